/// Word lists shared by every occupation: the activities that turn tools and domains into phrases, and the
/// sentences and notes any resume can contain.
enum SyntheticVocabulary {
    /// Combined with a role's tools: "Kafka administration", "Epic implementation", "NetSuite migration".
    static let toolActivities = [
        "administration", "migration", "integration", "automation", "configuration", "implementation", "upgrades",
        "dashboards", "scripting", "performance tuning", "support", "training", "rollout", "optimization",
        "reporting", "troubleshooting",
    ]

    /// Combined with a role's domains: "revenue forecasting", "patient safety audits", "API governance".
    static let domainActivities = [
        "reporting", "analysis", "forecasting", "modeling", "audits", "planning", "dashboards", "metrics",
        "process improvement", "reviews", "strategy", "compliance", "operations", "documentation", "controls",
        "governance",
    ]

    /// Experience bullets that fit any occupation.
    static let genericBullets = [
        "Trained {small} new colleagues on {tool} and wrote the team's onboarding guide.",
        "Worked with {team} to improve {domainTask}, saving roughly {hours} hours per month.",
        "Documented {toolTask} procedures now used by {n} colleagues across {small} sites.",
        "Received the {award} for work on {domainTask}.",
        "Represented the department on the company-wide {domain} working group.",
        "Standardized {phrase} across {small} teams; the approach became the template for the region.",
        "Covered for the team lead during parental leave, running weekly planning and one-to-ones.",
    ]

    /// Endings that turn a bullet into a longer one; each replaces the bullet's final period.
    static let bulletTails = [
        "; the approach became the team standard.", ", working closely with {team}.",
        " while keeping the budget flat.", ", which leadership later rolled out across the company.",
        " within {months} months.", "; documented the process so others could repeat it.",
        ", despite a hiring freeze and a tight deadline.", " as the single owner on a team of {small}.",
        "; results were reviewed monthly with {team}.",
        ", replacing a process that had relied on spreadsheets and email.",
        ", earning a mention in the annual report.",
    ]

    /// Entries of a "Professional development" section.
    static let training = [
        "{toolTask} – vendor training course, {recentYear}", "Workshop: {phrase}, {recentYear}",
        "{domainTask} masterclass ({recentYear})", "Online course: {phrase} (Coursera, {recentYear})",
        "Attended the {context} industry summit, {recentYear}", "Leadership essentials for new managers, {recentYear}",
        "Internal academy: {phrase2} track, {recentYear}", "Speaker: \"Lessons from {domainTask}\", {recentYear}",
    ]

    static let adjectives = [
        "Results-driven", "Detail-oriented", "Experienced", "Pragmatic", "Versatile", "Motivated", "Dependable",
        "Curious", "Hands-on",
    ]

    static let awards = [
        "Employee of the Quarter award", "CEO's Excellence Award", "Team Player of the Year award", "Spot Award",
        "Above & Beyond award",
    ]

    static let clouds = ["AWS", "GCP", "Azure", "Google Cloud", "Amazon Web Services"]

    static let continuousIntegrationServices = [
        "GitHub Actions", "Jenkins", "GitLab CI", "Azure DevOps", "CircleCI", "Buildkite", "Argo CD",
    ]

    static let moneyAmounts = [
        "$450K", "$1.2M", "€800,000", "$2.4 million", "£650K", "€1.9M", "$3.1M", "$12M", "€5.5 million", "$275,000",
    ]

    static let bigNumbers = [
        "120", "350", "800", "1,200", "2,500", "4,000", "8,000", "15,000", "40,000", "250,000", "1.2 million",
    ]

    /// Lines for an "Additional information" section.
    static let additionalLines = [
        "Volunteer mentor for first-generation university students.", "Board member of a local food bank.",
        "Amateur photographer and long-distance cyclist.", "Coaches a youth football team on weekends.",
        "Red Cross disaster-relief volunteer.", "Plays viola in a community orchestra.", "Fosters rescue dogs.",
        "Runs a monthly book club.", "Completed the Berlin Marathon in 2019.",
        "Enjoys hiking, chess and cooking for friends.", "Driving licence (category B).",
        "Available to start with one month's notice.", "References available on request.",
        "Open to hybrid or remote work.", "Speaker at two regional meetups on topics from recent projects.",
    ]

    /// Statements a criteria file's work authorization knockout accepts.
    static let acceptedWorkAuthorizations = [
        "EU citizen", "EU citizen — no sponsorship needed", "Valid work permit for Germany", "EU Blue Card holder",
        "Right to work in the EU", "Full right to work in the UK", "Authorized to work in the EU and the US",
        "Swiss work permit (B permit)", "Dutch work permit (highly skilled migrant)",
    ]

    /// Statements that do not satisfy an EU work authorization knockout.
    static let otherWorkAuthorizations = [
        "US citizen", "Green card holder", "Will require visa sponsorship", "Canadian permanent resident",
        "Australian citizen",
    ]

    /// Notes that a staffing agency submitted the resume.
    static let agencyNotes = [
        "Submitted by Apex Talent Partners, a staffing agency, on behalf of the candidate.",
        "Presented by Brightpath Recruitment Agency (ref. BP-{n}{n}).",
        "Candidate represented by Nordic Staffing Agency AB; please contact the agency, not the candidate.",
        "Profile shared via TekForce staffing agency.",
    ]

    static let proficiencies = ["fluent", "professional working proficiency", "conversational", "basic", "C1", "B2"]
}
