/// Word documents written as WordprocessingML strings and zipped by the test: small, readable, nothing binary
/// committed.
enum DOCXFixture {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
        """

    /// A paragraph of one run; `style` is a paragraph style id, `bold` formats the run.
    static func paragraph(_ text: String, style: String? = nil, bold: Bool = false, caps: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let formats = (bold ? "<w:b/>" : "") + (caps ? "<w:caps/>" : "")
        let run = formats.isEmpty ? "" : "<w:rPr>\(formats)</w:rPr>"
        return "<w:p>\(properties)<w:r>\(run)<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A table of single-paragraph cells.
    static func table(_ rows: [[String]]) -> String {
        let body = rows.map { cells in
            "<w:tr>" + cells.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
        }
        return "<w:tbl>" + body.joined() + "</w:tbl>"
    }

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    /// `word/styles.xml` naming paragraph styles: `[(styleId, name)]`, e.g. `("berschrift1", "heading 1")`.
    static func styles(_ styles: [(id: String, name: String)]) -> String {
        let definitions = styles.map {
            "<w:style w:type=\"paragraph\" w:styleId=\"\($0.id)\"><w:name w:val=\"\($0.name)\"/></w:style>"
        }
        return "<?xml version=\"1.0\"?><w:styles \(namespaces)>" + definitions.joined() + "</w:styles>"
    }

    /// `word/_rels/document.xml.rels` with hyperlinks `[(id, target)]` and header parts.
    static func relationships(hyperlinks: [(id: String, target: String)], headers: [String] = []) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let links = hyperlinks.map {
            "<Relationship Id=\"\($0.id)\" Type=\"\(base)hyperlink\" Target=\"\($0.target)\" TargetMode=\"External\"/>"
        }
        let parts = headers.enumerated().map {
            "<Relationship Id=\"rIdH\($0.offset)\" Type=\"\(base)header\" Target=\"\($0.element)\"/>"
        }
        return "<?xml version=\"1.0\"?><Relationships "
            + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (links + parts).joined() + "</Relationships>"
    }

    /// The zipped package: `[Content_Types].xml`, the body, and the optional parts.
    static func package(
        body: String, styles: String? = nil, relationships: String? = nil, extraParts: [(String, String)] = []
    ) throws -> [UInt8] {
        var entries: [ZIPFixture.Entry] = [
            .text("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
            .text("word/document.xml", document(body)),
        ]
        if let styles { entries.append(.text("word/styles.xml", styles)) }
        if let relationships { entries.append(.text("word/_rels/document.xml.rels", relationships)) }
        entries += extraParts.map { .text($0.0, $0.1) }
        return try ZIPFixture.archive(entries)
    }
}
