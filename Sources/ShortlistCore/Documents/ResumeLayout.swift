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
        // Most fragments are words of printable ASCII between single spaces, perhaps with ASCII whitespace around
        // them: nothing inside to collapse, so their bytes are copied in one go and the whitespace dropped after.
        if let plain = fragment.withUTF8Span(Self.plainWords) {
            guard !plain.words.isEmpty else {
                // Only whitespace: a space if text came before (an empty fragment changes nothing).
                if plain.spaceBefore { pendingSpace = !bytes.isEmpty }
                return
            }
            // Whitespace before the words leaves a space pending after earlier text, as the byte loop below does.
            if plain.spaceBefore ? !bytes.isEmpty : pendingSpace { bytes.append(0x20) }
            let start = bytes.count
            bytes.append(contentsOf: fragment.utf8)
            bytes.removeLast(fragment.utf8.count - plain.words.upperBound)
            bytes.removeSubrange(start..<(start + plain.words.lowerBound))
            pendingSpace = plain.spaceAfter
            return
        }
        var pendingSpace = self.pendingSpace
        var hasText = !bytes.isEmpty
        fragment.withUTF8Span { buffer in
            let count = buffer.count
            // At most every byte plus one pending space: written through an OutputSpan, with no per-byte
            // uniqueness or capacity checks on the array.
            bytes.append(addingCapacity: count + 1) { output in
                var index = 0
                while index < count {
                    let byte = buffer[index]
                    // Most bytes are runs of printable ASCII: copied in one loop, without the whitespace tests below.
                    if byte > 0x20 && byte < 0x80 {
                        if pendingSpace {
                            output.append(0x20)
                            pendingSpace = false
                        }
                        hasText = true
                        repeat {
                            output.append(buffer[index])
                            index += 1
                        } while index < count && buffer[index] > 0x20 && buffer[index] < 0x80
                        continue
                    }
                    let width = SimpleText.whitespaceWidth(buffer, at: index, end: count)
                    if width > 0 {
                        pendingSpace = hasText
                        index += width
                        continue
                    }
                    if pendingSpace {
                        output.append(0x20)
                        pendingSpace = false
                    }
                    output.append(byte)
                    hasText = true
                    index += 1
                }
            }
        }
        self.pendingSpace = pendingSpace
    }

    /// The words of `bytes` when they are printable ASCII joined by single spaces, and whether ASCII whitespace comes
    /// before and after them; nil for any other text, which `add` reads byte by byte.
    private static func plainWords(_ bytes: Span<UInt8>) -> (spaceBefore: Bool, words: Range<Int>, spaceAfter: Bool)? {
        var start = 0
        while start < bytes.count, SimpleText.isWhitespace(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, SimpleText.isWhitespace(bytes[end - 1]) { end -= 1 }
        // A byte outside printable ASCII and space, or a second space in a row, leaves work for the byte loop. Tested
        // without branches: spaces come every few bytes, and a branch on each would be mispredicted as often.
        var flaws: UInt8 = 0
        var previous: UInt8 = 0
        for index in start..<end {
            let byte = bytes[index]
            flaws |= (byte &- 0x20 >= 0x60 ? 1 : 0) | ((byte ^ 0x20) | (previous ^ 0x20) == 0 ? 1 : 0)
            previous = byte
        }
        return flaws == 0 ? (start > 0, start..<end, end < bytes.count) : nil
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
