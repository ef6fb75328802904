import Foundation

/// Random access to the bytes of a ZIP archive: a file on disk, read range by range, or a buffer in memory (a DOCX
/// read whole). Not Sendable when backed by a file: one per thread.
enum ZIPSource {
    case file(FileHandle, size: Int)
    case memory([UInt8])

    /// Opens the archive at `path` for reading.
    static func open(path: String) throws(ArchiveError) -> ZIPSource {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            let size = try handle.seekToEnd()
            return .file(handle, size: Int(clamping: size))
        } catch {
            throw .unreadable(reason: FileReadFailure.describe(error))
        }
    }

    var size: Int {
        switch self {
        case .file(_, let size): size
        case .memory(let bytes): bytes.count
        }
    }

    /// Exactly `count` bytes from `offset`, or an error when the range is not inside the archive.
    func bytes(at offset: Int, count: Int) throws(ArchiveError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw .damagedDirectory(detail: "a record points past the end of the file")
        }
        switch self {
        case .memory(let bytes):
            return Array(bytes[offset..<(offset + count)])
        case .file(let handle, _):
            do {
                try handle.seek(toOffset: UInt64(offset))
                let data = try handle.read(upToCount: count) ?? Data()
                guard data.count == count else { throw ArchiveError.unreadable(reason: "the file ended early") }
                return Array(data)
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw .unreadable(reason: FileReadFailure.describe(error))
            }
        }
    }

    /// Closes the file, if any.
    func close() {
        if case .file(let handle, _) = self { try? handle.close() }
    }
}
