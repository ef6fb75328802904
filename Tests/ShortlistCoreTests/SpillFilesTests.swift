import Foundation
import Testing

@testable import ShortlistCore

@Suite("Spill files")
struct SpillFilesTests {
    @Test func recordsAreSplitIntoFilesAtRecordBoundariesAndFoundAgain() throws {
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = SpillFiles(in: try OutputDirectory(path: folder.path, force: true), name: "body", segmentBytes: 10)
        defer { spill.discard() }
        // Records of 4, 8, 3, 12 and 1 bytes: a file is closed once it holds 10 bytes or more.
        for (index, length) in [4, 8, 3, 12, 1].enumerated() {
            try spill.append(head: [UInt8(index)], body: [UInt8](repeating: UInt8(index), count: length - 1))
        }
        try spill.finishWriting()
        #expect(spill.segments.map(\.firstEntry) == [0, 2, 4])
        let contents = try spill.segments.map { try [UInt8](Data(contentsOf: $0.file.temporary)) }
        #expect(
            contents == [
                [0, 0, 0, 0] + [UInt8](repeating: 1, count: 8), [2, 2, 2] + [UInt8](repeating: 3, count: 12), [4],
            ])
        #expect((0..<5).map(spill.segment(holding:)) == [0, 0, 1, 1, 2])
        #expect((0..<3).map(spill.endEntry(of:)) == [2, 4, 5])
        spill.discard(segment: 0)
        #expect(!FileManager.default.fileExists(atPath: spill.segments[0].file.temporary.path))
        #expect(FileManager.default.fileExists(atPath: spill.segments[1].file.temporary.path))
        spill.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
