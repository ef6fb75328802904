import Foundation
import Testing

@testable import LibXMLBridge

/// HTML is parsed through SAX callbacks; walking libxml2's tree is the reference it must match event for event,
/// with the same recovery flag, first issue and truncation.
@Suite struct HTMLEventParsingTests {
    init() { initializeLibXML() }

    /// The parse as one comparable string: events, then the flags, or the error.
    private static func outline(_ result: Result<MarkupDocument, MarkupParseError>) -> String {
        switch result {
        case .failure(let error): return "error \(error.issue.map { "\($0.code)@\($0.line)" } ?? "-")"
        case .success(let document):
            var lines = document.events.map { event -> String in
                switch event {
                case .start(let element):
                    "<\(element.name)" + element.attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">"
                case .text(let text): "text \(text.debugDescription)"
                case .end: "</>"
                }
            }
            lines.append(
                "recovered \(document.recovered) issue \(document.firstIssue.map { "\($0.code)@\($0.line)" } ?? "-") "
                    + "truncated \(document.truncated) entities \(document.skippedEntityReferences) "
                    + "declares \(document.declaresEntities)")
            return lines.joined(separator: "\n")
        }
    }

    private static func compare(_ bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) -> (
        events: String, tree: String
    ) {
        let parser = MarkupParser(limits: limits)
        let events = outline(Result { () throws(MarkupParseError) in try parser.parseHTMLEvents(bytes) })
        let tree = outline(Result { () throws(MarkupParseError) in try parser.parseTree(bytes, dialect: .html) })
        return (events, tree)
    }

