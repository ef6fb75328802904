import Foundation
import Testing

@testable import ShortlistCore

/// Word documents, generated as WordprocessingML in each test and zipped: what a recruiter's DOCX export holds
/// ends up in the right sections, with the contact details Word keeps in hyperlinks.
@Suite("Reading Word documents")
struct DOCXReadingTests {
    private func read(_ bytes: [UInt8], path: String = "jane.docx") throws -> Resume {
        ShortlistEngine.prepare()
        return try ResumeReader().read(bytes: bytes, path: path)
    }

    private func lines(_ resume: Resume) -> [String] {
        resume.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func outline(_ resume: Resume) -> [String] {
        resume.sections.map { section in section.kind.rawValue + (section.heading.map { " \"\($0)\"" } ?? "") }
    }

    /// A one-page resume as Word writes it: Title, headings in a localized style id, a skills table, links.
    private func janeDoe() throws -> [UInt8] {
        let body = [
            DOCXFixture.paragraph("Jane Doe", style: "Title"),
            """
            <w:p><w:r><w:t xml:space="preserve">Berlin, Germany</w:t></w:r><w:r><w:tab/><w:t>Mail: </w:t></w:r>\
            <w:hyperlink r:id="rId7"><w:r><w:t>write to me</w:t></w:r></w:hyperlink><w:r><w:tab/></w:r>\
            <w:hyperlink r:id="rId8"><w:r><w:t>GitHub</w:t></w:r></w:hyperlink></w:p>
            """,
            DOCXFixture.paragraph("Professional Experience", style: "berschrift1"),
            DOCXFixture.paragraph("Senior Backend Engineer — Acme GmbH"),
            DOCXFixture.paragraph("Jan 2019 – Present"),
            """
            <w:p><w:r><w:t xml:space="preserve">Built payment APIs in </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>\
            <w:t>Swift</w:t></w:r><w:r><w:t xml:space="preserve"> on Vapor</w:t></w:r><w:r><w:br/></w:r>\
            <w:r><w:t>Ran Kubernetes on AWS.</w:t></w:r></w:p>
            """,
            DOCXFixture.paragraph("SKILLS", bold: true),
            DOCXFixture.table([["Languages", "Swift, Go"], ["Cloud", "AWS, Kubernetes"]]),
            DOCXFixture.paragraph("Education", style: "Heading2"),
            DOCXFixture.paragraph("BSc Computer Science, Technical University of Berlin, 2012"),
        ].joined()
        return try DOCXFixture.package(
            body: body,
            styles: DOCXFixture.styles([("Title", "Title"), ("berschrift1", "heading 1"), ("Heading2", "heading 2")]),
            relationships: DOCXFixture.relationships(hyperlinks: [
                ("rId7", "mailto:jane.doe@example.com?subject=Hello"), ("rId8", "https://github.com/janedoe"),
            ]))
    }

    @Test func headingsTablesAndLinksLandInTheRightSections() throws {
        let resume = try read(try janeDoe())
        #expect(resume.format == .docx)
        #expect(
            outline(resume) == [
                "other", "experience \"Professional Experience\"", "skills \"SKILLS\"", "education \"Education\"",
            ])
        #expect(
            lines(resume) == [
                "Jane Doe", "Berlin, Germany Mail: write to me GitHub", "Professional Experience",
                "Senior Backend Engineer — Acme GmbH", "Jan 2019 – Present", "Built payment APIs in Swift on Vapor",
                "Ran Kubernetes on AWS.", "SKILLS", "Languages | Swift, Go", "Cloud | AWS, Kubernetes", "Education",
                "BSc Computer Science, Technical University of Berlin, 2012",
            ])
        #expect(resume.section(ofLine: 9) == .skills)
    }

    @Test func titleIsTheNameAndHyperlinksAreContactDetails() throws {
        let resume = try read(try janeDoe())
        #expect(resume.contact.name == "Jane Doe")
        #expect(resume.contact.email == "jane.doe@example.com")
        #expect(resume.contact.links == ["https://github.com/janedoe"])
    }

    @Test func rolesAndDegreesAreFoundAsInOtherFormats() throws {
        let resume = try read(try janeDoe())
        #expect(resume.experience.map(\.title) == ["Senior Backend Engineer"])
        #expect(resume.experience.map(\.employer) == ["Acme GmbH"])
        #expect(resume.experience.first?.dates == DateRange(start: YearMonth(year: 2019, month: 1), end: nil))
        #expect(resume.education.map(\.level) == [.bachelor])
        #expect(resume.education.first?.field == "Computer Science")
    }

    @Test func withoutStylesTheBuiltInHeadingIdsStillStartSections() throws {
        let body =
            DOCXFixture.paragraph("Ana Souza") + DOCXFixture.paragraph("Skills", style: "Heading1")
            + DOCXFixture.paragraph("Python, SQL") + DOCXFixture.paragraph("Certifications", style: "Heading3")
            + DOCXFixture.paragraph("AWS Solutions Architect")
        let resume = try read(try DOCXFixture.package(body: body))
        #expect(outline(resume) == ["other", "skills \"Skills\"", "certifications \"Certifications\""])
    }

    @Test func shortBoldParagraphIsAHeading() throws {
        let body =
            DOCXFixture.paragraph("Ana Souza") + DOCXFixture.paragraph("Selected Skills", bold: true)
            + DOCXFixture.paragraph("Python, SQL")
        let resume = try read(try DOCXFixture.package(body: body))
        #expect(outline(resume) == ["other", "skills \"Selected Skills\""])
    }

    @Test func wordsAllCapsFormattingMakesAShortParagraphAHeading() throws {
        let caps =
            DOCXFixture.paragraph("Ana Souza") + DOCXFixture.paragraph("selected skills", caps: true)
            + DOCXFixture.paragraph("Python, SQL")
        #expect(outline(try read(try DOCXFixture.package(body: caps))) == ["other", "skills \"selected skills\""])
        let plain =
            DOCXFixture.paragraph("Ana Souza") + DOCXFixture.paragraph("selected skills")
            + DOCXFixture.paragraph("Python, SQL")
        #expect(outline(try read(try DOCXFixture.package(body: plain))) == ["other"])
    }

    @Test func layoutTableKeepsEachParagraphOnItsOwnLine() throws {
        // The common two-column template: the section name in the left cell, its paragraphs in the right one.
        let row =
            "<w:tbl><w:tr><w:tc>" + DOCXFixture.paragraph("EXPERIENCE", bold: true) + "</w:tc><w:tc>"
            + DOCXFixture.paragraph("Nurse — City Hospital") + DOCXFixture.paragraph("2015 – 2020")
            + "</w:tc></w:tr></w:tbl>"
        let resume = try read(try DOCXFixture.package(body: DOCXFixture.paragraph("Ana Souza") + row))
        #expect(lines(resume) == ["Ana Souza", "EXPERIENCE", "Nurse — City Hospital", "2015 – 2020"])
        #expect(
            resume.experience.first?.dates
                == DateRange(
                    start: YearMonth(year: 2015, month: 1), end: YearMonth(year: 2020, month: 12)))
    }

    @Test func hiddenDeletedAndFallbackTextIsNotRead() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Visible Swift. </w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>Kubernetes Terraform</w:t></w:r>\
            <w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Rust Scala</w:t></w:r>\
            <w:del w:id="1"><w:r><w:delText>Fortran</w:delText></w:r></w:del></w:p>\
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
            <w:p><w:r><w:t>Text box once</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Text box once</w:t></w:r></w:p></w:txbxContent>\
            </w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>\
            <w:p><w:pPr><w:shd w:fill="1F3864"/></w:pPr><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr>\
            <w:t>White on navy is visible</w:t></w:r></w:p>
            """
        let resume = try read(try DOCXFixture.package(body: body))
        #expect(lines(resume) == ["Visible Swift.", "Text box once", "White on navy is visible"])
        #expect(resume.notes.hiddenText.contains("Kubernetes Terraform"))
        #expect(resume.notes.hiddenText.contains("Rust Scala"))
        #expect(!resume.text.contains("Fortran"))
    }

    @Test func fieldCodeHyperlinkAndHeaderContactDetailsAreRead() throws {
        let body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \
            "https://linkedin.com/in/ana" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>LinkedIn</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """ + DOCXFixture.paragraph("Summary", style: "Heading1") + DOCXFixture.paragraph("Backend engineer.")
        let header =
            "<?xml version=\"1.0\"?><w:hdr \(DOCXFixture.namespaces)>"
            + DOCXFixture.paragraph("Ana Souza") + DOCXFixture.paragraph("ana@example.com · +351 21 555 0199")
            + "</w:hdr>"
        let package = try DOCXFixture.package(
            body: body, relationships: DOCXFixture.relationships(hyperlinks: [], headers: ["header1.xml"]),
            extraParts: [("word/header1.xml", header)])
        let resume = try read(package)
        #expect(lines(resume).prefix(3) == ["Ana Souza", "ana@example.com · +351 21 555 0199", "LinkedIn"])
        #expect(resume.contact.name == "Ana Souza")
        #expect(resume.contact.email == "ana@example.com")
        #expect(resume.contact.phone == "+351 21 555 0199")
        #expect(resume.contact.links == ["https://linkedin.com/in/ana"])
    }

    @Test func packageIsRecognisedByContentWhateverItsName() throws {
        let resume = try read(try janeDoe(), path: "export/jane.html")
        #expect(resume.format == .docx)
    }

    @Test func zipWithoutWordDocumentIsAnArchiveNotAResume() throws {
        let bytes = try ZIPFixture.archive([.text("resumes/jane.html", "<p>Jane</p>")])
        #expect(throws: ResumeReadError.archive) { try read(bytes) }
    }

    @Test func truncatedZIPIsReportedAsDamaged() throws {
        let bytes = Array(try janeDoe().prefix(64))
        let error = try #require(throws: ResumeReadError.self) { try read(bytes) }
        #expect(error.description.contains("table of contents (end-of-central-directory record) is missing"))
    }

    @Test func damagedDocumentPartFailsItsChecksum() throws {
        var bytes = try DOCXFixture.package(body: DOCXFixture.paragraph("Ana Souza"), styles: nil)
        let offset = try #require(ZIPFixture.dataOffset(named: "word/document.xml", in: bytes))
        bytes[offset + 20] ^= 0x55
        let error = try #require(throws: ResumeReadError.self) { try read(bytes) }
        #expect(
            error.description.hasPrefix("the Word document cannot be read: word/document.xml: damaged archive entry"))
    }

    @Test func documentPartThatCompressesLikeABombIsNotDecompressed() throws {
        let filler = String(repeating: " ", count: 2 << 20)
        let bytes = try DOCXFixture.package(body: DOCXFixture.paragraph("Ana Souza") + filler)
        let error = try #require(throws: ResumeReadError.self) { try read(bytes) }
        #expect(error.description.contains("over the 100:1 limit"))
    }

    @Test func externalEntitiesInADocumentAreNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("docx-canary-\(UUID())")
        try "CANARY-DOCX".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://\(secret.path)">]>\
            <w:document \(DOCXFixture.namespaces)><w:body><w:p><w:r><w:t>Ana &x; Souza</w:t></w:r></w:p>\
            </w:body></w:document>
            """
        let bytes = try ZIPFixture.archive([.text("word/document.xml", document)])
        let resume = try read(bytes)
        #expect(!resume.text.contains("CANARY"))
        #expect(resume.text.contains("Ana"))
    }
}
