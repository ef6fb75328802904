/// What every export says about the run that produced it: the role, the criteria and the reference date.
public struct ExportContext: Sendable, Hashable {
    /// The criteria file's `role`: Greenhouse's Job, and the role named in every note.
    public var role: String
    /// `--as-of`, `YYYY-MM-DD`.
    public var asOf: String
    /// The criteria file as given on the command line.
    public var criteriaPath: String
    public var criteriaSha256: String
    /// `--blind`: contact fields are the redaction marker; the candidate id joins them back after the decision.
    public var blind: Bool
    /// Ids of the scored criteria that look for terms a candidate has (`any` and `all` lists with a weight): their
    /// evidence becomes the candidate's skills. `none` lists, gates without weight (work authorization), years of
    /// experience and education are not skills.
    var skillCriteria: Set<String>

    public init(criteria: CriteriaSet, criteriaPath: String, criteriaSha256: String, asOf: String, blind: Bool) {
        role = criteria.role
        self.asOf = asOf
        self.criteriaPath = criteriaPath
        self.criteriaSha256 = criteriaSha256
        self.blind = blind
        skillCriteria = Set(
            criteria.criteria.compactMap { criterion in
                if case .terms(let mode, _, _) = criterion.rule, mode != .none, criterion.weight > 0 {
                    return criterion.id
                }
                return nil
            })
    }
}
