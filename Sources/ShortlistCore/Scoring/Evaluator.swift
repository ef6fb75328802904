/// Applies compiled criteria to one resume: one pass of the automaton over the normalized text, then credit,
/// points and evidence per criterion.
public struct Evaluator: Sendable {
    public let compiled: CompiledCriteria
    /// The run's "today": the end of ongoing roles and the anchor of `within_years`.
    public let referenceDate: YearMonth
    /// The constant parts of every criterion's explanation in `results.jsonl`, encoded once for the run.
    let fragments: CriterionJSONFragments
    /// Evidence kept per criterion (the first occurrences in reading order).
    public static let maxEvidencePerCriterion = 3

    public init(compiled: CompiledCriteria, referenceDate: YearMonth) {
        self.compiled = compiled
        self.referenceDate = referenceDate
        self.fragments = CriterionJSONFragments(compiled)
    }

    private typealias GroupHit = EvaluationWorkspace.GroupHit

    /// - Complexity: O(n + occurrences) in the resume's text length; with summarized explanations (more than
    ///   `CompiledCriteria.fullExplanationLimit` criteria) also independent of the number of criteria.
    public func evaluate(_ resume: Resume) -> Evaluation {
        var workspace = EvaluationWorkspace()
        evaluate(resume, into: &workspace)
        return workspace.sheet.evaluation(compiled)
    }

    /// Scores `resume` into `workspace.sheet`, with buffers kept from earlier resumes (one workspace per worker).
    /// - Complexity: as `evaluate(_:)`.
    func evaluate(_ resume: Resume, into workspace: inout EvaluationWorkspace) {
        workspace.begin(compiled)
        var original = workspace.original
        var normalized = workspace.normalized
        workspace.original = []
        workspace.normalized = NormalizedText(bytes: [], origins: [], originalLength: 0)
        original.removeAll(keepingCapacity: true)
        original.append(contentsOf: resume.text.utf8)
        TextNormalizer.shared.normalize(original.span, into: &normalized)
        workspace.allowEvidence(inNormalizedLength: normalized.bytes.count)
        var obfuscated: [String] = []
        scan(resume, normalized, obfuscated: &obfuscated, workspace: &workspace)
        score(resume, normalized, original, obfuscated: obfuscated, workspace: &workspace)
        workspace.original = original
        workspace.normalized = normalized
    }

    /// One pass of the automaton: marks the criteria touched, and the first counted occurrence and the repetitions
    /// of every group.
    private func scan(
        _ resume: Resume, _ normalized: NormalizedText, obfuscated: inout [String],
        workspace: inout EvaluationWorkspace
    ) {
        let generation = workspace.generation
        let mayBeObfuscated = !normalized.zeroWidthOffsets.isEmpty || !normalized.homoglyphOffsets.isEmpty
        compiled.automaton.scan(normalized.bytes) { hit in
            let pattern = Int(hit.pattern)
            if mayBeObfuscated, obfuscated.count < 10, normalized.isObfuscated(Int(hit.start)..<Int(hit.end)) {
                let term = compiled.patternText[pattern]
                if !obfuscated.contains(term) { obfuscated.append(term) }
            }
            let repetitionSlot = Int(compiled.repetitionSlot[pattern])
            if repetitionSlot >= 0 {
                // Repetition counts per term group, so "Swift" and "swifts" add up.
                if workspace.repeatedIn[repetitionSlot] != generation {
                    workspace.repeatedIn[repetitionSlot] = generation
                    workspace.repetitions[repetitionSlot] = 0
                    workspace.repeatedPattern[repetitionSlot] = hit.pattern
                    workspace.repeatedSlots.append(Int32(repetitionSlot))
                }
                workspace.repetitions[repetitionSlot] += 1
            }
            let original = normalized.originalRange(of: Int(hit.start)..<Int(hit.end))
            let line = resume.line(atUTF8Offset: original.lowerBound)
            let sectionBit = CompiledCriteria.sectionBit(resume.section(ofLine: line))
            for reference in Int(compiled.referenceStart[pattern])..<Int(compiled.referenceStart[pattern + 1]) {
                let index = Int(compiled.referenceCriterion[reference])
                if workspace.touchedIn[index] != generation {
                    workspace.touchedIn[index] = generation
                    workspace.touchedBits[index >> 6] |= 1 << UInt64(index & 63)
                }
                let filter = compiled.evidenceFilters[index]
                if !filter.isAny {
                    if filter.sections & sectionBit == 0 {
                        workspace.rejectedIn[index] = generation
                        continue
                    }
                    if filter.recency >= 0, !recentLines(Int(filter.recency), resume, &workspace).contains(line) {
                        workspace.rejectedIn[index] = generation
                        continue
                    }
                    if filter.minimumDegree > 0,
                        !degreeLines(Int(filter.minimumDegree), resume, &workspace).contains(line)
                    {
                        continue
                    }
                }
                let slot = Int(compiled.referenceSlot[reference])
                if workspace.foundIn[slot] != generation {
                    workspace.foundIn[slot] = generation
                    workspace.firstHit[slot] = GroupHit(start: hit.start, end: hit.end, line: Int32(line))
                }
            }
        }
    }

