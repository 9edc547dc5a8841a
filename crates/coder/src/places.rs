//! The coder's side of location choice: which place mention a trigger takes (target places,
//! coordinated places, far or earlier clause towns), place containment and seats, and the
//! gazetteer lookups through the Coder (`best_place`, `place_country`); the gazetteer itself is
//! geocode.rs. Split out of lib.rs by tidy64 (script-moved, bodies unchanged).

use super::*;

impl Coder {
    /// actors78: the place an attack is aimed at, as its byte range and country: a place right
    /// after the trigger (and the doer named right after it), after an optional «على» and an
    /// optional head word, with no glued preposition ("بمدينة" says where, not what), in the
    /// trigger's clause and before the next trigger. A noun trigger needs «على» or a head word:
    /// its bare genitive ("تفجيرات بغداد") names where it happened.
    pub(crate) fn target_place(
        &self,
        a: &Analysis,
        t: &TriggerMention,
        pattern: Pattern,
        doer: Option<&EntityMention>,
        after_limit: usize,
        prefer: Option<&[String]>,
    ) -> Option<(std::ops::Range<usize>, String)> {
        let mut i = doer.filter(|x| x.w0 <= t.w1 + 1 && x.w1 > t.w1).map_or(t.w1 + 1, |x| x.w1 + 1);
        let on = a.word(i) == "علي";
        if on {
            i += 1;
        }
        let head = TARGET_PLACE_HEADS.contains(&a.word(i));
        if head {
            i += 1;
        }
        if !(on || head || pattern == Pattern::Verb) || i >= after_limit || a.break_between(t.w1, i) {
            return None;
        }
        let p = a.places.iter().chain(&a.target_places).find(|p| p.w0 == i)?;
        // (A glued clitic other than "و" is a preposition: "بمدينة", "لإيران".)
        let clitic = a.word(p.w0).get(..p.core_start.saturating_sub(a.words[p.w0].0)).unwrap_or("");
        if !matches!(clitic, "" | "و") || sentence::names_capital(a, p) {
            return None;
        }
        let country = self.place_country(p, prefer)?;
        // (A place of another country than where the act is placed is a misread name.)
        if prefer.is_some_and(|c| !c.contains(&country)) {
            return None;
        }
        Some((p.start..p.end, country))
    }

    pub(crate) fn place_country(&self, p: &PlaceMention, prefer: Option<&[String]>) -> Option<String> {
        if let Some(a) = p.country_actor {
            return self.lex.actors[a as usize].country.clone();
        }
        self.best_place(p, prefer).map(|pl| pl.country.clone())
    }

    pub(crate) fn best_place(&self, p: &PlaceMention, prefer: Option<&[String]>) -> Option<&ahdath_lexicon::Place> {
        p.places.iter().map(|&i| &self.lex.places[i as usize]).max_by_key(|pl| {
            // The article's countries in order: its main country's rows first ("عمان" in a story
            // about Jordan is Amman, in one about Oman the sultanate).
            let preferred =
                prefer.and_then(|cs| cs.iter().position(|c| c == &pl.country)).map_or(0, |k| usize::MAX - k);
            (preferred, geocode::usual_place_key(pl))
        })
    }

    /// Places coordinated with the event's place ("في حلب وحمص", "في حلب، حمص ودرعا"): the
    /// same kind of event happened in each.
    pub(crate) fn coordinated_places(&self, a: &Analysis, s: &str, c: &Candidate, prefer: &[String]) -> Vec<Place> {
        let Some(loc) = &c.rec.location else { return Vec::new() };
        let Some(chosen) = a.places.iter().position(|p| Some(&s[p.start..p.end]) == loc.text.as_deref()) else {
            return Vec::new();
        };
        let joined = |prev: &PlaceMention, p: &PlaceMention| {
            p.w0 == prev.w1 + 1 && (a.word(p.w0).starts_with('و') || a.breaks.get(p.w0).copied().unwrap_or(false))
        };
        // The whole chain the chosen place belongs to, before and after it.
        let mut first = chosen;
        while first > 0 && joined(&a.places[first - 1], &a.places[first]) {
            first -= 1;
        }
        let mut last = chosen;
        while last + 1 < a.places.len() && joined(&a.places[last], &a.places[last + 1]) {
            last += 1;
        }
        let mut out = Vec::new();
        for (i, p) in a.places.iter().enumerate().take(last + 1).skip(first) {
            if i == chosen {
                continue;
            }
            let rec = self.place_record(a, p, s, prefer);
            if rec.name != loc.name || rec.name.is_none() {
                out.push(rec);
            }
        }
        out
    }
}

