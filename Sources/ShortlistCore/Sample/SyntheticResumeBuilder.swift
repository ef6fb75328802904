/// Composes the content of one synthetic resume: an occupation, a person, a career with gaps and overlaps,
/// education, skills and the odd knockout-relevant statement.
///
/// Every candidate gets a hidden `strength` (0–99, most draws low) that scales how many skills, positions,
/// certifications and degrees they have, so criteria scores spread from a few strong candidates to many weak ones.
enum SyntheticResumeBuilder {
    static func resume(using random: inout SeededRandom) -> SyntheticResume {
        let role = SyntheticRole.allCases[random.weightedIndex(SyntheticRole.shares)]
        let profile = role.profile
        // The product of two uniform draws: mean about 25, a long tail of strong candidates.
        let strength = random.below(100) * random.below(101) / 100
        let (person, culture) = SyntheticPeople.person(using: &random)
        let skills = self.skills(for: role, strength: strength, using: &random)
        let periods = career(strength: strength, using: &random)
        let careerStart = periods.last!.start
        let years = max(1, (SyntheticMonth.latest.ordinal - careerStart.ordinal) / 12)
        let filler = SyntheticPhraseFiller(profile: profile, skills: skills, years: years)
        let jobs = self.jobs(for: periods, careerStart: careerStart, profile: profile, filler: filler, using: &random)

        var headline = jobs[0].title
        if random.chance(30), filler.coreSkills.count >= 2 {
            headline += " | " + filler.coreSkills.prefix(3).joined(separator: " · ")
        }
        var summary: String?
        if random.chance(jobs.count <= 2 ? 95 : 75) {
            var text = filler.fill(random.pick(profile.summaryOpeners), using: &random)
            for detail in random.sample(profile.summaryDetails, count: random.int(in: 2...3)) {
                text += " " + filler.fill(detail, using: &random)
            }
            summary = text
        }
        var certifications: [String] = []
        if random.chance(25 + strength / 2) {
            certifications = random.sample(profile.certifications, count: random.int(in: 1...3)).map(\.display)
        }
        var highlights: [String] = []
        if random.chance(jobs.count <= 2 ? 60 : 35) {
            for template in random.sample(profile.bullets, count: random.int(in: 2...4)) {
                highlights.append(filler.fill(template, using: &random))
            }
        }
        var training: [String] = []
        if random.chance(30) {
            for template in random.sample(SyntheticVocabulary.training, count: random.int(in: 2...4)) {
                training.append(filler.fill(template, using: &random))
            }
        }
        let authorizationRoll = random.below(100)
        let workAuthorization: String? =
            switch authorizationRoll {
            case ..<65: random.pick(SyntheticVocabulary.acceptedWorkAuthorizations)
            case ..<80: random.pick(SyntheticVocabulary.otherWorkAuthorizations)
            default: nil
            }
        let agencyNote =
            random.chance(3) ? filler.fill(random.pick(SyntheticVocabulary.agencyNotes), using: &random) : nil
        let additional =
            random.chance(40)
            ? random.sample(SyntheticVocabulary.additionalLines, count: random.int(in: 1...3)) : []

        var resume = SyntheticResume(
            person: person,
            role: role,
            headline: headline,
            summary: summary,
            jobs: jobs,
            highlights: highlights,
            education: education(
                profile: profile, filler: filler, strength: strength, careerStartYear: careerStart.year,
                using: &random),
            skills: skills,
            certifications: certifications,
            training: training,
            languages: random.chance(55) ? languages(native: culture.language, using: &random) : [],
            workAuthorization: workAuthorization,
            agencyNote: agencyNote,
            additional: additional
        )
        // Even a first job deserves a resume of a page or so: add achievements until there is enough text.
        var templates = random.shuffle(profile.bullets)
        while resume.approximateTextLength < minimumTextLength, let template = templates.popLast() {
            resume.highlights.append(filler.fill(template, using: &random))
        }
        return resume
    }

    /// Resumes shorter than this (in bytes of text) get extra highlights.
    static let minimumTextLength = 2_800

    /// 5–25 skills, more for stronger candidates, occasionally with a few from a neighbouring occupation.
    private static func skills(for role: SyntheticRole, strength: Int, using random: inout SeededRandom) -> [String] {
        let count = min(25, max(5, 5 + strength / 5 + random.int(in: 0...6)))
        var skills = random.sample(role.profile.skills, count: count)
        if random.chance(25), skills.count < 25 {
            for skill in random.sample(role.neighbour.profile.skills, count: random.int(in: 1...3))
            where !skills.contains(skill) && skills.count < 25 {
                skills.append(skill)
            }
        }
        return skills
    }

