/// Text in which every Character is one ASCII byte (other than CR) or one of the marks resumes put between fields:
/// `·` `•` `‐` `‑` `‒` `–` `—` `―` `▪` `◦`.
///
/// None of these marks is a letter, a number, whitespace or cased, and none joins its neighbours into one Character
/// (as CR does with LF, or an accent with its letter). So in simple text, code that reads bytes gives exactly the
/// answers of code that reads Characters: the ASCII letters are the only letters, the ASCII digits the only numbers,
/// ASCII whitespace the only whitespace, lowercasing touches only `A`–`Z`, and each mark is one Character. The
/// extractors read simple lines byte by byte and keep their Character-level code for every other line.
enum SimpleText {
    /// Whether every Character of `bytes` is an ASCII byte other than CR or one of the marks.
    /// - Complexity: O(n).
    static func isSimple(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte != 0x0D else { return false }
                index += 1
            } else {
                let length = markLength(bytes, at: index)
                guard length > 0 else { return false }
                index += length
            }
        }
        return true
    }

    /// Whether every Character of `bytes` is one scalar that is ASCII (not CR), a mark, or below U+0300 and past NBSP
    /// (Latin letters such as `é`, `ł` and `ß`, and signs such as `£`, but not `€`).
    ///
    /// Such text is looser than simple text: its Characters are its scalars, whitespace is ASCII, and the bytes of a
    /// non-ASCII scalar are never ASCII, so splitting on ASCII bytes and marks and trimming ASCII whitespace reads it
    /// as Characters would, but its letters are not all ASCII.
    static func hasSingleScalarCharacters(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte != 0x0D else { return false }
                index += 1
            } else if byte >= 0xC2, byte <= 0xCB, byte != 0xC2 || bytes[index + 1] >= 0xA1 {
                index += 2  // U+00A1–U+02FF
            } else {
                let length = markLength(bytes, at: index)
                guard length > 0 else { return false }
                index += length
            }
        }
        return true
    }

    /// `isSimple` for UTF-8 read as a sequence, for callers that have no `Span`.
    static func isSimple(_ utf8: some Sequence<UInt8>) -> Bool {
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                guard byte != 0x0D else { return false }
                continue
            }
            if byte == 0xC2 {
                guard iterator.next() == 0xB7 else { return false }
                continue
            }
            guard byte == 0xE2, let second = iterator.next(), let third = iterator.next() else { return false }
            switch second {
            case 0x80: guard (third >= 0x90 && third <= 0x95) || third == 0xA2 else { return false }
            case 0x96: guard third == 0xAA else { return false }
            case 0x97: guard third == 0xA6 else { return false }
            default: return false
            }
        }
        return true
    }

    /// The UTF-8 length of the mark starting at `index`, or 0 when no mark starts there.
    static func markLength(_ bytes: Span<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0xB7 ? 2 : 0 }  // ·
        guard byte == 0xE2, index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch bytes[index + 1] {
        case 0x80: return (third >= 0x90 && third <= 0x95) || third == 0xA2 ? 3 : 0  // ‐ ‑ ‒ – — ― •
        case 0x96: return third == 0xAA ? 3 : 0  // ▪
        case 0x97: return third == 0xA6 ? 3 : 0  // ◦
        default: return 0
        }
    }

    /// The number of Characters of simple text in `range`: the ASCII bytes and the first bytes of marks.
    static func characterCount(_ bytes: Span<UInt8>, in range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] < 0x80 || bytes[index] >= 0xC0 { count += 1 }
        return count
    }

    /// The first of the non-empty segments of `bytes` between separators for which `found` gives a value, in order.
    /// `separatorLength` gives the byte length of the separator at an offset, 0 where there is none.
    /// - Complexity: O(n) plus the cost of `found` on each segment before the first match.
    static func firstSegment<Found>(
        of bytes: Span<UInt8>, separatorLength: (Span<UInt8>, Int) -> Int,
        where found: (Span<UInt8>, Range<Int>) -> Found?
    ) -> Found? {
        var start = 0
        var index = 0
        while index <= bytes.count {
            let separator = index < bytes.count ? separatorLength(bytes, index) : 1
            guard separator > 0 else {
                index += 1
                continue
            }
            if index > start, let result = found(bytes, start..<index) { return result }
            index += separator
            start = index
        }
        return nil
    }

    /// `range` without the ASCII whitespace at either end (in simple text, the only whitespace).
    static func trimmed(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The byte length of the whitespace character at `index` (0 if there is none), reading no byte at or past `end`:
    /// ASCII whitespace, NBSP, NEL, U+2000 to U+200A, line and paragraph separators, narrow NBSP, ideographic space.
    /// What `LineAccumulator` collapses, and evidence snippets with it.
    @inline(__always)
    static func whitespaceWidth(_ bytes: Span<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte < 0xC2 { return 0 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
            bytes[index + 2] <= 0x8A || bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 || bytes[index + 2] == 0xAF
        {
            return 3
        }
        if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

extension Character {
    /// `isLetter`, decided on the byte for an ASCII Character (most Characters, even of lines that are not simple
    /// text) instead of with a Unicode property lookup.
    var isLetterCheckingASCIIFirst: Bool {
        if let ascii = asciiValue { return SimpleText.isLetter(ascii) }
        return isLetter
    }
}
