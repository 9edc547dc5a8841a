//! The data types of the ahdath contract (`SPEC.md`): input articles and output event records.
//!
//! Only types and their serde mapping live here, so every other crate (coder, reader, eval, store)
//! agrees on one shape. Field order follows SPEC §2 so JSON output reads in that order.

use serde::{Deserialize, Serialize};

/// One input article (SPEC §1). `published` is kept as given; the coder parses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Which field of the article a record's evidence points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Text,
}

/// Where a record came from: offsets are Unicode code points into `field` of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub sentence: String,
    /// Other places in the article that name the same happening and were folded into this record
    /// (the headline restating it, a later "the attack" or "مقتل …" referring back), in article
    /// order. Not in SPEC §2: an ahdath extension, omitted from JSON when empty. It lets a reader
    /// find the record from any sentence that reports the event, e.g. from a headline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_mentions: Vec<Mention>,
}

/// A sentence of the article that names a happening: code point offsets into `field`, as in
/// [`Evidence`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub trigger_start: usize,
    pub trigger_end: usize,
}

impl Evidence {
    /// The sentence and trigger this evidence points at, without the sentence text.
    pub fn mention(&self) -> Mention {
        Mention {
            field: self.field,
            start: self.start,
            end: self.end,
            trigger_start: self.trigger_start,
            trigger_end: self.trigger_end,
        }
    }

    /// Every sentence that names this happening: the evidence sentence first, then the others.
    pub fn mentions(&self) -> impl Iterator<Item = Mention> + '_ {
        std::iter::once(self.mention()).chain(self.other_mentions.iter().copied())
    }
}

/// An actor or recipient (SPEC §2 "Entity").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Entity {
    pub text: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// A place (SPEC §2 "Place").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Place {
    pub text: Option<String>,
    pub name: Option<String>,
    #[serde(default)]
    pub feature: Option<String>,
    #[serde(default)]
    pub admin1: Option<String>,
    #[serde(default)]
    pub admin2: Option<String>,
    pub country: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub precision: Option<String>,
    #[serde(default)]
    pub geonames_id: Option<u64>,
}

/// PLOVER auxiliary status of an event (SPEC §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Occurred,
    Future,
    Historical,
    Hypothetical,
    Negated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Future => "future",
            Status::Historical => "historical",
            Status::Hypothetical => "hypothetical",
            Status::Negated => "negated",
        }
    }
}

/// How exactly a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    Unknown,
}

/// Where a date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    Text,
    Publication,
}

/// One coded event (SPEC §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub article_id: String,
    pub event_type: String,
    pub mode: Option<String>,
    #[serde(default)]
    pub context: Vec<String>,
    pub status: Status,
    pub date: Option<String>,
    pub date_precision: DatePrecision,
    pub date_basis: Option<DateBasis>,
    pub date_text: Option<String>,
    pub actor: Option<Entity>,
    pub recipient: Option<Entity>,
    pub location: Option<Place>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    pub trigger: String,
    pub evidence: Evidence,
    pub rule: String,
    pub confidence: f32,
}

/// One report of a stored event (SPEC §2 "sources"): which article, outlet and record said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub article_id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub record_id: String,
    /// The article's publication date (`YYYY-MM-DD`) when known.
    #[serde(default)]
    pub published: Option<String>,
}

/// A canonical event: the records of several articles that report one happening, merged
/// (SPEC §2, "a stored event"). Its coded fields are those of its most complete report;
/// fatalities are summarised across reports as best/low/high, as UCDP GED does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    pub id: String,
    pub event_type: String,
    pub mode: Option<String>,
    #[serde(default)]
    pub context: Vec<String>,
    pub status: Status,
    pub date: Option<String>,
    pub date_precision: DatePrecision,
    pub actor: Option<Entity>,
    pub recipient: Option<Entity>,
    pub location: Option<Place>,
    /// Best estimate of the killed: the most frequently reported figure, ties to the later report.
    pub fatalities: Option<u32>,
    pub fatalities_low: Option<u32>,
    pub fatalities_high: Option<u32>,
    pub injuries: Option<u32>,
    /// Trigger and sentence of the representative record.
    pub trigger: String,
    pub sentence: String,
    /// Earliest publication date among the sources.
    pub first_reported: Option<String>,
    pub sources: Vec<SourceRef>,
}

/// The 16 PLOVER event types (SPEC §3), in the contract's order.
pub const EVENT_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// Great-circle distance in km between two points given as (latitude, longitude) in degrees:
/// the one formula the coder (nesting quarters), the store (dedup's distance rule) and the
/// evaluator (distance error) share.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_serialises_lowercase() {
        assert_eq!(serde_json::to_string(&Status::Hypothetical).unwrap(), "\"hypothetical\"");
        let s: Status = serde_json::from_str("\"negated\"").unwrap();
        assert_eq!(s, Status::Negated);
    }

    #[test]
    fn article_optional_fields_default() {
        let a: Article = serde_json::from_str(r#"{"id":"a","text":"نص"}"#).unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.text, "نص");
    }
}
