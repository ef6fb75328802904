import Foundation

/// The `--out` folder: refused when it already holds files (unless forced), written file by file through a
/// temporary name and a rename, so a reader never sees half a file.
public struct OutputDirectory: Sendable {
    public let url: URL

    /// - Throws: `OutputError` when the folder cannot be created, or holds files and `force` is false.
    public init(path: String, force: Bool) throws(OutputError) {
        url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(path: path) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            if !contents.isEmpty && !force { throw .notEmpty(path: path) }
        } else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(path: path, reason: error.localizedDescription)
            }
        }
    }

    /// Writes `data` to `name` atomically (temporary file in the same folder, then rename).
    public func write(_ data: Data, to name: String) throws(OutputError) {
        let target = url.appendingPathComponent(name)
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
    }

    /// A file handle for streaming a large output into `name`; `commit` renames it into place.
    func stream(_ name: String) throws(OutputError) -> StreamedFile {
        let temporary = url.appendingPathComponent(".\(name).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else { throw .cannotWrite(path: temporary.path, reason: "cannot create the file") }
        return StreamedFile(handle: handle, temporary: temporary, target: url.appendingPathComponent(name))
    }
}

/// A file written in pieces and renamed into place when complete.
final class StreamedFile {
    private let handle: FileHandle
    let temporary: URL
    let target: URL
    private var buffer: [UInt8] = []

    init(handle: FileHandle, temporary: URL, target: URL) {
        self.handle = handle
        self.temporary = temporary
        self.target = target
        buffer.reserveCapacity(Self.bufferSize)
    }

    func append(_ bytes: [UInt8]) throws(OutputError) {
        guard bytes.count < Self.bufferSize else {
            // Already a big piece: written as it is rather than copied through the buffer.
            try flush()
            try write(bytes)
            return
        }
        // Never grown: a piece that does not fit goes after what is buffered is written.
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        buffer.append(contentsOf: bytes)
    }

    private static let bufferSize = 1 << 20

    func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: [UInt8]) throws(OutputError) {
        do {
            try handle.write(contentsOf: bytes)  // [UInt8] is DataProtocol: no copy into a Data
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
    }

    /// Writes what is buffered and closes the file, which stays for reading (`discard` deletes it); its buffer is
    /// freed.
    func finishWriting() throws(OutputError) {
        try flush()
        buffer = []
        try? handle.close()
    }

    func commit() throws(OutputError) {
        try flush()
        try? handle.close()
        do {
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

/// An output that cannot be written. The message names the path and what to do.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    case notEmpty(path: String)
    case notAFolder(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .notEmpty(let path):
            "\(path) already contains files; choose an empty folder or pass --force to overwrite the outputs"
        case .notAFolder(let path): "\(path) exists and is not a folder; choose a folder for --out"
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
