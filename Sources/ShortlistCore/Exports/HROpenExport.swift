import Foundation

/// `exports/hropen/<candidate_id>.xml`: one HR-XML (HR-Open) candidate document per shortlisted candidate, in the
/// HR-XML 2.5 vocabulary that `shortlist screen` and `shortlist inspect` read back: `Candidate/CandidateProfile/
/// PersonalData/PersonName` and `ContactMethod`.
///
/// The screening result (`UserArea/sl:Screening`) and the skills (`Qualifications/Competency`) are written as
/// attributes only, so a re-screen of the export reads the contact details and never scores Shortlist's own
/// words. Every value from the resume is escaped.
enum HROpenExport {
    static let folder = "hropen"
    static let namespace = "http://ns.hr-xml.org/2007-04-15"
    /// Shortlist's extension namespace inside `UserArea`.
    static let screeningNamespace = "urn:shortlist:screening:1"

    static func path(for candidate: ExportedCandidate) -> String {
        "\(folder)/\(candidate.candidateID).xml"
    }

    static func render(_ candidate: ExportedCandidate, context: ExportContext) -> String {
        let record = candidate.record
        var xml = XMLLines()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        xml.open("Candidate", ["xmlns": namespace, "xmlns:sl": screeningNamespace])
        xml.open("CandidateRecordInfo")
        xml.open("Id", ["idOwner": "Shortlist"])
        xml.leaf("IdValue", text: candidate.candidateID)
        xml.close("Id")
        xml.close("CandidateRecordInfo")

        xml.open("CandidateProfile")
        xml.open("PersonalData")
        xml.open("PersonName")
        xml.leaf("FormattedName", text: candidate.name.full)
        if !candidate.name.given.isEmpty { xml.leaf("GivenName", text: candidate.name.given) }
        if !candidate.name.family.isEmpty { xml.leaf("FamilyName", text: candidate.name.family) }
        xml.close("PersonName")
        if let phone = candidate.phone {
            xml.open("ContactMethod")
            xml.open("Telephone")
            xml.leaf("FormattedNumber", text: phone)
            xml.close("Telephone")
            xml.close("ContactMethod")
        }
        if let email = candidate.email {
            xml.open("ContactMethod")
            xml.leaf("InternetEmailAddress", text: email)
            xml.close("ContactMethod")
        }
        for link in candidate.links {
            xml.open("ContactMethod")
            xml.leaf("InternetWebAddress", text: link.url)
            xml.close("ContactMethod")
        }
        if let location = candidate.location {
            let parts = location.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if let city = parts.first {
                xml.open("ContactMethod")
                xml.open("PostalAddress")
                xml.leaf("Municipality", text: city)
                if parts.count > 1, !parts[1].isEmpty { xml.leaf("Region", text: parts[1]) }
                xml.close("PostalAddress")
                xml.close("ContactMethod")
            }
        }
        xml.close("PersonalData")
        if !candidate.skills.isEmpty {
            xml.open("Qualifications")
            for skill in candidate.skills {
                xml.open("Competency", ["name": skill.label])
                xml.empty("CompetencyId", ["id": skill.criterionID, "idOwner": "Shortlist"])
                for keyword in skill.keywords {
                    xml.empty("CompetencyEvidence", ["name": keyword, "typeDescription": "found in resume"])
                }
                xml.close("Competency")
            }
            xml.close("Qualifications")
        }
        xml.close("CandidateProfile")

        xml.open("UserArea")
        var screening: [(String, String)] = [
            ("candidateId", record.candidateId), ("decision", record.decision.rawValue),
            ("rank", record.rank.map(String.init) ?? ""), ("score", candidate.score), ("role", context.role),
            ("asOf", context.asOf), ("criteriaFile", context.criteriaPath),
            ("criteriaSha256", context.criteriaSha256), ("sourceFile", candidate.sourceFile ?? ""),
            ("blind", context.blind ? "true" : "false"), ("tool", "shortlist"),
            ("toolVersion", ShortlistVersion.current),
        ]
        screening = screening.filter { !$0.1.isEmpty }
        xml.open("sl:Screening", screening)
        for rule in record.rules {
            let criterion = rule.criterion.map { [("criterion", $0)] } ?? []
            xml.empty("sl:Rule", [("rule", rule.rule.rawValue)] + criterion + [("reason", rule.reason)])
        }
        for outcome in record.criteria {
            xml.empty(
                "sl:Criterion",
                [
                    ("id", outcome.id), ("label", outcome.label), ("met", outcome.met ? "true" : "false"),
                    ("points", Evaluator.format(outcome.points)), ("weight", Evaluator.format(outcome.weight)),
                ])
        }
        xml.close("sl:Screening")
        xml.close("UserArea")
        xml.close("Candidate")
        return xml.text
    }
}

/// An indented XML document written line by line; element names are Shortlist's own, values are escaped.
private struct XMLLines {
    private(set) var text = ""
    private var depth = 0

    mutating func raw(_ line: String) {
        text += String(repeating: "  ", count: depth) + line + "\n"
    }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        open(name, attributes.map { ($0.key, $0.value) })
    }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        raw("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        raw("</\(name)>")
    }

    mutating func leaf(_ name: String, text value: String) {
        raw("<\(name)>\(XMLEscaping.text(value))</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        empty(name, attributes.map { ($0.key, $0.value) })
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        raw("<\(name)\(Self.attributes(attributes))/>")
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }.joined()
    }
}
