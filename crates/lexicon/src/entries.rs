//! The entries a dictionary holds, and their parsers. Parsing is pure: it takes a file name and
//! its contents and reports errors as `FILE:LINE: message`.

use crate::LexiconError;

/// What kind of actor an entry names (see `docs/dictionaries.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Country,
    Demonym,
    Group,
    Office,
    Org,
    Person,
}

/// The rank of a title among a state's heads (the `rank:` field of an office entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rank {
    /// `rank: state`: a head of state (president, king, sultan), whose ministers and commanders
    /// are others ("الرئيس فلان وزير الدفاع" names two men).
    State,
    /// `rank: head`: another head's title (emir, crown prince, prime minister …) that a head of
    /// state or prince may hold besides his own, so never a post under him.
    Head,
}

/// One actor entry: a state, nationality, sector noun, title, organisation or person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub name: String,
    pub forms: Vec<String>,
    /// `rank:` of an office entry (optional seventh field), `None` for every other title.
    pub rank: Option<Rank>,
    /// `role: victim` (optional seventh field of a group entry, actors125): the entity may be the
    /// recipient of an act but is never its doer (victims, hostages, tourists: `grp.victims`, `grp.hostages`, `grp.tourists`).
    pub victim: bool,
}

/// How roles are read around a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    Verb,
    Passive,
    Noun,
}

/// What the genitive complement of an event noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Of {
    Actor,
    Recipient,
    /// A weapon or means ("الغاز المسيل للدموع", "صواريخ"): the object of a firing verb
    /// ("أطلقت الشرطة الغاز …"), so its user is the subject before it and its target follows.
    Instrument,
}

/// Declares [`Check`], its list [`Check::ALL`] and [`Check::name`] from one table, so that a new
/// check is written once: its variant, its doc and the name a rule's `checks:` gives it.
macro_rules! checks {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A check of the coder's (crates/coder/src/lib.rs) that a rule opts into with `checks:`,
        /// named there by [`Check::name`] (tidy61: which rules a check reads is data, not rule ids
        /// in Rust).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Check {
            $($(#[$doc])* $variant,)*
        }

        impl Check {
            /// Every check, in the order the loader's messages list them.
            pub const ALL: &'static [Check] = &[$(Check::$variant,)*];

            /// The check's name in a rule's `checks:` line.
            pub fn name(self) -> &'static str {
                match self {
                    $(Check::$variant => $name,)*
                }
            }
        }
    };
}

checks! {
    /// `imposer` (prec114, `unimposed_restriction`): the act needs a party imposing it; a
    /// closure or cut that a cause verb or a natural thing brings about fires no record.
    Imposer = "imposer",
    /// `measure-aim` (`measure_aims`): a "targeting" verb or noun whose subject or means is a
    /// measure, a plan or a campaign, or whose object is the economy, aims; it attacks nothing.
    MeasureAim = "measure-aim",
    /// `advisory` (`WARNING_PUBLIC`): a warning whose source or content is weather, travel
    /// advice to one's own citizens, disease or a warning device is an advisory, no threat.
    Advisory = "advisory",
    /// `praise-seen` (status68, `praise_of_the_seen`): a praise of what the praiser saw («أشاد بما
    /// شاهده») is a visitor's impression, no SUPPORT.
    PraiseSeen = "praise-seen",
    /// `violent-context` (`violent_context`): a "targeting" verb with no attack, weapon, casualty,
    /// armed party or security target in its sentence aims at something; it attacks nothing.
    ViolentContext = "violent-context",
    /// `unarmed-siege` (prec93, `unarmed_siege_verb`): a one-word "besiege, surround" verb with no
    /// armed party, rebel, protest or violence in its sentence is a figure of speech or a rescue crew's work.
    UnarmedSiege = "unarmed-siege",
    /// `farewell` (prec94, `farewell_not_call`): the call verb is "ودّع" (to bid farewell, to go out
    /// of a contest), spelled like a glued "و" + "دعا".
    Farewell = "farewell",
    /// `counted-student` (`counted_student`): "طالب" counted by a number or paired with "وطالبة" is a
    /// student, not "demanded".
    CountedStudent = "counted-student",
    /// `counted-noun` (prec126, `counted_noun`): a one-word noun form counted by a number that is
    /// no year («4500 طلب», «ألف طرد»): a count of applications or parcels, no act.
    CountedNoun = "counted-noun",
    /// `park-name` (`park_name`): the bare "بارك" after a word of its own clause is the name Park or
    /// Barack, not "blessed".
    ParkName = "park-name",
    /// `happened-on` (prec105, `happened_not_signed`): «وقع على» as "happened on, befell", not
    /// "signed".
    HappenedOn = "happened-on",
    /// `endangers` (prec30, `endangers`): هدّد as "endangers" (a verb of becoming before it, a
    /// subject that is no party, an object of harm) is no threat by a party.
    Endangers = "endangers",
    /// `lodging` (prec95, `lodging_not_shelter`): the noun "إيواء" of a lodging place, trade or
    /// measure names hotels and rooms, no sheltering of people.
    Lodging = "lodging",
    /// `harbouring` (prec97, `harbouring_not_shelter`): harbouring fighters, fugitives or wanted men
    /// is a charge, no humanitarian shelter (kept as a vetoed topic, dropped after merging).
    Harbouring = "harbouring",
    /// `co-organiser` (`co_organiser_credit`): "in cooperation with" after a civic event or its
    /// organiser credits a co-organiser; it reports no cooperation between parties.
    CoOrganiser = "co-organiser",
    /// `hosts-show` (`hosts_show`): a host verb whose guest is a game, a show or a team hosts an
    /// occasion, not a meeting of parties.
    HostsShow = "hosts-show",
    /// `money-pledge` (tidy63, `money_pledge`): a pledge is AID to come when money or aid words
    /// follow it within eight words, and is dropped otherwise while the precision filters are on;
    /// an aid trigger within eight words after it is that pledge. (Not only a precision filter:
    /// the type and status hold with the filters off too.)
    MoneyPledge = "money-pledge",
    /// `place-target` (tidy63, actors78 `target_place`): with no party as its object, a place the
    /// act is aimed at gives the recipient its country, as for every ASSAULT rule (an overflight).
    PlaceTarget = "place-target",
    /// `verdict` (tidy63, recall46 `split_verdict`): the impersonal "حكم على": the one sentenced
    /// stands within two words after it, and its prison penalty up to eight words on in its clause.
    Verdict = "verdict",
    /// `accusing-participle` (tidy63): the rule's forms are accusative participles ("متهما إياه"):
    /// their doer is the main clause's subject, and with none the party after them is the accused.
    AccusingParticiple = "accusing-participle",
    /// `courtesy-thanks` (prec59, `courtesy_thanks`): a thanks that crosses no border is a courtesy
    /// of a ceremony or a local page, no SUPPORT.
    CourtesyThanks = "courtesy-thanks",
    /// `home-cooperation` (prec120, `home_cooperation`): a cooperation with no partner read, or
    /// between two bodies of one state, is no COOPERATE between parties.
    HomeCooperation = "home-cooperation",
    /// `attributive` (prec123, `attributive_participle`): a one-word form written with the article
    /// right after a word with the article is that noun's adjective («الوحدات الإدارية المساندة»
    /// the support units), no act.
    Attributive = "attributive",
}

