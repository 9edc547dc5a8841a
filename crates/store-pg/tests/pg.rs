//! What only the PostgreSQL store does: the same database as SQLite from the same input,
//! concurrent ingest and recode from several connections, migrations under concurrency, and
//! reconnecting after the connection is dropped. Needs a server: set `AHDATH_TEST_PG` (see
//! `ahdath_store_pg::testing`), or `AHDATH_SKIP_PG=1` to skip.

#[path = "../../store/tests/conformance/mod.rs"]
mod conformance;

use ahdath_record::{Article, EventRecord, StoredEvent};
use ahdath_store::dedup::{self, Sig};
use ahdath_store::{Filter, RecodeReport, SqliteStore, Store, StoreError};
use ahdath_store_pg::testing::TestDb;
use ahdath_store_pg::{PgStore, SCHEMA_VERSION};
use conformance::{all_events, arish_1, arish_2, code, examples, ingest, mosul};
use std::collections::{BTreeMap, BTreeSet};

/// The articles of the bigger tests: the dev pool's first 300 (or the examples without it), with
/// two repeated texts under new ids so duplicates are in play.
fn corpus() -> Vec<Article> {
    corpus_of(300)
}

/// [`corpus`] from the first `n` articles of the dev pool.
fn corpus_of(n: usize) -> Vec<Article> {
    let mut arts = conformance::dev_pool(n).unwrap_or_else(examples);
    arts.extend([arish_1(), arish_2(), mosul()]);
    for (i, src) in [0usize, 7].into_iter().enumerate() {
        let mut copy = arts[src].clone();
        copy.id = format!("copy-{i}");
        copy.source = Some("test/copy".into());
        arts.push(copy);
    }
    arts
}

fn no_assault(a: &Article) -> Vec<EventRecord> {
    code(a).into_iter().filter(|r| r.event_type != "ASSAULT").collect()
}

/// Everything a reader can see: every event (ids, fields, sources) in result order, each
/// article's records with their events, and the sizes.
#[derive(Debug, PartialEq)]
struct Snapshot {
    events: Vec<StoredEvent>,
    links: Vec<(String, String)>,
    counts: ahdath_store::Counts,
}

fn snapshot<S: Store>(store: &S, articles: &[Article]) -> Snapshot {
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let links = store.record_events(&ids).unwrap().into_iter().map(|(r, e)| (r.id, e)).collect();
    Snapshot { events: all_events(store), links, counts: store.counts().unwrap() }
}

/// The first difference between two snapshots, readably.
fn assert_same(a: &Snapshot, b: &Snapshot, what: &str) {
    assert_eq!(a.counts, b.counts, "{what}: counts");
    assert_eq!(a.links, b.links, "{what}: record -> event links");
    assert_eq!(a.events.len(), b.events.len(), "{what}: number of events");
    for (x, y) in a.events.iter().zip(&b.events) {
        assert_eq!(x, y, "{what}: events differ");
    }
}

fn pg(db: &TestDb) -> PgStore {
    PgStore::connect(db.url()).unwrap()
}

