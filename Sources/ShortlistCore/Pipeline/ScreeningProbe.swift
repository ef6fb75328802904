/// The single-document entry point for fuzzing and tools: one resume's bytes through the whole screening path.
public enum ScreeningProbe {
    /// Reads, scores and decides one document as if it were the only applicant, and returns its `results.jsonl`
    /// line (without the newline).
    ///
    /// Runs exactly what a batch run does for one file — `ResumeReader` → `Evaluator` → `Escalation` → ranking of a
    /// pool of one → `CandidateRecord` line — so an unreadable document comes back as a record with
    /// `"status":"error"` and the reason, never as a thrown error or a trap.
    ///
    /// ```swift
    /// let line = ScreeningProbe.screen(
    ///     bytes: Array("<p>Swift</p>".utf8), path: "x.html", compiled: compiled,
    ///     referenceDate: YearMonth(year: 2026, month: 11))
    /// ```
    ///
    /// Call `ShortlistEngine.prepare()` once before the first call.
    ///
    /// - Complexity: O(n) in the document size, bounded by `ResumeReader.maxFileBytes` and the markup limits.
    public static func screen(bytes: [UInt8], path: String, compiled: CompiledCriteria, referenceDate: YearMonth)
        -> String
    {
        let evaluator = Evaluator(compiled: compiled, referenceDate: referenceDate)
        let screener = CandidateScreener(evaluator: evaluator, blind: false, readFile: { _ in bytes })
        let item = InputItem(key: path, path: path, kind: .file(size: bytes.count))
        return String(decoding: screener.screenAlone(item), as: UTF8.self)
    }
}
