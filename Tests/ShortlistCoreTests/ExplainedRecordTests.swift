import Foundation
import Testing

@testable import ShortlistCore

@Suite("report.html: reading the explained candidates' results.jsonl lines")
struct ExplainedRecordTests {
    typealias ExplainedRecord = RecruiterReport.ExplainedRecord

    /// A record whose text holds everything JSON escapes and HTML must escape, with every optional both set and not.
    static func record(applicant: Bool = true) -> CandidateRecord {
        let awkward = "Zoë \"Q\" O'Brien <script>alert(1)</script> & \\ tab\there\nline\u{1} 🎉 ✔"
        return CandidateRecord(
            schemaVersion: 1, candidateId: "c_0123456789ab", sourceFile: "dump/\(awkward).html", decision: .review,
            rank: nil, score: 61.3,
            rules: [
                FiredRule(.reviewBand, reason: "score 61.3 is within 10 points of 70"),
                FiredRule(.onFailReview, criterion: "agency", reason: awkward),
            ],
            possibleDuplicates: ["c_ba9876543210"], status: .parsed, error: nil, format: "html", encoding: nil,
            candidate: Contact(name: awkward, email: nil, phone: "+44 20 5550 1234", links: ["https://x.dev/<a>"]),
            yearsExperience: 6.5, highestEducation: nil,
            criteria: [
                CriterionOutcome(
                    id: "swift", label: awkward, met: false, credit: 0.667, weight: 20, points: 13.3, required: true,
                    reviewOnFail: true,
                    evidence: [Evidence(term: "Swift", section: .experience, snippet: awkward, line: 12)],
                    missing: ["vapor", awkward], detail: awkward),
                CriterionOutcome(
                    id: "agency", label: "Not an agency", met: true, credit: 1, weight: 0, points: 0, required: false,
                    reviewOnFail: false, evidence: [], missing: [], detail: nil),
            ],
            criteriaNotListed: 3, hiddenTextTerms: ["kubernetes", awkward], obfuscatedTerms: ["sc\u{200B}ala"],
            parseRecovered: true,
            applicant: applicant
                ? ApplicantMatch(
                    matchedBy: "email", line: 7,
                    fields: ["first_name": "Zoë", "last_name": awkward, "email": "zoe@example.com"]) : nil)
    }

    static func decoded(_ line: [UInt8]) -> ExplainedRecord? {
        try? CandidateRecord.lineDecoder().decode(ExplainedRecord.self, from: Data(line))
    }

    @Test(arguments: [true, false])
    func scanningReadsWhatJSONDecoderReads(applicant: Bool) throws {
        let line = Self.record(applicant: applicant).encodedLine()
        let scanned = try ExplainedRecord(scanning: line)
        #expect(scanned == Self.decoded(line))
        #expect(scanned.name == Self.record().candidate?.name)
        #expect(scanned.csvContact?.email == (applicant ? "zoe@example.com" : nil))
    }

    @Test func escapesAndWhitespaceJSONDecoderAcceptsAreReadTheSame() throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var text = String(decoding: try encoder.encode(Self.record()), as: UTF8.self)
        text = text.replacingOccurrences(of: "Zoë", with: #"Zo\u00eb"#)
            .replacingOccurrences(of: "🎉", with: #"\ud83c\udf89"#).replacingOccurrences(of: "/", with: #"\/"#)
        let line = Array(text.utf8)
        let scanned = try ExplainedRecord(scanning: line)
        #expect(scanned == Self.decoded(line))
        #expect(scanned.candidate?.name?.hasPrefix("Zoë \"Q\"") == true)
    }

    /// Lines `JSONDecoder` reads in its own way (a camelCase key, an integer written `6.0`, a repeated key) are
    /// refused by the scanner and read by `JSONDecoder`, so the report reads them as before.
    @Test(arguments: [
        (#""years_experience":6.5"#, #""yearsExperience":6.5"#),
        (#""criteria_not_listed":3"#, #""criteria_not_listed":3.0"#),
        (#""decision":"review""#, #""decision":"review","decision":"reject""#),
    ])
    func linesTheScannerRefusesAreLeftToJSONDecoder(original: String, replacement: String) throws {
        let text = String(decoding: Self.record().encodedLine(), as: UTF8.self)
        #expect(text.contains(original))
        let line = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
        #expect(throws: JSONScanner.Malformed.self) { try ExplainedRecord(scanning: line) }
        let decoded = try #require(Self.decoded(line))
        #expect(ExplainedRecord.decode(line: line) == decoded)
    }

    @Test func aLineThatIsNotARecordIsNotRead() {
        let line = Self.record().encodedLine()
        let broken: [[UInt8]] = [
            Array(line.dropLast()),  // cut short
            Array(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "review", with: "maybe").utf8),
            Array(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "🎉", with: #"\ud83c"#).utf8),
            line.map { $0 == 0xAB ? 0xFF : $0 },  // invalid UTF-8 where "ë" was
            Array(#"{"candidate_id":"c_1"}"#.utf8),
        ]
        for bytes in broken {
            #expect(ExplainedRecord.decode(line: bytes) == nil)
            #expect(Self.decoded(bytes) == nil)
        }
    }

    /// Every value from the line reaches the page escaped.
    @Test func theExplanationEscapesEveryValue() throws {
        var record = try ExplainedRecord(scanning: Self.record().encodedLine())
        record.format = "<b>format</b>"
        record.highestEducation = "<b>education</b>"
        record.error = "<b>error</b>"
        var html = HTMLWriter()
        record.writeExplanation(to: &html)
        let page = String(decoding: html.bytes, as: UTF8.self)
        #expect(!page.contains("<script") && !page.contains("<b>") && !page.contains("<a>"))
        #expect(!page.contains("O'Brien") && !page.contains("\"Q\""))
        #expect(page.contains("Zoë &quot;Q&quot; O&#39;Brien &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\ tab"))
        #expect(page.contains("&lt;b&gt;format&lt;/b&gt;") && page.contains("&lt;b&gt;error&lt;/b&gt;"))
        #expect(page.contains("&lt;b&gt;education&lt;/b&gt;"))
        #expect(page.contains("not found: vapor; Zoë &quot;Q&quot;"))
        #expect(page.contains("<div class=\"note\">required, review if not met</div>"))
        #expect(page.contains("<p class=\"note\">3 other criteria found nothing and earned 0 points.</p>"))
    }
}
