import LibXMLBridge

/// Lays out an HTML or XHTML event stream as lines: block elements break lines, headings and `id`/`class`
/// names start sections, and text hidden with CSS is set aside (it never scores).
struct HTMLLayoutReader {
    private struct Frame {
        var name: String
        var restoresSection: (element: SectionKind?, heading: SectionKind?)?
        var hidden: Bool
        var contactField: WritableKeyPath<Contact, String?>?
    }

    private var layout = ResumeLayout()
    private var frames: [Frame] = []
    private var line = LineAccumulator()
    private var elementSection: SectionKind?
    private var headingSection: SectionKind?
    private var headingDepth = 0
    private var emphasisDepth = 0
    private var lineHasPlainText = false
    private var hiddenDepth = 0
    private var titleText = LineAccumulator()
    private var inTitle = false
    private var inStyle = false
    private var styleSheet = ""
    private var hiddenSelectors = CSSHiddenSelectors()
    private var contactCapture: (field: WritableKeyPath<Contact, String?>, text: LineAccumulator, depth: Int)?

    static func read(_ events: [MarkupEvent], notes: ParseNotes) -> ResumeLayout {
        var reader = HTMLLayoutReader()
        reader.layout.notes = notes
        for event in events {
            switch event {
            case .start(let element): reader.start(element)
            case .text(let text): reader.text(text)
            case .end: reader.end()
            }
        }
        reader.flush()
        if reader.layout.contactHints.name == nil {
            let title = reader.titleText.take()
            if let name = ContactExtractor.nameFromTitle(title) { reader.layout.setHint(\.name, name) }
        }
        return reader.layout
    }

    private mutating func start(_ element: MarkupElement) {
        let name = element.name  // the bridge lowercases HTML names (XHTML names are lowercase by definition)
        if Self.blockElements.contains(name) { flush() }
        let hidden = !element.attributes.isEmpty && (Self.isHidden(element) || hiddenSelectors.hides(element))
        var frame = Frame(name: name, restoresSection: nil, hidden: hidden, contactField: nil)
        if frame.hidden { hiddenDepth += 1 }
        let id = element.attribute("id")
        let classes = element.attribute("class")
        if id != nil || classes != nil {
            let hint = (id ?? "") + " " + (classes ?? "")
            if let kind = SectionHeadings.classify(elementHint: hint) {
                frame.restoresSection = (elementSection, headingSection)
                elementSection = kind
                headingSection = nil
            }
            if contactCapture == nil, hiddenDepth == 0, let field = Self.contactField(forHint: hint.lowercased()) {
                contactCapture = (field, LineAccumulator(), frames.count + 1)
            }
        }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth += 1
        case "b", "strong": emphasisDepth += 1
        case "title": inTitle = true
        case "style": inStyle = true
        case "br": flush()
        case "a":
            if let href = element.attribute("href") { link(href) }
        default: break
        }
        if name == "h1", layout.contactHints.name == nil, contactCapture == nil, hiddenDepth == 0 {
            contactCapture = (\.name, LineAccumulator(), frames.count + 1)
        }
        frames.append(frame)
    }

    private mutating func text(_ text: String) {
        if inTitle {
            titleText.add(text)
            return
        }
        if inStyle {
            if styleSheet.utf8.count < 64 * 1024 { styleSheet += text }
            return
        }
        if hiddenDepth > 0 {
            if layout.notes.hiddenText.utf8.count < 64 * 1024 { layout.notes.hiddenText += text + " " }
            return
        }
        contactCapture?.text.add(text)
        if emphasisDepth == 0, text.contains(where: { !$0.isWhitespace }) { lineHasPlainText = true }
        line.add(text)
    }

    private mutating func end() {
        guard let frame = frames.popLast() else { return }
        if let capture = contactCapture, capture.depth == frames.count + 1 {
            var text = capture.text
            layout.setHint(capture.field, text.take())
            contactCapture = nil
        }
        switch frame.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            headingDepth -= 1
        case "b", "strong": emphasisDepth -= 1
        case "title": inTitle = false
        case "style":
            inStyle = false
            hiddenSelectors.read(styleSheet)
            styleSheet = ""
        case "td", "th":
            // A bold cell naming a section ("<td><b>EDUCATION</b></td>") is the heading of a table layout's row.
            if !lineHasPlainText, !line.isEmpty, SectionHeadings.classify(line.text, emphasized: true) != nil {
                flush()
            } else {
                line.softBreak()
            }
        case "span", "a", "label": line.softBreak()
        default: break
        }
        if Self.blockElements.contains(frame.name) { flush() }
        if frame.hidden { hiddenDepth -= 1 }
        if let restore = frame.restoresSection {
            flush()
            elementSection = restore.element
            headingSection = restore.heading
        }
    }

    private mutating func flush() {
        let plain = lineHasPlainText
        lineHasPlainText = false
        guard !line.isEmpty else { return }
        let text = line.take()
        let emphasized = headingDepth > 0 || !plain
        if let kind = SectionHeadings.classify(text, emphasized: emphasized) {
            headingSection = kind
            layout.append(text, section: kind, heading: true)
            return
        }
        layout.append(text, section: headingSection ?? elementSection ?? .other)
    }

    private mutating func link(_ href: String) {
        let lower = href.lowercased()
        if lower.hasPrefix("mailto:") {
            layout.setHint(\.email, String(href.dropFirst(7).prefix(while: { $0 != "?" })))
        } else if lower.hasPrefix("tel:") {
            layout.setHint(\.phone, String(href.dropFirst(4)))
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            layout.addLink(href)
        }
    }

    private static func contactField(forHint hint: String) -> WritableKeyPath<Contact, String?>? {
        let tokens = hint.split(whereSeparator: { !$0.isLetter })
        if tokens.contains(where: { $0 == "name" || $0 == "fullname" || $0 == "candidate-name" }) { return \.name }
        if tokens.contains(where: { $0 == "email" || $0 == "mail" }) { return \.email }
        if tokens.contains(where: { $0 == "phone" || $0 == "tel" || $0 == "telephone" || $0 == "mobile" }) {
            return \.phone
        }
        if tokens.contains(where: { $0 == "location" || $0 == "address" || $0 == "city" }) { return \.location }
        return nil
    }

    /// Text a human would not see: `display:none`, `visibility:hidden`, `font-size:0`, white text, `hidden`.
    static func isHidden(_ element: MarkupElement) -> Bool {
        if element.attribute("hidden") != nil { return true }
        guard let style = element.attribute("style") else { return false }
        return hidesText(declarations: style)
    }

    /// Whether CSS declarations (`display:none; …`) hide text from a human reader: no display, no visibility, a
    /// font under 3px, zero opacity, or white text without a dark background.
    static func hidesText(declarations: String) -> Bool {
        guard declarations.utf8.contains(0x3A) else { return false }
        var properties: [String: String] = [:]
        for declaration in declarations.lowercased().split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[..<colon].trimmingWhitespace()
            let value = String(declaration[declaration.index(after: colon)...].unicodeScalars.filter {
                !$0.properties.isWhitespace
            }).replacingOccurrences(of: "!important", with: "")
            properties[name] = value
        }
        if properties["display"] == "none" || properties["visibility"] == "hidden" { return true }
        if let opacity = properties["opacity"], let value = Double(opacity), value < 0.05 { return true }
        if let size = properties["font-size"] {
            let number = Double(size.prefix(while: { $0.isNumber || $0 == "." })) ?? 1
            let unit = size.drop(while: { $0.isNumber || $0 == "." })
            if number == 0 || (unit == "px" && number < 3) || (unit == "pt" && number < 2)
                || ((unit == "em" || unit == "rem") && number < 0.2)
            {
                return true
            }
        }
        let white: Set<String> = ["#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fffffe"]
        if let color = properties["color"], white.contains(color) {
            let background = properties["background-color"] ?? properties["background"]
            if background == nil || white.contains(background ?? "") { return true }
        }
        return false
    }

    private static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "aside", "main", "nav", "dl", "dt", "dd", "pre", "blockquote", "address", "hr", "body",
        "html", "tbody", "thead", "figure", "figcaption", "form", "fieldset", "center",
    ]
}

