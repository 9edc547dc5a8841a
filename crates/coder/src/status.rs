//! Whether it happened: status cues (future, planned, hypothetical, negated, called-for, claimed)
//! and their filters (quotation, conditional and reason clauses, modal and desire words), and the
//! filters that veto a mention as no real event (habitual, generic, sport, accidents, natural
//! forces, named bodies, speech content, civic and business affairs). Split out of lib.rs by
//! tidy64 (script-moved, bodies unchanged).

use super::*;

/// A verb form with no prefix of the imperfect or the future (ي ت ن س) after a glued و or ف:
/// the perfect ("قتل", "وأيد"), which tells what was done.
pub(crate) fn perfect_form(w: &str) -> bool {
    !w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with(['ي', 'ت', 'ن', 'س'])
}

/// "قد" with at most a glued و or ف: before an imperfect "may", before a perfect a stress of the past.
pub(crate) fn is_qad(w: &str) -> bool {
    matches!(w, "قد" | "وقد" | "فقد")
}

/// A verb form (a glued و or ف already stripped) with an imperfect's prefix ي ت ن that is not a
/// perfect beginning with ت (`perfect_of_form_v`: "تظاهرت"; `QAD_PERFECTS_IN_TA`): the test
/// after "قد" and of `own_future_time` (looser than `imperfect_shape`, which also reads nouns
/// away). A perfect in ن ("نفذ") is told apart by `perfect_in_nun` where it matters.
pub(crate) fn imperfect_prefixed(w: &str) -> bool {
    w.starts_with(['ي', 'ت', 'ن']) && !perfect_of_form_v(w) && !QAD_PERFECTS_IN_TA.contains(&w)
}

/// The word `w` after "قد" at word `q` is a perfect told as past, not "may" (status36): "قد"
/// follows a past form of كان (`auxiliary_before`) or `w` is a perfect in ن (`perfect_in_nun`); not
/// after an imperfect of كان (`SUPPOSITION_AUXILIARIES`), "أن يكون قد نفذ" being supposed.
pub(crate) fn qad_past(a: &Analysis, q: usize, w: &str) -> bool {
    !auxiliary_before(a, q, &SUPPOSITION_AUXILIARIES)
        && (auxiliary_before(a, q, &PAST_AUXILIARIES) || perfect_in_nun(w))
}

/// A form of كان of `forms` (behind a glued و/ف) at most four words before "قد" at word `q`, in
/// its clause: a past form makes the verb after "قد" a pluperfect, whatever its first letter
/// ("وكانت الوزارة قد نظمت اجتماعا", "كان قد تلقى تدريبات"); an imperfect one a supposition
/// (status36).
fn auxiliary_before(a: &Analysis, q: usize, forms: &[&str]) -> bool {
    (q.saturating_sub(4)..q).any(|i| {
        let w = a.word(i);
        forms.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w)) && !a.break_between(i, q)
    })
}

/// A word after "قد" that begins with ن but has a perfect's shape, not that of an imperfect of
/// "we": three letters of a root in ن ("ندد", "نفذ"), a form III perfect ("ناشد", "ناقش"), or a
/// perfect's ending ("نظمت", "نقلوا", "نشرتا") (status36).
pub(crate) fn perfect_in_nun(w: &str) -> bool {
    let letters = w.chars().count();
    w.starts_with('ن')
        && (letters == 3
            || w.chars().nth(1) == Some('ا')
            || (letters >= 4 && (w.ends_with('ت') || w.ends_with("تا") || w.ends_with("وا"))))
}

/// A perfect verb of the patterns تفعّل/تفاعل with its subject's ending ("تظاهرت", "تعرضوا"): it
/// begins with ت like an imperfect, so "فقد تظاهرت النساء" would otherwise read as "may".
pub(crate) fn perfect_of_form_v(w: &str) -> bool {
    w.starts_with('ت') && w.chars().count() >= 5 && (w.ends_with('ت') || w.ends_with("وا"))
}

/// (status74) Whether a trigger a verb rule read as a perfect is a noun (raw text): its first word
/// has a noun's ending, past any object pronoun (`noun_ending_stem`: "قبل موافقة الكونغرس"), or «إن» with its hamza
/// (`INNA_WRITTEN_FORMS`, quotation marks trimmed: "“إن") stands right before it, which takes a
/// noun, not a verb ("إن رفض الكونغرس للاتفاق سيسبب").
pub(crate) fn noun_read_as_perfect(before: &str, raw: &str) -> bool {
    let w = raw.split_whitespace().next().unwrap_or("");
    let prev = before.split_whitespace().last().unwrap_or("");
    let prev = prev.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '«' | '»' | '„' | '‘' | '’'));
    noun_ending_stem(w).1 || INNA_WRITTEN_FORMS.contains(&prev)
}

/// (status74) Whether a perfect verb of doing (`DONE_LIGHT_VERBS`, as written or with a glued و or
/// ف stripped: "وجه" is the verb itself) stands within six words before the trigger with no other
/// trigger between (a comma is no bar: "عقد وزير الخارجية، أمس، اجتماعا"): the act noun is its object, told as done ("عقد وزير الخارجية،
/// أمس، اجتماعا", "بدأت الهيئة اليوم استجواب المتهمين").
pub(crate) fn light_verb_done(a: &Analysis, t: &TriggerMention) -> bool {
    // (The verb is the word class `DONE_LIGHT_VERB`, and a sentence without one is passed over:
    // speed74.)
    if !a.sentence_has_class(sentence::DONE_LIGHT_VERB) {
        return false;
    }
    for i in (t.w0.saturating_sub(6)..t.w0).rev() {
        if a.triggers.iter().any(|x| x.w0 <= i && i <= x.w1) {
            return false;
        }
        if a.has_class(i, sentence::DONE_LIGHT_VERB) {
            return true;
        }
    }
    false
}

/// A perfect verb of doing as `light_verb_done` reads it: a `DONE_LIGHT_VERBS` key as written, or
/// behind one glued و or ف (what is left of at least two letters): the word class
/// `sentence::DONE_LIGHT_VERB`.
pub(crate) fn is_done_light_verb(w: &str) -> bool {
    let bare = w.strip_prefix(['و', 'ف']).filter(|x| x.chars().count() >= 2);
    DONE_LIGHT_VERBS.contains(&w) || bare.is_some_and(|x| DONE_LIGHT_VERBS.contains(&x))
}

/// The trigger stands in the clause of a banner or chant, at most 12 words after it
/// ("لافتات تندد بالاعتقالات"). "لافتة إلى أن" is the participle "noting", not a banner.
pub(crate) fn in_slogan(a: &Analysis, t: &TriggerMention) -> bool {
    // (A slogan noun is the word class `SLOGAN_NOUN`, and a sentence without one is passed over:
    // speed75, it read the twelve words before every trigger against the list.)
    a.sentence_has_class(sentence::SLOGAN_NOUN)
        && (t.w0.saturating_sub(12)..t.w0)
            .any(|i| a.has_class(i, sentence::SLOGAN_NOUN) && a.word(i + 1) != "الي" && !a.break_between(i, t.w0))
}

/// A slogan noun as `in_slogan` reads it: a `SLOGAN_NOUNS` word in one of its clitic readings
/// (`in_list`), the word class `sentence::SLOGAN_NOUN`.
pub(crate) fn is_slogan_noun(w: &str) -> bool {
    in_list(&SLOGAN_NOUNS, w)
}

/// True when a noun or verb of fear, rumour or wish ends right before the trigger
/// ("خوفا من احتجاجات", "تمنيه أن تجتمع"; `HYPOTHETICAL_GOVERNORS`): the act is only feared or
/// hoped for, not told as done.
///
/// The forms are grouped once by their number of words, so each possible start word is read
/// once for all the forms of one length ([`any_form_at`] makes a word's clitic readings once per
/// call; called per form, it made them sixty times per trigger). Each group keeps the summary of
/// its forms' first words, so a start word that begins none of them is passed over unscanned.
pub(crate) fn feared_or_wished(a: &Analysis, t: &TriggerMention) -> bool {
    hypothetical_governors_by_words().iter().any(|(n, forms, first)| {
        t.w0 >= *n && any_form_in(a, t.w0 - n, forms, first) && !a.break_between(t.w0 - n, t.w0)
    })
}

/// `HYPOTHETICAL_GOVERNORS` grouped by their number of words (ascending), each group with the
/// summary of its first words.
fn hypothetical_governors_by_words() -> &'static [(usize, Vec<&'static str>, FirstWords)] {
    static T: OnceLock<Vec<(usize, Vec<&'static str>, FirstWords)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut groups: Vec<(usize, Vec<&'static str>)> = Vec::new();
        for form in HYPOTHETICAL_GOVERNORS {
            let n = form.bytes().filter(|&b| b == b' ').count() + 1;
            match groups.iter_mut().find(|g| g.0 == n) {
                Some(g) => g.1.push(form),
                None => groups.push((n, vec![form])),
            }
        }
        groups.sort_by_key(|g| g.0);
        groups
            .into_iter()
            .map(|(n, forms)| {
                let first = FirstWords::of(&forms);
                (n, forms, first)
            })
            .collect()
    })
}

/// The hypothetical cue ending at word `w1` is "حالة"/"حال" followed by a noun of state ("وضعت
/// السلطات أجهزتها في حالة استنفار تحسبا لمظاهرات"): a state, not a condition.
pub(crate) fn state_of(a: &Analysis, w1: usize) -> bool {
    matches!(a.word(w1), "حاله" | "حال") && STATE_NOUNS.contains(&a.word(w1 + 1))
}

/// "قبل" + a span of months or years ("قبل أشهر", "قبل نحو سبع سنوات", "قبل عدة أسابيع", "قبل
/// فترة") within 4 words before or 6 after the trigger (a verb's subject and object may stand
/// between: "اتهمت صحف فرنسية الحكومة القطرية قبل فترة"), in its clause: the event lies clearly
/// before the news period (SPEC §4, historical). At most two words between "قبل" and the unit,
/// none of them a trigger; weeks count only as "عدة/بضعة أسابيع"; "قبل فترة قصيرة" and "قبل
/// عام 2011" ("before the year 2011") do not count.
pub(crate) fn long_ago_near(a: &Analysis, t: &TriggerMention) -> bool {
    long_ago_phrase(a, t, false, 6)
}

/// (dates58) In the relative clause `t` opens (`relative_clause_verb`), the clause's own span of
/// months or years ago may stand further on than `long_ago_near` reads, past its subject and
/// object ("الذي سيطر مع رجاله على البلدة المجاورة قبل سنة").
pub(crate) fn long_ago_in_opened_clause(a: &Analysis, t: &TriggerMention) -> bool {
    relative_clause_verb(a, t)
        .is_some_and(|p| long_ago_phrase(a, t, true, RELATIVE_VERB_REACH.saturating_sub(t.w1 - p)))
}

/// `long_ago_near` with `after` words of reach after the trigger, and with `after_only` only a
/// phrase told after it (dates58).
pub(crate) fn long_ago_phrase(a: &Analysis, t: &TriggerMention, after_only: bool, after: usize) -> bool {
    // ("قبل" and "وقبل" have the class `VAGUE_PAST_HEAD`: speed61.)
    if !a.sentence_has_class(sentence::VAGUE_PAST_HEAD) {
        return false;
    }
    let n = a.words.len();
    // (Only a phrase that can be near: one ending at most four words before the trigger starts
    // at most seven before it. The sentence's other words are not read.)
    // (Only after the trigger when `after_only`: no phrase before it can count.)
    let first = if after_only { t.w1 + 1 } else { t.w0.saturating_sub(7) };
    (first..n.min(t.w1 + after + 1)).any(|i| {
        if !a.has_class(i, sentence::VAGUE_PAST_HEAD) || !matches!(a.word(i), "قبل" | "وقبل") {
            return false;
        }
        let Some(end) = (i + 1..(i + 4).min(n)).find(|&j| {
            let w = a.word(j);
            (AGO_UNITS.contains(&w) && !matches!(a.word(j + 1), "قصيره" | "وجيزه" | "بسيطه"))
                || (w == "عام" && !a.word(j + 1).starts_with(|c: char| c.is_numeric()))
                || (w == "اسابيع" && (i + 1..j).any(|k| matches!(a.word(k), "عده" | "بضعه")))
        }) else {
            return false;
        };
        if a.triggers.iter().any(|x| x.w0 > i && x.w1 < end) {
            return false;
        }
        // (dates60) In the clause the trigger opens, a relative pronoun between it and the phrase
        // opens another clause, nested in it or after it ("الرجل الذي اعتقل الناشط الذي هاجم
        // الشرطة قبل عامين"): the span ago is that clause's, as `in_opened_relative_clause`
        // reads a date.
        if after_only && (t.w1 + 1..i).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k))) {
            return false;
        }
        let near = (!after_only && end < t.w0 && t.w0 - end <= 4) || (i > t.w1 && i - t.w1 <= after);
        near && !a.break_between(if end < t.w0 { end } else { t.w1 }, if end < t.w0 { t.w0 } else { i })
    })
}

/// An early-year phrase starts at word `i` (status44): a head of `EARLY_YEAR_HEADS` ("مطلع",
/// "أوائل", "في وقت سابق من") right before a form of `CURRENT_YEAR_PHRASES` ("العام الجاري"), not
/// after a word of `EARLY_YEAR_NOT_AFTER` ("منذ مطلع العام": a span up to now). Returns the
/// phrase's last word.
fn early_year_phrase_at(a: &Analysis, i: usize) -> Option<usize> {
    if i > 0 && EARLY_YEAR_NOT_AFTER.contains(&a.word(i - 1)) {
        return None;
    }
    let words = |f: &str| f.split(' ').count();
    EARLY_YEAR_HEADS.iter().filter(|h| any_form_at(a, i, &[**h])).find_map(|h| {
        let k = i + words(h);
        CURRENT_YEAR_PHRASES.iter().find(|y| any_form_at(a, k, &[**y])).map(|y| k + words(y) - 1)
    })
}

/// The current year's early part or a time earlier in it is clearly before the news period of an
/// article published from March on (SPEC §4, historical; status44): "اعتقلت الشرطة الناشط في
/// وقت سابق من هذا العام" in an August report is background.
fn early_year_background(published: Option<NaiveDate>) -> bool {
    published.is_some_and(|p| p.month() >= 3)
}

/// The date expression `d` is the year of an early-year phrase (`early_year_phrase_at`) of the
/// publication year: "بداية هذا العام", or "العام الجاري" of "في وقت سابق من العام الجاري"
/// (status44).
pub(crate) fn early_year_date(a: &Analysis, d: &DateMatch, published: Option<NaiveDate>) -> bool {
    let (w, e) = (word_index_of_byte(a, d.start), word_index_of_byte(a, d.end.saturating_sub(1)));
    d.precision == dates::DatePrecision::Year
        && published.is_some_and(|p| p.year() == d.year)
        && early_year_background(published)
        && (w.saturating_sub(3)..=w).any(|i| early_year_phrase_at(a, i) == Some(e))
}

/// The trigger is the object of an anniversary: a word "ذكرى" at most five words before it, in
/// its clause, with no other trigger between ("إحياء ذكرى المذبحة", "الذكرى الثانية لانطلاق
/// الاحتجاجات"). What is commemorated happened long ago.
pub(crate) fn anniversary_of(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(5)..t.w0).any(|i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let w = w.strip_prefix("بال").or_else(|| w.strip_prefix("لل")).unwrap_or(w);
        let w = w.strip_prefix("ال").or_else(|| w.strip_prefix(['ب', 'ل'])).unwrap_or(w);
        // Between the two only its ordinal ("الثامنة", "والعشرين", "14") or a verbal noun with ل
        // ("لانطلاق"): "احتفال للذكرى على مقربة من نقطة المواجهات" is not one.
        w == "ذكري"
            && (i + 1..t.w0).all(|j| {
                let x = a.word(j);
                // (A number is an ordinal too: "الذكرى السنوية 14 لاعتقاله"; a verbal noun that
                // heads the act and a span told with "مرور" pass too: "ذكرى إعلان وقف إطلاق النار",
                // "ذكرى مرور عام على اختطافهم", dates46.)
                x.starts_with("ال")
                    || x.starts_with("وال")
                    || x.starts_with('ل')
                    || x.chars().all(|c| c.is_numeric())
                    || ANNIVERSARY_ACT_HEADS.contains(&x.strip_prefix('و').unwrap_or(x))
                    || (ANNIVERSARY_SPAN_WORDS.contains(&x) && (i + 1..t.w0).any(|k| a.word(k) == "مرور"))
            })
            && !a.break_between(i, t.w0)
            && !a.triggers.iter().any(|x| x.w0 > i && x.w1 < t.w0)
    })
}

/// «ذكرى» behind at most one glued و or ف and then one of «في», «بال», «ال», «ب» (the first that
/// the word starts with): the word `anniversary_after` looks for, the word class
/// `sentence::ANNIVERSARY_WORD`.
pub(crate) fn is_anniversary_word(w: &str) -> bool {
    let w = unconj(w);
    ["في", "بال", "ال", "ب"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w) == "ذكري"
}

/// The trigger is followed, in its clause and within ten words, by its own anniversary: "ذكرى"
/// with only its ordinal, "السنوية" or a number (`ANNIVERSARY_ORDINALS`), then a verbal noun with
/// "لـ" and a pronoun that refers back to the event ("احتجاجا على اعتقال الزعيم في الذكرى السنوية
/// 14 لاعتقاله"). No other trigger stands between the two. Another noun after "ذكرى" is what
/// the anniversary is of ("برقية تهنئة بمناسبة ذكرى اليوم الوطني لبلاده").
pub(crate) fn anniversary_after(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    // (Every word `is_anniversary_word` accepts has the class: speed61.)
    if !a.sentence_has_class(sentence::ANNIVERSARY_WORD) {
        return false;
    }
    let n = a.words.len();
    (t.w1 + 1..(t.w1 + 11).min(n)).any(|i| {
        // (The class is exactly `is_anniversary_word`: speed61's class test.)
        if !a.has_class(i, sentence::ANNIVERSARY_WORD)
            || a.break_between(t.w1, i)
            || a.triggers.iter().any(|x| x.w0 > t.w1 && x.w1 < i)
        {
            return false;
        }
        // The ordinal, "السنوية" or a number may stand between; then "لاعتقاله", "لاغتيالها".
        let Some(j) = (i + 1..(i + 5).min(n)).find(|&j| {
            let x = a.word(j);
            let x = x.strip_prefix('و').unwrap_or(x);
            !(ANNIVERSARY_ORDINALS.contains(&x) || x.strip_prefix("ال").unwrap_or(x).chars().all(|c| c.is_numeric()))
        }) else {
            return false;
        };
        let x = a.word(j);
        // The pronoun is read in the original: the key writes "ة" as "ه" ("لمذبحة" is no pronoun).
        let (ks, ke) = a.words[j];
        let orig = s[a.key.orig_byte_range(ks..ke)].trim_end_matches(ahdath_text::norm::is_ignorable);
        x.starts_with('ل')
            && !x.starts_with("لل")
            && x.chars().count() >= 5
            && ANNIVERSARY_PRONOUNS.iter().any(|p| orig.ends_with(p))
    })
}

/// "تحسبا لوقوع أي أعمال عنف", "قادرة على التصدي لأي اعتداء", "ترحب بأي اتفاق": the event noun
/// right after "أي" (`GUARDED_ANY_WORDS`) with a guard word (`ANY_GUARD_WORDS`: precaution,
/// avoidance, prevention, repelling, protection, warning, welcome, "قبل", "عند", "ضد") at most
/// three words before "أي", in its clause and with no other trigger between, is a possibility
/// guarded against or welcomed, not an act (hypothetical; status28).
pub(crate) fn guarded_any(a: &Analysis, t: &TriggerMention) -> bool {
    if t.w0 < 2 || !GUARDED_ANY_WORDS.contains(&a.word(t.w0 - 1)) {
        return false;
    }
    let any = t.w0 - 1;
    (1..=4).any(|d| {
        any >= d
            && ANY_GUARD_WORDS.contains(&a.word(any - d))
            && !a.break_between(any - d, t.w0)
            && !a.triggers.iter().any(|p| p.w0 > any - d && p.w0 < t.w0)
    })
}

/// The trigger is what a negated verb of wanting or intending names: a negator, then a verb of
/// `WANT_VERBS`, then the trigger with at most two words between, in one clause ("لا تريد عقد اجتماعات مع
/// إيران", "لا ينوي الجيش اقتحام المدينة").
pub(crate) fn unwanted(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(3)..t.w0).any(|i| {
        i >= 1
            && CLAUSE_NEGATORS.contains(&a.word(i - 1))
            && WANT_VERBS.contains(&a.word(i))
            && !a.break_between(i - 1, t.w0)
    })
}

/// The negation whose first word is `w0` is the "not" of a condition ("إذا لم", "ما لم", "لو لم",
/// "في حال عدم", "في حال فشلهم في"): a condition word (`CONDITION_NEGATION_HEADS`) right before it
/// states a condition, not an act told as not done. Before a negation other than "لم" (`verbal`
/// false) the heads that also read "that" or "what" (`VERB_CONDITION_HEADS`: "بعد أن فشلت") are
/// none. The test the status's negation cues use, directly and before an ability word.
pub(crate) fn condition_negation(a: &Analysis, w0: usize, verbal: bool) -> bool {
    w0 > 0 && {
        let h = a.word(w0 - 1);
        CONDITION_NEGATION_HEADS.contains(&h) && (verbal || !VERB_CONDITION_HEADS.contains(&h))
    }
}

/// How far (in words) a condition word of `CONDITION_CLAUSE_HEADS` reaches into its clause.
const CONDITION_CLAUSE_REACH: usize = 10;

/// "إذا لم تفرج الحكومة الجديدة عن المعتقلين", "لو أن الخبر صح لاستقال الوزير", "في حال تعرض
/// الموظفون لاعتداء" (status52): the trigger stands at most `CONDITION_CLAUSE_REACH` words after a
/// condition word (`CONDITION_CLAUSE_HEADS`; "حال" only after "في" and not before a state noun,
/// "حالة" only before "عدم"; not before a verb of a report's truth, `EPISTEMIC_CONDITION_VERBS`)
/// in its clause, with no relative pronoun between or in the three words after it (a relative clause describes
/// a thing that is: "إذا لم يوافق الكونغرس على الاتفاق الذي تم التوصل إليه"). The act is the condition or what follows
/// from it (SPEC §4: hypothetical). Not "whether" ("عما إذا", `WHETHER_HEADS`). Only the words
/// before the trigger are read.
/// The act noun of the trigger is the object of a word of its fate (status54): right after a word
/// of its continuation, extension, failure, collapse or breach (`ACT_FATE_HEADS`: "استمرار
/// القصف", "فشل المفاوضات", "خرق الهدنة"), or, for an agreement or a threat, of its
/// implementation (`ACT_IMPLEMENT_HEADS`: "تطبيق الاتفاق", "نفذ تهديده"); or two words after such
/// a verbal noun when the word between is its subject and the act takes "ل" ("انتهاك إيران
/// للاتفاق"). Such a word presupposes the act: a condition, a possibility or a fear before it
/// governs the fate, and the act stays as its other mentions tell it.
pub(crate) fn act_fate_head(a: &Analysis, t: &TriggerMention, event_type: &str) -> bool {
    let head = |h: usize| {
        let w = a.word(h);
        ACT_FATE_HEADS.contains(&w) || (matches!(event_type, "AGREE" | "THREATEN") && ACT_IMPLEMENT_HEADS.contains(&w))
    };
    if t.w0 == 0 {
        return false;
    }
    if head(t.w0 - 1) && !a.break_between(t.w0 - 1, t.w0) {
        return true;
    }
    t.w0 >= 2
        && a.word(t.w0).starts_with('ل')
        && head(t.w0 - 2)
        && !a.break_between(t.w0 - 2, t.w0)
        && !a.triggers.iter().any(|p| p.w0 == t.w0 - 1)
}

pub(crate) fn conditional_clause(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(CONDITION_CLAUSE_REACH)..t.w0).any(|h| {
        let w = a.word(h);
        CONDITION_CLAUSE_HEADS.contains(&w)
            // ("وقال لو دريان إن المحادثات انتهت": a name, status59.)
            && !a.fixed_phrase_cue(h)
            && (!matches!(w, "حال" | "حاله") || (h > 0 && matches!(a.word(h - 1), "في" | "وفي" | "ففي") && !state_of(a, h)))
            // ("وهو في حالة انهيار": "حالة" is "in case" only before "عدم".)
            && (w != "حاله" || a.word(h + 1) == "عدم")
            // ("إذا تأكدت صحة هذه المعلومات فإننا نتعامل مع هجمات": a condition on the truth of a
            // report leaves the reported act as the report tells it.)
            && !EPISTEMIC_CONDITION_VERBS.contains(&a.word(h + 1))
            && !(h > 0 && WHETHER_HEADS.contains(&a.word(h - 1)))
            && !a.break_between(h, t.w0)
            && !(h + 1..t.w0).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k)))
            // ("لو قارنا بين ما تم ضبطه": "ما" past the word after the head opens a relative; "إذا
            // ما أرادت" is still the condition.)
            && !(h + 2..t.w0).any(|k| matches!(a.word(k), "ما" | "مما"))
            // ("إذا لم يوافق البرلمان على الاتفاق الذي وقعته الحكومة": a noun its relative clause
            // describes is a thing that is.)
            && !(t.w1 + 1..=t.w1 + 3).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k)) && !a.break_between(t.w1, k))
            // ("فلو أنها قوية لما كانت حجبت المواقع": "لو … لما" says the act was done.)
            && !(h + 1..t.w0).any(|k| matches!(a.word(k), "لما" | "ولما"))
    })
}

/// A negation cue's form with a gap matches: its tail word ("عن") right before the trigger, its
/// head ("امتنع", also with a glued و or ف) one to three words before that (a subject or an adverb),
/// none of them the tail or a trigger, in one clause ("امتنعت الحكومة عن سحب القرار", "امتنعت منذ
/// فترة طويلة عن الإفراج عن"): the act was not done.
/// `gaps` are the negation cues' forms with a gap (`Coder::negation_gaps`).
pub(crate) fn gap_negated(a: &Analysis, gaps: &[(String, String)], t: &TriggerMention) -> bool {
    if t.w0 < 3 {
        return false;
    }
    let tail = a.word(t.w0 - 1);
    gaps.iter().filter(|(_, gt)| gt == tail).any(|(head, _)| {
        (t.w0.saturating_sub(5)..t.w0 - 2).any(|i| {
            let w = a.word(i);
            (w == head || w.strip_prefix(['و', 'ف']) == Some(head.as_str()))
                && (i + 1..t.w0 - 1).all(|k| a.word(k) != tail)
                && !a.triggers.iter().any(|p| p.w0 > i && p.w0 < t.w0)
                && !a.break_between(i, t.w0)
        })
    })
}

