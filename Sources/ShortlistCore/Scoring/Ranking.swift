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
        /// Why the ranking decided, kept as numbers: the sentence is written only when a line needs it (a run of
        /// 100,000 would otherwise hold 100,000 sentences from ranking until the end).
        var verdict: Verdict?

        public init(decision: Decision, rank: Int?, rule: FiredRule?) {
            self.decision = decision
            self.rank = rank
            verdict = rule.map(Verdict.fired)
        }

        /// The rule that decided, when the ranking decided.
        public var rule: FiredRule? { verdict?.rule }

        /// Outcomes are equal when they decide, rank and explain alike, however the reason is kept.
        public static func == (left: Outcome, right: Outcome) -> Bool {
            left.decision == right.decision && left.rank == right.rank && left.rule == right.rule
        }
    }

    /// The ranking's reason for one candidate, with the figures its sentence quotes.
    enum Verdict: Sendable, Equatable {
        case topN(score: Double, top: Int, minScore: Double)
        case tiesFullShortlist(score: Double, cutoff: Double)
        case withinBand(score: Double, band: Double, cutoff: Double)
        case belowCutoff(score: Double, cutoff: Double, band: Double)
        case fired(FiredRule)

        var rule: FiredRule {
            switch self {
            case .topN(let score, let top, let minScore):
                FiredRule(
                    .topN,
                    reason: "score \(Evaluator.format(score)) ranks in the top \(top) at or above "
                        + "\(Evaluator.format(minScore))")
            case .tiesFullShortlist(let score, let cutoff):
                FiredRule(
                    .reviewBand,
                    reason: "score \(Evaluator.format(score)) ties the cut-off \(Evaluator.format(cutoff)) but the "
                        + "shortlist is full")
            case .withinBand(let score, let band, let cutoff):
                FiredRule(
                    .reviewBand,
                    reason: "score \(Evaluator.format(score)) is within \(Evaluator.format(band)) points below "
                        + "the cut-off \(Evaluator.format(cutoff))")
            case .belowCutoff(let score, let cutoff, let band):
                FiredRule(
                    .belowCutoff,
                    reason: "score \(Evaluator.format(score)) is below the cut-off \(Evaluator.format(cutoff)) by "
                        + "more than \(Evaluator.format(band)) points")
            case .fired(let rule): rule
            }
        }
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
        for index in shortlisted {
            outcomes[index].decision = .shortlist
            outcomes[index].verdict = .topN(score: entries[index].score!, top: policy.top, minScore: policy.minScore)
        }
        let shortlistedSet = Set(shortlisted)
        for index in rankable where !shortlistedSet.contains(index) {
            let score = entries[index].score!
            if score >= cutoff - reviewBand {
                outcomes[index].decision = .review
                outcomes[index].verdict =
                    score >= cutoff
                    ? .tiesFullShortlist(score: score, cutoff: cutoff)
                    : .withinBand(score: score, band: reviewBand, cutoff: cutoff)
            } else {
                outcomes[index].decision = .reject
                outcomes[index].verdict = .belowCutoff(score: score, cutoff: cutoff, band: reviewBand)
            }
        }
        return outcomes
    }
}
