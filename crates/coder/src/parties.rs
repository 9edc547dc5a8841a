//! Who did what to whom: the coder's reading of actor and recipient around a trigger (subjects,
//! objects, passives, agents, addressees, genitive doers, reported speakers), entity aliases
//! (surnames, organisation anaphors), accusations and denials, and the victim-side tests.
//! Split out of lib.rs by tidy64 (a script moved the items; bodies unchanged) so that the party
//! rules can be read apart from status, dates, tolls and merging.

use super::*;

impl Coder {
    /// Whether a mention of two or more words ends in a one-word form of the organisation anaphor
    /// ("عناصر التنظيم", "المتحدث باسم الحركة"): the anaphor is the genitive of what comes before.
    fn ends_in_org_anaphor(&self, e: &EntityMention, s: &str) -> bool {
        let t = s[e.start..e.end].trim_end_matches(|c: char| !ahdath_text::norm::is_word_char(c));
        match t.rsplit_once(char::is_whitespace) {
            Some((_, last)) => {
                let key = ahdath_text::norm::normalize_key(last);
                self.org_anaphor_words.contains(&key)
            }
            None => false,
        }
    }

    /// For each sentence, its copies with a surname alias (`Analysis::with_alias`), keyed by the
    /// surname's word index (alias2): a full name told earlier in the article
    /// (`Analysis::full_names`) whose last word stands alone right after a trigger, as a word no
    /// entity, place or trigger covers, with no clause break before it and no known name after it
    /// (a namesake: "زار عباس كامل"). A surname two different parties end on is no alias.
    pub(crate) fn surname_aliases<'s>(&self, analyses: &[SentenceRow<'s>]) -> Vec<Vec<(usize, SentenceRow<'s>)>> {
        let who = |actors: &[u32]| -> Option<String> {
            let person = actors.iter().find(|&&x| self.lex.actors[x as usize].kind == ActorKind::Person);
            match person {
                Some(&x) => Some(self.lex.actors[x as usize].id.clone()),
                None => actors.iter().find_map(|&x| self.lex.actors[x as usize].country.clone()),
            }
        };
        let mut names: HashMap<String, (Vec<u32>, Option<String>, bool)> = HashMap::new();
        let mut ambiguous: Vec<String> = Vec::new();
        let mut out = Vec::with_capacity(analyses.len());
        for &(field, span, ref a, s) in analyses {
            let full = a.full_names(&self.lex, |w| BARE_NAMES.binary_search(&w).is_ok());
            let mut here = Vec::new();
            for t in &a.triggers {
                let i = t.w1 + 1;
                // (After a trigger ending with a preposition, "دعوة إلى", "اتصال مع", the word is
                // the preposition's object.)
                if ends_with_prep(a, t)
                    || i >= a.words.len()
                    || a.breaks[i]
                    || !a.uncovered(i)
                    || BARE_NAMES.binary_search(&a.word(i + 1)).is_ok()
                {
                    continue;
                }
                let w = a.word(i);
                if ambiguous.iter().any(|x| x == w) || here.iter().any(|(j, _)| *j == i) {
                    continue;
                }
                // (A loose full name, actors129, lends its surname to a verb only: after a noun
                // the surname is as often the one acted on, "توقيف الكعبي".)
                // It also needs the verb to open its clause: first in the sentence, with a glued
                // و / ف, or after a particle (`ALIAS_VERB_LEADS`); else an unknown name before the
                // verb may be its subject ("وكان السفير فلان، دعا الشمري إلى …").
                let lead = t.w0 == 0 || t.conj.is_some() || ALIAS_VERB_LEADS.contains(&a.word(t.w0 - 1));
                let verb = self.lex.triggers[t.rule as usize].pattern == Pattern::Verb && lead;
                let actors = names
                    .get(w)
                    .filter(|x| verb || !x.2)
                    .map(|x| x.0.clone())
                    .or_else(|| full.iter().find(|f| f.0 == w && f.2 < i && (verb || !f.3)).map(|f| f.1.clone()));
                if let Some(actors) = actors {
                    here.push((i, (field, span, a.with_alias(s, i, actors), s)));
                }
            }
            for (w, actors, _, loose) in full {
                let k = who(&actors);
                match names.get_mut(&w) {
                    Some(x) if x.1 != k => ambiguous.push(w),
                    // A strict full name of the same person lifts a loose one's limit to verbs.
                    Some(x) => x.2 &= loose,
                    None => {
                        names.insert(w, (actors, k, loose));
                    }
                }
            }
            out.push(here);
        }
        out
    }

    pub(crate) fn entity_country(&self, e: &EntityMention) -> Option<String> {
        let mut country = None;
        for &a in &e.actors {
            let act = &self.lex.actors[a as usize];
            match act.kind {
                ActorKind::Person | ActorKind::Org => return act.country.clone(),
                _ => {
                    if country.is_none() {
                        country = act.country.clone();
                    }
                }
            }
        }
        country
    }

    /// The coalition entry `COALITION_OF_WAR` gives the first of the article's main countries
    /// listed there, if any.
    fn coalition_of_war(&self, ctx: &ArticleCtx) -> Option<&ahdath_lexicon::Actor> {
        let id = ctx.main_countries.iter().find_map(|c| {
            COALITION_OF_WAR.iter().filter_map(|x| x.split_once(' ')).find(|(k, _)| k == c).map(|(_, id)| id)
        })?;
        self.lex.actors.iter().find(|a| a.id == id)
    }

    /// Build an entity from a mention; `fallback_country` fills generic nouns.
    pub(crate) fn entity(
        &self,
        e: &EntityMention,
        s: &str,
        ctx: &ArticleCtx,
        fallback_country: Option<&str>,
        event_type: Option<&str>,
    ) -> Entity {
        self.entity_as(e, s, ctx, fallback_country, event_type, false)
    }

    /// [`Self::entity`] for the party in the recipient slot when `recipient` is set: there, people
    /// the text calls foreigners take no country from the place or the article (actors103).
    pub(crate) fn entity_as(
        &self,
        e: &EntityMention,
        s: &str,
        ctx: &ArticleCtx,
        fallback_country: Option<&str>,
        event_type: Option<&str>,
        recipient: bool,
    ) -> Entity {
        if e.actors.iter().all(|&a| self.lex.actors[a as usize].id == "ana.org") {
            if let Some(org) = ctx.last_org.borrow().as_ref() {
                return Entity { text: Some(entity_text(e, s)), ..org.clone() };
            }
        }
        // "عناصر التنظيم", "قيادات الحركة", "المتحدث باسم الجماعة": a member noun or a title of
        // no state with the anaphor as its genitive names the people of the organisation the
        // article named last, so it takes that organisation's party, not the place's state
        // (actors63). (The generic test comes first: it is cheaper than reading the last word.)
        if e.actors.iter().all(|&a| {
            let x = &self.lex.actors[a as usize];
            matches!(x.kind, ActorKind::Group | ActorKind::Office) && x.country.is_none()
        }) && self.ends_in_org_anaphor(e, s)
        {
            if let Some(org) = ctx.last_org.borrow().as_ref() {
                return Entity { text: Some(entity_text(e, s)), ..org.clone() };
            }
        }
        // (actors110) "اجتمع وزراء خارجية دول مجلس التعاون … وأدان الوزراء": the bare plural of
        // "minister" (`SEVERAL_MINISTERS_ANAPHOR`), one word with no state, possessor or name, after
        // the article has named the ministers of several states refers back to them; it is not the
        // ministers of the article's country. (A cabinet's ministers are "مجلس الوزراء", "وزراء
        // الحكومة": more than one word.)
        if e.w0 == e.w1
            && !e.possessed
            && e.actors.len() == 1
            && self.lex.actors[e.actors[0] as usize].id == "off.minister"
        {
            if let Some(m) = ctx.several_ministers.borrow().as_ref() {
                let key = ahdath_text::norm::normalize_key(&s[e.start..e.end]);
                if in_list(&SEVERAL_MINISTERS_ANAPHOR, &key) {
                    return Entity { text: Some(entity_text(e, s)), ..m.clone() };
                }
            }
        }
        // "قصفت مقاتلات التحالف" with no coalition named after it: the coalition of the war the
        // article is about (`COALITION_OF_WAR`); a named coalition in the entity stands as it is.
        if e.actors.iter().any(|&a| self.lex.actors[a as usize].id == "ana.coalition")
            && !e.actors.iter().any(|&a| self.lex.actors[a as usize].kind == ActorKind::Org)
        {
            if let Some(c) = self.coalition_of_war(ctx) {
                return Entity {
                    text: Some(entity_text(e, s)),
                    name: Some(c.name.clone()),
                    country: c.country.clone(),
                    sector: c.sector.clone(),
                    id: Some(c.id.clone()),
                };
            }
        }
        let mut country: Option<String> = None;
        let mut sector: Option<String> = None;
        let mut name: Option<String> = None;
        let mut id: Option<String> = None;
        let mut office: Option<String> = None;
        let mut demonym_only = true;
        // (actors107) A title of several states' officials ("وزراء الخارجية", IGO) named with
        // a demonym or a state takes theirs: "وزراء الخارجية الأوروبيون" are the EU's.
        let mut several_states = false;
        for &a in &e.actors {
            let act = &self.lex.actors[a as usize];
            match act.kind {
                ActorKind::Person | ActorKind::Org => {
                    country = act.country.clone().or(country);
                    sector = act.sector.clone().or(sector);
                    name = Some(act.name.clone());
                    id = Some(act.id.clone());
                    demonym_only = false;
                }
                ActorKind::Country => {
                    if country.is_none() || several_states {
                        country = act.country.clone();
                        several_states = false;
                    }
                    if name.is_none() && office.is_none() {
                        name = Some(act.name.clone());
                        id = Some(act.id.clone());
                    }
                    if sector.is_none() && e.actors.len() == 1 {
                        sector = act.sector.clone();
                    }
                    demonym_only = false;
                }
                ActorKind::Demonym => {
                    if country.is_none() || several_states {
                        country = act.country.clone();
                        several_states = false;
                    }
                }
                ActorKind::Office | ActorKind::Group => {
                    if sector.is_none() {
                        sector = act.sector.clone();
                    }
                    if country.is_none() {
                        country = act.country.clone();
                        several_states = act.kind == ActorKind::Office && country.as_deref() == Some("IGO");
                    }
                    if office.is_none() {
                        office = Some(act.name.clone());
                    }
                    demonym_only = false;
                }
            }
        }
        if demonym_only {
            let nat = e.actors.first().map(|&a| self.lex.actors[a as usize].name.clone()).unwrap_or_default();
            if e.people {
                // "المصريون" alone: the people of that country.
                sector = Some("CVL".into());
                // (`concat`, not `format!`: one allocation of the summed length, no formatter.)
                name = Some([nat.as_str(), " people"].concat());
            } else {
                // "ضربة جوية أميركية": the state, by its armed forces for violent acts.
                let violent = matches!(event_type, Some("ASSAULT" | "MOBILIZE" | "THREATEN"));
                sector = Some(if violent { "MIL" } else { "GOV" }.into());
                name = Some(nat);
            }
        }
        // "التقى الوزير نظيره": a counterpart with no nationality after it is of another state
        // than the one it would take from the place or the article.
        let counterpart =
            !e.actors.is_empty() && e.actors.iter().all(|&a| self.lex.actors[a as usize].id == "off.counterpart");
        // (actors103) "اعتقلت الشرطة أربعة أجانب", "خطف الرهائن الأجانب": people named as
        // foreigners, with no nationality of their own, who suffer the act are not of the state
        // of the place or the article. (Not as the doer: there such a mention is mostly a victim
        // misread, and its country is what folds it into the record of its act.)
        if country.is_none() && !counterpart && !(recipient && foreigners(&self.lex, e, s)) {
            country = fallback_country.map(str::to_string).or_else(|| ctx.main_country.clone());
        }
        if id.is_none() {
            // A title or sector noun is still a dictionary entry: name it by its first entry.
            id = e
                .actors
                .iter()
                .map(|&a| &self.lex.actors[a as usize])
                .find(|a| a.kind != ActorKind::Demonym)
                .map(|a| a.id.clone());
        }
        if name.is_none() {
            name = office.map(|o| match &country {
                Some(c) => [o.as_str(), " (", c.as_str(), ")"].concat(),
                None => o,
            });
        }
        Entity { text: Some(entity_text(e, s)), name, country, sector, id }
    }

    /// (dates55) The trigger hit `x` is a word of a standing body's name, which `candidate` drops
    /// as no act: "مكتب التحقيقات" (`named_body`), "مركز الملك سلمان للإغاثة" (`named_for_person`).
    /// It owns no date told after it: "استقبل المشرف العام على مركز الملك سلمان للإغاثة … بمقر
    /// المركز في الرياض أمس" dates the reception.
    pub(crate) fn name_word_trigger(&self, a: &Analysis, x: &TriggerMention) -> bool {
        self.precision_filters
            && ((self.lex.triggers[x.rule as usize].event_type != "ACCUSE" && named_body(a, &self.lex, x))
                || named_for_person(a, &self.lex, x))
    }
}

/// A trigger that opens with "و" and a finite verb ("وهددتهم", "وضبطت"), not a verbal noun or
/// participle ("والاعتداء على", "وبسجن", "ومحذرة"): a second verb of the same subject, not the
/// act a condemnation is aimed at.
pub(crate) fn finite_after_wa(trigger: &str) -> bool {
    let Some(w) = trigger.split(' ').next().and_then(|w| w.strip_prefix('و')) else {
        return false;
    };
    !w.starts_with("ال") && !w.starts_with(['ب', 'ل', 'م']) && !w.ends_with('ة') && w.chars().count() >= 3
}

/// An accusative active participle of a verb rule ("مطالبا", "ومحذرا", "مشيدا"): مـ first, the
/// accusative alif last (not the plural verb ending "وا": "منعوا", nor an attached pronoun on a
/// verbal noun: "ومواساتها", "مطالبتنا", "معاقبتهما").
pub(crate) fn accusative_participle(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    w.starts_with('م')
        && w.ends_with('ا')
        && !["وا", "ها", "نا", "هما"].iter().any(|x| w.ends_with(x))
        && w.chars().count() >= 5
}

/// A condemnation or call noun whose genitive is its doer, with an attached third-person
/// pronoun ("استنكاره", "دعوتهم", "مطالبتها"): the pronoun, not a following noun, is the doer.
/// (Not an accusation, inquiry or proposal noun: "اتهامه", "التحقيق معه" name the one accused,
/// "ثمن مبادرتها" is praise for another's initiative. Meeting, visit, thanks and threat nouns
/// were measured and left out: "كان في استقباله", "قدم شكره", "بحجة تهديده" coded mostly
/// non-events or the wrong doer.)
pub(crate) fn possessive_doer(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let w = a.word(t.w1);
    t.pronoun_object
        && rule.of == Of::Actor
        && matches!(rule.event_type.as_str(), "ACCUSE" | "REQUEST")
        && !rule.id.starts_with("accuse.allege")
        && !rule.id.starts_with("accuse.investigate")
        && !rule.id.starts_with("request.propose")
        && third_person_suffix(w)
}

/// The word ends in an attached third-person pronoun (ـه, ـها, ـهم, ـهما).
fn third_person_suffix(w: &str) -> bool {
    w.ends_with('ه') || ["ها", "هم", "هما"].iter().any(|x| w.ends_with(x))
}

/// "خلال زيارته إلى باريس", "أثناء لقائه الرئيس", "خلال زيارة إلى باريس": a meeting or visit
/// noun right after a word of "during" (`DURING_WORDS`) that carries the doer's pronoun, or is
/// indefinite with its destination after it, is the time of the main clause; its doer is that
/// clause's subject, whatever the main verb (a pledge, a decision as much as a statement). Not a
/// bare definite noun ("خلال اللقاء الصحفي", "خلال الاجتماع"): that names no doer.
/// (actors90) So is one carrying the pronoun right after a word of "after", "upon" or "before"
/// (`MEETING_AFTER_WORDS`: "عقب لقائه الرئيس", "إثر تشاوره مع الوزير"), a talks verb's form there
/// included (`read_pattern`, read as its verbal noun: no verb follows these words).
pub(crate) fn meeting_during(
    a: &Analysis,
    rule: &ahdath_lexicon::Trigger,
    read_pattern: Pattern,
    t: &TriggerMention,
) -> bool {
    if rule.event_type != "CONSULT" || t.w0 == 0 {
        return false;
    }
    let w = a.word(t.w0 - 1);
    let w = w.strip_prefix('و').unwrap_or(w);
    (rule.pattern == Pattern::Noun
        && DURING_WORDS.contains(&w)
        && (t.pronoun_object
            || (t.w0 == t.w1
                && !a.word(t.w1).starts_with("ال")
                && t.w1 + 1 < a.words.len()
                && a.word(t.w1 + 1) == "الي")))
        || (read_pattern == Pattern::Noun && t.pronoun_object && MEETING_AFTER_WORDS.contains(&w))
}

/// "لدى استقباله وزير الخارجية", "خلال لقائه الرئيس", "جدد دعوته المجتمع الدولي إلى …": a
/// meeting noun, or a condemnation or call noun whose pronoun is its doer (`possessive_doer`),
/// carrying that pronoun takes the bare party right after it as its object (a verbal noun whose
/// genitive is its subject governs an accusative). Only the party next to the noun, with no
/// preposition or glued و and nothing that ends the phrase between; not after "في" nor with a
/// glued بـ ("وكان في استقباله أمير المنطقة", "كان باستقباله رئيس البلدية": the pronoun is the
/// guest and the party after it the host, `GUEST_PRONOUN_BEFORE`). The party must name its own
/// country (a nationality, a state, a known person or body): a bare title ("لقائه وزير
/// الخارجية", "لدى استقبالهما طفلهما") would take its country from the article, often not the
/// guest's, or be no party at all.
pub(crate) fn pronoun_doer_object<'e>(
    a: &Analysis,
    lex: &Lexicon,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
    next: Option<&'e EntityMention>,
) -> Option<&'e EntityMention> {
    if !t.pronoun_object {
        return None;
    }
    let e = next.filter(|e| e.w0 == t.w1 + 1 && e.prep.is_none() && !e.conj)?;
    if !e.actors.iter().any(|&x| lex.actors[x as usize].country.is_some()) {
        return None;
    }
    let meeting = rule.event_type == "CONSULT" && rule.pattern == Pattern::Noun;
    if !(meeting || possessive_doer(a, rule, t)) || !third_person_suffix(a.word(t.w1)) {
        return None;
    }
    let guest = a.word(t.w0).starts_with('ب') || (t.w0 > 0 && GUEST_PRONOUN_BEFORE.contains(&a.word(t.w0 - 1)));
    if guest || a.break_between(t.w1, e.w0) {
        return None;
    }
    Some(e)
}

/// "حين اقتحم مسلحون عددا من المباني", "أضرحة دمرها متشددون": an indefinite noun in the
/// nominative sound masculine plural (`…ون`, no article) right after an active verb is its
/// subject, not its object (an object would read `…ين`), even with a party before the verb (that
/// party ends the clause before it, or is the antecedent of the verb's pronoun). Not after a verb
/// whose unvowelled form reads as passive as often (`PASSIVE_PRONE_VERBS`: "وقتل مسلحون") unless
/// it carries an object pronoun, which no passive has; not a person's or a state's name ("جون").
pub(crate) fn nominative_plural_subject(a: &Analysis, lex: &Lexicon, t: &TriggerMention, e: &EntityMention) -> bool {
    if t.w0 != t.w1 || e.w0 != t.w1 + 1 || e.prep.is_some() || e.conj || e.possessed {
        return false;
    }
    let noun = a.word(e.w0);
    if noun.starts_with("ال") || !noun.ends_with("ون") || noun.chars().count() < 5 {
        return false;
    }
    if !t.pronoun_object && PASSIVE_PRONE_VERBS.contains(&unconj(a.word(t.w0))) {
        return false;
    }
    !e.actors.iter().any(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Country))
}

/// (actors109) "وفي العراق سيطر المسلحون على ثلاث بلدات", "أفرج بموجبها الجيش عن سبعة أسرى": a
/// one-word verb trigger whose object takes a fixed preposition (`ALA_OBJECT_VERBS` take «على»,
/// `AN_OBJECT_VERBS` «عن») with a party between it and that preposition. The party cannot be
/// the verb's object, which comes after the preposition; it is its subject, so a party before
/// the verb (a place, a genitive, a speaker) is not. The party stands right after the verb or
/// after a word of `PREPOSITION_SUBJECT_GAP_WORDS`, bare (no preposition, no glued و, no attached
/// pronoun), and the preposition right after it or after one adjective of it, with no clause
/// break and no agent phrase after the verb in the clause. Returns the subject and the
/// preposition's word.
pub(crate) fn preposition_object_subject<'e>(
    a: &Analysis,
    t: &TriggerMention,
    after: &[&'e EntityMention],
    after_limit: usize,
) -> Option<(&'e EntityMention, usize)> {
    if t.w0 != t.w1 || t.pronoun_object {
        return None;
    }
    // (The word as it stands first: "وافق" begins with the letter و.)
    let word = a.word(t.w0);
    let listed = |list: &[&str]| list.contains(&word) || list.contains(&unconj(word));
    let prep = if listed(&ALA_OBJECT_VERBS) {
        "علي"
    } else if listed(&AN_OBJECT_VERBS) {
        "عن"
    } else {
        return None;
    };
    let e = *after.first()?;
    let next = e.w0 == t.w1 + 1 || (e.w0 == t.w1 + 2 && PREPOSITION_SUBJECT_GAP_WORDS.contains(&a.word(t.w1 + 1)));
    if !next || e.prep.is_some() || e.conj || e.possessed || e.is_location {
        return None;
    }
    let n = a.words.len();
    let p = if e.w1 + 1 < n && a.word(e.w1 + 1) == prep {
        e.w1 + 1
    } else if e.w1 + 2 < n
        && a.word(e.w1 + 2) == prep
        && passive_subject_adjective(a, e.w1 + 1, a.word(e.w0).starts_with("ال"))
    {
        e.w1 + 2
    } else {
        return None;
    };
    if p >= after_limit || a.break_between(t.w1, p) {
        return None;
    }
    let agent = a.cues.iter().any(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit);
    (!agent).then_some((e, p))
}

/// (actors111) "وطالب معاليه المجتمع الدولي بالتحرك", "وحث سموه الموظفين على العمل": an honorific
/// that carries the pronoun of the one it honours (`HONORIFIC_SUBJECTS`: «سموه», «معاليه»,
/// «فضيلته» …) right after a one-word verb trigger is that verb's subject, so the party after it
/// is the object, never the doer. Not after a verb whose form holds a plural subject ("هنأوا
/// سموه", "يهنئون سموه") or a feminine one before a masculine honorific ("استقبلت سموه"): the
/// honorific is then the object. Reads the one word after the trigger.
pub(crate) fn honorific_subject(a: &Analysis, t: &TriggerMention) -> bool {
    if t.w0 != t.w1 || t.w1 + 1 >= a.words.len() {
        return false;
    }
    let h = a.word(t.w1 + 1);
    if !HONORIFIC_SUBJECTS.contains(&h) {
        return false;
    }
    let v = a.word(t.w1);
    // (An accusative participle, "مشيدا سموه", has its own reading: the main clause's subject.)
    if accusative_participle(v) || BARE_ACCUSATIVE_PARTICIPLES.contains(&unconj(v)) {
        return false;
    }
    !(v.ends_with("وا") || v.ends_with("ون") || (h.ends_with('ه') && v.ends_with('ت')))
}

/// (actors111) "استجابة لطلب فخامة الرئيس …، وطلب فخامته": the party an honorific pronoun
/// («فخامته») refers to is one introduced with the same title («فخامة», «سمو», «معالي»): the
/// title's word stands in the mention or one or two words before it, past the party before it.
/// The title is the honorific less its pronoun and the ت of its ة.
pub(crate) fn honorific_antecedent(a: &Analysis, honorific: &str, e: &EntityMention) -> bool {
    let stem = honorific.strip_suffix("ها").or_else(|| honorific.strip_suffix('ه')).unwrap_or(honorific);
    let stem = stem.strip_suffix('ت').unwrap_or(stem);
    // (Not a title that ends the party before: "استقبل فخامة الرئيس ووزير الخارجية".)
    let after_previous = a.entities.iter().filter(|x| x.w1 < e.w0).map(|x| x.w1 + 1).max().unwrap_or(0);
    (e.w0.saturating_sub(2).max(after_previous)..=e.w1).any(|i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ل']).unwrap_or(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        w.starts_with(stem)
    })
}

/// "ودعوا حركة النهضة إلى …", "وحث حكومة البحرين على …", "ودعا التونسيين إلى …": the noun right
/// after an active call verb (REQUEST, THREATEN, ACCUSE) is its object, not its subject, when
/// the verb's own form says so: a plural ending (`…وا`, `…ون`: the subject is in the verb), a
/// masculine verb before a feminine noun (ending in ة or ات: in verb-subject order a verb agrees
/// in gender with its subject), or a sound masculine plural or dual in the accusative (`ال…ين`;
/// the subject would be `ال…ون`/`ال…ان`).
pub(crate) fn call_addressee(
    a: &Analysis,
    lex: &Lexicon,
    event_type: &str,
    t: &TriggerMention,
    e: &EntityMention,
) -> bool {
    // The noun stands right after the verb, or after a complement with a glued بـ ("وطالب بخروج
    // القوات الفرنسية"), not inside a genitive ("حذر اتحاد المحامين").
    let next_to_verb = e.w0 == t.w1 + 1 || (e.w0 == t.w1 + 2 && a.word(t.w1 + 1).starts_with('ب'));
    if !matches!(event_type, "REQUEST" | "THREATEN" | "ACCUSE") || t.w0 != t.w1 || !next_to_verb {
        return false;
    }
    let verb = a.word(t.w0);
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    if verb.chars().count() < 3 {
        return false;
    }
    if verb.ends_with("وا") || (verb.starts_with('ي') && verb.ends_with("ون")) {
        return true;
    }
    if e.possessed
        || e.actors.iter().any(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Country))
    {
        return false;
    }
    let noun = a.word(e.w0);
    let sound_plural = noun.starts_with("ال") && noun.ends_with("ين") && noun.chars().count() >= 7;
    let masculine_verb = !verb.ends_with('ت') && !verb.starts_with('ت');
    let feminine_noun = (noun.ends_with('ه') || noun.ends_with("ات"))
        && noun.chars().count() >= 4
        && !MASC_HEADS_IN_TA.contains(&noun.strip_prefix("ال").unwrap_or(noun));
    sound_plural || (masculine_verb && feminine_noun)
}

/// Acts whose verbs govern an object (an accusation, a demand, a threat, a sanction, a coercion,
/// an attack): `coordinated_verb_object`, `unknown_noun_subject`.
pub(crate) fn object_verb_type(event_type: &str) -> bool {
    matches!(event_type, "ACCUSE" | "REQUEST" | "THREATEN" | "SANCTION" | "COERCE" | "ASSAULT")
}

/// Word `j` is a bare noun that can head an object in construct with the party after it
/// ("مواقع" in "مواقع المسلحين"): no opening of `OBJECT_HEAD_NOT_OPENINGS`, no preposition, no
/// known given name (`BARE_NAMES`), and no mention or cue on it (actors65, actors67).
fn bare_object_head(a: &Analysis, j: usize) -> bool {
    let h = a.word(j);
    !OBJECT_HEAD_NOT_OPENINGS.iter().any(|o| h.starts_with(o))
        && !a.has_class(j, sentence::ROLE_PREP | sentence::LOC_PREP)
        && BARE_NAMES.binary_search(&h).is_err()
        && a.uncovered(j)
        && !a.cues.iter().any(|c| c.w0 <= j && j <= c.w1)
}

/// "استهدفت منزل قيادي في الحركة", "داهموا مقر الحزب" (actors95): the word right after verb
/// trigger `t` is a bare building or position noun (`OBJECT_OWNER_HEADS`, a construct head by
/// `bare_object_head`) and `first`, the party right after it, is its owner: the object's side,
/// not the subject, which is in the verb or before it. Not a verb (or verbal noun) with a glued
/// و, which shares the doer of the clause before it: left doerless, such a mention folds into
/// another record of the article.
pub(crate) fn owned_object_after_verb(a: &Analysis, t: &TriggerMention, first: &EntityMention) -> bool {
    let head = t.w1 + 1;
    first.w0 == head + 1
        && !a.word(t.w0).starts_with('و')
        && !t.pronoun_object
        && first.prep.is_none()
        && !first.conj
        && !a.break_between(t.w1, first.w0)
        && OBJECT_OWNER_HEADS.contains(&a.word(head))
        && bare_object_head(a, head)
}

