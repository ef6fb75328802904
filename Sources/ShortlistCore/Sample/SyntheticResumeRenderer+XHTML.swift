extension SyntheticResumeRenderer {
    /// An XHTML resume: XML declaration, optional XHTML 1.0 doctype, `<html xmlns="http://www.w3.org/1999/xhtml">`,
    /// well-formed throughout and free of named entities other than XML's five.
    static func xhtml(_ resume: SyntheticResume, layout: SyntheticLayout, using random: inout SeededRandom)
        -> [UInt8]
    {
        var out = ""
        out.reserveCapacity(12_288)
        func text(_ value: String) { SyntheticMarkup.append(value, to: &out) }
        let person = resume.person
        let educationAsDefinitions = random.chance(50)

        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if random.chance(60) {
            out += "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n"
            out += "  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
        }
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n<head>\n"
        out += "<meta http-equiv=\"Content-Type\" content=\"application/xhtml+xml; charset=UTF-8\" />\n<title>"
        text(person.formattedName)
        out += " - Curriculum Vitae</title>\n<style type=\"text/css\">\n/*<![CDATA[*/\n"
        out += "body { font-family: Verdana, sans-serif; font-size: 0.9em; margin: 2em 4em; }\n"
        out += "h1 { margin-bottom: 0; } h2 { border-bottom: 1px solid #999; font-variant: small-caps; }\n"
        out += ".period { color: #777; margin-top: 0; } dt { font-weight: bold; } dd { margin: 0 0 0.5em 0; }\n"
        out += "#header { border-bottom: 3px double #444; padding-bottom: 0.5em; }\n"
        out += ".section { margin-top: 1.2em; } .position { margin-bottom: 1em; }\n"
        out += ".position h3 { font-size: 1em; margin-bottom: 0.1em; } .tools { font-size: 0.85em; color: #555; }\n"
        out += "ul { margin-top: 0.3em; padding-left: 1.4em; } li { margin-bottom: 0.2em; }\n"
        out += "#footer { margin-top: 2em; font-size: 0.75em; color: #999; border-top: 1px solid #ccc; }\n"
        out += "@media print { body { margin: 0; font-size: 10pt; } #footer { display: none; } }\n"
        out += "/*]]>*/\n</style>\n</head>\n<body>\n<div id=\"header\">\n<h1>"
        text(person.formattedName)
        out += "</h1>\n<p class=\"headline\">"
        text(resume.headline)
        out += "</p>\n<p class=\"contact\">"
        for (index, item) in contactItems(resume, layout: layout).enumerated() {
            if index > 0 { out += "<br />" }
            text(item)
        }
        out += "</p>\n"
        if let note = resume.agencyNote {
            out += "<p class=\"note\"><em>"
            text(note)
            out += "</em></p>\n"
        }
        out += "</div>\n"
        for section in layout.order {
            out += "<div class=\"section\" id=\"\(layout.slug(of: section))\">\n<h2>"
            text(layout.title(of: section))
            out += "</h2>\n"
            switch section {
            case .summary:
                out += "<p>"
                text(resume.summary ?? "")
                out += "</p>\n"
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    let headings = layout.jobHeadings[index]
                    out += "<div class=\"position\">\n<h3>"
                    text(headings[0])
                    out += "</h3>\n"
                    for extra in headings.dropFirst() {
                        out += "<p class=\"period\">"
                        text(extra)
                        out += "</p>\n"
                    }
                    if let blurb = job.blurb {
                        out += "<p class=\"employer-description\"><em>"
                        text(blurb)
                        out += "</em></p>\n"
                    }
                    out += "<ul>\n"
                    for bullet in job.bullets {
                        out += "<li>"
                        text(bullet)
                        out += "</li>\n"
                    }
                    out += "</ul>\n"
                    if let stack = layout.stackLine(job) {
                        out += "<p class=\"tools\">"
                        text(stack)
                        out += "</p>\n"
                    }
                    out += "</div>\n"
                }
            case .education:
                if educationAsDefinitions {
                    out += "<dl>\n"
                    for lines in layout.educationLines {
                        out += "<dt>"
                        text(lines[0])
                        out += "</dt>\n"
                        for extra in lines.dropFirst() {
                            out += "<dd>"
                            text(extra)
                            out += "</dd>\n"
                        }
                    }
                    out += "</dl>\n"
                } else {
                    for lines in layout.educationLines {
                        out += "<p>"
                        text(lines.joined(separator: ", "))
                        out += "</p>\n"
                    }
                }
            case .skills:
                out += "<p class=\"skills\">"
                text(layout.skills.joined(separator: " · "))
                out += "</p>\n"
            case .highlights, .certifications, .training, .languages, .additional:
                out += "<ul>\n"
                for item in listItems(of: section, resume: resume, layout: layout) {
                    out += "<li>"
                    text(item)
                    out += "</li>\n"
                }
                out += "</ul>\n"
            }
            out += "</div>\n"
        }
        let updated = SyntheticMonth(year: random.int(in: 2019...2026), month: random.int(in: 1...9))
        out += "<div id=\"footer\">\n<p>Last updated: \(SyntheticDateStyle.fullNames[updated.month - 1]) "
        out += "\(updated.year)</p>\n"
        if random.chance(50) {
            out += "<p><a href=\"http://validator.w3.org/check?uri=referer\"><img\n"
            out += "    src=\"http://www.w3.org/Icons/valid-xhtml10\" alt=\"Valid XHTML 1.0 Strict\" height=\"31\" "
            out += "width=\"88\" /></a></p>\n"
        }
        out += "</div>\n</body>\n</html>\n"
        return Array(out.utf8)
    }
}