    /// Credit, points and evidence of every reported criterion, from what `scan` marked, written to
    /// `workspace.sheet`.
    private func score(
        _ resume: Resume, _ normalized: NormalizedText, _ original: [UInt8], obfuscated: [String],
        workspace: inout EvaluationWorkspace
    ) {
        let criteria = compiled.criteria.criteria
        let generation = workspace.generation
        var reported = workspace.reported
        workspace.reported = []
        reported.removeAll(keepingCapacity: true)
        if compiled.listsEveryCriterion {
            reported.append(contentsOf: criteria.indices.lazy.map { Int32($0) })
            for word in workspace.touchedBits.indices { workspace.touchedBits[word] = 0 }
        } else {
            // Touched criteria, ascending (read from their bits, which are cleared), merged into the always-reported
            // ones, each once.
            let always = compiled.alwaysReportedIndices
            var next = 0
            for word in workspace.touchedBits.indices where workspace.touchedBits[word] != 0 {
                var bits = workspace.touchedBits[word]
                workspace.touchedBits[word] = 0
                while bits != 0 {
                    let index = Int32(word << 6 | bits.trailingZeroBitCount)
                    bits &= bits - 1
                    while next < always.count, always[next] < index {
                        reported.append(always[next])
                        next += 1
                    }
                    if next < always.count, always[next] == index { next += 1 }
                    reported.append(index)
                }
            }
            reported.append(contentsOf: always[next...])
        }
        let totalWeight = compiled.totalWeight
        workspace.sheet.removeAll()
        workspace.sheet.lines.reserveCapacity(reported.count)
        var weighted = 0.0
        for index in reported {
            let index = Int(index)
            var line = report(index, resume: resume, normalized, original, workspace: &workspace)
            if !line.met, workspace.rejectedIn[index] == generation, line.detail == .none {
                line.detail = .elsewhere
            }
            let weight = fragments.weights[index]
            weighted += weight * line.credit
            line.points = totalWeight > 0 ? Self.oneDecimal(100 * weight * line.credit / totalWeight) : 0
            workspace.sheet.lines.append(line)
        }
        var repeated: (term: String, count: Int)?
        workspace.repeatedSlots.sort()
        for slot in workspace.repeatedSlots {
            let count = Int(workspace.repetitions[Int(slot)])
            if count > (repeated?.count ?? compiled.criteria.escalate.maxTermRepeats) {
                repeated = (compiled.patternText[Int(workspace.repeatedPattern[Int(slot)])], count)
            }
        }
        workspace.sheet.score = totalWeight > 0 ? Self.oneDecimal(100 * weighted / totalWeight) : 0
        workspace.sheet.omittedCriteria = criteria.count - reported.count
        workspace.sheet.readableCharacters = Resume.readableCharacters(in: original)
        workspace.sheet.mostRepeatedTerm = repeated
        workspace.sheet.hiddenTerms = hiddenTerms(resume.notes.hiddenText)
        workspace.sheet.obfuscatedTerms = obfuscated
        workspace.reported = reported
    }

