/// The distribution of scores in ten 10-point buckets, laid out as an inline SVG bar chart for `report.html`.
struct ScoreHistogram {
    /// One bar: the bucket's label, its count, and its geometry in the SVG's coordinate space.
    struct Bar: Sendable {
        var label: String
        var count: Int
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        var labelX: Int
        var countY: Int
        /// Bars at or above the shortlist's minimum score are drawn in the accent colour.
        var aboveMinimum: Bool
    }

    static let width = 640
    static let height = 220
    private static let plotTop = 24
    private static let plotBottom = 190
    private static let left = 20
    private static let barWidth = 52
    private static let gap = 8

    private(set) var counts = [Int](repeating: 0, count: 10)

    /// Counts a score in [0, 100]; 100 falls in the last bucket.
    mutating func add(_ score: Double) {
        counts[min(9, max(0, Int(score / 10)))] += 1
    }

    var total: Int { counts.reduce(0, +) }

    /// The bars, scaled so the fullest bucket reaches the top of the plot.
    func bars(minScore: Double) -> [Bar] {
        let tallest = max(1, counts.max() ?? 1)
        let plotHeight = Self.plotBottom - Self.plotTop
        return counts.enumerated().map { bucket, count in
            let height = count == 0 ? 0 : max(2, plotHeight * count / tallest)
            let x = Self.left + bucket * (Self.barWidth + Self.gap)
            return Bar(
                label: bucket == 9 ? "90–100" : "\(bucket * 10)–\(bucket * 10 + 9)", count: count, x: x,
                y: Self.plotBottom - height, width: Self.barWidth, height: height, labelX: x + Self.barWidth / 2,
                countY: Self.plotBottom - height - 6, aboveMinimum: Double(bucket * 10) >= minScore)
        }
    }

    /// The x position of the minimum-score marker.
    func markerX(minScore: Double) -> Int {
        let clamped = min(100, max(0, minScore))
        return Self.left + Int((clamped / 10 * Double(Self.barWidth + Self.gap)).rounded())
    }
}
