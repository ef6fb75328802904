import Benchmark
import Foundation
import ShortlistCore

// Metrics: wall clock and throughput for humans; malloc counts and instructions are the stable ones CI gates on
// (wall clock on a shared 2-core machine is too noisy to fail a build on).
private func metrics() -> [BenchmarkMetric] { [
    .wallClock, .throughput, .cpuTotal, .instructions, .mallocCountTotal, .peakMemoryResident,
] }

/// Malloc counts are deterministic for a given input and thread count up to scheduling noise in Dispatch and
/// Foundation (a few hundred allocations per run): 2% absorbs that and still catches a new per-resume allocation
/// (10,000 resumes → +10,000 mallocs = well over 2% of the per-resume budget in the matcher-only runs).
private func mallocTolerance() -> BenchmarkThresholds { BenchmarkThresholds(relative: [.p50: 2.0]) }
/// Instructions vary less than 1% between runs of the same binary; 5% flags a real regression without flakes.
private func instructionTolerance() -> BenchmarkThresholds { BenchmarkThresholds(relative: [.p50: 5.0]) }

private func configuration(iterations: Int, seconds: Int) -> Benchmark.Configuration {
    .init(
        metrics: metrics(), warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(seconds),
        maxIterations: iterations,
        thresholds: [.mallocCountTotal: mallocTolerance(), .instructions: instructionTolerance()])
}

/// The same 10,000 synthetic resumes for every run (seed 2026), generated once into a cache folder.
private func corpus(count: Int) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-bench-\(count)")
    let marker = folder.appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: marker.path) {
        try? FileManager.default.removeItem(at: folder)
        try SampleGenerator(seed: SampleGenerator.defaultSeed).write(count: count, to: folder)
        FileManager.default.createFile(atPath: marker.path, contents: Data())
    }
    return folder
}

private func criteriaFile(count: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-bench-criteria-\(count).yaml")
    try SyntheticCriteria.yaml(criteriaCount: count, seed: SampleGenerator.defaultSeed)
        .write(to: path, atomically: true, encoding: .utf8)
    return path.path
}

private func screen(corpus: URL, criteria: String, jobs: Int) throws -> ScreeningSummary {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-bench-out-\(jobs)")
    let options = ScreeningOptions(
        criteriaPath: criteria, outputPath: out.path, asOf: "2026-11-01", jobs: jobs, force: true)
    return try ScreeningRun.run(inputs: [corpus.path], options: options)
}

let benchmarks: @Sendable () -> Void = {
    let resumeCount = Int(ProcessInfo.processInfo.environment["SHORTLIST_BENCH_RESUMES"] ?? "") ?? 10_000

    // End to end: enumerate, read, parse, match, score, rank, write results.jsonl, shortlist.csv, manifest.json.
    for jobs in [1, 2] {
        Benchmark(
            "screen \(resumeCount) resumes, 50 criteria, jobs \(jobs)",
            configuration: configuration(iterations: 5, seconds: 30)
        ) { (benchmark: Benchmark, setup: (URL, String)) in
            for _ in benchmark.scaledIterations {
                blackHole(try? screen(corpus: setup.0, criteria: setup.1, jobs: jobs))
            }
        } setup: {
            (try corpus(count: resumeCount), try criteriaFile(count: 50))
        }
    }

    // Parse only, per format: 500 documents of one format read from memory (no I/O), one iteration = 500 reads.
    for format in ["html", "txt", "xml", "xhtml"] {
        Benchmark(
            "parse 500 \(format) resumes",
            configuration: configuration(iterations: 20, seconds: 10)
        ) { (benchmark: Benchmark, documents: [GeneratedDocument]) in
            ShortlistEngine.prepare()
            let reader = ResumeReader()
            for _ in benchmark.scaledIterations {
                for document in documents {
                    blackHole(try? reader.read(bytes: document.bytes, path: document.relativePath))
                }
            }
        } setup: {
            let generator = SampleGenerator(seed: SampleGenerator.defaultSeed)
            var documents: [GeneratedDocument] = []
            var index = 0
            while documents.count < 500 {
                let document = generator.document(at: index)
                if document.relativePath.hasSuffix("." + format) { documents.append(document) }
                index += 1
            }
            return documents
        }
    }

    // Matcher only: the normalized text of 1,000 resumes (about 6 MB) scanned by automata of 50, 500 and 5,000
    // criteria. Flat cost in the number of terms is the design promise.
    for criteriaCount in [50, 500, 5_000] {
        Benchmark(
            "match 1000 resumes against \(criteriaCount) criteria",
            configuration: configuration(iterations: 20, seconds: 10)
        ) { (benchmark: Benchmark, setup: (compiled: CompiledCriteria, texts: [[UInt8]])) in
            for _ in benchmark.scaledIterations {
                var hits = 0
                for text in setup.texts { setup.compiled.automaton.scan(text) { _ in hits += 1 } }
                blackHole(hits)
            }
        } setup: {
            let criteria = try CriteriaLoader.parse(
                yaml: SyntheticCriteria.yaml(criteriaCount: criteriaCount, seed: SampleGenerator.defaultSeed),
                path: "synthetic-\(criteriaCount).yaml")
            ShortlistEngine.prepare()
            let reader = ResumeReader()
            let generator = SampleGenerator(seed: SampleGenerator.defaultSeed)
            let texts = (0..<1_000).compactMap { index -> [UInt8]? in
                let document = generator.document(at: index)
                guard let resume = try? reader.read(bytes: document.bytes, path: document.relativePath) else {
                    return nil
                }
                return TextNormalizer.shared.normalize(resume.text).bytes
            }
            return (compiled: CompiledCriteria(criteria), texts: texts)
        }
    }
}
