//! The ahdath event database on PostgreSQL: [`PgStore`] implements [`ahdath_store::Store`] with
//! the semantics of `SqliteStore` (same ingest classification, dedup rules and parameters, event
//! ids, search order, cursors), proven by the same behaviour suite
//! (`crates/store/tests/conformance/`), and adds what a shared server needs: several processes may
//! ingest and recode into one database at once.
//!
//! ```no_run
//! use ahdath_store::Store;
//! let mut store = ahdath_store_pg::PgStore::connect("postgres://ahdath@127.0.0.1:5432/events")?;
//! println!("{:?}", store.counts()?);
//! # Ok::<(), ahdath_store::StoreError>(())
//! ```
//!
//! # Connections
//!
//! A `PgStore` is one connection (the sync `postgres` client): [`PgStore::connect`] applies a
//! connect timeout (10 s unless the URL sets `connect_timeout`) and a per-session
//! `statement_timeout` (30 s; [`PgOptions`], [`PgStore::connect_with`]), and runs the missing
//! schema migrations first. A server makes one `PgStore` per reader. When the connection is
//! found closed (a database restart, `pg_terminate_backend`), the store reconnects before the
//! next operation, and an operation that fails because the connection just closed is retried
//! once on a new connection (reads are repeatable; a write batch was rolled back, or committed
//! and then re-applies as `unchanged`).
//!
//! # Schema
//!
//! The tables mirror SQLite's (`articles`, `events`, `records`, see [`schema`]), with `bigserial`
//! row ids, `tsvector` full-text columns on articles and records (GIN indexes, queried with
//! `plainto_tsquery('simple', $n)` of the [`ahdath_store::keys::fts_words`], always as a bound
//! parameter), B-tree indexes for each filter in result order (`sort_day, rowid`), a GiST index on
//! `point(lon, lat)` for bounding boxes, and the dedup candidate indexes. The version is the row of
//! `ahdath_schema_version`; migrations run on connect under a session advisory lock, one
//! transaction each, and a database newer than the program is refused
//! ([`ahdath_store::StoreError::TooNew`]).
//!
//! # Concurrent ingest
//!
//! Each [`Store::ingest_batch`] is one READ COMMITTED transaction that takes, before any write:
//!
//! 1. transaction advisory locks (`pg_advisory_xact_lock`) on the batch's article ids and text
//!    hashes (the new ones and the stored ones of changed articles), in ascending key order, then
//!    row locks on the stored articles themselves;
//! 2. after reading the old records of changed articles and coding what needs coding, advisory
//!    locks on the dedup *buckets* the batch touches: one key per candidate block of every new
//!    record and every record to be removed (and of the records of duplicates that get promoted):
//!    (event type, country) for the location country and the actor country, and for a record
//!    with neither (event type, recipient country) or the event type alone
//!    (`ahdath_store::dedup::blocks_of`), again in ascending order;
//! 3. while clustering, a row lock (`FOR NO KEY UPDATE`) on every event before its members are
//!    read for the complete-link check, and on every event whose members or sources change. The
//!    summaries of changed events are recomputed once, at the end of the batch (clustering reads
//!    records, never summaries); an event left without members is deleted at once, as SQLite
//!    does, so its id is free for the records that follow.
//!
//! Two records that could be dedup candidates share a bucket (candidates are looked up by type
//! and a shared block), so step 2 serialises exactly the conflicting clustering work, and the
//! candidate lists a transaction reads cannot change under it. Step 3 covers an event's members
//! in *other* buckets (complete link compares a record with members found through any country):
//! the event lock makes a transaction wait for the one changing that event and then read its
//! committed members. Steps 1 and 2 take their locks in sorted order and cannot deadlock; step 3
//! can in rare interleavings (two batches extending the same two events from different
//! buckets), which PostgreSQL detects. A batch that fails with a deadlock (40P01), a
//! serialization failure (40001), a unique violation from a race (23505), a lock wait cut by the
//! statement timeout (57014) or a lost connection is rolled back and run again whole, up to
//! [`MAX_ATTEMPTS`] times; articles the store coded itself are not coded again.
//!
//! Result: concurrent batches act as if run one after the other, event ids are deterministic (`ev-` + founding
//! record id, suffixed `-2`, `-3` … like SQLite's), and processes that ingest the same batches in
//! the same order produce exactly what one process produces (each batch waits for, then sees as
//! unchanged, the work of the process that took it first). Processes ingesting *different*
//! articles of the same days produce a valid clustering whose grouping may differ from a single
//! process's by the order the batches happened to commit in, as a single process's would with
//! its input reordered.
//!
//! # Recode with shared work
//!
//! A recode *generation* recodes every original article once. [`PgStore::start_recode`] opens one
//! (it records the sizes and event memberships before, for the report) and returns its number;
//! any number of workers — threads with their own `PgStore`, or processes — then call
//! [`PgStore::recode_worker`] with that number. Each worker claims batches with
//! `SELECT … FROM articles WHERE duplicate_of IS NULL AND recode_gen < $gen ORDER BY rowid LIMIT n
//! FOR NO KEY UPDATE SKIP LOCKED` (the row-lock strength that does not block foreign-key
//! checks), so workers never wait for each other's claims; it try-locks the claimed articles'
//! advisory keys (an article an ingest holds is left for a later claim), codes them, takes the
//! bucket locks as an ingest does, replaces their records, sets `recode_gen = $gen` and adds a
//! row to `recode_tally` in the same transaction. A killed worker rolls back its open batch,
//! which stays unclaimed: [`PgStore::unfinished_recode`] finds the generation, and a rerun of
//! workers on it finishes exactly the rest ([`PgStore::recode_parallel`] with `resume`). No
//! article is recoded twice in one generation.
//!
//! The [`RecodeReport`] a worker returns counts only its own batches. The totals of a generation
//! (articles, records added/removed/modified summed over all workers' committed batches; sizes
//! before from the start, after from now; events changed against the snapshot) come from
//! [`PgStore::finish_recode`], which also marks the generation finished. [`Store::recode`] does
//! all three steps with one worker, and [`PgStore::recode_parallel`] with N threads
//! (`ahdath recode --db postgres://… --workers N`).

