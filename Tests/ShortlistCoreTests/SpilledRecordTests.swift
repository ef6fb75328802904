import Testing

@testable import ShortlistCore

@Suite("Spilled records")
struct SpilledRecordTests {
    @Test func keyRulesAndIdentityComeBackAsWritten() throws {
        let record = SpilledRecord(
            key: "resumes/ÉQUIPE/zoë łukasiewicz.html",
            rules: [
                FiredRule(.knockout, criterion: "licence", reason: "required criterion 'RN licence' not met"),
                FiredRule(.lowText, reason: ""),
            ],
            identity: Contact(
                name: "Zoë Łukasiewicz", email: nil, phone: "+48 12 345 67 89", location: "Kraków",
                links: ["https://example.com/zoë", ""]))
        var bytes: [UInt8] = [0xFF]  // a head is read from the middle of a chunk
        let length = record.appendHead(to: &bytes)
        #expect(length == bytes.count - 1)
        let read = try SpilledRecord(head: bytes[1...])
        #expect(read.key == record.key)
        #expect(read.rules == record.rules)
        #expect(read.identity == record.identity)
    }

    @Test func aRecordWithoutRulesOrIdentityStaysSmall() throws {
        var bytes: [UInt8] = []
        SpilledRecord(key: "a.txt", rules: [], identity: nil).appendHead(to: &bytes)
        #expect(bytes.count == 4 + 5 + 4 + 1)
        let read = try SpilledRecord(head: bytes[...])
        #expect(read.key == "a.txt" && read.rules.isEmpty && read.identity == nil)
    }

    @Test func aCutOrChangedHeadIsRefused() {
        var bytes: [UInt8] = []
        SpilledRecord(key: "a.txt", rules: [FiredRule(.knockout, reason: "x")], identity: nil).appendHead(to: &bytes)
        #expect(throws: SpilledRecord.Damaged.self) { try SpilledRecord(head: bytes.dropLast()) }
        #expect(throws: SpilledRecord.Damaged.self) { try SpilledRecord(head: (bytes + [0])[...]) }
        var unknownRule = bytes
        unknownRule[4 + 5 + 4 + 4] = UInt8(ascii: "X")  // the rule id's first letter
        #expect(throws: SpilledRecord.Damaged.self) { try SpilledRecord(head: unknownRule[...]) }
    }
}
