import CSV
import Foundation

/// `identities.csv` (`screen --blind --identities FILE`): candidate id → the contact details and source file that
/// blind screening removed, for after the decision. Written outside `--out`, so screeners never see it.
enum IdentitiesCSV {
    static let header = ["candidate_id", "source_file", "name", "email", "phone", "location", "links"]

    struct Row {
        var candidateID: String
        var sourceFile: String
        var contact: Contact?
    }

    /// One row per input file, in the order of `results.jsonl`; cells neutralized like `shortlist.csv`'s.
    static func render(_ rows: [Row]) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            let contact = row.contact ?? Contact()
            try writer.write(
                row: [
                    row.candidateID, row.sourceFile, contact.name ?? "", contact.email ?? "", contact.phone ?? "",
                    contact.location ?? "", contact.links.joined(separator: " "),
                ].enumerated().map { ShortlistCSV.neutralized($1, phoneColumn: $0 == 4) })
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }

    /// Writes the file atomically. Where it may go (outside `--out`) is checked before the run starts, by
    /// `ScreeningRun.checkIdentitiesPath`.
    static func write(_ rows: [Row], to path: String) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        do {
            try render(rows).write(to: target, options: .atomic)
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
    }
}
