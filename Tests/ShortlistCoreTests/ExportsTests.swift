import CSV
import Foundation
import Testing

@testable import ShortlistCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The ATS exports on their own: which candidates, in which order, and that nothing from a resume can break out of
/// a cell, an XML document or a JSON string.
@Suite struct ExportsTests {
    static let criteria = CriteriaSet(
        role: "Senior Backend Engineer",
        criteria: [
            Criterion(
                id: "swift", label: "Swift in production",
                rule: .terms(mode: .any, groups: [TermGroup(synonyms: [Term(text: "swift")])], minDistinct: 1),
                weight: 20),
            Criterion(
                id: "authorization", label: "Authorized to work in the EU",
                rule: .terms(mode: .any, groups: [TermGroup(synonyms: [Term(text: "eu citizen")])], minDistinct: 1),
                weight: 0, required: true),
            Criterion(id: "experience", label: "5+ years", rule: .yearsExperience(min: 5), weight: 10),
        ])

    static let context = ExportContext(
        criteria: criteria, criteriaPath: "role.yaml", criteriaSha256: String(repeating: "ab", count: 32),
        asOf: "2026-11-01", blind: false)

    static func candidate(
        _ id: String, name: String?, decision: Decision = .shortlist, rank: Int?, score: Double = 90,
        email: String? = "jane@example.com", phone: String? = "+44 20 5550 1234",
        links: [String] = ["https://www.linkedin.com/in/jane", "https://jane.dev"]
    ) -> CandidateRecord {
        CandidateRecord(
            schemaVersion: 1, candidateId: id, sourceFile: "dump/\(id).html", decision: decision, rank: rank,
            score: score, rules: [FiredRule(.topN, reason: "score \(score) ranks in the top 5")], status: .parsed,
            error: nil, format: "html", encoding: "utf-8",
            candidate: Contact(name: name, email: email, phone: phone, location: "Leeds, UK", links: links),
            yearsExperience: 7, highestEducation: "bachelor",
            criteria: [
                CriterionOutcome(
                    id: "swift", label: "Swift in production", met: true, credit: 1, weight: 20, points: 66.7,
                    required: false, reviewOnFail: false,
                    evidence: [
                        Evidence(term: "Swift", section: .experience, snippet: "Swift 6", line: 3),
                        Evidence(term: "swift", section: .skills, snippet: "swift", line: 9),
                    ], missing: [], detail: nil),
                CriterionOutcome(
                    id: "authorization", label: "Authorized to work in the EU", met: true, credit: 1, weight: 0,
                    points: 0, required: true, reviewOnFail: false,
                    evidence: [Evidence(term: "EU citizen", section: .summary, snippet: "EU citizen", line: 2)],
                    missing: [], detail: nil),
                CriterionOutcome(
                    id: "experience", label: "5+ years", met: true, credit: 1, weight: 10, points: 33.3,
                    required: false, reviewOnFail: false,
                    evidence: [Evidence(term: "Engineer, Acme", section: .experience, snippet: "2019 – now", line: 5)],
                    missing: [], detail: "7 years"),
            ],
            criteriaNotListed: 0, hiddenTextTerms: [], obfuscatedTerms: [], parseRecovered: false)
    }

    static func file(_ path: String, in files: [ExportWriter.File]) throws -> Data {
        try #require(files.first { $0.path == path }, "no \(path) among \(files.map(\.path))").data
    }

