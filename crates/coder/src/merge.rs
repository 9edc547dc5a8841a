//! Merging within an article: when two mentions or candidates are one happening (dates, places,
//! sides and recipients agreeing; the many `*_apart` vetoes), how a kept record takes the gaps of
//! the other, suffered-in folding and `merge_candidates` itself. Split out of lib.rs by tidy64
//! (script-moved, bodies unchanged).

use super::*;

/// Whether a mention told as another happening (`Candidate::another_act`, merge45) carries a toll,
/// a day or a place of its own sentence: "غارة أخرى دمرت مدفعا وقتل اثنان من طاقمه", "دوى انفجار
/// آخر جنوب المدينة". With none ("تذكر بهجمات أخرى مشابهة", "لن يدخل في مفاوضات أخرى") it names
/// acts in general or one that may come, and merges as before.
pub(crate) fn another_act_told(c: &Candidate) -> bool {
    c.another_act && (told_for_itself(&c.rec) || c.rec.location.is_some())
}

/// Whether a mention carries a toll or a day of its own text (merge39): news told for itself, which
/// does not fold into a vetoed mention as its restatement.
fn told_for_itself(r: &EventRecord) -> bool {
    r.fatalities.is_some() || r.injuries.is_some() || r.date_basis == Some(DateBasis::Text)
}

/// What must agree for two mentions to be at one place: see [`geocode::merge_key`].
fn location_key(r: &EventRecord) -> Option<String> {
    geocode::merge_key(r.location.as_ref()?)
}

/// Whether two mentions' places fold: their keys agree ([`location_key`]), or one is a spot the
/// gazetteer lacks placed inside the other, a town (places67): "منطقة X بقعطبة" has no name, is
/// keyed by its text, and lies at the town's own point, so it folds with a mention at the town.
fn same_location(a: &EventRecord, b: &EventRecord) -> bool {
    compatible(&location_key(a), &location_key(b))
        || match (&a.location, &b.location) {
            (Some(x), Some(y)) => geocode::spot_in_town(x, y) || geocode::spot_in_town(y, x),
            _ => false,
        }
}

/// A record whose doer and recipient are one named party (the same state, organisation or person
/// of the dictionary; generic nouns such as "الحكومة" or "شركة" may name two parties) keeps one of
/// them. A condemnation's or threat's doer is its subject, the speaker, and the recipient is the
/// spurious reading ("استنكرت الأمانة العامة لمنظمة التعاون الإسلامي"). A sanction, a concession, a
/// coercion or cooperation takes its recipient from the trigger's own object ("رفع العقوبات عن
/// طهران", "التعاون مع مصر"), and the doer is what a genitive, an earlier clause or the topic lent;
/// so is a demand's, meeting's or deal's when both roles read the very same words ("يطالب إيران …
/// حيث إن إيران"). Other types are left as they are: there either reading goes wrong about as often
/// (an attack, "هجمات بوكو حرام" and "حركة بوكو حرام"; a host and his full title).
pub(crate) fn one_party_both_sides(r: &mut EventRecord) {
    let named =
        |e: &Entity| e.id.as_deref().is_some_and(|id| ["state.", "org.", "per."].iter().any(|p| id.starts_with(p)));
    let (same_party, same_text) = match (&r.actor, &r.recipient) {
        (Some(x), Some(y)) if named(x) && x.id == y.id => (true, x.text == y.text),
        _ => (false, false),
    };
    if !same_party {
        return;
    }
    match r.event_type.as_str() {
        "ACCUSE" | "THREATEN" => r.recipient = None,
        "SANCTION" | "CONCEDE" | "COERCE" | "COOPERATE" => r.actor = None,
        "REQUEST" | "CONSULT" | "AGREE" if same_text => r.actor = None,
        _ => {}
    }
}

/// A killing or wounding whose doer and dead are one party (`attackers_dead`) read its dead as the
/// doer too: "أن جنديا قتل في انفجار لغم" with the unmarked passive's victim as subject, or a doer
/// lent by a merged mention. It keeps the dead and loses the doer (actors76), unless the sentence
/// tells a fight within the party (`INTERNAL_FIGHT_WORDS`) or reads as an active killing, the doer
/// before the trigger and the dead its object right after ("رجل قتل فتى"; `doer_and_object`).
pub(crate) fn own_dead_as_doer(r: &mut EventRecord) {
    let casualty = r.rule.starts_with("assault.kill.") || r.rule.starts_with("assault.wound.");
    if r.event_type != "ASSAULT" || !casualty || !attackers_dead(r.actor.as_ref(), r.recipient.as_ref()) {
        return;
    }
    let internal = r
        .evidence
        .sentence
        .split_whitespace()
        .map(ahdath_text::normalize_key)
        .any(|w| INTERNAL_FIGHT_WORDS.contains(&strip_conj_key(&w)));
    if !internal && !doer_and_object(r) {
        r.actor = None;
    }
}

/// Whether the record reads as an active act: its doer's words stand before the trigger and its
/// recipient's words begin at most two words after it ("أقدم شاب على قتل ثلاثة أشخاص").
fn doer_and_object(r: &EventRecord) -> bool {
    let (Some(doer), Some(object)) =
        (r.actor.as_ref().and_then(|e| e.text.as_deref()), r.recipient.as_ref().and_then(|e| e.text.as_deref()))
    else {
        return false;
    };
    let e = &r.evidence;
    let head: String = e.sentence.chars().take(e.trigger_start.saturating_sub(e.start)).collect();
    let tail = geocode::after_trigger(e);
    head.contains(doer) && tail.find(object).is_some_and(|i| tail[..i].split_whitespace().count() <= 2)
}

/// Give `keep` the date of `other`, a mention of the same happening: its day, precision, basis
/// and text, and whether it was only the day of a report (`Candidate::report_dated`, which
/// travels with the date).
fn take_date(keep: &mut Candidate, other: &Candidate) {
    let (r, o) = (&mut keep.rec, &other.rec);
    r.date = o.date.clone();
    r.date_precision = o.date_precision;
    r.date_basis = o.date_basis;
    r.date_text = o.date_text.clone();
    keep.report_dated = other.report_dated;
}

