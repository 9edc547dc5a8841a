//! Places for events whose sentence names none: the article's dateline ("الخرطوم (رويترز) -"),
//! else the country the article is about, at the precision that honestly applies.
//!
//! Wire and agency reports open with the city they were filed from, and a report's unplaced
//! events (arrests, clashes, protests told in later sentences) happened there or at least in
//! its country far more often than anywhere else. Diplomatic events between two states with no
//! stated venue stay without a place (SPEC §4).

use crate::sentence::{Analysis, PlaceMention};
use crate::Coder;
use ahdath_lexicon::{Lexicon, Target};
use ahdath_record::{EventRecord, Place, Status};
use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Words before a place that put the event near it, not at it ("شرق الرمادي", "قرب حلب",
/// "على بعد 20 كلم من بعقوبة"), as match keys without clitics.
const RELATIVE: [&str; 17] = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "قرب",
    "بالقرب",
    "اطراف",
    "ضواحي",
    "محيط",
    "مشارف",
    "كلم",
    "كم",
    "كيلومترا",
];

/// Nouns of first-level divisions: after them a governorate's name is the governorate, not its
/// capital ("محافظة عدن" against "في عدن").
const ADMIN1_NOUNS: [&str; 5] = ["محافظه", "ولايه", "اقليم", "اماره", "منطقه"];

/// Words that may stand between a place and a relative phrase anchored elsewhere ("سمائل
/// المركزي 60 كيلومترا جنوب مسقط", "على بعد نحو 20 كلم شمال").
const ANCHOR_GAP_WORDS: [&str; 10] = ["علي", "بعد", "نحو", "حوالي", "مسافه", "كلم", "كم", "كيلومترا", "كيلومتر", "ميلا"];

/// Nouns of second-level divisions ("قضاء مخمور", "ناحية", "مديرية", "منطقة" in Syria).
const DISTRICT_NOUNS: [&str; 3] = ["قضاء", "ناحيه", "مديريه"];

/// Nouns that introduce the division containing a place named just before ("بمحافظة ديالى").
const CONTAINER_NOUNS: [&str; 6] = ["محافظه", "ولايه", "قضاء", "اقليم", "ريف", "مديريه"];

/// PLOVER's codes for non-state international actors (SPEC §2), which name no territory.
pub(crate) fn is_non_state_code(code: &str) -> bool {
    matches!(code, "IGO" | "UNO" | "EUR" | "NGO" | "IMG" | "MNC" | "ISM")
}

/// True when `finer` says more exactly where `coarse` is: `coarse` is a country ("في لبنان", not
/// a name the gazetteer does not know) and `finer` a named place of the same country ("بيروت").
pub(crate) fn refines(coarse: Option<&Place>, finer: Option<&Place>) -> bool {
    match (coarse, finer) {
        (Some(c), Some(f)) => {
            c.feature.as_deref() == Some("country")
                && f.precision.as_deref().is_some_and(|p| p != "country")
                && f.name.is_some()
                && f.country.is_some()
                && f.country == c.country
        }
        _ => false,
    }
}

/// Gazetteer rows of countries and first-level divisions by code and name.
#[derive(Debug, Default)]
pub(crate) struct AdminIndex {
    countries: HashMap<String, u32>,
    admin1: HashMap<(String, String), u32>,
}

impl AdminIndex {
    pub(crate) fn new(lex: &Lexicon) -> AdminIndex {
        let mut idx = AdminIndex::default();
        for (i, p) in lex.places.iter().enumerate() {
            match p.feature.as_str() {
                "country" => {
                    idx.countries.entry(p.country.clone()).or_insert(i as u32);
                }
                "admin1" => {
                    // Keyed by the name as records show it (marks dropped), which is also how
                    // the admin1 of a record already built is looked up again.
                    idx.admin1.entry((p.country.clone(), plain_name(&p.name))).or_insert(i as u32);
                }
                _ => {}
            }
        }
        idx
    }
}

