import Foundation
import Yams

/// Reading one item of the `criteria:` list: its id, its single rule and the options that refine the rule.
extension CriteriaFileReader {
    static let criterionKeys = [
        "id", "label", "any", "all", "none", "years_experience", "education", "min_distinct", "in_section",
        "within_years", "required", "on_fail", "weight",
    ]
    static let ruleKeys = ["any", "all", "none", "years_experience", "education"]
    static let termListKeys = ["any", "all", "none"]
    static let termListKeysInWords = "'any', 'all' or 'none'"

    /// One criterion; `nil` when anything in it is wrong.
    mutating func readCriterion(_ item: Node) -> Criterion? {
        guard case .mapping = item else {
            report(
                "each criterion must be a mapping with an 'id' and a rule, not \(describe(item))", at: item.mark,
                hint: "write it like `- id: swift` followed by `any: [\"swift\"]` on the next line"
            )
            return nil
        }
        let errorsBefore = errors.count
        let fields = checkedMapping(item, allowedKeys: Self.criterionKeys)

        var id: String?
        if let entry = fields["id"] {
            id = readID(entry)
        } else {
            report("criterion has no 'id'", at: item.mark, hint: "add a short unique name, like `id: swift`")
        }
        let name = id.map { "criterion '\($0)'" } ?? "this criterion"
        let label = fields["label"].flatMap { readText($0) } ?? id

        let ruleEntries = fields.entries.filter { Self.ruleKeys.contains($0.key) }
        let ruleEntry = ruleEntries.first
        for extra in ruleEntries.dropFirst() {
            report(
                "\(name) has two rules, '\(ruleEntries[0].key)' and '\(extra.key)'", at: extra.keyMark,
                hint: "a criterion checks one thing: move '\(extra.key)' into a criterion of its own"
            )
        }
        if ruleEntry == nil {
            report(
                "\(name) has no rule", at: item.mark,
                hint: "add one of 'any', 'all', 'none', 'years_experience' or 'education'"
            )
        }
        let isTermList = ruleEntry.map { Self.termListKeys.contains($0.key) } ?? true

        let minDistinct = fields["min_distinct"].flatMap { readMinDistinct($0, rule: ruleEntry) }
        var sections: Set<SectionKind>?
        if let entry = fields["in_section"] {
            sections = requireTermList(entry, isTermList: isTermList) ? readSections(entry) : nil
        }
        var withinYears: Double?
        if let entry = fields["within_years"] {
            withinYears = requireTermList(entry, isTermList: isTermList) ? readWithinYears(entry) : nil
        }
        let required = fields["required"].flatMap { readFlag($0) } ?? false
        let reviewOnFail = fields["on_fail"].flatMap { readOnFail($0) } ?? false
        let weight = fields["weight"].flatMap { readWeight($0) } ?? 0
        let rule = ruleEntry.flatMap { readRule($0, minDistinct: minDistinct ?? 1) }

        guard errors.count == errorsBefore, let id, let label, let rule else { return nil }
        guard weight > 0 || required || reviewOnFail else {
            report(
                "\(name) has no effect", at: fields["weight"]?.keyMark ?? item.mark,
                hint: "give it a weight, `required: true` or `on_fail: review`"
            )
            return nil
        }
        return Criterion(
            id: id, label: label, rule: rule, weight: weight, required: required, reviewOnFail: reviewOnFail,
            sections: sections, withinYears: withinYears, line: item.mark?.line ?? 1
        )
    }

    // MARK: - Identity and options

    /// `id: swift`: letters a-z (any case), digits, `_` and `-`.
    private mutating func readID(_ entry: MappingEntry) -> String? {
        guard let id = readText(entry) else { return nil }
        let allowed = Self.idCharacters
        guard id.utf8.allSatisfy(Self.isIDByte) || id.lowercased().allSatisfy(allowed.contains) else {
            let words = id.lowercased().split { !allowed.contains($0) || $0 == "_" }
            let example = words.joined(separator: "_")
            report(
                "id '\(Self.abbreviated(id))' may only use letters a-z, digits, '_' and '-'", at: entry.value.mark,
                hint: example.isEmpty ? nil : "for example '\(example)'"
            )
            return nil
        }
        return id
    }

    /// The characters of an id once lowercased (`K`, the Kelvin sign, lowercases to `k` and so is allowed too).
    private static let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789_-")

