import DocketModel
import Foundation

/// Reads a paper's title from the lines of its masthead, where no "Subject:"/"Title:" field
/// names it.
///
/// - Minutes and agendas (`mastheadTitle`): the heading block that names the meeting, its
///   lines joined — "MINUTES / TOWNSHIP OF NIPISSING / Tuesday, March 21, 2023", "Minutes of the
///   Transport & Connectivity Policy / Committee". A letterhead block (addresses, telephone
///   numbers, web addresses) before it, an organisation's name over it ("KENT COUNTY
///   COUNCIL"), and the venue, address and time lines in it are left out; a line that
///   continues the one before (after "held in", or a comma) stays. It ends at a field, a
///   numbered item, a sentence or an attendance label. A block that is only the council's
///   name ("WEREHAM PARISH COUNCIL") takes the block after it too.
/// - Any paper (`joinedTitle`): a title printed over several lines ("REVIEW THE NEED TO
///   CONTINUE THE LOCAL EMERGENCY DUE TO / COVID-19 RESPONSE…", a resolution's capitals
///   title) is joined while the lines are set alike and the title runs on.
enum TitleReader {
    /// The most lines a masthead title joins.
    static let maximumLines = 6

    static func mastheadTitle(_ units: ArraySlice<Unit>) -> String? {
        var parts: [String] = []
        var blocksTaken = 0
        var index = units.startIndex
        // Markdown front matter and a letterhead block come first.
        while index < units.endIndex, units[index].blockKind == .metadata || isBareLabel(units[index].text)
                || !units[index].text.contains(where: \.isLetterQuick) {
            index += 1
        }
        if index < units.endIndex, let last = lastLetterheadLine(units, from: index) {
            // The letterhead: the first block's lines up to its last address or number line.
            index = last + 1
        }
        var skippedNotices = 0
        while index < units.endIndex, parts.count < maximumLines {
            let unit = units[index]
            let text = cleaned(unit.text)
            // The organisation's name over the masthead, perhaps over two lines ("CITY OF" /
            // "ROLLING HILLS ESTATES"), is the letterhead's.
            if parts.isEmpty {
                // Its name is a letterhead's when an address or a venue follows it.
                func letterheadFollows(_ next: Int) -> Bool {
                    next < units.endIndex && !units[next].startsBlock && (isLetterheadLine(units[next].text) || isVenue(units[next].text))
                }
                let pair = index + 1 < units.endIndex ? text + " " + cleaned(units[index + 1].text) : text
                if MeetingBody.isOrganisationName(text), letterheadFollows(index + 1) { index += 1; continue }
                if LineClassifier.endsWithFunctionWord(text), MeetingBody.isOrganisationName(pair), letterheadFollows(index + 2) {
                    index += 2
                    continue
                }
            }
            let continues = parts.last.map { LineClassifier.endsWithFunctionWord($0) || $0.hasSuffix(",") } ?? false
            if unit.startsBlock, !parts.isEmpty, !continues {
                // Only a block holding just the council's name or a genre word ("AGENDA") goes
                // on to the next block, or one whose last line runs on ("… held in").
                guard blocksTaken == 1, parts.count == 1, MeetingBody.isBodyName(parts[0]) || genreWords.contains(parts[0].asciiLowercased())
                else { break }
            }
            // A notice printed above the masthead ("A detailed Commission packet is available …",
            // "Decisions of the Planning Commission may be appealed …") is passed over.
            if parts.isEmpty, skippedNotices < 4, text.wordCount >= 8, !namesMeeting(text),
               text.split(separator: " ").filter({ $0.first?.isLowercaseQuick == true }).count >= 4 {
                skippedNotices += 1
                index += 1
                while index < units.endIndex, !units[index].startsBlock { index += 1 }
                continue
            }
            // "Minutes of the meeting held on Tuesday 9th September 2008 at 7.30p.m. in the
            // Village Hall.": one sentence that names the meeting opens the paper as its title.
            if parts.isEmpty, text.asciiLowercased().hasPrefix("minutes of"), text.wordCount > 8,
               ResolutionPattern.sentences(of: text).count == 1, text.wordCount <= 30, opensSentence(units, at: index) {
                parts.append(text.hasSuffix(".") ? String(text.dropLast()) : text)
                break
            }
            if unit.startsBlock { blocksTaken += 1 }
            if text.isEmpty || unit.table != nil { break }
            if endsTitle(text) || PageFurniture.columnGaps(unit.text) >= 2 || text.wordCount > 30 { break }
            if opensSentence(units, at: index) {
                // "Northwold and Whittington Parish Council Minutes of Meeting held on 15th
                // December 2016 at 7.30pm." opens the paper and is its title; under a title, such
                // a sentence is the record's first.
                let lower = text.asciiLowercased()
                let mentionsMeeting = ["minutes", "meeting", "agenda"].contains { lower.utf8Contains($0) }
                if parts.isEmpty, mentionsMeeting, text.hasSuffix("."), ResolutionPattern.sentences(of: text).count == 1 {
                    parts.append(String(text.dropLast()))
                }
                break
            }
            index += 1
            if parts.isEmpty, MeetingBody.isCouncilName(text) { continue }
            if !continues, isDateTimeLine(text) && hasTime(text) || isVenue(text) || isLetterheadLine(text) { continue }
            parts.append(text)
        }
        guard !parts.isEmpty else { return nil }
        let title = TextJoiner.join(parts).collapsingSpaces()
        return title.contains(where: \.isLetterQuick) ? title : nil
    }

