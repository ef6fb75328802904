/// Fills the `{placeholder}` slots of a sentence template with words from a role's vocabulary and the candidate's
/// own skills, so experience bullets mention what the Skills section lists.
struct SyntheticPhraseFiller {
    var profile: SyntheticRoleProfile
    /// The skills the candidate lists; `{skill}` prefers them.
    var skills: [String]
    /// The candidate's core skills (languages, main systems); `{core}` prefers them.
    var coreSkills: [String]
    /// Whole years of experience, for `{years}`.
    var years: Int

    init(profile: SyntheticRoleProfile, skills: [String], years: Int) {
        self.profile = profile
        self.skills = skills
        self.coreSkills = skills.filter { profile.coreSkills.contains($0) }
        self.years = years
    }

    /// The template with every placeholder replaced; unknown placeholders are left as written.
    func fill(_ template: String, using random: inout SeededRandom) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 48)
        var used: [String] = []
        // Scan bytes: braces are ASCII, so UTF-8 positions are valid string indices.
        let bytes = template.utf8
        var start = bytes.startIndex
        while let open = bytes[start...].firstIndex(of: 0x7B), let close = bytes[open...].firstIndex(of: 0x7D) {
            out += template[start..<open]
            let name = String(template[bytes.index(after: open)..<close])
            out += value(for: name, avoiding: &used, using: &random)
            start = bytes.index(after: close)
        }
        out += template[start...]
        return template.contains("a {") || template.contains("A {") ? Self.fixingArticles(out) : out
    }

    /// `a oncology unit` → `an oncology unit`, for articles written before a placeholder.
    static func fixingArticles(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.dropLast() where words[index] == "a" || words[index] == "A" {
            guard let first = words[index + 1].unicodeScalars.first else { continue }
            if "aeioAEIO8".unicodeScalars.contains(first) || words[index + 1].hasPrefix("11") {
                words[index] += "n"
            }
        }
        return words.joined(separator: " ")
    }

    private func value(for name: String, avoiding used: inout [String], using random: inout SeededRandom) -> String {
        switch name {
        case "skill", "skill2", "skill3":
            let pool = !skills.isEmpty && random.chance(80) ? skills : profile.skills
            return distinct(from: pool, avoiding: &used, using: &random)
        case "core", "core2":
            let pool = !coreSkills.isEmpty && random.chance(75) ? coreSkills : profile.coreSkills
            return distinct(from: pool, avoiding: &used, using: &random)
        case "tool", "tool2":
            return distinct(from: profile.tools, avoiding: &used, using: &random)
        case "toolTask":
            let tool = distinct(from: profile.tools, avoiding: &used, using: &random)
            return "\(tool) \(random.pick(SyntheticVocabulary.toolActivities))"
        case "domain":
            return distinct(from: profile.domains, avoiding: &used, using: &random)
        case "domainTask":
            let domain = distinct(from: profile.domains, avoiding: &used, using: &random)
            return "\(domain) \(random.pick(SyntheticVocabulary.domainActivities))"
        case "phrase", "phrase2":
            return distinct(from: profile.phrases, avoiding: &used, using: &random)
        case "context": return random.pick(profile.contexts)
        case "team": return random.pick(profile.teams)
        case "cloud": return random.pick(SyntheticVocabulary.clouds)
        case "ci": return random.pick(SyntheticVocabulary.continuousIntegrationServices)
        case "adjective": return random.pick(SyntheticVocabulary.adjectives)
        case "award": return random.pick(SyntheticVocabulary.awards)
        case "money": return random.pick(SyntheticVocabulary.moneyAmounts)
        case "big": return random.pick(SyntheticVocabulary.bigNumbers)
        case "n": return String(random.int(in: 3...40))
        case "small": return String(random.int(in: 2...8))
        case "pct": return String(random.int(in: 5...60))
        case "pct2": return String(random.int(in: 70...98))
        case "quota": return String(random.int(in: 85...165))
        case "hours": return String(random.int(in: 2...24) * 5)
        case "ms": return String(random.int(in: 4...50) * 5)
        case "months": return String(random.int(in: 6...36))
        case "years": return String(max(years, 1))
        case "digit": return String(random.int(in: 0...9))
        case "recentYear": return String(random.int(in: 2014...2025))
        default: return "{\(name)}"
        }
    }

    /// A word from `pool` not used yet in this sentence, when a few tries find one.
    private func distinct(from pool: [String], avoiding used: inout [String], using random: inout SeededRandom)
        -> String
    {
        var choice = random.pick(pool)
        var tries = 0
        while used.contains(choice), tries < 4 {
            choice = random.pick(pool)
            tries += 1
        }
        used.append(choice)
        return choice
    }
}
