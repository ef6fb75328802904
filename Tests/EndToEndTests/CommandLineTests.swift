import Foundation
import ShortlistCore
import Testing

/// The binary under test is the one built from this tree, and it describes itself.
@Suite struct CommandLineTests {
    @Test func builtBinaryReportsThisTreesVersion() async throws {
        let result = try await ShortlistCommand.run(["--version"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ShortlistVersion.current,
            "a stale or foreign binary at \(ShortlistCommand.executable?.path ?? "nowhere")")
    }

    @Test func helpListsTheSubcommands() async throws {
        let result = try await ShortlistCommand.run(["--help"])

        #expect(result.exitCode == 0, "\(result)")
        for subcommand in ["screen", "explain", "check-criteria", "inspect"] {
            #expect(result.stdout.contains(subcommand), "\(result.stdout)")
        }
    }

    @Test func unknownSubcommandFailsWithUsage() async throws {
        let result = try await ShortlistCommand.run(["shortlist-everyone"])

        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("Usage"), "\(result.stderr)")
    }
}
