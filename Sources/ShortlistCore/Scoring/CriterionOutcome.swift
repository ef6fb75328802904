/// Where a criterion found what it looked for: the words as the resume wrote them, in context.
public struct Evidence: Sendable, Hashable, Codable {
    /// The matched text as written in the resume (or the role / degree for experience and education criteria).
    public var term: String
    public var section: SectionKind
    /// A short excerpt around the match, on one line.
    public var snippet: String
    /// 1-based line in the resume's readable text (for plain-text files, the line of the file).
    public var line: Int

    public init(term: String, section: SectionKind, snippet: String, line: Int) {
        self.term = term
        self.section = section
        self.snippet = snippet
        self.line = line
    }
}

/// One criterion applied to one resume: met or not, the credit and points, and the reasons.
public struct CriterionOutcome: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var met: Bool
    /// In [0, 1].
    public var credit: Double
    public var weight: Double
    /// Share of the 0–100 score this criterion earned: 100 × weight × credit / total weight, one decimal.
    public var points: Double
    public var required: Bool
    public var reviewOnFail: Bool
    public var evidence: [Evidence]
    /// Term groups looked for and not found (as written in the criteria file).
    public var missing: [String]
    /// A sentence for criteria that are not plain term lists ("6.5 years across 3 roles"), or why evidence was
    /// not counted ("found only outside the skills section").
    public var detail: String?
}

/// All criteria applied to one resume.
public struct Evaluation: Sendable, Hashable {
    /// 0–100, one decimal.
    public var score: Double
    public var outcomes: [CriterionOutcome]
    /// Criteria left out of `outcomes` because they found nothing and earn nothing (summarized explanations only).
    public var omittedCriteria: Int = 0
    /// Non-whitespace characters of readable text.
    public var readableCharacters: Int
    /// The criteria term found most often, when it is found more often than natural use allows.
    public var mostRepeatedTerm: (term: String, count: Int)?
    /// Criteria terms found in text hidden from human readers.
    public var hiddenTerms: [String]
    /// Criteria terms written with look-alike letters from another alphabet or with zero-width characters inside.
    public var obfuscatedTerms: [String] = []

    public static func == (lhs: Evaluation, rhs: Evaluation) -> Bool {
        lhs.score == rhs.score && lhs.outcomes == rhs.outcomes && lhs.readableCharacters == rhs.readableCharacters
            && lhs.mostRepeatedTerm?.term == rhs.mostRepeatedTerm?.term
            && lhs.mostRepeatedTerm?.count == rhs.mostRepeatedTerm?.count && lhs.hiddenTerms == rhs.hiddenTerms
            && lhs.obfuscatedTerms == rhs.obfuscatedTerms
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(score)
        hasher.combine(outcomes)
    }
}
