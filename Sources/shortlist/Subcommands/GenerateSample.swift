import ArgumentParser
import Foundation
import ShortlistCore

extension Shortlist {
    struct GenerateSample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-sample",
            abstract: "Write realistic synthetic resumes (and matching criteria files) for demos and benchmarks.",
            discussion: """
                The same --seed always gives byte-identical files. About half are HTML (several templates), a
                quarter plain text, the rest HR-XML and XHTML, 2–12 KB each, with non-ASCII names, varied date
                formats and sections. Alongside the resumes (in DIR/resumes) it writes DIR/criteria-50.yaml,
                criteria-500.yaml and criteria-5000.yaml, and the matching term lists (terms-N.txt, one per line).

                Example:
                  shortlist generate-sample --count 10000 --out /tmp/applicants --seed 2026
                  shortlist screen /tmp/applicants/resumes --criteria /tmp/applicants/criteria-50.yaml --out /tmp/run
                """
        )

        @Option(name: .long, help: "Number of resumes.")
        var count: Int

        @Option(name: .long, help: "Output folder (created; must be empty unless --force).")
        var out: String

        @Option(name: .long, help: "Random seed; the same seed gives the same files.")
        var seed: UInt64 = SampleGenerator.defaultSeed

        @Flag(name: .long, help: "Write into a non-empty folder.")
        var force = false

        func validate() throws {
            if count < 1 { throw ValidationError("--count must be at least 1") }
        }

        func run() throws {
            let folder = URL(fileURLWithPath: out)
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if !existing.isEmpty && !force {
                throw CleanExit.failure("\(out) already contains files; choose an empty folder or pass --force")
            }
            let start = ContinuousClock.now
            do {
                try SampleGenerator(seed: seed).write(count: count, to: folder.appendingPathComponent("resumes"))
                for criteriaCount in [50, 500, 5_000] {
                    try SyntheticCriteria.yaml(criteriaCount: criteriaCount, seed: seed)
                        .write(
                            to: folder.appendingPathComponent("criteria-\(criteriaCount).yaml"), atomically: true,
                            encoding: .utf8)
                    try (SyntheticCriteria.termList(count: criteriaCount, seed: seed).joined(separator: "\n") + "\n")
                        .write(
                            to: folder.appendingPathComponent("terms-\(criteriaCount).txt"), atomically: true,
                            encoding: .utf8)
                }
            } catch {
                throw CleanExit.failure("cannot write to \(out): \(error.localizedDescription)")
            }
            let elapsed = ContinuousClock.now - start
            printToStandardError("wrote \(count) resumes and 3 criteria files to \(out) in \(elapsed)")
        }
    }
}
