/// Reads one JSON document from its UTF-8 bytes value by value, for a caller that knows the shape it expects and
/// wants a few members without `JSONDecoder`'s tree and containers (`RecruiterReport.ExplainedRecord`).
///
/// Strict on purpose: it accepts a subset of what `JSONDecoder` accepts and reads the same values from it. Anything
/// else — a key repeated in one object (`JSONDecoder` keeps the first), an integer written `1.0`, a number a `Double`
/// cannot hold, a lone surrogate, invalid UTF-8, nesting deeper than `maximumDepth` — is `Malformed`, and the caller
/// can hand the bytes to `JSONDecoder` for its verdict.
///
/// ```swift
/// var name: String?
/// try JSONScanner.read(bytes) { json throws(JSONScanner.Malformed) in
///     try json.object { json, key throws(JSONScanner.Malformed) in
///         if key == "name" { name = try json.string() } else { try json.skipValue() }
///     }
/// }
/// ```
struct JSONScanner {
    /// The bytes are not JSON, or not JSON this reader takes.
    struct Malformed: Error {}

    /// Nesting `skipValue` follows before giving up: far more than a `results.jsonl` line has, and shallow enough
    /// for the small stack of a worker thread (`JSONDecoder` goes to 512).
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    /// The keys of the objects being read, innermost last, to catch a repeated key.
    private var openKeys: [String] = []
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads `bytes` with `body`, which must read exactly one value; only whitespace may follow it.
    /// - Complexity: O(n) in the bytes, plus what `body` does.
    static func read<Value>(
        _ bytes: [UInt8], _ body: (inout JSONScanner) throws(Malformed) -> Value
    ) throws(Malformed) -> Value {
        var json = JSONScanner(bytes)
        let value = try body(&json)
        json.skipWhitespace()
        guard json.index == bytes.count else { throw Malformed() }
        return value
    }

    /// Reads an object, calling `member` with each key; `member` must read or skip the key's value.
    mutating func object(_ member: (inout JSONScanner, String) throws(Malformed) -> Void) throws(Malformed) {
        try expect(0x7B)  // {
        let firstKey = openKeys.count
        defer { openKeys.removeSubrange(firstKey...) }
        if try next(is: 0x7D) { return }  // }
        repeat {
            let key = try string()
            guard !openKeys[firstKey...].contains(key) else { throw Malformed() }
            openKeys.append(key)
            try expect(0x3A)  // :
            try member(&self, key)
        } while try next(is: 0x2C)  // ,
        try expect(0x7D)
    }

    /// Reads an array, reading each element with `element`.
    mutating func array<Element>(
        of element: (inout JSONScanner) throws(Malformed) -> Element
    ) throws(Malformed) -> [Element] {
        try expect(0x5B)  // [
        var elements: [Element] = []
        if try next(is: 0x5D) { return elements }  // ]
        repeat {
            elements.append(try element(&self))
        } while try next(is: 0x2C)
        try expect(0x5D)
        return elements
    }

    /// Reads an array of strings.
    mutating func strings() throws(Malformed) -> [String] {
        try array { json throws(Malformed) in try json.string() }
    }

    /// Reads `null` as nil, or else a value with `value`.
    mutating func nullable<Value>(
        _ value: (inout JSONScanner) throws(Malformed) -> Value
    ) throws(Malformed) -> Value? {
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x6E {  // n
            try literal("null")
            return nil
        }
        return try value(&self)
    }

