import Foundation

/// A candidate after reading and scoring, reduced to what ranking needs plus the encoded explanation.
struct ScreenedCandidate: Sendable {
    var candidateID: String
    var sourceFile: String
    var score: Double?
    /// Set when the candidate's own evaluation decides (error, knockout, escalation); nil when ranking decides.
    var provisional: (decision: Decision, rules: [FiredRule])?
    var contact: Contact?
    /// The contact details as read, kept only by blind runs (for `identities.csv`).
    var identity: Contact?
    /// For duplicate detection; nil for inputs that could not be read.
    var fingerprint: DuplicateFingerprint?
    /// `fingerprint.keys`, made on the worker (hashing is not left to the thread that writes the spill).
    var duplicateKeys: DuplicateFingerprint.Keys? = nil
    /// The index of the `--metadata` row joined onto the candidate, if any.
    var applicantRow: Int?
    /// `results.jsonl` members that do not depend on ranking.
    var body: [UInt8]
}

/// Reads, parses and scores one input at a time. Not Sendable (owns a libxml2 context): one per worker.
final class CandidateScreener {
    private let reader = ResumeReader()
    private let archives = ArchiveEntryReader()
    private let evaluator: Evaluator
    private let blind: Bool
    private let redaction: Redaction?
    private let metadata: ApplicantMetadata?
    private let readFile: @Sendable (String) throws -> [UInt8]
    /// Scoring buffers reused from one resume to the next.
    private var workspace = EvaluationWorkspace()
    /// Where `results.jsonl` bodies are written before being copied out at their exact size.
    private var bodyBuffer: [UInt8] = []

    init(
        evaluator: Evaluator, blind: Bool, metadata: ApplicantMetadata? = nil,
        readFile: @escaping @Sendable (String) throws -> [UInt8]
    ) {
        self.evaluator = evaluator
        self.blind = blind
        self.redaction = blind ? Redaction() : nil
        self.metadata = metadata
        self.readFile = readFile
    }

    /// Screens `item` as if it were the only applicant (a ranking of one) and returns its `results.jsonl` line.
    func screenAlone(_ item: InputItem) -> [UInt8] {
        let candidate = screen(item)
        let criteria = evaluator.compiled.criteria
        let entry = Ranking.Entry(
            candidateID: candidate.candidateID, score: candidate.score, provisional: candidate.provisional?.decision)
        let outcome = Ranking.decide([entry], policy: criteria.shortlist, reviewBand: criteria.reviewBand)[0]
        return CandidateRecord.line(
            candidateId: candidate.candidateID, sourceFile: candidate.sourceFile, decision: outcome.decision,
            rank: outcome.rank, score: candidate.score,
            rules: outcome.rule.map { [$0] } ?? candidate.provisional?.rules ?? [], body: candidate.body)
    }

    func screen(_ item: InputItem) -> ScreenedCandidate {
        let id = item.candidateID
        switch item.kind {
        case .skipped(let reason):
            return failure(item, id: id, status: .skipped, reason: "skipped: \(reason)")
        case .unreadable(let reason):
            return failure(item, id: id, status: .error, reason: reason)
        case .file(let size):
            guard size <= ResumeReader.maxFileBytes else {
                return failure(
                    item, id: id, status: .error,
                    reason: ResumeReadError.tooLarge(bytes: size, limit: ResumeReader.maxFileBytes).description)
            }
            let bytes: [UInt8]
            if let member = item.member {
                do {
                    bytes = try archives.contents(of: member, inArchiveAt: item.path)
                } catch {
                    return failure(item, id: id, status: .error, reason: error.description)
                }
            } else {
                do {
                    bytes = try readFile(item.path)
                } catch {
                    return failure(
                        item, id: id, status: .error, reason: "cannot read the file: \(FileReadFailure.describe(error))"
                    )
                }
            }
            do {
                let resume = try reader.read(bytes: bytes, path: item.key)
                return scored(resume, item: item, id: id)
            } catch .archive where item.member != nil {
                return failure(
                    item, id: id, status: .error,
                    reason: "the entry is a ZIP archive inside the archive: not opened (archives are expanded one "
                        + "level deep); extract it and screen it on its own")
            } catch .archive {
                return failure(
                    item, id: id, status: .error,
                    reason: "the file is a ZIP archive named like a resume: rename it to .zip to screen the resumes "
                        + "inside")
            } catch {
                return failure(item, id: id, status: .error, reason: error.description)
            }
        }
    }

