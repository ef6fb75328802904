internal import CLibXML2

// With HTMLEventCollector.swift, the only Swift code in Shortlist that touches libxml2 or unsafe pointers.
// It parses, walks the tree iteratively, copies what it needs into `MarkupDocument` (plain Sendable values)
// and frees every libxml2 allocation before returning. No pointer escapes.

/// Which libxml2 parser reads the bytes.
public enum MarkupDialect: Sendable {
    /// libxml2's HTML parser: error-recovering, case-insensitive, lowercase element names.
    case html
    /// libxml2's XML parser (XML, XHTML, HR-XML): element local names as written, namespaces dropped.
    case xml
}

/// One element as the tree walk met it, without its children.
public struct MarkupElement: Sendable {
    /// Local name: lowercased for HTML, as written (without prefix) for XML.
    public var name: String
    /// Attributes in document order, local names lowercased; values capped at `MarkupLimits.maxAttributeBytes`.
    public var attributes: [(name: String, value: String)]

    public init(name: String, attributes: [(name: String, value: String)] = []) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of the first attribute called `name` (lowercase), if any.
    public func attribute(_ name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }
}

/// A depth-first walk of the parsed document: `start`, the element's content, then `end`.
public enum MarkupEvent: Sendable {
    case start(MarkupElement)
    case text(String)
    case end
}

/// A parse problem reported by libxml2, reduced to what is safe to show: the code and the line.
///
/// libxml2's own message text is not kept: with some inputs it can quote document or even local-file content.
public struct MarkupIssue: Sendable, Equatable {
    public var code: Int
    public var line: Int
}

/// Caps that bound the work and memory spent on one document, whatever its content.
public struct MarkupLimits: Sendable {
    /// Text collected beyond this many UTF-8 bytes is dropped and `MarkupDocument.truncated` is set.
    public var maxTextBytes: Int = 2 << 20
    /// Elements visited beyond this count are skipped and `MarkupDocument.truncated` is set.
    public var maxElements: Int = 200_000
    /// Attribute values are cut to this many bytes.
    public var maxAttributeBytes: Int = 1024
    /// At most this many attributes are kept per element.
    public var maxAttributes: Int = 16
    /// Only attributes with these (lowercase) names are copied; nil keeps every attribute.
    public var keptAttributes: Set<String>?

    public init() {}
}

/// The Sendable result of parsing one document: a flat event list plus what the parser had to say.
public struct MarkupDocument: Sendable {
    public var events: [MarkupEvent]
    /// The parser reported errors and recovered (malformed HTML, truncated XML in recovery mode).
    public var recovered: Bool
    /// The first error libxml2 reported, if any.
    public var firstIssue: MarkupIssue?
    /// Entity references met in the tree and skipped unexpanded (internal or external entities are never read).
    public var skippedEntityReferences: Int
    /// The document's DTD declares entities (a classic vector for XXE and expansion attacks).
    public var declaresEntities: Bool
    /// Text or elements beyond `MarkupLimits` were dropped.
    public var truncated: Bool
}

/// Why a document produced no tree at all.
public struct MarkupParseError: Error, Sendable, CustomStringConvertible {
    public var issue: MarkupIssue?
    public var dialect: MarkupDialect

    public var description: String {
        let kind = dialect == .html ? "HTML" : "XML"
        guard let issue else { return "\(kind) parser produced no document" }
        return "\(kind) is not well-formed (libxml2 error \(issue.code) at line \(issue.line): "
            + "\(MarkupParseError.explain(code: issue.code)))"
    }

    /// A short, content-free explanation of the libxml2 error codes a resume dump commonly produces.
    static func explain(code: Int) -> String {
        switch code {
        case 1: "internal error"
        case 4: "document is empty"
        case 5: "document ends before it is complete"
        case 9: "invalid character"
        case 26: "undefined entity"
        case 32: "unknown encoding"
        case 41: "attributes construct error"
        case 73, 76: "mismatched or unclosed tag"
        case 77: "premature end of data in tag"
        case 89: "entity reference loop"
        case 111: "entity used inside an attribute"
        case 201, 202, 203: "namespace error"
        default: "see libxml2 error codes"
        }
    }
}

/// Errors counted while one document parses.
struct ErrorTally {
    var count = 0
    var first: MarkupIssue?
}