    mutating func bool() throws(Malformed) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw Malformed() }
        if bytes[index] == 0x74 {  // t
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// Reads an integer written without a fraction or an exponent.
    mutating func int() throws(Malformed) -> Int {
        let number = try numberBytes()
        guard !number.hasFractionOrExponent, let value = Int(String(decoding: number.bytes, as: UTF8.self)) else {
            throw Malformed()
        }
        return value
    }

    /// Reads a number as the nearest `Double`, as `JSONDecoder` does.
    mutating func double() throws(Malformed) -> Double {
        let number = try numberBytes()
        guard let value = Double(String(decoding: number.bytes, as: UTF8.self)), value.isFinite else {
            throw Malformed()
        }
        // A non-zero number too small for a Double: leave the verdict to JSONDecoder.
        if value == 0, number.significand.contains(where: { $0 >= 0x31 && $0 <= 0x39 }) { throw Malformed() }
        return value
    }

    /// Reads a string, unescaping it.
    mutating func string() throws(Malformed) -> String {
        try expect(0x22)  // "
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                index += 1
                return try Self.validUTF8(bytes[start..<(index - 1)])
            }
            if byte == 0x5C { break }  // a backslash: the slow path
            guard byte >= 0x20 else { throw Malformed() }
            index += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22: return try Self.validUTF8(scratch[...])
            case 0x5C: try unescape()
            case 0x00..<0x20: throw Malformed()
            default: scratch.append(byte)
            }
        }
        throw Malformed()
    }

    /// Reads past one value of any kind, checking that it is well formed.
    mutating func skipValue() throws(Malformed) {
        try skipValue(depth: 0)
    }

    private mutating func skipValue(depth: Int) throws(Malformed) {
        guard depth < Self.maximumDepth else { throw Malformed() }
        skipWhitespace()
        guard index < bytes.count else { throw Malformed() }
        switch bytes[index] {
        case 0x7B: try object { json, _ throws(Malformed) in try json.skipValue(depth: depth + 1) }
        case 0x5B: _ = try array { json throws(Malformed) in try json.skipValue(depth: depth + 1) }
        case 0x22: _ = try string()
        case 0x74, 0x66: _ = try bool()
        case 0x6E: try literal("null")
        default: _ = try numberBytes()
        }
    }

    // MARK: - Pieces

    /// The text of `bytes`, which must be valid UTF-8. (`String(validating:as:)` is generic and looked up type
    /// metadata for every string; `UTF8Span` validates a span directly.)
    private static func validUTF8(_ bytes: ArraySlice<UInt8>) throws(Malformed) -> String {
        do {
            return String(copying: try UTF8Span(validating: bytes.span))
        } catch {
            throw Malformed()
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Malformed) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { throw Malformed() }
        index += 1
    }

    /// Consumes `byte` if it comes next.
    private mutating func next(is byte: UInt8) throws(Malformed) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw Malformed() }
        guard bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: String) throws(Malformed) {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw Malformed() }
            index += 1
        }
    }

    /// The bytes of a number as JSON writes it: `-`, digits without a leading zero, a fraction, an exponent.
    private mutating func numberBytes() throws(Malformed) -> (
        bytes: ArraySlice<UInt8>, significand: ArraySlice<UInt8>, hasFractionOrExponent: Bool
    ) {
        skipWhitespace()
        let start = index
        if index < bytes.count, bytes[index] == 0x2D { index += 1 }  // -
        let integerStart = index
        try digits()
        if bytes[integerStart] == 0x30, index - integerStart > 1 { throw Malformed() }  // 01
        var hasFractionOrExponent = false
        if index < bytes.count, bytes[index] == 0x2E {  // .
            index += 1
            try digits()
            hasFractionOrExponent = true
        }
        let significandEnd = index
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {  // e E
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }  // + -
            try digits()
            hasFractionOrExponent = true
        }
        return (bytes[start..<index], bytes[start..<significandEnd], hasFractionOrExponent)
    }

    /// One or more decimal digits.
    private mutating func digits() throws(Malformed) {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > start else { throw Malformed() }
    }

    /// Decodes the escape after a backslash into `scratch`.
    private mutating func unescape() throws(Malformed) {
        guard index < bytes.count else { throw Malformed() }
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x22, 0x5C, 0x2F: scratch.append(byte)  // " \ /
        case 0x62: scratch.append(0x08)  // b
        case 0x66: scratch.append(0x0C)  // f
        case 0x6E: scratch.append(0x0A)  // n
        case 0x72: scratch.append(0x0D)  // r
        case 0x74: scratch.append(0x09)  // t
        case 0x75:  // u
            var code = try hexQuad()
            if (0xD800..<0xDC00).contains(code) {
                guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else {
                    throw Malformed()
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw Malformed() }
            UTF8.encode(scalar) { scratch.append($0) }
        default: throw Malformed()
        }
    }

    /// Four hex digits after `\u`.
    private mutating func hexQuad() throws(Malformed) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Malformed() }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}
