//! The SQLite store against the shared behaviour suite (`tests/conformance/`, also run on
//! PostgreSQL by `crates/store-pg`), and SQLite's own schema versioning.

mod conformance;

use ahdath_store::{SqliteStore, StoreError, SCHEMA_VERSION};

/// A fresh database file per test.
struct Sqlite(tempfile::TempDir);

impl conformance::Harness for Sqlite {
    type S = SqliteStore;
    fn open(&self) -> SqliteStore {
        SqliteStore::open(&self.0.path().join("events.db")).unwrap()
    }
    fn check(&self, store: &SqliteStore) {
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

fn sqlite() -> Option<Sqlite> {
    Some(Sqlite(tempfile::tempdir().unwrap()))
}

conformance_tests!(sqlite());

#[test]
fn schema_is_versioned_and_newer_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    assert!(matches!(SqliteStore::open(&path), Err(StoreError::TooNew { .. })));
}

/// A file of schema version 2 (two full-text tables with positions) opens as the current version:
/// the sentences' table is gone, the articles' table is rebuilt from the stored articles, text
/// searches return what they returned before, and the candidate index of version 5 is made.
#[test]
fn version_2_files_are_migrated_with_their_full_text() {
    use ahdath_store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = SqliteStore::open(&path).unwrap();
    conformance::ingest(&mut store, &conformance::examples());
    let queries = ["العريش", "انقره", "الموصل", "قتل", "كوبنهاغن"];
    let find = |store: &SqliteStore| -> Vec<Vec<String>> {
        queries
            .iter()
            .map(|q| {
                let f = ahdath_store::Filter { text: Some((*q).into()), ..Default::default() };
                store.search(&f, None, 1000).unwrap().items.into_iter().map(|e| e.id).collect()
            })
            .collect()
    };
    let before = find(&store);
    assert!(!before[0].is_empty() && before[3].len() >= 5 && before[4].is_empty(), "{before:?}");
    drop(store);
    // Back to version 2's full-text tables, left empty (the migration must fill the new one from
    // `articles`), and without version 5's candidate index; the rest of the schema is the same.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP INDEX records_cand_none;
         DROP TABLE article_fts;
         CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii');
         CREATE VIRTUAL TABLE record_fts USING fts5(doc, content='', contentless_delete=1, tokenize='ascii');
         PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(find(&store), before);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE name IN ('record_fts', 'article_fts')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 1);
    let index: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'records_cand_none'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(index, 1);
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, SCHEMA_VERSION);
}

/// The two plans of a bounding-box or toll filter (through its index, or walking newest first)
/// return the same pages.
#[test]
fn dense_and_sparse_range_plans_return_the_same_pages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = SqliteStore::open(&path).unwrap();
    conformance::ingest(&mut store, &conformance::examples());
    drop(store);
    let located: Vec<_> = conformance::all_events(&SqliteStore::open(&path).unwrap())
        .into_iter()
        .filter(|e| e.location.as_ref().is_some_and(|l| l.lat.is_some()))
        .collect();
    assert!(located.len() >= 10, "the examples give located events");
    let filters = [
        ahdath_store::Filter { bbox: Some([30.0, 20.0, 50.0, 40.0]), ..Default::default() },
        ahdath_store::Filter { bbox: Some([-180.0, -90.0, 180.0, 90.0]), ..Default::default() },
        ahdath_store::Filter { min_fatalities: Some(1), ..Default::default() },
        ahdath_store::Filter { min_fatalities: Some(1), bbox: Some([30.0, 20.0, 50.0, 40.0]), ..Default::default() },
    ];
    let pages = |probe: i64, f: &ahdath_store::Filter| {
        conformance::page_ids(&SqliteStore::open(&path).unwrap().with_dense_probe(probe), f, 3)
    };
    for f in &filters {
        let dense = pages(1, f);
        assert!(!dense.is_empty(), "{f:?} matches some events");
        assert_eq!(dense, pages(i64::MAX, f), "{f:?}");
    }
}

/// The two plans of a full-text query (collect every match and sort their events, or walk the
/// events newest first and look each up in the full-text index) return the same pages, alone
/// and with structured filters, for words in many events and in few.
#[test]
fn common_and_rare_word_plans_return_the_same_pages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = SqliteStore::open(&path).unwrap();
    conformance::ingest(&mut store, &conformance::examples());
    drop(store);
    let text = |t: &str| ahdath_store::Filter { text: Some(t.into()), ..Default::default() };
    let filters = [
        text("قتل"),
        text("في"),
        text("العريش"),
        text("سيناء جنود"),
        ahdath_store::Filter { event_type: Some("ASSAULT".into()), ..text("في") },
        ahdath_store::Filter { country: Some("IRQ".into()), from: Some("2024-01-01".into()), ..text("في") },
        ahdath_store::Filter { min_fatalities: Some(1), ..text("قتل") },
    ];
    let pages = |probe: i64, f: &ahdath_store::Filter| {
        conformance::page_ids(&SqliteStore::open(&path).unwrap().with_text_probe(probe), f, 3)
    };
    let mut several = 0;
    for f in &filters {
        let walked = pages(1, f);
        let collected = pages(i64::MAX, f);
        assert_eq!(walked, collected, "{f:?}");
        several += usize::from(collected.len() > 3);
        // Every event found matches the words somewhere; none is listed twice.
        let unique: std::collections::BTreeSet<_> = walked.iter().collect();
        assert_eq!(unique.len(), walked.len(), "{f:?}");
    }
    assert!(several >= 3, "the queries span several pages");
    assert!(pages(1, &text("كلمةغيرموجودة")).is_empty());
}

