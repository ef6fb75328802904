/// Applies compiled criteria to one resume: one pass of the automaton over the normalized text, then credit,
/// points and evidence per criterion.
public struct Evaluator: Sendable {
    public let compiled: CompiledCriteria
    /// The run's "today": the end of ongoing roles and the anchor of `within_years`.
    public let referenceDate: YearMonth
    /// Evidence kept per criterion (the first occurrences in reading order).
    public static let maxEvidencePerCriterion = 3

    public init(compiled: CompiledCriteria, referenceDate: YearMonth) {
        self.compiled = compiled
        self.referenceDate = referenceDate
    }

    private struct GroupHit {
        var start: Int32
        var end: Int32
        var line: Int
    }

    /// - Complexity: O(n + occurrences) in the resume's text length; with summarized explanations (more than
    ///   `CompiledCriteria.fullExplanationLimit` criteria) also independent of the number of criteria.
    public func evaluate(_ resume: Resume) -> Evaluation {
        let criteria = compiled.criteria.criteria
        var normalized = TextNormalizer.shared.normalize(resume.text)
        normalized.original = Array(resume.text.utf8)
        // Sparse state: a resume touches few of thousands of groups.
        var firstHit: [Int: GroupHit] = [:]
        var touched = Set<Int>()
        var rejectedElsewhere = Set<Int>()
        var slotCounts: [Int: (pattern: Int32, count: Int)] = [:]
        var recentLines: [Double: [ClosedRange<Int>]] = [:]
        var degreeLines: [EducationLevel: [ClosedRange<Int>]] = [:]
        var obfuscated: [String] = []
        let mayBeObfuscated = !normalized.zeroWidthOffsets.isEmpty || !normalized.homoglyphOffsets.isEmpty
        compiled.automaton.scan(normalized.bytes) { hit in
            let references = compiled.references[Int(hit.pattern)]
            if mayBeObfuscated, obfuscated.count < 10, normalized.isObfuscated(Int(hit.start)..<Int(hit.end)) {
                let term = compiled.patternText[Int(hit.pattern)]
                if !obfuscated.contains(term) { obfuscated.append(term) }
            }
            if let first = references.first {
                // Repetition counts per term group, so "Swift" and "swifts" add up.
                let slot = compiled.groupOffsets[Int(first.criterion)] + Int(first.group)
                slotCounts[slot, default: (hit.pattern, 0)].count += 1
            }
            let original = normalized.originalRange(of: Int(hit.start)..<Int(hit.end))
            let line = resume.line(atUTF8Offset: original.lowerBound)
            let section = resume.section(ofLine: line)
            for reference in references {
                let index = Int(reference.criterion)
                let criterion = criteria[index]
                touched.insert(index)
                if let sections = criterion.sections, !sections.contains(section) {
                    rejectedElsewhere.insert(index)
                    continue
                }
                if let years = criterion.withinYears {
                    if recentLines[years] == nil { recentLines[years] = recentRoleLines(years: years, resume) }
                    if !recentLines[years]!.contains(where: { $0.contains(line) }) {
                        rejectedElsewhere.insert(index)
                        continue
                    }
                }
                if case .education(let minLevel, _) = criterion.rule {
                    if degreeLines[minLevel] == nil {
                        degreeLines[minLevel] = resume.education.filter { ($0.level.map { $0 >= minLevel }) ?? false }
                            .map(\.lines)
                    }
                    if !degreeLines[minLevel]!.contains(where: { $0.contains(line) }) { continue }
                }
                let slot = compiled.groupOffsets[index] + Int(reference.group)
                if firstHit[slot] == nil { firstHit[slot] = GroupHit(start: hit.start, end: hit.end, line: line) }
            }
        }
        let totalWeight = compiled.criteria.totalWeight
        let reported: [Int] =
            compiled.listsEveryCriterion
            ? Array(criteria.indices)
            : criteria.indices.filter { compiled.alwaysReported[$0] || touched.contains($0) }
        var outcomes: [CriterionOutcome] = []
        outcomes.reserveCapacity(reported.count)
        var weighted = 0.0
        for index in reported {
            let criterion = criteria[index]
            let offset = compiled.groupOffsets[index]
            let hits = (0..<compiled.groupCounts[index]).map { firstHit[offset + $0] }
            var outcome = outcomeFor(index, hits: hits, resume: resume, normalized: normalized)
            if !outcome.met, rejectedElsewhere.contains(index), outcome.detail == nil {
                outcome.detail =
                    criterion.sections != nil
                    ? "found only outside \(criterion.sections!.sorted().map(\.rawValue).joined(separator: "/"))"
                    : "found only in roles that ended more than \(Self.format(criterion.withinYears ?? 0)) years ago"
            }
            weighted += criterion.weight * outcome.credit
            outcome.points =
                totalWeight > 0 ? Self.oneDecimal(100 * criterion.weight * outcome.credit / totalWeight) : 0
            outcomes.append(outcome)
        }
        var repeated: (term: String, count: Int)?
        for (_, entry) in slotCounts.sorted(by: { $0.key < $1.key })
        where entry.count > (repeated?.count ?? compiled.criteria.escalate.maxTermRepeats) {
            repeated = (compiled.patternText[Int(entry.pattern)], entry.count)
        }
        return Evaluation(
            score: totalWeight > 0 ? Self.oneDecimal(100 * weighted / totalWeight) : 0, outcomes: outcomes,
            omittedCriteria: criteria.count - outcomes.count, readableCharacters: resume.readableCharacterCount,
            mostRepeatedTerm: repeated, hiddenTerms: hiddenTerms(resume.notes.hiddenText), obfuscatedTerms: obfuscated)
    }

