import LibXMLBridge
import Testing

@Suite struct MarkupParserTests {
    init() { initializeLibXML() }

    private func parse(_ text: String, _ dialect: MarkupDialect) throws -> MarkupDocument {
        try MarkupParser().parse(utf8: Array(text.utf8), dialect: dialect)
    }

    private func texts(_ document: MarkupDocument) -> [String] {
        document.events.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    @Test func wellFormedHTML5IsNotReportedAsRecovered() throws {
        let document = try parse(
            "<!DOCTYPE html><html><body><section id=\"x\"><h2>Skills</h2><p>Swift</p></section></body></html>", .html)
        #expect(document.recovered == false)
        #expect(texts(document) == ["Skills", "Swift"])
    }

    @Test func malformedHTMLIsRecoveredAndFlagged() throws {
        let document = try parse("<html><body><p>Swift <b><i>Vapor</b></i><p>Nurse</body>", .html)
        #expect(document.recovered)
        #expect(texts(document).joined(separator: "|") == "Swift |Vapor|Nurse")
    }

    @Test func eventsAreBalanced() throws {
        let document = try parse("<html><body><div><p>a<br>b</p></div><ul><li>c</li></ul></body></html>", .html)
        var depth = 0
        for event in document.events {
            if case .start = event { depth += 1 }
            if case .end = event { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
    }

    @Test func truncatedXMLKeepsItsReadablePartAndIsFlagged() throws {
        let document = try parse("<Candidate><Name>Ana Souza</Name><Skills><Skill>Swift</Sk", .xml)
        #expect(document.recovered)
        #expect(texts(document).contains("Ana Souza"))
    }

    /// libxml2 keeps a context's last error across resets; a worker's next document must not report it (it would make
    /// an output depend on which documents a worker read before).
    @Test func aReusedParserDoesNotReportAnEarlierDocumentsIssue() throws {
        let parser = MarkupParser()
        for (broken, good, dialect) in [
            ("", "<html><body><p>ok</p></body></html>", MarkupDialect.html),
            ("<hr:a>1</hr:a>", "<html><body><p>ok</p></body></html>", .html),
            ("", "<r><p>ok</p></r>", .xml),
            ("<r><p>unclosed", "<r><p>ok</p></r>", .xml),
        ] {
            _ = try? parser.parse(utf8: Array(broken.utf8), dialect: dialect)
            let document = try parser.parse(utf8: Array(good.utf8), dialect: dialect)
            #expect(document.firstIssue == nil, "after \(broken.debugDescription)")
            #expect(!document.recovered)
        }
    }

    @Test func emptyHTMLHasNoRootAndFails() {
        #expect(throws: MarkupParseError.self) { try parse("   \n  ", .html) }
        #expect(throws: MarkupParseError.self) { try parse("", .xml) }
    }

    @Test func internalEntitiesAreNeverExpanded() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "CANARY_INTERNAL">]><r><p>&a;</p><p>ok</p></r>
            """
        let document = try parse(xml, .xml)
        #expect(document.declaresEntities)
        #expect(document.skippedEntityReferences == 1)
        #expect(!texts(document).joined().contains("CANARY"))
    }

    @Test func onlyKeptAttributesAreCopiedAndSVGContentIsSkipped() throws {
        var limits = MarkupLimits()
        limits.keptAttributes = ["class"]
        let html = "<html><body><p class=\"a\" data-x=\"1\">Hi<svg><text>icon</text></svg></p></body></html>"
        let document = try MarkupParser(limits: limits).parse(utf8: Array(html.utf8), dialect: .html)
        let paragraph = document.events.compactMap { event -> MarkupElement? in
            if case .start(let element) = event, element.name == "p" { element } else { nil }
        }.first
        #expect(paragraph?.attributes.map(\.name) == ["class"])
        #expect(texts(document) == ["Hi"])
    }
}
