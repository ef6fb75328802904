/// The compiled criteria as `shortlist check-criteria` prints them.
public enum CriteriaDescription {
    public static func render(_ compiled: CompiledCriteria, path: String) -> String {
        let criteria = compiled.criteria
        var out = "\(path): OK — \(criteria.role)\n"
        out +=
            "  shortlist: top \(criteria.shortlist.top) with score >= \(Evaluator.format(criteria.shortlist.minScore))"
        out += "; review band \(Evaluator.format(criteria.reviewBand)) points below the cut-off\n"
        let escalate = criteria.escalate
        out += "  escalate: min_text_chars \(escalate.minTextChars), knockout_min_text_chars "
        out += "\(escalate.knockoutMinTextChars), max_term_repeats \(escalate.maxTermRepeats), hidden_text "
        out += "\(escalate.reviewHiddenText), obfuscated_text \(escalate.reviewObfuscatedText), parse_recovered "
        out += "\(escalate.reviewRecoveredParse)\n"
        out += "  \(criteria.criteria.count) criteria, total weight \(Evaluator.format(criteria.totalWeight))\n\n"
        for criterion in criteria.criteria {
            let share = criteria.totalWeight > 0 ? 100 * criterion.weight / criteria.totalWeight : 0
            out += "  \(criterion.id) — \(criterion.label)\n"
            out += "    weight \(Evaluator.format(criterion.weight)) (\(Evaluator.format(share)) of 100 points)"
            if criterion.required { out += ", required (knockout)" }
            if criterion.reviewOnFail { out += ", review if not met" }
            out += "\n"
            switch criterion.rule {
            case .terms(let mode, let groups, let minDistinct):
                let terms = groups.reduce(0) { $0 + $1.synonyms.count }
                var rule = "\(mode.rawValue) of \(groups.count) group\(groups.count == 1 ? "" : "s") (\(terms) terms)"
                if mode == .any, minDistinct > 1 { rule += ", needs \(minDistinct) distinct" }
                out += "    \(rule): \(groups.map(\.display).joined(separator: "; "))\n"
            case .yearsExperience(let minimum):
                out += "    years of experience >= \(Evaluator.format(minimum)) (merged, non-overlapping roles)\n"
            case .education(let level, let fields):
                out += "    education >= \(level.name)"
                if !fields.isEmpty { out += " in \(fields.map(\.display).joined(separator: "; "))" }
                out += "\n"
            }
            if let sections = criterion.sections {
                out += "    only in: \(sections.sorted().map(\.rawValue).joined(separator: ", "))\n"
            }
            if let years = criterion.withinYears {
                out += "    only from roles that ended within \(Evaluator.format(years)) years\n"
            }
        }
        out += "\n  compiled: \(compiled.automaton.patternCount) patterns (terms and plurals) in one automaton of "
        out += "\(compiled.automaton.stateCount) states\n"
        return out
    }
}