mod read;
pub mod schema;
pub mod testing;
mod write;

pub use schema::SCHEMA_VERSION;

use ahdath_record::{EventRecord, StoredEvent};
use ahdath_store::dedup::{Params, Sig};
use ahdath_store::{
    Checker, CodeFn, Counts, Cursor, Filter, IngestCounts, Page, Prepared, RecodeReport, Stats, Store, StoreError,
    StoredArticle,
};
use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Row, Statement};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// `sort_day` of undated events, shared with SQLite.
pub use ahdath_store::columns::UNDATED;

/// How many times a write batch is attempted before its error is returned.
pub const MAX_ATTEMPTS: u32 = 8;

/// Connection settings.
#[derive(Debug, Clone, PartialEq)]
pub struct PgOptions {
    /// Time allowed to establish a connection, unless the URL sets `connect_timeout`.
    pub connect_timeout: Duration,
    /// `statement_timeout` of the session (zero: none). Also bounds a wait for another process's
    /// locks; a batch cut by it is retried.
    pub statement_timeout: Duration,
    /// Articles per recode transaction (a worker's claim).
    pub recode_batch: usize,
    /// Clustering limits (the default is the measured setting, as for SQLite).
    pub params: Params,
}

impl Default for PgOptions {
    fn default() -> Self {
        PgOptions {
            connect_timeout: Duration::from_secs(10),
            statement_timeout: Duration::from_secs(30),
            recode_batch: 256,
            params: Params::default(),
        }
    }
}

