//! When: the event date of a mention — which date expression governs the trigger, statement and
//! report days, background and recalled periods, anniversaries, period anaphors ("that year"),
//! rolling bare months and weekdays against the publication date, and the days a record inherits
//! from its story or speaker. Split out of lib.rs by tidy64 (script-moved, bodies unchanged).

use super::*;

/// Days before publication after which a day-dated event counts as background (`historical`).
const HISTORICAL_DAYS: i64 = 30;

/// How far back (days from the last day of its date to publication) a sentence's time must lie
/// for the undated deeds told on after it to share that background (`sentence_told_long_ago`,
/// status46): half a year, so that last month's acts, still news, stay apart.
const NARRATIVE_BACK_DAYS: i64 = 180;

/// A month named without "الماضي"/"المقبل" is its occurrence nearest the publication date
/// ("في يونيو" in an April report is this June, in a September report the last one).
pub(crate) fn nearest_bare_month(d: &DateMatch, published: Option<NaiveDate>, text: &str) -> DateMatch {
    let mut d = *d;
    let Some(p) = published else { return d };
    if d.precision != dates::DatePrecision::Month || d.relative != dates::Relation::Past {
        return d;
    }
    let k = ahdath_text::normalize_key(text);
    if says_past(&k, &["الشهر"]) {
        return d;
    }
    let mut next = d;
    next.year += 1;
    if let (Some(last), Some(next_first)) = (d.last_day(), next.first_day()) {
        if last < p && (next_first - p).num_days() < (p - last).num_days() {
            d = next;
        }
    }
    d
}

/// A bare month (`Month`, read as past, no year) that its clause tells as past: a verb of taking
/// place (`PAST_OCCURRENCE_VERBS`; not the passive auxiliary "تم", which also sets dates to come)
/// or "كان" before a perfect trigger verb stands within five words before it, or the trigger is a
/// perfect verb told as done (`trigger_done`) standing at most eight words before it in its clause
/// with no other trigger or "منذ" between; never across a future cue.
pub(crate) fn month_told_past(a: &Analysis, d: &DateMatch, t: &TriggerMention, trigger_done: bool) -> bool {
    if d.precision != dates::DatePrecision::Month || d.relative != dates::Relation::Past {
        return false;
    }
    let m = word_index_of_byte(a, d.start);
    let no_future_from = |i: usize| !a.cues.iter().any(|c| c.kind == CueKind::Future && c.w0 >= i && c.w0 < m);
    let told = |w: &str| PAST_OCCURRENCE_VERBS.contains(&w) && !matches!(w, "تم" | "تمت");
    let verb_before = (m.saturating_sub(5)..m).any(|i| {
        let w = a.word(i);
        let aux_perfect = |w: &str| {
            matches!(w, "كان" | "كانت" | "كانوا")
                && a.triggers.iter().any(|x| x.w0 == i + 1 && !x.future_prefix && perfect_form(a.word(i + 1)))
        };
        (told(w) || aux_perfect(w) || w.strip_prefix('و').is_some_and(|x| told(x) || aux_perfect(x)))
            && no_future_from(i)
    });
    verb_before
        || (trigger_done
            && t.w1 < m
            && m - t.w1 <= 8
            && !a.break_between(t.w1, m)
            && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < m)
            && !since_between(a, t.w1 + 1, m)
            && no_future_from(t.w1))
}

/// A bare month (`Month`, read as past, no year) whose own words or clause say it is past, so
/// that it is the last such month and never the nearest one to come (dates44): a past mark
/// (`PAST_MARKERS`) among the three words after it in its clause ("في أكتوبر تشرين الأول
/// الماضي", the second name read apart); "منذ" at most four words before it ("بدأت منذ نوفمبر");
/// or a trigger told as done — a verbal noun right after a passive auxiliary of the perfect
/// (`DONE_PASSIVE_AUXILIARIES`: "تم إضرام النار", or one opening the trigger: "تم التوصل"), or a
/// perfect verb right after an opener of an earlier act's clause (`DONE_CLAUSE_OPENERS`: "بعد أن
/// وافق") — with the month in its clause,
/// at most eight words after it and no other trigger or noun of holding another act
/// (`HELD_ACT_NOUNS`: "تم الاتفاق على عقد مؤتمر في ديسمبر") between, or (after an auxiliary)
/// fronted at most three words before it ("وفي ديسمبر، تم إضرام النار"). Never across a future
/// cue.
pub(crate) fn month_in_done_clause(a: &Analysis, d: &DateMatch, t: &TriggerMention) -> bool {
    if d.precision != dates::DatePrecision::Month || d.relative != dates::Relation::Past {
        return false;
    }
    let m = word_index_of_byte(a, d.start);
    let e = word_index_of_byte(a, d.end.saturating_sub(1));
    let no_future = |lo: usize, hi: usize| !a.cues.iter().any(|c| c.kind == CueKind::Future && c.w0 >= lo && c.w0 < hi);
    if (e + 1..=e + 3).any(|i| PAST_MARKERS.contains(&a.word(i)) && !a.break_between(e, i)) {
        return true;
    }
    if (m.saturating_sub(4)..m)
        .any(|i| matches!(a.word(i), "منذ" | "ومنذ") && !a.break_between(i, m) && no_future(i, m))
    {
        return true;
    }
    let after_trigger = || {
        t.w1 < m
            && m - t.w1 <= 8
            && !a.break_between(t.w1, m)
            && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < m)
            && !(t.w1 + 1..m).any(|i| HELD_ACT_NOUNS.contains(&unconj(a.word(i))))
            && no_future(t.w1, m)
    };
    // (The auxiliary may open the trigger itself: "الاتفاق الذي تم التوصل إليه في فبراير".)
    let aux = if t.w0 >= 1 && DONE_PASSIVE_AUXILIARIES.contains(&a.word(t.w0 - 1)) {
        Some(t.w0 - 1)
    } else {
        (t.w0 < t.w1 && DONE_PASSIVE_AUXILIARIES.contains(&a.word(t.w0))).then_some(t.w0)
    };
    if aux.is_some_and(|x| after_trigger() || (e < x && x - e <= 3 && no_future(e, t.w0))) {
        return true;
    }
    earlier_act_after(a, t, Pattern::Verb) && after_trigger()
}

/// Whether the words right before the trigger are an opener of an earlier act's clause
/// (`DONE_CLAUSE_OPENERS`: "بعدما", "بعد أن"), read by the month of a done clause and by the
/// earlier act of an "after" phrase.
fn after_done_clause_opener(a: &Analysis, t: &TriggerMention) -> bool {
    let before = |d: usize| if t.w0 >= d { a.word(t.w0 - d) } else { "" };
    DONE_CLAUSE_OPENERS.iter().any(|f| *f == before(1) || sentence::is_word_pair(f, before(2), before(1)))
}

/// The trigger names the earlier act of an "after" phrase (status58): a verbal noun right after a
/// head of `EARLIER_ACT_HEADS` ("بعد إغلاقها لمدة شهر"), or one word on when that word is no span
/// of time, adverb or particle (`EARLIER_ACT_STOPS`: "بعد غد", "بعد ذلك", "بعد أن") and no trigger
/// ("بعد تلقيه دعوة", "بعد هذه الاتهامات"); or a perfect verb right after an opener of an earlier
/// act's clause (`DONE_CLAUSE_OPENERS`: "بعدما اتفقت"). The act came before the clause the phrase
/// is attached to, so a plan or a future verb of that clause does not make it one to come. After a
/// word of a schedule or a forecast earlier in the sentence (`EARLIER_ACT_PLAN_WORDS`, a
/// prediction word) the verbal noun counts only with a verb of occurrence or a past mark at most
/// three words after it (`PAST_OCCURRENCE_VERBS`, `PAST_MARKERS`).
pub(crate) fn earlier_act_after(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    if t.future_prefix || t.w0 == 0 {
        return false;
    }
    if pattern == Pattern::Verb {
        return after_done_clause_opener(a, t) && perfect_form(a.word(t.w0));
    }
    let head = if EARLIER_ACT_HEADS.contains(&a.word(t.w0 - 1)) {
        t.w0 - 1
    } else if t.w0 >= 2
        && EARLIER_ACT_HEADS.contains(&a.word(t.w0 - 2))
        && !EARLIER_ACT_STOPS.contains(&a.word(t.w0 - 1))
        && !a.break_between(t.w0 - 2, t.w0)
        && !a.triggers.iter().any(|x| x.w0 < t.w0 && x.w1 >= t.w0 - 1)
    {
        t.w0 - 2
    } else {
        return false;
    };
    // ("ومن المقرر أن يزور رام الله بعد لقاء نظيره": in a schedule or a forecast the act after
    // "بعد" is to come too, unless a verb of occurrence or a past mark right after it tells it
    // done: "بعد اتصال هاتفي جرى بين الرئيسين".)
    let planned = (0..head).any(|i| {
        let w = a.word(i);
        a.has_class(i, sentence::PREDICTION_WORD) || EARLIER_ACT_PLAN_WORDS.contains(&unconj(w))
    });
    !planned
        || (t.w1 + 1..=t.w1 + 3).any(|i| {
            (PAST_OCCURRENCE_VERBS.contains(&a.word(i)) || PAST_MARKERS.contains(&a.word(i)))
                && !a.break_between(t.w1, i)
        })
}

/// A date whose last day is before the publication day (false without a publication day).
pub(crate) fn wholly_past(d: &DateMatch, published: Option<NaiveDate>) -> bool {
    published.zip(d.last_day()).is_some_and(|(p, last)| last < p)
}

/// A date expression that says it is past: its own year, or "الماضي", "أمس" … in its text (a bare
/// "الإثنين" or "ديسمبر" in a future clause is the coming one).
pub(crate) fn marked_past(d: &DateMatch, text: &str) -> bool {
    d.relative == dates::Relation::Absolute || says_past(&ahdath_text::normalize_key(text), &["امس"])
}

/// A "منذ" (since) among the words `from..to`: a date after it names the start of something else.
pub(crate) fn since_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from..to).any(|i| matches!(a.word(i), "منذ" | "ومنذ"))
}

/// Whether a date after the trigger stands in a "since" phrase that names something else first
/// (status34): "منذ" after the trigger with at least two words between it and the date ("أطلقت
/// صواريخ … منذ الحرب على غزة في الصيف الماضي"): the date is that of the thing "since" names (the
/// war), not the act's, which follows it. A date right after "منذ" or one word on ("منذ منتصف
/// يوليو", "منذ عام 2004") is the start of the act's own span and is left to `since_span_near`.
pub(crate) fn since_names_another(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    dw > t.w1 + 3 && since_between(a, t.w1 + 1, dw - 2)
}

/// Whether a date that says it is past (its own year, "الماضي", "أمس") follows the trigger
/// within four words of its clause, with no other trigger, future cue or "منذ" between: it then
/// dates the trigger.
pub(crate) fn past_day_after_trigger(
    a: &Analysis,
    d: &DateMatch,
    t: &TriggerMention,
    published: Option<NaiveDate>,
    text: &str,
) -> bool {
    let dw = word_index_of_byte(a, d.start);
    wholly_past(d, published)
        && !t.future_prefix
        && dw > t.w1
        && dw - t.w1 <= 4
        && !a.break_between(t.w1, dw)
        && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < dw)
        && !a.cues.iter().any(|c| c.kind == CueKind::Future && c.w0 > t.w1 && c.w0 < dw)
        && !since_between(a, t.w1 + 1, dw)
        && marked_past(d, text)
}

/// Words `w0..w1` (two or three) read as one noun phrase the dictionary does not know as a whole:
/// no place or trigger on them, no entity but one that starts it (the head, "سكان" in "سكان
/// القرية", and then in construct with the definite word after it), no preposition, and definite
/// from its first definite word on, ending definite ("سكان القرية", "رئيس البلدية السابق",
/// "المصادر الأمنية"; "إيران حتى الآن" is none; prec67).
pub(crate) fn unknown_noun_phrase(a: &Analysis, w0: usize, w1: usize) -> bool {
    let words = w0..w1;
    let free = |i: usize| {
        !a.entities.iter().any(|e| e.w0 <= i && i <= e.w1 && e.w0 != w0)
            && !a.places.iter().any(|p| p.w0 <= i && i <= p.w1)
            && !a.triggers.iter().any(|t| t.w0 <= i && i <= t.w1)
    };
    (2..=3).contains(&words.len())
        && w1 <= a.words.len()
        && words.clone().all(|i| free(i) && !a.has_class(i, sentence::ROLE_PREP | sentence::LOC_PREP))
        && words.clone().skip_while(|&i| !a.word(i).starts_with("ال")).all(|i| a.word(i).starts_with("ال"))
        && a.entities.iter().find(|e| e.w0 == w0).is_none_or(|e| e.w1 + 1 >= w1 || a.word(e.w1 + 1).starts_with("ال"))
        && a.word(w1 - 1).starts_with("ال")
}

/// Whether a signing verb «وقع على» (also «وقعت عليه», «وقع عليها» …, trigger `t`) reads as
/// "happened on, fell on, befell" (prec105): a word of a happening, a choice, a blow or a penalty
/// (`HAPPENED_ON_WORDS`) within three words before the verb or two after «على», or the ground or a
/// road (`HAPPENED_ON_PLACES`) within two words after it, in its clause: «الحادث الذي وقع على طريق
/// خريص», «ثم وقع على الأرض», «المصيبة التي وقعت عليه», «بعد أن وقعت عليها العقوبات».
pub(crate) fn happened_not_signed(a: &Analysis, t: &TriggerMention) -> bool {
    let verb = a.word(t.w0);
    let verb = verb.strip_prefix('و').filter(|v| v.starts_with("وقع")).unwrap_or(verb);
    if t.w0 == t.w1 || !verb.starts_with("وقع") || !a.word(t.w1).starts_with("علي") {
        return false;
    }
    let before = t.w0.saturating_sub(3)..t.w0;
    let after = t.w1 + 1..(t.w1 + 3).min(a.words.len());
    before.chain(after.clone()).filter(|&i| !a.break_between(t.w0, i)).any(|i| HAPPENED_ON_WORDS.contains(&a.word(i)))
        || after.filter(|&i| !a.break_between(t.w1, i)).any(|i| HAPPENED_ON_PLACES.contains(&a.word(i)))
}

