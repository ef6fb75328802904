import Foundation

/// The second half of a run, shared by `screen` and `merge`: from the screened entries and their spilled bodies to
/// every output — duplicates linked, candidates ranked, `results.jsonl`, `shortlist.csv`, `report.html`,
/// `identities.csv` and `manifest.json`. Whatever produced the entries (one machine or merged shards), the same
/// entries give the same bytes.
struct RunFinisher {
    var criteria: CriteriaSet
    var criteriaPath: String
    var criteriaSha256: String
    var options: ScreeningOptions
    var inputs: [String]
    var jobs: Int
    var started: Date
    var clock: ContinuousClock.Instant
    /// Recorded in the manifest of a merged run.
    var shards: RunManifest.Shards? = nil
    /// How the `--metadata` rows were joined, for the summary and the manifest.
    var metadata: MetadataJoin? = nil

    /// - Parameters:
    ///   - entries: in key order.
    ///   - errorKeys: the keys of the entries whose input could not be screened, by entry index (the report lists
    ///     errors by key).
    ///   - records: the spill holding each entry's `SpilledRecord`, in entry order; each of its files is deleted
    ///     once read.
    /// - Complexity: O(entries) plus reading the records once; memory O(entries) for the small entries.
    func finish(
        _ entries: [ScreenedEntry], errorKeys: [Int: String], records: SpillFiles, output: OutputDirectory
    ) throws(ScreeningError) -> ScreeningSummary {
        let duplicates = linkDuplicates(entries)
        var duplicated = [Bool](repeating: false, count: entries.count)
        for index in duplicates.keys { duplicated[index] = true }
        let ranking = RankingEntries(entries: entries, duplicated: duplicated)
        let outcomes = Ranking.decide(ranking, policy: criteria.shortlist, reviewBand: criteria.reviewBand)
        var counts: [Decision: Int] = [:]
        var csvRows: [ShortlistCSV.Row] = []
        var report = RecruiterReport()
        report.explanationLimit = options.reportExplanationLimit
        /// The contact details `shortlist.csv` shows, by candidate id: read from the explained candidates' lines on
        /// the workers, and for shortlist and review rows not explained in the report (a review queue longer than
        /// the report's limit) decoded here, one by one.
        var contacts: [String: Contact] = [:]
        var exportLines: [[UInt8]] = []
        var exported: [String] = []
        let (explainedInReport, listedInReport) = RecruiterReport.selection(
            ranking, outcomes, errorKeys: errorKeys, limit: options.reportExplanationLimit)
        var identities: [IdentitiesCSV.Row] = []
        do {
            let results = try output.stream("results.jsonl")
            defer { results.discard() }
            // The explained candidates' markup waits on disk until the page is written, in page order.
            let explanations = try output.stream("report.explanations")
            defer { explanations.discard() }
            var explanationBytes = 0
            // The spill file being read, and its segment.
            var reading: (segment: Int, handle: FileHandle)?
            defer { try? reading?.handle.close() }
            // Records are read a few MiB at a time and their lines built on every worker, in the background while
            // this thread goes through the chunk before in entry order (counts, the report's rows, the CSV rows,
            // writing).
            let finisher = self
            func building(from start: Int) throws -> InFlightChunk? {
                guard start < entries.count else { return nil }
                let segment = records.segment(holding: start)
                let reader: FileHandle
                if let current = reading, current.segment == segment {
                    reader = current.handle
                } else {
                    // Chunks are read one after the other: the previous file has been read whole.
                    if let previous = reading {
                        try? previous.handle.close()
                        records.discard(segment: previous.segment)
                    }
                    reader = try FileHandle(forReadingFrom: records.segments[segment].file.temporary)
                    reading = (segment, reader)
                }
                let segmentEnd = records.endEntry(of: segment)
                var end = start + 1
                var bytes = entries[start].recordLength
                while end < segmentEnd, bytes + entries[end].recordLength <= Self.bytesPerChunk {
                    bytes += entries[end].recordLength
                    end += 1
                }
                let chunk = start..<end
                let recordBytes = bytes
                let building = BackgroundWork {
                    Result { () throws(OutputError) in
                        try finisher.lines(
                            for: chunk, recordBytes: recordBytes, of: entries, outcomes: outcomes,
                            duplicates: duplicates, explaining: explainedInReport, from: reader)
                    }
                }
                return InFlightChunk(range: chunk, built: building)
            }
            var next = try building(from: 0)
            // Stopping on an error still lets the chunk in the background finish before the reader is closed.
            defer { next?.built.wait() }
            while let current = next {
                let chunk = current.range
                let built = try current.built.take().get()
                next = try building(from: chunk.upperBound)
                var index = chunk.lowerBound
                for piece in built {
                    for line in piece.lines {
                        defer { index += 1 }
                        let entry = entries[index]
                        let outcome = outcomes[index]
                        counts[outcome.decision, default: 0] += 1
                        if options.identitiesPath != nil {
                            identities.append(
                                IdentitiesCSV.Row(
                                    candidateID: entry.candidateID, sourceFile: line.key, contact: line.identity))
                        }
                        let explained = explainedInReport.contains(index)
                        let exportedLine = !options.exports.isEmpty && outcome.decision == .shortlist
                        let needsContact =
                            !explained && (outcome.decision == .shortlist || outcome.decision == .review)
                        // Only the few lines that are exported or shown in the CSV without an explanation are
                        // copied out.
                        let bytes = exportedLine || needsContact ? Array(piece.bytes[line.bytes]) : nil
                        var explanation: RecruiterReport.Explained?
                        if explained {
                            explanation = RecruiterReport.Explained(name: "(no name found)", markup: nil)
                            if let made = line.explanation {
                                try explanations.append(made.markup)
                                explanation = RecruiterReport.Explained(
                                    name: made.name,
                                    markup: explanationBytes..<(explanationBytes + made.markup.count))
                                explanationBytes += made.markup.count
                                contacts[entry.candidateID] = made.contact
                            }
                        }
                        report.add(
                            candidateID: entry.candidateID, sourceFile: line.sourceFile, decision: outcome.decision,
                            rank: outcome.rank, score: entry.score, rules: line.rules, explained: explanation,
                            listed: listedInReport.contains(index))
                        if exportedLine, let bytes { exportLines.append(bytes) }
                        if outcome.decision == .shortlist || outcome.decision == .review {
                            if needsContact, let bytes { contacts[entry.candidateID] = Self.csvContact(of: bytes) }
                            csvRows.append(
                                ShortlistCSV.Row(
                                    rank: outcome.rank, decision: outcome.decision, score: entry.score,
                                    candidateID: entry.candidateID, contact: nil,
                                    sourceFile: line.sourceFile, reasons: line.rules.map(\.reason)))
                        }
                    }
                    try results.append(piece.bytes)
                }
            }
            try results.commit()
            // The report's page is rendered in the background while the CSV and the exports are written.
            let finishedReport = report
            let run = RecruiterReport.RunInfo(
                role: criteria.role, asOf: options.asOf, criteriaPath: criteriaPath, criteriaSha256: criteriaSha256,
                blind: options.blind, top: criteria.shortlist.top, minScore: criteria.shortlist.minScore,
                reviewBand: criteria.reviewBand, toolVersion: ShortlistVersion.current)
            let framing = BackgroundWork {
                Result { () throws(OutputError) in
                    do { return try finishedReport.frame(run: run) } catch {
                        throw OutputError.cannotWrite(path: "report.html", reason: "\(error)")
                    }
                }
            }
            defer { framing.wait() }
            for index in csvRows.indices { csvRows[index].contact = contacts[csvRows[index].candidateID] }
            csvRows.sort {
                ($0.decision, $0.rank ?? .max, $0.candidateID) < ($1.decision, $1.rank ?? .max, $1.candidateID)
            }
            try output.write(try ShortlistCSV.render(csvRows), to: "shortlist.csv")
            exported = try ExportWriter.write(
                options.exports, candidates: try exportLines.map { try CandidateRecord.decode(bytes: $0) },
                context: ExportContext(
                    criteria: criteria, criteriaPath: criteriaPath, criteriaSha256: criteriaSha256, asOf: options.asOf,
                    blind: options.blind),
                to: output)
            try explanations.flush()
            let markup = try FileHandle(forReadingFrom: explanations.temporary)
            defer { try? markup.close() }
            let page = try output.stream("report.html")
            defer { page.discard() }
            try RecruiterReport.write(
                try framing.take().get(),
                explanation: { range in
                    try markup.seek(toOffset: UInt64(range.lowerBound))
                    let bytes = Array(try markup.read(upToCount: range.count) ?? Data())
                    guard bytes.count == range.count else {
                        throw OutputError.cannotWrite(
                            path: "report.html", reason: "the run's temporary file of explanations ended early")
                    }
                    return bytes
                }, to: page.append)
            try page.commit()
            if let path = options.identitiesPath { try IdentitiesCSV.write(identities, to: path) }
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
        }

        let summary = ScreeningSummary(
            fileCount: entries.count, counts: counts, duration: ScreeningRun.seconds(since: clock),
            outputDirectory: options.outputPath, metadata: metadata)
        try writeManifest(summary, exported: exported, to: output)
        return summary
    }

