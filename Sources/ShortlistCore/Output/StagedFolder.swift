import Foundation

/// A folder of outputs filled under a temporary name and renamed into place when complete, so a reader sees either
/// the previous folder or the whole new one, never a mix, and no file from an earlier run is left behind.
final class StagedFolder {
    let temporary: URL
    let target: URL

    init(temporary: URL, target: URL) throws(OutputError) {
        self.temporary = temporary
        self.target = target
        do {
            if FileManager.default.fileExists(atPath: temporary.path) {
                try FileManager.default.removeItem(at: temporary)
            }
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: temporary.path, reason: error.localizedDescription)
        }
    }

    /// Writes `data` to `relativePath` inside the folder, creating subfolders as needed.
    func write(_ data: Data, to relativePath: String) throws(OutputError) {
        let file = temporary.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw .cannotWrite(
                path: target.appendingPathComponent(relativePath).path, reason: error.localizedDescription)
        }
    }

    /// Creates `relativePath` (and its parents) inside the folder if it is not there yet.
    func makeFolder(_ relativePath: String) throws(OutputError) {
        let folder = temporary.appendingPathComponent(relativePath, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(
                path: target.appendingPathComponent(relativePath).path, reason: error.localizedDescription)
        }
    }

    /// Replaces `target` (and everything in it) with the staged folder; the previous one is kept until the new one
    /// is in place.
    func commit() throws(OutputError) {
        let files = FileManager.default
        let previous = temporary.deletingLastPathComponent()
            .appendingPathComponent(temporary.lastPathComponent + ".previous", isDirectory: true)
        do {
            if files.fileExists(atPath: previous.path) { try files.removeItem(at: previous) }
            if files.fileExists(atPath: target.path) { try files.moveItem(at: target, to: previous) }
            do {
                try files.moveItem(at: temporary, to: target)
            } catch {
                if files.fileExists(atPath: previous.path) { try? files.moveItem(at: previous, to: target) }
                throw error
            }
            if files.fileExists(atPath: previous.path) { try files.removeItem(at: previous) }
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}

extension OutputDirectory {
    /// A folder `name` in the output folder, written in full under `.name.partial` and renamed into place by
    /// `commit`.
    func stagedFolder(_ name: String) throws(OutputError) -> StagedFolder {
        try StagedFolder(
            temporary: url.appendingPathComponent(".\(name).partial", isDirectory: true),
            target: url.appendingPathComponent(name, isDirectory: true))
    }
}