/// A release, a charge, an interrogation or an abduction told by its verbal noun right after a
/// passive auxiliary of the perfect (`DONE_PASSIVE_AUXILIARIES`: "تم الإفراج عنهم", "وتم إطلاق
/// سراح ويب", recall76; "الذي تم اتهامه بشن الهجوم", "وتم استجوابه لساعات", "الذي جرى اختطافه",
/// recall77): the impersonal passive names no doer by design (the releaser, the prosecutor, the
/// interrogator, the kidnapper), and the person acted on is mostly a pronoun or a name no
/// dictionary holds, so the act needs no party (SPEC §4: a passive with no agent has a null
/// actor), and the auxiliary tells it as done, not named as a topic, so the bare-noun filter
/// leaves it too. Only these acts on a person: after «تم» the verbal nouns of signing, receiving,
/// booking or forming are contracts, guests and committees far more often than events (recall77
/// read them). Only the done auxiliary: "سيتم / أن يتم الإفراج" is a plan, a wish or a money
/// release as often as a release of people.
pub(crate) fn done_passive_act(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let mode = rule.mode.as_deref();
    let act_on_person = match rule.event_type.as_str() {
        "RETREAT" => mode == Some("release"),
        "ACCUSE" => matches!(mode, Some("allege" | "investigate")),
        "ASSAULT" => mode == Some("abduct"),
        _ => false,
    };
    act_on_person
        && rule.pattern == Pattern::Noun
        && t.w0 >= 1
        && !a.break_between(t.w0 - 1, t.w0)
        && DONE_PASSIVE_AUXILIARIES.contains(&a.word(t.w0 - 1))
}

/// A conviction told by a passive verb (`PASSIVE_CONVICTION_VERBS`: "أُدين", "أُدينوا", a glued و
/// allowed) with its charge after it: a word within three words of the clause (past a name of at
/// most two words), that begins (after a glued ب or بال) with a stem of `CONVICTION_CHARGE_STEMS` ("بتهمة",
/// "بقتل", "في قضية", recall60). The passive leaves the court unsaid and its subject is most often
/// a person named by name, whom no actor dictionary holds, so the conviction needs no actor or
/// recipient. Without a charge the word may be a first person's "أدين" ("I condemn", "I owe",
/// "أدين بالفضل", "أدين بالإسلام"), which is no conviction.
pub(crate) fn passive_conviction(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let charge = |i: usize| {
        let w = a.word(i);
        let w = w.strip_prefix("بال").or_else(|| w.strip_prefix('ب')).unwrap_or(w);
        CONVICTION_CHARGE_STEMS.iter().any(|s| w.starts_with(s))
    };
    conviction_verb_word(a, rule, t)
        .is_some_and(|w| PASSIVE_CONVICTION_VERBS.contains(&w.strip_prefix('و').unwrap_or(w)))
        && (t.w1 + 1..(t.w1 + 4).min(a.words.len())).take_while(|&i| !a.break_between(t.w1, i)).any(charge)
}

/// A conviction told by a passive verb (`PASSIVE_CONVICTION_VERBS`, no glued و) right after a word
/// of `CONVICTED_PERSON_HEADS` in its clause: a relative pronoun ("الرجل الذي أُدين بالقتل") or an
/// indefinite noun of a person ("شاب أُدين بقتل …") the verb qualifies (status51). The clause
/// describes the person, so the conviction is background (SPEC §4 historical), not the news.
pub(crate) fn described_conviction(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    t.w0 > 0
        && conviction_verb_word(a, rule, t).is_some_and(|w| PASSIVE_CONVICTION_VERBS.contains(&w))
        && !a.break_between(t.w0 - 1, t.w0)
        && {
            let w = a.word(t.w0 - 1);
            CONVICTED_PERSON_HEADS.contains(&w)
                || w.strip_prefix('و').is_some_and(|w| CONVICTED_PERSON_HEADS.contains(&w))
        }
}

/// The one word of a conviction trigger (SANCTION, mode convict), shared by the passive-conviction
/// checks (`passive_conviction`, `described_conviction`); `None` for any other trigger.
fn conviction_verb_word<'a>(a: &'a Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> Option<&'a str> {
    (rule.event_type == "SANCTION" && rule.mode.as_deref() == Some("convict") && t.w0 == t.w1).then(|| a.word(t.w0))
}

/// A reporting verb (`REPORTING_VERBS`), bare or after "و" or "ف".
pub(crate) fn reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
}

/// A recall cue (`RECALL_CUES`: "وكان", "يذكر"), whole: the sentence recalls earlier words or acts.
pub(crate) fn recall_cue(w: &str) -> bool {
    RECALL_CUES.contains(&w)
}

/// How many first-person words (`ESSAY_FIRST_PERSON`) outside quotation marks make an article a
/// writer's own piece.
const ESSAY_MIN_FIRST_PERSON: usize = 3;

/// True when the article's text is an opinion column, a memoir or an essay (prec45): at least
/// `ESSAY_MIN_FIRST_PERSON` words of a writer speaking in the first person ("أعتقد", "إنني",
/// "كنت", "أتذكر") stand in the narration, outside «», “” and "" quotes, and the article is no
/// interview — fewer than two lines open with a question or answer mark ("*", "-", "س:"), and no
/// `INTERVIEW_NOUNS` word ("في حوار مع") stands in its first 400 characters. A news report gives
/// its speakers' first person only inside quotes; a column's "أعتقد أن الاتفاق سيطلق يد إيران"
/// or a memoir's "كنت أزور القصر" tells no reported event.
pub(crate) fn first_person_essay(text: &str, analyses: &[SentenceRow]) -> bool {
    // The first-person words must be there at all before anything else is read (one class bit a
    // word: this runs on every article).
    let in_text = |(field, _, _, _): &&SentenceRow| *field == Field::Text;
    let candidates: usize =
        analyses.iter().filter(in_text).map(|(_, _, a, _)| a.count_class(sentence::ESSAY_FIRST_PERSON_WORD)).sum();
    if candidates < ESSAY_MIN_FIRST_PERSON {
        return false;
    }
    // Question and answer lines of an interview.
    let qa_lines = text
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            let mut cs = l.chars();
            match cs.next() {
                Some('*' | '-' | '–' | 'ـ') => true,
                Some('س' | 'ج') => matches!(cs.find(|c| !c.is_whitespace()), Some(':' | '/')),
                _ => false,
            }
        })
        .count();
    if qa_lines >= 2 {
        return false;
    }
    // Quoted spans of the text (byte ranges), paired as written: «…», “…”, "…". (Not
    // `in_quotation`'s counts: over a whole article a stray or nested mark would flip every word
    // after it; tried, it changes which articles count.)
    // (Only the quote marks are read: their first bytes are found by a byte search, speed79;
    // a mark's first byte starts a char, so `b` is where `char_indices` meets it.)
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, text.as_bytes());
    for (b, c) in marks.filter_map(|b| text[b..].chars().next().map(|c| (b, c))) {
        match open {
            None => match c {
                '«' => open = Some((b, '»')),
                '“' => open = Some((b, '”')),
                '"' => open = Some((b, '"')),
                _ => {}
            },
            Some((start, close)) if c == close => {
                quoted.push((start, b));
                open = None;
            }
            Some(_) => {}
        }
    }
    let head = text.char_indices().nth(400).map_or(text.len(), |(b, _)| b);
    let mut first_person = 0;
    for (_, span, a, _) in analyses.iter().filter(in_text) {
        // (A sentence wholly past the head is read only for its first-person words.)
        if span.start >= head && !a.sentence_has_class(sentence::ESSAY_FIRST_PERSON_WORD) {
            continue;
        }
        for (i, &(ks, _)) in a.words.iter().enumerate() {
            let at = span.start + a.key.orig_byte(ks);
            if at < head && INTERVIEW_NOUNS.contains(&a.word(i)) {
                return false;
            }
            if a.has_class(i, sentence::ESSAY_FIRST_PERSON_WORD) && !quoted.iter().any(|&(s, e)| s < at && at < e) {
                first_person += 1;
            }
        }
    }
    first_person >= ESSAY_MIN_FIRST_PERSON
}

/// How many words of text with no `NEWS_ANCHOR_WORDS`, `REPORTING_VERBS` or
/// `REPORTING_PARTICIPLES` word make an article a writer's own piece (`unattributed_essay`).
const ESSAY_MIN_WORDS: usize = 250;

/// The statement types an unattributed essay yields no record of: what a column "supports",
/// "rejects", "demands" or "agrees" is its writer's view, a standing stance or history.
pub(crate) const ESSAY_STATEMENT_TYPES: [&str; 8] =
    ["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "CONSULT", "THREATEN", "COOPERATE", "AGREE"];

/// How many `NEWS_ANCHOR_WORD` words a text of `ESSAY_MIN_WORDS` words may hold and still be a
/// column when the article has a column's shape (`shaped_essay`, prec125).
const SHAPED_ESSAY_MAX_ANCHORS: usize = 2;

/// True when the article's text runs to `ESSAY_MIN_WORDS` words or more and none of them is a
/// reporting verb or participle ("قال", "أكد", "مشيرا") or a `NEWS_ANCHOR_WORDS` word of a source
/// or a news day ("ذكرت", "بحسب", "بيان", "أمس", "اليوم", "الاثنين"), bare or behind one "و" or
/// "ف" (prec53). A news report names its source or its day within its first lines; a column, an
/// essay or a feature speaks in its writer's voice: "مساندة المملكة لمصر" or "ترفض الدول الكبرى
/// …" there is a view or a standing stance, not a reported act. Read only for long texts, and it
/// stops at the first anchor word (most reports have one in their first sentence).
pub(crate) fn unattributed_essay(analyses: &[SentenceRow]) -> bool {
    let text_rows = || analyses.iter().filter(|(field, _, _, _)| *field == Field::Text);
    if text_rows().map(|(_, _, a, _)| a.words.len()).sum::<usize>() < ESSAY_MIN_WORDS {
        return false;
    }
    // (`NEWS_ANCHOR_WORD` is the class of exactly the words `news_anchor` takes: one read of a
    // sentence's class bits answers for all its words, speed79.)
    !text_rows().any(|(_, _, a, _)| a.sentence_has_class(sentence::NEWS_ANCHOR_WORD))
}

/// `unattributed_essay` loosened for an article with a column's shape (prec125; the caller checks
/// `column_shape`): a text of `ESSAY_MIN_WORDS` words or more with at most
/// `SHAPED_ESSAY_MAX_ANCHORS` anchor words. A column uses "اليوم", "بحسب" or "يقول" in its own
/// sense now and then ("نحن اليوم", "يقول ابن خلدون"); a news report has more of them.
pub(crate) fn shaped_essay(analyses: &[SentenceRow]) -> bool {
    let text_rows = || analyses.iter().filter(|(field, _, _, _)| *field == Field::Text);
    if text_rows().map(|(_, _, a, _)| a.words.len()).sum::<usize>() < ESSAY_MIN_WORDS {
        return false;
    }
    let mut anchors = 0;
    for (_, _, a, _) in text_rows() {
        anchors += a.count_class(sentence::NEWS_ANCHOR_WORD);
        if anchors > SHAPED_ESSAY_MAX_ANCHORS {
            return false;
        }
    }
    true
}

/// How many of the text's last non-blank lines are read for a writer's contact footer.
const COLUMN_FOOTER_LINES: usize = 3;

/// True when the article has an opinion column's shape (prec125): its title ends with a question
/// or exclamation mark ("هل أصبحت …؟!", "طريق الموت..!": a rhetorical title, which a news headline,
/// stating its act, does not have), or its text ends with the writer's contact footer — one of
/// its last `COLUMN_FOOTER_LINES` lines holds a `COLUMN_CONTACT_WORDS` word ("للتواصل") with a
/// `COLUMN_CONTACT_CUES` word ("sms", "الكاتب"), or its last line is a bare e-mail address.
pub(crate) fn column_shape(title: Option<&str>, text: &str) -> bool {
    let title = title
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '»' | '"' | '”' | ')' | '\'' | '…'));
    if title.ends_with(['؟', '?', '!']) {
        return true;
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).rev();
    let last: Vec<&str> = lines.by_ref().take(COLUMN_FOOTER_LINES).collect();
    let footer = |l: &&str| {
        COLUMN_CONTACT_WORDS.iter().any(|w| l.contains(w)) && COLUMN_CONTACT_CUES.iter().any(|w| l.contains(w))
    };
    last.iter().any(footer) || last.first().is_some_and(|l| bare_email(l))
}

/// How many marked question lines, each answered, make an article an interview (`interview_body`).
const INTERVIEW_MIN_QUESTIONS: usize = 3;

/// The bullets a question line of an interview opens with ("* ما رأيك …؟", "• هل …؟", "● …؟",
/// "- …؟"): the paper marks the journalist's questions so, and not a news report's sentences.
const INTERVIEW_QUESTION_MARKS: [char; 6] = ['*', '•', '●', '-', '–', 'ـ'];

/// The code point offset in the text where an interview's questions and answers begin (prec127):
/// the text has `INTERVIEW_MIN_QUESTIONS` or more lines that open with an
/// `INTERVIEW_QUESTION_MARKS` bullet and end with "؟" or "?", each followed by a line that is no
/// question (its answer); the offset is the first such line's. What follows is the guest's talk —
/// views, history, figures of speech, the journalist's questions — and its acts are told by no
/// report; the lead above it is the paper's own news.
pub(crate) fn interview_body(text: &str) -> Option<usize> {
    let question = |l: &str| l.trim_end_matches(|c: char| c.is_whitespace() || c == '.').ends_with(['؟', '?']);
    let lines = text.split('\n').scan(0, |at, l| {
        let start = *at;
        *at += l.len() + 1;
        Some((start, l.trim()))
    });
    let mut prev: Option<(usize, &str)> = None;
    let (mut asked, mut first) = (0, None);
    for (at, l) in lines.filter(|(_, l)| !l.is_empty()) {
        if let Some((q_at, q)) = prev.filter(|&(_, q)| question(q) && !question(l)) {
            if q.starts_with(INTERVIEW_QUESTION_MARKS) {
                asked += 1;
                first.get_or_insert(q_at);
            }
        }
        prev = Some((at, l));
    }
    let first = first.filter(|_| asked >= INTERVIEW_MIN_QUESTIONS)?;
    Some(text[..first].chars().count())
}

/// A line that is one e-mail address and nothing else ("name@paper.com").
fn bare_email(l: &str) -> bool {
    let ok = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    l.split_once('@').is_some_and(|(user, host)| ok(user) && ok(host) && host.contains('.'))
}

/// A verb with the future prefix (`future_verb_form`: `س` + `ي ت ن`, five letters or more or a
/// `FUTURE_SHORT_VERBS` one; not a noun in `ة` or `ات` such as "سيارة", "سيارات") stands before
/// the trigger in its clause: "ولو تعرض لثورة سيأمر الإخوان بقتل شعبه" tells no killing done,
/// whatever day the sentence names.
pub(crate) fn future_verb_before(a: &Analysis, t: &TriggerMention) -> bool {
    (0..t.w0).any(|i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        future_verb_form(w) && !w.ends_with(['ة', 'ه']) && !w.ends_with("ات") && !a.break_between(i, t.w0)
    })
}

/// How many words before the trigger a verb with the future prefix may stand and still govern it
/// (`future_verb_governs`); past `FUTURE_VERB_NEAR` the path is checked by `far_future_path`.
const FUTURE_VERB_REACH: usize = 7;
/// The reach of a future verb over any path (status78 widened it beyond this).
const FUTURE_VERB_NEAR: usize = 4;

/// The trigger is the complement of a verb told as to come ("ستطلق قريبا هجوما", "ستعمل الشركة
/// على توقيع اتفاقيات", "سيأمر الإخوان بقتل شعبه"): a verb with the future prefix (`س` + `ي ت
/// ن`, five letters or more, or a four-letter one of `FUTURE_SHORT_VERBS`) stands at most three
/// words before it (up to six through `far_future_path`, status78), in its clause, and is not a
/// noun of that shape (`FUTURE_SHAPED_NOUNS`, a name inside an entity or place, a word in `ة`,
/// `ات`, `ين` or `وا`) nor a verb of going on (`FUTURE_GOING_ON`: what will go on is going on).
/// Not through a relative pronoun or "ما", a complementizer, a cause or time head or "منذ", which
/// open words of their own tense ("سيترك منصبه في أعقاب القبض على …": the arrest happened), nor
/// past a nearer act, which is what the verb governs. Not for a perfect trigger verb, an act told
/// done by its own relative clause, the genitive of another noun (save a noun of bringing it
/// about that is the verb's own complement, `bringing_about_complement`), a topic after
/// "عن"/"حول", or an act pointed back to with a demonstrative. Returns the verb's word.
pub(crate) fn future_verb_governs(a: &Analysis, t: &TriggerMention, perfect: bool) -> Option<usize> {
    // ("من سينسى من رفض الاستعانة", "ستعيد فتح ماض أغلق منذ سنوات": a perfect verb tells what was
    // done; a verb form with a glued بـ, "بقتل", is a verbal noun and is let through.)
    if perfect && !a.word(t.w0).starts_with('ب') {
        return None;
    }
    let named = |i: usize| a.in_name(i);
    // ("سيؤثر على سير المعارك", "سيفضي إلى رفع العقوبات", "سيقال الكثير عن الاتفاق": the act is
    // the genitive of another noun, or the topic after "عن"/"حول"; what is to come is that noun
    // or the talk, not the act.)
    if t.w0 > 0 {
        let prev = a.word(t.w0 - 1);
        let glued = a.word(t.w0).starts_with(['ب', 'ل', 'ك']) || t.purpose;
        let head = !glued
            && !named(t.w0 - 1)
            && !prev.starts_with("ال")
            && !prev.starts_with("وال")
            && !prev.ends_with('ا')
            && !["ها", "هم", "هما", "نا", "كم"].iter().any(|e| prev.ends_with(e))
            && !prev.chars().any(|c| c.is_ascii_digit())
            && !GOVERNED_LINKS.contains(&prev);
        // ("سيضحك البعض من هذا المقترح": a demonstrative points back to an act already told.)
        let demonstrative = POINTING_BACK.contains(&prev);
        if prev == "عن"
            || demonstrative
            || TOPIC_PREPS.contains(&prev)
            || (head
                && !future_verb_form(prev.strip_prefix(['و', 'ف']).unwrap_or(prev))
                && !bringing_about_complement(a, t.w0 - 1))
        {
            return None;
        }
    }
    // ("سيحتل الاتفاق الذي أبرمته إيران": a relative clause with a perfect verb tells the act as
    // done.)
    if RELATIVE_PRONOUNS.contains(&a.word(t.w1 + 1)) && perfect_form(a.word(t.w1 + 2)) {
        return None;
    }
    // ("ستثأر إيران لمقتل قائد": a glued لـ before a death names the cause, not the purpose.)
    if t.purpose && a.word(t.w0).strip_prefix('ل').is_some_and(|w| DEATH_NOUNS.iter().any(|d| w.starts_with(d))) {
        return None;
    }
    (t.w0.saturating_sub(FUTURE_VERB_REACH)..t.w0).rev().find(|&i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ف']).filter(|r| future_verb_form(r)).unwrap_or(w);
        future_verb_form(w)
            && !w.ends_with(['ة', 'ه'])
            && !w.ends_with("ات")
            && !w.ends_with("ين")
            // (An imperfect never ends in "وا" with the future prefix: "وسيّروا مظاهرات" is the
            // perfect of سيّر.)
            && !w.ends_with("وا")
            && !FUTURE_SHAPED_NOUNS.contains(&w)
            // ("سيواصل الاتحاد حظر إمداد إيران": an act that will go on is going on.)
            && !FUTURE_GOING_ON.contains(&w)
            && !named(i)
            && !a.break_between(i, t.w0)
            && (i + FUTURE_VERB_NEAR >= t.w0 || far_future_path(a, t, i))
            && !(i + 1..t.w0).any(|j| {
                let x = a.word(j);
                RELATIVE_PRONOUNS.contains(&x)
                    || COMPLEMENTIZERS.contains(&x)
                    || CAUSE_MARKERS.contains(&x)
                    || ADVERBIAL_HEADS.contains(&x)
                    || FUTURE_SCOPE_BREAKS.contains(&x)
            })
            // ("سيضطر للموافقة على طلب الناديين": a nearer act is what the verb governs; the
            // request is that act's object. A coordinated act shares the verb: "وسيعقدان اجتماعا
            // ويتفقان".)
            && (a.word(t.w0).starts_with('و') || !a.triggers.iter().any(|x| x.w0 > i && x.w1 < t.w0))
    })
}

/// (status78) A future verb at word `v` more than `FUTURE_VERB_NEAR` words before trigger `t`
/// still governs it through a chain of complements ("ستدفع عمان ودمشق إلى مزيد من التنسيق",
/// "سيطبق الإجراءات المعمول بها ومنها توقيف"), but not an imperfect trigger verb, which tells its
/// own tense ("سنرسلها إلى المحكمة ونطالب"), not past a demonstrative, whose noun is what the verb
/// is about ("وستمثل تلك الإجراءات الخطوة الأخيرة في استئناف"), and not past a «من» that is not
/// right before the act: there it is "who" and opens a clause ("ستحاسب كل من له علاقة بقتل").
fn far_future_path(a: &Analysis, t: &TriggerMention, v: usize) -> bool {
    let w = a.word(t.w0);
    let verb = !t.article && !t.purpose && imperfect_shape(w.strip_prefix(['و', 'ف']).unwrap_or(w));
    !verb
        && !(v + 1..t.w0).any(|j| {
            let x = a.word(j);
            POINTING_BACK.contains(&x) || (FAR_FUTURE_WHO.contains(&x) && j + 1 < t.w0)
        })
}

/// A future cue at most `dist` words after the trigger `t` reaches it (status64): no clause break
/// and no word that opens a clause of its own (`FUTURE_AFTER_CLAUSE_OPENERS`: «وإنه», «لكنه»;
/// `CONTRAST_OPENERS`: «لكن», «بينما») stands between. "اجتماع الأسبوع المقبل" is to come; in "ما زالت تباشر تحقيقات وإنه
/// سيتم نقل الموقوفين" and "دارت فيها معارك طويلة، ومن المنتظر أن يعود السكان" the cue belongs
/// to the clause after. A trigger with a glued «و» is a conjunct of the act before it ("لقصف
/// المواقع واستهداف القرى، وستكشف الأيام …"), read with that act: any cue in reach counts.
pub(crate) fn future_after_in_clause(a: &Analysis, t: &TriggerMention, dist: usize) -> bool {
    let conjunct = t.conj == Some('و');
    a.cues.iter().any(|c| {
        c.kind == CueKind::Future
            && c.w0 > t.w1
            && c.w0 - t.w1 <= dist
            && (conjunct
                || (!a.break_between(t.w1, c.w0)
                    && !(t.w1 + 1..c.w0).any(|i| {
                        FUTURE_AFTER_CLAUSE_OPENERS.contains(&a.word(i)) || CONTRAST_OPENERS.contains(&a.word(i))
                    })))
    })
}

/// (status82) A verb told as to come for `future_verb_governs`: a word of `future_prefixed`'s
/// shape, or a four-letter one of a doubled root (`FUTURE_SHORT_VERBS`: "ستشن هجمات"), which the
/// five-letter shape misses.
fn future_verb_form(w: &str) -> bool {
    future_prefixed(w) || (w.starts_with('س') && FUTURE_SHORT_VERBS.contains(&w))
}

/// (status82) The word before an act is a verbal noun of bringing it about (`BRINGING_ABOUT_HEADS`,
/// a glued و, ف, ب or ل stripped: "ستعمل على ترتيب الزيارة"): the act in its genitive is what a
/// verb to come brings about, not the genitive of a noun of its own.
fn bringing_about_head(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() > 2).unwrap_or(w);
    BRINGING_ABOUT_HEADS.contains(&w)
}

/// (fix70a) The word `h` is a `bringing_about_head` that the verb to come brings about ("ستعمل
/// على ترتيب", "سيحاول فيها الحزب إطلاق"): not one after «عن», «من», a topic preposition or a
/// demonstrative ("ستعاقب المسؤولين عن تنظيم مظاهرات", "ستعوض المتضررين من إطلاق", "ستحقق حول
/// تنظيم"), where the act is one already told, the object of another word.
fn bringing_about_complement(a: &Analysis, h: usize) -> bool {
    let w = a.word(h);
    if !bringing_about_head(w) || h == 0 {
        return false;
    }
    let pp = a.word(h - 1);
    !(matches!(pp, "عن" | "من" | "ومن") || TOPIC_PREPS.contains(&pp) || POINTING_BACK.contains(&pp))
}

/// A word of five letters or more opening with the future prefix and a person prefix (`س` + `ي ت
/// ن`: "ستختتم", "سيأمر"), the shape of a verb told as to come (nouns such as "سيارة" pass too;
/// callers that need it rule them out).
pub(crate) fn future_prefixed(w: &str) -> bool {
    let mut c = w.chars();
    c.next() == Some('س') && c.next().is_some_and(|p| matches!(p, 'ي' | 'ت' | 'ن')) && c.count() >= 3
}

/// A definite event noun is the subject of a verb with the future prefix right after it
/// (`future_verb_form`, fix70a: "وقال إن المحادثات ستختتم اليوم", "العقوبات سترفع", "الهجمات
/// ستشن"): a nominal sentence that says the event is to come. Not after an adverbial head ("بعد هذه الصفقة سيمتلك الجيش": the deal is its time).
pub(crate) fn future_predicate(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    pattern == Pattern::Noun
        && t.article
        && future_verb_form(a.word(t.w1 + 1))
        && !a.break_between(t.w1, t.w1 + 1)
        && !(t.w0.saturating_sub(2)..t.w0).any(|i| ADVERBIAL_HEADS.contains(&a.word(i)))
}

