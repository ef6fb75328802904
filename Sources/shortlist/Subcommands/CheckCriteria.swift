import ArgumentParser
import ShortlistCore

extension Shortlist {
    struct CheckCriteria: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-criteria",
            abstract: "Validate a criteria file and print what it compiles to.",
            discussion: """
                Errors are printed as FILE:LINE:COLUMN: message (hint), all of them at once; the exit status is 1.

                Example:
                  shortlist check-criteria SampleData/criteria/registered-nurse.yaml
                """
        )

        @Argument(help: "The criteria file (YAML).")
        var file: String

        func run() throws {
            do {
                let criteria = try CriteriaLoader.load(path: file)
                print(CriteriaDescription.render(CompiledCriteria(criteria), path: file), terminator: "")
            } catch {
                throw CleanExit.failure(error.description)
            }
        }
    }
}
