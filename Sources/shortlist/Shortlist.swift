import ArgumentParser
import ShortlistCore

@main
struct Shortlist: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen resumes against a role's criteria, explain every point, and leave the decisions to people.",
        version: ShortlistVersion.current,
        subcommands: [Inspect.self]
    )
}
