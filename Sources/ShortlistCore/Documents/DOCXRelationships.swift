import LibXMLBridge

/// A Word document's relationships (`word/_rels/document.xml.rels`): hyperlink targets by relationship id, and the
/// header parts.
struct DOCXRelationships {
    /// Relationship id (`rId5`) → target (`https://…`, `mailto:…`).
    var hyperlinks: [String: String] = [:]
    /// Header part targets relative to `word/` (`header1.xml`), sorted.
    var headers: [String] = []

    static func read(_ events: [MarkupEvent]?) -> DOCXRelationships {
        var result = DOCXRelationships()
        for case .start(let element) in events ?? [] where element.name == "Relationship" {
            guard let id = element.attribute("id"), let target = element.attribute("target"),
                let type = element.attribute("type")
            else { continue }
            if type.hasSuffix("/hyperlink") {
                result.hyperlinks[id] = target
            } else if type.hasSuffix("/header"), !target.contains("..") {
                result.headers.append(target)
            }
        }
        result.headers.sort()
        return result
    }
}
