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

    /// The members that do not depend on ranking, encoded once when the candidate is scored.
    func encodedBody() -> [UInt8] {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.member("status", status.rawValue)
        json.member("error", error)
        json.member("format", format)
        json.member("encoding", encoding)
        json.key("candidate")
        if let candidate {
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
        json.member("years_experience", yearsExperience)
        json.member("highest_education", highestEducation)
        json.key("criteria")
        json.beginArray()
        for outcome in criteria {
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
        json.member("criteria_not_listed", criteriaNotListed)
        json.member("hidden_text_terms", strings: hiddenTextTerms)
        json.member("obfuscated_terms", strings: obfuscatedTerms)
        json.member("parse_recovered", parseRecovered)
        json.key("applicant")
        if let applicant {
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
        // Drop the braces: the body is spliced after the ranking members.
        return Array(json.bytes.dropFirst().dropLast())
    }

    /// The whole `results.jsonl` line (without the newline), ranking members first.
    static func line(
        candidateId: String, sourceFile: String, decision: Decision, rank: Int?, score: Double?, rules: [FiredRule],
        possibleDuplicates: [String] = [], body: [UInt8]
    ) -> [UInt8] {
        var json = JSONWriter(capacity: body.count + 512)
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
        return json.bytes
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
