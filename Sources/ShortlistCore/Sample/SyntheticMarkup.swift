/// Escapes text for the HTML, XHTML and XML renderings of a synthetic resume.
enum SyntheticMarkup {
    /// How characters outside ASCII are written.
    enum NonASCII: Sendable {
        /// As UTF-8 (or whatever the document encoding is).
        case raw
        /// As numeric character references: `&#233;`.
        case numeric
        /// As HTML named entities where one exists (`&eacute;`, `&mdash;`), numeric references otherwise.
        /// Valid in HTML only: XML knows no named entities but the five predefined ones.
        case named
    }

    /// Appends `text` with `&`, `<`, `>` (and `"` when `attribute`) escaped.
    static func append(_ text: String, to out: inout String, nonASCII: NonASCII = .raw, attribute: Bool = false) {
        let escapesQuotes = attribute
        let escapesNonASCII = nonASCII != .raw
        var needsWork = false
        for byte in text.utf8 {
            switch byte {
            case 0x26, 0x3C, 0x3E: needsWork = true
            case 0x22: needsWork = escapesQuotes
            case 0x80...: needsWork = escapesNonASCII
            default: continue
            }
            if needsWork { break }
        }
        guard needsWork else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            default:
                if scalar.isASCII || nonASCII == .raw {
                    out.unicodeScalars.append(scalar)
                } else if nonASCII == .named, let name = namedEntities[scalar] {
                    out += "&\(name);"
                } else {
                    out += "&#\(scalar.value);"
                }
            }
        }
    }

    /// `text` escaped, as a new string.
    static func escaped(_ text: String, nonASCII: NonASCII = .raw, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        append(text, to: &out, nonASCII: nonASCII, attribute: attribute)
        return out
    }

    private static let namedEntities: [Unicode.Scalar: String] = [
        "á": "aacute", "à": "agrave", "â": "acirc", "ä": "auml", "å": "aring", "ã": "atilde", "æ": "aelig",
        "ç": "ccedil", "é": "eacute", "è": "egrave", "ê": "ecirc", "ë": "euml", "í": "iacute", "ì": "igrave",
        "î": "icirc", "ï": "iuml", "ñ": "ntilde", "ó": "oacute", "ò": "ograve", "ô": "ocirc", "ö": "ouml",
        "õ": "otilde", "ø": "oslash", "ú": "uacute", "ù": "ugrave", "û": "ucirc", "ü": "uuml", "ý": "yacute",
        "ß": "szlig", "Á": "Aacute", "Å": "Aring", "Ä": "Auml", "Ç": "Ccedil", "É": "Eacute", "Ö": "Ouml",
        "Ø": "Oslash", "Ü": "Uuml", "Ñ": "Ntilde", "—": "mdash", "–": "ndash", "•": "bull", "·": "middot",
        "’": "rsquo", "€": "euro", "£": "pound",
    ]
}