    /// Words a masthead prints alone above the meeting's name.
    static let genreWords: Set<String> = ["agenda", "minutes", "draft minutes", "notice of meeting", "draft"]

    /// Whether the line at `index` opens a sentence of the record: with the lines of its block
    /// after it, it makes more than twelve words ending in a full stop ("MINUTES of a meeting of
    /// the Cabinet held in the Council Chamber, … on Thursday, 30 January 2025.").
    static func opensSentence(_ units: ArraySlice<Unit>, at index: Int) -> Bool {
        var parts = [units[index].text]
        var next = index + 1
        while next < units.endIndex, !units[next].startsBlock, parts.count < 6, !parts[parts.count - 1].hasSuffix(".") {
            parts.append(units[next].text)
            next += 1
        }
        let joined = TextJoiner.join(parts)
        // Prose: words in lower case, not a masthead's capitals that end with "P.M.".
        let lowerWords = joined.split(separator: " ").filter { $0.first?.isLowercaseQuick == true && $0.count >= 2 }.count
        return joined.hasSuffix(".") && joined.wordCount > 12 && lowerWords >= 4
    }

    /// The title line at `index` and the lines of the same block that continue it: lines set in
    /// capitals after a capitals line, or any line after one that ends on a small word, up to
    /// the first that is not (a resolution's title runs over twenty capitals lines).
    static func joinedTitle(_ units: [Unit], from index: Int) -> String {
        var parts = [units[index].text]
        let capitals = isCapitals(units[index].text)
        var next = index + 1
        while next < units.count, parts.count < 40, !units[next].startsBlock, units[next].table == nil {
            let text = units[next].text
            let last = parts[parts.count - 1]
            let runsOn = LineClassifier.endsWithFunctionWord(last) || last.hasSuffix(",") || last.hasSuffix("-")
            guard capitals && isCapitals(text) || runsOn && !text.containsASCII(":"),
                  SectionLabelPattern.match(text) == nil, !endsTitle(text) else { break }
            parts.append(text)
            next += 1
        }
        return TextJoiner.join(parts).collapsingSpaces()
    }

    /// "*** AGENDA ***", "**START TIME 6:30 p.m.**": the line without its ornaments.
    static func cleaned(_ text: String) -> String {
        text.trimming { "*_=~#".contains($0) || $0 == " " }
    }

    /// A line that closes a masthead: a labelled field, a numbered item, an attendance label,
    /// a sentence of the record, or a rule of underscores.
    static func endsTitle(_ text: String) -> Bool {
        if text.containsASCII(":") && !text.hasPrefix("http") && DatePattern.first(in: text) == nil { return true }
        if SectionLabelPattern.match(text) != nil { return true }
        if AttendanceLabelPattern.role(of: text) != nil { return true }
        // "PRESENT Vice Chairman (Mr. Mycock, …)": an attendance label run into its list.
        if let first = Words(text).first, first.count >= 4, first.uppercased() == first,
           AttendanceLabelPattern.role(of: String(first)) != nil { return true }
        if text.dropLast().utf8Contains(". "), text.wordCount > 8 { return true }
        if text.hasPrefix("___") || text.hasPrefix("---") { return true }
        if LineClassifier.isProse(text) { return true }
        return text.hasSuffix(".") && text.wordCount > 8
    }