/// (actors143) "البحرين ترفض التدخل الإيراني", "وأدانت قطر السياسة الإسرائيلية", "انتقد ظريف
/// السياسة الأميركية": after verb trigger `t` and its subject (`after`, the last word before the
/// object: the verb's own when its doer stands before it, else the subject's right after it), a
/// definite noun that no party, place or trigger covers is the verb's object, and a bare nationality
/// adjective right after that noun (`EntityMention::weak`, no preposition, no glued و, no break)
/// names whose it is: the recipient. A weak adjective is otherwise read only next to the
/// trigger, so the object's owner was lost and the act had no recipient. A subject right after
/// the verb counts only when it is a state, a person, an organisation or an office
/// (`proper_subject`): after a group noun ("شرطة الضرائب الإيطالية", "القوات الأمنية المشتركة
/// العراقية") the words that follow are still its genitive or adjectives.
pub(crate) fn nisba_owner_of_object<'a>(
    a: &'a Analysis,
    t: &TriggerMention,
    after: usize,
) -> Option<&'a EntityMention> {
    let head = after + 1;
    if t.pronoun_object || head + 1 >= a.words.len() || a.break_between(t.w1, head + 1) {
        return None;
    }
    let noun = a.word(head);
    // (Nor an act noun, "ترفض القصف التركي": its nationality names the act's doer, whose own
    // mention already gives the recipient with its sector.)
    let covered = !a.uncovered(head);
    // (A nisba-shaped noun, "الشيعي" in "حزب الله الشيعي اللبناني", is an adjective of the
    // subject, not an object; so is a feminine one, though it drops object nouns in ـية, fix66b.)
    let nisba = sentence::is_definite_nisba(noun);
    if !noun.starts_with("ال") || nisba || covered || RELATIVE_PRONOUNS.contains(&noun) {
        return None;
    }
    // (The adjective agrees with the definite noun: an indefinite one, "الدكتور تركي", is a name.)
    a.entities
        .iter()
        .find(|e| e.w0 == head + 1 && e.weak && e.prep.is_none() && !e.conj && a.word(e.w0).starts_with("ال"))
}

/// (actors143) Subject `e` of a verb names a state, a person, an organisation or an office, never
/// a bare group noun or a nationality: the words after it are no longer its own phrase.
pub(crate) fn proper_subject(lex: &Lexicon, e: &EntityMention) -> bool {
    !e.actors.is_empty()
        && e.actors.iter().all(|&x| !matches!(lex.actors[x as usize].kind, ActorKind::Group | ActorKind::Demonym))
}

/// (actors104) "ومداهمة منازل ناشطين", "الهجوم على مبنى وزارة الداخلية", "استهدفت الفصائل
/// المقاتلة مواقع قوات النظام": the word right before party `x` (no preposition, not joined by و,
/// no break) is a bare building or position noun (`OBJECT_OWNER_HEADS`, `bare_object_head`) that
/// stands right after trigger `t`, after «على» right after it, or after at most two uncovered
/// definite words (the verb's unknown subject): the noun is what the act struck and `x` its owner.
pub(crate) fn owned_target_after(a: &Analysis, t: &TriggerMention, x: &EntityMention) -> bool {
    if x.prep.is_some() || x.conj || x.weak || x.w0 < t.w1 + 2 || x.w0 > t.w1 + 4 || a.break_between(t.w1, x.w0) {
        return false;
    }
    let head = x.w0 - 1;
    if !OBJECT_OWNER_HEADS.contains(&a.word(head)) || !bare_object_head(a, head) {
        return false;
    }
    let gap = t.w1 + 1..head;
    gap.is_empty()
        || (gap.len() == 1 && a.word(t.w1 + 1) == "علي")
        || gap.clone().all(|i| a.word(i).starts_with("ال") && a.uncovered(i) && !RELATIVE_PRONOUNS.contains(&a.word(i)))
}

/// (actors112) "قصفت الطائرات المقاتلة التابعة للتحالف مواقع المسلحين", "وسيطر المتشددون
/// الموالون للتنظيم على المدينة": a definite noun phrase right after verb trigger `t` (up to
/// three words with the article, or none: "وسيطر الموالون للحكومة", none in ـين, no break) closed by a participle of affiliation
/// (`AFFILIATION_PARTICIPLES`) and a word with a glued لـ is the verb's subject and the party of
/// that لـ its owner: the doer's side, not the object. Not after a verb with an object pronoun or a
/// plural subject in its form ("…وا"), or one whose subject stands outside it
/// (`subject_may_follow`): the phrase is then the object. Returns the phrase's first word and
/// the participle's; reads at most four words after the trigger.
pub(crate) fn affiliated_subject(a: &Analysis, t: &TriggerMention) -> Option<(usize, usize)> {
    let n = a.words.len();
    let i = t.w1 + 1;
    for j in i..(i + 4).min(n) {
        let w = a.word(j);
        if !w.starts_with("ال") || w.ends_with("ين") || a.break_between(t.w1, j) {
            return None;
        }
        if AFFILIATION_PARTICIPLES.contains(&w) {
            let owned = j + 1 < n && a.word(j + 1).starts_with('ل') && !a.break_between(j, j + 1);
            return (owned && subject_may_follow(a, t)).then_some((i, j));
        }
    }
    None
}

/// "واتهمت اللجنة الحكومة المصرية", "وحذرت الصحيفة إسرائيل من …": the word right after verb
/// trigger `t` is a definite noun that no entity, place, trigger (`Analysis::uncovered`) or cue
/// covers and that is not an adverb (`STANCE_ADVERBS`) nor a title before a name
/// (`HONORIFIC_TITLES`: "أدان الشيخ عبد الله …"), so it is the verb's subject, a body the
/// dictionary lacks, and `first`, the party right after it (no preposition, no glued و, no break,
/// not an adjective of the noun), is the object. Not after a verb whose form puts its subject
/// elsewhere (`subject_outside_verb`, a plural "…وا"): there the noun is the object.
///
/// "وقصفت المدفعية مواقع المسلحين", "واتهمت اللجنة رئيس كوريا الجنوبية" (actors65): a definite
/// noun cannot be in construct, so it closes the subject; when one word stands between it and
/// `first`, a bare noun (no opening of `OBJECT_HEAD_NOT_OPENINGS`, no mention or cue on it) in
/// construct with `first`, that noun is the object and `first` its owner: the object's side, not
/// the doer. Not a preposition in between ("الكثير من الجماهير": the party is the partitive
/// subject), a known given name (`BARE_NAMES`: "الخديو إسماعيل", a title and the name of the
/// subject), nor a relative pronoun for the definite word ("التي أطلقها زعيمه").
pub(crate) fn unknown_noun_subject(a: &Analysis, t: &TriggerMention, first: &EntityMention) -> bool {
    let i = t.w1 + 1;
    let object_head = first.w0 == i + 2 && !RELATIVE_PRONOUNS.contains(&a.word(i)) && bare_object_head(a, i + 1);
    if (first.w0 != i + 1 && !object_head)
        || first.prep.is_some()
        || first.conj
        || first.weak
        || a.break_between(t.w1, first.w0)
    {
        return false;
    }
    let w = a.word(i);
    // (A one-word party of a nisba or nominative plural form agrees with the noun as its
    // adjective: "الخطوط السعودية", "الإخوة المجاهدون".)
    let adjective = || {
        let o = a.word(first.w0);
        !object_head && first.w0 == first.w1 && (o.ends_with('ي') || o.ends_with("يه") || o.ends_with("ون"))
    };
    w.starts_with("ال")
        && !STANCE_ADVERBS.contains(&w)
        && !HONORIFIC_TITLES.contains(&w)
        && !unconj(a.word(t.w0)).ends_with("وا")
        && !adjective()
        && a.uncovered(i)
        && !a.cues.iter().any(|c| c.w0 <= i && i <= c.w1)
        && !subject_outside_verb(a, t)
}

/// "قررت إدارة التعليم تعليق الدراسة", "ودعت المديرية العامة للجوازات المقيمين", "انسحب الأخير":
/// the word right after verb trigger `t` (past adverbs, `STANCE_ADVERBS`) heads a noun phrase that
/// names a doer (`SUBJECT_HEAD_NOUNS`: bare in construct with a definite genitive, or with the
/// article and a definite adjective or genitive after it) that no entity, place, trigger or cue
/// covers, so the verb's subject is a party the dictionary lacks; returns the head's last word
/// of construct. A definite head alone ("ووافق المجلس") points back to a body told before, whose
/// topic fill stands; only "الأخير" is read alone. Not after a verb whose form puts its subject
/// elsewhere (a plural "…وا", a participle, a first-person verb, a complementizer's pronoun or a
/// preposition before it), nor with a party right after the head (its owner or its name) or
/// another subject joined by و right past the phrase.
pub(crate) fn unknown_agent_subject(a: &Analysis, t: &TriggerMention, first_person: bool) -> Option<usize> {
    let verb = unconj(a.word(t.w0));
    // (An accusative participle of the form فاعلا, "داعيا", shares the clause's subject.)
    let participle = verb.chars().nth(1) == Some('ا') && verb.ends_with('ا') && verb.chars().count() >= 5;
    if first_person || participle || verb.ends_with("وا") || verb.starts_with("ال") || subject_outside_verb(a, t) {
        return None;
    }
    if t.w0 > 0 {
        // (After a preposition the verb form is a verbal noun: "التوقف عن حث الدول".)
        let c = unconj(a.word(t.w0 - 1));
        if PRONOUN_COMPLEMENTIZERS.contains(&c) || a.has_class(t.w0 - 1, sentence::ROLE_PREP | sentence::LOC_PREP) {
            return None;
        }
    }
    let n = a.words.len();
    let mut i = t.w1 + 1;
    while i < n && i <= t.w1 + 2 && STANCE_ADVERBS.contains(&a.word(i)) {
        i += 1;
    }
    if i >= n || a.break_between(t.w1, i) || !a.uncovered(i) || a.cues.iter().any(|c| c.w0 <= i && i <= c.w1) {
        return None;
    }
    let w = a.word(i);
    let (head, bare) = match w.strip_prefix("ال") {
        Some(h) => (h, false),
        None => (w, true),
    };
    if !SUBJECT_HEAD_NOUNS.contains(&head) || a.entities.iter().any(|e| e.w0 == i + 1) {
        return None;
    }
    // (A bare head is in construct: a definite genitive closes the phrase, "إدارة التعليم"; a
    // definite one needs its adjective or genitive, "المديرية العامة", but "الأخير".)
    let continued = i + 1 < n && !a.break_between(i, i + 1) && a.word(i + 1).starts_with("ال");
    let end = match (bare, continued) {
        (true, true) => i + 1,
        (false, true) => i,
        (false, false) if STANDALONE_SUBJECT_HEADS.contains(&head) => i,
        _ => return None,
    };
    // ("واتهمت اللجنة وممثلو الحكومة المعارضة": a word with a glued و right after the phrase
    // joins another subject to it, which the usual reading takes.)
    let joined = end + 1 < n && !a.break_between(end, end + 1) && a.word(end + 1).starts_with('و');
    // ("تناقش لجنة الحج المركزية برئاسة أمير المنطقة": a body named with its chair is the chair's.)
    let chaired = (end + 1..(end + 4).min(n)).any(|j| CHAIRED_BY_STEMS.iter().any(|stem| a.word(j).starts_with(stem)));
    (!joined && !chaired).then_some(end)
}

/// A one-word party of a nisba form ("القيادي", "السعودية") with no preposition: an adjective of
/// the phrase before it, not a party of its own role.
pub(crate) fn nisba_party(a: &Analysis, e: &EntityMention) -> bool {
    let w = a.word(e.w0);
    e.w0 == e.w1 && e.prep.is_none() && (w.ends_with('ي') || w.ends_with("يه"))
}

/// "استنكرت الأمانة العامة لمنظمة التعاون", "اجتمعت اللجنة التنفيذية في الاتحاد", "رحب المدير
/// الإقليمي للحملة الوطنية السعودية": party `e`, after لـ or في (or a nisba adjective further in
/// the chain) past the unknown subject phrase ending at word `end` and joined to it only by
/// definite words (its adjectives and genitives), is the body the phrase belongs to, so the doer.
pub(crate) fn subject_owner(a: &Analysis, end: usize, e: &EntityMention) -> bool {
    (matches!(e.prep.as_deref(), Some("ل" | "في")) || (e.w0 > end + 1 && nisba_party(a, e)))
        && !e.conj
        && e.w0 <= end + 4
        && !a.break_between(end, e.w0)
        && (end + 1..e.w0).all(|j| {
            let w = a.word(j);
            w == "في" || w.starts_with("ال") || w.starts_with("لل")
        })
}

/// "قصفت طائرات التحالف الدولي مواقع التنظيم", "قصفت دبابات تركية مواقع", "جراء قصف مقاتلات
/// التحالف الدولي تمركزات": the word right after attack verb `t` is a weapon platform
/// (`PLATFORM_NOUNS`, with or without the article) that no entity, place or trigger covers, so it
/// is the verb's subject; the party right after it (no preposition, no glued و, no break; a
/// nationality counts) is whose platform it is, the doer. Until now that party, one word past the
/// verb, was read as the object or the verb lent a party before it. A dictionary name that is
/// the platform with its owner ("طيران التحالف", "طائرات التحالف الدولي") right after the verb is
/// itself the doer.
pub(crate) fn platform_doer<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let i = t.w1 + 1;
    let w = a.word(i);
    if unconj(a.word(t.w0)).ends_with("وا")
        || !PLATFORM_NOUNS.contains(&w.strip_prefix("ال").unwrap_or(w))
        || a.break_between(t.w1, i + 1)
    {
        return None;
    }
    if !a.uncovered(i) {
        // The platform and its owner as one dictionary name ("طيران التحالف", "طائرات التحالف
        // الدولي"; actors60): that name, right after the verb, is the doer.
        return a.entities.iter().find(|e| e.w0 == i && e.w1 > i && e.prep.is_none() && !e.conj);
    }
    a.entities.iter().find(|e| e.w0 == i + 1 && e.prep.is_none() && !e.conj)
}

/// "استهدفت الطائرات تنظيم داعش", "وقصفت المدفعية مواقع الحوثيين": the weapon platform right
/// after attack verb `t` (or the last word of a trigger that includes it, "قصفت الطائرات") is
/// definite (`PLATFORM_ARTICLE` + `PLATFORM_NOUNS`), and a definite noun is never in construct:
/// the party right after it (no preposition, glued و or break) is not whose platform it is but the
/// verb's object, the recipient; the doer is unnamed. A nationality adjective agreeing with the
/// platform ("الطائرات التركية") is still its owner (`platform_doer`). Also when the platform is
/// itself an attack word ("المدفعية"), which `platform_doer` skips.
pub(crate) fn definite_platform_object<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let definite = |i: usize| {
        let w = a.word(i);
        PLATFORM_ARTICLE.iter().any(|p| w.strip_prefix(p).is_some_and(|r| PLATFORM_NOUNS.contains(&r)))
    };
    let next = t.w1 + 1;
    let p = if t.w1 > t.w0 && definite(t.w1) {
        t.w1
    } else if definite(next) && !a.entities.iter().any(|e| e.w0 <= next && next <= e.w1) {
        next
    } else {
        return None;
    };
    if unconj(a.word(t.w0)).ends_with("وا") || a.break_between(t.w1, p + 1) {
        return None;
    }
    let adjective = |e: &EntityMention| {
        let o = a.word(e.w0);
        e.weak || e.people || (e.w0 == e.w1 && (o.ends_with('ي') || o.ends_with("يه")))
    };
    // One bare noun between, in construct with the party ("مواقع الحوثيين"), is the object and
    // the party its owner, as in `unknown_noun_subject`.
    a.entities.iter().find(|e| {
        (e.w0 == p + 1 || (e.w0 == p + 2 && bare_object_head(a, p + 1) && !a.break_between(p, e.w0)))
            && e.prep.is_none()
            && !e.conj
            && !adjective(e)
    })
}

/// "مطالبين المحافظ والمجالس المحلية", "نطالب المجتمع الدولي والأمم المتحدة": a participle
/// (`م…`) or a first-person plural verb (`ن…`, not the perfect `ناشد`) has its subject outside
/// the words after it, so a pair there is its object.
pub(crate) fn subject_outside_verb(a: &Analysis, t: &TriggerMention) -> bool {
    let w = unconj(a.word(t.w0));
    w.starts_with('م') || (w.starts_with('ن') && !w.starts_with("نا"))
}

/// "ندعو المجتمع الدولي", "ونطالب الحكومة بـ…": a verb trigger in the first person plural of
/// the imperfect, `ن…` where its rule also lists the third person `ي…` ("ندعو" beside "يدعو";
/// not "ناقش" nor "ندد", whose ن is of the root). Its subject is "we", the speaker.
pub(crate) fn first_person_verb(stems: &[String], a: &Analysis, t: &TriggerMention) -> bool {
    let Some(rest) = unconj(a.word(t.w0)).strip_prefix('ن') else {
        return false;
    };
    stems.iter().any(|stem| stem == rest)
}

/// The match keys of the first words of rule `t`'s third-person imperfect forms (`ي…`), without
/// their «ي»: the stems `first_person_verb` and `first_person_singular` put «ن» or «أ» before.
/// (Only a form written with a leading "ي" can key to "ي" + a stem.) Made once per rule, in
/// `Coder::new` (`Coder::imperfect_stems`).
pub(crate) fn imperfect_stems(forms: &[String]) -> impl Iterator<Item = String> + '_ {
    forms.iter().filter(|f| f.starts_with('ي')).filter_map(|f| {
        let key = ahdath_text::normalize_key(f);
        key.split(' ').next().and_then(|w| w.strip_prefix('ي')).map(str::to_owned)
    })
}

/// "أطالب", "وأقترح", "سأرفض": the trigger's first word (after a glued و/ف and a future س) is the
/// first person singular of the imperfect: «ا» (the key of «أ») before the stem of the rule's
/// third person `ي…` (`…ان`, `…ون` allowed). A stem whose perfect the rule lists with «أ» (form
/// IV «أبرم»: its perfect and first person are one word) is not; one whose perfect is written with
/// a bare alef (forms VIII and X, «اتفق», «اقترح») is when the text writes «أ».
fn first_person_singular(lex: &Lexicon, stems: &[String], a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    let mut w = unconj(a.word(t.w0));
    if t.future_prefix {
        w = w.strip_prefix('س').unwrap_or(w);
    }
    let Some(rest) = w.strip_prefix('ا').filter(|r| r.chars().count() >= 2) else {
        return false;
    };
    let forms = &lex.triggers[t.rule as usize].forms;
    let first_key = |f: &str| ahdath_text::normalize_key(f).split(' ').next().unwrap_or_default().to_owned();
    if !stems.iter().any(|k| k.strip_prefix(rest).is_some_and(|x| matches!(x, "" | "ان" | "ون"))) {
        return false;
    }
    // The rule's perfects on the same stem ("اتفق", "أبرمت", "اقترحوا"), by their spelling.
    let mut perfects = forms.iter().filter(|f| {
        let key = first_key(f);
        let Some(k) = key.strip_prefix('ا') else { return false };
        // (A defective stem drops its last letter before the endings: «ألقى», «ألقت», «ألقوا».)
        let ending = |x: &str| matches!(x, "ت" | "وا");
        k.strip_prefix(rest).is_some_and(|x| ending(x) || (x.is_empty() && f.starts_with('ا')))
            || rest.strip_suffix('ي').and_then(|r| k.strip_prefix(r)).is_some_and(ending)
    });
    let Some(first) = perfects.next() else {
        return true;
    };
    let bare = |f: &String| f.starts_with('ا');
    if !bare(first) || !perfects.all(bare) {
        return false;
    }
    // (The hamza the text writes tells «أتفق» from the perfect «اتفق».)
    let word = unconj(s[t.start..t.end].split(' ').next().unwrap_or_default());
    let word = if t.future_prefix { word.strip_prefix('س').unwrap_or(word) } else { word };
    word.starts_with('أ')
}

/// A first-person singular verb trigger (`first_person_singular`) that no speaker voices: no
/// speech cue nor quoting word (`QUOTE_INTRODUCERS`: «قائلا», «مضيفا») before it, no colon before it
/// and no quotation marks around it. It is the writer's own opinion ("أقترح أن …", "لا أتفق مع"):
/// SPEC §4 counts a first-person act only when its speaker is known.
pub(crate) fn unvoiced_first_person(
    lex: &Lexicon,
    stems: &[String],
    a: &Analysis,
    s: &str,
    t: &TriggerMention,
) -> bool {
    if !first_person_singular(lex, stems, a, s, t) {
        return false;
    }
    let voiced = s[..t.start].contains(':')
        || in_quotation(s, t.start)
        || a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w1 < t.w0)
        || (0..t.w0).any(|i| QUOTE_INTRODUCERS.contains(&unconj(a.word(i))));
    !voiced
}

/// A rule's `unless-prev` form as the word right before the trigger at `w0`, or as the word
/// before a quantifier standing there (`PREV_QUANTIFIERS`: «رفع معظم العقوبات» is a lifting as
/// «رفع العقوبات» is); the word may carry a glued و/ف («وسترفع العقوبات» as «سترفع»).
pub(crate) fn unless_prev_before(a: &Analysis, w0: usize, forms: &[String]) -> bool {
    let Some(mut prev) = w0.checked_sub(1) else { return false };
    if PREV_QUANTIFIERS.contains(&unconj(a.word(prev))) {
        let Some(p) = prev.checked_sub(1) else { return false };
        prev = p;
    }
    let word = a.word(prev);
    forms.iter().any(|f| word == f || unconj(word) == f)
}

/// "ودعا الغامدي المواطنين والمقيمين إلى …", "وحث العقيد فلان الضباط والأفراد على …": a call
/// verb (REQUEST) whose first party after it is joined by و to the next (no clause break) and
/// stands after words that are not all adverbs (`STANCE_ADVERBS`), at most four, none a
/// preposition, the last (before a quantifier, `PARTY_QUANTIFIERS`) definite, a known given name
/// or before a break: those words are the call's subject, a name the dictionary lacks, and the
/// pair is its object. Returns the pair's first party. A pair right after the verb or an adverb
/// is the subject ("ودعت بريطانيا وفرنسا أمس دولا أخرى").
pub(crate) fn coordinated_call_object<'a>(
    a: &Analysis,
    event_type: &str,
    t: &TriggerMention,
    first: &'a EntityMention,
    next: Option<&&EntityMention>,
) -> Option<&'a EntityMention> {
    if event_type != "REQUEST" {
        return None;
    }
    let pair = next.is_some_and(|n| n.conj && n.w0 <= first.w1 + 3 && !a.break_between(first.w1, n.w0));
    let between = t.w1 + 1..first.w0;
    let subject_place = between.clone().all(|i| STANCE_ADVERBS.contains(&a.word(i)));
    // (Not a pair inside a prepositional phrase: "دعا إلى حوار بين الحكومة والمعارضة".)
    let in_phrase = between.clone().any(|i| PP_SEPARATE_PREPS.contains(&a.word(i)) || a.word(i) == "بين");
    // The word before the pair ends a name ("الغامدي", "ابن متعب") or a clause: not the head of
    // a genitive of which the pair is part ("حثت رئاسة الحكومة ورئاسة الجمهورية", "لجنة
    // المهجرين والنازحين"), which an indefinite noun is.
    let mut prev = first.w0 - 1;
    if prev > t.w1 + 1 && PARTY_QUANTIFIERS.contains(&a.word(prev)) {
        prev -= 1;
    }
    let name_before = sentence::is_definite(a.word(prev))
        || BARE_NAMES.binary_search(&a.word(prev)).is_ok()
        || a.break_between(prev, prev + 1);
    (pair && !subject_place && !in_phrase && name_before && first.prep.is_none() && first.w0 <= t.w1 + 5)
        .then_some(first)
}

/// "قالت الشرطة إنها أوقفت ناشطين", "أعلنت المنظمة أنها تحمل الحكومة المسؤولية", "وقال الوزير
/// إنه حث حكومة البحرين على …": an active verb right after a complementizer that carries its
/// subject as a pronoun (`أنه`, `إنها`, `بأنهم`, `فإنها`) and agrees with it has that
/// subject already, so the noun right after it (at most three words on, no clause break, no
/// agent cue or coordinating و before it) is its object. The pronoun's referent is the speaker
/// or the noun before the complementizer (`pronoun_antecedent_before`), else (with no speech verb
/// before it) the topic. Not with `أنه` before a feminine verb ("أنه قصفت طائرات …": a dummy pronoun, the subject follows).
pub(crate) fn complementizer_subject(a: &Analysis, t: &TriggerMention, e: &EntityMention) -> bool {
    if t.w0 == 0 || e.w0 > t.w1 + 3 || e.prep.is_some() || e.conj || a.break_between(t.w1, e.w0) {
        return false;
    }
    let comp = a.word(t.w0 - 1);
    let comp = comp.strip_prefix(['و', 'ف']).unwrap_or(comp);
    // (Not "لأنه", whose pronoun is mostly a thing: "لأنه تطلب 6 شباب", "لأنه أوقف طموح إيران".)
    let comp = comp.strip_prefix('ب').unwrap_or(comp);
    let pronoun = match comp.strip_prefix("ان") {
        Some(p @ ("ه" | "ها" | "هم" | "هما")) => p,
        _ => return false,
    };
    // (The verb itself, not a verbal noun after و and a preposition: "أنه وبطلب من …".)
    let verb = a.word(t.w0);
    if ["وب", "ول", "فب", "فل"].iter().any(|x| verb.starts_with(x)) {
        return false;
    }
    let plural = verb.ends_with("وا") || (verb.starts_with(['ي', 'س']) && verb.ends_with("ون"));
    let feminine = !plural && (verb.ends_with('ت') || verb.starts_with('ت') || verb.starts_with("ست"));
    let agrees = match pronoun {
        "هم" => plural,
        "ها" => feminine,
        "هما" => verb.ends_with('ا') || verb.ends_with("ان"),
        _ => !plural && !verb.ends_with('ت') && !verb.starts_with("ست"),
    };
    // (No agent cue between, "أنه اعتقل على يد …", nor a word with و that opens another clause,
    // "أنهم رفضوا رجوعها وأخلت المحكمة سبيلها".)
    agrees
        && !a.cues.iter().any(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < e.w0)
        && !(t.w1 + 1..e.w0).any(|i| a.word(i).starts_with('و'))
}

/// The referent of a complementizer's pronoun when no speech verb names it: the last plain
/// party at most four words before the complementizer, in its clause ("أن تعلن منظمة التحرير
/// أنها تحمل …").
pub(crate) fn pronoun_antecedent_before<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let comp = t.w0.checked_sub(1)?;
    a.entities
        .iter()
        .filter(|e| e.w1 < comp && comp - e.w1 <= 4 && e.prep.is_none() && !e.weak && !e.is_location)
        .filter(|e| !a.break_between(e.w1, comp))
        .max_by_key(|e| e.w1)
}

/// "قتلوا شرطيا", "اعتقلوا الناشط", "قتل مسلحين", "ندعو المجتمع الدولي": the noun right after an
/// active verb is its object, not its subject, when the verb's form carries its own plural subject
/// (`…وا`, `ي…ون`, the first person `ن…`: `first_person`, read by `first_person_verb`) or the
/// noun is in the accusative: an indefinite noun with the alif of tanween ("شرطيا") or a sound
/// masculine plural or dual in `…ين` (the subject would be `…ون`/`…ان`).
pub(crate) fn verb_object(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    e: &EntityMention,
    first_person: bool,
) -> bool {
    // (Protest verbs take no object: "خرج المتظاهرين" is a subject in a faulty case.)
    if lex.triggers[t.rule as usize].event_type == "PROTEST" {
        return false;
    }
    // (After an object pronoun the noun is the subject: "داهمها رجلا الأمن".)
    if t.w0 != t.w1 || t.pronoun_object || e.w0 != t.w1 + 1 || e.prep.is_some() || e.conj || a.break_between(t.w1, e.w0)
    {
        return false;
    }
    let verb = unconj(a.word(t.w0));
    if verb.chars().count() >= 4 && (verb.ends_with("وا") || (verb.starts_with('ي') && verb.ends_with("ون"))) {
        return true;
    }
    if first_person {
        return true;
    }
    if e.possessed
        || e.actors.iter().any(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Country))
    {
        return false;
    }
    let noun = a.word(e.w0);
    let bare = !noun.starts_with("ال");
    // (A noun in construct has no tanween: "ميليشيا وحدات الحماية", "ضابطا شرطة"; an adjective
    // after it agrees: "شرطيا مصريا".)
    // (Not a final alif of the word itself: "ميليشيا", "ضحايا", "سرايا".)
    let own_alif = ALIF_FINAL_NOUNS.contains(&unconj(noun)) || noun.ends_with("ايا");
    let tanween = bare
        && !own_alif
        && noun.ends_with('ا')
        && noun.chars().count() >= 4
        && (e.w0 == e.w1 || a.word(e.w1).ends_with('ا'));
    let sound_plural = noun.ends_with("ين") && noun.chars().count() >= if bare { 5 } else { 7 };
    tanween || sound_plural
}

