import Foundation

/// Where a run keeps every entry's `SpilledRecord` (head and encoded body) between its two passes: temporary files
/// in the output folder, in entry order, each about `segmentBytes` and never splitting a record.
///
/// The second pass reads the records once, in order, and deletes each file as soon as it has read it, so the spill
/// and `results.jsonl` are never both whole on disk (or in the page cache): a run of 100,000 resumes spills about
/// 1.5 GB and then writes as much again.
final class SpillFiles {
    /// One file of the spill and the index of the first entry whose record it holds.
    struct Segment {
        var file: StreamedFile
        var firstEntry: Int
    }

    private let output: OutputDirectory
    private let name: String
    private let segmentBytes: Int
    private(set) var segments: [Segment] = []
    private var entryCount = 0
    private var bytesInLast = 0

    /// Files of about 64 MiB: few enough to stay out of the way, small enough that deleting them as they are read
    /// matters.
    static let segmentBytes = 64 << 20

    /// - Parameter name: the files are `.NAME.0.partial`, `.NAME.1.partial`, … in `output`.
    init(in output: OutputDirectory, name: String, segmentBytes: Int = SpillFiles.segmentBytes) {
        self.output = output
        self.name = name
        self.segmentBytes = segmentBytes
    }

    /// Appends the next entry's record: its head and its body, which are written back to back.
    func append(head: [UInt8], body: [UInt8]) throws(OutputError) {
        let file = try nextRecord(length: head.count + body.count)
        try file.append(head)
        try file.append(body)
    }

    /// Appends the next entry's record, head and body already together.
    func append(record: [UInt8]) throws(OutputError) {
        try nextRecord(length: record.count).append(record)
    }

    /// The file the next record goes to (a new one once the last has `segmentBytes`), counting the record in.
    private func nextRecord(length: Int) throws(OutputError) -> StreamedFile {
        if segments.isEmpty || bytesInLast >= segmentBytes {
            // A full file is closed and its buffer freed: a run of 100,000 spills two dozen files.
            try segments.last?.file.finishWriting()
            let file = try output.stream("\(name).\(segments.count)")
            segments.append(Segment(file: file, firstEntry: entryCount))
            bytesInLast = 0
        }
        bytesInLast += length
        entryCount += 1
        return segments[segments.count - 1].file
    }

    /// Writes what is buffered and closes the last file: every record can be read.
    func finishWriting() throws(OutputError) {
        try segments.last?.file.finishWriting()
    }

    /// The segment holding entry `index`'s record.
    func segment(holding index: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].firstEntry <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The first entry after segment `index` (the entry count for the last one).
    func endEntry(of index: Int) -> Int {
        index + 1 < segments.count ? segments[index + 1].firstEntry : entryCount
    }

    /// Deletes segment `index` (its records have been read).
    func discard(segment index: Int) {
        segments[index].file.discard()
    }

    /// Deletes every file (the end of a run, or a run that stops).
    func discard() {
        for segment in segments { segment.file.discard() }
    }
}
