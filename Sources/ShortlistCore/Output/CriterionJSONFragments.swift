/// The parts of each criterion's member of `results.jsonl`'s `criteria` that are the same for every resume (id,
/// label, weight, flags, the escaped term group displays and fixed detail sentences), encoded once per run, and
/// the writer that fills in a resume's `ScoreSheet` between them.
///
/// Writing a resume's explanation then copies these bytes and writes only met, credit, points, evidence and the
/// sentences made for that resume. The bytes are those `CandidateRecord.encodedBody` writes for the same
/// `CriterionOutcome` values.
struct CriterionJSONFragments: Sendable {
    /// Per criterion, its weight (read by scoring).
    let weights: [Double]
    /// Every fragment, back to back.
    private let bytes: [UInt8]
    /// Per criterion: `{"id":"…","label":"…","met":`.
    private let heads: [Range<Int>]
    /// Per criterion: `,"weight":…,"points":`.
    private let weightParts: [Range<Int>]
    /// Per criterion: `,"required":…,"review_on_fail":…,"evidence":[`.
    private let flagParts: [Range<Int>]
    /// Per criterion: the array of every group display, `["…","…"]`.
    private let allMissing: [Range<Int>]
    /// Per group (flat, as `CompiledCriteria.groupOffsets`): its display, quoted.
    private let groupDisplays: [Range<Int>]
    /// Per criterion: where its `distinctDetails` sentences start in `distinctDetails`.
    private let distinctStarts: [Int]
    /// Every criterion's "found N of the M distinct needed" sentences, quoted.
    private let distinctDetails: [Range<Int>]
    /// Per criterion: its `elsewhereDetails` sentence, quoted.
    private let elsewhereDetails: [Range<Int>]
    /// Per section (`SectionKind.allCases` order): `,"section":"…","snippet":`.
    private let sectionParts: [Range<Int>]
    /// `"found what this criterion excludes"`.
    private let excludesDetail: Range<Int>

    /// - Complexity: O(total size of the criteria's ids, labels and term group displays).
    init(_ compiled: CompiledCriteria) {
        let criteria = compiled.criteria.criteria
        var json = JSONWriter(capacity: 256 * criteria.count + 256)
        func fragment(_ write: (inout JSONWriter) -> Void) -> Range<Int> {
            let start = json.bytes.count
            write(&json)
            return start..<json.bytes.count
        }
        var heads: [Range<Int>] = []
        var weightParts: [Range<Int>] = []
        var flagParts: [Range<Int>] = []
        var allMissing: [Range<Int>] = []
        var groupDisplays: [Range<Int>] = []
        var distinctStarts: [Int] = []
        var distinctDetails: [Range<Int>] = []
        var elsewhereDetails: [Range<Int>] = []
        for (index, criterion) in criteria.enumerated() {
            heads.append(
                fragment { json in
                    json.appendRaw("{\"id\":")
                    json.appendString(criterion.id)
                    json.appendRaw(",\"label\":")
                    json.appendString(criterion.label)
                    json.appendRaw(",\"met\":")
                })
            weightParts.append(
                fragment { json in
                    json.appendRaw(",\"weight\":")
                    json.appendNumber(criterion.weight)
                    json.appendRaw(",\"points\":")
                })
            flagParts.append(
                fragment { json in
                    json.appendRaw(",\"required\":")
                    json.appendBool(criterion.required)
                    json.appendRaw(",\"review_on_fail\":")
                    json.appendBool(criterion.reviewOnFail)
                    json.appendRaw(",\"evidence\":[")
                })
            allMissing.append(fragment { $0.appendStrings(compiled.groupDisplays[index]) })
            for display in compiled.groupDisplays[index] {
                groupDisplays.append(fragment { $0.appendString(display) })
            }
            distinctStarts.append(distinctDetails.count)
            for sentence in compiled.distinctDetails[index] {
                distinctDetails.append(fragment { $0.appendString(sentence) })
            }
            elsewhereDetails.append(fragment { $0.appendString(compiled.elsewhereDetails[index]) })
        }
        self.sectionParts = SectionKind.allCases.map { section in
            fragment { json in
                json.appendRaw(",\"section\":")
                json.appendString(section.rawValue)
                json.appendRaw(",\"snippet\":")
            }
        }
        self.excludesDetail = fragment { $0.appendString(ScoreSheet.excludesDetail) }
        self.weights = criteria.map(\.weight)
        self.heads = heads
        self.weightParts = weightParts
        self.flagParts = flagParts
        self.allMissing = allMissing
        self.groupDisplays = groupDisplays
        self.distinctStarts = distinctStarts
        self.distinctDetails = distinctDetails
        self.elsewhereDetails = elsewhereDetails
        self.bytes = json.take()
    }

