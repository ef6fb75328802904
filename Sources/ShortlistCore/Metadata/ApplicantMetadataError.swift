/// Why `--metadata FILE.csv` cannot be used; the run stops before anything is screened. Reads as
/// `applicants.csv:7: 3 fields where the header has 5 …`.
public struct ApplicantMetadataError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line, or nil for a problem with the whole file (it cannot be read).
    public var line: Int?
    public var reason: String

    public var description: String {
        path + (line.map { ":\($0)" } ?? "") + ": " + reason
    }
}
