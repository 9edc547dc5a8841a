//! End-to-end tests of the database commands (`ingest`, `search`, `recode`, `dedup-eval`) run as
//! a user would, including a real SIGKILL in the middle of an ingest.
//!
//! The kill test reads `../shared/corpus/bench60k.jsonl.gz` and is skipped with a note when it is
//! absent; the rest use the bundled examples (the project's own text).

use ahdath_store::{Filter, SqliteStore, Store};
use std::collections::BTreeSet;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
const BENCH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/bench60k.jsonl.gz");
/// Articles per transaction of the killed ingest below (`--batch`; the SQLite default,
/// `db::COMMIT_SQLITE`, is 1,024).
const COMMIT: u64 = 256;
const DEDUP_DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dedup-dev.jsonl");

fn ahdath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ahdath")).args(args).stdin(Stdio::null()).output().expect("running ahdath")
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn ok(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "ahdath failed: {err}");
    err
}

/// Each event's id with its sources as sorted (article, record) pairs.
type EventSources = BTreeSet<(String, Vec<(String, String)>)>;

/// The events of a database with their sources, and its counts (after an integrity check).
fn snapshot(db: &Path) -> (EventSources, ahdath_store::Counts) {
    let store = SqliteStore::open(db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let mut set = BTreeSet::new();
    store
        .for_each_event(&Filter::default(), &mut |e| {
            let mut s: Vec<(String, String)> =
                e.sources.iter().map(|s| (s.article_id.clone(), s.record_id.clone())).collect();
            s.sort();
            set.insert((e.id, s));
            Ok(())
        })
        .unwrap();
    (set, store.counts().unwrap())
}

#[test]
fn ingest_search_reingest_and_recode() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("events.db");
    let n = std::fs::read_to_string(EXAMPLES).unwrap().lines().filter(|l| !l.trim().is_empty()).count();
    let err = ok(&ahdath(&["ingest", "--db", p(&db), EXAMPLES]));
    assert!(err.contains(&format!("{n} articles: {n} new, 0 unchanged, 0 changed, 0 duplicate, 0 rejected")), "{err}");
    let err = ok(&ahdath(&["ingest", "--db", p(&db), EXAMPLES]));
    assert!(err.contains(&format!("0 new, {n} unchanged")) && err.contains("0 records written"), "{err}");

    // The README's search, on our own example: Arish with tashkeel, a type, a country and a date.
    let out = ahdath(&[
        "search",
        "--db",
        p(&db),
        "العَرِيش",
        "--type",
        "assault",
        "--country",
        "EGY",
        "--from",
        "2024-03-01",
        "--min-fatalities",
        "1",
        "--json",
    ]);
    ok(&out);
    let events: Vec<ahdath_record::StoredEvent> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].fatalities, Some(4));
    assert_eq!(events[0].sources[0].article_id, "ex-001");
    assert_eq!(events[0].first_reported.as_deref(), Some("2024-03-12"));

    // The table: a header and one row per event; the cursor continues the listing.
    let out = ahdath(&["search", "--db", p(&db), "--limit", "2"]);
    let err = ok(&out);
    let table = String::from_utf8(out.stdout).unwrap();
    assert_eq!(table.lines().count(), 3, "{table}");
    assert!(table.lines().next().unwrap().starts_with("date"));
    // Page through everything, 7 at a time (undated events sort last, under negative cursors).
    let mut cursor = err.split("--cursor ").nth(1).map(|c| c.trim().to_string());
    let mut seen = 2;
    while let Some(c) = cursor {
        let out = ahdath(&["search", "--db", p(&db), "--limit", "7", "--cursor", &c, "--json"]);
        let err = ok(&out);
        seen += String::from_utf8(out.stdout).unwrap().lines().count();
        cursor = err.split("--cursor ").nth(1).map(|c| c.trim().to_string());
    }
    let (all, counts) = snapshot(&db);
    assert_eq!(seen, all.len());
    assert_eq!(counts.articles, n as u64);

    // Bad filters are refused with a message, not a crash.
    let out = ahdath(&["search", "--db", p(&db), "--bbox", "1,2,3"]);
    assert!(!out.status.success());
    let out = ahdath(&["search", "--db", p(&db), "--from", "soon"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("not a date"));

    let err = ok(&ahdath(&["recode", "--db", p(&db)]));
    assert!(
        err.contains(&format!("recoded {n} articles")) && err.contains("(0 added, 0 removed, 0 modified)"),
        "{err}"
    );
    assert_eq!(snapshot(&db).1, counts);
}

