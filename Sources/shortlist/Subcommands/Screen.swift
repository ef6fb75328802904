import ArgumentParser
import Foundation
import ShortlistCore

extension Shortlist {
    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Screen every resume under INPUT against a criteria file and write a ranked shortlist.",
            discussion: """
                Reads HTML, XHTML, XML (including HR-Open/HR-XML), Word (.docx), JSON Resume and plain-text resumes,
                applies the same criteria to every candidate, and writes to --out:
                  shortlist.csv   shortlisted and review candidates, for ATS import
                  results.jsonl   one line per input file with the decision, score and every criterion's evidence
                  report.html     one self-contained page for recruiters: counts, score histogram, shortlist,
                                  review queue with reasons, errors, and every candidate's explanation
                  manifest.json   the audit record: criteria SHA-256, options, counts, timings
                  exports/        --export: the shortlisted candidates (not review) for an ATS

                --export formats (repeat the option or separate them with commas):
                  greenhouse      exports/greenhouse.csv (Greenhouse bulk import)
                  lever           exports/lever.csv (Lever bulk candidate import)
                  jsonresume      exports/jsonresume/<candidate_id>.json (JSON Resume)
                  hropen          exports/hropen/<candidate_id>.xml (HR-XML candidate)

                ZIP archives (an ATS export), given or found in a folder, are read in place without extracting:
                each entry is a candidate keyed dump.zip/folder/jane.html. Zip-bomb limits: 100,000 entries per
                archive, 8 MiB per entry, 2 GiB per archive, compression ratio 100:1 above 1 MiB. Unsafe names
                (../x, /etc/x, C:\\x), links, hidden entries and archives inside archives are rows with the reason.

                --metadata joins the ATS's applicant list (CSV with a header) onto the results by candidate_id, by
                resume file name (file) or by e-mail (email); other columns such as name, job and source are carried
                into results.jsonl as "applicant". Rows that match no resume are listed in manifest.json.

                Every input file gets one decision: shortlist, review, reject or error. Files that cannot be read
                are error rows with the reason; nothing is dropped. Results never depend on --jobs or file order.

                Examples:
                  shortlist screen SampleData/resumes/backend --criteria SampleData/criteria/backend-engineer.yaml \\
                      --out out/backend --as-of 2026-11-01
                  shortlist screen dump/ extra.html --criteria role.yaml --out run1 --top 10 --jobs 4 --force
                  shortlist screen export.zip --metadata applicants.csv --criteria role.yaml --out run2
                  shortlist screen dump/ --criteria role.yaml --out run3 --export greenhouse,hropen
                  shortlist screen dump/ --criteria role.yaml --out blind-run --blind --identities private/ids.csv
                  shortlist screen dump/ --criteria role.yaml --out shard-0 --shard 0/4   # then `shortlist merge`
                """
        )

        @Argument(help: "Resume files, folders (read recursively) and ZIP archives (read in place).")
        var inputs: [String]

        @Option(name: .long, help: "The role's criteria file (YAML).")
        var criteria: String

        @Option(
            name: .long,
            help: """
                Output folder; must be empty unless --force. Needs free space for about the size of results.jsonl \
                plus 64 MiB (the run's temporary files there are deleted as it goes).
                """)
        var out: String

        @Option(name: .long, help: "Shortlist size; overrides shortlist.top in the criteria file.")
        var top: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Screening threads (default: active cores); the coordinating thread writes results beside them. "
                    + "Results never depend on it."))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(
            name: .customLong("as-of"),
            help: "Reference date YYYY-MM-DD for 'Present', recency and years of experience (default: today).")
        var asOf: String?

        @Option(
            name: .long,
            help: "ATS applicant list (CSV with a header) to join by candidate_id, file or email.")
        var metadata: String?

        @Flag(
            name: .long,
            help: """
                Blind screening: redact names, e-mails, phones, addresses, profile links, birth dates/ages, \
                graduation years and file names from every output. Scores do not change.
                """)
        var blind = false

        @Option(
            name: .long,
            help: """
                With --blind: also write candidate id → name, e-mail, phone, location, links and source file to this \
                CSV (outside --out), to re-identify candidates after the decision.
                """)
        var identities: String?

        @Option(
            name: .long,
            help: """
                Screen only partition I of N (0 ≤ I < N, by a stable hash of the candidate id) and write a shard \
                result to --out; combine all N with `shortlist merge`.
                """)
        var shard: String?

        @Flag(name: .long, help: "Overwrite the outputs in a non-empty --out folder.")
        var force = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Also write the shortlisted candidates for an ATS: greenhouse, lever, jsonresume, hropen.",
                valueName: "format[,format…]"))
        var export: [String] = []

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let shard, Shard(shard) == nil {
                throw ValidationError("--shard must be I/N with 0 ≤ I < N (for example 0/4), not '\(shard)'")
            }
            if identities != nil && shard != nil {
                throw ValidationError("--identities goes on `shortlist merge`, not on a --shard run")
            }
            if identities != nil && !blind {
                throw ValidationError("--identities is only for --blind runs (without --blind, every output has them)")
            }
            if let asOf, ScreeningOptions(criteriaPath: "", outputPath: "", asOf: asOf, jobs: 1).referenceMonth == nil {
                throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'")
            }
            do { _ = try ExportFormat.parse(export) } catch { throw ValidationError(error.description) }
        }

        func run() throws {
            var options = ScreeningOptions(
                criteriaPath: criteria, outputPath: out, asOf: asOf ?? Self.today(), jobs: jobs, blind: blind,
                force: force, top: top, identitiesPath: identities, shard: shard.flatMap(Shard.init),
                exports: (try? ExportFormat.parse(export)) ?? [])
            options.metadataPath = metadata
            let progress = ProgressReporter.forStandardError()
            do {
                let summary = try ScreeningRun.run(inputs: inputs, options: options, progress: progress?.update)
                progress?.finish()
                printToStandardError(summary.line)
                if let line = summary.metadataLine { printToStandardError(line) }
            } catch {
                progress?.finish()
                throw CleanExit.failure(error.description)
            }
        }

        static func today() -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.string(from: Date())
        }
    }
}
