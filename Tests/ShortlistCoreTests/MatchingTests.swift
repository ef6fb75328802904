import Testing

@testable import ShortlistCore

private func normalized(_ text: String) -> String {
    String(decoding: TextNormalizer.shared.normalize(text).bytes, as: UTF8.self)
}

private func readText(_ text: String) throws -> Resume {
    ShortlistEngine.prepare()
    return try ResumeReader().read(bytes: Array(text.utf8), path: "resume.txt")
}

private func evaluate(_ criteria: [Criterion], in text: String) throws -> Evaluation {
    let set = CriteriaSet(role: "Matching", criteria: criteria)
    let evaluator = Evaluator(compiled: CompiledCriteria(set), referenceDate: YearMonth(year: 2026, month: 11))
    return evaluator.evaluate(try readText(text))
}

private func criterion(_ id: String, _ mode: GroupMode, _ entries: [String], minDistinct: Int = 1) throws -> Criterion {
    let groups = try entries.map { entry in try #require(TermGroup(parsing: entry)) }
    return Criterion(id: id, label: id, rule: .terms(mode: mode, groups: groups, minDistinct: minDistinct), weight: 1)
}

/// The first place the criteria entry (`"node.js | nodejs"`, `"=api"`) is found in `text`, as the resume wrote it.
private func evidence(_ entry: String, in text: String) throws -> Evidence? {
    try evaluate([try criterion("term", .any, [entry])], in: text).outcomes[0].evidence.first
}

private func found(_ entry: String, in text: String) throws -> String? {
    try evidence(entry, in: text)?.term
}

/// The original text behind the first normalized occurrence of `needle`.
private func quote(_ needle: String, in text: String) throws -> String {
    let result = TextNormalizer.shared.normalize(text)
    let bytes = Array(needle.utf8)
    let start = try #require(
        (0...(result.bytes.count - bytes.count)).first { Array(result.bytes[$0..<$0 + bytes.count]) == bytes })
    let original = result.originalRange(of: start..<start + bytes.count)
    return String(decoding: Array(text.utf8)[original], as: UTF8.self)
}

@Suite("Normalizing text for matching")
struct TextNormalizerTests {
    @Test func diacriticsAreRemoved() {
        #expect(normalized("Résumé Zürich ÉCOLE") == "resume zurich ecole")
    }

    @Test func fullwidthLettersBecomeASCII() {
        #expect(normalized("ｊａｖａ ＪＡＶＡ") == "java java")
    }

    @Test func ligaturesAreExpanded() {
        #expect(normalized("ﬁnance ﬂow") == "finance flow")
    }

    @Test func zeroWidthAndSoftHyphenAreIgnored() {
        #expect(normalized("Py\u{200B}thon Kuber\u{00AD}netes \u{FEFF}Go\u{200D}") == "python kubernetes go")
    }

    @Test func whitespaceRunsCollapseToOneSpace() {
        #expect(normalized("  machine\u{00A0}learning\n\n \t ops\r\n") == "machine learning ops")
    }

    @Test func unicodeDashesAndQuotesBecomeASCII() {
        #expect(normalized("front–end — O’Brien") == "front-end - o'brien")
    }

    @Test func originsQuoteTheOriginalText() throws {
        let text = "Lead: Ｄéveloppeur\u{00A0}\u{00A0}ﬁnance, Zürich"
        #expect(try quote("developpeur finance", in: text) == "Ｄéveloppeur\u{00A0}\u{00A0}ﬁnance")
        #expect(try quote("zurich", in: text) == "Zürich")
    }

    @Test func quotedWordEndsWhereTheWordEnds() throws {
        #expect(try quote("go", in: "Go and Docker") == "Go")
        #expect(try quote("and", in: "Go and\n\n  Docker") == "and")
        #expect(try quote("docker", in: "Go and Docker\n\n") == "Docker")
        #expect(try quote("resume", in: "My re\u{0301}sume\u{0301}\n") == "re\u{0301}sume\u{0301}")
    }
}

@Suite("Matching criteria terms")
struct MatchingTests {
    // MARK: - Whole words

    @Test func javaNeverMatchesInsideJavaScript() throws {
        #expect(try found("java", in: "Skills: JavaScript, TypeScript") == nil)
        #expect(try found("java", in: "Skills: JavaScript and Java 17") == "Java")
    }

    @Test func rNeverMatchesInsideRustButMatchesOnItsOwn() throws {
        #expect(try found("r", in: "Rust, Ruby, Go") == nil)
        #expect(try found("r", in: "Statistics in R, Python") == "R")
    }

    @Test func cPlusPlusMatchesAsWritten() throws {
        #expect(try found("c++", in: "Languages: C++17, Go") == "C++")
        #expect(try found("c++", in: "Languages: C, Go") == nil)
    }

    @Test func cSharpAndDotNetMatchAsWritten() throws {
        #expect(try found("c#", in: "Built services in C#/.NET 8") == "C#")
        #expect(try found(".net", in: "Built services in C#/.NET 8") == ".NET")
        #expect(try found(".net", in: "Hosted on example.network") == nil)
        #expect(try found("c#", in: "Music in C major") == nil)
    }

    @Test func nodeJSAndCICDMatchAsWritten() throws {
        #expect(try found("node.js", in: "APIs in Node.js and Deno") == "Node.js")
        #expect(try found("node.js", in: "Node development, some js") == nil)
        #expect(try found("ci/cd", in: "Owned the CI/CD pipelines") == "CI/CD")
    }

