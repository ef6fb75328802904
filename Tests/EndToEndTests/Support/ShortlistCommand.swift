import Foundation
import Testing

/// What one run of the built `shortlist` binary left behind: its exit status and everything it printed.
struct CommandResult: Sendable, CustomStringConvertible {
    /// The command line as a user would type it: `shortlist screen …`.
    var command: [String]
    var exitCode: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool

    var description: String {
        "$ \(command.joined(separator: " "))\n→ exit \(exitCode)\(timedOut ? " (killed: timed out)" : "")"
            + "\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

/// Runs the built `shortlist` executable as a subprocess, like swift-argument-parser's `AssertExecuteCommand`.
enum ShortlistCommand {
    /// The executable next to the test bundle (the build's products folder), found at run time so the suite works
    /// for `swift test`, for a custom `--build-path`, and in a fresh clone. `SHORTLIST_BINARY` overrides it.
    static let executable: URL? = locate()

    /// Longest a single command may run. A debug build screens the sample data in well under a second; a hang
    /// (for example a FIFO opened for reading) must fail the test rather than the whole suite.
    static let timeout: Duration = .seconds(60)

    /// Runs `shortlist ARGUMENTS…`, optionally behind a privilege-dropping `launcher` such as
    /// `["/usr/bin/setpriv", "--reuid=65534", …, "--"]`, and returns its exit status and output.
    static func run(
        _ arguments: [String], launcher: [String] = [], executable: URL? = nil, in directory: URL? = nil
    ) async throws -> CommandResult {
        guard let binary = executable ?? Self.executable else {
            throw LocateError(
                "cannot find the built 'shortlist' executable next to the test bundle; run `swift build` first "
                    + "or set SHORTLIST_BINARY")
        }
        if let program = launcher.first {
            let wrapped = Array(launcher.dropFirst()) + [binary.path] + arguments
            var result = try await execute(URL(fileURLWithPath: program), wrapped, in: directory)
            result.command = launcher + ["shortlist"] + arguments
            return result
        }
        var result = try await execute(binary, arguments, in: directory)
        result.command = ["shortlist"] + arguments
        return result
    }

    /// Runs another program (mkfifo, sha256sum) the same way.
    static func runTool(_ path: String, _ arguments: [String]) async throws -> CommandResult {
        try await execute(URL(fileURLWithPath: path), arguments, in: nil)
    }

    /// Starts `program`, waits for it without blocking a thread (killing it after `timeout`), and collects its
    /// output through files rather than pipes, so a large output can never dead-lock the wait.
    private static func execute(_ program: URL, _ arguments: [String], in directory: URL?) async throws
        -> CommandResult
    {
        let scratch = try TemporaryDirectory(prefix: "command")
        defer { scratch.remove() }
        let stdoutURL = scratch.url.appendingPathComponent("stdout")
        let stderrURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }

        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? SampleData.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle

        let watchdog = Watchdog()
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            watchdog.start(process, after: timeout)
        }
        watchdog.cancel()
        return CommandResult(
            command: [program.path] + arguments, exitCode: status,
            stdout: String(decoding: readAll(stdoutURL), as: UTF8.self),
            stderr: String(decoding: readAll(stderrURL), as: UTF8.self),
            timedOut: watchdog.fired)
    }

    private static func locate() -> URL? {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SHORTLIST_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var folders: [URL] = []
        // Linux: the test runner is `<products>/ShortlistPackageTests.xctest`, an executable in the products folder.
        if let runner = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        // macOS: the tests live in `<products>/ShortlistPackageTests.xctest/Contents/MacOS/…`.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(SampleData.packageRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("shortlist")
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                fileManager.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    struct LocateError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// Terminates a subprocess that outlives `ShortlistCommand.timeout`, and remembers that it did.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var work: DispatchWorkItem?
    private var didFire = false

    func start(_ process: Process, after timeout: Duration) {
        let work = DispatchWorkItem { [self] in
            guard process.isRunning else { return }
            lock.withLock { didFire = true }
            process.terminate()
        }
        lock.withLock { self.work = work }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(timeout.components.seconds)), execute: work)
    }

    func cancel() { lock.withLock { work?.cancel() } }

    var fired: Bool { lock.withLock { didFire } }
}

extension ShortlistCommand {
    /// `shortlist screen INPUTS… --criteria CRITERIA --out OUT --as-of 2026-11-01 EXTRA…`.
    static func screen(
        _ inputs: [URL], criteria: URL, out: URL, _ extra: [String] = [], launcher: [String] = [],
        executable: URL? = nil
    ) async throws -> CommandResult {
        let options = ["--criteria", criteria.path, "--out", out.path, "--as-of", SampleData.asOf]
        return try await run(
            ["screen"] + inputs.map(\.path) + options + extra, launcher: launcher, executable: executable)
    }
}

/// The end-of-run line `screen` always prints on stderr:
/// `15 resumes in 0.04 s (395/s): 4 shortlist, 5 review, 6 reject, 0 error → out/`.
struct SummaryLine: Equatable, CustomStringConvertible {
    var files: Int
    var counts: [String: Int]

    init?(in stderr: String) {
        let pattern =
            /([\d,]+) resumes? in [\d.]+ s \([\d,]+\/s\): ([\d,]+) shortlist, ([\d,]+) review, ([\d,]+) reject, ([\d,]+) error/
        guard let match = stderr.firstMatch(of: pattern) else { return nil }
        func number(_ text: Substring) -> Int { Int(text.filter(\.isNumber)) ?? -1 }
        files = number(match.1)
        counts = [
            "shortlist": number(match.2), "review": number(match.3), "reject": number(match.4),
            "error": number(match.5),
        ]
    }

    var description: String { "\(files) files: \(counts)" }
}

/// Reads a whole file through `FileHandle` (`Data(contentsOf:)` leaks its buffer on Linux under AddressSanitizer).
private func readAll(_ url: URL) -> Data {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
    defer { try? handle.close() }
    return (try? handle.readToEnd()) ?? Data()
}