/// Place `p` is where the statement that reports trigger `t` was made, not where the reported
/// physical act (`geocode::is_physical`) happened (places57): a reporting verb, within six words
/// after it a statement noun (`statement_noun`: "تصريح", "بيان") or a gathering noun ("مؤتمر
/// صحافي", "اجتماع"), `p` within six words after that noun, no complementizer from the verb to
/// `p`, and a complementizer after `p` opening the reported clause that holds `t` ("وقال الوزير في
/// مؤتمر صحافي عقده في أنقرة إن مسلحين هاجموا مركزا للشرطة"). As `report_day` reads the day of such
/// a phrase as the statement's day, its place is the statement's venue. A speaker's own place
/// ("مصادر محلية في تعز") is not one: local sources most often tell of their own town.
pub(crate) fn statement_venue(a: &Analysis, p: &PlaceMention, t: &TriggerMention, event_type: &str) -> bool {
    let comp = |i: usize| COMPLEMENTIZERS.contains(&a.word(i));
    if !geocode::is_physical(event_type) || p.w1 >= t.w0 || !(p.w1 + 1..t.w0).any(comp) {
        return false;
    }
    (p.w0.saturating_sub(6)..p.w0).any(|n| {
        (statement_noun(a.word(n)) || a.has_class(n, sentence::VENUE_GATHERING_NOUN))
            && !(n + 1..p.w0).any(comp)
            && (n.saturating_sub(6)..n).any(|v| reporting_verb(a.word(v)) && !(v + 1..n).any(comp))
    })
}

/// Whether `inner` is the seat town of the first-level division `outer` read from the same name:
/// "محافظة لحج" (a division noun before it, or "ريف حلب") in one sentence and a bare "لحج" or
/// "بلحج" in another. A bare name of a governorate named after its capital is read as the city
/// (`geocode`), a default reading only; the division the other sentence names outright is the
/// surer one (places52).
pub(crate) fn seat_reading(outer: &Place, inner: &Place) -> bool {
    if outer.feature.as_deref() != Some("admin1") || !matches!(inner.feature.as_deref(), Some("city" | "town")) {
        return false;
    }
    let (Some(o), Some(i)) = (outer.text.as_deref(), inner.text.as_deref()) else { return false };
    // (A one-letter proclitic glued to either: "بلحج", "وحلب".)
    let clitic = |long: &str, short: &str| {
        let mut cs = long.chars();
        matches!(cs.next(), Some('ب' | 'ل' | 'و' | 'ف' | 'ك')) && cs.as_str() == short
    };
    o == i || clitic(i, o) || clitic(o, i) || o.strip_suffix(i).is_some_and(|head| head.ends_with(' '))
}

/// `outer` is a country or a first-level division and `inner` a named place inside it
/// ("ليبيا" and "بنغازي", "محافظة نينوى" and "قضاء تلعفر").
pub(crate) fn contains_place(outer: &Place, inner: &Place) -> bool {
    if outer.country.is_none() || outer.country != inner.country || inner.name.is_none() {
        return false;
    }
    match outer.feature.as_deref() {
        Some("country") => inner.feature.as_deref() != Some("country"),
        Some("admin1") => {
            outer.admin1.is_some() && outer.admin1 == inner.admin1 && inner.feature.as_deref() != Some("admin1")
        }
        _ => false,
    }
}

/// Whether a mention's place was read from a weak cue (second round of `anaphor_apart`): neither
/// the word before the place's text nor the text's first word, without the clitics و, ف, ب and
/// ل, is a preposition of place or a place noun (`ANAPHOR_PLACE_CUES`), and the text is not "ب"
/// with the article ("بالقاهرة"). "القتيلة بريدا" (a name) and "الحرية لسوريا" are weak; "في
/// حمص", "بمحافظة بني سويف" and "حي الخالدية" are not. A place without a text is not weak.
pub(crate) fn weak_place(r: &EventRecord) -> bool {
    let Some(text) = r.location.as_ref().and_then(|l| l.text.as_deref()) else {
        return false;
    };
    let strip = |w: &str| -> String {
        let k = ahdath_text::normalize_key(w);
        let k = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')).filter(|r| r.chars().count() >= 2).unwrap_or(&k);
        let k = k.strip_prefix('ب').or_else(|| k.strip_prefix('ل')).filter(|r| r.chars().count() >= 2).unwrap_or(k);
        k.to_string()
    };
    let cue = |w: &str| ANAPHOR_PLACE_CUES.contains(&strip(w).as_str());
    let first = text.split_whitespace().next().unwrap_or("");
    let key = ahdath_text::normalize_key(first);
    let key = key.strip_prefix('و').unwrap_or(&key);
    if cue(first) || key.starts_with("بال") {
        return false;
    }
    let sentence = &r.evidence.sentence;
    let Some(at) = sentence.find(text) else {
        return false;
    };
    let before = sentence[..at].split_whitespace().last().map(|w| w.trim_matches(|ch: char| !ch.is_alphabetic()));
    !before.is_some_and(cue)
}

