import Foundation
import Testing

@testable import ShortlistCore

/// The append-only, hash-chained decisions ledger: what `decide` appends, and every kind of tampering `feedback`
/// and `decide` find on the next read.
@Suite struct DecisionLedgerTests {
    private let run = OversightFixture.run([
        OversightFixture.candidate("c_ana", OversightFixture.verdict(.shortlist, score: 92)),
        OversightFixture.candidate("c_ben", OversightFixture.verdict(.review, score: 55, failed: ["degree"])),
        OversightFixture.candidate("c_cai", OversightFixture.verdict(.reject, score: 30, failed: ["swift"])),
    ])

    private func alice() -> [ReviewerDecision] {
        [
            ReviewerDecision(candidateId: "c_ana", decision: .advance, reason: nil, line: 2),
            ReviewerDecision(candidateId: "c_ben", decision: .hold, reason: "waiting for references", line: 3),
            ReviewerDecision(candidateId: "c_cai", decision: .reject, reason: nil, line: 4),
        ]
    }

    private func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    @Test func recordedEntriesAreChainedAndCarryTheRunAndTheMachineSnapshot() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("decisions.ledger.jsonl")

        let recorded = try DecisionLedger.record(
            alice(), reviewer: "alice", run: run, ledgerPath: ledger.path, at: OversightFixture.decisionDate)

