import Foundation

/// Finds contact details in a resume's text when the markup did not label them: the e-mail address, a phone number
/// near the top, profile links, the name on the first lines and a "City, Region" location.
enum ContactExtractor {
    static func complete(_ hints: Contact, lines: [ResumeLayout.Line]) -> Contact {
        var contact = hints
        // Lines written by an agency or recruiter carry their contact details, not the candidate's. The check is
        // only made on lines that could give a detail (it is the costly part).
        let header = lines.prefix(40).filter { !$0.text.utf8.isEmpty }.prefix(30)
        if contact.email == nil {
            contact.email = firstResult(lines) { line in
                guard line.text.containsUTF8(0x40), !isIntermediaryLine(line.text) else { return nil }
                return email(in: line.text)
            }
        }
        if contact.phone == nil {
            contact.phone = firstResult(header) { line in
                guard line.text.asciiDigitCount >= 9, !isIntermediaryLine(line.text) else { return nil }
                return phone(in: line.text)
            }
        }
        var seen = Set(contact.links.map(linkKey))
        for line in lines.prefix(60)
        where contact.links.count < 10 && line.text.containsUTF8(0x2E) && mayContainLink(line.text) {
            for link in links(in: line.text) where contact.links.count < 10 && seen.insert(linkKey(link)).inserted {
                contact.links.append(link)
            }
        }
        if contact.name == nil {
            contact.name = firstResult(header.prefix(5)) { line in
                guard !line.heading, !isIntermediaryLine(line.text) else { return nil }
                return name(in: line.text)
            }
        }
        contact.name = contact.name.map(withoutPostNominals)
        if contact.location == nil {
            contact.location = firstResult(header.prefix(10)) { [name = contact.name] line in
                guard line.text.containsUTF8(0x2C) || line.text.containsUTF8(0x3A), !isIntermediaryLine(line.text)
                else { return nil }
                return location(in: line.text, name: name)
            }
        }
        contact.email = contact.email.map { $0.trimmingWhitespace() }
        return contact
    }

    /// The first non-nil `result` of the lines, in order; the lines after it are not read.
    private static func firstResult<Result>(
        _ lines: some Sequence<ResumeLayout.Line>, _ result: (ResumeLayout.Line) -> Result?
    ) -> Result? {
        for line in lines {
            if let found = result(line) { return found }
        }
        return nil
    }

    /// "Submitted by … Agency · Consultant: …": a line about who presents the candidate.
    static func isIntermediaryLine(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        var text = text
        return text.withUTF8Span { bytes in intermediaryWords.occurs(in: bytes, 0..<bytes.count) }
    }

    private static let intermediaryWords = ASCIIKeywords([
        "agency", "recruiter", "recruitment", "staffing", "consultant:", "submitted by", "presented by", "on behalf of",
    ])

    /// A link without scheme, `www.` and trailing slash, so `https://www.x.com/a/` and `x.com/a` are one link.
    static func linkKey(_ link: String) -> String {
        var key = link.lowercased()
        for prefix in ["https://", "http://", "www."] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    private static func mayContainLink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8Span { bytes in linkMarkers.occurs(in: bytes, 0..<bytes.count) }
    }

    private static let linkMarkers = ASCIIKeywords(["http", "www.", "linkedin.com/", "github.com/"])

    static func nameFromTitle(_ title: String) -> String? {
        var text = title
        guard
            text.containsASCII("resume") || text.containsASCII("résumé") || text.containsASCII("cv")
                || text.containsASCII("curriculum")
        else { return name(in: text) }
        // "Jane Doe – Resume", "CV: Jane Doe", "Resume of Jane Doe": keep the part that is not the document's kind.
        for noise in ["Resume of ", "CV of "] where text.asciiOffset(of: noise) == 0 {
            text = String(text.utf8.dropFirst(noise.utf8.count)) ?? text
        }
        let segments = text.split(whereSeparator: { "-|–—:".contains($0) }).map { $0.trimmingWhitespace() }
        let isNoise: (String) -> Bool = { segment in
            ["resume", "résumé", "cv", "curriculum vitae"].contains(segment.lowercased())
        }
        return segments.first(where: { !$0.isEmpty && !isNoise($0) }).flatMap { name(in: $0) }
    }

