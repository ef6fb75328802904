import Foundation
import Testing
import Yams

@testable import ShortlistCore

/// The criteria file of DESIGN.md, verbatim.
private let designExample = """
    role: Senior Backend Engineer
    shortlist: { top: 25, min_score: 60 }   # shortlist = best `top` with score >= min_score
    review_band: 10                          # within 10 points below the cut-off -> human review
    criteria:
      - id: swift
        label: Swift in production
        any: ["swift", "objective-c | objc"]       # each entry is a term group; "a | b" are synonyms
        weight: 20
      - id: backend
        label: Two or more backend frameworks
        any: ["vapor", "hummingbird", "swift-nio | swiftnio", "node.js | nodejs", "django", "spring boot"]
        min_distinct: 2                            # partial credit: found / needed, capped at 1
        weight: 15
      - id: experience
        label: 5+ years of professional experience
        years_experience: { min: 5 }               # from merged, non-overlapping date ranges in Experience
        weight: 20
      - id: degree
        label: Bachelor's degree or higher in a technical field
        education: { min_level: bachelor, fields: ["computer science", "software engineering", "mathematics"] }
        weight: 10
      - id: recent
        label: Swift used within the last 3 years
        any: ["swift"]
        within_years: 3                            # only evidence in roles that ended <= 3 years ago
        weight: 10
      - id: authorization
        label: Authorized to work in the EU
        any: ["eu citizen", "work permit", "blue card"]
        required: true                             # knockout: not met -> reject, with the reason
      - id: cloud
        label: Cloud platform (skills section)
        all: ["aws | amazon web services", "kubernetes | k8s"]   # credit = fraction of groups found
        in_section: skills
        weight: 10
      - id: agency
        label: Submitted by a staffing agency
        none: ["staffing agency", "recruitment agency"]
        on_fail: review                            # escalate to a human instead of scoring it away
    """

private func parse(_ yaml: String) throws(CriteriaErrors) -> CriteriaSet {
    try CriteriaLoader.parse(yaml: yaml, path: "role.yaml")
}

