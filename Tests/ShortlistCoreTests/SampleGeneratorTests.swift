import Foundation
import Testing

@testable import ShortlistCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Synthetic sample generator")
struct SampleGeneratorTests {
    /// 1,000 documents of one seed, generated once for the distribution tests.
    static let sample: [GeneratedDocument] = {
        let generator = SampleGenerator(seed: 7)
        return (0..<1_000).map(generator.document(at:))
    }()

    @Test func seededRandomMatchesTheSplitMix64ReferenceSequence() {
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func sameSeedAndIndexGiveIdenticalBytes() {
        let first = SampleGenerator(seed: 42)
        let second = SampleGenerator(seed: 42)
        for index in [0, 1, 17, 999, 123_456] {
            #expect(first.document(at: index) == second.document(at: index))
        }
    }

    @Test func documentsDoNotDependOnGenerationOrder() {
        let generator = SampleGenerator(seed: 42)
        let forward = (0..<20).map(generator.document(at:))
        let backward = (0..<20).reversed().map(generator.document(at:)).reversed()
        #expect(forward == Array(backward))
    }

    @Test func differentSeedsGiveDifferentDocuments() {
        let first = SampleGenerator(seed: 1)
        let second = SampleGenerator(seed: 2)
        let differing = (0..<20).filter { first.document(at: $0).bytes != second.document(at: $0).bytes }
        #expect(differing.count == 20)
    }

    @Test func neighbouringIndexesDiffer() {
        let generator = SampleGenerator(seed: 42)
        let documents = (0..<50).map(generator.document(at:))
        #expect(Set(documents.map(\.bytes)).count == 50)
        #expect(Set(documents.map(\.relativePath)).count == 50)
    }

    @Test func formatMixIsWithinFivePointsOfTheTargets() {
        let documents = Self.sample
        for (format, target) in zip(SampleFormat.allCases, SampleFormat.shares) {
            let share = documents.filter { $0.format == format }.count * 100 / documents.count
            #expect(abs(share - target) <= 5, "\(format): \(share)% instead of \(target)%")
        }
    }

    @Test func extensionsMatchTheFormatExceptForAFewMisleadingOnes() {
        let documents = Self.sample
        let misleading = documents.filter(\.hasMisleadingExtension)
        #expect(misleading.count <= 30)
        for document in documents {
            let fileExtension = String(document.relativePath.split(separator: ".").last ?? "")
            let expected =
                document.hasMisleadingExtension ? document.format.misleadingExtension : document.format.fileExtension
            #expect(fileExtension == expected, "\(document.relativePath)")
        }
    }

    @Test func sizesAreRealistic() {
        let sizes = Self.sample.map(\.bytes.count)
        let mean = sizes.reduce(0, +) / sizes.count
        #expect(sizes.min()! >= 1_536, "smallest document has \(sizes.min()!) bytes")
        #expect(sizes.max()! <= 14_336, "largest document has \(sizes.max()!) bytes")
        #expect((5_120...10_240).contains(mean), "mean size is \(mean) bytes")
    }

    @Test func pathsSpreadOverSubdirectoriesOfAtMostAThousandFiles() {
        let generator = SampleGenerator(seed: 42)
        #expect(generator.document(at: 0).relativePath.hasPrefix("0000/0000000-"))
        #expect(generator.document(at: 999).relativePath.hasPrefix("0000/0000999-"))
        #expect(generator.document(at: 1_000).relativePath.hasPrefix("0001/0001000-"))
        #expect(generator.document(at: 123_456).relativePath.hasPrefix("0123/0123456-"))
        for document in Self.sample.prefix(100) {
            #expect(document.relativePath.unicodeScalars.allSatisfy { $0.isASCII })
        }
    }

    @Test func xmlAndXHTMLAreWellFormed() {
        let markup = Self.sample.filter { $0.format == .hrXML || $0.format == .xhtml }
        #expect(markup.count > 150)
        for document in markup {
            let parser = XMLParser(data: Data(document.bytes))
            parser.shouldResolveExternalEntities = false
            #expect(parser.parse(), "\(document.relativePath): \(String(describing: parser.parserError))")
        }
    }

    @Test func hrXMLUsesTheCandidateVocabulary() throws {
        let document = try #require(Self.sample.first { $0.format == .hrXML })
        let names = ElementNameCollector()
        let parser = XMLParser(data: Data(document.bytes))
        parser.shouldProcessNamespaces = true
        parser.delegate = names
        #expect(parser.parse())
        #expect(names.namespaces == ["http://www.hr-xml.org/3"])
        let expected = [
            "Candidate", "CandidatePerson", "PersonName", "FormattedName", "GivenName", "FamilyName", "Communication",
            "ChannelCode", "URI", "FormattedNumber", "Address", "CityName", "CountryCode", "CandidateProfile",
            "EmploymentHistory", "EmployerHistory", "OrganizationName", "PositionHistory", "PositionTitle",
            "StartDate", "FormattedDateTime", "Description", "EducationHistory", "EducationOrganizationAttendance",
            "EducationDegree", "DegreeName", "DegreeTypeCode", "AttendanceEndDate", "Qualifications",
            "PersonCompetency", "CompetencyName",
        ]
        for name in expected { #expect(names.names.contains(name), "missing <\(name)>") }
    }

    @Test func htmlUsesEveryTemplate() {
        let html = Self.sample.filter { $0.format == .html }.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(html.contains { $0.contains("<section id=\"experience\">") })
        #expect(html.contains { $0.contains("class=\"resume-section work-history\"") })
        #expect(html.contains { $0.contains("<td valign=\"top\" width=\"22%\"><b>") })
        #expect(html.contains { $0.contains("class=MsoNormal") })
    }

    @Test func plainTextUsesBothHeadingConventions() {
        let text = Self.sample.filter { $0.format == .plainText }.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(text.contains { $0.contains("\nEXPERIENCE\n") || $0.contains("\nEXPERIENCE\r\n") })
        #expect(text.contains { $0.contains("Work History:") })
    }

    @Test func encodingsIncludeBOMsUTF16AndWindows1252() {
        let documents = Self.sample
        #expect(documents.contains { $0.bytes.starts(with: [0xEF, 0xBB, 0xBF]) })
        #expect(documents.contains { $0.bytes.starts(with: [0xFF, 0xFE]) })
        let legacy = documents.filter { String(validating: $0.bytes, as: UTF8.self) == nil }
        #expect(legacy.contains { $0.format == .html })
        #expect(legacy.contains { $0.format == .plainText })
        for document in legacy where document.format == .html {
            #expect(String(decoding: document.bytes.prefix(400), as: UTF8.self).contains("windows-1252"))
        }
    }

    @Test func aboutAThirdOfNamesAreNotASCII() {
        // 8,000 people from four seeds: one seed's 2,000 vary by ±3 points around the weights' third.
        let everyone = (UInt64(1)...4).flatMap { seed in
            var random = SeededRandom(seed: seed)
            return (0..<2_000).map { _ in SyntheticPeople.person(using: &random).person }
        }
        let nonASCII = everyone.filter { !$0.formattedName.unicodeScalars.allSatisfy(\.isASCII) }.count
        #expect((2_400...2_900).contains(nonASCII), "\(nonASCII) of 8,000 names are non-ASCII")
        let people = Array(everyone.prefix(2_000))
        for person in people {
            #expect(person.email.unicodeScalars.allSatisfy { $0.isASCII }, "\(person.email)")
            #expect(person.email.hasSuffix("@example.com") || person.email.hasSuffix("@example.org"))
            #expect(person.phone.filter(\.isNumber).count >= 9, "\(person.phone)")
        }
        // Each person their own e-mail and phone, as in a real dump (shared ones read as duplicate applications).
        #expect(Set(people.map(\.email)).count >= 1_990)
        #expect(Set(people.map { $0.phone.filter(\.isNumber).suffix(9) }).count >= 1_995)
    }

    @Test func careersStayWithinTheAllowedDates() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            let resume = SyntheticResumeBuilder.resume(using: &random)
            #expect((1...6).contains(resume.jobs.count))
            #expect((5...25).contains(resume.skills.count))
            for job in resume.jobs {
                #expect(job.start >= SyntheticMonth.earliest)
                #expect(job.start <= (job.end ?? SyntheticMonth.latest))
                #expect((job.end ?? SyntheticMonth.latest) <= SyntheticMonth.latest)
                #expect((2...8).contains(job.bullets.count))
            }
        }
    }

