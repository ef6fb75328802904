/// Where an input's bytes are when it is an entry of a ZIP archive rather than a file: the entry's name and position
/// in the archive, plus the central-directory facts a worker needs to read it without listing the archive again.
public struct ArchiveMember: Sendable, Hashable {
    let record: ZIPEntryRecord

    /// The entry's name as stored in the archive (`folder/jane.html`).
    public var name: String { record.name }
    /// The entry's position in the archive's central directory, from 0 (names may repeat; positions do not).
    public var index: Int { record.index }
}
