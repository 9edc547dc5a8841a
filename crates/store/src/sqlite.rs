//! [`SqliteStore`]: the [`Store`] on one SQLite file (WAL journal, `synchronous=NORMAL`, foreign
//! keys on, FTS5 for full text). See `schema.rs` for the tables and `docs/database.md` for the
//! semantics.

use crate::columns::{self, Cell, EVENT_COLS, RECORD_COLS};
use crate::dedup::{self, Block, Interner, Keyed, Params, Sig};
use crate::keys::{self, ArticleHashes};
use crate::schema;
use crate::{
    Checker, CodeFn, Counts, Cursor, Filter, IngestCounts, Page, Prepared, RecodeReport, RecordKeys, Result, Stats,
    Store, StoreError, StoredArticle,
};
use ahdath_record::{Article, DatePrecision, EventRecord, SourceRef, StoredEvent};
use ahdath_text::FxBuildHasher;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// `sort_day` of undated events: after every dated one in newest-first order.
/// Complete link compares a record with at most this many of an event's members (the most
/// recent), so events reported hundreds of times stay cheap to join.
const LINK_MEMBERS: i64 = 48;

/// Signatures kept in memory by the writer; past this the cache starts over.
const SIG_CACHE: usize = 400_000;

/// Candidate entries kept in the writer's blocks; past this the blocks start over.
const BLOCK_CACHE: usize = 800_000;

/// Candidates of an undated record: the most recent undated records of its type and country.
const UNDATED_CANDIDATES: usize = 60;

/// The SQLite store.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    params: Params,
    /// The writer's signature and candidate-block cache (see [`Cache`]); `None` while a batch
    /// holds it.
    sigs: Option<Cache>,
    /// `PRAGMA data_version` after our last commit: a different value means another connection
    /// wrote in between, and the signature cache is dropped.
    data_version: i64,
    /// Matches at which a range filter counts as dense ([`DENSE_PROBE`] by default).
    dense_probe: i64,
    /// Matches at which a full-text query counts as common ([`TEXT_PROBE`] by default).
    text_probe: i64,
    /// Checkpoints the WAL on its own thread once this store writes ([`Checkpointer`]).
    checkpointer: Option<Checkpointer>,
}

/// A thread with its own connection that copies the WAL into the database file after each
/// commit of the writer (`PRAGMA wal_checkpoint(PASSIVE)`), so the writer does not: with
/// SQLite's automatic checkpoints the commit that passes 1,000 WAL pages (nearly every batch of
/// an ingest) also wrote those pages into the file and synced both files before returning.
/// A passive checkpoint takes no lock that the writer waits for; commits stay as durable as
/// before (a commit is in the WAL, which a reopened database replays).
///
/// SQLite starts the WAL over only when a write transaction begins after a checkpoint has
/// copied all of it, which a writer that never waits does not see: every [`WAL_RESTART`]
/// commits the writer waits for a checkpoint of its last commit (by then the earlier ones are
/// copied), so the WAL stays a few batches long.
struct Checkpointer {
    /// Wakes the thread with the number of the commit to checkpoint.
    wake: Option<std::sync::mpsc::Sender<u64>>,
    /// The last commit number checkpointed, and its signal.
    done: Arc<(std::sync::Mutex<u64>, std::sync::Condvar)>,
    commits: u64,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Commits between two waits of the writer for a checkpoint ([`Checkpointer`]).
const WAL_RESTART: u64 = 8;

impl Checkpointer {
    fn start(path: &Path) -> Result<Checkpointer> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let (wake, asleep) = std::sync::mpsc::channel::<u64>();
        let done = Arc::new((std::sync::Mutex::new(0u64), std::sync::Condvar::new()));
        let signal = done.clone();
        let thread = std::thread::Builder::new().name("ahdath-checkpoint".into()).spawn(move || {
            while let Ok(mut n) = asleep.recv() {
                // A checkpoint copies every commit before it starts.
                while let Ok(m) = asleep.try_recv() {
                    n = n.max(m);
                }
                // A failed checkpoint is retried after the next commit (and SQLite checkpoints
                // when the last connection closes); it never loses a commit.
                let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                let (last, cv) = &*signal;
                *last.lock().unwrap_or_else(|e| e.into_inner()) = n;
                cv.notify_all();
            }
        });
        let thread = thread.map_err(|e| StoreError::Backend(format!("starting the checkpoint thread: {e}")))?;
        Ok(Checkpointer { wake: Some(wake), done, commits: 0, thread: Some(thread) })
    }

    /// After a commit: wake the thread, and every [`WAL_RESTART`] commits wait until it has
    /// checkpointed this one.
    fn committed(&mut self) {
        self.commits += 1;
        let n = self.commits;
        if self.wake.as_ref().is_none_or(|w| w.send(n).is_err()) || !n.is_multiple_of(WAL_RESTART) {
            return;
        }
        let (last, cv) = &*self.done;
        let mut at = last.lock().unwrap_or_else(|e| e.into_inner());
        while *at < n && self.thread.as_ref().is_some_and(|t| !t.is_finished()) {
            at = cv.wait_timeout(at, std::time::Duration::from_millis(100)).unwrap_or_else(|e| e.into_inner()).0;
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.wake.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.path).finish()
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "cache_size", -65_536)?; // 64 MiB
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

impl SqliteStore {
    /// Open (creating if needed) the database at `path` and bring its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let mut conn = Connection::open(path)?;
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        debug_assert_eq!(mode.to_lowercase(), "wal");
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(SqliteStore {
            conn,
            path: path.to_path_buf(),
            params: Params::default(),
            sigs: None,
            data_version: 0,
            dense_probe: DENSE_PROBE,
            text_probe: TEXT_PROBE,
            checkpointer: None,
        })
    }

    /// Move WAL checkpoints to a [`Checkpointer`] thread before the first write of this store.
    fn checkpoint_in_background(&mut self) -> Result<()> {
        if self.checkpointer.is_none() {
            self.checkpointer = Some(Checkpointer::start(&self.path)?);
            self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        }
        Ok(())
    }

    /// After a commit: let the checkpointer copy it into the database file.
    fn committed(&mut self) -> Result<()> {
        self.data_version = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if let Some(c) = &mut self.checkpointer {
            c.committed();
        }
        Ok(())
    }

    /// Use other clustering limits (for experiments; the default is the measured setting).
    pub fn with_params(mut self, params: Params) -> SqliteStore {
        self.params = params;
        self
    }

    /// Treat a bounding-box or toll filter as dense from `matches` matches on (default 5,000;
    /// 1 makes every such filter dense, `i64::MAX` none). Results never depend on it, only the
    /// plan does; tests use it to run both plans.
    pub fn with_dense_probe(mut self, matches: i64) -> SqliteStore {
        self.dense_probe = matches.max(1);
        self
    }

