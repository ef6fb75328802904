/// Reads archive entries for one worker, keeping the archive it read last open: entries of one archive are
/// contiguous in key order, so a worker opens each archive about once per batch.
///
/// Not Sendable (it owns an open file): give each worker its own.
final class ArchiveEntryReader {
    private var open: (path: String, source: ZIPSource)?

    init() {}

    deinit { open?.source.close() }

    /// The entry's bytes, at most `ResumeReader.maxFileBytes` and never more than the archive declares.
    func contents(of member: ArchiveMember, inArchiveAt path: String) throws(ArchiveError) -> [UInt8] {
        let source: ZIPSource
        if let open, open.path == path {
            source = open.source
        } else {
            open?.source.close()
            open = nil
            source = try ZIPSource.open(path: path)
            open = (path, source)
        }
        return try ZIPEntryContents.read(member.record, from: source, limit: ResumeReader.maxFileBytes)
    }
}

@available(*, unavailable, message: "Owns an open archive file; give each worker its own.")
extension ArchiveEntryReader: @unchecked Sendable {}
