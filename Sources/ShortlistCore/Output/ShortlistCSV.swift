import CSV
import Foundation

/// `shortlist.csv`: one row per shortlisted or review candidate, for ATS import. RFC 4180 (CRLF, quoted as
/// needed) via CSV.swift, UTF-8, and every cell a spreadsheet would execute neutralized.
enum ShortlistCSV {
    static let header = [
        "rank", "decision", "score", "candidate_id", "name", "email", "phone", "source_file", "reasons",
    ]

    struct Row {
        var rank: Int?
        var decision: Decision
        var score: Double?
        var candidateID: String
        var contact: Contact?
        var sourceFile: String
        var reasons: [String]
    }

    static func render(_ rows: [Row]) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: [
                row.rank.map(String.init) ?? "", row.decision.rawValue, row.score.map(Evaluator.format) ?? "",
                neutralized(row.candidateID), neutralized(row.contact?.name ?? ""),
                neutralized(row.contact?.email ?? ""), neutralized(row.contact?.phone ?? "", phoneColumn: true),
                neutralized(row.sourceFile), neutralized(row.reasons.joined(separator: "; ")),
            ])
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])  // RFC 4180: every record ends with CRLF
        return data
    }

    /// Prefixes `'` to a cell that starts with `=`, `+`, `-`, `@`, tab or CR (or their fullwidth forms), so
    /// spreadsheets show it as text. In the phone column only, a number such as `+1 (555) 010-4477` (only digits,
    /// spaces and `().-` after the sign) is left as written: it cannot name a function or a cell.
    static func neutralized(_ cell: String, phoneColumn: Bool = false) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        guard ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"].contains(first) else {
            return cell
        }
        let rest = cell.unicodeScalars.dropFirst()
        let phoneLike =
            phoneColumn && (first == "+" || first == "-") && rest.contains { ("0"..."9").contains($0) }
            && rest.allSatisfy { ("0"..."9").contains($0) || " ().-".unicodeScalars.contains($0) }
        return phoneLike ? cell : "'" + cell
    }
}
