import LibXMLBridge

/// The class and id selectors of a document's style sheets whose rules hide text (`.ats { color:#fff;
/// font-size:1px }`). Only simple selectors are understood; that covers how keyword stuffing is hidden in practice.
struct CSSHiddenSelectors {
    private(set) var classes: Set<String> = []
    private(set) var ids: Set<String> = []

    /// Reads the rules of one style sheet.
    /// - Complexity: O(n) over the sheet's UTF-8 bytes; no String is made unless a rule hides text.
    mutating func read(_ sheet: String) {
        // Most style sheets hide nothing: skip the parse unless a hiding property or white can appear.
        var sheet = sheet
        guard sheet.withUTF8Span({ Self.hidingHints.occurs(in: $0, 0..<$0.count) }) else { return }
        let bytes = Array(sheet.utf8)
        var position = 0
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "{")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            let selectors = bytes[position..<open]
            position = close + 1
            guard HTMLLayoutReader.hidesText(declarations: bytes[(open + 1)..<close]) else { continue }
            for selector in selectors.split(separator: UInt8(ascii: ",")) {
                // The last compound of `div > p .ats`: whitespace (CRLF and tabs too) and `>` separate compounds.
                let parts = selector.split(whereSeparator: { $0 == 0x20 || $0 == 0x3E || ($0 >= 0x09 && $0 <= 0x0D) })
                guard let last = parts.last else { continue }
                if let dot = last.lastIndex(of: UInt8(ascii: ".")) {
                    classes.insert(Self.lowercased(last[(dot + 1)...]))
                } else if let hash = last.lastIndex(of: UInt8(ascii: "#")) {
                    ids.insert(Self.lowercased(last[(hash + 1)...]))
                }
            }
        }
    }

    /// Words one of which a rule that hides text must contain: a hiding property, or white.
    private static let hidingHints = ASCIIKeywords(["none", "hidden", "font-size", "opacity", "#fff", "white", "255"])

    func hides(_ element: MarkupElement) -> Bool {
        guard !classes.isEmpty || !ids.isEmpty else { return false }
        if let id = element.attribute("id"), ids.contains(id.lowercased()) { return true }
        guard let classList = element.attribute("class") else { return false }
        return classList.split(separator: " ").contains { classes.contains($0.lowercased()) }
    }

    private static func lowercased(_ name: ArraySlice<UInt8>) -> String {
        String(decoding: name, as: UTF8.self).lowercased()
    }
}
