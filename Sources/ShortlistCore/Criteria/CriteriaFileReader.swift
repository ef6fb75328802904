import Foundation
import Yams

/// Reads the YAML tree of one criteria file into a ``CriteriaSet``, collecting every problem on the way.
///
/// Each `read…` method returns `nil` after reporting why the value cannot be used, so one pass over the file finds
/// all its problems; the result only counts when ``errors`` is empty.
struct CriteriaFileReader {
    static let topLevelKeys = ["role", "shortlist", "review_band", "escalate", "criteria"]
    static let shortlistKeys = ["top", "min_score"]
    static let escalationKeys = [
        "min_text_chars", "knockout_min_text_chars", "max_term_repeats", "hidden_text", "parse_recovered",
        "obfuscated_text", "possible_duplicate", "duplicate_text_distance",
    ]

    /// The criteria file as named by the user, for messages.
    let path: String
    /// Whether the tree was composed with Yams' basic resolver, so that scalars are typed by ``typeName(of:)`` from
    /// their style and text rather than by their tags.
    let typesPlainScalarsByText: Bool
    /// The problems found so far, in the order they were found.
    private(set) var errors: [CriteriaError] = []

    init(path: String, typesPlainScalarsByText: Bool = false) {
        self.path = path
        self.typesPlainScalarsByText = typesPlainScalarsByText
    }

    /// Records a problem at `mark`, or at the top of the file (1:1) when `mark` is `nil`.
    mutating func report(_ message: String, at mark: Mark?, hint: String? = nil) {
        errors.append(
            CriteriaError(
                path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message, hint: hint
            )
        )
    }

    /// Reads the whole file; `nil` when anything in it is wrong.
    mutating func readCriteriaSet(from root: Node) -> CriteriaSet? {
        guard case .mapping = root else {
            report(
                "a criteria file must be a mapping of keys such as 'role:' and 'criteria:', not \(describe(root))",
                at: root.mark,
                hint: "start the file with a line like `role: Senior Backend Engineer`"
            )
            return nil
        }
        let fields = checkedMapping(root, allowedKeys: Self.topLevelKeys)

        var role: String?
        if let entry = fields["role"] {
            role = readText(entry)
        } else {
            report("missing 'role'", at: nil, hint: "add a line like `role: Senior Backend Engineer`")
        }
        let shortlist: ShortlistPolicy? =
            if let entry = fields["shortlist"] { readShortlist(entry) } else { ShortlistPolicy() }
        let reviewBand: Double? = if let entry = fields["review_band"] { readReviewBand(entry) } else { 10 }
        let escalate: EscalationThresholds? =
            if let entry = fields["escalate"] { readEscalation(entry) } else { EscalationThresholds() }

        var criteria: [Criterion]?
        if let entry = fields["criteria"] {
            criteria = readCriteria(entry)
        } else {
            report("missing 'criteria'", at: nil, hint: "add a `criteria:` list with at least one criterion")
        }

        guard let role, let shortlist, let reviewBand, let escalate, let criteria else { return nil }
        return CriteriaSet(
            role: role, shortlist: shortlist, reviewBand: reviewBand, escalate: escalate, criteria: criteria
        )
    }

    /// `shortlist: { top: 25, min_score: 60 }`; both keys optional.
    private mutating func readShortlist(_ entry: MappingEntry) -> ShortlistPolicy? {
        let example = "shortlist: { top: 25, min_score: 60 }"
        guard let fields = readMapping(entry, allowedKeys: Self.shortlistKeys, example: example) else { return nil }
        var policy = ShortlistPolicy()
        let errorsBefore = errors.count
        if let field = fields["top"], let value = readWholeNumber(field, atLeast: 1) {
            policy.top = value
        }
        if let field = fields["min_score"], let value = readNumber(field), requireScore(value, of: field) {
            policy.minScore = value
        }
        return errors.count == errorsBefore ? policy : nil
    }

    /// `min_score` is a score, so it lies in 0...100.
    private mutating func requireScore(_ value: Double, of entry: MappingEntry) -> Bool {
        guard (0...100).contains(value) else {
            reportOutOfRange(entry, requirement: "between 0 and 100")
            return false
        }
        return true
    }

