//! The event-database commands: `ingest`, `recode`, `search`, `dedup-eval` and `bench-db`
//! (docs/database.md).
//!
//! `ingest` reuses the coding pipeline of `run.rs`: a reader thread, workers that hash each
//! article and code it only when the database does not already hold it unchanged (or its text
//! under another id), and this thread writing batches of [`COMMIT_SQLITE`] articles into SQLite, [`COMMIT`] into
//! PostgreSQL (`--batch`), one transaction each, so a killed ingest loses at most the open batch.

use crate::run::{self, pipeline_map};
use crate::target::DbTarget;
use crate::CodeOpts;
use ahdath_reader::ReaderConfig;
use ahdath_record::{Article, EventRecord, Status, StoredEvent};
use ahdath_store::{keys, Checker, Cursor, Filter, IngestCounts, Prepared, SqliteStore, Store};
use ahdath_store_pg::PgStore;
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

/// Articles per ingest transaction into PostgreSQL (and per transaction of `bench-db`'s copies).
/// Concurrent ingest processes interleave batch by batch, so PostgreSQL keeps smaller batches.
pub const COMMIT: usize = 256;

/// Articles per ingest transaction into a SQLite file (one writer). FTS5 sorts and writes its
/// pending terms once per transaction, and the B-tree pages a batch touches go to the WAL once
/// per commit: four times the PostgreSQL batch took 5.7% of the writer's instructions off
/// (docs/database.md, "Tenth session"). A killed ingest loses at most this many articles,
/// which the next run codes again.
pub const COMMIT_SQLITE: usize = 1024;

/// The default `--batch` for `db`.
pub fn default_batch(db: &DbTarget) -> usize {
    match db {
        DbTarget::Sqlite(_) => COMMIT_SQLITE,
        DbTarget::Postgres(_) => COMMIT,
    }
}

/// Filters of `search` (and, later, `export`).
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// PLOVER event type, e.g. ASSAULT.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    #[arg(long)]
    pub mode: Option<String>,
    /// occurred, future, historical, hypothetical or negated.
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// Location country (ISO 3166-1 alpha-3).
    #[arg(long)]
    pub country: Option<String>,
    /// Location admin1 (English name, as in records).
    #[arg(long)]
    pub admin1: Option<String>,
    #[arg(long)]
    pub actor_country: Option<String>,
    #[arg(long)]
    pub actor_sector: Option<String>,
    /// Dictionary id of the actor, e.g. org.isis.
    #[arg(long)]
    pub actor_id: Option<String>,
    /// First day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub to: Option<String>,
    /// minlon,minlat,maxlon,maxlat.
    #[arg(long, value_parser = parse_bbox, allow_hyphen_values = true)]
    pub bbox: Option<[f64; 4]>,
    #[arg(long)]
    pub min_fatalities: Option<u32>,
    /// Outlet: full source ("saudinewsnet/aawsat") or its last part ("aawsat").
    #[arg(long)]
    pub source: Option<String>,
}

impl FilterArgs {
    /// The store filter for these arguments and an optional full-text query.
    pub fn to_filter(&self, text: Option<String>) -> Filter {
        Filter {
            text,
            event_type: self.event_type.as_ref().map(|t| t.to_uppercase()),
            mode: self.mode.clone(),
            status: self.status,
            country: self.country.as_ref().map(|c| c.to_uppercase()),
            admin1: self.admin1.clone(),
            actor_country: self.actor_country.as_ref().map(|c| c.to_uppercase()),
            actor_sector: self.actor_sector.as_ref().map(|c| c.to_uppercase()),
            actor_id: self.actor_id.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            bbox: self.bbox,
            min_fatalities: self.min_fatalities,
            source: self.source.clone(),
        }
    }
}

fn parse_status(s: &str) -> std::result::Result<Status, String> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase()))
        .map_err(|_| format!("expected occurred, future, historical, hypothetical or negated, got {s:?}"))
}

fn parse_bbox(s: &str) -> std::result::Result<[f64; 4], String> {
    let v: Vec<f64> = s
        .split(',')
        .map(|x| x.trim().parse::<f64>())
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| e.to_string())?;
    match v.as_slice() {
        [a, b, c, d] if a <= c && b <= d => Ok([*a, *b, *c, *d]),
        _ => Err("expected minlon,minlat,maxlon,maxlat".into()),
    }
}

