import Foundation
import Testing

@testable import ShortlistCore

/// `--metadata applicants.csv`: the header, the join keys and the errors that stop a run before it starts.
@Suite("ATS applicant metadata")
struct ApplicantMetadataTests {
    private func load(_ text: String) throws(ApplicantMetadataError) -> ApplicantMetadata {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("applicants-\(UUID()).csv")
        try? Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ApplicantMetadata.load(path: url.path)
    }

    private static let export = """
        Candidate ID,Full Name,E-mail,Job,Source,Resume
        c_0123456789ab,Jane Doe,,R-12,LinkedIn,
        10234,Bob Roe,,R-12,Referral,
        ,Zoë Åkesson, ZOE@Example.ORG ,R-12,Website,
        ,Ana Souza,,R-14,Agency,backend/ana.html
        ,"Multi
        Line",nobody@example.com,R-14,Agency,
        """

    @Test func rowsJoinByIdThenFileStemThenFileThenEmail() throws {
        let metadata = try load(Self.export)
        #expect(metadata.rows.count == 5)
        #expect(metadata.match(candidateID: "c_0123456789ab", key: "dump/x.html", email: nil)?.row == 0)
        #expect(metadata.match(candidateID: "c_ffffffffffff", key: "dump.zip/resumes/10234.docx", email: nil)?.row == 1)
        #expect(
            metadata.match(candidateID: "c_ffffffffffff", key: "dump.zip/zoe.html", email: "zoe@example.org")?.row
                == 2)
        let byFile = metadata.match(candidateID: "c_ffffffffffff", key: "export.zip/Backend/Ana.html", email: nil)
        #expect(byFile?.row == 3)
        #expect(byFile?.matchedBy == "file")
        #expect(metadata.match(candidateID: "c_ffffffffffff", key: "other/ana.html", email: nil) == nil)
        #expect(metadata.match(candidateID: "c_ffffffffffff", key: "x.html", email: "someone@else.com") == nil)
    }

    @Test func linesCountLineBreaksInsideQuotedCells() throws {
        let metadata = try load(Self.export)
        #expect(metadata.rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(metadata.rows[4].fields["full_name"] == "Multi\nLine")
    }

    @Test func joinedRowIsRedactedUnderBlindExceptNonIdentifyingColumns() throws {
        let metadata = try load(Self.export)
        let open = metadata.applicant(row: 2, matchedBy: "email", blind: false)
        #expect(
            open.fields == ["full_name": "Zoë Åkesson", "email": "ZOE@Example.ORG", "job": "R-12", "source": "Website"])
        #expect(open.name == "Zoë Åkesson")
        let blind = metadata.applicant(row: 2, matchedBy: "email", blind: true)
        #expect(blind.fields == ["full_name": "[redacted]", "email": "[redacted]", "job": "R-12", "source": "Website"])
    }

    @Test func headerWithoutAJoinColumnStopsWithFileAndLine() {
        let error = #expect(throws: ApplicantMetadataError.self) { try load("Name,Job\nJane,R-1\n") }
        #expect(error?.line == 1)
        #expect(
            error?.reason
                == "the header has no candidate_id, file or email column (found 'Name', 'Job'); add one so rows can "
                + "be joined to resumes")
    }

    @Test func rowWithTheWrongNumberOfFieldsStopsWithItsLine() {
        let error = #expect(throws: ApplicantMetadataError.self) {
            try load("email,name\na@example.com,A\n\nb@example.com\n")
        }
        #expect(
            error?.description.hasSuffix(":4: 1 fields where the header has 2 (a stray comma or an unclosed quote?)")
                == true)
    }

    @Test func emptyFileAndDuplicateColumnsAreRefused() {
        #expect(throws: ApplicantMetadataError.self) { try load("") }
        let duplicate = #expect(throws: ApplicantMetadataError.self) { try load("email,E-mail\na,b\n") }
        #expect(duplicate?.reason == "the column 'email' appears twice in the header; rename one of them")
    }

    @Test func unreadableFileIsReportedWithoutALine() {
        let error = #expect(throws: ApplicantMetadataError.self) {
            try ApplicantMetadata.load(path: "/nonexistent/applicants.csv")
        }
        #expect(
            error?.description
                == "/nonexistent/applicants.csv: cannot read the file: no such file or folder (check the path and try again)"
        )
    }
}