/// Fill the unknown fields of `keep` from `other`, a mention of the same happening.
pub(crate) fn fill_gaps(keep: &mut Candidate, other: &Candidate) {
    // A toll the act of the lender's own sentence carries is that act's (`toll_owned`), unless the
    // record already holds a mention of that sentence (one not refused a toll).
    let lender_at = (other.rec.evidence.field, other.rec.evidence.start);
    // Whether the lender was read from another sentence than the record.
    let other_sentence = lender_at != (keep.rec.evidence.field, keep.rec.evidence.start);
    // (fatal10) Whether the lender names only places apart from the record's own place, read
    // before this mention may lend one (`toll_placed_apart`).
    let placed_apart = other_sentence
        && keep
            .rec
            .location
            .as_ref()
            .is_some_and(|h| toll_placed_apart(h, other.toll_places.as_deref().map_or(&[], Vec::as_slice)));
    // (fatal19) Or whose own place lies apart from every place the record's own sentence names
    // (the same test the other way round): "قتل 15 مسلحا في لحج" takes no toll of a mention
    // placed in Taiz, which mostly tells another act of the story (another front, another town).
    let lender_apart = other_sentence
        && other.rec.evidence.field != Field::Title
        && other
            .rec
            .location
            .as_ref()
            .is_some_and(|p| lender_placed_apart(p, keep.own_places.as_deref().map_or(&[], Vec::as_slice)));
    let placed_apart = placed_apart || lender_apart;
    let held = |at: (Field, usize)| {
        let ev = &keep.rec.evidence;
        ((ev.field, ev.start) == at || ev.other_mentions.iter().any(|m| (m.field, m.start) == at))
            && !keep.toll_refused.contains(&at)
    };
    // A toll told as none (0, toll8) is lent by no mention of another sentence: "دون وقوع إصابات"
    // tells of its own sentence's act, and a record folding another sentence is mostly another
    // house, strike or day of the story.
    let lent = |v: Option<u32>| v.filter(|&n| n > 0 || !other_sentence);
    let fills = (keep.rec.fatalities.is_none() && lent(other.rec.fatalities).is_some())
        || (keep.rec.injuries.is_none() && lent(other.rec.injuries).is_some());
    // Once such a toll was refused, no later mention of a sentence other than the refused one's
    // lends a toll either (the next lender in merge order is mostly as wrong: a campaign's total,
    // another strike's toll).
    let refused_before = keep.toll_refused.first().is_some_and(|&at| at != lender_at);
    let lend_toll = !((other.toll_owned || refused_before) && !held(lender_at));
    if fills && !lend_toll && !keep.toll_refused.contains(&lender_at) {
        keep.toll_refused.push(lender_at);
    }
    // (The act of the owned toll's sentence folded in clears the mark.)
    if lender_at == (keep.rec.evidence.field, keep.rec.evidence.start) && !other.toll_owned {
        keep.toll_owned = false;
    }
    for at in &other.toll_refused {
        if !keep.toll_refused.contains(at) {
            keep.toll_refused.push(*at);
        }
    }
    // (mode22) The doer the record read in its own sentences before this merge, and for a
    // two-sided fight its other side too, for the lent mode below.
    let own_doer = keep.rec.actor.as_ref().filter(|_| !keep.topic_actor).map(doer_side);
    let other_side = keep.rec.recipient.as_ref().filter(|_| keep.rec.rule.starts_with("assault.clash")).map(doer_side);
    // The lender is the article's lead: the title or the first sentence, the one at code point 0
    // (the sentence splitter starts it at the first non-blank character, and no corpus text opens
    // with a blank, fix59a. A dateline on the first line is inside it; a byline or subheading on a
    // line of its own is the first sentence, and the lead is then the second, which a sentence
    // index would not reach either).
    let lead = other.rec.evidence.field == Field::Title || other.rec.evidence.start == 0;
    // (fatal8) A mention of another sentence whose victims are another party than the record's
    // own lends no toll (by [`victims_apart`]): "قتل 9 من المقاومة" is not the toll of raids on the
    // Houthis. The lead still lends (as for fatal5): it mostly retells the act and names its
    // victims in other words ("إصابة خمسة فلسطينيين" and a strike on a site).
    let victims_other = other_sentence
        && !lead
        && match (
            keep.rec.recipient.as_ref().filter(|_| !keep.place_target),
            other.rec.recipient.as_ref().filter(|_| !other.place_target),
        ) {
            (Some(x), Some(y)) => {
                let clash_side = keep.rec.rule.starts_with("assault.clash")
                    && keep.rec.actor.as_ref().is_some_and(|a| !victims_apart(a, y));
                victims_apart(x, y) && !clash_side
            }
            _ => false,
        };
    // (actors132) Nor does an attack whose trigger's own clause names the object it hit
    // (`act_object_told`: "قصفت طائرات حربية مواقع لمسلحين") take the recipient of a mention of
    // another sentence, not the lead: that recipient is mostly the victim of another act of the
    // story ("وقتل ثلاثة مدنيين بقذيفة" told after it), not the owner of the sites struck.
    // (actors134) A lent party of unknown sector ("أشخاص", "شخصا") is mostly the attack's own
    // dead told in the next sentence, so it is still lent.
    let unknown_lent = other.rec.recipient.as_ref().is_some_and(|e| e.sector.as_deref() == Some("UNK"));
    let object_apart_lender = other_sentence && !lead && !unknown_lent;
    // (fatal18) Whether the lender, of another sentence, is dated by its text on a day the
    // record's own text date does not hold (`days_apart`), read before this mention may lend one.
    let day_apart = other_sentence && days_apart(keep, other);
    let r = &mut keep.rec;
    // Keep every sentence that named the happening, so it can be found from any of them.
    let own = r.evidence.mention();
    let mentions = &mut r.evidence.other_mentions;
    mentions.extend(other.rec.evidence.mentions().filter(|m| *m != own));
    mentions.sort_unstable();
    mentions.dedup();
    let same_mention =
        |a: &Option<Entity>, b: &Option<Entity>| matches!((a, b), (Some(x), Some(y)) if x.text == y.text);
    // (A doer the other mention only borrowed from the topic of the sentences before it is no
    // reading of the happening: "وتفقد المحافظ المصابين. وكان الهجوم قد استهدف المتسوقين" does
    // not make the governor the bomber.)
    let apart = (other.rec.evidence.field, other.rec.evidence.start) != (r.evidence.field, r.evidence.start);
    // A first-person mention's parties are its own sentence's (`Candidate::first_person`).
    // (merge44) "وتتهم الوزارة مردخاي بهجمات إرهابية في الفترة الأخيرة" folded into the dated
    // killing of one baby: a statement about many recent acts names no party of that one act.
    let general_apart = other.vague_plural && r.date.is_some() && apart;
    let lent_from_afar = (other.topic_actor || keep.first_person || general_apart) && apart;
    let first_person_apart = (keep.first_person || other.first_person) && apart;
    // (Whether the record had a doer of its own before this mention lent one: fix60a's
    // `breaker_doer` test below.)
    let had_doer = r.actor.is_some();
    if r.actor.is_none() && !same_mention(&other.rec.actor, &r.recipient) && !lent_from_afar {
        r.actor = other.rec.actor.clone();
        keep.actor_key = other.actor_key.clone();
        keep.topic_actor = other.topic_actor;
    }
    if keep.speaker.is_none() {
        keep.speaker = other.speaker.clone();
    }
    // (A place's state read as the target gives way to a party another mention names.)
    let place_only = keep.place_target && other.rec.recipient.is_some() && !other.place_target;
    let lends_recipient = (r.recipient.is_none() || place_only)
        && !first_person_apart
        && !general_apart
        && !same_mention(&other.rec.recipient, &r.actor)
        && !own_side(&r.event_type, r.actor.as_ref(), other.rec.recipient.as_ref());
    if lends_recipient && object_apart_lender && act_object_told(r) {
        // (actors132) The refused party still keys the merge as it would have (a mention of
        // another party's act does not fold into the record for want of a recipient); only the
        // record does not name it.
        if r.recipient.is_none() && keep.recipient_key.is_none() {
            keep.recipient_key = other.recipient_key.clone();
        }
    } else if lends_recipient {
        r.recipient = other.rec.recipient.clone();
        keep.recipient_key = other.recipient_key.clone();
        keep.place_target = other.place_target;
    }
    // The other mention read as victim what this one read as doer: the victim reading wins.
    if r.recipient.is_none() && same_mention(&other.rec.recipient, &r.actor) && !general_apart {
        r.recipient = other.rec.recipient.clone();
        keep.recipient_key = other.recipient_key.clone();
        r.actor = None;
        keep.actor_key = None;
    }
    // One mention cannot be both doer and victim: the victim reading wins.
    if same_mention(&r.actor, &r.recipient) {
        r.actor = None;
        keep.actor_key = None;
    }
    // ("اعتصام في بيروت" over "اعتصاما في لبنان": the place inside the country is the finer one.)
    // (And "محافظة نينوى" and a town in it: the town.)
    // (Not the governorate's seat town read from the same name told bare in another sentence:
    // "في محافظة لحج" and "في لحج" are one name, and the town is only the bare name's default
    // reading; places52. Unless the record's own sentence says "the city" of it: "أجهض الثوار في
    // محافظة الضالع هجوما هدف لاجتياح المدينة".)
    let inside = matches!((&r.location, &other.rec.location), (Some(k), Some(o)) if contains_place(k, o) && (!seat_reading(k, o) || geocode::says_the_town(&r.evidence.sentence)));
    if r.location.is_none() || geocode::refines(r.location.as_ref(), other.rec.location.as_ref()) || inside {
        r.location = other.rec.location.clone();
    }
    // (Not the `multilateral` of taking part in talks, `يشارك في المحادثات`: see `consult_kind`.)
    let attend_talks = other.rec.rule == "consult.multilateral.attend" && consult_kind(&other.rec) != Some(true);
    if keep.gap_mode.is_none() && r.event_type == other.rec.event_type {
        let own = other.rec.mode.clone().filter(|_| !attend_talks);
        keep.gap_mode_at =
            if own.is_some() { Some((other.rec.evidence.field, other.rec.evidence.start)) } else { other.gap_mode_at };
        keep.gap_mode = own.or_else(|| other.gap_mode.clone());
    }
    // (mode13) A two-sided fight takes from a mention of another sentence only the mode of a
    // fight's own arms (`MODE_CLASH_LENT`: the gunfire, stones or tear gas of that fight told
    // after it); an air raid, a bomb, shelling or a killing told there is mostly another act of the
    // story ("معارك عنيفة مع المسلحين" and the next sentence's "غارات جوية" of the coalition).
    let lent_apart = lender_at != (r.evidence.field, r.evidence.start);
    let clash_apart = lent_apart && r.rule.starts_with("assault.clash");
    // (mode22) Nor does a record whose own sentence names its doer take an air mode
    // (`MODE_AIR_NOT_LENT`: aerial, drone) from a mention of another sentence that names another
    // party as doer (of another state, or the state's forces against a group: `doer_side`): the
    // aircraft are that party's, and its raid is another act of the story ("نفذت المقاومة هجوما"
    // and the coalition's "غارات" told before it: the resistance has no aircraft). A fight's
    // other side is no other party.
    let other_doer = other.rec.actor.as_ref().filter(|_| !other.topic_actor).map(doer_side);
    let another_doer = lent_apart
        && matches!((&own_doer, &other_doer), (Some(x), Some(y)) if !sides_agree(x, y) && !other_side.as_ref().is_some_and(|z| sides_agree(z, y)));
    // (mode14) Nor does any record take from a mention of another sentence the mode of an act done
    // to a person held (`MODE_HELD_NOT_LENT`: an abduction, torture): told apart, it is mostly
    // another act of the story ("حررت القوات 45 رهينة" and the group's attacks on villages; "التعذيب"
    // in the prisons and a killing in a prison riot), not how the killing or attack was done.
    let air_lendable = |m: &str| !another_doer || !MODE_AIR_NOT_LENT.contains(&m);
    let lendable = |m: &String| {
        (!clash_apart || MODE_CLASH_LENT.contains(&m.as_str()))
            && !(lent_apart && MODE_HELD_NOT_LENT.contains(&m.as_str()))
            && air_lendable(m)
    };
    if keep.lent_mode.is_none() && r.event_type == other.rec.event_type {
        let own = other.rec.mode.clone().filter(|m| !attend_talks && m != "destroy" && lendable(m));
        keep.lent_mode = own.or_else(|| other.lent_mode.clone().filter(lendable));
    }
    if r.event_type == other.rec.event_type {
        keep.merged_modes.extend(other.rec.mode.iter().chain(&other.merged_modes).cloned());
    }
    // (places68) A named quarter or spot a mention of another sentence and the same status placed
    // the act at, kept for after merging ("في غزة" and, told again, "في حي الشيخ رضوان"; a quarter
    // the kept sentence itself names beside the town is mostly another act's, and a plan told
    // beside an act done is another act).
    if other.rec.status == r.status && apart {
        // (Only places of a part's feature are kept, the only ones `finest_merged_place` can take:
        // cloning every merged place cost 2.3 M of `merge_candidates`' 124.4 M instructions on the
        // 5,000-article sample.)
        let part = |p: &&Place| geocode::town_part_feature(p);
        keep.merged_parts.extend(other.rec.location.iter().filter(part).chain(&other.merged_parts).cloned());
    }
    // (toll12: a lone victim read by its form is its own sentence's person.)
    // (fatal7: nor is a record told as background lent the toll of another sentence: "ويأتي الهجوم
    // بعد شهرين من هجوم استهدف المتحف" and the lead's dead of today's shooting; unless the lender
    // points back to an act already told, "وأدى هذا التفجير إلى مقتل 120", mostly that older act.)
    let background_apart = keep.background && other_sentence && !other.points_back;
    let lend_toll = lend_toll && !(other.toll_lone && other_sentence) && !background_apart;
    // (fatal8: nor is it lent by a mention whose dead are another party, `victims_other` above.)
    let lend_toll = lend_toll && !victims_other;
    // (fatal9) Nor by a later sentence, not the lead, that tells its act as a new one
    // (`Candidate::new_act`: "وقتل 9 متمردين في غارة جوية على الحي" after the record's own act):
    // an indefinite act noun brings in another act of the story, with its own toll.
    let later = other.rec.evidence.field == Field::Text
        && (r.evidence.field == Field::Title || other.rec.evidence.start > r.evidence.start);
    let new_act_apart = other_sentence && !lead && later && other.new_act && !other.background;
    let lend_toll = lend_toll && !new_act_apart;
    // (fatal18) Nor by a mention of another sentence that its text dates on another day than the
    // record's own text date (`day_apart` above: a digest's "عام 2004" beside a record of 2000,
    // the June bombing's dead beside last month's attacks): a day apart is another act. Refused,
    // it is marked as refused, as for fatal10 below: the next lender is mostly another day's too.
    if day_apart && fills && lend_toll && !keep.toll_refused.contains(&lender_at) {
        keep.toll_refused.push(lender_at);
    }
    let lend_toll = lend_toll && !day_apart;
    // (fatal10) Nor by a mention of another sentence that names only places apart from the
    // record's (`toll_placed_apart`: "قتل 22 متمردا في مديرية مشرعة" is no toll of battles in
    // Marib), read with the record's place before this merge; unless its dead are the record's
    // own count (one act told twice, the record's place then mostly misread). Refused, it is
    // marked as refused, so no later mention of another sentence lends in its place.
    let same_dead = r.fatalities.is_some() && r.fatalities == other.rec.fatalities;
    let place_apart = placed_apart && !same_dead;
    if place_apart && fills && lend_toll && !keep.toll_refused.contains(&lender_at) {
        keep.toll_refused.push(lender_at);
    }
    let lend_toll = lend_toll && !place_apart;
    // (actors141) The article's lead (`lead` above: the title or the first sentence) retelling
    // the act with a count of dead a little larger than the record's own (at most half as many
    // again: a title's "مقتل ثلاثة" and the body's "فقتل شخصين … قبل أن ينتحر"; "استشهاد 4" and
    // the body's "أحد الحراس وثلاثة جنود") gives the act's whole toll,
    // which the body split or counted before it was final. A larger gap is mostly another count
    // (a campaign's, the killed and wounded together, another act of the story).
    let lead_more =
        matches!((r.fatalities, other.rec.fatalities), (Some(a), Some(b)) if a > 0 && b > a && b - a <= a / 2);
    if (r.fatalities.is_none() || (lead && lead_more)) && lend_toll {
        r.fatalities = lent(other.rec.fatalities);
        keep.toll_fix[0] = other.toll_fix[0].filter(|f| r.fatalities == Some(f.0));
    }
    // (fatal5) A mention whose dead differ from the record's by more than half the larger count
    // lends no wounded: it is mostly another act of the story (a massacre told beside the police
    // killing it was avenged by, a raid's hurt on a family shelled in its house), and a user who
    // sums the hurt counts them twice. A count near the record's is mostly one act told twice
    // (a first count and the ministry's), and the title or the first sentence mostly retells the
    // act with its own toll, so those still lend (`lead` above). (Halved rather than doubled so
    // that no parsed toll overflows.)
    let other_dead = matches!((r.fatalities, other.rec.fatalities), (Some(a), Some(b)) if a.abs_diff(b) > a.max(b) / 2);
    let lends_hurt = !other_dead || lead;
    // (fatal15) A record whose own sentence tells its hurt by a vague count ("وقتل 11 مهاجرا وجرح
    // عشرات") takes the hurt only of a mention with its own count of dead (one act told twice):
    // a mention with other dead is mostly another act, side or count (SPEC §4: a vague count is null).
    let vague_apart = keep.vague_hurt && r.fatalities.is_some() && r.fatalities != other.rec.fatalities;
    let lends_hurt = lends_hurt && !vague_apart;
    if r.injuries.is_none() && lend_toll && lends_hurt {
        r.injuries = lent(other.rec.injuries);
        keep.toll_fix[1] = other.toll_fix[1].filter(|f| r.injuries == Some(f.0));
    }
    if keep.protest_recipient.is_none() {
        keep.protest_recipient = other.protest_recipient.clone();
    }
    // (fix60a) Only to a protest with no doer of its own (one lent by this mention counts as
    // none): one that kept its own is placed with it, not with the party that broke up the
    // other mention.
    if keep.breaker_doer.is_none() && !had_doer {
        keep.breaker_doer = other.breaker_doer.clone();
    }
    // (An act to come does not take the past day of a mention told as done: "المؤتمر المقرر"
    // is not dated by "عقد المؤتمر الأسبوع الماضي".)
    // (dates42) "قال مسؤول أمس إن القوات اعتقلت خمسة … وكانت القوات اعتقلتهم يوم الجمعة": a day
    // that only dates the report telling the act gives way to an expression another mention of
    // the act, told as done, dates it by.
    // (dates59, review64b) Whether the record had a day of the text before this merge: a mention
    // of long ago in its relative clause makes it background below only when it had none.
    let own_text_day = r.date_basis == Some(DateBasis::Text);
    let report_gives_way = keep.report_dated
        && r.status == Status::Occurred
        && other.rec.status == Status::Occurred
        && !other.report_dated
        && !other.governed_day;
    if (r.date_basis != Some(DateBasis::Text) || report_gives_way)
        && other.rec.date_basis == Some(DateBasis::Text)
        && !(r.status == Status::Future && other.dated_past)
    {
        // The text's date expression also decides the status (a date months back is history).
        if r.status == Status::Occurred {
            r.status = other.rec.status;
        }
        take_date(keep, other);
        keep.dated_past = other.dated_past;
        keep.early_year = false;
    } else if keep.finer_day.is_none() && finer_text_date(keep, other) {
        // (dates61) "… بقتل اثنين من موظفي السفارة عام 2008" and "وكان الاثنان قد اغتيلا في الأول من
        // يناير 2008": a mention of the same happening, told the same way, that names a calendar
        // day within the record's own text date is the most specific one (SPEC §4); it is set
        // after merging (`Candidate::finer_day`).
        keep.finer_day = other.rec.date.clone().map(|d| (d, other.rec.date_text.clone()));
    }
    // (dates62) A mention that had gathered such a day from a mention of its own passes it on
    // when it is folded in turn, on the same terms (`carries_finer_day`): the Belaid lead's
    // «السادس من الشهر الجاري» was lost when its collector merged into another record.
    if keep.finer_day.is_none() && carries_finer_day(keep, other) {
        keep.finer_day = other.finer_day.clone();
    }
    keep.court_crime |= other.court_crime;
    if !own_text_day {
        keep.long_ago_clause |= other.long_ago_clause;
    }
}

