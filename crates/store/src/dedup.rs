//! Deduplication across articles: which records report the same real-world happening.
//!
//! Pure logic, no storage: a backend fetches candidate events (same type, nearby dates, a shared
//! block: [`blocks_of`]), hands their members' [`Sig`]s to [`best_event`], and stores the decision. Clustering
//! is incremental and complete-link: a record joins the event whose members it is compatible with
//! *all* of, picking the best-scoring one, or founds a new event. Complete link means removing a
//! record later (its article changed) never leaves an event whose remaining members disagree.
//!
//! Two records can merge only when nothing vetoes it ([`veto`]):
//! - different articles (merging within an article is the coder's job), same type, same mode
//!   when both have one, the same status, and that status is `occurred`, `future` or
//!   `historical` (negated and hypothetical statements are not happenings to merge);
//! - dates within their precision: day ±1 for day precision (an article's `published` is often
//!   a crawl date), same month for month, same year for year; a day and a month compare by
//!   containment; a day never merges with a bare year; undated records merge with undated ones
//!   only when their sentences are close, and with dated ones only as copies of one report
//!   ([`Params::undated_dated_similarity`]; otherwise no veto, but no score), or as one attack
//!   at one town with one toll and one attacker when the undated sentence names the dated day's
//!   weekday ([`Params::undated_dated_weekday`], dedup37);
//! - two different days read in the texts ([`Sig::date_basis`] `text`) only for sentences that
//!   share words like copies of one report ([`Params::text_days_similarity`]): "today" is
//!   resolved against each outlet's publication day, but a march night after night is told in
//!   other words each night;
//! - places not in conflict: same country, and the same gazetteer name, one containing the other
//!   (a city and its admin1, anything and its country), or within [`Params::near_km`];
//! - fatalities not contradicting: early and later tolls may differ by a ratio up to
//!   [`Params::fatality_ratio`] or by up to [`Params::fatality_diff`], and a toll its sentence
//!   calls preliminary is a lower bound ([`Params::preliminary_toll`], dedup34);
//! - actors not in conflict: the countries agree and the sectors belong to the same family (state
//!   organs, non-state armed groups, civilians), with `UNK` compatible with anything. An
//!   unidentified party (no sector, no named id) has only the article's country, so its country
//!   never conflicts; a transnational militant group (`IMG`) is compatible with a national armed
//!   group (its branch). For symmetric types (CONSULT, AGREE, COOPERATE) actor and recipient may
//!   be swapped; for an attack (told from either side: a clash, an ambush) they are read swapped
//!   when both records name both parties, both then agree, both are placed at one town and both
//!   give a toll (dedup19). Between undated records of a non-material type a state and a generic
//!   organ of its government (its foreign ministry) are one party ([`party_rel`], dedup26).
//!
//! Backends that compare one record with many keep each candidate's [`Key`] (its strings as
//! [`Interner`] numbers, the properties the rules ask of them, its dates, toll and words as a
//! bit set), so a pair comparison compares integers, and use [`passes_keyed`] and
//! [`best_event_keyed`]; the functions on [`Sig`]s key their arguments and run the same code.
//!
//! Among the records that pass, [`score`] weighs the agreement (place, actors, date, toll,
//! shared words of the sentences) and a record merges when the score reaches
//! [`Params::threshold`]. A record without a place, or against an event without one, needs strong
//! actor agreement (same dictionary id, or agreeing actor and recipient) or near-identical
//! sentences. Dated records whose sentences share almost no words ([`Params::min_similarity`])
//! merge only on an equal nonzero toll; undated ones of a material type pass their word floors
//! only at one town, both naming the weapon, with one toll of some size
//! ([`Params::undated_same_toll`], dedup20), or with agreeing tolls of some size when one names
//! a suicide attack ([`Params::undated_suicide_toll`], dedup21); at one town with one toll and
//! agreeing victims, a record naming no attacker passes the floor of agreeing parties
//! ([`Params::undated_victim_side`], dedup30).

use crate::keys::jaccard;
use ahdath_record::haversine_km as km;
use ahdath_record::{DateBasis, DatePrecision, Entity, EventRecord, Place, SourceRef, Status, StoredEvent};
use ahdath_text::FxBuildHasher;
use std::collections::HashMap;

/// Tunable limits of the clustering; [`Params::default`] holds the values measured in
/// `docs/database.md`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Score a record needs to join an event.
    pub threshold: f32,
    /// Places with coordinates closer than this (km) are the same place.
    pub near_km: f64,
    /// Tolls agree when max ≤ ratio × min …
    pub fatality_ratio: f64,
    /// … or when they differ by at most this.
    pub fatality_diff: u32,
    /// Jaccard similarity of sentence words needed to merge undated records.
    pub undated_similarity: f32,
    /// Jaccard similarity of sentence words below which two dated records do not merge unless
    /// they report the same nonzero toll: place, day and parties alone join unrelated reports
    /// of one town and day (a police report, a protest, a statement), since parties are mostly
    /// generic ("security forces", "protesters") and offices many people ("an MP").
    pub min_similarity: f32,
    /// Jaccard similarity of sentence words two records dated to different days in their texts
    /// (day precision, `date_basis` `text`, one day apart) need to merge: copies of one report
    /// whose outlets resolved "today" against their own publication days.
    pub text_days_similarity: f32,
    /// Merge two events when a new record joins one and also reaches the threshold with the
    /// other, no member of one vetoes a member of the other, and their members' pairs score on
    /// average at least the threshold ([`merge_candidates_keyed`]):
    /// an event founded on thin evidence is not left apart from a later, better-evidenced event
    /// of the same happening for ever.
    pub merge_events: bool,
    /// Jaccard similarity of sentence words an undated record (an article without a publication
    /// day) and a dated one need to merge: a copy of a dated report (a wire story printed by an
    /// outlet that dates its pages and by one that does not) is that happening, and nothing else
    /// in an undated record says which days it tells of. Such a pair is no date conflict (an
    /// event may hold both and still take dated reports in other words), but it scores only as
    /// copies. 0 or above 1 turns the rule off: then a dated and an undated record never merge.
    pub undated_dated_similarity: f32,
    /// Undated candidates are the most recent undated records of a block; besides them, a
    /// record looking at an undated block also finds, anywhere in it, the records whose sentence
    /// has exactly its words when it has at least this many distinct words ([`far_copy`]): a
    /// wire report reprinted undated after more than a window's worth of other undated reports
    /// of its type and country. 0 turns the rule off.
    pub far_copy_words: usize,
    /// Jaccard similarity of sentence words two undated records of a non-material type need to
    /// merge when they name the same actor and the same recipient (named ids, not generic
    /// groups, given no two different countries: dedup13) and give the same mode: an undated
    /// report told in other words by another outlet (a recalled ambassador, a minister's visit)
    /// has only its parties and its words to go by.
    /// Material happenings (air strikes of one coalition on one enemy) are left to the word
    /// floors: the same parties act again every day. Above
    /// [`Params::undated_similarity`] turns the rule off.
    pub undated_named_similarity: f32,
    /// Smallest toll two undated records of a material type at one named town, both naming the
    /// weapon (a mode), need to give alike to pass the undated word floors (dedup20): a
    /// mass-casualty attack is recalled by many later reports ("the bombing that killed 32 in the
    /// border town") in their own words, each undated, and the same toll at the same town is the
    /// evidence they share. 0 turns the rule off.
    pub undated_same_toll: u32,
    /// Smallest toll two undated records of a material type at one named town, both naming the
    /// weapon and at least one a suicide attack, need to give each (agreeing as the fatalities
    /// veto asks, not alike) to pass the undated word floors and [`Params::min_similarity`]
    /// (dedup21): a suicide bombing that kills this many is recalled for weeks by undated
    /// reports with the toll of their day (an early 20, a later 30). 0 turns the rule off.
    pub undated_suicide_toll: u32,
    /// Jaccard similarity of sentence words from which two records that do not both give a
    /// place ([`PlaceRel::Unknown`]), with agreeing actors of one country, score the place as
    /// a country alone (0.5, [`PlaceRel::CountryOnly`]): one outlet's report retold by another
    /// that leaves the town out (an appeal, a ministry's announcement) has only its parties, its
    /// day and its words, and a paraphrase sharing this many words stands in for the place they
    /// would name (dedup27). 0 or above 1 turns the rule off.
    pub unplaced_similarity: f32,
    /// Whether two undated records of a material type placed at one named town with one nonzero
    /// toll, whose recipients agree (compatible or the same) and of which one names no actor,
    /// pass the undated word floor as records with agreeing parties do (0.6 ×
    /// [`Params::undated_similarity`], dedup30): the victims' side of an attack ("a child was
    /// burnt to death in his home") is told without the attackers as often as with them, and
    /// a missing actor is no disagreement.
    pub undated_victim_side: bool,
    /// Jaccard similarity of sentence words below which two meetings of one named party whose
    /// other parties are named guests ([`guest`]: a person, a state or an office) of different
    /// countries are different meetings (dedup32): one host receives many guests a day, each told
    /// in one template sentence, while a misread guest comes in a copy of one report. 0 turns
    /// the rule off (the other party's country is then never decisive beside a same named party).
    pub guest_similarity: f32,
    /// Whether a toll its sentence calls preliminary ([`preliminary_toll`]: «حصيلة أولية») is a
    /// lower bound (dedup34): a larger toll of another record does not contradict it (the
    /// fatalities veto), and beside it the preliminary record counts as giving that larger toll
    /// where a size of toll is asked ([`Params::undated_suicide_toll`]). The first count of a
    /// bombing is raised by every later report.
    pub preliminary_toll: bool,
    /// Whether an undated attack report that names a weekday («ليل الخميس») meets a dated report
    /// of that day, or a day beside it, without the copy floor ([`dated_retelling`], dedup37):
    /// one attacker by one dictionary id, one town (or within [`Params::near_km`]) and one
    /// nonzero toll. The weekday is the only bound in time an undated report carries.
    pub undated_dated_weekday: bool,
    /// Share of the shorter sentence's words found in the longer one (containment, shared words
    /// over the shorter sentence's distinct words) from which two unplaced statements of agreeing
    /// parties of one country are scored by that share instead of their Jaccard similarity
    /// (dedup35): one outlet's short lead retold by another with a clause inserted (the person's
    /// name, who threatened him) keeps the lead's words but not its share of the longer sentence.
    /// Only a record that reaches no candidate event without it is scored so ([`best_event`],
    /// dedup36): a copy that joins its siblings' event without the share still joins it, and
    /// events are merged ([`merge_candidates`]) without it. 0 or above 1 turns the rule off.
    pub contained_similarity: f32,
    /// Distinct words the shorter sentence needs for [`Params::contained_similarity`]: a short
    /// title is contained in many sentences.
    pub contained_words: usize,
    /// Jaccard similarity two sentences need besides for [`Params::contained_similarity`]: a
    /// retelling keeps a good part of the whole, while a short formula («… وجار العرض على
    /// النيابة») is contained in many long sentences that share little else with it.
    pub contained_jaccard: f32,
}

impl Params {
    /// These parameters without [`Params::contained_similarity`]: the scores every record is
    /// first judged by, and events are merged by (dedup36).
    pub fn without_containment(&self) -> Params {
        Params { contained_similarity: 0.0, ..*self }
    }

    /// Whether [`Params::contained_similarity`] is on.
    fn containment_on(&self) -> bool {
        self.contained_similarity > 0.0 && self.contained_similarity <= 1.0
    }

    /// Whether dated records are compared with undated ones at all
    /// ([`Params::undated_dated_similarity`] in (0, 1]); backends then look a dated record's
    /// candidates up among the most recent undated records too.
    pub fn undated_meets_dated(&self) -> bool {
        self.undated_dated_similarity > 0.0 && self.undated_dated_similarity <= 1.0
    }
}

impl Default for Params {
    fn default() -> Self {
        Params {
            threshold: 3.5,
            near_km: 50.0,
            fatality_ratio: 3.0,
            fatality_diff: 5,
            undated_similarity: 0.45,
            min_similarity: 0.04,
            text_days_similarity: 0.3,
            merge_events: true,
            undated_dated_similarity: 0.7,
            far_copy_words: 3,
            undated_named_similarity: 0.10,
            undated_same_toll: 10,
            undated_suicide_toll: 20,
            unplaced_similarity: 0.35,
            undated_victim_side: true,
            guest_similarity: 0.7,
            preliminary_toll: true,
            undated_dated_weekday: true,
            contained_similarity: 0.7,
            contained_words: 8,
            contained_jaccard: 0.3,
        }
    }
}

/// Whether `candidate`, an undated record older than the most recent undated candidates of its
/// block, is a candidate of `sig` all the same ([`Params::far_copy_words`]): its sentence has
/// exactly the words of `sig`'s, and they are at least that many. Only which records are compared
/// changes; the vetoes and the score decide as for any candidate.
pub fn far_copy(sig: &Sig, candidate: &Sig, p: &Params) -> bool {
    p.far_copy_words > 0 && sig.words.len() >= p.far_copy_words && sig.words == candidate.words
}

/// What clustering needs to know about a record: the columns a backend stores beside it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sig {
    /// Storage key of the record's article: records of one article never merge.
    pub article: i64,
    pub event_type: String,
    pub mode: Option<String>,
    pub status: Option<Status>,
    pub precision: Option<DatePrecision>,
    /// Day numbers (days since 1970-01-01) of the first and last day the date may denote.
    pub day_lo: Option<i64>,
    pub day_hi: Option<i64>,
    /// Where the date came from: two day dates read in the text that differ are different
    /// happenings; the ±1-day tolerance is for publication days (often a crawl day). `None`
    /// (unknown) compares like a publication day.
    pub date_basis: Option<DateBasis>,
    pub place: Option<PlaceSig>,
    pub actor: Option<EntSig>,
    pub recipient: Option<EntSig>,
    pub fatalities: Option<u32>,
    /// [`crate::keys::sentence_words`] of the evidence sentence.
    pub words: Vec<u64>,
}

/// The comparable parts of a place.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlaceSig {
    pub name: Option<String>,
    pub admin1: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `country`, `admin1` or `place` (anything finer).
    pub level: Level,
}

/// How fine a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub enum Level {
    #[default]
    Country,
    Admin1,
    Place,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Country => "country",
            Level::Admin1 => "admin1",
            Level::Place => "place",
        }
    }
    pub fn parse(s: &str) -> Level {
        match s {
            "admin1" => Level::Admin1,
            "place" => Level::Place,
            _ => Level::Country,
        }
    }
}

/// The comparable parts of an actor or recipient.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntSig {
    pub country: Option<String>,
    pub sector: Option<String>,
    pub id: Option<String>,
}

impl EntSig {
    pub fn of(e: &Entity) -> Option<EntSig> {
        let s = EntSig { country: e.country.clone(), sector: e.sector.clone(), id: e.id.clone() };
        (s.country.is_some() || s.sector.is_some() || s.id.is_some()).then_some(s)
    }
}

impl PlaceSig {
    pub fn of(p: &Place) -> Option<PlaceSig> {
        p.country.as_ref()?;
        let feature = p.feature.as_deref().unwrap_or("");
        let precision = p.precision.as_deref().unwrap_or("");
        let level = if feature == "country" || precision == "country" || (p.name.is_none() && p.admin1.is_none()) {
            Level::Country
        } else if feature == "admin1" || (precision == "admin1" && p.name == p.admin1) || p.name.is_none() {
            Level::Admin1
        } else {
            Level::Place
        };
        let name = match level {
            Level::Country => None,
            Level::Admin1 => p.admin1.clone().or_else(|| p.name.clone()),
            Level::Place => p.name.clone(),
        };
        Some(PlaceSig { name, admin1: p.admin1.clone(), country: p.country.clone(), lat: p.lat, lon: p.lon, level })
    }
}

/// A stored `date_basis` (`text`, `publication`), as backends read it back for [`Sig::date_basis`].
pub fn parse_basis(s: Option<&str>) -> Option<DateBasis> {
    match s? {
        "text" => Some(DateBasis::Text),
        "publication" => Some(DateBasis::Publication),
        _ => None,
    }
}

/// Day number (days since 1970-01-01) of a calendar date.
pub fn day_number(y: i32, m: u32, d: u32) -> Option<i64> {
    use chrono::{Datelike, NaiveDate};
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    Some(i64::from(date.num_days_from_ce()) - 719_163)
}

/// The calendar date of a day number, `YYYY-MM-DD`.
pub fn day_string(n: i64) -> String {
    use chrono::NaiveDate;
    NaiveDate::from_num_days_from_ce_opt((n + 719_163) as i32)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// First and last day a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date denotes, and its precision.
pub fn date_range(date: &str) -> Option<(i64, i64, DatePrecision)> {
    let parts: Vec<&str> = date.trim().get(..10.min(date.trim().len()))?.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let y = num(parts.first()?)? as i32;
    match parts.len() {
        1 => Some((day_number(y, 1, 1)?, day_number(y, 12, 31)?, DatePrecision::Year)),
        2 => {
            let m = num(parts[1])?;
            let lo = day_number(y, m, 1)?;
            let hi = if m == 12 { day_number(y + 1, 1, 1)? } else { day_number(y, m + 1, 1)? } - 1;
            Some((lo, hi, DatePrecision::Month))
        }
        _ => {
            let d = day_number(y, num(parts[1])?, num(parts[2])?)?;
            Some((d, d, DatePrecision::Day))
        }
    }
}

impl Sig {
    /// The candidate blocks of this record ([`blocks_of`]).
    pub fn blocks(&self) -> [Option<(Block, &str)>; 2] {
        blocks_of(
            self.place.as_ref().and_then(|p| p.country.as_deref()),
            self.actor.as_ref().and_then(|e| e.country.as_deref()),
            self.recipient.as_ref().and_then(|e| e.country.as_deref()),
        )
    }

    /// The signature of a record of article `article`.
    pub fn of(r: &EventRecord, article: i64) -> Sig {
        Sig::with_words(r, article, crate::keys::sentence_words(&r.evidence.sentence))
    }

    /// [`Sig::of`] with the sentence's [`crate::keys::sentence_words`] already computed (by a
    /// coding worker, [`crate::RecordKeys`]).
    pub fn with_words(r: &EventRecord, article: i64, words: Vec<u64>) -> Sig {
        let range = r.date.as_deref().and_then(date_range);
        Sig {
            article,
            event_type: r.event_type.clone(),
            mode: r.mode.clone(),
            status: Some(r.status),
            precision: Some(range.map_or(DatePrecision::Unknown, |x| x.2)),
            day_lo: range.map(|x| x.0),
            day_hi: range.map(|x| x.1),
            date_basis: r.date_basis,
            place: r.location.as_ref().and_then(PlaceSig::of),
            actor: r.actor.as_ref().and_then(EntSig::of),
            recipient: r.recipient.as_ref().and_then(EntSig::of),
            fatalities: r.fatalities,
            words,
        }
    }

    /// For each date precision a compatible record may have, the range of its `day_lo`: a
    /// backend looks candidates up in these ranges only. Empty for an undated record (its
    /// candidates are undated records).
    pub fn candidate_ranges(&self) -> Vec<(DatePrecision, i64, i64)> {
        use DatePrecision::*;
        let (Some(lo), Some(hi)) = (self.day_lo, self.day_hi) else { return Vec::new() };
        match self.precision {
            Some(Day) => vec![(Day, lo - 1, hi + 1), (Month, lo - 31, lo)],
            Some(Month) => vec![(Day, lo, hi), (Month, lo, lo), (Year, lo - 366, lo)],
            Some(Year) => vec![(Month, lo, hi), (Year, lo, lo)],
            _ => Vec::new(),
        }
    }
}

/// The column a candidate block of records is keyed by, besides the type (backends look a
/// record's candidates up in the blocks it belongs to, [`blocks_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Block {
    /// The country of the place.
    Place,
    /// The country of the actor.
    Actor,
    /// The country of the recipient, for records with neither a place's nor an actor's country.
    Recipient,
    /// The type alone, for records in which no party has a country and that have no place.
    Type,
}

