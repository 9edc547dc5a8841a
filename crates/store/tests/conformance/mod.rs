//! The behaviour every [`Store`] backend must show, run against each of them: ingest semantics
//! (new, unchanged, changed, duplicate text), cross-article merging, full text across Arabic
//! spellings, every filter against an in-memory oracle, cursor pagination, stats, recode, the
//! checker and lookups.
//!
//! This file is shared test support, not a test target of its own: `crates/store/tests/store.rs`
//! runs it on SQLite and `crates/store-pg/tests/conformance.rs` (which includes it by `#[path]`)
//! on PostgreSQL. A backend provides a [`Harness`] (a fresh database per test) and expands
//! [`conformance_tests!`], which makes one `#[test]` per behaviour.
//!
//! The bundled examples and the short articles below are the project's own text. Tests that need
//! more articles read `../shared/corpus/dev-pool.jsonl` and are skipped with a notice when it is
//! absent.

#![allow(dead_code)]

use ahdath_coder::Coder;
use ahdath_lexicon::Lexicon;
use ahdath_record::{Article, EventRecord, Status, StoredEvent};
use ahdath_store::{Filter, IngestCounts, Prepared, Store, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
const DEV_POOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");

/// A backend under test: one fresh, empty database per test.
pub trait Harness {
    type S: Store;
    /// A new handle on this test's database (several handles share it).
    fn open(&self) -> Self::S;
    /// Backend-specific soundness checks (SQLite: `PRAGMA integrity_check`).
    fn check(&self, _store: &Self::S) {}
}

/// One `#[test]` per behaviour, each on a fresh database from `$harness` (an expression giving
/// `Option<impl Harness>`; `None` skips the test, e.g. when no PostgreSQL server is configured).
#[macro_export]
macro_rules! conformance_tests {
    ($harness:expr) => {
        $crate::conformance_tests!(@each $harness;
            reingest_is_idempotent,
            reports_of_one_attack_merge_and_a_lookalike_stays_apart,
            changed_text_replaces_records_and_updates_events,
            duplicate_text_is_linked_not_coded_and_promoted_when_the_original_changes,
            full_text_matches_across_spellings_and_proclitics,
            every_filter_narrows_like_the_oracle_and_pages_cover_all_once,
            recode_reports_changes,
            checker_skips_unchanged_articles_and_known_texts,
            lookups_and_record_links,
            reads_inside_a_stream_callback,
            changing_articles_back_and_forth_keeps_the_database_consistent,
            events_found_apart_merge_when_a_report_joins_both,
            an_undated_copy_joins_the_dated_report_it_copies,
            reports_without_place_or_actor_country_meet_by_recipient_country,
            an_undated_copy_beyond_the_recent_undated_records_joins,
            events_split_by_one_articles_two_records_merge_through_reports
        );
    };
    (@each $harness:expr; $($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                if let Some(h) = $harness {
                    conformance::$name(&h);
                }
            }
        )*
    };
}

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Lexicon::builtin().expect("builtin lexicon")))
}

/// The real coder.
pub fn code(a: &Article) -> Vec<EventRecord> {
    coder().code(a)
}

