/// Adverse impact of one run on groups of candidates, the way NYC Local Law 144 bias audits measure it: for each
/// category column on its own and for all of them combined (intersectionally), each group's selection rate and
/// scoring rate, and their impact ratios against the group with the highest rate.
///
/// - *Selected* means the machine's decision is `shortlist`.
/// - *Selection rate* = selected / candidates in the group.
/// - *Scoring rate* = candidates in the group whose score is above the median score of all scored candidates in the
///   run / candidates in the group (a candidate without a score, an unreadable file, is not above it).
/// - *Impact ratio* = the group's rate / the highest rate among the table's known groups. Below 0.8 (the
///   four-fifths rule) it is flagged.
/// - *Unknown* (no row in the demographics file, or an empty, `unknown` or `declined` value) is counted and shown
///   but left out of the comparison; in the combined table a candidate unknown in any column is Unknown.
/// - A group of fewer than 5 candidates or under 2% of the audited candidates (the share below which LL144 lets
///   an auditor leave a category out) is marked small: its rates move a lot with one person. It stays in the
///   comparison.
public struct AdverseImpact: Sendable {
    /// Flagged below this impact ratio.
    public static let fourFifths = 0.8
    /// A known group with fewer candidates than this is small.
    public static let smallGroupCount = 5
    /// A known group with a smaller share of the audited candidates than this many percent is small.
    public static let smallGroupPercent = 2

    /// One candidate as the audit sees it.
    public struct Candidate: Sendable, Hashable {
        public var candidateId: String
        public var selected: Bool
        public var score: Double?
        /// One value per category column; nil when unknown.
        public var values: [String?]

        public init(candidateId: String, selected: Bool, score: Double?, values: [String?]) {
            self.candidateId = candidateId
            self.selected = selected
            self.score = score
            self.values = values
        }
    }

    /// One group of a table and its metrics.
    public struct Group: Sendable, Hashable {
        /// `Female`, or `Female × Asian` in the combined table, or `Unknown`.
        public var name: String
        public var isUnknown: Bool
        public var count: Int
        /// count / audited candidates.
        public var share: Double
        public var selected: Int
        public var selectionRate: Double
        /// nil for Unknown, and when no known group was selected at all.
        public var selectionImpactRatio: Double?
        public var aboveMedian: Int
        public var scoringRate: Double
        /// nil for Unknown, and when no known group scored above the median.
        public var scoringImpactRatio: Double?
        /// Selection impact ratio below 0.8.
        public var selectionFlagged: Bool
        /// Scoring impact ratio below 0.8.
        public var scoringFlagged: Bool
        /// Fewer than 5 candidates or under 2% of the audited candidates (known groups only).
        public var isSmall: Bool
    }

    /// The groups of one category column, or of all columns combined.
    public struct Table: Sendable, Hashable {
        /// `sex`, or `sex × race_ethnicity` for the combined table.
        public var category: String
        /// Known groups by name, then Unknown (when anyone is unknown).
        public var groups: [Group]
        /// The known group with the highest selection rate (first by name on a tie), if any was selected.
        public var highestSelection: String?
        /// The known group with the highest scoring rate, if any scored above the median.
        public var highestScoring: String?
    }

    public var audited: Int
    /// Candidates with a score; the median is theirs.
    public var scored: Int
    /// The median score of every scored candidate in the run (the mean of the two middle scores for an even count).
    public var medianScore: Double?
    /// One table per category column, in the file's order, then the combined table when there are two or more.
    public var tables: [Table]

    /// Computes every table.
    /// - Parameters:
    ///   - candidates: the audited candidates.
    ///   - categories: the category column names, one per entry of each candidate's `values`.
    ///   - medianOver: the scores the median is taken over (every scored candidate in the run).
    /// - Complexity: O(n log n) for n candidates.
    public init(candidates: [Candidate], categories: [String], medianOver scores: [Double]) {
        audited = candidates.count
        scored = scores.count
        medianScore = Self.median(scores)
        var tables: [Table] = []
        for (index, category) in categories.enumerated() {
            tables.append(
                Self.table(category, candidates: candidates, audited: audited, median: medianScore) {
                    $0.values[index].map { [$0] }
                })
        }
        if categories.count > 1 {
            tables.append(
                Self.table(
                    categories.joined(separator: " × "), candidates: candidates, audited: audited, median: medianScore
                ) { candidate in
                    let known = candidate.values.compactMap { $0 }
                    return known.count == candidate.values.count ? known : nil
                })
        }
        self.tables = tables
    }