/// A progress bar on stderr with articles/s (and an ETA once the total is known); hidden when
/// stderr is not a terminal.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} articles, {rate}, ETA {eta} {msg}",
        )
        .expect("valid template")
        .with_key("rate", |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} articles/s", s.per_sec());
        }),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

/// Count the articles of JSON Lines inputs (lines that are not blank), for the progress bar's
/// ETA; `None` for stdin, plain text or directories.
fn count_articles(inputs: &[PathBuf]) -> Option<u64> {
    let mut n = 0;
    for p in inputs {
        let name = p.to_string_lossy();
        let base = name.strip_suffix(".gz").unwrap_or(&name);
        if !p.is_file() || base.ends_with(".txt") {
            return None;
        }
        let f = std::fs::File::open(p).ok()?;
        let r: Box<dyn std::io::Read> =
            if name.ends_with(".gz") { Box::new(flate2::read::MultiGzDecoder::new(f)) } else { Box::new(f) };
        let mut r = std::io::BufReader::with_capacity(1 << 20, r);
        loop {
            let buf = r.fill_buf().ok()?;
            if buf.is_empty() {
                break;
            }
            n += buf.iter().filter(|&&b| b == b'\n').count() as u64;
            let len = buf.len();
            r.consume(len);
        }
    }
    Some(n)
}

/// The result of `ingest`.
#[derive(Debug, Clone, Default)]
pub struct IngestSummary {
    pub counts: IngestCounts,
    pub articles: usize,
    pub rejected: usize,
    pub seconds: f64,
    pub db: ahdath_store::Counts,
}

impl std::fmt::Display for IngestSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "ahdath: {} articles: {} new, {} unchanged, {} changed, {} duplicate, {} rejected; {} records written; \
             database: {} articles, {} records, {} events ({:.1}s, {:.0} articles/s)",
            self.articles,
            c.new,
            c.unchanged,
            c.changed,
            c.duplicate,
            self.rejected,
            c.records,
            self.db.articles,
            self.db.records,
            self.db.events,
            self.seconds,
            self.articles as f64 / self.seconds.max(1e-9)
        )
    }
}