/// The candidate blocks of a record whose place, actor and recipient have the countries
/// `place`, `actor` and `recipient`: its place's and its actor's country; a record with neither
/// is blocked under its recipient's country, or under its type alone when that is unknown too
/// (without it such records were compared with nothing: 8.5% of bench60k's records). The
/// `&str` is the block's country (`""` for [`Block::Type`]).
pub fn blocks_of<'a>(
    place: Option<&'a str>,
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
) -> [Option<(Block, &'a str)>; 2] {
    match (place, actor, recipient) {
        (None, None, Some(r)) => [Some((Block::Recipient, r)), None],
        (None, None, None) => [Some((Block::Type, "")), None],
        _ => [place.map(|c| (Block::Place, c)), actor.map(|c| (Block::Actor, c))],
    }
}

/// How two places relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRel {
    /// The same named place.
    Same,
    /// One contains the other below country level (a city in its admin1), or both points are
    /// within the distance limit.
    Nested,
    /// Same country, at least one known only to country level.
    CountryOnly,
    /// At least one place is unknown.
    Unknown,
    Conflict,
}

/// The strings of signatures as small integers (0 for none), so that the pair comparisons of
/// clustering compare integers instead of strings ([`Key`]). Exact strings (types, countries of
/// parties, ids, modes) and ASCII-case-folded ones (places, compared case-insensitively) have
/// separate numbers. Keys are comparable only when made by one interner.
/// (Its maps hash with FxHash: short strings, no untrusted keys, looked up for every record the
/// writer keys.)
#[derive(Debug, Default)]
pub struct Interner {
    exact: HashMap<String, u32, FxBuildHasher>,
    folded: HashMap<String, u32, FxBuildHasher>,
}

impl Interner {
    fn number(map: &mut HashMap<String, u32, FxBuildHasher>, s: &str) -> u32 {
        if let Some(&n) = map.get(s) {
            return n;
        }
        let n = map.len() as u32 + 1;
        map.insert(s.to_string(), n);
        n
    }

    fn exact(&mut self, s: Option<&str>) -> u32 {
        s.map_or(0, |s| Interner::number(&mut self.exact, s))
    }

    /// Equal numbers (not 0) exactly when the strings are equal ignoring ASCII case.
    fn folded(&mut self, s: Option<&str>) -> u32 {
        match s {
            None => 0,
            Some(s) if s.bytes().any(|b| b.is_ascii_uppercase()) => {
                Interner::number(&mut self.folded, &s.to_ascii_lowercase())
            }
            Some(s) => Interner::number(&mut self.folded, s),
        }
    }

    /// Strings numbered so far.
    pub fn len(&self) -> usize {
        self.exact.len() + self.folded.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A [`PlaceSig`]'s strings as [`Interner`] numbers (case-folded: places compare ignoring case).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct PlaceKey {
    country: u32,
    name: u32,
    admin1: u32,
    level: Level,
    lat: Option<f64>,
    lon: Option<f64>,
}

impl PlaceKey {
    fn of(p: &PlaceSig, i: &mut Interner) -> PlaceKey {
        PlaceKey {
            country: i.folded(p.country.as_deref()),
            name: i.folded(p.name.as_deref()),
            admin1: i.folded(p.admin1.as_deref()),
            level: p.level,
            lat: p.lat,
            lon: p.lon,
        }
    }
}

/// An [`EntSig`] as [`Interner`] numbers and the properties the comparisons ask of it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct EntKey {
    country: u32,
    id: u32,
    /// [`sector_family`] of the sector.
    family: Option<u8>,
    /// [`named_id`].
    named: bool,
    /// [`unidentified`].
    unidentified: bool,
    /// The country is [`TRANSNATIONAL`].
    transnational: bool,
    /// [`state_id`].
    state: bool,
    /// [`state_organ`].
    organ: bool,
    /// [`guest`].
    guest: bool,
}

impl EntKey {
    fn of(e: &EntSig, i: &mut Interner) -> EntKey {
        EntKey {
            country: i.exact(e.country.as_deref()),
            id: i.exact(e.id.as_deref()),
            family: e.sector.as_deref().and_then(sector_family),
            named: named_id(&e.id),
            unidentified: unidentified(e),
            transnational: e.country.as_deref() == Some(TRANSNATIONAL),
            state: state_id(&e.id),
            organ: state_organ(e),
            guest: guest(&e.id),
        }
    }
}

/// What the pair comparisons read of a [`Sig`] besides its numbers, dates and words: its strings
/// as [`Interner`] numbers and the properties of its type, computed once per record instead of
/// once per pair.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Key {
    // Copies of the signature's scalar fields, so that a comparison reads only the keys (which
    // a backend can keep side by side) until it needs the sentences' words.
    article: i64,
    status: Option<Status>,
    precision: Option<DatePrecision>,
    day_lo: Option<i64>,
    day_hi: Option<i64>,
    /// A day date read in the text ([`Sig::date_basis`] `text`, day precision).
    text_day: bool,
    fatalities: Option<u32>,
    /// Distinct words of the sentence.
    words: usize,
    event_type: u32,
    /// [`mode_family`] of the mode.
    mode: u32,
    material: bool,
    /// [`one_site`].
    one_site: bool,
    symmetric: bool,
    /// [`two_sided`].
    two_sided: bool,
    /// [`meeting`].
    meeting: bool,
    /// The mode is [`SUICIDE_ATTACK`] (the mode key is its family, shared with other bombings).
    suicide: bool,
    /// The record gives a toll its sentence calls preliminary ([`preliminary_toll`]).
    preliminary: bool,
    /// The weekdays its sentence names ([`weekdays`]): bit 0 Saturday … bit 6 Friday.
    weekdays: u8,
    place: Option<PlaceKey>,
    actor: Option<EntKey>,
    recipient: Option<EntKey>,
    /// The sentence's words as a 512-bit set (bit `h mod 512` of each word hash `h`) and how
    /// many words share their bit with another, for [`Key::common_bound`].
    bits: [u64; 8],
    crowded: u32,
}

impl Key {
    pub fn of(s: &Sig, i: &mut Interner) -> Key {
        Key {
            article: s.article,
            status: s.status,
            precision: s.precision,
            day_lo: s.day_lo,
            day_hi: s.day_hi,
            text_day: s.date_basis == Some(DateBasis::Text) && s.precision == Some(DatePrecision::Day),
            fatalities: s.fatalities,
            event_type: i.exact(Some(&s.event_type)),
            mode: i.exact(s.mode.as_deref().map(mode_family)),
            material: material(&s.event_type),
            one_site: one_site(&s.event_type),
            symmetric: symmetric(&s.event_type),
            two_sided: two_sided(&s.event_type),
            meeting: meeting(&s.event_type),
            suicide: s.mode.as_deref() == Some(SUICIDE_ATTACK),
            preliminary: s.fatalities.is_some() && preliminary_toll(&s.words),
            weekdays: if s.day_lo.is_none() { weekdays(&s.words) } else { 0 },
            place: s.place.as_ref().map(|p| PlaceKey::of(p, i)),
            actor: s.actor.as_ref().map(|e| EntKey::of(e, i)),
            recipient: s.recipient.as_ref().map(|e| EntKey::of(e, i)),
            ..Key::words(&s.words)
        }
    }

    /// The word set of a key ([`Key::bits`]).
    fn words(words: &[u64]) -> Key {
        let mut bits = [0u64; 8];
        for &w in words {
            let b = (w ^ (w >> 32)) as usize & 511;
            bits[b / 64] |= 1 << (b % 64);
        }
        let set: u32 = bits.iter().map(|x| x.count_ones()).sum();
        Key { bits, crowded: words.len() as u32 - set, words: words.len(), ..Key::default() }
    }

    /// At least the number of words two sentences share (`a`, `b`: their distinct words,
    /// [`Sig::words`]): every shared word sets one bit in both sets, and a bit set in both
    /// stands for more than one shared word only when words crowd it in each sentence.
    fn common_bound(&self, other: &Key, a: usize, b: usize) -> usize {
        let both: u32 = self.bits.iter().zip(&other.bits).map(|(x, y)| (x & y).count_ones()).sum();
        ((both + self.crowded.min(other.crowded)) as usize).min(a).min(b)
    }
}

/// A signature with its [`Key`], as a backend keeps the candidates it compares many times.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Keyed {
    pub sig: Sig,
    pub key: Key,
}

impl Keyed {
    pub fn new(sig: Sig, i: &mut Interner) -> Keyed {
        let key = Key::of(&sig, i);
        Keyed { sig, key }
    }

    pub fn pair(&self) -> Pair<'_> {
        (&self.sig, &self.key)
    }
}

/// A signature and its key (made by the interner of the other side's), as the comparisons take
/// them. The comparisons read the key first and the signature only for the sentences' words.
pub type Pair<'a> = (&'a Sig, &'a Key);

/// Keys of two or more signatures made by one interner (for the public functions on [`Sig`]s).
fn keys_of<'a>(sigs: impl IntoIterator<Item = &'a Sig>) -> Vec<Key> {
    let mut i = Interner::default();
    sigs.into_iter().map(|s| Key::of(s, &mut i)).collect()
}

/// Same numbers, not 0: the strings were equal ignoring ASCII case (for folded numbers).
fn same(a: u32, b: u32) -> bool {
    a != 0 && a == b
}

pub fn place_rel(a: Option<&PlaceSig>, b: Option<&PlaceSig>, p: &Params) -> PlaceRel {
    let mut i = Interner::default();
    let (ka, kb) = (a.map(|x| PlaceKey::of(x, &mut i)), b.map(|x| PlaceKey::of(x, &mut i)));
    place_rel_key(ka.as_ref(), kb.as_ref(), p)
}

fn place_rel_key(a: Option<&PlaceKey>, b: Option<&PlaceKey>, p: &Params) -> PlaceRel {
    let (Some(a), Some(b)) = (a, b) else { return PlaceRel::Unknown };
    if !same(a.country, b.country) {
        return PlaceRel::Conflict;
    }
    if a.level == Level::Country || b.level == Level::Country {
        return PlaceRel::CountryOnly;
    }
    if same(a.name, b.name) && a.level == b.level {
        return PlaceRel::Same;
    }
    let contains = |outer: &PlaceKey, inner: &PlaceKey| outer.level == Level::Admin1 && same(inner.admin1, outer.name);
    if contains(a, b) || contains(b, a) {
        return PlaceRel::Nested;
    }
    if let (Some(la), Some(lo), Some(lb), Some(mb)) = (a.lat, a.lon, b.lat, b.lon) {
        // The great-circle distance is at least the latitude difference along a meridian: far
        // apart in latitude is decided without trigonometry.
        let apart = (la - lb).abs().to_radians() * 6371.0 > p.near_km;
        if a.level == Level::Place && b.level == Level::Place && !apart && km((la, lo), (lb, mb)) <= p.near_km {
            return PlaceRel::Nested;
        }
    }
    PlaceRel::Conflict
}

/// How two actors (or recipients) relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntRel {
    /// Different countries.
    Conflict,
    /// Same country, sectors of different families (state organs, armed groups, civilians).
    SectorConflict,
    Unknown,
    /// Same country, compatible sector (or the same generic group id such as `grp.police`).
    Compatible,
    /// Same named dictionary id (a person, organisation, state or office).
    Same,
}

/// Sector families: reports of one happening call the same forces army, police or security
/// forces, so conflicts are only between families.
fn sector_family(s: &str) -> Option<u8> {
    match s {
        "UNK" | "" => None,
        "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD" => Some(0),
        "REB" | "PRM" | "UAF" | "CRM" | "INS" | "SEP" => Some(1),
        _ => Some(2),
    }
}

/// Generic group ids (`grp.police`, `grp.people_unspecified`) name a kind of actor, not one actor.
fn named_id(id: &Option<String>) -> bool {
    id.as_deref().is_some_and(|i| !i.starts_with("grp."))
}

/// An unidentified party: no sector (or `UNK`, "people", "unknown persons", "victims") and no
/// named id. The coder gives such a group noun the article's country when no demonym follows,
/// so its country says nothing about who the party is.
fn unidentified(e: &EntSig) -> bool {
    e.sector.as_deref().and_then(sector_family).is_none() && !named_id(&e.id)
}

/// A state's own dictionary id (`state.bhr`): the state speaking as a whole.
fn state_id(id: &Option<String>) -> bool {
    id.as_deref().is_some_and(|i| i.starts_with(STATE_PREFIX))
}

/// Prefix of the dictionary ids of states.
const STATE_PREFIX: &str = "state.";

/// A party a host meets one at a time: a named person, a state or an office (`per.`, `state.`,
/// `off.` ids), not an organisation, a generic group or a delegation, whose country outlets
/// often give wrongly (an international body as its seat, "the officials" as the host's).
fn guest(id: &Option<String>) -> bool {
    id.as_deref().is_some_and(|i| GUEST_PREFIXES.iter().any(|g| i.starts_with(g)))
}

/// Prefixes of the dictionary ids of [`guest`]s.
const GUEST_PREFIXES: [&str; 3] = ["per.", STATE_PREFIX, "off."];

/// Whether two meetings ([`meeting`]) pair one named party (the same id) with other parties
/// that are both [`guest`]s of different countries, neither the host's, in either order of the
/// parties (dedup32).
fn different_guests(a: &Key, b: &Key) -> bool {
    if !a.meeting {
        return false;
    }
    // A guest of the host's own country is as often the host's country given to an office noun
    // ("the leader", "the officials") as a guest from home: not counted.
    let foreign = |guest: &EntKey, host: &EntKey| guest.guest && guest.country != host.country;
    let one_host = |x: Option<&EntKey>, y: Option<&EntKey>, u: Option<&EntKey>, v: Option<&EntKey>| match (x, y, u, v) {
        (Some(x), Some(y), Some(u), Some(v)) => {
            ent_rel_key(Some(x), Some(y)) == EntRel::Same
                && foreign(u, x)
                && foreign(v, y)
                && ent_rel_key(Some(u), Some(v)) == EntRel::Conflict
        }
        _ => false,
    };
    let (aa, ar, ba, br) = (a.actor.as_ref(), a.recipient.as_ref(), b.actor.as_ref(), b.recipient.as_ref());
    one_host(aa, ba, ar, br) || one_host(ar, br, aa, ba) || one_host(aa, br, ar, ba) || one_host(ar, ba, aa, br)
}

/// A generic organ of a government (`grp.mofa`, `grp.government`, `grp.presidency`: sector `GOV`,
/// no named id): in a statement or an act of diplomacy it speaks for its state, which another
/// outlet names instead ("Bahrain recalled" against "Bahrain's foreign ministry recalled", dedup26).
fn state_organ(e: &EntSig) -> bool {
    e.sector.as_deref() == Some("GOV") && e.id.is_some() && !named_id(&e.id)
}

/// [`ent_rel_key`], and for undated records of a non-material type (`material` false) a state
/// and a generic organ of its government (one country given on both sides) as the same party: who
/// speaks for a state is an outlet's choice of words, not another speaker (dedup26).
fn party_rel(a: Option<&EntKey>, b: Option<&EntKey>, material: bool) -> EntRel {
    let rel = ent_rel_key(a, b);
    match (a, b) {
        (Some(x), Some(y))
            if !material && rel == EntRel::Compatible && ((x.state && y.organ) || (x.organ && y.state)) =>
        {
            EntRel::Same
        }
        _ => rel,
    }
}

/// Transnational militant groups (`IMG`, such as ISIS) act through national branches that
/// outlets and the dictionary name with the branch's country.
const TRANSNATIONAL: &str = "IMG";

pub fn ent_rel(a: Option<&EntSig>, b: Option<&EntSig>) -> EntRel {
    let mut i = Interner::default();
    let ka = a.map(|e| EntKey::of(e, &mut i));
    let kb = b.map(|e| EntKey::of(e, &mut i));
    ent_rel_key(ka.as_ref(), kb.as_ref())
}

fn ent_rel_key(a: Option<&EntKey>, b: Option<&EntKey>) -> EntRel {
    let (Some(a), Some(b)) = (a, b) else { return EntRel::Unknown };
    if a.named && a.id == b.id {
        return EntRel::Same;
    }
    let (fa, fb) = (a.family, b.family);
    if a.country == 0 || b.country == 0 {
        return EntRel::Unknown;
    }
    if a.country != b.country {
        // A transnational armed group and an armed group of one country: the branch.
        if (a.transnational || b.transnational) && fa == Some(1) && fb == Some(1) {
            return EntRel::Compatible;
        }
        if a.unidentified || b.unidentified {
            return EntRel::Unknown;
        }
        return EntRel::Conflict;
    }
    match (fa, fb) {
        (Some(x), Some(y)) if x != y => EntRel::SectorConflict,
        _ => EntRel::Compatible,
    }
}

/// Types whose actor and recipient may come in either order (SPEC §4).
fn symmetric(t: &str) -> bool {
    matches!(t, "CONSULT" | "AGREE" | "COOPERATE")
}

/// Attacks, which outlets tell from either side: a clash or an ambush is "gunmen attacked a
/// patrol" in one report and "the army fought gunmen" in another (dedup19).
fn two_sided(t: &str) -> bool {
    matches!(t, "ASSAULT")
}

/// Meetings and visits: one host's receptions of different guests are told in one template
/// sentence that differs only in the guest, so shared words without a place say little of which
/// meeting it was ([`unplaced_paraphrase`] leaves them out, dedup27).
fn meeting(t: &str) -> bool {
    matches!(t, "CONSULT")
}

/// Material happenings (an attack, a protest, an arrest) are identified by where and when they
/// happened more than by how each outlet names the parties; statements and diplomacy by who
/// made them.
fn material(t: &str) -> bool {
    matches!(t, "ASSAULT" | "PROTEST" | "COERCE" | "MOBILIZE" | "RETREAT")
}

/// An attack or a protest: one article's two records of such a type at one named place on one
/// day are one happening told twice more often than two ([`across`]); its arrests, closures and
/// decrees are often several of one town and day (a police bulletin's list of arrests).
fn one_site(t: &str) -> bool {
    matches!(t, "ASSAULT" | "PROTEST")
}

/// Relation of actors and recipients, trying the swapped order for symmetric types and, when
/// both parties then agree at one town with tolls, for two-sided ones ([`swapped_sides`], [`one_town`]).
pub fn actors_rel(a: &Sig, b: &Sig) -> (EntRel, EntRel) {
    let k = keys_of([a, b]);
    let place = place_rel_key(k[0].place.as_ref(), k[1].place.as_ref(), &Params::default());
    actors_rel_key(&k[0], &k[1], place)
}

fn actors_rel_key(a: &Key, b: &Key, place: PlaceRel) -> (EntRel, EntRel) {
    // Undated records only: a dated statement of a state and one of its ministry on one day
    // are as often two statements (a cabinet's praise, a committee's congratulations).
    let m = a.material || a.day_lo.is_some() || b.day_lo.is_some();
    let straight =
        (party_rel(a.actor.as_ref(), b.actor.as_ref(), m), party_rel(a.recipient.as_ref(), b.recipient.as_ref(), m));
    if a.two_sided && one_town(a, b, place) {
        return swapped_sides(a, b).map_or(straight, |s| s.max(straight));
    }
    if !a.symmetric {
        return straight;
    }
    let swapped =
        (party_rel(a.actor.as_ref(), b.recipient.as_ref(), m), party_rel(a.recipient.as_ref(), b.actor.as_ref(), m));
    // Which party is the "actor" of a meeting or an agreement is an accident of the sentence, so
    // the stronger relation comes first whatever the order of the two records: the rules that
    // read the first one (a same named party makes the other party's conflict not decisive) then
    // give the same answer for (a, b) and (b, a), which complete link needs.
    let rank = |x: (EntRel, EntRel)| (x.0.max(x.1), x.0.min(x.1));
    rank(swapped).max(rank(straight))
}

