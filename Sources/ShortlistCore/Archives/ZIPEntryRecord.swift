/// One entry of a ZIP archive's central directory: its name, what it is, how it is stored and where its data is.
struct ZIPEntryRecord: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case file, directory, symbolicLink
    }

    /// The name as stored: UTF-8 when flagged or valid, otherwise code page 437.
    var name: String
    var kind: Kind
    /// Position in the central directory, from 0.
    var index: Int
    /// Password-protected (general-purpose flag bit 0).
    var isEncrypted: Bool
    /// 0 (stored) and 8 (deflate) are read; anything else is reported.
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Offset of the entry's local file header from the start of the archive.
    var localHeaderOffset: Int

    static let stored: UInt16 = 0
    static let deflated: UInt16 = 8
}