/// The writer keeps the dedup blocks it has read in memory and updates them as records come and
/// go. Ingesting batches through one store (blocks kept across batches, changed articles removing
/// records from them) clusters exactly as a store reopened for every batch (blocks read afresh).
#[test]
fn cached_dedup_blocks_cluster_like_fresh_reads() {
    let Some(pool) = conformance::dev_pool(400) else { return };
    let mut batches: Vec<Vec<ahdath_record::Article>> = pool.chunks(50).map(|c| c.to_vec()).collect();
    // Later batches change earlier articles (their records leave the blocks) and repeat some.
    let changed: Vec<_> = pool
        .iter()
        .step_by(7)
        .map(|a| {
            let mut a = a.clone();
            a.text = a.text.split('\n').rev().collect::<Vec<_>>().join("\n");
            a
        })
        .collect();
    batches.push(changed.clone());
    batches.push(pool.iter().step_by(7).cloned().collect());
    let dir = tempfile::tempdir().unwrap();
    let (warm, cold) = (dir.path().join("warm.db"), dir.path().join("cold.db"));
    let mut store = SqliteStore::open(&warm).unwrap();
    for b in &batches {
        conformance::ingest(&mut store, b);
        conformance::ingest(&mut SqliteStore::open(&cold).unwrap(), b);
    }
    drop(store);
    let membership = |path: &std::path::Path| {
        let store = SqliteStore::open(path).unwrap();
        let mut v: Vec<Vec<String>> = conformance::all_events(&store)
            .into_iter()
            .map(|e| {
                let mut ids: Vec<String> = e.sources.iter().map(|s| s.record_id.clone()).collect();
                ids.sort();
                ids
            })
            .collect();
        v.sort();
        v
    };
    let (w, c) = (membership(&warm), membership(&cold));
    assert!(w.iter().any(|ids| ids.len() > 1), "some reports merge");
    assert_eq!(w, c);
}

/// An event's row is rewritten with only the indexed columns whose value changed (sqlite.rs,
/// `update_event`). After batches that merge reports, change articles and repeat texts, every
/// event's columns (the ones its indexes and filters read) still say what its JSON says, and
/// `n_sources` counts its sources.
#[test]
fn event_columns_agree_with_their_json() {
    let Some(pool) = conformance::dev_pool(300) else { return };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = SqliteStore::open(&path).unwrap();
    for b in pool.chunks(60) {
        conformance::ingest(&mut store, b);
    }
    // Changed texts (records leave their events) and copies under new ids (further sources).
    let later: Vec<_> = pool
        .iter()
        .step_by(5)
        .enumerate()
        .map(|(i, a)| {
            let mut a = a.clone();
            if i % 2 == 0 {
                a.text = a.text.split('\n').rev().collect::<Vec<_>>().join("\n");
            } else {
                a.id = format!("{}-copy", a.id);
            }
            a
        })
        .collect();
    conformance::ingest(&mut store, &later);
    let events = conformance::all_events(&store);
    assert!(events.iter().any(|e| e.sources.len() > 1), "some reports merge");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut st = conn
        .prepare(
            "SELECT event_type, sort_day, country, admin1, lat, lon, actor_country, actor_sector, actor_id, \
             fatalities, n_sources FROM events WHERE id = ?1",
        )
        .unwrap();
    type Row = (
        String,
        i64,
        Option<String>,
        Option<String>,
        Option<f64>,
        Option<f64>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<u32>,
        usize,
    );
    for e in &events {
        let row: Row = st
            .query_row([&e.id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                ))
            })
            .unwrap();
        let (loc, actor) = (e.location.as_ref(), e.actor.as_ref());
        let sort_day = e.date.as_deref().and_then(ahdath_store::dedup::date_range).map_or(-99_999_999, |r| r.0);
        let expected: Row = (
            e.event_type.clone(),
            sort_day,
            loc.and_then(|l| l.country.clone()),
            loc.and_then(|l| l.admin1.clone()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            actor.and_then(|a| a.country.clone()),
            actor.and_then(|a| a.sector.clone()),
            actor.and_then(|a| a.id.clone()),
            e.fatalities,
            e.sources.len(),
        );
        assert_eq!(row, expected, "event {}", e.id);
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// Migration 4 stores the full-text settings in the table's config (so every connection, and
/// files of older versions once opened, index with them), and the index still answers.
#[test]
fn full_text_settings_are_stored() {
    use ahdath_store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = SqliteStore::open(&path).unwrap();
    conformance::ingest(&mut store, &conformance::examples());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let config: Vec<(String, i64)> = conn
        .prepare("SELECT k, v FROM article_fts_config WHERE k IN ('hashsize', 'automerge') ORDER BY k")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(config, [("automerge".to_string(), 16), ("hashsize".to_string(), 8 << 20)]);
    let f = ahdath_store::Filter { text: Some("العريش".into()), ..Default::default() };
    assert!(!store.search(&f, None, 10).unwrap().items.is_empty());
}
