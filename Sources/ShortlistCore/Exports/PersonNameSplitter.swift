import Foundation

/// A candidate's name as an ATS with separate first and last name fields wants it, with the name as written kept.
struct PersonName: Sendable, Hashable {
    /// The name as written in the resume (surrounding whitespace trimmed).
    var full: String
    /// First name plus any middle names or initials.
    var given: String
    /// Last name, with its particles (`de la Cruz`) and a generational suffix (`Jr.`).
    var family: String
}

/// Splits a full name into first and last name the way a recruiter would type them into an ATS.
///
/// - `Jane Q. Doe` → `Jane Q.` / `Doe` (middle names and initials stay with the first name)
/// - `Maria de la Cruz`, `Anke van der Berg` → the particles go with the last name
/// - `Doe, Jane` → `Jane` / `Doe`; `Jane Doe, PhD` drops the credential; `John Smith Jr.` → `John` / `Smith Jr.`
/// - `Dr. Jane Doe` drops the title; `Chen Wei (陈伟)` splits `Chen Wei` and keeps the rest in `full`
/// - `Madonna` → `Madonna` / empty
///
/// Letters are never changed: no case folding, no transliteration. The order of the words is taken as given name
/// first; names written family name first (`NGUYỄN THỊ LAN`) cannot be told apart from the text, which is why
/// the full name travels with every export.
enum PersonNameSplitter {
    static func split(_ name: String?) -> PersonName {
        let full = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var working = withoutParentheses(full)
        if working.allSatisfy(\.isWhitespace) { working = full }

        var generational: [Substring] = []
        var parts = working.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        // `Jane Doe, PhD`, `Smith, John, Jr.`: trailing parts that only hold suffixes are not part of the name.
        while parts.count > 1, let suffixes = suffixTokens(parts[parts.count - 1]) {
            generational = suffixes.filter { generationalSuffixes.contains(String($0)) } + generational
            parts.removeLast()
        }
        if parts.count >= 2 {
            // `Doe, Jane Q.`
            let family = tokens(parts[0]) + generational
            let given = dropTitles(parts[1...].flatMap { tokens($0) })
            return PersonName(full: full, given: given.joined(separator: " "), family: family.joined(separator: " "))
        }

        var words = dropTitles(tokens(parts.first ?? ""))
        while words.count > 1, let last = words.last, isSuffix(last) {
            if generationalSuffixes.contains(String(last)) { generational.insert(last, at: 0) }
            words.removeLast()
        }
        guard words.count > 1 else {
            return PersonName(full: full, given: words.first.map(String.init) ?? "", family: "")
        }
        var start = words.count - 1
        while start > 1, particles.contains(words[start - 1].lowercased()) { start -= 1 }
        return PersonName(
            full: full, given: words[..<start].joined(separator: " "),
            family: (words[start...] + generational).joined(separator: " "))
    }

    /// Lower-case words that belong to the last name when they come before it (`van der Berg`, `El Idrissi`).
    static let particles: Set<String> = [
        "al", "bin", "binti", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do", "dos", "du", "el",
        "ibn", "la", "le", "lo", "st.", "ten", "ter", "van", "vande", "vander", "von", "zu",
    ]

    /// Written after the last name and kept with it.
    static let generationalSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

    /// Degrees and professional credentials written after a name; matched case-sensitively as written.
    static let credentials: Set<String> = [
        "PhD", "Ph.D.", "MD", "M.D.", "RN", "BSN", "MSN", "DNP", "LPN", "CNA", "CPA", "CMA", "CFA", "ACCA", "CIA",
        "MBA", "MSc", "M.Sc.", "BSc", "B.Sc.", "P.E.", "PMP", "Esq", "Esq.",
    ]

    /// Forms of address written before a name.
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir"]

    private static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    private static func isSuffix(_ word: Substring) -> Bool {
        let trimmed = String(word)
        return generationalSuffixes.contains(trimmed) || credentials.contains(trimmed)
    }

    /// The words of a comma-separated part when every one of them is a suffix or credential, else nil.
    private static func suffixTokens(_ part: String) -> [Substring]? {
        let words = tokens(part)
        return words.allSatisfy(isSuffix) ? words : nil
    }

    private static func dropTitles(_ words: [Substring]) -> [Substring] {
        var words = words[...]
        while words.count > 1, let first = words.first,
            titles.contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        {
            words.removeFirst()
        }
        return Array(words)
    }

    /// The name without parenthesized parts such as an alternative script (`Chen Wei (陈伟)`) or a nickname.
    private static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(character) }
            }
        }
        return result
    }
}
