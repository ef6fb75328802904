/// Where an input's bytes are when it is an entry of a ZIP archive rather than a file: the entry's name and position
/// in the archive, plus the central-directory facts a worker needs to read it without listing the archive again.
///
/// The facts are kept behind one reference, so the input list of a dump of plain files carries 8 bytes per file
/// for this, not the 64 of a record.
public struct ArchiveMember: Sendable, Hashable {
    private final class Storage: Sendable {
        let record: ZIPEntryRecord
        init(_ record: ZIPEntryRecord) { self.record = record }
    }

    private let storage: Storage

    init(record: ZIPEntryRecord) { storage = Storage(record) }

    var record: ZIPEntryRecord { storage.record }

    /// The entry's name as stored in the archive (`folder/jane.html`).
    public var name: String { record.name }
    /// The entry's position in the archive's central directory, from 0 (names may repeat; positions do not).
    public var index: Int { record.index }

    public static func == (left: ArchiveMember, right: ArchiveMember) -> Bool { left.record == right.record }

    public func hash(into hasher: inout Hasher) { hasher.combine(record) }
}
