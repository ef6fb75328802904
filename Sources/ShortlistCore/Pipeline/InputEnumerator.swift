import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input file as found on disk, before it is read.
public struct InputItem: Sendable, Hashable {
    /// What can be done with the path.
    public enum Kind: Sendable, Hashable {
        /// A regular file (or a symlink to one inside the input root) of this many bytes.
        case file(size: Int)
        /// Not read, with the reason (FIFO, socket, device, hidden file, link out of the root, …).
        case skipped(reason: String)
    }

    /// The path relative to the parent of its input root, with `/` separators: `resumes/backend/jane.html`.
    public var key: String
    /// The path to open.
    public var path: String
    public var kind: Kind

    /// The candidate id: `c_` and the first 12 hex digits of SHA-256 of `key` — stable across machines and runs.
    public var candidateID: String { CandidateID.make(from: key) }
}

/// Lists every input file under the given files and directories, without following symlinks out of an input root,
/// never opening anything but regular files, and accounting for everything it does not read.
public enum InputEnumerator {
    /// - Returns: items sorted by key, so the order never depends on the file system or the command line.
    /// - Throws: `InputError` when an input path does not exist.
    public static func enumerate(_ inputs: [String]) throws(InputError) -> [InputItem] {
        var items: [InputItem] = []
        for input in inputs {
            var status = stat()
            guard lstat(input, &status) == 0 else { throw .missing(path: input, reason: errnoDescription(errno)) }
            let url = URL(fileURLWithPath: input).standardizedFileURL
            let rootName = url.lastPathComponent
            if fileType(status) == S_IFDIR {
                let root = realPath(url.path) ?? url.path
                walk(directory: url.path, key: rootName, root: root, into: &items)
            } else {
                let parent = realPath(url.deletingLastPathComponent().path) ?? url.deletingLastPathComponent().path
                items.append(classify(path: input, key: rootName, status: status, root: parent, explicit: true))
            }
        }
        items.sort { $0.key < $1.key }
        // The same key from two inputs (two folders with one name): keep both, distinguish the later ones.
        var seen: [String: Int] = [:]
        for index in items.indices {
            let count = seen[items[index].key, default: 0]
            seen[items[index].key] = count + 1
            if count > 0 { items[index].key += "#\(count + 1)" }
        }
        return items
    }

    private static func walk(directory: String, key: String, root: String, into items: inout [InputItem]) {
        var stack: [(path: String, key: String)] = [(directory, key)]
        while let (path, key) = stack.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                items.append(InputItem(key: key + "/", path: path, kind: .skipped(reason: "cannot list the folder")))
                continue
            }
            for name in names.sorted() {
                let childPath = path + "/" + name
                let childKey = key + "/" + name
                var status = stat()
                guard lstat(childPath, &status) == 0 else {
                    items.append(
                        InputItem(key: childKey, path: childPath, kind: .skipped(reason: errnoDescription(errno))))
                    continue
                }
                if name.hasPrefix(".") {
                    let what = fileType(status) == S_IFDIR ? "hidden folder (not screened)" : "hidden file"
                    items.append(InputItem(key: childKey, path: childPath, kind: .skipped(reason: what)))
                    continue
                }
                if fileType(status) == S_IFDIR {
                    stack.append((childPath, childKey))
                } else {
                    items.append(classify(path: childPath, key: childKey, status: status, root: root, explicit: false))
                }
            }
        }
    }

    private static func classify(path: String, key: String, status: stat, root: String, explicit: Bool) -> InputItem {
        switch fileType(status) {
        case S_IFREG:
            return InputItem(key: key, path: path, kind: .file(size: Int(status.st_size)))
        case S_IFLNK:
            guard let target = realPath(path) else {
                return InputItem(key: key, path: path, kind: .skipped(reason: "broken symbolic link or link loop"))
            }
            guard target == root || target.hasPrefix(root + "/") else {
                return InputItem(
                    key: key, path: path,
                    kind: .skipped(reason: "symbolic link to a file outside the input folder (not followed)"))
            }
            var targetStatus = stat()
            guard stat(target, &targetStatus) == 0 else {
                return InputItem(key: key, path: path, kind: .skipped(reason: errnoDescription(errno)))
            }
            if fileType(targetStatus) == S_IFREG {
                return InputItem(key: key, path: target, kind: .file(size: Int(targetStatus.st_size)))
            }
            return InputItem(
                key: key, path: path, kind: .skipped(reason: "symbolic link to something other than a file"))
        case S_IFIFO:
            return InputItem(key: key, path: path, kind: .skipped(reason: "named pipe (FIFO): not opened"))
        case S_IFSOCK:
            return InputItem(key: key, path: path, kind: .skipped(reason: "socket: not opened"))
        case S_IFCHR, S_IFBLK:
            return InputItem(key: key, path: path, kind: .skipped(reason: "device file: not opened"))
        default:
            return InputItem(key: key, path: path, kind: .skipped(reason: "not a regular file"))
        }
    }

    private static func fileType(_ status: stat) -> mode_t { status.st_mode & S_IFMT }

    /// The path with every symbolic link resolved, or nil for a broken link or a loop.
    private static func realPath(_ path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var status = stat()
        guard lstat(resolved, &status) == 0, fileType(status) != S_IFLNK else { return nil }
        return resolved
    }

    static func errnoDescription(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or folder"
        case ELOOP: "too many levels of symbolic links"
        case ENAMETOOLONG: "file name too long"
        case ENOTDIR: "a path component is not a folder"
        case EIO: "input/output error"
        default: "system error \(code)"
        }
    }
}

/// An input path that cannot be screened at all.
public enum InputError: Error, Sendable, CustomStringConvertible {
    case missing(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path, let reason): "\(path): \(reason) (check the path and try again)"
        }
    }
}
