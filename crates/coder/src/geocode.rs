//! Places for events whose sentence names none: the article's dateline ("الخرطوم (رويترز) -"),
//! else the country the article is about, at the precision that honestly applies.
//!
//! Wire and agency reports open with the city they were filed from, and a report's unplaced
//! events (arrests, clashes, protests told in later sentences) happened there or at least in
//! its country far more often than anywhere else. Diplomatic events between two states with no
//! stated venue stay without a place (SPEC §4).

use crate::Coder;
use ahdath_lexicon::Target;
use ahdath_record::{EventRecord, Place, Status};

/// Longest dateline head we accept, in characters ("شرم الشيخ" fits; a sentence does not).
const MAX_DATELINE_CHARS: usize = 30;

/// Event types that happen somewhere on the ground (not statements or diplomacy).
const PHYSICAL: [&str; 4] = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE"];

/// Sectors of non-state actors whose country says where they are, not whom they represent.
const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"];

impl Coder {
    /// The place a report was filed from: a place name opening the text and followed by an
    /// agency in brackets and/or a dash or colon ("بغداد - رويترز", "المنامة (ا ف ب) -",
    /// "القاهرة:"). `None` when the text does not open that way.
    pub(crate) fn dateline(&self, text: &str) -> Option<Place> {
        let head: String = text.trim_start().chars().take(MAX_DATELINE_CHARS + 40).collect();
        let cut = head.find(['(', '-', '–', '—', ':', '/', '،']).filter(|&i| i > 0)?;
        let name = head[..cut].trim();
        if name.is_empty() || name.chars().count() > MAX_DATELINE_CHARS || name.split_whitespace().count() > 3 {
            return None;
        }
        // A bracket must hold an agency and be followed by the dash or colon.
        if head[cut..].starts_with('(') {
            let close = head[cut..].find(')')? + cut;
            let after = head[close + 1..].trim_start();
            if !after.starts_with(['-', '–', '—', ':']) {
                return None;
            }
        } else if head[cut..].starts_with('،') {
            return None;
        }
        let key = ahdath_text::normalize_key(name);
        let key = key.trim();
        let hits = self.lex.find_places_at(key, 0);
        let ids: Vec<u32> = hits
            .iter()
            .filter(|h| h.word_end == key.len() && h.clitics.prep.is_none() && h.clitics.conj.is_none())
            .filter_map(|h| match h.target {
                Target::Place(i) => Some(i),
                _ => None,
            })
            .collect();
        let best = ids.iter().map(|&i| &self.lex.places[i as usize]).max_by_key(|p| {
            let rank = match p.feature.as_str() {
                "country" => 2,
                "city" => 3,
                "admin1" => 1,
                _ => 0,
            };
            (rank, p.population)
        })?;
        Some(self.gazetteer_place(best, name.to_string()))
    }

    /// Give unplaced records the dateline's place, else the article's main country (precision
    /// `country`). A record keeps no place when its parties are states other than that country
    /// (a foreign ministry's statement, talks between two capitals).
    pub(crate) fn fill_locations(&self, recs: &mut [EventRecord], dateline: Option<&Place>, main: Option<&str>) {
        // A dateline abroad ("الجزائر (ا ف ب)" over a story about Morocco) says where the
        // reporter was, not where the story happened.
        let dateline = dateline.filter(|d| main.is_none() || d.country.as_deref() == main);
        let fallback_country = dateline.and_then(|d| d.country.as_deref()).or(main);
        let Some(country) = fallback_country else { return };
        // The story's place: the first specific place an event of the article's country was
        // given ("اشتباكات في زايو" in the lead), where its later, unplaced events happen too.
        let story = recs
            .iter()
            .filter_map(|r| r.location.as_ref())
            .find(|l| l.country.as_deref() == Some(country) && l.precision.as_deref() != Some("country") && l.name.is_some())
            .map(|l| Place { text: None, ..l.clone() });
        // Background, planned or denied events are not placed by the story they appear in.
        for r in recs.iter_mut().filter(|r| r.location.is_none() && r.status == Status::Occurred) {
            let state_of = |e: &Option<ahdath_record::Entity>| {
                e.as_ref()
                    .filter(|e| e.sector.as_deref().map_or(true, |s| STATE_SECTORS.contains(&s)))
                    .and_then(|e| e.country.clone())
                    .filter(|c| !matches!(c.as_str(), "IGO" | "UNO" | "EUR" | "NGO" | "IMG" | "MNC" | "ISM"))
            };
            let (a, b) = (state_of(&r.actor), state_of(&r.recipient));
            let foreign = |c: &Option<String>| c.as_deref().is_some_and(|c| c != country);
            // Two different states and no venue: where it happened is not known.
            if a.is_some() && b.is_some() && a != b {
                continue;
            }
            if foreign(&a) || foreign(&b) {
                continue;
            }
            let physical = PHYSICAL.contains(&r.event_type.as_str());
            r.location = match (&story, dateline) {
                (Some(p), _) if physical => Some(p.clone()),
                (_, Some(d)) => Some(Place { text: None, ..d.clone() }),
                // Without a dateline only physical events are placed in the article's country;
                // statements are made wherever their speakers are.
                _ if physical => Some(self.country_place(country)),
                _ => None,
            };
        }
    }

    /// A country-level place for an ISO code, with the gazetteer's name and centre when known.
    fn country_place(&self, iso3: &str) -> Place {
        let row = self.lex.places.iter().find(|p| p.feature == "country" && p.country == iso3);
        match row {
            Some(p) => Place { text: None, ..self.gazetteer_place(p, String::new()) },
            None => Place {
                country: Some(iso3.to_string()),
                feature: Some("country".into()),
                precision: Some("country".into()),
                ..Place::default()
            },
        }
    }

    /// A SPEC §2 place from a gazetteer row; `precision` follows from the feature.
    pub(crate) fn gazetteer_place(&self, pl: &ahdath_lexicon::Place, text: String) -> Place {
        let precision = match pl.feature.as_str() {
            "country" => "country",
            "admin1" => "admin1",
            "admin2" => "admin2",
            _ => "place",
        };
        Place {
            text: (!text.is_empty()).then_some(text),
            name: Some(pl.name.clone()),
            feature: Some(pl.feature.clone()),
            admin1: pl.admin1.clone().or_else(|| (pl.feature == "admin1").then(|| pl.name.clone())),
            admin2: pl.admin2.clone().or_else(|| (pl.feature == "admin2").then(|| pl.name.clone())),
            country: Some(pl.country.clone()),
            lat: pl.lat,
            lon: pl.lon,
            precision: Some(precision.into()),
            geonames_id: pl.geonames_id,
        }
    }
}