/// A key word without the conjunction and preposition clitics (و ف ب ل) glued to it.
fn bare(w: &str) -> &str {
    let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.chars().count() >= 3).unwrap_or(w);
    w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')).filter(|r| r.chars().count() >= 3).unwrap_or(w)
}

/// A gathering noun (`GATHERING_NOUNS`), with or without a conjunction, a preposition and the
/// article ("والقمة", "بالمؤتمر", "للاجتماع", "لقاء").
fn is_gathering_noun(w: &str) -> bool {
    // (A suffix test first: this runs on every word before a place.)
    GATHERING_NOUNS.iter().any(|n| {
        w.strip_suffix(n).is_some_and(|clitics| {
            matches!(clitics, "" | "و" | "ب" | "ل" | "ال" | "بال" | "لل" | "وال" | "وب" | "ول" | "وبال" | "ولل")
        })
    })
}

/// Longest dateline head we accept, in characters ("شرم الشيخ" fits; a sentence does not).
const MAX_DATELINE_CHARS: usize = 30;

/// Event types that happen somewhere on the ground (not statements or diplomacy).
const PHYSICAL: [&str; 4] = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE"];

/// Sectors of non-state actors whose country says where they are, not whom they represent.
const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"];

/// Nouns of gatherings whose venue is where what is said and agreed there happens ("القمة",
/// "مؤتمر صحفي", "الاجتماع", "الاعتصام"), as match keys without clitics and article.
const GATHERING_NOUNS: [&str; 14] = [
    "قمه",
    "موتمر",
    "اجتماع",
    "اجتماعات",
    "منتدي",
    "ملتقي",
    "ندوه",
    "جلسه",
    "اعتصام",
    "تجمع",
    "مهرجان",
    "لقاء",
    "مباحثات",
    "محادثات",
];

/// Words that may stand between a gathering noun and its venue besides adjectives: the relative
/// clause that says it is held there ("المؤتمر الذي عقد في الرياض", "القمة التي تعقد حاليا
/// بالقاهرة"), "press" ("مؤتمر صحفي بالرياض") and the prepositions of a venue in a town ("أمام",
/// "وسط").
const VENUE_GAP_WORDS: [&str; 22] = [
    "الذي",
    "التي",
    "عقد",
    "عقدت",
    "تعقد",
    "يعقد",
    "انعقد",
    "المنعقد",
    "المنعقده",
    "المقام",
    "المقامه",
    "اقيم",
    "اقيمت",
    "حاليا",
    "امس",
    "اليوم",
    "في",
    "امام",
    "وسط",
    "صحفي",
    "صحفيه",
    "الصحفي",
];

