import Foundation

/// `exports/jsonresume/<candidate_id>.json`: one JSON Resume document (jsonresume.org schema 1.0.0) per shortlisted
/// candidate. `basics` holds the contact details, `skills` the criteria the candidate earned credit on with the
/// words the resume used, and `meta.shortlist` the decision, the score and the run that produced them.
///
/// Keys are written sorted and pretty-printed, so the same candidate always gives the same bytes.
enum JSONResumeExport {
    static let folder = "jsonresume"
    static let schema = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

    struct Document: Encodable {
        var schema = JSONResumeExport.schema
        var basics: Basics
        var skills: [Skill]
        var meta: Meta

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case basics, skills, meta
        }
    }

    struct Basics: Encodable {
        var name: String
        var email: String?
        var phone: String?
        var url: String?
        var location: Location?
        var profiles: [Profile]
    }

    struct Location: Encodable {
        /// The location as written (`Barcelona, Spain`).
        var address: String
        /// Its first comma-separated part.
        var city: String
    }

    struct Profile: Encodable {
        var network: String
        var username: String?
        var url: String
    }

    struct Skill: Encodable {
        var name: String
        var keywords: [String]
    }

    struct Meta: Encodable {
        var shortlist: Screening
    }

    /// Shortlist's own member of `meta`: snake_case like `results.jsonl`.
    struct Screening: Encodable {
        struct Rule: Encodable {
            var rule: String
            var criterion: String?
            var reason: String
        }

        struct Criterion: Encodable {
            var id: String
            var label: String
            var met: Bool
            var points: Double
            var weight: Double
        }

        var candidateId: String
        var decision: String
        var rank: Int?
        var score: Double?
        var rules: [Rule]
        var criteria: [Criterion]
        var givenName: String
        var familyName: String
        /// Left out in blind runs (file names often carry the candidate's name).
        var sourceFile: String?
        var role: String
        var asOf: String
        var criteriaFile: String
        var criteriaSha256: String
        var blind: Bool
        var tool = "shortlist"
        var toolVersion = ShortlistVersion.current
    }

    static func path(for candidate: ExportedCandidate) -> String {
        "\(folder)/\(candidate.candidateID).json"
    }

    static func document(_ candidate: ExportedCandidate, context: ExportContext) -> Document {
        let record = candidate.record
        let website = candidate.links.first { $0.network == nil }
        let location = candidate.location.map { written in
            Location(
                address: written,
                city: written.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? written)
        }
        return Document(
            basics: Basics(
                name: candidate.name.full, email: candidate.email, phone: candidate.phone, url: website?.url,
                location: location,
                profiles: candidate.links.compactMap { link in
                    link.network.map { Profile(network: $0, username: link.username, url: link.url) }
                }),
            skills: candidate.skills.map { Skill(name: $0.label, keywords: $0.keywords) },
            meta: Meta(
                shortlist: Screening(
                    candidateId: record.candidateId, decision: record.decision.rawValue, rank: record.rank,
                    score: record.score,
                    rules: record.rules.map {
                        Screening.Rule(rule: $0.rule.rawValue, criterion: $0.criterion, reason: $0.reason)
                    },
                    criteria: record.criteria.map {
                        Screening.Criterion(
                            id: $0.id, label: $0.label, met: $0.met, points: $0.points, weight: $0.weight)
                    },
                    givenName: candidate.name.given, familyName: candidate.name.family,
                    sourceFile: candidate.sourceFile, role: context.role, asOf: context.asOf,
                    criteriaFile: context.criteriaPath, criteriaSha256: context.criteriaSha256,
                    blind: context.blind)))
    }

    static func render(_ candidate: ExportedCandidate, context: ExportContext) throws -> Data {
        let encoder = JSONEncoder()
        // JSON Resume's own keys are single words; Shortlist's member is snake_case like `results.jsonl`.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document(candidate, context: context)) + Data("\n".utf8)
    }
}