/// One trigger rule: forms that name an event of one PLOVER type and mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub id: String,
    pub event_type: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub pattern: Pattern,
    pub of: Of,
    pub forms: Vec<String>,
    pub examples: Vec<String>,
    pub nots: Vec<String>,
    /// `needs:` forms (match keys): the rule fires only when one of them stands after the
    /// trigger in the same sentence (a consequence or condition for a warning: "مغبة", "إذا").
    pub needs: Vec<String>,
    /// `unless-next:` forms (match keys): the rule does not fire when the word after the trigger
    /// is one of them (an idiom: "رفض التعليق" declined to comment).
    pub unless_next: Vec<String>,
    /// `unless-right-after:` forms (match keys, fix69a): as `unless_next`, but read only on the
    /// word right after the trigger, never past a subject («طلب استقدام» is an application;
    /// «طلبت الحكومة استقدام قوات» is an act of asking).
    pub unless_right_after: Vec<String>,
    /// `unless-prev:` forms (match keys): the rule does not fire when the word before the trigger
    /// is one of them ("مما دعا" which prompted, not a call).
    pub unless_prev: Vec<String>,
    /// `needs-prev:` forms (match keys): the rule fires only when one of them stands among the
    /// two words before the trigger, in its clause ("أكد وقوف", "أكد على وقوف": a declared stance).
    pub needs_prev: Vec<String>,
    /// `needs-near:` forms (match keys): a one-word form of the rule fires only when one of them
    /// stands within a few words before or after it, in its clause ("مروحيات عسكرية تحلق": a
    /// flying verb is an overflight only near a military aircraft). The rule's forms of several
    /// words name their context themselves and are not held to it.
    pub needs_near: Vec<String>,
    /// `unless-near:` forms (match keys): the rule does not fire when one of them stands within a
    /// few words before or after any of its forms, in its clause ("استنفرت فرق الدفاع المدني": an
    /// alert of a civil service is no mobilization).
    pub unless_near: Vec<String>,
    /// `near-mention: no` (recall54): an occurrence that fails the rule's `needs-near:` or meets
    /// its `unless-near:` is no trigger mention at all, as one failing `needs-prev:` is, so it
    /// lends no mode, window or roles to its neighbours ("اتصل أحد السكان بالشرطة").
    pub no_near_mention: bool,
    /// `verbal-noun: no`: the form with the article is another noun, not this verb's verbal
    /// noun ("الحذر" caution, not "التحذير" a warning), and does not fire the rule.
    pub no_verbal_noun: bool,
    /// `possessive: no`: the noun with an attached pronoun is another noun ("مسيرته" his career,
    /// not his march), and does not fire the rule.
    pub no_possessive: bool,
    /// `topic-forms:` forms (match keys) that fire the rule as its other forms do but name a
    /// topic, not an act (merge35: "المقترحات" ideas under discussion): the mention still merges
    /// as any other, and the record it opens is dropped after merging, with what folded into it.
    pub topic_forms: Vec<String>,
    /// `topic-unless-near:` forms (match keys): a topic form with one of them within three words
    /// before or after it in its clause (a glued "و" or "ف" aside) is an act after all ("قدمت
    /// مقترحات", "المقترحات التي سيقدمها"), coded as usual.
    pub topic_unless_near: Vec<String>,
    /// `checks:` (names separated by commas or « ; »): the coder's checks the rule is held to, most
    /// of them while the precision filters are on (the names of [`Check`]).
    pub checks: Vec<Check>,
    /// `file:line` where the rule starts, for messages.
    pub origin: String,
}

