/// Reads date ranges as resumes write them: "Jan 2018 – Present", "2015-2019", "03/2016 to 11/2019",
/// "2019 – now", "March 2014 - December 2017", "2020–current", "2019-03" (ISO, as in HR-XML).
enum DateRangeParser {
    private enum Token: Equatable {
        case date(YearMonth, monthKnown: Bool)
        case ongoing
        case separator
        case other
    }

    struct Found {
        var range: DateRange
        /// UTF-8 offsets of the range within the line, so the rest can be read as title/employer.
        var bounds: Range<Int>
    }

    /// The first date range in `line`, if any.
    /// - Complexity: O(n) in the line length.
    static func firstRange(in line: String) -> Found? {
        guard line.asciiDigitCount >= 4 else { return nil }
        let tokens = tokenize(line)
        var index = 0
        while index < tokens.count {
            guard case .date(let start, let startMonthKnown) = tokens[index].token else {
                index += 1
                continue
            }
            var next = index + 1
            guard next < tokens.count, tokens[next].token == .separator else {
                index += 1
                continue
            }
            next += 1
            guard next < tokens.count else { break }
            let lower = tokens[index].bounds.lowerBound
            let upper = tokens[next].bounds.upperBound
            switch tokens[next].token {
            case .ongoing:
                let begin = startMonthKnown ? start : YearMonth(year: start.year, month: 1)
                return Found(range: DateRange(start: begin, end: nil), bounds: lower..<upper)
            case .date(let end, let endMonthKnown):
                let finish = endMonthKnown ? end : YearMonth(year: end.year, month: 12)
                guard finish >= start else {
                    index += 1
                    continue
                }
                return Found(range: DateRange(start: start, end: finish), bounds: lower..<upper)
            default:
                index += 1
            }
        }
        return nil
    }

    /// A single date such as "2019-03", "03/2019", "Mar 2019" or "2019" (HR-XML start/end fields).
    static func singleDate(_ text: String, isEnd: Bool) -> YearMonth? {
        for item in tokenize(text) {
            if case .date(let date, let monthKnown) = item.token {
                return monthKnown ? date : YearMonth(year: date.year, month: isEnd ? 12 : 1)
            }
        }
        return nil
    }

    /// A plausible four-digit year in a word, e.g. the graduation year in "B.Sc., Edinburgh, 2012".
    static func lastYear(in line: String) -> Int? {
        guard line.asciiDigitCount >= 4 else { return nil }
        var result: Int?
        for item in tokenize(line) {
            if case .date(let date, _) = item.token { result = date.year }
        }
        return result
    }

    private static func tokenize(_ line: String) -> [(token: Token, bounds: Range<Int>)] {
        let bytes = Array(line.utf8)
        var tokens: [(Token, Range<Int>)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                var end = index
                while end < bytes.count,
                    isDigit(bytes[end]) || bytes[end] == 0x2F || bytes[end] == 0x2E
                        || (bytes[end] == 0x2D && end + 2 < bytes.count && isDigit(bytes[end + 1])
                            && isDigit(bytes[end + 2])
                            && !(end + 4 < bytes.count && isDigit(bytes[end + 4])
                                && isDigit(bytes[end + 3])))
                {
                    end += 1
                }
                tokens.append((numericDate(bytes[index..<end]), index..<end))
                index = end
                continue
            }
            if isLetter(byte) {
                var end = index
                while end < bytes.count, isLetter(bytes[end]) || bytes[end] == 0x2E { end += 1 }
                if end - index > 10 {
                    tokens.append((.other, index..<end))
                    index = end
                    continue
                }
                let word = String(decoding: bytes[index..<end], as: UTF8.self).lowercased()
                let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
                if let month = months[trimmed] {
                    // "Jan 2018", "January, 2018"
                    var look = end
                    while look < bytes.count, bytes[look] == 0x20 || bytes[look] == 0x2C { look += 1 }
                    var yearEnd = look
                    while yearEnd < bytes.count, isDigit(bytes[yearEnd]) { yearEnd += 1 }
                    if yearEnd - look == 4, let year = Int(String(decoding: bytes[look..<yearEnd], as: UTF8.self)),
                        plausible(year)
                    {
                        tokens.append((.date(YearMonth(year: year, month: month), monthKnown: true), index..<yearEnd))
                        index = yearEnd
                        continue
                    }
                    tokens.append((.other, index..<end))
                } else if ongoingWords.contains(trimmed) {
                    tokens.append((.ongoing, index..<end))
                } else if trimmed == "to" || trimmed == "until" || trimmed == "till" || trimmed == "through" {
                    tokens.append((.separator, index..<end))
                } else if trimmed == "date", let last = tokens.last, last.0 == .separator {
                    tokens.append((.ongoing, index..<end))  // "to date"
                } else {
                    tokens.append((.other, index..<end))
                }
                index = end
                continue
            }
            if byte == 0x2D {
                tokens.append((.separator, index..<index + 1))
                index += 1
                continue
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x95
            {
                tokens.append((.separator, index..<index + 3))  // ‐ ‑ ‒ – — ―
                index += 3
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x28 || byte == 0x29 || byte == 0x2C || byte == 0x3A
                || byte == 0x7C || byte == 0x5B || byte == 0x5D
            {
                index += 1
                continue
            }
            tokens.append((.other, index..<index + 1))
            index += byte < 0x80 ? 1 : (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2)
        }
        return tokens
    }

    /// "2019", "03/2016", "3/2016", "2019-03", "2019/03", "03.2016".
    private static func numericDate(_ bytes: ArraySlice<UInt8>) -> Token {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        switch parts.count {
        case 1:
            if parts[0].count == 4, let year = Int(parts[0]), plausible(year) {
                return .date(YearMonth(year: year, month: 1), monthKnown: false)
            }
        case 2:
            if parts[1].count == 4, let month = Int(parts[0]), let year = Int(parts[1]), (1...12).contains(month),
                plausible(year)
            {
                return .date(YearMonth(year: year, month: month), monthKnown: true)
            }
            if parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
                plausible(year), parts[1].count <= 2
            {
                return .date(YearMonth(year: year, month: month), monthKnown: true)
            }
        case 3:
            // 2019-03-01 or 01/03/2019: keep year and month.
            if parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
                plausible(year)
            {
                return .date(YearMonth(year: year, month: month), monthKnown: true)
            }
        default:
            break
        }
        return .other
    }

    private static func plausible(_ year: Int) -> Bool { (1950...2100).contains(year) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static let ongoingWords: Set<String> = ["present", "now", "current", "currently", "today", "ongoing"]

    private static let months: [String: Int] = {
        let names = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
            ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"],
            ["nov", "november"], ["dec", "december"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() { for spelling in spellings { table[spelling] = index + 1 } }
        return table
    }()
}
