#ifndef DOCKET_CSQLITE_SHIM_H
#define DOCKET_CSQLITE_SHIM_H

#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import. */
static inline int docket_bind_text(sqlite3_stmt *statement, int index, const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

/* sqlite3_db_config is variadic, which Swift cannot call: leave the WAL as it is when the
   connection closes (the index replaces the working file with a finished copy, so a checkpoint
   into it would be wasted work). */
static inline int docket_no_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

/* sqlite3_config is variadic too: turn off SQLite's memory statistics, which take one
   process-wide lock around every allocation of every connection (the finish's two threads and
   the workers' connections allocate at once). Only takes effect before the library initialises. */
static inline int docket_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