/// (status60) A «ما» negation cue `c` before trigger `t` that is "what", not "not": right after a
/// word of `MA_WHAT_HEADS` (a preposition, «ليس», «كل», «بقدر», a demonstrative: «ليس ما تفاوضنا
/// عليه»); right before a noun trigger («وما تفجير الجسر إلا دليل», «ما الهجوم؟»: «ما» negates
/// verbs); or before a noun of `MA_WHAT_NOUNS` right before the trigger («فما جدوى قتل …»). A
/// relative «ما» before a verb trigger and its «من» of what («وما رعته من اتفاقيات») was tried
/// and left out: judged, it freed false triggers and merged a real meeting away (status61 makes no
/// record of it instead: `relative_ma_of_what`).
pub(crate) fn what_ma(a: &Analysis, c: &CueMention, t: &TriggerMention, pattern: Pattern) -> bool {
    if c.w0 > 0 && MA_WHAT_HEADS.contains(&a.word(c.w0 - 1)) {
        return true;
    }
    if t.w0 == c.w1 + 2 && MA_WHAT_NOUNS.contains(&a.word(c.w1 + 1)) {
        return true;
    }
    t.w0 == c.w1 + 1 && pattern == Pattern::Noun
}

/// (status61) The trigger is the verb of a relative «ما» whose «من» names what it did: «ما» (glued
/// «و»/«ف» too, read as the `neg.ma` cue or not) right before it, an object pronoun on it or a
/// preposition with the pronoun (`RESUMPTIVE_PREPS`) right after it that refers back to «ما», then
/// «من» and an indefinite word («وما رعته من اتفاقيات», «وما تحقق فيها من انتصار», «بعد ما أصابه من تعب»).
/// The clause describes that thing ("the agreements it sponsored", "the victory achieved"), a
/// tally or a background, and is no act the article reports; an act the «من» word names is its
/// own trigger. Not the emphatic «من» of a negation (`MA_EMPHATIC_NOUNS`: «ما قتله من أحد»), nor a
/// definite word after «من» («ما أخرجه من المدينة»: from the town). A name after «من» is definite
/// too but is not checked, so «وما أخرجوه من حلب» would lose its negated record.
pub(crate) fn relative_ma_of_what(a: &Analysis, t: &TriggerMention) -> bool {
    if t.w0 == 0 || unconj(a.word(t.w0 - 1)) != "ما" {
        return false;
    }
    let prep_in_trigger = t.w1 > t.w0 && RESUMPTIVE_PREPS.contains(&a.word(t.w1));
    let min = if RESUMPTIVE_PREPS.contains(&a.word(t.w1 + 1)) { t.w1 + 2 } else { t.w1 + 1 };
    let resumptive = t.pronoun_object || prep_in_trigger || min == t.w1 + 2;
    let noun = a.word(min + 1);
    resumptive
        && a.word(min) == "من"
        && !noun.is_empty()
        && !noun.starts_with("ال")
        && !MA_EMPHATIC_NOUNS.contains(&noun)
        && !a.break_between(t.w0 - 1, min + 1)
}

/// An event noun said not to take place: "لم" or "لن" with a verb of taking place within three
/// words after it, in its clause ("أي لقاء لن يعقد بين الوزيرين", "الاجتماع لم يتم").
pub(crate) fn negated_occurrence(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    pattern == Pattern::Noun
        && (t.w1 + 1..=t.w1 + 3).any(|i| {
            matches!(a.word(i), "لن" | "لم" | "ولن" | "ولم")
                && OCCURRENCE_VERBS.contains(&a.word(i + 1))
                && !a.break_between(t.w1, i + 1)
        })
}

/// `p` is what the call `call` calls for: `call` is a `request.call` trigger and `p` follows it
/// in the same clause, right after it or introduced by "إلى"/a glued "لـ" within 8 words ("دعت
/// المعارضة إلى إضراب عام", "دعوة للعصيان المدني").
pub(crate) fn call_object(a: &Analysis, lex: &Lexicon, call: &TriggerMention, p: &TriggerMention) -> bool {
    lex.triggers[call.rule as usize].id.starts_with("request.call")
        && p.w0 > call.w1
        && !a.break_between(call.w1, p.w0)
        && (p.w0 <= call.w1 + 2 || (p.w0 <= call.w1 + 8 && (a.word(p.w0 - 1) == "الي" || p.purpose)))
}

/// A contrast marker ("إلا أن", "لكن", "غير أن", "بيد أن") between words `from` and `to`.
pub(crate) fn contrast_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to).any(|i| {
        let w = a.word(i);
        matches!(w, "لكن" | "ولكن" | "لكنه" | "لكنها" | "ولكنه" | "ولكنها")
            || (matches!(w, "الا" | "غير" | "بيد") && matches!(a.word(i + 1), "ان" | "انه" | "انها"))
    })
}

/// `verb` (a `consult.talks.verb` or `consult.talks.confer-verb` hit: "ناقش", "بحث") has the meeting noun `noun` as its subject:
/// the noun right after it, or the noun before it with at most one word, or one entity (its
/// genitive) and one more word, between: "اجتماع وزراء الخارجية العرب سيناقش"; same clause.
pub(crate) fn agenda_verb(a: &Analysis, lex: &Lexicon, noun: &TriggerMention, verb: &TriggerMention) -> bool {
    let nr = &lex.triggers[noun.rule as usize];
    if !matches!(lex.triggers[verb.rule as usize].id.as_str(), "consult.talks.verb" | "consult.talks.confer-verb")
        || nr.event_type != "CONSULT"
        || nr.pattern != Pattern::Noun
    {
        return false;
    }
    if noun.w0 > verb.w1 {
        return noun.w0 == verb.w1 + 1 && !a.break_between(verb.w1, noun.w0);
    }
    noun.w1 < verb.w0
        && !a.break_between(noun.w1, verb.w0)
        && (verb.w0 - noun.w1 <= 2
            || a.entities.iter().any(|e| e.w0 == noun.w1 + 1 && e.w1 < verb.w0 && e.w1 + 2 >= verb.w0))
}

/// How many words after a call, demand, accusation or warning its content may start.
const CONTENT_REACH: usize = 8;

/// The trigger `t` (the `ti`-th of the sentence) is the content of an earlier call, demand,
/// accusation or warning of the same clause: "دعت الحركة أنصارها إلى إعلان رفضهم للزيارة",
/// "طالب البرلمان الحكومة بطرد السفير", "يتهم الخرطوم بتزويد المتمردين بالأسلحة", "حذر من
/// تخريب العملية". The content must be introduced (إلى, على, من, أن, or a glued بـ on a word
/// between the two, the content's own word included) and no cause, time, relative clause or new
/// report may stand between.
pub(crate) fn speech_content(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    // "طالب بالإفراج عنهم واعتقلت الشرطة …": a perfect verb opening a clause with "و" is news,
    // and so is a plural perfect describing a noun of the content ("طالبوا بالإفراج عن طلاب
    // اعتقلوا في الجامعة"), unless "أن" introduces it.
    let w = a.word(t.w0);
    if rule.pattern == Pattern::Verb && !t.article && !t.purpose {
        let bare = w.strip_prefix('و').unwrap_or(w);
        let after_an = t.w0 > 0 && matches!(a.word(t.w0 - 1), "ان" | "بان");
        if (w.starts_with('و') && !bare.starts_with(['ي', 'ت', 'ن', 'س'])) || (bare.ends_with("وا") && !after_an)
        {
            return false;
        }
    }
    a.triggers[..ti].iter().rev().take_while(|p| p.w1 < t.w0 && content_gap(a, p.w1, t.w0) <= CONTENT_REACH).any(|p| {
        let pr = &lex.triggers[p.rule as usize];
        // (A killing someone is accused of did happen: "اعتقل لاتهامه بقتل ضابط" codes the killing;
        // accused support, supply or seizure is an allegation.)
        let governs = matches!(pr.event_type.as_str(), "REQUEST" | "THREATEN")
            || (pr.id.starts_with("accuse.allege") && pr.id != "accuse.allege.trial" && rule.event_type != "ASSAULT");
        if !governs || pr.event_type == rule.event_type || a.break_between(p.w1, t.w0) {
            return false;
        }
        // ("شدد على أن …" is no demand: a demand rule that needs a word after it must have it. A
        // warning that names no consequence is no threat, but what it warns of has still not
        // happened: "حذرت صالح وآخرين من تخريب العملية".)
        if pr.event_type == "REQUEST"
            && !pr.needs.is_empty()
            && !(p.w1 + 1..(p.w1 + 1 + NEEDS_REACH).min(a.words.len())).any(|i| any_form_at(a, i, &pr.needs))
        {
            return false;
        }
        let stop = (p.w1 + 1..t.w0).any(|i| ends_content(a, i));
        // A glued بـ or "من" introduces the content on the act's own word, right after the speech
        // act, or right after its subject or addressee ("طالب البرلمان الحكومة بطرد", "حذرت
        // الحكومة من تخريب"); not inside a name ("باراك أوباما").
        let head = |i: usize| i == t.w0 || i == p.w1 + 1 || a.entities.iter().any(|e| e.w1 + 1 == i);
        let glued_b = |i: usize| {
            let w = a.word(i);
            w.starts_with('ب')
                && w.chars().count() >= 4
                && !matches!(w, "بسبب" | "بحسب" | "بشده" | "بشكل")
                && !a.entities.iter().any(|e| e.w0 <= i && i <= e.w1 && e.w0 != t.w0)
                && head(i)
        };
        // ("حذر أن الاحتجاجات قد تؤدي إلى …": what follows أن after a warning is a proposition about
        // real things; only a demand's أن introduces the act demanded.)
        let demand = pr.event_type == "REQUEST";
        let introduced = ends_with_prep(a, p)
            || (p.w1 + 1..=t.w0).any(|i| match a.word(i) {
                "الي" | "علي" | "بضروره" | "ضروره" => true,
                "من" => head(i) || i + 1 == t.w0,
                "ان" | "بان" => demand,
                _ => glued_b(i) || (i == t.w0 && t.purpose),
            });
        introduced && !stop
    })
}

/// The trigger `t` is what an earlier call or demand (REQUEST) asks for although commas stand
/// between: the call's subject, addressee or date is set off by commas ("دعا نتنياهو، المجتمع
/// الدولي، اليوم الأربعاء، لتهديد إيران", "ودعا المرشح الرئاسي، قطر إلى تبني عقد مؤتمر"). The
/// act must be introduced after the last comma, by "إلى" or by a لـ glued to its own word right
/// after that comma; no stop word (`CONTENT_STOPS`, a cause word, a relative pronoun, a reporting
/// verb) and no other trigger may stand between, and the reach is `content_gap`'s.
pub(crate) fn call_content_past_commas(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    let Some(p) = ti.checked_sub(1).map(|i| &a.triggers[i]) else {
        return false;
    };
    let pr = &lex.triggers[p.rule as usize];
    if pr.event_type != "REQUEST" || rule.event_type == "REQUEST" || p.w1 >= t.w0 {
        return false;
    }
    if content_gap(a, p.w1, t.w0) > CONTENT_REACH {
        return false;
    }
    let Some(last) = (p.w1 + 1..=t.w0).rev().find(|&i| a.breaks.get(i).copied().unwrap_or(false)) else {
        return false;
    };
    let stop = (p.w1 + 1..t.w0).any(|i| ends_content(a, i) || (a.word(i).starts_with('و') && i == last));
    let introduced = (last == t.w0 && t.purpose) || (last..t.w0).any(|i| a.word(i) == "الي");
    introduced && !stop
}

/// Word `i` ends what a speech act says: a stop word (`CONTENT_STOPS`), a cause marker, a
/// relative pronoun or another reporting verb.
fn ends_content(a: &Analysis, i: usize) -> bool {
    let w = a.word(i);
    let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    CONTENT_STOPS.contains(&w)
        || CAUSE_MARKERS.contains(&w)
        || RELATIVE_PRONOUNS.contains(&w)
        || REPORTING_VERBS.contains(&bare)
}

/// Words from `from` (exclusive) to `to` between a speech act and its content, each named entity
/// counted as one word: a long name ("رئيس الوزراء الإسرائيلي بنيامين نتنياهو") between the call
/// and what is called for does not put the content out of reach.
pub(crate) fn content_gap(a: &Analysis, from: usize, to: usize) -> usize {
    let inside = a.entities.iter().filter(|e| e.w0 > from && e.w1 < to).map(|e| e.w1 - e.w0).sum::<usize>();
    (to - from).saturating_sub(inside)
}

/// A word of `INTENT_WORDS` ("بهدف", "سعيا"), as written or behind one glued و: the word class
/// `sentence::INTENT_WORD` that `intended` reads before every trigger.
pub(crate) fn is_intent_word(w: &str) -> bool {
    INTENT_WORDS.contains(&w) || INTENT_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
}

/// A verb of `MOTION_VERBS` ("وصل", "توجه"), as written or behind one glued و or ف: the word class
/// `sentence::MOTION_VERB` that `intended` reads before a trigger of purpose.
pub(crate) fn is_motion_verb(w: &str) -> bool {
    MOTION_VERBS.contains(&w) || MOTION_VERBS.contains(&unconj(w))
}

/// The trigger `t` names what someone intends or tries to do (SPEC §4: intended → future): it
/// follows an intention word directly (or after "لـ"/"إلى", or with one verbal noun between:
/// "يهدف إلى تشجيع تبادل المعلومات"), it has a glued لـ right after a word of preparing
/// ("تمهيدا لاقتحام"), or it is a purpose clause with a
/// glued لـ after a verb of going or sending in its clause, with no event of its type before.
/// A plotting word (`PLAN_WORDS`, prec64) counts as an intention word before an indefinite act;
/// a COERCE noun of control or retaking with a glued لـ (`SEIZE_AIM_NOUNS`) is the aim of its
/// clause (status62).
pub(crate) fn intended(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    // (`is_intent_word` is the word class `INTENT_WORD`: speed61.)
    let intent_at = |i: usize| {
        a.has_class(i, sentence::INTENT_WORD) || (a.word(i) == "اجل" && i > 0 && matches!(a.word(i - 1), "من" | "ومن"))
    };
    // ("تظاهروا من أجل المطالبة بالإفراج": demanding or denouncing is done by the protest itself.)
    if matches!(rule.event_type.as_str(), "REQUEST" | "ACCUSE") {
        return false;
    }
    let prepared_for = t.purpose && t.w0 >= 1 && {
        let w = a.word(t.w0 - 1);
        PREPARE_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
    };
    // status62: control, a retaking or a driving out named with a glued لـ is what a fight or a
    // move is for ("تتقاتلان للسيطرة على الشمال", "تستمر المواجهات لاستعادة السيطرة"), not an
    // attempt ("في محاولة للسيطرة") and not a possessed noun ("تخضع لسيطرتهم", no list key).
    let seize_aim = t.purpose && rule.event_type == "COERCE" && {
        let w = unconj(a.word(t.w0));
        let noun = w.strip_prefix("لل").or_else(|| w.strip_prefix('ل')).unwrap_or(w);
        // (The review: an attempt one word further, "في محاولة منها للسيطرة", and what a place
        // or a people was exposed to, "تعرض المسجد لاقتحام", which happened.)
        let before = |words: &[&str], reach: usize| {
            (t.w0.saturating_sub(reach)..t.w0).any(|k| words.contains(&unconj(a.word(k))) && !a.break_between(k, t.w0))
        };
        SEIZE_AIM_NOUNS.contains(&noun) && !before(&SEIZE_AIM_ATTEMPTS, 2) && !before(&EXPOSED_FORMS, 4)
    };
    let after_intent = governed_by(a, t, intent_at) || prepared_for || seize_aim || plotted(a, t);
    // ("خرج الآلاف للاحتجاج": going out to protest is the protest.)
    let purpose = t.purpose
        && rule.event_type != "PROTEST"
        // (`is_motion_verb` is the word class `MOTION_VERB`: speed61.)
        && (t.w0.saturating_sub(10)..t.w0).any(|i| a.has_class(i, sentence::MOTION_VERB) && !a.break_between(i, t.w0))
        && a.triggers[..ti].iter().all(|p| lex.triggers[p.rule as usize].event_type != rule.event_type);
    after_intent || purpose
}

/// The trigger `t` follows a head word (`head`) directly, or after "لـ"/"إلى"/"على", or with one
/// verbal noun between: the head's own act governs the trigger ("يهدف إلى تشجيع تبادل
/// المعلومات", "بهدف تدشين مشروعات مشتركة"); not a word opening a conjunct or another act, and not
/// across a comma.
fn governed_by(a: &Analysis, t: &TriggerMention, head: impl Fn(usize) -> bool) -> bool {
    let to = |i: usize| matches!(a.word(i), "الي" | "ل" | "علي");
    let after_head = (t.w0 >= 1 && head(t.w0 - 1)) || (t.w0 >= 2 && to(t.w0 - 1) && head(t.w0 - 2));
    let v = t.w0.saturating_sub(1);
    let governed = |i: usize| {
        head(i)
            && !a.word(v).starts_with('و')
            && !to(v)
            && !a.triggers.iter().any(|x| x.w0 <= v && v <= x.w1)
            && !a.break_between(i, t.w0)
    };
    after_head || (t.w0 >= 2 && (governed(t.w0 - 2) || (t.w0 >= 3 && to(t.w0 - 2) && governed(t.w0 - 3))))
}

/// The trigger `t` is an act someone says they are ready for (status62): it is governed
/// (`governed_by`) by a word of readiness (`READY_WORDS`: "على استعداد لتقديم", "أكد استعداد
/// بلاده للتعاون"). Not a call or a charge, as for `intended`; it yields to a condition ("ستكون
/// مستعدة لبحث … في حالة الاتفاق" stays hypothetical).
pub(crate) fn readied(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    !matches!(rule.event_type.as_str(), "REQUEST" | "ACCUSE")
        && governed_by(a, t, |i| {
            let w = a.word(i);
            READY_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
        })
}

/// The trigger `t` is the act an agreement or a permission names (status47): it follows, within
/// six words (a name counted as one) of its clause, a word of agreeing (`AGREED_ACT_WORDS`) with
/// "على" right after it, or a word of allowing (`PERMIT_WORDS`) with a بـ on the act or the word
/// before it, and no other trigger nor a word ending the content (`ends_content`) stands between.
/// Not for what a statement says (`STATEMENT_TYPES`: "اتفقوا على إدانة الهجوم" condemns), an
/// agreement itself, or a trigger with a glued و.
pub(crate) fn agreed_or_allowed(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    // ("والإفراج عن المعتقلين" after "السماح بعودة": a conjunct of its own may tell a deed done.)
    if STATEMENT_TYPES.contains(&rule.event_type.as_str())
        || rule.event_type == "AGREE"
        || a.word(t.w0).starts_with('و')
    {
        return false;
    }
    // (The glued «بـ» a permission needs and the «على» an agreement needs are read before the
    // word lists, which most trigger windows never reach.)
    let own_glued_b = a.word(t.w0).starts_with('ب');
    let prev_glued_b = t.w0 >= 1 && a.word(t.w0 - 1).starts_with('ب');
    (t.w0.saturating_sub(8)..t.w0).any(|i| {
        let ala_next = i + 1 < t.w0 && a.word(i + 1) == "علي";
        let glued_b = own_glued_b || (t.w0 > i + 1 && prev_glued_b);
        if !ala_next && !glued_b {
            return false;
        }
        let bare = unconj(a.word(i));
        let bare = bare.strip_prefix('ب').filter(|b| b.starts_with('ا')).unwrap_or(bare);
        let agreed = ala_next && AGREED_ACT_WORDS.contains(&bare);
        let allowed = glued_b && PERMIT_WORDS.contains(&bare);
        (agreed || allowed)
            && content_gap(a, i, t.w0) <= 6
            && !a.break_between(i, t.w0)
            && !(i + 1..t.w0).any(|j| ends_content(a, j))
            && !a.triggers.iter().any(|x| x.w0 > i && x.w0 < t.w0)
    })
}

/// The trigger `t` is what a text provides for (status57): a provision verb, "ينص" with "على"
/// right after it or after one more word (`PROVISION_ALA_VERBS`: "ينص صراحة على") or "يقضي" whose
/// next word carries a glued بـ (`PROVISION_BI_VERBS`: "يقضي بانسحاب", "يقضي بإعادة اعتقال"); the
/// trigger is the word after «على» or the بـ word itself, or the word after one verbal noun there
/// that is no reversal (`PROVISION_REVERSAL_WORDS`: "رفع، إنهاء، بقاء …"); no other trigger stands
/// between the verb and the trigger, nor a clause break; a word of
/// `PRESCRIBING_TEXT_HEADS` (an agreement, a plan, a law, a bill, an article) stands at most six
/// words before the verb, in its clause, with no negator right before the verb. Decisions and
/// verdicts are not heads: "حكما يقضي بسجنه" is the sentence itself.
pub(crate) fn prescribed_act(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(4)..t.w0).any(|v| {
        let ala = provision_ala(a, t, v, 2).is_some();
        let bi = PROVISION_BI_VERBS.contains(&unconj(a.word(v)))
            && a.word(v + 1)
                .strip_prefix('ب')
                .is_some_and(|x| provision_object(t, v + 1, if t.w0 == v + 1 { "" } else { x }));
        (ala || bi)
            && provision_clear(a, t, v)
            && (v.saturating_sub(6)..v).any(|h| {
                let w = unconj(a.word(h));
                // ("باتفاق", "بالاتفاق", "للاتفاق": a glued بـ or لـ before the head.)
                let head = PRESCRIBING_TEXT_HEADS.contains(&w)
                    || w.strip_prefix(['ب', 'ل']).is_some_and(|x| PRESCRIBING_TEXT_HEADS.contains(&x))
                    || w.strip_prefix("لل")
                        .is_some_and(|x| PRESCRIBING_TEXT_HEADS.iter().any(|k| k.strip_prefix("ال") == Some(x)));
                head && !a.break_between(h, v)
            })
    })
}

/// The act `t` is a provision's object (status57): right after its «على» or glued بـ (word `p`),
/// or after one verbal noun `first` there that is no reversal (`PROVISION_REVERSAL_WORDS`: "ينص
/// على تشكيل لجنة", not "يقضي برفع الإقامة الجبرية").
fn provision_object(t: &TriggerMention, p: usize, first: &str) -> bool {
    t.w0 == p || (t.w0 == p + 1 && !PROVISION_REVERSAL_WORDS.contains(&first))
}

/// Word `v` is a `PROVISION_ALA_VERBS` verb with «على» at most `reach` words after it, before
/// the trigger, and the trigger is the provision's object (`provision_object`): the word of «على».
fn provision_ala(a: &Analysis, t: &TriggerMention, v: usize, reach: usize) -> Option<usize> {
    if !PROVISION_ALA_VERBS.contains(&unconj(a.word(v))) {
        return None;
    }
    (v + 1..(v + 1 + reach).min(t.w0))
        .find(|&p| a.word(p) == "علي")
        .filter(|&p| provision_object(t, p + 1, a.word(p + 1)))
}

/// No clause break nor other trigger stands between provision verb `v` and the trigger, and no
/// negator (`PROVISION_NEGATORS`) right before the verb.
fn provision_clear(a: &Analysis, t: &TriggerMention, v: usize) -> bool {
    let negated = v >= 1 && PROVISION_NEGATORS.contains(&a.word(v - 1));
    !negated && !a.break_between(v, t.w0) && !a.triggers.iter().any(|x| x.w0 > v && x.w1 < t.w0)
}

/// The trigger `t` is what a law provides for (prec118): a `PROVISION_ALA_VERBS` verb ("ينص",
/// "ونص") with "على" one to four words after it, the trigger right after "على" or after one verbal
/// noun there that is no reversal (`PROVISION_REVERSAL_WORDS`), no clause break nor other trigger
/// between, no negator right before the verb; and a `LAW_TEXT_HEADS` word as the verb's subject:
/// between the verb and "على" ("ونص المرسوم على"), up to six words before it in its clause ("القانون
/// الجديد ينص على"), or, when a relative pronoun stands right before the verb, up to eight words
/// before it across a comma ("البند 14 من قانون الصحافة، الذي ينص على"); not a head right after a
/// `LAW_DRAFT_WORDS` word (a bill's provisions are acts to come, status57).
pub(crate) fn law_content(a: &Analysis, t: &TriggerMention) -> bool {
    // (The trigger stands right after «على» or one word after it (`provision_object`): without
    // «على» there, no verb before it is read (speed74: six verbs looked up for every mention).)
    if !((t.w0 >= 1 && a.word(t.w0 - 1) == "علي") || (t.w0 >= 2 && a.word(t.w0 - 2) == "علي")) {
        return false;
    }
    // (Not a bill: "مشروع قانون ينص على معاقبة" is status57's act to come.)
    let head = |h: usize| {
        let w = unconj(a.word(h));
        (LAW_TEXT_HEADS.contains(&w) || w.strip_prefix(['ب', 'ل']).is_some_and(|x| LAW_TEXT_HEADS.contains(&x)))
            && !(h >= 1 && LAW_DRAFT_WORDS.contains(&unconj(a.word(h - 1))))
    };
    (t.w0.saturating_sub(6)..t.w0).any(|v| {
        let Some(p) = provision_ala(a, t, v, 4).filter(|_| provision_clear(a, t, v)) else {
            return false;
        };
        let relative = v >= 1 && RELATIVE_PRONOUNS.contains(&a.word(v - 1));
        (v + 1..p).any(head)
            || (v.saturating_sub(6)..v).any(|h| head(h) && !a.break_between(h, v))
            || (relative && (v.saturating_sub(8)..v - 1).any(head))
    })
}

/// The trigger `t` is an indefinite act right after a plotting word (`PLAN_WORDS`), or after one
/// purpose word with a glued لـ that is no trigger ("خططوا لشن هجوم"), in one clause, and no
/// hypothetical cue stands up to three words before the plotting word ("ربما يجري التخطيط لهدمه"
/// stays hypothetical). A trigger with a glued و opens a conjunct of its own.
pub(crate) fn plotted(a: &Analysis, t: &TriggerMention) -> bool {
    let plan_at = |i: usize| {
        let w = a.word(i);
        PLAN_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
            && !a.break_between(i, t.w0)
            && !a.cues.iter().any(|c| c.kind == CueKind::Hypothetical && c.w1 < i && i - c.w1 <= 3)
    };
    let w = a.word(t.w0);
    if definite_act(w) || w.starts_with('و') {
        return false;
    }
    let v = t.w0.saturating_sub(1);
    (t.w0 >= 1 && plan_at(v))
        || (t.w0 >= 2
            && a.word(v).starts_with('ل')
            && !a.triggers.iter().any(|x| x.w0 <= v && v <= x.w1)
            && plan_at(v - 1))
}

