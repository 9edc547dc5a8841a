//! Values derived from one [`StoredEvent`] that several formats share (display names, parsed
//! date, point, ACLED class and codes), computed once per event so the formats cannot disagree.

use ahdath_record::{DatePrecision, Entity, Place, StoredEvent};

use crate::acled::{self, AcledClass, Side};
use crate::dates::DateParts;

/// A stored event with its derived values.
pub(crate) struct View<'a> {
    pub e: &'a StoredEvent,
    pub date: Option<DateParts>,
    pub class: AcledClass,
    pub inter1: Option<u8>,
    pub inter2: Option<u8>,
    /// `(lon, lat)` when the place has a usable point.
    pub point: Option<(f64, f64)>,
}

impl<'a> View<'a> {
    pub fn new(e: &'a StoredEvent) -> Self {
        let class = acled::classify(e);
        View {
            e,
            date: e.date.as_deref().and_then(DateParts::parse),
            inter1: acled::inter_code(e, Side::Actor, &class),
            inter2: acled::inter_code(e, Side::Recipient, &class),
            class,
            point: e.location.as_ref().and_then(point),
        }
    }

    pub fn place(&self) -> Option<&'a Place> {
        self.e.location.as_ref()
    }

    /// ISO alpha-3 of the place's country.
    pub fn country_code(&self) -> Option<&'a str> {
        self.place().and_then(|p| nonempty(p.country.as_deref()))
    }

    /// English place name, falling back to the Arabic as written.
    pub fn place_name(&self) -> Option<&'a str> {
        self.place().and_then(|p| nonempty(p.name.as_deref()).or(nonempty(p.text.as_deref())))
    }

    /// Outlet names of the sources, distinct, in source order, joined with `"; "` (ACLED's
    /// separator); sources without an outlet are skipped.
    pub fn outlets(&self) -> String {
        let mut seen: Vec<&str> = Vec::new();
        for s in &self.e.sources {
            if let Some(name) = nonempty(s.source.as_deref()) {
                if !seen.contains(&name) {
                    seen.push(name);
                }
            }
        }
        seen.join("; ")
    }

    /// Source URLs, in source order, joined with a space (URLs cannot contain one).
    pub fn urls(&self) -> String {
        let urls: Vec<&str> = self.e.sources.iter().filter_map(|s| nonempty(s.url.as_deref())).collect();
        urls.join(" ")
    }

    pub fn geo_precision(&self) -> Option<u8> {
        self.place().and_then(|p| acled::geo_precision(p.precision.as_deref(), p.feature.as_deref()))
    }
}

/// An entity's display name: its canonical `name`, falling back to its Arabic `text`.
pub(crate) fn entity_name(e: Option<&Entity>) -> Option<&str> {
    e.and_then(|e| nonempty(e.name.as_deref()).or(nonempty(e.text.as_deref())))
}

pub(crate) fn nonempty(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}

/// A point is usable when both coordinates are present, finite and in range; anything else is
/// exported without geometry (and counted) rather than as an invalid point.
fn point(p: &Place) -> Option<(f64, f64)> {
    let (lat, lon) = (p.lat?, p.lon?);
    (lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        .then_some((lon, lat))
}

/// The SPEC §2 spelling of a date precision.
pub(crate) fn precision_str(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Unknown => "unknown",
    }
}
