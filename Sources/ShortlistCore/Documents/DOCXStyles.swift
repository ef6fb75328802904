import LibXMLBridge

/// Which paragraph styles of a Word document are headings: Title and Heading 1–3 by their built-in names (Word stores
/// them in English whatever the interface language), styles at outline level 0–2, and styles based on one of those.
/// Without `word/styles.xml`, the built-in style ids (`Title`, `Heading1`…`Heading3`) are recognised.
struct DOCXStyles {
    private var headings: Set<String> = []
    private var titles: Set<String> = []

    func isHeading(_ styleID: String) -> Bool {
        headings.contains(styleID) || Self.builtInHeadings.contains(styleID.lowercased())
    }

    func isTitle(_ styleID: String) -> Bool {
        titles.contains(styleID) || styleID.lowercased() == "title"
    }

    private static let builtInHeadings: Set<String> = ["title", "heading1", "heading2", "heading3"]
    private static let headingNames: Set<String> = ["title", "heading 1", "heading 2", "heading 3"]

    /// - Parameter events: `word/styles.xml` as parsed, or nil when the package has none.
    static func read(_ events: [MarkupEvent]?) -> DOCXStyles {
        struct Style {
            var name = ""
            var basedOn: String?
            var outlineLevel: Int?
        }
        var styles: [String: Style] = [:]
        var current: (id: String, style: Style)?
        var depth = 0
        var styleDepth = 0
        for event in events ?? [] {
            switch event {
            case .start(let element):
                depth += 1
                switch element.name {
                case "style" where element.attribute("type") == "paragraph":
                    if let id = element.attribute("styleid") {
                        current = (id, Style())
                        styleDepth = depth
                    }
                case "name": current?.style.name = element.attribute("val")?.lowercased() ?? ""
                case "basedOn": current?.style.basedOn = element.attribute("val")
                case "outlineLvl": current?.style.outlineLevel = element.attribute("val").flatMap { Int($0) }
                default: break
                }
            case .end:
                if depth == styleDepth, let finished = current {
                    styles[finished.id] = finished.style
                    current = nil
                }
                depth -= 1
            case .text: break
            }
        }
        var result = DOCXStyles()
        for id in styles.keys {
            // Follow `basedOn` a few steps (a cycle or a long chain is not a heading).
            var next: String? = id
            for _ in 0..<8 {
                guard let name = next, let style = styles[name] else { break }
                if style.name == "title" { result.titles.insert(id) }
                if headingNames.contains(style.name) || (style.outlineLevel.map { (0...2).contains($0) } ?? false) {
                    result.headings.insert(id)
                    break
                }
                next = style.basedOn
            }
        }
        return result
    }
}
