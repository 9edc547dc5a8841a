//! Code a JSON Lines file on one thread and print the records as `ahdath code` does, with the
//! coding time and rate on stderr (a profiling aid: no reader or writer threads beside it).
//! `cargo run --release -p ahdath-coder --example codebench -- articles.jsonl > events.jsonl`

use std::io::{BufRead, Write};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: codebench FILE.jsonl");
    let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin().expect("builtin lexicon"));
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open input"));
    let articles: Vec<_> = file
        .split(b'\n')
        .map(|l| l.expect("read"))
        .filter(|l| !l.is_empty())
        .filter_map(|l| ahdath_reader::parse_article(&l).ok())
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len() + a.title.as_deref().map_or(0, str::len)).sum();
    let t0 = Instant::now();
    let recs: Vec<_> = articles.iter().map(|a| coder.code(a)).collect();
    let secs = t0.elapsed().as_secs_f64();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for r in recs.iter().flatten() {
        serde_json::to_writer(&mut out, r).expect("write");
        out.write_all(b"\n").expect("write");
    }
    out.flush().expect("flush");
    eprintln!(
        "codebench: {} articles, {:.1} MB of text, {} records, {:.2} s coding, {:.1} MB/s",
        articles.len(),
        bytes as f64 / 1e6,
        recs.iter().map(Vec::len).sum::<usize>(),
        secs,
        bytes as f64 / 1e6 / secs
    );
}