/// Whether `keep` and `other` are each dated by their own text (not by the publication day, nor
/// by a day that only dates a report, `Candidate::report_dated`) on days neither of which holds
/// the other (`2015-06` and `2015-07-10`; `2015-07` and `2015-07-10` agree): two acts of two
/// days, so one's toll is not the other's (fatal18).
fn days_apart(keep: &Candidate, other: &Candidate) -> bool {
    let (k, o) = (&keep.rec, &other.rec);
    k.date_basis == Some(DateBasis::Text)
        && o.date_basis == Some(DateBasis::Text)
        && !keep.report_dated
        && !other.report_dated
        && matches!((&k.date, &o.date), (Some(x), Some(y)) if !nested_dates(x, y))
}

/// The terms dates61 and dates62 share for a record to take a finer day from a mention folded
/// into it: both dated by the text and told alike, the record's date not a day and not only the
/// day of a report or of a governing statement.
fn may_take_finer_day(keep: &Candidate, other: &Candidate) -> bool {
    let (r, o) = (&keep.rec, &other.rec);
    r.date_basis == Some(DateBasis::Text)
        && o.date_basis == Some(DateBasis::Text)
        && told_alike(r.status, o.status)
        && r.date_precision != DatePrecision::Day
        && !(keep.report_dated || keep.governed_day)
}

/// (dates61) Whether `other`, a merged mention, dates the record's happening more finely than the
/// record's own text date: both dates are the text's, with the same status, neither only the day
/// of a report or of a governing statement, the mention's is a calendar day (`calendar_day`) and
/// it lies within the record's year or month (`2008` and `2008-01-01`, `2015-06` and
/// `2015-06-26`; not `2015-06` and `2015-07-14`).
fn finer_text_date(keep: &Candidate, other: &Candidate) -> bool {
    let (r, o) = (&keep.rec, &other.rec);
    may_take_finer_day(keep, other)
        && o.date_precision == DatePrecision::Day
        && !(other.report_dated || other.governed_day)
        && match (&r.date, &o.date) {
            (Some(x), Some(y)) => y.starts_with(x.as_str()) && calendar_day(o),
            _ => false,
        }
}

/// (dates62) Whether the calendar day `other` had gathered (`Candidate::finer_day`) holds for the
/// record it is folded into on `finer_text_date`'s terms: both told the same way, dated by the
/// text, the record not to the day and only by its own expression, and the day within the
/// record's year or month.
fn carries_finer_day(keep: &Candidate, other: &Candidate) -> bool {
    may_take_finer_day(keep, other)
        && match (&keep.rec.date, &other.finer_day) {
            (Some(x), Some((d, _))) => d.starts_with(x.as_str()),
            _ => false,
        }
}

/// (dates62) Whether two mentions are told the same way for `finer_text_date`: the same status,
/// or both told done, one as recent and one as background ("الاتفاق الذي وقع الشهر الماضي" and
/// "الاتفاق الذي أبرمته في 14 يوليو"): the status a date reads decides the two apart, not the act.
fn told_alike(a: Status, b: Status) -> bool {
    let done = |s: Status| matches!(s, Status::Occurred | Status::Historical);
    a == b || (done(a) && done(b))
}

/// (dates61) The record's day is named by its calendar ("في 26 يونيو", "الثامن عشر من يوليو
/// الماضي", "السادس من الشهر الجاري"), not counted from publication as a weekday or "أمس" is:
/// its text, read again as if published a day later and also eight days later or a day earlier,
/// names the same day (fix66b: a week later alone let "الثلاثاء الماضي" and "قبل سبعة أيام"
/// pass, a week on being the same weekday; no weekday or count of days names one day from two
/// publication days a week or more apart, nor from a day before and a day after it, while the
/// day before keeps "السادس من الشهر الجاري" whose eighth day on is in the next month, and the
/// day after and the eighth keep "الثامن عشر من يوليو الماضي"). A weekday or a
/// yesterday in another mention's sentence is mostly the day of that sentence's own act (a video
/// aired, a statement confirmed), not of the happening the record already dates by its month.
fn calendar_day(r: &EventRecord) -> bool {
    let (Some(date), Some(text)) = (r.date.as_deref(), r.date_text.as_deref()) else { return false };
    names_calendar_day(date, text)
}

/// [`calendar_day`] on a record's date and date text.
pub(crate) fn names_calendar_day(date: &str, text: &str) -> bool {
    let Some((day, _)) = ahdath_text::dates::iso_days(date) else { return false };
    let same = |offset: i64| {
        let published = day.checked_add_signed(chrono::Duration::days(offset));
        ahdath_text::find_dates(text, published).iter().any(|d| d.iso() == date)
    };
    same(1) && (same(8) || same(-1))
}

/// Sectors of armed men, for [`victims_apart`].
const ARMED_SECTORS: [&str; 7] = ["MIL", "COP", "REB", "PRM", "UAF", "SPY", "CRM"];

/// (fatal8) Whether the dead a merged mention reads (`theirs`) are another party than the victim
/// of the record (`ours`): armed men of another side (`sides_agree`: another country or sector
/// family) than the armed men the act hit, or armed men where the act hit civilians. Civilians
/// killed by an act aimed at armed men are mostly that act's own dead ("غارات على مواقع
/// التنظيم" and "30 مدنيا قتلوا جراء هذه الغارات"), and a state named as the victim is mostly a
/// place or a metonym ("على الحدود مع سوريا"), so neither parts them.
fn victims_apart(ours: &Entity, theirs: &Entity) -> bool {
    let state = |e: &Entity| e.id.as_deref().is_some_and(|id| id.starts_with("state."));
    let armed = |e: &Entity| e.sector.as_deref().is_some_and(|s| ARMED_SECTORS.contains(&s));
    let civil = |e: &Entity| e.sector.as_deref() == Some("CVL");
    if state(ours) || state(theirs) || !armed(theirs) {
        return false;
    }
    civil(ours) || (armed(ours) && !sides_agree(&doer_side(ours), &doer_side(theirs)))
}

/// A doer's side for mode22: its country and its sector family (`doer_family`).
fn doer_side(e: &Entity) -> (Option<String>, Option<&'static str>) {
    (e.country.clone(), e.sector.as_deref().map(doer_family))
}

/// The sector family of a doer (mode22): the state, its forces and its branches are one side
/// ("تركيا" and "الجيش التركي"); a party of unknown sector agrees with any (`ANY_SECTOR`).
fn doer_family(sector: &str) -> &'static str {
    match sector {
        "GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY" => "state",
        "UNK" => ANY_SECTOR,
        "REB" => "REB",
        "PRM" => "PRM",
        "UAF" => "UAF",
        "OPP" => "OPP",
        "CVL" => "CVL",
        "CRM" => "CRM",
        _ => "other",
    }
}

/// Whether two doer sides (`doer_side`) may name one party: one country (or one unknown) and
/// one sector family.
fn sides_agree(a: &(Option<String>, Option<&'static str>), b: &(Option<String>, Option<&'static str>)) -> bool {
    let country = a.0.is_none() || b.0.is_none() || a.0 == b.0;
    let sector = match (a.1, b.1) {
        (Some(x), Some(y)) => x == y || x == ANY_SECTOR || y == ANY_SECTOR,
        _ => true,
    };
    country && sector
}

/// Types whose recipient a merge does not take from the doer's own side (see [`own_side`]).
const OWN_SIDE_TYPES: [&str; 5] = ["CONSULT", "AGREE", "COOPERATE", "ACCUSE", "REQUEST"];