/// Whether `inner` is a quarter of `outer` that the gazetteer does not nest (second round of
/// `anaphor_apart`): a neighbourhood or building of the same country and division as a city or
/// town at most 15 km away, or as another neighbourhood at most 3 km away. "حي الدورة" is in
/// Baghdad though its row names only the province.
pub(crate) fn quarter_of(outer: &Place, inner: &Place) -> bool {
    let quarter = |p: &Place| matches!(p.feature.as_deref(), Some("neighbourhood" | "building"));
    let reach = match outer.feature.as_deref() {
        Some("city" | "town") => 15.0,
        Some("neighbourhood" | "building") => 3.0,
        _ => return false,
    };
    if !quarter(inner) || outer.country.is_none() || outer.country != inner.country || outer.admin1 != inner.admin1 {
        return false;
    }
    match (outer.lat, outer.lon, inner.lat, inner.lon) {
        (Some(a), Some(b), Some(c), Some(d)) => ahdath_record::haversine_km((a, b), (c, d)) <= reach,
        _ => false,
    }
}

/// The place of a record at a town after merging (places68): the first named quarter, area or
/// spot of that town ([`geocode::part_of_town`]) among the places its merged mentions of the same
/// status held, the most precise place they all agree with; `None` leaves the record's place.
pub(crate) fn finest_merged_place<'a>(place: Option<&Place>, merged: &'a [Place]) -> Option<&'a Place> {
    let town = place?;
    merged.iter().find(|p| geocode::part_of_town(p, town))
}

/// A town past the fourteen words after trigger `t` that the place window reads, up to
/// `FAR_TOWN_REACH` words, before the next trigger (`after_limit`), headed by a settlement noun
/// that a preposition of place announces (`FAR_TOWN_NOUNS` after `FAR_TOWN_PREPS`: «قرب مدينة
/// مريوان», «في بلدة سرمدا», «بالقرب من قرية …»; or the noun with a glued «ب»: «بمدينة كويتا»),
/// the first such that the gazetteer knows as a settlement (places97).
pub(crate) fn far_clause_town<'a>(
    lex: &Lexicon,
    a: &'a Analysis,
    t: &TriggerMention,
    after_limit: usize,
) -> Option<&'a PlaceMention> {
    let announced = |w0: usize| {
        if w0 < 2 {
            return false;
        }
        let noun = a.word(w0 - 1);
        if noun.starts_with('ب') && FAR_TOWN_NOUNS.contains(&&noun['ب'.len_utf8()..]) {
            return true;
        }
        let prep = a.word(w0 - 2);
        FAR_TOWN_NOUNS.contains(&noun)
            && (FAR_TOWN_PREPS.contains(&prep) || (prep == "من" && w0 >= 3 && a.word(w0 - 3) == "بالقرب"))
    };
    a.places
        .iter()
        .filter(|p| p.w0 > t.w1 + 14 && p.w0 <= t.w1 + FAR_TOWN_REACH && p.w0 < after_limit)
        .filter(|p| p.country_actor.is_none() && announced(p.w0))
        // (A name the gazetteer lacks, «قرية قاح», or a common word after «بلده» "his country",
        // is no town to place the act in.)
        .filter(|p| {
            p.places.iter().any(|&i| matches!(lex.places[i as usize].feature.as_str(), "city" | "town" | "village"))
        })
        .min_by_key(|p| p.w0)
}

/// The town nearest before trigger `t` in its sentence that `keep` accepts, at any distance,
/// with no other trigger between them: a mention the gazetteer knows as a settlement (or that
/// bears a settlement's name, «بمنطقة جازان»), not part of a party's name (places103).
pub(crate) fn before_clause_town<'a>(
    lex: &Lexicon,
    a: &'a Analysis,
    t: &TriggerMention,
    keep: impl Fn(&&'a PlaceMention) -> bool,
) -> Option<&'a PlaceMention> {
    a.places
        .iter()
        .filter(|p| p.w1 < t.w0 && p.country_actor.is_none())
        .filter(|p| !a.triggers.iter().any(|x| x.w0 > p.w1 && x.w1 < t.w0))
        .filter(|p| {
            p.places.iter().any(|&i| matches!(lex.places[i as usize].feature.as_str(), "city" | "town" | "village"))
        })
        .filter(keep)
        .max_by_key(|p| p.w1)
}

/// How many words after a trigger `far_clause_town` looks (places97).
const FAR_TOWN_REACH: usize = 24;

/// The number of words `w0..w1` of the sentence that are not inside one of its dates: the
/// distance from a trigger to a place, with a date between ("في 14 يوليو (تموز)") not counted.
pub(crate) fn words_outside_dates(a: &Analysis, dts: &[DateMatch], w0: usize, w1: usize) -> usize {
    (w0..w1)
        .filter(|&i| {
            let r = a.key.orig_byte_range(a.words[i].0..a.words[i].1);
            !dts.iter().any(|d| d.start <= r.start && r.end <= d.end)
        })
        .count()
}
