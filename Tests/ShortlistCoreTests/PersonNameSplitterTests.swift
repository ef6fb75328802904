import Testing

@testable import ShortlistCore

/// Names are split into first and last name the way a recruiter would type them into an ATS.
@Suite struct PersonNameSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String?
        var given: String
        var family: String
        var testDescription: String { name.map { "'\($0)'" } ?? "nil" }

        init(_ name: String?, _ given: String, _ family: String) {
            self.name = name
            self.given = given
            self.family = family
        }
    }

    @Test(arguments: [
        Case("Jane Doe", "Jane", "Doe"),
        Case("Jane Q. Doe", "Jane Q.", "Doe"),
        Case("Jorge A. Castillo", "Jorge A.", "Castillo"),
        Case("J. R. R. Tolkien", "J. R. R.", "Tolkien"),
        Case("Maria de la Cruz", "Maria", "de la Cruz"),
        Case("Anke van der Berg", "Anke", "van der Berg"),
        Case("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        Case("Fatima-Zahra El Idrissi", "Fatima-Zahra", "El Idrissi"),
        Case("Leonardo da Vinci", "Leonardo", "da Vinci"),
        Case("Di Zhang", "Di", "Zhang"),
        Case("Madonna", "Madonna", ""),
        Case("陈伟", "陈伟", ""),
        Case("Doe, Jane", "Jane", "Doe"),
        Case("Doe, Jane Q.", "Jane Q.", "Doe"),
        Case("de la Cruz, Maria", "Maria", "de la Cruz"),
        Case("Jane Doe, PhD", "Jane", "Doe"),
        Case("Megan O'Connor RN", "Megan", "O'Connor"),
        Case("John Smith Jr.", "John", "Smith Jr."),
        Case("Smith, John, Jr.", "John", "Smith Jr."),
        Case("Dr. Jane Doe", "Jane", "Doe"),
        Case("Chen Wei (陈伟)", "Chen", "Wei"),
        Case("Nikos Papadopoulos (Νίκος Παπαδόπουλος)", "Nikos", "Papadopoulos"),
        Case("José Núñez", "José", "Núñez"),
        Case("Zoë Åkesson", "Zoë", "Åkesson"),
        Case("FRANÇOIS LEFÈVRE", "FRANÇOIS", "LEFÈVRE"),
        Case("NGUYỄN THỊ LAN", "NGUYỄN THỊ", "LAN"),
        Case("  Ana\u{00A0}María   Gómez \n", "Ana María", "Gómez"),
        Case("", "", ""),
        Case(nil, "", ""),
    ])
    func splitsLikeARecruiterWould(_ example: Case) {
        let name = PersonNameSplitter.split(example.name)
        #expect(name.given == example.given)
        #expect(name.family == example.family)
    }

    @Test func fullNameIsKeptAsWrittenWithoutCaseOrDiacriticChanges() {
        for written in ["Chen Wei (陈伟)", "FRANÇOIS LEFÈVRE", "Jane Doe, PhD", "Łukasz Wróbel"] {
            #expect(PersonNameSplitter.split(written).full == written)
        }
        #expect(PersonNameSplitter.split("  Jane Doe \n").full == "Jane Doe")
    }

    @Test func aNameThatIsOnlyAParentheticalIsNotLost() {
        let name = PersonNameSplitter.split("(陈伟)")
        #expect(name.given == "(陈伟)")
        #expect(name.family == "")
    }
}
