import Testing

@testable import ShortlistCore

private func lines(_ texts: [String], section: SectionKind) -> [ResumeLayout.Line] {
    texts.map { ResumeLayout.Line(text: $0, section: section, heading: false) }
}

/// Each extractor reads ASCII lines (with `·`, `–`, `•` between fields) byte by byte and every other line Character
/// by Character; these cases pair the two so both keep giving the same answers.
@Suite("Extracting details from resume text")
struct TextExtractionTests {
    // MARK: - Contact

    @Test(arguments: [
        ("Berlin, Germany · jane@example.org · 030 1234 5678", "Berlin, Germany"),
        ("Kraków, Poland · zoe@example.org · +48 12 345 67 89", "Kraków, Poland"),
        ("Location: São Paulo, Brazil | open to relocation", "São Paulo, Brazil"),
    ])
    func locationIsTheCityAndRegionPart(_ line: String, _ expected: String) {
        #expect(ContactExtractor.location(in: line, name: nil) == expected)
    }

    @Test(arguments: ["Jane Doe, CPA · Austin, TX", "Zoë Łukasiewicz, CPA · Kraków, Poland"])
    func theNameIsNotTakenForALocation(_ line: String) {
        let name = ContactExtractor.withoutPostNominals(String(line.split(separator: "·")[0]))
        #expect(ContactExtractor.location(in: line, name: name)?.contains(",") == true)
        #expect(ContactExtractor.location(in: line, name: name)?.hasPrefix(name) == false)
    }

    @Test(
        arguments: [
            ("Jane van Doe", "Jane van Doe"), ("Zoë Łukasiewicz", "Zoë Łukasiewicz"),
            ("  Samuel O. Adeyemi ", "Samuel O. Adeyemi"),
            ("Renée Müller, FCCA", "Renée Müller"), ("Jane Doe – Nurse", nil), ("Zoë Łukasiewicz – Engineer", nil),
            ("jane doe", nil), ("Jane Doe 2024", nil),
        ] as [(String, String?)])
    func aNameIsTwoToFiveCapitalisedWords(_ line: String, _ expected: String?) {
        #expect(ContactExtractor.name(in: line) == expected)
    }

    @Test(arguments: [
        ("Jane Doe, CPA, M.D.", "Jane Doe"), ("NGUYỄN THỊ LAN, BSN, RN, CCRN", "NGUYỄN THỊ LAN"),
        ("DOE, JOHN", "DOE, JOHN"),
        ("John Smith, III", "John Smith, III"), ("Zoë Łukasiewicz, PhD", "Zoë Łukasiewicz"),
    ])
    func postNominalsAreDroppedFromNames(_ text: String, _ expected: String) {
        #expect(ContactExtractor.withoutPostNominals(text) == expected)
    }

    @Test(
        arguments: [
            ("Austin, TX · +1 (512) 555-0139 · jane@example.org", "+1 (512) 555-0139"),
            ("Kraków · tel. +48 12 345 67 89 · zoë@example.org", "+48 12 345 67 89"),
            ("Worked 2015-2019 and 2019-2023 at Acme", nil), ("Berlin · Tel 030 1234 5678", "030 1234 5678"),
        ] as [(String, String?)])
    func aPhoneIsNineToFifteenDigitsThatAreNotYears(_ line: String, _ expected: String?) {
        #expect(ContactExtractor.phone(in: line) == expected)
    }

    @Test func agencyLinesGiveNoContactDetails() {
        let contact = ContactExtractor.complete(
            Contact(),
            lines: lines(
                [
                    "Zoë Łukasiewicz", "Submitted by Example Staffing · agent@example.com · 020 7946 0958",
                    "Kraków, Poland · zoe@example.org · +48 12 345 67 89",
                ], section: .summary))
        #expect(contact.name == "Zoë Łukasiewicz")
        #expect(contact.email == "zoe@example.org")
        #expect(contact.phone == "+48 12 345 67 89")
        #expect(contact.location == "Kraków, Poland")
    }

