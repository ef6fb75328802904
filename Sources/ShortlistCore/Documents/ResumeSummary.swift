/// A plain-text rendering of what was read from a resume, for `shortlist inspect`.
public enum ResumeSummary {
    public static func render(_ resume: Resume) -> String {
        var out = ""
        out += "\(resume.path)\n"
        out += "  format: \(resume.format.rawValue), encoding: \(resume.notes.encoding.rawValue)"
        if resume.notes.recovered { out += ", parse recovered (\(resume.notes.parserIssue ?? "errors"))" }
        if resume.notes.truncated { out += ", truncated" }
        out += "\n"
        let contact = resume.contact
        out += "  name: \(contact.name ?? "-")\n  email: \(contact.email ?? "-")\n  phone: \(contact.phone ?? "-")\n"
        out += "  location: \(contact.location ?? "-")\n  links: \(contact.links.joined(separator: ", "))\n"
        out += "  sections:\n"
        for section in resume.sections {
            let heading = section.heading.map { " \"\($0)\"" } ?? ""
            out +=
                "    \(section.kind.rawValue) lines \(section.lines.lowerBound)-\(section.lines.upperBound)\(heading)\n"
        }
        out += "  experience:\n"
        for entry in resume.experience {
            let dates = entry.dates.map { "\($0.start) – \($0.end?.description ?? "present")" } ?? "no dates"
            out += "    \(entry.title ?? "?") | \(entry.employer ?? "?") | \(dates) | lines "
            out += "\(entry.lines.lowerBound)-\(entry.lines.upperBound)\n"
        }
        out += "  education:\n"
        for entry in resume.education {
            out += "    \(entry.level?.name ?? "?") | \(entry.field ?? "?") | \(entry.institution ?? "?") | "
            out += "\(entry.year.map(String.init) ?? "?")\n"
        }
        if !resume.notes.hiddenText.isEmpty {
            out += "  hidden text: \(resume.notes.hiddenText.prefix(120))\n"
        }
        return out
    }
}
