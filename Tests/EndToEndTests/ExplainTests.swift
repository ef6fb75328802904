import Foundation
import Testing

/// `explain` shows a recruiter one candidate: name, decision and every criterion.
@Suite struct ExplainTests {
    @Test func explainFromAFinishedRunShowsNameDecisionAndEveryCriterion() async throws {
        let role = Role.all[0]
        let labels = try role.criterionLabels()
        try #require(labels.count >= 5)
        let temporary = try TemporaryDirectory(prefix: "explain")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let run = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(run.exitCode == 0, "\(run)")
        let rows = try out.results()
        try #require(Set(rows.map(\.decision)).isSuperset(of: ["shortlist", "review", "reject"]))

        for row in rows {
            let result = try await ShortlistCommand.run(["explain", out.resultsURL.path, row.candidateId])

            #expect(result.exitCode == 0, "\(result)")
            if let name = row.candidate?.name {
                #expect(result.stdout.contains(name), "\(row.sourceFile): name missing\n\(result.stdout)")
            }
            #expect(result.stdout.contains(row.sourceFile), "\(result.stdout)")
            #expect(
                result.stdout.lowercased().contains(row.decision),
                "\(row.sourceFile): decision missing\n\(result.stdout)")
            for label in labels {
                #expect(result.stdout.contains(label), "\(row.sourceFile): criterion '\(label)' missing")
            }
        }
    }

    @Test func explainFindsACandidateBySourceFile() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "explain-file")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let run = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(run.exitCode == 0, "\(run)")
        let row = try #require(try out.result(for: "01-jose-nunez.html"))

        let result = try await ShortlistCommand.run(["explain", out.resultsURL.path, row.sourceFile])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains(row.candidateId))
    }

    @Test func explainOfAnUnknownCandidateFailsNamingIt() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "explain-unknown")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let run = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(run.exitCode == 0, "\(run)")

        let result = try await ShortlistCommand.run(["explain", out.resultsURL.path, "c_000000000000"])

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("c_000000000000"), "\(result.stderr)")
    }

    @Test(arguments: Role.all)
    func explainWithCriteriaScoresOneResumeLikeTheBatchRun(role: Role) async throws {
        let labels = try role.criterionLabels()
        let temporary = try TemporaryDirectory(prefix: "explain-criteria")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let run = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder)
        try #require(run.exitCode == 0, "\(run)")
        // The best-scored shortlisted candidate: as the only applicant it is shortlisted too.
        let best = try #require(try out.results().filter { $0.decision == "shortlist" }.min { $0.rank! < $1.rank! })
        let resume = role.resumes.deletingLastPathComponent().appendingPathComponent(best.sourceFile)

        let result = try await ShortlistCommand.run([
            "explain", "--criteria", role.criteria.path, resume.path, "--as-of", SampleData.asOf,
        ])

        #expect(result.exitCode == 0, "\(result)")
        if let name = best.candidate?.name { #expect(result.stdout.contains(name), "\(result.stdout)") }
        #expect(result.stdout.lowercased().contains("shortlist"), "\(result.stdout)")
        let score = try #require(best.score)
        let scoreText = score == score.rounded() ? String(Int(score)) : String(format: "%.1f", score)
        #expect(result.stdout.contains("\(scoreText)/100"), "same score as the batch run (\(scoreText))")
        for label in labels {
            #expect(result.stdout.contains(label), "criterion '\(label)' missing\n\(result.stdout)")
        }
    }
}
