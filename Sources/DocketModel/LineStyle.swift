/// How a line was set, as far as its reader could tell: the evidence of typography that plain
/// text loses (HTML `strong`/`b`; a PDF's bold fonts and font sizes, read from poppler).
///
/// Readers that know nothing of typography leave it `.plain`. The segmenter weighs it with the
/// line's shape and surroundings; it never decides a heading alone.
public struct LineStyle: Codable, Hashable, Sendable {
    /// Every letter and digit of the line is set in bold.
    public var bold: Bool
    /// How many non-space characters at the start of the line are set in bold: a run-in title
    /// ("Present: Mayor …" with "Present:" in bold). Equal to the line's count when `bold`.
    public var boldLead: Int
    /// The line's largest font size over the size of the paper's body text (1 = body text,
    /// 1.3 = a heading a third larger); `nil` when the reader does not know sizes.
    public var relativeSize: Double?

    public init(bold: Bool = false, boldLead: Int = 0, relativeSize: Double? = nil) {
        self.bold = bold
        self.boldLead = boldLead
        self.relativeSize = relativeSize
    }

    /// No typography known.
    public static let plain = LineStyle()

    /// Whether the line is set larger than the body text (by at least a tenth).
    public var isLarger: Bool { (relativeSize ?? 1) >= 1.1 }

    enum CodingKeys: String, CodingKey {
        case bold
        case boldLead = "bold_lead"
        case relativeSize = "relative_size"
    }
}
