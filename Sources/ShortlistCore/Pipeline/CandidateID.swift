/// Candidate ids: `c_` + the first 12 hex digits of SHA-256 of the file's key (its path relative to the parent of
/// the input root). The same file in the same place always gets the same id, on any machine.
enum CandidateID {
    static func make(from key: String) -> String {
        "c_" + SHA256Digest.hex(key.utf8).prefix(12)
    }
}
