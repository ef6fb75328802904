/// The ways resumes write an education entry, from `B.Sc. Computer Science, University of Edinburgh, 2012` to a
/// bare `PhD in Mathematics`.
enum SyntheticEducationStyle: Int, Sendable, CaseIterable {
    /// `B.Sc. Computer Science, University of Edinburgh, 2012`
    case abbreviatedInline
    /// `Master of Science in Accounting, NYU Stern, 2014`
    case fullInline
    /// `Associate Degree in Nursing (ADN)`, then `Miami Dade College, 2011`
    case degreeThenInstitution
    /// `University of Edinburgh — Bachelor of Science in Physics (2012)`
    case institutionFirst

    static let weights = [30, 30, 25, 15]

    /// The degree and field as one phrase: `B.Sc. Computer Science`, `PhD in Mathematics`, `High School Diploma`.
    func degreeText(_ entry: SyntheticEducation) -> String {
        let degree = entry.degree
        guard !degree.isSelfContained, let field = entry.field else { return degree.name }
        if self == .abbreviatedInline, let abbreviation = entry.abbreviation {
            return "\(abbreviation) \(field)"
        }
        return "\(degree.name) in \(field)"
    }

    /// The lines of one entry; `bare` leaves out the institution and year (`PhD in Mathematics`).
    func lines(_ entry: SyntheticEducation, bare: Bool) -> [String] {
        let degree = degreeText(entry)
        if bare { return [degree] }
        switch self {
        case .abbreviatedInline, .fullInline:
            return ["\(degree), \(entry.institution), \(entry.graduationYear)"]
        case .degreeThenInstitution:
            return [degree, "\(entry.institution), \(entry.graduationYear)"]
        case .institutionFirst:
            return ["\(entry.institution) — \(degree) (\(entry.graduationYear))"]
        }
    }
}
