//! Casualty tolls: reading killed and injured counts and named victims near a trigger, toll
//! shares and summaries, lending a toll to a record or refusing it (another act, another place,
//! thousands-scale tallies). Split out of lib.rs by tidy64 (script-moved, bodies unchanged).

use super::*;

impl Coder {
    /// A toll split by place ("مقتل 228 شخصا … بواقع 118 في حلب و37 في دمشق"): one killing per
    /// place with its share (SPEC §4, two places are two events), in place of the sentence's kill
    /// mentions inside the list and of the summary toll before it when the shares add up to it
    /// (within a tenth) or a kill noun counts a part of them ("بينهم 13 طفلا"), or its toll is read
    /// off the first share ("قتلوا أمس بينهم 12 في إدلب"). The shares copy the type,
    /// mode, parties, status and date of the summary (else of the first kill mention).
    pub(crate) fn split_toll(
        &self,
        ctx: &ArticleCtx,
        row: &SentenceRow,
        shares: &[TollShare],
        cands: &mut Vec<Candidate>,
        first: usize,
    ) {
        let &(field, ref span, ref a, s) = row;
        let cp = |b: usize| span.start_cp + s[..b].chars().count();
        let orig = |w: usize| a.key.orig_byte_range(a.words[w].0..a.words[w].1);
        let last = shares[shares.len() - 1];
        let (list_start, list_end) = (cp(orig(shares[0].w0).start), cp(orig(last.w1).end));
        let total: u32 = shares.iter().map(|sh| sh.count * (sh.places.1 - sh.places.0 + 1) as u32).sum();
        let kill = |c: &Candidate| c.rec.event_type == "ASSAULT" && c.rec.rule.starts_with("assault.kill");
        let in_list = |c: &Candidate| (list_start..list_end).contains(&c.rec.evidence.trigger_start);
        let summary = |c: &Candidate| {
            c.rec.event_type == "ASSAULT"
                && c.rec.evidence.trigger_start < list_start
                && match c.rec.fatalities {
                    Some(t) => {
                        t.abs_diff(total) * 10 <= t
                            || (kill(c) && c.rec.mode.is_none() && (t == shares[0].count || (!c.verb && t < total)))
                    }
                    None => kill(c) && c.rec.mode.is_none(),
                }
        };
        let sentence = &cands[first..];
        let Some(base) = sentence
            .iter()
            .find(|c| summary(c))
            .or_else(|| sentence.iter().find(|c| kill(c) && in_list(c)))
            .or_else(|| sentence.iter().find(|c| kill(c) && c.rec.evidence.trigger_start < list_start))
            .cloned()
        else {
            return;
        };
        // "أكدت المعارضة ارتفاع الحصيلة إلى 84، بينهم 43 في دمشق …": the party that reports the
        // toll (the subject right after a speech verb of the sentence) did not do the killings
        // the shares count; the shares keep no actor then.
        let reported_by = base.rec.actor.as_ref().and_then(|x| x.text.as_deref()).is_some_and(|name| {
            a.cues.iter().filter(|q| q.kind == CueKind::Speech).any(|q| {
                a.entities
                    .iter()
                    .any(|e| e.w0 > q.w1 && e.w0 <= q.w1 + 2 && e.prep.is_none() && entity_text(e, s) == name)
            })
        });
        let mut i = first;
        while i < cands.len() {
            if summary(&cands[i]) || (kill(&cands[i]) && in_list(&cands[i])) {
                cands.remove(i);
            } else {
                i += 1;
            }
        }
        for sh in shares {
            let (b0, b1) = (orig(sh.w0).start, orig(sh.w1).end);
            let (t0, t1) = (cp(b0), cp(b1));
            for (k, p) in (sh.places.0..=sh.places.1).enumerate() {
                let mut c = base.clone();
                c.rec.id = pending_record_id(field, t0, TOLL_SHARE_RULE);
                if k > 0 {
                    c.rec.id = format!("{}-{}", c.rec.id, k + 1);
                }
                c.rec.rule = TOLL_SHARE_RULE.into();
                c.rec.trigger = s[b0..b1].to_string();
                c.rec.evidence.trigger_start = t0;
                c.rec.evidence.trigger_end = t1;
                c.rec.location = Some(self.place_record(a, &a.places[p], s, &ctx.main_countries));
                c.rec.fatalities = Some(sh.count);
                c.rec.injuries = None;
                if reported_by {
                    c.rec.actor = None;
                    c.actor_key = None;
                }
                c.anaphoric = false;
                c.construct = false;
                c.verb = false;
                c.outcome = false;
                // (The weapon of the base's own clause is not every place's: "بينهم 56 قتلوا نتيجة
                // تفجير …، و33 في دمشق" does not make the Damascus dead a bombing's; mode19.)
                c.context_mode = None;
                c.merged_modes.clear();
                cands.push(c);
            }
        }
    }
}

/// (fatal9) The sentence tells a violent act as a new one: its act nouns (ASSAULT triggers read as
/// nouns, by the rule's pattern or as a verb form after a cause head of `TOLL_CAUSE_HEADS` or a
/// glued «ب»: "في قصف", "بقصف"; not a casualty word, "مقتل", nor a destroy noun, "وتدمير 3
/// آليات") are all indefinite (no article, no demonstrative before, no possessive ending of
/// `TOLL_DEFINITE_ENDINGS`, no definite word after it in construct: "غارات التحالف"), and there is
/// one. An indefinite noun brings in an act not told before ("قتل 9 متمردين في غارة جوية على
/// الحي"); a sentence that retells an act names it definite somewhere ("جراء هذه الغارات").
pub(crate) fn new_act_told(a: &Analysis, lex: &Lexicon) -> bool {
    // Each act noun of the sentence: `Some(true)` when definite, `Some(false)` when indefinite.
    let acts = a.triggers.iter().filter_map(|o| {
        let rule = &lex.triggers[o.rule as usize];
        let w = a.word(o.w0);
        let noun = rule.pattern == Pattern::Noun
            || w.starts_with('ب')
            || (o.w0 > 0 && TOLL_CAUSE_HEADS.contains(&a.word(o.w0 - 1)));
        let act = rule.event_type == "ASSAULT"
            && rule.mode.as_deref() != Some("destroy")
            && noun
            && toll_casualty_word(w) == (false, false);
        act.then(|| {
            o.article
                || (o.w0 > 0 && TOLL_BACK_DEMONSTRATIVES.contains(&a.word(o.w0 - 1)))
                || TOLL_DEFINITE_ENDINGS.iter().any(|e| a.word(o.w1).ends_with(e))
                || a.word(o.w1 + 1).starts_with("ال")
        })
    });
    // At least one act noun and all of them indefinite: stop at the first definite one (fix62a:
    // no Vec of the sentence's act nouns for each ASSAULT candidate).
    let mut told = false;
    for definite in acts {
        if definite {
            return false;
        }
        told = true;
    }
    told
}

/// The places a sentence names below a country, each as its readings' (country, first-level
/// division): what `toll_places_of` gives.
pub(crate) type TollPlaces = Vec<Vec<(String, Option<String>)>>;

/// (fatal10) The places sentence `a` names below a country, for `Candidate::toll_places`: each
/// mention (not a country word, not part of an office title: "مدير الصحة في محافظة عدن" speaks
/// for a hospital, not of a place of the act; nor a hospital's place, `TOLL_CARE_WORDS`) as the (country, first-level division) of its
/// gazetteer readings that are no country.
pub(crate) fn toll_places_of(a: &Analysis, lex: &Lexicon) -> TollPlaces {
    a.places
        .iter()
        .filter(|p| {
            p.country_actor.is_none()
                && !geocode::in_office_title(a, p)
                && !(p.w0.saturating_sub(4)..p.w0).any(|i| TOLL_CARE_WORDS.contains(&a.word(i)))
        })
        .map(|p| {
            p.places
                .iter()
                .map(|&i| &lex.places[i as usize])
                .filter(|pl| pl.feature != "country")
                .map(|pl| {
                    let admin1 = pl.admin1.as_deref().or((pl.feature == "admin1").then_some(pl.name.as_str()));
                    (pl.country.clone(), admin1.map(geocode::plain_name))
                })
                .collect::<Vec<_>>()
        })
        .filter(|readings| !readings.is_empty())
        .collect()
}