/// Errors inside the crate: PostgreSQL's (kept whole, to tell retryable ones apart) or the
/// store's. Converted to [`StoreError`] at the API.
#[derive(Debug)]
pub(crate) enum Error {
    Pg(postgres::Error),
    Store(StoreError),
}

pub(crate) type R<T> = std::result::Result<T, Error>;

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error::Pg(e)
    }
}
impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        Error::Store(e)
    }
}
impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Store(StoreError::Json(e))
    }
}
impl From<Error> for StoreError {
    fn from(e: Error) -> Self {
        match e {
            Error::Store(s) => s,
            Error::Pg(e) => StoreError::Backend(describe(&e)),
        }
    }
}

/// A one-line description of a PostgreSQL error, with its SQLSTATE.
fn describe(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{} {}: {}", db.severity(), db.code().code(), db.message());
            if let Some(d) = db.detail() {
                s.push_str(" (");
                s.push_str(d);
                s.push(')');
            }
            s
        }
        None => e.to_string(),
    }
}

impl Error {
    fn code(&self) -> Option<&SqlState> {
        match self {
            Error::Pg(e) => e.code(),
            Error::Store(_) => None,
        }
    }
    /// Whether a write batch that failed with this should be run again.
    fn retryable(&self) -> bool {
        matches!(
            self.code(),
            Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED
                || *c == SqlState::UNIQUE_VIOLATION
                || *c == SqlState::QUERY_CANCELED
        ) || self.connection_lost()
    }
    /// Whether the connection is gone (the server restarted or ended our session).
    fn connection_lost(&self) -> bool {
        match self {
            Error::Pg(e) => {
                e.is_closed()
                    || e.code().is_some_and(|c| {
                        *c == SqlState::ADMIN_SHUTDOWN
                            || *c == SqlState::CRASH_SHUTDOWN
                            || *c == SqlState::CANNOT_CONNECT_NOW
                            || c.code().starts_with("08")
                    })
            }
            Error::Store(_) => false,
        }
    }
}

/// Prepared statements kept per connection; past this many the cache starts over.
const STATEMENT_CACHE: usize = 512;

/// A client with its prepared statements.
pub(crate) struct Conn {
    client: Client,
    stmts: HashMap<String, Statement>,
}

/// A client or transaction with the statement cache of its connection.
pub(crate) struct Cx<'a, C: GenericClient> {
    pub c: &'a mut C,
    stmts: &'a mut HashMap<String, Statement>,
}

pub(crate) type Args<'a> = &'a [&'a (dyn ToSql + Sync)];

impl<C: GenericClient> Cx<'_, C> {
    fn st(&mut self, sql: &str) -> R<Statement> {
        if let Some(s) = self.stmts.get(sql) {
            return Ok(s.clone());
        }
        let s = self.c.prepare(sql)?;
        if self.stmts.len() >= STATEMENT_CACHE {
            self.stmts.clear();
        }
        self.stmts.insert(sql.to_string(), s.clone());
        Ok(s)
    }
    pub fn query(&mut self, sql: &str, p: Args) -> R<Vec<Row>> {
        let st = self.st(sql)?;
        Ok(self.c.query(&st, p)?)
    }
    pub fn opt(&mut self, sql: &str, p: Args) -> R<Option<Row>> {
        let st = self.st(sql)?;
        Ok(self.c.query_opt(&st, p)?)
    }
    pub fn one(&mut self, sql: &str, p: Args) -> R<Row> {
        let st = self.st(sql)?;
        Ok(self.c.query_one(&st, p)?)
    }
    pub fn exec(&mut self, sql: &str, p: Args) -> R<u64> {
        let st = self.st(sql)?;
        Ok(self.c.execute(&st, p)?)
    }
}

impl Conn {
    fn open(config: &postgres::Config, opts: &PgOptions) -> R<Conn> {
        let mut client = config.connect(NoTls)?;
        session(&mut client, opts)?;
        Ok(Conn { client, stmts: HashMap::new() })
    }
    pub fn cx(&mut self) -> Cx<'_, Client> {
        Cx { c: &mut self.client, stmts: &mut self.stmts }
    }
}