/// The class and id selectors of a document's style sheets whose rules hide text (`.ats { color:#fff;
/// font-size:1px }`). Only simple selectors are understood; that covers how keyword stuffing is hidden in practice.
struct CSSHiddenSelectors {
    private(set) var classes: Set<String> = []
    private(set) var ids: Set<String> = []

    mutating func read(_ sheet: String) {
        // Most style sheets hide nothing: skip the parse unless a hiding property or white can appear.
        let hints = ["none", "hidden", "font-size", "opacity", "#fff", "white", "255"]
        guard hints.contains(where: sheet.containsASCII) else { return }
        var remaining = Substring(sheet)
        while let open = remaining.firstIndex(of: "{"), let close = remaining[open...].firstIndex(of: "}") {
            let selectors = remaining[..<open]
            let declarations = String(remaining[remaining.index(after: open)..<close])
            remaining = remaining[remaining.index(after: close)...]
            guard HTMLLayoutReader.hidesText(declarations: declarations) else { continue }
            for selector in selectors.split(separator: ",") {
                guard let last = selector.split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "\n" }).last else {
                    continue
                }
                if let dot = last.lastIndex(of: ".") {
                    classes.insert(last[last.index(after: dot)...].lowercased())
                } else if let hash = last.lastIndex(of: "#") {
                    ids.insert(last[last.index(after: hash)...].lowercased())
                }
            }
        }
    }

    func hides(_ element: MarkupElement) -> Bool {
        guard !classes.isEmpty || !ids.isEmpty else { return false }
        if let id = element.attribute("id"), ids.contains(id.lowercased()) { return true }
        guard let classList = element.attribute("class") else { return false }
        return classList.split(separator: " ").contains { classes.contains($0.lowercased()) }
    }
}
