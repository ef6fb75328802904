import Foundation
import Testing

@testable import ShortlistCore

/// `shortlist audit`: selection and scoring rates and impact ratios, checked against numbers worked out by hand.
@Suite struct AdverseImpactTests {
    /// Sixteen audited candidates and one skipped file. Selected = shortlist.
    ///
    ///     id   sex      race         selected  score
    ///     c01  Female   Asian        yes       90
    ///     c02  female   ASIAN        yes       85     (same groups, other spelling)
    ///     c03  Female   Asian                  70
    ///     c04  Female   Black        yes       88
    ///     c05  Female   Black                  60
    ///     c06  Female   Black                  40
    ///     c07  Male     Asian        yes       95
    ///     c08  Male     Asian        yes       80
    ///     c09  Male     Asian                  65
    ///     c10  Male     Black        yes       92
    ///     c11  Male     Black        yes       75     (exactly the median: not above it)
    ///     c12  Male     Black                  50
    ///     c13  Male     Declined     yes       78
    ///     c14  (empty)  Asian                  55
    ///     c15  (no row in the demographics file)   45
    ///     c16  Male     Black                  —      (unreadable file: no score)
    ///     c17  skipped hidden file: not a candidate, not audited
    ///
    /// The 15 scores sorted: 40 45 50 55 60 65 70 [75] 78 80 85 88 90 92 95 — median 75; above it: c13, c08, c02,
    /// c04, c01, c10, c07.
    static let demographicsCSV = """
        candidate_id,sex,race_ethnicity
        c01,Female,Asian
        c02,female,ASIAN
        c03,Female,Asian
        c04,Female,Black
        c05,Female,Black
        c06,Female,Black
        c07,Male,Asian
        c08,Male,Asian
        c09,Male,Asian
        c10,Male,Black
        c11,Male,Black
        c12,Male,Black
        c13,Male,Declined
        c14,,Asian
        c16,Male,Black
        c99,Female,Asian

        """

    static func run() -> RunDirectory {
        let rows: [(String, Bool, Double?)] = [
            ("c01", true, 90), ("c02", true, 85), ("c03", false, 70), ("c04", true, 88), ("c05", false, 60),
            ("c06", false, 40), ("c07", true, 95), ("c08", true, 80), ("c09", false, 65), ("c10", true, 92),
            ("c11", true, 75), ("c12", false, 50), ("c13", true, 78), ("c14", false, 55), ("c15", false, 45),
            ("c16", false, nil),
        ]
        var candidates = rows.map { id, selected, score in
            OversightFixture.candidate(
                id,
                OversightFixture.verdict(score == nil ? .error : selected ? .shortlist : .reject, score: score))
        }
        var skipped = OversightFixture.candidate("c17", OversightFixture.verdict(.error, score: nil))
        skipped.status = .skipped
        candidates.append(skipped)
        return OversightFixture.run(candidates, path: "/tmp/run")
    }

