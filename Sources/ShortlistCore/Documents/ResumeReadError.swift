/// Why a file could not be read as a resume. Each case reads as a sentence for the `error` row.
public enum ResumeReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case unparseable(detail: String)
    case tooLarge(bytes: Int, limit: Int)
    /// A readable ZIP archive that is not a Word document (the caller knows whether it sits inside another archive).
    case archive
    /// A ZIP file whose table of contents cannot be read, so it is neither a usable DOCX nor a usable archive.
    case damagedZIP(detail: String)
    /// A Word document whose parts cannot be read (damaged, over a limit).
    case unreadableWordDocument(detail: String)
    /// JSON that does not parse.
    case malformedJSON(detail: String)
    /// Well-formed JSON that is not a JSON Resume.
    case notJSONResume

    public var description: String {
        switch self {
        case .empty:
            "the file is empty or contains only whitespace"
        case .binary(let kind):
            "the file is \(kind), not HTML, XML or text; export it as HTML or plain text and screen it again"
        case .unparseable(let detail):
            "the file could not be parsed: \(detail)"
        case .tooLarge(let bytes, let limit):
            "the file is \(bytes) bytes, over the \(limit)-byte limit for one resume"
        case .archive:
            "the file is a ZIP archive, not a Word document"
        case .damagedZIP(let detail):
            "the file is a ZIP file (a DOCX or an archive) that cannot be read: \(detail)"
        case .unreadableWordDocument(let detail):
            "the Word document cannot be read: \(detail)"
        case .malformedJSON(let detail):
            "the file is malformed JSON (\(detail)); fix it or export the resume again"
        case .notJSONResume:
            "the file is JSON but not a JSON Resume (jsonresume.org): it has neither 'basics' nor 'work'"
        }
    }
}
