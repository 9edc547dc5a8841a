//! Hive-style partitioned exports (issue 6, part 4): `dir/month=2013-02/country=EGY/part-0.parquet`,
//! the layout DuckDB (`hive_partitioning`), Spark and pyarrow/pandas read as a table with `month`
//! and `country` columns taken from the paths.
//!
//! Events arrive in any order, so a writer per partition is opened on demand and kept open, so
//! that interleaved input still gives one file per partition. Two bounds hold whatever the
//! input:
//! - memory: the open files together buffer at most [`ExportOptions::partition_buffer_rows`]
//!   events; past it, the file buffering the most encodes its rows as a row group early (row
//!   groups get smaller, files do not multiply);
//! - open files: at most [`ExportOptions::max_open_files`]; the least recently used file is
//!   completed and closed when another is needed, and a partition met again afterwards continues
//!   in the next part (`part-1`, `part-2`, …), since a finished Parquet file cannot be appended
//!   to. With more partitions than that, input sorted by the partition keys keeps files few.
//!
//! The partition columns are not repeated inside the files (the files carry `location_country`
//! and `date` instead), because Spark refuses a column that is both in the data and in the path.

use std::collections::HashMap;
use std::fmt;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ahdath_record::StoredEvent;

use crate::dates::DateParts;
use crate::{ExportError, ExportOptions, ExportSummary, Exporter, Format};

/// The folder value of an unknown or unusable partition value (no date, a year-only date, no
/// place or country, a non-alpha-3 country): Hive's default partition name, which Spark and
/// pyarrow read back as `null`.
pub const FALLBACK_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// A partition key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Partition {
    /// `month=YYYY-MM`, from the event date (day or month precision).
    Month,
    /// `country=XXX`, the ISO alpha-3 code of the event's place.
    Country,
}

impl Partition {
    /// The key as it appears in folder names.
    pub fn name(self) -> &'static str {
        match self {
            Partition::Month => "month",
            Partition::Country => "country",
        }
    }

    /// This key's value for an event; `None` sends it to [`FALLBACK_PARTITION`]. Values are
    /// validated (`YYYY-MM`, three ASCII capitals), so no event can name a path outside `dir`.
    fn value(self, e: &StoredEvent) -> Option<String> {
        match self {
            Partition::Month => e.date.as_deref().and_then(DateParts::parse).and_then(|d| d.month_key()),
            Partition::Country => e
                .location
                .as_ref()
                .and_then(|p| p.country.as_deref())
                .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
                .map(str::to_string),
        }
    }

    /// Reads a comma-separated list as the CLI's `--partition-by month,country` takes it.
    pub fn parse_list(s: &str) -> Result<Vec<Partition>, ExportError> {
        s.split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::parse).collect()
    }
}

impl FromStr for Partition {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "month" => Ok(Partition::Month),
            "country" => Ok(Partition::Country),
            _ => Err(ExportError::UnknownPartition(s.to_string())),
        }
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One file a partitioned export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionFile {
    pub path: PathBuf,
    pub events: u64,
}

/// What a partitioned export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionedSummary {
    pub events: u64,
    pub without_geometry: u64,
    /// Every file written, sorted by path.
    pub files: Vec<PartitionFile>,
    /// The most files that were open at once (at most `max_open_files`).
    pub max_open_files: usize,
    /// The most events buffered at once across open files (at most `partition_buffer_rows + 1`:
    /// the event that crosses the limit is buffered before the fullest file is written out).
    pub max_buffered_rows: usize,
}

struct OpenPart {
    exporter: Exporter<File>,
    path: PathBuf,
    last_used: u64,
}

#[derive(Default)]
struct PartitionState {
    next_part: u32,
    open: Option<OpenPart>,
}

/// Writes events into one file per partition under a directory; see the module docs.
pub struct PartitionedExporter {
    dir: PathBuf,
    format: Format,
    partition_by: Vec<Partition>,
    options: ExportOptions,
    partitions: HashMap<PathBuf, PartitionState>,
    open: usize,
    max_open_seen: usize,
    /// Events buffered by all open files (the sum of their `buffered_rows`).
    buffered: usize,
    max_buffered_seen: usize,
    clock: u64,
    events: u64,
    without_geometry: u64,
    files: Vec<PartitionFile>,
}

