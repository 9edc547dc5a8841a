//! The ahdath event database (issue 4): articles, their coded records, and canonical events that
//! merge the reports of one happening across articles and outlets (SPEC §2, "a stored event").
//!
//! - [`Store`] is the backend-neutral interface (ingest, recode, search, lookups, streaming);
//!   [`SqliteStore`] implements it on one SQLite file (WAL, FTS5); the `ahdath-store-pg` crate
//!   implements it on PostgreSQL. Both pass the same behaviour tests (`tests/conformance/`).
//! - [`dedup`] is the pure clustering logic (which records report the same happening), unit-tested
//!   on its own; the backends only fetch candidates and persist its decisions.
//! - [`keys`] holds the text keys shared by backends: content hashes, the Arabic full-text keys.
//! - [`gold`] scores a database against a dedup gold (pairwise precision and recall).
//!
//! Ingest works in batches ([`Store::ingest_batch`]); each batch is one transaction, so a killed
//! process loses at most the open batch and never leaves half an article.

pub mod columns;
pub mod dedup;
pub mod gold;
pub mod json;
pub mod keys;
mod schema;
mod sqlite;

pub use schema::SCHEMA_VERSION;
pub use sqlite::SqliteStore;

use ahdath_record::{Article, EventRecord, Status, StoredEvent};
use serde::{Deserialize, Serialize};

/// Everything that can go wrong in a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),
    /// An error of a backend other than SQLite (e.g. PostgreSQL), as its message.
    #[error("database error: {0}")]
    Backend(String),
    #[error("stored JSON is invalid: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database schema version {found} is newer than this program's ({supported}); upgrade ahdath")]
    TooNew { found: i64, supported: i64 },
    #[error("invalid cursor {0:?}")]
    BadCursor(String),
    #[error("invalid filter: {0}")]
    BadFilter(String),
    /// An error raised by a caller's callback (e.g. an export writer), passed through.
    #[error("{0}")]
    Callback(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An article ready for [`Store::ingest_batch`]: its hashes and, when a worker already coded it,
/// its records, their [`RecordKeys`] and its full-text key. Preparing is the expensive, parallel
/// part of ingest (coding, normalisation, hashing, JSON); the store's writer only checks,
/// clusters and writes.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub article: Article,
    pub hashes: keys::ArticleHashes,
    /// Records from the coder; `None` when the worker judged the article needs no coding
    /// (unchanged or a duplicate text). The store codes it itself if that judgement was stale.
    pub records: Option<Vec<EventRecord>>,
    /// The [`RecordKeys`] of `records`, in the same order; the writer computes what is missing
    /// (`None`, or a list of another length).
    pub record_keys: Option<Vec<RecordKeys>>,
    /// Full-text key of title and text ([`keys::fts_document`]); computed with the records.
    pub fts: Option<String>,
}

impl Prepared {
    /// Hash `article` and, when `code` is given, code it and build its keys ([`Prepared::coded`]).
    pub fn new(article: Article, code: Option<CodeFn>) -> Prepared {
        let hashes = keys::ArticleHashes::of(&article);
        match code {
            Some(code) => {
                let records = code(&article);
                Prepared::coded(article, hashes, records)
            }
            None => Prepared::uncoded(article, hashes),
        }
    }

    /// An article the worker judged to need no coding (unchanged, or a known text).
    pub fn uncoded(article: Article, hashes: keys::ArticleHashes) -> Prepared {
        Prepared { article, hashes, records: None, record_keys: None, fts: None }
    }

    /// An article coded into `records` by a worker, with everything else the writer needs from
    /// it computed here (on the worker): the records' [`RecordKeys`] and the full-text key.
    pub fn coded(article: Article, hashes: keys::ArticleHashes, records: Vec<EventRecord>) -> Prepared {
        let fts = keys::fts_document(article.title.as_deref(), &article.text);
        let words = record_words(&records, keys::sentence_words);
        Prepared::coded_with_document(article, hashes, records, fts, words)
    }

