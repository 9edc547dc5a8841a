//! Measures an export: `cargo run --release -p ahdath-export --example export_bench -- FORMAT N OUT`
//! writes N synthetic events (tests/common) to OUT and prints events/s, output size and the
//! process's peak resident memory (VmHWM), so that memory can be compared across N.
//! `FORMAT` is csv, jsonl, geojson, parquet, or `partitioned` (Parquet by month and country into
//! the directory OUT).

#[path = "../tests/common/mod.rs"]
mod common;

use std::fs::File;
use std::path::Path;
use std::time::Instant;

use ahdath_export::{ExportOptions, Exporter, Format, Partition, PartitionedExporter};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn size(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path).unwrap().map(|e| size(&e.unwrap().path())).sum()
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, format, n, out] = args.as_slice() else {
        return Err("usage: export_bench FORMAT N OUT".into());
    };
    let n: u64 = n.parse()?;
    let out = Path::new(out);
    let start = Instant::now();
    let (events, files) = if format == "partitioned" {
        let by = [Partition::Month, Partition::Country];
        let mut x = PartitionedExporter::new(out, Format::Parquet, &by, ExportOptions::default())?;
        for i in 0..n {
            x.write(&common::synthetic(i))?;
        }
        let s = x.finish()?;
        (s.events, s.files.len())
    } else {
        let mut x = Exporter::new(format.parse()?, File::create(out)?)?;
        for i in 0..n {
            x.write(&common::synthetic(i))?;
        }
        (x.finish()?.events, 1)
    };
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{format}: {events} events in {secs:.2} s = {:.0} events/s; {files} file(s), {:.1} MiB; peak RSS {} MiB",
        events as f64 / secs,
        size(out) as f64 / 1_048_576.0,
        peak_rss_kib().map_or("?".to_string(), |k| format!("{:.1}", k as f64 / 1024.0)),
    );
    Ok(())
}