/// Whether a noun's own relative clause tells it concluded: a relative pronoun that agrees with the
/// noun ("التي" after a noun in ة, "الذي" otherwise) within four words after it in its clause, its
/// next word a verb of concluding (`CONCLUDED_RELATIVE_VERBS`): "الاتفاق النووي الذي وقع مع القوى
/// الدولية", "الاتفاقية النووية التي أبرمتها". "الاتفاق النووي الذي يتعرض للهجوم" is no such clause.
pub(crate) fn concluded_in_relative_clause(a: &Analysis, t: &TriggerMention) -> bool {
    let pronoun = if a.word(t.w1).ends_with('ه') { "التي" } else { "الذي" };
    (t.w1 + 1..=t.w1 + 4)
        .take_while(|&i| !a.break_between(t.w1, i))
        .find(|&i| RELATIVE_PRONOUNS.contains(&a.word(i)))
        .is_some_and(|i| unconj(a.word(i)) == pronoun && any_form_at(a, i + 1, &CONCLUDED_RELATIVE_VERBS))
}

/// (dates43) A vague time of the past stands near trigger `t`, in its clause (no break between), with
/// no other trigger between the two, at most three words before `t` or after it: an adverb of
/// `VAGUE_PAST_ADVERBS` ("مؤخرا") or "قبل" with a unit of `VAGUE_SPAN_UNITS` and no number ("قبل
/// أيام", "قبل عدة أسابيع", a word of `VAGUE_SPAN_COUNTS` between), the unit not followed by "من"
/// or "على" (a span before another act, "قبل أيام من الانتخابات"). Returns the expression's first
/// and last word.
pub(crate) fn vague_past_near(a: &Analysis, t: &TriggerMention) -> Option<(usize, usize)> {
    vague_past_within(a, t, true)
}

/// `vague_past_near`, with dates47's far reach after the trigger (`vague_past_far_after`) only
/// when `far` is set: a text date gives way to the near reach alone (dates48), for past three
/// words the vague time may date the object ("وأشاد بصمود الأهالي طيلة الأشهر الماضية").
pub(crate) fn vague_past_within(a: &Analysis, t: &TriggerMention, far: bool) -> Option<(usize, usize)> {
    // (Every expression starts on a word of the class: speed61.)
    if !a.sentence_has_class(sentence::VAGUE_PAST_HEAD) {
        return None;
    }
    let n = a.words.len();
    let expr_at = |i: usize| -> Option<(usize, usize)> {
        if !a.has_class(i, sentence::VAGUE_PAST_HEAD) {
            return None;
        }
        let w = a.word(i);
        if VAGUE_PAST_ADVERBS.contains(&w) {
            return Some((i, i));
        }
        // "خلال الأيام الماضية", "في الآونة الأخيرة", "خلال الفترة القليلة الماضية" (dates48).
        if VAGUE_PERIOD_NOUNS.contains(&w) {
            let adj = if a.word(i + 1) == "القليله" { i + 2 } else { i + 1 };
            let prep = i > 0 && VAGUE_PERIOD_PREPS.contains(&a.word(i - 1)) && !a.break_between(i - 1, i);
            return (adj < n && VAGUE_PERIOD_PAST.contains(&a.word(adj)) && !a.break_between(i, adj))
                .then_some((if prep { i - 1 } else { i }, adj));
        }
        if unconj(w) != "قبل" {
            return None;
        }
        let u = if VAGUE_SPAN_COUNTS.contains(&a.word(i + 1)) { i + 2 } else { i + 1 };
        (u < n
            && VAGUE_SPAN_UNITS.contains(&a.word(u))
            && !a.break_between(i, u)
            && (a.break_between(u, u + 1) || !matches!(a.word(u + 1), "من" | "علي")))
        .then_some((i, u))
    };
    let no_trigger_between = |lo: usize, hi: usize| !a.triggers.iter().any(|x| x.w0 > lo && x.w1 < hi);
    let before = (t.w0.saturating_sub(5)..t.w0).find_map(|i| {
        expr_at(i)
            .filter(|&(_, e)| e < t.w0 && t.w0 - e <= 3 && !a.break_between(e, t.w0) && no_trigger_between(e, t.w0))
    });
    before
        .or_else(|| {
            (t.w1 + 1..(t.w1 + 4).min(n))
                .find_map(|i| expr_at(i).filter(|_| !a.break_between(t.w1, i) && no_trigger_between(t.w1, i)))
        })
        .or_else(|| if far { vague_past_far_after(a, t, expr_at) } else { None })
}

/// The first word of a vague time of the past (`vague_past_within`'s `expr_at`): a
/// `VAGUE_PAST_ADVERBS` or `VAGUE_PERIOD_NOUNS` word, or «قبل» behind at most one glued و or ف;
/// the word class `sentence::VAGUE_PAST_HEAD`.
pub(crate) fn is_vague_past_head(w: &str) -> bool {
    VAGUE_PAST_ADVERBS.contains(&w) || VAGUE_PERIOD_NOUNS.contains(&w) || unconj(w) == "قبل"
}

/// (dates48) Date expression `d` ends before both the vague time starting at word `v0` and the
/// trigger `t`: it is told earlier in the sentence (a report's day, a date of a clause before), so
/// the vague time that stands at the act is the act's own time, not `d`.
pub(crate) fn dated_before_vague(a: &Analysis, d: &DateMatch, v0: usize, t: &TriggerMention) -> bool {
    word_index_of_byte(a, d.end.saturating_sub(1)) < v0.min(t.w0)
}

/// (merge44) Key word `w` is a sound feminine plural noun of acts, with or without a glued
/// clitic before it or a pronoun after it ("هجمات", "الزيارات", "لهجماته"), not a plural of talks
/// that names one meeting (`ONE_ACT_PLURALS`: "محادثات", "مفاوضات").
pub(crate) fn plural_acts_noun(w: &str) -> bool {
    let stem = ["هم", "ها", "ه"].iter().find_map(|p| w.strip_suffix(p).filter(|x| x.ends_with("ات"))).unwrap_or(w);
    stem.ends_with("ات") && stem.chars().count() >= 5 && !ONE_ACT_PLURALS.iter().any(|p| stem.ends_with(p))
}

/// Words after a trigger within which a vague time that ends its clause still tells when the
/// trigger's act was done (dates47): the doer, the object or the place may stand between
/// ("التقى سفير المملكة لدى كندا … مؤخرا رئيس الوزراء", "زيارة رئيس الوزراء … للقاهرة مؤخرا").
const VAGUE_FAR_REACH: usize = 12;

/// (dates47) A vague time of the past (`vague_past_near`'s `expr_at`) four to `VAGUE_FAR_REACH`
/// words after trigger `t`, in its clause, with no other trigger and no word that opens another
/// clause (`VAGUE_REACH_STOPS`: a relative pronoun, a complementizer, «كما», «حيث», «بعد» …)
/// between: the doer's or the object's words stand between, and the act is the one told lately.
fn vague_past_far_after(
    a: &Analysis,
    t: &TriggerMention,
    expr_at: impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let n = a.words.len();
    let end = (t.w1 + 1 + VAGUE_FAR_REACH).min(n);
    for i in t.w1 + 1..end {
        if a.break_between(t.w1, i) {
            return None;
        }
        if i >= t.w1 + 4 {
            if let Some(x) = expr_at(i) {
                return a.triggers.iter().all(|x| !(x.w0 > t.w1 && x.w1 < i)).then_some(x);
            }
        }
        let w = a.word(i);
        if VAGUE_REACH_STOPS.contains(&w) || w.strip_prefix('و').is_some_and(|x| VAGUE_REACH_STOPS.contains(&x)) {
            return None;
        }
    }
    None
}

/// The stem of a trigger word (raw text, a glued و or ف off, then the shortest stem of two letters
/// or more an `ANNIVERSARY_PRONOUNS` ending leaves) and whether it ends in «ة» or «ات», a verbal or
/// plural noun's ending, never a perfect verb's ("موافقة", "مقترحاتها").
pub(crate) fn noun_ending_stem(w: &str) -> (&str, bool) {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let stem = ANNIVERSARY_PRONOUNS
        .iter()
        .filter_map(|p| w.strip_suffix(p))
        .filter(|x| x.chars().count() >= 2)
        .min_by_key(|x| x.len())
        .unwrap_or(w);
    (stem, stem.ends_with('ة') || stem.ends_with("ات"))
}

/// A perfect trigger verb that its own clause tells as done: right after a relative pronoun ("الخطر
/// الذي دعمته إيران") or a particle of the perfect (PERFECT_PARTICLES: قد), or with a past adverb
/// (PAST_ADVERBS: بالفعل، مؤخرا) within two words after it. A future cue before it then tells of
/// another act.
pub(crate) fn perfect_told_done(a: &Analysis, t: &TriggerMention) -> bool {
    let before = if t.w0 > 0 { a.word(t.w0 - 1) } else { "" };
    RELATIVE_PRONOUNS.contains(&before)
        || PERFECT_PARTICLES.contains(&before)
        || (t.w1 + 1..=t.w1 + 2).any(|i| PAST_ADVERBS.contains(&a.word(i)) && !a.break_between(t.w1, i))
}

/// Whether the trigger's first word (original text) has the shape of a perfect verb, not of a
/// verbal noun a verb rule also reads (status32): no article, no "إ" (form IV nouns: "إغلاق"), no
/// "ة" or "ات" ("موافقة", "مقترحات"); past an object pronoun (`ANNIVERSARY_PRONOUNS`: "أبرمته",
/// "هاجمها"), a subject ending ("ت", "وا": "وافقت", "أعدموا") or a stem of four letters or more
/// that is no verbal noun of the إفعال/افتعال/استفعال shape ("استولى", "وافق"; not "اقتراح"). A bare
/// three-letter stem ("طلب", "قتل", "وحثهم") reads as verb and noun alike, so it is not one.
pub(crate) fn perfect_verb_shape(raw: &str) -> bool {
    let w = raw.split_whitespace().next().unwrap_or("");
    let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if bare.starts_with("ال") || bare.starts_with('إ') {
        return false;
    }
    let (stem, noun_ending) = noun_ending_stem(w);
    if noun_ending {
        return false;
    }
    let n = stem.chars().count();
    if stem.ends_with('ت') || stem.ends_with("وا") {
        return n >= 3;
    }
    let alef = |c: Option<char>| matches!(c, Some('ا' | 'أ' | 'إ' | 'آ'));
    let noun_shape = n >= 5 && alef(stem.chars().next()) && alef(stem.chars().rev().nth(1));
    n >= 4 && !noun_shape
}

/// A relative clause told in the perfect opens between a future cue ending at word `cue_w1` and
/// the trigger: a relative pronoun after the cue, at most five words before the trigger in its
/// clause, whose next word is a perfect verb (the trigger itself or the verb whose complement the
/// trigger is), with no future cue nor verb with the future prefix from that verb to the trigger,
/// and not a form of كان before an imperfect (`PAST_AUXILIARIES`: a past intention or habit).
/// "سيزور الوزير الموقع الذي شهد الهجوم": the attack has happened; "الذي سيشهد الهجوم" or "الذي
/// كان ينوي زيارة …" stay to come.
pub(crate) fn relative_perfect_between(a: &Analysis, cue_w1: usize, t: &TriggerMention) -> bool {
    (cue_w1 + 1..t.w0).any(|i| {
        let verb = a.word(i + 1);
        RELATIVE_PRONOUNS.contains(&a.word(i))
            && t.w0 - i <= 5
            && !a.break_between(i, t.w0)
            && (perfect_form(verb) || perfect_of_form_v(verb))
            && !(PAST_AUXILIARIES.contains(&verb) && i + 2 <= t.w0 && !perfect_form(a.word(i + 2)))
            && !(i + 1..=t.w0).any(|j| future_prefixed(unconj(a.word(j))))
            && !a.cues.iter().any(|c| c.kind == CueKind::Future && c.w0 > i && c.w0 <= t.w0)
    })
}

/// Whether a date wholly before the publication day stands outside the trigger's own words:
/// not within six words after it nor three before it in its clause with no other trigger
/// between, or after "منذ" (a "since" names the start of something else, not the act's day).
pub(crate) fn past_day_elsewhere(
    a: &Analysis,
    d: &DateMatch,
    t: &TriggerMention,
    published: Option<NaiveDate>,
    text: &str,
) -> bool {
    if !wholly_past(d, published) {
        return false;
    }
    let key = ahdath_text::normalize_key(text);
    // ("اليوم السبت" in a report published the next morning is the writer's today.)
    if key.contains("اليوم") || key.contains("غدا") {
        return false;
    }
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    let trigger_between = |from: usize, to: usize| a.triggers.iter().any(|x| x.w0 > from && x.w1 < to);
    let own_after = dw > t.w1
        && dw - t.w1 <= 6
        && !a.break_between(t.w1, dw)
        && !trigger_between(t.w1, dw)
        && !since_between(a, t.w1 + 1, dw);
    let own_before = de < t.w0
        && t.w0 - de <= 3
        && !a.break_between(de, t.w0)
        && !trigger_between(de, t.w0)
        && !since_between(a, dw.saturating_sub(2), dw);
    key.contains("منذ") || !(own_after || own_before)
}

