import LibXMLBridge

/// Lays out a Word document (WordprocessingML) as lines: each paragraph is a line (its runs' text joined; tabs are
/// spaces, breaks start a new line), Title and Heading 1–3 paragraphs and short bold or all-caps ones are headings
/// that start sections, a table row is one line with its cells separated by ` | ` (a layout table whose cells hold
/// several paragraphs keeps them as lines), hyperlink targets become contact links (a `mailto:` the e-mail), and text
/// Word hides (`vanish`, white on white, 1-point type) is set aside like hidden HTML — it never scores.
struct DOCXLayoutReader {
    /// Formatting of the run being read.
    private struct Run {
        var bold = false
        var caps = false
        var vanish = false
        var white = false
        var tiny = false
        var shaded = false
    }

    private struct Paragraph {
        var line = LineAccumulator()
        var style: String?
        var shaded = false
        var hasText = false
        var allBold = true
        var allCaps = true
    }

    /// A finished paragraph, or the part of one before a break.
    private struct Block {
        var text: String
        var emphasized: Bool
        var caps: Bool
        var title: Bool
    }

    private struct Table {
        var row: [[Block]] = []
        var cell: [Block]?
        var cellShaded = false
    }

    private let styles: DOCXStyles
    private let relationships: DOCXRelationships
    private var layout = ResumeLayout()
    private var elements: [String] = []
    /// Depth of the element whose content is skipped (`mc:Fallback` repeats text boxes, `w:del` is deleted text).
    private var skipDepth: Int?
    private var paragraphs: [Paragraph] = []
    private var run = Run()
    private var tables: [Table] = []
    private var section = SectionKind.other
    private var fieldCode = ""
    private var inHeader = false
    private var headerLines: Set<String> = []

    private init(styles: DOCXStyles, relationships: DOCXRelationships) {
        self.styles = styles
        self.relationships = relationships
    }

    /// - Parameters:
    ///   - document: `word/document.xml` as parsed.
    ///   - headers: the header parts, laid out first (each distinct line once).
    static func read(
        document: [MarkupEvent], headers: [[MarkupEvent]], styles: DOCXStyles, relationships: DOCXRelationships,
        notes: ParseNotes
    ) -> ResumeLayout {
        var reader = DOCXLayoutReader(styles: styles, relationships: relationships)
        reader.layout.notes = notes
        reader.inHeader = true
        for header in headers { reader.walk(header) }
        reader.inHeader = false
        reader.section = .other
        reader.walk(document)
        return reader.layout
    }

    private mutating func walk(_ events: [MarkupEvent]) {
        elements.removeAll()
        skipDepth = nil
        paragraphs.removeAll()
        tables.removeAll()
        for event in events {
            switch event {
            case .start(let element): start(element)
            case .text(let text): self.text(text)
            case .end: end()
            }
        }
    }

    private var parent: String { elements.count >= 2 ? elements[elements.count - 2] : "" }

    private mutating func start(_ element: MarkupElement) {
        elements.append(element.name)
        guard skipDepth == nil else { return }
        let inRunProperties = parent == "rPr" && elements.count >= 3 && elements[elements.count - 3] == "r"
        switch element.name {
        case "Fallback", "del", "moveFrom", "rPrChange", "pPrChange":
            skipDepth = elements.count
        case "p":
            paragraphs.append(Paragraph())
        case "pStyle" where parent == "pPr":
            paragraphs.mutateLast { $0.style = element.attribute("val") }
        case "shd":
            let shaded = Self.isShading(element.attribute("fill"))
            if parent == "pPr" {
                paragraphs.mutateLast { $0.shaded = shaded }
            } else if parent == "tcPr" {
                tables.mutateLast { $0.cellShaded = shaded }
            } else if inRunProperties {
                run.shaded = shaded
            }
        case "r":
            run = Run()
        case "b" where inRunProperties: run.bold = Self.isOn(element)
        case "caps" where inRunProperties: run.caps = Self.isOn(element)
        case "vanish" where inRunProperties: run.vanish = Self.isOn(element)
        case "color" where inRunProperties: run.white = element.attribute("val")?.uppercased() == "FFFFFF"
        case "sz" where inRunProperties: run.tiny = (element.attribute("val").flatMap { Int($0) } ?? 24) <= 2
        case "highlight" where inRunProperties:
            run.shaded = !["none", "white"].contains(element.attribute("val") ?? "none")
        case "tab" where parent == "r", "ptab" where parent == "r":
            addText(" ")
        case "noBreakHyphen" where parent == "r":
            addText("-")
        case "br" where parent == "r", "cr" where parent == "r":
            breakLine()
        case "hyperlink":
            if let id = element.attribute("id"), let target = relationships.hyperlinks[id] {
                layout.addHyperlink(target)
            }
        case "fldSimple":
            if let instruction = element.attribute("instr") { field(instruction) }
        case "tbl":
            tables.append(Table())
        case "tr":
            tables.mutateLast { $0.row = [] }
        case "tc":
            tables.mutateLast {
                $0.cell = []
                $0.cellShaded = false
            }
        default:
            break
        }
    }