/// The people a plural object pronoun on a hostile act refers back to ("رهائن احتجزتهم الجبهة",
/// "المتطرفين والقبض عليهم", "بعد اعتقالهم"): the last group of people, nationals or a plural
/// nationality named within 20 words before the trigger in its sentence, not its actor. The
/// pronoun of a verbal noun is its object only for acts done to a person and with no object
/// after it ("ينفون احتجازهم الرهائن": the holders).
pub(crate) fn pronoun_antecedent<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    pattern: Pattern,
    actor: Option<&EntityMention>,
) -> Option<&'a EntityMention> {
    let last = a.word(t.w1);
    if !(last.ends_with("هم") || last.ends_with("هما") || last.ends_with("هن")) {
        return None;
    }
    if pattern == Pattern::Noun && t.w0 == t.w1 {
        let rule = &lex.triggers[t.rule as usize].id;
        let object_after = a.entities.iter().any(|e| e.w0 > t.w1 && e.w0 <= t.w1 + 3 && e.prep.is_none());
        if !PERSON_OBJECT_RULES.iter().any(|p| rule.starts_with(p)) || object_after {
            return None;
        }
    }
    // (Not the victims of the act before it: "سقط قتلى وجرحى، وتم التحفظ عليهم" holds others.)
    // (A nationality alone is no people unless it is a plural noun: "وسائل الإعلام البريطانية".)
    let group = |x: &u32| {
        let id = lex.actors[*x as usize].id.as_str();
        PERSON_GROUPS.contains(&id) && id != VICTIMS_ID
    };
    let people = |e: &EntityMention| {
        e.people
            || (e.actors.iter().any(group)
                && e.actors.iter().all(|x| group(x) || lex.actors[*x as usize].kind == ActorKind::Demonym))
    };
    let last = a
        .entities
        .iter()
        .filter(|e| e.w1 < t.w0 && t.w0 - e.w1 <= 20 && !e.weak && people(e))
        .filter(|e| actor.is_none_or(|x| x.w0 != e.w0))
        .max_by_key(|e| e.w1)?;
    // "ثلاثة بريطانيين محتجزين": a people noun right before it, as definite as it, is the head,
    // the later one its adjective (not so "أهالي الأطفال", a construct whose head is not meant).
    let definite = |e: &EntityMention| a.word(e.w0).starts_with("ال");
    let head = a.entities.iter().find(|e| e.w1 + 1 == last.w0 && !e.weak && people(e) && definite(e) == definite(last));
    Some(head.unwrap_or(last))
}

/// An unvowelled verb read as passive: a number follows it directly ("قتل 3 مدنيين"), or the
/// original carries a damma on its first letter ("قُتل").
pub(crate) fn passive_reading(a: &Analysis, s: &str, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    let next_is_number = nums.iter().any(|n| word_index_of_byte(a, n.start) == t.w1 + 1 && !n.ordinal);
    let trig = &s[t.start..t.end];
    let damma = trig.chars().skip_while(|c| matches!(c, 'و' | 'ف')).nth(1) == Some('\u{064F}');
    next_is_number || damma
}

/// (actors145) "وقد قتل آنذاك خمسة جنود", "التي قتل فيها 175 فلسطينيا", "قتل أكثر من 100 شخص",
/// "وقتل ما لا يقل عن 39 شخصا": a count after a bare perfect of an act done to a person
/// (`PERSON_OBJECT_RULES`; no ت, no plural or dual ending, no object pronoun) also reads it as
/// passive when only a resumptive pronoun or a time adverb (`PASSIVE_COUNT_GAP_WORDS`) and an
/// approximator (`COUNT_APPROXIMATORS`) stand between, one or both: a subject would stand there,
/// so the counted people are the victims, not the doer. (Not a siege: "حاصر نحو ألفي متظاهر"
/// counts its doers; not a verb joined by و or ف mid-clause with an approximator alone, which
/// shares the subject of the verb before it.)
pub(crate) fn gapped_count(a: &Analysis, lex: &Lexicon, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    let rule = &lex.triggers[t.rule as usize].id;
    if !PERSON_OBJECT_RULES.iter().any(|p| rule.starts_with(p)) {
        return false;
    }
    let verb = a.word(t.w0);
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    if t.w0 != t.w1
        || t.pronoun_object
        || t.future_prefix
        || verb.starts_with(['ي', 'ت', 'ن', 'س'])
        || verb.ends_with(['ت', 'ا'])
    {
        return false;
    }
    let mut i = t.w1 + 1;
    let gap = PASSIVE_COUNT_GAP_WORDS.contains(&a.word(i));
    if gap {
        i += 1;
    }
    // With an approximator alone, a verb with ف, or with و past the sentence's first word, shares
    // the subject of the verb before it ("ونفذ التنظيم هجوما …، وقتل أكثر من مائتي مدني"): not read.
    let joined = a.word(t.w0).starts_with('ف') || (a.word(t.w0).starts_with('و') && t.w0 > 0);
    if !gap && joined {
        return false;
    }
    // (Each approximator's words are read in place, no list of them built a call.)
    if let Some(n) = COUNT_APPROXIMATORS
        .iter()
        .find_map(|f| f.split(' ').enumerate().all(|(k, w)| a.word(i + k) == w).then(|| f.split(' ').count()))
    {
        i += n;
    }
    i > t.w1 + 1 && !a.break_between(t.w1, i) && nums.iter().any(|n| !n.ordinal && word_index_of_byte(a, n.start) == i)
}

/// An agentless passive with no vowel or number to mark it ("قتل جندي باكستاني في …", "اعتقل
/// الناشط أمس", "قتل مدنيان جراء القصف"): the verb (a perfect, with no object pronoun) is
/// directly followed by people named by a group noun or a nationality (not a body such as
/// الجيش or الشرطة), and what follows them is no object but a preposition, a place or time
/// word, a glued بـ, another event verb with و ("وأصيب آخرون") or the end of the sentence. An
/// active verb-first sentence names its object there: "قتل مسلحون جنديا".
pub(crate) fn victim_passive(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    nums: &[NumberMatch],
    first: Option<&EntityMention>,
) -> bool {
    // Only verbs whose object is a person ("أغلق أفراد الشرطة أبواب المركز" is active).
    let rule = &lex.triggers[t.rule as usize].id;
    if !PERSON_OBJECT_RULES.iter().any(|p| rule.starts_with(p)) {
        return false;
    }
    let verb = a.word(t.w0);
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    if verb.starts_with(['ي', 'ت', 'ن']) || t.pronoun_object || t.future_prefix || t.w1 != t.w0 {
        return false;
    }
    let Some(first) = first.filter(|e| e.w0 == t.w1 + 1 && e.prep.is_none() && !a.break_between(t.w1, e.w0)) else {
        return false;
    };
    let person_group = |x: &u32| PERSON_GROUPS.contains(&lex.actors[*x as usize].id.as_str());
    let people = first.weak
        || first.people
        || (first.actors.iter().any(person_group)
            && first.actors.iter().all(|x| person_group(x) || lex.actors[*x as usize].kind == ActorKind::Demonym));
    if !people {
        return false;
    }
    // "قتل جندي ومدني": coordinated victims are one subject.
    let mut end = first.w1;
    loop {
        if let Some(n) = a.entities.iter().find(|e| e.w0 == end + 1 && e.conj) {
            end = n.w1;
            continue;
        }
        // (actors105) "قتل ضابط وثلاثة جنود": a number with a glued و before the next people.
        let counted = a.word(end + 1).starts_with('و')
            && nums.iter().any(|n| !n.ordinal && word_index_of_byte(a, n.start) == end + 1);
        match a.entities.iter().find(|e| e.w0 == end + 2 && !e.conj && e.prep.is_none()) {
            Some(n) if counted => end = n.w1,
            _ => break,
        }
    }
    // (actors105) "قتل مواطن مصري مقيم بالخارج", "قتل ضابط اتحادي بالرصاص": up to two
    // adjectives the entity did not take in (a nisba or a participle, as definite as the subject,
    // in no accusative tanween) still describe the subject; what follows them is read instead.
    let definite = a.word(first.w0).starts_with("ال");
    let mut next = end + 1;
    while next <= end + 2 && next < a.words.len() && passive_subject_adjective(a, next, definite) {
        next += 1;
    }
    if next >= a.words.len() {
        return true;
    }
    // (Not any word after a comma: "هاجم محتجون، الأربعاء، مقرات الحزب" names its object later.)
    let w = a.word(next);
    AFTER_PASSIVE_SUBJECT.contains(&w)
        || w.starts_with('ب')
        || (w.starts_with('و') && a.triggers.iter().any(|x| x.w0 == next))
        // (actors105) A relative clause, who is among them, the age or the cause of death:
        // "واعتقل الناشطون الذين …", "قتل طفل عمره عامان", "قتل شاب متأثرا بجروحه", "قتل
        // الفتى، 16 عاما".
        || PASSIVE_SUBJECT_FOLLOWERS.contains(&w)
        || (is_numeral(w) && AGE_WORDS.contains(&a.word(next + 1)))
        || (definite && named_with_age(a, lex, first, next))
}

/// (actors105) "وقتل الفتى سامر الحلبي، 17 عاما": a definite subject (not armed men, whose name
/// after them would be their object) followed by a name of one to three words (no article, no
/// party, place, trigger or number) and then an age (a number and `AGE_WORDS`) is named and aged
/// in apposition: the verb has no object.
fn named_with_age(a: &Analysis, lex: &Lexicon, first: &EntityMention, next: usize) -> bool {
    if first.actors.iter().any(|x| lex.actors[*x as usize].id == "grp.gunmen") {
        return false;
    }
    let name_word = |i: usize| {
        let w = a.word(i);
        !w.is_empty()
            && (i > next || !w.starts_with("ال"))
            && !is_numeral(w)
            && !a.in_name(i)
            && !a.triggers.iter().any(|t| t.w0 == i)
            && !PASSIVE_SUBJECT_FOLLOWERS.contains(&w)
            && !AFTER_PASSIVE_SUBJECT.contains(&w)
    };
    let mut j = next;
    while j < next + 3 && name_word(j) && (j == next || !a.break_between(j - 1, j)) {
        j += 1;
    }
    j > next && is_numeral(a.word(j)) && AGE_WORDS.contains(&a.word(j + 1))
}

/// (actors105) Word `i` after the subject of a verb-first agentless passive is an adjective of
/// that subject (`victim_passive`): no party, place, trigger or number starts there, it agrees
/// with the subject in the article, it carries no accusative tanween (an indefinite object:
/// "قتل رجل خمسيني رجلا") and it has the shape of an adjective: a nisba ("مصري", "الفلسطينيون")
/// or a participle of at least four letters in م ("مقيم", "المسلحين").
fn passive_subject_adjective(a: &Analysis, i: usize, definite: bool) -> bool {
    let w = a.word(i);
    if a.break_between(i - 1, i)
        || w.starts_with("ال") != definite
        || a.entities.iter().any(|e| e.w0 == i)
        || a.places.iter().any(|p| p.w0 == i)
        || a.triggers.iter().any(|t| t.w0 == i)
        || PASSIVE_SUBJECT_FOLLOWERS.contains(&w)
        || AFTER_PASSIVE_SUBJECT.contains(&w)
    {
        return false;
    }
    let stem = w.strip_prefix("ال").unwrap_or(w);
    if stem.ends_with('ا') || stem.chars().count() < 3 {
        return false;
    }
    let nisba = ["ي", "يه", "يون", "يين", "يان", "يات"].iter().any(|x| stem.ends_with(x));
    let participle = stem.starts_with('م') && stem.chars().count() >= 4;
    nisba || participle
}

/// Victims named before an unmarked passive in the plural ("إن الأجانب الأربعة اعتقلوا يوم
/// الثلاثاء", "أن 11 شخصا قتلوا في الحادث", "السجناء قد احتجزوا دون تهمة"): a perfect verb of
/// an act done to a person, in the third person plural (`…وا`), with no object pronoun, whose
/// subject stands at most two words before it (`قد`, a number word or an adjective between) and
/// which is followed by no object (the end of the sentence, a preposition, place or time word,
/// a glued بـ, another event verb with و), is read as a passive: its subject suffered the act.
/// An active verb names its object there: "إن مسلحين قتلوا ثلاثة جنود". Returns the victims.
pub(crate) fn preverbal_victim<'a>(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    before: Option<&'a EntityMention>,
) -> Option<&'a EntityMention> {
    let rule = &lex.triggers[t.rule as usize].id;
    if !PERSON_OBJECT_RULES.iter().any(|p| rule.starts_with(p)) {
        return None;
    }
    let verb = a.word(t.w0);
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    if verb.starts_with(['ي', 'ت', 'ن', 'س'])
        || !verb.ends_with("وا")
        || t.pronoun_object
        || t.future_prefix
        || t.w1 != t.w0
    {
        return None;
    }
    let e = before.filter(|e| {
        e.w1 < t.w0
            && t.w0 - e.w1 <= 3
            && !a.break_between(e.w1, t.w0)
            && !a.triggers.iter().any(|x| x.w0 > e.w1 && x.w0 < t.w0)
            && !a.entities.iter().any(|x| x.w0 > e.w1 && x.w0 < t.w0)
    })?;
    let next = t.w1 + 1;
    if next >= a.words.len() || a.break_between(t.w1, next) {
        return Some(e);
    }
    let w = a.word(next);
    (AFTER_PASSIVE_SUBJECT.contains(&w)
        || matches!(w, "دون" | "بدون")
        || w.starts_with('ب')
        || (w.starts_with('و') && a.triggers.iter().any(|x| x.w0 == next)))
    .then_some(e)
}

/// (actors102) The verbal noun at trigger `t` names its doer and then its object: the party right
/// after it (with the parties joined to it by و) is followed, in its clause and within two words,
/// by another party that is bare or carries a glued لـ ("بقتل الجيش للمدنيين", "بخطف مسلحين
/// صحفيا"). Then the first party is the genitive subject, not the one the act was done to.
pub(crate) fn masdar_subject_object(a: &Analysis, t: &TriggerMention, after: &[&EntityMention]) -> bool {
    let Some(first) = after.first().filter(|e| e.w0 == t.w1 + 1 && e.prep.is_none()) else {
        return false;
    };
    let mut end = first.w1;
    let mut rest = after[1..].iter();
    let next = loop {
        match rest.next() {
            Some(n) if n.conj && n.w0 <= end + 2 => end = n.w1,
            other => break other,
        }
    };
    next.is_some_and(|n| {
        n.w0 <= end + 3
            && !n.is_location
            && matches!(n.prep.as_deref(), None | Some("ل"))
            && !a.break_between(end, n.w0)
    })
}

/// (actors146) The one-word form of a verb rule at `t` is a verbal noun whose genitive is the one
/// the act is done to: the form has the shape of a verbal noun (تفعيل, افتعال, إفعال: "تهجير
/// سكانها", "احتجاز الأسرى"), or it stands bare right after a word that governs a noun
/// (`MASDAR_GOVERNORS`: "عن قتل", "إلى قتل", "بجواز قتل"), or it carries a glued و right after a
/// definite noun, another verbal noun or an act's noun with a glued بـ ("بحرق وقتل", "سفك الدماء
/// وقتل"). The party `first` stands right after it, bare, and is no nominative plural (`…ون`: a
/// verb's subject) and no state; after a verbal noun's shape alone, no state's organ either
/// (`QUOTED_STATE_SECTORS`: "احتجاز النظام جثمان"). Not after the imperfect auxiliaries ("يتم
/// توقيف": a rule or a habit), nor with an object pronoun or the article (read elsewhere).
pub(crate) fn governed_masdar(a: &Analysis, lex: &Lexicon, t: &TriggerMention, first: Option<&EntityMention>) -> bool {
    if t.w0 != t.w1 || t.pronoun_object || t.article || t.purpose {
        return false;
    }
    let Some(first) = first.filter(|e| e.w0 == t.w1 + 1 && e.prep.is_none() && !e.conj && !e.is_location) else {
        return false;
    };
    let noun = a.word(first.w0);
    if !noun.starts_with("ال") && noun.ends_with("ون") {
        return false;
    }
    let kinds = || first.actors.iter().map(|&x| &lex.actors[x as usize]);
    if kinds().any(|x| x.kind == ActorKind::Country) {
        return false;
    }
    // A state's organ after a verbal noun's shape is mostly its doer ("احتجاز النظام جثمان").
    let organ = kinds().any(|x| {
        matches!(x.kind, ActorKind::Group | ActorKind::Org)
            && x.sector.as_deref().is_some_and(|c| QUOTED_STATE_SECTORS.contains(&c))
    });
    let w = a.word(t.w0);
    let prev = if t.w0 > 0 { a.word(t.w0 - 1) } else { "" };
    if IMPERFECT_AUXILIARIES.contains(&prev) {
        return false;
    }
    let bare = w.strip_prefix('و');
    if masdar_shape(bare.unwrap_or(w)) {
        return !organ;
    }
    if t.w0 == 0 || a.break_between(t.w0 - 1, t.w0) {
        return false;
    }
    match bare {
        None => MASDAR_GOVERNORS.contains(&prev),
        Some(_) => {
            let p = prev.strip_prefix('و').unwrap_or(prev);
            let unglued = p.strip_prefix('ب').unwrap_or(p);
            unglued.starts_with("ال")
                || masdar_shape(unglued)
                || (p.starts_with('ب') && a.triggers.iter().any(|o| o.w1 == t.w0 - 1))
        }
    }
}

/// A word of the shapes تفعيل, افتعال and إفعال ("تهجير", "احتجاز", "ابعاد"): a verbal noun, never
/// a finite verb. (Five letters with ت third is a hollow perfect: "اغتال", "اقتاد".)
fn masdar_shape(w: &str) -> bool {
    let n = w.chars().count();
    (n >= 5 && w.starts_with('ت') && w.chars().nth(3) == Some('ي'))
        || (w.starts_with('ا')
            && w.chars().rev().nth(1) == Some('ا')
            && (n >= 6 || (n == 5 && w.chars().nth(2) != Some('ت'))))
}

/// The trigger names what an act resulted in: a verb of result stands at most 8 words before it
/// in its clause, with only attacks named between ("ما أدى إلى مقتل 5 مدنيين وتدمير منازل").
pub(crate) fn after_result_verb(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(8)..t.w0).rev().any(|i| {
        let w = a.word(i);
        RESULT_VERBS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
            && !a.break_between(i, t.w0)
            && a.triggers
                .iter()
                .filter(|x| x.w0 > i && x.w0 < t.w0)
                .all(|x| lex.triggers[x.rule as usize].event_type == "ASSAULT")
    })
}

/// The sentence is to prison ("حكم بالسجن", "بحبسه"): the trigger or the three words after it;
/// after the verb of a rule with the `verdict` check (`sanction.convict.sentenced`), whose
/// penalty may stand further on (`split_verdict`, recall46), the eight words after it in its clause.
pub(crate) fn prison_in(a: &Analysis, t: &TriggerMention, reach: usize) -> bool {
    let last = (t.w1 + reach).min(a.words.len().saturating_sub(1));
    (t.w0..=last).take_while(|&i| i <= t.w1 + 3 || !a.break_between(t.w1, i)).any(|i| {
        let w = a.word(i);
        ["سجن", "حبس", "بالسجن", "بالحبس", "السجن", "الحبس", "بسجن", "بحبس"].iter().any(|p| w.starts_with(p))
    })
}

/// The doer named in a trigger's own phrase: the party of the first agent cue ("برصاص", "على
/// يد") after the trigger's last word `t_w1` and before the next trigger (`after_limit`), unless it
/// is the party `dropped` just set aside as the doer or the act's recipient. Used where the party
/// before the trigger is not its doer (a stance verb's subject, a body's finder).
pub(crate) fn agent_in_own_phrase<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    t_w1: usize,
    after_limit: usize,
    dropped: &EntityMention,
    recipient: Option<&EntityMention>,
) -> Option<&'a EntityMention> {
    a.cues
        .iter()
        .find(|c| c.kind == CueKind::Agent && c.w0 > t_w1 && c.w0 < after_limit)
        .and_then(|ac| agent_after(a, lex, ac))
        .filter(|g| g.w0 != dropped.w0 && recipient.is_none_or(|r| r.w0 != g.w0))
}

/// The agent named after an agent cue ("على يد مسلحين", "جراء استخدام قوات الاحتلال الرصاص"):
/// the first entity within two words. After a cause word (جراء, إثر) the victims ("إثر وجود
/// جرحى") are not the agent.
pub(crate) fn agent_after<'a>(a: &'a Analysis, lex: &Lexicon, ac: &CueMention) -> Option<&'a EntityMention> {
    let cause = lex.cues[ac.cue as usize].id == "agent.cause";
    let victims = |e: &EntityMention| {
        e.actors.iter().all(|&x| {
            let act = &lex.actors[x as usize];
            act.kind == ActorKind::Group && act.sector.as_deref() == Some("UNK")
        })
    };
    a.entities.iter().find(|e| e.w0 > ac.w1 && e.w0 <= ac.w1 + 2 && !(cause && victims(e)))
}

/// (actors99) Party `r` is the one named by an agent phrase (an agent cue whose last word is in
/// `AGENT_PHRASE_ENDS`: "على يد", "على أيدي", "من قبل", "برصاص", "بنيران") that follows trigger `t` in its clause, before the
/// next trigger: the doer of the act, whatever slot the window put it in. Not a party with a
/// preposition of its own ("التقى من قبل بممثلين", "طلب من قبل من الجهات"): there "من قبل"
/// is "before".
pub(crate) fn agent_phrase_party(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    r: &EntityMention,
    after_limit: usize,
) -> bool {
    a.cues.iter().any(|c| {
        c.kind == CueKind::Agent
            && c.w0 > t.w1
            && c.w1 < r.w0
            && c.w0 < after_limit
            && AGENT_PHRASE_ENDS.contains(&a.word(c.w1))
            && !a.break_between(t.w1, c.w0)
            && agent_after(a, lex, c).is_some_and(|g| g.w0 == r.w0 && g.prep.is_none())
    })
}

/// How a construction around the trigger assigns a role (`construction_roles`).
pub(crate) enum Construction<'a> {
    /// The subject of a light verb ("قامت الشرطة باعتقال", "شنت الحكومة غارات", "أقدم مسلح على
    /// قتل"), an adjective of nationality on a verbal noun ("القصف التركي"), or of the verb of a
    /// relative clause after an event noun ("الهجوم الذي شنه مسلحون"): the doer.
    Doer(&'a EntityMention),
    /// The one exposed to the act ("تعرضت القرية لقصف", "الهجوم الذي تعرض له الجنود").
    Victim(&'a EntityMention),
    /// The party after من that follows a noun of asking ("بطلب من وزارة الصناعة", "تلقى دعوة من
    /// الخارجية الروسية"): the one who asks (`requester_after_min`).
    Requester(&'a EntityMention),
    /// A verb right after a relative pronoun: its subject (the antecedent, or the noun after a
    /// verb whose attached pronoun is the antecedent) and its object. No speaker or topic is
    /// used in place of a missing subject: the antecedent is the subject.
    RelativeSubject(Option<&'a EntityMention>, Option<&'a EntityMention>),
}

/// (actors93) Clash noun `t` stands right after a word of "after" or "during"
/// (`CLASH_AFTER_WORDS`: "بعد معارك عنيفة مع", "إثر مواجهات مع"): the fighting that led to the
/// act of the clause before it.
pub(crate) fn clash_after_time(
    a: &Analysis,
    rule: &ahdath_lexicon::Trigger,
    read_pattern: Pattern,
    t: &TriggerMention,
) -> bool {
    read_pattern == Pattern::Noun
        && rule.id.starts_with("assault.clash")
        && t.w0 > 0
        && CLASH_AFTER_WORDS.contains(&unconj(a.word(t.w0 - 1)))
}

/// The types told by statements, demands, deals and aid, which the text rarely places: a place
/// name near them usually belongs to what they are about (read by the place step and by a body's
/// town, `geocode::body_town`).
pub(crate) fn statement_type(event_type: &str) -> bool {
    matches!(
        event_type,
        "ACCUSE" | "SUPPORT" | "THREATEN" | "REQUEST" | "AID" | "REJECT" | "AGREE" | "RETREAT" | "COOPERATE"
    )
}

/// "استقبل الوزير السفير الفرنسي وبحث معه", "أدانت الخارجية الهجوم واستدعت السفير": `b`, the last
/// entity before verb trigger `t`, ends right before it and `t` begins with a glued و, so `b`
/// closes the clause before (its object or a genitive in it) and is not this verb's subject.
/// Not when `b` opens the sentence (nothing before it) or carries a glued لـ/بـ ("قصف نسب
/// للحوثيين وقتل 57 مدنيا"), nor for a word with an attached pronoun
/// ("ومساندتها", mostly a verbal noun coordinated with the noun whose genitive `b` is).
pub(crate) fn coordinated_object(
    a: &Analysis,
    rule_pattern: Pattern,
    t: &TriggerMention,
    b: Option<&EntityMention>,
) -> bool {
    coordinated_verb(a, rule_pattern, t)
        && b.is_some_and(|b| b.w1 + 1 == t.w0 && b.w0 >= 2 && !b.conj && !matches!(b.prep.as_deref(), Some("ل" | "ب")))
}

/// The first word of the report in sentence `s`, the first of its text, past a dateline with a
/// bracketed agency or a dash ("نيويورك (الأمم المتحدة) (ا ف ب) - رحب مجلس الأمن …": «رحب»,
/// `geocode::dateline_shape`); 0 when it opens with no dateline.
pub(crate) fn report_start(a: &Analysis, s: &str) -> usize {
    match geocode::dateline_shape(s, 2) {
        Some(d) if d.firm => a.words.iter().take_while(|w| a.key.orig_byte_range(w.0..w.1).start < d.body).count(),
        _ => 0,
    }
}

/// Verb trigger `t` carries a glued و and no attached pronoun: a verb coordinated with the
/// clause before it (`coordinated_object`, `coordinated_verb_object`).
pub(crate) fn coordinated_verb(a: &Analysis, rule_pattern: Pattern, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    rule_pattern == Pattern::Verb
        && w.starts_with('و')
        && !w.starts_with("وال")
        && !t.pronoun_object
        && !(w.ends_with('ه') || w.ends_with("ها") || w.ends_with("هم"))
}

/// "وأدانت الجامعة العربية الهجوم واتهمت إسرائيل بالمسؤولية": coordinated verb `t`
/// (`coordinated_verb`) whose clause names no party before it, after a sentence that opens with
/// subject `m` of a verb (a verb trigger or a reporting verb right before `m`, or a verb trigger
/// after it): `t` shares `m`, and `first`, the one party after `t`, is its object. Not when a
/// second party follows `first` with no preposition ("واتهمت المعارضة الحكومة": `first` is a new
/// subject), nor past a relative pronoun ("المتطوعين الذين يقاتلون ويرفضون": `t` is in the
/// relative clause). The caller keeps it to acts whose verbs govern an object (an accusation, a
/// demand, a threat, a sanction, a coercion, an attack): "وانسحب عناصر التنظيم", "وستجتمع
/// إحداهما" name their own subject.
pub(crate) fn coordinated_verb_object(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    m: &EntityMention,
    first: &EntityMention,
    second: Option<&EntityMention>,
) -> bool {
    let verb_at = |i: usize| {
        reporting_verb(a.word(i))
            || a.triggers
                .iter()
                .any(|p| p.w0 == i && p.w1 < t.w0 && lex.triggers[p.rule as usize].pattern == Pattern::Verb)
    };
    let opens_clause = (m.w0 > 0 && verb_at(m.w0 - 1))
        || a.triggers
            .iter()
            .any(|p| p.w0 > m.w1 && p.w1 < t.w0 && lex.triggers[p.rule as usize].pattern == Pattern::Verb);
    opens_clause
        && first.w0 > t.w1
        && !(m.w1 + 1..t.w0).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
        && !second.is_some_and(|s| s.prep.is_none() && s.w0 == first.w1 + 1)
}

/// "سيقدم إلى المحكمة طلبا", "قدم شكوى لدى النيابة", "مثل أمام القاضي": a party right after a
/// preposition of `ADDRESSEE_PREPS` is the one the act is brought to, never its doer (actors80).
/// Not after a possessive «لدى» (`POSSESSIVE_LADA_OPENERS` or the sentence's first word: "إن لدى
/// الجيش خطة") nor an «إلى» of attribution (`ATTRIBUTION_BEFORE_ILA`: "هجمات نسبت إلى الحزب"), nor
/// when a relative pronoun after the party opens the act's clause ("أحالهم إلى النيابة التي باشرت
/// التحقيق"), nor when the act, a verb after an indefinite party (a relative clause) or a noun with
/// «ل», follows the party with no «و» or «ف» between ("مثلا أمام قضاة للتحقيق", "وجه تهمة إلى رجل
/// هاجم السفير"; not "سيقدم إلى المحكمة طلبا"), nor when a purpose word stands between them, up to
/// four words on (a verb or noun with «ل», or one of `ADDRESSEE_PURPOSE_WORDS`: "أحيلوا إلى القضاء
/// ليطلق سراحهم", "التوجه إلى المجلس لاستصدار قرار يدين", "رفع إلى الملك من أجل إقراره"), or the act
/// is itself a purpose verb in the party's clause. Only for an act within six words after the
/// party or before it: a later act is told in a clause of its own, whose subject the party may be
/// ("لجأ إلى الرئيس وكان بينهما صداقة … ووافق").
pub(crate) fn addressee_party(a: &Analysis, t: &TriggerMention, verb: bool, e: &EntityMention) -> bool {
    if e.w0 == 0 || t.w0 > e.w1 + 6 {
        return false;
    }
    let relative = t.w0 > e.w1 && (e.w1 + 1..t.w0).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)));
    let purpose_verb = |w: &str| w.starts_with("لي") || w.starts_with("لت");
    let purpose_word = |i: usize| {
        let w = a.word(i);
        purpose_verb(w) || (w.starts_with("لا") && w.chars().count() > 4) || ADDRESSEE_PURPOSE_WORDS.contains(&w)
    };
    let purpose = t.w0 > e.w1
        && ((t.w0 <= e.w1 + 4 && (e.w1 + 1..=t.w0).any(purpose_word))
            || (purpose_verb(a.word(t.w0)) && !a.break_between(e.w1, t.w0)));
    let next_act = t.w0 == e.w1 + 1
        && !a.word(t.w0).starts_with(['و', 'ف'])
        && ((verb && !a.word(e.w0).starts_with("ال")) || a.word(t.w0).starts_with('ل'));
    if relative || purpose || next_act {
        return false;
    }
    let p = a.word(e.w0 - 1);
    if !ADDRESSEE_PREPS.contains(&p) {
        return false;
    }
    let before = if e.w0 >= 2 { Some(a.word(e.w0 - 2)) } else { None };
    match p.strip_prefix('و').unwrap_or(p) {
        "لدي" => before.is_some_and(|b| !POSSESSIVE_LADA_OPENERS.contains(&b)),
        "الي" => before.is_none_or(|b| !ATTRIBUTION_BEFORE_ILA.contains(&b)),
        _ => true,
    }
}