/// Calls `xmlInitParser()` and silences libxml2's global error output. Call once, before any worker thread starts.
public func initializeLibXML() {
    cxml_init()
}

/// Parses documents with libxml2, reusing one parser context per dialect.
///
/// Not Sendable: a parser owns C state and must stay on one thread. Give each worker its own.
public final class MarkupParser {
    /// HTML through SAX callbacks (`parse`).
    private var htmlEventContext: htmlParserCtxtPtr?
    /// HTML into a tree (`parseTree`, for checks).
    private var htmlContext: htmlParserCtxtPtr?
    private var xmlContext: xmlParserCtxtPtr?
    public let limits: MarkupLimits
    /// `limits.keptAttributes` as bytes, to be compared with an attribute's name before it becomes a String.
    private let keptAttributeBytes: [[UInt8]]?

    public init(limits: MarkupLimits = MarkupLimits()) {
        self.limits = limits
        keptAttributeBytes = Self.keptAttributeBytes(limits.keptAttributes)
    }

    deinit {
        if let htmlEventContext { htmlFreeParserCtxt(htmlEventContext) }
        if let htmlContext { htmlFreeParserCtxt(htmlContext) }
        if let xmlContext { xmlFreeParserCtxt(xmlContext) }
    }

    /// Parses UTF-8 bytes and returns the document as events.
    ///
    /// Options never resolve external entities, never load DTDs and never touch the network; HTML is always
    /// parsed in recovery mode; XML in recovery mode so a truncated document still yields its readable part.
    ///
    /// HTML is read through libxml2's SAX callbacks, without building its tree (half of libxml2's time and most of
    /// its allocations went into the tree); `HTMLEventCollector` arranges the events as the tree would have held
    /// them. XML builds the tree and walks it.
    /// - Complexity: O(n) in the input size, bounded by `limits`.
    public func parse(utf8 bytes: [UInt8], dialect: MarkupDialect) throws(MarkupParseError) -> MarkupDocument {
        switch dialect {
        case .html: try parseHTMLEvents(bytes)
        case .xml: try parseTree(bytes, dialect: .xml)
        }
    }

