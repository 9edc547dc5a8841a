//! Ingest and recode: SQLite's write semantics (`crates/store/src/sqlite.rs`, function for
//! function) inside transactions that take the locks described in the crate documentation.

use crate::read::{find_original, precision_str, pub_day};
use crate::{Conn, Cx, Error, PgStore, R};
use ahdath_record::{Article, EventRecord, StoredEvent};
use ahdath_store::columns::{self, ArticleInfo, Cell, CellType, EVENT_COLS, RECORD_COLS};
use ahdath_store::dedup::{self, Block, Member, Params, Sig};
use ahdath_store::{keys, CodeFn, IngestCounts, Prepared, RecodeReport, RecordKeys, StoreError};
use postgres::types::ToSql;
use postgres::{IsolationLevel, Row, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Complete link compares a record with at most this many of an event's members (as SQLite).
const LINK_MEMBERS: i64 = 48;

/// Signatures kept in memory by a writer; past this the cache starts over (as SQLite).
const SIG_CACHE: usize = 400_000;

/// Candidate rows considered per query when clustering an undated record (as SQLite).
const UNDATED_CANDIDATES: i64 = 60;

/// Key of the transaction advisory lock that numbers recode generations.
const RECODE_LOCK: i64 = 0x6168_6461_7468_0002;

// ---------------------------------------------------------------------------------------------
// Lock keys. They must not change between versions: processes of different builds that share a
// database must agree on them. FNV-1a over a tag and the parts, each part terminated by 0xff
// (a byte that never occurs in UTF-8). A collision only makes two unrelated things wait for
// each other.

fn lock_key(tag: u8, parts: &[&[u8]]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    eat(tag);
    for p in parts {
        for &b in *p {
            eat(b);
        }
        eat(0xff);
    }
    h as i64
}

/// The advisory key of an article id.
pub fn article_key(id: &str) -> i64 {
    lock_key(b'a', &[id.as_bytes()])
}

/// The advisory key of a text hash (all articles with this text).
pub fn text_key(hash: i64) -> i64 {
    lock_key(b't', &[&hash.to_le_bytes()])
}

/// The advisory key of a dedup bucket: records of one type with one country (of the place or of
/// the actor).
pub fn bucket_key(event_type: &str, country: &str) -> i64 {
    lock_key(b'b', &[event_type.as_bytes(), country.as_bytes()])
}

/// The advisory key of the dedup bucket of a candidate block ([`dedup::blocks_of`]): the
/// blocks of a place's and of an actor's country share [`bucket_key`]; the blocks of records
/// with neither (by the recipient's country, or the type alone) have keys of their own.
fn block_bucket_key(event_type: &str, block: Block, country: &str) -> i64 {
    match block {
        Block::Place | Block::Actor => bucket_key(event_type, country),
        Block::Recipient => lock_key(b'r', &[event_type.as_bytes(), country.as_bytes()]),
        Block::Type => lock_key(b'y', &[event_type.as_bytes()]),
    }
}

/// The bucket keys of a record of type `event_type` whose place, actor and recipient have the
/// countries given.
fn buckets_of(event_type: &str, place: Option<&str>, actor: Option<&str>, recipient: Option<&str>, out: &mut Vec<i64>) {
    for (block, country) in dedup::blocks_of(place, actor, recipient).into_iter().flatten() {
        out.push(block_bucket_key(event_type, block, country));
    }
}

/// The bucket keys of a coded record.
fn record_buckets(r: &EventRecord, out: &mut Vec<i64>) {
    let loc = r.location.as_ref().and_then(|l| l.country.as_deref());
    let actor = r.actor.as_ref().and_then(|a| a.country.as_deref());
    let recipient = r.recipient.as_ref().and_then(|a| a.country.as_deref());
    buckets_of(&r.event_type, loc, actor, recipient, out);
}

/// The columns [`row_buckets`] reads.
const BUCKET_COLS: &str = "event_type, loc_country, actor_country, recipient_country";

/// The bucket keys of stored records, from rows of [`BUCKET_COLS`] at column `at`.
fn row_buckets(rows: &[Row], at: usize, out: &mut Vec<i64>) {
    for row in rows {
        let c = |i: usize| row.get::<_, Option<&str>>(at + i);
        buckets_of(row.get(at), c(1), c(2), c(3), out);
    }
}

// ---------------------------------------------------------------------------------------------
// The writer of one transaction

/// The ids of `ids` not in `held`, ascending and without repeats: the locks a transaction still
/// has to take, in the one order every transaction takes them (so none waits on another in a
/// cycle).
fn not_held_sorted(held: &HashSet<i64>, ids: impl IntoIterator<Item = i64>) -> Vec<i64> {
    let mut ids: Vec<i64> = ids.into_iter().filter(|k| !held.contains(k)).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// One write transaction: its statements, the advisory keys and events it has locked, the
/// signature cache, and the records coded for promoted duplicates in the lock phase.
struct W<'a, 'b> {
    cx: Cx<'a, Transaction<'b>>,
    sigs: &'a mut HashMap<i64, Arc<Sig>>,
    held: HashSet<i64>,
    events: HashSet<i64>,
    /// Events whose members or sources changed, recomputed by [`flush_events`].
    dirty: BTreeSet<i64>,
    p: Params,
    /// Records of duplicates coded before the bucket locks, by rowid, with the text coded.
    promoted: HashMap<i64, (String, Vec<EventRecord>)>,
    /// `recode_gen` of articles coded by this transaction.
    generation: i64,
}

impl W<'_, '_> {
    /// Take the advisory locks of `keys` not yet held, in ascending order.
    fn lock(&mut self, keys: impl IntoIterator<Item = i64>) -> R<()> {
        let keys = not_held_sorted(&self.held, keys);
        if keys.is_empty() {
            return Ok(());
        }
        // unnest yields the array in order, and each row's lock is taken as the row is produced.
        self.cx.exec("SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", &[&keys])?;
        self.held.extend(keys);
        Ok(())
    }

    /// Lock the rows of `events` (ascending, those not yet locked) before reading or changing
    /// their members.
    fn lock_events(&mut self, events: impl IntoIterator<Item = i64>) -> R<()> {
        let evs = not_held_sorted(&self.events, events);
        if evs.is_empty() {
            return Ok(());
        }
        self.cx.exec("SELECT 1 FROM events WHERE rowid = ANY($1) ORDER BY rowid FOR NO KEY UPDATE", &[&evs])?;
        self.events.extend(evs);
        Ok(())
    }

    fn lock_record_buckets(&mut self, records: &[EventRecord]) -> R<()> {
        let mut keys = Vec::new();
        for r in records {
            record_buckets(r, &mut keys);
        }
        self.lock(keys)
    }
}

/// A bound value.
type Val = Box<dyn ToSql + Sync>;

fn refs(vals: &[Val]) -> Vec<&(dyn ToSql + Sync)> {
    vals.iter().map(|v| v.as_ref()).collect()
}

/// A cell as a bound value.
fn val(c: Cell) -> Val {
    match c {
        Cell::Text(s) => Box::new(s),
        Cell::Int(n) => Box::new(n),
        Cell::Real(x) => Box::new(x),
        Cell::Blob(b) => Box::new(b),
    }
}

/// The values of [`EVENT_COLS`] for `ev` with `n_sources` sources ([`columns::event_cells`]).
fn event_vals(ev: &StoredEvent, n_sources: usize) -> Vec<Val> {
    columns::event_cells(ev, n_sources).into_iter().map(val).collect()
}

/// The values of the record columns ([`record_col_names`]) for record `r` of article `art` with
/// signature `sig`: [`RECORD_COLS`] ([`columns::record_cells`]), then `fts`, given as the
/// document text; `json` is the record's stored JSON (`ahdath_store::json::record_json`).
fn record_vals(r: &EventRecord, art: i64, sig: &Sig, json: String) -> Vec<Val> {
    let mut vals: Vec<Val> = columns::record_cells(r, art, sig, json).into_iter().map(val).collect();
    vals.push(Box::new(keys::fts_document(None, &r.evidence.sentence)));
    vals
}

/// The expressions of the record columns from parameters `$first`, `$first + 1` …: each of
/// [`RECORD_COLS`] cast to its type, then `fts`.
fn record_exprs(first: usize) -> String {
    let mut exprs: Vec<String> = RECORD_COLS
        .iter()
        .enumerate()
        .map(|(i, (_, ty))| {
            let ty = match ty {
                CellType::Text => "text",
                CellType::Int => "bigint",
                CellType::Real => "float8",
                CellType::Blob => "bytea",
            };
            format!("${}::{ty}", first + i)
        })
        .collect();
    exprs.push(format!("strip(to_tsvector('simple'::regconfig, ${}::text))", first + RECORD_COLS.len()));
    exprs.join(", ")
}

/// The columns of `records` besides `event` that a writer binds: [`RECORD_COLS`], then `fts`.
fn record_col_names() -> String {
    RECORD_COLS.iter().map(|c| c.0).chain(["fts"]).collect::<Vec<_>>().join(", ")
}

/// `INSERT` of a record into an existing event (`$1`).
fn insert_record_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        format!("INSERT INTO records (event, {}) VALUES ($1, {}) RETURNING rowid", record_col_names(), record_exprs(2))
    })
}

