//! `ahdath gazetteer import`: GeoNames dumps → a gazetteer file in the built-in 11-column format.
//!
//! Pass 1 streams the alternate names and keeps the Arabic ones (`isolanguage` = `ar`, not
//! historic; colloquial names are kept) by geonameid. Pass 2 streams the places files and writes
//! each place that has a feature ahdath uses and at least one usable Arabic form. The output is
//! written to a temporary file beside the target and renamed at the end, so an interrupted import
//! never leaves a partial gazetteer.

use crate::formats::{read_admin_codes, read_alternate_names, read_country_info, read_geonames, GeoName};
use crate::forms::{self, Dropped};
use crate::lines::FileReport;
use crate::{tables, GeoNamesError};
use flate2::write::GzEncoder;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// `allCountries.txt`, `XX.txt` … (plain or gzip).
    pub places: Vec<PathBuf>,
    pub alternate_names: Option<PathBuf>,
    pub admin1: Option<PathBuf>,
    pub admin2: Option<PathBuf>,
    /// GeoNames `countryInfo.txt`: ISO2 → ISO3 codes, in place of the embedded table.
    pub country_info: Option<PathBuf>,
    /// Keep only these countries (ISO2 or ISO3 codes, any case); empty keeps all.
    pub countries: Vec<String>,
    /// Output gazetteer; gzip-compressed when the name ends in `.gz`.
    pub out: PathBuf,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    /// One report per file read, in reading order.
    pub files: Vec<FileReport>,
    /// Places read (good lines of the places files).
    pub places_read: u64,
    /// Places written.
    pub kept: u64,
    /// Places not written, by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    /// Places written per feature.
    pub by_feature: BTreeMap<&'static str, u64>,
    /// Places written per ISO3 country.
    pub by_country: BTreeMap<String, u64>,
    /// Arabic alternate names kept after pass 1 (geonameids, names).
    pub arabic_names: (u64, u64),
    /// Forms dropped by the form filters.
    pub forms_dropped: BTreeMap<&'static str, u64>,
    pub seconds: f64,
}

impl ImportSummary {
    /// Lines rejected in all files.
    pub fn rejected(&self) -> u64 {
        self.files.iter().map(|f| f.rejected).sum()
    }

    /// A readable multi-line summary; at most `max_errors` bad lines are listed.
    pub fn to_text(&self, max_errors: usize) -> String {
        let mut s = String::new();
        for f in &self.files {
            let _ = writeln!(s, "read {}: {} lines, {} rejected", f.file, f.read, f.rejected);
        }
        let _ =
            writeln!(s, "Arabic alternate names kept: {} names of {} places", self.arabic_names.1, self.arabic_names.0);
        let _ = writeln!(s, "places: {} read, {} kept", self.places_read, self.kept);
        for (why, n) in &self.skipped {
            let _ = writeln!(s, "  skipped ({why}): {n}");
        }
        let feats: Vec<String> = self.by_feature.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(s, "kept by feature: {}", feats.join(", "));
        let mut cs: Vec<(&String, &u64)> = self.by_country.iter().collect();
        cs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let cs: Vec<String> = cs.iter().take(30).map(|(k, v)| format!("{k} {v}")).collect();
        let more = self.by_country.len().saturating_sub(30);
        let more = if more > 0 { format!(" (+{more} more)") } else { String::new() };
        let _ = writeln!(s, "kept by country ({}): {}{more}", self.by_country.len(), cs.join(", "));
        let fd: Vec<String> = self.forms_dropped.iter().map(|(k, v)| format!("{k} {v}")).collect();
        if !fd.is_empty() {
            let _ = writeln!(s, "Arabic forms dropped: {}", fd.join(", "));
        }
        let mut shown = 0;
        for f in &self.files {
            for e in &f.errors {
                if shown < max_errors {
                    let _ = writeln!(s, "bad line {e}");
                    shown += 1;
                }
            }
        }
        let rejected = self.rejected();
        if rejected as usize > shown {
            let _ = writeln!(s, "({} more bad lines not shown)", rejected as usize - shown);
        }
        let _ = write!(s, "done in {:.1}s", self.seconds);
        s
    }
}

