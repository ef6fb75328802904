/// When `shortlist feedback` calls out a criterion. Printed with every report, so a reader knows what "many" means.
public struct FeedbackThresholds: Sendable, Hashable, Codable {
    /// Fewest decided candidates (advanced or rejected; held ones are not decided yet) who failed — or met — a
    /// criterion before their decisions say anything about it.
    public var minimumCandidates: Int
    /// Share of those candidates whose decision goes against the criterion (advanced although they failed it,
    /// rejected although they met it) that calls it out, in [0, 1].
    public var share: Double
    /// Share of the score a criterion must carry to count as heavy, in [0, 1]: only heavy criteria are called out
    /// when reviewers reject candidates who met them.
    public var heavyWeightShare: Double

    /// At least 5 candidates, at least 50% of them, heavy from 10% of the score.
    public static let standard = FeedbackThresholds(minimumCandidates: 5, share: 0.5, heavyWeightShare: 0.1)

    public init(minimumCandidates: Int, share: Double, heavyWeightShare: Double) {
        self.minimumCandidates = minimumCandidates
        self.share = share
        self.heavyWeightShare = heavyWeightShare
    }

    /// Whether `count` of `total` candidates is enough to call a criterion out.
    func reached(_ count: Int, of total: Int) -> Bool {
        total >= minimumCandidates && Double(count) >= share * Double(total)
    }
}
