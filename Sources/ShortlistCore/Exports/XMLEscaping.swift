/// Escapes untrusted text (everything from a resume) for XML 1.0 text content and double-quoted attribute values.
///
/// Markup characters become entity references; tab, line feed and carriage return become character references in
/// attributes (a parser would otherwise normalize them to spaces); characters XML 1.0 cannot carry at all (other
/// C0 controls, U+FFFE, U+FFFF) become U+FFFD, so the document is always well-formed.
enum XMLEscaping {
    static func text(_ value: String) -> String {
        escape(value, attribute: false)
    }

    static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&apos;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
