import Foundation
import Testing

/// The bundled sample roles and the paths the tests reach through `#filePath`, as swift-nio's file-system tests do.
enum SampleData {
    /// The package root: three levels above `Tests/EndToEndTests/Support/SampleData.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let folder = packageRoot.appendingPathComponent("SampleData")
    static let criteriaFolder = folder.appendingPathComponent("criteria")
    static let resumesFolder = folder.appendingPathComponent("resumes")
    static let goldenFolder = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden")

    /// The reference date the sample data's intended ranking assumes (see the comments in the criteria files).
    static let asOf = "2026-11-01"
}

/// One bundled role: a criteria file and the folder of resumes written for it.
struct Role: Sendable, CustomTestStringConvertible {
    /// The folder under `SampleData/resumes/`, also the golden file prefix.
    var name: String
    /// The file under `SampleData/criteria/`.
    var criteriaFile: String

    static let all = [
        Role(name: "backend", criteriaFile: "backend-engineer.yaml"),
        Role(name: "accountant", criteriaFile: "financial-accountant.yaml"),
        Role(name: "nurse", criteriaFile: "registered-nurse.yaml"),
    ]

    var criteria: URL { SampleData.criteriaFolder.appendingPathComponent(criteriaFile) }
    var resumes: URL { SampleData.resumesFolder.appendingPathComponent(name) }
    var golden: URL { SampleData.goldenFolder.appendingPathComponent("\(name)-shortlist.csv") }
    var testDescription: String { name }

    /// Every criterion label in the criteria file, read line by line (independently of the binary's YAML reader).
    func criterionLabels() throws -> [String] {
        try String(contentsOf: criteria, encoding: .utf8).split(separator: "\n").compactMap { line in
            let text = line.drop { $0 == " " }
            guard text.hasPrefix("label:") else { return nil }
            var label = text.dropFirst("label:".count).trimmingCharacters(in: .whitespaces)
            if label.count >= 2, label.first == "\"" || label.first == "'", label.last == label.first {
                label = String(label.dropFirst().dropLast())
            }
            return label
        }
    }

    /// The `role:` line of the criteria file.
    func roleTitle() throws -> String? {
        try String(contentsOf: criteria, encoding: .utf8).split(separator: "\n")
            .first { $0.hasPrefix("role:") }
            .map { $0.dropFirst("role:".count).trimmingCharacters(in: .whitespaces) }
    }
}

/// Every entry under `folder` (files, links, hidden files; not folders), as paths relative to it.
func inputFiles(under folder: URL) throws -> [String] {
    var files: [String] = []
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let relative = walker?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder.appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
        files.append(relative)
    }
    return files.sorted()
}
