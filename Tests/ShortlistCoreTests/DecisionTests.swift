import Testing

@testable import ShortlistCore

// MARK: - Fixtures

private let defaults = CriteriaSet(role: "Test role", criteria: [])

private func criterion(
    _ id: String, label: String? = nil, met: Bool, required: Bool = false, reviewOnFail: Bool = false
) -> CriterionOutcome {
    CriterionOutcome(
        id: id, label: label ?? id, met: met, credit: met ? 1 : 0, weight: 1, points: 0, required: required,
        reviewOnFail: reviewOnFail, evidence: [], missing: [], detail: nil)
}

private func evaluation(
    readable: Int = 2000, outcomes: [CriterionOutcome] = [], repeated: (term: String, count: Int)? = nil,
    hidden: [String] = []
) -> Evaluation {
    Evaluation(
        score: 50, outcomes: outcomes, readableCharacters: readable, mostRepeatedTerm: repeated, hiddenTerms: hidden)
}

private func recovered(_ value: Bool) -> ParseNotes {
    var notes = ParseNotes()
    notes.recovered = value
    notes.parserIssue = value ? "libxml2 error 76 at line 28" : nil
    return notes
}

/// The rule ids an assessment fired, or nil when only the ranking can decide.
private func assess(
    _ evaluation: Evaluation, notes: ParseNotes = ParseNotes(), criteria: CriteriaSet = defaults
) -> (decision: Decision, rules: [RuleID])? {
    Escalation.assess(evaluation, notes: notes, criteria: criteria).map { ($0.decision, $0.rules.map(\.rule)) }
}

/// Reads `text` and evaluates it against one `any` criterion for `terms`, with `thresholds`.
private func evaluate(
    _ text: String, path: String, terms: [String], thresholds: EscalationThresholds
) throws -> (Evaluation, ParseNotes, CriteriaSet) {
    let groups = terms.map { TermGroup(synonyms: [Term(text: $0)]) }
    let criteria = CriteriaSet(
        role: "Test role", escalate: thresholds,
        criteria: [
            Criterion(
                id: "skills", label: "Skills", rule: .terms(mode: .any, groups: groups, minDistinct: 1),
                weight: 1)
        ])
    ShortlistEngine.prepare()
    let resume = try ResumeReader().read(bytes: Array(text.utf8), path: path)
    let evaluator = Evaluator(compiled: CompiledCriteria(criteria), referenceDate: YearMonth(year: 2026, month: 11))
    return (evaluator.evaluate(resume), resume.notes, criteria)
}

private var lenient: EscalationThresholds {
    var thresholds = EscalationThresholds()
    thresholds.minTextChars = 0
    thresholds.knockoutMinTextChars = 0
    return thresholds
}

// MARK: - Escalation

@Suite("Escalation rules")
struct EscalationTests {
    @Test func cleanCandidateIsLeftToTheRanking() {
        #expect(assess(evaluation(outcomes: [criterion("swift", met: true)])) == nil)
    }

