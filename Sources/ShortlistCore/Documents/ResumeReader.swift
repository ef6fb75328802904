import Foundation
import LibXMLBridge

/// Reads one resume from bytes: sniffs the format, decodes the text, parses markup with libxml2 and lays the
/// result out as sectioned lines with contact details, roles and degrees.
///
/// Not Sendable: it owns a libxml2 parser context. Give each worker thread its own reader.
///
/// ```swift
/// let reader = ResumeReader()
/// let resume = try reader.read(bytes: Array(data), path: "dump/jane-doe.html")
/// print(resume.contact.name, resume.experience.count)
/// ```
public final class ResumeReader {
    /// Files larger than this are not parsed (a resume is a few kilobytes; 50 MB is an attack or a mistake).
    public static let maxFileBytes = 8 << 20

    private let parser: MarkupParser
    /// Word's XML parts: attributes carry the styles, link ids and formatting (`w:val`, `r:id`, `w:fill`…).
    private let wordParser: MarkupParser
    /// What the `id`/`class` names of the HTML read so far mean, kept across documents.
    private var htmlHints = HTMLLayoutReader.HintCache()
    /// What the element names of the XML read so far mean, kept across documents.
    private var xmlMeanings = XMLLayoutReader.MeaningCache()

    public init() {
        var limits = MarkupLimits()
        // What the layout readers look at: sections from id/class, hidden text from style/hidden, links from href.
        limits.keptAttributes = ["id", "class", "style", "hidden", "href"]
        parser = MarkupParser(limits: limits)
        var wordLimits = MarkupLimits()
        wordLimits.keptAttributes = ["val", "id", "styleid", "type", "target", "instr", "fill"]
        wordParser = MarkupParser(limits: wordLimits)
    }

    /// - Complexity: O(n) in the file size, bounded by `maxFileBytes` and the markup limits.
    public func read(bytes: [UInt8], path: String) throws(ResumeReadError) -> Resume {
        guard bytes.count <= Self.maxFileBytes else { throw .tooLarge(bytes: bytes.count, limit: Self.maxFileBytes) }
        if FormatSniffer.isZIP(bytes) {
            guard var package = try DOCXPackage.open(bytes) else { throw .archive }
            return try readWordDocument(&package, path: path)
        }
        if let kind = FormatSniffer.binaryKind(bytes) { throw .binary(kind: kind) }
        let decoded = TextDecoding.decode(bytes)
        guard decoded.text.contains(where: { !$0.isWhitespace && $0 != "\0" }) else { throw .empty }
        if FormatSniffer.looksBinary(decoded.text) { throw .binary(kind: "binary data") }
        var notes = ParseNotes()
        notes.encoding = decoded.encoding
        let pathExtension = Self.pathExtension(path)
        var format = FormatSniffer.format(of: decoded.text, pathExtension: pathExtension)
        let layout: ResumeLayout
        switch format {
        case .text where JSONResumeReader.looksLikeJSON(decoded.text, pathExtension: pathExtension):
            format = .jsonResume
            layout = try JSONResumeReader.read(decoded.text, notes: notes)
        case .text, .docx, .jsonResume:
            let text =
                decoded.text.containsUTF8(0) ? decoded.text.replacingOccurrences(of: "\0", with: " ") : decoded.text
            layout = PlainTextLayoutReader.read(text, notes: notes)
        case .html:
            let document = try parse(decoded.text, dialect: .html, notes: &notes)
            layout = HTMLLayoutReader.read(document.events, notes: notes, hints: &htmlHints)
        case .xhtml, .xml, .hrOpen:
            let document: MarkupDocument
            do {
                document = try parseMarkup(decoded.text, dialect: .xml, notes: &notes)
            } catch {
                // Not well-formed enough for the XML parser: the HTML parser recovers what a browser would show.
                format = .html
                document = try parse(decoded.text, dialect: .html, notes: &notes)
                notes.recovered = true
            }
            if format == .html || format == .xhtml || Self.isXHTML(document) {
                if format != .html { format = .xhtml }
                layout = HTMLLayoutReader.read(document.events, notes: notes, hints: &htmlHints)
            } else {
                let structured = Self.isHROpen(document)
                format = structured ? .hrOpen : .xml
                layout = XMLLayoutReader.read(
                    document.events, notes: notes, structured: structured, meanings: &xmlMeanings)
            }
        }
        return ResumeAssembler.assemble(layout, path: path, format: format)
    }

