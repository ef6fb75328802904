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
            let bytes = Array(lines[index].text.utf8)
            let before = String(decoding: bytes[..<found.bounds.lowerBound], as: UTF8.self)
            let after = String(decoding: bytes[found.bounds.upperBound...], as: UTF8.self)
            var heading = cleaned(before + " " + after)
            var first = index
            let previousIsFree = drafts.last.map { $0.first < index - 1 } ?? true
            // "Jan 2020 – Present (full time, 36 h/week)": a note in parentheses is not a title.
            if letterCount(withoutParentheses(before + " " + after)) < 3, index > 0, previousIsFree,
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
        for separator in [" — ", " – ", " | ", " - ", " at ", " @ ", ", ", " · ", " • "] {
            if let offset = text.asciiOffset(of: separator) {
                let utf8 = Array(text.utf8)
                let title = cleaned(String(decoding: utf8[..<offset], as: UTF8.self))
                let employer = cleaned(String(decoding: utf8[(offset + separator.utf8.count)...], as: UTF8.self))
                return (title.isEmpty ? nil : title, employer.isEmpty ? nil : employer)
            }
        }
        return (text, nil)
    }

    private static func cleaned(_ text: String) -> String {
        var result = text.trimmingWhitespace()
        let edge: Set<Character> = ["|", ",", "(", ")", "–", "—", "-", ":", "·", "•", "[", "]", " "]
        while let first = result.first, edge.contains(first) { result.removeFirst() }
        while let last = result.last, edge.contains(last) { result.removeLast() }
        if result.hasSuffix(" (") { result.removeLast(2) }
        if result.utf8.contains(0x28) { result = result.replacingOccurrences(of: "()", with: "").trimmingWhitespace() }
        if result.filter({ $0 == "(" }).count > result.filter({ $0 == ")" }).count { result += ")" }
        return result
    }

    private static func letterCount(_ text: String) -> Int { text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) } }

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
        return "•*-–·▪◦>".contains(first)
    }
}
