import Foundation

/// Finds degrees in education sections: level from the degree's name ("B.Sc.", "Master of Science", "PhD",
/// "Associate Degree in Nursing (ADN)", "High School Diploma"), field from what follows it.
enum EducationExtractor {
    static func entries(in lines: [ResumeLayout.Line]) -> [EducationEntry] {
        var starts: [(index: Int, level: EducationLevel)] = []
        for index in lines.indices where lines[index].section == .education && !lines[index].heading {
            if let level = level(in: lines[index].text) { starts.append((index, level)) }
        }
        var entries: [EducationEntry] = []
        for (position, start) in starts.enumerated() {
            var last = start.index
            let limit = position + 1 < starts.count ? starts[position + 1].index : lines.count
            while last + 1 < limit, lines[last + 1].section == .education, !lines[last + 1].heading,
                last - start.index < 2, isContinuation(lines[last + 1].text)
            {
                last += 1
            }
            let text = lines[start.index...last].map(\.text).joined(separator: ", ")
            entries.append(
                EducationEntry(
                    level: start.level, field: field(in: lines[start.index].text),
                    institution: institution(in: text), year: DateRangeParser.lastYear(in: text),
                    lines: (start.index + 1)...(last + 1)))
        }
        return entries
    }

    /// A line that continues a degree (its school, place or year), not another credential such as a certificate.
    private static func isContinuation(_ text: String) -> Bool {
        var bytes = text
        if bytes.withUTF8Span({ credentials.occurs(in: $0, 0..<$0.count) }) { return false }
        return institution(in: text) != nil || (text.utf8.count <= 80 && DateRangeParser.lastYear(in: text) != nil)
    }

    private static let credentials = ASCIIKeywords([
        "certificat", "course", "program", "diploma", "training", "bootcamp", "license", "licence",
    ])

    private struct Word {
        var text: String
        var dotted: Bool
    }

