import CSV
import Foundation
import Testing

/// `screen --export`: the shortlisted candidates of a real run, re-read with independent readers (CSV.swift,
/// `JSONSerialization`, `XMLParser`, and Shortlist itself for HR-XML), with the fields an ATS import needs.
@Suite struct ATSExportTests {
    static let role = Role.all[0]
    static let allFormats = ["--export", "greenhouse,lever", "--export", "jsonresume", "--export", "hropen"]

    /// How the backend sample's shortlisted names are split (checked by hand; the splitter's own table is in the
    /// unit tests).
    static let expectedSplit: [String: (given: String, family: String)] = [
        "José Núñez": ("José", "Núñez"), "Zoë Åkesson": ("Zoë", "Åkesson"),
        "FRANÇOIS LEFÈVRE": ("FRANÇOIS", "LEFÈVRE"), "Łukasz Wróbel": ("Łukasz", "Wróbel"),
    ]

    /// Every row of a CSV file as column → cell, read with CSV.swift.
    static func csvRecords(_ url: URL) throws -> (header: [String], records: [[String: String]]) {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var records: [[String: String]] = []
        while let row = reader.next() {
            try #require(row.count == header.count, "a row with \(row.count) cells under \(header.count) columns")
            records.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return (header, records)
    }

    /// Every file under `exports/`, as paths relative to it.
    static func exportFiles(_ out: RunOutput) throws -> [String] {
        try inputFiles(under: out.exportsURL)
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func everyShortlistedCandidateIsInEveryExportWithTheRightFieldsAndNobodyElse() async throws {
        let temporary = try TemporaryDirectory(prefix: "exports")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: out.folder, Self.allFormats)
        try #require(result.exitCode == 0, "\(result)")

        let results = try out.results()
        let shortlisted = results.filter { $0.decision == "shortlist" }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
        try #require(shortlisted.count == 4, "the backend sample shortlists four candidates")
        #expect(results.contains { $0.decision == "review" }, "the sample has review candidates to leave out")
        // shortlist.csv agrees with results.jsonl on who is shortlisted and how to reach them.
        let csvShortlist = try out.shortlist().records.filter { $0["decision"] == "shortlist" }
        #expect(csvShortlist.map { $0["candidate_id"] } == shortlisted.map(\.candidateId))
        #expect(csvShortlist.map { $0["email"] } == shortlisted.map { $0.candidate?.email })
        let roleTitle = try #require(try Self.role.roleTitle())

        let ids = shortlisted.map(\.candidateId)
        let expectedFiles =
            ["greenhouse.csv", "lever.csv"] + ids.map { "jsonresume/\($0).json" }
            + ids.map { "hropen/\($0).xml" }
        #expect(try Self.exportFiles(out) == expectedFiles.sorted(), "exactly the shortlisted candidates' files")
        #expect(
            try out.manifest().outputs
                == ["results.jsonl", "shortlist.csv", "report.html", "exports/greenhouse.csv", "exports/lever.csv"]
                + ids.map { "exports/jsonresume/\($0).json" } + ids.map { "exports/hropen/\($0).xml" }
                + ["manifest.json"])

        let greenhouse = try Self.csvRecords(out.exportsURL.appendingPathComponent("greenhouse.csv"))
        #expect(
            greenhouse.header == [
                "First Name", "Last Name", "Email", "Phone", "Social Media", "Website", "Address", "Source", "Job",
                "Tags", "Notes",
            ])
        let lever = try Self.csvRecords(out.exportsURL.appendingPathComponent("lever.csv"))
        #expect(
            lever.header == [
                "Full Name", "Email", "Phone", "Location", "Links", "Stage", "Origin", "Sources", "Tags", "Notes",
            ])
        try #require(greenhouse.records.count == shortlisted.count, "one Greenhouse row per shortlisted candidate")
        try #require(lever.records.count == shortlisted.count, "one Lever row per shortlisted candidate")

        for (index, candidate) in shortlisted.enumerated() {
            let name = try #require(candidate.candidate?.name)
            let split = try #require(Self.expectedSplit[name], "no expected split for \(name)")
            let score = try #require(candidate.score)
            let scoreText = score == score.rounded() ? String(Int(score)) : String(score)
            let rank = try #require(candidate.rank)

            let row = greenhouse.records[index]
            #expect(row["First Name"] == split.given, "\(name)")
            #expect(row["Last Name"] == split.family, "\(name)")
            #expect(row["Email"] == candidate.candidate?.email)
            #expect(row["Phone"] == candidate.candidate?.phone)
            #expect(row["Job"] == roleTitle)
            #expect(row["Tags"] == "shortlist,score-\(scoreText)")
            let notes = try #require(row["Notes"])
            #expect(notes.hasPrefix("Shortlist rank \(rank), score \(scoreText) of 100 for \(roleTitle)."))
            #expect(notes.contains("Name as written: \(name)."))
            #expect(notes.contains(candidate.candidateId))

            let leverRow = lever.records[index]
            #expect(leverRow["Full Name"] == name)
            #expect(leverRow["Email"] == candidate.candidate?.email)
            #expect(leverRow["Phone"] == candidate.candidate?.phone)
            #expect(leverRow["Origin"] == "Applied")
            #expect(leverRow["Tags"] == "shortlist,score-\(scoreText)")

            let resume = try Self.json(
                out.exportsURL.appendingPathComponent("jsonresume/\(candidate.candidateId).json"))
            let basics = try #require(resume["basics"] as? [String: Any])
            #expect(basics["name"] as? String == name)
            #expect(basics["email"] as? String == candidate.candidate?.email)
            #expect(basics["phone"] as? String == candidate.candidate?.phone)
            let meta = try #require((resume["meta"] as? [String: Any])?["shortlist"] as? [String: Any])
            #expect(meta["candidate_id"] as? String == candidate.candidateId)
            #expect(meta["score"] as? Double == score)
            #expect(meta["rank"] as? Int == rank)
            #expect(meta["decision"] as? String == "shortlist")
            #expect(meta["role"] as? String == roleTitle)
            #expect(meta["given_name"] as? String == split.given)
            #expect(meta["family_name"] as? String == split.family)
            #expect((resume["skills"] as? [[String: Any]])?.isEmpty == false, "\(name) has matched skills")

            let xml = try XMLElements(
                parsing: Data(contentsOf: out.exportsURL.appendingPathComponent("hropen/\(candidate.candidateId).xml")))
            #expect(xml.first("Candidate") != nil)
            #expect(xml.text(of: "FormattedName") == name)
            #expect(xml.text(of: "GivenName") == split.given)
            #expect(xml.text(of: "FamilyName") == split.family)
            #expect(xml.text(of: "InternetEmailAddress") == candidate.candidate?.email)
            #expect(xml.text(of: "FormattedNumber") == candidate.candidate?.phone)
            let screening = try #require(xml.first("Screening")?.attributes)
            #expect(screening["score"] == scoreText)
            #expect(screening["rank"] == String(rank))
            #expect(screening["role"] == roleTitle)
        }
    }

    @Test func hrOpenExportsReadBackWithTheSameNameEmailAndPhone() async throws {
        let temporary = try TemporaryDirectory(prefix: "hropen")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let first = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: out.folder, ["--export", "hropen"])
        try #require(first.exitCode == 0, "\(first)")
        let shortlisted = try out.results().filter { $0.decision == "shortlist" }
        let folder = out.exportsURL.appendingPathComponent("hropen")

        // `shortlist inspect` shows what it read from each export.
        for candidate in shortlisted {
            let file = folder.appendingPathComponent("\(candidate.candidateId).xml")
            let inspected = try await ShortlistCommand.run(["inspect", file.path])
            try #require(inspected.exitCode == 0, "\(inspected)")
            let lines = inspected.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains("format: hr-open-xml, encoding: utf-8"), "\(inspected.stdout)")
            #expect(lines.contains("name: \(candidate.candidate?.name ?? "?")"), "\(inspected.stdout)")
            #expect(lines.contains("email: \(candidate.candidate?.email ?? "?")"), "\(inspected.stdout)")
            #expect(lines.contains("phone: \(candidate.candidate?.phone ?? "?")"), "\(inspected.stdout)")
        }

        // Screening the exports again reads the same contact details.
        let again = RunOutput(folder: temporary.path("again"))
        let second = try await ShortlistCommand.screen([folder], criteria: Self.role.criteria, out: again.folder)
        try #require(second.exitCode == 0, "\(second)")
        let reread = try again.results()
        #expect(reread.count == shortlisted.count)
        for candidate in shortlisted {
            let row = try #require(reread.first { $0.sourceFile == "hropen/\(candidate.candidateId).xml" })
            #expect(row.status == "parsed")
            #expect(row.candidate?.name == candidate.candidate?.name)
            #expect(row.candidate?.email == candidate.candidate?.email)
            #expect(row.candidate?.phone == candidate.candidate?.phone)
        }
    }

    @Test func exportsAreByteIdenticalBetweenRunsAndJobCounts() async throws {
        let temporary = try TemporaryDirectory(prefix: "exports-jobs")
        defer { temporary.remove() }
        var contents: [[String: Data]] = []
        for jobs in ["1", "8"] {
            let out = RunOutput(folder: temporary.path("jobs\(jobs)"))
            let result = try await ShortlistCommand.screen(
                [Self.role.resumes], criteria: Self.role.criteria, out: out.folder,
                Self.allFormats + ["--jobs", jobs])
            try #require(result.exitCode == 0, "\(result)")
            let files = try Self.exportFiles(out)
            contents.append(
                Dictionary(
                    uniqueKeysWithValues: try files.map {
                        ($0, try Data(contentsOf: out.exportsURL.appendingPathComponent($0)))
                    }))
        }
        #expect(contents[0].count == 2 + 4 + 4)
        #expect(contents[0] == contents[1], "exports differ between --jobs 1 and --jobs 8")
    }

    @Test func blindExportsCarryTheRedactionMarkerAndTheCandidateID() async throws {
        let temporary = try TemporaryDirectory(prefix: "exports-blind")
        defer { temporary.remove() }
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: out.folder, Self.allFormats + ["--blind"])
        try #require(result.exitCode == 0, "\(result)")
        let shortlisted = try out.results().filter { $0.decision == "shortlist" }.sorted {
            ($0.rank ?? 0) < ($1.rank ?? 0)
        }

        let greenhouse = try Self.csvRecords(out.exportsURL.appendingPathComponent("greenhouse.csv")).records
        #expect(greenhouse.count == shortlisted.count)
        for (row, candidate) in zip(greenhouse, shortlisted) {
            #expect(row["First Name"] == "[redacted]")
            #expect(row["Last Name"] == "[redacted]")
            #expect(row["Email"] == "[redacted]")
            #expect(row["Notes"]?.contains("Candidate \(candidate.candidateId)") == true)
        }
        for file in try Self.exportFiles(out) {
            let text = try String(contentsOf: out.exportsURL.appendingPathComponent(file), encoding: .utf8)
            for name in Self.expectedSplit.keys {
                #expect(!text.contains(name), "\(file) names \(name) in a blind run")
            }
            #expect(!text.contains("jose-nunez"), "\(file) carries a file name that names the candidate")
        }
    }

    @Test func hostileNameIsNeutralizedInSpreadsheetsAndEscapedInXMLAndJSON() async throws {
        let temporary = try TemporaryDirectory(prefix: "exports-hostile")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        let template = try String(
            contentsOf: Self.role.resumes.appendingPathComponent("01-jose-nunez.html"), encoding: .utf8)
        try #require(template.contains("<h1>José Núñez</h1>"))
        let hostile = #"=HYPERLINK("http://x","<script>&")"#
        let escaped = hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let html = template.replacingOccurrences(of: "<h1>José Núñez</h1>", with: "<h1>\(escaped)</h1>")
            .replacingOccurrences(of: "<title>José Núñez", with: "<title>\(escaped)")
        try html.write(to: input.appendingPathComponent("hostile.html"), atomically: true, encoding: .utf8)
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen(
            [input], criteria: Self.role.criteria, out: out.folder, Self.allFormats)
        try #require(result.exitCode == 0, "\(result)")
        let row = try #require(try out.results().first)
        try #require(row.decision == "shortlist", "the strong resume stays shortlisted with its new name")
        try #require(row.candidate?.name == hostile, "the name is read as written")

        let greenhouse = try #require(
            try Self.csvRecords(out.exportsURL.appendingPathComponent("greenhouse.csv")).records.first)
        // The parenthesized part does not count for the split; the name as written travels in the note.
        #expect(greenhouse["First Name"] == "'=HYPERLINK")
        #expect(greenhouse["Notes"]?.contains("Name as written: \(hostile).") == true)
        let lever = try #require(try Self.csvRecords(out.exportsURL.appendingPathComponent("lever.csv")).records.first)
        #expect(lever["Full Name"] == "'" + hostile)

        let xmlURL = out.exportsURL.appendingPathComponent("hropen/\(row.candidateId).xml")
        #expect(!(try String(contentsOf: xmlURL, encoding: .utf8)).contains("<script>"))
        #expect(try XMLElements(parsing: Data(contentsOf: xmlURL)).text(of: "FormattedName") == hostile)
        let resume = try Self.json(out.exportsURL.appendingPathComponent("jsonresume/\(row.candidateId).json"))
        #expect((resume["basics"] as? [String: Any])?["name"] as? String == hostile)
    }

    @Test func unknownExportFormatIsRefusedNamingTheFlagAndTheFormats() async throws {
        let temporary = try TemporaryDirectory(prefix: "exports-unknown")
        defer { temporary.remove() }
        let out = temporary.path("out")
        let result = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: out, ["--export", "greenhouse,workday"])

        #expect(result.exitCode == 64, "\(result)")
        #expect(
            result.stderr.contains("--export must be one of greenhouse, lever, jsonresume, hropen, not 'workday'"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for unusable arguments")
    }
}