    /// "1.1." printed alone (a label column that text conversion moved above the page).
    static func isBareLabel(_ text: String) -> Bool {
        guard let match = SectionLabelPattern.match(text) else { return false }
        return match.rest.isEmpty
    }

    /// The last line of the first block that is an address, a telephone number or a web or
    /// e-mail address: the end of the letterhead, if the paper has one. A block that names the
    /// meeting before its address ("AGENDA / REGULAR MEETING / PLANNING COMMISSION / CITY HALL /
    /// 15900 E. MAIN STREET") is the masthead itself, not a letterhead: its venue and address
    /// lines are left out one by one.
    static func lastLetterheadLine(_ units: ArraySlice<Unit>, from index: Int) -> Int? {
        var position = index
        var last: Int?
        var meetingNamed = false
        repeat {
            let text = cleaned(units[position].text)
            if isLetterheadLine(text) {
                last = position
            } else if last == nil, namesMeeting(text) {
                meetingNamed = true
            }
            position += 1
        } while position < units.endIndex && !units[position].startsBlock && position - index < 12
        return meetingNamed ? nil : last
    }

    /// A masthead line that names a meeting rather than an organisation: a genre word
    /// ("AGENDA", "Minutes"), a line with "meeting" in it, or a body's name that is not the
    /// council's own ("PLANNING COMMISSION", not "KENT COUNTY COUNCIL").
    static func namesMeeting(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        if genreWords.contains(lower) || lower.split(separator: " ").contains(where: { $0 == "meeting" || $0 == "agenda" || $0 == "minutes" }) {
            return true
        }
        return MeetingBody.isBodyName(text) && !MeetingBody.isOrganisationName(text) && !lower.hasPrefix("the corporation")
    }

    /// An address, telephone, fax, web or e-mail line of a letterhead.
    static func isLetterheadLine(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        if lower.utf8Contains("www.") || lower.utf8Contains("http") || lower.containsASCII("@") { return true }
        if ["telephone", "tel ", "tel:", "tel.", "fax", "phone"].contains(where: { lower.hasPrefix($0) || lower.utf8Contains(" " + $0) }) { return true }
        if !PhonePattern.all(in: text).isEmpty { return true }
        return isStreetAddress(text)
    }

    static func isStreetAddress(_ text: String) -> Bool { AddressPattern.isStreetAddress(text) }

    /// "CITY HALL COUNCIL CHAMBERS", "Council Chamber, 12th Floor,", "Milburn Village Hall": where
    /// the meeting is held, not what it is.
    static func isVenue(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        guard text.wordCount <= 8 else { return false }
        if isStreetAddress(text) { return true }
        return ["chamber", "village hall", "city hall", "town hall", "community centre", "community center", "room ", "floor",
                "building", "county hall", "civic centre", "civic center", "council offices"].contains { lower.utf8Contains($0) }
    }

    /// A line that is a date and perhaps a time, with at most three other words
    /// ("September 29, 2022 at 9:00 A.M.", "07:00 P.M.", "START TIME 6:30 p.m.").
    static func isDateTimeLine(_ text: String) -> Bool {
        var rest = text
        if let date = DatePattern.first(in: text) {
            let chars = Array(text)
            rest = String(chars[..<date.range.lowerBound]) + " " + String(chars[date.range.upperBound...])
        }
        let words = rest.split(separator: " ").filter { word in
            word.contains(where: \.isLetterQuick) && !["am", "pm", "a.m.", "p.m.", "at", "a.m", "p.m", "on", "@"].contains(word.asciiLowercased())
                && !(word.first?.isNumberQuick == true)
        }
        return words.count <= 3 && (hasTime(text) || DatePattern.first(in: text) != nil)
    }

    /// "6:30 p.m.", "7.30pm", "10.00 am", "9:00 A.M.".
    static func hasTime(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        return ["am", "pm", "a.m", "p.m"].contains { marker in
            var search = lower.startIndex
            while let range = lower[search...].utf8Range(of: marker) {
                let before = lower[..<range.lowerBound].trimmingScalars { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
                if before.last?.isNumberQuick == true { return true }
                search = range.upperBound
            }
            return false
        }
    }

    static func isCapitals(_ text: String) -> Bool {
        let letters = text.letterCase
        return letters.letters >= 2 && letters.capitals
    }
}
