import Foundation

/// The demographics CSV for `shortlist audit`: a `candidate_id` column and one or more category columns
/// (`sex`, `race_ethnicity`, …), one row per candidate.
///
/// Values are grouped case-insensitively, shown as first written. An empty cell, `unknown`, `declined` and the
/// other ``unknownValues`` mean the category is unknown for that candidate: counted, but left out of the
/// comparison, as NYC Local Law 144 bias audits do.
///
///     candidate_id,sex,race_ethnicity
///     c_adbed3d473db,Male,Hispanic or Latino
///     c_07d953c4ba57,Female,declined
public struct Demographics: Sendable {
    /// Cells read as "unknown", compared case-insensitively after trimming.
    public static let unknownValues: Set<String> = [
        "", "unknown", "declined", "decline to state", "declined to state", "prefer not to say", "not disclosed",
        "n/a",
    ]

    /// The category columns, in the header's order.
    public var categories: [String]
    /// Per candidate id, one value per category (nil when unknown).
    public var values: [String: [String?]]
    /// Rows whose candidate is not in the run: not audited, reported as warnings with their lines.
    public var notInRun: [FileProblem]

    /// Reads the file at `path` and checks it against `run`.
    /// - Throws: every problem that makes the file unusable (missing columns, duplicate candidates, bad rows).
    public static func read(path: String, for run: RunDirectory) throws(OversightError) -> Demographics {
        let records = try CSVRecordReader.read(path: path)
        let resultsPath = run.file("results.jsonl")
        let (demographics, problems) = parse(records, file: path, resultsPath: resultsPath) {
            run.candidate($0) != nil
        }
        guard let demographics, problems.isEmpty else { throw OversightError(problems) }
        return demographics
    }

    /// Checks every row; `isInRun` says whether a candidate id belongs to the audited run.
    static func parse(
        _ records: [CSVRecord], file: String, resultsPath: String, isInRun: (String) -> Bool
    ) -> (demographics: Demographics?, problems: [FileProblem]) {
        guard let header = records.first else {
            return (
                nil,
                [
                    FileProblem(
                        file: file,
                        "the file is empty (the first line must be a header: candidate_id and category columns)")
                ]
            )
        }
        var problems: [FileProblem] = []
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let idColumns = names.indices.filter { names[$0].lowercased() == "candidate_id" }
        if idColumns.isEmpty {
            problems.append(
                FileProblem(file: file, line: header.line, "no 'candidate_id' column (name the id column candidate_id)")
            )
        }
        var seenNames: Set<String> = []
        for name in names {
            if name.isEmpty {
                problems.append(FileProblem(file: file, line: header.line, "a column has no name (name every column)"))
            } else if !seenNames.insert(name.lowercased()).inserted {
                problems.append(FileProblem(file: file, line: header.line, "column '\(name)' appears twice (keep one)"))
            }
        }
        let categoryColumns = names.indices.filter { names[$0].lowercased() != "candidate_id" }
        if categoryColumns.isEmpty {
            problems.append(
                FileProblem(
                    file: file, line: header.line,
                    "no category columns (add at least one, such as sex or race_ethnicity, after candidate_id)"))
        }
        guard problems.isEmpty, let idColumn = idColumns.first else { return (nil, problems) }

        if records.count == 1 {
            return (nil, [FileProblem(file: file, "no candidates after the header (add one row per candidate)")])
        }
        var values: [String: [String?]] = [:]
        var firstLine: [String: Int] = [:]
        var spelling: [[String: String]] = Array(repeating: [:], count: categoryColumns.count)
        var notInRun: [FileProblem] = []
        for row in records.dropFirst() {
            guard row.fields.count == header.fields.count else {
                problems.append(
                    FileProblem(
                        file: file, line: row.line,
                        "\(row.fields.count) fields where the header has \(header.fields.count) (put a value that "
                            + "contains a comma in double quotes)"))
                continue
            }
            let id = row.fields[idColumn].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                problems.append(
                    FileProblem(
                        file: file, line: row.line, "no candidate_id (copy it from the run's results.jsonl)"))
                continue
            }
            if let earlier = firstLine[id] {
                problems.append(
                    FileProblem(
                        file: file, line: row.line,
                        "candidate \(id) is already on line \(earlier) (keep one row per candidate)"))
                continue
            }
            firstLine[id] = row.line
            guard isInRun(id) else {
                notInRun.append(
                    FileProblem(
                        file: file, line: row.line,
                        "candidate \(id) is not in \(resultsPath): not audited (check the id, or audit the run "
                            + "that screened this candidate)"))
                continue
            }
            values[id] = categoryColumns.enumerated().map { position, column in
                let value = row.fields[column].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let key = value.lowercased()
                if unknownValues.contains(key) { return nil }
                if let first = spelling[position][key] { return first }
                spelling[position][key] = value
                return value
            }
        }
        let demographics = Demographics(
            categories: categoryColumns.map { names[$0] }, values: values, notInRun: notInRun)
        return (demographics, problems)
    }
}
