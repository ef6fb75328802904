/// The UTF-8 bytes of an HTML fragment in which markup can only come from string literals and every other text is
/// escaped (`HTMLEscaping`): a value read from a resume has no way to reach the page as markup.
///
/// ```swift
/// var html = HTMLWriter()
/// html.markup("<p class=\"note\">")
/// html.text(candidateName)  // "<b>" arrives as "&lt;b&gt;"
/// html.markup("</p>")
/// ```
struct HTMLWriter {
    /// Markup written by Shortlist: a string literal (no interpolation), never a value.
    struct Markup: ExpressibleByStringLiteral {
        fileprivate let html: String

        init(stringLiteral html: String) {
            self.html = html
        }
    }

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func markup(_ markup: Markup) {
        bytes.append(contentsOf: markup.html.utf8)
    }

    /// Appends `text` HTML-escaped.
    mutating func text(_ text: String) {
        HTMLEscaping.append(text, to: &bytes)
    }

    /// Appends the elements of `texts` HTML-escaped, with `separator` between them (as `joined(separator:)` would).
    mutating func text(_ texts: [String], separator: Markup) {
        for (index, text) in texts.enumerated() {
            if index > 0 { markup(separator) }
            self.text(text)
        }
    }

    /// Appends the decimal digits of `number` (no escaping needed).
    mutating func text(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }
}
