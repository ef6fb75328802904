import Foundation

extension RecruiterReport {
    /// The members of a `results.jsonl` line that `report.html` shows for a candidate explained in full, and the
    /// contact details `shortlist.csv` takes from the same line; the rest of the line is not read.
    ///
    /// `Decodable` is the definition (what `JSONDecoder` with `CandidateRecord.lineDecoder()` reads); `decode(line:)`
    /// reads the line with `JSONScanner` instead, which gives the same value in a fraction of the time, and leaves
    /// to `JSONDecoder` only the lines the scanner does not take.
    struct ExplainedRecord: Decodable, Equatable, Sendable {
        var candidateId: String
        var sourceFile: String
        var decision: Decision
        var rank: Int?
        var score: Double?
        var rules: [FiredRule]
        var error: String?
        var format: String?
        var candidate: Contact?
        var yearsExperience: Double?
        var highestEducation: String?
        var criteria: [CriterionOutcome]
        var criteriaNotListed: Int
        var hiddenTextTerms: [String]
        var obfuscatedTerms: [String]
        var applicant: ApplicantMatch?

        /// The name shown for the candidate.
        var name: String { candidate?.name ?? "(no name found)" }

        /// The contact details for the candidate's `shortlist.csv` row (see `CandidateRecord.csvContact`).
        var csvContact: Contact? { CandidateRecord.csvContact(candidate: candidate, applicant: applicant) }

        /// Reads one `results.jsonl` line; nil if it is not a valid line.
        /// - Complexity: O(n) in the line's bytes.
        static func decode(line: [UInt8]) -> ExplainedRecord? {
            if let record = try? ExplainedRecord(scanning: line) { return record }
            return try? CandidateRecord.lineDecoder().decode(ExplainedRecord.self, from: Data(line))
        }
    }
}

// MARK: - Reading a line with JSONScanner: the members `Decodable` reads, with the same keys and types

extension RecruiterReport.ExplainedRecord {
    typealias Malformed = JSONScanner.Malformed

    init(scanning line: [UInt8]) throws(Malformed) {
        self = try JSONScanner.read(line) { json throws(Malformed) in try Self(&json) }
    }