/// An imperfect verb trigger whose own clause names a day still to come ("يزور الوزير القاهرة
/// الأسبوع المقبل", "تجتمع اللجنة غدا") tells a scheduled act: future (status41). The time
/// expression (`TOMORROW_WORDS`, or a noun of `FUTURE_TIME_HEADS` with a word of
/// `FUTURE_MODIFIERS` right after it) ends at most ten words after the verb (words of a name not
/// counted), with no other trigger between (that trigger's date: "يدعو إلى مظاهرة يوم الجمعة
/// المقبل") and no break but one right before it, or just before the verb with no break. Not a
/// perfect that begins with ت or ن ("تم", "تظاهرت", "نفذ"), nor a verb right after a form of كان.
pub(crate) fn own_future_time(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    let w = unconj(a.word(t.w0));
    let imperfect = pattern == Pattern::Verb
        && !t.future_prefix
        && imperfect_prefixed(w)
        && !perfect_in_nun(w)
        && !(t.w0 > 0 && PAST_AUXILIARIES.contains(&unconj(a.word(t.w0 - 1))));
    if !imperfect {
        return false;
    }
    // The first word of the time expression that ends at word `j`, if one does.
    let future_time = |j: usize| {
        if TOMORROW_WORDS.contains(&a.word(j)) {
            Some(j)
        } else if j > 0 && FUTURE_MODIFIERS.contains(&a.word(j)) && FUTURE_TIME_HEADS.contains(&a.word(j - 1)) {
            Some(j - 1)
        } else {
            None
        }
    };
    // ("يستقبل الأمير المعزين، غدا، في قصره": a break right before the expression sets it off.)
    // (Words inside a name do not count towards the reach: "يستقبل صاحب السمو الملكي الأمير …".)
    let after =
        (t.w1 + 1..a.words.len()).take_while(|&j| (t.w1 + 1..j).filter(|&i| !a.in_name(i)).count() < 10).any(|j| {
            future_time(j).is_some_and(|e0| e0 > t.w1 && !a.break_between(t.w1, e0 - 1) && !a.break_between(e0, j))
                && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < j)
        });
    let before = (t.w0.saturating_sub(3)..t.w0).any(|j| future_time(j).is_some_and(|e0| !a.break_between(e0, t.w0)));
    after || before
}

/// An event noun followed in its clause by a future cue whose entry reaches back over it (`after
/// N` in its scope: "اللقاء الثلاثي الثاني المقرر عقده", "زيارة لرئيس الوزراء مرتقبة", "اجتماع
/// متوقع") is scheduled or expected: future. Not when another act stands between (the cue is that
/// act's) or a form of كان ("القمة التي كانت مقررة": a plan of the past), nor after "من" or "غير"
/// ("غير المتوقع": `PLAN_AFTER_BLOCKERS`), nor inside a name.
pub(crate) fn plan_cue_after(a: &Analysis, lex: &Lexicon, t: &TriggerMention, pattern: Pattern) -> bool {
    if pattern != Pattern::Noun {
        return false;
    }
    a.cues.iter().chain(&a.after_cues).any(|c| {
        c.w0 > t.w1
            && lex.cues[c.cue as usize].after.is_some_and(|n| c.w0 - t.w1 <= n)
            && !a.break_between(t.w1, c.w0)
            && !PLAN_AFTER_BLOCKERS.contains(&a.word(c.w0 - 1))
            && !a.in_name(c.w0)
            && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < c.w0)
            && !(t.w1 + 1..c.w0).any(|i| PAST_AUXILIARIES.contains(&a.word(i)))
    })
}

/// A plan cue ("من المقرر", "يتوقع", "دعا إلى") before the trigger does not make it future
/// when a clause break stands between them and the trigger's clause is told as past or as
/// another report: a date that says it is past ("أمس", "الماضي", its own year) after the cue, up
/// to the trigger or right after it ("كان من المقرر عقدها أمس، وبررت الغرفة رفضها"), or a reporting
/// verb or participle after the break ("…، مشيرا إلى أن 14 متمردا لقوا حتفهم").
pub(crate) fn plan_out_of_reach(
    a: &Analysis,
    c: &CueMention,
    t: &TriggerMention,
    dts: &[DateMatch],
    published: Option<NaiveDate>,
    s: &str,
) -> bool {
    if !a.break_between(c.w1, t.w0) {
        return false;
    }
    let past_after_cue = dts.iter().any(|d| {
        let dw = word_index_of_byte(a, d.start);
        dw > c.w1
            && (dw < t.w0 || (dw.saturating_sub(t.w1) <= 4 && !a.break_between(t.w1, dw)))
            && wholly_past(d, published)
            && marked_past(d, &s[d.start..d.end])
    });
    past_after_cue
        || (c.w1 + 1..t.w0).any(|i| {
            let w = a.word(i);
            (reporting_verb(w) || REPORTING_PARTICIPLES.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w)))
                && a.break_between(c.w1, i)
        })
}

/// An article with no publication date, a sentence whose first word is a past "كان"
/// (`pluperfect_opening`: "وكانت غارة استهدفت القيادي في سبتمبر الماضي"; what follows it is not
/// checked) that holds a month or a year told past (`PAST_MARKERS`: "في يوليو من العام الماضي",
/// "الشهر الماضي") and no relative day (status76). With a publication date such a date is always
/// before the publication month or year, so `is_background` makes the pluperfect background
/// (`pluperfect_background`, `dates_back`); undated, the date reader drops relative dates, and the
/// acts stayed `occurred`. The dates are read against a stand-in day: the relation, precision and
/// words do not depend on it. A relative day ("أمس", "الأربعاء الماضي", "29 أبريل الماضي") may be
/// of the news period, and "الأسبوع الماضي" is news (`WEEK_WORDS`, as in `is_background`): neither
/// counts, and a relative day in the sentence keeps it news (a day of an absolute date does not).
/// The answer is the sentence's: `candidate` keeps it for the sentence's other mentions.
pub(crate) fn undated_pluperfect_told_past(a: &Analysis, s: &str, published: Option<NaiveDate>) -> bool {
    if published.is_some() || !pluperfect_opening(a) {
        return false;
    }
    let dts = undated_dates(a);
    !dts.iter().any(|d| d.precision == dates::DatePrecision::Day && d.relative != dates::Relation::Absolute)
        && dts.iter().any(|d| {
            d.relative == dates::Relation::Past && {
                let key = s.get(d.start..d.end).map(ahdath_text::normalize_key).unwrap_or_default();
                says_past(&key, &[]) && !says_week(&key)
            }
        })
}

/// The sentence's dates read against a stand-in day, for an article with no publication date
/// (status76, status77): the relation, precision and words of each do not depend on the day.
/// The analysis keeps them (`Analysis::dates_read_against`), so every mention of a sentence reads
/// the one list.
pub(crate) fn undated_dates(a: &Analysis) -> &[DateMatch] {
    NaiveDate::from_ymd_opt(2000, 7, 1).map_or(&[], |d| a.dates_read_against(d))
}

/// (status77) A date of `undated_dates` that is a month or a year told past (`PAST_MARKERS`:
/// "مايو الماضي", "العام الماضي", "الشهر الماضي"; not "الأسبوع الماضي", `WEEK_WORDS`), not right
/// after a word of `SPAN_SINCE_WORDS` ("منذ مارس الماضي" is a span up to now). With a publication
/// date, `is_background` makes an act so dated background: such a month or year is always before
/// the publication's. (status79) A day of a named Gregorian month told past counts too ("في
/// الثاني من يونيو الماضي", "17 يونيو الماضي": a word of `GREGORIAN_MONTH_WORDS` and, by
/// `bare_day_month`, no weekday, Hijri month or count of days back): news names its recent days by
/// the weekday or "أمس", and in undated stories a day so named was background in nearly every
/// record read (status79's audit).
pub(crate) fn undated_month_told_past(a: &Analysis, s: &str, d: &DateMatch) -> bool {
    let w = word_index_of_byte(a, d.start);
    if d.relative != dates::Relation::Past || (w > 0 && SPAN_SINCE_WORDS.contains(&a.word(w - 1))) {
        return false;
    }
    // (The key is folded only for a past date not after «منذ»: most dates stop above.)
    let key = s.get(d.start..d.end).map(ahdath_text::normalize_key).unwrap_or_default();
    (d.precision != dates::DatePrecision::Day
        || (bare_day_month(&key) && key.split(' ').any(|k| GREGORIAN_MONTH_WORDS.contains(&k))))
        && says_past(&key, &[])
        && !says_week(&key)
}

/// The key of a date expression holds a word of `WEEK_WORDS` ("الأسبوع الماضي").
fn says_week(key: &str) -> bool {
    WEEK_WORDS.iter().any(|w| key.contains(w))
}

/// The key of a date expression holds a word of `PAST_MARKERS` or of `more`.
fn says_past(key: &str, more: &[&str]) -> bool {
    PAST_MARKERS.iter().chain(more).any(|w| key.contains(w))
}

/// Whether a date wholly before the publication day stands before the future cue that makes
/// the trigger future (its "س" prefix, or a future cue between the two in the trigger's own
/// clause): the date then belongs to the clause that reports the plan, not to the planned act. (A
/// day before a governing verb with the future prefix is dropped earlier, in `candidate`.)
pub(crate) fn past_day_before_future_cue(
    a: &Analysis,
    d: &DateMatch,
    t: &TriggerMention,
    published: Option<NaiveDate>,
) -> bool {
    let dw = word_index_of_byte(a, d.end.saturating_sub(1));
    wholly_past(d, published)
        && dw < t.w0
        && (t.future_prefix
            || a.cues
                .iter()
                .any(|c| c.kind == CueKind::Future && c.w0 > dw && c.w1 < t.w0 && !a.break_between(c.w1, t.w0)))
}

/// In a future clause, a bare month, weekday or day of a month (Gregorian or Hijri) that was
/// resolved into the past names the next one ("ستعقد في يونيو" published in April is this June).
pub(crate) fn roll_forward(d: &DateMatch, published: Option<NaiveDate>, text: &str) -> DateMatch {
    use chrono::Datelike;
    let mut d = *d;
    let Some(p) = published else { return d };
    if d.relative != dates::Relation::Past {
        return d;
    }
    let k = ahdath_text::normalize_key(text);
    // ("اليوم السبت", "غدا الجمعة": a day named from the writer's today does not roll either.)
    if says_past(&k, &["امس", "اليوم", "غدا"]) {
        return d;
    }
    if let Some(last) = d.last_day() {
        if last < p {
            match d.precision {
                dates::DatePrecision::Month => d.year += 1,
                // "سيعقد اللقاء يوم الخميس 28 شوال" published in Dhu al-Qa'da: a day of a Hijri
                // month whose year the reader inferred (its latest occurrence) is the next one.
                dates::DatePrecision::Day if d.next.is_some() => {
                    if let Some(nd) = d.next.take() {
                        set_day(&mut d, nd);
                    }
                }
                // Only a weekday name ("الخميس") rolls to next week; "5 يونيو" does not.
                dates::DatePrecision::Day
                    if !k.chars().any(|c| c.is_ascii_digit())
                        && ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"]
                            .iter()
                            .any(|w| k.contains(w)) =>
                {
                    if let Some(nd) = d.first_day().and_then(|x| x.checked_add_days(chrono::Days::new(7))) {
                        set_day(&mut d, nd);
                    }
                }
                // "ستقام يوم 12 يونيو" published in February: a bare day of a Gregorian month
                // that the window read as last year's is its next occurrence.
                dates::DatePrecision::Day if bare_day_month(&k) => {
                    if let Some(nd) = (p.year()..=p.year() + 1)
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month.unwrap_or(0), d.day.unwrap_or(0)))
                        .find(|x| *x >= p)
                    {
                        d.year = nd.year();
                    }
                }
                dates::DatePrecision::Day | dates::DatePrecision::Year => {}
            }
        }
    }
    d
}

/// Moves a day-precision date to day `nd` (its span and relation stay).
fn set_day(d: &mut DateMatch, nd: NaiveDate) {
    d.year = nd.year();
    d.month = Some(nd.month());
    d.day = Some(nd.day());
}

/// The key of a day expression names a day of a Gregorian month with no year and no anchor of
/// its own ("12 يونيو", "26/2"): not a count of days back, a day of "the month", a Hijri month
/// or a weekday (those resolve or roll by their own rules).
pub(crate) fn bare_day_month(k: &str) -> bool {
    !BARE_DAY_ANCHORS.iter().any(|w| k.contains(w))
}

/// A dated event is background (SPEC §4 `historical`) when its date lies clearly before the news
/// period: a day more than a month back, a month before the publication month ("الشهر الماضي"),
/// or an earlier year.
pub(crate) fn is_background(d: &DateMatch, published: NaiveDate, last: NaiveDate, text: &str) -> bool {
    use chrono::Datelike;
    // "الأسبوع الماضي" is given month precision but is news, not background.
    if says_week(&ahdath_text::normalize_key(text)) {
        return false;
    }
    match d.precision {
        dates::DatePrecision::Day => (published - last).num_days() > HISTORICAL_DAYS,
        dates::DatePrecision::Month => (d.year, d.month.unwrap_or(12)) < (published.year(), published.month()),
        dates::DatePrecision::Year => d.year < published.year(),
    }
}

/// A span of months or years up to now ("خلال الشهرين الماضيين", "على مدى السنوات الأخيرة")
/// within 4 words before or after the trigger, in its clause: what happened over it is an
/// aggregate or background, not news of the day. Weeks and days are news ("خلال الأسبوعين
/// الماضيين" stays occurred).
pub(crate) fn past_period_near(a: &Analysis, t: &TriggerMention) -> bool {
    past_period_within(a, t, 4)
}

/// `past_period_near` with a phrase starting at most `after` words after the trigger.
pub(crate) fn past_period_within(a: &Analysis, t: &TriggerMention, after: usize) -> bool {
    // (The period noun has the class `PERIOD_NOUN`: speed61.)
    if !a.sentence_has_class(sentence::PERIOD_NOUN) {
        return false;
    }
    let n = a.words.len();
    // (Only a phrase that can be near: one ending at most four words before the trigger starts
    // at most eight before it. The sentence's other words are not read.)
    (t.w0.saturating_sub(8)..n.min(t.w1 + after + 1)).any(|i| {
        let Some(end) = span_phrase_end(a, i, span_intro, &PERIOD_NOUNS, |w| {
            matches!(w, "الماضيه" | "الماضيين" | "الماضيتين" | "الاخيره")
        }) else {
            return false;
        };
        let near = (end < t.w0 && t.w0 - end <= 4) || (i > t.w1 && i - t.w1 <= after);
        near && !a.break_between(if end < t.w0 { end } else { t.w1 }, if end < t.w0 { t.w0 } else { i })
    })
}

/// A word that opens a span phrase (`past_period_within`, `long_span_tally`): a word of
/// `LONG_SPAN_INTROS`, also with a glued و (read off, but not the ف of «في» itself).
pub(crate) fn span_intro(w: &str) -> bool {
    LONG_SPAN_INTROS.contains(&w) || w.strip_prefix('و').is_some_and(|b| LONG_SPAN_INTROS.contains(&b))
}