    private static let credit = Array(",\"credit\":".utf8)
    private static let firstTerm = Array("{\"term\":".utf8)
    private static let nextTerm = Array(",{\"term\":".utf8)
    private static let line = Array(",\"line\":".utf8)
    private static let missing = Array("],\"missing\":".utf8)
    private static let detail = Array(",\"detail\":".utf8)
    private static let emptyArray = Array("[]".utf8)
    private static let null = Array("null".utf8)

    /// Appends the members of `criteria` for `sheet`'s reported criteria (without the brackets), with the bytes
    /// `CandidateRecord.encodedBody` writes for `sheet.evaluation(compiled).outcomes`.
    /// - Complexity: O(output size).
    func appendCriteria(of sheet: ScoreSheet, _ compiled: CompiledCriteria, to json: inout JSONWriter) {
        for position in sheet.lines.indices {
            let line = sheet.lines[position]
            let index = Int(line.criterion)
            if position > 0 { json.appendByte(0x2C) }
            json.appendRaw(bytes[heads[index]])
            json.appendBool(line.met)
            json.appendRaw(bytes: Self.credit)
            json.appendNumber((line.credit * 1000).rounded() / 1000)
            json.appendRaw(bytes[weightParts[index]])
            json.appendNumber(line.points)
            json.appendRaw(bytes[flagParts[index]])
            for item in line.evidence {
                let evidence = sheet.evidence[Int(item)]
                json.appendRaw(bytes: item == line.evidence.lowerBound ? Self.firstTerm : Self.nextTerm)
                json.appendString(utf8: sheet.text, Int(evidence.term.lowerBound)..<Int(evidence.term.upperBound))
                json.appendRaw(bytes[sectionParts[Self.sectionIndex(evidence.section)]])
                json.appendString(
                    utf8: sheet.text, Int(evidence.snippet.lowerBound)..<Int(evidence.snippet.upperBound))
                json.appendRaw(bytes: Self.line)
                json.appendInteger(Int(evidence.line))
                json.appendByte(0x7D)
            }
            json.appendRaw(bytes: Self.missing)
            switch line.missing {
            case .none: json.appendRaw(bytes: Self.emptyArray)
            case .all: json.appendRaw(bytes[allMissing[index]])
            case .listed(let range):
                let offset = compiled.groupOffsets[index]
                json.appendByte(0x5B)
                for item in range {
                    if item > range.lowerBound { json.appendByte(0x2C) }
                    json.appendRaw(bytes[groupDisplays[offset + Int(sheet.missingGroups[Int(item)])]])
                }
                json.appendByte(0x5D)
            }
            json.appendRaw(bytes: Self.detail)
            switch line.detail {
            case .none: json.appendRaw(bytes: Self.null)
            case .distinct(let found): json.appendRaw(bytes[distinctDetails[distinctStarts[index] + Int(found)]])
            case .elsewhere: json.appendRaw(bytes[elsewhereDetails[index]])
            case .excludes: json.appendRaw(bytes[excludesDetail])
            case .text(let range): json.appendString(utf8: sheet.text, Int(range.lowerBound)..<Int(range.upperBound))
            }
            json.appendByte(0x7D)
        }
    }

    /// `section`'s position in `SectionKind.allCases`.
    private static func sectionIndex(_ section: SectionKind) -> Int {
        switch section {
        case .summary: 0
        case .experience: 1
        case .education: 2
        case .skills: 3
        case .certifications: 4
        case .other: 5
        }
    }
}
