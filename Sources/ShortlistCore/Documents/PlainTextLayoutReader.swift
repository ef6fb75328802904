/// Lays out a plain-text resume: one line per source line (so line numbers match the file), with sections started
/// by heading lines ("EXPERIENCE", "Work History:", a heading underlined with `====` or `----`).
enum PlainTextLayoutReader {
    static func read(_ text: String, notes: ParseNotes) -> ResumeLayout {
        var layout = ResumeLayout()
        layout.notes = notes
        let lines = splitLines(text)
        var section = SectionKind.other
        for (index, raw) in lines.enumerated() {
            // Headings are short: long lines skip the classification and its Unicode work entirely.
            let candidate = raw.utf8.count <= 80
            let line = candidate ? raw.trimmingWhitespace() : ""
            let underlined = candidate && index + 1 < lines.count && isUnderline(lines[index + 1])
            if !line.isEmpty, !isUnderline(raw), let kind = SectionHeadings.classify(line, emphasized: underlined) {
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

    private static func isUnderline(_ line: Substring) -> Bool {
        guard line.utf8.count >= 3, line.utf8.count <= 200 else { return false }
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count >= 3, let first = trimmed.first, "=-_~*#".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
