//! Dictionaries of actors, event triggers, status cues and places, kept as readable data files
//! (`data/dict`, `data/gazetteer`; format in `docs/dictionaries.md`) and compiled once into a
//! single transducer that finds them in a text's match key.
//!
//! ```
//! let lex = ahdath_lexicon::Lexicon::builtin().unwrap();
//! let key = ahdath_text::normalize_key("قتلت قوات الأمن مسلحين");
//! assert!(!lex.find(&key).is_empty());
//! ```

mod entries;
mod matcher;

pub use entries::{Actor, ActorKind, Check, Cue, CueKind, Of, Pattern, Place, Rank, Trigger};
pub use matcher::{Clitics, Hit, Matcher, Target};

use ahdath_text::normalize_key;
use std::collections::{HashMap, HashSet};

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// Errors from loading dictionaries; every one names the file and line.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}:{line}: {message}")]
    Parse { file: String, line: usize, message: String },
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Many(Vec<LexiconError>),
}

/// The kind of a dictionary file, told by its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Actors,
    Triggers,
    Cues,
    Places,
    /// Place names that are ordinary words (`place-stopwords.txt`), one form a line.
    PlaceStopwords,
    /// A gazetteer that only adds places (`ahdath code --gazetteer`, e.g. a GeoNames import):
    /// a row whose id or geonames_id is already known, or a country/admin1/admin2 row that has the
    /// name or a form of a known row of the same feature and country, is skipped, so the earlier
    /// (built-in) row is kept.
    AddedPlaces,
}

impl SourceKind {
    /// Guess the kind from a path relative to a dictionary root (`actors/x.txt`,
    /// `triggers/x.txt`, `cues.txt`, `*.tsv`).
    pub fn from_path(path: &str) -> Option<SourceKind> {
        let p = path.replace('\\', "/");
        if p.ends_with(".tsv") {
            Some(SourceKind::Places)
        } else if p.ends_with("place-stopwords.txt") {
            Some(SourceKind::PlaceStopwords)
        } else if p.contains("actors/") {
            Some(SourceKind::Actors)
        } else if p.contains("triggers/") {
            Some(SourceKind::Triggers)
        } else if p.ends_with("cues.txt") {
            Some(SourceKind::Cues)
        } else {
            None
        }
    }
}

/// Collects dictionary sources, then compiles them with [`LexiconBuilder::build`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    sources: Vec<(String, SourceKind, String)>,
    places: bool,
}

impl LexiconBuilder {
    /// An empty builder (no built-in data).
    pub fn new() -> Self {
        LexiconBuilder { sources: Vec::new(), places: true }
    }

    /// Add the dictionaries compiled into the binary.
    pub fn with_builtin(mut self) -> Self {
        for (path, text) in BUILTIN {
            if let Some(kind) = SourceKind::from_path(path) {
                self.sources.push((path.to_string(), kind, text.to_string()));
            }
        }
        self
    }

    /// Skip the gazetteer (faster start-up for tools that need no places).
    pub fn without_places(mut self) -> Self {
        self.places = false;
        self
    }

    /// Add one source. Entries whose id already exists replace the earlier entry.
    pub fn add(mut self, name: &str, kind: SourceKind, text: &str) -> Self {
        self.sources.push((name.to_string(), kind, text.to_string()));
        self
    }

