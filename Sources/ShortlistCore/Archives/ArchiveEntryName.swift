/// Judges the name of an archive entry before anything is read: whether it is a safe relative path (and which path
/// components form its key), a hidden file or folder, or a name that could point outside the archive.
///
/// Shortlist never extracts to disk, but names such as `../../x.html` or `C:\x` are how archives attack tools that
/// do; they are refused with the reason so the recruiter knows the export is suspect.
enum ArchiveEntryName {
    enum Verdict: Equatable {
        /// A safe relative path, as components (without empty and `.` components).
        case readable([String])
        /// Not read: the name is absolute, climbs with `..`, uses backslashes or a drive letter, or has control
        /// characters.
        case unsafe(reason: String)
        /// A hidden file (`.DS_Store`) or a file inside a hidden folder (`__MACOSX/`, `.git/`); `folder` holds the
        /// components up to and including the hidden folder, nil for a hidden file.
        case hidden(folder: [String]?)
    }

    static func judge(_ name: String) -> Verdict {
        if name.isEmpty { return .unsafe(reason: "no name") }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .unsafe(reason: "control characters")
        }
        if name.contains("\\") {
            return .unsafe(reason: "backslashes, a Windows path that could point outside the archive")
        }
        if name.hasPrefix("/") { return .unsafe(reason: "an absolute path") }
        let bytes = Array(name.utf8)
        if bytes.count >= 2, (bytes[0] | 0x20) >= 0x61, (bytes[0] | 0x20) <= 0x7A, bytes[1] == 0x3A {
            return .unsafe(reason: "a drive letter")
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            .filter { $0 != "." }
        if components.contains("..") { return .unsafe(reason: "'..' climbs out of the archive") }
        guard !components.isEmpty else { return .unsafe(reason: "no name") }
        for (index, component) in components.enumerated() where component.hasPrefix(".") || component == "__MACOSX" {
            return .hidden(folder: index + 1 < components.count ? Array(components[...index]) : nil)
        }
        return .readable(components)
    }
}
