/// Why a file could not be read as a resume. Each case reads as a sentence for the `error` row.
public enum ResumeReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case unparseable(detail: String)
    case tooLarge(bytes: Int, limit: Int)

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
        }
    }
}
