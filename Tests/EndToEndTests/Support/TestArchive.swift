import Foundation
import ZIPFoundation

/// ZIP archives (ATS exports) and small Word documents written by the tests with ZIPFoundation: nothing binary is
/// committed.
enum TestArchive {
    enum Entry {
        case file(String, [UInt8])
        case directory(String)
        case link(String, target: String)

        static func text(_ path: String, _ text: String) -> Entry { .file(path, Array(text.utf8)) }
    }

    static func bytes(_ entries: [Entry]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            switch entry {
            case .file(let path, let bytes):
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            case .directory(let path):
                try archive.addEntry(with: path, type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
            case .link(let path, let target):
                let data = Data(target.utf8)
                try archive.addEntry(with: path, type: .symlink, uncompressedSize: Int64(data.count)) {
                    position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        }
        return Array(archive.data ?? Data())
    }

    static func write(_ entries: [Entry], to url: URL) throws {
        try Data(try bytes(entries)).write(to: url)
    }

    /// A Word document whose paragraphs are `(text, style id)`; `Heading1` and `Title` are Word's built-in ids.
    static func wordDocument(_ paragraphs: [(text: String, style: String?)]) throws -> [UInt8] {
        let body = paragraphs.map { paragraph in
            let style = paragraph.style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
            return "<w:p>\(style)<w:r><w:t xml:space=\"preserve\">\(paragraph.text)</w:t></w:r></w:p>"
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            \(body.joined())</w:body></w:document>
            """
        return try bytes([.text("[Content_Types].xml", "<Types/>"), .text("word/document.xml", document)])
    }
}
