/// Why a ZIP archive, or one entry of it, could not be read. Each case reads as a sentence for the `error` row.
public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read (permission denied, I/O error).
    case unreadable(reason: String)
    /// No end-of-central-directory record: not a ZIP archive, or one cut short.
    case missingDirectory
    /// A multi-part ("split") archive.
    case split
    /// The table of contents lists more entries than `ArchiveLimits.maxEntries`.
    case tooManyEntries(count: UInt64, limit: Int)
    /// The table of contents is larger than `ArchiveLimits.maxDirectoryBytes`.
    case directoryTooLarge(bytes: UInt64, limit: Int)
    /// The table of contents contradicts itself or the file.
    case damagedDirectory(detail: String)
    /// One entry's data is damaged (bad header, checksum or size).
    case damagedEntry(detail: String)
    /// An entry decompresses to more than it declares: a damaged or hostile archive.
    case exceedsDeclaredSize(declared: Int)
    /// An entry larger uncompressed than the caller reads.
    case tooLarge(bytes: Int, limit: Int)
    /// An entry's compression method is neither stored (0) nor deflate (8).
    case unsupportedMethod(UInt16)
    /// A password-protected entry.
    case encrypted

    public var description: String {
        switch self {
        case .unreadable(let reason):
            "cannot read the archive: \(reason)"
        case .missingDirectory:
            "damaged or incomplete ZIP archive: its table of contents (end-of-central-directory record) is missing; "
                + "download or export it again"
        case .split:
            "a split (multi-part) ZIP archive: join the parts into one archive and screen it again"
        case .tooManyEntries(let count, let limit):
            "the archive lists \(count) entries, over the \(limit)-entry limit: not opened; "
                + "split the export into smaller archives"
        case .directoryTooLarge(let bytes, let limit):
            "the archive's table of contents is \(bytes) bytes, over the \(limit)-byte limit: not opened; "
                + "split the export into smaller archives"
        case .damagedDirectory(let detail):
            "damaged ZIP archive (\(detail)): not opened; download or export it again"
        case .damagedEntry(let detail):
            "damaged archive entry (\(detail)); extract it with another tool or export it again"
        case .exceedsDeclaredSize(let declared):
            "the entry decompresses to more than the \(declared) bytes its archive declares "
                + "(a damaged or hostile archive): not read"
        case .tooLarge(let bytes, let limit):
            "the entry is \(bytes) bytes uncompressed, over the \(limit)-byte limit: not decompressed"
        case .unsupportedMethod(let method):
            "the entry is compressed with method \(method); only stored (0) and deflated (8) entries are read: "
                + "re-create the archive with standard ZIP compression"
        case .encrypted:
            "the entry is encrypted (password-protected): export the archive without a password"
        }
    }
}