#[test]
fn same_database_as_sqlite() {
    let Some(db) = TestDb::from_env() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut lite = SqliteStore::open(&dir.path().join("events.db")).unwrap();
    let mut store = pg(&db);
    let arts = corpus();
    for chunk in arts.chunks(40) {
        assert_eq!(ingest(&mut store, chunk), ingest(&mut lite, chunk));
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let (p, l) = (snapshot(&store, &arts), snapshot(&lite, &arts));
    assert!(p.events.len() > 20, "{}", p.events.len());
    assert_same(&p, &l, "after ingest");
    // Pages, stats and lookups answer alike.
    for f in [
        Filter::default(),
        Filter { event_type: Some("ASSAULT".into()), ..Default::default() },
        Filter { text: Some("القاهرة".into()), ..Default::default() },
        Filter { min_fatalities: Some(2), from: Some("2010".into()), ..Default::default() },
    ] {
        let (mut cp, mut cl) = (None, None);
        loop {
            let (a, b) = (store.search(&f, cp, 9).unwrap(), lite.search(&f, cl, 9).unwrap());
            assert_eq!(a.items, b.items, "{f:?}");
            assert_eq!(a.next.is_some(), b.next.is_some());
            match (a.next, b.next) {
                (Some(x), Some(y)) => (cp, cl) = (Some(x), Some(y)),
                _ => break,
            }
        }
        assert_eq!(store.stats(&f).unwrap(), lite.stats(&f).unwrap(), "{f:?}");
    }
    for a in arts.iter().step_by(17) {
        assert_eq!(store.article(&a.id).unwrap(), lite.article(&a.id).unwrap());
    }
    let some = &p.events[p.events.len() / 2].id;
    assert_eq!(store.event(some).unwrap(), lite.event(some).unwrap());
    // Changes and a recode do the same on both.
    let mut changed = arts[3].clone();
    changed.text = mosul().text;
    let mut back = arish_1();
    back.text.push_str(" وأصيب ستة آخرون.");
    assert_eq!(ingest(&mut store, &[changed.clone(), back.clone()]), ingest(&mut lite, &[changed, back]));
    assert_same(&snapshot(&store, &arts), &snapshot(&lite, &arts), "after changes");
    let (rp, rl) = (store.recode(&no_assault, &mut |_| {}).unwrap(), lite.recode(&no_assault, &mut |_| {}).unwrap());
    assert_eq!(rp, rl);
    assert_same(&snapshot(&store, &arts), &snapshot(&lite, &arts), "after recode");
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// Ingest `arts` in batches of `size` on a new connection to `db`; the summed counts.
fn ingest_all(db: &TestDb, arts: &[Article], size: usize) -> ahdath_store::IngestCounts {
    let mut store = pg(db);
    let mut total = ahdath_store::IngestCounts::default();
    for chunk in arts.chunks(size) {
        total += ingest(&mut store, chunk);
    }
    if store.retries() > 0 {
        eprintln!("batches of {size}: {} retried", store.retries());
    }
    total
}

#[test]
fn concurrent_ingest_of_the_same_input_equals_one_ingest() {
    let Some(single) = TestDb::from_env() else { return };
    let Some(shared) = TestDb::from_env() else { return };
    let arts = corpus();
    let one = ingest_all(&single, &arts, 40);
    // Three connections, batches cut differently so they overlap partly, all at once.
    let counts: Vec<ahdath_store::IngestCounts> = std::thread::scope(|s| {
        let hs: Vec<_> = [40, 25, 33]
            .map(|size| {
                s.spawn({
                    let (shared, arts) = (&shared, &arts);
                    move || ingest_all(shared, arts, size)
                })
            })
            .into_iter()
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let sum = counts.iter().fold(ahdath_store::IngestCounts::default(), |mut a, &b| {
        a += b;
        a
    });
    // Each article was stored by exactly one connection and found unchanged by the others.
    assert_eq!((sum.new, sum.duplicate, sum.changed), (one.new, one.duplicate, 0));
    assert_eq!(sum.records, one.records);
    assert_eq!(sum.unchanged, 2 * arts.len() as u64);
    let (a, b) = (pg(&single), pg(&shared));
    assert_eq!(b.integrity_check().unwrap(), "ok");
    assert_same(&snapshot(&a, &arts), &snapshot(&b, &arts), "concurrent vs single ingest");
}

/// Every pair of members of every event could merge (complete link), for events small enough
/// that every member was compared with every other when it joined.
fn assert_complete_link(store: &PgStore) {
    let p = dedup::Params::default();
    let mut article_keys: BTreeMap<String, i64> = BTreeMap::new();
    for e in all_events(store) {
        let (_, recs) = store.event(&e.id).unwrap().unwrap();
        if recs.len() > 49 {
            continue;
        }
        let sigs: Vec<Sig> = recs
            .iter()
            .map(|r| {
                let n = article_keys.len() as i64;
                Sig::of(r, *article_keys.entry(r.article_id.clone()).or_insert(n))
            })
            .collect();
        for (i, a) in sigs.iter().enumerate() {
            for b in &sigs[i + 1..] {
                assert_eq!(dedup::veto(a, b, &p), None, "{} merges records that veto each other", e.id);
            }
        }
    }
}

#[test]
fn concurrent_ingest_in_different_orders_stays_consistent() {
    let Some(single) = TestDb::from_env() else { return };
    let Some(shared) = TestDb::from_env() else { return };
    let arts = corpus();
    ingest_all(&single, &arts, 40);
    let mut reversed = arts.clone();
    reversed.reverse();
    let mid: Vec<Article> = arts[arts.len() / 3..].iter().chain(&arts[..arts.len() / 3]).cloned().collect();
    std::thread::scope(|s| {
        for (list, size) in [(&arts, 20), (&reversed, 30), (&mid, 25)] {
            let shared = &shared;
            s.spawn(move || ingest_all(shared, list, size));
        }
    });
    let (a, b) = (pg(&single), pg(&shared));
    assert_eq!(b.integrity_check().unwrap(), "ok");
    // The same articles and records; the grouping may follow the order batches committed in,
    // but every event is a valid complete-link cluster.
    let (ca, cb) = (a.counts().unwrap(), b.counts().unwrap());
    assert_eq!((ca.articles, ca.duplicates, ca.records), (cb.articles, cb.duplicates, cb.records));
    // Which of two articles with one text is the original depends on the order: compare the
    // records of the others.
    let repeated: BTreeSet<String> = [&a, &b]
        .iter()
        .flat_map(|s| {
            arts.iter().filter_map(|x| s.article(&x.id).unwrap().unwrap().duplicate_of.map(|o| (o, x.id.clone())))
        })
        .flat_map(|(o, d)| [o, d])
        .collect();
    assert!(repeated.contains("copy-0"));
    let ids: Vec<String> = arts.iter().map(|a| a.id.clone()).filter(|id| !repeated.contains(id)).collect();
    let recs =
        |s: &PgStore| -> BTreeSet<String> { s.record_events(&ids).unwrap().into_iter().map(|x| x.0.id).collect() };
    assert_eq!(recs(&a), recs(&b));
    assert_complete_link(&b);
    conformance::assert_consistent(&Shared(&shared), &b);
}

/// A harness over an existing database, for `conformance::assert_consistent`.
struct Shared<'a>(&'a TestDb);

impl conformance::Harness for Shared<'_> {
    type S = PgStore;
    fn open(&self) -> PgStore {
        pg(self.0)
    }
    fn check(&self, store: &PgStore) {
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

/// The same recode in a database ingested like `arts`, by one `recode` and by workers.
fn recode_setup(arts: &[Article]) -> Option<(TestDb, TestDb)> {
    let a = TestDb::from_env()?;
    let b = TestDb::from_env()?;
    ingest_all(&a, arts, 40);
    ingest_all(&b, arts, 40);
    Some((a, b))
}

/// Records (with content) and the grouping of record ids into events.
fn records_and_groups(store: &PgStore, arts: &[Article]) -> (BTreeSet<String>, BTreeSet<Vec<String>>) {
    let ids: Vec<String> = arts.iter().map(|a| a.id.clone()).collect();
    let records =
        store.record_events(&ids).unwrap().into_iter().map(|x| serde_json::to_string(&x.0).unwrap()).collect();
    let groups = all_events(store)
        .into_iter()
        .map(|e| {
            let mut v: Vec<String> = e.sources.into_iter().map(|s| s.record_id).collect();
            v.sort();
            v.dedup();
            v
        })
        .collect();
    (records, groups)
}

#[test]
fn concurrent_recode_workers_equal_one_recode() {
    let arts = corpus_of(150);
    let Some((one, shared)) = recode_setup(&arts) else { return };
    let mut a = pg(&one);
    let single = a.recode(&no_assault, &mut |_| {}).unwrap();
    let mut b = pg(&shared).with_recode_batch(7);
    let generation = b.start_recode().unwrap();
    let originals = b.recode_remaining(generation).unwrap();
    assert_eq!(originals, single.articles);
    let parts: Vec<RecodeReport> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..2)
            .map(|_| {
                let shared = &shared;
                s.spawn(move || {
                    let mut w = pg(shared).with_recode_batch(7);
                    w.recode_worker(generation, &no_assault, &mut |_| {}).unwrap()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(parts.iter().all(|p| p.articles > 0), "both workers got work: {parts:?}");
    assert_eq!(parts.iter().map(|p| p.articles).sum::<u64>(), originals, "each article recoded exactly once");
    let total = b.finish_recode(generation).unwrap();
    assert_eq!(total, single);
    assert_eq!(b.finish_recode(generation).unwrap(), total, "finishing again gives the same report");
    assert_eq!(b.unfinished_recode().unwrap(), None);
    assert_eq!(b.integrity_check().unwrap(), "ok");
    assert_eq!(records_and_groups(&a, &arts), records_and_groups(&b, &arts));
    assert_complete_link(&b);
}

#[test]
fn a_killed_recode_is_resumed_and_finishes_the_rest() {
    let arts = corpus_of(150);
    let Some((one, shared)) = recode_setup(&arts) else { return };
    let single = pg(&one).recode(&no_assault, &mut |_| {}).unwrap();
    let mut b = pg(&shared).with_recode_batch(10);
    let generation = b.start_recode().unwrap();
    // A worker whose coder dies after 25 articles: its open batch is rolled back.
    let calls = std::sync::atomic::AtomicU64::new(0);
    let dying = |a: &Article| {
        if calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 25 {
            panic!("simulated kill of a recode worker (expected by this test)");
        }
        no_assault(a)
    };
    let killed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut w = pg(&shared).with_recode_batch(10);
        w.recode_worker(generation, &dying, &mut |_| {})
    }));
    assert!(killed.is_err());
    assert_eq!(b.recode_remaining(generation).unwrap(), single.articles - 20, "two batches committed");
    assert!(b.finish_recode(generation).is_err(), "work is left");
    assert_eq!(b.unfinished_recode().unwrap(), Some(generation));
    let progress = std::sync::Mutex::new(Vec::new());
    let rep = b.recode_parallel(2, true, &no_assault, &|n| progress.lock().unwrap().push(n)).unwrap();
    assert_eq!(rep, single, "the resumed generation reports the whole recode");
    assert_eq!(progress.lock().unwrap().iter().max().copied(), Some(single.articles - 20));
    assert_eq!(b.unfinished_recode().unwrap(), None);
    assert_eq!(records_and_groups(&pg(&one), &arts), records_and_groups(&b, &arts));
}

#[test]
fn migrations_run_once_under_concurrency_and_newer_schemas_are_refused() {
    let Some(db) = TestDb::from_env() else { return };
    // Eight connections migrate a fresh database at once.
    std::thread::scope(|s| {
        for _ in 0..8 {
            let db = &db;
            s.spawn(move || drop(pg(db)));
        }
    });
    let mut store = pg(&db);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    ingest(&mut store, &[arish_1()]);
    drop(store);
    let store = pg(&db); // idempotent: nothing to do, data kept
    assert_eq!(store.counts().unwrap().articles, 1);
    let mut admin = postgres::Client::connect(db.url(), postgres::NoTls).unwrap();
    let rows: i64 = admin.query_one("SELECT count(*) FROM ahdath_schema_version", &[]).unwrap().get(0);
    assert_eq!(rows, 1);
    admin.execute("UPDATE ahdath_schema_version SET version = $1", &[&(SCHEMA_VERSION + 1)]).unwrap();
    match PgStore::connect(db.url()) {
        Err(StoreError::TooNew { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION))
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn a_store_survives_its_connection_being_terminated() {
    let Some(db) = TestDb::from_env() else { return };
    let mut store = pg(&db);
    ingest(&mut store, &[arish_1()]);
    let checker = store.checker().unwrap();
    let mut admin = postgres::Client::connect(db.url(), postgres::NoTls).unwrap();
    let mut kill = |pid: i32| {
        admin.execute("SELECT pg_terminate_backend($1)", &[&pid]).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    // Reads.
    let pid = store.backend_pid().unwrap();
    kill(pid);
    assert_eq!(store.counts().unwrap().articles, 1);
    assert_ne!(store.backend_pid().unwrap(), pid, "a new connection");
    kill(store.backend_pid().unwrap());
    store.ping().unwrap();
    kill(store.backend_pid().unwrap());
    assert_eq!(all_events(&store).len(), store.counts().unwrap().events as usize);
    // Writes.
    kill(store.backend_pid().unwrap());
    let c = ingest(&mut store, &[arish_2(), mosul()]);
    assert_eq!(c.new, 2);
    assert_eq!(store.retries(), 1, "the batch failed on the dead connection and ran again on a new one");
    // The checker has its own connection.
    let mut checker = checker;
    let pids: Vec<i32> = admin
        .query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for pid in pids {
        admin.execute("SELECT pg_terminate_backend($1)", &[&pid]).unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    let a = arish_1();
    assert!(!checker.needs_coding(&a, &ahdath_store::keys::ArticleHashes::of(&a)).unwrap());
    assert_eq!(store.counts().unwrap().articles, 3);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn search_text_is_never_sql() {
    let Some(db) = TestDb::from_env() else { return };
    let mut store = pg(&db);
    ingest(&mut store, &examples());
    let before = store.counts().unwrap();
    for q in ["'; DROP TABLE events; --", "x' OR '1'='1", "$1 $2", "a:* & !b | c <-> d", "\\"] {
        let f = Filter { text: Some(q.into()), source: Some(q.into()), actor_id: Some(q.into()), ..Default::default() };
        match store.search(&f, None, 10) {
            Ok(page) => assert!(page.items.is_empty(), "{q}"),
            Err(e) => assert!(matches!(e, StoreError::BadFilter(_)) && q == "\\", "{q}: {e}"),
        }
        let f =
            Filter { source: Some(q.into()), actor_id: Some(q.into()), admin1: Some(q.into()), ..Default::default() };
        assert_eq!(store.stats(&f).unwrap().events, 0, "{q}");
    }
    assert_eq!(store.counts().unwrap(), before);
}

/// A common word is answered by walking the other filters' events newest first, a rare one by
/// collecting its matches' events (`PgStore::with_text_probe` picks the plan): both page exactly
/// as SQLite does.
#[test]
fn common_and_rare_word_plans_return_the_same_pages() {
    let Some(db) = TestDb::from_env() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut lite = SqliteStore::open(&dir.path().join("events.db")).unwrap();
    let mut store = pg(&db);
    let arts = corpus_of(120);
    ingest(&mut store, &arts);
    ingest(&mut lite, &arts);
    drop(store);
    let text = |t: &str| Filter { text: Some(t.into()), ..Default::default() };
    let filters = [
        text("قتل"),
        text("في"),
        text("العريش"),
        text("سيناء جنود"),
        Filter { event_type: Some("ASSAULT".into()), ..text("في") },
        Filter { country: Some("IRQ".into()), from: Some("2024-01-01".into()), ..text("في") },
        Filter { min_fatalities: Some(1), ..text("قتل") },
        Filter { bbox: Some([25.0, 20.0, 50.0, 40.0]), ..text("في") },
    ];
    let walk = pg(&db).with_text_probe(1);
    let collect = pg(&db).with_text_probe(i64::MAX);
    let mut several = 0;
    for f in &filters {
        let walked = conformance::page_ids(&walk, f, 3);
        assert_eq!(walked, conformance::page_ids(&collect, f, 3), "{f:?}");
        assert_eq!(walked, conformance::page_ids(&lite, f, 3), "{f:?}: PostgreSQL and SQLite");
        several += usize::from(walked.len() > 3);
        let unique: BTreeSet<_> = walked.iter().collect();
        assert_eq!(unique.len(), walked.len(), "{f:?}");
    }
    assert!(several >= 3, "the queries span several pages");
    assert!(conformance::page_ids(&walk, &text("كلمةغيرموجودة"), 3).is_empty());
}
