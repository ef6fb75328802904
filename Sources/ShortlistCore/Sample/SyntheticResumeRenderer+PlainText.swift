extension SyntheticResumeRenderer {
    /// A plain-text resume: ALL-CAPS headings (`EXPERIENCE`), Title-Case headings with a colon (`Work History:`) or
    /// underlined headings; sometimes hard-wrapped, sometimes with CRLF line ends, in UTF-8 (with or without BOM),
    /// UTF-16 or Windows-1252.
    static func plainText(_ resume: SyntheticResume, layout: SyntheticLayout, using random: inout SeededRandom)
        -> [UInt8]
    {
        let newline = random.chance(25) ? "\r\n" : "\n"
        let headingStyle = random.weightedIndex([50, 35, 15])
        let wrapWidth = random.chance(30) ? random.int(in: 72...96) : Int.max
        let bullet = random.pick(["• ", "- ", "* ", "– ", "· ", "o "])
        let indent = random.chance(30) ? "  " : ""
        var out = ""
        out.reserveCapacity(8192)

        func line(_ text: String = "") {
            out += text
            out += newline
        }
        func paragraph(_ text: String, first: String = "", rest: String = "") {
            if wrapWidth == Int.max {
                line(first + text)
            } else {
                SyntheticText.appendWrapped(
                    text, width: wrapWidth, firstPrefix: first, restPrefix: rest, newline: newline, to: &out)
            }
        }

        line(random.chance(40) ? resume.person.formattedName.uppercased() : resume.person.formattedName)
        line(resume.headline)
        let contact = contactItems(resume, layout: layout)
        if random.chance(30) {
            for item in contact { line(item) }
        } else {
            paragraph(contact.joined(separator: random.pick([" | ", " · ", " • ", "  "])))
        }
        let agencyAtTop = random.chance(50)
        if let note = resume.agencyNote, agencyAtTop { paragraph(note) }
        line()

        for section in layout.order {
            let title = layout.title(of: section)
            switch headingStyle {
            case 0: line(title.uppercased())
            case 1: line(title + ":")
            default:
                line(title)
                line(String(repeating: random.pick(["-", "="]), count: title.count))
            }
            switch section {
            case .summary:
                paragraph(resume.summary ?? "")
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    if index > 0 { line() }
                    for heading in layout.jobHeadings[index] { line(heading) }
                    if let blurb = job.blurb { paragraph(blurb) }
                    for text in job.bullets {
                        paragraph(text, first: indent + bullet, rest: indent + String(repeating: " ", count: 2))
                    }
                    if let stack = layout.stackLine(job) { paragraph(stack) }
                }
            case .education:
                let spaced = layout.educationLines.contains { $0.count > 1 }
                for (index, lines) in layout.educationLines.enumerated() {
                    if spaced, index > 0 { line() }
                    for text in lines { line(text) }
                }
            case .skills:
                switch random.below(4) {
                case 0, 1: paragraph(layout.skills.joined(separator: ", "))
                case 2: paragraph(layout.skills.joined(separator: random.pick([" | ", " · ", " • "])))
                default: for skill in layout.skills { line(indent + bullet + skill) }
                }
            case .highlights:
                for text in resume.highlights { paragraph(text, first: indent + bullet, rest: indent + "  ") }
            case .certifications:
                for text in resume.certifications { line(indent + bullet + text) }
            case .training:
                for text in resume.training { paragraph(text, first: indent + bullet, rest: indent + "  ") }
            case .languages:
                paragraph(resume.languages.joined(separator: ", "))
            case .additional:
                for text in layout.additionalLines { paragraph(text, first: indent + bullet, rest: indent + "  ") }
            }
            line()
        }
        if let note = resume.agencyNote, !agencyAtTop { paragraph(note) }

        switch random.below(100) {
        case ..<5:
            return SyntheticEncoding.utf8WithBOM.encode(out)!
        case ..<10:
            return SyntheticEncoding.windows1252.encode(out) ?? Array(out.utf8)
        case ..<13 where out.utf8.count < 6_500:
            return SyntheticEncoding.utf16LittleEndianWithBOM.encode(out)!
        default:
            return Array(out.utf8)
        }
    }
}
