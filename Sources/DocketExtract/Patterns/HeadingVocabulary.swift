import DocketModel

/// The unnumbered headings councils print ("Summary", "Lead officer contact", "Background
/// papers", …) and the section kind each heading names. Matching ignores case, a trailing
/// colon, "(s)" and surrounding punctuation.
public enum HeadingVocabulary {
    /// Exact headings (normalized) and their kinds.
    static let exact: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        func add(_ kind: SectionKind, _ names: [String]) { for name in names { table[name] = kind } }
        add(.summary, ["summary", "executive summary", "report summary", "summary of report"])
        add(.purpose, ["purpose", "purpose of report", "purpose of the report", "purpose of this report", "report purpose"])
        add(.budgetPolicyFramework, ["budget and policy framework", "policy framework"])
        add(.background, ["background", "background information", "introduction", "context"])
        add(.options, ["options", "options considered", "alternative options", "alternative options considered",
                       "options appraisal", "other options considered", "alternatives considered",
                       "options to consider", "any alternatives considered and rejected"])
        add(.adviceAnalysis, ["advice and analysis", "analysis", "advice", "evidence base", "discussion", "main points"])
        add(.riskManagement, ["risk management", "risks", "risk", "key risks", "risk assessment", "risk implications",
                              "risk management implications"])
        add(.consultation, ["consultation", "consultation details", "consultation and engagement", "consultations",
                            "consultation and communication"])
        add(.climateChangeImplications, ["climate change implications", "climate change", "environmental implications",
                                         "climate implications", "environmental impact", "climate change and environmental implications"])
        add(.equalityImplications, ["equality implications", "equalities implications", "diversity and equality",
                                    "equality impact assessment", "public sector equality duty", "equalities", "equality"])
        add(.financialImplications, ["financial implications", "finance", "finance advice", "financial",
                                     "financial and legal implications", "resource implications", "finance implications"])
        add(.legalImplications, ["legal implications", "legal", "legal advice", "legal comments"])
        add(.recommendations, ["recommendation", "recommendations", "officer recommendations", "recommendation to cabinet",
                               "recommended action", "recommended actions", "staff recommendation", "staff recommendations",
                               "department recommendation", "recommended motion", "requested action", "action requested",
                               "recommended council action", "suggested action",
                               "decision required", "decisions required", "decision", "decision taken", "decisions",
                               "the decision", "proposed decision"])
        add(.reasonsForDecision, ["suggested reasons for decision", "reasons for decision", "reason for decision",
                                  "reasons for recommendation", "reason for recommendation", "reasons for the decision",
                                  "reasons for the recommendation", "reason for the decision"])
        add(.contact, ["lead officer contact", "contact officer", "contact details", "contact", "contacts",
                       "report author", "contact officers", "lead officer", "report authors", "officer contact",
                       "lead director", "lead directors", "relevant director", "relevant directors", "corporate directors"])
        add(.appendices, ["appendices", "appendix", "list of appendices", "appendices to this report", "attached documents",
                          "documents attached", "list of attached documents", "attachments", "attachment", "links/attachments",
                          "list of attachments", "exhibits", "enclosures"])
        add(.backgroundPapers, ["background papers", "background documents", "background reading",
                                "list of background papers", "background papers and published works",
                                "background documents and published works"])
        return table
    }()

    /// Lower case, "(s)" removed, ’ as ', spaces collapsed, trailing colons, dots, dashes and
    /// spaces removed — one pass over the UTF-8 bytes.
    public static func normalize(_ heading: String) -> String {
        normalized(heading, within: nil)!
    }

    /// The longest exact heading, in bytes.
    static let longestExact = exact.keys.map(\.utf8.count).max() ?? 0

    /// `normalize`, or nil as soon as the result is sure to be longer than `limit` bytes: a byte
    /// other than a space, colon, dot or dash written past the limit stays in the result, since
    /// only those are removed from its end.
    private static func normalized(_ heading: String, within limit: Int?) -> String? {
        var heading = heading
        return heading.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, (limit ?? bytes.count) + 8))
            var previousSpace = true
            var index = 0
            while index < bytes.count {
                var byte = bytes[index]
                if byte &- 0x41 < 26 { byte |= 0x20 }
                // "(s)" is dropped: "Recommendation(s)" reads as "Recommendation".
                if byte == 0x28, index + 2 < bytes.count, bytes[index + 1] | 0x20 == 0x73, bytes[index + 2] == 0x29 {
                    index += 3
                    continue
                }
                if byte == 0x20 || byte == 0x09 {
                    if !previousSpace { out.append(0x20) }
                    previousSpace = true
                    index += 1
                    continue
                }
                previousSpace = false
                if let limit, out.count >= limit, byte != 0x3A, byte != 0x2E, byte != 0x2D, byte != 0xE2, byte &- 0x80 >= 0x40 {
                    return nil
                }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {  // ’
                    if let limit, out.count >= limit { return nil }
                    out.append(0x27)
                    index += 3
                    continue
                }
                out.append(byte)
                index += 1
            }
            // Trailing ":", ".", "-", "–", "—" and spaces.
            while let last = out.last {
                if last == 0x3A || last == 0x2E || last == 0x2D || last == 0x20 {
                    out.removeLast()
                } else if out.count >= 3, out[out.count - 3] == 0xE2, out[out.count - 2] == 0x80,
                          out[out.count - 1] == 0x93 || out[out.count - 1] == 0x94 {
                    out.removeLast(3)
                } else {
                    break
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The kind of an unnumbered heading printed exactly so, or `nil` when it is not a known heading.
    public static func exactKind(_ heading: String) -> SectionKind? {
        normalized(heading, within: longestExact).flatMap { exact[$0] }
    }

    /// The kind of any heading, numbered or not: exact names first, then keywords
    /// ("Financial and Legal Implications" → financial_implications).
    public static func kind(of heading: String) -> SectionKind {
        let text = normalize(heading)
        if let kind = exact[text] { return kind }
        let rules: [(String, SectionKind)] = [
            ("background paper", .backgroundPapers), ("background document", .backgroundPapers),
            ("reason", .reasonsForDecision), ("recommendation", .recommendations),
            ("financ", .financialImplications), ("legal", .legalImplications), ("risk", .riskManagement),
            ("equalit", .equalityImplications), ("climate", .climateChangeImplications),
            ("environment", .climateChangeImplications), ("consultation", .consultation),
            ("option", .options), ("appendi", .appendices), ("contact", .contact), ("author", .contact), ("summary", .summary),
            ("purpose", .purpose), ("background", .background), ("policy framework", .budgetPolicyFramework),
        ]
        for (keyword, kind) in rules where text.utf8Contains(keyword) {
            if kind == .reasonsForDecision && !text.utf8Contains("decision") && !text.utf8Contains("recommend") { continue }
            // "If the recommendations are adopted, how will residents benefit?" asks about them.
            if kind == .recommendations && (text.containsASCII("?") || text.wordCount > 8) { continue }
            // "Cabinet Committee recommendations and other consultation": what consultees
            // proposed, reported to the decision maker, not the paper's own recommendations.
            if kind == .recommendations && text.utf8Contains("consultation") { continue }
            return kind
        }
        return .other
    }
}