    /// ASCII letters in either case, digits, `_` and `-`: the bytes of an id written as the file format describes.
    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// `min_distinct: 2`: only with `any`, at least 1 and at most the number of term groups listed.
    private mutating func readMinDistinct(_ entry: MappingEntry, rule: MappingEntry?) -> Int? {
        if let rule, rule.key != "any" {
            let hint =
                rule.key == "all"
                ? "'all' already needs every term group; remove 'min_distinct'"
                : "remove it, or use 'any' with 'min_distinct' to need several of the listed terms"
            report("'min_distinct' only works with 'any'", at: entry.keyMark, hint: hint)
            return nil
        }
        guard let value = readWholeNumber(entry, atLeast: 1) else { return nil }
        if let rule, case .sequence(let groups) = rule.value, !groups.isEmpty, value > groups.count {
            let listed = groups.count == 1 ? "1 term group" : "\(groups.count) term groups"
            report(
                "'min_distinct' is \(value), but 'any' lists only \(listed)", at: entry.value.mark,
                hint: "lower it to \(groups.count) or add terms to 'any'"
            )
            return nil
        }
        return value
    }

    /// `in_section` and `within_years` narrow where terms count, so they need a term list.
    private mutating func requireTermList(_ entry: MappingEntry, isTermList: Bool) -> Bool {
        guard isTermList else {
            report(
                "'\(entry.key)' only works with \(Self.termListKeysInWords)", at: entry.keyMark,
                hint: "'years_experience' and 'education' read their own sections; remove '\(entry.key)'"
            )
            return false
        }
        return true
    }

    /// `in_section: skills` or `in_section: [skills, experience]`.
    private mutating func readSections(_ entry: MappingEntry) -> Set<SectionKind>? {
        let names: [Node]
        switch entry.value {
        case .scalar where typeName(of: entry.value) != .null:
            names = [entry.value]
        case .sequence(let sequence) where !sequence.isEmpty:
            names = Array(sequence)
        case .sequence:
            report(
                "'in_section' lists no sections", at: entry.value.mark,
                hint: "name one or more of \(Self.sectionNames), or remove 'in_section'"
            )
            return nil
        default:
            reportWrongType(entry, expected: "a section name or a list of section names")
            return nil
        }

        var sections: Set<SectionKind> = []
        var valid = true
        for node in names {
            guard case .scalar(let scalar) = node, typeName(of: node) != .null else {
                report("each entry of 'in_section' must be a section name, not \(describe(node))", at: node.mark)
                valid = false
                continue
            }
            let written = scalar.string.trimmingWhitespaceAndNewlines()
            guard let section = SectionKind(rawValue: written.lowercased()) else {
                let sectionsInWords = "the sections are \(Self.sectionNames)"
                let hint =
                    if let suggestion = closestMatch(to: written, among: SectionKind.allCases.map(\.rawValue)) {
                        "did you mean '\(suggestion)'? \(sectionsInWords)"
                    } else {
                        sectionsInWords
                    }
                report("unknown section '\(Self.abbreviated(written))'", at: node.mark, hint: hint)
                valid = false
                continue
            }
            sections.insert(section)
        }
        return valid ? sections : nil
    }

    private static var sectionNames: String { SectionKind.allCases.map(\.rawValue).joined(separator: ", ") }

    /// `within_years: 3`: more than 0.
    private mutating func readWithinYears(_ entry: MappingEntry) -> Double? {
        guard let value = readNumber(entry) else { return nil }
        guard value > 0 else {
            reportOutOfRange(entry, requirement: "more than 0")
            return nil
        }
        return value
    }

    /// `on_fail: review`, the only value there is.
    private mutating func readOnFail(_ entry: MappingEntry) -> Bool? {
        if case .scalar(let scalar) = entry.value, scalar.string.lowercased() == "review" {
            return true
        }
        let written = entry.value.scalar?.string.lowercased()
        let found = typeName(of: entry.value) == .null ? "but it is empty" : "not \(describe(entry.value))"
        report(
            "'on_fail' can only be 'review', \(found)", at: entry.value.mark,
            hint: written == "reject"
                ? "to reject candidates who do not meet it, write `required: true`"
                : "write `on_fail: review`, or remove it to let the score decide"
        )
        return nil
    }

    /// `weight: 20`: 0 or more.
    private mutating func readWeight(_ entry: MappingEntry) -> Double? {
        guard let value = readNumber(entry) else { return nil }
        guard value >= 0 else {
            reportOutOfRange(
                entry, requirement: "0 or more",
                hint: "to count something against candidates, list its terms under 'none'"
            )
            return nil
        }
        return value
    }

    // MARK: - Rules

    /// The criterion's rule from its rule key (`any`, `all`, `none`, `years_experience` or `education`).
    private mutating func readRule(_ entry: MappingEntry, minDistinct: Int) -> CriterionRule? {
        switch entry.key {
        case "any":
            readTermGroups(entry).map { .terms(mode: .any, groups: $0, minDistinct: minDistinct) }
        case "all":
            readTermGroups(entry).map { .terms(mode: .all, groups: $0, minDistinct: $0.count) }
        case "none":
            readTermGroups(entry).map { .terms(mode: .none, groups: $0, minDistinct: 1) }
        case "years_experience":
            readYearsExperience(entry)
        default:
            readEducation(entry)
        }
    }

