import Foundation

/// One line of a decisions ledger: a reviewer's decision on one candidate of one run, what the machine had said,
/// and the SHA-256 that chains it to the line before.
///
/// The line is compact JSON with its members in a fixed order, so the same entry always has the same bytes.
/// `sha256` is the SHA-256 of the line with its final `,"sha256":"…"` member removed, so anyone can check it with
/// standard tools:
///
///     sed -n 3p decisions.ledger.jsonl | sed 's/,"sha256":"[0-9a-f]*"}$/}/' | tr -d '\n' | sha256sum
public struct LedgerEntry: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    /// The run a decision was made against.
    public struct Run: Sendable, Hashable, Codable {
        /// SHA-256 of the run's `manifest.json`: the run's identity.
        public var manifestSha256: String
        /// SHA-256 of the criteria file the run used: the criteria version.
        public var criteriaSha256: String
        public var role: String
        /// The run folder's absolute path when the decision was recorded.
        public var runDir: String

        public init(manifestSha256: String, criteriaSha256: String, role: String, runDir: String) {
            self.manifestSha256 = manifestSha256
            self.criteriaSha256 = criteriaSha256
            self.role = role
            self.runDir = runDir
        }
    }

    /// What identifies "the same decision" across entries: one candidate in one run.
    public struct Key: Sendable, Hashable {
        public var manifestSha256: String
        public var candidateId: String
    }

    public var schemaVersion: Int
    /// 1-based position in the ledger; equal to the line number.
    public var seq: Int
    /// `sha256` of the entry before; nil for the first entry.
    public var prev: String?
    /// ISO 8601, UTC, to the second.
    public var recordedAt: String
    public var reviewer: String
    public var candidateId: String
    public var decision: HumanDecision
    public var reason: String?
    /// `seq` of the entry this one replaces as the current decision on the candidate in this run, if any.
    public var supersedes: Int?
    public var run: Run
    public var machine: MachineVerdict
    public var sha256: String

    public var key: Key { Key(manifestSha256: run.manifestSha256, candidateId: candidateId) }

    /// A new entry with its `sha256` computed.
    init(
        seq: Int, prev: String?, recordedAt: String, reviewer: String, candidateId: String, decision: HumanDecision,
        reason: String?, supersedes: Int?, run: Run, machine: MachineVerdict
    ) {
        schemaVersion = Self.schemaVersion
        self.seq = seq
        self.prev = prev
        self.recordedAt = recordedAt
        self.reviewer = reviewer
        self.candidateId = candidateId
        self.decision = decision
        self.reason = reason
        self.supersedes = supersedes
        self.run = run
        self.machine = machine
        sha256 = ""
        sha256 = SHA256Digest.hex(contentBytes())
    }

    /// The canonical bytes of every member but `sha256`: what `sha256` is computed over.
    func contentBytes() -> [UInt8] {
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        json.member("schema_version", schemaVersion)
        json.member("seq", seq)
        json.member("prev", prev)
        json.member("recorded_at", recordedAt)
        json.member("reviewer", reviewer)
        json.member("candidate_id", candidateId)
        json.member("decision", decision.rawValue)
        json.member("reason", reason)
        json.member("supersedes", supersedes)
        json.key("run")
        json.beginObject()
        json.member("manifest_sha256", run.manifestSha256)
        json.member("criteria_sha256", run.criteriaSha256)
        json.member("role", run.role)
        json.member("run_dir", run.runDir)
        json.endObject()
        json.key("machine")
        json.beginObject()
        json.member("decision", machine.decision.rawValue)
        json.member("score", machine.score)
        json.member("rank", machine.rank)
        json.member("rules", strings: machine.rules)
        json.member("total_weight", machine.totalWeight)
        json.member("criteria_not_listed", machine.criteriaNotListed)
        json.key("criteria")
        json.beginArray()
        for criterion in machine.criteria {
            json.beginObject()
            json.member("id", criterion.id)
            json.member("met", criterion.met)
            json.member("required", criterion.required)
            json.member("weight", criterion.weight)
            json.member("credit", criterion.credit)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
        return json.bytes
    }

    /// The ledger line, without its newline.
    func lineBytes() -> [UInt8] {
        contentBytes().dropLast() + Array(#","sha256":""#.utf8) + Array(sha256.utf8) + Array(#""}"#.utf8)
    }

    /// `,"sha256":"` + 64 hex digits + `"}` ends every line.
    private static let sealLength = 11 + 64 + 2

    /// Reads and checks one ledger line on its own: its shape, its `sha256`, and that it is written exactly as
    /// Shortlist writes it. The chain (`seq`, `prev`, `supersedes`) is checked by ``DecisionLedger``.
    static func parse(_ line: ArraySlice<UInt8>, file: String, number: Int) throws(FileProblem) -> LedgerEntry {
        let restore = "restore the ledger from a backup; never edit it by hand"
        let bytes = Array(line)
        let sealStart = bytes.count - sealLength
        guard sealStart > 1, bytes[sealStart..<(sealStart + 11)].elementsEqual(#","sha256":""#.utf8),
            bytes.suffix(2).elementsEqual(#""}"#.utf8)
        else {
            throw FileProblem(file: file, line: number, "not a ledger entry: no sha256 at the end (\(restore))")
        }
        let recorded = String(decoding: bytes[(sealStart + 11)..<(bytes.count - 2)], as: UTF8.self)
        let content = bytes[..<sealStart] + [0x7D]
        guard SHA256Digest.hex(content) == recorded else {
            throw FileProblem(
                file: file, line: number,
                "the entry does not match its sha256: it was changed after it was recorded (\(restore))")
        }
        let entry: LedgerEntry
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            entry = try decoder.decode(LedgerEntry.self, from: Data(bytes))
        } catch {
            throw FileProblem(file: file, line: number, "not a ledger entry Shortlist can read (\(restore))")
        }
        guard entry.schemaVersion == schemaVersion else {
            throw FileProblem(
                file: file, line: number,
                "schema_version \(entry.schemaVersion) is not \(schemaVersion) (use the Shortlist version that wrote "
                    + "the ledger)")
        }
        guard entry.lineBytes() == bytes else {
            throw FileProblem(
                file: file, line: number, "the entry is not written the way Shortlist writes entries (\(restore))")
        }
        return entry
    }
}
