/// The conventions resumes use to introduce a position: which of title, employer and dates come first, and what
/// separates them.
enum SyntheticEntryStyle: Int, Sendable, CaseIterable {
    /// `Title — Employer`, then the date range on its own line.
    case titleDashEmployer
    /// `Title, Employer (03/2016 to 11/2019)`
    case titleCommaEmployer
    /// `Title at Employer | 2015-2019`
    case titleAtEmployer
    /// `Title | Employer | June 2012 - Aug 2015`
    case titlePipeEmployer
    /// `Employer`, then `Title, 2015 – 2019`: employer-first layouts.
    case employerThenTitle

    static let weights = [34, 20, 16, 18, 12]

    /// The heading lines of one position; the first is the most prominent.
    func lines(title: String, employer: String, dates: String) -> [String] {
        switch self {
        case .titleDashEmployer: ["\(title) — \(employer)", dates]
        case .titleCommaEmployer: ["\(title), \(employer) (\(dates))"]
        case .titleAtEmployer: ["\(title) at \(employer) | \(dates)"]
        case .titlePipeEmployer: ["\(title) | \(employer) | \(dates)"]
        case .employerThenTitle: [employer, "\(title), \(dates)"]
        }
    }
}
