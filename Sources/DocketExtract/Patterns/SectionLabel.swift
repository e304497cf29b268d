/// A section or item label at the start of a line, as the segmenter reads it.
public struct SectionLabel: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        /// `1.`, `1`, `1.1`, `2.3.4`, minute numbers `292.`
        case decimal
        /// `1)`, `(1)`
        case parenNumber
        /// `(a)`, `a)`, `a.`, `A.`, `A)` — and roman `(i)`, `ii)` read the same way; see `roman`.
        case letter
        /// An item or minute code that is not a decimal: `124/17` (item and year), `19/045`
        /// (year and item), `R2023-069` (a resolution number), `A-1` (an agenda section's
        /// item). One level each: codes are siblings of one another, never nested.
        case code
    }

    public var style: Style
    /// Numeric components: `[2, 1]` for "2.1", `[3]` for "3)", the letter's position for letters.
    public var components: [Int]
    /// As printed without trailing punctuation: "2.1", "292", "(a)", "A", "a", "1".
    public var printed: String
    /// The letters of a lettered label ("a", "B", "iv").
    public var letters: String
    /// `true` when the label had a trailing dot or bracket ("1." rather than "1").
    public var punctuated: Bool
    /// How the label is written, without its value: "(a)", "a)", "a.", "A.", "(1)", "1)", "1.".
    /// Items written the same way are siblings however deep they sit.
    public var format: String = ""

    /// The value if the letters are read as a roman numeral (i, ii, iv…), else `nil`.
    public var roman: Int? { RomanNumeral.value(letters.asciiLowercased()) }

    /// 1 for "2", 2 for "2.1"; lettered and bracketed labels have depth 1 in their own style.
    public var depth: Int { components.count }

    /// A top-level item number: a one-part decimal ("5", "292") or an item code ("124/17").
    public var isItemLevel: Bool { style == .decimal && depth == 1 || style == .code }
}
