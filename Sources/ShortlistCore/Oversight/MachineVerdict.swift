/// What the machine said about one candidate in a run: the snapshot a ledger entry keeps, so that `feedback` can
/// compare reviewers with the machine from the ledger alone, long after the run folder is gone.
public struct MachineVerdict: Sendable, Hashable, Codable {
    /// One criterion as the machine judged it.
    public struct CriterionResult: Sendable, Hashable, Codable {
        public var id: String
        public var met: Bool
        public var required: Bool
        public var weight: Double
        /// In [0, 1], to three decimals as in `results.jsonl`.
        public var credit: Double

        public init(id: String, met: Bool, required: Bool, weight: Double, credit: Double) {
            self.id = id
            self.met = met
            self.required = required
            self.weight = weight
            self.credit = credit
        }
    }

    public var decision: Decision
    /// 0–100, one decimal; nil for files that could not be read.
    public var score: Double?
    public var rank: Int?
    /// Ids of the rules that produced the decision (`top_n`, `knockout`, …), as in `results.jsonl`.
    public var rules: [String]
    /// The sum of every criterion's weight in the run's criteria file, so a criterion's share of the score is known.
    public var totalWeight: Double
    public var criteria: [CriterionResult]
    /// Criteria left out of `criteria` because they found nothing and earned nothing (only for criteria files with
    /// more than 100 criteria): they were not met.
    public var criteriaNotListed: Int

    public init(
        decision: Decision, score: Double?, rank: Int?, rules: [String], totalWeight: Double,
        criteria: [CriterionResult], criteriaNotListed: Int = 0
    ) {
        self.decision = decision
        self.score = score
        self.rank = rank
        self.rules = rules
        self.totalWeight = totalWeight
        self.criteria = criteria
        self.criteriaNotListed = criteriaNotListed
    }
}