    /// Code `article` with `coder` on this worker and prepare it as [`Prepared::coded`] does,
    /// its full-text key and its records' sentence words made from the words of the coder's own
    /// folds ([`ahdath_coder::Coder::code_with_words`]): the article is folded once, not twice,
    /// and no record's sentence is folded again (speed50).
    pub fn code(coder: &ahdath_coder::Coder, article: Article, hashes: keys::ArticleHashes) -> Prepared {
        let mut fts = String::new();
        let mut words: Vec<Vec<u64>> = Vec::new();
        let records = coder.code_with_words(&article, &mut |aw, recs| {
            fts = keys::fts_document_of_words(aw.words, article.text.len());
            // A record's sentence is one the coder analysed (else it is folded here as before).
            words = record_words(recs, |s| {
                aw.of_sentence(s).map_or_else(|| keys::sentence_words(s), keys::sentence_words_of_words)
            });
        });
        Prepared::coded_with_document(article, hashes, records, fts, words)
    }

    /// [`Prepared::coded`] with the full-text key `fts` and the records' sentence words `words`
    /// (one list a record, in order) already made.
    fn coded_with_document(
        article: Article,
        hashes: keys::ArticleHashes,
        records: Vec<EventRecord>,
        fts: String,
        words: Vec<Vec<u64>>,
    ) -> Prepared {
        debug_assert_eq!(words.len(), records.len());
        let record_keys: Vec<RecordKeys> =
            records.iter().zip(words).map(|(r, words)| RecordKeys { words, json: RecordKeys::json_of(r) }).collect();
        let record_keys = Some(record_keys);
        let fts = Some(fts);
        Prepared { article, hashes, records: Some(records), record_keys, fts }
    }
}

/// The sentence words of each record ([`keys::sentence_words`]) as `of` makes them from the
/// record's sentence. Records of one sentence follow each other (one in seven records repeats the
/// sentence of the record before it): its word hashes are computed once.
fn record_words(records: &[EventRecord], of: impl Fn(&str) -> Vec<u64>) -> Vec<Vec<u64>> {
    let mut out: Vec<Vec<u64>> = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let words = match i.checked_sub(1) {
            Some(j) if records[j].evidence.sentence == r.evidence.sentence => out[j].clone(),
            _ => of(&r.evidence.sentence),
        };
        out.push(words);
    }
    out
}

/// What a backend stores beside a record that takes work to compute and depends on the record
/// alone, so a coding worker computes it rather than the single writer: the word hashes of its
/// sentence ([`keys::sentence_words`], for similarity) and its JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordKeys {
    pub words: Vec<u64>,
    pub json: String,
}

impl RecordKeys {
    pub fn of(r: &EventRecord) -> RecordKeys {
        RecordKeys { words: keys::sentence_words(&r.evidence.sentence), json: RecordKeys::json_of(r) }
    }

    fn json_of(r: &EventRecord) -> String {
        json::record_json(r)
    }
}

/// What an ingest did to each article, summed over batches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct IngestCounts {
    /// Articles seen for the first time (and coded).
    pub new: u64,
    /// Same id and content as stored: skipped.
    pub unchanged: u64,
    /// Same id, different content: recoded, old records replaced.
    pub changed: u64,
    /// New ids whose text equals a stored article's: linked to it, not coded.
    pub duplicate: u64,
    /// Records written.
    pub records: u64,
}

impl std::ops::AddAssign for IngestCounts {
    fn add_assign(&mut self, o: Self) {
        self.new += o.new;
        self.unchanged += o.unchanged;
        self.changed += o.changed;
        self.duplicate += o.duplicate;
        self.records += o.records;
    }
}

/// What [`Store::recode`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RecodeReport {
    pub articles: u64,
    pub records_before: u64,
    pub records_after: u64,
    /// Records that appeared, disappeared, or whose content changed (by record id).
    pub records_added: u64,
    pub records_removed: u64,
    pub records_modified: u64,
    pub events_before: u64,
    pub events_after: u64,
    /// Events whose set of records changed (created, removed or re-formed).
    pub events_changed: u64,
}