/// `ahdath ingest`: read, code what is new or changed, deduplicate and store.
pub fn ingest(db: &DbTarget, inputs: &[PathBuf], opts: &CodeOpts, commit: usize) -> Result<IngestSummary> {
    let commit = commit.max(1);
    let start = Instant::now();
    let coder = run::load_coder(opts.dict.as_deref(), opts.gazetteer.as_deref())?;
    let mut store = db.open()?;
    let cfg = ReaderConfig { max_line_bytes: opts.max_line_bytes, published: opts.published.clone() };
    let code = |a: &Article| -> Vec<EventRecord> { coder.code(a) };
    let checkers: Mutex<Vec<Box<dyn Checker>>> = Mutex::new(Vec::new());
    // Workers: hash, ask the database whether coding is needed, code.
    let work = |batch: Vec<Article>| -> Result<Vec<Prepared>> {
        let mut checker = match checkers.lock().expect("checker pool").pop() {
            Some(c) => c,
            None => db.checker()?,
        };
        // The whole batch is checked in one go (one read of the database), then coded.
        let hashed: Vec<(&Article, keys::ArticleHashes)> =
            batch.iter().map(|a| (a, keys::ArticleHashes::of(a))).collect();
        let needs = checker.needs_coding_batch(&hashed)?;
        let hashes: Vec<keys::ArticleHashes> = hashed.into_iter().map(|(_, h)| h).collect();
        checkers.lock().expect("checker pool").push(checker);
        let mut out = Vec::with_capacity(batch.len());
        for ((a, hashes), needs) in batch.into_iter().zip(hashes).zip(needs) {
            let p = if needs {
                // Coded here with the record keys and full-text key, off the single writer.
                Prepared::code(&coder, a, hashes)
            } else {
                Prepared::uncoded(a, hashes)
            };
            out.push(p);
        }
        Ok(out)
    };
    let pb = progress_bar();
    if !pb.is_hidden() {
        let (inputs, pb) = (inputs.to_vec(), pb.clone());
        std::thread::spawn(move || {
            if let Some(n) = count_articles(&inputs) {
                pb.set_length(n);
            }
        });
    }
    let mut rejects = match &opts.rejects {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    let mut counts = IngestCounts::default();
    let mut pending: Vec<Prepared> = Vec::with_capacity(commit + 64);
    let summary = pipeline_map(
        inputs,
        &cfg,
        opts.threads,
        None,
        &work,
        |r| run::write_reject(rejects.as_mut(), r),
        |batch: Result<Vec<Prepared>>| {
            let batch = batch?;
            pb.inc(batch.len() as u64);
            pending.extend(batch);
            while pending.len() >= commit {
                let rest = pending.split_off(commit);
                counts += store.ingest_batch(std::mem::replace(&mut pending, rest), &code)?;
                pb.set_message(format!("{} records", counts.records));
            }
            Ok(())
        },
    )?;
    if !pending.is_empty() {
        counts += store.ingest_batch(pending, &code)?;
    }
    pb.finish_and_clear();
    if let Some(mut w) = rejects {
        w.flush()?;
    }
    Ok(IngestSummary {
        counts,
        articles: summary.articles,
        rejected: summary.rejected,
        seconds: start.elapsed().as_secs_f64(),
        db: store.counts()?,
    })
}

/// `ahdath recode`: re-code every stored article and re-cluster. On SQLite one writer does it;
/// on PostgreSQL `workers` threads claim batches of articles through the database, and with
/// `resume` the run joins a recode left unfinished (a killed run, or one still running on another
/// machine) instead of starting a new one.
pub fn recode(
    db: &DbTarget,
    dict: Option<&Path>,
    gazetteer: Option<&Path>,
    workers: usize,
    resume: bool,
) -> Result<()> {
    let start = Instant::now();
    let coder = run::load_coder(dict, gazetteer)?;
    let code = |a: &Article| coder.code(a);
    let pb = progress_bar();
    let (rep, workers) = match db {
        DbTarget::Sqlite(_) => {
            if workers > 1 || resume {
                bail!("--workers/--resume: a SQLite database has one writer; parallel recoding needs PostgreSQL");
            }
            let mut store = db.open_existing()?;
            let c = store.counts()?;
            pb.set_length(c.articles - c.duplicates);
            (store.recode(&code, &mut |n| pb.set_position(n))?, 1)
        }
        DbTarget::Postgres(url) => {
            let mut store = PgStore::connect(url).with_context(|| format!("connecting to {db}"))?;
            let c = store.counts()?;
            pb.set_length(c.articles - c.duplicates);
            let progress = |n: u64| pb.set_position(n);
            let rep = store.recode_parallel(workers.max(1), resume, &code, &progress).map_err(|e| {
                anyhow::anyhow!(
                    "{e} (another `ahdath recode --resume` may still be working on it; run it again to finish)"
                )
            })?;
            (rep, workers.max(1))
        }
    };
    pb.finish_and_clear();
    eprintln!(
        "ahdath: recoded {} articles in {:.1}s with {workers} worker(s): records {} -> {} ({} added, {} removed, \
         {} modified); events {} -> {} ({} new or changed)",
        rep.articles,
        start.elapsed().as_secs_f64(),
        rep.records_before,
        rep.records_after,
        rep.records_added,
        rep.records_removed,
        rep.records_modified,
        rep.events_before,
        rep.events_after,
        rep.events_changed
    );
    Ok(())
}

/// Cut `s` to at most `n` characters, marking the cut.
fn trunc(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn party(e: &Option<ahdath_record::Entity>) -> String {
    match e {
        None => "-".into(),
        Some(e) => {
            let name = e.name.clone().or_else(|| e.text.clone()).unwrap_or_default();
            // Dictionary names often carry the country already ("gunmen (EGY)").
            match &e.country {
                Some(c) if !name.ends_with(&format!("({c})")) => format!("{} ({c})", trunc(&name, 24)),
                _ => trunc(&name, 30),
            }
        }
    }
}

/// One line of the terminal table.
pub fn table_row(e: &StoredEvent) -> String {
    let place = e
        .location
        .as_ref()
        .map(|l| {
            let name = l.name.clone().or_else(|| l.text.clone()).unwrap_or_default();
            let c = l.country.clone().unwrap_or_default();
            trunc(&format!("{name}, {c}"), 24)
        })
        .unwrap_or_else(|| "-".into());
    let fat = match (e.fatalities, e.fatalities_low, e.fatalities_high) {
        (Some(b), Some(l), Some(h)) if l != h => format!("{b} ({l}-{h})"),
        (Some(b), _, _) => b.to_string(),
        _ => "-".into(),
    };
    format!(
        "{:<10} {:<9} {:<24} {:<52} {:>10} {:>4}  {}",
        e.date.as_deref().unwrap_or("-"),
        e.event_type,
        place,
        trunc(&format!("{} → {}", party(&e.actor), party(&e.recipient)), 52),
        fat,
        e.sources.len(),
        trunc(&e.sentence, 80)
    )
}

/// `ahdath search`.
pub fn search(db: &DbTarget, filter: &Filter, limit: usize, cursor: Option<&str>, json: bool) -> Result<()> {
    let store = db.open_existing()?;
    let cursor: Option<Cursor> = cursor.map(str::parse).transpose()?;
    let page = store.search(filter, cursor, limit)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        for e in &page.items {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?;
        }
    } else {
        writeln!(
            out,
            "{:<10} {:<9} {:<24} {:<52} {:>10} {:>4}  sentence",
            "date", "type", "place", "actor → recipient", "killed", "src"
        )?;
        for e in &page.items {
            writeln!(out, "{}", table_row(e))?;
        }
    }
    out.flush()?;
    match page.next {
        Some(c) => eprintln!("ahdath: {} events shown; more with --cursor {c}", page.items.len()),
        None => eprintln!("ahdath: {} events", page.items.len()),
    }
    Ok(())
}

/// `ahdath dedup-eval`: pairwise precision and recall of the database's events against a gold.
pub fn dedup_eval(db: &DbTarget, gold: &Path, json: bool) -> Result<()> {
    let store = db.open_existing()?;
    let f = std::fs::File::open(gold).with_context(|| format!("opening gold {}", gold.display()))?;
    let clusters = ahdath_store::gold::parse_gold(std::io::BufReader::new(f))?;
    let s = ahdath_store::gold::evaluate_store(store.as_ref(), &clusters)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    } else {
        print!("{}", s.to_text());
    }
    Ok(())
}

