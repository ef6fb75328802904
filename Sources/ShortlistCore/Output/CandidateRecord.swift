import Foundation

/// One line of `results.jsonl`: everything Shortlist decided about one input file, and why.
///
/// Field names in JSON are snake_case; `schema_version` changes whenever a field changes meaning.
public struct CandidateRecord: Sendable, Codable, Hashable {
    public static let schemaVersion = 1

    /// Whether the file was read as a resume.
    public enum Status: String, Sendable, Codable {
        case parsed, skipped, error
    }

    public var schemaVersion: Int
    public var candidateId: String
    public var sourceFile: String
    public var decision: Decision
    public var rank: Int?
    public var score: Double?
    public var rules: [FiredRule]
    /// Candidate ids of other applications that look like the same person (`possible_duplicate`).
    public var possibleDuplicates: [String]?
    public var status: Status
    public var error: String?
    public var format: String?
    public var encoding: String?
    public var candidate: Contact?
    public var yearsExperience: Double?
    public var highestEducation: String?
    public var criteria: [CriterionOutcome]
    /// Criteria not listed in `criteria` because they found nothing and earned nothing; only non-zero when the
    /// criteria file has more than `CompiledCriteria.fullExplanationLimit` criteria.
    public var criteriaNotListed: Int
    public var hiddenTextTerms: [String]
    /// Criteria terms written with look-alike letters or zero-width characters (they still count).
    public var obfuscatedTerms: [String]
    public var parseRecovered: Bool
    /// The `--metadata` row joined onto this candidate, nil without `--metadata` or when no row matched.
    public var applicant: ApplicantMatch? = nil

    /// Reads `results.jsonl` lines.
    public static func decode(_ line: some StringProtocol) throws -> CandidateRecord {
        try lineDecoder().decode(CandidateRecord.self, from: Data(line.utf8))
    }

    /// Reads one encoded `results.jsonl` line.
    static func decode(bytes: [UInt8]) throws -> CandidateRecord {
        try lineDecoder().decode(CandidateRecord.self, from: Data(bytes))
    }

    /// A decoder for `results.jsonl` lines (snake_case members), for the whole record or a part of it.
    static func lineDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// The members that do not depend on ranking, encoded once when the candidate is scored: `"status":…` to
    /// `"applicant":…`, without braces (the body is spliced after the ranking members).
    func encodedBody() -> [UInt8] {
        var scratch: [UInt8] = []
        return encodedBody(reusing: &scratch)
    }

    /// `encodedBody()`, written in `scratch` (a worker's buffer, kept for the next record) and returned as an array
    /// of exactly the body's size.
    func encodedBody(reusing scratch: inout [UInt8]) -> [UInt8] {
        Self.encodedBody(
            status: status, error: error, format: format, encoding: encoding, candidate: candidate,
            yearsExperience: yearsExperience, highestEducation: highestEducation, criteria: criteria,
            criteriaNotListed: criteriaNotListed, hiddenTextTerms: hiddenTextTerms, obfuscatedTerms: obfuscatedTerms,
            parseRecovered: parseRecovered, applicant: applicant, reusing: &scratch)
    }

    /// The body of a record with these members, written straight from them (a screened candidate's evaluation need
    /// not be copied into a record first), in `scratch` and returned at its exact size.
    static func encodedBody(
        status: Status, error: String?, format: String?, encoding: String?, candidate: Contact?,
        yearsExperience: Double?, highestEducation: String?, criteria: [CriterionOutcome], criteriaNotListed: Int,
        hiddenTextTerms: [String], obfuscatedTerms: [String], parseRecovered: Bool, applicant: ApplicantMatch?,
        reusing scratch: inout [UInt8]
    ) -> [UInt8] {
        encodedBody(
            status: status, error: error, format: format, encoding: encoding, candidate: candidate,
            yearsExperience: yearsExperience, highestEducation: highestEducation, criteriaNotListed: criteriaNotListed,
            hiddenTextTerms: hiddenTextTerms, obfuscatedTerms: obfuscatedTerms, parseRecovered: parseRecovered,
            applicant: applicant, reusing: &scratch
        ) { json in
            // By index, each outcome borrowed in place: no copy (and retain) of its strings per outcome.
            for index in criteria.indices {
                json.appendRaw(index == 0 ? "{\"id\":" : ",{\"id\":")
                appendOutcome(criteria[index], to: &json)
            }
        }
    }

