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
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

/// Accumulates inline text into one line, collapsing whitespace runs to single spaces.
struct LineAccumulator {
    private(set) var text = ""
    private var pendingSpace = false

    var isEmpty: Bool { text.isEmpty }

    mutating func add(_ fragment: String) {
        for scalar in fragment.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
            } else {
                if pendingSpace {
                    text.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                text.unicodeScalars.append(scalar)
            }
        }
    }

    /// Marks a soft break (between inline blocks): a space if more text follows.
    mutating func softBreak() {
        if !text.isEmpty { pendingSpace = true }
    }

    mutating func take() -> String {
        defer {
            text = ""
            pendingSpace = false
        }
        return text
    }
}
