/// `--shard I/N`: screen only the inputs whose candidate id falls in partition I of N (0-based), so N machines can
/// share a dump and `shortlist merge` can combine their results.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    /// Parses `I/N` with 0 ≤ I < N; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000,
            index >= 0, index < count
        else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether this shard screens the candidate: the first 12 hex digits of the candidate id (themselves from
    /// SHA-256 of the file's key) modulo the shard count. Stable across machines, runs and input order.
    func contains(candidateID: String) -> Bool {
        Self.partition(of: candidateID, count: count) == index
    }

    static func partition(of candidateID: String, count: Int) -> Int {
        let hex = candidateID.dropFirst(2)
        return Int((UInt64(hex, radix: 16) ?? 0) % UInt64(count))
    }
}
