//! The SQLite schema and its migrations.
//!
//! The schema version is SQLite's `PRAGMA user_version`. [`MIGRATIONS`]`[i]` takes a database
//! from version `i` to `i + 1`; opening a database runs the missing ones in one transaction each.
//! A database newer than this program is refused rather than misread. Add a migration for any
//! change; never edit one that has shipped.
//!
//! Day numbers (`day_lo`, `day_hi`, `sort_day`) are days since 1970-01-01: the first and last day
//! a date may denote (a month-precision date spans the month). Full text lives in one contentless
//! FTS5 table whose rowids are those of `articles` (since version 3; versions 1–2 also had one
//! over the records' sentences); the indexed text is [`crate::keys::fts_document`] (normalised
//! words plus proclitic-stripped forms). Because that
//! text is already normalised and space-separated, the tables use FTS5's `ascii` tokenizer (every
//! non-ASCII character is a word character), which is faster than `unicode61` and folds nothing
//! the text layer has not folded.

use rusqlite::Connection;

/// The version this program writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Migration `i` takes version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: articles, records, events, full text.
    r#"
CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    source       TEXT,
    url          TEXT,
    published    TEXT,            -- as given
    pub_day      TEXT,            -- YYYY-MM-DD of `published`, when it is a date
    title        TEXT,
    text         TEXT NOT NULL,
    content_hash BLOB NOT NULL,   -- SHA-256 of title, text, published, source, url
    text_hash    INTEGER NOT NULL,-- first 8 bytes of SHA-256 of text
    duplicate_of INTEGER REFERENCES articles(rowid)  -- the original whose text this repeats
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_source ON articles(source);

