import Foundation

/// Finds the roles in experience sections of laid-out text: a line with a date range starts a role, and its title and
/// employer come from the rest of that line or from the line just above it.
enum ExperienceExtractor {
    static func entries(in lines: [ResumeLayout.Line]) -> [ExperienceEntry] {
        var drafts: [(first: Int, title: String?, employer: String?, dates: DateRange)] = []
        for index in lines.indices {
            guard lines[index].section == .experience, !lines[index].heading,
                let found = DateRangeParser.firstRange(in: lines[index].text)
            else { continue }
            let text = lines[index].text
            let rest =
                text.utf8Slice(0..<found.bounds.lowerBound) + " "
                + text.utf8Slice(found.bounds.upperBound..<text.utf8.count)
            let restIsSimple = rest.isSimpleText
            var heading = cleaned(rest, isSimple: restIsSimple)
            var first = index
            let previousIsFree = drafts.last.map { $0.first < index - 1 } ?? true
            // "Jan 2020 – Present (full time, 36 h/week)": a note in parentheses is not a title.
            if lettersOutsideParentheses(rest, isSimple: restIsSimple) < 3, index > 0, previousIsFree,
                lines[index - 1].section == .experience, !lines[index - 1].heading, !isBullet(lines[index - 1].text),
                DateRangeParser.firstRange(in: lines[index - 1].text) == nil
            {
                heading = cleaned(lines[index - 1].text)
                first = index - 1
            }
            let (title, employer) = splitTitleAndEmployer(heading)
            drafts.append((first, title, employer, found.range))
        }
        var entries: [ExperienceEntry] = []
        for (position, draft) in drafts.enumerated() {
            var last = draft.first
            let limit = position + 1 < drafts.count ? drafts[position + 1].first : lines.count
            while last + 1 < limit, lines[last + 1].section == .experience, !lines[last + 1].heading { last += 1 }
            entries.append(
                ExperienceEntry(
                    title: draft.title, employer: draft.employer, dates: draft.dates,
                    lines: (draft.first + 1)...(last + 1)))
        }
        return entries
    }

    /// "Senior Engineer — Acme Corp", "Staff Nurse at St. Mary's", "Accountant | Deloitte", "Nurse, City Hospital".
    static func splitTitleAndEmployer(_ text: String) -> (String?, String?) {
        guard !text.isEmpty else { return (nil, nil) }
        var bytes = text
        let split = bytes.withUTF8Span { bytes -> (Int, Int)? in
            guard let number = titleSeparatorSearch.firstKeyword(in: bytes, 0..<bytes.count) else { return nil }
            let separator = titleSeparators[number]
            return asciiSearch(bytes, 0..<bytes.count, separator.span).map { ($0, $0 + separator.count) }
        }
        guard let (end, start) = split else { return (text, nil) }
        let title = cleaned(text.utf8Slice(0..<end))
        let employer = cleaned(text.utf8Slice(start..<text.utf8.count))
        return (title.isEmpty ? nil : title, employer.isEmpty ? nil : employer)
    }

    /// The separators between title and employer, the most telling first.
    private static let titleSeparatorWords = [" — ", " – ", " | ", " - ", " at ", " @ ", ", ", " · ", " • "]
    private static let titleSeparators = titleSeparatorWords.map { Array($0.utf8) }
    private static let titleSeparatorSearch = ASCIIKeywords(titleSeparatorWords)

