import Foundation
import Mustache

/// `report.html`: a run on one self-contained page for a recruiter — counts, a score histogram, the shortlist, the
/// review queue with its reasons, the errors, the rejected, and each candidate's criterion-by-criterion explanation.
///
/// The page around the explanations is a Mustache template, which HTML-escapes every `{{value}}`; the explanations
/// are written by `HTMLWriter`, which escapes every value too. The page carries a Content-Security-Policy that forbids
/// scripts and every network load, so it works offline and a resume cannot make it do anything.
struct RecruiterReport {
    /// What the page says about the run itself.
    struct RunInfo {
        var role: String
        var asOf: String
        var criteriaPath: String
        var criteriaSha256: String
        var blind: Bool
        var top: Int
        var minScore: Double
        var reviewBand: Double
        var toolVersion: String
    }

    /// Candidates explained in full on the page: every shortlisted one, then the review queue by score, the errors
    /// and the best-scoring rejected (at most `explainedRejectLimit` of them), up to `explanationLimit` in all. The
    /// others are table rows; their explanations are in `results.jsonl` (`shortlist explain`). Keeps the page, its
    /// memory and its time bounded whatever the size of the dump (a 10,000-resume page stays near 10 MB).
    static let explanationLimit = 500
    static let explainedRejectLimit = 100
    /// Rejected candidates listed in the rejected table, best scores first; the others are counted (a recruiter does
    /// not read a 100,000-row table, and it would make the page and its memory grow with the dump).
    static let listedRejectLimit = 1_000

    /// The indices of the candidates explained in full, by the priority above, and of the rejected candidates
    /// listed in the rejected table (the `listedRejectLimit` best scores); ties by candidate id.
    static func selection<Entries: RandomAccessCollection<Ranking.Entry>>(
        _ entries: Entries, _ outcomes: [Ranking.Outcome], errorKeys: [Int: String],
        limit: Int = explanationLimit
    ) -> (explained: Set<Int>, listedRejected: Set<Int>) where Entries.Index == Int {
        func byScore(_ decision: Decision) -> [Int] {
            entries.indices.filter { outcomes[$0].decision == decision }.sorted {
                (entries[$1].score ?? -1, entries[$0].candidateID) < (entries[$0].score ?? -1, entries[$1].candidateID)
            }
        }
        let rejected = byScore(.reject)
        let errors = entries.indices.filter { outcomes[$0].decision == .error }.sorted {
            (errorKeys[$0] ?? "") < (errorKeys[$1] ?? "")
        }
        let ordered = byScore(.shortlist) + byScore(.review) + errors + rejected.prefix(explainedRejectLimit)
        return (Set(ordered.prefix(limit)), Set(rejected.prefix(listedRejectLimit)))
    }

    private var shortlist: [Row] = []
    private var review: [Row] = []
    private var errors: [Row] = []
    private var rejected: [Row] = []
    /// Where each explained candidate's markup is in the run's file of explanations, by candidate id.
    private var markup: [String: Range<Int>] = [:]
    private var histogram = ScoreHistogram()
    /// The most candidates explained in full (`explanationLimit` unless a run says otherwise).
    var explanationLimit = RecruiterReport.explanationLimit
    /// Rejected candidates counted but not listed (beyond `listedRejectLimit`).
    private var rejectedNotListed = 0

    /// A candidate explained in full: the name its resume gives, and where its explanation's markup (from
    /// `Explanation.init(line:)`) was put in the run's file of explanations, nil when its line could not be read.
    struct Explained {
        var name: String
        var markup: Range<Int>?
    }

    /// One explained candidate read from its `results.jsonl` line: its name, its contact details for
    /// `shortlist.csv`, and its explanation's markup. Made on the worker threads while the lines are written.
    struct Explanation: Sendable {
        var name: String
        var contact: Contact?
        var markup: [UInt8]

        /// Nil when the line is not a valid `results.jsonl` line.
        init?(line: [UInt8]) {
            guard let record = ExplainedRecord.decode(line: line) else { return nil }
            // About the size of an explanation with 50 criteria, to grow the buffer a few times rather than often.
            var html = HTMLWriter(capacity: 16_384)
            record.writeExplanation(to: &html)
            name = record.name
            contact = record.csvContact
            markup = html.bytes
        }
    }

