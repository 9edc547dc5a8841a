//! The database commands against PostgreSQL, as processes (issue 6): several `ahdath ingest`
//! processes on overlapping inputs give the database one process gives, and an ingest killed
//! mid-run resumes to it; `search`, `export`, `recode --workers` and `serve` work on a
//! `postgres://` URL.
//!
//! Needs a PostgreSQL server: `AHDATH_TEST_PG` (see `ahdath_store_pg::testing`;
//! `scripts/test-all.sh` starts one). The ingest tests read `../shared/corpus/dev-pool.jsonl` and
//! are skipped with a note when it is absent.

use ahdath_store::Store;
use ahdath_store_pg::testing::TestDb;
use ahdath_store_pg::PgStore;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

const POOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
/// Articles per transaction in these tests: many batches, so processes interleave often.
const BATCH: &str = "32";

fn ahdath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ahdath")).args(args).stdin(Stdio::null()).output().expect("running ahdath")
}

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ahdath"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting ahdath")
}

fn ok(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "ahdath failed: {err}");
    err
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The first `n` articles of the dev pool in a file of `dir`, or `None` (with a note) without it.
fn pool_subset(dir: &Path, name: &str, n: usize) -> Option<std::path::PathBuf> {
    if !Path::new(POOL).exists() {
        eprintln!("skipped: {POOL} not found");
        return None;
    }
    let path = dir.join(name);
    let mut w = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let r = std::io::BufReader::new(std::fs::File::open(POOL).unwrap());
    for line in r.lines().map(Result::unwrap).filter(|l| !l.trim().is_empty()).take(n) {
        writeln!(w, "{line}").unwrap();
    }
    Some(path)
}

/// Everything a user can see of a database: its counts and every event (with its sources and
/// canonical fields) as exported JSON Lines, sorted.
fn snapshot(url: &str, dir: &Path) -> (ahdath_store::Counts, Vec<String>) {
    let counts = PgStore::connect(url).unwrap().counts().unwrap();
    let out = dir.join(format!("export-{}.jsonl", counts.events));
    ok(&ahdath(&["export", "--db", url, "-o", p(&out)]));
    let mut lines: Vec<String> = std::fs::read_to_string(&out).unwrap().lines().map(str::to_string).collect();
    lines.sort();
    (counts, lines)
}

/// The number after `what` in an ingest summary ("… 40 new, …").
fn summary_count(stderr: &str, what: &str) -> u64 {
    let line = stderr.lines().rev().find(|l| l.contains(" articles: ")).expect("summary line");
    let before = line.split(&format!(" {what}")).next().unwrap();
    before.rsplit(' ').next().unwrap().trim_start_matches(':').parse().unwrap_or_else(|_| panic!("{line}"))
}

#[test]
fn concurrent_ingest_processes_on_overlapping_inputs_equal_one_process() {
    let Some(reference) = TestDb::from_env() else { return };
    let shared = TestDb::from_env().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let Some(all) = pool_subset(dir.path(), "all.jsonl", 400) else { return };
    let head = pool_subset(dir.path(), "head.jsonl", 250).unwrap();

    let one = ok(&ahdath(&["ingest", "--db", reference.url(), "--batch", BATCH, p(&all)]));
    assert_eq!(summary_count(&one, "new") + summary_count(&one, "duplicate"), 400, "{one}");

    // Three processes at once: the whole input twice (one with two coding threads) and its
    // first part; every article is new in exactly one of them.
    let children = [
        spawn(&["ingest", "--db", shared.url(), "--batch", BATCH, p(&all)]),
        spawn(&["ingest", "--db", shared.url(), "--batch", BATCH, "--threads", "2", p(&all)]),
        spawn(&["ingest", "--db", shared.url(), "--batch", BATCH, p(&head)]),
    ];
    let outs: Vec<String> = children.into_iter().map(|c| ok(&c.wait_with_output().unwrap())).collect();
    let new: u64 = outs.iter().map(|e| summary_count(e, "new") + summary_count(e, "duplicate")).sum();
    assert_eq!(new, 400, "each article stored once across the processes: {outs:#?}");

    let (want_counts, want) = snapshot(reference.url(), dir.path());
    let (got_counts, got) = snapshot(shared.url(), dir.path());
    assert!(want_counts.events > 100, "{want_counts:?}");
    assert_eq!(got_counts, want_counts);
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w, "the same events, fields and sources");
    }
}

