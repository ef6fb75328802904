import ArgumentParser
import ShortlistCore

@main
struct Shortlist: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen resumes against a role's criteria, explain every point, and leave the decisions to people.",
        discussion: """
            Quick start:
              shortlist check-criteria SampleData/criteria/backend-engineer.yaml
              shortlist screen SampleData/resumes --criteria SampleData/criteria/backend-engineer.yaml --out out
              shortlist explain out/results.jsonl c_1a2b3c4d5e6f
            """,
        version: ShortlistVersion.current,
        subcommands: [
            Screen.self, Explain.self, CheckCriteria.self, Inspect.self, GenerateSample.self,
            Decide.self, Feedback.self, Audit.self, Merge.self,
        ]
    )
}
