import Foundation

/// Text as the matcher reads it: NFKC-compatible, case-folded, without diacritics or zero-width characters, with
/// every whitespace run collapsed to one space, and a map from each byte back to the original text.
public struct NormalizedText: Sendable {
    /// Normalized UTF-8.
    public var bytes: [UInt8]
    /// For each normalized byte, the UTF-8 offset in the original text of the character it came from.
    public var origins: [Int32]
    /// UTF-8 offset in the original text where the last character that is not whitespace ends.
    public var originalLength: Int
    /// The original text's UTF-8 when the caller keeps it, for quoting evidence without converting the text per quote.
    public var original: [UInt8] = []
    /// Normalized offsets where a zero-width character was dropped (the offset of the byte that followed it).
    public var zeroWidthOffsets: [Int32] = []
    /// Normalized offsets of letters from another alphabet (Cyrillic, Greek) that were read as their Latin look-alike
    /// because they stand inside a Latin word ("Руthon").
    public var homoglyphOffsets: [Int32] = []

    /// Whether normalized bytes `range` were written with hidden or look-alike characters.
    public func isObfuscated(_ range: Range<Int>) -> Bool {
        zeroWidthOffsets.contains { Int($0) > range.lowerBound && Int($0) < range.upperBound }
            || homoglyphOffsets.contains { range.contains(Int($0)) }
    }

    /// The original UTF-8 range that produced normalized bytes `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = Int(origins[range.lowerBound])
        let end = range.upperBound < origins.count ? Int(origins[range.upperBound]) : originalLength
        return start..<max(start, end)
    }
}

/// Normalizes text for matching. Immutable and shared by all workers.
///
/// Per character: NFKD compatibility decomposition, combining marks dropped (é → e), lowercased; zero-width and
/// format characters (U+200B…U+200F, U+2060…U+2064, U+FEFF, soft hyphen) dropped; Unicode dashes and quotes mapped
/// to ASCII; any whitespace (including NBSP and line breaks) collapsed to a single space.
public struct TextNormalizer: Sendable {
    /// Shared instance; building the table takes a few milliseconds.
    public static let shared = TextNormalizer()

    private struct Block: Sendable {
        var first: UInt32
        /// Per scalar: offset into `pool` << 8 | `whitespaceFlag` if the character is whitespace | length.
        var entries: [UInt32]
    }

    private static let whitespaceFlag: UInt32 = 0x80

    private let blocks: [Block]
    private let pool: [UInt8]

    /// Ranges whose characters are precomputed: Latin, Greek, Cyrillic, Vietnamese, punctuation, letterlike symbols,
    /// ligatures and fullwidth forms. Other characters are lowercased on the fly.
    private static let precomputed: [ClosedRange<UInt32>] = [
        0x80...0x52F, 0x1E00...0x1FFF, 0x2000...0x214F, 0x2460...0x24FF, 0xFB00...0xFB4F, 0xFE00...0xFE0F,
        0xFF00...0xFFEF,
    ]

    private init() {
        var pool: [UInt8] = []
        var blocks: [Block] = []
        for range in Self.precomputed {
            var entries: [UInt32] = []
            entries.reserveCapacity(range.count)
            for value in range {
                let scalar = Unicode.Scalar(value)
                let mapped = scalar.map(Self.fold) ?? []
                precondition(mapped.count < Self.whitespaceFlag)
                let whitespace = scalar?.properties.isWhitespace == true ? Self.whitespaceFlag : 0
                entries.append(UInt32(pool.count) << 8 | whitespace | UInt32(mapped.count))
                pool.append(contentsOf: mapped)
            }
            blocks.append(Block(first: range.lowerBound, entries: entries))
        }
        self.blocks = blocks
        self.pool = pool
    }

