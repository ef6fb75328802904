import Foundation

/// A fresh folder under the system temporary directory, removed by `remove()` (call it in a `defer`).
struct TemporaryDirectory: Sendable {
    let url: URL

    init(prefix: String = "run") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-e2e-\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// `name` inside the folder (not created).
    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Creates a subfolder and returns it.
    @discardableResult
    func folder(_ name: String) throws -> URL {
        let folder = url.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes the folder and everything in it, restoring permissions a test took away first.
    func remove() {
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            while let relative = walker.nextObject() as? String {
                let path = url.appendingPathComponent(relative).path
                var status = stat()
                if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFLNK { chmod(path, 0o755) }
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

extension FileManager {
    /// Sets POSIX permissions, throwing when the file system refuses.
    func setPermissions(_ mode: Int, of url: URL) throws {
        try setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    }
}
