//! Conversions between record fields and their stored column values, shared by the backends
//! (SQLite here, PostgreSQL in `ahdath-store-pg`) so both store and read the same spellings.

use crate::dedup::{completeness, Sig};
use crate::keys::words_to_blob;
use ahdath_record::{DatePrecision, EventRecord, SourceRef, Status, StoredEvent};

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
    Blob(Option<Vec<u8>>),
}

/// The type of a column, as [`Cell`]'s variants (a backend that casts its parameters names its
/// own type for each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellType {
    Text,
    Int,
    Real,
    Blob,
}

impl Cell {
    pub fn cell_type(&self) -> CellType {
        match self {
            Cell::Text(_) => CellType::Text,
            Cell::Int(_) => CellType::Int,
            Cell::Real(_) => CellType::Real,
            Cell::Blob(_) => CellType::Blob,
        }
    }

    /// An optional text column.
    fn text(s: Option<&String>) -> Cell {
        Cell::Text(s.cloned())
    }

    /// A text column that always has a value.
    fn word(s: &str) -> Cell {
        Cell::Text(Some(s.to_string()))
    }

    /// An optional count (a toll).
    fn count(n: Option<u32>) -> Cell {
        Cell::Int(n.map(i64::from))
    }
}

/// The `events` row of `ev` with `n_sources` sources, in the order of [`EVENT_COLS`]. The JSON
/// leaves out the sources (they are read from the records' links).
pub fn event_cells(ev: &StoredEvent, n_sources: usize) -> Vec<Cell> {
    let range = ev.date.as_deref().and_then(crate::dedup::date_range);
    let loc = ev.location.as_ref();
    let actor = ev.actor.as_ref();
    let recip = ev.recipient.as_ref();
    let json = crate::json::event_json(ev, true);
    let (text, word, count) = (Cell::text, Cell::word, Cell::count);
    vec![
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
    ]
}

/// Columns of the `records` table written from a record, with their types, in the order of
/// [`record_cells`]. Not among them: `rowid`, and `event` (the event the record is clustered into,
/// known only after its row is built), which each backend binds itself, nor a backend's own
/// columns (PostgreSQL's `fts`).
pub const RECORD_COLS: [(&str, CellType); 25] = [
    ("id", CellType::Text),
    ("article", CellType::Int),
    ("event_type", CellType::Text),
    ("mode", CellType::Text),
    ("status", CellType::Text),
    ("date_precision", CellType::Text),
    ("day_lo", CellType::Int),
    ("day_hi", CellType::Int),
    ("loc_name", CellType::Text),
    ("loc_admin1", CellType::Text),
    ("loc_country", CellType::Text),
    ("loc_level", CellType::Text),
    ("lat", CellType::Real),
    ("lon", CellType::Real),
    ("actor_country", CellType::Text),
    ("actor_sector", CellType::Text),
    ("actor_id", CellType::Text),
    ("recipient_country", CellType::Text),
    ("recipient_sector", CellType::Text),
    ("recipient_id", CellType::Text),
    ("fatalities", CellType::Int),
    ("injuries", CellType::Int),
    ("completeness", CellType::Int),
    ("words", CellType::Blob),
    ("json", CellType::Text),
];