#[test]
fn killed_ingest_process_resumes_to_the_same_database() {
    let Some(reference) = TestDb::from_env() else { return };
    let killed = TestDb::from_env().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let Some(all) = pool_subset(dir.path(), "all.jsonl", 400) else { return };
    ok(&ahdath(&["ingest", "--db", reference.url(), "--batch", BATCH, p(&all)]));

    let mut child = spawn(&["ingest", "--db", killed.url(), "--batch", BATCH, p(&all)]);
    let mut client = postgres::Client::connect(killed.url(), postgres::NoTls).unwrap();
    let committed = loop {
        std::thread::sleep(Duration::from_millis(20));
        assert!(child.try_wait().unwrap().is_none(), "ingest finished before it could be killed");
        // The schema appears with the first connection; until then there is nothing to count.
        let n: i64 = client.query_one("SELECT count(*) FROM articles", &[]).map(|r| r.get(0)).unwrap_or(0);
        if n >= 64 {
            break n;
        }
    };
    child.kill().unwrap(); // SIGKILL, mid-run
    child.wait().unwrap();
    let n: i64 = client.query_one("SELECT count(*) FROM articles", &[]).unwrap().get(0);
    assert!(n >= committed && n < 400, "{n}");
    assert_eq!(n % 32, 0, "whole batches only: {n}");

    let err = ok(&ahdath(&["ingest", "--db", killed.url(), "--batch", BATCH, p(&all)]));
    assert_eq!(summary_count(&err, "unchanged"), n as u64, "{err}");
    let (want_counts, want) = snapshot(reference.url(), dir.path());
    let (got_counts, got) = snapshot(killed.url(), dir.path());
    assert_eq!(got_counts, want_counts);
    assert_eq!(got, want, "no loss, no duplicates");
}

#[test]
fn search_recode_workers_and_serve_on_postgres() {
    let Some(db) = TestDb::from_env() else { return };
    let url = db.url();
    let err = ok(&ahdath(&["migrate", "--db", url]));
    assert!(err.contains(&format!("schema version {}", ahdath_store_pg::SCHEMA_VERSION)), "{err}");
    ok(&ahdath(&["ingest", "--db", url, EXAMPLES]));
    let before = PgStore::connect(url).unwrap().counts().unwrap();

    let out = ahdath(&["search", "--db", url, "--type", "ASSAULT", "--json"]);
    ok(&out);
    let events: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!events.is_empty() && events.iter().all(|e| e["event_type"] == "ASSAULT"));

    // Two workers share the articles through the database; with the same dictionaries nothing
    // changes.
    let err = ok(&ahdath(&["recode", "--db", url, "--workers", "2"]));
    assert!(err.contains(&format!("recoded {} articles", before.articles - before.duplicates)), "{err}");
    assert_eq!(PgStore::connect(url).unwrap().counts().unwrap(), before);

    // A SQLite file refuses parallel recoding with a clear message.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.db");
    ok(&ahdath(&["ingest", "--db", p(&file), EXAMPLES]));
    let out = ahdath(&["recode", "--db", p(&file), "--workers", "2"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs PostgreSQL"), "{out:?}");

    // Two servers on the same database answer alike, and /healthz reports the database.
    let ports = [free_port(), free_port()];
    let mut servers: Vec<Child> = ports
        .iter()
        .map(|port| spawn(&["serve", "--db", url, "--addr", &format!("127.0.0.1:{port}"), "--readers", "2"]))
        .collect();
    let bodies: Vec<String> = ports
        .iter()
        .map(|port| {
            wait_healthy(*port);
            http_get(*port, "/api/events?type=ASSAULT&limit=5")
        })
        .collect();
    for s in &mut servers {
        let _ = s.kill();
        let _ = s.wait();
    }
    assert!(bodies[0].contains("\"events\""), "{}", bodies[0]);
    assert_eq!(bodies[0], bodies[1]);
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The body of a plain HTTP/1.1 GET (the server closes with `Connection: close`).
fn http_get(port: u16, path: &str) -> String {
    use std::io::Read;
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let (head, body) = resp.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    body.to_string()
}

fn wait_healthy(port: u16) {
    for _ in 0..300 {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Read;
            let _ = write!(s, "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            let mut resp = String::new();
            if s.read_to_string(&mut resp).is_ok() && resp.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("server on port {port} never became healthy");
}
