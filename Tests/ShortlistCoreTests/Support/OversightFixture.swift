import Foundation

@testable import ShortlistCore

/// Small runs and ledgers built in memory, for the decide / feedback / audit tests.
enum OversightFixture {
    /// A manifest as `shortlist screen` writes it, with only what the oversight commands read made explicit.
    static func manifest(role: String = "Backend Engineer", criteriaSha256: String = String(repeating: "c", count: 64))
        -> RunManifest
    {
        RunManifest(
            tool: "shortlist", toolVersion: ShortlistVersion.current, schemaVersion: 1, role: role,
            criteriaPath: "role.yaml", criteriaSha256: criteriaSha256,
            options: .init(asOf: "2026-11-01", jobs: 1, blind: false, top: 5, minScore: 60, reviewBand: 10),
            inputs: ["resumes"], fileCount: 0, counts: [:], startedAt: "2026-11-01T09:00:00Z",
            finishedAt: "2026-11-01T09:00:01Z", durationSeconds: 1, resumesPerSecond: 1, outputs: [])
    }

    /// A verdict over the criteria `degree` (weight 10, of 100), `swift` (weight 40) and `authorization` (required,
    /// no weight); `failed` lists the ids not met.
    static func verdict(_ decision: Decision, score: Double? = 50, failed: Set<String> = []) -> MachineVerdict {
        let criteria = [("degree", 10.0, false), ("swift", 40.0, false), ("authorization", 0.0, true)].map {
            id, weight, required in
            MachineVerdict.CriterionResult(
                id: id, met: !failed.contains(id), required: required, weight: weight,
                credit: failed.contains(id) ? 0 : 1)
        }
        return MachineVerdict(
            decision: decision, score: score, rank: decision == .shortlist ? 1 : nil,
            rules: [decision == .shortlist ? "top_n" : "below_cutoff"], totalWeight: 100, criteria: criteria)
    }

    static func candidate(_ id: String, _ verdict: MachineVerdict) -> RunDirectory.Candidate {
        RunDirectory.Candidate(candidateId: id, sourceFile: "resumes/\(id).txt", status: .parsed, verdict: verdict)
    }

    /// A run of `candidates`, identified by `manifestSHA256`.
    static func run(
        _ candidates: [RunDirectory.Candidate], role: String = "Backend Engineer",
        manifestSHA256: String = String(repeating: "a", count: 64), path: String = "/tmp/run"
    ) -> RunDirectory {
        RunDirectory(path: path, manifest: manifest(role: role), manifestSHA256: manifestSHA256, candidates: candidates)
    }

    /// A fresh folder under the temporary directory; remove it in a `defer`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-oversight-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// 2026-11-03 09:30:00 UTC.
    static let decisionDate = Date(timeIntervalSince1970: 1_793_698_200)
}
