extension RecruiterReport.ExplainedRecord {
    /// Writes the candidate's collapsible explanation for `report.html`: decision, rules, and every listed criterion
    /// with its points and evidence. Every value from the line is escaped (`HTMLWriter.text`).
    ///
    /// Up to 500 of these make most of the page, so they are written as bytes rather than through Mustache, which
    /// allocated thousands of times for each.
    /// - Complexity: O(criteria²) for the points available, plus O(n) in the text written.
    func writeExplanation(to html: inout HTMLWriter) {
        html.markup("<details class=\"candidate\" id=\"")
        html.text(candidateId)
        html.markup("\">\n<summary><span class=\"decision ")
        html.text(decision.rawValue)
        html.markup("\">")
        html.text(decision.rawValue)
        html.markup("</span> · ")
        html.text(name)
        html.markup(" · score ")
        html.text(score.map(Evaluator.format) ?? "—")
        html.markup(" · rank ")
        html.text(rank.map(String.init) ?? "—")
        html.markup("\n  <span class=\"file\">· ")
        html.text(candidateId)
        html.markup(" · ")
        html.text(sourceFile)
        html.markup("</span></summary>\n<div>\n<p class=\"note\">format ")
        html.text(format ?? "—")
        html.markup(" · ")
        html.text(yearsExperience.map(Evaluator.format) ?? "—")
        html.markup(" years of experience · highest education ")
        html.text(highestEducation ?? "—")
        html.markup("</p>\n")
        if let error {
            html.markup("<p class=\"unmet\">")
            html.text(error)
            html.markup("</p>")
        }
        html.markup("\n")
        for rule in rules {
            html.markup("<p><span class=\"rule\">")
            html.text(rule.rule.rawValue)
            html.markup("</span> ")
            html.text(rule.reason)
            html.markup("</p>")
        }
        html.markup("\n")
        if !hiddenTextTerms.isEmpty {
            html.markup("<p class=\"partial\">Criteria terms in text hidden from readers (no points): ")
            html.text(hiddenTextTerms, separator: ", ")
            html.markup("</p>")
        }
        html.markup("\n")
        if !obfuscatedTerms.isEmpty {
            html.markup("<p class=\"partial\">Terms written with look-alike or zero-width characters: ")
            html.text(obfuscatedTerms, separator: ", ")
            html.markup("</p>")
        }
        html.markup(
            """

            <table>
            <thead><tr><th>Criterion</th><th class="num">Points</th><th>Evidence</th></tr></thead>
            <tbody>

            """)
        for outcome in criteria { write(outcome, to: &html) }
        html.markup("</tbody></table>\n")
        if criteriaNotListed > 0 {
            html.markup("<p class=\"note\">")
            html.text(criteriaNotListed)
            html.markup(" other criteria found nothing and earned 0 points.</p>")
        }
        html.markup("\n</div>\n</details>\n")
    }

    /// One row of the criteria table.
    private func write(_ outcome: CriterionOutcome, to html: inout HTMLWriter) {
        html.markup("<tr><td><span class=\"")
        if outcome.met {
            html.markup("met\">✔")
        } else if outcome.credit > 0 {
            html.markup("partial\">◐")
        } else {
            html.markup("unmet\">✘")
        }
        html.markup("</span> ")
        html.text(outcome.label)
        html.markup(" <span class=\"rule\">")
        html.text(outcome.id)
        html.markup("</span>\n  ")
        if outcome.required || outcome.reviewOnFail {
            html.markup("<div class=\"note\">")
            switch (outcome.required, outcome.reviewOnFail) {
            case (true, true): html.markup("required, review if not met")
            case (true, false): html.markup("required")
            default: html.markup("review if not met")
            }
            html.markup("</div>")
        }
        html.markup("</td>\n  <td class=\"num\">")
        html.text(Evaluator.format(outcome.points))
        html.markup(" / ")
        let available = Explanation.pointsAvailable(
            outcome, among: criteria, criteriaNotListed: criteriaNotListed)
        html.text(Evaluator.format(available))
        html.markup("</td>\n  <td>")
        if let detail = outcome.detail {
            html.markup("<div>")
            html.text(detail)
            html.markup("</div>")
        }
        html.markup("<ul class=\"evidence\">")
        for evidence in outcome.evidence {
            html.markup("<li>“")
            html.text(evidence.term)
            html.markup("” in ")
            html.text(evidence.section.rawValue)
            html.markup(", line ")
            html.text(evidence.line)
            html.markup(": <span class=\"snippet\">")
            html.text(evidence.snippet)
            html.markup("</span></li>")
        }
        html.markup("</ul>\n  ")
        if !outcome.missing.isEmpty {
            html.markup("<div class=\"note\">not found: ")
            html.text(outcome.missing, separator: "; ")
            html.markup("</div>")
        }
        html.markup("</td></tr>\n")
    }
}