    /// Employment periods, most recent first: back to back, with gaps, or overlapping, never after
    /// `SyntheticMonth.latest` and never before `SyntheticMonth.earliest`.
    private static func career(strength: Int, using random: inout SeededRandom)
        -> [(start: SyntheticMonth, end: SyntheticMonth?)]
    {
        var count = 1 + random.weightedIndex([5, 10, 20, 25, 22, 18])
        if strength > 50, count < 3 { count += 1 }
        let isCurrent = random.chance(68)
        let earliest = SyntheticMonth.earliest.ordinal
        var end = SyntheticMonth.latest.ordinal - (isCurrent ? 0 : random.int(in: 1...30))
        var newerEnd = end + 1
        var periods: [(start: SyntheticMonth, end: SyntheticMonth?)] = []
        for index in 0..<count {
            let duration =
                switch random.weightedIndex([30, 50, 20]) {
                case 0: random.int(in: 6...18)
                case 1: random.int(in: 19...48)
                default: random.int(in: 49...96)
                }
            let start = max(earliest, end - duration + 1)
            periods.append(
                (SyntheticMonth(ordinal: start), index == 0 && isCurrent ? nil : SyntheticMonth(ordinal: end)))
            newerEnd = end
            switch random.weightedIndex([58, 20, 8, 14]) {
            case 0: end = start - 1 - random.below(2)
            case 1: end = start - random.int(in: 2...8)
            case 2: end = start - random.int(in: 9...30)
            default: end = min(start + random.int(in: 1...10), newerEnd - 1)
            }
            if end - 6 < earliest { break }
        }
        return periods
    }

    private static func jobs(
        for periods: [(start: SyntheticMonth, end: SyntheticMonth?)], careerStart: SyntheticMonth,
        profile: SyntheticRoleProfile, filler: SyntheticPhraseFiller, using random: inout SeededRandom
    ) -> [SyntheticJob] {
        let employers = random.sample(profile.employers, count: periods.count)
        var templates = random.shuffle(profile.bullets)
        var genericTemplates = random.shuffle(SyntheticVocabulary.genericBullets)
        var tails = random.shuffle(SyntheticVocabulary.bulletTails)
        let describesEmployers = random.chance(55)
        let listsStacks = random.chance(35)
        let stackPool = filler.coreSkills + filler.skills.filter { profile.tools.contains($0) }
        var jobs: [SyntheticJob] = []
        jobs.reserveCapacity(periods.count)
        for (index, period) in periods.enumerated() {
            let yearsIn = (period.start.ordinal - careerStart.ordinal) / 12
            var band = yearsIn < 2 ? 0 : yearsIn < 5 ? 1 : yearsIn < 10 ? 2 : 3
            if index == 0, band < 3, random.chance(25) { band += 1 }
            if band > 0, random.chance(15) { band -= 1 }
            let bulletCount =
                switch index {
                case 0 where periods.count == 1: random.int(in: 6...8)
                case 0: random.int(in: 5...8)
                case 1: random.int(in: 4...8)
                default: random.int(in: 3...7)
                }
            var bullets: [String] = []
            bullets.reserveCapacity(bulletCount)
            for _ in 0..<bulletCount {
                let template: String
                if random.chance(12), let generic = genericTemplates.popLast() {
                    template = generic
                } else {
                    if templates.isEmpty { templates = random.shuffle(profile.bullets) }
                    template = templates.removeLast()
                }
                var bullet = filler.fill(template, using: &random)
                if random.chance(50), bullet.hasSuffix("."), let tail = tails.popLast() {
                    bullet.removeLast()
                    bullet += filler.fill(tail, using: &random)
                }
                bullets.append(bullet)
            }
            var stack: [String] = []
            if listsStacks {
                stack = random.sample(stackPool, count: random.int(in: 2...4))
                for tool in random.sample(profile.tools, count: random.int(in: 1...3)) where !stack.contains(tool) {
                    stack.append(tool)
                }
            }
            let blurb = describesEmployers ? filler.fill(random.pick(profile.employerBlurbs), using: &random) : nil
            jobs.append(
                SyntheticJob(
                    title: random.pick(profile.titles[band]), employer: employers[index % employers.count],
                    start: period.start, end: period.end, blurb: blurb, bullets: bullets, stack: stack))
        }
        return jobs
    }