/// The feature ahdath gives a GeoNames feature class/code, `None` for features not imported.
/// Populated places by population: `city` ≥ 100,000 (and capitals), `town` ≥ 5,000 or unknown,
/// `village` below; `PPLX` (section of a populated place) → `neighbourhood`. Historical and
/// abandoned places (`PPLH`, `PPLQ`, `PPLCH`, `ADM1H`, …) are not imported, nor water features.
pub fn map_feature(class: &str, code: &str, population: u64) -> Option<&'static str> {
    Some(match (class, code) {
        ("P", "PPLX") => "neighbourhood",
        ("P", "PPLH" | "PPLQ" | "PPLCH") => return None,
        ("P", "PPLC") => "city",
        ("P", _) if population >= 100_000 => "city",
        ("P", _) if population >= 5_000 || population == 0 => "town",
        ("P", _) => "village",
        ("A", "ADM1") => "admin1",
        ("A", "ADM2") => "admin2",
        ("A", "PCLI" | "PCLIX" | "PCLD" | "PCLF" | "PCLS" | "PCL" | "TERR") => "country",
        ("S", "CMPQ") => return None,
        ("S", c) if c.starts_with("CMP") => "camp",
        ("S", "PSTB") => "crossing",
        ("S", "AIRP") => "area",
        ("T", c) if c.starts_with("MT") => "mountain",
        ("L", "AREA" | "RGN") => "area",
        _ => return None,
    })
}

/// An Arabic alternate name kept in pass 1 (already cleaned).
struct ArForm {
    form: Box<str>,
    preferred: bool,
}

struct Tables {
    iso3: HashMap<String, String>,
    adm1_builtin: HashMap<String, String>,
    adm1_ascii: HashMap<String, String>,
    adm2_ascii: HashMap<String, String>,
}

impl Tables {
    fn admin1(&self, g: &GeoName<'_>) -> Option<&str> {
        if g.admin1.is_empty() || g.admin1 == "00" {
            return None;
        }
        let key = format!("{}.{}", g.country, g.admin1);
        self.adm1_builtin.get(&key).or_else(|| self.adm1_ascii.get(&key)).map(String::as_str)
    }

    fn admin2(&self, g: &GeoName<'_>) -> Option<&str> {
        if g.admin1.is_empty() || g.admin2.is_empty() {
            return None;
        }
        self.adm2_ascii.get(&format!("{}.{}.{}", g.country, g.admin1, g.admin2)).map(String::as_str)
    }
}

enum Out {
    Plain(BufWriter<File>),
    Gz(BufWriter<GzEncoder<File>>),
}

impl Out {
    fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        match self {
            Out::Plain(w) => w.write_all(b),
            Out::Gz(w) => w.write_all(b),
        }
    }

    /// Flush everything (and end the gzip stream) and sync the file to disk.
    fn finish(self) -> std::io::Result<()> {
        let f = match self {
            Out::Plain(w) => w.into_inner().map_err(|e| e.into_error())?,
            Out::Gz(w) => w.into_inner().map_err(|e| e.into_error())?.finish()?,
        };
        f.sync_all()
    }
}

/// Removes the temporary output unless the import finished.
struct TempFile(Option<PathBuf>);

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> GeoNamesError + '_ {
    move |e| GeoNamesError::Io { path: path.display().to_string(), source: e }
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
}

