/// Writes compact JSON with keys in the order given, fast enough for one line per resume on hot paths.
/// Output is deterministic: the same values give the same bytes.
///
/// Besides the structured calls (`beginObject`, `member`, …), which place commas themselves, the `append…` calls
/// write one piece verbatim for encoders that spell out a fixed layout (`CandidateRecord.encodedBody`); they do not
/// track commas, so the two styles are not mixed within one container.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Bit d: the container at nesting depth d already has a value (the next one needs a comma).
    private var hasValue: UInt64 = 0
    private var depth = 0

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// A writer that takes over `buffer`'s storage (emptied, capacity kept); `take()` gives it back.
    init(reusing buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A writer that goes on after what `buffer` holds (taking over its storage); `take()` gives it back.
    init(continuing buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
    }

    /// The bytes written, leaving the writer empty.
    mutating func take() -> [UInt8] {
        defer {
            bytes = []
            hasValue = 0
            depth = 0
        }
        return bytes
    }

    mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        open()
    }

    mutating func endObject() {
        bytes.append(0x7D)
        depth -= 1
    }

    mutating func beginArray() {
        separate()
        bytes.append(0x5B)
        open()
    }

    mutating func endArray() {
        bytes.append(0x5D)
        depth -= 1
    }

    private mutating func open() {
        depth += 1
        precondition(depth < 64, "JSON nested more than 63 levels deep")
        hasValue &= ~(1 << UInt64(depth))
    }

    /// Starts a member of the current object; the next value written is its value.
    mutating func key(_ key: String) {
        separate()
        appendString(key)
        bytes.append(0x3A)
        hasValue &= ~(1 << UInt64(depth))
    }

    mutating func string(_ value: String?) {
        separate()
        appendString(value)
    }

    mutating func number(_ value: Double?) {
        separate()
        appendNumber(value)
    }

    mutating func integer(_ value: Int?) {
        separate()
        appendInteger(value)
    }

    mutating func bool(_ value: Bool) {
        separate()
        appendBool(value)
    }

    /// Appends `fragment` as it is: punctuation and keys the caller knows need no escaping (`,"line":`).
    mutating func appendRaw(_ fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
    }

    /// Appends `value` quoted and escaped, or `null`.
    mutating func appendString(_ value: String?) {
        if let value { appendString(value) } else { bytes.append(contentsOf: Self.null) }
    }

    /// Appends a whole number without a fraction (`3`, not `3.0`), any other finite value as Swift prints it, and
    /// `null` for nil and non-finite values.
    mutating func appendNumber(_ value: Double?) {
        guard let value, value.isFinite else { return bytes.append(contentsOf: Self.null) }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    mutating func appendInteger(_ value: Int?) {
        guard let value else { return bytes.append(contentsOf: Self.null) }
        appendDecimal(value)
    }

    mutating func appendBool(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// Appends the strings as a JSON array.
    mutating func appendStrings(_ values: [String]) {
        bytes.append(0x5B)
        for index in values.indices {
            if index > 0 { bytes.append(0x2C) }
            appendString(values[index])
        }
        bytes.append(0x5D)
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    private mutating func appendDecimal(_ value: Int) {
        guard value != Int.min else { return bytes.append(contentsOf: String(value).utf8) }
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(0x30 + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Splices already-encoded members (`"a":1,"b":2`) into the current object.
    mutating func rawMembers(_ members: some Collection<UInt8>) {
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
        let bit: UInt64 = 1 << UInt64(depth)
        if hasValue & bit != 0 { bytes.append(0x2C) }
        hasValue |= bit
    }

    /// Appends `value` quoted, escaping quotes, backslashes and control characters.
    mutating func appendString(_ value: String) {
        bytes.append(0x22)
        var value = value
        let plain = value.withUTF8Span { span in
            // Branch-free over the whole string, so the loop vectorizes; strings to escape are rare.
            var special: UInt8 = 0
            for index in span.indices {
                let byte = span[index]
                let control: UInt8 = byte < 0x20 || byte == 0x7F ? 1 : 0
                special |= control | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
            }
            return special == 0
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
