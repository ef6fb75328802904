import Dispatch
import Foundation
import Synchronization

/// Everything a screening run needs besides the inputs.
public struct ScreeningOptions: Sendable {
    public var criteriaPath: String
    public var outputPath: String
    /// The reference date ("today") as `YYYY-MM-DD`.
    public var asOf: String
    public var jobs: Int
    public var blind: Bool
    public var force: Bool
    /// Overrides `shortlist.top` from the criteria file.
    public var top: Int?
    /// Documents in flight at once per worker; bounds memory whatever the number of files.
    public var batchPerWorker: Int = 256
    /// The ATS applicant list joined onto the results (`--metadata`), if any.
    public var metadataPath: String?
    /// Zip-bomb limits for ZIP archives among the inputs.
    public var archiveLimits = ArchiveLimits()

    public init(
        criteriaPath: String, outputPath: String, asOf: String, jobs: Int, blind: Bool = false, force: Bool = false,
        top: Int? = nil
    ) {
        self.criteriaPath = criteriaPath
        self.outputPath = outputPath
        self.asOf = asOf
        self.jobs = jobs
        self.blind = blind
        self.force = force
        self.top = top
    }

    /// The reference date as a year and month, or nil when `asOf` is not `YYYY-MM-DD`.
    public var referenceMonth: YearMonth? {
        let parts = asOf.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1900...2200).contains(year),
            (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days ? YearMonth(year: year, month: month) : nil
    }
}

/// What a finished run reports.
public struct ScreeningSummary: Sendable {
    public var fileCount: Int
    public var counts: [Decision: Int]
    public var duration: Double
    public var outputDirectory: String
    /// How the `--metadata` rows were joined, when a metadata file was given.
    public var metadata: MetadataJoin?

    /// "applicants.csv: 40 rows, 38 joined to a resume, 2 matched no resume (lines 7, 19; listed in manifest.json)",
    /// or nil without `--metadata`.
    public var metadataLine: String? {
        guard let metadata else { return nil }
        let unmatched = metadata.unmatched.map(\.line)
        var line =
            "\(metadata.path): \(Self.grouped(metadata.rows)) row\(metadata.rows == 1 ? "" : "s"), "
            + "\(Self.grouped(metadata.matchedRows)) joined to a resume"
        if !unmatched.isEmpty {
            let shown = unmatched.prefix(10).map(String.init).joined(separator: ", ")
            line +=
                ", \(Self.grouped(unmatched.count)) matched no resume (line\(unmatched.count == 1 ? "" : "s") "
                + shown + (unmatched.count > 10 ? ", …" : "") + "; listed in manifest.json)"
        }
        return line
    }

