import Foundation

extension String {
    /// The text without leading and trailing whitespace and newlines, as `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` returns it.
    ///
    /// Text that starts and ends with an ASCII character other than a space or a control character from tab to
    /// carriage return (nearly every key and value of a criteria file) has nothing to trim and is returned as it is,
    /// without Foundation's round trip through `NSString`.
    ///
    /// - Complexity: O(1) for such text, O(*n*) otherwise.
    func trimmingWhitespaceAndNewlines() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func keeps(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        return keeps(first) && keeps(last) ? self : trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