    @Test func failedKnockoutRejectsAndNamesTheCriterion() throws {
        let result = try #require(
            Escalation.assess(
                evaluation(
                    readable: 800,
                    outcomes: [criterion("eu", label: "Authorized to work in the EU", met: false, required: true)]),
                notes: ParseNotes(), criteria: defaults))
        #expect(result.decision == .reject)
        #expect(
            result.rules == [
                FiredRule(
                    .knockout, criterion: "eu", reason: "required criterion 'Authorized to work in the EU' not met")
            ])
    }

    @Test func metKnockoutDoesNotReject() {
        #expect(assess(evaluation(readable: 800, outcomes: [criterion("eu", met: true, required: true)])) == nil)
    }

    @Test func failedKnockoutWithTooLittleTextGoesToReview() throws {
        let result = try #require(
            assess(evaluation(readable: 799, outcomes: [criterion("eu", met: false, required: true)])))
        #expect(result.decision == .review)
        #expect(result.rules == [.knockoutLowText])
    }

    @Test func failedKnockoutWithJustEnoughTextIsRejectedNotReviewed() throws {
        let result = try #require(
            assess(evaluation(readable: 800, outcomes: [criterion("eu", met: false, required: true)])))
        #expect(result.decision == .reject)
        #expect(result.rules == [.knockout])
    }

    @Test func knockoutLowTextThresholdIsConfigurable() throws {
        var criteria = defaults
        criteria.escalate.knockoutMinTextChars = 300
        let failed = [criterion("eu", met: false, required: true)]
        #expect(assess(evaluation(readable: 299, outcomes: failed), criteria: criteria)?.rules == [.knockoutLowText])
        #expect(assess(evaluation(readable: 300, outcomes: failed), criteria: criteria)?.rules == [.knockout])
    }

    @Test func tooLittleTextGoesToReview() throws {
        let result = try #require(assess(evaluation(readable: 199)))
        #expect(result.decision == .review)
        #expect(result.rules == [.lowText])
    }

    @Test func justEnoughTextIsNotLowText() {
        #expect(assess(evaluation(readable: 200)) == nil)
    }

    @Test func termRepeatedMoreThanTheLimitIsKeywordStuffing() throws {
        let text = "Ana Souza\n" + String(repeating: "Swift ", count: 16)
        let (evaluation, notes, criteria) = try evaluate(text, path: "a.txt", terms: ["swift"], thresholds: lenient)
        #expect(evaluation.mostRepeatedTerm?.term == "swift")
        #expect(evaluation.mostRepeatedTerm?.count == 16)
        let result = try #require(Escalation.assess(evaluation, notes: notes, criteria: criteria))
        #expect(result.decision == .review)
        #expect(result.rules.map(\.rule) == [.keywordStuffing])
        #expect(result.rules.first?.reason == "'swift' appears 16 times (more than 15): possible keyword stuffing")
    }

    @Test func termRepeatedUpToTheLimitIsNotKeywordStuffing() throws {
        let text = "Ana Souza\n" + String(repeating: "Swift ", count: 15)
        let (evaluation, notes, criteria) = try evaluate(text, path: "a.txt", terms: ["swift"], thresholds: lenient)
        #expect(evaluation.mostRepeatedTerm == nil)
        #expect(Escalation.assess(evaluation, notes: notes, criteria: criteria) == nil)
    }

    @Test func keywordStuffingLimitIsConfigurable() throws {
        var thresholds = lenient
        thresholds.maxTermRepeats = 3
        let four = try evaluate("Ana\nGo Go Go Go", path: "a.txt", terms: ["go"], thresholds: thresholds)
        #expect(assess(four.0, notes: four.1, criteria: four.2)?.rules == [.keywordStuffing])
        let three = try evaluate("Ana\nGo Go Go", path: "a.txt", terms: ["go"], thresholds: thresholds)
        #expect(assess(three.0, notes: three.1, criteria: three.2) == nil)
    }

    private let hiddenKeywords = """
        <html><body><p>Ana Souza, web developer.</p>
        <p style="display:none">Kubernetes Terraform</p></body></html>
        """

    @Test func criteriaTermsInHiddenTextGoToReview() throws {
        let (evaluation, notes, criteria) = try evaluate(
            hiddenKeywords, path: "a.html", terms: ["kubernetes", "swift"], thresholds: lenient)
        #expect(evaluation.hiddenTerms == ["kubernetes"])
        #expect(evaluation.score == 0)
        let result = try #require(Escalation.assess(evaluation, notes: notes, criteria: criteria))
        #expect(result.decision == .review)
        #expect(result.rules.map(\.rule) == [.hiddenText])
    }

    @Test func hiddenTextWithoutCriteriaTermsIsNotEscalated() throws {
        let (evaluation, notes, criteria) = try evaluate(
            hiddenKeywords, path: "a.html", terms: ["swift"], thresholds: lenient)
        #expect(evaluation.hiddenTerms.isEmpty)
        #expect(Escalation.assess(evaluation, notes: notes, criteria: criteria) == nil)
    }

    /// "Руthon" with a Cyrillic Р and у, and "Kuber\u{200B}netes" with a zero-width space: read as a person reads
    /// them (they match), and flagged for a human.
    @Test(arguments: ["Ana Souza\nSkills: \u{0420}\u{0443}thon, SQL\n", "Ana Souza\nSkills: Py\u{200B}thon, SQL\n"])
    func termsWrittenWithLookAlikeOrZeroWidthCharactersGoToReview(text: String) throws {
        let (evaluation, notes, criteria) = try evaluate(text, path: "a.txt", terms: ["python"], thresholds: lenient)
        #expect(evaluation.obfuscatedTerms == ["python"])
        #expect(evaluation.score == 100)
        let result = try #require(Escalation.assess(evaluation, notes: notes, criteria: criteria))
        #expect(result.rules.map(\.rule) == [.obfuscatedText])
    }

    @Test func plainTermsAndWordsWhollyInAnotherAlphabetAreNotObfuscated() throws {
        // "сор" is Cyrillic throughout: a Russian word, not a disguised "cop".
        let text = "Ana Souza\nSkills: Python, SQL; languages: \u{0441}\u{043E}\u{0440}\n"
        let (evaluation, notes, criteria) = try evaluate(
            text, path: "a.txt", terms: ["python", "cop"], thresholds: lenient)
        #expect(evaluation.obfuscatedTerms.isEmpty)
        #expect(evaluation.outcomes.first?.evidence.map(\.term) == ["Python"])
        #expect(Escalation.assess(evaluation, notes: notes, criteria: criteria) == nil)
    }

    @Test func obfuscatedTextRuleCanBeSwitchedOff() throws {
        var thresholds = lenient
        thresholds.reviewObfuscatedText = false
        let (evaluation, notes, criteria) = try evaluate(
            "Ana Souza\nSkills: Py\u{200B}thon\n", path: "a.txt", terms: ["python"], thresholds: thresholds)
        #expect(evaluation.obfuscatedTerms == ["python"])
        #expect(Escalation.assess(evaluation, notes: notes, criteria: criteria) == nil)
    }

    @Test func hiddenTextRuleCanBeSwitchedOff() throws {
        var thresholds = lenient
        thresholds.reviewHiddenText = false
        let (evaluation, notes, criteria) = try evaluate(
            hiddenKeywords, path: "a.html", terms: ["kubernetes"], thresholds: thresholds)
        #expect(evaluation.hiddenTerms == ["kubernetes"])
        #expect(Escalation.assess(evaluation, notes: notes, criteria: criteria) == nil)
    }

    @Test func unmetOnFailReviewCriterionGoesToReview() throws {
        let result = try #require(
            Escalation.assess(
                evaluation(outcomes: [criterion("agency", met: false, reviewOnFail: true)]), notes: ParseNotes(),
                criteria: defaults))
        #expect(result.decision == .review)
        #expect(result.rules.map(\.rule) == [.onFailReview])
        #expect(result.rules.first?.criterion == "agency")
    }

    @Test func metOnFailReviewCriterionIsNotEscalated() {
        #expect(assess(evaluation(outcomes: [criterion("agency", met: true, reviewOnFail: true)])) == nil)
    }

    @Test func recoveredParseGoesToReview() throws {
        let result = try #require(assess(evaluation(), notes: recovered(true)))
        #expect(result.decision == .review)
        #expect(result.rules == [.parseRecovered])
    }

    @Test func cleanParseIsNotEscalated() {
        #expect(assess(evaluation(), notes: recovered(false)) == nil)
    }

    @Test func recoveredParseRuleCanBeSwitchedOff() {
        var criteria = defaults
        criteria.escalate.reviewRecoveredParse = false
        #expect(assess(evaluation(), notes: recovered(true), criteria: criteria) == nil)
    }

    @Test func malformedHTMLGoesToReviewAsRecovered() throws {
        let (evaluation, notes, criteria) = try evaluate(
            "<html><body><h1>Ana Souza</h1><p>Swift <b><i>Vapor</b></i><p>Kubernetes</body>", path: "a.html",
            terms: ["swift"], thresholds: lenient)
        #expect(assess(evaluation, notes: notes, criteria: criteria)?.rules == [.parseRecovered])
    }

    @Test func everyEscalationThatFiredIsListed() throws {
        let result = try #require(
            assess(
                evaluation(
                    readable: 100, outcomes: [criterion("agency", met: false, reviewOnFail: true)],
                    repeated: ("swift", 40), hidden: ["kubernetes"]),
                notes: recovered(true)))
        #expect(result.decision == .review)
        #expect(result.rules == [.lowText, .keywordStuffing, .hiddenText, .onFailReview, .parseRecovered])
    }
}

