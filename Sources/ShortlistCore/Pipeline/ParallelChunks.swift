import Foundation

/// Work over an index range split into contiguous chunks on several threads, with the results put back in index
/// order, so the output never depends on scheduling.
enum ParallelChunks {
    /// `transform` applied to contiguous ranges that cover `0..<count` in order, on up to `jobs` threads; one result
    /// per range, in range order.
    /// - Complexity: O(count) work in `transform`; a few ranges per thread balance uneven work.
    static func mapRanges<Result: Sendable>(
        count: Int, jobs: Int, _ transform: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let chunks = max(1, min(count, max(1, jobs) * 4))
        guard chunks > 1, jobs > 1 else { return [transform(0..<count)] }
        let collected = IndexedResults<Result>()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            collected.append([(chunk, transform((count * chunk / chunks)..<(count * (chunk + 1) / chunks)))])
        }
        return collected.takeInIndexOrder()
    }
}
