/// A kind of qualification a synthetic resume can list, with the spellings resumes use for it.
struct SyntheticDegree: Sendable {
    /// Levels ordered like the `education` criterion's `min_level`.
    enum Level: Int, Sendable, Comparable {
        case highSchool = 1
        case associate, bachelor, master, doctorate

        /// The `DegreeTypeCode` written in HR-XML documents.
        var hrXMLTypeCode: String {
            switch self {
            case .highSchool: "HighSchool"
            case .associate: "Associates"
            case .bachelor: "Bachelors"
            case .master: "Masters"
            case .doctorate: "Doctorate"
            }
        }

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var level: Level
    /// The full name, e.g. `Bachelor of Science`; joined to the field with "in".
    var name: String
    /// Short forms written before the field, e.g. `B.Sc.` in `B.Sc. Computer Science`; empty when there are none.
    var abbreviations: [String]
    /// True when `name` already says everything (`High School Diploma`, `Associate Degree in Nursing (ADN)`).
    var isSelfContained: Bool = false

    static let highSchool = SyntheticDegree(
        level: .highSchool, name: "High School Diploma", abbreviations: [], isSelfContained: true)
    static let associateNursing = SyntheticDegree(
        level: .associate, name: "Associate Degree in Nursing (ADN)", abbreviations: [], isSelfContained: true)
    static let associateScience = SyntheticDegree(
        level: .associate, name: "Associate of Applied Science", abbreviations: ["A.A.S.", "AAS"])
    static let associateArts = SyntheticDegree(
        level: .associate, name: "Associate of Arts", abbreviations: ["A.A."])
    static let bachelorScience = SyntheticDegree(
        level: .bachelor, name: "Bachelor of Science", abbreviations: ["B.Sc.", "BSc", "B.S.", "BS"])
    static let bachelorArts = SyntheticDegree(
        level: .bachelor, name: "Bachelor of Arts", abbreviations: ["B.A.", "BA"])
    static let bachelorEngineering = SyntheticDegree(
        level: .bachelor, name: "Bachelor of Engineering", abbreviations: ["B.Eng.", "BEng"])
    static let bachelorNursing = SyntheticDegree(
        level: .bachelor, name: "Bachelor of Science in Nursing (BSN)", abbreviations: [], isSelfContained: true)
    static let bachelorCommerce = SyntheticDegree(
        level: .bachelor, name: "Bachelor of Commerce", abbreviations: ["B.Com."])
    static let masterScience = SyntheticDegree(
        level: .master, name: "Master of Science", abbreviations: ["M.Sc.", "MSc", "M.S.", "MS"])
    static let masterArts = SyntheticDegree(level: .master, name: "Master of Arts", abbreviations: ["M.A.", "MA"])
    static let masterBusiness = SyntheticDegree(
        level: .master, name: "Master of Business Administration (MBA)", abbreviations: [], isSelfContained: true)
    static let masterNursing = SyntheticDegree(
        level: .master, name: "Master of Science in Nursing (MSN)", abbreviations: [], isSelfContained: true)
    static let masterEngineering = SyntheticDegree(
        level: .master, name: "Master of Engineering", abbreviations: ["M.Eng.", "MEng"])
    static let doctorate = SyntheticDegree(level: .doctorate, name: "PhD", abbreviations: ["Ph.D."])
    static let doctorNursing = SyntheticDegree(
        level: .doctorate, name: "Doctor of Nursing Practice (DNP)", abbreviations: [], isSelfContained: true)
}
