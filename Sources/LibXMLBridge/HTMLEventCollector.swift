internal import CLibXML2

/// Turns libxml2's HTML SAX callbacks into the events that walking libxml2's tree would give, without the tree.
///
/// The tree builder (libxml2's SAX2 handlers) shapes what a walk sees, so its rules are kept here:
/// - consecutive character callbacks make one text node, and so do consecutive CDATA blocks (style sheets); a
///   comment, a processing instruction or an element between them starts a new node;
/// - text outside every element has no parent and is dropped;
/// - the walk starts at the first element at the top of the document. A later top-level element is added as the
///   last child of that root when the root is the document's first node, and as its sibling (not walked) when a
///   comment, a processing instruction or a DOCTYPE came first;
/// - a valueless boolean attribute (`checked`) holds its own name;
/// - a prefixed element name (`hr:candidate`) keeps its local part, and a prefix no enclosing element introduced
///   leaves a warning as the parser's last error (HTML declares no namespaces);
/// - an element more than 256 deep stops the parser with an error, as the tree builder's depth check does.
/// The walk's own rules follow: skipped elements (`MarkupParser.skippedElements`) and their content, the element and
/// text caps, whitespace-only text as one space.
///
/// One collector per document, reached by the callbacks through the parser context's `_private` pointer (in a `Box`);
/// it lives on the thread that parses. It is a struct so that a callback makes one exclusive access to it, not one per
/// property it touches (those dynamic checks cost as much as the collecting).
struct HTMLEventCollector {
    /// Holds the collector of the document being parsed, for the callbacks.
    final class Box {
        var collector: HTMLEventCollector

        init(_ collector: HTMLEventCollector) {
            self.collector = collector
        }
    }

    private let limits: MarkupLimits
    /// `limits.keptAttributes` as bytes, when they can be compared as bytes (see `MarkupParser.keptAttributeBytes`).
    private let keptAttributeBytes: [[UInt8]]?
    /// The error tally of the parse under way, for the depth error the tree builder would have raised.
    var tally: UnsafeMutablePointer<ErrorTally>?
    private var events: [MarkupEvent] = []
    private var truncated = false

    /// Elements open in the tree the builder would have made (its node stack), wherever they are.
    private var treeDepth = 0
    /// The first top-level element has started.
    private(set) var sawRoot = false
    /// Whether the document's first node is its root element (so later top-level elements join the root).
    private var firstNodeIsRoot: Bool?
    /// Whether the open top-level element is walked: the root, or a later element added under it.
    private var walkingTop = false
    /// Whether the open top-level element is the root (not a later element added under it).
    private var topIsRoot = false
    /// The root is a skipped element: what joins it is skipped too.
    private var rootSkipped = false
    /// For each element open in the tree, the prefix the builder gave it a namespace for (see `localName`).
    private var prefixes: [String?] = []
    /// The root's prefix, which the elements joining it also see.
    private var rootPrefix: String?
    /// Inside a skipped element: how many elements are open from it down.
    private var skipDepth = 0
    /// The element cap was reached: nothing more is collected.
    private var capped = false
    /// The parser was stopped (too deep): every later callback is ignored.
    private var halted = false
    private var elements = 0
    private var textBytes = 0
    /// Starts emitted and not yet ended (the root's end waits until the document ends).
    private var open = 0

    private enum Pending { case none, text, cdata }
    private var pending = Pending.none
    private var pendingBytes: [UInt8] = []

    /// The tree builder's depth limit (`xmlParserMaxDepth`).
    private static let maxTreeDepth = 256

    init(limits: MarkupLimits, keptAttributeBytes: [[UInt8]]?) {
        self.limits = limits
        self.keptAttributeBytes = keptAttributeBytes
        events.reserveCapacity(256)
        prefixes.reserveCapacity(64)
    }

    /// Collecting text and elements here: inside a walked element, not in a skipped one, under the caps.
    private var collecting: Bool { treeDepth > 0 && walkingTop && skipDepth == 0 && !capped }

    /// The document's events, balanced.
    mutating func finish() -> MarkupDocument {
        flushText()
        for _ in 0..<open { events.append(.end) }
        open = 0
        return MarkupDocument(
            events: events, recovered: false, firstIssue: nil, skippedEntityReferences: 0, declaresEntities: false,
            truncated: truncated)
    }