/// Sizes of the database.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// All stored articles, duplicates included.
    pub articles: u64,
    pub duplicates: u64,
    pub records: u64,
    pub events: u64,
}

/// A stored article with its storage facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    pub article: Article,
    /// Hex SHA-256 of the article's content (title, text, published, source, url).
    pub content_hash: String,
    /// The article whose identical text this one repeats, if any.
    pub duplicate_of: Option<String>,
    /// Ids of the records coded from it (from its original, for a duplicate).
    pub record_ids: Vec<String>,
}

/// Structured and full-text filters shared by search, stats and exports. `None` means "any".
///
/// Actor filters apply to the event's actor; country and admin1 to its location. Dates are
/// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) and an event matches when its date range meets the range.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// Words to find (all of them) in a report's sentence or in a source article, after Arabic
    /// normalisation: "حمرين" finds "حَمرين" and "بحمرين".
    pub text: Option<String>,
    pub event_type: Option<String>,
    pub mode: Option<String>,
    pub status: Option<Status>,
    /// Location country (ISO alpha-3).
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub actor_country: Option<String>,
    pub actor_sector: Option<String>,
    pub actor_id: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    pub min_fatalities: Option<u32>,
    /// Outlet: the full `source` value ("saudinewsnet/aawsat") or its last part ("aawsat").
    pub source: Option<String>,
}

impl Filter {
    /// The filters that are plain equalities on a column of the `events` table, as (column,
    /// value): the one list both backends turn into SQL.
    pub fn column_equalities(&self) -> [(&'static str, Option<&str>); 7] {
        [
            ("event_type", self.event_type.as_deref()),
            ("mode", self.mode.as_deref()),
            ("country", self.country.as_deref()),
            ("admin1", self.admin1.as_deref()),
            ("actor_country", self.actor_country.as_deref()),
            ("actor_sector", self.actor_sector.as_deref()),
            ("actor_id", self.actor_id.as_deref()),
        ]
    }
}

/// A position in a search result, for keyset pagination: pass the `next` of one page to get
/// the following one. Opaque to callers; its string form is stable (for URLs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cursor {
    pub(crate) sort_day: i64,
    pub(crate) rowid: i64,
}

impl Cursor {
    /// A cursor after the row with this sort day and row id (for other backends of [`Store`]).
    pub fn new(sort_day: i64, rowid: i64) -> Cursor {
        Cursor { sort_day, rowid }
    }
    /// The sort day (`sort_day` column) of the last row of the previous page.
    pub fn sort_day(&self) -> i64 {
        self.sort_day
    }
    /// The row id of the last row of the previous page.
    pub fn rowid(&self) -> i64 {
        self.rowid
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.sort_day, self.rowid)
    }
}

impl std::str::FromStr for Cursor {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Cursor> {
        let bad = || StoreError::BadCursor(s.to_string());
        let (a, b) = s.split_once('.').ok_or_else(bad)?;
        Ok(Cursor { sort_day: a.parse().map_err(|_| bad())?, rowid: b.parse().map_err(|_| bad())? })
    }
}

/// One page of results, newest first, and the cursor of the next page (if there are more rows).
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<Cursor>,
}

/// Event counts for a filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub events: u64,
    /// Day-precision events per day, ascending.
    pub by_day: Vec<(String, u64)>,
    pub by_type: Vec<(String, u64)>,
    pub by_country: Vec<(String, u64)>,
    pub by_admin1: Vec<(String, u64)>,
}

/// A function that codes an article (the coder, or a stand-in in tests).
pub type CodeFn<'a> = &'a (dyn Fn(&Article) -> Vec<EventRecord> + Sync);