    /// Words with inner periods removed ("B.Sc." -> "bsc", dotted), lowercased.
    private static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var dotted = false
        for character in text.lowercased() {
            if character.isLetterCheckingASCIIFirst {
                current.append(character)
            } else if character == ".", !current.isEmpty {
                dotted = true
            } else {
                if !current.isEmpty { words.append(Word(text: current, dotted: dotted)) }
                current = ""
                dotted = false
            }
        }
        if !current.isEmpty { words.append(Word(text: current, dotted: dotted)) }
        return words
    }

    /// The highest degree level named in `text`, if any.
    static func level(in text: String) -> EducationLevel? {
        guard text.isSimpleText else { return level(of: words(text)) }
        var text = text
        return text.withUTF8Span { bytes in
            // The words of simple text are its runs of ASCII letters and inner periods, read one word ahead.
            var best: EducationLevel?
            var pending: Word?
            func add(_ word: Word?) {
                if let pending, let found = level(of: pending, next: word?.text ?? "") {
                    if best.map({ found > $0 }) ?? true { best = found }
                }
                pending = word
            }
            // The letters of the word being read, lowercased; one String is made per word.
            var current: [UInt8] = []
            current.reserveCapacity(16)
            var dotted = false
            for index in bytes.indices {
                let byte = bytes[index]
                if SimpleText.isLetter(byte) {
                    current.append(lowered(byte))
                } else if byte == 0x2E, !current.isEmpty {
                    dotted = true
                } else {
                    if !current.isEmpty { add(Word(text: String(decoding: current, as: UTF8.self), dotted: dotted)) }
                    current.removeAll(keepingCapacity: true)
                    dotted = false
                }
            }
            if !current.isEmpty { add(Word(text: String(decoding: current, as: UTF8.self), dotted: dotted)) }
            add(nil)
            return best
        }
    }

    /// The highest degree level among `words`.
    private static func level(of words: [Word]) -> EducationLevel? {
        var best: EducationLevel?
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1].text : ""
            let found = level(of: word, next: next)
            if let found, best.map({ found > $0 }) ?? true { best = found }
        }
        return best
    }

    private static func level(of word: Word, next: String) -> EducationLevel? {
        // One lookup per word: most words of a line name no degree.
        guard let (level, context) = levelWords[word.text] else { return nil }
        let followedByField = next == "in" || next == "of" || next == "degree" || next == "hons"
        switch context {
        case .alone: return level
        case .dotted: return word.dotted ? level : nil
        case .dottedOrBeforeField: return word.dotted || followedByField ? level : nil
        case .beforeField(let others): return followedByField || others.contains(next) ? level : nil
        case .before(let words): return words.contains(next) ? level : nil
        }
    }

    /// When a word names a degree level.
    private enum LevelContext {
        /// Always: "PhD", "MBA".
        case alone
        /// Written with periods: "A.A.", not the word "as".
        case dotted
        /// Written with periods or followed by a field: "B.S.", "MS in", "BA (Hons)".
        case dottedOrBeforeField
        /// Followed by a field or by one of these words: "Associates in", "Associate's".
        case beforeField(or: [String])
        /// Followed by one of these words: "Doctor of", "High School".
        case before([String])
    }

    /// The words that can name a degree level, lowercased without periods, with the level and when they name it.
    private static let levelWords: [String: (EducationLevel, LevelContext)] = {
        let groups: [(EducationLevel, LevelContext, [String])] = [
            (.doctorate, .alone, ["phd", "dphil", "doctorate", "doctoral", "edd", "dnp", "pharmd", "dsc"]),
            (.doctorate, .before(["of", "in"]), ["doctor"]),
            (
                .master, .alone,
                [
                    "master", "masters", "msc", "mba", "meng", "mphil", "msn", "mfa", "mpa", "mph", "llm", "macc",
                    "mres", "mcs", "mst",
                ]
            ),
            (.master, .dottedOrBeforeField, ["ms", "ma"]),
            (
                .bachelor, .alone,
                ["bachelor", "bachelors", "bsc", "beng", "bba", "bcom", "bsn", "bfa", "btech", "bse", "bcs", "bsba"]
            ),
            (.bachelor, .dottedOrBeforeField, ["bs", "ba"]),
            (.associate, .beforeField(or: ["s"]), ["associate"]),
            (.associate, .beforeField(or: []), ["associates"]),
            (.associate, .alone, ["adn", "aas", "asn"]),
            (.associate, .dotted, ["aa", "as"]),
            (.bachelor, .before(["s"]), ["engineer"]),  // "Engineer's degree (inż.)"
            (.master, .alone, ["diplom", "diplomingenieur", "diplôme"]),
            (.highSchool, .alone, ["ged", "abitur"]),
            (.highSchool, .before(["school"]), ["high"]),
            (.highSchool, .before(["school", "education"]), ["secondary"]),
        ]
        var table: [String: (EducationLevel, LevelContext)] = [:]
        for (level, context, words) in groups {
            for word in words {
                precondition(table[word] == nil, "each word has one meaning")
                table[word] = (level, context)
            }
        }
        return table
    }()

    /// "Bachelor of Science in Nursing (BSN) — Michigan" -> "Nursing"; "B.Sc. Computer Science, Edinburgh" ->
    /// "Computer Science".
    static func field(in line: String) -> String? {
        if line.isSimpleText {
            var bytes = line
            return bytes.withUTF8Span { bytes in Self.field(inSimple: bytes, line) }
        }
        // Only the first part is read: the split stops after it.
        let segment = line.split(maxSplits: 1, whereSeparator: partSeparators.contains).first.map(String.init) ?? line
        if let rest = segment.afterASCII(" in ") {
            let field = rest.trimmingWhitespace()
            return field.isEmpty ? nil : field
        }
        var remaining = Substring(segment)
        // Drop the degree words: "B.Sc.", "Master of Science", "MBA".
        while let space = remaining.firstIndex(where: { $0 == " " }) {
            let word = remaining[..<space].lowercased().filter(\.isLetterCheckingASCIIFirst)
            guard degreeWords.contains(word) else { break }
            remaining = remaining[space...].dropFirst()
        }
        let field = remaining.trimmingWhitespace()
        if field.isEmpty || degreeWords.contains(field.lowercased().filter(\.isLetterCheckingASCIIFirst))
            || institution(in: field) != nil
        {
            return nil
        }
        return field
    }

    /// `field(in:)` for simple text.
    private static func field(inSimple bytes: Span<UInt8>, _ line: String) -> String? {
        let segment =
            SimpleText.firstSegment(of: bytes, separatorLength: separatorLength, where: { $1 }) ?? 0..<bytes.count
        if let offset = asciiSearch(bytes, segment, inWord.span) {
            let field = SimpleText.trimmed(bytes, (offset + inWord.count)..<segment.upperBound)
            return field.isEmpty ? nil : line.utf8Slice(field)
        }
        // Drop the degree words: "B.Sc.", "Master of Science", "MBA".
        var remaining = segment
        while let space = remaining.first(where: { bytes[$0] == 0x20 }),
            degreeWords.contains(letters(bytes, remaining.lowerBound..<space))
        {
            remaining = (space + 1)..<remaining.upperBound
        }
        let field = SimpleText.trimmed(bytes, remaining)
        guard !field.isEmpty, !degreeWords.contains(letters(bytes, field)) else { return nil }
        let value = line.utf8Slice(field)
        return institution(in: value) == nil ? value : nil
    }

    private static let inWord = Array(" in ".utf8)

    /// What ends a part of a line (`separatorLength` on bytes), as Characters; a set, so each is one lookup.
    private static let partSeparators: Set<Character> = [",", ";", "|", "(", "—", "–"]

    /// The ASCII letters in `range`, lowercased.
    private static func letters(_ bytes: Span<UInt8>, _ range: Range<Int>) -> String {
        var word = ""
        for index in range where SimpleText.isLetter(bytes[index]) {
            word.unicodeScalars.append(Unicode.Scalar(lowered(bytes[index])))
        }
        return word
    }

    private static let degreeWords: Set<String> = [
        "bachelor", "bachelors", "master", "masters", "of", "science", "arts", "degree", "bsc", "msc", "ba", "bs",
        "ma", "ms", "mba", "phd", "beng", "meng", "bsn", "msn", "associate", "associates", "s",
    ]

    /// The length of the `,` `;` `|` `(` `—` `–` that ends a part of simple text at `index`, or 0.
    private static func separatorLength(_ bytes: Span<UInt8>, _ index: Int) -> Int {
        switch bytes[index] {
        case 0x2C, 0x3B, 0x7C, 0x28: return 1
        case 0xE2: return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94) ? 3 : 0
        default: return 0
        }
    }

    static func institution(in text: String) -> String? {
        var bytes = text
        if bytes.withUTF8Span(SimpleText.hasSingleScalarCharacters) {
            // Separators, keywords and whitespace are all read on bytes here; no letter is looked at.
            return bytes.withUTF8Span { bytes -> Range<Int>? in
                SimpleText.firstSegment(of: bytes, separatorLength: separatorLength) { bytes, segment in
                    guard institutionMarkers.occurs(in: bytes, segment),
                        asciiSearch(bytes, segment, highSchool.span) == nil
                    else { return nil }
                    return SimpleText.trimmed(bytes, segment)
                }
            }.map(text.utf8Slice)
        }
        let markers = [
            "university", "college", "school", "institute", "academy", "polytechnic", "universidad",
            "universidade", "université", "universität", "hochschule",
        ]
        for segment in text.split(whereSeparator: partSeparators.contains) {
            if markers.contains(where: segment.containsASCII), !segment.containsASCII("high school") {
                return segment.trimmingWhitespace()
            }
        }
        return nil
    }

    private static let institutionMarkers = ASCIIKeywords([
        "university", "college", "school", "institute", "academy", "polytechnic", "universidad", "universidade",
        "université", "universität", "hochschule",
    ])

    private static let highSchool = Array("high school".utf8)
}
