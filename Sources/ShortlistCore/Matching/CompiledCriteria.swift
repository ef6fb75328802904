/// Criteria compiled for screening: every term of every criterion (with its plural) in one automaton, and the map
/// from each automaton pattern back to the criteria groups it serves.
///
/// Immutable and `Sendable`: compile once per run, share with every worker.
public struct CompiledCriteria: Sendable {
    /// Where a pattern counts: criterion index, group index within the criterion, and the term as written.
    public struct TermReference: Sendable, Hashable {
        public var criterion: Int32
        public var group: Int32
        public var term: Int32
    }

    public let criteria: CriteriaSet
    public let automaton: TermAutomaton
    /// For each pattern id, the criteria groups it belongs to.
    public let references: [[TermReference]]
    /// For each pattern id, the normalized spelling (for messages).
    public let patternText: [String]
    /// Number of groups per criterion (term groups, or education field groups).
    public let groupCounts: [Int]
    /// Each criterion's groups as the recruiter wrote them (`node.js | nodejs`), for "not found" explanations.
    public let groupDisplays: [[String]]
    /// Index of each criterion's first group in a flat list of all groups.
    public let groupOffsets: [Int]
    /// Criteria that are reported for every resume even without evidence: knockouts, `on_fail: review`, `none`
    /// lists, years of experience and education. Other criteria without evidence earn 0 and, in summarized
    /// explanations, are only counted.
    public let alwaysReported: [Bool]
    /// The references of all patterns in one flat list: pattern p's are `referenceStart[p]..<referenceStart[p + 1]`,
    /// each as its criterion index and its group's index in the flat list of all groups (see `groupOffsets`).
    let referenceStart: [Int32]
    let referenceCriterion: [Int32]
    let referenceSlot: [Int32]
    /// For each pattern id, the flat group index its repetitions count towards (its first reference), or -1.
    let repetitionSlot: [Int32]
    /// For each criterion, where its evidence may come from.
    let evidenceFilters: [EvidenceFilter]
    /// The distinct `within_years` values, indexed by `EvidenceFilter.recency`.
    let recencyYears: [Double]
    /// Indices of the `alwaysReported` criteria, ascending.
    let alwaysReportedIndices: [Int32]
    /// `criteria.totalWeight`, summed once.
    let totalWeight: Double
    /// Total number of groups over all criteria.
    let groupTotal: Int
    /// For each criterion, the sentence explaining evidence that was found where it does not count.
    let elsewhereDetails: [String]

    /// For each criterion, its outcome before anything is found: id, label, weight and flags filled in.
    let outcomeTemplates: [CriterionOutcome]
    /// For each criterion, its rule without the term lists.
    let rules: [RuleSummary]
    /// For `any` criteria with `min_distinct` above 1, the detail for each number of groups found ("found 1 of the
    /// 2 distinct needed"); empty for the others.
    let distinctDetails: [[String]]

    /// What `CriterionRule` says about credit, without the term lists.
    enum RuleSummary: Sendable {
        case terms(mode: GroupMode, minDistinct: Int)
        case yearsExperience(min: Double)
        case education(minLevel: EducationLevel, hasFields: Bool)
    }

    /// Where a criterion's evidence counts: sections (one bit per `SectionKind`, in `allCases` order), the index of
    /// its `within_years` in `recencyYears` (-1 for none), and the minimum degree for education fields (0 for none).
    struct EvidenceFilter: Sendable {
        var sections: UInt8
        var recency: Int16
        var minimumDegree: Int8

        static let any = EvidenceFilter(sections: allSections, recency: -1, minimumDegree: 0)
        static let allSections: UInt8 = 0x3F
        var isAny: Bool { sections == Self.allSections && recency < 0 && minimumDegree == 0 }
    }

    /// Above this many criteria, explanations list only criteria with evidence or credit (plus `alwaysReported`):
    /// a 5,000-criteria run would otherwise write several gigabytes of "not found" per 10,000 resumes.
    public static let fullExplanationLimit = 100

    /// Whether explanations list every criterion (`criteria.count <= fullExplanationLimit`).
    public var listsEveryCriterion: Bool { criteria.criteria.count <= Self.fullExplanationLimit }

