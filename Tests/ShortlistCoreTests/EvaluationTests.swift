import Testing

@testable import ShortlistCore

/// The run's "today" in every test: November 2026.
private let referenceDate = YearMonth(year: 2026, month: 11)

/// Scores a plain-text resume against criteria written as the recruiter writes them.
private func evaluate(_ yaml: String, _ resumeText: String) throws -> Evaluation {
    let criteria = try CriteriaLoader.parse(yaml: "role: Test role\ncriteria:\n" + yaml, path: "role.yaml")
    ShortlistEngine.prepare()
    let resume = try ResumeReader().read(bytes: Array(resumeText.utf8), path: "resume.txt")
    return Evaluator(compiled: CompiledCriteria(criteria), referenceDate: referenceDate).evaluate(resume)
}

private func outcome(_ yaml: String, _ resumeText: String) throws -> CriterionOutcome {
    try #require(try evaluate(yaml, resumeText).outcomes.first)
}

@Suite("Evaluating criteria")
struct EvaluationTests {
    // MARK: - Score

    @Test func scoreIsTheWeightedMeanOfCreditsToOneDecimal() throws {
        let evaluation = try evaluate(
            """
              - id: swift
                any: ["swift"]
                weight: 20
              - id: frameworks
                any: ["vapor", "hummingbird"]
                min_distinct: 2
                weight: 10
              - id: cloud
                all: ["aws", "kubernetes", "terraform"]
                weight: 30
            """,
            "Ana Souza\nSwift and Vapor developer on AWS.\n")

        #expect(evaluation.outcomes.map(\.credit) == [1, 0.5, 1.0 / 3])
        // 100 × (20 × 1 + 10 × 0.5 + 30 × 1/3) / 60 = 58.33…
        #expect(evaluation.score == 58.3)
        #expect(evaluation.outcomes.map(\.points) == [33.3, 8.3, 16.7])
        #expect(evaluation.outcomes.map(\.met) == [true, false, false])
    }

    /// Above 100 criteria, explanations list only criteria with evidence or credit plus knockouts, `none` lists and
    /// the like; the others are counted. The score is the same as if every criterion were listed.
    @Test func largeCriteriaFilesListOnlyCriteriaWithEvidence() throws {
        var yaml = ""
        for index in 0..<150 { yaml += "  - id: t\(index)\n    any: [\"skill\(index)\"]\n    weight: 1\n" }
        yaml += "  - id: permit\n    any: [\"work permit\"]\n    required: true\n"
        yaml += "  - id: agency\n    none: [\"staffing agency\"]\n    on_fail: review\n"
        let evaluation = try evaluate(yaml, "Ana Souza\nskill3, skill7 and skill149; work permit\n")
        #expect(evaluation.outcomes.map(\.id) == ["t3", "t7", "t149", "permit", "agency"])
        #expect(evaluation.omittedCriteria == 147)
        // 3 of 150 weight points: 100 × 3 / 150 = 2.
        #expect(evaluation.score == 2)
        #expect(evaluation.outcomes.first?.points == 0.7)
    }

    @Test func repetitionsOfATermAndItsPluralAddUp() throws {
        let yaml = "  - id: api\n    any: [\"api\"]\n    weight: 1\n"
        let text = "Ana Souza\n" + String(repeating: "API work. ", count: 9) + String(repeating: "APIs too. ", count: 9)
        let evaluation = try evaluate(yaml, text)
        #expect(evaluation.mostRepeatedTerm?.count == 18)
    }

    @Test func noMatchesScoreZeroAndAllMatchesScoreHundred() throws {
        let yaml = """
              - id: swift
                any: ["swift"]
                weight: 3
              - id: go
                any: ["go"]
                weight: 1
            """
        #expect(try evaluate(yaml, "Ana Souza\nPython and Rust\n").score == 0)
        #expect(try evaluate(yaml, "Ana Souza\nSwift and Go\n").score == 100)
        #expect(try evaluate(yaml, "Ana Souza\nGo only\n").score == 25)
    }