/// Run an import (see the module documentation). Bad lines are counted and skipped; only I/O
/// errors and unusable options stop it.
pub fn import(opts: &ImportOptions) -> Result<ImportSummary, GeoNamesError> {
    let start = Instant::now();
    if opts.places.is_empty() {
        return Err(GeoNamesError::Options("no places file given".into()));
    }
    let mut summary = ImportSummary::default();

    // --- code tables -----------------------------------------------------------------------
    let mut iso3 = tables::iso2_to_iso3();
    if let Some(p) = &opts.country_info {
        let mut from_file = HashMap::new();
        let r = read_country_info(p, |a, b| {
            from_file.insert(a.to_string(), b.to_string());
        })?;
        summary.files.push(r);
        iso3.extend(from_file);
    }
    let mut wanted: HashSet<String> = HashSet::new();
    for c in &opts.countries {
        let c = c.trim().to_ascii_uppercase();
        if c.is_empty() {
            continue;
        }
        let iso2 = match c.len() {
            2 if iso3.contains_key(&c) => Some(c.clone()),
            3 => iso3.iter().find(|(_, v)| **v == c).map(|(k, _)| k.clone()),
            _ => None,
        };
        match iso2 {
            Some(c2) => {
                wanted.insert(c2);
            }
            None => return Err(GeoNamesError::Options(format!("unknown country code {c:?}"))),
        }
    }
    let mut t = Tables {
        iso3,
        adm1_builtin: tables::gn_admin1_names(),
        adm1_ascii: HashMap::new(),
        adm2_ascii: HashMap::new(),
    };
    for (path, parts) in [(&opts.admin1, 2usize), (&opts.admin2, 3usize)] {
        let Some(path) = path else { continue };
        let map = if parts == 2 { &mut t.adm1_ascii } else { &mut t.adm2_ascii };
        let r = read_admin_codes(path, parts, |a| {
            let name = if a.asciiname.is_empty() { a.name } else { a.asciiname };
            map.insert(a.code.to_string(), name.to_string());
        })?;
        summary.files.push(r);
    }

    // --- pass 1: Arabic alternate names --------------------------------------------------------
    let mut arabic: Option<HashMap<u64, Vec<ArForm>>> = None;
    if let Some(path) = &opts.alternate_names {
        let mut map: HashMap<u64, Vec<ArForm>> = HashMap::new();
        let mut names = 0u64;
        let r = read_alternate_names(path, |a| {
            if a.lang != "ar" || a.historic {
                return;
            }
            if let Some(form) = forms::clean(a.name) {
                names += 1;
                map.entry(a.geonameid).or_default().push(ArForm { form: form.into(), preferred: a.preferred });
            }
        })?;
        summary.files.push(r);
        summary.arabic_names = (map.len() as u64, names);
        arabic = Some(map);
    }

    // --- pass 2: places --------------------------------------------------------------------------
    let dir = opts.out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp_path = dir.join(format!(".{}.tmp-{}", file_name(&opts.out), std::process::id()));
    let mut guard = TempFile(Some(tmp_path.clone()));
    let file = File::create(&tmp_path).map_err(io_err(&tmp_path))?;
    let gz = opts.out.extension().is_some_and(|e| e == "gz");
    let mut out = if gz {
        Out::Gz(BufWriter::with_capacity(1 << 16, GzEncoder::new(file, flate2::Compression::default())))
    } else {
        Out::Plain(BufWriter::with_capacity(1 << 16, file))
    };
    let mut header = String::new();
    header.push_str(
        "# ahdath gazetteer imported from GeoNames by `ahdath gazetteer import`; format in docs/gazetteer.md.\n",
    );
    let inputs: Vec<String> = opts
        .places
        .iter()
        .chain(&opts.alternate_names)
        .chain(&opts.admin1)
        .chain(&opts.admin2)
        .chain(&opts.country_info)
        .map(|p| file_name(p))
        .collect();
    let _ = writeln!(
        header,
        "# Source: GeoNames (https://www.geonames.org), CC-BY 4.0 -- attribute GeoNames when you use or share this file. Files: {}.",
        inputs.join(", ")
    );
    header.push_str(
        "# admin1 names follow data/gazetteer/places.tsv where data/geonames/gn-admin1.tsv maps the code \
         (GeoNames + countries-states-cities, ODbL 1.0), else GeoNames' admin1/admin2 ASCII names.\n",
    );
    header.push_str("# id\tfeature\tcountry\tadmin1\tadmin2\tname\tarabic_forms\tlat\tlon\tpopulation\tgeonames_id\n");
    out.write_all(header.as_bytes()).map_err(io_err(&tmp_path))?;

    let mut write_err: Option<std::io::Error> = None;
    let mut line = String::with_capacity(512);
    let mut col_forms: Vec<String> = Vec::new();
    for path in &opts.places {
        let r = read_geonames(path, |g| {
            if write_err.is_some() {
                return;
            }
            summary.places_read += 1;
            let mut skip = |why: &'static str| *summary.skipped.entry(why).or_default() += 1;
            if !wanted.is_empty() && !wanted.contains(g.country) {
                skip("country not selected");
                return;
            }
            let Some(mut feature) = map_feature(g.feature_class, g.feature_code, g.population) else {
                skip("feature not imported");
                return;
            };
            let Some(country) = t.iso3.get(g.country) else {
                skip("no ISO3 code for the country");
                return;
            };
            // Candidate forms: preferred names first.
            let from_alt = arabic.as_mut().map(|m| m.remove(&g.id).unwrap_or_default());
            col_forms.clear();
            let cands: Vec<&str> = match &from_alt {
                Some(v) => v
                    .iter()
                    .filter(|a| a.preferred)
                    .chain(v.iter().filter(|a| !a.preferred))
                    .map(|a| &*a.form)
                    .collect(),
                None => {
                    col_forms.extend(g.alternatenames.split(',').filter_map(forms::clean));
                    col_forms.iter().map(String::as_str).collect()
                }
            };
            let admin = matches!(feature, "admin1" | "admin2");
            let fs = forms::select(cands, g.population, admin, |d| {
                let k = match d {
                    Dropped::Stopword => "stopword",
                    Dropped::TooShort => "too short",
                    Dropped::DivisionPrefix => "division prefix",
                };
                *summary.forms_dropped.entry(k).or_default() += 1;
            });
            if fs.is_empty() {
                skip("no usable Arabic form");
                return;
            }
            if matches!(feature, "town" | "village")
                && (fs.iter().any(|f| f.starts_with("مخيم ")) || has_word_camp(g.name))
            {
                feature = "camp";
            }
            let mut name = g.name;
            let mut admin1 = t.admin1(g);
            let mut admin2 = t.admin2(g);
            match feature {
                "admin1" => {
                    // An admin1 row carries its own name, as built-in ones do.
                    let own = admin1.unwrap_or(g.name);
                    name = own;
                    admin1 = Some(own);
                    admin2 = None;
                }
                "admin2" => admin2 = Some(admin2.unwrap_or(if g.asciiname.is_empty() { g.name } else { g.asciiname })),
                "country" => {
                    admin1 = None;
                    admin2 = None;
                }
                _ => {}
            }
            line.clear();
            let _ = writeln!(
                line,
                "gn:{id}\t{feature}\t{country}\t{a1}\t{a2}\t{name}\t{forms}\t{lat:.5}\t{lon:.5}\t{pop}\t{id}",
                id = g.id,
                a1 = admin1.unwrap_or(""),
                a2 = admin2.unwrap_or(""),
                name = name.trim(),
                forms = fs.join(" ; "),
                lat = g.lat,
                lon = g.lon,
                pop = if g.population > 0 { g.population.to_string() } else { String::new() },
            );
            if let Err(e) = out.write_all(line.as_bytes()) {
                write_err = Some(e);
                return;
            }
            summary.kept += 1;
            *summary.by_feature.entry(feature).or_default() += 1;
            *summary.by_country.entry(country.clone()).or_default() += 1;
        })?;
        summary.files.push(r);
        if let Some(e) = write_err.take() {
            return Err(io_err(&tmp_path)(e));
        }
    }
    out.finish().map_err(io_err(&tmp_path))?;
    std::fs::rename(&tmp_path, &opts.out).map_err(io_err(&opts.out))?;
    guard.0 = None;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

fn has_word_camp(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("camp"))
}