    static func csvRecords(_ data: Data) throws -> [[String: String]] {
        let reader = try CSVReader(string: String(decoding: data, as: UTF8.self), hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var records: [[String: String]] = []
        while let row = reader.next() { records.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
        return records
    }

    @Test func onlyShortlistedCandidatesAreExportedInRankOrder() throws {
        let records = [
            Self.candidate("c_3", name: "Third Person", rank: 4),
            Self.candidate("c_r", name: "Review Person", decision: .review, rank: 1),
            Self.candidate("c_1", name: "First Person", rank: 2),
            Self.candidate("c_x", name: "Rejected Person", decision: .reject, rank: 9),
            Self.candidate("c_2", name: "Second Person", rank: 3),
        ]
        let files = try ExportWriter.render(ExportFormat.allCases, candidates: records, context: Self.context)

        let greenhouse = try Self.csvRecords(Self.file("greenhouse.csv", in: files))
        #expect(greenhouse.map { $0["First Name"] } == ["First", "Second", "Third"])
        let lever = try Self.csvRecords(Self.file("lever.csv", in: files))
        #expect(lever.map { $0["Full Name"] } == ["First Person", "Second Person", "Third Person"])
        #expect(
            files.map(\.path) == [
                "greenhouse.csv", "lever.csv", "jsonresume/c_1.json", "jsonresume/c_2.json", "jsonresume/c_3.json",
                "hropen/c_1.xml", "hropen/c_2.xml", "hropen/c_3.xml",
            ])
    }

    @Test func greenhouseRowCarriesTheSplitNameJobTagsAndNote() throws {
        let files = try ExportWriter.render(
            [.greenhouse], candidates: [Self.candidate("c_1", name: "Maria de la Cruz", rank: 1, score: 87)],
            context: Self.context)
        let data = try Self.file("greenhouse.csv", in: files)
        let row = try #require(try Self.csvRecords(data).first)
        #expect(row["First Name"] == "Maria")
        #expect(row["Last Name"] == "de la Cruz")
        #expect(row["Email"] == "jane@example.com")
        #expect(row["Phone"] == "+44 20 5550 1234", "a phone number is not a formula")
        #expect(row["Social Media"] == "https://www.linkedin.com/in/jane")
        #expect(row["Website"] == "https://jane.dev")
        #expect(row["Job"] == "Senior Backend Engineer")
        #expect(row["Tags"] == "shortlist,score-87")
        let notes = try #require(row["Notes"])
        #expect(notes.hasPrefix("Shortlist rank 1, score 87 of 100 for Senior Backend Engineer."))
        #expect(notes.contains("Name as written: Maria de la Cruz."))
        #expect(notes.contains("Met: Swift in production (66.7); 5+ years (33.3)."))
        #expect(String(decoding: data, as: UTF8.self).hasSuffix("\r\n"), "RFC 4180: records end with CRLF")
    }

    @Test func leverRowUsesLeversSeparatorsAndOrigin() throws {
        let files = try ExportWriter.render(
            [.lever], candidates: [Self.candidate("c_1", name: "Jane Doe", rank: 1, score: 96.7)],
            context: Self.context)
        let row = try #require(try Self.csvRecords(Self.file("lever.csv", in: files)).first)
        #expect(row["Links"] == "https://www.linkedin.com/in/jane, https://jane.dev", "links: comma and space")
        #expect(row["Tags"] == "shortlist,score-96.7", "tags: comma without a space")
        #expect(row["Origin"] == "Applied")
        #expect(row["Sources"] == "Shortlist")
    }

    @Test(arguments: [
        #"=HYPERLINK("http://evil.example","click")"#, "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "\u{FF1D}1+1",
        "Jane =1+1",
    ])
    func hostileNameIsNeutralizedInBothSpreadsheets(_ hostile: String) throws {
        let files = try ExportWriter.render(
            [.greenhouse, .lever], candidates: [Self.candidate("c_1", name: hostile, rank: 1)],
            context: Self.context)
        let greenhouse = try #require(try Self.csvRecords(Self.file("greenhouse.csv", in: files)).first)
        let lever = try #require(try Self.csvRecords(Self.file("lever.csv", in: files)).first)
        // The phone column keeps `+44 20 5550 1234` as written: it cannot name a function or a cell.
        for (column, cell) in greenhouse.merging(lever, uniquingKeysWith: { first, _ in first }) where column != "Phone"
        {
            let first = cell.unicodeScalars.first.map(String.init) ?? ""
            #expect(
                !["=", "+", "-", "@", "\t", "\r", "\u{FF1D}"].contains(first),
                "\(column) starts like a formula: \(cell)")
        }
        let split = PersonNameSplitter.split(hostile)
        #expect(greenhouse["First Name"] == ShortlistCSV.neutralized(split.given))
        #expect(greenhouse["Last Name"] == ShortlistCSV.neutralized(split.family))
        #expect(greenhouse["First Name"]?.hasPrefix("'") == true || greenhouse["Last Name"]?.hasPrefix("'") == true)
        #expect(lever["Full Name"] == (hostile.hasPrefix("Jane") ? hostile : "'" + hostile))
    }

