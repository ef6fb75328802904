import Foundation
import ShortlistCore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One `shortlist screen` run over a folder of hostile inputs, all generated at test time: XXE in every flavour,
/// entity bombs, absurd nesting, oversized and binary files, broken encodings, injection payloads in names, odd file
/// names and special files. Each file gets its documented row, nothing secret leaks into any output, and the run
/// stays fast and bounded in memory.
@Suite(.serialized) struct HostileInputTests {
    /// Everything the single run produced, shared by the tests below.
    struct Run {
        var command: CommandResult
        var outFolder: URL
        var input: URL
        var canaryToken: String
        var rows: [[String: Any]]
        var rawLines: [String]
        var csv: CSVTable
        var outputs: [String: String]
        var listenerConnections: Int
        var expectedKeys: [String]
        var peakKilobytes: Int?
    }

    static let role = Role.all[0]
    static let template = role.resumes.appendingPathComponent("01-jose-nunez.html")
    static let newlineName = "a\nb\"c'.txt"
    static let longName = String(repeating: "x", count: 251) + ".txt"
    static let scriptName = "<script>alert(1)</script> Eve Script"
    static let attributeName = #""><img src=x onerror=alert(1)> Mallory Quote"#
    static let formulaName = #"=HYPERLINK("http://x","click")"#

