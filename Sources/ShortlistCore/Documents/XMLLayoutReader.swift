import LibXMLBridge

/// Lays out a generic or HR-Open/HR-XML candidate document: every text node is a line, element names start
/// sections, and HR-XML positions, degrees and contact fields are read as structured values.
struct XMLLayoutReader {
    private var layout = ResumeLayout()
    private var path: [String] = []
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

    static func read(_ events: [MarkupEvent], notes: ParseNotes, structured: Bool) -> ResumeLayout {
        var reader = XMLLayoutReader()
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

    private var elementSections: [String: SectionKind?] = [:]

    private mutating func start(_ name: String) {
        path.append(name)
        let section: SectionKind?
        if let cached = elementSections[name] {
            section = cached
        } else {
            section = SectionHeadings.classify(elementHint: name)
            elementSections[name] = section
        }
        if let kind = section, kind != currentSection {
            sectionStack.append((path.count, kind))
        }
        switch name {
        case "PositionHistory": position = PositionDraft(firstLine: layout.nextLineNumber)
        case "EducationOrganizationAttendance", "SchoolOrInstitution":
            degree = DegreeDraft(firstLine: layout.nextLineNumber)
        case "Communication":
            channel = nil
        default: break
        }
    }

    private mutating func text(_ raw: String) {
        collapsed.add(raw)
        guard !collapsed.isEmpty else { return }
        let value = collapsed.take()
        let element = path.last ?? ""
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        layout.append(value, section: currentSection)
        structured(value, element: element, parent: parent)
    }

    private mutating func structured(_ value: String, element: String, parent: String) {
        switch element {
        case "FormattedName" where parent == "PersonName": layout.setHint(\.name, value)
        case "GivenName": given = given ?? value
        case "FamilyName": family = family ?? value
        case "ChannelCode": channel = value.lowercased()
        case "URI", "URL", "InternetWebAddress":
            if channel == "email" || value.contains("@") {
                layout.setHint(\.email, value.hasPrefix("mailto:") ? String(value.dropFirst(7)) : value)
            } else {
                layout.addLink(value)
            }
        case "InternetEmailAddress", "EmailAddress", "Email", "email": layout.setHint(\.email, value)
        case "FormattedNumber", "TelephoneNumber", "Phone", "phone": layout.setHint(\.phone, value)
        case "CityName", "Municipality", "city": city = city ?? value
        case "CountryCode", "CountrySubDivisionCode", "country": country = country ?? value
        case "OrganizationName" where degree != nil: degree?.institution = value
        case "OrganizationName" where parent == "EmployerHistory": employer = value
        case "PositionTitle": position?.title = value
        case "CurrentIndicator": if value.lowercased() == "true" { position?.current = true }
        case "DegreeName": degree?.degreeName = value
        case "DegreeTypeCode": degree?.degreeType = value
        case "ProgramName", "MajorProgramName", "DegreeMajor": if degree?.program == nil { degree?.program = value }
        default: break
        }
        let dateContainer = path.count >= 2 ? path[path.count - 2] : ""
        if element == "FormattedDateTime" || element == "Year" || element == "YearMonth" {
            switch dateContainer {
            case "StartDate": position?.start = DateRangeParser.singleDate(value, isEnd: false)
            case "EndDate": position?.end = DateRangeParser.singleDate(value, isEnd: true)
            case "AttendanceEndDate", "DegreeDate":
                degree?.year = DateRangeParser.singleDate(value, isEnd: true)?.year
            default: break
            }
        }
        if let city, let country, layout.contactHints.location == nil {
            layout.setHint(\.location, city + ", " + country)
        }
    }

    private mutating func end() {
        guard let name = path.popLast() else { return }
        while let last = sectionStack.last, last.depth > path.count { sectionStack.removeLast() }
        let lastLine = max(layout.nextLineNumber - 1, 1)
        switch name {
        case "PositionHistory":
            if let draft = position {
                let dates = draft.start.map { DateRange(start: $0, end: draft.current ? nil : draft.end) }
                let first = min(draft.firstLine, lastLine)
                experience.append(
                    ExperienceEntry(title: draft.title, employer: employer, dates: dates, lines: first...lastLine))
            }
            position = nil
        case "EducationOrganizationAttendance", "SchoolOrInstitution":
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
        case "EmployerHistory": employer = nil
        default: break
        }
    }
}
