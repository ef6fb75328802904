/// Lays out a plain-text resume: one line per source line (so line numbers match the file), with sections started
/// by heading lines ("EXPERIENCE", "Work History:", a heading underlined with `====` or `----`).
enum PlainTextLayoutReader {
    /// - Complexity: O(n) over the text's UTF-8; simple lines (see `SimpleText`) are trimmed and tested on bytes.
    static func read(_ text: String, notes: ParseNotes) -> ResumeLayout {
        var layout = ResumeLayout()
        layout.notes = notes
        var text = text
        text.makeContiguousUTF8()
        let source = text
        text.withUTF8Span { bytes in
            let lines = lineRanges(bytes)
            var section = SectionKind.other
            var rawIsUnderline = isUnderline(bytes, lines[0], in: source)
            for index in lines.indices {
                let range = lines[index]
                let nextIsUnderline = index + 1 < lines.count && isUnderline(bytes, lines[index + 1], in: source)
                defer { rawIsUnderline = nextIsUnderline }
                let raw = substring(source, range)
                // Headings are short: long lines skip the classification and its Unicode work entirely.
                var kind: SectionKind?
                if range.count <= 80, !rawIsUnderline {
                    let emphasized = nextIsUnderline
                    if SimpleText.isSimple(bytes.extracting(range)) {
                        // In simple text ASCII whitespace is the only whitespace, so the trim is a byte trim.
                        let line = SimpleText.trimmed(bytes, range)
                        if !line.isEmpty {
                            kind = SectionHeadings.classify(substring(source, line), emphasized: emphasized)
                        }
                    } else {
                        let line = raw.trimmingWhitespace()
                        if !line.isEmpty { kind = SectionHeadings.classify(line, emphasized: emphasized) }
                    }
                }
                if let kind {
                    section = kind
                    layout.append(String(raw), section: kind, heading: true)
                } else {
                    layout.append(String(raw), section: section)
                }
            }
        }
        return layout
    }

    /// The UTF-8 offsets of the lines of `bytes`, split on LF, CRLF or CR (a form feed or NUL is read as whitespace);
    /// there is always at least one.
    private static func lineRanges(_ bytes: Span<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(start..<index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(start..<bytes.count)
        return lines
    }

    /// The part of `source` at the UTF-8 offsets `range`, which fall on scalar boundaries.
    private static func substring(_ source: String, _ range: Range<Int>) -> Substring {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return source[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// Whether the line at `range` of `bytes` (the UTF-8 of `source`) is one repeated rule character (`====`, `----`,
    /// `~~~`…), at least three long, between whitespace.
    private static func isUnderline(_ bytes: Span<UInt8>, _ range: Range<Int>, in source: String) -> Bool {
        guard range.count >= 3, range.count <= 200 else { return false }
        // A rule has no letters or digits: an ASCII one, even with a combining mark, is a Character no rule holds.
        // Other ASCII lines are decided on bytes; the rest go through Character's Unicode whitespace.
        var ascii = true
        for index in range {
            let byte = bytes[index]
            if SimpleText.isLetter(byte) || SimpleText.isDigit(byte) { return false }
            if byte >= 0x80 { ascii = false }
        }
        guard ascii else { return isUnderlineUnicode(substring(source, range)) }
        let rule = SimpleText.trimmed(bytes, range)
        guard rule.count >= 3 else { return false }
        let first = bytes[rule.lowerBound]
        guard ruleCharacters.contains(first) else { return false }
        for index in rule where bytes[index] != first { return false }
        return true
    }

    private static let ruleCharacters: [UInt8] = Array("=-_~*#".utf8)

    private static func isUnderlineUnicode(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count >= 3, let first = trimmed.first, "=-_~*#".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
