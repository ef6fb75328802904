import Foundation
import Testing

@testable import ShortlistCore

/// Reads `bytes` the way `shortlist screen` does.
private func read(_ bytes: [UInt8], path: String) throws(ResumeReadError) -> Resume {
    ShortlistEngine.prepare()
    return try ResumeReader().read(bytes: bytes, path: path)
}

private func read(_ text: String, path: String = "resume.txt") throws(ResumeReadError) -> Resume {
    try read(Array(text.utf8), path: path)
}

private func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month) }

/// Section kinds with their headings, in reading order.
private func outline(_ resume: Resume) -> [String] {
    resume.sections.map { section in section.kind.rawValue + (section.heading.map { " \"\($0)\"" } ?? "") }
}

private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

@Suite("Reading resumes")
struct ResumeReadingTests {
    // MARK: - Formats

    @Test func htmlResumeYieldsSectionsContactRolesAndDegrees() throws {
        let resume = try read(
            """
            <!DOCTYPE html>
            <html><head><title>Ana Souza - Resume</title></head><body>
            <h1>Ana Souza</h1>
            <p>ana.souza@example.com · +55 11 5555 0101</p>
            <h2>Experience</h2>
            <h3>Senior Engineer — Acme Corp</h3>
            <p>Jan 2018 – Present</p>
            <ul><li>Built payment APIs in Swift.</li></ul>
            <h2>Education</h2>
            <p>B.Sc. Computer Science, University of Lisbon, 2012</p>
            <h2>Skills</h2>
            <ul><li>Swift, Vapor</li></ul>
            </body></html>
            """, path: "ana.html")

        #expect(resume.format == .html)
        #expect(
            outline(resume) == ["other", "experience \"Experience\"", "education \"Education\"", "skills \"Skills\""])
        #expect(resume.contact.name == "Ana Souza")
        #expect(resume.contact.email == "ana.souza@example.com")
        #expect(resume.contact.phone == "+55 11 5555 0101")
        #expect(resume.experience.count == 1)
        #expect(resume.experience.first?.title == "Senior Engineer")
        #expect(resume.experience.first?.employer == "Acme Corp")
        #expect(resume.experience.first?.dates == DateRange(start: month(2018, 1), end: nil))
        #expect(resume.experience.first?.dates?.isOngoing == true)
        #expect(resume.education.map(\.level) == [.bachelor])
        #expect(resume.education.first?.field == "Computer Science")
    }

    @Test func xhtmlResumeIsReadAsXHTMLWithItsSections() throws {
        let resume = try read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>CV</title></head><body>
            <h1>Zoë Åkesson</h1>
            <p><a href="mailto:zoe@example.org">zoe@example.org</a> · +46 70 555 01 93</p>
            <div id="experience"><h2>Work Experience</h2>
              <h3>Staff Engineer | Kvadrat Bank</h3><p>2015-2019</p>
            </div>
            <div id="education"><h2>Education</h2><p>M.Sc. in Mathematics, KTH, 2014</p></div>
            </body></html>
            """, path: "zoe.xhtml")

        #expect(resume.format == .xhtml)
        #expect(outline(resume) == ["other", "experience \"Work Experience\"", "education \"Education\""])
        #expect(resume.contact.name == "Zoë Åkesson")
        #expect(resume.contact.email == "zoe@example.org")
        #expect(resume.contact.phone == "+46 70 555 01 93")
        #expect(resume.experience.map(\.title) == ["Staff Engineer"])
        #expect(resume.experience.map(\.employer) == ["Kvadrat Bank"])
        #expect(resume.experience.first?.dates == DateRange(start: month(2015, 1), end: month(2019, 12)))
        #expect(resume.education.map(\.level) == [.master])
        #expect(resume.education.first?.field == "Mathematics")
    }

    @Test func genericXMLTakesSectionsFromElementNames() throws {
        let resume = try read(
            """
            <?xml version="1.0"?>
            <resume>
              <name>Ana Souza</name>
              <email>ana@example.com</email>
              <phone>+351 21 555 0199</phone>
              <experience>
                <job><title>Data Engineer — Lisboa Labs</title><dates>03/2016 to 11/2019</dates></job>
              </experience>
              <education><degree>Master of Science in Statistics</degree></education>
              <skills><skill>Python</skill></skills>
            </resume>
            """, path: "ana.xml")

        #expect(resume.format == .xml)
        #expect(resume.sections.map(\.kind) == [.other, .experience, .education, .skills])
        #expect(resume.sections.allSatisfy { $0.heading == nil })
        #expect(resume.contact.name == "Ana Souza")
        #expect(resume.contact.email == "ana@example.com")
        #expect(resume.contact.phone == "+351 21 555 0199")
        #expect(resume.experience.map(\.title) == ["Data Engineer"])
        #expect(resume.experience.map(\.employer) == ["Lisboa Labs"])
        #expect(resume.experience.first?.dates == DateRange(start: month(2016, 3), end: month(2019, 11)))
        #expect(resume.education.map(\.level) == [.master])
        #expect(resume.education.first?.field == "Statistics")
    }

    /// A small HR-XML candidate, its elements written with `prefix` (e.g. `hr:`) or in the default namespace.
    private func hrXML(prefix: String) -> String {
        let p = prefix
        let xmlns = p.isEmpty ? "xmlns" : "xmlns:" + p.dropLast()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <\(p)Candidate \(xmlns)="http://www.hr-xml.org/3">
              <\(p)CandidatePerson>
                <\(p)PersonName><\(p)FormattedName>Łukasz Wróbel</\(p)FormattedName></\(p)PersonName>
                <\(p)Communication>
                  <\(p)ChannelCode>Email</\(p)ChannelCode><\(p)URI>lukasz@example.com</\(p)URI>
                </\(p)Communication>
                <\(p)Communication>
                  <\(p)ChannelCode>Telephone</\(p)ChannelCode>
                  <\(p)FormattedNumber>+48 12 555 0147</\(p)FormattedNumber>
                </\(p)Communication>
              </\(p)CandidatePerson>
              <\(p)CandidateProfile>
                <\(p)ExecutiveSummary>Backend engineer.</\(p)ExecutiveSummary>
                <\(p)EmploymentHistory>
                  <\(p)EmployerHistory>
                    <\(p)OrganizationName>Koszyk.pl</\(p)OrganizationName>
                    <\(p)PositionHistory>
                      <\(p)PositionTitle>Senior Backend Engineer</\(p)PositionTitle>
                      <\(p)StartDate><\(p)FormattedDateTime>2021-09</\(p)FormattedDateTime></\(p)StartDate>
                      <\(p)CurrentIndicator>true</\(p)CurrentIndicator>
                    </\(p)PositionHistory>
                  </\(p)EmployerHistory>
                  <\(p)EmployerHistory>
                    <\(p)OrganizationName>Comarch</\(p)OrganizationName>
                    <\(p)PositionHistory>
                      <\(p)PositionTitle>Software Engineer</\(p)PositionTitle>
                      <\(p)StartDate><\(p)FormattedDateTime>2016-07</\(p)FormattedDateTime></\(p)StartDate>
                      <\(p)EndDate><\(p)FormattedDateTime>2021-08</\(p)FormattedDateTime></\(p)EndDate>
                    </\(p)PositionHistory>
                  </\(p)EmployerHistory>
                </\(p)EmploymentHistory>
                <\(p)EducationHistory>
                  <\(p)EducationOrganizationAttendance>
                    <\(p)OrganizationName>AGH University</\(p)OrganizationName>
                    <\(p)EducationDegree><\(p)DegreeName>Master of Science</\(p)DegreeName></\(p)EducationDegree>
                    <\(p)ProgramName>Computer Science</\(p)ProgramName>
                  </\(p)EducationOrganizationAttendance>
                </\(p)EducationHistory>
                <\(p)Qualifications>
                  <\(p)PersonCompetency><\(p)CompetencyName>Swift</\(p)CompetencyName></\(p)PersonCompetency>
                </\(p)Qualifications>
              </\(p)CandidateProfile>
            </\(p)Candidate>
            """
    }

    @Test(arguments: ["", "hr:"])
    func hrXMLCandidateIsReadAsStructuredData(prefix: String) throws {
        let resume = try read(hrXML(prefix: prefix), path: "lukasz.xml")

        #expect(resume.format == .hrOpen)
        #expect(resume.sections.map(\.kind) == [.other, .summary, .experience, .education, .skills])
        #expect(resume.contact.name == "Łukasz Wróbel")
        #expect(resume.contact.email == "lukasz@example.com")
        #expect(resume.contact.phone == "+48 12 555 0147")
        #expect(resume.experience.map(\.title) == ["Senior Backend Engineer", "Software Engineer"])
        #expect(resume.experience.map(\.employer) == ["Koszyk.pl", "Comarch"])
        #expect(
            resume.experience.map(\.dates) == [
                DateRange(start: month(2021, 9), end: nil), DateRange(start: month(2016, 7), end: month(2021, 8)),
            ])
        #expect(resume.education.map(\.level) == [.master])
        #expect(resume.education.first?.field == "Computer Science")
        #expect(resume.education.first?.institution == "AGH University")
    }

    @Test func plainTextResumeYieldsSectionsContactRolesAndDegrees() throws {
        let resume = try read(
            """
            Marcus Oyelaran
            Austin, TX
            marcus@example.com | (512) 555-0139

            Summary:
            Backend engineer.

            Work History:
            Staff Engineer — Lonestar Pay
            Jan 2022 – Present
            - Built a ledger.

            Education:
            B.S. Computer Science, University of Texas, 2015

            Technical Skills
            Swift, Go
            """)

        #expect(resume.format == .text)
        #expect(
            outline(resume) == [
                "other", "summary \"Summary:\"", "experience \"Work History:\"", "education \"Education:\"",
                "skills \"Technical Skills\"",
            ])
        #expect(resume.sections.map(\.lines) == [1...4, 5...7, 8...12, 13...15, 16...17])
        #expect(resume.contact.name == "Marcus Oyelaran")
        #expect(resume.contact.email == "marcus@example.com")
        #expect(resume.contact.phone == "(512) 555-0139")
        #expect(resume.experience.map(\.title) == ["Staff Engineer"])
        #expect(resume.experience.map(\.employer) == ["Lonestar Pay"])
        #expect(resume.experience.first?.dates == DateRange(start: month(2022, 1), end: nil))
        #expect(resume.experience.first?.lines == 9...12)
        #expect(resume.education.map(\.level) == [.bachelor])
        #expect(resume.education.first?.field == "Computer Science")
    }

    @Test func htmlContentNamedTxtIsReadAsHTML() throws {
        let resume = try read("<html><body><h1>Ana Souza</h1><h2>Skills</h2><p>Swift</p></body></html>", path: "cv.txt")
        #expect(resume.format == .html)
        #expect(resume.text == "Ana Souza\nSkills\nSwift")
    }

    @Test func plainTextNamedHTMLIsReadAsText() throws {
        let resume = try read("Ana Souza\nSkills\n<Swift> and Vapor", path: "cv.html")
        #expect(resume.format == .text)
        #expect(resume.text == "Ana Souza\nSkills\n<Swift> and Vapor")
    }

    @Test func tableLayoutWithBoldSectionCellsHasSections() throws {
        let resume = try read(
            """
            <html><body><table>
            <tr><td><b>SUMMARY</b></td><td>Resident physician.</td></tr>
            <tr><td><b>EDUCATION</b></td><td>Doctor of Medicine (MD), Lakeshore University, 2024</td></tr>
            </table></body></html>
            """, path: "table.html")
        #expect(outline(resume) == ["summary \"SUMMARY\"", "education \"EDUCATION\""])
        #expect(resume.education.map(\.level) == [.doctorate])
    }

    // MARK: - Encodings

    @Test func utf8WithBOMDropsTheBOM() throws {
        let resume = try read([0xEF, 0xBB, 0xBF] + Array("Renée Dupont\nrenee@example.com".utf8), path: "r.txt")
        #expect(resume.notes.encoding == .utf8)
        #expect(resume.text == "Renée Dupont\nrenee@example.com")
        #expect(resume.contact.name == "Renée Dupont")
    }

    @Test(arguments: [false, true])
    func utf16WithBOMIsDecoded(bigEndian: Bool) throws {
        let bytes = utf16("Zoë Åkesson\r\nzoe@example.org\r\n", bigEndian: bigEndian, bom: true)
        let resume = try read(bytes, path: "z.txt")
        #expect(resume.notes.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(resume.contact.name == "Zoë Åkesson")
        #expect(resume.contact.email == "zoe@example.org")
    }

    @Test(arguments: [false, true])
    func utf16WithoutBOMIsRecognisedFromItsNULBytes(bigEndian: Bool) throws {
        let bytes = utf16("Ana Souza\nSkills\nSwift, Kubernetes\n", bigEndian: bigEndian, bom: false)
        let resume = try read(bytes, path: "a.txt")
        #expect(resume.notes.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(resume.text == "Ana Souza\nSkills\nSwift, Kubernetes\n")
        #expect(resume.sections.map(\.kind) == [.other, .skills])
    }

    /// Unpaired surrogates, pairs, NULs, a last odd byte: the decoded text is what the standard library makes of the
    /// same code units.
    @Test(arguments: [false, true])
    func utf16IsDecodedAsTheStandardLibraryDecodesIt(bigEndian: Bool) {
        let pieces: [[UInt16]] = [
            [0x41], [0xE9], [0x20AC], [0xD83D, 0xDE00], [0xD83D], [0xDE00], [0xDBFF, 0xDFFF], [0xD800, 0x41], [0],
            [0xFFFF], [0x7FF, 0x800], [0xDC00, 0xD800],
        ]
        var state: UInt64 = 2026
        for length in 0..<300 {
            var units: [UInt16] = [0xFEFF]
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                units += pieces[Int(state >> 33) % pieces.count]
            }
            var bytes = units.flatMap {
                bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)]
            }
            if length % 7 == 3 { bytes.append(0x41) }
            let decoded = TextDecoding.decode(bytes)
            #expect(decoded.encoding == (bigEndian ? .utf16BE : .utf16LE))
            let expected = String(decoding: units.dropFirst(), as: UTF16.self)
            #expect(Array(decoded.text.utf8) == Array(expected.utf8), "length \(length)")
        }
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "Renée Müller", then “Café” – 2019 with cp1252 curly quotes and en dash.
        let bytes: [UInt8] =
            Array("Ren".utf8) + [0xE9] + Array("e M".utf8) + [0xFC] + Array("ller\nOwner of ".utf8) + [0x93]
            + Array("Caf".utf8) + [0xE9, 0x94] + Array(" ".utf8) + [0x96] + Array(" 2019".utf8)
        let resume = try read(bytes, path: "renee.txt")
        #expect(resume.notes.encoding == .windows1252)
        #expect(resume.text == "Renée Müller\nOwner of “Café” – 2019")
        #expect(resume.contact.name == "Renée Müller")
    }

    @Test func htmlDeclaringWindows1252IsDecodedAsWindows1252() throws {
        let bytes: [UInt8] =
            Array("<html><head><meta charset=windows-1252></head><body><h1>Ren".utf8) + [0xE9]
            + Array("e Dupont</h1><p>Caf".utf8) + [0xE9] + Array(" owner ".utf8) + [0x96]
            + Array(" 2019</p></body></html>".utf8)
        let resume = try read(bytes, path: "renee.html")
        #expect(resume.format == .html)
        #expect(resume.notes.encoding == .windows1252)
        #expect(resume.contact.name == "Renée Dupont")
        #expect(resume.text == "Renée Dupont\nCafé owner – 2019")
    }

    @Test func htmlDeclaringISO88592IsDecodedWithThatCharset() throws {
        // "Łukasz Wróbel" in ISO-8859-2: Ł = 0xA3, ó = 0xF3.
        let bytes: [UInt8] =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">".utf8)
            + Array("</head><body><h1>".utf8) + [0xA3] + Array("ukasz Wr".utf8) + [0xF3]
            + Array("bel</h1><p>Krak".utf8) + [0xF3] + Array("w</p></body></html>".utf8)
        let resume = try read(bytes, path: "lukasz.html")
        #expect(resume.notes.encoding == .declared)
        #expect(resume.contact.name == "Łukasz Wróbel")
        #expect(resume.text == "Łukasz Wróbel\nKraków")
    }

    // MARK: - Damaged and unusable files

    @Test func malformedHTMLIsRecoveredWithItsTextKept() throws {
        let resume = try read(
            "<html><body><h1>Ana Souza</h1><p>Swift <b><i>Vapor</b></i><p>Kubernetes</body>", path: "a.html")
        #expect(resume.notes.recovered)
        #expect(resume.notes.parserIssue != nil)
        #expect(resume.text == "Ana Souza\nSwift Vapor\nKubernetes")
    }

    @Test func wellFormedHTMLIsNotFlaggedRecovered() throws {
        let resume = try read("<html><body><h1>Ana Souza</h1><p>Swift</p></body></html>", path: "a.html")
        #expect(!resume.notes.recovered)
        #expect(resume.notes.parserIssue == nil)
    }

    @Test func truncatedXMLKeepsItsReadablePart() throws {
        let resume = try read(
            """
            <?xml version="1.0"?>
            <resume><name>Ana Souza</name><skills><skill>Swift</skill><skill>Vap
            """, path: "a.xml")
        #expect(resume.format == .xml)
        #expect(resume.notes.recovered)
        #expect(resume.contact.name == "Ana Souza")
        #expect(resume.text.hasPrefix("Ana Souza\nSwift"))
        #expect(resume.section(ofLine: 2) == .skills)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: ResumeReadError.empty) { try read([], path: "empty.txt") }
    }

    @Test func whitespaceOnlyFileIsAnError() {
        #expect(throws: ResumeReadError.empty) { try read(" \n\t  \r\n\u{00A0}\n", path: "blank.txt") }
    }

    @Test(
        arguments: [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "a PNG image"),
            (Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "a PDF document"),
        ] as [([UInt8], String)])
    func knownBinaryFormatsAreRejectedByTheirMagic(bytes: [UInt8], kind: String) {
        #expect(throws: ResumeReadError.binary(kind: kind)) { try read(bytes, path: "resume.txt") }
    }

    @Test func randomBytesAreRejectedAsBinary() {
        var generator = SeededRandom(seed: 42)
        var bytes = (0..<2048).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[0] = 0x01  // not a BOM, not a known magic
        #expect(throws: ResumeReadError.binary(kind: "binary data")) { try read(bytes, path: "resume.txt") }
    }

    // MARK: - Hidden text

    @Test(arguments: [
        "display:none", "display: none", "visibility:hidden", "font-size:0", "font-size: 0px", "color:#ffffff",
        "color: white",
    ])
    func textHiddenWithCSSIsSetAsideNotRead(style: String) throws {
        let resume = try read(
            "<html><body><p>I write Swift every day.</p><p style=\"\(style)\">Kubernetes Terraform</p></body></html>",
            path: "a.html")
        #expect(resume.text == "I write Swift every day.")
        #expect(resume.notes.hiddenText.contains("Kubernetes Terraform"))
    }

    @Test func whiteTextOnADarkBackgroundIsRead() throws {
        let resume = try read(
            "<html><body><p style=\"color:#fff; background:#003366\">Kubernetes Terraform</p></body></html>",
            path: "a.html")
        #expect(resume.text == "Kubernetes Terraform")
        #expect(resume.notes.hiddenText.isEmpty)
    }

    @Test(arguments: [
        "<style>.ats { font-size: 1px; color: #fff }</style>",
        "<style>\r\nbody { margin: 0 }\r\ndiv > p.ats\r\n{\r\n  display: none;\r\n}\r\n</style>",
        "<style>\th1, .intro,\t.ats\t{ visibility: hidden }</style>",
        "<style>.other{color:#333} .ATS{opacity:0}</style>",
    ])
    func textHiddenByAStyleSheetClassIsSetAside(sheet: String) throws {
        let resume = try read(
            "<html><head>\(sheet)</head><body><p>I write Swift every day.</p><p class=\"ats\">Kubernetes Terraform</p>"
                + "</body></html>", path: "a.html")
        #expect(resume.text == "I write Swift every day.")
        #expect(resume.notes.hiddenText.contains("Kubernetes Terraform"))
    }

    @Test func styleSheetRulesThatHideNothingLeaveTextReadable() throws {
        let resume = try read(
            "<html><head><style>#keywords { color: #fff; background: #000 } .ats { display: block }</style></head>"
                + "<body><p id=\"keywords\">Kubernetes</p><p class=\"ats\">Terraform</p></body></html>",
            path: "a.html")
        #expect(resume.text == "Kubernetes\nTerraform")
        #expect(resume.notes.hiddenText.isEmpty)
    }

    // MARK: - Plain-text headings

    @Test(
        arguments: [
            ("EXPERIENCE", SectionKind.experience), ("Work History:", .experience), ("Education:", .education),
            ("Technical Skills", .skills), ("LICENSES & CERTIFICATIONS", .certifications),
            ("Professional Summary", .summary),
        ] as [(String, SectionKind)])
    func plainTextHeadingStartsItsSection(heading: String, kind: SectionKind) throws {
        let resume = try read("Ana Souza\n\(heading)\nSomething written here\n")
        #expect(resume.sections.count == 2)
        #expect(resume.sections.last?.kind == kind)
        #expect(resume.sections.last?.heading == heading)
        #expect(resume.sections.last?.lines == 2...4)
    }

    @Test func ordinaryLineMentioningASectionIsNotAHeading() throws {
        let resume = try read("Ana Souza\nSkills\nExperience with Kubernetes and AWS in production\n")
        #expect(outline(resume) == ["other", "skills \"Skills\""])
    }

    @Test func underlinedLineIsAHeading() throws {
        let underlined = try read("Ana Souza\n\nEmployment Record\n=================\nNurse, City Hospital\n")
        #expect(outline(underlined) == ["other", "experience \"Employment Record\""])
        #expect(underlined.section(ofLine: 5) == .experience)

        let dashed = try read("Ana Souza\n\nSelected Skills\n---------------\nExcel\n")
        #expect(dashed.section(ofLine: 5) == .skills)
    }

    @Test func underlineBetweenUnicodeSpacesOrAfterCRLFIsAnUnderline() throws {
        let spaced = try read("Ana Souza\r\n\r\nEmployment Record\r\n\u{A0}=================\u{2003}\r\nNurse\r\n")
        #expect(spaced.section(ofLine: 5) == .experience)

        let bulleted = try read("Ana Souza\n\nEmployment Record\n• ===============\nNurse\n")
        #expect(bulleted.section(ofLine: 5) == .other)
    }

    @Test func accentedLinesAreHeadingsOnlyWhenTheyLookLikeOne() throws {
        let resume = try read(
            "José García\nZoë's Work Experience:\nNurse\nRésumé skills\nWord\nCOMPÉTENCES & SKILLS\nExcel\n")
        #expect(resume.section(ofLine: 3) == .experience)
        #expect(resume.section(ofLine: 5) == .experience)
        #expect(resume.section(ofLine: 7) == .skills)
    }

    @Test func sameLineWithoutUnderlineIsNotAHeading() throws {
        let resume = try read("Ana Souza\n\nEmployment Record\nNurse, City Hospital\n")
        #expect(resume.sections.map(\.kind) == [.other])
    }

    @Test func textBeforeAnyHeadingIsInSectionOther() throws {
        let resume = try read("Ana Souza\nLisbon, Portugal\n\nEXPERIENCE\nNurse, City Hospital (2019 – 2021)\n")
        #expect(resume.sections.first?.kind == .other)
        #expect(resume.sections.first?.heading == nil)
        #expect(resume.sections.first?.lines == 1...3)
        #expect(resume.section(ofLine: 2) == .other)
        #expect(resume.section(ofLine: 5) == .experience)
    }

    // MARK: - Dates

    @Test(
        arguments: zip(
            [
                "Jan 2018 – Present", "2015-2019", "03/2016 to 11/2019", "2019 – now", "March 2014 - December 2017",
                "2020–current", "Sept. 2012 until 2014", "2019-03 – 2021-07",
            ],
            [
                DateRange(start: YearMonth(year: 2018, month: 1), end: nil),
                DateRange(start: YearMonth(year: 2015, month: 1), end: YearMonth(year: 2019, month: 12)),
                DateRange(start: YearMonth(year: 2016, month: 3), end: YearMonth(year: 2019, month: 11)),
                DateRange(start: YearMonth(year: 2019, month: 1), end: nil),
                DateRange(start: YearMonth(year: 2014, month: 3), end: YearMonth(year: 2017, month: 12)),
                DateRange(start: YearMonth(year: 2020, month: 1), end: nil),
                DateRange(start: YearMonth(year: 2012, month: 9), end: YearMonth(year: 2014, month: 12)),
                DateRange(start: YearMonth(year: 2019, month: 3), end: YearMonth(year: 2021, month: 7)),
            ]))
    func dateRangeIsParsed(text: String, expected: DateRange) {
        #expect(DateRangeParser.firstRange(in: "Nurse, City Hospital (\(text))")?.range == expected)
    }

    @Test func rangeEndingBeforeItStartsIsNotADateRange() {
        #expect(DateRangeParser.firstRange(in: "2019 - 2015") == nil)
    }

    @Test func phoneNumberIsNotADateRange() {
        #expect(DateRangeParser.firstRange(in: "Call 555-0139 or 555-0140") == nil)
    }

    @Test func eachRoleGetsTheDatesWrittenOnItsLine() throws {
        let resume = try read(
            """
            EXPERIENCE
            Lead Engineer, Alpha (Jan 2018 – Present)
            Engineer, Beta (2015-2019)
            Developer, Gamma (03/2016 to 11/2019)
            Analyst, Delta (2019 – now)
            Tester, Epsilon (March 2014 - December 2017)
            Intern, Zeta (2020–current)
            """)
        #expect(
            resume.experience.map(\.title) == ["Lead Engineer", "Engineer", "Developer", "Analyst", "Tester", "Intern"])
        #expect(resume.experience.map(\.employer) == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"])
        #expect(
            resume.experience.map { $0.dates?.start } == [
                month(2018, 1), month(2015, 1), month(2016, 3), month(2019, 1), month(2014, 3), month(2020, 1),
            ])
        #expect(
            resume.experience.map { $0.dates?.end } == [
                nil, month(2019, 12), month(2019, 11), nil, month(2017, 12), nil,
            ])
        #expect(resume.experience.map { $0.dates?.isOngoing } == [true, false, false, true, false, true])
    }

    @Test func noteInParenthesesAfterTheDatesIsNotTheTitle() throws {
        let resume = try read(
            """
            <html><body><h2>Experience</h2>
            <h3>Registered Nurse, Cardiovascular ICU — Westside Heart Institute</h3>
            <p>Jan 2020 – Present (full time, 36 h/week)</p>
            </body></html>
            """, path: "a.html")
        #expect(resume.experience.map(\.title) == ["Registered Nurse, Cardiovascular ICU"])
        #expect(resume.experience.map(\.employer) == ["Westside Heart Institute"])
    }

    // MARK: - Contact

    @Test func credentialsAfterTheNameAreNotPartOfIt() throws {
        #expect(try read("Sofía Hernández, CPA\nEl Paso, TX").contact.name == "Sofía Hernández")
        #expect(try read("NGUYỄN THỊ LAN, BSN, RN, CCRN\nHouston, TX").contact.name == "NGUYỄN THỊ LAN")
        let html = try read(
            "<html><body><h1>Daniel Reyes, BSN, RN</h1><p>Oak Park, IL</p></body></html>", path: "d.html")
        #expect(html.contact.name == "Daniel Reyes")
        #expect(html.contact.location == "Oak Park, IL")
    }
}

