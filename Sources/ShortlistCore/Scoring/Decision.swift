/// What happens to a candidate. Every input file gets exactly one.
public enum Decision: String, Sendable, Codable, CaseIterable, Comparable {
    /// Ranked within the cut-off.
    case shortlist
    /// A human must look; the fired rules say why.
    case review
    /// Below the cut-off or a knockout failed; the reason names the criterion.
    case reject
    /// The file could not be read or parsed at all.
    case error

    public static func < (lhs: Decision, rhs: Decision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The stable ids of the rules that produce decisions. Documented in the README; never renamed.
public enum RuleID: String, Sendable, Codable, CaseIterable {
    /// Ranked in the top `shortlist.top` with a score of at least `shortlist.min_score`.
    case topN = "top_n"
    /// Below the cut-off and outside the review band.
    case belowCutoff = "below_cutoff"
    /// A `required` criterion was not met.
    case knockout
    /// Score within `review_band` points below the cut-off.
    case reviewBand = "review_band"
    /// A `required` criterion failed, but the resume has too little text to be sure.
    case knockoutLowText = "knockout_low_text"
    /// Too little readable text overall (an image-only export, an empty template).
    case lowText = "low_text"
    /// One criteria term repeated far beyond natural use.
    case keywordStuffing = "keyword_stuffing"
    /// Criteria terms in text hidden from human readers (CSS `display:none`, white text, zero size).
    case hiddenText = "hidden_text"
    /// Criteria terms written with look-alike letters from another alphabet or hidden zero-width characters.
    case obfuscatedText = "obfuscated_text"
    /// A criterion with `on_fail: review` was not met.
    case onFailReview = "on_fail_review"
    /// The markup was malformed and the parser had to recover.
    case parseRecovered = "parse_recovered"
    /// Review: another application shares this one's e-mail, phone number or near-identical text.
    case possibleDuplicate = "possible_duplicate"
    /// The file could not be read, or is not a resume format.
    case unreadable
}

/// One rule that produced a decision, with a sentence a recruiter understands.
public struct FiredRule: Sendable, Hashable, Codable {
    public var rule: RuleID
    /// The criterion the rule is about, when there is one.
    public var criterion: String?
    public var reason: String

    public init(_ rule: RuleID, criterion: String? = nil, reason: String) {
        self.rule = rule
        self.criterion = criterion
        self.reason = reason
    }
}
