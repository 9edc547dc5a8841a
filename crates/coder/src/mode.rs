//! The event mode: reading the manner of an act from its context (air, drone, heavy or firearm,
//! blast, suicide, stabbing, multilateral meetings, censorship), the mode word lists as bit sets,
//! and the mode a record keeps after merging. Split out of lib.rs by tidy64 (script-moved, bodies
//! unchanged).

use super::*;

/// The mode a trigger whose rule states none takes from its context (the `MODE_*` lists of
/// data/grammar/coder.txt): a REQUEST or REJECT from the noun of its object, past the addressee
/// and "ب/إلى/على" ("طالبت الحكومة بالإفراج عن" → yield), a meeting from a summit noun or a body
/// of several states in construct with it or a visit in its clause, an ASSAULT from words of an air attack in its clause,
/// a meeting from an arrival before it, a THREATEN from a violent act as its ب complement ("هدد
/// بالقتل" → violence), and an ASSAULT verb joined to the clause before it from aircraft there, the
/// doer it shares ("الغارات التي استهدفت" → aerial), and a killing or wounding from a weapon in its
/// cause clause or before its verb of result ("استشهد إثر سقوط مقذوف" → heavy-weapons, mode16), and
/// an ASSAULT from a blast noun in its clause or as its doer ("الانفجار الذي استهدف" → explosives,
/// mode19) or from a bomb as its instrument ("هجمات بقنابل" → explosives, mode20).
pub(crate) fn mode_from_context(
    a: &Analysis,
    lex: &Lexicon,
    event_type: &str,
    t: &TriggerMention,
    verb: bool,
) -> Option<&'static str> {
    const OBJECTS: [(u32, &str); 4] = [
        (ML_YIELD_OBJECTS, "yield"),
        (ML_ASSIST_OBJECTS, "assist"),
        (ML_CHANGE_OBJECTS, "change"),
        (ML_MEET_OBJECTS, "meet"),
    ];
    // (A refused "intervention" is no refused aid: a REJECT reads no `assist` object.)
    const REJECT_OBJECTS: [(u32, &str); 3] =
        [(ML_YIELD_OBJECTS, "yield"), (ML_CHANGE_OBJECTS, "change"), (ML_MEET_OBJECTS, "meet")];
    let n = a.words.len();
    let m = ModeWords::new(a, t.w0);
    // (Bare too: "فيما" is no ف + "يما".)
    // (The word class `MODE_OBJECT_STOP` is this test: speed61.)
    let stop = |j: usize| a.has_class(j, sentence::MODE_OBJECT_STOP);
    // (The words of a party's name are no object: "بعثة الأمم المتحدة للدعم في ليبيا".)
    let named = |j: usize| a.entities.iter().any(|e| !e.is_location && e.w0 <= j && j <= e.w1);
    // The words after the trigger up to a clause boundary (a break is crossed once, before a
    // complement that starts with ب or with إلى/على: "طالبت فيه الحكومة، بالإفراج"), at most `len`.
    let forward = |len: usize, stops: bool| {
        let mut crossed = false;
        (t.w1 + 1..(t.w1 + 1 + len).min(n)).take_while(move |&j| {
            if a.break_between(j - 1, j) {
                let w = a.word(j);
                if crossed || !(w.starts_with('ب') || matches!(w, "الي" | "علي")) {
                    return false;
                }
                crossed = true;
            }
            !(stops && stop(j))
        })
    };
    // The three words after a meeting that may name a gathering, but for a noun before من, a
    // quantity ("التقى مجموعة من الطلاب").
    let gathering = || forward(3, true).filter(|&j| !(j + 1 < n && a.word(j + 1) == "من"));
    let find = |lists: &[(u32, &'static str)], js: &mut dyn Iterator<Item = usize>| {
        for j in js {
            if named(j) {
                continue;
            }
            let bits = m.bits(j);
            if let Some(&(_, mode)) = lists.iter().find(|&&(l, _)| bits & l != 0) {
                return Some(mode);
            }
        }
        None
    };
    match event_type {
        "REQUEST" => find(&OBJECTS, &mut forward(8, true)),
        // What a threat says it will do, as its ب complement: "هددت بشن حملة عسكرية".
        "THREATEN" => forward(6, true)
            .find(|&j| {
                let w = strip_conj_key(a.word(j));
                !named(j) && w.starts_with('ب') && m.bare_is(j, ML_VIOLENCE_THREATS)
            })
            .map(|_| "violence"),
        // A rejected text or demand is the verb's direct object ("رفضت الحركة المقترح").
        "REJECT" => find(&[(ML_REJECTED_TEXTS, "change")], &mut forward(2, true))
            .or_else(|| find(&REJECT_OBJECTS, &mut forward(8, true))),
        "CONSULT" => {
            // (A word with a forged thing in the two words after it is no visit nor arrival:
            // «يزوّر» is written «يزور», "تزور نتائج الانتخابات", `MODE_FORGED_OBJECTS`; fix67a.)
            let forged = |j: usize| {
                a.word(j).contains("زور") && (j + 1..(j + 3).min(n)).any(|k| in_list(&MODE_FORGED_OBJECTS, a.word(k)))
            };
            find(&[(ML_MULTILATERAL_OBJECTS, "multilateral")], &mut gathering())
                .or_else(|| body_meeting(a, lex, t).then_some("multilateral"))
                .or_else(|| find(&[(ML_VISIT_OBJECTS, "visit")], &mut forward(8, false).filter(|&j| !forged(j))))
                // (A visit named before the talks in their clause: "في زيارة لليمن يجري خلالها محادثات".)
                .or_else(|| {
                    let mut back = (t.w0.saturating_sub(6)..t.w0)
                        .rev()
                        .take_while(|&j| !a.break_between(j, j + 1) && !stop(j))
                        .filter(|&j| !forged(j));
                    find(&[(ML_VISIT_OBJECTS, "visit")], &mut back)
                })
                // (An arrival or a visit before the meeting in its sentence, across commas but not
                // past a stop word or a reporting verb: "وصل الوزير، فجر الاثنين، إلى الدوحة، للقاء",
                // "زار الوزير الجزائر، والتقى الرئيس"; the visit verbs of `MODE_VISIT_VERBS`, mode25.)
                .or_else(|| {
                    let mut back =
                        (t.w0.saturating_sub(14)..t.w0).rev().take_while(|&j| !stop(j) && !reporting_verb(a.word(j)));
                    // (Matched whole, after one glued و at most: "فيصل" is a name, not ف + يصل.)
                    let arrival = |w: &str| {
                        let bare = w.strip_prefix('و').unwrap_or(w);
                        MODE_ARRIVAL_VERBS.iter().chain(MODE_VISIT_VERBS.iter()).any(|&x| x == bare || x == w)
                    };
                    back.any(|j| arrival(a.word(j)) && !forged(j)).then_some("visit")
                })
        }
        "ASSAULT" => {
            // (A killing or a wounding: its subject is the victims, and its weapon may stand in
            // its cause or result clause; four readings below ask.)
            let casualty = casualty_rule(lex.triggers[t.rule as usize].id.as_str());
            let back = (t.w0.saturating_sub(6)..t.w0).rev().take_while(|&j| !a.break_between(j, j + 1) && !stop(j));
            // (A doer's name may tell the aircraft: "طائرات الاحتلال استهدفت".)
            let aerial = |j: usize| m.is(j, ML_AERIAL_WORDS) && !(j > 0 && m.is(j - 1, ML_AERIAL_NOT_AFTER));
            // (A weapon written as the instrument, with ب, or as an adjective: "هجوم بقذائف
            // الهاون", "هجوم صاروخي", "عبوة ناسفة"; an aircraft word comes first.)
            let heavy = |j: usize| {
                let w = strip_conj_key(a.word(j));
                (w.starts_with('ب') && m.bare_is(j, ML_HEAVY_INSTRUMENTS)) || m.bare_is(j, ML_HEAVY_ADJECTIVES)
            };
            // (A bomb as the instrument, with ب on the word itself (`MODE_BOMB_INSTRUMENTS`: "هجمات
            // بقنابل", "هجوم بالقنابل"), not inside a party's name, nor right before a word of
            // `MODE_BOMB_NOT_BEFORE` (tear gas, sound, incendiary, nuclear: "بالقنابل المسيلة
            // للدموع"), reads as an explosive adjective does; mode20.)
            let bomb = |j: usize| {
                strip_conj_key(a.word(j)).starts_with('ب')
                    && m.bare_is(j, ML_BOMB_INSTRUMENTS)
                    && !named(j)
                    && !(j + 1 < n && !a.break_between(j, j + 1) && m.is(j + 1, ML_BOMB_NOT_BEFORE))
            };
            let explosive = |j: usize| m.is(j, ML_EXPLOSIVE_ADJECTIVES) || bomb(j);
            // (A blast noun (`MODE_BLAST_NOUNS`: "انفجار", "تفجيرات"), not inside a party's name, nor
            // right after a word of `MODE_BLAST_NOT_AFTER` (a bombing tried or foiled: "وحاول تفجير"),
            // nor right before a heavy weapon ("انفجار قذيفة" is the shell's) or a word of
            // `MODE_BLAST_NOT_BEFORE` ("انفجار أسطوانة غاز"), nor one of two means, with "أو" up to
            // three words after it (`MODE_DRONE_ALTERNATIVES`: "تفجيرا انتحاريا أو عبوة"); mode19.)
            let blast_word = |j: usize| {
                !named(j)
                    && m.is(j, ML_BLAST_NOUNS)
                    && !(j > 0 && !a.break_between(j - 1, j) && m.is(j - 1, ML_BLAST_NOT_AFTER))
                    && !(j + 1 < n
                        && !a.break_between(j, j + 1)
                        && m.is(j + 1, ML_HEAVY_INSTRUMENTS | ML_BLAST_NOT_BEFORE))
                    && !(j + 1..(j + 4).min(n)).any(|k| MODE_DRONE_ALTERNATIVES.contains(&strip_conj_key(a.word(k))))
            };
            // (In the trigger's clause, not one joined by a glued و: another act of a list,
            // "والاعتداء والتكفير والتفجير".)
            let blast = |j: usize| !a.word(j).starts_with('و') && blast_word(j);
            let result = |j: usize| {
                let w = unconj(a.word(j));
                RESULT_VERBS.contains(&w) || MODE_RESULT_VERBS.contains(&w)
            };
            // (A shelling's blast in its clause is its result, not its weapon: "قصف أدى إلى انفجار
            // مخزن"; mode19.)
            let shelling = lex.triggers[t.rule as usize].id.starts_with("assault.shell");
            // (A blast noun as the doer of the trigger: the antecedent, up to three words before it,
            // of a relative pronoun (`MODE_BLAST_LINKS`) right before the trigger, or before a verb of
            // result up to three words before a killing or wounding: "التفجير الإرهابي الذي استهدف
            // المسجد", "الانفجار الذي أسفر عن مقتل"; mode19.)
            let blast_doer = || {
                let link = |p: usize| MODE_BLAST_LINKS.contains(&strip_conj_key(a.word(p)));
                let Some(p) =
                    (t.w0.saturating_sub(4)..t.w0).rev().take_while(|&p| !a.break_between(p, p + 1)).find(|&p| link(p))
                else {
                    return false;
                };
                (p + 1 == t.w0 || (casualty && (p + 1..t.w0).any(result)))
                    && (p.saturating_sub(3)..p).rev().take_while(|&k| !a.break_between(k, k + 1)).any(blast_word)
            };
            // (A gun as the instrument, with ب, not rubber bullets: "قتل برصاص مجهولين", "أصيب بطلق
            // ناري"; not "بالرصاص المطاطي".)
            let firearm = |j: usize| {
                let w = strip_conj_key(a.word(j));
                w.starts_with('ب')
                    && m.bare_is(j, ML_FIREARM_INSTRUMENTS)
                    && !(j + 1 < n && m.is(j + 1, ML_FIREARM_NOT_BEFORE))
            };
            // (An attack verb joined to the clause before it, whose doer it shares: after a
            // relative pronoun or "كما" (`MODE_SHARED_DOER_LINKS`) or with a glued و, and with no
            // party or weapon right after it (its own subject: "واستهدفت صواريخ كاتيوشا"); an air
            // word in that clause, back to a stop word or a reporting verb, is the doer: "الغارات
            // الجوية التي استهدفت مواقع", "قصفت طائرات التحالف مخازن السلاح، كما استهدفت مواقع".
            // Not a verb of killing or wounding, whose subject is the victims ("والتي قتل فيها"),
            // nor an air word joined by و to another force ("القوات البرية والجوية").)
            let shared_air_doer = || {
                if !verb
                    || t.w0 == 0
                    || casualty
                    || a.entities.iter().any(|e| !e.is_location && e.w0 == t.w1 + 1)
                    || (t.w1 + 1 < n && m.is(t.w1 + 1, ML_HEAVY_INSTRUMENTS))
                {
                    return false;
                }
                let from = if MODE_SHARED_DOER_LINKS.contains(&strip_conj_key(a.word(t.w0 - 1))) {
                    t.w0 - 1
                } else if a.word(t.w0).starts_with('و') {
                    t.w0
                } else {
                    return false;
                };
                (from.saturating_sub(20)..from)
                    .rev()
                    .take_while(|&j| !stop(j) && !reporting_verb(a.word(j)))
                    .any(|j| aerial(j) && !a.word(j).starts_with('و'))
            };
            // (Guns named by a noun of arms and its adjective, up to 14 words on, as the
            // instrument: with ب on the noun or on one of the two words before it, or after a word
            // of using: "مستخدمين أسلحة رشاشة", "بكافة أنواع الأسلحة الخفيفة"; not a load, "شحنة من
            // الأسلحة الخفيفة" (mode12).)
            let gun_arms = |j: usize| {
                let instrument = |k: usize| {
                    strip_conj_key(a.word(k)).starts_with('ب') || MODE_FIREARM_USE.contains(&strip_conj_key(a.word(k)))
                };
                j > 0
                    && m.is(j, ML_FIREARM_ADJECTIVES)
                    && m.is(j - 1, ML_FIREARM_ARMS)
                    && !a.break_between(j - 1, j)
                    && (j.saturating_sub(3)..j).any(instrument)
            };
            // (A blade, a stick or stones as the instrument (mode17), with ب on the word itself or
            // after a word of using or throwing up to two words before it in its clause: "هاجم
            // الحارس بسكين", "باستخدام سكين صغير", "حين ألقيت عليه حجارة"; not a party's name.)
            let primitive = |j: usize| {
                let using = |k: usize| {
                    let w = strip_conj_key(a.word(k));
                    MODE_FIREARM_USE.contains(&w)
                        || MODE_PRIMITIVE_THROWS.contains(&w)
                        || w.strip_prefix('ب').is_some_and(|r| MODE_FIREARM_USE.contains(&r))
                };
                !named(j)
                    && m.is(j, ML_PRIMITIVE_INSTRUMENTS)
                    && (strip_conj_key(a.word(j)).starts_with('ب')
                        || (j.saturating_sub(2)..j).any(|k| using(k) && (k..j).all(|m| !a.break_between(m, m + 1))))
            };
            // (A stabbing word of `MODE_STAB_WORDS` ("طعنه", "طعنات"), not inside a party's name: a
            // blade's wound, read only for a killing or a wounding (mode18).)
            let stab = |j: usize| !named(j) && m.is(j, ML_STAB_WORDS);
            // (A killing's or wounding's weapon told in its cause clause after it, opened by a word
            // of `MODE_CAUSE_LINKS` up to six words on ("استشهد فجر أمس إثر سقوط مقذوف على منزله",
            // "أصيب جراء إطلاق رصاص"), or in the clause before a verb of result up to three words
            // before it (`RESULT_VERBS`, `MODE_RESULT_VERBS`: "سقوط قذيفة هاون على منزل، مما نتج عنه
            // إصابة"), back to a stop word or a reporting verb, at most 20 words: a heavy or firearm
            // instrument is read there without ب, and an explosive adjective; not an air word (a
            // plane's crash or a runway accident, "بسبب خروج طائرة عن المدرج", is no air attack)
            // (mode16). After them a stabbing word, or a blade or stones as instrument, gives
            // `primitive`: "توفي متأثرا إثر تعرضه للطعن", "طعن زميله، مما نتج عنه إصابته" (mode18).)
            let cause_weapon = || -> Option<&'static str> {
                if !casualty {
                    return None;
                }
                let heavy_noun = |j: usize| m.is(j, ML_HEAVY_INSTRUMENTS);
                let gun_noun =
                    |j: usize| m.is(j, ML_FIREARM_INSTRUMENTS) && !(j + 1 < n && m.is(j + 1, ML_FIREARM_NOT_BEFORE));
                let weapon = |span: std::ops::Range<usize>| {
                    if span.clone().any(explosive) {
                        Some("explosives")
                    } else if span.clone().any(|j| heavy_noun(j) || heavy(j)) {
                        Some("heavy-weapons")
                    } else if span.clone().any(gun_noun) {
                        Some("firearms")
                    } else if span.clone().any(blast) {
                        Some("explosives")
                    } else if span.clone().any(|j| stab(j) || primitive(j)) {
                        Some("primitive")
                    } else {
                        None
                    }
                };
                let link = |j: usize| MODE_CAUSE_LINKS.contains(&strip_conj_key(a.word(j)));
                let cause = (t.w1 + 1..(t.w1 + 7).min(n))
                    .take_while(|&j| !a.break_between(j - 1, j) && (link(j) || !stop(j)))
                    .find(|&j| link(j));
                if let Some(l) = cause {
                    let end = (l + 8).min(n);
                    let end = (l + 1..end).find(|&k| a.break_between(k - 1, k) || stop(k)).unwrap_or(end);
                    if let Some(m) = weapon(l + 1..end) {
                        return Some(m);
                    }
                }
                let verb_at = (t.w0.saturating_sub(3)..t.w0).rev().find(|&j| result(j))?;
                let start = verb_at.saturating_sub(20);
                let start =
                    (start..verb_at).rev().find(|&k| stop(k) || reporting_verb(a.word(k))).map_or(start, |k| k + 1);
                weapon(start..verb_at)
            };
            // (A shell or a bullet with ب further on in the trigger's clause, past the eight words
            // read above and up to `FIREARM_REACH`, when nothing nearer told the mode: a victim's
            // or a target's name and place may stand between, "استشهد الشاب ... من سكان المخيم
            // برصاص الجنود", "استهدفت الجماعة موقعا ... غرب المدينة بقذيفتي هاون"; mode23.)
            let far_instrument = || -> Option<&'static str> {
                let far: Vec<usize> = forward(FIREARM_REACH, true).skip(8).collect();
                let shell = |j: usize| strip_conj_key(a.word(j)).starts_with('ب') && m.bare_is(j, ML_HEAVY_INSTRUMENTS);
                if far.iter().any(|&j| shell(j)) {
                    Some("heavy-weapons")
                } else if far.iter().any(|&j| firearm(j)) {
                    Some("firearms")
                } else {
                    None
                }
            };
            // (A heavy-weapon platform of `MODE_HEAVY_SUBJECTS` right after a shelling verb of
            // `MODE_HEAVY_SUBJECT_RULES`, with no ب or ل on it and no break between: the verb's
            // subject, "قصفت دبابات الجيش مواقع"; mode24.)
            let heavy_subject = || {
                let j = t.w1 + 1;
                verb && j < n
                    && !a.break_between(t.w1, j)
                    && MODE_HEAVY_SUBJECT_RULES.iter().any(|p| lex.triggers[t.rule as usize].id.starts_with(p))
                    && {
                        let w = strip_conj_key(a.word(j));
                        let w = w.strip_prefix("ال").unwrap_or(w);
                        MODE_HEAVY_SUBJECTS.contains(&w)
                    }
            };
            let clause: Vec<usize> = forward(8, true).chain(back).collect();
            if clause.iter().any(|&j| aerial(j)) {
                Some("aerial")
            } else if clause.iter().any(|&j| explosive(j)) {
                Some("explosives")
            } else if clause.iter().any(|&j| heavy(j)) || heavy_subject() {
                Some("heavy-weapons")
            } else if clause.iter().any(|&j| firearm(j))
                || clause.iter().copied().chain(forward(FIREARM_REACH, true).skip(8)).any(gun_arms)
            {
                Some("firearms")
            } else if let Some(m) = cause_weapon() {
                Some(m)
            } else if !shelling
                // (A blast before the trigger in its clause is read only for a verb, whose subject it
                // is ("تفجيرات انتحارية استهدفت"), or a killing or wounding; an attack noun's is
                // another act of the clause before it ("بتفجير المخازن بالتزامن مع اعتداءات").)
                && (clause.iter().any(|&j| blast(j) && (j > t.w1 || verb || casualty)) || blast_doer())
            {
                Some("explosives")
            } else if let Some(m) = far_instrument() {
                Some(m)
            } else if clause.iter().copied().chain(forward(FIREARM_REACH, true).skip(8)).any(primitive)
                || (casualty && clause.iter().any(|&j| stab(j)))
            {
                Some("primitive")
            } else if shared_air_doer() {
                Some("aerial")
            } else {
                // (An attack told as a suicide bomber's by an adjective: "الاعتداء الانتحاري"; not a
                // killing's or wounding's object, the bomber killed: "قتل انتحاريا".)
                (!casualty && suicide_told(a, t, false)).then_some("suicide-attack")
            }
        }
        _ => None,
    }
}