    /// The highest qualification first, then sometimes the lower ones it built on.
    private static func education(
        profile: SyntheticRoleProfile, filler: SyntheticPhraseFiller, strength: Int, careerStartYear: Int,
        using random: inout SeededRandom
    ) -> [SyntheticEducation] {
        let weights = profile.degrees.map { option in
            switch option.degree.level {
            case .highSchool, .associate: strength > 50 ? 0 : strength < 15 ? option.weight * 2 : option.weight
            case .bachelor: option.weight
            case .master, .doctorate: strength > 40 ? option.weight * 2 : option.weight
            }
        }
        let highest = profile.degrees[random.weightedIndex(weights)]
        let highestYear: Int
        if highest.degree.level >= .master, random.chance(40) {
            highestYear = min(2026, careerStartYear + random.int(in: 2...6))
        } else {
            highestYear = careerStartYear - random.int(in: 0...1)
        }
        var entries = [entry(highest, year: highestYear, using: &random)]
        // Lower degrees come earlier, and before the first job.
        var cursor = highestYear
        if highest.degree.level == .doctorate, random.chance(50),
            let master = profile.degrees.first(where: { $0.degree.level == .master })
        {
            cursor = min(cursor - random.int(in: 4...5), careerStartYear)
            entries.append(entry(master, year: cursor, using: &random))
        }
        if highest.degree.level >= .master, random.chance(85),
            let bachelor = profile.degrees.first(where: { $0.degree.level == .bachelor })
        {
            let gap = entries.count == 1 && highest.degree.level == .doctorate ? 5 : 1
            cursor = min(cursor - random.int(in: gap...gap + 1), careerStartYear - random.int(in: 0...1))
            entries.append(entry(bachelor, year: cursor, using: &random))
        }
        let addsHighSchool =
            switch highest.degree.level {
            case .associate: random.chance(35)
            case .bachelor: random.chance(8)
            default: false
            }
        if addsHighSchool {
            let diploma = SyntheticRoleProfile.DegreeOption(degree: .highSchool, fields: [], weight: 1)
            entries.append(entry(diploma, year: highestYear - random.int(in: 2...4), using: &random))
        }
        for index in entries.indices where random.chance(50) {
            entries[index].details = details(for: entries[index], filler: filler, using: &random)
        }
        return entries
    }

    private static func details(
        for entry: SyntheticEducation, filler: SyntheticPhraseFiller, using random: inout SeededRandom
    ) -> String? {
        switch entry.degree.level {
        case .highSchool:
            return nil
        case .master, .doctorate:
            return filler.fill(
                random.pick([
                    "Thesis: {phrase} for {context} applications.", "Dissertation on {phrase} and {phrase2}.",
                    "Research assistant in a {domain} lab; {small} conference papers.",
                ]), using: &random)
        case .associate, .bachelor:
            return filler.fill(
                random.pick([
                    "Relevant coursework: {skill}, {skill2}, {phrase} and statistics.",
                    "GPA 3.{digit}/4.0; Dean's List for {small} semesters.", "Graduated with honours.",
                    "Capstone project on {domainTask} with a local {context} employer.",
                    "Student representative and teaching assistant for introductory courses.",
                ]), using: &random)
        }
    }

    private static func entry(
        _ option: SyntheticRoleProfile.DegreeOption, year: Int, using random: inout SeededRandom
    ) -> SyntheticEducation {
        let field = option.fields.isEmpty ? nil : random.pick(option.fields)
        return SyntheticEducation(
            degree: option.degree,
            abbreviation: option.degree.abbreviations.isEmpty ? nil : random.pick(option.degree.abbreviations),
            field: field,
            institution: SyntheticInstitutions.school(for: option.degree, field: field, using: &random),
            graduationYear: max(1975, year))
    }

    private static func languages(native: String, using random: inout SeededRandom) -> [String] {
        var languages: [String] = []
        if native == "English" {
            languages.append("English (native)")
        } else {
            languages.append("\(native) (native)")
            languages.append("English (\(random.pick(["fluent", "fluent", "C1", "professional working proficiency"])))")
        }
        if random.chance(40) {
            let other = random.pick(["German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Swedish"])
            if other != native {
                languages.append("\(other) (\(random.pick(SyntheticVocabulary.proficiencies)))")
            }
        }
        return languages
    }
}
