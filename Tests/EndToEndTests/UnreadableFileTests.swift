import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file the screener may not read becomes an error row saying "permission denied".
@Suite struct UnreadableFileTests {
    /// How to run the binary as a user for whom `chmod 000` means something: root reads every file, so as root the
    /// binary runs as `nobody` (uid/gid 65534) through setpriv or runuser; as anyone else it runs directly.
    static func unprivilegedLauncher() -> [String]? {
        guard getuid() == 0 else { return [] }
        let fileManager = FileManager.default
        if fileManager.isExecutableFile(atPath: "/usr/bin/setpriv") {
            return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        }
        for path in ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        where fileManager.isExecutableFile(atPath: path) {
            return [path, "-u", "nobody", "--"]
        }
        return nil
    }

    @Test(
        .enabled(
            if: unprivilegedLauncher() != nil,
            "running as root without setpriv or runuser: cannot drop privileges, so chmod 000 cannot be tested"))
    func unreadableFileBecomesAPermissionDeniedRow() async throws {
        let launcher = try #require(Self.unprivilegedLauncher())
        let role = Role.all[0]
        let temporary = try TemporaryDirectory(prefix: "perm")
        defer { temporary.remove() }
        let fileManager = FileManager.default
        let input = try temporary.folder("in")
        let good = role.resumes.appendingPathComponent("01-jose-nunez.html")
        try fileManager.copyItem(at: good, to: input.appendingPathComponent("01-jose-nunez.html"))
        let locked = input.appendingPathComponent("02-locked.html")
        try fileManager.copyItem(at: good, to: locked)
        let criteria = temporary.path("role.yaml")
        try fileManager.copyItem(at: role.criteria, to: criteria)
        let out = RunOutput(folder: try temporary.folder("out"))

        // Everything world-readable except the one locked file; the binary is copied in so `nobody` can run it
        // wherever the clone lives.
        var executable: URL? = nil
        if !launcher.isEmpty, let built = ShortlistCommand.executable {
            let copy = temporary.path("shortlist")
            try fileManager.copyItem(at: built, to: copy)
            try fileManager.setPermissions(0o755, of: copy)
            executable = copy
        }
        for folder in [temporary.url, input] { try fileManager.setPermissions(0o755, of: folder) }
        for file in [criteria, input.appendingPathComponent("01-jose-nunez.html")] {
            try fileManager.setPermissions(0o644, of: file)
        }
        try fileManager.setPermissions(0o777, of: out.folder)
        try fileManager.setPermissions(0o000, of: locked)

        let probe = try await ShortlistCommand.run(["--version"], launcher: launcher, executable: executable)
        if probe.exitCode != 0 {
            try Test.cancel("the unprivileged user cannot run the binary here: \(probe)")
        }

        let result = try await ShortlistCommand.screen(
            [input], criteria: criteria, out: out.folder, launcher: launcher, executable: executable)
        try #require(result.exitCode == 0, "\(result)")

        let row = try #require(try out.result(for: "in/02-locked.html"))
        #expect(row.decision == "error")
        #expect(row.status == "error")
        #expect(row.error?.contains("permission denied") == true, "reason: \(row.error ?? "none")")
        #expect(try out.result(for: "in/01-jose-nunez.html")?.status == "parsed")
        #expect(SummaryLine(in: result.stderr)?.counts["error"] == 1, "stderr: \(result.stderr)")
    }
}
