import DocketModel
import Foundation

/// The rows one paper puts in the index: its text ids, positions and values.
///
/// The paper's own row id is a hash of its id. The rows under it (sections, decisions, …) are
/// written without a row id, so SQLite appends them where the last paper's rows ended: a paper
/// touches a few pages per table, not one at a random place per row. Their final row ids —
/// the paper's prefix plus their `position` (`RowIDPlan`) — are given when the run finishes
/// and the index is copied out in that order, so the same papers always give the same file.
/// A paper keeps at most `maxRows` rows per table in the index (its record keeps them all).
struct IndexRows {
    typealias Value = SQLiteDatabase.Value
    /// Each table's insert and its rows, the paper's own first and then `IndexSchema.rowTables`
    /// in their order; a row's `position` is its place in its table's rows.
    var inserts: [(table: String, sql: String, rows: [[Value]])] = []
    static let maxRows = RowIDPlan.positions

    init(paper: Paper, record: Data) {
        let p = paper.id
        inserts.append(("papers", "INSERT INTO papers (rowid, id, path, format, sha256, bytes, pages, title, body, date, doc_type, summary, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [[.integer(Self.rowid("papers", p)), .text(p), .text(paper.source.path), .text(paper.source.format.rawValue),
                          .text(paper.source.sha256), .integer(Int64(paper.source.bytes)), .integer(Int64(paper.source.pages)),
                          Self.text(paper.title), Self.text(paper.meeting.body), Self.text(paper.meeting.date),
                          .text(paper.docType.rawValue), Self.text(paper.summary), .utf8(record)]]))
        var sections: [[Value]] = []
        func walk(_ list: [Section], parent: String?) {
            for section in list where sections.count < Self.maxRows {
                let id = "\(p)-\(section.id)"
                sections.append([.text(id), .text(p), Self.text(parent), .integer(Int64(sections.count)),
                                 Self.text(section.number), Self.text(section.heading), .text(section.kind.rawValue), .text(section.text)]
                                + Self.span(section.span))
                walk(section.children, parent: id)
            }
        }
        walk(paper.sections, parent: nil)
        inserts.append(("sections", "INSERT INTO sections (id, paper_id, parent_id, position, number, heading, kind, text, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", sections))
        inserts.append(("decisions", "INSERT INTO decisions (id, paper_id, position, number, kind, text, decision_maker, action, referral, delegated_to, in_consultation_with, reasons, confidence, via, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        paper.decisions.prefix(Self.maxRows).enumerated().map { index, d in
                            let id = "\(p)-\(d.id)"
                            return [.text(id), .text(p), .integer(Int64(index)), Self.text(d.number), .text(d.kind.rawValue), .text(d.text),
                                    Self.text(d.decisionMaker), .text(d.action.rawValue), Self.text(d.referral), Self.text(d.delegatedTo),
                                    Self.text(d.inConsultationWith), Self.json(d.reasons), .real(d.confidence), .text(d.via)] + Self.span(d.span)
                        }))
        inserts.append(("risks", "INSERT INTO risks (id, paper_id, position, risk, description, mitigation, likelihood, impact, rating, owner, cells, confidence, via, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        paper.risks.prefix(Self.maxRows).enumerated().map { index, r in
                            let id = "\(p)-\(r.id)"
                            return [.text(id), .text(p), .integer(Int64(index)), Self.text(r.risk), Self.text(r.description), Self.text(r.mitigation),
                                    Self.text(r.likelihood), Self.text(r.impact), Self.text(r.rating), Self.text(r.owner), Self.json(r.cells),
                                    .real(r.confidence), .text(r.via)] + Self.span(r.span)
                        }))
        inserts.append(("contacts", "INSERT INTO contacts (id, paper_id, position, name, title, role, organisation, address, phones, emails, confidence, via, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        paper.contacts.prefix(Self.maxRows).enumerated().map { index, c in
                            let id = "\(p)-c\(index + 1)"
                            return [.text(id), .text(p), .integer(Int64(index)), Self.text(c.name), Self.text(c.title), Self.text(c.role),
                                    Self.text(c.organisation), Self.text(c.address), Self.json(c.phones.map { $0.e164 ?? $0.raw }), Self.json(c.emails),
                                    .real(c.confidence), .text(c.via)] + Self.span(c.span)
                        }))
        inserts.append(("people", "INSERT INTO people (id, paper_id, position, role, name, honorific, title, portfolio, confidence, via, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        paper.people.prefix(Self.maxRows).enumerated().map { index, person in
                            let id = "\(p)-p\(index + 1)"
                            return [.text(id), .text(p), .integer(Int64(index)), .text(person.role.rawValue), .text(person.name),
                                    Self.text(person.honorific), Self.text(person.title), Self.text(person.portfolio), .real(person.confidence),
                                    .text(person.via)] + Self.span(person.span)
                        }))
        inserts.append(("amounts", "INSERT INTO amounts (id, paper_id, position, text, pence, page, line, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?)",
                        paper.amounts.prefix(Self.maxRows).enumerated().map { index, amount in
                            let id = "\(p)-a\(index + 1)"
                            return [.text(id), .text(p), .integer(Int64(index)), .text(amount.text), .integer(amount.pence)] + Self.span(amount.span)
                        }))
    }

    static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }

    static func span(_ span: Span) -> [Value] {
        [span.page.map { .integer(Int64($0)) } ?? .null, .integer(Int64(span.line)), .integer(Int64(span.start)), .integer(Int64(span.end))]
    }

    static func json<T: Encodable>(_ value: T) -> Value {
        (try? CanonicalJSON.string(value, pretty: false)).map { .text($0) } ?? .null
    }

    /// A row id from the table and text id (64-bit FNV-1a, kept positive): the same row always
    /// gets the same id, whatever order rows were inserted in.
    static func rowid(_ table: String, _ id: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (table + "|" + id).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash & 0x7fff_ffff_ffff_ffff)
    }
}
