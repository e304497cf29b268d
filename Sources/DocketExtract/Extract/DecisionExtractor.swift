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
///   any section (`ResolutionPattern`); an open one ("RESOLVED that:", "It was APPROVED that;")
///   takes the next paragraph or the numbered items that follow it, as does a closing lead-in
///   naming a body ("That the Transport and Connectivity Policy Committee:").
/// - `decisions.body-resolution`: in minutes and agendas, a paragraph in which a body decides
///   ("The Committee noted the report.", "That the report be noted.", "The minutes of the
///   meeting held on … were agreed as a correct record.").
/// - `decisions.recommended`: a labelled recommended action ("Recommendation: Receive and
///   file.") and each item of a list it opens or leads into; outside minutes and papers with a
///   recommendations section, a paragraph that recommends ("Staff recommends that …").
/// - `decisions.marked`: a marker inside a paragraph ("… all agreed. DECISION: To bid …"); in
///   minutes, what the item agreed before it is decided too (`decisions.minute-sentence`).
/// - `decisions.minute-sentence`: in minutes with no markers, the clause of a sentence that
///   decides ("… - it was agreed that more quotes be sought.", "Resolved to pay.").
/// - `decisions.motion`, `decisions.proposal`: in minutes, carried motions and resolutions as
///   moved, and proposals recorded with their seconder (`MotionPattern`).
/// A decision that leads in to a list of payments ends at its colon; one broken over two
/// paragraphs is joined. A decision printed twice (a summary box and a recommendations
/// section) is kept once; in agendas and minutes, the same short decision under different
/// items is one of each. Emits no diagnostics.
public struct DecisionExtractor: PaperExtractor {
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

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper
        let candidates = Self.deduplicated(collect(paper, layout: segmented.layout),
                                           itemised: paper.docType == .agenda || paper.docType == .minutes)
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