    // MARK: - Experience

    @Test(arguments: [
        ("Staff Nurse — St. Mary's Hospital | 2019–2021", "Staff Nurse", "St. Mary's Hospital"),
        ("Pflegefachkraft — Charité Berlin | 2019–2021", "Pflegefachkraft", "Charité Berlin"),
        ("Accountant at Deloitte (Kraków) · 03.2016 – 11.2019", "Accountant", "Deloitte (Kraków)"),
        ("Accountant at Deloitte (London · 03/2016 – 11/2019", "Accountant", "Deloitte (London)"),
    ])
    func aDatedLineGivesTitleAndEmployer(_ line: String, _ title: String, _ employer: String) {
        let entries = ExperienceExtractor.entries(in: lines([line, "• Did things"], section: .experience))
        #expect(entries.count == 1)
        #expect(entries.first?.title == title)
        #expect(entries.first?.employer == employer)
        #expect(entries.first?.lines == 1...2)
    }

    @Test(arguments: ["Senior Engineer, Acme Corp", "Ingénieure principale, Société Générale"])
    func aDateLineWithoutTitleTakesTheLineAbove(_ above: String) {
        let entries = ExperienceExtractor.entries(
            in: lines([above, "Jan 2020 – Present (full time)", "• Did things"], section: .experience))
        #expect(entries.first?.title == String(above.split(separator: ",")[0]))
        #expect(entries.first?.dates == DateRange(start: YearMonth(year: 2020, month: 1), end: nil))
        #expect(entries.first?.lines == 1...3)
    }

    // MARK: - Dates

    @Test(
        arguments: [
            ("März 2019 – 2021 · Berlin", YearMonth(year: 2019, month: 1), YearMonth(year: 2021, month: 12)),
            ("Kraków, 03.2016 – 11.2019", YearMonth(year: 2016, month: 3), YearMonth(year: 2019, month: 11)),
            ("Sept. 2014 to Dec 2017", YearMonth(year: 2014, month: 9), YearMonth(year: 2017, month: 12)),
        ] as [(String, YearMonth, YearMonth?)])
    func dateRangesAreReadAroundWordsInOtherLanguages(_ line: String, _ start: YearMonth, _ end: YearMonth?) {
        #expect(DateRangeParser.firstRange(in: line)?.range == DateRange(start: start, end: end))
    }

    @Test func aRangeToDateIsOngoing() {
        #expect(DateRangeParser.firstRange(in: "Styczeń 2020 to date")?.range.end == nil)
        #expect(DateRangeParser.firstRange(in: "Styczeń 2020 – obecnie") == nil)
    }

    @Test func onlyRunsOfFourDigitsAreYears() {
        #expect(DateRangeParser.firstRange(in: "Cut costs by 12% at 3 sites and 45 teams") == nil)
        #expect(DateRangeParser.firstRange(in: "Order 12019–20201") == nil)
        #expect(DateRangeParser.firstRange(in: "Order 12019–2020–2021")?.range.start == YearMonth(year: 2020, month: 1))
        #expect(DateRangeParser.lastYear(in: "Class of 19 · 2012") == 2012)
        #expect(DateRangeParser.lastYear(in: "Matrikel 1234567") == nil)
    }

    @Test func theLastYearOfALineIsItsGraduationYear() {
        #expect(DateRangeParser.lastYear(in: "Uniwersytet Jagielloński, 2008–2012") == 2012)
        #expect(DateRangeParser.singleDate("2019-03", isEnd: true) == YearMonth(year: 2019, month: 3))
        #expect(DateRangeParser.singleDate("2019", isEnd: true) == YearMonth(year: 2019, month: 12))
    }

    // MARK: - Education

