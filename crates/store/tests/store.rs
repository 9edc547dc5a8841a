//! Behaviour of the SQLite store with the real coder: ingest semantics (new, unchanged, changed,
//! duplicate text), cross-article merging, full text across Arabic spellings, every filter
//! against an in-memory oracle, cursor pagination, stats, recode and schema versioning.
//!
//! The bundled examples and the short articles below are the project's own text. Tests that need
//! more articles read `../shared/corpus/dev-pool.jsonl` and are skipped with a notice when it is
//! absent.

use ahdath_coder::Coder;
use ahdath_lexicon::Lexicon;
use ahdath_record::{Article, EventRecord, Status, StoredEvent};
use ahdath_store::{Filter, Prepared, SqliteStore, Store, StoreError, SCHEMA_VERSION};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
const DEV_POOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Lexicon::builtin().expect("builtin lexicon")))
}

fn code(a: &Article) -> Vec<EventRecord> {
    coder().code(a)
}

fn art(id: &str, published: &str, source: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        title: None,
        text: text.into(),
        published: Some(published.into()),
        source: Some(source.into()),
        url: None,
    }
}

/// Two reports of one attack, a look-alike elsewhere on the same day (our own text).
fn arish_1() -> Article {
    art(
        "t-1",
        "2024-03-12",
        "test/alpha",
        "قتل أربعة جنود مصريين في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش بمحافظة شمال سيناء اليوم الثلاثاء.",
    )
}
fn arish_2() -> Article {
    art(
        "t-2",
        "2024-03-13",
        "test/beta",
        "أفادت مصادر أمنية بمقتل خمسة جنود في هجوم مسلح استهدف نقطة تفتيش بمدينة العريش في شمال سيناء أمس الثلاثاء.",
    )
}
fn mosul() -> Article {
    art("t-3", "2024-03-12", "test/gamma", "قتل ثلاثون شخصا في انفجار سيارة مفخخة في مدينة الموصل يوم الثلاثاء.")
}