    /// Documents where the tree builder's rules show: text merged across chunks and split by comments, top-level
    /// text and later top-level elements, DOCTYPEs before and amid content, boolean attributes, long style sheets,
    /// skipped elements, NUL bytes and invalid UTF-8, deep nesting.
    static let quirks: [String] = [
        "<p>a</p><p>b</p>",
        "<p>a</p>text<p>b</p>tail",
        "<!-- first --><p>a</p><p>b</p>",
        "<?php echo 1 ?><p>a</p><p>b</p>",
        "<!DOCTYPE html><p>a</p> <p>b</p>",
        "<p>a</p><!DOCTYPE html><p>b</p>",
        "<div>a<!--c-->b<?pi x?>c<br>d</div>",
        "<p></p><p> </p><p>\n\t</p>",
        "<input checked disabled='' readonly=readonly nowrap><p hidden>x</p>",
        "<style>" + String(repeating: ".a{color:red} ", count: 300) + "</style><p>after</p>",
        "<div>" + String(repeating: "word &amp; more &eacute;t&eacute; ", count: 200) + "</div>",
        "<p>a<script>var x = '<p>no</p>';</script>b<svg><text>icon</text></svg>c</p>",
        "<html> <head> <title>T</title> </head> <body> <table> <tr> <td>x</td> </tr> </table> </body> </html>",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <p>x</p> </body></html>",
        "<ul><li>one<li>two</ul><dl><dt>a<dd>b</dl>",
        "<p>a\u{0}b</p>",
        "<table><td>cell</td>stray<tr><td>x</table>",
        "<b><i>x</b></i><p>y",
        "text only",
        "",
        "   ",
        "<!-- only a comment -->",
        String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300),
        String(repeating: "<span>x", count: 260) + "end",
        "<body><p>one</p></body><p>two</p>",
        "<html><body>a</body></html><p>after</p>",
        "<title>x</title><frameset><frame></frameset>",
        "<p>x</p><template><p>t</p></template><noscript>n</noscript><math><mi>m</mi></math>",
        "<a href=\"https://example.com/?a=1&amp;b=2\" class=\"CV Resume\" STYLE=\"display:none\">link</a>",
        "<P CLASS=x ID=y onclick=z>upper</P>",
        "<hr:candidate xmlns:hr=\"urn:x\"><hr:name>Ana</hr:name><hr:skill>Swift</hr:skill></hr:candidate>",
        "<a:b:c>x</a:b:c><:x>y</:x><xml:lang>z</xml:lang><q:>w</q:>",
        "<hr:a>1</hr:a><hr:b>2</hr:b><x:c>3</x:c>",
        "<p>a</p><hr:x>b<hr:y>c</hr:y></hr:x>",
    ]

    @Test(arguments: quirks)
    func quirkyDocumentsGiveTheTreeWalksEvents(_ html: String) {
        let (events, tree) = Self.compare(Array(html.utf8))
        #expect(events == tree)
    }

    /// One parser reads every document of a worker: a document that stopped the parser (too deep), failed (empty) or
    /// was capped must leave nothing behind for the next.
    @Test func aReusedParserReadsTheNextDocumentAsAFreshOneDoes() throws {
        let next = Array("<html><body><h2>Skills</h2><p>Swift &amp; Go</p><!-- c --><p>a<br>b</p></body></html>".utf8)
        let fresh = Self.outline(Result { () throws(MarkupParseError) in try MarkupParser().parseHTMLEvents(next) })
        let before = [
            String(repeating: "<div>", count: 300) + "deep", "", "<p>x</p>", "<hr:a>1</hr:a>",
            String(repeating: "<p>y</p>", count: 50),
        ]
        var limits = MarkupLimits()
        limits.maxElements = 20
        for html in before {
            for parser in [MarkupParser(), MarkupParser(limits: limits)] {
                _ = try? parser.parseHTMLEvents(Array(html.utf8))
                let reused = Self.outline(Result { () throws(MarkupParseError) in try parser.parseHTMLEvents(next) })
                #expect(reused == fresh, "after \(html.prefix(40))")
            }
        }
    }

    @Test func invalidUTF8AndControlBytesGiveTheTreeWalksEvents() {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9, 0xFF, 0xC3] + Array("</p><div>\u{1}x\u{7}</div>".utf8)
        let (events, tree) = Self.compare(bytes)
        #expect(events == tree)
    }

    @Test func capsApplyAsInTheTreeWalk() {
        var limits = MarkupLimits()
        limits.maxElements = 5
        limits.maxTextBytes = 12
        limits.maxAttributes = 1
        limits.maxAttributeBytes = 4
        limits.keptAttributes = ["class", "id"]
        for html in [
            "<div class=abcdefgh id=x><p>one two three</p><p>four</p><p>5</p><p>6</p><p>7</p><p>8</p></div>",
            "<p>123456</p><p>1234567</p><p>12</p><script>s</script><p>x</p>",
            "<ul><li>a<li>b<li>c<li>d<li>e<li>f<li>g</ul>",
        ] {
            let (events, tree) = Self.compare(Array(html.utf8), limits: limits)
            #expect(events == tree, "\(html)")
        }
    }

    @Test func keptAttributesAreFoundWhateverTheirCaseInBothDialects() throws {
        var limits = MarkupLimits()
        limits.keptAttributes = ["class", "id", "hidden"]
        let parser = MarkupParser(limits: limits)
        let source = Array(#"<div ID="a" Class="b" data-id="c" classy="d" i="e" HIDDEN="">x</div>"#.utf8)
        for dialect in [MarkupDialect.html, .xml] {
            let document = try parser.parse(utf8: source, dialect: dialect)
            guard case .start(let element) = document.events.first else {
                Issue.record("no element in \(dialect)")
                continue
            }
            #expect(element.attributes.map(\.name) == ["id", "class", "hidden"], "\(dialect)")
            #expect(element.attributes.map(\.value) == ["a", "b", ""], "\(dialect)")
        }
    }

    /// Random tag soup from a fixed seed: 2,000 documents mixing the constructs above.
    @Test func randomTagSoupGivesTheTreeWalksEvents() {
        var random = SplitMix(seed: 2026)
        let pieces = [
            "<p>", "</p>", "<div>", "</div>", "<span class=s>", "</span>", "<br>", "<table>", "<tr>", "<td>", "</td>",
            "</table>", "<ul>", "<li>", "</ul>", "<b>", "</i>", "<i>", "<h2>", "</h2>", "<script>x<p>y</script>",
            "<style>.h{display:none}</style>", "<svg><g>z</g></svg>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE html>",
            "<html>", "<body>", "</body>", "</html>", "<head>", "<title>t</title>", "</head>", "text", " ", "\n  ",
            "caf\u{E9}", "&amp;", "&nbsp;", "&bogus;", "&#233;", "<", ">", "&", "<input checked>", "<a href=x>",
            "</a>", "<textarea>a<b>c</textarea>", "<select><option>o</select>", "<![CDATA[d]]>", "<p/>",
            "<hr:p>", "</hr:p>", "<x:y>", "\u{0}", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        ]
        for index in 0..<2_000 {
            var html = ""
            for _ in 0..<(1 + Int(random.next() % 40)) { html += pieces[Int(random.next() % UInt64(pieces.count))] }
            let (events, tree) = Self.compare(Array(html.utf8))
            #expect(events == tree, "document \(index): \(html)")
            if events != tree { break }
        }
    }

    /// Every HTML file under `SHORTLIST_HTML_CORPUS` (a folder), when set: for checking against a large corpus.
    @Test func corpusFromTheEnvironmentGivesTheTreeWalksEvents() throws {
        guard let folder = ProcessInfo.processInfo.environment["SHORTLIST_HTML_CORPUS"] else { return }
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        var compared = 0
        for file in files.sorted() {
            let path = folder + "/" + file
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            let (events, tree) = Self.compare(Array(data))
            #expect(events == tree, "\(file)")
            compared += 1
        }
        print("compared \(compared) files")
    }
}

/// A small seeded generator (SplitMix64), so the random documents are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
