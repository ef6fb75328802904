import Foundation

/// `exports/greenhouse.csv`: the shortlisted candidates as a Greenhouse Recruiting bulk-import spreadsheet.
///
/// The headings are Greenhouse's default import fields, so its "map columns" step matches them by name. Company and
/// Title are left out because a screen does not establish them; Greenhouse needs First Name, Last Name and Job.
enum GreenhouseExport {
    static let fileName = "greenhouse.csv"

    static let header = [
        "First Name", "Last Name", "Email", "Phone", "Social Media", "Website", "Address", "Source", "Job", "Tags",
        "Notes",
    ]

    /// Greenhouse's Source for every row; map it to one of your sources in the import's mapping step.
    static let source = "Shortlist"

    static func render(_ candidates: [ExportedCandidate], context: ExportContext) throws -> Data {
        let rows = candidates.map { candidate in
            [
                candidate.name.given, candidate.name.family, candidate.email ?? "", candidate.phone ?? "",
                candidate.links.filter(\.isSocialMedia).map(\.url).joined(separator: ", "),
                candidate.links.filter { !$0.isSocialMedia }.map(\.url).joined(separator: ", "),
                candidate.location ?? "", source, context.role, candidate.tags.joined(separator: ","),
                candidate.note(context: context),
            ]
        }
        return try ExportCSV.render(header: header, rows: rows, phoneColumn: header.firstIndex(of: "Phone"))
    }
}
