/// Where reviewers' current decisions in a ledger agree with the machine and where they do not: overall, as a
/// matrix of machine decision × reviewer decision, and per criterion.
///
/// *Decided* means advanced or rejected; held candidates are counted in the matrix but not judged.
public struct ReviewerFeedback: Sendable, Codable {
    /// Which ledger was read and what it holds.
    public struct LedgerSummary: Sendable, Codable {
        public var path: String
        public var entries: Int
        /// The latest entry per candidate per run.
        public var currentDecisions: Int
        /// Distinct runs (manifest SHA-256) with a current decision.
        public var runs: Int
        /// Distinct criteria versions (criteria SHA-256) among them.
        public var criteriaVersions: Int
        public var roles: [String]
        /// Reviewers of the current decisions and how many each made, by name.
        public var reviewers: [ReviewerCount]
        /// The last entry's `sha256`.
        public var tip: String?
    }

    public struct ReviewerCount: Sendable, Codable, Hashable {
        public var reviewer: String
        public var decisions: Int
    }

    /// One machine decision and what reviewers decided for those candidates.
    public struct MatrixRow: Sendable, Codable, Hashable {
        public var machine: Decision
        public var advance: Int
        public var reject: Int
        public var hold: Int
        public var total: Int
    }

    /// How often reviewers and the machine agree, where both made a call.
    public struct Agreement: Sendable, Codable, Hashable {
        public static let definition =
            "a machine shortlist the reviewer advanced, or a machine reject the reviewer rejected, out of the "
            + "current decisions where the machine shortlisted or rejected and the reviewer advanced or rejected "
            + "(machine review and error, and reviewer hold, are left out: one side made no call)"
        public var agreed: Int
        public var compared: Int
        /// agreed / compared, or nil when nothing could be compared.
        public var rate: Double?
        public var definition: String
    }

    /// One criterion: how reviewers decided for the candidates who failed it and for those who met it.
    public struct CriterionFeedback: Sendable, Codable, Hashable {
        public var id: String
        /// As in the latest decision's snapshot.
        public var weight: Double
        /// weight / total weight: the criterion's share of the score, in [0, 1].
        public var weightShare: Double
        public var required: Bool
        /// Decided candidates who did not meet the criterion, and how many of them reviewers advanced.
        public var failed: Int
        public var failedAdvanced: Int
        /// Decided candidates who met it, and how many of them reviewers rejected.
        public var met: Int
        public var metRejected: Int
    }

    /// A criterion reviewers disagree with, and what to consider.
    public struct Finding: Sendable, Codable, Hashable {
        public enum Kind: String, Sendable, Codable {
            /// Reviewers advanced many candidates who failed it.
            case advancedDespiteFailing = "advanced_despite_failing"
            /// Reviewers rejected many candidates who met a heavy criterion.
            case rejectedDespiteMeeting = "rejected_despite_meeting"
        }

        public var criterion: String
        public var kind: Kind
        public var message: String
    }

    public var ledger: LedgerSummary
    public var thresholds: FeedbackThresholds
    /// One row per machine decision: shortlist, review, reject, error.
    public var matrix: [MatrixRow]
    public var agreement: Agreement
    /// In the order criteria first appear in the current decisions' snapshots (the criteria file's order).
    public var criteria: [CriterionFeedback]
    /// In criteria order; for each criterion, failing before meeting.
    public var findings: [Finding]

    /// Compares the ledger's current decisions with the machine's.
    /// - Complexity: O(decisions × criteria).
    public init(ledger: DecisionLedger, thresholds: FeedbackThresholds = .standard) {
        let current = ledger.current
        self.thresholds = thresholds
        var reviewerCounts: [String: Int] = [:]
        for entry in current { reviewerCounts[entry.reviewer, default: 0] += 1 }
        self.ledger = LedgerSummary(
            path: ledger.path, entries: ledger.entries.count, currentDecisions: current.count,
            runs: Set(current.map(\.run.manifestSha256)).count,
            criteriaVersions: Set(current.map(\.run.criteriaSha256)).count,
            roles: Set(current.map(\.run.role)).sorted(),
            reviewers: reviewerCounts.sorted { $0.key < $1.key }.map {
                ReviewerCount(reviewer: $0.key, decisions: $0.value)
            },
            tip: ledger.tip)

        matrix = Decision.allCases.map { machine in
            let row = current.filter { $0.machine.decision == machine }
            return MatrixRow(
                machine: machine, advance: row.count { $0.decision == .advance },
                reject: row.count { $0.decision == .reject }, hold: row.count { $0.decision == .hold },
                total: row.count)
        }
        let compared = current.filter {
            [.shortlist, .reject].contains($0.machine.decision) && $0.decision != .hold
        }
        let agreed = compared.count {
            ($0.machine.decision == .shortlist && $0.decision == .advance)
                || ($0.machine.decision == .reject && $0.decision == .reject)
        }
        agreement = Agreement(
            agreed: agreed, compared: compared.count,
            rate: compared.isEmpty ? nil : Double(agreed) / Double(compared.count), definition: Agreement.definition)

        criteria = Self.criteria(current.filter { $0.decision != .hold })
        findings = criteria.flatMap { Self.findings(for: $0, thresholds: thresholds) }
    }