    /// "10,000 resumes in 0.62 s (16,100/s): 25 shortlist, 41 review, 9,913 reject, 21 error → out/"
    public var line: String {
        let rate = duration > 0 ? Double(fileCount) / duration : 0
        let parts = Decision.allCases.map { "\(Self.grouped(counts[$0] ?? 0)) \($0.rawValue)" }
        return "\(Self.grouped(fileCount)) resume\(fileCount == 1 ? "" : "s") in "
            + String(format: "%.2f", duration) + " s (\(Self.grouped(Int(rate.rounded())))/s): "
            + parts.joined(separator: ", ") + " → \(outputDirectory)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

/// Why a run could not start or finish.
public enum ScreeningError: Error, CustomStringConvertible {
    case criteria(CriteriaErrors)
    case input(InputError)
    case output(OutputError)
    case metadata(ApplicantMetadataError)
    case invalidOption(String)

    public var description: String {
        switch self {
        case .criteria(let errors): errors.description
        case .input(let error): error.description
        case .output(let error): error.description
        case .metadata(let error): error.description
        case .invalidOption(let message): message
        }
    }
}

/// `shortlist screen`: enumerate, read, parse, score in parallel with bounded memory, rank, and write the outputs.
public enum ScreeningRun {
    /// Reads a whole regular file. Replaceable in tests to simulate I/O errors.
    public typealias FileReader = @Sendable (String) throws -> [UInt8]

    /// Through `FileHandle` rather than `Data(contentsOf:)`, whose buffer AddressSanitizer reports as leaked on Linux.
    public static let defaultFileReader: FileReader = { path in
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return Array(try handle.readToEnd() ?? Data())
    }

    /// - Parameter progress: called on the coordinating thread after each batch with (done, total).
    /// - Complexity: O(total input bytes) work spread over `options.jobs` workers; memory O(jobs × batch) for
    ///   documents plus O(files) for the small ranking entries.
    public static func run(
        inputs: [String], options: ScreeningOptions, readFile: @escaping FileReader = defaultFileReader,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ScreeningError) -> ScreeningSummary {
        let started = Date()
        let clock = ContinuousClock.now
        let (criteria, referenceDate) = try loadCriteria(options)
        let criteriaBytes = (try? Data(contentsOf: URL(fileURLWithPath: options.criteriaPath))) ?? Data()
        var metadata: ApplicantMetadata?
        if let path = options.metadataPath {
            do { metadata = try ApplicantMetadata.load(path: path) } catch { throw .metadata(error) }
        }
        let items: [InputItem]
        do { items = try InputEnumerator.enumerate(inputs, archiveLimits: options.archiveLimits) } catch {
            throw .input(error)
        }
        let output: OutputDirectory
        do { output = try OutputDirectory(path: options.outputPath, force: options.force) } catch {
            throw .output(error)
        }

        ShortlistEngine.prepare()
        let evaluator = Evaluator(compiled: CompiledCriteria(criteria), referenceDate: referenceDate)
        let jobs = max(1, options.jobs)
        let spill: StreamedFile
        do { spill = try output.stream("results.body") } catch { throw .output(error) }
        defer { spill.discard() }

        // Pass 1: screen in batches; keep only the small ranking entry and spill each encoded body in input order.
        // Contact details for the CSV are read back from the spill for the few shortlist and review rows, so memory
        // per candidate stays at a few dozen bytes.
        var entries: [Ranking.Entry] = []
        var provisional: [[FiredRule]] = []
        var bodyLengths: [Int] = []
        var joinedRows = Set<Int>()
        entries.reserveCapacity(items.count)
        let batchSize = max(1, jobs * options.batchPerWorker)
        var batchStart = 0
        while batchStart < items.count {
            let batch = Array(items[batchStart..<min(items.count, batchStart + batchSize)])
            let screened = screenBatch(
                batch, jobs: jobs, evaluator: evaluator, blind: options.blind, metadata: metadata, readFile: readFile)
            for candidate in screened {
                if let row = candidate.applicantRow { joinedRows.insert(row) }
                entries.append(
                    Ranking.Entry(
                        candidateID: candidate.candidateID, score: candidate.score,
                        provisional: candidate.provisional?.decision))
                provisional.append(candidate.provisional?.rules ?? [])
                bodyLengths.append(candidate.body.count)
                do { try spill.append(candidate.body) } catch { throw .output(error) }
            }
            batchStart += batch.count
            progress?(batchStart, items.count)
        }
        do { try spill.flush() } catch { throw .output(error) }

        // Pass 2: rank, then stream results.jsonl from the spilled bodies.
        let outcomes = Ranking.decide(entries, policy: criteria.shortlist, reviewBand: criteria.reviewBand)
        var counts: [Decision: Int] = [:]
        var csvRows: [ShortlistCSV.Row] = []
        do {
            let results = try output.stream("results.jsonl")
            defer { results.discard() }
            let reader = try FileHandle(forReadingFrom: spill.temporary)
            defer { try? reader.close() }
            for (index, entry) in entries.enumerated() {
                let outcome = outcomes[index]
                let rules = outcome.rule.map { [$0] } ?? provisional[index]
                let body = try reader.read(upToCount: bodyLengths[index]) ?? Data()
                counts[outcome.decision, default: 0] += 1
                var line = CandidateRecord.line(
                    candidateId: entry.candidateID, sourceFile: items[index].key, decision: outcome.decision,
                    rank: outcome.rank, score: entry.score, rules: rules, body: Array(body))
                line.append(0x0A)
                try results.append(line)
                if outcome.decision == .shortlist || outcome.decision == .review {
                    csvRows.append(
                        ShortlistCSV.Row(
                            rank: outcome.rank, decision: outcome.decision, score: entry.score,
                            candidateID: entry.candidateID, contact: CandidateRecord.contact(inBody: Array(body)),
                            sourceFile: items[index].key, reasons: rules.map(\.reason)))
                }
            }
            try results.commit()
            csvRows.sort {
                ($0.decision, $0.rank ?? .max, $0.candidateID) < ($1.decision, $1.rank ?? .max, $1.candidateID)
            }
            try output.write(try ShortlistCSV.render(csvRows), to: "shortlist.csv")
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
        }

        let elapsed = ContinuousClock.now - clock
        let duration = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let join = metadata.map { MetadataJoin($0, joinedRows: joinedRows, blind: options.blind) }
        let summary = ScreeningSummary(
            fileCount: items.count, counts: counts, duration: duration, outputDirectory: options.outputPath,
            metadata: join)
        let formatter = ISO8601DateFormatter()
        let manifest = RunManifest(
            tool: "shortlist", toolVersion: ShortlistVersion.current, schemaVersion: CandidateRecord.schemaVersion,
            role: criteria.role, criteriaPath: options.criteriaPath,
            criteriaSha256: SHA256Digest.hex(criteriaBytes),
            options: .init(
                asOf: options.asOf, jobs: jobs, blind: options.blind, top: criteria.shortlist.top,
                minScore: criteria.shortlist.minScore, reviewBand: criteria.reviewBand),
            inputs: inputs, fileCount: items.count,
            counts: Dictionary(uniqueKeysWithValues: Decision.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
            startedAt: formatter.string(from: started), finishedAt: formatter.string(from: Date()),
            durationSeconds: (duration * 1000).rounded() / 1000,
            resumesPerSecond: duration > 0 ? (Double(items.count) / duration).rounded() : 0,
            outputs: ["results.jsonl", "shortlist.csv", "manifest.json"], metadata: join)
        do {
            try output.write(try manifest.encoded(), to: "manifest.json")
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
        }
        return summary
    }

    /// The run's criteria (with `--top` applied) and reference month, or the error that stops the run.
    static func loadCriteria(_ options: ScreeningOptions) throws(ScreeningError) -> (CriteriaSet, YearMonth) {
        guard let referenceDate = options.referenceMonth else {
            throw .invalidOption("--as-of must be a date written YYYY-MM-DD, not '\(options.asOf)'")
        }
        var criteria: CriteriaSet
        do { criteria = try CriteriaLoader.load(path: options.criteriaPath) } catch { throw .criteria(error) }
        if let top = options.top { criteria.shortlist.top = top }
        return (criteria, referenceDate)
    }

    /// Screens one batch on `jobs` workers; results come back in the batch's order whatever the scheduling.
    static func screenBatch(
        _ batch: [InputItem], jobs: Int, evaluator: Evaluator, blind: Bool, metadata: ApplicantMetadata?,
        readFile: @escaping FileReader
    ) -> [ScreenedCandidate] {
        let next = Atomic<Int>(0)
        let collected = ResultCollector()
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            let screener = CandidateScreener(
                evaluator: evaluator, blind: blind, metadata: metadata, readFile: readFile)
            var local: [(Int, ScreenedCandidate)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < batch.count else { break }
                local.append((index, screener.screen(batch[index])))
            }
            collected.append(local)
        }
        return collected.inIndexOrder()
    }
}

/// Where workers hand in their screened candidates, each tagged with its index in the batch.
///
/// `@unchecked Sendable` is safe here: the only stored mutable state, `items`, is read and written exclusively inside
/// `lock.withLock`, so every access is serialised by a pthread mutex (which ThreadSanitizer also understands;
/// `Synchronization.Mutex`'s futex path is invisible to it and produced a false report).
private final class ResultCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int, ScreenedCandidate)] = []

    func append(_ batch: [(Int, ScreenedCandidate)]) {
        lock.withLock { items.append(contentsOf: batch) }
    }

    func inIndexOrder() -> [ScreenedCandidate] {
        lock.withLock { items.sorted { $0.0 < $1.0 }.map(\.1) }
    }
}