    /// Bodies read and turned into `results.jsonl` lines together (one read, one parallel step): a few hundred
    /// typical lines of ~15 KB, and the memory stays a few MiB whatever the run's size.
    static let bytesPerChunk = 2 << 20

    /// The entries as ranking sees them (a possible duplicate goes to review), made when read rather than kept: a run
    /// of 100,000 would hold 3 MB more.
    private struct RankingEntries: RandomAccessCollection {
        let entries: [ScreenedEntry]
        let duplicated: [Bool]

        var startIndex: Int { 0 }
        var endIndex: Int { entries.count }

        subscript(index: Int) -> Ranking.Entry {
            let entry = entries[index]
            return Ranking.Entry(
                candidateID: entry.candidateID, score: entry.score,
                provisional: duplicated[index] ? .review : entry.provisional)
        }
    }

    /// A chunk of entries whose lines are being built in the background.
    private struct InFlightChunk {
        var range: Range<Int>
        var built: BackgroundWork<Result<[BuiltLines], OutputError>>
    }

    /// Consecutive `results.jsonl` lines, each ending in a line feed, built by one worker.
    private struct BuiltLines: Sendable {
        var bytes: [UInt8] = []
        var lines: [Line] = []

        /// One entry's line (without its line feed), the rules and source file it shows, its key and identity (for
        /// `identities.csv`), and its explanation when the report explains it in full.
        struct Line: Sendable {
            var bytes: Range<Int>
            var rules: [FiredRule]
            var sourceFile: String
            var key: String
            var identity: Contact?
            var explanation: RecruiterReport.Explanation?
        }
    }