/// The mode bits ([`mode_bits`]) of the words around one trigger, each word read once as written
/// and once without a glued و or ف (`strip_conj_key`): `mode_from_context` asks up to seven
/// lists of each word of an attack's clause (its air, explosive, heavy, gun, blade and stabbing
/// words) and some of the words next to them. The window reaches from 24 words before the
/// trigger (the farthest any reading looks back) over `MODE_WINDOW` words; a word outside it
/// is read each time it is asked.
pub(crate) struct ModeWords<'a> {
    pub(crate) a: &'a Analysis,
    pub(crate) base: usize,
    /// The bits of word `base + k` as written, `MODE_UNREAD` until asked.
    pub(crate) plain: [Cell<u32>; MODE_WINDOW],
    /// The bits of word `base + k` without a glued و or ف, `MODE_UNREAD` until asked.
    pub(crate) bare: [Cell<u32>; MODE_WINDOW],
}

/// The words of a [`ModeWords`] window.
const MODE_WINDOW: usize = 64;

/// A word not read yet (no word is in every mode list).
const MODE_UNREAD: u32 = u32::MAX;

impl<'a> ModeWords<'a> {
    pub(crate) fn new(a: &'a Analysis, w0: usize) -> Self {
        ModeWords {
            a,
            base: w0.saturating_sub(24),
            plain: [const { Cell::new(MODE_UNREAD) }; MODE_WINDOW],
            bare: [const { Cell::new(MODE_UNREAD) }; MODE_WINDOW],
        }
    }

