//! Query parameters of `/api/events` and `/api/stats`, parsed strictly: an unknown name or a bad
//! value is a 400 that names the parameter, so a typo never silently widens a query.

use ahdath_record::{Status, EVENT_TYPES};
use ahdath_store::{Cursor, Filter};

/// Largest page a client may ask for.
pub const MAX_LIMIT: usize = 500;
/// Page size when `limit` is absent.
pub const DEFAULT_LIMIT: usize = 50;
/// Longest free-text query, in characters.
const MAX_QUERY_CHARS: usize = 200;
/// Longest value of the other string parameters, in characters.
const MAX_VALUE_CHARS: usize = 100;

/// Output format of `/api/events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    Json,
    Csv,
    GeoJson,
}

/// A parsed `/api/events` request.
#[derive(Debug, Clone, PartialEq)]
pub struct EventsQuery {
    pub filter: Filter,
    pub cursor: Option<Cursor>,
    pub limit: usize,
    pub format: PageFormat,
}

/// A parameter that could not be used, with the reason; shown to the client as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam {
    pub name: String,
    pub reason: String,
}

impl std::fmt::Display for BadParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid parameter `{}`: {}", self.name, self.reason)
    }
}

fn bad(name: &str, reason: impl Into<String>) -> BadParam {
    BadParam { name: name.to_string(), reason: reason.into() }
}

/// The filter parameters shared by events and stats.
pub const FILTER_PARAMS: [&str; 14] = [
    "q",
    "type",
    "mode",
    "status",
    "country",
    "admin1",
    "actor_country",
    "actor_sector",
    "actor_id",
    "from",
    "to",
    "bbox",
    "min_fatalities",
    "source",
];

/// Parse `/api/events` parameters (filters plus `cursor`, `limit`, `format`).
pub fn events_query(pairs: &[(String, String)]) -> Result<EventsQuery, BadParam> {
    let mut q = EventsQuery { filter: Filter::default(), cursor: None, limit: DEFAULT_LIMIT, format: PageFormat::Json };
    for (name, value) in pairs {
        match name.as_str() {
            "cursor" => {
                q.cursor = Some(value.parse().map_err(|_| bad(name, "not a cursor returned by this API"))?);
            }
            "limit" => {
                q.limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|l| (1..=MAX_LIMIT).contains(l))
                    .ok_or_else(|| bad(name, format!("expected an integer from 1 to {MAX_LIMIT}")))?;
            }
            "format" => {
                q.format = match value.as_str() {
                    "json" => PageFormat::Json,
                    "csv" => PageFormat::Csv,
                    "geojson" => PageFormat::GeoJson,
                    _ => return Err(bad(name, "expected json, csv or geojson")),
                };
            }
            _ => filter_param(&mut q.filter, name, value)?,
        }
    }
    Ok(q)
}

/// Parse `/api/stats` parameters (filters only).
pub fn stats_filter(pairs: &[(String, String)]) -> Result<Filter, BadParam> {
    let mut f = Filter::default();
    for (name, value) in pairs {
        filter_param(&mut f, name, value)?;
    }
    Ok(f)
}

fn short(name: &str, value: &str, max: usize) -> Result<Option<String>, BadParam> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(bad(name, format!("longer than {max} characters")));
    }
    if v.chars().any(char::is_control) {
        return Err(bad(name, "contains control characters"));
    }
    Ok(Some(v.to_string()))
}

fn country_code(name: &str, value: &str) -> Result<Option<String>, BadParam> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.len() == 3 && v.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(Some(v.to_ascii_uppercase()))
    } else {
        Err(bad(name, "expected a 3-letter code such as IRQ (ISO 3166-1 alpha-3, or IGO, IMG …)"))
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
fn date(name: &str, value: &str) -> Result<Option<String>, BadParam> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let err = || bad(name, "expected a date YYYY-MM-DD, YYYY-MM or YYYY");
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str, len: usize| -> Result<u32, BadParam> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| err())
        } else {
            Err(err())
        }
    };
    let year = num(parts[0], 4)?;
    if !(1000..=9999).contains(&year) || parts.len() > 3 {
        return Err(err());
    }
    if let Some(m) = parts.get(1) {
        let month = num(m, 2)?;
        if !(1..=12).contains(&month) {
            return Err(bad(name, "month out of range"));
        }
        if let Some(d) = parts.get(2) {
            let day = num(d, 2)?;
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if !(1..=days).contains(&day) {
                return Err(bad(name, "day out of range"));
            }
        }
    }
    Ok(Some(v.to_string()))
}

