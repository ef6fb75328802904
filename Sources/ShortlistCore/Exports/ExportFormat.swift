import Foundation

/// An applicant-tracking-system format that `shortlist screen --export` writes the shortlisted candidates in.
///
/// ```swift
/// let formats = try ExportFormat.parse(["greenhouse,lever", "hropen"])  // [.greenhouse, .lever, .hrOpen]
/// ```
public enum ExportFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Greenhouse Recruiting's bulk-import spreadsheet: `exports/greenhouse.csv`.
    case greenhouse
    /// Lever's bulk candidate import CSV: `exports/lever.csv`.
    case lever
    /// One jsonresume.org document per candidate: `exports/jsonresume/<candidate_id>.json`.
    case jsonResume = "jsonresume"
    /// One HR-XML (HR-Open) candidate document per candidate: `exports/hropen/<candidate_id>.xml`.
    case hrOpen = "hropen"

    public static func < (lhs: ExportFormat, rhs: ExportFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The formats named in `--export` values, each of which may list several separated by commas; duplicates are
    /// dropped and the result is in a fixed order, so the outputs do not depend on how the option was written.
    ///
    /// - Throws: `ExportFormatError` naming the first value that is not a format.
    public static func parse(_ values: [String]) throws(ExportFormatError) -> [ExportFormat] {
        var formats = Set<ExportFormat>()
        for value in values {
            for name in value.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard let format = ExportFormat(rawValue: trimmed) else {
                    throw ExportFormatError(value: String(name))
                }
                formats.insert(format)
            }
        }
        return formats.sorted()
    }
}

/// An `--export` value that names no format; the message lists the formats there are.
public struct ExportFormatError: Error, Sendable, CustomStringConvertible {
    public var value: String

    public var description: String {
        "--export must be one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'"
    }
}
