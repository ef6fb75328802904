/// Recognises section headings: "EXPERIENCE", "Work History:", "Technical Skills", `<h2>Education</h2>`,
/// `<section id="experience">`, `<EmploymentHistory>`.
enum SectionHeadings {
    /// The section a heading line starts, or nil when the line is not a heading.
    ///
    /// - Parameter emphasized: the line is marked up as a heading (h1–h6, a bold table cell, an underline in text),
    ///   so an unknown heading such as "Languages" starts an `other` section.
    static func classify(_ line: some StringProtocol, emphasized: Bool) -> SectionKind? {
        // Headings are short; most lines are sentences and bullets, rejected here without any Unicode work.
        guard line.utf8.count <= 64 else { return nil }
        let simple = SimpleText.isSimple(line.utf8)
        let allCaps = simple ? isAllCapsASCII(line.utf8) : isAllCaps(line)
        let looksLikeHeading = emphasized || allCaps || (simple ? lastByte(line.utf8) == 0x3A : line.hasSuffix(":"))
        if simple, !looksLikeHeading {
            // Most lines are not headings: only a line whose key hashes like an exact heading's needs its key built.
            let (hash, length) = asciiKeyHash(line.utf8)
            guard length > 0, length <= 48, exactHashes.contains(hash) else { return nil }
        }
        let key = simple ? asciiKey(line.utf8) : normalizedKey(line)
        guard !key.isEmpty, key.count <= 48 else { return nil }
        if let kind = exact[key] { return kind }
        guard looksLikeHeading, key.split(separator: " ").count <= 5 else { return nil }
        if simple {
            var key = key
            let found = key.withUTF8Span { key in
                keywordBytes.first { keyword, _ in asciiSearch(key, 0..<key.count, keyword.span) != nil }?.1
            }
            if let found { return found }
        } else {
            for (keyword, kind) in keywords where key.contains(keyword) { return kind }
        }
        return emphasized && allCaps ? .other : nil
    }

    /// The section an element's `id`/`class` (HTML) or local name (XML) stands for.
    static func classify(elementHint hint: String) -> SectionKind? {
        guard !hint.isEmpty else { return nil }
        var hint = hint
        return hint.withUTF8Span { hint in
            // The keywords are lowercase, so a case-insensitive search is a search in the lowercased hint.
            elementKeywordBytes.first { keyword, _ in asciiSearch(hint, 0..<hint.count, keyword.span) != nil }?.1
        }
    }

    private static let elementKeywordBytes = elementKeywords.map { (Array($0.0.utf8), $0.1) }