/// (fatal10) Whether a lender's sentence places its act apart from the record's place `here`:
/// it names places below a country (`Candidate::toll_places`) and none of them can lie at, in or
/// around `here`, read at the grain of a first-level division (another country, or another
/// governorate of the record's country). A division unknown on either side agrees.
pub(crate) fn toll_placed_apart(here: &Place, named: &[Vec<(String, Option<String>)>]) -> bool {
    let Some(country) = here.country.as_deref() else { return false };
    if here.name.is_none() {
        return false;
    }
    let region = here.admin1.as_deref().filter(|_| here.feature.as_deref() != Some("country"));
    let agrees = |(c, a1): &(String, Option<String>)| {
        c == country && (region.is_none() || a1.is_none() || a1.as_deref() == region)
    };
    !named.is_empty() && !named.iter().any(|readings| readings.iter().any(agrees))
}

/// (fatal19) Whether a lender placed at `there` (its record's place, below a country) lies apart
/// from every place the record's own sentence names (`own`, as `toll_places_of` gives them): of
/// those places, the ones that can lie in `there`'s country are at least one, and none can lie in
/// its first-level division. Places read only in other countries say nothing (mostly a misread
/// name: a village's name that is also a Syrian town's), nor does a division unknown on either side.
pub(crate) fn lender_placed_apart(there: &Place, own: &[Vec<(String, Option<String>)>]) -> bool {
    let (Some(country), Some(region)) = (there.country.as_deref(), there.admin1.as_deref()) else { return false };
    if there.feature.as_deref() == Some("country") {
        return false;
    }
    let in_country: Vec<_> = own.iter().filter(|readings| readings.iter().any(|(c, _)| c == country)).collect();
    let agrees = |(c, a1): &(String, Option<String>)| c == country && a1.as_deref().is_none_or(|a| a == region);
    !in_country.is_empty() && !in_country.iter().any(|readings| readings.iter().any(agrees))
}

/// Whether party `x` before casualty noun `t` is the subject of a reporting verb right before it
/// (a speech cue at most two words before `x`) whose object is the toll: no word of doing or own
/// force (`ANNOUNCED_DOING_WORDS`: "تنفيذ", "تمكنه من", "قواته") between `x` and eight words after
/// the noun makes it the killer.
pub(crate) fn announced_toll(a: &Analysis, t: &TriggerMention, x: &EntityMention) -> bool {
    let doing = |i: usize| {
        let w = a.word(i);
        ANNOUNCED_DOING_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
    };
    x.w1 < t.w0
        && a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w1 < x.w0 && x.w0 <= c.w1 + 2)
        && !(x.w1 + 1..(t.w1 + 9).min(a.words.len())).any(doing)
}

