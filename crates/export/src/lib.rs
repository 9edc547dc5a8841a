//! Streamed exports of canonical events ([`StoredEvent`]) to CSV with ACLED-style columns, PLOVER
//! JSON Lines, GeoJSON and Parquet (issue 4, part 4), and Hive-partitioned Parquet (issue 6,
//! part 4).
//!
//! Events are pushed one at a time ([`Exporter::write`]) and written as they arrive, so an export
//! of millions of events from a database cursor holds at most one Parquet row group
//! ([`ExportOptions::row_group_size`] rows) in memory, and one event for the other formats.
//! Every column and the PLOVER → ACLED mapping are documented in `docs/export.md`.
//!
//! ```no_run
//! # fn events() -> Vec<ahdath_record::StoredEvent> { vec![] }
//! use ahdath_export::{Exporter, Format};
//! let file = std::fs::File::create("events.parquet")?;
//! let mut exporter = Exporter::new(Format::Parquet, file)?;
//! for e in events() {
//!     exporter.write(&e)?;
//! }
//! let summary = exporter.finish()?;
//! eprintln!("{} events, {} without coordinates", summary.events, summary.without_geometry);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod acled;
mod csv_out;
mod dates;
mod geojson;
mod parquet_out;
mod partition;
mod view;

use std::fmt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ahdath_record::StoredEvent;

pub use acled::{classify, AcledClass};
pub use csv_out::CSV_COLUMNS;
pub use parquet_out::parquet_schema;
pub use partition::{Partition, PartitionFile, PartitionedExporter, PartitionedSummary, FALLBACK_PARTITION};

use crate::csv_out::CsvSink;
use crate::geojson::GeoJsonSink;
use crate::parquet_out::ParquetSink;
use crate::view::View;

/// Rows per Parquet row group by default: large enough for good compression and fast scans,
/// small enough (a few MB of Arrow buffers) to keep memory flat.
pub const DEFAULT_ROW_GROUP_SIZE: usize = 8_192;

/// Open files a [`PartitionedExporter`] keeps by default (well under the usual limit of 1,024
/// file descriptors per process).
pub const DEFAULT_MAX_OPEN_FILES: usize = 128;

/// Events the open files of a [`PartitionedExporter`] may buffer together by default (a few tens
/// of MB of Arrow buffers for typical events).
pub const DEFAULT_PARTITION_BUFFER_ROWS: usize = 65_536;

/// Errors of an export. Nothing is retried; the output is incomplete after an error.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("CSV error: {0}")]
    Csv(#[from] csv::Error),
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("Parquet error: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("Arrow error: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    #[error("unknown export format {0:?} (expected csv, jsonl, geojson or parquet)")]
    UnknownFormat(String),
    #[error("unknown partition key {0:?} (expected month or country)")]
    UnknownPartition(String),
    #[error("event {id}: {field} = {value} does not fit its Parquet column")]
    OutOfRange { id: String, field: &'static str, value: u64 },
    #[error("invalid export options: {0}")]
    Options(&'static str),
    #[error("output directory {0} exists and is not empty")]
    DirectoryNotEmpty(PathBuf),
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// ACLED-style columns then PLOVER columns, one row per event.
    Csv,
    /// One `StoredEvent` a line, as SPEC §2 names its fields.
    Jsonl,
    /// A `FeatureCollection` of points (`null` geometry where the place has no coordinates).
    GeoJson,
    /// Typed columns in row groups, for DuckDB, pandas and Spark.
    Parquet,
}

impl Format {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::GeoJson => "geojson",
            Format::Parquet => "parquet",
        }
    }

    /// The format a file name's extension implies (`out.geojson` → GeoJSON), case-insensitively;
    /// `.ndjson` is JSON Lines and `.pq` Parquet.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()?.to_str()?.parse().ok()
    }
}

impl FromStr for Format {
    type Err = ExportError;

    /// Reads a format name as the CLI's `--format` takes it (`csv`, `jsonl`, `geojson`,
    /// `parquet`, plus the aliases `ndjson` and `pq`), case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "geojson" => Ok(Format::GeoJson),
            "parquet" | "pq" => Ok(Format::Parquet),
            _ => Err(ExportError::UnknownFormat(s.to_string())),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// Tuning of an export; [`Default`] suits most uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Rows per Parquet row group, which is also the most rows a Parquet exporter buffers.
    /// Must be at least 1.
    pub row_group_size: usize,
    /// Files a [`PartitionedExporter`] keeps open at once; the least recently used one is closed
    /// when another is needed. Must be at least 1.
    pub max_open_files: usize,
    /// Events all open files of a [`PartitionedExporter`] may buffer together; past it, the file
    /// buffering the most writes them out as a (smaller) row group. Must be at least 1.
    pub partition_buffer_rows: usize,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            row_group_size: DEFAULT_ROW_GROUP_SIZE,
            max_open_files: DEFAULT_MAX_OPEN_FILES,
            partition_buffer_rows: DEFAULT_PARTITION_BUFFER_ROWS,
        }
    }
}

