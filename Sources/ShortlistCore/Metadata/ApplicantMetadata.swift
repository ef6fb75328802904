import CSV
import Foundation

/// The ATS's applicant list (`--metadata applicants.csv`): one row per applicant, joined onto screening results by
/// Shortlist candidate id or file stem, by resume file name, or by e-mail address.
///
/// The first line is a header. Column names are read case-insensitively, with spaces and hyphens as `_`; these
/// columns join (at least one is required):
/// - `candidate_id` (or `applicant_id`, `id`): Shortlist's `c_…` id from an earlier run, or the ATS's id when the
///   resume files are named after it (`10234` matches `dump.zip/resumes/10234.docx`);
/// - `file` (or `source_file`, `filename`, `file_name`, `resume`, `resume_file`): the resume's file name or path
///   inside the input (`jane.html`, `backend/jane.html`, `dump.zip/backend/jane.html`), case-insensitive;
/// - `email` (or `e_mail`, `email_address`): the address found in the resume, lowercased and trimmed.
///
/// Every other column (`name`, `job`, `source`, `stage`, …) is carried into `results.jsonl`; `name` (or `full_name`,
/// `first_name` + `last_name`) and `email` fill the CSV when the resume lacks them.
///
/// ```swift
/// let metadata = try ApplicantMetadata.load(path: "applicants.csv")
/// let row = metadata.match(candidateID: "c_0123456789ab", key: "dump.zip/jane.html", email: "jane@example.com")
/// ```
public struct ApplicantMetadata: Sendable {
    public struct Row: Sendable {
        /// 1-based line where the row starts.
        public var line: Int
        /// Non-empty cells by column name, join columns under their canonical names.
        public var fields: [String: String]
    }

    public var path: String
    /// SHA-256 of the file as read, for the manifest.
    public var sha256: String
    public var rows: [Row]
    private var byID: [String: Int] = [:]
    private var byFile: [String: Int] = [:]
    private var byEmail: [String: Int] = [:]

    /// Metadata files larger than this are refused (100,000 applicants take about 20 MB).
    public static let maxFileBytes = 256 << 20

    /// Columns that identify nobody and are kept under `--blind`; every other column is redacted.
    public static let blindSafeColumns: Set<String> = [
        "candidate_id", "file", "job", "job_id", "job_title", "requisition", "requisition_id", "role", "position",
        "source", "stage", "status", "applied", "applied_at", "applied_on", "date_applied",
    ]

    private static let aliases: [String: String] = [
        "candidate_id": "candidate_id", "applicant_id": "candidate_id", "id": "candidate_id",
        "file": "file", "source_file": "file", "filename": "file", "file_name": "file", "resume": "file",
        "resume_file": "file",
        "email": "email", "e_mail": "email", "email_address": "email",
    ]

    /// Reads and indexes the file.
    /// - Throws: `ApplicantMetadataError` for an unreadable file, a missing or unusable header, or a row whose field
    ///   count differs from the header's.
    /// - Complexity: O(file size).
    public static func load(path: String) throws(ApplicantMetadataError) -> ApplicantMetadata {
        let bytes = try readBytes(path)
        let text = TextDecoding.decode(bytes).text
        func failure(_ line: Int?, _ reason: String) -> ApplicantMetadataError {
            ApplicantMetadataError(path: path, line: line, reason: reason)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw failure(
                1,
                "the file is empty; the first line must be a header naming the columns (candidate_id, email, file, …)")
        }
        let rawHeader = reader.headerRow ?? []
        let header = rawHeader.map(normalizedColumn)
        var seen: Set<String> = []
        for column in header where !column.isEmpty {
            guard seen.insert(column).inserted else {
                throw failure(1, "the column '\(column)' appears twice in the header; rename one of them")
            }
        }
        guard header.contains(where: { ["candidate_id", "file", "email"].contains($0) }) else {
            let found = rawHeader.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            throw failure(
                1,
                "the header has no candidate_id, file or email column (found \(found)); add one so rows can be "
                    + "joined to resumes")
        }
        var metadata = ApplicantMetadata(path: path, sha256: SHA256Digest.hex(bytes), rows: [])
        var line = 2 + newlines(in: rawHeader)
        while let cells = reader.next() {
            let start = line
            line += 1 + newlines(in: cells)
            if cells.count == 1, cells[0].trimmingWhitespace().isEmpty { continue }
            let extra = cells.dropFirst(header.count)
            guard cells.count >= header.count, extra.allSatisfy({ $0.trimmingWhitespace().isEmpty }) else {
                throw failure(
                    start,
                    "\(cells.count) fields where the header has \(header.count) (a stray comma or an "
                        + "unclosed quote?)")
            }
            var fields: [String: String] = [:]
            for (column, cell) in zip(header, cells) where !column.isEmpty {
                let value = cell.trimmingWhitespace()
                if !value.isEmpty { fields[column] = value }
            }
            metadata.add(Row(line: start, fields: fields))
        }
        return metadata
    }