        #expect(
            recorded.line == "recorded 3 decisions by alice (1 advance, 1 reject, 1 hold) → \(ledger.path)")
        let text = try lines(ledger)
        #expect(text.count == 3)
        let entries = try DecisionLedger.read(ledger.path).entries
        #expect(entries.map(\.seq) == [1, 2, 3])
        #expect(entries.map(\.prev) == [nil, entries[0].sha256, entries[1].sha256])
        #expect(entries.allSatisfy { $0.recordedAt == "2026-11-03T09:30:00Z" && $0.reviewer == "alice" })
        #expect(entries[1].reason == "waiting for references")
        #expect(entries[1].machine == run.candidates[1].verdict)
        #expect(entries[0].run.manifestSha256 == String(repeating: "a", count: 64))
        #expect(entries[0].run.criteriaSha256 == String(repeating: "c", count: 64))
        #expect(entries[0].run.role == "Backend Engineer")
        // Anyone can check a line with standard tools: drop the sha256 member and hash the rest.
        for (line, entry) in zip(text, entries) {
            let content = line.replacing(/,"sha256":"[0-9a-f]{64}"}$/, with: "}")
            #expect(SHA256Digest.hex(content.utf8) == entry.sha256)
            #expect(line.hasPrefix(#"{"schema_version":1,"seq":"#))
        }
        #expect(text[0].contains(#""machine":{"decision":"shortlist","score":92,"rank":1,"rules":["top_n"]"#))
    }

    @Test func decidingAgainAppendsAnEntryThatSupersedesAndKeepsTheHistory() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("ledger.jsonl")
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger.path)
        let before = try Data(contentsOf: ledger)

        let bob = try DecisionLedger.record(
            [ReviewerDecision(candidateId: "c_ben", decision: .advance, reason: "references are strong", line: 2)],
            reviewer: "bob", run: run, ledgerPath: ledger.path)

        #expect(bob.line.hasSuffix("(1 advance, 0 reject, 0 hold; 1 supersedes an earlier decision) → \(ledger.path)"))
        let after = try Data(contentsOf: ledger)
        #expect(after.prefix(before.count) == before, "earlier lines are never rewritten")
        let read = try DecisionLedger.read(ledger.path)
        #expect(read.entries.count == 4)
        #expect(read.entries[3].supersedes == 2)
        #expect(read.current.map(\.candidateId) == ["c_ana", "c_cai", "c_ben"])
        #expect(read.current.map(\.decision) == [.advance, .reject, .advance])
        #expect(read.tip == read.entries[3].sha256)
    }

    @Test func theSameCandidateInAnotherRunIsASeparateDecision() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("role.jsonl").path
        let rerun = OversightFixture.run(run.candidates, manifestSHA256: String(repeating: "b", count: 64))
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger)

        let second = try DecisionLedger.record(alice(), reviewer: "alice", run: rerun, ledgerPath: ledger)

        #expect(second.entries.allSatisfy { $0.supersedes == nil })
        #expect(try DecisionLedger.read(ledger).current.count == 6)
    }

    @Test func concurrentRecordingsNeverInterleave() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("shared.jsonl").path
        let decisions = alice()
        let run = run

        DispatchQueue.concurrentPerform(iterations: 8) { reviewer in
            _ = try? DecisionLedger.record(decisions, reviewer: "reviewer \(reviewer)", run: run, ledgerPath: ledger)
        }

        let entries = try DecisionLedger.read(ledger).entries
        #expect(entries.count == 24, "every command appended its three lines, whole and chained")
        #expect(entries.count { $0.supersedes == nil } == 3, "each later command supersedes the one before")
        for start in stride(from: 0, to: 24, by: 3) {
            #expect(Set(entries[start..<(start + 3)].map(\.reviewer)).count == 1, "one command's lines stay together")
        }
    }

    @Test func aLedgerOfAnotherRoleIsRefusedAndLeftAlone() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("role.jsonl")
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger.path)
        let before = try Data(contentsOf: ledger)
        let nurses = OversightFixture.run(run.candidates, role: "Registered Nurse")

        #expect {
            try DecisionLedger.record(alice(), reviewer: "alice", run: nurses, ledgerPath: ledger.path)
        } throws: { error in
            (error as? OversightError)?.description
                == "\(ledger.path):1: the ledger holds decisions for the role 'Backend Engineer', and this run is for "
                + "'Registered Nurse' (give each role its own ledger with --ledger)"
        }
        #expect(try Data(contentsOf: ledger) == before)
    }

    /// Writes a three-entry ledger, lets `tamper` change its lines, and returns the error reading it gives.
    private func readAfterTampering(_ tamper: (inout [String]) throws -> Void) throws -> String {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("ledger.jsonl")
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger.path)
        var text = try lines(ledger)
        try tamper(&text)
        try Data(text.joined(separator: "\n").utf8 + (text.isEmpty ? [] : [0x0A])).write(to: ledger)
        do {
            _ = try DecisionLedger.read(ledger.path)
            return "no error"
        } catch {
            return error.description.replacing(ledger.path, with: "LEDGER")
        }
    }

    @Test func aChangedDecisionIsFoundOnItsLine() throws {
        let error = try readAfterTampering {
            $0[1] = $0[1].replacing(#""decision":"hold""#, with: #""decision":"advance""#)
        }
        #expect(
            error == "LEDGER:2: the entry does not match its sha256: it was changed after it was recorded (restore "
                + "the ledger from a backup; never edit it by hand)")
    }

    @Test func aChangedLineWithARecomputedHashIsFoundByTheNextLinesPrev() throws {
        let error = try readAfterTampering { lines in
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let original = try decoder.decode(LedgerEntry.self, from: Data(lines[1].utf8))
            let forged = LedgerEntry(
                seq: original.seq, prev: original.prev, recordedAt: original.recordedAt, reviewer: original.reviewer,
                candidateId: original.candidateId, decision: .advance, reason: original.reason,
                supersedes: original.supersedes, run: original.run, machine: original.machine)
            lines[1] = String(decoding: forged.lineBytes(), as: UTF8.self)
        }
        #expect(
            error == "LEDGER:3: prev is not the sha256 of line 2: a line before it was changed, removed or inserted "
                + "(restore the ledger from a backup; never edit it by hand)")
    }

    @Test func aRemovedLineIsFoundWhereTheSequenceBreaks() throws {
        let error = try readAfterTampering { $0.remove(at: 1) }
        #expect(
            error == "LEDGER:2: seq is 3 on line 2: lines were removed, inserted or reordered (restore the ledger "
                + "from a backup; never edit it by hand)")
    }

    @Test func aLineCutShortAndABlankLineAreFound() throws {
        let cut = try readAfterTampering { $0[2] = String($0[2].dropLast(10)) }
        #expect(cut.hasPrefix("LEDGER:3: not a ledger entry: no sha256 at the end"), "\(cut)")
        let blank = try readAfterTampering { $0.insert("", at: 1) }
        #expect(blank.hasPrefix("LEDGER:2: an empty line"), "\(blank)")
        let reformatted = try readAfterTampering { $0[0] = $0[0].replacing(#""seq":1,"#, with: #""seq": 1,"#) }
        #expect(reformatted.hasPrefix("LEDGER:1: the entry does not match its sha256"), "\(reformatted)")
    }

    @Test func anEntryWithAValidHashThatShortlistDidNotWriteIsRefused() throws {
        let error = try readAfterTampering { lines in
            let content = lines[0].replacing(/,"sha256":"[0-9a-f]{64}"}$/, with: "}")
                .replacing(#""seq":1,"#, with: #""seq": 1,"#)
            lines[0] = String(content.dropLast()) + #","sha256":""# + SHA256Digest.hex(content.utf8) + #""}"#
        }
        #expect(
            error == "LEDGER:1: the entry is not written the way Shortlist writes entries (restore the ledger from a "
                + "backup; never edit it by hand)")
    }

    @Test func aBrokenLedgerRecordsNothing() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("ledger.jsonl")
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger.path)
        let tampered = try String(contentsOf: ledger, encoding: .utf8).replacing("\"hold\"", with: "\"reject\"")
        try Data(tampered.utf8).write(to: ledger)

        #expect(throws: OversightError.self) {
            try DecisionLedger.record(alice(), reviewer: "bob", run: run, ledgerPath: ledger.path)
        }
        #expect(try String(contentsOf: ledger, encoding: .utf8) == tampered)
    }

    @Test func aRunFolderStandsForItsDefaultLedger() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent(DecisionLedger.defaultName).path
        _ = try DecisionLedger.record(alice(), reviewer: "alice", run: run, ledgerPath: ledger)

        #expect(try DecisionLedger.read(folder.path).entries.count == 3)
        #expect {
            try DecisionLedger.read(folder.appendingPathComponent("missing.jsonl").path)
        } throws: { error in
            (error as? OversightError)?.description.hasSuffix(
                "missing.jsonl: no such ledger (record decisions first with `shortlist decide`)") == true
        }
    }
}
