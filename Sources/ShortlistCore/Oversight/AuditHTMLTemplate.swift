/// The Mustache template of `audit.html`: one self-contained page (inline CSS, no scripts, no network assets).
/// Every `{{value}}` is HTML-escaped by swift-mustache; the page has no triple-brace (raw) values.
enum AuditHTMLTemplate {
    static let source = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Adverse-impact audit — {{role}}</title>
        <style>
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem;
               padding: 0 1rem; color: #1d1d1f; }
        h1 { font-size: 1.5rem; margin-bottom: .25rem; }
        h2 { font-size: 1.15rem; margin-top: 2rem; }
        .meta { color: #555; }
        .meta code { font-size: .85em; word-break: break-all; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f4f4f6; }
        tr.unknown td { color: #666; font-style: italic; }
        td.flag { background: #fde2e1; color: #8a1c14; font-weight: 600; }
        .badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem;
                 background: #fff3cd; color: #7a5b00; margin-left: .3rem; }
        .summary { padding: .75rem 1rem; border-radius: .4rem; background: #eef6ee; }
        .summary.flagged { background: #fde2e1; }
        ul.rules li, ul.warnings li { margin: .2rem 0; }
        </style>
        </head>
        <body>
        <h1>Adverse-impact audit</h1>
        <p class="meta">{{role}} · run <code>{{runPath}}</code> · as of {{asOf}}<br>
        manifest SHA-256 <code>{{manifestSHA256}}</code><br>
        criteria SHA-256 <code>{{criteriaSHA256}}</code><br>
        demographics <code>{{demographicsPath}}</code></p>

        <p class="summary{{#flagCount}} flagged{{/flagCount}}">{{audited}} candidates audited · median score
        {{medianScore}} ({{scored}} scored) · {{headline}}</p>

        {{#tables}}
        <h2>{{category}}</h2>
        <table>
        <thead><tr><th>Group</th><th>Candidates</th><th>Share</th><th>Selected</th><th>Selection rate</th>
        <th>Impact ratio</th><th>Above median</th><th>Scoring rate</th><th>Impact ratio</th></tr></thead>
        <tbody>
        {{#groups}}
        <tr{{#isUnknown}} class="unknown"{{/isUnknown}}>
        <td>{{name}}{{#isSmall}}<span class="badge">small</span>{{/isSmall}}{{#isUnknown}} (not compared){{/isUnknown}}</td>
        <td>{{count}}</td><td>{{share}}</td><td>{{selected}}</td><td>{{selectionRate}}</td>
        <td{{#selectionFlagged}} class="flag"{{/selectionFlagged}}>{{selectionImpactRatio}}</td>
        <td>{{aboveMedian}}</td><td>{{scoringRate}}</td>
        <td{{#scoringFlagged}} class="flag"{{/scoringFlagged}}>{{scoringImpactRatio}}</td>
        </tr>
        {{/groups}}
        </tbody>
        </table>
        {{/tables}}

        {{#hasWarnings}}
        <h2>Warnings</h2>
        <ul class="warnings">
        {{#warnings}}<li>{{.}}</li>
        {{/warnings}}
        </ul>
        {{/hasWarnings}}

        <h2>How the numbers are computed</h2>
        <ul class="rules">
        {{#rules}}<li>{{.}}</li>
        {{/rules}}
        </ul>
        <p class="meta">Written by shortlist audit. Impact ratios flag a difference to look into; they are not by
        themselves a finding of discrimination, and small groups can swing either way.</p>
        </body>
        </html>

        """
}
