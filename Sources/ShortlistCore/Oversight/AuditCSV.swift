import CSV
import Foundation

/// `audit.csv`: one row per group of every table, with all the metrics and flags, for a spreadsheet or another
/// tool. RFC 4180 (CRLF) via CSV.swift, UTF-8; group names come from the demographics file, so cells a spreadsheet
/// would execute are neutralized as in `shortlist.csv`.
enum AuditCSV {
    static let header = [
        "category", "group", "count", "share_of_audited", "selected", "selection_rate", "selection_impact_ratio",
        "above_median", "scoring_rate", "scoring_impact_ratio", "flags",
    ]

    /// Rates, shares and ratios to four decimals; empty ratio cells for Unknown and when nobody in the table was
    /// selected (or scored above the median). Flags, `;`-separated: `selection_impact_below_0.8`,
    /// `scoring_impact_below_0.8`, `small_group`, `unknown_not_compared`.
    static func render(_ report: AuditReport) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for table in report.impact.tables {
            for group in table.groups {
                var flags: [String] = []
                if group.selectionFlagged { flags.append("selection_impact_below_0.8") }
                if group.scoringFlagged { flags.append("scoring_impact_below_0.8") }
                if group.isSmall { flags.append("small_group") }
                if group.isUnknown { flags.append("unknown_not_compared") }
                try writer.write(row: [
                    ShortlistCSV.neutralized(table.category), ShortlistCSV.neutralized(group.name), String(group.count),
                    decimal(group.share), String(group.selected), decimal(group.selectionRate),
                    group.selectionImpactRatio.map(decimal) ?? "", String(group.aboveMedian),
                    decimal(group.scoringRate), group.scoringImpactRatio.map(decimal) ?? "",
                    flags.joined(separator: ";"),
                ])
            }
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])  // RFC 4180: every record ends with CRLF
        return data
    }

    static func decimal(_ value: Double) -> String { String(format: "%.4f", value) }
}
