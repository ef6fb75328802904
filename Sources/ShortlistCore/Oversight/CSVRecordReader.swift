import Foundation

/// One record of a CSV file and the line it starts on.
struct CSVRecord: Sendable, Hashable {
    /// 1-based line of the file where the record starts.
    var line: Int
    var fields: [String]
}

/// Reads the small CSV files people write by hand or export from a spreadsheet (decisions, demographics), keeping
/// the line each record starts on so every problem can be reported as `FILE:LINE`.
///
/// RFC 4180: comma-separated, fields quoted with `"` (a quote inside written `""`), line breaks allowed inside
/// quotes, CRLF or LF. UTF-8 with or without a byte-order mark. Blank lines are skipped. CSV.swift writes our CSV
/// outputs, but its reader does not say where a record starts, which is what a reviewer needs to fix a file.
enum CSVRecordReader {
    /// The records of the file at `path` (the header is the first one).
    static func read(path: String) throws(OversightError) -> [CSVRecord] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OversightError(FileProblem(file: path, "is a folder (give the CSV file)"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OversightError(
                FileProblem(file: path, "cannot read the file: \(FileProblem.reason(error)) (check the path)"))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw OversightError(
                FileProblem(file: path, "not UTF-8 text (save the file as CSV UTF-8 from your spreadsheet)"))
        }
        return try records(in: text, file: path)
    }

    /// Splits `text` into records. A quote left open or text after a closing quote stops the reading: everything
    /// after it would be read wrongly.
    static func records(in text: String, file: String) throws(OversightError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false
        var quotedAny = false
        var scalars = text.unicodeScalars[...]

        func endRecord() {
            fields.append(field)
            let blank = fields.count == 1 && fields[0].isEmpty && !quotedAny
            if !blank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            afterQuote = false
            quotedAny = false
        }

        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && scalars.first != "\n") { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quotedAny = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                endRecord()
                line += 1
                recordLine = line
            default:
                if afterQuote || scalar == "\"" {
                    throw OversightError(
                        FileProblem(
                            file: file, line: line,
                            "a quote in the middle of a field (quote the whole field and write a quote inside it as \"\")"
                        ))
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw OversightError(
                FileProblem(
                    file: file, line: recordLine,
                    "a quoted field is never closed (add the closing quote; write a quote inside a field as \"\")"))
        }
        if !field.isEmpty || !fields.isEmpty || quotedAny { endRecord() }
        return records
    }
}
