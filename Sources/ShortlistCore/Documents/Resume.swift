/// How a resume was written, as sniffed from its content (the extension is only a hint).
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case html
    case xhtml
    /// Generic XML.
    case xml
    /// An HR-Open / HR-XML style candidate document.
    case hrOpen = "hr-open-xml"
    case text
    /// A Word document (WordprocessingML in a ZIP package).
    case docx
    /// A JSON Resume (jsonresume.org schema).
    case jsonResume = "json-resume"
}

/// The text encoding the bytes were decoded from.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
    /// Another charset declared by the document (`<meta charset=iso-8859-2>`), decoded with Foundation.
    case declared = "declared-charset"
}

/// A year and month; month 1–12. "2019" alone is read as January (start) or December (end).
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, for arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public var description: String { year.description + "-" + (month < 10 ? "0" : "") + month.description }
}

/// A role's span: "Jan 2018 – Present", "2015-2019", "03/2016 to 11/2019".
public struct DateRange: Sendable, Hashable, Codable {
    public var start: YearMonth
    /// nil means ongoing ("Present", "now", "current"): the run's reference date.
    public var end: YearMonth?

    public init(start: YearMonth, end: YearMonth?) {
        self.start = start
        self.end = end
    }

    public var isOngoing: Bool { end == nil }
}

/// The candidate's contact details as found in the resume.
public struct Contact: Sendable, Hashable, Codable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public var location: String?
    public var links: [String] = []

    public init(
        name: String? = nil, email: String? = nil, phone: String? = nil, location: String? = nil,
        links: [String] = []
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.location = location
        self.links = links
    }
}

/// A run of lines of `Resume.text` under one heading.
public struct Section: Sendable, Hashable {
    public var kind: SectionKind
    /// The heading as written, when there was one.
    public var heading: String?
    /// 1-based, inclusive line numbers in `Resume.text`.
    public var lines: ClosedRange<Int>
    /// The section's text.
    public var text: Substring
}

/// One job in the experience section.
public struct ExperienceEntry: Sendable, Hashable {
    public var title: String?
    public var employer: String?
    public var dates: DateRange?
    /// 1-based, inclusive lines of `Resume.text` that describe this role (its evidence belongs to it).
    public var lines: ClosedRange<Int>
}

/// One degree or diploma in the education section.
public struct EducationEntry: Sendable, Hashable {
    public var level: EducationLevel?
    public var field: String?
    public var institution: String?
    public var year: Int?
    /// 1-based, inclusive lines of `Resume.text` of this entry.
    public var lines: ClosedRange<Int>
}

/// What the reader noticed about the document itself, for escalation and for the explanation.
public struct ParseNotes: Sendable, Hashable {
    public var encoding: TextEncoding = .utf8
    /// The markup parser had to recover from errors (malformed HTML, truncated XML).
    public var recovered = false
    /// libxml2's first error, as "code N at line L" (never libxml2's message text, which can quote content).
    public var parserIssue: String?
    /// Text beyond the per-document caps was dropped.
    public var truncated = false
    /// Text hidden from a human reader by CSS or attributes; not part of `text`, never scored.
    public var hiddenText = ""
    /// Entity references left unexpanded.
    public var skippedEntityReferences = 0

    public init() {}
}

/// A parsed resume: the readable text, where its sections are, and what was extracted from it.
public struct Resume: Sendable {
    /// The source path as given (for messages and outputs).
    public var path: String
    public var format: DocumentFormat
    /// The readable text, one block or source line per line.
    public var text: String
    /// UTF-8 offset where each line of `text` starts; `lineStarts[0] == 0`.
    public var lineStarts: [Int]
    /// The section of each line, indexed by line number - 1.
    public var lineSections: [SectionKind]
    public var sections: [Section]
    public var contact: Contact
    public var experience: [ExperienceEntry]
    public var education: [EducationEntry]
    public var notes: ParseNotes

    /// Number of lines in `text`.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line containing UTF-8 offset `offset` of `text`.
    /// - Complexity: O(log lines).
    public func line(atUTF8Offset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The section of 1-based `line`.
    public func section(ofLine line: Int) -> SectionKind {
        lineSections.indices.contains(line - 1) ? lineSections[line - 1] : .other
    }

    /// Readable characters (non-whitespace), the measure the low-text escalation rules use.
    public var readableCharacterCount: Int { Self.readableCharacters(in: text.utf8) }

    /// Non-whitespace characters in `utf8`: bytes above space that do not continue a multi-byte character.
    static func readableCharacters(in utf8: some Sequence<UInt8>) -> Int {
        var count = 0
        for byte in utf8 {
            // Without branches, so the loop vectorizes.
            let visible = byte > 0x20 ? 1 : 0
            let starts = byte & 0xC0 != 0x80 ? 1 : 0
            count &+= visible & starts
        }
        return count
    }
}