    /// The mode bits of word `j` as written.
    pub(crate) fn bits(&self, j: usize) -> u32 {
        Self::memo(&self.plain, j.wrapping_sub(self.base), || mode_bits(self.a.word(j)))
    }

    /// Word `j` as written is a form of a list of `bits`.
    pub(crate) fn is(&self, j: usize, bits: u32) -> bool {
        self.bits(j) & bits != 0
    }

    /// Word `j` without a glued و or ف is a form of a list of `bits` (as `is_mode_word` of
    /// `strip_conj_key` of the word).
    pub(crate) fn bare_is(&self, j: usize, bits: u32) -> bool {
        Self::memo(&self.bare, j.wrapping_sub(self.base), || mode_bits(strip_conj_key(self.a.word(j)))) & bits != 0
    }

    fn memo(cells: &[Cell<u32>; MODE_WINDOW], k: usize, read: impl FnOnce() -> u32) -> u32 {
        let Some(cell) = cells.get(k) else { return read() };
        let mut v = cell.get();
        if v == MODE_UNREAD {
            v = read();
            cell.set(v);
        }
        v
    }
}

/// True when an ASSAULT trigger's own clause tells a suicide bomber's act (mode15): a word of
/// `MODE_SUICIDE_WORDS` up to two words after the trigger (an adjective: "الاعتداء الانتحاري",
/// "تفجيرين انتحاريين", "هجوم إرهابي انتحاري"); for a `blast` (an attack whose mode is
/// `explosives`, its entry's or its clause's) also one up to eight words after it or six before it
/// ("تفجير سيارة مفخخة يقودها انتحاري", "قامت انتحاريتان منقبتان بتفجير"), or a reflexive of
/// `MODE_SUICIDE_SELF` right after it ("يفجر نفسه", "بتفجير نفسيهما"). The clause ends at a break
/// or a stop word (`MODE_OBJECT_STOPS`: "التي", "بعد" …). Not a suicide word with "أو" up to three
/// words after it (`MODE_DRONE_ALTERNATIVES`): one of two means ("ما إذا كانا تفجيرين انتحاريين أو
/// قنابل").
pub(crate) fn suicide_told(a: &Analysis, t: &TriggerMention, blast: bool) -> bool {
    let n = a.words.len();
    // (The word class `MODE_OBJECT_STOP` is this test: speed61.)
    let stop = |j: usize| a.has_class(j, sentence::MODE_OBJECT_STOP);
    let suicide = |j: usize| {
        mode_bits(a.word(j)) & ML_SUICIDE_WORDS != 0
            && !(j + 1..(j + 4).min(n)).any(|k| MODE_DRONE_ALTERNATIVES.contains(&strip_conj_key(a.word(k))))
    };
    let reach = if blast { 8 } else { 2 };
    let mut after = (t.w1 + 1..(t.w1 + 1 + reach).min(n)).take_while(|&j| !a.break_between(j - 1, j) && !stop(j));
    if after.any(suicide) {
        return true;
    }
    if !blast {
        return false;
    }
    let own_self = t.w1 + 1 < n && !a.break_between(t.w1, t.w1 + 1) && MODE_SUICIDE_SELF.contains(&a.word(t.w1 + 1));
    // (The antecedent of a relative pronoun right before the trigger, up to three words before it:
    // "التفجير الانتحاري الذي استهدف"; mode19.)
    let antecedent = t.w0 > 0
        && !a.break_between(t.w0 - 1, t.w0)
        && MODE_BLAST_LINKS.contains(&strip_conj_key(a.word(t.w0 - 1)))
        && (t.w0.saturating_sub(4)..t.w0 - 1).rev().take_while(|&j| !a.break_between(j, j + 1)).any(suicide);
    own_self
        || antecedent
        || (t.w0.saturating_sub(6)..t.w0).rev().take_while(|&j| !a.break_between(j, j + 1) && !stop(j)).any(suicide)
}

