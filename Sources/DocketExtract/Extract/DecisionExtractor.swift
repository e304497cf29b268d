import DocketModel
import Foundation

/// Finds recommendations, resolutions and decisions.
///
/// Requires: a segmented paper (sections with kinds; section text keeps paragraphs apart).
/// Produces: `decisions`, each with its label, kind, text, action (`DecisionVerbPattern`),
/// decision maker, referral, delegation and linked reasons. Rules (`via`):
/// - `decisions.section-items`: the items of a "Recommendation(s)" / "Decision" section, one
///   decision per item; an item that only leads in ("2. Residents Parking", "Contractual:")
///   gives its own items; a lead-in shared by several items is left out.
/// - `decisions.section-text`: such a section without items: its text is one decision.
/// - `decisions.resolved`: "RESOLVED that…", "Resolved:", "It was AGREED that…" paragraphs in
///   any section; a resolution that ends in a colon takes the section's items.
/// A decision printed twice (a summary box and a recommendations section) is kept once.
/// Emits no diagnostics.
public struct DecisionExtractor: PaperExtractor {
    public static let stageName = "extract.decisions@1"

    public init() {}

    struct Candidate {
        var number: String?
        var text: String
        var leadIn: String?
        var span: Span
        var via: String
        var confidence: Double
        var resolution: Bool
    }

    public func extract(from paper: Paper) -> Contribution {
        var candidates: [Candidate] = []
        for section in paper.sections { collect(section, into: &candidates) }
        candidates = Self.deduplicated(candidates)
        let reasons = Self.reasons(in: paper)
        var contribution = Contribution()
        for (index, candidate) in candidates.enumerated() {
            let kind: DecisionKind = candidate.resolution || paper.docType == .minutes ? .resolution
                : paper.docType == .decisionRecord ? .decision : .recommendation
            let linked = reasons.count == candidates.count ? [reasons[index]] : reasons
            let delegation = DelegationPattern.match(candidate.text)
            contribution.decisions.append(Decision(
                id: "d\(index + 1)", number: candidate.number, kind: kind, text: candidate.text,
                decisionMaker: Self.decisionMaker(leadIn: candidate.leadIn, text: candidate.text) ?? paper.meeting.body,
                action: DecisionVerbPattern.action(of: candidate.text), referral: DelegationPattern.referral(candidate.text),
                delegatedTo: delegation?.to, inConsultationWith: delegation?.consulting, reasons: linked,
                span: candidate.span, confidence: candidate.confidence, via: candidate.via))
        }
        return contribution
    }

    // MARK: Collecting

    private func collect(_ section: Section, into candidates: inout [Candidate]) {
        if section.kind == .recommendations && section.heading != nil {
            candidates += items(of: section, leadIn: Self.leadIn(section.text))
            return
        }
        let resolutions = Self.resolutions(in: section)
        candidates += resolutions
        let takesChildren = resolutions.last.map { $0.text.hasSuffix(":") || Self.isBareResolution($0.text) } ?? false
        if takesChildren {
            candidates.removeLast()
            candidates += items(of: section, leadIn: resolutions.last?.text, resolution: true)
            return
        }
        for child in section.children { collect(child, into: &candidates) }
    }

    /// The decisions of a recommendations section, or of a resolution's items.
    private func items(of section: Section, leadIn: String?, resolution: Bool = false) -> [Candidate] {
        let via = resolution ? "decisions.resolved" : "decisions.section-items"
        let children = section.children.filter { !$0.text.isEmpty || !$0.children.isEmpty }
        if children.isEmpty {
            let text = Self.strippingLeadIn(section.text)
            guard !text.isEmpty, !resolution else { return [] }
            return Self.paragraphs(text).map {
                Candidate(number: nil, text: $0, leadIn: leadIn, span: section.span, via: "decisions.section-text",
                          confidence: 0.7, resolution: false)
            }
        }
        var result: [Candidate] = []
        for child in children {
            if !child.children.isEmpty && (child.heading != nil || child.text.hasSuffix(":") || child.text.isEmpty) {
                result += items(of: child, leadIn: child.text.isEmpty ? leadIn : child.text, resolution: resolution)
                continue
            }
            guard let first = Self.paragraphs(child.text).first else { continue }
            result.append(Candidate(number: child.number, text: first, leadIn: leadIn, span: child.span, via: via,
                                    confidence: 0.85, resolution: resolution))
        }
        return result
    }

