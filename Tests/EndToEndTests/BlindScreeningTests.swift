import Foundation
import Testing

/// `screen --blind [--identities FILE]`: nothing identifying in any output a screener sees, the same scores, and a
/// separate mapping back to the people for after the decision.
@Suite struct BlindScreeningTests {
    @Test func blindRunHidesIdentitiesEverywhereAndIdentitiesFileMapsThemBack() async throws {
        let temporary = try TemporaryDirectory(prefix: "blind")
        defer { temporary.remove() }
        let role = Role.all[0]
        let sighted = RunOutput(folder: temporary.path("sighted"))
        let blind = RunOutput(folder: temporary.path("blind"))
        let identities = temporary.path("private-identities.csv")
        let first = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: sighted.folder)
        let second = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: blind.folder, ["--blind", "--identities", identities.path])
        try #require(first.exitCode == 0, "\(first)")
        try #require(second.exitCode == 0, "\(second)")

        let open = try sighted.results()
        let hidden = try blind.results()
        #expect(open.map(\.candidateId) == hidden.map(\.candidateId))
        #expect(open.map(\.score) == hidden.map(\.score), "blind screening changed a score")
        #expect(open.map(\.decision) == hidden.map(\.decision), "blind screening changed a decision")
        #expect(hidden.allSatisfy { $0.sourceFile == "[redacted]" }, "a file name (often the person's name) is shown")

        // No name, e-mail or file name of any candidate in any screener-facing output.
        let outputs = [
            try String(decoding: blind.resultsBytes(), as: UTF8.self),
            try String(decoding: blind.shortlistBytes(), as: UTF8.self), try blind.report(),
        ]
        for row in open {
            let secrets = [row.candidate?.name, row.candidate?.email, row.sourceFile].compactMap { $0 }
            for secret in secrets where secret.count >= 5 {
                for (index, text) in outputs.enumerated() {
                    #expect(!text.contains(secret), "output \(index) contains '\(secret)'")
                }
            }
        }
        // Graduation years are gone from education evidence.
        let lines = try blind.resultLines().map { String($0) }
        let educationYear = /"section":"education","snippet":"[^"]*\b(19[4-9]\d|20[0-4]\d)\b/
        #expect(lines.allSatisfy { $0.firstMatch(of: educationYear) == nil })
        #expect(lines.contains { $0.contains("[year]") }, "no graduation year was redacted in the sample")

        // identities.csv maps every candidate id back to its file and contact details.
        let table = try CSVTable(parsing: String(decoding: try Data(contentsOf: identities), as: UTF8.self))
        #expect(table.header == ["candidate_id", "source_file", "name", "email", "phone", "location", "links"])
        let byID = Dictionary(uniqueKeysWithValues: table.records.map { ($0["candidate_id"] ?? "", $0) })
        #expect(byID.count == open.count)
        for row in open {
            let identity = try #require(byID[row.candidateId], "\(row.sourceFile) missing from identities.csv")
            #expect(identity["source_file"] == row.sourceFile)
            #expect(identity["name"] == (row.candidate?.name ?? ""))
            #expect(identity["email"] == (row.candidate?.email ?? ""))
        }
    }

    @Test func identitiesNeedBlindAndAPathOutsideTheOutputFolder() async throws {
        let temporary = try TemporaryDirectory(prefix: "blind-args")
        defer { temporary.remove() }
        let role = Role.all[0]
        let out = temporary.path("out")

        let notBlind = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: out, ["--identities", temporary.path("ids.csv").path])
        #expect(notBlind.exitCode == 64, "\(notBlind)")
        #expect(notBlind.stderr.contains("--identities is only for --blind runs"))

        let inside = try await ShortlistCommand.screen(
            [role.resumes], criteria: role.criteria, out: out,
            ["--blind", "--identities", out.appendingPathComponent("ids.csv").path])
        #expect(inside.exitCode != 0, "\(inside)")
        #expect(inside.stderr.contains("--identities must be outside --out"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("ids.csv").path))
    }
}
