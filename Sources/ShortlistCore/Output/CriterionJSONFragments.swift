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
    /// Every fragment, back to back; a criterion's fragments are contiguous, in the order of `Layout`'s members.
    private let bytes: [UInt8]
    /// Per criterion, where its fragments are in `bytes` (one small record per criterion, so that writing a
    /// criterion picked from thousands touches one or two cache lines, not one per fragment).
    private let layouts: [Layout]
    /// Per group (flat, as `CompiledCriteria.groupOffsets`): where its quoted display ends in `bytes` (it starts
    /// where the previous group's ends, or at its criterion's `Layout.displays`).
    private let displayEnds: [Int32]
    /// Per "found N of the M distinct needed" sentence of every criterion (quoted), where it ends in `bytes`.
    private let distinctEnds: [Int32]
    /// The fragments every criterion shares (`Shared`): where each ends in `bytes`, after `sharedStart`.
    private let sharedEnds: [Int32]
    private let sharedStart: Int32
    /// Per criterion of a term list: the whole member written when it found nothing, which is most members with a
    /// few dozen criteria; nil for criteria whose explanation always has a sentence made for the resume.
    private var unfound: [UnfoundMember?] = []
    /// The bytes of the `unfound` members.
    private var unfoundBytes: [UInt8] = []

    /// A criterion's member when it found nothing: the line scoring writes then, and that line's member in
    /// `unfoundBytes`, with its own detail and (for an unmet criterion without one) with the `elsewhere` detail.
    private struct UnfoundMember {
        var line: ScoreSheet.Line
        var member: Range<Int32>
        var elsewhereMember: Range<Int32>?

        /// Where `line`'s member is in `unfoundBytes`, if it is this member: same values, no evidence.
        func member(for line: ScoreSheet.Line) -> Range<Int32>? {
            guard line.evidence.isEmpty, line.met == self.line.met, line.credit == self.line.credit,
                line.points == self.line.points, line.missing == self.line.missing
            else { return nil }
            if line.detail == self.line.detail { return member }
            return line.detail == .elsewhere ? elsewhereMember : nil
        }
    }

    /// The fragments every criterion shares, in `bytes` order after `sharedStart`: `,"section":"…","snippet":` per
    /// section (`SectionKind.allCases` order), then the others.
    private enum Shared: Int {
        /// `"found what this criterion excludes"}`.
        case excludes = 6
        /// `],"missing":[],"detail":`.
        case noneMissing
        /// `],"missing":[`.
        case openMissing
        /// `],"detail":`.
        case closeMissing
        /// `null}`.
        case noDetail
        /// `{"term":`, opening the first evidence.
        case firstTerm
        /// `,{"term":`.
        case nextTerm
        /// `,"line":0}`; the evidence on line N (under `preparedLines`) ends with the fragment N after it.
        case lines
    }

    /// Lines whose `,"line":N}` is prepared (evidence further down writes its number).
    private static let preparedLines = 1000

    /// Offsets in `bytes` of one criterion's fragments. Fragments run from member to member (`head` to
    /// `headUnmet`, `headUnmet` to `weight`, …); each piece of the member a resume fills in goes between two.
    private struct Layout {
        /// `{"id":"…","label":"…","met":true,"credit":`.
        var head: Int32
        /// The same with `false`.
        var headUnmet: Int32
        /// `,"weight":…,"points":`, to `flags`.
        var weight: Int32
        /// `,"required":…,"review_on_fail":…,"evidence":[`, to `allMissing`.
        var flags: Int32
        /// `],"missing":["…","…"],"detail":`, with every group display.
        var allMissing: Int32
        /// Each group display, quoted, ends in `displayEnds` from `firstGroup`; the last ends at `distinct`.
        var displays: Int32
        /// The distinct sentences, quoted and followed by `}`: ends in `distinctEnds` from `firstDistinct`; the last
        /// ends at `elsewhere`.
        var distinct: Int32
        /// The `elsewhereDetails` sentence, quoted and followed by `}`, to `end`.
        var elsewhere: Int32
        var end: Int32
        var firstGroup: Int32
        var firstDistinct: Int32
    }

    /// - Complexity: O(total size of the criteria's ids, labels and term group displays).
    init(_ compiled: CompiledCriteria) {
        let criteria = compiled.criteria.criteria
        var json = JSONWriter(capacity: 256 * criteria.count + 256)
        var offset: Int32 { Int32(json.bytes.count) }
        var layouts: [Layout] = []
        layouts.reserveCapacity(criteria.count)
        var displayEnds: [Int32] = []
        var distinctEnds: [Int32] = []
        for (index, criterion) in criteria.enumerated() {
            var layout = Layout(
                head: offset, headUnmet: 0, weight: 0, flags: 0, allMissing: 0, displays: 0, distinct: 0, elsewhere: 0,
                end: 0,
                firstGroup: Int32(displayEnds.count), firstDistinct: Int32(distinctEnds.count))
            // The opening of a met outcome, then of an unmet one.
            for met in [true, false] {
                if !met { layout.headUnmet = offset }
                json.appendRaw("{\"id\":")
                json.appendString(criterion.id)
                json.appendRaw(",\"label\":")
                json.appendString(criterion.label)
                json.appendRaw(met ? ",\"met\":true,\"credit\":" : ",\"met\":false,\"credit\":")
            }
            layout.weight = offset
            json.appendRaw(",\"weight\":")
            json.appendNumber(criterion.weight)
            json.appendRaw(",\"points\":")
            layout.flags = offset
            json.appendRaw(",\"required\":")
            json.appendBool(criterion.required)
            json.appendRaw(",\"review_on_fail\":")
            json.appendBool(criterion.reviewOnFail)
            json.appendRaw(",\"evidence\":[")
            layout.allMissing = offset
            json.appendRaw("],\"missing\":")
            json.appendStrings(compiled.groupDisplays[index])
            json.appendRaw(",\"detail\":")
            layout.displays = offset
            for display in compiled.groupDisplays[index] {
                json.appendString(display)
                displayEnds.append(offset)
            }
            layout.distinct = offset
            for sentence in compiled.distinctDetails[index] {
                json.appendString(sentence)
                json.appendRaw("}")
                distinctEnds.append(offset)
            }
            layout.elsewhere = offset
            json.appendString(compiled.elsewhereDetails[index])
            json.appendRaw("}")
            layout.end = offset
            layouts.append(layout)
        }
        self.sharedStart = offset
        var sharedEnds: [Int32] = []
        for section in SectionKind.allCases {
            json.appendRaw(",\"section\":")
            json.appendString(section.rawValue)
            json.appendRaw(",\"snippet\":")
            sharedEnds.append(offset)
        }
        json.appendString(ScoreSheet.excludesDetail)
        json.appendRaw("}")
        sharedEnds.append(offset)
        for fragment in [
            "],\"missing\":[],\"detail\":", "],\"missing\":[", "],\"detail\":", "null}", "{\"term\":", ",{\"term\":",
        ] {
            json.appendRaw(fragment)
            sharedEnds.append(offset)
        }
        for line in 0..<Self.preparedLines {
            json.appendRaw(",\"line\":")
            json.appendInteger(line)
            json.appendRaw("}")
            sharedEnds.append(offset)
        }
        self.sharedEnds = sharedEnds
        self.weights = criteria.map(\.weight)
        self.layouts = layouts
        self.displayEnds = displayEnds
        self.distinctEnds = distinctEnds
        self.bytes = json.take()
        // Whole members for criteria that found nothing, written by the general writer from the line that scoring
        // writes then (`Evaluator.report`); a line that differs in any value does not use them.
        var unfound: [UnfoundMember?] = []
        unfound.reserveCapacity(criteria.count)
        var members = JSONWriter()
        let empty = ScoreSheet()
        for index in criteria.indices {
            guard case .terms(let mode, let minDistinct) = compiled.rules[index] else {
                unfound.append(nil)
                continue
            }
            var line = ScoreSheet.Line(
                criterion: Int32(index), met: false, detail: .none, credit: 0, points: 0, evidence: 0..<0,
                missing: mode == .none ? .none : .all)
            switch mode {
            case .any:
                line.met = 0 >= minDistinct
                if minDistinct > 1 { line.detail = .distinct(found: 0) }
            case .all: line.met = compiled.groupCounts[index] == 0
            case .none:
                line.met = true
                line.credit = 1
            }
            let total = compiled.totalWeight
            line.points = total > 0 ? Evaluator.oneDecimal(100 * weights[index] * line.credit / total) : 0
            let start = Int32(members.bytes.count)
            appendMember(line, of: empty, to: &members)
            var member = UnfoundMember(line: line, member: start..<Int32(members.bytes.count))
            if !line.met, line.detail == .none {
                var elsewhere = line
                elsewhere.detail = .elsewhere
                let start = Int32(members.bytes.count)
                appendMember(elsewhere, of: empty, to: &members)
                member.elsewhereMember = start..<Int32(members.bytes.count)
            }
            unfound.append(member)
        }
        self.unfound = unfound
        self.unfoundBytes = members.take()
    }

    private static let line = Array(",\"line\":".utf8)

    /// Appends the members of `criteria` for `sheet`'s reported criteria (without the brackets), with the bytes
    /// `CandidateRecord.encodedBody` writes for `sheet.evaluation(compiled).outcomes`.
    /// - Complexity: O(output size).
    func appendCriteria(of sheet: ScoreSheet, to json: inout JSONWriter) {
        for position in sheet.lines.indices {
            let line = sheet.lines[position]
            if position > 0 { json.appendByte(0x2C) }
            if let unfound = unfound[Int(line.criterion)], let member = unfound.member(for: line) {
                json.appendRaw(unfoundBytes[Int(member.lowerBound)..<Int(member.upperBound)])
            } else {
                appendMember(line, of: sheet, to: &json)
            }
        }
    }

    /// One member of `criteria`, for `line` of `sheet`.
    private func appendMember(_ line: ScoreSheet.Line, of sheet: ScoreSheet, to json: inout JSONWriter) {
        let layout = layouts[Int(line.criterion)]
        append(line.met ? layout.head..<layout.headUnmet : layout.headUnmet..<layout.weight, to: &json)
        json.appendNumber((line.credit * 1000).rounded() / 1000)
        append(layout.weight..<layout.flags, to: &json)
        json.appendNumber(line.points)
        append(layout.flags..<layout.allMissing, to: &json)
        for item in line.evidence {
            let evidence = sheet.evidence[Int(item)]
            let open = item == line.evidence.lowerBound ? Shared.firstTerm : Shared.nextTerm
            append(shared(open.rawValue), to: &json)
            json.appendString(validUTF8: sheet.text, Int(evidence.term.lowerBound)..<Int(evidence.term.upperBound))
            append(shared(Self.sectionIndex(evidence.section)), to: &json)
            json.appendString(
                validUTF8: sheet.text, Int(evidence.snippet.lowerBound)..<Int(evidence.snippet.upperBound))
            let lineNumber = Int(evidence.line)
            if lineNumber >= 0, lineNumber < Self.preparedLines {
                append(shared(Shared.lines.rawValue + lineNumber), to: &json)
            } else {
                json.appendRaw(bytes: Self.line)
                json.appendInteger(lineNumber)
                json.appendByte(0x7D)
            }
        }
        switch line.missing {
        case .none: append(shared(Shared.noneMissing.rawValue), to: &json)
        case .all: append(layout.allMissing..<layout.displays, to: &json)
        case .listed(let range):
            append(shared(Shared.openMissing.rawValue), to: &json)
            for item in range {
                if item > range.lowerBound { json.appendByte(0x2C) }
                let group = Int(layout.firstGroup + sheet.missingGroups[Int(item)])
                let start = group == Int(layout.firstGroup) ? layout.displays : displayEnds[group - 1]
                append(start..<displayEnds[group], to: &json)
            }
            append(shared(Shared.closeMissing.rawValue), to: &json)
        }
        switch line.detail {
        case .none: append(shared(Shared.noDetail.rawValue), to: &json)
        case .distinct(let found):
            let sentence = Int(layout.firstDistinct + found)
            let start = sentence == Int(layout.firstDistinct) ? layout.distinct : distinctEnds[sentence - 1]
            append(start..<distinctEnds[sentence], to: &json)
        case .elsewhere: append(layout.elsewhere..<layout.end, to: &json)
        case .excludes: append(shared(Shared.excludes.rawValue), to: &json)
        case .text(let range):
            json.appendString(validUTF8: sheet.text, Int(range.lowerBound)..<Int(range.upperBound))
            json.appendByte(0x7D)
        }
    }

    /// The shared fragment `index` (a section's, then `Shared`'s).
    private func shared(_ index: Int) -> Range<Int32> {
        (index == 0 ? sharedStart : sharedEnds[index - 1])..<sharedEnds[index]
    }

    @inline(__always)
    private func append(_ range: Range<Int32>, to json: inout JSONWriter) {
        json.appendRaw(bytes[Int(range.lowerBound)..<Int(range.upperBound)])
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
