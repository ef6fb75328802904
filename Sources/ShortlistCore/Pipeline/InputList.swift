/// The inputs of a run, kept compact: a dump of 100,000 files is listed before the first is read, and the list lives
/// until the last one is screened. Each input costs its key's UTF-8 bytes and 16 bytes here, where an `InputItem`
/// costs about 70 bytes plus a key string of its own (about 80 bytes on the heap).
///
/// The list hands out `InputItem`s on demand; each is equal to the item that was appended. Inputs that are not plain
/// files (skipped, unreadable) and ZIP entries keep their extra facts in a side table.
public struct InputList: RandomAccessCollection, Sendable {
    /// Every key's UTF-8 bytes, back to back in list order.
    private var keyBytes: [UInt8] = []
    private var slots: [Slot] = []
    /// Where the inputs are: listed folders (an item's path follows from its key) and paths of their own.
    private var places: [InputItem.Location] = []
    /// The place of each listed folder already in `places`.
    private var folderPlaces: [ObjectIdentifier: UInt32] = [:]
    /// The kind and archive entry of the inputs whose `Slot.size` is `Slot.unusual`, by position.
    private var unusual: [Int: Unusual] = [:]

    /// One input: where its key ends in `keyBytes` (it starts where the previous one's ends), its place, and its size
    /// when it is a plain file.
    private struct Slot {
        var keyEnd: UInt32
        var place: UInt32
        var size: Int64

        /// `size` of an input whose kind or archive entry is in `unusual`.
        static let unusual: Int64 = -1
    }

    private struct Unusual {
        var kind: InputItem.Kind
        var member: ArchiveMember?
    }

    public init() {}

    /// The list of `items`, in their order.
    public init(_ items: some Sequence<InputItem>) {
        for item in items { append(item) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> InputItem {
        let slot = slots[position]
        let key = String(decoding: keyBytes[keyRange(position)], as: UTF8.self)
        if slot.size == Slot.unusual, let extra = unusual[position] {
            return InputItem(key: key, location: places[Int(slot.place)], kind: extra.kind, member: extra.member)
        }
        return InputItem(key: key, location: places[Int(slot.place)], kind: .file(size: Int(slot.size)), member: nil)
    }

    mutating func append(_ item: InputItem) {
        let place = self.place(of: item.location)
        keyBytes.append(contentsOf: item.key.utf8)
        var size = Slot.unusual
        if case .file(let bytes) = item.kind, item.member == nil {
            size = Int64(bytes)
        } else {
            unusual[slots.count] = Unusual(kind: item.kind, member: item.member)
        }
        appendSlot(place: place, size: size)
    }

    /// Appends the file `name` of `size` bytes found in `folder`, in the folder under it whose key is `parentKey`:
    /// the same item as `InputItem(key: parentKey + "/" + name, in: folder, kind: .file(size: size))`, without
    /// making its key a string.
    mutating func appendFile(named name: String, under parentKey: String, in folder: InputItem.ListedFolder, size: Int)
    {
        let place = self.place(of: .listed(folder))
        keyBytes.append(contentsOf: parentKey.utf8)
        keyBytes.append(0x2F)
        keyBytes.append(contentsOf: name.utf8)
        appendSlot(place: place, size: Int64(size))
    }

    /// The list sorted by key (as `String` orders keys; equal keys keep their order), where the second and later
    /// inputs with one key (two input folders of one name) are renamed `key#2`, `key#3`, … and keep their paths.
    /// - Complexity: O(n log n) key comparisons; ASCII keys are compared as bytes, others as strings.
    func sortedByKey() -> InputList {
        let ascii = slots.indices.map { position in keyBytes[keyRange(position)].allSatisfy { $0 < 0x80 } }
        func order(_ left: Int, _ right: Int) -> Int {
            let a = keyBytes[keyRange(left)]
            let b = keyBytes[keyRange(right)]
            if ascii[left], ascii[right] {
                if a.elementsEqual(b) { return 0 }
                return a.lexicographicallyPrecedes(b) ? -1 : 1
            }
            let first = String(decoding: a, as: UTF8.self)
            let second = String(decoding: b, as: UTF8.self)
            return first == second ? 0 : first < second ? -1 : 1
        }
        let sorted = slots.indices.sorted { left, right in
            let compared = order(left, right)
            return compared == 0 ? left < right : compared < 0
        }
        var result = InputList()
        result.places = places
        result.folderPlaces = folderPlaces
        result.keyBytes.reserveCapacity(keyBytes.count)
        result.slots.reserveCapacity(slots.count)
        var copies = 0
        for (rank, position) in sorted.enumerated() {
            copies = rank > 0 && order(sorted[rank - 1], position) == 0 ? copies + 1 : 0
            var slot = slots[position]
            result.keyBytes.append(contentsOf: keyBytes[keyRange(position)])
            if copies > 0 {
                result.keyBytes.append(contentsOf: "#\(copies + 1)".utf8)
                // The path no longer follows from the key: keep it.
                if case .listed = places[Int(slot.place)] {
                    slot.place = result.place(of: .path(self[position].path))
                }
            }
            if let extra = unusual[position] { result.unusual[result.slots.count] = extra }
            result.appendSlot(place: slot.place, size: slot.size)
        }
        return result
    }

    /// The inputs for which `isIncluded` is true, in order.
    func filter(_ isIncluded: (InputItem) throws -> Bool) rethrows -> InputList {
        var result = InputList()
        for item in self where try isIncluded(item) { result.append(item) }
        return result
    }

    private func keyRange(_ position: Int) -> Range<Int> {
        (position == 0 ? 0 : Int(slots[position - 1].keyEnd))..<Int(slots[position].keyEnd)
    }

    private mutating func appendSlot(place: UInt32, size: Int64) {
        guard let end = UInt32(exactly: keyBytes.count) else {
            preconditionFailure("input keys over 4 GiB in total")
        }
        slots.append(Slot(keyEnd: end, place: place, size: size))
    }

    /// The index of `location` in `places`, added if needed: one per listed folder, and one per run of inputs with
    /// one path (the entries of one archive).
    private mutating func place(of location: InputItem.Location) -> UInt32 {
        switch location {
        case .listed(let folder):
            if let known = folderPlaces[ObjectIdentifier(folder)] { return known }
            places.append(location)
            folderPlaces[ObjectIdentifier(folder)] = UInt32(places.count - 1)
        case .path(let path):
            if case .path(let last) = places.last, last == path { return UInt32(places.count - 1) }
            places.append(location)
        }
        return UInt32(places.count - 1)
    }
}
