/// What identifies one application for duplicate detection: the normalized e-mail and phone, and a 64-bit SimHash
/// of the resume's words (near-identical texts have SimHashes a few bits apart).
public struct DuplicateFingerprint: Sendable, Hashable, Codable {
    /// Lowercased and trimmed; nil when the resume shows none.
    public var email: String?
    /// The last 9 digits of the phone number (country codes and trunk prefixes differ between writings of one
    /// number); nil when there are fewer than 7 digits.
    public var phone: String?
    /// SimHash over word 3-grams of the text; nil for texts of fewer than 40 words (too short to compare).
    public var textHash: UInt64?

    public init(email: String? = nil, phone: String? = nil, textHash: UInt64? = nil) {
        self.email = email
        self.phone = phone
        self.textHash = textHash
    }

    init(contact: Contact, text: String) {
        email = Self.normalizedEmail(contact.email)
        phone = Self.normalizedPhone(contact.phone)
        textHash = Self.simHash(text)
    }

    static func normalizedEmail(_ email: String?) -> String? {
        guard let email else { return nil }
        let trimmed = email.trimmingWhitespace().lowercased()
        return trimmed.contains("@") ? trimmed : nil
    }

    static func normalizedPhone(_ phone: String?) -> String? {
        guard let phone else { return nil }
        let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }
        guard digits.count >= 7 else { return nil }
        return String(String.UnicodeScalarView(digits.suffix(9)))
    }

    /// SimHash (Charikar) of the word 3-grams of `text`: words are runs of letters and digits (bytes ≥ 0x80 count as
    /// letters), ASCII lowercased; each 3-gram is hashed (FNV-1a words, mixed) and votes on every bit; a bit of the
    /// result is set when more than half of the 3-grams have it set.
    ///
    /// The 64 per-bit counts are kept bit-sliced — `planes[i]` holds bit i of all 64 counters — so adding a hash is
    /// a ripple-carry over the planes (two steps on average) instead of 64 separate additions.
    ///
    /// - Complexity: O(text bytes).
    static func simHash(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8Span { simHash(utf8: $0) }
    }

    private static func simHash(utf8: Span<UInt8>) -> UInt64? {
        var planes = [UInt64](repeating: 0, count: 24)  // counts up to 2^24 shingles; a capped text has far fewer
        // The two words before the current one.
        var first: UInt64 = 0
        var second: UInt64 = 0
        var wordCount = 0
        let count = utf8.count
        var index = 0
        while true {
            while index < count, !isWordByte(utf8[index]) { index += 1 }
            if index == count { break }
            var current: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < count {
                let byte = utf8[index]
                guard isWordByte(byte) else { break }
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                current = (current ^ UInt64(lowered)) &* 0x100_0000_01b3
                index += 1
            }
            wordCount += 1
            if wordCount >= 3 {
                var shingle = first &* 0x9E37_79B9_7F4A_7C15 ^ second &* 0xC2B2_AE3D_27D4_EB4F ^ current
                shingle ^= shingle >> 29
                shingle &*= 0xBF58_476D_1CE4_E5B9
                shingle ^= shingle >> 32
                var carry = shingle
                var plane = 0
                while carry != 0, plane < planes.count {
                    let next = planes[plane] & carry
                    planes[plane] ^= carry
                    carry = next
                    plane += 1
                }
            }
            first = second
            second = current
        }
        guard wordCount >= 40 else { return nil }
        let shingles = wordCount - 2
        var hash: UInt64 = 0
        for bit in 0..<64 {
            var count = 0
            for plane in planes.indices where planes[plane] >> UInt64(bit) & 1 == 1 { count |= 1 << plane }
            if 2 * count > shingles { hash |= 1 << UInt64(bit) }
        }
        return hash
    }

    /// Letters and digits (ASCII), and every byte of a non-ASCII character.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte >= 0x80
    }
}
