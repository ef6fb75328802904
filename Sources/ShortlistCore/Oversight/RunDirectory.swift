import Foundation

/// A finished `shortlist screen` run read back from its `--out` folder: the manifest, its fingerprint, and what the
/// machine said about each candidate (without the evidence, so memory stays small for large runs).
public struct RunDirectory: Sendable {
    /// One line of `results.jsonl`, reduced to what the oversight commands use.
    public struct Candidate: Sendable, Hashable {
        public var candidateId: String
        public var sourceFile: String
        public var status: CandidateRecord.Status
        public var verdict: MachineVerdict

        public init(candidateId: String, sourceFile: String, status: CandidateRecord.Status, verdict: MachineVerdict) {
            self.candidateId = candidateId
            self.sourceFile = sourceFile
            self.status = status
            self.verdict = verdict
        }
    }

    /// The folder as it was named on the command line.
    public let path: String
    public let manifest: RunManifest
    /// SHA-256 of the bytes of `manifest.json`: the run's identity (it includes the start and finish times, so two
    /// runs never share it).
    public let manifestSHA256: String
    /// In `results.jsonl` order (candidate-key order).
    public let candidates: [Candidate]
    private let indexByID: [String: Int]

    /// The candidate with this id, if the run has one.
    public func candidate(_ id: String) -> Candidate? {
        indexByID[id].map { candidates[$0] }
    }

    /// `name` inside the run folder, spelled from the path the user gave.
    public func file(_ name: String) -> String { Self.file(name, in: path) }

    static func file(_ name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Reads `manifest.json` and `results.jsonl` from the run folder at `path`.
    /// - Complexity: O(size of `results.jsonl`) time; memory O(candidates × criteria), without evidence.
    public static func read(_ path: String) throws(OversightError) -> RunDirectory {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OversightError(
                FileProblem(file: path, "not a folder (give the --out folder of a finished `shortlist screen` run)"))
        }
        let manifestPath = file("manifest.json", in: path)
        let manifestBytes: Data
        let manifest: RunManifest
        do {
            manifestBytes = try Data(contentsOf: URL(fileURLWithPath: manifestPath))
        } catch {
            throw OversightError(
                FileProblem(
                    file: manifestPath,
                    "cannot read the run's manifest: \(FileProblem.reason(error)) (give the --out folder of a "
                        + "finished `shortlist screen` run)"))
        }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            manifest = try decoder.decode(RunManifest.self, from: manifestBytes)
        } catch {
            throw OversightError(
                FileProblem(
                    file: manifestPath,
                    "not a Shortlist manifest (the file was changed or cut short; run `shortlist screen` again)"))
        }
        let candidates = try readResults(file("results.jsonl", in: path))
        return RunDirectory(
            path: path, manifest: manifest, manifestSHA256: SHA256Digest.hex(manifestBytes), candidates: candidates)
    }

    /// A run made of these parts (`read` builds one from a folder).
    init(path: String, manifest: RunManifest, manifestSHA256: String, candidates: [Candidate]) {
        self.path = path
        self.manifest = manifest
        self.manifestSHA256 = manifestSHA256
        self.candidates = candidates
        var index: [String: Int] = [:]
        for (offset, candidate) in candidates.enumerated() { index[candidate.candidateId] = offset }
        indexByID = index
    }

    /// The fields of a `results.jsonl` line that the oversight commands use; the rest (evidence, contact) is skipped.
    private struct ResultLine: Decodable {
        struct Rule: Decodable {
            var rule: String
        }

        struct Criterion: Decodable {
            var id: String
            var met: Bool
            var credit: Double
            var weight: Double
            var points: Double
            var required: Bool
        }

        var schemaVersion: Int
        var candidateId: String
        var sourceFile: String
        var decision: Decision
        var rank: Int?
        var score: Double?
        var rules: [Rule]
        var status: CandidateRecord.Status
        var criteria: [Criterion]
        var criteriaNotListed: Int
    }

    private static func readResults(_ resultsPath: String) throws(OversightError) -> [Candidate] {
        let advice = "the file was changed or cut short; run `shortlist screen` again"
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: resultsPath))
        } catch {
            throw OversightError(
                FileProblem(
                    file: resultsPath,
                    "cannot read the run's results: \(FileProblem.reason(error)) (give the --out folder of a "
                        + "finished `shortlist screen` run)"))
        }
        defer { try? handle.close() }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var candidates: [Candidate] = []
        var seen: [String: Int] = [:]
        do {
            try LineReader.forEachLine(in: handle) { number, bytes, terminated in
                guard terminated else {
                    throw FileProblem(file: resultsPath, line: number, "the last line is cut short (\(advice))")
                }
                let line: ResultLine
                do { line = try decoder.decode(ResultLine.self, from: Data(bytes)) } catch {
                    throw FileProblem(file: resultsPath, line: number, "not a results.jsonl line (\(advice))")
                }
                guard line.schemaVersion == CandidateRecord.schemaVersion else {
                    throw FileProblem(
                        file: resultsPath, line: number,
                        "schema_version \(line.schemaVersion) is not \(CandidateRecord.schemaVersion) (use the "
                            + "Shortlist version that wrote the run)")
                }
                if let earlier = seen[line.candidateId] {
                    throw FileProblem(
                        file: resultsPath, line: number,
                        "candidate \(line.candidateId) is already on line \(earlier) (\(advice))")
                }
                seen[line.candidateId] = number
                candidates.append(candidate(from: line))
            }
        } catch let problem as FileProblem {
            throw OversightError(problem)
        } catch {
            throw OversightError(
                FileProblem(file: resultsPath, "cannot read the file: \(FileProblem.reason(error))"))
        }
        return candidates
    }

    private static func candidate(from line: ResultLine) -> Candidate {
        let verdict = MachineVerdict(
            decision: line.decision, score: line.score, rank: line.rank, rules: line.rules.map(\.rule),
            totalWeight: totalWeight(line),
            criteria: line.criteria.map {
                MachineVerdict.CriterionResult(
                    id: $0.id, met: $0.met, required: $0.required, weight: $0.weight, credit: $0.credit)
            }, criteriaNotListed: line.criteriaNotListed)
        return Candidate(
            candidateId: line.candidateId, sourceFile: line.sourceFile, status: line.status, verdict: verdict)
    }

    /// The criteria file's total weight. Every criterion is listed up to 100 criteria; above that the total is
    /// recovered from a criterion that earned points (points = 100 × weight × credit / total), as `explain` does.
    private static func totalWeight(_ line: ResultLine) -> Double {
        let listed = line.criteria.reduce(0) { $0 + $1.weight }
        guard line.criteriaNotListed > 0,
            let reference = line.criteria.first(where: { $0.credit > 0 && $0.points > 0 && $0.weight > 0 })
        else { return listed }
        return max(listed, 100 * reference.weight * reference.credit / reference.points)
    }
}
