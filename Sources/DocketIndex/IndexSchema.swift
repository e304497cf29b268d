/// The tables of `docket.db`: one row per paper, section, decision, risk, contact, person and
/// amount, each with a stable text id (valid in every search engine), a foreign key to its
/// paper and its span; and FTS5 full-text tables kept in step with their content tables by
/// triggers, named and built the way sqlite-utils builds them (`<table>_fts`, triggers
/// `<table>_ai/_ad/_au`), so Datasette recognises and offers them.
enum IndexSchema {
    /// The schema's version, kept in `PRAGMA user_version`: an index of another version is
    /// rebuilt from the records (version 2: every row table has `position`, row ids by paper).
    static let version = 2
    /// The schema cookie every finished index file carries (see `SearchIndex.finish`).
    static let pinnedSchemaVersion = 1000

    /// Full-text tables: content table and the columns indexed.
    static let fullText: [(table: String, columns: [String])] = [
        ("papers", ["title", "summary"]),
        ("sections", ["heading", "text"]),
        ("decisions", ["text"]),
        ("risks", ["risk", "description", "mitigation"]),
    ]

    static let tables = """
        CREATE TABLE IF NOT EXISTS papers (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, format TEXT NOT NULL,
            sha256 TEXT NOT NULL, bytes INTEGER, pages INTEGER, title TEXT, body TEXT, date TEXT,
            doc_type TEXT NOT NULL, summary TEXT, record TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sections (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            parent_id TEXT, position INTEGER NOT NULL, number TEXT, heading TEXT, kind TEXT NOT NULL, text TEXT,
            page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS decisions (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            number TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, decision_maker TEXT, action TEXT NOT NULL,
            referral TEXT, delegated_to TEXT, in_consultation_with TEXT, reasons TEXT, confidence REAL, via TEXT,
            page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS risks (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            risk TEXT, description TEXT, mitigation TEXT, likelihood TEXT, impact TEXT, rating TEXT, owner TEXT,
            cells TEXT, confidence REAL, via TEXT, page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS contacts (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            name TEXT, title TEXT, role TEXT, organisation TEXT, address TEXT, phones TEXT, emails TEXT,
            confidence REAL, via TEXT, page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS people (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            role TEXT NOT NULL, name TEXT NOT NULL, honorific TEXT, title TEXT, portfolio TEXT,
            confidence REAL, via TEXT, page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE TABLE IF NOT EXISTS amounts (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            text TEXT NOT NULL, pence INTEGER NOT NULL, page INTEGER, line INTEGER, start INTEGER, "end" INTEGER);
        CREATE INDEX IF NOT EXISTS sections_paper ON sections(paper_id);
        CREATE INDEX IF NOT EXISTS decisions_paper ON decisions(paper_id);
        CREATE INDEX IF NOT EXISTS risks_paper ON risks(paper_id);
        CREATE INDEX IF NOT EXISTS contacts_paper ON contacts(paper_id);
        CREATE INDEX IF NOT EXISTS people_paper ON people(paper_id);
        CREATE INDEX IF NOT EXISTS amounts_paper ON amounts(paper_id);
        CREATE INDEX IF NOT EXISTS papers_date ON papers(date);
        """

    /// The tables whose text ids have a unique index that is built once, when a run finishes,
    /// rather than row by row while it writes (see `SearchIndex.beginWriting`).
    static let rowTables = ["sections", "decisions", "risks", "contacts", "people", "amounts"]

    /// Where each paper's rows lie in the working file: per paper and row table, the first and
    /// last working row id of its rows, which were given consecutive ids in the order of their
    /// positions (or, for a paper of a finished index, its prefix's whole window). With it the
    /// finish reads a paper's rows as one range instead of sorting every row (`RowCopy`). A run
    /// starts it at its first write (`SearchIndex.beginWriting`), so that it covers every
    /// paper; it is never part of a finished file.
    static let rowRanges = """
        CREATE TABLE IF NOT EXISTS row_ranges (
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE, tbl TEXT NOT NULL,
            first INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (paper_id, tbl)) WITHOUT ROWID;
        """

    static var idIndexes: String {
        rowTables.map { "CREATE UNIQUE INDEX IF NOT EXISTS [\($0)_id] ON [\($0)](id);" }.joined(separator: "\n")
    }

    /// The indexes that find a paper's rows (cascading deletes use them) and papers by date.
    static var dropForFirstBuild: String {
        (rowTables.map { "DROP INDEX IF EXISTS [\($0)_paper];" } + ["DROP INDEX IF EXISTS papers_date;"]).joined(separator: "\n")
    }

    static var dropIDIndexes: String {
        rowTables.map { "DROP INDEX IF EXISTS [\($0)_id];" }.joined(separator: "\n")
    }

    /// The FTS5 table `<table>_fts` over `columns`, its text held by `content` (a table's name
    /// in brackets, or `''` for a table that keeps none) — the one place the tokenizer is named.
    static func fullTextTable(table: String, columns: [String], content: String) -> String {
        let list = columns.map { "[\($0)]" }.joined(separator: ", ")
        return "CREATE VIRTUAL TABLE IF NOT EXISTS [\(table)_fts] USING FTS5 (\(list), content=\(content), tokenize='porter unicode61 remove_diacritics 2');"
    }

    /// The FTS5 table and its three triggers for one content table.
    static func fullTextSQL(table: String, columns: [String]) -> String {
        let list = columns.map { "[\($0)]" }.joined(separator: ", ")
        let new = columns.map { "new.[\($0)]" }.joined(separator: ", ")
        let old = columns.map { "old.[\($0)]" }.joined(separator: ", ")
        return """
            \(fullTextTable(table: table, columns: columns, content: "[\(table)]"))
            CREATE TRIGGER IF NOT EXISTS [\(table)_ai] AFTER INSERT ON [\(table)] BEGIN
              INSERT INTO [\(table)_fts] (rowid, \(list)) VALUES (new.rowid, \(new));
            END;
            CREATE TRIGGER IF NOT EXISTS [\(table)_ad] AFTER DELETE ON [\(table)] BEGIN
              INSERT INTO [\(table)_fts] ([\(table)_fts], rowid, \(list)) VALUES('delete', old.rowid, \(old));
            END;
            CREATE TRIGGER IF NOT EXISTS [\(table)_au] AFTER UPDATE ON [\(table)] BEGIN
              INSERT INTO [\(table)_fts] ([\(table)_fts], rowid, \(list)) VALUES('delete', old.rowid, \(old));
              INSERT INTO [\(table)_fts] (rowid, \(list)) VALUES (new.rowid, \(new));
            END;
            """
    }

    /// Drops the full-text triggers and the id indexes (see `SearchIndex.beginWriting`).
    static var dropDuringRun: String {
        fullText.flatMap { table in ["ai", "ad", "au"].map { "DROP TRIGGER IF EXISTS [\(table.table)_\($0)];" } }.joined(separator: "\n")
            + "\n" + dropIDIndexes
    }

    static var all: String {
        tables + "\n" + idIndexes + "\n" + fullText.map { fullTextSQL(table: $0.table, columns: $0.columns) }.joined(separator: "\n")
            + "\nPRAGMA user_version = \(version);"
    }
}