    /// "RESOLVED that…" paragraphs of a section's own text.
    static func resolutions(in section: Section) -> [Candidate] {
        paragraphs(section.text).compactMap { paragraph -> Candidate? in
            guard let range = resolutionStart(paragraph) else { return nil }
            var text = String(paragraph[range.lowerBound...])
            if text.lowercased().hasPrefix("resolved:") || text.lowercased().hasPrefix("resolved -") {
                text = String(text.dropFirst(9)).trimmingSpaces()
            }
            return Candidate(number: nil, text: text, leadIn: nil, span: section.span, via: "decisions.resolved",
                             confidence: 0.8, resolution: true)
        }
    }

    private static func resolutionStart(_ paragraph: String) -> Range<String.Index>? {
        for marker in ["RESOLVED", "Resolved:", "Resolved -", "Resolved that", "It was AGREED", "AGREED that", "it was RESOLVED"] {
            if let range = paragraph.range(of: marker), range.lowerBound == paragraph.startIndex || marker.hasPrefix("It") || marker.hasPrefix("it") {
                return range
            }
        }
        return nil
    }

    /// "RESOLVED that Council" or "Resolved:" with nothing after: the items follow.
    static func isBareResolution(_ text: String) -> Bool {
        text.split(separator: " ").count <= 4 && !text.hasSuffix(".")
    }

    // MARK: Text helpers

    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A lead-in such as "Cabinet is asked to:" or "That the Committee:" at the start of a section.
    static func leadIn(_ text: String) -> String? {
        guard let first = paragraphs(text).first else { return nil }
        return isLeadIn(first) ? first : nil
    }

    static func isLeadIn(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        if paragraph.hasSuffix(":") { return true }
        return paragraph.split(separator: " ").count <= 10 && (lower.hasPrefix("that the") || lower.hasPrefix("the ") && !lower.contains(" to "))
    }

    /// The section text without a leading lead-in paragraph.
    static func strippingLeadIn(_ text: String) -> String {
        let parts = paragraphs(text)
        if let first = parts.first, isLeadIn(first), parts.count > 1 { return parts.dropFirst().joined(separator: "\n") }
        return parts.joined(separator: "\n")
    }

    /// "Cabinet is asked to…", "That the Committee:", "The West of England Combined Authority Committee:".
    static func decisionMaker(leadIn: String?, text: String) -> String? {
        for source in [leadIn, text].compactMap({ $0 }) {
            if let range = source.range(of: " is asked to") ?? source.range(of: " is recommended to") {
                let maker = source[..<range.lowerBound].trimmingSpaces()
                if maker.split(separator: " ").count <= 8 { return maker }
            }
            var lead = source
            for prefix in ["That the ", "That ", "The "] where lead.hasPrefix(prefix) { lead = String(lead.dropFirst(prefix.count)); break }
            if source.hasSuffix(":"), lead.split(separator: " ").count <= 10, lead.first?.isUppercase == true {
                return String(lead.dropLast()).trimmingSpaces()
            }
        }
        return nil
    }

    /// Reasons from "Suggested reasons for decision(s)" / "Reasons for recommendation" sections.
    static func reasons(in paper: Paper) -> [String] {
        paper.allSections.filter { $0.kind == .reasonsForDecision && $0.heading != nil }.flatMap { section -> [String] in
            let own = paragraphs(section.text)
            let children = section.children.flatMap { paragraphs($0.text) }
            return own + children
        }
    }

    /// Keeps the first of decisions whose texts are the same once case, spaces and punctuation
    /// are ignored (or one is the other with a lead-in or a tail).
    static func deduplicated(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        var keys: [String] = []
        for candidate in candidates {
            let key = candidate.text.lowercased().filter { $0.isLetter || $0.isNumber }
            guard !key.isEmpty else { continue }
            if keys.contains(where: { $0 == key || ($0.count > 40 && key.count > 40 && ($0.hasPrefix(key) || key.hasPrefix($0))) }) { continue }
            keys.append(key)
            kept.append(candidate)
        }
        return kept
    }
}
