/// The parts of a Word document (a WordprocessingML ZIP package) that Shortlist reads, decompressed under limits:
/// the body (`word/document.xml`), the style names (`word/styles.xml`), the relationships that hold hyperlink
/// targets and header parts (`word/_rels/document.xml.rels`), and the page headers, where templates often put the
/// name and contact details.
struct DOCXPackage {
    var document: [UInt8]
    var styles: [UInt8]?
    var relationships: [UInt8]?
    /// Header parts by name (`word/header1.xml`), read once the relationships name them.
    var parts: [String: [UInt8]] = [:]

    /// The part that makes a ZIP package a Word document.
    static let documentPart = "word/document.xml"

    /// Parts of one package; a document has a few dozen, one with many images a few hundred.
    static let limits: ArchiveLimits = {
        var limits = ArchiveLimits()
        limits.maxEntries = 10_000
        limits.maxDirectoryBytes = 4 << 20
        return limits
    }()
    /// Styles, relationships and headers are small; a larger one is not a real document's.
    static let maxSmallPartBytes = 1 << 20
    /// At most this many header parts are read (three per section: default, first page, even pages).
    static let maxHeaders = 6

    private let source: ZIPSource
    private let directory: ZIPDirectory

    /// The package's parts, or nil when `bytes` are a ZIP archive without `word/document.xml`.
    static func open(_ bytes: [UInt8]) throws(ResumeReadError) -> DOCXPackage? {
        let source = ZIPSource.memory(bytes)
        let directory: ZIPDirectory
        do {
            directory = try ZIPDirectory.read(from: source, limits: limits)
        } catch {
            throw .damagedZIP(detail: error.description)
        }
        guard directory.entries.contains(where: { $0.name == documentPart }) else { return nil }
        var package = DOCXPackage(document: [], source: source, directory: directory)
        package.document = try package.part(documentPart, limit: ResumeReader.maxFileBytes) ?? []
        package.styles = try package.part("word/styles.xml", limit: maxSmallPartBytes)
        package.relationships = try package.part("word/_rels/document.xml.rels", limit: maxSmallPartBytes)
        return package
    }

    private init(document: [UInt8], source: ZIPSource, directory: ZIPDirectory) {
        self.document = document
        self.source = source
        self.directory = directory
    }

    /// Reads the header parts the relationships name (targets relative to `word/`), in name order.
    mutating func readHeaders(_ targets: [String]) throws(ResumeReadError) {
        for target in targets.prefix(Self.maxHeaders) {
            let name = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
            if let bytes = try part(name, limit: Self.maxSmallPartBytes) { parts[name] = bytes }
        }
    }

    /// The named part's bytes, nil when absent; an error when it is damaged or over a limit.
    private func part(_ name: String, limit: Int) throws(ResumeReadError) -> [UInt8]? {
        guard let entry = directory.entries.first(where: { $0.name == name && $0.kind == .file }) else { return nil }
        if entry.uncompressedSize > limit {
            throw .unreadableWordDocument(
                detail: "\(name) is \(entry.uncompressedSize) bytes uncompressed, over the \(limit)-byte limit")
        }
        if let problem = Self.limits.ratioProblem(
            uncompressed: entry.uncompressedSize, compressed: entry.compressedSize)
        {
            throw .unreadableWordDocument(detail: "\(name) is \(problem)")
        }
        do {
            return try ZIPEntryContents.read(entry, from: source, limit: limit)
        } catch {
            throw .unreadableWordDocument(detail: "\(name): \(error.description)")
        }
    }
}
