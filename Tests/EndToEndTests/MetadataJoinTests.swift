import Foundation
import ShortlistCore
import Testing

/// `shortlist screen --metadata applicants.csv`: the ATS's rows joined onto the results by id, file and e-mail,
/// unmatched rows reported, and a broken metadata file stopping the run with the file and line.
@Suite struct MetadataJoinTests {
    static let role = Role.all[0]

    /// A strong text resume without a name line or an e-mail address (the ATS knows both).
    static let anonymous = """
        Senior Backend Engineer

        Summary:
        Backend engineer writing Swift on Vapor, SwiftNIO and Node.js. EU citizen.

        Experience:
        Senior Backend Engineer — Example GmbH
        Jan 2016 – Present
        - Swift services on Vapor and SwiftNIO with PostgreSQL and Redis; Kubernetes and Docker on AWS.

        Education:
        BSc Computer Science, Example University, 2015

        Skills:
        Swift, Vapor, SwiftNIO, Node.js, PostgreSQL, Redis, AWS, Kubernetes, Docker
        """

    @Test func rowsJoinByIdFileAndEmailAndUnmatchedRowsAreReported() async throws {
        let temporary = try TemporaryDirectory(prefix: "metadata")
        defer { temporary.remove() }
        let input = try temporary.folder("applicants")
        for name in ["01-jose-nunez.html", "02-zoe-akesson.xhtml", "09-mia-schneider-junior.txt"] {
            try FileManager.default.copyItem(
                at: Self.role.resumes.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try Self.anonymous.write(to: input.appendingPathComponent("A-7.txt"), atomically: true, encoding: .utf8)
        let joseID = InputItem(key: "applicants/01-jose-nunez.html", path: "", kind: .file(size: 0)).candidateID
        let metadata = temporary.path("applicants.csv")
        try """
        candidate_id,Name,Email,Job,Source,File
        \(joseID),José Núñez,,R-12,LinkedIn,
        A-7,Kari Nordmann,kari@example.com,R-12,Referral,
        ,Zoë Å.,ZOE.AKESSON@example.org ,R-12,Website,
        ,Mia Schneider,,R-12,Agency,09-mia-schneider-junior.txt
        ,Ghost Applicant,ghost@example.com,R-12,Job board,
        """.write(to: metadata, atomically: true, encoding: .utf8)

        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen(
            [input], criteria: Self.role.criteria, out: out.folder, ["--metadata", metadata.path])
        try #require(result.exitCode == 0, "\(result)")

        let lines = try out.resultLines()
        func applicant(_ file: String) throws -> [String: Any]? {
            let line = try #require(lines.first { $0.contains("\"source_file\":\"applicants/\(file)\"") })
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return object["applicant"] as? [String: Any]
        }
        let jose = try #require(try applicant("01-jose-nunez.html"))
        #expect(jose["matched_by"] as? String == "candidate_id")
        #expect(jose["line"] as? Int == 2)
        #expect((jose["fields"] as? [String: String])?["source"] == "LinkedIn")
        #expect(try applicant("A-7.txt")?["matched_by"] as? String == "candidate_id")
        #expect(try applicant("02-zoe-akesson.xhtml")?["matched_by"] as? String == "email")
        #expect(try applicant("09-mia-schneider-junior.txt")?["matched_by"] as? String == "file")

        // The ATS fills what the resume lacks in the CSV; the JSON keeps the resume's own (absent) contact.
        let anonymousRow = try #require(try out.shortlist().records.first { $0["source_file"] == "applicants/A-7.txt" })
        #expect(anonymousRow["name"] == "Kari Nordmann")
        #expect(anonymousRow["email"] == "kari@example.com")
        #expect(try out.result(for: "A-7.txt")?.candidate?.email == nil)

        #expect(
            result.stderr.contains(
                "applicants.csv: 5 rows, 4 joined to a resume, 1 matched no resume (line 6; listed in manifest.json)"),
            "\(result.stderr)")
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.manifestURL)) as? [String: Any])
        let join = try #require(manifest["metadata"] as? [String: Any])
        #expect(join["matched_rows"] as? Int == 4)
        let unmatched = try #require(join["unmatched"] as? [[String: Any]])
        #expect(unmatched.count == 1)
        #expect(unmatched.first?["line"] as? Int == 6)
        #expect(unmatched.first?["email"] as? String == "ghost@example.com")
    }

    @Test func blindRunRedactsTheJoinedNameAndEmail() async throws {
        let temporary = try TemporaryDirectory(prefix: "metadata-blind")
        defer { temporary.remove() }
        let input = try temporary.folder("applicants")
        try Self.anonymous.write(to: input.appendingPathComponent("A-7.txt"), atomically: true, encoding: .utf8)
        let metadata = temporary.path("applicants.csv")
        try "id,name,email,job\nA-7,Kari Nordmann,kari@example.com,R-12\n".write(
            to: metadata, atomically: true, encoding: .utf8)

        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen(
            [input], criteria: Self.role.criteria, out: out.folder, ["--metadata", metadata.path, "--blind"])
        try #require(result.exitCode == 0, "\(result)")
        let everything = try String(decoding: out.resultsBytes() + out.shortlistBytes(), as: UTF8.self)
        #expect(!everything.contains("Kari"))
        #expect(!everything.contains("kari@example.com"))
        #expect(everything.contains("\"job\":\"R-12\""))
    }

    @Test func metadataWithoutAJoinColumnStopsTheRunBeforeAnythingIsWritten() async throws {
        let temporary = try TemporaryDirectory(prefix: "metadata-bad")
        defer { temporary.remove() }
        let metadata = temporary.path("applicants.csv")
        try "Name,Job\nJane Doe,R-12\n".write(to: metadata, atomically: true, encoding: .utf8)
        let out = temporary.path("out")

        let result = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: out, ["--metadata", metadata.path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr.contains(
                "\(metadata.path):1: the header has no candidate_id, file or email column (found 'Name', 'Job')"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func unreadableMetadataStopsTheRunNamingTheFile() async throws {
        let temporary = try TemporaryDirectory(prefix: "metadata-missing")
        defer { temporary.remove() }
        let missing = temporary.path("nope.csv")
        let result = try await ShortlistCommand.screen(
            [Self.role.resumes], criteria: Self.role.criteria, out: temporary.path("out"),
            ["--metadata", missing.path])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains("\(missing.path): cannot read the file: no such file or folder"), "\(result.stderr)")
    }
}