fn examples() -> Vec<Article> {
    std::fs::read_to_string(EXAMPLES)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn dev_pool(n: usize) -> Option<Vec<Article>> {
    if !Path::new(DEV_POOL).exists() {
        eprintln!("skipped: {DEV_POOL} not found");
        return None;
    }
    Some(
        std::fs::read_to_string(DEV_POOL)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(n)
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn open(dir: &tempfile::TempDir) -> SqliteStore {
    SqliteStore::open(&dir.path().join("events.db")).unwrap()
}

fn ingest(store: &mut SqliteStore, articles: &[Article]) -> ahdath_store::IngestCounts {
    // Half the articles arrive pre-coded (as from ingest workers), half are coded by the store.
    let batch = articles
        .iter()
        .enumerate()
        .map(|(i, a)| if i % 2 == 0 { Prepared::new(a.clone(), Some(&code)) } else { Prepared::new(a.clone(), None) })
        .collect();
    store.ingest_batch(batch, &code).unwrap()
}

fn all_events(store: &SqliteStore) -> Vec<StoredEvent> {
    let mut v = Vec::new();
    store
        .for_each_event(&Filter::default(), &mut |e| {
            v.push(e);
            Ok(())
        })
        .unwrap();
    v
}

/// The event holding the records of `article_id`.
fn events_of(store: &SqliteStore, article_id: &str) -> Vec<StoredEvent> {
    all_events(store).into_iter().filter(|e| e.sources.iter().any(|s| s.article_id == article_id)).collect()
}

/// Every event has sources, each source's record belongs to it, and records sum up.
fn assert_consistent(store: &SqliteStore) {
    let c = store.counts().unwrap();
    let mut records = 0;
    for e in all_events(store) {
        assert!(!e.sources.is_empty(), "event {} has no sources", e.id);
        let (_, recs) = store.event(&e.id).unwrap().unwrap();
        let ids: BTreeSet<&str> = recs.iter().map(|r| r.id.as_str()).collect();
        for s in &e.sources {
            assert!(ids.contains(s.record_id.as_str()), "source {s:?} of {} is not one of its records", e.id);
        }
        records += recs.len() as u64;
    }
    assert_eq!(records, c.records);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn reingest_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let mut arts = examples();
    arts.extend([arish_1(), arish_2(), mosul()]);
    let first = ingest(&mut store, &arts);
    assert_eq!((first.new, first.unchanged, first.changed, first.duplicate), (arts.len() as u64, 0, 0, 0));
    assert!(first.records > 10);
    let before = all_events(&store);
    let counts = store.counts().unwrap();
    let again = ingest(&mut store, &arts);
    assert_eq!((again.new, again.unchanged, again.changed, again.records), (0, arts.len() as u64, 0, 0));
    assert_eq!(all_events(&store), before);
    assert_eq!(store.counts().unwrap(), counts);
    assert_consistent(&store);
}

#[test]
fn reports_of_one_attack_merge_and_a_lookalike_stays_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    ingest(&mut store, &[arish_1(), mosul(), arish_2()]);
    let ev = events_of(&store, "t-1");
    let merged: Vec<&StoredEvent> = ev.iter().filter(|e| e.event_type == "ASSAULT").collect();
    assert_eq!(merged.len(), 1, "{ev:#?}");
    let e = merged[0];
    let articles: BTreeSet<&str> = e.sources.iter().map(|s| s.article_id.as_str()).collect();
    assert_eq!(articles, BTreeSet::from(["t-1", "t-2"]), "the Mosul bombing is another event");
    assert_eq!(e.first_reported.as_deref(), Some("2024-03-12"));
    // Tolls 4 (12 March) and 5 (13 March): each reported once, the later report wins.
    assert_eq!((e.fatalities, e.fatalities_low, e.fatalities_high), (Some(5), Some(4), Some(5)));
    assert_eq!(e.sources[0].source.as_deref(), Some("test/alpha"), "sources oldest first");
    let m = events_of(&store, "t-3");
    assert!(m.iter().all(|e| e.sources.len() == 1), "{m:#?}");
    assert_consistent(&store);
}

#[test]
fn changed_text_replaces_records_and_updates_events() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    ingest(&mut store, &[arish_1(), arish_2()]);
    let old_ids = store.article("t-2").unwrap().unwrap().record_ids;
    assert!(!old_ids.is_empty());
    let mut changed = mosul();
    changed.id = "t-2".into();
    let c = ingest(&mut store, &[changed.clone()]);
    assert_eq!((c.new, c.changed, c.unchanged), (0, 1, 0));
    let stored = store.article("t-2").unwrap().unwrap();
    assert_eq!(stored.article.text, changed.text);
    let new_ids: BTreeSet<String> = code(&changed).into_iter().map(|r| r.id).collect();
    assert_eq!(stored.record_ids.iter().cloned().collect::<BTreeSet<_>>(), new_ids);
    assert!(old_ids.iter().all(|id| !new_ids.contains(id)));
    for e in events_of(&store, "t-1") {
        assert!(e.sources.iter().all(|s| s.article_id == "t-1"), "t-2 no longer reports the attack: {e:#?}");
        assert_eq!(e.fatalities_high, Some(4));
    }
    assert_consistent(&store);
}

#[test]
fn duplicate_text_is_linked_not_coded_and_promoted_when_the_original_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    ingest(&mut store, &[arish_1()]);
    let records = store.counts().unwrap().records;
    let mut copy = arish_1();
    copy.id = "t-1-copy".into();
    copy.source = Some("test/copy".into());
    copy.published = Some("2024-03-11".into());
    let c = ingest(&mut store, &[copy.clone()]);
    assert_eq!((c.new, c.duplicate, c.records), (0, 1, 0));
    assert_eq!(store.counts().unwrap().records, records, "not coded again");
    let a = store.article("t-1-copy").unwrap().unwrap();
    assert_eq!(a.duplicate_of.as_deref(), Some("t-1"));
    for e in events_of(&store, "t-1") {
        let s: Vec<&str> = e.sources.iter().map(|s| s.article_id.as_str()).collect();
        assert_eq!(s, ["t-1-copy", "t-1"], "the copy is a source, and the earliest");
        assert_eq!(e.first_reported.as_deref(), Some("2024-03-11"));
        assert_eq!(e.sources[0].record_id, e.sources[1].record_id);
    }
    // The original changes: the copy keeps the old text, so it is coded in its own right.
    let mut changed = arish_1();
    changed.text = mosul().text;
    let c = ingest(&mut store, &[changed]);
    assert_eq!(c.changed, 1);
    let a = store.article("t-1-copy").unwrap().unwrap();
    assert_eq!(a.duplicate_of, None);
    assert_eq!(
        a.record_ids.iter().cloned().collect::<BTreeSet<_>>(),
        code(&copy).into_iter().map(|r| r.id).collect::<BTreeSet<_>>()
    );
    assert_consistent(&store);
}