    /// Met, credit, evidence, missing groups and detail of criterion `criterionIndex` (points are left to the
    /// caller); evidence, missing groups and text go to `workspace.sheet`.
    private func report(
        _ criterionIndex: Int, resume: Resume, _ normalized: NormalizedText, _ original: [UInt8],
        workspace: inout EvaluationWorkspace
    ) -> ScoreSheet.Line {
        let offset = compiled.groupOffsets[criterionIndex]
        let groupCount = compiled.groupCounts[criterionIndex]
        let evidenceStart = Int32(workspace.sheet.evidence.count)
        var line = ScoreSheet.Line(
            criterion: Int32(criterionIndex), met: false, detail: .none, credit: 0, points: 0,
            evidence: evidenceStart..<evidenceStart, missing: .none)
        var found = 0
        for slot in offset..<offset + groupCount where workspace.isFound(slot) { found += 1 }
        switch compiled.rules[criterionIndex] {
        case .terms(let mode, let minDistinct):
            switch mode {
            case .any:
                line.credit = min(Double(found) / Double(max(minDistinct, 1)), 1)
                line.met = found >= minDistinct
                if minDistinct > 1 { line.detail = .distinct(found: Int32(found)) }
            case .all:
                line.credit = groupCount == 0 ? 0 : Double(found) / Double(groupCount)
                line.met = found == groupCount
            case .none:
                line.credit = found == 0 ? 1 : 0
                line.met = found == 0
            }
            if found > 0 {
                firstEvidence(groups: offset..<offset + groupCount, resume, normalized, original, workspace: &workspace)
            }
            if mode != .none, found == 0 {
                line.missing = .all
            } else if mode != .none, found < groupCount {
                let start = Int32(workspace.sheet.missingGroups.count)
                for group in 0..<groupCount where !workspace.isFound(offset + group) {
                    workspace.sheet.missingGroups.append(Int32(group))
                }
                line.missing = .listed(start..<Int32(workspace.sheet.missingGroups.count))
            }
            if mode == .none, found > 0 { line.detail = .excludes }
        case .yearsExperience(let minimum):
            let (years, roles) = yearsOfExperience(resume)
            line.credit = minimum <= 0 ? 1 : min(years / minimum, 1)
            line.met = years >= minimum
            line.detail = .text(
                workspace.sheet.appendText(
                    "\(Self.format(years)) years across \(roles) dated role\(roles == 1 ? "" : "s") "
                        + "(overlaps counted once; needs \(Self.format(minimum)))"))
            var kept = 0
            for entry in resume.experience where kept < Self.maxEvidencePerCriterion {
                guard let dates = entry.dates else { continue }
                kept += 1
                let termStart = Int32(workspace.sheet.text.count)
                if let title = entry.title { workspace.sheet.text.append(contentsOf: title.utf8) }
                if entry.title != nil, entry.employer != nil { workspace.sheet.text.append(contentsOf: Self.comma) }
                if let employer = entry.employer { workspace.sheet.text.append(contentsOf: employer.utf8) }
                if Int32(workspace.sheet.text.count) == termStart {
                    workspace.sheet.text.append(contentsOf: Self.role)
                }
                let term = termStart..<Int32(workspace.sheet.text.count)
                let snippet = workspace.sheet.appendText("\(dates.start) – \(dates.end?.description ?? "present")")
                workspace.sheet.evidence.append(
                    ScoreSheet.EvidenceItem(
                        term: term, snippet: snippet, section: .experience, line: Int32(entry.lines.lowerBound)))
            }
        case .education(let minLevel, let hasFields):
            let best = resume.education.compactMap(\.level).max()
            if !hasFields {
                line.met = resume.education.contains { ($0.level.map { $0 >= minLevel }) ?? false }
            } else {
                line.met = found > 0
                if !line.met { line.missing = .all }
            }
            line.credit = line.met ? 1 : 0
            line.detail = .text(
                workspace.sheet.appendText(
                    "highest degree found: \(best?.name ?? "none"); needs \(minLevel.name) or higher"))
            if line.met {
                if found > 0 {
                    firstEvidence(
                        groups: offset..<offset + groupCount, resume, normalized, original, workspace: &workspace,
                        limit: 1)
                } else if let entry = resume.education.first(where: { ($0.level.map { $0 >= minLevel }) ?? false }) {
                    let lineNumber = entry.lines.lowerBound
                    let start = resume.lineStarts[lineNumber - 1]
                    let end = lineNumber < resume.lineStarts.count ? resume.lineStarts[lineNumber] - 1 : original.count
                    let term = workspace.sheet.appendText(entry.level?.name ?? "degree")
                    let snippet = appendSnippet(original, start..<max(start, end), to: &workspace.sheet.text)
                    workspace.sheet.evidence.append(
                        ScoreSheet.EvidenceItem(
                            term: term, snippet: snippet, section: .education, line: Int32(lineNumber)))
                }
            }
        }
        line.evidence = evidenceStart..<Int32(workspace.sheet.evidence.count)
        return line
    }