/// The trigger word `w` carries the article, after any glued و, ف, ب or لـ ("للهجوم",
/// "والاغتيال"): such an act after a plotting word (`PLAN_WORDS`) may be one that happened.
fn definite_act(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.starts_with("ال") || w.starts_with("لل") || w.starts_with("بال")
}

/// Whether the trigger's own first word is an exposure verb (`تعرض للتعذيب`, `تعرضوا للتعذيب`):
/// its subject suffers the act.
pub(crate) fn exposure_trigger(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0 && EXPOSED_FORMS.contains(&unconj(a.word(t.w0)))
}

pub(crate) fn generic_object(a: &Analysis, t: &TriggerMention) -> bool {
    // In a verb-first clause the subject stands between ("أدان الحزب كافة أشكال العنف").
    let mut i = a.entities.iter().find(|e| e.w0 == t.w1 + 1).map(|e| e.w1 + 1).unwrap_or(t.w1 + 1);
    if i < a.words.len() && DEGREE_ADJECTIVES.contains(&a.word(i)) {
        i += 1;
    }
    if i >= a.words.len() || a.break_between(t.w1, i) {
        return false;
    }
    let w = a.word(i);
    let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w);
    match w.strip_prefix('ل') {
        // ("لكل", "لأي", "لسياسة"; not a word that itself starts with ل)
        Some(r) if GENERIC_OBJECTS.contains(&r) => true,
        _ => GENERIC_OBJECTS[..5].contains(&w),
    }
}

/// An event noun right after "any" (`ANY_KIND_WORDS`: "أي", "أية", "بأي", "لأي", "وأي" …) in
/// its clause, with no negation cue up to eight words before it in its clause, no denial cue up to
/// eight words before it, and no "لن"/"لم" up to three words after it: "any agreement", "any
/// attack" name a kind of act, not one that happened. (Not a noun with the article: "أي الهجوم"
/// is "that is, the attack".) The act of the noun "any" qualifies counts too (`any_kind_head`).
pub(crate) fn any_kind(a: &Analysis, t: &TriggerMention) -> bool {
    let right_after = t.w0 > 0 && !a.word(t.w0).starts_with("ال") && ANY_KIND_WORDS.contains(&a.word(t.w0 - 1));
    let Some(any) = (if right_after { Some(t.w0 - 1) } else { any_kind_head(a, t) }) else {
        return false;
    };
    if a.break_between(any, t.w0) {
        return false;
    }
    !a.cues.iter().any(|c| match c.kind {
        // "ونفى المتحدث، في بيان، أي اتصالات": a denial reaches over commas.
        CueKind::Denial => c.w1 < t.w0 && t.w0 - c.w1 <= 8,
        // "لم تعقد بين الوفدين أي لقاءات"; "أي لقاء لن يعقد": "لن"/"لم" right after the noun
        // (at most three words) negates it too.
        CueKind::Negation => {
            (c.w1 < t.w0 && t.w0 - c.w1 <= 8 && !a.break_between(c.w1, t.w0))
                || (c.w0 > t.w1
                    && c.w0 - t.w1 <= 3
                    && matches!(a.word(c.w0), "لن" | "لم")
                    && !a.break_between(t.w1, c.w0))
        }
        _ => false,
    })
}

/// The "any" word before a trigger that stands after the noun it qualifies, its genitive or its
/// relative clause: "أي" + one indefinite noun (not an `ANY_NOT_KIND_WORDS` word: "that is",
/// a partitive or an adverbial of manner) + the trigger, a passive auxiliary (`ANY_KIND_AUX`) allowed
/// between ("لأي محاولة اعتداء", "أي اتفاق يبرم", "أي شيء يتم إتلافه"; prec91). A trigger with a
/// glued و/ف opens a clause of its own ("بأي ثمن فطلب") and is not reached, nor is the letter
/// «آي» of an acronym after another letter's name (`ANY_LETTER_NAMES`: "إف بي آي").
pub(crate) fn any_kind_head(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    if a.word(t.w0).starts_with(['و', 'ف']) {
        return None;
    }
    let noun = if t.w0 >= 3 && ANY_KIND_AUX.contains(&a.word(t.w0 - 1)) { t.w0 - 2 } else { t.w0.checked_sub(1)? };
    let w = a.word(noun);
    (noun > 0
        && ANY_KIND_WORDS.contains(&a.word(noun - 1))
        && (noun < 2 || !ANY_LETTER_NAMES.contains(&a.word(noun - 2)))
        && !w.starts_with("ال")
        && !w.chars().any(|c| c.is_ascii_digit())
        && !ANY_NOT_KIND_WORDS.contains(&w))
    .then(|| noun - 1)
}

/// The trigger stands in a question: the first end mark ('.', '!', '?') of the key after it is a
/// question mark, and an interrogative word (`QUESTION_WORDS`: "هل", "لماذا", "كيف", "متى",
/// "ألم" …) stands before it in the same stretch of the sentence (after the last end mark before
/// it). The cheap test, a question mark right after the trigger's stretch, comes first.
pub(crate) fn in_question(a: &Analysis, t: &TriggerMention) -> bool {
    let key = a.key.key.as_str();
    let (Some(&(start, _)), Some(&(_, end))) = (a.words.get(t.w0), a.words.get(t.w1)) else {
        return false;
    };
    // (Most sentences hold no question mark: a memchr search of the rest rules them out before
    // the byte walk to the first end mark, which ran the rest of the sentence for every trigger;
    // the memchr crate's, which reads 32 bytes a step, since speed59.)
    if memchr::memchr(b'?', &key.as_bytes()[end..]).is_none()
        || key.as_bytes()[end..].iter().find(|&&b| matches!(b, b'.' | b'!' | b'?')) != Some(&b'?')
    {
        return false;
    }
    let from = key.as_bytes()[..start].iter().rposition(|&b| matches!(b, b'.' | b'!' | b'?')).map_or(0, |i| i + 1);
    (0..t.w0).rev().take_while(|&i| a.words[i].0 >= from).any(|i| QUESTION_WORDS.contains(&a.word(i)))
}

/// A backing or endorsing verb (`support.back.verb`, `support.endorse.verb`) in the third-person
/// present or future ("تدعم", "يؤيدون", "سيدعم"), not after "لم" nor after a complementizer with
/// the subject's own pronoun ("أنهم يدعمون"): a standing position rather than a statement.
pub(crate) fn standing_support(a: &Analysis, s: &str, t: &TriggerMention, rule_id: &str) -> bool {
    if !matches!(rule_id, "support.back.verb" | "support.endorse.verb") {
        return false;
    }
    let w = a.word(t.w0);
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    // (Standing by, "تقف إلى جانب", is the usual wording of a declared stance: it stays.)
    let backing = ["دعم", "ويد", "ايد", "ساند"].iter().any(|r| w.contains(r));
    let third_person = w.starts_with(['ي', 'ت']) || (t.future_prefix && w.starts_with(['س']) && !w.starts_with("سن"));
    if !(backing && third_person && (t.future_prefix || imperfect_verb(a, s, t))) {
        return false;
    }
    t.w0 == 0 || {
        let p = a.word(t.w0 - 1);
        !(matches!(p, "لم" | "ولم") || (COMPLEMENTIZERS.contains(&p) && p.ends_with(['ه', 'ا', 'م'])))
    }
}

/// A stance verb (an ACCUSE, REQUEST, REJECT or THREATEN `verb` rule; not a condemnation) in the
/// third-person present ("يرفض", "تتهم", "يطالبون"; not after "لم"/"لن", `PAST_FUTURE_NEGATORS`;
/// not a perfect of the shape تفعّلت) with nothing before it in its sentence that frames it as a
/// statement: no reporting verb or participle, no complementizer, no colon, no open quotation,
/// and no opening "وأضاف"/"وتابع" for the sentence.
pub(crate) fn standing_stance(a: &Analysis, s: &str, t: &TriggerMention, rule: &ahdath_lexicon::Trigger) -> bool {
    // (A condemnation, "وتدين الحكومة الهجوم على السفارة", is usually of the day's attack: it stays.)
    if !matches!(rule.event_type.as_str(), "ACCUSE" | "REQUEST" | "REJECT" | "THREATEN")
        || matches!(rule.id.as_str(), "accuse.condemn.verb" | "accuse.denounce.verb")
        || rule.pattern != Pattern::Verb
        || !imperfect_verb(a, s, t)
    {
        return false;
    }
    let w = a.word(t.w0);
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if !w.starts_with(['ي', 'ت']) || w.ends_with('ت') {
        return false;
    }
    if t.w0 > 0 && PAST_FUTURE_NEGATORS.contains(&a.word(t.w0 - 1)) {
        return false;
    }
    let framed = continues_statement(a)
        || (0..t.w0).any(|i| {
            let v = a.word(i);
            COMPLEMENTIZERS.contains(&v)
                || reporting_verb(v)
                || REPORTING_PARTICIPLES.contains(&v.strip_prefix(['و', 'ف']).unwrap_or(v))
        })
        || s[..t.start].contains(':')
        || in_quotation(s, t.start);
    !framed
}

/// The trigger's first word is an imperfect (present-tense) verb: it starts with ي, ن or ت after
/// any و/ف, carries no future prefix, and is neither "تم", a perfect plural ("تظاهروا") nor a
/// verbal noun of the shapes تفعيل and تفعيلات ("تفجير", "تعزيزات"), one in ة or one with the
/// article.
pub(crate) fn imperfect_verb(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    // (A taa marbuta ends a noun: "تسوية", "تعبئة".)
    if t.future_prefix || t.article || t.purpose || s[t.start..t.end].ends_with('ة') {
        return false;
    }
    let w = a.word(t.w0);
    imperfect_shape(w.strip_prefix(['و', 'ف']).unwrap_or(w))
}

/// Word `w` (its conjunction stripped) has the shape of an imperfect verb: three letters or more,
/// starting with ي, ن or ت, not "تم", no perfect plural or feminine plural ending, a ن-form not
/// ending in ت or نا, a ت-form not shaped تفعيل ("تفجير").
fn imperfect_shape(w: &str) -> bool {
    let letters = w.chars().count();
    // (Perfect plurals with an object, "نهبوها", "قتلوه".)
    if letters < 3 || w.starts_with("تم") || ["وا", "ات", "وه", "وها", "وهم"].iter().any(|x| w.ends_with(x))
    {
        return false;
    }
    match w.chars().next() {
        Some('ي') => true,
        // (Roots in ن: "نسف", "نفذت", "نفذنا" are perfects or nouns.)
        Some('ن') => letters >= 4 && !w.ends_with('ت') && !w.ends_with("نا"),
        Some('ت') => !(letters >= 5 && w.chars().nth(3) == Some('ي')),
        _ => false,
    }
}

/// The byte offset `at` of the sentence lies inside a quotation ("…", «…», “…”).
///
/// The marks are counted by their UTF-8 bytes, found by one `memchr3` search for their lead
/// bytes (`"`, 0xC2 of « », 0xE2 of “ ”), which Arabic text hardly holds: a char's bytes stand in
/// a string only where the char does, so the counts are those of the chars (speed61).
pub(crate) fn in_quotation(s: &str, at: usize) -> bool {
    let before = &s.as_bytes()[..at];
    // Counts of ", «, », “ and ”.
    let mut n = [0usize; 5];
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, before) {
        match (before[i], before.get(i + 1), before.get(i + 2)) {
            (b'"', _, _) => n[0] += 1,
            (0xC2, Some(0xAB), _) => n[1] += 1,
            (0xC2, Some(0xBB), _) => n[2] += 1,
            (0xE2, Some(0x80), Some(0x9C)) => n[3] += 1,
            (0xE2, Some(0x80), Some(0x9D)) => n[4] += 1,
            _ => {}
        }
    }
    n[0] % 2 == 1 || n[1] > n[2] || n[3] > n[4]
}

/// An obligation or need word stands at most three words before the trigger, a named entity
/// counted as one word (`content_gap`: "يتعين على مجلس النواب الأردني إقرار القانون"), in its
/// clause, with no other trigger between ("يتعين على إيران السماح بدخول المفتشين", "بحاجة إلى
/// مساعدات"). Not past a relative pronoun or "قد" ("لا يحتاج المسلح الذي قتل الجنود", "كانت
/// بحاجة إلى المال وقد وعدها"), nor to a verb with a glued "و", which opens a clause of its own
/// ("إن المنطقة بحاجة لجهود كبيرة واقترح نشر قوة دولية").
pub(crate) fn obligation_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    modal_word_before(a, lex, ti, t, sentence::OBLIGATION_WORD).is_some()
}

/// The word index of a word of the word class `class` (`sentence::OBLIGATION_WORD` or
/// `DESIRE_WORD`: a list word behind at most a glued و or ف) that governs the trigger `t` as
/// `obligation_before` reads it: at most three words before (a named entity counted as one), in
/// its clause, with no other trigger, relative pronoun or "قد" between, and `t` no verb with a
/// glued "و".
pub(crate) fn modal_word_before(
    a: &Analysis,
    lex: &Lexicon,
    ti: usize,
    t: &TriggerMention,
    class: u64,
) -> Option<usize> {
    if a.word(t.w0).strip_prefix('و').is_some_and(|bare| !verbal_noun_trigger(lex, t, bare)) {
        return None;
    }
    let first = a.triggers[..ti].last().map(|p| p.w1 + 1).unwrap_or(0).max(t.w0.saturating_sub(8));
    let opens_clause = |j: usize| RELATIVE_PRONOUNS.contains(&a.word(j)) || PERFECT_PARTICLES.contains(&a.word(j));
    (first..t.w0).find(|&i| {
        a.has_class(i, class)
            && content_gap(a, i, t.w0) <= 3
            && !a.break_between(i, t.w0)
            && !(i + 1..t.w0).any(opens_clause)
    })
}

/// A desire, hope or seeking word (`DESIRE_WORDS`: "تسعى إلى", "ترغب في", "تأمل في", "أتمنى أن")
/// governs the trigger `t` as an obligation word does (`modal_word_before`): what is sought or
/// wished has not happened (SPEC §4: intended → future). `Some(true)` when the word describes
/// a party by its standing aim, right after a relative pronoun ("الجماعات التي تسعى إلى
/// استهداف المدنيين"): no event at all; `Some(false)` for a future act; `None` when none governs.
pub(crate) fn desired_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> Option<bool> {
    let i = modal_word_before(a, lex, ti, t, sentence::DESIRE_WORD)?;
    Some(i > 0 && RELATIVE_PRONOUNS.contains(&a.word(i - 1)))
}

/// A prediction word (`PREDICTION_WORDS`: "توقعت المصادر هجوما", "تتوقع الانتهاء من اتفاق", "من
/// المرجح أن تشهد") governs the trigger `t` as an obligation word does (`modal_word_before`): what
/// is expected has not happened (SPEC §4: future). `Some(true)` when the negation "غير"
/// (`neg.ghayr`) stands right before the word ("من غير المرجح أن يلتقي": unlikely, hypothetical);
/// `Some(false)` for a future act; `None` when none governs. A word of `PREDICTION_THAT_WORDS`
/// ("توقع", also "signs": "الجزائر توقع اتفاقية") counts only with a complementizer between it and
/// the act ("وتوقع الوزير أن يدعو البرلمان").
pub(crate) fn predicted_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> Option<bool> {
    let i = modal_word_before(a, lex, ti, t, sentence::PREDICTION_WORD)?;
    let w = a.word(i);
    if PREDICTION_THAT_WORDS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
        && !(i + 1..t.w0).any(|j| COMPLEMENTIZERS.contains(&a.word(j)))
    {
        return None;
    }
    Some(a.cues.iter().any(|c| c.w1 + 1 == i && lex.cues[c.cue as usize].id == "neg.ghayr"))
}

/// An imperfect verb right after "حتى" ("until", "so that"): "ستلاحقها حتى تفرج عنهم".
pub(crate) fn after_until(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    t.w0 > 0 && a.word(t.w0 - 1) == "حتي" && imperfect_verb(a, s, t)
}

/// A phone or contact trigger with a press word (an agency, a newspaper, journalists) or a family
/// word (`CALL_NOT_DIPLOMACY`) three words before it or five after it, in the same clause: an
/// interview or a call home.
pub(crate) fn press_or_family_call(a: &Analysis, t: &TriggerMention) -> bool {
    let lo = t.w0.saturating_sub(3);
    let hi = (t.w1 + 6).min(a.words.len());
    (lo..hi).any(|i| {
        (i < t.w0 || i > t.w1)
            && !a.break_between(i.min(t.w0), i.max(t.w0))
            && CALL_NOT_DIPLOMACY.contains(&a.word(i).strip_prefix('و').unwrap_or(a.word(i)))
    })
}

/// The trigger is a purpose clause (a glued لـ, "للإفراج") at most six words after a noun or verb
/// of effort, pressure, attempt or planning (`EFFORT_HEADS`: "الضغط على الحكومة للإفراج",
/// "حملة عسكرية بدأت الاثنين لتحرير الرهائن", "تسعى لإبرام اتفاق") or after a PROTEST trigger
/// ("تظاهروا للإفراج عن المعتقلين": the release is the protest's demand), in its clause, with no
/// other trigger between. A protest itself is never such an aim ("دعوا للتظاهر" is a call).
pub(crate) fn aim_of_effort(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    if lex.triggers[t.rule as usize].event_type == "PROTEST" {
        return false;
    }
    // ("الجهود لفرض عقوبات اقتصادية", "تسعى لإبرام اتفاق": a trigger inside or right after an
    // aimed-at one, "عقوبات اقتصادية", "اتفاق", is its object and that aim.)
    if !t.purpose
        && a.triggers[..ti].iter().enumerate().any(|(pi, p)| {
            // (What a protest denounces or welcomes did happen: "تظاهروا للتنديد بالغارات".)
            p.purpose
                && p.w0 < t.w0
                && p.w1 + 1 >= t.w0
                && !matches!(lex.triggers[p.rule as usize].event_type.as_str(), "ACCUSE" | "SUPPORT" | "REJECT")
                && aim_of_effort(a, lex, pi, p)
        })
    {
        return true;
    }
    // The purpose may be a verbal noun that is no trigger, with the event noun as its object
    // ("تسعى لإبرام اتفاق"): a word of four letters or more with a glued لـ, in no name.
    let start = if t.purpose {
        t.w0
    } else if t.w0 > 0 && {
        let w = a.word(t.w0 - 1);
        w.starts_with('ل')
            && w.chars().count() >= 4
            && !w.starts_with("لقا")
            && !a.entities.iter().any(|e| e.w0 < t.w0 && t.w0 - 1 <= e.w1)
            && !a.triggers.iter().any(|p| p.w0 < t.w0 && t.w0 - 1 <= p.w1)
    } {
        t.w0 - 1
    } else {
        return false;
    };
    // A trigger that starts after word `i` and ends before `t` stands between.
    let trigger_between = |i: usize| a.triggers[..ti].iter().any(|p| p.w0 > i && p.w1 < t.w0);
    let effort = |i: usize| {
        let w = a.word(i);
        let w = w.strip_prefix("لل").filter(|r| r.chars().count() >= 3).unwrap_or(w);
        in_list!(&EFFORT_HEADS, w)
    };
    let protest =
        |i: usize| a.triggers[..ti].iter().any(|p| p.w1 == i && lex.triggers[p.rule as usize].event_type == "PROTEST");
    (start.saturating_sub(6)..start)
        .any(|i| !a.break_between(i, t.w0) && !trigger_between(i) && (effort(i) || protest(i)))
}

/// The trigger stands right after "ضرورة" ("the need to"): what is called necessary is asked for.
pub(crate) fn after_necessity(a: &Analysis, t: &TriggerMention) -> bool {
    t.w0 > 0 && matches!(a.word(t.w0 - 1), "ضروره" | "بضروره" | "وضروره" | "لضروره")
}

/// The trigger `t` is asked for, warned of, required or aimed at: right after "ضرورة", the
/// content of a call, demand or warning (`speech_content`), after an obligation word, or the aim
/// of an effort (`aim_of_effort`); or it is a verbal noun joined by "و" to such an act.
fn asked_or_aimed(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    let rule = &lex.triggers[t.rule as usize];
    (rule.event_type != "REQUEST" && after_necessity(a, t))
        || speech_content(a, lex, ti, t)
        || obligation_before(a, lex, ti, t)
        || aim_of_effort(a, lex, ti, t)
        || coordinated_content(a, lex, ti, t)
        // (a charge or an allegation: "بتهمة قتل وتعذيب", "اتهامات قتل وتعذيب")
        || (rule.event_type != "ACCUSE" && t.w0 > 0 && in_list!(&CHARGE_NOUNS, a.word(t.w0 - 1)))
        || concessive_background(a, lex, t)
}

/// The trigger stands right after a concessive head ("رغم", "على الرغم من", "رغما عن"), or two
/// words after it with a verbal noun between ("رغم قيامها بالتضييق"), in its clause: what the
/// sentence concedes ("despite X's support") is background, not an event. Not a clause after
/// "رغم أن".
pub(crate) fn concessive_background(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    // ("رغم زيارة وزير الدفاع قبل يومين", "رغم استقبال مرسي لنجاد": a visit or a meeting is a
    // one-off act even when conceded.)
    if lex.triggers[t.rule as usize].event_type == "CONSULT" {
        return false;
    }
    let head_at = |i: usize| {
        let w = a.word(i);
        CONCESSIVE_HEADS.contains(&w)
            || (matches!(w, "من" | "عن") && i > 0 && matches!(a.word(i - 1), "الرغم" | "بالرغم" | "رغما" | "ورغما"))
    };
    (1..=2).any(|d| {
        t.w0 >= d
            && head_at(t.w0 - d)
            && (d == 1
                || !(COMPLEMENTIZERS.contains(&a.word(t.w0 - 1)) || head_at(t.w0 - 1) || {
                    // ("رغم أننا نرحب", "برغم أنني تقدمت": a clause, not a conceded noun.)
                    let w = a.word(t.w0 - 1);
                    w.starts_with("ان")
                        && w.chars().count() <= 5
                        && ["نا", "ني", "ك", "كم", "هما"].iter().any(|x| w.ends_with(x))
                }))
            && !a.break_between(t.w0 - d, t.w0)
    })
}

/// The trigger word `bare` (its glued "و" taken off) is a verbal noun: with the article, a noun
/// rule, or of the shapes تفعيل and إفعال/افتعال/استفعال ("تحذير", "اطلاق", "اعتقال"); not a
/// perfect verb ("واعتقلت").
fn verbal_noun_trigger(lex: &Lexicon, t: &TriggerMention, bare: &str) -> bool {
    let n = bare.chars().count();
    t.article
        || bare.starts_with("ال")
        || lex.triggers[t.rule as usize].pattern == Pattern::Noun
        || (n >= 5 && bare.starts_with('ت') && bare.chars().nth(3) == Some('ي'))
        || (n >= 4 && bare.starts_with('ا') && bare.chars().rev().nth(1) == Some('ا'))
}

/// The trigger is a verbal noun with a glued "و" ("وإطلاق سراح", "والقبض عليه", "وتحذير") at most
/// four words after an earlier trigger of its clause, with no trigger between, and that earlier
/// act was asked for, warned of, required, aimed at or named as a charge (`asked_or_aimed`):
/// the list goes on.
pub(crate) fn coordinated_content(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    let Some(bare) = w.strip_prefix('و') else {
        return false;
    };
    if !verbal_noun_trigger(lex, t, bare) {
        return false;
    }
    // (A trigger nested in the previous item, "إطلاق النار" in "وقف إطلاق النار", ends with it.)
    a.triggers[..ti].iter().enumerate().any(|(pi, p)| {
        p.w1 < t.w0
            && t.w0 - p.w1 <= 4
            && !a.break_between(p.w1, t.w0)
            && !a.triggers[..ti].iter().any(|q| q.w0 > p.w1 && q.w1 < t.w0)
            && asked_or_aimed(a, lex, pi, p)
    })
}

/// "منذ" within six words after the trigger, in its clause, followed by a year or a word of a
/// long span.
pub(crate) fn since_long_ago(a: &Analysis, t: &TriggerMention) -> bool {
    since_long_within(a, t, 6)
}

/// `since_long_ago` with "منذ" at most `after` words after the trigger.
fn since_long_within(a: &Analysis, t: &TriggerMention, after: usize) -> bool {
    (t.w1 + 1..(t.w1 + after + 1).min(a.words.len())).any(|i| {
        a.word(i) == "منذ" && !a.break_between(t.w1, i) && {
            let next = a.word(i + 1);
            SINCE_LONG.contains(&next) || (next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit()))
        }
    })
}

/// Whether a thanks record (prec59) is a courtesy: its trigger is a thanks noun (`THANKS_NOUNS`:
/// "الشكر", "شكره", "امتنانه") and it has a recipient that crosses no border — one with no
/// country, one of the thanker's own country, or, when the thanker's country is not known, one of
/// the article's main country. "رفع المواطن الشكر لخادم الحرمين على الثقة" (a Saudi page) and
/// "قدم المحافظ شكره للعاملين" are courtesies; "أعرب رئيس الحزب اللبناني عن شكره للسعودية" (two
/// states) stays, and so does a thanks whose recipient is not read ("موجها الشكر إلى سفير …"):
/// nothing says it stays at home.
pub(crate) fn courtesy_thanks(
    a: &Analysis,
    t: &TriggerMention,
    actor: Option<&Entity>,
    recipient: Option<&Entity>,
    main_country: Option<&str>,
) -> bool {
    let Some(r) = recipient else { return false };
    if !in_list!(&THANKS_NOUNS, a.word(t.w0)) {
        return false;
    }
    match (actor.and_then(|x| x.country.as_deref()), r.country.as_deref()) {
        (_, None) => true,
        (Some(ac), Some(rc)) => ac == rc,
        (None, Some(rc)) => main_country == Some(rc),
    }
}