    private static func readBytes(_ path: String) throws(ApplicantMetadataError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let size = try handle.seekToEnd()
            guard size <= UInt64(maxFileBytes) else {
                throw ApplicantMetadataError(
                    path: path, line: nil, reason: "the file is \(size) bytes, over the \(maxFileBytes)-byte limit")
            }
            try handle.seek(toOffset: 0)
            return Array(try handle.readToEnd() ?? Data())
        } catch let error as ApplicantMetadataError {
            throw error
        } catch {
            throw ApplicantMetadataError(
                path: path, line: nil,
                reason: "cannot read the file: \(FileReadFailure.describe(error)) (check the path and try again)")
        }
    }

    /// `Candidate ID` → `candidate_id`; aliases of the join columns → their canonical names.
    private static func normalizedColumn(_ name: String) -> String {
        let lowered = name.trimmingWhitespace().lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        return aliases[lowered] ?? lowered
    }

    /// Line breaks inside quoted cells, so row line numbers stay true.
    private static func newlines(in cells: [String]) -> Int {
        cells.reduce(0) { count, cell in
            count + cell.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        }
    }

    private mutating func add(_ row: Row) {
        let index = rows.count
        rows.append(row)
        if let id = row.fields["candidate_id"] {
            if byID[id] == nil { byID[id] = index }
            let lowered = id.lowercased()
            if byID[lowered] == nil { byID[lowered] = index }
        }
        if let file = row.fields["file"].map(Self.fileKey), byFile[file] == nil { byFile[file] = index }
        if let email = row.fields["email"].map(Self.emailKey), byEmail[email] == nil { byEmail[email] = index }
    }

    private static func fileKey(_ file: String) -> String {
        var key = file.lowercased().replacingOccurrences(of: "\\", with: "/")
        while key.hasPrefix("./") { key.removeFirst(2) }
        return key
    }

    static func emailKey(_ email: String) -> String {
        var key = email.trimmingWhitespace().lowercased()
        if key.hasPrefix("mailto:") { key.removeFirst(7) }
        return key
    }

    /// The row for a candidate, tried in this order: `candidate_id` equal to the Shortlist id or to the file's stem,
    /// `file` equal to the key or one of its trailing paths, `email` equal to the resume's address.
    /// - Returns: the row's index in `rows` and the column that matched, or nil.
    /// - Complexity: O(path depth) dictionary look-ups.
    public func match(candidateID: String, key: String, email: String?) -> (row: Int, matchedBy: String)? {
        if let row = byID[candidateID] { return (row, "candidate_id") }
        let lowered = Self.fileKey(key)
        let name = lowered.split(separator: "/").last.map(String.init) ?? lowered
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        if let row = byID[stem] { return (row, "candidate_id") }
        // `dump.zip/backend/jane.html`, then `backend/jane.html`, then `jane.html`.
        var suffix = Substring(lowered)
        while true {
            if let row = byFile[String(suffix)] { return (row, "file") }
            guard let slash = suffix.firstIndex(of: "/") else { break }
            suffix = suffix[suffix.index(after: slash)...]
        }
        if let email, let row = byEmail[Self.emailKey(email)] { return (row, "email") }
        return nil
    }

    /// The joined row as `results.jsonl` shows it, redacted under `--blind`.
    func applicant(row: Int, matchedBy: String, blind: Bool) -> ApplicantMatch {
        var fields = rows[row].fields
        if blind {
            for column in fields.keys where !Self.blindSafeColumns.contains(column) {
                fields[column] = Redaction.marker
            }
        }
        return ApplicantMatch(matchedBy: matchedBy, line: rows[row].line, fields: fields)
    }
}
