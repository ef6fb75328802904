import Foundation

/// The folder a `screen --shard I/N` run writes: everything ranking needs, before ranking (which is global).
///
/// - `shard.json`: which shard, the criteria SHA-256 and the options every shard must share;
/// - `criteria.yaml`: the criteria file as screened, so `merge` needs nothing but the shard folders;
/// - `shard.jsonl`: one line per input in key order: the entry (id, key, score, provisional decision and rules,
///   duplicate fingerprint, identity for blind runs) followed by `"body":{…}`, the encoded explanation exactly as a
///   single-machine run writes it, so merged outputs are byte-identical.
enum ShardResult {
    static let manifestName = "shard.json"
    static let linesName = "shard.jsonl"
    static let criteriaName = "criteria.yaml"
    static let metadataName = "metadata.csv"
    private static let bodyMarker = Array(#","body":{"#.utf8)

    /// `shard.json`.
    struct Manifest: Codable, Sendable, Equatable {
        var tool: String
        var toolVersion: String
        var schemaVersion: Int
        var shardIndex: Int
        var shardCount: Int
        var role: String
        var criteriaPath: String
        var criteriaSha256: String
        var asOf: String
        var blind: Bool
        /// `--top` as given (nil: the criteria file's).
        var top: Int?
        /// `--export` formats, written by `merge`.
        var exports: [String]
        var jobs: Int
        var inputs: [String]
        /// Inputs this shard screened, and inputs found in all.
        var fileCount: Int
        var totalFileCount: Int
        /// `--metadata` as given and the SHA-256 of its bytes (copied into the shard folder as `metadata.csv`).
        var metadataPath: String?
        var metadataSha256: String?
        /// The metadata rows (0-based) this shard joined onto a resume; `merge` unites them.
        var metadataJoinedRows: [Int]?

        /// The fields every shard of one run must agree on.
        var runIdentity: [String] {
            [
                toolVersion, String(schemaVersion), String(shardCount), criteriaSha256, asOf, String(blind),
                top.map(String.init) ?? "-", exports.joined(separator: ","), metadataSha256 ?? "-",
                inputs.joined(separator: "\u{1F}"),
                String(totalFileCount),
            ]
        }
    }

    /// One line's entry (everything but the body).
    struct Line: Codable {
        var key: String
        var candidateId: String
        var score: Double?
        var provisional: Decision?
        var rules: [FiredRule]
        var email: String?
        var phone: String?
        /// The SimHash as 16 hex digits (JSON numbers would lose bits above 2^53 in other readers).
        var textHash: String?
        var hasFingerprint: Bool
        var identity: Contact?
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// One `shard.jsonl` line for a screened candidate, its record (key, rules, identity) and its encoded body,
    /// newline included.
    static func line(
        for candidate: ScreenedCandidate, record: SpilledRecord, body: [UInt8], encoder: JSONEncoder
    ) throws -> [UInt8] {
        let line = Line(
            key: record.key, candidateId: candidate.candidateID, score: candidate.score,
            provisional: candidate.provisional?.decision, rules: record.rules, email: candidate.fingerprint?.email,
            phone: candidate.fingerprint?.phone,
            textHash: candidate.fingerprint?.textHash.map { String($0, radix: 16) },
            hasFingerprint: candidate.fingerprint != nil, identity: record.identity)
        var bytes = Array(try encoder.encode(line))
        bytes.removeLast()  // the closing brace: the body member follows
        return bytes + bodyMarker + body + [0x7D, 0x7D, 0x0A]
    }

    /// One parsed `shard.jsonl` line.
    struct Parsed {
        var candidateID: String
        var score: Double?
        var provisional: Decision?
        var fingerprint: DuplicateFingerprint?
        var record: SpilledRecord
        var body: ArraySlice<UInt8>
    }

    /// Splits a `shard.jsonl` line (without newline) into its members and body.
    static func parse(_ line: ArraySlice<UInt8>, decoder: JSONDecoder) throws -> Parsed {
        // The marker cannot occur inside a JSON string (its quotes would be escaped), so the first one ends the entry.
        guard let markerStart = firstIndex(of: bodyMarker, in: line), line.count >= 2,
            line[line.index(before: line.endIndex)] == 0x7D
        else { throw ShardLineError() }
        let meta = Array(line[line.startIndex..<markerStart]) + [0x7D]
        let body = line[(markerStart + bodyMarker.count)..<(line.endIndex - 2)]
        let decoded = try decoder.decode(Line.self, from: Data(meta))
        let fingerprint =
            decoded.hasFingerprint
            ? DuplicateFingerprint(
                email: decoded.email, phone: decoded.phone, textHash: decoded.textHash.flatMap { UInt64($0, radix: 16) }
            )
            : nil
        return Parsed(
            candidateID: decoded.candidateId, score: decoded.score, provisional: decoded.provisional,
            fingerprint: fingerprint,
            record: SpilledRecord(key: decoded.key, rules: decoded.rules, identity: decoded.identity), body: body)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    struct ShardLineError: Error {}
}