    static func report() throws -> AuditReport {
        let run = run()
        let records = try CSVRecordReader.records(in: demographicsCSV, file: "people.csv")
        let (demographics, problems) = Demographics.parse(
            records, file: "people.csv", resultsPath: "/tmp/run/results.jsonl"
        ) { run.candidate($0) != nil }
        #expect(problems.isEmpty)
        return AuditReport(run: run, demographics: try #require(demographics), demographicsPath: "people.csv")
    }

    /// Candidates, selected, above the median.
    private func counts(_ group: AdverseImpact.Group) -> [Int] { [group.count, group.selected, group.aboveMedian] }

    private func group(_ report: AuditReport, _ table: String, _ name: String) throws -> AdverseImpact.Group {
        let table = try #require(report.impact.tables.first { $0.category == table })
        return try #require(table.groups.first { $0.name == name })
    }

    @Test func medianAndPopulationAreTheRunsScoredAndAuditedCandidates() throws {
        let report = try Self.report()
        #expect(report.impact.audited == 16, "the skipped file is not a candidate")
        #expect(report.impact.scored == 15)
        #expect(report.impact.medianScore == 75)
        #expect(report.missingFromDemographics == 1)
        #expect(report.unscored == 1)
        #expect(report.skippedFiles == 1)
        #expect(report.notInRun.map(\.description).first?.hasPrefix("people.csv:17: candidate c99 is not in ") == true)
        #expect(report.impact.tables.map(\.category) == ["sex", "race_ethnicity", "sex × race_ethnicity"])
    }

    @Test func sexTableMatchesTheHandComputedRates() throws {
        let report = try Self.report()
        // Female: c01–c06. Selected c01, c02, c04 → 3/6 = 0.5. Above the median c01, c02, c04 → 3/6 = 0.5.
        // Male: c07–c13, c16. Selected c07, c08, c10, c11, c13 → 5/8 = 0.625. Above c07, c08, c10, c13 → 4/8 = 0.5.
        // Selection impact ratio of Female: 0.5 / 0.625 = 0.8 exactly — not below 0.8, so not flagged.
        let female = try group(report, "sex", "Female")
        #expect(counts(female) == [6, 3, 3])
        #expect(female.selectionRate == 0.5)
        #expect(female.selectionImpactRatio == 0.8)
        #expect(!female.selectionFlagged)
        #expect(female.scoringRate == 0.5)
        #expect(female.scoringImpactRatio == 1)
        let male = try group(report, "sex", "Male")
        #expect(counts(male) == [8, 5, 4])
        #expect(male.selectionRate == 0.625)
        #expect(male.selectionImpactRatio == 1)
        #expect(male.scoringImpactRatio == 1)
        // Unknown: c14 (empty) and c15 (no row): counted, not compared.
        let unknown = try group(report, "sex", "Unknown")
        #expect(counts(unknown) == [2, 0, 0])
        #expect(unknown.selectionImpactRatio == nil && unknown.scoringImpactRatio == nil)
        #expect(!female.isSmall && !male.isSmall, "6 and 8 candidates, 37.5% and 50% of 16")
    }

    @Test func raceTableFlagsBothRatiosOfTheDisadvantagedGroup() throws {
        let report = try Self.report()
        // Asian: c01, c02, c03, c07, c08, c09, c14 → selected 4/7, above 4/7.
        // Black: c04, c05, c06, c10, c11, c12, c16 → selected 3/7, above 2/7 (c11 is at the median, c16 unscored).
        // Black selection impact ratio (3/7) / (4/7) = 0.75, scoring (2/7) / (4/7) = 0.5: both below 0.8.
        let asian = try group(report, "race_ethnicity", "Asian")
        #expect(counts(asian) == [7, 4, 4])
        let black = try group(report, "race_ethnicity", "Black")
        #expect(counts(black) == [7, 3, 2])
        #expect(black.selectionImpactRatio == 0.75)
        #expect(black.scoringImpactRatio == 0.5)
        #expect(black.selectionFlagged && black.scoringFlagged)
        // Unknown: c13 (declined) and c15 (no row); c13 was selected and scored above the median.
        let unknown = try group(report, "race_ethnicity", "Unknown")
        #expect(counts(unknown) == [2, 1, 1])
        #expect(!unknown.selectionFlagged)
    }

    @Test func combinedTableComparesEveryKnownCombination() throws {
        let report = try Self.report()
        // Female × Asian c01–c03: 2/3 selected, 2/3 above. Female × Black c04–c06: 1/3, 1/3.
        // Male × Asian c07–c09: 2/3, 2/3. Male × Black c10, c11, c12, c16: 2/4, 1/4.
        // Highest selection and scoring rate 2/3 (Female × Asian first by name).
        // Female × Black: (1/3) / (2/3) = 0.5 and 0.5. Male × Black: (1/2) / (2/3) = 0.75, (1/4) / (2/3) = 0.375.
        // Unknown in either column: c13, c14, c15.
        let table = try #require(report.impact.tables.last)
        #expect(
            table.groups.map(\.name) == [
                "Female × Asian", "Female × Black", "Male × Asian", "Male × Black", "Unknown",
            ])
        #expect(table.groups.map(\.count) == [3, 3, 3, 4, 3])
        #expect(table.groups.map(\.selectionImpactRatio) == [1, 0.5, 1, 0.75, nil])
        #expect(table.groups.map(\.scoringImpactRatio) == [1, 0.5, 1, 0.375, nil])
        #expect(table.groups.map(\.selectionFlagged) == [false, true, false, true, false])
        #expect(table.groups.map(\.isSmall) == [true, true, true, true, false], "fewer than 5 candidates")
        #expect(table.highestSelection == "Female × Asian")
    }

