/// The resume sections that criteria can be restricted to and that ingestion recognises.
public enum SectionKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case summary, experience, education, skills, certifications, other

    public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Degree levels, ordered: `high_school < associate < bachelor < master < doctorate`.
public enum EducationLevel: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case highSchool = 1
    case associate, bachelor, master, doctorate

    /// The spelling used in criteria files and outputs (`high_school`, `bachelor`, …).
    public var name: String {
        switch self {
        case .highSchool: "high_school"
        case .associate: "associate"
        case .bachelor: "bachelor"
        case .master: "master"
        case .doctorate: "doctorate"
        }
    }

    public init?(name: String) {
        guard let level = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = level
    }

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One spelling a criterion looks for, as written in the criteria file.
///
/// `exact` terms were written `=term`: they match exactly as written, without the regular English plural.
public struct Term: Sendable, Hashable {
    public var text: String
    public var exact: Bool

    public init(text: String, exact: Bool = false) {
        self.text = text
        self.exact = exact
    }
}

/// One entry of an `any`/`all`/`none` list: synonyms separated by `|` in the file (`"node.js | nodejs"`).
public struct TermGroup: Sendable, Hashable {
    public var synonyms: [Term]

    public init(synonyms: [Term]) { self.synonyms = synonyms }

    /// The group as the recruiter wrote it, e.g. `node.js | nodejs`.
    public var display: String { synonyms.map { ($0.exact ? "=" : "") + $0.text }.joined(separator: " | ") }
}

/// How a term-list criterion turns found groups into credit.
public enum GroupMode: String, Sendable, Hashable {
    /// Credit = min(found groups / `minDistinct`, 1).
    case any
    /// Credit = found groups / all groups.
    case all
    /// Credit 1 when no group is found, else 0.
    case none
}

/// What a criterion checks.
public enum CriterionRule: Sendable, Hashable {
    case terms(mode: GroupMode, groups: [TermGroup], minDistinct: Int)
    case yearsExperience(min: Double)
    case education(minLevel: EducationLevel, fields: [TermGroup])
}

/// One line of the criteria file's `criteria:` list, validated.
public struct Criterion: Sendable, Hashable {
    public var id: String
    public var label: String
    public var rule: CriterionRule
    /// Non-negative; 0 means the criterion only gates (required / on_fail) and adds no points.
    public var weight: Double
    /// Knockout: not met -> reject (or review when the resume has too little text to be sure).
    public var required: Bool
    /// `on_fail: review`: not met -> a human looks instead of the score deciding.
    public var reviewOnFail: Bool
    /// When set, evidence only counts in these sections.
    public var sections: Set<SectionKind>?
    /// When set, evidence only counts from experience entries that ended within this many years of the reference date.
    public var withinYears: Double?
    /// 1-based line of the criterion in the criteria file, for messages.
    public var line: Int

    public init(
        id: String, label: String, rule: CriterionRule, weight: Double, required: Bool = false,
        reviewOnFail: Bool = false, sections: Set<SectionKind>? = nil, withinYears: Double? = nil, line: Int = 0
    ) {
        self.id = id
        self.label = label
        self.rule = rule
        self.weight = weight
        self.required = required
        self.reviewOnFail = reviewOnFail
        self.sections = sections
        self.withinYears = withinYears
        self.line = line
    }
}

/// `shortlist: { top, min_score }`: the shortlist is the best `top` candidates scoring at least `minScore`.
public struct ShortlistPolicy: Sendable, Hashable {
    public var top: Int
    public var minScore: Double

    public init(top: Int = 25, minScore: Double = 60) {
        self.top = top
        self.minScore = minScore
    }
}

/// Thresholds of the built-in escalation rules (`escalate:` in the criteria file).
public struct EscalationThresholds: Sendable, Hashable {
    /// `low_text`: fewer readable characters than this -> review (e.g. an image-only export).
    public var minTextChars: Int = 200
    /// `knockout_low_text`: a required criterion failed and the resume has fewer readable characters than this.
    public var knockoutMinTextChars: Int = 800
    /// `keyword_stuffing`: one term found more often than this.
    public var maxTermRepeats: Int = 15
    /// `hidden_text`: review when text hidden with CSS contains criterion terms.
    public var reviewHiddenText: Bool = true
    /// `obfuscated_text`: review when criteria terms are written with look-alike letters or zero-width characters.
    public var reviewObfuscatedText: Bool = true
    /// `parse_recovered`: review when the parser had to recover from malformed markup.
    public var reviewRecoveredParse: Bool = true
    /// `possible_duplicate`: review both applications when two share an e-mail, a phone number or near-identical text.
    public var reviewDuplicates: Bool = true
    /// `possible_duplicate`: texts whose 64-bit SimHashes differ in at most this many bits are near-identical.
    public var duplicateTextDistance: Int = 3

    public init() {}
}

/// A validated criteria file: the same rules applied to every candidate.
public struct CriteriaSet: Sendable, Hashable {
    public var role: String
    public var shortlist: ShortlistPolicy
    /// Points below `shortlist.minScore` that still go to human review instead of reject.
    public var reviewBand: Double
    public var escalate: EscalationThresholds
    public var criteria: [Criterion]

    public init(
        role: String, shortlist: ShortlistPolicy = .init(), reviewBand: Double = 10,
        escalate: EscalationThresholds = .init(), criteria: [Criterion]
    ) {
        self.role = role
        self.shortlist = shortlist
        self.reviewBand = reviewBand
        self.escalate = escalate
        self.criteria = criteria
    }

    /// Σ weight over all criteria; validated to be > 0.
    public var totalWeight: Double { criteria.reduce(0) { $0 + $1.weight } }
}