/// The place of a gathering the article reports ("على هامش القمة الإسلامية التي تعقد حاليا
/// بالقاهرة", "في مؤتمر صحفي بالرياض", "بدأ الاعتصام أمام مسجد … وسط بيروت"): the statements,
/// meetings and agreements the article tells without a place of their own were made there.
#[derive(Debug, Clone)]
pub(crate) struct Venue {
    pub(crate) place: Place,
    /// The sentence that names it: field and start (code points), as in `Evidence`.
    pub(crate) field: ahdath_record::Field,
    pub(crate) start: usize,
}

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

    /// The first gathering with a named venue in the article (title first): a gathering noun
    /// (`GATHERING_NOUNS`) followed, in its clause and within seven words, by a place the
    /// gazetteer resolves, with only adjectives ("القمة الإسلامية بالقاهرة"), a relative clause of
    /// holding ("الذي عقد في", "التي تعقد حاليا في") or a venue preposition ("أمام", "وسط") and
    /// the venue's own name between them. No other place may come between.
    pub(crate) fn gathering_venue<'s>(
        &self,
        sentences: impl Iterator<Item = (ahdath_record::Field, usize, &'s Analysis, &'s str)>,
        prefer: &[String],
    ) -> Option<Venue> {
        for (field, start, a, s) in sentences {
            // (Only the words before the sentence's last place can name a gathering with a venue.)
            let Some(last) = a.places.last() else { continue };
            for (g, w) in (0..last.w0).map(|i| (i, a.word(i))) {
                if !is_gathering_noun(w) {
                    continue;
                }
                let Some(p) = a.places.iter().find(|p| p.w0 > g && p.w0 <= g + 7) else { continue };
                if a.break_between(g, p.w0) {
                    continue;
                }
                let gap_ok = (g + 1..p.w0).all(|i| {
                    let x = a.word(i);
                    VENUE_GAP_WORDS.contains(&x)
                        || (x.starts_with("ال") && (x.ends_with('ي') || x.ends_with("يه")))
                        // ("أمام مسجد محمد الأمين وسط بيروت": the venue's own name, after "أمام")
                        || (1..=3).any(|k| i >= g + 1 + k && matches!(a.word(i - k), "امام" | "داخل"))
                        // ("المؤتمر الدولي لمكافحة الإرهاب الذي عقد"): the gathering's own name,
                        // closed by the relative clause of holding.
                        || (g + 1..p.w0).any(|j| j > i && matches!(a.word(j), "الذي" | "التي"))
                });
                if !gap_ok {
                    continue;
                }
                let place = self.place_record(a, p, s, prefer);
                if place.name.is_none() || place.country.is_none() {
                    continue;
                }
                return Some(Venue { place: Place { text: None, ..place }, field, start });
            }
        }
        None
    }

    /// Give unplaced records the dateline's place, else the article's main country (precision
    /// `country`). A record keeps no place when its parties are states other than that country
    /// (a foreign ministry's statement, talks between two capitals).
    ///
    /// Before that, the statements, meetings and agreements that occurred and have no place of
    /// their own take the venue of the gathering the article reports (`venue`), when they were
    /// told in the venue's sentence, are meetings or agreements (held on its margins), or were
    /// made by a party of the venue's country (the host's officials, the protesters of a
    /// sit-in); a party from elsewhere may have spoken at home.
    ///
    /// Background (historical) physical events are placed in the article's country only, not
    /// at the story's place: the arrests and trials an article recalls happened in that country,
    /// but not necessarily in the town of today's news.
    pub(crate) fn fill_locations(
        &self,
        recs: &mut [EventRecord],
        dateline: Option<&Place>,
        main: Option<&str>,
        venue: Option<&Venue>,
    ) {
        if let Some(v) = venue {
            for r in recs.iter_mut().filter(|r| {
                r.location.is_none() && r.status == Status::Occurred && !PHYSICAL.contains(&r.event_type.as_str())
            }) {
                let here = r.evidence.field == v.field && r.evidence.start == v.start;
                let meeting = matches!(r.event_type.as_str(), "CONSULT" | "AGREE");
                let host = r.actor.as_ref().and_then(|e| e.country.as_deref()) == v.place.country.as_deref();
                if here || meeting || host {
                    r.location = Some(v.place.clone());
                }
            }
        }
        // A dateline abroad ("الجزائر (ا ف ب)" over a story about Morocco) says where the
        // reporter was, not where the story happened.
        let dateline = dateline.filter(|d| main.is_none() || d.country.as_deref() == main);
        let fallback_country = dateline.and_then(|d| d.country.as_deref()).or(main);
        let Some(country) = fallback_country else { return };
        let story = self.story_place(recs, country);
        // Background, planned or denied events are not placed by the story they appear in.
        for r in recs.iter_mut().filter(|r| {
            r.location.is_none()
                && (r.status == Status::Occurred
                    || (r.status == Status::Historical && PHYSICAL.contains(&r.event_type.as_str())))
        }) {
            let state_of = |e: &Option<ahdath_record::Entity>| {
                e.as_ref()
                    .filter(|e| !matches!(e.sector.as_deref(), Some(s) if !STATE_SECTORS.contains(&s)))
                    .and_then(|e| e.country.clone())
                    .filter(|c| !is_non_state_code(c))
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
            // (Only the background of the country's own parties: "اعتداء سابق على السودان" in a
            // story about Syria happened elsewhere.)
            if r.status == Status::Historical {
                let of_country =
                    |e: &Option<ahdath_record::Entity>| e.as_ref().and_then(|e| e.country.as_deref()) == Some(country);
                if of_country(&r.actor) || of_country(&r.recipient) {
                    r.location = Some(self.country_place(country));
                }
                continue;
            }
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

    /// The story's place, where an article's later, unplaced events happen too: the specific
    /// place its events of the article's country were given ("اشتباكات في زايو" in the lead),
    /// when one place has at least half of them (the first such). A round-up of several places ("مظاهرات في
    /// سماهيج ... وفي عالي وسلماباد") has no single place: then the governorate they all share,
    /// or none (the unplaced events get the dateline or the country).
    fn story_place(&self, recs: &[EventRecord], country: &str) -> Option<Place> {
        let specific: Vec<&Place> = recs
            .iter()
            .filter_map(|r| r.location.as_ref())
            .filter(|l| {
                l.country.as_deref() == Some(country) && l.precision.as_deref() != Some("country") && l.name.is_some()
            })
            .collect();
        let first = specific.first()?;
        // The first place that has at least half of them (so the lead's place wins a tie of two).
        let majority =
            specific.iter().find(|l| 2 * specific.iter().filter(|m| m.name == l.name).count() >= specific.len());
        if let Some(l) = majority {
            return Some(Place { text: None, ..(*l).clone() });
        }
        let a1 = first.admin1.as_deref()?;
        if specific.iter().all(|l| l.admin1.as_deref() == Some(a1)) {
            let row = self.admin1_row(country, a1)?;
            return Some(self.gazetteer_place(row, String::new()));
        }
        None
    }

    /// The place of a mention in its sentence: the gazetteer row that fits the containing
    /// division named after it ("حمرين بمحافظة ديالى"), the division itself for "ريف حلب", a
    /// district for "قضاء مخمور", a lower precision for relative phrases ("شرق الرمادي"), and
    /// for names the gazetteer lacks, the containing division or the article's country.
    pub(crate) fn place_record(&self, a: &Analysis, p: &PlaceMention, s: &str, prefer: &[String]) -> Place {
        let text = s[p.start..p.end].to_string();
        // Villages' names recur from country to country ("عالي" in Bahrain and in Syria): in an
        // article about other countries a village abroad is not what the name means there.
        // A country word read as a place ("دولة جنوب السودان") is that country: gazetteer rows of
        // other countries the article is not about that match a part of it ("دولة", Dhule in
        // India) are homonyms. (In a story about Jordan "عمان" stays Amman, not Oman.)
        let actor_country =
            p.country_actor.map(|act| self.lex.actors[act as usize].country.clone().unwrap_or_default());
        let abroad = |&i: &u32| {
            let pl = &self.lex.places[i as usize];
            (pl.feature == "village" && !prefer.contains(&pl.country))
                || actor_country.as_ref().is_some_and(|c| &pl.country != c && !prefer.contains(&pl.country))
        };
        let local;
        let p = if (!prefer.is_empty() || actor_country.is_some()) && p.places.iter().any(abroad) {
            local = PlaceMention { places: p.places.iter().copied().filter(|i| !abroad(i)).collect(), ..p.clone() };
            &local
        } else {
            p
        };
        let before = |k: usize| if p.w0 >= k { bare(a.word(p.w0 - k)) } else { "" };
        let container = self.container_after(a, p, prefer);
        let inside = |pl: &ahdath_lexicon::Place| match &container {
            Some(c) if c.feature == "country" => pl.country == c.country,
            Some(c) => pl.country == c.country && pl.admin1.as_deref().unwrap_or(&pl.name) == c.name,
            None => true,
        };
        let fits: Vec<u32> = p.places.iter().copied().filter(|&i| inside(&self.lex.places[i as usize])).collect();
        let district = DISTRICT_NOUNS.contains(&before(1));
        let chosen = if district {
            fits.iter().map(|&i| &self.lex.places[i as usize]).find(|pl| pl.feature == "admin2")
        } else {
            None
        }
        .or_else(|| {
            let narrowed = PlaceMention { places: fits.clone(), ..p.clone() };
            self.best_place(if fits.is_empty() { p } else { &narrowed }, Some(prefer))
        });
        // "في عدن", "في بغداد": a governorate named after its capital is, without a division noun
        // before it, the city; the city row carries the governorate as its admin1.
        let division_noun = ADMIN1_NOUNS.contains(&before(1)) || before(1) == "ريف";
        // "العاصمة صنعاء", "العاصمة الأردنية عمان", "تونس العاصمة": the capital.
        let capital_noun = before(1) == "العاصمه"
            || (before(2) == "العاصمه" && before(1).ends_with("يه"))
            || bare(a.word(p.w1 + 1)) == "العاصمه";
        // The largest city of the mention's candidates in `country`.
        let largest_city = |country: &str| {
            p.places
                .iter()
                .map(|&i| &self.lex.places[i as usize])
                .filter(|c| c.feature == "city" && c.country == country)
                .max_by_key(|c| c.population)
        };
        let chosen = match chosen {
            // A city inside the governorate, else (Sanaa is not in Sana'a governorate but in
            // Amanat al-Asimah) a city of 100,000 or more of the same name in the country.
            Some(pl) if pl.feature == "admin1" && !division_noun => {
                let pool = if fits.is_empty() { &p.places } else { &fits };
                pool.iter()
                    .map(|&i| &self.lex.places[i as usize])
                    .filter(|c| {
                        matches!(c.feature.as_str(), "city" | "town")
                            && c.country == pl.country
                            && c.admin1.as_deref() == Some(pl.name.as_str())
                    })
                    .max_by_key(|c| c.population)
                    .or_else(|| largest_city(&pl.country))
                    .or(Some(pl))
            }
            // "بالعاصمة الكويت", "العاصمة تونس": a country named as "the capital" is its capital
            // city, the most populous city row of that name in the country.
            // ("العاصمة الأردنية عمان": Amman, not Oman.)
            Some(pl) if pl.feature == "country" && capital_noun => largest_city(&pl.country)
                .or_else(|| {
                    p.places
                        .iter()
                        .map(|&i| &self.lex.places[i as usize])
                        .filter(|c| c.feature == "city")
                        .max_by_key(|c| c.population)
                })
                .or(Some(pl)),
            // "زيارة لبرلين": a capital read as its state's actor is still, as a place, the city.
            None if p.places.is_empty() => p
                .country_actor
                .and_then(|act| self.lex.actors[act as usize].country.as_deref())
                .and_then(|iso3| self.city_named(&text, iso3)),
            other => other,
        };
        let mut place = match chosen {
            Some(pl) => self.gazetteer_place(pl, text.clone()),
            None => match (p.country_actor.map(|a| &self.lex.actors[a as usize]), container) {
                (Some(act), _) => Place {
                    text: Some(text.clone()),
                    name: Some(act.name.clone()),
                    feature: Some("country".into()),
                    country: act.country.clone(),
                    precision: Some("country".into()),
                    ..Place::default()
                },
                // A name the gazetteer does not know inside a known division: the division's
                // centre, at that division's precision.
                (None, Some(c)) => Place {
                    text: Some(text.clone()),
                    name: None,
                    feature: None,
                    ..self.gazetteer_place(c, String::new())
                },
                // "منطقة الجفينة جنوب غرب مأرب": a name the gazetteer does not know, placed by a
                // relative phrase, is near the anchor: the anchor's division and point, no name.
                (None, None) => match self.anchor_after(a, p) {
                    Some(q) => {
                        let anchor = self.place_record(a, q, s, prefer);
                        let precision = match anchor.precision.as_deref() {
                            Some("place") => Some("admin2".to_string()),
                            other => other.map(str::to_string),
                        };
                        Place { text: Some(text.clone()), name: None, feature: None, admin2: None, precision, ..anchor }
                    }
                    // Only the article's country is known.
                    None => Place {
                        text: Some(text.clone()),
                        country: prefer.first().cloned(),
                        precision: prefer.first().map(|_| "country".to_string()),
                        ..Place::default()
                    },
                },
            },
        };
        // "ريف حلب": the countryside of a governorate is that governorate, not its city.
        if before(1) == "ريف" && place.feature.as_deref() != Some("admin1") {
            if let Some(row) = place.admin1.as_ref().and_then(|a1| self.admin1_row(place.country.as_deref()?, a1)) {
                place = self.gazetteer_place(row, format!("ريف {text}"));
            }
        }
        let relative = (1..=4).any(|k| RELATIVE.contains(&before(k)));
        if relative && place.precision.as_deref() == Some("place") {
            place.precision = Some("admin2".into());
        }
        place
    }

    /// The city or town of `iso3` whose Arabic name is exactly `text` (clitics allowed: "لبرلين"),
    /// the most populous if several; `None` when the text also names a country ("لمصر").
    fn city_named(&self, text: &str, iso3: &str) -> Option<&ahdath_lexicon::Place> {
        let key = ahdath_text::normalize_key(text);
        let key = key.trim();
        let rows: Vec<&ahdath_lexicon::Place> = self
            .lex
            .find_places_at(key, 0)
            .iter()
            .filter(|h| h.word_end == key.len())
            .filter_map(|h| match h.target {
                Target::Place(i) => Some(&self.lex.places[i as usize]),
                _ => None,
            })
            .collect();
        if rows.iter().any(|pl| pl.feature == "country") {
            return None;
        }
        rows.into_iter()
            .filter(|pl| pl.country == iso3 && matches!(pl.feature.as_str(), "city" | "town"))
            .max_by_key(|pl| pl.population)
    }

    /// The mention an event is located at, given the one chosen for it: in "قضاء مخمور شرق
    /// الموصل" or "سجن سمائل (60 كيلومترا جنوب مسقط)" the second place is only the anchor that
    /// says where the first lies, so an event given the anchor is at the first place. Only
    /// distance words and descriptive adjectives may stand between the first place and the
    /// relative word ("المركزي", "60 كيلومترا"); a conjunction there starts another phrase.
    pub(crate) fn located_mention<'a>(&self, a: &'a Analysis, p: &'a PlaceMention) -> &'a PlaceMention {
        let Some(rel) = (1..=4).filter(|&k| k <= p.w0).map(|k| p.w0 - k).find(|&w| RELATIVE.contains(&bare(a.word(w))))
        else {
            return p;
        };
        let gap_ok = |w: usize| {
            let x = a.word(w);
            // "المفرق شمال شرق عمان": compound directions.
            RELATIVE.contains(&bare(x))
                || x.chars().all(|c| c.is_ascii_digit())
                || ANCHOR_GAP_WORDS.contains(&x)
                || (x.starts_with("ال") && (x.ends_with('ي') || x.ends_with("يه")) && x.chars().count() >= 5)
        };
        a.places
            .iter()
            .filter(|q| q.w1 < rel && rel - q.w1 <= 4)
            .max_by_key(|q| q.w1)
            .filter(|q| (q.w1 + 1..rel).all(gap_ok))
            .unwrap_or(p)
    }

    /// The known place a relative phrase right after `p` anchors it to ("الجفينة والبلق جنوب
    /// غرب مأرب", "قرية X شمال الموصل"): a gazetteer place after a direction or distance word,
    /// at most four words after `p`, in the same clause.
    fn anchor_after<'a>(&self, a: &'a Analysis, p: &PlaceMention) -> Option<&'a PlaceMention> {
        let q = a.places.iter().find(|q| q.w0 > p.w1 && q.w0 <= p.w1 + 5)?;
        let relative = RELATIVE.contains(&bare(a.word(q.w0 - 1)));
        (relative && !q.places.is_empty() && !a.break_between(p.w1, q.w0)).then_some(q)
    }

    /// The division named right after a place as its container: "X بمحافظة Y", "X في ريف Y",
    /// "X، ولاية Y", or a bare first-level division or country following it ("X بديالى").
    fn container_after(&self, a: &Analysis, p: &PlaceMention, prefer: &[String]) -> Option<&ahdath_lexicon::Place> {
        // "X التابعة لمحافظة Y": skip the word that says "belonging to".
        let gap = if matches!(a.word(p.w1 + 1), "التابعه" | "التابع") { 1 } else { 0 };
        let q = a.places.iter().find(|q| q.w0 > p.w1 && q.w0 <= p.w1 + 2 + gap)?;
        let noun = q.w0 > p.w1 + 1 && CONTAINER_NOUNS.contains(&bare(a.word(q.w0 - 1)));
        let best = self.best_place(q, Some(prefer))?;
        let division = matches!(best.feature.as_str(), "admin1" | "admin2" | "country");
        if !(noun || (q.w0 == p.w1 + 1 && division && !a.word(q.w0).starts_with('و'))) {
            return None;
        }
        // A container is a division; a city named as container stands for its division.
        match best.feature.as_str() {
            "admin1" | "country" => Some(best),
            "admin2" => best.admin1.as_ref().and_then(|a1| self.admin1_row(&best.country, a1)),
            _ => best.admin1.as_ref().and_then(|a1| self.admin1_row(&best.country, a1)),
        }
    }

    fn admin1_row(&self, country: &str, name: &str) -> Option<&ahdath_lexicon::Place> {
        let i = self.admin_index.admin1.get(&(country.to_string(), plain_name(name)))?;
        Some(&self.lex.places[*i as usize])
    }

    /// A country-level place for an ISO code, with the gazetteer's name and centre when known.
    fn country_place(&self, iso3: &str) -> Place {
        let row = self.admin_index.countries.get(iso3).map(|&i| &self.lex.places[i as usize]);
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
            name: Some(english_name(pl)),
            feature: Some(pl.feature.clone()),
            admin1: pl.admin1.as_deref().or((pl.feature == "admin1").then_some(pl.name.as_str())).map(plain_name),
            admin2: pl.admin2.clone().or_else(|| (pl.feature == "admin2").then(|| pl.name.clone())),
            country: Some(pl.country.clone()),
            lat: pl.lat,
            lon: pl.lon,
            precision: Some(precision.into()),
            geonames_id: pl.geonames_id,
        }
    }
}

