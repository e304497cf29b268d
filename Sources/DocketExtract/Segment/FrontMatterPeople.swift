import Foundation
import DocketModel

/// People named in front-matter fields with a role: "Portfolio Holder: Councillor Mike
/// O'Brien, Children's Services", "From: Rory Love, Cabinet Member …" (one person per line
/// that starts with a name), "Officer presenting the report: Adam Crowther Job title: Head of
/// City Transport", "Executive Director lead: John Smith: Executive Director for …".
enum FrontMatterPeople {
    static func people(from fields: [FrontMatterField]) -> [Person] {
        var people: [Person] = []
        for field in fields {
            guard let role = FrontMatterReader.roleKeys[field.key] else { continue }
            var current: Person?
            var pendingTitle: [String] = []
            for line in field.lines {
                if let person = person(in: line, role: role, span: field.span) {
                    if let done = current { people.append(done) }
                    current = person
                } else if let (title, name) = trailingName(line) {
                    // "Deputy Leader and Cabinet Member for Finance, …, Peter Oakford": title first.
                    if let done = current { people.append(done) }
                    let fullTitle = TextJoiner.join(pendingTitle + [title])
                    current = Person(role: role, name: name.name, honorific: name.honorific, title: fullTitle.isEmpty ? nil : fullTitle,
                                     span: field.span, confidence: 0.8, via: "front-matter.\(role.rawValue)")
                    pendingTitle = []
                } else if current == nil {
                    pendingTitle.append(line.trimmingSpaces())
                } else if var open = current {
                    let extra = line.trimmingSpaces()
                    if role == .portfolioHolder || role == .cabinetMember {
                        open.portfolio = TextJoiner.join([open.portfolio ?? "", extra])
                    } else {
                        open.title = TextJoiner.join([open.title ?? "", extra])
                    }
                    current = open
                }
            }
            if let done = current { people.append(done) }
        }
        return people
    }

    /// "Interim Corporate Director Finance, John Betts": the title before the last comma and the
    /// name after it.
    private static func trailingName(_ line: String) -> (String, PersonNamePattern.Match)? {
        guard let comma = line.utf8Range(of: ", ", backwards: true) else { return nil }
        let tail = line[comma.upperBound...].trimmingSpaces()
        guard let match = PersonNamePattern.match(tail), match.rest.isEmpty, match.name.wordCount >= 2 else { return nil }
        return (line[..<comma.lowerBound].trimmingSpaces(), match)
    }

    private static func person(in line: String, role: PersonRole, span: Span) -> Person? {
        var text = line
        var jobTitle: String?
        if let range = text.utf8Range(of: "Job title:", caseInsensitive: true) {
            jobTitle = text[range.upperBound...].trimmingSpaces()
            text = String(text[..<range.lowerBound])
        }
        guard let match = PersonNamePattern.match(text) else { return nil }
        let rest = match.rest.isEmpty ? nil : match.rest
        let isPortfolio = role == .portfolioHolder || role == .cabinetMember
        return Person(role: role, name: match.name, honorific: match.honorific,
                      title: jobTitle ?? (isPortfolio ? nil : rest), portfolio: isPortfolio ? rest : nil,
                      span: span, confidence: 0.9, via: "front-matter.\(role.rawValue)")
    }
}