/// The doer of act `t` whose party `e` after «إلى», «لدى» or «أمام» was dropped as its addressee
/// (`addressee_party`): the subject of the clause the act and the preposition stand in. Walking
/// back from the earlier of the two to the clause's start (a break, a bare complementizer "إن", a
/// contrast opener, at most twelve words), it is the clause's first plain party that is no
/// definite noun's genitive or apposition ("لجأ الزوار إلى الشرطة", "وأعلن فريق الدفاع أنه سيقدم
/// إلى المحكمة"; not "قضية قتل الشهيد X"); after a relative pronoun, its antecedent ("الرجل الذي لجأ
/// إلى الشرطة"). A clause cut by a break with no party of its own takes the sentence's opening
/// subject (from `opening` to three words on; a party with «ل» there names the body of the
/// speaker's office: "أعلنت المديرة العامة لمنظمة …"), when no bare complementizer or contrast
/// opener stands between. None when no such party stands before the preposition.
pub(crate) fn addressee_clause_subject<'a>(
    a: &'a Analysis,
    t: &TriggerMention,
    e: &EntityMention,
    opening: usize,
) -> Option<&'a EntityMention> {
    let p = e.w0.checked_sub(1)?;
    let plain = |x: &&EntityMention| {
        x.prep.is_none()
            && !x.is_location
            && !x.weak
            && x.w1 < p
            && (x.w0 == 0 || !(ADDRESSEE_PREPS.contains(&a.word(x.w0 - 1)) || a.word(x.w0 - 1).starts_with("ال")))
    };
    let opener = |i: usize| BARE_COMPLEMENTIZERS.contains(&a.word(i)) || CONTRAST_OPENERS.contains(&a.word(i));
    let from = p.min(t.w0);
    let lo = from.saturating_sub(12).max(opening);
    let mut start = lo;
    let mut cut = false;
    for i in (lo..from).rev() {
        if RELATIVE_PRONOUNS.contains(&a.word(i)) {
            return a.entities.iter().filter(plain).find(|x| x.w1 + 1 == i);
        }
        if opener(i) {
            start = i + 1;
            break;
        }
        if a.break_between(i, i + 1) {
            start = i + 1;
            cut = true;
            break;
        }
    }
    a.entities.iter().filter(plain).find(|x| x.w0 >= start).or_else(|| {
        let head = |x: &&EntityMention| {
            cut && x.w0 >= opening && x.w0 <= opening + 3 && !x.possessed && x.w1 < p && !x.is_location && !x.weak
        };
        let own = |x: &&EntityMention| !(x.w1 + 1..p).any(opener);
        a.entities
            .iter()
            .filter(plain)
            .find(head)
            .or_else(|| a.entities.iter().filter(|x| x.prep.as_deref() == Some("ل")).find(head))
            .filter(own)
    })
}

/// "وأشاد الديلمي بدور المملكة", "وافقت الضحية على قرار القاضية": a party after a verb that is
/// the genitive of a noun carrying a preposition (a glued بـ/لـ, or a separate one from
/// `PP_SEPARATE_PREPS`) is inside a prepositional phrase, not the verb's subject. Returns the
/// head's word index and its preposition. Not when the head is a trigger, an entity or part of an
/// agent cue ("على يد", "برصاص"), nor for a head with the article (a construct head has none),
/// words that begin with ب/ل of their own or whose genitive names the doer (`PP_NOT_GLUED`: "بين",
/// "بقيادة"), known names (`BARE_NAMES`), nor for a number after the preposition.
pub(crate) fn prep_genitive<'s>(a: &'s Analysis, t: &TriggerMention, e: &EntityMention) -> Option<(usize, &'s str)> {
    if e.prep.is_some() || e.w0 <= t.w1 + 1 {
        return None;
    }
    let h = e.w0 - 1;
    let covered = a.entities.iter().any(|x| x.w0 <= h && h <= x.w1)
        || a.places.iter().any(|x| x.w0 <= h && h <= x.w1)
        || a.triggers.iter().any(|x| x.w0 <= h && h <= x.w1)
        || a.cues.iter().any(|c| c.kind == CueKind::Agent && c.w0 <= h && h <= c.w1);
    if covered {
        return None;
    }
    let w = a.word(h);
    // (A construct head takes no article: "خلال المهرجان المزارعون" has the subject after an
    // adverbial phrase.)
    if w.starts_with("ال") || w.starts_with("بال") || w.starts_with("لل") {
        return None;
    }
    // (Nor a name the dictionary lacks: "رحبت جولي بيشوب وزيرة الخارجية".)
    if (w.starts_with('ب') || w.starts_with('ل'))
        && w.chars().count() >= 4
        && !PP_NOT_GLUED.contains(&w)
        && BARE_NAMES.binary_search(&w).is_err()
    {
        return Some((h, &w[..w.char_indices().nth(1).map(|(i, _)| i).unwrap_or(w.len())]));
    }
    let ph = h - 1;
    let p = a.word(ph);
    (ph > t.w1
        && PP_SEPARATE_PREPS.contains(&p)
        && !w.chars().any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
        && !a.cues.iter().any(|c| c.kind == CueKind::Agent && c.w0 <= ph && ph <= c.w1))
    .then_some((ph, p))
}

/// "بطلب من وزارة الصناعة", "بناء على طلب من مصر", "تلقى دعوة من الخارجية الروسية": a noun of
/// asking (`REQUEST_NOUNS_BY_MIN`) followed by من and a party names the party who asks. "طلب" is
/// the noun only with a glued بـ or after a word of `REQUEST_NOUN_BEFORE` (else it is the verb
/// "asked", whose من-party is the one asked: "وطلب من القادة وضع خطط").
fn requester_after_min<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let w = unconj(a.word(t.w1));
    if !REQUEST_NOUNS_BY_MIN.contains(&w) || t.w0 != t.w1 || t.pronoun_object {
        return None;
    }
    let noun =
        w.starts_with('ب') || w != "طلب" || (t.w0 > 0 && REQUEST_NOUN_BEFORE.contains(&unconj(a.word(t.w0 - 1))));
    if !noun || a.word(t.w1 + 1) != "من" || a.break_between(t.w1, t.w1 + 2) {
        return None;
    }
    a.entities.iter().find(|e| e.w0 == t.w1 + 2 && e.prep.as_deref().is_none_or(|p| p == "من"))
}

/// (actors131) "اتهامات من المعارضة بأنها …", "انتقادات حادة من قبل نواب الحزب", "انتقادات صدرت
/// عن رئيس الوزراء": an accusation noun followed, in its clause, by an agent phrase names its
/// accuser, the party right after it: "من قبل"/"من جانب"/"من طرف" (`ACCUSER_AGENT_HEADS`) at most
/// three words on, after any accusation noun; a bare "من" (or "عن" after a word of
/// `ACCUSER_ISSUED_WORDS`) at most two words on, after a noun of `ACCUSER_MIN_NOUNS`, with no
/// word glued to لـ or بـ between (a charge or a complement: "لشحنها من السعودية"). No party and
/// no other trigger may stand between.
pub(crate) fn accuser_after_min<'a>(
    a: &'a Analysis,
    rule: &ahdath_lexicon::Trigger,
    pattern: Pattern,
    t: &TriggerMention,
) -> Option<&'a EntityMention> {
    if rule.event_type != "ACCUSE" || pattern != Pattern::Noun || t.pronoun_object {
        return None;
    }
    let min_noun = ACCUSER_MIN_NOUNS.contains(&unconj(a.word(t.w1)));
    let party_at = |i: usize| a.entities.iter().find(|e| e.w0 == i && !e.is_location);
    for i in t.w1 + 1..=t.w1 + 4 {
        if a.break_between(t.w1, i)
            || a.entities.iter().any(|e| e.w0 > t.w1 && e.w0 < i)
            || a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < i)
        {
            return None;
        }
        let w = a.word(i);
        let gap = i - t.w1 - 1;
        if w == "من" && ACCUSER_AGENT_HEADS.contains(&a.word(i + 1)) {
            return party_at(i + 2);
        }
        let issued = i > t.w1 + 1 && ACCUSER_ISSUED_WORDS.contains(&a.word(i - 1));
        if (w == "من" || (w == "عن" && issued)) && gap <= 2 && min_noun {
            let plain = (t.w1 + 1..i).all(|j| !a.word(j).starts_with(['ل', 'ب']));
            return party_at(i + 1).filter(|_| plain);
        }
        if matches!(w, "من" | "عن") {
            return None;
        }
    }
    None
}

/// (actors133) "وطلب من كبار القادة وضع خطط", "وسنطلب من جميع الركاب القفز": a verb of asking
/// (`ASKED_BY_MIN_VERBS`) with «من» right after it (or after one word of `ASKED_GAP_WORDS`) names
/// the party asked there, never the one who asks: returns the first party that opens within
/// three words after «من» in its clause. Not «من» of another sense (`MIN_NOT_ASKED`: "من خلال",
/// "من جهته", "من قبل"), nor a bare "طلب" after a word that makes it the noun ("بناء على طلب من
/// مصر": `requester_after_min`), nor «منه» with a pronoun ("طلب منه الطبيب": not the bare «من» the rule reads; a verb with an
/// object pronoun is left alone too).
pub(crate) fn asked_after_min<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    if t.w0 != t.w1 || t.pronoun_object || !ASKED_BY_MIN_VERBS.contains(&unconj(a.word(t.w0))) {
        return None;
    }
    if t.w0 > 0 && REQUEST_NOUN_BEFORE.contains(&unconj(a.word(t.w0 - 1))) {
        return None;
    }
    let n = a.words.len();
    let m = if t.w1 + 1 < n && a.word(t.w1 + 1) == "من" {
        t.w1 + 1
    } else if t.w1 + 2 < n && a.word(t.w1 + 2) == "من" && ASKED_GAP_WORDS.contains(&a.word(t.w1 + 1)) {
        t.w1 + 2
    } else {
        return None;
    };
    if m + 1 >= n || MIN_NOT_ASKED.contains(&a.word(m + 1)) {
        return None;
    }
    a.entities.iter().find(|e| e.w0 > m && e.w0 <= m + 3 && !a.break_between(t.w1, e.w0))
}

/// The first plain entity (no preposition) strictly between word `lo` and word `hi`.
fn plain_between(a: &Analysis, lo: usize, hi: usize) -> Option<&EntityMention> {
    a.entities.iter().find(|e| e.w0 > lo && e.w1 < hi && e.prep.is_none())
}

/// Roles given by a construction around the trigger rather than by word order next to it
/// (section 5, "Light verbs, relative clauses and exposure").
pub(crate) fn construction_roles<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
    pattern: Pattern,
    passive_read: bool,
    impersonal: bool,
) -> Option<Construction<'a>> {
    let w0 = a.word(t.w0);
    if let Some(e) = requester_after_min(a, t) {
        return Some(Construction::Requester(e));
    }
    let light = |forms: &dyn Fn(&str) -> bool, reach: usize, end: usize| {
        (end.saturating_sub(reach)..end)
            .rev()
            .find(|&i| forms(unconj(a.word(i))))
            // (actors97: or only by the commas after the verb's subject, `comma_cut_subject`.)
            .filter(|&q| {
                !a.break_between(q, t.w0)
                    || a.entities.iter().any(|e| (q + 1..=q + 2).contains(&e.w0) && comma_cut_subject(a, t, e, forms))
            })
            .filter(|&q| !a.triggers.iter().any(|x| x.w0 > q && x.w1 < t.w0))
    };
    if rule.pattern != Pattern::Passive && !impersonal && !passive_read {
        // "قيام السلطات السودانية باعتقال", "قامت قوات الأمن المكلفة بتأمين المحكمة بإغلاق".
        if w0.starts_with('ب') {
            // (actors66: "أمرت النيابة بحبس …", "اكتفت الشرطة بالتحقيق مع …": BA_GOVERNOR_FORMS.)
            let q = light(
                &|w| QAMA_FORMS.contains(&w) || QIYAM_FORMS[..3].contains(&w) || BA_GOVERNOR_FORMS.contains(&w),
                8,
                t.w0,
            );
            if let Some(d) = q.and_then(|q| plain_between(a, q, t.w0)) {
                return Some(Construction::Doer(d));
            }
        }
        // "وشرعت الشرطة في تحقيق موسع": the subject of a verb of starting does the act its
        // noun after في names (recall45; a glued بـ is left out: "المدعومة بغارات" is an instrument).
        if t.w0 > 0 && START_PREPS.contains(&a.word(t.w0 - 1)) {
            let q = light(&|w| START_FORMS.contains(&w), 8, t.w0 - 1);
            if let Some(d) = q.and_then(|q| plain_between(a, q, t.w0 - 1)) {
                return Some(Construction::Doer(d));
            }
        }
        // "أقدم مسلحون على اغتيال ضابط".
        if t.w0 > 0 && a.word(t.w0 - 1) == "علي" {
            let q = light(&|w| IQDAM_FORMS.contains(&w), 8, t.w0 - 1);
            if let Some(d) = q.and_then(|q| plain_between(a, q, t.w0 - 1)) {
                return Some(Construction::Doer(d));
            }
        }
        // "شنت الحكومة عدة غارات جوية مستهدفة مقاتلي التنظيم".
        // (actors136: a measure noun before the trigger, "سلسلة غارات", opens the verb's object,
        // so the reach counts from it: `launch_object_start`.)
        if pattern == Pattern::Noun && !w0.starts_with('ب') && !t.purpose {
            let o = launch_object_start(a, t);
            let q = light(&|w| LAUNCH_FORMS.contains(&w), LAUNCH_REACH, o);
            if let Some(d) = q.and_then(|q| plain_between(a, q, o)) {
                return Some(Construction::Doer(d));
            }
        }
    }
    // "تعرضت القرية لقصف مدفعي", "تعرض الاراضي السورية لاعتداء".
    if w0.starts_with('ل') && t.w0 > 0 {
        let q = light(&|w| EXPOSED_FORMS.contains(&w), 6, t.w0);
        if let Some(v) = q.and_then(|q| plain_between(a, q, t.w0)) {
            return Some(Construction::Victim(v));
        }
    }
    // "الهجوم الذي شنه مسلحون على الحاجز", "الهجوم الذي تعرض له الجنود".
    // (An adjective may stand between: "العقوبات الجديدة التي فرضها".)
    let rel = (t.w1 + 1..=t.w1 + 2)
        .find(|&i| RELATIVE_PRONOUNS.contains(&a.word(i)))
        .filter(|&i| !a.break_between(t.w1, i) && !a.entities.iter().any(|e| e.w0 > t.w1 && e.w0 < i));
    if let Some(r) = rel.filter(|_| pattern == Pattern::Noun) {
        let v = a.word(r + 1);
        if EXPOSED_FORMS.contains(&v) && matches!(a.word(r + 2), "له" | "لها" | "لهم" | "لهما") {
            if let Some(e) = a.entities.iter().find(|e| e.w0 == r + 3 && e.prep.is_none()) {
                return Some(Construction::Victim(e));
            }
        } else if ["ه", "ها", "هم", "هما"].iter().any(|p| v.ends_with(p)) && !v.starts_with('ل') {
            if let Some(e) = relative_doer_at(a, r + 2) {
                return Some(Construction::Doer(e));
            }
        } else if qama_with_resumptive(a, r + 1) {
            // (actors124) "الهجوم الذي قام به التنظيم": the party after "قام به" did the act. A
            // word between the noun and the pronoun must agree with it in definiteness, as an
            // adjective does ("الهجوم الآثم الذي"); else the clause is on that word ("تحقيق
            // دولي الجرائم التي يقوم بها").
            let is_definite = |w: &str| {
                let c = unconj(w);
                c.starts_with("ال") || c.starts_with("لل") || c.strip_prefix('ب').is_some_and(|c| c.starts_with("ال"))
            };
            let adjective = r == t.w1 + 1 || is_definite(a.word(t.w1 + 1)) == is_definite(a.word(t.w1));
            if let Some(e) = relative_doer_at(a, r + 3).filter(|_| adjective) {
                return Some(Construction::Doer(e));
            }
        }
    }
    // "هجوما شنه مسلحون على الحاجز", "لمداهمة شنتها قوات الأمن", "أول هجوم من نوعه يشنه
    // نشطاء": a launch verb that carries a pronoun for the event noun before it (a relative
    // clause with no relative pronoun) names the noun's doer, the plain entity after the verb.
    // (actors124) So do "مجزرة ارتكبها", "صواريخ أطلقها" (`RELATIVE_DEED_FORMS`) and "هجوم قام به"
    // (`relative_deed_subject`), and a part of a party before "من" ("شنه عناصر من الحركة").
    if pattern == Pattern::Noun && rel.is_none() {
        let verb = (t.w1 + 1..=t.w1 + 3)
            .find(|&i| relative_deed_subject(a, i).is_some())
            .filter(|&i| !a.break_between(t.w1, i) && !a.entities.iter().any(|e| e.w0 > t.w1 && e.w0 < i));
        if let Some(e) = verb.and_then(|v| relative_deed_subject(a, v)).and_then(|s| relative_doer_at(a, s)) {
            return Some(Construction::Doer(e));
        }
    }
    // "هجوم أول للمتمردين", "تعزيزات كبيرة للمتمردين": a glued لـ right after an attack or
    // mobilization noun (an adjective may stand between) marks whose attack or reinforcements
    // they are; "اقتحام جماعة مسلحة لقناة تلفزيونية": the genitive of
    // a noun of an act done to a thing is its doer when a لـ object follows it.
    if pattern == Pattern::Noun && rule.pattern == Pattern::Noun && !t.pronoun_object {
        let first = a.entities.iter().find(|e| e.w0 > t.w1 && e.w0 <= t.w1 + 2);
        if rule.of == Of::Actor && matches!(rule.event_type.as_str(), "ASSAULT" | "MOBILIZE") {
            // (not the homograph القضاء "eliminating" as a purpose: "للقضاء على المسلحين")
            let purpose = |e: &EntityMention| a.word(e.w0) == "للقضاء" && a.word(e.w1 + 1) == "علي";
            if let Some(e) =
                first.filter(|e| e.prep.as_deref() == Some("ل") && !a.break_between(t.w1, e.w0) && !purpose(e))
            {
                return Some(Construction::Doer(e));
            }
        }
        if rule.of == Of::Recipient && !PERSON_OBJECT_RULES.iter().any(|p| rule.id.starts_with(p)) {
            let genitive = first.filter(|e| e.w0 == t.w1 + 1 && e.prep.is_none() && !e.weak);
            let lam_object = |g: &EntityMention| {
                a.entities.iter().any(|f| f.w0 > g.w1 && f.w0 <= g.w1 + 2 && f.prep.as_deref() == Some("ل"))
            };
            if let Some(g) = genitive.filter(|g| lam_object(g) && !a.break_between(t.w1, g.w1 + 1)) {
                return Some(Construction::Doer(g));
            }
        }
    }
    // "القصف التركي", "الاعتقالات الإسرائيلية": a nationality adjective that agrees with a
    // definite verbal noun is its doer (not so for acts done to persons: "مقتل الأمريكي").
    let definite = {
        let core = unconj(w0);
        core.starts_with("ال") || core.strip_prefix('ب').is_some_and(|c| c.starts_with("ال")) || core.starts_with("لل")
    };
    if pattern == Pattern::Noun && definite && !PERSON_OBJECT_RULES.iter().any(|p| rule.id.starts_with(p)) {
        if let Some(e) = a.entities.iter().find(|e| e.w0 == t.w1 + 1 && e.weak && a.word(e.w0).starts_with("ال")) {
            return Some(Construction::Doer(e));
        }
        // "الاعتداء العسكري الإسرائيلي", "الغارات الجوية التركية": one plain definite adjective
        // may stand between (ending ي or ية as the nationality does, no entity, trigger or break).
        // Not after a trigger ending in a preposition ("التعاون مع الصحفية المصرية"), nor for a
        // meeting or agreement noun, whose nationality is its host or topic ("الملتقى الثقافي
        // الفلسطيني").
        let feminine = |w: &str| w.ends_with("يه");
        let adjective_then_nationality =
            !ends_with_prep(a, t) && !matches!(rule.event_type.as_str(), "CONSULT" | "AGREE") && {
                let (i, w) = (t.w1 + 1, a.word(t.w1 + 1));
                sentence::is_definite_nisba(w)
                    && !a.break_between(t.w1, i + 1)
                    && !a.entities.iter().any(|e| e.w0 <= i && i <= e.w1)
                    && !a.triggers.iter().any(|x| x.w0 <= i && i <= x.w1)
            };
        if adjective_then_nationality {
            let agrees = |e: &EntityMention| feminine(a.word(e.w0)) == feminine(a.word(t.w1 + 1));
            if let Some(e) =
                a.entities.iter().find(|e| e.w0 == t.w1 + 2 && e.weak && a.word(e.w0).starts_with("ال") && agrees(e))
            {
                return Some(Construction::Doer(e));
            }
        }
    }
    // "الاعتداء الذي استهدف السفارة": the antecedent is the subject, the noun after the verb its
    // object; "المبلغ الذي طلبته السلطات": the attached pronoun is the antecedent, the noun
    // after the verb its subject.
    if pattern == Pattern::Verb && !passive_read && t.w0 > 0 && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) {
        let after = |reach: usize| a.entities.iter().find(|e| e.w0 > t.w1 && e.w0 <= t.w1 + reach);
        // (Not a nationality adjective, "الإعلام الباكستاني الذين", nor a noun with a preposition,
        // "زيارته لمصر التي": both modify a noun we do not know.)
        // (actors127) "تصريحات نائب الرئيس فلان الذي اتهم الدولة": a person or official after a
        // preposition is the antecedent of the masculine "الذي" or "الذين" all the same; those
        // pronouns stand for persons, not for the unknown noun the preposition hangs on.
        let pronoun = unconj(a.word(t.w0 - 1));
        let person = |e: &EntityMention| {
            !e.weak
                && MASCULINE_RELATIVE_PRONOUNS.contains(&pronoun)
                && e.actors
                    .iter()
                    .any(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Office))
                && !e.actors.iter().any(|&x| lex.actors[x as usize].kind == ActorKind::Country)
        };
        let antecedent = a
            .entities
            .iter()
            .find(|e| t.w0 >= 2 && e.w1 == t.w0 - 2)
            .filter(|e| (!e.weak && e.prep.is_none()) || person(e));
        let verb = unconj(a.word(t.w1));
        // "الذي أقاله البرلمان", "التي رعتها مصر": an object pronoun on the verb.
        // (actors127: a one-word verb left without the pronoun keeps three letters at least, and is
        // none of `HUM_STEM_VERBS`; "اتهم" "accused" and "يداهم" end in هم but carry no pronoun.
        // The last word of a longer form, "وجهت لهم", is a preposition with its pronoun.)
        let object_pronoun = t.pronoun_object
            || (!HUM_STEM_VERBS.contains(&verb)
                && ["ها", "هم", "هما"]
                    .iter()
                    .any(|p| verb.strip_suffix(p).is_some_and(|stem| t.w1 > t.w0 || stem.chars().count() >= 3)))
            || (verb.ends_with('ه') && verb.chars().count() >= 4);
        // "الأسير الذي رفضت محكمة الصلح طلبه": a verb that does not agree in gender with the
        // relative pronoun has a subject of its own after it.
        let feminine_verb = verb.starts_with('ت') || verb.ends_with('ت');
        let disagrees = (pronoun == "الذي" && feminine_verb) || (pronoun == "التي" && !feminine_verb);
        // (actors106) "المحادثات التي استضافتها الدول العشر", "الشروط التي اتفق عليها الطرفان":
        // when that subject after the verb is a noun no dictionary holds
        // (`unknown_relative_subject`), the act has a doer, only not a known one: none of the parties before the relative
        // pronoun stands in for it. So for a resumptive preposition right after the verb.
        let first_after = after(3);
        if object_pronoun || disagrees {
            if let Some(subject) = first_after.filter(|e| e.prep.is_none()) {
                return Some(Construction::RelativeSubject(Some(subject), antecedent));
            }
            if unknown_relative_subject(a, t) {
                return Some(Construction::RelativeSubject(None, antecedent));
            }
            return None;
        }
        // (The preposition's pronoun must agree with the relative pronoun: in "رسالة الرئيس الذي
        // طالب فيها الأشقاء" it is the letter's, and the antecedent is the verb's subject.)
        let resumptive = a.word(t.w1 + 1);
        let agrees = match pronoun {
            "الذي" => resumptive.ends_with('ه'),
            "التي" => resumptive.ends_with("ها"),
            "الذين" => resumptive.ends_with("هم"),
            _ => false,
        };
        if first_after.is_none() && agrees && RESUMPTIVE_PREPS.contains(&resumptive) && unknown_relative_subject(a, t) {
            return Some(Construction::RelativeSubject(None, antecedent));
        }
        let object = first_after;
        // (A call or statement whose antecedent is not a party is usually its topic, "الحوار الذي
        // دعا الملك إلى استئنافه", with the subject after the verb.)
        let statement = !matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE" | "PROTEST");
        if statement && antecedent.is_none() {
            return None;
        }
        if antecedent.is_none() && object.is_none() {
            // "التفجير الذي استهدف مسجد الإيمان قرب العاصمة السورية": an event noun (an adjective
            // may stand between) is the subject, and no party named near the verb is. Not with a
            // resumptive pronoun after the verb ("الهجوم الذي قتل فيه جندي"): the noun after it is
            // the subject, or the verb passive. With another antecedent the old reading stands.
            let event_antecedent = a.triggers.iter().any(|x| {
                x.w1 + 1 < t.w0
                    && t.w0 - 1 - x.w1 <= 3
                    && !a.break_between(x.w1, t.w0)
                    && !a.entities.iter().any(|e| e.w0 > x.w1 && e.w0 < t.w0)
            });
            if !event_antecedent || RESUMPTIVE_PREPS.contains(&a.word(t.w1 + 1)) {
                return None;
            }
            return Some(Construction::RelativeSubject(None, None));
        }
        return Some(Construction::RelativeSubject(antecedent, object));
    }
    None
}