/// A span phrase opened at word `i`: an opening word that passes `intro`, a noun of `nouns` right
/// after it and a word that passes `past` within three words after the noun ("خلال الأشهر الثلاثة
/// الماضية"); the index of that last word. Read by `past_period_within` and `long_span_tally`.
pub(crate) fn span_phrase_end(
    a: &Analysis,
    i: usize,
    intro: impl Fn(&str) -> bool,
    nouns: &[&str],
    past: impl Fn(&str) -> bool,
) -> Option<usize> {
    let n = a.words.len();
    if i + 1 >= n || !intro(a.word(i)) || !nouns.contains(&a.word(i + 1)) {
        return None;
    }
    (i + 2..(i + 5).min(n)).find(|&j| past(a.word(j)))
}

/// A pluperfect sentence ("وكانت الشرطة قد اعتقلت …") is background when it also holds a date
/// expression clearly before the news period, whichever trigger owns it ("… وذلك في نوفمبر
/// 2011", "يوم 23 أكتوبر الماضي"), or a past cue anywhere before the trigger ("قد منعت من قبل
/// دخول الإعلامي … بحجة تهديده").
pub(crate) fn pluperfect_background(
    a: &Analysis,
    s: &str,
    published: Option<NaiveDate>,
    dts: &[DateMatch],
    t: &TriggerMention,
) -> bool {
    dates_back(s, published, dts)
        || a.cues.iter().any(|c| c.kind == CueKind::Past && c.w1 < t.w0 && !earlier_in_the_news(a, c, dts))
}

/// The past cue `c` is the news's "earlier" of a report (dates49): a phrase of
/// `EARLIER_NEWS_PHRASES` ("في وقت سابق") at most four words after a verb of saying in its clause
/// (a speech cue, no clause opened between them: "وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا", "وذكر مسؤولون في وقت سابق أن
/// …"), with no time of its own after it in its clause. The next word is none of
/// `EARLIER_OWN_TIME` ("هذا العام", "العام الماضي", "على"); "في" only before a date expression of
/// `dts` or a word of `EARLIER_OWN_TIME` ("في عام 2012", not "في بيان له"); a glued ل is
/// "before" ("لسقوط") unless the word is the one told (`told_after_earlier`: "لوكالة الأنباء",
/// "للصحفيين", a name); "من" only before a part of the day (`EARLIER_RECENT_SPANS`: "من اليوم",
/// "من صباح اليوم") that no past marker (`PAST_MARKERS`) follows. The phrase then dates the
/// report, an earlier hour or day of the news period, and makes no background of what it tells.
/// Not the phrase at an act itself ("شمل في وقت سابق زيارة مماثلة", "بعد إطلاق نيران في وقت
/// سابق"), nor after a clause break ("قال الجيش، وفي وقت سابق قصفت …"): an act told as earlier
/// than the news may well be older.
pub(crate) fn earlier_in_the_news(a: &Analysis, c: &CueMention, dts: &[DateMatch]) -> bool {
    // (A clause break between the verb and the phrase parts them when the phrase opens a clause
    // with "و" or "ف" ("قال الجيش، وفي وقت سابق قصفت …") or the break is not right before it; a
    // phrase set off by commas ("أفادت، في وقت سابق، أن") is still the verb's.)
    let first = a.word(c.w0);
    let new_clause = |s1: usize| {
        a.break_between(s1, c.w0)
            && (first.starts_with('و') || first.starts_with("فف") || a.break_between(s1, c.w0 - 1))
    };
    if c.kind != CueKind::Past
        || !any_form_at(a, c.w0, &EARLIER_NEWS_PHRASES)
        || !a.cues.iter().any(|s| s.kind == CueKind::Speech && s.w1 < c.w0 && c.w0 - s.w1 <= 4 && !new_clause(s.w1))
    {
        return false;
    }
    let n = a.words.len();
    let next = c.w1 + 1;
    if next >= n || a.break_between(c.w1, next) {
        return true;
    }
    match a.word(next) {
        "من" => {
            next + 1 < n
                && EARLIER_RECENT_SPANS.contains(&a.word(next + 1))
                && !(next + 2..(next + 4).min(n)).any(|i| PAST_MARKERS.contains(&a.word(i)))
        }
        // ("في" opens a time of its own only before one: "في وقت سابق في بيان له" is the report's.)
        "في" => {
            next + 1 >= n
                || a.break_between(next, next + 1)
                || !(EARLIER_OWN_TIME.contains(&a.word(next + 1))
                    || dts.iter().any(|d| word_index_of_byte(a, d.start) == next + 1))
        }
        // (A glued ل is "before": "في وقت سابق لسقوط القاعدة" names a time of its own; not the
        // one told, "لوكالة الأنباء", "لرويترز".)
        w => !EARLIER_OWN_TIME.contains(&w) && (!w.starts_with('ل') || told_after_earlier(a, next)),
    }
}

/// Word `i`, with a glued ل, names whom a report was told to, not a time: a name
/// (`Analysis::in_name`: "لرويترز"), a quote or a tatweel after the ل ("لـ«الحياة»"), or a noun
/// of `EARLIER_TOLD_NOUNS` ("لوكالة", "للصحفيين", "لقناة"; the article of "لل" restored).
fn told_after_earlier(a: &Analysis, i: usize) -> bool {
    let Some(r) = a.word(i).strip_prefix('ل') else { return false };
    if r.is_empty() || a.in_name(i) {
        return true;
    }
    let with_article = r.strip_prefix('ل');
    EARLIER_TOLD_NOUNS.contains(&r)
        || with_article.is_some_and(|rest| EARLIER_TOLD_NOUNS.iter().any(|n| n.strip_prefix("ال") == Some(rest)))
}

/// One of the sentence's date expressions lies clearly before the news period (`is_background`).
pub(crate) fn dates_back(s: &str, published: Option<NaiveDate>, dts: &[DateMatch]) -> bool {
    published.is_some_and(|p| dts.iter().any(|d| date_back(s, d, p)))
}

/// The sentence opens with its only date expression, one with its own year, after "في", "وفي",
/// "ففي", "خلال" or "وخلال" ("وفي العام 2013 تبنت المجموعة …"), or as its first word with no
/// "و", the head of a chronology entry ("1950- الجامعة تحتج على …", status45): a fronted time
/// adverbial is the time of the whole sentence.
pub(crate) fn fronted_year<'d>(a: &Analysis, dts: &'d [DateMatch]) -> Option<&'d DateMatch> {
    let [d] = dts else {
        return None;
    };
    let dw = word_index_of_byte(a, d.start);
    // (A head with "و" goes on a narrative, "ويوم 24 يناير 2014 دعا …", whose quoted past is
    // not of that day.)
    let entry_head = dw == 0 && !a.word(0).starts_with('و');
    (d.relative == dates::Relation::Absolute
        && (entry_head || (matches!(a.word(0), "في" | "وفي" | "ففي" | "خلال" | "وخلال") && dw <= 2)))
        .then_some(d)
}

/// A phrase naming the period of a date told before it: words `w0..=w1`, the precision it
/// keeps, and whether it is the day after ("في اليوم التالي").
pub(crate) struct PeriodAnaphor {
    pub(crate) w0: usize,
    pub(crate) w1: usize,
    pub(crate) precision: dates::DatePrecision,
    pub(crate) next_day: bool,
    /// "في ذلك اليوم": with no earlier date to name, the phrase is still no date of today.
    pub(crate) demonstrative: bool,
}

/// The first phrase of the sentence that names the day, month or year of an earlier date: "اليوم
/// نفسه", "نفس الشهر", "ذات العام" (`SAME_WORDS`), "اليوم التالي", and after a preposition or a
/// time of day "ذلك اليوم", "تلك الليلة" (`PERIOD_DEMONSTRATIVES`, `PERIOD_DEMONSTRATIVE_HEADS`).
pub(crate) fn period_anaphor(a: &Analysis) -> Option<PeriodAnaphor> {
    let period = |w: &str| {
        let w = w.strip_prefix('و').filter(|x| x.starts_with("ال")).unwrap_or(w);
        ANAPHOR_PERIODS.iter().find(|&&(n, _)| n == w).map(|&(_, p)| p)
    };
    // (This runs on every word of each sentence with an event: the phrase's own words are tested
    // first, and the relative pronoun after them only when they make one.)
    let at = |i: usize| {
        let (w, next) = (a.word(i), a.word(i + 1));
        if let Some(precision) = period(w) {
            let next_day = precision == dates::DatePrecision::Day && next == "التالي";
            (SAME_WORDS.contains(&next) || next_day).then_some(PeriodAnaphor {
                w0: i,
                w1: i + 1,
                precision,
                next_day,
                demonstrative: false,
            })
        } else if PERIOD_DEMONSTRATIVES.contains(&w) {
            let precision = period(next)?;
            (i > 0 && PERIOD_DEMONSTRATIVE_HEADS.contains(&a.word(i - 1))).then_some(PeriodAnaphor {
                w0: i,
                w1: i + 1,
                precision,
                next_day: false,
                demonstrative: true,
            })
        } else {
            let precision = SAME_WORDS.contains(&w).then(|| period(next))??;
            Some(PeriodAnaphor { w0: i, w1: i + 1, precision, next_day: false, demonstrative: false })
        }
    };
    // "في نفس اليوم الذي تظاهر فيه …": a relative clause, not an earlier date, names the day.
    // (A phrase starts only on a word of the class `PERIOD_PHRASE_FIRST`: a sentence without one
    // is passed over with one read of the or of its classes, the others read one bit a word;
    // speed79, after speed44's filter.)
    if !a.sentence_has_class(sentence::PERIOD_PHRASE_FIRST) {
        return None;
    }
    (0..a.words.len().saturating_sub(1))
        .filter(|&i| a.has_class(i, sentence::PERIOD_PHRASE_FIRST))
        .find_map(|i| at(i).filter(|_| !RELATIVE_PRONOUNS.contains(&a.word(i + 2))))
}

/// The period nouns of [`period_anaphor`] (key forms) with the precision each names.
pub(crate) const ANAPHOR_PERIODS: [(&str, dates::DatePrecision); 5] = [
    ("اليوم", dates::DatePrecision::Day),
    ("الليله", dates::DatePrecision::Day),
    ("الشهر", dates::DatePrecision::Month),
    ("العام", dates::DatePrecision::Year),
    ("السنه", dates::DatePrecision::Year),
];

/// The date a period phrase at byte `start` names: the last date of at least its precision before
/// it in the sentence (`dts`), else in the nearest earlier sentence that has one (`back`, nearest
/// first), of the weekday of the day `named` right after the phrase if any, cut to the phrase's
/// precision, a day later for "اليوم التالي".
pub(crate) fn period_of_antecedent(
    dts: &[DateMatch],
    start: usize,
    mut back: impl Iterator<Item = Vec<DateMatch>>,
    p: &PeriodAnaphor,
    named: Option<DateMatch>,
    published: Option<NaiveDate>,
) -> Option<DateMatch> {
    let weekday = |d: &DateMatch| d.day.and(d.first_day()).map(|f| chrono::Datelike::weekday(&f));
    let rank = |x: dates::DatePrecision| match x {
        dates::DatePrecision::Day => 2,
        dates::DatePrecision::Month => 1,
        dates::DatePrecision::Year => 0,
    };
    let fits =
        |d: &&DateMatch| rank(d.precision) >= rank(p.precision) && named.is_none_or(|n| weekday(&n) == weekday(d));
    let mut d = match dts.iter().filter(|d| d.end <= start).rfind(fits) {
        Some(d) => *d,
        None => back.find_map(|b| b.iter().rfind(fits).copied())?,
    };
    if p.next_day {
        let next = d.first_day()?.succ_opt()?;
        (d.year, d.month, d.day) =
            (chrono::Datelike::year(&next), Some(chrono::Datelike::month(&next)), Some(chrono::Datelike::day(&next)));
    }
    if p.precision != dates::DatePrecision::Day {
        d.day = None;
    }
    if p.precision == dates::DatePrecision::Year {
        d.month = None;
    }
    d.precision = p.precision;
    if d.relative != dates::Relation::Absolute {
        if let (Some(pubd), Some(f), Some(l)) = (published, d.first_day(), d.last_day()) {
            d.relative = if l < pubd {
                dates::Relation::Past
            } else if f > pubd {
                dates::Relation::Future
            } else {
                dates::Relation::Present
            };
        }
    }
    Some(d)
}

/// The day number (1–31, digits or an ordinal: "السادس", "الحادي عشر", "6") right before "من" and
/// a month anaphor `p` ("في السادس من الشهر نفسه"), with the byte where the number starts. (Read
/// from the few words before "من": the sentence's numbers leave out those a date may hold.)
pub(crate) fn day_of_month_before(a: &Analysis, s: &str, p: &PeriodAnaphor) -> Option<(u32, usize)> {
    if p.precision != dates::DatePrecision::Month || p.w0 < 2 || a.word(p.w0 - 1) != "من" {
        return None;
    }
    let from = a.key.orig_byte(a.words[p.w0 - 1].0);
    let lo = a.key.orig_byte(a.words[p.w0.saturating_sub(4)].0);
    let text = &s[lo..from];
    ahdath_text::numbers::find_numbers(text)
        .into_iter()
        .rfind(|n| text[n.end..].trim().is_empty())
        .and_then(|n| n.value.filter(|v| (1..=31).contains(v)).map(|v| (v as u32, lo + n.start)))
}

/// Month date `m` narrowed to its day `day`, related to the publication day; `None` when the
/// month has no such day.
pub(crate) fn day_in_month(m: DateMatch, day: u32, published: Option<NaiveDate>) -> Option<DateMatch> {
    let date = NaiveDate::from_ymd_opt(m.year, m.month?, day)?;
    let relative = match published {
        _ if m.relative == dates::Relation::Absolute => m.relative,
        Some(p) if date < p => dates::Relation::Past,
        Some(p) if date > p => dates::Relation::Future,
        Some(_) => dates::Relation::Present,
        None => m.relative,
    };
    Some(DateMatch { day: Some(day), precision: dates::DatePrecision::Day, relative, ..m })
}