    private func scored(_ resume: Resume, item: InputItem, id: String) -> ScreenedCandidate {
        evaluator.evaluate(resume, into: &workspace)
        let criteria = evaluator.compiled.criteria
        let provisional = Escalation.assess(workspace.sheet, notes: resume.notes, criteria: criteria)
        let contact = blind ? Redaction.redactedContact() : resume.contact
        let joined = metadata?.match(candidateID: id, key: item.key, email: resume.contact.email)
        let applicant = joined.flatMap { metadata?.applicant(row: $0.row, matchedBy: $0.matchedBy, blind: blind) }
        let yearsExperience = Evaluator.oneDecimal(evaluator.yearsOfExperience(resume).years)
        let highestEducation = resume.education.compactMap(\.level).max()?.name
        let sheet = workspace.sheet
        let body: [UInt8]
        if let redaction {
            // Redaction works on strings: the outcomes are built, redacted and written as they are.
            var evaluation = sheet.evaluation(evaluator.compiled)
            redaction.redact(&evaluation, contact: resume.contact)
            body = CandidateRecord.encodedBody(
                status: .parsed, error: nil, format: resume.format.rawValue, encoding: resume.notes.encoding.rawValue,
                candidate: contact, yearsExperience: yearsExperience, highestEducation: highestEducation,
                criteria: evaluation.outcomes, criteriaNotListed: sheet.omittedCriteria,
                hiddenTextTerms: sheet.hiddenTerms, obfuscatedTerms: sheet.obfuscatedTerms,
                parseRecovered: resume.notes.recovered, applicant: applicant, reusing: &bodyBuffer)
        } else {
            // Written straight from the score sheet: the criteria's constant parts are copied from bytes prepared
            // once per run, evidence from the resume's own bytes; no outcome strings are built.
            let evaluator = evaluator
            body = CandidateRecord.encodedBody(
                status: .parsed, error: nil, format: resume.format.rawValue, encoding: resume.notes.encoding.rawValue,
                candidate: contact, yearsExperience: yearsExperience, highestEducation: highestEducation,
                criteriaNotListed: sheet.omittedCriteria, hiddenTextTerms: sheet.hiddenTerms,
                obfuscatedTerms: sheet.obfuscatedTerms, parseRecovered: resume.notes.recovered, applicant: applicant,
                reusing: &bodyBuffer
            ) { json in
                evaluator.fragments.appendCriteria(of: sheet, to: &json)
            }
        }
        return ScreenedCandidate(
            candidateID: id, sourceFile: item.key, score: sheet.score, provisional: provisional, contact: contact,
            identity: blind ? resume.contact : nil,
            // Only when `possible_duplicate` is on: the SimHash reads the whole text.
            fingerprint: evaluator.compiled.criteria.escalate.reviewDuplicates
                ? DuplicateFingerprint(contact: resume.contact, text: resume.text) : nil,
            applicantRow: joined?.row,
            body: body)
    }

    private func failure(_ item: InputItem, id: String, status: CandidateRecord.Status, reason: String)
        -> ScreenedCandidate
    {
        let joined = metadata?.match(candidateID: id, key: item.key, email: nil)
        var record = CandidateRecord(
            schemaVersion: CandidateRecord.schemaVersion, candidateId: id, sourceFile: item.key, decision: .error,
            rank: nil, score: nil, rules: [], status: status, error: reason, format: nil, encoding: nil, candidate: nil,
            yearsExperience: nil, highestEducation: nil, criteria: [], criteriaNotListed: 0, hiddenTextTerms: [],
            obfuscatedTerms: [],
            parseRecovered: false)
        record.applicant = joined.flatMap { metadata?.applicant(row: $0.row, matchedBy: $0.matchedBy, blind: blind) }
        return ScreenedCandidate(
            candidateID: id, sourceFile: item.key, score: nil,
            provisional: (.error, [FiredRule(.unreadable, reason: reason)]), contact: nil, identity: nil,
            fingerprint: nil, applicantRow: joined?.row, body: record.encodedBody())
    }
}

@available(*, unavailable, message: "Owns a libxml2 parser context; give each worker its own.")
extension CandidateScreener: @unchecked Sendable {}
