import Foundation
import Testing

/// `manifest.json` is the audit record that lets anyone reproduce a run.
@Suite struct ManifestTests {
    @Test(arguments: Role.all)
    func manifestRecordsCriteriaHashReferenceDateAndCounts(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "manifest")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")
        let manifest = try out.manifest()
        let files = try inputFiles(under: role.resumes)

        let expectedHash = try await sha256(of: role.criteria)
        #expect(manifest.criteriaSha256 == expectedHash)
        #expect(manifest.criteriaPath == role.criteria.path)
        #expect(manifest.options.asOf == SampleData.asOf)
        #expect(manifest.role == (try role.roleTitle()))
        #expect(manifest.fileCount == files.count)
        #expect(Set(manifest.counts.keys) == ["shortlist", "review", "reject", "error"])
        #expect(manifest.counts.values.reduce(0, +) == files.count)
        var tally: [String: Int] = [:]
        for row in try out.results() { tally[row.decision, default: 0] += 1 }
        for (decision, count) in manifest.counts {
            #expect(tally[decision, default: 0] == count, "\(decision) count differs from results.jsonl")
        }
        let summary = try #require(SummaryLine(in: result.stderr), "\(result.stderr)")
        #expect(summary.counts == manifest.counts)
        #expect(summary.files == manifest.fileCount)
    }

    /// The file's SHA-256 from the system tool, an oracle independent of the binary's own hashing.
    private func sha256(of file: URL) async throws -> String {
        let output =
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") {
                try await ShortlistCommand.runTool("/usr/bin/sha256sum", [file.path])
            } else {
                try await ShortlistCommand.runTool("/usr/bin/shasum", ["-a", "256", file.path])
            }
        try #require(output.exitCode == 0, "\(output)")
        return String(output.stdout.prefix { !$0.isWhitespace })
    }
}
