//! Scoring of coded event records against hand-coded gold (`ahdath eval`).
//!
//! Gold is JSON Lines, one article a line: `{"id", "events": [records], "notes"}` (see
//! `corpus/dev-gold.jsonl`); the system output is JSON Lines of SPEC §2 records. Both are parsed
//! leniently into [`Event`] (unknown fields ignored, missing or mistyped optional fields read as
//! null), so partial gold and older outputs can still be scored.
//!
//! **Matching.** Within each gold article, a gold event and a system record are *compatible* when
//! their `event_type` is equal, their location countries do not contradict (both known and
//! different) and their dates do not contradict (both known and different at the coarser of the
//! two precisions: `2013-03` and `2013-03-07` agree, `2013-03-07` and `2013-03-08` do not). Among
//! compatible pairs a one-to-one assignment is chosen that first maximises the number of pairs
//! and then their total [`pair_score`] (same sentence, trigger, mode, status, actor and recipient
//! countries), by the Hungarian method. Matched pairs are true positives; unmatched gold events
//! are false negatives, unmatched system records false positives.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::BufRead;

use ahdath_record::EVENT_TYPES;
use serde_json::{json, Map, Value};

/// Event types whose actor and recipient may be given in either order (SPEC §4).
pub const SYMMETRIC_TYPES: [&str; 3] = ["AGREE", "CONSULT", "COOPERATE"];

/// An actor or recipient, as far as scoring needs it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Party {
    pub name: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// A location, as far as scoring needs it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub name: Option<String>,
    pub admin1: Option<String>,
    pub country: Option<String>,
    /// The kind of place (`city`, `admin1`, …), where the file says.
    pub feature: Option<String>,
    /// Coordinates, when the event file gives both.
    pub point: Option<(Coord, Coord)>,
}

/// A latitude or longitude in degrees, compared bitwise so [`Location`] stays `Eq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coord(u64);

impl Coord {
    pub fn new(deg: f64) -> Coord {
        Coord(deg.to_bits())
    }
    pub fn deg(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// One event, gold or system, read leniently: every field but `event_type` may be absent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Event {
    pub event_type: String,
    pub mode: Option<String>,
    pub status: Option<String>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub actor: Option<Party>,
    pub recipient: Option<Party>,
    pub location: Option<Location>,
    pub fatalities: Option<i64>,
    pub injuries: Option<i64>,
    pub trigger: Option<String>,
    /// Gold: `sentence`; system: `evidence.sentence` (or `sentence` if there is no evidence).
    pub sentence: Option<String>,
}

/// One gold article: its id, its hand-coded events and the annotator's notes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldArticle {
    pub id: String,
    pub events: Vec<Event>,
    pub notes: Option<String>,
}

/// One system record: the article it was read from, its record id and the event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SysRecord {
    pub article_id: String,
    pub id: Option<String>,
    pub event: Event,
}

/// Which gold articles to score.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Restrict the evaluation to these article ids (a split); `None` scores the whole gold.
    pub only_ids: Option<HashSet<String>>,
}

/// A parse error in a gold or system file, with its 1-based line number.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("line {line}: {message}")]
    Parse { line: usize, message: String },
    #[error("line {line}: {source}")]
    Io {
        line: usize,
        #[source]
        source: std::io::Error,
    },
}

// ---------------------------------------------------------------------------------------------
// Parsing

fn opt_str(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

fn opt_int(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Number(n)) => n.as_i64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)),
        _ => None,
    }
}

/// A string or integer id.
fn id_of(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

fn party(v: Option<&Value>) -> Option<Party> {
    let obj = v?.as_object()?;
    Some(Party {
        name: opt_str(obj.get("name")),
        country: opt_str(obj.get("country")),
        sector: opt_str(obj.get("sector")),
    })
}

fn location(v: Option<&Value>) -> Option<Location> {
    let obj = v?.as_object()?;
    Some(Location {
        name: opt_str(obj.get("name")),
        admin1: opt_str(obj.get("admin1")),
        country: opt_str(obj.get("country")),
        feature: opt_str(obj.get("feature")),
        point: match (obj.get("lat").and_then(Value::as_f64), obj.get("lon").and_then(Value::as_f64)) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Some((Coord::new(lat), Coord::new(lon)))
            }
            _ => None,
        },
    })
}

