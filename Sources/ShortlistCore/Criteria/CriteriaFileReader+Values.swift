import Foundation
import Yams

/// A key of a YAML mapping with its value, both with their positions in the file.
///
/// A class, so that looking an entry up and passing it on shares it: copying a `Node` copies its scalar's text, tag
/// and weakly held anchor one by one.
final class MappingEntry {
    let key: String
    let keyMark: Mark?
    let value: Node

    init(key: String, keyMark: Mark?, value: Node) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}

/// The entries of a YAML mapping whose keys were checked against the keys valid at its level.
struct CheckedMapping {
    /// Where the mapping starts (for a criterion, the line of its list item).
    let mark: Mark?
    /// The entries with known keys, in file order.
    let entries: [MappingEntry]

    subscript(key: String) -> MappingEntry? { entries.first { $0.key == key } }
}

/// Reading typed values out of YAML nodes, reporting wrong types and out-of-range values by key name.
extension CriteriaFileReader {
    /// The entries of `node` (a mapping) with known keys; reports every unknown key with a "did you mean" hint.
    mutating func checkedMapping(_ node: Node, allowedKeys: [String]) -> CheckedMapping {
        guard case .mapping(let mapping) = node else { return CheckedMapping(mark: node.mark, entries: []) }
        var entries: [MappingEntry] = []
        entries.reserveCapacity(mapping.count)
        // By index: iterating a `Node.Mapping` first copies all of its pairs into a new array.
        for index in mapping.startIndex..<mapping.endIndex {
            let (key, value) = mapping[index]
            guard case .scalar(let scalar) = key else {
                report("a key must be a plain name, not \(describe(key))", at: key.mark)
                continue
            }
            guard allowedKeys.contains(scalar.string) else {
                reportUnknownKey(scalar.string, at: key.mark, allowedKeys: allowedKeys)
                continue
            }
            entries.append(MappingEntry(key: scalar.string, keyMark: key.mark, value: value))
        }
        return CheckedMapping(mark: node.mark, entries: entries)
    }

    private mutating func reportUnknownKey(_ key: String, at mark: Mark?, allowedKeys: [String]) {
        let hint =
            if let suggestion = closestMatch(to: key, among: allowedKeys) {
                "did you mean '\(suggestion)'?"
            } else {
                "valid keys here: \(allowedKeys.joined(separator: ", "))"
            }
        report("unknown key '\(key)'", at: mark, hint: hint)
    }

    /// The value of `entry` as a mapping with known keys; `example` shows the expected shape in the hint.
    mutating func readMapping(_ entry: MappingEntry, allowedKeys: [String], example: String) -> CheckedMapping? {
        guard case .mapping = entry.value else {
            reportWrongType(entry, expected: "a mapping", hint: "write it like `\(example)`")
            return nil
        }
        return checkedMapping(entry.value, allowedKeys: allowedKeys)
    }

    /// The value of `entry` as non-empty text, trimmed.
    ///
    /// Numbers and yes/no values count as the text they are written as (`id: 2024` is the id "2024").
    mutating func readText(_ entry: MappingEntry) -> String? {
        guard case .scalar(let scalar) = entry.value, typeName(of: entry.value) != .null else {
            reportWrongType(entry, expected: "text")
            return nil
        }
        let text = scalar.string.trimmingWhitespaceAndNewlines()
        guard !text.isEmpty else {
            report("'\(entry.key)' must be text, but it is empty", at: entry.value.mark)
            return nil
        }
        return text
    }

    /// The value of `entry` as a finite number (`10`, `2.5`); `expected` names the type in messages.
    mutating func readNumber(_ entry: MappingEntry, expected: String = "a number") -> Double? {
        guard [Tag.Name.int, .float].contains(typeName(of: entry.value)) else {
            reportWrongType(entry, expected: expected)
            return nil
        }
        guard let value = integer(of: entry.value).map(Double.init) ?? entry.value.float, value.isFinite else {
            reportOutOfRange(entry, requirement: "a finite number")
            return nil
        }
        return value
    }

    /// The value of `entry` as a whole number of at least `minimum`.
    mutating func readWholeNumber(_ entry: MappingEntry, atLeast minimum: Int) -> Int? {
        guard let number = readNumber(entry, expected: "a whole number") else { return nil }
        guard let value = integer(of: entry.value) ?? Int(exactly: number) else {
            if number.rounded() == number {
                reportOutOfRange(entry, requirement: "a smaller number")
            } else {
                reportWrongType(entry, expected: "a whole number")
            }
            return nil
        }
        guard value >= minimum else {
            reportOutOfRange(entry, requirement: "\(minimum) or more")
            return nil
        }
        return value
    }

    /// The value of `entry` as `true` or `false`.
    mutating func readFlag(_ entry: MappingEntry) -> Bool? {
        guard typeName(of: entry.value) == .bool, let value = flag(of: entry.value) else {
            reportWrongType(entry, expected: "true or false")
            return nil
        }
        return value
    }

    /// Reports `'key' must be <expected>, not <what was found>` at the value.
    mutating func reportWrongType(_ entry: MappingEntry, expected: String, hint: String? = nil) {
        let found = typeName(of: entry.value) == .null ? "but it is empty" : "not \(describe(entry.value))"
        var hint = hint
        if hint == nil, case .scalar(let scalar) = entry.value, scalar.style != .plain && scalar.style != .any {
            let unquoted = Node(scalar.string)
            let meantNumber = [Tag.Name.int, .float].contains(unquoted.resolvedTagName) && expected.hasSuffix("number")
            let meantFlag = unquoted.resolvedTagName == .bool && expected == "true or false"
            if meantNumber || meantFlag {
                hint = "remove the quotes around \"\(scalar.string)\""
            }
        }
        report("'\(entry.key)' must be \(expected), \(found)", at: entry.value.mark ?? entry.keyMark, hint: hint)
    }

    /// Reports `'key' must be <requirement>, not <value as written>` at the value.
    mutating func reportOutOfRange(_ entry: MappingEntry, requirement: String, hint: String? = nil) {
        let written = entry.value.scalar?.string ?? describe(entry.value)
        report("'\(entry.key)' must be \(requirement), not \(written)", at: entry.value.mark, hint: hint)
    }

    /// What a node is, in words: `text "high"`, `the number 20`, `a list`, `a mapping`.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            switch typeName(of: node) {
            case .null: "an empty value"
            case .int, .float: "the number \(scalar.string)"
            case .bool: "the yes/no value \(scalar.string)"
            default: "text \"\(Self.abbreviated(scalar.string))\""
            }
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// `text`, cut to 40 characters for messages.
    static func abbreviated(_ text: String) -> String {
        text.count > 40 ? text.prefix(39) + "…" : text
    }
}

extension Node {
    /// The node's YAML type after implicit resolution: `.int` for `20`, `.str` for `"20"`, `.null` for `~`.
    var resolvedTagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
