import Foundation
import Testing

@testable import ShortlistCore

/// The decisions CSV of `shortlist decide`: what it accepts, and every problem reported with its line.
@Suite struct DecisionsFileTests {
    private let machine: [String: Decision] = [
        "c_short": .shortlist, "c_review": .review, "c_reject": .reject, "c_error": .error,
    ]

    private func read(_ text: String) throws -> (decisions: [ReviewerDecision], problems: [String]) {
        let records = try CSVRecordReader.records(in: text, file: "alice.csv")
        let result = DecisionsFile.decisions(in: records, file: "alice.csv", resultsPath: "run/results.jsonl") {
            machine[$0]
        }
        return (result.decisions, result.problems.map(\.description))
    }

    @Test func decisionsAreCaseInsensitiveAndReasonsMayHoldCommasQuotesAndLineBreaks() throws {
        let text =
            "\u{FEFF}candidate_id,decision,reason\r\n"
            + "c_short,ADVANCE,\r\n"
            + "c_review, Hold ,\"call back, \"\"after\"\" the holidays\r\nsecond line\"\r\n"
            + "\r\n"
            + "c_reject,Reject,\r\n"
        let (decisions, problems) = try read(String(text.dropFirst()))

        #expect(problems.isEmpty)
        #expect(decisions.map(\.candidateId) == ["c_short", "c_review", "c_reject"])
        #expect(decisions.map(\.decision) == [.advance, .hold, .reject])
        #expect(decisions[0].reason == nil)
        #expect(decisions[1].reason == "call back, \"after\" the holidays\r\nsecond line")
        #expect(decisions.map(\.line) == [2, 3, 6], "the blank line 5 is skipped, the quoted line break counted")
    }

    @Test func reasonColumnMayBeLeftOutWhenNoRowOverridesTheMachine() throws {
        let (decisions, problems) = try read("decision,candidate_id\nhold,c_short\nreject,c_reject\n")

        #expect(problems.isEmpty)
        #expect(decisions.map(\.decision) == [.hold, .reject])
    }

    @Test func everyProblemIsReportedWithItsLine() throws {
        let text = """
            candidate_id,decision,reason
            c_short,advance,
            c_nobody,advance,
            c_review,maybe,
            c_short,hold,
            c_short_typo,,
            c_reject,advance,
            c_short,reject,
            c_review,reject,too,many
            ,advance,
            c_error,advanced,
            """
        let (_, problems) = try read(text)

        #expect(
            problems == [
                "alice.csv:3: unknown candidate 'c_nobody': not in run/results.jsonl (copy the candidate_id column "
                    + "of this run's shortlist.csv)",
                "alice.csv:4: unknown decision 'maybe' (write advance, reject or hold)",
                "alice.csv:5: candidate c_short is already decided on line 2 (keep one row per candidate)",
                "alice.csv:6: unknown candidate 'c_short_typo': not in run/results.jsonl (copy the candidate_id "
                    + "column of this run's shortlist.csv)",
                "alice.csv:6: no decision (write advance, reject or hold)",
                "alice.csv:7: advancing c_reject, whom the machine rejected, needs a reason (say why in the "
                    + "reason column: it is what an auditor will ask)",
                "alice.csv:8: candidate c_short is already decided on line 2 (keep one row per candidate)",
                "alice.csv:8: rejecting c_short, whom the machine shortlisted, needs a reason (say why in the "
                    + "reason column: it is what an auditor will ask)",
                "alice.csv:9: 4 fields where the header has 3 (put a reason that contains a comma in double quotes)",
                "alice.csv:10: no candidate_id (copy it from the candidate_id column of shortlist.csv)",
                "alice.csv:11: unknown decision 'advanced' (did you mean 'advance'? write advance, reject or hold)",
            ])
    }

    @Test func overridingTheMachineWithAReasonIsAccepted() throws {
        let (decisions, problems) = try read(
            "candidate_id,decision,reason\nc_short,reject,no Swift since 2019\nc_reject,advance,permit confirmed\n")

        #expect(problems.isEmpty)
        #expect(decisions.map(\.reason) == ["no Swift since 2019", "permit confirmed"])
    }

    @Test func headerProblemsAreReportedBeforeAnyRow() throws {
        let (_, missing) = try read("candidate,reason\nc_short,fine\n")
        #expect(
            missing == [
                "alice.csv:1: unknown column 'candidate' (did you mean 'candidate_id'? the header is "
                    + "candidate_id,decision,reason; remove other columns)",
                "alice.csv:1: no 'candidate_id' column (the header is candidate_id,decision,reason)",
                "alice.csv:1: no 'decision' column (the header is candidate_id,decision,reason)",
            ])
        let (_, typo) = try read("candidate_id,decison\nc_short,advance\n")
        #expect(typo.first?.contains("unknown column 'decison' (did you mean 'decision'?") == true, "\(typo)")
    }

    @Test func emptyFilesAndHeaderOnlyFilesAreProblems() throws {
        #expect(
            try read("").problems == [
                "alice.csv: the file is empty (the first line must be the header candidate_id,decision,reason)"
            ])
        #expect(
            try read("candidate_id,decision,reason\n").problems == [
                "alice.csv: no decisions after the header (add one row per candidate)"
            ])
    }

    @Test func unclosedQuoteNamesTheLineWhereTheFieldStarts() {
        #expect {
            try CSVRecordReader.records(
                in: "candidate_id,decision,reason\nc_short,advance,\"open\nc_x,hold,\n", file: "a.csv")
        } throws: { error in
            (error as? OversightError)?.description
                == "a.csv:2: a quoted field is never closed (add the closing quote; write a quote inside a field as \"\")"
        }
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithTheFix() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("latin1.csv").path
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))

        #expect {
            try CSVRecordReader.read(path: path)
        } throws: { error in
            (error as? OversightError)?.description
                == "\(path): not UTF-8 text (save the file as CSV UTF-8 from your spreadsheet)"
        }
        #expect {
            try CSVRecordReader.read(path: path + ".missing")
        } throws: { error in
            (error as? OversightError)?.description.hasPrefix("\(path).missing: cannot read the file: ") == true
        }
    }
}
