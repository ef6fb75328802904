import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file held under an advisory `flock` while it is read and appended to, so two `shortlist decide` commands on
/// one ledger never interleave their lines, and `feedback` never reads half an append.
///
/// Not Sendable: it owns a file descriptor and is used by one command on one thread.
final class LockedFile {
    let path: String
    private let handle: FileHandle

    /// Opens `path` for reading under a shared lock, or for reading and appending under an exclusive lock (creating
    /// the file if needed). Waits for other holders of the lock.
    init(path: String, forAppending: Bool) throws(FileProblem) {
        self.path = path
        let existed = FileManager.default.fileExists(atPath: path)
        let descriptor =
            forAppending ? open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileProblem(file: path, "cannot open the ledger: \(Self.lastError()) (check the path)")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard flock(descriptor, forAppending ? LOCK_EX : LOCK_SH) == 0 else {
            throw FileProblem(file: path, "cannot lock the ledger: \(Self.lastError())")
        }
        if forAppending, !existed {
            // Make the new file's name durable too: fsync the folder that holds it.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
            if folderDescriptor >= 0 {
                _ = fsync(folderDescriptor)
                _ = close(folderDescriptor)
            }
        }
    }

    deinit {
        _ = flock(handle.fileDescriptor, LOCK_UN)
    }

    /// The whole file.
    func readAll() throws(FileProblem) -> [UInt8] {
        do {
            try handle.seek(toOffset: 0)
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw FileProblem(file: path, "cannot read the ledger: \(FileProblem.reason(error))")
        }
    }

    /// Appends `bytes` in one write and forces them to disk. If the write fails part-way, the file is cut back to
    /// its previous length, so the ledger holds either all of the new lines or none.
    func append(_ bytes: [UInt8]) throws(FileProblem) {
        var originalLength: UInt64 = 0
        do {
            originalLength = try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            try? handle.truncate(atOffset: originalLength)
            try? handle.synchronize()
            throw FileProblem(
                file: path, "cannot write the ledger: \(FileProblem.reason(error)) (nothing was recorded)")
        }
    }

    private static func lastError() -> String { FileProblem.reason(errno: errno) }
}

@available(*, unavailable)
extension LockedFile: Sendable {}
