import Foundation
import Testing

/// A name that a spreadsheet would run as a formula reaches `shortlist.csv` neutralized with a leading `'`.
@Suite struct SpreadsheetInjectionTests {
    static let formulas = [
        #"=HYPERLINK("http://x","y")"#,
        "@SUM(1+1)",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
    ]

    @Test func formulaInANameLineIsNeutralizedInTheShortlist() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "formula")
        defer { temporary.remove() }
        let input = try temporary.folder("in")
        // A strong resume (it is shortlisted as written) with the name heading replaced by a formula.
        let template = try String(
            contentsOf: role.resumes.appendingPathComponent("01-jose-nunez.html"), encoding: .utf8)
        try #require(template.contains("<h1>José Núñez</h1>"))
        for (index, formula) in Self.formulas.enumerated() {
            let escaped = formula.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            let html = template.replacingOccurrences(of: "<h1>José Núñez</h1>", with: "<h1>\(escaped)</h1>")
                .replacingOccurrences(of: "<title>José Núñez", with: "<title>\(escaped)")
            try html.write(to: input.appendingPathComponent("formula-\(index).html"), atomically: true, encoding: .utf8)
        }
        let out = RunOutput(folder: temporary.path("out"))

        let result = try await ShortlistCommand.screen([input], criteria: role.criteria, out: out.folder)
        try #require(result.exitCode == 0, "\(result)")

        let records = try out.shortlist().records
        for (index, formula) in Self.formulas.enumerated() {
            let row = try #require(
                records.first { $0["source_file"] == "in/formula-\(index).html" },
                "formula-\(index).html is not shortlisted or in review")
            #expect(row["name"] == "'" + formula, "name cell for \(formula)")
            // The raw JSON keeps the name as written: only the spreadsheet export is neutralized.
            #expect(try out.result(for: "in/formula-\(index).html")?.candidate?.name == formula)
        }
        // `+` and `-` are left out here on purpose: phone numbers such as `+34 555 010 482` stay as written.
        for record in records {
            for (column, cell) in record {
                #expect(
                    !["=", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""),
                    "\(column) cell starts like a formula: \(cell)")
            }
        }
    }
}