/// A party another mention read that is the doer's own side: of the doer's country and its
/// sector, or the bare state (a country or capital metonym) of the doer's country. A merge does
/// not make it the recipient of a meeting, deal, accusation or demand ("استقبل ولي العهد بوتين"
/// and "زيارة بوتين للرياض": not the crown prince meeting Riyadh); a party of another sector of
/// the same country (a government and its opposition, a ministry and the police) still fills it.
pub(crate) fn own_side(event_type: &str, actor: Option<&Entity>, other: Option<&Entity>) -> bool {
    let (Some(a), Some(o)) = (actor, other) else { return false };
    OWN_SIDE_TYPES.contains(&event_type)
        && a.country.is_some()
        && a.country == o.country
        && ((a.sector.is_some() && a.sector == o.sector) || o.id.as_deref().is_some_and(|id| id.starts_with("state.")))
}

/// Days between a text date and the publication day within which a mention dated only by the
/// publication day can be the same happening as the text-dated one ("اعتقلت الشرطة ناشطين أمس" and
/// a later "وجرى اعتقال الناشطين" with no date of its own). (At 7 days a shooting was joined to a
/// killing five days before it; 2 days already lost true records on the dev split.)
const PUBLICATION_DAY_SLACK: i64 = 1;

/// Whether two mentions' dates can name one happening: one is a prefix of the other (`2021-06`
/// and `2021-06-09`), or one is only the publication day and the other a day the text names at
/// most [`PUBLICATION_DAY_SLACK`] days from it.
fn dates_agree(a: &EventRecord, b: &EventRecord) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => nested_dates(x, y) || publication_day_near(a, b) || publication_day_near(b, a),
        _ => true,
    }
}

/// One date lies within the other's span: one is a prefix of the other (`2021-06` and
/// `2021-06-09` agree, `2021-06-09` and `2021-06-10` do not).
fn nested_dates(x: &str, y: &str) -> bool {
    x.starts_with(y) || y.starts_with(x)
}

/// `p` is dated only by the publication day and `t` by a day named in the text near it.
fn publication_day_near(p: &EventRecord, t: &EventRecord) -> bool {
    publication_day_after(p, t, -PUBLICATION_DAY_SLACK..=PUBLICATION_DAY_SLACK)
}

/// Whether `p` is dated only by the publication day and `t` by the text, and `p`'s day falls
/// `days` days after `t`'s (negative: before).
fn publication_day_after(p: &EventRecord, t: &EventRecord, days: std::ops::RangeInclusive<i64>) -> bool {
    let day = |r: &EventRecord| NaiveDate::parse_from_str(r.date.as_deref()?, "%Y-%m-%d").ok();
    p.date_basis == Some(DateBasis::Publication)
        && t.date_basis == Some(DateBasis::Text)
        && matches!((day(p), day(t)), (Some(x), Some(y)) if days.contains(&(x - y).num_days()))
}

/// Days before the publication day within which a text-dated mention can be the happening the
/// article's lead tells without a day (see [`lead_dated_later`]).
const LEAD_DAY_SLACK: i64 = 7;

/// Whether `o` and `c` are the article's lead, dated only by the publication day, and a mention
/// told as done on a day the text names up to [`LEAD_DAY_SLACK`] days before publication (merge31):
/// "أدانت الجامعة العربية القصف" in the lead and "ودانت الجامعة العربية أول من أمس القصف" later
/// are one condemnation, dated by the later sentence. A day three days off needs more than the
/// loose agreement other merges ask: both happened; both name a doer of one key and, where both
/// read one, of one sector (a ministry's arrest is not the police's of another boy); both name
/// an agreeing recipient or neither does (a call to unity is not a request about Mullah Omar);
/// and the modes they state or take from merged mentions agree (a meeting is not a phone call). The other merge
/// checks, place among them, still apply.
fn lead_dated_later(o: &Candidate, c: &Candidate) -> bool {
    let told_before = |p: &EventRecord, t: &EventRecord| {
        p.evidence.mentions().any(|m| m.field == Field::Text && m.start == 0)
            && publication_day_after(p, t, 0..=LEAD_DAY_SLACK)
    };
    let sector = |k: &Candidate| k.rec.actor.as_ref().and_then(|a| a.sector.clone());
    let mode = |k: &Candidate| {
        k.rec.mode.clone().or_else(|| k.gap_mode.clone()).or_else(|| k.context_mode.map(str::to_string))
    };
    o.rec.status == Status::Occurred
        && c.rec.status == Status::Occurred
        && o.actor_key.is_some()
        && o.actor_key == c.actor_key
        && compatible(&sector(o), &sector(c))
        && o.recipient_key.is_some() == c.recipient_key.is_some()
        && compatible(&mode(o), &mode(c))
        && (told_before(&o.rec, &c.rec) || told_before(&c.rec, &o.rec))
}

/// Whether two mentions can be at one place: the same place (see [`location_key`]), none on
/// either side, or one place inside the other.
fn places_agree(a: &EventRecord, b: &EventRecord) -> bool {
    if same_location(a, b) {
        return true;
    }
    match (&a.location, &b.location) {
        (Some(x), Some(y)) => contains_place(x, y) || contains_place(y, x),
        _ => true,
    }
}

/// "اندلعت اشتباكات بين المتظاهرين وقوات الأمن", "اعتقلت الشرطة عشرات المحتجين": a clash with,
/// an attack on or an arrest of protesters, in a sentence that names no protest, tells that they
/// protested (SPEC §4: the protest is an event of its own). The PROTEST demo it implies has the
/// protesters as actor and the place and date of the act; it folds into a protest the article
/// told before it (`anaphoric`), and a protest told after it is the more specific mention.
pub(crate) fn implied_protest(sentence: &[Candidate]) -> Option<Candidate> {
    // (A sentence that tells a clash as background, "قتل ثلاثة متظاهرين في اشتباكات عام 2011",
    // may date only one of its mentions: any act of it not plainly occurred rules it out.)
    let act = |c: &Candidate| matches!(c.rec.event_type.as_str(), "ASSAULT" | "COERCE");
    if sentence.iter().any(|c| c.rec.event_type == "PROTEST" || (act(c) && c.rec.status != Status::Occurred)) {
        return None;
    }
    sentence.iter().find_map(|c| {
        if !act(c) {
            return None;
        }
        let protesters = [&c.rec.recipient, &c.rec.actor]
            .into_iter()
            .flatten()
            .find(|e| e.id.as_deref() == Some("grp.protesters"))?;
        let mut p = c.clone();
        p.rec.id = format!("{}-protest", c.rec.id);
        p.rec.event_type = "PROTEST".into();
        p.rec.mode = Some("demo".into());
        p.rec.context = Vec::new();
        p.rec.rule = "protest.demo.implied".into();
        p.rec.actor = Some(protesters.clone());
        p.rec.recipient = None;
        p.rec.fatalities = None;
        p.rec.injuries = None;
        p.rec.confidence = (c.rec.confidence * 0.8 * 100.0).round() / 100.0;
        p.actor_key = Some(entity_key(protesters));
        p.recipient_key = None;
        p.anaphoric = true;
        p.construct = false;
        p.specificity = 0;
        p.verb = false;
        p.outcome = false;
        Some(p)
    })
}

/// Sector families of a recipient: the security forces (army, police, intelligence) and the
/// state's civil branches (government, parliament, courts) are each named in many words
/// ("قوات حفظ النظام", "رجال الشرطة"; "نواب", "الحكومة").
fn sector_family(sector: &str) -> &str {
    match sector {
        "MIL" | "COP" | "SPY" => "security",
        "GOV" | "LEG" | "JUD" => "state",
        s => s,
    }
}

/// The sector of a recipient key that agrees with every sector of its country: the dead and
/// the wounded named only as such ("القتلى"), who may be civilians, soldiers or fighters.
pub(crate) const ANY_SECTOR: &str = "*";

/// Whether two recipient keys (`country/sector`) can name one party.
fn recipients_agree(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            fn split(k: &str) -> (&str, &str) {
                let (c, s) = k.rsplit_once('/').unwrap_or((k, "?"));
                (c, sector_family(s))
            }
            let (cx, sx) = split(x);
            let (cy, sy) = split(y);
            x == y || (cx == cy && (sx == sy || sx == ANY_SECTOR || sy == ANY_SECTOR))
        }
        _ => true,
    }
}

/// Victims and people named with no side, as one record's recipient, can be the other's
/// (step 4; the claim-and-denial pairing and the anaphoric nouns keep the plain keys): the dead
/// and the wounded (`grp.victims`: "الضحايا", "جرحى", "الشهداء") may be civilians, soldiers or
/// fighters, so they agree with any recipient of their country; people (`grp.people_unspecified`:
/// "أشخاص", "شاب", "رجال") agree with its civilians. "قتل أكثر من 100 شخص في هجوم شنه متمردون على
/// قبيلة … وقال إنهم تعرضوا لهجوم من عدد كبير من الأشخاص" is one attack; "اعتقال ثمانية أشخاص"
/// and a remanded police driver (COP) stay apart.
fn unnamed_people_agree(a: &EventRecord, b: &EventRecord) -> bool {
    let (Some(x), Some(y)) = (&a.recipient, &b.recipient) else { return false };
    let side = |p: &Entity, q: &Entity| match p.id.as_deref() {
        Some(VICTIMS_ID) => true,
        Some(PEOPLE_ID) => q.sector.as_deref() == Some(CIVILIAN_SECTOR),
        _ => false,
    };
    entity_key(x) == entity_key(y) && (side(x, y) || side(y, x))
}

/// The dictionary's groups of unnamed victims and of people named with no side, and the
/// civilians' sector (`unnamed_people_agree`).
pub(crate) const VICTIMS_ID: &str = "grp.victims";

pub(crate) const PEOPLE_ID: &str = "grp.people_unspecified";

const CIVILIAN_SECTOR: &str = "CVL";

/// The order in which step 4 of the merge tries the records kept so far: those with a mention in
/// the candidate's own sentence first, then the others in article order. "تظاهر مئات في مدينة
/// طنجة، كما احتجوا على غلاء الأسعار" names its place once: the second verb is the protest of its
/// own sentence, not the first compatible protest of the article (in another city).
fn nearest_first(out: &[Candidate], c: &Candidate) -> Vec<usize> {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| !shares_sentence(&out[i], c));
    order
}

/// Whether record `o` has a mention (its own or a merged one) in candidate `c`'s sentence.
fn shares_sentence(o: &Candidate, c: &Candidate) -> bool {
    let (e, ev) = (&o.rec.evidence, &c.rec.evidence);
    (e.field == ev.field && e.start == ev.start)
        || e.other_mentions.iter().any(|m| m.field == ev.field && m.start == ev.start)
}

/// A summit or conference (CONSULT `multilateral`) and a meeting, call or visit of other parties
/// are different happenings even when one mention has no mode: the talks held "on the sidelines
/// of the summit" are not the summit. Such mentions never merge (eleventh session). Taking part
/// (`يشارك في …`, rule `consult.multilateral.attend`) is of the kind of what it names: a summit
/// or conference is multilateral, talks or a meeting with a party (`في المحادثات`, `في اللقاء`) are
/// not, and a plain `اجتماع` may be either.
pub(crate) fn consult_kinds_apart(a: &EventRecord, b: &EventRecord) -> bool {
    a.event_type == "CONSULT"
        && b.event_type == "CONSULT"
        && matches!((consult_kind(a), consult_kind(b)), (Some(x), Some(y)) if x != y)
}