/// A read-only handle a worker thread uses to decide whether an article needs coding before the
/// writer sees it (so unchanged articles and duplicate texts are never coded).
pub trait Checker: Send {
    /// True unless the stored state says the article is unchanged or a known duplicate text.
    fn needs_coding(&mut self, article: &Article, hashes: &keys::ArticleHashes) -> Result<bool>;

    /// [`Checker::needs_coding`] of each of a worker's batch of articles, in order. A backend may
    /// answer them all from one read of the stored state (SQLite: one read transaction, not one
    /// per query); the writer judges each article again, so a batch read a little stale is harmless.
    fn needs_coding_batch(&mut self, items: &[(&Article, keys::ArticleHashes)]) -> Result<Vec<bool>> {
        items.iter().map(|(a, h)| self.needs_coding(a, h)).collect()
    }
}

/// The event database. Writes take `&mut self`; reads `&self`.
pub trait Store {
    /// A checker for a worker thread; it reads committed state only.
    fn checker(&self) -> Result<Box<dyn Checker>>;

    /// Store a batch of articles in one transaction: classify each (new, unchanged, changed,
    /// duplicate), replace records of changed ones, cluster new records into events. Articles
    /// whose `records` are missing but need coding are coded with `code`.
    fn ingest_batch(&mut self, batch: Vec<Prepared>, code: CodeFn) -> Result<IngestCounts>;

    /// Re-run `code` over every stored (non-duplicate) article, replacing records and
    /// re-clustering them; `progress` is called with the number of articles done so far.
    fn recode(&mut self, code: CodeFn, progress: &mut dyn FnMut(u64)) -> Result<RecodeReport>;

    /// Events matching `filter`, newest first, `limit` per page after `cursor`.
    fn search(&self, filter: &Filter, cursor: Option<Cursor>, limit: usize) -> Result<Page<StoredEvent>>;

    /// Call `f` with every event matching `filter` (newest first) without holding them all in
    /// memory; returns the number of events visited. An error from `f` stops the walk.
    fn for_each_event(
        &self,
        filter: &Filter,
        f: &mut dyn FnMut(StoredEvent) -> std::result::Result<(), String>,
    ) -> Result<u64>;

    /// One event with the records it merges.
    fn event(&self, id: &str) -> Result<Option<(StoredEvent, Vec<EventRecord>)>>;

    /// One stored article.
    fn article(&self, id: &str) -> Result<Option<StoredArticle>>;

    /// Counts of events matching `filter` by day, type, country and admin1.
    fn stats(&self, filter: &Filter) -> Result<Stats>;

    /// Sizes of the database.
    fn counts(&self) -> Result<Counts>;

    /// For each record, the id of the event it belongs to, for the records of `article_ids`
    /// (used by the dedup scorer): `(record, event)` pairs.
    fn record_events(&self, article_ids: &[String]) -> Result<Vec<(EventRecord, String)>>;

    /// Check that the database answers (a server's health check). Backends with a connection
    /// reconnect here if it was lost; the default (a local file) has nothing to check.
    fn ping(&self) -> Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, sentence: &str) -> EventRecord {
        let mut r = crate::gold::tests::rec("a", 0, sentence.len(), "ASSAULT");
        r.id = id.into();
        r.evidence.sentence = sentence.into();
        r
    }

    /// The keys a worker prepares (word hashes shared by records of one sentence) are each
    /// record's own keys.
    #[test]
    fn prepared_keys_are_each_records_keys() {
        let (s1, s2) = ("قتل ثلاثة جنود في هجوم بالموصل", "واعتقلت الشرطة عشرة متظاهرين في القاهرة");
        let records = vec![rec("r1", s1), rec("r2", s1), rec("r3", s2), rec("r4", s1), rec("r5", s1)];
        let article = Article { id: "a".into(), text: format!("{s1} {s2}"), ..Article::default() };
        let hashes = keys::ArticleHashes::of(&article);
        let p = Prepared::coded(article, hashes, records.clone());
        let want: Vec<RecordKeys> = records.iter().map(RecordKeys::of).collect();
        assert_eq!(p.record_keys, Some(want));
    }
}