impl Trigger {
    /// Whether the rule is held to the coder's check `c` (its `checks:` line names it).
    pub fn has(&self, c: Check) -> bool {
        self.checks.contains(&c)
    }
}

/// Kinds of status and role cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Negation,
    Denial,
    Future,
    Hypothetical,
    Speech,
    Agent,
    Past,
    /// The sentence is about another domain (sport, health, accidents): the event types in
    /// `scope` are not coded from it.
    Veto,
}

/// One cue entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub id: String,
    pub kind: CueKind,
    pub scope: String,
    /// The contiguous forms (compiled into the matcher).
    pub forms: Vec<String>,
    /// The scope names `before`: the cue acts on a trigger after it (not a veto's).
    pub before: bool,
    /// The scope names `before sentence`: the cue reaches a trigger anywhere later in its
    /// sentence, not only within its kind's distance (the plan cues).
    pub sentence: bool,
    /// `after N` in the scope (future cues): a noun trigger at most N words before the cue, in
    /// its clause, is what it plans.
    pub after: Option<usize>,
    /// `before N` in the scope (hypothetical cues): the cue reaches a trigger at most N words
    /// after it, nearer than its kind's distance (an ability, "بإمكانه أن يدمره", governs the act
    /// right after it, not one further in the clause).
    pub reach: Option<usize>,
    /// Forms with a gap, `head … tail` (negation cues): the match keys of the two words, which
    /// stand one to three words apart, the tail right before the trigger.
    pub gaps: Vec<(String, String)>,
}

/// One gazetteer place (see `docs/gazetteer.md`).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub feature: String,
    pub country: String,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub name: String,
    pub forms: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
    pub geonames_id: Option<u64>,
}

use ahdath_record::EVENT_TYPES;

fn err(file: &str, line: usize, msg: impl Into<String>) -> LexiconError {
    LexiconError::Parse { file: file.to_string(), line, message: msg.into() }
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s == "-" {
        None
    } else {
        Some(s.to_string())
    }
}

fn split_forms(s: &str) -> Vec<String> {
    s.split([';', '؛']).map(|f| f.trim().to_string()).filter(|f| !f.is_empty()).collect()
}

/// Lines that carry content: (1-based line number, trimmed text).
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Parse an actors file.
pub fn parse_actors(file: &str, text: &str) -> Result<Vec<Actor>, LexiconError> {
    let mut out = Vec::new();
    for (ln, line) in content_lines(text) {
        let f: Vec<&str> = line.split('|').map(str::trim).collect();
        if !(6..=7).contains(&f.len()) {
            return Err(err(
                file,
                ln,
                format!("expected 6 fields separated by '|' (7 with a rank), found {}", f.len()),
            ));
        }
        let kind = match f[1] {
            "country" => ActorKind::Country,
            "demonym" => ActorKind::Demonym,
            "group" => ActorKind::Group,
            "office" => ActorKind::Office,
            "org" => ActorKind::Org,
            "person" => ActorKind::Person,
            k => return Err(err(file, ln, format!("unknown actor kind {k:?}"))),
        };
        if f[0].is_empty() {
            return Err(err(file, ln, "empty id"));
        }
        let forms = split_forms(f[5]);
        if forms.is_empty() {
            return Err(err(file, ln, format!("entry {} has no Arabic forms", f[0])));
        }
        let seventh = f.get(6).map(|x| x.split_once(':').map(|(k, v)| (k.trim(), v.trim())));
        let victim = match seventh {
            Some(Some(("role", "victim"))) if kind == ActorKind::Group => true,
            Some(Some(("role", v))) if kind == ActorKind::Group => {
                return Err(err(file, ln, format!("unknown role {v:?} (expected victim)")))
            }
            Some(Some(("role", v))) => {
                return Err(err(file, ln, format!("role {v:?} on a {} entry; only a group has a role", f[1])))
            }
            _ => false,
        };
        let rank = match seventh.filter(|_| !victim) {
            None => None,
            Some(Some(("rank", v))) if kind != ActorKind::Office => {
                return Err(err(file, ln, format!("rank {v:?} on a {} entry; only an office has a rank", f[1])))
            }
            Some(Some(("rank", "state"))) => Some(Rank::State),
            Some(Some(("rank", "head"))) => Some(Rank::Head),
            Some(Some(("rank", v))) => {
                return Err(err(file, ln, format!("unknown rank {v:?} (expected state or head)")))
            }
            Some(_) => return Err(err(file, ln, format!("expected 'rank: state' or 'rank: head', found {:?}", f[6]))),
        };
        out.push(Actor {
            id: f[0].to_string(),
            kind,
            country: opt(f[2]),
            sector: opt(f[3]),
            name: f[4].to_string(),
            forms,
            rank,
            victim,
        });
    }
    Ok(out)
}

