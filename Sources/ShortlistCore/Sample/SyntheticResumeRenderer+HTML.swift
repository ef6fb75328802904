extension SyntheticResumeRenderer {
    /// The HTML house styles, with their shares in percent.
    enum HTMLTemplate: Int, CaseIterable {
        /// `<section id="experience"><h2>Experience</h2>` with `<article>` per position.
        case semantic
        /// A resume builder's export: `<div class="resume-section work-history"><h3>…`.
        case builder
        /// A table layout: `<td><b>EXPERIENCE</b></td>` beside the content, `&bull;` bullets, entities.
        case table
        /// A word processor's "Save as web page": `MsoNormal` paragraphs, `<o:p>` tags, Symbol-font bullets.
        case wordExport

        static let weights = [35, 30, 20, 15]
    }

    /// An HTML resume in one of the `HTMLTemplate` styles; 4% are Windows-1252 with a matching meta charset.
    static func html(_ resume: SyntheticResume, layout: SyntheticLayout, using random: inout SeededRandom)
        -> [UInt8]
    {
        let template = HTMLTemplate.allCases[random.weightedIndex(HTMLTemplate.weights)]
        let legacyCharset = random.chance(4)
        let charset = legacyCharset ? "windows-1252" : "utf-8"
        var out = ""
        out.reserveCapacity(12_288)
        switch template {
        case .semantic: semanticHTML(resume, layout: layout, charset: charset, into: &out, using: &random)
        case .builder: builderHTML(resume, layout: layout, charset: charset, into: &out, using: &random)
        case .table: tableHTML(resume, layout: layout, charset: charset, into: &out, using: &random)
        case .wordExport: wordHTML(resume, layout: layout, charset: charset, into: &out, using: &random)
        }
        if legacyCharset {
            return SyntheticEncoding.windows1252.encode(out, referencingUnencodable: true)!
        }
        return Array(out.utf8)
    }

    private static func semanticHTML(
        _ resume: SyntheticResume, layout: SyntheticLayout, charset: String, into out: inout String,
        using random: inout SeededRandom
    ) {
        func text(_ value: String) { SyntheticMarkup.append(value, to: &out) }
        func attribute(_ value: String) { SyntheticMarkup.append(value, to: &out, attribute: true) }
        let person = resume.person

        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"\(charset)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"description\" content=\"Resume of "
        attribute(person.formattedName)
        out += ", "
        attribute(resume.headline)
        out += "\">\n<meta name=\"author\" content=\""
        attribute(person.formattedName)
        out += "\">\n<meta name=\"generator\" content=\""
        out += random.pick(["Hugo 0.124.1", "Jekyll v4.3.3", "resume-cli 3.0.8", "Eleventy v2.0.1"])
        out += "\">\n<meta property=\"og:type\" content=\"profile\">\n<meta property=\"og:title\" content=\""
        attribute(person.formattedName)
        out += "\">\n<link rel=\"icon\" href=\"data:,\">\n<title>"
        text(person.formattedName)
        out += " — Résumé</title>\n<style>\n"
        out += random.pick(semanticStyles)
        out += "</style>\n"
        if random.chance(50) { appendJSONLD(resume, to: &out) }
        out += "</head>\n<body>\n<header>\n  <h1>"
        text(person.formattedName)
        out += "</h1>\n  <p class=\"headline\">"
        text(resume.headline)
        out += "</p>\n  <ul class=\"contact\">\n"
        for item in contactItems(resume, layout: layout) {
            out += "    <li>"
            if item == person.email {
                out += "<a href=\"mailto:"
                attribute(item)
                out += "\">"
                text(item)
                out += "</a>"
            } else if item == person.phone {
                out += "<a href=\"tel:\(dialable(item))\">"
                text(item)
                out += "</a>"
            } else if item == person.website {
                out += "<a href=\""
                attribute(item)
                out += "\">"
                text(item)
                out += "</a>"
            } else {
                text(item)
            }
            out += "</li>\n"
        }
        out += "  </ul>\n"
        if let note = resume.agencyNote {
            out += "  <p class=\"note\">"
            text(note)
            out += "</p>\n"
        }
        out += "</header>\n<main>\n"
        for section in layout.order {
            out += "<section id=\"\(layout.slug(of: section))\">\n  <h2>"
            text(layout.title(of: section))
            out += "</h2>\n"
            switch section {
            case .summary:
                out += "  <p>"
                text(resume.summary ?? "")
                out += "</p>\n"
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    let headings = layout.jobHeadings[index]
                    out += "  <article class=\"job\">\n    <h3>"
                    text(headings[0])
                    out += "</h3>\n"
                    for extra in headings.dropFirst() {
                        out += "    <p class=\"dates\">"
                        text(extra)
                        out += "</p>\n"
                    }
                    if let blurb = job.blurb {
                        out += "    <p class=\"company\">"
                        text(blurb)
                        out += "</p>\n"
                    }
                    out += "    <ul>\n"
                    for bullet in job.bullets {
                        out += "      <li>"
                        text(bullet)
                        out += "</li>\n"
                    }
                    out += "    </ul>\n"
                    if !job.stack.isEmpty {
                        out += "    <p class=\"stack\"><strong>"
                        text(layout.stackLabel)
                        out += ":</strong> "
                        text(job.stack.joined(separator: ", "))
                        out += "</p>\n"
                    }
                    out += "  </article>\n"
                }
            case .education:
                out += "  <ul>\n"
                for lines in layout.educationLines {
                    out += "    <li>"
                    text(lines[0])
                    for extra in lines.dropFirst() {
                        out += "<br>"
                        text(extra)
                    }
                    out += "</li>\n"
                }
                out += "  </ul>\n"
            case .skills:
                out += "  <ul class=\"skills\">\n"
                for skill in layout.skills {
                    out += "    <li>"
                    text(skill)
                    out += "</li>\n"
                }
                out += "  </ul>\n"
            case .highlights, .certifications, .training, .languages, .additional:
                out += "  <ul>\n"
                for item in listItems(of: section, resume: resume, layout: layout) {
                    out += "    <li>"
                    text(item)
                    out += "</li>\n"
                }
                out += "  </ul>\n"
            }
            out += "</section>\n"
        }
        out += "</main>\n<footer><p>References available on request.</p></footer>\n</body>\n</html>\n"
    }

    private static func builderHTML(
        _ resume: SyntheticResume, layout: SyntheticLayout, charset: String, into out: inout String,
        using random: inout SeededRandom
    ) {
        func text(_ value: String) { SyntheticMarkup.append(value, to: &out) }
        let person = resume.person
        let theme = random.pick(["modern", "classic", "executive", "minimal"])

        out += "<!DOCTYPE html>\n<html>\n<head>\n"
        out += "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(charset)\">\n<title>Resume - "
        text(person.formattedName)
        out += "</title>\n<style type=\"text/css\">\n"
        out += builderStyle
        out += "</style>\n<script>window.dataLayer = window.dataLayer || [];"
        out += " function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>\n</head>\n"
        out += "<body class=\"resume-template-\(theme)\">\n<div id=\"resume\" class=\"resume\">\n"
        out += "  <div class=\"resume-header\">\n    <div class=\"name\">"
        text(person.formattedName)
        out += "</div>\n    <div class=\"title\">"
        text(resume.headline)
        out += "</div>\n    <div class=\"contact-info\">"
        let classes = ["location", "email", "phone", "website", "authorization"]
        for (index, item) in contactItems(resume, layout: layout).enumerated() {
            let kind = classes[min(index, classes.count - 1)]
            if index > 0 { out += " &bull; " }
            let icon = iconPaths[min(index, iconPaths.count - 1)]
            out += "<span class=\"contact-item \(kind)\"><svg class=\"icon icon-\(kind)\" viewBox=\"0 0 24 24\" "
            out += "width=\"14\" height=\"14\" aria-hidden=\"true\"><path d=\"\(icon)\"/></svg>"
            text(item)
            out += "</span>"
        }
        out += "</div>\n  </div>\n"
        for (position, section) in layout.order.enumerated() {
            let sectionClass = section == .experience ? "work-history" : layout.slug(of: section)
            out += "  <div class=\"resume-section \(sectionClass)\" data-section-id=\"\(sectionClass)\" "
            out += "data-section-order=\"\(position)\">\n    <h3 class=\"section-title\">"
            text(layout.title(of: section))
            out += "</h3>\n    <div class=\"section-body\">\n"
            switch section {
            case .summary:
                out += "      <p>"
                text(resume.summary ?? "")
                out += "</p>\n"
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    let headings = layout.jobHeadings[index]
                    out +=
                        "      <div class=\"entry\">\n        <div class=\"entry-header\"><span class=\"entry-title\">"
                    text(headings[0])
                    out += "</span></div>\n"
                    for extra in headings.dropFirst() {
                        out += "        <div class=\"entry-meta\">"
                        text(extra)
                        out += "</div>\n"
                    }
                    if let blurb = job.blurb {
                        out += "        <div class=\"entry-description\">"
                        text(blurb)
                        out += "</div>\n"
                    }
                    out += "        <ul class=\"entry-bullets\">\n"
                    for bullet in job.bullets {
                        out += "          <li class=\"entry-bullet\"><span class=\"bullet-text\">"
                        text(bullet)
                        out += "</span></li>\n"
                    }
                    out += "        </ul>\n"
                    if let stack = layout.stackLine(job) {
                        out += "        <div class=\"entry-tags\">"
                        text(stack)
                        out += "</div>\n"
                    }
                    out += "      </div>\n"
                }
            case .education:
                for lines in layout.educationLines {
                    out += "      <div class=\"entry\">\n"
                    for (index, line) in lines.enumerated() {
                        out += index == 0 ? "        <div class=\"entry-title\">" : "        <div class=\"entry-meta\">"
                        text(line)
                        out += "</div>\n"
                    }
                    out += "      </div>\n"
                }
            case .skills:
                out += "      <div class=\"skill-tags\">"
                for skill in layout.skills {
                    out += "<span class=\"tag\">"
                    text(skill)
                    out += "</span> "
                }
                out += "</div>\n"
            case .highlights, .certifications, .training, .languages, .additional:
                for item in listItems(of: section, resume: resume, layout: layout) {
                    out += "      <p>"
                    text(item)
                    out += "</p>\n"
                }
            }
            out += "    </div>\n  </div>\n"
        }
        if let note = resume.agencyNote {
            out += "  <div class=\"resume-footer\"><small>"
            text(note)
            out += "</small></div>\n"
        }
        out += "</div>\n</body>\n</html>\n"
    }

    private static func tableHTML(
        _ resume: SyntheticResume, layout: SyntheticLayout, charset: String, into out: inout String,
        using random: inout SeededRandom
    ) {
        let nonASCII: SyntheticMarkup.NonASCII = [.named, .named, .numeric, .raw][random.below(4)]
        func text(_ value: String) { SyntheticMarkup.append(value, to: &out, nonASCII: nonASCII) }
        let person = resume.person

        out += "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(charset)\">\n<title>"
        text(person.formattedName)
        out += "</title>\n</head>\n<body bgcolor=\"#ffffff\">\n"
        out += "<table width=\"100%\" border=\"0\" cellpadding=\"4\" cellspacing=\"0\">\n"
        out += "<tr><td colspan=\"2\" align=\"center\"><font size=\"5\"><b>"
        text(person.formattedName.uppercased())
        out += "</b></font><br>\n"
        text(resume.headline)
        out += "<br>\n"
        for (index, item) in contactItems(resume, layout: layout).enumerated() {
            if index > 0 { out += "&nbsp;&nbsp;|&nbsp;&nbsp;" }
            text(item)
        }
        out += "</td></tr>\n<tr><td colspan=\"2\"><hr></td></tr>\n"
        if let note = resume.agencyNote {
            out += "<tr><td colspan=\"2\"><i>"
            text(note)
            out += "</i></td></tr>\n"
        }
        for section in layout.order {
            out += "<tr>\n<td valign=\"top\" width=\"22%\"><b>"
            text(layout.title(of: section).uppercased())
            out += "</b></td>\n<td valign=\"top\">\n"
            switch section {
            case .summary:
                text(resume.summary ?? "")
                out += "\n"
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    let headings = layout.jobHeadings[index]
                    out += "<p><b>"
                    text(headings[0])
                    out += "</b>"
                    for extra in headings.dropFirst() {
                        out += "<br>\n<i>"
                        text(extra)
                        out += "</i>"
                    }
                    out += "<br>\n"
                    if let blurb = job.blurb {
                        out += "<i>"
                        text(blurb)
                        out += "</i><br>\n"
                    }
                    for bullet in job.bullets {
                        out += "&bull;&nbsp;"
                        text(bullet)
                        out += "<br>\n"
                    }
                    if !job.stack.isEmpty {
                        out += "<b>"
                        text(layout.stackLabel)
                        out += ":</b> "
                        text(job.stack.joined(separator: ", "))
                        out += "<br>\n"
                    }
                    out += "</p>\n"
                }
            case .education:
                for lines in layout.educationLines {
                    for line in lines {
                        text(line)
                        out += "<br>\n"
                    }
                }
            case .skills:
                text(layout.skills.joined(separator: ", "))
                out += "\n"
            case .highlights, .certifications, .training, .languages, .additional:
                for item in listItems(of: section, resume: resume, layout: layout) {
                    text(item)
                    out += "<br>\n"
                }
            }
            out += "</td>\n</tr>\n"
        }
        out += "</table>\n</body>\n</html>\n"
    }

    private static func wordHTML(
        _ resume: SyntheticResume, layout: SyntheticLayout, charset: String, into out: inout String,
        using random: inout SeededRandom
    ) {
        func text(_ value: String) { SyntheticMarkup.append(value, to: &out) }
        let person = resume.person
        let headingsAsStyles = random.chance(50)

        out += "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        out += "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n"
        out += "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=\(charset)\">\n"
        out += "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<title>"
        text(person.formattedName)
        out += "</title>\n<style>\n<!--\n"
        out += wordStyle
        out += "-->\n</style>\n</head>\n\n<body lang=EN-US style='tab-interval:36.0pt'>\n<div class=WordSection1>\n\n"
        out += "<p class=MsoTitle>"
        text(person.formattedName)
        out += "<o:p></o:p></p>\n\n<p class=MsoNormal>"
        text(resume.headline)
        out += "<o:p></o:p></p>\n\n<p class=MsoNormal>"
        text(contactItems(resume, layout: layout).joined(separator: " | "))
        out += "<o:p></o:p></p>\n\n"
        if let note = resume.agencyNote {
            out += "<p class=MsoNormal><i>"
            text(note)
            out += "</i><o:p></o:p></p>\n\n"
        }
        func paragraph(_ value: String, bold: Bool = false, italic: Bool = false) {
            out += "<p class=MsoNormal>"
            if bold { out += "<b><span style='font-size:12.0pt'>" }
            if italic { out += "<i>" }
            text(value)
            if italic { out += "</i>" }
            if bold { out += "</span></b>" }
            out += "<o:p></o:p></p>\n\n"
        }
        func listParagraph(_ value: String) {
            out += "<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;text-indent:-18.0pt;"
            out += "mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New "
            out += "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
            text(value)
            out += "<o:p></o:p></p>\n\n"
        }
        for section in layout.order {
            if headingsAsStyles {
                out += "<h1>"
                text(layout.title(of: section))
                out += "</h1>\n\n"
            } else {
                out += "<p class=MsoNormal><b>"
                text(layout.title(of: section).uppercased())
                out += "</b><o:p></o:p></p>\n\n"
            }
            switch section {
            case .summary:
                paragraph(resume.summary ?? "")
            case .experience:
                for (index, job) in resume.jobs.enumerated() {
                    let headings = layout.jobHeadings[index]
                    paragraph(headings[0], bold: true)
                    for heading in headings.dropFirst() { paragraph(heading, italic: true) }
                    if let blurb = job.blurb { paragraph(blurb, italic: true) }
                    for bullet in job.bullets { listParagraph(bullet) }
                    if let stack = layout.stackLine(job) { paragraph(stack) }
                    out += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n"
                }
            case .education:
                for lines in layout.educationLines { for text in lines { paragraph(text) } }
            case .skills:
                paragraph(layout.skills.joined(separator: ", "))
            case .highlights, .certifications, .training, .languages, .additional:
                listItems(of: section, resume: resume, layout: layout).forEach(listParagraph)
            }
        }
        out += "</div>\n\n</body>\n\n</html>\n"
    }

    /// A schema.org `Person` block, as personal sites embed for search engines.
    private static func appendJSONLD(_ resume: SyntheticResume, to out: inout String) {
        func json(_ value: String) {
            out += "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "<": out += "\\u003c"
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        let person = resume.person
        out += "<script type=\"application/ld+json\">\n{\"@context\": \"https://schema.org\", \"@type\": \"Person\", "
        out += "\"name\": "
        json(person.formattedName)
        out += ", \"jobTitle\": "
        json(resume.jobs[0].title)
        out += ", \"email\": "
        json("mailto:" + person.email)
        out += ",\n \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": "
        json(person.city)
        out += ", \"addressCountry\": "
        json(person.countryCode)
        out += "}}\n</script>\n"
    }

    /// Material-style icon outlines for the builder template's contact line.
    private static let iconPaths = [
        "M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 0 1 0-5 2.5 "
            + "2.5 0 0 1 0 5z",
        "M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z",
        "M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 "
            + ".45 1 1V20c0 .55-.45 1-1 1C10.61 21 3 13.39 3 4c0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 "
            + "3.57.11.35.03.74-.25 1.02l-2.2 2.2z",
        "M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1z"
            + "M8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24"
            + "-5-5-5z",
        "M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5l-9-4z",
    ]

    /// The items of the simple list sections.
    static func listItems(of section: SyntheticLayout.Section, resume: SyntheticResume, layout: SyntheticLayout)
        -> [String]
    {
        switch section {
        case .highlights: resume.highlights
        case .certifications: resume.certifications
        case .training: resume.training
        case .languages: resume.languages
        case .additional: layout.additionalLines
        default: []
        }
    }

    private static let semanticStyles = [
        """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto; color: #222; }
        header { border-bottom: 2px solid #333; margin-bottom: 1.5rem; }
        h1 { font-size: 2rem; margin: 0; letter-spacing: 0.02em; }
        h2 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.08em; border-bottom: 1px solid #ccc; }
        h3 { font-size: 1rem; margin: 1rem 0 0.2rem; }
        .headline { font-style: italic; color: #555; margin: 0.2rem 0 0.6rem; }
        .contact { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
        .contact a { color: inherit; text-decoration: none; }
        .dates { color: #666; font-size: 0.9rem; margin: 0 0 0.4rem; }
        .skills { columns: 3; }
        footer { margin-top: 2rem; font-size: 0.8rem; color: #888; }
        @media print { body { margin: 0; } a { color: #000; } }

        """,
        """
        :root { --accent: #0b6e4f; --muted: #6b7280; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; margin: 0; }
        header, main, footer { max-width: 760px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 32px; }
        h1 { color: var(--accent); font-weight: 700; margin-bottom: 4px; }
        h2 { color: var(--accent); font-size: 13px; text-transform: uppercase; letter-spacing: .12em; }
        .headline, .dates { color: var(--muted); }
        .contact { display: flex; gap: 16px; list-style: none; padding: 0; font-size: 14px; }
        article.job { margin-bottom: 18px; }
        ul.skills { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); padding-left: 18px; }

        """,
    ]

    private static let builderStyle = """
        body{margin:0;background:#f4f4f4;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333}
        .resume{max-width:820px;margin:24px auto;background:#fff;padding:40px 48px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
        .resume-header .name{font-size:30px;font-weight:700;letter-spacing:1px}
        .resume-header .title{font-size:16px;color:#1a73e8;margin:4px 0 8px}
        .contact-info{font-size:13px;color:#666}
        .resume-section{margin-top:22px}
        .resume-section h3{font-size:14px;text-transform:uppercase;letter-spacing:2px;color:#1a73e8;
          border-bottom:1px solid #e0e0e0;padding-bottom:4px}
        .entry{margin:12px 0}
        .entry-title{font-weight:600}
        .entry-meta{color:#888;font-size:13px}
        .entry-bullets{margin:6px 0 0 18px;padding:0}
        .skill-tags .tag{display:inline-block;background:#eef3fd;border-radius:3px;padding:2px 8px;margin:2px}
        .resume-footer{margin-top:30px;color:#aaa}

        """

    private static let wordStyle = """
         /* Font Definitions */
         @font-face
        	{font-family:"Cambria Math";
        	panose-1:2 4 5 3 5 4 6 3 2 4;}
         @font-face
        	{font-family:Calibri;
        	panose-1:2 15 5 2 2 2 4 3 2 4;}
         /* Style Definitions */
         p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{margin:0cm;
        	margin-bottom:.0001pt;
        	font-size:11.0pt;
        	font-family:"Calibri",sans-serif;}
        h1
        	{mso-style-link:"Heading 1 Char";
        	margin-top:12.0pt;
        	margin-bottom:3.0pt;
        	font-size:14.0pt;
        	font-family:"Calibri Light",sans-serif;
        	color:#2F5496;}
        p.MsoTitle, li.MsoTitle, div.MsoTitle
        	{mso-style-link:"Title Char";
        	font-size:24.0pt;
        	font-family:"Calibri Light",sans-serif;
        	letter-spacing:-.5pt;}
        p.MsoListParagraphCxSpMiddle
        	{margin-top:0cm;
        	margin-right:0cm;
        	margin-bottom:0cm;
        	margin-left:36.0pt;
        	font-size:11.0pt;
        	font-family:"Calibri",sans-serif;}
        .MsoChpDefault
        	{font-family:"Calibri",sans-serif;}
        @page WordSection1
        	{size:612.0pt 792.0pt;
        	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
        div.WordSection1
        	{page:WordSection1;}

        """
}