    /// Lays out a Word document from its body, styles, relationships and headers.
    private func readWordDocument(_ package: inout DOCXPackage, path: String) throws(ResumeReadError) -> Resume {
        var notes = ParseNotes()
        let document: MarkupDocument
        do {
            document = try parseWordPart(package.document, notes: &notes)
        } catch {
            throw .unreadableWordDocument(detail: "word/document.xml: \(error.description)")
        }
        var ignored = ParseNotes()
        let styles = DOCXStyles.read(package.styles.flatMap { try? parseWordPart($0, notes: &ignored).events })
        let relationships = DOCXRelationships.read(
            package.relationships.flatMap { try? parseWordPart($0, notes: &ignored).events })
        try package.readHeaders(relationships.headers)
        let headers = package.parts.keys.sorted().compactMap { name in
            package.parts[name].flatMap { try? parseWordPart($0, notes: &ignored).events }
        }
        let layout = DOCXLayoutReader.read(
            document: document.events, headers: headers, styles: styles, relationships: relationships, notes: notes)
        return ResumeAssembler.assemble(layout, path: path, format: .docx)
    }

    /// One XML part of a Word package, decoded (Word writes UTF-8, but a part may declare UTF-16) and parsed under
    /// the same safe options as every other XML.
    private func parseWordPart(_ bytes: [UInt8], notes: inout ParseNotes) throws(MarkupParseError) -> MarkupDocument {
        try parseMarkup(TextDecoding.decode(bytes).text, dialect: .xml, notes: &notes, with: wordParser)
    }

    private func parse(_ text: String, dialect: MarkupDialect, notes: inout ParseNotes) throws(ResumeReadError)
        -> MarkupDocument
    {
        do {
            return try parseMarkup(text, dialect: dialect, notes: &notes)
        } catch {
            throw .unparseable(detail: error.description)
        }
    }

    private func parseMarkup(
        _ text: String, dialect: MarkupDialect, notes: inout ParseNotes, with parser: MarkupParser? = nil
    ) throws(MarkupParseError) -> MarkupDocument {
        let document = try (parser ?? self.parser).parse(utf8: Array(text.utf8), dialect: dialect)
        notes.recovered = notes.recovered || document.recovered
        if let issue = document.firstIssue {
            notes.parserIssue = "libxml2 error \(issue.code) at line \(issue.line)"
        }
        notes.truncated = notes.truncated || document.truncated
        notes.skippedEntityReferences += document.skippedEntityReferences
        return document
    }

    /// The last non-empty part of `path` between periods, lowercased: the extension, or the whole name without one.
    /// An ASCII path is read on bytes (its Characters are its bytes); any other is split as Characters.
    static func pathExtension(_ path: String) -> String {
        var text = path
        let ascii = text.withUTF8Span { bytes -> Range<Int>? in
            for index in bytes.indices where bytes[index] >= 0x80 { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x2E { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x2E { start -= 1 }
            return start..<end
        }
        guard let ascii else { return path.split(separator: ".").last.map { $0.lowercased() } ?? "" }
        return path.utf8Slice(ascii).lowercased()
    }

    private static func rootName(_ document: MarkupDocument) -> String? {
        for event in document.events {
            if case .start(let element) = event { return element.name }
        }
        return nil
    }

    private static func isXHTML(_ document: MarkupDocument) -> Bool {
        rootName(document)?.lowercased() == "html"
    }

    private static func isHROpen(_ document: MarkupDocument) -> Bool {
        guard let root = rootName(document) else { return false }
        return ["Candidate", "Resume", "CandidateProfile", "StructuredXMLResume"].contains(root)
    }
}

@available(*, unavailable, message: "A ResumeReader owns a libxml2 parser context; give each thread its own.")
extension ResumeReader: @unchecked Sendable {}