/// Deaths and injuries of trigger `t` from casualty phrases in the sentence: the number nearest a
/// kill or hurt word ("مقتل 5", "5 قتلى", "قتلت 10 من مسلحي"); a singular victim noun counts one.
/// A casualty word in another clause (`TOLL_CLAUSE_TURNS`: "فيما", "كما") that tells a violent
/// act of its own is that act's toll ("قتل 13 في مواجهات بمأرب، فيما استمرت الاشتباكات في تعز":
/// the 13 are not Taiz's); an act within two words of `t` is read as one phrase with it. A number
/// after a partitive word (`TOLL_PARTITIVES`: "بينهم", "منهم") counts a part: the toll is the
/// number before that word ("سقط 6 قتلى بينهم 4 أطفال" → 6). A number before the word that a
/// phrase of the other kind has already read is not read again (fatal14: "قتل 19 جنديا وأصيب
/// آخرون" tells no number of the hurt).
///
/// The third value tells whether the sentence says, in a clause of `t`'s, that nobody was killed
/// or hurt (`told_no_toll`: "دون وقوع إصابات"), for a toll read as none: the caller gives such a
/// toll 0 (SPEC §2: null is "not known", never zero) once its filters, which read a toll as a
/// sign of an event, are passed.
pub(crate) fn casualties(a: &Analysis, lex: &Lexicon, nums: &[NumberMatch], t: &TriggerMention) -> Toll {
    let mut dead = None;
    let mut hurt = None;
    let mut lone = false;
    let mut period = [false; 2];
    // (The last word of the first toll phrase read as a period's total.)
    let mut total_at: Option<usize> = None;
    // (fatal3) The toll with the phrases of an earlier clause's own act left out (`lent_before`),
    // read beside the toll every filter and the mention merge see.
    let mut own_dead = None;
    let mut own_hurt = None;
    // The clause of a word is the number of turn words up to it. The sentence is searched for
    // turn words only when it tells another violent act (most sentences tell one), and the
    // clauses of those acts are listed only when it has a turn word.
    let other_act = |o: &&TriggerMention| {
        lex.triggers[o.rule as usize].event_type == "ASSAULT" && (o.w0 > t.w1 + 2 || o.w1 + 2 < t.w0)
    };
    let turns: Vec<usize> = if a.triggers.iter().any(|o| other_act(&o)) {
        (0..a.words.len()).filter(|&i| TOLL_CLAUSE_TURNS.contains(&a.word(i))).collect()
    } else {
        Vec::new()
    };
    let clause = |i: usize| turns.iter().take_while(|&&k| k <= i).count();
    let acts: Vec<usize> =
        if turns.is_empty() { Vec::new() } else { a.triggers.iter().filter(other_act).map(|o| clause(o.w0)).collect() };
    let own_clause = clause(t.w0);
    let elsewhere = |wi: usize| {
        let c = clause(wi);
        c != own_clause && acts.contains(&c)
    };
    // A number that counts a unit of time (`TOLL_TIME_UNITS`: "طفل (18 شهرا)", "خلال 24 ساعة") is an
    // age or a duration, one that counts a unit of distance or weight (`TOLL_MEASURE_UNITS`: "على
    // بعد 20 كلم") a measure, and a share (`percent_after`, fix68b: "70 في المئة") no count of
    // anyone: never a toll.
    let num_words: Vec<TollNumber> = nums
        .iter()
        .map(|n| {
            let k0 = word_index_of_byte(a, n.start);
            let k1 = word_index_of_byte(a, n.end.saturating_sub(1));
            // (A dual noun is its own counted noun: "جنديين".)
            (k0, k1, n.value, n.ordinal, n.noun == Some((n.start, n.end)))
        })
        .filter(|n| {
            !TOLL_TIME_UNITS.contains(&a.word(n.1 + 1))
                && !TOLL_MEASURE_UNITS.contains(&a.word(n.1 + 1))
                && !percent_after(a, n.1)
        })
        .collect();
    // (fatal2, fatal3) A casualty word before `t` whose own clause tells another violent act after it,
    // with a clause break between that act and `t`, is that act's toll ("قتل 8 مدنيين في قصف على
    // المدينة، وتواصلت المعارك في الريف": the fighting's toll is not told). The act is a trigger
    // that is no casualty word itself (the victims' verb, "لقي 3 مصرعهم، جراء هجوم", names no
    // other act); not when `t` stands right after the head of a cause phrase that opens its clause
    // (`TOLL_CAUSE_HEADS`: "قتل شرطي بالرصاص، في هجوم نفذه ملثمون": the attack is what killed
    // him; "ومقتل سبعة نتيجة قصف" has its own toll before the head); nor when `t` has the article
    // ("وأثار الهجوم دعوات": a definite noun may name the act just told).
    // Nor a target verb (`TOLL_TARGET_VERBS`: "بانفجار قنبلة، استهدف حافلة": its subject is the
    // act just told). The phrase is left out of `t`'s own toll only: the toll read with it is what
    // the filters and the merge see (fatal2 moved merges), and the record takes the other after
    // the merge (`Candidate::toll_fix`).
    let caused = t.w0 > 1 && TOLL_CAUSE_HEADS.contains(&a.word(t.w0 - 1)) && a.break_between(t.w0 - 2, t.w0 - 1);
    let lent_before = |wi: usize| {
        wi < t.w0
            && !caused
            && !t.article
            && !TOLL_TARGET_VERBS.contains(&a.word(t.w0))
            && a.triggers.iter().any(|o| {
                o.w0 > wi
                    && o.w1 < t.w0
                    && other_act(&o)
                    && !a.break_between(wi, o.w0)
                    && a.break_between(o.w1, t.w0)
                    && toll_casualty_word(a.word(o.w0)) == (false, false)
                    && (a.word(o.w0).starts_with('ب') || TOLL_CAUSE_HEADS.contains(&a.word(o.w0 - 1)))
            })
    };
    // (speed66: a casualty word has the word class `TOLL_WORD`, made once per sentence; a sentence
    // without one is passed over, and only the words with it are read.)
    let toll_words = if a.sentence_has_class(sentence::TOLL_WORD) { a.words.len() } else { 0 };
    // (fatal14: the first word of each number a casualty phrase read, with the kind of its word.)
    let mut taken: Vec<(usize, bool, bool)> = Vec::new();
    let mut vague_hurt = false;
    for (wi, &(ws, we)) in a.words.iter().enumerate().take(toll_words) {
        if !a.has_class(wi, sentence::TOLL_WORD) {
            continue;
        }
        let (is_kill, is_hurt) = toll_casualty_word(&a.key.key[ws..we]);
        if (!is_kill && !is_hurt) || elsewhere(wi) {
            continue;
        }
        // A number right after (within 2 words; up to 6 past a verb-first subject, "قتلت قوات
        // الأمن ثلاثة مسلحين", unless another casualty word comes first) or right before.
        let next_casualty_word = (wi + 1..a.words.len())
            .find(|&j| a.has_class(j, sentence::TOLL_WORD) && toll_casualty_word(a.word(j)) != (false, false))
            .unwrap_or(usize::MAX);
        // (The next casualty word of the other kind: "وأصيب وجرح 386" tells one hurt twice.)
        let next_other_kind = (wi + 1..a.words.len())
            .find(|&j| {
                if !a.has_class(j, sentence::TOLL_WORD) {
                    return false;
                }
                let (k, h) = toll_casualty_word(a.word(j));
                (k && !is_kill) || (h && !is_hurt)
            })
            .unwrap_or(usize::MAX);
        // (A number is not this word's when a casualty word of the other kind names its victims:
        // one between, whose subject or object it is ("جنديا قتل وأصيب خمسة آخرون": five hurt), or
        // the noun it counts ("3 قتلى و20 جريحا": twenty hurt; the three are read before "قتلى").)
        let theirs = |n: &TollNumber| {
            let (k, h) = counted_casualty_noun(a, n);
            n.0 > next_other_kind || (k && !is_kill) || (h && !is_hurt)
        };
        let after = num_words.iter().find(|n| n.0 > wi && n.0 <= wi + 2 && !n.3 && !theirs(n)).or_else(|| {
            num_words.iter().find(|n| {
                n.0 > wi && n.0 <= wi + 6 && n.0 < next_casualty_word && !n.3 && !theirs(n) && !a.break_between(wi, n.0)
            })
        });
        // (fatal14) A number before the word that a casualty phrase of the other kind already read
        // is that phrase's: "وقتل 19 جنديا وأصيب آخرون" tells no number of the hurt (SPEC §4: a
        // vague count is null), "مقتل ثلاثة أشخاص وإصابة رابع" one hurt.
        let taken_by_other =
            |n: &TollNumber| taken.iter().any(|&(k0, k, h)| k0 == n.0 && ((k && !is_kill) || (h && !is_hurt)));
        let before = num_words.iter().rev().find(|n| n.1 < wi && wi - n.1 <= 2 && !n.3 && !taken_by_other(n));
        // A part of the toll after a partitive word ("6 قتلى بينهم 4 أطفال") reads as the number
        // before that word (within three words; a comma often parts them), when there is one.
        let whole = |x: &'_ TollNumber| {
            let p = x.0.checked_sub(1).filter(|&p| TOLL_PARTITIVES.contains(&a.word(p)));
            p.and_then(|p| num_words.iter().rev().find(|h| h.1 < p && p - h.1 <= 3 && !h.3)).map_or(x.2, |h| h.2)
        };
        // (A number right before a casualty noun counts it, and a number after it that opens
        // with "و" starts another group: "5 قتلى وعشرات الجرحى" is five dead.)
        let counted = before.is_some_and(|x| x.1 + 1 == wi && counted_casualty_noun(a, x) != (false, false));
        let n = match (after.filter(|x| !(counted && opens_with_and(a, x.0))), before) {
            // (Groups joined by "و" after the number add up: "مقتل 11 من المسلحين و10 مدنيين"
            // is 21 dead; not after a partitive word, where the number is a part. Victims named
            // before the number and joined to it count too: "مقتل آمر الفوج وجنديين" is 3.)
            (Some(x), _) if whole(x) == x.2 => {
                x.2.map(|v| Some(v + named_before_group(a, lex, wi, x) + joined_groups(a, &num_words, x.1)))
            }
            (Some(x), _) | (None, Some(x)) => Some(whole(x)),
            // (A hurt word names its victims as a kill word does: "وأصيب شرطي" is one hurt.)
            // (fatal16: or one more, or two more, told by an ordinal or the dual "others": "وإصابة
            // رابع", "وجرح آخران".)
            _ => count_named_victims(a, lex, wi, a.words.len(), false).or_else(|| more_victims(a, wi)).map(Some),
        };
        // (toll12: a person named by `one_person_word` or "one of"; not after a word that also
        // means a fall, `FALL_CASUALTY_WORDS`: "سقوط طفلة من منحدر".)
        let (n, by_form) = match n {
            None if !FALL_CASUALTY_WORDS.contains(&strip_clitic(a.word(wi))) => {
                let m = count_named_victims(a, lex, wi, a.words.len(), true).map(Some);
                (m, m.is_some())
            }
            n => (n, false),
        };
        // (fatal17) A plural casualty verb after its subject ("أن 13 عنصرا من المسلحين قتلوا في
        // اشتباكات") that read no number: the count that opens the subject is its toll.
        let fronted = if n.is_none() { fronted_subject(a, &num_words, wi, |x| !taken_by_other(x)) } else { None };
        let n = match fronted {
            Some(x) => Some(whole(x)),
            None => n,
        };
        // (fatal15) A hurt word that read no number, beside a vague count ("وجرح عشرات", "وأصيب
        // آخرون", "عشرات الجرحى"), tells the hurt as vague.
        let vague_count = |j: usize| TOLL_VAGUE_COUNTS.contains(&strip_clitic(a.word(j)));
        if is_hurt
            && !matches!(n, Some(Some(_)))
            && ((wi + 1 < a.words.len() && vague_count(wi + 1)) || (wi > 0 && vague_count(wi - 1)))
        {
            vague_hurt = true;
        }
        // (fatal12) A toll counted over a period is no act's own. It is read as before, so that no
        // later casualty word of the sentence fills its place and the aggregate filters still see
        // it, and marked: the record keeps none of it and takes no toll lent in its place.
        let used = after.filter(|x| !(counted && opens_with_and(a, x.0))).or(before).or(fronted);
        if let Some(x) = used {
            taken.push((x.0, is_kill, is_hurt));
        }
        let (lo, hi) = used.map_or((wi, wi), |x| (x.0.min(wi), x.1.max(wi)));
        // (A phrase of the other kind joined to a total in its clause is part of it: "خلال أسبوع
        // عن مقتل 260 عنصرا وإصابة 400 آخرين".)
        let total = || {
            used.is_some()
                && (period_total(a, wi, lo, hi)
                    || total_at.is_some_and(|k| k < lo && opens_with_and(a, lo) && !a.break_between(k, lo)))
        };
        if let Some(Some(v)) = n {
            let v = v.min(u32::MAX as u64) as u32;
            if is_kill && dead.is_none() {
                dead = Some(v);
                lone |= by_form;
                period[0] = total();
                total_at = total_at.or(period[0].then_some(hi));
            } else if is_hurt && hurt.is_none() {
                hurt = Some(v);
                lone |= by_form;
                period[1] = total();
                total_at = total_at.or(period[1].then_some(hi));
            }
            // (Asked only once a number is read: `lent_before` scans the sentence's triggers.)
            if !lent_before(wi) {
                if is_kill && own_dead.is_none() {
                    own_dead = Some(v);
                } else if is_hurt && own_hurt.is_none() {
                    own_hurt = Some(v);
                }
            }
        }
    }
    // A victim told as the antecedent of a relative casualty verb ("الشخص الذي قتل", toll11) counts
    // when no casualty word told a toll of its kind.
    // (`own_dead` and `own_hurt` are only ever set with or after `dead` and `hurt`, so an own toll
    // still missing covers a toll still missing.)
    if (own_dead.is_none() || own_hurt.is_none()) && a.sentence_has_class(sentence::RELATIVE_PRONOUN) {
        for r in 1..a.words.len().saturating_sub(1) {
            // (`relative_victims` reads none but a word of `RELATIVE_PRONOUN`: speed66.)
            if !a.has_class(r, sentence::RELATIVE_PRONOUN) || elsewhere(r) {
                continue;
            }
            if let Some((is_kill, v)) = relative_victims(a, &num_words, r) {
                let v = v.min(u32::MAX as u64) as u32;
                if is_kill && dead.is_none() {
                    dead = Some(v);
                } else if !is_kill && hurt.is_none() {
                    hurt = Some(v);
                }
                if is_kill && own_dead.is_none() {
                    own_dead = Some(v);
                } else if !is_kill && own_hurt.is_none() {
                    own_hurt = Some(v);
                }
            }
        }
    }
    // A toll told as none after `t` with another act between is that act's ("ردت المدفعية على
    // قذائف سقطت دون وقوع إصابات": the shells hurt nobody, the artillery's toll is not told).
    let act_between = |i: usize| i > t.w1 && a.triggers.iter().any(|o| other_act(&o) && o.w0 > t.w1 && o.w1 < i);
    let mut none_told = (false, false);
    if (own_dead.is_none() || own_hurt.is_none()) && a.sentence_has_class(sentence::ZERO_TOLL_NEGATOR) {
        let first = &fixed_lists_first().zero_toll_negators;
        for i in 0..a.words.len() {
            // (A negator's word has the class `ZERO_TOLL_NEGATOR`: speed66.)
            if a.has_class(i, sentence::ZERO_TOLL_NEGATOR)
                && word_may_end(a, i, &ZERO_TOLL_TAILS)
                && any_form_in(a, i, &ZERO_TOLL_NEGATORS, first)
                && !elsewhere(i)
                && !act_between(i)
            {
                let (d, h) = told_no_toll(a, i);
                none_told = (none_told.0 || d, none_told.1 || h);
            }
        }
    }
    let fix = |base: Option<u32>, own: Option<u32>, none: bool| {
        let (base, own) = (base.or(none.then_some(0)), own.or(none.then_some(0)));
        base.filter(|_| base != own).map(|b| (b, own))
    };
    Toll {
        dead,
        hurt,
        none_told,
        lone,
        fix: [fix(dead, own_dead, none_told.0), fix(hurt, own_hurt, none_told.1)],
        period,
        vague_hurt: vague_hurt && hurt.is_none(),
    }
}

