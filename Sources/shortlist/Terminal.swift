import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

extension CleanExit {
    /// Prints `message` to stderr and exits with status 1 — for errors the user can fix (bad criteria, bad paths).
    static func failure(_ message: String) -> ExitCode {
        printToStandardError("error: " + message)
        return ExitCode.failure
    }
}

/// "done/total, rate, ETA" on one repainted stderr line, only when stderr is a terminal.
final class ProgressReporter: Sendable {
    private let start = ContinuousClock.now

    static func forStandardError() -> ProgressReporter? {
        isatty(STDERR_FILENO) == 1 ? ProgressReporter() : nil
    }

    @Sendable func update(done: Int, total: Int) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r%d/%d resumes  %.0f/s  ETA %.1f s   ", done, total, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
