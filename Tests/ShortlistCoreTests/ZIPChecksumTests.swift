import Foundation
import Testing
import ZIPFoundation

@testable import ShortlistCore

@Suite("ZIP checksum")
struct ZIPChecksumTests {
    @Test func theStandardCheckValue() {
        #expect(ZIPChecksum.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(ZIPChecksum.checksum([]) == 0)
    }

    /// Every length from 0 to 40 (the eight-byte steps and every tail), then longer inputs, split anywhere: the same
    /// checksum as ZIPFoundation's.
    @Test func matchesZIPFoundationOnRandomBytesWhereverTheyAreSplit() {
        var random = SeededRandom(seed: 32)
        for length in Array(0...40) + [255, 4096, 70_001] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            let expected = Data(bytes).crc32(checksum: 0)
            #expect(ZIPChecksum.checksum(bytes) == expected)
            let split = Int.random(in: 0...length, using: &random)
            let first = ZIPChecksum.checksum(Array(bytes[..<split]))
            #expect(ZIPChecksum.checksum(Array(bytes[split...]), continuing: first) == expected)
        }
    }
}
