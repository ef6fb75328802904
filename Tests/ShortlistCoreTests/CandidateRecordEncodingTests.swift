import Foundation
import Testing

@testable import ShortlistCore

/// The body as the general-purpose writer encodes it, member by member: what the fixed-layout encoder must match.
private func referenceBody(_ record: CandidateRecord) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.member("status", record.status.rawValue)
    json.member("error", record.error)
    json.member("format", record.format)
    json.member("encoding", record.encoding)
    json.key("candidate")
    if let candidate = record.candidate {
        json.beginObject()
        json.member("name", candidate.name)
        json.member("email", candidate.email)
        json.member("phone", candidate.phone)
        json.member("location", candidate.location)
        json.member("links", strings: candidate.links)
        json.endObject()
    } else {
        json.string(nil)
    }
    json.member("years_experience", record.yearsExperience)
    json.member("highest_education", record.highestEducation)
    json.key("criteria")
    json.beginArray()
    for outcome in record.criteria {
        json.beginObject()
        json.member("id", outcome.id)
        json.member("label", outcome.label)
        json.member("met", outcome.met)
        json.member("credit", (outcome.credit * 1000).rounded() / 1000)
        json.member("weight", outcome.weight)
        json.member("points", outcome.points)
        json.member("required", outcome.required)
        json.member("review_on_fail", outcome.reviewOnFail)
        json.key("evidence")
        json.beginArray()
        for evidence in outcome.evidence {
            json.beginObject()
            json.member("term", evidence.term)
            json.member("section", evidence.section.rawValue)
            json.member("snippet", evidence.snippet)
            json.member("line", evidence.line)
            json.endObject()
        }
        json.endArray()
        json.member("missing", strings: outcome.missing)
        json.member("detail", outcome.detail)
        json.endObject()
    }
    json.endArray()
    json.member("criteria_not_listed", record.criteriaNotListed)
    json.member("hidden_text_terms", strings: record.hiddenTextTerms)
    json.member("obfuscated_terms", strings: record.obfuscatedTerms)
    json.member("parse_recovered", record.parseRecovered)
    json.key("applicant")
    if let applicant = record.applicant {
        json.beginObject()
        json.member("matched_by", applicant.matchedBy)
        json.member("line", applicant.line)
        json.key("fields")
        json.beginObject()
        for column in applicant.fields.keys.sorted() { json.member(column, applicant.fields[column]) }
        json.endObject()
        json.endObject()
    } else {
        json.string(nil)
    }
    json.endObject()
    return Array(json.bytes.dropFirst().dropLast())
}

private func outcome(_ id: String, evidence: [Evidence], missing: [String], detail: String?) -> CriterionOutcome {
    CriterionOutcome(
        id: id, label: "Label \"\(id)\"\tand a tab", met: !evidence.isEmpty, credit: 1.0 / 3, weight: 12.5,
        points: 4.2, required: id == "b", reviewOnFail: id == "c", evidence: evidence, missing: missing,
        detail: detail)
}

private func record(candidate: Contact?, applicant: ApplicantMatch?, criteria: [CriterionOutcome]) -> CandidateRecord {
    var record = CandidateRecord(
        schemaVersion: CandidateRecord.schemaVersion, candidateId: "c_1", sourceFile: "resumes/a.html",
        decision: .reject, rank: nil, score: 41.7, rules: [], status: .parsed, error: nil, format: "html",
        encoding: "utf-8", candidate: candidate, yearsExperience: 6.5, highestEducation: nil, criteria: criteria,
        criteriaNotListed: 3, hiddenTextTerms: ["swift", "back\\slash"], obfuscatedTerms: [], parseRecovered: true)
    record.applicant = applicant
    return record
}

@Suite("Encoding results.jsonl records")
struct CandidateRecordEncodingTests {
    @Test func fixedLayoutBodyMatchesTheMemberByMemberEncoding() throws {
        let evidence = [
            Evidence(term: "Swift", section: .skills, snippet: "…Swift, \"Vapor\" and C:\\tools\u{01}…", line: 12),
            Evidence(term: "Łódź", section: .experience, snippet: "Kraków → Łódź\u{7F}", line: 3),
        ]
        let criteria = [
            outcome("a", evidence: evidence, missing: [], detail: nil),
            outcome("b", evidence: [], missing: ["go | golang", "=R"], detail: "found 0 of the 2 distinct needed"),
            outcome("c", evidence: Array(evidence.prefix(1)), missing: ["x\ny"], detail: nil),
        ]
        let contact = Contact(
            name: "Ana \"Ani\" Souza", email: nil, phone: "+55 11 5555 0100", location: "São Paulo",
            links: ["https://example.com/a", "https://example.com/b"])
        let applicant = ApplicantMatch(
            matchedBy: "email", line: 7, fields: ["name": "Ana", "email": "ana@example.com", "quote\"d": "a\\b"])
        let cases = [
            record(candidate: contact, applicant: applicant, criteria: criteria),
            record(candidate: nil, applicant: nil, criteria: []),
            record(
                candidate: Contact(), applicant: ApplicantMatch(matchedBy: "file", line: 2, fields: [:]),
                criteria: Array(criteria.suffix(1))),
        ]
        var scratch: [UInt8] = []
        for record in cases {
            let expected = String(decoding: referenceBody(record), as: UTF8.self)
            #expect(String(decoding: record.encodedBody(), as: UTF8.self) == expected)
            // A reused buffer gives the same bytes, whatever it held before.
            #expect(String(decoding: record.encodedBody(reusing: &scratch), as: UTF8.self) == expected)
            // And it reads back (credits are written to three decimals, so compare what is not rounded).
            let decoded = try CandidateRecord.decode(bytes: record.encodedLine())
            #expect(decoded.candidate == record.candidate)
            #expect(decoded.applicant == record.applicant)
            #expect(decoded.criteria.map(\.evidence) == record.criteria.map(\.evidence))
            #expect(decoded.criteria.map(\.missing) == record.criteria.map(\.missing))
            #expect(decoded.criteria.map(\.label) == record.criteria.map(\.label))
        }
    }

    @Test func numbersAreWrittenAsSwiftPrintsThem() {
        let values: [Double?] = [0, -0.0, 1, -1, 7, 10, 99.5, 0.333, 1e14, 1e15, 123_456_789_012_345, -42, nil, .nan]
        let expected = [
            "0", "0", "1", "-1", "7", "10", "99.5", "0.333", "100000000000000", "1000000000000000.0",
            "123456789012345", "-42", "null", "null",
        ]
        for (value, text) in zip(values, expected) {
            var json = JSONWriter()
            json.appendNumber(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == text, "\(String(describing: value))")
        }
        for value in [0, 5, 9, 10, 11, 100, 12_345, -7, -1_000_000, Int.max, Int.min] {
            var json = JSONWriter()
            json.appendInteger(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
        var json = JSONWriter()
        json.appendString("a\"b\\c\nd\re\tf\u{01}g\u{7F}h é")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001g\u007fh é""#)
    }
}
