extension StringProtocol {
    /// Whether the UTF-8 of `self` contains `needle` (ASCII, compared case-insensitively), without Foundation.
    /// - Complexity: O(n × m); needles here are a few bytes.
    func containsASCII(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let utf8 = self.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if Self.lowered(utf8[index]) == Self.lowered(first) {
                var probe = utf8.index(after: index)
                var matched = 1
                while matched < pattern.count, probe != utf8.endIndex,
                    Self.lowered(utf8[probe]) == Self.lowered(pattern[matched])
                {
                    matched += 1
                    probe = utf8.index(after: probe)
                }
                if matched == pattern.count { return true }
            }
            index = utf8.index(after: index)
        }
        return false
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Number of ASCII digits.
    var asciiDigitCount: Int { utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) } }
}