/// Shift a `YYYY…` date (or RFC 3339 time) by `years`, keeping month and day (29 February
/// becomes the 28th).
fn shift_years(s: &str, years: i32) -> String {
    let Some(y) = s.get(..4).and_then(|y| y.parse::<i32>().ok()) else { return s.to_string() };
    let mut out = format!("{:04}{}", y + years, &s[4..]);
    if out.get(4..10) == Some("-02-29") {
        out.replace_range(8..10, "28");
    }
    out
}

/// CPU time (user + system) this process has used so far, in seconds (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<f64> = rest.split_whitespace().skip(11).take(2).filter_map(|x| x.parse().ok()).collect();
    f.iter().sum::<f64>() / 100.0
}

/// Percentile `q` (0–1) of sorted values.
fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

/// `ahdath bench-db`: ingest rate, database size per million events and search latency.
///
/// 1. Ingests `corpus` into a fresh `DIR/ingest.db` with `threads` coding threads (articles/s
///    include reading, coding, dedup and writing).
/// 2. With `copies` K > 0, copies that database to `DIR/big.db` and adds K copies of every coded
///    article and its records, ids prefixed `cK-`, text marked with the copy number (so it is not a
///    duplicate text), publication and event dates shifted by 3·K years (so copies do not merge
///    with each other; within a copy dedup runs as usual). Records are not re-coded.
/// 3. Reports the file size per million events and per million records.
/// 4. Times first pages (50 rows) of a fixed set of filtered searches, `rounds` times each, and
///    reports p50/p95.
pub fn bench_db(corpus: &Path, dir: &Path, o: &BenchDbOpts) -> Result<()> {
    let (threads, copies, rounds) = (o.threads, o.copies, o.rounds);
    std::fs::create_dir_all(dir)?;
    let base = dir.join("ingest.db");
    let reuse = o.reuse && base.exists();
    if !reuse {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", base.display()));
        }
    }
    let opts = CodeOpts {
        published: None,
        rejects: None,
        strict: false,
        threads,
        dict: None,
        max_line_bytes: 8 << 20,
        gazetteer: None,
    };
    if reuse {
        println!("ingest           reusing {}", base.display());
    } else {
        let cpu0 = cpu_seconds();
        let s = ingest(&DbTarget::Sqlite(base.clone()), &[corpus.to_path_buf()], &opts, COMMIT_SQLITE)?;
        let cpu = cpu_seconds() - cpu0;
        println!(
            "ingest           {} articles, threads {threads}: {:.1} s wall, {:.0} articles/s; {cpu:.1} s CPU, {:.0} articles per CPU-second",
            s.articles,
            s.seconds,
            s.articles as f64 / s.seconds,
            s.articles as f64 / cpu
        );
        println!("                 {} records, {} events, {} duplicates", s.db.records, s.db.events, s.db.duplicates);
    }
    let mut db = base.clone();
    if copies > 0 {
        let big = dir.join("big.db");
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", big.display()));
        }
        SqliteStore::open(&base)?.checkpoint()?;
        std::fs::copy(&base, &big)?;
        let src = SqliteStore::open(&base)?;
        let mut dst = SqliteStore::open(&big)?;
        let t = Instant::now();
        let cpu0 = cpu_seconds();
        let mut n = 0u64;
        for k in 1..=copies {
            let years = 3 * k as i32;
            n += store_copy(&src, &mut dst, &mut |mut a, recs| {
                a.id = format!("c{k}-{}", a.id);
                a.text.push_str(&format!("\n[copy {k}]"));
                a.published = a.published.as_deref().map(|p| shift_years(p, years));
                let recs: Vec<EventRecord> = recs
                    .into_iter()
                    .map(|mut r| {
                        r.id = format!("c{k}-{}", r.id);
                        r.article_id = a.id.clone();
                        r.date = r.date.as_deref().map(|d| shift_years(d, years));
                        r
                    })
                    .collect();
                (a, recs)
            })?;
        }
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu0;
        println!(
            "copies           {copies} × corpus: {n} articles stored (records given, dedup on) in {secs:.1} s wall \
             ({:.0} articles/s), {cpu:.1} s CPU",
            n as f64 / secs
        );
        db = big;
    }
    let store = SqliteStore::open(&db)?;
    store.checkpoint()?;
    let c = store.counts()?;
    let bytes = std::fs::metadata(&db)?.len() as f64;
    println!(
        "database         {} — {:.0} MB; {} articles, {} records, {} events",
        db.display(),
        bytes / 1e6,
        c.articles,
        c.records,
        c.events
    );
    println!(
        "size             {:.0} MB per million events, {:.0} MB per million records",
        bytes / 1e6 / (c.events as f64 / 1e6),
        bytes / 1e6 / (c.records as f64 / 1e6)
    );
    search_latencies(&store, rounds)?;
    if let Some(url) = &o.pg {
        copy_to_postgres(&store, url)?;
        let pg = PgStore::connect(url).with_context(|| format!("connecting to {url}"))?;
        println!("PostgreSQL:");
        search_latencies(&pg, rounds)?;
    }
    Ok(())
}