    /// Parse every source and compile the matcher. All errors are reported together.
    pub fn build(self) -> Result<Lexicon, LexiconError> {
        let mut errors = Vec::new();
        let mut actors: Vec<Actor> = Vec::new();
        let mut triggers: Vec<Trigger> = Vec::new();
        let mut cues: Vec<Cue> = Vec::new();
        let mut places: Vec<Place> = Vec::new();
        let mut actor_ix: HashMap<String, usize> = HashMap::new();
        let mut trigger_ix: HashMap<String, usize> = HashMap::new();
        let mut cue_ix: HashMap<String, usize> = HashMap::new();
        let mut place_ix: HashMap<String, usize> = HashMap::new();
        let mut place_stop: PlaceStopwords = PlaceStopwords::default();
        for (name, kind, text) in &self.sources {
            match kind {
                SourceKind::Actors => match entries::parse_actors(name, text) {
                    Ok(v) => upsert(&mut actors, &mut actor_ix, v, |a| &a.id),
                    Err(e) => errors.push(e),
                },
                SourceKind::Triggers => match entries::parse_triggers(name, text) {
                    Ok(v) => upsert(&mut triggers, &mut trigger_ix, v, |t| &t.id),
                    Err(e) => errors.push(e),
                },
                SourceKind::Cues => match entries::parse_cues(name, text) {
                    Ok(v) => upsert(&mut cues, &mut cue_ix, v, |c| &c.id),
                    Err(e) => errors.push(e),
                },
                SourceKind::Places if self.places => match entries::parse_places(name, text) {
                    Ok(v) => upsert(&mut places, &mut place_ix, v, |p| &p.id),
                    Err(e) => errors.push(e),
                },
                SourceKind::Places => {}
                SourceKind::AddedPlaces if self.places => match entries::parse_places(name, text) {
                    Ok(v) => {
                        let gids: HashSet<u64> = places.iter().filter_map(|p| p.geonames_id).collect();
                        // Divisions and countries: known by name, or by a form shared with a known
                        // row of the same feature and country (ids differ between sources).
                        let division = |p: &Place| matches!(p.feature.as_str(), "country" | "admin1" | "admin2");
                        let mut div_keys: HashSet<(String, String, String)> = HashSet::new();
                        for p in places.iter().filter(|p| division(p)) {
                            div_keys.insert((p.feature.clone(), p.country.clone(), format!("=name {}", p.name)));
                            for f in &p.forms {
                                div_keys.insert((p.feature.clone(), p.country.clone(), normalize_key(f)));
                            }
                        }
                        let new: Vec<Place> = v
                            .into_iter()
                            .filter(|p| {
                                let same_division = division(p)
                                    && std::iter::once(format!("=name {}", p.name))
                                        .chain(p.forms.iter().map(|f| normalize_key(f)))
                                        .any(|k| div_keys.contains(&(p.feature.clone(), p.country.clone(), k)));
                                let known = place_ix.contains_key(&p.id)
                                    || p.geonames_id.is_some_and(|g| gids.contains(&g))
                                    || same_division;
                                !known
                            })
                            .collect();
                        upsert(&mut places, &mut place_ix, new, |p| &p.id)
                    }
                    Err(e) => errors.push(e),
                },
                SourceKind::AddedPlaces => {}
                SourceKind::PlaceStopwords => {
                    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                        place_stop.insert(normalize_key(line));
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(if errors.len() == 1 { errors.pop().unwrap() } else { LexiconError::Many(errors) });
        }
        let mut pairs: Vec<(String, Target)> = Vec::new();
        let mut spellings: HashMap<String, Vec<(u32, Vec<char>)>> = HashMap::new();
        let own_forms: HashSet<String> = actors
            .iter()
            .filter(|a| a.kind != ActorKind::Demonym)
            .flat_map(|a| a.forms.iter().map(|f| normalize_key(f)))
            .collect();
        let state_codes: HashSet<&str> =
            actors.iter().filter(|a| a.kind == ActorKind::Country).filter_map(|a| a.country.as_deref()).collect();
        for (i, a) in actors.iter().enumerate() {
            for f in &a.forms {
                if a.kind == ActorKind::Demonym {
                    let key = normalize_key(f);
                    if a.country.as_deref().is_some_and(|c| state_codes.contains(c)) {
                        if let Some(acc) = demonym_accusative(&key).filter(|k| !own_forms.contains(k)) {
                            pairs.push((acc, Target::Actor(i as u32)));
                        }
                    }
                    for infl in demonym_inflections(&key) {
                        pairs.push((infl, Target::Actor(i as u32)));
                    }
                } else {
                    pairs.push((normalize_key(f), Target::Actor(i as u32)));
                }
            }
        }
        for (i, t) in triggers.iter().enumerate() {
            for f in &t.forms {
                let key = normalize_key(f);
                let written: Vec<char> = f.chars().filter(|&c| !ahdath_text::norm::is_ignorable(c)).collect();
                let mut keys = suffix_variants(&key);
                if t.pattern == Pattern::Noun {
                    keys.extend(accusative_variant(&key));
                }
                for k in keys {
                    if k.contains('ا') {
                        spellings.entry(k.clone()).or_default().push((i as u32, written.clone()));
                    }
                    pairs.push((k, Target::Trigger(i as u32)));
                }
            }
        }
        for (i, c) in cues.iter().enumerate() {
            for f in &c.forms {
                pairs.push((normalize_key(f), Target::Cue(i as u32)));
            }
        }
        // Places live in a trie of their own: the gazetteer is most of the keys, and a place
        // is only looked for where the text announces one (see `find_places_at`).
        let mut place_pairs: Vec<(String, Target)> = Vec::new();
        for (i, p) in places.iter().enumerate() {
            for f in &p.forms {
                place_pairs.push((normalize_key(f), Target::Place(i as u32)));
            }
        }
        // Two-word person forms ("عادل الجبير"), by their first word, for names that carry a
        // patronym between the two words (`Lexicon::person_surnames`).
        let mut person_pairs: HashMap<String, Vec<(String, u32)>> = HashMap::new();
        for (i, a) in actors.iter().enumerate().filter(|(_, a)| a.kind == ActorKind::Person) {
            for f in &a.forms {
                let key = normalize_key(f);
                if let Some((first, last)) = key.split_once(' ').filter(|(_, l)| !l.contains(' ')) {
                    let v = person_pairs.entry(first.to_string()).or_default();
                    if !v.iter().any(|(l, x)| l == last && *x == i as u32) {
                        v.push((last.to_string(), i as u32));
                    }
                }
            }
        }
        let matcher = Matcher::new(pairs);
        let place_matcher = Matcher::new(place_pairs);
        Ok(Lexicon { actors, triggers, cues, places, place_stop, matcher, place_matcher, person_pairs, spellings })
    }
}

fn upsert<T>(all: &mut Vec<T>, ix: &mut HashMap<String, usize>, new: Vec<T>, id: impl Fn(&T) -> &String) {
    for e in new {
        match ix.get(id(&e)) {
            Some(&i) => all[i] = e,
            None => {
                ix.insert(id(&e).clone(), all.len());
                all.push(e);
            }
        }
    }
}

/// A form and the stems it takes before an attached pronoun: a final taa marbuta (folded to
/// `ه`) is written `ت` ("دعوة" → "دعوتها"), a verb's final `وا` drops its alef ("عذبوا" →
/// "عذبوه"), and a final hamza after alef sits on a yaa or a waw seat, which keys fold to `ي`
/// and `و` ("لقاء" → "بعد لقائه", "لقاؤه"; "استدعاء" → "استدعائها"). Only one-word forms of
/// four letters or more get variants.
pub fn suffix_variants(key: &str) -> Vec<String> {
    let mut v = vec![key.to_string()];
    if key.contains(' ') || key.chars().count() < 4 {
        return v;
    }
    if let Some(stem) = key.strip_suffix('ه') {
        v.push(format!("{stem}ت"));
    }
    if let Some(stem) = key.strip_suffix("وا") {
        v.push(format!("{stem}و"));
    }
    if let Some(stem) = key.strip_suffix("اء") {
        v.push(format!("{stem}اي"));
        v.push(format!("{stem}او"));
    }
    v
}

#[cfg(test)]
mod suffix_tests {
    use super::suffix_variants;
    use ahdath_text::normalize_key;

    #[test]
    fn hamza_nouns_take_their_seat_before_a_pronoun() {
        // (form, a word with a pronoun that must be one of its stems + pronoun, or None)
        let cases = [
            ("لقاء", Some("لقائه")),
            ("لقاء", Some("لقاؤهم")),
            ("استدعاء", Some("استدعائها")),
            ("دعوة", Some("دعوتها")),
            ("عذبوا", Some("عذبوه")),
            ("شاء", None), // three letters: no variants
        ];
        for (form, word) in cases {
            let v = suffix_variants(&normalize_key(form));
            match word {
                Some(w) => {
                    let w = normalize_key(w);
                    assert!(
                        v.iter().any(|k| w.strip_prefix(k.as_str()).is_some_and(|p| ["ه", "ها", "هم"].contains(&p))),
                        "{form}: {w} not covered by {v:?}"
                    );
                }
                None => assert_eq!(v.len(), 1, "{form}: {v:?}"),
            }
        }
    }
}

/// The indefinite accusative of a one-word noun form: the tanween is written with an alef
/// ("اعتصام" → "بدأوا اعتصاما", "هجوم" → "شنوا هجوما"). Forms that end in a vowel letter, a
/// hamza, a taa marbuta or a sound plural take no alef; forms under three letters get none.
pub fn accusative_variant(key: &str) -> Option<String> {
    if key.contains(' ') || key.chars().count() < 3 {
        return None;
    }
    let no_alef = ["ا", "ه", "ي", "و", "ء", "ات", "ين", "ون", "ان"];
    if no_alef.iter().any(|e| key.ends_with(e)) {
        return None;
    }
    Some(format!("{key}ا"))
}

/// The inflections of a nisba adjective given in the masculine singular key (`عراقي`):
/// feminine, sound plurals and duals. `ال` forms are matched by the matcher itself.
pub fn demonym_inflections(base: &str) -> Vec<String> {
    let mut v = vec![base.to_string()];
    if base.ends_with('ي') {
        // Keys fold ة to ه.
        for suf in ["ه", "ون", "ين", "ان", "تان", "تين", "ات"] {
            v.push(format!("{base}{suf}"));
        }
    }
    v
}

/// The indefinite accusative masculine singular of a one-word nisba key (`مصري` → `مصريا`),
/// the form a counted noun's adjective takes ("13 مواطنا مصريا", "20 صيادا تونسيا"). The builder
/// keeps it only for a state's demonym whose form is no other name (`سوري` + ا is Syria).
pub fn demonym_accusative(base: &str) -> Option<String> {
    (base.ends_with('ي') && !base.contains(' ') && base.chars().count() >= 3).then(|| format!("{base}ا"))
}

/// The place forms that are also ordinary words (`Lexicon::is_place_stopword`), hashed by FxHash
/// rather than std's SipHash: the set is asked once for each place hit of every sentence, and
/// only asked (never walked), so the hasher changes nothing but the cost (speed81).
type PlaceStopwords = HashSet<String, ahdath_text::FxBuildHasher>;

/// Compiled dictionaries.
#[derive(Debug)]
pub struct Lexicon {
    pub actors: Vec<Actor>,
    pub triggers: Vec<Trigger>,
    pub cues: Vec<Cue>,
    pub places: Vec<Place>,
    place_stop: PlaceStopwords,
    matcher: Matcher,
    place_matcher: Matcher,
    /// Two-word person forms by the key of their first word: (the last word's key, the actor).
    person_pairs: HashMap<String, Vec<(String, u32)>>,
    /// The written spellings (tashkeel removed) of each trigger's forms, by (trigger, match key
    /// of the form or of its stem or accusative variant), for the keys with an alef
    /// (`Lexicon::trigger_spelling_agrees`).
    spellings: HashMap<String, Vec<(u32, Vec<char>)>>,
}

/// Whether the letter at `i` of a written form is a bare alef inside its word: not the word's
/// first letter, nor the first after a leading article or glued preposition («الاتفاق»,
/// «لاتفاق», «باستخدام»), where the alef is the hamza of a verbal noun that writers often
/// spell «الإتفاق»; a medial alef is a long vowel («وافق», «واسى»).
fn medial_bare_alef(form: &[char], i: usize) -> bool {
    if form.get(i) != Some(&'ا') {
        return false;
    }
    let ws = form[..i].iter().rposition(|&c| c == ' ').map_or(0, |p| p + 1);
    let prefix: String = form[ws..i].iter().collect();
    !matches!(prefix.as_str(), "" | "ال" | "لل" | "ب" | "ل" | "ك" | "بال" | "كال" | "وال" | "فال")
}

/// Whether a text's letters (`text`, one per key char of the matched form) can be the written
/// form `form`: a hamza the text writes must not contradict the form's. A hamza below (`إ`) where
/// the form writes one above (`أ`) is another word («إدانته» his conviction is no «أدانته» she
/// condemned him; the name «إيد» is no «أيد»), and so is a hamza (`أ`, `إ`) on a letter the form
/// spells as a medial bare alef, a long vowel («وأفق» and horizon is no «وافق»). A bare alef in
/// the text, a hamza on the form's first alef (a verbal noun's, often misspelled) or the reverse
/// misplacement (`أ` for the form's `إ`, «الأفراج») says nothing.
fn spelling_agrees(form: &[char], text: &[char]) -> bool {
    text.iter().zip(form).enumerate().all(|(i, (&x, &f))| match x {
        'إ' if f == 'أ' => false,
        'أ' | 'إ' => !medial_bare_alef(form, i),
        _ => true,
    })
}

/// Whether a gazetteer hit can be a place name: a place name takes no possessive pronoun.
fn is_place_hit(h: &Hit) -> bool {
    h.end == h.word_end
}

impl Lexicon {
    /// The built-in dictionaries.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        LexiconBuilder::new().with_builtin().build()
    }

    /// The persons listed with a two-word form whose first word has the match key `first`
    /// ("عادل" of "عادل الجبير"), as (the key of the form's last word, the actor index): the
    /// coder reads "عادل بن أحمد الجبير" as that person (actors92).
    pub fn person_surnames(&self, first: &str) -> &[(String, u32)] {
        self.person_pairs.get(first).map_or(&[], Vec::as_slice)
    }

    /// All actor, trigger and cue matches in a match key (see [`Matcher::find`]).
    pub fn find(&self, key: &str) -> Vec<Hit> {
        self.matcher.find(key)
    }

    /// [`Lexicon::find`] with the key's word spans already computed.
    pub fn find_in_words(&self, key: &str, words: &[(usize, usize)]) -> Vec<Hit> {
        self.matcher.find_in_words(key, words)
    }

    /// Gazetteer matches at the word starting at key byte `p` (clitics handled as in `find`).
    /// A place name takes no possessive pronoun: a form followed by one is an ordinary noun
    /// ("بلاده" "his country" is not ب + Lod + ه, "بيانها" "its statement" not Bayan), so
    /// such hits are dropped.
    pub fn find_places_at(&self, key: &str, p: usize) -> Vec<Hit> {
        let mut hits = self.place_matcher.find_at(key, p);
        hits.retain(is_place_hit);
        hits
    }

    /// [`Lexicon::find_places_at`] for the word `key[p..word_end]` whose end the caller knows
    /// (a maximal run of word characters, as in its word spans).
    pub fn find_places_in_word(&self, key: &str, p: usize, word_end: usize) -> Vec<Hit> {
        let mut hits = self.place_matcher.find_in_word(key, p, word_end);
        hits.retain(is_place_hit);
        hits
    }

    /// All gazetteer matches in a match key, at every word start (no pronoun attached, as in
    /// [`Lexicon::find_places_at`]).
    pub fn find_places(&self, key: &str) -> Vec<Hit> {
        let mut hits = self.place_matcher.find(key);
        hits.retain(is_place_hit);
        hits
    }

    /// Whether an occurrence of trigger `t` matched on the key `form_key` (the form's key, or its
    /// stem's or accusative's, without clitics or pronoun) with the original letters `text`
    /// (one per char of `form_key`) is written as one of the trigger's forms with that key: a
    /// written hamza may contradict the form (keys48 «وأفق»; see `spelling_agrees`). Text
    /// without `أ` or `إ`, or a key the rule holds no spelling for, always agrees (keys49).
    pub fn trigger_spelling_agrees(&self, t: u32, form_key: &str, text: &[char]) -> bool {
        if !text.iter().any(|&c| matches!(c, 'أ' | 'إ')) {
            return true;
        }
        let mut forms = self.spellings.get(form_key).into_iter().flatten().filter(|(rule, _)| *rule == t).peekable();
        forms.peek().is_none() || forms.any(|(_, f)| spelling_agrees(f, text))
    }

    /// Targets of one exact key.
    pub fn lookup(&self, key: &str) -> &[Target] {
        self.matcher.get(key)
    }

    /// True when a place form (a match key) is also an ordinary word and needs a place noun
    /// ("مدينة صور") before it to be read as a place.
    pub fn is_place_stopword(&self, key: &str) -> bool {
        self.place_stop.contains(key)
    }

    /// Number of distinct compiled keys (dictionaries and gazetteer).
    pub fn key_count(&self) -> usize {
        self.matcher.len() + self.place_matcher.len()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn accusative_of_a_demonym_key() {
        assert_eq!(demonym_accusative("مصري").as_deref(), Some("مصريا"));
        assert_eq!(demonym_accusative("كوري جنوبي"), None);
        let lex = Lexicon::builtin().unwrap();
        let actor = |k: &str| {
            lex.find(k).iter().find_map(|h| match h.target {
                Target::Actor(i) => Some(lex.actors[i as usize].id.clone()),
                _ => None,
            })
        };
        assert_eq!(actor("مصريا").as_deref(), Some("dem.egy"));
        assert_ne!(actor("سوريا").as_deref(), Some("dem.syr"));
        assert_eq!(actor("اوروبيا"), None);
    }

    #[test]
    fn accusative_variants_of_noun_forms() {
        assert_eq!(accusative_variant("اعتصام").as_deref(), Some("اعتصاما"));
        assert_eq!(accusative_variant("هجوم").as_deref(), Some("هجوما"));
        // Taa marbuta, sound plurals, final vowels and multi-word forms take no alef.
        for k in ["مظاهره", "مظاهرات", "مسلحين", "فتوي", "غارة جوية", "قصفا", "حد"]
        {
            assert_eq!(accusative_variant(&normalize_key(k)), None, "{k}");
        }
    }

    use super::*;

    #[test]
    fn user_entries_override_builtin_ids() {
        let lex = LexiconBuilder::new()
            .add("a.txt", SourceKind::Actors, "x.one | country | AAA | GOV | One | الف\n")
            .add("b.txt", SourceKind::Actors, "x.one | country | BBB | GOV | One | باء\n")
            .build()
            .unwrap();
        assert_eq!(lex.actors.len(), 1);
        assert_eq!(lex.actors[0].country.as_deref(), Some("BBB"));
        assert!(lex.lookup(&normalize_key("الف")).is_empty());
    }

    #[test]
    fn errors_from_several_files_are_all_reported() {
        let e = LexiconBuilder::new()
            .add("a.txt", SourceKind::Actors, "broken\n")
            .add("t.txt", SourceKind::Triggers, "id: x\n")
            .build()
            .unwrap_err()
            .to_string();
        assert!(e.contains("a.txt:1:"), "{e}");
        assert!(e.contains("t.txt:1:"), "{e}");
    }

    #[test]
    fn demonyms_inflect() {
        let lex = LexiconBuilder::new()
            .add("a.txt", SourceKind::Actors, "dem.irq | demonym | IRQ | - | Iraqi | عراقي\n")
            .build()
            .unwrap();
        for w in ["العراقية", "عراقيين", "والعراقيون"] {
            let k = normalize_key(w);
            assert_eq!(lex.find(&k).len(), 1, "{w}");
        }
    }

    #[test]
    fn added_places_never_replace_or_double_known_places() {
        let builtin = "gn:1\tcity\tIRQ\tBaghdad\t\tBaghdad\tبغداد\t33.34\t44.40\t5000000\t98182\n\
                       adm1:IRQ:DI\tadmin1\tIRQ\tDiyala\t\tDiyala\tديالى\t34.0\t45.1\t\t\n\
                       adm2:IRQ:ramadi\tadmin2\tIRQ\tAl Anbar\tRamadi District\tRamadi District\tقضاء الرمادي\t33.4\t43.3\t\t\n";
        let added = "gn:98182\tcity\tIRQ\tBaghdad\t\tBaghdād\tبغداد ; بغداذ\t33.3\t44.4\t7000000\t98182\n\
                     gn:1\tvillage\tIRQ\t\t\tOther\tاخرى\t30.0\t40.0\t\t\n\
                     gn:98228\tadmin1\tIRQ\tDiyala\t\tDiyala\tديالى ; محافظة ديالى\t33.8\t45.0\t1\t98228\n\
                     gn:8\tadmin2\tIRQ\tAl Anbar\tQadaa ar Ramadi\tQadaa ar Ramadi\tقضاء الرمادى\t33.4\t43.3\t\t8\n\
                     gn:9\tadmin2\tSYR\tHoms\tOther\tOther\tقضاء الرمادي\t34.0\t37.0\t\t9\n\
                     gn:7\tvillage\tIRQ\tDiyala\t\tZuhur\tالزهور التجريبية\t33.9\t44.9\t\t7\n";
        let lex = LexiconBuilder::new()
            .add("p.tsv", SourceKind::Places, builtin)
            .add("g.tsv", SourceKind::AddedPlaces, added)
            .build()
            .unwrap();
        let ids: Vec<&str> = lex.places.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, vec!["gn:1", "adm1:IRQ:DI", "adm2:IRQ:ramadi", "gn:9", "gn:7"]);
        assert_eq!(lex.places[0].name, "Baghdad");
        assert_eq!(lex.find_places(&normalize_key("بغداذ")).len(), 0);
        assert_eq!(lex.find_places(&normalize_key("الزهور التجريبية")).len(), 1);
        let e = LexiconBuilder::new().add("g.tsv", SourceKind::AddedPlaces, "a\tb\n").build().unwrap_err();
        assert!(e.to_string().starts_with("g.tsv:1:"), "{e}");
    }

    #[test]
    fn a_written_hamza_must_not_contradict_the_form() {
        let agrees = |form: &str, text: &str| {
            super::spelling_agrees(&form.chars().collect::<Vec<_>>(), &text.chars().collect::<Vec<_>>())
        };
        // Hamza below against the form's hamza above; a hamza on a medial long-vowel alef.
        assert!(!agrees("أيد", "إيد"));
        assert!(!agrees("وافق", "وأفق"));
        // A bare alef, a hamza misplaced on a first or article-initial alef, or above for below.
        assert!(agrees("أيد", "ايد"));
        assert!(agrees("اتفقت", "إتفقت"));
        assert!(agrees("الاتفاق", "الإتفاق"));
        assert!(agrees("لاتفاق", "لإتفاق"));
        assert!(agrees("إفراج", "أفراج"));
    }

    #[test]
    fn builtin_loads() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.key_count() > 0);
    }

    #[test]
    fn builtin_cities_carry_their_first_level_division() {
        // scripts/gazetteer/build.py: the UK's, Spain's, France's, Italy's … cities take the
        // source's first-level divisions (tables.ADM1_LEVEL), Makhmur its federal governorate.
        let lex = Lexicon::builtin().unwrap();
        let admin1 = |id: &str| lex.places.iter().find(|p| p.id == id).and_then(|p| p.admin1.clone());
        for (id, want) in [
            ("gn:2643743", "England"),             // London
            ("gn:2648579", "Scotland"),            // Glasgow
            ("gn:2988507", "Île-de-France"),       // Paris
            ("gn:3117735", "Community of Madrid"), // Madrid
            ("gn:3169070", "Lazio"),               // Rome
            ("gn:2673730", "Stockholm"),           // Stockholm
            ("gn:1185241", "Dhaka"),               // Dhaka
            ("gn:232422", "Central"),              // Kampala
            ("gn:93818", "Nineveh"),               // Makhmur
        ] {
            assert_eq!(admin1(id).as_deref(), Some(want), "{id}");
        }
    }

    #[test]
    fn place_names_take_no_possessive_pronoun() {
        let lex = Lexicon::builtin().unwrap();
        let is_place = |w: &str| !lex.find_places_at(&normalize_key(w), 0).is_empty();
        // "أعلن أن بلاده سترد": "his country", not ب + Lod (اللد/لاد) + ه.
        assert!(!is_place("بلاده"));
        assert!(!is_place("بلادنا"));
        assert!(!is_place("بيانها"));
        // Names themselves, with their clitics, still match.
        assert!(is_place("بغداد"));
        assert!(is_place("ببغداد"));
        assert!(is_place("والموصل"));
    }
}
