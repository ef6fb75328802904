/// Collects the readable lines of a document, each tagged with its section, while a reader walks the source.
struct ResumeLayout {
    struct Line {
        var text: String
        var section: SectionKind
        var heading: Bool
    }

    private(set) var lines: [Line] = []
    /// Contact details the markup labelled explicitly (an `<h1>`, `class="email"`, `<FormattedName>`).
    var contactHints = Contact()
    /// Entries read from structured markup (HR-XML); when nil, they are extracted from the lines.
    var experience: [ExperienceEntry]?
    var education: [EducationEntry]?
    var notes = ParseNotes()

    /// The 1-based number the next appended line will get.
    var nextLineNumber: Int { lines.count + 1 }

    mutating func append(_ text: String, section: SectionKind, heading: Bool = false) {
        lines.append(Line(text: text, section: section, heading: heading))
    }

    mutating func setHint(_ keyPath: WritableKeyPath<Contact, String?>, _ value: String) {
        let trimmed = value.trimmingWhitespace()
        guard contactHints[keyPath: keyPath] == nil, !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return }
        contactHints[keyPath: keyPath] = trimmed
    }

    /// A hyperlink's target: `mailto:` gives the e-mail, `tel:` the phone, `http(s)://` a profile link.
    mutating func addHyperlink(_ target: String) {
        let lower = target.lowercased()
        if lower.hasPrefix("mailto:") {
            setHint(\.email, String(target.dropFirst(7).prefix(while: { $0 != "?" })))
        } else if lower.hasPrefix("tel:") {
            setHint(\.phone, String(target.dropFirst(4)))
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            addLink(target)
        }
    }

    mutating func addLink(_ link: String) {
        let trimmed = link.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 300, !contactHints.links.contains(trimmed),
            contactHints.links.count < 10
        else { return }
        contactHints.links.append(trimmed)
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace (including NBSP and line breaks).
    func trimmingWhitespace() -> String {
        let whole = String(self)
        // Fast path: nothing to trim at either end (ASCII check on the edge bytes).
        if let first = whole.utf8.first, let last = whole.utf8.last, first > 0x20, first < 0x80, last > 0x20,
            last < 0x80
        {
            return whole
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

/// Accumulates inline text into one line, collapsing whitespace runs to single spaces. Works on UTF-8 bytes:
/// ASCII whitespace, NBSP and the Unicode space characters count as whitespace.
struct LineAccumulator {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func add(_ fragment: String) {
        var fragment = fragment
        // Runs of visible bytes are copied whole; only the whitespace between them is looked at byte by byte.
        let utf8 = fragment.utf8
        var runStart = 0
        var index = 0
        fragment.withUTF8Span { buffer in
            let count = buffer.count
            while index < count {
                let width = Self.whitespaceWidth(buffer, at: index)
                guard width > 0 else {
                    index += 1
                    continue
                }
                appendRun(utf8, from: runStart, to: index)
                pendingSpace = !bytes.isEmpty
                index += width
                runStart = index
            }
        }
        appendRun(utf8, from: runStart, to: index)
    }

    private mutating func appendRun(_ utf8: String.UTF8View, from start: Int, to end: Int) {
        guard start < end else { return }
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        bytes.append(
            contentsOf: utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The byte length of the whitespace character at `index` (ASCII whitespace, NBSP, NEL, the Unicode spaces,
    /// line and paragraph separators, narrow NBSP, ideographic space), or 0.
    private static func whitespaceWidth(_ span: Span<UInt8>, at index: Int) -> Int {
        let count = span.count
        let byte = span[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte < 0x80 { return 0 }
        if byte == 0xC2, index + 1 < count, span[index + 1] == 0xA0 || span[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < count, span[index + 1] == 0x80,
            span[index + 2] <= 0x8A || span[index + 2] == 0xA8 || span[index + 2] == 0xA9 || span[index + 2] == 0xAF
        {
            return 3
        }
        if byte == 0xE3, index + 2 < count, span[index + 1] == 0x80, span[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// Marks a soft break (between inline blocks): a space if more text follows.
    mutating func softBreak() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    mutating func take() -> String {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
