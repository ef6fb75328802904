extension StringProtocol {
    /// Whether the UTF-8 of `self` contains `needle`, ASCII letters compared case-insensitively, without Foundation.
    /// - Complexity: O(n × m); needles here are a few bytes.
    func containsASCII(_ needle: String) -> Bool {
        asciiOffset(of: needle) != nil
    }

    /// The UTF-8 offset where `needle` first occurs (ASCII letters compared case-insensitively), or nil.
    func asciiOffset(of needle: String) -> Int? {
        var haystack = String(self)
        return haystack.withUTF8Span { text in
            var pattern = needle
            return pattern.withUTF8Span { pattern in asciiSearch(text, 0..<text.count, pattern) }
        }
    }

    /// `self` after the first occurrence of `needle` (ASCII letters compared case-insensitively), or nil.
    func afterASCII(_ needle: String) -> Substring? {
        guard let offset = asciiOffset(of: needle) else { return nil }
        let whole = Substring(self)
        let utf8 = whole.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset + needle.utf8.count)
        return whole[index...]
    }

    /// Number of ASCII digits.
    var asciiDigitCount: Int {
        var count = 0
        for byte in utf8 where byte >= 0x30 && byte <= 0x39 { count += 1 }
        return count
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 as a bounds-checked `Span`.
    mutating func withUTF8Span<Result>(_ body: (Span<UInt8>) -> Result) -> Result {
        makeContiguousUTF8()
        return body(utf8.span)
    }

    /// Number of ASCII digits, read from the UTF-8 as a `Span`.
    var asciiDigitCount: Int {
        var text = self
        return text.withUTF8Span { bytes in
            var count = 0
            for index in bytes.indices where bytes[index] &- 0x30 < 10 { count += 1 }
            return count
        }
    }

    /// Whether every Character is an ASCII byte other than CR or a field mark (see `SimpleText`).
    var isSimpleText: Bool {
        var text = self
        return text.withUTF8Span(SimpleText.isSimple)
    }

    /// Whether the UTF-8 contains `byte` (an ASCII byte, which is always a whole Character or part of one).
    func containsUTF8(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8Span { bytes in
            for index in bytes.indices where bytes[index] == byte { return true }
            return false
        }
    }

    /// The string made of the UTF-8 bytes at `offsets`, which must fall on scalar boundaries.
    func utf8Slice(_ offsets: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        let end = utf8.index(start, offsetBy: offsets.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

extension Substring {
    /// Whether the UTF-8 contains `needle`, ASCII letters compared case-insensitively, without copying the substring.
    func containsASCII(_ needle: String) -> Bool {
        var text = self
        return text.withUTF8Span { bytes in
            var pattern = needle
            return pattern.withUTF8Span { pattern in asciiSearch(bytes, 0..<bytes.count, pattern) != nil }
        }
    }

    /// Calls `body` with the substring's UTF-8 as a bounds-checked `Span`.
    mutating func withUTF8Span<Result>(_ body: (Span<UInt8>) -> Result) -> Result {
        makeContiguousUTF8()
        return body(utf8.span)
    }
}

/// The bytes of short keywords, ASCII letters lowercased once, to look for in UTF-8 text without building Strings.
struct ASCIIKeywords: Sendable {
    private let needles: [[UInt8]]
    /// How many leading bytes of each keyword the search compares at once: the shortest keyword's length, at most 4.
    private let prefixLength: Int
    /// Each keyword's leading `prefixLength` bytes as one number, the first byte in the highest place.
    private let prefixes: [UInt32]
    /// For each byte, how far the window of `prefixLength` bytes may move when it ends with that byte (Horspool's
    /// rule over all prefixes): 0 when some prefix ends with it, else the distance to its last place in a prefix.
    private let shifts: [UInt8]

    init(_ words: [String]) {
        let needles = words.map { $0.utf8.map(lowered) }
        precondition(!needles.contains(where: \.isEmpty), "keywords are never empty")
        let length = min(4, needles.map(\.count).min() ?? 1)
        self.needles = needles
        prefixLength = length
        prefixes = needles.map { needle in needle.prefix(length).reduce(0) { $0 << 8 | UInt32($1) } }
        var shifts = [UInt8](repeating: UInt8(length), count: 256)
        for needle in needles {
            for (place, byte) in needle.prefix(length).enumerated() {
                shifts[Int(byte)] = min(shifts[Int(byte)], UInt8(length - 1 - place))
            }
        }
        // Capitals shift as their lowercase letters, so the scan looks a byte up without lowering it first.
        for capital in 0x41...0x5A { shifts[capital] = shifts[capital | 0x20] }
        self.shifts = shifts
    }

    /// Whether any keyword occurs in `range` of `bytes`, ASCII letters compared case-insensitively.
    /// - Complexity: O(n) at worst; the window skips up to `prefixLength` bytes at a time past bytes no keyword
    ///   starts with, and a keyword is compared in full only where its first bytes are.
    func occurs(in bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        firstKeyword(in: bytes, range, stoppingAtAny: true) != nil
    }

    /// The position in the list of the first keyword (in list order, not text order) that occurs in `range`.
    func firstKeyword(in bytes: Span<UInt8>, _ range: Range<Int>) -> Int? {
        firstKeyword(in: bytes, range, stoppingAtAny: false)
    }

    private func firstKeyword(in bytes: Span<UInt8>, _ range: Range<Int>, stoppingAtAny: Bool) -> Int? {
        guard !needles.isEmpty, range.count >= prefixLength else { return nil }
        var found: Int?
        // `end` is the last byte of the window [end - prefixLength + 1, end].
        var end = range.lowerBound + prefixLength - 1
        while end < range.upperBound {
            let shift = Int(shifts[Int(bytes[end])])
            guard shift == 0 else {
                end += shift
                continue
            }
            let start = end + 1 - prefixLength
            var window: UInt32 = 0
            for index in start...end { window = window << 8 | UInt32(lowered(bytes[index])) }
            for (number, prefix) in prefixes.enumerated()
            where prefix == window && number < found ?? .max
                && matches(needles[number], bytes, at: start, before: range.upperBound)
            {
                if stoppingAtAny || number == 0 { return number }
                found = number
            }
            end += 1
        }
        return found
    }

    private func matches(_ needle: [UInt8], _ bytes: Span<UInt8>, at start: Int, before end: Int) -> Bool {
        guard needle.count <= end - start else { return false }
        for offset in prefixLength..<needle.count where lowered(bytes[start + offset]) != needle[offset] {
            return false
        }
        return true
    }
}

@inline(__always)
func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

/// The offset of the first occurrence of `pattern` within `range` of `text` (ASCII letters compared
/// case-insensitively), or nil. Naive search; the first byte test rejects almost every position.
func asciiSearch(_ text: Span<UInt8>, _ range: Range<Int>, _ pattern: Span<UInt8>) -> Int? {
    let count = pattern.count
    guard count > 0 else { return range.lowerBound }
    guard range.count >= count else { return nil }
    let first = lowered(pattern[0])
    var index = range.lowerBound
    let last = range.upperBound - count
    while index <= last {
        if lowered(text[index]) == first {
            var matched = 1
            while matched < count, lowered(text[index + matched]) == lowered(pattern[matched]) { matched += 1 }
            if matched == count { return index }
        }
        index += 1
    }
    return nil
}
