import Foundation
import Testing

@testable import ShortlistCore

/// JSON Resume (jsonresume.org) documents: contact details, dated roles, degrees and skills come through as
/// structured data and as text under the right sections.
@Suite("Reading JSON Resume")
struct JSONResumeReadingTests {
    private func read(_ text: String, path: String = "resume.json") throws(ResumeReadError) -> Resume {
        ShortlistEngine.prepare()
        return try ResumeReader().read(bytes: Array(text.utf8), path: path)
    }

    private static let alex = """
        {
          "basics": {
            "name": "Alex Kim", "label": "Backend Engineer", "email": "Alex.Kim@Example.com",
            "phone": "+1 555 010 2233", "url": "https://alexkim.dev",
            "summary": "Backend engineer who writes Swift.\\nEU citizen.",
            "location": { "address": "1 Main St", "city": "Berlin", "region": "Berlin", "countryCode": "DE" },
            "profiles": [ { "network": "GitHub", "username": "alexk", "url": "https://github.com/alexk" } ]
          },
          "work": [
            { "name": "Acme GmbH", "position": "Senior Engineer", "startDate": "2020-03-01",
              "summary": "Payments platform.", "highlights": ["Vapor services", "Kubernetes on AWS"] },
            { "company": "Initech", "position": "Developer", "startDate": "2015-01", "endDate": "2019-12-31" }
          ],
          "education": [
            { "institution": "Technical University of Munich", "area": "Computer Science", "studyType": "Master",
              "startDate": "2012", "endDate": "2014" }
          ],
          "skills": [ { "name": "Languages", "level": "Expert", "keywords": ["Swift", "Go"] } ],
          "certificates": [ { "name": "CKA", "issuer": "CNCF", "date": "2021-05" } ],
          "languages": [ { "language": "German", "fluency": "Native" } ],
          "projects": [ { "name": "swift-metrics exporter", "keywords": ["Prometheus"] } ]
        }
        """

    @Test func basicsGiveTheContactDetails() throws {
        let resume = try read(Self.alex)
        #expect(resume.format == .jsonResume)
        #expect(resume.contact.name == "Alex Kim")
        #expect(resume.contact.email == "Alex.Kim@Example.com")
        #expect(resume.contact.phone == "+1 555 010 2233")
        #expect(resume.contact.location == "Berlin, Berlin, DE")
        #expect(resume.contact.links == ["https://alexkim.dev", "https://github.com/alexk"])
    }

    @Test func workEntriesAreRolesWithDatesAndYearsOfExperience() throws {
        let resume = try read(Self.alex)
        #expect(resume.experience.map(\.title) == ["Senior Engineer", "Developer"])
        #expect(resume.experience.map(\.employer) == ["Acme GmbH", "Initech"])
        #expect(resume.experience[0].dates == DateRange(start: YearMonth(year: 2020, month: 3), end: nil))
        #expect(
            resume.experience[1].dates
                == DateRange(start: YearMonth(year: 2015, month: 1), end: YearMonth(year: 2019, month: 12)))
        // A role's lines are its evidence: the highlights belong to Acme.
        let acme = resume.experience[0].lines
        let highlight = try #require(resume.text.split(separator: "\n").firstIndex { $0 == "- Kubernetes on AWS" })
        #expect(acme.contains(highlight + 1))

        let criteria = try CriteriaLoader.parse(
            yaml: "role: R\ncriteria:\n  - id: years\n    years_experience: { min: 5 }\n    weight: 1\n", path: "r.yaml"
        )
        let evaluator = Evaluator(compiled: CompiledCriteria(criteria), referenceDate: YearMonth(year: 2026, month: 3))
        // 2015-01..2019-12 (5 years) + 2020-03..2026-03 (6 years and 1 month).
        #expect(Evaluator.oneDecimal(evaluator.yearsOfExperience(resume).years) == 11.1)
    }

    @Test func educationGivesLevelFieldInstitutionAndYear() throws {
        let resume = try read(Self.alex)
        #expect(resume.education.map(\.level) == [.master])
        #expect(resume.education.first?.field == "Computer Science")
        #expect(resume.education.first?.institution == "Technical University of Munich")
        #expect(resume.education.first?.year == 2014)
    }

    @Test func fieldsAreTextUnderTheirSections() throws {
        let resume = try read(Self.alex)
        func section(of line: String) -> SectionKind? {
            let lines = resume.text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.firstIndex { $0 == line }.map { resume.section(ofLine: $0 + 1) }
        }
        #expect(section(of: "Languages (Expert): Swift, Go") == .skills)
        #expect(section(of: "EU citizen.") == .summary)
        #expect(section(of: "- Vapor services") == .experience)
        #expect(section(of: "CKA (CNCF, 2021-05)") == .certifications)
        #expect(section(of: "German (Native)") == .other)
        #expect(section(of: "Prometheus") == .other)
        #expect(resume.sections.compactMap(\.heading).contains("Work Experience"))
    }

    @Test func malformedJSONIsAnErrorThatSaysWhere() {
        let error = #expect(throws: ResumeReadError.self) { try read("{\"basics\": {\"name\": \"Alex\",, }}") }
        #expect(error?.description.hasPrefix("the file is malformed JSON (") == true)
        #expect(error?.description.contains("character") == true)
    }

    @Test func jsonThatIsNotAJSONResumeIsAnError() {
        #expect(throws: ResumeReadError.notJSONResume) { try read("{\"name\": \"Alex\", \"tags\": [1, 2]}") }
    }

    @Test func deeplyNestedJSONIsRefusedBeforeParsing() {
        let text =
            "{\"basics\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            + "}"
        #expect(throws: ResumeReadError.malformedJSON(detail: "nested more than 64 levels deep")) { try read(text) }
    }

    @Test func textThatMerelyStartsWithABraceIsReadAsText() throws {
        let resume = try read("{Draft} Alex Kim\nBackend engineer\n", path: "alex.txt")
        #expect(resume.format == .text)
    }
}
