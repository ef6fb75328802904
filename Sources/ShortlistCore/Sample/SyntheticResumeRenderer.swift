/// Turns the content of a synthetic resume into the bytes of one file in one format.
///
/// Each format has several house styles (templates, heading conventions, encodings), chosen with the document's
/// own random generator so the same `(seed, index)` always renders the same bytes.
enum SyntheticResumeRenderer {
    static func render(_ resume: SyntheticResume, as format: SampleFormat, using random: inout SeededRandom)
        -> [UInt8]
    {
        let layout = SyntheticLayout(resume, using: &random)
        switch format {
        case .html: return html(resume, layout: layout, using: &random)
        case .plainText: return plainText(resume, layout: layout, using: &random)
        case .hrXML: return hrXML(resume, using: &random)
        case .xhtml: return xhtml(resume, layout: layout, using: &random)
        }
    }

    /// The contact block's items: location, email, phone, website and, when the layout puts it there, the work
    /// authorization.
    static func contactItems(_ resume: SyntheticResume, layout: SyntheticLayout) -> [String] {
        let person = resume.person
        var items = ["\(person.city), \(person.countryName)", person.email, person.phone]
        if let website = person.website { items.append(website) }
        if layout.authorizationInHeader, let authorization = resume.workAuthorization { items.append(authorization) }
        return items
    }

    /// `+1 (206) 555-0147` → `+12065550147`, for `tel:` links.
    static func dialable(_ phone: String) -> String {
        String(phone.unicodeScalars.filter { $0 == "+" || ("0"..."9").contains($0) }.map(Character.init))
    }
}
