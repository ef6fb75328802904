/// Turns scores into decisions for the candidates that only the ranking can decide: the best `top` at or above
/// `min_score` are shortlisted, those within `review_band` points below the cut-off go to review, the rest are
/// rejected. Ties are broken by candidate id, so the result never depends on input order or thread count.
public enum Ranking {
    public struct Entry: Sendable {
        public var candidateID: String
        public var score: Double?
        public var provisional: Decision?

        public init(candidateID: String, score: Double?, provisional: Decision?) {
            self.candidateID = candidateID
            self.score = score
            self.provisional = provisional
        }
    }

    public struct Outcome: Sendable, Equatable {
        public var decision: Decision
        /// 1-based position by score among candidates that were not knocked out (nil for errors and knockouts).
        public var rank: Int?
        /// The rule that decided, when the ranking decided.
        public var rule: FiredRule?
    }

    /// - Complexity: O(n log n).
    public static func decide(_ entries: [Entry], policy: ShortlistPolicy, reviewBand: Double) -> [Outcome] {
        var outcomes = entries.map { Outcome(decision: $0.provisional ?? .reject, rank: nil, rule: nil) }
        let scored = entries.indices.filter {
            entries[$0].score != nil && entries[$0].provisional != .error && entries[$0].provisional != .reject
        }
        .sorted { left, right in
            let a = entries[left]
            let b = entries[right]
            if a.score! != b.score! { return a.score! > b.score! }
            return a.candidateID < b.candidateID
        }
        for (position, index) in scored.enumerated() { outcomes[index].rank = position + 1 }
        let rankable = scored.filter { entries[$0].provisional == nil }
        let qualifying = rankable.filter { entries[$0].score! >= policy.minScore }
        let shortlisted = qualifying.prefix(policy.top)
        let cutoff: Double = shortlisted.count == policy.top ? entries[shortlisted.last!].score! : policy.minScore
        let cutoffText = Evaluator.format(cutoff)
        for index in shortlisted {
            outcomes[index].decision = .shortlist
            outcomes[index].rule = FiredRule(
                .topN,
                reason: "score \(Evaluator.format(entries[index].score!)) ranks in the top \(policy.top) at or above "
                    + "\(Evaluator.format(policy.minScore))")
        }
        let shortlistedSet = Set(shortlisted)
        for index in rankable where !shortlistedSet.contains(index) {
            let score = entries[index].score!
            if score >= cutoff - reviewBand {
                outcomes[index].decision = .review
                outcomes[index].rule = FiredRule(
                    .reviewBand,
                    reason: score >= cutoff
                        ? "score \(Evaluator.format(score)) ties the cut-off \(cutoffText) but the shortlist is full"
                        : "score \(Evaluator.format(score)) is within \(Evaluator.format(reviewBand)) points below "
                            + "the cut-off \(cutoffText)")
            } else {
                outcomes[index].decision = .reject
                outcomes[index].rule = FiredRule(
                    .belowCutoff,
                    reason: "score \(Evaluator.format(score)) is below the cut-off \(cutoffText) by more than "
                        + "\(Evaluator.format(reviewBand)) points")
            }
        }
        return outcomes
    }
}