/// One statement inserting a new event and its founding record: the record is inserted only if
/// the event was (no event had its id), so no row back means "try the next id".
fn insert_event_and_record_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let params: Vec<String> = (1..=EVENT_COLS.len()).map(|i| format!("${i}")).collect();
        format!(
            "WITH e AS (INSERT INTO events ({}) VALUES ({}) ON CONFLICT (id) DO NOTHING RETURNING rowid) \
             INSERT INTO records (event, {}) SELECT e.rowid, {} FROM e RETURNING rowid, event",
            EVENT_COLS.join(", "),
            params.join(", "),
            record_col_names(),
            record_exprs(EVENT_COLS.len() + 1)
        )
    })
}

/// Update the events row `rowid` with `ev`.
fn update_event(w: &mut W, rowid: i64, ev: &StoredEvent, n_sources: usize) -> R<()> {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        let sets: Vec<String> = EVENT_COLS.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 1)).collect();
        format!("UPDATE events SET {} WHERE rowid = ${}", sets.join(", "), EVENT_COLS.len() + 1)
    });
    let mut vals = event_vals(ev, n_sources);
    vals.push(Box::new(rowid));
    w.cx.exec(sql, &refs(&vals))?;
    Ok(())
}

/// The order of reports in time, as SQLite's (`C` collation: byte order, as SQLite compares).
const TIME_ORDER: &str = r#"(a.pub_day IS NULL), a.pub_day COLLATE "C", a.id COLLATE "C", r.id COLLATE "C""#;

