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
        var text = line
        return text.withUTF8Span { bytes in
            guard hasFourDigitRun(bytes) else { return nil }
            // A range is three tokens in a row: a date, a separator, and a later date or "present".
            var found: Found?
            var beforePrevious: (token: Token, bounds: Range<Int>)?
            var previous: (token: Token, bounds: Range<Int>)?
            forEachToken(in: bytes) { token, bounds in
                if let first = beforePrevious, case .date(let start, let startMonthKnown) = first.token,
                    previous?.token == .separator
                {
                    let range = first.bounds.lowerBound..<bounds.upperBound
                    switch token {
                    case .ongoing:
                        let begin = startMonthKnown ? start : YearMonth(year: start.year, month: 1)
                        found = Found(range: DateRange(start: begin, end: nil), bounds: range)
                        return false
                    case .date(let end, let endMonthKnown):
                        let finish = endMonthKnown ? end : YearMonth(year: end.year, month: 12)
                        if finish >= start {
                            found = Found(range: DateRange(start: start, end: finish), bounds: range)
                            return false
                        }
                    default:
                        break
                    }
                }
                beforePrevious = previous
                previous = (token, bounds)
                return true
            }
            return found
        }
    }

    /// A single date such as "2019-03", "03/2019", "Mar 2019" or "2019" (HR-XML start/end fields).
    static func singleDate(_ text: String, isEnd: Bool) -> YearMonth? {
        var text = text
        return text.withUTF8Span { bytes in
            var result: YearMonth?
            forEachToken(in: bytes) { token, _ in
                guard case .date(let date, let monthKnown) = token else { return true }
                result = monthKnown ? date : YearMonth(year: date.year, month: isEnd ? 12 : 1)
                return false
            }
            return result
        }
    }

    /// A plausible four-digit year in a word, e.g. the graduation year in "B.Sc., Edinburgh, 2012".
    static func lastYear(in line: String) -> Int? {
        var text = line
        return text.withUTF8Span { bytes in
            guard hasFourDigitRun(bytes) else { return nil }
            var result: Int?
            forEachToken(in: bytes) { token, _ in
                if case .date(let date, _) = token { result = date.year }
                return true
            }
            return result
        }
    }

    /// Whether some run of digits in the line is exactly four long. Every date has one (its year), so a line without
    /// one holds no date and need not be tokenized.
    private static func hasFourDigitRun(_ bytes: Span<UInt8>) -> Bool {
        var run = 0
        for index in bytes.indices {
            if isDigit(bytes[index]) {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    /// Calls `body` with each token of the line and its UTF-8 offsets, in order, until `body` returns false.
    private static func forEachToken(in bytes: Span<UInt8>, _ body: (Token, Range<Int>) -> Bool) {
        var last: Token?
        func emit(_ token: Token, _ bounds: Range<Int>) -> Bool {
            last = token
            return body(token, bounds)
        }
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
                guard emit(numericDate(bytes, index..<end), index..<end) else { return }
                index = end
                continue
            }
            if isLetter(byte) {
                var end = index
                while end < bytes.count, isLetter(bytes[end]) || bytes[end] == 0x2E { end += 1 }
                if end - index > 10 {
                    guard emit(.other, index..<end) else { return }
                    index = end
                    continue
                }
                let word = index..<(bytes[end - 1] == 0x2E ? end - 1 : end)
                let token: Token
                switch meaning(of: bytes, word) {
                case .month(let month):
                    // "Jan 2018", "January, 2018"
                    var look = end
                    while look < bytes.count, bytes[look] == 0x20 || bytes[look] == 0x2C { look += 1 }
                    var yearEnd = look
                    while yearEnd < bytes.count, isDigit(bytes[yearEnd]) { yearEnd += 1 }
                    if yearEnd - look == 4, case let year = number(bytes, look..<yearEnd), plausible(year) {
                        let date = Token.date(YearMonth(year: year, month: month), monthKnown: true)
                        guard emit(date, index..<yearEnd) else { return }
                        index = yearEnd
                        continue
                    }
                    token = .other
                case .ongoing: token = .ongoing
                case .separator: token = .separator
                case .date: token = last == .separator ? .ongoing : .other  // "to date"
                case nil: token = .other
                }
                guard emit(token, index..<end) else { return }
                index = end
                continue
            }
            if byte == 0x2D {
                guard emit(.separator, index..<index + 1) else { return }
                index += 1
                continue
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x95
            {
                guard emit(.separator, index..<index + 3) else { return }  // ‐ ‑ ‒ – — ―
                index += 3
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x28 || byte == 0x29 || byte == 0x2C || byte == 0x3A
                || byte == 0x7C || byte == 0x5B || byte == 0x5D
            {
                index += 1
                continue
            }
            guard emit(.other, index..<index + 1) else { return }
            index += byte < 0x80 ? 1 : (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2)
        }
    }

    /// "2019", "03/2016", "3/2016", "2019-03", "2019/03", "03.2016".
    private static func numericDate(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Token {
        // The digit groups between '/', '-' and '.': how many, and the first two.
        var parts = (0..<0, 0..<0)
        var partCount = 0
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < range.upperBound, isDigit(bytes[index]) { index += 1 }
            switch partCount {
            case 0: parts.0 = start..<index
            case 1: parts.1 = start..<index
            default: break
            }
            partCount += 1
        }
        switch partCount {
        case 1:
            let year = number(bytes, parts.0)
            if parts.0.count == 4, plausible(year) {
                return .date(YearMonth(year: year, month: 1), monthKnown: false)
            }
        case 2:
            let first = number(bytes, parts.0)
            let second = number(bytes, parts.1)
            if parts.1.count == 4, (1...12).contains(first), plausible(second) {
                return .date(YearMonth(year: second, month: first), monthKnown: true)
            }
            if parts.0.count == 4, (1...12).contains(second), plausible(first), parts.1.count <= 2 {
                return .date(YearMonth(year: first, month: second), monthKnown: true)
            }
        case 3:
            // 2019-03-01 or 01/03/2019: keep year and month.
            let year = number(bytes, parts.0)
            let month = number(bytes, parts.1)
            if parts.0.count == 4, (1...12).contains(month), plausible(year) {
                return .date(YearMonth(year: year, month: month), monthKnown: true)
            }
        default:
            break
        }
        return .other
    }

    /// The value of the ASCII digits in `range`; any value past a million reads as a million, which is neither a
    /// month nor a plausible year.
    private static func number(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = min(value * 10 + Int(bytes[index] &- 0x30), 1_000_000) }
        return value
    }

    private static func plausible(_ year: Int) -> Bool { (1950...2100).contains(year) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private enum WordMeaning {
        case month(Int)
        case ongoing
        case separator
        /// "date", which after "to" means the range is ongoing.
        case date
    }

    /// What the word of ASCII letters (and inner periods) at `range` means in a date range, case-insensitively.
    private static func meaning(of bytes: Span<UInt8>, _ range: Range<Int>) -> WordMeaning? {
        guard range.count < wordsByLength.count else { return nil }
        let first = lowered(bytes[range.lowerBound])
        search: for (word, meaning) in wordsByLength[range.count] where word[0] == first {
            for offset in 1..<word.count where lowered(bytes[range.lowerBound + offset]) != word[offset] {
                continue search
            }
            return meaning
        }
        return nil
    }

    /// The words of `words`, at the index of their length.
    private static let wordsByLength: [[([UInt8], WordMeaning)]] = {
        var table = Array(repeating: [([UInt8], WordMeaning)](), count: (words.map(\.0.count).max() ?? 0) + 1)
        for (word, meaning) in words { table[word.count].append((word, meaning)) }
        return table
    }()

    private static let words: [([UInt8], WordMeaning)] = {
        let months = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
            ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"],
            ["nov", "november"], ["dec", "december"],
        ]
        var table: [(String, WordMeaning)] = []
        for (index, spellings) in months.enumerated() {
            for spelling in spellings { table.append((spelling, .month(index + 1))) }
        }
        for word in ["present", "now", "current", "currently", "today", "ongoing"] { table.append((word, .ongoing)) }
        for word in ["to", "until", "till", "through"] { table.append((word, .separator)) }
        table.append(("date", .date))
        return table.map { (Array($0.0.utf8), $0.1) }
    }()
}
