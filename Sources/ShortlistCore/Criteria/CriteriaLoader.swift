import Foundation
import Yams

/// Loads a criteria file (YAML) into a validated ``CriteriaSet``.
///
/// Every problem in the file is reported at once, each pointing at `file:line:column` with a hint:
///
///     do {
///         let criteria = try CriteriaLoader.load(path: "role.yaml")
///     } catch {
///         print(error)  // role.yaml:14:5: unknown key 'wieght' (did you mean 'weight'?)
///     }
public enum CriteriaLoader {
    /// Reads and validates the criteria file at `path`.
    ///
    /// - Throws: ``CriteriaErrors`` listing every problem in file order, including a file that cannot be read,
    ///   is not UTF-8 or is not valid YAML.
    public static func load(path: String) throws(CriteriaErrors) -> CriteriaSet {
        try loadWithBytes(path: path).criteria
    }

    /// `load(path:)`, also returning the bytes that were parsed, so a run's manifest records the SHA-256 of exactly
    /// the criteria it applied (a second read could see a file edited in between).
    static func loadWithBytes(path: String) throws(CriteriaErrors) -> (criteria: CriteriaSet, bytes: Data) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CriteriaErrors(fileError(path, "cannot read the criteria file: there is no such file"))
        }
        guard !isDirectory.boolValue else {
            throw CriteriaErrors(fileError(path, "cannot read the criteria file: it is a folder, not a file"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CriteriaErrors(fileError(path, "cannot read the criteria file: \(error.localizedDescription)"))
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw CriteriaErrors(
                CriteriaError(
                    path: path, line: 0, column: 0, message: "the criteria file is not UTF-8 text",
                    hint: "save it as UTF-8 in your editor"
                )
            )
        }
        return (try parse(yaml: yaml, path: path), data)
    }

    /// Validates criteria written as YAML text; `path` only names the file in messages.
    ///
    /// - Throws: ``CriteriaErrors`` listing every problem in file order.
    public static func parse(yaml: String, path: String) throws(CriteriaErrors) -> CriteriaSet {
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
        let root: Node?
        // A file without '!' has no explicit tags. Its keys that are equal with resolved types are then equal as text
        // too, so composing it untyped (Yams' basic resolver) finds every duplicate key the default resolver does, and
        // more (`1` and "1"). Whenever that fails, for this or any other reason, the file is composed again with
        // types, so that every error is the one the default resolver gives.
        let bang = UInt8(ascii: "!")
        var typesPlainScalarsByText =
            !(text.utf8.withContiguousStorageIfAvailable { $0.contains(bang) }
            ?? text.utf8.contains(bang))
        do {
            if typesPlainScalarsByText, let untyped = try? Yams.compose(yaml: text, .basic, .default, .utf8) {
                root = untyped
            } else {
                typesPlainScalarsByText = false
                root = try Yams.compose(yaml: text, resolver, .default, .utf8)
            }
        } catch {
            throw CriteriaErrors(syntaxError(error, in: text, path: path))
        }
        guard let root else {
            throw CriteriaErrors(
                CriteriaError(
                    path: path, line: 1, column: 1, message: "the criteria file is empty",
                    hint: "it needs at least 'role:' and a 'criteria:' list"
                )
            )
        }
        var reader = CriteriaFileReader(path: path, typesPlainScalarsByText: typesPlainScalarsByText)
        guard let criteria = reader.readCriteriaSet(from: root), reader.errors.isEmpty else {
            throw CriteriaErrors(reader.errors)
        }
        return criteria
    }

    /// Yams' default resolver behind one rule that recognises, in a single regular expression, the plain scalars
    /// that none of the default rules match.
    ///
    /// Resolving a tag runs the resolver's regular expressions in order until one matches, so with the default
    /// resolver every plain word (`id`, `weight`, `swift`) runs all seven of them, both when Yams checks a mapping for
    /// duplicate keys and when a value's type is read. The extra rule resolves those words to `str` in one match and
    /// never matches anything a default rule does: every other rule's text starts with one of `-+0-9.<~=`, or is a
    /// yes/no or null word, or is empty (`^$` also matches a lone line terminator). Tags are therefore exactly those
    /// of the default resolver.
    ///
    /// Used for files with tags, for files whose untyped composition failed, and for the plain scalars that
    /// ``CriteriaFileReader/typeName(ofPlain:)`` does not type by itself.
    static let resolver: Resolver = {
        let plainWord =
            #"^(?!(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$)"#
            + #"[^\-+0-9.<~=\n\u000B\u000C\r\u0085\u2028\u2029]"#
        guard let rule = try? Resolver.Rule(.str, plainWord) else { return .default }
        return Resolver.default.rules.reduce(Resolver.basic.appending(rule)) { $0.appending($1) }
    }()

    private static func fileError(_ path: String, _ message: String) -> CriteriaError {
        CriteriaError(path: path, line: 0, column: 0, message: message)
    }

    /// Turns a Yams failure into a positioned error; Yams' own description (with its source excerpt) never leaks.
    static func syntaxError(_ error: any Error, in yaml: String, path: String) -> CriteriaError {
        let hint = "check the indentation, the colons and that every quote is closed"
        guard let yamlError = error as? YamlError else {
            return CriteriaError(path: path, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _):
            if character(at: mark, in: yaml) == "\t" {
                return CriteriaError(
                    path: path, line: mark.line, column: mark.column, message: "a tab is used for indentation",
                    hint: "YAML indents with spaces only; replace the tab with spaces"
                )
            }
            if problem.hasPrefix("mapping values are not allowed") {
                return CriteriaError(
                    path: path, line: mark.line, column: mark.column, message: "invalid YAML: unexpected ':'",
                    hint: "put text that contains ': ' in quotes; otherwise check the indentation of this line"
                )
            }
            let contextHint = context.map { "\($0.text) at line \($0.mark.line); \(hint)" }
            return CriteriaError(
                path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)",
                hint: contextHint ?? hint
            )
        case .composer(let context, let problem, let mark, _):
            if let context, context.text.contains("single document") {
                return CriteriaError(
                    path: path, line: mark.line, column: mark.column,
                    message: "a criteria file holds one YAML document, but a second one starts here",
                    hint: "remove the '---' line and everything after it, or move it to its own file"
                )
            }
            return CriteriaError(
                path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)", hint: hint
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return CriteriaError(
                path: path, line: context.mark.line, column: context.mark.column,
                message: duplicates.count == 1
                    ? "key \(keys) is written twice in the same place"
                    : "keys \(keys) are written twice in the same place",
                hint: "keep only one of each"
            )
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { position(ofCharacterOffset: $0, in: yaml) } ?? (1, 1)
            return CriteriaError(
                path: path, line: line, column: column, message: "invalid character: \(problem)",
                hint: "remove the character or save the file as plain UTF-8 text"
            )
        default:
            return CriteriaError(path: path, line: 1, column: 1, message: "invalid YAML: \(yamlError)")
        }
    }

    /// The Unicode scalar a Yams mark points at, if the mark lies inside `text`.
    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column <= scalars.count ? scalars[mark.column - 1] : nil
    }

    /// 1-based line and column (in Unicode scalars, like Yams' marks) of the character at `offset` in `text`.
    private static func position(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        let before = text[..<end]
        let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(where: \.isNewline).map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }
}