    private func outcomeFor(
        _ criterionIndex: Int, hits: [GroupHit?], resume: Resume, normalized: NormalizedText
    ) -> CriterionOutcome {
        let criterion = compiled.criteria.criteria[criterionIndex]
        var outcome = CriterionOutcome(
            id: criterion.id, label: criterion.label, met: false, credit: 0, weight: criterion.weight, points: 0,
            required: criterion.required, reviewOnFail: criterion.reviewOnFail, evidence: [], missing: [], detail: nil)
        switch criterion.rule {
        case .terms(let mode, let groups, let minDistinct):
            let found = hits.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
            switch mode {
            case .any:
                outcome.credit = min(Double(found) / Double(max(minDistinct, 1)), 1)
                outcome.met = found >= minDistinct
                if minDistinct > 1 { outcome.detail = "found \(found) of the \(minDistinct) distinct needed" }
            case .all:
                outcome.credit = groups.isEmpty ? 0 : Double(found) / Double(groups.count)
                outcome.met = found == groups.count
            case .none:
                outcome.credit = found == 0 ? 1 : 0
                outcome.met = found == 0
            }
            if found > 0 {
                let ordered = hits.compactMap { $0 }.sorted { $0.start < $1.start }
                outcome.evidence = ordered.prefix(Self.maxEvidencePerCriterion).map {
                    evidence(for: $0, resume, normalized)
                }
            }
            if mode != .none, found < groups.count {
                let displays = compiled.groupDisplays[criterionIndex]
                outcome.missing = hits.indices.filter { hits[$0] == nil }.map { displays[$0] }
            }
            if mode == .none, found > 0 { outcome.detail = "found what this criterion excludes" }
        case .yearsExperience(let minimum):
            let (years, roles) = yearsOfExperience(resume)
            outcome.credit = minimum <= 0 ? 1 : min(years / minimum, 1)
            outcome.met = years >= minimum
            outcome.detail =
                "\(Self.format(years)) years across \(roles) dated role\(roles == 1 ? "" : "s") "
                + "(overlaps counted once; needs \(Self.format(minimum)))"
            outcome.evidence = resume.experience.filter { $0.dates != nil }.prefix(Self.maxEvidencePerCriterion).map {
                entry in
                let role = [entry.title, entry.employer].compactMap { $0 }.joined(separator: ", ")
                let dates = entry.dates.map { "\($0.start) – \($0.end?.description ?? "present")" } ?? ""
                return Evidence(
                    term: role.isEmpty ? "role" : role, section: .experience, snippet: dates,
                    line: entry.lines.lowerBound)
            }
        case .education(let minLevel, let fields):
            let qualifying = resume.education.filter { ($0.level.map { $0 >= minLevel }) ?? false }
            let best = resume.education.compactMap(\.level).max()
            if fields.isEmpty {
                outcome.met = !qualifying.isEmpty
            } else {
                outcome.met = hits.contains { $0 != nil }
                if !outcome.met { outcome.missing = compiled.groupDisplays[criterionIndex] }
            }
            outcome.credit = outcome.met ? 1 : 0
            outcome.detail = "highest degree found: \(best?.name ?? "none"); needs \(minLevel.name) or higher"
            if outcome.met {
                let fieldHit = hits.compactMap { $0 }.min { $0.start < $1.start }
                if let fieldHit {
                    outcome.evidence = [evidence(for: fieldHit, resume, normalized)]
                } else if let entry = qualifying.first {
                    let text = line(entry.lines.lowerBound, of: resume, utf8: normalized.original)
                    outcome.evidence = [
                        Evidence(
                            term: entry.level?.name ?? "degree", section: .education, snippet: Self.snippet(text),
                            line: entry.lines.lowerBound)
                    ]
                }
            }
        }
        return outcome
    }

    private func evidence(for hit: GroupHit, _ resume: Resume, _ normalized: NormalizedText) -> Evidence {
        let range = normalized.originalRange(of: Int(hit.start)..<Int(hit.end))
        let utf8 = normalized.original
        let term = String(decoding: utf8[range], as: UTF8.self)
        let lineStart = resume.lineStarts[hit.line - 1]
        let lineEnd = hit.line < resume.lineStarts.count ? resume.lineStarts[hit.line] - 1 : utf8.count
        var from = max(lineStart, range.lowerBound - 50)
        var to = min(lineEnd, range.upperBound + 50)
        while from > lineStart, from < utf8.count, utf8[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineEnd, utf8[to] & 0xC0 == 0x80 { to += 1 }
        var snippet = Self.snippet(String(decoding: utf8[from..<max(from, to)], as: UTF8.self))
        if from > lineStart { snippet = "…" + snippet }
        if to < lineEnd { snippet += "…" }
        return Evidence(term: term, section: resume.section(ofLine: hit.line), snippet: snippet, line: hit.line)
    }

    private func line(_ number: Int, of resume: Resume, utf8: [UInt8]) -> String {
        let start = resume.lineStarts[number - 1]
        let end = number < resume.lineStarts.count ? resume.lineStarts[number] - 1 : utf8.count
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }

    /// Lines of roles that ended within `years` of the reference date (ongoing roles end at the reference date).
    private func recentRoleLines(years: Double, _ resume: Resume) -> [ClosedRange<Int>] {
        resume.experience.compactMap { entry in
            guard let dates = entry.dates else { return nil }
            let end = min(dates.end ?? referenceDate, referenceDate)
            return Double(referenceDate.ordinal - end.ordinal) <= years * 12 ? entry.lines : nil
        }
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

    static func snippet(_ text: String) -> String {
        var line = LineAccumulator()
        line.add(text)
        return line.take()
    }

    static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func format(_ value: Double) -> String {
        let rounded = oneDecimal(value)
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
