import Foundation
import Testing

@testable import ShortlistCore

/// ZIP archives as inputs, in process: how entries become rows (keys, unsafe names, hidden entries, links, limits)
/// and how damaged or hostile entries are read — always a row with the reason, never a hang.
@Suite("Reading ZIP archives")
struct ArchiveReadingTests {
    private static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleData")

    /// A fresh folder holding `archive` as `name`, removed by the caller.
    private func folder(with archive: [UInt8], named name: String = "export.zip") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-zip-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(archive).write(to: folder.appendingPathComponent(name))
        return folder
    }

    private func rows(_ items: some Sequence<InputItem>) -> [String: InputItem.Kind] {
        Dictionary(uniqueKeysWithValues: items.map { ($0.key, $0.kind) })
    }

    /// Screens `inputs` in process and returns `results.jsonl` decoded, keyed by source file.
    private func screen(_ inputs: [String], limits: ArchiveLimits = ArchiveLimits()) throws -> [String: CandidateRecord]
    {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-zip-out-\(UUID())")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = ScreeningOptions(
            criteriaPath: Self.sampleData.appendingPathComponent("criteria/backend-engineer.yaml").path,
            outputPath: out.path, asOf: "2026-11-01", jobs: 2)
        options.archiveLimits = limits
        _ = try ScreeningRun.run(inputs: inputs, options: options)
        let text = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
        let records = try text.split(separator: "\n").map { try CandidateRecord.decode($0) }
        return Dictionary(uniqueKeysWithValues: records.map { ($0.sourceFile, $0) })
    }

    @Test func entriesAreKeyedUnderTheArchiveWithTheirFolders() throws {
        let archive = try ZIPFixture.archive([
            .directory("resumes/"), .text("resumes/jane.html", "<p>Jane</p>"),
            .text("resumes/more/bob.txt", "Bob"), .text("zoe.txt", "Zoe"),
        ])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let items = try InputEnumerator.enumerate([folder.path])
        let root = folder.lastPathComponent
        #expect(
            items.map(\.key) == [
                "\(root)/export.zip/resumes/jane.html", "\(root)/export.zip/resumes/more/bob.txt",
                "\(root)/export.zip/zoe.txt",
            ])
        #expect(items.map { $0.member?.name } == ["resumes/jane.html", "resumes/more/bob.txt", "zoe.txt"])
        #expect(items.allSatisfy { $0.path == folder.appendingPathComponent("export.zip").path })
        // Given directly, the archive's own name starts the key, like a file given directly.
        let direct = try InputEnumerator.enumerate([folder.appendingPathComponent("export.zip").path])
        #expect(direct.first?.key == "export.zip/resumes/jane.html")
    }

    @Test func unsafeNamesLinksAndHiddenEntriesAreRowsWithTheirReason() throws {
        let archive = try ZIPFixture.archive([
            .text("../../x.html", "<p>x</p>"), .text("/etc/passwd", "root:x:0:0"), .text("C:/boot.txt", "x"),
            .text("folder\\evil.txt", "x"), .text("a/../../b.txt", "x"),
            .text("__MACOSX/._jane.html", "x"), .text("__MACOSX/more/._bob.txt", "x"), .text(".DS_Store", "x"),
            .link("link.html", target: "/etc/passwd"), .text("ok.txt", "Ok"),
        ])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let found = rows(try InputEnumerator.enumerate([folder.appendingPathComponent("export.zip").path]))
        #expect(
            found["export.zip/../../x.html"]
                == .skipped(reason: "unsafe entry name ('..' climbs out of the archive): not read"))
        #expect(found["export.zip//etc/passwd"] == .skipped(reason: "unsafe entry name (an absolute path): not read"))
        #expect(found["export.zip/C:/boot.txt"] == .skipped(reason: "unsafe entry name (a drive letter): not read"))
        #expect(
            found["export.zip/folder\\evil.txt"]
                == .skipped(
                    reason: "unsafe entry name (backslashes, a Windows path that could point outside the archive): "
                        + "not read"))
        #expect(
            found["export.zip/a/../../b.txt"]
                == .skipped(reason: "unsafe entry name ('..' climbs out of the archive): not read"))
        #expect(found["export.zip/__MACOSX/"] == .skipped(reason: "hidden folder (not screened): 2 entries"))
        #expect(found["export.zip/.DS_Store"] == .skipped(reason: "hidden file"))
        #expect(found["export.zip/link.html"] == .skipped(reason: "symbolic link inside the archive (not followed)"))
        #expect(found["export.zip/ok.txt"] == .file(size: 2))
        #expect(found.count == 9)
    }

    @Test func zipBombLimitsTurnEntriesIntoErrorRows() throws {
        let archive = try ZIPFixture.archive([
            .file("huge.txt", Array(repeating: 0x20, count: ResumeReader.maxFileBytes + 1)),
            .file("ratio.txt", Array(repeating: 0x41, count: 2 << 20)),
            .file("a.txt", Array("Alpha resume".utf8)), .file("b.txt", Array("Beta resume".utf8)),
            .file("c.txt", Array("Gamma resume".utf8)),
        ])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        var limits = ArchiveLimits()
        limits.maxTotalBytes = 24  // a.txt (12) and b.txt (11) fit; c.txt does not

        let found = rows(
            try InputEnumerator.enumerate([folder.appendingPathComponent("export.zip").path], archiveLimits: limits))
        #expect(found["export.zip/huge.txt"] == .file(size: ResumeReader.maxFileBytes + 1))
        guard case .unreadable(let ratio) = found["export.zip/ratio.txt"] else {
            Issue.record("ratio.txt should be unreadable: \(String(describing: found["export.zip/ratio.txt"]))")
            return
        }
        #expect(ratio.hasPrefix("compressed "))
        #expect(ratio.contains(":1, over the 100:1 limit for entries above 1048576 bytes (a possible zip bomb)"))
        #expect(found["export.zip/a.txt"] == .file(size: 12))
        #expect(found["export.zip/b.txt"] == .file(size: 11))
        #expect(
            found["export.zip/c.txt"]
                == .unreadable(
                    reason: "the archive's entries add up to more than 24 bytes uncompressed (the limit per archive): "
                        + "not decompressed; split the export"))

        let results = try screen([folder.appendingPathComponent("export.zip").path], limits: limits)
        #expect(results.count == 5)
        #expect(
            results["export.zip/huge.txt"]?.error
                == "the file is 8388609 bytes, over the 8388608-byte limit for one resume")
        #expect(results["export.zip/c.txt"]?.decision == .error)
        #expect(results["export.zip/a.txt"]?.status == .parsed)
    }

    @Test func archiveWithMoreEntriesThanTheLimitIsOneErrorRow() throws {
        let archive = try ZIPFixture.archive((0..<25).map { .text("r\($0).txt", "Resume \($0)") })
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        var limits = ArchiveLimits()
        limits.maxEntries = 20

        let results = try screen([folder.path], limits: limits)
        let row = try #require(results["\(folder.lastPathComponent)/export.zip"])
        #expect(results.count == 1)
        #expect(row.decision == .error)
        #expect(
            row.error
                == "the archive lists 25 entries, over the 20-entry limit: not opened; split the export into smaller "
                + "archives")
    }

    @Test(.timeLimit(.minutes(5)))  // a hang guard: ~10 s normally, ~100 s under ThreadSanitizer
    func deflateStreamThatRunsPastItsEntryIsAnErrorNotAHang() throws {
        // ZIPFoundation's own extract loops forever on this: a stored block announcing 65,535 bytes the file lacks.
        var archive = try ZIPFixture.archive([.file("cut.txt", Array(repeating: 0x41, count: 100_000))])
        let offset = try #require(ZIPFixture.dataOffset(named: "cut.txt", in: archive))
        archive.replaceSubrange(offset..<(offset + 5), with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try screen([folder.appendingPathComponent("export.zip").path])
        #expect(
            results["export.zip/cut.txt"]?.error
                == "damaged archive entry (its compressed data does not end where it should); extract it with "
                + "another tool or export it again")
    }

    @Test func entryThatInflatesBeyondItsDeclaredSizeIsStopped() throws {
        // The table of contents claims 100 bytes; the data inflates to 50,000. The declared size is what the limits
        // counted, so reading stops there.
        var archive = try ZIPFixture.archive([.file("liar.txt", Array(repeating: 0x41, count: 50_000))])
        let record = try #require(ZIPFixture.centralRecord(named: "liar.txt", in: archive))
        archive.replaceSubrange((record + 24)..<(record + 28), with: [100, 0, 0, 0])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try screen([folder.appendingPathComponent("export.zip").path])
        #expect(
            results["export.zip/liar.txt"]?.error
                == "the entry decompresses to more than the 100 bytes its archive declares (a damaged or hostile "
                + "archive): not read")
    }

    @Test func corruptedEntryFailsItsChecksumAndTheOthersAreRead() throws {
        var archive = try ZIPFixture.archive([
            .file("bad.txt", Array("Backend engineer writing Swift".utf8), deflated: false),
            .text("good.txt", "Backend engineer writing Swift"),
        ])
        let offset = try #require(ZIPFixture.dataOffset(named: "bad.txt", in: archive))
        archive[offset] ^= 0x20
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try screen([folder.appendingPathComponent("export.zip").path])
        #expect(
            results["export.zip/bad.txt"]?.error
                == "damaged archive entry (checksum mismatch); extract it with another tool or export it again")
        #expect(results["export.zip/good.txt"]?.status == .parsed)
    }

    @Test func encryptedEntryIsAnErrorRowAskingForAnExportWithoutPassword() throws {
        var archive = try ZIPFixture.archive([.text("secret.txt", "x"), .text("open.txt", "Resume")])
        let record = try #require(ZIPFixture.centralRecord(named: "secret.txt", in: archive))
        archive[record + 8] |= 1
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let found = rows(try InputEnumerator.enumerate([folder.appendingPathComponent("export.zip").path]))
        #expect(
            found["export.zip/secret.txt"]
                == .unreadable(
                    reason: "the entry is encrypted (password-protected): export the archive without a password"))
        #expect(found["export.zip/open.txt"] == .file(size: 6))
    }

    @Test func archiveWhoseTableOfContentsLiesIsOneErrorRow() throws {
        var archive = try ZIPFixture.archive([.text("a.txt", "A"), .text("b.txt", "B")])
        ZIPFixture.forgeEntryCount(60_000, in: &archive)
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let items = try InputEnumerator.enumerate([folder.appendingPathComponent("export.zip").path])
        #expect(
            Array(items) == [
                InputItem(
                    key: "export.zip", path: folder.appendingPathComponent("export.zip").path,
                    kind: .unreadable(
                        reason: "damaged ZIP archive (its table of contents does not fit in the file): not opened; "
                            + "download or export it again"))
            ])
    }

    @Test func emptyArchiveAndDamagedArchiveAreAccountedFor() throws {
        let folder = try folder(with: try ZIPFixture.archive([.directory("empty/")]), named: "empty.zip")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)).write(
            to: folder.appendingPathComponent("cut.zip"))

        let found = rows(try InputEnumerator.enumerate([folder.path]))
        let root = folder.lastPathComponent
        #expect(found["\(root)/empty.zip"] == .skipped(reason: "the archive holds no files"))
        #expect(found["\(root)/cut.zip"] == .unreadable(reason: ArchiveError.missingDirectory.description))
        #expect(found.count == 2)
    }

    @Test func wordDocumentIsOneInputNotAnArchive() throws {
        let docx = try DOCXFixture.package(body: DOCXFixture.paragraph("Ana Souza"))
        let folder = try folder(with: docx, named: "ana.zip")
        defer { try? FileManager.default.removeItem(at: folder) }

        let items = try InputEnumerator.enumerate([folder.path])
        #expect(items.map(\.key) == ["\(folder.lastPathComponent)/ana.zip"])
        #expect(items.first?.member == nil)
    }

    @Test func archivesInsideAnArchiveAreNotOpened() throws {
        let inner = try ZIPFixture.archive([.text("x.txt", "Resume")])
        let docx = try DOCXFixture.package(body: DOCXFixture.paragraph("Ana Souza"))
        let archive = try ZIPFixture.archive([.file("inner.zip", inner), .file("ana.docx", docx)])
        let folder = try folder(with: archive)
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try screen([folder.appendingPathComponent("export.zip").path])
        #expect(
            results["export.zip/inner.zip"]?.error
                == "the entry is a ZIP archive inside the archive: not opened (archives are expanded one level deep); "
                + "extract it and screen it on its own")
        #expect(results["export.zip/ana.docx"]?.format == "docx")
        #expect(results.count == 2)
    }

    @Test func zipNamedLikeAResumeAsksToBeRenamed() throws {
        let folder = try folder(with: try ZIPFixture.archive([.text("x.txt", "Resume")]), named: "resume.html")
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try screen([folder.path])
        #expect(
            results["\(folder.lastPathComponent)/resume.html"]?.error
                == "the file is a ZIP archive named like a resume: rename it to .zip to screen the resumes inside")
    }
}