/// `Some(true)` for a multilateral gathering, `Some(false)` for other consultations, `None` when
/// a mention of taking part does not say which (see `consult_kinds_apart`).
fn consult_kind(r: &EventRecord) -> Option<bool> {
    if r.rule != "consult.multilateral.attend" {
        return Some(r.mode.as_deref() == Some("multilateral"));
    }
    let words: Vec<&str> = geocode::after_trigger(&r.evidence).split_whitespace().take(6).collect();
    let named = words.iter().position(|w| *w == "في").and_then(|i| words.get(i + 1))?;
    let named = named.strip_prefix("ال").unwrap_or(named);
    const TALKS: [&str; 6] = ["محادثات", "مفاوضات", "مباحثات", "مشاورات", "لقاء", "حوار"];
    const GATHERINGS: [&str; 5] = ["قمة", "مؤتمر", "منتدى", "ملتقى", "أعمال"];
    if TALKS.iter().any(|t| named.starts_with(t)) {
        Some(false)
    } else if GATHERINGS.iter().any(|t| named.starts_with(t)) {
        Some(true)
    } else {
        None
    }
}

/// Whether two ASSAULT mentions are the acts of the two sides of a street fight (thirteenth
/// session): one is the crowd control of the police (tear gas, water cannon, rubber bullets,
/// batons: mode `crowd-control`) and the other an attack of another stated mode (the crowd's
/// stones or Molotovs, live fire, a bomb), or one is the crowd's stones, Molotovs or knives
/// (`primitive`) and the other gunfire (`firearms`). "رشق المتظاهرون الشرطة بالحجارة فردت بقنابل
/// الغاز" → two assaults. A mention with no mode (a clash, a toll) is not set apart: "قتل متظاهر
/// بالخرطوش" is one killing. (Any two different modes were tried and dropped: one attack is told
/// with many instrument words, "اغتيل … بالرصاص", "انفجر صاروخ".)
///
/// A record's mode here is the one it states: its kept mention's, or, when that states none (a
/// clash noun, a toll), the mode of the first mention merged into it (`gap_mode`) when that
/// mention stands in the sentence of the mention `b` to join, so that a modeless clash that took
/// in the crowd's stones does not then take in the police's tear gas of the same sentence too
/// (twenty-first session): "تجددت الاشتباكات بين المتظاهرين والأمن، وقذفوا قوات الأمن بالحجارة،
/// وأطلقت قوات الأمن الغازات المسيلة للدموع" → two assaults (before: one). (A merged mode from
/// another sentence is not counted: it split a killing from its own gunfire because stones of
/// another clash had merged into the killing first.)
pub(crate) fn crowd_control_apart(a: &Candidate, b: &Candidate) -> bool {
    let here = Some((b.rec.evidence.field, b.rec.evidence.start));
    let stated = |c: &Candidate| c.rec.mode.clone().or_else(|| c.gap_mode.clone().filter(|_| c.gap_mode_at == here));
    let (x, y) = (stated(a), stated(b));
    let cc = |m: &Option<String>| m.as_deref() == Some("crowd-control");
    let sides =
        |m: &Option<String>, n: &Option<String>| m.as_deref() == Some("primitive") && n.as_deref() == Some("firearms");
    a.rec.event_type == "ASSAULT"
        && b.rec.event_type == "ASSAULT"
        && x.is_some()
        && y.is_some()
        && (cc(&x) != cc(&y) || sides(&x, &y) || sides(&y, &x))
}

/// The rule id of a press conference held with a named counterpart (`consult.meet.press-with`).
const PRESS_WITH_RULE: &str = "consult.meet.press-with";

/// Whether `o` is a press conference held with a counterpart (recall74) and `c` a mention of
/// another sentence: such a record tells its two parties in its own sentence and is no anchor for
/// the article's other meeting words, which fold into it only by coming after it («وتطرق الوزير
/// خلال مؤتمر صحافي مع نظيره …» would take in a delegation's visit told three paragraphs on).
/// It may still fold into a record told before it.
pub(crate) fn press_with_anchor_apart(o: &Candidate, c: &Candidate) -> bool {
    o.rec.rule == PRESS_WITH_RULE && !shares_sentence(o, c)
}

/// Whether a definite event noun ("المعارك", "القصف", "الاشتباكات") plainly names another
/// happening than an earlier record of its type, so that it must not fold into it as a mention
/// referring back (twelfth session): both name a place the gazetteer knows and neither place is
/// the other or lies inside it (two towns of one battle report). "قصفت الطائرات الحربية بلدة
/// كفرنبل أمس. وفي مدينة حمص استمر القصف طوال الليل." → two assaults. (Two days named by the
/// text, or two different doers, were tried as well and dropped: see docs/coding.md §11.)
pub(crate) fn anaphor_apart(o: &Candidate, c: &Candidate) -> bool {
    let resolved = |r: &EventRecord| r.location.as_ref().is_some_and(|l| l.name.is_some() && l.country.is_some());
    resolved(&o.rec)
        && resolved(&c.rec)
        && !weak_place(&c.rec)
        && !places_agree(&o.rec, &c.rec)
        && !matches!((&o.rec.location, &c.rec.location), (Some(x), Some(y)) if quarter_of(x, y) || quarter_of(y, x))
}

/// Whether a definite clash noun that names both its parties after "بين" (`clash_pair`) plainly
/// tells another fight than record `o` of another sentence, so that it does not fold into it as
/// a mention referring back (recall35): its own sentence dates it to a day (the day's fight, not a
/// background "منذ اندلاع المواجهات بين …" or "تلك المعارك بين …") and a party of its own
/// disagrees with the record's (actor or recipient, compared as in step 4). "شنت مقاتلات التحالف
/// غارات على مواقع الحوثيين. واندلعت أمس المواجهات بين الحوثيين والمقاومة الشعبية" → two
/// assaults: the air strikes and the ground fighting. The noun then goes through the later steps
/// like any mention.
pub(crate) fn pair_apart(o: &Candidate, c: &Candidate) -> bool {
    c.clash_pair
        && c.rec.date_basis == Some(DateBasis::Text)
        && c.rec.date_precision == DatePrecision::Day
        && !shares_sentence(o, c)
        && !(compatible(&o.actor_key, &c.actor_key) && compatible(&o.recipient_key, &c.recipient_key))
}

/// Days between the start of the day, month or year a mention is dated to and publication from
/// which the mention is background (`told_back`): a year. (With any historical mention, or a
/// month a month back, undated retellings of acts of the last weeks and months were split from
/// them: a deal three weeks old, a meeting of early July, a battle of March told as a story.)
pub(crate) const BACKGROUND_DAYS: i64 = 365;

/// (status77) Whether two mentions of different status stay apart because one was made
/// background by its own month or year told past in an article with no publication date
/// (`Candidate::undated_month`): "وفي رسالة الشهر الماضي طالب البابا …" is not the call told as
/// news with "أمس", even by the same named person. With a publication date their dates disagree.
pub(crate) fn undated_month_apart(o: &Candidate, c: &Candidate) -> bool {
    o.rec.status != c.rec.status && (o.undated_month || c.undated_month)
}

/// Whether mention `c`, an earlier act told as background in another sentence (`told_back`: a
/// year or more back), stays apart from record `o`, the day's act: one that happened and holds
/// no date of the text (merge34). "وفي عام 2013 قتل مسلحون من الحركة 67 شخصا" is not the killing
/// told as today's news before it, and "إحكام الرقابة … منذ إطلاق النظام عام 2016" not today's
/// import ban; folded in, the day's record took the old date and became `historical`. (A live
/// mention told after a background one still folds into it: "مكان القصف" after "قصف المصنع عام
/// 2010" is that bombing.)
pub(crate) fn background_apart(o: &Candidate, c: &Candidate) -> bool {
    c.told_back
        && o.rec.status == Status::Occurred
        && o.rec.date_basis != Some(DateBasis::Text)
        && !shares_sentence(o, c)
}

/// Whether mentions `o` and `c` of different sentences stay apart because one is an act told at a
/// time counted from the sentence before it (`Candidate::told_on`, status63): "ففي 18 يوليو 1994
/// فجر مسلحون شاحنة … وقبل عامين من ذلك، أسفر هجوم على السفارة عن سقوط 29 قتيلا" tells two
/// attacks; undated, the second would fold into the first or into any act of its type told later.
pub(crate) fn told_on_apart(o: &Candidate, c: &Candidate) -> bool {
    (o.told_on || c.told_on) && !shares_sentence(o, c)
}

/// Whether mentions `o` and `c` of different sentences stay apart because one is the act an
/// anniversary recalls, with no date of the text, and the other is not (dates46), in the merge and
/// for a definite noun that would refer back (merge step 1): undated after `anniversary_of`, the
/// recalled act would take the date and parties of any act of its type ("الذكرى الأولى لاختطاف
/// العسكريين" took the day of an assault to come in a later sentence, the killing an anniversary
/// recalls took the year and the place of a killing told in the paragraph before).
pub(crate) fn anniversary_apart(o: &Candidate, c: &Candidate) -> bool {
    // (A recalled act that keeps a date of its own, "لاحتجاجات 14 فبراير 2011", still meets the
    // same act told elsewhere by that date: "حركة احتجاجية بدأت في 14 فبراير 2011".)
    let undated = |x: &Candidate| x.recalled && x.rec.date_basis != Some(DateBasis::Text);
    o.recalled != c.recalled && (undated(o) || undated(c)) && !shares_sentence(o, c)
}

/// Whether two ACCUSE mentions of different sentences have different named parties as doers
/// (recall55, SPEC §4 "Splitting"): al-Azhar's and the mufti's condemnations of one attack are two
/// events, though the merge key of both doers is their country. Not when both doers are of the
/// government sector (a ministry, its minister and its state mostly tell one statement), nor within
/// one sentence ("أدانت الهيئة … واصفة إياه": one statement the actor reader may read twice).
fn distinct_accusers(oc: &Candidate, cc: &Candidate) -> bool {
    fn party(r: &EventRecord) -> Option<(&str, Option<&str>)> {
        let a = r.actor.as_ref()?;
        let id = a.id.as_deref().filter(|id| ["per.", "org.", "off."].iter().any(|p| id.starts_with(p)))?;
        Some((id, a.sector.as_deref()))
    }
    let (o, c) = (&oc.rec, &cc.rec);
    if o.event_type != "ACCUSE" || c.event_type != "ACCUSE" || shares_sentence(oc, cc) {
        return false;
    }
    match (party(o), party(c)) {
        (Some((x, sx)), Some((y, sy))) => x != y && !(sx == Some("GOV") && sy == Some("GOV")),
        _ => false,
    }
}

/// Whether `c` retells as done the crime `h` is, the crime of a verdict, a trial or an execution
/// made historical (`Candidate::court_crime`, merge37): an occurred mention of the same type with no
/// date of its own text. The status and date checks of the merge give way; the others still apply.
pub(crate) fn retold_court_crime(h: &Candidate, c: &Candidate) -> bool {
    h.court_crime
        && h.rec.status == Status::Historical
        && c.rec.status == Status::Occurred
        && c.rec.date_basis != Some(DateBasis::Text)
        && h.rec.event_type == c.rec.event_type
}

/// Whether a definite noun names a past happening of its own, not the record it would refer
/// back to (issue 2, seventeenth session): the noun is background (`historical`) through a day,
/// month or year its text names after it ("الاعتداء الذي وقع في يوليو الماضي", "لانطلاق
/// الاحتجاجات في 14 فبراير 2011"), and the record is not background and not dated within that span.
pub(crate) fn recalled_apart(o: &EventRecord, c: &EventRecord) -> bool {
    if c.status != Status::Historical || o.status == Status::Historical || c.date_basis != Some(DateBasis::Text) {
        return false;
    }
    let (Some(x), Some(y), Some(text)) = (o.date.as_deref(), c.date.as_deref(), c.date_text.as_deref()) else {
        return false;
    };
    !nested_dates(x, y) && geocode::after_trigger(&c.evidence).contains(text)
}