/// An `aerial` mode in a sentence that names a drone (`MODE_DRONE_PHRASES`: "طائرة أميركية بدون
/// طيار", "الدرون") is `drone`, the finer one (mode12); any other mode is itself. Not a drone
/// named as one of two means, with "أو" up to three words after it (`MODE_DRONE_ALTERNATIVES`:
/// "ما إذا كانت الغارة تمت بطائرة بدون طيار أو نفذتها مقاتلة"). The sentence is scanned only for
/// an air mode.
pub(crate) fn drone_or<'m>(a: &Analysis, mode: &'m str) -> &'m str {
    let n = a.words.len();
    let alternative =
        |i: usize| (i + 1..(i + 4).min(n)).any(|j| MODE_DRONE_ALTERNATIVES.contains(&strip_conj_key(a.word(j))));
    if mode == "aerial" && (0..n).any(|i| any_form_at(a, i, &MODE_DRONE_PHRASES) && !alternative(i)) {
        "drone"
    } else {
        mode
    }
}

/// Words after an ASSAULT trigger in which a noun of arms and its adjective name guns (mode12:
/// "اشتباكات بين الشرطة ومسلحين قبليين بكافة أنواع الأسلحة الخفيفة").
pub(crate) const FIREARM_REACH: usize = 14;

