/// Decides what a file is from its content; the extension only breaks ties.
enum FormatSniffer {
    /// A recognised non-resume binary format, named for the error message.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let magic: [(prefix: [UInt8], name: String)] = [
            (Array("%PDF".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Microsoft Office document"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
            ([0x1F, 0x8B], "a gzip archive"),
            (Array("{\\rtf".utf8), "an RTF document"),
        ]
        for entry in magic where bytes.starts(with: entry.prefix) { return entry.name }
        return nil
    }

    /// True for a ZIP file (a DOCX, or an archive): a local-file header first, or the end record of an empty archive.
    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// True when decoded text is mostly control characters: random binary that happened to decode.
    /// - Complexity: O(n) over the first 4 KiB of UTF-8, in one loop without branches, so that it is vectorized.
    static func looksBinary(_ text: String) -> Bool {
        var text = text
        return text.withUTF8Span { utf8 in
            let head = utf8.extracting(first: 4096)
            // At most 4,096 of each: 16-bit counts, which keep the vectors wide.
            var continuations: UInt16 = 0
            var suspicious: UInt16 = 0
            var previous: (UInt8, UInt8) = (0, 0)
            for index in 0..<head.count {
                let byte = head[index]
                continuations &+= UInt16(byte &- 0x80 < 0x40 ? 1 : 0)
                // Controls, less tab and line feed (0x09, 0x0A) and form feed and carriage return (0x0C, 0x0D).
                suspicious &+= UInt16(byte < 0x20 ? 1 : 0) &- UInt16(byte &- 0x09 < 2 ? 1 : 0)
                suspicious &-= UInt16(byte &- 0x0C < 2 ? 1 : 0)
                // U+FFFD, the mark of bytes that did not decode.
                suspicious &+= UInt16((previous.0 ^ 0xEF) | (previous.1 ^ 0xBF) | (byte ^ 0xBD) == 0 ? 1 : 0)
                previous = (previous.1, byte)
            }
            // Count characters, not bytes: random bytes read as Windows-1252 become two-byte characters.
            let total = head.count - Int(continuations)
            return total > 0 && Int(suspicious) * 10 > total
        }
    }

    /// The markup format, or `.text` when the content does not start like markup.
    /// - Complexity: O(n) over the first 2 KiB of UTF-8, read in place; ASCII letters compared case-insensitively.
    static func format(of text: String, pathExtension: String) -> DocumentFormat {
        var text = text
        let sniffed = text.withUTF8Span { utf8 -> DocumentFormat? in
            let count = min(utf8.count, 2048)
            var start = 0
            while start < count, SimpleText.isWhitespace(utf8[start]) { start += 1 }
            if count - start >= 3, utf8[start] == 0xEF, utf8[start + 1] == 0xBB, utf8[start + 2] == 0xBF { start += 3 }
            guard start < count, utf8[start] == 0x3C else { return .text }
            let head = start..<count
            func starts(_ prefix: [UInt8]) -> Bool {
                guard prefix.count <= head.count else { return false }
                for offset in prefix.indices where lowered(utf8[start + offset]) != prefix[offset] { return false }
                return true
            }
            let hasHTMLElement = htmlElements.occurs(in: utf8, head)
            if starts(xmlDeclaration) || (starts(doctype) && !starts(htmlDoctype)) {
                if hasHTMLElement { return xhtmlNamespace.occurs(in: utf8, head) ? .xhtml : .html }
                return .xml
            }
            if hasHTMLElement || starts(htmlDoctype) { return .html }
            if htmlTags.occurs(in: utf8, head) { return .html }
            if head.count > 1 {
                let second = lowered(utf8[start + 1])
                if (second >= 0x61 && second <= 0x7A) || second >= 0x80 { return .xml }
            }
            return nil
        }
        if let sniffed { return sniffed }
        return pathExtension == "html" || pathExtension == "htm" ? .html : .text
    }

    private static let htmlElements = ASCIIKeywords(["<html", "<body", "<head"])
    private static let xhtmlNamespace = ASCIIKeywords(["http://www.w3.org/1999/xhtml"])
    private static let htmlTags = ASCIIKeywords([
        "<div", "<p>", "<p ", "<h1", "<h2", "<table", "<ul", "<section", "<span", "<br",
    ])
    private static let xmlDeclaration = Array("<?xml".utf8)
    private static let doctype = Array("<!doctype".utf8)
    private static let htmlDoctype = Array("<!doctype html".utf8)
}