/// (fatal11, fatal12) The toll phrase of casualty word `wi`, spanning words `lo..=hi` with its
/// number (a counted toll: a named victim is no total), is a period's total: a head of
/// `TOLL_PERIOD_SINCE` ("منذ", "حتى الآن") or of `TOLL_PERIOD_DURING`
/// with a noun of `TOLL_PERIOD_NOUNS` right after it ("خلال شهر يوليو") stands within six words
/// after the phrase in its clause, or within eight words before it, in its clause or opening the
/// sentence ("ومنذ مطلع الشهر الجاري قتل 13"). Not «منذ» right before the casualty word
/// or another trigger ("الأسوأ منذ مقتل 900", "منذ الاعتداء الذي أودى بحياة 32": the act counted
/// from, whose toll it is), nor any head within three words after a superlative
/// (`TOLL_PERIOD_SUPERLATIVES`: "الأعنف منذ أشهر", "الأسوأ من نوعه خلال العام"; not «أكثر» before
/// «من» and a number: "قتل أكثر من 480 منذ اندلاع الحرب" counts), nor a head before the phrase with another
/// trigger between or before a casualty word that opens with و ("يتمركزون منذ سنوات وقتل 260": a
/// clause of its own). «منذ أن» reads as «منذ».
fn period_total(a: &Analysis, wi: usize, lo: usize, hi: usize) -> bool {
    // (speed76: a head's word has the class `TOLL_PERIOD_HEAD`; a sentence without one is passed
    // over, and no other word is read.)
    if !a.sentence_has_class(sentence::TOLL_PERIOD_HEAD) {
        return false;
    }
    let head = |i: usize| {
        if !a.has_class(i, sentence::TOLL_PERIOD_HEAD) {
            return false;
        }
        // (Not «أكثر من 480», "more than 480": a count, not a superlative.)
        let superlative = |k: usize| {
            TOLL_PERIOD_SUPERLATIVES.contains(&unconj(a.word(k)))
                && !(a.word(k + 1) == "من" && is_numeral(a.word(k + 2)))
        };
        if (i.saturating_sub(3)..i).any(superlative) {
            return false;
        }
        if any_form_at(a, i, &TOLL_PERIOD_SINCE) {
            // (The word after «منذ», or after «منذ أن».)
            let j = if a.word(i + 1) == "ان" { i + 2 } else { i + 1 };
            return !(j == wi || a.triggers.iter().any(|o| o.w0 == j));
        }
        any_form_at(a, i, &TOLL_PERIOD_DURING) && i + 1 < a.words.len() && any_form_at(a, i + 1, &TOLL_PERIOD_NOUNS)
    };
    let after = (hi + 1..a.words.len().min(hi + 7)).take_while(|&i| !a.break_between(hi, i)).any(head);
    let before = !opens_with_and(a, lo)
        && (lo.saturating_sub(8)..lo).any(|i| {
            a.has_class(i, sentence::TOLL_PERIOD_HEAD)
                && (i == 0 || !a.break_between(i, lo))
                && !a.triggers.iter().any(|o| o.w0 > i && o.w1 < lo)
                && head(i)
        });
    after || before
}

/// What `casualties` reads for a trigger (nothing, by default: a record of another type).
#[derive(Default)]
pub(crate) struct Toll {
    pub(crate) dead: Option<u32>,
    pub(crate) hurt: Option<u32>,
    /// Whether the sentence tells, in `t`'s clause, that nobody was killed or hurt.
    pub(crate) none_told: (bool, bool),
    /// Whether a toll is a lone victim read by its form (toll12).
    pub(crate) lone: bool,
    /// `Candidate::toll_fix`: for the dead and the hurt, the toll read and the one read without
    /// the phrases of an earlier clause's own act, when they differ.
    pub(crate) fix: [Option<(u32, Option<u32>)>; 2],
    /// (fatal12) For the dead and the hurt: whether the toll read is a period's total
    /// (`period_total`), which the record does not keep.
    pub(crate) period: [bool; 2],
    /// (fatal15) Whether the hurt, with no number read, are told by a vague count
    /// (`TOLL_VAGUE_COUNTS`: "وجرح عشرات").
    pub(crate) vague_hurt: bool,
}

/// The victims of a relative casualty verb whose relative pronoun is word `r` (toll11): "الشخص
/// الذي قتل" is one dead, "الجنديين اللذين أصيبا" two hurt, "أربعة أشخاص الذين لقوا حتفهم" four
/// dead (a number up to two words before the pronoun counts its antecedent; a plural pronoun with
/// none counts nobody). The verb stands right after the pronoun (`RELATIVE_DEAD_VERBS`,
/// `RELATIVE_HURT_VERBS`); one that may be active (`RELATIVE_ACTIVE_VERBS`: "الرجل الذي قتل
/// زوجته" names the killer) counts only before the end of its clause, a place or time word
/// (`VICTIM_PHRASE_ENDS`) or a word of `RELATIVE_PASSIVE_NEXT` ("الذي قتل برصاص", "الذي لقي
/// حتفه"); any verb followed by a pronoun of the act (`RELATIVE_ACT_PRONOUNS`: "الهجوم الذي قتل
/// فيه") counts nobody. Returns whether they were killed, and how many.
pub(crate) fn relative_victims(a: &Analysis, nums: &[TollNumber], r: usize) -> Option<(bool, u64)> {
    let rel = a.word(r);
    let rel = if RELATIVE_ONE.contains(&rel) || RELATIVE_TWO.contains(&rel) || RELATIVE_MANY.contains(&rel) {
        rel
    } else {
        rel.strip_prefix('و')?
    };
    let own: Option<u64> = if RELATIVE_ONE.contains(&rel) {
        Some(1)
    } else if RELATIVE_TWO.contains(&rel) {
        Some(2)
    } else if RELATIVE_MANY.contains(&rel) {
        None
    } else {
        return None;
    };
    let v = r + 1;
    if a.break_between(r, v) {
        return None;
    }
    let verb = a.word(v);
    let is_kill = RELATIVE_DEAD_VERBS.contains(&verb);
    if !is_kill && !RELATIVE_HURT_VERBS.contains(&verb) {
        return None;
    }
    let next = v + 1;
    let ends = next >= a.words.len() || a.break_between(v, next);
    if !ends && RELATIVE_ACT_PRONOUNS.contains(&a.word(next)) {
        return None;
    }
    if RELATIVE_ACTIVE_VERBS.contains(&verb)
        && !ends
        && !victim_phrase_end(a.word(next))
        && !RELATIVE_PASSIVE_NEXT.contains(&a.word(next))
    {
        return None;
    }
    let counted =
        nums.iter().rev().find(|n| n.1 < r && r - n.1 <= 2 && !n.3 && !a.break_between(n.1, r)).and_then(|n| n.2);
    counted.or(own).map(|n| (is_kill, n))
}

