import Foundation

extension String {
    /// Foundation's `contains(_:)` (`range(of: needle) != nil`), asked of Foundation only when the bytes cannot decide.
    ///
    /// Foundation searches non-literally: a match must not end inside a Character, so a combining mark after the
    /// needle's bytes undoes it, and a character canonically equivalent to the needle's matches it too. The only
    /// characters equivalent to ASCII ones stand for `;`, `` ` `` and `K`, none of which the needles here hold. So
    /// text without the needle's bytes does not contain it, and ASCII text contains it exactly where its bytes occur;
    /// only non-ASCII text holding the bytes is searched by Foundation.
    /// - Complexity: O(n × m) on bytes; needles here are a few bytes.
    func containsLikeFoundation(_ needle: String) -> Bool {
        assert(needle.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B })
        var text = self
        var pattern = needle
        let (found, ascii) = text.withUTF8Span { bytes in
            pattern.withUTF8Span { pattern in (Self.occurs(pattern, in: bytes), Self.isASCII(bytes)) }
        }
        guard found, !ascii else { return found }
        return range(of: needle) != nil
    }

    /// Whether a non-empty `pattern` occurs in `text`, byte for byte.
    private static func occurs(_ pattern: Span<UInt8>, in text: Span<UInt8>) -> Bool {
        guard pattern.count > 0 else { return false }  // as Foundation: no text contains the empty string
        guard text.count >= pattern.count else { return false }
        let first = pattern[0]
        for index in 0...(text.count - pattern.count) where text[index] == first {
            var matched = 1
            while matched < pattern.count, text[index + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
        }
        return false
    }

    private static func isASCII(_ bytes: Span<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] >= 0x80 { return false }
        return true
    }
}