    /// `review_band: 10`: points below the cut-off that still go to human review.
    private mutating func readReviewBand(_ entry: MappingEntry) -> Double? {
        guard let value = readNumber(entry) else { return nil }
        guard value >= 0 else {
            reportOutOfRange(entry, requirement: "0 or more")
            return nil
        }
        return value
    }

    /// `escalate: { min_text_chars: 200, … }`: thresholds of the built-in escalation rules; every key optional.
    private mutating func readEscalation(_ entry: MappingEntry) -> EscalationThresholds? {
        let example = "escalate: { min_text_chars: 200 }"
        guard let fields = readMapping(entry, allowedKeys: Self.escalationKeys, example: example) else { return nil }
        var thresholds = EscalationThresholds()
        let errorsBefore = errors.count
        if let field = fields["min_text_chars"], let value = readWholeNumber(field, atLeast: 0) {
            thresholds.minTextChars = value
        }
        if let field = fields["knockout_min_text_chars"], let value = readWholeNumber(field, atLeast: 0) {
            thresholds.knockoutMinTextChars = value
        }
        if let field = fields["max_term_repeats"], let value = readWholeNumber(field, atLeast: 1) {
            thresholds.maxTermRepeats = value
        }
        if let field = fields["hidden_text"], let value = readFlag(field) {
            thresholds.reviewHiddenText = value
        }
        if let field = fields["obfuscated_text"], let value = readFlag(field) {
            thresholds.reviewObfuscatedText = value
        }
        if let field = fields["parse_recovered"], let value = readFlag(field) {
            thresholds.reviewRecoveredParse = value
        }
        if let field = fields["possible_duplicate"], let value = readFlag(field) {
            thresholds.reviewDuplicates = value
        }
        if let field = fields["duplicate_text_distance"], let value = readWholeNumber(field, atLeast: 0) {
            if value > 16 {
                reportOutOfRange(
                    field, requirement: "at most 16 (bits of 64)",
                    hint: "3, the default, finds resumes that differ by a few words")
            } else {
                thresholds.duplicateTextDistance = value
            }
        }
        return errors.count == errorsBefore ? thresholds : nil
    }

    /// `criteria:`: a non-empty list of criteria with unique ids and a total weight above 0.
    private mutating func readCriteria(_ entry: MappingEntry) -> [Criterion]? {
        guard case .sequence(let items) = entry.value, !items.isEmpty else {
            if case .sequence = entry.value {
                report("'criteria' is an empty list", at: entry.value.mark, hint: "add at least one criterion")
            } else {
                reportWrongType(entry, expected: "a list of criteria")
            }
            return nil
        }

        let errorsBefore = errors.count
        var criteria: [Criterion] = []
        var lineOfID: [String: Int] = [:]
        lineOfID.reserveCapacity(items.count)
        for item in items {
            if let (id, mark) = writtenID(of: item) {
                let key = id.lowercased()
                if let firstLine = lineOfID[key] {
                    report(
                        "duplicate id '\(id)'", at: mark,
                        hint: "the criterion on line \(firstLine) already uses it; give each criterion its own id"
                    )
                } else {
                    lineOfID[key] = item.mark?.line ?? 1
                }
            }
            if let criterion = readCriterion(item) {
                criteria.append(criterion)
            }
        }
        guard errors.count == errorsBefore else { return nil }

        guard criteria.contains(where: { $0.weight > 0 }) else {
            report(
                "the criteria have a total weight of 0, so no candidate can be scored", at: entry.keyMark,
                hint: "give at least one criterion a weight above 0"
            )
            return nil
        }
        return criteria
    }

    /// A criterion item's `id` as written and where, read before validation so duplicates are always found.
    private func writtenID(of item: Node) -> (id: String, mark: Mark?)? {
        // By index: iterating a `Node.Mapping` first copies all of its pairs into a new array.
        guard case .mapping(let mapping) = item,
            let index = (mapping.startIndex..<mapping.endIndex).first(where: {
                mapping[$0].key.scalar?.string == "id"
            }),
            case let value = mapping[index].value,
            let id = value.scalar?.string.trimmingWhitespaceAndNewlines(), !id.isEmpty
        else { return nil }
        return (id, value.mark)
    }
}
