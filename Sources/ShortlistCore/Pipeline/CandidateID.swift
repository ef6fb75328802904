import Crypto

/// Candidate ids: `c_` + the first 12 hex digits of SHA-256 of the file's key (its path relative to the parent of
/// the input root). The same file in the same place always gets the same id, on any machine.
enum CandidateID {
    static func make(from key: String) -> String {
        let digest = SHA256.hash(data: Array(key.utf8))
        let hex = digest.prefix(6).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }
        return "c_" + hex.joined()
    }
}
