import Foundation

/// `exports/lever.csv`: the shortlisted candidates as a Lever bulk candidate import.
///
/// Lever's conventions: one full name (Lever does not split names), multiple tags or sources separated by a comma
/// without a space, multiple links by a comma and a space, and an Origin from Lever's fixed list.
enum LeverExport {
    static let fileName = "lever.csv"

    static let header = [
        "Full Name", "Email", "Phone", "Location", "Links", "Stage", "Origin", "Sources", "Tags", "Notes",
    ]

    /// The candidates applied for the role: an applicant dump, not a sourcing list.
    static let origin = "Applied"
    /// Lever's default first stage for applicants; rename it if your pipeline calls it something else.
    static let stage = "New applicant"
    static let sources = ["Shortlist"]

    static func render(_ candidates: [ExportedCandidate], context: ExportContext) throws -> Data {
        let rows = candidates.map { candidate in
            [
                candidate.name.full, candidate.email ?? "", candidate.phone ?? "", candidate.location ?? "",
                candidate.links.map(\.url).joined(separator: ", "), stage, origin, sources.joined(separator: ","),
                candidate.tags.joined(separator: ","), candidate.note(context: context),
            ]
        }
        return try ExportCSV.render(header: header, rows: rows, phoneColumn: header.firstIndex(of: "Phone"))
    }
}