    private mutating func startElement(
        _ context: htmlParserCtxtPtr, _ name: UnsafePointer<xmlChar>?,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !halted else { return }
        if treeDepth > Self.maxTreeDepth {
            // What the tree builder's node stack does: an error, and the parser stops.
            tally?.pointee.count += 1
            if tally?.pointee.first == nil {
                tally?.pointee.first = MarkupIssue(
                    code: Int(XML_ERR_INTERNAL_ERROR.rawValue), line: Int(context.pointee.input?.pointee.line ?? 0))
            }
            halted = true
            xmlStopParser(context)
            return
        }
        flushText()
        let localName = self.localName(context, name)
        if treeDepth == 0 {
            topIsRoot = !sawRoot
            if !sawRoot {
                sawRoot = true
                walkingTop = true
                if firstNodeIsRoot == nil { firstNodeIsRoot = true }
            } else {
                walkingTop = firstNodeIsRoot == true
            }
        }
        treeDepth += 1
        guard walkingTop, !capped else { return }
        if skipDepth > 0 || (treeDepth == 1 && !topIsRoot && rootSkipped) {
            skipDepth += 1
            return
        }
        elements += 1
        if elements > limits.maxElements {
            truncated = true
            capped = true
            return
        }
        let elementName = localName ?? MarkupParser.string(name, lowercased: true)
        if MarkupParser.isSkipped(elementName) {
            skipDepth = 1
            if treeDepth == 1, topIsRoot { rootSkipped = true }
            return
        }
        events.append(.start(MarkupElement(name: elementName, attributes: self.attributes(attributes))))
        open += 1
    }

    private mutating func endElement() {
        guard !halted, treeDepth > 0 else { return }
        flushText()
        treeDepth -= 1
        prefixes.removeLast()
        guard walkingTop, !capped else { return }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        // The root's end waits: later top-level elements may still join it.
        if treeDepth == 0, topIsRoot { return }
        events.append(.end)
        open -= 1
    }