    /// Reads the records of `chunk` (the next `recordBytes` bytes of the spill) and builds their lines, and the
    /// explanations of the entries in `explained`, on `jobs` threads, in pieces that follow each other in entry order.
    private func lines(
        for chunk: Range<Int>, recordBytes length: Int, of entries: [ScreenedEntry], outcomes: [Ranking.Outcome],
        duplicates: [Int: DuplicateDetector.Match], explaining explained: Set<Int>, from reader: FileHandle
    ) throws(OutputError) -> [BuiltLines] {
        let blob: Data
        do { blob = try reader.read(upToCount: length) ?? Data() } catch {
            throw OutputError.cannotWrite(
                path: "results.jsonl",
                reason: "cannot read the run's temporary results file: \(error.localizedDescription)")
        }
        guard blob.count == length else {
            throw OutputError.cannotWrite(
                path: "results.jsonl", reason: "the run's temporary results file ended early (was the disk full?)")
        }
        var starts = [Int]()
        starts.reserveCapacity(chunk.count)
        var offset = 0
        for index in chunk {
            starts.append(offset)
            offset += entries[index].recordLength
        }
        let offsets = starts
        let blind = options.blind
        let pieces = ParallelChunks.mapRanges(count: chunk.count, jobs: jobs) { positions -> BuiltLines? in
            var built = BuiltLines()
            let bodyEnd = positions.upperBound < offsets.count ? offsets[positions.upperBound] : length
            built.bytes.reserveCapacity(bodyEnd - offsets[positions.lowerBound] + 512 * positions.count)
            for position in positions {
                let index = chunk.lowerBound + position
                let entry = entries[index]
                let outcome = outcomes[index]
                let headStart = offsets[position]
                let bodyStart = headStart + Int(entry.headLength)
                guard let record = try? SpilledRecord(head: Array(blob[headStart..<bodyStart])[...]) else { return nil }
                // File names usually carry the candidate's name: blind runs show the candidate id only.
                let sourceFile = blind ? Redaction.marker : record.key
                var rules = outcome.rule.map { [$0] } ?? record.rules
                if let match = duplicates[index] {
                    rules = record.rules + [FiredRule(.possibleDuplicate, reason: match.sentence)]
                }
                let lineStart = built.bytes.count
                var json = JSONWriter(continuing: &built.bytes)
                CandidateRecord.writeLine(
                    candidateId: entry.candidateID, sourceFile: sourceFile, decision: outcome.decision,
                    rank: outcome.rank, score: entry.score, rules: rules,
                    possibleDuplicates: duplicates[index]?.others ?? [],
                    body: blob[bodyStart..<(bodyStart + Int(entry.bodyLength))], to: &json)
                built.bytes = json.take()
                let line = lineStart..<built.bytes.count
                built.lines.append(
                    .init(
                        bytes: line, rules: rules, sourceFile: sourceFile, key: record.key, identity: record.identity,
                        explanation: explained.contains(index)
                            ? RecruiterReport.Explanation(line: Array(built.bytes[line])) : nil))
                built.bytes.append(0x0A)
            }
            return built
        }
        return try pieces.map { piece throws(OutputError) in
            guard let piece else {
                throw OutputError.cannotWrite(
                    path: "results.jsonl", reason: "the run's temporary results file is damaged (was it changed?)")
            }
            return piece
        }
    }

