import Foundation
import ShortlistCore
import Testing

/// Inputs that are not ordinary readable resumes become `error` rows with a reason; the run still completes.
@Suite struct UnusualInputTests {
    /// One thing that can sit in an input folder besides resumes.
    enum Oddity: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case fifo, symlinkLoop, symlinkOutsideRoot, hiddenFile, emptyFile, binaryFile, pdfFile

        /// The entry's name inside the input folder.
        var fileName: String {
            switch self {
            case .fifo: "pipe.html"
            case .symlinkLoop: "loop.html"
            case .symlinkOutsideRoot: "passwd.txt"
            case .hiddenFile: ".draft.html"
            case .emptyFile: "empty.txt"
            case .binaryFile: "photo.html"
            case .pdfFile: "scan.pdf"
            }
        }

        /// A word the reason must contain, so the recruiter learns what was wrong.
        var reasonMentions: String {
            switch self {
            case .fifo: "pipe"
            case .symlinkLoop: "loop"
            case .symlinkOutsideRoot: "outside"
            case .hiddenFile: "hidden"
            case .emptyFile: "empty"
            case .binaryFile: "image"
            case .pdfFile: "pdf"
            }
        }

        var testDescription: String { rawValue }

        func create(in folder: URL) async throws {
            let path = folder.appendingPathComponent(fileName)
            let fileManager = FileManager.default
            switch self {
            case .fifo:
                let made = try await ShortlistCommand.runTool("/usr/bin/mkfifo", [path.path])
                try #require(made.exitCode == 0, "mkfifo failed: \(made)")
            case .symlinkLoop:
                try fileManager.createSymbolicLink(atPath: path.path, withDestinationPath: "loop-back.html")
                try fileManager.createSymbolicLink(
                    atPath: folder.appendingPathComponent("loop-back.html").path, withDestinationPath: fileName)
            case .symlinkOutsideRoot:
                try fileManager.createSymbolicLink(atPath: path.path, withDestinationPath: "/etc/passwd")
            case .hiddenFile:
                // A complete, strong resume: skipped only because it is hidden.
                try fileManager.copyItem(at: UnusualInputTests.goodResume, to: path)
            case .emptyFile:
                try Data().write(to: path)
            case .binaryFile:
                // A PNG behind a misleading extension: the content decides.
                let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
                try Data(signature + UnusualInputTests.randomBytes(4096)).write(to: path)
            case .pdfFile:
                try Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8 + [0, 0xE2, 0xE3, 0xCF, 0xD3])
                    .write(to: path)
            }
        }
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var random = SeededRandom(seed: 42)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    }

    static let role = Role.all[0]
    static let goodResume = role.resumes.appendingPathComponent("01-jose-nunez.html")

    @Test(arguments: Oddity.allCases)
    func oddInputBecomesAnErrorRowWithAReason(_ oddity: Oddity) async throws {
        let temporary = try TemporaryDirectory(prefix: "odd")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        try FileManager.default.copyItem(at: Self.goodResume, to: input.appendingPathComponent("01-jose-nunez.html"))
        try await oddity.create(in: input)
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen([input], criteria: Self.role.criteria, out: out.folder)

        #expect(!result.timedOut, "the run hung on the \(oddity)")
        try #require(result.exitCode == 0, "\(result)")
        let rows = try out.results()
        let expectedRows = oddity == .symlinkLoop ? 3 : 2  // both links of the loop are inputs
        #expect(rows.count == expectedRows)
        let row = try #require(rows.first { $0.sourceFile == "in/\(oddity.fileName)" }, "no row for the \(oddity)")
        #expect(row.decision == "error")
        #expect(["skipped", "error"].contains(row.status))
        let reason = row.error ?? ""
        #expect(reason.lowercased().contains(oddity.reasonMentions), "reason: \(reason)")
        #expect(row.rules.contains { !$0.reason.isEmpty }, "the error row lists the rule that decided it")
        #expect(row.score == nil && row.rank == nil)
        #expect(try out.result(for: "01-jose-nunez.html")?.status == "parsed", "the good resume is still screened")
        let summary = try #require(SummaryLine(in: result.stderr), "no summary line on stderr: \(result.stderr)")
        #expect(summary.files == expectedRows)
        #expect(summary.counts["error"] == expectedRows - 1)
    }

    @Test
    func randomBinaryWithoutAKnownSignatureBecomesAnErrorRow() async throws {
        let temporary = try TemporaryDirectory(prefix: "random")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        try Data(Self.randomBytes(4096)).write(to: input.appendingPathComponent("corrupt.html"))
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen([input], criteria: Self.role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let row = try #require(try out.result(for: "in/corrupt.html"))
        #expect(row.decision == "error")
        #expect(row.error?.contains("binary") == true, "reason: \(row.error ?? "none")")
    }

    @Test func linkOutOfTheInputFolderLeaksNothingOfItsTarget() async throws {
        let temporary = try TemporaryDirectory(prefix: "leak")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        try FileManager.default.copyItem(at: Self.goodResume, to: input.appendingPathComponent("01-jose-nunez.html"))
        try await Oddity.symlinkOutsideRoot.create(in: input)
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen([input], criteria: Self.role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let secretLines = try String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n")
            .map(String.init).filter { $0.count >= 8 }
        try #require(!secretLines.isEmpty)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.folder.path)
        #expect(written.contains("results.jsonl"))
        var texts = ["stdout": result.stdout, "stderr": result.stderr]
        for name in written {
            texts[name] = String(decoding: try Data(contentsOf: out.folder.appendingPathComponent(name)), as: UTF8.self)
        }
        for (name, text) in texts {
            for line in secretLines {
                #expect(!text.contains(line), "\(name) contains a line of /etc/passwd: \(line)")
            }
        }
    }

    @Test func linkToAResumeInsideTheInputFolderIsScreened() async throws {
        let temporary = try TemporaryDirectory(prefix: "inlink")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        try FileManager.default.copyItem(at: Self.goodResume, to: input.appendingPathComponent("01-jose-nunez.html"))
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("alias.html").path, withDestinationPath: "01-jose-nunez.html")
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen([input], criteria: Self.role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let original = try #require(try out.result(for: "in/01-jose-nunez.html"))
        let alias = try #require(try out.result(for: "in/alias.html"))
        #expect(alias.status == "parsed")
        #expect(alias.score == original.score)
    }
}
