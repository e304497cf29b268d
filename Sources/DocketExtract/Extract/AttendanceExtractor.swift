import DocketModel
import Foundation

/// Finds who attended a meeting, in minutes and decision notices: the "PRESENT", "IN
/// ATTENDANCE", "Members Present", "Councillors", "Apologies" lists of the front matter or of
/// sections so headed, and the apologies reported in an "Apologies" minute ("Apologies were
/// received from Mrs C Bell.").
///
/// Requires: a segmented paper of type minutes or decision record. Produces: `people` with role
/// chair (a "(Chairman)"/"(Chair)" entry), vice_chair, present, in_attendance or apologies, the
/// name without honorific, and the bracketed title (`AttendanceListPattern`). Rules (`via`):
/// `attendance.field`, `attendance.section`, `attendance.apologies-minute`. Emits no diagnostics.
public struct AttendanceExtractor: PaperExtractor {
    public static let stageName = "extract.attendance@1"

    static let roles: [String: PersonRole] = [
        "present": .present, "members present": .present, "committee members present": .present,
        "councillors present": .present, "councillors": .present, "members": .present, "attendees": .present,
        "in attendance": .inAttendance, "also present": .inAttendance, "in attendance virtually": .inAttendance,
        "officers present": .inAttendance, "officers in attendance": .inAttendance, "officers": .inAttendance,
        "apologies": .apologies, "apologies for absence": .apologies, "apologies received": .apologies,
    ]

    public init() {}

    public func extract(from paper: Paper) -> Contribution {
        var contribution = Contribution()
        guard paper.docType == .minutes || paper.docType == .decisionRecord else { return contribution }
        var seen = Set<String>()
        func add(_ entries: [AttendanceListPattern.Entry], role: PersonRole, span: Span, via: String) {
            for entry in entries {
                var entryRole = role
                let title = entry.title?.asciiLowercased() ?? ""
                if role == .present, title == "chairman" || title == "chair" || title == "chairwoman" { entryRole = .chair }
                guard seen.insert("\(entryRole.rawValue)|\(entry.name)|\(entry.honorific ?? "")").inserted else { continue }
                contribution.people.append(Person(role: entryRole, name: entry.name, honorific: entry.honorific,
                                                  title: entry.title, span: span, confidence: 0.85, via: via))
            }
        }
        let firstSpan = paper.allSections.first?.span ?? Span(page: 1, line: 1, start: 0, end: 0)
        // Fields in the order a reader expects: those present, then officers, then apologies.
        let order: [PersonRole] = [.present, .inAttendance, .apologies]
        let fields = paper.fields.compactMap { label, value in Self.roles[HeadingVocabulary.normalize(label)].map { ($0, label, value) } }
            .sorted { (order.firstIndex(of: $0.0) ?? 9, $0.1) < (order.firstIndex(of: $1.0) ?? 9, $1.1) }
        for (role, _, value) in fields {
            add(AttendanceListPattern.entries(in: value), role: role, span: firstSpan, via: "attendance.field")
        }
        for section in paper.allSections {
            guard let heading = section.heading else { continue }
            let key = HeadingVocabulary.normalize(heading)
            if let role = Self.roles[key], section.number == nil {
                add(AttendanceListPattern.entries(in: section.text.replacingOccurrences(of: "\n", with: ", ")), role: role,
                    span: section.span, via: "attendance.section")
            }
            if key.hasPrefix("apologies") {
                for list in Self.reportedApologies(section.text) {
                    add(AttendanceListPattern.entries(in: list), role: .apologies, span: section.span, via: "attendance.apologies-minute")
                }
            }
        }
        return contribution
    }

    /// The lists after "apologies were received from", "reported apologies from", … up to the full stop.
    static func reportedApologies(_ text: String) -> [String] {
        var lists: [String] = []
        var rest = Substring(text)
        while let range = rest.utf8Range(of: "apologies", caseInsensitive: true) {
            rest = rest[range.upperBound...]
            guard let from = rest.utf8Range(of: " from "), rest.distance(from: rest.startIndex, to: from.lowerBound) <= 40 else { continue }
            let after = rest[from.upperBound...]
            let end = after.firstIndex { $0 == "." || $0 == "\n" } ?? after.endIndex
            lists.append(String(after[..<end]))
            rest = after[end...]
        }
        return lists
    }
}
