import Foundation

/// One problem in a criteria file, pointing at the place to fix.
///
/// Its description reads as one line a recruiter can act on, with the hint in parentheses:
///
///     role.yaml:14:5: unknown key 'wieght' (did you mean 'weight'?)
public struct CriteriaError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The criteria file as it was named on the command line.
    public var path: String
    /// 1-based line of the problem; 0 when it concerns the whole file (for example, the file cannot be read).
    public var line: Int
    /// 1-based column of the problem, counted in Unicode scalars; 0 when `line` is 0.
    public var column: Int
    /// What is wrong, e.g. `unknown key 'wieght'`.
    public var message: String
    /// What to do about it, e.g. `did you mean 'weight'?`.
    public var hint: String?

    public init(path: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: message (hint)`, or `path: message (hint)` when the error has no position.
    public var description: String {
        let location = line > 0 ? "\(path):\(line):\(column)" : path
        guard let hint else { return "\(location): \(message)" }
        return "\(location): \(message) (\(hint))"
    }
}

extension CriteriaError: LocalizedError {
    public var errorDescription: String? { description }
}

/// Every problem found in one criteria file, in the order they appear in the file.
///
/// Its description has one ``CriteriaError`` per line:
///
///     role.yaml:9:5: unknown key 'wieght' (did you mean 'weight'?)
///     role.yaml:14:11: empty term "aws | " in 'all' (write a term on both sides of every '|')
public struct CriteriaErrors: Error, CustomStringConvertible, Sendable, Equatable {
    /// The problems, sorted by line and column; never empty.
    public var errors: [CriteriaError]

    /// Collects `errors`, which must not be empty, in file order.
    init(_ errors: [CriteriaError]) {
        precondition(!errors.isEmpty, "CriteriaErrors needs at least one error")
        let ordered = errors.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }
        self.errors = ordered.map(\.element)
    }

    /// One problem on its own.
    init(_ error: CriteriaError) {
        self.errors = [error]
    }

    /// The first problem in the file.
    public var first: CriteriaError { errors[0] }

    /// The problems, one per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension CriteriaErrors: LocalizedError {
    public var errorDescription: String? { description }
}