    /// Walks the sections in reading order: recommendations sections give their items;
    /// resolutions and decision lead-ins in any section give their text or the items after them.
    private func collect(_ paper: Paper, layout: Layout) -> [Candidate] {
        let flat = paper.allSections
        var candidates: [Candidate] = []
        var consumed = Set<String>()
        let hasRecommendations = flat.contains { $0.kind == .recommendations && $0.heading != nil }
        // A resolution's operative words before its first numbered clause ("NOW, THEREFORE, BE
        // IT RESOLVED BY THE COUNCIL … THAT:") lead in to the clauses that follow.
        if let leadIn = Self.preambleResolution(paper, layout: layout) {
            let following = Self.followingItems(after: -1, in: flat, leadIn: leadIn)
            candidates += following.candidates
            consumed.formUnion(following.ids)
        }
        for (index, section) in flat.enumerated() where !consumed.contains(section.id) {
            if index & 63 == 0, Deadline.expired { break }
            if section.kind == .recommendations && section.heading != nil {
                let found = items(of: section, leadIn: Self.leadIn(section.text))
                candidates += found.candidates
                consumed.formUnion(found.ids)
                continue
            }
            let paragraphs = Self.paragraphs(section.text)
            var position = 0
            while position < paragraphs.count {
                let paragraph = paragraphs[position]
                position += 1
                if let recommendation = Self.labelledRecommendation(paragraph, docType: paper.docType, hasRecommendations: hasRecommendations) {
                    // "Recommendation: (a) Ordinance No. 30508 …" and the items "(b)", "(c)" after
                    // it, or "Recommendation: Adopt an ordinance that:" over its items: each item of
                    // the section's list is a recommended action.
                    let first = SectionLabelPattern.match(recommendation)
                    let opensList = first.map { !$0.rest.isEmpty && $0.label.components == [1] } ?? false
                    if opensList || recommendation.hasSuffix(":"), position == paragraphs.count {
                        let listed = Self.listedRecommendations(recommendation, label: opensList ? first : nil, in: section,
                                                                 after: index, flat: flat)
                        candidates += listed.candidates
                        consumed.formUnion(listed.ids)
                        continue
                    }
                    candidates.append(Candidate(number: section.number, text: recommendation, leadIn: nil, span: section.span,
                                                via: "decisions.recommended", confidence: 0.75, resolution: false))
                } else if let resolution = ResolutionPattern.text(of: paragraph) {
                    // A marker inside the paragraph ("… DECISION: 1) To bid …") decides what the
                    // item's discussion led to; only a marker opening it marks the minutes' style.
                    let via = ResolutionPattern.opensWithMarker(paragraph) ? "decisions.resolved" : "decisions.marked"
                    // What the item agreed before its marked decision ("It was agreed that …
                    // It was further agreed that … DECISION: …") is decided too.
                    if via == "decisions.marked", paper.docType == .minutes, let marker = paragraph.utf8Range(of: resolution) {
                        for sentence in ResolutionPattern.decidingSentences(in: String(paragraph[..<marker.lowerBound]))
                        where !MotionPattern.isProposalRecord(sentence) && MotionPattern.secondedProposals(in: sentence).isEmpty {
                            candidates.append(Candidate(number: nil, text: sentence, leadIn: nil, span: section.span,
                                                        via: "decisions.minute-sentence", confidence: 0.6, resolution: true))
                        }
                    }
                    if !ResolutionPattern.isOpen(resolution) {
                        for part in ResolutionPattern.inlineItems(of: resolution) {
                            candidates.append(Candidate(number: nil, text: part, leadIn: nil, span: section.span,
                                                        via: via, confidence: 0.8, resolution: true))
                        }
                    } else if position < paragraphs.count, !Self.isLeadIn(paragraphs[position]) {
                        // The rest of the section is what was resolved, one decision per paragraph or bullet.
                        for text in paragraphs[position...].flatMap(Self.bullets) {
                            candidates.append(Candidate(number: nil, text: text, leadIn: resolution, span: section.span,
                                                        via: "decisions.resolved", confidence: 0.75, resolution: true))
                        }
                        position = paragraphs.count
                    } else {
                        let following = Self.followingItems(after: index, in: flat, leadIn: resolution)
                        candidates += following.candidates
                        consumed.formUnion(following.ids)
                    }
                } else if position == paragraphs.count, Self.isLeadIn(paragraph), ResolutionPattern.namesABody(paragraph),
                          paper.docType != .report {
                    let following = Self.followingItems(after: index, in: flat, leadIn: paragraph)
                    candidates += following.candidates
                    consumed.formUnion(following.ids)
                } else if paper.docType == .minutes || paper.docType == .agenda, ResolutionPattern.isBodyResolution(paragraph) {
                    candidates.append(Candidate(number: nil, text: paragraph, leadIn: nil, span: section.span,
                                                via: "decisions.body-resolution", confidence: 0.7, resolution: true))
                } else if paper.docType == .minutes {
                    for sentence in ResolutionPattern.decidingSentences(in: paragraph) {
                        candidates.append(Candidate(number: nil, text: sentence, leadIn: nil, span: section.span,
                                                    via: "decisions.minute-sentence", confidence: 0.6, resolution: true))
                    }
                }
            }
        }
        if paper.docType == .minutes {
            var motions = Self.motions(in: flat)
            // Minutes that mark their resolutions ("RESOLVED that …") say every decision that
            // way: who proposed and seconded is then the debate, not the decision.
            if candidates.contains(where: { $0.via == "decisions.resolved" }) { motions.removeAll { $0.via == "decisions.proposal" } }
            // An item that marks its decision ("… seconded by …, all agreed. DECISION: …") says
            // what was decided there; the proposal before it is the debate.
            let markedSections = Set(candidates.filter { $0.via == "decisions.marked" }.map(\.span))
            motions.removeAll { $0.via == "decisions.proposal" && markedSections.contains($0.span) }
            // Minutes that record motions record every decision as one; a sentence that only
            // records agreement ("Prop CA, 2nd SS, all agreed.") is not a decision of its own.
            if motions.contains(where: { $0.via == "decisions.motion" }) { candidates.removeAll { $0.via == "decisions.minute-sentence" } }
            candidates.removeAll { $0.via == "decisions.minute-sentence" && MotionPattern.isProposalRecord($0.text) }
            candidates += motions
        }
        // Sentences that merely report agreement are read only from minutes without markers.
        if candidates.contains(where: { $0.via == "decisions.resolved" }) {
            candidates.removeAll { $0.via == "decisions.minute-sentence" }
        }
        return candidates.map { candidate in
            var candidate = candidate
            candidate.text = Self.withoutPaymentList(candidate.text)
            return candidate
        }.sorted { $0.span.start < $1.span.start }
    }