    private init(_ json: inout JSONScanner) throws(Malformed) {
        var candidateId: String?
        var sourceFile: String?
        var decision: Decision?
        var rules: [FiredRule]?
        var criteria: [CriterionOutcome]?
        var criteriaNotListed: Int?
        var hiddenTextTerms: [String]?
        var obfuscatedTerms: [String]?
        var rank: Int?
        var score: Double?
        var error: String?
        var format: String?
        var candidate: Contact?
        var yearsExperience: Double?
        var highestEducation: String?
        var applicant: ApplicantMatch?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "candidate_id": candidateId = try json.string()
            case "source_file": sourceFile = try json.string()
            case "decision": decision = try Decision(rawValue: json.string())
            case "rank": rank = try json.nullable { json throws(Malformed) in try json.int() }
            case "score": score = try json.nullable { json throws(Malformed) in try json.double() }
            case "rules": rules = try json.array(of: Self.firedRule)
            case "error": error = try json.nullable { json throws(Malformed) in try json.string() }
            case "format": format = try json.nullable { json throws(Malformed) in try json.string() }
            case "candidate": candidate = try json.nullable(Self.contact)
            case "years_experience":
                yearsExperience = try json.nullable { json throws(Malformed) in try json.double() }
            case "highest_education":
                highestEducation = try json.nullable { json throws(Malformed) in try json.string() }
            case "criteria": criteria = try json.array(of: Self.criterionOutcome)
            case "criteria_not_listed": criteriaNotListed = try json.int()
            case "hidden_text_terms": hiddenTextTerms = try json.strings()
            case "obfuscated_terms": obfuscatedTerms = try json.strings()
            case "applicant": applicant = try json.nullable(Self.applicantMatch)
            default: try Self.skip(key, &json)
            }
        }
        guard let candidateId, let sourceFile, let decision, let rules, let criteria, let criteriaNotListed,
            let hiddenTextTerms, let obfuscatedTerms
        else { throw Malformed() }
        self.init(
            candidateId: candidateId, sourceFile: sourceFile, decision: decision, rank: rank, score: score,
            rules: rules, error: error, format: format, candidate: candidate, yearsExperience: yearsExperience,
            highestEducation: highestEducation, criteria: criteria, criteriaNotListed: criteriaNotListed,
            hiddenTextTerms: hiddenTextTerms, obfuscatedTerms: obfuscatedTerms, applicant: applicant)
    }

    private static func firedRule(_ json: inout JSONScanner) throws(Malformed) -> FiredRule {
        var rule: RuleID?
        var criterion: String?
        var reason: String?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "rule": rule = try RuleID(rawValue: json.string())
            case "criterion": criterion = try json.nullable { json throws(Malformed) in try json.string() }
            case "reason": reason = try json.string()
            default: try Self.skip(key, &json)
            }
        }
        guard let rule, let reason else { throw Malformed() }
        return FiredRule(rule, criterion: criterion, reason: reason)
    }

    private static func contact(_ json: inout JSONScanner) throws(Malformed) -> Contact {
        var contact = Contact()
        var links: [String]?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "name": contact.name = try json.nullable { json throws(Malformed) in try json.string() }
            case "email": contact.email = try json.nullable { json throws(Malformed) in try json.string() }
            case "phone": contact.phone = try json.nullable { json throws(Malformed) in try json.string() }
            case "location": contact.location = try json.nullable { json throws(Malformed) in try json.string() }
            case "links": links = try json.strings()
            default: try Self.skip(key, &json)
            }
        }
        guard let links else { throw Malformed() }
        contact.links = links
        return contact
    }

    private static func criterionOutcome(_ json: inout JSONScanner) throws(Malformed) -> CriterionOutcome {
        var id: String?
        var label: String?
        var met: Bool?
        var credit: Double?
        var weight: Double?
        var points: Double?
        var required: Bool?
        var reviewOnFail: Bool?
        var evidence: [Evidence]?
        var missing: [String]?
        var detail: String?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "id": id = try json.string()
            case "label": label = try json.string()
            case "met": met = try json.bool()
            case "credit": credit = try json.double()
            case "weight": weight = try json.double()
            case "points": points = try json.double()
            case "required": required = try json.bool()
            case "review_on_fail": reviewOnFail = try json.bool()
            case "evidence": evidence = try json.array(of: Self.evidence)
            case "missing": missing = try json.strings()
            case "detail": detail = try json.nullable { json throws(Malformed) in try json.string() }
            default: try Self.skip(key, &json)
            }
        }
        guard let id, let label, let met, let credit, let weight, let points, let required, let reviewOnFail,
            let evidence, let missing
        else { throw Malformed() }
        return CriterionOutcome(
            id: id, label: label, met: met, credit: credit, weight: weight, points: points, required: required,
            reviewOnFail: reviewOnFail, evidence: evidence, missing: missing, detail: detail)
    }

    private static func evidence(_ json: inout JSONScanner) throws(Malformed) -> Evidence {
        var term: String?
        var section: SectionKind?
        var snippet: String?
        var line: Int?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "term": term = try json.string()
            case "section": section = try SectionKind(rawValue: json.string())
            case "snippet": snippet = try json.string()
            case "line": line = try json.int()
            default: try Self.skip(key, &json)
            }
        }
        guard let term, let section, let snippet, let line else { throw Malformed() }
        return Evidence(term: term, section: section, snippet: snippet, line: line)
    }

    private static func applicantMatch(_ json: inout JSONScanner) throws(Malformed) -> ApplicantMatch {
        var matchedBy: String?
        var line: Int?
        var fields: [String: String]?
        try json.object { json, key throws(Malformed) in
            switch key {
            case "matched_by": matchedBy = try json.string()
            case "line": line = try json.int()
            case "fields":
                var cells: [String: String] = [:]
                try json.object { json, column throws(Malformed) in cells[column] = try json.string() }
                fields = cells
            default: try Self.skip(key, &json)
            }
        }
        guard let matchedBy, let line, let fields else { throw Malformed() }
        return ApplicantMatch(matchedBy: matchedBy, line: line, fields: fields)
    }

    /// Skips the value of a member not read here, unless `JSONDecoder`'s snake-case conversion might read the key as
    /// one that is (`candidateId`, `Candidate_ID`): such a line is left to `JSONDecoder`.
    private static func skip(_ key: String, _ json: inout JSONScanner) throws(Malformed) {
        let plainSnakeCase =
            key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
            && !key.hasPrefix("_") && !key.hasSuffix("_") && !key.contains("__")
        guard plainSnakeCase else { throw Malformed() }
        try json.skipValue()
    }
}
