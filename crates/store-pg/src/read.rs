//! Reading: search with every filter and keyset pages, streaming, lookups, stats, and the
//! checker. The SQL is built from fixed fragments only; every value is a bound parameter.

use crate::{Conn, Cx, PgOptions, R};
use ahdath_record::{Article, EventRecord, SourceRef, StoredEvent};
use ahdath_store::keys::{self, ArticleHashes};
use ahdath_store::{dedup, Checker, Counts, Cursor, Filter, Page, Stats, StoreError, StoredArticle};
use postgres::types::ToSql;
use postgres::{GenericClient, IsolationLevel};
use std::collections::HashMap;

pub(crate) use ahdath_store::columns::{parse_precision, parse_status, precision_str, pub_day};

/// The stored original (not itself a duplicate) other than `art` whose text equals `text`.
pub(crate) fn find_original<C: GenericClient>(
    cx: &mut Cx<'_, C>,
    art: Option<i64>,
    hash: i64,
    text: &str,
) -> R<Option<i64>> {
    let row = cx.opt(
        "SELECT rowid FROM articles WHERE text_hash = $1 AND duplicate_of IS NULL AND rowid IS DISTINCT FROM $2 \
         AND text = $3 ORDER BY rowid LIMIT 1",
        &[&hash, &art, &text],
    )?;
    Ok(row.map(|r| r.get(0)))
}

// ---------------------------------------------------------------------------------------------
// Queries

type Arg = Box<dyn ToSql + Sync>;

/// A query under construction: fixed SQL fragments only, every value bound.
struct Query {
    sql: String,
    args: Vec<Arg>,
}

impl Query {
    fn new(head: &str) -> Query {
        Query { sql: head.to_string(), args: Vec::new() }
    }
    /// Append `frag`, each `{}` in it replaced by the placeholder of the next of `vals`.
    fn push(&mut self, frag: &str, vals: Vec<Arg>) {
        let mut vals = vals.into_iter();
        let mut parts = frag.split("{}");
        self.sql.push_str(parts.next().unwrap_or(""));
        for part in parts {
            self.args.push(vals.next().expect("a value per placeholder"));
            self.sql.push_str(&format!("${}", self.args.len()));
            self.sql.push_str(part);
        }
        debug_assert!(vals.next().is_none(), "a placeholder per value in {frag}");
    }
    fn refs(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.args.iter().map(|a| a.as_ref()).collect()
    }
}

fn text(s: &str) -> Arg {
    Box::new(s.to_string())
}
fn int(v: i64) -> Arg {
    Box::new(v)
}
fn real(v: f64) -> Arg {
    Box::new(v)
}

/// Append the conditions of `f` (on events aliased `e`), as SQLite's `push_filter`.
fn push_filter(q: &mut Query, f: &Filter) -> R<()> {
    push_filter_planned(q, f, false)
}

/// Matches of a bounding box (counted through the GiST index) from which it counts as dense.
/// PostgreSQL estimates `point <@ box` with a fixed selectivity (12 rows expected, 15,305 found
/// for a box around Egypt on 134,000 events), so it gathers every match through the index and
/// sorts them (46 ms); a dense box is written without the index condition, and the planner,
/// which then estimates the plain coordinate ranges from column statistics, walks the sort index
/// newest first (3 ms). A sparse box keeps the index (a Baghdad-sized box: 260 ms without it).
const DENSE_BBOX: i64 = 5_000;

/// Whether `f`'s bounding box matches at least [`DENSE_BBOX`] events.
fn dense_bbox<C: GenericClient>(cx: &mut Cx<'_, C>, f: &Filter) -> R<bool> {
    let Some([x0, y0, x1, y1]) = f.bbox else { return Ok(false) };
    let row = cx.one(
        "SELECT count(*) FROM (SELECT 1 FROM events e WHERE point(e.lon, e.lat) <@ box(point($1, $2), point($3, $4)) \
         AND e.lon IS NOT NULL AND e.lat IS NOT NULL LIMIT $5) m",
        &[&x0, &y0, &x1, &y1, &DENSE_BBOX],
    )?;
    Ok(row.get::<_, i64>(0) >= DENSE_BBOX)
}

