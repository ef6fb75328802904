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
            contact.email =
                lines.lazy.filter { $0.text.utf8.contains(0x40) }.filter { !isIntermediaryLine($0.text) }
                .compactMap { email(in: $0.text) }.first
        }
        if contact.phone == nil {
            contact.phone =
                header.lazy.filter { $0.text.asciiDigitCount >= 9 }.filter { !isIntermediaryLine($0.text) }
                .compactMap { phone(in: $0.text) }.first
        }
        var seen = Set(contact.links.map(linkKey))
        for line in lines.prefix(60)
        where contact.links.count < 10 && line.text.utf8.contains(0x2E) && mayContainLink(line.text) {
            for link in links(in: line.text) where contact.links.count < 10 && seen.insert(linkKey(link)).inserted {
                contact.links.append(link)
            }
        }
        if contact.name == nil {
            contact.name =
                header.prefix(5).lazy.filter { !$0.heading && !isIntermediaryLine($0.text) }
                .compactMap { name(in: $0.text) }.first
        }
        contact.name = contact.name.map(withoutPostNominals)
        if contact.location == nil {
            contact.location =
                header.prefix(10).lazy.filter { $0.text.utf8.contains(0x2C) || $0.text.utf8.contains(0x3A) }
                .filter { !isIntermediaryLine($0.text) }.compactMap { location(in: $0.text, name: contact.name) }.first
        }
        contact.email = contact.email.map { $0.trimmingWhitespace() }
        return contact
    }

    /// "Submitted by … Agency · Consultant: …": a line about who presents the candidate.
    static func isIntermediaryLine(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        return [
            "agency", "recruiter", "recruitment", "staffing", "consultant:", "submitted by", "presented by",
            "on behalf of",
        ].contains(where: { text.containsASCII($0) })
    }

    /// A link without scheme, `www.` and trailing slash, so `https://www.x.com/a/` and `x.com/a` are one link.
    static func linkKey(_ link: String) -> String {
        var key = link.lowercased()
        for prefix in ["https://", "http://", "www."] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    private static func mayContainLink(_ text: String) -> Bool {
        text.containsASCII("http") || text.containsASCII("www.") || text.containsASCII("linkedin.com/")
            || text.containsASCII("github.com/")
    }

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
        let text = withoutPostNominals(line)
        guard !text.isEmpty, text.count <= 60, !text.contains("@"), !text.contains(where: \.isNumber),
            !text.contains(":")
        else { return nil }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return nil }
        let lower = text.lowercased()
        let notNames = [
            "resume", "curriculum", "summary", "experience", "engineer", "nurse", "accountant",
            "developer", "manager", "http", "www", "street", "avenue", "candidate",
        ]
        guard !notNames.contains(where: lower.contains) else { return nil }
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

    /// "Samuel O. Adeyemi, MD" is the name "Samuel Adeyemi" as the header wrote it, not a "City, Region".
    private static func isName(_ text: String, _ name: String?) -> Bool {
        guard let name else { return false }
        let bare = withoutPostNominals(text)
        let words = name.split(separator: " ")
        let bareWords = bare.split(separator: " ")
        return bare == name || (words.count >= 2 && bareWords.first == words.first && bareWords.last == words.last)
    }

    /// The name without the credentials written after it: "Renée Müller, FCCA" -> "Renée Müller",
    /// "NGUYỄN THỊ LAN, BSN, RN, CCRN" -> "NGUYỄN THỊ LAN". A name of one word keeps its last part
    /// ("DOE, JOHN").
    static func withoutPostNominals(_ text: String) -> String {
        var parts = text.trimmingWhitespace().split(separator: ",", omittingEmptySubsequences: false)
        while parts.count > 1, let last = parts.last, isCredential(last),
            parts.dropLast().joined(separator: ",").split(separator: " ").count >= 2
        {
            parts.removeLast()
        }
        return parts.joined(separator: ",").trimmingWhitespace()
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
                let rest = after.split(whereSeparator: { "|•·".contains($0) }).first
                let value = rest.map { $0.trimmingWhitespace() } ?? ""
                if !value.isEmpty, value.count <= 60 { return value }
            }
        }
        guard line.utf8.count <= 300 else { return nil }
        for segment in line.split(whereSeparator: { "|•·–—".contains($0) }) where segment.utf8.contains(0x2C) {
            let text = segment.trimmingWhitespace()
            guard !isName(text, name), text.count >= 4, text.count <= 48, !text.contains("@"),
                !text.contains("/"), text.filter({ $0 == "," }).count >= 1, text.filter({ $0 == "," }).count <= 2,
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
}