    /// `years_experience: { min: 5 }`.
    private mutating func readYearsExperience(_ entry: MappingEntry) -> CriterionRule? {
        let example = "years_experience: { min: 5 }"
        guard let fields = readMapping(entry, allowedKeys: ["min"], example: example) else { return nil }
        guard let minimum = fields["min"] else {
            report("'years_experience' needs 'min'", at: entry.value.mark, hint: "write it like `\(example)`")
            return nil
        }
        guard let years = readNumber(minimum) else { return nil }
        guard years >= 0 else {
            reportOutOfRange(minimum, requirement: "0 or more")
            return nil
        }
        return .yearsExperience(min: years)
    }

    /// `education: { min_level: bachelor, fields: ["computer science", …] }`; `fields` is optional.
    private mutating func readEducation(_ entry: MappingEntry) -> CriterionRule? {
        let example = "education: { min_level: bachelor }"
        guard let fields = readMapping(entry, allowedKeys: ["min_level", "fields"], example: example) else {
            return nil
        }
        var level: EducationLevel?
        if let levelEntry = fields["min_level"] {
            level = readEducationLevel(levelEntry)
        } else {
            report("'education' needs 'min_level'", at: entry.value.mark, hint: "write it like `\(example)`")
        }
        var subjects: [TermGroup]? = []
        if let subjectsEntry = fields["fields"] {
            subjects = readTermGroups(
                subjectsEntry, emptyHint: "list at least one field, or remove 'fields' to accept any")
        }
        guard let level, let subjects else { return nil }
        return .education(minLevel: level, fields: subjects)
    }

    /// `min_level: bachelor`, one of ``EducationLevel``'s names, in any case.
    private mutating func readEducationLevel(_ entry: MappingEntry) -> EducationLevel? {
        guard let written = readText(entry) else { return nil }
        if let level = EducationLevel(name: written.lowercased()) {
            return level
        }
        let names = EducationLevel.allCases.map(\.name)
        let levelsInWords = "the levels are \(names.joined(separator: ", "))"
        let hint =
            if let suggestion = closestMatch(to: written, among: names) {
                "did you mean '\(suggestion)'? \(levelsInWords)"
            } else {
                levelsInWords
            }
        report("unknown education level '\(Self.abbreviated(written))'", at: entry.value.mark, hint: hint)
        return nil
    }

    // MARK: - Term lists

    /// A list of term groups (`["swift", "objective-c | objc"]`), each entry parsed by ``TermGroup/init(parsing:)``.
    ///
    /// Numbers and yes/no values in the list count as the text they are written as (`- 365` is the term "365").
    private mutating func readTermGroups(_ entry: MappingEntry, emptyHint: String? = nil) -> [TermGroup]? {
        guard case .sequence(let items) = entry.value, !items.isEmpty else {
            if case .sequence = entry.value {
                reportNoTerms(entry, hint: emptyHint)
            } else if typeName(of: entry.value) == .null {
                reportNoTerms(entry, hint: emptyHint)
            } else {
                let hint = entry.value.scalar.map { "write it as a list: `\(entry.key): [\"\($0.string)\"]`" }
                reportWrongType(entry, expected: "a list of terms", hint: hint)
            }
            return nil
        }

        var groups: [TermGroup] = []
        var valid = true
        for item in items {
            guard case .scalar(let scalar) = item else {
                report(
                    "each entry of '\(entry.key)' must be a term, not \(describe(item))", at: item.mark,
                    hint: Self.nestedEntryHint(item)
                )
                valid = false
                continue
            }
            let written = typeName(of: item) == .null ? "" : scalar.string
            guard let group = TermGroup(parsing: written) else {
                reportEmptyTerm(written, in: entry.key, at: item.mark)
                valid = false
                continue
            }
            groups.append(group)
        }
        return valid ? groups : nil
    }

    private mutating func reportNoTerms(_ entry: MappingEntry, hint: String?) {
        report(
            "'\(entry.key)' lists no terms", at: entry.value.mark ?? entry.keyMark,
            hint: hint ?? "list at least one term, like `\(entry.key): [\"swift\"]`"
        )
    }

    private mutating func reportEmptyTerm(_ written: String, in key: String, at mark: Mark?) {
        if written.allSatisfy(\.isWhitespace) {
            report("empty term in '\(key)'", at: mark, hint: "remove the empty entry or write a term in it")
        } else if written.contains("|") {
            report(
                "empty term \"\(Self.abbreviated(written))\" in '\(key)'", at: mark,
                hint: "write a term on both sides of every '|'"
            )
        } else {
            report(
                "empty term \"\(Self.abbreviated(written))\" in '\(key)'", at: mark,
                hint: "write the term right after '=', like \"=R\""
            )
        }
    }

    private static func nestedEntryHint(_ item: Node) -> String {
        if case .sequence = item {
            return "write synonyms in one entry separated by '|', like \"node.js | nodejs\""
        }
        return "put a term that contains ': ' in quotes"
    }
}
