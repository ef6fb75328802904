import Foundation
import Testing

@testable import ShortlistCore

/// `shortlist feedback`: the machine × reviewer matrix, the agreement rate, and the criteria reviewers disagree
/// with, on ledgers built by hand.
@Suite struct ReviewerFeedbackTests {
    /// A ledger of `decisions` (candidate, machine verdict, reviewer decision) in order; a candidate decided twice
    /// supersedes its earlier entry.
    private func ledger(
        _ decisions: [(String, MachineVerdict, HumanDecision)], criteriaSha256: String = "criteria-v1"
    ) -> DecisionLedger {
        var entries: [LedgerEntry] = []
        var current: [String: Int] = [:]
        for (candidate, verdict, decision) in decisions {
            let entry = LedgerEntry(
                seq: entries.count + 1, prev: entries.last?.sha256, recordedAt: "2026-11-03T09:30:00Z",
                reviewer: entries.count % 2 == 0 ? "alice" : "bob", candidateId: candidate, decision: decision,
                reason: nil, supersedes: current[candidate],
                run: .init(manifestSha256: "run-1", criteriaSha256: criteriaSha256, role: "Backend", runDir: "/r"),
                machine: verdict)
            current[candidate] = entry.seq
            entries.append(entry)
        }
        return DecisionLedger(path: "ledger.jsonl", entries: entries)
    }

    private let verdict = OversightFixture.verdict

