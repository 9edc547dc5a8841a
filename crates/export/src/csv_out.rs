//! CSV with ACLED-style columns followed by PLOVER columns (`docs/export.md` lists them all).
//! One row per event, RFC 4180 quoting (the `csv` crate quotes fields containing commas, quotes
//! or line breaks), UTF-8 without a byte-order mark, `null` written as an empty cell.

use std::borrow::Cow;
use std::io::Write;

use crate::view::{entity_name, nonempty, precision_str, View};
use crate::{acled, ExportError};

/// The header, in order. The first 31 columns follow ACLED's export; the rest are ahdath's.
pub const CSV_COLUMNS: [&str; 47] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "plover_event_type",
    "plover_mode",
    "status",
    "date",
    "date_precision",
    "actor1_country",
    "actor1_sector",
    "actor2_country",
    "actor2_sector",
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "trigger",
    "source_count",
    "source_urls",
    "first_reported",
];

pub(crate) struct CsvSink<W: Write> {
    out: csv::Writer<W>,
}

fn num<T: ToString>(v: Option<T>) -> Cow<'static, str> {
    v.map_or(Cow::Borrowed(""), |v| Cow::Owned(v.to_string()))
}

fn text(v: Option<&str>) -> Cow<'_, str> {
    Cow::Borrowed(v.unwrap_or(""))
}

impl<W: Write> CsvSink<W> {
    pub fn new(writer: W) -> Result<Self, ExportError> {
        let mut out = csv::WriterBuilder::new().from_writer(writer);
        out.write_record(CSV_COLUMNS)?;
        Ok(CsvSink { out })
    }

    pub fn write(&mut self, v: &View<'_>) -> Result<(), ExportError> {
        let e = v.e;
        let place = v.place();
        let country = v.country_code();
        let actor = e.actor.as_ref();
        let recipient = e.recipient.as_ref();
        let civilian = v.inter2 == Some(7) && v.class.disorder_type.starts_with("Political violence");
        let row: [Cow<'_, str>; 47] = [
            Cow::Borrowed(&e.id),
            v.date.map_or(Cow::Borrowed(""), |d| Cow::Owned(d.first_day_iso())),
            num(v.date.map(|d| d.year)),
            num(v.date.map(|d| d.acled_time_precision())),
            Cow::Borrowed(v.class.disorder_type),
            Cow::Borrowed(v.class.event_type),
            Cow::Borrowed(v.class.sub_event_type),
            text(entity_name(actor)),
            Cow::Borrowed(""),
            num(v.inter1),
            text(entity_name(recipient)),
            Cow::Borrowed(""),
            num(v.inter2),
            num(acled::interaction(v.inter1, v.inter2)),
            Cow::Borrowed(if civilian { "Civilian targeting" } else { "" }),
            text(country),
            text(country.and_then(acled::region)),
            text(country.map(|c| acled::country_name(c).unwrap_or(c))),
            text(place.and_then(|p| nonempty(p.admin1.as_deref()))),
            text(place.and_then(|p| nonempty(p.admin2.as_deref()))),
            Cow::Borrowed(""),
            text(v.place_name()),
            num(v.point.map(|(_, lat)| lat)),
            num(v.point.map(|(lon, _)| lon)),
            num(v.geo_precision()),
            Cow::Owned(v.outlets()),
            Cow::Borrowed(""),
            Cow::Borrowed(&e.sentence),
            num(e.fatalities),
            Cow::Owned(e.context.join("; ")),
            Cow::Borrowed(""),
            Cow::Borrowed(&e.event_type),
            text(e.mode.as_deref()),
            Cow::Borrowed(e.status.as_str()),
            text(e.date.as_deref()),
            Cow::Borrowed(precision_str(e.date_precision)),
            text(actor.and_then(|a| nonempty(a.country.as_deref()))),
            text(actor.and_then(|a| nonempty(a.sector.as_deref()))),
            text(recipient.and_then(|a| nonempty(a.country.as_deref()))),
            text(recipient.and_then(|a| nonempty(a.sector.as_deref()))),
            num(e.fatalities_low),
            num(e.fatalities_high),
            num(e.injuries),
            Cow::Borrowed(&e.trigger),
            num(Some(e.sources.len())),
            Cow::Owned(v.urls()),
            text(e.first_reported.as_deref()),
        ];
        self.out.write_record(row.iter().map(|c| c.as_bytes()))?;
        Ok(())
    }

    pub fn into_inner(self) -> Result<W, ExportError> {
        self.out.into_inner().map_err(|e| ExportError::Io(e.into_error()))
    }
}
