//! `ahdath export` end to end: ingest the bundled examples, export with filters in every
//! format, and read each file back with a real reader.

use parquet::file::reader::{FileReader, SerializedFileReader};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");

fn ahdath(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_ahdath")).args(args).output().unwrap();
    assert!(out.status.success(), "ahdath {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn ingest(dir: &Path) -> String {
    let db = dir.join("e.db").display().to_string();
    ahdath(&["ingest", "--db", &db, EXAMPLES]);
    db
}

/// Events of the database matching the extra arguments, via `search --json`.
fn search(db: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["search", "--db", db, "--json", "--limit", "100000"];
    args.extend_from_slice(extra);
    let out = ahdath(&args);
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn every_format_reads_back_with_the_filtered_events() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingest(dir.path());
    let all = search(&db, &[]);
    let assaults = search(&db, &["--type", "ASSAULT"]);
    assert!(!assaults.is_empty() && assaults.len() < all.len(), "{} of {}", assaults.len(), all.len());

    // JSON Lines: the same events as search.
    let jl = dir.path().join("a.jsonl");
    ahdath(&["export", "--db", &db, "--type", "ASSAULT", "-o", jl.to_str().unwrap()]);
    let back: Vec<Value> =
        std::fs::read_to_string(&jl).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids = |v: &[Value]| v.iter().map(|e| e["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&back), ids(&assaults));

    // CSV: one row per event, ACLED-style header, Arabic notes intact.
    let csv_path = dir.path().join("a.csv");
    ahdath(&["export", "--db", &db, "--type", "ASSAULT", "-o", csv_path.to_str().unwrap()]);
    let mut rdr = csv::Reader::from_path(&csv_path).unwrap();
    let header = rdr.headers().unwrap().clone();
    let notes = header.iter().position(|h| h == "notes").expect("notes column");
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), assaults.len());
    assert!(rows.iter().all(|r| r[notes].chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))));

    // GeoJSON: a FeatureCollection with one feature per event.
    let gj = dir.path().join("a.geojson");
    ahdath(&["export", "--db", &db, "--type", "ASSAULT", "-o", gj.to_str().unwrap()]);
    let v: Value = serde_json::from_slice(&std::fs::read(&gj).unwrap()).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    assert_eq!(v["features"].as_array().unwrap().len(), assaults.len());

    // Parquet: the parquet crate's reader sees every event.
    let pq = dir.path().join("all.parquet");
    ahdath(&["export", "--db", &db, "-o", pq.to_str().unwrap()]);
    let reader = SerializedFileReader::new(std::fs::File::open(&pq).unwrap()).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows() as usize, all.len());
    assert!(!dir.path().join("all.parquet.partial").exists());
}

#[test]
fn partitioned_parquet_has_hive_folders_and_all_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingest(dir.path());
    let all = search(&db, &[]);
    let lake = dir.path().join("lake");
    ahdath(&["export", "--db", &db, "--partition-by", "month,country", "-o", lake.to_str().unwrap()]);
    let mut rows = 0usize;
    let mut stack = vec![lake.clone()];
    let mut folders = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                assert!(name.starts_with("month=") || name.starts_with("country="), "{name}");
                folders += 1;
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "parquet") {
                let r = SerializedFileReader::new(std::fs::File::open(&p).unwrap()).unwrap();
                rows += r.metadata().file_metadata().num_rows() as usize;
            }
        }
    }
    assert!(folders >= 2);
    assert_eq!(rows, all.len());
}

#[test]
fn a_bad_format_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingest(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_ahdath"))
        .args(["export", "--db", &db, "-o", dir.path().join("x.xlsx").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format"), "{}", String::from_utf8_lossy(&out.stderr));
}
