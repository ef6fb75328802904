import Foundation

/// One problem in a file that `decide`, `feedback` or `audit` reads, pointing at the line to fix.
///
/// Its description reads as one line with what to do in parentheses:
///
///     decisions.csv:4: unknown decision 'maybe' (write advance, reject or hold)
public struct FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as it was named on the command line.
    public var file: String
    /// 1-based line where the problem starts; nil when it concerns the whole file.
    public var line: Int?
    /// What is wrong and, in parentheses, what to do.
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The system's reason for a failed read or write, in a few lowercase words (`no such file or folder`).
    static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return reason(errno: posix.code.rawValue) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return reason(errno: Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return reason(errno: Int32(nsError.code)) }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileReadNoSuchFile, .fileNoSuchFile: return reason(errno: ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
            case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
            default: break
            }
        }
        return nsError.localizedDescription
    }

    static func reason(errno code: Int32) -> String {
        switch code {
        case EISDIR: "it is a folder"
        case ENOSPC: "no space left on the device"
        case EROFS: "the file system is read-only"
        default: InputEnumerator.errnoDescription(code)
        }
    }

    /// `file:line: message`, or `file: message` when the problem has no line.
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }
}

/// Why `decide`, `feedback` or `audit` stopped: every problem found, in file order, each naming its file and line.
public struct OversightError: Error, Sendable, CustomStringConvertible {
    /// Never empty.
    public var problems: [FileProblem]

    init(_ problems: [FileProblem]) {
        precondition(!problems.isEmpty, "OversightError needs at least one problem")
        self.problems = problems
    }

    init(_ problem: FileProblem) {
        problems = [problem]
    }

    /// The problems, one per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension OversightError: LocalizedError {
    public var errorDescription: String? { description }
}