#[test]
fn dedup_eval_reports_pairwise_scores() {
    if !Path::new(DEDUP_DEV).exists() || !Path::new(BENCH).exists() {
        eprintln!("skipped: {DEDUP_DEV} or {BENCH} not found");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The member articles of the dev gold, from the corpus.
    let gold = std::fs::read_to_string(DEDUP_DEV).unwrap();
    let ids: BTreeSet<String> = gold
        .lines()
        .flat_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["article_id"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let input = dir.path().join("members.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(BENCH).unwrap()));
    for line in r.lines() {
        let line = line.unwrap();
        let id: serde_json::Value = serde_json::from_str(&line).unwrap();
        if ids.contains(id["id"].as_str().unwrap()) {
            writeln!(w, "{line}").unwrap();
        }
    }
    drop(w);
    let db = dir.path().join("events.db");
    ok(&ahdath(&["ingest", "--db", p(&db), p(&input)]));
    let out = ahdath(&["dedup-eval", "--db", p(&db), "--gold", DEDUP_DEV, "--json"]);
    ok(&out);
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["members"], 135);
    assert_eq!(s["unlocated"], 0);
    // Floors a little below the measured values (docs/database.md): a regression in clustering
    // or in the coder's coverage shows here.
    let f = |k: &str| s[k].as_f64().unwrap();
    // (Measured at the end of the sixth session: P 0.815, R 0.253, covered-only R 0.355.)
    assert!(f("precision") >= 0.78, "{s}");
    assert!(f("recall") >= 0.23, "{s}");
    assert!(f("covered_recall") >= 0.33, "{s}");
}

#[test]
fn killed_ingest_resumes_to_the_same_database() {
    if !Path::new(BENCH).exists() {
        eprintln!("skipped: {BENCH} not found");
        return;
    }
    const N: usize = 1500;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("subset.jsonl");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(BENCH).unwrap()));
        // Articles from both parts of the corpus (undated Saudi press, dated Egyptian crawl).
        for line in r.lines().map(Result::unwrap).enumerate().filter(|(i, _)| i % 40 == 0).map(|x| x.1).take(N) {
            writeln!(w, "{line}").unwrap();
        }
    }
    // A clean, uninterrupted ingest (default batches, 1,024 articles; the killed one below
    // commits every 256 and is resumed with the default: the result must not depend on it).
    let clean = dir.path().join("clean.db");
    ok(&ahdath(&["ingest", "--db", p(&clean), p(&input), "--threads", "2"]));

    // The same ingest, killed once some batches are committed.
    let db = dir.path().join("killed.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ahdath"))
        .args(["ingest", "--db", p(&db), p(&input), "--threads", "2", "--batch", &COMMIT.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let committed = loop {
        std::thread::sleep(Duration::from_millis(20));
        assert!(child.try_wait().unwrap().is_none(), "ingest finished before it could be killed");
        let n: i64 = rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)))
            .unwrap_or(0);
        if n >= 512 {
            break n;
        }
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    // Nothing half-written: whole batches only, a sound file, every committed article complete.
    let (_, after_kill) = snapshot(&db);
    assert!(after_kill.articles as i64 >= committed && (after_kill.articles as usize) < N, "{after_kill:?}");
    assert_eq!(after_kill.articles % COMMIT, 0, "only whole batches: {after_kill:?}");

    let err = ok(&ahdath(&["ingest", "--db", p(&db), p(&input), "--threads", "2"]));
    assert!(err.contains(&format!("{} unchanged", after_kill.articles)), "{err}");
    let (resumed, resumed_counts) = snapshot(&db);
    let (expected, clean_counts) = snapshot(&clean);
    assert_eq!(resumed_counts, clean_counts);
    assert_eq!(resumed, expected, "the same events with the same sources");
}

/// The SQLite store indexes articles only (schema version 3): a search word found in a record's
/// evidence sentence must then be found in that record's article. It is, because the sentence is
/// a part of the article's title or text; this checks it on the coder's real output, word by word
/// of the full-text documents (proclitic-stripped forms included): the bundled examples, and
/// every 15th of the first 6,000 corpus articles (undated and dated parts) when the corpus is
/// there.
#[test]
fn sentences_are_inside_their_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let mut lines: Vec<String> = std::fs::read_to_string(EXAMPLES).unwrap().lines().map(str::to_string).collect();
    if Path::new(BENCH).exists() {
        let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(BENCH).unwrap()));
        lines.extend(r.lines().map(Result::unwrap).take(6_000).step_by(15));
    }
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = ahdath(&["code", p(&input)]);
    ok(&out);
    let mut docs = std::collections::HashMap::new();
    for l in &lines {
        let a: ahdath_record::Article = serde_json::from_str(l).unwrap();
        let doc = ahdath_store::keys::fts_document(a.title.as_deref(), &a.text);
        docs.insert(a.id, doc.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect::<BTreeSet<_>>());
    }
    let mut records = 0;
    for l in String::from_utf8(out.stdout).unwrap().lines() {
        let r: ahdath_record::EventRecord = serde_json::from_str(l).unwrap();
        let words = &docs[&r.article_id];
        for w in ahdath_store::keys::fts_document(None, &r.evidence.sentence).split(' ').filter(|w| !w.is_empty()) {
            assert!(words.contains(w), "{}: {w:?} of the sentence is not in the article's document", r.id);
        }
        records += 1;
    }
    assert!(records >= 40, "{records} records");
}
