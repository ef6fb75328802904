import ArgumentParser
import Foundation
import ShortlistCore

extension Shortlist {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what Shortlist reads from resumes: format, contact fields, sections, roles, degrees.",
            discussion: """
                Use it to check why a criterion did or did not find something.

                Example:
                  shortlist inspect SampleData/resumes/backend/01-jose-nunez.html
                """
        )

        @Argument(help: "Resume files to read.")
        var files: [String]

        func run() throws {
            ShortlistEngine.prepare()
            let reader = ResumeReader()
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): cannot read the file")
                    continue
                }
                do {
                    print(ResumeSummary.render(try reader.read(bytes: Array(data), path: file)))
                } catch {
                    print("\(file): \(error)")
                }
            }
        }
    }
}
