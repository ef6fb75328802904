import Foundation

/// Screening one resume on its own, for `shortlist explain --criteria ROLE.yaml RESUME`.
public enum SingleResume {
    /// Reads, scores and decides one file as if it were the only applicant.
    public static func screen(path: String, criteriaPath: String, asOf: String) throws(ScreeningError)
        -> CandidateRecord
    {
        let options = ScreeningOptions(criteriaPath: criteriaPath, outputPath: "", asOf: asOf, jobs: 1)
        let (criteria, referenceDate, _) = try ScreeningRun.loadCriteria(options)
        let items: InputList
        do { items = try InputEnumerator.enumerate([path]) } catch { throw .input(error) }
        ShortlistEngine.prepare()
        let evaluator = Evaluator(compiled: CompiledCriteria(criteria), referenceDate: referenceDate)
        let screener = CandidateScreener(
            evaluator: evaluator, blind: false, readFile: ScreeningRun.defaultFileReader)
        guard let item = items.first else { throw .input(.missing(path: path, reason: "nothing to read")) }
        if items.count > 1 || item.member != nil {
            throw .invalidOption(
                "\(path) is a ZIP archive of \(items.count) entr\(items.count == 1 ? "y" : "ies"); screen it with "
                    + "`shortlist screen`, then explain one candidate from its results.jsonl")
        }
        do {
            var record = try CandidateRecord.decode(String(decoding: screener.screenAlone(item), as: UTF8.self))
            record.rank = nil  // a rank in a pool of one says nothing
            return record
        } catch {
            throw .invalidOption("internal error: could not re-read the explanation (\(error))")
        }
    }

    /// Finds a candidate in a finished run's `results.jsonl` by candidate id or source file.
    public static func find(_ query: String, inResults path: String) throws -> CandidateRecord? {
        var url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("results.jsonl")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n") where line.contains(query) {
            let record = try CandidateRecord.decode(line)
            if record.candidateId == query || record.sourceFile == query || record.sourceFile.hasSuffix("/" + query) {
                return record
            }
        }
        return nil
    }
}