/// Options of [`bench_db`].
#[derive(Debug, Clone, Default)]
pub struct BenchDbOpts {
    pub threads: usize,
    pub copies: u32,
    pub rounds: usize,
    /// Keep `DIR/ingest.db` from an earlier run instead of ingesting the corpus again.
    pub reuse: bool,
    /// Also copy the benchmark database into this (empty) PostgreSQL database, timing the store's
    /// ingest with records given, and time the same searches there.
    pub pg: Option<String>,
}

/// Store every article of `src` with its records into the PostgreSQL database at `url` through
/// the normal ingest path (dedup on, nothing re-coded) and print the rate.
fn copy_to_postgres(src: &SqliteStore, url: &str) -> Result<()> {
    let mut dst = PgStore::connect(url).with_context(|| format!("connecting to {url}"))?;
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let n = store_copy(src, &mut dst, &mut |a, recs| (a, recs))?;
    let secs = t.elapsed().as_secs_f64();
    let c = dst.counts()?;
    println!(
        "postgres copy    {n} articles stored (records given, dedup on) in {secs:.1} s wall ({:.0} articles/s), \
         {:.1} s client CPU; {} records, {} events",
        n as f64 / secs,
        cpu_seconds() - cpu0,
        c.records,
        c.events
    );
    Ok(())
}

