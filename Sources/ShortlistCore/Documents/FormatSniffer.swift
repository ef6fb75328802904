/// Decides what a file is from its content; the extension only breaks ties.
enum FormatSniffer {
    /// A recognised non-resume binary format, named for the error message.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let magic: [(prefix: [UInt8], name: String)] = [
            (Array("%PDF".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (DOCX or similar)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Microsoft Office document"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
            ([0x1F, 0x8B], "a gzip archive"),
            (Array("{\\rtf".utf8), "an RTF document"),
        ]
        for entry in magic where bytes.starts(with: entry.prefix) { return entry.name }
        return nil
    }

    /// True when decoded text is mostly control characters: random binary that happened to decode.
    static func looksBinary(_ text: String) -> Bool {
        var total = 0
        var control = 0
        for scalar in text.unicodeScalars.prefix(4096) {
            total += 1
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C) || value == 0xFFFD {
                control += 1
            }
        }
        return total > 0 && control * 10 > total
    }

    /// The markup format, or `.text` when the content does not start like markup.
    static func format(of text: String, pathExtension: String) -> DocumentFormat {
        var head = Substring(text.prefix(2048))
        while let first = head.first, first.isWhitespace || first == "\u{FEFF}" { head = head.dropFirst() }
        guard head.first == "<" else { return .text }
        let lower = head.lowercased()
        let hasHTMLElement = lower.contains("<html") || lower.contains("<body") || lower.contains("<head")
        if lower.hasPrefix("<?xml") || (lower.hasPrefix("<!doctype") && !lower.hasPrefix("<!doctype html")) {
            if hasHTMLElement { return lower.contains("http://www.w3.org/1999/xhtml") ? .xhtml : .html }
            return .xml
        }
        if hasHTMLElement || lower.hasPrefix("<!doctype html") { return .html }
        let htmlTags = ["<div", "<p>", "<p ", "<h1", "<h2", "<table", "<ul", "<section", "<span", "<br"]
        if htmlTags.contains(where: lower.contains) { return .html }
        if let second = lower.dropFirst().first, second.isLetter { return .xml }
        return pathExtension == "html" || pathExtension == "htm" ? .html : .text
    }
}