    /// "The Councillors resolved to pay : Metcalfes £ 205.88 Scalpings £ 250.00 …": a decision
    /// that leads in to a list of payments ends at its colon; the list is the minutes' table.
    static func withoutPaymentList(_ text: String) -> String {
        guard let colon = text.firstIndex(ofASCII: ":") else { return text }
        var end = text.index(after: colon)
        if end < text.endIndex, text[end] == "-" { end = text.index(after: end) }
        let leadIn = " " + text[..<colon].asciiLowercased() + " "
        guard [" pay ", " payment", " paid ", " accounts ", " cheques ", " invoices ", " bills "].contains(where: { leadIn.utf8Contains($0) })
        else { return text }
        let list = String(text[end...])
        guard MoneyPattern.all(in: list).count >= 2, !LineClassifier.isSentence(list), !LineClassifier.isProse(list) else { return text }
        return String(text[..<end]).trimmingSpaces()
    }

    /// The motions minutes record (`MotionPattern`), carried ones only: made and seconded with
    /// their action ("A motion was made by … to approve …", the outcome in that paragraph or
    /// the two after it), resolutions as moved ("L. Moore, T. Marchant: That … Carried."; the
    /// number is the item code or number they are printed under), proposals recorded with
    /// their seconder, and what a "Proposed. … Seconded …" record follows.
    static func motions(in flat: [Section]) -> [Candidate] {
        // Each paragraph with its section and whether it opens the section's text.
        var paragraphs: [(text: String, section: Section, opens: Bool)] = []
        for section in flat {
            for (position, paragraph) in Self.paragraphs(section.text).enumerated() { paragraphs.append((paragraph, section, position == 0)) }
        }
        var found: [Candidate] = []
        func outcome(from index: Int) -> MotionPattern.Outcome {
            for offset in 0..<3 where index + offset < paragraphs.count {
                let result = MotionPattern.outcome(in: paragraphs[index + offset].text)
                if result != .none { return result }
                if offset > 0, MotionPattern.madeMotion(paragraphs[index + offset].text) != nil { break }
            }
            return .none
        }
        for (index, entry) in paragraphs.enumerated() {
            if index & 63 == 0, Deadline.expired { break }
            let (paragraph, section, opens) = entry
            // A resolution printed first under an item code or number takes it ("R2023-069").
            let number = opens ? section.number : nil
            if var action = MotionPattern.madeMotion(paragraph) {
                guard outcome(from: index) == .carried else { continue }
                // "… to adopt the following resolution:" and the resolution's title after it.
                var next = index + 1
                while action.hasSuffix(":"), next < paragraphs.count, next - index <= 4,
                      MotionPattern.outcome(in: paragraphs[next].text) == .none, MotionPattern.madeMotion(paragraphs[next].text) == nil {
                    action += " " + paragraphs[next].text
                    next += 1
                }
                found.append(Candidate(number: nil, text: action, leadIn: nil, span: section.span, via: "decisions.motion",
                                       confidence: 0.8, resolution: true))
            } else if var text = MotionPattern.resolutionText(paragraph) {
                let carriedHere = MotionPattern.outcome(in: paragraph) == .carried
                // The outcome may close the next paragraph: the rest of the motion ("… subject
                // matter: b) personal matters … Carried.").
                let nextCarries = !carriedHere && index + 1 < paragraphs.count && MotionPattern.outcome(in: paragraphs[index + 1].text) == .carried
                    && MotionPattern.resolutionText(paragraphs[index + 1].text) == nil && MotionPattern.madeMotion(paragraphs[index + 1].text) == nil
                guard carriedHere || nextCarries else { continue }
                if nextCarries, paragraphs[index + 1].text.wordCount > 3 {
                    let rest = ResolutionPattern.sentences(of: paragraphs[index + 1].text).prefix { sentence in
                        let words = sentence.asciiLowercased().trimming { !$0.isLetterQuick }
                        return !MotionPattern.isClerkRecord(words) && !MotionPattern.carriedWords.contains(words)
                    }
                    if !rest.isEmpty { text += " " + rest.joined(separator: " ") }
                }
                found.append(Candidate(number: number, text: text, leadIn: nil, span: section.span,
                                       via: "decisions.motion", confidence: 0.85, resolution: true))
            } else if MotionPattern.mayRecordProposal(paragraph) {
                let sentences = ResolutionPattern.sentences(of: paragraph)
                for proposal in MotionPattern.secondedProposals(in: paragraph) where MotionPattern.outcome(in: proposal) != .notCarried {
                    found.append(Candidate(number: nil, text: proposal, leadIn: nil, span: section.span, via: "decisions.proposal",
                                           confidence: 0.7, resolution: true))
                }
                // "… were approved. Proposed. Cllr X, Seconded Cllr Y, all agreed.": the sentence before.
                for (position, sentence) in sentences.enumerated() where MotionPattern.isProposalRecord(sentence) {
                    if position > 0, !MotionPattern.isProposalRecord(sentences[position - 1]) {
                        found.append(Candidate(number: nil, text: sentences[position - 1], leadIn: nil, span: section.span,
                                               via: "decisions.proposal", confidence: 0.65, resolution: true))
                    } else if position == 0, index > 0, paragraphs[index - 1].section.id == section.id,
                              !MotionPattern.isProposalRecord(paragraphs[index - 1].text) {
                        found.append(Candidate(number: nil, text: paragraphs[index - 1].text, leadIn: nil, span: section.span,
                                               via: "decisions.proposal", confidence: 0.6, resolution: true))
                    }
                }
            }
        }
        return found
    }

