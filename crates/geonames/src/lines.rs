//! Line streaming shared by every reader: plain or gzip input (told by the gzip magic bytes, so
//! a `.gz` file with any name works), one line at a time with a reused buffer, invalid UTF-8 and
//! malformed lines reported as `FILE:LINE: reason` and skipped.

use crate::GeoNamesError;
use flate2::read::MultiGzDecoder;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// How many bad-line messages a [`FileReport`] keeps (all are counted).
pub const KEEP_ERRORS: usize = 50;

/// One skipped line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: String,
    pub line: u64,
    pub reason: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// What reading one file did: lines read (not counting comments and blank lines), lines
/// rejected, and the first [`KEEP_ERRORS`] rejections.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileReport {
    pub file: String,
    pub read: u64,
    pub rejected: u64,
    pub errors: Vec<LineError>,
}

impl FileReport {
    pub fn new(file: &str) -> Self {
        FileReport { file: file.to_string(), ..Default::default() }
    }

    fn reject(&mut self, line: u64, reason: String) {
        self.rejected += 1;
        if self.errors.len() < KEEP_ERRORS {
            self.errors.push(LineError { file: self.file.clone(), line, reason });
        }
    }
}

/// Open a file for reading, decompressing it when it starts with the gzip magic bytes.
pub fn open(path: &Path) -> Result<Box<dyn BufRead + Send>, GeoNamesError> {
    let io = |e| GeoNamesError::Io { path: path.display().to_string(), source: e };
    let f = File::open(path).map_err(io)?;
    let mut r = BufReader::with_capacity(1 << 16, f);
    let gz = r.fill_buf().map_err(io)?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz { Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(r))) } else { Box::new(r) })
}

/// Read a whole file (plain or gzip) into a string; invalid UTF-8 is an error naming the line.
pub fn read_to_string(path: &Path) -> Result<String, GeoNamesError> {
    let mut bytes = Vec::new();
    open(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| GeoNamesError::Io { path: path.display().to_string(), source: e })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        GeoNamesError::Utf8 { file: path.display().to_string(), line: line as u64 }
    })
}

/// Stream the TAB-separated lines of `path`, calling `f(line_number, fields)` for each line that
/// is not blank and does not start with `#`. `f` returns `Err(reason)` to reject the line.
/// Lines that are not UTF-8 are rejected before `f` sees them. I/O errors (including a corrupt
/// or truncated gzip stream) stop the read.
pub fn for_each_row(
    path: &Path,
    mut f: impl FnMut(u64, &[&str]) -> Result<(), String>,
) -> Result<FileReport, GeoNamesError> {
    let name = path.display().to_string();
    let mut report = FileReport::new(&name);
    let mut r = open(path)?;
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut ln = 0u64;
    loop {
        buf.clear();
        let n = r.read_until(b'\n', &mut buf).map_err(|e| GeoNamesError::Io { path: name.clone(), source: e })?;
        if n == 0 {
            break;
        }
        ln += 1;
        let mut line: &[u8] = &buf;
        if let Some(l) = line.strip_suffix(b"\n") {
            line = l;
        }
        if let Some(l) = line.strip_suffix(b"\r") {
            line = l;
        }
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        report.read += 1;
        let Ok(text) = std::str::from_utf8(line) else {
            report.reject(ln, "invalid UTF-8".into());
            continue;
        };
        let fields: Vec<&str> = text.split('\t').collect();
        if let Err(reason) = f(ln, &fields) {
            report.reject(ln, reason);
        }
    }
    Ok(report)
}
