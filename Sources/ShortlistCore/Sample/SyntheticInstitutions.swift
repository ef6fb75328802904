/// Schools a synthetic candidate can have attended, by the kind of qualification they award.
enum SyntheticInstitutions {
    /// Universities for bachelor's, master's and doctoral degrees.
    static let universities = [
        "University of Edinburgh", "University of Washington", "Georgia Institute of Technology",
        "Technische Universität München", "Universidad de Salamanca", "Uniwersytet Jagielloński", "Uppsala universitet",
        "Université de Montréal", "King's College London", "ETH Zürich", "Kyoto University",
        "Hanoi University of Science and Technology", "Boğaziçi University", "Aarhus Universitet",
        "Norwegian University of Science and Technology (NTNU)", "University of Lagos", "IIT Bombay",
        "Ohio State University", "University of Toronto", "Universidade de São Paulo", "Universität Wien",
        "University College Dublin", "University of Texas at Austin", "Politecnico di Milano",
        "KTH Royal Institute of Technology",
        "University of Manchester", "Universidad Nacional Autónoma de México", "American University of Beirut",
        "Tsinghua University", "University of Cape Town", "Sorbonne Université", "University of Sydney",
    ]

    /// Business schools, for MBAs and master's degrees in accounting or finance.
    static let businessSchools = [
        "NYU Stern", "London Business School", "INSEAD", "Rotman School of Management", "IE Business School",
        "HEC Paris", "Kellogg School of Management", "WHU – Otto Beisheim School of Management",
    ]

    /// Community colleges and vocational schools, for associate degrees.
    static let colleges = [
        "Miami Dade College", "Community College of Denver", "Austin Community College", "Seattle Central College",
        "Humber College", "Houston Community College", "City College of San Francisco", "Red River College",
    ]

    /// Secondary schools, for high school diplomas.
    static let highSchools = [
        "Lincoln High School", "Westview High School", "Roosevelt High School", "Lycée Victor Hugo",
        "Gymnasium am Römerkastell", "St. Patrick's Secondary School", "Northside Collegiate", "IES Cervantes",
    ]

    /// A plausible school for `degree` in `field`.
    static func school(for degree: SyntheticDegree, field: String?, using random: inout SeededRandom) -> String {
        switch degree.level {
        case .highSchool:
            return random.pick(highSchools)
        case .associate:
            return random.pick(colleges)
        case .master where degree.name.hasPrefix("Master of Business"):
            return random.pick(businessSchools)
        case .master where field.map(businessFields.contains) == true && random.chance(50):
            return random.pick(businessSchools)
        default:
            return random.pick(universities)
        }
    }

    private static let businessFields = ["Accounting", "Finance", "Taxation"]
}