/// (actors106) The verb of relative-clause trigger `t` (one word) has a subject of its own right
/// after it that is no party: after a resumptive preposition (`RESUMPTIVE_PREPS`) and at most two
/// adverbs (`RELATIVE_SUBJECT_ADVERBS`), with no clause break, a definite word ("الدول",
/// "المدعية") or an indefinite head with a definite word after it ("جوازات المنطقة"), in no entity
/// or trigger and not a time or a preposition noun (`RELATIVE_NONSUBJECT_WORDS`); a place ("لوس
/// أنجلوس") counts.
fn unknown_relative_subject(a: &Analysis, t: &TriggerMention) -> bool {
    // (One verb word only: after "عقدت دورتها" the next word is the object's adjective.)
    if t.w0 != t.w1 {
        return false;
    }
    let n = a.words.len();
    let mut i = t.w1 + 1;
    if i < n && RESUMPTIVE_PREPS.contains(&a.word(i)) {
        i += 1;
    }
    let mut skipped = 0;
    while i < n && skipped < 2 && RELATIVE_SUBJECT_ADVERBS.contains(&a.word(i)) {
        i += 1;
        skipped += 1;
    }
    if i >= n || a.break_between(t.w1, i) {
        return false;
    }
    let free = |k: usize| {
        !a.entities.iter().any(|e| e.w0 <= k && k <= e.w1) && !a.triggers.iter().any(|x| x.w0 <= k && k <= x.w1)
    };
    let w = a.word(i);
    if !free(i) || RELATIVE_NONSUBJECT_WORDS.contains(&w) || w.chars().count() < 3 {
        return false;
    }
    if w.starts_with("ال") {
        return w.chars().count() >= 5;
    }
    if a.places.iter().any(|p| p.w0 == i) {
        return true;
    }
    // An indefinite head: not an adverb in -ًا, not a number, not a definite noun behind a glued
    // preposition ("بالجلسة"), with a definite genitive after it.
    !w.ends_with('ا')
        && !["بال", "لل", "كال", "فال", "وال"].iter().any(|p| w.starts_with(p))
        && !w.chars().any(|c| c.is_ascii_digit())
        && i + 1 < n
        && !a.break_between(i, i + 1)
        && a.word(i + 1).starts_with("ال")
        && !RELATIVE_NONSUBJECT_WORDS.contains(&a.word(i + 1))
}

/// "ضد سياسات الرئيس", "أمام مبنى المحافظة", "احتجاجا على قرار الحكومة": the word of a protest's
/// target (`PROTEST_TARGET_MARKERS`, or `احتجاجا` + `على`) at most four words before entity `e`,
/// with no clause break between; its position.
pub(crate) fn protest_target(a: &Analysis, e: &EntityMention) -> Option<usize> {
    (e.w0.saturating_sub(4)..e.w0).rev().find(|&m| {
        let w = a.word(m);
        let marker = PROTEST_TARGET_MARKERS.contains(&w) || (w.starts_with("احتجاج") && a.word(m + 1) == "علي");
        marker && !a.break_between(m, e.w0)
    })
}

/// "احتجاجا على فيلم مسيء", "مظاهرات ضد الفيلم", "الألعاب النارية ضد قوات الشرطة": a veto word of
/// `OBJECT_VETO_CUES` that is what a protest is against (right after "ضد", or after "احتجاج…" +
/// "على") or what is thrown at someone (right before a word of `VETO_OBJECT_AFTER`), with no clause
/// break, names a cause or a weapon of the violence told, not the frame of a show (prec80b).
pub(crate) fn veto_word_as_object(a: &Analysis, c: &CueMention, id: &str) -> bool {
    if !OBJECT_VETO_CUES.contains(&id) {
        return false;
    }
    let before = |d: usize| if c.w0 >= d && !a.break_between(c.w0 - d, c.w0) { a.word(c.w0 - d) } else { "" };
    let protested = matches!(before(1), "ضد" | "وضد") || (before(1) == "علي" && before(2).starts_with("احتجاج"));
    let aimed = !a.break_between(c.w1, c.w1 + 1) && VETO_OBJECT_AFTER.contains(&a.word(c.w1 + 1));
    protested || aimed
}

/// Word `w` is a verb of `forms` with an attached object pronoun (ه, ها, هم, هما): "شنه",
/// "ارتكبوها" (the verb's written alif dropped before the pronoun, so the list holds «ارتكبو»).
fn verb_with_pronoun(w: &str, forms: &[&str]) -> bool {
    ["هما", "هم", "ها", "ه"].iter().any(|p| w.strip_suffix(p).is_some_and(|v| forms.contains(&v)))
}

/// A launch verb (`LAUNCH_FORMS`, not after و) with an attached object pronoun: "شنه",
/// "نفذتها", "يشنها".
pub(crate) fn launch_with_pronoun(w: &str) -> bool {
    verb_with_pronoun(w, &LAUNCH_FORMS)
}

/// (actors124) Word `i` opens a relative clause on the act noun before it whose subject did the
/// act: a launch verb or a verb of `RELATIVE_DEED_FORMS` with an attached object pronoun ("شنه",
/// "ارتكبها", "أطلقها"), or a form of قام before "به"/"بها" (`QAMA_RESUMPTIVES`). The position
/// where that subject starts.
fn relative_deed_subject(a: &Analysis, i: usize) -> Option<usize> {
    let w = a.word(i);
    let deed = launch_with_pronoun(w) || verb_with_pronoun(w, &RELATIVE_DEED_FORMS);
    if deed {
        return Some(i + 1);
    }
    qama_with_resumptive(a, i).then_some(i + 2)
}

/// Word `i` is a form of قام and the next word its resumptive "به"/"بها" (`QAMA_RESUMPTIVES`)
/// in the same clause: "الهجوم الذي قام به", "هجمات يقوم بها".
fn qama_with_resumptive(a: &Analysis, i: usize) -> bool {
    QAMA_FORMS.contains(&a.word(i)) && QAMA_RESUMPTIVES.contains(&a.word(i + 1)) && !a.break_between(i, i + 1)
}

/// The doer named at the start `s` of a relative clause's subject: a plain entity at `s` or the
/// word after; or (actors124) the party after "من" when a head noun of a part of a party
/// (`RELATIVE_DOER_PART_HEADS`, in no entity) stands at `s` ("عناصر من حركة الشباب").
fn relative_doer_at(a: &Analysis, s: usize) -> Option<&EntityMention> {
    // (A nationality adjective one word on qualifies the noun at `s`; after a definite noun with a
    // glued preposition that noun is no subject, "قام بها للعاصمة الروسية", while after a plain
    // one the adjective names the doer's side: "شنه طالب تونسي".)
    let adjective_of_other = |e: &EntityMention| {
        let head = a.word(s);
        e.w0 == s + 1 && e.weak && ["لل", "بال", "كال"].iter().any(|p| head.starts_with(p))
    };
    if let Some(e) =
        a.entities.iter().find(|e| (s..=s + 1).contains(&e.w0) && e.prep.is_none() && !adjective_of_other(e))
    {
        return Some(e);
    }
    let head = RELATIVE_DOER_PART_HEADS.contains(&a.word(s))
        && a.word(s + 1) == "من"
        && !a.entities.iter().any(|e| e.w0 <= s && s <= e.w1)
        && !a.break_between(s, s + 2);
    a.entities.iter().find(|e| head && e.w0 == s + 2 && !e.is_location && !e.weak)
}

/// The word as written in the original text.
fn written_word<'s>(a: &Analysis, s: &'s str, i: usize) -> &'s str {
    a.words.get(i).map(|&(b, e)| &s[a.key.orig_byte_range(b..e)]).unwrap_or("")
}

/// "قال الجيش السوري إن طائرات إسرائيلية قصفت …": a reported clause opened by a complementizer
/// that carries no pronoun (إن، أن، بأن) names its own subject right after it, so the speaker is
/// not the doer of what that clause reports, even when the subject is not in the dictionary. A
/// subject with an attached pronoun ("إن بلاده تدين", "إن قواته") refers back to the speaker.
pub(crate) fn own_subject_after_complementizer(a: &Analysis, s: &str, from: usize, t: &TriggerMention) -> bool {
    (from + 1..t.w0.saturating_sub(1)).any(|i| {
        matches!(unconj(a.word(i)), "ان" | "بان")
            && !a.break_between(i, t.w0)
            && !a.triggers.iter().any(|x| x.w0 == i + 1)
            // (a subject known by its nationality, "إن الطائرات الفرنسية", is read as before)
            && !a.entities.iter().any(|e| e.w0 == i + 1 || (e.w0 == i + 2 && e.weak))
            && !["ه", "ها", "هم", "هما", "نا"].iter().any(|p| written_word(a, s, i + 1).ends_with(p))
    })
}

/// (actors75) "قال إن فلان، رئيس الوزراء، التقى نظيره": a party set off by commas (opened by a
/// comma, or a name and its title joined by one) whose closing comma stands right before a verb
/// trigger is that verb's subject: the comma ends the apposition, not the clause. Only when the
/// phrase it stands in apposition to opens its clause (at most four words after a complementizer
/// or the sentence's start, with no speech cue: "وقال فلان، المتحدث باسم الجيش، …" is the
/// speaker), and not before a verb with a glued و or ف, which opens a clause of its own ("استقبل
/// الوزير فلان، سفير البلد، وبحث").
pub(crate) fn comma_closed_subject(a: &Analysis, pattern: Pattern, t: &TriggerMention, e: &EntityMention) -> bool {
    let sep = |i: usize| sentence::separator_after(&a.key.key, &a.words, i);
    if !(pattern == Pattern::Verb
        && !t.article
        && !t.purpose
        && e.w1 + 1 == t.w0
        && e.prep.is_none()
        && !e.conj
        && !a.word(t.w0).starts_with(['و', 'ف'])
        && sep(e.w1) == ",")
    {
        return false;
    }
    // The last word of the phrase the party stands in apposition to.
    let head_end = if e.appositions > 0 {
        e.w0
    } else if e.w0 > 0 && sep(e.w0 - 1) == "," {
        e.w0 - 1
    } else {
        return false;
    };
    // Back from it to a complementizer or the sentence's start, with no break on the way.
    let mut i = head_end;
    while i > 0 && !COMPLEMENTIZERS.contains(&a.word(i - 1)) {
        if a.break_between(i - 1, i) || head_end - i >= 3 {
            return false;
        }
        i -= 1;
    }
    !a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w0 >= i && c.w0 <= head_end)
}

/// (actors97) "قررت النيابة العامة، مساء الثلاثاء، حبس المتهمين", "نفذت جماعة مسلحة، هجوما على
/// الحاجز", "أصدرت المنظمة، بيانا طالبت فيه الحكومة …": news style sets a comma after the subject
/// of a clause-opening verb (at the sentence's start, after a break or «قد»; one plain word may
/// stand between the verb and the party, "أصدرت منظمة هيومن رايتس ووتش،"). When the verb (a form
/// `forms` accepts) is one whose subject does the act its object names, that comma does not cut
/// the party off from the object: at most three more words of the party's phrase may stand before
/// the comma (no indefinite accusative: that is the verb's own object), then optionally a time
/// phrase of at most four words or a name in apposition closed by a second comma, and then the
/// trigger, or a statement noun (`STATEMENT_NOUNS`) and the trigger, a verb of the issuer's.
/// `e` is the plain party right after the verb.
pub(crate) fn comma_cut_subject(
    a: &Analysis,
    t: &TriggerMention,
    e: &EntityMention,
    forms: &dyn Fn(&str) -> bool,
) -> bool {
    if e.w0 == 0 || e.prep.is_some() || e.conj || e.w1 >= t.w0 {
        return false;
    }
    let brk = |i: usize| a.breaks.get(i).copied().unwrap_or(false);
    // The verb right before the party, or before one plain word of its phrase ("منظمة" before a
    // listed name, "عليها" before the subject).
    // (The bare form too: «فرضت», «وجهت» begin with a letter of a conjunction.)
    let verb = |v: usize| {
        (forms(a.word(v)) || forms(unconj(a.word(v)))) && (v == 0 || brk(v) || matches!(a.word(v - 1), "قد" | "وقد"))
    };
    let one_word = e.w0 >= 2
        && !brk(e.w0 - 1)
        && !brk(e.w0)
        && !a.entities.iter().any(|x| x.w1 == e.w0 - 1)
        && !a.triggers.iter().any(|x| x.w1 == e.w0 - 1);
    if !(verb(e.w0 - 1) || (one_word && verb(e.w0 - 2))) {
        return false;
    }
    let comma = |i: usize| brk(i) && sentence::separator_after(&a.key.key, &a.words, i - 1) == ",";
    // Nothing but plain words (no trigger, other party or complementizer) in a stretch.
    // (actors136: a party may stand in a relative clause right after the subject, "شنت طائرات
    // التحالف الذي تقوده السعودية، سلسلة غارات": it describes the subject.)
    let relative = RELATIVE_PRONOUNS.contains(&a.word(e.w1 + 1));
    let plain = |lo: usize, hi: usize| {
        (lo..hi).all(|i| !COMPLEMENTIZERS.contains(&a.word(i)) && !a.triggers.iter().any(|x| x.w0 <= i && i <= x.w1))
            && (relative && lo == e.w1 + 1 || !a.entities.iter().any(|x| x.w0 != e.w0 && x.w1 >= lo && x.w0 < hi))
    };
    // The first break after the party: a comma, within three words after its end.
    let Some(c) = (e.w0 + 1..=(e.w1 + 4).min(t.w0)).find(|&i| brk(i)) else {
        return false;
    };
    // (Not past the verb's own object, an indefinite accusative: "ألقى الوزير خطابا، عبر الفيديو".)
    let object = (e.w1 + 1..c).any(|i| a.word(i).ends_with('ا') && !a.word(i).starts_with("ال"));
    if !comma(c) || !plain(e.w1 + 1, c) || object {
        return false;
    }
    // The object starts at `o`: right after the comma, or after a time phrase closed by a comma.
    let starts = |o: usize| {
        o == t.w0 || ((statement_noun(a.word(o)) || o == launch_object_start(a, t)) && o + 1 == t.w0 && !brk(t.w0))
    };
    if starts(c) {
        return true;
    }
    let Some(d) = (c + 1..=(c + 4).min(t.w0)).find(|&i| brk(i)) else {
        return false;
    };
    // (The second slot may also hold the party's name in apposition: "وجه رئيس الهيئة، فلان، بفتح
    // تحقيق".)
    let name = a.entities.iter().any(|x| x.w0 == c && x.w1 + 1 == d && x.prep.is_none() && !x.conj);
    comma(d) && (plain(c, d) || name) && starts(d) && !(d + 1..=t.w0).any(brk)
}

/// (actors136) How many words before its noun object a launch verb may stand: its subject with
/// a time word ("نفذ الائتلاف الدولي بقيادة أمريكية الجمعة غارات"); was five.
const LAUNCH_REACH: usize = 7;

/// (actors136) Where a launch verb's noun object begins: at a measure noun right before the
/// trigger (`LAUNCH_MEASURE_HEADS`: "شن طيران التحالف أمس، سلسلة غارات", "موجة هجمات"), with no
/// break between, else at the trigger itself.
pub(crate) fn launch_object_start(a: &Analysis, t: &TriggerMention) -> usize {
    let measure = t.w0 > 0
        && !a.breaks.get(t.w0).copied().unwrap_or(false)
        && LAUNCH_MEASURE_HEADS.contains(&a.word(t.w0 - 1))
        && !a.entities.iter().any(|e| e.w0 < t.w0 && t.w0 - 1 <= e.w1);
    if measure {
        t.w0 - 1
    } else {
        t.w0
    }
}

/// The trigger form ends with a preposition that introduces its object ("القبض على").
pub(crate) fn ends_with_prep(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0 && matches!(a.word(t.w1), "علي" | "الي" | "مع" | "ضد" | "عن" | "بين" | "لدي")
}

pub(crate) fn is_source(a: &Analysis, e: &EntityMention) -> bool {
    let w = a.word(e.w0);
    let w = w.strip_prefix('و').unwrap_or(w);
    SOURCE_WORDS.contains(&w)
}

/// A source noun (a newspaper, a network, a report) that is the subject of a speech act: right
/// after the verb ("اتهمت صحف أوروبية الحكومة", "استنكرت الشبكة العربية اعتقال"), or right before
/// it ("صحيفة بريطانية تنتقد"), with no preposition and no clause break. It accuses or demands
/// itself; it does not merely report what another party said.
pub(crate) fn source_subject(a: &Analysis, t: &TriggerMention, e: &EntityMention) -> bool {
    e.prep.is_none()
        && !e.weak
        && (e.w0 == t.w1 + 1 || e.w1 + 1 == t.w0)
        && !a.break_between(e.w1.min(t.w1), e.w0.max(t.w0))
}

/// The trigger itself begins with the passive auxiliary تمّ or جرى ("تم توقيف", "وتم القبض",
/// "جرى ترحيل"): an impersonal passive, whose subject is not the entity before it.
/// (Not after a relative pronoun or "من": "الأشخاص الذين تم توقيفهم" is read by the relative
/// clause rule.)
pub(crate) fn impersonal_trigger(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0
        && matches!(unconj(a.word(t.w0)), "تم" | "يتم" | "سيتم" | "جري" | "يجري")
        && (t.w0 == 0 || !(RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) || matches!(a.word(t.w0 - 1), "من" | "ومن")))
}

/// "نفى السفير البنغلاديشي لدى المملكة", "مندوبها لدى الأمم المتحدة", "بذل مساعيه لدى أنقرة": an
/// entity right after لدى, with a posting or effort noun (`POSTING_HEADS`) among the four words
/// before it in the same clause, names where an envoy is posted or whom an effort addresses. It
/// is never a party of the clause's act; the envoy or office belongs to its own country.
/// Returns the word index of the posting noun.
pub(crate) fn posted_to(a: &Analysis, e: &EntityMention) -> Option<usize> {
    if e.prep.as_deref() != Some("لدي") || e.w0 < 2 {
        return None;
    }
    (e.w0.saturating_sub(5)..e.w0 - 1).rev().find(|&i| in_list!(&POSTING_HEADS, a.word(i)) && !a.break_between(i, e.w0))
}

/// The entity as written, without a glued conjunction ("ومتظاهرين" → "متظاهرين"): the "و"
/// joins the entity to the sentence, it is not part of its name.
/// actors103: a mention of the foreigners' group (`grp.foreigners`) with a word of
/// `FOREIGNER_WORDS` in it ("أجانب", "الرهائن الأجانب", behind a glued و/ف/ب/ل): people whom the
/// text calls foreign, so no country of the place or the article is theirs. Only mentions of that
/// group are read, so the key is folded only for them.
pub(crate) fn foreigners(lex: &Lexicon, e: &EntityMention, s: &str) -> bool {
    e.actors.iter().any(|&a| lex.actors[a as usize].id == "grp.foreigners")
        && s.get(e.start..e.end).is_some_and(|t| {
            ahdath_text::normalize_key(t).split(' ').any(|w| {
                FOREIGNER_WORDS.contains(&w)
                    || w.strip_prefix(['و', 'ف', 'ب', 'ل']).is_some_and(|x| FOREIGNER_WORDS.contains(&x))
            })
        })
}

pub(crate) fn entity_text(e: &EntityMention, s: &str) -> String {
    let t = &s[e.start..e.end];
    let t = if e.conj { t.strip_prefix(['و', 'ف']).unwrap_or(t) } else { t };
    t.to_string()
}

/// What must agree for two mentions to be one actor: the country (titles and sector nouns of
/// one state name the same party in different words), or the dictionary id for groups without one.
pub(crate) fn entity_key(e: &Entity) -> String {
    entity_key_str(e).to_string()
}

/// [`entity_key`] lent from the entity, for keys built from it without a copy between.
pub(crate) fn entity_key_str(e: &Entity) -> &str {
    match (&e.country, &e.id) {
        (Some(c), _) => c,
        (None, Some(id)) => id,
        (None, None) => "?",
    }
}

/// A multilateral meeting told by a noun phrase of two words or more with a word of its holding
/// (`MEETING_HELD_WORDS`) within three words before or after it ("انطلق الحوار الوطني في صنعاء",
/// "في ختام المؤتمر الدولي الذي عقد في الرياض", recall47): the summit, conference or dialogue is
/// the event even when the sentence names none of its parties, so it needs no actor or recipient.
/// Not a bare noun ("قمة" alone is as often a peak), nor a meeting only named ("الجلوس على طاولة
/// الحوار", "ضمانات مؤتمر الحوار الوطني").
pub(crate) fn partyless_meeting(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let held = |i: usize| {
        let w = a.word(i);
        MEETING_HELD_WORDS.iter().any(|v| w.starts_with(v) || w.strip_prefix('و').is_some_and(|x| x.starts_with(v)))
    };
    rule.event_type == "CONSULT"
        && rule.pattern == Pattern::Noun
        && rule.mode.as_deref() == Some("multilateral")
        && t.w1 > t.w0
        && (t.w0.saturating_sub(3)..t.w0).chain(t.w1 + 1..=t.w1 + 3).any(held)
}

/// An act whose subject is a dual of the parties (`DUAL_PARTY_NOUNS`,
/// "الجانبان", "البلدين", "الوزيران", a glued و or ف aside), with no break between: the word right
/// after a verb ("اتفق الجانبان", "ويتشاور البلدان") or right before it ("إن البلدين اتفقا"), the
/// genitive right after a noun ("اتفاق البلدين على …"), or the subject of the verb before a
/// meeting noun after "خلال" or "في" ("وبحث الجانبان خلال اللقاء"). Such a dual names the two
/// parties the article told just before (recall61). Not "بين البلدين" after a noun: a deal or
/// talks "between the two countries" are mostly ones already in force or the relations talked
/// about ("اتفاق فض الاشتباك بين البلدين الموقع عام 1974").
pub(crate) fn dual_party_subject(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let dual = |i: usize| {
        i < a.words.len() && {
            let w = a.word(i);
            let w = w.strip_prefix(['و', 'ف']).filter(|x| x.starts_with("ال")).unwrap_or(w);
            DUAL_PARTY_NOUNS.contains(&w)
        }
    };
    let joined = |i: usize, j: usize| !a.break_between(i.min(j), i.max(j));
    let after = dual(t.w1 + 1) && joined(t.w1, t.w1 + 1);
    match rule.pattern {
        Pattern::Verb => after || (t.w0 > 0 && dual(t.w0 - 1) && joined(t.w0 - 1, t.w0)),
        _ => {
            after || (t.w0 >= 3 && matches!(a.word(t.w0 - 1), "خلال" | "في") && dual(t.w0 - 2) && joined(t.w0 - 2, t.w0))
        }
    }
}

/// An agreement told by an impersonal passive ("تم الاتفاق", "وجرى الاتفاق": a trigger of AGREE
/// whose first word, a glued و or ف aside, is in `IMPERSONAL_PASSIVE_VERBS`), which has no
/// subject to name its parties (recall64). Not after a relative word (`RETOLD_AGREEMENT_HEADS`:
/// "الاتفاق الذي تم التوصل إليه", "ما تم الاتفاق عليه" retell a deal) and not with "بين" or "مع"
/// (`NAMED_PARTY_PREPOSITIONS`) in the three words after it in its clause ("تم الاتفاق مع الجانب
/// المصري": the party is named). `Some(true)` when it is followed in those words by
/// `DURING_PREPOSITIONS` ("خلال", "في") and a meeting noun (`MEETING_BACK_NOUNS`: "تم
/// الاتفاق خلال المباحثات"), which points back to the last meeting the article told; `Some(false)`
/// otherwise, where only a meeting of its own sentence may lend its parties.
pub(crate) fn impersonal_agreement(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> Option<bool> {
    if rule.event_type != "AGREE" || t.w1 <= t.w0 {
        return None;
    }
    let w = a.word(t.w0);
    if !IMPERSONAL_PASSIVE_VERBS.contains(&unconj(w)) {
        return None;
    }
    if t.w0 > 0 && RETOLD_AGREEMENT_HEADS.contains(&a.word(t.w0 - 1)) {
        return None;
    }
    let end = (t.w1 + 4).min(a.words.len());
    let clause = (t.w1 + 1..end).take_while(|&i| !a.break_between(t.w1, i));
    if clause.clone().any(|i| NAMED_PARTY_PREPOSITIONS.contains(&a.word(i))) {
        return None;
    }
    let during = clause.clone().any(|i| {
        DURING_PREPOSITIONS.contains(&a.word(i))
            && i + 1 < a.words.len()
            && !a.break_between(i, i + 1)
            && MEETING_BACK_NOUNS.contains(&a.word(i + 1))
    });
    Some(during)
}

/// Whether ASSAULT trigger `t` tells a body found: its first word, a glued و/ف aside, is a verb
/// or verbal noun of finding (`BODY_FINDING_WORDS`: "عثرت على جثة", "العثور على جثث"). The
/// party before such a trigger found the body; it did not kill (SPEC §4, actors108).
pub(crate) fn body_finder(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    rule.event_type == "ASSAULT" && (BODY_FINDING_WORDS.contains(&w) || BODY_FINDING_WORDS.contains(&unconj(w)))
}

/// Whether party `x` is the speaker proper of speech cue `sp`: it starts no later than two words
/// after the cue's last word ("قال الجيش", "وقال المتحدث باسم الجيش"), so a party before the cue
/// or inside it is one too; a party further into the cue's phrase is not ("في بيان أصدره عقب
/// اعتقال خلية لحماس"). Used by `speaker_outside_act`, `reported_clause_subject`,
/// `quoted_other_side`, `media_reports_clause` and `suffered_in_clause` (fix62a).
fn speaker_proper(sp: &CueMention, x: &EntityMention) -> bool {
    x.w0 <= sp.w1 + 2
}

/// Whether attack noun `t`, lent by the speech fallback to speaker `x` of speech cue `sp`, lies
/// outside the speaker's doing: a complementizer with no pronoun (`BARE_COMPLEMENTIZERS`: "إن",
/// "بأن"; "إنها" makes the speaker the clause's subject) opens a reported clause between the
/// speaker and the noun, or the noun follows a time or cause head (`SPEECH_CIRCUMSTANCE_HEADS`: "بعد", "لضحايا");
/// a word of doing (`ANNOUNCED_DOING_WORDS`) from the speaker to eight words after the noun keeps it.
/// Only for the speaker proper: a party at most two words after the cue, or before it.
pub(crate) fn speaker_outside_act(a: &Analysis, sp: &CueMention, t: &TriggerMention, x: &EntityMention) -> bool {
    let key = |i: usize| {
        let w = a.word(i);
        w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w)
    };
    // (The speaker proper: right after the cue or before it, not a party further into the
    // cue's phrase, "في بيان أصدره عقب اعتقال خلية لحماس", or a side of the clash itself.)
    let own_speaker = speaker_proper(sp, x);
    let clause = x.w1 < t.w0 && (x.w1 + 1..t.w0).any(|i| BARE_COMPLEMENTIZERS.contains(&a.word(i)));
    let circumstance = t.w0 > 0 && SPEECH_CIRCUMSTANCE_HEADS.contains(&a.word(t.w0 - 1));
    let doing = (x.w0.min(sp.w1 + 1)..(t.w1 + 9).min(a.words.len())).any(|i| ANNOUNCED_DOING_WORDS.contains(&key(i)));
    own_speaker && (clause || circumstance) && !doing
}