/// A count (a number, not an ordinal, a year nor part of a date) at most `before` words before the
/// trigger or `after` words after it, in its clause (prec58).
pub(crate) fn count_near(
    a: &Analysis,
    s: &str,
    nums: &[NumberMatch],
    dts: &[DateMatch],
    t: &TriggerMention,
    before: usize,
    after: usize,
) -> bool {
    nums.iter().any(|n| {
        if n.ordinal || dts.iter().any(|d| d.start < n.end && n.start < d.end) {
            return false;
        }
        let text = s.get(n.start..n.end).unwrap_or("");
        if text.chars().count() == 4 && n.value.is_some_and(|v| (1900..=2100).contains(&v)) {
            return false;
        }
        let w = word_index_of_byte(a, n.start);
        (w < t.w0 && t.w0 - w <= before && !a.break_between(w, t.w0))
            || (w > t.w1 && w - t.w1 <= after && !a.break_between(t.w1, w))
    })
}

/// The period a count adds up over governs the trigger (prec58): the trigger is the genitive of
/// "منذ" + a word of start (`SINCE_START`: "منذ بدء المواجهات"), or a phrase of `TALLY_PERIODS`
/// ("خلال عام 2012", "هذا العام") starts at most four words before it or nine after it, in its
/// clause, with no superlative between or in the five words before the trigger ("أكبر هجوم هذا
/// العام" is news), or "منذ" + a year or a long span (`since_long_ago`) stands at most nine words
/// after it, or, with `spans` (an ASSAULT), a span of past months or years (`past_period_near`)
/// starts at most nine words after it or ends four before it. (Spans stay with the acts of force:
/// "قضت المحكمة خلال الشهرين الماضيين بحبس أربعة من الناشطين" are sentences told one by one.)
pub(crate) fn period_tally_near(a: &Analysis, t: &TriggerMention, spans: bool) -> bool {
    if t.w0 >= 2 && matches!(a.word(t.w0 - 2), "منذ" | "ومنذ") && SINCE_START.contains(&a.word(t.w0 - 1)) {
        return true;
    }
    let n = a.words.len();
    let superlative = |lo: usize, hi: usize| (lo..hi).any(|k| SINCE_SUPERLATIVES.contains(&a.word(k)));
    if superlative(t.w0.saturating_sub(5), t.w0) {
        return false;
    }
    let first = &fixed_lists_first().tally_periods;
    (t.w0.saturating_sub(4)..(t.w1 + 10).min(n)).any(|i| {
        if (i >= t.w0 && i <= t.w1) || !any_form_in(a, i, &TALLY_PERIODS, first) {
            return false;
        }
        let (lo, hi) = if i < t.w0 { (i, t.w0) } else { (t.w1, i) };
        !a.break_between(lo, hi) && !superlative(lo + 1, hi)
    }) || since_long_within(a, t, 9)
        || (spans && past_period_within(a, t, 9))
}

/// A span a count adds up over (prec92): a word of `TALLY_SPAN_INTROS` ("خلال", "طوال", "على مدى";
/// also behind a glued "و") with a noun of `TALLY_SPAN_NOUNS` right after it or after a number
/// ("خلال فترة حكمه", "خلال 3 أشهر"), starting at most four words before the trigger or twelve
/// after it, in its clause. Returns the words of the phrase, from its opening word to its noun.
pub(crate) fn span_tally_near(a: &Analysis, nums: &[NumberMatch], t: &TriggerMention) -> Option<(usize, usize)> {
    // (The span noun has the class `TALLY_SPAN_NOUN`: speed61.)
    if !a.sentence_has_class(sentence::TALLY_SPAN_NOUN) {
        return None;
    }
    let n = a.words.len();
    (t.w0.saturating_sub(4)..(t.w1 + 13).min(n)).find_map(|i| {
        if i >= t.w0 && i <= t.w1 {
            return None;
        }
        let w = a.word(i);
        if !(TALLY_SPAN_INTROS.contains(&w) || w.strip_prefix('و').is_some_and(|b| TALLY_SPAN_INTROS.contains(&b))) {
            return None;
        }
        let number_at = |k: usize| nums.iter().any(|m| !m.ordinal && word_index_of_byte(a, m.start) == k);
        let j = (i + 1..(i + 3).min(n))
            .find(|&j| TALLY_SPAN_NOUNS.contains(&a.word(j)) && (j == i + 1 || number_at(i + 1)))?;
        if i < t.w0 && j >= t.w0 {
            return None;
        }
        let (lo, hi) = if i < t.w0 { (j, t.w0) } else { (t.w1, i) };
        (!a.break_between(lo, hi)).then_some((i, j))
    })
}

/// A phrase of an era long past (`ERA_PHRASES`: "في عهد", "إبان", "خلال فترة حكم", "الحرب
/// العالمية") starting within five words after the trigger or right before it, in its clause, with
/// no other trigger between: the act was done in that era, background (SPEC §4 historical).
/// Not right after a word of `ERA_NOT_AFTER` ("لأول مرة منذ الحرب العالمية الثانية" is news told
/// against the era; "رئيس الوزراء الأسبق في عهد مبارك" dates the post, not the act), and not a
/// look-alike verb followed by a complementizer (`ERA_VERB_LOOKALIKES`: "وأبان المتحدث أن").
/// The phrases include the words "then" of a time told before ("الرئيس آنذاك", status33); a decade
/// of the last century (`ERA_DECADES`: "في الثمانينيات") counts only after the trigger (right before
/// it, it ends another phrase: "العنف في التسعينات» محذرا") and not with a word of `ERA_NOT_BEFORE`
/// right after it ("في الستينيات من عمره" is an age). The words "then" of `then_word_at` ("وقتل
/// حينها", status39) count too, after the trigger and up to six words before it, but not with a
/// verb of the future near them in the clause or across a quotation mark (`then_in_past`).
pub(crate) fn era_near(a: &Analysis, t: &TriggerMention) -> bool {
    let n = a.words.len();
    // (Before the trigger only right before it, the era's own noun: "إبان فرض العقوبات"; further
    // back the phrase belongs to another noun or clause: "إشارات إلى الحرب العالمية الثانية ودعت
    // الصحف", "الانخفاض الذي حدث إبان الإعلان عن التوصل إلى اتفاق". A word "then" is an adverb
    // of its clause: up to six words before, "وقتل حينها عشرة جنود حين هاجم مسلحون".)
    // (speed66: each of the three tests needs a word of the class `ERA_CUE` in the sentence: a
    // reading of a one-word form or the last word of a longer one.)
    if !a.sentence_has_class(sentence::ERA_CUE) {
        return false;
    }
    let fixed = fixed_lists_first();
    (t.w0.saturating_sub(6)..(t.w1 + 6).min(n)).any(|i| {
        if i >= t.w0 && i <= t.w1 {
            return false;
        }
        let decade = i > t.w1
            && word_may_end(a, i, &ERA_DECADE_TAILS)
            && any_form_in(a, i, &ERA_DECADES, &fixed.era_decades)
            && !any_form_at(a, i + 1, &ERA_NOT_BEFORE);
        let then = !decade && then_word_at(a, i);
        if !then && i + 1 < t.w0 {
            return false;
        }
        let phrase = || word_may_end(a, i, &ERA_PHRASE_TAILS) && any_form_in(a, i, &ERA_PHRASES, &fixed.era_phrases);
        if !decade && !then && !phrase() {
            return false;
        }
        let (lo, hi) = if i < t.w0 { (i, t.w0) } else { (t.w1, i) };
        if a.break_between(lo, hi) || a.triggers.iter().any(|x| x.w0 > lo && x.w1 < hi) {
            return false;
        }
        if then && !then_in_past(a, i, lo, hi) {
            return false;
        }
        if i > 0 && ERA_NOT_AFTER.contains(&a.word(i - 1)) {
            return false;
        }
        !(any_form_at(a, i, &ERA_VERB_LOOKALIKES)
            && (i + 1..(i + 4).min(n)).any(|k| COMPLEMENTIZERS.contains(&a.word(k))))
    })
}

/// A word "then" of `ERA_THEN_WORDS` ("حينها", "وقتها", "في ذلك الوقت") at word `i`, not in a
/// form of `ERA_THEN_NOT` starting there or a word before ("في حينها" is "in due time") (status39).
fn then_word_at(a: &Analysis, i: usize) -> bool {
    // (Tested at each of up to twelve words around every trigger: the first-word summary passes
    // over the words that start no form without a scan of the list.)
    word_may_end(a, i, &ERA_THEN_TAILS)
        && any_form_in(a, i, &ERA_THEN_WORDS, &fixed_lists_first().era_then_words)
        && !any_form_at(a, i, &ERA_THEN_NOT)
        && !(i > 0 && any_form_at(a, i - 1, &ERA_THEN_NOT))
}

/// Whether the word "then" at `i`, between words `lo` and `hi` with the trigger, tells a past
/// time: no cue of the future and no verb with the future prefix (`future_prefixed`, not a word of
/// `FUTURE_SHAPED_NOUNS`) from four words before `lo` to `hi` in the clause ("وسيوقع وقتها على
/// الطلب" is the time of a condition), and, when it stands further before the trigger than right
/// before it, no quotation mark between (a quote opens another clause; the key drops the marks, so
/// a gap between words longer in the original than in the key counts as one).
fn then_in_past(a: &Analysis, i: usize, lo: usize, hi: usize) -> bool {
    let from = lo.saturating_sub(4);
    let future = (from..=hi).any(|k| {
        let w = a.word(k);
        let core = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        !a.break_between(k, lo)
            && !FUTURE_SHAPED_NOUNS.contains(&w)
            && (future_prefixed(w)
                || future_prefixed(core)
                || a.cues.iter().any(|c| c.kind == CueKind::Future && c.w0 == k))
    });
    if future {
        return false;
    }
    // (The key drops quotation marks: a gap between two words longer in the original than in
    // the key held one, or more spaces.)
    let quote = i + 1 < hi
        && (i + 1..=hi).any(|k| {
            let (e, s) = (a.words[k - 1].1, a.words[k].0);
            a.key.orig_byte(s).saturating_sub(a.key.orig_byte(e)) > s - e
        });
    !quote
}

/// An act told before a court chain in its sentence: a referral as "بـ" + verbal noun + pronoun
/// (`COURT_CHAIN_REFERRALS`: "وبإحالته إلى المحكمة") and after it a verdict handed down
/// (`COURT_CHAIN_VERDICTS`: "صدر بحقه صك"). The arrest or inquiry told first is an earlier step of
/// a case since tried, background to the news of the sentence or its execution (status38).
pub(crate) fn court_chain_after(a: &Analysis, t: &TriggerMention) -> bool {
    let n = a.words.len();
    (t.w1 + 1..n)
        .find(|&i| COURT_CHAIN_REFERRALS.contains(&a.word(i)))
        .is_some_and(|r| (r + 1..n).any(|j| COURT_CHAIN_VERDICTS.contains(&a.word(j))))
}

/// An act told as the crime of a verdict (status40): a trigger with "ب" right after a word of
/// conviction (`CONVICTED_OF`: "أدين بقتل", "المدانين بالاعتداء على"); without "ب" the noun is a
/// condemnation ("بعد إدانته مقتل الرضيع"). Or the crime of a trial (status42): see
/// `crime_on_trial`; or of an execution (status43): see `crime_of_an_execution`.
pub(crate) fn crime_of_a_verdict(a: &Analysis, t: &TriggerMention, tells_execution: impl Fn() -> bool) -> bool {
    (a.word(t.w0).starts_with('ب')
        && CONVICTED_OF.iter().any(|f| {
            let len = f.split(' ').count();
            t.w0 >= len && any_form_at(a, t.w0 - len, &[f])
        }))
        || crime_on_trial(a, t)
        || crime_of_an_execution(a, t, tells_execution)
}

/// An act told as the crime a punishment by death is for (status43): in an article that tells
/// such a punishment (`ArticleCtx::tells_execution`), an `EXECUTED_FOR` word ("لإقدامه على",
/// "لقيامه ب", "لقتله", "جانٍ", "أقدم فلان على") stands before the trigger or at it, in its
/// sentence ("نفذت الوزارة حكم القتل قصاصا في رجل لإقدامه على قتل جاره وذلك بطعنه").
pub(crate) fn crime_of_an_execution(a: &Analysis, t: &TriggerMention, tells_execution: impl Fn() -> bool) -> bool {
    let first = &fixed_lists_first().executed_for;
    (0..=t.w0).any(|i| word_may_end(a, i, &EXECUTED_FOR_TAILS) && any_form_in(a, i, &EXECUTED_FOR, first))
        && tells_execution()
}

/// Whether a sentence of the article holds an `EXECUTION_WORDS` word: it tells a punishment by
/// death carried out or handed down ("نفذت الوزارة حكم القتل قصاصا", status43).
/// Whether the article is sport news (prec96): at least `SPORT_ARTICLE_MIN` of its sentences (the
/// headline counts as one), and at least one in `SPORT_ARTICLE_SHARE`, hold a word of
/// `SPORT_ARTICLE_WORDS` (a match, a pitch, a coach, the clubs, transfers, a striker). Its
/// agreements are a club's transfers, signings and board decisions, no PLOVER event, though the
/// sentence that tells them often holds no sport word of `veto.sport-affairs` ("وأشارت الصحيفة إلى
/// أن الصفقة قد تتم الأسبوع المقبل"). A long political report or portrait that mentions a match
/// twice (a minister who flew to a final) is no sport news.
pub(crate) fn sport_article(analyses: &[SentenceRow]) -> bool {
    let first = &fixed_lists_first().sport_article_words;
    let class = sentence::SPORT_FORM_FIRST;
    // Stop as soon as the verdict is certain: enough sport sentences found, or too few sentences
    // left to find them (most articles are asked, and most are no sport news).
    let needed = sport_sentences_needed(analyses.len());
    let mut sport = 0;
    for (k, (_, _, a, _)) in analyses.iter().enumerate() {
        if sport + (analyses.len() - k) < needed {
            return false;
        }
        // (A form starts only on a word of the class: a sentence without one is skipped after one
        // read of its class bits, speed80.)
        if a.sentence_has_class(class)
            && (0..a.words.len()).any(|i| a.has_class(i, class) && any_form_in(a, i, &SPORT_ARTICLE_WORDS, first))
        {
            sport += 1;
            if sport >= needed {
                return true;
            }
        }
    }
    false
}

/// How many of an article's `sentences` must hold a sport word for it to be sport news: at least
/// `SPORT_ARTICLE_MIN`, and one in `SPORT_ARTICLE_SHARE`.
pub(crate) fn sport_sentences_needed(sentences: usize) -> usize {
    SPORT_ARTICLE_MIN.max(sentences.div_ceil(SPORT_ARTICLE_SHARE))
}

/// Whether a record of sport news (`sport_article`) is a sport affair by its parties and mode
/// (prec98): no party is an armed, security, judicial or legislative actor (`force_sector`), no
/// toll is told, the mode is no arrest or sentence, and it is no SANCTION, REQUEST or REJECT (a
/// federation's or its disciplinary committee's penalty, proposal or refusal is a body's decision
/// the golds code). In sport news a state party is no sign of a political event: a prince who
/// chairs a club, a nationality ("البرازيلي") or a city for its club ("باريس") reads as a
/// government, and the sports authority is one; an army, police, court, prosecutor or armed group
/// is the state's or a fighter's act told there (a stadium blown up, fans dispersed, a federation
/// chief arrested). Asked before `ArticleCtx::tells_sport`, so most records never read the article.
pub(crate) fn sport_affair_record(
    event_type: &str,
    mode: Option<&str>,
    actor: Option<&Entity>,
    recipient: Option<&Entity>,
    fatalities: Option<u32>,
    injuries: Option<u32>,
) -> bool {
    let force = |e: Option<&Entity>| e.is_some_and(|e| e.sector.as_deref().is_some_and(force_sector));
    !matches!(event_type, "SANCTION" | "REQUEST" | "REJECT")
        && !matches!(mode, Some("arrest" | "convict"))
        && fatalities.is_none()
        && injuries.is_none()
        && !force(actor)
        && !force(recipient)
}

/// An armed, security, judicial or legislative sector: army, police, intelligence, court or
/// prosecutor, rebel or militia, paramilitary, unidentified armed force, parliament (prec98).
/// Sport words seldom read as them, while a government, a party ("حماس" of a team's zeal) or an
/// opposition ("المعارضة" of fans) often is a misreading in sport news.
fn force_sector(sector: &str) -> bool {
    matches!(sector, "MIL" | "COP" | "SPY" | "JUD" | "REB" | "PRM" | "UAF" | "LEG")
}

/// The tails of the first words of the lists `era_near` (`ERA_PHRASES`, `ERA_DECADES`,
/// `then_word_at`'s `ERA_THEN_WORDS`), `crime_of_an_execution` (`EXECUTED_FOR`) and `casualties`
/// (`ZERO_TOLL_NEGATORS`) test at every word of a span, made by the compiler like speed56's tails
/// of `SPORT_ARTICLE_WORDS` (speed57, since replaced by a word class); the short first words
/// («في», «لم», «لا») are kept whole.
pub(crate) static ERA_PHRASE_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&ERA_PHRASES);

pub(crate) static ERA_DECADE_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&ERA_DECADES);

pub(crate) static ERA_THEN_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&ERA_THEN_WORDS);

pub(crate) static EXECUTED_FOR_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&EXECUTED_FOR);

pub(crate) static ZERO_TOLL_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&ZERO_TOLL_NEGATORS);

/// Whether word `i` of `a` may start a form of the list `tails` was made of: false when no tail of
/// the word is one of its first words (or there is no word `i`), so `any_form_in` would say no.
#[inline(always)]
pub(crate) fn word_may_end(a: &Analysis, i: usize, tails: &sentence::LetterTailFilter) -> bool {
    a.words.get(i).is_some_and(|&(s, e)| a.key.key.as_bytes().get(s..e).is_some_and(|w| tails.may_end(w)))
}

/// How many sentences of an article must hold a sport word for it to be sport news (prec96):
/// one is not enough ("الملعب" of a political rally, "الأندية" of literary clubs).
pub(crate) const SPORT_ARTICLE_MIN: usize = 2;

/// And at least one sentence in this many must (prec96): two mentions of a match in a political
/// report of thirty sentences do not make it sport news.
pub(crate) const SPORT_ARTICLE_SHARE: usize = 10;

pub(crate) fn tells_execution(analyses: &[SentenceRow]) -> bool {
    let first = &fixed_lists_first().execution_words;
    let class = sentence::EXECUTION_FORM_FIRST;
    analyses.iter().any(|(_, _, a, _)| {
        a.sentence_has_class(class)
            && (0..a.words.len()).any(|i| a.has_class(i, class) && any_form_in(a, i, &EXECUTION_WORDS, first))
    })
}

/// An act told as the crime charged in a sentence that tells a trial or a punishment by death
/// (status42): the trigger takes "ب" right after a `CHARGED_WITH` participle or follows it with
/// "في" between ("محاكمة المتهمين بتفجير المسجد"), and a `TRIAL_WORDS` word not just after a
/// `TRIAL_WITHOUT` word stands in the sentence.
fn crime_on_trial(a: &Analysis, t: &TriggerMention) -> bool {
    let at = |i: usize, forms: &[&str]| any_form_at(a, i, forms);
    let charged = t.w0 >= 1
        && ((a.word(t.w0).starts_with('ب') && at(t.w0 - 1, &CHARGED_WITH))
            || (t.w0 >= 2 && a.word(t.w0 - 1) == "في" && at(t.w0 - 2, &CHARGED_WITH)));
    charged
        && (0..a.words.len())
            .any(|i| at(i, &TRIAL_WORDS) && !(i.saturating_sub(3)..i).any(|j| TRIAL_WITHOUT.contains(&a.word(j))))
}

/// "منذ" + a span of months or years or a year ("منذ أشهر", "منذ عدة سنوات", "منذ عام 2013")
/// within six words after the trigger or four before it, in its clause, with no other trigger and
/// no superlative or ordinal between or in the five words before the trigger ("أكبر احتجاجات منذ
/// سنوات" is news): the act lies that long back, or is a stance or state held since then (issue 2).
pub(crate) fn since_span_near(a: &Analysis, t: &TriggerMention) -> bool {
    let n = a.words.len();
    let span_after = |i: usize| {
        (i + 1..(i + 4).min(n))
            .find(|&j| {
                let w = a.word(j);
                (AGO_UNITS.contains(&w) && w != "فتره")
                    || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                    || (matches!(w, "عام" | "العام" | "سنه") && j == i + 1)
            })
            // (Only a count word between: "منذ عدة سنوات", "منذ نحو عامين", "منذ عام 2013".)
            .is_some_and(|j| {
                (i + 1..j)
                    .all(|k| matches!(a.word(k), "عده" | "بضعه" | "نحو" | "حوالي" | "قرابه" | "عام" | "العام" | "سنه"))
            })
    };
    let superlative = (t.w0.saturating_sub(5)..t.w0).any(|i| SINCE_SUPERLATIVES.contains(&a.word(i)));
    let found = (t.w0.saturating_sub(5)..(t.w1 + 7).min(n)).any(|i| {
        if !matches!(a.word(i), "منذ" | "ومنذ") || (i >= t.w0 && i <= t.w1) || !span_after(i) {
            return false;
        }
        // ("حيث يتمركزون منذ سنوات وقتل …": a span right after a present-tense verb is how long
        // that verb's state has held.)
        if i < t.w0 && i > 0 && a.word(i - 1).starts_with('ي') {
            return false;
        }
        let (lo, hi) = if i < t.w0 { (i, t.w0) } else { (t.w1, i) };
        let near = if i < t.w0 { t.w0 - i <= 4 } else { i - t.w1 <= 6 };
        near && !a.break_between(lo, hi)
            && !a.triggers.iter().any(|x| x.w0 > lo && x.w1 < hi)
            && !(lo + 1..hi).any(|k| SINCE_SUPERLATIVES.contains(&a.word(k)))
    });
    found && !superlative
}

/// Whether a sentence names a year before the publication's (places50): a date of year or month
/// precision ("خلال عام 2009", "مطلع 2016", "أواخر العام الماضي"), or a bare four-digit year
/// that ends its phrase or takes a relative clause ("1987- النقابات …", "أحداث 2009 التي …").
/// (Not a day: "في ذكرى انطلاق الإضراب يوم 3 مارس 2016" names a day the dating already
/// weighed, and the act told with it may be today's.)
pub(crate) fn names_earlier_year(a: &Analysis, s: &str, published: NaiveDate) -> bool {
    let (nums, dts) = a.numbers_and_dates(Some(published));
    let before = |y: i64| (1900..i64::from(published.year())).contains(&y);
    if dts.iter().any(|d| d.precision != dates::DatePrecision::Day && before(i64::from(d.year))) {
        return true;
    }
    nums.iter().any(|n| {
        let bare_year = !n.ordinal
            && s.get(n.start..n.end).is_some_and(|t| t.chars().count() == 4)
            && n.value.is_some_and(|v| i64::try_from(v).is_ok_and(before));
        bare_year
            && !dts.iter().any(|d| d.start < n.end && n.start < d.end)
            && (n.noun.is_none()
                || RELATIVE_PRONOUNS.contains(&a.word(word_index_of_byte(a, n.end.saturating_sub(1)) + 1)))
    })
}

/// The trigger is introduced by a word of happening or of any amount (the word before it, or
/// its own first word when it has more), and a negator stands at most seven words before it in
/// its clause.
pub(crate) fn none_happened(a: &Analysis, t: &TriggerMention) -> bool {
    let introduced = (t.w0 > 0 && HAPPENING_WORDS.contains(&a.word(t.w0 - 1)))
        || (t.w1 > t.w0 && HAPPENING_WORDS.contains(&a.word(t.w0)));
    introduced
        && (1..=7).any(|d| t.w0 >= d && CLAUSE_NEGATORS.contains(&a.word(t.w0 - d)) && !a.break_between(t.w0 - d, t.w0))
}

/// A frequency adverb with "ما" (`HABITUAL_ADVERBS`: "غالبا ما", "عادة ما", "كثيرا ما") two to
/// six words before the trigger in its clause: the act is described as habitual (six since
/// prec99: "كثيرا ما يشن مقاتلو الحركة هجمات" puts a verb and its subject between).
pub(crate) fn habitual(a: &Analysis, t: &TriggerMention) -> bool {
    (2..=6).any(|d| {
        t.w0 >= d && {
            let w = a.word(t.w0 - d);
            HABITUAL_ADVERBS.contains(&w.strip_prefix('و').unwrap_or(w))
                && a.word(t.w0 - d + 1) == "ما"
                && !a.break_between(t.w0 - d, t.w0)
        }
    })
}

/// A standing adverb (`STANDING_ADVERBS`: "لطالما", "طالما", also with a glued و or ف) one to five
/// words before the trigger in its clause, with no complementizer right after it ("طالما أن" is
/// "as long as"): "ولطالما اتهمت دمشق أنقرة", "ولطالما عارض الرئيس العقوبات" tell a standing
/// position or a long habit, not a new act (prec99).
pub(crate) fn long_standing(a: &Analysis, t: &TriggerMention) -> bool {
    (1..=5).any(|d| {
        t.w0 >= d && {
            let k = t.w0 - d;
            STANDING_ADVERBS.contains(&unconj(a.word(k)))
                && !COMPLEMENTIZERS.contains(&a.word(k + 1))
                && !a.break_between(k, t.w0)
        }
    })
}

/// How many words after an approval trigger its «على» is looked for (`administrative_approval`):
/// past the approver's name and title ("صدرت موافقة معالي وزير الزراعة على تخصيص").
const ADMIN_APPROVAL_REACH: usize = 10;

/// Whether approval trigger `t` has a domestic administrative act as its object (prec104): an
/// `ADMIN_APPROVAL_OBJECTS` word right after the trigger ("الموافقة على إنشاء", "إقرار نظام") or
/// right after the first «على» within `ADMIN_APPROVAL_REACH` words after it, in its clause, with
/// no other trigger before that «على» ("وافق مجلس الوزراء على تفويض", "بموافقة المجلس على
/// تقرير"). Only the approval's own object counts: a later «على» is not looked at.
pub(crate) fn administrative_approval(a: &Analysis, t: &TriggerMention) -> bool {
    let n = a.words.len();
    let object = |i: usize| i < n && ADMIN_APPROVAL_OBJECTS.contains(&a.word(i));
    if object(t.w1 + 1) && !a.break_between(t.w1, t.w1 + 1) {
        return true;
    }
    let Some(on) = (t.w1 + 1..(t.w1 + 1 + ADMIN_APPROVAL_REACH).min(n)).find(|&i| a.word(i) == "علي") else {
        return false;
    };
    object(on + 1) && !a.break_between(t.w1, on + 1) && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < on)
}