    /// The element's name as the builder stores it, lowercased, when it has a prefix (nil otherwise); records the
    /// element's namespace prefix (`prefixes`) and the builder's warning for a prefix nothing introduced.
    private mutating func localName(_ context: htmlParserCtxtPtr, _ name: UnsafePointer<xmlChar>?) -> String? {
        let becomesRoot = treeDepth == 0 && !sawRoot
        defer { if becomesRoot { rootPrefix = prefixes.last ?? nil } }
        guard let name, xmlStrchr(name, 0x3A) != nil else {
            prefixes.append(nil)
            return nil
        }
        // The same split the builder makes (it may report an error, as it would there).
        var prefixPointer: UnsafeMutablePointer<xmlChar>?
        let local = xmlSplitQName(context, name, &prefixPointer)
        defer {
            cxml_free(local)
            cxml_free(prefixPointer)
        }
        guard let prefixPointer else {
            prefixes.append(nil)
            return MarkupParser.string(local, lowercased: true)
        }
        let prefix = MarkupParser.string(prefixPointer, lowercased: false)
        let joinsRoot = treeDepth == 0 && sawRoot && firstNodeIsRoot == true
        let introduced = prefix == "xml" || prefixes.contains(prefix) || (joinsRoot && rootPrefix == prefix)
        prefixes.append(introduced ? nil : prefix)
        if !introduced {
            // The builder gives the element a namespace of its own and warns; the warning is the last error.
            xmlResetError(&context.pointee.lastError)
            context.pointee.lastError.domain = Int32(XML_FROM_NAMESPACE.rawValue)
            context.pointee.lastError.code = Int32(XML_NS_ERR_UNDEFINED_NAMESPACE.rawValue)
            context.pointee.lastError.level = XML_ERR_WARNING
            context.pointee.lastError.line = context.pointee.input?.pointee.line ?? 0
        }
        return MarkupParser.string(local, lowercased: true)
    }

    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, kind: Pending) {
        guard !halted, treeDepth > 0 else { return }
        if pending != kind { flushText() }
        pending = kind
        guard collecting, let bytes, length > 0 else { return }
        pendingBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
    }

    /// A comment or processing instruction: a node of its own between text nodes, or the document's first node.
    private mutating func otherNode() {
        guard !halted else { return }
        if treeDepth == 0 {
            if firstNodeIsRoot == nil { firstNodeIsRoot = false }
        } else {
            flushText()
        }
    }

    /// A DOCTYPE: the builder puts the DTD first among the document's nodes, wherever it was met.
    private mutating func doctype() {
        guard !halted else { return }
        firstNodeIsRoot = false
    }

    /// Emits the pending text node as the walk would: capped, whitespace-only as one space, cut at a NUL byte.
    private mutating func flushText() {
        guard pending != .none else { return }
        pending = .none
        defer { pendingBytes.removeAll(keepingCapacity: true) }
        guard collecting else { return }
        let length = pendingBytes.firstIndex(of: 0) ?? pendingBytes.count
        if textBytes + length > limits.maxTextBytes {
            truncated = true
            return
        }
        textBytes += length
        let text = pendingBytes[..<length]
        if text.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            events.append(.text(" "))
        } else {
            events.append(.text(String(decoding: text, as: UTF8.self)))
        }
    }

    /// The attributes as the walk copies them from the tree: names lowercased, kept ones only, values capped.
    private func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
        guard let list else { return [] }
        var result: [(name: String, value: String)] = []
        if let keptAttributeBytes {
            // Kept names are compared on bytes first, so one allocation holds all the kept ones.
            var kept = 0
            var index = 0
            while let name = list[index] {
                if MarkupParser.isKept(name, keptAttributeBytes) { kept += 1 }
                index += 2
            }
            guard kept > 0 else { return [] }
            result.reserveCapacity(min(kept, limits.maxAttributes))
        }
        var index = 0
        while let name = list[index], result.count < limits.maxAttributes {
            let rawValue = list[index + 1]
            index += 2
            let attributeName: String
            if let keptAttributeBytes {
                guard MarkupParser.isKept(name, keptAttributeBytes) else { continue }
                attributeName = MarkupParser.string(name, lowercased: true)
            } else {
                attributeName = MarkupParser.string(name, lowercased: true)
                if let kept = limits.keptAttributes, !kept.contains(attributeName) { continue }
            }
            // The builder gives a valueless boolean attribute (`checked`) its own name as value.
            let stored = rawValue ?? (htmlIsBooleanAttr(name) != 0 ? name : nil)
            var value = ""
            if let stored {
                let length = min(Int(xmlStrlen(stored)), limits.maxAttributeBytes)
                if length > 0 {
                    value = String(decoding: UnsafeBufferPointer(start: stored, count: length), as: UTF8.self)
                }
            }
            result.append((attributeName, value))
        }
        return result
    }

    // MARK: - Callbacks

    /// Points the HTML SAX handler of `context` at the collector's callbacks; no tree is built with it.
    static func install(in context: htmlParserCtxtPtr) {
        guard let handler = context.pointee.sax else { return }
        handler.pointee.startDocument = nil
        handler.pointee.endDocument = nil
        handler.pointee.reference = nil
        handler.pointee.startElement = { context, name, attributes in
            HTMLEventCollector.box(context)?.collector.startElement(
                HTMLEventCollector.parserContext(context), name, attributes)
        }
        handler.pointee.endElement = { context, _ in HTMLEventCollector.box(context)?.collector.endElement() }
        handler.pointee.characters = { context, bytes, length in
            HTMLEventCollector.box(context)?.collector.characters(bytes, length, kind: .text)
        }
        handler.pointee.ignorableWhitespace = { context, bytes, length in
            HTMLEventCollector.box(context)?.collector.characters(bytes, length, kind: .text)
        }
        handler.pointee.cdataBlock = { context, bytes, length in
            HTMLEventCollector.box(context)?.collector.characters(bytes, length, kind: .cdata)
        }
        handler.pointee.comment = { context, _ in HTMLEventCollector.box(context)?.collector.otherNode() }
        handler.pointee.processingInstruction = { context, _, _ in
            HTMLEventCollector.box(context)?.collector.otherNode()
        }
        handler.pointee.internalSubset = { context, _, _, _ in HTMLEventCollector.box(context)?.collector.doctype() }
    }

    /// The parser context a callback's `context` (libxml2's `userData`, the context itself) points at.
    private static func parserContext(_ context: UnsafeMutableRawPointer?) -> htmlParserCtxtPtr {
        context!.assumingMemoryBound(to: htmlParserCtxt.self)
    }

    /// The box of the document being parsed, set by `MarkupParser.parseHTMLEvents` for the parse's duration.
    private static func box(_ context: UnsafeMutableRawPointer?) -> Box? {
        guard let context, let box = context.assumingMemoryBound(to: htmlParserCtxt.self).pointee._private
        else { return nil }
        return Unmanaged<Box>.fromOpaque(box).takeUnretainedValue()
    }
}