    @Test func writeCreatesTheDirectoryTreeAndMatchesDocumentAt() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-sample-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = SampleGenerator(seed: 5)
        var reported: [Int] = []
        try generator.write(count: 2_503, to: directory) { reported.append($0) }
        #expect(reported.last == 2_503)
        #expect(reported == reported.sorted())
        let subdirectories = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(subdirectories == ["0000", "0001", "0002"])
        let counts = try subdirectories.map {
            try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent($0).path).count
        }
        #expect(counts == [1_000, 1_000, 503])
        for index in [0, 999, 1_000, 1_999, 2_000, 2_502] {
            let document = generator.document(at: index)
            let bytes = try Data(contentsOf: directory.appendingPathComponent(document.relativePath))
            #expect([UInt8](bytes) == document.bytes)
        }
    }

    @Test func writingNoDocumentsCreatesAnEmptyDirectory() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-sample-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        try SampleGenerator(seed: 5).write(count: 0, to: directory, progress: nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test(arguments: [50, 500])
    func criteriaYAMLHasExactlyTheRequestedUniqueIDs(count: Int) {
        let yaml = SyntheticCriteria.yaml(criteriaCount: count, seed: 42)
        let ids = yaml.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.map { $0.dropFirst(8) }
        #expect(ids.count == count)
        #expect(Set(ids).count == count)
        for id in ids {
            #expect(
                id.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
                })
        }
        #expect(yaml == SyntheticCriteria.yaml(criteriaCount: count, seed: 42))
    }

    @Test func criteriaYAMLUsesEveryRuleKind() {
        let yaml = SyntheticCriteria.yaml(criteriaCount: 50, seed: 1)
        for fragment in [
            "min_distinct: 2", "\n    all: [", "\n    none: [", "on_fail: review", "years_experience: { min: 5 }",
            "education: { min_level: bachelor", "required: true", "in_section: skills", "within_years: 3",
            "\"c++\"", "\"=.NET\"",
        ] {
            #expect(yaml.contains(fragment), "missing \(fragment)")
        }
        for line in yaml.split(separator: "\n") where line.hasPrefix("    weight: ") {
            #expect((Int(line.dropFirst(12)) ?? 0) >= 1)
        }
        #expect(!yaml.contains("\"\""))
    }

    @Test func fiveThousandCriteriaHoldMoreThanFiveThousandDistinctTerms() {
        let terms = SyntheticCriteria.termList(count: 5_000, seed: 42)
        #expect(terms.count >= 5_000)
        #expect(Set(terms.map { $0.lowercased() }).count == terms.count)
        #expect(terms.allSatisfy { !$0.isEmpty && !$0.hasPrefix("=") && !$0.contains("|") })
        for awkward in ["c++", "c#", ".net", "node.js", "ci/cd", "r", "go", "objective-c"] {
            #expect(terms.contains { $0.lowercased() == awkward }, "missing \(awkward)")
        }
    }

    @Test func articlesAgreeWithTheFilledWord() {
        #expect(SyntheticPhraseFiller.fixingArticles("on a oncology unit") == "on an oncology unit")
        #expect(SyntheticPhraseFiller.fixingArticles("a 8-point roadmap for a team") == "an 8-point roadmap for a team")
        #expect(SyntheticPhraseFiller.fixingArticles("A e-commerce scale-up") == "An e-commerce scale-up")
    }

    @Test func yamlQuotingEscapesQuotesAndBackslashes() {
        var out = ""
        SyntheticCriterion.appendQuoted("say \"hi\" \\ now\n", to: &out)
        #expect(out == #""say \"hi\" \\ now\n""#)
    }
}

/// Records element local names and namespaces seen by `XMLParser`.
private final class ElementNameCollector: NSObject, XMLParserDelegate {
    var names: Set<String> = []
    var namespaces: Set<String> = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.insert(elementName)
        if let namespaceURI { namespaces.insert(namespaceURI) }
    }
}