/// Days between a definite noun's own day and the publication day of a record told by a finite
/// verb beyond which the noun names another happening (`own_day_apart`, recall71).
const OWN_DAY_SLACK: i64 = 7;

/// Whether a definite noun `c` that its own sentence dates to a day stays apart from record `o`,
/// the day's act told by a finite verb and dated only by the publication day, when the two days
/// are more than [`OWN_DAY_SLACK`] days apart (recall71): the noun is an earlier act told as
/// background or one planned for a later day, not the verb's. "اتفق الوزراء على دعم الحكومة" and
/// later "ورحبوا بالاتفاقية الموقعة في 11 يوليو" (a month before the news) are two AGREEs; "دعت
/// المنظمات البرلمان …" and "تلبية الدعوة للإضراب بتاريخ 1 سبتمبر" two REQUESTs. The step-4 and
/// construct checks already ask dates that agree; the anaphoric step asked none. (A record dated
/// by the text, or whose kept mention is itself a noun, is left: there the noun's day is mostly
/// that of another act of its sentence, or the one day of an undated topic such as a deal.)
fn own_day_apart(o: &Candidate, c: &Candidate) -> bool {
    let day = |r: &EventRecord| NaiveDate::parse_from_str(r.date.as_deref()?, "%Y-%m-%d").ok();
    o.verb
        && !o.anaphoric
        && o.rec.date_basis == Some(DateBasis::Publication)
        && c.rec.date_basis == Some(DateBasis::Text)
        && c.rec.date_precision == DatePrecision::Day
        && !shares_sentence(o, c)
        && matches!((day(&o.rec), day(&c.rec)), (Some(x), Some(y)) if (x - y).num_days().abs() > OWN_DAY_SLACK)
}

/// (places109) The days or months the text dates each sentence's mentions to, keyed by field and
/// sentence start: a mention dated only by the publication day is told at its sentence's time
/// when the sentence names one ("قتل 29 جنديا وأصيب 175 … في يوليو", the month read at «وأصيب»).
type SentenceTimes = Vec<((Field, usize), String)>;

fn sentence_times(cands: &[Candidate]) -> SentenceTimes {
    let mut out: SentenceTimes = Vec::new();
    for c in cands {
        let key = (c.rec.evidence.field, c.rec.evidence.start);
        if let Some(t) = own_told_time(&c.rec) {
            if !out.iter().any(|(k, x)| *k == key && x == t) {
                out.push((key, t.to_string()));
            }
        }
    }
    out
}

/// A record's own text date, when it is a day or a month (`2015-07`, `2015-08-03`). (fix65a:
/// borrowed, as are [`told_time`]'s, so the pairs of the merge copy no string.)
fn own_told_time(r: &EventRecord) -> Option<&str> {
    r.date.as_deref().filter(|d| r.date_basis == Some(DateBasis::Text) && d.len() >= 7)
}