/// Time first pages (50 rows) of a fixed set of filtered searches, `rounds` times each, and print
/// p50/p95 per query and overall.
fn search_latencies(store: &dyn Store, rounds: usize) -> Result<()> {
    let q = |f: &dyn Fn(&mut Filter)| {
        let mut x = Filter::default();
        f(&mut x);
        x
    };
    let queries: Vec<(&str, Filter)> = vec![
        ("type", q(&|f| f.event_type = Some("ASSAULT".into()))),
        ("type+country", q(&|f| (f.event_type, f.country) = (Some("ASSAULT".into()), Some("SYR".into())))),
        ("type+country", q(&|f| (f.event_type, f.country) = (Some("PROTEST".into()), Some("EGY".into())))),
        (
            "country+dates",
            q(&|f| {
                (f.country, f.from, f.to) = (Some("EGY".into()), Some("2013-02-01".into()), Some("2013-02-15".into()))
            }),
        ),
        ("actor country", q(&|f| f.actor_country = Some("USA".into()))),
        ("actor id", q(&|f| f.actor_id = Some("org.isis".into()))),
        ("min fatalities", q(&|f| (f.event_type, f.min_fatalities) = (Some("ASSAULT".into()), Some(10)))),
        ("bbox", q(&|f| f.bbox = Some([34.0, 29.0, 36.0, 33.5]))),
        ("status", q(&|f| (f.status, f.event_type) = (Some(Status::Future), Some("CONSULT".into())))),
        ("source", q(&|f| f.source = Some("aawsat".into()))),
        ("text", q(&|f| f.text = Some("داعش".into()))),
        ("text+type", q(&|f| (f.text, f.event_type) = (Some("القاهرة".into()), Some("PROTEST".into())))),
        (
            "text+filters",
            q(&|f| (f.text, f.country, f.from) = (Some("غزة".into()), Some("PSE".into()), Some("2015-01-01".into()))),
        ),
        ("rare text", q(&|f| f.text = Some("حمرين".into()))),
    ];
    let mut all = Vec::new();
    println!("search (first page of 50, {rounds} rounds each):");
    for (name, f) in &queries {
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            let page = store.search(f, None, 50)?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            rows = page.items.len();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "  {name:<16} {rows:>3} rows  p50 {:>7.2} ms  p95 {:>7.2} ms",
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "search overall   p50 {:.2} ms, p95 {:.2} ms over {} queries",
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        all.len()
    );
    Ok(())
}

/// Store every original article of `src` with its records, rewritten by `rewrite`, into `dst`
/// through the normal ingest path (dedup on, nothing re-coded), in batches of [`COMMIT`];
/// returns the number of articles.
fn store_copy(
    src: &SqliteStore,
    dst: &mut dyn Store,
    rewrite: &mut dyn FnMut(Article, Vec<EventRecord>) -> (Article, Vec<EventRecord>),
) -> Result<u64> {
    let code = |_: &Article| -> Vec<EventRecord> { Vec::new() };
    let (mut batch, mut n, mut err): (Vec<Prepared>, u64, Option<ahdath_store::StoreError>) = (Vec::new(), 0, None);
    src.for_each_article(&mut |a, recs| {
        let (a, recs) = rewrite(a, recs);
        let hashes = keys::ArticleHashes::of(&a);
        batch.push(Prepared::coded(a, hashes, recs));
        if batch.len() >= COMMIT {
            n += batch.len() as u64;
            if let Err(e) = dst.ingest_batch(std::mem::take(&mut batch), &code) {
                err = Some(e);
                return Err("ingest failed".into());
            }
        }
        Ok(())
    })
    .map_err(|e| err.take().map(anyhow::Error::from).unwrap_or_else(|| e.into()))?;
    n += batch.len() as u64;
    dst.ingest_batch(batch, &code)?;
    Ok(n)
}
