import Foundation
import Testing

/// Unusable arguments stop `screen` before it writes anything, with a message naming the flag.
@Suite struct ArgumentValidationTests {
    struct BadArgument: Sendable, CustomTestStringConvertible {
        var flag: String
        var value: String
        var testDescription: String { "\(flag) \(value)" }
    }

    @Test(arguments: [
        BadArgument(flag: "--top", value: "0"),
        BadArgument(flag: "--top", value: "-3"),
        BadArgument(flag: "--as-of", value: "2026-13-01"),
        BadArgument(flag: "--as-of", value: "yesterday"),
        BadArgument(flag: "--jobs", value: "0"),
    ])
    func unusableFlagValueIsRejectedNamingTheFlag(_ bad: BadArgument) async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "args")
        defer { temporary.remove() }
        let out = temporary.path("out")

        let result = try await ShortlistCommand.run([
            "screen", role.resumes.path, "--criteria", role.criteria.path, "--out", out.path,
            "\(bad.flag)=\(bad.value)",
        ])

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains(bad.flag), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for unusable arguments")
    }

    @Test func missingInputPathIsRejectedNamingThePath() async throws {
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "missing")
        defer { temporary.remove() }
        let missing = temporary.path("no-such-folder")

        let result = try await ShortlistCommand.screen([missing], criteria: role.criteria, out: temporary.path("out"))

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains(missing.path), "\(result.stderr)")
    }
}