/// Whether the negator at word `i` (`ZERO_TOLL_NEGATORS`) says that nobody was killed (first) or
/// hurt (second): a noun of `ZERO_TOLL_NOUNS` (both), `ZERO_DEAD_NOUNS` or `ZERO_HURT_NOUNS` right
/// after it ("دون إصابات", "لم يصب أحد"), or within four words after a verb of result or
/// occurrence right after it (`ZERO_TOLL_VERBS`: "دون وقوع إصابات", "لم يسفر الحادث عن سقوط
/// قتلى"), in its clause and with no word of degree after it (`ZERO_TOLL_DEGREES`: "دون إصابات
/// خطيرة" tells of no grave wounds). Any other word after the negator ("لم ترد أنباء عن إصابات")
/// tells nothing.
pub(crate) fn told_no_toll(a: &Analysis, i: usize) -> (bool, bool) {
    let reach = if any_form_at(a, i + 1, &ZERO_TOLL_VERBS) { i + 5 } else { i + 1 };
    for j in i + 1..=reach.min(a.words.len().saturating_sub(1)) {
        if a.break_between(i, j) {
            break;
        }
        let told = if any_form_at(a, j, &ZERO_TOLL_NOUNS) {
            (true, true)
        } else if any_form_at(a, j, &ZERO_DEAD_NOUNS) {
            (true, false)
        } else if any_form_at(a, j, &ZERO_HURT_NOUNS) {
            (false, true)
        } else {
            continue;
        };
        // (The degree word stands after the noun, one or two words on: "إصابات بشرية خطيرة".)
        let graded = (j + 1..=j + 2).any(|k| !a.break_between(j, k) && ZERO_TOLL_DEGREES.contains(&a.word(k)));
        return if graded { (false, false) } else { told };
    }
    (false, false)
}

/// A word of `VICTIM_PHRASE_ENDS`: a place or time follows ("في", "خلال", "جراء" …), so a number
/// after it counts another place's or time's victims.
fn victim_phrase_end(w: &str) -> bool {
    VICTIM_PHRASE_ENDS.contains(&w)
}

/// Whether the noun number `n` counts is a kill and a hurt noun ("3 قتلى", "20 جريحا"): the word
/// right after it, as written (indefinite, no clitic), in `KILL_WORDS` or `HURT_WORDS`, in the
/// same clause; a dual is its own noun. Such a number is that noun's toll, not the toll of the
/// other kind for a casualty word before it (toll10).
fn counted_casualty_noun(a: &Analysis, n: &TollNumber) -> (bool, bool) {
    let next = n.1 + 1;
    if n.4 || next >= a.words.len() || a.break_between(n.1, next) {
        return (false, false);
    }
    casualty_table().0.get(a.word(next)).copied().unwrap_or_default()
}

/// A number of a sentence as `casualties` reads it: its first and last word, its value, whether
/// it is an ordinal, and whether it is its own counted noun (a dual: "جنديين").
pub(crate) type TollNumber = (usize, usize, Option<u64>, bool, bool);

/// The victims of further groups joined by "و" to a toll's number that ends at word `end`:
/// "مقتل 11 من المسلحين و10 مدنيين" adds 10. Each group is a number within seven words that
/// opens with "و" and is followed by its victims, with no casualty word, partitive, turn word or
/// place or time word (`victim_phrase_end`) before it or right after it ("و5 قتلى في …", "و24 في
/// درعا" are other places' tolls; "و17 جريحا" the hurt), and not of one ("واحدة").
fn joined_groups(a: &Analysis, nums: &[TollNumber], end: usize) -> u64 {
    let mut sum = 0;
    let mut last = end;
    while let Some(m) = nums.iter().find(|m| m.0 > last) {
        let Some(v) = m.2 else { break };
        let opens_with_and = opens_with_and(a, m.0);
        // (A "one" is mostly the adjective: "4 من عائلة واحدة" is no fifth victim.)
        if m.3 || v < 2 || m.0 > last + 7 || !opens_with_and {
            break;
        }
        let stops = |j: usize| victim_phrase_stop(a.word(j));
        let next = m.1 + 1;
        if (last + 1..m.0).any(stops) || next >= a.words.len() || stops(next) {
            break;
        }
        sum += v;
        last = m.1;
    }
    sum
}

/// The number starting at word `k` opens with "و", glued ("و10") or apart ("و 5"): it starts a
/// group joined to what comes before.
fn opens_with_and(a: &Analysis, k: usize) -> bool {
    a.word(k).starts_with('و') || (k > 0 && a.word(k - 1) == "و")
}

/// (fatal16) The victims told right after casualty word `wi` as more of those just counted: the
/// dual "two others" (`TOLL_TWO_MORE`: "وجرح آخران") is two, an indefinite ordinal
/// (`TOLL_ONE_MORE`: "مقتل ثلاثة وإصابة رابع") one, the fourth, when the casualty word opens with
/// «و» or follows a turn word ("فيما أصيب رابع", fatal17) and so joins a toll told before it
/// ("قتل ثان لها", a second killing, counts nobody). The number reader takes an ordinal for its
/// rank (4), never a toll, so without this the hurt read none.
fn more_victims(a: &Analysis, wi: usize) -> Option<u64> {
    let h = wi + 1;
    if h >= a.words.len() || a.break_between(wi, h) {
        return None;
    }
    let w = a.word(h);
    if TOLL_TWO_MORE.contains(&w) {
        return Some(2);
    }
    // (fatal17: or right after a turn word of `TOLL_CLAUSE_TURNS`, which joins it as «و» does: "قتل
    // ثلاثة جنود فيما أصيب رابع".)
    let joined = opens_with_and(a, wi) || (wi > 0 && TOLL_CLAUSE_TURNS.contains(&a.word(wi - 1)));
    (TOLL_ONE_MORE.contains(&w) && joined).then_some(1)
}

/// (fatal17) The count of the subject told before casualty verb `wi`, a plural that follows its
/// subject (`TOLL_SUBJECT_VERBS`: "إن 15 جنديا على الأقل في الجيش قتلوا", "وكان 5 من المسلحين
/// لقوا حتفهم"), more than two words before it (`casualties` reads a number nearer by itself): the
/// first count `free` leaves, within twelve words and in its clause, that opens the subject (a word
/// of `TOLL_SUBJECT_OPENERS`, a clause break or the sentence's start right before it, past any
/// qualifier of `TOLL_COUNT_QUALIFIERS`: "أن نحو 25"), with no casualty or turn word between it
/// and the verb, nor a year. Asked only when the verb read no number and names no victim after it,
/// and (fix68b) when nothing after it can be its object (`no_object_after`: an active "قتلوا
/// مدنيين" makes the count the killers) and it is no relative clause's verb (`RELATIVE_PRONOUNS`
/// before it: "70 في المئة من الذين قتلوا", "12 من العناصر الذين أصيبوا" give the subject a
/// verb of its own).
fn fronted_subject<'n>(
    a: &Analysis,
    nums: &'n [TollNumber],
    wi: usize,
    free: impl Fn(&TollNumber) -> bool,
) -> Option<&'n TollNumber> {
    if !TOLL_SUBJECT_VERBS.contains(&a.word(wi))
        || (wi > 0 && RELATIVE_PRONOUNS.contains(&a.word(wi - 1)))
        || !no_object_after(a, wi)
    {
        return None;
    }
    let opens = |k0: usize| {
        let mut j = k0;
        while j > 0 && k0 - j < 4 && !a.break_between(j - 1, j) && TOLL_COUNT_QUALIFIERS.contains(&a.word(j - 1)) {
            j -= 1;
        }
        j == 0 || a.break_between(j - 1, j) || TOLL_SUBJECT_OPENERS.contains(&a.word(j - 1))
    };
    let x = nums.iter().find(|n| {
        n.0 + 12 >= wi
            && n.1 + 2 < wi
            && !n.3
            && n.2.is_some_and(|v| v > 0 && !(1900..=2100).contains(&v))
            && !a.break_between(n.0, wi)
            && free(n)
            && opens(n.0)
    })?;
    let stop = |j: usize| casualty_word_of(a.word(j)) != (false, false) || TOLL_CLAUSE_TURNS.contains(&a.word(j));
    (!(x.1 + 1..wi).any(stop)).then_some(x)
}

