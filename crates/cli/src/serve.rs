//! `serve`, `demo` and `export`: the event database as a web service, a one-command demo, and
//! streamed files for other tools (docs/api.md, docs/export.md).

use crate::db::FilterArgs;
use crate::run::load_coder;
use crate::target::DbTarget;
use ahdath_export::{ExportOptions, Exporter, Format, Partition, PartitionedExporter};
use ahdath_record::{Article, EventRecord};
use ahdath_server::{AppState, BoxStore, SharedCoder};
use ahdath_store::{Prepared, SqliteStore, Store};
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The example articles bundled in the binary, for `demo` (written by the team, see README).
const DEMO_ARTICLES: &str = include_str!("../../../examples/articles.jsonl");

/// Options of `serve`.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// The database: a SQLite file or a postgres:// URL.
    #[arg(long)]
    pub db: DbTarget,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// A file holding the bearer token that enables `POST /api/articles` (first line).
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// Require the token for reads too.
    #[arg(long, requires = "token_file")]
    pub private_reads: bool,
    /// Read connections (concurrent queries).
    #[arg(long, default_value_t = 4)]
    pub readers: usize,
    #[arg(long)]
    pub dict: Option<PathBuf>,
    #[arg(long)]
    pub gazetteer: Option<PathBuf>,
}

fn read_token(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading token file {}", path.display()))?;
    let token = text.lines().next().unwrap_or("").trim().to_string();
    if token.len() < 8 {
        bail!("{}: the token must be at least 8 characters on the first line", path.display());
    }
    Ok(token)
}

fn state(args: &ServeArgs) -> Result<AppState> {
    let open = || -> Result<BoxStore> { args.db.open_existing() };
    let readers = (0..args.readers.max(1)).map(|_| open()).collect::<Result<Vec<_>>>()?;
    let mut st = AppState::new(readers);
    if let Some(tf) = &args.token_file {
        let token = read_token(tf)?;
        let coder = Arc::new(load_coder(args.dict.as_deref(), args.gazetteer.as_deref())?);
        let code: SharedCoder = Arc::new(move |a: &Article| coder.code(a));
        st = st.with_ingest(open()?, code, token).with_private_reads(args.private_reads);
    }
    Ok(st)
}

/// `ahdath serve`: the API and the map page until Ctrl-C.
pub fn serve(args: &ServeArgs) -> Result<()> {
    let st = Arc::new(state(args)?);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(ahdath_server::serve(st, args.addr)).with_context(|| format!("serving on {}", args.addr))
}

/// `ahdath demo`: code the bundled example articles into `db` and serve them.
pub fn demo(db: &Path, addr: SocketAddr) -> Result<()> {
    let coder = load_coder(None, None)?;
    let code = |a: &Article| -> Vec<EventRecord> { coder.code(a) };
    let mut store = SqliteStore::open(db).with_context(|| format!("opening {}", db.display()))?;
    let mut batch = Vec::new();
    for (i, line) in DEMO_ARTICLES.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let a = ahdath_reader::parse_article(line.as_bytes())
            .map_err(|e| anyhow::anyhow!("bundled example line {}: {e}", i + 1))?;
        batch.push(Prepared::new(a, Some(&code)));
    }
    let counts = store.ingest_batch(batch, &code)?;
    let c = store.counts()?;
    eprintln!(
        "ahdath demo: {} ({} new, {} unchanged articles; {} events from {} records)",
        db.display(),
        counts.new,
        counts.unchanged,
        c.events,
        c.records
    );
    eprintln!("ahdath demo: open http://{addr}/ (Ctrl-C to stop)");
    drop(store);
    serve(&ServeArgs {
        db: DbTarget::Sqlite(db.to_path_buf()),
        addr,
        token_file: None,
        private_reads: false,
        readers: 4,
        dict: None,
        gazetteer: None,
    })
}

/// `ahdath export`: stream the events matching the filters to a file (or a partitioned
/// directory) in one of the formats.
pub fn export(
    db: &DbTarget,
    filter: &FilterArgs,
    query: Option<String>,
    format: Option<Format>,
    output: &Path,
    partition_by: Option<&str>,
) -> Result<()> {
    let format = match format.or_else(|| Format::from_path(output)) {
        Some(f) => f,
        None if partition_by.is_some() => Format::Parquet,
        None => bail!("{}: say --format csv|jsonl|geojson|parquet (no known extension)", output.display()),
    };
    let store = db.open_existing()?;
    let filter = filter.to_filter(query);
    let started = std::time::Instant::now();
    let (events, detail) = if let Some(spec) = partition_by {
        let parts = Partition::parse_list(spec).map_err(|e| anyhow::anyhow!("--partition-by: {e}"))?;
        let mut ex = PartitionedExporter::new(output, format, &parts, ExportOptions::default())
            .with_context(|| format!("creating {}", output.display()))?;
        let mut err = None;
        let n = store.for_each_event(&filter, &mut |e| {
            ex.write(&e).map_err(|e| {
                let msg = e.to_string();
                err = Some(e);
                msg
            })
        });
        if let Some(e) = err {
            return Err(e).with_context(|| format!("writing {}", output.display()));
        }
        let n = n?;
        let summary = ex.finish()?;
        (n, format!("{} files", summary.files.len()))
    } else {
        let tmp = output.with_extension(format!("{}.partial", format.extension()));
        let file = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut ex = Exporter::new(format, std::io::BufWriter::with_capacity(1 << 20, file))?;
        let mut err = None;
        let n = store.for_each_event(&filter, &mut |e| {
            ex.write(&e).map_err(|e| {
                let msg = e.to_string();
                err = Some(e);
                msg
            })
        });
        if let Some(e) = err {
            let _ = std::fs::remove_file(&tmp);
            return Err(e).with_context(|| format!("writing {}", output.display()));
        }
        let n = n?;
        let (summary, mut w) = ex.finish_into_inner()?;
        w.flush()?;
        drop(w);
        // A finished file appears under its name only when complete.
        std::fs::rename(&tmp, output).with_context(|| format!("renaming {} to {}", tmp.display(), output.display()))?;
        (n, format!("{} without coordinates", summary.without_geometry))
    };
    eprintln!(
        "ahdath: exported {events} events as {format} to {} ({detail}) in {:.1} s",
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
