/// Turns laid-out lines into a `Resume`: the text with its line index, the section runs, and the roles, degrees
/// and contact details (structured ones when the markup had them, otherwise extracted from the lines).
enum ResumeAssembler {
    static func assemble(_ layout: ResumeLayout, path: String, format: DocumentFormat) -> Resume {
        let lines = layout.lines
        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var lineStarts: [Int] = []
        lineStarts.reserveCapacity(lines.count)
        var offset = 0
        for (index, line) in lines.enumerated() {
            lineStarts.append(offset)
            text += line.text
            offset += line.text.utf8.count
            if index + 1 < lines.count {
                text += "\n"
                offset += 1
            }
        }
        if lineStarts.isEmpty { lineStarts = [0] }
        let lineSections = lines.isEmpty ? [.other] : lines.map(\.section)
        var sections: [Section] = []
        var runStart = 0
        for index in lines.indices where index + 1 == lines.count || lines[index + 1].section != lines[index].section {
            let startOffset = lineStarts[runStart]
            let endOffset = lineStarts[index] + lines[index].text.utf8.count
            let utf8 = text.utf8
            let slice = text[
                utf8.index(
                    utf8.startIndex, offsetBy: startOffset)..<utf8.index(
                        utf8.startIndex, offsetBy: endOffset)]
            sections.append(
                Section(
                    kind: lines[runStart].section,
                    heading: lines[runStart].heading ? lines[runStart].text.trimmingWhitespace() : nil,
                    lines: (runStart + 1)...(index + 1), text: slice))
            runStart = index + 1
        }
        var notes = layout.notes
        if notes.hiddenText.utf8.count > 64 * 1024 { notes.hiddenText = String(notes.hiddenText.prefix(16 * 1024)) }
        return Resume(
            path: path, format: format, text: text, lineStarts: lineStarts, lineSections: lineSections,
            sections: sections, contact: ContactExtractor.complete(layout.contactHints, lines: lines),
            experience: layout.experience ?? ExperienceExtractor.entries(in: lines),
            education: layout.education ?? EducationExtractor.entries(in: lines), notes: notes)
    }
}