/// Whether two records are placed at one named town or site ([`PlaceRel::Same`] at place level,
/// not a region or a country) and both give a toll (which the veto has found to agree): only
/// then is a clash told from both sides read swapped.
fn one_town(a: &Key, b: &Key, place: PlaceRel) -> bool {
    place == PlaceRel::Same
        && a.place.as_ref().is_some_and(|p| p.level == Level::Place)
        && a.fatalities.is_some()
        && b.fatalities.is_some()
}

/// For a [`two_sided`] type, the relation of two records that name both parties each, read with
/// one record's sides swapped (A attacking B against B attacking A), when both parties then agree
/// (compatible or the same); the stronger relation first, so that (a, b) and (b, a) answer alike.
fn swapped_sides(a: &Key, b: &Key) -> Option<(EntRel, EntRel)> {
    let (Some(aa), Some(ar), Some(ba), Some(br)) = (&a.actor, &a.recipient, &b.actor, &b.recipient) else {
        return None;
    };
    let (x, y) = (ent_rel_key(Some(aa), Some(br)), ent_rel_key(Some(ar), Some(ba)));
    (x.min(y) >= EntRel::Compatible).then_some((x.max(y), x.min(y)))
}

/// Whether two records' tolls allow one happening: within [`Params::fatality_ratio`] or
/// [`Params::fatality_diff`] of each other, or the smaller one preliminary
/// ([`Params::preliminary_toll`]).
fn fatalities_agree(a: &Key, b: &Key, p: &Params) -> bool {
    match (a.fatalities, b.fatalities) {
        (Some(x), Some(y)) => {
            let (lo, hi) = (x.min(y), x.max(y));
            hi - lo <= p.fatality_diff
                || f64::from(hi) <= p.fatality_ratio * f64::from(lo)
                || (p.preliminary_toll && if x < y { a.preliminary } else { b.preliminary })
        }
        _ => true,
    }
}

/// The toll `a` stands for beside `b`: its own, or `b`'s when that is larger and `a`'s is
/// preliminary ([`Params::preliminary_toll`]): a first count is a lower bound.
fn toll_beside(a: &Key, b: &Key, p: &Params) -> Option<u32> {
    match (a.fatalities, b.fatalities) {
        (Some(x), Some(y)) if p.preliminary_toll && a.preliminary && y > x => Some(y),
        (x, _) => x,
    }
}

/// Whether a sentence (its [`Sig::words`], sorted hashes) calls its toll preliminary: it has a
/// toll noun («حصيلة») and a word that makes it a first count («أولية», «مبدئية»), the lists
/// `TOLL_NOUNS` and `PRELIMINARY_WORDS` of data/grammar/coder.txt (dedup34).
pub fn preliminary_toll(words: &[u64]) -> bool {
    static HASHES: std::sync::LazyLock<[Vec<u64>; 2]> = std::sync::LazyLock::new(|| {
        let (nouns, adjectives) = ahdath_coder::preliminary_toll_words();
        let hashes = |forms: &[&str]| forms.iter().flat_map(|f| crate::keys::sentence_words(f)).collect::<Vec<u64>>();
        [hashes(nouns), hashes(adjectives)]
    });
    HASHES.iter().all(|list| list.iter().any(|h| words.binary_search(h).is_ok()))
}

/// Modes that outlets use for one happening: a suicide bombing is also reported as a bombing, an
/// air strike as a drone strike, shooting and shelling as each other; a decree's state of emergency
/// and its curfew are read as either (twenty-first session).
fn mode_family(m: &str) -> &str {
    match m {
        "explosives" | "suicide-attack" => "explosives",
        "aerial" | "drone" => "aerial",
        "firearms" | "heavy-weapons" | "targeted" => "firearms",
        "curfew" | "martial-law" => "curfew",
        m => m,
    }
}

/// The mode of a suicide bombing: one attacker, one site, a toll recalled afterwards (dedup21).
const SUICIDE_ATTACK: &str = "suicide-attack";

/// Whether the dates of two records allow one happening.
fn dates_agree(a: &Key, b: &Key) -> bool {
    use DatePrecision::*;
    let pa = a.precision.unwrap_or(Unknown);
    let pb = b.precision.unwrap_or(Unknown);
    match (a.day_lo.zip(a.day_hi), b.day_lo.zip(b.day_hi)) {
        (None, None) => true,
        (Some(_), None) | (None, Some(_)) => false,
        (Some((alo, ahi)), Some((blo, bhi))) => {
            if matches!((pa, pb), (Day, Year) | (Year, Day)) {
                return false;
            }
            let tol = if pa == Day && pb == Day { 1 } else { 0 };
            alo <= bhi + tol && blo <= ahi + tol
        }
    }
}

/// Whether a country conflict between the parties is decisive. It is not for a material
/// happening at the same or a nested place (the coder's attribution of parties is the weak
/// part there), nor for a recipient when the actor is the same named actor.
fn conflicts_decisive(material: bool, place: PlaceRel, ar: EntRel) -> (bool, bool) {
    let placed = material && matches!(place, PlaceRel::Same | PlaceRel::Nested);
    (!placed, !placed && ar != EntRel::Same)
}

/// A reason two records cannot report the same happening, if any.
pub fn veto(a: &Sig, b: &Sig, p: &Params) -> Option<&'static str> {
    let k = keys_of([a, b]);
    relations((a, &k[0]), (b, &k[1]), p).err()
}

/// The place and party relations of two records, or the reason they cannot report the same
/// happening. The cheap integer and enum checks come first: most candidate pairs fail on them.
/// Reads only the keys, except for two different days read in the text (their words).
fn relations((sa, a): Pair, (sb, b): Pair, p: &Params) -> Result<(PlaceRel, EntRel, EntRel), &'static str> {
    if a.article == b.article {
        return Err("same article");
    }
    if a.status != b.status || matches!(a.status, Some(Status::Negated | Status::Hypothetical) | None) {
        return Err("status");
    }
    // An undated record and a dated one: the date is unknown, not a conflict, when the rule
    // that copies of one report merge is on (`score_with` asks them for copied words).
    let undated_dated = a.day_lo.is_some() != b.day_lo.is_some();
    if if undated_dated { !p.undated_meets_dated() } else { !dates_agree(a, b) } {
        return Err("date");
    }
    if !fatalities_agree(a, b, p) {
        return Err("fatalities");
    }
    if a.event_type != b.event_type {
        return Err("type");
    }
    if a.mode != 0 && b.mode != 0 && a.mode != b.mode {
        return Err("mode");
    }
    let place = place_rel_key(a.place.as_ref(), b.place.as_ref(), p);
    if place == PlaceRel::Conflict {
        return Err("place");
    }
    let (ar, rr) = actors_rel_key(a, b, place);
    let (actor_hard, recipient_hard) = conflicts_decisive(a.material, place, ar);
    if (actor_hard && ar == EntRel::Conflict) || (recipient_hard && rr == EntRel::Conflict) {
        return Err("actors");
    }
    // One host's meetings with two named guests of different countries: different meetings,
    // unless the sentences are copies of one report (a guest misread in one of them). Reads the
    // sentences only for such pairs.
    if ar == EntRel::Same
        && rr == EntRel::Conflict
        && p.guest_similarity > 0.0
        && different_guests(a, b)
        && jaccard(&sa.words, &sb.words) < p.guest_similarity
    {
        return Err("guests");
    }
    // Two different days read in the text (the ±1-day tolerance let them through): a wire copy
    // whose outlet resolved "today" against its own, later, publication day shares most words;
    // otherwise they are different happenings (a march night after night), and a veto, not a
    // low score, keeps a third report from chaining them into one event. The only comparison
    // here that reads the sentences, and only for such pairs.
    if a.text_day && b.text_day && a.day_lo != b.day_lo && jaccard(&sa.words, &sb.words) < p.text_days_similarity {
        return Err("text days");
    }
    Ok((place, ar, rr))
}

/// How strongly two records (already free of vetoes) agree; they merge at [`Params::threshold`].
pub fn score(a: &Sig, b: &Sig, p: &Params) -> f32 {
    let k = keys_of([a, b]);
    let place = place_rel_key(k[0].place.as_ref(), k[1].place.as_ref(), p);
    let (ar, rr) = actors_rel_key(&k[0], &k[1], place);
    score_with((a, &k[0]), (b, &k[1]), p, place, ar, rr)
}

/// [`veto`] and [`score`] in one pass, computing the place and party relations once:
/// `Err(reason)` when something vetoes, else the score. This is the inner loop of clustering.
pub fn judge(a: &Sig, b: &Sig, p: &Params) -> Result<f32, &'static str> {
    let k = keys_of([a, b]);
    judge_pair((a, &k[0]), (b, &k[1]), p)
}

/// [`judge`] on signatures keyed by one [`Interner`].
pub fn judge_keyed(a: &Keyed, b: &Keyed, p: &Params) -> Result<f32, &'static str> {
    judge_pair(a.pair(), b.pair(), p)
}

fn judge_pair(a: Pair, b: Pair, p: &Params) -> Result<f32, &'static str> {
    let (place, ar, rr) = relations(a, b, p)?;
    Ok(score_with(a, b, p, place, ar, rr))
}

fn score_with((a, ka): Pair, (b, kb): Pair, p: &Params, place: PlaceRel, ar: EntRel, rr: EntRel) -> f32 {
    // One merge of the two word lists gives both the Jaccard share and the contained share.
    let (la, lb) = (a.words.len(), b.words.len());
    let common = crate::keys::common_words(&a.words, &b.words);
    let sim = crate::keys::jaccard_of(common, la, lb);
    let strong_actors = ar == EntRel::Same || (ar == EntRel::Compatible && rr >= EntRel::Compatible);
    let undated = ka.day_lo.is_none() || kb.day_lo.is_none();
    // An undated and a dated record agree only as copies of one report: nothing else in them
    // says they tell of the same days.
    let retold = dated_retelling(ka, kb, place, rr, p);
    if ka.day_lo.is_some() != kb.day_lo.is_some() && sim < p.undated_dated_similarity && !retold {
        return 0.0;
    }
    // A statement, meeting or visit (not a material happening, where the same parties strike
    // day after day) whose two parties are named alike, with one mode: a lower word floor for
    // undated reports (dedup12).
    // An office id (a foreign minister, a secretary general) is one person only within one
    // country, so the parties' countries, where both are given, must agree too (dedup13).
    let named_alike = !ka.material
        && ar == EntRel::Same
        && rr == EntRel::Same
        && ka.mode != 0
        && ka.mode == kb.mode
        && parties_of_one_country(ka, kb);
    let parties_agree = strong_actors || victim_side(ka, kb, place, ar, rr, p);
    if undated
        && sim < p.undated_similarity
        && !(parties_agree && sim >= 0.6 * p.undated_similarity)
        && !(named_alike && sim >= p.undated_named_similarity)
        && !same_toll_at_one_town(ka, kb, place, p)
        && !recalled_suicide_attack(ka, kb, place, p)
        && !retold
    {
        return 0.0;
    }
    if place == PlaceRel::Unknown && !strong_actors && sim < p.undated_similarity && ar < EntRel::Compatible {
        return 0.0;
    }
    let same_toll = matches!((ka.fatalities, kb.fatalities), (Some(x), Some(y)) if x == y && x > 0);
    if sim < p.min_similarity && !same_toll && !recalled_suicide_attack(ka, kb, place, p) {
        return 0.0;
    }
    let sim = if contained_retelling(ka, kb, place, ar, rr, sim, p) {
        sim.max(containment_at_least(common, la, lb, p))
    } else {
        sim
    };
    weighed(ka, kb, place, ar, rr, sim, p)
}

/// Whether two records may be scored by [`containment_at_least`]
/// ([`Params::contained_similarity`], dedup35): statements (not material, not meetings:
/// [`meeting`]) that neither places ([`PlaceRel::Unknown`] with no place on either side), with
/// agreeing actors (compatible or the same) given no two countries, recipients not in conflict,
/// both dated to a day, both sentences at least [`Params::contained_words`] distinct words long
/// and sharing at least [`Params::contained_jaccard`] of their words (`sim`, or a bound of it).
/// Reads the keys only.
#[allow(clippy::too_many_arguments)]
fn contained_retelling(a: &Key, b: &Key, place: PlaceRel, ar: EntRel, rr: EntRel, sim: f32, p: &Params) -> bool {
    may_be_contained(a, p)
        && sim >= p.contained_jaccard
        && b.precision == Some(DatePrecision::Day)
        && place == PlaceRel::Unknown
        && b.place.is_none()
        && ar >= EntRel::Compatible
        && rr >= EntRel::Unknown
        && b.words >= p.contained_words
        && parties_of_one_country(a, b)
}

/// The conditions of [`contained_retelling`] on its first record `a` alone (that function asks
/// them first): when false, no pair with `a` first is scored by [`containment_at_least`].
fn may_be_contained(a: &Key, p: &Params) -> bool {
    p.containment_on()
        && a.precision == Some(DatePrecision::Day)
        && !a.material
        && !a.meeting
        && a.place.is_none()
        && a.words >= p.contained_words
}

/// The share of the shorter sentence's distinct words (sorted word hashes, [`Sig::words`]) that
/// the other sentence has, from the count of shared words `common` and the two sentences'
/// distinct words, when it is at least [`Params::contained_similarity`]; else 0.
fn containment_at_least(common: usize, la: usize, lb: usize, p: &Params) -> f32 {
    let c = common as f32 / la.min(lb).max(1) as f32;
    if c >= p.contained_similarity {
        c
    } else {
        0.0
    }
}

/// The score of two records that no floor stopped: their agreement, dedup27's place weight of an
/// unplaced paraphrase, and four times their sentence similarity `sim`. Grows with `sim`, so
/// [`reaches`] may call it with a bound.
fn weighed(ka: &Key, kb: &Key, place: PlaceRel, ar: EntRel, rr: EntRel, sim: f32, p: &Params) -> f32 {
    agreement(ka, kb, place, ar, rr) + unplaced_paraphrase(ka, kb, place, ar, rr, sim, p) + 4.0 * sim
}

/// The place weight of two records of which one or both give no place, when they are not
/// meetings ([`meeting`]), their actors agree (compatible or the same, given no two countries),
/// their recipients do not conflict, and their sentences share at least
/// [`Params::unplaced_similarity`] of their words: scored as a country alone (0.5), else 0
/// (dedup27). Grows with `sim`, so [`reaches`] may call it with a bound.
fn unplaced_paraphrase(a: &Key, b: &Key, place: PlaceRel, ar: EntRel, rr: EntRel, sim: f32, p: &Params) -> f32 {
    let on = p.unplaced_similarity > 0.0 && p.unplaced_similarity <= 1.0;
    if on
        && !a.meeting
        && place == PlaceRel::Unknown
        && ar >= EntRel::Compatible
        && rr >= EntRel::Unknown
        && sim >= p.unplaced_similarity
        && parties_of_one_country(a, b)
    {
        0.5
    } else {
        0.0
    }
}

/// Whether two undated records of a material type are placed at one named town with the same
/// nonzero toll, their recipients agree (compatible or the same) and one of them names no actor
/// ([`Params::undated_victim_side`], dedup30): one attack told from the victims' side, with and
/// without its attackers. Then the undated word floor is that of agreeing parties.
fn victim_side(a: &Key, b: &Key, place: PlaceRel, ar: EntRel, rr: EntRel, p: &Params) -> bool {
    p.undated_victim_side
        && a.material
        && a.day_lo.is_none()
        && b.day_lo.is_none()
        && ar == EntRel::Unknown
        && (a.actor.is_none() || b.actor.is_none())
        && rr >= EntRel::Compatible
        && one_town(a, b, place)
        && a.fatalities == b.fatalities
        && a.fatalities.is_some_and(|n| n > 0)
}

/// Whether an undated and a dated record of a material type tell one attack
/// ([`Params::undated_dated_weekday`], dedup37): the undated sentence names a weekday ([`weekdays`]) that is
/// the dated record's day or a day beside it (a night told by the morning after, a publication
/// day), both are placed at one town or within [`Params::near_km`] (place level), give the same
/// nonzero toll, name one attacker by one dictionary id of one country that is not an
/// unidentified party, and their recipients do not conflict. Then the copy floor
/// ([`Params::undated_dated_similarity`]) and the undated word floors do not apply, and place,
/// toll, parties and day score them. An undated report has no other bound in time: without the
/// weekday an attack of another year at one town with one toll would join (dedup31).
fn dated_retelling(a: &Key, b: &Key, place: PlaceRel, rr: EntRel, p: &Params) -> bool {
    let (u, d) = match (a.day_lo, b.day_lo) {
        (None, Some(_)) => (a, b),
        (Some(_), None) => (b, a),
        _ => return false,
    };
    let (Some(day), Some(ua), Some(da)) = (d.day_lo, u.actor.as_ref(), d.actor.as_ref()) else { return false };
    p.undated_dated_weekday
        && a.material
        && u.weekdays != 0
        && d.precision == Some(DatePrecision::Day)
        && (-1..=1).any(|k| u.weekdays & (1 << weekday(day + k)) != 0)
        && matches!(place, PlaceRel::Same | PlaceRel::Nested)
        && [u, d].iter().all(|k| k.place.as_ref().is_some_and(|p| p.level == Level::Place))
        && u.fatalities == d.fatalities
        && u.fatalities.is_some_and(|n| n > 0)
        && same(ua.id, da.id)
        && same(ua.country, da.country)
        && !ua.unidentified
        && rr >= EntRel::Unknown
}

/// The weekday of a day number (days since 1970-01-01, a Thursday) as the bit of [`weekdays`]:
/// 0 Saturday … 6 Friday.
fn weekday(day: i64) -> u32 {
    (day + 5).rem_euclid(7) as u32
}

/// The weekdays a sentence (its [`Sig::words`], sorted hashes) names, as bits (0 Saturday … 6
/// Friday): the list `WEEKDAY_NAMES` of data/grammar/coder.txt, Saturday first (dedup37), but
/// for Sunday and Monday ([`NUMBER_LIKE_WEEKDAYS`]): their keys «الاحد» and «الاثنين» are also
/// «أحد» ("one of", "anyone") and «اثنين» ("two") once the article is stripped, so an undated
/// report of a toll of one or two that names no day would seem to name one (fix59a).
fn weekdays(words: &[u64]) -> u8 {
    // (The number-like days get no hashes, so they are never looked for.)
    static HASHES: std::sync::LazyLock<Vec<Vec<u64>>> = std::sync::LazyLock::new(|| {
        let names = ahdath_coder::weekday_names().iter().enumerate();
        names
            .map(
                |(i, f)| if NUMBER_LIKE_WEEKDAYS & (1 << i) != 0 { Vec::new() } else { crate::keys::sentence_words(f) },
            )
            .collect()
    });
    HASHES
        .iter()
        .enumerate()
        .filter(|(_, hs)| hs.iter().any(|h| words.binary_search(h).is_ok()))
        .fold(0u8, |m, (i, _)| m | (1 << i))
}