// MARK: - Ranking

private func entry(_ id: String, _ score: Double?, _ provisional: Decision? = nil) -> Ranking.Entry {
    Ranking.Entry(candidateID: id, score: score, provisional: provisional)
}

/// Decisions and ranks by candidate id.
private func decide(
    _ entries: [Ranking.Entry], top: Int, minScore: Double, band: Double
) -> [String: (decision: Decision, rank: Int?)] {
    let outcomes = Ranking.decide(entries, policy: ShortlistPolicy(top: top, minScore: minScore), reviewBand: band)
    var result: [String: (decision: Decision, rank: Int?)] = [:]
    for (entry, outcome) in zip(entries, outcomes) { result[entry.candidateID] = (outcome.decision, outcome.rank) }
    return result
}

@Suite("Ranking and cut-off")
struct RankingTests {
    @Test func bestScoresAtOrAboveMinScoreAreShortlistedInScoreOrder() {
        let result = decide(
            [entry("a", 72), entry("b", 95), entry("c", 60), entry("d", 59.9)], top: 5, minScore: 60, band: 0)
        #expect(result["b"]?.decision == .shortlist && result["b"]?.rank == 1)
        #expect(result["a"]?.decision == .shortlist && result["a"]?.rank == 2)
        #expect(result["c"]?.decision == .shortlist && result["c"]?.rank == 3)
        #expect(result["d"]?.decision == .reject && result["d"]?.rank == 4)
    }

