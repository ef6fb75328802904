import Foundation

extension ReviewerFeedback {
    /// The report for people: ledger, matrix, agreement, per-criterion table, thresholds and findings.
    public func text() -> String {
        var out = ""
        let chain = "\(ledger.entries) \(ledger.entries == 1 ? "entry" : "entries"), chain verified"
        out += "Ledger \(ledger.path): \(chain)\(ledger.tip.map { ", tip sha256 \($0)" } ?? "")\n"
        let reviewers = ledger.reviewers.map { "\($0.reviewer) (\($0.decisions))" }.joined(separator: ", ")
        out += "\(ledger.currentDecisions) current decisions on \(ledger.runs) run\(ledger.runs == 1 ? "" : "s") "
        out += "(\(ledger.criteriaVersions) criteria version\(ledger.criteriaVersions == 1 ? "" : "s"))"
        out += reviewers.isEmpty ? "\n" : " by \(reviewers)\n"
        if !ledger.roles.isEmpty { out += "Role: \(ledger.roles.joined(separator: "; "))\n" }

        out += "\nMachine decision × reviewer decision (current decisions)\n"
        out += "  " + pad("machine", 10) + ["advance", "reject", "hold", "total"].map { left($0, 8) }.joined() + "\n"
        for row in matrix {
            out += "  " + pad(row.machine.rawValue, 10)
            out += [row.advance, row.reject, row.hold, row.total].map { left(String($0), 8) }.joined() + "\n"
        }
        let totals = [\MatrixRow.advance, \.reject, \.hold, \.total].map { path in
            matrix.reduce(0) { $0 + $1[keyPath: path] }
        }
        out += "  " + pad("total", 10) + totals.map { left(String($0), 8) }.joined() + "\n"

        out += "\nAgreement: "
        if agreement.compared == 0 {
            out += "nothing to compare yet\n"
        } else {
            out +=
                "\(agreement.agreed) of \(agreement.compared) (\(Self.percent(agreement.agreed, agreement.compared)))\n"
        }
        out += "  Definition: \(agreement.definition).\n"

        out += "\nPer criterion (decided = advanced or rejected; held candidates are left out)\n"
        let width = max(9, criteria.map(\.id.count).max() ?? 0) + 2
        out += "  " + pad("criterion", width) + pad("of score", 10) + pad("required", 10)
        out += left("failed", 7) + left("advanced", 12) + left("met", 7) + left("rejected", 12) + "\n"
        for criterion in criteria {
            out += "  " + pad(criterion.id, width) + pad(Self.percent(criterion.weightShare), 10)
            out += pad(criterion.required ? "yes" : "no", 10)
            out += left(String(criterion.failed), 7) + left(share(criterion.failedAdvanced, criterion.failed), 12)
            out += left(String(criterion.met), 7) + left(share(criterion.metRejected, criterion.met), 12) + "\n"
        }
        if criteria.isEmpty { out += "  (no decided candidates yet)\n" }

        out += "\nFindings\n"
        out += "  Thresholds: \(thresholdsSentence())\n"
        for finding in findings { out += "  - \(finding.message)\n" }
        if findings.isEmpty { out += "  (none: reviewers' decisions do not call any criterion out)\n" }
        return out
    }

    /// The report for machines: the same content as JSON, keys sorted, so the bytes depend only on the ledger.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings, integers and finite numbers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The thresholds in words, printed with every report.
    public func thresholdsSentence() -> String {
        let share = Self.percent(thresholds.share)
        return "a criterion is called out when at least \(thresholds.minimumCandidates) decided candidates failed "
            + "it and at least \(share) of them were advanced (criteria with no weight that are not required are "
            + "not judged on this), or when at least \(thresholds.minimumCandidates) decided candidates met a "
            + "criterion carrying at least \(Self.percent(thresholds.heavyWeightShare)) of the score and at least "
            + "\(share) of them were rejected."
    }

    private func share(_ count: Int, _ total: Int) -> String {
        total == 0 ? "-" : "\(count) (\(Self.percent(count, total)))"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
