import ArgumentParser
import ShortlistCore

extension Shortlist {
    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show where reviewers' decisions in a ledger disagree with the machine, per criterion.",
            discussion: """
                Verifies the ledger's hash chain (a changed, removed or inserted line is an error naming the \
                line), takes the current decision on each candidate of each run, and prints: a matrix of machine \
                decision (shortlist, review, reject, error) × reviewer decision (advance, reject, hold) with the \
                agreement rate and its definition; per criterion, how many decided candidates failed it and how \
                many of those were advanced, how many met it and how many of those were rejected; and findings: \
                criteria reviewers advance candidates without, and heavy criteria whose holders reviewers reject, \
                by the thresholds printed with the report.

                LEDGER is a ledger file, or a run folder holding decisions.ledger.jsonl.

                Examples:
                  shortlist feedback out/backend/decisions.ledger.jsonl
                  shortlist feedback ledgers/backend.jsonl --format json --min-candidates 10
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The ledger file (or a run folder holding decisions.ledger.jsonl).")
        var ledger: String

        @Option(name: .long, help: "text (default) or json.")
        var format: Format = .text

        @Option(
            name: .customLong("min-candidates"),
            help: "Fewest decided candidates failing (or meeting) a criterion before it is judged.")
        var minimumCandidates = FeedbackThresholds.standard.minimumCandidates

        @Option(name: .long, help: "Percentage of those candidates going against the criterion that calls it out.")
        var share = Int(FeedbackThresholds.standard.share * 100)

        @Option(name: .customLong("heavy-share"), help: "Percentage of the score from which a criterion is heavy.")
        var heavyShare = Int(FeedbackThresholds.standard.heavyWeightShare * 100)

        func validate() throws {
            if minimumCandidates < 1 { throw ValidationError("--min-candidates must be at least 1") }
            if !(1...100).contains(share) { throw ValidationError("--share must be a percentage from 1 to 100") }
            if !(0...100).contains(heavyShare) {
                throw ValidationError("--heavy-share must be a percentage from 0 to 100")
            }
        }

        func run() throws {
            let verified: DecisionLedger
            do {
                verified = try DecisionLedger.read(ledger)
            } catch {
                throw CleanExit.failure(error.description)
            }
            let thresholds = FeedbackThresholds(
                minimumCandidates: minimumCandidates, share: Double(share) / 100,
                heavyWeightShare: Double(heavyShare) / 100)
            let feedback = ReviewerFeedback(ledger: verified, thresholds: thresholds)
            print(format == .json ? feedback.json() : feedback.text(), terminator: "")
        }
    }
}