/// How many words after a trigger a span of past years may start (`long_span_tally`).
const LONG_SPAN_AFTER: usize = 6;

/// A span of past years near the trigger, in its clause (prec106): a `LONG_SPAN_INTROS` word, a
/// `LONG_SPAN_NOUNS` noun right after it and a `LONG_SPAN_PAST` adjective within three words
/// after the noun ("في السنوات الماضية", "خلال السنوات الثلاث الماضية", "على مدى السنوات والعقود
/// الماضية"). The span starts at most `LONG_SPAN_AFTER` words after the trigger with no other
/// trigger and no relative pronoun between ("المظاهرات التي خرجت خلال الأعوام السابقة" are other
/// protests), or ends at most three words before it with no word of a new clause in و between or
/// opening the trigger ("استمرت طيلة العقود الماضية ونص اتفاق", "… في السنوات الماضية واعتقلت
/// الشرطة أمس" start another act). The act is a tally or a standing state over years.
pub(crate) fn long_span_tally(a: &Analysis, t: &TriggerMention) -> bool {
    // (The span noun has the class `LONG_SPAN_NOUN`.)
    if !a.sentence_has_class(sentence::LONG_SPAN_NOUN) {
        return false;
    }
    let n = a.words.len();
    // The word that closes a span opened at `i`, if `i` opens one.
    let span_end = |i: usize| -> Option<usize> {
        span_phrase_end(a, i, span_intro, &LONG_SPAN_NOUNS, |w| LONG_SPAN_PAST.contains(&w))
    };
    let other_trigger = |lo: usize, hi: usize| a.triggers.iter().any(|x| x.w0 > lo && x.w0 < hi && x.w0 != t.w0);
    let after = (t.w1 + 1..(t.w1 + 1 + LONG_SPAN_AFTER).min(n)).any(|i| {
        span_end(i).is_some()
            && !a.break_between(t.w1, i)
            && !(t.w1 + 1..i).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k)))
            && !other_trigger(t.w1, i)
    });
    after
        || (t.w0.saturating_sub(7)..t.w0).any(|i| {
            span_end(i).is_some_and(|j| {
                j < t.w0
                    && t.w0 - j <= 3
                    && !a.break_between(j, t.w0)
                    && !(j + 1..=t.w0).any(|k| a.word(k).starts_with('و'))
                    && !other_trigger(j, t.w0)
            })
        })
}

/// The trigger is counted as cases (prec106): a `CASE_PLURALS` word ("حالات", also behind a glued
/// و or ب) right before it, or a `CASE_SINGULARS` word right before it with a count right before
/// that ("448 حالة إعدام", "أربعة آلاف حالة إعدام"), with no break between: a statistic of acts,
/// no one event.
pub(crate) fn counted_cases(a: &Analysis, nums: &[NumberMatch], t: &TriggerMention) -> bool {
    if t.w0 == 0 || a.break_between(t.w0 - 1, t.w0) {
        return false;
    }
    let w = a.word(t.w0 - 1);
    let bare = w.strip_prefix(['و', 'ب']).unwrap_or(w);
    if CASE_PLURALS.contains(&w) || CASE_PLURALS.contains(&bare) {
        return true;
    }
    t.w0 >= 2
        && CASE_SINGULARS.contains(&w)
        && !a.break_between(t.w0 - 2, t.w0 - 1)
        && nums.iter().any(|m| !m.ordinal && word_index_of_byte(a, m.end.saturating_sub(1)) == t.w0 - 2)
}

/// How many words after a call its safety advice may lie (`safety_advice`): past the caller's
/// title and name and the people called ("ودعا المتحدث الرسمي لمديرية … العقيد …، المواطنين
/// والمقيمين بالمنطقة إلى أخذ الحيطة").
const SAFETY_ADVICE_REACH: usize = 24;

/// Whether call `t` is a public-safety advice (prec107): within `SAFETY_ADVICE_REACH` words after
/// it in its sentence, with no other trigger between, a `SAFETY_CAUTION_WORDS` word ("الحيطة";
/// "توخي" only before a `SAFETY_CAUTION_OBJECTS` word, "توخي الحذر") or a `SAFETY_MEASURE_NOUNS`
/// noun followed by a `SAFETY_WORDS` word, or by "الأمن" and one ("إرشادات السلامة", "معايير
/// الأمن والسلامة"), not right after a `SAFETY_PROVIDE` word ("بتوفير وسائل السلامة" is a
/// demand on whoever must provide them). The call tells people to take care and asks nothing of
/// a party.
pub(crate) fn safety_advice(a: &Analysis, t: &TriggerMention) -> bool {
    // (Every word that can make the advice has the class `SAFETY_HEAD`.)
    if !a.sentence_has_class(sentence::SAFETY_HEAD) {
        return false;
    }
    let n = a.words.len();
    let end = (t.w1 + 1 + SAFETY_ADVICE_REACH).min(n);
    let stop = a.triggers.iter().filter(|x| x.w0 > t.w1 && x.w0 < end).map(|x| x.w0).min().unwrap_or(end);
    (t.w1 + 1..stop).any(|i| {
        let w = a.word(i);
        if SAFETY_CAUTION_WORDS.contains(&w) {
            return !w.ends_with("توخي") || SAFETY_CAUTION_OBJECTS.contains(&a.word(i + 1));
        }
        // ("بتوفير كافة وسائل السلامة": the providing word may stand before a word of "all".)
        let provided = |k: usize| i >= k && SAFETY_PROVIDE.contains(&a.word(i - k));
        let all_before = i >= 1 && matches!(a.word(i - 1), "كافه" | "جميع" | "كل");
        if !SAFETY_MEASURE_NOUNS.contains(&w) || provided(1) || (all_before && provided(2)) {
            return false;
        }
        SAFETY_WORDS.contains(&a.word(i + 1)) || (a.word(i + 1) == "الامن" && SAFETY_WORDS.contains(&a.word(i + 2)))
    })
}

/// Whether key `w` is a `NATURAL_FORCES` or `ILLNESSES` word, as written or without its clitics
/// ([`in_list`]: "وباء", "والسيول", "بالحريق").
pub(crate) fn natural_force_word(w: &str) -> bool {
    in_list!(&NATURAL_FORCES, w) || in_list!(&ILLNESSES, w)
}

/// Whether natural-force key `w` carries a glued و ("وحريق", "والفيضانات"; not "وباء", a word of
/// its own): a noun joined to the one before it, not a new subject or object (fix57c).
pub(crate) fn natural_force_joined(w: &str) -> bool {
    w.starts_with('و') && !NATURAL_FORCES.contains(&w) && !ILLNESSES.contains(&w)
}

/// Whether a natural force or an illness is the subject or the object of act `t` (prec108): the
/// word right after it ("اجتاح حريق", "جرفت الأمواج", "السيطرة على الحريق"; not one joined by a
/// glued و, "انفجار وحريق", fix57c), or one before it in its clause — right before it ("الرياح
/// جرفت", "مكافحة الحريق والسيطرة عليه"), or two or three words before it when the trigger takes an
/// object pronoun or a relative pronoun stands between ("الأمراض المزمنة التي اجتاحت", "حريق منزل
/// تم السيطرة عليه"). Save as a relative clause's antecedent, a force before the trigger is not its subject or object after a
/// `NATURAL_FORCE_GOVERNORS` word ("بعد الزلزال اعتقلت", "بعد الزلزال بساعات اعتقلتهم"), nor when
/// the trigger opens a new clause: a glued ف ("شب حريق بمنزله فاعتقلته الشرطة"), or a glued و with
/// no object pronoun on it or on a preposition right after it ("الحريق واعتقلت الشرطة", "بإخماد
/// الحريق واعتقال ثلاثة"; fix57c). Not when the sentence tells a fire set on purpose
/// (`arson_marked`), nor for a cyber attack, whose "virus" is a party's tool. At most four word
/// looks around a trigger of force.
pub(crate) fn natural_force_act(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    if rule.id.starts_with("coerce.cyber") {
        return false;
    }
    let n = a.words.len();
    let after = t.w1 + 1 < n && !a.break_between(t.w1, t.w1 + 1) && {
        let w = a.word(t.w1 + 1);
        natural_force_word(w) && !natural_force_joined(w)
    };
    let before = || {
        let object_pronoun = t.pronoun_object || (t.w1 + 1 < n && RESUMPTIVE_PREPS.contains(&a.word(t.w1 + 1)));
        let new_clause = match t.conj {
            Some('ف') => true,
            Some(_) => !object_pronoun,
            None => false,
        };
        for d in 1..=3 {
            if t.w0 < d || a.break_between(t.w0 - d, t.w0) {
                return false;
            }
            let i = t.w0 - d;
            if !natural_force_word(a.word(i)) {
                continue;
            }
            // (The antecedent of a relative clause is its subject whatever governs it: "عانى من
            // الأمراض التي اجتاحت جسده".)
            if (i + 1..t.w0).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k))) {
                return true;
            }
            let g = if i > 0 { a.word(i - 1) } else { "" };
            let governed = NATURAL_FORCE_GOVERNORS.contains(&g) || NATURAL_FORCE_GOVERNORS.contains(&unconj(g));
            return !new_clause && !governed && (d == 1 || t.pronoun_object);
        }
        false
    };
    (after || before()) && !arson_marked(a)
}

/// Whether key `w` names an animal as an object or agent noun (prec109): an `ANIMALS` word as
/// written or with the article ("الحوت"), with a glued ل or لل only when `lam` (after a noun
/// trigger: "لسمكه", "للحيوانات"; review58: after a verb "لقطه" is a clip, not a cat), or the
/// head of an `ANIMAL_PAIRS` name whose second word is `next` ("وحيد القرن"). Not with a glued
/// ب (an instrument: "اعتداء بالكلاب على المعتقلين") nor و (a noun joined to the one before).
pub(crate) fn animal_word(w: &str, next: &str, lam: bool) -> bool {
    let glued = || if lam { w.strip_prefix("لل").or_else(|| w.strip_prefix('ل')) } else { None };
    let bare = w.strip_prefix("ال").or_else(glued);
    let listed = |x: &str| ANIMALS.contains(&x);
    listed(w)
        || bare.is_some_and(listed)
        || ANIMAL_PAIRS.iter().any(|p| {
            p.split_once(' ')
                .is_some_and(|(h, tail)| next == tail && (w == h || (lam && w.strip_prefix('ل') == Some(h))))
        })
}

/// Whether an animal is the object of act `t` (prec109): the word right after the trigger in its
/// clause, or the word after an `ANIMAL_DETERMINERS` word there ("احتجاز الحوت", "قتل هذه
/// الحيوانات", "أعدمت قطعان البقر"), is an [`animal_word`]; after a noun trigger with ل it is the
/// attacker ("هجوم لسمكة قرش"), no party either; `noun` tells a noun trigger, the only one read
/// with a glued ل. Two or three word looks after a trigger of force, arrest or sentence.
pub(crate) fn animal_object(a: &Analysis, noun: bool, t: &TriggerMention) -> bool {
    let n = a.words.len();
    let within = |i: usize| i < n && !a.break_between(t.w1, i);
    let mut i = t.w1 + 1;
    if within(i) && ANIMAL_DETERMINERS.contains(&a.word(i)) {
        i += 1;
    }
    within(i) && animal_word(a.word(i), if within(i + 1) { a.word(i + 1) } else { "" }, noun)
}

/// A word of repetition in the trigger's clause, within six words after it or three before it,
/// with no other trigger and no relative pronoun between (prec103): a `REPEAT_ADVERBS` word
/// ("مرارا", "وتكرارا"), a noun of times next to a `REPEAT_QUANTIFIERS` word ("عدة مرات", "مرات
/// عديدة", "أكثر من مرة") or a `REPEAT_MANNER_ADJECTIVES` word after a `REPEAT_MANNER_NOUNS` one
/// ("بشكل متكرر"). The act is told as done again and again: a tally or a standing position. A
/// counted number of times ("ثلاث مرات") is no repetition word: shots or raids counted in one day
/// stay events. Nor with a recent span or day (`REPEAT_RECENT_SPANS`) within ten words after the
/// trigger in its clause: "هاجمت مرارا … خلال الأسبوع الماضي" is a campaign of the news period.
pub(crate) fn repeated_act(a: &Analysis, t: &TriggerMention) -> bool {
    // (Every word `repeat_at` accepts has the class: speed61.)
    if !a.sentence_has_class(sentence::REPEAT_WORD) {
        return false;
    }
    let n = a.words.len();
    let repeat_at = |i: usize| {
        if !a.has_class(i, sentence::REPEAT_WORD) {
            return false;
        }
        let w = unconj(a.word(i));
        if REPEAT_ADVERBS.contains(&w) {
            return true;
        }
        if REPEAT_TIMES_NOUNS.contains(&w) {
            let before = |d: usize| if i >= d { a.word(i - d) } else { "" };
            return REPEAT_QUANTIFIERS.contains(&before(1))
                || (before(1) == "من" && REPEAT_QUANTIFIERS.contains(&unconj(before(2))))
                || (i + 1 < n && REPEAT_QUANTIFIERS.contains(&a.word(i + 1)));
        }
        REPEAT_MANNER_ADJECTIVES.contains(&w) && i > 0 && REPEAT_MANNER_NOUNS.contains(&unconj(a.word(i - 1)))
    };
    let clear = |lo: usize, hi: usize| {
        !a.break_between(lo, hi)
            && !(lo + 1..hi).any(|k| RELATIVE_PRONOUNS.contains(&a.word(k)))
            && !a.triggers.iter().any(|x| x.w0 > lo && x.w0 < hi && x.w0 != t.w0)
    };
    let repeated = (t.w1 + 1..(t.w1 + 7).min(n)).any(|i| repeat_at(i) && clear(t.w1, i))
        || (1..=3).any(|d| t.w0 >= d && repeat_at(t.w0 - d) && clear(t.w0 - d, t.w0));
    repeated
        && !(t.w1 + 1..(t.w1 + 11).min(n))
            .any(|i| !a.break_between(t.w1, i) && REPEAT_RECENT_SPANS.contains(&unconj(a.word(i))))
}

/// A trigger that is the act of a generic subject, "whoever" (prec113): right after "كل من" or
/// "لكل من" (`WHOEVER_EVERY` + `WHOEVER_WHO`; not a definite noun: "كل من الاتفاق والمحادثات" is "both"),
/// after an imperfect verb in ي of such a subject with at most one `WHOEVER_VERB_PREPOSITIONS` word
/// between ("كل من يتعمد قتل", "كل من يخرج في مظاهرة"), or an imperfect verb in ي right after the
/// relative `WHOEVER_WHO` ("من يزور المدينة", "على من يرشق سيارة"). All in one clause. Such a
/// subject is no party: the sentence is a law's text or a general statement.
pub(crate) fn generic_whoever(a: &Analysis, t: &TriggerMention) -> bool {
    let w0 = t.w0;
    let trig = unconj(a.word(w0));
    let every_min = |k: usize| {
        k >= 2
            && WHOEVER_WHO.contains(&a.word(k - 1))
            && WHOEVER_EVERY.contains(&unconj(a.word(k - 2)))
            && !a.break_between(k - 2, w0)
    };
    if every_min(w0) && !trig.starts_with("ال") {
        return true;
    }
    let imperfect = |k: usize| unconj(a.word(k)).starts_with('ي');
    if (1..=2).any(|d| {
        w0 > d && {
            let k = w0 - d;
            imperfect(k) && every_min(k) && (d == 1 || WHOEVER_VERB_PREPOSITIONS.contains(&a.word(k + 1)))
        }
    }) {
        return true;
    }
    w0 >= 1 && trig.starts_with('ي') && WHOEVER_WHO.contains(&unconj(a.word(w0 - 1))) && !a.break_between(w0 - 1, w0)
}

/// The REQUEST trigger `t` is an invitation (a word of `INVITE_WORDS` in it) to a social occasion
/// (prec118): within ten words after it, with no other trigger between, a `SOCIAL_OCCASION_WORDS`
/// word with a glued لـ or right after "إلى" ("يدعونا لحفل زواجك", "دعا إلى الحفل"), or an
/// occasion or ceremony word (`CEREMONY_WORDS`) one or two words after a word of attending
/// (`ATTEND_WORDS`: "دعوة رسمية لحضور حفل افتتاح", "لحضور هذه الفعالية"). An occasion named with
/// "في" or "خلال" is where a real call was made ("دعا خلال الحفل إلى وقف القتال") and is not read.
pub(crate) fn social_invitation(a: &Analysis, t: &TriggerMention) -> bool {
    if !(t.w0..=t.w1).any(|i| INVITE_WORDS.contains(&unconj(a.word(i)))) {
        return false;
    }
    let occasion = |w: &str| SOCIAL_OCCASION_WORDS.contains(&w);
    let glued_l = |w: &str| {
        w.strip_prefix("لل").is_some_and(|x| SOCIAL_OCCASION_WORDS.iter().any(|k| k.strip_prefix("ال") == Some(x)))
            || w.strip_prefix('ل').is_some_and(occasion)
    };
    let attended = |i: usize| {
        let w = a.word(i);
        (occasion(w) || CEREMONY_WORDS.contains(&w))
            && (1..=2).any(|d| i > t.w1 + d && ATTEND_WORDS.contains(&unconj(a.word(i - d))))
    };
    let n = a.words.len();
    (t.w1 + 1..(t.w1 + 11).min(n)).any(|i| {
        let w = a.word(i);
        let hit = glued_l(w) || (occasion(w) && a.word(i - 1) == "الي") || attended(i);
        hit && !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < i)
    })
}

/// A word of repetition behind at most one glued و or ف (`REPEAT_ADVERBS`, `REPEAT_TIMES_NOUNS`,
/// `REPEAT_MANNER_ADJECTIVES`): the words `repeated_act` starts from, the word class
/// `sentence::REPEAT_WORD`.
pub(crate) fn is_repeat_word(w: &str) -> bool {
    let w = unconj(w);
    REPEAT_ADVERBS.contains(&w) || REPEAT_TIMES_NOUNS.contains(&w) || REPEAT_MANNER_ADJECTIVES.contains(&w)
}

/// An imperfect verb trigger told as a past habit, a stance once held or what recurs (prec54): a
/// form of كان (`HABIT_AUXILIARIES`, also with a glued و or ف) one to three words before it in its
/// clause with no complementizer, "قد" (a perfect follows: "وكانت مصر قد تحفظت") nor other trigger
/// between ("كانت تركيا ترفض", "كنا نطالب"; not "كان من المقرر أن يزور"), or a word of frequency
/// (`FREQUENCY_ADVERBS`, or an `FREQUENCY_EVERY` word before a `FREQUENCY_PERIODS` noun: "كل
/// عام") within six words after it or two before it in its clause ("يجتمعون سنويا", "تستقبل
/// يوميا"). A trigger in ت takes a form of كان that agrees with it (`HABIT_AUXILIARIES_T`) and
/// does not end in ت: "كان رينار ترك منصبه" and "كانت إيران توصلت" are perfects. A `stance` (a
/// statement, a meeting, a deal: `HABIT_STANCE_TYPES`) needs only the form of كان; an act of
/// force or a protest also a relative pronoun before it ("العمليات التي كانت تستهدف المساجد"): the
/// bare "كانوا يتظاهرون في القصيم الجمعة", "بينما كانت الطائرات تقصف" tell an act under way.
/// Nor after a word of simultaneity right before the form of كان (`HABIT_SIMULTANEITY`, prec55):
/// "فيما كان يناقش البرلمان الحزمة" is an act under way at a moment of the news.
pub(crate) fn habit_told(a: &Analysis, t: &TriggerMention, stance: bool) -> bool {
    let w = unconj(a.word(t.w0));
    let t_form = w.starts_with('ت');
    if t_form && w.ends_with('ت') {
        return false;
    }
    let past = (1..=3).any(|d| {
        t.w0 >= d && {
            let k = t.w0 - d;
            let aux = unconj(a.word(k));
            (if t_form { HABIT_AUXILIARIES_T.contains(&aux) } else { HABIT_AUXILIARIES.contains(&aux) })
                && (stance || (k > 0 && RELATIVE_PRONOUNS.contains(&a.word(k - 1))))
                && !(k > 0 && {
                    let p = a.word(k - 1);
                    HABIT_SIMULTANEITY.contains(&p) || HABIT_SIMULTANEITY.contains(&unconj(p))
                })
                && !a.break_between(k, t.w0)
                && !(k + 1..t.w0)
                    .any(|i| COMPLEMENTIZERS.contains(&a.word(i)) || PERFECT_PARTICLES.contains(&a.word(i)))
                && !a.triggers.iter().any(|x| x.w0 > k && x.w0 < t.w0)
        }
    });
    let frequency = |i: usize| {
        FREQUENCY_ADVERBS.contains(&a.word(i))
            || (FREQUENCY_EVERY.contains(&a.word(i)) && FREQUENCY_PERIODS.contains(&a.word(i + 1)))
            || manner_frequency(a, i)
    };
    past || (t.w1 + 1..=t.w1 + 6).any(|i| frequency(i) && !a.break_between(t.w1, i))
        || (1..=2).any(|d| t.w0 >= d && frequency(t.w0 - d) && !a.break_between(t.w0 - d, t.w0))
}

/// A noun trigger told as recurring (prec61): an imperfect verb (`imperfect_word`) that is no
/// trigger stands one to four words before it in its clause, and a `HABIT_NOUN_FREQUENCY` word
/// (also with a glued و), or a `FREQUENCY_EVERY` word before a `FREQUENCY_PERIODS` noun, stands
/// between that verb and the trigger or within three words after the trigger, in its clause:
/// "يجري الوزير اسبوعيا مباحثات مع نظرائه", "يجري الوزير مباحثات كل شهر"; "تجري القوات باستمرار
/// مناورات" is not read ("باستمرار" is left out), "وبحث الوزيران يوميا" has no imperfect. prec54
/// reads the same words after an imperfect verb trigger itself; here the act is the verb's object.
///
/// Any other type (`stance` false, prec117) only when the verb tells a described practice: a
/// `HABIT_PRACTICE_VERBS` verb ("يتم بشكل دوري إغلاق") or one right after a relative pronoun
/// ("المحتل الذي يقوم يوميا بهدم المنازل"); "يشن الجيش يوميا غارات" stays.
pub(crate) fn habit_object(a: &Analysis, t: &TriggerMention, stance: bool) -> bool {
    let frequency = |i: usize| {
        HABIT_NOUN_FREQUENCY.contains(&unconj(a.word(i)))
            || (FREQUENCY_EVERY.contains(&unconj(a.word(i))) && FREQUENCY_PERIODS.contains(&a.word(i + 1)))
            || manner_frequency(a, i)
    };
    let n = a.words.len();
    // (The words of frequency are rare: they are looked for before the verb's shape is read.)
    let after = (t.w1 + 1..(t.w1 + 4).min(n)).any(|i| !a.break_between(t.w1, i) && frequency(i));
    (1..=4).any(|d| {
        t.w0 >= d && {
            let k = t.w0 - d;
            !a.break_between(k, t.w0)
                && (after || (k + 1..t.w0).any(frequency))
                && imperfect_word(a.word(k))
                && !a.triggers.iter().any(|x| x.w0 <= k && k <= x.w1)
                && (stance
                    || HABIT_PRACTICE_VERBS.contains(&unconj(a.word(k)))
                    || (k > 0 && RELATIVE_PRONOUNS.contains(&a.word(k - 1))))
        }
    })
}

/// Word `i` opens a manner phrase of regularity (`FREQUENCY_MANNER_HEADS` + `FREQUENCY_MANNER_WORDS`:
/// "بشكل دوري", "بصورة منتظمة"), read as a word of frequency (prec117).
fn manner_frequency(a: &Analysis, i: usize) -> bool {
    i + 1 < a.words.len()
        && FREQUENCY_MANNER_HEADS.contains(&unconj(a.word(i)))
        && FREQUENCY_MANNER_WORDS.contains(&a.word(i + 1))
}

/// Word key `w` looks like an imperfect verb (`imperfect_verb`'s reading of a word that is no
/// trigger): after any و/ف it has `imperfect_shape`, no article, no final ه (a noun in ة or an
/// object pronoun), and is no ت-form ending in ت ("تعرضت" is a perfect); a word of frequency
/// ("يوميا") is none.
fn imperfect_word(w: &str) -> bool {
    let w = unconj(w);
    !(w.starts_with("ال")
        || w.ends_with('ه')
        || (w.starts_with('ت') && w.ends_with('ت'))
        || HABIT_NOUN_FREQUENCY.contains(&w))
        && imperfect_shape(w)
}

