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

    /// Appends already-encoded bytes as they are (prepared fragments, `CriterionJSONFragments`).
    mutating func appendRaw(_ fragment: ArraySlice<UInt8>) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends already-encoded bytes as they are.
    mutating func appendRaw(bytes fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends one byte of punctuation (`,`, `}`).
    mutating func appendByte(_ byte: UInt8) {
        bytes.append(byte)
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
        for byte in value.utf8 { appendEscaped(byte) }
        bytes.append(0x22)
    }

    /// Appends the UTF-8 text `source[range]`, known to be well-formed (checked in debug builds), quoted and escaped
    /// as `appendString(_:)` writes the same text.
    mutating func appendString(validUTF8 source: [UInt8], _ range: Range<Int>) {
        let text = source.span.extracting(range)
        assert(Self.isValidUTF8(text), "not UTF-8: \(Array(source[range]))")
        var special: UInt8 = 0
        for index in text.indices {
            let byte = text[index]
            let control: UInt8 = byte < 0x20 || byte == 0x7F ? 1 : 0
            special |= control | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
        }
        bytes.append(0x22)
        if special == 0 {
            bytes.append(contentsOf: source[range])
        } else {
            for index in text.indices { appendEscaped(text[index]) }
        }
        bytes.append(0x22)
    }

    /// Appends one byte of a string's UTF-8, escaped if it is a quote, a backslash or a control character.
    @inline(__always)
    private mutating func appendEscaped(_ byte: UInt8) {
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

    /// Whether `text` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or values above
    /// U+10FFFF, no truncated sequences), so that decoding it changes nothing (`appendString(validUTF8:_:)` checks
    /// its text with it in debug builds).
    static func isValidUTF8(_ text: Span<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        while index < count {
            let lead = text[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = text[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<max(length, 2) where text[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private static let null = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
}
