import CSV
import Foundation

/// Writes an ATS import spreadsheet the way `shortlist.csv` is written: RFC 4180 through CSV.swift (CRLF, quoted
/// as needed), UTF-8, and every cell a spreadsheet would execute neutralized.
enum ExportCSV {
    /// - Parameter phoneColumn: the index of the phone column, whose `+44 20 …` numbers stay as written.
    static func render(header: [String], rows: [[String]], phoneColumn: Int?) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(
                row: row.enumerated().map { ShortlistCSV.neutralized($1, phoneColumn: $0 == phoneColumn) })
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])  // RFC 4180: every record ends with CRLF
        return data
    }
}
