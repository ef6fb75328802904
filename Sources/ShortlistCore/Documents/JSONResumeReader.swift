import Foundation

/// Reads a JSON Resume (jsonresume.org): contact details from `basics`, roles from `work` and degrees from
/// `education` as structured entries (as HR-XML's are), and every field as text lines under its section — summary,
/// experience, education, skills, certifications, other — so criteria terms match with their section.
///
/// Fields of an unexpected type are ignored rather than failing the file; JSON that does not parse is an error.
struct JSONResumeReader {
    private var layout = ResumeLayout()
    private var textBytes = 0

    /// Text beyond this many UTF-8 bytes is dropped and `ParseNotes.truncated` set (the markup readers' cap).
    static let maxTextBytes = 2 << 20
    /// A JSON Resume nests four levels; far deeper nesting is not one (and would cost the parser stack).
    static let maxDepth = 64

    /// True when the text starts like a JSON object: `{` then a key or `}`; or the file is named `.json`.
    static func looksLikeJSON(_ text: String, pathExtension: String) -> Bool {
        let bytes = text.utf8.drop { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        guard bytes.first == 0x7B else { return pathExtension == "json" && bytes.first == 0x5B }
        let next = bytes.dropFirst().first { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }
        return next == 0x22 || next == 0x7D || pathExtension == "json"
    }

    static func read(_ text: String, notes: ParseNotes) throws(ResumeReadError) -> ResumeLayout {
        let root = try parse(text)
        guard root["basics"] != nil || root["work"] != nil else { throw .notJSONResume }
        var reader = JSONResumeReader()
        reader.layout.notes = notes
        reader.basics(object(root["basics"]))
        reader.summary(object(root["basics"]))
        reader.work(array(root["work"]))
        reader.education(array(root["education"]))
        reader.skills(array(root["skills"]))
        reader.certificates(array(root["certificates"]))
        reader.other(root)
        // Structured like HR-XML: no roles or degrees means none, not "look for them in the lines".
        reader.layout.experience = reader.layout.experience ?? []
        reader.layout.education = reader.layout.education ?? []
        return reader.layout
    }

    private static func parse(_ text: String) throws(ResumeReadError) -> [String: Any] {
        let bytes = Array(text.utf8)
        if let depth = nestingBeyondLimit(bytes) {
            throw .malformedJSON(detail: "nested more than \(depth) levels deep")
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String
            throw .malformedJSON(detail: detail.map { String($0.prefix(200)) } ?? "not valid JSON")
        }
        guard let root = value as? [String: Any] else { throw .notJSONResume }
        return root
    }

    /// `maxDepth` when brackets outside strings nest deeper than it, else nil; checked before Foundation's recursive
    /// parser sees the bytes.
    private static func nestingBeyondLimit(_ bytes: [UInt8]) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                depth += 1
                if depth > maxDepth { return maxDepth }
            case 0x7D, 0x5D: depth -= 1
            default: break
            }
        }
        return nil
    }

    // MARK: - Sections

    private mutating func basics(_ basics: [String: Any]) {
        guard !basics.isEmpty else { return }
        if let name = Self.string(basics["name"]) {
            layout.setHint(\.name, name)
            append(name, .other)
        }
        append(Self.string(basics["label"]), .other)
        let email = Self.string(basics["email"])
        let phone = Self.string(basics["phone"])
        let url = Self.string(basics["url"]) ?? Self.string(basics["website"])
        if let email { layout.setHint(\.email, email) }
        if let phone { layout.setHint(\.phone, phone) }
        if let url { layout.addLink(url) }
        append(Self.joined([email, phone, url], " · "), .other)
        let location = Self.object(basics["location"])
        let place = Self.joined(
            [Self.string(location["city"]), Self.string(location["region"]), Self.string(location["countryCode"])],
            ", ")
        if let place { layout.setHint(\.location, place) }
        append(Self.joined([Self.string(location["address"]), place], ", "), .other)
        for profile in Self.array(basics["profiles"]).map(Self.object) {
            let link = Self.string(profile["url"])
            if let link { layout.addLink(link) }
            let network = Self.string(profile["network"])
            append(Self.joined([network.map { $0 + ":" }, link ?? Self.string(profile["username"])], " "), .other)
        }
    }

    private mutating func summary(_ basics: [String: Any]) {
        guard let summary = Self.string(basics["summary"]) else { return }
        heading("Summary", .summary)
        append(summary, .summary)
    }

    private mutating func work(_ roles: [Any]) {
        guard !roles.isEmpty else { return }
        heading("Work Experience", .experience)
        var entries: [ExperienceEntry] = []
        for role in roles.map(Self.object) where !role.isEmpty {
            let first = layout.nextLineNumber
            let title = Self.string(role["position"])
            let employer = Self.string(role["name"]) ?? Self.string(role["company"])
            append(Self.joined([title, employer], " — "), .experience)
            let start = Self.string(role["startDate"])
            let end = Self.string(role["endDate"])
            append(start.map { $0 + " – " + (end ?? "Present") }, .experience)
            append(Self.string(role["location"]), .experience)
            append(Self.string(role["summary"]) ?? Self.string(role["description"]), .experience)
            for highlight in Self.array(role["highlights"]).compactMap(Self.string) {
                append("- " + highlight, .experience)
            }
            let dates = start.flatMap { Self.month($0, isEnd: false) }.map { startMonth in
                // No end date (or "Present"): the role goes on.
                DateRange(start: startMonth, end: end.flatMap { Self.month($0, isEnd: true) })
            }
            let last = max(first, layout.nextLineNumber - 1)
            entries.append(ExperienceEntry(title: title, employer: employer, dates: dates, lines: first...last))
        }
        layout.experience = entries
    }

    private mutating func education(_ degrees: [Any]) {
        var entries: [EducationEntry] = []
        if !degrees.isEmpty { heading("Education", .education) }
        for degree in degrees.map(Self.object) where !degree.isEmpty {
            let first = layout.nextLineNumber
            let studyType = Self.string(degree["studyType"])
            let area = Self.string(degree["area"])
            let institution = Self.string(degree["institution"])
            let described = Self.joined([studyType, area], " in ")
            append(Self.joined([described, institution], ", "), .education)
            let start = Self.string(degree["startDate"])
            let end = Self.string(degree["endDate"])
            append(Self.joined([start, end], " – "), .education)
            let courses = Self.array(degree["courses"]).compactMap(Self.string)
            if !courses.isEmpty { append("Courses: " + courses.joined(separator: ", "), .education) }
            let last = max(first, layout.nextLineNumber - 1)
            entries.append(
                EducationEntry(
                    level: described.flatMap(EducationExtractor.level(in:)), field: area, institution: institution,
                    year: end.flatMap { Self.month($0, isEnd: true)?.year }, lines: first...last))
        }
        layout.education = entries
    }

    private mutating func skills(_ skills: [Any]) {
        guard !skills.isEmpty else { return }
        heading("Skills", .skills)
        for skill in skills.map(Self.object) {
            let keywords = Self.array(skill["keywords"]).compactMap(Self.string).joined(separator: ", ")
            let name = Self.joined([Self.string(skill["name"]), Self.string(skill["level"]).map { "(\($0))" }], " ")
            append(Self.joined([name, keywords.isEmpty ? nil : keywords], ": "), .skills)
        }
    }

    private mutating func certificates(_ certificates: [Any]) {
        guard !certificates.isEmpty else { return }
        heading("Certifications", .certifications)
        for certificate in certificates.map(Self.object) {
            let issuer = Self.joined([Self.string(certificate["issuer"]), Self.string(certificate["date"])], ", ")
            append(
                Self.joined([Self.string(certificate["name"]), issuer.map { "(\($0))" }], " "), .certifications)
        }
    }

    /// Languages, projects, volunteering, awards, publications, interests and references: section `other`.
    private mutating func other(_ root: [String: Any]) {
        let languages = Self.array(root["languages"]).map(Self.object)
        if !languages.isEmpty { heading("Languages", .other) }
        for language in languages {
            let fluency = Self.string(language["fluency"]).map { "(\($0))" }
            append(Self.joined([Self.string(language["language"]), fluency], " "), .other)
        }
        let groups: [(key: String, heading: String, fields: [String])] = [
            ("projects", "Projects", ["name", "entity", "description", "highlights", "keywords", "roles"]),
            ("volunteer", "Volunteer", ["position", "organization", "summary", "highlights"]),
            ("awards", "Awards", ["title", "awarder", "date", "summary"]),
            ("publications", "Publications", ["name", "publisher", "releaseDate", "summary"]),
            ("interests", "Interests", ["name", "keywords"]),
            ("references", "References", ["name", "reference"]),
        ]
        for group in groups {
            let items = Self.array(root[group.key]).map(Self.object)
            guard !items.isEmpty else { continue }
            heading(group.heading, .other)
            for item in items {
                for field in group.fields {
                    if let text = Self.string(item[field]) {
                        append(text, .other)
                    } else {
                        let list = Self.array(item[field]).compactMap(Self.string)
                        if !list.isEmpty { append(list.joined(separator: ", "), .other) }
                    }
                }
            }
        }
    }

    // MARK: - Lines and values

    private mutating func heading(_ text: String, _ section: SectionKind) {
        layout.append(text, section: section, heading: true)
    }

    /// Appends each line of `text` (collapsed whitespace), until the text cap.
    private mutating func append(_ text: String?, _ section: SectionKind) {
        guard let text else { return }
        for piece in text.split(whereSeparator: \.isNewline) {
            var line = LineAccumulator()
            line.add(String(piece))
            guard !line.isEmpty else { continue }
            let value = line.take()
            guard textBytes + value.utf8.count <= Self.maxTextBytes else {
                layout.notes.truncated = true
                return
            }
            textBytes += value.utf8.count
            layout.append(value, section: section)
        }
    }

    private static func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    private static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    /// A non-empty string (numbers written as strings' authors meant them, e.g. a year), else nil.
    private static func string(_ value: Any?) -> String? {
        let text: String
        switch value {
        case let string as String: text = string
        case let number as NSNumber where !(number is Bool): text = number.stringValue
        default: return nil
        }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func joined(_ parts: [String?], _ separator: String) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.joined(separator: separator)
    }

    /// `2019`, `2019-03` or `2019-03-15` (the schema's ISO 8601 dates), else any date the résumé parser reads.
    private static func month(_ text: String, isEnd: Bool) -> YearMonth? {
        let parts = text.split(separator: "-")
        if let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4, (1900...2200).contains(year) {
            if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
                return YearMonth(year: year, month: month)
            }
            if parts.count == 1 { return YearMonth(year: year, month: isEnd ? 12 : 1) }
        }
        return DateRangeParser.singleDate(text, isEnd: isEnd)
    }
}