    /// A recruiter asking for C does not mean C++ or C#: a `+` or `#` after a term's last letter continues the word.
    @Test func singleLetterCDoesNotMatchCPlusPlusOrCSharp() throws {
        #expect(try found("c", in: "Languages: C++ and Go") == nil)
        #expect(try found("c", in: "Languages: C# and Go") == nil)
        #expect(try found("c", in: "Languages: C, C++ and Go") == "C")
        #expect(try found("c", in: "Languages: Cobol and Go") == nil)
        #expect(try found("c++", in: "Languages: C++ and Go") == "C++")
    }

    @Test func multiWordTermsMatchAcrossLineBreaksAndSpaces() throws {
        let acrossLines = try #require(try evidence("machine learning", in: "Built machine\n    learning models"))
        #expect(acrossLines.term == "machine\n    learning")
        #expect(acrossLines.line == 1)
        #expect(try found("machine learning", in: "Built machine   learning models") == "machine   learning")
        #expect(try found("machine learning", in: "Built machine-learning models") == nil)
    }

    // MARK: - Plurals and exact terms

    @Test func regularPluralOfTheLastWordMatches() throws {
        #expect(try found("api", in: "Designed REST APIs") == "APIs")
        #expect(try found("general ledger", in: "Reconciled general ledgers monthly") == "general ledgers")
        #expect(try found("policy", in: "Wrote security policies") == "policies")
        #expect(try found("class", in: "Taught evening classes") == "classes")
    }

    @Test func exactTermDoesNotMatchThePlural() throws {
        #expect(try found("=api", in: "Designed REST APIs") == nil)
        #expect(try found("=api", in: "Designed a REST API") == "API")
    }

    @Test(arguments: [
        ("ledger", "ledgers"), ("class", "classes"), ("box", "boxes"), ("match", "matches"), ("wish", "wishes"),
        ("policy", "policies"), ("day", "days"), ("general ledger", "general ledgers"),
    ])
    func pluralFormIsTheRegularEnglishPlural(term: String, plural: String) {
        #expect(CompiledCriteria.pluralForms(of: Array(term.utf8)) == [Array(plural.utf8)])
    }

    @Test func termsEndingInASymbolHaveNoPlural() {
        #expect(CompiledCriteria.pluralForms(of: Array("c++".utf8)).isEmpty)
        #expect(CompiledCriteria.pluralForms(of: Array("c#".utf8)).isEmpty)
    }

    // MARK: - Case, diacritics, Unicode

    @Test func matchingIgnoresCase() throws {
        #expect(try found("Kubernetes", in: "KUBERNETES and Helm") == "KUBERNETES")
    }

    @Test func matchingIgnoresDiacriticsInTextAndTerm() throws {
        #expect(try found("resume", in: "Built a résumé parser") == "résumé")
        #expect(try found("Zürich", in: "Based in Zurich") == "Zurich")
    }

    @Test func matchingReadsFullwidthAndZeroWidthText() throws {
        #expect(try found("java", in: "ｊａｖａ developer") == "ｊａｖａ")
        #expect(try found("python", in: "Py\u{200B}thon developer") == "Py\u{200B}thon")
    }

    // MARK: - Overlapping terms

    @Test func overlappingTermsInTwoCriteriaBothMatch() throws {
        let evaluation = try evaluate(
            [try criterion("ml", .any, ["machine learning"]), try criterion("learning", .any, ["learning"])],
            in: "Applied machine learning daily")
        #expect(evaluation.outcomes.map(\.met) == [true, true])
        #expect(evaluation.outcomes.map { $0.evidence.map(\.term) } == [["machine learning"], ["learning"]])
    }

    @Test func synonymsInOneGroupCountOnce() throws {
        let evaluation = try evaluate(
            [try criterion("ml", .any, ["ml | machine learning", "python"], minDistinct: 2)],
            in: "ML engineer: machine learning and more ML")
        #expect(evaluation.outcomes[0].credit == 0.5)
        #expect(!evaluation.outcomes[0].met)
        #expect(evaluation.outcomes[0].evidence.map(\.term) == ["ML"])
        #expect(evaluation.outcomes[0].missing == ["python"])
    }

    @Test func lookAlikeLettersInsideLatinWordsAreReadAsLatinAndRecorded() {
        let normalized = TextNormalizer.shared.normalize("\u{0420}\u{0443}thon and \u{0441}\u{043E}\u{0440}")
        #expect(String(decoding: normalized.bytes, as: UTF8.self) == "python and \u{0441}\u{043E}\u{0440}")
        #expect(normalized.homoglyphOffsets == [0, 1])
        #expect(normalized.originalRange(of: 0..<6) == 0..<8)
        #expect(normalized.isObfuscated(0..<6))
        #expect(!normalized.isObfuscated(7..<10))
    }

    @Test func zeroWidthCharactersInsideWordsAreDroppedAndRecorded() {
        let normalized = TextNormalizer.shared.normalize("Py\u{200B}thon \u{200B}Go")
        #expect(String(decoding: normalized.bytes, as: UTF8.self) == "python go")
        #expect(normalized.zeroWidthOffsets == [2])
        #expect(normalized.isObfuscated(0..<6))
        #expect(!normalized.isObfuscated(7..<9))
    }
}