/// [`push_filter`], leaving out the GiST condition of a dense bounding box (see [`DENSE_BBOX`]).
fn push_filter_planned(q: &mut Query, f: &Filter, dense_bbox: bool) -> R<()> {
    if let Some(t) = &f.text {
        let words = keys::fts_words(t);
        if words.is_empty() {
            return Err(StoreError::BadFilter(format!("no words to search in {t:?}")).into());
        }
        // The words (already normalised, word characters only) as one parameter; all must match.
        let words = words.join(" ");
        q.push(
            " AND e.rowid IN (SELECT r.event FROM records r \
             WHERE r.fts @@ plainto_tsquery('simple'::regconfig, {}::text) \
             UNION SELECT r.event FROM records r JOIN articles a ON a.rowid = r.article \
             WHERE a.fts @@ plainto_tsquery('simple'::regconfig, {}::text))",
            vec![text(&words), text(&words)],
        );
    }
    for (column, v) in f.column_equalities() {
        if let Some(v) = v {
            q.push(&format!(" AND e.{column} = {{}}"), vec![text(v)]);
        }
    }
    if let Some(s) = f.status {
        q.push(" AND e.status = {}", vec![text(s.as_str())]);
    }
    if let Some(from) = &f.from {
        let (lo, _, _) =
            dedup::date_range(from).ok_or_else(|| StoreError::BadFilter(format!("--from {from:?} is not a date")))?;
        // sort_day (= day_lo) is at most 366 days before day_hi: the bound lets an index on
        // (…, sort_day) walk only the range.
        q.push(" AND e.day_hi >= {} AND e.sort_day >= {}", vec![int(lo), int(lo - 366)]);
    }
    if let Some(to) = &f.to {
        let (_, hi, _) =
            dedup::date_range(to).ok_or_else(|| StoreError::BadFilter(format!("--to {to:?} is not a date")))?;
        q.push(" AND e.day_lo <= {} AND e.sort_day <= {}", vec![int(hi), int(hi)]);
    }
    if let Some([x0, y0, x1, y1]) = f.bbox {
        if !(x0 <= x1 && y0 <= y1) {
            return Err(StoreError::BadFilter("bbox must be minlon,minlat,maxlon,maxlat".into()).into());
        }
        // The box for the GiST index; the exact comparisons keep SQLite's inclusive bounds.
        if !dense_bbox {
            q.push(
                " AND point(e.lon, e.lat) <@ box(point({}, {}), point({}, {}))",
                vec![real(x0), real(y0), real(x1), real(y1)],
            );
        }
        q.push(
            " AND e.lon BETWEEN {} AND {} AND e.lat BETWEEN {} AND {}",
            vec![real(x0), real(x1), real(y0), real(y1)],
        );
    }
    if let Some(n) = f.min_fatalities {
        q.push(" AND e.fatalities >= {}", vec![int(i64::from(n))]);
    }
    if let Some(s) = &f.source {
        // The full source, or its part after the last '/': compared, never used as a pattern.
        // Two joins (own articles, duplicates) rather than one with OR, which could use no index.
        q.push(
            " AND (EXISTS (SELECT 1 FROM records r JOIN articles a ON a.rowid = r.article WHERE r.event = e.rowid \
             AND (a.source = {}::text OR right(a.source, length({}::text) + 1) = '/' || {}::text)) \
             OR EXISTS (SELECT 1 FROM records r JOIN articles a ON a.duplicate_of = r.article WHERE r.event = e.rowid \
             AND (a.source = {}::text OR right(a.source, length({}::text) + 1) = '/' || {}::text)))",
            vec![text(s), text(s), text(s), text(s), text(s), text(s)],
        );
    }
    Ok(())
}