/// True when meeting noun `t` has in construct with it (or with ل) a body of several states ("اجتماع
/// مجلس الأمن", "اجتماعات الجامعة العربية") or plural officials of several states ("اجتماع وزراء
/// الخارجية العرب", "اجتماع قادة الاتحاد الأفريقي"): the meeting is `multilateral`. Not a meeting
/// on the sidelines of one ("على هامش اجتماعات الجمعية العامة"): that is the body's, not its own.
pub(crate) fn body_meeting(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let n = a.words.len();
    let j = t.w1 + 1;
    if j >= n
        || mode_bits(a.word(t.w1)) & ML_BODY_MEETINGS == 0
        || a.break_between(t.w1, j)
        || (t.w0 > 0 && is_mode_word(a.word(t.w0 - 1), &["هامش"]))
    {
        return false;
    }
    // (Past one adjective of the meeting and then "بين": "الاجتماع المشترك بين وزراء".)
    let next = |j: usize, ok: bool| if ok && j + 1 < n && !a.break_between(j, j + 1) { j + 1 } else { j };
    let j = next(j, mode_bits(a.word(j)) & ML_MEETING_ADJECTIVES != 0);
    let j = next(j, matches!(a.word(j), "بين" | "وبين"));
    // (A political or economic body of several states: the UN and its councils, the Arab League,
    // the GCC, the EU; not a UN agency for refugees or health, nor a court or a force.)
    let body_at = |k: usize| {
        a.entities.iter().any(|e| {
            e.w0 == k
                && !e.is_location
                && e.prep.as_deref().is_none_or(|p| p == "ل")
                && e.actors.iter().any(|&x| {
                    let act = &lex.actors[x as usize];
                    act.kind == ActorKind::Org
                        && matches!(act.country.as_deref(), Some("IGO" | "UNO" | "EUR"))
                        && matches!(act.sector.as_deref(), Some("GOV" | "LEG" | "IGO"))
                })
        })
    };
    if body_at(j) {
        return true;
    }
    // (Plural officials, after a council word at most ("اجتماعات مجلس وزراء خارجية الدول
    // الأعضاء"), then up to three words to a regional adjective, a body or "states".)
    let j = if is_mode_word(a.word(j), &["مجلس"]) && j + 1 < n && !a.break_between(j, j + 1) { j + 1 } else { j };
    let states = |w: &str| matches!(strip_conj_key(w), "دول" | "الدول" | "لدول" | "للدول");
    mode_bits(a.word(j)) & ML_OFFICIAL_PLURALS != 0
        && (j + 1..(j + 4).min(n))
            .take_while(|&k| !a.break_between(k - 1, k) && !MODE_OBJECT_STOPS.contains(&strip_conj_key(a.word(k))))
            .any(|k| mode_bits(a.word(k)) & ML_REGIONAL_PLURALS != 0 || states(a.word(k)) || body_at(k))
}

