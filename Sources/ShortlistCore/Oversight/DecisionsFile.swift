import Foundation

/// One row of a decisions file: a reviewer's decision on one candidate of a run.
public struct ReviewerDecision: Sendable, Hashable {
    public var candidateId: String
    public var decision: HumanDecision
    /// Why, in the reviewer's words; nil when the row leaves it empty.
    public var reason: String?
    /// The line of the decisions file the row starts on.
    public var line: Int

    public init(candidateId: String, decision: HumanDecision, reason: String?, line: Int) {
        self.candidateId = candidateId
        self.decision = decision
        self.reason = reason
        self.line = line
    }
}

/// The CSV a reviewer fills in for `shortlist decide`: a header `candidate_id,decision,reason`, then one row per
/// candidate.
///
/// Decisions are `advance`, `reject` or `hold` in any case. `reason` may be empty except when the reviewer goes
/// against the machine — rejecting a candidate it shortlisted or advancing one it rejected — because that is the
/// decision an auditor will ask about. The whole file is checked before anything is recorded, and every problem is
/// reported with its line.
///
///     candidate_id,decision,reason
///     c_adbed3d473db,advance,
///     c_62cba31d9380,advance,"EU work permit confirmed by phone, 2026-11-03"
public enum DecisionsFile {
    /// The columns, in the order the header usually lists them; `reason` may be left out.
    public static let columns = ["candidate_id", "decision", "reason"]

    /// The decisions in the file at `path`, in file order, each checked against `run`.
    /// - Throws: every problem in the file, each with its line; nothing is returned unless the whole file is valid.
    public static func read(path: String, for run: RunDirectory) throws(OversightError) -> [ReviewerDecision] {
        let records = try CSVRecordReader.read(path: path)
        let resultsPath = run.file("results.jsonl")
        let (decisions, problems) = decisions(in: records, file: path, resultsPath: resultsPath) {
            run.candidate($0)?.verdict.decision
        }
        guard problems.isEmpty else { throw OversightError(problems) }
        return decisions
    }

    /// Checks every row; `machineDecision` returns the run's decision for a candidate id, or nil when the run has
    /// no such candidate.
    static func decisions(
        in records: [CSVRecord], file: String, resultsPath: String, machineDecision: (String) -> Decision?
    ) -> (decisions: [ReviewerDecision], problems: [FileProblem]) {
        let expected = columns.joined(separator: ",")
        guard let header = records.first else {
            return ([], [FileProblem(file: file, "the file is empty (the first line must be the header \(expected))")])
        }
        var problems: [FileProblem] = []
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let column = name.trimmingCharacters(in: .whitespaces).lowercased()
            if !columns.contains(column) {
                let hint = closestMatch(to: column, among: columns).map { "did you mean '\($0)'? " } ?? ""
                problems.append(
                    FileProblem(
                        file: file, line: header.line,
                        "unknown column '\(name)' (\(hint)the header is \(expected); remove other columns)"))
            } else if position[column] != nil {
                problems.append(
                    FileProblem(file: file, line: header.line, "column '\(column)' appears twice (keep one)"))
            } else {
                position[column] = index
            }
        }
        for column in columns.prefix(2) where position[column] == nil {
            problems.append(
                FileProblem(file: file, line: header.line, "no '\(column)' column (the header is \(expected))"))
        }
        guard problems.isEmpty, let idColumn = position["candidate_id"], let decisionColumn = position["decision"]
        else { return ([], problems) }
        let rows = records.dropFirst()
        if rows.isEmpty {
            return ([], [FileProblem(file: file, "no decisions after the header (add one row per candidate)")])
        }

        var decisions: [ReviewerDecision] = []
        var firstLine: [String: Int] = [:]
        for row in rows {
            func problem(_ message: String) { problems.append(FileProblem(file: file, line: row.line, message)) }
            guard row.fields.count <= header.fields.count else {
                problem(
                    "\(row.fields.count) fields where the header has \(header.fields.count) (put a reason that "
                        + "contains a comma in double quotes)")
                continue
            }
            // A hand-written row may leave out an empty reason at the end.
            func cell(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let id = cell(idColumn)
            let decisionText = cell(decisionColumn)
            let reason = cell(position["reason"])

            let machine: Decision?
            if id.isEmpty {
                problem("no candidate_id (copy it from the candidate_id column of shortlist.csv)")
                machine = nil
            } else if let found = machineDecision(id) {
                machine = found
                if let earlier = firstLine[id] {
                    problem("candidate \(id) is already decided on line \(earlier) (keep one row per candidate)")
                } else {
                    firstLine[id] = row.line
                }
            } else {
                problem(
                    "unknown candidate '\(id)': not in \(resultsPath) (copy the candidate_id column of this run's "
                        + "shortlist.csv)")
                machine = nil
            }

            let decision = HumanDecision(rawValue: decisionText.lowercased())
            if decision == nil {
                let shown = decisionText.isEmpty ? "no decision" : "unknown decision '\(decisionText)'"
                let hint =
                    closestMatch(to: decisionText, among: HumanDecision.allCases.map(\.rawValue))
                    .map { "did you mean '\($0)'? " } ?? ""
                problem("\(shown) (\(hint)write advance, reject or hold)")
            }
            if let decision, let machine, decision.overrides(machine), reason.isEmpty {
                let verb = decision == .advance ? "advancing" : "rejecting"
                let what = machine == .shortlist ? "shortlisted" : "rejected"
                problem(
                    "\(verb) \(id), whom the machine \(what), needs a reason (say why in the reason column: it is "
                        + "what an auditor will ask)")
            }
            if let decision, machine != nil {
                decisions.append(
                    ReviewerDecision(
                        candidateId: id, decision: decision, reason: reason.isEmpty ? nil : reason, line: row.line))
            }
        }
        return (decisions, problems)
    }
}
