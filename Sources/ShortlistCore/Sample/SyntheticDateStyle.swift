/// The ways resumes write a position's date range, from `Jan 2018 – Present` to `03/2016 to 11/2019`.
enum SyntheticDateStyle: Int, Sendable, CaseIterable {
    /// `Jan 2018 – Present`
    case abbreviatedMonthEnDash
    /// `2015-2019`, `2019-Present`
    case yearsHyphen
    /// `03/2016 to 11/2019`, `03/2016 to present`
    case numericMonthTo
    /// `2019 – now`, `2015 – 2019`
    case yearsEnDashNow
    /// `March 2014 - December 2017`
    case fullMonthHyphen
    /// `2020–current`, `2012–2016`
    case yearsTightCurrent
    /// `Sep 2021 - Present`
    case abbreviatedMonthHyphen
    /// `June 2012 - Aug 2015`: full month to start, abbreviated to end, as hurried editing leaves it.
    case mixedMonthHyphen

    static let weights = [22, 12, 14, 8, 14, 6, 16, 8]

    /// The range as this style writes it; `end == nil` means the position is current.
    func format(from start: SyntheticMonth, to end: SyntheticMonth?) -> String {
        switch self {
        case .abbreviatedMonthEnDash:
            "\(Self.abbreviated(start)) – \(end.map(Self.abbreviated) ?? "Present")"
        case .yearsHyphen:
            "\(start.year)-\(end.map { String($0.year) } ?? "Present")"
        case .numericMonthTo:
            "\(Self.numeric(start)) to \(end.map(Self.numeric) ?? "present")"
        case .yearsEnDashNow:
            "\(start.year) – \(end.map { String($0.year) } ?? "now")"
        case .fullMonthHyphen:
            "\(Self.full(start)) - \(end.map(Self.full) ?? "Present")"
        case .yearsTightCurrent:
            "\(start.year)–\(end.map { String($0.year) } ?? "current")"
        case .abbreviatedMonthHyphen:
            "\(Self.abbreviated(start)) - \(end.map(Self.abbreviated) ?? "Present")"
        case .mixedMonthHyphen:
            "\(Self.full(start)) - \(end.map(Self.abbreviated) ?? "Current")"
        }
    }

    private static func abbreviated(_ month: SyntheticMonth) -> String {
        "\(abbreviatedNames[month.month - 1]) \(month.year)"
    }

    private static func full(_ month: SyntheticMonth) -> String {
        "\(fullNames[month.month - 1]) \(month.year)"
    }

    private static func numeric(_ month: SyntheticMonth) -> String {
        "\(SyntheticText.zeroPadded(month.month, width: 2))/\(month.year)"
    }

    private static let abbreviatedNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    static let fullNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