/// Whether sentence `a` opens on a word of `MODE_CARRIED_DOER_OPENERS` ("كما", "إذ", "حيث", "تم")
/// or on a word with a glued و: it may go on telling the act of the sentence before it (mode21).
pub(crate) fn opens_on_carried_doer(a: &Analysis) -> bool {
    let w = a.word(0);
    w.starts_with('و')
        || MODE_CARRIED_DOER_OPENERS.contains(&w)
        || MODE_CARRIED_DOER_OPENERS.contains(&strip_conj_key(w))
}

/// Whether sentence `p` ends in a clause with an air doer: an air word (`MODE_AERIAL_WORDS`, not
/// after `MODE_AERIAL_NOT_AFTER`, without a glued و) in its last 20 words, back to a stop word
/// or a reporting verb, as mode11 reads the clause before a shared doer: "وواصل طيران التحالف
/// قصف مواقع في المدينة" (mode21).
pub(crate) fn ends_with_air_doer(p: &Analysis) -> bool {
    let n = p.words.len();
    // (The word class `MODE_OBJECT_STOP` is this test: speed61.)
    let stop = |j: usize| p.has_class(j, sentence::MODE_OBJECT_STOP);
    (n.saturating_sub(20)..n).rev().take_while(|&j| !stop(j) && !reporting_verb(p.word(j))).any(|j| {
        !p.word(j).starts_with('و')
            && mode_bits(p.word(j)) & ML_AERIAL_WORDS != 0
            && !(j > 0 && mode_bits(p.word(j - 1)) & ML_AERIAL_NOT_AFTER != 0)
    })
}

/// An ASSAULT verb with no mode and no subject of its own that opens its sentence, after words of
/// `MODE_CARRIED_DOER_OPENERS` only ("كما قصف", "إذ قصف", "حيث تم قصف") or with a glued و
/// ("وقصف في وقت سابق"), shares the doer of the sentence before it; when that sentence ends in a
/// clause with an air doer (`ends_with_air_doer`, asked by the caller) the verb is `aerial`: mode11's
/// shared air doer across a sentence's end (mode21). A verbal noun after "تم" is read as a verb.
/// Not a killing or wounding, whose subject is the victims ("كما قتل قياديان"), nor a verb with a
/// party or a heavy weapon right after it (its own subject: "كما قصفت المدفعية").
pub(crate) fn carries_air_doer(a: &Analysis, lex: &Lexicon, event_type: &str, t: &TriggerMention, verb: bool) -> bool {
    if event_type != "ASSAULT" || t.w0 > 2 || casualty_rule(lex.triggers[t.rule as usize].id.as_str()) {
        return false;
    }
    let opener = |j: usize| {
        let w = a.word(j);
        MODE_CARRIED_DOER_OPENERS.contains(&w) || MODE_CARRIED_DOER_OPENERS.contains(&strip_conj_key(w))
    };
    let opens =
        if t.w0 == 0 { a.word(0).starts_with('و') } else { (0..t.w0).all(opener) && !a.break_between(0, t.w0) };
    let passive = t.w0 > 0 && matches!(strip_conj_key(a.word(t.w0 - 1)), "تم");
    let n = a.words.len();
    opens
        && (verb || passive)
        && !a.entities.iter().any(|e| !e.is_location && e.w0 == t.w1 + 1)
        && !(t.w1 + 1 < n && mode_bits(a.word(t.w1 + 1)) & ML_HEAVY_INSTRUMENTS != 0)
}

/// A closing or ban of a medium ("أغلقت السلطات صحيفتين", "حظر كتب"): a COERCE whose entry's
/// mode is `restrict` with a `MODE_CENSORED_MEDIA` noun in the four words after its trigger, in
/// its clause, is `censor`.
pub(crate) fn censored_medium(a: &Analysis, event_type: &str, mode: Option<&str>, t: &TriggerMention) -> bool {
    event_type == "COERCE"
        && mode == Some("restrict")
        && (t.w1 + 1..(t.w1 + 5).min(a.words.len()))
            .take_while(|&j| !a.break_between(j - 1, j) && !MODE_OBJECT_STOPS.contains(&strip_conj_key(a.word(j))))
            .any(|j| mode_bits(a.word(j)) & ML_CENSORED_MEDIA != 0)
}

/// A key word without one glued و or ف (when three letters remain).
pub(crate) fn strip_conj_key(w: &str) -> &str {
    w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.chars().count() >= 3).unwrap_or(w)
}

/// A word of `MODE_OBJECT_STOPS`, as written or without a glued و or ف (`strip_conj_key`; bare
/// too: "فيما" is no ف + "يما"): a word that ends `mode_from_context`'s reach, the word class
/// `sentence::MODE_OBJECT_STOP`.
pub(crate) fn is_mode_object_stop(w: &str) -> bool {
    MODE_OBJECT_STOPS.contains(&w) || MODE_OBJECT_STOPS.contains(&strip_conj_key(w))
}