/// Parse a trigger file (blocks of `key: value` lines separated by blank lines).
pub fn parse_triggers(file: &str, text: &str) -> Result<Vec<Trigger>, LexiconError> {
    let mut out = Vec::new();
    let mut block: Vec<(usize, String, String)> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, raw) in lines.iter().enumerate().chain(std::iter::once((lines.len(), &""))) {
        let line = raw.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !block.is_empty() {
                out.push(trigger_from_block(file, &block)?);
                block.clear();
            }
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            return Err(err(file, i + 1, format!("expected 'key: value', found {line:?}")));
        };
        block.push((i + 1, k.trim().to_string(), v.trim().to_string()));
    }
    Ok(out)
}

fn trigger_from_block(file: &str, block: &[(usize, String, String)]) -> Result<Trigger, LexiconError> {
    let start = block[0].0;
    let mut t = Trigger {
        id: String::new(),
        event_type: String::new(),
        mode: None,
        context: Vec::new(),
        pattern: Pattern::Verb,
        of: Of::Recipient,
        forms: Vec::new(),
        examples: Vec::new(),
        nots: Vec::new(),
        needs: Vec::new(),
        unless_next: Vec::new(),
        unless_right_after: Vec::new(),
        unless_prev: Vec::new(),
        needs_prev: Vec::new(),
        needs_near: Vec::new(),
        unless_near: Vec::new(),
        no_near_mention: false,
        no_verbal_noun: false,
        no_possessive: false,
        topic_forms: Vec::new(),
        topic_unless_near: Vec::new(),
        checks: Vec::new(),
        origin: format!("{file}:{start}"),
    };
    let mut have_pattern = false;
    for (ln, k, v) in block {
        match k.as_str() {
            "id" => t.id = v.clone(),
            "type" => {
                if !EVENT_TYPES.contains(&v.as_str()) {
                    return Err(err(file, *ln, format!("unknown event type {v:?}")));
                }
                t.event_type = v.clone();
            }
            "mode" => t.mode = opt(v),
            "context" => t.context = v.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect(),
            "pattern" => {
                have_pattern = true;
                t.pattern = match v.as_str() {
                    "verb" => Pattern::Verb,
                    "passive" => Pattern::Passive,
                    "noun" => Pattern::Noun,
                    p => return Err(err(file, *ln, format!("unknown pattern {p:?} (verb, passive, noun)"))),
                }
            }
            "of" => {
                t.of = match v.as_str() {
                    "actor" => Of::Actor,
                    "recipient" => Of::Recipient,
                    "instrument" => Of::Instrument,
                    o => return Err(err(file, *ln, format!("unknown 'of' {o:?} (actor, recipient, instrument)"))),
                }
            }
            "forms" => t.forms.extend(split_forms(v)),
            "topic-forms" => {
                let forms = split_forms(v);
                t.topic_forms.extend(forms.iter().map(|f| ahdath_text::normalize_key(f)));
                // A topic form written with the article (definite only) matches as its bare form.
                t.forms.extend(forms.into_iter().map(|f| match f.strip_prefix("ال") {
                    Some(bare) if !bare.is_empty() => bare.to_string(),
                    _ => f,
                }));
            }
            "topic-unless-near" => {
                t.topic_unless_near.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f)))
            }
            "example" => t.examples.push(v.clone()),
            "not" => t.nots.push(v.clone()),
            "needs" => t.needs.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f))),
            "unless-prev" => t.unless_prev.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f))),
            "needs-prev" => t.needs_prev.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f))),
            "needs-near" | "unless-near" => {
                let forms = split_forms(v);
                if forms.is_empty() {
                    return Err(err(file, *ln, format!("{k} has no forms")));
                }
                let list = if k == "needs-near" { &mut t.needs_near } else { &mut t.unless_near };
                list.extend(forms.iter().map(|f| ahdath_text::normalize_key(f)));
            }
            "unless-next" => t.unless_next.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f))),
            "unless-right-after" => {
                t.unless_right_after.extend(split_forms(v).iter().map(|f| ahdath_text::normalize_key(f)))
            }
            "possessive" => {
                t.no_possessive = match v.as_str() {
                    "no" => true,
                    "yes" => false,
                    o => return Err(err(file, *ln, format!("unknown 'possessive' {o:?} (yes, no)"))),
                }
            }
            "near-mention" => {
                t.no_near_mention = match v.as_str() {
                    "no" => true,
                    "yes" => false,
                    o => return Err(err(file, *ln, format!("unknown 'near-mention' {o:?} (yes, no)"))),
                }
            }
            "verbal-noun" => {
                t.no_verbal_noun = match v.as_str() {
                    "no" => true,
                    "yes" => false,
                    o => return Err(err(file, *ln, format!("unknown 'verbal-noun' {o:?} (yes, no)"))),
                }
            }
            "checks" => {
                let names: Vec<&str> = v.split([',', ';']).map(str::trim).filter(|c| !c.is_empty()).collect();
                if names.is_empty() {
                    return Err(err(file, *ln, "checks has no names"));
                }
                for name in names {
                    let Some(c) = Check::ALL.iter().copied().find(|c| c.name() == name) else {
                        let known: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
                        return Err(err(file, *ln, format!("unknown check {name:?} ({})", known.join(", "))));
                    };
                    if !t.checks.contains(&c) {
                        t.checks.push(c);
                    }
                }
            }
            other => return Err(err(file, *ln, format!("unknown key {other:?}"))),
        }
    }
    if t.id.is_empty() {
        return Err(err(file, start, "rule has no id"));
    }
    if t.event_type.is_empty() {
        return Err(err(file, start, format!("rule {} has no type", t.id)));
    }
    if !have_pattern {
        return Err(err(file, start, format!("rule {} has no pattern", t.id)));
    }
    if t.forms.is_empty() {
        return Err(err(file, start, format!("rule {} has no forms", t.id)));
    }
    if t.examples.is_empty() {
        return Err(err(file, start, format!("rule {} has no example", t.id)));
    }
    if !t.needs_near.is_empty() && t.forms.iter().all(|f| f.contains(' ')) {
        let ln = block.iter().find(|(_, k, _)| k == "needs-near").map_or(start, |b| b.0);
        return Err(err(file, ln, format!("rule {} has needs-near but no one-word form", t.id)));
    }
    if t.no_near_mention && t.needs_near.is_empty() && t.unless_near.is_empty() {
        let ln = block.iter().find(|(_, k, _)| k == "near-mention").map_or(start, |b| b.0);
        return Err(err(file, ln, format!("rule {} has near-mention but no needs-near or unless-near", t.id)));
    }
    Ok(t)
}

