import ArgumentParser
import ShortlistCore

extension Shortlist {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an adverse-impact report of a run: selection and scoring rates and impact ratios.",
            discussion: """
                The demographics CSV has a candidate_id column and one or more category columns (sex, \
                race_ethnicity, …). For each column, and for all of them combined, every group gets its count, \
                selection rate (decision shortlist), scoring rate (score above the run's median) and impact \
                ratios against the group with the highest rate; ratios below 0.8 are flagged (the four-fifths \
                rule). Empty, "unknown" and "declined" values, and candidates missing from the file, are Unknown: \
                counted but not compared, as NYC Local Law 144 bias audits do. Groups of fewer than 5 candidates \
                or under 2% of those audited are marked small.

                Writes audit.csv and audit.html (self-contained) to --out (default RUN_DIR/audit; a folder that \
                already holds files is refused unless --force) and prints a summary with every flag.

                Examples:
                  shortlist audit out/backend --demographics demographics.csv
                  shortlist audit out/backend --demographics demographics.csv \\
                      --out reports/2026-11 --force
                """
        )

        @Argument(help: "The --out folder of a finished `shortlist screen` run.")
        var runDir: String

        @Option(name: .long, help: "CSV with candidate_id and one or more category columns.")
        var demographics: String

        @Option(name: .long, help: "Output folder (default: RUN_DIR/audit); must be empty unless --force.")
        var out: String?

        @Flag(name: .long, help: "Overwrite the outputs in a non-empty --out folder.")
        var force = false

        func run() throws {
            let run: RunDirectory
            let report: AuditReport
            do {
                run = try RunDirectory.read(runDir)
                let groups = try Demographics.read(path: demographics, for: run)
                report = AuditReport(run: run, demographics: groups, demographicsPath: demographics)
            } catch {
                throw CleanExit.failure(error.description)
            }
            let outPath = out ?? run.file("audit")
            do throws(OutputError) {
                try report.write(to: OutputDirectory(path: outPath, force: force))
            } catch {
                throw CleanExit.failure(error.description)
            }
            for problem in report.notInRun { printToStandardError("warning: \(problem)") }
            print(report.summary(outputPath: outPath), terminator: "")
        }
    }
}