impl Event {
    /// Read an event from a JSON object (a gold event or a SPEC §2 record). Only `event_type` is
    /// required; other fields of the wrong type are read as null.
    pub fn from_value(value: &Value) -> Result<Event, String> {
        let obj = value.as_object().ok_or("an event must be a JSON object")?;
        let event_type = opt_str(obj.get("event_type")).ok_or("missing `event_type`")?;
        let evidence_sentence = obj.get("evidence").and_then(Value::as_object).and_then(|e| opt_str(e.get("sentence")));
        Ok(Event {
            event_type,
            mode: opt_str(obj.get("mode")),
            status: opt_str(obj.get("status")),
            date: opt_str(obj.get("date")),
            date_precision: opt_str(obj.get("date_precision")),
            actor: party(obj.get("actor")),
            recipient: party(obj.get("recipient")),
            location: location(obj.get("location")),
            fatalities: opt_int(obj.get("fatalities")),
            injuries: opt_int(obj.get("injuries")),
            trigger: opt_str(obj.get("trigger")),
            sentence: evidence_sentence.or_else(|| opt_str(obj.get("sentence"))),
        })
    }
}

/// Call `f` on each non-blank line parsed as a JSON object, with its 1-based number.
fn for_each_object<R: BufRead>(
    mut reader: R,
    mut f: impl FnMut(usize, Map<String, Value>) -> Result<(), String>,
) -> Result<(), EvalError> {
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        line += 1;
        let n = reader.read_until(b'\n', &mut buf).map_err(|source| EvalError::Io { line, source })?;
        if n == 0 {
            return Ok(());
        }
        let text = std::str::from_utf8(&buf).map_err(|_| EvalError::Parse { line, message: "invalid UTF-8".into() })?;
        let text = text.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(text).map_err(|e| EvalError::Parse { line, message: format!("not JSON: {e}") })?;
        let Value::Object(obj) = value else {
            return Err(EvalError::Parse { line, message: "expected a JSON object".into() });
        };
        f(line, obj).map_err(|message| EvalError::Parse { line, message })?;
    }
}

/// Parse a gold file: JSON Lines of `{"id", "events": [...], "notes"}`. Blank lines are skipped;
/// a malformed line, an event without `event_type` or a repeated article id is an error naming
/// the line.
pub fn parse_gold<R: BufRead>(reader: R) -> Result<Vec<GoldArticle>, EvalError> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for_each_object(reader, |_, obj| {
        let id = id_of(obj.get("id")).ok_or("missing or invalid `id`")?;
        if !ids.insert(id.clone()) {
            return Err(format!("duplicate gold article `{id}`"));
        }
        let events = match obj.get("events") {
            Some(Value::Array(events)) => events
                .iter()
                .enumerate()
                .map(|(i, e)| Event::from_value(e).map_err(|m| format!("event {}: {m}", i + 1)))
                .collect::<Result<Vec<_>, _>>()?,
            Some(Value::Null) | None => Vec::new(),
            Some(_) => return Err("`events` must be an array".into()),
        };
        out.push(GoldArticle { id, events, notes: opt_str(obj.get("notes")) });
        Ok(())
    })?;
    Ok(out)
}

/// Parse a system file: JSON Lines of SPEC §2 records. `article_id` and `event_type` are
/// required; everything else is read leniently.
pub fn parse_system<R: BufRead>(reader: R) -> Result<Vec<SysRecord>, EvalError> {
    let mut out = Vec::new();
    for_each_object(reader, |_, obj| {
        let article_id = id_of(obj.get("article_id")).ok_or("missing or invalid `article_id`")?;
        let event = Event::from_value(&Value::Object(obj.clone()))?;
        out.push(SysRecord { article_id, id: opt_str(obj.get("id")), event });
        Ok(())
    })?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Comparison rules

fn eq_ci(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.to_lowercase() == b.to_lowercase(),
        (None, None) => true,
        _ => false,
    }
}

/// Words that name the kind of division, not the division ("Diyala Governorate" = "Diyala").
const ADMIN_WORDS: [&str; 12] = [
    "governorate",
    "district",
    "province",
    "region",
    "state",
    "wilayat",
    "wilaya",
    "muhafazat",
    "prefecture",
    "county",
    "emirate",
    "municipality",
];

