//! SQLite's memory allocator for this process: mimalloc (the program's global allocator) and no
//! memory statistics.
//!
//! By default SQLite allocates through glibc's `malloc` behind its own wrapper (an 8-byte size
//! header per block) and, with memory statistics on (its default), takes a global mutex and
//! updates counters on every allocation and free. The database writer makes a few hundred
//! thousand of them per thousand articles (each term of FTS5's pending index is one block, freed
//! when the batch commits), so that layer was about a tenth of the writer's instructions
//! (docs/database.md, "Tenth session"). Nothing here changes what SQLite stores or returns: the
//! statistics are only read by `sqlite3_memory_used` and the soft heap limit, which this
//! program does not use.
//!
//! SQLite reads its configuration once, when it initialises (the first connection opened), so
//! [`configure`] must run before any connection: it is the first thing `main` does. Called later
//! it does nothing (SQLite refuses the change with `SQLITE_MISUSE` and keeps its defaults).

use rusqlite::ffi;
use std::os::raw::{c_int, c_void};

use crate::mi::{mi_free, mi_good_size, mi_malloc, mi_option_set, mi_realloc, mi_usable_size};

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (include/mimalloc.h of the v3 sources the
/// `mimalloc` crate builds); `-1` as its value turns purging off.
const MI_OPTION_PURGE_DELAY: c_int = 15;

unsafe extern "C" fn mem_malloc(n: c_int) -> *mut c_void {
    // SAFETY: mimalloc's malloc accepts any size; SQLite never asks for a negative one.
    unsafe { mi_malloc(n.max(0) as usize) }
}

unsafe extern "C" fn mem_free(p: *mut c_void) {
    // SAFETY: `p` came from `mem_malloc` or `mem_realloc` (SQLite frees only its own blocks).
    unsafe { mi_free(p) }
}

unsafe extern "C" fn mem_realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    // SAFETY: as `mem_free`.
    unsafe { mi_realloc(p, n.max(0) as usize) }
}

unsafe extern "C" fn mem_size(p: *mut c_void) -> c_int {
    // SAFETY: as `mem_free`; SQLite's blocks are below 2 GiB, so the size fits.
    unsafe { mi_usable_size(p) as c_int }
}

unsafe extern "C" fn mem_roundup(n: c_int) -> c_int {
    // SAFETY: a pure function of the size.
    let r = unsafe { mi_good_size(n.max(0) as usize) };
    r.min(i32::MAX as usize) as c_int
}

unsafe extern "C" fn mem_init(_: *mut c_void) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn mem_shutdown(_: *mut c_void) {}

/// Give SQLite mimalloc as its allocator and turn its memory statistics off. Returns whether
/// SQLite accepted both (false when a connection was opened before).
pub fn configure() -> bool {
    let methods = ffi::sqlite3_mem_methods {
        xMalloc: Some(mem_malloc),
        xFree: Some(mem_free),
        xRealloc: Some(mem_realloc),
        xSize: Some(mem_size),
        xRoundup: Some(mem_roundup),
        xInit: Some(mem_init),
        xShutdown: Some(mem_shutdown),
        pAppData: std::ptr::null_mut(),
    };
    // SAFETY: called from `main` before any other thread exists or any connection is opened
    // (`sqlite3_config` must not run concurrently with other SQLite calls); SQLite copies the
    // methods structure, and the functions above are thread-safe, as mimalloc is.
    unsafe {
        let malloc = ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &methods as *const ffi::sqlite3_mem_methods);
        let stats = ffi::sqlite3_config(ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int);
        malloc == ffi::SQLITE_OK && stats == ffi::SQLITE_OK
    }
}

/// Keep memory that mimalloc has freed for reuse instead of returning it to the OS after its
/// purge delay (1 s, 10 s for whole arenas). An ingest frees a batch's blocks (prepared articles,
/// FTS5's pending terms) at every commit and allocates as many again for the next batch, so each
/// purge was paid back as page faults on fresh zeroed pages: about 41,000 faults and 4% of the
/// CPU time (the kernel's `clear_page_erms`) per 20,000 bench60k articles. The process then
/// holds its peak heap until it exits (peak RSS about 20 MB higher); output is unaffected.
pub fn keep_freed_memory() {
    // SAFETY: mimalloc's options may be set at any time from any thread; an integer option.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    /// The configuration is taken before the first connection, and SQLite then works through
    /// it (a process of its own would be needed to see the refusal after a connection, since
    /// tests share one).
    #[test]
    fn sqlite_runs_on_mimalloc() {
        let configured = super::configure();
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t(x TEXT); CREATE VIRTUAL TABLE f USING fts5(doc, content='', tokenize='ascii', detail=none);",
        )
        .unwrap();
        for i in 0..2000 {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("row {i} {}", "x".repeat(i % 300))]).unwrap();
            conn.execute(
                "INSERT INTO f(rowid, doc) VALUES (?1, ?2)",
                rusqlite::params![i, format!("w{} w{}", i, i % 7)],
            )
            .unwrap();
        }
        let n: i64 = conn.query_row("SELECT count(*) FROM t WHERE length(x) > 200", [], |r| r.get(0)).unwrap();
        assert_eq!(n, (0..2000).filter(|i| format!("row {i} ").len() + i % 300 > 200).count() as i64);
        let m: i64 = conn.query_row("SELECT count(*) FROM f WHERE f MATCH 'w3'", [], |r| r.get(0)).unwrap();
        assert_eq!(m, 286); // i % 7 == 3, which includes i == 3
                            // Statistics are off only if the configuration was taken (no other test opened a
                            // connection first).
        if configured {
            assert_eq!(unsafe { rusqlite::ffi::sqlite3_memory_used() }, 0);
        }
    }

    /// The option index is mimalloc's purge delay (its v3 default, 1,000 ms, before the call,
    /// unless the environment sets it) and the call turns purging off.
    #[test]
    fn freed_memory_is_kept() {
        use crate::mi::mi_option_get;
        // SAFETY: reads an integer option.
        let before = unsafe { mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(before, 1000);
        }
        super::keep_freed_memory();
        assert_eq!(unsafe { mi_option_get(super::MI_OPTION_PURGE_DELAY) }, -1);
    }
}
