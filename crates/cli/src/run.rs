//! Running the coder over inputs: a reader thread, worker threads, and an ordered writer, joined
//! by bounded channels so memory stays flat whatever the input size.

use crate::CodeOpts;
use ahdath_coder::Coder;
use ahdath_lexicon::{LexiconBuilder, SourceKind};
use ahdath_reader::{open_inputs, Item, ReaderConfig};
use ahdath_record::{Article, EventRecord};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Articles per unit of work handed to a worker.
const BATCH: usize = 64;

/// A 64-bit hash of an article text, for duplicate detection (a count and a line on stderr;
/// records do not depend on it).
///
/// `Fx` reads the text eight bytes a step; the standard library's SipHash cost about 2.4
/// instructions a byte, some 9,000 an article, spent on the reader thread for every article
/// (speed26). The texts are the run's own input and a collision would only misreport one
/// duplicate, so a keyed hash buys nothing here (`DefaultHasher::new()` was unkeyed anyway).
fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = ahdath_text::Fx::default();
    text.hash(&mut h);
    h.finish()
}

enum Done<T> {
    Batch(usize, T),
    Reject(ahdath_reader::Reject),
}

/// What a run did, printed as the final line on stderr.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub articles: usize,
    pub rejected: usize,
    /// Articles whose text repeats an earlier article's under another id (still coded).
    pub duplicate_texts: usize,
    pub records: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ahdath: {} articles coded, {} rejected, {} duplicate texts, {} event records in {:.2}s",
            self.articles, self.rejected, self.duplicate_texts, self.records, self.seconds
        )
    }
}

