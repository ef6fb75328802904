import Foundation
import Testing

@testable import ShortlistCore

@Suite("Simple text and byte helpers")
struct SimpleTextTests {
    @Test(arguments: [
        "Jane Doe", "Berlin, Germany · jane@example.org · 030 1234 5678", "Nurse — St. Mary's | 2019–2021",
        "• Led the team", "▪ item ◦ sub-item", "",
    ])
    func asciiWithFieldMarksIsSimple(_ text: String) {
        #expect(text.isSimpleText)
        #expect(SimpleText.isSimple(text.utf8))
    }

    @Test(arguments: [
        "Zoë Łukasiewicz", "Kraków, Poland", "März 2019 – heute", "line\r\n", "Jane\u{00A0}Doe", "Cafe\u{301}",
        "· \u{301}", "€ 40.000",
    ])
    func lettersBeyondASCIIAndJoiningCharactersAreNotSimple(_ text: String) {
        #expect(!text.isSimpleText)
        #expect(!SimpleText.isSimple(text.utf8))
    }

    @Test(arguments: [
        ("Technische Universität München", true), ("Zoë Łukasiewicz · Kraków", true), ("£40,000 – ß", true),
        ("€40.000", false), ("Jane\u{00A0}Doe", false), ("Cafe\u{301}", false), ("line\r\n", false), ("Nguyễn", false),
    ])
    func latinLettersAreSingleScalarCharacters(_ text: String, _ expected: Bool) {
        var bytes = text
        #expect(bytes.withUTF8Span(SimpleText.hasSingleScalarCharacters) == expected)
        if expected { #expect(text.unicodeScalars.count == text.count) }
    }

    @Test func marksCountAsOneCharacterEach() {
        var text = "a · b – c • d"
        let count = text.withUTF8Span { SimpleText.characterCount($0, in: 0..<$0.count) }
        #expect(count == text.count)
    }

    @Test func trimmingDropsASCIIWhitespaceAtBothEnds() {
        var text = " \t Austin, TX  "
        let range = text.withUTF8Span { SimpleText.trimmed($0, 0..<$0.count) }
        #expect(text.utf8Slice(range) == "Austin, TX")
    }

    @Test func keywordsAreFoundCaseInsensitivelyAnywhereInTheRange() {
        let keywords = ASCIIKeywords(["agency", "submitted by", "universität"])
        var text = "Submitted BY Example Staffing"
        #expect(text.withUTF8Span { keywords.occurs(in: $0, 0..<$0.count) })
        #expect(!text.withUTF8Span { keywords.occurs(in: $0, 0..<11) })
        var german = "Technische Universität München"
        #expect(german.withUTF8Span { keywords.occurs(in: $0, 0..<$0.count) })
        var other = "Agenc"
        #expect(!other.withUTF8Span { keywords.occurs(in: $0, 0..<$0.count) })
    }

    @Test func digitCountIsTheSameForStringsAndSubstrings() {
        let text = "Tel. +48 12 345 67 89 · Kraków"
        #expect(text.asciiDigitCount == 11)
        #expect(text.dropFirst(5).asciiDigitCount == 11)
    }

    @Test func substringSearchIgnoresASCIICaseButNotAccents() {
        let segment = "Zoë Łukasiewicz, Kraków".dropFirst(4)
        #expect(segment.containsASCII("łukasiewicz") == false)
        #expect(segment.containsASCII("Łukasiewicz"))
        #expect(segment.containsASCII("KRAKÓW") == false)
        #expect(segment.containsASCII("krakó"))
    }

    @Test func utf8SliceKeepsMultibyteCharacters() {
        let text = "Zoë · Łódź"
        #expect(text.utf8Slice(0..<4) == "Zoë")
        #expect(text.utf8Slice(8..<text.utf8.count) == "Łódź")
        #expect(text.containsUTF8(0x20))
        #expect(!text.containsUTF8(0x40))
    }

    @Test(arguments: [
        ("professional summary", "summary"), ("summary\u{301}", "summary"), ("résumé summary", "summary"),
        ("compétences skills", "skill"), ("skille\u{301}", "skill"), ("jane@x.org", "@"), ("@\u{301}", "@"),
        ("名前 @ 会社", "@"), ("", "@"), ("expérience", "experience"), ("a/b", "/"), ("Zoë: Müller", ":"),
    ])
    func containsLikeFoundationAnswersAsFoundation(_ text: String, _ needle: String) {
        #expect(text.containsLikeFoundation(needle) == (text.range(of: needle) != nil))
    }

    @Test(arguments: [
        ("dump/jane-doe.HTML", "html"), ("resume", "resume"), ("a.b/c", "b/c"), ("file.", "file"), ("...", ""),
        ("", ""), ("josé.Htm", "htm"), ("cv.te\u{301}xt", "te\u{301}xt"), (".\u{301}x", ".\u{301}x"),
    ])
    func pathExtensionIsTheLastPartBetweenPeriods(_ path: String, _ expected: String) {
        #expect(ResumeReader.pathExtension(path) == expected)
        #expect(ResumeReader.pathExtension(path) == (path.split(separator: ".").last.map { $0.lowercased() } ?? ""))
    }

    @Test func binaryIsTextOfControlsOrReplacementCharacters() {
        #expect(!FormatSniffer.looksBinary("Jane Doe\tEngineer\r\nBerlin\u{0C}"))
        #expect(FormatSniffer.looksBinary(String(repeating: "\u{01}\u{02}abcdefgh", count: 10)))
        #expect(FormatSniffer.looksBinary(String(repeating: "\u{FFFD}abc", count: 10)))
        #expect(!FormatSniffer.looksBinary(String(repeating: "\u{FFFD}abcdefghijk", count: 10)))
        #expect(!FormatSniffer.looksBinary(""))
    }

    /// Fragments added one by one give the line their concatenation gives, collapsed as evidence snippets collapse
    /// text, whether `add` copies a fragment whole (plain words, perhaps between ASCII whitespace) or byte by byte.
    @Test func lineAccumulatorCollapsesFragmentsAsOneText() {
        let pieces = [
            "Senior Engineer", "Swift", " ", "  ", "\n    ", "\t", " a b ", "x  y", "\u{00A0}", "\u{2003}", "é", "–",
            "\u{01}", "", "C++/Go", " end\n",
        ]
        var generator = SeededRandom(seed: 0x11E5)
        for _ in 0..<3000 {
            let fragments = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            var line = LineAccumulator()
            for fragment in fragments { line.add(fragment) }
            var collapsed: [UInt8] = []
            let utf8 = Array(fragments.joined().utf8)
            Evaluator.appendCollapsed(utf8, 0..<utf8.count, to: &collapsed)
            #expect(Array(line.take().utf8) == collapsed, "\(fragments)")
        }
    }
}
