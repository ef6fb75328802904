import Yams

/// The YAML type of a value (`int` for `20`, `str` for `"20"`) and the number or flag it holds.
///
/// A file without explicit tags (no `!` anywhere) is composed with Yams' basic resolver, which types nothing, so that
/// Yams' duplicate-key check does not run the default resolver's regular expressions on every key. Its scalars are
/// typed here instead, as the default resolver would: a plain scalar by its text, any quoted or block scalar as text.
extension CriteriaFileReader {
    /// The type of `node` as Yams' default resolver gives it.
    func typeName(of node: Node) -> Tag.Name {
        guard typesPlainScalarsByText, case .scalar(let scalar) = node else { return node.resolvedTagName }
        return scalar.style == .plain ? Self.typeName(ofPlain: scalar.string) : .str
    }

    /// The type the default resolver gives a plain scalar written `text`.
    ///
    /// Words that start with a letter no yes/no or null word starts with, long words, `true`, `false` and decimal
    /// numbers (`20`, `2.5`) are typed without a regular expression; anything else goes through
    /// ``CriteriaLoader/resolver``.
    static func typeName(ofPlain text: String) -> Tag.Name {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        if text == "true" || text == "false" { return .bool }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            // "false" and a line terminator of up to 3 bytes are the longest text the other rules can match.
            if utf8.count > 8 { return .str }
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return .str
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // Digits are an int unless they start with 0 (octal, or 0 itself); digits around one '.' are a float.
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            let dots = utf8.count { $0 == UInt8(ascii: ".") }
            if dots <= 1, utf8.allSatisfy({ digits.contains($0) || $0 == UInt8(ascii: ".") }) {
                if dots == 1 { return .float }
                if first != UInt8(ascii: "0") { return .int }
            }
        default:
            break
        }
        return Node(text, Tag(.implicit, CriteriaLoader.resolver)).resolvedTagName
    }

    /// `node.bool`, which is `nil` for a scalar whose tag was resolved to `str`; when plain scalars are typed by their
    /// text, a plain scalar that also served as a key (through an alias) may carry such a tag, so its text decides.
    func flag(of node: Node) -> Bool? {
        guard typesPlainScalarsByText, case .scalar(let scalar) = node else { return node.bool }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// `node.int`, without Yams' prefix and underscore handling for plain decimal numbers of up to 18 digits.
    func integer(of node: Node) -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            let utf8 = scalar.string.utf8
            if let first = utf8.first, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first), utf8.count <= 18,
                utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
            {
                return Int(scalar.string)
            }
        }
        return node.int
    }
}
