import Foundation

/// One line of `results.jsonl`, decoded with the fields the tests look at.
struct ResultRow: Decodable, Sendable {
    struct Candidate: Decodable, Sendable {
        var name: String?
        var email: String?
        var phone: String?
    }

    struct Rule: Decodable, Sendable {
        var rule: String
        var reason: String
    }

    struct Criterion: Decodable, Sendable {
        var id: String
        var label: String
    }

    var candidateId: String
    var sourceFile: String
    var decision: String
    var status: String
    var error: String?
    var rank: Int?
    var score: Double?
    var rules: [Rule]
    var candidate: Candidate?
    var criteria: [Criterion]
}

/// `manifest.json`, with the fields the tests check.
struct Manifest: Decodable, Sendable {
    struct Options: Decodable, Sendable {
        var asOf: String
        var jobs: Int
        var top: Int
    }

    var role: String
    var criteriaPath: String
    var criteriaSha256: String
    var options: Options
    var fileCount: Int
    var counts: [String: Int]
    var outputs: [String]
}

/// The files a `shortlist screen` run wrote into its `--out` folder.
struct RunOutput {
    var folder: URL

    var resultsURL: URL { folder.appendingPathComponent("results.jsonl") }
    var shortlistURL: URL { folder.appendingPathComponent("shortlist.csv") }
    var manifestURL: URL { folder.appendingPathComponent("manifest.json") }
    var reportURL: URL { folder.appendingPathComponent("report.html") }
    var exportsURL: URL { folder.appendingPathComponent("exports") }

    func resultsBytes() throws -> Data { try Data(contentsOf: resultsURL) }
    func shortlistBytes() throws -> Data { try Data(contentsOf: shortlistURL) }
    func reportBytes() throws -> Data { try Data(contentsOf: reportURL) }
    func report() throws -> String { String(decoding: try reportBytes(), as: UTF8.self) }

    /// The lines of `results.jsonl`, without the final newline.
    func resultLines() throws -> [Substring] {
        var lines = String(decoding: try resultsBytes(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    func results() throws -> [ResultRow] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try resultLines().map { try decoder.decode(ResultRow.self, from: Data($0.utf8)) }
    }

    /// The row for the input whose source file ends with `name`.
    func result(for name: String) throws -> ResultRow? {
        try results().first { $0.sourceFile.hasSuffix(name) }
    }

    func shortlist() throws -> CSVTable {
        try CSVTable(parsing: String(decoding: try shortlistBytes(), as: UTF8.self))
    }

    func manifest() throws -> Manifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Manifest.self, from: Data(contentsOf: manifestURL))
    }
}
