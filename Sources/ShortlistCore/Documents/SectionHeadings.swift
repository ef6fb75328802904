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
        var whole = Substring(line)
        let shape = whole.withUTF8Span { SimpleLineShape($0) }
        let simple = shape != nil
        // An accented sentence or name ("José García") is no heading unless marked up as one: decided on bytes.
        if !simple, !emphasized, isPlainAccentedLine(line.utf8) { return nil }
        let allCaps = shape.map { $0.capitals >= 3 && !$0.hasLowercase } ?? isAllCaps(line)
        let looksLikeHeading = emphasized || allCaps || (shape.map { $0.endsWithColon } ?? line.hasSuffix(":"))
        if let shape {
            // A simple line's key is ASCII, one byte a Character; only a key that hashes like an exact heading's
            // becomes a String, to look it up.
            guard shape.keyLength > 0, shape.keyLength <= 48 else { return nil }
            let isExactHash = exactHashes.contains(shape.keyHash)
            guard looksLikeHeading || isExactHash else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(shape.keyLength)
            forEachASCIIKeyByte(line.utf8) { key.append($0) }
            if isExactHash, let kind = exact[String(decoding: key, as: UTF8.self)] { return kind }
            // A key is words joined by single spaces, so it has one word more than spaces.
            guard looksLikeHeading, key.count(where: { $0 == 0x20 }) < 5 else { return nil }
            let span = key.span
            let found = keywordBytes.first { keyword, _ in asciiSearch(span, 0..<span.count, keyword.span) != nil }
            if let found { return found.1 }
            return emphasized && allCaps ? .other : nil
        }
        let key = normalizedKey(line)
        guard !key.isEmpty, key.count <= 48 else { return nil }
        if let kind = exact[key] { return kind }
        guard looksLikeHeading, key.utf8.count(where: { $0 == 0x20 }) < 5 else { return nil }
        for (keyword, kind) in keywords where key.containsLikeFoundation(keyword) { return kind }
        return emphasized && allCaps ? .other : nil
    }

    /// The section an element's `id`/`class` (HTML) or local name (XML) stands for.
    static func classify(elementHint hint: String) -> SectionKind? {
        guard !hint.isEmpty else { return nil }
        var hint = hint
        // The keywords are lowercase, so a case-insensitive search is a search in the lowercased hint.
        let found = hint.withUTF8Span { elementKeywordSearch.firstKeyword(in: $0, 0..<$0.count) }
        return found.map { elementKeywords[$0].1 }
    }

    private static let elementKeywordSearch = ASCIIKeywords(elementKeywords.map(\.0))

    static func normalizedKey(_ line: some StringProtocol) -> String {
        // Field marks are not letters, so simple text reads like ASCII.
        if SimpleText.isSimple(line.utf8) { return asciiKey(line.utf8) }
        var key = ""
        var pendingSpace = false
        for character in line.lowercased() {
            if character.isLetterCheckingASCIIFirst {
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

    private static func fnv1a(_ key: String) -> UInt64 {
        key.utf8.reduce(SimpleLineShape.fnvOffset) { ($0 ^ UInt64($1)) &* SimpleLineShape.fnvPrime }
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

    /// Whether a line that is not simple text can only be a heading when emphasized. Its Characters are single
    /// scalars (as in `SimpleText.hasSingleScalarCharacters`), so its bytes tell: an ASCII lowercase letter means it
    /// is not all capitals, no final colon means it does not end like a heading, and a Latin letter past ASCII
    /// (U+00C0–U+027F but × and ÷, none of which lowercases to ASCII) puts a non-ASCII letter in its key, so the key
    /// is no exact heading's.
    private static func isPlainAccentedLine(_ utf8: some Sequence<UInt8>) -> Bool {
        var hasLowercase = false
        var hasAccentedLetter = false
        var last: UInt8 = 0
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            last = byte
            if byte < 0x80 {
                guard byte != 0x0D else { return false }
                if byte >= 0x61 && byte <= 0x7A { hasLowercase = true }
                continue
            }
            guard let second = iterator.next() else { return false }
            last = second
            switch byte {
            case 0xC2: guard second >= 0xA1 else { return false }  // U+00A1–U+00BF, past NBSP
            case 0xC3: if second != 0x97 && second != 0xB7 { hasAccentedLetter = true }  // U+00C0–U+00FF
            case 0xC4...0xC9: hasAccentedLetter = true  // U+0100–U+027F
            case 0xCA, 0xCB: break  // U+0280–U+02FF
            case 0xE2:
                // The field marks of `SimpleText`, each one Character.
                guard let third = iterator.next() else { return false }
                last = third
                switch second {
                case 0x80: guard (third >= 0x90 && third <= 0x95) || third == 0xA2 else { return false }
                case 0x96: guard third == 0xAA else { return false }
                case 0x97: guard third == 0xA6 else { return false }
                default: return false
                }
            default: return false
            }
        }
        return hasLowercase && hasAccentedLetter && last != 0x3A
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

/// What `SectionHeadings.classify` needs to know of a simple line (see `SimpleText`), read in one pass: its capitals,
/// whether it ends with a colon, and the FNV-1a hash and length of its heading key.
private struct SimpleLineShape {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    var capitals = 0
    var hasLowercase = false
    var endsWithColon = false
    var keyHash = fnvOffset
    var keyLength = 0

    /// The shape of `utf8`, or nil when it is not simple text.
    init?(_ utf8: Span<UInt8>) {
        // Bytes still expected to complete a field mark: the mark's lead byte, or the second byte of a three-byte one.
        var markLead: UInt8 = 0
        var pendingSpace = false
        var last: UInt8 = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            last = byte
            if markLead != 0 {
                switch (markLead, byte) {
                case (0xC2, 0xB7), (0x80, 0x90...0x95), (0x80, 0xA2), (0x96, 0xAA), (0x97, 0xA6): markLead = 0
                case (0xE2, 0x80), (0xE2, 0x96), (0xE2, 0x97): markLead = byte
                default: return nil
                }
                pendingSpace = true
                continue
            }
            if byte >= 0x80 {
                guard byte == 0xC2 || byte == 0xE2 else { return nil }
                markLead = byte
                pendingSpace = true
                continue
            }
            guard byte != 0x0D else { return nil }
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                if byte == lower { hasLowercase = true } else { capitals += 1 }
                if pendingSpace, keyLength > 0 { addToKey(0x20) }
                pendingSpace = false
                addToKey(lower)
            } else {
                if byte == 0x26, keyLength > 0 {
                    for byte in " and".utf8 { addToKey(byte) }
                }
                pendingSpace = true
            }
        }
        guard markLead == 0 else { return nil }
        endsWithColon = last == 0x3A
    }

    private mutating func addToKey(_ byte: UInt8) {
        keyHash = (keyHash ^ UInt64(byte)) &* Self.fnvPrime
        keyLength += 1
    }
}