    private mutating func text(_ text: String) {
        guard skipDepth == nil else { return }
        switch elements.last {
        case "t": addText(text)
        case "instrText": if fieldCode.utf8.count < 4096 { fieldCode += text }
        default: break
        }
    }

    private mutating func end() {
        let depth = elements.count
        guard let name = elements.popLast() else { return }
        if let skip = skipDepth {
            if depth == skip { skipDepth = nil }
            return
        }
        switch name {
        case "p":
            guard let paragraph = paragraphs.popLast() else { return }
            deliver(block(paragraph), within: tables.count)
            if !fieldCode.isEmpty {
                field(fieldCode)
                fieldCode = ""
            }
        case "r":
            run = Run()
        case "tc":
            tables.mutateLast {
                $0.row.append($0.cell ?? [])
                $0.cell = nil
                $0.cellShaded = false
            }
        case "tr":
            guard let row = tables.last?.row else { return }
            tables.mutateLast { $0.row = [] }
            for block in Self.blocks(ofRow: row) { deliver(block, within: tables.count - 1) }
        case "tbl":
            _ = tables.popLast()
        default:
            break
        }
    }

    private mutating func addText(_ text: String) {
        guard let paragraph = paragraphs.last else { return }
        let white = run.white && !run.shaded && !paragraph.shaded && !(tables.last?.cellShaded ?? false)
        if run.vanish || run.tiny || white {
            if layout.notes.hiddenText.utf8.count < 64 * 1024 { layout.notes.hiddenText += text + " " }
            return
        }
        let visible = text.utf8.contains { $0 > 0x20 }
        paragraphs.mutateLast {
            $0.line.add(text)
            if visible {
                $0.hasText = true
                $0.allBold = $0.allBold && run.bold
                $0.allCaps = $0.allCaps && run.caps
            }
        }
    }

    /// A `w:br` or `w:cr`: what the paragraph holds so far becomes a line; the paragraph goes on with its style.
    private mutating func breakLine() {
        guard var paragraph = paragraphs.popLast() else { return }
        deliver(block(paragraph), within: tables.count)
        paragraph = Paragraph(style: paragraph.style, shaded: paragraph.shaded)
        paragraphs.append(paragraph)
    }

    private func block(_ paragraph: Paragraph) -> Block {
        var line = paragraph.line
        let style = paragraph.style
        let headingStyle = style.map(styles.isHeading) ?? false
        return Block(
            text: line.take(), emphasized: headingStyle || (paragraph.hasText && paragraph.allBold),
            caps: paragraph.hasText && paragraph.allCaps, title: style.map(styles.isTitle) ?? false)
    }

    /// A row of single-paragraph cells is one line, cells joined by ` | `; a row whose cells hold several paragraphs
    /// is a layout table (a heading cell beside a content cell), read cell by cell.
    private static func blocks(ofRow row: [[Block]]) -> [Block] {
        guard row.allSatisfy({ $0.count <= 1 }) else { return row.flatMap { $0 } }
        let cells = row.compactMap(\.first).filter { !$0.text.isEmpty }
        guard cells.count > 1 else { return cells }
        return [Block(text: cells.map(\.text).joined(separator: " | "), emphasized: false, caps: false, title: false)]
    }

    /// Hands a block to the innermost open table cell among the first `depth` tables, or lays it out.
    private mutating func deliver(_ block: Block, within depth: Int) {
        if depth > 0, tables.indices.contains(depth - 1), tables[depth - 1].cell != nil {
            tables[depth - 1].cell?.append(block)
        } else {
            place(block)
        }
    }

    private mutating func place(_ block: Block) {
        guard !block.text.isEmpty else { return }
        if inHeader, !headerLines.insert(block.text).inserted { return }
        if block.title, let name = ContactExtractor.name(in: block.text) {
            layout.setHint(\.name, name)
            layout.append(block.text, section: section)
            return
        }
        let probe = block.caps ? block.text.uppercased() : block.text
        if let kind = SectionHeadings.classify(probe, emphasized: block.emphasized) {
            section = kind
            layout.append(block.text, section: kind, heading: true)
            return
        }
        layout.append(block.text, section: section)
    }

    /// A field instruction such as `HYPERLINK "https://…"` (Word's older way of writing links).
    private mutating func field(_ instruction: String) {
        let parts = instruction.split(separator: "\"", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].trimmingWhitespace().uppercased() == "HYPERLINK" else { return }
        layout.addHyperlink(String(parts[1]))
    }

    /// `w:b`, `w:caps`, `w:vanish` are on unless `w:val` says `0`, `false` or `off`.
    private static func isOn(_ element: MarkupElement) -> Bool {
        guard let value = element.attribute("val")?.lowercased() else { return true }
        return !["0", "false", "off", "none"].contains(value)
    }

    private static func isShading(_ fill: String?) -> Bool {
        guard let fill = fill?.uppercased() else { return false }
        return fill != "AUTO" && fill != "FFFFFF"
    }
}

extension Array {
    /// Changes the last element in place, if there is one.
    fileprivate mutating func mutateLast(_ change: (inout Element) -> Void) {
        guard !isEmpty else { return }
        change(&self[count - 1])
    }
}
