/// The table of contents of a ZIP archive: the end-of-central-directory record (ZIP64 aware) and every central
/// directory record, read without trusting any of it — counts, sizes and offsets are checked against the file and
/// `ArchiveLimits` before anything is allocated for them.
///
/// Shortlist reads the directory itself rather than through ZIPFoundation's `Archive`: ZIPFoundation 0.9.20 keeps
/// entry offsets internal, stops listing silently at the first encrypted entry, and its Linux `extract` loops forever
/// on a deflate stream that does not end inside the file. Decompression still goes through ZIPFoundation
/// (`ZIPEntryContents`).
struct ZIPDirectory {
    var entries: [ZIPEntryRecord]

    /// The longest end record: 22 bytes plus a comment of up to 65,535 bytes.
    private static let maxEndRecordBytes = 22 + 0xFFFF

    /// - Complexity: O(entries), one read of the directory; memory O(directory bytes) ≤ `limits.maxDirectoryBytes`.
    static func read(from source: ZIPSource, limits: ArchiveLimits) throws(ArchiveError) -> ZIPDirectory {
        let tailLength = min(source.size, maxEndRecordBytes + 20)
        let tail = try source.bytes(at: source.size - tailLength, count: tailLength)
        guard let end = endRecord(in: tail) else { throw .missingDirectory }
        let endOffset = source.size - tailLength + end
        guard tail.uint16(at: end + 4) == 0, tail.uint16(at: end + 6) == 0 else { throw .split }
        var count = UInt64(tail.uint16(at: end + 10))
        var directorySize = UInt64(tail.uint32(at: end + 12))
        var directoryOffset = UInt64(tail.uint32(at: end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
            guard end >= 20, tail.uint32(at: end - 20) == 0x0706_4B50 else {
                throw .damagedDirectory(detail: "ZIP64 locator missing")
            }
            let recordOffset = Int(clamping: tail.uint64(at: end - 12))
            let record = try source.bytes(at: recordOffset, count: 56)
            guard record.uint32(at: 0) == 0x0606_4B50 else {
                throw .damagedDirectory(detail: "ZIP64 end record missing")
            }
            count = record.uint64(at: 32)
            directorySize = record.uint64(at: 40)
            directoryOffset = record.uint64(at: 48)
        }
        guard count <= UInt64(limits.maxEntries) else { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        guard directorySize <= UInt64(limits.maxDirectoryBytes) else {
            throw .directoryTooLarge(bytes: directorySize, limit: limits.maxDirectoryBytes)
        }
        // Each record is at least 46 bytes: a count the directory cannot hold is a lie, caught before allocating.
        guard count * 46 <= directorySize, directoryOffset <= UInt64(endOffset),
            directorySize <= UInt64(endOffset) - directoryOffset
        else {
            throw .damagedDirectory(detail: "its table of contents does not fit in the file")
        }
        let directory = try source.bytes(at: Int(directoryOffset), count: Int(directorySize))
        var entries: [ZIPEntryRecord] = []
        entries.reserveCapacity(Int(count))
        var position = 0
        for index in 0..<Int(count) {
            guard position + 46 <= directory.count, directory.uint32(at: position) == 0x0201_4B50 else {
                throw .damagedDirectory(detail: "record \(index + 1) of its table of contents is damaged")
            }
            let nameLength = Int(directory.uint16(at: position + 28))
            let extraLength = Int(directory.uint16(at: position + 30))
            let commentLength = Int(directory.uint16(at: position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directory.count else {
                throw .damagedDirectory(detail: "record \(index + 1) of its table of contents is cut short")
            }
            let nameBytes = directory[(position + 46)..<(position + 46 + nameLength)]
            let extra = directory[(position + 46 + nameLength)..<(position + 46 + nameLength + extraLength)]
            entries.append(record(directory, at: position, index: index, nameBytes: nameBytes, extra: extra))
            position = next
        }
        return ZIPDirectory(entries: entries)
    }

    /// The offset in `tail` of the last end-of-central-directory signature whose comment fits in what follows.
    private static func endRecord(in tail: [UInt8]) -> Int? {
        guard tail.count >= 22 else { return nil }
        var offset = tail.count - 22
        while offset >= 0 {
            if tail[offset] == 0x50, tail[offset + 1] == 0x4B, tail[offset + 2] == 0x05, tail[offset + 3] == 0x06,
                offset + 22 + Int(tail.uint16(at: offset + 20)) <= tail.count
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private static func record(
        _ directory: [UInt8], at position: Int, index: Int, nameBytes: ArraySlice<UInt8>, extra: ArraySlice<UInt8>
    ) -> ZIPEntryRecord {
        let versionMadeBy = directory.uint16(at: position + 4)
        let flags = directory.uint16(at: position + 8)
        var compressed = UInt64(directory.uint32(at: position + 20))
        var uncompressed = UInt64(directory.uint32(at: position + 24))
        var localHeader = UInt64(directory.uint32(at: position + 42))
        // ZIP64 extended information (id 1): the 64-bit values of the fields saturated above, in this order.
        if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || localHeader == 0xFFFF_FFFF {
            let fields = Array(extra)
            var cursor = 0
            while cursor + 4 <= fields.count {
                let id = fields.uint16(at: cursor)
                let length = Int(fields.uint16(at: cursor + 2))
                let end = min(fields.count, cursor + 4 + length)
                if id == 1 {
                    var value = cursor + 4
                    if uncompressed == 0xFFFF_FFFF, value + 8 <= end {
                        uncompressed = fields.uint64(at: value)
                        value += 8
                    }
                    if compressed == 0xFFFF_FFFF, value + 8 <= end {
                        compressed = fields.uint64(at: value)
                        value += 8
                    }
                    if localHeader == 0xFFFF_FFFF, value + 8 <= end { localHeader = fields.uint64(at: value) }
                }
                cursor = end
            }
        }
        let name = decodeName(nameBytes, utf8: flags & 0x0800 != 0)
        let host = versionMadeBy >> 8
        let mode = directory.uint32(at: position + 38) >> 16
        let kind: ZIPEntryRecord.Kind
        if (host == 3 || host == 19) && mode & 0o170000 == 0o120000 {
            kind = .symbolicLink
        } else if name.hasSuffix("/") || ((host == 3 || host == 19) && mode & 0o170000 == 0o040000)
            || (host == 0 && directory.uint32(at: position + 38) & 0x10 != 0)
        {
            kind = .directory
        } else {
            kind = .file
        }
        return ZIPEntryRecord(
            name: name, kind: kind, index: index, isEncrypted: flags & 1 != 0,
            method: directory.uint16(at: position + 10),
            crc32: directory.uint32(at: position + 16), compressedSize: Int(clamping: compressed),
            uncompressedSize: Int(clamping: uncompressed), localHeaderOffset: Int(clamping: localHeader))
    }

    /// UTF-8 when the archive says so or the bytes are valid UTF-8 (many tools write UTF-8 without the flag),
    /// otherwise IBM code page 437, the ZIP default.
    private static func decodeName(_ bytes: ArraySlice<UInt8>, utf8: Bool) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if utf8 { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : codePage437[Int(byte - 0x80)])
        }
        return String(scalars)
    }

    private static let codePage437: [Unicode.Scalar] = Array(
        ("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}").unicodeScalars)
}

extension Array where Element == UInt8 {
    /// Little-endian integers, as ZIP stores them. The caller checks that the bytes are there.
    func uint16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }
}