    /// An open resolution printed before the paper's first section (a draft resolution's "NOW,
    /// THEREFORE, BE IT RESOLVED … THAT:" above "SECTION 1."), read from the layout.
    static func preambleResolution(_ paper: Paper, layout: Layout) -> String? {
        guard let first = paper.sections.first, first.number != nil, first.heading == nil else { return nil }
        var paragraph: [String] = []
        var found: String?
        for block in layout.blocks where block.kind != .table {
            for line in block.lines where line.span.start < first.span.start {
                paragraph.append(line.text)
            }
            if let text = ResolutionPattern.text(of: TextJoiner.join(paragraph)), ResolutionPattern.isOpen(text) { found = text }
            paragraph = []
            if block.span.start >= first.span.start { break }
        }
        return found
    }

    /// The recommended actions of a labelled recommendation that opens a list ("Recommendation:
    /// (a) Adopt …" over "(b) Approve …") or leads into one ("Recommendation: Adopt an ordinance
    /// that:" over "(1) …", "(2) …"): its own first item, and each item of the list printed
    /// under `section` (at `index` in `flat`), in order. An item that itself leads into a list
    /// of its own ("(a) Adopt an urgency ordinance that:" over "(1) Continues …") gives those
    /// items, with it as their lead-in.
    static func listedRecommendations(_ recommendation: String, label first: SectionLabelPattern.Match?, in section: Section,
                                      after index: Int, flat: [Section]) -> (candidates: [Candidate], ids: [String]) {
        var candidates: [Candidate] = []
        var leadIn: String? = first == nil ? recommendation : nil
        var leadInFormat: String?
        if let first {
            let text = String(first.rest)
            if text.hasSuffix(":") { leadIn = text; leadInFormat = first.label.format } else {
                candidates.append(Candidate(number: first.label.printed, text: text, leadIn: nil, span: section.span,
                                            via: "decisions.recommended", confidence: 0.75, resolution: false))
            }
        }
        let end = min(flat.count, index + section.flattened.count)
        var ids: [String] = []
        for position in (index + 1)..<max(index + 1, end) {
            let item = flat[position]
            ids.append(item.id)
            guard let number = item.number, let label = SectionLabelPattern.match(number + " Item")?.label else { continue }
            let text = TextJoiner.join([item.heading ?? "", paragraphs(item.text).first ?? ""].filter { !$0.isEmpty })
            guard !text.isEmpty else { continue }
            let nextFormat = position + 1 < end ? flat[position + 1].number.flatMap { SectionLabelPattern.match($0 + " Item")?.label.format } : nil
            if text.hasSuffix(":"), let nextFormat, nextFormat != label.format {
                leadIn = text
                leadInFormat = label.format
                continue
            }
            // Back at the level of the item that led in: its list is over.
            if let format = leadInFormat, format == label.format { leadIn = first == nil ? recommendation : nil; leadInFormat = nil }
            candidates.append(Candidate(number: number, text: text, leadIn: leadIn, span: item.span,
                                        via: "decisions.recommended", confidence: 0.7, resolution: false))
        }
        return (candidates, ids)
    }