/// Keeps the day of the statement the sentences quote: a sentence that tells the day sets it and,
/// when it goes on quoting ("أدان الحزب التفجير. وأكد، في بيان له مساء الخميس، أن …") right
/// after the last sentence with events, also dates that sentence's undated statement acts; a
/// sentence that neither tells a day nor goes on quoting ends it.
pub(crate) fn track_statement(
    statement: &mut Option<(String, String)>,
    day: Option<(String, String)>,
    continues: bool,
    follows_events: bool,
    acts_before: &mut [Candidate],
) {
    match day {
        Some(d) => {
            if continues && follows_events {
                date_inherited_acts(acts_before, &d, false);
            }
            *statement = Some(d)
        }
        None if continues => {}
        None => *statement = None,
    }
}

/// Date the statement acts (`STATEMENT_TYPES`) among `cands` that have only the publication date
/// by the statement's day `(date, text)`. With `reported`, also the occurred acts of other types
/// (dates56): they take the day of the statement a continuing sentence goes on quoting ("أعلنت
/// الشرطة أمس إحباط هجوم. وقال قائد الشرطة في تصريح إن قوة … استولت على …"), as a reported act of
/// the statement's own sentence takes its report's day (`report_day`); marked as such a day, so a
/// merge or a later status treats it as the words' day, not surely the act's (dates42).
pub(crate) fn date_inherited_acts(cands: &mut [Candidate], (date, text): &(String, String), reported: bool) {
    for c in cands {
        let r = &mut c.rec;
        if r.date_basis != Some(DateBasis::Publication) {
            continue;
        }
        if STATEMENT_TYPES.contains(&r.event_type.as_str()) {
            set_text_day(r, date.clone(), text.clone());
        } else if reported && r.status == Status::Occurred {
            set_text_day(r, date.clone(), text.clone());
            c.report_dated = true;
            c.governed_day = true;
        }
    }
}

/// Dates record `r` to the day `date` (ISO) that the text told as `text`.
fn set_text_day(r: &mut EventRecord, date: String, text: String) {
    r.date = Some(date);
    r.date_precision = DatePrecision::Day;
    r.date_basis = Some(DateBasis::Text);
    r.date_text = Some(text);
}

/// A statement act (`STATEMENT_TYPES`) dated only by publication takes the day of an earlier
/// statement act of the same named speaker that the text dates to a recent day ("دعا أوباما
/// الخميس …" … "وطالب أوباما …"): a news report's undated words of one speaker are that day's.
/// Not in a sentence that recalls earlier words (`recalled`: "وكان الوزير قد طالب …").
pub(crate) fn speaker_day(cands: &mut [Candidate], published: Option<NaiveDate>, recalled: &[(Field, usize)]) {
    let Some(p) = published else { return };
    fn speaker(r: &EventRecord) -> Option<(&str, &str)> {
        r.actor.as_ref().and_then(|a| Some((a.name.as_deref()?, a.country.as_deref()?)))
    }
    for i in 1..cands.len() {
        let r = &cands[i].rec;
        if r.date_basis != Some(DateBasis::Publication)
            || r.status != Status::Occurred
            || !STATEMENT_TYPES.contains(&r.event_type.as_str())
            || recalled.contains(&(r.evidence.field, r.evidence.start))
        {
            continue;
        }
        let Some(who) = speaker(r) else { continue };
        let day = cands[..i]
            .iter()
            .map(|c| &c.rec)
            .find(|o| {
                STATEMENT_TYPES.contains(&o.event_type.as_str())
                    && o.status == Status::Occurred
                    && o.date_basis == Some(DateBasis::Text)
                    && o.date_precision == DatePrecision::Day
                    && speaker(o) == Some(who)
                    && o.date
                        .as_deref()
                        .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
                        .is_some_and(|d| in_last_week(d, p))
            })
            .and_then(|o| Some((o.date.clone()?, o.date_text.clone()?)));
        if let Some((date, text)) = day {
            set_text_day(&mut cands[i].rec, date, text);
        }
    }
}

/// The sentence tells its acts as done at a meeting it names as one known already: a word of
/// `MEETING_TIME_WORDS` (bare or after "و") right before a definite meeting noun of
/// `KNOWN_MEETING_NOUNS` ("خلال المباحثات", "في ختام اللقاء", "على هامش الاجتماع"), with no
/// definite word after the noun ("خلال الاجتماع الاستشاري للحزب", "خلال اللقاء الذي جمعه بـ …"
/// describe a meeting the sentence brings in).
pub(crate) fn told_at_meeting(a: &Analysis) -> bool {
    (1..a.words.len()).any(|i| {
        KNOWN_MEETING_NOUNS.contains(&a.word(i)) && !a.word(i + 1).starts_with("ال") && {
            let w = a.word(i - 1);
            MEETING_TIME_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
        }
    })
}

/// An occurred act dated only by publication, in an undated sentence that tells it as done at
/// "the" meeting (`StorySentence::at_meeting`: "وتم الاتفاق خلال المباحثات على …"), takes the day
/// of the last meeting (a CONSULT record) told before it that the text dates to a day in the week
/// up to publication ("بحث الملك … أمس …"): the definite noun is that meeting. Not in a sentence
/// that recalls earlier acts or turns to another story.
pub(crate) fn meeting_day(cands: &mut [Candidate], published: Option<NaiveDate>, story: &[StorySentence]) {
    let Some(p) = published else { return };
    for i in 1..cands.len() {
        let r = &cands[i].rec;
        if r.date_basis != Some(DateBasis::Publication) || r.status != Status::Occurred {
            continue;
        }
        let (field, start) = (r.evidence.field, r.evidence.start);
        if !story.iter().any(|x| x.field == field && x.start == start && x.at_meeting && !x.recall) {
            continue;
        }
        // (The last meeting told, dated, or undated and told by a verb: "التقى الوزير …" between
        // brings in the meeting meant. An undated noun is as often the dated meeting again.)
        let meeting = cands[..i].iter().rfind(|c| {
            let o = &c.rec;
            o.event_type == "CONSULT"
                && o.status == Status::Occurred
                && (o.evidence.field, o.evidence.start) != (field, start)
                && (c.verb || o.date_basis == Some(DateBasis::Text))
        });
        let day = meeting.map(|c| &c.rec).filter(|o| {
            o.date_basis == Some(DateBasis::Text)
                && o.date_precision == DatePrecision::Day
                && o.date
                    .as_deref()
                    .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
                    .is_some_and(|d| in_last_week(d, p))
        });
        if let Some((date, text)) = day.and_then(|o| Some((o.date.clone()?, o.date_text.clone()?))) {
            set_text_day(&mut cands[i].rec, date, text);
        }
    }
}

/// A sentence of the article as `story_day` reads it: where it starts, whether it tells a date
/// of its own, and whether it recalls earlier acts (`RECALL_CUES`) or turns to another story
/// (`topic_shift`).
pub(crate) struct StorySentence {
    pub(crate) field: Field,
    pub(crate) start: usize,
    pub(crate) dated: bool,
    pub(crate) recall: bool,
    /// The sentence has triggers (only such a sentence can lend its day).
    pub(crate) events: bool,
    /// Undated, in a dated article, and tells its acts as done at a meeting told before
    /// (`told_at_meeting`).
    pub(crate) at_meeting: bool,
}

/// An occurred act (not a statement) told by a perfect verb or with a toll, dated only by
/// publication in a sentence that tells no date, takes the day of the last sentence before it (at
/// most three back, in the body) that tells one, when an occurred act there (not a statement) has
/// that day in the three days up to publication ("قتل … أمس الأحد" … "واعتقل المسلحون …"): the
/// later sentences of a report go on telling that day's story. Not across or from a sentence that
/// recalls earlier acts ("وكان …", "يذكر أن …") or turns to another story ("وفي سياق آخر").
pub(crate) fn story_day(cands: &mut [Candidate], published: Option<NaiveDate>, story: &[StorySentence]) {
    let Some(p) = published else { return };
    for i in 1..cands.len() {
        let r = &cands[i].rec;
        if r.date_basis != Some(DateBasis::Publication)
            || r.status != Status::Occurred
            || r.evidence.field != Field::Text
            || STATEMENT_TYPES.contains(&r.event_type.as_str())
            // (A finite verb or a toll tells the story's acts; a bare event noun is as often a
            // general or background one: "ترتيبات وقف إطلاق النار", "عمليات تعذيب".)
            || !(cands[i].verb || r.fatalities.is_some() || r.injuries.is_some())
            || cands[i].imperfect
        {
            continue;
        }
        let Some(k) = story.iter().position(|x| x.field == r.evidence.field && x.start == r.evidence.start) else {
            continue;
        };
        if story[k].dated || story[k].recall {
            continue;
        }
        let Some(j) = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| story[j].field == r.evidence.field && !story[j].recall)
            .find(|&j| story[j].dated)
        else {
            continue;
        };
        // (Not a statement's day: "أدان الوزير أمس الهجوم" dates the words, not the attack.)
        let source = cands[..i].iter().filter(|c| !c.day_moved).map(|c| &c.rec).rfind(|o| {
            !STATEMENT_TYPES.contains(&o.event_type.as_str())
                && o.evidence.field == story[j].field
                && o.evidence.start == story[j].start
                && o.status == Status::Occurred
                && o.date_basis == Some(DateBasis::Text)
                && o.date_precision == DatePrecision::Day
                && o.date
                    .as_deref()
                    .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
                    .is_some_and(|d| d <= p && (p - d).num_days() <= 3)
        });
        if let Some((date, text)) = source.and_then(|o| Some((o.date.clone()?, o.date_text.clone()?))) {
            set_text_day(&mut cands[i].rec, date, text);
        }
    }
}

/// Whether a sentence opens by announcing a happening other than those told before ("وفي حادثة
/// منفصلة"، "من جهة أخرى"، "على صعيد آخر"): its first or second word a preposition of
/// `ANOTHER_STORY_PREPOSITIONS`, then one word and an adjective of `ANOTHER_STORY_ADJECTIVES` not
/// followed by "من" ("في جانب آخر من المنتزه" is a side of a place; issue 2).
pub(crate) fn another_story(a: &Analysis) -> bool {
    another_story_with(a, |_| true)
}

/// `another_story` with the word between the preposition and the adjective passing `noun`.
fn another_story_with(a: &Analysis, noun: impl Fn(&str) -> bool) -> bool {
    (0..2).any(|i| {
        a.words.len() > i + 2
            && ANOTHER_STORY_PREPOSITIONS.contains(&a.word(i))
            && noun(a.word(i + 1))
            && ANOTHER_STORY_ADJECTIVES.contains(&a.word(i + 2))
            && a.word(i + 3) != "من"
    })
}

/// Whether the sentence's announcement of another story (`another_story`) turns the report to
/// another side with a noun of `ANOTHER_SIDE_NOUNS` («من جهة أخرى», «على صعيد آخر», «من ناحية
/// أخرى»), not to a happening it names as another («وفي حادثة منفصلة», «وفي هجوم آخر»), merge46.
pub(crate) fn side_turn(a: &Analysis) -> bool {
    another_story_with(a, |w| ANOTHER_SIDE_NOUNS.contains(&w))
}

/// An event noun whose next word is an adjective of "another" (`ANOTHER_ACT_ADJECTIVES`, merge45):
/// "وأضاف المصدر أن غارة أخرى دمرت مدفعا", "ووقع هجوم آخر في البلدة" tell a second strike or
/// attack, not the one of an earlier sentence. Only a noun read as such (a verb followed by "آخر"
/// names another person: "قتل جندي وأصيب آخر"; a verb rule's accusative noun, "اقتراحا آخر", is read
/// as the verb and left).
pub(crate) fn another_act(a: &Analysis, pattern: Pattern, t: &TriggerMention) -> bool {
    pattern == Pattern::Noun && ANOTHER_ACT_ADJECTIVES.contains(&a.word(t.w1 + 1))
}

/// The sentence turns to another story: a noun of `TOPIC_SHIFT_CUES` or a side noun of
/// `ANOTHER_SIDE_NOUNS` in its first four words ("وفي سياق متصل", "على صعيد آخر").
pub(crate) fn topic_shift(a: &Analysis) -> bool {
    (0..a.words.len().min(4)).any(|i| {
        let w = a.word(i);
        TOPIC_SHIFT_CUES.contains(&w) || ANOTHER_SIDE_NOUNS.contains(&w)
    })
}

/// The day `d` is publication day `p` or one of the seven days before it: news of the last days.
pub(crate) fn in_last_week(d: NaiveDate, p: NaiveDate) -> bool {
    d <= p && (p - d).num_days() <= 7
}

/// `unattributed_essay`'s test of one word: a reporting verb or participle behind one "و" or "ف",
/// or a `NEWS_ANCHOR_WORDS` word bare or behind one. The test runs for every word of a long
/// article that has no anchor early (most of the non-news pages), so the three lists are one
/// hash table (a word's bits: `ANCHOR_BARE` when it counts behind a glued و/ف, `ANCHOR_AS_IS`
/// when it counts as written) with a [`sentence::WordFilter`] in front, not three list scans.
pub(crate) fn news_anchor(w: &str) -> bool {
    const ANCHOR_BARE: u8 = 1;
    const ANCHOR_AS_IS: u8 = 2;
    static T: OnceLock<(HashMap<&str, u8, ahdath_text::FxBuildHasher>, sentence::WordFilter)> = OnceLock::new();
    let (t, filter) = T.get_or_init(|| {
        let mut t: HashMap<&str, u8, ahdath_text::FxBuildHasher> = HashMap::default();
        for &w in REPORTING_VERBS.iter().chain(&REPORTING_PARTICIPLES).chain(&NEWS_ANCHOR_WORDS) {
            *t.entry(w).or_default() |= ANCHOR_BARE;
        }
        for &w in &NEWS_ANCHOR_WORDS {
            *t.entry(w).or_default() |= ANCHOR_AS_IS;
        }
        let filter = sentence::WordFilter::of(t.keys().copied());
        (t, filter)
    });
    let bits = |w: &str| if filter.may_hold(w) { t.get(w).copied().unwrap_or_default() } else { 0 };
    bits(unconj(w)) & ANCHOR_BARE != 0 || bits(w) & ANCHOR_AS_IS != 0
}

/// The sentence goes on quoting the statement before it: it opens with "و" and a reporting verb
/// ("وأضاف", "وأكد", "وقال") or another verb of going on (`CONTINUING_VERBS`: "وتابع", "وشدد").
pub(crate) fn continues_statement(a: &Analysis) -> bool {
    let w = a.word(0);
    w.strip_prefix('و').is_some_and(|x| REPORTING_VERBS.contains(&x) || CONTINUING_VERBS.contains(&x))
}