    // MARK: - any / all / none

    @Test func anyWithMinDistinctGivesPartialCredit() throws {
        let yaml = """
              - id: frameworks
                any: ["vapor", "hummingbird | hb", "django"]
                min_distinct: 2
                weight: 1
            """
        let one = try outcome(yaml, "Ana Souza\nVapor services\n")
        #expect(one.credit == 0.5)
        #expect(!one.met)
        #expect(one.detail == "found 1 of the 2 distinct needed")

        let two = try outcome(yaml, "Ana Souza\nVapor and Hummingbird services\n")
        #expect(two.credit == 1)
        #expect(two.met)

        let three = try outcome(yaml, "Ana Souza\nVapor, HB and Django services\n")
        #expect(three.credit == 1)
        #expect(three.met)
    }

    @Test func allGivesTheFractionOfGroupsFound() throws {
        let result = try outcome(
            """
              - id: cloud
                all: ["aws | amazon web services", "kubernetes | k8s", "terraform"]
                weight: 1
            """,
            "Ana Souza\nAmazon Web Services and K8s\n")
        #expect(result.credit == 2.0 / 3)
        #expect(!result.met)
        #expect(result.missing == ["terraform"])
        #expect(result.evidence.map(\.term) == ["Amazon Web Services", "K8s"])
    }

    @Test func unmetCriterionListsEveryMissingGroupAsWritten() throws {
        let result = try outcome(
            """
              - id: cloud
                all: ["aws | amazon web services", "Kubernetes | k8s", "=Terraform"]
                weight: 1
            """,
            "Ana Souza\nAWS only\n")
        #expect(result.missing == ["Kubernetes | k8s", "=Terraform"])
    }

    @Test func noneGivesFullCreditWhenAbsent() throws {
        let result = try outcome(
            """
              - id: agency
                none: ["staffing agency", "recruitment agency"]
                weight: 1
            """,
            "Ana Souza\nApplied directly.\n")
        #expect(result.credit == 1)
        #expect(result.met)
        #expect(result.evidence.isEmpty)
    }

    @Test func noneGivesNoCreditWhenPresentAndShowsWhatWasFound() throws {
        let result = try outcome(
            """
              - id: agency
                none: ["staffing agency", "recruitment agency"]
                weight: 1
            """,
            "Submitted by Meridian Staffing Agency\nAna Souza\n")
        #expect(result.credit == 0)
        #expect(!result.met)
        #expect(result.evidence.map(\.term) == ["Staffing Agency"])
        #expect(result.detail == "found what this criterion excludes")
        #expect(result.missing.isEmpty)
    }

    // MARK: - in_section

    private let twoSections = """
        Ana Souza

        Experience
        Engineer, Acme (2019 – Present)
        Deployed services to Kubernetes daily.

        Skills
        AWS, Docker
        """

    @Test func termOnlyOutsideTheRequiredSectionDoesNotCount() throws {
        let result = try outcome(
            """
              - id: k8s
                any: ["kubernetes"]
                in_section: skills
                weight: 1
            """, twoSections)
        #expect(result.credit == 0)
        #expect(!result.met)
        #expect(result.evidence.isEmpty)
        #expect(result.detail == "found only outside skills")
    }

    @Test func termInTheRequiredSectionCounts() throws {
        let result = try outcome(
            """
              - id: cloud
                all: ["aws", "kubernetes"]
                in_section: skills
                weight: 1
            """, twoSections)
        #expect(result.credit == 0.5)
        #expect(result.missing == ["kubernetes"])
        #expect(result.evidence.map(\.term) == ["AWS"])
        #expect(result.evidence.map(\.section) == [.skills])
        #expect(result.evidence.map(\.line) == [8])
    }

    // MARK: - within_years

    private let withinThreeYears = """
          - id: recent
            any: ["swift"]
            within_years: 3
            weight: 1
        """