/// The error lines a user sees for `yaml`; empty when the file is valid.
private func errorLines(_ yaml: String) -> [String] {
    do {
        _ = try parse(yaml)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

private func group(_ synonyms: String...) -> TermGroup {
    TermGroup(synonyms: synonyms.map { Term(text: $0) })
}

@Suite("Loading criteria files")
struct CriteriaLoadingTests {
    // MARK: - Valid files

    @Test func designExampleParsesIntoTheExpectedModel() throws {
        let set = try parse(designExample)

        #expect(set.role == "Senior Backend Engineer")
        #expect(set.shortlist == ShortlistPolicy(top: 25, minScore: 60))
        #expect(set.reviewBand == 10)
        #expect(set.escalate == EscalationThresholds())
        let ids = ["swift", "backend", "experience", "degree", "recent", "authorization", "cloud", "agency"]
        #expect(set.criteria.map(\.id) == ids)
        #expect(set.criteria.map(\.line) == [5, 9, 14, 18, 22, 27, 31, 36])
        #expect(set.totalWeight == 85)

        let swift = set.criteria[0]
        #expect(swift.label == "Swift in production")
        let swiftGroups = [group("swift"), group("objective-c", "objc")]
        #expect(swift.rule == .terms(mode: .any, groups: swiftGroups, minDistinct: 1))
        #expect(swift.weight == 20)
        #expect(!swift.required && !swift.reviewOnFail && swift.sections == nil && swift.withinYears == nil)

        guard case .terms(.any, let backendGroups, let minDistinct) = set.criteria[1].rule else {
            Issue.record("backend should be an 'any' rule, got \(set.criteria[1].rule)")
            return
        }
        #expect(backendGroups.count == 6)
        #expect(backendGroups[2] == group("swift-nio", "swiftnio"))
        #expect(backendGroups[5] == group("spring boot"))
        #expect(minDistinct == 2)

        #expect(set.criteria[2].rule == .yearsExperience(min: 5))
        #expect(set.criteria[3].label == "Bachelor's degree or higher in a technical field")
        let subjects = [group("computer science"), group("software engineering"), group("mathematics")]
        #expect(set.criteria[3].rule == .education(minLevel: .bachelor, fields: subjects))
        #expect(set.criteria[4].withinYears == 3)

        let authorization = set.criteria[5]
        #expect(authorization.required && authorization.weight == 0)

        let cloud = set.criteria[6]
        let cloudGroups = [group("aws", "amazon web services"), group("kubernetes", "k8s")]
        #expect(cloud.rule == .terms(mode: .all, groups: cloudGroups, minDistinct: 2))
        #expect(cloud.sections == [.skills])

        let agency = set.criteria[7]
        let agencyGroups = [group("staffing agency"), group("recruitment agency")]
        #expect(agency.rule == .terms(mode: .none, groups: agencyGroups, minDistinct: 1))
        #expect(agency.reviewOnFail && !agency.required && agency.weight == 0)
    }

    @Test func optionalKeysTakeTheirDefaultsAndLabelDefaultsToID() throws {
        let set = try parse(
            """
            role: Data Analyst
            criteria:
              - id: sql
                any: ["sql"]
                weight: 1
            """
        )
        #expect(set.shortlist == ShortlistPolicy(top: 25, minScore: 60))
        #expect(set.reviewBand == 10)
        #expect(set.escalate == EscalationThresholds())
        #expect(set.criteria[0].label == "sql")
        #expect(set.criteria[0].line == 3)
    }

    @Test func escalateKeysSetTheEscalationThresholds() throws {
        let set = try parse(
            """
            role: Data Analyst
            review_band: 7.5
            escalate:
              min_text_chars: 150
              knockout_min_text_chars: 600
              max_term_repeats: 8
              hidden_text: false
              parse_recovered: false
            criteria:
              - id: sql
                any: ["sql"]
                weight: 1
            """
        )
        #expect(set.reviewBand == 7.5)
        #expect(set.escalate.minTextChars == 150)
        #expect(set.escalate.knockoutMinTextChars == 600)
        #expect(set.escalate.maxTermRepeats == 8)
        #expect(!set.escalate.reviewHiddenText)
        #expect(!set.escalate.reviewRecoveredParse)
    }

    @Test func pipeSeparatesSynonymsAndWhitespaceIsTrimmedAndCollapsed() throws {
        let set = try parse(
            """
            role: Backend Engineer
            criteria:
              - id: node
                any: ["  Node.js |nodejs  |  node \t  js  "]
                weight: 1
            """
        )
        let expected = [group("Node.js", "nodejs", "node js")]
        #expect(set.criteria[0].rule == .terms(mode: .any, groups: expected, minDistinct: 1))
    }

    @Test func equalsPrefixMakesATermExactAndIsRemovedFromItsText() throws {
        let set = try parse(
            """
            role: Statistician
            criteria:
              - id: r
                any: ["=R | r language", "= SAS "]
                weight: 1
            """
        )
        let expected = [
            TermGroup(synonyms: [Term(text: "R", exact: true), Term(text: "r language", exact: false)]),
            TermGroup(synonyms: [Term(text: "SAS", exact: true)]),
        ]
        #expect(set.criteria[0].rule == .terms(mode: .any, groups: expected, minDistinct: 1))
        #expect(expected[0].display == "=R | r language")
    }

    @Test func numbersAndYesNoInATermListCountAsTheTextWritten() throws {
        let set = try parse(
            """
            role: Office Manager
            criteria:
              - id: office
                any:
                  - 365
                  - yes
                  - 1.10
                weight: 1
            """
        )
        let expected = [group("365"), group("yes"), group("1.10")]
        #expect(set.criteria[0].rule == .terms(mode: .any, groups: expected, minDistinct: 1))
    }

    @Test func inSectionAcceptsOneNameOrAListInAnyCase() throws {
        let set = try parse(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                all: ["aws"]
                in_section: Skills
                weight: 1
              - id: lead
                any: ["team lead"]
                in_section: [experience, summary]
                weight: 1
            """
        )
        #expect(set.criteria[0].sections == [.skills])
        #expect(set.criteria[1].sections == [.experience, .summary])
    }

    @Test func loadReadsTheFileAndNamesItInMessages() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("criteria-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let valid = directory.appendingPathComponent("role.yaml")
        try Data(("\u{FEFF}" + designExample).utf8).write(to: valid)
        #expect(try CriteriaLoader.load(path: valid.path).criteria.count == 8)

        let invalid = directory.appendingPathComponent("broken.yaml")
        try Data("role: x\ncriteria:\n  - id: a\n    any: [a]\n    wieght: 1\n".utf8).write(to: invalid)
        #expect(throws: CriteriaErrors.self) { try CriteriaLoader.load(path: invalid.path) }
        do {
            _ = try CriteriaLoader.load(path: invalid.path)
        } catch {
            #expect(error.first.description == "\(invalid.path):5:5: unknown key 'wieght' (did you mean 'weight'?)")
        }
    }

    @Test func missingFileIsAnErrorWithoutPosition() {
        let path = "/nonexistent-\(UUID().uuidString)/role.yaml"
        do {
            _ = try CriteriaLoader.load(path: path)
            Issue.record("loading a missing file should fail")
        } catch {
            #expect(error.description == "\(path): cannot read the criteria file: there is no such file")
        }
    }

    // MARK: - Keys

    @Test func unknownKeySuggestsTheClosestValidKey() {
        let yaml = """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                wieght: 20
            """
        #expect(errorLines(yaml) == ["role.yaml:5:5: unknown key 'wieght' (did you mean 'weight'?)"])
        #expect(
            throws: CriteriaErrors(
                CriteriaError(
                    path: "role.yaml", line: 5, column: 5, message: "unknown key 'wieght'",
                    hint: "did you mean 'weight'?"
                )
            )
        ) { try parse(yaml) }
    }

    @Test func unknownNestedKeySuggestsTheClosestKeyOfItsLevel() {
        let lines = errorLines(
            """
            role: Backend Engineer
            shortlist: { top: 10, min_scor: 50 }
            criteria:
              - id: go
                any: ["golang | go"]
                years: 3
                weight: 1
            """
        )
        let expected = [
            "role.yaml:2:23: unknown key 'min_scor' (did you mean 'min_score'?)",
            "role.yaml:6:5: unknown key 'years' (did you mean 'years_experience'?)",
        ]
        #expect(lines == expected)
    }

    @Test func unknownKeyWithNothingCloseListsTheValidKeys() {
        let lines = errorLines(
            """
            role: Backend Engineer
            location: Berlin
            criteria:
              - id: swift
                any: ["swift"]
                weight: 20
            """
        )
        let expected = [
            "role.yaml:2:1: unknown key 'location' (valid keys here: role, shortlist, review_band, escalate, criteria)"
        ]
        #expect(lines == expected)
    }

    @Test func missingRoleIsReportedAtTheTopOfTheFile() {
        let lines = errorLines(
            """
            criteria:
              - id: swift
                any: ["swift"]
                weight: 20
            """
        )
        #expect(lines == ["role.yaml:1:1: missing 'role' (add a line like `role: Senior Backend Engineer`)"])
    }

    @Test func keyWrittenTwiceInOneCriterionIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                weight: 20
                any: ["swift"]
                weight: 10
            """
        )
        #expect(lines == ["role.yaml:4:5: key 'weight' is written twice in the same place (keep only one of each)"])
    }

    // MARK: - Ids

    @Test func duplicateIDPointsAtTheSecondAndNamesTheLineOfTheFirst() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                weight: 20
              - id: Swift
                any: ["swiftui"]
                weight: 10
            """
        )
        let expected = [
            "role.yaml:6:9: duplicate id 'Swift' "
                + "(the criterion on line 3 already uses it; give each criterion its own id)"
        ]
        #expect(lines == expected)
    }

    @Test func idWithSpacesIsAnErrorSuggestingASafeSpelling() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: Swift in prod!
                any: ["swift"]
                weight: 20
            """
        )
        let expected = [
            "role.yaml:3:9: id 'Swift in prod!' may only use letters a-z, digits, '_' and '-' "
                + "(for example 'swift_in_prod')"
        ]
        #expect(lines == expected)
    }

    @Test func criterionWithoutIDIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - label: Swift
                any: ["swift"]
                weight: 20
            """
        )
        #expect(lines == ["role.yaml:3:5: criterion has no 'id' (add a short unique name, like `id: swift`)"])
    }

    // MARK: - Rules

    @Test func twoRuleKindsInOneCriterionIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                any: ["aws"]
                all: ["kubernetes"]
                weight: 10
            """
        )
        let expected = [
            "role.yaml:5:5: criterion 'cloud' has two rules, 'any' and 'all' "
                + "(a criterion checks one thing: move 'all' into a criterion of its own)"
        ]
        #expect(lines == expected)
    }

    @Test func criterionWithoutRuleIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                label: Cloud platform
                weight: 10
            """
        )
        let expected = [
            "role.yaml:3:5: criterion 'cloud' has no rule "
                + "(add one of 'any', 'all', 'none', 'years_experience' or 'education')"
        ]
        #expect(lines == expected)
    }

    @Test func emptyTermListIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: []
                weight: 20
            """
        )
        #expect(lines == ["role.yaml:4:10: 'any' lists no terms (list at least one term, like `any: [\"swift\"]`)"])
    }

    @Test func emptySynonymBesideAPipeIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                all: ["kubernetes | ", "aws"]
                weight: 10
            """
        )
        let expected = [
            "role.yaml:4:11: empty term \"kubernetes | \" in 'all' (write a term on both sides of every '|')"
        ]
        #expect(lines == expected)
    }

    @Test func emptyOrBlankTermIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                any: ["aws", "", "  "]
                weight: 10
              - id: stats
                any: ["="]
                weight: 10
            """
        )
        let expected = [
            "role.yaml:4:18: empty term in 'any' (remove the empty entry or write a term in it)",
            "role.yaml:4:22: empty term in 'any' (remove the empty entry or write a term in it)",
            "role.yaml:7:11: empty term \"=\" in 'any' (write the term right after '=', like \"=R\")",
        ]
        #expect(lines == expected)
    }

    @Test func minDistinctAboveTheNumberOfGroupsIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: backend
                any: ["vapor", "django"]
                min_distinct: 3
                weight: 15
            """
        )
        let expected = [
            "role.yaml:5:19: 'min_distinct' is 3, but 'any' lists only 2 term groups "
                + "(lower it to 2 or add terms to 'any')"
        ]
        #expect(lines == expected)
    }

    @Test func minDistinctAndWithinYearsNeedTheRightRule() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                all: ["aws", "gcp"]
                min_distinct: 1
                weight: 10
              - id: experience
                years_experience: { min: 5 }
                within_years: 3
                weight: 10
            """
        )
        let expected = [
            "role.yaml:5:5: 'min_distinct' only works with 'any' "
                + "('all' already needs every term group; remove 'min_distinct')",
            "role.yaml:9:5: 'within_years' only works with 'any', 'all' or 'none' "
                + "('years_experience' and 'education' read their own sections; remove 'within_years')",
        ]
        #expect(lines == expected)
    }

    @Test func unknownSectionSuggestsTheClosestSection() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: cloud
                any: ["aws"]
                in_section: skils
                weight: 10
            """
        )
        let expected = [
            "role.yaml:5:17: unknown section 'skils' "
                + "(did you mean 'skills'? "
                + "the sections are summary, experience, education, skills, certifications, other)"
        ]
        #expect(lines == expected)
    }

    @Test func unknownEducationLevelSuggestsTheClosestLevel() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: degree
                education: { min_level: masters }
                weight: 10
            """
        )
        let expected = [
            "role.yaml:4:29: unknown education level 'masters' "
                + "(did you mean 'master'? the levels are high_school, associate, bachelor, master, doctorate)"
        ]
        #expect(lines == expected)
    }

    @Test func onFailAcceptsOnlyReview() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                on_fail: reject
              - id: go
                any: ["golang"]
                on_fail: maybe
                weight: 5
            """
        )
        let expected = [
            "role.yaml:5:14: 'on_fail' can only be 'review', not text \"reject\" "
                + "(to reject candidates who do not meet it, write `required: true`)",
            "role.yaml:8:14: 'on_fail' can only be 'review', not text \"maybe\" "
                + "(write `on_fail: review`, or remove it to let the score decide)",
        ]
        #expect(lines == expected)
    }

    // MARK: - Weights

    @Test func negativeWeightIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                weight: -5
            """
        )
        let expected = [
            "role.yaml:5:13: 'weight' must be 0 or more, not -5 "
                + "(to count something against candidates, list its terms under 'none')"
        ]
        #expect(lines == expected)
    }

    @Test func criterionWithNoWeightThatNeitherGatesNorEscalatesIsAnError() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                weight: 0
              - id: go
                any: ["golang"]
              - id: rust
                any: ["rust"]
                weight: 5
            """
        )
        let expected = [
            "role.yaml:5:5: criterion 'swift' has no effect (give it a weight, `required: true` or `on_fail: review`)",
            "role.yaml:6:5: criterion 'go' has no effect (give it a weight, `required: true` or `on_fail: review`)",
        ]
        #expect(lines == expected)
    }

    @Test func zeroTotalWeightIsAnErrorAtTheCriteriaKey() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: authorization
                any: ["work permit"]
                required: true
            """
        )
        let expected = [
            "role.yaml:2:1: the criteria have a total weight of 0, so no candidate can be scored "
                + "(give at least one criterion a weight above 0)"
        ]
        #expect(lines == expected)
    }

    // MARK: - Types and ranges

    @Test func wrongTypeNamesTheKeyAndTheExpectedType() {
        let lines = errorLines(
            """
            role: Backend Engineer
            shortlist: [25, 60]
            criteria:
              - id: swift
                any: swift
                weight: high
                required: "true"
              - id: go
                any: ["golang"]
                weight: "5"
            """
        )
        let expected = [
            "role.yaml:2:12: 'shortlist' must be a mapping, not a list "
                + "(write it like `shortlist: { top: 25, min_score: 60 }`)",
            "role.yaml:5:10: 'any' must be a list of terms, not text \"swift\" "
                + "(write it as a list: `any: [\"swift\"]`)",
            "role.yaml:6:13: 'weight' must be a number, not text \"high\"",
            "role.yaml:7:15: 'required' must be true or false, not text \"true\" (remove the quotes around \"true\")",
            "role.yaml:10:13: 'weight' must be a number, not text \"5\" (remove the quotes around \"5\")",
        ]
        #expect(lines == expected)
    }

    @Test func outOfRangeSettingsAreErrors() {
        let lines = errorLines(
            """
            role: Backend Engineer
            shortlist: { top: 0, min_score: 120 }
            review_band: -1
            escalate: { max_term_repeats: 0, min_text_chars: 2.5 }
            criteria:
              - id: swift
                any: ["swift"]
                within_years: 0
                weight: 1
            """
        )
        let expected = [
            "role.yaml:2:19: 'top' must be 1 or more, not 0",
            "role.yaml:2:33: 'min_score' must be between 0 and 100, not 120",
            "role.yaml:3:14: 'review_band' must be 0 or more, not -1",
            "role.yaml:4:31: 'max_term_repeats' must be 1 or more, not 0",
            "role.yaml:4:50: 'min_text_chars' must be a whole number, not the number 2.5",
            "role.yaml:8:19: 'within_years' must be more than 0, not 0",
        ]
        #expect(lines == expected)
    }

    // MARK: - YAML syntax

    @Test func yamlSyntaxErrorIsReportedAtItsPosition() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift", "objc"
                weight: 20
            """
        )
        let expected = [
            "role.yaml:5:5: invalid YAML: did not find expected ',' or ']' "
                + "(while parsing a flow sequence at line 4; "
                + "check the indentation, the colons and that every quote is closed)"
        ]
        #expect(lines == expected)
    }

    @Test func unquotedColonInAValueIsExplained() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                label: Swift: in production
                any: ["swift"]
                weight: 20
            """
        )
        let expected = [
            "role.yaml:4:17: invalid YAML: unexpected ':' "
                + "(put text that contains ': ' in quotes; otherwise check the indentation of this line)"
        ]
        #expect(lines == expected)
    }

    @Test func tabIndentationIsExplained() {
        let lines = errorLines("role: Backend Engineer\ncriteria:\n\t- id: swift\n")
        let expected = [
            "role.yaml:3:1: a tab is used for indentation (YAML indents with spaces only; replace the tab with spaces)"
        ]
        #expect(lines == expected)
    }

    @Test func emptyFileAndNonMappingFileAreErrors() {
        #expect(
            errorLines("# nothing yet\n") == [
                "role.yaml:1:1: the criteria file is empty (it needs at least 'role:' and a 'criteria:' list)"
            ])
        #expect(
            errorLines("- swift\n") == [
                "role.yaml:1:1: a criteria file must be a mapping of keys such as 'role:' and 'criteria:', not a list "
                    + "(start the file with a line like `role: Senior Backend Engineer`)"
            ])
    }

    // MARK: - Several problems

    @Test func everyProblemOfTheFileIsReportedInFileOrder() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                weight: -1
              - id: cloud
                any: ["aws"]
                in_section: skils
                wieght: 5
            """
        )
        #expect(lines.count == 3)
        let positions = lines.map { $0.prefix { $0 != " " } }
        #expect(positions == ["role.yaml:5:13:", "role.yaml:8:17:", "role.yaml:9:5:"])
    }

    // MARK: - Behaviour the fast paths of the reader must keep

    @Test func plainScalarsResolveToTheSameTypesAsWithYamsDefaultResolver() {
        var samples = [
            "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "on", "OFF", "true", "False",
            "y", "n", "yesterday", "nullable", "on_fail", "Falsehood", "20", "0.5", "2.", "00.1", "1.2.3", "0", "07",
            "true", "false", "TRUE", "9999999999999999999999", "20 ", "2_0",
            "<<", "<", "=", "==", "0", "-0", "+12", "1_000", "0x1F", "0o17", "017", "0b101", "3:20", "1.5",
            "-.5", ".5", ".inf", "-.Inf", ".NaN", ".nan.", "1e3", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "swift",
            "java script", "node.js", "c++", "R&D", "  swift", "é", "ﬁ", "\u{0301}a", "a\n", "id", "weight", "#x", "%",
        ]
        let terminators = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        for word in ["yes", "null", "", "~", "20", "swift", "=", "<<", "x"] {
            samples += terminators.map { word + $0 }
            samples += terminators.map { $0 + word }
        }
        for sample in samples {
            let fast = Node(sample, Tag(.implicit, CriteriaLoader.resolver)).resolvedTagName
            #expect(fast == Node(sample).resolvedTagName, "\(sample.debugDescription)")
            #expect(
                CriteriaFileReader.typeName(ofPlain: sample) == Node(sample).resolvedTagName,
                "\(sample.debugDescription)")
        }
    }

    @Test func numbersWrittenAsTextAndKeysThatDifferOnlyInTypeKeepTheirMessages() {
        let lines = errorLines(
            """
            role: Backend Engineer
            criteria:
              - id: swift
                any: ["swift"]
                weight: "20"
                required: yes
                1: a
                "1": b
            """
        )
        let expected = [
            "role.yaml:5:13: 'weight' must be a number, not text \"20\" (remove the quotes around \"20\")",
            "role.yaml:7:5: unknown key '1' (valid keys here: id, label, any, all, none, years_experience, education, "
                + "min_distinct, in_section, within_years, required, on_fail, weight)",
            "role.yaml:8:5: unknown key '1' (valid keys here: id, label, any, all, none, years_experience, education, "
                + "min_distinct, in_section, within_years, required, on_fail, weight)",
        ]
        #expect(lines == expected)
    }

    @Test func termsSplitAndCollapseWhitespaceByCharacterForEveryASCIIAndUnicodeSpace() {
        let separators =
            (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
                "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\r\n", " \u{301}", "|\u{301}", "=\u{301}",
            ]
        for separator in separators {
            for entry in [
                "a\(separator)b | \(separator)c\(separator)", "=\(separator)R\(separator)", "x|\(separator)|y",
            ] {
                // The rule as the file format states it, on Characters.
                var synonyms: [Term] = []
                var valid = true
                for written in entry.split(separator: "|", omittingEmptySubsequences: false) {
                    var text = written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    let exact = text.hasPrefix("=")
                    if exact { text = text.dropFirst().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                    if text.isEmpty { valid = false }
                    synonyms.append(Term(text: text, exact: exact))
                }
                let expected = valid ? TermGroup(synonyms: synonyms) : nil
                #expect(TermGroup(parsing: entry) == expected, "\(entry.debugDescription)")
            }
        }
    }

    @Test func textIsTrimmedOfUnicodeWhitespaceAndIDsAcceptWhatLowercasesToAllowedLetters() throws {
        let set = try parse(
            """
            role: "\u{2003}Backend Engineer\u{A0}"
            criteria:
              - id: "\u{212A}8s"
                label: "\tKubernetes\u{3000}"
                any: ["k8s"]
                weight: 1
            """
        )
        #expect(set.role == "Backend Engineer")
        #expect(set.criteria[0].id == "\u{212A}8s")
        #expect(set.criteria[0].label == "Kubernetes")
        #expect("\u{85} x \u{1C}".trimmingWhitespaceAndNewlines() == "x \u{1C}")
        #expect("\u{7F}x\u{0}".trimmingWhitespaceAndNewlines() == "\u{7F}x\u{0}")
    }

    @Test func duplicateIDsAndTheirFirstLinesAreFoundInALargeFile() {
        var yaml = "role: Backend Engineer\ncriteria:\n"
        for index in 0..<3_000 {
            let id = index == 2_500 ? "Term_7" : "term_\(index)"
            yaml += "  - id: \(id)\n    any: [\"t\(index)\"]\n    weight: 1\n"
        }
        yaml += "  - id: extra\n    any: [\"x\"]\n    wieght: 2\n"
        let expected = [
            "role.yaml:7503:9: duplicate id 'Term_7' (the criterion on line 24 already uses it; give each criterion its "
                + "own id)",
            "role.yaml:9005:5: unknown key 'wieght' (did you mean 'weight'?)",
        ]
        #expect(errorLines(yaml) == expected)
    }

    @Test func aValueThatIsAlsoAKeyThroughAnAliasKeepsItsType() {
        let lines = errorLines(
            """
            role: R
            criteria:
              - id: a
                any: ["x"]
                weight: 1
                required: &f yes
                label: &n ~
                *n : 3
              - id: b
                any: ["y"]
                weight: 1
                *f : 2
            """
        )
        let validKeys =
            "(valid keys here: id, label, any, all, none, years_experience, education, min_distinct, in_section, "
            + "within_years, required, on_fail, weight)"
        let expected = [
            "role.yaml:6:15: unknown key 'yes' \(validKeys)",
            "role.yaml:7:12: unknown key '~' \(validKeys)",
            "role.yaml:7:12: 'label' must be text, but it is empty",
        ]
        #expect(lines == expected)
    }

    @Test func keysEqualOnlyAsTextAreNotDuplicatesButAKeyWrittenTwiceIsFoundAfterThem() {
        let lines = errorLines(
            """
            role: R
            criteria:
              - id: a
                any: ["x"]
                weight: 1
                1: a
                "1": b
                yes: c
                "yes": d
              - id: b
                any: ["y"]
                weight: 1
                weight: 2
            """
        )
        #expect(lines == ["role.yaml:12:5: key 'weight' is written twice in the same place (keep only one of each)"])
    }

    @Test func explicitTagsTypeValuesAsTheyDidBefore() {
        let lines = errorLines(
            """
            role: R
            criteria:
              - id: a
                label: "Wow!"
                any: ["x"]
                weight: !!str 7
                required: !!bool "yes"
            """
        )
        // `!!bool "yes"` is the flag true: the tag, not the quotes, gives the type.
        #expect(lines == ["role.yaml:6:13: 'weight' must be a number, not text \"7\""])
    }
}
