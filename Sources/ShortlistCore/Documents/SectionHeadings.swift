/// Recognises section headings: "EXPERIENCE", "Work History:", "Technical Skills", `<h2>Education</h2>`,
/// `<section id="experience">`, `<EmploymentHistory>`.
enum SectionHeadings {
    /// The section a heading line starts, or nil when the line is not a heading.
    ///
    /// - Parameter emphasized: the line is marked up as a heading (h1–h6, a bold table cell, an underline in text),
    ///   so an unknown heading such as "Languages" starts an `other` section.
    static func classify(_ line: some StringProtocol, emphasized: Bool) -> SectionKind? {
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
        let lower = hint.lowercased()
        guard !lower.isEmpty else { return nil }
        for (keyword, kind) in elementKeywords where lower.contains(keyword) { return kind }
        return nil
    }

    static func normalizedKey(_ line: some StringProtocol) -> String {
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
            (.summary, [
                "summary", "professional summary", "profile", "professional profile", "objective", "career objective",
                "about", "about me", "career summary", "executive summary", "overview", "personal statement",
                "summary of qualifications", "qualifications summary", "personal profile",
            ]),
            (.experience, [
                "experience", "work experience", "professional experience", "work history", "employment",
                "employment history", "career history", "relevant experience", "clinical experience",
                "professional background", "positions held", "career", "experience and employment",
                "nursing experience", "accounting experience", "engineering experience", "relevant work experience",
            ]),
            (.education, [
                "education", "academic background", "education and training", "academic qualifications",
                "educational background", "academics", "degrees", "qualifications and education",
            ]),
            (.skills, [
                "skills", "technical skills", "core competencies", "competencies", "key skills", "areas of expertise",
                "expertise", "technologies", "tools", "tech stack", "skills and tools", "core skills", "clinical skills",
                "software", "technical proficiencies", "skills and technologies", "tools and technologies",
                "professional skills", "skill set", "skills summary", "languages and frameworks",
            ]),
            (.certifications, [
                "certifications", "certificates", "licenses", "licences", "licenses and certifications",
                "certifications and licenses", "licensure", "credentials", "professional certifications",
                "accreditations", "licensure and certifications", "licences and certifications",
                "certifications and training",
            ]),
            (.other, [
                "languages", "interests", "hobbies", "references", "volunteer", "volunteering", "volunteer work",
                "volunteer experience", "awards", "honors", "honours", "publications", "projects", "personal",
                "additional information", "memberships", "affiliations", "professional affiliations",
                "contact", "contact information", "personal details", "activities", "achievements",
            ]),
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