/// The mode lists that `mode_from_context` and its helpers ask of words, one bit each: what
/// [`mode_bits`] answers for all of them at once.
pub(crate) const MODE_WORD_LISTS: [(&[&str], u32); 30] = [
    (&MODE_YIELD_OBJECTS, ML_YIELD_OBJECTS),
    (&MODE_ASSIST_OBJECTS, ML_ASSIST_OBJECTS),
    (&MODE_CHANGE_OBJECTS, ML_CHANGE_OBJECTS),
    (&MODE_MEET_OBJECTS, ML_MEET_OBJECTS),
    (&MODE_REJECTED_TEXTS, ML_REJECTED_TEXTS),
    (&MODE_MULTILATERAL_OBJECTS, ML_MULTILATERAL_OBJECTS),
    (&MODE_VISIT_OBJECTS, ML_VISIT_OBJECTS),
    (&MODE_VIOLENCE_THREATS, ML_VIOLENCE_THREATS),
    (&MODE_AERIAL_WORDS, ML_AERIAL_WORDS),
    (&MODE_AERIAL_NOT_AFTER, ML_AERIAL_NOT_AFTER),
    (&MODE_HEAVY_INSTRUMENTS, ML_HEAVY_INSTRUMENTS),
    (&MODE_HEAVY_ADJECTIVES, ML_HEAVY_ADJECTIVES),
    (&MODE_EXPLOSIVE_ADJECTIVES, ML_EXPLOSIVE_ADJECTIVES),
    (&MODE_FIREARM_INSTRUMENTS, ML_FIREARM_INSTRUMENTS),
    (&MODE_FIREARM_NOT_BEFORE, ML_FIREARM_NOT_BEFORE),
    (&MODE_FIREARM_ADJECTIVES, ML_FIREARM_ADJECTIVES),
    (&MODE_FIREARM_ARMS, ML_FIREARM_ARMS),
    (&MODE_PRIMITIVE_INSTRUMENTS, ML_PRIMITIVE_INSTRUMENTS),
    (&MODE_STAB_WORDS, ML_STAB_WORDS),
    (&MODE_SUICIDE_WORDS, ML_SUICIDE_WORDS),
    (&MODE_BODY_MEETINGS, ML_BODY_MEETINGS),
    (&MODE_MEETING_ADJECTIVES, ML_MEETING_ADJECTIVES),
    (&MODE_OFFICIAL_PLURALS, ML_OFFICIAL_PLURALS),
    (&MODE_REGIONAL_PLURALS, ML_REGIONAL_PLURALS),
    (&MODE_CENSORED_MEDIA, ML_CENSORED_MEDIA),
    (&MODE_BLAST_NOUNS, ML_BLAST_NOUNS),
    (&MODE_BLAST_NOT_AFTER, ML_BLAST_NOT_AFTER),
    (&MODE_BLAST_NOT_BEFORE, ML_BLAST_NOT_BEFORE),
    (&MODE_BOMB_INSTRUMENTS, ML_BOMB_INSTRUMENTS),
    (&MODE_BOMB_NOT_BEFORE, ML_BOMB_NOT_BEFORE),
];

/// The bits of [`MODE_WORD_LISTS`].
const ML_YIELD_OBJECTS: u32 = 1 << 0;

const ML_ASSIST_OBJECTS: u32 = 1 << 1;

const ML_CHANGE_OBJECTS: u32 = 1 << 2;

const ML_MEET_OBJECTS: u32 = 1 << 3;

const ML_REJECTED_TEXTS: u32 = 1 << 4;

const ML_MULTILATERAL_OBJECTS: u32 = 1 << 5;

const ML_VISIT_OBJECTS: u32 = 1 << 6;

const ML_VIOLENCE_THREATS: u32 = 1 << 7;

const ML_AERIAL_WORDS: u32 = 1 << 8;

const ML_AERIAL_NOT_AFTER: u32 = 1 << 9;

const ML_HEAVY_INSTRUMENTS: u32 = 1 << 10;

const ML_HEAVY_ADJECTIVES: u32 = 1 << 11;

const ML_EXPLOSIVE_ADJECTIVES: u32 = 1 << 12;

const ML_FIREARM_INSTRUMENTS: u32 = 1 << 13;

const ML_FIREARM_NOT_BEFORE: u32 = 1 << 14;

const ML_FIREARM_ADJECTIVES: u32 = 1 << 15;

const ML_FIREARM_ARMS: u32 = 1 << 16;

const ML_PRIMITIVE_INSTRUMENTS: u32 = 1 << 17;

const ML_STAB_WORDS: u32 = 1 << 18;

const ML_SUICIDE_WORDS: u32 = 1 << 19;

const ML_BODY_MEETINGS: u32 = 1 << 20;

const ML_MEETING_ADJECTIVES: u32 = 1 << 21;

const ML_OFFICIAL_PLURALS: u32 = 1 << 22;

const ML_REGIONAL_PLURALS: u32 = 1 << 23;

const ML_CENSORED_MEDIA: u32 = 1 << 24;

const ML_BLAST_NOUNS: u32 = 1 << 25;

const ML_BLAST_NOT_AFTER: u32 = 1 << 26;

const ML_BLAST_NOT_BEFORE: u32 = 1 << 27;

const ML_BOMB_INSTRUMENTS: u32 = 1 << 28;

const ML_BOMB_NOT_BEFORE: u32 = 1 << 29;

/// The mode lists of [`MODE_WORD_LISTS`] of which key word `w` is a form, as [`is_mode_word`]
/// reads a form behind its clitics (the same strips in the same order), for all the lists at
/// once: each reading of the word is looked up once in one table of the lists' forms, where
/// `is_mode_word` scanned a list for each reading (and a list per question: an attack's clause
/// words were read against up to seven lists each, about 500 instructions a list).
/// `mode_bits(w) & bit != 0` is exactly `is_mode_word(w, list)` for each list and its bit
/// (`mode_bits_answer_as_is_mode_word`).
pub(crate) fn mode_bits(w: &str) -> u32 {
    // (Word -> (the lists that hold it, the lists that hold it with its last ت read as ه: a
    // stem before a pronoun, "طعنت" of "طعنته" for "طعنه"), and a filter of its words in front.)
    type Table = HashMap<String, (u32, u32), ahdath_text::FxBuildHasher>;
    static T: OnceLock<(Table, sentence::WordFilter)> = OnceLock::new();
    let (t, filter) = T.get_or_init(|| {
        let mut t = Table::default();
        for (list, bit) in MODE_WORD_LISTS {
            for &f in list {
                t.entry(f.to_string()).or_default().0 |= bit;
                if let Some(st) = f.strip_suffix('ه') {
                    t.entry(format!("{st}ت")).or_default().1 |= bit;
                }
            }
        }
        let filter = sentence::WordFilter::of(t.keys().map(String::as_str));
        (t, filter)
    });
    let look = |c: &str| if filter.may_hold(c) { t.get(c).copied().unwrap_or_default() } else { (0, 0) };
    // (Three chars or more, counted by lead bytes and no further than the third.)
    let long = |r: &&str| r.bytes().filter(|&b| b & 0xC0 != 0x80).nth(2).is_some();
    let test = |w: &str| -> u32 {
        let w = w.strip_prefix("لل").filter(long).unwrap_or(w);
        let w = w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')).filter(long).unwrap_or(w);
        let mut bits = if w.starts_with("ال") { look(w).0 } else { 0 };
        let w = w.strip_prefix("ال").filter(long).unwrap_or(w);
        if MODE_OBJECT_LOOKALIKES.contains(&w) {
            return bits;
        }
        bits |= look(w).0;
        for s in ["هما", "هم", "ها", "ه", "ا"] {
            if let Some(stem) = w.strip_suffix(s).filter(long) {
                let (forms, t_forms) = look(stem);
                // (The ت reading needs a stem that ends in ت: the table's keys of it all do.)
                bits |= forms | t_forms;
            }
        }
        bits
    };
    let bare = strip_conj_key(w);
    if bare == w {
        test(w)
    } else {
        test(w) | test(bare)
    }
}

