import Foundation
import Testing

@testable import ShortlistCore

/// Reading a finished run back for `decide` and `audit`: its identity, the machine's verdicts, and clear errors for
/// a folder that is not a run.
@Suite struct RunDirectoryTests {
    private let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData")

    /// Screens the backend sample resumes into a fresh folder.
    private func screenBackend() throws -> URL {
        let out = try OversightFixture.temporaryFolder()
        let options = ScreeningOptions(
            criteriaPath: sampleData.appendingPathComponent("criteria/backend-engineer.yaml").path,
            outputPath: out.path, asOf: "2026-11-01", jobs: 1)
        _ = try ScreeningRun.run(inputs: [sampleData.appendingPathComponent("resumes/backend").path], options: options)
        return out
    }

    @Test func aScreenedRunReadsBackWithItsIdentityAndVerdicts() throws {
        let out = try screenBackend()
        defer { try? FileManager.default.removeItem(at: out) }

        let run = try RunDirectory.read(out.path)

        #expect(run.candidates.count == 16)
        #expect(run.manifest.role == "Senior Backend Engineer (server-side Swift)")
        let manifestBytes = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        #expect(run.manifestSHA256 == SHA256Digest.hex(manifestBytes))
        let knockedOut = try #require(run.candidates.first { $0.sourceFile.hasSuffix("06-marcus-oyelaran.txt") })
        #expect(knockedOut.verdict.decision == .reject)
        #expect(knockedOut.verdict.rules == ["knockout"])
        #expect(knockedOut.verdict.rank == nil)
        #expect(knockedOut.verdict.totalWeight == 100)
        let authorization = try #require(knockedOut.verdict.criteria.first { $0.id == "eu_work_authorization" })
        #expect(!authorization.met && authorization.required)
        #expect(run.candidate(knockedOut.candidateId) == knockedOut)
        #expect(run.candidates.count { $0.verdict.decision == .shortlist } == 4)
    }

    @Test func aDamagedResultsFileIsReportedWithItsLine() throws {
        let out = try screenBackend()
        defer { try? FileManager.default.removeItem(at: out) }
        let results = out.appendingPathComponent("results.jsonl")
        var lines = try String(contentsOf: results, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = "{\"schema_version\":1,"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: results)

        #expect {
            try RunDirectory.read(out.path)
        } throws: { error in
            (error as? OversightError)?.description
                == "\(out.path)/results.jsonl:3: not a results.jsonl line (the file was changed or cut short; run "
                + "`shortlist screen` again)"
        }

        try Data(lines.prefix(2).joined(separator: "\n").utf8).write(to: results)
        #expect {
            try RunDirectory.read(out.path)
        } throws: { error in
            (error as? OversightError)?.description.hasPrefix("\(out.path)/results.jsonl:2: the last line is cut short")
                == true
        }
    }

    @Test func aFolderThatIsNotARunIsRefusedWithWhatToGive() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect {
            try RunDirectory.read(folder.path)
        } throws: { error in
            (error as? OversightError)?.description
                == "\(folder.path)/manifest.json: cannot read the run's manifest: no such file or folder (give the "
                + "--out folder of a finished `shortlist screen` run)"
        }
        #expect {
            try RunDirectory.read(folder.appendingPathComponent("nope").path)
        } throws: { error in
            (error as? OversightError)?.description.hasSuffix(
                "nope: not a folder (give the --out folder of a finished `shortlist screen` run)") == true
        }
    }
}
