//! Conversions between record fields and their stored column values, shared by the backends
//! (SQLite here, PostgreSQL in `ahdath-store-pg`) so both store and read the same spellings.

use ahdath_record::{DatePrecision, SourceRef, Status, StoredEvent};

/// Columns of the `events` table written from a stored event, in the order both backends bind
/// their values ([`event_cells`]).
pub const EVENT_COLS: [&str; 25] = [
    "id",
    "event_type",
    "mode",
    "status",
    "date",
    "date_precision",
    "day_lo",
    "day_hi",
    "sort_day",
    "country",
    "admin1",
    "lat",
    "lon",
    "actor_country",
    "actor_sector",
    "actor_id",
    "recipient_country",
    "recipient_sector",
    "recipient_id",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "first_reported",
    "n_sources",
    "json",
];

/// `sort_day` of an undated event: below every dated day, so last in newest-first order.
pub const UNDATED: i64 = -99_999_999;

/// A column value, for a backend to bind with its own parameter type.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(Option<String>),
    Int(Option<i64>),
    Real(Option<f64>),
}

/// The `events` row of `ev` with `n_sources` sources, in the order of [`EVENT_COLS`]. The JSON
/// leaves out the sources (they are read from the records' links).
pub fn event_cells(ev: &StoredEvent, n_sources: usize) -> Result<Vec<Cell>, serde_json::Error> {
    let range = ev.date.as_deref().and_then(crate::dedup::date_range);
    let loc = ev.location.as_ref();
    let actor = ev.actor.as_ref();
    let recip = ev.recipient.as_ref();
    let json = if ev.sources.is_empty() {
        serde_json::to_string(ev)?
    } else {
        serde_json::to_string(&StoredEvent { sources: Vec::new(), ..ev.clone() })?
    };
    let text = |s: Option<&String>| Cell::Text(s.cloned());
    let word = |s: &str| Cell::Text(Some(s.to_string()));
    let count = |n: Option<u32>| Cell::Int(n.map(i64::from));
    Ok(vec![
        word(&ev.id),
        word(&ev.event_type),
        text(ev.mode.as_ref()),
        word(ev.status.as_str()),
        text(ev.date.as_ref()),
        word(precision_str(ev.date_precision)),
        Cell::Int(range.map(|r| r.0)),
        Cell::Int(range.map(|r| r.1)),
        Cell::Int(Some(range.map_or(UNDATED, |r| r.0))),
        text(loc.and_then(|l| l.country.as_ref())),
        text(loc.and_then(|l| l.admin1.as_ref())),
        Cell::Real(loc.and_then(|l| l.lat)),
        Cell::Real(loc.and_then(|l| l.lon)),
        text(actor.and_then(|a| a.country.as_ref())),
        text(actor.and_then(|a| a.sector.as_ref())),
        text(actor.and_then(|a| a.id.as_ref())),
        text(recip.and_then(|a| a.country.as_ref())),
        text(recip.and_then(|a| a.sector.as_ref())),
        text(recip.and_then(|a| a.id.as_ref())),
        count(ev.fatalities),
        count(ev.fatalities_low),
        count(ev.fatalities_high),
        text(ev.first_reported.as_ref()),
        Cell::Int(Some(n_sources as i64)),
        Cell::Text(Some(json)),
    ])
}

/// A stored `status` column back to its value (`None` for an unknown spelling).
pub fn parse_status(s: &str) -> Option<Status> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// The SPEC §2 spelling of a date precision, as stored.
pub fn precision_str(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Unknown => "unknown",
    }
}

/// A stored precision column back to its value (anything unknown is `Unknown`).
pub fn parse_precision(s: &str) -> DatePrecision {
    match s {
        "day" => DatePrecision::Day,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => DatePrecision::Unknown,
    }
}

/// `YYYY-MM-DD` of a `published` value, when it is a date.
pub fn pub_day(published: Option<&str>) -> Option<String> {
    published.and_then(ahdath_text::parse_published).map(|d| d.format("%Y-%m-%d").to_string())
}

/// The facts of a stored article that every record coded from it lists as its source.
pub struct ArticleInfo {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The publication day (`YYYY-MM-DD`) when `published` is a date.
    pub pub_day: Option<String>,
}

impl ArticleInfo {
    /// The source entry of the record `record_id` coded from this article.
    pub fn source_ref(&self, record_id: &str) -> SourceRef {
        SourceRef {
            article_id: self.id.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
            record_id: record_id.to_string(),
            published: self.pub_day.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precisions_and_statuses_round_trip() {
        for p in [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year, DatePrecision::Unknown] {
            assert_eq!(parse_precision(precision_str(p)), p);
        }
        for s in [Status::Occurred, Status::Future, Status::Historical, Status::Hypothetical, Status::Negated] {
            assert_eq!(parse_status(s.as_str()), Some(s));
        }
    }
}