/// Per-session settings.
fn session(client: &mut Client, opts: &PgOptions) -> R<()> {
    // A number we format ourselves: no user text in this statement.
    let ms = opts.statement_timeout.as_millis().min(i32::MAX as u128);
    client.batch_execute(&format!("SET statement_timeout = {ms}; SET application_name = 'ahdath'"))?;
    Ok(())
}

/// The store on one PostgreSQL connection. See the crate documentation.
pub struct PgStore {
    conn: RefCell<Conn>,
    config: postgres::Config,
    opts: PgOptions,
    /// Record signatures by record rowid. Records are never updated and rowids never reused, so
    /// entries stay valid whatever other processes write (stale ones are never looked up).
    sigs: HashMap<i64, Arc<Sig>>,
    /// Write transactions run again after a retryable failure, since connecting.
    retries: u64,
    /// Matches at which a full-text query counts as common (`read::TEXT_PROBE` by default).
    text_probe: i64,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("hosts", &self.config.get_hosts())
            .field("dbname", &self.config.get_dbname())
            .finish()
    }
}

/// Parse a connection string (`postgres://user@host:port/db?…` or `host=… dbname=…`) and apply
/// the connect timeout unless it sets one.
fn parse_config(url: &str, opts: &PgOptions) -> R<postgres::Config> {
    let mut config: postgres::Config = url.parse()?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(opts.connect_timeout);
    }
    Ok(config)
}

impl PgStore {
    /// Connect to the database at `url` with the default [`PgOptions`] and bring its schema up
    /// to date.
    pub fn connect(url: &str) -> ahdath_store::Result<PgStore> {
        PgStore::connect_with(url, PgOptions::default())
    }

    /// Connect with `opts` and bring the schema up to date.
    pub fn connect_with(url: &str, opts: PgOptions) -> ahdath_store::Result<PgStore> {
        let config = parse_config(url, &opts)?;
        PgStore::from_config(config, opts)
    }

    /// Connect with a parsed configuration (its connect timeout as given) and bring the schema
    /// up to date.
    pub fn from_config(config: postgres::Config, opts: PgOptions) -> ahdath_store::Result<PgStore> {
        let mut client = config.connect(NoTls).map_err(Error::from)?;
        schema::migrate(&mut client)?;
        session(&mut client, &opts)?;
        let conn = RefCell::new(Conn { client, stmts: HashMap::new() });
        Ok(PgStore { conn, config, opts, sigs: HashMap::new(), retries: 0, text_probe: read::TEXT_PROBE })
    }

    /// Use other clustering limits (for experiments; the default is the measured setting).
    pub fn with_params(mut self, params: Params) -> PgStore {
        self.opts.params = params;
        self
    }

    /// Count a full-text query as common from this many matching sentences or articles on
    /// (default 2,000; 1 makes every query common, `i64::MAX` none): a common one is answered by
    /// walking the other filters' events newest first and probing each, a rare one by collecting
    /// the events of its matches. Results never depend on it (tested); only the speed does.
    pub fn with_text_probe(mut self, matches: i64) -> PgStore {
        self.text_probe = matches.max(1);
        self
    }

    /// Claim this many articles per recode transaction (default 256).
    pub fn with_recode_batch(mut self, n: usize) -> PgStore {
        self.opts.recode_batch = n.max(1);
        self
    }

    /// Change the session's `statement_timeout` (zero: none).
    pub fn set_statement_timeout(&mut self, d: Duration) -> ahdath_store::Result<()> {
        self.opts.statement_timeout = d;
        self.with_conn(|c| session(&mut c.client, &self.opts))
    }

    /// How many write transactions (ingest or recode batches) were rolled back and run again
    /// (deadlock, serialization failure, lost connection, …) on this store.
    pub fn retries(&self) -> u64 {
        self.retries
    }