    private static func isEmailCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2E
            || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D
    }

    static func email(in text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let at = bytes.firstIndex(of: 0x40) else { return nil }
        var start = at
        while start > 0, isEmailCharacter(bytes[start - 1]) { start -= 1 }
        var end = at + 1
        while end < bytes.count, isEmailCharacter(bytes[end]) && bytes[end] != 0x2B { end += 1 }
        while end > at + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        let domain = bytes[(at + 1)..<end]
        guard start < at, domain.contains(0x2E), domain.first != 0x2E else {
            return at + 1 < bytes.count ? email(in: String(decoding: bytes[(at + 1)...], as: UTF8.self)) : nil
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// 9–15 digits with the usual separators, not a date range ("2015-2019") and not part of a longer number.
    static func phone(in text: String) -> String? {
        guard text.asciiDigitCount >= 9, text.utf8.count <= 400 else { return nil }
        if text.isSimpleText {
            var bytes = text
            return bytes.withUTF8Span { bytes in phoneOffsets(inSimple: bytes) }.map(text.utf8Slice)
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character.isASCII, character.isNumber || character == "+" || character == "(" else {
                index += 1
                continue
            }
            if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            while end < characters.count {
                let next = characters[end]
                if next.isASCII, next.isNumber {
                    digits += 1
                } else if !(next == " " || next == "-" || next == "." || next == "(" || next == ")" || next == "+"
                    || next == "/")
                {
                    break
                }
                end += 1
            }
            var candidate = String(characters[index..<end])
            while let last = candidate.last, !last.isNumber { candidate.removeLast() }
            let groups = candidate.split(whereSeparator: { !$0.isNumber })
            let looksLikeYears =
                groups.count >= 2
                && groups.allSatisfy {
                    $0.count == 4
                        && ($0.hasPrefix("19")
                            || $0.hasPrefix("20"))
                }
            if digits >= 9, digits <= 15, !looksLikeYears, !(groups.count == 1 && candidate.first != "+") {
                return candidate
            }
            index = max(end, index + 1)
        }
        return nil
    }

    /// `phone(in:)` for simple text, where the separators, digits and letters it looks at are all single bytes.
    private static func phoneOffsets(inSimple bytes: Span<UInt8>) -> Range<Int>? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard SimpleText.isDigit(byte) || byte == 0x2B || byte == 0x28 else {
                index += 1
                continue
            }
            if index > 0, SimpleText.isLetter(bytes[index - 1]) || SimpleText.isDigit(bytes[index - 1]) {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            while end < bytes.count {
                let next = bytes[end]
                if SimpleText.isDigit(next) {
                    digits += 1
                } else if !(next == 0x20 || next == 0x2D || next == 0x2E || next == 0x28 || next == 0x29 || next == 0x2B
                    || next == 0x2F)
                {
                    break
                }
                end += 1
            }
            var last = end
            while last > index, !SimpleText.isDigit(bytes[last - 1]) { last -= 1 }
            // The digit groups of the candidate, and whether they all read as years ("2015-2019").
            var groups = 0
            var allYears = true
            var position = index
            while position < last {
                guard SimpleText.isDigit(bytes[position]) else {
                    position += 1
                    continue
                }
                let start = position
                while position < last, SimpleText.isDigit(bytes[position]) { position += 1 }
                groups += 1
                // A year here is four digits starting "19" or "20".
                let century = position - start == 4 ? (bytes[start], bytes[start + 1]) : (0, 0)
                if century != (0x31, 0x39) && century != (0x32, 0x30) { allYears = false }
            }
            let looksLikeYears = groups >= 2 && allYears
            if digits >= 9, digits <= 15, !looksLikeYears, !(groups == 1 && (last == index || bytes[index] != 0x2B)) {
                return index..<last
            }
            index = max(end, index + 1)
        }
        return nil
    }

    static func links(in text: String) -> [String] {
        var result: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "\t" || $0 == "<" || $0 == ">" }) {
            let lower = word.lowercased()
            let isLink =
                lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
                || lower.hasPrefix("linkedin.com/") || lower.hasPrefix("github.com/")
            guard isLink, word.count <= 300 else { continue }
            var link = String(word)
            while let last = link.last, ",.;)".contains(last) { link.removeLast() }
            result.append(link)
        }
        return result
    }

    /// A line of 2–5 capitalised words without digits or '@': the way a resume opens with the candidate's name.
    static func name(in line: String) -> String? {
        if !line.containsUTF8(0x2C), line.isSimpleText {
            // Without a comma there are no post-nominals to drop.
            var bytes = line
            return bytes.withUTF8Span { bytes in nameOffsets(inSimple: bytes) }.map(line.utf8Slice)
        }
        let text = withoutPostNominals(line)
        guard !text.isEmpty, text.count <= 60, !text.containsLikeFoundation("@"), !text.contains(where: \.isNumber),
            !text.containsLikeFoundation(":")
        else { return nil }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return nil }
        let lower = text.lowercased()
        let notNames = [
            "resume", "curriculum", "summary", "experience", "engineer", "nurse", "accountant",
            "developer", "manager", "http", "www", "street", "avenue", "candidate",
        ]
        guard !notNames.contains(where: lower.containsLikeFoundation) else { return nil }
        guard
            words.allSatisfy({ word in
                guard let first = word.first else { return false }
                return first.isUppercase
                    || ["van", "von", "de", "da", "del", "der", "di", "le", "la", "bin", "al"]
                        .contains(String(word).lowercased())
            })
        else { return nil }
        return text
    }

    /// `name(in:)` for simple text without a comma: the trimmed line when it reads as a name.
    private static func nameOffsets(inSimple bytes: Span<UInt8>) -> Range<Int>? {
        let text = SimpleText.trimmed(bytes, 0..<bytes.count)
        guard !text.isEmpty, SimpleText.characterCount(bytes, in: text) <= 60 else { return nil }
        for index in text where bytes[index] == 0x40 || bytes[index] == 0x3A || SimpleText.isDigit(bytes[index]) {
            return nil
        }
        guard !notNames.occurs(in: bytes, text) else { return nil }
        var words = 0
        var index = text.lowerBound
        while index < text.upperBound {
            guard bytes[index] != 0x20 else {
                index += 1
                continue
            }
            let start = index
            while index < text.upperBound, bytes[index] != 0x20 { index += 1 }
            words += 1
            guard SimpleText.isUppercase(bytes[start]) || isNameParticle(bytes, start..<index) else { return nil }
        }
        return (2...5).contains(words) ? text : nil
    }

    private static let notNames = ASCIIKeywords([
        "resume", "curriculum", "summary", "experience", "engineer", "nurse", "accountant", "developer", "manager",
        "http", "www", "street", "avenue", "candidate",
    ])

    private static let nameParticles = ["van", "von", "de", "da", "del", "der", "di", "le", "la", "bin", "al"].map {
        Array($0.utf8)
    }

    private static func isNameParticle(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        nameParticles.contains { particle in
            guard particle.count == range.count else { return false }
            for offset in 0..<range.count where lowered(bytes[range.lowerBound + offset]) != particle[offset] {
                return false
            }
            return true
        }
    }

    /// "Samuel O. Adeyemi, MD" is the name "Samuel Adeyemi" as the header wrote it, not a "City, Region".
    private static func isName(_ text: String, _ name: String?) -> Bool {
        guard let name else { return false }
        let bare = withoutPostNominals(text)
        if bare == name { return true }
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return false }
        let bareWords = bare.split(separator: " ")
        return bareWords.first == words.first && bareWords.last == words.last
    }

    /// The name without the credentials written after it: "Renée Müller, FCCA" -> "Renée Müller",
    /// "NGUYỄN THỊ LAN, BSN, RN, CCRN" -> "NGUYỄN THỊ LAN". A name of one word keeps its last part
    /// ("DOE, JOHN").
    static func withoutPostNominals(_ text: String) -> String {
        if text.isSimpleText {
            var bytes = text
            return text.utf8Slice(bytes.withUTF8Span(withoutPostNominals(inSimple:)))
        }
        var parts = text.trimmingWhitespace().split(separator: ",", omittingEmptySubsequences: false)
        while parts.count > 1, let last = parts.last, isCredential(last),
            parts.dropLast().joined(separator: ",").split(separator: " ").count >= 2
        {
            parts.removeLast()
        }
        return parts.joined(separator: ",").trimmingWhitespace()
    }

    /// `withoutPostNominals` for simple text: the offsets of the name.
    private static func withoutPostNominals(inSimple bytes: Span<UInt8>) -> Range<Int> {
        var text = SimpleText.trimmed(bytes, 0..<bytes.count)
        // Drop the last comma-separated part while it is a credential and at least two words stay before it.
        while let comma = text.last(where: { bytes[$0] == 0x2C }),
            isCredential(bytes, (comma + 1)..<text.upperBound),
            wordCount(bytes, text.lowerBound..<comma) >= 2
        {
            text = text.lowerBound..<comma
        }
        return SimpleText.trimmed(bytes, text)
    }

    /// The number of words between spaces.
    private static func wordCount(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Int {
        var words = 0
        for index in range where bytes[index] != 0x20 && (index == range.lowerBound || bytes[index - 1] == 0x20) {
            words += 1
        }
        return words
    }

    /// `isCredential` for a part of simple text.
    private static func isCredential(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var count = 0
        var first: UInt8 = 0
        var last: UInt8 = 0
        var onlyNumerals = true
        for index in SimpleText.trimmed(bytes, range) where bytes[index] != 0x2E {
            let byte = bytes[index]
            guard SimpleText.isLetter(byte) else { return false }
            if count == 0 { first = byte }
            last = byte
            count += 1
            if byte != 0x49 && byte != 0x56 && byte != 0x58 { onlyNumerals = false }  // I, V, X
        }
        return (2...6).contains(count) && SimpleText.isUppercase(first) && SimpleText.isUppercase(last) && !onlyNumerals
    }

    /// "CPA", "BSN", "PhD", "M.D.": 2–6 ASCII letters starting and ending upper-case; not "Jr" or "III".
    private static func isCredential(_ part: Substring) -> Bool {
        let letters = part.trimmingWhitespace().filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isLetter }),
            let first = letters.first, let last = letters.last, first.isUppercase, last.isUppercase
        else { return false }
        return !letters.allSatisfy { "IVX".contains($0) }
    }

    /// "Austin, TX", "Berlin, Germany", "Location: São Paulo, Brazil".
    static func location(in line: String, name: String?) -> String? {
        for separator in ["Location:", "Address:", "Based in"] where line.containsASCII(separator) {
            if let after = line.afterASCII(separator) {
                // Only the first part is read: the split stops after it.
                let rest = after.split(maxSplits: 1, whereSeparator: { "|•·".contains($0) }).first
                let value = rest.map { $0.trimmingWhitespace() } ?? ""
                if !value.isEmpty, value.count <= 60 { return value }
            }
        }
        guard line.utf8.count <= 300 else { return nil }
        if line.isSimpleText {
            var bytes = line
            return bytes.withUTF8Span { bytes in
                SimpleText.firstSegment(of: bytes, separatorLength: locationSeparatorLength) { bytes, segment in
                    location(inSimple: bytes, segment, line: line, name: name)
                }
            }
        }
        for segment in line.split(whereSeparator: headerSeparators.contains) where segment.utf8.contains(0x2C) {
            let text = segment.trimmingWhitespace()
            guard !isName(text, name), text.count >= 4, text.count <= 48, !text.containsLikeFoundation("@"),
                !text.containsLikeFoundation("/"), text.filter({ $0 == "," }).count >= 1,
                text.filter({ $0 == "," }).count <= 2,
                !text.contains(where: \.isNumber)
            else { continue }
            let parts = text.split(separator: ",").map { $0.trimmingWhitespace() }
            guard
                parts.allSatisfy({ part in part.first?.isUppercase ?? false && part.split(separator: " ").count <= 4 })
            else { continue }
            return text
        }
        return nil
    }

    /// What separates the parts of a header line (`locationSeparatorLength` on bytes); a set, so each is one lookup.
    private static let headerSeparators: Set<Character> = ["|", "•", "·", "–", "—"]

    /// The length of the `|` `•` `·` `–` `—` that separates the parts of a header line at `index`, or 0.
    private static func locationSeparatorLength(_ bytes: Span<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x7C { return 1 }
        guard byte == 0xC2 || byte == 0xE2 else { return 0 }
        let length = SimpleText.markLength(bytes, at: index)
        if length == 2 { return 2 }  // ·
        guard length == 3, bytes[index + 1] == 0x80 else { return 0 }
        let third = bytes[index + 2]
        return third == 0xA2 || third == 0x93 || third == 0x94 ? 3 : 0  // • – —
    }

    /// `location(in:name:)` for one segment of a simple line: "Austin, TX" between the separators.
    private static func location(inSimple bytes: Span<UInt8>, _ segment: Range<Int>, line: String, name: String?)
        -> String?
    {
        let text = SimpleText.trimmed(bytes, segment)
        var commas = 0
        for index in text {
            let byte = bytes[index]
            if byte == 0x2C { commas += 1 }
            if byte == 0x40 || byte == 0x2F || SimpleText.isDigit(byte) { return nil }
        }
        let count = SimpleText.characterCount(bytes, in: text)
        guard commas >= 1, commas <= 2, count >= 4, count <= 48 else { return nil }
        // Each comma-separated part starts with a capital and has at most four words.
        var start = text.lowerBound
        while start < text.upperBound {
            var end = start
            while end < text.upperBound, bytes[end] != 0x2C { end += 1 }
            if end > start {
                let part = SimpleText.trimmed(bytes, start..<end)
                guard let first = part.first, SimpleText.isUppercase(bytes[first]) else { return nil }
                var words = 0
                var index = part.lowerBound
                while index < part.upperBound {
                    if bytes[index] != 0x20, index == part.lowerBound || bytes[index - 1] == 0x20 { words += 1 }
                    index += 1
                }
                guard words <= 4 else { return nil }
            }
            start = end + 1
        }
        let value = line.utf8Slice(text)
        return isName(value, name) ? nil : value
    }
}