pub fn art(id: &str, published: &str, source: &str, text: &str) -> Article {
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
pub fn arish_1() -> Article {
    art(
        "t-1",
        "2024-03-12",
        "test/alpha",
        "قتل أربعة جنود مصريين في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش بمحافظة شمال سيناء اليوم الثلاثاء.",
    )
}
pub fn arish_2() -> Article {
    art(
        "t-2",
        "2024-03-13",
        "test/beta",
        "أفادت مصادر أمنية بمقتل خمسة جنود في هجوم مسلح استهدف نقطة تفتيش بمدينة العريش في شمال سيناء أمس الثلاثاء.",
    )
}
pub fn mosul() -> Article {
    art("t-3", "2024-03-12", "test/gamma", "قتل ثلاثون شخصا في انفجار سيارة مفخخة في مدينة الموصل يوم الثلاثاء.")
}

/// The bundled example articles.
pub fn examples() -> Vec<Article> {
    std::fs::read_to_string(EXAMPLES)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The first `n` articles of the shared dev pool, or `None` (with a notice) when it is absent.
pub fn dev_pool(n: usize) -> Option<Vec<Article>> {
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

/// Ingest `articles` as one batch.
pub fn ingest<S: Store + ?Sized>(store: &mut S, articles: &[Article]) -> IngestCounts {
    // Half the articles arrive pre-coded (as from ingest workers), half are coded by the store.
    let batch = articles
        .iter()
        .enumerate()
        .map(|(i, a)| if i % 2 == 0 { Prepared::new(a.clone(), Some(&code)) } else { Prepared::new(a.clone(), None) })
        .collect();
    store.ingest_batch(batch, &code).unwrap()
}

/// Every event, newest first.
pub fn all_events<S: Store + ?Sized>(store: &S) -> Vec<StoredEvent> {
    let mut v = Vec::new();
    store
        .for_each_event(&Filter::default(), &mut |e| {
            v.push(e);
            Ok(())
        })
        .unwrap();
    v
}

/// The events holding the records of `article_id`.
/// The ids of every event `filter` matches, read page by page (`limit` a page) through cursors.
pub fn page_ids<S: Store + ?Sized>(store: &S, filter: &Filter, limit: usize) -> Vec<String> {
    let (mut ids, mut cursor) = (Vec::new(), None);
    loop {
        let page = store.search(filter, cursor, limit).unwrap();
        ids.extend(page.items.into_iter().map(|e| e.id));
        match page.next {
            Some(c) => cursor = Some(c),
            None => return ids,
        }
    }
}

pub fn events_of<S: Store + ?Sized>(store: &S, article_id: &str) -> Vec<StoredEvent> {
    all_events(store).into_iter().filter(|e| e.sources.iter().any(|s| s.article_id == article_id)).collect()
}

/// Every event has sources, each source's record belongs to it, and records sum up.
pub fn assert_consistent<H: Harness>(h: &H, store: &H::S) {
    let c = store.counts().unwrap();
    let mut records = 0;
    let events = all_events(store);
    for e in &events {
        assert!(!e.sources.is_empty(), "event {} has no sources", e.id);
        let (_, recs) = store.event(&e.id).unwrap().unwrap();
        let ids: BTreeSet<&str> = recs.iter().map(|r| r.id.as_str()).collect();
        for s in &e.sources {
            assert!(ids.contains(s.record_id.as_str()), "source {s:?} of {} is not one of its records", e.id);
        }
        records += recs.len() as u64;
    }
    assert_eq!(records, c.records);
    assert_eq!(events.len() as u64, c.events);
    h.check(store);
}

pub fn reingest_is_idempotent<H: Harness>(h: &H) {
    let mut store = h.open();
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
    assert_consistent(h, &store);
}

pub fn reports_of_one_attack_merge_and_a_lookalike_stays_apart<H: Harness>(h: &H) {
    let mut store = h.open();
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
    assert_consistent(h, &store);
}

pub fn changed_text_replaces_records_and_updates_events<H: Harness>(h: &H) {
    let mut store = h.open();
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
    assert_consistent(h, &store);
}

pub fn duplicate_text_is_linked_not_coded_and_promoted_when_the_original_changes<H: Harness>(h: &H) {
    let mut store = h.open();
    ingest(&mut store, &[arish_1()]);
    let records = store.counts().unwrap().records;
    let mut copy = arish_1();
    copy.id = "t-1-copy".into();
    copy.source = Some("test/copy".into());
    copy.published = Some("2024-03-11".into());
    let c = ingest(&mut store, &[copy.clone()]);
    assert_eq!((c.new, c.duplicate, c.records), (0, 1, 0));
    assert_eq!(store.counts().unwrap().records, records, "not coded again");
    assert_eq!(store.counts().unwrap().duplicates, 1);
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
    assert_eq!(store.counts().unwrap().duplicates, 0);
    assert_consistent(h, &store);
}

pub fn full_text_matches_across_spellings_and_proclitics<H: Harness>(h: &H) {
    let mut store = h.open();
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
    assert!(find("أنقرة & !x | (y) :* '").is_empty(), "tsquery syntax is searched as words");
    assert!(arish.is_disjoint(&ankara));
    let both = Filter { text: Some("العريش أنقرة".into()), ..Default::default() };
    assert!(store.search(&both, None, 10).unwrap().items.is_empty(), "all words are required");
    assert!(matches!(
        store.search(&Filter { text: Some(" ، ".into()), ..Default::default() }, None, 10),
        Err(StoreError::BadFilter(_))
    ));
}

/// Whether `e` satisfies the structured part of `f` (the oracle for the SQL filters).
pub fn matches(e: &StoredEvent, f: &Filter) -> bool {
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
pub fn most_common(events: &[StoredEvent], key: impl Fn(&StoredEvent) -> Option<String>) -> String {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    for e in events {
        if let Some(k) = key(e) {
            *m.entry(k).or_default() += 1;
        }
    }
    m.into_iter().max_by_key(|x| x.1).expect("some value").0
}

pub fn every_filter_narrows_like_the_oracle_and_pages_cover_all_once<H: Harness>(h: &H) {
    let Some(arts) = dev_pool(150) else { return };
    let mut store = h.open();
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
        // Filtered pages: the same events, in the same order as one big page.
        let paged = page_ids(&store, filter, 5);
        assert_eq!(paged, got.iter().map(|e| e.id.clone()).collect::<Vec<_>>(), "{filter:?}");
    }
    for bad in [
        f(&|x| x.from = Some("yesterday".into())),
        f(&|x| x.to = Some("2020-13-45".into())),
        f(&|x| x.bbox = Some([10.0, 0.0, 5.0, 1.0])),
    ] {
        assert!(matches!(store.search(&bad, None, 10), Err(StoreError::BadFilter(_))), "{bad:?}");
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
    // Stats of everything: by_day ascending and counting day-precision events only.
    let stats = store.stats(&Filter::default()).unwrap();
    assert_eq!(stats.events, all.len() as u64);
    assert!(stats.by_day.windows(2).all(|w| w[0].0 < w[1].0));
    let day_events = all.iter().filter(|e| e.date_precision == ahdath_record::DatePrecision::Day).count();
    assert_eq!(stats.by_day.iter().map(|x| x.1).sum::<u64>(), day_events as u64);
    assert_consistent(h, &store);
}

pub fn recode_reports_changes<H: Harness>(h: &H) {
    let mut store = h.open();
    let mut arts = examples();
    arts.extend([arish_1(), arish_2(), mosul()]);
    ingest(&mut store, &arts);
    let before = store.counts().unwrap();
    let mut seen = 0;
    let same = store.recode(&code, &mut |n| seen = n).unwrap();
    assert_eq!(same.articles, arts.len() as u64);
    assert_eq!(seen, arts.len() as u64, "progress reaches the total");
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
    assert_consistent(h, &store);
    // And back: the ASSAULT records return.
    let back = store.recode(&code, &mut |_| {}).unwrap();
    assert_eq!(back.records_added, fewer.records_removed);
    assert_eq!(back.records_after, before.records);
    assert_consistent(h, &store);
}

pub fn checker_skips_unchanged_articles_and_known_texts<H: Harness>(h: &H) {
    let mut store = h.open();
    ingest(&mut store, &[arish_1(), mosul()]);
    let mut checker = store.checker().unwrap();
    let mut needs = |a: &Article| checker.needs_coding(a, &ahdath_store::keys::ArticleHashes::of(a)).unwrap();
    assert!(!needs(&arish_1()), "unchanged");
    assert!(needs(&arish_2()), "new");
    let mut copy = arish_1();
    copy.id = "t-1-copy".into();
    assert!(!needs(&copy), "a known text under a new id");
    let mut changed = mosul();
    changed.text.push_str(" وأصيب عشرة آخرون.");
    assert!(needs(&changed), "changed text");
    let mut moved = mosul();
    moved.published = Some("2024-03-14".into());
    assert!(needs(&moved), "same text, other metadata: the stored copy is itself, not an original to link to");
    // A worker's batch gets the same answers in one call, and a later batch sees what was
    // committed after the first (the batch's read ends with it).
    let batch = [arish_1(), arish_2(), copy, changed, moved];
    let batched = |checker: &mut Box<dyn ahdath_store::Checker>| -> Vec<bool> {
        let items: Vec<(&Article, ahdath_store::keys::ArticleHashes)> =
            batch.iter().map(|a| (a, ahdath_store::keys::ArticleHashes::of(a))).collect();
        checker.needs_coding_batch(&items).unwrap()
    };
    assert_eq!(batched(&mut checker), [false, true, false, true, true]);
    ingest(&mut store, &[arish_2()]);
    assert_eq!(batched(&mut checker), [false, false, false, true, true], "arish_2 stored since the first batch");
}

pub fn lookups_and_record_links<H: Harness>(h: &H) {
    let mut store = h.open();
    ingest(&mut store, &[arish_1(), arish_2(), mosul()]);
    assert!(store.event("ev-no-such-event").unwrap().is_none());
    assert!(store.article("no-such-article").unwrap().is_none());
    store.ping().unwrap();
    let a = store.article("t-2").unwrap().unwrap();
    assert_eq!(a.article, arish_2());
    assert_eq!(a.content_hash, ahdath_store::keys::hex(&ahdath_store::keys::ArticleHashes::of(&arish_2()).content));
    assert_eq!(a.duplicate_of, None);
    let links = store.record_events(&["t-1".to_string(), "t-2".to_string(), "nope".to_string()]).unwrap();
    let ids: Vec<&str> = links.iter().map(|(r, _)| r.id.as_str()).collect();
    let mut expected: Vec<String> = store.article("t-1").unwrap().unwrap().record_ids;
    expected.extend(a.record_ids.clone());
    assert_eq!(ids, expected.iter().map(String::as_str).collect::<Vec<_>>());
    for (r, ev) in &links {
        let (e, recs) = store.event(ev).unwrap().unwrap();
        assert!(recs.iter().any(|x| x == r), "{} is a record of {}", r.id, e.id);
        assert!(e.id.starts_with("ev-"));
    }
    // Records come back as they were coded.
    let coded = code(&arish_2());
    let stored: Vec<EventRecord> =
        links.iter().filter(|(r, _)| r.article_id == "t-2").map(|(r, _)| r.clone()).collect();
    assert_eq!(stored, coded);
    let c = store.counts().unwrap();
    assert_eq!((c.articles, c.duplicates), (3, 0));
}

pub fn changing_articles_back_and_forth_keeps_the_database_consistent<H: Harness>(h: &H) {
    let mut store = h.open();
    let base = [arish_1(), arish_2(), mosul()];
    ingest(&mut store, &base);
    let first = all_events(&store);
    // t-2 takes t-3's text (a duplicate of it), then t-3 changes (t-2 is promoted), then all return.
    let mut t2 = mosul();
    t2.id = "t-2".into();
    let c = ingest(&mut store, &[t2]);
    assert_eq!(c.changed, 1);
    assert_eq!(store.article("t-2").unwrap().unwrap().duplicate_of.as_deref(), Some("t-3"));
    assert_consistent(h, &store);
    let mut t3 = mosul();
    t3.text = "تظاهر مئات الطلاب في القاهرة يوم الثلاثاء احتجاجا على ارتفاع الأسعار.".into();
    let c = ingest(&mut store, &[t3]);
    assert_eq!(c.changed, 1);
    assert_eq!(store.article("t-2").unwrap().unwrap().duplicate_of, None);
    assert_consistent(h, &store);
    let c = ingest(&mut store, &base);
    assert_eq!((c.changed, c.unchanged), (2, 1));
    assert_consistent(h, &store);
    let again: BTreeSet<(String, Vec<String>)> = all_events(&store)
        .into_iter()
        .map(|e| (e.event_type, e.sources.into_iter().map(|s| s.record_id).collect()))
        .collect();
    let first: BTreeSet<(String, Vec<String>)> =
        first.into_iter().map(|e| (e.event_type, e.sources.into_iter().map(|s| s.record_id).collect())).collect();
    assert_eq!(again, first, "the same groups of records as before the changes");
}

pub fn reads_inside_a_stream_callback<H: Harness>(h: &H) {
    let mut store = h.open();
    ingest(&mut store, &[arish_1(), arish_2(), mosul()]);
    let mut seen = 0;
    let n = store
        .for_each_event(&Filter::default(), &mut |e| {
            // An export may look things up while it streams.
            let (again, _) = store.event(&e.id).map_err(|x| x.to_string())?.ok_or("missing")?;
            assert_eq!(again, e);
            assert!(store.search(&Filter::default(), None, 2).map_err(|x| x.to_string())?.items.len() <= 2);
            seen += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(n, seen);
    assert_eq!(n, store.counts().unwrap().events);
    // An error from the callback stops the walk and comes back as such.
    let err = store.for_each_event(&Filter::default(), &mut |_| Err("stop".into())).unwrap_err();
    assert!(matches!(err, StoreError::Callback(ref m) if m == "stop"), "{err}");
}

/// A record of our own for article `a` (its first sentence), as a coder would write it.
fn own_record(a: &Article, id: &str, place: bool, actor: bool) -> EventRecord {
    let location = place.then(|| {
        serde_json::json!({"text": "العريش", "name": "Arish", "feature": "city", "admin1": "North Sinai",
            "country": "EGY", "lat": 31.13, "lon": 33.8, "precision": "place"})
    });
    let actor = actor.then(|| serde_json::json!({"text": "مسلحون", "name": "gunmen", "country": "EGY", "sector": "UAF", "id": "grp.gunmen"}));
    let sentence = a.text.clone();
    serde_json::from_value(serde_json::json!({
        "id": id, "article_id": a.id, "event_type": "ASSAULT", "mode": null, "context": [],
        "status": "occurred", "date": "2024-03-12", "date_precision": "day", "date_basis": "text",
        "date_text": null, "actor": actor, "recipient": null, "location": location,
        "fatalities": 4, "injuries": null, "trigger": "هجوم",
        "evidence": {"field": "text", "start": 0, "end": sentence.chars().count(), "trigger_start": 0,
            "trigger_end": 1, "sentence": sentence, "other_mentions": []},
        "rule": "test", "confidence": 0.5
    }))
    .unwrap()
}

/// Candidates are found through the country of a record's place and of its actor, so a report
/// with a place but no actor and one with an actor but no place never meet: each founds an
/// event. A third report with both finds both events, joins one and merges the other into it
/// (no member of one vetoes a member of the other, and they agree on average).
pub fn events_found_apart_merge_when_a_report_joins_both<H: Harness>(h: &H) {
    // Three wordings (identical texts would be linked as duplicates, not coded).
    let arts = [
        art(
            "m-1",
            "2024-03-12",
            "test/own",
            "قتل أربعة جنود في هجوم شنه مسلحون على نقطة تفتيش في العريش اليوم الثلاثاء.",
        ),
        art("m-2", "2024-03-12", "test/own", "قتل أربعة جنود اليوم الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش بالعريش."),
        art("m-3", "2024-03-12", "test/own", "هجوم شنه مسلحون على نقطة تفتيش في العريش يقتل أربعة جنود اليوم الثلاثاء."),
    ];
    let code = |a: &Article| -> Vec<EventRecord> {
        let (place, actor) = match a.id.as_str() {
            "m-1" => (true, false),
            "m-2" => (false, true),
            _ => (true, true),
        };
        vec![own_record(a, &format!("rec-{}", a.id), place, actor)]
    };
    let mut store = h.open();
    let one = |store: &mut H::S, a: &Article| {
        store.ingest_batch(vec![Prepared::new(a.clone(), Some(&code))], &code).unwrap();
    };
    one(&mut store, &arts[0]);
    one(&mut store, &arts[1]);
    assert_eq!(all_events(&store).len(), 2, "place-only and actor-only reports do not meet");
    one(&mut store, &arts[2]);
    let events = all_events(&store);
    assert_eq!(events.len(), 1, "{events:#?}");
    let articles: BTreeSet<&str> = events[0].sources.iter().map(|s| s.article_id.as_str()).collect();
    assert_eq!(articles, BTreeSet::from(["m-1", "m-2", "m-3"]));
    assert_consistent(h, &store);
}

/// The coder may give one happening two records of one article (the lead and a later sentence
/// naming other parties). Records of one article never join one event, so the second founds an
/// event beside the first's; each then takes the reports worded like its own sentence. When a
/// report joins one of them and reaches the other, the pair of the one article's records is no
/// veto across the merge, and the two events become one (the other reports' pairs agree).
pub fn events_split_by_one_articles_two_records_merge_through_reports<H: Harness>(h: &H) {
    let lead = "قتل أربعة جنود في هجوم شنه مسلحون على نقطة تفتيش في العريش اليوم الثلاثاء.";
    let later = "وأوضح المصدر أن الضحايا سقطوا عندما أطلق المهاجمون النار من سيارة مسرعة قرب الحاجز.";
    let two = art("s-1", "2024-03-12", "test/own", &format!("{lead} {later}"));
    let copy_lead =
        art("s-2", "2024-03-12", "test/own", "قتل أربعة جنود اليوم الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش بالعريش.");
    let copy_later = art(
        "s-3",
        "2024-03-12",
        "test/own",
        "وأوضح مصدر أمني أن الضحايا سقطوا عندما أطلق المهاجمون النار من سيارة مسرعة قرب حاجز العريش.",
    );
    let code = |a: &Article| -> Vec<EventRecord> {
        match a.id.as_str() {
            "s-1" => {
                let first = own_record(a, "rec-s-1-a", true, true);
                let mut second = own_record(a, "rec-s-1-b", true, false);
                let start = lead.chars().count() + 1;
                second.evidence.sentence = later.into();
                second.evidence.start = start;
                second.evidence.end = start + later.chars().count();
                vec![first, second]
            }
            "s-2" => vec![own_record(a, "rec-s-2", true, true)],
            _ => vec![own_record(a, &format!("rec-{}", a.id), true, false)],
        }
    };
    let mut store = h.open();
    let one = |store: &mut H::S, a: &Article| {
        store.ingest_batch(vec![Prepared::new(a.clone(), Some(&code))], &code).unwrap();
    };
    one(&mut store, &two);
    assert_eq!(all_events(&store).len(), 2, "an article's two records stay apart");
    one(&mut store, &copy_lead);
    assert_eq!(all_events(&store).len(), 2, "only the two records of one article link the events");
    one(&mut store, &copy_later);
    let events = all_events(&store);
    assert_eq!(events.len(), 1, "{events:#?}");
    let records: BTreeSet<&str> = events[0].sources.iter().map(|s| s.record_id.as_str()).collect();
    assert_eq!(records, BTreeSet::from(["rec-s-1-a", "rec-s-1-b", "rec-s-2", "rec-s-3"]));
    assert_consistent(h, &store);
}

/// An article without a publication day gives undated records, which merge with undated records
/// only, except with a dated record whose sentence is a copy of theirs (a wire story printed by
/// an outlet that dates its pages and by one that does not): the dated report finds the undated
/// one among the most recent undated records of its type and country and joins its event. A
/// later dated report of the happening in other words still joins (an undated member is no date
/// conflict), while a differently worded undated report of the town stays apart.
pub fn an_undated_copy_joins_the_dated_report_it_copies<H: Harness>(h: &H) {
    let wire = "قتل أربعة جنود في هجوم شنه مسلحون على نقطة تفتيش في العريش وفق ما أفاد مصدر أمني";
    let mut undated = art("u-1", "2024-03-12", "test/undated", wire);
    undated.published = None;
    let copy = art("u-2", "2024-03-12", "test/dated", &format!("{wire} اليوم الثلاثاء"));
    let other = art("u-3", "2024-03-12", "test/dated", "هجوم شنه مسلحون على نقطة تفتيش بالعريش يقتل أربعة جنود اليوم.");
    let mut apart = art("u-4", "2024-03-12", "test/undated", "أصيب شرطي بجروح في انفجار عبوة ناسفة قرب العريش.");
    apart.published = None;
    let code = |a: &Article| -> Vec<EventRecord> {
        let mut r = own_record(a, &format!("rec-{}", a.id), true, true);
        if a.published.is_none() {
            r.date = None;
            r.date_precision = ahdath_record::DatePrecision::Unknown;
            r.date_basis = None;
        }
        if a.id == "u-4" {
            r.fatalities = None;
        }
        vec![r]
    };
    let mut store = h.open();
    let one = |store: &mut H::S, a: &Article| {
        store.ingest_batch(vec![Prepared::new(a.clone(), Some(&code))], &code).unwrap();
    };
    for a in [&undated, &apart, &copy, &other] {
        one(&mut store, a);
    }
    let events = all_events(&store);
    assert_eq!(events.len(), 2, "{events:#?}");
    let groups: BTreeSet<BTreeSet<&str>> =
        events.iter().map(|e| e.sources.iter().map(|s| s.article_id.as_str()).collect()).collect();
    assert_eq!(groups, BTreeSet::from([BTreeSet::from(["u-1", "u-2", "u-3"]), BTreeSet::from(["u-4"])]));
    assert_consistent(h, &store);
}

/// A record with neither a place's nor an actor's country is blocked by its type and its
/// recipient's country (by its type alone when the recipient has none either): copies of one
/// report join, while a report of that block in other words, a copy told of another
/// recipient's country, and copies without any country (their own block) stay apart from them.
pub fn reports_without_place_or_actor_country_meet_by_recipient_country<H: Harness>(h: &H) {
    let at = |id: &str, text: &str| art(id, "2024-03-12", "test/own", text);
    let arts = [
        at("o-1", "قتل أربعة جنود في هجوم على نقطة تفتيش عسكرية وفق ما أفاد مصدر أمني اليوم الثلاثاء."),
        at("o-3", "أصيب أربعة مدنيين بجروح في انفجار عبوة ناسفة قرب سوق شعبي اليوم الثلاثاء."),
        at("o-4", "قتل أربعة جنود في هجوم على نقطة تفتيش عسكرية وفق ما أفاد مصدر أمني يوم الثلاثاء."),
        at("t-1", "قتل أربعة أشخاص في هجوم على حافلة ركاب وفق ما أفاد شهود عيان اليوم الثلاثاء."),
        at("o-2", "قتل أربعة جنود في هجوم على نقطة تفتيش عسكرية اليوم الثلاثاء وفق ما أفاد مصدر أمني."),
        at("t-2", "قتل أربعة أشخاص اليوم الثلاثاء في هجوم على حافلة ركاب وفق ما أفاد شهود عيان."),
    ];
    let code = |a: &Article| -> Vec<EventRecord> {
        let mut r = own_record(a, &format!("rec-{}", a.id), false, false);
        let country = match a.id.as_str() {
            "o-4" => Some("SYR"),
            "t-1" | "t-2" => None,
            _ => Some("EGY"),
        };
        let soldiers = |c: &str| serde_json::json!({"text": "جنود", "name": "soldiers", "country": c, "sector": "MIL"});
        r.recipient = country.map(|c| serde_json::from_value(soldiers(c)).unwrap());
        vec![r]
    };
    let mut store = h.open();
    for a in &arts {
        store.ingest_batch(vec![Prepared::new(a.clone(), Some(&code))], &code).unwrap();
    }
    let events = all_events(&store);
    let groups: BTreeSet<BTreeSet<&str>> =
        events.iter().map(|e| e.sources.iter().map(|s| s.article_id.as_str()).collect()).collect();
    let want = BTreeSet::from([
        BTreeSet::from(["o-1", "o-2"]),
        BTreeSet::from(["o-3"]),
        BTreeSet::from(["o-4"]),
        BTreeSet::from(["t-1", "t-2"]),
    ]);
    assert_eq!(groups, want, "{events:#?}");
    assert_consistent(h, &store);
}

/// Undated records are compared with the most recent undated records of their block (60); an
/// older undated record whose sentence has exactly the same words (at least
/// `Params::far_copy_words`) is a candidate too: a wire report reprinted undated after many
/// other undated reports of its type and country joins the first print. A report that shares
/// all but one word with them, printed later still, and a sentence of two words printed
/// twice, stay apart.
pub fn an_undated_copy_beyond_the_recent_undated_records_joins<H: Harness>(h: &H) {
    let undated = |id: &str, text: &str| {
        let mut a = art(id, "2024-03-12", "test/undated", text);
        a.published = None;
        a
    };
    // 70 undated reports of the block in other words (texts that differ in words, so they are
    // not duplicates of one another).
    let fillers = |tag: &str| -> Vec<Article> {
        let roads =
            ["الساحلي", "الدائري", "الصحراوي", "الزراعي", "الجبلي", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "القديم"];
        let vehicles = ["الشاحنات", "الحافلات", "السيارات", "الدراجات", "الجرارات", "القوافل", "المركبات"];
        let n = vehicles.len();
        (0..70)
            .map(|i| {
                let text = format!("أغلقت السلطات {tag} الطريق {} أمام {} بسبب الأمطار", roads[i / n], vehicles[i % n]);
                undated(&format!("f-{tag}-{i}"), &text)
            })
            .collect()
    };
    let wire = "أعلن مصدر أمني مقتل أربعة حراس في هجوم شنه مسلحون على مخزن للحبوب قرب العريش";
    let first = vec![undated("c-1", wire), undated("c-2", "قتل أربعة")];
    let copies = vec![
        undated("c-3", "وأعلن مصدر أمني، مقتل أربعة حراس في هجوم شنه مسلحون على مخزن للحبوب قرب العريش."),
        undated("c-4", "قتل أربعة."),
    ];
    let near = vec![undated("c-5", "أعلن مصدر أمني مقتل أربعة حراس في هجوم شنه مسلحون على مخزن للوقود قرب العريش")];
    let code = |a: &Article| -> Vec<EventRecord> {
        let mut r = own_record(a, &format!("rec-{}", a.id), true, false);
        r.date = None;
        r.date_precision = ahdath_record::DatePrecision::Unknown;
        r.date_basis = None;
        vec![r]
    };
    let mut store = h.open();
    for batch in [first, fillers("أمس"), copies, fillers("اليوم"), near] {
        store.ingest_batch(batch.into_iter().map(|a| Prepared::new(a, Some(&code))).collect(), &code).unwrap();
    }
    let events = all_events(&store);
    let groups: BTreeSet<BTreeSet<&str>> =
        events.iter().map(|e| e.sources.iter().map(|s| s.article_id.as_str()).collect()).collect();
    assert!(groups.contains(&BTreeSet::from(["c-1", "c-3"])), "{groups:?}");
    for alone in ["c-2", "c-4", "c-5"] {
        assert!(groups.contains(&BTreeSet::from([alone])), "{alone} {groups:?}");
    }
    assert_consistent(h, &store);
}