    @Test(
        arguments: [
            ("PhD, ETH Zürich", EducationLevel.doctorate), ("Doctor of Pharmacy", .doctorate), ("Doctor Who", nil),
            ("M.S. Nursing", .master), ("MS in Finance", .master), ("MS Office", nil), ("B.A. History", .bachelor),
            ("BA (Hons) English", .bachelor), ("Associate's degree", .associate), ("Associates in Arts", .associate),
            ("Associates", nil), ("A.A. Liberal Arts", .associate), ("as a nurse", nil),
            ("High School Diploma", .highSchool),
            ("Secondary education", .highSchool), ("high scores", nil), ("Diplôme d'ingénieur", .master),
            ("GED and BSc", .bachelor), ("Engineer's degree", .bachelor), ("Engineer", nil),
        ] as [(String, EducationLevel?)])
    func degreeWordsNameALevelInTheirContext(_ line: String, _ level: EducationLevel?) {
        #expect(EducationExtractor.level(in: line) == level)
    }

    @Test(
        arguments: [
            (
                "B.Sc. Computer Science, University of Edinburgh, 2012", EducationLevel.bachelor, "Computer Science",
                "University of Edinburgh"
            ),
            (
                "Master of Science in Informatik – Technische Universität München", .master, "Informatik",
                "Technische Universität München"
            ),
            ("Magister inż. (Engineer's degree), Politechnika Wrocławska", .bachelor, "Magister inż.", nil),
            ("MBA — Université Paris-Dauphine", .master, nil, "Université Paris-Dauphine"),
        ] as [(String, EducationLevel, String?, String?)])
    func aDegreeLineGivesLevelFieldAndSchool(
        _ line: String, _ level: EducationLevel, _ field: String?, _ school: String?
    ) {
        #expect(EducationExtractor.level(in: line) == level)
        #expect(EducationExtractor.field(in: line) == field)
        #expect(EducationExtractor.institution(in: line) == school)
    }

    @Test(
        arguments: [
            ("Politechnika Wrocławska; Universidade de São Paulo, 2012", "Universidade de São Paulo"),
            ("Uniwersytet Jagielloński, Kraków", nil),
            ("M.Sc., Łódź University of Technology", "Łódź University of Technology"),
            ("University\u{00A0}of Łódź\u{00A0}, 2012", "University\u{00A0}of Łódź"),
        ] as [(String, String?)])
    func theInstitutionIsThePartNamingASchool(_ text: String, _ expected: String?) {
        #expect(EducationExtractor.institution(in: text) == expected)
    }

    @Test func aHighSchoolIsNotAnInstitution() {
        #expect(EducationExtractor.institution(in: "Diploma, Lincoln High School") == nil)
        #expect(EducationExtractor.institution(in: "Abitur, Gymnasium München · High School") == nil)
    }

    // MARK: - Headings

    @Test(
        arguments: [
            ("Skills & Tools", SectionKind.skills), ("WORK HISTORY:", .experience), ("Education · 2024", .education),
            ("Berufserfahrung", nil), ("Zoë's Work Experience:", .experience),
            ("Licences & Certifications", .certifications), ("José García", nil), ("Zoë's skills", nil),
            ("ZOË'S SKILLS", .skills), ("Zoë — skills:", .skills), ("Expérience", nil),
        ] as [(String, SectionKind?)])
    func headingsAreRecognisedFromTheirWords(_ line: String, _ kind: SectionKind?) {
        #expect(SectionHeadings.classify(line, emphasized: false) == kind)
    }

    @Test func headingKeysAreLowercaseWordsWithAmpersandsSpelledOut() {
        #expect(SectionHeadings.normalizedKey("Skills & Tools · 2024") == "skills and tools")
        #expect(SectionHeadings.normalizedKey("Zoë's Skills") == "zoë s skills")
    }

    @Test func elementHintsNameTheirSection() {
        #expect(SectionHeadings.classify(elementHint: "WorkHistory") == .experience)
        #expect(SectionHeadings.classify(elementHint: "cv-Licences") == .certifications)
        #expect(SectionHeadings.classify(elementHint: "sidebar") == nil)
    }
}
