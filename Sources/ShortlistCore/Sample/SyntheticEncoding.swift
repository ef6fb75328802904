/// The byte encodings a synthetic document is saved in: mostly UTF-8, with the BOMs, UTF-16 and Windows-1252
/// files that real resume collections contain.
enum SyntheticEncoding: Sendable {
    case utf8
    case utf8WithBOM
    case utf16LittleEndianWithBOM
    /// Windows-1252. HTML documents write characters it lacks as numeric references; other formats must only be
    /// encoded this way when `windows1252(_:)` succeeds.
    case windows1252

    /// The bytes of `text` in this encoding, or nil when Windows-1252 cannot represent it.
    func encode(_ text: String, referencingUnencodable: Bool = false) -> [UInt8]? {
        switch self {
        case .utf8:
            return Array(text.utf8)
        case .utf8WithBOM:
            var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
            bytes.reserveCapacity(text.utf8.count + 3)
            bytes.append(contentsOf: text.utf8)
            return bytes
        case .utf16LittleEndianWithBOM:
            var bytes: [UInt8] = [0xFF, 0xFE]
            bytes.reserveCapacity(text.utf8.count * 2 + 2)
            for unit in text.utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
            return bytes
        case .windows1252:
            return Self.windows1252(text, referencingUnencodable: referencingUnencodable)
        }
    }

    private static func windows1252(_ text: String, referencingUnencodable: Bool) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 || (value >= 0xA0 && value <= 0xFF) {
                bytes.append(UInt8(value))
            } else if let index = highCodePoints.firstIndex(of: value) {
                bytes.append(0x80 + UInt8(index))
            } else if referencingUnencodable {
                bytes.append(contentsOf: "&#\(value);".utf8)
            } else {
                return nil
            }
        }
        return bytes
    }

    /// What bytes 0x80–0x9F mean in Windows-1252; 0 marks the five unassigned bytes.
    private static let highCodePoints: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0, 0x017E, 0x0178,
    ]
}
