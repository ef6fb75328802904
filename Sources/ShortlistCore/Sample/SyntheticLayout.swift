/// The presentation choices of one synthetic document that do not depend on its format: section titles and
/// order, how dates, positions and degrees are written, where the work authorization goes.
struct SyntheticLayout {
    /// The sections a synthetic resume can have.
    enum Section: Sendable {
        case summary, highlights, experience, education, skills, certifications, training, languages, additional
    }

    var order: [Section]
    var summaryTitle: String
    var highlightsTitle: String
    var experienceTitle: String
    var educationTitle: String
    var skillsTitle: String
    var certificationsTitle: String
    var trainingTitle: String
    var languagesTitle = "Languages"
    var additionalTitle: String
    /// Heading lines of each position, in `resume.jobs` order.
    var jobHeadings: [[String]]
    /// Lines of each education entry, in `resume.education` order.
    var educationLines: [[String]]
    /// What the tools line of a position is called here ("Tech stack", "Systems").
    var stackLabel: String
    /// Skills as the Skills section prints them.
    var skills: [String]
    /// True when the work authorization goes in the contact block; otherwise it closes the document.
    var authorizationInHeader: Bool
    /// The lines of the "Additional information" section, including the work authorization when it goes there.
    var additionalLines: [String]

    init(_ resume: SyntheticResume, using random: inout SeededRandom) {
        summaryTitle = random.pick(["Summary", "Profile", "Professional Summary", "About Me", "Career Summary"])
        highlightsTitle = random.pick(["Key Achievements", "Selected Projects", "Highlights", "Achievements"])
        experienceTitle = random.pick([
            "Experience", "Experience", "Work Experience", "Professional Experience", "Employment History",
            "Work History", "Career History",
        ])
        educationTitle = random.pick(["Education", "Education", "Education & Training", "Academic Background"])
        skillsTitle = random.pick(["Skills", "Skills", "Technical Skills", "Core Competencies", "Key Skills"])
        certificationsTitle = random.pick([
            "Certifications", "Licenses & Certifications", "Certificates", "Professional Certifications",
        ])
        trainingTitle = random.pick(["Professional Development", "Training & Courses", "Courses", "Training"])
        additionalTitle = random.pick(["Additional Information", "Interests", "Other"])

        let dateStyle = SyntheticDateStyle.allCases[random.weightedIndex(SyntheticDateStyle.weights)]
        let mixesDateStyles = random.chance(8)
        let entryStyle = SyntheticEntryStyle.allCases[random.weightedIndex(SyntheticEntryStyle.weights)]
        jobHeadings = resume.jobs.map { job in
            let style =
                mixesDateStyles
                ? SyntheticDateStyle.allCases[random.weightedIndex(SyntheticDateStyle.weights)] : dateStyle
            let dates = style.format(from: job.start, to: job.end)
            return entryStyle.lines(title: job.title, employer: job.employer, dates: dates)
        }
        let educationStyle = SyntheticEducationStyle.allCases[random.weightedIndex(SyntheticEducationStyle.weights)]
        educationLines = resume.education.map { entry in
            let bare = random.chance(8)
            var lines = educationStyle.lines(entry, bare: bare)
            if !bare, let details = entry.details { lines.append(details) }
            return lines
        }
        stackLabel = random.pick(resume.role.profile.stackLabels)
        skills = random.chance(70) ? resume.skills.map(SyntheticText.capitalizedFirst) : resume.skills

        authorizationInHeader = random.chance(40)
        var additional: [String] = []
        if let authorization = resume.workAuthorization, !authorizationInHeader {
            additional.append(random.pick(["Work authorization: ", "Work permit status: ", ""]) + authorization)
        }
        additional += resume.additional
        additionalLines = additional

        var main: [Section] = [.experience, .education, .skills]
        let earlyCareer = (resume.jobs.last.map { SyntheticMonth.latest.year - $0.start.year } ?? 0) < 4
        if random.chance(earlyCareer ? 50 : 12) { main = [.education, .experience, .skills] }
        if random.chance(25) {
            main.removeAll { $0 == .skills }
            main.insert(.skills, at: 0)
        }
        if !resume.highlights.isEmpty {
            main.insert(.highlights, at: random.chance(50) ? 0 : main.firstIndex(of: .experience)! + 1)
        }
        order = (resume.summary == nil ? [] : [.summary]) + main
        if !resume.certifications.isEmpty { order.append(.certifications) }
        if !resume.training.isEmpty { order.append(.training) }
        if !resume.languages.isEmpty { order.append(.languages) }
        if !additionalLines.isEmpty { order.append(.additional) }
    }

    /// The tools line of a position, e.g. `Tech stack: Go, Kafka, PostgreSQL`, or nil when it has none.
    func stackLine(_ job: SyntheticJob) -> String? {
        job.stack.isEmpty ? nil : "\(stackLabel): \(job.stack.joined(separator: ", "))"
    }

    /// The heading a section is shown under, in title case.
    func title(of section: Section) -> String {
        switch section {
        case .summary: summaryTitle
        case .highlights: highlightsTitle
        case .experience: experienceTitle
        case .education: educationTitle
        case .skills: skillsTitle
        case .certifications: certificationsTitle
        case .training: trainingTitle
        case .languages: languagesTitle
        case .additional: additionalTitle
        }
    }

    /// The HTML `id`/class fragment for a section: `experience`, `work-history`, …
    func slug(of section: Section) -> String {
        switch section {
        case .summary: "summary"
        case .highlights: "highlights"
        case .experience: "experience"
        case .education: "education"
        case .skills: "skills"
        case .certifications: "certifications"
        case .training: "training"
        case .languages: "languages"
        case .additional: "additional"
        }
    }
}
