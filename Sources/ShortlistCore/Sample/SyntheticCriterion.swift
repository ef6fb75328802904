import Foundation

/// One criterion of a synthetic criteria file, as it will be written to YAML.
struct SyntheticCriterion: Sendable {
    /// What the criterion checks, in the criteria file's vocabulary.
    enum Rule: Sendable {
        case any([String], minDistinct: Int?)
        case all([String])
        case none([String])
        case yearsExperience(min: Int)
        case education(minLevel: String, fields: [String])
    }

    var id: String
    var label: String
    var rule: Rule
    var weight: Int
    var required = false
    var reviewOnFail = false
    var inSection: String?
    var withinYears: Int?

    /// Every term spelling the criterion contains, without `=` prefixes, in order of appearance.
    var terms: [String] {
        let groups: [String]
        switch rule {
        case .any(let list, _), .all(let list), .none(let list): groups = list
        case .education(_, let fields): groups = fields
        case .yearsExperience: groups = []
        }
        return groups.flatMap { group in
            group.split(separator: "|").map { synonym in
                let trimmed = synonym.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("=") ? String(trimmed.dropFirst()) : trimmed
            }
        }
    }

    /// Appends the criterion as one entry of the `criteria:` list.
    func appendYAML(to out: inout String) {
        out += "  - id: \(id)\n    label: "
        Self.appendQuoted(label, to: &out)
        out += "\n"
        switch rule {
        case .any(let groups, let minDistinct):
            appendList("any", groups, to: &out)
            if let minDistinct { out += "    min_distinct: \(minDistinct)\n" }
        case .all(let groups):
            appendList("all", groups, to: &out)
        case .none(let groups):
            appendList("none", groups, to: &out)
        case .yearsExperience(let minimum):
            out += "    years_experience: { min: \(minimum) }\n"
        case .education(let minLevel, let fields):
            out += "    education: { min_level: \(minLevel), fields: "
            Self.appendFlowList(fields, to: &out)
            out += " }\n"
        }
        if let inSection { out += "    in_section: \(inSection)\n" }
        if let withinYears { out += "    within_years: \(withinYears)\n" }
        if required { out += "    required: true\n" }
        if reviewOnFail { out += "    on_fail: review\n" }
        out += "    weight: \(weight)\n"
    }

    private func appendList(_ key: String, _ groups: [String], to out: inout String) {
        out += "    \(key): "
        Self.appendFlowList(groups, to: &out)
        out += "\n"
    }

    /// `["a", "b"]` with every item double-quoted.
    private static func appendFlowList(_ items: [String], to out: inout String) {
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += ", " }
            appendQuoted(item, to: &out)
        }
        out += "]"
    }

    /// A YAML double-quoted scalar: backslash, quote and control characters escaped.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
