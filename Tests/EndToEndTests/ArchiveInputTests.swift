import Foundation
import ShortlistCore
import Testing

/// ZIP archives as `shortlist screen` inputs, run through the built binary: an export reads exactly like the same
/// files on disk, and a hostile export is accounted for entry by entry without hanging or writing anything.
@Suite struct ArchiveInputTests {
    static let role = Role.all[0]

    /// The same applicants in every format Shortlist reads, some in a nested folder.
    static func applicantFiles() throws -> [(path: String, bytes: [UInt8])] {
        func sample(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: role.resumes.appendingPathComponent(name)))
        }
        let docx = try TestArchive.wordDocument([
            ("Ingrid Solberg", "Title"), ("ingrid.solberg@example.com · +47 555 01 234", nil), ("Summary", "Heading1"),
            ("Backend engineer writing Swift on Vapor and SwiftNIO. EU citizen.", nil), ("Experience", "Heading1"),
            ("Senior Backend Engineer — Fjord Systems", nil), ("Jan 2018 – Present", nil),
            ("Swift services with Vapor and SwiftNIO; PostgreSQL and Redis; Kubernetes on AWS.", nil),
            ("Education", "Heading1"), ("MSc Computer Science, University of Oslo, 2016", nil),
            ("Skills", "Heading1"), ("Swift, Vapor, SwiftNIO, AWS, Kubernetes, Docker, PostgreSQL", nil),
        ])
        let json = """
            {"basics": {"name": "Tomás Ruiz", "email": "tomas.ruiz@example.com", "summary": "EU citizen."},
             "work": [{"name": "Sevilla Cloud", "position": "Backend Engineer", "startDate": "2019-06",
                       "highlights": ["Node.js and Django services", "Swift on the server with Vapor"]}],
             "education": [{"institution": "Universidad de Sevilla", "area": "Software Engineering",
                            "studyType": "Bachelor", "endDate": "2018"}],
             "skills": [{"name": "Cloud", "keywords": ["AWS", "Kubernetes"]}]}
            """
        return [
            ("01-jose-nunez.html", try sample("01-jose-nunez.html")),
            ("06-marcus-oyelaran.txt", try sample("06-marcus-oyelaran.txt")),
            ("14-nikos-papadopoulos.xhtml", try sample("14-nikos-papadopoulos.xhtml")),
            ("more/ingrid-solberg.docx", docx),
            ("more/tomas-ruiz.json", Array(json.utf8)),
            ("more/deeper/03-lukasz-wrobel.xml", try sample("03-lukasz-wrobel.xml")),
        ]
    }

    /// `results.jsonl` rows without `candidate_id` (a hash of the key, so it differs) and with `source_file` relative
    /// to `prefix`.
    static func comparable(_ output: RunOutput, stripping prefix: String) throws -> [String] {
        try output.resultLines().map { line in
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            object["candidate_id"] = nil
            let source = try #require(object["source_file"] as? String)
            #expect(source.hasPrefix(prefix), "\(source) does not start with \(prefix)")
            object["source_file"] = String(source.dropFirst(prefix.count))
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func zipOfMixedFormatsScreensLikeTheSameFilesOnDisk() async throws {
        let temporary = try TemporaryDirectory(prefix: "zip-vs-disk")
        defer { temporary.remove() }
        let files = try Self.applicantFiles()
        let disk = try temporary.folder("disk").appendingPathComponent("applicants")
        for file in files {
            let url = disk.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        // The archive holds the `applicants` folder, so its keys are the disk keys behind `export.zip/`.
        let archive = try temporary.folder("zipped").appendingPathComponent("export.zip")
        try TestArchive.write(
            [.directory("applicants/"), .directory("applicants/more/")]
                + files.map { .file("applicants/" + $0.path, $0.bytes) }, to: archive)

        let fromDisk = RunOutput(folder: temporary.path("out-disk"))
        let fromZip = RunOutput(folder: temporary.path("out-zip"))
        let fromZipOneJob = RunOutput(folder: temporary.path("out-zip-1"))
        let diskRun = try await ShortlistCommand.screen([disk], criteria: Self.role.criteria, out: fromDisk.folder)
        let zipRun = try await ShortlistCommand.screen(
            [archive], criteria: Self.role.criteria, out: fromZip.folder, ["--jobs", "2"])
        let zipRunOneJob = try await ShortlistCommand.screen(
            [archive], criteria: Self.role.criteria, out: fromZipOneJob.folder, ["--jobs", "1"])
        try #require(diskRun.exitCode == 0, "\(diskRun)")
        try #require(zipRun.exitCode == 0, "\(zipRun)")
        try #require(zipRunOneJob.exitCode == 0, "\(zipRunOneJob)")

        let diskRows = try Self.comparable(fromDisk, stripping: "")
        let zipRows = try Self.comparable(fromZip, stripping: "export.zip/")
        #expect(diskRows.count == files.count)
        #expect(zipRows == diskRows)
        #expect(try fromZip.resultsBytes() == fromZipOneJob.resultsBytes(), "results depend on --jobs")
        #expect(SummaryLine(in: zipRun.stderr) == SummaryLine(in: diskRun.stderr))

        let formats = try fromZip.resultLines().compactMap { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["format"] as? String
        }
        #expect(Set(formats) == ["html", "text", "xhtml", "docx", "json-resume", "hr-open-xml"])
        // The Word and JSON Resume candidates are read well enough to compete: both are ranked, with their names.
        for name in ["more/ingrid-solberg.docx", "more/tomas-ruiz.json"] {
            let row = try #require(try fromZip.result(for: name))
            #expect(row.status == "parsed")
            #expect(row.rank != nil)
        }
        #expect(try fromZip.result(for: "ingrid-solberg.docx")?.candidate?.name == "Ingrid Solberg")
        #expect(try fromZip.result(for: "tomas-ruiz.json")?.candidate?.email == "tomas.ruiz@example.com")
    }

    @Test func hostileArchiveIsAccountedForEntryByEntry() async throws {
        let temporary = try TemporaryDirectory(prefix: "zip-hostile")
        defer { temporary.remove() }
        let good = Array(try Data(contentsOf: Self.role.resumes.appendingPathComponent("01-jose-nunez.html")))
        let inner = try TestArchive.bytes([.text("hidden-resume.txt", "Swift engineer")])
        let input = try temporary.folder("in")
        try TestArchive.write(
            [
                .file("good/jose.html", good),
                .file("bomb-size.txt", Array(repeating: 0x20, count: 9 << 20)),
                .file("bomb-ratio.html", Array(repeating: 0x41, count: 3 << 20)),
                .file("../../escaped.html", good),
                .text("/etc/passwd", "root:x:0:0:root:/root:/bin/bash"),
                .text("C:\\Windows\\win.ini", "[fonts]"),
                .text("__MACOSX/good/._jose.html", "mac"),
                .text("good/.DS_Store", "mac"),
                .link("good/link.html", target: "/etc/passwd"),
                .file("nested/inner.zip", inner),
            ], to: input.appendingPathComponent("dump.zip"))

        // No wall-clock bound here (shared machines, sanitizers): a hang fails through ShortlistCommand.timeout, and
        // the bombs are shown to be refused by their limits below, before anything is inflated.
        let out = RunOutput(folder: temporary.path("out"))
        let result = try await ShortlistCommand.screen([input], criteria: Self.role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let rows = Dictionary(uniqueKeysWithValues: try out.results().map { ($0.sourceFile, $0) })
        let expected: [(key: String, status: String, reason: String)] = [
            ("in/dump.zip/good/jose.html", "parsed", ""),
            ("in/dump.zip/bomb-size.txt", "error", "over the 8388608-byte limit for one resume"),
            ("in/dump.zip/bomb-ratio.html", "error", "over the 100:1 limit for entries above 1048576 bytes"),
            ("in/dump.zip/../../escaped.html", "skipped", "unsafe entry name ('..' climbs out of the archive)"),
            ("in/dump.zip//etc/passwd", "skipped", "unsafe entry name (an absolute path)"),
            ("in/dump.zip/C:\\Windows\\win.ini", "skipped", "unsafe entry name (backslashes"),
            ("in/dump.zip/__MACOSX/", "skipped", "hidden folder (not screened): 1 entry"),
            ("in/dump.zip/good/.DS_Store", "skipped", "hidden file"),
            ("in/dump.zip/good/link.html", "skipped", "symbolic link inside the archive (not followed)"),
            ("in/dump.zip/nested/inner.zip", "error", "a ZIP archive inside the archive: not opened"),
        ]
        #expect(rows.count == expected.count, "\(rows.keys.sorted())")
        for (key, status, reason) in expected {
            let row = try #require(rows[key], "no row for \(key)")
            #expect(row.status == status, "\(key)")
            if status == "parsed" {
                #expect(row.error == nil, "\(key)")
            } else {
                #expect(row.error?.contains(reason) == true, "\(key): \(row.error ?? "nil")")
                #expect(row.decision == "error", "\(key)")
            }
        }
        #expect(SummaryLine(in: result.stderr)?.files == expected.count)
        // Nothing is ever extracted: the run wrote its three outputs and nothing else anywhere near its input.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).sorted() == ["in", "out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.path) == ["dump.zip"])
        #expect(
            !FileManager.default.fileExists(
                atPath: temporary.url.deletingLastPathComponent().appendingPathComponent("escaped.html").path))
        let secret = try String(contentsOfFile: "/etc/passwd", encoding: .utf8).prefix(16)
        #expect(!(try String(decoding: out.resultsBytes(), as: UTF8.self)).contains(secret))
    }
}