/// A loose key for an English division name: case, accents, the kind word ("Governorate"), the
/// article ("Al-", "Ad ") and punctuation are ignored, so that gazetteers' conventions
/// ("Al-Raqqah", "Raqqa Governorate") do not count as errors.
pub fn admin_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Decompose and drop combining marks: "Diyālá", "Muḩāfaz̧at" lose their accents.
    let folded: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .filter(|w| {
            !ADMIN_WORDS.contains(w)
                && !matches!(*w, "al" | "el" | "ad" | "as" | "ar" | "an" | "az" | "ash" | "at" | "of" | "the")
        })
        .collect::<Vec<_>>()
        .concat()
}

/// Two admin1 names agree when their [`admin_key`]s are equal or one starts the other with at
/// least four letters ("Ramallah" / "Ramallah and al-Bireh"); null agrees only with null.
fn same_admin(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (a, b) = (admin_key(a), admin_key(b));
            let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
            a == b || (short.chars().count() >= 4 && long.starts_with(short.as_str()))
        }
        _ => false,
    }
}

/// The name of a place without the qualifier a gold annotator may add after it: a bracket
/// ("Manama (nearby roads)", "Ittihadiya Palace (Heliopolis)") or a comma and the containing
/// place ("Ittihadiya Palace, Cairo").
fn name_head(name: &str) -> &str {
    name.split(['(', ',']).next().unwrap_or(name).trim()
}

/// Two place names agree when their [`admin_key`]s are equal ("Matrouh Governorate" / "Matrouh",
/// "Ma'rib" / "Marib", "Deir ez-Zor" / "Deir ez Zor"), or the names before any qualifier do
/// ("Ittihadiya Palace, Cairo" / "Ittihadiya Palace (Heliopolis)"). A division's name does not
/// match a settlement of the same name: when one name carries a division word ("Marib
/// Governorate") and the other record says it is a city, town or village, they differ. A venue
/// inside a city ("Martyrs Square, Suez") never matches the city ("Suez"). Null agrees only with
/// null.
pub fn same_place_name(a: Option<&str>, b: Option<&str>, features: [Option<&str>; 2]) -> bool {
    let (a, b) = match (a, b) {
        (None, None) => return true,
        (Some(a), Some(b)) => (a, b),
        _ => return false,
    };
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let settlement = |f: Option<&str>| matches!(f, Some("city" | "town" | "village"));
    let division_word =
        |n: &str| n.split(|c: char| !c.is_alphanumeric()).any(|w| ADMIN_WORDS.contains(&w.to_lowercase().as_str()));
    if (division_word(a) && settlement(features[1])) || (division_word(b) && settlement(features[0])) {
        return false;
    }
    let (ka, kb) = (admin_key(a), admin_key(b));
    if !ka.is_empty() && ka == kb {
        return true;
    }
    let (ha, hb) = (admin_key(name_head(a)), admin_key(name_head(b)));
    ha.chars().count() >= 4 && ha == hb
}

/// Great-circle distance in km between two points in degrees (the record crate's formula).
pub use ahdath_record::haversine_km;

fn both_eq_ci(a: Option<&String>, b: Option<&String>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.to_lowercase() == b.to_lowercase())
}

/// Whether two dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) overlap: they agree on every component
/// the coarser of them has. An unknown date overlaps everything.
pub fn dates_overlap(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return true };
    // Keep only the date part of an RFC 3339 time-stamp.
    let a = a.get(..10).filter(|_| a.len() > 10 && a.as_bytes()[10] == b'T').unwrap_or(a);
    let b = b.get(..10).filter(|_| b.len() > 10 && b.as_bytes()[10] == b'T').unwrap_or(b);
    a.trim().split('-').zip(b.trim().split('-')).all(|(x, y)| x == y)
}

fn loc_country(e: &Event) -> Option<&String> {
    e.location.as_ref().and_then(|l| l.country.as_ref())
}

