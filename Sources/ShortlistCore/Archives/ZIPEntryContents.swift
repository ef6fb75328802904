import Foundation
import ZIPFoundation

/// Reads one entry's data into memory: stored entries as they are, deflated ones through ZIPFoundation's inflater,
/// never more than the entry declares nor `limit`, and checked against the entry's CRC-32.
///
/// ZIPFoundation's inflater on Linux asks its provider for full chunks until the deflate stream ends and loops
/// forever once the provider has nothing left (a crafted or cut entry). So the compressed bytes are read here,
/// bounded by the size the central directory declares, and served in full chunks padded with 0xFF — an invalid
/// deflate block header — then the provider throws: every stream ends, with data or with an error.
enum ZIPEntryContents {
    private static let chunk = 16 * 1024

    private struct InputExhausted: Error {}

    private struct OverDeclaredSize: Error {}

    /// - Complexity: O(compressed + uncompressed size); memory for both, each at most `limit` (plus deflate overhead).
    static func read(_ entry: ZIPEntryRecord, from source: ZIPSource, limit: Int) throws(ArchiveError) -> [UInt8] {
        guard !entry.isEncrypted else { throw .encrypted }
        guard entry.method == ZIPEntryRecord.stored || entry.method == ZIPEntryRecord.deflated else {
            throw .unsupportedMethod(entry.method)
        }
        let declared = entry.uncompressedSize
        guard declared <= limit else { throw .tooLarge(bytes: declared, limit: limit) }
        // Deflate can grow incompressible data by 5 bytes per 16 KiB block: anything beyond that is not this entry.
        guard entry.compressedSize <= declared + declared / 1000 + 1024 else {
            throw .damagedEntry(detail: "its compressed size is larger than its data could need")
        }
        let header = try source.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.uint32(at: 0) == 0x0403_4B50 else {
            throw .damagedEntry(detail: "its local header is missing")
        }
        let dataStart = entry.localHeaderOffset + 30 + Int(header.uint16(at: 26)) + Int(header.uint16(at: 28))
        let raw = try source.bytes(at: dataStart, count: entry.compressedSize)
        let contents = entry.method == ZIPEntryRecord.stored ? raw : try inflate(raw, declared: declared)
        guard contents.count == declared else {
            throw .damagedEntry(detail: "it holds \(contents.count) bytes, not the \(declared) it declares")
        }
        guard ZIPChecksum.checksum(contents) == entry.crc32 else { throw .damagedEntry(detail: "checksum mismatch") }
        return contents
    }

    /// The inflated data (its checksum is left to the caller: ZIPFoundation's is slow on Linux).
    private static func inflate(_ raw: [UInt8], declared: Int) throws(ArchiveError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(declared)
        do {
            _ = try Data.decompress(
                size: Int64(raw.count), bufferSize: chunk, skipCRC32: true,
                provider: { position, size in
                    let start = Int(position)
                    guard start < raw.count + size else { throw InputExhausted() }
                    var piece = start < raw.count ? Array(raw[start..<min(raw.count, start + size)]) : []
                    if piece.count < size { piece += repeatElement(0xFF, count: size - piece.count) }
                    return Data(piece)
                },
                consumer: { data in
                    guard output.count + data.count <= declared else { throw OverDeclaredSize() }
                    output.append(contentsOf: data)
                })
            return output
        } catch is OverDeclaredSize {
            throw .exceedsDeclaredSize(declared: declared)
        } catch is InputExhausted {
            throw .damagedEntry(detail: "its compressed data does not end where it should")
        } catch {
            throw .damagedEntry(detail: "its compressed data is damaged")
        }
    }
}
