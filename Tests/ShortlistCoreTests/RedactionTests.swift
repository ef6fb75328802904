import Testing

@testable import ShortlistCore

@Suite("Blind screening redaction")
struct RedactionTests {
    let redaction = Redaction()
    let contact = Contact(
        name: "Ana Souza", email: "ana@example.com", phone: "+55 11 91234 5678", location: "São Paulo",
        links: ["https://github.com/anasouza"])

    func scrub(_ text: String, education: Bool = false) -> String {
        redaction.scrub(text, needles: Redaction.needles(for: contact), education: education)
    }

    @Test func candidatesOwnNameAndPartsAreRedacted() {
        #expect(scrub("Ana Souza led the Swift team") == "[redacted] led the Swift team")
        #expect(scrub("Souza's team shipped Vapor services") == "[redacted]'s team shipped Vapor services")
    }

    @Test(arguments: [
        ("contact: jane.doe+cv@mail.example.org, Swift", "contact: [redacted], Swift"),
        ("portfolio https://janedoe.dev/work and Vapor", "portfolio [redacted] and Vapor"),
        ("profile linkedin.com/in/jane-doe; Kubernetes", "profile [redacted]; Kubernetes"),
        ("call +49 30 1234 5678 about Swift", "call [redacted] about Swift"),
        ("office (030) 1234 567, Swift", "office [redacted], Swift"),
        ("Date of birth: 12.03.1990, Swift developer", "[redacted], Swift developer"),
        ("Born in 1988 in Porto; Swift since 2014", "[redacted]; Swift since 2014"),
        ("Age: 34 | Swift", "[redacted] | Swift"),
        ("a 29-year-old engineer who loves Swift", "a [redacted] engineer who loves Swift"),
        ("lives at 221B Baker Street, knows Swift", "lives at [redacted], knows Swift"),
        ("Adresse: Hauptstraße 12, Swift-Entwicklerin", "Adresse: [redacted], Swift-Entwicklerin"),
        ("Class of 2016, Computer Science", "Class of [year], Computer Science"),
    ])
    func identifyingPatternsAreRedactedAnywhere(text: String, expected: String) {
        #expect(scrub(text) == expected)
    }

    @Test func graduationYearsAreRedactedInEducationOnly() {
        #expect(
            scrub("B.Sc. Computer Science, Universitat Politècnica de Catalunya, 2016", education: true)
                == "B.Sc. Computer Science, Universitat Politècnica de Catalunya, [year]")
        #expect(scrub("Swift developer 2016 – 2020 at Pagamento") == "Swift developer 2016 – 2020 at Pagamento")
    }

    @Test(arguments: [
        "Senior Engineer, 2016-09 - 2018-02: Swift 5.10 services",
        "C++17 (2019-2021) and C# on .NET 8",
        "reduced p99 latency from 420 ms to 38 ms (+90%)",
        "Kubernetes, Docker, Terraform (AWS EKS, RDS, SQS)",
        "managed a team of 12 engineers; average page weight down 35%",
    ])
    func ordinaryEvidenceIsLeftAlone(text: String) {
        #expect(scrub(text) == text)
    }

    @Test func redactingAnEvaluationKeepsItsScoreAndCredits() {
        var evaluation = Evaluation(
            score: 72.5,
            outcomes: [
                CriterionOutcome(
                    id: "degree", label: "Degree", met: true, credit: 1, weight: 10, points: 10, required: false,
                    reviewOnFail: false,
                    evidence: [
                        Evidence(
                            term: "Computer Science", section: .education,
                            snippet: "Ana Souza — B.Sc. Computer Science, USP, 2012", line: 20)
                    ], missing: [], detail: nil)
            ], readableCharacters: 900, mostRepeatedTerm: nil, hiddenTerms: [])
        let before = evaluation
        redaction.redact(&evaluation, contact: contact)
        #expect(evaluation.score == before.score)
        #expect(evaluation.outcomes[0].credit == 1 && evaluation.outcomes[0].points == 10)
        #expect(evaluation.outcomes[0].evidence[0].snippet == "[redacted] — B.Sc. Computer Science, USP, [year]")
    }
}