    @Test func onlyTheTopNAreShortlisted() {
        let result = decide(
            [entry("a", 90), entry("b", 80), entry("c", 70), entry("d", 65)], top: 2, minScore: 60, band: 0)
        #expect(["a", "b", "c", "d"].map { result[$0]?.decision } == [.shortlist, .shortlist, .reject, .reject])
    }

    @Test func scoreAtTheBottomOfTheReviewBandGoesToReviewAndJustBelowIsRejected() throws {
        // Shortlist not full: the cut-off is min_score 60; band 10 reaches down to 50 inclusive.
        let result = decide([entry("a", 50), entry("b", 49.9), entry("c", 59.9)], top: 5, minScore: 60, band: 10)
        #expect(result["a"]?.decision == .review)
        #expect(result["c"]?.decision == .review)
        #expect(result["b"]?.decision == .reject)
        let outcomes = Ranking.decide(
            [entry("a", 50), entry("b", 49.9)], policy: ShortlistPolicy(top: 5, minScore: 60), reviewBand: 10)
        #expect(outcomes[0].rule?.rule == .reviewBand)
        #expect(outcomes[1].rule?.rule == .belowCutoff)
    }

    @Test func reviewBandOfZeroSendsNobodyToReview() {
        let result = decide([entry("a", 59.9), entry("b", 70)], top: 5, minScore: 60, band: 0)
        #expect(result["a"]?.decision == .reject && result["b"]?.decision == .shortlist)
    }