    /// The normalized UTF-8 of one character; empty for characters that are ignored, `[0x20]` for whitespace.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        let value = scalar.value
        switch value {
        case 0x00AD, 0x034F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF,
            0xFE00...0xFE0F:
            return []
        case 0x2010...0x2015, 0x2212: return [0x2D]
        case 0x2018, 0x2019, 0x201B, 0x2032: return [0x27]
        case 0x201C, 0x201D, 0x201F, 0x2033: return [0x22]
        default: break
        }
        if scalar.properties.isWhitespace { return [0x20] }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
        var result: [UInt8] = []
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default:
                if part.properties.isWhitespace {
                    result.append(0x20)
                } else {
                    result.append(contentsOf: Array(String(part).utf8))
                }
            }
        }
        return result
    }

    /// Normalizes `text` in one pass over its UTF-8.
    /// - Complexity: O(n); ASCII takes a table-free fast path.
    public func normalize(_ text: String) -> NormalizedText {
        var result = NormalizedText(bytes: [], origins: [], originalLength: 0)
        var text = text
        text.withUTF8Span { normalize($0, into: &result) }
        return result
    }

    /// Normalizes valid UTF-8 into `result`, reusing its buffers (`original` is left alone).
    /// - Complexity: O(n); ASCII takes a table-free fast path.
    func normalize(_ utf8: Span<UInt8>, into result: inout NormalizedText) {
        var bytes = result.bytes
        var origins = result.origins
        var zeroWidth = result.zeroWidthOffsets
        result.bytes = []
        result.origins = []
        result.zeroWidthOffsets = []
        result.homoglyphOffsets = []
        bytes.removeAll(keepingCapacity: true)
        origins.removeAll(keepingCapacity: true)
        zeroWidth.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(utf8.count)
        origins.reserveCapacity(utf8.count)
        // The origin of the whitespace run waiting to become one space, so a match ends where its last word ends.
        var pendingSpace: Int32?
        var contentEnd = 0
        var mayHaveHomoglyphs = false
        let count = utf8.count
        var offset = 0
        while offset < count {
            let scalarStart = offset
            let lead = utf8[offset]
            if lead < 0x80 {
                // A run of ASCII, written by index into room made for it: it yields at most one byte per byte, plus
                // the space pending from before it.
                var runEnd = offset + 1
                while runEnd < count, utf8[runEnd] < 0x80 { runEnd += 1 }
                var written = bytes.count
                let room = runEnd - offset + 1
                bytes.append(contentsOf: repeatElement(0, count: room))
                origins.append(contentsOf: repeatElement(0, count: room))
                var output = bytes.mutableSpan
                var outputOrigins = origins.mutableSpan
                for index in offset..<runEnd {
                    let byte = utf8[index]
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0 {
                        if pendingSpace == nil, written > 0 { pendingSpace = Int32(index) }
                        continue
                    }
                    if let space = pendingSpace {
                        output[written] = 0x20
                        outputOrigins[written] = space
                        written += 1
                        pendingSpace = nil
                    }
                    output[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    outputOrigins[written] = Int32(index)
                    written += 1
                    contentEnd = index + 1
                }
                bytes.removeLast(bytes.count - written)
                origins.removeLast(origins.count - written)
                offset = runEnd
                continue
            }
            // A multi-byte character (the text is valid UTF-8).
            var value: UInt32
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F)
                offset += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F)
                offset += 3
            } else {
                value = UInt32(lead & 0x07)
                offset += 4
            }
            for index in scalarStart + 1..<offset { value = value << 6 | UInt32(utf8[index] & 0x3F) }
            if value >= 0x200B && value <= 0x200D || value == 0x2060 || (value == 0xFEFF && scalarStart > 0) {
                if let last = bytes.last, Self.isWordByte(last), pendingSpace == nil {
                    zeroWidth.append(Int32(bytes.count))
                }
                continue
            }
            if value >= 0x0370 && value <= 0x052F { mayHaveHomoglyphs = true }
            let whitespace = appendMapped(
                value, origin: Int32(scalarStart), bytes: &bytes, origins: &origins, pendingSpace: &pendingSpace)
            if !whitespace { contentEnd = offset }
        }
        result.bytes = bytes
        result.origins = origins
        result.originalLength = contentEnd
        result.zeroWidthOffsets = zeroWidth
        if mayHaveHomoglyphs { Self.readHomoglyphsAsLatin(&result) }
    }

    /// Cyrillic and Greek letters that look like Latin ones (after folding to lowercase), as two UTF-8 bytes.
    private static let homoglyphs: [UInt16: UInt8] = {
        let pairs: [(UInt32, Character)] = [
            (0x0430, "a"), (0x0435, "e"), (0x0455, "s"), (0x0456, "i"), (0x0458, "j"), (0x043E, "o"), (0x0440, "p"),
            (0x0441, "c"), (0x0443, "y"), (0x0445, "x"), (0x04BB, "h"), (0x0501, "d"), (0x051B, "q"), (0x051D, "w"),
            (0x043A, "k"), (0x03BF, "o"), (0x03B1, "a"), (0x03BD, "v"), (0x03C1, "p"), (0x03B9, "i"), (0x03BA, "k"),
            (0x03C5, "u"),
        ]
        var table: [UInt16: UInt8] = [:]
        for (value, latin) in pairs {
            let utf8 = Array(String(Unicode.Scalar(value)!).utf8)
            table[UInt16(utf8[0]) << 8 | UInt16(utf8[1])] = latin.asciiValue!
        }
        return table
    }()

    /// In words that mix Latin letters with look-alike Cyrillic or Greek ones ("Руthon"), reads the look-alikes as the
    /// Latin letters a human sees, and records where. Words entirely in another alphabet are left alone.
    private static func readHomoglyphsAsLatin(_ text: inout NormalizedText) {
        let bytes = text.bytes
        var output: [UInt8] = []
        var origins: [Int32] = []
        var offsets: [Int32] = []
        output.reserveCapacity(bytes.count)
        origins.reserveCapacity(bytes.count)
        var index = 0
        var replaced: [Int] = []  // positions (before) where two bytes became one
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                output.append(bytes[index])
                origins.append(text.origins[index])
                index += 1
                continue
            }
            var end = index
            var latin = false
            var lookAlike = false
            while end < bytes.count, isWordByte(bytes[end]) {
                let byte = bytes[end]
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latin = true }
                if end + 1 < bytes.count, homoglyphs[UInt16(byte) << 8 | UInt16(bytes[end + 1])] != nil {
                    lookAlike = true
                }
                end += 1
            }
            var position = index
            while position < end {
                if latin, lookAlike, position + 1 < end,
                    let replacement = homoglyphs[UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])]
                {
                    replaced.append(position)
                    offsets.append(Int32(output.count))
                    output.append(replacement)
                    origins.append(text.origins[position])
                    position += 2
                } else {
                    output.append(bytes[position])
                    origins.append(text.origins[position])
                    position += 1
                }
            }
            index = end
        }
        text.bytes = output
        text.origins = origins
        text.homoglyphOffsets = offsets
        // Each replacement shortened the text by one byte: move the zero-width offsets that came after it.
        text.zeroWidthOffsets = text.zeroWidthOffsets.map { offset in
            offset - Int32(replaced.count { $0 < Int(offset) })
        }
    }

    /// Appends the normalized form of the character `value`; returns whether it is whitespace.
    private func appendMapped(
        _ value: UInt32, origin: Int32, bytes: inout [UInt8], origins: inout [Int32], pendingSpace: inout Int32?
    ) -> Bool {
        for block in blocks where value >= block.first && value < block.first + UInt32(block.entries.count) {
            let entry = block.entries[Int(value - block.first)]
            let start = Int(entry >> 8)
            let length = Int(entry & (Self.whitespaceFlag - 1))
            append(
                pool[start..<start + length], origin: origin, bytes: &bytes, origins: &origins,
                pendingSpace: &pendingSpace)
            return entry & Self.whitespaceFlag != 0
        }
        let scalar = Unicode.Scalar(value)!
        let mapped: [UInt8]
        if scalar.properties.changesWhenLowercased || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .nonspacingMark
        {
            mapped = Self.fold(scalar)
        } else {
            mapped = Array(String(scalar).utf8)
        }
        append(mapped[...], origin: origin, bytes: &bytes, origins: &origins, pendingSpace: &pendingSpace)
        return scalar.properties.isWhitespace
    }

    private func append(
        _ mapped: ArraySlice<UInt8>, origin: Int32, bytes: inout [UInt8], origins: inout [Int32],
        pendingSpace: inout Int32?
    ) {
        for byte in mapped {
            if byte == 0x20 {
                if pendingSpace == nil, !bytes.isEmpty { pendingSpace = origin }
                continue
            }
            if let space = pendingSpace {
                bytes.append(0x20)
                origins.append(space)
                pendingSpace = nil
            }
            bytes.append(byte)
            origins.append(origin)
        }
    }

    /// Normalizes a criteria term: the same folding, trimmed.
    public func normalizeTerm(_ term: String) -> [UInt8] {
        normalize(term).bytes
    }

    /// After a term that ends in a letter or digit: a word byte, or `+`/`#`, which make `c` into `c++` or `c#`.
    @inline(__always)
    static func continuesWord(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == 0x2B || byte == 0x23
    }

    /// Letters and digits (and any non-ASCII byte, which after folding belongs to a letter) make words.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
    }
}
