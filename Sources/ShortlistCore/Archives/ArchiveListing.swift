/// Expands a ZIP archive on disk into input items, one per file entry, keyed `ARCHIVE-KEY/folder/name.html` like
/// files in a folder, and accounts for every entry it will not read (unsafe names, links, hidden files, limits).
///
/// A ZIP that contains `word/document.xml` is a Word document, not an archive: it is screened as one resume.
enum ArchiveListing {
    enum Outcome {
        /// A DOCX (or other Word package): screen the file itself.
        case wordDocument
        /// The archive's rows, or one row for the archive when it cannot be opened.
        case items([InputItem])
    }

    /// - Complexity: O(entries log entries); reads only the archive's table of contents.
    static func expand(path: String, key: String, limits: ArchiveLimits) -> Outcome {
        let directory: ZIPDirectory
        do {
            let source = try ZIPSource.open(path: path)
            defer { source.close() }
            directory = try ZIPDirectory.read(from: source, limits: limits)
        } catch {
            return .items([InputItem(key: key, path: path, kind: .unreadable(reason: error.description))])
        }
        if directory.entries.contains(where: { $0.name == DOCXPackage.documentPart }) { return .wordDocument }

        var items: [InputItem] = []
        var hiddenFolders: [String: Int] = [:]
        var readable: [(key: String, record: ZIPEntryRecord)] = []
        for entry in directory.entries where entry.kind != .directory {
            func row(_ name: String, _ kind: InputItem.Kind) {
                items.append(InputItem(key: key + "/" + name, path: path, kind: kind))
            }
            switch ArchiveEntryName.judge(entry.name) {
            case .unsafe(let reason):
                row(entry.name, .skipped(reason: "unsafe entry name (\(reason)): not read"))
            case .hidden(let folder?):
                hiddenFolders[folder.joined(separator: "/") + "/", default: 0] += 1
            case .hidden(nil):
                row(entry.name, .skipped(reason: "hidden file"))
            case .readable(let components):
                if entry.kind == .symbolicLink {
                    row(entry.name, .skipped(reason: "symbolic link inside the archive (not followed)"))
                } else if entry.isEncrypted {
                    row(entry.name, .unreadable(reason: ArchiveError.encrypted.description))
                } else if entry.method != ZIPEntryRecord.stored && entry.method != ZIPEntryRecord.deflated {
                    row(entry.name, .unreadable(reason: ArchiveError.unsupportedMethod(entry.method).description))
                } else {
                    readable.append((key + "/" + components.joined(separator: "/"), entry))
                }
            }
        }
        for (folder, count) in hiddenFolders {
            items.append(
                InputItem(
                    key: key + "/" + folder, path: path,
                    kind: .skipped(reason: "hidden folder (not screened): \(count) entr\(count == 1 ? "y" : "ies")")))
        }

        // Limits apply in key order, the order of the rows, so the same archive always gives the same rows.
        readable.sort { ($0.key, $0.record.index) < ($1.key, $1.record.index) }
        var total = 0
        for (entryKey, entry) in readable {
            let size = entry.uncompressedSize
            var kind = InputItem.Kind.file(size: size)
            if size <= ResumeReader.maxFileBytes {
                if let problem = limits.ratioProblem(uncompressed: size, compressed: entry.compressedSize) {
                    kind = .unreadable(reason: problem)
                } else if size > limits.maxTotalBytes - total {
                    kind = .unreadable(
                        reason: "the archive's entries add up to more than \(limits.maxTotalBytes) bytes "
                            + "uncompressed (the limit per archive): not decompressed; split the export")
                } else {
                    total += size
                }
            }
            // Over 8 MiB: a `file` row the screener rejects as too large, exactly like such a file on disk.
            items.append(InputItem(key: entryKey, path: path, kind: kind, member: ArchiveMember(record: entry)))
        }
        if items.isEmpty {
            items.append(InputItem(key: key, path: path, kind: .skipped(reason: "the archive holds no files")))
        }
        return .items(items)
    }
}