    /// The body of a record with these members, whose `criteria` members (without the brackets) `appendCriteria`
    /// writes (`CriterionJSONFragments` writes them from a resume's `ScoreSheet`).
    static func encodedBody(
        status: Status, error: String?, format: String?, encoding: String?, candidate: Contact?,
        yearsExperience: Double?, highestEducation: String?, criteriaNotListed: Int, hiddenTextTerms: [String],
        obfuscatedTerms: [String], parseRecovered: Bool, applicant: ApplicantMatch?, reusing scratch: inout [UInt8],
        appendCriteria: (inout JSONWriter) -> Void
    ) -> [UInt8] {
        var json = JSONWriter(reusing: &scratch)
        json.appendRaw("\"status\":")
        json.appendString(status.rawValue)
        json.appendRaw(",\"error\":")
        json.appendString(error)
        json.appendRaw(",\"format\":")
        json.appendString(format)
        json.appendRaw(",\"encoding\":")
        json.appendString(encoding)
        json.appendRaw(",\"candidate\":")
        if let candidate {
            json.appendRaw("{\"name\":")
            json.appendString(candidate.name)
            json.appendRaw(",\"email\":")
            json.appendString(candidate.email)
            json.appendRaw(",\"phone\":")
            json.appendString(candidate.phone)
            json.appendRaw(",\"location\":")
            json.appendString(candidate.location)
            json.appendRaw(",\"links\":")
            json.appendStrings(candidate.links)
            json.appendRaw("}")
        } else {
            json.appendString(nil)
        }
        json.appendRaw(",\"years_experience\":")
        json.appendNumber(yearsExperience)
        json.appendRaw(",\"highest_education\":")
        json.appendString(highestEducation)
        json.appendRaw(",\"criteria\":[")
        appendCriteria(&json)
        json.appendRaw("],\"criteria_not_listed\":")
        json.appendInteger(criteriaNotListed)
        json.appendRaw(",\"hidden_text_terms\":")
        json.appendStrings(hiddenTextTerms)
        json.appendRaw(",\"obfuscated_terms\":")
        json.appendStrings(obfuscatedTerms)
        json.appendRaw(",\"parse_recovered\":")
        json.appendBool(parseRecovered)
        json.appendRaw(",\"applicant\":")
        if let applicant {
            json.appendRaw("{\"matched_by\":")
            json.appendString(applicant.matchedBy)
            json.appendRaw(",\"line\":")
            json.appendInteger(applicant.line)
            json.appendRaw(",\"fields\":{")
            for (index, column) in applicant.fields.keys.sorted().enumerated() {
                if index > 0 { json.appendRaw(",") }
                json.appendString(column)
                json.appendRaw(":")
                json.appendString(applicant.fields[column])
            }
            json.appendRaw("}}")
        } else {
            json.appendString(nil)
        }
        scratch = json.take()
        var body: [UInt8] = []
        body.reserveCapacity(scratch.count)
        body.append(contentsOf: scratch)
        return body
    }

