import LibXMLBridge

/// Lays out an HTML or XHTML event stream as lines: block elements break lines, headings and `id`/`class`
/// names start sections, and text hidden with CSS is set aside (it never scores).
struct HTMLLayoutReader {
    private struct Frame {
        var tag: Tag
        var restoresSection: (element: SectionKind?, heading: SectionKind?)?
        var hidden: Bool
        var contactField: WritableKeyPath<Contact, String?>?
    }

    fileprivate struct HintMeaning {
        var section: SectionKind?
        var contactField: WritableKeyPath<Contact, String?>?
    }

    /// The element names the layout treats specially, looked up once per element instead of compared per case.
    private enum Tag {
        case heading, emphasis, title, style, lineBreak, anchor, cell, inline, block, other
    }

    fileprivate struct Hint: Hashable {
        var id: String?
        var classes: String?
    }

    /// What each `id`/`class` pair means for the layout. Templates repeat the same few names on every element and
    /// in every document of a dump, so a worker keeps one cache for all the documents it reads.
    struct HintCache {
        fileprivate var meanings: [Hint: HintMeaning] = [:]
        /// Enough for any real template set; a dump of unique class names only makes the cache start over.
        static let capacity = 4096
    }

    private var hints: HintCache
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

    static func read(_ events: [MarkupEvent], notes: ParseNotes, hints: inout HintCache) -> ResumeLayout {
        var reader = HTMLLayoutReader(hints: hints)
        hints = HintCache()  // the reader holds the only copy while it reads, so adding to it does not copy it
        defer { hints = reader.hints }
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
        // The bridge lowercases HTML names (XHTML names are lowercase by definition).
        let tag = Self.tags[element.name] ?? .other
        if Self.breaksLine(tag) { flush() }
        let hidden = !element.attributes.isEmpty && (Self.isHidden(element) || hiddenSelectors.hides(element))
        var frame = Frame(tag: tag, restoresSection: nil, hidden: hidden, contactField: nil)
        if frame.hidden { hiddenDepth += 1 }
        let id = element.attribute("id")
        let classes = element.attribute("class")
        if id != nil || classes != nil {
            // Templates repeat the same few class names on every element: classify each distinct hint once.
            let key = Hint(id: id, classes: classes)
            let meaning: HintMeaning
            if let known = hints.meanings[key] {
                meaning = known
            } else {
                let hint = (id ?? "") + " " + (classes ?? "")
                meaning = HintMeaning(
                    section: SectionHeadings.classify(elementHint: hint), contactField: Self.contactField(forHint: hint)
                )
                if hints.meanings.count >= HintCache.capacity { hints.meanings.removeAll(keepingCapacity: true) }
                hints.meanings[key] = meaning
            }
            if let kind = meaning.section {
                frame.restoresSection = (elementSection, headingSection)
                elementSection = kind
                headingSection = nil
            }
            if contactCapture == nil, hiddenDepth == 0, let field = meaning.contactField {
                contactCapture = (field, LineAccumulator(), frames.count + 1)
            }
        }
        switch tag {
        case .heading: headingDepth += 1
        case .emphasis: emphasisDepth += 1
        case .title: inTitle = true
        case .style: inStyle = true
        case .lineBreak: flush()
        case .anchor:
            if let href = element.attribute("href") { layout.addHyperlink(href) }
        case .cell, .inline, .block, .other: break
        }
        if element.name == "h1", layout.contactHints.name == nil, contactCapture == nil, hiddenDepth == 0 {
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
        if emphasisDepth == 0, !lineHasPlainText, text.utf8.contains(where: { $0 > 0x20 && $0 != 0xC2 && $0 != 0xA0 }) {
            lineHasPlainText = true
        }
        line.add(text)
    }

    private mutating func end() {
        guard let frame = frames.popLast() else { return }
        if let capture = contactCapture, capture.depth == frames.count + 1 {
            var text = capture.text
            layout.setHint(capture.field, text.take())
            contactCapture = nil
        }
        switch frame.tag {
        case .heading:
            flush()
            headingDepth -= 1
        case .emphasis: emphasisDepth -= 1
        case .title: inTitle = false
        case .style:
            inStyle = false
            hiddenSelectors.read(styleSheet)
            styleSheet = ""
        case .cell:
            // A bold cell naming a section ("<td><b>EDUCATION</b></td>") is the heading of a table layout's row.
            if !lineHasPlainText, !line.isEmpty, SectionHeadings.classify(line.text, emphasized: true) != nil {
                flush()
            } else {
                line.softBreak()
            }
        case .inline, .anchor: line.softBreak()
        case .lineBreak, .block, .other: break
        }
        if Self.breaksLine(frame.tag) { flush() }
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

    private static func contactField(forHint hint: String) -> WritableKeyPath<Contact, String?>? {
        let tokens = hint.lowercased().utf8
            .split(whereSeparator: { !(($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) })
            .map { String(decoding: $0, as: UTF8.self) }
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
        return hidesText(declarations: style.utf8)
    }

    /// Whether CSS declarations (`display:none; …`), as UTF-8 bytes (a `style` attribute, or a style sheet's rule
    /// body without copying it into a String), hide text from a human reader: no display, no visibility, a font
    /// under 3px, zero opacity, or white text without a light-independent background.
    /// - Complexity: O(n) over the declarations' bytes.
    static func hidesText<Bytes: Collection<UInt8>>(declarations: Bytes) -> Bool {
        // Lowercase, drop whitespace, split into `name:value` pairs — all on bytes.
        var compact: [UInt8] = []
        compact.reserveCapacity(declarations.count)
        for byte in declarations where byte > 0x20 {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        // Every hiding declaration holds one of these words; most rules of a style sheet hold none of them.
        guard hidingWords.occurs(in: compact.span, 0..<compact.count) else { return false }
        var color: ArraySlice<UInt8>?
        var background: ArraySlice<UInt8>?
        // The `name:value` declarations between semicolons, read in place.
        var start = 0
        while start < compact.count {
            let end = compact[start...].firstIndex(of: 0x3B) ?? compact.count
            let declaration = compact[start..<end]
            start = end + 1
            guard let colon = declaration.firstIndex(of: 0x3A) else { continue }
            let name = declaration[..<colon]
            var value = declaration[(colon + 1)...]
            if value.last == 0x74, value.count > 10, value.suffix(10).elementsEqual("!important".utf8) {
                value = value.dropLast(10)
            }
            switch hidingProperty(name) {
            case .display: if value.elementsEqual("none".utf8) { return true }
            case .visibility: if value.elementsEqual("hidden".utf8) { return true }
            case .opacity:
                if let number = Double(String(decoding: value, as: UTF8.self)), number < 0.05 { return true }
            case .fontSize:
                let digits = value.prefix { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
                let number = Double(String(decoding: digits, as: UTF8.self)) ?? 1
                let unit = String(decoding: value.dropFirst(digits.count), as: UTF8.self)
                if number == 0 || (unit == "px" && number < 3) || (unit == "pt" && number < 2)
                    || ((unit == "em" || unit == "rem") && number < 0.2)
                {
                    return true
                }
            case .color: color = value
            case .background: background = value
            case nil: break
            }
        }
        guard let color, isWhite(color) else { return false }
        return background.map(isWhite) ?? true
    }

    /// The properties `hidesText` reads.
    private enum HidingProperty {
        case display, visibility, opacity, fontSize, color, background
    }

    private static let hidingProperties: [(name: [UInt8], property: HidingProperty)] = [
        ("display", HidingProperty.display), ("visibility", .visibility), ("opacity", .opacity),
        ("font-size", .fontSize), ("color", .color), ("background-color", .background), ("background", .background),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The property a declaration's lowercased name names, compared on bytes (an ASCII name equals a String only with
    /// the same bytes), without making a String of every name.
    private static func hidingProperty(_ name: ArraySlice<UInt8>) -> HidingProperty? {
        hidingProperties.first { $0.name.count == name.count && $0.name.elementsEqual(name) }?.property
    }

    /// A word each declaration that hides text holds, in its compact form: its value (`none`, `hidden`, a white), or
    /// its property (`opacity`, `font-size`).
    private static let hidingWords = ASCIIKeywords([
        "none", "hidden", "font-size", "opacity", "#fff", "white", "255", "#fefefe",
    ])

    private static func isWhite(_ value: ArraySlice<UInt8>) -> Bool {
        ["#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fffffe"].contains {
            value.elementsEqual($0.utf8)
        }
    }

    /// Block elements and headings start and end lines.
    private static func breaksLine(_ tag: Tag) -> Bool { tag == .block || tag == .heading }

    private static let tags: [String: Tag] = {
        var tags: [String: Tag] = [
            "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
            "b": .emphasis, "strong": .emphasis, "title": .title, "style": .style, "br": .lineBreak, "a": .anchor,
            "td": .cell, "th": .cell, "span": .inline, "label": .inline,
        ]
        let blocks = [
            "p", "div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "aside", "main",
            "nav", "dl", "dt", "dd", "pre", "blockquote", "address", "hr", "body", "html", "tbody", "thead", "figure",
            "figcaption", "form", "fieldset", "center",
        ]
        for name in blocks { tags[name] = .block }
        return tags
    }()
}
