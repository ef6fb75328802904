import LibXMLBridge

/// Lays out a generic or HR-Open/HR-XML candidate document: every text node is a line, element names start
/// sections, and HR-XML positions, degrees and contact fields are read as structured values.
struct XMLLayoutReader {
    private var layout = ResumeLayout()
    /// The role of each open element, outermost first: the element path as far as the layout needs it.
    private var path: [ElementRole] = []
    private var sectionStack: [(depth: Int, kind: SectionKind)] = []
    /// Reused for every text node (take() keeps its capacity).
    private var collapsed = LineAccumulator()
    private var position: PositionDraft?
    private var degree: DegreeDraft?
    private var employer: String?
    private var channel: String?
    private var city: String?
    private var country: String?
    private var experience: [ExperienceEntry] = []
    private var education: [EducationEntry] = []
    private var given: String?
    private var family: String?

    /// What an element name means to the layout, looked up once per distinct name instead of compared per text node.
    fileprivate enum ElementRole {
        case formattedName, personName, givenName, familyName, channelCode, webAddress, email, phone, city, country
        case organizationName, employerHistory, positionTitle, currentIndicator, degreeName, degreeTypeCode, program
        case date, startDate, endDate, degreeDate, positionHistory, educationAttendance, communication, other
    }

    private static let roles: [String: ElementRole] = {
        let groups: [(ElementRole, [String])] = [
            (.formattedName, ["FormattedName"]), (.personName, ["PersonName"]), (.givenName, ["GivenName"]),
            (.familyName, ["FamilyName"]), (.channelCode, ["ChannelCode"]),
            (.webAddress, ["URI", "URL", "InternetWebAddress"]),
            (.email, ["InternetEmailAddress", "EmailAddress", "Email", "email"]),
            (.phone, ["FormattedNumber", "TelephoneNumber", "Phone", "phone"]),
            (.city, ["CityName", "Municipality", "city"]),
            (.country, ["CountryCode", "CountrySubDivisionCode", "country"]),
            (.organizationName, ["OrganizationName"]), (.employerHistory, ["EmployerHistory"]),
            (.positionTitle, ["PositionTitle"]), (.currentIndicator, ["CurrentIndicator"]),
            (.degreeName, ["DegreeName"]), (.degreeTypeCode, ["DegreeTypeCode"]),
            (.program, ["ProgramName", "MajorProgramName", "DegreeMajor"]),
            (.date, ["FormattedDateTime", "Year", "YearMonth"]), (.startDate, ["StartDate"]),
            (.endDate, ["EndDate"]), (.degreeDate, ["AttendanceEndDate", "DegreeDate"]),
            (.positionHistory, ["PositionHistory"]),
            (.educationAttendance, ["EducationOrganizationAttendance", "SchoolOrInstitution"]),
            (.communication, ["Communication"]),
        ]
        var roles: [String: ElementRole] = [:]
        for (role, names) in groups { for name in names { roles[name] = role } }
        return roles
    }()

    private struct PositionDraft {
        var firstLine: Int
        var title: String?
        var start: YearMonth?
        var end: YearMonth?
        var current = false
    }

    private struct DegreeDraft {
        var firstLine: Int
        var institution: String?
        var degreeName: String?
        var degreeType: String?
        var program: String?
        var year: Int?
    }

    /// What each element name means to the layout. A dump's XML documents share one vocabulary, so a worker keeps
    /// one cache for all the documents it reads instead of classifying every name again in every document.
    struct MeaningCache {
        fileprivate var meanings: [String: (section: SectionKind?, role: ElementRole)] = [:]
        /// Enough for any real vocabulary; a dump of unique element names only makes the cache start over.
        static let capacity = 4096
    }

    static func read(
        _ events: [MarkupEvent], notes: ParseNotes, structured: Bool, meanings: inout MeaningCache
    ) -> ResumeLayout {
        var reader = XMLLayoutReader()
        // The reader holds the only copy while it reads, so adding to it does not copy it.
        swap(&reader.elementMeanings, &meanings)
        defer { swap(&reader.elementMeanings, &meanings) }
        reader.layout.notes = notes
        for event in events {
            switch event {
            case .start(let element): reader.start(element.name)
            case .text(let text): reader.text(text)
            case .end: reader.end()
            }
        }
        if reader.layout.contactHints.name == nil, let given = reader.given {
            reader.layout.setHint(\.name, [given, reader.family ?? ""].joined(separator: " "))
        }
        if structured {
            reader.layout.experience = reader.experience
            reader.layout.education = reader.education
        }
        return reader.layout
    }