/// Load the built-in dictionaries plus a user directory (`--dict`) and an extra gazetteer file
/// (`--gazetteer`, plain or .gz) whose places only add to the others (a known place is not doubled).
pub fn load_coder(dict: Option<&Path>, gazetteer: Option<&Path>) -> Result<Coder> {
    let mut b = LexiconBuilder::new().with_builtin();
    if let Some(dir) = dict {
        let mut files = Vec::new();
        collect(dir, &mut files).with_context(|| format!("reading dictionary directory {}", dir.display()))?;
        for f in files {
            let rel = f.strip_prefix(dir).unwrap_or(&f).to_string_lossy().replace('\\', "/");
            if let Some(kind) = SourceKind::from_path(&rel) {
                let text = std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?;
                b = b.add(&f.display().to_string(), kind, &text);
            }
        }
    }
    if let Some(g) = gazetteer {
        let text = ahdath_geonames::read_to_string(g).with_context(|| format!("reading gazetteer {}", g.display()))?;
        b = b.add(&g.display().to_string(), SourceKind::AddedPlaces, &text);
    }
    let lex = b.build().context("loading dictionaries")?;
    Ok(Coder::new(lex))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Stream `inputs` through the coder (or, with `None`, only read them) with `threads` workers, calling `sink` with each batch's
/// records in input order. Rejects go to `on_reject`.
pub fn pipeline(
    coder: Option<&Coder>,
    inputs: &[PathBuf],
    cfg: &ReaderConfig,
    threads: usize,
    limit: Option<usize>,
    on_reject: impl FnMut(&ahdath_reader::Reject) -> Result<()>,
    mut sink: impl FnMut(&[EventRecord]) -> Result<()>,
) -> Result<Summary> {
    // (Each article's records are coded first and the batch's vector allocated once at their
    // sum: records are large, and extending an empty vector copied them at each doubling;
    // speed51.)
    let work = |batch: Vec<Article>| -> Vec<EventRecord> {
        let Some(coder) = coder else { return Vec::new() };
        let coded: Vec<Vec<EventRecord>> = batch.iter().map(|a| coder.code(a)).collect();
        let mut recs = Vec::with_capacity(coded.iter().map(Vec::len).sum());
        for r in coded {
            recs.extend(r);
        }
        recs
    };
    let mut records = 0;
    let mut summary = pipeline_map(inputs, cfg, threads, limit, &work, on_reject, |recs: Vec<EventRecord>| {
        records += recs.len();
        sink(&recs)
    })?;
    summary.records = records;
    Ok(summary)
}

/// Stream `inputs` in batches through `work` on `threads` workers, calling `sink` with each
/// batch's result in input order (whatever the thread count). Rejects go to `on_reject`. The
/// returned summary counts articles, bytes and duplicate texts; `records` is left to the caller.
pub fn pipeline_map<T: Send>(
    inputs: &[PathBuf],
    cfg: &ReaderConfig,
    threads: usize,
    limit: Option<usize>,
    work: &(dyn Fn(Vec<Article>) -> T + Sync),
    mut on_reject: impl FnMut(&ahdath_reader::Reject) -> Result<()>,
    mut sink: impl FnMut(T) -> Result<()>,
) -> Result<Summary> {
    let start = Instant::now();
    let items = open_inputs(inputs, cfg).context("opening inputs")?;
    let threads = threads.max(1);
    let (work_tx, work_rx) = crossbeam_channel::bounded::<(usize, Vec<Article>)>(threads * 2);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Done<T>>(threads * 4);
    let mut summary = Summary::default();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..threads {
            let rx = work_rx.clone();
            let tx = done_tx.clone();
            scope.spawn(move || {
                for (seq, batch) in rx {
                    if tx.send(Done::Batch(seq, work(batch))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(work_rx);
        // Reader: batches articles for the workers; rejects go straight to the writer.
        let reject_tx = done_tx.clone();
        drop(done_tx);
        let reader = scope.spawn(move || -> (usize, usize, usize) {
            let (mut articles, mut bytes, mut dups) = (0usize, 0usize, 0usize);
            // Texts seen so far, by a 64-bit hash (8 bytes per article): a repeated text under a
            // new id is reported, then coded like any other article.
            let mut seen: std::collections::HashMap<u64, String> = std::collections::HashMap::new();
            let mut batch = Vec::with_capacity(BATCH);
            let mut seq = 0usize;
            for item in items {
                match item {
                    Item::Article { article, origin } => {
                        let h = text_hash(&article.text);
                        match seen.get(&h) {
                            Some(first) if *first != article.id => {
                                dups += 1;
                                eprintln!("ahdath: {origin}: text of article {} repeats article {first}", article.id);
                            }
                            Some(_) => {}
                            None => {
                                seen.insert(h, article.id.clone());
                            }
                        }
                        articles += 1;
                        bytes += article.text.len() + article.title.as_ref().map_or(0, |t| t.len());
                        batch.push(article);
                        if batch.len() == BATCH {
                            if work_tx.send((seq, std::mem::take(&mut batch))).is_err() {
                                return (articles, bytes, dups);
                            }
                            seq += 1;
                        }
                        if limit.is_some_and(|l| articles >= l) {
                            break;
                        }
                    }
                    Item::Reject(r) => {
                        if reject_tx.send(Done::Reject(r)).is_err() {
                            return (articles, bytes, dups);
                        }
                    }
                }
            }
            if !batch.is_empty() {
                let _ = work_tx.send((seq, batch));
            }
            (articles, bytes, dups)
        });
        // Writer (this thread): reorder batches by sequence number so output order never
        // depends on the thread count.
        let mut pending: BTreeMap<usize, T> = BTreeMap::new();
        let mut next = 0usize;
        for done in done_rx {
            match done {
                Done::Reject(r) => {
                    summary.rejected += 1;
                    eprintln!("ahdath: rejected {r}");
                    on_reject(&r)?;
                }
                Done::Batch(seq, recs) => {
                    pending.insert(seq, recs);
                    while let Some(r) = pending.remove(&next) {
                        sink(r)?;
                        next += 1;
                    }
                }
            }
        }
        let (articles, bytes, dups) = reader.join().map_err(|_| anyhow::anyhow!("reader thread panicked"))?;
        summary.articles = articles;
        summary.bytes = bytes;
        summary.duplicate_texts = dups;
        Ok(())
    })?;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

/// `ahdath code`.
pub fn code(inputs: &[PathBuf], opts: &CodeOpts, output: Option<&Path>) -> Result<Summary> {
    let coder = load_coder(opts.dict.as_deref(), opts.gazetteer.as_deref())?;
    let cfg = ReaderConfig { max_line_bytes: opts.max_line_bytes, published: opts.published.clone() };
    let out: Box<dyn Write> = match output {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let mut rejects = match &opts.rejects {
        Some(p) => Some(BufWriter::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)),
        None => None,
    };
    let summary = pipeline(
        Some(&coder),
        inputs,
        &cfg,
        opts.threads,
        None,
        |r| write_reject(rejects.as_mut(), r),
        |recs| {
            for r in recs {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    if let Some(mut w) = rejects {
        w.flush()?;
    }
    Ok(summary)
}

/// Append a rejected input line to the `--rejects` file, if one was asked for.
pub fn write_reject(w: Option<&mut impl Write>, r: &ahdath_reader::Reject) -> Result<()> {
    if let Some(w) = w {
        let line = serde_json::json!({
            "file": r.file, "line": r.line, "reason": r.reason.to_string(),
            "raw": String::from_utf8_lossy(&r.raw),
        });
        writeln!(w, "{line}")?;
    }
    Ok(())
}

/// Peak resident memory of this process in MiB (Linux), if known.
fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `ahdath bench`: code a corpus, discarding output, and report rates.
pub fn bench(
    input: &Path,
    threads: usize,
    limit: Option<usize>,
    dict: Option<&Path>,
    gazetteer: Option<&Path>,
    read_only: bool,
    no_places: bool,
) -> Result<()> {
    let t0 = Instant::now();
    let coder = if no_places {
        Coder::new(LexiconBuilder::new().with_builtin().without_places().build().context("loading dictionaries")?)
    } else {
        load_coder(dict, gazetteer)?
    };
    let coder = (!read_only).then_some(&coder);
    let load = t0.elapsed().as_secs_f64();
    let cfg = ReaderConfig { max_line_bytes: 8 << 20, published: None };
    let mut sink_bytes = 0usize;
    let s = pipeline(
        coder,
        &[input.to_path_buf()],
        &cfg,
        threads,
        limit,
        |_| Ok(()),
        |recs| {
            for r in recs {
                sink_bytes += serde_json::to_vec(r)?.len() + 1;
            }
            Ok(())
        },
    )?;
    let mb = s.bytes as f64 / 1e6;
    println!("input            {}", input.display());
    println!("threads          {threads}");
    println!("dictionary load  {:.3} s", load);
    println!("articles         {} ({} rejected)", s.articles, s.rejected);
    println!("text             {:.1} MB", mb);
    println!("records          {} ({:.1} MB JSON)", s.records, sink_bytes as f64 / 1e6);
    println!("time             {:.2} s", s.seconds);
    println!("articles/s       {:.0}", s.articles as f64 / s.seconds);
    println!("MB/s             {:.2}", mb / s.seconds);
    println!("events/s         {:.0}", s.records as f64 / s.seconds);
    if let Some(rss) = peak_rss_mib() {
        println!("peak RSS         {:.0} MiB", rss);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::text_hash;

    /// speed26: the duplicate check's hash gives one text one hash and tells apart texts that
    /// differ by one letter, one moved word, or a trailing space (sentences of our own).
    #[test]
    fn text_hash_tells_texts_apart() {
        let text = "افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر بحضور عدد من الأهالي";
        // (The same text rebuilt word by word: another string, the same hash.)
        let rebuilt = text.split(' ').collect::<Vec<_>>().join(" ");
        assert_eq!(text_hash(text), text_hash(&rebuilt));
        let others = [
            "افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر بحضور عدد من الاهالي",
            "افتتح المحافظ اليوم صباح جسرا جديدا فوق النهر بحضور عدد من الأهالي",
            "افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر بحضور عدد من الأهالي ",
            "",
        ];
        for other in others {
            assert_ne!(text_hash(text), text_hash(other), "{other:?}");
        }
    }
}