/// The day a statement was made, when the sentence tells it: a day expression within six words
/// after a reporting verb, before the reported clause ("قال مسؤول يوم الأحد إن …", "وقال الوزير في
/// تصريحات له أمس أن …"), or within six words after a statement noun that such a verb governs
/// (`statement_noun_day`), no later than publication and at most a week before it.
pub(crate) fn statement_day(
    a: &Analysis,
    s: &str,
    dts: &[DateMatch],
    published: Option<NaiveDate>,
) -> Option<(String, String)> {
    let pubd = published?;
    dts.iter()
        .find(|d| {
            let dw = word_index_of_byte(a, d.start);
            d.precision == dates::DatePrecision::Day
                && d.first_day().is_some_and(|f| in_last_week(f, pubd))
                && ((dw.saturating_sub(6)..dw)
                    .any(|v| reporting_verb(a.word(v)) && !(v + 1..dw).any(|i| COMPLEMENTIZERS.contains(&a.word(i))))
                    || statement_noun_day(a, dw))
        })
        .map(|d| (d.iso(), s[d.start..d.end].to_string()))
}

/// dates50: the day expression at word `dw` stands within six words after a statement noun
/// (`statement_noun`: "في بيان له أمس", "في تصريحات له، الجمعة") and a reporting verb stands
/// anywhere before that noun, with no complementizer from the verb to the day: the speaker's name
/// and title between the verb and "في بيان" can be long ("وقال الدكتور … رئيس مجلس … في تصريحات
/// له، الجمعة، إن …"), but the noun and its day still tell when the words were said. A noun after
/// the complementizer ("قال إن البيان الصادر أمس …") is in the reported clause and dates nothing.
pub(crate) fn statement_noun_day(a: &Analysis, dw: usize) -> bool {
    let Some(n) = (dw.saturating_sub(6)..dw).find(|&n| statement_noun(a.word(n))) else { return false };
    let mut v = n;
    while v > 0 {
        v -= 1;
        let w = a.word(v);
        if COMPLEMENTIZERS.contains(&w) {
            return false;
        }
        if reporting_verb(w) {
            return !(n + 1..dw).any(|i| COMPLEMENTIZERS.contains(&a.word(i)));
        }
    }
    false
}

/// Day expression `d`, in the week up to publication, dates only the report of trigger `t`: it
/// stands within six words after a reporting verb or a statement noun (`statement_noun`) with no
/// complementizer between ("وذكرت صحيفة زمان اليوم الأحد أن المتظاهرين …", "وقال الوزير اليمني في
/// تصريح له اليوم إن …"), and a complementizer after it opens the reported clause that holds `t`.
pub(crate) fn report_day(a: &Analysis, d: &DateMatch, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    let comp = |i: usize| COMPLEMENTIZERS.contains(&a.word(i));
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Absolute
        && d.first_day().zip(published).is_some_and(|(f, p)| in_last_week(f, p))
        && de < t.w0
        && (dw.saturating_sub(6)..dw)
            .any(|v| (reporting_verb(a.word(v)) || statement_noun(a.word(v))) && !(v + 1..dw).any(comp))
        && (de + 1..t.w0).any(comp)
}

/// Day expression `d` stands before trigger `t`, in the clause of a statement that governs `t`:
/// the day of a report (`report_day`: "قالت الوزارة أمس إن القوات اعتقلت …"), or a relative day
/// within twelve words after a trigger of a statement type (`STATEMENT_TYPES`: "ندد", "طالب"; the
/// speaker's title and name can be long), with no complementizer between and no clause break from
/// that trigger to `t` ("ندد الأمين العام للجامعة نبيل العربي الثلاثاء بالقصف التركي"). The day is
/// the statement's; the act it names may be older (dates42).
pub(crate) fn governing_statement_day(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    d: &DateMatch,
    published: Option<NaiveDate>,
) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    report_day(a, d, t, published)
        || (d.precision == dates::DatePrecision::Day
            && d.relative != dates::Relation::Absolute
            && de < t.w0
            && a.triggers.iter().any(|x| {
                x.w1 < dw
                    && dw - x.w1 <= 12
                    && STATEMENT_TYPES.contains(&lex.triggers[x.rule as usize].event_type.as_str())
                    && !a.break_between(x.w1, t.w0)
                    && !(x.w1 + 1..dw).any(|i| COMPLEMENTIZERS.contains(&a.word(i)))
            }))
}

/// Date expression `d` stands before trigger `t` with a clause break between, in the clause of
/// another trigger of another event type (no break between that trigger and `d`): the date is
/// that act's, not `t`'s ("دعا إلى اجتماع طارئ يوم الأحد المقبل، وقد يستقيل إذا رفض طلبه"; dates39).
pub(crate) fn other_act_clause_date(a: &Analysis, lex: &Lexicon, t: &TriggerMention, d: &DateMatch) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    let kind = |x: &TriggerMention| lex.triggers[x.rule as usize].event_type.as_str();
    de < t.w0
        && a.break_between(de, t.w0)
        && a.triggers.iter().any(|x| {
            x.w1 < t.w0
                && kind(x) != kind(t)
                && if x.w1 < dw { !a.break_between(x.w1, dw) } else { x.w0 > de && !a.break_between(de, x.w0) }
        })
}

/// Day expression `d`, in the week up to publication, is the day of a denial that reaches trigger
/// `t` (dates35): it stands before `t`, within twelve words after a denial cue (`CueKind::Denial`,
/// data/dict/cues.txt: "نفى", "لا صحة"; the denier's name can be long, a comma can set the day
/// off: "نفت الحكومة، السبت، …") with no complementizer between ("نفت السفارة ومصدر في وزارة الداخلية يوم الجمعة
/// صحة ما ورد عن اعتقال …", "نفى الجيش امس مزاعم بأنه قصف …", "لا أساس من الصحة لما نشرته تقارير
/// أمس عن …"). As `report_day` is a statement's day, this is the denial's, not the denied act's.
pub(crate) fn denial_day(a: &Analysis, d: &DateMatch, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    d.precision == dates::DatePrecision::Day
        && de < t.w0
        && d.first_day().zip(published).is_some_and(|(f, p)| in_last_week(f, p))
        && a.cues.iter().any(|c| {
            c.kind == CueKind::Denial
                && c.w1 < dw
                && dw - c.w1 <= 12
                && !(c.w1 + 1..dw).any(|i| COMPLEMENTIZERS.contains(&a.word(i)))
        })
}

/// A noun of a statement (`STATEMENT_NOUNS`: "تصريحات", "بيان", "مؤتمر"), bare or after "و", "ب",
/// "ل" or "ف": the day after it is the day the statement was made, as after a reporting verb.
pub(crate) fn statement_noun(w: &str) -> bool {
    STATEMENT_NOUNS.contains(&w) || w.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|x| STATEMENT_NOUNS.contains(&x))
}

/// The sentence opens with a past "كان" (`PLUPERFECT_OPENERS`: "وكان الجيش قد اقتحم …"), the
/// start of a pluperfect.
pub(crate) fn pluperfect_opening(a: &Analysis) -> bool {
    in_list!(&PLUPERFECT_OPENERS, a.word(0))
}

/// (fatal7) The trigger is told as background: the sentence opens as a recall
/// (`TOLL_BACKGROUND_OPENINGS`: "ويذكر أن", "وسبق أن") or a pluperfect ("وكان … قد" before the
/// trigger), or the trigger stands after a verb of "it comes" and an "after" head in one clause
/// ("ويأتي الهجوم بعد شهرين من هجوم استهدف المتحف": `TOLL_BACKGROUND_COMES`,
/// `TOLL_BACKGROUND_HEADS`). Such an act is an older one of the story: the toll another sentence
/// tells is mostly today's, and `fill_gaps` lends it no toll.
pub(crate) fn background_told(a: &Analysis, t: &TriggerMention) -> bool {
    if t.w0 == 0 {
        return false;
    }
    if any_form_at(a, 0, &TOLL_BACKGROUND_OPENINGS)
        || (pluperfect_opening(a) && (1..t.w0).any(|i| TOLL_BACKGROUND_PLUPERFECT_PARTICLES.contains(&a.word(i))))
    {
        return true;
    }
    // An "after" head before the trigger in its clause, with a "comes" verb before it in its clause.
    (0..t.w0).rev().take_while(|&i| !a.break_between(i, t.w0)).any(|h| {
        TOLL_BACKGROUND_HEADS.contains(&unconj(a.word(h)))
            && (0..h)
                .rev()
                .take_while(|&i| !a.break_between(i, h))
                .any(|i| TOLL_BACKGROUND_COMES.contains(&unconj(a.word(i))))
    })
}

/// The sentence is a pluperfect one: a past "كان" opening it and "قد" after.
pub(crate) fn pluperfect_sentence(a: &Analysis) -> bool {
    pluperfect_opening(a) && (1..a.words.len()).any(|i| a.word(i) == "قد")
}

/// "وجد في إعلان القاهرة اتفاق نوايا، لأنه من أتباع الوحدة … بين مصر وسورية عام 58" (dates17): an
/// expression after the trigger that stands in a clause of reason (`REASON_CLAUSE_OPENERS`: لأن,
/// لأنه …) opened after the trigger dates what the reason tells, not the act.
pub(crate) fn in_reason_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    dw > t.w1 && (t.w1 + 1..dw).any(|i| REASON_CLAUSE_OPENERS.contains(&a.word(i)))
}

/// The date expression at word `dw`, after the trigger, stands in a relative clause that
/// describes another noun: a relative pronoun three or more words after the trigger, after a word
/// that is no trigger, with no clause break between it and the date ("دعت الجامعة العربية، التي
/// تعتبر قطر عضوا فيها منذ سنة 1971، تركيا إلى …": 1971 dates the membership, not the call). A
/// clause that opens with a verb of taking place ("اعتقال الزعيم التي جرت في …") is about the act,
/// unless the pronoun's noun is the object of a preposition of `OTHER_OBJECT_PREPOSITIONS` after the
/// trigger, two to four words before a pronoun with no "و" ("رفعت الجمعية دعوى ضد الإجراءات التي
/// جرت في عام 2010": the year is the measures', not the lawsuit's). With `past_day` (the date a
/// past day of the week or «أمس», dates64) a pronoun whose clause opens with a verb of standing
/// relation (`STANDING_RELATIVE_VERBS`: "البلدة التي تسيطر عليها المعارضة", "التحالف الذي تقوده
/// السعودية") does not count: that clause names a lasting state, not an act of that day. Nor does a
/// pronoun whose clause opens with a verb of being held (`HELD_RELATIVE_VERBS`: "الاجتماع … الذي
/// انعقد أمس") right before «في» or within a word of the date: that clause tells when the act
/// itself took place.
pub(crate) fn in_other_relative_clause(a: &Analysis, t: &TriggerMention, dw: usize, past_day: bool) -> bool {
    dw > t.w1
        && (t.w1 + 3..dw).any(|i| {
            if past_day && STANDING_RELATIVE_VERBS.contains(&a.word(i + 1)) {
                return false;
            }
            // (dates64) "الاجتماع … الذي انعقد أمس": a clause of being held, with no object before
            // «في» or the date, tells the act's own time.
            if HELD_RELATIVE_VERBS.contains(&a.word(i + 1)) && (dw <= i + 3 || a.word(i + 2) == "في") {
                return false;
            }
            // ("عملية الإخلاء الى سلطنة عمان والتي تمت مساء الجمعة": a pronoun with "و" reaches
            // further back than the object.)
            let other_object = || {
                !a.word(i).starts_with('و')
                    && (i.saturating_sub(4).max(t.w1 + 1)..i - 1)
                        .any(|p| OTHER_OBJECT_PREPOSITIONS.contains(&a.word(p)) && !a.break_between(p, i))
            };
            RELATIVE_PRONOUNS.contains(&a.word(i))
                && (other_object()
                    || (!a.triggers.iter().any(|x| x.w0 < i && i <= x.w1 + 1)
                        && !PAST_OCCURRENCE_VERBS.contains(&a.word(i + 1))))
                && !a.break_between(i, dw)
        })
}

/// (dates64) Date `d` is a day before publication named by «أمس» or a day of the week («أمس»,
/// «الاثنين», «السبت الماضي»): a time no clause of standing relation can own
/// (`in_other_relative_clause`). A calendar day ("منذ 28 مايو الماضي") may date the state itself.
pub(crate) fn standing_past_day(a: &Analysis, d: &DateMatch) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    d.precision == dates::DatePrecision::Day
        && d.relative == dates::Relation::Past
        && (dw..=de).any(|i| {
            let w = unconj(a.word(i));
            w == "امس" || WEEKDAY_NAMES.contains(&w)
        })
}

/// (dates63) The date expression at word `dw`, before the trigger, stands in a relative clause that
/// closed before it: a relative pronoun (not one with "و") at most `CLOSED_CLAUSE_REACH` words
/// before the date with no clause break or other pronoun between, then a clause break, then another
/// such pronoun before the trigger ("الناشطين الذين اعتقلوا في مارس الماضي، ومنهم المحامي الذي
/// هاجمته"): the trigger tells another noun's act in a clause of its own, so the earlier clause's
/// time is not its. A pronoun with no break before it ("في 2007 … العام الذي زار فيه") or right
/// after the break ("مع فلان، الذي") may describe a noun of the dated clause itself, and is left.
pub(crate) fn in_closed_relative_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    let pron = |i: usize| RELATIVE_PRONOUNS.contains(&a.word(i)) && !a.word(i).starts_with('و');
    dw < t.w0
        && (dw.saturating_sub(CLOSED_CLAUSE_REACH)..dw)
            .rev()
            .find(|&i| RELATIVE_PRONOUNS.contains(&a.word(i)))
            .is_some_and(|p| pron(p) && !a.break_between(p, dw))
        && (dw + 2..t.w0).any(|q| pron(q) && a.break_between(dw, q - 1) && !a.break_between(q - 1, q))
}

/// Words before a date within which a relative pronoun opens the clause the date stands in.
const CLOSED_CLAUSE_REACH: usize = 8;