#[test]
fn full_text_matches_across_spellings_and_proclitics() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    ingest(&mut store, &examples());
    let find = |q: &str| -> BTreeSet<String> {
        let f = Filter { text: Some(q.into()), ..Default::default() };
        store.search(&f, None, 1000).unwrap().items.into_iter().map(|e| e.id).collect()
    };
    let arish = find("العريش");
    assert!(!arish.is_empty());
    assert_eq!(find("الْعَرِيش"), arish, "tashkeel");
    assert_eq!(find("عريش"), arish, "article stripped");
    let ankara = find("أنقرة");
    assert!(!ankara.is_empty());
    assert_eq!(find("انقره"), ankara, "hamza and ta marbuta");
    assert_eq!(find("\"أنقرة\" OR"), find("أنقرة or"), "operators are words");
    assert!(find("كوبنهاغن").is_empty());
    assert!(arish.is_disjoint(&ankara));
    let both = Filter { text: Some("العريش أنقرة".into()), ..Default::default() };
    assert!(store.search(&both, None, 10).unwrap().items.is_empty(), "all words are required");
    assert!(matches!(
        store.search(&Filter { text: Some(" ، ".into()), ..Default::default() }, None, 10),
        Err(StoreError::BadFilter(_))
    ));
}

/// Whether `e` satisfies the structured part of `f` (the oracle for the SQL filters).
fn matches(e: &StoredEvent, f: &Filter) -> bool {
    let loc = e.location.as_ref();
    let actor = e.actor.as_ref();
    let range = e.date.as_deref().and_then(ahdath_store::dedup::date_range);
    let day = |s: &Option<String>, hi: bool| {
        s.as_deref().and_then(ahdath_store::dedup::date_range).map(|r| if hi { r.1 } else { r.0 })
    };
    f.event_type.as_ref().is_none_or(|t| &e.event_type == t)
        && f.mode.as_ref().is_none_or(|m| e.mode.as_ref() == Some(m))
        && f.status.is_none_or(|s| e.status == s)
        && f.country.as_ref().is_none_or(|c| loc.and_then(|l| l.country.as_ref()) == Some(c))
        && f.admin1.as_ref().is_none_or(|c| loc.and_then(|l| l.admin1.as_ref()) == Some(c))
        && f.actor_country.as_ref().is_none_or(|c| actor.and_then(|a| a.country.as_ref()) == Some(c))
        && f.actor_sector.as_ref().is_none_or(|c| actor.and_then(|a| a.sector.as_ref()) == Some(c))
        && f.actor_id.as_ref().is_none_or(|c| actor.and_then(|a| a.id.as_ref()) == Some(c))
        && day(&f.from, false).is_none_or(|d| range.is_some_and(|r| r.1 >= d))
        && day(&f.to, true).is_none_or(|d| range.is_some_and(|r| r.0 <= d))
        && f.min_fatalities.is_none_or(|n| e.fatalities.is_some_and(|x| x >= n))
        && f.bbox.is_none_or(|[x0, y0, x1, y1]| {
            loc.and_then(|l| l.lon.zip(l.lat)).is_some_and(|(x, y)| x0 <= x && x <= x1 && y0 <= y && y <= y1)
        })
        && f.source.as_ref().is_none_or(|s| {
            e.sources.iter().any(|x| x.source.as_deref().is_some_and(|o| o == s || o.rsplit('/').next() == Some(s)))
        })
}

/// The most common value of `key` among events.
fn most_common(events: &[StoredEvent], key: impl Fn(&StoredEvent) -> Option<String>) -> String {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    for e in events {
        if let Some(k) = key(e) {
            *m.entry(k).or_default() += 1;
        }
    }
    m.into_iter().max_by_key(|x| x.1).expect("some value").0
}