/// The day or month a mention is told at: its own text date, else the one time its sentence names
/// (none when the sentence names none or several, or its own text date is only a year).
fn told_time<'a>(c: &'a Candidate, times: &'a SentenceTimes) -> Option<&'a str> {
    if c.rec.date_basis == Some(DateBasis::Text) {
        return own_told_time(&c.rec);
    }
    let key = (c.rec.evidence.field, c.rec.evidence.start);
    let mut of_sentence = times.iter().filter(|(k, _)| *k == key).map(|(_, t)| t.as_str());
    match (of_sentence.next(), of_sentence.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// (places109) Whether two mentions each carry a toll (dead or hurt), no number of one kind the
/// same in both, and are told at different months ([`told_time`]), one of them a month, not a day:
/// «أربعة جنود قتلوا … أمس» and «قتل 29 جنديا … في يوليو» are two happenings, the day's and the
/// month's before, whatever else agrees. (Two days a month boundary parts, 31 July and 1 August,
/// are left to the day checks: one battle is often told over both.)
fn tolls_of_months_apart(o: &Candidate, c: &Candidate, times: &SentenceTimes) -> bool {
    let toll = |r: &EventRecord| r.fatalities.is_some() || r.injuries.is_some();
    let same = |x: Option<u32>, y: Option<u32>| x.is_some() && x == y;
    toll(&o.rec)
        && toll(&c.rec)
        && !same(o.rec.fatalities, c.rec.fatalities)
        && !same(o.rec.injuries, c.rec.injuries)
        && matches!((told_time(o, times), told_time(c, times)),
            (Some(x), Some(y)) if (x.len() == 7 || y.len() == 7) && x[..7] != y[..7])
}

pub(crate) fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether mention `c`, with no doer and no place of its own, is told in a sentence that names
/// another place than record `o`'s (issue 2, nineteenth session): "وقتل عشرة أشخاص في هجمات على
/// فندقين في مقديشو" does not fold into a killing at Benghazi told before it. (`told_elsewhere`
/// is `Coder::names_elsewhere` over the candidate's sentence and `o`'s place.)
fn placeless_told_elsewhere(
    o: &Candidate,
    c: &Candidate,
    told_elsewhere: &dyn Fn(&EventRecord, &Place) -> bool,
) -> bool {
    c.actor_key.is_none()
        && c.rec.location.is_none()
        && !shares_sentence(o, c)
        && o.rec.location.as_ref().is_some_and(|here| told_elsewhere(&c.rec, here))
}

/// The gazetteer features of a place finer than a city (`same_spot_and_day`, merge46).
const SPOT_FEATURES: &[&str] =
    &["town", "village", "area", "neighbourhood", "building", "camp", "spot", "crossing", "mountain"];

/// Whether mention `c`, told after a turn of the report to another side («من جهة أخرى»,
/// `Candidate::side_turn`), is at the very place of record `o` on its day (merge46): both name one
/// place finer than a city (a town, village, area, quarter, building, camp or spot: one key, and
/// not a country, division or city, where many acts of a day are told apart), and both are dated
/// the same day, at least one by the text. The turn then tells the same happening from another
/// side ("من جهة أخرى زار المدير المصاب … الذي أصيب بقطاع الطوال اليوم") and the mention goes through
/// the checks of the same-happening step like any other.
pub(crate) fn same_spot_and_day(o: &Candidate, c: &Candidate) -> bool {
    let fine = |r: &EventRecord| {
        r.location
            .as_ref()
            .is_some_and(|p| p.name.is_some() && p.feature.as_deref().is_some_and(|f| SPOT_FEATURES.contains(&f)))
    };
    fn day(r: &EventRecord) -> Option<&str> {
        r.date.as_deref().filter(|d| d.len() == 10)
    }
    c.side_turn
        && fine(&o.rec)
        && fine(&c.rec)
        && location_key(&o.rec) == location_key(&c.rec)
        && day(&o.rec).is_some()
        && day(&o.rec) == day(&c.rec)
        && (o.rec.date_basis == Some(DateBasis::Text) || c.rec.date_basis == Some(DateBasis::Text))
}

/// Whether `text` stands in the record's sentence after its trigger (dup16).
fn told_after(r: &EventRecord, text: &str) -> bool {
    geocode::after_trigger(&r.evidence).contains(text)
}

/// The last pass of `merge_candidates` (dup16, dup17): a killing and the attack it was suffered
/// in, in one clause (`suffered_in`), left as two records by the steps before (their places or
/// doers disagree), are one assault: "قتل ثلاثة جنود في هجوم شنه مسلحون". Done after the loop, so
/// that no other mention's merge sees another record than before. The attack's record is kept and
/// takes the toll and victims from the killing; when the attack's doer is read before its trigger,
/// the killing's record is kept instead, only if its own doer is the verb's subject right before it
/// ("إن مسلحين قتلوا ثلاثة جنود في هجوم"; `subject_right_before`), else the two are left. A record
/// that already took in another mention of the sentence is left (its lent mode or place may be
/// that other act's). The record folded away is not removed but marked in the second vector: it
/// still stands for the place fallbacks of the other records (`fill_locations`) and is dropped
/// after them (dup17).
pub(crate) fn fold_suffered_in(mut out: Vec<Candidate>) -> (Vec<Candidate>, Vec<bool>) {
    let mut gone = vec![false; out.len()];
    let folded_here = |o: &Candidate| {
        let e = &o.rec.evidence;
        e.other_mentions.iter().any(|m| m.field == e.field && m.start == e.start)
    };
    let keep_attack = |casualty: &Candidate, attack: &Candidate| {
        let attack_doer_after =
            attack.rec.actor.as_ref().and_then(|e| e.text.as_deref()).is_none_or(|t| told_after(&attack.rec, t));
        if attack_doer_after {
            Some(true)
        } else {
            subject_right_before(&casualty.rec).then_some(false)
        }
    };
    let pair = |out: &[Candidate], gone: &[bool]| {
        (0..out.len()).flat_map(|i| (i + 1..out.len()).map(move |j| (i, j))).find_map(|(i, j)| {
            let (a, b) = (&out[i], &out[j]);
            if gone[i] || gone[j] {
                return None;
            }
            // (The pair's shape first: it rules out almost every pair before the dearer tests,
            // which clone modes and scan merged mentions.)
            let attack_is_b = suffered_in(&a.rec, &b.rec)?;
            if folded_here(a) || folded_here(b) || crowd_control_apart(a, b) {
                return None;
            }
            let (casualty, attack) = if attack_is_b { (a, b) } else { (b, a) };
            keep_attack(casualty, attack).map(|k| (i, j, attack_is_b, k))
        })
    };
    while let Some((i, j, attack_is_b, keep_attack)) = pair(&out, &gone) {
        let (casualty, attack) = if attack_is_b { (&out[i], &out[j]) } else { (&out[j], &out[i]) };
        let (mut keep, other) =
            if keep_attack { (attack.clone(), casualty.clone()) } else { (casualty.clone(), attack.clone()) };
        fill_gaps(&mut keep, &other);
        // (The victims are the killing's reading: an attack noun's recipient is mostly a word of
        // its own phrase, "قصف من طائرة حربية".)
        // (Unless the dead are the attack's doer's own men: they fell attacking, and the attack's
        // own target, if it read one, stays its recipient; dup18.)
        if keep_attack && attackers_dead(keep.rec.actor.as_ref(), other.rec.recipient.as_ref()) {
            keep.rec.recipient = attack.rec.recipient.clone();
            keep.recipient_key = attack.recipient_key.clone();
        } else if keep_attack && other.rec.recipient.is_some() {
            keep.rec.recipient = other.rec.recipient.clone();
            keep.recipient_key = other.recipient_key.clone();
            if same_mention_text(&keep.rec.actor, &keep.rec.recipient) {
                keep.rec.actor = None;
                keep.actor_key = None;
            }
        }
        // (The kept record takes the place of the pair's first; the other stays as it was, marked.)
        let dropped = if (keep_attack && attack_is_b) || (!keep_attack && !attack_is_b) { i } else { j };
        let kept = if dropped == i { j } else { i };
        out[kept] = keep;
        gone[dropped] = true;
    }
    (out, gone)
}

/// Whether the dead a killing names are the attack's doer's own men (dup18): the same party (one
/// entity id, and one country when both name it). "قتل سبعة من مقاتلي داعش خلال هجوم نفذه داعش
/// على قرية": the attackers fell, they are not the attack's target.
fn attackers_dead(doer: Option<&Entity>, dead: Option<&Entity>) -> bool {
    let (Some(d), Some(v)) = (doer, dead) else { return false };
    d.id.is_some() && d.id == v.id && (d.country.is_none() || v.country.is_none() || d.country == v.country)
}

/// Whether the record's doer is the subject standing right before its trigger (dup17): "إن
/// مسلحين قتلوا", not a doer read from another clause or after the verb.
fn subject_right_before(r: &EventRecord) -> bool {
    let Some(doer) = r.actor.as_ref().and_then(|e| e.text.as_deref()) else { return false };
    let e = &r.evidence;
    let head: String = e.sentence.chars().take(e.trigger_start.saturating_sub(e.start)).collect();
    head.trim_end().ends_with(doer)
}

/// Whether two parties are the same mention of the text (dup16).
fn same_mention_text(a: &Option<Entity>, b: &Option<Entity>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x.text == y.text)
}

/// Whether two ASSAULT mentions of one sentence are a killing or wounding and the attack it was
/// suffered in (dup16), and if so whether the attack is `b`: the casualty mention (rule
/// `assault.kill.*` or `assault.wound.*`) comes first, and the attack (any other
/// rule) follows in its clause, at most eight words on, with no punctuation and no stop word
/// (`CONTENT_STOPS`) between and a word of `CASUALTY_ACT_LINKS` right before the attack's trigger.
/// "أصيب شرطيان خلال اشتباكات مع المهربين" is one assault, not a wounding and a clash.
fn suffered_in(a: &EventRecord, b: &EventRecord) -> Option<bool> {
    let (ea, eb) = (&a.evidence, &b.evidence);
    if a.event_type != "ASSAULT"
        || b.event_type != "ASSAULT"
        || ea.field != eb.field
        || ea.start != eb.start
        || a.rule == TOLL_SHARE_RULE
        || b.rule == TOLL_SHARE_RULE
    {
        return None;
    }
    let casualty = |r: &EventRecord| r.rule.starts_with("assault.kill.") || r.rule.starts_with("assault.wound.");
    let (first, second, attack_is_b) = if ea.trigger_start <= eb.trigger_start { (a, b, true) } else { (b, a, false) };
    if !casualty(first) || casualty(second) {
        return None;
    }
    let from = first.evidence.trigger_end.saturating_sub(ea.start);
    let to = second.evidence.trigger_start.saturating_sub(ea.start);
    if to <= from {
        return None;
    }
    // (One sentence: `first`'s starts where `a`'s does.)
    let gap: String = geocode::after_trigger(&first.evidence).chars().take(to - from).collect();
    if gap.chars().any(|ch| ch.is_ascii_punctuation() || matches!(ch, '،' | '؛' | '«' | '»' | '“' | '”')) {
        return None;
    }
    let words: Vec<String> = gap.split_whitespace().map(ahdath_text::normalize_key).collect();
    let (last, before) = words.split_last()?;
    if words.len() > 8 || before.iter().any(|w| CONTENT_STOPS.contains(&w.as_str())) {
        return None;
    }
    CASUALTY_ACT_LINKS.contains(&strip_conj_key(last)).then_some(attack_is_b)
}

/// How many of the text's first sentences make the lead a headline retells (dedup42).
pub(crate) const LEAD_SENTENCES: usize = 2;

/// (dedup42) SPEC: one happening mentioned several times in an article is one record, and the
/// headline mostly retells the lead. A headline act that a filter dropped («الرئيس يفوض
/// المحافظين في تخفيف أو إلغاء حظر التجول»: no candidate) becomes one more mention of each record
/// of its type told first in the lead sentences (`leads`, their starts), when no record of
/// that type holds a headline mention already.
pub(crate) fn title_mentions_lead(recs: &mut [EventRecord], dropped: &[(&str, Mention)], leads: &[usize]) {
    for (i, (ty, m)) in dropped.iter().enumerate() {
        // (The first dropped headline act of a type only.)
        if dropped[..i].iter().any(|(t, _)| t == ty) {
            continue;
        }
        let told = |r: &EventRecord| r.event_type == *ty && r.evidence.mentions().any(|x| x.field == Field::Title);
        if recs.iter().any(told) {
            continue;
        }
        // (One act: the lead's first record of the type, and its copies for the coordinated
        // places of the same trigger; not a later sentence's nor another act of the lead.)
        let lead = |r: &EventRecord| {
            r.event_type == *ty && r.evidence.field == Field::Text && leads.contains(&r.evidence.start)
        };
        let Some(first) = recs.iter().filter(|r| lead(r)).map(|r| (r.evidence.start, r.evidence.trigger_start)).min()
        else {
            continue;
        };
        for r in recs.iter_mut() {
            if lead(r) && (r.evidence.start, r.evidence.trigger_start) == first {
                r.evidence.other_mentions.push(*m);
            }
        }
    }
}

/// Merge candidates that report the same happening: same type, compatible actor, recipient,
/// place and date. The most specific mention is kept; missing fields are filled from others.
/// `told_elsewhere` says whether a record's sentence names another place than a given one. The
/// second vector marks the records folded away by the last pass (`fold_suffered_in`), to be
/// dropped by the caller after the place fallbacks.
pub(crate) fn merge_candidates(
    cands: Vec<Candidate>,
    told_elsewhere: &dyn Fn(&EventRecord, &Place) -> bool,
) -> (Vec<EventRecord>, Vec<bool>, Vec<Option<Entity>>) {
    // A headline restates the article's main events: each title event folds into the first body
    // event of its type (the body mention is the more specific one), if there is one.
    // (Split by hand into a body vector of the full size: `partition` grew it a push at a time,
    // copying the large candidates at each doubling; speed51.)
    let mut titles: Vec<Candidate> = Vec::new();
    let mut body: Vec<Candidate> = Vec::with_capacity(cands.len());
    for c in cands {
        if c.rec.evidence.field == Field::Title {
            titles.push(c);
        } else {
            body.push(c);
        }
    }
    let mut kept_titles = Vec::new();
    for t in titles {
        // (A headline and a body mention fold only when both or neither are vetoed, merge39: the
        // headline's act, told where no veto cue is, is not one a sport or health sentence tells.)
        let target =
            body.iter_mut().filter(|b| b.rec.event_type == t.rec.event_type && b.vetoed == t.vetoed).max_by_key(|b| {
                (
                    compatible(&b.rec.mode, &t.rec.mode) as u8,
                    compatible(&b.actor_key, &t.actor_key) as u8,
                    std::cmp::Reverse(b.rec.evidence.start),
                )
            });
        match target {
            Some(b) => fill_gaps(b, &t),
            None => kept_titles.push(t),
        }
    }
    // (Mostly no headline is kept: the body vector is then the list as it is, not copied.)
    let cands = if kept_titles.is_empty() {
        body
    } else {
        kept_titles.append(&mut body);
        kept_titles
    };
    let same_sentence_types: Vec<(Field, usize, String)> =
        cands.iter().map(|c| (c.rec.evidence.field, c.rec.evidence.start, c.rec.event_type.clone())).collect();
    let times = sentence_times(&cands);
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    'next: for mut c in cands {
        // (A happening the text calls another one with its own toll, day or place, merge45: it
        // joins no record of another sentence, in each of the three steps below.)
        let told_apart = another_act_told(&c);
        // A place's share of a split toll is its own event: it folds into no other record, and no
        // other record into it.
        if c.rec.rule == TOLL_SHARE_RULE {
            out.push(c);
            continue;
        }
        // (A definite noun of the other side's act than a record of its own sentence is that
        // sentence's act, not one told before: "وأطلقت الشرطة الغاز المسيل للدموع" beside the
        // crowd's gunfire goes through the steps below.)
        if c.anaphoric && !out.iter().any(|o| shares_sentence(o, &c) && crowd_control_apart(o, &c)) {
            // (The first record of its type that the noun does not plainly set apart from: a
            // noun at another town folds into none of another town's records; with none left it
            // goes through the checks below.)
            let open = |o: &Candidate| {
                o.rec.event_type == c.rec.event_type
                    && (!told_apart || shares_sentence(o, &c))
                    && !consult_kinds_apart(&o.rec, &c.rec)
                    && !press_with_anchor_apart(o, &c)
                    && !anaphor_apart(o, &c)
                    && o.rec.rule != TOLL_SHARE_RULE
                    && !crowd_control_apart(o, &c)
                    && !recalled_apart(&o.rec, &c.rec)
                    && !anniversary_apart(o, &c)
                    && !told_on_apart(o, &c)
                    && !background_apart(o, &c)
                    && !pair_apart(o, &c)
                    && !own_day_apart(o, &c)
                    && !tolls_of_months_apart(o, &c, &times)
            };
            // (The first of those, unless it states another mode than the noun and a later one
            // states the noun's: "الغارات" names the air strikes told after a suicide bombing,
            // not the bombing.)
            fn stated(o: &Candidate) -> Option<&str> {
                o.rec.mode.as_deref().or(o.gap_mode.as_deref())
            }
            let first = out.iter().position(open);
            let at = match (first, c.rec.mode.as_deref()) {
                (Some(f), Some(m)) if stated(&out[f]).is_some_and(|x| x != m) => {
                    out.iter().position(|o| open(o) && stated(o) == Some(m)).or(first)
                }
                _ => first,
            };
            if let Some(o) = at.map(|i| &mut out[i]) {
                // (Lent from where it stands: `c` is dropped after, so no copy; speed72.)
                fill_gaps(o, &c);
                continue 'next;
            }
        }
        // (Not when another mention of its type shares its sentence: "مقتل سليماني في ضربة جوية"
        // is that strike, merged below.)
        let sentence_mates = |c: &Candidate| {
            same_sentence_types
                .iter()
                .filter(|(f, st, ty)| {
                    *f == c.rec.evidence.field && *st == c.rec.evidence.start && *ty == c.rec.event_type
                })
                .count()
        };
        if c.construct && sentence_mates(&c) == 1 {
            // (A date of its own must agree; the publication date says nothing.)
            let dates_ok = |o: &Candidate| match (&o.rec.date, &c.rec.date) {
                (Some(x), Some(y)) if c.rec.date_basis == Some(DateBasis::Text) => nested_dates(x, y),
                _ => true,
            };
            if let Some(o) = out.iter_mut().find(|o| {
                o.rec.event_type == c.rec.event_type
                    && (!told_apart || shares_sentence(o, &c))
                    && o.rec.rule != TOLL_SHARE_RULE
                    && compatible(&o.rec.mode, &c.rec.mode)
                    && !consult_kinds_apart(&o.rec, &c.rec)
                    && !press_with_anchor_apart(o, &c)
                    // (a recalled act, "كان قد تمكن من اعتقال أوجلان", is not today's unless it
                    // names the same victims)
                    && (c.rec.status == o.rec.status
                        || c.rec.status == Status::Occurred
                        || (o.recipient_key.is_some() && o.recipient_key == c.recipient_key))
                    && dates_ok(o)
                    && !tolls_of_months_apart(o, &c, &times)
                    && !background_apart(o, &c)
                    && !told_on_apart(o, &c)
                    && same_location(&o.rec, &c.rec)
                    && compatible(&o.actor_key, &c.actor_key)
                    && compatible(&o.recipient_key, &c.recipient_key)
            }) {
                fill_gaps(o, &c);
                // "ونفت السفارة اعتقال المصريين": the denial of a reported act decides its status.
                if o.rec.status == Status::Occurred && c.rec.status == Status::Negated {
                    o.rec.status = Status::Negated;
                    if o.rec.date_basis == Some(DateBasis::Publication) {
                        take_date(o, &c);
                    }
                }
                continue 'next;
            }
        }
        // "مقتل X في ضربة جوية": a casualty noun and the attack that caused it, in one sentence,
        // are one assault (unless they happened in different places).
        if c.rec.event_type == "ASSAULT" {
            let same_sentence = |o: &Candidate| {
                o.rec.event_type == "ASSAULT"
                    && o.rec.evidence.field == c.rec.evidence.field
                    && o.rec.evidence.start == c.rec.evidence.start
            };
            if let Some(o) = out.iter_mut().find(|o| {
                same_sentence(o)
                    && o.rec.rule != TOLL_SHARE_RULE
                    && places_agree(&o.rec, &c.rec)
                    && compatible(&o.actor_key, &c.actor_key)
                    && !crowd_control_apart(o, &c)
            }) {
                // The more specific mention is kept where `o` stands (swapped in, not copied;
                // speed72), the other lends it its gaps.
                if c.specificity > o.specificity {
                    std::mem::swap(o, &mut c);
                }
                fill_gaps(o, &c);
                continue 'next;
            }
        }
        // "وفي حادثة منفصلة، قتل جندي": a sentence that announces another happening joins no
        // record of the sentences before it by compatibility alone.
        for i in nearest_first(&out, &c) {
            // (Nor does "غارة أخرى", a happening the text itself calls another one, merge45.)
            // (A turn to another side, "من جهة أخرى", still lets a mention at the record's very
            // town or spot on its day go through the checks below, merge46.)
            if ((c.own_story && !same_spot_and_day(&out[i], &c)) || told_apart) && !shares_sentence(&out[i], &c) {
                continue;
            }
            // A vetoed mention (merge39) takes in the restatements after it; it joins no record
            // that is not vetoed, which it would take away with it. A mention with a toll or a day
            // of its own is news told for itself, not a restatement: it joins no vetoed record.
            if (c.vetoed && !out[i].vetoed) || (out[i].vetoed && !c.vetoed && told_for_itself(&c.rec)) {
                continue;
            }
            let o = &mut out[i];
            // The same named person or organisation doing the same kind of thing is one happening
            // even when one mention carries a status cue ("زيارة أوباما المرتقبة") and another not.
            let named = |r: &EventRecord| {
                r.actor
                    .as_ref()
                    .and_then(|a| a.id.clone())
                    .filter(|id| id.starts_with("per.") || id.starts_with("org."))
            };
            let same_named_actor = named(&o.rec).is_some() && named(&o.rec) == named(&c.rec);
            // "أدين الرجل بقتل جاره" and "وكان الجاني قد أقدم على قتل جاره" with no day of its own:
            // the crime a court step made background, retold as done (merge37).
            let retold = retold_court_crime(o, &c) || retold_court_crime(&c, o);
            // A reported act and its denial ("نشرت الصحيفة خبر اعتقال ثلاثة مصريين … ونفت السفارة
            // اعتقال المصريين") are one happening, told twice: the same victims name it.
            let claim_and_denial = matches!(
                (o.rec.status, c.rec.status),
                (Status::Occurred, Status::Negated) | (Status::Negated, Status::Occurred)
            ) && o.recipient_key.is_some()
                && c.recipient_key.is_some()
                && recipients_agree(&o.recipient_key, &c.recipient_key);
            if o.rec.event_type != c.rec.event_type
                || o.rec.rule == TOLL_SHARE_RULE
                || !compatible(&o.rec.mode, &c.rec.mode)
                || crowd_control_apart(o, &c)
                || consult_kinds_apart(&o.rec, &c.rec)
                || press_with_anchor_apart(o, &c)
                || (o.rec.status != c.rec.status && !same_named_actor && !claim_and_denial && !retold)
                || !compatible(&o.actor_key, &c.actor_key)
                || !(recipients_agree(&o.recipient_key, &c.recipient_key) || unnamed_people_agree(&o.rec, &c.rec))
                || !places_agree(&o.rec, &c.rec)
                || !(dates_agree(&o.rec, &c.rec) || lead_dated_later(o, &c) || retold)
                || placeless_told_elsewhere(o, &c, told_elsewhere)
                || tolls_of_months_apart(o, &c, &times)
                || background_apart(o, &c)
                || undated_month_apart(o, &c)
                || anniversary_apart(o, &c)
                || told_on_apart(o, &c)
                || speakers_differ(&o.speaker, &c.speaker)
                || distinct_accusers(o, &c)
            {
                continue;
            }
            // Same happening: keep the more specific record, fill its gaps.
            // (The record kept stands in `o` and the other in `c`: swapped, not copied; speed72.)
            if c.specificity > o.specificity {
                std::mem::swap(o, &mut c);
            }
            let (keep, other) = (o, &c);
            // "بدأ رئيس اللجنة أمس زيارة إلى اليمن" and "خلال زيارتي": a mention told as done on a
            // day its own text dates as past has happened; another mention's plan talk is about
            // that act under way and does not make it future; so is a visit a perfect verb of
            // travel tells ("وصل الوزير إلى أنقرة في زيارة … وسيلتقي").
            let told_done = keep.told_done;
            // (A vetoed mention lends nothing to a mention that took its place, merge39: its
            // parties and tolls are of the sport, illness or accident its sentence tells.)
            if other.vetoed && !keep.vetoed {
                continue 'next;
            }
            fill_gaps(keep, other);
            // A status read from a cue beats the default "occurred"; not an aim's (merge28): "بغرض
            // قصف مدينة تعز" of the same named party beside the shelling told as done is that
            // act, and it happened. (The other way, an aim kept and a mention told as done folded
            // into it, is left: there the done mention is mostly another act, "التوصل إلى تسوية"
            // beside "اتفاق للشراكة".)
            let aim_told_done = other.aim_future && other.rec.status == Status::Future;
            // (status74) A mention its own clause tells as done ("عقد الوزير اجتماعا") keeps that
            // against a future, possible or negated act of another sentence merged into it: that
            // cue is of the other sentence's own act ("سيعقد اجتماعات أخرى", "لم تكن زيارة
            // رسمية"). A denial of the same victims still decides (`claim_and_denial`).
            let done_elsewhere = keep.done_clause
                && !claim_and_denial
                && other.rec.status != Status::Historical
                && (other.rec.evidence.field, other.rec.evidence.start)
                    != (keep.rec.evidence.field, keep.rec.evidence.start);
            if keep.rec.status == Status::Occurred
                && other.rec.status != Status::Occurred
                && !(told_done && other.rec.status == Status::Future)
                && !aim_told_done
                && !done_elsewhere
            {
                keep.rec.status = other.rec.status;
                if keep.rec.date_basis == Some(DateBasis::Publication) {
                    take_date(keep, other);
                }
            }
            continue 'next;
        }
        out.push(c);
    }
    let (out, mut gone) = fold_suffered_in(out);
    // A record whose kept mention names a topic (`Candidate::topic`, merge35) is no event: it is
    // marked with the folded records, and so dropped with what merged into it after the place
    // fallbacks. (A more specific mention that took the place of a topic keeps the record.)
    for (g, c) in gone.iter_mut().zip(&out) {
        *g |= c.topic;
    }
    // (actors119) The doer each protest lost to `protest_as_object`, for the place fallbacks.
    let breakers = out.iter().map(|c| c.breaker_doer.clone()).collect();
    let recs = out
        .into_iter()
        .map(|c| {
            let mut r = c.rec;
            // (fatal3) A toll read from an earlier clause's own act is that act's: the record
            // keeps the toll read without it. (Only here: a changed toll moves the merge.)
            if let Some((_, own)) = c.toll_fix[0].filter(|f| r.fatalities == Some(f.0)) {
                r.fatalities = own;
            }
            if let Some((_, own)) = c.toll_fix[1].filter(|f| r.injuries == Some(f.0)) {
                r.injuries = own;
            }
            // (actors118) The protest an act broke up is its recipient, set only here so that it
            // moves no merge (actors116 split one dispersal in two when it keyed the merge).
            if r.recipient.is_none() {
                r.recipient = c.protest_recipient.clone();
            }
            // (dates61) The calendar day a merged mention named within the record's own text
            // date, if the record still holds that coarser date.
            if let Some((day, text)) = c.finer_day.filter(|(d, _)| {
                r.date_basis == Some(DateBasis::Text)
                    && r.date_precision != DatePrecision::Day
                    && r.date.as_deref().is_some_and(|x| d.starts_with(x))
            }) {
                (r.date, r.date_precision, r.date_text) = (Some(day), DatePrecision::Day, text);
            }
            // An occurred act dated early in the current year is background (status44).
            if c.early_year && r.status == Status::Occurred {
                r.status = Status::Historical;
            }
            // (dates58, dates59) An act of long ago in the relative clause it opens: background,
            // undated (`Candidate::long_ago_clause`).
            if c.long_ago_clause && matches!(r.status, Status::Occurred | Status::Historical) {
                r.status = Status::Historical;
                (r.date, r.date_precision, r.date_basis, r.date_text) = (None, DatePrecision::Unknown, None, None);
            }
            // "قالت الصحيفة أمس إن الأمن اعتقل ثلاثة" and "نفت السفارة اعتقالهم": the report's day
            // dated the act only as one told done; denied, to come or possible, it has no date of
            // its own (SPEC §4), dates40.
            if c.report_dated && matches!(r.status, Status::Future | Status::Hypothetical | Status::Negated) {
                (r.date, r.date_precision, r.date_basis, r.date_text) = (None, DatePrecision::Unknown, None, None);
            }
            if r.mode.is_none() {
                r.mode = record_mode(&r.event_type, c.context_mode, c.lent_mode);
            }
            if let Some(m) = finer_merged_mode(r.mode.as_deref(), &c.merged_modes) {
                r.mode = Some(m.to_string());
            }
            if let Some(p) = finest_merged_place(r.location.as_ref(), &c.merged_parts) {
                r.location = Some(p.clone());
            }
            mobilize_mode_by_sector(&mut r);
            armed_expulsion_is_seizure(&mut r);
            // (fatal17) An armed group's execution made an assault keeps the executed as its dead;
            // (fix68b) only one that took place: a planned or threatened one («عزمه إعدام خمسة
            // رجال») has killed nobody yet.
            if armed_execution_is_assault(&mut r)
                && r.fatalities.is_none()
                && matches!(r.status, Status::Occurred | Status::Historical)
            {
                r.fatalities = c.execution_dead;
            }
            r
        })
        .collect();
    (recs, gone, breakers)
}

/// A finer form of the record's mode (`FINER_MODES`) that a merged mention of the happening
/// states (mode6): one attack told as "التفجير" and later as "انتحاري" is a `suicide-attack`, and
/// a strike told as "غارة" and as "طائرة مسيرة" a `drone`, whichever mention is kept or lent its
/// mode first. (Merely other modes are not finer: shelling and air strikes merged into one clash
/// are two acts, an exchange of fire and a suicide bombing told together are two.)
pub(crate) fn finer_merged_mode<'a>(mode: Option<&str>, merged: &'a [String]) -> Option<&'a str> {
    let mode = mode?;
    merged.iter().map(String::as_str).find(|&m| {
        FINER_MODES.iter().any(|p| p.split_once('>').is_some_and(|(c, f)| c.trim() == mode && f.trim() == m))
    })
}