/// (fix68b) The number ending at word `k1` is a share: a word of `TOLL_PERCENT_WORDS` ("بالمئة",
/// "%") right after it, or after a «في» right after it ("70 في المئة من الذين قتلوا" counts no dead).
fn percent_after(a: &Analysis, k1: usize) -> bool {
    let (_, we) = a.words[k1];
    let rest = a.key.key[we..].trim_start();
    if rest.starts_with(['%', '٪']) || a.word(k1).ends_with(['%', '٪']) {
        return true;
    }
    let at = |j: usize| j < a.words.len() && !a.break_between(k1, j) && TOLL_PERCENT_WORDS.contains(&a.word(j));
    at(k1 + 1) || (k1 + 2 < a.words.len() && a.word(k1 + 1) == "في" && at(k1 + 2))
}

/// (fix68b) Plural casualty verb `wi` has no object after it, so it is the passive and its subject
/// the victims: the end of its clause, a place or time word (`VICTIM_PHRASE_ENDS`), a cause head
/// (`TOLL_CAUSE_HEADS`), a word with a glued «ب» ("باشتباكات"), «من قبل», a word of the passive
/// (`RELATIVE_PASSIVE_NEXT`: "بجروح", "حتفهم") or of `TOLL_SUBJECT_VERB_NEXT` ("لاحقا", "الأحد"),
/// or another casualty word follows. An active "قتلوا مدنيين" has its object there, and the count
/// before it is the killers.
fn no_object_after(a: &Analysis, wi: usize) -> bool {
    let next = wi + 1;
    if next >= a.words.len() || a.break_between(wi, next) {
        return true;
    }
    let w = a.word(next);
    // (A glued «ب» heads the means or the place, "باشتباكات", "بالقصف"; «من قبل» the doer.)
    let agent = w == "من" && next + 1 < a.words.len() && a.word(next + 1) == "قبل";
    let glued_by = w.starts_with('ب') && w != "بعض" && w.chars().count() > 3;
    agent
        || glued_by
        || victim_phrase_end(w)
        || TOLL_CAUSE_HEADS.contains(&w)
        || RELATIVE_PASSIVE_NEXT.contains(&w)
        || TOLL_SUBJECT_VERB_NEXT.contains(&w)
        || casualty_word_of(w) != (false, false)
}

/// A word that ends a phrase of victims before or after a group's number: a place or time word
/// (`victim_phrase_end`), a partitive (`TOLL_PARTITIVES`), a turn word (`TOLL_CLAUSE_TURNS`) or a
/// casualty word.
fn victim_phrase_stop(w: &str) -> bool {
    victim_phrase_end(w)
        || TOLL_PARTITIVES.contains(&w)
        || TOLL_CLAUSE_TURNS.contains(&w)
        || casualty_word_of(w) != (false, false)
}

/// The victims named one by one right after casualty word `wi` and joined to the group of number
/// `x` after them by "و" or a word of `TOLL_GROUP_JOINERS` ("مقتل آمر الفوج وجنديين": the
/// commander and two soldiers; "مقتل قيادي مع مسلحين اثنين"): `count_named_victims` up to the
/// joiner, or 0 when the number comes right after `wi`, no person is named right after it, the
/// group is not joined, or a stop word (`victim_phrase_stop`) or a break stands between them or
/// right after the number ("مقتل شاب و3 جرحى": the three are hurt). A group of one is no group
/// ("وأحد": mostly the adjective, as in `joined_groups`).
pub(crate) fn named_before_group(a: &Analysis, lex: &Lexicon, wi: usize, x: &TollNumber) -> u64 {
    let &(k0, k1, value, ordinal, own_noun) = x;
    if k0 <= wi + 1 || ordinal || value.is_none_or(|v| v < 2) {
        return 0;
    }
    // The joiner's word: the number's own glued "و", or a word before the group, which is the
    // number or, for a two told after its noun ("مسلحين اثنين"), that noun.
    let joiner_at = |g: usize| {
        if a.word(g).starts_with('و') {
            Some(g)
        } else {
            let p = g.checked_sub(1)?;
            (a.word(p) == "و" || TOLL_GROUP_JOINERS.contains(&a.word(p))).then_some(p)
        }
    };
    // (The noun before a two agrees with it, so ends as it does: "مسلحين اثنين", not "وأصابوا
    // اثنين", a verb whose object is the two.)
    let ending = |w: &'_ str| w.char_indices().rev().nth(1).map_or(w.len(), |(i, _)| i);
    let agrees = |g: usize| {
        let (n, w) = (a.word(k0), a.word(g));
        w.len() > n.len() - ending(n) && w.ends_with(&n[ending(n)..])
    };
    let two_after_noun = value == Some(2) && !own_noun && agrees(k0 - 1);
    // (A dual noun, or a two after its noun, has its victims told; another number is followed
    // by them.)
    let (j, told) = match joiner_at(k0) {
        Some(j) => (j, own_noun),
        None if two_after_noun => match joiner_at(k0 - 1) {
            Some(j) => (j, true),
            None => return 0,
        },
        None => return 0,
    };
    if j <= wi + 1 || (wi + 1..j).any(|i| victim_phrase_stop(a.word(i))) || a.break_between(wi, j) {
        return 0;
    }
    let next = k1 + 1;
    if !told && (next >= a.words.len() || victim_phrase_stop(a.word(next)) || a.break_between(k1, next)) {
        return 0;
    }
    count_named_victims(a, lex, wi, j, false).unwrap_or(0)
}

/// Whether `w` is in [`KILL_WORDS`] and in [`HURT_WORDS`]: one hash probe per word of a sentence
/// instead of 47 comparisons. The coder asks [`casualty_word_of`]; this is the tests' reference.
#[cfg(test)]
pub(crate) fn casualty_word(w: &str) -> (bool, bool) {
    let (t, tails) = casualty_table();
    if !tails.may_end(w) {
        return (false, false);
    }
    t.get(w).copied().unwrap_or_default()
}

/// `casualty_word` of the word as `strip_clitic` leaves it ("وقتل", "الوفاة"); not of its other
/// [`clitic_forms`]: the bare "وفاة" found whole was measured worse (clitic1, docs/coding.md): it
/// takes the number after it in "٨ حالات وفاة و١٣ إصابة" and a natural death for a toll.
/// `casualties` asks this of every word
/// of an assault's sentence (about 330 k words on 5,000 articles) and nearly none is listed: the
/// clitic-free word is a tail of the written one, so the table's [`sentence::TailFilter`] turns
/// such a word away before it is stripped and hashed (speed32).
pub(crate) fn casualty_word_of(w: &str) -> (bool, bool) {
    if !CASUALTY_TAILS.may_end(w.as_bytes()) {
        return (false, false);
    }
    casualty_table().0.get(strip_clitic(w)).copied().unwrap_or_default()
}

/// `casualty_word_of` as `casualties` reads it: also a kill or hurt verb after the conjunction «ف»
/// (fatal1, `TOLL_FA_VERBS`: "فتح النار فقتل شخصين" tells two dead), which `strip_clitic` leaves on.
/// Only a word `casualty_word_of` turns away that starts with «ف» is looked up in the list; its
/// tail filter turns away most of them first («في»): a listed form ends as the verb it stands for.
pub(crate) fn toll_casualty_word(w: &str) -> (bool, bool) {
    match casualty_word_of(w) {
        (false, false) if w.starts_with('ف') && TOLL_FA_VERBS.contains(&w) => casualty_word_of(&w['ف'.len_utf8()..]),
        c => c,
    }
}

