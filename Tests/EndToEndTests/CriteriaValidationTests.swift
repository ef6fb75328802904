import Foundation
import Testing

/// Criteria files are validated before anything is screened, with errors a user can act on.
@Suite struct CriteriaValidationTests {
    /// Line 7 misspells `weight`; line 8 repeats an id; line 10 lists no terms.
    static let invalidCriteria = """
        role: Broken role
        shortlist: { top: 5, min_score: 60 }
        criteria:
          - id: swift
            label: Swift
            any: ["swift"]
            wieght: 10
          - id: swift
            label: Swift again
            any: []
        """

    @Test func invalidCriteriaStopsTheRunWithFileLineAndColumn() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "criteria")
        defer { temporary.remove() }
        let criteria = temporary.path("broken.yaml")
        try Self.invalidCriteria.write(to: criteria, atomically: true, encoding: .utf8)
        let out = temporary.path("out")

        let result = try await ShortlistCommand.screen([role.resumes], criteria: criteria, out: out)

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("\(criteria.path):7:5:"), "\(result.stderr)")
        #expect(result.stderr.contains("unknown key 'wieght'"), "\(result.stderr)")
        #expect(result.stderr.contains("weight"), "the hint suggests the right key: \(result.stderr)")
        #expect(result.stderr.contains("\(criteria.path):8:"), "every error is reported: \(result.stderr)")
        #expect(result.stderr.contains("\(criteria.path):10:"), "every error is reported: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("results.jsonl").path))
    }

    @Test func checkCriteriaReportsEveryErrorWithFileLineAndColumn() async throws {
        let temporary = try TemporaryDirectory(prefix: "check")
        defer { temporary.remove() }
        let criteria = temporary.path("broken.yaml")
        try Self.invalidCriteria.write(to: criteria, atomically: true, encoding: .utf8)

        let result = try await ShortlistCommand.run(["check-criteria", criteria.path])

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("\(criteria.path):7:5: unknown key 'wieght'"), "\(result.stderr)")
        #expect(result.stderr.contains("duplicate id 'swift'"), "\(result.stderr)")
    }

    @Test(arguments: Role.all)
    func checkCriteriaAcceptsEveryBundledCriteriaFile(role: Role) async throws {
        let result = try await ShortlistCommand.run(["check-criteria", role.criteria.path])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        if let title = try role.roleTitle() {
            #expect(result.stdout.contains(title), "the summary names the role: \(result.stdout)")
        }
    }
}
