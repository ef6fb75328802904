import Foundation

/// `shortlist merge SHARD_DIR… --out DIR`: combines the results of `screen --shard I/N` runs into exactly the outputs
/// one machine would have written (`results.jsonl`, `shortlist.csv` and `report.html` byte for byte; the manifest
/// says the run was merged).
public enum MergeRun {
    /// Why shard folders cannot be merged.
    public enum MergeError: Error, CustomStringConvertible {
        case unreadable(folder: String, reason: String)
        case mismatch(folder: String, reason: String)
        case incomplete(String)

        public var description: String {
            switch self {
            case .unreadable(let folder, let reason):
                "\(folder): \(reason) (is it the --out folder of a `shortlist screen --shard I/N` run?)"
            case .mismatch(let folder, let reason):
                "\(folder): \(reason); every shard must come from the same command with a different --shard I"
            case .incomplete(let message): message
            }
        }
    }

    /// - Complexity: reads every shard line once; memory O(files) for the small entries.
    public static func run(
        shardFolders: [String], outputPath: String, force: Bool, identitiesPath: String? = nil
    ) throws(ScreeningError) -> ScreeningSummary {
        let started = Date()
        let clock = ContinuousClock.now
        let manifests = try readManifests(shardFolders)
        let first = manifests[0].manifest
        var options = ScreeningOptions(
            criteriaPath: first.criteriaPath, outputPath: outputPath, asOf: first.asOf, jobs: first.jobs,
            blind: first.blind, force: force, top: first.top, identitiesPath: identitiesPath,
            exports: first.exports.compactMap(ExportFormat.init(rawValue:)))
        let folderOfFirst = manifests[0].folder
        options.criteriaPath = folderOfFirst + "/" + ShardResult.criteriaName
        let (criteria, _, _) = try ScreeningRun.loadCriteria(options)
        options.criteriaPath = first.criteriaPath
        try ScreeningRun.checkIdentitiesPath(options)
        let output: OutputDirectory
        do { output = try OutputDirectory(path: outputPath, force: force) } catch { throw .output(error) }

        // Read every shard's lines, spill their records, keep the entries; then order by key like one machine would.
        let spill: StreamedFile
        do { spill = try output.stream("merge.body") } catch { throw .output(error) }
        defer { spill.discard() }
        var entries: [(key: String, entry: ScreenedEntry, offset: Int)] = []
        var offset = 0
        var head: [UInt8] = []
        let decoder = ShardResult.decoder()
        for shard in manifests {
            let path = shard.folder + "/" + ShardResult.linesName
            var count = 0
            do {
                let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try LineReader.forEachLine(in: handle) { _, line, terminated in
                    guard terminated else { throw ShardResult.ShardLineError() }
                    let parsed = try ShardResult.parse(line, decoder: decoder)
                    guard
                        Shard.partition(of: parsed.candidateID, count: first.shardCount) == shard.manifest.shardIndex
                    else {
                        throw MergeError.mismatch(
                            folder: shard.folder,
                            reason: "\(parsed.record.key) does not belong to shard \(shard.manifest.shardIndex)")
                    }
                    head.removeAll(keepingCapacity: true)
                    parsed.record.appendHead(to: &head)
                    try spill.append(head)
                    try spill.append(Array(parsed.body))
                    let entry = ScreenedEntry(
                        candidateID: parsed.candidateID, score: parsed.score, provisional: parsed.provisional,
                        duplicateKeys: parsed.fingerprint?.keys, headLength: UInt32(head.count),
                        bodyLength: UInt32(parsed.body.count))
                    entries.append((parsed.record.key, entry, offset))
                    offset += entry.recordLength
                    count += 1
                }
            } catch let error as MergeError {
                throw .invalidOption(error.description)
            } catch let error as OutputError {
                throw .output(error)
            } catch {
                throw .invalidOption(
                    MergeError.unreadable(folder: shard.folder, reason: "\(ShardResult.linesName) is damaged")
                        .description)
            }
            guard count == shard.manifest.fileCount else {
                throw .invalidOption(
                    MergeError.mismatch(
                        folder: shard.folder,
                        reason: "\(ShardResult.linesName) has \(count) lines, \(ShardResult.manifestName) says "
                            + "\(shard.manifest.fileCount) (was the shard run interrupted?)"
                    ).description)
            }
        }
        do { try spill.flush() } catch { throw .output(error) }
        guard entries.count == first.totalFileCount else {
            throw .invalidOption(
                MergeError.incomplete(
                    "the shards hold \(entries.count) inputs, the inputs had \(first.totalFileCount): rerun the shards"
                )
                .description)
        }

        // Records must be read in entry order: rewrite them in key order (one sequential pass over the spill).
        entries.sort { $0.key < $1.key }
        let ordered = SpillFiles(in: output, name: "results.body")
        defer { ordered.discard() }
        do {
            let reader = try FileHandle(forReadingFrom: spill.temporary)
            defer { try? reader.close() }
            for (_, entry, offset) in entries {
                try reader.seek(toOffset: UInt64(offset))
                let record = Array(try reader.read(upToCount: entry.recordLength) ?? Data())
                guard record.count == entry.recordLength else {
                    throw OutputError.cannotWrite(
                        path: spill.temporary.path,
                        reason: "the merge's temporary file ended early (was the disk full?)")
                }
                try ordered.append(record: record)
            }
            try ordered.finishWriting()
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: output.url.path, reason: error.localizedDescription))
        }
        spill.discard()

        var finisher = RunFinisher(
            criteria: criteria, criteriaPath: first.criteriaPath, criteriaSha256: first.criteriaSha256,
            options: options, inputs: first.inputs, jobs: first.jobs, started: started, clock: clock,
            shards: .init(count: first.shardCount, folders: manifests.map(\.folder)))
        // `--metadata`: the rows any shard joined, reported against the copy of the file the shards read.
        if let originalPath = first.metadataPath {
            do {
                let metadata = try ApplicantMetadata.load(path: folderOfFirst + "/" + ShardResult.metadataName)
                let joined = Set(manifests.flatMap { $0.manifest.metadataJoinedRows ?? [] })
                var join = MetadataJoin(metadata, joinedRows: joined, blind: first.blind)
                join.path = originalPath
                finisher.metadata = join
            } catch {
                throw .metadata(error)
            }
        }
        var errorKeys: [Int: String] = [:]
        for (index, item) in entries.enumerated() where item.entry.provisional == .error { errorKeys[index] = item.key }
        return try finisher.finish(
            entries.map(\.entry), errorKeys: errorKeys, records: ordered, output: output)
    }

    /// Every shard's manifest, checked to be one complete set (each index 0..<N once, same run), in shard order.
    private static func readManifests(_ folders: [String]) throws(ScreeningError)
        -> [(folder: String, manifest: ShardResult.Manifest)]
    {
        var manifests: [(folder: String, manifest: ShardResult.Manifest)] = []
        for folder in folders {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(ShardResult.manifestName)
            do {
                let data = try Data(contentsOf: url)
                manifests.append((folder, try ShardResult.decoder().decode(ShardResult.Manifest.self, from: data)))
            } catch {
                throw .invalidOption(
                    MergeError.unreadable(folder: folder, reason: "no readable \(ShardResult.manifestName)").description
                )
            }
        }
        guard let first = manifests.first else { throw .invalidOption("give at least one shard folder to merge") }
        for (folder, manifest) in manifests.dropFirst() where manifest.runIdentity != first.manifest.runIdentity {
            throw .invalidOption(
                MergeError.mismatch(
                    folder: folder,
                    reason: "its criteria, options, inputs or shard count differ from \(first.folder)'s"
                ).description)
        }
        manifests.sort { $0.manifest.shardIndex < $1.manifest.shardIndex }
        let indices = manifests.map(\.manifest.shardIndex)
        let expected = Array(0..<first.manifest.shardCount)
        guard indices == expected else {
            let missing = expected.filter { !indices.contains($0) }.map { "\($0)/\(first.manifest.shardCount)" }
            let repeated = Set(indices.filter { index in indices.filter { $0 == index }.count > 1 })
                .sorted().map { "\($0)/\(first.manifest.shardCount)" }
            var problems: [String] = []
            if !missing.isEmpty { problems.append("missing shard \(missing.joined(separator: ", "))") }
            if !repeated.isEmpty { problems.append("shard \(repeated.joined(separator: ", ")) given twice") }
            throw .invalidOption(
                MergeError.incomplete(problems.joined(separator: "; ") + ": merge needs every shard exactly once")
                    .description)
        }
        return manifests
    }
}
