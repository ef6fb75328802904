import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input as found on disk — a file, or an entry of a ZIP archive — before it is read.
///
/// A dump of 100,000 files is listed before the first is read, so an item is kept small: the path of a file found in
/// a listed folder is not stored but made from the folder's path and the key's tail when it is needed.
public struct InputItem: Sendable, Hashable {
    /// What can be done with the input.
    public enum Kind: Sendable, Hashable {
        /// A regular file (or a symlink to one inside the input root), or an archive entry, of this many bytes.
        case file(size: Int)
        /// Not read, with the reason (FIFO, socket, device, hidden file, link out of the root, unsafe entry name, …).
        indirect case skipped(reason: String)
        /// Known to be unreadable before opening, with the reason (a damaged archive, an entry over a zip-bomb limit).
        indirect case unreadable(reason: String)
    }

    /// The path relative to the parent of its input root, with `/` separators: `resumes/backend/jane.html`. An archive
    /// entry continues its archive's key with the entry's path: `resumes/dump.zip/folder/jane.html`.
    public private(set) var key: String
    private(set) var location: Location
    public var kind: Kind
    /// Set when the input is an entry of the ZIP archive at `path`; nil for a file.
    public var member: ArchiveMember?

    public init(key: String, path: String, kind: Kind, member: ArchiveMember? = nil) {
        self.key = key
        location = .path(path)
        self.kind = kind
        self.member = member
    }

    /// An input at `key` under a listed folder, whose path is the folder's path followed by the key after the
    /// folder's own key.
    init(key: String, in folder: ListedFolder, kind: Kind) {
        self.key = key
        location = .listed(folder)
        self.kind = kind
        member = nil
    }

    init(key: String, location: Location, kind: Kind, member: ArchiveMember?) {
        self.key = key
        self.location = location
        self.kind = kind
        self.member = member
    }

    /// The path to open: the file itself, or the archive that holds `member`.
    public var path: String {
        switch location {
        case .path(let path): path
        case .listed(let folder): folder.path + String(Substring(key.utf8.dropFirst(folder.keyLength)))
        }
    }

    /// The candidate id: `c_` and the first 12 hex digits of SHA-256 of `key` — stable across machines and runs.
    public var candidateID: String { CandidateID.make(from: key) }

    public static func == (left: InputItem, right: InputItem) -> Bool {
        left.key == right.key && left.kind == right.kind && left.member == right.member && left.path == right.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(kind)
        hasher.combine(member)
        hasher.combine(path)
    }

    /// Where the input is: at a path of its own, or in a listed folder (the path follows from the key).
    enum Location: Sendable {
        case path(String)
        case listed(ListedFolder)
    }

    /// A folder given as input, shared by the items found under it.
    final class ListedFolder: Sendable {
        let path: String
        /// The UTF-8 length of the folder's key (its name).
        let keyLength: Int

        init(path: String, key: String) {
            self.path = path
            keyLength = key.utf8.count
        }
    }
}

/// Lists every input file under the given files and directories, without following symlinks out of an input root,
/// never opening anything but regular files, and accounting for everything it does not read. ZIP archives, given
/// or found in a folder, are expanded into their entries (see `ArchiveListing`).
public enum InputEnumerator {
    /// - Returns: items sorted by key, so the order never depends on the file system or the command line.
    /// - Throws: `InputError` when an input path does not exist.
    public static func enumerate(_ inputs: [String], archiveLimits: ArchiveLimits = ArchiveLimits())
        throws(InputError) -> InputList
    {
        var items = InputList()
        for input in inputs {
            var status = stat()
            guard lstat(input, &status) == 0 else { throw .missing(path: input, reason: errnoDescription(errno)) }
            let url = URL(fileURLWithPath: input).standardizedFileURL
            let rootName = url.lastPathComponent
            if fileType(status) == S_IFDIR {
                let root = realPath(url.path) ?? url.path
                walk(
                    InputItem.ListedFolder(path: url.path, key: rootName), key: rootName, root: root,
                    limits: archiveLimits, into: &items)
            } else {
                let parent = realPath(url.deletingLastPathComponent().path) ?? url.deletingLastPathComponent().path
                let item = classify(path: input, key: rootName, status: status, root: parent, explicit: true)
                append(item, expandingArchivesWithin: archiveLimits, to: &items)
            }
        }
        // The same key from two inputs (two folders with one name): keep both, distinguish the later ones.
        return items.sortedByKey()
    }

    private static func walk(
        _ folder: InputItem.ListedFolder, key: String, root: String, limits: ArchiveLimits,
        into items: inout InputList
    ) {
        var stack: [(path: String, key: String)] = [(folder.path, key)]
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
                var status = stat()
                let found = lstat(childPath, &status) == 0
                let failure = errno
                // Most inputs: a resume in a text format, listed without making its key a string.
                if found, fileType(status) == S_IFREG, !name.hasPrefix("."), hasTextExtension(name) {
                    items.appendFile(named: name, under: key, in: folder, size: Int(status.st_size))
                    continue
                }
                let childKey = key + "/" + name
                guard found else {
                    let reason = errnoDescription(failure)
                    items.append(InputItem(key: childKey, in: folder, kind: .skipped(reason: reason)))
                    continue
                }
                if name.hasPrefix(".") {
                    let what = fileType(status) == S_IFDIR ? "hidden folder (not screened)" : "hidden file"
                    items.append(InputItem(key: childKey, in: folder, kind: .skipped(reason: what)))
                    continue
                }
                if fileType(status) == S_IFDIR {
                    stack.append((childPath, childKey))
                } else {
                    let item = classify(path: childPath, key: childKey, status: status, root: root, explicit: false)
                    // Not a link to elsewhere: the path is the folder's and need not be kept.
                    let listed = item.path == childPath ? InputItem(key: childKey, in: folder, kind: item.kind) : item
                    append(listed, expandingArchivesWithin: limits, to: &items)
                }
            }
        }
    }

    /// Appends `item`, or the entries of the ZIP archive it turns out to be.
    private static func append(
        _ item: InputItem, expandingArchivesWithin limits: ArchiveLimits, to items: inout InputList
    ) {
        guard case .file = item.kind, mayBeArchive(item) else {
            items.append(item)
            return
        }
        switch ArchiveListing.expand(path: item.path, key: item.key, limits: limits) {
        case .wordDocument: items.append(item)
        case .items(let entries): for entry in entries { items.append(entry) }
        }
    }

    /// Extensions of the text formats Shortlist reads: such files are not opened here to look for a ZIP signature
    /// (it would cost one more open per resume). A ZIP named like this is still recognised by the worker that reads
    /// it — as a Word document, or as an archive to rename.
    private static let textExtensions: Set<String> = [
        "html", "htm", "xhtml", "xht", "xml", "txt", "text", "json", "md",
    ]

    /// True when the file name ends in one of `textExtensions` (in any case).
    private static func hasTextExtension(_ name: some StringProtocol) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return textExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// True when the file starts with the ZIP local-header signature and its extension is not a text format's.
    private static func mayBeArchive(_ item: InputItem) -> Bool {
        let name = item.key[(item.key.lastIndex(of: "/").map(item.key.index(after:)) ?? item.key.startIndex)...]
        if hasTextExtension(name) { return false }
        guard let handle = FileHandle(forReadingAtPath: item.path) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic.elementsEqual([0x50, 0x4B, 0x03, 0x04]) || magic.elementsEqual([0x50, 0x4B, 0x05, 0x06])
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
