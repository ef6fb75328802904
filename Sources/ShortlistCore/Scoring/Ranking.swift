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
        /// The rank, or 0 for none (32 bits: an outcome is kept per candidate until the end of a run).
        private var storedRank: Int32 = 0
        /// Why the ranking decided, kept as numbers: the sentence is written only when a line needs it (a run of
        /// 100,000 would otherwise hold 100,000 sentences from ranking until the end).
        var verdict: Verdict?

        /// An outcome the ranking has not explained (an error, a knockout, or one before ranking).
        public init(decision: Decision, rank: Int?) {
            self.decision = decision
            self.rank = rank
        }

        /// 1-based position by score among candidates that were not knocked out (nil for errors and knockouts).
        public var rank: Int? {
            get { storedRank == 0 ? nil : Int(storedRank) }
            set {
                guard let newValue else {
                    storedRank = 0
                    return
                }
                guard let rank = Int32(exactly: newValue), rank > 0 else {
                    preconditionFailure("rank \(newValue) out of range")
                }
                storedRank = rank
            }
        }

        /// The rule that decided, when the ranking decided.
        public var rule: FiredRule? { verdict?.rule }

        /// Outcomes are equal when they decide, rank and explain alike, however the reason is kept.
        public static func == (left: Outcome, right: Outcome) -> Bool {
            left.decision == right.decision && left.rank == right.rank && left.rule == right.rule
        }
    }

    /// The ranking's reason for one candidate: which rule, the candidate's score, and the run's figures the sentence
    /// quotes (shared by every outcome of a run), in 24 bytes.
    struct Verdict: Sendable {
        enum Kind: UInt8 {
            case topN, tiesFullShortlist, withinBand, belowCutoff
        }

        /// The figures of one ranking that its sentences quote.
        final class Figures: Sendable {
            let top: Int
            let minScore: Double
            let cutoff: Double
            let band: Double

            init(top: Int, minScore: Double, cutoff: Double, band: Double) {
                self.top = top
                self.minScore = minScore
                self.cutoff = cutoff
                self.band = band
            }
        }

        var kind: Kind
        var score: Double
        var figures: Figures

        var rule: FiredRule {
            let score = Evaluator.format(score)
            let cutoff = Evaluator.format(figures.cutoff)
            let band = Evaluator.format(figures.band)
            return switch kind {
            case .topN:
                FiredRule(
                    .topN,
                    reason: "score \(score) ranks in the top \(figures.top) at or above "
                        + "\(Evaluator.format(figures.minScore))")
            case .tiesFullShortlist:
                FiredRule(.reviewBand, reason: "score \(score) ties the cut-off \(cutoff) but the shortlist is full")
            case .withinBand:
                FiredRule(.reviewBand, reason: "score \(score) is within \(band) points below the cut-off \(cutoff)")
            case .belowCutoff:
                FiredRule(
                    .belowCutoff,
                    reason: "score \(score) is below the cut-off \(cutoff) by more than \(band) points")
            }
        }
    }

    /// - Complexity: O(n log n).
    public static func decide<Entries: RandomAccessCollection<Entry>>(
        _ entries: Entries, policy: ShortlistPolicy, reviewBand: Double
    ) -> [Outcome] where Entries.Index == Int {
        var outcomes = entries.map { Outcome(decision: $0.provisional ?? .reject, rank: nil) }
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
        let figures = Verdict.Figures(top: policy.top, minScore: policy.minScore, cutoff: cutoff, band: reviewBand)
        for index in shortlisted {
            outcomes[index].decision = .shortlist
            outcomes[index].verdict = Verdict(kind: .topN, score: entries[index].score!, figures: figures)
        }
        let shortlistedSet = Set(shortlisted)
        for index in rankable where !shortlistedSet.contains(index) {
            let score = entries[index].score!
            if score >= cutoff - reviewBand {
                outcomes[index].decision = .review
                outcomes[index].verdict = Verdict(
                    kind: score >= cutoff ? .tiesFullShortlist : .withinBand, score: score, figures: figures)
            } else {
                outcomes[index].decision = .reject
                outcomes[index].verdict = Verdict(kind: .belowCutoff, score: score, figures: figures)
            }
        }
        return outcomes
    }
}
