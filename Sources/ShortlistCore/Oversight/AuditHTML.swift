import Mustache

/// `audit.html`: the audit as one page for a person — the run it is about, a table per category with flagged
/// ratios highlighted, the warnings and the rules — rendered from ``AuditHTMLTemplate`` with swift-mustache.
enum AuditHTML {
    /// The parsed template; the source is a constant, so a parse failure is a programming error caught by the tests.
    private static let template: MustacheTemplate = {
        do { return try MustacheTemplate(string: AuditHTMLTemplate.source) } catch {
            fatalError("the audit.html template does not parse: \(error)")
        }
    }()

    static func render(_ report: AuditReport) -> String {
        template.render(context(report))
    }

    /// Plain dictionaries, arrays, strings, numbers and booleans: what Mustache templates read. Every value is
    /// formatted here, so the template only lays them out.
    static func context(_ report: AuditReport) -> [String: Any] {
        let impact = report.impact
        let flagCount = impact.flaggedGroups.reduce(0) {
            $0 + ($1.group.selectionFlagged ? 1 : 0) + ($1.group.scoringFlagged ? 1 : 0)
        }
        var warnings = report.notInRun.map(\.description)
        if report.missingFromDemographics > 0 {
            let count = report.missingFromDemographics
            warnings.append(
                "\(count) audited candidate\(count == 1 ? " has" : "s have") no row in \(report.demographicsPath) "
                    + "and count\(count == 1 ? "s" : "") as Unknown.")
        }
        if report.skippedFiles > 0 {
            warnings.append(
                "\(report.skippedFiles) files the run skipped without opening are not candidates and "
                    + "are not audited.")
        }
        for table in impact.tables {
            let small = table.groups.filter(\.isSmall).map { "\($0.name) (\($0.count))" }
            if !small.isEmpty {
                warnings.append("\(table.category): small groups, rates unreliable: \(small.joined(separator: ", ")).")
            }
        }
        let tables: [[String: Any]] = impact.tables.map { table in
            [
                "category": table.category,
                "groups": table.groups.map { group -> [String: Any] in
                    [
                        "name": group.name, "isUnknown": group.isUnknown, "isSmall": group.isSmall,
                        "count": group.count, "share": AuditReport.percent(group.share), "selected": group.selected,
                        "selectionRate": AuditReport.percent(group.selectionRate),
                        "selectionImpactRatio": group.selectionImpactRatio.map(AuditReport.ratio) ?? "—",
                        "selectionFlagged": group.selectionFlagged, "aboveMedian": group.aboveMedian,
                        "scoringRate": AuditReport.percent(group.scoringRate),
                        "scoringImpactRatio": group.scoringImpactRatio.map(AuditReport.ratio) ?? "—",
                        "scoringFlagged": group.scoringFlagged,
                    ]
                },
            ]
        }
        return [
            "role": report.role, "runPath": report.runPath, "asOf": report.asOf,
            "manifestSHA256": report.manifestSHA256, "criteriaSHA256": report.criteriaSHA256,
            "demographicsPath": report.demographicsPath, "audited": impact.audited, "scored": impact.scored,
            "medianScore": impact.medianScore.map(Evaluator.format) ?? "none",
            "flagCount": flagCount > 0,
            "headline": flagCount == 0
                ? "no impact ratio below 0.8" : "\(flagCount) impact ratio\(flagCount == 1 ? "" : "s") below 0.8",
            "tables": tables, "hasWarnings": !warnings.isEmpty, "warnings": warnings, "rules": AuditReport.rules,
        ]
    }
}