    /// Tallies every criterion over the decided entries. A snapshot that lists only some criteria (criteria files
    /// with more than 100) left out criteria that found nothing: they count as failed when another snapshot of the
    /// same criteria version lists them.
    private static func criteria(_ decided: [LedgerEntry]) -> [CriterionFeedback] {
        var order: [String] = []
        var latest: [String: (weight: Double, share: Double, required: Bool)] = [:]
        var listedByVersion: [String: Set<String>] = [:]
        for entry in decided {
            for criterion in entry.machine.criteria {
                if latest[criterion.id] == nil { order.append(criterion.id) }
                let share = entry.machine.totalWeight > 0 ? criterion.weight / entry.machine.totalWeight : 0
                latest[criterion.id] = (criterion.weight, share, criterion.required)
                listedByVersion[entry.run.criteriaSha256, default: []].insert(criterion.id)
            }
        }
        var tallies: [String: CriterionFeedback] = [:]
        for id in order {
            guard let info = latest[id] else { continue }
            tallies[id] = CriterionFeedback(
                id: id, weight: info.weight, weightShare: info.share, required: info.required, failed: 0,
                failedAdvanced: 0, met: 0, metRejected: 0)
        }
        for entry in decided {
            var outcomes = entry.machine.criteria.map { ($0.id, $0.met) }
            if entry.machine.criteriaNotListed > 0 {
                let listed = Set(outcomes.map(\.0))
                let unlisted = listedByVersion[entry.run.criteriaSha256, default: []].subtracting(listed)
                outcomes += unlisted.sorted().map { ($0, false) }
            }
            for (id, met) in outcomes {
                if met {
                    tallies[id]?.met += 1
                    if entry.decision == .reject { tallies[id]?.metRejected += 1 }
                } else {
                    tallies[id]?.failed += 1
                    if entry.decision == .advance { tallies[id]?.failedAdvanced += 1 }
                }
            }
        }
        return order.compactMap { tallies[$0] }
    }

    /// What reviewers' decisions say about one criterion, by the thresholds. A criterion with no weight that is not
    /// required lowers nobody's chances (it can only send a candidate to review), so failing it is not judged.
    private static func findings(for criterion: CriterionFeedback, thresholds: FeedbackThresholds) -> [Finding] {
        var findings: [Finding] = []
        let name = "`\(criterion.id)`"
        if criterion.weight > 0 || criterion.required,
            thresholds.reached(criterion.failedAdvanced, of: criterion.failed)
        {
            var advice: [String] = []
            if criterion.weight > 0 {
                advice.append("lowering its weight (\(percent(criterion.weightShare)) of the score)")
            }
            if criterion.required { advice.append("removing `required`") }
            findings.append(
                Finding(
                    criterion: criterion.id, kind: .advancedDespiteFailing,
                    message: "reviewers advanced \(criterion.failedAdvanced) of \(criterion.failed) decided "
                        + "candidates who failed \(name) (\(percent(criterion.failedAdvanced, criterion.failed))): "
                        + "consider \(advice.joined(separator: " or "))"))
        }
        if criterion.weightShare >= thresholds.heavyWeightShare,
            thresholds.reached(criterion.metRejected, of: criterion.met)
        {
            findings.append(
                Finding(
                    criterion: criterion.id, kind: .rejectedDespiteMeeting,
                    message: "reviewers rejected \(criterion.metRejected) of \(criterion.met) decided candidates "
                        + "who met \(name) (\(percent(criterion.metRejected, criterion.met))), which carries "
                        + "\(percent(criterion.weightShare)) of the score: it may not predict what reviewers value"))
        }
        return findings
    }

    /// `67%`: a whole percentage, for sentences.
    static func percent(_ count: Int, _ total: Int) -> String {
        total == 0 ? "n/a" : percent(Double(count) / Double(total))
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
