import Foundation

/// Turns a file's bytes into a String, whatever the encoding: BOM, UTF-16 without BOM, UTF-8, HTML meta charset,
/// and a Windows-1252 fallback so no file is ever dropped for its encoding.
enum TextDecoding {
    struct Decoded {
        var text: String
        var encoding: TextEncoding
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8OrFallback(Array(bytes[3...]))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: utf16(bytes[2...], littleEndian: true), encoding: .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes[2...], littleEndian: false), encoding: .utf16BE)
        }
        if let littleEndian = utf16WithoutBOM(bytes) {
            return Decoded(
                text: utf16(bytes[...], littleEndian: littleEndian), encoding: littleEndian ? .utf16LE : .utf16BE)
        }
        return utf8OrFallback(bytes)
    }

    private static func utf8OrFallback(_ bytes: [UInt8]) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8)
        }
        // Invalid UTF-8: the charset the document declares, or the commonest one on résumé exports.
        if let declared = declaredCharset(bytes), let encoding = foundationEncodings[declared],
            let text = String(data: Data(bytes), encoding: encoding)
        {
            return Decoded(text: text, encoding: .declared)
        }
        if let text = mostlyUTF8(bytes) {
            return Decoded(text: text, encoding: .utf8)
        }
        return Decoded(text: windows1252(bytes), encoding: .windows1252)
    }

    /// UTF-8 with a few stray bytes (a bad paste, a cut character): keeps the valid UTF-8 and reads only the stray
    /// bytes as Windows-1252, so one bad byte does not turn every accent and dash in the file into mojibake.
    /// Nil when valid multi-byte sequences do not outnumber stray bytes (a Windows-1252 file).
    private static func mostlyUTF8(_ bytes: [UInt8]) -> String? {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        var valid = 0
        var stray = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                utf8.append(byte)
                index += 1
                continue
            }
            let length =
                switch byte {
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            // A valid sequence that starts with a lead byte of this length is exactly one character.
            if length > 0, index + length <= bytes.count,
                String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            {
                utf8.append(contentsOf: bytes[index..<index + length])
                valid += 1
                index += length
            } else {
                appendUTF8(windows1252Scalar(byte), to: &utf8)
                stray += 1
                index += 1
            }
        }
        return valid > stray ? String(decoding: utf8, as: UTF8.self) : nil
    }

    private static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        guard byte >= 0x80, byte <= 0x9F else { return UInt32(byte) }
        return cp1252High[Int(byte - 0x80)]
    }

    /// Appends the UTF-8 of a character below U+10000 (every Windows-1252 character is).
    private static func appendUTF8(_ value: UInt32, to utf8: inout [UInt8]) {
        if value < 0x80 {
            utf8.append(UInt8(value))
        } else if value < 0x800 {
            utf8.append(0xC0 | UInt8(value >> 6))
            utf8.append(0x80 | UInt8(value & 0x3F))
        } else {
            utf8.append(0xE0 | UInt8(value >> 12))
            utf8.append(0x80 | UInt8(value >> 6 & 0x3F))
            utf8.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// `charset=…` from an HTML `<meta>` or `encoding="…"` from an XML declaration in the first 2 KB, lowercased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in ["charset=", "encoding="] {
            let needle = Array(marker.utf8)
            guard let start = head.indices.first(where: { head[$0...].starts(with: needle) }) else { continue }
            var index = start + needle.count
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 { index += 1 }
            var name: [UInt8] = []
            while index < head.count, name.count < 32,
                (head[index] >= 0x61 && head[index] <= 0x7A) || (head[index] >= 0x30 && head[index] <= 0x39)
                    || head[index] == 0x2D || head[index] == 0x5F
            {
                name.append(head[index])
                index += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    /// Single- and multi-byte charsets Foundation decodes; Windows-1252 and Latin-1 use the table below instead.
    private static let foundationEncodings: [String: String.Encoding] = [
        "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251, "windows-1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    ]

    /// UTF-16 text without a BOM shows up as a NUL in every other byte of ASCII-heavy content.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        let pairs = sample.count / 2
        if oddNULs * 10 >= pairs * 7, evenNULs * 10 < pairs { return true }
        if evenNULs * 10 >= pairs * 7, oddNULs * 10 < pairs { return false }
        return nil
    }

    /// The UTF-16 code units of `bytes` as a String, each unpaired surrogate read as U+FFFD and a last odd byte
    /// dropped, as `String(decoding:as: UTF16.self)` reads them; transcoded to UTF-8 in one pass, as the standard
    /// library's generic decoding spent some 200 instructions a unit.
    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        func unit(at index: Int) -> UInt32 {
            let first = UInt32(bytes[index])
            let second = UInt32(bytes[index + 1])
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count / 2 * 3)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let value = unit(at: index)
            index += 2
            switch value {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.endIndex, case let low = unit(at: index), low >= 0xDC00 && low <= 0xDFFF else {
                    appendUTF8(0xFFFD, to: &utf8)
                    continue
                }
                index += 2
                let scalar = 0x10000 + ((value - 0xD800) << 10 | (low - 0xDC00))
                utf8.append(0xF0 | UInt8(scalar >> 18))
                utf8.append(0x80 | UInt8(scalar >> 12 & 0x3F))
                utf8.append(0x80 | UInt8(scalar >> 6 & 0x3F))
                utf8.append(0x80 | UInt8(scalar & 0x3F))
            case 0xDC00...0xDFFF: appendUTF8(0xFFFD, to: &utf8)
            default: appendUTF8(value, to: &utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Windows-1252: Latin-1 plus printable characters in 0x80–0x9F; the five unassigned bytes map to U+FFFD.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                appendUTF8(windows1252Scalar(byte), to: &utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