    private static let comma: [UInt8] = Array(", ".utf8)
    private static let role: [UInt8] = Array("role".utf8)

    /// Evidence for the first `limit` found groups of `groups` in reading order (ties in group order), appended to
    /// `workspace.sheet`.
    private func firstEvidence(
        groups: Range<Int>, _ resume: Resume, _ normalized: NormalizedText, _ original: [UInt8],
        workspace: inout EvaluationWorkspace, limit: Int = maxEvidencePerCriterion
    ) {
        // The earliest `limit` hits by start, kept sorted; a later group only displaces on a strictly earlier start.
        // A fixed `limit` places kept from resume to resume, so keeping them sorted needs no array insertion.
        var first = workspace.earliest
        workspace.earliest = []
        if first.count < limit { first = Array(repeating: GroupHit(start: 0, end: 0, line: 0), count: limit) }
        var count = 0
        for slot in groups where workspace.isFound(slot) {
            let hit = workspace.firstHit[slot]
            if count == limit {
                if hit.start >= first[limit - 1].start { continue }
                count -= 1
            }
            var position = count
            while position > 0, first[position - 1].start > hit.start {
                first[position] = first[position - 1]
                position -= 1
            }
            first[position] = hit
            count += 1
        }
        let generation = workspace.generation
        for index in 0..<count {
            let hit = first[index]
            let start = Int(hit.start)
            if workspace.evidenceAtIn[start] == generation, workspace.evidenceEndAt[start] == hit.end {
                // Already the evidence of another criterion: the same term, snippet, section and line.
                let item = workspace.sheet.evidence[Int(workspace.evidenceAt[start])]
                workspace.sheet.evidence.append(item)
                continue
            }
            let item = evidence(for: hit, resume, normalized, original, &workspace.sheet)
            workspace.evidenceAtIn[start] = generation
            workspace.evidenceAt[start] = Int32(workspace.sheet.evidence.count)
            workspace.evidenceEndAt[start] = hit.end
            workspace.sheet.evidence.append(item)
        }
        workspace.earliest = first
    }

