/// The ten-second read of one candidate: decision, score, and every criterion with its evidence.
public enum Explanation {
    public static func render(_ record: CandidateRecord) -> String {
        var out = ""
        let name = record.candidate?.name ?? "(no name found)"
        out += "\(name) — \(record.sourceFile) [\(record.candidateId)]\n"
        var headline = "Decision: \(record.decision.rawValue.uppercased())"
        if let score = record.score { headline += "   Score: \(Evaluator.format(score))/100" }
        if let rank = record.rank { headline += "   Rank: \(rank)" }
        out += headline + "\n"
        for rule in record.rules { out += "  because [\(rule.rule.rawValue)] \(rule.reason)\n" }
        if let error = record.error { out += "  \(error)\n" }
        guard !record.criteria.isEmpty else { return out }
        out += "\n"
        for outcome in record.criteria {
            let mark = outcome.met ? "✔" : (outcome.credit > 0 ? "◐" : "✘")
            var flags: [String] = []
            if outcome.required { flags.append("required") }
            if outcome.reviewOnFail { flags.append("review if not met") }
            let flagText = flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))"
            out += "\(mark) \(outcome.label)\(flagText): \(Evaluator.format(outcome.points)) of "
            out += "\(Evaluator.format(pointsAvailable(outcome, in: record))) points"
            if outcome.credit > 0 && outcome.credit < 1 {
                out += " (credit \(Evaluator.format(outcome.credit * 100))%)"
            }
            out += "\n"
            if let detail = outcome.detail { out += "    \(detail)\n" }
            for evidence in outcome.evidence {
                out += "    \"\(evidence.term)\" in \(evidence.section.rawValue), line \(evidence.line): "
                out += "\(evidence.snippet)\n"
            }
            if !outcome.missing.isEmpty {
                out += "    not found: \(outcome.missing.joined(separator: "; "))\n"
            }
        }
        if record.criteriaNotListed > 0 { out += "… " + pointsAvailableNote(record) }
        return out
    }

    private static func pointsAvailableNote(_ record: CandidateRecord) -> String {
        "\(record.criteriaNotListed) other criteria found nothing and earned 0 points (not listed individually "
            + "for criteria files with more than \(CompiledCriteria.fullExplanationLimit) criteria)\n"
    }

    /// The criterion's share of 100 points. With summarized explanations the total weight is not in the record, so
    /// it is derived from a criterion that earned credit (points = 100 × weight × credit / total).
    static func pointsAvailable(_ outcome: CriterionOutcome, in record: CandidateRecord) -> Double {
        pointsAvailable(outcome, among: record.criteria, criteriaNotListed: record.criteriaNotListed)
    }

    /// The same, for a criterion of `criteria`, the listed outcomes of a record that left `criteriaNotListed` out.
    static func pointsAvailable(
        _ outcome: CriterionOutcome, among criteria: [CriterionOutcome], criteriaNotListed: Int
    ) -> Double {
        var total = criteria.reduce(0) { $0 + $1.weight }
        if criteriaNotListed > 0,
            let reference = criteria.first(where: { $0.credit > 0 && $0.points > 0 && $0.weight > 0 })
        {
            total = 100 * reference.weight * reference.credit / reference.points
        }
        return total > 0 ? Evaluator.oneDecimal(100 * outcome.weight / total) : 0
    }
}