    /// One member of `criteria` after its `{"id":`.
    private static func appendOutcome(_ outcome: borrowing CriterionOutcome, to json: inout JSONWriter) {
        json.appendString(outcome.id)
        json.appendRaw(",\"label\":")
        json.appendString(outcome.label)
        json.appendRaw(",\"met\":")
        json.appendBool(outcome.met)
        json.appendRaw(",\"credit\":")
        json.appendNumber((outcome.credit * 1000).rounded() / 1000)
        json.appendRaw(",\"weight\":")
        json.appendNumber(outcome.weight)
        json.appendRaw(",\"points\":")
        json.appendNumber(outcome.points)
        json.appendRaw(",\"required\":")
        json.appendBool(outcome.required)
        json.appendRaw(",\"review_on_fail\":")
        json.appendBool(outcome.reviewOnFail)
        json.appendRaw(",\"evidence\":[")
        for index in outcome.evidence.indices {
            json.appendRaw(index == 0 ? "{\"term\":" : ",{\"term\":")
            appendEvidence(outcome.evidence[index], to: &json)
        }
        json.appendRaw("],\"missing\":")
        json.appendStrings(outcome.missing)
        json.appendRaw(",\"detail\":")
        json.appendString(outcome.detail)
        json.appendRaw("}")
    }

    /// One member of an outcome's `evidence` after its `{"term":`.
    private static func appendEvidence(_ evidence: borrowing Evidence, to json: inout JSONWriter) {
        json.appendString(evidence.term)
        json.appendRaw(",\"section\":")
        json.appendString(evidence.section.rawValue)
        json.appendRaw(",\"snippet\":")
        json.appendString(evidence.snippet)
        json.appendRaw(",\"line\":")
        json.appendInteger(evidence.line)
        json.appendRaw("}")
    }

    /// The whole `results.jsonl` line (without the newline), ranking members first.
    static func line(
        candidateId: String, sourceFile: String, decision: Decision, rank: Int?, score: Double?, rules: [FiredRule],
        possibleDuplicates: [String] = [], body: [UInt8]
    ) -> [UInt8] {
        var json = JSONWriter(capacity: body.count + 512)
        writeLine(
            candidateId: candidateId, sourceFile: sourceFile, decision: decision, rank: rank, score: score,
            rules: rules, possibleDuplicates: possibleDuplicates, body: body, to: &json)
        return json.bytes
    }

    /// Writes the line that `line(…)` returns with `json`, the body copied once from wherever it is.
    static func writeLine(
        candidateId: String, sourceFile: String, decision: Decision, rank: Int?, score: Double?, rules: [FiredRule],
        possibleDuplicates: [String], body: some Collection<UInt8>, to json: inout JSONWriter
    ) {
        json.beginObject()
        json.member("schema_version", schemaVersion)
        json.member("candidate_id", candidateId)
        json.member("source_file", sourceFile)
        json.member("decision", decision.rawValue)
        json.member("rank", rank)
        json.member("score", score)
        json.key("rules")
        json.beginArray()
        for rule in rules {
            json.beginObject()
            json.member("rule", rule.rule.rawValue)
            json.member("criterion", rule.criterion)
            json.member("reason", rule.reason)
            json.endObject()
        }
        json.endArray()
        json.member("possible_duplicates", strings: possibleDuplicates)
        json.rawMembers(body)
        json.endObject()
    }

    /// The contact details for a CSV row: the `candidate` member, with the name and e-mail the joined `applicant`
    /// row holds where the resume had none (nil if both are absent).
    var csvContact: Contact? { Self.csvContact(candidate: candidate, applicant: applicant) }

    static func csvContact(candidate: Contact?, applicant: ApplicantMatch?) -> Contact? {
        guard let applicant else { return candidate }
        var contact = candidate ?? Contact()
        if contact.name == nil { contact.name = applicant.name }
        if contact.email == nil { contact.email = applicant.email }
        return contact
    }

    /// The full line for this record as it stands.
    public func encodedLine() -> [UInt8] {
        Self.line(
            candidateId: candidateId, sourceFile: sourceFile, decision: decision, rank: rank, score: score,
            rules: rules, possibleDuplicates: possibleDuplicates ?? [], body: encodedBody())
    }
}
