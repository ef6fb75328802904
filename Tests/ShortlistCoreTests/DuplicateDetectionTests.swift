import Testing

@testable import ShortlistCore

@Suite("Duplicate applications")
struct DuplicateDetectionTests {
    /// A resume-like text of about 530 words (a short resume); `seed` changes most of them.
    static func text(seed: Int = 0) -> String {
        let words = [
            "Senior", "backend", "engineer", "with", "ten", "years", "building", "payment", "services", "in", "Swift",
            "and", "Vapor", "on", "Kubernetes", "led", "a", "team", "of", "five", "migrated", "the", "ledger",
            "to", "PostgreSQL", "reduced", "latency", "by", "forty", "percent", "mentored", "junior", "developers",
        ]
        let rounds = (0..<16).map { round in
            words.map { $0 + (round == 0 ? "" : String(round + seed)) }.joined(separator: " ")
        }
        return rounds.joined(separator: " ")
    }

    func find(_ fingerprints: [DuplicateFingerprint?], distance: Int = 3) -> [Int: DuplicateDetector.Match] {
        DuplicateDetector.find(
            fingerprints.map { $0?.keys }, candidateIDs: fingerprints.indices.map { "c_\($0)" },
            maxTextDistance: distance)
    }

    @Test func sameEmailWrittenDifferentlyLinksBothApplications() {
        let matches = find([
            DuplicateFingerprint(contact: Contact(email: "Jane.Doe@Example.com "), text: ""),
            DuplicateFingerprint(contact: Contact(email: "jane.doe@example.com"), text: ""),
            DuplicateFingerprint(contact: Contact(email: "john.doe@example.com"), text: ""),
        ])
        #expect(matches[0] == .init(others: ["c_1"], total: 1, reasons: ["same e-mail"]))
        #expect(matches[1] == .init(others: ["c_0"], total: 1, reasons: ["same e-mail"]))
        #expect(matches[2] == nil)
    }

    @Test func samePhoneWithAndWithoutCountryCodeLinks() {
        let matches = find([
            DuplicateFingerprint(contact: Contact(phone: "+44 20 7946 0958"), text: ""),
            DuplicateFingerprint(contact: Contact(phone: "020 7946 0958"), text: ""),
            DuplicateFingerprint(contact: Contact(phone: "020 7946 0959"), text: ""),
        ])
        #expect(matches[0]?.others == ["c_1"] && matches[0]?.reasons == ["same phone number"])
        #expect(matches[2] == nil)
    }

    @Test func nearIdenticalTextsLinkAndDifferentTextsDoNot() throws {
        let original = try #require(DuplicateFingerprint.simHash(Self.text()))
        let oneWordChanged = try #require(
            DuplicateFingerprint.simHash(
                Self.text().replacing("Vapor ", with: "Hummingbird ", maxReplacements: 1)))
        let other = try #require(DuplicateFingerprint.simHash(Self.text(seed: 7)))
        #expect((original ^ oneWordChanged).nonzeroBitCount <= 3, "one changed word moved the SimHash too far")
        #expect((original ^ other).nonzeroBitCount > 3)
        let matches = find([
            DuplicateFingerprint(textHash: original), DuplicateFingerprint(textHash: oneWordChanged),
            DuplicateFingerprint(textHash: other),
        ])
        #expect(matches[0] == .init(others: ["c_1"], total: 1, reasons: ["near-identical text"]))
        #expect(matches[2] == nil)
        #expect(
            find(
                [DuplicateFingerprint(textHash: original), DuplicateFingerprint(textHash: oneWordChanged)],
                distance: 0
            ).isEmpty, "distance 0 must only link identical texts")
    }

    @Test func shortTextsAreNotCompared() {
        #expect(DuplicateFingerprint.simHash("Jane Doe, Swift developer") == nil)
    }

    @Test func unreadableFilesAreNeverLinked() {
        #expect(find([nil, nil, DuplicateFingerprint(email: "a@b.c")]).isEmpty)
    }

    @Test func sentenceNamesWhatIsSharedAndListsAtMostFiveOthers() {
        let many = Array(repeating: DuplicateFingerprint(email: "same@example.com"), count: 8)
        let sentence = find(many)[0]!.sentence
        #expect(sentence.hasPrefix("possible duplicate of c_1, c_2, c_3, c_4, c_5 and 2 more (same e-mail)"))
    }

    @Test func aHugeGroupOfCopiesIsLinkedBoundedlyButCountedInFull() {
        let copies = Array(repeating: DuplicateFingerprint(email: "same@example.com"), count: 5_000)
        let matches = find(copies)
        #expect(matches.count == 5_000)
        #expect(matches.values.allSatisfy { $0.others.count <= DuplicateDetector.linkLimit + 1 && $0.total == 4_999 })
        #expect(matches[4_999]!.sentence.contains("and 4994 more"))
    }
}