fn filter_param(f: &mut Filter, name: &str, value: &str) -> Result<(), BadParam> {
    match name {
        "q" => f.text = short(name, value, MAX_QUERY_CHARS)?,
        "type" => {
            f.event_type = match short(name, value, 20)? {
                Some(t) => {
                    let t = t.to_ascii_uppercase();
                    if !EVENT_TYPES.contains(&t.as_str()) {
                        return Err(bad(name, format!("expected one of {}", EVENT_TYPES.join(", "))));
                    }
                    Some(t)
                }
                None => None,
            }
        }
        "mode" => f.mode = short(name, value, MAX_VALUE_CHARS)?.map(|m| m.to_lowercase()),
        "status" => {
            f.status = match value.trim() {
                "" => None,
                "occurred" => Some(Status::Occurred),
                "future" => Some(Status::Future),
                "historical" => Some(Status::Historical),
                "hypothetical" => Some(Status::Hypothetical),
                "negated" => Some(Status::Negated),
                _ => return Err(bad(name, "expected occurred, future, historical, hypothetical or negated")),
            }
        }
        "country" => f.country = country_code(name, value)?,
        "actor_country" => f.actor_country = country_code(name, value)?,
        "admin1" => f.admin1 = short(name, value, MAX_VALUE_CHARS)?,
        "actor_sector" => {
            f.actor_sector = match short(name, value, 10)? {
                Some(s) if s.chars().all(|c| c.is_ascii_alphabetic()) => Some(s.to_ascii_uppercase()),
                Some(_) => return Err(bad(name, "expected a sector code such as MIL or CVL")),
                None => None,
            }
        }
        "actor_id" => f.actor_id = short(name, value, MAX_VALUE_CHARS)?,
        "source" => f.source = short(name, value, MAX_VALUE_CHARS)?,
        "from" => f.from = date(name, value)?,
        "to" => f.to = date(name, value)?,
        "min_fatalities" => {
            f.min_fatalities = match value.trim() {
                "" => None,
                v => Some(
                    v.parse::<u32>()
                        .ok()
                        .filter(|n| *n <= 1_000_000)
                        .ok_or_else(|| bad(name, "expected an integer from 0 to 1000000"))?,
                ),
            }
        }
        "bbox" => {
            f.bbox = match value.trim() {
                "" => None,
                v => Some(bbox(name, v)?),
            }
        }
        _ => return Err(bad(name, "unknown parameter")),
    }
    if let (Some(from), Some(to)) = (&f.from, &f.to) {
        if from > to {
            return Err(bad("from", "after `to`"));
        }
    }
    Ok(())
}

fn bbox(name: &str, v: &str) -> Result<[f64; 4], BadParam> {
    let err = || bad(name, "expected min_lon,min_lat,max_lon,max_lat in degrees");
    let nums: Vec<f64> = v.split(',').map(|x| x.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| err())?;
    let [a, b, c, d]: [f64; 4] = nums.try_into().map_err(|_| err())?;
    let lon = -180.0..=180.0;
    let lat = -90.0..=90.0;
    if !(lon.contains(&a) && lon.contains(&c) && lat.contains(&b) && lat.contains(&d)) || a > c || b > d {
        return Err(err());
    }
    Ok([a, b, c, d])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &[(&str, &str)]) -> Vec<(String, String)> {
        q.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn good_parameters_fill_the_filter() {
        let q = events_query(&pairs(&[
            ("q", "حمرين"),
            ("type", "assault"),
            ("country", "irq"),
            ("from", "2020-01-01"),
            ("to", "2020-12"),
            ("min_fatalities", "1"),
            ("bbox", "38,29,49,38"),
            ("limit", "20"),
            ("format", "geojson"),
        ]))
        .unwrap();
        assert_eq!(q.filter.text.as_deref(), Some("حمرين"));
        assert_eq!(q.filter.event_type.as_deref(), Some("ASSAULT"));
        assert_eq!(q.filter.country.as_deref(), Some("IRQ"));
        assert_eq!(q.filter.bbox, Some([38.0, 29.0, 49.0, 38.0]));
        assert_eq!(q.limit, 20);
        assert_eq!(q.format, PageFormat::GeoJson);
    }

    #[test]
    fn bad_parameters_are_named() {
        let table: &[(&str, &str)] = &[
            ("limit", "0"),
            ("limit", "100000000000000000000"),
            ("limit", "-1"),
            ("type", "BOMB"),
            ("country", "Iraq"),
            ("from", "2020-13-01"),
            ("from", "2021-02-29"),
            ("to", "yesterday"),
            ("bbox", "1,2,3"),
            ("bbox", "10,0,5,1"),
            ("bbox", "0,0,200,1"),
            ("min_fatalities", "1e9"),
            ("status", "maybe"),
            ("cursor", "x'; DROP TABLE events; --"),
            ("format", "xml"),
            ("colour", "red"),
            ("actor_sector", "MIL;"),
        ];
        for (name, value) in table {
            let err = events_query(&pairs(&[(name, value)])).expect_err(&format!("{name}={value} must fail"));
            assert_eq!(err.name, *name, "{name}={value}: {err}");
        }
        let long = "ق".repeat(201);
        assert_eq!(events_query(&pairs(&[("q", &long)])).unwrap_err().name, "q");
        assert_eq!(events_query(&pairs(&[("from", "2020-05-01"), ("to", "2020-04-01")])).unwrap_err().name, "from");
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let q = events_query(&pairs(&[("type", ""), ("country", " "), ("bbox", "")])).unwrap();
        assert_eq!(q.filter, Filter::default());
    }
}
