/// How much of a ZIP archive Shortlist is willing to read: the defences against zip bombs.
///
/// Every entry a limit stops becomes an `error` row that says which limit, so nothing is dropped silently. One entry
/// is never read beyond `ResumeReader.maxFileBytes` (8 MiB) whatever these limits say, and never beyond the size its
/// archive declares for it.
///
/// ```swift
/// var limits = ArchiveLimits()
/// limits.maxEntries = 10_000
/// let items = try InputEnumerator.enumerate(["dump.zip"], archiveLimits: limits)
/// ```
public struct ArchiveLimits: Sendable, Hashable {
    /// Entries one archive may list (files, folders and links alike). An archive that lists more is not opened at
    /// all: it gets one `error` row, because screening an arbitrary part of an export would bias the shortlist.
    /// Default 100,000.
    public var maxEntries = 100_000
    /// Uncompressed bytes read from one archive, summed over its entries in key order; entries past the limit are
    /// `error` rows. Default 2 GiB (10,000 typical resumes are under 100 MB).
    public var maxTotalBytes = 2 << 30
    /// Uncompressed size ÷ compressed size above which an entry is not decompressed. Default 100 (text resumes
    /// compress 3–15×; a zip bomb compresses 1,000× or more).
    public var maxCompressionRatio = 100
    /// Entries up to this uncompressed size are not held to `maxCompressionRatio`: a small file that compresses well
    /// costs nothing to read. Default 1 MiB.
    public var ratioExemptBytes = 1 << 20
    /// The central directory (the archive's table of contents) is read into memory only up to this size.
    /// Default 64 MiB, room for `maxEntries` entries with long names.
    public var maxDirectoryBytes = 64 << 20

    public init() {}

    /// Why an entry of `uncompressed` bytes stored in `compressed` bytes should not be decompressed, or nil.
    func ratioProblem(uncompressed: Int, compressed: Int) -> String? {
        guard uncompressed > ratioExemptBytes, uncompressed / max(compressed, 1) >= maxCompressionRatio else {
            return nil
        }
        return "compressed \(uncompressed / max(compressed, 1)):1, over the \(maxCompressionRatio):1 limit for entries "
            + "above \(ratioExemptBytes) bytes (a possible zip bomb): not decompressed"
    }
}
