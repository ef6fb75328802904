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

    /// What duplicate detection compares, in 25 bytes instead of two strings.
    var keys: Keys { Keys(email: email, phone: phone, textHash: textHash) }

    /// A fingerprint as duplicate detection compares it: the e-mail and the phone by the first 64 bits of SHA-256 of
    /// their normalized text (equal texts give equal keys; two of a million different e-mails share a key with odds
    /// of about 1 in 30 million), the SimHash as it is.
    struct Keys: Sendable, Hashable {
        private var emailKey: UInt64 = 0
        private var phoneKey: UInt64 = 0
        private var simHash: UInt64 = 0
        /// Which of the three are set: 1 e-mail, 2 phone, 4 SimHash.
        private var present: UInt8 = 0

        init(email: String?, phone: String?, textHash: UInt64?) {
            if let email {
                emailKey = Self.key(email)
                present |= 1
            }
            if let phone {
                phoneKey = Self.key(phone)
                present |= 2
            }
            if let textHash {
                simHash = textHash
                present |= 4
            }
        }

        var email: UInt64? { present & 1 != 0 ? emailKey : nil }
        var phone: UInt64? { present & 2 != 0 ? phoneKey : nil }
        var textHash: UInt64? { present & 4 != 0 ? simHash : nil }

        private static func key(_ text: String) -> UInt64 {
            SHA256Digest.hash(text.utf8).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
        }
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
        let wordBytes = Self.wordBytes
        var index = 0
        while true {
            while index < count, wordBytes[Int(utf8[index])] == 0 { index += 1 }
            if index == count { break }
            var current: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < count {
                let byte = wordBytes[Int(utf8[index])]
                if byte == 0 { break }
                current = (current ^ UInt64(byte)) &* 0x100_0000_01b3
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

    /// For each byte, 0 if it ends a word, else the byte as the word hash reads it: letters and digits (ASCII, letters
    /// lowercased) and every byte of a non-ASCII character make words.
    private static let wordBytes: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x30...0x39, 0x61...0x7A, 0x80...0xFF: return byte
        case 0x41...0x5A: return byte | 0x20
        default: return 0
        }
    }
}
