import Foundation

/// Where parallel workers hand in results, each tagged with its index, to be read back in index order — so the order
/// of results never depends on scheduling.
///
/// `@unchecked Sendable` is safe here: the only stored mutable state, `items`, is read and written exclusively inside
/// `lock.withLock`, so every access is serialised by a pthread mutex (which ThreadSanitizer also understands;
/// `Synchronization.Mutex`'s futex path is invisible to it and produced a false report). Elements are Sendable.
final class IndexedResults<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int, Element)] = []

    func append(_ batch: [(Int, Element)]) {
        lock.withLock { items.append(contentsOf: batch) }
    }

    /// The results in index order, handed over: they are removed from here, so a large result is not held twice.
    func takeInIndexOrder() -> [Element] {
        lock.withLock {
            defer { items = [] }
            return items.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