/// Parse the cues file.
pub fn parse_cues(file: &str, text: &str) -> Result<Vec<Cue>, LexiconError> {
    let mut out = Vec::new();
    for (ln, line) in content_lines(text) {
        let f: Vec<&str> = line.split('|').map(str::trim).collect();
        if f.len() != 4 {
            return Err(err(file, ln, format!("expected 4 fields separated by '|', found {}", f.len())));
        }
        let kind = match f[1] {
            "negation" => CueKind::Negation,
            "denial" => CueKind::Denial,
            "future" => CueKind::Future,
            "hypothetical" => CueKind::Hypothetical,
            "speech" => CueKind::Speech,
            "agent" => CueKind::Agent,
            "past" => CueKind::Past,
            "veto" => CueKind::Veto,
            k => return Err(err(file, ln, format!("unknown cue kind {k:?}"))),
        };
        let (mut before, mut sentence, mut after, mut reach) = (false, false, None, None);
        if kind != CueKind::Veto {
            for tok in f[2].split(',').map(str::trim) {
                match tok.split_whitespace().collect::<Vec<_>>()[..] {
                    ["before"] => before = true,
                    ["before", "sentence"] => (before, sentence) = (true, true),
                    ["before", n] => match n.parse::<usize>() {
                        Ok(n) if (1..=3).contains(&n) && kind == CueKind::Hypothetical => {
                            (before, reach) = (true, Some(n))
                        }
                        Ok(n) if (1..=3).contains(&n) => {
                            return Err(err(file, ln, "a reach before the trigger is read only for hypothetical cues"))
                        }
                        _ => return Err(err(file, ln, format!("bad reach {n:?} after \"before\" (a number 1 to 3)"))),
                    },
                    ["after"] => {}
                    ["after", n] => match n.parse::<usize>() {
                        Ok(n) if (1..=20).contains(&n) && kind == CueKind::Future => after = Some(n),
                        Ok(n) if (1..=20).contains(&n) => {
                            return Err(err(file, ln, "a reach after the trigger is read only for future cues"))
                        }
                        _ => return Err(err(file, ln, format!("bad reach {n:?} after \"after\" (a number 1 to 20)"))),
                    },
                    _ => {
                        return Err(err(
                            file,
                            ln,
                            format!("unknown scope {tok:?} (before, before N, before sentence, after, after N)"),
                        ))
                    }
                }
            }
        }
        let mut forms = Vec::new();
        let mut gaps = Vec::new();
        for form in split_forms(f[3]) {
            let Some((head, tail)) = form.split_once('…').or_else(|| form.split_once("...")) else {
                forms.push(form);
                continue;
            };
            let (head, tail) = (head.trim(), tail.trim());
            if head.is_empty() || tail.is_empty() || head.contains(' ') || tail.contains(' ') {
                return Err(err(file, ln, format!("form {form:?}: a gap stands between one word and one word")));
            }
            if kind != CueKind::Negation {
                return Err(err(file, ln, format!("form {form:?}: a gap is read only in negation cues")));
            }
            gaps.push((ahdath_text::normalize_key(head), ahdath_text::normalize_key(tail)));
        }
        if forms.is_empty() && gaps.is_empty() {
            return Err(err(file, ln, "cue has no forms"));
        }
        out.push(Cue {
            id: f[0].to_string(),
            kind,
            scope: f[2].to_string(),
            forms,
            before,
            sentence,
            after,
            reach,
            gaps,
        });
    }
    Ok(out)
}