impl ExportOptions {
    fn validate(&self) -> Result<(), ExportError> {
        if self.row_group_size == 0 {
            return Err(ExportError::Options("row_group_size must be at least 1"));
        }
        if self.max_open_files == 0 {
            return Err(ExportError::Options("max_open_files must be at least 1"));
        }
        if self.partition_buffer_rows == 0 {
            return Err(ExportError::Options("partition_buffer_rows must be at least 1"));
        }
        Ok(())
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub format: Format,
    /// Events written.
    pub events: u64,
    /// Events whose place has no valid point (no place, or no or invalid coordinates): GeoJSON
    /// features with `null` geometry, empty `latitude`/`longitude` elsewhere.
    pub without_geometry: u64,
    /// Parquet row groups written (0 for the other formats).
    pub row_groups: u64,
    /// The most events held in memory at once before being encoded (Parquet; 0 otherwise).
    pub max_buffered_rows: usize,
}

enum Sink<W: Write + Send> {
    Csv(Box<CsvSink<W>>),
    Jsonl(BufWriter<W>),
    GeoJson(GeoJsonSink<W>),
    Parquet(Box<ParquetSink<W>>),
}

/// Writes events to one destination in one format, as they are given.
///
/// Pass an unbuffered writer (a `File`): each format buffers its own output. Call
/// [`finish`](Self::finish): it writes what a format needs at the end (the GeoJSON closing
/// brackets, the Parquet footer) and flushes; an exporter dropped without it leaves an
/// incomplete file.
pub struct Exporter<W: Write + Send> {
    sink: Sink<W>,
    format: Format,
    events: u64,
    without_geometry: u64,
}

impl<W: Write + Send> Exporter<W> {
    /// An exporter with [`ExportOptions::default`]. CSV writes its header and GeoJSON its
    /// opening here, so an export of no events is still a valid file.
    pub fn new(format: Format, writer: W) -> Result<Self, ExportError> {
        Self::with_options(format, writer, ExportOptions::default())
    }

    pub fn with_options(format: Format, writer: W, options: ExportOptions) -> Result<Self, ExportError> {
        options.validate()?;
        let sink = match format {
            Format::Csv => Sink::Csv(Box::new(CsvSink::new(writer)?)),
            Format::Jsonl => Sink::Jsonl(BufWriter::new(writer)),
            Format::GeoJson => Sink::GeoJson(GeoJsonSink::new(writer)?),
            Format::Parquet => Sink::Parquet(Box::new(ParquetSink::new(writer, options.row_group_size)?)),
        };
        Ok(Exporter { sink, format, events: 0, without_geometry: 0 })
    }

    /// Writes one event.
    pub fn write(&mut self, e: &StoredEvent) -> Result<(), ExportError> {
        let view = View::new(e);
        match &mut self.sink {
            Sink::Csv(s) => s.write(&view)?,
            Sink::Jsonl(w) => {
                serde_json::to_writer(&mut *w, e)?;
                w.write_all(b"\n")?;
            }
            Sink::GeoJson(s) => s.write(&view)?,
            Sink::Parquet(s) => s.write(&view)?,
        }
        self.events += 1;
        if view.point.is_none() {
            self.without_geometry += 1;
        }
        Ok(())
    }

    /// Events written so far.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Events held in memory and not yet encoded: at most [`ExportOptions::row_group_size`] for
    /// Parquet, always 0 for the other formats (they encode each event as it is written).
    pub fn buffered_rows(&self) -> usize {
        match &self.sink {
            Sink::Parquet(s) => s.buffered_rows(),
            _ => 0,
        }
    }

    /// Encodes the buffered Parquet rows now, as a row group smaller than `row_group_size`, to
    /// free their memory (a partitioned export under memory pressure). No-op for other formats.
    pub(crate) fn flush_buffer(&mut self) -> Result<(), ExportError> {
        match &mut self.sink {
            Sink::Parquet(s) => s.flush_row_group(),
            _ => Ok(()),
        }
    }

    /// Completes the output (footer, closing brackets), flushes it and reports what was written.
    pub fn finish(self) -> Result<ExportSummary, ExportError> {
        self.finish_into_inner().map(|(summary, _)| summary)
    }

    /// As [`finish`](Self::finish), also handing back the destination (a `Vec<u8>` in tests).
    pub fn finish_into_inner(self) -> Result<(ExportSummary, W), ExportError> {
        let mut summary = ExportSummary {
            format: self.format,
            events: self.events,
            without_geometry: self.without_geometry,
            row_groups: 0,
            max_buffered_rows: 0,
        };
        let mut w = match self.sink {
            Sink::Csv(s) => s.into_inner()?,
            Sink::Jsonl(w) => w.into_inner().map_err(|e| ExportError::Io(e.into_error()))?,
            Sink::GeoJson(s) => s.into_inner()?,
            Sink::Parquet(s) => {
                summary.max_buffered_rows = s.max_buffered_rows();
                let (w, groups) = s.into_inner()?;
                summary.row_groups = groups;
                w
            }
        };
        w.flush()?;
        Ok((summary, w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names_and_extensions() {
        assert_eq!("CSV".parse::<Format>().unwrap(), Format::Csv);
        assert_eq!("ndjson".parse::<Format>().unwrap(), Format::Jsonl);
        assert!(matches!("xlsx".parse::<Format>(), Err(ExportError::UnknownFormat(s)) if s == "xlsx"));
        assert_eq!(Format::from_path(Path::new("out/events.GeoJSON")), Some(Format::GeoJson));
        assert_eq!(Format::from_path(Path::new("a.pq")), Some(Format::Parquet));
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::from_path(Path::new("parquet")), None);
        for f in [Format::Csv, Format::Jsonl, Format::GeoJson, Format::Parquet] {
            assert_eq!(f.extension().parse::<Format>().unwrap(), f);
        }
    }

    #[test]
    fn zero_sizes_are_rejected() {
        let bad = ExportOptions { row_group_size: 0, ..ExportOptions::default() };
        assert!(matches!(Exporter::with_options(Format::Parquet, Vec::new(), bad), Err(ExportError::Options(_))));
    }
}
