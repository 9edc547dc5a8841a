//! Hive-partitioned exports, read back with the parquet crate.

mod common;

use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;

use ahdath_export::{ExportError, ExportOptions, Format, Partition, PartitionedExporter, FALLBACK_PARTITION};
use ahdath_record::StoredEvent;
use arrow_array::cast::AsArray;
use arrow_array::Array;
use common::{fixtures, synthetic};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

/// Reads a Parquet file back: its `(event_id, location_country, date)` rows.
fn read_rows(path: &Path) -> Vec<(String, Option<String>, Option<String>)> {
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap()).unwrap().build().unwrap();
    let mut rows = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let ids = batch.column_by_name("event_id").unwrap().as_string::<i32>().clone();
        let countries = batch.column_by_name("location_country").unwrap().as_string::<i32>().clone();
        let dates = batch.column_by_name("date").unwrap().as_string::<i32>().clone();
        for i in 0..batch.num_rows() {
            let opt = |a: &arrow_array::StringArray| (!a.is_null(i)).then(|| a.value(i).to_string());
            rows.push((ids.value(i).to_string(), opt(&countries), opt(&dates)));
        }
    }
    rows
}

#[test]
fn month_country_folders_with_fallbacks_and_rollover() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lake");
    // Two open files at most, and events interleaved across more partitions than that, so files
    // are closed and later continued in part-1, part-2…
    let options = ExportOptions { row_group_size: 50, max_open_files: 2, partition_buffer_rows: 1_000 };
    let mut x =
        PartitionedExporter::new(&out, Format::Parquet, &[Partition::Month, Partition::Country], options).unwrap();
    let mut events: Vec<StoredEvent> = (0..600).map(synthetic).collect();
    events.extend(fixtures());
    // A country code that would escape the directory must land in the fallback folder.
    let mut hostile = fixtures().remove(0);
    hostile.id = "hostile".into();
    hostile.location.as_mut().unwrap().country = Some("../..".into());
    events.push(hostile);
    for e in &events {
        x.write(e).unwrap();
        assert!(x.open_files() <= 2);
        assert!(x.buffered_rows() <= 2 * 50);
    }
    let summary = x.finish().unwrap();
    assert_eq!(summary.events, events.len() as u64);
    assert_eq!(summary.max_open_files, 2);

    let mut seen: BTreeMap<String, (Option<String>, Option<String>)> = BTreeMap::new();
    let mut total = 0;
    for f in &summary.files {
        let rel = f.path.strip_prefix(&out).unwrap();
        let parts: Vec<String> = rel.iter().map(|c| c.to_str().unwrap().to_string()).collect();
        assert_eq!(parts.len(), 3, "{rel:?}");
        let month = parts[0].strip_prefix("month=").expect("month= folder first");
        let country = parts[1].strip_prefix("country=").expect("country= folder second");
        assert!(parts[2].starts_with("part-") && parts[2].ends_with(".parquet"));
        let rows = read_rows(&f.path);
        assert_eq!(rows.len() as u64, f.events);
        total += rows.len();
        for (id, c, d) in rows {
            // Every row sits in the folder its own values name.
            let want_country = c.clone().filter(|c| c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()));
            assert_eq!(country, want_country.as_deref().unwrap_or(FALLBACK_PARTITION), "{id}");
            let want_month = d.as_deref().filter(|d| d.len() >= 7).map(|d| &d[..7]);
            assert_eq!(month, want_month.unwrap_or(FALLBACK_PARTITION), "{id}");
            assert!(seen.insert(id, (c, d)).is_none(), "each event is written once");
        }
    }
    assert_eq!(total, events.len());
    assert_eq!(seen.len(), events.len());

    // The documented folders exist: a known one, the no-place fallback, the year-only fallback.
    assert!(out.join("month=2021-01/country=IRQ").is_dir());
    assert!(out.join(format!("month=2024-03/country={FALLBACK_PARTITION}")).join("part-0.parquet").is_file());
    assert!(out.join(format!("month={FALLBACK_PARTITION}/country=SYR/part-0.parquet")).is_file());
    // With only two open files, partitions met again were continued in later parts.
    assert!(summary.files.iter().any(|f| f.path.ends_with("part-1.parquet")));
    // Nothing was written outside the output directory.
    assert!(!dir.path().join("hostile").exists() && std::fs::read_dir(dir.path()).unwrap().count() == 1);
}

/// Interleaved input over 72 partitions, with room for all files but little memory: still one
/// file per partition, the buffer stays within its budget, and row groups shrink instead.
#[test]
fn interleaved_input_keeps_one_file_per_partition_within_the_buffer_budget() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lake");
    let options = ExportOptions { row_group_size: 100, max_open_files: 100, partition_buffer_rows: 150 };
    let by = [Partition::Month, Partition::Country];
    let mut x = PartitionedExporter::new(&out, Format::Parquet, &by, options).unwrap();
    // synthetic() cycles through 5 countries (+ no place) and 12 months: consecutive events
    // almost always belong to different partitions.
    const N: u64 = 3_000;
    for i in 0..N {
        x.write(&synthetic(i)).unwrap();
        assert!(x.buffered_rows() <= 150, "buffer over budget after event {i}");
    }
    let summary = x.finish().unwrap();
    assert_eq!(summary.events, N);
    assert!(summary.max_buffered_rows <= 151);
    let folders: std::collections::BTreeSet<_> = summary.files.iter().map(|f| f.path.parent().unwrap()).collect();
    assert_eq!(folders.len(), 72);
    assert_eq!(summary.files.len(), 72, "no partition was split into several files");
    let mut total = 0;
    let mut small_groups = 0;
    for f in &summary.files {
        let builder = ParquetRecordBatchReaderBuilder::try_new(File::open(&f.path).unwrap()).unwrap();
        let meta = builder.metadata();
        small_groups += meta.row_groups().iter().filter(|g| g.num_rows() < 100).count();
        total += meta.file_metadata().num_rows();
        assert_eq!(read_rows(&f.path).len() as u64, f.events);
    }
    assert_eq!(total as u64, N);
    assert!(small_groups > 72, "memory pressure wrote row groups early");
}

#[test]
fn refuses_a_non_empty_directory_and_writes_other_formats() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.parquet"), b"x").unwrap();
    let err = PartitionedExporter::new(dir.path(), Format::Parquet, &[Partition::Country], ExportOptions::default());
    assert!(matches!(err, Err(ExportError::DirectoryNotEmpty(_))));

    let out = dir.path().join("csv");
    let mut x = PartitionedExporter::new(&out, Format::Csv, &[Partition::Country], ExportOptions::default()).unwrap();
    for e in fixtures() {
        x.write(&e).unwrap();
    }
    let summary = x.finish().unwrap();
    let names: Vec<String> =
        summary.files.iter().map(|f| f.path.strip_prefix(&out).unwrap().to_str().unwrap().to_string()).collect();
    assert_eq!(
        names,
        [
            "country=EGY/part-0.csv".to_string(),
            "country=IRQ/part-0.csv".to_string(),
            "country=SYR/part-0.csv".to_string(),
            format!("country={FALLBACK_PARTITION}/part-0.csv"),
        ]
    );
    let rows = csv::Reader::from_path(out.join("country=IRQ/part-0.csv")).unwrap().records().count();
    assert_eq!(rows, 1);
}

#[test]
fn partition_lists_parse_as_the_cli_takes_them() {
    assert_eq!(Partition::parse_list("month, country").unwrap(), [Partition::Month, Partition::Country]);
    assert!(matches!(Partition::parse_list("month,admin1"), Err(ExportError::UnknownPartition(p)) if p == "admin1"));
}