    /// Adds one candidate, with `explained` for the candidates explained in full.
    mutating func add(
        candidateID: String, sourceFile: String, decision: Decision, rank: Int?, score: Double?, rules: [FiredRule],
        explained: Explained?, listed: Bool = true
    ) {
        if let score { histogram.add(score) }
        guard listed || decision != .reject else {
            rejectedNotListed += 1
            return
        }
        let row = Row(
            candidateId: candidateID, name: explained?.name ?? "(no name found)", sourceFile: sourceFile,
            decision: decision.rawValue, rank: rank.map(String.init) ?? "—",
            score: score.map(Evaluator.format) ?? "—", sortScore: score ?? -1,
            reasons: rules.map { ReasonView(rule: $0.rule.rawValue, reason: $0.reason) },
            explained: explained != nil)
        if let range = explained?.markup { markup[candidateID] = range }
        switch decision {
        case .shortlist: shortlist.append(row)
        case .review: review.append(row)
        case .reject: rejected.append(row)
        case .error: errors.append(row)
        }
    }

    /// The page without its explanations, made (the template rendered) apart from writing it, so it can be made on
    /// another thread while the run writes its other outputs.
    struct Frame: Sendable {
        /// The page up to the explanations, and after them (nil: the page had no place for them).
        var head: [UInt8]
        var tail: [UInt8]?
        /// Where each explanation is in the run's file of explanations, in page order.
        var explanations: [Range<Int>]
    }

    /// Renders the page around its explanations.
    func frame(run: RunInfo) throws -> Frame {
        let template = try MustacheTemplate(string: HTMLEscaping.pragma + Self.template)
        var page = page(run: run)
        // A marker no escaped value can contain (its `<` would be `&lt;`, whatever the case of its letters) splits
        // the page around the explanations.
        page.explanations = Self.explanationsMarker
        let rendered = template.render(page)
        let bytes = Array(rendered.utf8)
        // (Not `firstRange(of:)`: on a byte array it resolves to Foundation's `DataProtocol` search, which allocated
        // at every position of the 2 MB page.)
        guard let start = rendered.asciiOffset(of: Self.explanationsMarker) else {
            return Frame(head: bytes, tail: nil, explanations: [])
        }
        let sections = sortedSections
        let explained = (sections.shortlist + sections.review + sections.rejected + sections.errors)
            .filter(\.explained).compactMap { markup[$0.candidateId] }
        return Frame(
            head: Array(bytes[..<start]), tail: Array(bytes[(start + Self.explanationsMarker.utf8.count)...]),
            explanations: explained)
    }

    /// Writes the page's UTF-8 bytes through `write`, in pieces: the page up to the explanations, each explanation
    /// as `explanation` reads it back from the run's file of explanations, and the rest. Never the whole page in
    /// memory.
    static func write(
        _ frame: Frame, explanation: (Range<Int>) throws -> [UInt8], to write: ([UInt8]) throws -> Void
    ) throws {
        try write(frame.head)
        guard let tail = frame.tail else { return }
        for range in frame.explanations { try write(try explanation(range)) }
        try write(tail)
    }

    private static let explanationsMarker = "<shortlist-explanations/>"

    /// The table rows in page order.
    private var sortedSections: (shortlist: [Row], review: [Row], rejected: [Row], errors: [Row]) {
        let byScore: (Row, Row) -> Bool = { ($1.sortScore, $0.candidateId) < ($0.sortScore, $1.candidateId) }
        return (
            shortlist.sorted { ($0.sortRank, $0.candidateId) < ($1.sortRank, $1.candidateId) },
            review.sorted(by: byScore), rejected.sorted(by: byScore), errors.sorted { $0.sourceFile < $1.sourceFile }
        )
    }

    private func page(run: RunInfo) -> Page {
        let (shortlist, review, rejected, errors) = sortedSections
        let explainedCount = (shortlist + review + rejected + errors).filter(\.explained).count
        let total = shortlist.count + review.count + rejected.count + errors.count + rejectedNotListed
        return Page(
            role: run.role, asOf: run.asOf, criteriaPath: run.criteriaPath,
            criteriaShort: String(run.criteriaSha256.prefix(12)), criteriaSha256: run.criteriaSha256,
            blind: run.blind, toolVersion: run.toolVersion, top: run.top,
            minScore: Evaluator.format(run.minScore), reviewBand: Evaluator.format(run.reviewBand), total: total,
            counts: [
                CountView(label: "shortlist", count: shortlist.count),
                CountView(label: "review", count: review.count),
                CountView(label: "reject", count: rejected.count + rejectedNotListed),
                CountView(label: "error", count: errors.count),
            ],
            scored: histogram.total, histogramWidth: ScoreHistogram.width, histogramHeight: ScoreHistogram.height,
            bars: histogram.bars(minScore: run.minScore), markerX: histogram.markerX(minScore: run.minScore),
            shortlist: shortlist, hasShortlist: !shortlist.isEmpty, review: review, hasReview: !review.isEmpty,
            errors: errors, hasErrors: !errors.isEmpty, rejected: rejected, hasRejected: !rejected.isEmpty,
            explainedCount: explainedCount, notExplained: total > explainedCount ? total - explainedCount : nil,
            explanationLimit: explanationLimit, explainedRejectLimit: Self.explainedRejectLimit,
            rejectedNotListed: rejectedNotListed > 0 ? rejectedNotListed : nil,
            listedRejectLimit: Self.listedRejectLimit, explanations: "")
    }
}

