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
        let key = normalizedKey(line)
        guard !key.isEmpty, key.count <= 48 else { return nil }
        if let kind = exact[key] { return kind }
        let looksLikeHeading = emphasized || isAllCaps(line) || line.hasSuffix(":")
        guard looksLikeHeading, key.split(separator: " ").count <= 5 else { return nil }
        for (keyword, kind) in keywords where key.contains(keyword) { return kind }
        return emphasized && isAllCaps(line) ? .other : nil
    }

    /// The section an element's `id`/`class` (HTML) or local name (XML) stands for.
    static func classify(elementHint hint: String) -> SectionKind? {
        let lower = hint.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard !lower.isEmpty else { return nil }
        for (keyword, kind) in elementKeywordBytes where lower.containsSubsequence(keyword) { return kind }
        return nil
    }

    private static let elementKeywordBytes = elementKeywords.map { (Array($0.0.utf8), $0.1) }

    static func normalizedKey(_ line: some StringProtocol) -> String {
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(line.utf8) }
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
        var pendingSpace = false
        for byte in utf8 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(lower)
            } else if byte == 0x26 {
                if !key.isEmpty { key.append(contentsOf: Array(" and".utf8)) }
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
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

    private static let keywords: [(String, SectionKind)] = [
        ("volunteer", .other), ("experience", .experience), ("employment", .experience), ("work history", .experience),
        ("education", .education), ("certific", .certifications), ("licens", .certifications),
        ("licenc", .certifications), ("skill", .skills), ("competenc", .skills), ("summary", .summary),
        ("objective", .summary),
    ]

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