/// Recompute the canonical fields of the events changed by this transaction (SQLite's
/// `recompute_event`, for all of them at once, at the end of the batch).
///
/// SQLite recomputes an event as soon as its members change; deferring is equivalent because the
/// canonical fields are only ever read by readers, never by clustering, which reads records. Events
/// left without members are deleted at once instead ([`drop_empty_events`]), as their ids must be
/// free for the records that come next.
fn flush_events(w: &mut W) -> R<()> {
    if w.dirty.is_empty() {
        return Ok(());
    }
    let dirty: Vec<i64> = std::mem::take(&mut w.dirty).into_iter().collect();
    w.lock_events(dirty.iter().copied())?;
    let rows = w.cx.query(
        &format!(
            r#"SELECT e.rowid, e.id,
                 (SELECT r.json FROM records r JOIN articles a ON a.rowid = r.article WHERE r.event = e.rowid
                  ORDER BY r.completeness DESC, {TIME_ORDER} LIMIT 1),
                 (SELECT array_agg(r.fatalities ORDER BY {TIME_ORDER}) FILTER (WHERE r.fatalities IS NOT NULL)
                  FROM records r JOIN articles a ON a.rowid = r.article WHERE r.event = e.rowid),
                 (SELECT array_agg(r.injuries ORDER BY {TIME_ORDER}) FILTER (WHERE r.injuries IS NOT NULL)
                  FROM records r JOIN articles a ON a.rowid = r.article WHERE r.event = e.rowid),
                 (SELECT r.mode FROM records r JOIN articles a ON a.rowid = r.article
                  WHERE r.event = e.rowid AND r.mode IS NOT NULL ORDER BY {TIME_ORDER} LIMIT 1),
                 (SELECT count(*) FROM records r WHERE r.event = e.rowid),
                 (SELECT count(*) FROM records r JOIN articles d ON d.duplicate_of = r.article
                  WHERE r.event = e.rowid),
                 (SELECT min(d.pub_day COLLATE "C") FROM records r JOIN articles d ON d.duplicate_of = r.article
                  WHERE r.event = e.rowid),
                 (SELECT min(a.pub_day COLLATE "C") FROM records r JOIN articles a ON a.rowid = r.article
                  WHERE r.event = e.rowid)
               FROM events e WHERE e.rowid = ANY($1) ORDER BY e.rowid"#
        ),
        &[&dirty],
    )?;
    for row in rows {
        let ev: i64 = row.get(0);
        let id: String = row.get(1);
        let Some(rep) = row.get::<_, Option<&str>>(2) else {
            w.cx.exec("DELETE FROM events WHERE rowid = $1", &[&ev])?;
            continue;
        };
        let rep: EventRecord = serde_json::from_str(rep)?;
        let tolls = |i: usize| -> Vec<u32> {
            row.get::<_, Option<Vec<i64>>>(i).unwrap_or_default().into_iter().map(|x| x as u32).collect()
        };
        let (own_first, first): (Option<String>, Option<String>) = (row.get(9), row.get(8));
        let tally = dedup::Tally {
            fatalities: tolls(3),
            injuries: tolls(4),
            first_mode: row.get(5),
            first_reported: match (own_first, first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        };
        let (members, dups): (i64, i64) = (row.get(6), row.get(7));
        let e = dedup::canonical(&id, &rep, &tally, Vec::new());
        update_event(w, ev, &e, (members + dups) as usize)?;
    }
    Ok(())
}

/// Delete those of `events` that have no records left (SQLite's `recompute_event` does so at once).
fn drop_empty_events(w: &mut W, events: &[i64]) -> R<()> {
    w.cx.exec(
        "DELETE FROM events e WHERE e.rowid = ANY($1) AND NOT EXISTS (SELECT 1 FROM records r WHERE r.event = e.rowid)",
        &[&events],
    )?;
    Ok(())
}

/// The events that records of article `art` belong to.
fn events_of_article(w: &mut W, art: i64) -> R<BTreeSet<i64>> {
    let rows = w.cx.query("SELECT DISTINCT event FROM records WHERE article = $1", &[&art])?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Delete the records of article `art`, updating or removing their events. Returns the removed
/// records' `(id, json)`.
fn remove_records(w: &mut W, art: i64) -> R<Vec<(String, String)>> {
    let rows = w.cx.query(
        &format!("SELECT rowid, event, id, json, {BUCKET_COLS} FROM records WHERE article = $1 ORDER BY rowid"),
        &[&art],
    )?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut keys = Vec::new();
    row_buckets(&rows, 4, &mut keys);
    w.lock(keys)?;
    let events: BTreeSet<i64> = rows.iter().map(|r| r.get(1)).collect();
    w.lock_events(events.iter().copied())?;
    for r in &rows {
        w.sigs.remove(&r.get::<_, i64>(0));
    }
    w.cx.exec("DELETE FROM records WHERE article = $1", &[&art])?;
    let evs: Vec<i64> = events.iter().copied().collect();
    drop_empty_events(w, &evs)?;
    w.dirty.extend(events);
    Ok(rows.into_iter().map(|r| (r.get(2), r.get(3))).collect())
}

/// Signature columns of `records`, in the order [`sig_from_row`] reads them (from column 1;
/// column 0 is the rowid).
const SIG_COLS: &str = "r.rowid, r.article, r.event_type, r.mode, r.status, r.date_precision, r.day_lo, r.day_hi, \
     r.loc_name, r.loc_admin1, r.loc_country, r.loc_level, r.lat, r.lon, r.actor_country, r.actor_sector, \
     r.actor_id, r.recipient_country, r.recipient_sector, r.recipient_id, r.fatalities, r.words, \
     r.json::json ->> 'date_basis'";

fn sig_from_row(row: &Row) -> Sig {
    let s = |i: usize| row.get::<_, Option<String>>(1 + i);
    let ent = |c: usize| {
        let e = dedup::EntSig { country: s(c), sector: s(c + 1), id: s(c + 2) };
        (e.country.is_some() || e.sector.is_some() || e.id.is_some()).then_some(e)
    };
    let place = s(9).map(|country| dedup::PlaceSig {
        name: s(7),
        admin1: s(8),
        country: Some(country),
        level: dedup::Level::parse(s(10).as_deref().unwrap_or("")),
        lat: row.get(1 + 11),
        lon: row.get(1 + 12),
    });
    Sig {
        article: row.get(1),
        event_type: row.get(2),
        mode: s(2),
        status: crate::read::parse_status(row.get(4)),
        precision: Some(crate::read::parse_precision(row.get(5))),
        day_lo: row.get(6),
        day_hi: row.get(7),
        date_basis: dedup::parse_basis(s(21).as_deref()),
        place,
        actor: ent(13),
        recipient: ent(16),
        fatalities: row.get::<_, Option<i64>>(1 + 19).map(|x| x as u32),
        words: keys::words_from_blob(row.get(1 + 20)),
    }
}

/// The signatures of records `rowids`, from the cache or (all missing ones in one query) the
/// table.
fn sigs_of(w: &mut W, rowids: &[i64]) -> R<Vec<Arc<Sig>>> {
    let missing: Vec<i64> = rowids.iter().copied().filter(|r| !w.sigs.contains_key(r)).collect();
    if !missing.is_empty() {
        let rows = w.cx.query(&format!("SELECT {SIG_COLS} FROM records r WHERE r.rowid = ANY($1)"), &[&missing])?;
        for row in &rows {
            w.sigs.insert(row.get(0), Arc::new(sig_from_row(row)));
        }
    }
    rowids
        .iter()
        .map(|r| {
            w.sigs.get(r).cloned().ok_or_else(|| Error::Store(StoreError::Backend(format!("record {r} vanished"))))
        })
        .collect()
}

/// The event `sig` should join, among stored candidates, if any (SQLite's `choose_event`: same
/// candidates, the same pre-check on the members found, complete link with the most recent
/// [`LINK_MEMBERS`] members). Events that pass the pre-check are locked before their members are
/// read.
/// Also returns the other events to merge into the chosen one (`dedup::merge_candidates`).
fn choose_event(w: &mut W, sig: &Sig) -> R<Option<(i64, Vec<i64>)>> {
    let ranges = sig.candidate_ranges();
    // One statement: a branch per (block, date range), each with its own parameters.
    let mut sql = String::new();
    let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
    for (block, key) in sig.blocks().into_iter().flatten() {
        // A dated record looks at the most recent undated records too: it may be a copy of an
        // undated report (`Params::undated_dated_similarity`).
        if ranges.is_empty() || w.p.undated_meets_dated() {
            let t = placeholder(&mut args, sig.event_type.clone());
            let by = block_condition(&mut args, block, key);
            let n = placeholder(&mut args, UNDATED_CANDIDATES);
            if !sql.is_empty() {
                sql.push_str(" UNION ALL ");
            }
            sql.push_str(&format!(
                "(SELECT r.rowid, r.event FROM records r WHERE r.event_type = {t} AND {by} \
                 AND r.date_precision = 'unknown' AND r.day_lo IS NULL ORDER BY r.rowid DESC LIMIT {n})"
            ));
            // Older undated copies of the sentence (`dedup::far_copy`; the branch above may find
            // some of them again: duplicates are dropped below).
            if w.p.far_copy_words > 0 && sig.words.len() >= w.p.far_copy_words {
                let t = placeholder(&mut args, sig.event_type.clone());
                let by = block_condition(&mut args, block, key);
                let words = placeholder(&mut args, keys::words_to_blob(&sig.words));
                sql.push_str(&format!(
                    " UNION ALL (SELECT r.rowid, r.event FROM records r WHERE r.event_type = {t} AND {by} \
                     AND r.date_precision = 'unknown' AND r.day_lo IS NULL AND r.words = {words})"
                ));
            }
        }
        for &(prec, lo, hi) in &ranges {
            let t = placeholder(&mut args, sig.event_type.clone());
            let by = block_condition(&mut args, block, key);
            let p = placeholder(&mut args, precision_str(prec));
            let (l, h) = (placeholder(&mut args, lo), placeholder(&mut args, hi));
            if !sql.is_empty() {
                sql.push_str(" UNION ALL ");
            }
            sql.push_str(&format!(
                "(SELECT r.rowid, r.event FROM records r WHERE r.event_type = {t} AND {by} \
                 AND r.date_precision = {p} AND r.day_lo BETWEEN {l} AND {h})"
            ));
        }
    }
    if sql.is_empty() {
        return Ok(None);
    }
    let refs: Vec<&(dyn ToSql + Sync)> = args.iter().map(|b| b.as_ref()).collect();
    let mut found: Vec<(i64, i64)> = w.cx.query(&sql, &refs)?.iter().map(|r| (r.get(0), r.get(1))).collect();
    found.sort_unstable();
    found.dedup();
    if found.is_empty() {
        return Ok(None);
    }
    if w.sigs.len() > SIG_CACHE {
        w.sigs.clear();
    }
    let found_sigs = sigs_of(w, &found.iter().map(|x| x.0).collect::<Vec<_>>())?;
    let mut cand: BTreeMap<i64, Vec<Arc<Sig>>> = BTreeMap::new();
    for ((_, ev), s) in found.iter().zip(found_sigs) {
        cand.entry(*ev).or_default().push(s);
    }
    let p = w.p;
    let passing: Vec<i64> =
        cand.into_iter().filter(|(_, seen)| dedup::passes(sig, seen, &p)).map(|(ev, _)| ev).collect();
    if passing.is_empty() {
        return Ok(None);
    }
    // Members may be in other buckets, written by transactions that do not share ours: the
    // event lock waits for them, and the members are read after it.
    w.lock_events(passing.iter().copied())?;
    let rows = w.cx.query(
        "SELECT e.ev, m.rowid FROM unnest($1::bigint[]) AS e(ev) CROSS JOIN LATERAL \
         (SELECT rowid FROM records WHERE event = e.ev ORDER BY rowid DESC LIMIT $2) AS m",
        &[&passing, &LINK_MEMBERS],
    )?;
    let pairs: Vec<(i64, i64)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    let member_sigs = sigs_of(w, &pairs.iter().map(|x| x.1).collect::<Vec<_>>())?;
    let mut members: BTreeMap<i64, Vec<Arc<Sig>>> = BTreeMap::new();
    for ((ev, _), s) in pairs.iter().zip(member_sigs) {
        members.entry(*ev).or_default().push(s);
    }
    let full: Vec<(i64, Vec<Arc<Sig>>)> = members.into_iter().collect();
    let Some(best) = dedup::best_event(sig, &full, &p) else { return Ok(None) };
    Ok(Some((best, dedup::merge_candidates(sig, &full, best, &p))))
}

/// The condition on `records r` of candidate block `block` with country `key` (SQLite's block
/// statements), its parameter added to `args`.
fn block_condition(args: &mut Vec<Box<dyn ToSql + Sync>>, block: Block, key: &str) -> String {
    let mut k = || placeholder(args, key.to_string());
    match block {
        Block::Place => format!("r.loc_country = {}", k()),
        Block::Actor => format!("r.actor_country = {}", k()),
        Block::Recipient => {
            format!("r.loc_country IS NULL AND r.actor_country IS NULL AND r.recipient_country = {}", k())
        }
        Block::Type => "r.loc_country IS NULL AND r.actor_country IS NULL AND r.recipient_country IS NULL".into(),
    }
}

/// Add `v` to `args` and return its placeholder (`$n`).
fn placeholder(args: &mut Vec<Box<dyn ToSql + Sync>>, v: impl ToSql + Sync + 'static) -> String {
    args.push(Box::new(v));
    format!("${}", args.len())
}

/// Insert record `r` founding a new event under a fresh id: `ev-<record id>`, suffixed `-2`,
/// `-3` … if an event already has it (SQLite's `new_event_id`, probing by insert). Returns the
/// rowids of the record and of the event.
fn insert_with_new_event(w: &mut W, r: &EventRecord, info: &ArticleInfo, rec: &[Val]) -> R<(i64, i64)> {
    let member = Member { record: r.clone(), source: info.source_ref(&r.id) };
    let mut n = 1;
    loop {
        let id = if n == 1 { format!("ev-{}", r.id) } else { format!("ev-{}-{n}", r.id) };
        let ev = dedup::aggregate(&id, std::slice::from_ref(&member), &[]).expect("one member");
        let vals = event_vals(&ev, 1);
        let mut all = refs(&vals);
        all.extend(refs(rec));
        if let Some(row) = w.cx.opt(insert_event_and_record_sql(), &all)? {
            let event: i64 = row.get(1);
            // Created by this transaction: nobody else can see it, so it counts as locked.
            w.events.insert(event);
            return Ok((row.get(0), event));
        }
        n += 1;
    }
}

/// Insert the records of article `art` and cluster each into an event. Returns the number of
/// records written (a record whose id is already stored, from another article, is skipped).
/// `prepared`, when given and as long as `records`, holds each record's [`RecordKeys`], built
/// already (by the ingest worker, or by recode, which compares the JSON with the stored one), so
/// they are not built twice.
fn store_records(
    w: &mut W,
    art: i64,
    info: &ArticleInfo,
    records: &[EventRecord],
    has_duplicates: bool,
    prepared: Option<Vec<RecordKeys>>,
) -> R<u64> {
    let mut written = 0;
    // Normally locked in the lock phase already; this catches what it could not foresee.
    w.lock_record_buckets(records)?;
    // Ids stored already (by another article, or earlier in this list) are skipped.
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    let mut stored: HashSet<String> =
        w.cx.query("SELECT id FROM records WHERE id = ANY($1)", &[&ids])?.iter().map(|r| r.get(0)).collect();
    // The keys computed already (by the worker or recode), when they are those of these records
    // (as SQLite).
    let mut prepared = prepared.filter(|k| k.len() == records.len()).map(Vec::into_iter);
    for r in records {
        let keys = prepared.as_mut().and_then(Iterator::next);
        if !stored.insert(r.id.clone()) {
            continue;
        }
        let RecordKeys { words, json } = keys.unwrap_or_else(|| RecordKeys::of(r));
        let sig = Sig::with_words(r, art, words);
        let rec = record_vals(r, art, &sig, json);
        let rowid = match choose_event(w, &sig)? {
            Some((ev, merge)) => {
                w.dirty.insert(ev);
                for other in merge {
                    // Both events are locked (choose_event locks the events it reads); the
                    // emptied one is deleted by flush_events.
                    w.cx.exec("UPDATE records SET event = $1 WHERE event = $2", &[&ev, &other])?;
                    w.dirty.insert(other);
                }
                let mut all: Vec<&(dyn ToSql + Sync)> = vec![&ev];
                all.extend(refs(&rec));
                w.cx.one(insert_record_sql(), &all)?.get(0)
            }
            None => {
                let (rowid, ev) = insert_with_new_event(w, r, info, &rec)?;
                if has_duplicates {
                    w.dirty.insert(ev);
                }
                rowid
            }
        };
        w.sigs.insert(rowid, Arc::new(sig));
        written += 1;
    }
    Ok(written)
}

fn article_info(w: &mut W, art: i64) -> R<(Article, ArticleInfo)> {
    let r =
        w.cx.one("SELECT id, title, text, published, source, url, pub_day FROM articles WHERE rowid = $1", &[&art])?;
    let a =
        Article { id: r.get(0), title: r.get(1), text: r.get(2), published: r.get(3), source: r.get(4), url: r.get(5) };
    let info = ArticleInfo { id: a.id.clone(), source: a.source.clone(), url: a.url.clone(), pub_day: r.get(6) };
    Ok((a, info))
}

fn has_duplicates(w: &mut W, art: i64) -> R<bool> {
    Ok(w.cx.one("SELECT EXISTS (SELECT 1 FROM articles WHERE duplicate_of = $1)", &[&art])?.get(0))
}

/// Records for article `a` (rowid `art`): those coded in the lock phase if its text is still
/// the one coded, else coded now.
fn promoted_records(w: &mut W, art: i64, a: &Article, code: CodeFn) -> Vec<EventRecord> {
    match w.promoted.remove(&art) {
        Some((text, recs)) if text == a.text => recs,
        _ => code(a),
    }
}

/// Take article `art` out of the event data before its content is replaced: a duplicate is
/// unlinked from its original; an original loses its records and full text, and its first
/// duplicate (if any) becomes the original of the others and is coded.
fn detach_article(w: &mut W, art: i64, duplicate_of: Option<i64>, code: CodeFn) -> R<u64> {
    if let Some(orig) = duplicate_of {
        w.cx.exec("UPDATE articles SET duplicate_of = NULL WHERE rowid = $1", &[&art])?;
        let evs = events_of_article(w, orig)?;
        w.lock_events(evs.iter().copied())?;
        w.dirty.extend(evs);
        return Ok(0);
    }
    remove_records(w, art)?;
    w.cx.exec("UPDATE articles SET fts = NULL WHERE rowid = $1", &[&art])?;
    let first = w.cx.opt("SELECT rowid FROM articles WHERE duplicate_of = $1 ORDER BY rowid LIMIT 1", &[&art])?;
    let Some(first) = first else { return Ok(0) };
    let first: i64 = first.get(0);
    w.cx.exec("UPDATE articles SET duplicate_of = NULL WHERE rowid = $1", &[&first])?;
    w.cx.exec("UPDATE articles SET duplicate_of = $1 WHERE duplicate_of = $2", &[&first, &art])?;
    let (a, info) = article_info(w, first)?;
    let doc = keys::fts_document(a.title.as_deref(), &a.text);
    let generation = w.generation;
    w.cx.exec(
        "UPDATE articles SET fts = strip(to_tsvector('simple'::regconfig, $2::text)), recode_gen = $3 WHERE rowid = $1",
        &[&first, &doc, &generation],
    )?;
    let dups = has_duplicates(w, first)?;
    let recs = promoted_records(w, first, &a, code);
    store_records(w, first, &info, &recs, dups, None)
}

/// One article of an ingest batch (SQLite's `ingest_one`).
fn ingest_one(
    w: &mut W,
    item: &Prepared,
    records: Option<&Vec<EventRecord>>,
    code: CodeFn,
    counts: &mut IngestCounts,
) -> R<()> {
    let Prepared { article: a, hashes, fts: doc, .. } = item;
    // The stored row, and the original whose text this one repeats (SQLite's `find_original`),
    // in one round trip.
    let row = w.cx.one(
        "WITH x AS (SELECT rowid, content_hash, duplicate_of FROM articles WHERE id = $1) \
         SELECT x.rowid, x.content_hash, x.duplicate_of, \
           (SELECT o.rowid FROM articles o WHERE o.text_hash = $2 AND o.duplicate_of IS NULL \
            AND o.rowid IS DISTINCT FROM x.rowid AND o.text = $3 ORDER BY o.rowid LIMIT 1) \
         FROM (SELECT 1) AS one LEFT JOIN x ON true",
        &[&a.id, &hashes.text, &a.text],
    )?;
    let existing: Option<(i64, Vec<u8>, Option<i64>)> =
        row.get::<_, Option<i64>>(0).map(|rowid| (rowid, row.get(1), row.get(2)));
    if existing.as_ref().is_some_and(|e| e.1 == hashes.content) {
        counts.unchanged += 1;
        return Ok(());
    }
    let day = pub_day(a.published.as_deref());
    let original: Option<i64> = row.get(3);
    // The full text of an original (duplicates have none).
    let doc: Option<String> = match original {
        Some(_) => None,
        None => Some(doc.clone().unwrap_or_else(|| keys::fts_document(a.title.as_deref(), &a.text))),
    };
    let content = &hashes.content[..];
    let generation = w.generation;
    let art = match existing {
        Some((art, _, dup_of)) => {
            counts.changed += 1;
            counts.records += detach_article(w, art, dup_of, code)?;
            w.cx.exec(
                "UPDATE articles SET source = $2, url = $3, published = $4, pub_day = $5, title = $6, text = $7, \
                 content_hash = $8, text_hash = $9, duplicate_of = $10, \
                 fts = strip(to_tsvector('simple'::regconfig, $11::text)), \
                 recode_gen = $12 WHERE rowid = $1",
                &[
                    &art,
                    &a.source,
                    &a.url,
                    &a.published,
                    &day,
                    &a.title,
                    &a.text,
                    &content,
                    &hashes.text,
                    &original,
                    &doc,
                    &generation,
                ],
            )?;
            art
        }
        None => {
            if original.is_some() {
                counts.duplicate += 1;
            } else {
                counts.new += 1;
            }
            w.cx.one(
                "INSERT INTO articles (id, source, url, published, pub_day, title, text, content_hash, text_hash, \
                 duplicate_of, fts, recode_gen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
                 strip(to_tsvector('simple'::regconfig, $11::text)), $12) RETURNING rowid",
                &[
                    &a.id,
                    &a.source,
                    &a.url,
                    &a.published,
                    &day,
                    &a.title,
                    &a.text,
                    &content,
                    &hashes.text,
                    &original,
                    &doc,
                    &generation,
                ],
            )?
            .get(0)
        }
    };
    if let Some(orig) = original {
        // A repeated text: listed as a further source of the original's events, not coded.
        let evs = events_of_article(w, orig)?;
        w.lock_events(evs.iter().copied())?;
        w.dirty.extend(evs);
        return Ok(());
    }
    let records = match records {
        Some(r) => r.clone(),
        None => code(a),
    };
    // The worker's keys belong to the worker's records only (not to records the store coded).
    let record_keys = item.records.as_ref().and(item.record_keys.clone());
    let info = ArticleInfo { id: a.id.clone(), source: a.source.clone(), url: a.url.clone(), pub_day: day };
    // No article repeats this one's text yet: a new row has no duplicates, and detaching a changed
    // original moved its duplicates to the first of them (SQLite asks the table; it says no).
    counts.records += store_records(w, art, &info, &records, false, record_keys)?;
    Ok(())
}

/// The latest recode generation: articles coded by an ingest count as coded by it.
fn current_generation(w: &mut W) -> R<i64> {
    Ok(w.cx.one("SELECT coalesce(max(generation), 0) FROM recode_runs", &[])?.get(0))
}

/// One attempt at an ingest batch (see the crate documentation for the lock phases).
/// `coded` keeps the records the store coded itself, by batch index, across attempts.
pub(crate) fn ingest_batch(
    conn: &mut Conn,
    sigs: &mut HashMap<i64, Arc<Sig>>,
    batch: &[Prepared],
    code: CodeFn,
    p: &Params,
    coded: &mut HashMap<usize, Vec<EventRecord>>,
) -> R<IngestCounts> {
    let Conn { client, stmts } = conn;
    let mut tx = client.transaction()?;
    let mut w = W {
        cx: Cx { c: &mut tx, stmts },
        sigs,
        held: HashSet::new(),
        events: HashSet::new(),
        dirty: BTreeSet::new(),
        p: *p,
        promoted: HashMap::new(),
        generation: 0,
    };
    w.generation = current_generation(&mut w)?;

    // Phase 1: article ids and text hashes (new, and stored ones of changed articles).
    let ids: Vec<&str> = batch.iter().map(|b| b.article.id.as_str()).collect();
    let mut keys: Vec<i64> = Vec::with_capacity(batch.len() * 3);
    for b in batch {
        keys.push(article_key(&b.article.id));
        keys.push(text_key(b.hashes.text));
    }
    for row in w.cx.query("SELECT text_hash FROM articles WHERE id = ANY($1)", &[&ids])? {
        keys.push(text_key(row.get(0)));
    }
    w.lock(keys)?;
    // Row locks on the stored articles: a recoder's claim skips them, or we wait for its batch.
    let stored = w.cx.query(
        "SELECT id, rowid, content_hash, duplicate_of, text_hash FROM articles WHERE id = ANY($1) ORDER BY rowid \
         FOR NO KEY UPDATE",
        &[&ids],
    )?;
    // Texts changed since the unlocked read (rare): lock them now.
    let late: Vec<i64> = stored.iter().map(|r| text_key(r.get(4))).collect();
    w.lock(late)?;

    // Phase 2: the dedup buckets of every record to be removed or written.
    let stored: HashMap<String, (i64, Vec<u8>, Option<i64>)> =
        stored.into_iter().map(|r| (r.get(0), (r.get(1), r.get(2), r.get(3)))).collect();
    let mut buckets = Vec::new();
    for (i, item) in batch.iter().enumerate() {
        let existing = stored.get(&item.article.id);
        if existing.is_some_and(|e| e.1 == item.hashes.content) {
            continue;
        }
        if let Some(&(art, _, None)) = existing {
            // An original that changes: its records leave, its first duplicate is coded.
            let old = w.cx.query(&format!("SELECT {BUCKET_COLS} FROM records WHERE article = $1"), &[&art])?;
            row_buckets(&old, 0, &mut buckets);
            let first = w.cx.opt(
                "SELECT rowid, id, title, text, published, source, url FROM articles WHERE duplicate_of = $1 \
                 ORDER BY rowid LIMIT 1",
                &[&art],
            )?;
            if let Some(r) = first {
                let a = Article {
                    id: r.get(1),
                    title: r.get(2),
                    text: r.get(3),
                    published: r.get(4),
                    source: r.get(5),
                    url: r.get(6),
                };
                let recs = code(&a);
                for rec in &recs {
                    record_buckets(rec, &mut buckets);
                }
                w.promoted.insert(r.get(0), (a.text, recs));
            }
        }
        let recs = match &item.records {
            // Coded already: lock its buckets even if it turns out to be a duplicate (a superset).
            Some(r) => r,
            None => {
                if find_original(&mut w.cx, existing.map(|e| e.0), item.hashes.text, &item.article.text)?.is_some() {
                    continue; // a duplicate text: not coded
                }
                coded.entry(i).or_insert_with(|| code(&item.article))
            }
        };
        for rec in recs {
            record_buckets(rec, &mut buckets);
        }
    }
    w.lock(buckets)?;

    // Phase 3: SQLite's ingest, article by article.
    let mut counts = IngestCounts::default();
    for (i, item) in batch.iter().enumerate() {
        let records = item.records.as_ref().or(coded.get(&i));
        ingest_one(&mut w, item, records, code, &mut counts)?;
    }
    flush_events(&mut w)?;
    tx.commit()?;
    Ok(counts)
}

// ---------------------------------------------------------------------------------------------
// Recode

/// One claimed recode batch: `None` when the generation has no unclaimed work left; the report
/// of the batch otherwise (`articles` may be 0 when every claimed article was being ingested).
fn recode_batch(
    conn: &mut Conn,
    sigs: &mut HashMap<i64, Arc<Sig>>,
    generation: i64,
    code: CodeFn,
    p: &Params,
    limit: i64,
) -> R<Option<RecodeReport>> {
    let Conn { client, stmts } = conn;
    let mut tx = client.transaction()?;
    let mut w = W {
        cx: Cx { c: &mut tx, stmts },
        sigs,
        held: HashSet::new(),
        events: HashSet::new(),
        dirty: BTreeSet::new(),
        p: *p,
        promoted: HashMap::new(),
        generation,
    };
    let claimed = w.cx.query(
        "SELECT rowid, id, text_hash FROM articles WHERE duplicate_of IS NULL AND recode_gen < $1 ORDER BY rowid \
         LIMIT $2 FOR NO KEY UPDATE SKIP LOCKED",
        &[&generation, &limit],
    )?;
    if claimed.is_empty() {
        tx.commit()?;
        return Ok(None);
    }
    // Articles an ingest holds are left for a later claim: never wait for their locks.
    let mut keys = Vec::with_capacity(claimed.len() * 2);
    for r in &claimed {
        keys.push(article_key(r.get(1)));
        keys.push(text_key(r.get(2)));
    }
    let got: Vec<bool> =
        w.cx.query("SELECT pg_try_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", &[&keys])?
            .iter()
            .map(|r| r.get(0))
            .collect();
    w.held.extend(keys.iter().zip(&got).filter(|x| *x.1).map(|x| *x.0));
    let arts: Vec<i64> =
        claimed.iter().enumerate().filter(|(i, _)| got[2 * i] && got[2 * i + 1]).map(|(_, r)| r.get(0)).collect();
    let mut rep = RecodeReport::default();
    // Code first, then lock the buckets of the old and new records.
    let mut work = Vec::with_capacity(arts.len());
    let mut buckets = Vec::new();
    for &art in &arts {
        let (a, info) = article_info(&mut w, art)?;
        let new = code(&a);
        for r in &new {
            record_buckets(r, &mut buckets);
        }
        work.push((art, info, new));
    }
    let old = w.cx.query(&format!("SELECT {BUCKET_COLS} FROM records WHERE article = ANY($1)"), &[&arts])?;
    row_buckets(&old, 0, &mut buckets);
    w.lock(buckets)?;
    for (art, info, new) in work {
        let old: HashMap<String, String> = remove_records(&mut w, art)?.into_iter().collect();
        // (The stored JSON and sentence words are made once: compared here, written by
        // `store_records`, as SQLite's recode.)
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
        let dups = has_duplicates(&mut w, art)?;
        store_records(&mut w, art, &info, &new, dups, Some(keys))?;
        rep.articles += 1;
    }
    flush_events(&mut w)?;
    w.cx.exec("UPDATE articles SET recode_gen = $1 WHERE rowid = ANY($2)", &[&generation, &arts])?;
    let n = |x: u64| x as i64;
    w.cx.exec(
        "INSERT INTO recode_tally (generation, articles, records_added, records_removed, records_modified) \
         VALUES ($1, $2, $3, $4, $5)",
        &[&generation, &n(rep.articles), &n(rep.records_added), &n(rep.records_removed), &n(rep.records_modified)],
    )?;
    tx.commit()?;
    Ok(Some(rep))
}

impl PgStore {
    /// Open a recode generation: number it, and record the sizes and every event's members
    /// before it (for [`PgStore::finish_recode`]'s report). Returns the generation for
    /// [`PgStore::recode_worker`].
    pub fn start_recode(&mut self) -> ahdath_store::Result<i64> {
        Ok(self.with_retries(|conn, _| {
            let Conn { client, .. } = conn;
            let mut tx = client.build_transaction().isolation_level(IsolationLevel::RepeatableRead).start()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&RECODE_LOCK])?;
            let generation: i64 = tx.query_one("SELECT coalesce(max(generation), 0) + 1 FROM recode_runs", &[])?.get(0);
            tx.execute(
                "INSERT INTO recode_runs (generation, records_before, events_before) \
                 VALUES ($1, (SELECT count(*) FROM records), (SELECT count(*) FROM events))",
                &[&generation],
            )?;
            tx.execute(
                r#"INSERT INTO recode_snapshot (generation, id, members)
                   SELECT $1, e.id, (SELECT string_agg(r.id, ' ' ORDER BY r.id COLLATE "C") FROM records r
                                     WHERE r.event = e.rowid)
                   FROM events e"#,
                &[&generation],
            )?;
            tx.commit()?;
            Ok(generation)
        })?)
    }

    /// The latest recode generation that was started and not finished (a killed recode), if any.
    pub fn unfinished_recode(&mut self) -> ahdath_store::Result<Option<i64>> {
        self.with_conn(|c| {
            let row = c.cx().one("SELECT max(generation) FROM recode_runs WHERE finished IS NULL", &[])?;
            Ok(row.get(0))
        })
    }

    /// Original articles generation `generation` has not recoded yet (for a progress bar).
    pub fn recode_remaining(&mut self, generation: i64) -> ahdath_store::Result<u64> {
        self.with_conn(|c| {
            let row = c
                .cx()
                .one("SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND recode_gen < $1", &[&generation])?;
            Ok(row.get::<_, i64>(0) as u64)
        })
    }

    /// Recode articles of `generation` until none is left unclaimed, in claimed batches of
    /// [`PgOptions::recode_batch`](crate::PgOptions) articles, one transaction each. Safe to run
    /// from any number of connections at once (each article is recoded once). `progress` gets the
    /// number of articles this worker has done. The report counts this worker's batches only
    /// (`articles`, `records_added`, `records_removed`, `records_modified`); the generation's
    /// totals come from [`PgStore::finish_recode`].
    pub fn recode_worker(
        &mut self,
        generation: i64,
        code: CodeFn,
        progress: &mut dyn FnMut(u64),
    ) -> ahdath_store::Result<RecodeReport> {
        let p = self.opts.params;
        let limit = self.opts.recode_batch as i64;
        let mut rep = RecodeReport::default();
        loop {
            let batch = self.with_retries(|conn, sigs| recode_batch(conn, sigs, generation, code, &p, limit))?;
            let Some(b) = batch else { break };
            if b.articles == 0 {
                // Everything claimed was being ingested: give the ingest time to commit.
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
            rep.articles += b.articles;
            rep.records_added += b.records_added;
            rep.records_removed += b.records_removed;
            rep.records_modified += b.records_modified;
            progress(rep.articles);
        }
        Ok(rep)
    }

    /// Close `generation` and return its totals: articles and record changes summed over every
    /// worker's committed batches, sizes before (at [`PgStore::start_recode`]) and after (now),
    /// and the events whose set of records differs from the start. Fails while articles of the
    /// generation are left (run a worker on it first). Calling it again returns the same report.
    pub fn finish_recode(&mut self, generation: i64) -> ahdath_store::Result<RecodeReport> {
        let rep = self.with_retries(|conn, _| {
            let Conn { client, .. } = conn;
            let mut tx = client.build_transaction().isolation_level(IsolationLevel::RepeatableRead).start()?;
            let run = tx.query_opt(
                "SELECT records_before, events_before, finished IS NOT NULL, articles, records_after, \
                 records_added, records_removed, records_modified, events_after, events_changed \
                 FROM recode_runs WHERE generation = $1 FOR UPDATE",
                &[&generation],
            )?;
            let Some(run) = run else {
                return Err(Error::Store(StoreError::Backend(format!("no recode generation {generation}"))));
            };
            let u = |i: usize| run.get::<_, Option<i64>>(i).unwrap_or(0) as u64;
            if run.get::<_, bool>(2) {
                return Ok(RecodeReport {
                    articles: u(3),
                    records_before: u(0),
                    records_after: u(4),
                    records_added: u(5),
                    records_removed: u(6),
                    records_modified: u(7),
                    events_before: u(1),
                    events_after: u(8),
                    events_changed: u(9),
                });
            }
            let left: i64 = tx
                .query_one(
                    "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND recode_gen < $1",
                    &[&generation],
                )?
                .get(0);
            if left > 0 {
                return Err(Error::Store(StoreError::Backend(format!(
                    "recode generation {generation} is not finished: {left} articles left"
                ))));
            }
            let t = tx.query_one(
                "SELECT coalesce(sum(articles), 0)::bigint, coalesce(sum(records_added), 0)::bigint, \
                 coalesce(sum(records_removed), 0)::bigint, coalesce(sum(records_modified), 0)::bigint \
                 FROM recode_tally WHERE generation = $1",
                &[&generation],
            )?;
            let changed = tx.query_one(
                r#"SELECT
                     (SELECT count(*) FROM events e WHERE NOT EXISTS (
                        SELECT 1 FROM recode_snapshot o WHERE o.generation = $1 AND o.id = e.id
                        AND o.members IS NOT DISTINCT FROM (SELECT string_agg(r.id, ' ' ORDER BY r.id COLLATE "C")
                                                           FROM records r WHERE r.event = e.rowid)))
                   + (SELECT count(*) FROM recode_snapshot o WHERE o.generation = $1
                      AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = o.id)),
                     (SELECT count(*) FROM records), (SELECT count(*) FROM events)"#,
                &[&generation],
            )?;
            let g = |r: &Row, i: usize| r.get::<_, i64>(i) as u64;
            let rep = RecodeReport {
                articles: g(&t, 0),
                records_before: u(0),
                records_after: g(&changed, 1),
                records_added: g(&t, 1),
                records_removed: g(&t, 2),
                records_modified: g(&t, 3),
                events_before: u(1),
                events_after: g(&changed, 2),
                events_changed: g(&changed, 0),
            };
            let n = |x: u64| x as i64;
            tx.execute(
                "UPDATE recode_runs SET finished = now(), articles = $2, records_after = $3, records_added = $4, \
                 records_removed = $5, records_modified = $6, events_after = $7, events_changed = $8 \
                 WHERE generation = $1",
                &[
                    &generation,
                    &n(rep.articles),
                    &n(rep.records_after),
                    &n(rep.records_added),
                    &n(rep.records_removed),
                    &n(rep.records_modified),
                    &n(rep.events_after),
                    &n(rep.events_changed),
                ],
            )?;
            tx.execute("DELETE FROM recode_snapshot WHERE generation = $1", &[&generation])?;
            tx.execute("DELETE FROM recode_tally WHERE generation = $1", &[&generation])?;
            tx.commit()?;
            Ok(rep)
        })?;
        Ok(rep)
    }

    /// Recode with `workers` threads, each on its own connection: the generation left unfinished
    /// by a killed run when `resume` is set and there is one, else a new one; then its totals
    /// ([`PgStore::finish_recode`]). `progress` gets the number of articles done by all workers.
    pub fn recode_parallel(
        &mut self,
        workers: usize,
        resume: bool,
        code: CodeFn,
        progress: &(dyn Fn(u64) + Sync),
    ) -> ahdath_store::Result<RecodeReport> {
        let generation = match resume.then(|| self.unfinished_recode()).transpose()?.flatten() {
            Some(g) => g,
            None => self.start_recode()?,
        };
        let done = AtomicU64::new(0);
        let opts = self.opts.clone();
        let config = self.config.clone();
        std::thread::scope(|s| -> ahdath_store::Result<()> {
            let handles: Vec<_> = (0..workers.max(1))
                .map(|_| {
                    let (opts, config, done) = (opts.clone(), config.clone(), &done);
                    s.spawn(move || -> ahdath_store::Result<()> {
                        let mut store = PgStore::from_config(config, opts)?;
                        let mut last = 0;
                        store.recode_worker(generation, code, &mut |n| {
                            let total = done.fetch_add(n - last, Ordering::Relaxed) + (n - last);
                            last = n;
                            progress(total);
                        })?;
                        Ok(())
                    })
                })
                .collect();
            let mut first_err = None;
            for h in handles {
                let r = h.join().unwrap_or_else(|_| Err(StoreError::Backend("a recode worker panicked".into())));
                if let Err(e) = r {
                    first_err.get_or_insert(e);
                }
            }
            first_err.map_or(Ok(()), Err)
        })?;
        self.finish_recode(generation)
    }
}
