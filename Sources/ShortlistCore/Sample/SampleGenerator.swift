import Foundation

/// Generates realistic synthetic resumes for demos and benchmarks, deterministically from a seed.
///
/// About half the documents are HTML (four house styles), a quarter plain text, 15% HR-XML and 10% XHTML; 1% carry
/// a misleading extension. Names, careers, skills and wording vary widely, and document `i` depends only on
/// `(seed, i)`, so any document can be regenerated on its own and generation parallelises freely.
///
/// ```swift
/// let generator = SampleGenerator(seed: 42)
/// let first = generator.document(at: 0)      // same bytes on every run and platform
/// try generator.write(count: 10_000, to: URL(fileURLWithPath: "sample"), progress: nil)
/// ```
public struct SampleGenerator: Sendable {
    /// The seed `generate-sample` uses when none is given.
    public static let defaultSeed: UInt64 = 2026

    /// At most this many files go into one subdirectory (`0000/`, `0001/`, …).
    public static let filesPerDirectory = 1_000

    /// Documents are kept at or below this many bytes (12 KiB), as resumes rarely run longer.
    static let maximumFileSize = 12_288

    /// The seed every document derives from.
    public let seed: UInt64

    /// Creates a generator whose documents are determined by `seed`.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The document with the given index (0-based); the result depends only on the seed and `index`.
    ///
    /// - Complexity: O(size of the document), independent of `index`.
    public func document(at index: Int) -> GeneratedDocument {
        precondition(index >= 0, "document index must not be negative")
        var random = SeededRandom(seed: seed, stream: UInt64(index))
        let format = SampleFormat.allCases[random.weightedIndex(SampleFormat.shares)]
        let misleading = random.chance(SampleFormat.misleadingExtensionPercent)
        var resume = SyntheticResumeBuilder.resume(using: &random)
        // Long careers in verbose templates can outgrow a realistic file; drop bullets and render again with the
        // same presentation choices until the file fits.
        var bytes: [UInt8]
        repeat {
            var renderRandom = random
            bytes = SyntheticResumeRenderer.render(resume, as: format, using: &renderRandom)
        } while bytes.count > Self.maximumFileSize && resume.shorten()
        let name = SyntheticPeople.slug("\(resume.person.givenName) \(resume.person.familyName)", separator: "-")
        let fileExtension = misleading ? format.misleadingExtension : format.fileExtension
        let path =
            "\(Self.directoryName(for: index))/\(SyntheticText.zeroPadded(index, width: 7))-\(name).\(fileExtension)"
        return GeneratedDocument(relativePath: path, bytes: bytes, format: format, hasMisleadingExtension: misleading)
    }

    /// Writes documents `0..<count` under `directory`, creating it and one subdirectory per
    /// `filesPerDirectory` documents. Existing files with the same names are overwritten.
    ///
    /// Documents are generated and written in parallel, several subdirectories at a time (the kernel serialises
    /// file creation within one directory); `progress` is called on the calling thread after each round with the
    /// number of documents written so far, ending with `count`.
    ///
    /// - Throws: The first error (lowest document index) from creating a directory or writing a file.
    /// - Complexity: O(`count`), spread over all cores.
    public func write(count: Int, to directory: URL, progress: ((Int) -> Void)? = nil) throws {
        precondition(count >= 0, "count must not be negative")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        let directoriesPerRound = min(8, max(2, ProcessInfo.processInfo.activeProcessorCount))
        let chunkSize = 25
        var roundStart = 0
        while roundStart < count {
            let round = roundStart..<min(roundStart + directoriesPerRound * Self.filesPerDirectory, count)
            for start in stride(from: round.lowerBound, to: round.upperBound, by: Self.filesPerDirectory) {
                try fileManager.createDirectory(
                    at: directory.appendingPathComponent(Self.directoryName(for: start), isDirectory: true),
                    withIntermediateDirectories: true)
            }
            // Chunk c belongs to directory c % directories, so neighbouring chunks run in different directories.
            let directories = (round.count + Self.filesPerDirectory - 1) / Self.filesPerDirectory
            let chunksPerDirectory = (Self.filesPerDirectory + chunkSize - 1) / chunkSize
            let failures = SampleWriteFailures()
            DispatchQueue.concurrentPerform(iterations: directories * chunksPerDirectory) { chunk in
                let directoryStart = round.lowerBound + (chunk % directories) * Self.filesPerDirectory
                let directoryEnd = min(directoryStart + Self.filesPerDirectory, round.upperBound)
                let first = directoryStart + (chunk / directories) * chunkSize
                guard first < directoryEnd else { return }
                for index in first..<min(first + chunkSize, directoryEnd) {
                    let document = self.document(at: index)
                    do {
                        try Self.writeFile(document.bytes, to: directory.appendingPathComponent(document.relativePath))
                    } catch {
                        failures.record(error, at: index)
                    }
                }
            }
            if let error = failures.first { throw error }
            roundStart = round.upperBound
            progress?(roundStart)
        }
    }

    /// Creates or truncates the file and writes `bytes`. A plain `open(2)` is several times faster than
    /// `Data.write(to:)` for many small files; when it fails, `Data.write` runs instead for its descriptive error.
    private static func writeFile(_ bytes: [UInt8], to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            try Data(bytes).write(to: url)
            return
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    /// `0000` for documents 0–999, `0001` for 1,000–1,999, …
    static func directoryName(for index: Int) -> String {
        SyntheticText.zeroPadded(index / filesPerDirectory, width: 4)
    }
}