    @Test func evidenceFromARoleThatEndedFiveYearsAgoDoesNotCount() throws {
        let result = try outcome(
            withinThreeYears,
            """
            Ana Souza
            Experience
            Go Engineer, New Co (Jan 2022 – Present)
            Services in Go.
            Swift Engineer, Old Co (2015 – 2021)
            Services in Swift.
            Skills
            Swift, Go
            """)
        #expect(!result.met)
        #expect(result.credit == 0)
        #expect(result.detail == "found only in roles that ended more than 3 years ago")
    }

    @Test func evidenceFromACurrentRoleCounts() throws {
        let result = try outcome(
            withinThreeYears,
            """
            Ana Souza
            Experience
            Swift Engineer, New Co (Jan 2022 – Present)
            Services in Swift.
            Java Engineer, Old Co (2015 – 2021)
            """)
        #expect(result.met)
        #expect(result.evidence.map(\.line) == [3])
    }

    @Test func roleThatEndedExactlyThreeYearsAgoCountsAndOneMonthEarlierDoesNot() throws {
        let ended = { (end: String) in
            try outcome(self.withinThreeYears, "Ana Souza\nExperience\nSwift Engineer, Acme (Jan 2020 – \(end))\n")
        }
        #expect(try ended("Nov 2023").met)
        #expect(try !ended("Oct 2023").met)
    }

    // MARK: - years_experience

    @Test func overlappingRolesAreCountedOnce() throws {
        let result = try outcome(
            """
              - id: years
                years_experience: { min: 8 }
                weight: 1
            """,
            """
            Ana Souza
            Experience
            Engineer, Alpha (Jan 2015 – Dec 2019)
            Engineer, Beta (Jan 2018 – Dec 2020)
            """)
        // 2015-01 … 2020-12 is 6 years, not 5 + 3.
        #expect(result.detail == "6 years across 2 dated roles (overlaps counted once; needs 8)")
        #expect(result.credit == 0.75)
        #expect(!result.met)
        #expect(result.evidence.map(\.term) == ["Engineer, Alpha", "Engineer, Beta"])
    }

    @Test func gapsBetweenRolesAreNotCounted() throws {
        let result = try outcome(
            """
              - id: years
                years_experience: { min: 4 }
                weight: 1
            """,
            """
            Ana Souza
            Experience
            Engineer, Alpha (Jan 2010 – Dec 2011)
            Engineer, Beta (Jan 2015 – Dec 2016)
            """)
        #expect(result.detail == "4 years across 2 dated roles (overlaps counted once; needs 4)")
        #expect(result.met)
    }

    @Test func presentMeansTheReferenceDate() throws {
        let result = try outcome(
            """
              - id: years
                years_experience: { min: 10 }
                weight: 1
            """,
            "Ana Souza\nExperience\nEngineer, Gamma (Dec 2021 – Present)\n")
        // December 2021 through November 2026: 60 months.
        #expect(result.detail == "5 years across 1 dated role (overlaps counted once; needs 10)")
        #expect(result.credit == 0.5)
    }

    // MARK: - education

    private let computingDegree = """
          - id: degree
            education: { min_level: bachelor, fields: ["computer science", "mathematics"] }
            weight: 1
        """

    @Test func degreeAtTheLevelInAListedFieldIsMet() throws {
        let result = try outcome(
            computingDegree, "Ana Souza\nEducation\nB.Sc. Computer Science, University of Lisbon, 2012\n")
        #expect(result.met)
        #expect(result.credit == 1)
        #expect(result.evidence.map(\.term) == ["Computer Science"])
        #expect(result.evidence.map(\.section) == [.education])
        #expect(result.evidence.map(\.line) == [3])
        #expect(result.detail == "highest degree found: bachelor; needs bachelor or higher")
    }

    @Test func degreeBelowTheLevelIsNotMetEvenInTheField() throws {
        let result = try outcome(
            computingDegree, "Ana Souza\nEducation\nAssociate Degree in Computer Science, Bay College, 2012\n")
        #expect(!result.met)
        #expect(result.credit == 0)
        #expect(result.missing == ["computer science", "mathematics"])
        #expect(result.detail == "highest degree found: associate; needs bachelor or higher")
    }

