import Mustache

/// The HTML escaping of Shortlist's pages: the same five characters as swift-mustache's default HTML content type
/// (`&`, `<`, `>`, `"`, `'`), over UTF-8 bytes instead of `Character`s with a dictionary lookup each — which made
/// escaping most of the cost of a 20 MB `report.html`. Templates select it with `{{% CONTENT_TYPE: SHORTLIST_HTML }}`.
struct HTMLEscaping: MustacheContentType {
    static let name = "SHORTLIST_HTML"

    /// The pragma that starts every Shortlist template; registers the content type on first use.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name) }}"
    }

    private static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    /// - Complexity: O(n) in UTF-8 bytes; no allocation when nothing needs escaping.
    static func escape(_ text: String) -> String {
        var text = text
        guard needsEscaping(&text) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        append(text, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `text` to `html`, with `&`, `<`, `>`, `"` and `'` replaced by entities.
    /// - Complexity: O(n) in UTF-8 bytes.
    static func append(_ text: String, to html: inout [UInt8]) {
        var text = text
        guard needsEscaping(&text) else { return html.append(contentsOf: text.utf8) }
        for byte in text.utf8 {
            switch byte {
            case 0x26: html.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: html.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: html.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: html.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: html.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: html.append(byte)
            }
        }
    }

    /// Whether `text` has a byte to escape, read through a `Span` (about half the time of `utf8.contains(where:)`).
    private static func needsEscaping(_ text: inout String) -> Bool {
        text.withUTF8Span { bytes in
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
                default: index += 1
                }
            }
            return false
        }
    }
}
