/// How a run's `--metadata` rows were joined: counted, and every row that matched no resume listed with what it
/// was looked up by — in `manifest.json` and the end-of-run summary, never dropped silently.
public struct MetadataJoin: Codable, Sendable, Hashable {
    /// A metadata row no resume matched.
    public struct UnmatchedRow: Codable, Sendable, Hashable {
        public var line: Int
        public var candidateId: String?
        public var file: String?
        /// `[redacted]` under `--blind`.
        public var email: String?
    }

    public var path: String
    public var sha256: String
    public var rows: Int
    /// Rows joined onto at least one resume.
    public var matchedRows: Int
    public var unmatched: [UnmatchedRow]

    init(_ metadata: ApplicantMetadata, joinedRows: Set<Int>, blind: Bool) {
        path = metadata.path
        sha256 = metadata.sha256
        rows = metadata.rows.count
        matchedRows = joinedRows.count
        unmatched = metadata.rows.indices.filter { !joinedRows.contains($0) }.map { index in
            let fields = metadata.rows[index].fields
            return UnmatchedRow(
                line: metadata.rows[index].line, candidateId: fields["candidate_id"], file: fields["file"],
                email: fields["email"].map { blind ? Redaction.marker : $0 })
        }
    }
}
