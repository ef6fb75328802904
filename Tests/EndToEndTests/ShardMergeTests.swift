import Foundation
import Testing

/// `screen --shard I/N` on N "machines" and `merge` give exactly what one machine gives; duplicates are found across
/// shards; incomplete or mixed shard sets are refused.
@Suite struct ShardMergeTests {
    /// Every bundled resume (all three roles) plus a second application of one candidate under another file name.
    private static func dump(in temporary: TemporaryDirectory) throws -> URL {
        let dump = try temporary.folder("dump")
        for role in Role.all {
            try FileManager.default.copyItem(at: role.resumes, to: dump.appendingPathComponent(role.name))
        }
        let original = Role.all[0].resumes.appendingPathComponent("01-jose-nunez.html")
        var html = try String(contentsOf: original, encoding: .utf8)
        html = html.replacingOccurrences(of: "</body>", with: "<p>Updated November 2026.</p></body>")
        try html.write(
            to: dump.appendingPathComponent("jose-nunez-second-application.html"), atomically: true,
            encoding: .utf8)
        return dump
    }

    @Test(arguments: [1, 3, 7])
    func mergedShardsEqualOneMachineByteForByte(shardCount: Int) async throws {
        let temporary = try TemporaryDirectory(prefix: "shards")
        defer { temporary.remove() }
        let dump = try Self.dump(in: temporary)
        let criteria = Role.all[0].criteria
        let single = RunOutput(folder: temporary.path("single"))
        let metadata = temporary.path("applicants.csv")
        try "email,job,source\njose.nunez@example.com,Backend,LinkedIn\nnobody@example.com,Backend,Referral\n".write(
            to: metadata, atomically: true, encoding: .utf8)
        let exports = ["--export", "greenhouse,jsonresume", "--metadata", metadata.path]
        let one = try await ShortlistCommand.screen([dump], criteria: criteria, out: single.folder, exports)
        try #require(one.exitCode == 0, "\(one)")

        var folders: [String] = []
        var screened = 0
        for index in (0..<shardCount).reversed() {
            let folder = temporary.path("shard-\(index)")
            let run = try await ShortlistCommand.screen(
                [dump], criteria: criteria, out: folder, ["--shard", "\(index)/\(shardCount)", "--jobs", "1"] + exports)
            try #require(run.exitCode == 0, "\(run)")
            #expect(run.stderr.contains("shard \(index)/\(shardCount):"))
            screened += Int(run.stderr.firstMatch(of: /: (\d+) resumes? screened/)?.1 ?? "") ?? 0
            folders.append(folder.path)
        }
        #expect(screened == (try single.results().count), "the shards did not partition the inputs")

        let merged = RunOutput(folder: temporary.path("merged"))
        let merge = try await ShortlistCommand.run(["merge"] + folders + ["--out", merged.folder.path])
        try #require(merge.exitCode == 0, "\(merge)")
        #expect(SummaryLine(in: merge.stderr) == SummaryLine(in: one.stderr))
        #expect(try merged.resultsBytes() == single.resultsBytes(), "results.jsonl differs")
        #expect(try merged.shortlistBytes() == single.shortlistBytes(), "shortlist.csv differs")
        #expect(try merged.reportBytes() == single.reportBytes(), "report.html differs")
        let greenhouse = "exports/greenhouse.csv"
        #expect(
            try Data(contentsOf: merged.folder.appendingPathComponent(greenhouse))
                == Data(contentsOf: single.folder.appendingPathComponent(greenhouse)), "the Greenhouse export differs")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: merged.manifestURL)) as? [String: Any]
        let shards = manifest?["shards"] as? [String: Any]
        #expect(shards?["count"] as? Int == shardCount)
        // The --metadata join is reported across all shards: one row joined (twice: both applications), one unmatched.
        let singleManifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: single.manifestURL)) as? [String: Any]
        let join = try #require(manifest?["metadata"] as? [String: Any], "no metadata in the merged manifest")
        #expect(join as NSDictionary == (singleManifest?["metadata"] as? [String: Any] ?? [:]) as NSDictionary)
        #expect(join["matched_rows"] as? Int == 1 && (join["unmatched"] as? [Any])?.count == 1)
        #expect(merge.stderr.contains("1 matched no resume (line 3"), "\(merge.stderr)")
        #expect(try merged.manifest().criteriaSha256 == single.manifest().criteriaSha256)
    }

    @Test func secondApplicationOfOnePersonIsLinkedAndSentToReview() async throws {
        let temporary = try TemporaryDirectory(prefix: "duplicates")
        defer { temporary.remove() }
        let dump = try Self.dump(in: temporary)
        let out = RunOutput(folder: temporary.path("out"))
        let run = try await ShortlistCommand.screen([dump], criteria: Role.all[0].criteria, out: out.folder)
        try #require(run.exitCode == 0, "\(run)")
        let first = try #require(try out.result(for: "backend/01-jose-nunez.html"))
        let second = try #require(try out.result(for: "jose-nunez-second-application.html"))
        for (row, other) in [(first, second), (second, first)] {
            #expect(row.decision == "review", "\(row.sourceFile): \(row.decision)")
            let rule = try #require(row.rules.first { $0.rule == "possible_duplicate" }, "\(row.sourceFile)")
            #expect(rule.reason.contains(other.candidateId))
            #expect(rule.reason.contains("same e-mail") && rule.reason.contains("near-identical text"))
        }
        // Nobody else in the sample is taken for a duplicate.
        let flagged = try out.results().filter { $0.rules.contains { $0.rule == "possible_duplicate" } }
        #expect(Set(flagged.map(\.candidateId)) == [first.candidateId, second.candidateId])
        let line = try #require(try out.resultLines().first { $0.contains(first.candidateId + "\",\"source_file") })
        #expect(line.contains("\"possible_duplicates\":[\"\(second.candidateId)\"]"))
    }

    @Test func incompleteOrMixedShardSetsAreRefused() async throws {
        let temporary = try TemporaryDirectory(prefix: "shards-bad")
        defer { temporary.remove() }
        let role = Role.all[0]
        func shard(_ spec: String, _ name: String, _ extra: [String] = []) async throws -> String {
            let folder = temporary.path(name)
            let run = try await ShortlistCommand.screen(
                [role.resumes], criteria: role.criteria, out: folder, ["--shard", spec] + extra)
            try #require(run.exitCode == 0, "\(run)")
            return folder.path
        }
        let zero = try await shard("0/3", "a0")
        let one = try await shard("1/3", "a1")
        let otherDate = try await shard("2/3", "b2", ["--as-of", "2025-01-01"])

        let missing = try await ShortlistCommand.run(["merge", zero, one, "--out", temporary.path("m1").path])
        #expect(missing.exitCode != 0)
        #expect(missing.stderr.contains("missing shard 2/3"), "\(missing)")

        let twice = try await ShortlistCommand.run(["merge", zero, zero, one, "--out", temporary.path("m2").path])
        #expect(twice.exitCode != 0)
        #expect(twice.stderr.contains("given twice"), "\(twice)")

        let mixed = try await ShortlistCommand.run(["merge", zero, one, otherDate, "--out", temporary.path("m3").path])
        #expect(mixed.exitCode != 0)
        #expect(mixed.stderr.contains("differ"), "\(mixed)")

        let notAShard = try await ShortlistCommand.run(
            ["merge", role.resumes.path, "--out", temporary.path("m4").path])
        #expect(notAShard.exitCode != 0)
        #expect(notAShard.stderr.contains("shard.json"), "\(notAShard)")

        let badSpec = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: temporary.path("x"), ["--shard", "3/3"])
        #expect(badSpec.exitCode == 64)
        #expect(badSpec.stderr.contains("--shard must be I/N"))
    }
}
