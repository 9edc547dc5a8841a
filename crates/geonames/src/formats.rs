//! Typed streaming readers for the GeoNames dump files (format: the dump's `readme.txt`).
//!
//! Each reader calls a closure with one borrowed record per good line and returns the
//! [`FileReport`] of the file: a line with the wrong number of columns, a non-numeric id or
//! coordinate, or invalid UTF-8 is reported as `FILE:LINE: reason` and skipped.

use crate::lines::{for_each_row, FileReport};
use crate::GeoNamesError;
use std::path::Path;

/// One line of `allCountries.txt` / `XX.txt` / `cities500.txt` (19 columns). Columns ahdath
/// does not use (cc2, admin3, admin4, elevation, dem, timezone, date) are checked for count only.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoName<'a> {
    pub id: u64,
    pub name: &'a str,
    pub asciiname: &'a str,
    /// Comma-separated alternate names, without language tags.
    pub alternatenames: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub feature_class: &'a str,
    pub feature_code: &'a str,
    pub country: &'a str,
    pub admin1: &'a str,
    pub admin2: &'a str,
    /// 0 when unknown.
    pub population: u64,
}

/// One line of `alternateNamesV2.txt` (10 columns) or the older `alternateNames.txt` (8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AltName<'a> {
    pub id: u64,
    pub geonameid: u64,
    /// ISO 639 language code, or a pseudo-code (`post`, `link`, `iata`, …); may be empty.
    pub lang: &'a str,
    pub name: &'a str,
    pub preferred: bool,
    pub short: bool,
    pub colloquial: bool,
    pub historic: bool,
}

/// One line of `admin1CodesASCII.txt` (`CC.A1`) or `admin2Codes.txt` (`CC.A1.A2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminCode<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub asciiname: &'a str,
    pub geonameid: u64,
}

fn id(s: &str, what: &str) -> Result<u64, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{what} {s:?} is not a number"));
    }
    s.parse().map_err(|_| format!("{what} {s:?} is out of range"))
}

fn coord(s: &str, what: &str, max: f64) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= max => Ok(v),
        Ok(_) => Err(format!("{what} {s:?} is out of range")),
        Err(_) => Err(format!("{what} {s:?} is not a number")),
    }
}

fn flag(s: &str, what: &str) -> Result<bool, String> {
    match s {
        "" | "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("{what} {s:?} is not 0, 1 or empty")),
    }
}

fn columns(f: &[&str], want: &[usize]) -> Result<(), String> {
    if want.contains(&f.len()) {
        Ok(())
    } else {
        let w: Vec<String> = want.iter().map(|n| n.to_string()).collect();
        Err(format!("expected {} tab-separated columns, found {}", w.join(" or "), f.len()))
    }
}

/// Parse one places line (already split at TABs).
pub fn parse_geoname<'a>(f: &[&'a str]) -> Result<GeoName<'a>, String> {
    columns(f, &[19])?;
    Ok(GeoName {
        id: id(f[0], "geonameid")?,
        name: f[1],
        asciiname: f[2],
        alternatenames: f[3],
        lat: coord(f[4], "latitude", 90.0)?,
        lon: coord(f[5], "longitude", 180.0)?,
        feature_class: f[6],
        feature_code: f[7],
        country: f[8],
        admin1: f[10],
        admin2: f[11],
        population: if f[14].is_empty() { 0 } else { id(f[14], "population")? },
    })
}

/// Parse one alternate-names line.
pub fn parse_alt_name<'a>(f: &[&'a str]) -> Result<AltName<'a>, String> {
    columns(f, &[8, 10])?;
    Ok(AltName {
        id: id(f[0], "alternateNameId")?,
        geonameid: id(f[1], "geonameid")?,
        lang: f[2],
        name: f[3],
        preferred: flag(f[4], "isPreferredName")?,
        short: flag(f[5], "isShortName")?,
        colloquial: flag(f[6], "isColloquial")?,
        historic: flag(f[7], "isHistoric")?,
    })
}

/// Parse one admin codes line; `parts` is 2 for admin1 (`IQ.10`), 3 for admin2 (`IQ.10.1234`).
pub fn parse_admin_code<'a>(f: &[&'a str], parts: usize) -> Result<AdminCode<'a>, String> {
    columns(f, &[4])?;
    if f[0].split('.').count() != parts || f[0].split('.').any(str::is_empty) {
        let shape = if parts == 2 { "CC.ADMIN1" } else { "CC.ADMIN1.ADMIN2" };
        return Err(format!("code {:?} is not {shape}", f[0]));
    }
    Ok(AdminCode { code: f[0], name: f[1], asciiname: f[2], geonameid: id(f[3], "geonameid")? })
}

/// Stream a places file (`allCountries.txt`, `XX.txt`, plain or gzip).
pub fn read_geonames(path: &Path, mut f: impl FnMut(&GeoName<'_>)) -> Result<FileReport, GeoNamesError> {
    for_each_row(path, |_, cols| parse_geoname(cols).map(|g| f(&g)))
}

/// Stream `alternateNamesV2.txt` (or the 8-column `alternateNames.txt`).
pub fn read_alternate_names(path: &Path, mut f: impl FnMut(&AltName<'_>)) -> Result<FileReport, GeoNamesError> {
    for_each_row(path, |_, cols| parse_alt_name(cols).map(|a| f(&a)))
}

/// Stream `admin1CodesASCII.txt` (`parts` = 2) or `admin2Codes.txt` (`parts` = 3).
pub fn read_admin_codes(
    path: &Path,
    parts: usize,
    mut f: impl FnMut(&AdminCode<'_>),
) -> Result<FileReport, GeoNamesError> {
    for_each_row(path, |_, cols| parse_admin_code(cols, parts).map(|a| f(&a)))
}

/// Stream GeoNames' `countryInfo.txt`, calling `f(iso2, iso3)`.
pub fn read_country_info(path: &Path, mut f: impl FnMut(&str, &str)) -> Result<FileReport, GeoNamesError> {
    for_each_row(path, |_, cols| {
        if cols.len() < 17 {
            return Err(format!("expected 19 tab-separated columns, found {}", cols.len()));
        }
        let ok2 = cols[0].len() == 2 && cols[0].bytes().all(|b| b.is_ascii_uppercase());
        let ok3 = cols[1].len() == 3 && cols[1].bytes().all(|b| b.is_ascii_uppercase());
        if !ok2 || !ok3 {
            return Err(format!("country codes {:?} / {:?} are not ISO2 / ISO3", cols[0], cols[1]));
        }
        f(cols[0], cols[1]);
        Ok(())
    })
}
