import Foundation
import Testing

@testable import ShortlistCore

@Suite("Input list")
struct InputListTests {
    private static let folder = InputItem.ListedFolder(path: "/data/export/resumes", key: "resumes")
    private static let other = InputItem.ListedFolder(path: "/mnt/second/resumes", key: "resumes")

    @Test func itemsComeBackAsAppended() throws {
        let zip = try ZIPFixture.archive([.text("a/jane.html", "<p>Jane</p>"), .text("b.txt", "Bob")])
        let folder = try OversightFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("dump.zip")
        try Data(zip).write(to: archive)
        let entries = try InputEnumerator.enumerate([archive.path])
        #expect(entries.count == 2 && entries.allSatisfy { $0.member != nil })
        let items: [InputItem] =
            [
                InputItem(key: "resumes/ana.html", in: Self.folder, kind: .file(size: 4096)),
                InputItem(key: "resumes/.hidden.txt", in: Self.folder, kind: .skipped(reason: "hidden file")),
                InputItem(key: "resumes/link.txt", path: "/data/elsewhere/ana.txt", kind: .file(size: 0)),
                InputItem(key: "resumes/broken.zip", path: "/data/broken.zip", kind: .unreadable(reason: "damaged")),
                InputItem(key: "resumes/zoë.txt", in: Self.other, kind: .file(size: 1 << 40)),
            ] + entries
        let list = InputList(items)
        #expect(Array(list) == items)
        #expect(list.map(\.path) == items.map(\.path))
        #expect(list[0].path == "/data/export/resumes/ana.html")
        #expect(list[4].path == "/mnt/second/resumes/zoë.txt")
    }

    /// The order and the renaming of repeated keys that the run has always had: keys sorted as strings (stable), and
    /// the second and later inputs with one key renamed `key#2`, `key#3`, … with their paths kept.
    @Test func sortingMatchesStringOrderAndRenamesRepeatedKeys() {
        var random = SeededRandom(seed: 27)
        let names = [
            "a.html", "A.html", "b", "b.txt", "b/c.txt", "b!.txt", "café.txt", "cafe\u{301}.txt", "caff.txt", "zoë",
            "Ω.txt", "日本.html", "a", "a/b", "a.b/c", "",
        ]
        for _ in 0..<200 {
            var items: [InputItem] = []
            for _ in 0..<Int.random(in: 0...30, using: &random) {
                let name = names.randomElement(using: &random)!
                let second = Bool.random(using: &random)
                items.append(
                    InputItem(
                        key: "resumes/" + name, in: second ? Self.other : Self.folder,
                        kind: .file(size: Int.random(in: 0...100, using: &random))))
            }
            let sorted = Array(InputList(items).sortedByKey())
            let expected = Self.referenceOrder(items)
            #expect(sorted.map(\.key) == expected.map(\.key))
            #expect(sorted.map(\.path) == expected.map(\.path))
            #expect(sorted.map(\.kind) == expected.map(\.kind))
        }
    }

    @Test func aRenamedInputKeepsItsPath() {
        let list = InputList([
            InputItem(key: "resumes/ana.html", in: Self.other, kind: .file(size: 2)),
            InputItem(key: "resumes/ana.html", in: Self.folder, kind: .file(size: 1)),
        ]).sortedByKey()
        #expect(list.map(\.key) == ["resumes/ana.html", "resumes/ana.html#2"])
        #expect(list.map(\.path) == ["/mnt/second/resumes/ana.html", "/data/export/resumes/ana.html"])
    }

    @Test func filteringKeepsTheChosenItemsInOrder() {
        let items = (0..<50).map {
            InputItem(key: "resumes/\($0).txt", in: $0 % 3 == 0 ? Self.other : Self.folder, kind: .file(size: $0))
        }
        let kept = InputList(items).filter { $0.key.hasSuffix("7.txt") || $0.key.hasSuffix("0.txt") }
        #expect(Array(kept) == items.filter { $0.key.hasSuffix("7.txt") || $0.key.hasSuffix("0.txt") })
    }

    /// What the run did before the list was compact: a stable sort of the items by key, then a renaming pass.
    private static func referenceOrder(_ items: [InputItem]) -> [(key: String, path: String, kind: InputItem.Kind)] {
        let sorted = items.enumerated().sorted { left, right in
            left.element.key != right.element.key ? left.element.key < right.element.key : left.offset < right.offset
        }
        var seen: [String: Int] = [:]
        return sorted.map { _, item in
            let count = seen[item.key, default: 0]
            seen[item.key] = count + 1
            return (count > 0 ? item.key + "#\(count + 1)" : item.key, item.path, item.kind)
        }
    }
}
