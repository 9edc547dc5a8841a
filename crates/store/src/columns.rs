//! Conversions between record fields and their stored column values, shared by the backends
//! (SQLite here, PostgreSQL in `ahdath-store-pg`) so both store and read the same spellings.

use ahdath_record::{DatePrecision, SourceRef, Status};

/// Columns of the `events` table written from a stored event, in the order both backends bind
/// their values (SQLite `event_values`, PostgreSQL `event_vals`).
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
