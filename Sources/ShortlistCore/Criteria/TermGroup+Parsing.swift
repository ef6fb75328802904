extension TermGroup {
    /// Parses one entry of a term list as written in a criteria file.
    ///
    /// The entry is split on `|` into synonyms; each is trimmed and its inner runs of whitespace become one space.
    /// A synonym written `=term` is exact: it matches as written, without the plural. Casing is kept.
    ///
    ///     TermGroup(parsing: "Node.js |  node   js")  // synonyms "Node.js", "node js"
    ///     TermGroup(parsing: "=R")                   // one exact synonym "R"
    ///
    /// Returns `nil` when a synonym is empty (`""`, `"aws | "`, `"="`).
    ///
    /// - Complexity: O(*n*) for an entry of *n* bytes; an ASCII entry is read byte by byte, any other entry by
    ///   `Character`, so that a `|`, `=` or space followed by a combining mark is not taken for a separator.
    init?(parsing entry: String) {
        if entry.utf8.allSatisfy({ $0 < 0x80 }) {
            self.init(parsingASCII: entry)
        } else {
            self.init(parsingCharacters: entry)
        }
    }

    /// `init(parsing:)` for any text.
    private init?(parsingCharacters entry: String) {
        var synonyms: [Term] = []
        for written in entry.split(separator: "|", omittingEmptySubsequences: false) {
            var text = Self.normalizedSpacing(written)
            let exact = text.hasPrefix("=")
            if exact {
                text = Self.normalizedSpacing(text.dropFirst())
            }
            guard !text.isEmpty else { return nil }
            synonyms.append(Term(text: text, exact: exact))
        }
        self.init(synonyms: synonyms)
    }

    /// `init(parsing:)` for ASCII text, where each byte is a `Character` (but for CR LF, whitespace either way) and
    /// the whitespace characters are tab, LF, VT, FF, CR and space.
    private init?(parsingASCII entry: String) {
        var synonyms: [Term] = []
        var text: [UInt8] = []
        var pendingSpace = false
        var bytes = entry.utf8.makeIterator()
        while true {
            let next = bytes.next()
            guard let byte = next, byte != UInt8(ascii: "|") else {
                let exact = text.first == UInt8(ascii: "=")
                let start = exact ? 1 : 0
                guard start < text.count else { return nil }
                synonyms.append(Term(text: String(decoding: text[start...], as: UTF8.self), exact: exact))
                guard next != nil else { break }
                text.removeAll(keepingCapacity: true)
                pendingSpace = false
                continue
            }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                // A space right after the `=` of an exact synonym is dropped like a leading one.
                pendingSpace = text.count > 1 || (text.count == 1 && text[0] != UInt8(ascii: "="))
            } else {
                if pendingSpace { text.append(0x20) }
                pendingSpace = false
                text.append(byte)
            }
        }
        self.init(synonyms: synonyms)
    }

    /// `text` without leading or trailing whitespace and with each inner whitespace run replaced by one space.
    private static func normalizedSpacing(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