/// The bits of [`weekdays`] whose names are also numbers (Sunday «الاحد» "one", Monday «الاثنين»
/// "two"), which it never reads.
const NUMBER_LIKE_WEEKDAYS: u8 = 1 << 1 | 1 << 2;

/// Whether two undated records of a material type are placed at one named town, both name the
/// weapon (one mode family: the mode veto has asked that), at least one names a suicide attack,
/// and both give a toll of at least [`Params::undated_suicide_toll`] (which the fatalities veto
/// has found to agree; a preliminary toll stands for the other's larger one, [`toll_beside`]):
/// later reports recall such a bombing with the toll of their day, in their own words (dedup21,
/// dedup34). Then neither the undated word floors nor [`Params::min_similarity`]
/// apply, and place, tolls and parties score them as for dated records.
fn recalled_suicide_attack(a: &Key, b: &Key, place: PlaceRel, p: &Params) -> bool {
    p.undated_suicide_toll > 0
        && a.material
        && a.day_lo.is_none()
        && b.day_lo.is_none()
        && a.mode != 0
        && b.mode != 0
        && (a.suicide || b.suicide)
        && one_town(a, b, place)
        && toll_beside(a, b, p).is_some_and(|n| n >= p.undated_suicide_toll)
        && toll_beside(b, a, p).is_some_and(|n| n >= p.undated_suicide_toll)
}

/// Whether two undated records of a material type are placed at one named town, both name the
/// weapon (a mode, of one family: the mode veto has asked that) and give the same toll of at least
/// [`Params::undated_same_toll`] (dedup20): then the undated word floors do not apply, and place,
/// toll and parties score them as for dated records. Recalled battles ("clashes killed 17 in the
/// city") name no weapon and recur at one town; a bombing or a strike recalled with its toll
/// does not.
fn same_toll_at_one_town(a: &Key, b: &Key, place: PlaceRel, p: &Params) -> bool {
    p.undated_same_toll > 0
        && a.material
        && a.day_lo.is_none()
        && b.day_lo.is_none()
        && a.mode != 0
        && b.mode != 0
        && one_town(a, b, place)
        && a.fatalities == b.fatalities
        && a.fatalities.is_some_and(|n| n >= p.undated_same_toll)
}

/// Whether no party of `a` is given a country different from its counterpart's in `b` (in
/// either order for a symmetric type, as [`actors_rel_key`] pairs them): a country missing on
/// either side agrees.
fn parties_of_one_country(a: &Key, b: &Key) -> bool {
    let agree = |x: Option<&EntKey>, y: Option<&EntKey>| match (x, y) {
        (Some(x), Some(y)) => x.country == 0 || y.country == 0 || x.country == y.country,
        _ => true,
    };
    let straight = agree(a.actor.as_ref(), b.actor.as_ref()) && agree(a.recipient.as_ref(), b.recipient.as_ref());
    straight
        || (a.symmetric
            && agree(a.actor.as_ref(), b.recipient.as_ref())
            && agree(a.recipient.as_ref(), b.actor.as_ref()))
}

/// The part of the score that is not sentence similarity: [`score_with`] is this plus 4 × the
/// similarity, or 0.
fn agreement(a: &Key, b: &Key, place: PlaceRel, ar: EntRel, rr: EntRel) -> f32 {
    let ent = |r: EntRel| match r {
        EntRel::Same => 2.0,
        EntRel::Compatible => 1.0,
        EntRel::Unknown => 0.0,
        EntRel::SectorConflict => -0.5,
        EntRel::Conflict => -0.75,
    };
    let mut s = match place {
        PlaceRel::Same if a.material => 2.5,
        PlaceRel::Same => 2.0,
        PlaceRel::Nested => 1.5,
        PlaceRel::CountryOnly => 0.5,
        _ => 0.0,
    };
    s += ent(ar) + 0.75 * ent(rr);
    if let (Some(x), Some(y)) = (a.day_lo, b.day_lo) {
        if a.precision == Some(DatePrecision::Day) && b.precision == Some(DatePrecision::Day) {
            s += if x == y { 0.75 } else { 0.25 };
        }
    }
    match (a.fatalities, b.fatalities) {
        (Some(x), Some(y)) if x == y => s += 1.0,
        (Some(_), Some(_)) => s += 0.5,
        _ => {}
    }
    s
}

/// Whether `b` reaches the threshold with `a` (`Err`: a veto), as `judge_pair(a, b)? >=
/// threshold`, but without the sentence similarity when the score cannot reach the threshold
/// even with the most words the two sentences can share ([`Key::common_bound`]). Exact: the
/// similarity grows with the shared words and floating-point division and addition are
/// monotone, so the bound's score is at least the true one (which is that or 0).
fn reaches(a: Pair, b: Pair, p: &Params) -> Result<bool, &'static str> {
    let (place, ar, rr) = relations(a, b, p)?;
    let ((_, ka), (_, kb)) = (a, b);
    if p.threshold > 0.0 {
        let (la, lb) = (ka.words, kb.words);
        let most = ka.common_bound(kb, la, lb);
        let mut sim = crate::keys::jaccard_of(most, la, lb);
        if contained_retelling(ka, kb, place, ar, rr, sim, p) {
            sim = sim.max(containment_at_least(most, la, lb, p));
        }
        if weighed(ka, kb, place, ar, rr, sim, p) < p.threshold {
            return Ok(false);
        }
    }
    Ok(score_with(a, b, p, place, ar, rr) >= p.threshold)
}

/// The pre-check backends run on the members of an event that their candidate lookup found:
/// none of them vetoes `sig` and one reaches the threshold. Stops at the first veto, and once one
/// member reaches the threshold the others are only checked for vetoes (no sentence similarity).
pub fn passes<S: std::borrow::Borrow<Sig>>(sig: &Sig, seen: &[S], p: &Params) -> bool {
    let k = keys_of(std::iter::once(sig).chain(seen.iter().map(|s| s.borrow())));
    passes_pairs((sig, &k[0]), seen.iter().zip(&k[1..]).map(|(s, k)| (s.borrow(), k)), p)
}

/// [`passes`] on signatures keyed by one [`Interner`].
pub fn passes_keyed(sig: &Keyed, seen: &[Pair], p: &Params) -> bool {
    passes_pairs(sig.pair(), seen.iter().copied(), p)
}

fn passes_pairs<'a>(sig: Pair, seen: impl Iterator<Item = Pair<'a>>, p: &Params) -> bool {
    let mut reached = false;
    for m in seen {
        if reached {
            if relations(sig, m, p).is_err() {
                return false;
            }
            continue;
        }
        match reaches(sig, m, p) {
            Err(_) => return false,
            Ok(r) => reached = r,
        }
    }
    reached
}

/// The candidate event `sig` should join: the best-scoring one among those whose members it is
/// all compatible with, if that score reaches the threshold. `candidates` pairs an event key with
/// all of its members. The scores are first taken without [`Params::contained_similarity`]; only
/// when no event reaches the threshold so are they taken with it (dedup36), so that the rule lets
/// a record join an event where it would found its own, and never moves a copy from the event
/// its siblings' words bind it to into another one.
pub fn best_event<K: Copy, S: std::borrow::Borrow<Sig>>(
    sig: &Sig,
    candidates: &[(K, Vec<S>)],
    p: &Params,
) -> Option<K> {
    let k = candidate_keys(sig, candidates);
    best_event_pairs((sig, &k[0]), &paired(candidates, &k), p)
}

/// Keys of `sig` (first) and of every candidate member, made by one [`Interner`] (for the
/// public functions on [`Sig`]s).
fn candidate_keys<K, S: std::borrow::Borrow<Sig>>(sig: &Sig, candidates: &[(K, Vec<S>)]) -> Vec<Key> {
    let members = candidates.iter().flat_map(|(_, m)| m.iter().map(|s| s.borrow()));
    keys_of(std::iter::once(sig).chain(members))
}

/// The candidates with each member beside its key from `keys` (made by [`candidate_keys`]).
fn paired<'a, K: Copy, S: std::borrow::Borrow<Sig>>(
    candidates: &'a [(K, Vec<S>)],
    keys: &'a [Key],
) -> Vec<(K, Vec<Pair<'a>>)> {
    let mut rest = &keys[1..];
    candidates
        .iter()
        .map(|(ev, m)| {
            let (ks, tail) = rest.split_at(m.len());
            rest = tail;
            (*ev, m.iter().zip(ks).map(|(s, k)| (s.borrow(), k)).collect())
        })
        .collect()
}

/// [`best_event`] on signatures keyed by one [`Interner`].
pub fn best_event_keyed<K: Copy>(sig: &Keyed, candidates: &[(K, Vec<Pair>)], p: &Params) -> Option<K> {
    best_event_pairs(sig.pair(), candidates, p)
}

/// [`best_event`]'s two passes: without, then (if no event reached the threshold) with
/// [`Params::contained_similarity`].
fn best_event_pairs<K: Copy>(sig: Pair, candidates: &[(K, Vec<Pair>)], p: &Params) -> Option<K> {
    // (Review, fifty-eighth session.) A record that cannot be a contained retelling of anything
    // scores alike in both passes: one pass only.
    if !may_be_contained(sig.1, p) {
        return best_event_scored(sig, candidates, p);
    }
    best_event_scored(sig, candidates, &p.without_containment()).or_else(|| best_event_scored(sig, candidates, p))
}

fn best_event_scored<K: Copy>(sig: Pair, candidates: &[(K, Vec<Pair>)], p: &Params) -> Option<K> {
    let mut best: Option<(f32, K)> = None;
    'events: for (k, members) in candidates {
        if members.is_empty() {
            continue;
        }
        let mut s = 0.0f32;
        for &m in members {
            match judge_pair(sig, m, p) {
                Err(_) => continue 'events,
                Ok(x) => s = s.max(x),
            }
        }
        if s >= p.threshold && best.is_none_or(|(b, _)| s > b) {
            best = Some((s, *k));
        }
    }
    best.map(|(_, k)| k)
}

/// [`merge_candidates_keyed`] on [`Sig`]s (for backends that key per call, as [`best_event`]).
pub fn merge_candidates<K: Copy + PartialEq, S: std::borrow::Borrow<Sig>>(
    sig: &Sig,
    candidates: &[(K, Vec<S>)],
    best: K,
    p: &Params,
) -> Vec<K> {
    if !p.merge_events {
        return Vec::new();
    }
    let k = candidate_keys(sig, candidates);
    merge_candidates_pairs((sig, &k[0]), &paired(candidates, &k), best, p)
}

/// The events to merge into `best` (the event [`best_event_keyed`] chose for `sig`) when `sig`
/// joins it: every other candidate that `sig` could have joined on its own (no member vetoes it,
/// one reaches the threshold), none of whose members vetoes a member of `best` or of an event
/// merged before it (complete link holds across the merged event), and whose members score with
/// those on average at least the threshold ([`mean_score`]). Candidates are tried best score
/// first. Empty unless [`Params::merge_events`]. Scored without [`Params::contained_similarity`]
/// (dedup36): the rule joins a record to an event and never two events.
pub fn merge_candidates_keyed<K: Copy + PartialEq>(
    sig: &Keyed,
    candidates: &[(K, Vec<Pair>)],
    best: K,
    p: &Params,
) -> Vec<K> {
    merge_candidates_pairs(sig.pair(), candidates, best, p)
}

/// [`merge_candidates_keyed`] on a signature beside its key.
fn merge_candidates_pairs<K: Copy + PartialEq>(
    sig: Pair,
    candidates: &[(K, Vec<Pair>)],
    best: K,
    p: &Params,
) -> Vec<K> {
    if !p.merge_events {
        return Vec::new();
    }
    let p = &p.without_containment();
    let mut joinable: Vec<(f32, usize)> = Vec::new();
    'events: for (i, (k, members)) in candidates.iter().enumerate() {
        if *k == best || members.is_empty() {
            continue;
        }
        let mut s = 0.0f32;
        for &m in members {
            match judge_pair(sig, m, p) {
                Err(_) => continue 'events,
                Ok(x) => s = s.max(x),
            }
        }
        if s >= p.threshold {
            joinable.push((s, i));
        }
    }
    if joinable.is_empty() {
        return Vec::new();
    }
    joinable.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let Some((_, best_members)) = candidates.iter().find(|(k, _)| *k == best) else { return Vec::new() };
    let mut merged: Vec<Pair> = best_members.clone();
    let mut out = Vec::new();
    for (_, i) in joinable {
        let (k, members) = &candidates[i];
        let compatible = members.iter().all(|&a| merged.iter().all(|&b| across(a, b, p) || relations(a, b, p).is_ok()));
        if compatible && mean_score(members, &merged, p) >= p.threshold {
            out.push(*k);
            merged.extend(members.iter().copied());
        }
    }
    out
}

/// Two members of the events a merge would join that are two records of one article telling of
/// one attack or protest at one place on one day ([`one_site`]). A record never joins an event that holds
/// another record of its article (`relations`: the coder decided they are two happenings), so
/// when the coder splits one attack into two records (the lead, and a later sentence naming
/// other parties), the second founds an event of its own beside the first's, and later reports
/// divide between the two. Across a merge such a pair is no veto when it agrees in everything
/// but the article (same type and status, compatible mode and toll, the same named place at
/// place level, the same day), and it does not count in the average: the other reports' pairs
/// decide. Two records of one article at different places or days, of arrests (a bulletin's
/// arrests of one town), or of a statement, a visit or a call (an article's two phone calls of
/// one king are two calls) still keep their events apart (twenty-third session).
fn across(a: Pair, b: Pair, p: &Params) -> bool {
    let ((_, ka), (_, kb)) = (a, b);
    if ka.article != kb.article || !ka.one_site {
        return false;
    }
    let at_place = |k: &Key| k.place.as_ref().is_some_and(|x| x.level == Level::Place);
    let one_day =
        ka.precision == Some(DatePrecision::Day) && kb.precision == Some(DatePrecision::Day) && ka.day_lo == kb.day_lo;
    if !(at_place(ka) && at_place(kb) && one_day)
        || place_rel_key(ka.place.as_ref(), kb.place.as_ref(), p) != PlaceRel::Same
    {
        return false;
    }
    let other = Key { article: ka.article.wrapping_add(1), ..kb.clone() };
    relations(a, (b.0, &other), p).is_ok()
}

/// The mean score of the pairs of a member of `a` and a member of `b` (a pair below the
/// similarity floors counts 0; two records of one article, [`across`], do not count):
/// average link, so that two events merge only when their members agree as a whole, not through
/// one close pair (busy days' loosely bound events have one).
fn mean_score(a: &[Pair], b: &[Pair], p: &Params) -> f32 {
    let (mut total, mut n) = (0.0f32, 0usize);
    for &x in a {
        for &y in b {
            if across(x, y, p) {
                continue;
            }
            total += judge_pair(x, y, p).unwrap_or(0.0);
            n += 1;
        }
    }
    total / n.max(1) as f32
}

/// A member report of an event, for [`aggregate`].
#[derive(Debug, Clone)]
pub struct Member {
    pub record: EventRecord,
    pub source: SourceRef,
}

/// How complete a record is, for picking an event's representative: known mode, date precision,
/// parties, place precision, tolls.
pub fn completeness(r: &EventRecord) -> u32 {
    let mut c = 0;
    c += u32::from(r.mode.is_some());
    c += match r.date_precision {
        DatePrecision::Day => 3,
        DatePrecision::Month => 2,
        DatePrecision::Year => 1,
        DatePrecision::Unknown => 0,
    };
    c += 2 * u32::from(r.actor.is_some()) + 2 * u32::from(r.recipient.is_some());
    c += r.location.as_ref().and_then(PlaceSig::of).map_or(0, |p| 1 + p.level as u32);
    c += 2 * u32::from(r.fatalities.is_some()) + u32::from(r.injuries.is_some());
    c
}

/// The most frequently reported value, ties going to the latest report; `values` is in report
/// order (oldest first).
fn best_of(values: &[u32]) -> Option<u32> {
    let mut best: Option<(usize, usize, u32)> = None; // (count, last index, value)
    for (i, v) in values.iter().enumerate() {
        let count = values.iter().filter(|x| *x == v).count();
        let last = values.iter().rposition(|x| x == v).unwrap_or(i);
        if best.is_none_or(|b| (count, last) > (b.0, b.1)) {
            best = Some((count, last, *v));
        }
    }
    best.map(|b| b.2)
}

/// What an event's summary fields are computed from besides its representative record, with
/// every list in report order (oldest first).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub fatalities: Vec<u32>,
    pub injuries: Vec<u32>,
    /// The first mode reported, for a representative without one.
    pub first_mode: Option<String>,
    /// Earliest publication day among all sources (duplicates included).
    pub first_reported: Option<String>,
}

/// The canonical event `id` from its representative record `rep` and the tally of all reports:
/// coded fields from `rep`; fatalities best (most reported, ties to the latest report), low and
/// high; `sources` as given.
pub fn canonical(id: &str, rep: &EventRecord, t: &Tally, sources: Vec<SourceRef>) -> StoredEvent {
    StoredEvent {
        id: id.to_string(),
        event_type: rep.event_type.clone(),
        mode: rep.mode.clone().or_else(|| t.first_mode.clone()),
        context: rep.context.clone(),
        status: rep.status,
        date: rep.date.clone(),
        date_precision: rep.date_precision,
        actor: rep.actor.clone(),
        recipient: rep.recipient.clone(),
        location: rep.location.clone(),
        fatalities: best_of(&t.fatalities),
        fatalities_low: t.fatalities.iter().min().copied(),
        fatalities_high: t.fatalities.iter().max().copied(),
        injuries: best_of(&t.injuries),
        trigger: rep.trigger.clone(),
        sentence: rep.evidence.sentence.clone(),
        first_reported: t.first_reported.clone(),
        sources,
    }
}

/// Build the canonical event `id` from its member reports and extra sources (the duplicate-text
/// articles that repeat a member's article). Sources are listed oldest first; the
/// representative record is the most complete one ([`completeness`]; the earliest on ties).
/// Backends may compute the same from stored columns ([`canonical`]).
pub fn aggregate(id: &str, members: &[Member], extra_sources: &[SourceRef]) -> Option<StoredEvent> {
    let mut sources: Vec<SourceRef> =
        members.iter().map(|m| m.source.clone()).chain(extra_sources.iter().cloned()).collect();
    let order = |s: &SourceRef| (s.published.is_none(), s.published.clone(), s.article_id.clone(), s.record_id.clone());
    sources.sort_by_key(order);
    let mut by_time: Vec<&Member> = members.iter().collect();
    by_time.sort_by_key(|m| order(&m.source));
    let rep = by_time.iter().copied().max_by_key(|m| {
        // max_by_key keeps the last maximum: reverse the index so the earliest wins ties.
        (completeness(&m.record), std::cmp::Reverse(by_time.iter().position(|x| std::ptr::eq(*x, *m))))
    })?;
    let tally = Tally {
        fatalities: by_time.iter().filter_map(|m| m.record.fatalities).collect(),
        injuries: by_time.iter().filter_map(|m| m.record.injuries).collect(),
        first_mode: by_time.iter().find_map(|m| m.record.mode.clone()),
        first_reported: sources.iter().filter_map(|s| s.published.clone()).min(),
    };
    Some(canonical(id, &rep.record, &tally, sources))
}

