/// What a reviewer decided about a candidate after reading the machine's explanation.
public enum HumanDecision: String, Sendable, Codable, CaseIterable {
    /// Move the candidate on to the next stage.
    case advance
    /// Do not take the candidate further.
    case reject
    /// Not yet decided: wait for more information.
    case hold

    /// Whether this decision goes against the machine's, so that the reviewer must say why: rejecting a candidate
    /// the machine shortlisted, or advancing one it rejected. Review, error and hold are never overrides.
    public func overrides(_ machine: Decision) -> Bool {
        switch (self, machine) {
        case (.reject, .shortlist), (.advance, .reject): true
        default: false
        }
    }
}