/// The date expression at word `dw` stands in the relative clause of the event noun `t` itself:
/// the pronoun follows the noun at once or after one adjective with the article ("الغارة التي
/// شنتها الطائرات أمس", "الهجوم الانتحاري الذي وقع يوم الاثنين", "الاتفاق الذي تم التوصل إليه
/// يوم 14 يوليو"), and the date comes within `reach` words of it (`OWN_CLAUSE_REACH`, eight), with
/// no clause break or other pronoun between. The clause tells when the noun's act took place, so
/// the date is the act's.
pub(crate) fn in_own_relative_clause(a: &Analysis, t: &TriggerMention, noun: bool, dw: usize, reach: usize) -> bool {
    if !noun {
        return false;
    }
    let pron = |i: usize| RELATIVE_PRONOUNS.contains(&a.word(i)) && !a.word(i).starts_with('و');
    let p = if pron(t.w1 + 1) {
        t.w1 + 1
    } else if a.word(t.w1 + 1).starts_with("ال") && !a.triggers.iter().any(|x| x.w0 == t.w1 + 1) && pron(t.w1 + 2) {
        t.w1 + 2
    } else {
        return false;
    };
    dw > p
        && dw - p <= reach
        && !a.break_between(t.w1, dw)
        && !(p + 1..dw).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
}

/// Words after its relative pronoun within which a date dates the event noun whose clause it is.
pub(crate) const OWN_CLAUSE_REACH: usize = 8;

/// (dates65) The date expression at word `dw` stands in the event noun `t`'s own relative clause
/// told past a phrase of its complement ("جلسات المحاكمة في قضية التفجير التي انطلقت أمس",
/// "اجتماعات الجمعية العامة للأمم المتحدة التي تبدأ في 28 سبتمبر", "زيارته إلى مصر التي وصلها
/// أمس"): a relative pronoun two to `FAR_OWN_CLAUSE_REACH` words after the noun, its next word a
/// verb of taking place, starting, resuming or arriving (`OWN_TIME_RELATIVE_VERBS`) with the date
/// within two words after it or after «في», no clause break from the noun to the date; and the
/// pronoun agrees with the noun («التي» after a word in «ة» or «ات» as written in `s`, «الذي»
/// after one with neither; «ت» before a pronoun: «زيارته») and with no other event noun between
/// ("محاكمة المتهمين بتفجير المسجد الذي وقع": the bombing's clause), nor a word of another time
/// between (`FAR_OWN_CLAUSE_STOPS`: "قبل الانتخابات التي تجرى في 12 مايو" is the elections'
/// day). The clause tells when the noun's act itself is held.
pub(crate) fn in_far_own_relative_clause(a: &Analysis, s: &str, t: &TriggerMention, noun: bool, dw: usize) -> bool {
    if !noun || dw <= t.w1 + 2 || a.break_between(t.w1, dw) {
        return false;
    }
    let Some(p) = (t.w1 + 2..dw.min(t.w1 + FAR_OWN_CLAUSE_REACH + 1)).find(|&i| RELATIVE_PRONOUNS.contains(&a.word(i)))
    else {
        return false;
    };
    // («زيارته»: a «ة» turns «ت» before a pronoun.)
    let feminine = |i: usize| {
        let (ks, ke) = a.words[i];
        s.get(a.key.orig_byte_range(ks..ke)).is_some_and(|w| {
            let (stem, ending) = noun_ending_stem(w);
            ending || (stem.len() < w.trim_start_matches(['و', 'ف']).len() && stem.ends_with('ت'))
        })
    };
    let agrees = |i: usize| match a.word(p).strip_prefix('و').unwrap_or(a.word(p)) {
        "التي" => feminine(i),
        "الذي" => !feminine(i),
        _ => false,
    };
    OWN_TIME_RELATIVE_VERBS.contains(&a.word(p + 1))
        && (dw <= p + 3 || a.word(p + 2) == "في")
        && !(p + 1..dw).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
        && !(t.w1 + 1..p).any(|i| FAR_OWN_CLAUSE_STOPS.contains(&unconj(a.word(i))))
        && agrees(t.w0)
        && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < p && agrees(x.w0))
}

/// Words after the event noun within which the pronoun of its own relative clause may stand past
/// a phrase (`in_far_own_relative_clause`).
const FAR_OWN_CLAUSE_REACH: usize = 6;

/// (dates58) `t` opens a relative clause: a relative pronoun (`RELATIVE_PRONOUNS`, not one with
/// «و») stands right before it ("النشطاء الذين اعتقلوا", "الرجل الذي صفع"). Returns the pronoun's
/// word. The clause tells what the pronoun's noun did or underwent, an act with a time of its own.
pub(crate) fn relative_clause_verb(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    let p = t.w0.checked_sub(1)?;
    (RELATIVE_PRONOUNS.contains(&a.word(p)) && !a.word(p).starts_with('و') && !a.break_between(p, t.w0)).then_some(p)
}

/// (dates58) The date expression at word `dw` is told in the relative clause `t` opens
/// (`relative_clause_verb`): after the trigger, within `RELATIVE_VERB_REACH` words of the pronoun,
/// with no clause break or other relative pronoun between ("النشطاء الذين اعتقلوا بعد حضورهم
/// اجتماعا مع المتمردين هذا العام"). The clause says when its own act took place, so a date of
/// the clause that governs it gives way.
pub(crate) fn in_opened_relative_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    relative_clause_verb(a, t).is_some_and(|p| {
        dw > t.w1
            && dw - p <= RELATIVE_VERB_REACH
            && !a.break_between(t.w1, dw)
            && !(t.w1 + 1..dw).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
    })
}

/// Words after the relative pronoun that opens a trigger's clause within which a date is the
/// clause's own (dates58): a verb's clause holds its subject and object before its time.
pub(crate) const RELATIVE_VERB_REACH: usize = 12;

/// Further reach of the noun's own relative clause for a date with its own year, read only when
/// the day of the report would otherwise date the reported act (dates24).
const OWN_CLAUSE_YEAR_REACH: usize = 20;

/// Date `d` has its own year (not a range of years) and stands after the event noun `t` in the
/// noun's own relative clause, up to `OWN_CLAUSE_YEAR_REACH` words past the pronoun, with no
/// "منذ" between ("الزيارة التي قام بها الوفد … خلال الفترة من 1 إلى 4
/// يونيو 2015": the visit's days, not those of the statement that mentions it).
pub(crate) fn far_own_clause_date(a: &Analysis, t: &TriggerMention, noun: bool, d: &DateMatch, s: &str) -> bool {
    d.start >= t.end && d.relative == dates::Relation::Absolute && !year_range(&s[d.start..d.end]) && {
        let dw = word_index_of_byte(a, d.start);
        in_own_relative_clause(a, t, noun, dw, OWN_CLAUSE_YEAR_REACH) && !since_between(a, t.w1 + 1, dw)
    }
}

/// A day and month with no year of its own right after a noun of `DAY_NAME_HEADS` ("ثورة 25 يناير",
/// "لحركة 6 أبريل", "قوى 14 آذار", "مدينة 6 أكتوبر") is a name, not the date of anything.
pub(crate) fn named_day(a: &Analysis, d: &DateMatch) -> bool {
    day_after_head(a, d, &DAY_NAME_HEADS)
}

/// A day and month with no year of its own (`d`) that begins at a word right after a noun of
/// `heads` (with a glued و, ل or ب allowed): the shape `named_day` and `event_named_day` share.
fn day_after_head(a: &Analysis, d: &DateMatch, heads: &[&str]) -> bool {
    let dw = word_index_of_byte(a, d.start);
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Absolute
        && dw > 0
        && a.key.orig_byte(a.words[dw].0) == d.start
        && head_behind_wlb(a.word(dw - 1), heads)
}

/// `w` is a word of `heads`, bare or with a glued و, ل or ب.
fn head_behind_wlb(w: &str, heads: &[&str]) -> bool {
    heads.contains(&w) || w.strip_prefix(['و', 'ل', 'ب']).is_some_and(|x| heads.contains(&x))
}

/// A day and month with no year of its own right after a noun of a past violent event
/// (`EVENT_DAY_NAME_HEADS`: "هجمات 11 سبتمبر", "أحداث 30 يونيو") that falls after publication
/// names an event that has happened (its year unknown), not a coming day (dates45).
pub(crate) fn event_named_day(a: &Analysis, d: &DateMatch, published: Option<NaiveDate>) -> bool {
    published.zip(d.first_day()).is_some_and(|(p, first)| first > p) && day_after_head(a, d, &EVENT_DAY_NAME_HEADS)
}

/// The trigger is itself a noun of `EVENT_DAY_NAME_HEADS` named by the day after it
/// (`event_named_day`): an event of the past whose year the text does not give (dates45).
pub(crate) fn trigger_named_by_day(a: &Analysis, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
    head_behind_wlb(a.word(t.w1), &EVENT_DAY_NAME_HEADS)
        && a.numbers_and_dates(published)
            .1
            .iter()
            .any(|d| word_index_of_byte(a, d.start) == t.w1 + 1 && event_named_day(a, d, published))
}

/// A bare weekday (with "يوم" or not) right after a noun of `PRAYER_DAY_HEADS` ("بعد صلاة الجمعة",
/// "في خطبة يوم الجمعة") names a prayer or a sermon held every week, not a day the text sets: a
/// calendar date among the act's candidates outside the report's week dates it (dates29).
pub(crate) fn prayer_day(a: &Analysis, d: &DateMatch) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    let day = if a.word(dw) == "يوم" { dw + 1 } else { dw };
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Absolute
        && dw > 0
        && day == de
        && WEEKDAY_NAMES.contains(&a.word(de))
        && a.key.orig_byte(a.words[dw].0) == d.start
        && {
            let w = a.word(dw - 1);
            PRAYER_DAY_HEADS.contains(&w)
                || w.strip_prefix(['و', 'ل', 'ب', 'ف']).is_some_and(|x| PRAYER_DAY_HEADS.contains(&x))
        }
}

/// A day within a week of publication, before or after it, read with no year of its own
/// ("اليوم", "أمس", "الخميس"): a day of the report's week, which a prayer's weekday may be
/// (`prayer_day`, dates29).
pub(crate) fn report_week_day(d: &DateMatch, published: Option<NaiveDate>) -> bool {
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Absolute
        && published.zip(d.first_day()).is_some_and(|(p, f)| (p - f).num_days().abs() <= 7)
}

/// (recall56) "قبل يومين من زيارة أوباما", "قبل أربعة أيام من الافتتاح": a count of days back
/// followed by a word of `DAYS_BEFORE_ANCHORS` ("من", "على") and the act it counts from names the
/// time of one act relative to another, not a day counted back from publication, so it dates
/// nothing ("قبل يومين من الآن", with a word of `DAYS_BEFORE_NOW`, stays a date).
pub(crate) fn days_before_event(a: &Analysis, d: &DateMatch) -> bool {
    let dw = word_index_of_byte(a, d.start);
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    d.precision == dates::DatePrecision::Day
        && d.relative == dates::Relation::Past
        && unconj(a.word(dw)) == "قبل"
        && de + 2 < a.words.len()
        && DAYS_BEFORE_ANCHORS.contains(&a.word(de + 1))
        && !a.break_between(de, de + 2)
        && !DAYS_BEFORE_NOW.contains(&a.word(de + 2))
}

/// "في إب", "محافظة إب": the Yemeni city, written with hamza below, is not the month آب, whose
/// key it shares (the key writes alef without hamza).
pub(crate) fn ibb(s: &str, d: &DateMatch) -> bool {
    d.precision == dates::DatePrecision::Month && s[d.start..d.end].split_whitespace().next() == Some("إب")
}

/// A recent day set off by a comma in a perfect trigger verb's clause, with only event nouns between,
/// and followed by a party or a place ("استقبل مدير مركز الإغاثة، أمس، الوفد", "وقعت الحكومة
/// اتفاقا لوقف إطلاق النار، الأحد، في الدوحة"): the day stands inside the verb's clause, so it
/// dates the verb, not the nouns before it (they name its parties or its object). A party after
/// the day may be one the dictionary lacks, introduced by a title of `HONORIFIC_TITLES` ("، أمس،
/// الدكتورة …"), and with a party after it the day needs no comma when no event noun stands right
/// before it ("استقبل المشرف على مركز الإغاثة الدكتور فلان أمس وزيرة الإعلام").
pub(crate) fn parenthetical_day(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    dts: &[DateMatch],
    d: &DateMatch,
    dw: usize,
) -> bool {
    let de = word_index_of_byte(a, d.end.saturating_sub(1));
    let brk = |i: usize| a.breaks.get(i).copied().unwrap_or(false);
    // ("شاركوا في مظاهرة يوم الجمعة الماضي، …": a day right after an event noun is its own.)
    let right_after_hit = a.triggers.iter().any(|x| x.w1 + 1 == dw);
    d.precision == dates::DatePrecision::Day
        && !matches!(d.relative, dates::Relation::Absolute | dates::Relation::Future)
        && dw > t.w1
        // (Only the first expression after the verb: a later one dates a later noun.)
        && !dts.iter().any(|o| o.start >= t.end && o.start < d.start)
        && (brk(dw) || !right_after_hit)
        // The verb's clause goes on after the day: its object or place follows ("أمس، وفد …",
        // "الأحد، في الدوحة"), not a participle, a complement or a new clause ("أمس، قائلا").
        && {
            let next = if matches!(a.word(de + 1), "في" | "ب") { de + 2 } else { de + 1 };
            let party = a.entities.iter().any(|e| e.w0 == de + 1) || HONORIFIC_TITLES.contains(&a.word(de + 1));
            party || ((brk(dw) || brk(de + 1)) && a.places.iter().any(|p| p.w0 == next))
        }
        && !a.triggers.iter().any(|x| {
            x.w0 > t.w1
                && x.w0 < dw
                && lex.triggers[x.rule as usize].pattern == Pattern::Verb
                && !(x.purpose || x.article || (x.w0 > 0 && matches!(a.word(x.w0 - 1), "في" | "اثر" | "جراء" | "خلال" | "بعد" | "عقب")))
        })
        && !(t.w1 + 1..dw).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)) || PAST_OCCURRENCE_VERBS.contains(&a.word(i)))
}

