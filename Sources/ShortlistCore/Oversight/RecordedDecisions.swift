/// What `shortlist decide` appended to a ledger.
public struct RecordedDecisions: Sendable {
    public var reviewer: String
    public var ledgerPath: String
    /// The new entries, in the decisions file's order.
    public var entries: [LedgerEntry]

    /// `recorded 5 decisions by alice (2 advance, 2 reject, 1 hold; 1 supersedes an earlier decision) → PATH`
    public var line: String {
        let counts = HumanDecision.allCases.map { decision in
            "\(entries.count { $0.decision == decision }) \(decision.rawValue)"
        }
        let superseding = entries.count { $0.supersedes != nil }
        var details = counts.joined(separator: ", ")
        if superseding == 1 { details += "; 1 supersedes an earlier decision" }
        if superseding > 1 { details += "; \(superseding) supersede earlier decisions" }
        let noun = entries.count == 1 ? "decision" : "decisions"
        return "recorded \(entries.count) \(noun) by \(reviewer) (\(details)) → \(ledgerPath)"
    }
}