    pub fn options(&self) -> &PgOptions {
        &self.opts
    }

    /// The server process id of this connection (`pg_backend_pid()`), for diagnostics.
    pub fn backend_pid(&self) -> ahdath_store::Result<i32> {
        self.with_conn(|c| Ok(c.cx().one("SELECT pg_backend_pid()", &[])?.get(0)))
    }

    /// The schema version stored in the database.
    pub fn schema_version(&self) -> ahdath_store::Result<i64> {
        self.with_conn(|c| schema::version(&mut c.client))
    }

    /// Check the invariants the writers keep (SQLite's `integrity_check` for this backend):
    /// `"ok"`, or one line per violated rule with the number of offending rows.
    pub fn integrity_check(&self) -> ahdath_store::Result<String> {
        const RULES: &[(&str, &str)] = &[
            (
                "events without records",
                "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.event = e.rowid)",
            ),
            (
                "events whose n_sources is not their records plus duplicates",
                "SELECT count(*) FROM events e WHERE n_sources <> \
                 (SELECT count(*) FROM records r WHERE r.event = e.rowid) + (SELECT count(*) FROM records r \
                 JOIN articles d ON d.duplicate_of = r.article WHERE r.event = e.rowid)",
            ),
            (
                "duplicates of duplicates",
                "SELECT count(*) FROM articles a JOIN articles o ON o.rowid = a.duplicate_of \
                 WHERE o.duplicate_of IS NOT NULL",
            ),
            (
                "duplicates whose text differs from their original's",
                "SELECT count(*) FROM articles a JOIN articles o ON o.rowid = a.duplicate_of WHERE o.text <> a.text",
            ),
            (
                "records of duplicate articles",
                "SELECT count(*) FROM records r JOIN articles a ON a.rowid = r.article \
                 WHERE a.duplicate_of IS NOT NULL",
            ),
            (
                "originals without full text, or duplicates with it",
                "SELECT count(*) FROM articles WHERE (duplicate_of IS NULL) <> (fts IS NOT NULL)",
            ),
        ];
        self.with_conn(|c| {
            let mut problems = Vec::new();
            for (what, sql) in RULES {
                let n: i64 = c.cx().one(sql, &[])?.get(0);
                if n > 0 {
                    problems.push(format!("{what}: {n}"));
                }
            }
            Ok(if problems.is_empty() { "ok".to_string() } else { problems.join("\n") })
        })
    }

    /// A new connection with the same settings (no migrations: they ran for this one).
    fn open_conn(&self) -> R<Conn> {
        Conn::open(&self.config, &self.opts)
    }

    /// Replace the connection if it is closed.
    fn ensure_open(&mut self) -> R<()> {
        if self.conn.get_mut().client.is_closed() {
            *self.conn.get_mut() = self.open_conn()?;
        }
        Ok(())
    }

    /// Run `f` on the connection, reconnecting first if it is closed, and once more on a new
    /// connection if it fails because the connection was lost. For reads. Called from inside a
    /// [`Store::for_each_event`] callback (the connection is busy streaming), it uses a
    /// connection of its own.
    fn with_conn<T>(&self, mut f: impl FnMut(&mut Conn) -> R<T>) -> ahdath_store::Result<T> {
        let Ok(mut conn) = self.conn.try_borrow_mut() else {
            let mut other = self.open_conn()?;
            return Ok(f(&mut other)?);
        };
        if conn.client.is_closed() {
            *conn = self.open_conn()?;
        }
        match f(&mut conn) {
            Err(e) if e.connection_lost() => {
                *conn = self.open_conn()?;
                Ok(f(&mut conn)?)
            }
            other => Ok(other?),
        }
    }

