import Foundation
import Testing

/// `report.html`: the recruiter's page, written with every run, self-contained and consistent with the other outputs.
@Suite struct RecruiterReportTests {
    /// Screens the backend sample and returns its outputs.
    private static func backendRun(in temporary: TemporaryDirectory, _ extra: [String] = []) async throws -> RunOutput {
        let role = Role.all[0]
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: out.folder, extra)
        try #require(result.exitCode == 0, "\(result)")
        return out
    }

    @Test func reportListsEveryCandidateInItsSectionInShortlistOrder() async throws {
        let temporary = try TemporaryDirectory(prefix: "report")
        defer { temporary.remove() }
        let out = try await Self.backendRun(in: temporary)
        let page = try out.report()
        let results = try out.results()

        // Every candidate has an explanation block, and each row of a table links to it.
        for row in results {
            #expect(page.contains("<details class=\"candidate\" id=\"\(row.candidateId)\">"), "\(row.sourceFile)")
            #expect(page.contains("href=\"#\(row.candidateId)\""), "\(row.sourceFile) is not linked")
        }
        #expect(page.components(separatedBy: "<details class=\"candidate\"").count - 1 == results.count)

        // Sections appear in order, and the shortlist table follows the CSV's ranking.
        let sections = ["id=\"shortlist\"", "id=\"review\"", "id=\"errors\"", "id=\"rejected\"", "id=\"explanations\""]
        let offsets = try sections.map { try #require(page.range(of: $0)?.lowerBound, "missing \($0)") }
        #expect(offsets == offsets.sorted())
        let shortlistTable = String(page[offsets[0]..<offsets[1]])
        let csvOrder = try out.shortlist().records.filter { $0["decision"] == "shortlist" }.compactMap {
            $0["candidate_id"]
        }
        try #require(csvOrder.count >= 2)
        let pageOrder = csvOrder.compactMap { shortlistTable.range(of: "href=\"#\($0)\"")?.lowerBound }
        #expect(pageOrder.count == csvOrder.count && pageOrder == pageOrder.sorted())

        // Rows show the candidate's name as read (HTML-escaped).
        for row in results where row.decision == "shortlist" {
            let name = try #require(row.candidate?.name, "\(row.sourceFile) has no name")
            let escaped = name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            #expect(shortlistTable.contains("href=\"#\(row.candidateId)\">\(escaped)</a>"), "\(row.sourceFile)")
        }

        // Each review candidate is in the review queue with every reason the machine gave.
        let reviewQueue = String(page[offsets[1]..<offsets[2]])
        for row in results where row.decision == "review" {
            #expect(reviewQueue.contains("href=\"#\(row.candidateId)\""))
            for rule in row.rules {
                #expect(reviewQueue.contains(">\(rule.rule)</span>"), "\(row.sourceFile): \(rule.rule)")
            }
        }

        // Counts match the results.
        for decision in ["shortlist", "review", "reject", "error"] {
            let count = results.filter { $0.decision == decision }.count
            #expect(page.contains("<div class=\"count \(decision)\"><b>\(count)</b>\(decision)</div>"), "\(decision)")
        }
    }

    @Test func histogramCountsEveryScoredCandidate() async throws {
        let temporary = try TemporaryDirectory(prefix: "report-histogram")
        defer { temporary.remove() }
        let out = try await Self.backendRun(in: temporary)
        let page = try out.report()
        let scores = try out.results().compactMap(\.score)
        var expected = [Int](repeating: 0, count: 10)
        for score in scores { expected[min(9, Int(score / 10))] += 1 }
        let bars = page.matches(of: /<title>(\d+)–(\d+): (\d+)<\/title>/).map { Int($0.3)! }
        #expect(bars == expected)
        #expect(page.contains("\(scores.count) scored candidates"))
    }

    @Test func reportIsSelfContainedAndScriptFree() async throws {
        let temporary = try TemporaryDirectory(prefix: "report-offline")
        defer { temporary.remove() }
        let page = try await Self.backendRun(in: temporary).report()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(page.firstMatch(of: /(src|href)="(https?:)?\/\//) == nil, "the page loads something from the network")
        #expect(page.contains("<svg"))
    }

    @Test func blindReportShowsNoNamesOrEmails() async throws {
        let temporary = try TemporaryDirectory(prefix: "report-blind")
        defer { temporary.remove() }
        let sightedFolder = try TemporaryDirectory(prefix: "report-sighted")
        defer { sightedFolder.remove() }
        let sighted = try await Self.backendRun(in: sightedFolder).results()
        let page = try await Self.backendRun(in: temporary, ["--blind"]).report()
        #expect(page.contains("blind screening: identities redacted"))
        for row in sighted {
            for value in [row.candidate?.name, row.candidate?.email].compactMap({ $0 }) where value.count >= 5 {
                #expect(!page.contains(value), "\(row.sourceFile): '\(value)' is in the blind report")
            }
        }
    }
}
