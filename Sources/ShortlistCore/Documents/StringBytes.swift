extension StringProtocol {
    /// Whether the UTF-8 of `self` contains `needle` (ASCII, compared case-insensitively), without Foundation.
    /// - Complexity: O(n × m); needles here are a few bytes.
    func containsASCII(_ needle: String) -> Bool {
        let pattern = needle.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let first = pattern.first else { return true }
        var matched = 0
        var candidateStart = 0
        let utf8 = Array(self.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index] >= 0x41 && utf8[index] <= 0x5A ? utf8[index] | 0x20 : utf8[index]
            if byte == pattern[matched] {
                if matched == 0 { candidateStart = index }
                matched += 1
                if matched == pattern.count { return true }
                index += 1
            } else if matched > 0 {
                matched = 0
                index = candidateStart + 1
            } else {
                index += 1
            }
        }
        _ = first
        return false
    }

    /// Number of ASCII digits.
    var asciiDigitCount: Int { utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) } }
}