/// Whether praise trigger `t` is followed by a word of `PRAISE_SEEN_MARKERS` («بما», «ما», «لما»,
/// «وبما»; past a doer named right after
/// the verb and an «على» of its own) and a verb of seeing (`PRAISE_SEEN_VERBS`): "praised what he
/// saw", an impression (status68; the doer stepped over in status69, «أشاد الوزير بما رآه»).
pub(crate) fn praise_of_the_seen(a: &Analysis, t: &TriggerMention) -> bool {
    let mut i = t.w1 + 1;
    // A doer named right after the verb, with up to three words of its title («وزيرة السياحة
    // المغربية»), stepped over up to the first «(ب)ما», «لما» or «على» of the clause.
    if let Some(e) = a.entities.iter().find(|e| e.w0 == i && e.prep.is_none() && !e.is_location) {
        let end = (e.w1 + 5).min(a.words.len());
        i = (e.w1 + 1..end)
            .take_while(|&j| !a.breaks.get(j).copied().unwrap_or(false))
            .find(|&j| a.word(j) == "علي" || PRAISE_SEEN_MARKERS.contains(&a.word(j)))
            .unwrap_or(e.w1 + 1);
    }
    if i < a.words.len() && a.word(i) == "علي" {
        i += 1;
    }
    i + 1 < a.words.len() && PRAISE_SEEN_MARKERS.contains(&a.word(i)) && PRAISE_SEEN_VERBS.contains(&a.word(i + 1))
}

/// The party that opens the clause a bare complementizer (`BARE_COMPLEMENTIZERS`) puts between
/// speaker `x` of speech cue `sp` and trigger `t` ("قال الجيش إن مسلحي القبيلة …", or a subject
/// known by its nationality, "إن الطائرات الإسرائيلية"): the clause's own subject, a party other
/// than the speaker. Only for the speaker proper, right after the cue or before it.
pub(crate) fn reported_clause_subject<'a>(
    a: &'a Analysis,
    sp: &CueMention,
    t: &TriggerMention,
    x: &EntityMention,
) -> Option<&'a EntityMention> {
    let own_speaker = speaker_proper(sp, x);
    if !own_speaker || x.w1 >= t.w0 {
        return None;
    }
    let i = (x.w1 + 1..t.w0).rfind(|&i| BARE_COMPLEMENTIZERS.contains(&a.word(i)))?;
    a.entities.iter().find(|e| {
        (e.w0 == i + 1 || (e.w0 == i + 2 && e.weak))
            && e.w1 < t.w0
            && e.w0 != x.w0
            && e.prep.is_none()
            && !e.is_location
    })
}

/// (actors135) Whether verb trigger `t` agrees with `s`, the party a reported clause opens with, as
/// its subject: a plural verb (ـوا, يـ/تـ…ـون) with a sound masculine plural (a word of the party
/// in ـون or ـين: people, not "قوات", whose verb is feminine), a feminine one
/// (ـت, ستـ) with a party that is no person or office, one that starts with تـ and does not end in
/// it (a feminine imperfect or a masculine past «تعهد»: fix65a) with any party, a masculine
/// singular one with a head noun that carries no feminine ending (ة, ات). A verb that is a reported clause's second act
/// ("إن قوات الاحتلال داهمت المنزل، وأطلقت النار") agrees with that clause's subject.
pub(crate) fn verb_agrees_with(lex: &Lexicon, a: &Analysis, t: &TriggerMention, s: &EntityMention) -> bool {
    let w = a.word(t.w0);
    let verb = strip_conj_key(w);
    let plural = verb.ends_with("وا") || (verb.starts_with(['ي', 'ت', 'س']) && verb.ends_with("ون"));
    let feminine = !plural && (verb.ends_with('ت') || verb.starts_with("ست"));
    // (fix65a) A verb that starts with ت and does not end in it is a feminine imperfect («تهاجم»)
    // or a masculine past of the forms تفعّل / تفاعل («توصل», «تعهد», «تبرع»): either gender.
    let either = !plural && !feminine && verb.starts_with('ت');
    let person = s.actors.iter().any(|&i| person_or_office_id(&lex.actors[i as usize].id));
    let head = a.word(s.w0);
    let feminine_head = head.ends_with('ه') || head.ends_with("ات");
    if plural {
        (s.w0..=s.w1).any(|i| a.word(i).ends_with("ون") || a.word(i).ends_with("ين"))
    } else if either {
        true
    } else if feminine {
        !person
    } else {
        !feminine_head
    }
}

/// (actors135) Whether the subject `s` of a reported clause may still be the subject of verb `t`
/// further on: no other party ends right before the verb (its nearer subject: "مع انفصاليين
/// أغلقوا الطرق"), no complementizer that carries a pronoun (`PRONOUN_COMPLEMENTIZERS`: "وأنه",
/// "بأنها") stands between them, opening a clause whose subject is that pronoun, and the verb
/// carries no object pronoun, nor has a preposition with one right after it
/// (`RESUMPTIVE_OBJECT_WORDS`): "أن المتهم … تم ضبطه", "ألقي القبض عليه" tell what befell `s`.
pub(crate) fn clause_subject_reaches(a: &Analysis, t: &TriggerMention, s: &EntityMention) -> bool {
    !t.pronoun_object
        && !RESUMPTIVE_OBJECT_WORDS.contains(&unconj(a.word(t.w1 + 1)))
        && !a.entities.iter().any(|m| m.w0 > s.w1 && m.w1 + 1 == t.w0)
        && !(s.w1 + 1..t.w0).any(|i| PRONOUN_COMPLEMENTIZERS.contains(&unconj(a.word(i))))
}

/// Whether act trigger `t` lies in the clause speaker `x` of cue `sp` reports (a quotation he
/// stands outside of, or a clause after a bare complementizer) and that clause opens on a party
/// of another side than his, with no word of his own side (`QUOTED_OWN_SIDE`, or an attached
/// pronoun of `QUOTED_OWN_SIDE_ENDINGS` on the trigger, «نا») up to `t` (status70): that party, if
/// so. One side: a shared actor, one country where both are known, else both organs of states
/// (`QUOTED_STATE_SECTORS`) or both of one other sector; with neither known the sides are not told
/// apart.
pub(crate) fn quoted_other_side<'a>(
    lex: &'a Lexicon,
    a: &'a Analysis,
    s: &str,
    sp: &CueMention,
    t: &TriggerMention,
    x: &EntityMention,
) -> Option<&'a EntityMention> {
    let own_speaker = speaker_proper(sp, x);
    // (Not a party that opens the clause itself: "وأشارت الحركتان إلى أن الاحتلال …".)
    let comp = |i: usize| BARE_COMPLEMENTIZERS.contains(&a.word(i));
    let in_clause = (x.w0 > 0 && comp(x.w0 - 1)) || (x.w0 > sp.w1 && (sp.w0..=sp.w1).any(comp));
    if !own_speaker || in_clause || x.w1 >= t.w0 || in_quotation(s, x.start) {
        return None;
    }
    // (An ending of `QUOTED_OWN_SIDE_ENDINGS` counts only as an attached pronoun, "قصفنا", not as
    // the last letters of the trigger form itself, "كمينا", "طعنا".)
    let own_ending = t.pronoun_object && QUOTED_OWN_SIDE_ENDINGS.iter().any(|e| a.word(t.w1).ends_with(e));
    let own_word = (x.w1 + 1..=t.w1).any(|i| QUOTED_OWN_SIDE.contains(&a.word(i))) || own_ending;
    if own_word {
        return None;
    }
    let quoted = in_quotation(s, t.start);
    let opens = |e: &EntityMention| {
        let mark = quoted && s[..e.start].trim_end().ends_with(['"', '«', '“']) && in_quotation(s, e.start);
        mark || (e.w0 > 0 && comp(e.w0 - 1))
    };
    let e = a.entities.iter().find(|e| {
        e.start >= x.end && e.w1 < t.w0 && e.w0 != x.w0 && !e.is_location && !e.weak && e.prep.is_none() && opens(e)
    })?;
    // (The clause must still run at `t`: no later complementizer or speech cue opens another one,
    // "وقال كيري إن مصر … مشيرا إلى أن الحوار الاستراتيجي …".)
    let later_clause =
        (e.w1 + 1..t.w0).any(comp) || a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w0 > e.w1 && c.w1 < t.w0);
    if later_clause {
        return None;
    }
    let actors = |m: &EntityMention| m.actors.iter().map(|&i| &lex.actors[i as usize]).collect::<Vec<_>>();
    let (xs, es) = (actors(x), actors(e));
    if xs.iter().any(|p| es.iter().any(|q| q.id == p.id)) {
        return None;
    }
    let country = |v: &[&'a ahdath_lexicon::Actor]| v.iter().find_map(|p| p.country.as_deref());
    let side = |v: &[&'a ahdath_lexicon::Actor]| {
        let sector = v.iter().find_map(|p| p.sector.as_deref());
        sector.map(|s| if QUOTED_STATE_SECTORS.contains(&s) { "state" } else { s })
    };
    // An unknown side (no country and no sector on either) is no other side.
    let other = match (country(&xs), country(&es), side(&xs), side(&es)) {
        (Some(cx), Some(ce), _, _) => cx != ce,
        (_, _, Some(sx), Some(se)) => sx != se,
        _ => false,
    };
    other.then_some(e)
}

/// Whether entity `x` is the media or their staff (`MEDIA_ACTORS`: journalists, the press, an
/// editor). They are never the topic later sentences lend doerless acts to, and where they would
/// be, the sentence leaves no topic (actors86): an interview's addressee («قال … للصحفيين»), a
/// report's source or a word on the press is seldom the party of the next sentence's act.
pub(crate) fn media_actor(x: &Entity) -> bool {
    x.id.as_deref().is_some_and(|id| MEDIA_ACTORS.contains(&id))
}

/// Whether speaker `x` of speech cue `sp` is the media as a body (its first word in
/// `MEDIA_REPORTER_HEADS`: "وسائل الإعلام", "الصحافة", "الصحف"), with no preposition, and a bare
/// complementizer between it and trigger `t` opens the reported clause ("وذكرت الصحافة أن قيمة
/// الصفقة …"): the media tell the act and do not do it. Only for the speaker proper.
pub(crate) fn media_reports_clause(a: &Analysis, sp: &CueMention, t: &TriggerMention, x: &EntityMention) -> bool {
    let own_speaker = speaker_proper(sp, x);
    own_speaker
        && x.prep.is_none()
        && x.w1 < t.w0
        && MEDIA_REPORTER_HEADS.contains(&a.word(x.w0))
        && (x.w1 + 1..t.w0).any(|i| BARE_COMPLEMENTIZERS.contains(&a.word(i)))
}

/// Whether party `e`, the first after speech cue `sp`, is the one spoken to rather than the
/// speaker (actors88): it carries «ل» and follows the cue at once ("وأكد لقناة …", "تقول للمسؤول"),
/// or a possessed speech noun (`SPEECH_ADDRESSEE_NOUNS`: "في حديثه لوكالة …"), or it is the media
/// (`MEDIA_ACTORS`: "وقال كارتر للصحفيين", "في تصريح لوسائل الإعلام"). Not after a cue word of
/// belonging (`OWNER_BELONGING_WORDS`: "التابع للجيش", where «تابع» is no speech verb).
pub(crate) fn speech_addressee(lex: &Lexicon, a: &Analysis, sp: &CueMention, e: &EntityMention) -> bool {
    if e.prep.as_deref() != Some("ل") || e.w0 <= sp.w1 || OWNER_BELONGING_WORDS.contains(&unconj(a.word(sp.w1))) {
        return false;
    }
    // The word that carries the «ل»: the party's own first word, or a separate «لـ» before it.
    let lam = if a.word(e.w0).starts_with('ل') { e.w0 } else { e.w0 - 1 };
    if lam <= sp.w1 + 1 {
        return lam == sp.w1 + 1;
    }
    let before = a.word(lam - 1);
    let before = before.strip_prefix(['ب', 'و']).filter(|w| w.chars().count() >= 4).unwrap_or(before);
    SPEECH_ADDRESSEE_NOUNS.contains(&before)
        || e.actors.iter().any(|&i| MEDIA_ACTORS.contains(&lex.actors[i as usize].id.as_str()))
}

/// Whether the clause a complementizer opens after armed speaker `x` of speech cue `sp` tells
/// attack noun `t` as suffered rather than done (actors82): the noun takes «ل» within three words
/// after an exposure verb (`EXPOSED_FORMS`) with no party between ("إن دورية تعرضت أمس لكمين"), or
/// a suicide attack is the noun itself or opens a bare complementizer's clause ("إن تفجيرا انتحاريا
/// استهدف") and the speaker is a state force (army, police, intelligence), which makes none.
/// The inner value is the exposure verb's subject, the victim: the speaker when the verb follows a complementizer whose pronoun is the speaker (`SPEAKER_COMPLEMENTIZERS`, "إنهم تعرضوا
/// لهجمات"), else the clause's last plain party before the verb ("إنها أنقذت امرأة … تعرضت
/// لاعتداء"). Only for the speaker proper, right after the cue or before it.
pub(crate) fn suffered_in_clause<'a>(
    lex: &Lexicon,
    a: &'a Analysis,
    rule: &ahdath_lexicon::Trigger,
    noun: bool,
    sp: &CueMention,
    t: &TriggerMention,
    x: &'a EntityMention,
) -> Option<Option<&'a EntityMention>> {
    let own_speaker = speaker_proper(sp, x);
    if !own_speaker || x.w1 >= t.w0 {
        return None;
    }
    let speaker_comp = |i: usize| SPEAKER_COMPLEMENTIZERS.contains(&a.word(i));
    let i = (x.w1 + 1..t.w0).rfind(|&i| BARE_COMPLEMENTIZERS.contains(&a.word(i)) || speaker_comp(i))?;
    let exposed = if exposure_trigger(a, t) {
        Some(t.w0)
    } else if unconj(a.word(t.w0)).starts_with('ل') {
        (i + 1..t.w0)
            .rev()
            .take(3)
            .find(|&j| EXPOSED_FORMS.contains(&unconj(a.word(j))))
            .filter(|&j| !a.entities.iter().any(|e| e.w0 > j && e.w0 < t.w0))
    } else {
        None
    };
    if let Some(j) = exposed {
        if j == i + 1 && speaker_comp(i) {
            return Some(Some(x));
        }
        let party = a.entities.iter().rfind(|e| e.w0 > i && e.w1 < j && e.prep.is_none() && !e.is_location && !e.weak);
        return Some(party);
    }
    // (A suicide attack named by the noun itself, or by one that opens the clause as the verb's
    // subject, "إن تفجيرا انتحاريا استهدف"; not after "إنه", whose clause is the speaker's own.)
    let suicide = |m: &TriggerMention| lex.triggers[m.rule as usize].mode.as_deref() == Some("suicide-attack");
    let state =
        x.actors.iter().any(|&k| matches!(lex.actors[k as usize].sector.as_deref(), Some("MIL" | "COP" | "SPY")));
    let told = (noun && rule.mode.as_deref() == Some("suicide-attack"))
        || a.triggers.iter().any(|m| m.w0 == i + 1 && m.w1 < t.w0 && suicide(m));
    (state && !speaker_comp(i) && told).then_some(None)
}

/// Whether a party is an armed force (army, police, intelligence, rebels or militias, criminals):
/// such a speaker may well be a side of the attack or clash it reports.
pub(crate) fn armed_party(lex: &Lexicon, e: &EntityMention) -> bool {
    e.actors.iter().any(|&i| {
        matches!(lex.actors[i as usize].sector.as_deref(), Some("MIL" | "COP" | "SPY" | "REB" | "UAF" | "CRM"))
    })
}

/// An actor that reports violence but does not wage it: a monitor or rights group, the media,
/// medics, refugee and aid bodies, and the UN's unarmed organs (SPEC §4: the doer of
/// a reported attack is the one the report names, not the reporter).
pub(crate) fn unarmed_reporter(act: &ahdath_lexicon::Actor) -> bool {
    matches!(act.sector.as_deref(), Some("NGO" | "JRN" | "MED" | "REF" | "IGO"))
        || (act.country.as_deref() == Some("UNO") && act.sector.as_deref() == Some("GOV"))
}

/// The word of travel (`VISIT_TRAVEL_WORDS`, `VISIT_TRAVEL_PAST`) that visit noun `t` right after
/// "في" tells the trip of: up to twelve words before it, with no reporting verb between, and the
/// visit no reception ("كان في استقباله"). Its position, and whether it is a perfect verb.
pub(crate) fn travel_visit_word(
    a: &Analysis,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
) -> Option<(usize, bool)> {
    if rule.mode.as_deref() != Some("visit") || t.w0 < 2 || a.word(t.w0 - 1) != "في" || is_reception(a, &rule.id, t) {
        return None;
    }
    let listed = |list: &[&str], w: &str| list.contains(&w) || w.strip_prefix('و').is_some_and(|v| list.contains(&v));
    (t.w0.saturating_sub(13)..t.w0 - 1).rev().take_while(|&j| !reporting_verb(a.word(j))).find_map(|j| {
        let w = a.word(j);
        if listed(&VISIT_TRAVEL_PAST, w) {
            Some((j, true))
        } else {
            listed(&VISIT_TRAVEL_WORDS, w).then_some((j, false))
        }
    })
}

/// The doer of visit noun `t` after the word of travel at `j` (`travel_visit_word`): the first
/// party after that word and before "في" (its subject or genitive: "وصل وزير الخارجية الألماني إلى
/// بغداد في زيارة", "وصول الرئيس اليمني إلى صنعاء في زيارة"), else the party right before it
/// ("وكان نائب الرئيس اليمني قد وصل إلى عدن في زيارة"). Only a named traveller: a person, or an
/// office with its country ("وزير الدفاع الأميركي"); not a bare office ("إن رئيس الوزراء وصل",
/// whose country the article may not say), a delegation or a state. A party after a role
/// preposition ("إلى بغداد") or read as a place ("سيصل الخرطوم", "كردستان العراق") is the
/// destination, a lone nationality adjective ("العاصمة الليبية") an attribute, and a party after
/// "معه" a companion: none is the traveller. A state after the word ("وصل القاهرة") is the
/// destination too, so the party before the word is then tried.
pub(crate) fn travel_visit_doer<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    j: usize,
    usable: &dyn Fn(&&EntityMention) -> bool,
) -> Option<&'a EntityMention> {
    let kind = |e: &EntityMention, k: &[ActorKind]| e.actors.iter().any(|&x| k.contains(&lex.actors[x as usize].kind));
    let named = |e: &EntityMention| {
        kind(e, &[ActorKind::Person])
            || (kind(e, &[ActorKind::Office]) && kind(e, &[ActorKind::Country, ActorKind::Demonym]))
    };
    let plain = |e: &&EntityMention| {
        e.prep.is_none()
            && !e.is_location
            && !e.weak
            && !a.places.iter().any(|p| p.w0 <= e.w1 && e.w0 <= p.w1)
            && usable(e)
    };
    let companion = |e: &EntityMention| (j + 1..e.w0).any(|k| a.word(k).trim_start_matches('و').starts_with("مع"));
    // "أن وزير التجارة التونسي سيصل الرباط": a state named after the word, by itself or by its
    // capital, is where the trip goes, never who makes it.
    let state = |e: &EntityMention| {
        !e.actors.is_empty() && e.actors.iter().all(|&x| lex.actors[x as usize].kind == ActorKind::Country)
    };
    a.entities
        .iter()
        .filter(plain)
        .find(|e| e.w0 > j && e.w1 < t.w0 - 1 && !companion(e) && !state(e))
        .or_else(|| a.entities.iter().filter(plain).rfind(|e| e.w1 < j && j - e.w1 <= 3 && !a.break_between(e.w1, j)))
        .filter(|e| named(e))
}

/// A motive (`MOTIVE_MARKERS`, also with a glued `و`) governs `t`: it stands before `t`, at most
/// twelve words away, in its clause (no break, no stop word of `CONTENT_STOPS` between), and `t`
/// is no verb opening a new clause with `و` (`new_clause_verb`). Returns the marker's word:
/// "احتجاجا على الهجمات التي قال إنها قتلت", "ردا على مقتل محتج".
pub(crate) fn earlier_cause(a: &Analysis, t: &TriggerMention, new_clause_verb: bool) -> Option<usize> {
    if new_clause_verb {
        return None;
    }
    (t.w0.saturating_sub(12)..t.w0).rev().find(|&m| {
        let w = a.word(m);
        MOTIVE_MARKERS.contains(&w.strip_prefix('و').unwrap_or(w))
            && !a.break_between(m, t.w0)
            && !(m + 1..t.w0).any(|i| CONTENT_STOPS.contains(&a.word(i)))
    })
}

/// (actors96) A motive (`MOTIVE_MARKERS`) or a protest noun (`PROTEST_PURPOSE_NOUNS`), also with a
/// glued `و`, stands one or two words before `t` in its clause: "للتنديد باعتقال", "ردا على احتجاز".
/// Returns the word's index; `t` names the act the protest or response answers.
/// (actors98) The act a protest is staged against, when the protest names no target of its own:
/// among a sentence's candidates `cands`, the first act after protest `p` that is no protest
/// itself, within 80 characters of its trigger, when a motive or protest word names it
/// (`motive_act`: "احتجاجا على", "للتنديد ب", "رفضا ل") and it has a named doer read from its own
/// phrase (its genitive, its nationality adjective, its relative clause; not one the topic lent),
/// not the protesters themselves. Returns that act's index: its doer is the protest's target.
pub(crate) fn protested_act_doer(cands: &[Candidate], p: usize) -> Option<usize> {
    let end = cands[p].rec.evidence.trigger_end;
    let (j, o) = cands
        .iter()
        .enumerate()
        .filter(|(_, o)| o.rec.event_type != "PROTEST" && o.rec.evidence.trigger_start >= end)
        .min_by_key(|(_, o)| o.rec.evidence.trigger_start)?;
    let doer = o.rec.actor.as_ref()?;
    let text = doer.text.as_deref()?;
    let own = cands[p].rec.actor.as_ref().and_then(|x| x.text.as_deref());
    // (Named after the protest's trigger, as the protested act's own phrase names it: not a
    // party told before the protest and lent on; and a party of a known kind, not a word of
    // unknown sector such as a street's name, "إغلاق شارع الشهداء".)
    let ev = &o.rec.evidence;
    let from = ev.sentence.char_indices().nth(end.saturating_sub(ev.start)).map_or(ev.sentence.len(), |(b, _)| b);
    let after = &ev.sentence[from..];
    let known = doer.sector.as_deref().is_some_and(|s| s != "UNK");
    (o.motive_act
        && !o.topic_actor
        && known
        && ev.trigger_start - end <= 80
        && own != Some(text)
        && after.contains(text))
    .then_some(j)
}

pub(crate) fn motive_governed(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    (t.w0.saturating_sub(2)..t.w0).rev().find(|&m| {
        let w = a.word(m);
        let w = w.strip_prefix('و').unwrap_or(w);
        (MOTIVE_MARKERS.contains(&w) || PROTEST_PURPOSE_NOUNS.contains(&w)) && !a.break_between(m, t.w0)
    })
}

/// `t` names the act another act answers, protests or follows from: a head of `CAUSE_ACT_HEADS`
/// ("ردا", "احتجاجا", "إثر", also with a glued `و`) stands one to three words before it, in its
/// clause, with no other trigger and no "any" word (`NEGATED_ANY_WORDS`: "ردا على أي هجوم") between.
pub(crate) fn names_cause_act(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(3)..t.w0).any(|m| {
        let w = a.word(m);
        CAUSE_ACT_HEADS.contains(&w.strip_prefix('و').unwrap_or(w))
            && !a.break_between(m, t.w0)
            && !(m + 1..t.w0).any(|i| NEGATED_ANY_WORDS.contains(&a.word(i)))
            && !a.triggers.iter().any(|x| x.w0 > m && x.w1 < t.w0)
    })
}

/// "نفت الوزارة بشدة الاتهامات الموجهة إليها": an accusation noun a denial cue takes as its
/// object, at most eight words on, with no other trigger and no lead of `DENIED_ACCUSATION_LEADS`
/// between ("نفى توجيه اتهامات" denies the making of it) (status73).
pub(crate) fn denial_takes_accusation(
    a: &Analysis,
    rule: &ahdath_lexicon::Trigger,
    pattern: Pattern,
    t: &TriggerMention,
    c: &CueMention,
) -> bool {
    rule.event_type == "ACCUSE"
        && pattern == Pattern::Noun
        && c.w1 < t.w0
        && t.w0 - c.w1 <= 8
        && !(c.w1 + 1..t.w0).any(|i| DENIED_ACCUSATION_LEADS.contains(&a.word(i)))
        && !a.triggers.iter().any(|p| p.w0 > c.w1 && p.w0 < t.w0)
}

/// The party that denies an accusation its denial takes as its object (`denial_takes_accusation`):
/// the subject right after the denial cue ("ونفت وزارة الدفاع بشدة الاتهامات"), before the
/// accusation, or right before the cue ("الحكومة نفت الاتهامات"), in its clause, with the
/// cue's last word (actors130).
pub(crate) fn denied_accusation_denier<'a>(
    a: &'a Analysis,
    rule: &ahdath_lexicon::Trigger,
    pattern: Pattern,
    t: &TriggerMention,
    usable: &dyn Fn(&&EntityMention) -> bool,
) -> Option<(usize, &'a EntityMention)> {
    a.cues
        .iter()
        .filter(|c| c.kind == CueKind::Denial && denial_takes_accusation(a, rule, pattern, t, c))
        .filter(|c| !a.break_between(c.w1, t.w0))
        .find_map(|c| {
            let after = a
                .entities
                .iter()
                .filter(usable)
                .find(|e| e.w0 > c.w1 && e.w0 <= c.w1 + 3 && e.w1 < t.w0 && e.prep.is_none());
            after
                .or_else(|| {
                    a.entities
                        .iter()
                        .filter(usable)
                        .rfind(|e| e.w1 < c.w0 && c.w0 - e.w1 <= 2 && e.prep.is_none() && !a.break_between(e.w1, c.w0))
                })
                .map(|e| (c.w1, e))
        })
}

/// The denial cue ending at word `cue_w1` names the truth of a report ("نفت السفارة ومصدر في
/// الوزارة يوم الجمعة صحة ما ورد في تقرير صحفي حول قيام السلطات بإلقاء القبض"): a noun of
/// `TRUTH_NOUNS` at most 15 words after the cue, before the trigger, carries the denial's reach
/// (20 words) on from it, so a long subject between the verb and its object does not cut it.
pub(crate) fn denied_truth_reaches(a: &Analysis, cue_w1: usize, t: &TriggerMention) -> bool {
    (cue_w1 + 1..t.w0.min(cue_w1 + 16)).any(|i| TRUTH_NOUNS.contains(&a.word(i)) && t.w0 - i <= 20)
}

/// A CONSULT party that is only a country or capital name read as a place: `Some(true)` for a
/// destination (after "إلى" or a glued لـ, or the noun right after a visit verb or noun: the host),
/// `Some(false)` for a venue (after "في" or a glued بـ), `None` for a party.
pub(crate) fn venue_party(
    lex: &Lexicon,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
    x: &EntityMention,
) -> Option<bool> {
    if !x.actors.iter().all(|&i| lex.actors[i as usize].kind == ActorKind::Country) {
        return None;
    }
    // (Not after a verb of receiving: "استقبلت إسبانيا السياح" names the host as subject.)
    let visit_word = rule.id.starts_with("consult.visit.") && !rule.id.starts_with("consult.visit.receive");
    let visited = visit_word && x.w0 == t.w1 + 1 && x.prep.is_none();
    match x.prep.as_deref() {
        _ if visited => Some(true),
        Some("ل" | "الي") if x.is_location => Some(true),
        Some("في" | "ب") if x.is_location => Some(false),
        _ => None,
    }
}

