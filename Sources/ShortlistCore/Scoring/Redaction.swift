import Foundation

/// Blind screening: removes what identifies a person from everything a screener sees.
enum Redaction {
    static let marker = "[redacted]"

    static func redactedContact() -> Contact {
        Contact(name: marker, email: marker, phone: marker, location: marker, links: [])
    }

    /// Replaces the candidate's name, e-mail, phone and location wherever they appear in evidence snippets.
    static func redact(_ evaluation: inout Evaluation, contact: Contact) {
        var needles = [contact.name, contact.email, contact.phone, contact.location].compactMap { $0 }
            .filter { $0.count >= 3 }
        needles += contact.links
        if let name = contact.name { needles += name.split(separator: " ").map(String.init).filter { $0.count >= 3 } }
        for outcomeIndex in evaluation.outcomes.indices {
            for evidenceIndex in evaluation.outcomes[outcomeIndex].evidence.indices {
                var evidence = evaluation.outcomes[outcomeIndex].evidence[evidenceIndex]
                for needle in needles {
                    evidence.snippet = evidence.snippet.replacingOccurrences(of: needle, with: marker)
                    evidence.term = evidence.term.replacingOccurrences(of: needle, with: marker)
                }
                evaluation.outcomes[outcomeIndex].evidence[evidenceIndex] = evidence
            }
        }
    }
}