/// Whether a gold event and a system record may be matched: same type, no contradiction on
/// location country or date.
pub fn compatible(gold: &Event, sys: &Event) -> bool {
    if gold.event_type != sys.event_type {
        return false;
    }
    if let (Some(a), Some(b)) = (loc_country(gold), loc_country(sys)) {
        if !a.eq_ignore_ascii_case(b) {
            return false;
        }
    }
    dates_overlap(gold.date.as_deref(), sys.date.as_deref())
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Similarity of two sentences in [0, 1]: 1 when equal up to whitespace, 0.8 when one contains
/// the other (a sentence split differently), otherwise 0.8 × the Jaccard overlap of their words.
pub fn sentence_similarity(a: Option<&str>, b: Option<&str>) -> f64 {
    let (Some(a), Some(b)) = (a, b) else { return 0.0 };
    let (a, b) = (normalize(a), normalize(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    if a.contains(&b) || b.contains(&a) {
        return 0.8;
    }
    let wa: HashSet<&str> = a.split(' ').collect();
    let wb: HashSet<&str> = b.split(' ').collect();
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count() as f64;
    0.8 * inter / union
}

fn trigger_similarity(a: Option<&str>, b: Option<&str>) -> f64 {
    let (Some(a), Some(b)) = (a, b) else { return 0.0 };
    let (a, b) = (normalize(a), normalize(b));
    if a.is_empty() || b.is_empty() {
        0.0
    } else if a == b {
        1.0
    } else if a.contains(&b) || b.contains(&a) {
        0.7
    } else if a.split(' ').any(|w| b.split(' ').any(|v| v == w)) {
        0.4
    } else {
        0.0
    }
}

fn party_country(p: &Option<Party>) -> Option<&String> {
    p.as_ref().and_then(|p| p.country.as_ref())
}

/// How well a compatible pair agrees, used to choose among possible matches (higher is better):
/// sentence similarity (weight 4), trigger similarity (1), equal mode (1), equal status (1),
/// equal known actor and recipient countries (1 each, either order for symmetric types), equal
/// known date, location country and location name ([`same_place_name`]) (0.5 each).
pub fn pair_score(gold: &Event, sys: &Event) -> f64 {
    let mut score = 4.0 * sentence_similarity(gold.sentence.as_deref(), sys.sentence.as_deref());
    score += trigger_similarity(gold.trigger.as_deref(), sys.trigger.as_deref());
    if eq_ci(&gold.mode, &sys.mode) {
        score += 1.0;
    }
    if gold.status.is_some() && eq_ci(&gold.status, &sys.status) {
        score += 1.0;
    }
    let parties = |swap: bool| {
        let (sa, sr) = if swap { (&sys.recipient, &sys.actor) } else { (&sys.actor, &sys.recipient) };
        let a = both_eq_ci(party_country(&gold.actor), party_country(sa)) as u8;
        let r = both_eq_ci(party_country(&gold.recipient), party_country(sr)) as u8;
        f64::from(a + r)
    };
    score += if SYMMETRIC_TYPES.contains(&gold.event_type.as_str()) {
        parties(false).max(parties(true))
    } else {
        parties(false)
    };
    if both_eq_ci(gold.date.as_ref(), sys.date.as_ref()) {
        score += 0.5;
    }
    if both_eq_ci(loc_country(gold), loc_country(sys)) {
        score += 0.5;
    }
    // Copies of one event in several places ("مظاهرات في عالي وسلماباد") differ only here.
    let name = |e: &Event| e.location.as_ref().and_then(|l| l.name.clone());
    let feature = |e: &Event| e.location.as_ref().and_then(|l| l.feature.clone());
    let (gn, sn) = (name(gold), name(sys));
    if gn.is_some()
        && sn.is_some()
        && same_place_name(gn.as_deref(), sn.as_deref(), [feature(gold).as_deref(), feature(sys).as_deref()])
    {
        score += 0.5;
    }
    score
}

/// Minimum-cost assignment of rows to columns (rows ≤ columns), Hungarian method in O(n²m).
/// Returns the column of each row.
fn hungarian(cost: &[Vec<i64>]) -> Vec<usize> {
    let n = cost.len();
    let m = cost.first().map_or(0, Vec::len);
    debug_assert!(n <= m);
    let inf = i64::MAX / 4;
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut assignment = vec![usize::MAX; n];
    for j in 1..=m {
        if p[j] != 0 {
            assignment[p[j] - 1] = j - 1;
        }
    }
    assignment
}

/// Above this many candidate cells the assignment falls back to greedy (pathological inputs).
const HUNGARIAN_MAX_CELLS: usize = 250_000;

/// One-to-one matching of gold events to system events: the pairs `(gold, system, score)` of a
/// maximum-cardinality, then maximum-score assignment among compatible pairs.
pub fn match_events(gold: &[&Event], sys: &[&Event]) -> Vec<(usize, usize, f64)> {
    let scores: Vec<Vec<Option<f64>>> =
        gold.iter().map(|g| sys.iter().map(|s| compatible(g, s).then(|| pair_score(g, s))).collect()).collect();
    if !scores.iter().flatten().any(Option::is_some) {
        return Vec::new();
    }
    if gold.len() * sys.len() > HUNGARIAN_MAX_CELLS {
        let mut cands: Vec<(usize, usize, f64)> = scores
            .iter()
            .enumerate()
            .flat_map(|(i, row)| row.iter().enumerate().filter_map(move |(j, s)| s.map(|s| (i, j, s))))
            .collect();
        cands.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
        let (mut used_g, mut used_s) = (vec![false; gold.len()], vec![false; sys.len()]);
        let mut out = Vec::new();
        for (i, j, s) in cands {
            if !used_g[i] && !used_s[j] {
                used_g[i] = true;
                used_s[j] = true;
                out.push((i, j, s));
            }
        }
        out.sort_by_key(|&(i, _, _)| i);
        return out;
    }
    // Each matched pair is worth far more than any total of scores, so the assignment first
    // maximises the number of pairs, then their scores. Scores are in thousandths.
    const PAIR: i64 = 1_000_000_000;
    let cell = |s: Option<f64>| s.map_or(0, |s| -(PAIR + (s * 1000.0).round() as i64));
    let transpose = gold.len() > sys.len();
    let cost: Vec<Vec<i64>> = if transpose {
        (0..sys.len()).map(|j| (0..gold.len()).map(|i| cell(scores[i][j])).collect()).collect()
    } else {
        scores.iter().map(|row| row.iter().map(|&s| cell(s)).collect()).collect()
    };
    let assignment = hungarian(&cost);
    let mut out: Vec<(usize, usize, f64)> = assignment
        .into_iter()
        .enumerate()
        .map(|(r, c)| if transpose { (c, r) } else { (r, c) })
        .filter_map(|(i, j)| scores[i][j].map(|s| (i, j, s)))
        .collect();
    out.sort_by_key(|&(i, _, _)| i);
    out
}

// ---------------------------------------------------------------------------------------------
// Report

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// TP / (TP + FP); `None` when the system produced nothing.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
    /// TP / (TP + FN); `None` when the gold has nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall (0 when either is 0 or undefined, `None` when both
    /// gold and system are empty).
    pub fn f1(&self) -> Option<f64> {
        if self.tp + self.fp + self.fn_ == 0 {
            return None;
        }
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    fn to_json(self) -> Value {
        json!({
            "gold": self.tp + self.fn_, "system": self.tp + self.fp,
            "tp": self.tp, "fp": self.fp, "fn": self.fn_,
            "precision": self.precision(), "recall": self.recall(), "f1": self.f1(),
        })
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Agreement on one field over matched pairs: `correct` of `n` pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAccuracy {
    pub field: &'static str,
    pub correct: usize,
    pub n: usize,
}

impl FieldAccuracy {
    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.correct, self.n)
    }
}

/// An unmatched gold event and an unmatched system record in the same sentence of the same
/// article, counted by their types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusion {
    pub gold_type: String,
    pub system_type: String,
    pub count: usize,
}

/// One matched pair: `gold` indexes the article's gold events, `system` the system slice given
/// to [`evaluate`].
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub article_id: String,
    pub gold: usize,
    pub system: usize,
    pub score: f64,
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Gold articles scored (after the split restriction).
    pub articles: usize,
    pub gold_events: usize,
    /// System records of the scored articles.
    pub system_records: usize,
    /// System records for articles not scored (not in the gold or outside the split): ignored.
    pub ignored_records: usize,
    /// Distinct article ids of the ignored records.
    pub ignored_articles: usize,
    /// Ids of the split that are not in the gold.
    pub split_ids_not_in_gold: usize,
    /// Scored articles for which the system produced no record.
    pub articles_without_output: usize,
    pub overall: Counts,
    /// Per event type: the 16 PLOVER types in contract order, then any others; only types that
    /// occur in the gold or the system output.
    pub per_type: Vec<(String, Counts)>,
    pub fields: Vec<FieldAccuracy>,
    /// Most common first.
    pub confusion: Vec<Confusion>,
    pub matches: Vec<Match>,
    /// Distance in km between gold and system points, over matched pairs where both have one.
    pub distances_km: Vec<f64>,
}

/// Distance errors between gold and system points (see [`Report::distance_summary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct DistanceSummary {
    pub n: usize,
    pub median_km: f64,
    pub mean_km: f64,
    pub within_10km: f64,
    pub within_50km: f64,
}

