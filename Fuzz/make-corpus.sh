#!/bin/sh
# Seeds a libFuzzer corpus with the bundled sample resumes. Usage: Fuzz/make-corpus.sh [DIR] (default Fuzz/corpus).
# The corpus is local working data: it is ignored by git and never committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-"$here/corpus"}
mkdir -p "$corpus"
for file in "$here"/../SampleData/resumes/*/*; do
    [ -f "$file" ] && cp "$file" "$corpus/$(basename "$(dirname "$file")")-$(basename "$file")"
done
echo "$(ls "$corpus" | wc -l) files in $corpus"

# Seeds for the archive paths (a Word document and a ZIP dump), built with Python's zipfile when python3 is there.
command -v python3 >/dev/null || exit 0
python3 - "$corpus" <<'PY'
import os, sys, zipfile
corpus = sys.argv[1]
w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
document = f"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}" xmlns:r="{r}"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Ana Souza</w:t></w:r></w:p>
<w:p><w:hyperlink r:id="rId1"><w:r><w:t>ana@example.com</w:t></w:r></w:hyperlink></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>
<w:p><w:r><w:t>Senior Backend Engineer, Pagamento, 2019 - Present</w:t></w:r><w:r><w:tab/><w:t>Swift, Vapor</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>AWS</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden swift</w:t></w:r><w:r><w:t>BSc Computer Science, 2012</w:t></w:r></w:p>
</w:body></w:document>"""
styles = f'<w:styles xmlns:w="{w}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="mailto:ana@example.com" TargetMode="External"/></Relationships>')
docx = os.path.join(corpus, "seed-ana.docx")
with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/_rels/document.xml.rels", rels)
with zipfile.ZipFile(os.path.join(corpus, "seed-dump.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("resumes/a.txt", "Jane Doe\njane@example.com\nSkills\nSwift, Vapor\n")
    z.writestr("resumes/b.html", "<html><body><h1>Bo</h1><h2>Skills</h2><p>Swift</p></body></html>")
    z.writestr("../evil.txt", "x")
    z.write(docx, "resumes/ana.docx")
print("2 archive seeds added")
PY
