/// The file formats of the synthetic sample and how often each occurs.
enum SampleFormat: String, Sendable, CaseIterable {
    case html
    case plainText
    case hrXML
    case xhtml

    /// Percent of documents in each format, in `allCases` order.
    static let shares = [50, 25, 15, 10]

    /// Percent of documents saved under another format's extension, so format sniffing gets exercised.
    static let misleadingExtensionPercent = 1

    /// The extension the format is normally saved with.
    var fileExtension: String {
        switch self {
        case .html: "html"
        case .plainText: "txt"
        case .hrXML: "xml"
        case .xhtml: "xhtml"
        }
    }

    /// A wrong but plausible extension: HTML saved as `.txt`, plain text as `.html`, and so on.
    var misleadingExtension: String {
        switch self {
        case .html: "txt"
        case .plainText: "html"
        case .hrXML: "txt"
        case .xhtml: "xml"
        }
    }
}