/// The English name a record shows for a gazetteer row. GeoNames' romanised names carry
/// transliteration marks ("Al Mayādīn", "Samā’il", "Bent Jbaïl", "Şanlıurfa"); English news and
/// reference works write them without marks and, for towns, without the Arabic article
/// ("Mayadin", "Samail", "Naqoura"), so the marks (accents, ‘ ’ for ayn and hamza) are dropped
/// from every name and the article from GeoNames' populated places. The article stays when the
/// rest is short ("Al Ain", "Al Kut"); an ASCII apostrophe written by hand ("A'ali") stays.
pub(crate) fn english_name(pl: &ahdath_lexicon::Place) -> String {
    let plain = plain_name(&pl.name);
    let populated = matches!(pl.feature.as_str(), "city" | "town" | "village" | "camp" | "neighbourhood");
    if !populated || !pl.id.starts_with("gn:") {
        return plain;
    }
    const ARTICLES: [&str; 16] =
        ["Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An", "Adh", "Ath", "Ed", "Er", "Es", "Et", "En"];
    for art in ARTICLES {
        for sep in [' ', '-'] {
            if let Some(rest) = plain.strip_prefix(art).and_then(|r| r.strip_prefix(sep)) {
                if rest.chars().count() >= 4 && rest.chars().next().is_some_and(char::is_uppercase) {
                    return rest.to_string();
                }
            }
        }
    }
    plain
}