    @Test func degreeInAnotherFieldIsNotMet() throws {
        let result = try outcome(computingDegree, "Ana Souza\nEducation\nBachelor of Arts in History, 2012\n")
        #expect(!result.met)
        #expect(result.missing == ["computer science", "mathematics"])
    }

    @Test func degreeWithoutFieldsNeedsOnlyTheLevel() throws {
        let result = try outcome(
            """
              - id: degree
                education: { min_level: bachelor }
                weight: 1
            """,
            "Ana Souza\nEducation\nMaster of Science in History, 2014\n")
        #expect(result.met)
        #expect(result.evidence.map(\.term) == ["master"])
        #expect(result.evidence.map(\.line) == [3])
        #expect(result.detail == "highest degree found: master; needs bachelor or higher")
    }

    // MARK: - Evidence

    @Test func evidenceQuotesTheTermAsWrittenWithItsSectionSnippetAndLine() throws {
        let result = try outcome(
            """
              - id: cloud
                any: ["aws | amazon web services"]
                weight: 1
            """,
            "Ana Souza\nana@example.com\n\nSkills\nKubernetes, Terraform and Amazon Web Services\n")
        let evidence = try #require(result.evidence.first)
        #expect(evidence.term == "Amazon Web Services")
        #expect(evidence.section == .skills)
        #expect(evidence.snippet == "Kubernetes, Terraform and Amazon Web Services")
        #expect(evidence.line == 5)
    }

    @Test func evidenceKeepsDiacriticsAndCasing() throws {
        let result = try outcome(
            """
              - id: resume
                any: ["resume parser"]
                weight: 1
            """,
            "Ana Souza\nBuilt a RÉSUMÉ Parser in Swift\n")
        #expect(result.evidence.map(\.term) == ["RÉSUMÉ Parser"])
        #expect(result.evidence.map(\.line) == [2])
    }

    @Test func snippetOfALongLineIsCutAroundTheTerm() throws {
        let filler = String(repeating: "lorem ipsum ", count: 10)
        let result = try outcome(
            """
              - id: swift
                any: ["swift"]
                weight: 1
            """,
            "Ana Souza\n\(filler)Swift \(filler)\n")
        let snippet = try #require(result.evidence.first?.snippet)
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains(" Swift lorem"))
        #expect(snippet.count < 110)
    }

    @Test func evidenceIsKeptForTheFirstThreeGroupsInReadingOrder() throws {
        let result = try outcome(
            """
              - id: languages
                any: ["swift", "go", "rust", "python", "kotlin"]
                weight: 1
            """,
            "Ana Souza\nKotlin\nPython and Go\nRust\nSwift\n")
        #expect(result.evidence.map(\.term) == ["Kotlin", "Python", "Go"])
        #expect(result.evidence.map(\.line) == [2, 3, 3])
    }

    /// Snippets collapse whitespace exactly as the layout readers' `LineAccumulator` does, whichever path they take:
    /// excerpts with single spaces are copied whole, others go byte by byte.
    @Test func snippetsCollapseWhitespaceLikeTheLayoutReaders() {
        let pieces = [
            "a", "Swift", " ", " ", "  ", "\t", "\n", "\u{00A0}", "\u{0085}", "\u{2003}", "\u{2028}", "\u{202F}",
            "\u{3000}", "–", "•", "·", "é", "\u{200B}", "\u{01}", "x",
        ]
        var generator = SeededRandom(seed: 0xC011)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var line = LineAccumulator()
            line.add(text)
            let expected = line.take()
            var collapsed: [UInt8] = []
            let utf8 = Array(text.utf8)
            Evaluator.appendCollapsed(utf8, 0..<utf8.count, to: &collapsed)
            #expect(String(decoding: collapsed, as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }
}