/// The host of a visit noun whose phrase (the noun and its doer) ends at word `end`: a country
/// word read as a place (`country_actor`) within the next three words, in the same clause, after a
/// glued لـ or a separate إلى ("زيارة أوباما لإسرائيل", "زيارة رسمية إلى مصر"), with no other
/// party between, not a region ("أميركا الجنوبية"). Returned as an entity of that country for the
/// recipient.
pub(crate) fn visit_host(a: &Analysis, t: &TriggerMention, end: usize, after_limit: usize) -> Option<EntityMention> {
    let p = a.places.iter().find(|p| p.w0 > end && p.w0 <= end + 3 && p.w0 < after_limit)?;
    let country = p.country_actor?;
    let prev = a.word(p.w0 - 1);
    let to = prev == "الي"
        || (a.word(p.w0).starts_with('ل') && !matches!(prev, "في" | "من" | "عن" | "علي" | "داخل" | "خارج" | "نحو"));
    let between =
        a.entities.iter().any(|e| e.w0 > end && e.w0 < p.w0) || a.triggers.iter().any(|x| x.w0 > t.w1 && x.w0 < p.w0);
    // ("زيارة إلى أميركا الجنوبية": a continent or region named after a country is no state.)
    let region = REGION_ADJECTIVES.contains(&a.word(p.w1 + 1));
    if !to || between || region || a.break_between(end, p.w0) || sentence::names_capital(a, p) {
        return None;
    }
    Some(EntityMention {
        w0: p.w0,
        w1: p.w1,
        start: p.start,
        end: p.end,
        actors: vec![country],
        is_location: true,
        prep: Some(if prev == "الي" { "الي" } else { "ل" }.to_string()),
        weak: false,
        people: false,
        conj: false,
        possessed: false,
        appositions: 0,
    })
}

/// The "بين" that names the two sides of clash trigger `t`: at most four words on, or (actors87)
/// at most nine words on past a verb of taking place, a time or a place phrase ("معارك عنيفة تدور
/// منذ ساعات في حي كذا بين …"), with no clause break and no other act, party or relative pronoun
/// between.
pub(crate) fn clash_marker(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    let m = (t.w1 + 1..=t.w1 + 9)
        .take_while(|&i| i < a.words.len())
        .find(|&i| matches!(a.word(i), "بين" | "وبين"))
        .filter(|&m| !a.break_between(t.w1, m))?;
    // (Far on, not past another act nor past a party, which the clash names as its side, "مع
    // الحوثيين", or which holds the "بين" itself: "على الحدود بين اليمن والسعودية"; nor past a
    // relative pronoun, "المواجهات التي شهدتها المدينة منذ أشهر بين …", a clash told as the
    // background of another clause.)
    if m > t.w1 + 4
        && (a.triggers.iter().any(|o| o.w0 > t.w1 && o.w1 < m)
            || a.entities.iter().any(|e| e.w0 > t.w1 && e.w1 < m && !e.is_location)
            || (t.w1 + 1..m).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i))))
    {
        return None;
    }
    Some(m)
}

/// `e` is the second party of a clash whose first party named after "بين" is `x`: the
/// conjunct right after it ("ومسلحين"), or an entity at most four words on, in the same clause,
/// right after a word that opens the conjunct ("وعناصر الحراك", "وبين الأمن", "المتطرف والقوات"),
/// with no other act named between.
pub(crate) fn clash_second_party(a: &Analysis, x: &EntityMention, e: &EntityMention) -> bool {
    if e.w0 == x.w1 + 1 {
        return e.conj;
    }
    // ("بين متظاهرين حاولوا اقتحام المبنى وقوات الشرطة": not past the act of a relative clause)
    let act_between = a.triggers.iter().any(|t| t.w0 > x.w1 && t.w1 < e.w0);
    e.w0 > x.w1 + 1
        && e.w0 <= x.w1 + 5
        && !a.break_between(x.w1, e.w0)
        && !act_between
        && (e.conj || a.word(e.w0 - 1).starts_with('و'))
}

/// "مباحثات بين السعودية وفرنسا", "الاتفاق الذي أبرم أمس بين إيران والدول الكبرى": the two
/// parties that trigger `t` names after a word of `PAIR_MARKERS` at most four words on, in its
/// clause: the first right after the marker, the second its conjunct (`clash_second_party`). Not
/// "among" or "between them and" (a word of `PAIR_NOT_BEFORE` before the marker), nor past a
/// preposition or another act in between, save the deal noun right after a signing; not for the
/// rules of `PAIR_NOT_RULES` ("الموافقة على مذكرة تفاهم بين …": the approver is no party); the
/// second party is no place, and carries its و or follows a second "وبين" (not "ولاية
/// واشنطن"). ("اتفاق على فتح الطريق بين …": the pair is the road's, not the deal's).
pub(crate) fn between_pair<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    usable: &impl Fn(&&EntityMention) -> bool,
) -> Option<(&'a EntityMention, &'a EntityMention)> {
    // ("توقيع الاتفاق بين …": the deal noun right after the signing is its object, and the pair
    // signs it. `PAIR_NOT_RULES`: an approval of another's deal is not a party to it, and a bare
    // deal noun often names a standing or planned deal, not news of one.)
    let rule = &lex.triggers[t.rule as usize];
    if PAIR_NOT_RULES.contains(&rule.id.as_str()) {
        return None;
    }
    let same_deal = |o: &TriggerMention| lex.triggers[o.rule as usize].event_type == rule.event_type;
    let m = (t.w1 + 1..=t.w1 + 4).take_while(|&i| i < a.words.len()).find(|&i| PAIR_MARKERS.contains(&a.word(i)))?;
    if a.break_between(t.w1, m) || PAIR_NOT_BEFORE.contains(&a.word(m - 1)) {
        return None;
    }
    let between = t.w1 + 1..m;
    if between.clone().any(|i| a.has_class(i, sentence::ROLE_PREP | sentence::LOC_PREP))
        || a.triggers.iter().any(|o| o.w0 > t.w1 && o.w1 < m && !(o.w0 == t.w1 + 1 && same_deal(o)))
    {
        return None;
    }
    let x = a.entities.iter().filter(usable).find(|e| e.w0 == m + 1)?;
    let y = a.entities.iter().filter(usable).find(|e| clash_second_party(a, x, e))?;
    if y.is_location || !(y.conj || PAIR_MARKERS.contains(&a.word(y.w0 - 1))) {
        return None;
    }
    Some((x, y))
}

/// One of the sentence's records has `party` (the same words or the same dictionary entry) as
/// its recipient.
pub(crate) fn target_here(sentence: &[Candidate], party: &Entity) -> bool {
    sentence
        .iter()
        .filter_map(|c| c.rec.recipient.as_ref())
        .any(|r| r.text == party.text || (r.id.is_some() && r.id == party.id))
}

/// The topic entity belongs to a state other than the country of the event's own place (a
/// topic with no state country, an organisation or an armed group, is never abroad).
pub(crate) fn topic_abroad(topic: &Entity, place_country: Option<&str>) -> bool {
    match (topic.country.as_deref(), place_country) {
        (Some(tc), Some(pc)) => tc != pc && !geocode::is_non_state_code(tc),
        _ => false,
    }
}

/// The trigger names the topic of a statement or a report: right after a topic preposition or a
/// news noun, or after a news noun and "عن".
pub(crate) fn topic_phrase(a: &Analysis, t: &TriggerMention) -> bool {
    let head = |i: usize| {
        let v = a.word(i);
        in_list!(&TOPIC_PREPS, v) || in_list!(&NEWS_NOUNS, v) || TOPIC_VERBS.contains(&v.strip_prefix('و').unwrap_or(v))
    };
    // ("سمعنا النبأ وسنطلب …": a word with "و" starts a new clause.)
    !a.word(t.w0).starts_with('و')
        && (head(t.w0 - 1) || (t.w0 >= 2 && a.word(t.w0 - 1) == "عن" && in_list!(&NEWS_NOUNS, a.word(t.w0 - 2))))
}

/// The trigger's object, right after it or after its subject, is a whole kind ("رفضه لأي
/// تدخل", "إدانته لكافة مظاهر العنف", "أدان الحزب كافة أشكال العنف"). The
/// manner phrase "بكل قوة" is no object; a bare "سياسة" without "ل" is a specific policy that
/// may be criticised ("انتقد السياسة الأمريكية").
/// Whether entity `x`, read as the actor of trigger `t`, is the victim of an earlier trigger of
/// the sentence: it stands at most four words after an earlier casualty, killing or arrest word
/// ("مقتل 11 من عناصر التنظيم", "استشهاد جندي", "اعتقال شابين"), with no clause break between, and
/// that word is an `of: recipient` noun or a passive of an ASSAULT or COERCE rule.
pub(crate) fn victim_of_earlier(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &EntityMention) -> bool {
    // A party joined by `و` ("اقتحام المبنى وقوات الأمن التي أطلقت") is not the noun's genitive,
    // and a defendant or suspect ("حبس المتهم بارتكاب تفجيرات") is the doer of what he is accused of.
    if x.conj
        || x.actors.iter().any(|&i| matches!(lex.actors[i as usize].id.as_str(), "grp.defendants" | "grp.suspects"))
    {
        return false;
    }
    a.triggers.iter().any(|p| {
        if p.w1 >= x.w0 || p.w0 == t.w0 || x.w0 > p.w1 + 4 || a.break_between(p.w1, x.w0) {
            return false;
        }
        let r = &lex.triggers[p.rule as usize];
        matches!(r.event_type.as_str(), "ASSAULT" | "COERCE")
            && ((r.pattern == Pattern::Noun && r.of == Of::Recipient) || r.pattern == Pattern::Passive)
    })
}

/// "نعى الجيش الجندي الذي استشهد أمس", "الناشط الذي اعتقل في المطار", "الوحيشي، الذي قتل في
/// غارة": trigger `t` stands right after a relative pronoun and is a casualty verb (a rule of the
/// passive pattern: martyred, wounded, met his fate) or a verb of an act done to a person whose
/// unvowelled form reads as passive (`PASSIVE_PRONE_VERBS`, in any person: "قتلوا") followed by
/// no object (`AFTER_PASSIVE_SUBJECT`, a glued بـ, a trigger or the clause's end). Its subject is
/// then the antecedent: the entity that ends right before the pronoun, with or without a
/// preposition (not a place, nor a lone nationality), returned as the victim. Not with a resumptive pronoun after the verb ("القرية
/// التي قتل فيها"), whose antecedent is a place or an event, nor before a possessed noun or a plain
/// party, which names the verb's own subject ("الرجل الذي قتل ابنه").
pub(crate) fn relative_victim<'a>(
    a: &'a Analysis,
    s: &str,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
) -> Option<&'a EntityMention> {
    if t.w0 < 2 || t.pronoun_object || t.future_prefix || !RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) {
        return None;
    }
    if !matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE") {
        return None;
    }
    let verb = unconj(a.word(t.w0));
    let stem = [verb, verb.strip_suffix("وا").unwrap_or(verb), verb.strip_suffix('ت').unwrap_or(verb)];
    let prone = t.w0 == t.w1
        && PERSON_OBJECT_RULES.iter().any(|p| rule.id.starts_with(p))
        && stem.iter().any(|w| PASSIVE_PRONE_VERBS.contains(w));
    if !(rule.pattern == Pattern::Passive || (rule.pattern == Pattern::Verb && prone)) {
        return None;
    }
    let next = t.w1 + 1;
    if next < a.words.len() && !a.break_between(t.w1, next) {
        let w = a.word(next);
        if RESUMPTIVE_PREPS.contains(&w) {
            return None;
        }
        let no_object =
            AFTER_PASSIVE_SUBJECT.contains(&w) || w.starts_with('ب') || a.triggers.iter().any(|x| x.w0 == next);
        // (A pronoun as written: keys write ة as ه, "نتيجة إصابته".)
        let own_subject = third_person_suffix(written_word(a, s, next))
            || a.entities.iter().any(|e| e.w0 == next && e.prep.is_none());
        if !no_object && (rule.pattern == Pattern::Verb || own_subject) {
            return None;
        }
    }
    // (Whatever preposition the antecedent takes in its own clause: "طالبوا بالإفراج عن الصحفي الذي
    // اعتقل".)
    a.entities.iter().find(|e| e.w1 + 2 == t.w0 && !e.weak && !e.is_location)
}

/// Stance verbs (section 5, "Stance verbs do not lend their subject"): verbs by which a party
/// condemns, accuses, blames, welcomes, praises or demands an act, rather than reporting its own.
/// Condemning and accusing verbs are listed with `true`: their object is never their subject's
/// own act. Welcoming, praising and demanding ones (`false`) may be about an agreement, a meeting
/// or a cooperation their subject takes part in ("رحبت حماس بالاتفاق مع فتح"), so they are
/// stance verbs only for other event types.
const STANCE_RULES: [(&str, bool); 13] = [
    ("accuse.condemn.verb", true),
    ("accuse.denounce.verb", true),
    ("accuse.decry.verb", true),
    ("accuse.criticize.verb", true),
    ("accuse.describe.verb", true),
    ("accuse.allege.verb", true),
    ("accuse.blame.verb", true),
    ("support.welcome.verb", false),
    ("support.praise.verb", false),
    ("request.demand.verb", false),
    ("request.yield.verb", false),
    ("request.urge.verb", false),
    ("request.appeal.verb", false),
];

/// (actors116) "فرقت الشرطة المظاهرة", "ومنعت أجهزة الأمن المسيرة", "في فض مظاهرة للمعارضة": an
/// attack or a coercion with no recipient whose object is a demonstration noun (a PROTEST `demo`
/// noun mention of its sentence, `object_next`, in a form an object takes: `demo_object_form`) was done
/// to the protesters: its recipient is the protest's own party named right after the noun
/// ("للمعارضة"), or else the protesters (`CROWD_NAME`), whose state the final pass gives from the
/// act's place (CVL, as SPEC §4 codes an unnamed crowd). A protest whose party is the doer of that
/// act (the police read as the genitive before the noun) loses it: the final pass gives it the
/// protesters too.
pub(crate) fn protest_as_object(cands: &mut [Candidate], a: &Analysis, s: &str) {
    for i in 0..cands.len() {
        if !matches!(cands[i].rec.event_type.as_str(), "ASSAULT" | "COERCE")
            || cands[i].rec.recipient.is_some()
            || cands[i].protest_recipient.is_some()
        {
            continue;
        }
        let Some(j) = (0..cands.len()).find(|&j| {
            let o = &cands[j].rec;
            j != i
                && o.event_type == "PROTEST"
                && o.mode.as_deref() == Some("demo")
                && !cands[j].verb
                && o.evidence.trigger_start > cands[i].rec.evidence.trigger_start
                && object_mention(a, s, &cands[i].rec, o).is_some_and(|ot| demo_object_form(a.word(ot.w0)))
        }) else {
            continue;
        };
        let doer = cands[i].rec.actor.clone();
        let same = |x: &Entity| doer.as_ref().is_some_and(|d| d.text.is_some() && d.text == x.text);
        let own = cands[j].rec.actor.clone().filter(|x| !same(x) && doer_in_phrase(&cands[j].rec));
        if cands[j].rec.actor.as_ref().is_some_and(same) {
            cands[j].breaker_doer = cands[j].rec.actor.take();
            cands[j].actor_key = None;
        }
        let x = own.unwrap_or_else(|| Entity {
            text: Some(cands[j].rec.trigger.clone()),
            name: Some(CROWD_NAME.into()),
            country: None,
            sector: Some("CVL".into()),
            id: None,
        });
        // (actors118) Held apart until after the merge: as a merge key it split one dispersal.
        cands[i].protest_recipient = Some(x);
    }
}

/// (actors116) Whether a protest trigger's text can be a verb's object: not a noun joined to
/// another by "و" ("والمظاهرات"), nor one behind a glued "بـ" ("باحتجاجات" says about what), nor
/// the indefinite accusative of motive ("احتجاجا": why the act was done, not what it was done to).
/// `w` is the key of the trigger's first word (fix60a: the surface "احتجاجاً" carries a tanween
/// after its alef; tidy61: the sentence's key, which the caller holds, not the text normalised again).
pub(crate) fn demo_object_form(w: &str) -> bool {
    let bare = unconj(w);
    let motive = bare.ends_with('ا') && !bare.starts_with("ال");
    !w.starts_with("وال") && !bare.starts_with('ب') && !motive
}

/// (actors116) The name of the protesters `protest_as_object` makes the recipient before their
/// state is known; the final pass replaces it with "protesters (state)".
pub(crate) const CROWD_NAME: &str = "protesters";

/// Welcoming, praising, backing and refusing rules whose recipient, like a condemnation's, is the
/// doer of the act noun they govern right after them ("رحب بزيارة الرئيس الفرنسي", "ترفض اتهامات
/// الوزير"): the party reacted to. (Not congratulations, condolences or solidarity, whose party is
/// the one honoured or mourned, nor a veto, cast against a draft rather than its sponsor.)
pub(crate) const REACTION_RULES: [&str; 8] = [
    "support.welcome.verb",
    "support.welcome.noun",
    "support.praise.verb",
    "support.praise.noun",
    "support.endorse.verb",
    "support.endorse.noun",
    "support.back.verb",
    "reject.refuse.verb",
];

/// Whether record `r`'s actor is named right after its trigger, as the act noun's genitive or
/// nationality ("زيارة الرئيس الفرنسي", "دعوة روسية"): a doer inside the act's own phrase, not one
/// read from farther off.
pub(crate) fn doer_in_phrase(r: &EventRecord) -> bool {
    let (Some(text), ev) = (r.actor.as_ref().and_then(|x| x.text.as_deref()), &r.evidence) else {
        return false;
    };
    // (A trigger that ends the sentence has no doer after it, not even an empty name.)
    let after = geocode::after_trigger(ev);
    !after.is_empty() && after.trim_start().starts_with(text)
}

/// Whether the trigger of record `o` comes right after that of record `r` in sentence `s`, past
/// nothing but names (the subject: "رفضت الحكومة العراقية، زيارة …"), stance adverbs and at most
/// one other word (a subject or head noun we do not know: "رحب شلتوت بزيارة"): the object of
/// `r`'s verb or noun, not a phrase of time or place between them ("بعد يومين من دعوة").
pub(crate) fn object_next(a: &Analysis, s: &str, r: &EventRecord, o: &EventRecord) -> bool {
    object_mention(a, s, r, o).is_some()
}

/// [`object_next`], giving the trigger mention of `o` when it holds (its words' keys are read
/// from the sentence's key text).
fn object_mention<'a>(a: &'a Analysis, s: &str, r: &EventRecord, o: &EventRecord) -> Option<&'a TriggerMention> {
    let at = |x: &EventRecord| {
        let cp = x.evidence.trigger_start.checked_sub(x.evidence.start)?;
        a.triggers.iter().find(|t| s.get(..t.start).is_some_and(|p| p.chars().count() == cp))
    };
    let (rt, ot) = (at(r)?, at(o)?);
    (rt.w1 < ot.w0
        && (rt.w1 + 1..ot.w0).filter(|&k| !a.in_name(k) && !STANCE_ADVERBS.contains(&a.word(k))).nth(1).is_none())
    .then_some(ot)
}

/// (actors115) Whether the one-word trigger (past a glued و, ف or بـ) is a noun of
/// `GENITIVE_DOER_NOUNS` ("موافقة", "بموافقة", "ومصادقة"): a verbal noun however its rule reads it
/// (a verb rule's form after "على" or "إلى" is read as a verb), whose bare genitive is its doer.
pub(crate) fn genitive_doer_noun(a: &Analysis, t: &TriggerMention) -> bool {
    t.w0 == t.w1 && head_in(a, t, &GENITIVE_DOER_NOUNS)
}

/// Whether the trigger's first word, without a glued و/ف and then without a glued بـ when `list`
/// has it so, is in `list` ("بموافقة", "ومناشدة").
fn head_in(a: &Analysis, t: &TriggerMention, list: &[&str]) -> bool {
    let w = unconj(a.word(t.w0));
    list.contains(&w) || w.strip_prefix('ب').is_some_and(|w| list.contains(&w))
}

/// The doer of a verbal noun named as its genitive (section 5, "A genitive before a لـ object is
/// the doer"): in "اقتحام جماعة مسلحة لمقر القناة" the noun `r` right after the trigger, read as
/// its object, is the doer, and the لـ phrase after it the object. Returns the doer and the لـ
/// object when it is an entity. An indefinite agent noun ("اعتداء مسلحين على المصلين") is the doer
/// before a party after على / ضد or with a glued بـ too. Not for demands and invitations ("دعوة
/// المعارضة للحوار") nor deportations ("ترحيل المهاجرين لبلادهم"), whose لـ phrase is a goal, nor casualty nouns.
/// `doer_noun` is [`genitive_doer_noun`] of the trigger.
pub(crate) fn genitive_doer<'a>(
    a: &'a Analysis,
    rule: &ahdath_lexicon::Trigger,
    t: &TriggerMention,
    r: &'a EntityMention,
    doer_noun: bool,
) -> Option<(&'a EntityMention, Option<&'a EntityMention>)> {
    if r.w0 != t.w1 + 1 || r.prep.is_some() || r.possessed || t.pronoun_object || a.break_between(t.w1, r.w1 + 1) {
        return None;
    }
    // (actors114) "موافقة البرلمان على الاتفاق", "مناشدة الحكومة للأمم المتحدة", "تهنئة الرئيس إلى
    // الشعب": a verbal noun of `PREP_OBJECT_ALA_NOUNS`, `PREP_OBJECT_ILA_NOUNS` or
    // `PREP_OBJECT_LAM_NOUNS` takes its object through that preposition, so its bare genitive,
    // when the noun's own preposition follows within four words (past an adjective or a
    // coordinated genitive), is the doer; a party right after a bare على / إلى (or glued to لـ) is
    // the object, and none after one with a pronoun ("موافقة البرلمان عليه"). A لـ party owned
    // through an affiliation participle ("التابع للأمم المتحدة") is part of the genitive's name,
    // not the object. (One preposition per noun, fix57c: "مناشدة الهيئة للضغط على …".)
    let ala = head_in(a, t, &PREP_OBJECT_ALA_NOUNS);
    let ila = head_in(a, t, &PREP_OBJECT_ILA_NOUNS);
    let lam = head_in(a, t, &PREP_OBJECT_LAM_NOUNS);
    if t.w0 == t.w1 && (ala || ila || lam) {
        for k in r.w1 + 1..=r.w1 + 4 {
            if a.break_between(r.w1, k) {
                break;
            }
            let w = a.word(k);
            if (ala && PREP_OBJECT_ALA.contains(&w)) || (ila && PREP_OBJECT_ILA.contains(&w)) {
                let bare = matches!(w, "علي" | "الي");
                let object = a.entities.iter().find(|e| bare && e.w0 == k + 1 && !e.is_location);
                return Some((r, object));
            }
            let glued = a.entities.iter().find(|e| lam && e.w0 == k && e.prep.as_deref() == Some("ل"));
            if let Some(e) = glued.filter(|_| !AFFILIATION_PARTICIPLES.contains(&a.word(k - 1))) {
                return Some((r, (!e.is_location).then_some(e)));
            }
        }
    }
    // (actors115) "حصلت الشركة على موافقة الوزارة", "بتكليف من الرئيس وموافقة مجلس الوزراء": a
    // noun of `GENITIVE_DOER_NOUNS`, whose verb never takes a bare object, has its bare genitive
    // as its doer with no preposition after it too; no recipient.
    if doer_noun {
        return Some((r, None));
    }
    if matches!(rule.event_type.as_str(), "REQUEST") || rule.id.starts_with("coerce.deport") {
        return None;
    }
    // ("سقوط قتلى وجرحى للواء": the genitive of a casualty noun is its victim.)
    if head_in(a, t, &VICTIM_NOUNS) {
        return None;
    }
    let object = a.entities.iter().find(|e| e.w0 == r.w1 + 1 && e.prep.as_deref() == Some("ل"));
    let next = a.word(r.w1 + 1);
    let lam = next.starts_with('ل') && next.chars().count() >= 3 && !LAM_NOT_OBJECT.contains(&next);
    if object.is_some() || lam {
        return Some((r, object));
    }
    // ("اعتداء مسلحين على المصلين", "تحرش شبان بفتيات": an indefinite agent noun of
    // `VERBAL_NOUN_AGENTS` is the doer before a party after على / ضد or with a glued بـ, that
    // party the object; not before a place or a word that is no party, "اعتقال مسلحين على
    // الحدود". A party right after it may be an adjective or a second genitive: "لإيواء مقاتلين
    // موالين", "استهداف عناصر المقاومة والجيش".)
    if r.conj || !VERBAL_NOUN_AGENTS.contains(&a.word(r.w0)) {
        return None;
    }
    let at = if matches!(next, "علي" | "ضد") { r.w1 + 2 } else { r.w1 + 1 };
    a.entities
        .iter()
        .find(|e| e.w0 == at && matches!(e.prep.as_deref(), Some("ب" | "علي" | "ضد")))
        .filter(|e| !e.is_location && !a.break_between(r.w1, e.w0))
        .map(|o| (r, Some(o)))
}

/// An event noun as the subject of a verb (section 5, "An event noun as the subject of a verb"):
/// "استهدف هجوم انتحاري مركزا للشرطة", "هز انفجار عنيف المدينة", "أسفر هجوم على السفارة عن
/// مقتل". For an attack noun right after a verb of `EVENT_SUBJECT_VERBS` or `RESULT_VERBS`, or
/// for such a verb trigger with an attack noun right after it, returns the doer and the target.
/// The doer is only the noun's own genitive: an entity right after a one-word indefinite noun
/// ("غارات التحالف", "هجوم لداعش") or a nationality adjective ("القصف التركي"); the entity after
/// the noun phrase is the verb's object, the target (after a verb of result only one in a على or
/// ضد phrase right after the noun: "هجوم على حاجز للجيش"), and never past another trigger.
/// Neither the speaker nor the topic is the doer of such a verb.
pub(crate) fn event_noun_subject<'a>(
    a: &'a Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    pattern: Pattern,
    passive_read: bool,
) -> Option<(Option<&'a EntityMention>, Option<&'a EntityMention>)> {
    let verb_at = |i: usize| {
        let w = unconj(a.word(i));
        EVENT_SUBJECT_VERBS.contains(&w) || RESULT_VERBS.contains(&w)
    };
    let (verb, noun) = if pattern == Pattern::Noun {
        (t.w0 > 0 && verb_at(t.w0 - 1)).then(|| (t.w0 - 1, t))?
    } else {
        if passive_read || t.w0 != t.w1 || !verb_at(t.w0) {
            return None;
        }
        (t.w0, a.triggers.iter().find(|x| x.w0 == t.w1 + 1)?)
    };
    let noun_rule = &lex.triggers[noun.rule as usize];
    let as_noun = (noun_rule.pattern == Pattern::Noun && noun_rule.of == Of::Actor) || noun.article;
    // (Not a clash: its parties are named with بين.)
    let clash = noun_rule.id.starts_with("assault.clash");
    if noun_rule.event_type != "ASSAULT" || clash || !as_noun || noun.pronoun_object || noun.purpose {
        return None;
    }
    let ne = noun.w1;
    let core = unconj(a.word(noun.w0));
    let construct = noun.w0 == noun.w1 && !core.starts_with("ال") && !core.ends_with('ا');
    let doer = a.entities.iter().find(|e| {
        (e.weak && (ne + 1..=ne + 2).contains(&e.w0))
            || (construct && e.w0 == ne + 1 && !e.weak && matches!(e.prep.as_deref(), None | Some("ل")))
    });
    let from = doer.map_or(ne, |d| d.w1);
    let result = RESULT_VERBS.contains(&unconj(a.word(verb)));
    let target = a.entities.iter().find(|e| {
        e.w0 > from
            && !a.break_between(ne, e.w0)
            && !a.triggers.iter().any(|x| x.w0 > ne && x.w0 < e.w0)
            && if result {
                e.w0 <= ne + 4
                    && (matches!(e.prep.as_deref(), Some("علي" | "ضد")) || matches!(a.word(ne + 1), "علي" | "ضد"))
            } else {
                e.w0 <= from + 6
            }
    });
    Some((doer, target))
}

/// "واتهم دربالة إسرائيل بـ…", "وحمل أوغلو، الاحتلال المسؤولية": in a verb-first clause, a bare
/// word right after the verb (one or two words of `BARE_NAMES`, `data/grammar/names.txt`: seen
/// as the subject of قال and never, or only rarely after a title, with the article) that no
/// entity covers is the subject, a name the dictionary does not know. The first entity, right
/// after it (after a comma, one word may stand between: "وطالب دربالة، جميع القوى"), is then
/// the object, not the doer; it is returned. A title or a known person there is the name's
/// apposition ("ووصف روبرت سيري منسق الأمم المتحدة …") and stays the subject, unless it carries
/// a preposition ("والتقى أوغلو بنظيره").
pub(crate) fn bare_name_subject<'a>(
    a: &Analysis,
    lex: &Lexicon,
    t: &TriggerMention,
    first: &'a EntityMention,
) -> Option<&'a EntityMention> {
    let covered = |i: usize| a.entities.iter().any(|e| e.w0 <= i && i <= e.w1);
    // (The derived list is sorted: grammar_lists.rs checks it.)
    let name = |i: usize| !covered(i) && BARE_NAMES.binary_search(&a.word(i)).is_ok();
    let i = t.w1 + 1;
    if !name(i) || a.break_between(t.w1, i) {
        return None;
    }
    // A second name word ("روبرت سيري"), not after a break.
    let last = if first.w0 >= i + 2 && name(i + 1) && !a.break_between(i, i + 1) { i + 1 } else { i };
    let reach = if a.break_between(last, last + 1) { 2 } else { 1 };
    if first.w0 <= last || first.w0 > last + reach {
        return None;
    }
    let apposition = first.prep.is_none()
        && first.actors.iter().any(|&x| matches!(lex.actors[x as usize].kind, ActorKind::Person | ActorKind::Office));
    (!apposition).then_some(first)
}

