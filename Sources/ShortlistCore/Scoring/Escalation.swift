/// The per-candidate half of a decision, before ranking: knockouts and the built-in escalation rules.
public enum Escalation {
    /// What a candidate's own evaluation decides: `reject` for a knockout, `review` with the escalation rules that
    /// fired, or nil when only the ranking can decide.
    public static func assess(_ evaluation: Evaluation, notes: ParseNotes, criteria: CriteriaSet)
        -> (decision: Decision, rules: [FiredRule])?
    {
        assess(
            failedKnockouts: evaluation.outcomes.filter { $0.required && !$0.met }.map { ($0.id, $0.label) },
            failedReviews: evaluation.outcomes.filter { $0.reviewOnFail && !$0.met }.map { ($0.id, $0.label) },
            readableCharacters: evaluation.readableCharacters, mostRepeatedTerm: evaluation.mostRepeatedTerm,
            hiddenTerms: evaluation.hiddenTerms, obfuscatedTerms: evaluation.obfuscatedTerms, notes: notes,
            criteria: criteria)
    }

    /// The same for a resume's score sheet (scored against `criteria`), without building its outcomes.
    static func assess(_ sheet: ScoreSheet, notes: ParseNotes, criteria: CriteriaSet)
        -> (decision: Decision, rules: [FiredRule])?
    {
        var failedKnockouts: [(id: String, label: String)] = []
        var failedReviews: [(id: String, label: String)] = []
        for line in sheet.lines where !line.met {
            let index = Int(line.criterion)
            if criteria.criteria[index].required {
                failedKnockouts.append((criteria.criteria[index].id, criteria.criteria[index].label))
            }
            if criteria.criteria[index].reviewOnFail {
                failedReviews.append((criteria.criteria[index].id, criteria.criteria[index].label))
            }
        }
        return assess(
            failedKnockouts: failedKnockouts, failedReviews: failedReviews,
            readableCharacters: sheet.readableCharacters, mostRepeatedTerm: sheet.mostRepeatedTerm,
            hiddenTerms: sheet.hiddenTerms, obfuscatedTerms: sheet.obfuscatedTerms, notes: notes, criteria: criteria)
    }

    /// The assessment from the unmet required and review-on-fail criteria (id and label, in report order) and the
    /// evaluation's notes.
    private static func assess(
        failedKnockouts: [(id: String, label: String)], failedReviews: [(id: String, label: String)],
        readableCharacters: Int, mostRepeatedTerm: (term: String, count: Int)?, hiddenTerms: [String],
        obfuscatedTerms: [String], notes: ParseNotes, criteria: CriteriaSet
    ) -> (decision: Decision, rules: [FiredRule])? {
        let thresholds = criteria.escalate
        if !failedKnockouts.isEmpty {
            if readableCharacters < thresholds.knockoutMinTextChars {
                return (
                    .review,
                    failedKnockouts.map { outcome in
                        FiredRule(
                            .knockoutLowText, criterion: outcome.id,
                            reason: "required criterion '\(outcome.label)' not found, but the resume has only "
                                + "\(readableCharacters) readable characters (under "
                                + "\(thresholds.knockoutMinTextChars)): check the original file")
                    }
                )
            }
            return (
                .reject,
                failedKnockouts.map { outcome in
                    FiredRule(.knockout, criterion: outcome.id, reason: "required criterion '\(outcome.label)' not met")
                }
            )
        }
        var rules: [FiredRule] = []
        if readableCharacters < thresholds.minTextChars {
            rules.append(
                FiredRule(
                    .lowText,
                    reason: "only \(readableCharacters) readable characters (under "
                        + "\(thresholds.minTextChars)): the file may be an image or an empty template"))
        }
        if let repeated = mostRepeatedTerm {
            rules.append(
                FiredRule(
                    .keywordStuffing,
                    reason: "'\(repeated.term)' appears \(repeated.count) times (more than "
                        + "\(thresholds.maxTermRepeats)): possible keyword stuffing"))
        }
        if thresholds.reviewHiddenText, !hiddenTerms.isEmpty {
            rules.append(
                FiredRule(
                    .hiddenText,
                    reason: "hidden text contains criteria terms (\(hiddenTerms.joined(separator: ", "))); "
                        + "hidden text earned no points"))
        }
        if thresholds.reviewObfuscatedText, !obfuscatedTerms.isEmpty {
            rules.append(
                FiredRule(
                    .obfuscatedText,
                    reason: "criteria terms are written with look-alike letters from another alphabet or hidden "
                        + "zero-width characters (\(obfuscatedTerms.joined(separator: ", "))); they were "
                        + "read as a person reads them: check whether this was meant to game the screen"))
        }
        for outcome in failedReviews {
            rules.append(
                FiredRule(
                    .onFailReview, criterion: outcome.id,
                    reason: "'\(outcome.label)' not met; this criterion asks for human review"))
        }
        if thresholds.reviewRecoveredParse, notes.recovered {
            rules.append(
                FiredRule(
                    .parseRecovered,
                    reason:
                        "the markup was malformed and had to be repaired (\(notes.parserIssue ?? "parser errors")); "
                        + "check that nothing was lost"))
        }
        return rules.isEmpty ? nil : (.review, rules)
    }
}