    /// Every flagged impact ratio, table by table.
    public var flaggedGroups: [(table: Table, group: Group)] {
        tables.flatMap { table in
            table.groups.filter { $0.selectionFlagged || $0.scoringFlagged }.map { (table, $0) }
        }
    }

    static func median(_ scores: [Double]) -> Double? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Groups candidates by `key` (nil: Unknown) and computes the metrics. Ratios are compared with 0.8 in exact
    /// integer arithmetic, so a ratio of exactly 4/5 is never flagged by a rounding error.
    private static func table(
        _ category: String, candidates: [Candidate], audited: Int, median: Double?, key: (Candidate) -> [String]?
    ) -> Table {
        struct Tally {
            var count = 0
            var selected = 0
            var aboveMedian = 0
        }
        var known: [[String]: Tally] = [:]
        var unknown = Tally()
        for candidate in candidates {
            var above = false
            if let median, let score = candidate.score { above = score > median }
            func add(_ tally: inout Tally) {
                tally.count += 1
                if candidate.selected { tally.selected += 1 }
                if above { tally.aboveMedian += 1 }
            }
            if let key = key(candidate) { add(&known[key, default: Tally()]) } else { add(&unknown) }
        }
        // By name, case-insensitively, column by column; the exact spelling breaks ties.
        let names = known.keys.sorted { lhs, rhs in
            let lower = (lhs.map { $0.lowercased() }, rhs.map { $0.lowercased() })
            if lower.0 != lower.1 { return lower.0.lexicographicallyPrecedes(lower.1) }
            return lhs.lexicographicallyPrecedes(rhs)
        }
        // The highest rate a / c, first in name order on a tie: compare a1 × c2 with a2 × c1.
        func highest(_ numerator: (Tally) -> Int) -> [String]? {
            var best: [String]?
            for name in names {
                let tally = known[name]!
                guard numerator(tally) > 0 else { continue }
                if let current = best {
                    let reference = known[current]!
                    if numerator(tally) * reference.count > numerator(reference) * tally.count { best = name }
                } else {
                    best = name
                }
            }
            return best
        }
        let bestSelection = highest(\.selected)
        let bestScoring = highest(\.aboveMedian)

        func group(_ name: String, _ tally: Tally, isUnknown: Bool) -> Group {
            func ratio(_ numerator: (Tally) -> Int, against best: [String]?) -> (Double?, Bool) {
                guard !isUnknown, let best, let reference = known[best] else { return (nil, false) }
                let top = numerator(tally) * reference.count
                let bottom = tally.count * numerator(reference)
                return (Double(top) / Double(bottom), 5 * top < 4 * bottom)
            }
            let (selectionRatio, selectionFlag) = ratio(\.selected, against: bestSelection)
            let (scoringRatio, scoringFlag) = ratio(\.aboveMedian, against: bestScoring)
            let share = audited > 0 ? Double(tally.count) / Double(audited) : 0
            return Group(
                name: name, isUnknown: isUnknown, count: tally.count, share: share, selected: tally.selected,
                selectionRate: tally.count > 0 ? Double(tally.selected) / Double(tally.count) : 0,
                selectionImpactRatio: selectionRatio, aboveMedian: tally.aboveMedian,
                scoringRate: tally.count > 0 ? Double(tally.aboveMedian) / Double(tally.count) : 0,
                scoringImpactRatio: scoringRatio, selectionFlagged: selectionFlag, scoringFlagged: scoringFlag,
                isSmall: !isUnknown
                    && (tally.count < smallGroupCount || tally.count * 100 < smallGroupPercent * audited))
        }
        var groups = names.map { group($0.joined(separator: " × "), known[$0]!, isUnknown: false) }
        if unknown.count > 0 { groups.append(group("Unknown", unknown, isUnknown: true)) }
        return Table(
            category: category, groups: groups, highestSelection: bestSelection?.joined(separator: " × "),
            highestScoring: bestScoring?.joined(separator: " × "))
    }
}
