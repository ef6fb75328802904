import Foundation
import Testing

@testable import ShortlistCore

/// Damaged ZIP bytes — a Word document and an archive with every kind of entry, mutated thousands of ways with a
/// fixed seed — through the same code a run uses: each comes back as a resume or a reason, never a trap or a hang.
@Suite("Damaged ZIP files")
struct ZIPMutationTests {
    private static func mutations(of original: [UInt8], seed: UInt64, count: Int) -> [[UInt8]] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            var bytes = original
            switch Int.random(in: 0..<4, using: &random) {
            case 0:  // flip a few bytes anywhere
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
                }
            case 1:  // cut the file short
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &random))
            case 2:  // overwrite a 4-byte field with an extreme value
                let offset = Int.random(in: 0..<(bytes.count - 4), using: &random)
                let value: [UInt8] = [[0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0], [0xFF, 0xFF, 0, 0]].randomElement(
                    using: &random)!
                bytes.replaceSubrange(offset..<(offset + 4), with: value)
            default:  // repeat a slice in place
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
                bytes.insert(contentsOf: bytes[start..<end], at: start)
            }
            return bytes
        }
    }

    @Test(.timeLimit(.minutes(5)))  // a hang guard: ~10 s normally, ~100 s under ThreadSanitizer
    func damagedWordDocumentsAreReadOrRefusedWithAReason() throws {
        ShortlistEngine.prepare()
        let reader = ResumeReader()
        let original = try DOCXFixture.package(
            body: DOCXFixture.paragraph("Ana Souza", style: "Title")
                + DOCXFixture.paragraph("Skills", style: "Heading1")
                + DOCXFixture.table([["Cloud", "AWS"]]) + DOCXFixture.paragraph("Python, SQL"),
            styles: DOCXFixture.styles([("Title", "Title")]),
            relationships: DOCXFixture.relationships(hyperlinks: [("rId1", "mailto:ana@example.com")]))
        var outcomes: [String: Int] = [:]
        for bytes in Self.mutations(of: original, seed: 9, count: 1500) {
            do {
                _ = try reader.read(bytes: bytes, path: "ana.docx")
                outcomes["read", default: 0] += 1
            } catch {
                #expect(!error.description.isEmpty)
                outcomes["refused", default: 0] += 1
            }
        }
        // Both outcomes occur: damage outside the parts Shortlist reads is harmless, inside them it is reported.
        #expect(outcomes["read", default: 0] > 0)
        #expect(outcomes["refused", default: 0] > 0)
    }

    @Test(.timeLimit(.minutes(5)))  // a hang guard: ~10 s normally, ~100 s under ThreadSanitizer
    func damagedArchivesAreListedAndReadOrRefusedWithAReason() throws {
        let original = try ZIPFixture.archive([
            .directory("resumes/"), .text("resumes/a.html", "<p>Swift engineer</p>"),
            .file("resumes/b.txt", Array("Backend engineer, Vapor".utf8), deflated: false),
            .link("link.html", target: "/etc/passwd"), .text("__MACOSX/._a.html", "x"),
            .file("big.txt", Array(repeating: 0x41, count: 40_000)),
        ])
        var listed = 0
        var refused = 0
        for bytes in Self.mutations(of: original, seed: 11, count: 1500) {
            let source = ZIPSource.memory(bytes)
            do {
                let directory = try ZIPDirectory.read(from: source, limits: ArchiveLimits())
                listed += 1
                for entry in directory.entries where entry.kind == .file {
                    do {
                        let contents = try ZIPEntryContents.read(entry, from: source, limit: ResumeReader.maxFileBytes)
                        #expect(contents.count == entry.uncompressedSize)
                    } catch {
                        #expect(!error.description.isEmpty)
                    }
                }
            } catch {
                #expect(!error.description.isEmpty)
                refused += 1
            }
        }
        #expect(listed > 0)
        #expect(refused > 0)
    }
}