/// An accident, a disaster or an animal named as the cause in the sentence (an `ACCIDENT_KINDS`
/// noun after an `ACCIDENT_HEADS` or `ACCIDENT_CAUSE_WORDS` word, "في حادث سير", "إثر اصطدام",
/// "بسبب السيول"; an `ACCIDENT_OBJECT_KINDS` word, "انقلاب", "انقلبت", after a head or before a
/// vehicle or building; a head before a road, "حادث على طريق"; an `ACCIDENT_MANNERS` adverb or
/// bite, "غرقا", "لعضة كلب"), with no `DELIBERATE_MARKERS` word ("حريق متعمد", "حادث إطلاق نار")
/// anywhere in it.
pub(crate) fn accident_caused(a: &Analysis) -> bool {
    // (A sentence none of whose words can be where the accident is found, the word class
    // `ACCIDENT_CUE`, is passed over: speed75, most assault sentences have none.)
    if !a.sentence_has_class(sentence::ACCIDENT_CUE) {
        return false;
    }
    // Each word's clitic-free forms are made once and each is looked up once in
    // `accident_word` (the lists were scanned form by form, 80 comparisons a word); the word
    // before's stripped form is the one made for it the step before.
    /// The word's key: its clitic-free form `k`, or the form after a glued ل ("لحادث").
    fn key_of<'a>(w: &'a str, k: &'a str) -> &'a str {
        match w.strip_prefix('ل') {
            Some(r) if k == w && r.chars().nth(2).is_some() => strip_clitic(r),
            _ => k,
        }
    }
    let key = |i: usize| {
        let w = a.word(i);
        key_of(w, strip_clitic(w))
    };
    let n = a.words.len();
    let mut prev_bits = 0u8;
    let mut found = false;
    let tails = &accident_table().2;
    for i in 0..n {
        let w = a.word(i);
        // (Every reading below, `w`, `s` and `k`, is a tail of `w`: a word whose tail bit is
        // clear is in no list in any of them, and is passed over unstripped: speed32.)
        if !tails.may_end(w) {
            prev_bits = 0;
            continue;
        }
        let s = strip_clitic(w);
        let k = key_of(w, s);
        let kb = accident_word(k);
        let sb = if s == k { kb } else { accident_word(s) };
        let after_head = prev_bits & ACC_HEAD != 0;
        if (kb | sb) & ACC_MANNER != 0
            || (kb & ACC_HEAD != 0 && (i + 1..n.min(i + 4)).any(|j| accident_word(key(j)) & ACC_ROAD != 0))
            || ((kb | accident_word(w)) & ACC_KIND != 0 && (after_head || prev_bits & ACC_CAUSE != 0))
            || (kb & ACC_OBJECT_KIND != 0 && (after_head || object_follows(i, &key)))
        {
            found = true;
            break;
        }
        prev_bits = sb;
    }
    found && !(0..n).any(|i| accident_word(key(i)) & ACC_DELIBERATE != 0)
}

/// A word at which `accident_caused` can find its accident (the word class
/// `sentence::ACCIDENT_CUE`): its key (clitic-free, or after a glued ل) a manner, head, kind or
/// object-kind word, its clitic-free form a manner word, or the word as written a kind word.
pub(crate) fn is_accident_cue(w: &str) -> bool {
    let s = strip_clitic(w);
    let k = match w.strip_prefix('ل') {
        Some(r) if s == w && r.chars().nth(2).is_some() => strip_clitic(r),
        _ => s,
    };
    accident_word(k) & (ACC_MANNER | ACC_HEAD | ACC_KIND | ACC_OBJECT_KIND) != 0
        || accident_word(s) & ACC_MANNER != 0
        || accident_word(w) & ACC_KIND != 0
}

/// True when a word of the sentence, clitic-free (or after a glued ل), is an `ARSON_MARKERS`
/// word: the fire told is set on purpose, so the accident vetoes of `ARSON_VETO_CUES` do not
/// apply (recall58).
pub(crate) fn arson_marked(a: &Analysis) -> bool {
    (0..a.words.len()).any(|i| {
        let w = a.word(i);
        let s = strip_clitic(w);
        let k = match w.strip_prefix('ل') {
            Some(r) if s == w && r.chars().nth(2).is_some() => strip_clitic(r),
            _ => s,
        };
        ARSON_MARKERS.contains(&k)
    })
}

// The bits of `accident_word`, one per accident list.
const ACC_MANNER: u8 = 1;

const ACC_HEAD: u8 = 2;

const ACC_ROAD: u8 = 4;

const ACC_KIND: u8 = 8;

const ACC_CAUSE: u8 = 16;

const ACC_OBJECT_KIND: u8 = 32;

const ACC_DELIBERATE: u8 = 64;

/// The accident lists `w` is in, as `ACC_*` bits: one hash probe for what `accident_caused`
/// asks of a word instead of a scan of seven lists.
///
/// `accident_caused` asks this two or three times of every word of an assault's sentence (about
/// 590 k probes on 5,000 articles), and nearly every word is in none of the lists: a bit of a
/// [`sentence::WordFilter`] of the listed words (the kind once in front of `word_class`'s table)
/// turns such a word away before the word is hashed and compared (speed29).
pub(crate) fn accident_word(w: &str) -> u8 {
    let (t, filter, _) = accident_table();
    if !filter.may_hold(w) {
        return 0;
    }
    t.get(w).copied().unwrap_or_default()
}

/// The table behind `accident_word` (each listed word's `ACC_*` bits), the filter in front of
/// it, and the tail filter of its words that `accident_caused` tests each written word with.
pub(crate) type AccidentTable =
    (HashMap<&'static str, u8, ahdath_text::FxBuildHasher>, sentence::WordFilter, sentence::TailFilter);

pub(crate) fn accident_table() -> &'static AccidentTable {
    static T: OnceLock<AccidentTable> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<&str, u8, ahdath_text::FxBuildHasher> = HashMap::default();
        for (list, bit) in accident_lists() {
            for &w in list {
                *t.entry(w).or_default() |= bit;
            }
        }
        let filter = sentence::WordFilter::of(t.keys().copied());
        let tails = sentence::TailFilter::of(t.keys().copied());
        (t, filter, tails)
    })
}

/// The seven lists `accident_word` reads, each with its bit.
pub(crate) fn accident_lists() -> [(&'static [&'static str], u8); 7] {
    [
        (&ACCIDENT_MANNERS, ACC_MANNER),
        (&ACCIDENT_HEADS, ACC_HEAD),
        (&ACCIDENT_ROADS, ACC_ROAD),
        (&ACCIDENT_KINDS, ACC_KIND),
        (&ACCIDENT_CAUSE_WORDS, ACC_CAUSE),
        (&ACCIDENT_OBJECT_KINDS, ACC_OBJECT_KIND),
        (&DELIBERATE_MARKERS, ACC_DELIBERATE),
    ]
}

/// The list-scanning `accident_caused` that the table version replaced (its tests' reference).
#[cfg(test)]
pub(crate) fn accident_caused_by_scans(a: &Analysis) -> bool {
    let key = |i: usize| {
        let w = a.word(i);
        let k = strip_clitic(w);
        match w.strip_prefix('ل') {
            Some(r) if k == w && r.chars().count() >= 3 => strip_clitic(r),
            _ => k,
        }
    };
    let n = a.words.len();
    let found = (0..n).any(|i| {
        let k = key(i);
        let prev = if i > 0 { strip_clitic(a.word(i - 1)) } else { "" };
        let after_head = ACCIDENT_HEADS.contains(&prev);
        ACCIDENT_MANNERS.contains(&k)
            || ACCIDENT_MANNERS.contains(&strip_clitic(a.word(i)))
            || (ACCIDENT_HEADS.contains(&k) && (i + 1..n.min(i + 4)).any(|j| ACCIDENT_ROADS.contains(&key(j))))
            || ((ACCIDENT_KINDS.contains(&k) || ACCIDENT_KINDS.contains(&a.word(i)))
                && (after_head || ACCIDENT_CAUSE_WORDS.contains(&prev)))
            || (ACCIDENT_OBJECT_KINDS.contains(&k) && (after_head || object_follows(i, &key)))
    });
    found && !(0..n).any(|i| DELIBERATE_MARKERS.contains(&key(i)))
}

/// The word after `i` is an `ACCIDENT_OBJECTS` noun, or "في" and then one (prec102: "سقوطه في
/// بئر"). `key` gives a word's clitic-free key and "" past the sentence's end.
fn object_follows<'k>(i: usize, key: &impl Fn(usize) -> &'k str) -> bool {
    let next = key(i + 1);
    accident_object(next) || (next == "في" && accident_object(key(i + 2)))
}

/// A vehicle or building noun of `ACCIDENT_OBJECTS`, bare or with a pronoun after its ة
/// ("مركبة", "مركبتهم", "سيارته").
fn accident_object(k: &str) -> bool {
    ACCIDENT_OBJECTS.iter().any(|o| {
        k == *o
            || o.strip_suffix('ه')
                .is_some_and(|stem| k.strip_prefix(stem).is_some_and(|r| r.starts_with('ت') && r.chars().count() <= 3))
    })
}

/// prec63: the trigger is a verbal noun (`verbal_noun_trigger`) with no glued و, ف, ب or ل
/// (only the article) right after a head of `BODY_HEADS` without the article (bare or with one
/// glued و, ب, ل or ف), in the same clause: "مكتب التحقيقات", "لمجلس التعاون مع", "محكمة
/// الصلح". The head is in construct and the event word names the body ("the investigations
/// office"), not an act. Not "وزارة ترفض" (a verb: a clause of its own) nor "كمائن محكمة
/// لتعزيزات" (a glued لـ: no genitive).
pub(crate) fn named_body(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    if t.w0 == 0 || t.purpose || a.break_between(t.w0 - 1, t.w0) {
        return false;
    }
    let head = a.word(t.w0 - 1);
    let bare_head = |h: &str| BODY_HEADS.contains(&h);
    if !(bare_head(head) || head.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(bare_head)) {
        return false;
    }
    let w = a.word(t.w0);
    (w.starts_with("ال") || !w.starts_with(['و', 'ف', 'ب', 'ل'])) && verbal_noun_trigger(lex, t, w)
}

/// prec77: a trigger with a glued لل of purpose right after a person's name (an entity with a
/// `Person` actor) that itself stands right after a head of `NAMED_FOR_HEADS` (bare or with one
/// glued و, ب, ل or ف), in one clause: "مركز الملك سلمان للإغاثة" names a body after the king,
/// and its purpose noun is part of that name, not an act. Not in a sentence with a word of
/// delivery (`NAME_DELIVERY_WORDS`): there the name stands for a delivery told in words that are
/// no trigger.
pub(crate) fn named_for_person(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let listed = |w: &str| {
        in_list!(&NAME_DELIVERY_WORDS, w)
            || w.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|r| in_list!(&NAME_DELIVERY_WORDS, r))
    };
    // (The sentence's scan for a delivery word comes last: it is the only test that reads every
    // word, and the name shape before it is rare.)
    t.purpose
        && a.word(t.w0).starts_with("لل")
        && a.entities.iter().any(|e| {
            e.w1 + 1 == t.w0
                && e.w0 > 0
                && e.actors.iter().any(|&x| lex.actors[x as usize].kind == ActorKind::Person)
                && !a.break_between(e.w0 - 1, t.w0)
                && {
                    let head = a.word(e.w0 - 1);
                    in_list!(&NAMED_FOR_HEADS, head)
                        || head.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|h| in_list!(&NAMED_FOR_HEADS, h))
                }
        })
        && !(0..a.words.len()).any(|i| listed(a.word(i)))
}

/// A trigger right after a charge or case noun (`CHARGE_NOUNS`: "بتهمة قتل", "في قضية تجمهر"),
/// or two or three words after it with only words of attempt, incitement or planning between
/// (`CHARGE_LINKS`: "تهم محاولة اقتحام", "بتهمة التحريض على الشغب"): the act is the charge.
pub(crate) fn named_as_charge(a: &Analysis, t: &TriggerMention) -> bool {
    (1..=3).any(|d| {
        t.w0 >= d
            && in_list!(&CHARGE_NOUNS, a.word(t.w0 - d))
            && (t.w0 - d + 1..t.w0).all(|i| in_list!(&CHARGE_LINKS, a.word(i)))
            && !a.break_between(t.w0 - d, t.w0)
    })
}

/// A weapon noun (a noun rule whose noun is an instrument, "صواريخ", "قذائف", "رصاص", "قنابل
/// الغاز", or a bomb, a drone or a sniper) with a word of handling arms
/// (`ARMS_HANDLING`) at most four words before it in its clause and no other trigger between.
pub(crate) fn weapon_handled(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    // (Nouns of the act, "انفجار", "تفجير", "إطلاق النار", "قصف", are not weapons.)
    let weapon = rule.pattern == Pattern::Noun
        && (rule.of == Of::Instrument
            || matches!(
                rule.id.as_str(),
                "assault.explosives.device" | "assault.drone.noun" | "assault.firearms.sniper"
            ));
    weapon
        && (1..=4).any(|d| {
            t.w0 >= d && {
                let i = t.w0 - d;
                let w = a.word(i);
                // (also with a glued لـ of purpose: "يهدف لإنتاج قنبلة")
                let w = w
                    .strip_prefix("ول")
                    .or_else(|| w.strip_prefix('ل'))
                    .filter(|r| r.chars().count() >= 3)
                    .unwrap_or(w);
                in_list!(&ARMS_HANDLING, w)
                    && !a.break_between(i, t.w0)
                    && !a.triggers.iter().any(|q| q.w0 > i && q.w1 < t.w0)
            }
        })
}

/// An ASSAULT "targeting" trigger whose subject or means is a measure, a plan or a campaign
/// that is not military (three words before it, or the first two after it, same clause), or
/// whose object among the first two words after it is the economy ("يستهدف العدو اقتصاد
/// البلاد").
pub(crate) fn measure_aims(a: &Analysis, t: &TriggerMention) -> bool {
    let measure = |i: usize| {
        in_list!(&AIMING_MEASURES, a.word(i)) && !matches!(strip_clitic(a.word(i + 1)), "عسكريه" | "جويه" | "قصف")
    };
    let n = a.words.len();
    (1..=3).any(|d| t.w0 >= d && measure(t.w0 - d) && !a.break_between(t.w0 - d, t.w0))
        || (t.w1 + 1..(t.w1 + 3).min(n))
            .any(|i| (measure(i) || strip_clitic(a.word(i)) == "اقتصاد") && !a.break_between(t.w1, i))
}

/// A building, a home, a village or a vehicle (`ATTACKED_PREMISES`) among the five words after
/// trigger `t` ("هاجم محتجون، الأربعاء، مقرات الحزب"): the attack is on a place, not in words.
pub(crate) fn attacks_premises(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w1 + 1..(t.w1 + 6).min(a.words.len())).any(|i| in_list!(&ATTACKED_PREMISES, a.word(i)))
}

/// The sentence of trigger `t` speaks of armed violence: another ASSAULT trigger, a casualty
/// word, a word of `VIOLENT_WORDS`, or an armed party (military, police, intelligence, rebels,
/// militias, gunmen).
pub(crate) fn violent_context(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    a.triggers.iter().any(|q| q.w0 != t.w0 && lex.triggers[q.rule as usize].event_type == "ASSAULT")
        || a.entities.iter().any(|e| {
            e.actors.iter().any(|&i| {
                let act = &lex.actors[i as usize];
                act.kind != ActorKind::Demonym
                    && matches!(act.sector.as_deref(), Some("MIL" | "COP" | "SPY" | "REB" | "UAF" | "PRM"))
            })
        })
        || (0..a.words.len()).any(|i| {
            let w = a.word(i);
            casualty_word_of(w) != (false, false) || in_list!(&VIOLENT_WORDS, w)
        })
}

/// The one-word trigger is the verb "to besiege, to surround" (its stem, a glued "و" or "ف" taken
/// off, begins with a word of `SIEGE_VERB_STEMS`: "حاصرت", "وتحاصره", "يحاصرون", "طوقت"; the nouns
/// "حصار", "محاصرة", "تطويق" do not) and its sentence names no violence (`violent_context`), no
/// party of the opposition or a revolt (sector OPP), no protest (a PROTEST trigger) and no
/// protesters (`PROTESTER_WORDS`): nothing armed or crowding besieges there.
/// The restriction is the effect of a cause, not a party's act: the word before the trigger is
/// «إلى», «على» or «في», or its first word has a glued «ل», and a verb of
/// `RESTRICTION_CAUSE_VERBS` stands within the nine words before it in its clause ("أدى الاضطراب
/// إلى إغلاق", "ما اضطر السلطات لإغلاق"); or the word right after it in its clause is a natural
/// cause of `NONPARTY_CAUSES` as its subject ("أغلقته الكثبان الرملية").
pub(crate) fn unimposed_restriction(a: &Analysis, t: &TriggerMention) -> bool {
    let first = a.word(t.w0);
    let complement = first.starts_with('ل')
        || t.w0 > 0
            && !a.break_between(t.w0 - 1, t.w0)
            && RESTRICTION_COMPLEMENT_PREPOSITIONS.contains(&a.word(t.w0 - 1));
    if complement
        && (t.w0.saturating_sub(9)..t.w0)
            .rev()
            .take_while(|&i| !a.break_between(i, t.w0))
            .any(|i| in_list!(&RESTRICTION_CAUSE_VERBS, a.word(i)))
    {
        return true;
    }
    let next = t.w1 + 1;
    next < a.words.len() && !a.break_between(t.w1, next) && in_list!(&NONPARTY_CAUSES, a.word(next))
}

pub(crate) fn unarmed_siege_verb(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    if t.w0 != t.w1 {
        return false;
    }
    let w = a.word(t.w0);
    let bare = w.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 4).unwrap_or(w);
    if !SIEGE_VERB_STEMS.iter().any(|s| bare.starts_with(s)) {
        return false;
    }
    let opposition =
        a.entities.iter().any(|e| e.actors.iter().any(|&i| lex.actors[i as usize].sector.as_deref() == Some("OPP")));
    let protest = a.triggers.iter().any(|q| q.w0 != t.w0 && lex.triggers[q.rule as usize].event_type == "PROTEST")
        || (0..a.words.len()).any(|i| {
            let x = a.word(i);
            PROTESTER_WORDS.iter().any(|p| x.contains(p)) && !x.contains("محتجز")
        });
    !opposition && !protest && !violent_context(a, lex, t)
}

/// The call verb is "ودّع" ("to bid farewell to", "to go out of"), which unvowelled text spells
/// like a glued "و" + "دعا": the trigger's text has the shadda ("ودّعت"), or its one word is
/// glued to "و" and one of the next five words of its clause, before any "إلى", is a word of
/// `FAREWELL_OBJECTS` (a contest left, "ودع المنتخب البطولة", or the manner "بكل حب").
pub(crate) fn farewell_not_call(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    let raw = &s[t.start..t.end];
    let shadda = raw.split_whitespace().next().is_some_and(|w| {
        let mut cs = w.chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0650}' | '\u{0652}'));
        cs.next() == Some('و') && cs.next() == Some('د') && cs.next() == Some('\u{0651}')
    });
    if shadda {
        return true;
    }
    let w = a.word(t.w0);
    if t.w0 != t.w1 || !w.starts_with('و') {
        return false;
    }
    let n = a.words.len();
    for i in t.w1 + 1..(t.w1 + 6).min(n) {
        if a.break_between(t.w1, i) {
            return false;
        }
        let x = a.word(i);
        if matches!(x, "الي" | "الى" | "إلى") || x.starts_with("لل") {
            return false;
        }
        if in_list!(&FAREWELL_OBJECTS, x) {
            return true;
        }
    }
    false
}

/// The shelter noun "إيواء" (any clitics, a pronoun after it) of the hotel trade, not an act of
/// sheltering people: the word right after it in its clause is the adjective "السياحي" or
/// "الفندقي" ("الإيواء السياحي"), or it is the genitive of a head noun of `LODGING_HEADS` right
/// before it ("منشآت الإيواء", "أسعار إيواء السكن"), or, glued to "و", of one two words back
/// ("رسوم الهبوط والإيواء").
pub(crate) fn lodging_not_shelter(a: &Analysis, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    if !shelter_noun_iwaa(a, t) {
        return false;
    }
    let n = a.words.len();
    if t.w0 + 1 < n && !a.break_between(t.w0, t.w0 + 1) {
        let x = a.word(t.w0 + 1);
        let x = x.strip_suffix('ه').unwrap_or(x);
        if matches!(x, "السياحي" | "الفندقي") {
            return true;
        }
    }
    let head = |d: usize| t.w0 >= d && !a.break_between(t.w0 - d, t.w0) && in_list!(&LODGING_HEADS, a.word(t.w0 - d));
    head(1) || (w.starts_with("وال") && head(2))
}

/// The shelter noun "إيواء" (any clitics) whose object, the next word of its clause, is a word of
/// `HARBOURED_PEOPLE` ("إيواء مقاتلين", "وإيواء الهاربين"): harbouring fighters or fugitives.
pub(crate) fn harbouring_not_shelter(a: &Analysis, t: &TriggerMention) -> bool {
    if !shelter_noun_iwaa(a, t) || t.w0 + 1 >= a.words.len() || a.break_between(t.w0, t.w0 + 1) {
        return false;
    }
    in_list!(&HARBOURED_PEOPLE, a.word(t.w0 + 1))
}

/// The shelter trigger is the noun "إيواء" (any clitics, a pronoun after it), which both the
/// lodging (prec95) and the harbouring (prec97) readings are about; the other shelter words stay.
fn shelter_noun_iwaa(a: &Analysis, t: &TriggerMention) -> bool {
    a.word(t.w0).contains("ايوا")
}

/// A deport trigger on the stem ابعاد that is no expulsion: written "أبعاد" with the hamza above
/// (dimensions), followed by an article adjective of kind ("ابعادها الدينية"), or followed by
/// "عن" and a word that is no place, entity or word of `EXPULSION_FROM` ("إبعاده عن مصر" stays).
pub(crate) fn dimensions_or_keeping_away(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
    if t.w0 != t.w1 || !w.starts_with("ابعاد") {
        return false;
    }
    let hamza_above = s[t.start..t.end].chars().find(|c| matches!(c, 'أ' | 'إ' | 'ا' | 'آ')) == Some('أ');
    let n = a.words.len();
    let next = |d: usize| (t.w1 + d < n && !a.break_between(t.w1, t.w1 + d)).then(|| a.word(t.w1 + d));
    let kind_adjective = next(1).is_some_and(|x| sentence::is_definite_nisba(x) && x.chars().count() >= 5);
    let away_from = next(1) == Some("عن")
        && next(2).is_some_and(|x| {
            let i = t.w1 + 2;
            !in_list!(&EXPULSION_FROM, x)
                && !a.entities.iter().any(|e| e.w0 == i)
                && !a.places.iter().any(|p| p.w0 == i)
        });
    hamza_above || kind_adjective || away_from
}

/// The one-word trigger "طالب" is the counted noun of a cardinal number ("400 طالب",
/// `counted_by_number`) or stands before "وطالبه" ("طالب وطالبة"): a student.
pub(crate) fn counted_student(a: &Analysis, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    t.w0 == t.w1
        && a.word(t.w0) == "طالب"
        && (counted_by_number(a, t, nums, false) || (t.w1 + 1 < a.words.len() && a.word(t.w1 + 1) == "وطالبه"))
}

/// A one-word trigger spelled as a noun (`COUNTED_NOUN_FORMS`: «طلب», «طلبا», «طرد», not the verbs
/// «طلبت», «طلبوا» with a number for subject) with no glued و or ف is the counted noun of a
/// cardinal number that is no year («تلقى المكتب 4500 طلب», «26 ألف طلب», «1000 طرد بريدي»): a
/// count of applications, orders or parcels, no act of asking or expelling (prec126). A number
/// from 1900 to 2100 is taken for a year told before a verb («وفي عام 2010 طلبت …»), no count.
pub(crate) fn counted_noun(a: &Analysis, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    t.w0 == t.w1
        && !a.word(t.w0).starts_with(['و', 'ف'])
        && in_list!(&COUNTED_NOUN_FORMS, a.word(t.w0))
        && counted_by_number(a, t, nums, true)
}

/// The trigger's one word is the counted noun of a cardinal number (years from 1900 to 2100 aside
/// when `skip_years`), and that number is no clock time or reference number: the word before it
/// is not one of `NUMBERED_REFERENCE_WORDS` («الساعة 10 طلبت», «القرار 2254 طلب», fix69a).
fn counted_by_number(a: &Analysis, t: &TriggerMention, nums: &[NumberMatch], skip_years: bool) -> bool {
    let year = |n: &NumberMatch| skip_years && n.value.is_some_and(|v| (1900..=2100).contains(&v));
    let reference = |n: &NumberMatch| {
        word_index_of_byte(a, n.start).checked_sub(1).is_some_and(|k| in_list!(&NUMBERED_REFERENCE_WORDS, a.word(k)))
    };
    nums.iter().any(|n| {
        !(n.ordinal || year(n) || reference(n)) && n.noun.is_some_and(|(b, _)| word_index_of_byte(a, b) == t.w0)
    })
}

/// The trigger is written as the adverbial "بالتعاون مع"/"بالتنسيق مع" (its first word takes "ب" or
/// "وب"): the manner of another act, not a verb of cooperating.
pub(crate) fn adverbial_cooperation(a: &Analysis, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    w.starts_with('ب') || w.starts_with("وب")
}

/// The trigger is an adverbial "بالتعاون مع"/"بالتنسيق مع" with a civic event or the verb that
/// organises it (`CIVIC_EVENTS`) among the twelve words before it, in its clause.
pub(crate) fn co_organiser_credit(a: &Analysis, t: &TriggerMention) -> bool {
    adverbial_cooperation(a, t)
        && (1..=12.min(t.w0))
            .take_while(|&d| !a.break_between(t.w0 - d, t.w0))
            .any(|d| in_list!(&CIVIC_EVENTS, a.word(t.w0 - d)))
}

/// A one-word trigger written with the bare article right after a word with the article, in its
/// clause: «الوحدات الإدارية المساندة», «الخدمات المساندة» (prec123). Two definite words in a row
/// are no genitive, so the trigger is the noun's adjective (the support units), no act; the head
/// word may carry a glued و/ب/ف/ك or be written with «لل» (read as «ال» for the lists). Words that
/// only look definite as keys (`ATTRIBUTIVE_HEAD_STOPS`: «إلى», «إليها», «الذي», «الآن») head
/// none, nor do a day of the week or «الماضي» (fix68b: the time told before a verb's object), and
/// a trigger with a glued و or preposition («والمساندة», «بالمساندة») is coordinated or governed,
/// no adjective. (fix68b) Nor does a state, organisation, office, person or government named by an
/// actor entity («وأكدت ألمانيا المساندة», «وقدمت الحكومة المساندة»): it is the subject of a verb
/// whose object is the trigger; a nationality adjective («القوات الأمريكية المساندة») or a sector
/// noun such as forces is no such name.
pub(crate) fn attributive_participle(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    if t.w0 != t.w1 || t.w0 == 0 || !a.word(t.w0).starts_with("ال") || a.break_between(t.w0 - 1, t.w0) {
        return false;
    }
    let h = t.w0 - 1;
    let head = a.word(h);
    let bare =
        head.strip_prefix(['و', 'ف', 'ب', 'ك']).filter(|w| w.starts_with("ال") || w.starts_with("لل")).unwrap_or(head);
    let bare = bare.strip_prefix("لل").map(|w| format!("ال{w}")).unwrap_or_else(|| bare.to_string());
    let named_party = a.entities.iter().any(|e| {
        e.w0 <= h
            && h <= e.w1
            && !e.weak
            && !e.people
            && e.actors.first().is_some_and(|&x| {
                let actor = &lex.actors[x as usize];
                match actor.kind {
                    ActorKind::Country | ActorKind::Org | ActorKind::Office | ActorKind::Person => true,
                    ActorKind::Group => actor.sector.as_deref() == Some("GOV"),
                    ActorKind::Demonym => false,
                }
            })
    });
    sentence::is_definite(head)
        && !ATTRIBUTIVE_HEAD_STOPS.contains(&bare.as_str())
        && !ATTRIBUTIVE_HEAD_STOPS.contains(&head)
        && !named_party
}