/// The sources of events `evs`: their records' articles and those articles' duplicate-text
/// articles, oldest first (SQLite's `event_sources`, for many events in one query).
fn sources_of<C: GenericClient>(cx: &mut Cx<'_, C>, evs: &[i64]) -> R<HashMap<i64, Vec<SourceRef>>> {
    let rows = cx.query(
        "SELECT r.event, a.id, a.source, a.url, r.id, a.pub_day FROM records r JOIN articles a ON a.rowid = r.article \
         WHERE r.event = ANY($1) \
         UNION ALL SELECT r.event, d.id, d.source, d.url, r.id, d.pub_day FROM records r \
         JOIN articles d ON d.duplicate_of = r.article WHERE r.event = ANY($1)",
        &[&evs],
    )?;
    let mut out: HashMap<i64, Vec<SourceRef>> = HashMap::new();
    for r in rows {
        out.entry(r.get(0)).or_default().push(SourceRef {
            article_id: r.get(1),
            source: r.get(2),
            url: r.get(3),
            record_id: r.get(4),
            published: r.get(5),
        });
    }
    for v in out.values_mut() {
        v.sort_by(|a, b| {
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

/// Events from `(rowid, json)` rows, with their sources.
fn events_from_rows<C: GenericClient>(cx: &mut Cx<'_, C>, rows: &[(i64, String)]) -> R<Vec<StoredEvent>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut sources = sources_of(cx, &ids)?;
    rows.iter()
        .map(|(rowid, json)| {
            let mut e: StoredEvent = serde_json::from_str(json)?;
            e.sources = sources.remove(rowid).unwrap_or_default();
            Ok(e)
        })
        .collect()
}

/// Matching sentences or articles from which a full-text query counts as common
/// ([`common_text`]); SQLite's `TEXT_PROBE`.
pub(crate) const TEXT_PROBE: i64 = 2_000;

/// Events the newest-first walk of a common full-text query tests before it gives up and
/// collects the matches instead ([`walk_text`]); SQLite's `TEXT_WALK`.
const TEXT_WALK: i64 = 5_000;

/// A page of `filter`'s events newest first. A common full-text query (see [`common_text`]) is
/// answered by walking the other filters' events ([`walk_text`]); a rare one (or a walk that
/// found too few) by collecting the events of every match.
pub(crate) fn search<C: GenericClient>(
    cx: &mut Cx<'_, C>,
    filter: &Filter,
    cursor: Option<Cursor>,
    limit: usize,
    text_probe: i64,
) -> R<Page<StoredEvent>> {
    let dense = dense_bbox(cx, filter)?;
    let walked = match common_text(cx, filter, text_probe)? {
        Some(words) => walk_text(cx, filter, &words, dense, cursor, limit)?,
        None => None,
    };
    let rows = match walked {
        Some(rows) => rows,
        None => {
            let mut q = Query::new("SELECT e.rowid, e.sort_day, e.json FROM events e WHERE true");
            push_filter_planned(&mut q, filter, dense)?;
            push_cursor(&mut q, cursor);
            q.push(" ORDER BY e.sort_day DESC, e.rowid DESC LIMIT {}", vec![int(limit as i64 + 1)]);
            page_rows(cx, &q)?
        }
    };
    let more = rows.len() > limit;
    let rows: Vec<(i64, i64, String)> = rows.into_iter().take(limit).collect();
    let next = rows.last().map(|r| Cursor::new(r.1, r.0));
    let pairs: Vec<(i64, String)> = rows.into_iter().map(|r| (r.0, r.2)).collect();
    let items = events_from_rows(cx, &pairs)?;
    Ok(Page { items, next: if more { next } else { None } })
}

/// Append the keyset condition of `cursor`: events after it in newest-first order.
fn push_cursor(q: &mut Query, cursor: Option<Cursor>) {
    if let Some(c) = cursor {
        q.push(" AND (e.sort_day, e.rowid) < ({}, {})", vec![int(c.sort_day()), int(c.rowid())]);
    }
}

/// `(rowid, sort_day, json)` of the rows of `q`.
fn page_rows<C: GenericClient>(cx: &mut Cx<'_, C>, q: &Query) -> R<Vec<(i64, i64, String)>> {
    Ok(cx.query(&q.sql, &q.refs())?.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
}

/// The words of `f`'s text when they are common: at least `probe` matching sentences or
/// articles (counted through the GIN index, up to that number).
fn common_text<C: GenericClient>(cx: &mut Cx<'_, C>, f: &Filter, probe: i64) -> R<Option<String>> {
    let Some(t) = &f.text else { return Ok(None) };
    let words = keys::fts_words(t);
    if words.is_empty() {
        return Ok(None);
    }
    let words = words.join(" ");
    for sql in [
        "SELECT count(*) FROM (SELECT 1 FROM records WHERE fts @@ plainto_tsquery('simple'::regconfig, $1::text) LIMIT $2) m",
        "SELECT count(*) FROM (SELECT 1 FROM articles WHERE fts @@ plainto_tsquery('simple'::regconfig, $1::text) LIMIT $2) m",
    ] {
        if cx.one(sql, &[&words, &probe])?.get::<_, i64>(0) >= probe {
            return Ok(Some(words));
        }
    }
    Ok(None)
}

/// The rows of a page for common `words`: the first [`TEXT_WALK`] events of the other filters,
/// newest first (through their indexes, as a structured search), each kept if one of its records'
/// sentences or their articles match (a probe per event), until the page is full. `None` when
/// the walk tested [`TEXT_WALK`] events without filling the page: collecting is then the plan.
/// The probe is a `LATERAL … LIMIT 1` join (records by event, their articles by key), which the
/// planner can only run per event and stop at the page; `EXISTS … OR EXISTS …` may be planned as
/// hashed subplans that gather every match first, the cost this plan avoids.
fn walk_text<C: GenericClient>(
    cx: &mut Cx<'_, C>,
    f: &Filter,
    words: &str,
    dense: bool,
    cursor: Option<Cursor>,
    limit: usize,
) -> R<Option<Vec<(i64, i64, String)>>> {
    let rest = Filter { text: None, ..f.clone() };
    let mut q = Query::new(
        "SELECT w.rowid, w.sort_day, w.json FROM (SELECT e.rowid, e.sort_day, e.json FROM events e WHERE true",
    );
    push_filter_planned(&mut q, &rest, dense)?;
    push_cursor(&mut q, cursor);
    q.push(
        " ORDER BY e.sort_day DESC, e.rowid DESC LIMIT {}) w \
         CROSS JOIN LATERAL (SELECT 1 FROM records r JOIN articles a ON a.rowid = r.article WHERE r.event = w.rowid \
         AND (r.fts @@ plainto_tsquery('simple'::regconfig, {}::text) \
         OR a.fts @@ plainto_tsquery('simple'::regconfig, {}::text)) LIMIT 1) hit \
         ORDER BY w.sort_day DESC, w.rowid DESC LIMIT {}",
        vec![int(TEXT_WALK), text(words), text(words), int(limit as i64 + 1)],
    );
    let rows = page_rows(cx, &q)?;
    if rows.len() > limit {
        return Ok(Some(rows));
    }
    let mut n = Query::new("SELECT count(*) FROM (SELECT 1 FROM events e WHERE true");
    push_filter_planned(&mut n, &rest, dense)?;
    push_cursor(&mut n, cursor);
    n.push(" LIMIT {}) w", vec![int(TEXT_WALK)]);
    let walked: i64 = cx.one(&n.sql, &n.refs())?.get(0);
    Ok((walked < TEXT_WALK).then_some(rows))
}

/// Rows fetched per round trip when streaming events.
const STREAM_CHUNK: i32 = 256;

/// Stream the events of `filter` newest first through a portal, in chunks of [`STREAM_CHUNK`],
/// inside one read-only REPEATABLE READ transaction (a consistent snapshot, bounded memory).
pub(crate) fn for_each_event(
    conn: &mut Conn,
    filter: &Filter,
    f: &mut dyn FnMut(StoredEvent) -> std::result::Result<(), String>,
) -> R<u64> {
    let mut q = Query::new("SELECT e.rowid, e.json FROM events e WHERE true");
    push_filter(&mut q, filter)?;
    q.push(" ORDER BY e.sort_day DESC, e.rowid DESC", vec![]);
    let Conn { client, stmts } = conn;
    let mut tx = client.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
    let mut cx = Cx { c: &mut tx, stmts };
    let st = cx.st(&q.sql)?;
    let portal = cx.c.bind(&st, &q.refs())?;
    let mut n = 0;
    loop {
        let rows = cx.c.query_portal(&portal, STREAM_CHUNK)?;
        let pairs: Vec<(i64, String)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        for e in events_from_rows(&mut cx, &pairs)? {
            f(e).map_err(StoreError::Callback)?;
            n += 1;
        }
        if rows.len() < STREAM_CHUNK as usize {
            break;
        }
    }
    tx.commit()?;
    Ok(n)
}

pub(crate) fn event<C: GenericClient>(cx: &mut Cx<'_, C>, id: &str) -> R<Option<(StoredEvent, Vec<EventRecord>)>> {
    let Some(row) = cx.opt("SELECT rowid, json FROM events WHERE id = $1", &[&id])? else { return Ok(None) };
    let rowid: i64 = row.get(0);
    let e = events_from_rows(cx, &[(rowid, row.get(1))])?.pop().expect("one event");
    let recs = cx
        .query("SELECT json FROM records WHERE event = $1 ORDER BY rowid", &[&rowid])?
        .iter()
        .map(|r| Ok(serde_json::from_str(r.get(0))?))
        .collect::<R<Vec<EventRecord>>>()?;
    Ok(Some((e, recs)))
}

pub(crate) fn article<C: GenericClient>(cx: &mut Cx<'_, C>, id: &str) -> R<Option<StoredArticle>> {
    let row = cx.opt(
        "SELECT a.rowid, a.id, a.title, a.text, a.published, a.source, a.url, a.content_hash, a.duplicate_of, \
         (SELECT o.id FROM articles o WHERE o.rowid = a.duplicate_of) FROM articles a WHERE a.id = $1",
        &[&id],
    )?;
    let Some(r) = row else { return Ok(None) };
    let article =
        Article { id: r.get(1), title: r.get(2), text: r.get(3), published: r.get(4), source: r.get(5), url: r.get(6) };
    let hash: Vec<u8> = r.get(7);
    let coded: i64 = r.get::<_, Option<i64>>(8).unwrap_or(r.get(0));
    let duplicate_of: Option<String> = r.get(9);
    let record_ids = cx
        .query("SELECT id FROM records WHERE article = $1 ORDER BY rowid", &[&coded])?
        .iter()
        .map(|r| r.get(0))
        .collect();
    Ok(Some(StoredArticle { article, content_hash: keys::hex(&hash), duplicate_of, record_ids }))
}

pub(crate) fn stats<C: GenericClient>(cx: &mut Cx<'_, C>, filter: &Filter) -> R<Stats> {
    let mut group = |head: &str, tail: &'static str| -> R<Vec<(String, u64)>> {
        let mut q = Query::new(head);
        push_filter(&mut q, filter)?;
        q.push(tail, vec![]);
        let rows = cx.query(&q.sql, &q.refs())?;
        Ok(rows.iter().map(|r| (r.get(0), r.get::<_, i64>(1) as u64)).collect())
    };
    // Names in byte order (`C`), as SQLite sorts them.
    let by_day = group(
        "SELECT e.date, count(*) FROM events e WHERE e.date_precision = 'day'",
        r#" GROUP BY e.date ORDER BY e.date COLLATE "C""#,
    )?;
    let by_type = group(
        "SELECT e.event_type, count(*) FROM events e WHERE true",
        r#" GROUP BY e.event_type ORDER BY 2 DESC, e.event_type COLLATE "C""#,
    )?;
    let by_country = group(
        "SELECT e.country, count(*) FROM events e WHERE e.country IS NOT NULL",
        r#" GROUP BY e.country ORDER BY 2 DESC, e.country COLLATE "C""#,
    )?;
    let by_admin1 = group(
        "SELECT e.admin1, count(*) FROM events e WHERE e.admin1 IS NOT NULL",
        r#" GROUP BY e.admin1 ORDER BY 2 DESC, e.admin1 COLLATE "C""#,
    )?;
    let mut q = Query::new("SELECT count(*) FROM events e WHERE true");
    push_filter(&mut q, filter)?;
    let events = cx.one(&q.sql, &q.refs())?.get::<_, i64>(0) as u64;
    Ok(Stats { events, by_day, by_type, by_country, by_admin1 })
}

pub(crate) fn counts<C: GenericClient>(cx: &mut Cx<'_, C>) -> R<Counts> {
    let r = cx.one(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), \
         (SELECT count(*) FROM records), (SELECT count(*) FROM events)",
        &[],
    )?;
    let n = |i: usize| r.get::<_, i64>(i) as u64;
    Ok(Counts { articles: n(0), duplicates: n(1), records: n(2), events: n(3) })
}

pub(crate) fn record_events<C: GenericClient>(
    cx: &mut Cx<'_, C>,
    article_ids: &[String],
) -> R<Vec<(EventRecord, String)>> {
    let mut out = Vec::new();
    for id in article_ids {
        let rows = cx.query(
            "SELECT r.json, e.id FROM articles a JOIN records r ON r.article = coalesce(a.duplicate_of, a.rowid) \
             JOIN events e ON e.rowid = r.event WHERE a.id = $1 ORDER BY r.rowid",
            &[id],
        )?;
        for r in rows {
            out.push((serde_json::from_str(r.get(0))?, r.get(1)));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Checker

/// A [`Checker`] on its own connection (it reads committed state only).
pub(crate) struct PgChecker {
    conn: Conn,
    config: postgres::Config,
    opts: PgOptions,
}

impl PgChecker {
    pub fn new(conn: Conn, config: postgres::Config, opts: PgOptions) -> PgChecker {
        PgChecker { conn, config, opts }
    }

    fn check(&mut self, a: &Article, h: &ArticleHashes) -> R<bool> {
        let mut cx = self.conn.cx();
        let stored = cx.opt("SELECT rowid, content_hash FROM articles WHERE id = $1", &[&a.id])?;
        let stored: Option<(i64, Vec<u8>)> = stored.map(|r| (r.get(0), r.get(1)));
        if stored.as_ref().is_some_and(|s| s.1 == h.content) {
            return Ok(false);
        }
        Ok(find_original(&mut cx, stored.map(|s| s.0), h.text, &a.text)?.is_none())
    }
}

impl Checker for PgChecker {
    fn needs_coding(&mut self, a: &Article, h: &ArticleHashes) -> ahdath_store::Result<bool> {
        if self.conn.client.is_closed() {
            self.conn = Conn::open(&self.config, &self.opts)?;
        }
        match self.check(a, h) {
            Err(e) if e.connection_lost() => {
                self.conn = Conn::open(&self.config, &self.opts)?;
                Ok(self.check(a, h)?)
            }
            other => Ok(other?),
        }
    }
}
