import Testing

@testable import ShortlistCore

/// One occurrence: pattern id and normalized byte range.
private struct Occurrence: Hashable, Comparable, CustomStringConvertible {
    var pattern: Int
    var start: Int
    var end: Int

    static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
        (lhs.end, lhs.start, lhs.pattern) < (rhs.end, rhs.start, rhs.pattern)
    }

    var description: String { "#\(pattern)@\(start)..<\(end)" }
}

/// Letters, digits, '_' and every byte of a non-ASCII character make words.
private func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || byte == 0x5F
}

/// The matcher written the obvious way: try every pattern at every position, then check the word boundaries.
/// A boundary is needed on a side only when the pattern's byte on that side is a word byte; on the right, `+` and
/// `#` also continue a word (so `c` is not found in `c++` or `c#`).
private func referenceScan(_ text: [UInt8], _ patterns: [[UInt8]]) -> [Occurrence] {
    var result: [Occurrence] = []
    for (id, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= text.count {
        for start in 0...(text.count - pattern.count) where Array(text[start..<start + pattern.count]) == pattern {
            let end = start + pattern.count
            if isWordByte(pattern[0]), start > 0, isWordByte(text[start - 1]) { continue }
            if isWordByte(pattern[pattern.count - 1]), end < text.count,
                isWordByte(text[end]) || text[end] == UInt8(ascii: "+") || text[end] == UInt8(ascii: "#")
            {
                continue
            }
            result.append(Occurrence(pattern: id, start: start, end: end))
        }
    }
    return result.sorted()
}

/// - Parameter denseEntryBudget: small budgets leave only the root (or the first few states) dense, so the sparse
///   states and their failure links are exercised too.
private func automatonScan(
    _ text: [UInt8], _ patterns: [[UInt8]], denseEntryBudget: Int = TermAutomaton.denseEntryBudget
) -> [Occurrence] {
    var result: [Occurrence] = []
    TermAutomaton(patterns: patterns, denseEntryBudget: denseEntryBudget).scan(text) { hit in
        result.append(Occurrence(pattern: Int(hit.pattern), start: Int(hit.start), end: Int(hit.end)))
    }
    return result
}

/// Pieces texts and terms are built from: few letters so overlaps are frequent, symbols that are and are not word
/// characters, letters that fold (é, Ａ, A) or stay non-ASCII (ß, ø), whitespace of several kinds and a zero-width
/// space.
private let pieces = [
    "a", "b", "c", "a", "b", " ", " ", "+", ".", "#", "-", "_", "1", "é", "ß", "ø", "A", "Ａ", "\n", "\u{00A0}",
    "\u{200B}", "ab", "ba",
]

private func randomString(length: ClosedRange<Int>, using generator: inout SeededRandom) -> String {
    let count = Int.random(in: length, using: &generator)
    return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
}

/// Terms for one case: random ones, their prefixes and suffixes (so patterns nest), and pieces of the text itself.
private func randomTerms(for text: String, using generator: inout SeededRandom) -> [String] {
    var terms = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
        randomString(length: 1...4, using: &generator)
    }
    for term in terms where term.count >= 2 {
        let cut = Int.random(in: 1..<term.count, using: &generator)
        terms.append(String(term.prefix(cut)))
        terms.append(String(term.suffix(term.count - cut)))
    }
    let characters = Array(text)
    if characters.count >= 2 {
        for _ in 0..<2 {
            let start = Int.random(in: 0..<characters.count - 1, using: &generator)
            let length = Int.random(in: 1...min(5, characters.count - start), using: &generator)
            terms.append(String(characters[start..<start + length]))
        }
    }
    return terms
}

@Suite("Matcher agrees with a reference matcher")
struct MatcherPropertyTests {
    @Test func automatonFindsExactlyWhatTheReferenceMatcherFinds() {
        var generator = SeededRandom(seed: 0x5EED)
        var cases = 0
        var occurrences = 0
        for _ in 0..<4000 {
            let text = randomString(length: 0...40, using: &generator)
            let patterns = randomTerms(for: text, using: &generator).map(TextNormalizer.shared.normalizeTerm)
                .filter { !$0.isEmpty }
            guard !patterns.isEmpty else { continue }
            let bytes = TextNormalizer.shared.normalize(text).bytes
            let expected = referenceScan(bytes, patterns)
            let actual = automatonScan(bytes, patterns)
            let terms = patterns.map { String(decoding: $0, as: UTF8.self) }
            #expect(actual.sorted() == expected, "text \(text.debugDescription), terms \(terms)")
            for budget in [0, 40] {
                #expect(
                    automatonScan(bytes, patterns, denseEntryBudget: budget) == actual,
                    "dense budget \(budget): text \(text.debugDescription), terms \(terms)")
            }
            #expect(actual.map(\.end) == actual.map(\.end).sorted(), "hits not in order of end position")
            cases += 1
            occurrences += expected.count
        }
        // The generator must actually exercise matching, not compare thousands of empty sets.
        #expect(cases > 3500)
        #expect(occurrences > 5_000)
    }

    @Test func nestedAndRepeatedPatternsAreAllReported() {
        let patterns = ["a", "a a", "a a a", "a", "b.a", "a+"].map { Array($0.utf8) }
        let text = Array("a a a b.a+".utf8)
        #expect(automatonScan(text, patterns).sorted() == referenceScan(text, patterns))
        // "a" is pattern 0 and pattern 3: both ids report every whole-word "a" (3 of them: the "a" of "a+" is
        // continued by "+", as "c" is in "c++").
        #expect(automatonScan(text, patterns).filter { $0.pattern == 0 }.count == 3)
        #expect(automatonScan(text, patterns).filter { $0.pattern == 3 }.count == 3)
        #expect(automatonScan(text, patterns, denseEntryBudget: 0) == automatonScan(text, patterns))
    }

    @Test func emptyTextHasNoOccurrences() {
        #expect(automatonScan([], [Array("a".utf8)]).isEmpty)
    }
}
