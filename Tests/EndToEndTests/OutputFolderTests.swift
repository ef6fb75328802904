import Foundation
import Testing

/// `--out` is never overwritten by accident.
@Suite struct OutputFolderTests {
    @Test func nonEmptyOutFolderIsRefusedWithoutForceAndKeptIntact() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "out")
        defer { temporary.remove() }
        let out = RunOutput(folder: try temporary.folder("previous-run"))
        let oldResults = Data("{\"old\":true}\n".utf8)
        let notes = Data("interview notes\n".utf8)
        try oldResults.write(to: out.resultsURL)
        try notes.write(to: out.folder.appendingPathComponent("notes.txt"))

        let refused = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)

        #expect(refused.exitCode != 0, "\(refused)")
        #expect(refused.stderr.contains(out.folder.path), "the message names the folder: \(refused.stderr)")
        #expect(refused.stderr.contains("--force"), "the message names --force: \(refused.stderr)")
        #expect(SummaryLine(in: refused.stderr) == nil, "no run happened")
        #expect(try Data(contentsOf: out.resultsURL) == oldResults, "results.jsonl was overwritten")
        #expect(try Data(contentsOf: out.folder.appendingPathComponent("notes.txt")) == notes)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.folder.path).sorted()
                == ["notes.txt", "results.jsonl"])

        let forced = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: out.folder, ["--force"])

        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try out.resultLines().count == inputFiles(under: role.resumes).count)
        #expect(FileManager.default.fileExists(atPath: out.shortlistURL.path))
        #expect(FileManager.default.fileExists(atPath: out.manifestURL.path))
        #expect(try Data(contentsOf: out.folder.appendingPathComponent("notes.txt")) == notes)
    }

    @Test func emptyOutFolderIsUsedWithoutForce() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "empty-out")
        defer { temporary.remove() }
        let out = RunOutput(folder: try temporary.folder("fresh"))

        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)

        #expect(result.exitCode == 0, "\(result)")
        #expect(try out.resultLines().count == inputFiles(under: role.resumes).count)
    }

    @Test func outPathThatIsAFileIsRefused() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "file-out")
        defer { temporary.remove() }
        let file = temporary.path("report.txt")
        try Data("keep".utf8).write(to: file)

        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: file, ["--force"])

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains(file.path), "\(result.stderr)")
        #expect(try Data(contentsOf: file) == Data("keep".utf8))
    }
}