    /// A short plain-text resume; `name` is its first line.
    static func textResume(name: String) -> String {
        """
        \(name)
        Senior Backend Engineer
        someone@example.com

        Summary:
        Backend engineer writing Swift on Vapor and SwiftNIO. EU citizen.

        Experience:
        Backend Engineer — Example GmbH
        Jan 2019 – Present
        - Swift services on Vapor, Kubernetes on AWS.

        Education:
        BSc Computer Science, Example University, 2018
        """
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The strong sample resume with its name replaced (escaped as HTML text).
    static func strongResume(named name: String) throws -> String {
        let html = try String(contentsOf: template, encoding: .utf8)
        try #require(html.contains("<h1>José Núñez</h1>"))
        let escaped = escapeHTML(name)
        return html.replacingOccurrences(of: "<h1>José Núñez</h1>", with: "<h1>\(escaped)</h1>")
            .replacingOccurrences(of: "<title>José Núñez", with: "<title>\(escaped)")
    }

    /// A listening TCP socket on 127.0.0.1 (ephemeral port) that is never accepted from during the run; afterwards
    /// any connection the parser made is waiting in its backlog.
    final class Listener: @unchecked Sendable {
        let descriptor: Int32
        let port: UInt16

        init?() {
            #if canImport(Glibc)
                let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
                let fd = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            guard fd >= 0 else { return nil }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0, listen(fd, 16) == 0 else {
                close(fd)
                return nil
            }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else {
                close(fd)
                return nil
            }
            descriptor = fd
            port = UInt16(bigEndian: address.sin_port)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }

        /// Connections waiting to be accepted (each is accepted and closed).
        func pendingConnections() -> Int {
            var count = 0
            while true {
                let client = accept(descriptor, nil, nil)
                guard client >= 0 else { break }
                close(client)
                count += 1
            }
            return count
        }

        deinit { close(descriptor) }
    }

    /// Writes the hostile tree, runs `shortlist screen` once under GNU time, and collects everything it wrote.
    static func makeRun(in temporary: TemporaryDirectory) async throws -> Run {
        let fileManager = FileManager.default
        let input = try temporary.folder("in")
        let secrets = try temporary.folder("secrets")
        let token = "CANARY-\(UUID().uuidString)"
        let canary = secrets.appendingPathComponent("canary.txt")
        try "\(token)\n".write(to: canary, atomically: true, encoding: .utf8)
        let evilDTD = secrets.appendingPathComponent("evil.dtd")
        try "<!ENTITY leak SYSTEM \"file://\(canary.path)\">\n".write(to: evilDTD, atomically: true, encoding: .utf8)
        let listener = try #require(Listener(), "cannot open a local TCP listener")

        func write(_ name: String, _ text: String) throws {
            try text.write(to: input.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        func write(_ name: String, bytes: [UInt8]) throws {
            try Data(bytes).write(to: input.appendingPathComponent(name))
        }
        func hrOpen(name: String, doctype: String, summary: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            \(doctype)
            <Candidate>
              <CandidatePerson><PersonName><FormattedName>\(name)</FormattedName></PersonName></CandidatePerson>
              <CandidateProfile><ExecutiveSummary>\(summary)</ExecutiveSummary></CandidateProfile>
            </Candidate>
            """
        }

        // XXE, four ways.
        try write(
            "xxe-general.xml",
            hrOpen(
                name: "Xavier General",
                doctype: "<!DOCTYPE Candidate [ <!ENTITY x SYSTEM \"file://\(canary.path)\"> ]>",
                summary: "Swift engineer. Secret: &x; EU citizen."))
        try write(
            "xxe-parameter.xml",
            hrOpen(
                name: "Xavier Parameter",
                doctype: """
                    <!DOCTYPE Candidate [ <!ENTITY % p SYSTEM "file://\(canary.path)"> \
                    <!ENTITY % wrap "<!ENTITY y '%p;'>"> %wrap; ]>
                    """,
                summary: "Swift engineer. Secret: &y; EU citizen."))
        try write(
            "xxe-external-dtd.xml",
            hrOpen(
                name: "Xavier Dtd", doctype: "<!DOCTYPE Candidate SYSTEM \"file://\(evilDTD.path)\">",
                summary: "Swift engineer. Secret: &leak; EU citizen."))
        try write(
            "xxe-network.xml",
            hrOpen(
                name: "Xavier Network",
                doctype: """
                    <!DOCTYPE Candidate SYSTEM "http://127.0.0.1:\(listener.port)/evil.dtd" [ \
                    <!ENTITY net SYSTEM "http://127.0.0.1:\(listener.port)/x"> \
                    <!ENTITY nine SYSTEM "http://127.0.0.1:9/x"> ]>
                    """,
                summary: "Swift engineer. Fetched: &net; &nine; EU citizen."))

        // Entity bombs.
        var laughs = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        try write(
            "billion-laughs.xml",
            hrOpen(name: "Laura Laughs", doctype: "<!DOCTYPE Candidate [ \(laughs) ]>", summary: "Swift. &lol10;"))
        let bigEntity = "<!ENTITY a \"" + String(repeating: "a", count: 10_000) + "\">"
        try write(
            "quadratic.xml",
            hrOpen(
                name: "Quincy Quadratic", doctype: "<!DOCTYPE Candidate [ \(bigEntity) ]>",
                summary: "Swift. " + String(repeating: "&a;", count: 10_000)))

        // Absurd nesting.
        let depth = 100_000
        try write(
            "deep.html",
            "<html><body><h1>Dee Deep</h1>" + String(repeating: "<div>", count: depth) + "Swift"
                + String(repeating: "</div>", count: depth) + "</body></html>")
        try write(
            "deep.xml",
            "<?xml version=\"1.0\"?><Candidate>" + String(repeating: "<d>", count: depth) + "Swift"
                + String(repeating: "</d>", count: depth) + "</Candidate>")

        // 50 MB on one line.
        try write("huge.txt", bytes: [UInt8](repeating: 0x61, count: 50 << 20))

        // Binary in disguise.
        var random = SeededRandom(seed: 7)
        try write("random.html", bytes: (0..<8192).map { _ in UInt8.random(in: 0...255, using: &random) })
        try write(
            "png.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
        try write("pdf.txt", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")

        // Nothing to read.
        try write("empty.txt", "")
        try write("whitespace.txt", " \n\t\r\n   \n")

        // Broken or unusual encodings.
        var invalid = Array(textResume(name: "José Invalid").utf8)
        invalid.insert(contentsOf: [0xC3, 0x28, 0xFF], at: invalid.count / 2)
        try write("invalid-utf8.txt", bytes: invalid)
        var withNUL = Array(textResume(name: "Nora Nul").utf8)
        withNUL.insert(contentsOf: [0, 0, 0], at: withNUL.count / 2)
        try write("nul.txt", bytes: withNUL)
        let utf16: [UInt8] = textResume(name: "José Utf").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try write("utf16le.txt", bytes: utf16)
        try write(
            "wrong-charset.html",
            try String(contentsOf: template, encoding: .utf8)
                .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1252\">"))

        // Truncated XML: the sample HR-Open resume cut mid-element.
        let fullXML = try String(
            contentsOf: role.resumes.appendingPathComponent("03-lukasz-wrobel.xml"), encoding: .utf8)
        let cut = try #require(fullXML.range(of: "<Description>Built parcel-locker"))
        try write("truncated.xml", String(fullXML[..<cut.upperBound]))

        // Injection payloads in names.
        try write("formula.html", try strongResume(named: formulaName))
        try write("xss-script.html", try strongResume(named: scriptName))
        try write("xss-attribute.html", try strongResume(named: attributeName))

        // Links and special files.
        try fileManager.createSymbolicLink(
            atPath: input.appendingPathComponent("loop-a.txt").path, withDestinationPath: "loop-b.txt")
        try fileManager.createSymbolicLink(
            atPath: input.appendingPathComponent("loop-b.txt").path, withDestinationPath: "loop-a.txt")
        try fileManager.createSymbolicLink(
            atPath: input.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        try write(newlineName, textResume(name: "Nemo Newline"))
        try write(longName, textResume(name: "Lena Long"))
        let fifo = try await ShortlistCommand.runTool(
            "/usr/bin/mkfifo", [input.appendingPathComponent("pipe.html").path])
        try #require(fifo.exitCode == 0, "mkfifo failed: \(fifo)")

        let expectedKeys = try inputFiles(under: input).map { "in/" + $0 }
        let out = temporary.path("out")
        // Most hostile files are variants of one resume, so they are duplicates of each other; that rule has its own
        // tests, and here it would hide the outcome each file is meant to show.
        let criteria = temporary.path("criteria.yaml")
        try (String(contentsOf: role.criteria, encoding: .utf8) + "\nescalate:\n  possible_duplicate: false\n")
            .write(to: criteria, atomically: true, encoding: .utf8)
        let command = try await ShortlistCommand.screen(
            [input], criteria: criteria, out: out, launcher: ["/usr/bin/time", "-f", "peak_rss_kb=%M"])
        let peak = command.stderr.firstMatch(of: /peak_rss_kb=(\d+)/).flatMap { Int($0.1) }

        var outputs = ["stdout": command.stdout, "stderr": command.stderr]
        if let names = try? fileManager.contentsOfDirectory(atPath: out.path) {
            for name in names {
                outputs[name] = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            }
        }
        let output = RunOutput(folder: out)
        let rawLines = (try? output.resultLines().map(String.init)) ?? []
        let rows = rawLines.compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        let csv = try output.shortlist()
        return Run(
            command: command, outFolder: out, input: input, canaryToken: token, rows: rows,
            rawLines: rawLines, csv: csv, outputs: outputs, listenerConnections: listener.pendingConnections(),
            expectedKeys: expectedKeys, peakKilobytes: peak)
    }

    @Test func hostileTreeIsScreenedSafely() async throws {
        let temporary = try TemporaryDirectory(prefix: "hostile")
        defer { temporary.remove() }
        let run = try await Self.makeRun(in: temporary)

        // The run as a whole.
        // Hangs (an entity bomb expanded, a FIFO opened) are caught by the command's time-out; how fast the run is
        // belongs to the benchmarks, not to a wall-clock assertion here.
        #expect(!run.command.timedOut, "the run hung")
        try #require(run.command.exitCode == 0, "\(run.command)")
        let peak = try #require(run.peakKilobytes, "no peak RSS from /usr/bin/time: \(run.command.stderr)")
        #expect(peak < 400 * 1024, "peak RSS \(peak / 1024) MB")
        let summary = try #require(SummaryLine(in: run.command.stderr), "no summary line: \(run.command.stderr)")
        #expect(summary.files == run.expectedKeys.count)
        #expect(run.listenerConnections == 0, "the parser connected to the network")
        #expect(try RunOutput(folder: run.outFolder).manifest().fileCount == run.expectedKeys.count)

        // Exactly one valid JSON row per file in the tree.
        #expect(run.rows.count == run.rawLines.count, "a results.jsonl line is not a JSON object")
        let keys = run.rows.compactMap { $0["source_file"] as? String }
        #expect(keys.sorted() == run.expectedKeys.sorted())
        #expect(Set(keys).count == keys.count, "duplicate rows")
        let rowsByKey = Dictionary(
            run.rows.compactMap { row in (row["source_file"] as? String).map { ($0, row) } },
            uniquingKeysWith: { first, _ in first })
        var decided: [String: Int] = [:]
        for row in run.rows { decided[row["decision"] as? String ?? "?", default: 0] += 1 }
        #expect(
            summary.counts == decided.merging(["shortlist": 0, "review": 0, "reject": 0, "error": 0]) { a, _ in a })

        func row(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            try #require(rowsByKey["in/" + name], "no row for \(name)", sourceLocation: sourceLocation)
        }
        func decision(_ row: [String: Any]) -> String { row["decision"] as? String ?? "" }
        func status(_ row: [String: Any]) -> String { row["status"] as? String ?? "" }
        func reason(_ row: [String: Any]) -> String { (row["error"] as? String ?? "").lowercased() }
        func name(_ row: [String: Any]) -> String? {
            (row["candidate"] as? [String: Any])?["name"] as? String
        }
        func rules(_ row: [String: Any]) -> [String] {
            (row["rules"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        }

        // Nothing of the canary or /etc/passwd reaches any output.
        let passwdLines = try String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n")
            .map(String.init).filter { $0.count >= 8 }
        try #require(passwdLines.contains { $0.hasPrefix("root:x:0:0") })
        #expect(run.outputs.keys.contains("results.jsonl") && run.outputs.keys.contains("manifest.json"))
        #expect(run.outputs.keys.contains("shortlist.csv"))
        for (file, text) in run.outputs {
            #expect(!text.contains(run.canaryToken), "\(file) contains the canary token")
            #expect(!text.contains("CANARY-"), "\(file) contains canary text")
            for line in passwdLines {
                #expect(!text.contains(line), "\(file) contains a line of /etc/passwd: \(line)")
            }
        }

        // XXE: parsed, the entity content never substituted.
        for file in ["xxe-general.xml", "xxe-parameter.xml", "xxe-external-dtd.xml", "xxe-network.xml"] {
            let xxe = try row(file)
            #expect(status(xxe) == "parsed" || decision(xxe) == "error", "\(file): \(xxe)")
        }
        #expect(name(try row("xxe-general.xml")) == "Xavier General")
        #expect(name(try row("xxe-external-dtd.xml")) == "Xavier Dtd")
        #expect(name(try row("xxe-network.xml")) == "Xavier Network")

        // Entity bombs: a row, and the entity not expanded.
        for file in ["billion-laughs.xml", "quadratic.xml"] {
            let bomb = try row(file)
            #expect(status(bomb) == "parsed" || decision(bomb) == "error", "\(file): \(bomb)")
            #expect(!run.rawLines.first { $0.contains("\"in/\(file)\"") }!.contains("lollollol"))
            #expect(!run.rawLines.first { $0.contains("\"in/\(file)\"") }!.contains(String(repeating: "a", count: 100)))
        }

        // Deep nesting: a row, no crash.
        for file in ["deep.html", "deep.xml"] {
            let deep = try row(file)
            #expect(["parsed", "error"].contains(status(deep)), "\(file): \(deep)")
        }

        // Oversized: an error naming the limit.
        let huge = try row("huge.txt")
        #expect(decision(huge) == "error")
        #expect(reason(huge).contains("\(50 << 20) bytes, over the \(8 << 20)-byte limit"), "\(reason(huge))")

        // Binary in disguise: error rows saying what it is.
        let expectations = [("random.html", "binary"), ("png.txt", "png image"), ("pdf.txt", "pdf document")]
        for (file, what) in expectations {
            let binary = try row(file)
            #expect(decision(binary) == "error", "\(file): \(binary)")
            #expect(reason(binary).contains(what), "\(file): \(reason(binary))")
        }

        // Nothing to read.
        for file in ["empty.txt", "whitespace.txt"] {
            let empty = try row(file)
            #expect(decision(empty) == "error")
            #expect(reason(empty).contains("empty"), "\(file): \(reason(empty))")
        }

        // Encodings: parsed, names intact.
        let encodings = [
            ("invalid-utf8.txt", "José Invalid"), ("nul.txt", "Nora Nul"), ("utf16le.txt", "José Utf"),
            ("wrong-charset.html", "José Núñez"),
        ]
        for (file, expectedName) in encodings {
            let decoded = try row(file)
            #expect(status(decoded) == "parsed", "\(file): \(decoded)")
            #expect(name(decoded) == expectedName, "\(file)")
        }
        #expect(try row("utf16le.txt")["encoding"] as? String == "utf-16le")
        // Stray bytes in UTF-8 text: the valid UTF-8 (accents, dashes in date ranges) survives, scored like nul.txt.
        #expect(try row("invalid-utf8.txt")["encoding"] as? String == "utf-8")
        #expect(try row("invalid-utf8.txt")["score"] as? Double == (try row("nul.txt")["score"] as? Double))

        // Truncated XML: parsed with recovery, sent to a human.
        let truncated = try row("truncated.xml")
        #expect(status(truncated) == "parsed")
        #expect(truncated["parse_recovered"] as? Bool == true)
        #expect(decision(truncated) == "review", "\(truncated)")
        #expect(rules(truncated).contains("parse_recovered"), "\(rules(truncated))")
        #expect(name(truncated) == "Łukasz Wróbel")

        // A formula as a name: neutralized in the CSV, as written in the JSON.
        let formulaRow = try #require(
            run.csv.records.first { $0["source_file"] == "in/formula.html" }, "formula.html not in shortlist.csv")
        #expect(formulaRow["name"] == "'" + Self.formulaName)
        #expect(name(try row("formula.html")) == Self.formulaName)

        // Markup in names: plain JSON strings that decode back to what was written.
        #expect(name(try row("xss-script.html")) == Self.scriptName)
        #expect(name(try row("xss-attribute.html")) == Self.attributeName)
        // … and escaped text in the recruiter page, never markup.
        let report = try #require(run.outputs["report.html"], "no report.html")
        #expect(!report.contains("<script"), "report.html contains a <script> element")
        #expect(!report.contains("<img"), "report.html contains an <img> element")
        #expect(report.contains("&lt;script&gt;alert(1)&lt;/script&gt; Eve Script"))
        #expect(report.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Mallory Quote"))

        // Links: skipped with a reason.
        for (file, mention) in [("loop-a.txt", "loop"), ("loop-b.txt", "loop"), ("passwd.txt", "outside")] {
            let link = try row(file)
            #expect(decision(link) == "error" && status(link) == "skipped", "\(file): \(link)")
            #expect(reason(link).contains(mention), "\(file): \(reason(link))")
        }

        // Odd file names: exact keys (checked above with the key set), parsed.
        #expect(name(try row(Self.newlineName)) == "Nemo Newline")
        #expect(name(try row(Self.longName)) == "Lena Long")

        // A FIFO is never opened.
        let pipe = try row("pipe.html")
        #expect(decision(pipe) == "error" && status(pipe) == "skipped")
        #expect(reason(pipe).contains("pipe"))

        // Everything is accounted for: error and skipped rows carry a reason.
        for row in run.rows where decision(row) == "error" {
            #expect(!reason(row).isEmpty, "\(row)")
        }
        // The documented outcome of every file: decision and the rule that produced it.
        let documented: [(file: String, decision: String, rule: String)] = [
            ("xxe-general.xml", "review", "low_text"), ("xxe-parameter.xml", "review", "low_text"),
            ("xxe-external-dtd.xml", "review", "low_text"), ("xxe-network.xml", "review", "low_text"),
            ("billion-laughs.xml", "review", "knockout_low_text"), ("quadratic.xml", "review", "knockout_low_text"),
            ("deep.html", "review", "knockout_low_text"), ("deep.xml", "review", "knockout_low_text"),
            ("huge.txt", "error", "unreadable"), ("random.html", "error", "unreadable"),
            ("png.txt", "error", "unreadable"), ("pdf.txt", "error", "unreadable"),
            ("empty.txt", "error", "unreadable"), ("whitespace.txt", "error", "unreadable"),
            ("invalid-utf8.txt", "review", "review_band"), ("nul.txt", "review", "review_band"),
            ("utf16le.txt", "shortlist", "top_n"), ("wrong-charset.html", "shortlist", "top_n"),
            ("truncated.xml", "review", "parse_recovered"), ("formula.html", "shortlist", "top_n"),
            ("xss-script.html", "shortlist", "top_n"), ("xss-attribute.html", "shortlist", "top_n"),
            ("loop-a.txt", "error", "unreadable"), ("loop-b.txt", "error", "unreadable"),
            ("passwd.txt", "error", "unreadable"), ("pipe.html", "error", "unreadable"),
            (Self.newlineName, "review", "review_band"), (Self.longName, "review", "review_band"),
        ]
        #expect(documented.count == run.expectedKeys.count, "a file without a documented outcome")
        for expected in documented {
            let actual = try row(expected.file)
            #expect(decision(actual) == expected.decision, "\(expected.file): \(actual)")
            #expect(rules(actual).contains(expected.rule), "\(expected.file): \(rules(actual))")
        }

        // No output shows the markup payloads as markup (report.html, once it exists, included).
        for (file, text) in run.outputs where file.hasSuffix(".html") {
            #expect(!text.contains("<script>alert(1)") && !text.contains("<img src=x"), "\(file)")
        }
        // What needed libxml2's error recovery says so; the quadratic blow-up and plain XXE parse cleanly.
        for file in ["billion-laughs.xml", "deep.html", "deep.xml", "xxe-parameter.xml", "xxe-external-dtd.xml"] {
            #expect(try row(file)["parse_recovered"] as? Bool == true, "\(file)")
        }
        for file in ["quadratic.xml", "xxe-general.xml", "xxe-network.xml"] {
            #expect(try row(file)["parse_recovered"] as? Bool == false, "\(file)")
        }
    }
}