#[test]
fn every_filter_narrows_like_the_oracle_and_pages_cover_all_once() {
    let Some(arts) = dev_pool(150) else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    for chunk in arts.chunks(50) {
        ingest(&mut store, chunk);
    }
    let all = all_events(&store);
    assert!(all.len() > 200, "{}", all.len());
    let ty = most_common(&all, |e| Some(e.event_type.clone()));
    let country = most_common(&all, |e| e.location.as_ref()?.country.clone());
    let admin1 = most_common(&all, |e| e.location.as_ref()?.admin1.clone());
    let actor_country = most_common(&all, |e| e.actor.as_ref()?.country.clone());
    let sector = most_common(&all, |e| e.actor.as_ref()?.sector.clone());
    let actor_id = most_common(&all, |e| e.actor.as_ref()?.id.clone());
    let mode = most_common(&all, |e| e.mode.clone());
    let source = most_common(&all, |e| e.sources[0].source.clone());
    let outlet = source.rsplit('/').next().unwrap().to_string();
    let day = most_common(&all, |e| e.date.clone().filter(|d| d.len() == 10));
    let (lon, lat) = all.iter().find_map(|e| e.location.as_ref().and_then(|l| l.lon.zip(l.lat))).unwrap();
    let f = |g: &dyn Fn(&mut Filter)| {
        let mut x = Filter::default();
        g(&mut x);
        x
    };
    let filters = [
        f(&|x| x.event_type = Some(ty.clone())),
        f(&|x| x.mode = Some(mode.clone())),
        f(&|x| x.status = Some(Status::Future)),
        f(&|x| x.country = Some(country.clone())),
        f(&|x| x.admin1 = Some(admin1.clone())),
        f(&|x| x.actor_country = Some(actor_country.clone())),
        f(&|x| x.actor_sector = Some(sector.clone())),
        f(&|x| x.actor_id = Some(actor_id.clone())),
        f(&|x| x.from = Some(day.clone())),
        f(&|x| x.to = Some(day.clone())),
        f(&|x| (x.from, x.to) = (Some(day[..7].to_string()), Some(day[..7].to_string()))),
        f(&|x| x.min_fatalities = Some(1)),
        f(&|x| x.bbox = Some([lon - 1.0, lat - 1.0, lon + 1.0, lat + 1.0])),
        f(&|x| x.source = Some(source.clone())),
        f(&|x| x.source = Some(outlet.clone())),
        f(&|x| (x.event_type, x.country, x.min_fatalities) = (Some("ASSAULT".into()), Some(country.clone()), Some(1))),
    ];
    for filter in &filters {
        let expected: BTreeSet<&str> = all.iter().filter(|e| matches(e, filter)).map(|e| e.id.as_str()).collect();
        let got = store.search(filter, None, 100_000).unwrap().items;
        let got_ids: BTreeSet<&str> = got.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(got_ids, expected, "{filter:?}");
        assert!(!expected.is_empty() && expected.len() < all.len(), "{filter:?} should narrow: {}", expected.len());
        let mut streamed = 0;
        store
            .for_each_event(filter, &mut |e| {
                streamed += 1;
                assert!(expected.contains(e.id.as_str()));
                Ok(())
            })
            .unwrap();
        assert_eq!(streamed, expected.len());
        let stats = store.stats(filter).unwrap();
        assert_eq!(stats.events, expected.len() as u64);
        assert_eq!(stats.by_type.iter().map(|x| x.1).sum::<u64>(), expected.len() as u64);
    }
    // Keyset pages: every event exactly once, newest first.
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = store.search(&Filter::default(), cursor, 7).unwrap();
        assert!(page.items.len() <= 7);
        seen.extend(page.items.into_iter().map(|e| (e.date.clone(), e.id)));
        match page.next {
            Some(c) => cursor = Some(c.to_string().parse().unwrap()),
            None => break,
        }
    }
    let ids: BTreeSet<&str> = seen.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(ids.len(), seen.len(), "no event twice");
    assert_eq!(ids, all.iter().map(|e| e.id.as_str()).collect::<BTreeSet<_>>());
    let first_days: Vec<i64> = seen
        .iter()
        .map(|(d, _)| d.as_deref().and_then(ahdath_store::dedup::date_range).map_or(i64::MIN, |r| r.0))
        .collect();
    assert!(first_days.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert_consistent(&store);
}

#[test]
fn recode_reports_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let mut arts = examples();
    arts.extend([arish_1(), arish_2(), mosul()]);
    ingest(&mut store, &arts);
    let before = store.counts().unwrap();
    let same = store.recode(&code, &mut |_| {}).unwrap();
    assert_eq!(same.articles, arts.len() as u64);
    assert_eq!((same.records_added, same.records_removed, same.records_modified), (0, 0, 0));
    assert_eq!((same.records_after, same.events_before), (before.records, before.events));
    // A coder that no longer finds ASSAULT events.
    let no_assault =
        |a: &Article| -> Vec<EventRecord> { code(a).into_iter().filter(|r| r.event_type != "ASSAULT").collect() };
    let assaults = all_events(&store).iter().filter(|e| e.event_type == "ASSAULT").count() as u64;
    let fewer = store.recode(&no_assault, &mut |_| {}).unwrap();
    assert!(fewer.records_removed > 0);
    assert_eq!(fewer.records_after, before.records - fewer.records_removed);
    assert_eq!(fewer.events_after, before.events - assaults);
    assert!(fewer.events_changed >= assaults);
    assert!(all_events(&store).iter().all(|e| e.event_type != "ASSAULT"));
    assert_consistent(&store);
}

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
