extension RecruiterReport {
    /// The page, as a Mustache template. `{{x}}` is HTML-escaped (`<`, `>`, `&`, `"`, `'`). The one unescaped
    /// `{{{explanations}}}` marks where the explanations go (`ExplainedRecord.writeExplanation`, itself escaped),
    /// written in parallel and spliced in; nothing from a resume is ever inserted unescaped. No scripts, no external
    /// assets.
    static let template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Shortlist — {{role}}</title>
        <style>
        :root { --ink: #1d2430; --muted: #5b6577; --line: #d9dee7; --accent: #1f6feb; --met: #1a7f37;
          --partial: #9a6700; --unmet: #b42318; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          margin: 0 auto; max-width: 1100px; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; }
        .meta { color: var(--muted); margin: 0 0 16px; } .meta code { font-size: 12px; }
        .blind { display: inline-block; background: #fff4ce; border: 1px solid #e3c65b; border-radius: 4px;
          padding: 2px 8px; margin-left: 8px; font-size: 12px; }
        .counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
        .count { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
        .count b { display: block; font-size: 22px; }
        .count.shortlist b { color: var(--met); } .count.review b { color: var(--partial); }
        .count.reject b { color: var(--muted); } .count.error b { color: var(--unmet); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .file { color: var(--muted); font-size: 12px; word-break: break-all; }
        .rule { font-family: ui-monospace, Menlo, monospace; font-size: 12px; background: var(--bg);
          border-radius: 3px; padding: 0 4px; }
        ul.reasons { margin: 0; padding-left: 18px; }
        details.candidate { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
        details.candidate > summary { cursor: pointer; padding: 8px 12px; background: var(--bg); }
        details.candidate > div { padding: 8px 12px; }
        .decision { font-weight: 600; text-transform: uppercase; font-size: 12px; }
        .decision.shortlist { color: var(--met); } .decision.review { color: var(--partial); }
        .decision.reject { color: var(--muted); } .decision.error { color: var(--unmet); }
        .met { color: var(--met); } .partial { color: var(--partial); } .unmet { color: var(--unmet); }
        .evidence { margin: 2px 0 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
        .snippet { color: var(--ink); }
        .note { color: var(--muted); font-size: 13px; }
        svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
        </style>
        </head>
        <body>
        <h1>{{role}}{{#blind}}<span class="blind">blind screening: identities redacted</span>{{/blind}}</h1>
        <p class="meta">As of {{asOf}} · criteria <code>{{criteriaPath}}</code>
          (SHA-256 <code title="{{criteriaSha256}}">{{criteriaShort}}…</code>) · shortlist top {{top}} with score
          ≥ {{minScore}}, review band {{reviewBand}} points · shortlist {{toolVersion}}</p>

        <section class="counts" aria-label="Decisions">
        <div class="count"><b>{{total}}</b>files</div>
        {{#counts}}<div class="count {{label}}"><b>{{count}}</b>{{label}}</div>
        {{/counts}}
        </section>

        <h2>Score distribution</h2>
        <p class="note">{{scored}} scored candidates in 10-point buckets; the dashed line is the minimum score
          ({{minScore}}). The machine's scores are a starting point for people, not a verdict.</p>
        <svg role="img" aria-label="Histogram of scores" width="{{histogramWidth}}" height="{{histogramHeight}}"
          viewBox="0 0 {{histogramWidth}} {{histogramHeight}}">
        {{#bars}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"
          fill="{{#aboveMinimum}}#1f6feb{{/aboveMinimum}}{{^aboveMinimum}}#9aa7b8{{/aboveMinimum}}"><title>{{label}}: {{count}}</title></rect>
        <text x="{{labelX}}" y="{{countY}}" text-anchor="middle">{{count}}</text>
        <text x="{{labelX}}" y="206" text-anchor="middle">{{label}}</text>
        {{/bars}}<line x1="{{markerX}}" x2="{{markerX}}" y1="14" y2="190" stroke="#b42318" stroke-dasharray="4 3"/>
        </svg>

        <h2 id="shortlist">Shortlist</h2>
        {{#hasShortlist}}<table>
        <thead><tr><th class="num">Rank</th><th class="num">Score</th><th>Candidate</th><th>Why</th></tr></thead>
        <tbody>
        {{#shortlist}}<tr><td class="num">{{rank}}</td><td class="num">{{score}}</td>
          <td><a href="#{{candidateId}}">{{name}}</a><div class="file">{{candidateId}} · {{sourceFile}}</div></td>
          <td><ul class="reasons">{{#reasons}}<li><span class="rule">{{rule}}</span> {{reason}}</li>{{/reasons}}</ul></td></tr>
        {{/shortlist}}
        </tbody></table>{{/hasShortlist}}
        {{^hasShortlist}}<p class="note">Nobody reached the shortlist.</p>{{/hasShortlist}}

        <h2 id="review">Review queue</h2>
        <p class="note">A person must look at each of these before anyone is rejected: each line says why the machine
          would not decide alone.</p>
        {{#hasReview}}<table>
        <thead><tr><th class="num">Score</th><th>Candidate</th><th>Why a human must look</th></tr></thead>
        <tbody>
        {{#review}}<tr><td class="num">{{score}}</td>
          <td>{{#explained}}<a href="#{{candidateId}}">{{name}}</a>{{/explained}}{{^explained}}{{candidateId}}{{/explained}}<div class="file">{{candidateId}} · {{sourceFile}}</div></td>
          <td><ul class="reasons">{{#reasons}}<li><span class="rule">{{rule}}</span> {{reason}}</li>{{/reasons}}</ul></td></tr>
        {{/review}}
        </tbody></table>{{/hasReview}}
        {{^hasReview}}<p class="note">No candidate needs review.</p>{{/hasReview}}

        <h2 id="errors">Files that could not be screened</h2>
        {{#hasErrors}}<table>
        <thead><tr><th>File</th><th>Reason</th></tr></thead>
        <tbody>
        {{#errors}}<tr><td>{{#explained}}<a href="#{{candidateId}}">{{sourceFile}}</a>{{/explained}}{{^explained}}{{sourceFile}}{{/explained}}<div class="file">{{candidateId}}</div></td>
          <td>{{#reasons}}{{reason}}{{/reasons}}</td></tr>
        {{/errors}}
        </tbody></table>{{/hasErrors}}
        {{^hasErrors}}<p class="note">Every file was read.</p>{{/hasErrors}}

        <h2 id="rejected">Rejected</h2>
        {{#hasRejected}}<table>
        <thead><tr><th class="num">Rank</th><th class="num">Score</th><th>Candidate</th><th>Reason</th></tr></thead>
        <tbody>
        {{#rejected}}<tr><td class="num">{{rank}}</td><td class="num">{{score}}</td>
          <td>{{#explained}}<a href="#{{candidateId}}">{{name}}</a>{{/explained}}{{^explained}}{{candidateId}}{{/explained}}<div class="file">{{sourceFile}}</div></td>
          <td><ul class="reasons">{{#reasons}}<li><span class="rule">{{rule}}</span> {{reason}}</li>{{/reasons}}</ul></td></tr>
        {{/rejected}}
        </tbody></table>
        {{#rejectedNotListed}}<p class="note">The {{listedRejectLimit}} best-scoring rejected candidates are listed; the other
          {{rejectedNotListed}} are in <code>results.jsonl</code>.</p>{{/rejectedNotListed}}
        {{/hasRejected}}
        {{^hasRejected}}<p class="note">Nobody was rejected.</p>{{/hasRejected}}

        <h2 id="explanations">Explanations</h2>
        <p class="note">Every criterion, met or not, the points, and the words the resume used, for {{explainedCount}}
          candidates: all shortlisted, then the review queue by score, the errors and the {{explainedRejectLimit}}
          best-scoring rejected, up to {{explanationLimit}}.{{#notExplained}} For the other {{notExplained}} (shown
          without a link above), run <code>shortlist explain results.jsonl CANDIDATE_ID</code>.{{/notExplained}}</p>
        {{{explanations}}}
        </body>
        </html>

        """
}
