/// Lays out a plain-text resume: one line per source line (so line numbers match the file), with sections started
/// by heading lines ("EXPERIENCE", "Work History:", a heading underlined with `====` or `----`).
enum PlainTextLayoutReader {
    static func read(_ text: String, notes: ParseNotes) -> ResumeLayout {
        var layout = ResumeLayout()
        layout.notes = notes
        let lines = splitLines(text)
        var section = SectionKind.other
        var rawIsUnderline = lines.first.map(isUnderline) ?? false
        for (index, raw) in lines.enumerated() {
            let nextIsUnderline = index + 1 < lines.count && isUnderline(lines[index + 1])
            defer { rawIsUnderline = nextIsUnderline }
            // Headings are short: long lines skip the classification and its Unicode work entirely.
            let candidate = raw.utf8.count <= 80
            let line = candidate ? raw.trimmingWhitespace() : ""
            let underlined = candidate && nextIsUnderline
            if !line.isEmpty, !rawIsUnderline, let kind = SectionHeadings.classify(line, emphasized: underlined) {
                section = kind
                layout.append(String(raw), section: kind, heading: true)
            } else {
                layout.append(String(raw), section: section)
            }
        }
        return layout
    }

    /// Lines split on LF, CRLF or CR; a form feed or NUL is read as whitespace.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Substring(text[start..<index]))
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(Substring(text[start..<utf8.endIndex]))
        return lines
    }

    /// A line of one repeated rule character (`====`, `----`, `~~~`…), at least three long, between whitespace.
    static func isUnderline(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard utf8.count >= 3, utf8.count <= 200 else { return false }
        // ASCII lines (nearly all) are decided on bytes; others go through Character's Unicode whitespace.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return isUnderlineUnicode(line) }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) })
        else { return false }
        let rule = utf8[start...end]
        guard rule.count >= 3, let first = rule.first, "=-_~*#".utf8.contains(first) else { return false }
        return rule.allSatisfy { $0 == first }
    }

    private static func isUnderlineUnicode(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count >= 3, let first = trimmed.first, "=-_~*#".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
