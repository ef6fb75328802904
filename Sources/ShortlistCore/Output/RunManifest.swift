import Foundation

/// `manifest.json`: the audit record of a run — what was screened, against which criteria, with which options,
/// what came out, and how long it took.
public struct RunManifest: Codable, Sendable {
    public struct Options: Codable, Sendable {
        public var asOf: String
        public var jobs: Int
        public var blind: Bool
        public var top: Int
        public var minScore: Double
        public var reviewBand: Double
    }

    /// How a merged run was split: `shortlist screen --shard I/N` runs combined by `shortlist merge`.
    public struct Shards: Codable, Sendable {
        public var count: Int
        /// The shard folders as given to `merge`, in shard order.
        public var folders: [String]
    }

    public var tool: String
    public var toolVersion: String
    public var schemaVersion: Int
    public var role: String
    public var criteriaPath: String
    public var criteriaSha256: String
    public var options: Options
    public var inputs: [String]
    public var fileCount: Int
    public var counts: [String: Int]
    public var startedAt: String
    public var finishedAt: String
    public var durationSeconds: Double
    public var resumesPerSecond: Double
    public var outputs: [String]
    /// Only in merged runs.
    public var shards: Shards?
    /// The `--metadata` join, absent without `--metadata`.
    public var metadata: MetadataJoin?

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func read(from url: URL) throws -> RunManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RunManifest.self, from: Data(contentsOf: url))
    }
}