    @Test func matrixAndAgreementUseTheCurrentDecisions() {
        let feedback = ReviewerFeedback(
            ledger: ledger([
                ("c1", verdict(.shortlist, 90, []), .advance),
                ("c2", verdict(.shortlist, 88, []), .reject),
                ("c3", verdict(.shortlist, 85, []), .hold),
                ("c4", verdict(.review, 60, []), .advance),
                ("c5", verdict(.reject, 20, []), .reject),
                ("c6", verdict(.reject, 25, []), .reject),
                ("c7", verdict(.reject, 30, []), .advance),
                ("c8", verdict(.error, nil, []), .advance),
                ("c2", verdict(.shortlist, 88, []), .advance),
            ]))

        #expect(
            feedback.matrix.map { [$0.advance, $0.reject, $0.hold, $0.total] } == [
                [2, 0, 1, 3],  // shortlist: c1, c2 (re-decided), c3 held
                [1, 0, 0, 1],  // review
                [1, 2, 0, 3],  // reject: c7 advanced; c5, c6 rejected
                [1, 0, 0, 1],  // error
            ])
        // Compared: c1, c2 (shortlist → advance), c5, c6 (reject → reject) agree; c7 (reject → advance) does not.
        #expect(feedback.agreement.agreed == 4)
        #expect(feedback.agreement.compared == 5)
        #expect(feedback.agreement.rate == 0.8)
        #expect(feedback.ledger.entries == 9)
        #expect(feedback.ledger.currentDecisions == 8)
        let text = feedback.text()
        #expect(text.contains("\n  shortlist        2       0       1       3\n"), "\(text)")
        #expect(text.contains("\n  total            5       2       1       8\n"), "\(text)")
        #expect(text.contains("Agreement: 4 of 5 (80%)\n  Definition: a machine shortlist the reviewer advanced"))
    }

    @Test func advancingMostOfAtLeastFiveWhoFailedACriterionCallsItOut() {
        let failing = verdict(.review, 55, ["degree"])
        let four = ReviewerFeedback(
            ledger: ledger([
                ("c1", failing, .advance), ("c2", failing, .advance), ("c3", failing, .advance),
                ("c4", failing, .advance), ("c5", failing, .hold),
            ]))
        #expect(four.findings.isEmpty, "4 decided candidates are below the threshold of 5; held ones do not count")
        #expect(four.criteria.first { $0.id == "degree" }.map { [$0.failed, $0.failedAdvanced] } == [4, 4])

        let five = ReviewerFeedback(
            ledger: ledger([
                ("c1", failing, .advance), ("c2", failing, .advance), ("c3", failing, .advance),
                ("c4", failing, .reject), ("c5", failing, .reject),
            ]))
        #expect(
            five.findings.map(\.message) == [
                "reviewers advanced 3 of 5 decided candidates who failed `degree` (60%): consider lowering its "
                    + "weight (10% of the score)"
            ])

        let twoOfFive = ReviewerFeedback(
            ledger: ledger([
                ("c1", failing, .advance), ("c2", failing, .advance), ("c3", failing, .reject),
                ("c4", failing, .reject), ("c5", failing, .reject),
            ]))
        #expect(!twoOfFive.findings.contains { $0.criterion == "degree" }, "40% advanced is below 50%")
    }

    @Test func advancingCandidatesWhoFailedAKnockoutSuggestsRemovingRequired() {
        let knockedOut = verdict(.reject, 80, ["authorization"])
        let feedback = ReviewerFeedback(
            ledger: ledger((1...5).map { ("c\($0)", knockedOut, $0 <= 4 ? .advance : .reject) }))

        #expect(
            feedback.findings.map(\.message) == [
                "reviewers advanced 4 of 5 decided candidates who failed `authorization` (80%): consider removing "
                    + "`required`"
            ])
        #expect(feedback.findings.map(\.kind) == [.advancedDespiteFailing])
    }

    @Test func rejectingMostWhoMetAHeavyCriterionCallsItOutButNotALightOne() {
        // Everyone meets swift (40% of the score) and degree (10%); reviewers reject 3 of 6.
        let strong = verdict(.shortlist, 100, [])
        let decisions = (1...6).map { ("c\($0)", strong, $0 <= 3 ? HumanDecision.reject : .advance) }
        let thresholds = FeedbackThresholds(minimumCandidates: 5, share: 0.5, heavyWeightShare: 0.2)

        let feedback = ReviewerFeedback(ledger: ledger(decisions), thresholds: thresholds)

        #expect(
            feedback.findings.map(\.message) == [
                "reviewers rejected 3 of 6 decided candidates who met `swift` (50%), which carries 40% of the "
                    + "score: it may not predict what reviewers value"
            ])
        #expect(feedback.criteria.map(\.id) == ["degree", "swift", "authorization"], "criteria file order")
        #expect(feedback.criteria.map(\.metRejected) == [3, 3, 3])
        #expect(
            feedback.text().contains(
                "Thresholds: a criterion is called out when at least 5 decided candidates failed it and at least 50% "
                    + "of them were advanced"))
    }

    @Test func criteriaLeftOutOfALongExplanationCountAsFailed() {
        let full = verdict(.review, 50, ["degree"])
        var summarized = verdict(.review, 50, [])
        summarized.criteria.removeAll { $0.id == "degree" }
        summarized.criteriaNotListed = 1

        let feedback = ReviewerFeedback(ledger: ledger([("c1", full, .advance), ("c2", summarized, .advance)]))

        #expect(feedback.criteria.first { $0.id == "degree" }.map { [$0.failed, $0.failedAdvanced] } == [2, 2])
    }

    @Test func jsonCarriesTheSameNumbersAndIsStable() throws {
        let failing = verdict(.review, 55, ["degree"])
        let feedback = ReviewerFeedback(ledger: ledger((1...6).map { ("c\($0)", failing, .advance) }))

        let json = feedback.json()
        #expect(json == ReviewerFeedback(ledger: ledger((1...6).map { ("c\($0)", failing, .advance) })).json())
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let thresholds = try #require(object["thresholds"] as? [String: Any])
        #expect(thresholds["minimum_candidates"] as? Int == 5)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["criterion"] as? String } == ["degree"])
        #expect(findings.map { $0["kind"] as? String } == ["advanced_despite_failing"])
        let matrix = try #require(object["matrix"] as? [[String: Any]])
        #expect(matrix.map { $0["machine"] as? String } == ["shortlist", "review", "reject", "error"])
        #expect(matrix[1]["advance"] as? Int == 6)
    }
}