/// A romanised name without transliteration marks: accents and dots dropped ("Şanlıurfa" →
/// "Sanliurfa", "Ḩadīthah" → "Hadithah") and the ‘ ’ ʿ ʾ that write ayn and hamza removed
/// ("Samā’il" → "Samail"). Plain letters and ASCII apostrophes are kept.
pub(crate) fn plain_name(name: &str) -> String {
    if name.is_ascii() {
        return name.to_string();
    }
    name.nfkd()
        .filter(|c| !is_combining_mark(*c) && !matches!(c, '‘' | '’' | 'ʿ' | 'ʾ' | 'ʼ' | '´'))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, feature: &str, name: &str) -> ahdath_lexicon::Place {
        ahdath_lexicon::Place {
            id: id.into(),
            feature: feature.into(),
            country: "IRQ".into(),
            admin1: None,
            admin2: None,
            name: name.into(),
            forms: Vec::new(),
            lat: None,
            lon: None,
            population: 0,
            geonames_id: None,
        }
    }

    #[test]
    fn gathering_nouns_are_read_with_their_clitics() {
        for w in ["القمه", "والقمه", "بالموتمر", "للاجتماع", "لقاء", "اللقاء", "اعتصام", "الاعتصام"]
        {
            assert!(is_gathering_noun(w), "{w}");
        }
        for w in ["قمح", "الاجتماعي", "تجمعت", "القاء"] {
            assert!(!is_gathering_noun(w), "{w}");
        }
    }

    #[test]
    fn a_named_place_refines_only_a_country_of_its_own() {
        let place = |feature: &str, precision: &str, name: Option<&str>, country: &str| Place {
            feature: Some(feature.into()),
            precision: Some(precision.into()),
            name: name.map(str::to_string),
            country: Some(country.into()),
            ..Place::default()
        };
        let lebanon = place("country", "country", Some("Lebanon"), "LBN");
        let beirut = place("city", "place", Some("Beirut"), "LBN");
        let damascus = place("city", "place", Some("Damascus"), "SYR");
        // A name the gazetteer does not know, placed only in its country, is not refined.
        let unknown = Place { feature: None, name: None, ..lebanon.clone() };
        assert!(refines(Some(&lebanon), Some(&beirut)));
        assert!(!refines(Some(&lebanon), Some(&damascus)));
        assert!(!refines(Some(&beirut), Some(&lebanon)));
        assert!(!refines(Some(&unknown), Some(&beirut)));
        assert!(!refines(None, Some(&beirut)));
    }

    #[test]
    fn names_lose_transliteration_marks_and_towns_their_article() {
        assert_eq!(english_name(&row("gn:1", "town", "Al Mayādīn")), "Mayadin");
        assert_eq!(english_name(&row("gn:2", "town", "Samā’il")), "Samail");
        assert_eq!(english_name(&row("gn:3", "town", "Al-Tabqa")), "Tabqa");
        assert_eq!(english_name(&row("gn:4", "town", "En Nâqoûra")), "Naqoura");
        // A short rest keeps its article; divisions, countries and hand rows keep theirs.
        assert_eq!(english_name(&row("gn:5", "city", "Al Ain")), "Al Ain");
        assert_eq!(english_name(&row("adm1:SYR:RA", "admin1", "Al-Raqqah")), "Al-Raqqah");
        assert_eq!(english_name(&row("hand:x", "village", "A'ali")), "A'ali");
        assert_eq!(plain_name("Şanlıurfa"), "Sanliurfa");
        assert_eq!(plain_name("Ḩadīthah"), "Hadithah");
    }
}
