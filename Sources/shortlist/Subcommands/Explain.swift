import ArgumentParser
import Foundation
import ShortlistCore

extension Shortlist {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain one candidate: the decision, the score, and every criterion with its evidence.",
            discussion: """
                Two forms:
                  shortlist explain --criteria ROLE.yaml RESUME...          score resumes on their own
                  shortlist explain RUN_DIR/results.jsonl CANDIDATE_ID      re-explain from a finished run

                CANDIDATE_ID is the candidate_id column of shortlist.csv (c_…) or the source file.
                Examples:
                  shortlist explain --criteria SampleData/criteria/backend-engineer.yaml \\
                      SampleData/resumes/backend/01-jose-nunez.html --as-of 2026-11-01
                  shortlist explain out/results.jsonl c_1a2b3c4d5e6f
                """
        )

        @Argument(help: "RESUME files (with --criteria), or RESULTS.jsonl and CANDIDATE_ID.")
        var arguments: [String]

        @Option(name: .long, help: "Criteria file: explain the RESUME files against it.")
        var criteria: String?

        @Option(name: .customLong("as-of"), help: "Reference date YYYY-MM-DD (default: today).")
        var asOf: String?

        func validate() throws {
            if criteria == nil, arguments.count != 2 {
                throw ValidationError("give RESULTS.jsonl and CANDIDATE_ID, or --criteria ROLE.yaml and RESUME files")
            }
        }

        func run() throws {
            if let criteria {
                for path in arguments {
                    do {
                        let record = try SingleResume.screen(
                            path: path, criteriaPath: criteria, asOf: asOf ?? Screen.today())
                        print(Explanation.render(record))
                    } catch {
                        throw CleanExit.failure(error.description)
                    }
                }
                return
            }
            let record: CandidateRecord?
            do {
                record = try SingleResume.find(arguments[1], inResults: arguments[0])
            } catch {
                throw CleanExit.failure("cannot read \(arguments[0]): \(error.localizedDescription)")
            }
            guard let record else {
                throw CleanExit.failure(
                    "no candidate '\(arguments[1])' in \(arguments[0]) (use the candidate_id column)")
            }
            print(Explanation.render(record))
        }
    }
}