/// The fields scored over matched pairs, in report order.
pub const FIELDS: [&str; 13] = [
    "status",
    "mode",
    "date",
    "date_precision",
    "actor.country",
    "actor.sector",
    "recipient.country",
    "recipient.sector",
    "fatalities",
    "injuries",
    "location.country",
    "location.admin1",
    "location.name",
];

/// Whether the field agrees on a pair, or `None` when the pair does not count for that field.
/// Null equals null ("not known" on both sides is agreement), except: `status` and
/// `date_precision` count only where the gold has them, `location.name` only where both have
/// one. Countries compare case-insensitively, admin1 by [`admin_key`], names by
/// [`same_place_name`]. For symmetric types (AGREE,
/// CONSULT, COOPERATE) actor and recipient are compared in the order that agrees best.
fn field_agreement(gold: &Event, sys: &Event) -> [Option<bool>; 13] {
    let side = |p: &Option<Party>, f: fn(&Party) -> &Option<String>| p.as_ref().and_then(|p| f(p).clone());
    fn country(p: &Party) -> &Option<String> {
        &p.country
    }
    fn sector(p: &Party) -> &Option<String> {
        &p.sector
    }
    let parties = |swap: bool| {
        let (sa, sr) = if swap { (&sys.recipient, &sys.actor) } else { (&sys.actor, &sys.recipient) };
        [
            eq_ci(&side(&gold.actor, country), &side(sa, country)),
            eq_ci(&side(&gold.actor, sector), &side(sa, sector)),
            eq_ci(&side(&gold.recipient, country), &side(sr, country)),
            eq_ci(&side(&gold.recipient, sector), &side(sr, sector)),
        ]
    };
    let straight = parties(false);
    let p = if SYMMETRIC_TYPES.contains(&gold.event_type.as_str()) {
        let swapped = parties(true);
        let count = |a: &[bool; 4]| a.iter().filter(|&&b| b).count();
        if count(&swapped) > count(&straight) {
            swapped
        } else {
            straight
        }
    } else {
        straight
    };
    let loc = |e: &Event, f: fn(&Location) -> &Option<String>| e.location.as_ref().and_then(|l| f(l).clone());
    let (gname, sname) = (loc(gold, |l| &l.name), loc(sys, |l| &l.name));
    let features = [loc(gold, |l| &l.feature), loc(sys, |l| &l.feature)];
    [
        gold.status.as_ref().map(|_| eq_ci(&gold.status, &sys.status)),
        Some(eq_ci(&gold.mode, &sys.mode)),
        Some(gold.date == sys.date),
        gold.date_precision.as_ref().map(|_| eq_ci(&gold.date_precision, &sys.date_precision)),
        Some(p[0]),
        Some(p[1]),
        Some(p[2]),
        Some(p[3]),
        Some(gold.fatalities == sys.fatalities),
        Some(gold.injuries == sys.injuries),
        Some(eq_ci(&loc(gold, |l| &l.country), &loc(sys, |l| &l.country))),
        Some(same_admin(loc(gold, |l| &l.admin1).as_deref(), loc(sys, |l| &l.admin1).as_deref())),
        (gname.is_some() && sname.is_some()).then(|| {
            same_place_name(gname.as_deref(), sname.as_deref(), [features[0].as_deref(), features[1].as_deref()])
        }),
    ]
}

