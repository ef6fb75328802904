import ArgumentParser
import Foundation
import ShortlistCore

extension Shortlist {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine the results of `screen --shard I/N` runs into one run's outputs.",
            discussion: """
                Give every shard folder of one run (all N, each once, in any order). The merged --out folder holds
                exactly what a single-machine `shortlist screen` would have written — results.jsonl, shortlist.csv
                and report.html byte for byte — and a manifest.json that lists the shards. Duplicates across shards
                are found, and the ranking is global.

                Examples:
                  shortlist screen dump/ --criteria role.yaml --out shards/0 --shard 0/3   # on machine 1
                  shortlist screen dump/ --criteria role.yaml --out shards/1 --shard 1/3   # on machine 2
                  shortlist screen dump/ --criteria role.yaml --out shards/2 --shard 2/3   # on machine 3
                  shortlist merge shards/0 shards/1 shards/2 --out run
                """
        )

        @Argument(help: "The --out folders of the shard runs.")
        var shards: [String]

        @Option(name: .long, help: "Output folder; must be empty unless --force.")
        var out: String

        @Option(
            name: .long,
            help: "For blind shards: write candidate id → contact details to this CSV (outside --out).")
        var identities: String?

        @Flag(name: .long, help: "Overwrite the outputs in a non-empty --out folder.")
        var force = false

        func run() throws {
            do {
                let summary = try MergeRun.run(
                    shardFolders: shards, outputPath: out, force: force, identitiesPath: identities)
                printToStandardError(summary.line)
                if let line = summary.metadataLine { printToStandardError(line) }
            } catch {
                throw CleanExit.failure(error.description)
            }
        }
    }
}
