/// The per-candidate half of a decision, before ranking: knockouts and the built-in escalation rules.
public enum Escalation {
    /// What a candidate's own evaluation decides: `reject` for a knockout, `review` with the escalation rules that
    /// fired, or nil when only the ranking can decide.
    public static func assess(_ evaluation: Evaluation, notes: ParseNotes, criteria: CriteriaSet)
        -> (decision: Decision, rules: [FiredRule])?
    {
        let thresholds = criteria.escalate
        let failedKnockouts = evaluation.outcomes.filter { $0.required && !$0.met }
        if !failedKnockouts.isEmpty {
            if evaluation.readableCharacters < thresholds.knockoutMinTextChars {
                return (
                    .review,
                    failedKnockouts.map { outcome in
                        FiredRule(
                            .knockoutLowText, criterion: outcome.id,
                            reason: "required criterion '\(outcome.label)' not found, but the resume has only "
                                + "\(evaluation.readableCharacters) readable characters (under "
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
        if evaluation.readableCharacters < thresholds.minTextChars {
            rules.append(
                FiredRule(
                    .lowText,
                    reason: "only \(evaluation.readableCharacters) readable characters (under "
                        + "\(thresholds.minTextChars)): the file may be an image or an empty template"))
        }
        if let repeated = evaluation.mostRepeatedTerm {
            rules.append(
                FiredRule(
                    .keywordStuffing,
                    reason: "'\(repeated.term)' appears \(repeated.count) times (more than "
                        + "\(thresholds.maxTermRepeats)): possible keyword stuffing"))
        }
        if thresholds.reviewHiddenText, !evaluation.hiddenTerms.isEmpty {
            rules.append(
                FiredRule(
                    .hiddenText,
                    reason: "hidden text contains criteria terms (\(evaluation.hiddenTerms.joined(separator: ", "))); "
                        + "hidden text earned no points"))
        }
        if thresholds.reviewObfuscatedText, !evaluation.obfuscatedTerms.isEmpty {
            rules.append(
                FiredRule(
                    .obfuscatedText,
                    reason: "criteria terms are written with look-alike letters from another alphabet or hidden "
                        + "zero-width characters (\(evaluation.obfuscatedTerms.joined(separator: ", "))); they were "
                        + "read as a person reads them: check whether this was meant to game the screen"))
        }
        for outcome in evaluation.outcomes where outcome.reviewOnFail && !outcome.met {
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
