//! The PostgreSQL schema and its migrations.
//!
//! The schema version is the one row of `ahdath_schema_version`. `MIGRATIONS[i]` takes a
//! database from version `i` to `i + 1`; connecting runs the missing ones, one transaction each,
//! while holding a session advisory lock ([`MIGRATION_LOCK`]) so processes connecting at once
//! neither race nor run a migration twice. A database newer than this program is refused
//! ([`StoreError::TooNew`]). Add a migration for any change; never edit one that has shipped.
//!
//! The tables mirror the SQLite schema (`crates/store/src/schema.rs`): day numbers are days since
//! 1970-01-01, `sort_day` is `day_lo` or [`crate::UNDATED`]. Full text is a `tsvector` column on
//! `articles` (originals only) and on `records` (the evidence sentence), each
//! `strip(to_tsvector('simple', keys::fts_document(..)))`: the document is already normalised and
//! carries the proclitic-stripped forms, so the `simple` configuration (lower-casing only, no
//! stemming or stop words) is all that is needed, and positions are stripped (no phrase queries;
//! smaller index). Recode bookkeeping lives in `articles.recode_gen` and the `recode_*` tables
//! (see the crate documentation).

use crate::{Error, R};
use ahdath_store::StoreError;
use postgres::Client;

/// The version this program writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Key of the session advisory lock held while migrating ("ahdath" + 1).
pub const MIGRATION_LOCK: i64 = 0x6168_6461_7468_0001;

/// Migration `i` takes version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: articles, records, events, full text, recode queue.
    r#"