    /// The numbered items that follow section `index` in reading order, up to the next heading.
    static func followingItems(after index: Int, in flat: [Section], leadIn: String) -> (candidates: [Candidate], ids: [String]) {
        var candidates: [Candidate] = []
        var ids: [String] = []
        var next = index + 1
        while next < flat.count, flat[next].heading == nil, flat[next].number != nil {
            let item = flat[next]
            ids.append(item.id)
            next += 1
            guard let first = paragraphs(item.text).first, !(first.hasSuffix(":") && !item.children.isEmpty) else { continue }
            candidates.append(Candidate(number: item.number, text: first, leadIn: leadIn, span: item.span,
                                        via: "decisions.resolved", confidence: 0.8, resolution: true))
        }
        return (candidates, ids)
    }

    /// The decisions of a recommendations section: one per item, one per paragraph without
    /// items; with the ids of the sections used (a heading nested deeper is left for its own turn).
    private func items(of section: Section, leadIn: String?) -> (candidates: [Candidate], ids: [String]) {
        let children = section.children.filter { !$0.text.isEmpty || !$0.children.isEmpty }
        if children.isEmpty {
            let text = Self.strippingLeadIn(section.text)
            // Titles listed after the recommendation (attachments, exhibits) are not decisions.
            let candidates = Self.paragraphs(text).filter { !Self.isListedTitle($0) }.map {
                Candidate(number: nil, text: $0, leadIn: leadIn, span: section.span, via: "decisions.section-text",
                          confidence: 0.7, resolution: false)
            }
            return (candidates, [section.id])
        }
        var result: [Candidate] = []
        var ids = [section.id]
        for child in children {
            if !child.children.isEmpty && (child.heading != nil || child.text.hasSuffix(":") || child.text.isEmpty) {
                let nested = items(of: child, leadIn: child.text.isEmpty ? leadIn : child.text)
                result += nested.candidates
                ids += nested.ids
                continue
            }
            ids.append(child.id)
            guard var first = Self.paragraphs(child.text).first else { continue }
            if let heading = child.heading, Self.opensDecision(heading) {
                // The text finishes the decision's sentence, or is something else (a list of
                // the item's attachments) and the heading is the decision.
                first = first.lastCharacter(isOneOf: ".;:") == true ? heading + " " + first : heading
            }
            result.append(Candidate(number: child.number, text: first, leadIn: leadIn, span: child.span,
                                    via: "decisions.section-items", confidence: 0.85, resolution: false))
        }
        return (result, ids)
    }

    /// Paragraphs with a sentence broken between two of them put back together: one that opens
    /// in lower case after one that ends without a stop ("That the Committee approved the revised
    /// Framework" / "as set out in Appendix 1.") continues it.
    static func joiningBrokenSentences(_ paragraphs: [String]) -> [String] {
        var joined: [String] = []
        for paragraph in paragraphs {
            if let previous = joined.last, let last = previous.last, !".:;!?".contains(last), paragraph.first?.isLowercaseQuick == true {
                joined[joined.count - 1] = previous + " " + paragraph
            } else {
                joined.append(paragraph)
            }
        }
        return joined
    }

