import Testing

@testable import ShortlistCore

@Suite("JSONScanner: strict JSON, the values JSONDecoder reads")
struct JSONScannerTests {
    func scan<Value>(
        _ text: String, _ body: (inout JSONScanner) throws(JSONScanner.Malformed) -> Value
    ) -> Value? {
        try? JSONScanner.read(Array(text.utf8), body)
    }

    @Test func numbersReadAsJSONWritesThem() {
        let double = { (json: inout JSONScanner) throws(JSONScanner.Malformed) in try json.double() }
        #expect(scan(" 61.3 ", double) == 61.3)
        #expect(scan("-0.25e2", double) == -25)
        #expect(scan("1E+2", double) == 100)
        #expect(scan("0", double) == 0)
        for notJSON in ["01", "1.", ".5", "+1", "1e", "0x10", "nan", "inf", "1e400", "1e-400", "1 2"] {
            #expect(scan(notJSON, double) == nil, "\(notJSON) read as a number")
        }
        let int = { (json: inout JSONScanner) throws(JSONScanner.Malformed) in try json.int() }
        #expect(scan("-42", int) == -42)
        #expect(scan("42.0", int) == nil)
        #expect(scan("99999999999999999999", int) == nil)
    }

    @Test func stringsAreUnescaped() {
        let string = { (json: inout JSONScanner) throws(JSONScanner.Malformed) in try json.string() }
        #expect(scan(#""plain ✔""#, string) == "plain ✔")
        #expect(scan(#""q\"b\\s\/n\nt\tu\u00e9\ud83c\udf89""#, string) == "q\"b\\s/n\nt\tué🎉")
        for notJSON in [#""open"#, #""\x""#, #""\ud83c""#, #""\udf89""#, "\"tab\there\"", #""\u12""#] {
            #expect(scan(notJSON, string) == nil, "\(notJSON) read as a string")
        }
    }

    @Test func anObjectWithARepeatedKeyIsRefused() {
        let keys = { (json: inout JSONScanner) throws(JSONScanner.Malformed) -> [String] in
            var keys: [String] = []
            try json.object { json, key throws(JSONScanner.Malformed) in
                keys.append(key)
                try json.skipValue()
            }
            return keys
        }
        #expect(scan(#"{"a": [1, {"a": null}], "b": {"c": true}}"#, keys) == ["a", "b"])
        #expect(scan(#"{"a": 1, "a": 2}"#, keys) == nil)
        #expect(scan(#"{"a": 1,}"#, keys) == nil)
        #expect(scan(#"{"a": 1} x"#, keys) == nil)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let skip = { (json: inout JSONScanner) throws(JSONScanner.Malformed) in try json.skipValue() }
        #expect(scan("[[1], {}]", skip) != nil)
        #expect(scan(deep, skip) == nil)
    }
}
