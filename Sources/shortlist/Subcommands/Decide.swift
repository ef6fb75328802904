import ArgumentParser
import ShortlistCore

extension Shortlist {
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record reviewers' decisions on a finished run in a tamper-evident ledger.",
            discussion: """
                Reads a decisions CSV with the header candidate_id,decision,reason (decision: advance, reject or \
                hold, in any case) and appends one entry per row to the ledger, with the reviewer, the time, the \
                run's manifest and criteria SHA-256, and what the machine said about the candidate. A reason is \
                required when the reviewer goes against the machine: rejecting a shortlisted candidate, or \
                advancing a rejected one.

                The whole file is checked first; if any row is wrong, every problem is printed as FILE:LINE and \
                nothing is recorded. Deciding a candidate again appends an entry that supersedes the earlier one: \
                the history is kept, and the latest entry is the current decision.

                The ledger (default RUN_DIR/decisions.ledger.jsonl) is JSON Lines. Each entry carries the SHA-256 \
                of the entry before it (prev) and its own (sha256); every read verifies the chain.

                Examples:
                  shortlist decide out/backend --decisions alice.csv --reviewer alice
                  shortlist decide out/backend --decisions bob.csv --reviewer bob \\
                      --ledger ledgers/backend.jsonl
                """
        )

        @Argument(help: "The --out folder of a finished `shortlist screen` run.")
        var runDir: String

        @Option(name: .long, help: "CSV with the header candidate_id,decision,reason.")
        var decisions: String

        @Option(name: .long, help: "Who made the decisions (recorded with each entry).")
        var reviewer: String

        @Option(name: .long, help: "Ledger file to append to (default: RUN_DIR/decisions.ledger.jsonl).")
        var ledger: String?

        func validate() throws {
            let name = reviewer.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { throw ValidationError("--reviewer must name the reviewer") }
            if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw ValidationError("--reviewer must be one line of text")
            }
        }

        func run() throws {
            do {
                let run = try RunDirectory.read(runDir)
                let rows = try DecisionsFile.read(path: decisions, for: run)
                let recorded = try DecisionLedger.record(
                    rows, reviewer: reviewer.trimmingCharacters(in: .whitespaces), run: run,
                    ledgerPath: ledger ?? run.file(DecisionLedger.defaultName))
                print(recorded.line)
            } catch {
                let count = error.problems.count
                let summary = count == 1 ? "nothing was recorded" : "\(count) problems; nothing was recorded"
                throw CleanExit.failure(error.description + "\n" + summary)
            }
        }
    }
}
