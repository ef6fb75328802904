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
            return pattern.withUTF8Span { pattern in asciiSearch(text, pattern) }
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
    var asciiDigitCount: Int { utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) } }
}

extension String {
    /// Calls `body` with the string's UTF-8 as a bounds-checked `Span`.
    mutating func withUTF8Span<Result>(_ body: (Span<UInt8>) -> Result) -> Result {
        makeContiguousUTF8()
        return body(utf8.span)
    }
}

@inline(__always)
private func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

/// Naive search; the first byte test rejects almost every position.
private func asciiSearch(_ text: Span<UInt8>, _ pattern: Span<UInt8>) -> Int? {
    let count = pattern.count
    guard count > 0 else { return 0 }
    guard text.count >= count else { return nil }
    let first = lowered(pattern[0])
    var index = 0
    let last = text.count - count
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