// MARK: - Template model (read by Mustache through reflection, so the names are the template's)

extension RecruiterReport {
    struct Page {
        var role: String
        var asOf: String
        var criteriaPath: String
        var criteriaShort: String
        var criteriaSha256: String
        var blind: Bool
        var toolVersion: String
        var top: Int
        var minScore: String
        var reviewBand: String
        var total: Int
        var counts: [CountView]
        var scored: Int
        var histogramWidth: Int
        var histogramHeight: Int
        var bars: [ScoreHistogram.Bar]
        var markerX: Int
        var shortlist: [Row]
        var hasShortlist: Bool
        var review: [Row]
        var hasReview: Bool
        var errors: [Row]
        var hasErrors: Bool
        var rejected: [Row]
        var hasRejected: Bool
        /// Optionals so that Mustache skips their sections when there is nothing to say.
        var explainedCount: Int
        var notExplained: Int?
        var explanationLimit: Int
        var explainedRejectLimit: Int
        var rejectedNotListed: Int?
        var listedRejectLimit: Int
        /// Where the explanations (`ExplainedRecord.writeExplanation`, escaped) go: a marker the page is split at.
        var explanations: String
    }

    struct CountView: Sendable {
        var label: String
        var count: Int
    }

    struct ReasonView: Sendable {
        var rule: String
        var reason: String
    }

    /// One line in a table: the shortlist, the review queue, the rejected or the errors.
    struct Row: Sendable {
        var candidateId: String
        var name: String
        var sourceFile: String
        var decision: String
        var rank: String
        var score: String
        var sortScore: Double
        var reasons: [ReasonView]
        var explained: Bool

        var sortRank: Int { Int(rank) ?? .max }
    }
}

// MARK: - Lookups by name (Mustache would otherwise find each value through reflection, which was half the run)

extension RecruiterReport.Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "role": self.role
        case "asOf": self.asOf
        case "criteriaPath": self.criteriaPath
        case "criteriaShort": self.criteriaShort
        case "criteriaSha256": self.criteriaSha256
        case "blind": self.blind
        case "toolVersion": self.toolVersion
        case "top": self.top
        case "minScore": self.minScore
        case "reviewBand": self.reviewBand
        case "total": self.total
        case "counts": self.counts
        case "scored": self.scored
        case "histogramWidth": self.histogramWidth
        case "histogramHeight": self.histogramHeight
        case "bars": self.bars
        case "markerX": self.markerX
        case "shortlist": self.shortlist
        case "hasShortlist": self.hasShortlist
        case "review": self.review
        case "hasReview": self.hasReview
        case "errors": self.errors
        case "hasErrors": self.hasErrors
        case "rejected": self.rejected
        case "hasRejected": self.hasRejected
        case "explainedCount": self.explainedCount
        case "notExplained": self.notExplained
        case "explanationLimit": self.explanationLimit
        case "rejectedNotListed": self.rejectedNotListed
        case "listedRejectLimit": self.listedRejectLimit
        case "explainedRejectLimit": self.explainedRejectLimit
        case "explanations": self.explanations
        default: nil
        }
    }
}

extension RecruiterReport.CountView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "count": self.count
        default: nil
        }
    }
}

extension RecruiterReport.ReasonView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rule": self.rule
        case "reason": self.reason
        default: nil
        }
    }
}

extension RecruiterReport.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "candidateId": self.candidateId
        case "name": self.name
        case "sourceFile": self.sourceFile
        case "decision": self.decision
        case "rank": self.rank
        case "score": self.score
        case "sortScore": self.sortScore
        case "reasons": self.reasons
        case "explained": self.explained
        case "sortRank": self.sortRank
        default: nil
        }
    }
}

extension ScoreHistogram.Bar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "count": self.count
        case "x": self.x
        case "y": self.y
        case "width": self.width
        case "height": self.height
        case "labelX": self.labelX
        case "countY": self.countY
        case "aboveMinimum": self.aboveMinimum
        default: nil
        }
    }
}
