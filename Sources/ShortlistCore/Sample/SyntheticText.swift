import Foundation

/// Small text utilities for the synthetic sample: ASCII folding, capitalisation, zero padding and word wrapping.
enum SyntheticText {
    /// `Łukasz Wróbel` → `Lukasz Wrobel`: diacritics removed, letters without a decomposition spelled out,
    /// anything else that is not ASCII dropped.
    static func asciiFolded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let spelled = foldedLetters[scalar] {
                result += spelled
            }
        }
        return result
    }

    private static let foldedLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe",
        "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d",
    ]

    /// The text with its first letter upper-cased when it starts with a lowercase ASCII letter and has no other
    /// capitals (`wound care` → `Wound care`); mixed-case names such as `gRPC` or `pandas`-style brands stay.
    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0x61, first <= 0x7A else { return text }
        if text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return text }
        if lowercaseBrands.contains(text) { return text }
        return String(UnicodeScalar(first - 32)) + text.dropFirst()
    }

    private static let lowercaseBrands: Set<String> = [
        "pandas", "dbt", "npm", "scikit-learn", "ggplot2", "tidyverse",
    ]

    /// `value` as a decimal string with at least `width` digits.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Appends `text` wrapped at `width` columns: the first line starts with `firstPrefix`, later lines with
    /// `restPrefix`, every line ends with `newline`.
    static func appendWrapped(
        _ text: String, width: Int, firstPrefix: String, restPrefix: String, newline: String, to out: inout String
    ) {
        var column = firstPrefix.count
        var lineHasWord = false
        out += firstPrefix
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.count
            if lineHasWord, column + 1 + length > width {
                out += newline
                out += restPrefix
                column = restPrefix.count
                lineHasWord = false
            }
            if lineHasWord {
                out += " "
                column += 1
            }
            out += word
            column += length
            lineHasWord = true
        }
        out += newline
    }
}