    /// Whether an item's would-be heading is the first line of its decision, cut where the line
    /// broke ("(1) Approved the change requests for schemes within the current Investment" /
    /// "Fund programme as set out in Appendix 1;"): it opens with a deciding verb or a body
    /// deciding ("That the Committee approved the revised …"), runs to six words or more and
    /// ends without a stop.
    static func opensDecision(_ heading: String) -> Bool {
        guard heading.wordCount >= 6, let last = heading.last, !".:;,!?".contains(last),
              let verb = Words(heading).first else { return false }
        return DecisionVerbPattern.table[verb.asciiLowercased()] != nil || ResolutionPattern.isBodyResolution(heading)
    }

    /// Labels of a recommended action printed under an agenda item or in a report's text.
    static let recommendationLabels = ["staff recommendation:", "department recommendation:", "recommended action:", "recommendation:",
                                       "recommendation(s):", "recommendations:", "recommended actions:", "recommended action(s):",
                                       "recommended motion:", "staff recommendation -", "recommendation -"]
    /// Openings of a recommendation printed as a sentence.
    static let recommendationOpenings = ["it is recommended that", "staff recommends that", "staff recommend that", "recommend that",
                                         "it is staff recommendation that", "it is staff's recommendation that"]

    /// A recommended action printed under an item: "Staff Recommendation: It is recommended that
    /// the Planning Commission …" (its text after the label), or, in an agenda or a paper
    /// without a recommendations section, "It is recommended that …" / "Staff recommends that …".
    static func labelledRecommendation(_ paragraph: String, docType: DocType, hasRecommendations: Bool) -> String? {
        guard paragraph.utf8.count <= 4000, let first = paragraph.first, first.isLetterQuick else { return nil }
        let lower = paragraph.prefix(40).asciiLowercased()
        if let label = recommendationLabels.first(where: { lower.hasPrefix($0) }) {
            let text = withoutListedAttachment(paragraph.dropFirst(label.count).trimmingSpaces())
            return text.wordCount >= 3 ? text : nil
        }
        guard !hasRecommendations, docType != .minutes, recommendationOpenings.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return withoutListedAttachment(paragraph)
    }

    /// Papers attached to an item, printed on the line after its recommendation and so joined
    /// to it: "Exhibit A - Draft Minutes", "Attachment 1 – Site Plan".
    static let attachmentWords = ["exhibit ", "attachment ", "appendix ", "enclosure "]

    /// The recommendation without an attachment's title run on after its last sentence.
    static func withoutListedAttachment(_ text: String) -> String {
        guard let stop = text.utf8Range(of: ". ", backwards: true) else { return text }
        let tail = text[stop.upperBound...]
        guard attachmentWords.contains(where: { tail.asciiLowercased().hasPrefix($0) }), isListedTitle(String(tail)) else { return text }
        return String(text[..<stop.upperBound]).trimmingSpaces()
    }

    /// A short line that names rather than decides ("Exhibit B - Color Elevations",
    /// "Attachment 1 – Draft Ordinance"): under twelve words, no closing punctuation, and no
    /// decision verb at its start.
    static func isListedTitle(_ paragraph: String) -> Bool {
        guard paragraph.wordCount < 12, let last = paragraph.last, !".;:".contains(last) else { return false }
        let first = Words(paragraph).first.map { $0.asciiLowercased() } ?? ""
        return DecisionVerbPattern.table[first] == nil
    }

    // MARK: Text helpers