/// The last three letters of `KILL_WORDS` and `HURT_WORDS`, made by the compiler (speed57): the
/// two-letter filter of the table let through every word ending as «اصابه» or «مقتل» do («ـبه»,
/// «ـتل», «ـين»); `strip_clitic` leaves a tail of the word, so a word turned away is in neither list.
pub(crate) static CASUALTY_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&KILL_WORDS).and_first_words(&HURT_WORDS);

/// The table behind `casualty_word` (each listed word's kill and hurt flags) and the tail filter
/// of its words.
pub(crate) type CasualtyTable = (HashMap<&'static str, (bool, bool), ahdath_text::FxBuildHasher>, sentence::TailFilter);

fn casualty_table() -> &'static CasualtyTable {
    static T: OnceLock<CasualtyTable> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<&str, (bool, bool), ahdath_text::FxBuildHasher> = HashMap::default();
        for w in KILL_WORDS {
            t.entry(w).or_default().0 = true;
        }
        for w in HURT_WORDS {
            t.entry(w).or_default().1 = true;
        }
        let tails = sentence::TailFilter::of(t.keys().copied());
        (t, tails)
    })
}

/// "مقتل جندي", "مقتل الجنرال سليماني ومسؤول عراقي", "وأصيب شرطي": victims named one by one after
/// a kill or hurt word, counted: a singular person noun, a victim title or a named person/title
/// right after it is one, and each further one joined by "و" adds one, up to the next casualty
/// word ("مقتل شاب وإصابة طفل وامرأة": the woman is hurt, not dead), before word `end`. With
/// `by_form` (toll12) the first person is one only `one_person_word` or "one of" names ("مقتل
/// حارس", "مقتل أحد عناصرها"), asked for when no listed one stands there.
fn count_named_victims(a: &Analysis, lex: &Lexicon, wi: usize, end: usize, by_form: bool) -> Option<u64> {
    // One person: a singular person noun, or a named person or title (not a group noun).
    let one_person_entity = |j: usize| {
        a.entities.iter().any(|e| {
            e.w0 == j
                && e.actors
                    .first()
                    .is_some_and(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Office))
        })
    };
    // "One of" with its genitive after it ("أحد عناصرها"); alone, or before a place or time word,
    // it is "anyone" ("دون مقتل أو جرح أحد على الأرض").
    let one_of_at = |j: usize| {
        let w = a.word(j);
        ONE_OF_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
            && j + 1 < a.words.len()
            && !a.break_between(j, j + 1)
            && !victim_phrase_stop(a.word(j + 1))
    };
    let is_person_at = |j: usize| {
        let w = a.word(j);
        in_list!(&ONE_NOUNS, w)
            || in_list!(&VICTIM_TITLES, w)
            || one_person_word(w)
            || one_of_at(j)
            || one_person_entity(j)
    };
    // (toll12: a first person named only by its form, `one_person_word` or "one of", is read
    // when `by_form` asks for it; a listed noun or named person otherwise.)
    let h = wi + 1;
    let listed = in_list!(&ONE_NOUNS, a.word(h)) || in_list!(&VICTIM_TITLES, a.word(h)) || one_person_entity(h);
    if !(if by_form { !listed && is_person_at(h) } else { listed }) {
        return None;
    }
    let mut n = 1;
    let mut j = wi + 2;
    while j < a.words.len().min(end) && j <= wi + 12 && !a.break_between(j - 1, j) {
        let w = a.word(j);
        if victim_phrase_end(w) || casualty_word_of(w) != (false, false) {
            break;
        }
        if let Some(rest) = w.strip_prefix('و') {
            if in_list!(&ONE_NOUNS, rest)
                || in_list!(&VICTIM_TITLES, rest)
                || one_person_word(rest)
                || one_of_at(j)
                || one_person_entity(j)
            {
                n += 1;
            }
        }
        j += 1;
    }
    Some(n)
}

/// A written word that names one person by its form (toll12): a singular person noun of
/// `LONE_VICTIM_NOUNS` ("فتى", "حارسا"), bare or after `VICTIM_ARTICLE`, or one of `ONE_NOUNS` after
/// it ("الحارس", "الطفل"); or a kin noun of `KIN_STEMS` with a possessive pronoun of `KIN_PRONOUNS`
/// ("والده", "زوجته"). ("One of", `ONE_OF_WORDS`, is read by `count_named_victims`, which sees
/// its genitive.)
pub(crate) fn one_person_word(w: &str) -> bool {
    let definite = VICTIM_ARTICLE.iter().find_map(|p| w.strip_prefix(p));
    LONE_VICTIM_NOUNS.contains(&w)
        || definite.is_some_and(|r| LONE_VICTIM_NOUNS.contains(&r) || ONE_NOUNS.contains(&r))
        || KIN_STEMS.iter().any(|k| w.strip_prefix(k).is_some_and(|p| KIN_PRONOUNS.contains(&p)))
}

/// The rule id of the records `Coder::split_toll` makes, one per place of a split toll.
pub(crate) const TOLL_SHARE_RULE: &str = "assault.kill.toll-share";

/// "لقي 103 أشخاص مصرعهم الخميس … وسقط 25 قتيلا في دمشق، و21 في حلب …": a killing toll told in
/// another sentence that the article's place shares add up to (within a tenth) is their sum, not
/// an event of its own (data/gold/README.md, "Decomposition"); its date expression dates the shares
/// that have none.
pub(crate) fn fold_toll_summaries(cands: &mut Vec<Candidate>) {
    let share = |c: &Candidate| c.rec.rule == TOLL_SHARE_RULE;
    let total: u32 = cands.iter().filter(|c| share(c)).filter_map(|c| c.rec.fatalities).sum();
    if total == 0 {
        return;
    }
    let summary = |c: &Candidate| {
        c.rec.event_type == "ASSAULT"
            && c.rec.rule.starts_with("assault.kill")
            && !share(c)
            && c.rec.mode.is_none()
            && c.rec.status == Status::Occurred
            && c.rec.fatalities.is_some_and(|t| t.abs_diff(total) * 10 <= t)
    };
    // (A headline's toll has no date of its own: the first summary dated by the text dates them.)
    let dated = cands.iter().find(|c| summary(c) && c.rec.date_basis == Some(DateBasis::Text)).map(|c| c.rec.clone());
    cands.retain(|c| !summary(c));
    let Some(dated) = dated else { return };
    for c in cands
        .iter_mut()
        .filter(|c| share(c) && c.rec.status == Status::Occurred && c.rec.date_basis == Some(DateBasis::Publication))
    {
        c.rec.date = dated.date.clone();
        c.rec.date_precision = dated.date_precision;
        c.rec.date_basis = dated.date_basis;
        c.rec.date_text = dated.date_text.clone();
    }
}

/// A killing or wounding rule (`assault.kill.*`, `assault.wound.*`): its subject, when named, is
/// the victims, and its numbers a toll.
pub(crate) fn casualty_rule(id: &str) -> bool {
    id.starts_with("assault.kill") || id.starts_with("assault.wound")
}

/// Marks a casualty mention of the body (rules `assault.kill.*`, `assault.wound.*`) whose sentence
/// holds a non-casualty, non-anaphoric assault mention with the same fatalities and injuries
/// ("وقتل ثلاثة أشخاص في قصف على البلدة"): the toll is that act's, and `fill_gaps` lends it to no
/// record of another sentence (toll5).
pub(crate) fn mark_owned_tolls(cands: &mut [Candidate]) {
    let casualty = |c: &Candidate| casualty_rule(&c.rec.rule);
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.rec.event_type != "ASSAULT"
            || c.rec.evidence.field == Field::Title
            || c.rec.rule == TOLL_SHARE_RULE
            || !casualty(c)
            || (c.rec.fatalities.is_none() && c.rec.injuries.is_none())
        {
            continue;
        }
        let owned = cands.iter().any(|o| {
            o.rec.event_type == "ASSAULT"
                && !casualty(o)
                && !o.anaphoric
                && o.rec.evidence.field == c.rec.evidence.field
                && o.rec.evidence.start == c.rec.evidence.start
                && o.rec.fatalities == c.rec.fatalities
                && o.rec.injuries == c.rec.injuries
        });
        cands[i].toll_owned = owned;
    }
}

