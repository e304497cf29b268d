/// One step of a depth-first walk over a parsed HTML tree: libxml2's nodes turned into Swift
/// values at once, so that no C pointer leaves the parser's file.
enum HTMLEvent {
    /// An element opens. Only the attributes Docket reads are kept.
    case open(name: String, attributes: HTMLAttributes)
    /// Text content (entities already decoded by the parser).
    case text(String)
    /// The element opened by the matching `open` closes.
    case close(name: String)
}
