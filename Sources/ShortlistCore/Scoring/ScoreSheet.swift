/// One resume's evaluation in compact form, as `Evaluator` writes it into a worker's `EvaluationWorkspace`: per
/// reported criterion its index, met, credit, points, evidence and missing groups, with the evidence text kept as
/// UTF-8 bytes in one buffer.
///
/// The screening pipeline reads the score, the escalation rules and the `results.jsonl` explanation straight from
/// it, so a resume's outcomes need not be built as `CriterionOutcome` strings and arrays and destroyed again;
/// `evaluation(_:)` builds the public `Evaluation` when one is needed (blind runs, `shortlist explain`, tests).
/// Its buffers keep their capacity from one resume to the next.
struct ScoreSheet {
    /// One reported criterion.
    struct Line {
        /// Index in the criteria set.
        var criterion: Int32
        var met: Bool
        var detail: Detail
        var credit: Double
        var points: Double
        /// Indices in `evidence`.
        var evidence: Range<Int32>
        var missing: Missing
    }

    /// The term groups of a criterion looked for and not found.
    enum Missing: Equatable {
        case none
        /// Every group, in order.
        case all
        /// The groups (indices within the criterion) at these indices of `missingGroups`.
        case listed(Range<Int32>)
    }

    /// The criterion's `detail` sentence.
    enum Detail: Equatable {
        case none
        /// "found N of the M distinct needed", with N found.
        case distinct(found: Int32)
        /// Why evidence did not count (`CompiledCriteria.elsewhereDetails`).
        case elsewhere
        /// A `none` criterion that found what it excludes.
        case excludes
        /// A sentence made for this resume, at this range of `text`.
        case text(Range<Int32>)
    }

    /// One piece of evidence; term and snippet are ranges of `text`.
    struct EvidenceItem {
        var term: Range<Int32>
        var snippet: Range<Int32>
        var section: SectionKind
        var line: Int32
    }

    static let excludesDetail = "found what this criterion excludes"

    var lines: [Line] = []
    var evidence: [EvidenceItem] = []
    var missingGroups: [Int32] = []
    /// Evidence terms and snippets and per-resume detail sentences, as well-formed UTF-8 (cut from the resume's text
    /// at character boundaries, or repaired as `String(decoding:as:)` repairs a cut inside a character).
    var text: [UInt8] = []

    var score: Double = 0
    var omittedCriteria = 0
    var readableCharacters = 0
    var mostRepeatedTerm: (term: String, count: Int)?
    var hiddenTerms: [String] = []
    var obfuscatedTerms: [String] = []

    /// Empties the sheet for the next resume, keeping the buffers' capacity.
    mutating func removeAll() {
        lines.removeAll(keepingCapacity: true)
        evidence.removeAll(keepingCapacity: true)
        missingGroups.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        score = 0
        omittedCriteria = 0
        readableCharacters = 0
        mostRepeatedTerm = nil
        hiddenTerms = []
        obfuscatedTerms = []
    }

    /// Appends `string` to `text` and returns where it is.
    mutating func appendText(_ string: String) -> Range<Int32> {
        let start = Int32(text.count)
        text.append(contentsOf: string.utf8)
        return start..<Int32(text.count)
    }

    /// `text[range]` as a string.
    func string(_ range: Range<Int32>) -> String {
        String(decoding: text[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }

    /// The sheet as the public `Evaluation`, with the strings of `compiled`'s criteria.
    /// - Complexity: O(reported criteria + evidence + missing groups).
    func evaluation(_ compiled: CompiledCriteria) -> Evaluation {
        var outcomes: [CriterionOutcome] = []
        outcomes.reserveCapacity(lines.count)
        for line in lines {
            let index = Int(line.criterion)
            var outcome = compiled.outcomeTemplates[index]
            outcome.met = line.met
            outcome.credit = line.credit
            outcome.points = line.points
            outcome.evidence = evidence[Int(line.evidence.lowerBound)..<Int(line.evidence.upperBound)].map { item in
                Evidence(
                    term: string(item.term), section: item.section, snippet: string(item.snippet),
                    line: Int(item.line))
            }
            switch line.missing {
            case .none: break
            case .all: outcome.missing = compiled.groupDisplays[index]
            case .listed(let range):
                let displays = compiled.groupDisplays[index]
                outcome.missing = missingGroups[Int(range.lowerBound)..<Int(range.upperBound)].map {
                    displays[Int($0)]
                }
            }
            switch line.detail {
            case .none: break
            case .distinct(let found): outcome.detail = compiled.distinctDetails[index][Int(found)]
            case .elsewhere: outcome.detail = compiled.elsewhereDetails[index]
            case .excludes: outcome.detail = Self.excludesDetail
            case .text(let range): outcome.detail = string(range)
            }
            outcomes.append(outcome)
        }
        return Evaluation(
            score: score, outcomes: outcomes, omittedCriteria: omittedCriteria, readableCharacters: readableCharacters,
            mostRepeatedTerm: mostRepeatedTerm, hiddenTerms: hiddenTerms, obfuscatedTerms: obfuscatedTerms)
    }
}