/// One place's share of a toll split by place ("و37 في دمشق", "وقتيلين في الرقة", "11 في كل من
/// اللاذقية وحماه"): its count, the places it names (a range of `Analysis::places`; several after
/// "في كل من", each with the count), its first and last words, and whether it names its victims
/// with a kill word ("قتيلا", "شهداء").
#[derive(Debug, Clone, Copy)]
pub(crate) struct TollShare {
    pub(crate) count: u32,
    pub(crate) places: (usize, usize),
    pub(crate) w0: usize,
    pub(crate) w1: usize,
    pub(crate) killed: bool,
}

/// The place a share's "في" (or glued "ب") introduces at word `j`: the place right after "في", the
/// chain of places joined by "و" after "في كل من", or a place written with a glued "ب" ("بالرقة").
/// Returns the range of places and the last word.
fn share_places(a: &Analysis, j: usize) -> Option<((usize, usize), usize)> {
    let place_at = |w: usize| a.places.iter().position(|p| p.w0 == w);
    let w = a.word(j);
    if w == "في" {
        if a.word(j + 1) == "كل" && a.word(j + 2) == "من" {
            let first = place_at(j + 3)?;
            let mut last = first;
            while a.places.get(last + 1).is_some_and(|p| p.w0 == a.places[last].w1 + 1 && a.word(p.w0).starts_with('و'))
            {
                last += 1;
            }
            return Some(((first, last), a.places[last].w1));
        }
        let p = place_at(j + 1)?;
        return Some(((p, p), a.places[p].w1));
    }
    // (A glued "ب": the place's form starts after the word's start; "بغداد" is no "ب" + place.)
    let p = place_at(j)?;
    let glued = w.starts_with('ب') && a.places[p].core_start > a.words[j].0;
    glued.then_some(((p, p), a.places[p].w1))
}

/// The shares of a toll split by place ("وتوزع القتلى بواقع 118 في حلب و37 في دمشق", "وسقط في دير
/// الزور 15 قتيلا، و12 قتيلا في درعا"): each a count, an optional victim noun and "في"/"ب" + place,
/// or the place first and then the count with its victim noun; a victim noun alone counts one or
/// two. SPEC §4 makes each place's share its own event. Only the longest run of two or more shares
/// on two or more places, each within six words of the one before, after a kill word (not a hurt
/// word) or with a victim noun of its own, is a split; otherwise empty. A number read as a date
/// (`dts`) is no count.
pub(crate) fn toll_shares(a: &Analysis, nums: &[NumberMatch], dts: &[DateMatch]) -> Vec<TollShare> {
    // (Shares on two places need two place mentions: most sentences are done here.)
    if a.places.len() < 2 {
        return Vec::new();
    }
    let share_noun = |j: usize| in_list!(&TOLL_SHARE_NOUNS, a.word(j));
    let mut shares: Vec<TollShare> = Vec::new();
    // (The word of number `k`, found once a number rather than twice a word: speed80.)
    let num_word = |k: usize| nums.get(k).map(|n| word_index_of_byte(a, n.start));
    let mut k = 0;
    let mut k_word = num_word(0);
    for i in 0..a.words.len() {
        if shares.last().is_some_and(|s| i <= s.w1) {
            continue;
        }
        // The number starting at word i, if any (`nums` are in text order).
        while k_word.is_some_and(|w| w < i) {
            k += 1;
            k_word = num_word(k);
        }
        let num = nums.get(k).filter(|n| k_word == Some(i) && !n.ordinal);
        let w = a.word(i).strip_prefix('و').unwrap_or(a.word(i));
        let (count, after, noun) = match num {
            Some(n) => {
                // (A year is no count: "مجزرتي 2012 في حلب و2013 في حماة", nor a date.)
                let Some(v) = n.value.filter(|&v| v > 0 && v < 100_000) else { continue };
                if dts.iter().any(|d| d.start < n.end && n.start < d.end) {
                    continue;
                }
                // ("30 او 40 واحد في بور سعيد": a number word after a number is its counted noun.)
                if k > 0 && i > 0 && word_index_of_byte(a, nums[k - 1].end.saturating_sub(1)) == i - 1 {
                    continue;
                }
                let k1 = word_index_of_byte(a, n.end.saturating_sub(1));
                let noun = share_noun(k1 + 1);
                if !noun && (1900..=2100).contains(&v) {
                    continue;
                }
                // ("وقتيلين في الرقة": the dual is a number and a kill word at once.)
                let killed = (noun && casualty_word_of(a.word(k1 + 1)).0) || (k1 == i && casualty_word_of(a.word(i)).0);
                // "وسقط في دير الزور 15 قتيلا": the place before the count and its noun.
                let before = a.places.iter().position(|p| p.w1 + 1 == i).filter(|&p| {
                    let p0 = a.places[p].w0;
                    (p0 > 0 && a.word(p0 - 1) == "في")
                        || (a.word(p0).starts_with('ب') && a.places[p].core_start > a.words[p0].0)
                });
                if let (Some(p), true) = (before, noun) {
                    let p0 = a.places[p].w0;
                    let w0 = if a.word(p0 - 1) == "في" { p0 - 1 } else { p0 };
                    if shares.last().is_none_or(|s| w0 > s.w1) {
                        shares.push(TollShare { count: v as u32, places: (p, p), w0, w1: k1 + 1, killed });
                        continue;
                    }
                }
                (v as u32, k1 + 1 + noun as usize, killed)
            }
            None if TOLL_ONE_NOUNS.contains(&w) => (1, i + 1, true),
            None if TOLL_TWO_NOUNS.contains(&w) => (2, i + 1, true),
            None if TOLL_SAME_WORDS.contains(&w) => match shares.last() {
                Some(s) if i - s.w1 <= 3 => (s.count, i + 1, false),
                _ => continue,
            },
            None => continue,
        };
        if let Some((places, w1)) = share_places(a, after) {
            shares.push(TollShare { count, places, w0: i, w1, killed: noun });
        }
    }
    // The longest run of shares each close to the one before.
    let (mut best, mut from) = ((0, 0), 0);
    for i in 1..=shares.len() {
        if i == shares.len() || shares[i].w0 > shares[i - 1].w1 + 7 {
            if i - from > best.1 - best.0 {
                best = (from, i);
            }
            from = i;
        }
    }
    let run = &shares[best.0..best.1];
    let distinct = run.iter().any(|s| s.places.0 != s.places.1)
        || run.windows(2).any(|w| a.places[w[0].places.0].places != a.places[w[1].places.0].places);
    if run.len() < 2 || !distinct {
        return Vec::new();
    }
    // A toll of the dead: the nearest casualty word before the run is a kill word ("وأصيب 10 في
    // حلب و5 في حمص" is no toll of the dead), or the shares name their victims as dead.
    let last_casualty = (0..run[0].w0).rev().map(|j| casualty_word_of(a.word(j))).find(|c| c.0 || c.1);
    if !last_casualty.is_some_and(|c| c.0) && !run.iter().any(|s| s.killed) {
        return Vec::new();
    }
    run.to_vec()
}

/// A count of a thousand or more (not a year or a date), or a vague count of thousands
/// ("عشرات الآلاف") after the trigger, stands within six words after the trigger or four before
/// it, in its clause.
pub(crate) fn thousands_toll(
    a: &Analysis,
    s: &str,
    nums: &[NumberMatch],
    dts: &[DateMatch],
    t: &TriggerMention,
) -> bool {
    nums.iter().any(|n| {
        if n.ordinal || dts.iter().any(|d| d.start < n.end && n.start < d.end) {
            return false;
        }
        let w = word_index_of_byte(a, n.start);
        let after = w > t.w1 && w - t.w1 <= 6 && !a.break_between(t.w1, w);
        let before = w < t.w0 && t.w0 - w <= 4 && !a.break_between(w, t.w0);
        let text = s.get(n.start..n.end).unwrap_or("");
        // A bare four-digit number from 1900 to 2100 is a year.
        let year = text.chars().count() == 4 && n.value.is_some_and(|v| (1900..=2100).contains(&v));
        let big = match n.value {
            Some(v) => v >= 1000 && !year,
            None => after && ["آلاف", "الاف", "ألوف", "الوف"].iter().any(|k| text.contains(k)),
        };
        big && (after || before)
    })
}