impl PartitionedExporter {
    /// Starts an export into `dir`, which must not exist or be empty (so that no file of an
    /// earlier export can be mistaken for part of this one). An empty `partition_by` writes
    /// `dir/part-0.ext`.
    pub fn new(
        dir: &Path,
        format: Format,
        partition_by: &[Partition],
        options: ExportOptions,
    ) -> Result<Self, ExportError> {
        options.validate()?;
        if dir.exists() && fs::read_dir(dir)?.next().is_some() {
            return Err(ExportError::DirectoryNotEmpty(dir.to_path_buf()));
        }
        fs::create_dir_all(dir)?;
        Ok(PartitionedExporter {
            dir: dir.to_path_buf(),
            format,
            partition_by: partition_by.to_vec(),
            options,
            partitions: HashMap::new(),
            open: 0,
            max_open_seen: 0,
            buffered: 0,
            max_buffered_seen: 0,
            clock: 0,
            events: 0,
            without_geometry: 0,
            files: Vec::new(),
        })
    }

    /// The folder of an event relative to `dir`, e.g. `month=2013-02/country=EGY`.
    fn folder(&self, e: &StoredEvent) -> PathBuf {
        self.partition_by
            .iter()
            .map(|p| format!("{}={}", p.name(), p.value(e).as_deref().unwrap_or(FALLBACK_PARTITION)))
            .collect()
    }

    /// Writes one event into its partition's file, opening (and if needed evicting) files.
    pub fn write(&mut self, e: &StoredEvent) -> Result<(), ExportError> {
        let folder = self.folder(e);
        self.clock += 1;
        let needs_open = !matches!(self.partitions.get(&folder), Some(PartitionState { open: Some(_), .. }));
        if needs_open {
            if self.open >= self.options.max_open_files {
                self.close_least_recent()?;
            }
            let state = self.partitions.entry(folder.clone()).or_default();
            let dir = self.dir.join(&folder);
            fs::create_dir_all(&dir)?;
            let path = dir.join(format!("part-{}.{}", state.next_part, self.format.extension()));
            state.next_part += 1;
            let exporter = Exporter::with_options(self.format, File::create(&path)?, self.options)?;
            state.open = Some(OpenPart { exporter, path, last_used: 0 });
            self.open += 1;
            self.max_open_seen = self.max_open_seen.max(self.open);
        }
        let part = self.partitions.get_mut(&folder).and_then(|s| s.open.as_mut()).expect("opened above");
        part.last_used = self.clock;
        let before = part.exporter.buffered_rows();
        let written = part.exporter.write(e);
        self.buffered = self.buffered - before + part.exporter.buffered_rows();
        written?;
        self.max_buffered_seen = self.max_buffered_seen.max(self.buffered);
        if self.buffered > self.options.partition_buffer_rows {
            self.relieve()?;
        }
        Ok(())
    }

    /// Frees buffer memory: the open file buffering the most events encodes them now.
    fn relieve(&mut self) -> Result<(), ExportError> {
        let fullest = self
            .partitions
            .values_mut()
            .filter_map(|s| s.open.as_mut())
            .max_by_key(|p| (p.exporter.buffered_rows(), std::cmp::Reverse(p.last_used)));
        if let Some(part) = fullest {
            let rows = part.exporter.buffered_rows();
            part.exporter.flush_buffer()?;
            self.buffered -= rows;
        }
        Ok(())
    }

    /// Files open now.
    pub fn open_files(&self) -> usize {
        self.open
    }

    /// Events buffered in memory across all open files (see [`Exporter::buffered_rows`]); never
    /// more than [`ExportOptions::partition_buffer_rows`] between calls.
    pub fn buffered_rows(&self) -> usize {
        self.buffered
    }

    fn close_least_recent(&mut self) -> Result<(), ExportError> {
        let victim = self
            .partitions
            .iter()
            .filter_map(|(k, s)| s.open.as_ref().map(|p| (p.last_used, k)))
            .min()
            .map(|(_, k)| k.clone());
        if let Some(k) = victim {
            let part = self.partitions.get_mut(&k).and_then(|s| s.open.take()).expect("victim is open");
            self.close(part)?;
        }
        Ok(())
    }

    fn close(&mut self, part: OpenPart) -> Result<(), ExportError> {
        self.open -= 1;
        self.buffered -= part.exporter.buffered_rows();
        let summary = part.exporter.finish()?;
        self.add(&summary);
        self.files.push(PartitionFile { path: part.path, events: summary.events });
        Ok(())
    }

    fn add(&mut self, s: &ExportSummary) {
        self.events += s.events;
        self.without_geometry += s.without_geometry;
    }

    /// Completes and closes every open file and lists what was written.
    pub fn finish(mut self) -> Result<PartitionedSummary, ExportError> {
        let mut open: Vec<OpenPart> = self.partitions.values_mut().filter_map(|s| s.open.take()).collect();
        open.sort_by(|a, b| a.path.cmp(&b.path));
        for part in open {
            self.close(part)?;
        }
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(PartitionedSummary {
            events: self.events,
            without_geometry: self.without_geometry,
            files: self.files,
            max_open_files: self.max_open_seen,
            max_buffered_rows: self.max_buffered_seen,
        })
    }
}
