import Testing

@testable import ShortlistCore

@Suite("report.html: who is explained in full")
struct RecruiterReportSelectionTests {
    /// `count` candidates with `decision`, scores descending from `top`, ids `prefix` + index.
    func candidates(_ decision: Decision, _ count: Int, prefix: String, top: Double)
        -> [(Ranking.Entry, Ranking.Outcome)]
    {
        (0..<count).map { index in
            let score: Double? = decision == .error ? nil : top - Double(index) / 10
            return (
                Ranking.Entry(candidateID: "\(prefix)\(index)", score: score, provisional: nil),
                Ranking.Outcome(decision: decision, rank: nil)
            )
        }
    }

    /// The keys of the error entries, by index (here the candidate ids).
    static func errorKeys(_ all: [(Ranking.Entry, Ranking.Outcome)]) -> [Int: String] {
        var keys: [Int: String] = [:]
        for (index, item) in all.enumerated() where item.1.decision == .error { keys[index] = item.0.candidateID }
        return keys
    }

    @Test func shortlistThenReviewByScoreThenErrorsThenBestRejectedUpToTheLimit() {
        let all =
            candidates(.reject, 300, prefix: "r", top: 40) + candidates(.shortlist, 3, prefix: "s", top: 90)
            + candidates(.error, 2, prefix: "e", top: 0) + candidates(.review, 50, prefix: "v", top: 70)
        let chosen = RecruiterReport.selection(all.map(\.0), all.map(\.1), errorKeys: Self.errorKeys(all)).explained
        let ids = Set(chosen.map { all[$0].0.candidateID })
        #expect(chosen.count == 3 + 50 + 2 + RecruiterReport.explainedRejectLimit)
        #expect((0..<3).allSatisfy { ids.contains("s\($0)") } && (0..<50).allSatisfy { ids.contains("v\($0)") })
        #expect(ids.contains("e0") && ids.contains("e1"))
        // The best-scoring rejected are explained, the rest are not.
        #expect(ids.contains("r0") && ids.contains("r\(RecruiterReport.explainedRejectLimit - 1)"))
        #expect(!ids.contains("r\(RecruiterReport.explainedRejectLimit)"))
    }

    @Test func aLongReviewQueueIsCutAtTheLimitKeepingTheBestScores() {
        let review = RecruiterReport.explanationLimit + 100
        let all = candidates(.shortlist, 5, prefix: "s", top: 95) + candidates(.review, review, prefix: "v", top: 80)
        let chosen = RecruiterReport.selection(all.map(\.0), all.map(\.1), errorKeys: Self.errorKeys(all)).explained
        let ids = Set(chosen.map { all[$0].0.candidateID })
        #expect(chosen.count == RecruiterReport.explanationLimit)
        #expect((0..<5).allSatisfy { ids.contains("s\($0)") })
        #expect(ids.contains("v0") && !ids.contains("v\(review - 1)"))
    }

    @Test func onlyTheBestRejectedAreListedInTheTable() {
        let count = RecruiterReport.listedRejectLimit + 10
        let all = candidates(.reject, count, prefix: "r", top: 50) + candidates(.shortlist, 2, prefix: "s", top: 90)
        let listed = RecruiterReport.selection(all.map(\.0), all.map(\.1), errorKeys: Self.errorKeys(all))
            .listedRejected
        let ids = Set(listed.map { all[$0].0.candidateID })
        #expect(listed.count == RecruiterReport.listedRejectLimit)
        #expect(ids.contains("r0") && !ids.contains("r\(count - 1)") && !ids.contains("s0"))
    }
}
