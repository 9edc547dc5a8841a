//! `ahdath`: the command-line front of the pipeline (readers → coder → JSON Lines, eval, bench).

mod db;
mod gazetteer;
mod mi;
mod run;
mod serve;
mod sqlite_mem;
mod target;

use anyhow::{Context, Result};

/// mimalloc instead of the system allocator: the coder makes many small short-lived allocations
/// per sentence, and glibc's malloc/free were 8–9% of `ahdath code`'s instructions.
#[global_allocator]
static GLOBAL: mi::Mi = mi::Mi;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "ahdath", version, about = "Arabic news → PLOVER event records")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Code articles (JSON Lines, .gz, directories, plain text, `-` for stdin) into event records.
    Code {
        /// Input files or directories; `-` reads standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        opts: CodeOpts,
        /// Write records here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Score event records against a gold file: P/R/F1 per type and per-field accuracy.
    Eval {
        /// Gold JSON Lines: {"id": article id, "events": [records]}.
        #[arg(long)]
        gold: PathBuf,
        /// Keep only the articles listed (one id a line) in this file, e.g. a test split.
        #[arg(long)]
        ids: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// System records (JSON Lines, as written by `ahdath code`).
        records: PathBuf,
    },
    /// Measure coding speed and memory on a corpus: articles/s, MB/s, events/s, peak RSS.
    Bench {
        /// Corpus (JSON Lines, may be .gz).
        input: PathBuf,
        /// Worker threads.
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Stop after this many articles.
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long)]
        dict: Option<PathBuf>,
        /// Only read and parse the input (no coding): the baseline the coding rate is compared to.
        #[arg(long)]
        read_only: bool,
        /// Code without the gazetteer (no places): the baseline that shows what geocoding costs.
        #[arg(long)]
        no_places: bool,
        /// Extra gazetteer file (e.g. from `ahdath gazetteer import`), plain or .gz.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
    },
    /// Gazetteer tools: `import` builds a gazetteer file from GeoNames dumps (docs/gazetteer.md).
    Gazetteer {
        #[command(subcommand)]
        cmd: gazetteer::GazetteerCmd,
    },
    /// Store articles in an event database: code new or changed ones, merge reports of one event.
    Ingest {
        /// The database: a SQLite file (created if missing) or a postgres:// URL.
        #[arg(long)]
        db: target::DbTarget,
        /// Input files or directories; `-` reads standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Articles per transaction (default 1,024 for a SQLite file, 256 for PostgreSQL): a
        /// killed ingest loses at most one batch, and concurrent ingest processes interleave
        /// batch by batch.
        #[arg(long)]
        batch: Option<usize>,
        #[command(flatten)]
        opts: CodeOpts,
    },
    /// Re-code every stored article (after dictionaries change) and re-cluster the events.
    Recode {
        /// A SQLite file or a postgres:// URL.
        #[arg(long)]
        db: target::DbTarget,
        #[arg(long)]
        dict: Option<PathBuf>,
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Recoding workers (PostgreSQL only), each on its own connection, claiming batches of
        /// articles through the database.
        #[arg(long, default_value_t = 1)]
        workers: usize,
        /// PostgreSQL only: join the recode left unfinished (killed, or running on another
        /// machine) instead of starting a new one.
        #[arg(long)]
        resume: bool,
    },
    /// Create a database or bring its schema up to date (every command does this when it opens
    /// one; this does only that) and print the schema version.
    Migrate {
        /// A SQLite file or a postgres:// URL.
        #[arg(long)]
        db: target::DbTarget,
    },
    /// Search the events of a database: Arabic full text and structured filters.
    Search {
        #[arg(long)]
        db: target::DbTarget,
        /// Words to find in event sentences or source articles (Arabic spelling variants match).
        query: Option<String>,
        #[command(flatten)]
        filter: Box<db::FilterArgs>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Continue after this position (printed at the end of the previous page).
        #[arg(long, allow_hyphen_values = true)]
        cursor: Option<String>,
        /// JSON Lines of stored events instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Score a database's events against a dedup gold: pairwise precision and recall.
    DedupEval {
        #[arg(long)]
        db: target::DbTarget,
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Benchmark the database: ingest rate, size per million events, search latency.
    BenchDb {
        /// Corpus (JSON Lines, may be .gz).
        corpus: PathBuf,
        /// Directory for the benchmark databases.
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Add this many date-shifted copies of the coded corpus for the latency test.
        #[arg(long, default_value_t = 0)]
        copies: u32,
        /// Times each search is run.
        #[arg(long, default_value_t = 20)]
        rounds: usize,
        /// Keep DIR/ingest.db from an earlier run instead of ingesting the corpus again.
        #[arg(long)]
        reuse: bool,
        /// Also copy the benchmark database into this empty PostgreSQL database and time the
        /// same searches there.
        #[arg(long)]
        pg: Option<String>,
    },
    /// Export the events of a database (same filters as `search`): CSV with ACLED-style columns,
    /// JSON Lines, GeoJSON or Parquet, streamed; `--partition-by month,country` writes Hive-style
    /// folders of Parquet (docs/export.md).
    Export {
        #[arg(long)]
        db: target::DbTarget,
        /// csv, jsonl, geojson or parquet (default: from the output's extension).
        #[arg(long)]
        format: Option<ahdath_export::Format>,
        /// Output file, or directory with --partition-by.
        #[arg(short, long)]
        output: PathBuf,
        /// Partition keys for a folder tree: month, country (comma-separated).
        #[arg(long)]
        partition_by: Option<String>,
        /// Words to find in event sentences or source articles.
        #[arg(long)]
        query: Option<String>,
        #[command(flatten)]
        filter: Box<db::FilterArgs>,
    },
    /// Serve the HTTP API and the map page over a database (docs/api.md).
    Serve {
        #[command(flatten)]
        args: Box<serve::ServeArgs>,
    },
    /// Code the bundled example articles into a database and serve them: the quickest look.
    Demo {
        /// The database to create or update.
        #[arg(long, default_value = "ahdath-demo.db")]
        db: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
}

/// Options shared by commands that code articles.
#[derive(clap::Args, Clone)]
pub struct CodeOpts {
    /// Publication date (YYYY-MM-DD) for plain-text inputs, which carry none.
    #[arg(long, value_parser = published_date)]
    pub published: Option<String>,
    /// Append malformed input lines here, as JSON Lines with file, line and reason.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Exit non-zero when any input line was rejected.
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (output order is the same for any count).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Extra dictionaries: a directory with actors/*.txt, triggers/*.txt, cues.txt, *.tsv.
    #[arg(long)]
    pub dict: Option<PathBuf>,
    /// Longest accepted input line in bytes.
    #[arg(long, default_value_t = 8 << 20)]
    pub max_line_bytes: usize,
    /// Extra gazetteer file in the built-in format (e.g. from `ahdath gazetteer import`), plain or
    /// .gz: its places are added to the built-in ones, which win where both list a place.
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
}

/// `--published` must be a date the coder can read (`YYYY-MM-DD` or RFC 3339); anything else
/// would silently leave every plain-text article without an anchor for relative dates.
fn published_date(s: &str) -> std::result::Result<String, String> {
    match ahdath_text::parse_published(s) {
        Some(_) => Ok(s.to_string()),
        None => Err(format!("expected a date YYYY-MM-DD (or RFC 3339), got {s:?}")),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

fn main() -> Result<()> {
    // Before any connection is opened (SQLite reads it when it initialises).
    sqlite_mem::configure();
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Code { inputs, opts, output } => {
            let summary = match run::code(&inputs, &opts, output.as_deref()) {
                Ok(s) => s,
                // `ahdath code big.jsonl | head`: the reader went away; stop quietly.
                Err(e) if is_broken_pipe(&e) => return Ok(()),
                Err(e) => return Err(e),
            };
            eprintln!("{summary}");
            if opts.strict && summary.rejected > 0 {
                std::process::exit(1);
            }
            Ok(())
        }
        Cmd::Eval { gold, ids, json, records } => {
            let g = std::fs::File::open(&gold).with_context(|| format!("opening gold {}", gold.display()))?;
            let gold = ahdath_eval::parse_gold(std::io::BufReader::new(g))
                .with_context(|| format!("reading gold {}", gold.display()))?;
            let s = std::fs::File::open(&records).with_context(|| format!("opening records {}", records.display()))?;
            let sys = ahdath_eval::parse_system(std::io::BufReader::new(s))
                .with_context(|| format!("reading records {}", records.display()))?;
            let only_ids = match ids {
                Some(p) => Some(
                    std::fs::read_to_string(&p)
                        .with_context(|| format!("reading ids {}", p.display()))?
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .map(str::to_string)
                        .collect(),
                ),
                None => None,
            };
            let report = ahdath_eval::evaluate(&gold, &sys, &ahdath_eval::EvalOptions { only_ids });
            if json {
                println!("{}", serde_json::to_string_pretty(&report.to_json())?);
            } else {
                print!("{}", report.to_text());
            }
            Ok(())
        }
        Cmd::Bench { input, threads, limit, dict, read_only, gazetteer, no_places } => {
            run::bench(&input, threads, limit, dict.as_deref(), gazetteer.as_deref(), read_only, no_places)
        }
        Cmd::Gazetteer { cmd } => gazetteer::run(cmd),
        Cmd::Ingest { db, inputs, batch, opts } => {
            // Batch after batch reuses the same amount of memory: keep it rather than refault it.
            sqlite_mem::keep_freed_memory();
            let batch = batch.unwrap_or_else(|| db::default_batch(&db));
            let summary = db::ingest(&db, &inputs, &opts, batch)?;
            eprintln!("{summary}");
            if opts.strict && summary.rejected > 0 {
                std::process::exit(1);
            }
            Ok(())
        }
        Cmd::Recode { db, dict, gazetteer, workers, resume } => {
            db::recode(&db, dict.as_deref(), gazetteer.as_deref(), workers, resume)
        }
        Cmd::Search { db, query, filter, limit, cursor, json } => {
            db::search(&db, &filter.to_filter(query), limit, cursor.as_deref(), json)
        }
        Cmd::Migrate { db } => {
            let version = db.migrate()?;
            eprintln!("ahdath: {db} is at schema version {version}");
            Ok(())
        }
        Cmd::DedupEval { db, gold, json } => db::dedup_eval(&db, &gold, json),
        Cmd::BenchDb { corpus, dir, threads, copies, rounds, reuse, pg } => {
            db::bench_db(&corpus, &dir, &db::BenchDbOpts { threads, copies, rounds, reuse, pg })
        }
        Cmd::Export { db, format, output, partition_by, query, filter } => {
            serve::export(&db, &filter, query, format, &output, partition_by.as_deref())
        }
        Cmd::Serve { args } => serve::serve(&args),
        Cmd::Demo { db, addr } => serve::demo(&db, addr),
    }
}