    @Test func markupInANameIsEscapedInTheXMLAndReadBackAsWritten() throws {
        let hostile = #"<script>alert("x")</script> Tom & Jerry's "Co""#
        var record = Self.candidate("c_1", name: hostile, rank: 1, email: "a&b@example.com")
        record.rules = [FiredRule(.topN, reason: "multi\nline \"reason\" <b>&</b>\r\tend")]
        let files = try ExportWriter.render([.hrOpen], candidates: [record], context: Self.context)
        let data = try Self.file("hropen/c_1.xml", in: files)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;"))

        let elements = try XMLElements(parsing: data)
        #expect(elements.text(of: "FormattedName") == hostile)
        #expect(elements.text(of: "InternetEmailAddress") == "a&b@example.com")
        #expect(elements.first("Rule")?.attributes["reason"] == "multi\nline \"reason\" <b>&</b>\r\tend")
    }

    @Test func controlCharactersCannotMakeTheXMLIllFormed() throws {
        let files = try ExportWriter.render(
            [.hrOpen], candidates: [Self.candidate("c_1", name: "Jane\u{0}\u{1B}Doe\u{FFFE}", rank: 1)],
            context: Self.context)
        let elements = try XMLElements(parsing: try Self.file("hropen/c_1.xml", in: files))
        #expect(elements.text(of: "FormattedName") == "Jane\u{FFFD}\u{FFFD}Doe\u{FFFD}")
    }

    @Test func jsonResumeIsValidJSONWithTheNameAsWrittenAndSkillsFromScoredTermCriteria() throws {
        let hostile = "Jane \"Q\" \\ Doe\n</script>"
        let files = try ExportWriter.render(
            [.jsonResume], candidates: [Self.candidate("c_1", name: hostile, rank: 1, score: 87)],
            context: Self.context)
        let object = try JSONSerialization.jsonObject(with: Self.file("jsonresume/c_1.json", in: files))
        let document = try #require(object as? [String: Any])
        let basics = try #require(document["basics"] as? [String: Any])
        #expect(basics["name"] as? String == hostile)
        #expect(basics["email"] as? String == "jane@example.com")
        #expect(basics["url"] as? String == "https://jane.dev")
        let profiles = try #require(basics["profiles"] as? [[String: Any]])
        #expect(profiles.map { $0["network"] as? String } == ["LinkedIn"])
        let skills = try #require(document["skills"] as? [[String: Any]])
        #expect(skills.map { $0["name"] as? String } == ["Swift in production"], "no gates, no years as skills")
        #expect(skills.first?["keywords"] as? [String] == ["Swift"], "one spelling per term")
        let meta = try #require((document["meta"] as? [String: Any])?["shortlist"] as? [String: Any])
        #expect(meta["score"] as? Double == 87)
        #expect(meta["rank"] as? Int == 1)
        #expect(meta["candidate_id"] as? String == "c_1")
        #expect(meta["role"] as? String == "Senior Backend Engineer")
    }