/// The event that report `r` founds alone, without its source list: [`aggregate`] of that one
/// member (published on `pub_day`) with `sources` left empty, made without copying the record
/// or the source (the writer stores a new event's sources as links, not in its row).
pub fn founded(id: &str, r: &EventRecord, pub_day: Option<&str>) -> StoredEvent {
    let tally = Tally {
        fatalities: r.fatalities.into_iter().collect(),
        injuries: r.injuries.into_iter().collect(),
        // `canonical` takes the representative's mode first, and here that is the only report.
        first_mode: None,
        first_reported: pub_day.map(str::to_string),
    };
    canonical(id, r, &tally, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contained share of two word lists ([`containment_at_least`] on their shared count).
    fn containment(a: &[u64], b: &[u64], p: &Params) -> f32 {
        containment_at_least(crate::keys::common_words(a, b), a.len(), b.len(), p)
    }

    fn place(name: &str, admin1: &str, country: &str, level: Level, ll: Option<(f64, f64)>) -> PlaceSig {
        PlaceSig {
            name: Some(name.into()),
            admin1: Some(admin1.into()),
            country: Some(country.into()),
            lat: ll.map(|x| x.0),
            lon: ll.map(|x| x.1),
            level,
        }
    }
    fn ent(country: &str, sector: &str, id: Option<&str>) -> Option<EntSig> {
        Some(EntSig { country: Some(country.into()), sector: Some(sector.into()), id: id.map(str::to_string) })
    }
    fn day(s: &str) -> (Option<i64>, Option<i64>, Option<DatePrecision>) {
        let (lo, hi, p) = date_range(s).unwrap();
        (Some(lo), Some(hi), Some(p))
    }
    fn sig(article: i64, t: &str, date: &str) -> Sig {
        let (day_lo, day_hi, precision) = day(date);
        Sig {
            article,
            event_type: t.into(),
            status: Some(Status::Occurred),
            day_lo,
            day_hi,
            precision,
            words: crate::keys::sentence_words("هجوم انتحاري على مقر الشرطة في كركوك"),
            ..Default::default()
        }
    }
    fn kirkuk() -> Option<PlaceSig> {
        Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Place, Some((35.47, 44.39))))
    }

    #[test]
    fn dates_and_ranges() {
        assert_eq!(day_number(1970, 1, 2), Some(1));
        assert_eq!(day_string(day_number(2013, 2, 3).unwrap()), "2013-02-03");
        let (lo, hi, p) = date_range("2024-02").unwrap();
        assert_eq!((hi - lo, p), (28, DatePrecision::Month), "2024 is a leap year");
        assert_eq!(date_range("2013").unwrap().2, DatePrecision::Year);
        assert!(date_range("2013-13-01").is_none());
        assert!(date_range("soon").is_none());
    }

    #[test]
    fn an_older_undated_copy_is_a_candidate_only_with_the_same_words() {
        let p = Params::default();
        let undated = |article: i64, sentence: &str| Sig {
            article,
            event_type: "ASSAULT".into(),
            status: Some(Status::Occurred),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        let wire = "أعلنت الشرطة مقتل ثلاثة حراس في هجوم مسلح على مخزن للحبوب قرب المدينة الصناعية";
        let a = undated(1, wire);
        // Other punctuation, a proclitic and a short word: the same words.
        let copy = undated(2, "وأعلنت الشرطة، مقتل ثلاثة حراس في هجوم مسلح على مخزن للحبوب قرب المدينة الصناعية.");
        assert!(far_copy(&copy, &a, &p));
        // One word more or other: not a copy, however alike.
        let more = undated(3, &format!("{wire} الجديدة"));
        let other = undated(4, "أعلنت الشرطة مقتل ثلاثة حراس في هجوم مسلح على مخزن للوقود قرب المدينة الصناعية");
        assert!(!far_copy(&more, &a, &p) && !far_copy(&other, &a, &p));
        assert!(jaccard(&other.words, &a.words) > 0.8);
        // A short sentence is no evidence of one report, and 0 turns the rule off.
        let (s1, s2) = (undated(5, "قتل كثيرون"), undated(6, "قتل كثيرون."));
        assert!(!far_copy(&s1, &s2, &p));
        assert!(!far_copy(&copy, &a, &Params { far_copy_words: 0, ..p }));
    }

    #[test]
    fn same_attack_reported_twice_merges() {
        let p = Params::default();
        let mut a = sig(1, "ASSAULT", "2013-02-03");
        a.place = kirkuk();
        a.actor = ent("IRQ", "UAF", Some("grp.gunmen"));
        a.fatalities = Some(16);
        let mut b = sig(2, "ASSAULT", "2013-02-04");
        b.place = Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Admin1, None));
        b.actor = ent("IRQ", "UNK", None);
        b.fatalities = Some(33);
        assert_eq!(veto(&a, &b, &p), None);
        assert!(score(&a, &b, &p) >= p.threshold, "{}", score(&a, &b, &p));
        assert_eq!(best_event(&b, &[(7, vec![a.clone()])], &p), Some(7));
        // The same record in the same article never merges.
        b.article = 1;
        assert_eq!(veto(&a, &b, &p), Some("same article"));
    }

    #[test]
    fn a_record_joining_two_events_of_one_happening_merges_them() {
        let p = Params::default();
        let at = |article: i64, toll: u32| {
            let mut s = sig(article, "ASSAULT", "2013-02-03");
            s.place = kirkuk();
            s.fatalities = Some(toll);
            s
        };
        // Two events of one bombing (founded apart: their order, not their content, split them).
        let (a, b, c) = (at(1, 30), at(2, 33), at(3, 30));
        let b2 = at(4, 31);
        let keyed = |s: &Sig, i: &mut Interner| Keyed::new(s.clone(), i);
        let run = |new: &Sig, events: &[(u8, Vec<Sig>)], p: &Params| {
            let best = best_event(new, events, p).expect("joins one");
            (best, merge_candidates(new, events, best, p))
        };
        let two = [(1u8, vec![a.clone()]), (2u8, vec![b.clone(), b2.clone()])];
        assert_eq!(run(&c, &two, &p), (1, vec![2]));
        // The keyed form agrees.
        let mut i = Interner::default();
        let (kc, ka, kb, kb2) = (keyed(&c, &mut i), keyed(&a, &mut i), keyed(&b, &mut i), keyed(&b2, &mut i));
        let cands = [(1u8, vec![ka.pair()]), (2u8, vec![kb.pair(), kb2.pair()])];
        assert_eq!(merge_candidates_keyed(&kc, &cands, 1, &p), vec![2]);
        // Off by the parameter.
        let off = Params { merge_events: false, ..Params::default() };
        assert_eq!(run(&c, &two, &off), (1, vec![]));
        // Complete link across the merge: a member of one event vetoes a member of the other
        // (tolls 10 and 40), though the new record (20) agrees with both.
        let low = [(1u8, vec![at(1, 10)]), (2u8, vec![at(2, 40)])];
        let (best, merged) = run(&at(3, 20), &low, &p);
        assert!(merged.is_empty(), "{best} {merged:?}");
        // Average link: an event that agrees through one close member but whose other members
        // share no word with the first event's (a grab-bag of the same town and day) stays apart.
        let other = |article: i64, words: &str| {
            let mut s = at(article, 0);
            s.fatalities = None;
            s.words = crate::keys::sentence_words(words);
            s
        };
        let bag = vec![
            b.clone(),
            other(5, "افتتح المحافظ معرضا للكتاب في المدينة"),
            other(6, "ارتفعت أسعار الخضار في الأسواق المحلية"),
            other(7, "أعلنت الجامعة مواعيد الامتحانات النهائية"),
        ];
        let events = [(1u8, vec![a.clone()]), (2u8, bag)];
        assert_eq!(run(&c, &events, &p), (1, vec![]));
    }

    #[test]
    fn events_split_by_two_records_of_one_article_merge_through_a_report() {
        // One bombing (sentences of our own). Article 1 gave the coder two records of it: the
        // lead (the embassy as target) and a later sentence (the embassy's guard killed, other
        // parties). The second could not join the first's event (records of one article never
        // merge), so it founded an event of its own, which later reports joined.
        let p = Params::default();
        let at = |article: i64, words: &str, toll: Option<u32>| {
            let mut s = sig(article, "ASSAULT", "2013-02-01");
            s.place = kirkuk();
            s.mode = Some("explosives".into());
            s.fatalities = toll;
            s.words = crate::keys::sentence_words(words);
            s
        };
        let lead = at(1, "انفجار أمام مبنى السفارة في كركوك أدى إلى مقتل حارس", Some(1));
        let later = at(1, "قتل حارس السفارة في الانفجار الذي وقع أمام مبنى السفارة", Some(1));
        let e1 = vec![lead.clone(), at(2, "انفجار أمام مبنى السفارة في كركوك وقتل حارس", Some(1))];
        let e2 = vec![later.clone(), at(3, "قتل حارس السفارة في انفجار أمام مبنى السفارة", Some(1))];
        assert_eq!(veto(&lead, &later, &p), Some("same article"));
        let new = at(4, "انفجار أمام مبنى السفارة في كركوك أدى إلى مقتل حارس السفارة", None);
        let events = [(1u8, e1.clone()), (2u8, e2.clone())];
        let best = best_event(&new, &events, &p).expect("joins one");
        let other = 3 - best;
        assert_eq!(merge_candidates(&new, &events, best, &p), vec![other]);
        // The keyed form agrees.
        let mut i = Interner::default();
        let kn = Keyed::new(new.clone(), &mut i);
        let k1: Vec<Keyed> = e1.iter().map(|s| Keyed::new(s.clone(), &mut i)).collect();
        let k2: Vec<Keyed> = e2.iter().map(|s| Keyed::new(s.clone(), &mut i)).collect();
        let cands = [(1u8, k1.iter().map(Keyed::pair).collect()), (2u8, k2.iter().map(Keyed::pair).collect())];
        assert_eq!(merge_candidates_keyed(&kn, &cands, best, &p), vec![other]);
        // A record does not join, nor pull in, an event holding another record of its own
        // article: a third record of article 1 merges nothing.
        let third = at(1, "انفجار أمام مبنى السفارة في كركوك أدى إلى مقتل حارس السفارة", Some(1));
        assert_eq!(best_event(&third, &events, &p), None);
        // The pairs of other articles still decide: a veto between them (a toll of 40 against
        // 1; the new report gives none) keeps the events apart.
        let far = at(3, "قتل حارس السفارة في انفجار أمام مبنى السفارة", Some(40));
        let vetoed = [(1u8, e1.clone()), (2u8, vec![later.clone(), far])];
        let best = best_event(&new, &vetoed, &p).expect("joins one");
        assert!(merge_candidates(&new, &vetoed, best, &p).is_empty());
        // Only for a material happening at one place on one day: an article's two records of
        // meetings or calls (one king's two phone calls) still keep their events apart, and so
        // do two records of one attack told at two places of the town.
        let consult = |s: &Sig| Sig { event_type: "CONSULT".into(), mode: None, ..s.clone() };
        let calls = [(1u8, e1.iter().map(consult).collect::<Vec<_>>()), (2u8, e2.iter().map(consult).collect())];
        let best = best_event(&consult(&new), &calls, &p).expect("joins one");
        assert!(merge_candidates(&consult(&new), &calls, best, &p).is_empty());
        let mut elsewhere = later;
        elsewhere.place = Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Admin1, None));
        let nested = [(1u8, e1), (2u8, vec![elsewhere, e2[1].clone()])];
        let best = best_event(&new, &nested, &p).expect("joins one");
        assert!(merge_candidates(&new, &nested, best, &p).is_empty());
    }

    #[test]
    fn a_decrees_emergency_and_curfew_are_one_mode() {
        // Two reports of one decree (sentences of our own): one outlet's record is read from the
        // state of emergency, the other's from the curfew the same decree imposed.
        let p = Params::default();
        let town = || Some(place("Tartus", "Tartus", "SYR", Level::Place, None));
        let mut a = sig(1, "COERCE", "2014-03-09");
        a.mode = Some("martial-law".into());
        a.place = town();
        a.actor = ent("SYR", "GOV", Some("off.president"));
        a.words = crate::keys::sentence_words("أعلن الرئيس حالة الطوارئ في طرطوس لمدة أسبوعين وفرض حظر التجول ليلا");
        let mut b = sig(2, "COERCE", "2014-03-09");
        b.mode = Some("curfew".into());
        b.place = town();
        b.actor = ent("SYR", "GOV", Some("off.president"));
        b.words = crate::keys::sentence_words("فرض الرئيس حظر التجول ليلا في طرطوس بعد إعلان حالة الطوارئ فيها");
        assert_eq!(veto(&a, &b, &p), None);
        assert!(score(&a, &b, &p) >= p.threshold);
        // Other modes of COERCE stay apart: an arrest in that town that day is another act.
        b.mode = Some("arrest".into());
        assert_eq!(veto(&a, &b, &p), Some("mode"));
        a.mode = Some("seize".into());
        assert_eq!(veto(&a, &b, &p), Some("mode"), "a seizure and an arrest: tried, joined other raids");
    }

    #[test]
    fn vetoes_each_field() {
        let p = Params::default();
        let mut a = sig(1, "ASSAULT", "2013-02-03");
        a.place = kirkuk();
        a.fatalities = Some(16);
        a.mode = Some("explosives".into());
        a.actor = ent("IRQ", "COP", None);
        let check = |f: &dyn Fn(&mut Sig), why: &str| {
            let mut b = a.clone();
            b.article = 2;
            assert_eq!(veto(&a, &b, &p), None, "baseline");
            f(&mut b);
            assert_eq!(veto(&a, &b, &p), Some(why));
        };
        check(&|b| b.event_type = "PROTEST".into(), "type");
        check(&|b| b.mode = Some("aerial".into()), "mode");
        check(&|b| b.status = Some(Status::Future), "status");
        check(&|b| (b.day_lo, b.day_hi, b.precision) = day("2013-02-05"), "date");
        check(&|b| (b.day_lo, b.day_hi, b.precision) = day("2013"), "date");
        // An undated record is no date conflict, but it merges with a dated one only as a copy
        // (`an_undated_copy_of_a_dated_report_joins_it`); with that rule off, it vetoes.
        let off = Params { undated_dated_similarity: 0.0, ..p };
        let mut u = a.clone();
        u.article = 2;
        (u.day_lo, u.day_hi, u.precision) = (None, None, Some(DatePrecision::Unknown));
        assert_eq!(veto(&a, &u, &off), Some("date"));
        assert_eq!(veto(&a, &u, &p), None);
        check(&|b| b.place = Some(place("Basra", "Basra", "IRQ", Level::Place, Some((30.5, 47.8)))), "place");
        check(&|b| b.place = Some(place("Ankara", "Ankara", "TUR", Level::Place, None)), "place");
        check(&|b| b.fatalities = Some(60), "fatalities");
        // Parties in conflict veto unless the happening is material and placed alike.
        check(
            &|b| {
                b.actor = ent("TUR", "GOV", None);
                b.place = None;
            },
            "actors",
        );
        let mut b = a.clone();
        b.article = 2;
        b.actor = ent("TUR", "GOV", None);
        assert_eq!(veto(&a, &b, &p), None, "an attack at the same place: the attribution is the weak part");
        let penalised = score(&a, &b, &p);
        b.actor = ent("IRQ", "REB", None);
        assert_eq!(veto(&a, &b, &p), None, "sector families conflict softly");
        b.actor = a.actor.clone();
        assert!(score(&a, &b, &p) > penalised);
        b.event_type = "ACCUSE".into();
        let mut c = a.clone();
        c.event_type = "ACCUSE".into();
        b.actor = ent("TUR", "GOV", None);
        assert_eq!(veto(&c, &b, &p), Some("actors"), "statements are identified by who made them");
        // Negated statements never merge, even with each other.
        let mut n = a.clone();
        n.status = Some(Status::Negated);
        let mut m = n.clone();
        m.article = 2;
        assert_eq!(veto(&n, &m, &p), Some("status"));
    }

    #[test]
    fn an_undated_copy_of_a_dated_report_joins_it() {
        let p = Params::default();
        let undated = |article: i64, sentence: &str| Sig {
            article,
            event_type: "ASSAULT".into(),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            place: kirkuk(),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        let dated = |article: i64, sentence: &str| Sig {
            day_lo: day("2015-07-31").0,
            day_hi: day("2015-07-31").1,
            precision: Some(DatePrecision::Day),
            ..undated(article, sentence)
        };
        // Our own sentences: a wire story printed by an outlet without a publication day, the
        // same story dated by another, a differently worded report of the same attack, and a
        // report of another attack in the same town.
        let wire = "قتل ستة أشخاص عندما فجرت انتحارية نفسها في سوق مدينة كركوك وفق ما أفاد شهود عيان";
        let u = undated(1, wire);
        let copy = dated(2, &wire.replace("في سوق", "صباح اليوم في سوق"));
        let other_words = dated(3, "أعلنت الشرطة أن تفجيرا انتحاريا استهدف سوقا شعبية في كركوك");
        let another = undated(4, "قتل جندي في هجوم بعبوة ناسفة على دورية عسكرية قرب كركوك");
        assert!(jaccard(&u.words, &copy.words) >= p.undated_dated_similarity);
        let s = judge(&u, &copy, &p).expect("no veto");
        assert!(s >= p.threshold, "a copy of a dated report is that report: {s}");
        assert_eq!(judge(&copy, &u, &p), Ok(s), "symmetric");
        // Otherwise worded: no veto (an undated record has no date to conflict), but no score, so
        // an event holding both may take later dated reports of the happening.
        assert_eq!(judge(&u, &other_words, &p), Ok(0.0));
        assert_eq!(judge(&other_words, &u, &p), Ok(0.0));
        assert!(judge(&copy, &other_words, &p).is_ok());
        // Undated records among themselves keep their own rule.
        assert_eq!(judge(&u, &another, &p), Ok(0.0));
        // Off: dated and undated never merge.
        let off = Params { undated_dated_similarity: 0.0, ..p };
        assert_eq!(judge(&u, &copy, &off), Err("date"));
        assert!(!off.undated_meets_dated() && p.undated_meets_dated());
    }

    #[test]
    fn month_contains_day_and_mode_may_be_missing() {
        let p = Params::default();
        let a = sig(1, "ASSAULT", "2013-02-03");
        let mut b = sig(2, "ASSAULT", "2013-02");
        b.mode = Some("aerial".into());
        assert_eq!(veto(&a, &b, &p), None);
        let c = sig(3, "ASSAULT", "2013-03");
        assert_eq!(veto(&a, &c, &p), Some("date"));
        let d = sig(4, "ASSAULT", "2013-02-04");
        assert_eq!(veto(&a, &d, &p), None, "one day apart: crawl dates");
    }

    #[test]
    fn unknown_place_needs_strong_actor_agreement() {
        let p = Params::default();
        let condemn = "ندد وزير الخارجية البريطاني وليام هيغ بالتفجير الذي استهدف السفارة الأمريكية في أنقرة";
        let mut a = sig(1, "ACCUSE", "2013-02-01");
        a.words = crate::keys::sentence_words(condemn);
        a.actor = ent("GBR", "GOV", None);
        let mut b = sig(2, "ACCUSE", "2013-02-01");
        b.words = crate::keys::sentence_words("انتقدت لندن قرار الحكومة الفنزويلية تأميم شركات النفط");
        b.actor = ent("GBR", "GOV", None);
        assert!(score(&a, &b, &p) < p.threshold, "country agreement alone is weak");
        a.actor = ent("GBR", "GOV", Some("per.hague"));
        b.actor = ent("GBR", "GOV", Some("per.hague"));
        assert!(score(&a, &b, &p) < p.threshold, "one person, unrelated statements");
        b.words = crate::keys::sentence_words("أدان هيغ التفجير الذي استهدف السفارة الأمريكية في العاصمة التركية أنقرة");
        assert!(score(&a, &b, &p) >= p.threshold, "{}", score(&a, &b, &p));
        // A generic group id is not one actor.
        a.actor = ent("GBR", "GOV", Some("grp.government"));
        b.actor = ent("GBR", "GOV", Some("grp.government"));
        assert_eq!(ent_rel(a.actor.as_ref(), b.actor.as_ref()), EntRel::Compatible);
        b.actor = ent("USA", "GOV", None);
        assert_eq!(veto(&a, &b, &p), Some("actors"));
        // Undated reports merge only on close wording.
        let (mut u, mut v) = (a.clone(), b.clone());
        v.actor = u.actor.clone();
        (u.day_lo, u.day_hi, u.precision) = (None, None, Some(DatePrecision::Unknown));
        (v.day_lo, v.day_hi, v.precision) = (None, None, Some(DatePrecision::Unknown));
        assert_eq!(veto(&u, &v, &p), None);
        assert!(score(&u, &v, &p) < p.threshold);
        v.words = crate::keys::sentence_words(condemn);
        assert!(score(&u, &v, &p) >= p.threshold);
    }

    #[test]
    fn symmetric_types_relate_their_parties_the_same_way_in_either_order() {
        let p = Params::default();
        // "Qatar received Kerry in Doha" and "Kerry met the GCC ministers in Doha", same day: one
        // party in common, read as actor in one sentence and recipient in the other.
        let mut a = sig(1, "CONSULT", "2015-08-03");
        a.actor = ent("QAT", "GOV", Some("state.qat"));
        a.recipient = ent("USA", "GOV", Some("per.kerry"));
        let mut b = sig(2, "CONSULT", "2015-08-03");
        b.actor = ent("USA", "GOV", Some("per.kerry"));
        b.recipient = ent("IGO", "GOV", Some("org.gcc"));
        assert_eq!(veto(&a, &b, &p), veto(&b, &a, &p));
        assert_eq!(veto(&a, &b, &p), None, "the same named party makes the other's country not decisive");
        // Directed types keep their direction: the same speaker accusing two states.
        let (mut c, mut d) = (a.clone(), b.clone());
        c.event_type = "ACCUSE".into();
        d.event_type = "ACCUSE".into();
        let k = keys_of([&c, &d]);
        assert!(!k[0].symmetric);
        assert_eq!(veto(&c, &d, &p), veto(&d, &c, &p));
    }

    #[test]
    fn one_host_meeting_two_named_guests_of_different_countries_is_two_meetings() {
        let p = Params::default();
        let words = crate::keys::sentence_words;
        // A governor receives a minister in the morning and an envoy in the evening, each told
        // in the same template sentence of a provincial bulletin.
        let mut a = sig(1, "CONSULT", "2016-04-12");
        a.actor = ent("JOR", "GOV", Some("per.host_governor"));
        a.recipient = ent("OMN", "GOV", Some("off.fm"));
        a.words =
            words("استقبل المحافظ في مكتبه صباح اليوم وزير الخارجية العماني والوفد المرافق له وبحث معه سبل التعاون");
        let mut b = sig(2, "CONSULT", "2016-04-12");
        b.actor = ent("JOR", "GOV", Some("per.host_governor"));
        b.recipient = ent("CHL", "GOV", Some("per.chile_envoy"));
        b.words =
            words("استقبل المحافظ في مكتبه مساء اليوم المبعوث التشيلي الخاص والوفد المرافق له وبحث معه سبل التعاون");
        assert!(jaccard(&a.words, &b.words) < p.guest_similarity);
        assert_eq!(veto(&a, &b, &p), Some("guests"));
        // Either order of the parties (the guest names the host as its counterpart).
        let mut c = b.clone();
        (c.actor, c.recipient) = (b.recipient.clone(), b.actor.clone());
        assert_eq!(veto(&a, &c, &p), Some("guests"));
        assert_eq!(veto(&c, &a, &p), Some("guests"));
        // Off: the same named host keeps the guest's country not decisive.
        assert_eq!(veto(&a, &b, &Params { guest_similarity: 0.0, ..p }), None);
        // A copy of the first report whose guest was misread: one meeting.
        let mut copy = b.clone();
        copy.words = words("استقبل المحافظ في مكتبه صباح اليوم وزير الخارجية العماني والوفد المرافق له وبحث معه سبل التعاون بين البلدين");
        assert!(jaccard(&a.words, &copy.words) >= p.guest_similarity);
        assert_eq!(veto(&a, &copy, &p), None);
        // An organisation or a generic group as the other party: its country is often its seat
        // or the host's, so it stays not decisive.
        let mut d = b.clone();
        d.recipient = ent("IGO", "GOV", Some("org.some_league"));
        assert_eq!(veto(&a, &d, &p), None);
        d.recipient = ent("CHL", "GOV", Some("grp.delegation"));
        assert_eq!(veto(&a, &d, &p), None);
        // A guest with the host's own country (an office noun given the host's country).
        d.recipient = ent("JOR", "GOV", Some("off.leader"));
        assert_eq!(veto(&a, &d, &p), None);
        // Not a meeting: a directed type keeps its own rules.
        let (mut e, mut f) = (a.clone(), b.clone());
        e.event_type = "APPEAL".into();
        f.event_type = "APPEAL".into();
        assert_ne!(veto(&e, &f, &p), Some("guests"));
    }

    #[test]
    fn place_day_and_generic_parties_need_some_shared_words() {
        let p = Params::default();
        let benha = Some(place("Benha", "Qalyubia", "EGY", Level::Place, Some((30.46, 31.18))));
        // Two police reports of one town and day, with generic parties and no words in common.
        let mut a = sig(1, "COERCE", "2013-01-28");
        a.place = benha.clone();
        a.actor = ent("EGY", "COP", Some("grp.security_forces"));
        a.words = crate::keys::sentence_words("ألقت قوات الأمن القبض على تاجر مخدرات بحوزته كمية من الحشيش");
        let mut b = sig(2, "COERCE", "2013-01-28");
        b.place = benha;
        b.actor = ent("EGY", "COP", Some("grp.police"));
        b.words = crate::keys::sentence_words("ضبط رجال المباحث لصا سرق حقيبة مستشار داخل قطار الصعيد");
        assert_eq!(veto(&a, &b, &p), None);
        assert!(jaccard(&a.words, &b.words) < p.min_similarity);
        assert_eq!(score(&a, &b, &p), 0.0, "place, day and generic parties alone");
        // A report of the same arrest in other words shares a few of them.
        b.words = crate::keys::sentence_words("قبضت الشرطة في بنها على تاجر مخدرات وضبطت معه كمية من الحشيش");
        assert!(score(&a, &b, &p) >= p.threshold, "{}", score(&a, &b, &p));
        // Reports agreeing on a nonzero toll need no shared words.
        let (mut c, mut d) = (a.clone(), b.clone());
        (c.event_type, d.event_type) = ("ASSAULT".into(), "ASSAULT".into());
        d.words = crate::keys::sentence_words("ضبط رجال المباحث لصا سرق حقيبة مستشار داخل قطار الصعيد");
        (c.fatalities, d.fatalities) = (Some(3), Some(3));
        assert!(score(&c, &d, &p) >= p.threshold, "{}", score(&c, &d, &p));
        (c.fatalities, d.fatalities) = (Some(0), Some(0));
        assert_eq!(score(&c, &d, &p), 0.0);
    }

    #[test]
    fn consecutive_days_read_in_the_text_are_different_happenings() {
        let p = Params::default();
        let ismailia = Some(place("Ismailia", "Ismailia", "EGY", Level::Place, Some((30.60, 32.27))));
        // Two nights of curfew marches in one city, each report dating its march in the text.
        let mut a = sig(1, "PROTEST", "2013-01-28");
        a.place = ismailia.clone();
        a.actor = ent("EGY", "CVL", Some("grp.protesters"));
        a.date_basis = Some(DateBasis::Text);
        a.words = crate::keys::sentence_words("تظاهر المئات في الإسماعيلية مساء الاثنين متحدين حظر التجول");
        let mut b = sig(2, "PROTEST", "2013-01-29");
        b.place = ismailia;
        b.actor = a.actor.clone();
        b.date_basis = Some(DateBasis::Text);
        b.words = crate::keys::sentence_words("طافت مسيرة ثانية شوارع الإسماعيلية بالسمسمية رغم حظر التجول");
        assert!(jaccard(&a.words, &b.words) < p.text_days_similarity);
        assert_eq!(veto(&a, &b, &p), Some("text days"));
        // A copy of one report whose outlet read "today" against its own, later, publication day
        // shares most words.
        let mut copy = b.clone();
        copy.words = crate::keys::sentence_words("تظاهر المئات في الإسماعيلية مساء اليوم متحدين حظر التجول");
        assert!(jaccard(&a.words, &copy.words) >= p.text_days_similarity);
        assert_eq!(veto(&a, &copy, &p), None);
        assert!(score(&a, &copy, &p) >= p.threshold, "{}", score(&a, &copy, &p));
        // A publication day on either side keeps the ±1-day tolerance (an outlet's crawl day lags).
        b.date_basis = Some(DateBasis::Publication);
        assert_eq!(veto(&a, &b, &p), None);
        assert!(score(&a, &b, &p) >= p.threshold, "{}", score(&a, &b, &p));
        b.date_basis = None;
        assert_eq!(veto(&a, &b, &p), None);
        // The same day read in both texts merges.
        let (lo, hi, _) = date_range("2013-01-28").unwrap();
        (b.day_lo, b.day_hi, b.date_basis) = (Some(lo), Some(hi), Some(DateBasis::Text));
        assert_eq!(veto(&a, &b, &p), None);
        // A month read in the text still contains its days.
        let (lo, hi, prec) = date_range("2013-01").unwrap();
        (b.day_lo, b.day_hi, b.precision) = (Some(lo), Some(hi), Some(prec));
        assert_eq!(veto(&a, &b, &p), None);
        // Stored bases read back.
        assert_eq!(parse_basis(Some("text")), Some(DateBasis::Text));
        assert_eq!(parse_basis(Some("publication")), Some(DateBasis::Publication));
        assert_eq!(parse_basis(None), None);
    }

    #[test]
    fn unidentified_and_transnational_parties() {
        // "People" take the article's country: no evidence against a named party elsewhere.
        let people = ent("TUR", "UNK", Some("grp.people_unspecified"));
        let embassy = ent("USA", "GOV", Some("grp.embassy"));
        assert_eq!(ent_rel(people.as_ref(), embassy.as_ref()), EntRel::Unknown);
        assert_eq!(ent_rel(embassy.as_ref(), ent("TUR", "GOV", None).as_ref()), EntRel::Conflict);
        // A transnational armed group and a national armed group: possibly its branch.
        let isis = ent("IMG", "REB", Some("org.isis"));
        assert_eq!(ent_rel(isis.as_ref(), ent("EGY", "REB", Some("org.abm")).as_ref()), EntRel::Compatible);
        assert_eq!(ent_rel(isis.as_ref(), ent("EGY", "GOV", None).as_ref()), EntRel::Conflict);
        let p = Params::default();
        let mut a = sig(1, "REQUEST", "2015-08-07");
        a.actor = ent("HRV", "CVL", Some("grp.hostages"));
        a.recipient = ent("EGY", "REB", Some("org.abm"));
        let mut b = a.clone();
        b.article = 2;
        b.recipient = isis;
        assert_eq!(veto(&a, &b, &p), None);
        b.recipient = ent("SYR", "REB", None);
        assert_eq!(veto(&a, &b, &p), Some("actors"), "two national groups of different countries");
    }

    #[test]
    fn symmetric_types_allow_swapped_roles() {
        let p = Params::default();
        let mut a = sig(1, "CONSULT", "2013-02-02");
        a.actor = ent("RUS", "GOV", Some("per.lavrov"));
        a.recipient = ent("SYR", "OPP", None);
        let mut b = sig(2, "CONSULT", "2013-02-02");
        b.actor = ent("SYR", "OPP", None);
        b.recipient = ent("RUS", "GOV", Some("per.lavrov"));
        assert_eq!(veto(&a, &b, &p), None);
        let mut c = b.clone();
        c.event_type = "ACCUSE".into();
        let mut d = a.clone();
        d.event_type = "ACCUSE".into();
        assert_eq!(veto(&d, &c, &p), Some("actors"), "accusations have a direction");
    }

    #[test]
    fn an_attack_told_from_either_side_relates_its_parties_swapped() {
        let p = Params::default();
        let hama = Some(place("Hama", "Hama", "SYR", Level::Place, Some((35.13, 36.75))));
        // One outlet: the soldiers fought armed men near the town; another: the armed men
        // ambushed a convoy of troops there. One clash, its sides read in opposite roles.
        let mut a = sig(1, "ASSAULT", "2014-05-10");
        a.place = hama.clone();
        a.actor = ent("SYR", "MIL", Some("grp.army"));
        a.recipient = ent("SYR", "UAF", Some("grp.gunmen"));
        a.words = crate::keys::sentence_words("خاض الجنود معركة مع رجال مسلحين قرب حماة صباح السبت");
        let mut b = sig(2, "ASSAULT", "2014-05-10");
        b.place = hama;
        b.actor = ent("SYR", "UAF", Some("grp.gunmen"));
        b.recipient = ent("SYR", "MIL", Some("grp.troops"));
        b.words = crate::keys::sentence_words("نصب رجال مسلحون كمينا لقافلة من الجنود على طريق حماة");
        (a.fatalities, b.fatalities) = (Some(4), Some(3));
        assert_eq!(actors_rel(&a, &b), (EntRel::Compatible, EntRel::Compatible));
        assert_eq!(actors_rel(&a, &b), actors_rel(&b, &a));
        assert!(score(&a, &b, &p) >= p.threshold, "{}", score(&a, &b, &p));
        assert_eq!(score(&a, &b, &p), score(&b, &a, &p));
        // Only when both records name both parties: a record without a doer keeps the straight
        // relation (its target against the other's target).
        let mut c = b.clone();
        c.actor = None;
        assert_eq!(actors_rel(&a, &c), (EntRel::Unknown, EntRel::SectorConflict));
        // A report without a toll: straight (the swapped reading needs tolls on both sides).
        let mut g = b.clone();
        g.fatalities = None;
        assert_eq!(actors_rel(&a, &g), (EntRel::SectorConflict, EntRel::SectorConflict));
        // Two towns of one area (within the distance limit) are not one scene: straight.
        let mut f = b.clone();
        f.place = Some(place("Salamiyah", "Hama", "SYR", Level::Place, Some((35.01, 37.05))));
        assert_eq!(actors_rel(&a, &f), (EntRel::SectorConflict, EntRel::SectorConflict));
        // Arrests and other directed types keep their direction.
        let (mut d, mut e) = (a.clone(), b.clone());
        (d.event_type, e.event_type) = ("COERCE".into(), "COERCE".into());
        assert_eq!(actors_rel(&d, &e), (EntRel::SectorConflict, EntRel::SectorConflict));
    }

    #[test]
    fn complete_link_and_best_candidate() {
        let p = Params::default();
        let mut a = sig(1, "ASSAULT", "2013-02-03");
        a.place = kirkuk();
        let mut far = a.clone();
        far.article = 2;
        far.day_lo = a.day_lo.map(|d| d + 1);
        far.day_hi = far.day_lo;
        let mut new = a.clone();
        new.article = 3;
        new.day_lo = a.day_lo.map(|d| d + 2);
        new.day_hi = new.day_lo;
        // `new` agrees with `far` (one day) but not with `a` (two days): the event of both is closed.
        assert_eq!(best_event(&new, &[(1, vec![a.clone(), far.clone()])], &p), None);
        assert_eq!(best_event(&new, &[(1, vec![a.clone(), far.clone()]), (2, vec![far.clone()])], &p), Some(2));
        // Of two compatible events the better one wins.
        let mut same_toll = far.clone();
        same_toll.fatalities = Some(5);
        new.fatalities = Some(5);
        let mut other = far.clone();
        other.fatalities = Some(7);
        assert_eq!(best_event(&new, &[(1, vec![other]), (2, vec![same_toll])], &p), Some(2));
    }

    #[test]
    fn aggregate_fatalities_sources_and_representative() {
        use ahdath_record::{Evidence, Field};
        let rec = |id: &str, fat: Option<u32>, with_actor: bool| EventRecord {
            id: id.into(),
            article_id: format!("art-{id}"),
            event_type: "ASSAULT".into(),
            mode: None,
            context: vec![],
            status: Status::Occurred,
            date: Some("2013-02-03".into()),
            date_precision: DatePrecision::Day,
            date_basis: None,
            date_text: None,
            actor: with_actor.then(|| Entity { country: Some("IRQ".into()), ..Default::default() }),
            recipient: None,
            location: None,
            fatalities: fat,
            injuries: None,
            trigger: "هجوم".into(),
            evidence: Evidence {
                field: Field::Text,
                start: 0,
                end: 4,
                trigger_start: 0,
                trigger_end: 4,
                sentence: format!("sentence {id}"),
                other_mentions: Vec::new(),
            },
            rule: "r".into(),
            confidence: 0.5,
        };
        let m = |id: &str, fat, actor, published: &str| Member {
            record: rec(id, fat, actor),
            source: SourceRef {
                article_id: format!("art-{id}"),
                source: Some("x/y".into()),
                url: None,
                record_id: id.into(),
                published: Some(published.into()),
            },
        };
        let members = vec![
            m("c", Some(30), false, "2013-02-05"),
            m("a", Some(16), false, "2013-02-03"),
            m("b", Some(33), true, "2013-02-04"),
            m("d", Some(16), false, "2013-02-06"),
            m("e", Some(33), false, "2013-02-07"),
        ];
        let extra = SourceRef {
            article_id: "dup".into(),
            source: None,
            url: None,
            record_id: "a".into(),
            published: Some("2013-02-02".into()),
        };
        let e = aggregate("ev", &members, &[extra]).unwrap();
        assert_eq!(
            (e.fatalities, e.fatalities_low, e.fatalities_high),
            (Some(33), Some(16), Some(33)),
            "16 and 33 tie; 33 is later"
        );
        assert_eq!(e.first_reported.as_deref(), Some("2013-02-02"));
        assert_eq!(e.sources.len(), 6);
        assert_eq!(e.sources[0].article_id, "dup");
        assert_eq!(e.sentence, "sentence b", "the record with an actor is the most complete");
        assert!(aggregate("ev", &[], &[]).is_none());
        // A report founding an event alone: `founded` is `aggregate` of that member, sources left
        // out (with and without a mode, a toll, injuries and a publication day).
        let mut alone = members;
        alone[1].record.mode = Some("armed".into());
        alone[2].record.injuries = Some(4);
        alone[3].source.published = None;
        alone[4].record.fatalities = None;
        for m in alone {
            let mut want = aggregate("ev-x", std::slice::from_ref(&m), &[]).unwrap();
            want.sources.clear();
            assert_eq!(founded("ev-x", &m.record, m.source.published.as_deref()), want, "{}", m.record.id);
        }
    }

    #[test]
    fn compatible_variants() {
        let p = Params::default();
        let mut a = sig(1, "ASSAULT", "2013-02-03");
        a.place = kirkuk();
        a.fatalities = Some(4);
        let mut b = a.clone();
        b.article = 2;
        b.fatalities = Some(9); // differ by 5
        assert_eq!(veto(&a, &b, &p), None);
        b.fatalities = Some(12); // ratio 3
        assert_eq!(veto(&a, &b, &p), None);
        b.fatalities = Some(13);
        assert_eq!(veto(&a, &b, &p), Some("fatalities"));
        b.fatalities = None;
        b.place = Some(place("Hawija", "Kirkuk", "IRQ", Level::Place, Some((35.33, 43.78))));
        assert_eq!(veto(&a, &b, &p), Some("place"), "Hawija is 56 km from Kirkuk");
        b.place = Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Admin1, None));
        assert_eq!(place_rel(a.place.as_ref(), b.place.as_ref(), &p), PlaceRel::Nested);
        b.place = Some(place("Tuz", "Salah ad Din", "IRQ", Level::Place, Some((34.88, 44.64))));
        assert_eq!(place_rel(a.place.as_ref(), b.place.as_ref(), &p), PlaceRel::Conflict);
        b.place = Some(PlaceSig { country: Some("IRQ".into()), ..Default::default() });
        assert_eq!(place_rel(a.place.as_ref(), b.place.as_ref(), &p), PlaceRel::CountryOnly);
    }

    /// Signatures drawn from small sets of types, modes, dates, places (in two letter cases),
    /// parties and words, so that every relation and many shared words occur.
    fn varied_sigs(n: usize) -> Vec<Sig> {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |m: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % m as u64) as usize
        };
        let types = ["ASSAULT", "CONSULT", "PROTEST"];
        let modes = [None, Some("explosives"), Some("suicide-attack"), Some("firearms")];
        let dates = ["2013-02-03", "2013-02-04", "2013-02", "2013", ""];
        let places = [
            None,
            Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Place, Some((35.47, 44.39)))),
            Some(place("kirkuk", "Kirkuk", "IRQ", Level::Place, Some((35.47, 44.39)))),
            Some(place("Kirkuk", "kirkuk", "IRQ", Level::Admin1, None)),
            Some(place("Hawija", "Kirkuk", "IRQ", Level::Place, Some((35.33, 43.78)))),
            Some(place("Daquq", "Kirkuk", "irq", Level::Place, Some((35.14, 44.45)))),
            Some(PlaceSig { country: Some("IRQ".into()), ..Default::default() }),
            Some(place("Cairo", "Cairo", "EGY", Level::Place, None)),
        ];
        let parties = [
            None,
            ent("IRQ", "MIL", None),
            ent("IRQ", "COP", Some("grp.police")),
            ent("IRQ", "REB", None),
            ent("IMG", "REB", Some("org.isis")),
            ent("SYR", "REB", Some("org.isis")),
            ent("USA", "GOV", Some("per.kerry")),
            ent("TUR", "UNK", None),
            ent("IRQ", "CVL", Some("grp.people_unspecified")),
        ];
        let vocabulary: Vec<u64> = (0..40u64).map(|w| w.wrapping_mul(0x9e37_79b9_7f4a_7c15)).collect();
        (0..n)
            .map(|i| {
                let date = dates[next(dates.len())];
                let (day_lo, day_hi, precision) =
                    if date.is_empty() { (None, None, Some(DatePrecision::Unknown)) } else { day(date) };
                let mut words: Vec<u64> = (0..next(25)).map(|_| vocabulary[next(vocabulary.len())]).collect();
                words.sort_unstable();
                words.dedup();
                Sig {
                    article: (i % 7) as i64,
                    event_type: types[next(types.len())].into(),
                    mode: modes[next(modes.len())].map(str::to_string),
                    status: Some(if next(8) == 0 { Status::Negated } else { Status::Occurred }),
                    precision,
                    day_lo,
                    day_hi,
                    place: places[next(places.len())].clone(),
                    actor: parties[next(parties.len())].clone(),
                    recipient: parties[next(parties.len())].clone(),
                    fatalities: [None, Some(2), Some(3), Some(20)][next(4)],
                    date_basis: [None, Some(DateBasis::Text), Some(DateBasis::Publication)][next(3)],
                    words,
                }
            })
            .collect()
    }

    /// Complete link holds only if "can these two merge" does not depend on which one arrived
    /// first: the veto and the score must be symmetric for every pair.
    #[test]
    fn veto_and_score_do_not_depend_on_the_order_of_the_pair() {
        let sigs = varied_sigs(150);
        let p = Params::default();
        let mut vetoed = 0;
        for a in &sigs {
            for b in &sigs {
                let v = veto(a, b, &p);
                assert_eq!(v, veto(b, a, &p), "veto of\n{a:?}\n{b:?}");
                vetoed += usize::from(v.is_some());
                if v.is_none() {
                    assert_eq!(score(a, b, &p), score(b, a, &p), "score of\n{a:?}\n{b:?}");
                }
            }
        }
        assert!(vetoed > 0 && vetoed < sigs.len() * sigs.len(), "the sample has both outcomes");
    }

    #[test]
    fn the_pre_check_decides_like_the_score() {
        let sigs = varied_sigs(150);
        let mut i = Interner::default();
        let keyed: Vec<Keyed> = sigs.iter().map(|s| Keyed::new(s.clone(), &mut i)).collect();
        let (mut pairs, mut reached, mut skipped) = (0, 0, 0);
        for p in [Params::default(), Params { threshold: 2.0, ..Params::default() }] {
            for a in &keyed {
                for b in &keyed {
                    let common = a.sig.words.iter().filter(|w| b.sig.words.contains(w)).count();
                    let (la, lb) = (a.sig.words.len(), b.sig.words.len());
                    let bound = a.key.common_bound(&b.key, la, lb);
                    assert!(bound >= common, "the bound {bound} is below the {common} shared words");
                    let judged = judge(&a.sig, &b.sig, &p);
                    assert_eq!(judge_keyed(a, b, &p), judged);
                    assert_eq!(reaches(a.pair(), b.pair(), &p), judged.map(|s| s >= p.threshold));
                    if let Ok(s) = judged {
                        pairs += 1;
                        reached += usize::from(s >= p.threshold);
                        let sim = if bound == 0 { 0.0 } else { bound as f32 / (la + lb - bound) as f32 };
                        let (place, ar, rr) = relations(a.pair(), b.pair(), &p).unwrap();
                        let most = agreement(&a.key, &b.key, place, ar, rr) + 4.0 * sim;
                        skipped += usize::from(most < p.threshold);
                    }
                }
            }
        }
        // The sample exercises both outcomes and the skip.
        assert!(pairs > 1_000 && reached > 100 && skipped > 100, "{pairs} pairs, {reached} reached, {skipped} skipped");
        for a in keyed.iter().take(40) {
            for group in keyed.chunks(5) {
                let seen: Vec<Pair> = group.iter().map(Keyed::pair).collect();
                let sigs: Vec<&Sig> = group.iter().map(|k| &k.sig).collect();
                assert_eq!(passes_keyed(a, &seen, &Params::default()), passes(&a.sig, &sigs, &Params::default()));
            }
        }
    }

    #[test]
    fn keys_compare_places_ignoring_case_and_parties_exactly() {
        let p = Params::default();
        let a = kirkuk();
        let b = Some(place("KIRKUK", "kirkuk", "Irq", Level::Place, None));
        assert_eq!(place_rel(a.as_ref(), b.as_ref(), &p), PlaceRel::Same);
        let c = Some(place("Kirkuk", "Kirkuk", "IRQ", Level::Admin1, None));
        assert_eq!(place_rel(b.as_ref(), c.as_ref(), &p), PlaceRel::Nested);
        // A party's country is compared as written.
        assert_eq!(ent_rel(ent("IRQ", "MIL", None).as_ref(), ent("irq", "MIL", None).as_ref()), EntRel::Conflict);
        assert_eq!(ent_rel(ent("IRQ", "MIL", None).as_ref(), ent("IRQ", "COP", None).as_ref()), EntRel::Compatible);
    }

    /// dedup12: two undated reports of one visit in other words join when both name the same
    /// actor and recipient and give one mode (a lower word floor, `undated_named_similarity`);
    /// generic parties, another mode, a material type or fewer shared words keep the floors.
    #[test]
    fn undated_reports_naming_both_parties_alike_join_in_other_words() {
        let p = Params::default();
        let visit = |article: i64, t: &str, mode: &str, actor: &str, sentence: &str| Sig {
            article,
            event_type: t.into(),
            mode: (!mode.is_empty()).then(|| mode.to_string()),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            actor: ent("IRN", "GOV", Some(actor)),
            recipient: ent("KWT", "GOV", Some("state.kwt")),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        // Our own sentences: one visit told by two outlets, and a third that shares fewer words.
        let s1 = "وصل وزير الخارجية الإيراني إلى الكويت أمس في زيارة رسمية يبحث خلالها العلاقات الثنائية";
        let s2 = "يبحث وزير الخارجية الإيراني مع المسؤولين في الكويت ملفات المنطقة خلال جولة خليجية";
        let s3 = "أشاد الوزير بالعلاقات الطيبة بين البلدين وتمنى للشعب الشقيق دوام التقدم";
        let sim = jaccard(&crate::keys::sentence_words(s1), &crate::keys::sentence_words(s2));
        // Below the floor of undated records with agreeing parties (0.27).
        assert!(sim < 0.6 * p.undated_similarity, "{sim}");
        let a = visit(1, "CONSULT", "visit", "per.minister", s1);
        let b = visit(2, "CONSULT", "visit", "per.minister", s2);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one visit, both parties named alike: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // Off (the floor above the undated one): the word floor keeps them apart.
        let off = Params { undated_named_similarity: 1.0, ..p };
        assert_eq!(judge(&a, &b, &off), Ok(0.0));
        // Fewer shared words than the lower floor.
        let c = visit(3, "CONSULT", "visit", "per.minister", s3);
        assert!(jaccard(&a.words, &c.words) < p.undated_named_similarity);
        assert_eq!(judge(&a, &c, &p), Ok(0.0));
        // A generic actor (a group, not a named one), or no mode on either side.
        let generic = visit(4, "CONSULT", "visit", "grp.delegation", s2);
        assert_eq!(judge(&visit(5, "CONSULT", "visit", "grp.delegation", s1), &generic, &p), Ok(0.0));
        assert_eq!(
            judge(&visit(6, "CONSULT", "", "per.minister", s1), &visit(7, "CONSULT", "", "per.minister", s2), &p),
            Ok(0.0)
        );
        // A material type: the same parties strike again every day.
        let strike = |article: i64, sentence: &str| visit(article, "ASSAULT", "aerial", "org.air_force", sentence);
        assert_eq!(judge(&strike(8, s1), &strike(9, s2), &p), Ok(0.0));
    }

    /// dedup13: the lower word floor of undated reports naming both parties alike is 0.10 (a
    /// visit told in other words shares a tenth of its words), and an office id given two
    /// different countries (two states' foreign ministers) is not one party for it.
    #[test]
    fn undated_visits_named_alike_join_at_a_tenth_of_words_unless_countries_differ() {
        let p = Params::default();
        let visit = |article: i64, country: &str, actor: &str, sentence: &str| Sig {
            article,
            event_type: "CONSULT".into(),
            mode: Some("visit".into()),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            actor: ent(country, "GOV", Some(actor)),
            recipient: ent("IRN", "GOV", Some("state.irn")),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        // Our own sentences: one planned visit, told by two outlets in other words.
        let s1 = "يزور وزير الخارجية طهران الأسبوع المقبل لبحث العلاقات الاقتصادية بعد الاتفاق النووي";
        let s2 = "قال وزير الخارجية إن زيارته المرتقبة إلى طهران تفتح صفحة جديدة من التعاون بين البلدين";
        let sim = jaccard(&crate::keys::sentence_words(s1), &crate::keys::sentence_words(s2));
        assert!((0.10..0.15).contains(&sim), "{sim}");
        let a = visit(1, "FRA", "off.fm", s1);
        let b = visit(2, "FRA", "off.fm", s2);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one minister's visit: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // The dedup12 floor (0.15) kept them apart.
        assert_eq!(judge(&a, &b, &Params { undated_named_similarity: 0.15, ..p }), Ok(0.0));
        // Another state's foreign minister: the same office id, another person.
        let c = visit(3, "AUT", "off.fm", s2);
        assert_eq!(judge(&a, &c, &p), Ok(0.0));
        assert_eq!(judge(&c, &a, &p), Ok(0.0));
        // A country missing on one side does not disagree.
        let d = Sig {
            actor: Some(EntSig { country: None, sector: Some("GOV".into()), id: Some("off.fm".into()) }),
            ..b.clone()
        };
        assert!(judge(&a, &d, &p).expect("no veto") >= p.threshold);
    }

    /// dedup26: a state and a generic organ of its government (its foreign ministry) are one
    /// party in a statement or an act of diplomacy, so two undated reports of one recalled
    /// envoy, one naming the state and one its ministry, join as reports naming both parties
    /// alike; not for a material type, and not across two countries.
    #[test]
    fn a_state_and_its_ministry_are_one_party_outside_material_types() {
        let p = Params::default();
        let recall = |article: i64, actor: Option<EntSig>, sentence: &str| Sig {
            article,
            event_type: "SANCTION".into(),
            mode: Some("withdraw".into()),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            actor,
            recipient: ent("QAT", "GOV", Some("state.qat")),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        // Our own sentences: one recall of an envoy, told by two outlets in other words.
        let s1 = "سحبت الكويت مبعوثها من الدوحة احتجاجا على حملة إعلامية مسيئة";
        let s2 = "ذكرت وكالة الأنباء أن الخارجية الكويتية طلبت من مبعوثها في الدوحة العودة فورا للتشاور";
        let a = recall(1, ent("KWT", "GOV", Some("state.kwt")), s1);
        let b = recall(2, ent("KWT", "GOV", Some("grp.mofa")), s2);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one recall: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        let k = keys_of([&a, &b]);
        assert_eq!(actors_rel_key(&k[0], &k[1], PlaceRel::Unknown), (EntRel::Same, EntRel::Same));
        // Another state's ministry is another party.
        let c = recall(3, ent("OMN", "GOV", Some("grp.mofa")), s2);
        assert!(judge(&a, &c, &p).map_or(true, |s| s < p.threshold));
        // A material type keeps the state and its ministry only compatible.
        let (ma, mb) = (Sig { event_type: "COERCE".into(), ..a }, Sig { event_type: "COERCE".into(), ..b });
        let k = keys_of([&ma, &mb]);
        assert_eq!(actors_rel_key(&k[0], &k[1], PlaceRel::Unknown).0, EntRel::Compatible);
    }

    /// An undated occurred attack on Syrian civilians at `town`, with its weapon (none if empty),
    /// its toll and the dedup words of its sentence: the records of the dedup20/21 tests.
    fn undated_blast(town: &Option<PlaceSig>, article: i64, mode: &str, toll: u32, sentence: &str) -> Sig {
        Sig {
            article,
            event_type: "ASSAULT".into(),
            mode: (!mode.is_empty()).then(|| mode.to_string()),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            place: town.clone(),
            recipient: ent("SYR", "UNK", Some("grp.people_unspecified")),
            fatalities: Some(toll),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        }
    }

    /// dedup20: two undated reports of one bombing at one town, recalled in other words, join
    /// when both name the weapon and give the same toll of at least `undated_same_toll`;
    /// another toll, no weapon on one side, a small toll or the rule off keep the undated floors.
    #[test]
    fn undated_bombing_at_one_town_with_one_toll_joins_in_other_words() {
        let p = Params::default();
        let town = Some(place("Tell Abyad", "Raqqa", "SYR", Level::Place, Some((36.70, 38.95))));
        let blast =
            |article: i64, mode: &str, toll: u32, sentence: &str| undated_blast(&town, article, mode, toll, sentence);
        // Our own sentences: the first report of a market bombing and a later article recalling it.
        let s1 = "انفجرت شاحنة محملة بالمتفجرات وسط سوق الخضار في البلدة صباح الأحد وقتلت ستة وعشرين";
        let s2 = "تأتي الزيارة بعد أسبوعين من التفجير الانتحاري الذي أودى بحياة 26 متسوقا هناك";
        assert!(
            jaccard(&crate::keys::sentence_words(s1), &crate::keys::sentence_words(s2)) < 0.6 * p.undated_similarity
        );
        let a = blast(1, "explosives", 26, s1);
        let b = blast(2, "suicide-attack", 26, s2);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one bombing, one town, one toll: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // The rule off (and dedup21's, since one side names a suicide attack): the undated word
        // floor keeps them apart.
        assert_eq!(judge(&a, &b, &Params { undated_same_toll: 0, undated_suicide_toll: 0, ..p }), Ok(0.0));
        // Another toll (an early count), no weapon named on one side (a recalled battle), or a
        // toll below the floor.
        // (Both records name a bombing, not a suicide attack: dedup21's agreeing tolls do not apply.)
        assert_eq!(judge(&a, &blast(3, "explosives", 23, s2), &p), Ok(0.0));
        assert_eq!(judge(&a, &blast(4, "", 26, s2), &p), Ok(0.0));
        assert_eq!(judge(&blast(5, "explosives", 4, s1), &blast(6, "explosives", 4, s2), &p), Ok(0.0));
        // A dated record against an undated one still needs a copy of its words.
        let mut dated = blast(7, "explosives", 26, s1);
        (dated.day_lo, dated.day_hi, dated.precision) = day("2015-06-07");
        assert_eq!(judge(&dated, &b, &p), Ok(0.0));
    }

    /// dedup21: two undated reports of one suicide bombing at one town join when their tolls of at
    /// least `undated_suicide_toll` agree; no suicide attack named, no weapon, a small toll, a
    /// province or a dated side keep the undated floors.
    #[test]
    fn undated_suicide_bombing_at_one_town_joins_with_a_later_toll() {
        let p = Params::default();
        let town = Some(place("Qaryatayn", "Homs", "SYR", Level::Place, Some((34.23, 37.24))));
        let blast =
            |article: i64, mode: &str, toll: u32, sentence: &str| undated_blast(&town, article, mode, toll, sentence);
        // Our own sentences: an early report of a suicide bombing at a wedding and a later one
        // recalling it with a higher toll.
        let s1 = "فجر رجل حزامه الناسف داخل قاعة الأفراح في البلدة فقتل اثنين وعشرين من المدعوين";
        let s2 = "ارتفع عدد ضحايا الانفجار الذي ضرب العرس الأسبوع الماضي إلى 29 قتيلا";
        assert!(jaccard(&crate::keys::sentence_words(s1), &crate::keys::sentence_words(s2)) < p.min_similarity);
        let a = blast(1, "suicide-attack", 22, s1);
        let b = blast(2, "explosives", 29, s2);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one suicide bombing, one town, agreeing tolls: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // The rule off: the undated word floor keeps them apart.
        assert_eq!(judge(&a, &b, &Params { undated_suicide_toll: 0, ..p }), Ok(0.0));
        // Neither names a suicide attack, one names no weapon, or one toll is below the floor.
        assert_eq!(judge(&blast(3, "explosives", 22, s1), &b, &p), Ok(0.0));
        assert_eq!(judge(&a, &blast(4, "", 29, s2), &p), Ok(0.0));
        assert_eq!(judge(&a, &blast(5, "explosives", 12, s2), &p), Ok(0.0));
        // Tolls the fatalities veto rejects stay apart.
        assert_eq!(judge(&a, &blast(6, "explosives", 90, s2), &p), Err("fatalities"));
        // At the province, not one town, or with one record dated: no join.
        let mut wide = blast(7, "explosives", 29, s2);
        wide.place = Some(place("Homs", "Homs", "SYR", Level::Admin1, None));
        assert_eq!(judge(&a, &wide, &p), Ok(0.0));
        let mut dated = blast(8, "explosives", 29, s2);
        (dated.day_lo, dated.day_hi, dated.precision) = day("2015-08-05");
        assert_eq!(judge(&a, &dated, &p), Ok(0.0));
    }

    /// dedup34: a toll the sentence calls preliminary («حصيلة أولية») is a lower bound: an undated
    /// first report of a suicide bombing with a small first count joins a later report of it at
    /// the same town with a toll the fatalities veto would reject; a toll not called preliminary,
    /// a preliminary toll above the other's, a toll noun or adjective alone, or the rule off stay
    /// apart.
    #[test]
    fn a_preliminary_toll_is_a_lower_bound_for_a_later_report() {
        let p = Params::default();
        let town = Some(place("Tell Abyad", "Raqqa", "SYR", Level::Place, Some((36.70, 38.95))));
        let blast =
            |article: i64, mode: &str, toll: u32, sentence: &str| undated_blast(&town, article, mode, toll, sentence);
        // Our own sentences: a first count given as preliminary, and a later report.
        let first = "وقال مسؤول محلي إن الحصيلة الأولية للانفجار بلغت سبعة قتلى وعشرات الجرحى";
        let later = "فجر انتحاري حزامه الناسف وسط حشد من المصلين في البلدة فقتل 31 شخصا";
        assert!(preliminary_toll(&crate::keys::sentence_words(first)));
        assert!(preliminary_toll(&crate::keys::sentence_words("بحصيلة مبدئية من القتلى")));
        assert!(!preliminary_toll(&crate::keys::sentence_words(later)));
        let a = blast(1, "explosives", 7, first);
        let b = blast(2, "suicide-attack", 31, later);
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "a first count and the later toll of one bombing: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // The rule off: 7 against 31 is a fatalities conflict.
        let off = Params { preliminary_toll: false, ..p };
        assert_eq!(judge(&a, &b, &off), Err("fatalities"));
        // A count not called preliminary (an adjective without a toll noun, or a toll noun
        // without one), or a preliminary count larger than the other toll.
        let plain = "قال مسؤول محلي إن التحقيقات الأولية تشير إلى سبعة قتلى";
        assert!(!preliminary_toll(&crate::keys::sentence_words(plain)));
        assert_eq!(judge(&blast(3, "explosives", 7, plain), &b, &p), Err("fatalities"));
        let noun = "قال مسؤول محلي إن حصيلة الانفجار بلغت سبعة قتلى";
        assert_eq!(judge(&blast(4, "explosives", 7, noun), &b, &p), Err("fatalities"));
        assert_eq!(judge(&blast(5, "explosives", 95, first), &b, &p), Err("fatalities"));
    }

    /// dedup35: a short lead retold the next day with a long clause inserted shares little of the
    /// whole (Jaccard) but most of the lead's words; scored by the contained share it joins, and
    /// with the rule off it stays under the threshold. A short formula in a long sentence of
    /// another matter, undated records, a speaker of another country, a meeting and a placed pair
    /// are left alone.
    #[test]
    fn a_short_lead_retold_with_a_clause_inserted_scores_by_its_contained_words() {
        let p = Params::default();
        let appeal = |article: i64, date: &str, country: &str, sentence: &str| Sig {
            article,
            event_type: "REQUEST".into(),
            actor: ent(country, "CVL", Some("grp.civilians")),
            words: crate::keys::sentence_words(sentence),
            ..sig(article, "REQUEST", date)
        };
        // Our own sentences: one outlet's short lead, and another's the next day with a clause
        // inserted (who the journalist is, who threatened him).
        let s1 = "ومن بيروت ناشدت والدة الصحفي المخطوف خاطفيه إطلاق سراحه فورا";
        let s2 = "ناشدت والدة الصحفي اللبناني المخطوف منذ شهرين في ريف المدينة الشمالي والذي هددت جماعة مسلحة مجهولة بقتله إن لم تدفع أسرته فدية خاطفيه إطلاق سراحه فورا";
        let (a, b) = (appeal(1, "2024-03-05", "LBN", s1), appeal(2, "2024-03-06", "LBN", s2));
        let sim = jaccard(&a.words, &b.words);
        let c = containment(&a.words, &b.words, &p);
        assert!(sim >= p.contained_jaccard && sim < 0.5, "a retelling: {sim}");
        assert!(c >= p.contained_similarity, "the lead is in the retelling: {c}");
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one appeal: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // Without the rule the Jaccard share, a day apart, stays under the threshold.
        let off = Params { contained_similarity: 0.0, ..p };
        let base = judge(&a, &b, &off);
        assert!(base.is_ok_and(|x| x < off.threshold), "{base:?} {sim} {c}");
        // A short formula contained in a long sentence of another matter shares too little of
        // the whole (Jaccard) and stays apart.
        let formula =
            appeal(3, "2024-03-05", "LBN", "وتحرر عن ذلك محضر بالواقعة وجار العرض على النيابة العامة للتحقيق");
        let long = appeal(
            4,
            "2024-03-05",
            "LBN",
            "وبتفتيش السيارة عند الكمين المقام على مدخل القرية الشرقي عثر رجال الشرطة على كمية كبيرة من الأقراص المخدرة وسلاح أبيض ومبلغ مالي وبمواجهة السائق اعترف بحيازتها بقصد الاتجار وتحرر عن ذلك محضر بالواقعة وجار العرض على النيابة العامة للتحقيق",
        );
        assert!(containment(&formula.words, &long.words, &p) >= p.contained_similarity);
        assert!(jaccard(&formula.words, &long.words) < p.contained_jaccard);
        assert!(judge(&formula, &long, &p).map_or(true, |x| x < p.threshold));
        // Undated records, a speaker of another country, a meeting, and a placed pair are left alone.
        let (ua, ub) = (
            Sig { day_lo: None, day_hi: None, precision: None, ..a.clone() },
            Sig { day_lo: None, day_hi: None, precision: None, ..b.clone() },
        );
        assert!(judge(&ua, &ub, &p).map_or(true, |x| x < p.threshold));
        let d = appeal(5, "2024-03-06", "SYR", s2);
        assert!(judge(&a, &d, &p).map_or(true, |x| x < p.threshold));
        let meet = |x: &Sig| Sig { event_type: "CONSULT".into(), ..x.clone() };
        assert!(judge(&meet(&a), &meet(&b), &p).is_ok_and(|x| x < p.threshold));
        let beirut = Some(place("Beirut", "Beirut", "LBN", Level::Place, None));
        let placed = |x: &Sig| Sig { place: beirut.clone(), ..x.clone() };
        assert_eq!(judge(&placed(&a), &placed(&b), &off), judge(&placed(&a), &placed(&b), &p));
        // The pre-check decides alike.
        let mut i = Interner::default();
        let (ka, kb) = (Keyed::new(a.clone(), &mut i), Keyed::new(b.clone(), &mut i));
        assert!(passes_keyed(&kb, &[ka.pair()], &p));
        assert!(!passes_keyed(&kb, &[ka.pair()], &off));
    }

    /// dedup36: the contained share only decides for a record that reaches no event without it.
    /// A retelling with nothing else to join joins the lead's event; a copy whose own event
    /// reaches the threshold by its Jaccard share stays there even where the contained share
    /// scores another event higher; and two events are never merged by the contained share.
    #[test]
    fn a_contained_lead_joins_only_a_record_with_no_other_event() {
        let p = Params::default();
        let off = p.without_containment();
        let appeal = |article: i64, date: &str, sentence: &str| Sig {
            article,
            event_type: "REQUEST".into(),
            actor: ent("LBN", "CVL", Some("grp.civilians")),
            words: crate::keys::sentence_words(sentence),
            ..sig(article, "REQUEST", date)
        };
        // Our own sentences: a short lead, its retelling with a clause put in, and a second
        // outlet's copy of the retelling with two words changed.
        let lead = appeal(1, "2024-03-05", "ومن بيروت ناشدت والدة الصحفي المخطوف خاطفيه إطلاق سراحه فورا");
        let retold = "ناشدت والدة الصحفي اللبناني المخطوف منذ شهرين في ريف المدينة الشمالي والذي هددت جماعة مسلحة مجهولة بقتله إن لم تدفع أسرته فدية خاطفيه إطلاق سراحه فورا";
        let retelling = appeal(2, "2024-03-06", retold);
        let copied = format!("ومن بيروت {}", retold.replace("شهرين", "أسابيع").replace("مجهولة", "ملثمة"));
        let copy = appeal(3, "2024-03-05", &copied);
        // The retelling reaches the lead only by its contained share, and joins it (no other event).
        let (r_off, r_on) = (judge(&retelling, &lead, &off), judge(&retelling, &lead, &p));
        assert!(r_off.is_ok_and(|x| x < p.threshold), "{r_off:?}");
        assert!(r_on.is_ok_and(|x| x >= p.threshold), "{r_on:?}");
        assert_eq!(best_event(&retelling, &[(1, vec![lead.clone()])], &p), Some(1));
        assert_eq!(best_event(&retelling, &[(1, vec![lead.clone()])], &off), None);
        // The copy reaches its sibling's event by its Jaccard share; the contained share would
        // score the lead's event higher (dedup35 moved it there), but the copy stays.
        let a = judge(&copy, &lead, &p).expect("no veto");
        let b = judge(&copy, &retelling, &off).expect("no veto");
        assert!(b >= p.threshold && a > b, "lead {a} sibling {b} (lead off {:?})", judge(&copy, &lead, &off));
        let cands = vec![(1, vec![lead.clone()]), (2, vec![retelling.clone()])];
        assert_eq!(best_event(&copy, &cands, &p), Some(2));
        // Nor are the two events merged by the contained share when the copy joins one.
        assert!(merge_candidates(&copy, &cands, 2, &p).is_empty());
        // Off, nothing changes from the plain scores.
        assert_eq!(best_event(&copy, &cands, &off), Some(2));
    }

    /// dedup27: one appeal of one day told by two outlets that give no place, with a generic
    /// speaker of one country and a good share of words, scores the place as a country alone
    /// and joins; fewer shared words, a speaker of another country, a meeting or the rule off
    /// stay apart.
    #[test]
    fn an_unplaced_appeal_retold_in_shared_words_joins_without_a_place() {
        let p = Params::default();
        let appeal = |article: i64, country: &str, sentence: &str| Sig {
            article,
            event_type: "REQUEST".into(),
            actor: ent(country, "CVL", Some("grp.civilians")),
            words: crate::keys::sentence_words(sentence),
            ..sig(article, "REQUEST", "2024-03-05")
        };
        // Our own sentences: a mother's appeal for her kidnapped son, in two outlets' words.
        let s1 = "ناشدت والدة الصحفي المخطوف الجماعة المسلحة الإفراج عن ابنها دون شروط";
        let s2 = "في بيان ناشدت والدة الصحفي خاطفيه الإفراج عن ابنها والسماح له بالعودة";
        let (a, b) = (appeal(1, "LBN", s1), appeal(2, "LBN", s2));
        let sim = jaccard(&a.words, &b.words);
        assert!((p.unplaced_similarity..0.4375).contains(&sim), "a paraphrase: {sim}");
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one appeal: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // Without the rule the words, the day and the speaker alone stay under the threshold.
        let off = Params { unplaced_similarity: 0.0, ..p };
        assert!(judge(&a, &b, &off).is_ok_and(|x| x < off.threshold));
        // A sentence sharing fewer words, or a speaker of another country, stays apart.
        let c = appeal(3, "LBN", "قالت الأسرة إن والدة الصحفي تنتظر أي خبر عن ابنها منذ أسابيع طويلة");
        assert!(jaccard(&a.words, &c.words) < p.unplaced_similarity);
        assert!(judge(&a, &c, &p).map_or(true, |x| x < p.threshold));
        let d = appeal(4, "SYR", s2);
        assert!(judge(&a, &d, &p).map_or(true, |x| x < p.threshold));
        // Meetings are left out: one host's receptions of different guests share their template.
        let meet = |x: &Sig| Sig { event_type: "CONSULT".into(), ..x.clone() };
        assert!(judge(&meet(&a), &meet(&b), &p).is_ok_and(|x| x < p.threshold));
    }

    /// dedup30: two undated reports of one deadly attack at one town with one toll, whose victims
    /// agree and of which one names no attacker, pass the undated floor of agreeing parties; another
    /// toll, a province, no recipient on one side, a dated side, a non-material type or the rule
    /// off keep the undated floor.
    #[test]
    fn undated_attack_told_without_its_attackers_joins_at_one_town_with_one_toll() {
        let p = Params::default();
        let town = Some(place("Beit Ummar", "Hebron", "PSE", Level::Place, Some((31.62, 35.10))));
        let arson = |article: i64, actor: Option<EntSig>, toll: u32, sentence: &str| Sig {
            article,
            event_type: "ASSAULT".into(),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            place: town.clone(),
            actor,
            recipient: ent("PSE", "CVL", Some("grp.children")),
            fatalities: Some(toll),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        // Our own sentences: one arson told with its attackers and from the victims' side alone.
        let s1 = "أضرم مسلحون النار في منزل عائلة في البلدة ليلا فقتل طفل رضيع وأصيب والده بحروق خطيرة";
        let s2 = "توفي طفل رضيع وأصيب والده بحروق خطيرة في حريق شب في منزل العائلة فجر اليوم";
        let a = arson(1, ent("ISR", "CVL", Some("grp.settlers")), 1, s1);
        let b = arson(2, None, 1, s2);
        let sim = jaccard(&a.words, &b.words);
        assert!((0.6 * p.undated_similarity..p.undated_similarity).contains(&sim), "{sim}");
        let s = judge(&a, &b, &p).expect("no veto");
        assert!(s >= p.threshold, "one arson, one town, one toll: {s}");
        assert_eq!(judge(&b, &a, &p), Ok(s), "symmetric");
        // The rule off: the undated word floor keeps them apart.
        assert_eq!(judge(&a, &b, &Params { undated_victim_side: false, ..p }), Ok(0.0));
        // Another toll, or no toll.
        assert_eq!(judge(&a, &arson(3, None, 2, s2), &p), Ok(0.0));
        assert_eq!(judge(&a, &Sig { fatalities: None, ..b.clone() }, &p), Ok(0.0));
        // At a province, not one town.
        let wide = Some(place("Hebron", "Hebron", "PSE", Level::Admin1, None));
        let (wa, wb) = (Sig { place: wide.clone(), ..a.clone() }, Sig { place: wide, ..b.clone() });
        assert_eq!(judge(&wa, &wb, &p), Ok(0.0));
        // No victims named on the side without attackers: nothing agrees but the place.
        assert_eq!(judge(&a, &Sig { recipient: None, ..b.clone() }, &p), Ok(0.0));
        // A dated side still needs a copy of its words.
        let mut dated = b.clone();
        (dated.day_lo, dated.day_hi, dated.precision) = day("2024-07-31");
        assert_eq!(judge(&a, &dated, &p), Ok(0.0));
        // A statement is not a material happening.
        let say = |x: &Sig| Sig { event_type: "ACCUSE".into(), ..x.clone() };
        assert_eq!(judge(&say(&a), &say(&b), &p), Ok(0.0));
    }

    /// dedup37: an undated attack report that names its weekday meets a dated report of that day
    /// at one town, by one attacker id, with one toll, although they share few words (our own
    /// sentences). Without the weekday, with a weekday two days off, another toll, another
    /// attacker, at a province, or with the rule off, the copy floor keeps them apart.
    #[test]
    fn undated_attack_naming_its_weekday_joins_a_dated_report_of_that_day() {
        let p = Params::default();
        let town = Some(place("Beit Ummar", "Hebron", "PSE", Level::Place, Some((31.62, 35.10))));
        let settlers = ent("ISR", "CVL", Some("grp.settlers"));
        let attack = |article: i64, toll: u32, sentence: &str| Sig {
            article,
            event_type: "ASSAULT".into(),
            status: Some(Status::Occurred),
            precision: Some(DatePrecision::Unknown),
            place: town.clone(),
            actor: settlers.clone(),
            fatalities: Some(toll),
            words: crate::keys::sentence_words(sentence),
            ..Default::default()
        };
        let s1 = "هاجم مستوطنون فجر الأربعاء منزلا في أطراف القرية بالزجاجات الحارقة فاحترق رجل مسن حتى الموت";
        let s2 = "قالت مصادر محلية إن رجلا في السبعين من عمره لقي حتفه بعد أن رمى مستوطنون زجاجات مشتعلة على بيته";
        let undated = attack(1, 1, s1);
        let mut dated = attack(2, 1, s2);
        // 2024-07-31 was a Wednesday (bit 4: Saturday is 0).
        (dated.day_lo, dated.day_hi, dated.precision) = day("2024-07-31");
        assert_eq!(weekday(dated.day_lo.unwrap()), 4);
        assert!(jaccard(&undated.words, &dated.words) < 0.2);
        let s = judge(&undated, &dated, &p).expect("no veto");
        assert!(s >= p.threshold, "one attack on its weekday: {s}");
        assert_eq!(judge(&dated, &undated, &p), Ok(s), "symmetric");
        assert!(passes(&dated, std::slice::from_ref(&undated), &p));
        // The rule off: the copy floor.
        assert_eq!(judge(&undated, &dated, &Params { undated_dated_weekday: false, ..p }), Ok(0.0));
        // No weekday named: no bound in time.
        let no_day = attack(3, 1, "هاجم مستوطنون منزلا في أطراف القرية بالزجاجات الحارقة فاحترق رجل مسن حتى الموت");
        assert_eq!(judge(&no_day, &dated, &p), Ok(0.0));
        // A weekday two days from the dated day (Friday against Wednesday).
        let friday = attack(4, 1, &s1.replace("الأربعاء", "الجمعة"));
        assert_eq!(judge(&friday, &dated, &p), Ok(0.0));
        // The day before is within the day's tolerance (Tuesday night told on Wednesday).
        let tuesday = attack(5, 1, &s1.replace("الأربعاء", "الثلاثاء"));
        assert!(judge(&tuesday, &dated, &p).unwrap() >= p.threshold);
        // Another toll, another attacker, a province.
        assert_eq!(judge(&attack(6, 2, s1), &dated, &p), Ok(0.0));
        let gunmen = Sig { actor: ent("ISR", "CVL", Some("grp.gunmen")), ..undated.clone() };
        assert_eq!(judge(&gunmen, &dated, &p), Ok(0.0));
        let wide = Some(place("Hebron", "Hebron", "PSE", Level::Admin1, None));
        let (wu, wd) = (Sig { place: wide.clone(), ..undated.clone() }, Sig { place: wide, ..dated.clone() });
        assert_eq!(judge(&wu, &wd, &p), Ok(0.0));
        // Two towns within `near_km` of each other meet (a report placed at the nearby town or
        // at a place-level area around it).
        let near = Some(place("Halhul", "Hebron", "PSE", Level::Place, Some((31.58, 35.10))));
        assert_eq!(place_rel(near.as_ref(), town.as_ref(), &p), PlaceRel::Nested);
        assert!(judge(&Sig { place: near, ..undated.clone() }, &dated, &p).is_ok_and(|s| s > 0.0));
        // «أحد» ("one of") and «اثنين» ("two") are not Sunday and Monday (fix59a): an undated
        // report naming no day, against reports dated to a Monday and a Tuesday.
        let one_of = attack(7, 1, "أحرق مستوطنون منزل أحد سكان القرية بالزجاجات الحارقة فاحترق رجل مسن حتى الموت");
        assert_eq!(weekdays(&one_of.words), 0);
        let two = "هاجم مستوطنون اثنين من سكان القرية بالزجاجات الحارقة فاحترق رجل مسن حتى الموت";
        assert_eq!(weekdays(&crate::keys::sentence_words(two)), 0);
        let mut monday = dated.clone();
        (monday.day_lo, monday.day_hi, monday.precision) = day("2024-07-29");
        assert_eq!(weekday(monday.day_lo.unwrap()), 2);
        assert_eq!(judge(&one_of, &monday, &p), Ok(0.0));
    }
}
