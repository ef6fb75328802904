import Foundation

/// Collects the errors of parallel sample writes and keeps the one with the lowest document index, so the error
/// reported does not depend on thread scheduling.
final class SampleWriteFailures: @unchecked Sendable {
    // @unchecked: every access to `earliest` holds `lock`.
    private let lock = NSLock()
    private var earliest: (index: Int, error: any Error)?

    func record(_ error: any Error, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        if earliest == nil || index < earliest!.index { earliest = (index, error) }
    }

    /// The error of the lowest failed index, if any write failed.
    var first: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return earliest?.error
    }
}
