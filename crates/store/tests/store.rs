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
        let store = SqliteStore::open(&path).unwrap().with_dense_probe(probe);
        let (mut ids, mut cursor) = (Vec::new(), None);
        loop {
            let page = ahdath_store::Store::search(&store, f, cursor, 3).unwrap();
            ids.extend(page.items.iter().map(|e| e.id.clone()));
            match page.next {
                Some(c) => cursor = Some(c),
                None => return ids,
            }
        }
    };
    for f in &filters {
        let dense = pages(1, f);
        assert!(!dense.is_empty(), "{f:?} matches some events");
        assert_eq!(dense, pages(i64::MAX, f), "{f:?}");
    }
}