    /// Parses HTML through SAX callbacks into the events `parseTree(_:dialect: .html)` gives.
    func parseHTMLEvents(_ bytes: [UInt8]) throws(MarkupParseError) -> MarkupDocument {
        if htmlEventContext == nil {
            htmlEventContext = htmlNewParserCtxt()
            if let context = htmlEventContext { HTMLEventCollector.install(in: context) }
        }
        guard let context = htmlEventContext else { throw MarkupParseError(issue: nil, dialect: .html) }
        // The context's last error survives its reset: cleared, so no document reports an earlier one's.
        xmlResetError(&context.pointee.lastError)
        var tally = ErrorTally()
        let box = HTMLEventCollector.Box(HTMLEventCollector(limits: limits, keptAttributeBytes: keptAttributeBytes))
        context.pointee._private = Unmanaged.passUnretained(box).toOpaque()
        defer { context.pointee._private = nil }
        let count = Int32(clamping: bytes.count)
        withErrorTally(&tally) { tallyPointer in
            box.collector.tally = tallyPointer
            defer { box.collector.tally = nil }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    // No document comes back: the collector's callbacks replace the tree builder's.
                    _ = htmlCtxtReadMemory(context, $0, count, nil, "UTF-8", Self.htmlOptions)
                }
            }
        }
        let issue = tally.first ?? Self.lastIssue(context)
        guard box.collector.sawRoot else { throw MarkupParseError(issue: issue, dialect: .html) }
        var document = box.collector.finish()
        document.recovered = tally.count > 0
        document.firstIssue = issue
        return document
    }

    private static let htmlOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses by building libxml2's tree and walking it: XML always; HTML only to check `parseHTMLEvents` against.
    func parseTree(_ bytes: [UInt8], dialect: MarkupDialect) throws(MarkupParseError) -> MarkupDocument {
        var tally = ErrorTally()
        let count = Int32(clamping: bytes.count)
        let doc: xmlDocPtr?
        let context: xmlParserCtxtPtr?
        switch dialect {
        case .html:
            if htmlContext == nil { htmlContext = htmlNewParserCtxt() }
            context = htmlContext
            guard let context else { throw MarkupParseError(issue: nil, dialect: dialect) }
            htmlCtxtReset(context)
            xmlResetError(&context.pointee.lastError)
            doc = withErrorTally(&tally) { _ in
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.flatMap { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            htmlCtxtReadMemory(context, $0, count, nil, "UTF-8", Self.htmlOptions)
                        }
                    }
                }
            }
        case .xml:
            if xmlContext == nil { xmlContext = xmlNewParserCtxt() }
            context = xmlContext
            guard let context else { throw MarkupParseError(issue: nil, dialect: dialect) }
            xmlCtxtReset(context)
            xmlResetError(&context.pointee.lastError)
            // Deliberately absent: XML_PARSE_NOENT, DTDLOAD, DTDVALID, DTDATTR, XINCLUDE, HUGE.
            let options = Int32(
                XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                    | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
                    | XML_PARSE_IGNORE_ENC.rawValue)
            doc = withErrorTally(&tally) { _ in
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.flatMap { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            xmlCtxtReadMemory(context, $0, count, nil, "UTF-8", options)
                        }
                    }
                }
            }
        }
        let issue = tally.first ?? context.flatMap(Self.lastIssue)
        guard let doc else { throw MarkupParseError(issue: issue, dialect: dialect) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw MarkupParseError(issue: issue, dialect: dialect) }
        var document = MarkupDocument(
            events: [], recovered: tally.count > 0, firstIssue: issue, skippedEntityReferences: 0,
            declaresEntities: Self.declaresEntities(doc), truncated: false)
        walk(root: root, dialect: dialect, into: &document)
        return document
    }

    /// Routes this thread's libxml2 structured errors into `tally` while `body` runs (given the tally's address, for
    /// errors Shortlist raises itself), then silences them again. Errors that say nothing about damage (HTML5 tags
    /// unknown to libxml2's HTML 4 parser) are not counted.
    private func withErrorTally<T>(_ tally: inout ErrorTally, _ body: (UnsafeMutablePointer<ErrorTally>) -> T) -> T {
        withUnsafeMutablePointer(to: &tally) { pointer in
            xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(pointer)) { context, error in
                guard let context, let error else { return }
                let tally = context.assumingMemoryBound(to: ErrorTally.self)
                let code = Int(error.pointee.code)
                guard code != Int(XML_HTML_UNKNOWN_TAG.rawValue), error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue
                else { return }
                tally.pointee.count += 1
                if tally.pointee.first == nil {
                    tally.pointee.first = MarkupIssue(code: code, line: Int(error.pointee.line))
                }
            }
            defer { cxml_silence_this_thread() }
            return body(pointer)
        }
    }

    static func lastIssue(_ context: xmlParserCtxtPtr) -> MarkupIssue? {
        let error = context.pointee.lastError
        guard error.code != 0 else { return nil }
        return MarkupIssue(code: Int(error.code), line: Int(error.line))
    }

    private static func declaresEntities(_ doc: xmlDocPtr) -> Bool {
        for dtd in [doc.pointee.intSubset, doc.pointee.extSubset] {
            guard let dtd else { continue }
            if dtd.pointee.entities != nil || dtd.pointee.pentities != nil { return true }
        }
        return false
    }

    /// Iterative depth-first walk (no recursion, so depth cannot overflow the stack). Text and CDATA are copied;
    /// entity references, comments, processing instructions and scripts are skipped (style sheets are kept: hidden-text
    /// detection reads them).
    private func walk(root: xmlNodePtr, dialect: MarkupDialect, into document: inout MarkupDocument) {
        var textBytes = 0
        var elements = 0
        var openElements = 0
        var node = root
        document.events.reserveCapacity(256)
        walking: while true {
            let current = node
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                elements += 1
                if elements > limits.maxElements {
                    document.truncated = true
                    break walking
                }
                let name = Self.string(current.pointee.name, lowercased: dialect == .html)
                if Self.isSkipped(name) { break }
                document.events.append(.start(MarkupElement(name: name, attributes: attributes(of: current))))
                if let child = current.pointee.children {
                    openElements += 1
                    node = child
                    continue walking
                }
                document.events.append(.end)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = current.pointee.content else { break }
                let length = Int(xmlStrlen(content))
                if textBytes + length > limits.maxTextBytes {
                    document.truncated = true
                    break
                }
                textBytes += length
                let bytes = UnsafeBufferPointer(start: content, count: length)
                // Indentation between tags: one shared space keeps words apart without copying the run.
                if bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                    document.events.append(.text(" "))
                } else {
                    document.events.append(.text(String(decoding: bytes, as: UTF8.self)))
                }
            case XML_ENTITY_REF_NODE:
                document.skippedEntityReferences += 1
            default:
                break
            }
            // Move on: next sibling, or climb, closing each element left behind.
            var up = current
            while true {
                if up == root { break walking }
                if let next = up.pointee.next {
                    node = next
                    continue walking
                }
                guard let parent = up.pointee.parent else { break walking }
                document.events.append(.end)
                openElements -= 1
                up = parent
            }
        }
        // After an early stop, close what is still open so consumers always see balanced events.
        for _ in 0..<max(0, openElements) { document.events.append(.end) }
    }

    private func attributes(of element: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = element.pointee.properties
        while let current = attribute, result.count < limits.maxAttributes {
            if let keptAttributeBytes, !Self.isKept(current.pointee.name, keptAttributeBytes) {
                attribute = current.pointee.next
                continue
            }
            let name = Self.string(current.pointee.name, lowercased: true)
            if keptAttributeBytes == nil, let kept = limits.keptAttributes, !kept.contains(name) {
                attribute = current.pointee.next
                continue
            }
            // Concatenate the attribute's text children by hand: xmlGetProp can explode on entity blow-ups.
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if part.pointee.type == XML_TEXT_NODE, let content = part.pointee.content {
                    let length = min(Int(xmlStrlen(content)), limits.maxAttributeBytes - value.utf8.count)
                    if length > 0 {
                        value += String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
                    }
                }
                child = part.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Elements whose content is never text a reader sees (inline SVG icons carry kilobytes of path data).
    static let skippedElements: Set<String> = ["script", "noscript", "template", "svg", "math"]
    /// The length and first byte of each of `skippedElements`.
    private static let skippedElementShapes = skippedElements.map { ($0.utf8.count, $0.utf8.first) }

    /// Whether `name` is one of `skippedElements`. Only a name with the length and first byte of one of them is looked
    /// up (no other string equals one of these ASCII names: only `;`, `` ` `` and `K` have canonical equivalents that
    /// are not ASCII), so most names are decided without hashing.
    static func isSkipped(_ name: String) -> Bool {
        let shape = (name.utf8.count, name.utf8.first)
        guard skippedElementShapes.contains(where: { $0 == shape }) else { return false }
        return skippedElements.contains(name)
    }

    /// `keptAttributes` as bytes, or nil (compare Strings) when one is not plain ASCII: then a name whose bytes differ
    /// could still be equal to it as a String.
    private static func keptAttributeBytes(_ kept: Set<String>?) -> [[UInt8]]? {
        guard let kept else { return nil }
        let bytes = kept.map { Array($0.utf8) }
        let plain = bytes.allSatisfy { $0.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B } }
        return plain ? bytes : nil
    }

    /// Whether the attribute `name`, lowercased as `string(_:lowercased: true)` does, is one of `kept`.
    static func isKept(_ name: UnsafePointer<xmlChar>?, _ kept: [[UInt8]]) -> Bool {
        guard let name else { return kept.contains([]) }  // as `string` reads it: ""
        return kept.contains { keptName in
            for (offset, byte) in keptName.enumerated() {
                let character = name[offset]
                guard character != 0, (character >= 0x41 && character <= 0x5A ? character | 0x20 : character) == byte
                else { return false }
            }
            return name[keptName.count] == 0
        }
    }

    static func string(_ characters: UnsafePointer<xmlChar>?, lowercased: Bool) -> String {
        guard let characters else { return "" }
        let buffer = UnsafeBufferPointer(start: characters, count: Int(xmlStrlen(characters)))
        if lowercased, buffer.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            return String(decoding: buffer.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}

@available(*, unavailable, message: "A MarkupParser owns libxml2 state; give each thread its own.")
extension MarkupParser: @unchecked Sendable {}
