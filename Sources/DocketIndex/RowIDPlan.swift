/// The final row ids of the rows under each paper in a finished index: the paper's prefix (43
/// bits of a hash of its id, shifted past the position) plus the row's position in the paper.
/// One paper's rows are therefore adjacent, in reading order, and the ids depend only on the
/// set of papers, never on the order they were indexed in.
///
/// Two papers whose prefixes collide (about one chance in 17 million for a pair among 1,000
/// papers) are told apart by a salt, given in the order of their ids — so the plan, too,
/// depends only on the set of papers.
struct RowIDPlan {
    /// Positions per paper in one table: the low 20 bits of a row id.
    static let positions = 1 << 20

    /// Each paper id's prefix; a row's id is `prefix + position`.
    let prefixes: [String: Int64]

    init(paperIDs: [String], prefix: (String, Int) -> Int64 = { RowIDPlan.prefix(paper: $0, salt: $1) }) {
        var prefixes: [String: Int64] = [:]
        var taken = Set<Int64>()
        for id in paperIDs.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            var salt = 0
            while taken.contains(prefix(id, salt)) { salt += 1 }
            taken.insert(prefix(id, salt))
            prefixes[id] = prefix(id, salt)
        }
        self.prefixes = prefixes
    }

    /// 43 bits of the hash of the paper id (and the salt, when there is one), above the position.
    static func prefix(paper: String, salt: Int) -> Int64 {
        IndexRows.rowid("rows", salt == 0 ? paper : "\(paper)#\(salt)") & ~Int64(positions - 1)
    }
}