fn type_rank(t: &str) -> (usize, &str) {
    (EVENT_TYPES.iter().position(|&x| x == t).unwrap_or(EVENT_TYPES.len()), t)
}

/// Score system records against gold articles: see the crate documentation for the matching
/// rule. Only gold articles (restricted to `opts.only_ids` if given) are scored; system records
/// for other articles are ignored and counted in [`Report::ignored_records`].
pub fn evaluate(gold: &[GoldArticle], system: &[SysRecord], opts: &EvalOptions) -> Report {
    let in_split = |a: &&GoldArticle| match &opts.only_ids {
        Some(ids) => ids.contains(&a.id),
        None => true,
    };
    let scored: Vec<&GoldArticle> = gold.iter().filter(in_split).collect();
    let mut report = Report { articles: scored.len(), ..Report::default() };
    if let Some(ids) = &opts.only_ids {
        let gold_ids: HashSet<&str> = gold.iter().map(|a| a.id.as_str()).collect();
        report.split_ids_not_in_gold = ids.iter().filter(|id| !gold_ids.contains(id.as_str())).count();
    }
    let scored_ids: HashSet<&str> = scored.iter().map(|a| a.id.as_str()).collect();
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut ignored_articles: HashSet<&str> = HashSet::new();
    for (j, rec) in system.iter().enumerate() {
        if scored_ids.contains(rec.article_id.as_str()) {
            by_article.entry(rec.article_id.as_str()).or_default().push(j);
        } else {
            report.ignored_records += 1;
            ignored_articles.insert(rec.article_id.as_str());
        }
    }
    report.ignored_articles = ignored_articles.len();

    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut fields: Vec<FieldAccuracy> =
        FIELDS.iter().map(|&field| FieldAccuracy { field, correct: 0, n: 0 }).collect();
    let mut confusion: HashMap<(String, String), usize> = HashMap::new();

    for article in scored {
        let sys_idx = by_article.get(article.id.as_str()).cloned().unwrap_or_default();
        if sys_idx.is_empty() {
            report.articles_without_output += 1;
        }
        report.gold_events += article.events.len();
        report.system_records += sys_idx.len();
        let gold_events: Vec<&Event> = article.events.iter().collect();
        let sys_events: Vec<&Event> = sys_idx.iter().map(|&j| &system[j].event).collect();
        let pairs = match_events(&gold_events, &sys_events);

        let mut gold_matched = vec![false; gold_events.len()];
        let mut sys_matched = vec![false; sys_events.len()];
        for &(i, j, score) in &pairs {
            gold_matched[i] = true;
            sys_matched[j] = true;
            per_type.entry(gold_events[i].event_type.clone()).or_default().tp += 1;
            for (acc, agree) in fields.iter_mut().zip(field_agreement(gold_events[i], sys_events[j])) {
                if let Some(agree) = agree {
                    acc.n += 1;
                    acc.correct += agree as usize;
                }
            }
            report.matches.push(Match { article_id: article.id.clone(), gold: i, system: sys_idx[j], score });
            let point = |e: &Event| e.location.as_ref().and_then(|l| l.point).map(|(a, b)| (a.deg(), b.deg()));
            if let (Some(g), Some(s)) = (point(gold_events[i]), point(sys_events[j])) {
                report.distances_km.push(haversine_km(g, s));
            }
        }
        for (g, _) in gold_events.iter().zip(&gold_matched).filter(|(_, &m)| !m) {
            per_type.entry(g.event_type.clone()).or_default().fn_ += 1;
        }
        for (s, _) in sys_events.iter().zip(&sys_matched).filter(|(_, &m)| !m) {
            per_type.entry(s.event_type.clone()).or_default().fp += 1;
        }
        for (g, _) in gold_events.iter().zip(&gold_matched).filter(|(_, &m)| !m) {
            for (s, _) in sys_events.iter().zip(&sys_matched).filter(|(_, &m)| !m) {
                if sentence_similarity(g.sentence.as_deref(), s.sentence.as_deref()) >= 0.8 {
                    *confusion.entry((g.event_type.clone(), s.event_type.clone())).or_default() += 1;
                }
            }
        }
    }

    let mut types: Vec<(String, Counts)> = per_type.into_iter().collect();
    types.sort_by(|a, b| type_rank(&a.0).cmp(&type_rank(&b.0)));
    for (_, c) in &types {
        report.overall.tp += c.tp;
        report.overall.fp += c.fp;
        report.overall.fn_ += c.fn_;
    }
    report.per_type = types;
    report.fields = fields;
    let mut confusion: Vec<Confusion> = confusion
        .into_iter()
        .map(|((gold_type, system_type), count)| Confusion { gold_type, system_type, count })
        .collect();
    confusion.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.gold_type.cmp(&b.gold_type))
            .then_with(|| a.system_type.cmp(&b.system_type))
    });
    report.confusion = confusion;
    report
}

fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| format!("{r:.3}"))
}

/// How many confusion rows the text report shows.
const CONFUSION_ROWS: usize = 20;

impl Report {
    /// A plain-ASCII report: summary, per-type table, per-field accuracy, confusions.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "articles {}  gold events {}  system records {}  articles without output {}",
            self.articles, self.gold_events, self.system_records, self.articles_without_output
        );
        if self.ignored_records > 0 {
            let _ = writeln!(
                out,
                "ignored {} system records for {} articles not in the gold",
                self.ignored_records, self.ignored_articles
            );
        }
        if self.split_ids_not_in_gold > 0 {
            let _ = writeln!(out, "{} split ids are not in the gold", self.split_ids_not_in_gold);
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "{:<12} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "type", "gold", "system", "TP", "FP", "FN", "P", "R", "F1"
        );
        let row = |out: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "{:<12} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
                name,
                c.tp + c.fn_,
                c.tp + c.fp,
                c.tp,
                c.fp,
                c.fn_,
                fmt_ratio(c.precision()),
                fmt_ratio(c.recall()),
                fmt_ratio(c.f1())
            );
        };
        for (name, c) in &self.per_type {
            row(&mut out, name, c);
        }
        let _ = writeln!(out, "{}", "-".repeat(12 + 8 * 7));
        row(&mut out, "ALL", &self.overall);
        out.push('\n');
        let _ = writeln!(
            out,
            "{:<18} {:>7} {:>6} {:>8}   (over {} matched pairs)",
            "field",
            "correct",
            "n",
            "accuracy",
            self.matches.len()
        );
        for f in &self.fields {
            let _ = writeln!(out, "{:<18} {:>7} {:>6} {:>8}", f.field, f.correct, f.n, fmt_ratio(f.accuracy()));
        }
        match self.distance_summary() {
            Some(d) => {
                let _ = writeln!(
                    out,
                    "location distance  {} pairs with both points: median {:.1} km, mean {:.1} km, within 10 km {}, within 50 km {}",
                    d.n,
                    d.median_km,
                    d.mean_km,
                    fmt_ratio(Some(d.within_10km)),
                    fmt_ratio(Some(d.within_50km))
                );
            }
            None => {
                let _ = writeln!(out, "location distance  no matched pair has coordinates on both sides");
            }
        }
        if !self.confusion.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "unmatched in the same sentence (gold type vs system type):");
            let _ = writeln!(out, "{:<12} {:<12} {:>6}", "gold", "system", "count");
            for c in self.confusion.iter().take(CONFUSION_ROWS) {
                let _ = writeln!(out, "{:<12} {:<12} {:>6}", c.gold_type, c.system_type, c.count);
            }
            if self.confusion.len() > CONFUSION_ROWS {
                let _ = writeln!(out, "... {} more", self.confusion.len() - CONFUSION_ROWS);
            }
        }
        out
    }

    /// Median, mean and shares within 10 and 50 km of [`Report::distances_km`]; `None` when
    /// no matched pair has coordinates on both sides.
    pub fn distance_summary(&self) -> Option<DistanceSummary> {
        if self.distances_km.is_empty() {
            return None;
        }
        let mut d = self.distances_km.clone();
        d.sort_by(f64::total_cmp);
        let n = d.len();
        let median_km = if n % 2 == 1 { d[n / 2] } else { (d[n / 2 - 1] + d[n / 2]) / 2.0 };
        let within = |km: f64| d.iter().filter(|&&x| x <= km).count() as f64 / n as f64;
        Some(DistanceSummary {
            n,
            median_km,
            mean_km: d.iter().sum::<f64>() / n as f64,
            within_10km: within(10.0),
            within_50km: within(50.0),
        })
    }

    /// The report as one JSON object (all confusions and the matched pairs, by index within the
    /// article's gold events and the article's system records in input order).
    pub fn to_json(&self) -> Value {
        let per_type: Vec<Value> = self
            .per_type
            .iter()
            .map(|(t, c)| {
                let mut v = c.to_json();
                v["type"] = json!(t);
                v
            })
            .collect();
        let fields: Map<String, Value> = self
            .fields
            .iter()
            .map(|f| (f.field.to_string(), json!({"correct": f.correct, "n": f.n, "accuracy": f.accuracy()})))
            .collect();
        let confusion: Vec<Value> = self
            .confusion
            .iter()
            .map(|c| json!({"gold": c.gold_type, "system": c.system_type, "count": c.count}))
            .collect();
        json!({
            "articles": self.articles,
            "gold_events": self.gold_events,
            "system_records": self.system_records,
            "ignored_records": self.ignored_records,
            "ignored_articles": self.ignored_articles,
            "split_ids_not_in_gold": self.split_ids_not_in_gold,
            "articles_without_output": self.articles_without_output,
            "matched": self.matches.len(),
            "overall": self.overall.to_json(),
            "per_type": per_type,
            "fields": fields,
            "confusion": confusion,
            "distance_km": self.distance_summary().map(|d| json!({
                "n": d.n, "median": d.median_km, "mean": d.mean_km,
                "within_10km": d.within_10km, "within_50km": d.within_50km,
            })),
            "matches": self.matches.iter().map(|m| json!({
                "article_id": m.article_id, "gold": m.gold, "system": m.system, "score": m.score,
            })).collect::<Vec<_>>(),
        })
    }
}