    /// The evidence of `hit`: its term as written and a snippet around it, both appended to `sheet.text`.
    private func evidence(
        for hit: GroupHit, _ resume: Resume, _ normalized: NormalizedText, _ utf8: [UInt8], _ sheet: inout ScoreSheet
    ) -> ScoreSheet.EvidenceItem {
        let range = normalized.originalRange(of: Int(hit.start)..<Int(hit.end))
        let line = Int(hit.line)
        let termStart = Int32(sheet.text.count)
        // `sheet.text` holds well-formed UTF-8: a range cut inside a character is stored as decoding repairs it.
        if Self.isCharacterBoundary(utf8, range.lowerBound), Self.isCharacterBoundary(utf8, range.upperBound) {
            sheet.text.append(contentsOf: utf8[range])
        } else {
            sheet.text.append(contentsOf: String(decoding: utf8[range], as: UTF8.self).utf8)
        }
        let term = termStart..<Int32(sheet.text.count)
        let lineStart = resume.lineStarts[line - 1]
        let lineEnd = line < resume.lineStarts.count ? resume.lineStarts[line] - 1 : utf8.count
        var from = max(lineStart, range.lowerBound - 50)
        var to = min(lineEnd, range.upperBound + 50)
        while from > lineStart, from < utf8.count, utf8[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineEnd, utf8[to] & 0xC0 == 0x80 { to += 1 }
        let snippet = appendSnippet(
            utf8, from..<max(from, to), to: &sheet.text, leadingEllipsis: from > lineStart,
            trailingEllipsis: to < lineEnd)
        return ScoreSheet.EvidenceItem(
            term: term, snippet: snippet, section: resume.section(ofLine: line), line: Int32(line))
    }

    private static let ellipsis: [UInt8] = Array("…".utf8)

    /// Whether `offset` is at the start of a character of the well-formed UTF-8 `utf8`, or at its end.
    @inline(__always)
    private static func isCharacterBoundary(_ utf8: [UInt8], _ offset: Int) -> Bool {
        offset >= utf8.count || utf8[offset] & 0xC0 != 0x80
    }

    /// Appends `utf8[range]` on one line with whitespace runs collapsed and the ends trimmed (as `LineAccumulator`
    /// does), optionally between ellipses, to `text`; returns where it is.
    private func appendSnippet(
        _ utf8: [UInt8], _ range: Range<Int>, to text: inout [UInt8], leadingEllipsis: Bool = false,
        trailingEllipsis: Bool = false
    ) -> Range<Int32> {
        let start = text.count
        if leadingEllipsis { text.append(contentsOf: Self.ellipsis) }
        Self.appendCollapsed(utf8, range, to: &text)
        if trailingEllipsis { text.append(contentsOf: Self.ellipsis) }
        if !Self.isCharacterBoundary(utf8, range.lowerBound) || !Self.isCharacterBoundary(utf8, range.upperBound) {
            // Cut inside a character: kept as decoding repairs it, so that `text` stays well-formed.
            let repaired = String(decoding: text[start...], as: UTF8.self)
            text.removeSubrange(start...)
            text.append(contentsOf: repaired.utf8)
        }
        return Int32(start)..<Int32(text.count)
    }

    /// Appends `utf8[range]` with whitespace runs (ASCII whitespace, NBSP, NEL, the Unicode spaces, line and
    /// paragraph separators, ideographic space) collapsed to one space and trimmed at both ends.
    static func appendCollapsed(_ utf8: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
        // Most excerpts are already one line with single spaces, give or take a space at either end: copied whole.
        var lower = range.lowerBound
        var upper = range.upperBound
        if lower < upper, utf8[lower] == 0x20 { lower += 1 }
        if lower < upper, utf8[upper - 1] == 0x20 { upper -= 1 }
        if isCollapsed(utf8, lower..<upper) {
            out.append(contentsOf: utf8[lower..<upper])
            return
        }
        var pendingSpace = false
        var wrote = false
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = utf8[index]
            let width = SimpleText.whitespaceWidth(utf8.span, at: index, end: end)
            if width > 0 {
                pendingSpace = wrote
                index += width
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
            wrote = true
            index += 1
        }
    }

    /// Whether `utf8[range]` has no whitespace but single ASCII spaces between other characters.
    private static func isCollapsed(_ utf8: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        if utf8[range.lowerBound] == 0x20 || utf8[range.upperBound - 1] == 0x20 { return false }
        // Branch-free first: ASCII without control bytes and without two spaces in a row is collapsed.
        let bytes = utf8.span.extracting(range)
        var unusual: UInt8 = 0
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            unusual |= (byte < 0x20 || byte >= 0x80 ? 1 : 0) | (byte == 0x20 && previous == 0x20 ? 1 : 0)
            previous = byte
        }
        if unusual == 0 { return true }
        for index in range {
            let byte = utf8[index]
            if byte > 0x20 && byte < 0x80 { continue }
            if byte == 0x20 {
                // Not the last byte (checked above), so the next one is in range.
                if utf8[index + 1] == 0x20 { return false }
                continue
            }
            if SimpleText.whitespaceWidth(utf8.span, at: index, end: range.upperBound) > 0 { return false }
        }
        return true
    }

