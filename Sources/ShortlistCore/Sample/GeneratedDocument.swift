/// One synthetic resume file: where it goes under the output directory and its exact bytes.
public struct GeneratedDocument: Sendable, Hashable {
    /// A path relative to the output directory, e.g. `0012/0012345-jose-nunez.html`.
    public let relativePath: String
    /// The file's content, already encoded (UTF-8 mostly; some UTF-16 and Windows-1252).
    public let bytes: [UInt8]
    /// The format of the content, which the extension of `relativePath` may misstate.
    let format: SampleFormat
    /// True when the extension deliberately names another format.
    let hasMisleadingExtension: Bool
}
