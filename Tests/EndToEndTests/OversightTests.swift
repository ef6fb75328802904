import Foundation
import Testing

/// The post-run commands on the built binary: `decide` (two reviewers, one re-decision) → `feedback` → `audit`, and
/// what happens when a ledger is tampered with or a decisions file is wrong.
@Suite struct OversightTests {
    /// A screened backend run and each sample resume's candidate id by its two-digit prefix ("01" → c_…).
    private struct ScreenedRun {
        var output: RunOutput
        var ids: [String: String]
        var rows: [ResultRow]

        var ledger: URL { output.folder.appendingPathComponent("decisions.ledger.jsonl") }

        func id(_ prefix: String) throws -> String {
            try #require(ids[prefix], "no sample resume \(prefix)-…")
        }
    }

    private func screenBackend(in temporary: TemporaryDirectory) async throws -> ScreenedRun {
        let role = Role.all[0]
        let output = RunOutput(folder: temporary.path("run"))
        let screen = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: output.folder)
        try #require(screen.exitCode == 0, "\(screen)")
        let rows = try output.results()
        var ids: [String: String] = [:]
        for row in rows {
            let name = row.sourceFile.split(separator: "/").last.map(String.init) ?? ""
            ids[String(name.prefix(2))] = row.candidateId
        }
        return ScreenedRun(output: output, ids: ids, rows: rows)
    }

    private func write(_ text: String, to url: URL) throws -> String {
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func ledgerLines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func twoReviewersDecideThenFeedbackComparesThemWithTheMachine() async throws {
        let temporary = try TemporaryDirectory(prefix: "oversight")
        defer { temporary.remove() }
        let run = try await screenBackend(in: temporary)
        let runPath = run.output.folder.path
        // Machine: 01, 02 shortlist; 07, 13, 14, 15 review; 08, 09, 12 reject. 07, 08, 09, 12, 13, 15 fail `degree`.
        let alice = try write(
            """
            candidate_id,decision,reason
            \(try run.id("01")),advance,
            \(try run.id("02")),Reject,"cloud experience is thin, per the hiring manager"
            \(try run.id("07")),advance,
            \(try run.id("13")),ADVANCE,
            \(try run.id("15")),hold,
            \(try run.id("09")),advance,strong Vapor side project
            \(try run.id("08")),reject,
            \(try run.id("12")),reject,

            """, to: temporary.path("alice.csv"))
        let bob = try write(
            """
            candidate_id,decision,reason
            \(try run.id("15")),advance,references checked
            \(try run.id("14")),advance,

            """, to: temporary.path("bob.csv"))

        let first = try await ShortlistCommand.run(["decide", runPath, "--decisions", alice, "--reviewer", "alice"])
        let second = try await ShortlistCommand.run(["decide", runPath, "--decisions", bob, "--reviewer", "bob"])

        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout == "recorded 8 decisions by alice (4 advance, 3 reject, 1 hold) → \(run.ledger.path)\n")
        #expect(second.exitCode == 0, "\(second)")
        #expect(
            second.stdout
                == "recorded 2 decisions by bob (2 advance, 0 reject, 0 hold; 1 supersedes an earlier decision) → "
                + "\(run.ledger.path)\n")
        let lines = try ledgerLines(run.ledger)
        #expect(lines.count == 10)
        let redecided = try #require(JSONSerialization.jsonObject(with: Data(lines[8].utf8)) as? [String: Any])
        #expect(redecided["supersedes"] as? Int == 5, "bob's decision on 15 supersedes alice's hold on line 5")
        #expect(redecided["reviewer"] as? String == "bob")
        let last = try #require(JSONSerialization.jsonObject(with: Data(lines[9].utf8)) as? [String: Any])
        #expect(last["supersedes"] is NSNull, "14 was not decided before")
        let tip = try #require(last["sha256"] as? String)

        let feedback = try await ShortlistCommand.run(["feedback", run.ledger.path])

        #expect(feedback.exitCode == 0, "\(feedback)")
        let text = feedback.stdout
        #expect(text.hasPrefix("Ledger \(run.ledger.path): 10 entries, chain verified, tip sha256 \(tip)\n"), "\(text)")
        #expect(text.contains("9 current decisions on 1 run (1 criteria version) by alice (7), bob (2)\n"))
        #expect(text.contains("\n  shortlist        1       1       0       2\n"), "\(text)")
        #expect(text.contains("\n  review           4       0       0       4\n"), "\(text)")
        #expect(text.contains("\n  reject           1       2       0       3\n"), "\(text)")
        // Compared: 01 (shortlist → advance) agrees, 02 (shortlist → reject) not, 09 (reject → advance) not,
        // 08 and 12 (reject → reject) agree.
        #expect(text.contains("Agreement: 3 of 5 (60%)\n"), "\(text)")
        #expect(
            text.contains(
                "  - reviewers advanced 4 of 6 decided candidates who failed `degree` (67%): consider lowering its "
                    + "weight (10% of the score)\n"), "\(text)")
        #expect(text.contains("Thresholds: a criterion is called out when at least 5 decided candidates failed it"))
        let again = try await ShortlistCommand.run(["feedback", runPath])
        #expect(again.stdout == text, "a run folder stands for its ledger, and the report is deterministic")

        let json = try await ShortlistCommand.run(["feedback", run.ledger.path, "--format", "json"])
        #expect(json.exitCode == 0, "\(json)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let agreement = try #require(object["agreement"] as? [String: Any])
        #expect(agreement["agreed"] as? Int == 3)
        #expect(agreement["compared"] as? Int == 5)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["criterion"] as? String == "degree" })
        #expect(
            findings.count == text.components(separatedBy: "\n  - ").count - 1, "text and JSON list the same findings")
    }

    @Test func auditWritesTheReportsAndPrintsEveryFlag() async throws {
        let temporary = try TemporaryDirectory(prefix: "audit")
        defer { temporary.remove() }
        let run = try await screenBackend(in: temporary)
        let runPath = run.output.folder.path
        // Alternate Female/Male and three race groups; one declined, one value with markup, one with a formula, the
        // last candidate left out, and one id that is not in the run.
        let races = ["Asian", "Black", "White"]
        var lines = ["candidate_id,sex,race_ethnicity"]
        var sexOf: [String: String] = [:]
        for (index, row) in run.rows.dropLast().enumerated() {
            let sex = index % 2 == 0 ? "Female" : "Male"
            sexOf[row.candidateId] = sex
            let race =
                switch index {
                case 3: "declined"
                case 11: "<b>Other</b>"
                case 12: "=1+1"
                default: races[index % 3]
                }
            lines.append("\(row.candidateId),\(sex),\(race)")
        }
        lines.append("c_000000000000,Female,Asian")
        let demographics = try write(lines.joined(separator: "\n") + "\n", to: temporary.path("people.csv"))
        let auditFolder = run.output.folder.appendingPathComponent("audit")

        let audit = try await ShortlistCommand.run(["audit", runPath, "--demographics", demographics])

        #expect(audit.exitCode == 0, "\(audit)")
        let summary = audit.stdout.split(separator: "\n").map(String.init)
        #expect(
            summary.first?.hasPrefix("audited 16 candidates of \(runPath) (median score 63.8): ") == true, "\(audit)")
        #expect(summary.first?.hasSuffix(" → \(auditFolder.path)") == true)
        #expect(summary.contains("  1 audited candidate has no row in \(demographics): counted as Unknown"))
        #expect(
            audit.stderr.contains(
                "warning: \(demographics):17: candidate c_000000000000 is not in \(runPath)/results.jsonl"),
            "\(audit.stderr)")

        let csvBytes = try Data(contentsOf: auditFolder.appendingPathComponent("audit.csv"))
        let table = try CSVTable(parsing: String(decoding: csvBytes, as: UTF8.self))
        #expect(
            table.header == [
                "category", "group", "count", "share_of_audited", "selected", "selection_rate",
                "selection_impact_ratio", "above_median", "scoring_rate", "scoring_impact_ratio", "flags",
            ])
        for category in ["sex", "race_ethnicity", "sex × race_ethnicity"] {
            let counts = table.records.filter { $0["category"] == category }.compactMap { Int($0["count"] ?? "") }
            #expect(counts.reduce(0, +) == 16, "every audited candidate is in exactly one \(category) group")
        }
        // The Female selection rate, recomputed from results.jsonl: shortlisted Female candidates / Female candidates.
        let female = run.rows.filter { sexOf[$0.candidateId] == "Female" }
        let femaleRate = Double(female.count { $0.decision == "shortlist" }) / Double(female.count)
        let femaleRow = try #require(table.records.first { $0["category"] == "sex" && $0["group"] == "Female" })
        #expect(femaleRow["count"] == String(female.count))
        #expect(femaleRow["selection_rate"] == String(format: "%.4f", femaleRate))
        #expect(table.records.contains { $0["group"] == "'=1+1" }, "a formula from the file is neutralized")
        #expect(table.records.contains { $0["group"] == "Unknown" && $0["flags"] == "unknown_not_compared" })

        let htmlBytes = try Data(contentsOf: auditFolder.appendingPathComponent("audit.html"))
        let html = String(decoding: htmlBytes, as: UTF8.self)
        #expect(html.contains("&lt;b&gt;Other&lt;/b&gt;"))
        #expect(!html.contains("<b>Other"), "markup from the demographics file is escaped")
        #expect(!html.contains("http://") && !html.contains("https://"), "no network assets")

        let refused = try await ShortlistCommand.run(["audit", runPath, "--demographics", demographics])
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderr.contains(auditFolder.path) && refused.stderr.contains("--force"), "\(refused.stderr)")

        let forced = try await ShortlistCommand.run(["audit", runPath, "--demographics", demographics, "--force"])
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try Data(contentsOf: auditFolder.appendingPathComponent("audit.csv")) == csvBytes, "byte-identical")
        #expect(try Data(contentsOf: auditFolder.appendingPathComponent("audit.html")) == htmlBytes, "byte-identical")
    }

    @Test func aTamperedLedgerLineStopsFeedbackAndDecideWithTheLineNamed() async throws {
        let temporary = try TemporaryDirectory(prefix: "tamper")
        defer { temporary.remove() }
        let run = try await screenBackend(in: temporary)
        let runPath = run.output.folder.path
        let decisions = try write(
            """
            candidate_id,decision,reason
            \(try run.id("01")),advance,
            \(try run.id("08")),reject,
            \(try run.id("12")),reject,

            """, to: temporary.path("alice.csv"))
        let recorded = try await ShortlistCommand.run([
            "decide", runPath, "--decisions", decisions, "--reviewer", "alice",
        ])
        try #require(recorded.exitCode == 0, "\(recorded)")
        var lines = try ledgerLines(run.ledger)
        lines[1] = lines[1].replacingOccurrences(of: #""decision":"reject""#, with: #""decision":"advance""#)
        let tampered = Data((lines.joined(separator: "\n") + "\n").utf8)
        try tampered.write(to: run.ledger)

        let feedback = try await ShortlistCommand.run(["feedback", run.ledger.path])

        #expect(feedback.exitCode == 1, "\(feedback)")
        #expect(
            feedback.stderr.contains(
                "error: \(run.ledger.path):2: the entry does not match its sha256: it was changed after it was "
                    + "recorded"), "\(feedback.stderr)")
        #expect(feedback.stdout.isEmpty)

        let decide = try await ShortlistCommand.run(["decide", runPath, "--decisions", decisions, "--reviewer", "bob"])
        #expect(decide.exitCode == 1, "\(decide)")
        #expect(decide.stderr.contains("\(run.ledger.path):2: "), "\(decide.stderr)")
        #expect(decide.stderr.contains("nothing was recorded"))
        #expect(try Data(contentsOf: run.ledger) == tampered, "nothing was appended to a broken ledger")
    }

    @Test func aWrongDecisionsFileReportsEveryProblemAndRecordsNothing() async throws {
        let temporary = try TemporaryDirectory(prefix: "bad-decisions")
        defer { temporary.remove() }
        let run = try await screenBackend(in: temporary)
        let runPath = run.output.folder.path
        let decisions = try write(
            """
            candidate_id,decision,reason
            \(try run.id("01")),advance,
            c_ffffffffffff,advance,
            \(try run.id("07")),maybe,
            \(try run.id("01")),hold,
            \(try run.id("02")),reject,

            """, to: temporary.path("alice.csv"))

        let result = try await ShortlistCommand.run([
            "decide", runPath, "--decisions", decisions, "--reviewer", "alice",
        ])

        #expect(result.exitCode == 1, "\(result)")
        let expected = [
            "error: \(decisions):3: unknown candidate 'c_ffffffffffff': not in \(runPath)/results.jsonl (copy the "
                + "candidate_id column of this run's shortlist.csv)",
            "\(decisions):4: unknown decision 'maybe' (write advance, reject or hold)",
            "\(decisions):5: candidate \(try run.id("01")) is already decided on line 2 (keep one row per candidate)",
            "\(decisions):6: rejecting \(try run.id("02")), whom the machine shortlisted, needs a reason (say why in "
                + "the reason column: it is what an auditor will ask)",
            "4 problems; nothing was recorded",
        ]
        #expect(result.stderr.split(separator: "\n").map(String.init) == expected, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: run.ledger.path), "no ledger was created")

        let header = try write("candidate_id,verdict\n\(try run.id("01")),advance\n", to: temporary.path("bob.csv"))
        let missing = try await ShortlistCommand.run(["decide", runPath, "--decisions", header, "--reviewer", "bob"])
        #expect(missing.exitCode == 1)
        #expect(
            missing.stderr.contains("\(header):1: no 'decision' column (the header is candidate_id,decision,reason)"))
        #expect(!FileManager.default.fileExists(atPath: run.ledger.path))
    }
}
