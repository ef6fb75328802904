/// One input's record in a run's spill file, between screening and the outputs: a head with what only the outputs
/// need (the key, the rules behind the provisional decision, the identity a blind run keeps), then the encoded
/// `results.jsonl` body. The head is a private binary layout: lengths as 32-bit little-endian integers before UTF-8
/// bytes, flags as single bytes. The file never outlives the run.
struct SpilledRecord {
    var key: String
    var rules: [FiredRule]
    var identity: Contact?

    /// Appends the head to `bytes` and returns its length.
    @discardableResult
    func appendHead(to bytes: inout [UInt8]) -> Int {
        let start = bytes.count
        Self.append(key, to: &bytes)
        Self.append(UInt32(rules.count), to: &bytes)
        for rule in rules {
            Self.append(rule.rule.rawValue, to: &bytes)
            Self.append(rule.criterion, to: &bytes)
            Self.append(rule.reason, to: &bytes)
        }
        bytes.append(identity == nil ? 0 : 1)
        if let identity {
            for field in [identity.name, identity.email, identity.phone, identity.location] {
                Self.append(field, to: &bytes)
            }
            Self.append(UInt32(identity.links.count), to: &bytes)
            for link in identity.links { Self.append(link, to: &bytes) }
        }
        return bytes.count - start
    }

    /// Reads a head written by `appendHead` (exactly `head`, nothing after it).
    /// - Throws: `Damaged` when the bytes are not such a head.
    init(head: ArraySlice<UInt8>) throws(Damaged) {
        var reader = Reader(bytes: head)
        key = try reader.string()
        let ruleCount = try reader.count()
        var rules: [FiredRule] = []
        rules.reserveCapacity(ruleCount)
        for _ in 0..<ruleCount {
            guard let rule = RuleID(rawValue: try reader.string()) else { throw Damaged() }
            let criterion = try reader.optionalString()
            rules.append(FiredRule(rule, criterion: criterion, reason: try reader.string()))
        }
        self.rules = rules
        if try reader.byte() == 1 {
            var contact = Contact(
                name: try reader.optionalString(), email: try reader.optionalString(),
                phone: try reader.optionalString(), location: try reader.optionalString())
            let linkCount = try reader.count()
            for _ in 0..<linkCount { contact.links.append(try reader.string()) }
            identity = contact
        } else {
            identity = nil
        }
        guard reader.isAtEnd else { throw Damaged() }
    }

    init(key: String, rules: [FiredRule], identity: Contact?) {
        self.key = key
        self.rules = rules
        self.identity = identity
    }

    /// A head that cannot be read back: the spill file was changed or cut during the run.
    struct Damaged: Error {}

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        append(UInt32(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// A flag byte (0 for nil), then the string.
    private static func append(_ text: String?, to bytes: inout [UInt8]) {
        bytes.append(text == nil ? 0 : 1)
        if let text { append(text, to: &bytes) }
    }

    private struct Reader {
        var bytes: ArraySlice<UInt8>

        var isAtEnd: Bool { bytes.isEmpty }

        mutating func byte() throws(Damaged) -> UInt8 {
            guard let first = bytes.popFirst() else { throw Damaged() }
            return first
        }

        /// A length or a number of items, each of which takes at least one of the bytes left.
        mutating func count() throws(Damaged) -> Int {
            guard bytes.count >= 4 else { throw Damaged() }
            var value: UInt32 = 0
            for shift in 0..<4 { value |= UInt32(bytes[bytes.startIndex + shift]) << (8 * UInt32(shift)) }
            bytes = bytes.dropFirst(4)
            guard Int(value) <= bytes.count else { throw Damaged() }
            return Int(value)
        }

        mutating func string() throws(Damaged) -> String {
            let length = try count()
            let text = String(decoding: bytes.prefix(length), as: UTF8.self)
            bytes = bytes.dropFirst(length)
            return text
        }

        mutating func optionalString() throws(Damaged) -> String? {
            try byte() == 0 ? nil : try string()
        }
    }
}