    @Test func auditCSVHasOneRowPerGroupWithEveryMetricAndFlag() throws {
        let csv = String(decoding: try AuditCSV.render(try Self.report()), as: UTF8.self)
        let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let expected: [String] = [
            "category,group,count,share_of_audited,selected,selection_rate,selection_impact_ratio,above_median,"
                + "scoring_rate,scoring_impact_ratio,flags",
            "sex,Female,6,0.3750,3,0.5000,0.8000,3,0.5000,1.0000,",
            "sex,Male,8,0.5000,5,0.6250,1.0000,4,0.5000,1.0000,",
            "sex,Unknown,2,0.1250,0,0.0000,,0,0.0000,,unknown_not_compared",
            "race_ethnicity,Asian,7,0.4375,4,0.5714,1.0000,4,0.5714,1.0000,",
            "race_ethnicity,Black,7,0.4375,3,0.4286,0.7500,2,0.2857,0.5000,"
                + "selection_impact_below_0.8;scoring_impact_below_0.8",
            "race_ethnicity,Unknown,2,0.1250,1,0.5000,,1,0.5000,,unknown_not_compared",
            "sex × race_ethnicity,Female × Asian,3,0.1875,2,0.6667,1.0000,2,0.6667,1.0000,small_group",
            "sex × race_ethnicity,Female × Black,3,0.1875,1,0.3333,0.5000,1,0.3333,0.5000,"
                + "selection_impact_below_0.8;scoring_impact_below_0.8;small_group",
            "sex × race_ethnicity,Male × Asian,3,0.1875,2,0.6667,1.0000,2,0.6667,1.0000,small_group",
            "sex × race_ethnicity,Male × Black,4,0.2500,2,0.5000,0.7500,1,0.2500,0.3750,"
                + "selection_impact_below_0.8;scoring_impact_below_0.8;small_group",
            "sex × race_ethnicity,Unknown,3,0.1875,1,0.3333,,1,0.3333,,unknown_not_compared",
            "",
        ]
        #expect(rows == expected)
    }