/// True when key word `w` is a form of `list` behind its clitics: a glued و/ف, a preposition ب/ل,
/// the article (ال, لل), and a pronoun or accusative ending ("بزيارته", "للإفراج", "دعما").
/// (A word that starts with و is tried with and without it: "وزاريا", "وقف".)
pub(crate) fn is_mode_word(w: &str, list: &[&str]) -> bool {
    let long = |r: &&str| r.chars().count() >= 3;
    let test = |w: &str| {
        let w = w.strip_prefix("لل").filter(long).unwrap_or(w);
        let w = w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')).filter(long).unwrap_or(w);
        // (An entry that starts with ال itself is matched before the article comes off: "لإلغاء".)
        if list.contains(&w) && w.starts_with("ال") {
            return true;
        }
        let w = w.strip_prefix("ال").filter(long).unwrap_or(w);
        !MODE_OBJECT_LOOKALIKES.contains(&w)
            && (list.contains(&w)
                || ["هما", "هم", "ها", "ه", "ا"].iter().filter_map(|s| w.strip_suffix(s)).filter(long).any(|stem| {
                    list.contains(&stem)
                        || stem.strip_suffix('ت').is_some_and(|st| list.iter().any(|f| f.strip_suffix('ه') == Some(st)))
                }))
    };
    test(w) || (strip_conj_key(w) != w && test(strip_conj_key(w)))
}

/// The mode of a record whose own rule states none, after merging (mode11): the mode read from
/// its own trigger's context (`context_mode`) before the mode a merged mention lends
/// (`lent_mode`), for the kept sentence tells how its own act was done ("قتل … جراء قصف للطيران
/// الحربي" is `aerial`, not the `explosives` of a blast told in another sentence); a finer form
/// of it that a merged mention states is taken after, by [`finer_merged_mode`]. A CONSULT keeps
/// the lent mode first: its modes are not exclusive (a delegation's visit to prepare a summit is
/// a `visit`, though its talks are about the summit).
pub(crate) fn record_mode(event_type: &str, context: Option<&'static str>, lent: Option<String>) -> Option<String> {
    match (context, lent) {
        (Some(c), None) => Some(c.to_string()),
        (None, l) => l,
        (Some(_), Some(l)) if event_type == "CONSULT" => Some(l),
        (Some(c), Some(_)) => Some(c.to_string()),
    }
}

/// A MOBILIZE whose trigger's fixed mode names the other force than its actor: police forces
/// on alert are `police` ("استنفار مديرية الأمن"), an army's sweep is `troops` ("قامت قوات
/// الجيش بعملية تمشيط"), by the actor's sector (COP or MIL); and a non-state armed group's
/// reinforcements or sweep (sector REB or PRM) are `militia` ("أرسل الحوثيون تعزيزات").
pub(crate) fn mobilize_mode_by_sector(r: &mut EventRecord) {
    if r.event_type != "MOBILIZE" {
        return;
    }
    let sector = r.actor.as_ref().and_then(|a| a.sector.as_deref());
    let mode = match (r.mode.as_deref(), sector) {
        (Some("troops"), Some("COP")) => "police",
        (Some("police"), Some("MIL")) => "troops",
        (Some("troops" | "police"), Some("REB" | "PRM")) => "militia",
        _ => return,
    };
    r.mode = Some(mode.to_string());
}

/// A COERCE `deport` whose recipient is an armed force (sector REB, PRM, UAF or MIL) is no
/// deportation but the taking of ground from it (mode8): "طردت المقاومة الشعبية ميليشيات الحوثي
/// من المديرية", "بعد طرد داعش من البلدة" are `seize`, context military, like "استعادت القوات
/// السيطرة على البلدة" (`coerce.seize.verb`); migrants, families or a journalist expelled stay
/// `deport`.
pub(crate) fn armed_expulsion_is_seizure(r: &mut EventRecord) {
    if r.event_type != "COERCE" || r.mode.as_deref() != Some("deport") {
        return;
    }
    let sector = r.recipient.as_ref().and_then(|a| a.sector.as_deref());
    if !matches!(sector, Some("REB" | "PRM" | "UAF" | "MIL")) {
        return;
    }
    r.mode = Some("seize".to_string());
    r.context = vec!["military".to_string()];
}

/// A SANCTION execution of `sanction.convict.death` told by one word («أعدم», «بإعدام»,
/// «أعدموا», «للإعدام»: a stem of `ARMED_EXECUTION_STEMS` after glued و, ف, ب, ل, لل or ال) whose actor is a
/// non-state armed group (sector REB, PRM or UAF) is a field execution, ASSAULT `targeted`
/// (recall82; SPEC §4, the convention of data/dict/triggers/sanction.txt): "أعدم التنظيم عشرة
/// رهائن" is a killing, not a court's punishment. A court's forms of more words («حكم بالإعدام»)
/// and executions by a state stay SANCTION. Returns whether it made the record an ASSAULT.
pub(crate) fn armed_execution_is_assault(r: &mut EventRecord) -> bool {
    if r.event_type != "SANCTION" || r.rule != "sanction.convict.death" {
        return false;
    }
    let sector = r.actor.as_ref().and_then(|a| a.sector.as_deref());
    if !matches!(sector, Some("REB" | "PRM" | "UAF")) {
        return false;
    }
    let key = ahdath_text::normalize_key(&r.trigger);
    if key.contains(' ') {
        return false;
    }
    let w = crate::unconj(&key);
    let w = w.strip_prefix("لل").or_else(|| w.strip_prefix('ب')).or_else(|| w.strip_prefix('ل')).unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    if !ARMED_EXECUTION_STEMS.iter().any(|s| w.starts_with(s)) {
        return false;
    }
    r.event_type = "ASSAULT".to_string();
    r.mode = Some("targeted".to_string());
    r.context = vec!["military".to_string()];
    true
}