    private var currentSection: SectionKind { sectionStack.last?.kind ?? .other }

    private var elementMeanings = MeaningCache()

    private mutating func start(_ name: String) {
        let meaning: (section: SectionKind?, role: ElementRole)
        if let cached = elementMeanings.meanings[name] {
            meaning = cached
        } else {
            meaning = (SectionHeadings.classify(elementHint: name), Self.roles[name] ?? .other)
            if elementMeanings.meanings.count >= MeaningCache.capacity {
                elementMeanings.meanings.removeAll(keepingCapacity: true)
            }
            elementMeanings.meanings[name] = meaning
        }
        path.append(meaning.role)
        if let kind = meaning.section, kind != currentSection {
            sectionStack.append((path.count, kind))
        }
        switch meaning.role {
        case .positionHistory: position = PositionDraft(firstLine: layout.nextLineNumber)
        case .educationAttendance: degree = DegreeDraft(firstLine: layout.nextLineNumber)
        case .communication: channel = nil
        default: break
        }
    }

    private mutating func text(_ raw: String) {
        collapsed.add(raw)
        guard !collapsed.isEmpty else { return }
        let value = collapsed.take()
        let element = path.last ?? .other
        let parent = path.count >= 2 ? path[path.count - 2] : .other
        layout.append(value, section: currentSection)
        structured(value, element: element, parent: parent)
    }

    private mutating func structured(_ value: String, element: ElementRole, parent: ElementRole) {
        switch element {
        case .formattedName where parent == .personName: layout.setHint(\.name, value)
        case .givenName: given = given ?? value
        case .familyName: family = family ?? value
        case .channelCode: channel = value.lowercased()
        case .webAddress:
            if channel == "email" || value.containsLikeFoundation("@") {
                layout.setHint(\.email, value.hasPrefix("mailto:") ? String(value.dropFirst(7)) : value)
            } else {
                layout.addLink(value)
            }
        case .email: layout.setHint(\.email, value)
        case .phone: layout.setHint(\.phone, value)
        case .city: city = city ?? value
        case .country: country = country ?? value
        case .organizationName where degree != nil: degree?.institution = value
        case .organizationName where parent == .employerHistory: employer = value
        case .positionTitle: position?.title = value
        case .currentIndicator: if value.lowercased() == "true" { position?.current = true }
        case .degreeName: degree?.degreeName = value
        case .degreeTypeCode: degree?.degreeType = value
        case .program: if degree?.program == nil { degree?.program = value }
        case .date:
            switch parent {
            case .startDate: position?.start = DateRangeParser.singleDate(value, isEnd: false)
            case .endDate: position?.end = DateRangeParser.singleDate(value, isEnd: true)
            case .degreeDate: degree?.year = DateRangeParser.singleDate(value, isEnd: true)?.year
            default: break
            }
        default: break
        }
        if let city, let country, layout.contactHints.location == nil {
            layout.setHint(\.location, city + ", " + country)
        }
    }

    private mutating func end() {
        guard let role = path.popLast() else { return }
        while let last = sectionStack.last, last.depth > path.count { sectionStack.removeLast() }
        let lastLine = max(layout.nextLineNumber - 1, 1)
        switch role {
        case .positionHistory:
            if let draft = position {
                let dates = draft.start.map { DateRange(start: $0, end: draft.current ? nil : draft.end) }
                let first = min(draft.firstLine, lastLine)
                experience.append(
                    ExperienceEntry(title: draft.title, employer: employer, dates: dates, lines: first...lastLine))
            }
            position = nil
        case .educationAttendance:
            if let draft = degree {
                let described = [draft.degreeName, draft.degreeType, draft.program].compactMap { $0 }
                    .joined(separator: " ")
                let first = min(draft.firstLine, lastLine)
                education.append(
                    EducationEntry(
                        level: EducationExtractor.level(in: described), field: draft.program,
                        institution: draft.institution, year: draft.year, lines: first...lastLine))
            }
            degree = nil
        case .employerHistory: employer = nil
        default: break
        }
    }
}
