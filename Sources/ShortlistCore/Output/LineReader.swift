import Foundation

/// Reads a file one line at a time, in 1 MiB chunks, so a `results.jsonl` of any size is read in bounded memory.
enum LineReader {
    static let chunkSize = 1 << 20

    /// Calls `body` with each line's 1-based number, its bytes without the `\n`, and whether a `\n` ended it (only
    /// a last line cut short lacks one). Reads from the handle's current offset to the end.
    /// - Complexity: O(n) in the file's size; memory O(longest line + chunk).
    static func forEachLine(
        in handle: FileHandle, _ body: (_ number: Int, _ line: ArraySlice<UInt8>, _ terminated: Bool) throws -> Void
    ) throws {
        var buffer: [UInt8] = []
        var number = 0
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            let searchFrom = buffer.count
            buffer.append(contentsOf: chunk)
            var lineStart = 0
            var index = searchFrom
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    number += 1
                    try body(number, buffer[lineStart..<index], true)
                    lineStart = index + 1
                }
                index += 1
            }
            buffer.removeFirst(lineStart)
        }
        if !buffer.isEmpty { try body(number + 1, buffer[...], false) }
    }
}