    /// Run the write transaction `f` until it succeeds, retrying retryable failures (see the
    /// crate documentation) with a short, growing pause.
    fn with_retries<T>(&mut self, mut f: impl FnMut(&mut Conn, &mut HashMap<i64, Arc<Sig>>) -> R<T>) -> R<T> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.ensure_open()?;
            let result = f(self.conn.get_mut(), &mut self.sigs);
            match result {
                Err(e) if e.retryable() && attempt < MAX_ATTEMPTS => {
                    self.retries += 1;
                    if e.connection_lost() {
                        *self.conn.get_mut() = self.open_conn()?;
                    }
                    std::thread::sleep(Duration::from_millis(10 * (1 << attempt.min(7))));
                }
                other => return other,
            }
        }
    }
}

impl Store for PgStore {
    fn checker(&self) -> ahdath_store::Result<Box<dyn Checker>> {
        Ok(Box::new(read::PgChecker::new(self.open_conn()?, self.config.clone(), self.opts.clone())))
    }

    fn ingest_batch(&mut self, batch: Vec<Prepared>, code: CodeFn) -> ahdath_store::Result<IngestCounts> {
        let p = self.opts.params;
        // Records the store coded itself, by batch index: kept across attempts.
        let mut coded: HashMap<usize, Vec<EventRecord>> = HashMap::new();
        Ok(self.with_retries(|conn, sigs| write::ingest_batch(conn, sigs, &batch, code, &p, &mut coded))?)
    }

    fn recode(&mut self, code: CodeFn, progress: &mut dyn FnMut(u64)) -> ahdath_store::Result<RecodeReport> {
        let generation = self.start_recode()?;
        self.recode_worker(generation, code, progress)?;
        self.finish_recode(generation)
    }

    fn search(&self, filter: &Filter, cursor: Option<Cursor>, limit: usize) -> ahdath_store::Result<Page<StoredEvent>> {
        let probe = self.text_probe;
        self.with_conn(|c| read::search(&mut c.cx(), filter, cursor, limit, probe))
    }

    fn for_each_event(
        &self,
        filter: &Filter,
        f: &mut dyn FnMut(StoredEvent) -> std::result::Result<(), String>,
    ) -> ahdath_store::Result<u64> {
        let delivered = std::cell::Cell::new(0u64);
        let mut counted = |e: StoredEvent| {
            delivered.set(delivered.get() + 1);
            f(e)
        };
        // Retried on a new connection only if the callback has seen nothing yet.
        self.with_conn(|c| match read::for_each_event(c, filter, &mut counted) {
            Err(e) if e.connection_lost() && delivered.get() > 0 => Err(Error::Store(StoreError::Backend(format!(
                "connection lost while streaming events: {}",
                StoreError::from(e)
            )))),
            other => other,
        })
    }

    fn event(&self, id: &str) -> ahdath_store::Result<Option<(StoredEvent, Vec<EventRecord>)>> {
        self.with_conn(|c| read::event(&mut c.cx(), id))
    }

    fn article(&self, id: &str) -> ahdath_store::Result<Option<StoredArticle>> {
        self.with_conn(|c| read::article(&mut c.cx(), id))
    }

    fn stats(&self, filter: &Filter) -> ahdath_store::Result<Stats> {
        self.with_conn(|c| read::stats(&mut c.cx(), filter))
    }

    fn counts(&self) -> ahdath_store::Result<Counts> {
        self.with_conn(|c| read::counts(&mut c.cx()))
    }

    fn record_events(&self, article_ids: &[String]) -> ahdath_store::Result<Vec<(EventRecord, String)>> {
        self.with_conn(|c| read::record_events(&mut c.cx(), article_ids))
    }

    fn ping(&self) -> ahdath_store::Result<()> {
        self.with_conn(|c| {
            c.cx().one("SELECT 1", &[])?;
            Ok(())
        })
    }
}

/// Servers move store handles between threads: a `PgStore` must stay `Send`.
const _: fn() = || {
    fn assert_send<T: Send>() {}
    assert_send::<PgStore>();
};
