import Foundation

/// Writes a run's shortlisted candidates into `--out DIR/exports/` in the ATS formats asked for.
///
/// Only `shortlist` decisions are exported, in rank order (ties by candidate id): `review` candidates wait for a
/// human decision first. The whole `exports/` folder is written under a temporary name and renamed into place, so
/// it never mixes files from two runs.
///
/// ```swift
/// let written = try ExportWriter.write([.greenhouse, .hrOpen], candidates: records, context: context, to: output)
/// // ["exports/greenhouse.csv", "exports/hropen/c_adbed3d473db.xml", …]
/// ```
public enum ExportWriter {
    /// The folder inside `--out`.
    public static let folder = "exports"

    /// One file of the exports: its path inside `exports/` and its bytes.
    struct File: Sendable, Hashable {
        var path: String
        var data: Data
    }

    /// The candidates an export carries: the shortlisted ones, by rank.
    static func exported(_ candidates: [CandidateRecord]) -> [CandidateRecord] {
        candidates.filter { $0.decision == .shortlist }.sorted {
            ($0.rank ?? .max, $0.candidateId) < ($1.rank ?? .max, $1.candidateId)
        }
    }

    /// Every file of the given formats, in format order and then rank order.
    static func render(
        _ formats: [ExportFormat], candidates: [CandidateRecord], context: ExportContext
    ) throws(OutputError) -> [File] {
        let prepared = exported(candidates).map { ExportedCandidate($0, context: context) }
        // Candidate ids name files: only Shortlist's own `c_<hex>` shape may reach the file system.
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        if let unsafe = prepared.first(where: { $0.candidateID.isEmpty || !$0.candidateID.allSatisfy(safe.contains) }) {
            throw .cannotWrite(
                path: folder,
                reason: "candidate id '\(unsafe.candidateID)' cannot name a file; use the ids from results.jsonl")
        }
        var files: [File] = []
        for format in formats.sorted() {
            switch format {
            case .greenhouse:
                files.append(
                    try file(GreenhouseExport.fileName) { try GreenhouseExport.render(prepared, context: context) })
            case .lever:
                files.append(try file(LeverExport.fileName) { try LeverExport.render(prepared, context: context) })
            case .jsonResume:
                for candidate in prepared {
                    files.append(
                        try file(JSONResumeExport.path(for: candidate)) {
                            try JSONResumeExport.render(candidate, context: context)
                        })
                }
            case .hrOpen:
                for candidate in prepared {
                    files.append(
                        try file(HROpenExport.path(for: candidate)) {
                            Data(HROpenExport.render(candidate, context: context).utf8)
                        })
                }
            }
        }
        return files
    }

    private static func file(_ path: String, _ render: () throws -> Data) throws(OutputError) -> File {
        do {
            return File(path: path, data: try render())
        } catch {
            throw .cannotWrite(path: "\(folder)/\(path)", reason: String(describing: error))
        }
    }

    /// Writes the exports and returns their paths relative to the output folder (`exports/greenhouse.csv`, …), for
    /// the manifest. Writes nothing and returns nothing when `formats` is empty.
    public static func write(
        _ formats: [ExportFormat], candidates: [CandidateRecord], context: ExportContext, to output: OutputDirectory
    ) throws(OutputError) -> [String] {
        guard !formats.isEmpty else { return [] }
        let files = try render(formats, candidates: candidates, context: context)
        let staged = try output.stagedFolder(folder)
        defer { staged.discard() }
        for file in files { try staged.write(file.data, to: file.path) }
        // An empty shortlist still gets its folders, so "no candidates" is visible rather than a missing export.
        for format in formats where format == .jsonResume || format == .hrOpen {
            try staged.makeFolder(format == .jsonResume ? JSONResumeExport.folder : HROpenExport.folder)
        }
        try staged.commit()
        return files.map { "\(folder)/\($0.path)" }
    }
}
