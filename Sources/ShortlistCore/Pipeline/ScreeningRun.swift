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
    /// Screen only this partition of the inputs and write a shard result for `shortlist merge`.
    public var shard: Shard?
    /// With `blind`: where to write `identities.csv` (candidate id → the redacted contact details); never inside
    /// `outputPath`.
    public var identitiesPath: String?
    /// Documents in flight at once per worker; bounds memory whatever the number of files.
    /// Two batches are in memory at once: one being screened, the one before it being written.
    public var batchPerWorker: Int = 128
    /// Candidates explained in full in `report.html` (see `RecruiterReport.explanationLimit`).
    public var reportExplanationLimit = RecruiterReport.explanationLimit
    /// The size of each temporary file of the spill (see `SpillFiles`); tests make it small.
    var spillSegmentBytes = SpillFiles.segmentBytes
    /// ATS formats to write the shortlisted candidates in, under `exports/`.
    public var exports: [ExportFormat]
    /// The ATS applicant list joined onto the results (`--metadata`), if any.
    public var metadataPath: String?
    /// Zip-bomb limits for ZIP archives among the inputs.
    public var archiveLimits = ArchiveLimits()

    public init(
        criteriaPath: String, outputPath: String, asOf: String, jobs: Int, blind: Bool = false, force: Bool = false,
        top: Int? = nil, identitiesPath: String? = nil, shard: Shard? = nil, exports: [ExportFormat] = []
    ) {
        self.criteriaPath = criteriaPath
        self.outputPath = outputPath
        self.asOf = asOf
        self.jobs = jobs
        self.blind = blind
        self.force = force
        self.top = top
        self.identitiesPath = identitiesPath
        self.shard = shard
        self.exports = exports
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
    /// Set for `--shard` runs, whose counts are the decisions known before ranking.
    public var shard: Shard?
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
        if let shard {
            return "shard \(shard): \(Self.grouped(fileCount)) resume\(fileCount == 1 ? "" : "s") screened in "
                + String(format: "%.2f", duration) + " s (\(Self.grouped(Int(rate.rounded())))/s) → "
                + "\(outputDirectory) (combine the shards with `shortlist merge`)"
        }
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
    /// The URL says it is not a folder: otherwise `URL(fileURLWithPath:)` asks the file system, one more `stat` per
    /// resume (the enumerator already knows each input is a file).
    public static let defaultFileReader: FileReader = { path in
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path, isDirectory: false))
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
        // The inputs are listed in the background while the criteria are read and compiled (each takes tens of
        // milliseconds on a large dump or a large criteria file). Errors keep their order: criteria, options, inputs.
        let archiveLimits = options.archiveLimits
        let listing = BackgroundWork {
            Result { () throws(InputError) in try InputEnumerator.enumerate(inputs, archiveLimits: archiveLimits) }
        }
        defer { listing.wait() }
        let (criteria, referenceDate, criteriaBytes) = try loadCriteria(options)
        try checkIdentitiesPath(options)
        var metadata: ApplicantMetadata?
        if let path = options.metadataPath {
            do { metadata = try ApplicantMetadata.load(path: path) } catch { throw .metadata(error) }
        }
        let compiled = CompiledCriteria(criteria)
        var everything: InputList
        do { everything = try listing.take().get() } catch { throw .input(error) }
        var items =
            options.shard.map { shard in everything.filter { shard.contains(candidateID: $0.candidateID) } }
            ?? everything
        let output: OutputDirectory
        do { output = try OutputDirectory(path: options.outputPath, force: options.force) } catch {
            throw .output(error)
        }

        ShortlistEngine.prepare()
        let evaluator = Evaluator(compiled: compiled, referenceDate: referenceDate)
        let jobs = max(1, options.jobs)
        // A shard streams its lines, which are its result; a whole run spills its records for the second pass.
        var shardLines: StreamedFile?
        if options.shard != nil {
            do { shardLines = try output.stream(ShardResult.linesName) } catch { throw .output(error) }
        }
        defer { shardLines?.discard() }
        let spill = SpillFiles(in: output, name: "results.body", segmentBytes: options.spillSegmentBytes)
        defer { spill.discard() }
        let shardEncoder = ShardResult.encoder()

        // Pass 1: screen in batches; keep only the small entry and spill each record (key, rules, identity, encoded
        // body) in input order (a shard spills its lines, which are its result). The outputs read the records back,
        // so memory per candidate stays at a few dozen bytes.
        var entries: [ScreenedEntry] = []
        var errorKeys: [Int: String] = [:]
        var joinedRows = Set<Int>()
        entries.reserveCapacity(items.count)
        let keepIdentity = options.blind && (options.identitiesPath != nil || options.shard != nil)
        let batchSize = max(1, jobs * options.batchPerWorker)
        var head: [UInt8] = []
        // While this thread spills one batch, the workers screen the next: writing is not a pause between batches.
        let blind = options.blind
        let joinedMetadata = metadata
        func screening(from start: Int) -> InFlightBatch? {
            guard start < items.count else { return nil }
            let batch = Array(items[start..<min(items.count, start + batchSize)])
            let screening = BackgroundWork {
                screenBatch(
                    batch, jobs: jobs, evaluator: evaluator, blind: blind, metadata: joinedMetadata,
                    readFile: readFile)
            }
            return InFlightBatch(start: start, items: batch, screened: screening)
        }
        var next = screening(from: 0)
        // A run that stops on an error still lets the batch in the background finish before returning.
        defer { next?.screened.wait() }
        while let current = next {
            let batch = current.items
            let screened = current.screened.take()
            next = screening(from: current.start + batch.count)
            for (offset, candidate) in screened.enumerated() {
                let record = SpilledRecord(
                    key: batch[offset].key, rules: candidate.provisional?.rules ?? [],
                    identity: keepIdentity ? candidate.identity : nil)
                head.removeAll(keepingCapacity: true)
                do {
                    if let shardLines {
                        try shardLines.append(
                            try ShardResult.line(
                                for: candidate, record: record, body: candidate.body, encoder: shardEncoder))
                    } else {
                        record.appendHead(to: &head)
                        try spill.append(head: head, body: candidate.body)
                    }
                } catch let error as OutputError {
                    throw .output(error)
                } catch {
                    throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
                }
                if candidate.provisional?.decision == .error { errorKeys[entries.count] = record.key }
                entries.append(
                    ScreenedEntry(
                        candidateID: candidate.candidateID, score: candidate.score,
                        provisional: candidate.provisional?.decision, duplicateKeys: candidate.duplicateKeys,
                        headLength: UInt32(head.count), bodyLength: UInt32(candidate.body.count)))
                if let row = candidate.applicantRow { joinedRows.insert(row) }
            }
            progress?(current.start + batch.count, items.count)
        }
        // The entries hold all that ranking needs; the input list (paths and all) goes before the second pass.
        let fileCount = items.count
        let totalFileCount = everything.count
        items = InputList()
        everything = InputList()
        do {
            try spill.finishWriting()
            try shardLines?.flush()
        } catch {
            throw .output(error)
        }

        let criteriaSha256 = SHA256Digest.hex(criteriaBytes)
        if let shard = options.shard {
            let manifest = ShardResult.Manifest(
                tool: "shortlist", toolVersion: ShortlistVersion.current, schemaVersion: CandidateRecord.schemaVersion,
                shardIndex: shard.index, shardCount: shard.count, role: criteria.role,
                criteriaPath: options.criteriaPath, criteriaSha256: criteriaSha256, asOf: options.asOf,
                blind: options.blind, top: options.top, exports: options.exports.map(\.rawValue), jobs: jobs,
                inputs: inputs, fileCount: fileCount, totalFileCount: totalFileCount,
                metadataPath: options.metadataPath, metadataSha256: metadata?.sha256,
                metadataJoinedRows: metadata.map { _ in joinedRows.sorted() })
            do {
                try shardLines?.commit()
                try output.write(criteriaBytes, to: ShardResult.criteriaName)
                if let path = options.metadataPath {
                    try output.write(try Data(contentsOf: URL(fileURLWithPath: path)), to: ShardResult.metadataName)
                }
                let encoder = ShardResult.encoder()
                encoder.outputFormatting.insert(.prettyPrinted)
                try output.write(try encoder.encode(manifest) + Data("\n".utf8), to: ShardResult.manifestName)
            } catch let error as OutputError {
                throw .output(error)
            } catch {
                throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
            }
            var counts: [Decision: Int] = [:]
            for entry in entries { if let decision = entry.provisional { counts[decision, default: 0] += 1 } }
            return ScreeningSummary(
                fileCount: fileCount, counts: counts, duration: seconds(since: clock),
                outputDirectory: options.outputPath, shard: shard)
        }

        // Pass 2: link duplicates, rank, and write every output from the spilled bodies.
        let finisher = RunFinisher(
            criteria: criteria, criteriaPath: options.criteriaPath, criteriaSha256: criteriaSha256, options: options,
            inputs: inputs, jobs: jobs, started: started, clock: clock,
            metadata: metadata.map { MetadataJoin($0, joinedRows: joinedRows, blind: options.blind) })
        return try finisher.finish(entries, errorKeys: errorKeys, records: spill, output: output)
    }

    /// `--identities` needs `--blind` and a path outside `--out`.
    static func checkIdentitiesPath(_ options: ScreeningOptions) throws(ScreeningError) {
        guard let identities = options.identitiesPath else { return }
        guard options.blind else { throw .invalidOption("--identities is only for --blind runs") }
        let target = URL(fileURLWithPath: identities).standardizedFileURL.path
        let folder = URL(fileURLWithPath: options.outputPath).standardizedFileURL.path
        guard target != folder, !target.hasPrefix(folder + "/") else {
            throw .invalidOption(
                "--identities must be outside --out (screeners see everything in --out); choose another path")
        }
    }

    /// Seconds elapsed since `start`.
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The run's criteria (with `--top` applied), reference month and the criteria file's bytes as parsed, or the
    /// error that stops the run.
    static func loadCriteria(_ options: ScreeningOptions) throws(ScreeningError) -> (CriteriaSet, YearMonth, Data) {
        guard let referenceDate = options.referenceMonth else {
            throw .invalidOption("--as-of must be a date written YYYY-MM-DD, not '\(options.asOf)'")
        }
        var loaded: (criteria: CriteriaSet, bytes: Data)
        do { loaded = try CriteriaLoader.loadWithBytes(path: options.criteriaPath) } catch { throw .criteria(error) }
        if let top = options.top { loaded.criteria.shortlist.top = top }
        return (loaded.criteria, referenceDate, loaded.bytes)
    }

    /// A batch being screened in the background: its first index, its inputs, and its results to come.
    private struct InFlightBatch {
        var start: Int
        var items: [InputItem]
        var screened: BackgroundWork<[ScreenedCandidate]>
    }

    /// Screens one batch on `jobs` workers; results come back in the batch's order whatever the scheduling.
    static func screenBatch(
        _ batch: [InputItem], jobs: Int, evaluator: Evaluator, blind: Bool, metadata: ApplicantMetadata?,
        readFile: @escaping FileReader
    ) -> [ScreenedCandidate] {
        let next = Atomic<Int>(0)
        let collected = IndexedResults<ScreenedCandidate>()
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            let screener = CandidateScreener(
                evaluator: evaluator, blind: blind, metadata: metadata, readFile: readFile)
            var local: [(Int, ScreenedCandidate)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < batch.count else { break }
                var candidate = screener.screen(batch[index])
                candidate.duplicateKeys = candidate.fingerprint?.keys
                local.append((index, candidate))
            }
            collected.append(local)
        }
        return collected.takeInIndexOrder()
    }
}