    /// Whether 1-based `line` belongs to a role that ended within `recencyYears[recency]` of the reference date
    /// (ongoing roles end at the reference date); the roles' lines are found once per resume.
    private func recentLines(_ recency: Int, _ resume: Resume, _ workspace: inout EvaluationWorkspace)
        -> LineRanges
    {
        if workspace.recentLinesIn[recency] != workspace.generation {
            let years = compiled.recencyYears[recency]
            workspace.recentLinesIn[recency] = workspace.generation
            workspace.recentLines[recency] = resume.experience.compactMap { entry in
                guard let dates = entry.dates else { return nil }
                let end = min(dates.end ?? referenceDate, referenceDate)
                return Double(referenceDate.ordinal - end.ordinal) <= years * 12 ? entry.lines : nil
            }
        }
        return LineRanges(ranges: workspace.recentLines[recency])
    }

    /// The lines of education entries at degree level `minimum` (raw value) or higher, found once per resume.
    private func degreeLines(_ minimum: Int, _ resume: Resume, _ workspace: inout EvaluationWorkspace)
        -> LineRanges
    {
        if workspace.degreeLinesIn[minimum] != workspace.generation {
            workspace.degreeLinesIn[minimum] = workspace.generation
            workspace.degreeLines[minimum] = resume.education.filter { ($0.level?.rawValue ?? 0) >= minimum }
                .map(\.lines)
        }
        return LineRanges(ranges: workspace.degreeLines[minimum])
    }

    private struct LineRanges {
        var ranges: [ClosedRange<Int>]
        func contains(_ line: Int) -> Bool { ranges.contains { $0.contains(line) } }
    }

    /// Total years covered by dated roles, overlapping ranges merged; ongoing roles run to the reference date.
    func yearsOfExperience(_ resume: Resume) -> (years: Double, roles: Int) {
        var spans: [(start: Int, end: Int)] = []
        for entry in resume.experience {
            guard let dates = entry.dates, dates.start <= referenceDate else { continue }
            let end = min(dates.end ?? referenceDate, referenceDate)
            spans.append((dates.start.ordinal, end.ordinal + 1))
        }
        spans.sort { $0.start < $1.start }
        var months = 0
        var current: (start: Int, end: Int)?
        for span in spans {
            if let open = current, span.start <= open.end {
                current = (open.start, max(open.end, span.end))
            } else {
                if let open = current { months += open.end - open.start }
                current = span
            }
        }
        if let open = current { months += open.end - open.start }
        return (Double(months) / 12, spans.count)
    }

    private func hiddenTerms(_ hidden: String) -> [String] {
        guard !hidden.isEmpty else { return [] }
        var found: [String] = []
        compiled.automaton.scan(TextNormalizer.shared.normalize(hidden).bytes) { hit in
            let text = compiled.patternText[Int(hit.pattern)]
            if !found.contains(text), found.count < 10 { found.append(text) }
        }
        return found
    }

    static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func format(_ value: Double) -> String {
        let rounded = oneDecimal(value)
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