/// The `records` row of record `r` of article `art` (storage key) with signature `sig` (of `r`)
/// and JSON `json` (`json::record_json(r)`, often computed by a coding worker), in the order
/// of [`RECORD_COLS`].
pub fn record_cells(r: &EventRecord, art: i64, sig: &Sig, json: String) -> Vec<Cell> {
    let place = sig.place.as_ref();
    let actor = sig.actor.as_ref();
    let recip = sig.recipient.as_ref();
    let (text, word, count) = (Cell::text, Cell::word, Cell::count);
    vec![
        word(&r.id),
        Cell::Int(Some(art)),
        word(&r.event_type),
        text(r.mode.as_ref()),
        word(r.status.as_str()),
        word(precision_str(sig.precision.unwrap_or(DatePrecision::Unknown))),
        Cell::Int(sig.day_lo),
        Cell::Int(sig.day_hi),
        text(place.and_then(|x| x.name.as_ref())),
        text(place.and_then(|x| x.admin1.as_ref())),
        text(place.and_then(|x| x.country.as_ref())),
        Cell::Text(place.map(|x| x.level.as_str().to_string())),
        Cell::Real(place.and_then(|x| x.lat)),
        Cell::Real(place.and_then(|x| x.lon)),
        text(actor.and_then(|x| x.country.as_ref())),
        text(actor.and_then(|x| x.sector.as_ref())),
        text(actor.and_then(|x| x.id.as_ref())),
        text(recip.and_then(|x| x.country.as_ref())),
        text(recip.and_then(|x| x.sector.as_ref())),
        text(recip.and_then(|x| x.id.as_ref())),
        count(r.fatalities),
        count(r.injuries),
        Cell::Int(Some(i64::from(completeness(r)))),
        Cell::Blob(Some(words_to_blob(&sig.words))),
        Cell::Text(Some(json)),
    ]
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
    use ahdath_record::{Entity, Evidence, Field, Place};

    fn record() -> EventRecord {
        let sentence = "قتل ثلاثة أشخاص في قصف على مدينة حلب";
        EventRecord {
            id: "r1".into(),
            article_id: "a1".into(),
            event_type: "ASSAULT".into(),
            mode: Some("aerial".into()),
            context: vec![],
            status: Status::Occurred,
            date: Some("2024-03-05".into()),
            date_precision: DatePrecision::Day,
            date_basis: None,
            date_text: None,
            actor: Some(Entity { country: Some("SYR".into()), sector: Some("MIL".into()), ..Default::default() }),
            recipient: None,
            location: Some(Place {
                name: Some("Aleppo".into()),
                country: Some("SYR".into()),
                lat: Some(36.2),
                lon: Some(37.16),
                ..Default::default()
            }),
            fatalities: Some(3),
            injuries: None,
            trigger: "قتل".into(),
            evidence: Evidence {
                field: Field::Text,
                start: 0,
                end: sentence.chars().count(),
                trigger_start: 0,
                trigger_end: 3,
                sentence: sentence.into(),
                other_mentions: Vec::new(),
            },
            rule: "test".into(),
            confidence: 0.9,
        }
    }

    #[test]
    fn record_cells_follow_record_cols() {
        let r = record();
        let sig = Sig::of(&r, 7);
        let json = serde_json::to_string(&r).unwrap();
        let cells = record_cells(&r, 7, &sig, json.clone());
        assert_eq!(cells.len(), RECORD_COLS.len());
        for (cell, (col, ty)) in cells.iter().zip(RECORD_COLS) {
            assert_eq!(cell.cell_type(), ty, "{col}");
        }
        let names: std::collections::HashSet<&str> = RECORD_COLS.iter().map(|c| c.0).collect();
        assert_eq!(names.len(), RECORD_COLS.len());
        assert!(!names.contains("event") && !names.contains("rowid"));
        let cell = |name: &str| &cells[RECORD_COLS.iter().position(|c| c.0 == name).unwrap()];
        let text = |s: &str| Cell::Text(Some(s.to_string()));
        assert_eq!(cell("id"), &text("r1"));
        assert_eq!(cell("article"), &Cell::Int(Some(7)));
        assert_eq!(cell("status"), &text("occurred"));
        assert_eq!(cell("date_precision"), &text("day"));
        assert_eq!(cell("day_lo"), &Cell::Int(sig.day_lo));
        assert!(sig.day_lo.is_some());
        assert_eq!(cell("loc_country"), &text("SYR"));
        assert_eq!(cell("lat"), &Cell::Real(Some(36.2)));
        assert_eq!(cell("actor_sector"), &text("MIL"));
        assert_eq!(cell("recipient_country"), &Cell::Text(None));
        assert_eq!(cell("fatalities"), &Cell::Int(Some(3)));
        assert_eq!(cell("injuries"), &Cell::Int(None));
        assert_eq!(cell("completeness"), &Cell::Int(Some(i64::from(completeness(&r)))));
        assert_eq!(cell("words"), &Cell::Blob(Some(words_to_blob(&sig.words))));
        assert_eq!(cell("json"), &Cell::Text(Some(json)));
    }

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
