import Foundation
import ShortlistCore
import Testing

/// Results never depend on `--jobs`, on the order files were created in, or on the order of the command line.
@Suite struct DeterminismTests {
    @Test(arguments: Role.all)
    func outputsAreByteIdenticalForOneAndEightJobs(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "jobs")
        defer { temporary.remove() }
        let one = RunOutput(folder: temporary.path("jobs1"))
        let eight = RunOutput(folder: temporary.path("jobs8"))
        let first = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: one.folder, ["--jobs", "1"])
        let second = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: eight.folder, ["--jobs", "8"])
        try #require(first.exitCode == 0, "\(first)")
        try #require(second.exitCode == 0, "\(second)")

        #expect(try one.resultsBytes() == eight.resultsBytes(), "results.jsonl differs between --jobs 1 and 8")
        #expect(try one.shortlistBytes() == eight.shortlistBytes(), "shortlist.csv differs between --jobs 1 and 8")
        #expect(try one.reportBytes() == eight.reportBytes(), "report.html differs between --jobs 1 and 8")
        #expect(try one.manifest().options.jobs == 1)
        #expect(try eight.manifest().options.jobs == 8)
    }

    @Test(arguments: Role.all)
    func outputsAreByteIdenticalWhenFilesAreCreatedInAnotherOrder(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "order")
        defer { temporary.remove() }
        var generator = SystemRandomNumberGenerator()
        let seeds = [generator.next() as UInt64, generator.next() as UInt64]

        var outputs: [RunOutput] = []
        for (index, seed) in seeds.enumerated() {
            // Same folder name (the candidate id is derived from `<role>/<file>`), different parent.
            let copy = try temporary.folder("copy\(index)").appendingPathComponent(role.name)
            try copyShuffled(role.resumes, to: copy, seed: seed)
            let out = RunOutput(folder: temporary.path("out\(index)"))
            let result = try await ShortlistCommand.screen([copy], criteria: role.criteria, out: out.folder)
            try #require(result.exitCode == 0, "\(result)")
            outputs.append(out)
        }
        let original = RunOutput(folder: temporary.path("original"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: original.folder)
        try #require(result.exitCode == 0, "\(result)")

        let context = Comment(rawValue: "creation-order seeds \(seeds)")
        #expect(try outputs[0].resultsBytes() == outputs[1].resultsBytes(), context)
        #expect(try outputs[0].shortlistBytes() == outputs[1].shortlistBytes(), context)
        #expect(try outputs[0].resultsBytes() == original.resultsBytes(), context)
        #expect(try outputs[0].shortlistBytes() == original.shortlistBytes(), context)
    }

    @Test func outputsAreByteIdenticalWhateverTheOrderOfFilesOnTheCommandLine() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "argv")
        defer { temporary.remove() }
        let files = try inputFiles(under: role.resumes).map { role.resumes.appendingPathComponent($0) }
        let forward = RunOutput(folder: temporary.path("forward"))
        let backward = RunOutput(folder: temporary.path("backward"))
        let first = try await ShortlistCommand.screen(files, criteria: role.criteria, out: forward.folder)
        let second = try await ShortlistCommand.screen(files.reversed(), criteria: role.criteria, out: backward.folder)
        try #require(first.exitCode == 0, "\(first)")
        try #require(second.exitCode == 0, "\(second)")

        #expect(try forward.resultsBytes() == backward.resultsBytes())
        #expect(try forward.shortlistBytes() == backward.shortlistBytes())
        #expect(try forward.resultLines().count == files.count)
    }

    /// Copies every file under `source` into `destination`, creating folders and files in a shuffled order.
    private func copyShuffled(_ source: URL, to destination: URL, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for relative in try inputFiles(under: source).shuffled(using: &random) {
            let target = destination.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(relative), to: target)
        }
    }
}