// MARK: - SampleData

private let sampleResumes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SampleData").appendingPathComponent("resumes")

/// What a recruiter reads in one bundled resume (values taken from reading the file, not from the program).
struct BundledResume: Sendable, CustomTestStringConvertible {
    var file: String
    var format: DocumentFormat
    var encoding: TextEncoding
    var name: String
    var email: String
    var phone: String
    var roles: Int
    var firstTitle: String
    var firstEmployer: String
    var firstDates: DateRange
    var highestDegree: EducationLevel?

    var testDescription: String { file }
}

private func ongoing(since year: Int, _ month: Int) -> DateRange {
    DateRange(start: YearMonth(year: year, month: month), end: nil)
}

@Suite("Reading the bundled sample resumes")
struct BundledResumeTests {
    static let samples: [BundledResume] = [
        BundledResume(
            file: "backend/01-jose-nunez.html", format: .html, encoding: .utf8, name: "José Núñez",
            email: "jose.nunez@example.com", phone: "+34 555 010 482", roles: 3,
            firstTitle: "Senior Backend Engineer", firstEmployer: "Pagamento Cloud S.L.",
            firstDates: ongoing(since: 2021, 1), highestDegree: .bachelor),
        BundledResume(
            file: "backend/02-zoe-akesson.xhtml", format: .xhtml, encoding: .utf8, name: "Zoë Åkesson",
            email: "zoe.akesson@example.org", phone: "+46 70 555 01 93", roles: 3,
            firstTitle: "Principal Backend Engineer", firstEmployer: "Kvadrat Bank AB",
            firstDates: ongoing(since: 2021, 1), highestDegree: .master),
        BundledResume(
            file: "backend/03-lukasz-wrobel.xml", format: .hrOpen, encoding: .utf8, name: "Łukasz Wróbel",
            email: "lukasz.wrobel@example.com", phone: "+48 12 555 0147", roles: 3,
            firstTitle: "Senior Backend Engineer", firstEmployer: "Koszyk.pl", firstDates: ongoing(since: 2021, 9),
            highestDegree: .master),
        BundledResume(
            file: "accountant/06-jelena-petrovic-auditor.xml", format: .hrOpen, encoding: .utf8,
            name: "Jelena Petrović", email: "jelena.petrovic@example.com", phone: "(312) 555-0177", roles: 3,
            firstTitle: "Internal Audit Senior", firstEmployer: "Lakefront Industrial Holdings",
            firstDates: ongoing(since: 2020, 4), highestDegree: .master),
        BundledResume(
            file: "backend/04-francois-lefevre-cp1252.txt", format: .text, encoding: .windows1252,
            name: "FRANÇOIS LEFÈVRE", email: "francois.lefevre@example.com", phone: "+33 4 55 50 12 88", roles: 4,
            firstTitle: "Lead Backend Engineer", firstEmployer: "Médilink Santé", firstDates: ongoing(since: 2022, 9),
            highestDegree: .master),
        BundledResume(
            file: "backend/06-marcus-oyelaran.txt", format: .text, encoding: .utf8, name: "Marcus Oyelaran",
            email: "marcus.oyelaran@example.com", phone: "(512) 555-0139", roles: 3,
            firstTitle: "Staff Backend Engineer", firstEmployer: "Lonestar Pay", firstDates: ongoing(since: 2022, 1),
            highestDegree: .bachelor),
        BundledResume(
            file: "nurse/01-nguyen-thi-lan-utf16le.txt", format: .text, encoding: .utf16LE, name: "NGUYỄN THỊ LAN",
            email: "lan.nguyen.rn@example.com", phone: "(713) 555-0184", roles: 3,
            firstTitle: "Registered Nurse, Medical ICU", firstEmployer: "Bayou City Medical Center",
            firstDates: ongoing(since: 2019, 1), highestDegree: .bachelor),
        BundledResume(
            file: "accountant/08-sofia-hernandez-utf16be.txt", format: .text, encoding: .utf16BE,
            name: "Sofía Hernández", email: "sofia.hernandez@example.com", phone: "(915) 555-0168", roles: 3,
            firstTitle: "Accounts Payable Supervisor", firstEmployer: "Franklin Mountain Health",
            firstDates: ongoing(since: 2022, 3), highestDegree: .bachelor),
        BundledResume(
            file: "accountant/01-renee-muller-cp1252.html", format: .html, encoding: .windows1252,
            name: "Renée Müller", email: "renee.mueller@example.com", phone: "+41 61 555 01 74", roles: 3,
            firstTitle: "Senior Financial Accountant", firstEmployer: "Novacorp Life Sciences AG",
            firstDates: ongoing(since: 2020, 1), highestDegree: .master),
        BundledResume(
            file: "accountant/02-james-whitfield-actually-html.txt", format: .html, encoding: .utf8,
            name: "James Whitfield", email: "james.whitfield@example.com", phone: "(614) 555-0153", roles: 3,
            firstTitle: "Accounting Manager", firstEmployer: "Buckeye Cloud Software",
            firstDates: ongoing(since: 2021, 9), highestDegree: .master),
        BundledResume(
            file: "backend/08-ciaran-obriain-frontend.html", format: .html, encoding: .utf8, name: "Ciarán Ó Briain",
            email: "ciaran.obriain@example.com", phone: "+353 1 555 0126", roles: 3,
            firstTitle: "Senior Frontend Developer", firstEmployer: "Harpsong Media",
            firstDates: ongoing(since: 2021, 9), highestDegree: .bachelor),
        BundledResume(
            file: "nurse/04-daniel-reyes.xhtml", format: .xhtml, encoding: .utf8, name: "Daniel Reyes",
            email: "daniel.reyes@example.com", phone: "(708) 555-0163", roles: 4,
            firstTitle: "Registered Nurse, Cardiovascular ICU", firstEmployer: "Westside Heart & Vascular Institute",
            firstDates: ongoing(since: 2020, 1), highestDegree: .bachelor),
        BundledResume(
            file: "accountant/14-adaeze-okonkwo-tax.xhtml", format: .xhtml, encoding: .utf8, name: "Adaeze Okonkwo",
            email: "adaeze.okonkwo@example.com", phone: "+44 161 555 0192", roles: 3, firstTitle: "Tax Manager",
            firstEmployer: "Pennine Tax Partners LLP", firstDates: ongoing(since: 2021, 1), highestDegree: .bachelor),
    ]

    @Test(arguments: samples)
    func bundledResumeReadsAsWritten(_ sample: BundledResume) throws {
        let url = sampleResumes.appendingPathComponent(sample.file)
        let resume = try read(Array(try Data(contentsOf: url)), path: url.path)

        #expect(resume.format == sample.format)
        #expect(resume.notes.encoding == sample.encoding)
        #expect(resume.contact.name == sample.name)
        #expect(resume.contact.email == sample.email)
        #expect(resume.contact.phone == sample.phone)
        #expect(resume.experience.count == sample.roles)
        #expect(resume.experience.first?.title == sample.firstTitle)
        #expect(resume.experience.first?.employer == sample.firstEmployer)
        #expect(resume.experience.first?.dates == sample.firstDates)
        #expect(resume.education.compactMap(\.level).max() == sample.highestDegree)
    }
}