CREATE TABLE articles (
    rowid        bigserial PRIMARY KEY,
    id           text NOT NULL UNIQUE,
    source       text,
    url          text,
    published    text,              -- as given
    pub_day      text,              -- YYYY-MM-DD of `published`, when it is a date
    title        text,
    text         text NOT NULL,
    content_hash bytea NOT NULL,    -- SHA-256 of title, text, published, source, url
    text_hash    bigint NOT NULL,   -- first 8 bytes of SHA-256 of text
    duplicate_of bigint REFERENCES articles(rowid),  -- the original whose text this repeats
    fts          tsvector,          -- full text of title and text; NULL for duplicates
    recode_gen   bigint NOT NULL DEFAULT 0           -- last recode generation that coded it
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_fts ON articles USING gin (fts);
-- The recode queue: originals not yet coded by the running generation, in storage order.
CREATE INDEX articles_recode ON articles(recode_gen, rowid) WHERE duplicate_of IS NULL;

CREATE TABLE events (
    rowid             bigserial PRIMARY KEY,
    id                text NOT NULL UNIQUE,   -- "ev-" + id of the record that founded it
    event_type        text NOT NULL,
    mode              text,
    status            text NOT NULL,
    date              text,
    date_precision    text NOT NULL,
    day_lo            bigint,
    day_hi            bigint,
    sort_day          bigint NOT NULL,        -- day_lo, or -99999999 when undated: result order
    country           text,                   -- location
    admin1            text,
    lat               double precision,
    lon               double precision,
    actor_country     text,
    actor_sector      text,
    actor_id          text,
    recipient_country text,
    recipient_sector  text,
    recipient_id      text,
    fatalities        bigint,                 -- best estimate
    fatalities_low    bigint,
    fatalities_high   bigint,
    first_reported    text,
    n_sources         bigint NOT NULL,
    json              text NOT NULL           -- the StoredEvent without `sources`
);
-- Result order (newest first) alone and under each indexed filter.
CREATE INDEX events_sort ON events(sort_day, rowid);
CREATE INDEX events_type_sort ON events(event_type, sort_day, rowid);
CREATE INDEX events_country_sort ON events(country, sort_day, rowid);
CREATE INDEX events_admin1_sort ON events(admin1, sort_day, rowid);
CREATE INDEX events_actor_country_sort ON events(actor_country, sort_day, rowid);
CREATE INDEX events_actor_id ON events(actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX events_fatalities ON events(fatalities) WHERE fatalities IS NOT NULL;
CREATE INDEX events_geo ON events USING gist (point(lon, lat)) WHERE lon IS NOT NULL AND lat IS NOT NULL;

CREATE TABLE records (
    rowid             bigserial PRIMARY KEY,
    id                text NOT NULL UNIQUE,
    article           bigint NOT NULL REFERENCES articles(rowid),
    event             bigint NOT NULL REFERENCES events(rowid),   -- the record -> event link
    event_type        text NOT NULL,
    mode              text,
    status            text NOT NULL,
    date_precision    text NOT NULL,
    day_lo            bigint,
    day_hi            bigint,
    loc_name          text,
    loc_admin1        text,
    loc_country       text,
    loc_level         text,
    lat               double precision,
    lon               double precision,
    actor_country     text,
    actor_sector      text,
    actor_id          text,
    recipient_country text,
    recipient_sector  text,
    recipient_id      text,
    fatalities        bigint,
    injuries          bigint,
    completeness      bigint NOT NULL,        -- dedup::completeness: the representative is the highest
    words             bytea NOT NULL,         -- sentence word hashes (keys::sentence_words)
    json              text NOT NULL,          -- the full SPEC §2 record
    fts               tsvector NOT NULL       -- full text of the evidence sentence
);
CREATE INDEX records_event ON records(event, rowid);
CREATE INDEX records_article ON records(article);
-- Dedup candidates: same type, a shared country (of the place or of the actor), nearby days;
-- rowid last, so the most recent undated candidates are an index walk (as in SQLite, whose
-- indexes end with the rowid), and event included, so candidates are found without the table.
CREATE INDEX records_cand_loc ON records(event_type, loc_country, date_precision, day_lo, rowid) INCLUDE (event);
CREATE INDEX records_cand_actor ON records(event_type, actor_country, date_precision, day_lo, rowid) INCLUDE (event);
CREATE INDEX records_fts ON records USING gin (fts);

-- Recode runs: one row per generation, with the sizes before it and, once finished, its report.
CREATE TABLE recode_runs (
    generation       bigint PRIMARY KEY,
    records_before   bigint NOT NULL,
    events_before    bigint NOT NULL,
    started          timestamptz NOT NULL DEFAULT now(),
    finished         timestamptz,
    articles         bigint,
    records_after    bigint,
    records_added    bigint,
    records_removed  bigint,
    records_modified bigint,
    events_after     bigint,
    events_changed   bigint
);
-- Each event's members when a generation started (for `events_changed`); dropped at its end.
CREATE TABLE recode_snapshot (
    generation bigint NOT NULL,
    id         text NOT NULL,
    members    text,
    PRIMARY KEY (generation, id)
);
-- What each committed recode batch did, summed for the generation's report.
CREATE TABLE recode_tally (
    generation       bigint NOT NULL,
    articles         bigint NOT NULL,
    records_added    bigint NOT NULL,
    records_removed  bigint NOT NULL,
    records_modified bigint NOT NULL
);
CREATE INDEX recode_tally_generation ON recode_tally(generation);
"#,
    // 2: the candidate index of records with neither a place's nor an actor's country, which are
    // blocked by type and recipient country (`ahdath_store::dedup::blocks_of`; SQLite's version
    // 5): partial, so it holds those records only, rowid last and event included as in the
    // other candidate indexes. Records stored before it keep their events; new ones find them as
    // candidates.
    r#"
CREATE INDEX records_cand_none ON records(event_type, recipient_country, date_precision, day_lo, rowid) INCLUDE (event)
    WHERE loc_country IS NULL AND actor_country IS NULL;
"#,
];

/// Bring the database of `client` to [`SCHEMA_VERSION`], under the migration lock.
pub(crate) fn migrate(client: &mut Client) -> R<()> {
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])?;
    let result = migrate_locked(client);
    // Unlock even after a failure (a closed connection releases it anyway).
    let unlocked = client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]);
    result?;
    unlocked?;
    Ok(())
}

fn migrate_locked(client: &mut Client) -> R<()> {
    client.batch_execute(
        "CREATE TABLE IF NOT EXISTS ahdath_schema_version (
             one     boolean PRIMARY KEY DEFAULT true CHECK (one),
             version bigint NOT NULL
         );
         INSERT INTO ahdath_schema_version (version) VALUES (0) ON CONFLICT DO NOTHING;",
    )?;
    let found: i64 = client.query_one("SELECT version FROM ahdath_schema_version", &[])?.get(0);
    if found > SCHEMA_VERSION {
        return Err(Error::Store(StoreError::TooNew { found, supported: SCHEMA_VERSION }));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let mut tx = client.transaction()?;
        // Migrations may rewrite large tables: no statement timeout inside them.
        tx.batch_execute("SET LOCAL statement_timeout = 0")?;
        tx.batch_execute(sql)?;
        tx.execute("UPDATE ahdath_schema_version SET version = $1", &[&((i + 1) as i64)])?;
        tx.commit()?;
    }
    Ok(())
}

/// The schema version stored in the database of `client` (0 before the first migration).
pub(crate) fn version(client: &mut Client) -> R<i64> {
    let exists: bool = client.query_one("SELECT to_regclass('ahdath_schema_version') IS NOT NULL", &[])?.get(0);
    if !exists {
        return Ok(0);
    }
    Ok(client.query_one("SELECT version FROM ahdath_schema_version", &[])?.get(0))
}
