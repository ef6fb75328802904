extension SyntheticResumeRenderer {
    /// An HR-XML 3 `Candidate` document in the default namespace `http://www.hr-xml.org/3`.
    ///
    /// Element names follow the HR-XML/HR-Open candidate schema: `CandidatePerson` (name, `Communication` channels,
    /// address), `CandidateProfile` with `ExecutiveSummary`, `EmploymentHistory`, `EducationHistory`,
    /// `Qualifications` and `Certifications`. Dates are `YYYY-MM`; a current position has
    /// `<EndDate><CurrentIndicator>true</CurrentIndicator></EndDate>`.
    static func hrXML(_ resume: SyntheticResume, using random: inout SeededRandom) -> [UInt8] {
        var out = ""
        out.reserveCapacity(12_288)
        let unit = ["  ", "    ", "\t", ""][random.weightedIndex([45, 30, 10, 15])]
        let newline = unit.isEmpty ? "" : "\n"
        var depth = 0

        func indent() {
            for _ in 0..<depth { out += unit }
        }
        func open(_ name: String) {
            indent()
            out += "<\(name)>"
            out += newline
            depth += 1
        }
        func close(_ name: String) {
            depth -= 1
            indent()
            out += "</\(name)>"
            out += newline
        }
        func leaf(_ name: String, _ value: String) {
            indent()
            out += "<\(name)>"
            SyntheticMarkup.append(value, to: &out)
            out += "</\(name)>"
            out += newline
        }
        func date(_ name: String, _ month: SyntheticMonth) {
            open(name)
            leaf("FormattedDateTime", "\(month.year)-\(SyntheticText.zeroPadded(month.month, width: 2))")
            close(name)
        }

        let person = resume.person
        out += random.chance(85) ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "<?xml version=\"1.0\"?>\n"
        out += "<Candidate xmlns=\"http://www.hr-xml.org/3\""
        if random.chance(30) {
            out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            out += " xsi:schemaLocation=\"http://www.hr-xml.org/3 ../Developer/BODs/Candidate.xsd\""
        }
        out += " languageCode=\"en-US\">"
        out += newline
        depth = 1

        open("CandidatePerson")
        open("PersonName")
        leaf("FormattedName", person.formattedName)
        leaf("GivenName", person.givenName)
        leaf("FamilyName", person.familyName)
        close("PersonName")
        open("Communication")
        leaf("ChannelCode", "Email")
        leaf("URI", person.email)
        close("Communication")
        open("Communication")
        leaf("ChannelCode", "Telephone")
        leaf("FormattedNumber", person.phone)
        close("Communication")
        if let website = person.website {
            open("Communication")
            leaf("ChannelCode", "Web")
            leaf("URI", website)
            close("Communication")
        }
        open("Communication")
        open("Address")
        leaf("CityName", person.city)
        leaf("CountryCode", person.countryCode)
        close("Address")
        close("Communication")
        close("CandidatePerson")

        open("CandidateProfile")
        var summary = [resume.summary, resume.workAuthorization, resume.agencyNote].compactMap { $0 }
        if !resume.languages.isEmpty { summary.append("Languages: " + resume.languages.joined(separator: ", ") + ".") }
        if !summary.isEmpty { leaf("ExecutiveSummary", summary.joined(separator: " ")) }

        open("EmploymentHistory")
        let bulletPrefix = random.pick(["• ", "- ", ""])
        for job in resume.jobs {
            open("EmployerHistory")
            leaf("OrganizationName", job.employer)
            open("PositionHistory")
            leaf("PositionTitle", job.title)
            date("StartDate", job.start)
            if let end = job.end {
                date("EndDate", end)
            } else {
                open("EndDate")
                leaf("CurrentIndicator", "true")
                close("EndDate")
            }
            var paragraphs = job.blurb.map { [$0] } ?? []
            paragraphs += bulletPrefix.isEmpty ? job.bullets : job.bullets.map { bulletPrefix + $0 }
            if !job.stack.isEmpty { paragraphs.append("Tools: " + job.stack.joined(separator: ", ")) }
            leaf("Description", paragraphs.joined(separator: bulletPrefix.isEmpty ? " " : "\n"))
            close("PositionHistory")
            close("EmployerHistory")
        }
        close("EmploymentHistory")

        open("EducationHistory")
        for entry in resume.education {
            open("EducationOrganizationAttendance")
            leaf("OrganizationName", entry.institution)
            open("EducationDegree")
            leaf("DegreeName", SyntheticEducationStyle.fullInline.degreeText(entry))
            leaf("DegreeTypeCode", entry.degree.level.hrXMLTypeCode)
            close("EducationDegree")
            if let field = entry.field { leaf("ProgramName", field) }
            date("AttendanceEndDate", SyntheticMonth(year: entry.graduationYear, month: random.pick([5, 6, 6, 7, 12])))
            close("EducationOrganizationAttendance")
        }
        close("EducationHistory")

        open("Qualifications")
        for skill in resume.skills {
            open("PersonCompetency")
            leaf("CompetencyName", skill)
            close("PersonCompetency")
        }
        close("Qualifications")

        if !resume.certifications.isEmpty {
            open("Certifications")
            for certification in resume.certifications {
                open("Certification")
                leaf("CertificationName", certification)
                close("Certification")
            }
            close("Certifications")
        }
        close("CandidateProfile")
        out += "</Candidate>\n"
        return Array(out.utf8)
    }
}