    /// - Complexity: O(total term bytes × byte classes); see `TermAutomaton`.
    public init(_ criteria: CriteriaSet, normalizer: TextNormalizer = .shared) {
        var patternIDs: [[UInt8]: Int] = [:]
        var patterns: [[UInt8]] = []
        var references: [[TermReference]] = []
        var groupCounts: [Int] = []
        var groupDisplays: [[String]] = []
        // Each term and its plural; reserved so that the table of 10,000 patterns at 5,000 criteria is not rehashed.
        patternIDs.reserveCapacity(2 * criteria.criteria.count)
        func read(_ id: inout Int) -> Int { id }
        for criterionIndex in criteria.criteria.indices {
            let groups: [TermGroup]
            switch criteria.criteria[criterionIndex].rule {
            case .terms(_, let termGroups, _): groups = termGroups
            case .education(_, let fields): groups = fields
            case .yearsExperience: groups = []
            }
            groupCounts.append(groups.count)
            groupDisplays.append(groups.map(\.display))
            for (groupIndex, group) in groups.enumerated() {
                for (termIndex, term) in group.synonyms.enumerated() {
                    let normalized = normalizer.normalizeTerm(term.text)
                    guard !normalized.isEmpty else { continue }
                    let forms = term.exact ? [normalized] : [normalized] + Self.pluralForms(of: normalized)
                    let reference = TermReference(
                        criterion: Int32(criterionIndex), group: Int32(groupIndex), term: Int32(termIndex))
                    for form in forms {
                        // One hash lookup: a new form gets the next id.
                        let id = read(&patternIDs[form, default: patterns.count])
                        if id == patterns.count {
                            patterns.append(form)
                            references.append([])
                        }
                        if !references[id].contains(reference) { references[id].append(reference) }
                    }
                }
            }
        }
        self.criteria = criteria
        self.automaton = TermAutomaton(patterns: patterns)
        self.references = references
        self.patternText = patterns.map { String(decoding: $0, as: UTF8.self) }
        self.groupCounts = groupCounts
        self.groupDisplays = groupDisplays
        var offsets: [Int] = []
        var total = 0
        for count in groupCounts {
            offsets.append(total)
            total += count
        }
        self.groupOffsets = offsets
        let alwaysReported = criteria.criteria.map { criterion in
            if criterion.required || criterion.reviewOnFail { return true }
            if case .terms(let mode, _, _) = criterion.rule { return mode == .none }
            return true
        }
        self.alwaysReported = alwaysReported
        self.alwaysReportedIndices = alwaysReported.indices.filter { alwaysReported[$0] }.map { Int32($0) }
        self.totalWeight = criteria.totalWeight
        self.groupTotal = total
        var referenceStart: [Int32] = [0]
        var referenceCriterion: [Int32] = []
        var referenceSlot: [Int32] = []
        var repetitionSlot: [Int32] = []
        for list in references {
            for reference in list {
                referenceCriterion.append(reference.criterion)
                referenceSlot.append(Int32(offsets[Int(reference.criterion)]) + reference.group)
            }
            referenceStart.append(Int32(referenceCriterion.count))
            repetitionSlot.append(list.first.map { Int32(offsets[Int($0.criterion)]) + $0.group } ?? -1)
        }
        self.referenceStart = referenceStart
        self.referenceCriterion = referenceCriterion
        self.referenceSlot = referenceSlot
        self.repetitionSlot = repetitionSlot
        var recencyYears: [Double] = []
        var filters: [EvidenceFilter] = []
        var elsewhere: [String] = []
        for criterion in criteria.criteria {
            var filter = EvidenceFilter.any
            if let sections = criterion.sections {
                filter.sections = sections.reduce(0) { $0 | Self.sectionBit($1) }
            }
            if let years = criterion.withinYears {
                if !recencyYears.contains(years) { recencyYears.append(years) }
                filter.recency = Int16(recencyYears.firstIndex(of: years)!)
            }
            if case .education(let minLevel, _) = criterion.rule { filter.minimumDegree = Int8(minLevel.rawValue) }
            filters.append(filter)
            if let sections = criterion.sections {
                elsewhere.append("found only outside \(sections.sorted().map(\.rawValue).joined(separator: "/"))")
            } else {
                let years = Evaluator.format(criterion.withinYears ?? 0)
                elsewhere.append("found only in roles that ended more than \(years) years ago")
            }
        }
        self.outcomeTemplates = criteria.criteria.map { criterion in
            CriterionOutcome(
                id: criterion.id, label: criterion.label, met: false, credit: 0, weight: criterion.weight, points: 0,
                required: criterion.required, reviewOnFail: criterion.reviewOnFail, evidence: [], missing: [],
                detail: nil)
        }
        self.rules = criteria.criteria.map { criterion in
            switch criterion.rule {
            case .terms(let mode, _, let minDistinct): .terms(mode: mode, minDistinct: minDistinct)
            case .yearsExperience(let minimum): .yearsExperience(min: minimum)
            case .education(let minLevel, let fields): .education(minLevel: minLevel, hasFields: !fields.isEmpty)
            }
        }
        self.distinctDetails = criteria.criteria.indices.map { index in
            guard case .terms(.any, _, let minDistinct) = criteria.criteria[index].rule, minDistinct > 1 else {
                return []
            }
            return (0...groupCounts[index]).map { "found \($0) of the \(minDistinct) distinct needed" }
        }
        self.evidenceFilters = filters
        self.recencyYears = recencyYears
        self.elsewhereDetails = elsewhere
    }

    /// The bit of `section` in `EvidenceFilter.sections`.
    @inline(__always)
    static func sectionBit(_ section: SectionKind) -> UInt8 {
        switch section {
        case .summary: 0x01
        case .experience: 0x02
        case .education: 0x04
        case .skills: 0x08
        case .certifications: 0x10
        case .other: 0x20
        }
    }

    /// The regular English plural of the last word: `ledger` → `ledgers`, `class` → `classes`, `policy` → `policies`.
    static func pluralForms(of term: [UInt8]) -> [[UInt8]] {
        guard let last = term.last, last >= 0x61 && last <= 0x7A else { return [] }
        let vowels: Set<UInt8> = Array("aeiou".utf8).reduce(into: []) { $0.insert($1) }
        var forms: [[UInt8]] = []
        let penultimate = term.count >= 2 ? term[term.count - 2] : 0
        if last == 0x73 || last == 0x78 || last == 0x7A
            || (last == 0x68 && (penultimate == 0x63 || penultimate == 0x73))
        {
            forms.append(term + Array("es".utf8))
        } else if last == 0x79, term.count >= 2, !vowels.contains(penultimate), penultimate >= 0x61,
            penultimate <= 0x7A
        {
            forms.append(Array(term.dropLast()) + Array("ies".utf8))
        } else {
            forms.append(term + [0x73])
        }
        return forms
    }
}
