import Foundation

/// Blind screening: removes what identifies a person — or their age — from everything a screener sees.
///
/// Holds compiled regular expressions (not Sendable), so each worker makes its own.
///
/// Scoring never reads these fields, so scores are the same with and without `--blind`; only the outputs change:
/// the contact fields, the source file name (file names usually carry the name), and, inside evidence snippets,
/// the candidate's own name, e-mail, phone, location and links, any e-mail address, web link, international or
/// bracketed phone number, street address, date of birth or age, and graduation years.
struct Redaction {
    static let marker = "[redacted]"
    static let yearMarker = "[year]"

    private let patterns = Pattern.all()
    private let year = try! Regex(#"\b(19[4-9]\d|20[0-4]\d)\b"#)

    static func redactedContact() -> Contact {
        Contact(name: marker, email: marker, phone: marker, location: marker, links: [])
    }

    /// Redacts every evidence snippet and term of `evaluation`.
    func redact(_ evaluation: inout Evaluation, contact: Contact) {
        let needles = Self.needles(for: contact)
        for outcomeIndex in evaluation.outcomes.indices {
            for evidenceIndex in evaluation.outcomes[outcomeIndex].evidence.indices {
                var evidence = evaluation.outcomes[outcomeIndex].evidence[evidenceIndex]
                let education = evidence.section == .education
                evidence.snippet = scrub(evidence.snippet, needles: needles, education: education)
                evidence.term = scrub(evidence.term, needles: needles, education: education)
                evaluation.outcomes[outcomeIndex].evidence[evidenceIndex] = evidence
            }
        }
    }

    /// The candidate's own identifying strings, longest first (so a full name goes before its parts).
    static func needles(for contact: Contact) -> [String] {
        var needles = [contact.name, contact.email, contact.phone, contact.location].compactMap { $0 }
        needles += contact.links
        if let name = contact.name { needles += name.split(separator: " ").map(String.init) }
        return Array(Set(needles.filter { $0.count >= 3 })).sorted { ($0.count, $1) > ($1.count, $0) }
    }

    /// `text` with the candidate's identifying strings and every identity pattern replaced. In education text, bare
    /// years are graduation years and are replaced too.
    func scrub(_ text: String, needles: [String], education: Bool) -> String {
        var text = text
        for needle in needles where text.contains(needle) {
            text = text.replacingOccurrences(of: needle, with: Self.marker)
        }
        let lowered = text.lowercased()
        for pattern in patterns where pattern.mayMatch(lowered) {
            text = text.replacing(pattern.regex) { match in
                // A pattern that starts with a one-character context (`(^|\s)+49…`) keeps that character.
                let lead = pattern.keepsLead ? match.output[1].substring.map(String.init) ?? "" : ""
                return lead + Self.marker
            }
        }
        if education || lowered.contains("class of") || lowered.contains("graduat") {
            text = text.replacing(year, with: Self.yearMarker)
        }
        return text
    }

    /// One kind of identifying text, with a cheap test that must pass before the regular expression runs (keeps
    /// `--blind` near the speed of a normal run: most snippets have no `@`, no link, no "born").
    struct Pattern {
        var regex: Regex<AnyRegexOutput>
        var triggers: [String]
        var keepsLead = false

        func mayMatch(_ lowered: String) -> Bool { triggers.contains { lowered.contains($0) } }

        /// The patterns, compiled (the expressions are constants: `try!` cannot fail at run time once tested).
        static func all() -> [Pattern] {
            [
                Pattern(regex: try! Regex(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#), triggers: ["@"]),
                Pattern(
                    regex: try! Regex(
                        #"(?i)(https?://|www\.)[^\s,;)]+|\b[a-z0-9\-]+\.(com|org|net|io|me|dev)/[^\s,;)]*"#),
                    triggers: ["http", "www.", ".com/", ".org/", ".net/", ".io/", ".me/", ".dev/"]),
                // International (+49 30 …) and bracketed ((030) 1234 567) phone numbers. Date ranges never start so.
                // The `+` must start a word, so `C++17 (2019-2021)` is not a phone number.
                Pattern(
                    regex: try! Regex(#"(^|[\s:;,\[])\+\d[\d\s().\-/]{6,}\d|\(\d{2,5}\)\s?\d[\d\s.\-/]{4,}\d"#),
                    triggers: ["+", "("], keepsLead: true),
                Pattern(
                    regex: try! Regex(
                        #"(?i)\b(date of birth|birth ?date|born( on| in)?|d\.?o\.?b\.?)\s*[:\-]?\s*[^,;|]{0,30}"#),
                    triggers: ["birth", "born", "dob", "d.o.b"]),
                Pattern(
                    regex: try! Regex(#"(?i)\bage[:\s]+\d{2}\b|\b\d{2}\s*(years old|yrs old|y/o|-year-old)"#),
                    triggers: ["age", "old", "y/o"]),
                Pattern(
                    regex: try! Regex(
                        #"\b\d{1,5}[A-Za-z]?\s+(\p{Lu}[\p{L}.'\-]*\s+){1,3}(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Court|Ct\.?|Place|Pl\.?|Way|Terrace|Crescent)\b|\b\p{Lu}\p{Ll}+(straße|strasse|weg|gasse|platz|allee)\s+\d{1,4}[a-z]?\b|\b(ul\.|rue|calle|via)\s+\p{L}[\p{L}\s.'\-]{1,30}\s\d{1,4}\b"#
                    ),
                    triggers: [
                        "street", " st", "avenue", "ave", "road", " rd", "lane", " ln", "boulevard", "blvd", "drive",
                        " dr",
                        "court", " ct", "place", " pl", " way", "terrace", "crescent", "straße", "strasse", "weg",
                        "gasse",
                        "platz", "allee", "ul.", "rue ", "calle ", "via ",
                    ]),
            ]
        }
    }
}