    static func normalizedKey(_ line: some StringProtocol) -> String {
        // Field marks are not letters, so simple text reads like ASCII.
        if SimpleText.isSimple(line.utf8) { return asciiKey(line.utf8) }
        var key = ""
        var pendingSpace = false
        for character in line.lowercased() {
            if character.isLetter {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(character)
            } else if character == "&" {
                if !key.isEmpty { key.append(" and") }
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// `normalizedKey` for ASCII: lowercase letter runs joined by single spaces, `&` read as "and".
    private static func asciiKey(_ utf8: some Sequence<UInt8>) -> String {
        var key: [UInt8] = []
        forEachASCIIKeyByte(utf8) { key.append($0) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The FNV-1a hash and the length of `asciiKey(utf8)`, without building it.
    private static func asciiKeyHash(_ utf8: some Sequence<UInt8>) -> (hash: UInt64, length: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        forEachASCIIKeyByte(utf8) { byte in
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            length += 1
        }
        return (hash, length)
    }

    private static func fnv1a(_ key: String) -> UInt64 {
        key.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// Calls `body` with each byte of the key of the ASCII (or simple) text `utf8`.
    private static func forEachASCIIKeyByte(_ utf8: some Sequence<UInt8>, _ body: (UInt8) -> Void) {
        var started = false
        var pendingSpace = false
        for byte in utf8 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                if pendingSpace, started { body(0x20) }
                pendingSpace = false
                started = true
                body(lower)
            } else if byte == 0x26 {
                if started {
                    for byte in " and".utf8 { body(byte) }
                }
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
    }

    /// `isAllCaps` for simple text, whose only letters are ASCII.
    private static func isAllCapsASCII(_ utf8: some Sequence<UInt8>) -> Bool {
        var letters = 0
        for byte in utf8 {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 3
    }

    private static func lastByte(_ utf8: some Sequence<UInt8>) -> UInt8? {
        var last: UInt8?
        for byte in utf8 { last = byte }
        return last
    }

    private static func isAllCaps(_ line: some StringProtocol) -> Bool {
        var letters = 0
        for character in line where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    private static let exact: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        let groups: [(SectionKind, [String])] = [
            (
                .summary,
                [
                    "summary", "professional summary", "profile", "professional profile", "objective",
                    "career objective",
                    "about", "about me", "career summary", "executive summary", "overview", "personal statement",
                    "summary of qualifications", "qualifications summary", "personal profile",
                ]
            ),
            (
                .experience,
                [
                    "experience", "work experience", "professional experience", "work history", "employment",
                    "employment history", "career history", "relevant experience", "clinical experience",
                    "professional background", "positions held", "career", "experience and employment",
                    "nursing experience", "accounting experience", "engineering experience", "relevant work experience",
                ]
            ),
            (
                .education,
                [
                    "education", "academic background", "education and training", "academic qualifications",
                    "educational background", "academics", "degrees", "qualifications and education",
                ]
            ),
            (
                .skills,
                [
                    "skills", "technical skills", "core competencies", "competencies", "key skills",
                    "areas of expertise",
                    "expertise", "technologies", "tools", "tech stack", "skills and tools", "core skills",
                    "clinical skills",
                    "software", "technical proficiencies", "skills and technologies", "tools and technologies",
                    "professional skills", "skill set", "skills summary", "languages and frameworks",
                ]
            ),
            (
                .certifications,
                [
                    "certifications", "certificates", "licenses", "licences", "licenses and certifications",
                    "certifications and licenses", "licensure", "credentials", "professional certifications",
                    "accreditations", "licensure and certifications", "licences and certifications",
                    "certifications and training", "professional qualifications", "designations",
                    "professional designations", "licensure and certification",
                ]
            ),
            (
                .other,
                [
                    "languages", "interests", "hobbies", "references", "volunteer", "volunteering", "volunteer work",
                    "volunteer experience", "awards", "honors", "honours", "publications", "projects", "personal",
                    "additional information", "memberships", "affiliations", "professional affiliations",
                    "contact", "contact information", "personal details", "activities", "achievements",
                ]
            ),
        ]
        for (kind, phrases) in groups { for phrase in phrases { table[phrase] = kind } }
        return table
    }()

    /// The hashes of the exact headings' keys (each is its own key), to reject other lines without building theirs.
    private static let exactHashes = Set(exact.keys.map(fnv1a))

    private static let keywords: [(String, SectionKind)] = [
        ("volunteer", .other), ("experience", .experience), ("employment", .experience), ("work history", .experience),
        ("education", .education), ("certific", .certifications), ("licens", .certifications),
        ("licenc", .certifications), ("skill", .skills), ("competenc", .skills), ("summary", .summary),
        ("objective", .summary),
    ]

    private static let keywordBytes = keywords.map { (Array($0.0.utf8), $0.1) }

    private static let elementKeywords: [(String, SectionKind)] = [
        ("volunteer", .other), ("experience", .experience), ("employment", .experience),
        ("employerhistory", .experience), ("positionhistory", .experience), ("work-history", .experience),
        ("work_history", .experience), ("workhistory", .experience), ("education", .education),
        ("academic", .education), ("certif", .certifications), ("licens", .certifications), ("licenc", .certifications),
        ("skill", .skills), ("competenc", .skills), ("qualifications", .skills), ("expertise", .skills),
        ("summary", .summary), ("objective", .summary),
    ]
}

extension Array where Element == UInt8 {
    /// Naive byte search; needles here are short keywords.
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var index = 0
        while index <= count - needle.count {
            if self[index] == first {
                var offset = 1
                while offset < needle.count, self[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
