//! Measure the PostgreSQL store against SQLite on the first N articles of a corpus:
//!
//! ```sh
//! cargo run --release -p ahdath-store-pg --example pg_bench -- SERVER_URL CORPUS.jsonl[.gz] N [CONNECTIONS]
//! ```
//!
//! `SERVER_URL` is a server the program may create (and drops afterwards) databases in, as for
//! the tests. The articles are coded first (2 threads, not timed with the stores), then stored
//! in batches of 256: into SQLite, into PostgreSQL over one connection, and into PostgreSQL over
//! CONNECTIONS connections at once (batch i on connection i mod CONNECTIONS). Then search
//! latencies on the one-connection database, and a recode with 1 and with CONNECTIONS workers.

use ahdath_record::{Article, EventRecord};
use ahdath_store::{Filter, Prepared, SqliteStore, Store};
use ahdath_store_pg::testing::TestDb;
use ahdath_store_pg::PgStore;
use std::io::BufRead;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, corpus, n, rest @ ..] = args.as_slice() else {
        return Err("usage: pg_bench SERVER_URL CORPUS N [CONNECTIONS]".into());
    };
    let n: usize = n.parse()?;
    let conns: usize = rest.first().map_or(Ok(2), |s| s.parse())?;
    let file = std::fs::File::open(corpus)?;
    let reader: Box<dyn BufRead> = if corpus.ends_with(".gz") {
        Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    let mut arts: Vec<Article> = Vec::with_capacity(n);
    for line in reader.lines().take(n) {
        arts.push(serde_json::from_str(&line?)?);
    }
    let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin()?);
    let code = |a: &Article| -> Vec<EventRecord> { coder.code(a) };
    let t = Instant::now();
    let half = arts.len() / 2;
    let prepared: Vec<Prepared> = std::thread::scope(|s| {
        let (a, b) = arts.split_at(half);
        let h = s.spawn(|| a.iter().map(|x| Prepared::new(x.clone(), Some(&code))).collect::<Vec<_>>());
        let mut second: Vec<Prepared> = b.iter().map(|x| Prepared::new(x.clone(), Some(&code))).collect();
        let mut first = h.join().expect("coder thread");
        first.append(&mut second);
        first
    });
    println!("{} articles coded in {:.1}s (2 threads)", arts.len(), t.elapsed().as_secs_f64());
    let batches: Vec<Vec<Prepared>> = prepared.chunks(256).map(|c| c.to_vec()).collect();

    let dir = tempfile::tempdir()?;
    let mut lite = SqliteStore::open(&dir.path().join("bench.db"))?;
    let t = Instant::now();
    for b in &batches {
        lite.ingest_batch(b.clone(), &code)?;
    }
    report("SQLite, 1 writer", arts.len(), t, &lite.counts()?);

    let one = TestDb::create(url)?;
    // PG_BENCH_OPTIONS: server settings for the measured session (e.g. statement logging).
    let one_url = match std::env::var("PG_BENCH_OPTIONS") {
        Ok(o) => format!("{}?options={}", one.url(), o.replace(' ', "%20").replace('=', "%3D")),
        Err(_) => one.url().to_string(),
    };
    let mut store = PgStore::connect(&one_url)?;
    let pid = store.backend_pid()?;
    let (client0, server0) = (cpu_seconds("self"), cpu_seconds(&pid.to_string()));
    let t = Instant::now();
    for b in &batches {
        store.ingest_batch(b.clone(), &code)?;
    }
    report("PostgreSQL, 1 connection", arts.len(), t, &store.counts()?);
    if std::env::var("PG_BENCH_KEEP").is_ok() {
        // Leave the database for inspection (EXPLAIN); stop here.
        println!("kept database {}", one.url());
        std::mem::forget(one);
        return Ok(());
    }
    println!(
        "  CPU: this process {:.1}s, its server backend {:.1}s",
        cpu_seconds("self") - client0,
        cpu_seconds(&pid.to_string()) - server0
    );

    let many = TestDb::create(url)?;
    drop(PgStore::connect(many.url())?);
    let t = Instant::now();
    let retries: u64 = std::thread::scope(|s| -> Result<u64, ahdath_store::StoreError> {
        let hs: Vec<_> = (0..conns)
            .map(|k| {
                let (batches, many, code) = (&batches, &many, &code);
                s.spawn(move || -> Result<u64, ahdath_store::StoreError> {
                    let mut st = PgStore::connect(many.url())?;
                    for b in batches.iter().skip(k).step_by(conns) {
                        st.ingest_batch(b.clone(), code)?;
                    }
                    Ok(st.retries())
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().expect("ingest thread")).sum()
    })?;
    let c = PgStore::connect(many.url())?.counts()?;
    report(&format!("PostgreSQL, {conns} connections ({retries} batches retried)"), arts.len(), t, &c);

    let filters = [
        ("--type ASSAULT", Filter { event_type: Some("ASSAULT".into()), ..Default::default() }),
        (
            "--type ASSAULT --country SYR",
            Filter { event_type: Some("ASSAULT".into()), country: Some("SYR".into()), ..Default::default() },
        ),
        ("--actor-country USA", Filter { actor_country: Some("USA".into()), ..Default::default() }),
        ("--min-fatalities 10", Filter { min_fatalities: Some(10), ..Default::default() }),
        ("--bbox 34,29,36,33.5", Filter { bbox: Some([34.0, 29.0, 36.0, 33.5]), ..Default::default() }),
        ("--source aawsat", Filter { source: Some("aawsat".into()), ..Default::default() }),
        ("\"داعش\"", Filter { text: Some("داعش".into()), ..Default::default() }),
        (
            "\"القاهرة\" --type PROTEST",
            Filter { text: Some("القاهرة".into()), event_type: Some("PROTEST".into()), ..Default::default() },
        ),
    ];
    println!("search, first page of 50, 20 runs (PostgreSQL | SQLite), ms p50 / p95:");
    for (name, f) in &filters {
        let (p, l) = (latency(&store, f)?, latency(&lite, f)?);
        println!("  {name:32} {:7.1} / {:7.1} | {:7.1} / {:7.1}", p.0, p.1, l.0, l.1);
    }

    let t = Instant::now();
    let rep = store.recode(&code, &mut |_| {})?;
    println!("recode, 1 worker: {} articles in {:.1}s", rep.articles, t.elapsed().as_secs_f64());
    let t = Instant::now();
    let rep = store.recode_parallel(conns, false, &code, &|_| {})?;
    println!("recode, {conns} workers: {} articles in {:.1}s", rep.articles, t.elapsed().as_secs_f64());
    Ok(())
}

/// User + system CPU seconds of process `pid` ("self" for this one), from /proc (0 elsewhere).
fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may contain spaces) start at field 3.
    let rest = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    f.get(11).zip(f.get(12)).map_or(0.0, |(u, s)| (u + s) / 100.0)
}

fn report(what: &str, n: usize, t: Instant, c: &ahdath_store::Counts) {
    let s = t.elapsed().as_secs_f64();
    println!(
        "{what}: {n} articles in {s:.1}s = {:.0} articles/s; {} records, {} events",
        n as f64 / s,
        c.records,
        c.events
    );
}

/// p50 and p95 in milliseconds of 20 first-page searches.
fn latency(store: &dyn Store, f: &Filter) -> Result<(f64, f64), ahdath_store::StoreError> {
    let mut ms = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        store.search(f, None, 50)?;
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    Ok((ms[9], ms[18]))
}
