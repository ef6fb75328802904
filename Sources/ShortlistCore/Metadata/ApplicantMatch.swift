/// The ATS metadata row joined onto one candidate: the `applicant` member of `results.jsonl`.
public struct ApplicantMatch: Sendable, Hashable, Codable {
    /// How the row was found: `candidate_id`, `file` or `email`.
    public var matchedBy: String
    /// The row's 1-based line in the metadata file.
    public var line: Int
    /// The row's non-empty cells by column name (header names lowercased, spaces and hyphens as `_`). With `--blind`
    /// every column except the non-identifying ones (`ApplicantMetadata.blindSafeColumns`) reads `[redacted]`.
    public var fields: [String: String]

    /// The name the ATS holds: `name`, `full_name`, or `first_name` and `last_name`.
    var name: String? {
        if let name = fields["name"] ?? fields["full_name"] { return name }
        let parts = [fields["first_name"], fields["last_name"]].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The e-mail address the ATS holds.
    var email: String? { fields["email"] }
}