    @Test func summaryNamesEveryFlagWithTheRatesBehindIt() throws {
        let summary = try Self.report().summary(outputPath: "/tmp/run/audit")
        let lines = summary.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "audited 16 candidates of /tmp/run (median score 75): 6 impact ratios below 0.8 → /tmp/run/audit")
        #expect(
            lines.contains("  race_ethnicity: Black selection impact ratio 0.75 (selected 3 of 7, 42.9%; Asian 57.1%)"))
        #expect(
            lines.contains(
                "  sex × race_ethnicity: Male × Black (small group) scoring impact ratio 0.38 (above the median 1 of 4, "
                    + "25.0%; Female × Asian 66.7%)"))
        #expect(lines.contains("  1 audited candidate has no row in people.csv: counted as Unknown"))
        #expect(!summary.contains("sex: Female"), "a ratio of exactly 0.8 is not flagged")
    }

    @Test func smallGroupsAreUnderFiveCandidatesOrUnderTwoPercent() {
        // 300 candidates: A 289, B 6 (2.0%: not small), C 5 (1.7%: small although it has 5 people).
        let candidates = (0..<300).map { (index: Int) -> AdverseImpact.Candidate in
            let group: String = index < 289 ? "A" : (index < 295 ? "B" : "C")
            return AdverseImpact.Candidate(
                candidateId: "c\(index)", selected: index % 3 == 0, score: Double(index % 100), values: [group])
        }
        let impact = AdverseImpact(
            candidates: candidates, categories: ["group"], medianOver: candidates.compactMap(\.score))
        #expect(impact.tables[0].groups.map(\.name) == ["A", "B", "C"])
        #expect(impact.tables[0].groups.map(\.isSmall) == [false, false, true])
    }

    @Test func noOneSelectedLeavesRatiosEmptyRatherThanFlagged() {
        let candidates = (0..<6).map {
            AdverseImpact.Candidate(candidateId: "c\($0)", selected: false, score: 10, values: [$0 < 3 ? "A" : "B"])
        }
        let impact = AdverseImpact(candidates: candidates, categories: ["group"], medianOver: [10, 10, 10])
        #expect(impact.tables[0].groups.map(\.selectionImpactRatio) == [nil, nil])
        #expect(impact.tables[0].groups.allSatisfy { !$0.selectionFlagged && !$0.scoringFlagged })
        #expect(impact.tables.count == 1, "one column: no combined table")
    }

    @Test func demographicsProblemsAreReportedWithTheirLines() throws {
        func problems(_ text: String) throws -> [String] {
            let records = try CSVRecordReader.records(in: text, file: "d.csv")
            return Demographics.parse(records, file: "d.csv", resultsPath: "r.jsonl") { $0.hasPrefix("c") }
                .problems.map(\.description)
        }
        #expect(
            try problems("id,sex\nc1,F\n") == [
                "d.csv:1: no 'candidate_id' column (name the id column candidate_id)"
            ])
        #expect(
            try problems("candidate_id\nc1\n") == [
                "d.csv:1: no category columns (add at least one, such as sex or race_ethnicity, after candidate_id)"
            ])
        #expect(
            try problems("candidate_id,sex,Sex\nc1,F,F\n") == ["d.csv:1: column 'Sex' appears twice (keep one)"])
        #expect(
            try problems("candidate_id,sex\nc1,F\nc2,M,extra\nc1,M\n,F\n") == [
                "d.csv:3: 3 fields where the header has 2 (put a value that contains a comma in double quotes)",
                "d.csv:4: candidate c1 is already on line 2 (keep one row per candidate)",
                "d.csv:5: no candidate_id (copy it from the run's results.jsonl)",
            ])
    }

    @Test func unknownSpellingsAreUnknownAndValuesGroupIgnoringCase() throws {
        let text = "candidate_id,sex\nc1,Female\nc2,FEMALE \nc3, Prefer not to say\nc4,N/A\nc5,declined\nc6,\n"
        let records = try CSVRecordReader.records(in: text, file: "d.csv")
        let demographics = try #require(
            Demographics.parse(records, file: "d.csv", resultsPath: "r.jsonl") { _ in true }.demographics)
        #expect(demographics.values["c1"] == ["Female"])
        #expect(demographics.values["c2"] == ["Female"], "grouped with the first spelling")
        #expect(["c3", "c4", "c5", "c6"].allSatisfy { demographics.values[$0] == [nil] })
    }

    @Test func auditPageIsSelfContainedAndEscapesWhatTheDemographicsFileSays() throws {
        var report = try Self.report()
        report.role = "Backend <Engineer>"
        report.impact.tables[0].groups[0].name = "<img src=x onerror=alert(1)>"
        let html = AuditHTML.render(report)

        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<img"), "values from files are HTML-escaped")
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Backend &lt;Engineer&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("<td class=\"flag\">0.75</td>"), "Black's selection ratio is highlighted")
        #expect(html.contains("people.csv:17: candidate c99 is not in"), "warnings are on the page")
        #expect(html == AuditHTML.render(report), "the page depends only on the report")
    }
}