/// The speaker of a statement act named by its own words (recall15): a known person's id, or the
/// given name and its surname right after a title that the dictionary lacks, behind at most two
/// honorifics ("النائب د. منصور الظفيري", "وزير الإسكان ماجد بن عبدالله"); not a spokesman's.
/// The given name has no article and no entity, trigger or place covers it. A comma may set the
/// honorific and name after the title in apposition ("مفتي البلاد، الشيخ سعيد الخطيب"). With
/// `org`, an entity with no person and no title that names an organisation speaks as that
/// organisation: its id (recall32: "أدان الأزهر …" and "أدان مفتي البلاد" are two condemnations).
pub(crate) fn speaker_name(a: &Analysis, lex: &Lexicon, e: &EntityMention, org: bool) -> Option<String> {
    if let Some(&p) = e.actors.iter().find(|&&x| lex.actors[x as usize].kind == ActorKind::Person) {
        return Some(lex.actors[p as usize].id.clone());
    }
    // (A spokesman speaks for another: "قال المتحدث باسم الأمين العام مارتن نسيركي إن بان كي
    // مون يدين …" is the secretary-general's condemnation.)
    let offices = || e.actors.iter().map(|&x| &lex.actors[x as usize]).filter(|x| x.kind == ActorKind::Office);
    if offices().next().is_none() {
        return e
            .actors
            .iter()
            .map(|&x| &lex.actors[x as usize])
            .find(|x| org && x.kind == ActorKind::Org)
            .map(|x| x.id.clone());
    }
    if offices().any(|x| x.id.ends_with("spokesman")) {
        return None;
    }
    let taken = |i: usize| a.in_name(i) || a.triggers.iter().any(|t| t.w0 <= i && i <= t.w1);
    // ("مفتي البلاد، الدكتور …": the honorific after a comma opens the apposed name.)
    let from =
        if a.break_between(e.w1, e.w1 + 1) && HONORIFIC_TITLES.contains(&a.word(e.w1 + 1)) { e.w1 + 1 } else { e.w1 };
    let mut i = e.w1 + 1;
    while i < e.w1 + 3 && HONORIFIC_TITLES.contains(&a.word(i)) && !a.break_between(from, i) {
        i += 1;
    }
    // (A break may follow the abbreviation "د.".)
    let abbreviated = i > e.w1 + 1 && a.word(i - 1) == "د";
    if a.word(i).is_empty()
        || (a.break_between(i - 1, i) && !abbreviated)
        || (i == e.w1 + 1 && a.break_between(e.w1, i))
    {
        return None;
    }
    let name_like = |w: &str| {
        w.chars().count() >= 3 && w.chars().all(|c| ahdath_text::norm::is_word_char(c) && !c.is_ascii_digit())
    };
    let first = a.word(i);
    let second = a.word(i + 1);
    if taken(i) || !name_like(first) || sentence::is_definite(first) {
        return None;
    }
    // A name, not the object of the clause's verb ("وأكد الوزير أهمية الدور"): a given name the
    // corpus knows (`BARE_NAMES`), or a given name with a patronym or a family nisba after it
    // ("ماجد بن عبدالله", "منصور الظفيري").
    let joined = !a.break_between(i, i + 1) && !taken(i + 1);
    let patronym = joined && PATRONYMS.contains(&second);
    let family = joined && sentence::is_family_name(first, second);
    if BARE_NAMES.binary_search(&first).is_ok() || patronym || family {
        let surname = if patronym { a.word(i + 2) } else { second };
        return Some(if joined && !surname.is_empty() { format!("{first} {surname}") } else { first.to_string() });
    }
    None
}

/// Whether two statement mentions name different speakers: both have a name (`speaker_name`)
/// and the names share no word ("سامح شكري" and "شكري" are one man).
pub(crate) fn speakers_differ(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => !x.split(' ').any(|w| y.split(' ').any(|v| v == w)),
        _ => false,
    }
}

/// The trigger's words are exactly an entity of the actor dictionary: a noun that names the doer
/// by the act (`انتحاري`, the suicide bomber), not an act of somebody else.
/// Only the perpetrator nouns of `DOER_GROUPS`: a casualty or hostage noun (`قتلى`, `رهائن`) is
/// a trigger and an entity too, but names the victims.
pub(crate) fn names_its_doer<'a>(a: &'a Analysis, lex: &Lexicon, t: &TriggerMention) -> Option<&'a EntityMention> {
    a.entities.iter().find(|e| {
        e.w0 == t.w0
            && e.w1 == t.w1
            && !e.weak
            && !e.is_location
            && e.prep.is_none()
            && e.actors.first().is_some_and(|&x| DOER_GROUPS.contains(&lex.actors[x as usize].id.as_str()))
    })
}

/// Whether trigger `t` names what the refusal `p` just before it refused ("رفضت الحكومة زيارة رجل
/// الدين", "رفض الرئيس الصلح مع التنظيم"): a visit, deal, release, concession, cooperation or aid
/// right after the refusal verb (or after its subject), which did not take place.
pub(crate) fn refused_act(a: &Analysis, lex: &Lexicon, p: &TriggerMention, t: &TriggerMention) -> bool {
    let subject_between = a.entities.iter().any(|e| e.w0 == p.w1 + 1 && e.w1 + 1 == t.w0);
    matches!(
        lex.triggers[t.rule as usize].event_type.as_str(),
        "CONSULT" | "AGREE" | "RETREAT" | "CONCEDE" | "COOPERATE" | "AID"
    ) && lex.triggers[p.rule as usize].event_type == "REJECT"
        && t.w0 > p.w1
        && (t.w0 <= p.w1 + 2 || subject_between)
        && !a.break_between(p.w1, t.w0)
}

/// Whether candidate `o` is the verbal-noun complement of the finite verb `c` just before it
/// ("قضت المحكمة بحبس", "وافقت على الإفراج عن"): a noun with a glued بـ, or after على, at most
/// 60 code points after the verb, with the verb's own subject as its doer.
pub(crate) fn governed_complement(c: &Candidate, o: &Candidate) -> bool {
    let (end, start) = (c.rec.evidence.trigger_end, o.rec.evidence.trigger_start);
    if o.verb || start < end || start - end > 60 {
        return false;
    }
    let same_doer = match (&c.rec.actor, &o.rec.actor) {
        (Some(x), Some(y)) => x.text == y.text,
        _ => false,
    };
    let (sent, base) = (&o.rec.evidence.sentence, o.rec.evidence.start);
    let byte = |cp: usize| sent.char_indices().nth(cp.saturating_sub(base)).map_or(sent.len(), |(b, _)| b);
    let gap = sent.get(byte(end)..byte(start)).unwrap_or("");
    let after_ala = gap.split_whitespace().last().is_some_and(|w| matches!(w, "على" | "علي"));
    same_doer && (o.rec.trigger.starts_with('ب') || o.rec.trigger.starts_with("وب") || after_ala)
}

/// Whether rule `rule_id` is a stance verb that takes a stance on an event of type `target`.
pub(crate) fn stance_rule(rule_id: &str, target: &str) -> bool {
    if matches!(target, "ACCUSE" | "SUPPORT" | "REJECT" | "REQUEST" | "THREATEN") {
        return false;
    }
    STANCE_RULES.iter().any(|&(id, any)| id == rule_id && (any || !matches!(target, "AGREE" | "COOPERATE" | "CONSULT")))
}

/// Whether entity `x`, read as the actor of trigger `t` (of type `target`), is the subject of an
/// earlier stance verb of its clause whose object `t` is: "أدانت الحكومة الأردنية التفجير الذي
/// استهدف المسجد", "نددت المنظمة باعتقال الصحفيين". The subject is the first entity after the
/// stance verb (at most two words after it: "أدانت بشدة الحكومة"), or the last one before it
/// ("الحكومة أدانت"); a second noun after the verb ("اتهمت دمشق أنقرة بقصف") is its object, the
/// accused, and stays the doer.
pub(crate) fn stance_subject(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &EntityMention, target: &str) -> bool {
    if x.w1 >= t.w0 || x.prep.is_some() {
        return false;
    }
    a.triggers.iter().any(|p| {
        if p.w1 >= t.w0 || t.w0 - p.w1 > 15 || a.break_between(p.w1, t.w0) {
            return false;
        }
        if !stance_rule(&lex.triggers[p.rule as usize].id, target) {
            return false;
        }
        // (Only an adverb may stand between: "تندد بقيام الكويت باحتجاز" names the doer.)
        let after = x.w0 == p.w1 + 1 || (x.w0 == p.w1 + 2 && STANCE_ADVERBS.contains(&a.word(p.w1 + 1)));
        let before = x.w1 < p.w0
            && p.w0 - x.w1 <= 2
            && !a.break_between(x.w1, p.w0)
            && !a.entities.iter().any(|e| e.w0 > x.w1 && e.w1 < p.w0);
        after || before
    })
}

/// Speech types: their present tense is the statement itself ("ندين", "تطالب").
pub(crate) fn is_speech_rule(event_type: &str) -> bool {
    matches!(event_type, "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT" | "THREATEN")
}

/// The donor of aid named after "provided by" (`AID_DONOR_CUES`: "مقدمة من", "المقدم من قبل")
/// within `DONOR_REACH` words after the aid word, in its sentence and with no complementizer
/// between (a new clause, "مضيفا أن التمويلات المقدمة من …", has its own noun): the party that
/// starts right after the cue's من (or قبل). Not a place.
pub(crate) fn aid_donor<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let first = &fixed_lists_first().aid_donor_cues;
    let cue = (t.w1 + 1..(t.w1 + 1 + DONOR_REACH).min(a.words.len()))
        .take_while(|&i| !COMPLEMENTIZERS.contains(&a.word(i)))
        .find(|&i| any_form_in(a, i, &AID_DONOR_CUES, first))?;
    a.entities.iter().find(|e| !e.is_location && (cue + 2..=cue + 3).contains(&e.w0))
}

/// Words after an aid word in which a "provided by" cue names its donor (`aid_donor`).
const DONOR_REACH: usize = 30;

/// The giver of the directive an aid word carries out ("إنفاذا لتوجيهات خادم الحرمين الشريفين …
/// لتقديم المساعدات", `AID_DIRECTIVE_CUES`): a directive cue within `DIRECTIVE_REACH` words
/// before the aid word, in its sentence and with no complementizer between, and the party that
/// starts right after the cue and ends before the aid word. Not a place.
pub(crate) fn aid_directive_giver<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
    let first = &fixed_lists_first().aid_directive_cues;
    let cue = (t.w0.saturating_sub(DIRECTIVE_REACH)..t.w0)
        .rev()
        .take_while(|&i| !COMPLEMENTIZERS.contains(&a.word(i)))
        .find(|&i| any_form_in(a, i, &AID_DIRECTIVE_CUES, first))?;
    let after = if a.word(cue + 1) == "من" { cue + 2 } else { cue + 1 };
    a.entities.iter().find(|e| !e.is_location && e.w0 == after && e.w1 < t.w0)
}

/// Words before an aid word in which a directive cue names its giver (`aid_directive_giver`).
const DIRECTIVE_REACH: usize = 15;

/// "لجنة الشؤون الخارجية بمجلس الشيوخ الأميركي", "رئيس هيئة الأركان المشتركة للقوات الأردنية",
/// "شرطة حرس الحدود الإسرائيلية": the country of a generic body `e` (titles and group nouns of no
/// country) named by the nationality adjective of the entity its phrase runs into (actors69). The
/// next entity must follow in the same clause, with no conjunction, bound either as a genitive
/// (right after an indefinite last word: a construct) or by a glued preposition of belonging
/// (`CHAIN_PREPS`) after a phrase of more than one word or an indefinite one, with at most one
/// definite adjective between; it must hold a noun and a nationality adjective. A single definite
/// word right before a bound party is mostly a verb's subject before its object ("ندد المجلس
/// بالحكومة …"), so it is left to the article's country.
pub(crate) fn chain_country(lex: &Lexicon, a: &Analysis, e: &EntityMention) -> Option<String> {
    let generic = |x: &u32| {
        let act = &lex.actors[*x as usize];
        matches!(act.kind, ActorKind::Office | ActorKind::Group) && act.country.is_none()
    };
    if e.actors.is_empty() || !e.actors.iter().all(generic) || e.is_location {
        return None;
    }
    let next = a.entities.iter().find(|n| n.w0 > e.w1)?;
    let gap = next.w0 - e.w1 - 1;
    if gap > 1 || next.conj || next.is_location || a.break_between(e.w1, next.w0) {
        return None;
    }
    // (The word between is an adjective of the body, not the act: "جدد رئيس الوفد الدعوة
    // للمستثمرين اليابانيين" calls on the investors.)
    if gap == 1 && (!a.word(e.w1 + 1).starts_with("ال") || a.triggers.iter().any(|t| t.w0 <= e.w1 + 1 && e.w1 < t.w1))
    {
        return None;
    }
    // "مسلحون مؤيدون للنظام …", "القوات الموالية للرئيس …": after a word of belonging
    // (`OWNER_BELONGING_WORDS`) the party is whom the body backs, not the body it is part of.
    let before = a.word(next.w0 - 1);
    if [before, before.strip_prefix('و').unwrap_or(before)].iter().any(|w| OWNER_BELONGING_WORDS.contains(w)) {
        return None;
    }
    let last_definite = sentence::is_definite(a.word(e.w1));
    let bound = match next.prep.as_deref() {
        None => gap == 0 && !last_definite,
        Some(p) => CHAIN_PREPS.contains(&p) && (e.w1 > e.w0 || !last_definite),
    };
    if !bound {
        return None;
    }
    let kind = |x: &u32| lex.actors[*x as usize].kind;
    if !next.actors.iter().any(|x| kind(x) != ActorKind::Demonym) {
        return None;
    }
    next.actors.iter().find(|x| kind(x) == ActorKind::Demonym).and_then(|&x| lex.actors[x as usize].country.clone())
}

/// "نفذتها حركة الشباب التابعة لتنظيم القاعدة", "قصف الجيش التابع للحكومة سفينة", "رحب مسؤولون
/// من المنظمة التابعة للأمم المتحدة", "شنه مسلحون وقوات موالية للرئيس": the recipient `r` is a
/// party with a glued لـ right after a word of belonging (`OWNER_BELONGING_WORDS`), and the noun
/// that word describes is the doer `x` itself (right before it), a party joined to the doer by
/// "و", or a phrase of "من" after the doer: the owner belongs to the doer's description
/// (actors68); a doer inside a prepositional phrase is no subject and is left alone. An owner of
/// a noun after the verb's object ("دمر الطيران عربة تابعة للحوثي")
/// is not touched.
pub(crate) fn owner_of_doer(a: &Analysis, t: &TriggerMention, x: &EntityMention, r: &EntityMention) -> bool {
    // (Not a doer read inside a prepositional phrase, "منازل ضباط في الكتيبة التابعة للحزب":
    // it is no subject, and the owner may well be the target's.)
    if r.prep.as_deref() != Some("ل") || x.prep.is_some() || x.w0 <= t.w1 || r.w0 < 2 || x.w1 + 1 >= r.w0 {
        return false;
    }
    let b = r.w0 - 1;
    if !OWNER_BELONGING_WORDS.contains(&a.word(b)) || x.w1 >= b || a.break_between(x.w1, r.w0) {
        return false;
    }
    let gap = b - x.w1 - 1;
    gap == 0
        || (gap <= 3 && a.word(x.w1 + 1) == "من")
        || a.entities.iter().any(|m| m.conj && m.w0 == x.w1 + 1 && m.w1 + 1 == b)
}

/// The recipient in place of `r`, a party read into the doer's own phrase (`owner_of_doer`,
/// actors68; `genitive_of_group_head`, actors113): the first usable party within four words
/// past `r`, before the next trigger (`after_limit`), in its clause, no place and not joined by
/// "و", that also passes `keep`.
pub(crate) fn party_past_doer_phrase<'m>(
    a: &'m Analysis,
    r: &EntityMention,
    after_limit: usize,
    usable: &impl Fn(&&EntityMention) -> bool,
    keep: impl Fn(&EntityMention) -> bool,
) -> Option<&'m EntityMention> {
    a.entities.iter().filter(usable).find(|e| {
        e.w0 > r.w1
            && e.w0 <= r.w1 + 4
            && e.w0 < after_limit
            && !e.is_location
            && !e.conj
            && keep(e)
            && !a.break_between(r.w1, e.w0)
    })
}

/// (actors113) "ودانت نقابة الصحفيين …", "تظاهر أنصار المعارضة", "ناشد ذوو المواطن …",
/// "إقرار برلمان الاحتلال القانون": doer `x` ends in a bare noun of a group, body or kin in
/// construct (`GENITIVE_GROUP_HEADS`; the nominative plural «…و», never the oblique «…ي») and
/// `r` is the party right after it (no preposition, no glued و, no break): `r` is the head's
/// genitive, the doer's owner, not the one acted upon. Only where the head is the subject: right
/// after trigger `t` (not a verb with an object pronoun, a plural «…وا» or a subject outside it,
/// where the phrase is its object) or before the trigger.
pub(crate) fn genitive_of_group_head(a: &Analysis, t: &TriggerMention, x: &EntityMention, r: &EntityMention) -> bool {
    if r.w0 != x.w1 + 1 || r.prep.is_some() || r.conj || x.prep.is_some() || a.break_between(x.w1, r.w0) {
        return false;
    }
    // (A one-word doer may carry a glued و or ف, "ودانت نقابة …"; a head that starts with و
    // itself, «والد», «والده», is matched as written too.)
    let head = a.word(x.w1);
    let listed = GENITIVE_GROUP_HEADS.contains(&head) || (x.w0 == x.w1 && GENITIVE_GROUP_HEADS.contains(&unconj(head)));
    if !listed {
        return false;
    }
    if x.w1 < t.w0 {
        return true;
    }
    x.w0 == t.w1 + 1 && subject_may_follow(a, t)
}

/// Whether a noun phrase right after verb trigger `t` may be its subject (`affiliated_subject`,
/// `genitive_of_group_head`): not after a verb with an object pronoun, a plural subject in its
/// form («…وا») or a subject that stands outside it (`subject_outside_verb`), where the phrase is
/// its object.
fn subject_may_follow(a: &Analysis, t: &TriggerMention) -> bool {
    !t.pronoun_object && !unconj(a.word(t.w0)).ends_with("وا") && !subject_outside_verb(a, t)
}

/// Whether an economic-aid record's parties make it aid between states: one party is an
/// international body, or a government party stands with a second country (the other party's or
/// the article's main country). Bank, business and domestic finance is not AID.
pub(crate) fn aid_between_states(actor: Option<&Entity>, recipient: Option<&Entity>, main: Option<&str>) -> bool {
    let countries = || [actor, recipient].into_iter().flatten().filter_map(|e| e.country.as_deref());
    if countries().any(|c| matches!(c, "IGO" | "UNO" | "EUR" | "IMG")) {
        return true;
    }
    [actor, recipient]
        .into_iter()
        .flatten()
        .filter(|e| e.sector.as_deref() == Some("GOV"))
        .filter_map(|e| e.country.as_deref())
        .any(|g| countries().chain(main).any(|c| c != g))
}

/// The mention names a victim-only entity (`role: victim` in data/dict/actors, actors125): its first
/// entry that is not a nationality is one ("الجرحى السوريون"; not "أهالي الضحايا", whose head is
/// the families), and no unit or kin noun stands right before it. Not one joined by "و" to a
/// party before it ("من الثوار والجرحى رفضوا"): it is then one of the doers, as for
/// `casualty_persons` (review61b).
pub(crate) fn victim_entity(lex: &Lexicon, a: &Analysis, x: &EntityMention) -> bool {
    victims_on_their_own(a, x)
        && x.actors
            .iter()
            .map(|&i| &lex.actors[i as usize])
            .find(|act| act.kind != ActorKind::Demonym)
            .is_some_and(|act| act.victim)
}

/// (actors128) An accusation verb of `ACCUSE_PASSIVE_VERBS` (a glued و or ف stripped) read as an
/// unvocalised passive: no object pronoun, and right after it (no break) a charge with a glued بـ
/// that is no name ("الذي اتهم بعدم حماية السكان", "واتهم بدعم النظام"): no entity starts at that
/// word, it is no bare name ("اتهم بشار") nor a quantifier (`ACCUSE_PASSIVE_NOT_CHARGE`: "واتهمت
/// بعض صناعها"), and neither a party without a preposition ("واتهم بيركو الوزير") nor a «بأن»
/// clause (`ACCUSE_THAT_CLAUSE`, whole keys: "واتهمت بلدانهم بأنها"; not "بانتهاكات", a second
/// charge) follows it, either of which makes the بـ word the subject or the object.
pub(crate) fn passive_accusation(a: &Analysis, t: &TriggerMention) -> bool {
    let v = a.word(t.w0);
    let i = t.w1 + 1;
    let w = a.word(i);
    t.w0 == t.w1
        && !t.pronoun_object
        && (ACCUSE_PASSIVE_VERBS.contains(&v) || ACCUSE_PASSIVE_VERBS.contains(&strip_conj_key(v)))
        && w.starts_with('ب')
        && w.chars().count() >= 3
        && !a.break_between(t.w1, i)
        && BARE_NAMES.binary_search(&w).is_err()
        && !ACCUSE_PASSIVE_NOT_CHARGE.iter().any(|p| w.starts_with(p))
        && !a.entities.iter().any(|e| e.w0 == i || (e.w0 == i + 1 && e.prep.is_none()))
        && !ACCUSE_THAT_CLAUSE.contains(&a.word(i + 1))
}

/// (actors126) The victim-only mention is the subject right after a verb of speech, demand, appeal,
/// protest or thanks (`VICTIM_VOICE_VERBS`, a glued و or ف stripped) and the act is of a type
/// victims may do (`VICTIM_VOICE_TYPES`): "وطالب المصابون بتعويضهم" — the victims speak for
/// themselves, so `victim_entity` does not clear them. Never for a hostile type.
pub(crate) fn victim_voice(a: &Analysis, event_type: &str, x: &EntityMention) -> bool {
    let verb = |w: &str| VICTIM_VOICE_VERBS.contains(&w) || VICTIM_VOICE_VERBS.contains(&strip_conj_key(w));
    VICTIM_VOICE_TYPES.contains(&event_type)
        && x.w0 > 0
        && x.prep.is_none()
        && verb(a.word(x.w0 - 1))
        && !a.break_between(x.w0 - 1, x.w0)
}

/// An entity headed by a noun of the dead or the wounded ("القتلى", "جرحى", "المصابين"):
/// victims, which never act. Not one joined by "و" to a party before it ("الثوار والجرحى
/// رفضوا"), nor the genitive of a kin, unit or place noun (`CASUALTY_OWNERS`: "أسر الشهداء").
pub(crate) fn casualty_persons(a: &Analysis, x: &EntityMention) -> bool {
    in_list!(&CASUALTY_PERSONS, a.word(x.w0)) && victims_on_their_own(a, x)
}

/// Victim mention `x` stands on its own, for `casualty_persons` and `victim_entity`: not joined by
/// "و" to a party before it ("الثوار والجرحى رفضوا", one of the doers), nor the genitive of a unit
/// or kin noun (`CASUALTY_OWNERS`: "أسر الشهداء", "لواء شهداء اليرموك", whose head acts).
fn victims_on_their_own(a: &Analysis, x: &EntityMention) -> bool {
    let owned = x.w0 > 0 && in_list!(&CASUALTY_OWNERS, a.word(x.w0 - 1));
    !(x.conj || owned)
}

/// (actors136) The parties told after trigger `t`, in its clause, as the owners of the sites it
/// struck: a party with a glued لـ right after a word of `ACT_OBJECT_WORDS`, or after one plain
/// word after it ("مواقع تابعة للحوثيين", "مواقع عسكرية للمسلحين"), and the parties joined to it
/// by و right after it ("تجمعات للحوثيين وقوات صالح"). They are the act's target side.
pub(crate) fn act_object_owners<'a>(a: &'a Analysis, t: &TriggerMention) -> Vec<&'a EntityMention> {
    let object = |i: usize| {
        let w = a.word(i);
        ACT_OBJECT_WORDS.contains(&w) || ACT_OBJECT_WORDS.contains(&strip_conj_key(w))
    };
    let mut owners: Vec<&EntityMention> = Vec::new();
    for e in &a.entities {
        if e.w0 <= t.w1 + 1 || a.break_between(t.w1, e.w0) {
            continue;
        }
        let owner = e.prep.as_deref() == Some("ل")
            && (object(e.w0 - 1) || (e.w0 >= t.w1 + 3 && object(e.w0 - 2) && a.uncovered(e.w0 - 1)));
        let joined = e.conj && owners.last().is_some_and(|o| o.w1 + 1 == e.w0);
        if owner || joined {
            owners.push(e);
        }
    }
    owners
}

/// How many words after an attack's trigger may hold the object it hit (`act_object_told`):
/// the doer and a preposition ("غارات لطائرات التحالف على مواقع").
const ACT_OBJECT_REACH: usize = 5;

/// (actors132) Whether an attack (ASSAULT, not a two-sided fight) names in its trigger's own clause
/// the object it was aimed at: a word of `ACT_OBJECT_WORDS` ("مواقع", "مقرات", "مناطق") within
/// `ACT_OBJECT_REACH` words after the trigger, before any clause mark, and not right after "في"
/// or "وفي" (`ACT_OBJECT_PLACE_PREPOSITIONS`: a place the act was at, "قصفت الطائرات في مناطق
/// متفرقة"), with a glued و only before any such preposition (dates60), and not owned by a
/// pronoun (`ACT_OBJECT_PRONOUN_OWNERS`).
pub(crate) fn act_object_told(r: &EventRecord) -> bool {
    if r.event_type != "ASSAULT" || r.rule.starts_with("assault.clash") {
        return false;
    }
    // (A word that ends in a clause mark closes the trigger's clause.)
    let clause_end = |w: &str| w.ends_with(|c: char| ",.،؛:;!?؟".contains(c));
    let (mut after_in, mut seen_in) = (false, false);
    let mut words = geocode::after_trigger(&r.evidence).split_whitespace();
    for _ in 0..ACT_OBJECT_REACH {
        let Some(w) = words.next() else { break };
        let k = ahdath_text::normalize_key(w);
        let k = k.trim_matches(|c: char| !c.is_alphabetic());
        // (dates60) The word is read without a glued و only when no «في» came before it in the
        // reach: after one the و joins another place or starts a new clause ("تفجيرات في العاصمة
        // ومناطق قريبة منها"), not another object struck.
        let glued = !seen_in && ACT_OBJECT_WORDS.contains(&strip_conj_key(k));
        if !after_in && (ACT_OBJECT_WORDS.contains(&k) || glued) {
            // (An owner told by a pronoun, "مواقع لهم" or "مواقع وتجمعات لهم", is a party named
            // elsewhere: not told here. actors134: looked for over the reach after the object, up
            // to a clause mark, not only in the next word.)
            if clause_end(w) {
                return true;
            }
            for n in words.by_ref().take(ACT_OBJECT_REACH) {
                let o = ahdath_text::normalize_key(n);
                if ACT_OBJECT_PRONOUN_OWNERS.contains(&o.trim_matches(|c: char| !c.is_alphabetic())) {
                    return false;
                }
                if clause_end(n) {
                    break;
                }
            }
            return true;
        }
        if clause_end(w) {
            return false;
        }
        // (dates60) «وفي» opens a place phrase as «في» does ("وفي مناطق …": a new clause).
        after_in = ACT_OBJECT_PLACE_PREPOSITIONS.contains(&k);
        seen_in |= after_in;
    }
    false
}
