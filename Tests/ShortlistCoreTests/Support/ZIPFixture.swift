import Foundation
import ZIPFoundation

/// ZIP archives built in memory with ZIPFoundation for the tests, plus the byte surgery that turns a valid archive
/// into a hostile or damaged one. Nothing opaque is committed: every archive is written by the test that uses it.
enum ZIPFixture {
    enum Entry {
        case file(String, [UInt8], deflated: Bool = true)
        case directory(String)
        case link(String, target: String)

        static func text(_ path: String, _ text: String) -> Entry { .file(path, Array(text.utf8)) }
    }

    static func archive(_ entries: [Entry]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            switch entry {
            case .file(let path, let bytes, let deflated):
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count),
                    compressionMethod: deflated ? .deflate : .none
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            case .directory(let path):
                try archive.addEntry(with: path, type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
            case .link(let path, let target):
                let data = Data(target.utf8)
                try archive.addEntry(with: path, type: .symlink, uncompressedSize: Int64(data.count)) {
                    position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        }
        return Array(archive.data ?? Data())
    }

    /// Offset of the first central-directory record named `name`.
    static func centralRecord(named name: String, in bytes: [UInt8]) -> Int? {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let wanted = Array(name.utf8)
        var offset = 0
        while offset + 46 <= bytes.count {
            if Array(bytes[offset..<offset + 4]) == signature {
                let length = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
                if offset + 46 + length <= bytes.count, Array(bytes[(offset + 46)..<(offset + 46 + length)]) == wanted {
                    return offset
                }
            }
            offset += 1
        }
        return nil
    }

    /// Offset where the named entry's compressed data starts (after its local header).
    static func dataOffset(named name: String, in bytes: [UInt8]) -> Int? {
        guard let record = centralRecord(named: name, in: bytes) else { return nil }
        let local =
            Int(bytes[record + 42]) | Int(bytes[record + 43]) << 8 | Int(bytes[record + 44]) << 16
            | Int(bytes[record + 45]) << 24
        let nameLength = Int(bytes[local + 26]) | Int(bytes[local + 27]) << 8
        let extraLength = Int(bytes[local + 28]) | Int(bytes[local + 29]) << 8
        return local + 30 + nameLength + extraLength
    }

    /// Sets the entry counts of the end-of-central-directory record (a forged table of contents).
    static func forgeEntryCount(_ count: UInt16, in bytes: inout [UInt8]) {
        let end = bytes.count - 22
        for offset in [end + 8, end + 10] {
            bytes[offset] = UInt8(count & 0xFF)
            bytes[offset + 1] = UInt8(count >> 8)
        }
    }
}