    /// The text without the separators and brackets at its edges and without empty "()".
    private static func cleaned(_ text: String, isSimple: Bool? = nil) -> String {
        guard isSimple ?? text.isSimpleText else { return cleanedCharacters(text) }
        var bytes = text
        return bytes.withUTF8Span { bytes in
            var range = SimpleText.trimmed(bytes, 0..<bytes.count)
            while !range.isEmpty, let length = edgeLength(bytes, at: range.lowerBound) {
                range = (range.lowerBound + length)..<range.upperBound
            }
            while !range.isEmpty {
                // The last Character of simple text is one byte, or a mark of two (·) or three bytes.
                let last = range.upperBound - 1
                let start = bytes[last] < 0x80 ? last : bytes[last - 1] == 0xC2 ? last - 1 : last - 2
                guard edgeLength(bytes, at: start) != nil else { break }
                range = range.lowerBound..<start
            }
            if range.count >= 2, bytes[range.upperBound - 2] == 0x20, bytes[range.upperBound - 1] == 0x28 {
                range = range.lowerBound..<(range.upperBound - 2)
            }
            var hasOpening = false
            for index in range where bytes[index] == 0x28 { hasOpening = true }
            guard hasOpening else { return text.utf8Slice(range) }
            var kept: [UInt8] = []
            kept.reserveCapacity(range.count + 1)
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] == 0x28, index + 1 < range.upperBound, bytes[index + 1] == 0x29 {
                    index += 2
                    continue
                }
                kept.append(bytes[index])
                index += 1
            }
            while let first = kept.first, SimpleText.isWhitespace(first) { kept.removeFirst() }
            while let last = kept.last, SimpleText.isWhitespace(last) { kept.removeLast() }
            var balance = 0
            for byte in kept where byte == 0x28 || byte == 0x29 { balance += byte == 0x28 ? 1 : -1 }
            if balance > 0 { kept.append(0x29) }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// The byte length of the edge character (`|,()-:[] ` or `– — · •`) at `index` of simple text, or nil.
    private static func edgeLength(_ bytes: Span<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x7C, 0x2C, 0x28, 0x29, 0x2D, 0x3A, 0x5B, 0x5D, 0x20: return 1
        case 0xC2: return 2  // ·, the only two-byte mark
        case 0xE2:
            let third = bytes[index + 2]
            return bytes[index + 1] == 0x80 && (third == 0x93 || third == 0x94 || third == 0xA2) ? 3 : nil
        default: return nil
        }
    }

    /// `cleaned` for text with other than ASCII and field marks, Character by Character.
    private static func cleanedCharacters(_ text: String) -> String {
        var result = text.trimmingWhitespace()
        while let first = result.first, edgeCharacters.contains(first) { result.removeFirst() }
        while let last = result.last, edgeCharacters.contains(last) { result.removeLast() }
        if result.hasSuffix(" (") { result.removeLast(2) }
        // Without a "(" byte there is no "(" Character: nothing to remove or balance.
        guard result.containsUTF8(0x28) else { return result }
        result = result.replacingOccurrences(of: "()", with: "").trimmingWhitespace()
        if result.filter({ $0 == "(" }).count > result.filter({ $0 == ")" }).count { result += ")" }
        return result
    }

    private static let edgeCharacters: Set<Character> = [
        "|", ",", "(", ")", "–", "—", "-", ":", "·", "•", "[", "]", " ",
    ]

    /// The number of letters outside parentheses.
    private static func lettersOutsideParentheses(_ text: String, isSimple: Bool) -> Int {
        guard isSimple else {
            // Without a parenthesis byte there is no parenthesis Character, and nothing to remove.
            let hasParentheses = text.containsUTF8(0x28) || text.containsUTF8(0x29)
            return letterCount(hasParentheses ? withoutParentheses(text) : text)
        }
        var text = text
        return text.withUTF8Span { bytes in
            var depth = 0
            var letters = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x28 {
                    depth += 1
                } else if byte == 0x29 {
                    depth = max(0, depth - 1)
                } else if depth == 0, SimpleText.isLetter(byte) {
                    letters += 1
                }
            }
            return letters
        }
    }

    private static func letterCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isLetterCheckingASCIIFirst ? 1 : 0) }
    }

    private static func withoutParentheses(_ text: String) -> String {
        var depth = 0
        var kept = ""
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(character)
            }
        }
        return kept
    }

    private static func isBullet(_ text: String) -> Bool {
        guard let first = text.trimmingWhitespace().first else { return true }
        return bulletMarks.contains(first)
    }

    private static let bulletMarks: Set<Character> = ["•", "*", "-", "–", "·", "▪", "◦", ">"]
}
