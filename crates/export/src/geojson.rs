//! GeoJSON (RFC 7946): one `FeatureCollection`, written incrementally — the opening
//! `{"type":"FeatureCollection","features":[` when the exporter starts, one `Feature` a line as
//! events arrive, and `]}` at the end — so no event is held after it is written.
//!
//! A feature's geometry is a `Point` with coordinates `[lon, lat]` (RFC 7946 order) when the
//! event's place has a valid point, else `null` (RFC 7946 §3.2 allows it; QGIS keeps such rows as
//! attribute-only features). Properties are flat scalars so that QGIS, Leaflet or OpenLayers can
//! style and filter on them without unpacking nested objects.

use std::io::{BufWriter, Write};

use serde::Serialize;

use crate::view::{entity_name, nonempty, precision_str, View};
use crate::{acled, ExportError};

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    geometry: Option<Point>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

/// The properties of a feature (documented in `docs/export.md`).
#[derive(Serialize)]
struct Properties<'a> {
    id: &'a str,
    event_type: &'a str,
    mode: Option<&'a str>,
    context: String,
    status: &'static str,
    date: Option<&'a str>,
    date_precision: &'static str,
    date_start: Option<String>,
    year: Option<i32>,
    actor: Option<&'a str>,
    actor_country: Option<&'a str>,
    actor_sector: Option<&'a str>,
    recipient: Option<&'a str>,
    recipient_country: Option<&'a str>,
    recipient_sector: Option<&'a str>,
    place: Option<&'a str>,
    place_text: Option<&'a str>,
    admin1: Option<&'a str>,
    admin2: Option<&'a str>,
    country: Option<&'a str>,
    country_name: Option<&'static str>,
    geo_precision: Option<&'a str>,
    fatalities: Option<u32>,
    fatalities_low: Option<u32>,
    fatalities_high: Option<u32>,
    injuries: Option<u32>,
    acled_event_type: &'static str,
    acled_sub_event_type: &'static str,
    trigger: &'a str,
    sentence: &'a str,
    first_reported: Option<&'a str>,
    source_count: usize,
    sources: String,
    urls: String,
}

pub(crate) struct GeoJsonSink<W: Write> {
    out: BufWriter<W>,
    first: bool,
}

impl<W: Write> GeoJsonSink<W> {
    pub fn new(writer: W) -> Result<Self, ExportError> {
        let mut out = BufWriter::new(writer);
        out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        Ok(GeoJsonSink { out, first: true })
    }

    pub fn write(&mut self, v: &View<'_>) -> Result<(), ExportError> {
        let e = v.e;
        let place = v.place();
        let actor = e.actor.as_ref();
        let recipient = e.recipient.as_ref();
        let feature = Feature {
            kind: "Feature",
            id: &e.id,
            geometry: v.point.map(|(lon, lat)| Point { kind: "Point", coordinates: [lon, lat] }),
            properties: Properties {
                id: &e.id,
                event_type: &e.event_type,
                mode: e.mode.as_deref(),
                context: e.context.join("; "),
                status: e.status.as_str(),
                date: e.date.as_deref(),
                date_precision: precision_str(e.date_precision),
                date_start: v.date.map(|d| d.first_day_iso()),
                year: v.date.map(|d| d.year),
                actor: entity_name(actor),
                actor_country: actor.and_then(|a| nonempty(a.country.as_deref())),
                actor_sector: actor.and_then(|a| nonempty(a.sector.as_deref())),
                recipient: entity_name(recipient),
                recipient_country: recipient.and_then(|a| nonempty(a.country.as_deref())),
                recipient_sector: recipient.and_then(|a| nonempty(a.sector.as_deref())),
                place: v.place_name(),
                place_text: place.and_then(|p| nonempty(p.text.as_deref())),
                admin1: place.and_then(|p| nonempty(p.admin1.as_deref())),
                admin2: place.and_then(|p| nonempty(p.admin2.as_deref())),
                country: v.country_code(),
                country_name: v.country_code().and_then(acled::country_name),
                geo_precision: place.and_then(|p| nonempty(p.precision.as_deref())),
                fatalities: e.fatalities,
                fatalities_low: e.fatalities_low,
                fatalities_high: e.fatalities_high,
                injuries: e.injuries,
                acled_event_type: v.class.event_type,
                acled_sub_event_type: v.class.sub_event_type,
                trigger: &e.trigger,
                sentence: &e.sentence,
                first_reported: e.first_reported.as_deref(),
                source_count: e.sources.len(),
                sources: v.outlets(),
                urls: v.urls(),
            },
        };
        if !self.first {
            self.out.write_all(b",\n")?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.out, &feature)?;
        Ok(())
    }

    pub fn into_inner(mut self) -> Result<W, ExportError> {
        self.out.write_all(b"\n]}\n")?;
        self.out.into_inner().map_err(|e| ExportError::Io(e.into_error()))
    }
}
