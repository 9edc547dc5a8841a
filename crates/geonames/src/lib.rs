//! GeoNames dumps for ahdath: streaming readers for `allCountries.txt` / `XX.txt`,
//! `alternateNamesV2.txt`, `admin1CodesASCII.txt`, `admin2Codes.txt` and `countryInfo.txt`
//! (plain or gzip; `.zip` archives must be unzipped first), and [`import`], which turns them into
//! a gazetteer file in the built-in 11-column format (`docs/gazetteer.md`) that
//! `ahdath code --gazetteer FILE` loads.
//!
//! Bad lines never stop a read: each is reported as `FILE:LINE: reason` in the file's
//! [`FileReport`] and skipped.

pub mod formats;
pub mod forms;
pub mod import;
pub mod lines;
pub mod tables;

pub use formats::{
    read_admin_codes, read_alternate_names, read_country_info, read_geonames, AdminCode, AltName, GeoName,
};
pub use import::{import, map_feature, ImportOptions, ImportSummary};
pub use lines::{read_to_string, FileReport, LineError};

/// Errors that stop a read or an import (bad lines do not: they are reported and skipped).
#[derive(Debug, thiserror::Error)]
pub enum GeoNamesError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{file}:{line}: invalid UTF-8")]
    Utf8 { file: String, line: u64 },
    #[error("{0}")]
    Options(String),
}
