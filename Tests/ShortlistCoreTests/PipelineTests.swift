import Foundation
import Testing

@testable import ShortlistCore

/// The batch pipeline run in-process (so the thread sanitizer sees its workers), on the bundled sample resumes.
@Suite struct PipelineTests {
    private let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData")

    private func run(
        jobs: Int, batchPerWorker: Int = 256, blind: Bool = false, reportExplanationLimit: Int = 500,
        spillSegmentBytes: Int = SpillFiles.segmentBytes,
        readFile: @escaping ScreeningRun.FileReader =
            ScreeningRun.defaultFileReader
    ) throws -> (summary: ScreeningSummary, results: String, csv: String, files: [String]) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-pipeline-\(UUID())")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = ScreeningOptions(
            criteriaPath: sampleData.appendingPathComponent("criteria/backend-engineer.yaml").path,
            outputPath: out.path, asOf: "2026-11-01", jobs: jobs, blind: blind)
        options.batchPerWorker = batchPerWorker
        options.reportExplanationLimit = reportExplanationLimit
        options.spillSegmentBytes = spillSegmentBytes
        let summary = try ScreeningRun.run(
            inputs: [sampleData.appendingPathComponent("resumes").path], options: options, readFile: readFile)
        let results = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
        let csv = try String(contentsOf: out.appendingPathComponent("shortlist.csv"), encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        return (summary, results, csv, files)
    }

    @Test func theSpillCanBeManyFilesAndNoneIsLeftBehind() throws {
        let whole = try run(jobs: 2)
        let split = try run(jobs: 2, batchPerWorker: 3, spillSegmentBytes: 1)  // a file per record
        #expect(split.results == whole.results)
        #expect(split.csv == whole.csv)
        #expect(whole.files == ["manifest.json", "report.html", "results.jsonl", "shortlist.csv"])
        #expect(split.files == whole.files)
    }

    @Test func resultsDoNotDependOnWorkersOrBatchSize() throws {
        let one = try run(jobs: 1)
        let four = try run(jobs: 4, batchPerWorker: 3)
        #expect(one.results == four.results)
        #expect(one.csv == four.csv)
        #expect(one.summary.fileCount == one.results.split(separator: "\n").count)
        #expect(one.summary.counts[.shortlist] == 4)
    }

    @Test func csvRowsKeepTheirContactDetailsWhenTheReportExplainsFewerCandidates() throws {
        let full = try run(jobs: 2)
        let brief = try run(jobs: 2, reportExplanationLimit: 1)
        #expect(brief.csv == full.csv, "shortlist.csv changed with the number of candidates report.html explains")
        #expect(full.csv.contains("jose.nunez@example.com"))
    }

    @Test func aFileThatCannotBeReadBecomesAnErrorRowAndTheRunGoesOn() throws {
        let result = try run(jobs: 2) { path in
            if path.hasSuffix("01-jose-nunez.html") { throw POSIXError(.EACCES) }
            return try ScreeningRun.defaultFileReader(path)
        }
        let row = try #require(result.results.split(separator: "\n").first { $0.contains("01-jose-nunez.html") })
        let record = try CandidateRecord.decode(row)
        #expect(record.decision == .error)
        #expect(record.error == "cannot read the file: permission denied")
        #expect(result.summary.counts[.error] == 1)
    }

    @Test func blindScreeningRedactsContactDetailsButKeepsScores() throws {
        let open = try run(jobs: 2)
        let blind = try run(jobs: 2, blind: true)
        for secret in ["José Núñez", "jose.nunez@example.com", "Zoë Åkesson", "zoe.akesson@example.org"] {
            #expect(open.results.contains(secret))
            #expect(!blind.results.contains(secret))
            #expect(!blind.csv.contains(secret))
        }
        #expect(blind.csv.contains("[redacted]"))
        let scores = { (text: String) in try text.split(separator: "\n").map { try CandidateRecord.decode($0).score } }
        #expect(try scores(open.results) == scores(blind.results))
    }
}
