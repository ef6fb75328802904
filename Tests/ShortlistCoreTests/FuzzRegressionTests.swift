import Foundation
import Testing

@testable import ShortlistCore

/// The fuzz target's path (`ScreeningProbe`, see Fuzz/ and README "Fuzzing") on the inputs at its edges.
///
/// Each input a fuzzing run finds crashing, hanging or exhausting memory gets a test here, with its bytes inline.
/// The runs so far (README) found none.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The bundled backend-engineer criteria, as the fuzzer embeds them.
    private static let compiled: CompiledCriteria = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData/criteria/backend-engineer.yaml").path
        // The sample criteria are checked by CriteriaLoadingTests; a failure here would only repeat that.
        return CompiledCriteria(try! CriteriaLoader.load(path: path))
    }()

    private static let referenceDate = YearMonth(year: 2026, month: 11)

    /// Screens `bytes` under each of the fuzzer's fake paths and decodes the record line it returns.
    private func screen(_ bytes: [UInt8]) throws -> [CandidateRecord] {
        ShortlistEngine.prepare()
        return try ["x.html", "x.txt", "x.xml"].map { path in
            let line = ScreeningProbe.screen(
                bytes: bytes, path: path, compiled: Self.compiled, referenceDate: Self.referenceDate)
            return try CandidateRecord.decode(line)
        }
    }

    @Test func emptyInputIsAnErrorRecordNotACrash() throws {
        for record in try screen([]) {
            #expect(record.status == .error)
            #expect(record.decision == .error)
            #expect(record.error?.isEmpty == false)
        }
    }

    @Test func aResumeComesBackScoredUnderEveryPath() throws {
        let resume = "Ana Souza\nExperience\nBackend engineer, 2019 - present: Swift, Vapor, PostgreSQL, Redis.\n"
        for record in try screen(Array(resume.utf8)) {
            #expect(record.status == .parsed)
            #expect((record.score ?? 0) > 0)
            #expect(record.criteria.map(\.id).contains("swift"))
        }
    }
}
