import Dispatch

/// Work started on a global queue while the thread that started it does something else, and whose result that
/// thread takes when it needs it (`take()` waits). Always waited for before the run moves on or returns, so nothing
/// outlives it.
///
/// Sendable as a final class of constants that are themselves Sendable: the group, and `IndexedResults`, whose one
/// element is handed over under its lock.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = IndexedResults<Value>()

    init(_ work: @escaping @Sendable () -> Value) {
        let result = self.result
        DispatchQueue.global().async(group: done) { result.append([(0, work())]) }
    }

    /// Blocks until the work has finished.
    func wait() { done.wait() }

    /// The work's result, once it has finished, handed over: this object no longer holds it, so a large result
    /// (the input list of a 100,000-file dump) is freed as soon as its taker lets it go. Taken once.
    func take() -> Value {
        done.wait()
        let taken = result.takeInIndexOrder()
        precondition(taken.count == 1, "a background result is taken once")
        return taken[0]
    }
}