    /// Treat a full-text query as common from `matches` matching articles on
    /// (default [`TEXT_PROBE`]; 1 makes every query common, `i64::MAX` none). Results never
    /// depend on it, only the plan does; tests use it to run both plans.
    pub fn with_text_probe(mut self, matches: i64) -> SqliteStore {
        self.text_probe = matches.max(1);
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA integrity_check`: `"ok"` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let rows: Vec<String> =
            self.conn.prepare("PRAGMA integrity_check")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(rows.join("\n"))
    }

    /// Drop the signature cache if another connection has written since our last commit.
    fn check_cache(&mut self) -> Result<()> {
        let v: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if v != self.data_version {
            self.sigs = None;
        }
        Ok(())
    }

    /// Checkpoint the WAL into the main file and truncate it (for measuring the file size).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Small conversions

use crate::columns::{parse_precision, parse_status, precision_str, pub_day, ArticleInfo};

/// Sig columns of `records`, in the order [`sig_from_row`] reads them (from index `at`).
const SIG_COLS: &str = "r.article, r.event_type, r.mode, r.status, r.date_precision, r.day_lo, r.day_hi, \
     r.loc_name, r.loc_admin1, r.loc_country, r.loc_level, r.lat, r.lon, r.actor_country, r.actor_sector, \
     r.actor_id, r.recipient_country, r.recipient_sector, r.recipient_id, r.fatalities, r.words, \
     json_extract(r.json, '$.date_basis')";

fn sig_from_row(row: &Row, at: usize) -> rusqlite::Result<Sig> {
    let s = |i: usize| row.get::<_, Option<String>>(at + i);
    let ent = |c: usize| -> rusqlite::Result<Option<dedup::EntSig>> {
        let e = dedup::EntSig { country: s(c)?, sector: s(c + 1)?, id: s(c + 2)? };
        Ok((e.country.is_some() || e.sector.is_some() || e.id.is_some()).then_some(e))
    };
    let country = s(9)?;
    let place = country.map(|country| -> rusqlite::Result<dedup::PlaceSig> {
        Ok(dedup::PlaceSig {
            name: s(7)?,
            admin1: s(8)?,
            country: Some(country),
            level: dedup::Level::parse(s(10)?.as_deref().unwrap_or("")),
            lat: row.get(at + 11)?,
            lon: row.get(at + 12)?,
        })
    });
    let words: Vec<u8> = row.get(at + 20)?;
    Ok(Sig {
        article: row.get(at)?,
        event_type: row.get(at + 1)?,
        mode: s(2)?,
        status: parse_status(&row.get::<_, String>(at + 3)?),
        precision: Some(parse_precision(&row.get::<_, String>(at + 4)?)),
        day_lo: row.get(at + 5)?,
        day_hi: row.get(at + 6)?,
        date_basis: dedup::parse_basis(s(21)?.as_deref()),
        place: place.transpose()?,
        actor: ent(13)?,
        recipient: ent(16)?,
        fatalities: row.get(at + 19)?,
        words: keys::words_from_blob(&words),
    })
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Full-text writes of a transaction, applied at its end ([`Pending::flush`]).
///
/// FTS5 flushes its pending terms to disk whenever a statement savepoint opens (every write to a
/// table with foreign keys opens one), so interleaving full-text inserts with other writes makes
/// one tiny index segment per statement. Deferring them to the end of the batch makes one.
///
/// It also carries the writer's [`Cache`], which lives across batches in the store and is
/// dropped if a batch fails.
#[derive(Default)]
struct Pending {
    /// Article rowid → document to index.
    inserts: BTreeMap<i64, String>,
    /// Article rowids whose stored document is to be removed.
    deletes: Vec<i64>,
    cache: Cache,
}

/// One dedup block: records of one type whose place country (or actor country, or for records
/// with neither the recipient's country or nothing, [`dedup::blocks_of`]) is `country`, with one
/// date precision and one first day (`None`: the undated records, precision `unknown`, in rowid
/// order). A dated record's candidates are the records of a few blocks
/// ([`Sig::candidate_ranges`]); an undated record's are the last [`UNDATED_CANDIDATES`] of its
/// undated blocks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BlockKey {
    event_type: String,
    block: Block,
    country: String,
    precision: &'static str,
    day_lo: Option<i64>,
}

/// A record in a block: its rowid, its event, its signature and the signature's key (made by
/// the cache's interner). The key is kept in the block: comparing a record with a block reads
/// the block's memory in order, and the signatures (the sentences' words) only for the pairs
/// that need them.
struct Cand {
    rowid: i64,
    event: i64,
    key: dedup::Key,
    sig: Arc<Sig>,
}

/// The writer's memory of the database, valid while no other connection writes: record
/// signatures by rowid, and the dedup blocks read so far with their records. A block is read from
/// the candidate index once and then kept up to date as records are inserted and deleted, so
/// finding a record's candidates costs a few hash lookups instead of index scans and a
/// signature lookup per candidate.
///
/// (Its maps hash with FxHash: a record's dozen block keys were hashed twice each with SipHash,
/// the writer's largest hashing cost.)
#[derive(Default)]
struct Cache {
    sigs: HashMap<i64, Arc<Sig>, FxBuildHasher>,
    /// Numbers the strings of the signatures' keys ([`dedup::Key`]); lives and dies with them.
    interner: Interner,
    blocks: HashMap<BlockKey, Vec<Cand>, FxBuildHasher>,
    /// Entries in `blocks`.
    entries: usize,
    /// Events merged into another since the blocks were read (`Cand::event` of a block entry
    /// may name one): merged event → the event it was merged into.
    merged: HashMap<i64, i64, FxBuildHasher>,
}

impl Cache {
    /// Start over when too large (a long ingest moves on through the days; old blocks are rarely
    /// needed again and are read back from the index if they are).
    fn trim(&mut self) {
        if self.sigs.len() > SIG_CACHE || self.entries > BLOCK_CACHE {
            *self = Cache::default();
        }
    }

    /// The event `ev` is now part of (itself unless merged since the blocks were read).
    fn current(&self, mut ev: i64) -> i64 {
        while let Some(&to) = self.merged.get(&ev) {
            ev = to;
        }
        ev
    }

    /// The block keys a record belongs to.
    fn keys_of(sig: &Sig) -> Vec<BlockKey> {
        match (sig.day_lo, sig.precision) {
            (Some(day_lo), Some(prec)) => Cache::keys_at(sig, precision_str(prec), Some(day_lo)),
            (None, Some(DatePrecision::Unknown)) => Cache::keys_at(sig, "unknown", None),
            _ => Vec::new(),
        }
    }

    /// The keys of `sig`'s type and countries with precision `precision` and first day `day_lo`.
    fn keys_at(sig: &Sig, precision: &'static str, day_lo: Option<i64>) -> Vec<BlockKey> {
        let mut out = Vec::new();
        for (block, country) in sig.blocks().into_iter().flatten() {
            out.push(BlockKey {
                event_type: sig.event_type.clone(),
                block,
                country: country.to_string(),
                precision,
                day_lo,
            });
        }
        out
    }

    /// Make sure block `key` is in memory, reading it from the candidate index if not.
    fn load(&mut self, st: &mut Stmts<'_>, key: &BlockKey) -> Result<()> {
        if self.blocks.contains_key(key) {
            return Ok(());
        }
        // One statement per (block kind, dated or not), its SQL made only when the slot is first
        // filled.
        let slot = Stmts::BLOCK + block_slot(key.block) * 2 + usize::from(key.day_lo.is_some());
        let stmt = st.get(slot, || block_sql(key.block, key.day_lo.is_some()))?;
        let rows: Vec<(i64, i64)> = stmt
            .query_map(params![key.event_type, key.country, key.precision, key.day_lo], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut block = Vec::with_capacity(rows.len());
        for (rowid, event) in rows {
            let sig = self.sig(st, rowid)?;
            block.push(Cand { rowid, event, key: dedup::Key::of(&sig, &mut self.interner), sig });
        }
        self.entries += block.len();
        self.blocks.insert(key.clone(), block);
        Ok(())
    }

    /// Record that `rowid` (event `event`) was inserted: added to its blocks that are in memory
    /// (a block not in memory will read it from the index).
    fn inserted(&mut self, rowid: i64, event: i64, sig: Keyed) {
        let Keyed { sig, key } = sig;
        let sig = Arc::new(sig);
        for block_key in Cache::keys_of(&sig) {
            if let Some(block) = self.blocks.get_mut(&block_key) {
                // A new rowid is the largest (SQLite's rowids grow), so this is a push.
                let at = block.partition_point(|c| c.rowid < rowid);
                block.insert(at, Cand { rowid, event, key: key.clone(), sig: sig.clone() });
                self.entries += 1;
            }
        }
        self.sigs.insert(rowid, sig);
    }

    /// Record that `rowid` is about to be deleted (its signature is read first if not cached).
    fn deleting(&mut self, conn: &Connection, rowid: i64) -> Result<()> {
        if !self.blocks.is_empty() {
            let sig = self.sig(&mut Stmts::new(conn), rowid)?;
            for key in Cache::keys_of(&sig) {
                if let Some(block) = self.blocks.get_mut(&key) {
                    let before = block.len();
                    block.retain(|c| c.rowid != rowid);
                    self.entries -= before - block.len();
                }
            }
        }
        self.sigs.remove(&rowid);
        Ok(())
    }

    /// The signature of record `rowid`, from the cache or the table.
    fn sig(&mut self, st: &mut Stmts<'_>, rowid: i64) -> Result<Arc<Sig>> {
        if let Some(s) = self.sigs.get(&rowid) {
            return Ok(s.clone());
        }
        let stmt = st.get(Stmts::SIG, || format!("SELECT {SIG_COLS} FROM records r WHERE r.rowid = ?1"))?;
        let s = Arc::new(stmt.query_row([rowid], |r| sig_from_row(r, 0))?);
        self.sigs.insert(rowid, s.clone());
        Ok(s)
    }
}

/// The statement reading a block of kind `block` (dated or not) from its candidate index:
/// `(rowid, event)` of the records of type `?1`, block country `?2`, precision `?3` and first day
/// `?4`. A block of the type alone binds `?2` without naming it.
fn block_sql(block: Block, dated: bool) -> String {
    let by = match block {
        Block::Place => "r.loc_country = ?2",
        Block::Actor => "r.actor_country = ?2",
        Block::Recipient => "r.loc_country IS NULL AND r.actor_country IS NULL AND r.recipient_country = ?2",
        Block::Type => "r.loc_country IS NULL AND r.actor_country IS NULL AND r.recipient_country IS NULL",
    };
    // Undated blocks are kept in rowid order: their most recent records are the candidates.
    let day = if dated { "= ?4" } else { "IS ?4 ORDER BY r.rowid" };
    format!(
        "SELECT r.rowid, r.event FROM records r WHERE r.event_type = ?1 AND {by} \
         AND r.date_precision = ?3 AND r.day_lo {day}"
    )
}

/// The index of a block kind among the block statements ([`Stmts::BLOCK`]).
fn block_slot(block: Block) -> usize {
    match block {
        Block::Place => 0,
        Block::Actor => 1,
        Block::Recipient => 2,
        Block::Type => 3,
    }
}

/// The days of `lo..=hi` that can be the first day of a date of precision `prec`, ascending:
/// the same days as filtering the range with [`starts_period`], without a calendar conversion per
/// day (a dated record's blocks span up to a year of days, and the filter converted every one of
/// them: 340,000 conversions per 2,000 dated articles). A month's or year's first days are found
/// from the last one backwards, one conversion each.
fn period_starts(prec: DatePrecision, lo: i64, hi: i64) -> Vec<i64> {
    use chrono::{Datelike, NaiveDate};
    // Every day number in this range is a valid calendar date (chrono's range is about ±262,000
    // years); outside it (never in practice), filter day by day.
    const SAFE: i64 = 50_000_000;
    if lo > hi {
        return Vec::new();
    }
    if lo < -SAFE || hi > SAFE {
        return (lo..=hi).filter(|&d| starts_period(d, prec)).collect();
    }
    let date = |d: i64| NaiveDate::from_num_days_from_ce_opt((d + 719_163) as i32).expect("a day in the safe range");
    // The first day of the period that contains day `d`.
    let first = |d: i64| -> Option<i64> {
        match prec {
            DatePrecision::Month => Some(d - i64::from(date(d).day0())),
            DatePrecision::Year => Some(d - i64::from(date(d).ordinal0())),
            DatePrecision::Day | DatePrecision::Unknown => None,
        }
    };
    match prec {
        DatePrecision::Day => (lo..=hi).collect(),
        DatePrecision::Unknown => Vec::new(),
        DatePrecision::Month | DatePrecision::Year => {
            let mut out = Vec::new();
            let mut at = first(hi);
            while let Some(d) = at.filter(|&d| d >= lo) {
                out.push(d);
                at = first(d - 1);
            }
            out.reverse();
            out
        }
    }
}

/// Whether day number `d` can be the first day of a date of precision `prec`: any day for a day,
/// the first of a month for a month, 1 January for a year.
fn starts_period(d: i64, prec: DatePrecision) -> bool {
    use chrono::{Datelike, NaiveDate};
    let Some(date) = NaiveDate::from_num_days_from_ce_opt((d + 719_163) as i32) else { return false };
    match prec {
        DatePrecision::Day => true,
        DatePrecision::Month => date.day() == 1,
        DatePrecision::Year => date.ordinal() == 1,
        DatePrecision::Unknown => false,
    }
}

impl Pending {
    /// Index article `rowid` with `doc`.
    fn insert(&mut self, rowid: i64, doc: String) {
        self.inserts.insert(rowid, doc);
    }
    /// Remove article `rowid` from the index.
    fn delete(&mut self, rowid: i64) {
        // A row inserted in this batch never reached the index; otherwise delete the stored one.
        if self.inserts.remove(&rowid).is_none() {
            self.deletes.push(rowid);
        }
    }
    fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut del = conn.prepare_cached("DELETE FROM article_fts WHERE rowid = ?1")?;
        for rowid in self.deletes.drain(..) {
            del.execute([rowid])?;
        }
        let mut ins = conn.prepare_cached("INSERT INTO article_fts (rowid, doc) VALUES (?1, ?2)")?;
        for (rowid, doc) in std::mem::take(&mut self.inserts) {
            ins.execute(params![rowid, doc])?;
        }
        Ok(())
    }
}

/// Positions in [`EVENT_COLS`] of the columns that an index of `events` covers, besides `id`
/// (which an update never changes): an UPDATE that names one of them rewrites its index entries
/// even when the value stays the same, so [`update_event`] names only those that changed.
const INDEXED_EVENT_COLS: [usize; 10] = [1, 8, 9, 10, 11, 12, 13, 14, 15, 19];

/// The `events` row of `ev`, in the order of [`EVENT_COLS`] ([`columns::event_cells`]).
fn event_values(ev: &StoredEvent, n_sources: usize) -> Vec<Value> {
    let cells = columns::event_cells(ev, n_sources);
    cells
        .into_iter()
        .map(|c| match c {
            Cell::Text(s) => s.map_or(Value::Null, Value::Text),
            Cell::Int(n) => n.map_or(Value::Null, Value::Integer),
            Cell::Real(x) => x.map_or(Value::Null, Value::Real),
            Cell::Blob(b) => b.map_or(Value::Null, Value::Blob),
        })
        .collect()
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            Cell::Text(s) => s.to_sql(),
            Cell::Int(n) => n.to_sql(),
            Cell::Real(x) => x.to_sql(),
            Cell::Blob(b) => b.to_sql(),
        }
    }
}

/// Insert the events row of a new event `ev`; returns its rowid.
fn insert_event(st: &mut Stmts<'_>, ev: &StoredEvent, n_sources: usize) -> Result<i64> {
    static SQL: OnceLock<String> = OnceLock::new();
    let sql = SQL.get_or_init(|| {
        let marks: Vec<String> = (1..=EVENT_COLS.len()).map(|i| format!("?{i}")).collect();
        format!("INSERT INTO events ({}) VALUES ({})", EVENT_COLS.join(", "), marks.join(", "))
    });
    let vals = event_values(ev, n_sources);
    st.get(Stmts::INSERT_EVENT, || sql.clone())?.execute(rusqlite::params_from_iter(vals.iter()))?;
    Ok(st.conn.last_insert_rowid())
}

/// `SELECT id, <the indexed columns> FROM events WHERE rowid = ?1`: what [`update_event`]
/// compares the new values with.
fn indexed_columns_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let cols: Vec<&str> = INDEXED_EVENT_COLS.iter().map(|&i| EVENT_COLS[i]).collect();
        format!("SELECT id, {} FROM events WHERE rowid = ?1", cols.join(", "))
    })
}

/// Rewrite the events row `rowid` with `ev`, whose indexed columns held `old` (values of
/// [`INDEXED_EVENT_COLS`], in that order). Unindexed columns are always written; indexed ones only
/// when their value changed, so an event that gains a report without changing its place, parties,
/// date or toll touches none of the ten event indexes.
fn update_event(conn: &Connection, rowid: i64, old: &[Value], ev: &StoredEvent, n_sources: usize) -> Result<()> {
    // One statement per set of changed indexed columns (bit k: INDEXED_EVENT_COLS[k]); a handful
    // of sets occur, and each statement's text is built once.
    static SQL: [OnceLock<String>; 1 << INDEXED_EVENT_COLS.len()] =
        [const { OnceLock::new() }; 1 << INDEXED_EVENT_COLS.len()];
    let vals = event_values(ev, n_sources);
    let mut mask = 0usize;
    for (k, &i) in INDEXED_EVENT_COLS.iter().enumerate() {
        if old[k] != vals[i] {
            mask |= 1 << k;
        }
    }
    let written = |i: usize| INDEXED_EVENT_COLS.iter().position(|&c| c == i).is_none_or(|k| mask & (1 << k) != 0);
    let sql = SQL[mask].get_or_init(|| {
        let mut sets = Vec::new();
        for (i, col) in EVENT_COLS.iter().enumerate().skip(1).filter(|(i, _)| written(*i)) {
            sets.push(format!("{col} = ?{}", i + 1));
        }
        format!("UPDATE events SET {} WHERE rowid = ?{}", sets.join(", "), EVENT_COLS.len() + 1)
    });
    let rowid = Value::Integer(rowid);
    // Unused parameters (the id, unchanged indexed columns) are bound but not named.
    let args = vals.iter().chain(std::iter::once(&rowid));
    conn.prepare_cached(sql)?.execute(rusqlite::params_from_iter(args))?;
    Ok(())
}

/// The sources of event `ev`: its records' articles and their duplicate-text articles.
fn event_sources(conn: &Connection, ev: i64) -> Result<Vec<SourceRef>> {
    Ok(page_sources(conn, &[ev])?.remove(&ev).unwrap_or_default())
}

/// The sources of each of the events `evs` (a page of results) in one query, each list oldest
/// first.
fn page_sources(conn: &Connection, evs: &[i64]) -> Result<HashMap<i64, Vec<SourceRef>>> {
    let mut out: HashMap<i64, Vec<SourceRef>> = HashMap::with_capacity(evs.len());
    if evs.is_empty() {
        return Ok(out);
    }
    // One placeholder per event: the statement's text depends only on the page size.
    let marks = vec!["?"; evs.len()].join(", ");
    let sql = format!(
        "SELECT r.event, a.id, a.source, a.url, r.id, a.pub_day FROM records r JOIN articles a ON a.rowid = r.article \
         WHERE r.event IN ({marks}) \
         UNION ALL SELECT r.event, d.id, d.source, d.url, r.id, d.pub_day FROM records r \
         JOIN articles d ON d.duplicate_of = r.article WHERE r.event IN ({marks})"
    );
    let args = evs.iter().chain(evs.iter());
    let mut st = conn.prepare_cached(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(args))?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(SourceRef {
            article_id: r.get(1)?,
            source: r.get(2)?,
            url: r.get(3)?,
            record_id: r.get(4)?,
            published: r.get(5)?,
        });
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| {
            (a.published.is_none(), &a.published, &a.article_id, &a.record_id).cmp(&(
                b.published.is_none(),
                &b.published,
                &b.article_id,
                &b.record_id,
            ))
        });
    }
    Ok(out)
}

/// Recompute the canonical fields of event `ev` from its members, or delete it when none is left.
///
/// Works from stored columns (tolls, modes, publication days, completeness) read in one pass
/// over the members in report order, and parses only the representative record, so an event
/// reported hundreds of times stays cheap to update.
fn recompute_event(conn: &Connection, ev: i64) -> Result<()> {
    // Report order: publication day (undated last), then article and record id (a total order).
    let mut st = conn.prepare_cached(
        "SELECT r.rowid, r.completeness, r.fatalities, r.injuries, r.mode, a.pub_day FROM records r \
         JOIN articles a ON a.rowid = r.article WHERE r.event = ?1 \
         ORDER BY (a.pub_day IS NULL), a.pub_day, a.id, r.id",
    )?;
    let mut rows = st.query([ev])?;
    let mut tally = dedup::Tally::default();
    let mut members = 0;
    // The representative: the most complete record, the first in report order on ties.
    let mut rep: Option<(i64, i64)> = None;
    let mut own_first: Option<String> = None;
    while let Some(row) = rows.next()? {
        members += 1;
        let (rowid, completeness): (i64, i64) = (row.get(0)?, row.get(1)?);
        if rep.is_none_or(|(c, _)| completeness > c) {
            rep = Some((completeness, rowid));
        }
        tally.fatalities.extend(row.get::<_, Option<u32>>(2)?);
        tally.injuries.extend(row.get::<_, Option<u32>>(3)?);
        if tally.first_mode.is_none() {
            tally.first_mode = row.get(4)?;
        }
        if let Some(day) = row.get::<_, Option<String>>(5)? {
            if own_first.as_ref().is_none_or(|f| day < *f) {
                own_first = Some(day);
            }
        }
    }
    drop(rows);
    let Some((_, rep)) = rep else {
        conn.prepare_cached("DELETE FROM events WHERE rowid = ?1")?.execute([ev])?;
        return Ok(());
    };
    let rep: String =
        conn.prepare_cached("SELECT json FROM records WHERE rowid = ?1")?.query_row([rep], |r| r.get(0))?;
    let rep: EventRecord = serde_json::from_str(&rep)?;
    let (dups, first): (i64, Option<String>) = conn
        .prepare_cached(
            "SELECT count(*), min(d.pub_day) FROM records r JOIN articles d ON d.duplicate_of = r.article \
             WHERE r.event = ?1",
        )?
        .query_row([ev], |r| Ok((r.get(0)?, r.get(1)?)))?;
    tally.first_reported = match (own_first, first) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let (id, old): (String, Vec<Value>) = conn.prepare_cached(indexed_columns_sql())?.query_row([ev], |r| {
        Ok((r.get(0)?, (1..=INDEXED_EVENT_COLS.len()).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?))
    })?;
    let e = dedup::canonical(&id, &rep, &tally, Vec::new());
    update_event(conn, ev, &old, &e, members + dups as usize)
}

/// The events that records of article `art` belong to.
fn events_of_article(conn: &Connection, art: i64) -> Result<BTreeSet<i64>> {
    let mut st = conn.prepare_cached("SELECT DISTINCT event FROM records WHERE article = ?1")?;
    let v = st.query_map([art], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(v)
}

/// Delete the records of article `art` (and their full text), updating or removing their events.
/// Returns the removed records' `(id, json)`.
fn remove_records(conn: &Connection, fts: &mut Pending, art: i64) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached("SELECT rowid, event, id, json FROM records WHERE article = ?1")?;
    let rows: Vec<(i64, i64, String, String)> =
        st.query_map([art], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
    let mut events = BTreeSet::new();
    for (rowid, ev, _, _) in &rows {
        fts.cache.deleting(conn, *rowid)?;
        events.insert(*ev);
    }
    conn.prepare_cached("DELETE FROM records WHERE article = ?1")?.execute([art])?;
    for ev in events {
        recompute_event(conn, ev)?;
    }
    Ok(rows.into_iter().map(|(_, _, id, json)| (id, json)).collect())
}

/// The event `sig` should join, among stored candidates, if any.
///
/// Candidates share the type and a block (the country of the place or of the actor; records with
/// neither, the recipient's country or nothing: [`dedup::blocks_of`]) and lie in the date
/// ranges of [`Sig::candidate_ranges`] (undated records: the [`UNDATED_CANDIDATES`] most recent
/// undated ones, and older undated copies of its sentence, [`dedup::far_copy`]). They come from the writer's in-memory blocks ([`Cache`]).
/// An event is compared with its members (the [`LINK_MEMBERS`] most recent) only when none of the
/// members found vetoes the record and one of them reaches the threshold ([`dedup::passes`];
/// members not found have another country or date, so they would veto or not score).
/// Also returns the other events to merge into the chosen one ([`dedup::merge_candidates_keyed`]).
fn choose_event(st: &mut Stmts<'_>, cache: &mut Cache, sig: &Keyed, p: &Params) -> Result<Option<(i64, Vec<i64>)>> {
    let ranges = sig.sig.candidate_ranges();
    // The undated blocks, whose last entries are candidates, and the dated blocks, all of whose
    // entries are.
    // A dated record looks at the undated blocks too: it may be a copy of an undated report
    // (`Params::undated_dated_similarity`).
    let undated = if ranges.is_empty() || p.undated_meets_dated() {
        Cache::keys_at(&sig.sig, "unknown", None)
    } else {
        Vec::new()
    };
    let mut keys = Vec::new();
    for (block, key) in sig.sig.blocks().into_iter().flatten() {
        for &(prec, lo, hi) in &ranges {
            for day_lo in period_starts(prec, lo, hi) {
                keys.push(BlockKey {
                    event_type: sig.sig.event_type.clone(),
                    block,
                    country: key.to_string(),
                    precision: precision_str(prec),
                    day_lo: Some(day_lo),
                });
            }
        }
    }
    for k in undated.iter().chain(&keys) {
        cache.load(st, k)?;
    }
    // (event, rowid, candidate), grouped by event (in event order, as ties go to the first
    // event). A record whose place and actor have one country is in two of the blocks: it is
    // compared once.
    let mut refs: Vec<(i64, i64, &Cand)> = Vec::new();
    for k in &undated {
        let block = &cache.blocks[k];
        let (older, recent) = block.split_at(block.len().saturating_sub(UNDATED_CANDIDATES));
        refs.extend(recent.iter().map(|c| (cache.current(c.event), c.rowid, c)));
        // Older records of the block whose sentence has exactly this one's words.
        if p.far_copy_words > 0 && sig.sig.words.len() >= p.far_copy_words {
            refs.extend(
                older
                    .iter()
                    .filter(|c| dedup::far_copy(&sig.sig, &c.sig, p))
                    .map(|c| (cache.current(c.event), c.rowid, c)),
            );
        }
    }
    for k in &keys {
        refs.extend(cache.blocks[k].iter().map(|c| (cache.current(c.event), c.rowid, c)));
    }
    refs.sort_unstable_by_key(|x| (x.0, x.1));
    refs.dedup_by_key(|x| (x.0, x.1));
    let mut passing = Vec::new();
    let mut seen: Vec<dedup::Pair> = Vec::new();
    for group in refs.chunk_by(|x, y| x.0 == y.0) {
        seen.clear();
        seen.extend(group.iter().map(|x| (x.2.sig.as_ref(), &x.2.key)));
        if dedup::passes_keyed(sig, &seen, p) {
            passing.push(group[0].0);
        }
    }
    drop(seen);
    drop(refs);
    // The passing events' most recent members, keyed here (few events pass).
    let mut members: Vec<(i64, Arc<Sig>, dedup::Key)> = Vec::new();
    for ev in passing {
        let rowids: Vec<i64> = st
            .get(Stmts::MEMBERS, || "SELECT rowid FROM records WHERE event = ?1 ORDER BY rowid DESC LIMIT ?2".into())?
            .query_map([ev, LINK_MEMBERS], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for r in rowids {
            let s = cache.sig(st, r)?;
            let k = dedup::Key::of(&s, &mut cache.interner);
            members.push((ev, s, k));
        }
    }
    let full: Vec<(i64, Vec<dedup::Pair>)> = members
        .chunk_by(|x, y| x.0 == y.0)
        .map(|g| (g[0].0, g.iter().map(|m| (m.1.as_ref(), &m.2)).collect()))
        .collect();
    let Some(best) = dedup::best_event_keyed(sig, &full, p) else { return Ok(None) };
    Ok(Some((best, dedup::merge_candidates_keyed(sig, &full, best, p))))
}

/// Move the records of event `from` into event `into` (both are recomputed by the caller).
fn merge_event(conn: &Connection, cache: &mut Cache, from: i64, into: i64) -> Result<()> {
    conn.prepare_cached("UPDATE records SET event = ?1 WHERE event = ?2")?.execute([into, from])?;
    cache.merged.insert(from, into);
    Ok(())
}

/// A fresh event id for a record: `ev-<record id>`, suffixed if an event already has it.
fn new_event_id(stmts: &mut Stmts<'_>, record_id: &str) -> Result<String> {
    let st = stmts.get(Stmts::EVENT_ID, || "SELECT 1 FROM events WHERE id = ?1".into())?;
    let mut id = format!("ev-{record_id}");
    let mut n = 1;
    while st.exists([&id])? {
        n += 1;
        id = format!("ev-{record_id}-{n}");
    }
    Ok(id)
}

/// `INSERT` of a records row: `event` (`?1`), then [`RECORD_COLS`] ([`columns::record_cells`]).
fn insert_record_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let cols: Vec<&str> = RECORD_COLS.iter().map(|c| c.0).collect();
        let marks: Vec<String> = (1..=RECORD_COLS.len() + 1).map(|i| format!("?{i}")).collect();
        format!("INSERT INTO records (event, {}) VALUES ({})", cols.join(", "), marks.join(", "))
    })
}

/// Statements taken from rusqlite's statement cache once and held while an article's records
/// are stored (each take and return hashes the SQL text; clustering one record ran up to a
/// dozen of them). Slots are filled on first use; dropping the set returns them to the cache.
struct Stmts<'c> {
    conn: &'c Connection,
    slots: [Option<rusqlite::CachedStatement<'c>>; Stmts::SLOTS],
}

impl<'c> Stmts<'c> {
    const SIG: usize = 0;
    const MEMBERS: usize = 1;
    const EVENT_ID: usize = 2;
    const INSERT_EVENT: usize = 3;
    /// Eight block statements: + 2 × [`block_slot`] for the block kind, + 1 for dated blocks.
    const BLOCK: usize = 4;
    const SLOTS: usize = 12;

    fn new(conn: &'c Connection) -> Stmts<'c> {
        Stmts { conn, slots: Default::default() }
    }

    /// The statement of slot `i`, prepared (through the cache) from `sql()` if not yet held.
    fn get(&mut self, i: usize, sql: impl FnOnce() -> String) -> Result<&mut rusqlite::CachedStatement<'c>> {
        let slot = &mut self.slots[i];
        if slot.is_none() {
            *slot = Some(self.conn.prepare_cached(&sql())?);
        }
        Ok(slot.as_mut().expect("filled above"))
    }
}

/// Insert the records of article `art` and cluster each into an event. Returns the number of
/// records written (a record whose id is already stored, from another article, is skipped).
fn store_records(
    conn: &Connection,
    fts: &mut Pending,
    art: i64,
    info: &ArticleInfo,
    records: &[EventRecord],
    prepared: Option<Vec<RecordKeys>>,
    p: &Params,
) -> Result<u64> {
    let has_duplicates = has_duplicates(conn, art)?;
    let mut written = 0;
    let mut touched = BTreeSet::new();
    // The keys a worker computed, when they are those of these records.
    let mut prepared = prepared.filter(|k| k.len() == records.len()).map(Vec::into_iter);
    // The two statements run for every record are taken from the statement cache once per
    // article, not once per record: each take and return hashes the SQL text (SipHash, hundreds
    // of bytes for the insert).
    let mut stored = conn.prepare_cached("SELECT 1 FROM records WHERE id = ?1")?;
    let mut insert = conn.prepare_cached(insert_record_sql())?;
    // Likewise the statements of clustering and event inserts, taken when first used.
    let mut st = Stmts::new(conn);
    for r in records {
        let keys = prepared.as_mut().and_then(Iterator::next);
        if stored.exists([&r.id])? {
            continue;
        }
        let RecordKeys { words, json } = keys.unwrap_or_else(|| RecordKeys::of(r));
        // Trimmed before the record is keyed: a trim starts the interner over.
        fts.cache.trim();
        let sig = Keyed::new(Sig::with_words(r, art, words), &mut fts.cache.interner);
        let event = match choose_event(&mut st, &mut fts.cache, &sig, p)? {
            Some((ev, merge)) => {
                touched.insert(ev);
                for other in merge {
                    merge_event(conn, &mut fts.cache, other, ev)?;
                    // Left without members: deleted when recomputed.
                    touched.insert(other);
                }
                ev
            }
            None => {
                let id = new_event_id(&mut st, &r.id)?;
                let ev = dedup::founded(&id, r, info.pub_day.as_deref());
                let rowid = insert_event(&mut st, &ev, 1)?;
                if has_duplicates {
                    touched.insert(rowid);
                }
                rowid
            }
        };
        let cells = columns::record_cells(r, art, &sig.sig, json);
        let first: &dyn rusqlite::ToSql = &event;
        insert.execute(rusqlite::params_from_iter(std::iter::once(first).chain(cells.iter().map(|c| c as _))))?;
        let rowid = conn.last_insert_rowid();
        fts.cache.inserted(rowid, event, sig);
        written += 1;
    }
    drop((stored, insert, st));
    for ev in touched {
        recompute_event(conn, ev)?;
    }
    Ok(written)
}

fn article_info(conn: &Connection, art: i64) -> Result<(Article, ArticleInfo)> {
    let mut st =
        conn.prepare_cached("SELECT id, title, text, published, source, url, pub_day FROM articles WHERE rowid = ?1")?;
    Ok(st.query_row([art], |r| {
        let a = Article {
            id: r.get(0)?,
            title: r.get(1)?,
            text: r.get(2)?,
            published: r.get(3)?,
            source: r.get(4)?,
            url: r.get(5)?,
        };
        let info = ArticleInfo { id: a.id.clone(), source: a.source.clone(), url: a.url.clone(), pub_day: r.get(6)? };
        Ok((a, info))
    })?)
}

fn has_duplicates(conn: &Connection, art: i64) -> Result<bool> {
    Ok(conn.prepare_cached("SELECT 1 FROM articles WHERE duplicate_of = ?1 LIMIT 1")?.exists([art])?)
}

/// Take article `art` out of the event data before its content is replaced: a duplicate is
/// unlinked from its original; an original loses its records and full text, and its first
/// duplicate (if any) becomes the original of the others and is coded.
fn detach_article(
    conn: &Connection,
    fts: &mut Pending,
    art: i64,
    duplicate_of: Option<i64>,
    code: CodeFn,
    p: &Params,
) -> Result<u64> {
    if let Some(orig) = duplicate_of {
        conn.prepare_cached("UPDATE articles SET duplicate_of = NULL WHERE rowid = ?1")?.execute([art])?;
        for ev in events_of_article(conn, orig)? {
            recompute_event(conn, ev)?;
        }
        return Ok(0);
    }
    remove_records(conn, fts, art)?;
    fts.delete(art);
    let first: Option<i64> = conn
        .prepare_cached("SELECT rowid FROM articles WHERE duplicate_of = ?1 ORDER BY rowid LIMIT 1")?
        .query_row([art], |r| r.get(0))
        .optional()?;
    let Some(first) = first else { return Ok(0) };
    conn.prepare_cached("UPDATE articles SET duplicate_of = NULL WHERE rowid = ?1")?.execute([first])?;
    conn.prepare_cached("UPDATE articles SET duplicate_of = ?1 WHERE duplicate_of = ?2")?.execute([first, art])?;
    let (a, info) = article_info(conn, first)?;
    fts.insert(first, keys::fts_document(a.title.as_deref(), &a.text));
    store_records(conn, fts, first, &info, &code(&a), None, p)
}

/// The stored original (not itself a duplicate) other than `art` whose text equals `text`.
fn find_original(conn: &Connection, art: Option<i64>, hash: i64, text: &str) -> Result<Option<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT rowid FROM articles WHERE text_hash = ?1 AND duplicate_of IS NULL AND rowid IS NOT ?2 AND text = ?3 \
         ORDER BY rowid LIMIT 1",
    )?;
    Ok(st.query_row(params![hash, art, text], |r| r.get(0)).optional()?)
}

fn ingest_one(
    conn: &Connection,
    fts: &mut Pending,
    item: Prepared,
    code: CodeFn,
    p: &Params,
    counts: &mut IngestCounts,
) -> Result<()> {
    let Prepared { article: a, hashes, records, record_keys, fts: doc } = item;
    let existing: Option<(i64, Vec<u8>, Option<i64>)> = conn
        .prepare_cached("SELECT rowid, content_hash, duplicate_of FROM articles WHERE id = ?1")?
        .query_row([&a.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    if existing.as_ref().is_some_and(|e| e.1 == hashes.content) {
        counts.unchanged += 1;
        return Ok(());
    }
    let day = pub_day(a.published.as_deref());
    let original = find_original(conn, existing.as_ref().map(|e| e.0), hashes.text, &a.text)?;
    let art = match existing {
        Some((art, _, dup_of)) => {
            counts.changed += 1;
            counts.records += detach_article(conn, fts, art, dup_of, code, p)?;
            conn.prepare_cached(
                "UPDATE articles SET source = ?2, url = ?3, published = ?4, pub_day = ?5, title = ?6, text = ?7, \
                 content_hash = ?8, text_hash = ?9, duplicate_of = ?10 WHERE rowid = ?1",
            )?
            .execute(params![
                art,
                a.source,
                a.url,
                a.published,
                day,
                a.title,
                a.text,
                &hashes.content[..],
                hashes.text,
                original
            ])?;
            art
        }
        None => {
            if original.is_some() {
                counts.duplicate += 1;
            } else {
                counts.new += 1;
            }
            conn.prepare_cached(
                "INSERT INTO articles (id, source, url, published, pub_day, title, text, content_hash, text_hash, \
                 duplicate_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                a.id,
                a.source,
                a.url,
                a.published,
                day,
                a.title,
                a.text,
                &hashes.content[..],
                hashes.text,
                original
            ])?;
            conn.last_insert_rowid()
        }
    };
    if let Some(orig) = original {
        // A repeated text: listed as a further source of the original's events, not coded.
        for ev in events_of_article(conn, orig)? {
            recompute_event(conn, ev)?;
        }
        return Ok(());
    }
    fts.insert(art, doc.unwrap_or_else(|| keys::fts_document(a.title.as_deref(), &a.text)));
    let (records, record_keys) = match records {
        Some(r) => (r, record_keys),
        None => (code(&a), None),
    };
    let info = ArticleInfo { id: a.id.clone(), source: a.source.clone(), url: a.url.clone(), pub_day: day };
    counts.records += store_records(conn, fts, art, &info, &records, record_keys, p)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A query under construction: fixed SQL fragments only, every value bound.
struct Query {
    sql: String,
    args: Vec<Value>,
}

impl Query {
    fn new(head: &str) -> Query {
        Query { sql: head.to_string(), args: Vec::new() }
    }
    /// Append `frag`, whose `?` placeholders take `vals` in order.
    fn push(&mut self, frag: &str, vals: impl IntoIterator<Item = Value>) {
        self.sql.push_str(frag);
        self.args.extend(vals);
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// Range filters that match so many events that a first page is found fastest by walking events
/// newest first and testing each, rather than through the filter's own index (which yields every
/// match, to be sorted before the first row comes out). See [`SqliteStore::dense_ranges`].
#[derive(Debug, Clone, Copy, Default)]
struct Dense {
    bbox: bool,
    fatalities: bool,
}

/// Matches counted by the density probe before a range filter counts as dense. Sorting m matches
/// from their covering index and walking the sort index until 50 are met (about 50·N/m entries
/// of N events) cost about the same per entry, so the walk wins above m ≈ √(50·N): 2,600 for
/// 134,000 events, 7,000 for a million.
const DENSE_PROBE: i64 = 5_000;

/// Matching articles from which a full-text query counts as common
/// ([`SqliteStore::common_text`]). The walk reads the m matching rowids from the full-text index
/// and tests about 50·N/m events of N to fill a page (one index lookup each); collecting joins
/// all m matches to their records (three per article on average) and events and sorts the
/// events. (Until schema version 3 the probe counted matching sentences or articles, at 2,000;
/// a word in 2,000 sentences is in about 1,000 articles: داعش in bench60k, 3,590 and 1,682.)
const TEXT_PROBE: i64 = 1_000;

/// Events the newest-first walk of a common full-text query tests before it gives up and
/// collects the matches instead ([`SqliteStore::walk_text`]): a word common in the whole
/// database may be rare among the newest events (داعش in bench60k: frequent in the undated
/// articles, which sort last, rare in the dated 2012–2013 crawl).
const TEXT_WALK: usize = 5_000;

/// Append the keyset condition of `cursor`: rows after it in newest-first order.
fn push_cursor(q: &mut Query, cursor: Option<Cursor>) {
    if let Some(c) = cursor {
        q.push(
            " AND (e.sort_day < ? OR (e.sort_day = ? AND e.rowid < ?))",
            [Value::Integer(c.sort_day), Value::Integer(c.sort_day), Value::Integer(c.rowid)],
        );
    }
}

/// Append the conditions of `f` (on events aliased `e`).
fn push_filter(q: &mut Query, f: &Filter) -> Result<()> {
    push_filter_planned(q, f, Dense::default())
}

/// [`push_filter`], with dense range filters written so that no index serves them (a unary `+`
/// on the column), which leaves SQLite the index of the sort order.
fn push_filter_planned(q: &mut Query, f: &Filter, dense: Dense) -> Result<()> {
    if let Some(t) = &f.text {
        match keys::fts_query(t) {
            Some(m) => q.push(
                // A record's sentence is part of its article, so the articles' index finds the
                // events of matching sentences too.
                " AND e.rowid IN (SELECT r.event FROM records r WHERE r.article IN \
                 (SELECT rowid FROM article_fts WHERE article_fts MATCH ?))",
                [text(&m)],
            ),
            None => return Err(StoreError::BadFilter(format!("no words to search in {t:?}"))),
        }
    }
    for (column, v) in f.column_equalities() {
        if let Some(v) = v {
            q.push(&format!(" AND e.{column} = ?"), [text(v)]);
        }
    }
    if let Some(s) = f.status {
        q.push(" AND e.status = ?", [text(s.as_str())]);
    }
    if let Some(from) = &f.from {
        let (lo, _, _) =
            dedup::date_range(from).ok_or_else(|| StoreError::BadFilter(format!("--from {from:?} is not a date")))?;
        // sort_day (= day_lo) is at most 366 days before day_hi: the bound lets an index on
        // (…, sort_day) walk only the range instead of filtering every older row.
        q.push(" AND e.day_hi >= ? AND e.sort_day >= ?", [Value::Integer(lo), Value::Integer(lo - 366)]);
    }
    if let Some(to) = &f.to {
        let (_, hi, _) =
            dedup::date_range(to).ok_or_else(|| StoreError::BadFilter(format!("--to {to:?} is not a date")))?;
        q.push(" AND e.day_lo <= ? AND e.sort_day <= ?", [Value::Integer(hi), Value::Integer(hi)]);
    }
    if let Some([x0, y0, x1, y1]) = f.bbox {
        if !(x0 <= x1 && y0 <= y1) {
            return Err(StoreError::BadFilter("bbox must be minlon,minlat,maxlon,maxlat".into()));
        }
        let frag = if dense.bbox {
            " AND +e.lon BETWEEN ? AND ? AND +e.lat BETWEEN ? AND ?"
        } else {
            " AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?"
        };
        q.push(frag, [Value::Real(x0), Value::Real(x1), Value::Real(y0), Value::Real(y1)]);
    }
    if let Some(n) = f.min_fatalities {
        let frag = if dense.fatalities { " AND +e.fatalities >= ?" } else { " AND e.fatalities >= ?" };
        q.push(frag, [Value::Integer(i64::from(n))]);
    }
    if let Some(s) = &f.source {
        // The full source, or its part after the last '/': compared, never used as a pattern.
        q.push(
            " AND EXISTS (SELECT 1 FROM records r JOIN articles a ON a.duplicate_of = r.article OR a.rowid = r.article \
             WHERE r.event = e.rowid AND (a.source = ? OR substr(a.source, -length(?) - 1) = '/' || ?))",
            [text(s), text(s), text(s)],
        );
    }
    Ok(())
}

fn event_from_row(conn: &Connection, rowid: i64, json: &str) -> Result<StoredEvent> {
    let mut e: StoredEvent = serde_json::from_str(json)?;
    e.sources = event_sources(conn, rowid)?;
    Ok(e)
}

/// Per-batch size of recode transactions.
const RECODE_BATCH: usize = 256;

/// True unless the committed state of `conn` says article `a` is unchanged or a known duplicate
/// text ([`Checker::needs_coding`]).
fn needs_coding(conn: &Connection, a: &Article, h: &ArticleHashes) -> Result<bool> {
    let stored: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT rowid, content_hash FROM articles WHERE id = ?1")?
        .query_row([&a.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if stored.as_ref().is_some_and(|s| s.1 == h.content) {
        return Ok(false);
    }
    Ok(find_original(conn, stored.map(|s| s.0), h.text, &a.text)?.is_none())
}

struct Checker1 {
    conn: Connection,
}

impl Checker for Checker1 {
    fn needs_coding(&mut self, a: &Article, h: &ArticleHashes) -> Result<bool> {
        needs_coding(&self.conn, a, h)
    }

    /// The batch's two lookups per article in one read transaction: outside one, every statement
    /// took and released a WAL read lock of its own (file locks on the `-shm` file) and, after
    /// each commit of the writer, checked its page cache again.
    fn needs_coding_batch(&mut self, items: &[(&Article, ArticleHashes)]) -> Result<Vec<bool>> {
        let tx = self.conn.unchecked_transaction()?;
        let out = items.iter().map(|(a, h)| needs_coding(&tx, a, h)).collect::<Result<Vec<bool>>>()?;
        // Nothing was written: ending it releases the read lock.
        tx.rollback()?;
        Ok(out)
    }
}

impl SqliteStore {
    /// Which of `f`'s range filters (bounding box, minimum fatalities) are dense: count their
    /// matches through their own index, up to the store's threshold ([`DENSE_PROBE`]). SQLite's statistics say nothing
    /// about how much of a coordinate or toll range is filled, so without this it serves a
    /// country-sized box from the coordinate index and sorts a hundred thousand events to return
    /// fifty; a dense filter is left to the newest-first walk of the sort index instead, which
    /// carries the coordinates and the toll.
    fn dense_ranges(&self, f: &Filter) -> Result<Dense> {
        let probe = |sql: &str, args: &[Value]| -> Result<bool> {
            let limit = Value::Integer(self.dense_probe);
            let args = args.iter().chain(std::iter::once(&limit));
            let n: i64 = self.conn.prepare_cached(sql)?.query_row(rusqlite::params_from_iter(args), |r| r.get(0))?;
            Ok(n >= self.dense_probe)
        };
        let mut d = Dense::default();
        if let Some([x0, y0, x1, y1]) = f.bbox {
            d.bbox = probe(
                "SELECT count(*) FROM (SELECT 1 FROM events WHERE lon BETWEEN ?1 AND ?2 AND lat BETWEEN ?3 AND ?4 LIMIT ?5)",
                &[Value::Real(x0), Value::Real(x1), Value::Real(y0), Value::Real(y1)],
            )?;
        }
        if let Some(n) = f.min_fatalities {
            d.fatalities = probe(
                "SELECT count(*) FROM (SELECT 1 FROM events WHERE fatalities >= ?1 LIMIT ?2)",
                &[Value::Integer(i64::from(n))],
            )?;
        }
        Ok(d)
    }

    /// `(rowid, sort_day)` of up to `limit + 1` events of a page, newest first, with every filter
    /// in one statement (full text through the events of all matching articles).
    fn page_rows(&self, filter: &Filter, cursor: Option<Cursor>, limit: usize) -> Result<Vec<(i64, i64)>> {
        let mut q = Query::new("SELECT e.rowid, e.sort_day FROM events e WHERE 1 = 1");
        push_filter_planned(&mut q, filter, self.dense_ranges(filter)?)?;
        push_cursor(&mut q, cursor);
        q.push(" ORDER BY e.sort_day DESC, e.rowid DESC LIMIT ?", [Value::Integer(limit as i64 + 1)]);
        let mut st = self.conn.prepare_cached(&q.sql)?;
        let rows = st
            .query_map(rusqlite::params_from_iter(q.args.iter()), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The FTS5 query of `f`'s text when it is common: at least [`SqliteStore::with_text_probe`]
    /// matching articles (counted through the full-text index, up to that number).
    /// Collecting every match of a common word and sorting their events takes hundreds of
    /// milliseconds on a million records; such a word is better checked per event while walking
    /// the events newest first ([`SqliteStore::walk_text`]).
    fn common_text(&self, f: &Filter) -> Result<Option<String>> {
        let Some(t) = &f.text else { return Ok(None) };
        let Some(m) = keys::fts_query(t) else { return Ok(None) };
        let sql = "SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts MATCH ?1 LIMIT ?2)";
        let n: i64 = self.conn.prepare_cached(sql)?.query_row(params![m, self.text_probe], |r| r.get(0))?;
        Ok((n >= self.text_probe).then_some(m))
    }

    /// The rows of a page for a common full-text query `m`: the rowids of the matching articles
    /// are read from the full-text index alone (no join), then the events matching the other
    /// filters are walked newest first (through their indexes, as a structured search does) and
    /// each is kept if the article of one of its records is among them, until the
    /// page is full. `None` when [`TEXT_WALK`] events were tested without filling the page: the
    /// other filters and the words rarely meet among the newest events, and collecting the
    /// matches' events is then the better plan.
    fn walk_text(&self, f: &Filter, m: &str, cursor: Option<Cursor>, limit: usize) -> Result<Option<Vec<(i64, i64)>>> {
        let articles: HashSet<i64> = self
            .conn
            .prepare_cached("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1")?
            .query_map([m], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let rest = Filter { text: None, ..f.clone() };
        let mut q = Query::new("SELECT e.rowid, e.sort_day FROM events e WHERE 1 = 1");
        push_filter_planned(&mut q, &rest, self.dense_ranges(&rest)?)?;
        push_cursor(&mut q, cursor);
        q.push(" ORDER BY e.sort_day DESC, e.rowid DESC", []);
        let mut st = self.conn.prepare_cached(&q.sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(q.args.iter()))?;
        let mut members = self.conn.prepare_cached("SELECT article FROM records WHERE event = ?1")?;
        let mut out = Vec::new();
        let mut tested = 0;
        while let Some(row) = rows.next()? {
            let (ev, sort_day): (i64, i64) = (row.get(0)?, row.get(1)?);
            tested += 1;
            if tested > TEXT_WALK {
                return Ok(None);
            }
            let mut recs = members.query([ev])?;
            let mut hit = false;
            while let Some(r) = recs.next()? {
                if articles.contains(&r.get(0)?) {
                    hit = true;
                    break;
                }
            }
            if hit {
                out.push((ev, sort_day));
                if out.len() > limit {
                    break;
                }
            }
        }
        Ok(Some(out))
    }

    /// A [`Checker`] on the database file at `path` (read-only; it must exist).
    pub fn open_checker(path: &Path) -> Result<Box<dyn Checker>> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        Ok(Box::new(Checker1 { conn }))
    }

    /// Call `f` with every original (not duplicate) article and its records, in storage order.
    pub fn for_each_article(
        &self,
        f: &mut dyn FnMut(Article, Vec<EventRecord>) -> std::result::Result<(), String>,
    ) -> Result<u64> {
        let mut st = self.conn.prepare("SELECT rowid FROM articles WHERE duplicate_of IS NULL ORDER BY rowid")?;
        let mut rows = st.query([])?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            let art: i64 = row.get(0)?;
            let (a, _) = article_info(&self.conn, art)?;
            let recs = self
                .conn
                .prepare_cached("SELECT json FROM records WHERE article = ?1 ORDER BY rowid")?
                .query_map([art], |r| r.get::<_, String>(0))?
                .map(|j| Ok(serde_json::from_str(&j?)?))
                .collect::<Result<Vec<EventRecord>>>()?;
            f(a, recs).map_err(StoreError::Callback)?;
            n += 1;
        }
        Ok(n)
    }
}

impl Store for SqliteStore {
    fn checker(&self) -> Result<Box<dyn Checker>> {
        SqliteStore::open_checker(&self.path)
    }

    fn ingest_batch(&mut self, batch: Vec<Prepared>, code: CodeFn) -> Result<IngestCounts> {
        let p = self.params;
        self.checkpoint_in_background()?;
        self.check_cache()?;
        let tx = self.conn.transaction()?;
        let mut counts = IngestCounts::default();
        // The signature cache moves into the batch and back only if the batch commits.
        let mut fts = Pending { cache: self.sigs.take().unwrap_or_default(), ..Default::default() };
        for item in batch {
            ingest_one(&tx, &mut fts, item, code, &p, &mut counts)?;
        }
        fts.flush(&tx)?;
        tx.commit()?;
        self.sigs = Some(fts.cache);
        self.committed()?;
        Ok(counts)
    }

    fn recode(&mut self, code: CodeFn, progress: &mut dyn FnMut(u64)) -> Result<RecodeReport> {
        let p = self.params;
        self.checkpoint_in_background()?;
        let mut rep = RecodeReport::default();
        let c = self.counts()?;
        (rep.records_before, rep.events_before) = (c.records, c.events);
        // Event memberships before, to count the events that change.
        self.conn.execute_batch(
            "DROP TABLE IF EXISTS temp.old_events;
             CREATE TEMP TABLE old_events AS SELECT e.id AS id, (SELECT group_concat(id, ' ') FROM \
             (SELECT r.id FROM records r WHERE r.event = e.rowid ORDER BY r.id)) AS members FROM events e;",
        )?;
        let arts: Vec<i64> = self
            .conn
            .prepare("SELECT rowid FROM articles WHERE duplicate_of IS NULL ORDER BY rowid")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for chunk in arts.chunks(RECODE_BATCH) {
            self.check_cache()?;
            let tx = self.conn.transaction()?;
            let mut fts = Pending { cache: self.sigs.take().unwrap_or_default(), ..Default::default() };
            for &art in chunk {
                let (a, info) = article_info(&tx, art)?;
                let old: HashMap<String, String> = remove_records(&tx, &mut fts, art)?.into_iter().collect();
                let new = code(&a);
                // (The stored JSON is made once: compared here and written by `store_records`.)
                let keys: Vec<RecordKeys> = new.iter().map(RecordKeys::of).collect();
                for (r, k) in new.iter().zip(&keys) {
                    match old.get(&r.id) {
                        None => rep.records_added += 1,
                        Some(j) if *j != k.json => rep.records_modified += 1,
                        Some(_) => {}
                    }
                }
                let new_ids: BTreeSet<&str> = new.iter().map(|r| r.id.as_str()).collect();
                rep.records_removed += old.keys().filter(|k| !new_ids.contains(k.as_str())).count() as u64;
                store_records(&tx, &mut fts, art, &info, &new, Some(keys), &p)?;
                rep.articles += 1;
            }
            fts.flush(&tx)?;
            tx.commit()?;
            self.sigs = Some(fts.cache);
            self.committed()?;
            progress(rep.articles);
        }
        rep.events_changed = self.conn.query_row(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM temp.old_events o WHERE o.id = e.id AND \
             o.members IS (SELECT group_concat(id, ' ') FROM (SELECT r.id FROM records r WHERE r.event = e.rowid \
             ORDER BY r.id)))",
            [],
            |r| r.get(0),
        )?;
        let gone: u64 = self.conn.query_row(
            "SELECT count(*) FROM temp.old_events o WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = o.id)",
            [],
            |r| r.get(0),
        )?;
        rep.events_changed += gone;
        self.conn.execute_batch("DROP TABLE temp.old_events")?;
        let c = self.counts()?;
        (rep.records_after, rep.events_after) = (c.records, c.events);
        Ok(rep)
    }

    fn search(&self, filter: &Filter, cursor: Option<Cursor>, limit: usize) -> Result<Page<StoredEvent>> {
        // The page's rows are chosen by rowid first and only then read whole: a filter index that
        // carries sort_day then sorts its matches without reading each match's row (and JSON).
        let rows = match self.common_text(filter)? {
            Some(m) => match self.walk_text(filter, &m, cursor, limit)? {
                Some(rows) => rows,
                None => self.page_rows(filter, cursor, limit)?,
            },
            None => self.page_rows(filter, cursor, limit)?,
        };
        let more = rows.len() > limit;
        let ids: Vec<i64> = rows.iter().take(limit).map(|r| r.0).collect();
        let mut sources = page_sources(&self.conn, &ids)?;
        let mut items = Vec::with_capacity(limit.min(rows.len()));
        let mut next = None;
        let mut json_of = self.conn.prepare_cached("SELECT json FROM events WHERE rowid = ?1")?;
        for (rowid, sort_day) in rows.into_iter().take(limit) {
            let json: String = json_of.query_row([rowid], |r| r.get(0))?;
            let mut e: StoredEvent = serde_json::from_str(&json)?;
            e.sources = sources.remove(&rowid).unwrap_or_default();
            items.push(e);
            next = Some(Cursor { sort_day, rowid });
        }
        Ok(Page { items, next: if more { next } else { None } })
    }

    fn for_each_event(
        &self,
        filter: &Filter,
        f: &mut dyn FnMut(StoredEvent) -> std::result::Result<(), String>,
    ) -> Result<u64> {
        let mut q = Query::new("SELECT e.rowid, e.json FROM events e WHERE 1 = 1");
        push_filter(&mut q, filter)?;
        q.push(" ORDER BY e.sort_day DESC, e.rowid DESC", []);
        let mut st = self.conn.prepare(&q.sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(q.args.iter()))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let json: String = row.get(1)?;
            f(event_from_row(&self.conn, rowid, &json)?).map_err(StoreError::Callback)?;
            n += 1;
        }
        Ok(n)
    }

    fn event(&self, id: &str) -> Result<Option<(StoredEvent, Vec<EventRecord>)>> {
        let row: Option<(i64, String)> = self
            .conn
            .prepare_cached("SELECT rowid, json FROM events WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((rowid, json)) = row else { return Ok(None) };
        let e = event_from_row(&self.conn, rowid, &json)?;
        let mut st = self.conn.prepare_cached("SELECT json FROM records WHERE event = ?1 ORDER BY rowid")?;
        let recs = st
            .query_map([rowid], |r| r.get::<_, String>(0))?
            .map(|j| Ok(serde_json::from_str(&j?)?))
            .collect::<Result<Vec<EventRecord>>>()?;
        Ok(Some((e, recs)))
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT a.rowid, a.id, a.title, a.text, a.published, a.source, a.url, a.content_hash, a.duplicate_of, \
                 (SELECT o.id FROM articles o WHERE o.rowid = a.duplicate_of) FROM articles a WHERE a.id = ?1",
            )?
            .query_row([id], |r| {
                let art = Article {
                    id: r.get(1)?,
                    title: r.get(2)?,
                    text: r.get(3)?,
                    published: r.get(4)?,
                    source: r.get(5)?,
                    url: r.get(6)?,
                };
                let hash: Vec<u8> = r.get(7)?;
                let coded: i64 = r.get::<_, Option<i64>>(8)?.unwrap_or(r.get(0)?);
                Ok((art, hash, coded, r.get::<_, Option<String>>(9)?))
            })
            .optional()?;
        let Some((article, hash, coded, duplicate_of)) = row else { return Ok(None) };
        let record_ids = self
            .conn
            .prepare_cached("SELECT id FROM records WHERE article = ?1 ORDER BY rowid")?
            .query_map([coded], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(Some(StoredArticle { article, content_hash: keys::hex(&hash), duplicate_of, record_ids }))
    }

    fn stats(&self, filter: &Filter) -> Result<Stats> {
        let group = |head: &str, tail: &'static str| -> Result<Vec<(String, u64)>> {
            let mut q = Query::new(head);
            push_filter(&mut q, filter)?;
            q.push(tail, []);
            let mut st = self.conn.prepare_cached(&q.sql)?;
            let v = st
                .query_map(rusqlite::params_from_iter(q.args.iter()), |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            Ok(v)
        };
        let mut q = Query::new("SELECT count(*) FROM events e WHERE 1 = 1");
        push_filter(&mut q, filter)?;
        let events =
            self.conn.prepare_cached(&q.sql)?.query_row(rusqlite::params_from_iter(q.args.iter()), |r| r.get(0))?;
        Ok(Stats {
            events,
            by_day: group(
                "SELECT e.date, count(*) FROM events e WHERE e.date_precision = 'day'",
                " GROUP BY e.date ORDER BY e.date",
            )?,
            by_type: group(
                "SELECT e.event_type, count(*) FROM events e WHERE 1 = 1",
                " GROUP BY e.event_type ORDER BY 2 DESC, 1",
            )?,
            by_country: group(
                "SELECT e.country, count(*) FROM events e WHERE e.country IS NOT NULL",
                " GROUP BY e.country ORDER BY 2 DESC, 1",
            )?,
            by_admin1: group(
                "SELECT e.admin1, count(*) FROM events e WHERE e.admin1 IS NOT NULL",
                " GROUP BY e.admin1 ORDER BY 2 DESC, 1",
            )?,
        })
    }

    fn ping(&self) -> Result<()> {
        self.conn.query_row("PRAGMA schema_version", [], |_| Ok(()))?;
        Ok(())
    }

    fn counts(&self) -> Result<Counts> {
        let n = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(Counts {
            articles: n("SELECT count(*) FROM articles")?,
            duplicates: n("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            records: n("SELECT count(*) FROM records")?,
            events: n("SELECT count(*) FROM events")?,
        })
    }

    fn record_events(&self, article_ids: &[String]) -> Result<Vec<(EventRecord, String)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.json, e.id FROM articles a JOIN records r ON r.article = coalesce(a.duplicate_of, a.rowid) \
             JOIN events e ON e.rowid = r.event WHERE a.id = ?1 ORDER BY r.rowid",
        )?;
        let mut out = Vec::new();
        for id in article_ids {
            for row in st.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
                let (json, ev) = row?;
                out.push((serde_json::from_str(&json)?, ev));
            }
        }
        Ok(out)
    }
}

/// Servers move store handles between threads: a `SqliteStore` must stay `Send`.
const _: fn() = || {
    fn assert_send<T: Send>() {}
    assert_send::<SqliteStore>();
};

#[cfg(test)]
mod period_tests {
    use super::{period_starts, starts_period};
    use ahdath_record::DatePrecision;

    /// `period_starts` lists exactly the days that filtering with `starts_period` keeps, for the
    /// ranges dedup asks (a few days to a year and a bit, around month, year and leap-day ends),
    /// and for empty and out-of-calendar ranges.
    #[test]
    fn period_starts_agrees_with_the_filter() {
        let precs = [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year, DatePrecision::Unknown];
        // 1999-12-01 .. 2025-03-01 every 7 days, plus the epoch and far ends.
        let mut ends: Vec<i64> = (10_926..20_150).step_by(7).collect();
        ends.extend([-719_162, -1, 0, 1, 59, 60, 365, 366, 11_016, 11_017, 11_323, 11_324]);
        for &hi in &ends {
            for span in [0, 1, 2, 30, 31, 32, 59, 365, 366, 367, 400, 800] {
                let lo = hi - span;
                for prec in precs {
                    let want: Vec<i64> = (lo..=hi).filter(|&d| starts_period(d, prec)).collect();
                    assert_eq!(period_starts(prec, lo, hi), want, "{prec:?} {lo}..={hi}");
                }
            }
        }
        for prec in precs {
            assert!(period_starts(prec, 5, 4).is_empty());
            for (lo, hi) in
                [(-50_000_010, -49_999_990), (49_999_990, 50_000_010), (i64::from(i32::MAX) - 5, i64::from(i32::MAX))]
            {
                let want: Vec<i64> = (lo..=hi).filter(|&d| starts_period(d, prec)).collect();
                assert_eq!(period_starts(prec, lo, hi), want, "{prec:?} {lo}..={hi}");
            }
        }
        // Known first days: 2013-01-01 is day 15,706; 2013-02-01 is 15,737; 2012-02-29 is 15,399.
        assert_eq!(period_starts(DatePrecision::Month, 15_706 - 31, 15_737), vec![15_675, 15_706, 15_737]);
        assert_eq!(period_starts(DatePrecision::Year, 15_399, 15_737), vec![15_706]);
    }
}

#[cfg(test)]
mod block_tests {
    use super::{block_sql, schema};
    use crate::dedup::Block;
    use rusqlite::Connection;

    /// Every block statement is a search of a covering candidate index (no table reads, no
    /// scan): the place's and the actor's country through their own indexes, the blocks of
    /// records with neither through the partial index of such records.
    #[test]
    fn block_statements_search_their_covering_index() {
        let mut conn = Connection::open_in_memory().unwrap();
        schema::migrate(&mut conn).unwrap();
        for (block, index) in [
            (Block::Place, "records_cand_loc"),
            (Block::Actor, "records_cand_actor"),
            (Block::Recipient, "records_cand_none"),
            (Block::Type, "records_cand_none"),
        ] {
            for dated in [true, false] {
                let sql = block_sql(block, dated);
                let plan: Vec<String> = conn
                    .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .unwrap()
                    .query_map(rusqlite::params!["ASSAULT", "SYR", "day", 19_000], |r| r.get(3))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                let search = format!("SEARCH r USING COVERING INDEX {index} (");
                assert!(plan[0].starts_with(&search), "{block:?} dated {dated}: {plan:?}");
            }
        }
    }
}

#[cfg(test)]
mod stmts_tests {
    use super::Stmts;
    use rusqlite::Connection;

    /// A slot's SQL is made and prepared once; later takes reuse the held statement, which runs
    /// again with new parameters (reset between uses), and slots are independent.
    #[test]
    fn a_slot_is_prepared_once_and_reused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);").unwrap();
        let mut st = Stmts::new(&conn);
        let mut made = 0;
        let count_over = |st: &mut Stmts<'_>, made: &mut i32, min: i64| -> i64 {
            st.get(Stmts::SIG, || {
                *made += 1;
                "SELECT count(*) FROM t WHERE x > ?1".to_string()
            })
            .unwrap()
            .query_row([min], |r| r.get(0))
            .unwrap()
        };
        assert_eq!(count_over(&mut st, &mut made, 0), 3);
        assert_eq!(count_over(&mut st, &mut made, 2), 1);
        assert_eq!(made, 1, "the SQL of a held slot is not made again");
        let other: i64 =
            st.get(Stmts::MEMBERS, || "SELECT max(x) FROM t".into()).unwrap().query_row([], |r| r.get(0)).unwrap();
        assert_eq!(other, 3);
        assert_eq!(count_over(&mut st, &mut made, 1), 2);
        assert_eq!(made, 1);
    }
}
