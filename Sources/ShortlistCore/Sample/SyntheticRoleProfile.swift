/// The occupations synthetic candidates come from.
enum SyntheticRole: Int, Sendable, CaseIterable {
    case software, dataScience, nursing, accounting, sales

    /// How often each role appears in a sample, in percent; software is the most common because the benchmark
    /// criteria describe a backend engineering role.
    static let shares: [Int] = [34, 14, 18, 18, 16]

    /// The vocabulary of this occupation.
    var profile: SyntheticRoleProfile {
        switch self {
        case .software: .software
        case .dataScience: .dataScience
        case .nursing: .nursing
        case .accounting: .accounting
        case .sales: .sales
        }
    }

    /// A role whose skills a candidate of this role sometimes also lists (career changers, hybrid jobs).
    var neighbour: SyntheticRole {
        switch self {
        case .software: .dataScience
        case .dataScience: .software
        case .nursing: .nursing
        case .accounting: .sales
        case .sales: .accounting
        }
    }
}

/// Everything a synthetic resume of one occupation can say: titles, employers, skills and sentence templates.
///
/// Templates contain placeholders in braces that `SyntheticPhraseFiller` replaces: `{skill}`, `{tool}`,
/// `{core}`, `{toolTask}` (a tool plus an activity, e.g. "Kafka administration"), `{domain}`, `{domainTask}` (e.g.
/// "revenue forecasting"), `{phrase}`, `{context}`, `{team}`, `{cloud}`, `{ci}` and numbers (`{n}`, `{small}`, `{big}`,
/// `{pct}`, `{pct2}`, `{money}`, `{hours}`, `{ms}`, `{months}`, `{years}`, `{digit}`).
struct SyntheticRoleProfile: Sendable {
    /// One way a degree appears for this role, with the subjects it comes in.
    struct DegreeOption: Sendable {
        var degree: SyntheticDegree
        var fields: [String]
        var weight: Int
    }

    /// A certification as a resume prints it and as a criteria file looks for it (`|` separates synonyms).
    struct Certification: Sendable {
        var display: String
        var term: String
    }

    /// Job titles by seniority: entry, mid, senior, lead.
    var titles: [[String]]
    var employers: [String]
    /// Skills as candidates list them; every one is also a criteria term.
    var skills: [String]
    /// The skills a role's work is done *in* (languages, core systems), for `{core}`: "rewrote the service in Go".
    var coreSkills: [String]
    /// Products and systems that combine with `SyntheticVocabulary.toolActivities` ("Epic implementation").
    var tools: [String]
    /// Subject areas that combine with `SyntheticVocabulary.domainActivities` ("patient safety audits").
    var domains: [String]
    /// Multi-word phrases of the trade ("event-driven architecture", "medication reconciliation").
    var phrases: [String]
    /// Settings the work happened in ("fintech", "cardiac step-down"), for `{context}`.
    var contexts: [String]
    /// Colleagues worked with, for `{team}`.
    var teams: [String]
    var certifications: [Certification]
    var degrees: [DegreeOption]
    /// One-sentence employer descriptions.
    var employerBlurbs: [String]
    /// What the tools line of a position is called ("Tech stack", "Systems").
    var stackLabels: [String]
    /// Experience bullet templates specific to the role.
    var bullets: [String]
    /// First sentences of a summary.
    var summaryOpeners: [String]
    /// Further summary sentences.
    var summaryDetails: [String]
}
