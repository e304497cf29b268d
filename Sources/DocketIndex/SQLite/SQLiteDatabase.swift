internal import CSQLite
import Foundation

/// A SQLite connection (the system's libsqlite3): just what the index needs — execute,
/// prepared statements with bound values, rows as Swift values. No SQLite pointer leaves this
/// folder. Statements given to `run` are prepared once and kept (the index runs the same few
/// inserts for every paper) until the connection closes; `query` statements are finalized
/// where they are prepared unless the caller asks to keep them.
final class SQLiteDatabase {
    /// A value bound to or read from a statement.
    enum Value: Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        /// Text given as its UTF-8 bytes (a paper's encoded record), bound as they are rather
        /// than first made a `String`, which would check all of them again.
        case utf8(Data)

        var text: String? { if case .text(let value) = self { return value } else { return nil } }
        var integer: Int64? { if case .integer(let value) = self { return value } else { return nil } }
    }

    struct Failure: Error, CustomStringConvertible {
        var code: Int32
        var message: String
        var description: String { message }
    }

    private var handle: OpaquePointer?
    /// The prepared statements of `run`, by their SQL.
    private var statements: [String: OpaquePointer] = [:]

    /// Process-wide settings, made once before the first connection opens (SQLite accepts them
    /// only before it initialises).
    private static let configured: Void = {
        _ = docket_disable_memory_statistics()
        _ = sqlite3_initialize()
    }()

    init(path: String, readOnly: Bool = false) throws {
        Self.configured
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let status = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw Failure(code: status, message: "\(path): \(message)")
        }
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { close() }

    /// Closes without checkpointing the WAL into the file (for a file about to be replaced).
    func closeDiscardingWAL() {
        if let handle { _ = docket_no_checkpoint_on_close(handle) }
        close()
    }

    func close() {
        for statement in statements.values { sqlite3_finalize(statement) }
        statements = [:]
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The rows the last finished insert, update or delete statement changed.
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(status)"
            sqlite3_free(error)
            throw Failure(code: status, message: message)
        }
    }

    /// Runs a statement with bound values, once per row of `rows`.
    func run(_ sql: String, _ rows: [[Value]]) throws {
        try runEach(sql, rows) {}
    }

    /// Runs an insert once per row of `rows`, as `run` does, and returns the first and last row
    /// ids SQLite gave the rows when each was one more than the one before (`first > last` for
    /// no rows), or `nil` when they were not consecutive.
    func insert(_ sql: String, _ rows: [[Value]]) throws -> (first: Int64, last: Int64)? {
        var first: Int64?
        var last: Int64 = 0
        var consecutive = true
        try runEach(sql, rows) {
            let id = sqlite3_last_insert_rowid(handle)
            if first == nil { first = id } else if id != last &+ 1 { consecutive = false }
            last = id
        }
        guard let first else { return (1, 0) }
        return consecutive ? (first, last) : nil
    }

    /// The prepared statement of `sql` run once per row of `rows`, `afterEach` called after each.
    private func runEach(_ sql: String, _ rows: [[Value]], afterEach: () -> Void) throws {
        guard !rows.isEmpty else { return }
        let statement = try prepared(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for values in rows {
            sqlite3_reset(statement)
            try bind(values, to: statement)
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw lastFailure() }
            afterEach()
        }
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw lastFailure() }
        statements[sql] = statement
        return statement
    }

    /// Runs a query and returns its rows. With `keep`, its statement is prepared once and kept,
    /// as `run`'s are: for a query asked again and again with other values.
    func query(_ sql: String, _ values: [Value] = [], keep: Bool = false) throws -> [[Value]] {
        var rows: [[Value]] = []
        try forEachRow(sql, values, keep: keep) { rows.append($0) }
        return rows
    }

    /// Runs a query and hands each row to `body` as it is read, holding one row at a time
    /// (`keep` as for `query`).
    func forEachRow(_ sql: String, _ values: [Value] = [], keep: Bool = false, _ body: ([Value]) throws -> Void) throws {
        var statement: OpaquePointer?
        if keep {
            statement = try prepared(sql)
        } else {
            guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastFailure() }
        }
        defer {
            if keep {
                sqlite3_reset(statement)
                sqlite3_clear_bindings(statement)
            } else {
                sqlite3_finalize(statement)
            }
        }
        try bind(values, to: statement)
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw lastFailure() }
            try body((0..<sqlite3_column_count(statement)).map { column(statement, $0) })
        }
    }

    private func bind(_ values: [Value], to statement: OpaquePointer?) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(statement, index)
            case .integer(let number): status = sqlite3_bind_int64(statement, index, number)
            case .real(let number): status = sqlite3_bind_double(statement, index, number)
            case .text(let text): status = docket_bind_text(statement, index, text, Int32(text.utf8.count))
            case .utf8(let bytes) where bytes.isEmpty: status = docket_bind_text(statement, index, "", 0)
            case .utf8(let bytes):
                status = bytes.withUnsafeBytes { docket_bind_text(statement, index, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count)) }
            }
            guard status == SQLITE_OK else { throw lastFailure() }
        }
    }

    private func column(_ statement: OpaquePointer?, _ index: Int32) -> Value {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(statement, index) else { return .null }
            return .text(String(cString: text))
        }
    }

    private func lastFailure() -> Failure {
        Failure(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }
}
