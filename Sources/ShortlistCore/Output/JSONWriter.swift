/// Writes compact JSON with keys in the order given, fast enough for one line per resume on hot paths.
/// Output is deterministic: the same values give the same bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        needsComma.append(false)
    }

    mutating func endObject() {
        bytes.append(0x7D)
        needsComma.removeLast()
    }

    mutating func beginArray() {
        separate()
        bytes.append(0x5B)
        needsComma.append(false)
    }

    mutating func endArray() {
        bytes.append(0x5D)
        needsComma.removeLast()
    }

    /// Starts a member of the current object; the next value written is its value.
    mutating func key(_ key: String) {
        separate()
        appendString(key)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    mutating func string(_ value: String?) {
        separate()
        if let value { appendString(value) } else { bytes.append(contentsOf: Self.null) }
    }

    mutating func number(_ value: Double?) {
        separate()
        guard let value, value.isFinite else { return bytes.append(contentsOf: Self.null) }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    mutating func integer(_ value: Int?) {
        separate()
        guard let value else { return bytes.append(contentsOf: Self.null) }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// Splices already-encoded members (`"a":1,"b":2`) into the current object.
    mutating func rawMembers(_ members: [UInt8]) {
        guard !members.isEmpty else { return }
        separate()
        bytes.append(contentsOf: members)
    }

    mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func member(_ name: String, _ value: Double?) {
        key(name)
        number(value)
    }

    mutating func member(_ name: String, _ value: Int?) {
        key(name)
        integer(value)
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func member(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for value in strings { string(value) }
        endArray()
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func appendString(_ value: String) {
        bytes.append(0x22)
        var value = value
        let plain = value.withUTF8Span { span in
            var index = 0
            while index < span.count {
                let byte = span[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return false }
                index += 1
            }
            return true
        }
        if plain {
            bytes.append(contentsOf: value.utf8)
            bytes.append(0x22)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private static let null = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
}
