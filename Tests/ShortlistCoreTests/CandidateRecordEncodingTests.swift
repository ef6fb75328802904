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

/// Criteria of every kind, with labels and term displays that need escaping, some required or flagged for review.
private func mixedCriteria(extra: Int = 0) throws -> CriteriaSet {
    func group(_ entry: String) throws -> TermGroup { try #require(TermGroup(parsing: entry)) }
    var criteria = [
        Criterion(
            id: "languages", label: "Two \"backend\" languages\\C:\\\t",
            rule: .terms(mode: .any, groups: try ["swift", "go | golang", "rust", "c++"].map(group), minDistinct: 2),
            weight: 20, required: true),
        Criterion(
            id: "ops", label: "Ops — Łódź",
            rule: .terms(
                mode: .all, groups: try ["docker", "kubernetes"].map(group),
                minDistinct: 1), weight: 10, reviewOnFail: true),
        Criterion(
            id: "skills_only", label: "Cloud under skills",
            rule: .terms(mode: .any, groups: try ["aws", "azure"].map(group), minDistinct: 1), weight: 5,
            sections: [.skills]),
        Criterion(
            id: "recent", label: "Recent Kafka", rule: .terms(mode: .any, groups: [try group("kafka")], minDistinct: 1),
            weight: 5, withinYears: 1),
        Criterion(
            id: "agency", label: "No agency",
            rule: .terms(
                mode: .none, groups: [try group("staffing agency")],
                minDistinct: 1), weight: 0, reviewOnFail: true),
        Criterion(id: "years", label: "5+ years", rule: .yearsExperience(min: 5), weight: 20),
        // Shares "docker" with `ops`: the same hit is the evidence of both.
        Criterion(
            id: "containers", label: "Containers",
            rule: .terms(mode: .any, groups: try ["podman", "docker"].map(group), minDistinct: 1), weight: 5),
        Criterion(
            id: "degree", label: "Degree", rule: .education(minLevel: .bachelor, fields: [try group("physics")]),
            weight: 10),
        Criterion(id: "any_degree", label: "Any degree", rule: .education(minLevel: .bachelor, fields: []), weight: 5),
    ]
    for index in 0..<extra {
        criteria.append(
            Criterion(
                id: "extra_\(index)", label: "Extra \"\(index)\"",
                rule: .terms(mode: .any, groups: [try group("term\(index)")], minDistinct: 1), weight: 1))
    }
    return CriteriaSet(role: "Encoding", criteria: criteria)
}

/// A resume whose evidence has quotes, backslashes, tabs and non-ASCII text.
private let mixedResume = """
    Ana "Ani" Souza
    ana@example.com

    Experience
    Senior Engineer, "Quoted" GmbH\t2019-01 – present
    Built Swift\\Go services on Kubernetes in Łódź; ran Kafka (2018) and a staffing agency's "docker" images…
    Engineer, Back\\slash Ltd 2012-03 – 2018-12
    Used Rust, C++ and term3 with AWS.

    Education
    B.Sc. Physics, Uniwersytet Łódzki, 2011

    Skills
    Azure, term7,   term12\u{00A0}\u{00A0}and  Docker
    """

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

    @Test func utf8BytesAreValidatedAndEscapedAsTheirString() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII".utf8), Array("quote \" backslash \\ tab \t newline \n cr \r".utf8),
            [0x00, 0x01, 0x1F, 0x7F, 0x20], Array("Łódź → 東京 🎉 …".utf8),
            [0x61, 0x80, 0x62],  // a lone continuation byte
            [0xC3],  // truncated two-byte sequence
            [0xE2, 0x80],  // truncated three-byte sequence
            [0xC0, 0x80], [0xC1, 0xBF],  // overlong
            [0xE0, 0x80, 0x80],  // overlong three bytes
            [0xED, 0xA0, 0x80],  // a surrogate
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],  // above U+10FFFF
            [0xF0, 0x9F, 0x8E],  // truncated four-byte sequence
            [0x22, 0xE2, 0x80, 0xA6, 0x5C, 0xFF, 0x0A],  // escapes next to valid and invalid bytes
            Array("ok".utf8) + [0xEF, 0xBF, 0xBD],  // U+FFFD itself
            // The edges of each valid form: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+10000, U+10FFFF.
            [0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80],
            [0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF],
        ]
        for bytes in cases {
            var expected = JSONWriter()
            expected.appendString(String(decoding: bytes, as: UTF8.self))
            // Within a larger buffer, so the range matters.
            let source: [UInt8] = [0x78, 0xC3] + bytes + [0xA9, 0x79]
            let isValid = String(validating: bytes, as: UTF8.self) != nil
            #expect(JSONWriter.isValidUTF8(source.span.extracting(2..<(2 + bytes.count))) == isValid, "\(bytes)")
            if isValid {
                var json = JSONWriter()
                json.appendString(validUTF8: source, 2..<(2 + bytes.count))
                #expect(json.bytes == expected.bytes, "\(bytes)")
            }
        }
    }

    @Test func criteriaWrittenFromTheScoreSheetMatchTheOutcomes() throws {
        ShortlistEngine.prepare()
        let resume = try ResumeReader().read(bytes: Array(mixedResume.utf8), path: "resume.txt")
        let other = try ResumeReader().read(
            bytes: Array("Bob\nGo, Rust, AWS, Kafka and term40\n".utf8), path: "other.txt")
        // Fails the required criterion, with little text: a knockout sent to review.
        let failing = try ResumeReader().read(bytes: Array("Carl\nPython with Docker\n".utf8), path: "failing.txt")
        // Evidence far down a long resume (line numbers past those prepared as fragments).
        let long = try ResumeReader().read(
            bytes: Array(("Dana\n" + String(repeating: "Filler line.\n", count: 1_100) + "Docker\n").utf8),
            path: "long.txt")
        // Every criterion listed, and (over `fullExplanationLimit`) only those that found something.
        for extra in [0, CompiledCriteria.fullExplanationLimit] {
            let criteria = try mixedCriteria(extra: extra)
            let evaluator = Evaluator(
                compiled: CompiledCriteria(criteria), referenceDate: YearMonth(year: 2026, month: 11))
            var workspace = EvaluationWorkspace()
            for candidate in [resume, other, failing, long, resume] {
                // A workspace used for earlier resumes gives what a fresh one gives.
                evaluator.evaluate(candidate, into: &workspace)
                let evaluation = evaluator.evaluate(candidate)
                #expect(workspace.sheet.evaluation(evaluator.compiled) == evaluation)
                #expect(workspace.sheet.omittedCriteria == evaluation.omittedCriteria)
                var scratch: [UInt8] = []
                let fromOutcomes = CandidateRecord.encodedBody(
                    status: .parsed, error: nil, format: nil, encoding: nil, candidate: nil, yearsExperience: nil,
                    highestEducation: nil, criteria: evaluation.outcomes, criteriaNotListed: 0, hiddenTextTerms: [],
                    obfuscatedTerms: [], parseRecovered: false, applicant: nil, reusing: &scratch)
                let fromSheet = CandidateRecord.encodedBody(
                    status: .parsed, error: nil, format: nil, encoding: nil, candidate: nil, yearsExperience: nil,
                    highestEducation: nil, criteriaNotListed: 0, hiddenTextTerms: [], obfuscatedTerms: [],
                    parseRecovered: false, applicant: nil, reusing: &scratch
                ) { json in
                    evaluator.fragments.appendCriteria(of: workspace.sheet, to: &json)
                }
                #expect(String(decoding: fromSheet, as: UTF8.self) == String(decoding: fromOutcomes, as: UTF8.self))
                // The criteria are all there: not an empty list compared with an empty list.
                if extra == 0 {
                    #expect(evaluation.outcomes.count == 9)
                } else {
                    #expect(evaluation.omittedCriteria > 0)
                }
                #expect(evaluation.outcomes.contains { !$0.evidence.isEmpty })
                if candidate.text.hasPrefix("Dana") {
                    #expect(evaluation.outcomes.contains { $0.evidence.contains { $0.line > 1_000 } })
                }
                if candidate.text.hasPrefix("Carl") || candidate.text == resume.text {
                    // One hit, evidence of two criteria: made once, the same in both.
                    let ops = try #require(evaluation.outcomes.first { $0.id == "ops" })
                    let containers = try #require(evaluation.outcomes.first { $0.id == "containers" })
                    let docker = try #require(ops.evidence.first { $0.term.lowercased() == "docker" })
                    #expect(containers.evidence == [docker])
                    #expect(docker.snippet.contains(docker.term))
                }
                let notes = ParseNotes()
                let fromEvaluation = Escalation.assess(evaluation, notes: notes, criteria: criteria)
                let fromScoreSheet = Escalation.assess(workspace.sheet, notes: notes, criteria: criteria)
                #expect(fromScoreSheet != nil)
                if candidate.text.hasPrefix("Carl") {
                    #expect(fromScoreSheet?.rules.map(\.rule) == [.knockoutLowText])
                }
                #expect(fromScoreSheet?.decision == fromEvaluation?.decision)
                #expect(fromScoreSheet?.rules == fromEvaluation?.rules)
            }
        }
    }
}
