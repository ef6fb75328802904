import Foundation

/// Work over an index range split into contiguous chunks on several threads, with the results put back in index
/// order, so the output never depends on scheduling.
enum ParallelChunks {
    /// `transform` applied to each index of `0..<count`, on up to `jobs` threads.
    /// - Complexity: O(count) transforms; a few chunks per thread balance uneven work.
    static func map<Result: Sendable>(
        count: Int, jobs: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let chunks = max(1, min(count, max(1, jobs) * 4))
        guard chunks > 1, jobs > 1 else { return (0..<count).map(transform) }
        let collected = IndexedResults<[Result]>()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            collected.append([(chunk, range.map(transform))])
        }
        return Array(collected.inIndexOrder().joined())
    }
}
