/// A small RFC 4180 reader for checking `shortlist.csv`: comma-separated, CRLF (or LF) records, fields quoted with
/// `"` and `""` for a quote inside, line breaks allowed inside quotes.
struct CSVTable: Sendable {
    var header: [String]
    var rows: [[String]]

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    init(parsing text: String) throws {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var afterQuote = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw FormatError(description: "a quote inside an unquoted field in record \(records.count + 1)")
                }
                inQuotes = true
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if scalar == "\r", characters.first == "\n" { characters.removeFirst() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                afterQuote = false
            default:
                guard !afterQuote else {
                    throw FormatError(description: "text after a closing quote in record \(records.count + 1)")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !inQuotes else { throw FormatError(description: "an unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        guard let header = records.first else { throw FormatError(description: "no header row") }
        self.header = header
        rows = Array(records.dropFirst())
        for (index, row) in rows.enumerated() where row.count != header.count {
            throw FormatError(description: "record \(index + 2) has \(row.count) fields, the header \(header.count)")
        }
    }

    /// The rows as column name → cell.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The given columns of every row, joined with " | ": a compact view for diffs and reports.
    func summary(_ columns: [String]) -> [String] {
        records.map { record in columns.map { record[$0] ?? "?" }.joined(separator: " | ") }
    }
}