/// The later trigger hit `x` tells the same act as `t` (dates28b), so the date expression at
/// word `dw` that `x` owns is also `t`'s: `x` is of the same event type and follows `t` right
/// after it or after one linking preposition (`SAME_ACT_LINKS`: "هجوم بالقنابل على سائحين في
/// بلغاريا العام الماضي", "تم التوصل إلى الاتفاق الشهر الماضي"), and neither a clause break nor a
/// stop word of `CONTENT_STOPS` ("بعد", "منذ", "عندما" …) stands between `x` and the date.
pub(crate) fn same_act_later(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &TriggerMention, dw: usize) -> bool {
    let linked = x.w0 == t.w1 + 1 || (x.w0 == t.w1 + 2 && SAME_ACT_LINKS.contains(&a.word(t.w1 + 1)));
    linked
        && dw > x.w1
        && lex.triggers[x.rule as usize].event_type == lex.triggers[t.rule as usize].event_type
        && !a.break_between(x.w1, dw)
        && !(x.w1 + 1..dw).any(|i| CONTENT_STOPS.contains(&a.word(i)))
}

/// (dates53) A day told after `t` in its own clause: a day-precise expression, not a future one,
/// starting within eight words after the trigger with no clause break, complementizer or stop word
/// of `CONTENT_STOPS` between ("انتهت بتوقيع اتفاق لوقف إطلاق النار في 9 أبريل"). The clause says
/// when `t` itself happened, so a date of an earlier clause gives way to it.
pub(crate) fn told_after_in_clause(a: &Analysis, t: &TriggerMention, d: &DateMatch) -> bool {
    let dw = word_index_of_byte(a, d.start);
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Future
        && dw > t.w1
        && dw - t.w1 <= 8
        && !a.break_between(t.w1, dw)
        && !(t.w1 + 1..dw).any(|i| COMPLEMENTIZERS.contains(&a.word(i)) || CONTENT_STOPS.contains(&a.word(i)))
}

/// (dates53) The later trigger `x` begins with a glued «ل» right after the noun trigger `t`, which
/// has no article ("اتفاق لوقف إطلاق النار في 9 أبريل"): `x` names what `t` is for, so a day told
/// after both in `t`'s clause is `t`'s as well and `x` does not own it. (A noun with the article,
/// "الانتقادات للاتفاق المبرم في …", names an act of its own after it.)
pub(crate) fn own_after_day(a: &Analysis, t: &TriggerMention, noun: bool, x: &TriggerMention, d: &DateMatch) -> bool {
    noun && !t.article
        && !unconj(a.word(t.w0)).starts_with("ال")
        && x.w0 == t.w1 + 1
        && a.word(x.w0).starts_with('ل')
        && told_after_in_clause(a, t, d)
}

/// The later trigger hit `x` names the circumstance of `t`: it follows "في", "خلال" or "أثناء"
/// within four words of `t`, in its clause ("اعتقل في عملية عين أميناس في يناير الماضي", "قتل جندي
/// خلال اشتباكات أمس"): a date it owns is also the time of `t`.
pub(crate) fn circumstance_of(a: &Analysis, t: &TriggerMention, x: &TriggerMention) -> bool {
    x.w0 > t.w1 + 1
        && x.w0 - t.w1 <= 5
        && CIRCUMSTANCE_PREPOSITIONS.contains(&a.word(x.w0 - 1))
        && !a.break_between(t.w1, x.w0)
}

/// The sentence holds a date expression clearly before the news period (`is_background`).
pub(crate) fn sentence_dated_back(a: &Analysis, s: &str, published: Option<NaiveDate>) -> bool {
    let Some(p) = published else {
        return false;
    };
    let (_, dts) = a.numbers_and_dates(published);
    dts.iter().filter(|d| !named_day(a, d) && !ibb(s, d)).any(|d| date_back(s, d, p))
}

/// Date expression `d` of sentence `s` ends by publication day `p` and is background to it
/// (`is_background`).
fn date_back(s: &str, d: &DateMatch, p: NaiveDate) -> bool {
    d.last_day().is_some_and(|last| last <= p && is_background(d, p, last, &s[d.start..d.end]))
}

/// The sentence tells a time long ago (status46): it holds a date at least `NARRATIVE_BACK_DAYS`
/// before publication that opens its telling (in its first eight words, or anywhere in a sentence
/// opening on a past "كان"), and no date of the news period; a date after a word of
/// `SPAN_SINCE_WORDS` ("منذ انتخابه في نهاية 2012", a span up to now) does not count. "وفي صيف
/// 2014 هاجم المسلحون القرية" does; "والتقى الوزير أمس نظيره الذي زار البلاد في 2009" does not.
/// With `anywhere` (status63) the date need not open the telling: a time phrase of the next
/// sentence that points back to it (`told_on_time_opening`) names that time itself.
pub(crate) fn sentence_told_long_ago(a: &Analysis, s: &str, published: Option<NaiveDate>, anywhere: bool) -> bool {
    let Some(p) = published else {
        return false;
    };
    let (_, dts) = a.numbers_and_dates(published);
    let dts: Vec<_> = dts.iter().filter(|d| !named_day(a, d) && !ibb(s, d)).collect();
    if dts.is_empty() || !dts.iter().all(|d| date_back(s, d, p)) {
        return false;
    }
    let opening = anywhere || pluperfect_opening(a);
    dts.iter().any(|d| {
        let dw = word_index_of_byte(a, d.start);
        (opening || dw < 8)
            && d.last_day().is_some_and(|last| (p - last).num_days() >= NARRATIVE_BACK_DAYS)
            && !(dw.saturating_sub(4)..dw).any(|i| SPAN_SINCE_WORDS.contains(&a.word(i)) && !a.break_between(i, dw))
    })
}

/// The sentence opens on a time phrase that counts from the time the sentence before told
/// (status63): a phrase of `TOLD_ON_TIME_OPENERS` ("وفي الفترة نفسها", "وتبعها", "وعقب ذلك",
/// "وقبل ذلك"; `any_form_at`, the first word may carry a glued و or ف); or a head of
/// `TOLD_ON_SPAN_HEADS` ("وبعد", "عقب", "وبعدها", "قبلها"), a bare head with or without "ذلك"
/// after it, then a span of `TOLD_ON_SPANS` ("يومين", "بعام", "أشهر"), right there or after one
/// count (a number, "ثلاثة", "عدة"), that no "من"/"على" of another act follows, past one word of
/// `TOLD_ON_SPAN_ADJECTIVES` ("وبعد أشهر من الخلافات", "وبعد أيام قليلة من اعتقاله", "قبل ساعات
/// على فتح المراكز": the span counts from the act named there), only "من ذلك". A bare "قبل" +
/// span with no "ذلك" is a day counted back from publication, not this. "وبعد انتهاء فترة الحكم"
/// names no count and is not this either.
pub(crate) fn told_on_time_opening(a: &Analysis, published: Option<NaiveDate>) -> bool {
    let first = a.word(0);
    if any_form_at(a, 0, &TOLD_ON_TIME_OPENERS) {
        return true;
    }
    if !TOLD_ON_SPAN_HEADS.contains(&first) {
        return false;
    }
    let bare = !first.ends_with("ها");
    let before = first.trim_start_matches(['و', 'ف']).starts_with("قبل");
    let mut i = 1;
    let demonstrative = bare && PERIOD_DEMONSTRATIVES.contains(&a.word(1));
    if demonstrative {
        i = 2;
    }
    let span = |w: &str| TOLD_ON_SPANS.contains(&w) || w.strip_prefix('ب').is_some_and(|w| TOLD_ON_SPANS.contains(&w));
    let count = |i: usize| {
        let w = a.word(i);
        let w = w.strip_prefix('ب').unwrap_or(w);
        sentence::is_numeral(w)
            || VAGUE_SPAN_COUNTS.contains(&w)
            || a.numbers_and_dates(published).0.iter().any(|n| !n.ordinal && word_index_of_byte(a, n.start) == i)
    };
    let end = if span(a.word(i)) {
        i
    } else if span(a.word(i + 1)) && count(i) && !a.break_between(i, i + 1) {
        i + 1
    } else {
        return false;
    };
    if a.break_between(0, end) {
        return false;
    }
    let anchor = end + 1 + usize::from(TOLD_ON_SPAN_ADJECTIVES.contains(&a.word(end + 1)));
    let of_that = DAYS_BEFORE_ANCHORS.contains(&a.word(anchor)) && PERIOD_DEMONSTRATIVES.contains(&a.word(anchor + 1));
    if DAYS_BEFORE_ANCHORS.contains(&a.word(anchor)) && !of_that {
        return false;
    }
    // "وقبل عامين" alone counts back from publication; "وقبل عامين من ذلك", "وقبل ذلك بعامين",
    // "وقبلها بعام" count back from the time told before.
    !before || !bare || demonstrative || of_that
}

/// The sentence opens on a told deed (status46): the trigger is a perfect verb (`perfect`: also of
/// the shape `perfect_verb_shape` reads, no verbal noun) with a glued "و" as the sentence's first
/// word ("وطردت القوات المسلحين من البلدة") or right after "وقد"; or a verb
/// of `NARRATIVE_DEED_VERBS` opens it that way ("وأصدر", "وقد تمكنت", "وجرى") and the trigger
/// starts with it ("وجرى اعتقال …") or stands at most four words after it, in its clause ("وأصدر
/// القضاء السوداني أحكاما …").
pub(crate) fn narrative_deed_opening(a: &Analysis, t: &TriggerMention, perfect: bool) -> bool {
    let o = usize::from(a.word(0) == "وقد");
    let verb = if o == 0 { a.word(0).strip_prefix('و').unwrap_or("") } else { a.word(1) };
    if o == 0 && !a.word(0).starts_with('و') || reporting_verb(verb) {
        return false;
    }
    let deed_verb = NARRATIVE_DEED_VERBS.contains(&verb);
    (t.w0 == o && (perfect || deed_verb)) || (deed_verb && t.w0 > o && t.w0 - o <= 4 && !a.break_between(o, t.w0))
}

/// The coder's precision for a date expression.
pub(crate) fn precision_of(d: &DateMatch) -> DatePrecision {
    match d.precision {
        dates::DatePrecision::Day => DatePrecision::Day,
        dates::DatePrecision::Month => DatePrecision::Month,
        dates::DatePrecision::Year => DatePrecision::Year,
    }
}

/// A phrase of `DAY_AFTER_PHRASES` (step −1) or `DAY_BEFORE_PHRASES` (+1), or of a longer span
/// (`TWO_DAYS_*` ±2, `WEEK_*` ±7, `TWO_WEEKS_*` ±14), that ends right before trigger `t` or
/// before a noun of `EVENT_ONSET_NOUNS` right before it ("غداة مقتل", "بعد يوم من الهجوم",
/// "عشية الانتخابات", "بعد أسبوعين على بدء غارات"): its first word and the step from the clause's
/// day to the event's.
pub(crate) fn day_step(a: &Analysis, t: &TriggerMention) -> Option<(usize, i64)> {
    let end = if t.w0 > 0 && any_form_at(a, t.w0 - 1, &EVENT_ONSET_NOUNS) { t.w0 - 1 } else { t.w0 };
    let last = a.word(end.checked_sub(1)?);
    [
        (&DAY_AFTER_PHRASES[..], -1),
        (&DAY_BEFORE_PHRASES[..], 1),
        (&TWO_DAYS_AFTER_PHRASES[..], -2),
        (&TWO_DAYS_BEFORE_PHRASES[..], 2),
        (&WEEK_AFTER_PHRASES[..], -7),
        (&WEEK_BEFORE_PHRASES[..], 7),
        (&TWO_WEEKS_AFTER_PHRASES[..], -14),
        (&TWO_WEEKS_BEFORE_PHRASES[..], 14),
    ]
    .into_iter()
    .find_map(|(forms, step)| {
        forms.iter().find_map(|f| {
            // (The word before `end` ends the phrase, or is its one word with a glued clitic: a
            // suffix test turns away most forms before their words are counted.)
            if !(f.ends_with(last) || last.ends_with(*f)) {
                return None;
            }
            let w = end.checked_sub(f.split(' ').count())?;
            any_form_at(a, w, &[f]).then_some((w, step))
        })
    })
}

/// (status75) An article with no publication date has no news period to read a named earlier
/// year against, so "احتجز الطلاب الرهائن عام 1980" stayed `occurred`. The latest act the article
/// tells as done on a date naming its year (an `occurred` record dated by the text, with digits)
/// stands for that period: an `occurred` record dated so in its own sentence whose last day lies
/// more than `HISTORICAL_DAYS` before that act's first day is background (SPEC §4: "a named
/// earlier year"), as `is_background` reads it against a publication date.
pub(crate) fn before_latest_done(recs: &mut [EventRecord]) {
    let dated = |r: &EventRecord| -> Option<(NaiveDate, NaiveDate)> {
        if r.status != Status::Occurred || r.date_basis != Some(DateBasis::Text) {
            return None;
        }
        // (A year of its own, in any digits: "عام 1980", "1427هـ", not a bare month or weekday.)
        let text = r.date_text.as_deref()?;
        if !text.split(|c: char| !c.is_numeric()).any(|run| run.chars().count() >= 3) {
            return None;
        }
        // (Only a date the record's own sentence tells, not after «منذ» (`SPAN_SINCE_WORDS`): a
        // year lent by another sentence or a span up to now, "أول وزير يزور واشنطن منذ عام 1958",
        // does not date the act.)
        let at = r.evidence.sentence.find(text)?;
        let before = r.evidence.sentence[..at].split_whitespace().next_back().map(ahdath_text::normalize_key);
        if before.is_some_and(|w| SPAN_SINCE_WORDS.contains(&w.as_str())) {
            return None;
        }
        dates::iso_days(r.date.as_deref()?)
    };
    // (Each record's span read once, for the latest and for the test.)
    let spans: Vec<Option<(NaiveDate, NaiveDate)>> = recs.iter().map(dated).collect();
    let Some(latest) = spans.iter().flatten().map(|d| d.0).max() else { return };
    for (r, span) in recs.iter_mut().zip(spans) {
        if span.is_some_and(|(_, last)| (latest - last).num_days() > HISTORICAL_DAYS) {
            r.status = Status::Historical;
        }
    }
}