/// Parse a gazetteer TSV file (`docs/gazetteer.md`).
pub fn parse_places(file: &str, text: &str) -> Result<Vec<Place>, LexiconError> {
    let mut out = Vec::new();
    for (ln, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() != 11 {
            return Err(err(file, ln, format!("expected 11 tab-separated columns, found {}", f.len())));
        }
        let num = |i: usize, what: &str| -> Result<Option<f64>, LexiconError> {
            if f[i].is_empty() {
                Ok(None)
            } else {
                f[i].parse::<f64>().map(Some).map_err(|_| err(file, ln, format!("bad {what} {:?}", f[i])))
            }
        };
        let forms = split_forms(f[6]);
        out.push(Place {
            id: f[0].to_string(),
            feature: f[1].to_string(),
            country: f[2].to_string(),
            admin1: opt(f[3]),
            admin2: opt(f[4]),
            name: f[5].to_string(),
            forms,
            lat: num(7, "latitude")?,
            lon: num(8, "longitude")?,
            population: if f[9].is_empty() {
                0
            } else {
                f[9].parse().map_err(|_| err(file, ln, format!("bad population {:?}", f[9])))?
            },
            geonames_id: if f[10].is_empty() {
                None
            } else {
                Some(f[10].parse().map_err(|_| err(file, ln, format!("bad geonames_id {:?}", f[10])))?)
            },
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (thirtieth session, cue19) The scope of a cue reads `before`, `before sentence` and `after
    /// N` (future cues); a form `head … tail` (negation cues) is a gap form, kept out of the
    /// contiguous forms. A bad reach, a reach or a gap on the wrong kind, a gap between several
    /// words and an unknown scope are reported with their file and line.
    #[test]
    fn cue_reach_and_gap_fields_parse_and_report_their_line() {
        let ok = parse_cues(
            "c.txt",
            "# c\nf.a | future | before sentence, after 8 | المقرر ; يتوقع\nf.b | future | after 8 | متوقع\n\
             n.a | negation | before | امتنع عن ; امتنعت … عن ; كف ... عن\nag | agent | after | على يد\n\
             h | hypothetical | before 2 | بإمكان\n",
        )
        .unwrap();
        let got: Vec<_> = ok.iter().map(|c| (c.before, c.sentence, c.after, c.forms.len(), c.gaps.len())).collect();
        assert_eq!(ok.iter().map(|c| c.reach).collect::<Vec<_>>(), [None, None, None, None, Some(2)]);
        assert_eq!(
            got,
            [
                (true, true, Some(8), 2, 0),
                (false, false, Some(8), 1, 0),
                (true, false, None, 1, 2),
                (false, false, None, 1, 0),
                (true, false, None, 1, 0)
            ]
        );
        assert_eq!(ok[2].gaps[0], ("امتنعت".to_string(), "عن".to_string()));
        for (text, want) in [
            ("x | negation | before | لم\nf | future | after eight | متوقع\n", "c.txt:2: bad reach"),
            ("f | future | after 0 | متوقع\n", "c.txt:1: bad reach"),
            ("# c\n\nn | negation | after 3 | لم\n", "c.txt:3: a reach after the trigger is read only for future cues"),
            ("f | future | before | سوف … غدا\n", "c.txt:1: form \"سوف … غدا\": a gap is read only in negation cues"),
            ("n | negation | before | امتنع … عن ال\n", "c.txt:1: form \"امتنع … عن ال\": a gap stands between"),
            ("n | negation | befor | لم\n", "c.txt:1: unknown scope \"befor\""),
            ("n | negation | before 2 | لم\n", "c.txt:1: a reach before the trigger is read only for hypothetical"),
            ("h | hypothetical | before 4 | بإمكان\n", "c.txt:1: bad reach"),
        ] {
            let e = parse_cues("c.txt", text).unwrap_err().to_string();
            assert!(e.starts_with(want), "{e}");
        }
    }

    #[test]
    fn actor_line_errors_name_file_and_line() {
        let e = parse_actors("a.txt", "# c\nstate.x | country | X | GOV | X | س\nbad | line\n").unwrap_err();
        assert_eq!(e.to_string(), "a.txt:3: expected 6 fields separated by '|' (7 with a rank), found 2");
        let e = parse_actors("a.txt", "x | planet | - | - | X | س\n").unwrap_err();
        assert!(e.to_string().starts_with("a.txt:1: unknown actor kind"));
    }

    /// (sixty-first session, actors125) The optional seventh field `role: victim` of a group
    /// entry marks a victim-only entity; a bad value or a role on another kind is reported with
    /// its file and line.
    #[test]
    fn group_victim_role_parses_and_reports_its_line() {
        let ok = parse_actors(
            "g.txt",
            "# c\ngrp.a | group | - | UNK | A | الجرحى | role: victim\ngrp.b | group | - | CVL | B | الأطفال\n",
        )
        .unwrap();
        assert_eq!(ok.iter().map(|a| a.victim).collect::<Vec<_>>(), [true, false]);
        assert_eq!(ok[0].rank, None);
        let cases = [
            ("grp.a | group | - | UNK | A | الجرحى | role: doer", "g.txt:2: unknown role \"doer\" (expected victim)"),
            (
                "off.a | office | - | GOV | A | الوزير | role: victim",
                "g.txt:2: role \"victim\" on a office entry; only a group has a role",
            ),
            (
                "grp.a | group | - | UNK | A | الجرحى | rank: state",
                "g.txt:2: rank \"state\" on a group entry; only an office has a rank",
            ),
        ];
        for (line, want) in cases {
            let e = parse_actors("g.txt", &format!("# c\n{line}\n")).unwrap_err();
            assert_eq!(e.to_string(), want, "{line}");
        }
    }

    /// (twenty-ninth session, actors40) The optional seventh field `rank: state | head` of an
    /// office entry; a bad value, a rank on another kind or an unknown key is reported with its
    /// file and line.
    #[test]
    fn office_rank_parses_and_reports_its_line() {
        let ok = parse_actors(
            "o.txt",
            "# c\noff.a | office | - | GOV | A | الرئيس | rank: state\noff.b | office | - | GOV | B | الأمير | rank: head\noff.c | office | - | GOV | C | وزير\n",
        )
        .unwrap();
        assert_eq!(ok.iter().map(|a| a.rank).collect::<Vec<_>>(), [Some(Rank::State), Some(Rank::Head), None]);
        let cases = [
            (
                "off.a | office | - | GOV | A | الرئيس | rank: king",
                "o.txt:2: unknown rank \"king\" (expected state or head)",
            ),
            ("off.a | office | - | GOV | A | الرئيس | rank:", "o.txt:2: unknown rank \"\" (expected state or head)"),
            (
                "off.a | office | - | GOV | A | الرئيس | heads: state",
                "o.txt:2: expected 'rank: state' or 'rank: head', found \"heads: state\"",
            ),
            (
                "off.a | office | - | GOV | A | الرئيس | state",
                "o.txt:2: expected 'rank: state' or 'rank: head', found \"state\"",
            ),
            (
                "per.a | person | EGY | GOV | A | فلان | rank: state",
                "o.txt:2: rank \"state\" on a person entry; only an office has a rank",
            ),
            (
                "off.a | office | - | GOV | A | الرئيس | rank: state | x",
                "o.txt:2: expected 6 fields separated by '|' (7 with a rank), found 8",
            ),
        ];
        for (line, want) in cases {
            let e = parse_actors("o.txt", &format!("# c\n{line}\n")).unwrap_err();
            assert_eq!(e.to_string(), want, "{line}");
        }
    }

    #[test]
    fn trigger_blocks_parse_and_validate() {
        let src = "# h\nid: a.b\ntype: ASSAULT\nmode: -\npattern: verb\nforms: قتل ; قتلت\nexample: قتلت القوات مسلحا\n\nid: c\ntype: NOPE\n";
        let e = parse_triggers("t.txt", src).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:10: unknown event type \"NOPE\"");
        let ok = parse_triggers("t.txt", &src[..src.find("\n\nid: c").unwrap()]).unwrap();
        assert_eq!(ok[0].forms, vec!["قتل", "قتلت"]);
        assert_eq!(ok[0].mode, None);
        assert_eq!(ok[0].origin, "t.txt:2");
        let e = parse_triggers("t.txt", "id: x\ntype: AGREE\npattern: noun\nforms: اتفاق\n").unwrap_err();
        assert_eq!(e.to_string(), "t.txt:1: rule x has no example");
    }

    /// (twenty-eighth session, needs2) `needs-near:` reads its forms as match keys; an empty one,
    /// or one on a rule with no one-word form (which it could never hold), is reported with its
    /// line.
    #[test]
    fn needs_near_parses_and_reports_its_line() {
        let head = "id: m\ntype: MOBILIZE\npattern: verb\nexample: حلقت مقاتلات فوق المدينة\n";
        let ok =
            parse_triggers("t.txt", &format!("{head}forms: حلقت ; خرقت الأجواء\nneeds-near: مقاتلات ; طيران التحالف\n"))
                .unwrap();
        assert_eq!(ok[0].needs_near, vec!["مقاتلات", "طيران التحالف"]);
        let e = parse_triggers("t.txt", &format!("{head}forms: حلقت\nneeds-near: ; \n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:6: needs-near has no forms");
        let e = parse_triggers("t.txt", &format!("{head}needs-near: مقاتلات\nforms: خرقت الأجواء\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:5: rule m has needs-near but no one-word form");
    }

    /// (twenty-eighth session, alert1) `unless-near:` reads its forms as match keys, on a rule of
    /// several-word forms too; an empty one is reported with its line.
    #[test]
    fn unless_near_parses_and_reports_its_line() {
        let head = "id: m\ntype: MOBILIZE\nmode: troops\npattern: noun\nexample: x\n";
        let ok = parse_triggers("t.txt", &format!("{head}forms: حالة التأهب\nunless-near: الدفاع المدني ; السيول\n"))
            .unwrap();
        assert_eq!(ok[0].unless_near, vec!["الدفاع المدني", "السيول"]);
        let e = parse_triggers("t.txt", &format!("{head}forms: استنفار\nunless-near: ;\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:7: unless-near has no forms");
    }

    /// (recall54) `near-mention: no` sets the rule's flag (default: a mention); another value, or
    /// the key on a rule with neither `needs-near:` nor `unless-near:` (it could never apply), is
    /// reported with its line.
    #[test]
    fn near_mention_parses_and_reports_its_line() {
        let head = "id: c\ntype: CONSULT\nmode: phone\npattern: verb\nexample: اتصل الوزير بنظيره\nforms: اتصل\n";
        let ok = parse_triggers("t.txt", &format!("{head}needs-near: نظيره\nnear-mention: no\n")).unwrap();
        assert!(ok[0].no_near_mention);
        let ok = parse_triggers("t.txt", &format!("{head}unless-near: الشرطة\nnear-mention: yes\n")).unwrap();
        assert!(!ok[0].no_near_mention);
        let ok = parse_triggers("t.txt", &format!("{head}needs-near: نظيره\n")).unwrap();
        assert!(!ok[0].no_near_mention);
        let e = parse_triggers("t.txt", &format!("{head}needs-near: نظيره\nnear-mention: never\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:8: unknown 'near-mention' \"never\" (yes, no)");
        let e = parse_triggers("t.txt", &format!("{head}near-mention: no\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:7: rule c has near-mention but no needs-near or unless-near");
    }

    /// (tidy61) `checks:` reads check names separated by commas or « ; » (fix61a) (a name listed twice once); an
    /// unknown name or an empty line is reported with its file and line.
    #[test]
    fn checks_parse_and_report_their_line() {
        let head = "id: c\ntype: COERCE\nmode: restrict\npattern: verb\nexample: أغلقت السلطات المعبر\nforms: أغلق\n";
        let ok = parse_triggers("t.txt", &format!("{head}checks: imposer, measure-aim , imposer\n")).unwrap();
        assert_eq!(ok[0].checks, vec![Check::Imposer, Check::MeasureAim]);
        assert!(ok[0].has(Check::Imposer));
        // (fix61a) « ; » separates as in the other multi-valued keys, mixed with commas too.
        let ok = parse_triggers("t.txt", &format!("{head}checks: imposer ; measure-aim, advisory\n")).unwrap();
        assert_eq!(ok[0].checks, vec![Check::Imposer, Check::MeasureAim, Check::Advisory]);
        // (tidy62) Every name the loader knows reads back as its check, in the order written.
        let all: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
        let ok = parse_triggers("t.txt", &format!("{head}checks: {}\n", all.join(", "))).unwrap();
        assert_eq!(ok[0].checks, Check::ALL.to_vec());
        let e = parse_triggers("t.txt", &format!("{head}checks: ;\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:7: checks has no names");
        let ok = parse_triggers("t.txt", head).unwrap();
        assert!(ok[0].checks.is_empty() && !ok[0].has(Check::Imposer));
        let e = parse_triggers("t.txt", &format!("{head}checks: imposer, imposed\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:7: unknown check \"imposed\" (imposer, measure-aim, advisory, praise-seen, violent-context, unarmed-siege, farewell, counted-student, counted-noun, park-name, happened-on, endangers, lodging, harbouring, co-organiser, hosts-show, money-pledge, place-target, verdict, accusing-participle, courtesy-thanks, home-cooperation, attributive)");
        let e = parse_triggers("t.txt", &format!("{head}checks: ,\n")).unwrap_err();
        assert_eq!(e.to_string(), "t.txt:7: checks has no names");
    }

    #[test]
    fn place_rows_parse() {
        let row = "gn:1\tcity\tIRQ\tBaghdad\t\tBaghdad\tبغداد ; بغداذ\t33.34\t44.40\t5000000\t98182\n";
        let p = parse_places("p.tsv", row).unwrap();
        assert_eq!(p[0].forms.len(), 2);
        assert_eq!(p[0].geonames_id, Some(98182));
        let e = parse_places("p.tsv", "x\tcity\n").unwrap_err();
        assert!(e.to_string().starts_with("p.tsv:1:"));
    }
}
