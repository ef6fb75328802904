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
    init?(parsing entry: String) {
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

    /// `text` without leading or trailing whitespace and with each inner whitespace run replaced by one space.
    private static func normalizedSpacing(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
