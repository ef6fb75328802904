/// Lays out a plain-text resume: one line per source line (so line numbers match the file), with sections started
/// by heading lines ("EXPERIENCE", "Work History:", a heading underlined with `====` or `----`).
enum PlainTextLayoutReader {
    static func read(_ text: String, notes: ParseNotes) -> ResumeLayout {
        var layout = ResumeLayout()
        layout.notes = notes
        let lines = splitLines(text)
        var section = SectionKind.other
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace()
            let underlined = index + 1 < lines.count && isUnderline(lines[index + 1])
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
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    private static func isUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count >= 3, let first = trimmed.first, "=-_~*#".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