    @Test func blindExportsCarryTheMarkerAndTheCandidateIDButNoFileName() throws {
        var context = Self.context
        context.blind = true
        let redacted = Self.candidate(
            "c_1", name: "[redacted]", rank: 1, email: "[redacted]", phone: "[redacted]", links: [])
        let files = try ExportWriter.render(ExportFormat.allCases, candidates: [redacted], context: context)
        let greenhouse = try #require(try Self.csvRecords(Self.file("greenhouse.csv", in: files)).first)
        #expect(greenhouse["First Name"] == "[redacted]")
        #expect(greenhouse["Last Name"] == "[redacted]")
        #expect(greenhouse["Notes"]?.contains("Candidate c_1") == true)
        for file in files {
            #expect(!String(decoding: file.data, as: UTF8.self).contains("dump/c_1.html"), "\(file.path)")
        }
    }

    @Test func renderingIsDeterministicWhateverTheInputOrder() throws {
        let records = (1...6).map { Self.candidate("c_\($0)", name: "Person \($0)", rank: $0, score: 100 - Double($0)) }
        let first = try ExportWriter.render(ExportFormat.allCases, candidates: records, context: Self.context)
        let second = try ExportWriter.render(
            ExportFormat.allCases, candidates: records.reversed(), context: Self.context)
        #expect(first == second)
    }

    @Test func writingReplacesTheExportsOfAnEarlierRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OutputDirectory(path: folder.path, force: true)
        _ = try ExportWriter.write(
            [.jsonResume], candidates: [Self.candidate("c_old", name: "Old Person", rank: 1)],
            context: Self.context, to: output)
        let written = try ExportWriter.write(
            [.jsonResume, .greenhouse], candidates: [Self.candidate("c_new", name: "New Person", rank: 1)],
            context: Self.context, to: output)

        #expect(written == ["exports/greenhouse.csv", "exports/jsonresume/c_new.json"])
        let left = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("exports/jsonresume").path)
        #expect(left == ["c_new.json"], "the earlier run's candidate is gone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["exports"], "no partial folder")
    }

    @Test func anEmptyShortlistStillWritesTheHeadersAndFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OutputDirectory(path: folder.path, force: true)
        let written = try ExportWriter.write(
            ExportFormat.allCases,
            candidates: [Self.candidate("c_r", name: "Review Person", decision: .review, rank: 1)],
            context: Self.context, to: output)

        #expect(written == ["exports/greenhouse.csv", "exports/lever.csv"])
        let greenhouse = try String(
            contentsOf: folder.appendingPathComponent("exports/greenhouse.csv"), encoding: .utf8)
        #expect(greenhouse == GreenhouseExport.header.joined(separator: ",") + "\r\n")
        for empty in ["exports/jsonresume", "exports/hropen"] {
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(empty).path) == [])
        }
    }

    @Test func aCandidateIDThatIsNotAFileNameIsRefused() throws {
        let error = #expect(throws: OutputError.self) {
            try ExportWriter.render(
                [.jsonResume], candidates: [Self.candidate("../../etc/x", name: "Jane Doe", rank: 1)],
                context: Self.context)
        }
        #expect(error?.description.contains("candidate id '../../etc/x' cannot name a file") == true)
    }

    @Test func exportOptionAcceptsRepeatsAndCommasAndNamesAnUnknownFormat() throws {
        #expect(
            try ExportFormat.parse(["hropen,greenhouse", "lever", "greenhouse"]) == [.greenhouse, .lever, .hrOpen])
        #expect(try ExportFormat.parse(["JSONResume"]) == [.jsonResume])
        #expect(try ExportFormat.parse([]) == [])
        let error = #expect(throws: ExportFormatError.self) { try ExportFormat.parse(["greenhouse,workday"]) }
        #expect(error?.description == "--export must be one of greenhouse, lever, jsonresume, hropen, not 'workday'")
    }
}

/// Elements of an XML document read with Foundation's `XMLParser` (namespaces resolved, local names kept).
struct XMLElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    var elements: [Element]

    init(parsing data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        elements = collector.elements
    }

    func first(_ name: String) -> Element? { elements.first { $0.name == name } }
    func text(of name: String) -> String? { first(name)?.text }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: elementName, attributes: attributes, text: ""))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }
    }
}
