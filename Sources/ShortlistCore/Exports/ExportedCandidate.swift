/// One shortlisted candidate as every export format sees it: the record from `results.jsonl` with the name split,
/// links sorted into profiles and websites, skills gathered and the recruiter's note written once.
struct ExportedCandidate: Sendable {
    /// A criterion the candidate earned credit on, with the words the resume used for it.
    struct Skill: Sendable, Hashable {
        var criterionID: String
        var label: String
        /// Evidence terms as written in the resume, first spelling of each, in the order found.
        var keywords: [String]
    }

    var record: CandidateRecord
    var name: PersonName
    var links: [ProfileLink]
    var skills: [Skill]
    var blind: Bool

    var candidateID: String { record.candidateId }
    var email: String? { nonEmpty(record.candidate?.email) }
    var phone: String? { nonEmpty(record.candidate?.phone) }
    var location: String? { nonEmpty(record.candidate?.location) }
    /// The input file, except in blind runs: file names often carry the candidate's name.
    var sourceFile: String? { blind ? nil : record.sourceFile }
    /// The score as the other outputs write it (`96.7`, `100`).
    var score: String { record.score.map(Evaluator.format) ?? "" }

    init(_ record: CandidateRecord, context: ExportContext) {
        self.record = record
        blind = context.blind
        let written = record.candidate?.name
        if written == Redaction.marker {
            // Blind: no name to split; both halves carry the marker and the candidate id joins them back later.
            name = PersonName(full: Redaction.marker, given: Redaction.marker, family: Redaction.marker)
        } else {
            name = PersonNameSplitter.split(written)
        }
        links = (record.candidate?.links ?? []).map(ProfileLink.init)
        skills = record.criteria.compactMap { outcome in
            guard context.skillCriteria.contains(outcome.id), outcome.credit > 0 else { return nil }
            var seen = Set<String>()
            let keywords = outcome.evidence.map(\.term).filter { seen.insert($0.lowercased()).inserted }
            return keywords.isEmpty ? nil : Skill(criterionID: outcome.id, label: outcome.label, keywords: keywords)
        }
    }

    /// Tags both Greenhouse and Lever get: `shortlist,score-96.7`.
    var tags: [String] { ["shortlist", "score-\(score)"] }

    /// The note attached to the candidate in the ATS, on one line: rank, score, role, why, which criteria were met,
    /// the name as written and where the candidate came from.
    func note(context: ExportContext) -> String {
        var parts = [
            "Shortlist rank \(record.rank.map(String.init) ?? "-"), score \(score) of 100 for \(context.role)"
        ]
        let reasons = record.rules.map(\.reason)
        if !reasons.isEmpty { parts.append("Why: " + reasons.joined(separator: "; ")) }
        let met = record.criteria.filter { $0.met && $0.weight > 0 }.map {
            "\($0.label) (\(Evaluator.format($0.points)))"
        }
        if !met.isEmpty { parts.append("Met: " + met.joined(separator: "; ")) }
        parts.append("Name as written: \(name.full.isEmpty ? "-" : name.full)")
        parts.append("Candidate \(candidateID)" + (sourceFile.map { ", file \($0)" } ?? "") + ", as of \(context.asOf)")
        return parts.joined(separator: ". ") + "."
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
