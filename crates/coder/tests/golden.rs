//! Golden tests: whole articles → records, snapshotted with `insta`.
//!
//! The texts are read from `../shared` (never copied here). Snapshots keep only coded values
//! (types, modes, statuses, dates, country and sector codes, English place names, tolls, rule ids
//! and offsets), not Arabic text from the articles. Review changes with `cargo insta review`.

use ahdath_coder::Coder;
use ahdath_lexicon::Lexicon;
use ahdath_record::{Article, EventRecord};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Lexicon::builtin().expect("builtin lexicon")))
}

fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(rel)
}

fn entity(e: &Option<ahdath_record::Entity>) -> Value {
    match e {
        Some(e) => json!({"country": e.country, "sector": e.sector, "id": e.id}),
        None => Value::Null,
    }
}

/// The coded values of a record, without text copied from the article.
fn project(r: &EventRecord) -> Value {
    json!({
        "event_type": r.event_type,
        "mode": r.mode,
        "status": r.status,
        "date": r.date,
        "date_precision": r.date_precision,
        "date_basis": r.date_basis,
        "actor": entity(&r.actor),
        "recipient": entity(&r.recipient),
        "location": r.location.as_ref().map(|l| json!({"name": l.name, "admin1": l.admin1, "country": l.country, "precision": l.precision})),
        "fatalities": r.fatalities,
        "injuries": r.injuries,
        "rule": r.rule,
        "evidence": [r.evidence.field, r.evidence.start, r.evidence.end, r.evidence.trigger_start, r.evidence.trigger_end],
    })
}

fn seed_articles() -> Vec<Article> {
    let path = shared("examples/seed-iraq-2020.txt");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e} (tests need ../shared)", path.display()));
    let cfg = ahdath_reader::ReaderConfig { published: Some("2020-04-07".into()), ..Default::default() };
    ahdath_reader::read_text(std::io::BufReader::new(file), "seed-iraq-2020.txt", &cfg)
        .map(|i| match i {
            ahdath_reader::Item::Article { article, .. } => article,
            ahdath_reader::Item::Reject(r) => panic!("seed rejected: {r}"),
        })
        .collect()
}

fn seed_records() -> Vec<EventRecord> {
    seed_articles().iter().flat_map(|a| coder().code(a)).collect()
}

#[test]
fn seed_snapshot() {
    let recs: Vec<Value> = seed_records().iter().map(project).collect();
    insta::assert_json_snapshot!("seed-iraq-2020", recs);
}

/// SPEC §5: the events the worked example names, with their fields.
#[test]
fn seed_has_the_spec_events() {
    let recs = seed_records();
    let find = |pred: &dyn Fn(&EventRecord) -> bool, what: &str| {
        recs.iter()
            .find(|r| pred(r))
            .unwrap_or_else(|| panic!("missing {what}; got {:#?}", recs.iter().map(project).collect::<Vec<_>>()))
    };
    let c = |e: &Option<ahdath_record::Entity>| e.as_ref().and_then(|e| e.country.clone()).unwrap_or_default();
    let sec = |e: &Option<ahdath_record::Entity>| e.as_ref().and_then(|e| e.sector.clone()).unwrap_or_default();

    let hamrin = find(&|r| r.event_type == "ASSAULT" && r.fatalities == Some(10), "the Hamrin assault");
    assert_eq!((c(&hamrin.actor), sec(&hamrin.actor)), ("IRQ".into(), "MIL".into()));
    assert_eq!((c(&hamrin.recipient), sec(&hamrin.recipient)), ("IMG".into(), "REB".into()));
    assert_eq!(hamrin.date.as_deref(), Some("2020-04-04"));
    let loc = hamrin.location.as_ref().expect("Hamrin location");
    assert_eq!((loc.admin1.as_deref(), loc.country.as_deref()), (Some("Diyala"), Some("IRQ")));

    let dialogue = find(
        &|r| r.event_type == "CONSULT" && r.status == ahdath_record::Status::Future,
        "the future US-Iraq dialogue",
    );
    let parties = [c(&dialogue.actor), c(&dialogue.recipient)];
    assert!(parties.contains(&"USA".to_string()) && parties.contains(&"IRQ".to_string()), "{parties:?}");
    assert_eq!(dialogue.date.as_deref(), Some("2020-06"));

    let demand = find(
        &|r| r.event_type == "REQUEST" && c(&r.actor) == "IRQ" && sec(&r.actor) == "LEG",
        "the parliament's demand",
    );
    assert_eq!(demand.status, ahdath_record::Status::Occurred);

    let strike = find(&|r| r.event_type == "ASSAULT" && r.mode.as_deref() == Some("aerial"), "the January air strike");
    assert_eq!(c(&strike.actor), "USA");
    assert_eq!(strike.status, ahdath_record::Status::Historical);
    assert_eq!(strike.date.as_deref(), Some("2020-01"));
    assert_eq!(strike.fatalities, Some(2));
    assert_eq!(strike.location.as_ref().and_then(|l| l.name.as_deref()), Some("Baghdad"));

    let seizure = find(&|r| r.date.as_deref() == Some("2014") && c(&r.actor) == "IMG", "the 2014 seizure");
    assert_eq!(seizure.status, ahdath_record::Status::Historical);
}

/// A dozen dev-split articles from the shared pool (the test split is never snapshotted).
#[test]
fn dev_articles_snapshot() {
    let ids: Vec<String> =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/dev-ids.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .take(12)
            .map(str::to_string)
            .collect();
    let pool = std::fs::read_to_string(shared("corpus/dev-pool.jsonl")).expect("../shared/corpus/dev-pool.jsonl");
    let mut found = 0;
    for line in pool.lines() {
        let a: Article = serde_json::from_str(line).unwrap();
        if ids.contains(&a.id) {
            found += 1;
            let recs: Vec<Value> = coder().code(&a).iter().map(project).collect();
            insta::assert_json_snapshot!(a.id.clone(), recs);
        }
    }
    assert_eq!(found, ids.len());
}
