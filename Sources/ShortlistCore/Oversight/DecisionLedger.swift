import Foundation

/// The decisions ledger: an append-only JSON Lines file of reviewers' decisions, each entry chained to the one
/// before by its SHA-256, so that any change to a recorded line, or a line removed, inserted or reordered, is found
/// on the next read.
///
/// One ledger may span several runs of a role. The latest entry for a candidate in a run is the current decision;
/// earlier ones stay in the file, superseded. The chain shows that nothing was changed *inside* the file; to show
/// that nothing was cut off its end, keep the `tip` (the last entry's `sha256`) somewhere else, such as a ticket.
public struct DecisionLedger: Sendable {
    /// The name of the ledger inside a run folder when `--ledger` is not given.
    public static let defaultName = "decisions.ledger.jsonl"

    /// The ledger file as it was named on the command line.
    public let path: String
    /// Every entry, verified, in file order.
    public let entries: [LedgerEntry]

    /// The `sha256` of the last entry: a fingerprint of the whole ledger so far.
    public var tip: String? { entries.last?.sha256 }

    /// The latest entry for each candidate in each run, in the order they were recorded.
    public var current: [LedgerEntry] {
        var latest: [LedgerEntry.Key: Int] = [:]
        for (index, entry) in entries.enumerated() { latest[entry.key] = index }
        return latest.values.sorted().map { entries[$0] }
    }

    /// Reads and verifies the ledger at `path` (a ledger file, or a run folder holding `decisions.ledger.jsonl`).
    /// - Throws: the first line that breaks the chain, or a file that cannot be read.
    public static func read(_ path: String) throws(OversightError) -> DecisionLedger {
        var path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = RunDirectory.file(defaultName, in: path)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw OversightError(
                FileProblem(file: path, "no such ledger (record decisions first with `shortlist decide`)"))
        }
        do throws(FileProblem) {
            let file = try LockedFile(path: path, forAppending: false)
            return DecisionLedger(path: path, entries: try verify(file.readAll(), file: path))
        } catch {
            throw OversightError(error)
        }
    }

    /// Checks every line and the chain between them: `seq` counts from 1, `prev` is the previous entry's `sha256`,
    /// and `supersedes` names the entry that was current for the candidate in that run.
    /// - Complexity: O(n) in the ledger's size.
    static func verify(_ bytes: [UInt8], file: String) throws(FileProblem) -> [LedgerEntry] {
        let restore = "restore the ledger from a backup; never edit it by hand"
        var entries: [LedgerEntry] = []
        var currentSeq: [LedgerEntry.Key: Int] = [:]
        var lineStart = 0
        var number = 0
        while lineStart < bytes.count {
            number += 1
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else {
                throw FileProblem(
                    file: file, line: number,
                    "the last line has no end: the ledger was cut short or edited (\(restore))")
            }
            let line = bytes[lineStart..<newline]
            lineStart = newline + 1
            guard !line.isEmpty else {
                throw FileProblem(file: file, line: number, "an empty line (\(restore))")
            }
            let entry = try LedgerEntry.parse(line, file: file, number: number)
            guard entry.seq == number else {
                throw FileProblem(
                    file: file, line: number,
                    "seq is \(entry.seq) on line \(number): lines were removed, inserted or reordered (\(restore))")
            }
            guard entry.prev == entries.last?.sha256 else {
                let expected = number == 1 ? "null on the first line" : "the sha256 of line \(number - 1)"
                throw FileProblem(
                    file: file, line: number,
                    "prev is not \(expected): a line before it was changed, removed or inserted (\(restore))")
            }
            guard entry.supersedes == currentSeq[entry.key] else {
                throw FileProblem(
                    file: file, line: number,
                    "supersedes \(entry.supersedes.map(String.init) ?? "null") but the candidate's current "
                        + "decision is \(currentSeq[entry.key].map { "on line \($0)" } ?? "none") (\(restore))")
            }
            currentSeq[entry.key] = entry.seq
            entries.append(entry)
        }
        return entries
    }
}

extension DecisionLedger {
    /// Appends `decisions` by `reviewer` on `run` to the ledger at `ledgerPath` (created if missing), in one write
    /// forced to disk, after verifying the ledger under an exclusive lock.
    ///
    /// - Throws: when the ledger is broken, belongs to another role, or cannot be written; nothing is recorded then.
    public static func record(
        _ decisions: [ReviewerDecision], reviewer: String, run: RunDirectory, ledgerPath: String, at date: Date = Date()
    ) throws(OversightError) -> RecordedDecisions {
        do throws(FileProblem) {
            let file = try LockedFile(path: ledgerPath, forAppending: true)
            let existing = try verify(file.readAll(), file: ledgerPath)
            if let other = existing.first(where: { $0.run.role != run.manifest.role }) {
                throw FileProblem(
                    file: ledgerPath, line: other.seq,
                    "the ledger holds decisions for the role '\(other.run.role)', and this run is for "
                        + "'\(run.manifest.role)' (give each role its own ledger with --ledger)")
            }
            var currentSeq: [LedgerEntry.Key: Int] = [:]
            for entry in existing { currentSeq[entry.key] = entry.seq }
            let runIdentity = LedgerEntry.Run(
                manifestSha256: run.manifestSHA256, criteriaSha256: run.manifest.criteriaSha256,
                role: run.manifest.role, runDir: URL(fileURLWithPath: run.path).standardizedFileURL.path)
            let recordedAt = ISO8601DateFormatter().string(from: date)
            var prev = existing.last?.sha256
            var appended: [LedgerEntry] = []
            var bytes: [UInt8] = []
            for decision in decisions {
                guard let candidate = run.candidate(decision.candidateId) else {
                    throw FileProblem(
                        file: run.file("results.jsonl"), "no candidate \(decision.candidateId) in the run")
                }
                let key = LedgerEntry.Key(manifestSha256: run.manifestSHA256, candidateId: decision.candidateId)
                let entry = LedgerEntry(
                    seq: existing.count + appended.count + 1, prev: prev, recordedAt: recordedAt, reviewer: reviewer,
                    candidateId: decision.candidateId, decision: decision.decision, reason: decision.reason,
                    supersedes: currentSeq[key], run: runIdentity, machine: candidate.verdict)
                currentSeq[key] = entry.seq
                prev = entry.sha256
                appended.append(entry)
                bytes += entry.lineBytes()
                bytes.append(0x0A)
            }
            try file.append(bytes)
            return RecordedDecisions(reviewer: reviewer, ledgerPath: ledgerPath, entries: appended)
        } catch {
            throw OversightError(error)
        }
    }
}
