import Foundation

/// `shortlist audit`: one run's adverse-impact report for a demographics file — the numbers, the run they are about,
/// and the warnings — written as `audit.csv` and `audit.html`.
public struct AuditReport: Sendable {
    public var runPath: String
    public var demographicsPath: String
    public var role: String
    public var asOf: String
    public var manifestSHA256: String
    public var criteriaSHA256: String
    public var impact: AdverseImpact
    /// Audited candidates without a row in the demographics file: Unknown in every category.
    public var missingFromDemographics: Int
    /// Audited candidates without a score (unreadable files): never above the median.
    public var unscored: Int
    /// Files the run skipped without opening (hidden files, links, FIFOs): not candidates, not audited.
    public var skippedFiles: Int
    /// Demographics rows whose candidate is not in the run.
    public var notInRun: [FileProblem]

    /// Audits every candidate the run read or tried to read (skipped files are not candidates).
    public init(run: RunDirectory, demographics: Demographics, demographicsPath: String) {
        let audited = run.candidates.filter { $0.status != .skipped }
        let unknown = [String?](repeating: nil, count: demographics.categories.count)
        let candidates = audited.map { candidate in
            AdverseImpact.Candidate(
                candidateId: candidate.candidateId, selected: candidate.verdict.decision == .shortlist,
                score: candidate.verdict.score, values: demographics.values[candidate.candidateId] ?? unknown)
        }
        runPath = run.path
        self.demographicsPath = demographicsPath
        role = run.manifest.role
        asOf = run.manifest.options.asOf
        manifestSHA256 = run.manifestSHA256
        criteriaSHA256 = run.manifest.criteriaSha256
        impact = AdverseImpact(
            candidates: candidates, categories: demographics.categories,
            medianOver: run.candidates.compactMap(\.verdict.score))
        missingFromDemographics = audited.count { demographics.values[$0.candidateId] == nil }
        unscored = audited.count { $0.verdict.score == nil }
        skippedFiles = run.candidates.count - audited.count
        notInRun = demographics.notInRun
    }

    /// The outputs' names inside the audit folder.
    public static let outputs = ["audit.csv", "audit.html"]

    /// Writes `audit.csv` and `audit.html` into `directory`, each atomically.
    public func write(to directory: OutputDirectory) throws(OutputError) {
        let csv: Data
        do { csv = try AuditCSV.render(self) } catch {
            throw .cannotWrite(path: directory.url.appendingPathComponent("audit.csv").path, reason: "\(error)")
        }
        try directory.write(csv, to: "audit.csv")
        try directory.write(Data(AuditHTML.render(self).utf8), to: "audit.html")
    }

    /// What the audit found, for stdout: one headline, then one line per flagged ratio and the small groups.
    public func summary(outputPath: String) -> String {
        let flags = impact.flaggedGroups.reduce(0) {
            $0 + ($1.group.selectionFlagged ? 1 : 0) + ($1.group.scoringFlagged ? 1 : 0)
        }
        let median = impact.medianScore.map { Evaluator.format($0) } ?? "none"
        var out = "audited \(impact.audited) candidates of \(runPath) (median score \(median)): "
        out += flags == 0 ? "no impact ratio below 0.8" : "\(flags) impact ratio\(flags == 1 ? "" : "s") below 0.8"
        out += " → \(outputPath)\n"
        for (table, group) in impact.flaggedGroups {
            let small = group.isSmall ? " (small group)" : ""
            if group.selectionFlagged, let ratio = group.selectionImpactRatio, let best = table.highestSelection {
                let reference = table.groups.first { $0.name == best }?.selectionRate ?? 0
                out += "  \(table.category): \(group.name)\(small) selection impact ratio \(Self.ratio(ratio)) "
                out += "(selected \(group.selected) of \(group.count), \(Self.percent(group.selectionRate)); "
                out += "\(best) \(Self.percent(reference)))\n"
            }
            if group.scoringFlagged, let ratio = group.scoringImpactRatio, let best = table.highestScoring {
                let reference = table.groups.first { $0.name == best }?.scoringRate ?? 0
                out += "  \(table.category): \(group.name)\(small) scoring impact ratio \(Self.ratio(ratio)) "
                out += "(above the median \(group.aboveMedian) of \(group.count), \(Self.percent(group.scoringRate)); "
                out += "\(best) \(Self.percent(reference)))\n"
            }
        }
        for table in impact.tables {
            let small = table.groups.filter(\.isSmall).map { "\($0.name) (\($0.count))" }
            guard !small.isEmpty else { continue }
            out += "  \(table.category): small groups, rates unreliable: \(small.joined(separator: ", "))\n"
        }
        if missingFromDemographics > 0 {
            out += "  \(missingFromDemographics) audited candidate\(missingFromDemographics == 1 ? " has" : "s have") "
            out += "no row in \(demographicsPath): counted as Unknown\n"
        }
        return out
    }

    /// The rules, in words, for the report and `--help`.
    public static let rules = [
        "Selected means the machine's decision is shortlist. Selection rate = selected / candidates in the group.",
        "Scoring rate = candidates in the group whose score is above the median score of all scored candidates in "
            + "the run / candidates in the group; a candidate without a score (an unreadable file) is not above it.",
        "Impact ratio = the group's rate / the highest rate among the known groups of the same table. A ratio below "
            + "0.8 is flagged (the four-fifths rule).",
        "Unknown (no row in the demographics file, or an empty, unknown or declined value) is counted but left out "
            + "of the comparison, as NYC Local Law 144 bias audits do; in the combined table a candidate unknown in "
            + "any column is Unknown.",
        "A group of fewer than \(AdverseImpact.smallGroupCount) candidates or under "
            + "\(AdverseImpact.smallGroupPercent)% of the audited candidates is marked small: one person "
            + "moves its rates a lot. It stays in the comparison.",
    ]

    /// `33.3%`.
    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }

    /// `0.50`.
    static func ratio(_ ratio: Double) -> String { String(format: "%.2f", ratio) }
}