    /// The contact details `shortlist.csv` shows for a `results.jsonl` line (see `CandidateRecord.csvContact`).
    private static func csvContact(of line: [UInt8]) -> Contact? {
        struct ContactOnly: Decodable {
            var candidate: Contact?
            var applicant: ApplicantMatch?
        }
        guard let found = try? CandidateRecord.lineDecoder().decode(ContactOnly.self, from: Data(line)) else {
            return nil
        }
        return CandidateRecord.csvContact(candidate: found.candidate, applicant: found.applicant)
    }

    /// Duplicate matches by entry index, when the `possible_duplicate` rule is on. Unreadable files are never linked.
    private func linkDuplicates(_ entries: [ScreenedEntry]) -> [Int: DuplicateDetector.Match] {
        guard criteria.escalate.reviewDuplicates else { return [:] }
        return DuplicateDetector.find(
            entries.map { $0.provisional == .error ? nil : $0.duplicateKeys }, candidateIDs: entries.map(\.candidateID),
            maxTextDistance: criteria.escalate.duplicateTextDistance)
    }

    private func writeManifest(_ summary: ScreeningSummary, exported: [String], to output: OutputDirectory)
        throws(ScreeningError)
    {
        let formatter = ISO8601DateFormatter()
        let duration = summary.duration
        let manifest = RunManifest(
            tool: "shortlist", toolVersion: ShortlistVersion.current, schemaVersion: CandidateRecord.schemaVersion,
            role: criteria.role, criteriaPath: criteriaPath, criteriaSha256: criteriaSha256,
            options: .init(
                asOf: options.asOf, jobs: jobs, blind: options.blind, top: criteria.shortlist.top,
                minScore: criteria.shortlist.minScore, reviewBand: criteria.reviewBand),
            inputs: inputs, fileCount: summary.fileCount,
            counts: Dictionary(uniqueKeysWithValues: Decision.allCases.map { ($0.rawValue, summary.counts[$0] ?? 0) }),
            startedAt: formatter.string(from: started), finishedAt: formatter.string(from: Date()),
            durationSeconds: (duration * 1000).rounded() / 1000,
            resumesPerSecond: duration > 0 ? (Double(summary.fileCount) / duration).rounded() : 0,
            outputs: ["results.jsonl", "shortlist.csv", "report.html"] + exported + ["manifest.json"], shards: shards,
            metadata: metadata)
        do {
            try output.write(try manifest.encoded(), to: "manifest.json")
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
        }
    }
}
