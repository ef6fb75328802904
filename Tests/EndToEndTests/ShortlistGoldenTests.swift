import Foundation
import Testing

/// The ranked `shortlist.csv` of each bundled role, compared with a reviewed golden file.
///
/// Goldens live in `Tests/EndToEndTests/Golden/<role>-shortlist.csv`. After an intended change to scoring, parsing
/// or the sample data, re-record them with
///
///     SHORTLIST_RECORD_GOLDEN=1 swift test --filter EndToEndTests
///
/// and review the diff of the golden files like code: every changed row is a candidate whose decision, rank or
/// contact details a recruiter will see differently.
@Suite struct ShortlistGoldenTests {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SHORTLIST_RECORD_GOLDEN"] == "1" }

    @Test func everyBundledCriteriaFileHasARoleUnderTest() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SampleData.criteriaFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files == Role.all.map(\.criteriaFile).sorted())
        for role in Role.all {
            #expect(try !inputFiles(under: role.resumes).isEmpty, "no resumes in \(role.resumes.path)")
        }
    }

    @Test(arguments: Role.all)
    func everyInputFileGetsExactlyOneResultLine(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "count")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let files = try inputFiles(under: role.resumes)
        let rows = try out.results()
        #expect(try out.resultLines().count == files.count)
        #expect(rows.map(\.sourceFile).sorted() == files.map { "\(role.name)/\($0)" })
        #expect(Set(rows.map(\.candidateId)).count == rows.count, "candidate ids must be unique")
        #expect(SummaryLine(in: result.stderr)?.files == files.count, "summary line on stderr: \(result.stderr)")
    }

    @Test(arguments: Role.all)
    func shortlistMatchesTheReviewedGolden(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "golden")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")
        let actual = try out.shortlistBytes()

        if Self.isRecording {
            try FileManager.default.createDirectory(at: SampleData.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: role.golden, options: .atomic)
            return
        }
        guard let expected = FileManager.default.contents(atPath: role.golden.path) else {
            Issue.record(
                "no golden file \(role.golden.path); record it with SHORTLIST_RECORD_GOLDEN=1 and review it")
            return
        }
        if actual != expected {
            let want = try CSVTable(parsing: String(decoding: expected, as: UTF8.self))
            let got = try CSVTable(parsing: String(decoding: actual, as: UTF8.self))
            var differences: [String] = []
            for index in 0..<max(want.rows.count, got.rows.count) {
                let wanted = index < want.rows.count ? want.rows[index].joined(separator: " | ") : "(no row)"
                let found = index < got.rows.count ? got.rows[index].joined(separator: " | ") : "(no row)"
                if wanted != found { differences.append("row \(index + 1)\n  - \(wanted)\n  + \(found)") }
            }
            if want.header != got.header { differences.insert("header: \(want.header) → \(got.header)", at: 0) }
            if differences.isEmpty { differences.append("same cells, different bytes (quoting or line endings)") }
            Issue.record(
                """
                \(role.name) shortlist.csv differs from \(role.golden.lastPathComponent); if the change is intended, \
                re-record with SHORTLIST_RECORD_GOLDEN=1 and review the diff.
                \(differences.joined(separator: "\n"))
                """)
        }
    }

    @Test(arguments: Role.all)
    func shortlistIsValidRFC4180WithTheDocumentedColumns(role: Role) async throws {
        let temporary = try TemporaryDirectory(prefix: "csv")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let bytes = try out.shortlistBytes()
        #expect(bytes.suffix(2) == Data([0x0D, 0x0A]), "every record ends with CRLF")
        let table = try out.shortlist()
        #expect(
            table.header == [
                "rank", "decision", "score", "candidate_id", "name", "email", "phone", "source_file", "reasons",
            ])
        let listed = try out.results().filter { $0.decision == "shortlist" || $0.decision == "review" }
        #expect(table.records.map { $0["candidate_id"] ?? "" }.sorted() == listed.map(\.candidateId).sorted())
        for record in table.records {
            #expect(record["reasons"]?.isEmpty == false, "every listed candidate says why: \(record)")
        }
    }
}
