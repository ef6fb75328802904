/// The content of one synthetic resume, before it is rendered in any format.
struct SyntheticResume: Sendable {
    var person: SyntheticPerson
    var role: SyntheticRole
    /// The line under the name, usually the most recent title.
    var headline: String
    var summary: String?
    /// Most recent first, as resumes list them.
    var jobs: [SyntheticJob]
    /// Achievements or projects listed in their own section; empty when the resume has none.
    var highlights: [String]
    /// Highest or most recent first.
    var education: [SyntheticEducation]
    var skills: [String]
    var certifications: [String]
    /// Courses, workshops and conferences for a "Professional development" section.
    var training: [String]
    /// Spoken languages with proficiency, e.g. `Spanish (native)`.
    var languages: [String]
    /// A work authorization statement such as `EU citizen`, or nil when the resume does not say.
    var workAuthorization: String?
    /// A note that a staffing agency submitted the resume, for the `none` criterion.
    var agencyNote: String?
    /// Volunteering, interests and similar lines for an "Additional information" section.
    var additional: [String]
}

extension SyntheticResume {
    /// Roughly how many bytes of text the resume holds, before any markup.
    var approximateTextLength: Int {
        var length = (summary?.utf8.count ?? 0) + headline.utf8.count + 120
        for job in jobs {
            length += job.title.utf8.count + job.employer.utf8.count + 20 + (job.blurb?.utf8.count ?? 0)
            for bullet in job.bullets { length += bullet.utf8.count + 3 }
        }
        for list in [highlights, skills, certifications, training, languages, additional] {
            for item in list { length += item.utf8.count + 2 }
        }
        return length + education.count * 60
    }

    /// Removes one piece of content: a bullet from the position with the most (while any has more than three),
    /// then training, highlights and further bullets down to two per position. False when nothing is left to
    /// remove. Used to keep rendered files under a size limit.
    mutating func shorten() -> Bool {
        if removeBullet(keeping: 3) { return true }
        if training.popLast() != nil { return true }
        if highlights.popLast() != nil { return true }
        return removeBullet(keeping: 2)
    }

    /// Removes the last bullet of the position with the most bullets (the oldest on a tie) if it has more than
    /// `minimum`.
    private mutating func removeBullet(keeping minimum: Int) -> Bool {
        var chosen: Int?
        for index in jobs.indices.reversed() where jobs[index].bullets.count > minimum {
            if chosen == nil || jobs[index].bullets.count > jobs[chosen!].bullets.count { chosen = index }
        }
        guard let chosen else { return false }
        jobs[chosen].bullets.removeLast()
        return true
    }
}

/// The person a synthetic resume describes.
struct SyntheticPerson: Sendable {
    var givenName: String
    var familyName: String
    /// The name as written at the top of the resume (family name first for some cultures).
    var formattedName: String
    var email: String
    var phone: String
    var website: String?
    var city: String
    var countryCode: String
    var countryName: String
}

/// One position in a synthetic career.
struct SyntheticJob: Sendable {
    var title: String
    var employer: String
    var start: SyntheticMonth
    /// Nil for the current position ("Present").
    var end: SyntheticMonth?
    /// One sentence about the employer, e.g. `A fintech scale-up of about 300 people.`
    var blurb: String?
    var bullets: [String]
    /// The tools of the position ("Tech stack: Go, Kafka, PostgreSQL"); empty when the resume does not say.
    var stack: [String]
}

/// One line of a synthetic education history.
struct SyntheticEducation: Sendable {
    var degree: SyntheticDegree
    /// The short form this resume uses for the degree (`BSc` or `B.Sc.`), when it has one.
    var abbreviation: String?
    /// The subject, e.g. `Computer Science`; nil for degrees that name it already (`High School Diploma`).
    var field: String?
    var institution: String
    var graduationYear: Int
    /// A further line such as `Thesis: …`, `Relevant coursework: …` or `GPA 3.7/4.0`.
    var details: String?
}

/// A month of a year, as resumes date their positions.
struct SyntheticMonth: Sendable, Hashable, Comparable {
    var year: Int
    /// 1–12.
    var month: Int

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, for arithmetic.
    init(ordinal: Int) {
        year = ordinal / 12
        month = ordinal % 12 + 1
    }

    var ordinal: Int { year * 12 + month - 1 }

    /// The last month a synthetic career may reach; later months would lie in the future of a benchmark run.
    static let latest = SyntheticMonth(year: 2026, month: 10)
    /// The first month a synthetic career may start.
    static let earliest = SyntheticMonth(year: 1995, month: 1)

    static func < (lhs: SyntheticMonth, rhs: SyntheticMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}