    /// A paragraph split at bullets ("• Agrees …; and • Delegates …"), bullets removed.
    static func bullets(_ paragraph: String) -> [String] {
        paragraph.split(separator: "•").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A section's text as paragraphs: its lines with spaces and tabs trimmed, empty ones left
    /// out. Read over the bytes (the generic `split` of the UTF-8 view had been 3 % of a run).
    static func paragraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var paragraphs: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var first = start
                var last = end
                while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
                if first < last { paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)) }
                start = end + 1
            }
            return paragraphs
        }
    }

    /// A lead-in such as "Cabinet is asked to:" or "That the Committee:" at the start of a section.
    static func leadIn(_ text: String) -> String? {
        guard let first = joiningBrokenSentences(paragraphs(text)).first else { return nil }
        return isLeadIn(first) ? first : nil
    }

    static func isLeadIn(_ paragraph: String) -> Bool {
        if paragraph.hasSuffix(":") { return true }
        guard paragraph.wordCount <= 10 else { return false }
        let lower = paragraph.asciiLowercased()
        return lower.hasPrefix("that the") || lower.hasPrefix("the ") && !lower.utf8Contains(" to ")
    }

    /// The section text without a leading lead-in paragraph.
    static func strippingLeadIn(_ text: String) -> String {
        let parts = joiningBrokenSentences(paragraphs(text))
        if let first = parts.first, isLeadIn(first), parts.count > 1 { return parts.dropFirst().joined(separator: "\n") }
        return parts.joined(separator: "\n")
    }

    /// "Cabinet is asked to…", "That the Committee:", "The West of England Combined Authority Committee:".
    static func decisionMaker(leadIn: String?, text: String) -> String? {
        for source in [leadIn, text].compactMap({ $0 }) {
            // "As Cabinet Member for Adult Social Care, I agree to:"
            if source.hasPrefix("As "), let comma = source.utf8Range(of: ", I ") {
                return String(source[source.index(source.startIndex, offsetBy: 3)..<comma.lowerBound])
            }
            if let range = source.utf8Range(of: " is asked to") ?? source.utf8Range(of: " is recommended to") {
                let maker = source[..<range.lowerBound].trimmingSpaces()
                if maker.wordCount <= 8 { return maker }
            }
            var lead = source
            for prefix in ["That the ", "That ", "The "] where lead.hasPrefix(prefix) { lead = String(lead.dropFirst(prefix.count)); break }
            if source.hasSuffix(":"), lead.wordCount <= 10, lead.first?.isUppercaseQuick == true {
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
            // A sign-off under the reasons ("Signed: … Date: …") is not a reason.
            return (own + children).filter { !$0.hasPrefix("Signed") && !$0.hasPrefix("Date:") }
        }
    }

    /// Keeps the first of decisions whose texts are the same once case, spaces and punctuation
    /// are ignored (or one is the other with a lead-in or a tail).
    /// In agendas and minutes (`itemised`), a short decision ("Receive and file.", "Noted the
    /// report.") repeated under different items is a decision of each; it is one only when
    /// printed twice in the same section. A report's recommendation printed in its summary and
    /// again in its recommendations is one. Linear: exact repeats are found in a set, and a
    /// repeat with a lead-in or a tail among the last few decisions kept.
    static func deduplicated(_ candidates: [Candidate], itemised: Bool = false) -> [Candidate] {
        var kept: [Candidate] = []
        var seen = Set<String>()
        var recent: [(text: String, count: Int)] = []
        for candidate in candidates {
            let text = comparable(candidate.text)
            guard !text.isEmpty else { continue }
            let count = text.count
            let key = count >= 60 || !itemised ? text : text + "|\(candidate.span.start)"
            if seen.contains(key) { continue }
            if count > 40, recent.contains(where: { $0.count > 40 && ($0.text.hasPrefix(text) || text.hasPrefix($0.text)) }) { continue }
            seen.insert(key)
            recent.append((text, count))
            if recent.count > 32 { recent.removeFirst() }
            kept.append(candidate)
        }
        return kept
    }

    /// The text lowered, with only its letters and digits: what two candidates are compared by.
    /// Text of ASCII and `StandaloneMark`s is done over its bytes, with the same result as
    /// `lowercased()` and the filter (the marks are dropped).
    static func comparable(_ text: String) -> String {
        var text = text
        let quick: String? = text.withUTF8 { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte &- 0x30 < 10 {
                        kept.append(byte)
                    } else if (byte | 0x20) &- 0x61 < 26 {
                        kept.append(byte | 0x20)
                    }
                    index += 1
                } else if let length = StandaloneMark.length(in: bytes, at: index) {
                    index += length
                } else {
                    return nil
                }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        return quick ?? text.lowercased().filter { $0.isLetterQuick || $0.isNumberQuick }
    }
}