CREATE TABLE events (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,   -- "ev-" + id of the record that founded it
    event_type       TEXT NOT NULL,
    mode             TEXT,
    status           TEXT NOT NULL,
    date             TEXT,
    date_precision   TEXT NOT NULL,
    day_lo           INTEGER,
    day_hi           INTEGER,
    sort_day         INTEGER NOT NULL,       -- day_lo, or -99999999 when undated: result order
    country          TEXT,                   -- location
    admin1           TEXT,
    lat              REAL,
    lon              REAL,
    actor_country    TEXT,
    actor_sector     TEXT,
    actor_id         TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_id     TEXT,
    fatalities       INTEGER,                -- best estimate
    fatalities_low   INTEGER,
    fatalities_high  INTEGER,
    first_reported   TEXT,
    n_sources        INTEGER NOT NULL,
    json             TEXT NOT NULL           -- the StoredEvent without `sources`
);
CREATE INDEX events_sort ON events(sort_day, rowid);
CREATE INDEX events_type_sort ON events(event_type, sort_day);
CREATE INDEX events_country_sort ON events(country, sort_day);
CREATE INDEX events_admin1 ON events(admin1, sort_day);
CREATE INDEX events_actor_country ON events(actor_country, sort_day);
CREATE INDEX events_actor_id ON events(actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX events_fatalities ON events(fatalities) WHERE fatalities IS NOT NULL;
CREATE INDEX events_lon_lat ON events(lon, lat) WHERE lon IS NOT NULL;

CREATE TABLE records (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    article          INTEGER NOT NULL REFERENCES articles(rowid),
    event            INTEGER NOT NULL REFERENCES events(rowid),   -- the record -> event link
    event_type       TEXT NOT NULL,
    mode             TEXT,
    status           TEXT NOT NULL,
    date_precision   TEXT NOT NULL,
    day_lo           INTEGER,
    day_hi           INTEGER,
    loc_name         TEXT,
    loc_admin1       TEXT,
    loc_country      TEXT,
    loc_level        TEXT,
    lat              REAL,
    lon              REAL,
    actor_country    TEXT,
    actor_sector     TEXT,
    actor_id         TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_id     TEXT,
    fatalities       INTEGER,
    injuries         INTEGER,
    completeness     INTEGER NOT NULL,       -- dedup::completeness: the representative is the highest
    words            BLOB NOT NULL,          -- sentence word hashes (keys::sentence_words)
    json             TEXT NOT NULL           -- the full SPEC §2 record
);
CREATE INDEX records_event ON records(event);
CREATE INDEX records_article ON records(article);
-- Dedup candidates: same type, a shared country (of the place or of the actor), nearby days.
-- Each precision is looked up in its own tight day range (dedup::Sig::candidate_ranges).
-- They cover (rowid, event), so candidates are found without reading records.
CREATE INDEX records_cand_loc ON records(event_type, loc_country, date_precision, day_lo, event);
CREATE INDEX records_cand_actor ON records(event_type, actor_country, date_precision, day_lo, event);

CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii');
CREATE VIRTUAL TABLE record_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii');
"#,
    // 2: indexes that carry the sort order, so that a first page of events comes from an index
    // without reading the row of every match (measured on 134,000 events, first page of 50:
    // `min_fatalities=1` 45 → 0.5 ms, a country-sized `bbox` 400 → 0.5 ms, `actor_sector` 14 →
    // 0.3 ms). Filter indexes end in sort_day (matches sort from the index, or an equality reads
    // in order); the sort index also carries the coordinates and the toll, so a filter on them
    // that matches many events is tested while walking newest first (sqlite.rs, `Dense`).
    r#"
DROP INDEX events_sort;
DROP INDEX events_actor_id;
DROP INDEX events_fatalities;
DROP INDEX events_lon_lat;
CREATE INDEX events_sort ON events(sort_day, rowid, lon, lat, fatalities);
CREATE INDEX events_actor_id ON events(actor_id, sort_day) WHERE actor_id IS NOT NULL;
CREATE INDEX events_actor_sector ON events(actor_sector, sort_day) WHERE actor_sector IS NOT NULL;
CREATE INDEX events_fatalities ON events(fatalities, sort_day) WHERE fatalities IS NOT NULL;
CREATE INDEX events_lon_lat ON events(lon, lat, sort_day) WHERE lon IS NOT NULL;
"#,
    // 3: one full-text table, without positions (ingest indexed about a third less text and
    // wrote no positions; docs/database.md, "Ingest speed"). `record_fts` indexed each record's
    // evidence sentence, which is a part of its article's title or text, so every record it
    // matched is also matched through `article_fts` (tested: `sentences_are_inside_their_article`).
    // Queries are single quoted words, which need no positions (`detail=none`). The table is
    // refilled from `articles` by [`refill_article_fts`].
    r#"
DROP TABLE record_fts;
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii', detail=none);
"#,
    // 4: full-text settings for ingest (stored in the table's config, so every connection uses
    // them; docs/database.md, "Ingest speed"). FTS5 writes its pending terms to a new segment
    // whenever they pass `hashsize` (1 MiB by default: two or three segments per batch of 256
    // articles); 8 MiB holds a batch, so a batch makes one segment. `automerge` 16 (default 4)
    // merges segments 16 at a time, which rewrites each term list fewer times. Queries read
    // the same rows from at most a few more segments; results do not change.
    r#"
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);
"#,
    // 5: the candidate index of records with neither a place's nor an actor's country, which are
    // blocked by type and recipient country (`dedup::blocks_of`): partial, so it holds those
    // records only (8.4% of bench60k's), and covering (the block statements read rowid and event;
    // the NULL columns of its condition are carried so that SQLite need not read the row to test
    // them). Records stored before it keep their events; new ones find them as candidates.
    r#"
CREATE INDEX records_cand_none ON records(event_type, recipient_country, date_precision, day_lo, event,
    loc_country, actor_country) WHERE loc_country IS NULL AND actor_country IS NULL;
"#,
];

/// Work after migration `i`'s SQL that SQL alone cannot do (in the same transaction).
fn after_sql(i: usize, tx: &Connection) -> crate::Result<()> {
    if i == 2 {
        refill_article_fts(tx)?;
    }
    Ok(())
}

/// Index the full text of every original article (duplicates are not indexed: their original is).
fn refill_article_fts(conn: &Connection) -> crate::Result<()> {
    let mut read = conn.prepare("SELECT rowid, title, text FROM articles WHERE duplicate_of IS NULL ORDER BY rowid")?;
    let mut write = conn.prepare("INSERT INTO article_fts (rowid, doc) VALUES (?1, ?2)")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let (rowid, title, text): (i64, Option<String>, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        write.execute(rusqlite::params![rowid, crate::keys::fts_document(title.as_deref(), &text)])?;
    }
    Ok(())
}

/// Bring `conn` to [`SCHEMA_VERSION`].
pub fn migrate(conn: &mut Connection) -> crate::Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(crate::StoreError::TooNew { found, supported: SCHEMA_VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        after_sql(i, &tx)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