/// The host verb's guest is a show, a game or a team: a `HOSTED_SHOWS` noun is the first of its
/// kind among the seven words after the verb (no `HOSTED_MEETINGS` noun before it), or stands among
/// the four words before a relative pronoun right before the verb ("الحفل الذي يستضيف").
pub(crate) fn hosts_show(a: &Analysis, t: &TriggerMention) -> bool {
    let show = |i: usize| in_list!(&HOSTED_SHOWS, a.word(i));
    let after = first_guest_noun(a, t).is_some_and(|w| HOSTED_SHOWS.contains(&w));
    let antecedent =
        t.w0 > 0 && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) && (2..=5.min(t.w0)).any(|d| show(t.w0 - d));
    after || antecedent
}

/// The host verb's guest is a meeting: a `HOSTED_TALKS` noun (a summit, a meeting, talks) is the
/// first of its kind among the seven words after the verb, before any `HOSTED_SHOWS` or other
/// `HOSTED_MEETINGS` noun (a round, a dialogue, a delegation): the mirror of `hosts_show`.
pub(crate) fn hosts_meeting(a: &Analysis, t: &TriggerMention) -> bool {
    first_guest_noun(a, t).is_some_and(|w| HOSTED_TALKS.contains(&w))
}

/// The first `HOSTED_SHOWS` or `HOSTED_MEETINGS` noun (clitics stripped) among the seven words
/// after host verb `t`: what it hosts (`hosts_show`, `hosts_meeting`). A glued «لـ» is taken off
/// too, the guest of a verbal noun: «استضافة الأردن للاجتماع» (fix67a).
fn first_guest_noun<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a str> {
    (t.w1 + 1..(t.w1 + 8).min(a.words.len())).find_map(|i| {
        let w = a.word(i);
        clitic_forms(w)
            .into_iter()
            .chain(clitic_forms(strip_glued_lam(w)))
            .find(|w| HOSTED_SHOWS.contains(w) || HOSTED_MEETINGS.contains(w))
    })
}

/// Word `w` without a glued «لل» or «لـ» when three letters or more are left ("للاجتماع" →
/// "اجتماع", "للقمة" → "قمه"), else `w`: the guest of a host's verbal noun or of a relative clause.
fn strip_glued_lam(w: &str) -> &str {
    w.strip_prefix("لل").or_else(|| w.strip_prefix('ل')).filter(|r| r.chars().count() >= 3).unwrap_or(w)
}

/// An entity that can be a visitor or a host: a state, office, organisation, person or
/// non-civilian group, not a place, a weak or a people's mention (`receives_no_party`,
/// `hosts_no_party`).
fn guest_party(lex: &Lexicon, e: &EntityMention) -> bool {
    !e.is_location
        && !e.weak
        && !e.people
        && e.actors.iter().any(|&x| {
            let x = &lex.actors[x as usize];
            x.kind != ActorKind::Group
                || !matches!(x.sector.as_deref(), None | Some("-" | "CVL" | "EDU" | "MED" | "BUS"))
        })
}

/// The host verb hosts neither a meeting nor a party (prec122): no `HOSTED_MEETINGS` noun is its
/// first guest noun, and its guest names no party — with an object pronoun after a relative
/// pronoun, the four words before that pronoun ("المخيم الكشفي الذي تستضيفه اليابان"), else the
/// object window of `receives_no_party` ("تستضيف المدينة الأسر الفارة من الحرب", "استضافت المحافظة
/// فرقة شعبية"). A camp, families, a troupe or a show's guest is hosted, no meeting of parties.
pub(crate) fn hosts_no_party(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    // (A glued «لـ» is taken off too: «للقمة الثانية التي تستضيفها القاهرة».)
    let meeting = |i: usize| {
        let w = a.word(i);
        in_list(&HOSTED_MEETINGS, w) || in_list(&HOSTED_MEETINGS, strip_glued_lam(w))
    };
    if first_guest_noun(a, t).is_some_and(|w| HOSTED_MEETINGS.contains(&w)) {
        return false;
    }
    if !t.pronoun_object {
        return receives_no_party(a, lex, t);
    }
    if t.w0 < 2 || !RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) {
        return false;
    }
    let lo = t.w0.saturating_sub(5);
    !(lo..t.w0 - 1).any(meeting)
        && !a.entities.iter().any(|e| e.w1 + 1 < t.w0 && e.w1 + 5 >= t.w0 && guest_party(lex, e))
}

/// The trigger is a reception: the verb of `consult.visit.receive` or the noun استقبال of
/// `consult.visit.noun` (whose other forms are visits).
pub(crate) fn is_reception(a: &Analysis, rule_id: &str, t: &TriggerMention) -> bool {
    rule_id == "consult.visit.receive" || (rule_id == "consult.visit.noun" && a.word(t.w0).contains("استقبال"))
}

/// No party is received: the reception's object window — the ten words after its subject when an
/// institution (a state, body or group entity, no title or person) stands right after the verb
/// with no party right before it ("استقبلت الشركة …", "استقبل الميناء …"), else the ten words after
/// the verb — holds no entity of a state, office, organisation, person or non-civilian group (a
/// delegation, an army); and its first word is a common noun: no name (`BARE_NAMES`), no
/// `HONORIFIC_TITLES` word, not an indefinite word after a title or person right before the verb
/// (an office receiving a name the dictionary does not know).
pub(crate) fn receives_no_party(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let first = t.w1 + 1;
    if t.pronoun_object || first >= a.words.len() {
        return false;
    }
    let kind = |x: u32| &lex.actors[x as usize];
    let party = |e: &EntityMention| guest_party(lex, e);
    // The receiver right before the verb, or before a "قد" right before it ("الملك قد استقبل").
    let before = if t.w0 > 1 && matches!(a.word(t.w0 - 1), "قد" | "وقد") { t.w0 - 1 } else { t.w0 };
    let receiver_before = before > 0 && a.entities.iter().any(|e| e.w1 + 1 == before && party(e));
    let institution = |e: &EntityMention| {
        party(e) && !e.actors.iter().any(|&x| matches!(kind(x).kind, ActorKind::Office | ActorKind::Person))
    };
    let subject = a.entities.iter().find(|e| !receiver_before && e.w0 == first && institution(e));
    let start = subject.map_or(first, |e| e.w1 + 1);
    let end = (start + 10).min(a.words.len());
    if a.entities.iter().any(|e| e.w0 >= start && e.w0 < end && party(e)) || start >= a.words.len() {
        return false;
    }
    let w = a.word(start);
    let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w);
    if BARE_NAMES.binary_search(&w).is_ok() || HONORIFIC_TITLES.contains(&w) {
        return false;
    }
    let titled_receiver = before > 0
        && a.entities.iter().any(|e| {
            e.w1 + 1 == before
                && party(e)
                && e.actors.iter().any(|&x| matches!(kind(x).kind, ActorKind::Office | ActorKind::Person))
        });
    !(titled_receiver && !sentence::is_definite(w) && !w.chars().any(|c| c.is_ascii_digit()))
}

/// The trigger is the bare "بارك" right after a word of its clause that is no particle ("قد"), relative
/// pronoun or complementizer and follows no complementizer ("إن الرئيس بارك" stays a verb).
pub(crate) fn park_name(a: &Analysis, t: &TriggerMention) -> bool {
    let verb_before = |i: usize| {
        let w = a.word(i);
        matches!(w, "قد" | "وقد" | "لقد" | "فقد" | "ثم" | "كما")
            || RELATIVE_PRONOUNS.contains(&w)
            || COMPLEMENTIZERS.contains(&w)
    };
    a.word(t.w0) == "بارك"
        && t.w0 > 0
        && !a.break_between(t.w0 - 1, t.w0)
        && !verb_before(t.w0 - 1)
        && !(t.w0 >= 2 && COMPLEMENTIZERS.contains(&a.word(t.w0 - 2)))
}

/// The trigger stands right after an adverbial head, with at most "أن" between.
pub(crate) fn refusal_in_adverbial(a: &Analysis, t: &TriggerMention) -> bool {
    let head = |i: usize| {
        let w = a.word(i);
        ADVERBIAL_HEADS.contains(&w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w))
    };
    if t.w0 == 0 {
        return false;
    }
    head(t.w0 - 1) || (t.w0 >= 2 && a.word(t.w0 - 1) == "ان" && head(t.w0 - 2))
}

/// Whether the verb هدّد at `t` means "endangers" rather than "threatens" (prec30): a verb of
/// becoming or remaining right before it ("بات يهدد", "لم يعد يهددها"); a subject that is no party
/// one or two words before it, in its clause ("خطر يهدد", "أزمة اقتصادية ستهدد"); or an object of
/// harm right after it (`THREAT_HARM_OBJECTS`, which extends the older `ENDANGERED` check: "يهدد
/// أرواح المرضى", "تهدد الاقتصاد") unless a party's name stands right
/// before the verb as its subject ("المسلحون يهددون حياة الرهائن"; not after "و", whose verb
/// shares an earlier subject: "أن يقسم طالبان ويهدد محادثات السلام").
pub(crate) fn endangers(a: &Analysis, t: &TriggerMention) -> bool {
    if t.w0 > 0 && STATE_COPULAS.contains(&a.word(t.w0 - 1)) {
        return true;
    }
    if (1..=2)
        .any(|d| t.w0 >= d && !a.break_between(t.w0 - d, t.w0) && any_form_at(a, t.w0 - d, &THREAT_NONAGENT_SUBJECTS))
    {
        return true;
    }
    if t.w1 + 1 >= a.words.len() || a.break_between(t.w1, t.w1 + 1) || !any_form_at(a, t.w1 + 1, &THREAT_HARM_OBJECTS) {
        return false;
    }
    let party_before = t.w0 > 0
        && !a.word(t.w0).starts_with('و')
        && !a.break_between(t.w0 - 1, t.w0)
        && a.entities.iter().any(|e| !e.is_location && e.w1 + 1 == t.w0);
    !party_before
}

/// Whether a CONSULT, AGREE, SUPPORT, COOPERATE or REQUEST record is a civic affair: neither
/// party is a state or political one (a government, army, police, intelligence, parliament, court,
/// party, rebel or militia, opposition, an international body or group, or an entity of unknown
/// sector) and the sentence names a `CIVIC_INSTITUTIONS` word (a university, a club, a forum, a
/// contest, a course, a product, a company): "ورحبت الجامعة بالطالبات المشاركات في الدورات".
pub(crate) fn civic_affair(a: &Analysis, event_type: &str, actor: Option<&Entity>, recipient: Option<&Entity>) -> bool {
    if !matches!(event_type, "CONSULT" | "AGREE" | "SUPPORT" | "COOPERATE" | "REQUEST") {
        return false;
    }
    if political_party(actor) || political_party(recipient) {
        return false;
    }
    (0..a.words.len()).any(|i| in_list!(&CIVIC_INSTITUTIONS, a.word(i)))
}

/// Whether a cooperation record (a rule with `checks: home-cooperation`, prec120) is no event
/// between parties: it has no recipient (SPEC §3: COOPERATE needs a partner; "والتعاون مع المنتجين
/// من خارجها", "استعداده للتعاون معهم"), or its actor and recipient are bodies of one country,
/// neither of them a party, rebel, militia or opposition group (`NON_STATE_SIDE`): a ministry
/// "بالتنسيق مع القوات المسلحة", the police "بالتعاون مع المواطنين". "قوات الجيش بالتنسيق مع
/// المقاومة الشعبية" (a militia beside the army) and a cooperation across a border stay.
/// (prec121) With no doer read, or one of no country, the doer is an unnamed body («أطلق البريد
/// الممتاز بالتعاون مع قيادة القوات المسلحة»); when every party the article names with a state is
/// of one state (`sole_state`) and the partner is a body of that state, it is that state's too.
pub(crate) fn home_cooperation(actor: Option<&Entity>, recipient: Option<&Entity>, sole_state: Option<&str>) -> bool {
    let Some(r) = recipient else { return true };
    let non_state = |e: &Entity| e.sector.as_deref().is_some_and(|s| NON_STATE_SIDE.contains(&s));
    // (A state named as such, "تتعاون مع الولايات المتحدة", is no home body: a bare official
    // before it may have taken its country from it.)
    let state = |e: &Entity| e.id.as_deref().is_some_and(|i| i.starts_with("state."));
    let Some(x) = actor.filter(|x| x.country.is_some() || non_state(x)) else {
        return sole_state.is_some() && r.country.as_deref() == sole_state && !non_state(r) && !state(r);
    };
    x.country.is_some() && x.country == r.country && !non_state(x) && !non_state(r) && !state(x) && !state(r)
}

/// Sectors of a party that is no body of its state (prec120, `home_cooperation`): a party, a
/// rebel group, a militia, an armed group or the opposition.
const NON_STATE_SIDE: [&str; 5] = ["PTY", "REB", "PRM", "UAF", "OPP"];

/// A state or political sector: a government, army, police, intelligence, parliament, court,
/// party, rebel or militia, paramilitary, armed group, opposition or international body.
fn political_sector(sector: &str) -> bool {
    matches!(sector, "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD" | "PTY" | "REB" | "PRM" | "UAF" | "OPP" | "IGO")
}

/// Whether a record's party is a state or political one (`political_sector`, or a sector not
/// known, or an international body, group or organisation as its country).
fn political_party(e: Option<&Entity>) -> bool {
    e.is_some_and(|e| {
        e.sector.as_deref().is_none_or(political_sector)
            || matches!(e.country.as_deref(), Some("IGO" | "UNO" | "EUR" | "IMG" | "ISM" | "NGO"))
    })
}

/// Words after the word of need that a generic exhortation's content may run to, in its clause.
const EXHORTATION_REACH: usize = 20;

/// Whether a REQUEST of an insisting rule (`EXHORTATION_RULES`: "شدد على ضرورة", "أكد أنه يجب")
/// is a generic exhortation (prec56): its recipient is no state or political party
/// (`political_party`), and its content — the words after the word of need ("ضرورة", "يجب";
/// `OBLIGATION_WORDS`) to the end of its clause, at most `EXHORTATION_REACH` — names no party
/// with a country or a political sector, no place and no act of its own: "مشددا على ضرورة التزام
/// جميع الطلاب بالزي المدرسي", "وأكد الطبيب ضرورة شرب الماء". "شددت الحكومة على ضرورة وقف إطلاق
/// النار في غزة" (a place and an act) and "أكد ضرورة أن تتعاون إيران" (a state) stay.
pub(crate) fn generic_exhortation(
    lex: &Lexicon,
    a: &Analysis,
    rule_id: &str,
    t: &TriggerMention,
    recipient: Option<&Entity>,
) -> bool {
    if !EXHORTATION_RULES.contains(&rule_id) || political_party(recipient) {
        return false;
    }
    // (The verb with its subject between, "شدد الوزير على ضرورة …": the content starts after the
    // word of need; the adjacent forms hold it in the trigger.)
    let mut from = t.w1 + 1;
    if !(t.w0..=t.w1).any(|i| sentence::is_obligation_word(a.word(i))) {
        if let Some(j) = (t.w1 + 1..(t.w1 + 10).min(a.words.len())).find(|&j| sentence::is_obligation_word(a.word(j))) {
            from = j + 1;
        }
    }
    let end = (from + 1..(from + EXHORTATION_REACH).min(a.words.len()))
        .find(|&j| a.breaks.get(j).copied().unwrap_or(false))
        .unwrap_or_else(|| (from + EXHORTATION_REACH).min(a.words.len()));
    let inside = |w: usize| w >= from && w < end;
    let party = a.entities.iter().any(|e| {
        inside(e.w0)
            && e.actors.iter().any(|&x| {
                let x = &lex.actors[x as usize];
                x.country.is_some() || x.sector.as_deref().is_some_and(political_sector)
            })
    });
    !party && !a.places.iter().any(|p| inside(p.w0)) && !a.triggers.iter().any(|x| inside(x.w0))
}

/// Whether a record of `event_type` is a business affair: a business party (sector `BUS`: a
/// company, bank, investor or executive) as either party of a cooperative or verbal act (unless
/// the other party is the government of another country, or a meeting or agreement has a state
/// party), or as the doer (`actor`, read from `actor_mention`) of a COERCE: a company closing
/// branches, "ترحيل" of its clients. Not an office doing a COERCE: "نائب المدير التنفيذي … في
/// هيومن رايتس ووتش" heads a rights group, and the detention it reports has another doer.
/// Also an AGREE or AID whose object is a contract (`contract_object`: "أبرمت الأمانة عقدا
/// لمشروع", "توقيع العقد مع الوزارة"), whatever its parties, unless they are the governments or
/// armies of two countries (prec100).
pub(crate) fn business_affair(
    lex: &Lexicon,
    a: &Analysis,
    t: &TriggerMention,
    event_type: &str,
    actor: Option<&Entity>,
    actor_mention: Option<&EntityMention>,
    recipient: Option<&Entity>,
) -> bool {
    let business = |e: Option<&Entity>| e.is_some_and(|e| e.sector.as_deref() == Some("BUS"));
    if let Some(c) = matches!(event_type, "AGREE" | "AID").then(|| contract_object(a, t)).flatten() {
        fn sovereign(e: Option<&Entity>) -> Option<&str> {
            e.filter(|e| matches!(e.sector.as_deref(), Some("GOV" | "MIL"))).and_then(|e| e.country.as_deref())
        }
        // (A deal between two states stays: "وقعت روسيا وفرنسا عقدا …"; so does one with a
        // state itself as a party, "توقيع ثلاثة عقود مع مصر" (prec101), and a contract for arms,
        // "أبرمت الوزارة عقدا لشراء طائرات مقاتلة".)
        let state_itself =
            |e: Option<&Entity>| e.is_some_and(|e| e.id.as_deref().is_some_and(|id| id.starts_with("state.")));
        let two_states = matches!((sovereign(actor), sovereign(recipient)), (Some(x), Some(y)) if x != y);
        if !two_states && !state_itself(actor) && !state_itself(recipient) && !arms_contract(a, c) {
            return true;
        }
    }
    // (A foreign government with a business party stays: "زيدان سيلتقي بوفد من رجال الأعمال
    // المصريين", a state's dealings abroad.)
    let dealing = |b: Option<&Entity>, other: Option<&Entity>| {
        business(b)
            && !other.is_some_and(|o| {
                o.sector.as_deref() == Some("GOV")
                    && o.country.is_some()
                    && b.is_some_and(|b| b.country.is_some() && b.country != o.country)
            })
    };
    if !business(actor) && !business(recipient) {
        return false;
    }
    // A state party (a government, its head or an office holder, a parliament, army or court)
    // meeting, receiving or agreeing with a business one: "استقبل الأمير وفدا من رجال الأعمال"
    // is CONSULT in PLOVER, "وقعت الحكومة عقدا مع شركة" AGREE.
    let state =
        |e: Option<&Entity>| e.is_some_and(|e| matches!(e.sector.as_deref(), Some("GOV" | "LEG" | "MIL" | "JUD")));
    if matches!(event_type, "AGREE" | "CONSULT") && (state(actor) || state(recipient)) {
        return false;
    }
    match event_type {
        "AGREE" | "CONSULT" | "SUPPORT" | "REQUEST" | "COOPERATE" | "REJECT" | "THREATEN" | "CONCEDE" | "RETREAT" => {
            dealing(actor, recipient) || dealing(recipient, actor)
        }
        "COERCE" => {
            business(actor)
                && !actor_mention
                    .is_some_and(|e| e.actors.iter().any(|&x| lex.actors[x as usize].kind == ActorKind::Office))
        }
        _ => false,
    }
}

/// Words after a deal trigger within which its contract object (`CONTRACT_NOUNS`) is looked for.
const CONTRACT_REACH: usize = 4;

/// Whether deal trigger `t` has a contract noun (`CONTRACT_NOUNS`) as its object (prec100): within
/// `CONTRACT_REACH` words after it, in its clause, with no preposition or relative word
/// (`CONTRACT_GAP_STOPS`) and no free word with a glued بـ or لـ between ("أبرمت أمانة المدينة
/// عقدا", "توقيع ثلاثة عقود", "منحت الحكومة عقدا"). "بالاتفاق على فسخ العقد", "اتفاق بشأنها
/// تمهيدا لتوقيع العقود" and "الاتفاق الذي عقد" do not count. A contract or project noun right
/// before the relative word before the trigger (`CONTRACT_RELATIVES`, `CONTRACT_PROJECT_HEADS`:
/// "المشاريع التي أبرمتها البلدية") is its object too.
pub(crate) fn contract_object(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    // "المشروعات التي أبرمتها الأمانة", "العقد الذي وقعته الوزارة": the deal's object heads the
    // relative clause of the trigger.
    if t.w0 >= 2 && CONTRACT_RELATIVES.contains(&a.word(t.w0 - 1)) && !a.break_between(t.w0 - 2, t.w0) {
        let head = a.word(t.w0 - 2);
        if CONTRACT_NOUNS.contains(&head) || CONTRACT_PROJECT_HEADS.contains(&head) {
            return Some(t.w0 - 2);
        }
    }
    let end = (t.w1 + 1 + CONTRACT_REACH).min(a.words.len());
    for j in t.w1 + 1..end {
        if a.breaks.get(j).copied().unwrap_or(false) {
            return None;
        }
        let w = unconj(a.word(j));
        if CONTRACT_NOUNS.contains(&w) {
            return Some(j);
        }
        if CONTRACT_GAP_STOPS.contains(&w) || (w.starts_with(['ب', 'ل']) && !w.starts_with("ال") && !a.in_name(j)) {
            return None;
        }
    }
    None
}

/// Whether the contract noun at word `c` is a contract for arms (prec101): a word of
/// `ARMS_DEAL_OBJECTS` (weapons, warplanes, warships, arming), bare or after a glued و, بـ or لـ,
/// within `CONTRACT_REACH` words after it in its clause ("عقدا لشراء طائرات مقاتلة", "عقود تسليح").
fn arms_contract(a: &Analysis, c: usize) -> bool {
    let end = (c + 1 + CONTRACT_REACH).min(a.words.len());
    for j in c + 1..end {
        if a.breaks.get(j).copied().unwrap_or(false) {
            return false;
        }
        let w = unconj(a.word(j));
        if ARMS_DEAL_OBJECTS.contains(&w) || w.strip_prefix(['ب', 'ل']).is_some_and(|r| ARMS_DEAL_OBJECTS.contains(&r))
        {
            return true;
        }
    }
    false
}

/// Whether one of `forms` (a rule's `topic-unless-near`, merge35) stands within three words
/// before or after the trigger, in its clause, a glued "و" or "ف" aside: "قدمت مقترحات",
/// "المقترحات التي سيقدمها" present the proposals, which are then an act, not a topic.
pub(crate) fn presented_near(a: &Analysis, t: &TriggerMention, forms: &[String]) -> bool {
    let near = t.w0.saturating_sub(3)..(t.w1 + 4).min(a.words.len());
    !forms.is_empty()
        && near.filter(|&i| (i < t.w0 || i > t.w1) && !a.break_between(t.w0, i)).any(|i| {
            let w = a.word(i);
            forms.iter().any(|f| f == w || f == strip_conj_key(w))
        })
}

/// Whether the trigger is a threat noun in its predicate form (`THREAT_PREDICATE_NOUNS`: "تهديدا",
/// "كتهديد") after a verb of constituting, considering or becoming (`DANGER_PREDICATE_VERBS`) at
/// most six words before it in its clause, with no complementizer and no verb of making or
/// receiving (`making`, the rule's `topic-unless-near` forms) between: a danger named, not a
/// threat made ("تشكل إيران تهديدا", "ترى فيهما أنقرة تهديدا"; prec74).
pub(crate) fn threat_as_predicate(a: &Analysis, t: &TriggerMention, making: &[String]) -> bool {
    if !THREAT_PREDICATE_NOUNS.contains(&a.word(t.w0)) {
        return false;
    }
    for i in (t.w0.saturating_sub(6)..t.w0).rev() {
        let w = a.word(i);
        if a.break_between(i, t.w0)
            || COMPLEMENTIZERS.contains(&w)
            || making.iter().any(|f| f == w || f == strip_conj_key(w))
        {
            return false;
        }
        if DANGER_PREDICATE_VERBS.contains(&w) {
            return true;
        }
    }
    false
}

/// Whether a THREATEN noun trigger is definite with a demonstrative right before it
/// (`THREAT_DEMONSTRATIVES`: "هذا التهديد", "لهذه التهديدات", "تلك التحذيرات"): an anaphor of a
/// threat told earlier, which keeps its own record, or of a danger; no act of its own (prec75).
pub(crate) fn threat_pointed_back(a: &Analysis, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    t.w0 > 0
        && THREAT_DEMONSTRATIVES.contains(&a.word(t.w0 - 1))
        && !a.break_between(t.w0 - 1, t.w0)
        && [w, w.strip_prefix(['و', 'ف', 'ب']).unwrap_or(w)].iter().any(|r| r.starts_with("ال") || r.starts_with("لل"))
}

/// Whether a one-word THREATEN noun trigger stands right after a word of `THREAT_UNDER_WORDS`
/// ("تحت تهديد السلاح", "تحت التهديد"), with no break between: the manner of another act or a
/// danger one lives under, not a threat made (prec76). A trigger that spans its consequence
/// ("تحت التهديد بالقتل", a dictionary form of the threat with what it threatens) is left alone.
pub(crate) fn threat_under(a: &Analysis, t: &TriggerMention) -> bool {
    t.w0 > 0 && t.w1 == t.w0 && THREAT_UNDER_WORDS.contains(&a.word(t.w0 - 1)) && !a.break_between(t.w0 - 1, t.w0)
}