    @Test func tiesAreBrokenByCandidateID() {
        let result = decide([entry("c", 80), entry("a", 80), entry("b", 80)], top: 2, minScore: 60, band: 10)
        #expect(["a", "b", "c"].map { result[$0]?.rank } == [1, 2, 3])
        #expect(["a", "b", "c"].map { result[$0]?.decision } == [.shortlist, .shortlist, .review])
    }

    @Test func tieAtTheCutOffWithAFullShortlistSaysSo() throws {
        let outcomes = Ranking.decide(
            [entry("c", 80), entry("a", 80), entry("b", 80)], policy: ShortlistPolicy(top: 2, minScore: 60),
            reviewBand: 10)
        #expect(outcomes[0].rule?.rule == .reviewBand)
        #expect(outcomes[0].rule?.reason == "score 80 ties the cut-off 80 but the shortlist is full")
    }

    @Test func cutOffIsTheNthScoreWhenTheShortlistIsFull() throws {
        let entries = [entry("a", 90), entry("b", 85), entry("c", 75), entry("d", 74.9)]
        let result = decide(entries, top: 2, minScore: 50, band: 10)
        // The cut-off is b's 85, not min_score 50: c is within 10 points of it, d is not.
        #expect(["a", "b", "c", "d"].map { result[$0]?.decision } == [.shortlist, .shortlist, .review, .reject])
        let outcomes = Ranking.decide(entries, policy: ShortlistPolicy(top: 2, minScore: 50), reviewBand: 10)
        #expect(outcomes[2].rule?.reason == "score 75 is within 10 points below the cut-off 85")
        #expect(outcomes[3].rule?.rule == .belowCutoff)
    }

    @Test func cutOffIsMinScoreWhenTheShortlistIsNotFull() {
        let result = decide(
            [entry("a", 80), entry("b", 65), entry("c", 50), entry("d", 49.9)], top: 5, minScore: 60, band: 10)
        #expect(["a", "b", "c", "d"].map { result[$0]?.decision } == [.shortlist, .shortlist, .review, .reject])
    }

    @Test func errorsGetNoRankAndStayErrors() {
        let result = decide(
            [entry("a", 70), entry("broken", nil, .error), entry("b", 90)], top: 5, minScore: 60, band: 10)
        #expect(result["broken"]?.decision == .error)
        #expect(result["broken"]?.rank == nil)
        #expect(result["b"]?.rank == 1)
        #expect(result["a"]?.rank == 2)
    }

    @Test func provisionalDecisionsAreKeptAndTakeNoShortlistPlace() {
        let result = decide(
            [entry("knockout", 95, .reject), entry("flagged", 90, .review), entry("plain", 70)], top: 1, minScore: 60,
            band: 10)
        #expect(result["knockout"]?.decision == .reject)
        #expect(result["flagged"]?.decision == .review)
        #expect(result["plain"]?.decision == .shortlist)
        // Knocked-out candidates are not ranked: ranks are positions among candidates still in the running.
        #expect(["knockout", "flagged", "plain"].map { result[$0]?.rank } == [nil, 1, 2])
    }

    @Test func decisionsDoNotDependOnInputOrder() {
        let entries = (0..<40).map { entry("cand-\($0)", Double($0 % 7) * 10 + 30) }
        let expected = decide(entries, top: 5, minScore: 60, band: 15)
        let reorderings = [
            Array(entries.reversed()), Array(entries[13...] + entries[..<13]),
            entries.sorted { $0.candidateID > $1.candidateID },
        ]
        for reordered in reorderings {
            let shuffled = decide(reordered, top: 5, minScore: 60, band: 15)
            for (id, outcome) in expected {
                #expect(shuffled[id]?.decision == outcome.decision)
                #expect(shuffled[id]?.rank == outcome.rank)
            }
        }
    }
}
