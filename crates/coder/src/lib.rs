//! The event coder: Arabic articles in, PLOVER event records out (SPEC §2).
//!
//! Per sentence it finds trigger words, reads actor and recipient around each trigger by the
//! trigger's pattern (verb-first and subject-first actives, passives, event nouns, reported
//! speech), sets status from cues, resolves the governing date expression against the
//! publication date, reads casualty counts and the place mention; then it merges mentions of
//! one happening within the article into one record.

mod geocode;
mod sentence;

use ahdath_lexicon::{ActorKind, Check, CueKind, Lexicon, Of, Pattern};
use ahdath_record::{Article, DateBasis, DatePrecision, Entity, EventRecord, Evidence, Field, Mention, Place, Status};
use ahdath_text::dates::{self, DateMatch};
use ahdath_text::numbers::NumberMatch;
use chrono::{Datelike, NaiveDate};
use sentence::{is_numeral, Analysis, CueMention, EntityMention, FirstWords, PlaceMention, TriggerMention};
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

pub use sentence::Analysis as SentenceAnalysis;

/// [`in_list`] of a fixed list (`in_list!(&CIVIC_EVENTS, w)`), behind the list's
/// [`sentence::TailFilter`], which the compiler makes from the list. Every clitic form of `w` that
/// `in_list` reads is a tail of the written word, so a word whose filter bit is clear is in no form
/// of the list, and it is turned away before its clitics are stripped and the list is read. The
/// coder asks this of every word in windows of a sentence (a slogan noun before a protest, a civic
/// institution anywhere in the sentence): about 453 k calls on the first 5,000 bench60k articles,
/// most of them for words of no list (speed34).
macro_rules! in_list {
    ($list:expr, $w:expr) => {
        in_listed($list, const { &sentence::TailFilter::of_list($list) }, $w)
    };
}

// The word lists of data/grammar/coder.txt, compiled in by build.rs (one `const` each).
include!(concat!(env!("OUT_DIR"), "/grammar_coder.rs"));
// BARE_NAMES of data/grammar/names.txt (derived by scripts/bare_names.py).
include!(concat!(env!("OUT_DIR"), "/grammar_names.rs"));

/// Codes articles with one compiled lexicon. Cheap to share across threads.
#[derive(Debug)]
pub struct Coder {
    lex: Lexicon,
    precision_filters: bool,
    /// Gazetteer rows of countries and first-level divisions, for fallbacks and containment.
    admin_index: geocode::AdminIndex,
    /// Per trigger rule (by index), the summaries of the first words of its `needs:`,
    /// `unless-next:`, `needs-near:` and `unless-near:` forms, made once: a rule's lists are
    /// tested at every word of a span for each of its triggers (`any_form_in`).
    rule_first: Vec<RuleFirstWords>,
    /// The one-word forms of the organisation anaphor `ana.org` ("التنظيم", "الجماعة" …), as
    /// keys: a member noun or title with one of them as its last word names that organisation's
    /// people (actors63).
    org_anaphor_words: Vec<String>,
    /// The forms with a gap (`head … tail`) of the negation cues, gathered once: `gap_negated`
    /// reads them for every trigger, where it scanned every cue of the lexicon (speed61).
    negation_gaps: Vec<(String, String)>,
    /// Per trigger rule (by index), `imperfect_stems` of its forms, made once: the first-person
    /// tests read them for every verb trigger and normalised every `ي…` form on each call
    /// (speed66).
    imperfect_stems: Vec<Vec<String>>,
    /// The ids of the victim-only entities (`role: victim`, actors125), gathered once: the topic
    /// doer's test reads them for every candidate, where it scanned every actor entry.
    victim_ids: Vec<String>,
}

/// The `FirstWords` summaries of one trigger rule's form lists (`Coder::rule_first`).
#[derive(Debug)]
struct RuleFirstWords {
    needs: FirstWords,
    unless_next: FirstWords,
    needs_near: FirstWords,
    unless_near: FirstWords,
}

/// One sentence of the article as the coder reads it: its field, its span, its analysis and its
/// text. Passed whole to the functions that code a sentence's triggers.
type SentenceRow<'s> = (Field, ahdath_text::SentenceSpan, Analysis, &'s str);

/// What [`Coder::code_with_words`] hands the article's words and records to.
type WordsFn<'a> = &'a mut dyn FnMut(&ArticleWords, &[EventRecord]);

/// An article's match-key words as [`Coder::code_with_words`] hands them out: those of
/// `ahdath_text::normalize_key_words` of the title, then of the text, in text order, and where
/// each analysed sentence's own words are among them (speed50), so that a caller needs no second
/// fold of the article (the full-text document) nor of a record's sentence (its dedup words).
pub struct ArticleWords<'a> {
    /// The words, in text order.
    pub words: &'a [&'a str],
    /// Each analysed sentence's text and the range of its words in `words`, in text order.
    pub sentences: &'a [(&'a str, std::ops::Range<usize>)],
}

impl ArticleWords<'_> {
    /// The match-key words of an analysed sentence whose text is `sentence` (a record's
    /// `evidence.sentence`), or `None` when no analysed sentence has that text.
    pub fn of_sentence(&self, sentence: &str) -> Option<&[&str]> {
        self.sentences.iter().find(|(s, _)| *s == sentence).map(|(_, r)| &self.words[r.clone()])
    }
}

/// Where a run of an article's words is, for [`Coder::code_with_words`]: an analysed sentence
/// (its index among the rows), or a byte range of a field that no analysis folded (a related-link
/// block, the text between sentences).
enum WordPiece<'s> {
    Row(usize),
    Fold(&'s str, usize, usize),
}

/// Push the text between sentences `text[from..to]` as a [`WordPiece::Fold`] when it may hold a
/// word (a non-ASCII char or an ASCII letter or digit); most gaps are spaces and line breaks.
fn push_gap<'s>(pieces: &mut Vec<WordPiece<'s>>, text: &'s str, from: usize, to: usize) {
    if from < to && text.as_bytes()[from..to].iter().any(|&b| b >= 0x80 || b.is_ascii_alphanumeric()) {
        pieces.push(WordPiece::Fold(text, from, to));
    }
}

/// Hand `f` the match-key words of `pieces` in order, with the article's records `recs`: an
/// analysed sentence's from its own fold (`Analysis::words`, its range noted in
/// `ArticleWords::sentences`), the rest from a fold of that text alone (a word never spans a
/// sentence break, which is no word char, so the words are those of the whole field's fold).
fn hand_out_words(pieces: &[WordPiece], analyses: &[SentenceRow], recs: &[EventRecord], f: WordsFn) {
    let folds: Vec<(String, ahdath_text::KeyWords)> = pieces
        .iter()
        .filter_map(|p| match *p {
            WordPiece::Fold(text, a, b) => Some(ahdath_text::normalize_key_words(&text[a..b])),
            WordPiece::Row(_) => None,
        })
        .collect();
    // (Sized at once: the article's words are a few hundred, and growing the list copied it.)
    let n_words = pieces
        .iter()
        .filter_map(|p| match *p {
            WordPiece::Row(i) => Some(analyses[i].2.words.len()),
            WordPiece::Fold(..) => None,
        })
        .sum::<usize>()
        + folds.iter().map(|(_, kw)| kw.spans.len()).sum::<usize>();
    let mut folds = folds.iter();
    let mut out: Vec<&str> = Vec::with_capacity(n_words);
    let mut sentences: Vec<(&str, std::ops::Range<usize>)> = Vec::with_capacity(analyses.len());
    for p in pieces {
        let (key, spans): (&str, &[(usize, usize)]) = match *p {
            WordPiece::Row(i) => {
                let n = analyses[i].2.words.len();
                sentences.push((analyses[i].3, out.len()..out.len() + n));
                (&analyses[i].2.key.key, &analyses[i].2.words)
            }
            WordPiece::Fold(..) => {
                let (key, kw) = folds.next().expect("one fold a Fold piece");
                (key, &kw.spans)
            }
        };
        out.extend(spans.iter().map(|&(a, b)| &key[a..b]));
    }
    f(&ArticleWords { words: &out, sentences: &sentences }, recs);
}

/// An event before within-article merging.
#[derive(Debug, Clone)]
struct Candidate {
    rec: EventRecord,
    /// (places97) The town its own clause names past the place window (`far_clause_town`),
    /// given after the merge to the record left unplaced or at its country (`far_towns`).
    far_town: Option<Place>,
    /// A definite event noun ("الاتفاق", "الاعتصام"): usually refers back to an event already
    /// mentioned, so it folds into an earlier record of its type.
    anaphoric: bool,
    /// An event noun made definite by a definite genitive ("مقتل الأسير", "باعتقال النواب"):
    /// it refers back to an earlier record of its type at a compatible place, if there is one.
    construct: bool,
    /// A clash that names both its parties after "بين" ("المواجهات بين الحوثيين والمقاومة",
    /// recall35): as a definite noun dated to a day by its own sentence it refers back only to a
    /// record of its own sentence or one whose parties agree with its own (`pair_apart`).
    clash_pair: bool,
    actor_key: Option<String>,
    recipient_key: Option<String>,
    /// (actors78) The recipient is only the state of a place the act is aimed at
    /// (`target_place`): a party that a merged mention names as the recipient replaces it.
    place_target: bool,
    specificity: u32,
    /// (actors73) The speaker the speech fallback did not lend this attack noun
    /// (`speaker_outside_act`): still the sentence's subject, so it stays the topic that later
    /// sentences' pronouns refer to, and its key stays the mention's `actor_key` for merging.
    /// (actors79) Also the armed speaker whose reported clause's own subject became the doer
    /// (`reported_clause_subject`): then it is the topic and the key though the actor is set.
    cleared_speaker: Option<Entity>,
    /// Coded as a finite verb (not its verbal noun), whose subject a verb joined to it by "و"
    /// shares.
    verb: bool,
    /// (actors96) Named by a motive or protest word before it (`motive_governed`): no verb
    /// before it governs it as its doer's verbal noun.
    motive_act: bool,
    /// Coded as a finite verb in the imperfect ("تطلق النار"): often a habitual or ongoing act,
    /// not one of the day told.
    imperfect: bool,
    /// Dated a day off its clause's day (`day_step`: "غداة مقتل"): it lends no day to the story.
    day_moved: bool,
    /// An attack's outcome named after a verb of result ("أسفر عن سقوط ضحايا", "أدت الغارات إلى
    /// تدمير مدفعية"): part of the attack told before it, not an attack of its own.
    outcome: bool,
    /// The mode of a mention merged into this one, for a record whose own mention states none
    /// ("مقتل 11 في غارة": the killing kept, the strike's `aerial`). Given to the record only after
    /// merging (as `lent_mode`), so that merge decisions still see the kept mention's own mode.
    gap_mode: Option<String>,
    /// The sentence (field and start) of the mention whose mode `gap_mode` is.
    gap_mode_at: Option<(Field, usize)>,
    /// The mode the record takes after merging when its own mention states none: `gap_mode`,
    /// but passing over a merged mention whose mode is `destroy` (to the next merged mention
    /// that states one). A destruction merged into a killing, a clash or an attack is mostly its
    /// outcome or another act ("قتل 25 منهم … وتدمير مركبات", "غارة … وتدمير عجلتين"), not how
    /// the kept act was done. A clash passes over a mention of another sentence unless its mode
    /// is a fight's own arms (`MODE_CLASH_LENT`, mode13), and no record takes from one an
    /// abduction's or torture's mode (`MODE_HELD_NOT_LENT`, mode14). (Merge decisions still see
    /// `gap_mode`.)
    lent_mode: Option<String>,
    /// The modes stated by the mentions of its type merged into this one (their own rules' modes
    /// and what they took in), for [`finer_merged_mode`]; a blast's own clause may put a
    /// `suicide-attack` here at the start (`suicide_told`, mode15).
    merged_modes: Vec<String>,
    /// The places of merged mentions of other sentences and the same status, for the named
    /// quarters or spots of a town among them (`geocode::part_of_town`, places68): after merging,
    /// a record at that town takes the first of them, [`finest_merged_place`]. (Merge decisions
    /// still see the town.)
    merged_parts: Vec<Place>,
    /// The mode read from the object or clause of a mention whose rule states none
    /// (`mode_from_context`): after merging, the record's mode when neither its own rule nor a
    /// merged mention's states one. (It does not travel through merges: passed on, it coded
    /// shelling as air strikes and demands as aid on the first 8,000 bench60k articles.)
    context_mode: Option<&'static str>,
    /// The actor is the topic lent by an earlier sentence (no party of the trigger's own
    /// sentence): it does not travel on to a mention in another sentence when the two merge.
    topic_actor: bool,
    /// (actors93) A clash noun right after a word of "after" or "during" (`clash_after_time`):
    /// with no doer of its own it takes the doer of the seizure told just before it.
    clash_after_time: bool,
    /// Dated by the text to a day, month or year wholly before publication.
    dated_past: bool,
    /// Dated only by the day of the report that tells it ("قال مسؤول أمس إن مسلحين هاجموا …",
    /// `report_day`), as an act told as done. The mark travels with the date through merges: a
    /// record that ends up future, possible or denied loses that day (dates40).
    report_dated: bool,
    /// Dated by a day that stands before the trigger in the clause of a statement governing it
    /// ("ندد الأمين العام الثلاثاء بالقصف", "قالت الشرطة أمس إن …", `governing_statement_day`):
    /// the day of the words, not surely of the act, so it lends no date over a report's day
    /// (dates42, `fill_gaps`).
    governed_day: bool,
    /// Told as background (merge34): happened (or is history) on a day, month or year of the text
    /// that began [`BACKGROUND_DAYS`] or more before publication ("وفي عام 2011 قتل مسلحون 67
    /// شخصا"). See [`background_apart`].
    told_back: bool,
    /// The act an anniversary recalls ("الذكرى الثانية لاحتجاجات 14 فبراير", `anniversary_of`,
    /// `anniversary_after`): made historical and mostly undated, it stays apart from mentions of
    /// other sentences that are not recalled so (`anniversary_apart`, dates46).
    recalled: bool,
    /// Made historical in a sentence that opens on a time counted from what the sentence before
    /// told ("وقبل عامين من ذلك", "وتبعها", "وحينها": `told_on_time_opening`, status63): an act of
    /// that sentence's own, undated, which stays apart from mentions of other sentences
    /// (`told_on_apart`).
    told_on: bool,
    /// Occurred and dated past with no future verb before the trigger in its clause, a perfect
    /// right after "قد" ("وقد التقيا", status41), or a visit a perfect verb of travel tells
    /// (`travel_visit_word`: "وصل الوزير الأميركي إلى أنقرة في زيارة"): told as done, so a merged
    /// mention's plan talk does not make it future (`future_verb_before`).
    told_done: bool,
    /// (status74) Occurred with no status cue of its own, and told as done by its own clause: a
    /// perfect trigger verb, or an act noun that is the object of a perfect verb of doing before
    /// it (`DONE_LIGHT_VERBS`: "عقد الوزير اجتماعا", "قامت بحملة اعتقالات"). A future, possible
    /// or negated act a mention of another sentence tells, merged into it, does not change it.
    done_clause: bool,
    /// Future only because it is the aim of something ("بغرض تفجير المسجد", `intended`), with no
    /// date of its own: not a tense or a day ahead. Merged with a mention told as done, the aim
    /// came true or names the act done, and a record kept from that mention stays occurred (see
    /// `merge_candidates`).
    aim_future: bool,
    /// Its sentence opens by announcing another happening (`another_story`).
    own_story: bool,
    /// (merge46) That announcement is a turn of the report to another side («من جهة أخرى», «على
    /// صعيد آخر»; `side_turn`), not another happening named («وفي حادثة منفصلة», «وفي هجوم آخر»).
    side_turn: bool,
    /// (merge44) Undated by a vague time of the past (dates43/47/48) and named by a plural noun of
    /// acts ("وهجمات إرهابية في الفترة الأخيرة", `plural_acts_noun`): a statement about many acts of
    /// a recent span, not one happening. Folded into a dated record of another sentence it lends
    /// no party (`fill_gaps`).
    vague_plural: bool,
    /// An event noun qualified right after it by "another" ("غارة أخرى", "هجوم آخر", `another_act`,
    /// merge45): the text tells it as a happening other than one told before, so told with a
    /// detail of its own (`another_act_told`) it folds into no record of another sentence.
    another_act: bool,
    /// The speaker's own name, for a statement act (`speaker_name`): a known person's id, or the
    /// name words after a title ("النائب منصور الظفيري"). Two statements of one type by
    /// differently named speakers of one state are two events.
    speaker: Option<String>,
    /// Coded from a first-person verb (`first_person_verb`: "نطالب", "ندين"), whose doer is the
    /// speaker of its own sentence: merged with a mention of another sentence, it takes no party
    /// from it and lends it no recipient.
    first_person: bool,
    /// A casualty mention whose toll the act of its own sentence also carries (`mark_owned_tolls`):
    /// it lends that toll to no record of another sentence in `fill_gaps`.
    toll_owned: bool,
    /// A mention whose toll is a lone victim read by toll12's forms (`one_person_word`, "one of"):
    /// a person of its own sentence, so `fill_gaps` lends it to no record of another sentence.
    toll_lone: bool,
    /// (fatal7) The trigger is told as background (`background_told`: "ويذكر أن", "وكان … قد",
    /// "ويأتي الهجوم بعد … هجوم"): `fill_gaps` lends the record no toll of another sentence.
    background: bool,
    /// (fatal7) The trigger stands right after a demonstrative (`TOLL_BACK_DEMONSTRATIVES`: "هذا
    /// التفجير"): the mention points back to an act already told, and may lend a background record.
    points_back: bool,
    /// (fatal9) The mention's sentence tells a violent act as a new one (`new_act_told`: "قتل 9 في
    /// غارة جوية على الحي"): `fill_gaps` lends its toll to no record told before it.
    new_act: bool,
    /// (fatal10) For an ASSAULT mention with a toll: the places its sentence names below a
    /// country (`toll_places_of`), each as its gazetteer readings' (country, first-level
    /// division). `fill_gaps` lends its toll to no record placed apart from all of them.
    toll_places: Vec<Vec<(String, Option<String>)>>,
    /// (fatal3) For the dead and the hurt: a toll the record holds that `casualties` read from a
    /// phrase of an earlier clause with its own act (`lent_before`), and the toll read without it.
    /// The merge sees the first; the record, after it, takes the second (`merge_candidates`).
    toll_fix: [Option<(u32, Option<u32>)>; 2],
    /// (actors118) The protesters, or the protest's own party, an attack or a coercion was done
    /// to (`protest_as_object`): held apart so that it keys no merge and moves none; a record
    /// with no recipient after `merge_candidates` takes it.
    protest_recipient: Option<Entity>,
    /// (actors119) The doer a protest lost as the party that broke it up (`protest_as_object`):
    /// the place fallbacks still see it, as they did before, so that a protest with no doer of its
    /// own does not take a dateline abroad (`merge_candidates` hands it on).
    breaker_doer: Option<Entity>,
    /// The sentences whose mentions were refused a toll lend, in order (they do not count as
    /// held); after the first, no mention of another sentence lends the record a toll.
    toll_refused: Vec<(Field, usize)>,
    /// Coded from one of its rule's `topic-forms` (merge35: "المقترحات" ideas under discussion),
    /// with no `topic-unless-near` word near it (`presented_near`): it names a topic, not an act.
    /// It merges as any mention; a record that keeps such a mention after `merge_candidates` (none more specific
    /// folded into it) is dropped after the place fallbacks, with the restatements folded into it.
    topic: bool,
    /// Made historical as the crime of a verdict, a trial or an execution (`crime_of_a_verdict`,
    /// status40, status42, status43): an undated retelling of it as done folds into it
    /// (`retold_court_crime`, merge37).
    court_crime: bool,
    /// Occurred and dated by an early-year phrase of the publication year (`early_year_date`,
    /// status44): the record is made historical after merging, which is left as it was (made
    /// before, it moved merges: an arrest that had taken in an undated mention took in another
    /// background arrest instead). A mention whose own date gives way to a merged mention's
    /// loses it.
    early_year: bool,
    /// (dates58) Told in the relative clause it opens with a span of months or years ago there
    /// ("الشاب الذي قتل في اضطرابات … قبل 3 سنوات"): the record is made historical and undated after
    /// merging (dates59), so the mentions that fold into it as an occurred act still do, and take
    /// that reading (made before, the record stood apart and a mention folded into it before stood
    /// as a false record of its own). A mention folded in lends it to the record.
    long_ago_clause: bool,
    /// A threat noun read as a danger (`threat_as_predicate`, prec74), kept as a topic (merge38):
    /// it lends no actor to the next sentences, as when it was dropped before merging.
    danger: bool,
    /// In a sentence whose veto cues that scope out its type are all `TOPIC_VETO_CUES` (feast
    /// greetings, leisure, inspection), kept as a topic (merge39): its restatements elsewhere in
    /// the article fold into it and go with it; it lends no actor to the next sentences.
    vetoed: bool,
    /// A harbouring «إيواء» (`harbouring_not_shelter`, prec97), vetoed as above, that still lends
    /// its doer to the next sentences as a topic.
    harboured: bool,
}

/// Whether a mention told as another happening (`Candidate::another_act`, merge45) carries a toll,
/// a day or a place of its own sentence: "غارة أخرى دمرت مدفعا وقتل اثنان من طاقمه", "دوى انفجار
/// آخر جنوب المدينة". With none ("تذكر بهجمات أخرى مشابهة", "لن يدخل في مفاوضات أخرى") it names
/// acts in general or one that may come, and merges as before.
fn another_act_told(c: &Candidate) -> bool {
    c.another_act && (told_for_itself(&c.rec) || c.rec.location.is_some())
}

/// Whether a mention carries a toll or a day of its own text (merge39): news told for itself, which
/// does not fold into a vetoed mention as its restatement.
fn told_for_itself(r: &EventRecord) -> bool {
    r.fatalities.is_some() || r.injuries.is_some() || r.date_basis == Some(DateBasis::Text)
}

/// A trigger that opens with "و" and a finite verb ("وهددتهم", "وضبطت"), not a verbal noun or
/// participle ("والاعتداء على", "وبسجن", "ومحذرة"): a second verb of the same subject, not the
/// act a condemnation is aimed at.
fn finite_after_wa(trigger: &str) -> bool {
    let Some(w) = trigger.split(' ').next().and_then(|w| w.strip_prefix('و')) else {
        return false;
    };
    !w.starts_with("ال") && !w.starts_with(['ب', 'ل', 'م']) && !w.ends_with('ة') && w.chars().count() >= 3
}

/// Days before publication after which a day-dated event counts as background (`historical`).
const HISTORICAL_DAYS: i64 = 30;

/// How far back (days from the last day of its date to publication) a sentence's time must lie
/// for the undated deeds told on after it to share that background (`sentence_told_long_ago`,
/// status46): half a year, so that last month's acts, still news, stay apart.
const NARRATIVE_BACK_DAYS: i64 = 180;

/// An accusative active participle of a verb rule ("مطالبا", "ومحذرا", "مشيدا"): مـ first, the
/// accusative alif last (not the plural verb ending "وا": "منعوا", nor an attached pronoun on a
/// verbal noun: "ومواساتها", "مطالبتنا", "معاقبتهما").
fn accusative_participle(w: &str) -> bool {
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
fn possessive_doer(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn meeting_during(a: &Analysis, rule: &ahdath_lexicon::Trigger, read_pattern: Pattern, t: &TriggerMention) -> bool {
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
fn pronoun_doer_object<'e>(
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
fn nominative_plural_subject(a: &Analysis, lex: &Lexicon, t: &TriggerMention, e: &EntityMention) -> bool {
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
fn preposition_object_subject<'e>(
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
fn honorific_subject(a: &Analysis, t: &TriggerMention) -> bool {
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
fn honorific_antecedent(a: &Analysis, honorific: &str, e: &EntityMention) -> bool {
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
fn call_addressee(a: &Analysis, lex: &Lexicon, event_type: &str, t: &TriggerMention, e: &EntityMention) -> bool {
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
fn object_verb_type(event_type: &str) -> bool {
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
fn owned_object_after_verb(a: &Analysis, t: &TriggerMention, first: &EntityMention) -> bool {
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

/// (actors104) "ومداهمة منازل ناشطين", "الهجوم على مبنى وزارة الداخلية", "استهدفت الفصائل
/// المقاتلة مواقع قوات النظام": the word right before party `x` (no preposition, not joined by و,
/// no break) is a bare building or position noun (`OBJECT_OWNER_HEADS`, `bare_object_head`) that
/// stands right after trigger `t`, after «على» right after it, or after at most two uncovered
/// definite words (the verb's unknown subject): the noun is what the act struck and `x` its owner.
fn owned_target_after(a: &Analysis, t: &TriggerMention, x: &EntityMention) -> bool {
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
fn affiliated_subject(a: &Analysis, t: &TriggerMention) -> Option<(usize, usize)> {
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
fn unknown_noun_subject(a: &Analysis, t: &TriggerMention, first: &EntityMention) -> bool {
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
fn unknown_agent_subject(a: &Analysis, t: &TriggerMention, first_person: bool) -> Option<usize> {
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
fn nisba_party(a: &Analysis, e: &EntityMention) -> bool {
    let w = a.word(e.w0);
    e.w0 == e.w1 && e.prep.is_none() && (w.ends_with('ي') || w.ends_with("يه"))
}

/// "استنكرت الأمانة العامة لمنظمة التعاون", "اجتمعت اللجنة التنفيذية في الاتحاد", "رحب المدير
/// الإقليمي للحملة الوطنية السعودية": party `e`, after لـ or في (or a nisba adjective further in
/// the chain) past the unknown subject phrase ending at word `end` and joined to it only by
/// definite words (its adjectives and genitives), is the body the phrase belongs to, so the doer.
fn subject_owner(a: &Analysis, end: usize, e: &EntityMention) -> bool {
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
fn platform_doer<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn definite_platform_object<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn subject_outside_verb(a: &Analysis, t: &TriggerMention) -> bool {
    let w = unconj(a.word(t.w0));
    w.starts_with('م') || (w.starts_with('ن') && !w.starts_with("نا"))
}

/// "ندعو المجتمع الدولي", "ونطالب الحكومة بـ…": a verb trigger in the first person plural of
/// the imperfect, `ن…` where its rule also lists the third person `ي…` ("ندعو" beside "يدعو";
/// not "ناقش" nor "ندد", whose ن is of the root). Its subject is "we", the speaker.
fn first_person_verb(stems: &[String], a: &Analysis, t: &TriggerMention) -> bool {
    let Some(rest) = unconj(a.word(t.w0)).strip_prefix('ن') else {
        return false;
    };
    stems.iter().any(|stem| stem == rest)
}

/// The match keys of the first words of rule `t`'s third-person imperfect forms (`ي…`), without
/// their «ي»: the stems `first_person_verb` and `first_person_singular` put «ن» or «أ» before.
/// (Only a form written with a leading "ي" can key to "ي" + a stem.) Made once per rule, in
/// `Coder::new` (`Coder::imperfect_stems`).
fn imperfect_stems(forms: &[String]) -> impl Iterator<Item = String> + '_ {
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
fn unvoiced_first_person(lex: &Lexicon, stems: &[String], a: &Analysis, s: &str, t: &TriggerMention) -> bool {
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
fn unless_prev_before(a: &Analysis, w0: usize, forms: &[String]) -> bool {
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
fn coordinated_call_object<'a>(
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
fn complementizer_subject(a: &Analysis, t: &TriggerMention, e: &EntityMention) -> bool {
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
fn pronoun_antecedent_before<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn verb_object(a: &Analysis, lex: &Lexicon, t: &TriggerMention, e: &EntityMention, first_person: bool) -> bool {
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
fn pronoun_antecedent<'a>(
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
fn passive_reading(a: &Analysis, s: &str, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    let next_is_number = nums.iter().any(|n| word_index_of_byte(a, n.start) == t.w1 + 1 && !n.ordinal);
    let trig = &s[t.start..t.end];
    let damma = trig.chars().skip_while(|c| matches!(c, 'و' | 'ف')).nth(1) == Some('\u{064F}');
    next_is_number || damma
}

/// An agentless passive with no vowel or number to mark it ("قتل جندي باكستاني في …", "اعتقل
/// الناشط أمس", "قتل مدنيان جراء القصف"): the verb (a perfect, with no object pronoun) is
/// directly followed by people named by a group noun or a nationality (not a body such as
/// الجيش or الشرطة), and what follows them is no object but a preposition, a place or time
/// word, a glued بـ, another event verb with و ("وأصيب آخرون") or the end of the sentence. An
/// active verb-first sentence names its object there: "قتل مسلحون جنديا".
fn victim_passive(
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
fn preverbal_victim<'a>(
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
fn masdar_subject_object(a: &Analysis, t: &TriggerMention, after: &[&EntityMention]) -> bool {
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

/// A verb form with no prefix of the imperfect or the future (ي ت ن س) after a glued و or ف:
/// the perfect ("قتل", "وأيد"), which tells what was done.
fn perfect_form(w: &str) -> bool {
    !w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with(['ي', 'ت', 'ن', 'س'])
}

/// "قد" with at most a glued و or ف: before an imperfect "may", before a perfect a stress of the past.
fn is_qad(w: &str) -> bool {
    matches!(w, "قد" | "وقد" | "فقد")
}

/// A verb form (a glued و or ف already stripped) with an imperfect's prefix ي ت ن that is not a
/// perfect beginning with ت (`perfect_of_form_v`: "تظاهرت"; `QAD_PERFECTS_IN_TA`): the test
/// after "قد" and of `own_future_time` (looser than `imperfect_shape`, which also reads nouns
/// away). A perfect in ن ("نفذ") is told apart by `perfect_in_nun` where it matters.
fn imperfect_prefixed(w: &str) -> bool {
    w.starts_with(['ي', 'ت', 'ن']) && !perfect_of_form_v(w) && !QAD_PERFECTS_IN_TA.contains(&w)
}

/// The word `w` after "قد" at word `q` is a perfect told as past, not "may" (status36): "قد"
/// follows a past form of كان (`auxiliary_before`) or `w` is a perfect in ن (`perfect_in_nun`); not
/// after an imperfect of كان (`SUPPOSITION_AUXILIARIES`), "أن يكون قد نفذ" being supposed.
fn qad_past(a: &Analysis, q: usize, w: &str) -> bool {
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
fn perfect_in_nun(w: &str) -> bool {
    let letters = w.chars().count();
    w.starts_with('ن')
        && (letters == 3
            || w.chars().nth(1) == Some('ا')
            || (letters >= 4 && (w.ends_with('ت') || w.ends_with("تا") || w.ends_with("وا"))))
}

/// A perfect verb of the patterns تفعّل/تفاعل with its subject's ending ("تظاهرت", "تعرضوا"): it
/// begins with ت like an imperfect, so "فقد تظاهرت النساء" would otherwise read as "may".
fn perfect_of_form_v(w: &str) -> bool {
    w.starts_with('ت') && w.chars().count() >= 5 && (w.ends_with('ت') || w.ends_with("وا"))
}

/// The trigger names what an act resulted in: a verb of result stands at most 8 words before it
/// in its clause, with only attacks named between ("ما أدى إلى مقتل 5 مدنيين وتدمير منازل").
fn after_result_verb(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn prison_in(a: &Analysis, t: &TriggerMention, reach: usize) -> bool {
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
fn agent_in_own_phrase<'a>(
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
fn agent_after<'a>(a: &'a Analysis, lex: &Lexicon, ac: &CueMention) -> Option<&'a EntityMention> {
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
fn agent_phrase_party(a: &Analysis, lex: &Lexicon, t: &TriggerMention, r: &EntityMention, after_limit: usize) -> bool {
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
enum Construction<'a> {
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
fn clash_after_time(a: &Analysis, rule: &ahdath_lexicon::Trigger, read_pattern: Pattern, t: &TriggerMention) -> bool {
    read_pattern == Pattern::Noun
        && rule.id.starts_with("assault.clash")
        && t.w0 > 0
        && CLASH_AFTER_WORDS.contains(&unconj(a.word(t.w0 - 1)))
}

/// (fatal9) The sentence tells a violent act as a new one: its act nouns (ASSAULT triggers read as
/// nouns, by the rule's pattern or as a verb form after a cause head of `TOLL_CAUSE_HEADS` or a
/// glued «ب»: "في قصف", "بقصف"; not a casualty word, "مقتل", nor a destroy noun, "وتدمير 3
/// آليات") are all indefinite (no article, no demonstrative before, no possessive ending of
/// `TOLL_DEFINITE_ENDINGS`, no definite word after it in construct: "غارات التحالف"), and there is
/// one. An indefinite noun brings in an act not told before ("قتل 9 متمردين في غارة جوية على
/// الحي"); a sentence that retells an act names it definite somewhere ("جراء هذه الغارات").
fn new_act_told(a: &Analysis, lex: &Lexicon) -> bool {
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

/// (fatal10) The places sentence `a` names below a country, for `Candidate::toll_places`: each
/// mention (not a country word, not part of an office title: "مدير الصحة في محافظة عدن" speaks
/// for a hospital, not of a place of the act; nor a hospital's place, `TOLL_CARE_WORDS`) as the (country, first-level division) of its
/// gazetteer readings that are no country.
fn toll_places_of(a: &Analysis, lex: &Lexicon) -> Vec<Vec<(String, Option<String>)>> {
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
fn toll_placed_apart(here: &Place, named: &[Vec<(String, Option<String>)>]) -> bool {
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

/// The word without a glued و or ف.
fn unconj(w: &str) -> &str {
    w.strip_prefix(['و', 'ف']).unwrap_or(w)
}

/// The types told by statements, demands, deals and aid, which the text rarely places: a place
/// name near them usually belongs to what they are about (read by the place step and by a body's
/// town, `geocode::body_town`).
fn statement_type(event_type: &str) -> bool {
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
fn coordinated_object(a: &Analysis, rule_pattern: Pattern, t: &TriggerMention, b: Option<&EntityMention>) -> bool {
    coordinated_verb(a, rule_pattern, t)
        && b.is_some_and(|b| b.w1 + 1 == t.w0 && b.w0 >= 2 && !b.conj && !matches!(b.prep.as_deref(), Some("ل" | "ب")))
}

/// The first word of the report in sentence `s`, the first of its text, past a dateline with a
/// bracketed agency or a dash ("نيويورك (الأمم المتحدة) (ا ف ب) - رحب مجلس الأمن …": «رحب»,
/// `geocode::dateline_shape`); 0 when it opens with no dateline.
fn report_start(a: &Analysis, s: &str) -> usize {
    match geocode::dateline_shape(s, 2) {
        Some(d) if d.firm => a.words.iter().take_while(|w| a.key.orig_byte_range(w.0..w.1).start < d.body).count(),
        _ => 0,
    }
}

/// Verb trigger `t` carries a glued و and no attached pronoun: a verb coordinated with the
/// clause before it (`coordinated_object`, `coordinated_verb_object`).
fn coordinated_verb(a: &Analysis, rule_pattern: Pattern, t: &TriggerMention) -> bool {
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
fn coordinated_verb_object(
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
fn addressee_party(a: &Analysis, t: &TriggerMention, verb: bool, e: &EntityMention) -> bool {
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
fn addressee_clause_subject<'a>(
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
fn prep_genitive<'s>(a: &'s Analysis, t: &TriggerMention, e: &EntityMention) -> Option<(usize, &'s str)> {
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
fn accuser_after_min<'a>(
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
fn asked_after_min<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn construction_roles<'a>(
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
        if pattern == Pattern::Noun && !w0.starts_with('ب') && !t.purpose {
            let q = light(&|w| LAUNCH_FORMS.contains(&w), 5, t.w0);
            if let Some(d) = q.and_then(|q| plain_between(a, q, t.w0)) {
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
fn protest_target(a: &Analysis, e: &EntityMention) -> Option<usize> {
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
fn veto_word_as_object(a: &Analysis, c: &CueMention, id: &str) -> bool {
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
fn launch_with_pronoun(w: &str) -> bool {
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
fn own_subject_after_complementizer(a: &Analysis, s: &str, from: usize, t: &TriggerMention) -> bool {
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
fn comma_closed_subject(a: &Analysis, pattern: Pattern, t: &TriggerMention, e: &EntityMention) -> bool {
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
fn comma_cut_subject(a: &Analysis, t: &TriggerMention, e: &EntityMention, forms: &dyn Fn(&str) -> bool) -> bool {
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
    let plain = |lo: usize, hi: usize| {
        (lo..hi).all(|i| !COMPLEMENTIZERS.contains(&a.word(i)) && !a.triggers.iter().any(|x| x.w0 <= i && i <= x.w1))
            && !a.entities.iter().any(|x| x.w0 != e.w0 && x.w1 >= lo && x.w0 < hi)
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
    let starts = |o: usize| o == t.w0 || (o + 1 == t.w0 && statement_noun(a.word(o)) && !brk(t.w0));
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

/// The trigger form ends with a preposition that introduces its object ("القبض على").
fn ends_with_prep(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0 && matches!(a.word(t.w1), "علي" | "الي" | "مع" | "ضد" | "عن" | "بين" | "لدي")
}

fn is_source(a: &Analysis, e: &EntityMention) -> bool {
    let w = a.word(e.w0);
    let w = w.strip_prefix('و').unwrap_or(w);
    SOURCE_WORDS.contains(&w)
}

/// A source noun (a newspaper, a network, a report) that is the subject of a speech act: right
/// after the verb ("اتهمت صحف أوروبية الحكومة", "استنكرت الشبكة العربية اعتقال"), or right before
/// it ("صحيفة بريطانية تنتقد"), with no preposition and no clause break. It accuses or demands
/// itself; it does not merely report what another party said.
fn source_subject(a: &Analysis, t: &TriggerMention, e: &EntityMention) -> bool {
    e.prep.is_none()
        && !e.weak
        && (e.w0 == t.w1 + 1 || e.w1 + 1 == t.w0)
        && !a.break_between(e.w1.min(t.w1), e.w0.max(t.w0))
}

/// The trigger itself begins with the passive auxiliary تمّ or جرى ("تم توقيف", "وتم القبض",
/// "جرى ترحيل"): an impersonal passive, whose subject is not the entity before it.
/// (Not after a relative pronoun or "من": "الأشخاص الذين تم توقيفهم" is read by the relative
/// clause rule.)
fn impersonal_trigger(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0
        && matches!(unconj(a.word(t.w0)), "تم" | "يتم" | "سيتم" | "جري" | "يجري")
        && (t.w0 == 0 || !(RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) || matches!(a.word(t.w0 - 1), "من" | "ومن")))
}

/// "نفى السفير البنغلاديشي لدى المملكة", "مندوبها لدى الأمم المتحدة", "بذل مساعيه لدى أنقرة": an
/// entity right after لدى, with a posting or effort noun (`POSTING_HEADS`) among the four words
/// before it in the same clause, names where an envoy is posted or whom an effort addresses. It
/// is never a party of the clause's act; the envoy or office belongs to its own country.
/// Returns the word index of the posting noun.
fn posted_to(a: &Analysis, e: &EntityMention) -> Option<usize> {
    if e.prep.as_deref() != Some("لدي") || e.w0 < 2 {
        return None;
    }
    (e.w0.saturating_sub(5)..e.w0 - 1).rev().find(|&i| in_list!(&POSTING_HEADS, a.word(i)) && !a.break_between(i, e.w0))
}

/// The words that call a sentence's casualty toll preliminary, for the dedup (dedup34): a toll
/// noun (`TOLL_NOUNS`, «حصيلة») and an adjective (`PRELIMINARY_WORDS`, «أولية», «مبدئية»), both
/// as match keys. The coder itself does not read them.
pub fn preliminary_toll_words() -> (&'static [&'static str], &'static [&'static str]) {
    (&TOLL_NOUNS, &PRELIMINARY_WORDS)
}

/// The names of the days of the week as match keys (`WEEKDAY_NAMES`, Saturday first), for the
/// dedup's bound in time of an undated report (dedup37).
pub fn weekday_names() -> &'static [&'static str] {
    &WEEKDAY_NAMES
}

impl Coder {
    /// A coder over a compiled lexicon.
    pub fn new(lex: Lexicon) -> Coder {
        let admin_index = geocode::AdminIndex::new(&lex);
        let rule_first = lex
            .triggers
            .iter()
            .map(|r| RuleFirstWords {
                needs: FirstWords::of(&r.needs),
                unless_next: FirstWords::of(&r.unless_next),
                needs_near: FirstWords::of(&r.needs_near),
                unless_near: FirstWords::of(&r.unless_near),
            })
            .collect();
        let org_anaphor_words = lex
            .actors
            .iter()
            .filter(|a| a.id == "ana.org")
            .flat_map(|a| a.forms.iter())
            .map(|f| ahdath_text::norm::normalize_key(f))
            .filter(|f| !f.contains(' '))
            .collect();
        let negation_gaps =
            lex.cues.iter().filter(|c| c.kind == CueKind::Negation).flat_map(|c| c.gaps.iter().cloned()).collect();
        let imperfect_stems = lex.triggers.iter().map(|r| imperfect_stems(&r.forms).collect()).collect();
        let victim_ids = lex.actors.iter().filter(|a| a.victim).map(|a| a.id.clone()).collect();
        Coder {
            lex,
            precision_filters: true,
            admin_index,
            rule_first,
            org_anaphor_words,
            negation_gaps,
            imperfect_stems,
            victim_ids,
        }
    }

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

    /// Turn off the filters that drop weakly supported mentions (a speech act with nobody
    /// speaking, an event noun with no party, place, casualty or date). Used to test that every
    /// trigger rule fires on its own examples independently of those filters.
    pub fn without_precision_filters(mut self) -> Coder {
        self.precision_filters = false;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Code one article into event records, in order of first mention.
    pub fn code(&self, article: &Article) -> Vec<EventRecord> {
        self.code_article(article, None)
    }

    /// [`Coder::code`], handing `words` the article's match-key words (those of
    /// `ahdath_text::normalize_key_words` of the title, then of the text) in text order, taken
    /// from the sentences' own folds, with the records the call returns, so that a caller (the
    /// full-text document, the records' sentence words) need not fold the article again.
    pub fn code_with_words(
        &self,
        article: &Article,
        words: &mut dyn FnMut(&ArticleWords, &[EventRecord]),
    ) -> Vec<EventRecord> {
        self.code_article(article, Some(words))
    }

    fn code_article(&self, article: &Article, words: Option<WordsFn>) -> Vec<EventRecord> {
        let published = article.published.as_deref().and_then(dates::parse_published);
        let mut fields: Vec<(Field, &str)> = Vec::new();
        if let Some(t) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
            fields.push((Field::Title, t));
        }
        fields.push((Field::Text, article.text.as_str()));

        // Each field's sentences are split first, so that `analyses` (rows of a few hundred
        // bytes) is allocated once at its full size instead of growing by copies (speed51).
        let field_spans: Vec<Vec<ahdath_text::SentenceSpan>> =
            fields.iter().map(|&(_, text)| ahdath_text::split_sentences(text)).collect();
        let mut analyses: Vec<SentenceRow> = Vec::with_capacity(field_spans.iter().map(Vec::len).sum());
        let mut country_votes: HashMap<String, u32> = HashMap::new();
        // The countries of each small homonym's rows, its default row's first, and its weight.
        let mut homonym_votes: Vec<(Vec<String>, u32)> = Vec::new();
        // Where the article's words are, in text order, when `words` asks for them.
        let mut pieces: Vec<WordPiece> = Vec::new();
        for (&(field, text), spans) in fields.iter().zip(field_spans) {
            // Headlines under "اقرأ أيضًا" are the site's other stories: not coded.
            let links = ahdath_text::related_link_blocks(text);
            let mut done = 0usize;
            for span in spans {
                if words.is_some() {
                    push_gap(&mut pieces, text, done, span.start);
                    done = done.max(span.end);
                }
                if links.iter().any(|b| b.contains(&span.start)) {
                    if words.is_some() {
                        pieces.push(WordPiece::Fold(text, span.start, span.end));
                    }
                    continue;
                }
                if words.is_some() {
                    pieces.push(WordPiece::Row(analyses.len()));
                }
                let s = &text[span.start..span.end];
                let a = Analysis::new(s, &self.lex);
                let fathers = a.patronyms.iter().map(|&x| (self.lex.actors[x as usize].country.clone(), 0));
                for (country, appositions) in
                    a.entities.iter().map(|e| (self.entity_country(e), e.appositions)).chain(fathers)
                {
                    if let Some(c) = country {
                        if c.len() == 3
                            && c.chars().all(|ch| ch.is_ascii_uppercase())
                            && !geocode::is_non_state_code(&c)
                        {
                            *country_votes.entry(c).or_default() += 1 + appositions;
                        }
                    }
                }
                for p in &a.places {
                    // A village's name says little about the country (the same names recur).
                    if self.best_place(p, None).is_some_and(|pl| pl.feature == "village") {
                        continue;
                    }
                    // Nor does a gathering's venue ("بعد محادثات جنيف"): it says where others met.
                    if sentence::is_construct_venue(&a, p) {
                        continue;
                    }
                    // Nor a name that large places of two countries share ("طرابلس" in Libya and
                    // Lebanon): its default row would outvote the article's own parties.
                    if geocode::shared_by_countries(&self.lex, p) {
                        continue;
                    }
                    // Nor a division named by a descriptive word ("بالشرقية": Egypt's Sharqia or
                    // Saudi Arabia's Eastern Province), which several states have (places80).
                    if geocode::descriptive_division(&a, p) {
                        continue;
                    }
                    // Nor a place flown over ("فوق سوريا"): foreign aircraft fly there (places83).
                    if sentence::after_airspace_head(&a, p) {
                        continue;
                    }
                    let weight = if sentence::names_capital(&a, p) { 1 } else { 2 };
                    // A small place whose name places of other countries bear too ("أريحا":
                    // Jericho, or Syria's Ariha) votes once the article's other names have
                    // voted, for its row in their country (places105).
                    if let Some(countries) = geocode::small_homonym_countries(&self.lex, p) {
                        homonym_votes.push((countries, weight));
                        continue;
                    }
                    if let Some(c) = self.place_country(p, None) {
                        *country_votes.entry(c).or_default() += weight;
                    }
                }
                analyses.push((field, span, a, s));
            }
            if words.is_some() {
                push_gap(&mut pieces, text, done, text.len());
            }
        }
        // An opinion column, a memoir or an essay (prec45): its act words are the writer's.
        if self.precision_filters && first_person_essay(article.text.as_str(), &analyses) {
            if let Some(f) = words {
                hand_out_words(&pieces, &analyses, &[], f);
            }
            return Vec::new();
        }
        // A long text with no source and no news day (prec53): a column, an essay or a feature
        // in the writer's own voice, whose statement records are dropped at the end.
        let unattributed = self.precision_filters && unattributed_essay(&analyses);
        // A person named in full and later by the surname alone right after a trigger (alias2):
        // each such sentence also has a copy with the surname read as that person.
        let alias_rows = self.surname_aliases(&analyses);
        // The actor the sentence gives without the alias, for each record whose doer is an alias.
        let mut alias_base: HashMap<String, Option<Entity>> = HashMap::new();
        // (places105) Each small homonym votes for the country among its rows' that the other
        // names voted for most (the first listed, its default row's first, on a tie), else for its
        // default row's.
        let homonym_choices: Vec<(String, u32)> = homonym_votes
            .into_iter()
            .map(|(countries, weight)| {
                let best = countries
                    .iter()
                    .filter_map(|c| country_votes.get(c).map(|&n| (c, n)))
                    // (`max_by_key` keeps the last of equal counts: reversed, the first, so a
                    // tie goes to the default row's country, listed first; fix63a.)
                    .rev()
                    .max_by_key(|&(_, n)| n)
                    .map_or_else(|| countries[0].clone(), |(c, _)| c.clone());
                (best, weight)
            })
            .collect();
        for (c, weight) in homonym_choices {
            *country_votes.entry(c).or_default() += weight;
        }
        let mut main_countries: Vec<(String, u32)> = country_votes.into_iter().collect();
        main_countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let main_country = main_countries.first().map(|c| c.0.clone());
        let ctx = ArticleCtx {
            article,
            last_org: std::cell::RefCell::new(None),
            several_ministers: std::cell::RefCell::new(None),
            last_pair: std::cell::RefCell::new(None),
            last_meeting: std::cell::RefCell::new(None),
            published,
            main_country,
            main_countries: main_countries.iter().map(|c| c.0.clone()).take(3).collect(),
            previous_dated_back: std::cell::Cell::new(false),
            narrative_after_dated_back: std::cell::Cell::new(false),
            told_on_after_dated_back: std::cell::Cell::new(false),
            sentence_before: std::cell::Cell::new(None),
            previous_air_doer_read: std::cell::Cell::new(None),
            rows: &analyses,
            tells_execution: std::cell::OnceCell::new(),
            tells_sport: std::cell::OnceCell::new(),
        };

        // (Room for a candidate a sentence: a `Candidate` is large, and growing the vector from
        // empty copied it at each doubling; speed51.)
        let mut cands: Vec<Candidate> = Vec::with_capacity(analyses.len());
        let mut topic: Option<Entity> = None;
        // Index of the first candidate of the last sentence that had triggers.
        let mut previous_first = 0;
        // The day of the statement the last sentences quote ("قال الوزير أمس إن …"), with its text,
        // while "وأضاف", "وأكد" sentences go on quoting it.
        let mut statement: Option<(String, String)> = None;
        // The statement's day was told by a sentence with no other date (`statement_day` the only
        // expression): the acts the next "وقال", "وأضاف" sentences report may then take it too.
        let mut statement_alone = false;
        // The sentence index and candidate range of the last sentence that had triggers.
        let mut last_events = (usize::MAX, 0, 0);
        // The sentences (field, start) that recall earlier words or acts (`RECALL_CUES`).
        let mut recalled: Vec<(Field, usize)> = Vec::new();
        // Every sentence in order, as `story_day` reads it.
        let mut story: Vec<StorySentence> = Vec::with_capacity(analyses.len());
        // (dedup42) The headline's acts that gave no candidate (a filter dropped them): the
        // type and the mention, to be told as a mention of the lead's record of that type.
        let mut dropped_titles: Vec<(&str, Mention)> = Vec::new();
        for (index, row) in analyses.iter().enumerate() {
            let (field, span, a, s) = row;
            let orgs_here: Vec<Entity> = a
                .entities
                .iter()
                .filter(|e| e.actors.iter().any(|&x| self.lex.actors[x as usize].kind == ActorKind::Org))
                .map(|e| self.entity(e, s, &ctx, None, None))
                // "the organisation" refers back to an armed group, party or movement, never to a
                // coalition, an army or an international body named after it (actors62).
                .filter(|o| o.sector.as_deref().is_some_and(|x| ORG_ANAPHOR_SECTORS.contains(&x)))
                .collect();
            // (actors110) The foreign ministers of several states (`off.fms`) the article names
            // first: the bare plural «الوزراء» after them refers back to them.
            if ctx.several_ministers.borrow().is_none() {
                if let Some(e) =
                    a.entities.iter().find(|e| e.actors.iter().any(|&x| self.lex.actors[x as usize].id == "off.fms"))
                {
                    let m = self.entity(e, s, &ctx, None, None);
                    *ctx.several_ministers.borrow_mut() = Some(m);
                }
            }
            let continues = continues_statement(a);
            if a.triggers.is_empty() {
                // (Dates are read here only in a dated article, for `statement_day` when the
                // sentence reports, and for `story_day` when one of the two sentences before has
                // triggers: a date here only matters to it as the end of a day told by those.)
                let reporting = a.any_word_of_class(sentence::STORY_CUE_WORD, reporting_verb);
                let near_events = story.iter().rev().take(2).any(|x| x.events);
                let dts = published.filter(|_| reporting || near_events).map(|_| a.numbers_and_dates(published).1);
                let reported = dts.as_ref().filter(|_| reporting).map(|dts| statement_day(a, s, dts, published));
                let dated = dts.as_ref().is_some_and(|dts| dts.iter().any(|d| !named_day(a, d) && !ibb(s, d)));
                let recall = a.any_word_of_class(sentence::STORY_CUE_WORD, recall_cue) || topic_shift(a);
                story.push(StorySentence {
                    field: *field,
                    start: span.start_cp,
                    dated,
                    recall,
                    events: false,
                    at_meeting: false,
                });
                let acts_before = &mut cands[last_events.1..last_events.2];
                let reported = reported.flatten();
                if reported.is_some() {
                    statement_alone = dts.as_ref().is_some_and(|d| d.len() == 1);
                }
                track_statement(
                    &mut statement,
                    reported,
                    continues,
                    last_events.0.wrapping_add(1) == index,
                    acts_before,
                );
                // No event here, but the sentence's first entity is what pronouns refer to (the
                // media are none: `media_actor`; they end the topic before them).
                if let Some(e) = a.entities.iter().find(|e| !e.weak && !is_source(a, e)) {
                    topic = Some(self.entity(e, s, &ctx, None, None)).filter(|x| !media_actor(x));
                }
                if let Some(o) = orgs_here.last() {
                    *ctx.last_org.borrow_mut() = Some(o.clone());
                }
                continue;
            }
            // Numbers and dates are read from the key the analysis already built (once per sentence).
            let (nums, dts) = a.numbers_and_dates(published);
            // "ثورة 25 يناير", "حركة 6 أبريل": a day named in a proper name dates nothing.
            let mut dts: Vec<DateMatch> = dts
                .iter()
                .filter(|d| {
                    !named_day(a, d) && !event_named_day(a, d, published) && !ibb(s, d) && !days_before_event(a, d)
                })
                .copied()
                .collect();
            // "وفي اليوم نفسه قتل جندي": the phrase names the day of the date told just before.
            if let Some(p) = period_anaphor(a) {
                let start = a.key.orig_byte(a.words[p.w0].0);
                let end = a.key.orig_byte_range(a.words[p.w1].0..a.words[p.w1].1).end;
                // (The key drops a closing quote or bracket the range may end on.)
                let end = start + s[start..end].trim_end_matches(|c: char| !c.is_alphabetic()).len();
                let back = (0..index).rev().take(4).filter(|&j| analyses[j].0 == *field).map(|j| {
                    let (_, b) = analyses[j].2.numbers_and_dates(published);
                    b.iter()
                        .filter(|d| !named_day(&analyses[j].2, d) && !ibb(analyses[j].3, d))
                        .copied()
                        .collect::<Vec<_>>()
                });
                // ("في نفس اليوم (الخميس)": a day named right after the phrase is that day, and
                // picks the earlier date of its weekday.)
                let right_after = |x: &DateMatch| x.start >= end && s[end..x.start].trim_matches([' ', '(']).is_empty();
                let named = dts.iter().find(|x| right_after(x)).copied();
                // "في السادس من الشهر نفسه": a day number before "من" names that day of the month.
                let day_of = day_of_month_before(a, s, &p);
                let found = period_of_antecedent(&dts, start, back, &p, named, published);
                let found = match day_of {
                    Some((day, from)) => found.and_then(|m| Some((day_in_month(m, day, published)?, from))),
                    None => found.map(|m| (m, start)),
                };
                if let Some((d, start)) = found {
                    // ("نفس اليوم (": "اليوم" read alone as today is part of the phrase.)
                    dts.retain(|x| !right_after(x) && (x.end <= start || x.start >= end));
                    dts.push(DateMatch { start, end, ..d });
                    dts.sort_by_key(|x| x.start);
                } else if p.demonstrative {
                    // "وفي ذلك اليوم" with no date before: "اليوم" is that day, not today.
                    dts.retain(|x| x.end <= start || x.start >= end);
                }
            }
            let inherited = if dts.is_empty() && continues { statement.clone() } else { None };
            let inherited_alone = statement_alone;
            let acts_before = &mut cands[last_events.1..last_events.2];
            let day = statement_day(a, s, &dts, published);
            if day.is_some() {
                statement_alone = dts.len() == 1;
            }
            track_statement(&mut statement, day, continues, last_events.0.wrapping_add(1) == index, acts_before);
            // (Read only for an undated pluperfect sentence, the one that can use it: the dates
            // of the sentence before are parsed again only then.)
            let previous_dated_back = dts.is_empty()
                && pluperfect_sentence(a)
                && index.checked_sub(1).is_some_and(|j| sentence_dated_back(&analyses[j].2, analyses[j].3, published));
            ctx.previous_dated_back.set(previous_dated_back);
            // Whether the sentence before, of the same field, tells a time long ago
            // (`sentence_told_long_ago`, with its `anywhere`).
            let previous_told_long_ago = |anywhere: bool| {
                index.checked_sub(1).is_some_and(|j| {
                    analyses[j].0 == *field
                        && sentence_told_long_ago(&analyses[j].2, analyses[j].3, published, anywhere)
                })
            };
            // (Read only for an undated sentence opening on a glued "و" that is no pluperfect: the
            // one `narrative_deed_opening` can make background.)
            let narrative_after_dated_back =
                dts.is_empty() && a.word(0).starts_with('و') && !pluperfect_opening(a) && previous_told_long_ago(false);
            ctx.narrative_after_dated_back.set(narrative_after_dated_back);
            // (Read only for an undated sentence opening on a time phrase that points back; the
            // sentence before is asked first, as few sentences follow an old-dated one.)
            let told_on_after_dated_back =
                dts.is_empty() && previous_told_long_ago(true) && told_on_time_opening(a, published);
            ctx.told_on_after_dated_back.set(told_on_after_dated_back);
            // (A sentence that opens on a link word or a glued و may go on telling the act of the
            // sentence before it, with its doer: that sentence's last clause is read only then,
            // and only when an attack verb asks (`ArticleCtx::previous_air_doer`, speed35).)
            ctx.sentence_before.set(
                (index > 0 && analyses[index - 1].0 == *field && opens_on_carried_doer(a))
                    .then(|| &analyses[index - 1].2),
            );
            ctx.previous_air_doer_read.set(None);
            let sentence_first = cands.len();
            let earlier_first = std::mem::replace(&mut previous_first, sentence_first);
            let recall = a.any_word_of_class(sentence::STORY_CUE_WORD, recall_cue);
            if recall {
                recalled.push((*field, span.start_cp));
            }
            let recall = recall || topic_shift(a);
            story.push(StorySentence {
                field: *field,
                start: span.start_cp,
                dated: !dts.is_empty(),
                recall,
                events: true,
                at_meeting: dts.is_empty() && published.is_some() && told_at_meeting(a),
            });
            for (ti, t) in a.triggers.iter().enumerate() {
                // The surname right after the trigger is a party only as its doer: the subject of
                // the verb or the genitive of the noun. Read any other way (an object, or a
                // speaker lent to reported acts, which the copy is never used for), the sentence
                // is coded as it stands.
                let aliased = alias_rows[index].iter().find(|(i, _)| *i == t.w1 + 1).and_then(|(i, r)| {
                    let e = r.2.entities.iter().find(|e| e.w0 == *i)?;
                    let text = entity_text(e, s);
                    let c = self.candidate(&ctx, r, ti, t, nums, &dts, &topic)?;
                    let is_alias =
                        |x: &Option<Entity>| x.as_ref().and_then(|x| x.text.as_deref()) == Some(text.as_str());
                    (is_alias(&c.rec.actor) && !is_alias(&c.rec.recipient)).then_some(c)
                });
                let plain = self.candidate(&ctx, row, ti, t, nums, &dts, &topic);
                // (Nor is the alias the topic later sentences lend their doerless acts: the topic
                // stays what the sentence read without it gives.)
                if let Some(c) = &aliased {
                    alias_base.insert(c.rec.id.clone(), plain.as_ref().and_then(|p| p.rec.actor.clone()));
                }
                if *field == Field::Title && aliased.is_none() && plain.is_none() {
                    let cp = |b: usize| span.start_cp + s[..b].chars().count();
                    let m = Mention {
                        field: Field::Title,
                        start: span.start_cp,
                        end: span.end_cp,
                        trigger_start: cp(t.start),
                        trigger_end: cp(t.end),
                    };
                    dropped_titles.push((self.lex.triggers[t.rule as usize].event_type.as_str(), m));
                }
                if let Some(c) = aliased.or(plain) {
                    // SPEC §4: a prison sentence is SANCTION convict and also COERCE arrest. (A
                    // verdict's penalty may stand further on: `checks: verdict`, tidy63.)
                    let reach = if self.lex.triggers[t.rule as usize].has(Check::Verdict) { 8 } else { 3 };
                    if c.rec.event_type == "SANCTION"
                        && c.rec.mode.as_deref() == Some("convict")
                        && prison_in(a, t, reach)
                    {
                        let mut e = c.clone();
                        e.rec.id = format!("{}-arrest", c.rec.id);
                        e.rec.event_type = "COERCE".into();
                        e.rec.mode = Some("arrest".into());
                        e.anaphoric = false;
                        e.construct = false;
                        cands.push(e);
                    }
                    // "تظاهرات في حلب وحمص ودرعا": one event per coordinated place.
                    let extra = self.coordinated_places(a, s, &c, &ctx.main_countries);
                    // The copies are made before `c` moves in (most events have none: no clone).
                    let copies: Vec<Candidate> = extra
                        .into_iter()
                        .enumerate()
                        .map(|(k, place)| {
                            let mut e = c.clone();
                            e.rec.id = format!("{}-{}", c.rec.id, k + 2);
                            e.rec.location = Some(place);
                            // The toll was reported once for all places; it is not repeated.
                            e.rec.fatalities = None;
                            e.rec.injuries = None;
                            e
                        })
                        .collect();
                    if matches!(c.rec.event_type.as_str(), "AGREE" | "CONSULT" | "COOPERATE") {
                        if let (Some(x), Some(r)) = (&c.rec.actor, &c.rec.recipient) {
                            *ctx.last_pair.borrow_mut() = Some((x.clone(), r.clone()));
                            if c.rec.event_type == "CONSULT" {
                                *ctx.last_meeting.borrow_mut() =
                                    Some((x.clone(), r.clone(), c.rec.evidence.field, c.rec.evidence.start));
                            }
                        }
                    }
                    cands.push(c);
                    cands.extend(copies);
                }
            }
            // "وأضاف أن الحركة تدين …": what a statement goes on to say is dated by the day the
            // sentences before gave the statement (data/gold/README.md, "Inherited dates").
            if let Some(d) = &inherited {
                date_inherited_acts(&mut cands[sentence_first..], d, inherited_alone);
            }
            // "أدان الوزير أمس الهجوم": a statement's act dated by a recent day dates the statement too.
            if statement.is_none() {
                statement_alone = false;
                statement = cands[sentence_first..]
                    .iter()
                    .map(|c| &c.rec)
                    .find(|r| {
                        STATEMENT_TYPES.contains(&r.event_type.as_str())
                            && r.date_basis == Some(DateBasis::Text)
                            && r.date_precision == DatePrecision::Day
                            && r.date
                                .as_deref()
                                .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
                                .zip(published)
                                .is_some_and(|(d, p)| in_last_week(d, p))
                    })
                    .and_then(|r| Some((r.date.clone()?, r.date_text.clone()?)));
            }
            // "بواقع 118 في حلب و37 في دمشق": a toll split by place is one killing per place.
            let shares = toll_shares(a, nums, &dts);
            if !shares.is_empty() {
                self.split_toll(&ctx, row, &shares, &mut cands, sentence_first);
            }
            // "قضت المحكمة بحبس …", "قررت النيابة حبس …": a verbal noun governed by the
            // event verb just before it has that verb's subject as its doer.
            for i in sentence_first + 1..cands.len() {
                // (actors96: not an act a motive or protest word names, "تظاهروا للتنديد باعتقال".)
                if cands[i].rec.actor.is_some() || cands[i].motive_act {
                    continue;
                }
                let noun = cands[i].rec.trigger.starts_with('ب') || cands[i].rec.trigger.starts_with("وب");
                if !noun {
                    continue;
                }
                let start = cands[i].rec.evidence.trigger_start;
                let governor = cands[sentence_first..i]
                    .iter()
                    .rev()
                    .find(|o| o.rec.evidence.trigger_end <= start && start - o.rec.evidence.trigger_end <= 60)
                    .filter(|o| o.rec.evidence.trigger_start != start)
                    // ("نددت المنظمة باعتقال الصحفيين": a stance verb does not govern its object's doer.)
                    .filter(|o| !stance_rule(&o.rec.rule, &cands[i].rec.event_type))
                    // (Nor a visit noun: "في زيارة محاطة بإجراءات أمنية" is not the visitor's act.)
                    .filter(|o| o.verb || o.rec.mode.as_deref() != Some("visit"))
                    .and_then(|o| match (&o.rec.actor, &o.rec.recipient) {
                        // (actors130) "نفت الوزارة الاتهامات الموجهة إليها بقصف السوق": an
                        // accusation noun lends the one it names accused, its recipient, as the
                        // doer of what it charges; (actors131) whether or not it names its
                        // accuser ("الاتهامات التي وجهتها منظمة حقوقية إليها بقصف …").
                        (_, Some(r)) if o.rec.event_type == "ACCUSE" && !o.verb => {
                            Some((r.clone(), Some(entity_key(r)), false))
                        }
                        (Some(x), _) => Some((x.clone(), o.actor_key.clone(), o.topic_actor)),
                        _ => None,
                    });
                if let Some((actor, key, lent)) = governor {
                    cands[i].rec.actor = Some(actor);
                    cands[i].actor_key = key;
                    cands[i].topic_actor = lent;
                }
            }
            // (actors93) "سيطرت القوات على البلدة بعد معارك مع المسلحين": a clash after a word of
            // "after" or "during" (`clash_after_time`) with no doer is fought by the doer of the
            // seizure or storming right before it (`TAKEOVER_RULES`), its nearest act in the
            // sentence; not a doer lent by the topic, nor the clash's own other side.
            for i in sentence_first + 1..cands.len() {
                if !cands[i].clash_after_time || cands[i].rec.actor.is_some() {
                    continue;
                }
                let start = cands[i].rec.evidence.trigger_start;
                let lent = cands[sentence_first..i]
                    .iter()
                    .filter(|o| o.rec.evidence.trigger_end <= start)
                    .max_by_key(|o| o.rec.evidence.trigger_end)
                    .filter(|o| TAKEOVER_RULES.iter().any(|r| o.rec.rule.starts_with(r)))
                    .filter(|o| o.rec.actor.is_some() && !o.topic_actor)
                    .filter(|o| o.actor_key.is_none() || o.actor_key != cands[i].recipient_key)
                    .filter(|o| {
                        o.rec.actor.as_ref().map(|e| e.text.as_deref())
                            != cands[i].rec.recipient.as_ref().map(|e| e.text.as_deref())
                    })
                    .map(|o| o.rec.actor.clone());
                // (The lent doer is no party the clash names itself: its `actor_key` stays empty,
                // so the clash merges as it did with no doer, and another mention's reading of
                // the fighting is not kept apart from it by a guess from the clause before.)
                if let Some(actor) = lent {
                    cands[i].rec.actor = actor;
                }
            }
            // (actors98) "تظاهر المئات احتجاجا على قصف الجيش للقرى", "خرجت مسيرة للتنديد بالغارات
            // التي يشنها الجيش": a protest that names no target of its own is aimed at the doer of
            // the act it protests (`protested_act_doer`).
            for i in sentence_first..cands.len() {
                if cands[i].rec.event_type != "PROTEST" || cands[i].rec.recipient.is_some() {
                    continue;
                }
                if let Some(j) = protested_act_doer(&cands[sentence_first..], i - sentence_first) {
                    let (doer, key) = {
                        let o = &cands[sentence_first + j];
                        (o.rec.actor.clone(), o.actor_key.clone())
                    };
                    cands[i].rec.recipient = doer;
                    cands[i].recipient_key = key;
                }
            }
            // "قضت المحكمة بحبس أربعة ناشطين", "وافقت المحكمة على الإفراج عن المعتقلين": the
            // patient of a verbal noun governed by a ruling, concession or consent verb just
            // before it is that verb's recipient too. (Not of other verbs: whom "طالب بالإفراج
            // عن" addresses is not the detainee, "اتفق البلدان على محاكمة المتهمين" is agreed
            // between the two, and the house raided in "عند سيطرتهم على المدينة باقتحام منزل"
            // is not what was seized.)
            for i in sentence_first..cands.len() {
                let c = &cands[i];
                if c.rec.recipient.is_some()
                    || !c.verb
                    || c.rec.actor.is_none()
                    || !(matches!(c.rec.event_type.as_str(), "SANCTION" | "CONCEDE" | "RETREAT")
                        || c.rec.rule == "agree.accept.verb")
                {
                    continue;
                }
                let patient = cands[i + 1..]
                    .iter()
                    .find(|o| o.rec.evidence.trigger_start >= c.rec.evidence.trigger_end)
                    .filter(|o| governed_complement(c, o))
                    .and_then(|o| o.rec.recipient.clone().map(|r| (r, o.recipient_key.clone())));
                if let Some((r, key)) = patient {
                    cands[i].rec.recipient = Some(r);
                    cands[i].recipient_key = key;
                }
            }
            // "زار الوزير الخرطوم والتقى الرئيس السوداني": a verb joined by "و" to the verb
            // before it shares its subject; the first verb's object, the nearest entity before
            // the second verb, is not the second one's doer.
            for i in sentence_first + 1..cands.len() {
                let (prev, cur) = (&cands[i - 1], &cands[i]);
                let joined = cur.rec.trigger.starts_with('و')
                    && cur.verb
                    && prev.verb
                    && cur.rec.evidence.trigger_start > prev.rec.evidence.trigger_end;
                let text = |e: &Option<Entity>| e.as_ref().map(|e| e.text.clone());
                if joined
                    && prev.rec.actor.is_some()
                    && cur.rec.actor.is_some()
                    && text(&cur.rec.actor) == text(&prev.rec.recipient)
                {
                    let (actor, key) = (prev.rec.actor.clone(), prev.actor_key.clone());
                    cands[i].topic_actor = prev.topic_actor;
                    cands[i].rec.actor = actor;
                    cands[i].actor_key = key;
                }
            }
            // "استهدف هجوم مسجدا وأسفر عن سقوط ضحايا", "شنت المقاتلات غارات … وأدت الغارات إلى
            // تدمير مدفعية": an outcome folds into the attack told before it, in this sentence or
            // the one before.
            // (Not into one of the sentence before when this sentence opens on a time counted from
            // it, status63: "وقبل عامين من ذلك، أسفر هجوم … عن سقوط 29 قتيلا" is another attack.)
            let mut i = sentence_first;
            while i < cands.len() {
                let from = if cands[i].told_on { sentence_first } else { earlier_first };
                let attack = cands[from..i]
                    .iter()
                    .rposition(|o| o.rec.event_type == "ASSAULT" && !o.outcome && o.rec.status == cands[i].rec.status);
                match attack {
                    Some(j) if cands[i].outcome => {
                        let outcome = cands.remove(i);
                        fill_gaps(&mut cands[from + j], &outcome);
                    }
                    _ => i += 1,
                }
            }
            // SPEC §4: a condemnation's recipient is the attacker when named ("أدانت الوزارة الهجوم
            // الذي شنه مسلحون"): the doer of the act condemned right after it.
            // So is the recipient of a welcome, a praise, a backing or a refusal of an act noun
            // ("رحب الوزير بزيارة الرئيس الفرنسي", "رفضت الحكومة اتهامات الوزير"): the party whose
            // act it reacts to (`REACTION_RULES`), not of an agreement or a cooperation the
            // subject may take part in, nor of a sanction or a boycott, whose genitive is mostly
            // its target ("ترفض مقاطعة إسرائيل"). The act must be the object itself, next to the trigger
            // or past its subject (`object_next`): not "رفض الحزب بعد يومين من دعوة الرئيس".
            for i in sentence_first..cands.len() {
                let accuse = cands[i].rec.event_type == "ACCUSE";
                if !(accuse || REACTION_RULES.contains(&cands[i].rec.rule.as_str())) || cands[i].rec.recipient.is_some()
                {
                    continue;
                }
                let end = cands[i].rec.evidence.trigger_end;
                // (Not the condemner itself, the subject of a verb joined to the condemnation:
                // "أدانت روسيا الضربة واعتبرتها انتهاكا".)
                let doer = cands[i + 1..]
                    .iter()
                    .find(|o| o.rec.evidence.trigger_start >= end && o.rec.evidence.trigger_start <= end + 30)
                    .filter(|o| !(o.verb && finite_after_wa(&o.rec.trigger)))
                    .filter(|o| {
                        accuse
                            || !(o.verb
                                || matches!(o.rec.event_type.as_str(), "AGREE" | "COOPERATE" | "SANCTION")
                                || o.rec.mode.as_deref() == Some("boycott"))
                    })
                    .filter(|o| accuse || (doer_in_phrase(&o.rec) && object_next(a, s, &cands[i].rec, &o.rec)))
                    .and_then(|o| o.rec.actor.clone().map(|a| (a, o.actor_key.clone())));
                // (Nor the condemner again, lent to a later verb by the topic: "وفيما أدانت رئاسة
                // الإقليم القصف، فإنها دعت …".)
                let doer = doer
                    .filter(|(d, _)| cands[i].rec.actor.as_ref().is_none_or(|x| x.text != d.text || x.name != d.name));
                if let Some((doer, key)) = doer {
                    cands[i].rec.recipient = Some(doer);
                    cands[i].recipient_key = key;
                }
            }
            protest_as_object(&mut cands[sentence_first..], a, s);
            // The sentence's first entity (or the last actor) is the topic pronouns refer to; not a
            // party this sentence also names as a target or victim, whose reading as a doer is in
            // doubt ("فرقت الشرطة المتظاهرين، وهتف المتظاهرون … واعتقلت عشرات منهم": the arrests
            // are not the protesters'). Nor the owner a glued لـ names after a mobilization noun
            // ("قصف الطيران تعزيزات للحوثيين"): the reinforcements are mostly the object of
            // another party's strike or ambush, so the topic stays as it was.
            if let Some(c) = cands.iter().rev().find(|c| !c.danger && (!c.vetoed || c.harboured)) {
                let act = alias_base.get(&c.rec.id).unwrap_or(&c.rec.actor);
                let act = if act.is_none() || c.cleared_speaker.is_some() { &c.cleared_speaker } else { act };
                let lam_owner = c.rec.event_type == "MOBILIZE"
                    && act.as_ref().and_then(|x| x.text.as_deref()).is_some_and(|x| {
                        a.entities.iter().any(|e| e.prep.as_deref() == Some("ل") && entity_text(e, s) == x)
                    });
                // (Nor the media, whoever's words or acts they carry: `media_actor`, actors86; they
                // end the topic before them.)
                if let Some(act) = act.as_ref().filter(|_| !lam_owner) {
                    topic = (!target_here(&cands[sentence_first..], act) && !media_actor(act)).then(|| act.clone());
                }
            } else if let Some(e) = a.entities.iter().find(|e| !e.weak && !is_source(a, e)) {
                topic = Some(self.entity(e, s, &ctx, None, None)).filter(|x| !media_actor(x));
            }
            if let Some(o) = orgs_here.last() {
                *ctx.last_org.borrow_mut() = Some(o.clone());
            }
            if let Some(p) = implied_protest(&cands[sentence_first..]) {
                cands.push(p);
            }
            last_events = (index, sentence_first, cands.len());
        }
        speaker_day(&mut cands, published, &recalled);
        meeting_day(&mut cands, published, &story);
        story_day(&mut cands, published, &story);
        fold_toll_summaries(&mut cands);
        mark_owned_tolls(&mut cands);
        // The places each sentence names: an event told in a sentence that names another country
        // or town does not take the story's town (`fill_locations`), nor fold into a record there.
        // (A sentence with events also says whether it names a year before the publication's;
        // its dates were read for dating them.)
        let elsewhere: Vec<geocode::Elsewhere> = analyses
            .iter()
            .filter_map(|(f, sp, a, s)| {
                let past_year = !a.triggers.is_empty() && published.is_some_and(|p| names_earlier_year(a, s, p));
                (!a.places.is_empty() || !a.target_places.is_empty() || !a.body_places.is_empty() || past_year).then(
                    || {
                        let bodies =
                            self.body_towns(a, s, sp.start_cp, &ctx.main_countries, ctx.main_country.as_deref());
                        self.elsewhere(a, s, *f, sp.start_cp, past_year, bodies)
                    },
                )
            })
            .collect();
        let told_elsewhere = |r: &EventRecord, here: &Place| {
            let Some(country) = here.country.as_deref() else { return false };
            elsewhere
                .iter()
                .find(|e| r.evidence.field == e.field && r.evidence.start == e.start)
                .is_some_and(|e| self.names_elsewhere(e, r, here, country))
        };
        // (The records `fold_suffered_in` folded away are kept, marked in `gone`, until the place
        // fallbacks below are done: they lean on all the article's records as before. dup17.)
        // (places97) The towns held apart, keyed by their record's sentence and trigger.
        let far_towns: Vec<(Field, usize, usize, Place)> = cands
            .iter()
            .filter_map(|c| {
                let e = &c.rec.evidence;
                c.far_town.clone().map(|p| (e.field, e.start, e.trigger_start, p))
            })
            .collect();
        let (mut recs, gone, mut breakers) = merge_candidates(cands, &told_elsewhere);
        // "وأصيب الحارس في منطقة الصدر": a part of the body read as an unknown place's name
        // (`geocode::wound_area`) is where the wound is; the record drops it and takes the
        // fallbacks of `fill_locations`, or else keeps the country it had. Read after the merge,
        // which it leaves as it was (places71: dropping the name from the sentence analysis moved
        // merges, 3 worse of 12).
        let mut wounds = Vec::new();
        for (i, r) in recs.iter_mut().enumerate() {
            if r.location.as_ref().is_some_and(geocode::wound_area) {
                wounds.push((i, r.location.take().and_then(|l| l.country)));
            }
        }
        // A town or division taken from another sentence of the happening (`fill_gaps`: its text
        // is not in the record's own sentence) is dropped when the record's own sentence names
        // another place and not it (`names_elsewhere`): "قتل 28 مسلحا" told "في محافظة الضالع" is
        // not at the district of the casualties merged into it, a Taliban meeting to come is not at
        // "السجين السابق في غوانتانامو" of another sentence (places44). The record then takes the
        // fallbacks of `fill_locations`. (Not a country: a sentence naming another state in
        // passing, "الكشافة السعودية" beside a pavilion in Japan, is no sign of that; tried, 2
        // worse of 5.)
        for r in recs.iter_mut() {
            let Some(here) = r.location.as_ref().filter(|l| l.admin1.is_some()) else { continue };
            let (Some(text), Some(country)) = (here.text.as_deref(), here.country.as_deref()) else { continue };
            // (A place the title names is the headline's, most often the lead's own: "اعتصام في
            // بيروت" over a sit-in told "في لبنان … في سجن رومية" stays in Beirut.)
            if r.evidence.sentence.contains(text) || article.title.as_deref().is_some_and(|t| t.contains(text)) {
                continue;
            }
            let own = elsewhere.iter().find(|e| r.evidence.field == e.field && r.evidence.start == e.start);
            if own.is_some_and(|e| self.names_elsewhere(e, r, here, country)) {
                r.location = None;
            }
        }
        // "وفي محافظة مأرب، قتل 25 …", "أما في محافظة الضالع، فقد … تمكنوا أمس من قتل": a town
        // or division the sentence opens with frames its records that are left with no place, or
        // only its country (`geocode::fronted_place`; a fronted country adds nothing). Read after
        // the merge, so that it changes no merge (places45).
        for r in recs.iter_mut().filter(|r| r.location.as_ref().is_none_or(|l| l.admin1.is_none())) {
            let Some((a, s, p)) = analyses
                .iter()
                .find(|(f, sp, _, _)| *f == r.evidence.field && sp.start_cp == r.evidence.start)
                .and_then(|(_, sp, a, s)| {
                    let p = geocode::fronted_place(a)?;
                    (sp.start_cp + s[..p.end].chars().count() <= r.evidence.trigger_start).then_some((a, *s, p))
                })
            else {
                continue;
            };
            let f = self.place_record(a, self.located_mention(a, p), s, &ctx.main_countries);
            if f.admin1.is_some() && r.location.as_ref().is_none_or(|l| l.country == f.country) {
                r.location = Some(f);
            }
        }
        let dateline = self.dateline(&article.text, article.title.as_deref().unwrap_or(""));
        let venue = self.gathering_venue(
            analyses.iter().map(|(f, sp, a, s)| (*f, sp.start_cp, a, *s)),
            &ctx.main_countries,
            published,
        );
        let anaphors =
            self.anaphoric_places(analyses.iter().map(|(f, sp, a, s)| (*f, sp.start_cp, a, *s)), &ctx.main_countries);
        // (actors119) A protest whose doer was taken as the party that broke it up is placed as
        // before, with that doer: with none (or the protesters a merge lent it), a protest
        // abroad took the dateline's city.
        // (A doer lent by a merge, "protesters" of the dateline's state, is put back after.)
        // (Swapped in and back out: `breakers` holds the record's own doer, maybe none, meanwhile.)
        let swapped: Vec<usize> = (0..recs.len()).filter(|&i| breakers[i].is_some()).collect();
        let swap_doers = |recs: &mut [EventRecord], breakers: &mut [Option<Entity>]| {
            for &i in &swapped {
                std::mem::swap(&mut recs[i].actor, &mut breakers[i]);
            }
        };
        swap_doers(&mut recs, &mut breakers);
        self.fill_locations(
            &mut recs,
            dateline.as_ref(),
            ctx.main_country.as_deref(),
            venue.as_ref(),
            &elsewhere,
            &anaphors,
        );
        swap_doers(&mut recs, &mut breakers);
        // (places97) A record that kept its own trigger and was left unplaced or only at its
        // country takes the town its clause names past the place window, of that country.
        if !far_towns.is_empty() {
            for r in recs.iter_mut() {
                let e = &r.evidence;
                let Some((_, _, _, p)) =
                    far_towns.iter().find(|(f, st, ts, _)| *f == e.field && *st == e.start && *ts == e.trigger_start)
                else {
                    continue;
                };
                let open = match r.location.as_ref() {
                    None => true,
                    Some(l) => l.precision.as_deref() == Some("country") && l.country == p.country,
                };
                if open {
                    r.location = Some(p.clone());
                }
            }
        }
        // "وقالت مصادر محلية ل"الرياض" إن …": a record placed at the paper a speaker told
        // (`sentence::told_outlet`) is placed in the article's country alone. Read after the
        // merge and `fill_locations`, which see the records as before: dropping the name from the
        // sentence's places moved merges and the story's town of other records (places98: over
        // the bar).
        for r in recs.iter_mut() {
            let outlet = r
                .location
                .as_ref()
                .and_then(|l| l.text.as_deref())
                .is_some_and(|t| sentence::told_outlet(t, &r.evidence.sentence, &article.text));
            if outlet {
                r.location = ctx.main_country.as_deref().map(|c| self.country_place(c));
            }
        }
        // (Indices of `wounds` are those of `recs` before the folded records go.)
        for (i, country) in wounds {
            if let (Some(r), Some(c)) = (recs.get_mut(i), country) {
                r.location.get_or_insert_with(|| self.country_place(&c));
            }
        }
        // "منطقة محظورة", "قرية تسمى", "منطقة يسيطر عليها": a common word read as an unknown
        // place's name (`geocode::common_word_area`) leaves the record its country alone. Read after
        // `fill_locations`, which sees the records as before: letting the record take the story's
        // town put attacks told apart at the story's other town, and one record's lost name moved
        // the story's country for its neighbours (places72: over the bar).
        for r in recs.iter_mut() {
            if let Some(l) = r.location.as_ref().filter(|l| geocode::common_word_area(l)) {
                r.location = l.country.clone().map(|c| self.country_place(&c));
            }
        }
        // "تبحر في الخليج العربي", "هجمات في منطقة القوقاز": an act told in a region of several
        // states (`geocode::region_place`) with no named place of its own is placed in no state
        // when the fallbacks gave it a country the region does not hold, and in the country alone
        // (not at the story's town, nor at the region's first word read as a name) when they gave
        // one it holds (places77).
        // (A record with no location keeps none whatever the region: not searched.)
        for r in recs.iter_mut().filter(|r| r.location.is_some()) {
            let Some(region) = geocode::region_place(r) else { continue };
            let held =
                r.location.as_ref().and_then(|l| l.country.clone()).filter(|c| region.states.contains(&c.as_str()));
            r.location = held.map(|c| self.country_place(&c));
        }
        let mut gone = gone.into_iter();
        recs.retain(|_| !gone.next().unwrap_or(false));
        // "تخفيف العقوبات على طهران" with "إيران" read as the doer, "التعاون مع مصر" with the topic
        // "مصر": one named party (a state, an organisation, a person) on both sides is one reading
        // too many (`one_party_both_sides`).
        for r in recs.iter_mut() {
            one_party_both_sides(r);
            own_dead_as_doer(r);
        }
        // "خرجت مظاهرات في المنامة": a demonstration with no named party was staged by the
        // people of the place (SPEC §4 codes them CVL of that country).
        // (actors116) So were the protesters an act was done to (`protest_as_object`).
        for r in recs.iter_mut() {
            let country = r.location.as_ref().and_then(|l| l.country.clone()).or_else(|| ctx.main_country.clone());
            if let Some(x) =
                r.recipient.as_mut().filter(|x| x.country.is_none() && x.name.as_deref() == Some(CROWD_NAME))
            {
                // (fix60a) With no state known the name stays "protesters", not none.
                if let Some(c) = country {
                    x.name = Some(format!("{CROWD_NAME} ({c})"));
                    x.country = Some(c);
                }
            }
        }
        for r in recs.iter_mut().filter(|r| r.event_type == "PROTEST" && r.actor.is_none()) {
            let country = r.location.as_ref().and_then(|l| l.country.clone()).or_else(|| ctx.main_country.clone());
            if let Some(c) = country {
                r.actor = Some(Entity {
                    text: None,
                    name: Some(format!("protesters ({c})")),
                    country: Some(c),
                    sector: Some("CVL".into()),
                    id: None,
                });
            }
        }
        if unattributed {
            recs.retain(|r| !ESSAY_STATEMENT_TYPES.contains(&r.event_type.as_str()));
        }
        let leads: Vec<usize> =
            analyses.iter().filter(|r| r.0 == Field::Text).take(LEAD_SENTENCES).map(|r| r.1.start_cp).collect();
        title_mentions_lead(&mut recs, &dropped_titles, &leads);
        // Only the records kept are hashed (`pending_record_id`).
        for r in recs.iter_mut() {
            finish_record_id(&article.id, &mut r.id);
        }
        if let Some(f) = words {
            hand_out_words(&pieces, &analyses, &recs, f);
        }
        recs
    }

    /// For each sentence, its copies with a surname alias (`Analysis::with_alias`), keyed by the
    /// surname's word index (alias2): a full name told earlier in the article
    /// (`Analysis::full_names`) whose last word stands alone right after a trigger, as a word no
    /// entity, place or trigger covers, with no clause break before it and no known name after it
    /// (a namesake: "زار عباس كامل"). A surname two different parties end on is no alias.
    fn surname_aliases<'s>(&self, analyses: &[SentenceRow<'s>]) -> Vec<Vec<(usize, SentenceRow<'s>)>> {
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

    fn entity_country(&self, e: &EntityMention) -> Option<String> {
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

    /// actors78: the place an attack is aimed at, as its byte range and country: a place right
    /// after the trigger (and the doer named right after it), after an optional «على» and an
    /// optional head word, with no glued preposition ("بمدينة" says where, not what), in the
    /// trigger's clause and before the next trigger. A noun trigger needs «على» or a head word:
    /// its bare genitive ("تفجيرات بغداد") names where it happened.
    fn target_place(
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

    fn place_country(&self, p: &PlaceMention, prefer: Option<&[String]>) -> Option<String> {
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

    /// The coalition entry `COALITION_OF_WAR` gives the first of the article's main countries
    /// listed there, if any.
    fn coalition_of_war(&self, ctx: &ArticleCtx) -> Option<&ahdath_lexicon::Actor> {
        let id = ctx.main_countries.iter().find_map(|c| {
            COALITION_OF_WAR.iter().filter_map(|x| x.split_once(' ')).find(|(k, _)| k == c).map(|(_, id)| id)
        })?;
        self.lex.actors.iter().find(|a| a.id == id)
    }

    /// Build an entity from a mention; `fallback_country` fills generic nouns.
    fn entity(
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
    fn entity_as(
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
                name = Some(format!("{nat} people"));
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
                Some(c) => format!("{o} ({c})"),
                None => o,
            });
        }
        Entity { text: Some(entity_text(e, s)), name, country, sector, id }
    }

    /// (dates55) The trigger hit `x` is a word of a standing body's name, which `candidate` drops
    /// as no act: "مكتب التحقيقات" (`named_body`), "مركز الملك سلمان للإغاثة" (`named_for_person`).
    /// It owns no date told after it: "استقبل المشرف العام على مركز الملك سلمان للإغاثة … بمقر
    /// المركز في الرياض أمس" dates the reception.
    fn name_word_trigger(&self, a: &Analysis, x: &TriggerMention) -> bool {
        self.precision_filters
            && ((self.lex.triggers[x.rule as usize].event_type != "ACCUSE" && named_body(a, &self.lex, x))
                || named_for_person(a, &self.lex, x))
    }

    #[allow(clippy::too_many_arguments)]
    fn candidate(
        &self,
        ctx: &ArticleCtx,
        row: &SentenceRow,
        ti: usize,
        t: &TriggerMention,
        nums: &[NumberMatch],
        dts: &[DateMatch],
        topic: &Option<Entity>,
    ) -> Option<Candidate> {
        let &(field, ref span, ref a, s) = row;
        let rule = &self.lex.triggers[t.rule as usize];
        // A trigger that directly repeats the previous one ("أدان واستنكر", "مساعدات وقروض") adds
        // nothing: the first, nearer its actor, codes the event.
        if let Some(prev) = ti.checked_sub(1).map(|i| &a.triggers[i]) {
            let pr = &self.lex.triggers[prev.rule as usize];
            if pr.event_type == rule.event_type
                && t.w0 <= prev.w1 + 2
                && !a.break_between(prev.w1, t.w0)
                && pr.pattern == rule.pattern
            {
                return None;
            }
        }
        // The content of a demand, refusal or threat ("طالب بسحب القوات") is not an event of
        // its own: only the speech act is coded.
        if let Some(prev) = ti.checked_sub(1).map(|i| &a.triggers[i]) {
            let pr = &self.lex.triggers[prev.rule as usize];
            // Demands and threats are about what has not happened; a condemned or welcomed act
            // did happen and is coded too.
            let speech_act = matches!(pr.event_type.as_str(), "REQUEST" | "THREATEN");
            // A call to demonstrate or strike is itself the (future) PROTEST (SPEC §4).
            let called_protest = rule.event_type == "PROTEST" && call_object(a, &self.lex, prev, t);
            // "طالبت المعارضة الإيرانية بإقالة …": the demanded act may follow the subject.
            let subject_between = a.entities.iter().any(|e| e.w0 == prev.w1 + 1 && e.w1 + 1 == t.w0);
            if speech_act
                && !called_protest
                && (t.w0 <= prev.w1 + 2 || subject_between)
                && !a.break_between(prev.w1, t.w0)
                && pr.event_type != rule.event_type
            {
                return None;
            }
        }
        // "دعا الحراك إلى عصيان مدني": the PROTEST after the call codes the event, not a REQUEST.
        if a.triggers.get(ti + 1).is_some_and(|n| {
            self.lex.triggers[n.rule as usize].event_type == "PROTEST" && call_object(a, &self.lex, t, n)
        }) {
            return None;
        }
        let called_protest =
            rule.event_type == "PROTEST" && ti > 0 && call_object(a, &self.lex, &a.triggers[ti - 1], t);
        // "دعت الحركة أنصارها إلى إعلان رفضهم", "يتهم المعارضة بتزويد المسلحين بالأسلحة", "حذر من
        // تخريب العملية": an act introduced by إلى, على, من or a glued بـ after a call, demand,
        // accusation or warning is what was asked for, alleged or warned of, not an event.
        // "شدد المبعوث، في تصريحات للصحفيين، على ضرورة انسحاب المسلحين": what is called necessary
        // is asked for, however far the demanding verb is; the demand codes the event.
        if self.precision_filters && rule.event_type != "REQUEST" && after_necessity(a, t) {
            return None;
        }
        if self.precision_filters && !called_protest && speech_content(a, &self.lex, ti, t) {
            return None;
        }
        // "دعا رئيس الوزراء، المجتمع الدولي، اليوم، لتهديد إيران": an addressee or a date set off by
        // commas does not end the call; what follows "إلى" or a glued لـ after them is its content.
        if self.precision_filters && !called_protest && call_content_past_commas(a, &self.lex, ti, t) {
            return None;
        }
        // "وتناقش الاجتماعات القضايا …", "قمة الدوحة ستناقش عدة ملفات": a discussion verb whose
        // subject is a meeting noun next to it gives the meeting's agenda, not another meeting.
        if self.precision_filters
            && matches!(rule.id.as_str(), "consult.talks.verb" | "consult.talks.confer-verb")
            && (ti.checked_sub(1).is_some_and(|i| agenda_verb(a, &self.lex, &a.triggers[i], t))
                || a.triggers.get(ti + 1).is_some_and(|n| agenda_verb(a, &self.lex, n, t)))
        {
            return None;
        }
        // "بموجب اتفاق انتقال السلطة", "في إطار اتفاق وقف إطلاق النار", "تنفيذ الاتفاقية": an
        // agreement named as the frame of something else is an existing one, not news of a deal.
        if self.precision_filters
            && rule.event_type == "AGREE"
            && rule.pattern == Pattern::Noun
            && (1..=2).any(|d| {
                t.w0 >= d && {
                    let w = a.word(t.w0 - d);
                    // ("بموجب" whole, "وبموجب" without its و: `clitic_forms`.)
                    in_list!(&AGREEMENT_FRAMES, w)
                }
            })
        {
            return None;
        }
        // "بعد هذا الاتفاق", "سيتقاضى 15 مليونا من هذه الصفقة", "تلك الاتفاقية": a demonstrative
        // before a definite deal noun refers back to a deal already told, not news of one.
        if self.precision_filters
            && rule.event_type == "AGREE"
            && rule.pattern == Pattern::Noun
            && t.w0 > 0
            && DEAL_DEMONSTRATIVES.contains(&a.word(t.w0 - 1))
            && a.word(t.w0).strip_prefix(['و', 'ب', 'ل']).unwrap_or(a.word(t.w0)).starts_with("ال")
            && !a.break_between(t.w0 - 1, t.w0)
        {
            return None;
        }
        // "التظاهرة التي دعا إليها الحراك", "مظاهرة حاشدة دعا إليها الحزب": a call in a relative
        // clause (after "التي"/"الذي", or calling "to it") describes the event just named; the
        // organiser's call is folded into it.
        if self.precision_filters
            && rule.event_type == "REQUEST"
            && t.w0 >= 2
            && (matches!(a.word(t.w0 - 1), "التي" | "الذي") || (t.pronoun_object && a.word(t.w1).starts_with("الي")))
            && a.triggers[..ti]
                .iter()
                .any(|p| p.w1 + 4 >= t.w0 && self.lex.triggers[p.rule as usize].event_type != "REQUEST")
        {
            return None;
        }
        // "خرج المحتجون بدعوة من الحزب", "توجه إلى موسكو بدعوة من الخارجية الروسية": "at the call
        // (invitation) of" names who called the march or the visit; the call is part of that event,
        // not a request of its own.
        if self.precision_filters
            && rule.event_type == "REQUEST"
            && matches!(a.word(t.w0), "بدعوه" | "وبدعوه")
            && a.word(t.w0 + 1) == "من"
        {
            return None;
        }
        // A sentence about sport, health or an accident does not report this type of event; a
        // host verb whose guest is a summit, a conference or a meeting still hosts it beside a
        // festival (prec46: "وتستضيف الدوحة القمة العربية التي تتزامن مع مهرجان الثقافة").
        // A mention vetoed only by `TOPIC_VETO_CUES` (feast greetings, leisure, inspection) is
        // kept as a topic, dropped after merging (merge39): its restatements in other sentences
        // ("الزيارة", "التهنئة") fold into it and go with it, instead of standing alone as the event.
        let mut vetoed = false;
        if self.precision_filters && !(rule.id == "consult.host.verb" && hosts_meeting(a, t)) {
            // (A show word that is what a protest is against or what is thrown at someone frames
            // nothing: `veto_word_as_object`, prec80b.)
            let scoped = a
                .cues
                .iter()
                .filter(|c| c.kind == CueKind::Veto)
                .filter(|c| !veto_word_as_object(a, c, &self.lex.cues[c.cue as usize].id))
                .map(|c| &self.lex.cues[c.cue as usize])
                .filter(|c| c.scope.split(',').any(|x| x.trim() == rule.event_type || x.trim() == "*"));
            for cue in scoped {
                // (An accident veto in a sentence that tells a fire set on purpose vetoes nothing:
                // "استشهد طفل في حريق أشعله مستوطنون", recall58.)
                if ARSON_VETO_CUES.contains(&cue.id.as_str()) && arson_marked(a) {
                    continue;
                }
                if !TOPIC_VETO_CUES.contains(&cue.id.as_str()) {
                    return None;
                }
                vetoed = true;
            }
        }
        // "لقي 4 مصرعهم في حادث اصطدام", "توفي طفل غرقا", "جراء حريق في مصنع": deaths and
        // injuries from an accident, a disaster or an animal are no deliberate act of an actor.
        if self.precision_filters && rule.event_type == "ASSAULT" && accident_caused(a) {
            return None;
        }
        // "الحراك الذي يدعو لانفصال الجنوب", "فرنسا التي تدين جميع الأعمال": a present-tense
        // speech verb in a relative clause describes its subject's standing position, not a new
        // statement (a boycott, "الذي يقاطع الحوار", is an act and stays).
        if self.precision_filters
            && t.w0 > 0
            && rule.pattern == Pattern::Verb
            && matches!(rule.event_type.as_str(), "ACCUSE" | "REQUEST" | "SUPPORT" | "REJECT" | "THREATEN")
            && rule.mode.as_deref() != Some("meet")
            && !t.future_prefix
            && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1))
            && a.word(t.w0).starts_with(['ي', 'ت'])
            // (not "تم", nor a perfect plural of the form تفاعلوا: "الذين تضامنوا")
            && !a.word(t.w0).starts_with("تم")
            && !a.word(t.w0).ends_with("وا")
        {
            return None;
        }
        // "إيران تدعم الإرهاب", "غالبية الإيرانيين يؤيدون الصفقة", "الدراسة تدعم النظرية": a
        // third-person present-tense backing verb in the body describes a standing position, a
        // poll or a corroboration, not a new act (the speaker's own "ندعم", "أعلنوا أنهم
        // يدعمون", a past "لم تدعم" and a headline stay).
        if self.precision_filters && field != Field::Title && standing_support(a, s, t, &rule.id) {
            return None;
        }
        // "ويرفض القرضاوي عزل مرسي", "فيما تتهم أحزاب المعارضة حكومته بالفساد", "الإرهاب يهدد
        // الجميع": a third-person present-tense stance verb in the body with no statement that
        // frames it (a reporting verb, a complementizer, a colon or a quotation before it in its
        // sentence) tells a stance held or a habit, not a new statement.
        // (The body's first sentence often restates the headline in the present: "قضاة تونس
        // يهددون بإضراب عام"; a boycott, REJECT `meet`, is an act.)
        if self.precision_filters
            && field != Field::Title
            && span.start > 0
            && rule.mode.as_deref() != Some("meet")
            && standing_stance(a, s, t, rule)
        {
            return None;
        }
        // "حكم عليه بتهمة قتل متظاهر", "أدينوا في قضية تجمهر": the act named as a charge or a
        // case is what someone is accused of, not an event the article reports.
        if self.precision_filters && rule.event_type != "ACCUSE" && named_as_charge(a, t) {
            return None;
        }
        // "وما رعته من اتفاقيات ومبادرات", "وما تحقق فيها من انتصار": the verb of a relative
        // "ما" whose "من" names what it did describes that thing, no act of the news (status61).
        if self.precision_filters && relative_ma_of_what(a, t) {
            return None;
        }
        // "وغالبا ما تشن الطائرات غارات", "عادة ما تعتقل الشرطة …": what usually happens.
        if self.precision_filters && habitual(a, t) {
            return None;
        }
        // "ولطالما اتهمت دمشق أنقرة بدعم المسلحين", "المنطقة التي طالما طالب بها": what a party
        // has long said or done is a standing position, not a new act (SPEC §4; prec99).
        if self.precision_filters && long_standing(a, t) {
            return None;
        }
        // "ألقي القبض عليه عدة مرات", "وكانت تركيا قد هاجمت مرارا معسكرات", "زارا فلسطين أكثر من
        // مرة": an act told as done again and again is a tally or a standing position, not one
        // event of the news (SPEC §4; prec103).
        if self.precision_filters && repeated_act(a, t) {
            return None;
        }
        // "ويعاقب بالسجن كل من شارك في الاجتماع", "كل من يتعمد قتل شخص", "من يزور المدينة يرى …":
        // the act of a generic subject, "whoever", is a law's text or a general statement with no
        // party, no event (SPEC §4; prec113).
        if self.precision_filters && generic_whoever(a, t) {
            return None;
        }
        // "دعاه إلى مأدبة عشاء", "وجهت الدعوة للوزير لحضور الاحتفال": an invitation to a party, a
        // meal, a wedding or a ceremony is a social courtesy, no event (SPEC §4; prec118).
        if self.precision_filters && rule.event_type == "REQUEST" && social_invitation(a, t) {
            return None;
        }
        // "ونص المرسوم على المعاقبة بالسجن", "البند 14، الذي ينص على تغريم المخالفين": what a
        // law, a decree or an article provides for is the rule's content, no event (SPEC §4; prec118).
        if self.precision_filters && law_content(a, t) {
            return None;
        }
        // "وافق مجلس الوزراء على تفويض وزير الخارجية", "الموافقة على إنشاء مركز", "إقرار نظام
        // الرسوم": an approval whose object is a domestic administrative act is a decision with
        // no other party, no AGREE (SPEC §4; prec104).
        if self.precision_filters
            && ADMIN_APPROVAL_RULES.iter().any(|p| rule.id.starts_with(p))
            && administrative_approval(a, t)
        {
            return None;
        }
        // "وقتل المئات في اضطرابات في شينجيانغ في السنوات الثلاث الماضية", "زيادة حالات التحرش",
        // "448 حالة إعدام": an act told over a span of past years, or counted as cases, is a tally
        // or a standing state, no one event of the news (SPEC §4 aggregates; prec106).
        if self.precision_filters
            && ((!STATEMENT_TYPES.contains(&rule.event_type.as_str()) && long_span_tally(a, t))
                || counted_cases(a, nums, t))
        {
            return None;
        }
        // "ودعا المتحدث المواطنين إلى أخذ الحيطة والحذر", "وحث الجميع على اتباع إرشادات
        // السلامة": a call to the population to take care is a public-safety advice, which asks
        // nothing of a party: no REQUEST (SPEC §4; prec107).
        if self.precision_filters && rule.event_type == "REQUEST" && safety_advice(a, t) {
            return None;
        }
        // "اجتاح حريق الغابات الطريق", "جرفت الأمواج الحطام", "مكافحة الحريق والسيطرة عليه",
        // "الأمراض التي اجتاحت جسده": a fire, a flood, the waves or an illness as the subject or
        // object of an act of force is no party: no PLOVER event (SPEC §4; prec108).
        if self.precision_filters
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE")
            && natural_force_act(a, rule, t)
        {
            return None;
        }
        // "احتجاز الحوت", "قتل هذه الحيوانات", "أعدمت قطعان البقر", "هجوم لسمكة قرش": an animal
        // as the object of a kill, attack, detain or execute trigger (or as the agent of an attack
        // after ل) is no party: no PLOVER event (SPEC §4; prec109). Not a seizure: taking cattle
        // or seizing smuggled animals is an act on their owners; nor a ban, embargo or halt of
        // trade in animals (review58): only acts of force, arrest and sentence are checked.
        if self.precision_filters
            && (rule.id.starts_with("assault.")
                || rule.id.starts_with("coerce.arrest.")
                || rule.id.starts_with("sanction.convict."))
            && animal_object(a, rule.pattern == Pattern::Noun, t)
        {
            return None;
        }
        // "كانت تركيا ترفض الدخول في الحرب", "كنا نطالب بالإفراج", "يزورون المتنزه كل عام": an
        // imperfect verb after a form of كان or with a word of frequency tells a past habit, a
        // stance once held or what recurs, not an act of the news (prec54).
        if self.precision_filters
            && rule.pattern == Pattern::Verb
            && imperfect_verb(a, s, t)
            && habit_told(a, t, HABIT_STANCE_TYPES.contains(&rule.event_type.as_str()))
        {
            return None;
        }
        // "يجري الوزير اسبوعيا مباحثات مع نظرائه", "تسجل الصفحات مليار زيارة كل شهر": a noun
        // trigger of a statement, a meeting or a deal governed by an imperfect verb with a word of
        // frequency tells a habit, not one act of the news (prec61). Not an act of force or a
        // protest: "يشن الجيش يوميا غارات" tells a campaign under way, which the news reports.
        // prec117: any other type (a verb rule's masdar too: "ومصادرة", "إغلاق") when the verb
        // tells a described practice ("المحتل الذي يقوم يوميا بهدم المنازل",
        // "يتم بشكل دوري إغلاق الخط").
        let stance = HABIT_STANCE_TYPES.contains(&rule.event_type.as_str());
        if self.precision_filters
            && (!stance || rule.pattern == Pattern::Noun || t.article || t.purpose)
            && habit_object(a, t, stance)
        {
            return None;
        }
        // "على الرغم من مساندة الحركة للرئيس", "رغم الاتهامات": what a sentence concedes is a
        // background stance or state, not news.
        if self.precision_filters && concessive_background(a, &self.lex, t) {
            return None;
        }
        // "لجنة العقوبات", "ملف العقوبات", "قانون حظر الحزب", "مشروع اتفاقية", "سياسة الاعتقال
        // الإداري", "حركة احتجاجات": an event word governed by a noun of a body, a file, a law, a
        // draft, a policy or a movement names a topic or a standing state, not an act. (Reading
        // it only as a genitive, not after a comma or with a glued و, was measured and dropped:
        // docs/evaluation.md, twenty-third session.)
        if self.precision_filters && t.w0 > 0 && rule.event_type != "ACCUSE" && {
            let head = a.word(t.w0 - 1);
            // ("حركة احتجاج انطلقت في 2011": the start of a movement is an event.)
            let started =
                || (t.w1 + 1..=t.w1 + 3).any(|i| MOVEMENT_START_VERBS.iter().any(|v| a.word(i).starts_with(v)));
            in_list!(&TOPIC_HEADS, head)
                || (rule.event_type == "PROTEST" && in_list!(&MOVEMENT_HEADS, head) && !started())
        } {
            return None;
        }
        // "مكتب التحقيقات البريطاني", "جهاز الرقابة على الأغذية", "دول مجلس التعاون", "منظمات
        // الإغاثة": a verbal noun in construct after the head of a standing body's name is part of
        // that name, no act (prec63). Not an ACCUSE: "بدأ مكتب التحقيقات … تحقيقات" names the
        // body that does the investigating the sentence reports, as with `TOPIC_HEADS`.
        // "مركز الملك سلمان للإغاثة", "مؤسسة الأمير سلطان للأعمال الخيرية": a purpose noun after a
        // person named after a body's head is the body's name (prec77). Both in `name_word_trigger`.
        if self.name_word_trigger(a, t) {
            return None;
        }
        // "بيان حول إعدام الناشط", "الأنباء بشأن زيارة الرئيس", "نشرت خبرا عن احتجاج": an event
        // word after a preposition of topic, or after a news noun and "عن", is what something is
        // about, not an event the sentence reports.
        if self.precision_filters && t.w0 > 0 && topic_phrase(a, t) {
            return None;
        }
        // "رفضت الحكومة زيارة رجل الدين", "رفض الرئيس الصلح مع التنظيم": a visit, deal, release or
        // concession named as what a party refused did not take place (a refused attack or
        // statement did: "رفض الاعتداء" is a condemnation of it).
        if self.precision_filters && ti.checked_sub(1).is_some_and(|i| refused_act(a, &self.lex, &a.triggers[i], t)) {
            return None;
        }
        // "يتعين على المجتمع الدولي تشديد العقوبات", "يتوجب معه اجتماع القادة", "حتى تفرج عن
        // المعتقلين": what must happen, or what is waited for, has not happened.
        if self.precision_filters && (obligation_before(a, &self.lex, ti, t) || after_until(a, s, t)) {
            return None;
        }
        // "الجماعات التي تسعى إلى استهداف المدنيين": a party's standing aim is no event.
        if self.precision_filters && desired_before(a, &self.lex, ti, t) == Some(true) {
            return None;
        }
        // "الضغط على إسرائيل للإفراج عن الأسرى", "تسعى الحكومة لإبرام اتفاق", "تظاهروا للإفراج
        // عن المعتقلين": an act in a purpose clause of an effort, a pressure or a protest is what
        // they aim at or demand, not an act that took place.
        if self.precision_filters && aim_of_effort(a, &self.lex, ti, t) {
            return None;
        }
        // "طالبت اللجنة بفك الحصار عن القناة وإطلاق سراح طاقمها", "على ضرورة انسحاب المسلحين
        // ووقف إطلاق النار": a verbal noun joined by "و" to an act that was asked for, warned of or
        // aimed at is one more item of that content.
        if self.precision_filters && coordinated_content(a, &self.lex, ti, t) {
            return None;
        }
        // "عذبوا أثناء احتجازهم", "طوال حبسه": a detention noun with a pronoun after "during" is
        // the time spent in custody, a state; the arrest, if it is news, is told by itself.
        if self.precision_filters
            && rule.event_type == "COERCE"
            && rule.mode.as_deref() == Some("arrest")
            && t.pronoun_object
            && t.w0 > 0
            && {
                let w = a.word(t.w0 - 1);
                DURING_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
            }
        {
            return None;
        }
        // "قال مدير المرصد في اتصال هاتفي مع وكالة فرانس برس …": a phone call with the press or a
        // detainee's call home is no diplomacy (thirteenth session).
        if self.precision_filters
            && rule.event_type == "CONSULT"
            && rule.mode.as_deref() == Some("phone")
            && press_or_family_call(a, t)
        {
            return None;
        }
        // "الدكتور أحسن طالب،", "عماد أبو طالب": a verb form standing alone before a comma, or
        // after "أبو"/"بن", is a family name.
        if self.precision_filters
            && rule.pattern == Pattern::Verb
            && t.w0 == t.w1
            && ((t.w1 + 1 < a.words.len() && a.break_between(t.w1, t.w1 + 1) && a.word(t.w0) == "طالب")
                || (t.w0 > 0 && (a.word(t.w0 - 1) == "ابو" || PATRONYMS.contains(&a.word(t.w0 - 1)))))
        {
            return None;
        }
        // "البرلمانيون المؤيدون للأكراد", "الأحزاب الرافضة للحوار": an active participle with
        // the article is an adjective of stance, not a statement.
        if self.precision_filters && t.article && is_speech_rule(&rule.event_type) && {
            let w = a.word(t.w0);
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let w =
                w.strip_prefix("بال").or_else(|| w.strip_prefix("لل")).or_else(|| w.strip_prefix("ال")).unwrap_or(w);
            STANCE_PARTICIPLES.iter().any(|p| w.starts_with(p))
        } {
            return None;
        }
        // "عدوان متواصل يهدد أمن واستقرار المنطقة": a threat to security, stability or unity is a
        // danger that something poses, not a threat a party makes.
        if self.precision_filters
            && rule.event_type == "THREATEN"
            && rule.pattern == Pattern::Verb
            && in_list!(&ENDANGERED, a.word(t.w1 + 1))
        {
            return None;
        }
        // "العقوبات الجديدة تستهدف أفرادا", "حملة للسلطات استهدفت جماعة", "يستهدف البرنامج
        // الفقراء": sanctions, plans and campaigns "aim at"; they do not attack.
        // (The rules it reads say `checks: measure-aim` in data/dict/triggers, tidy61.)
        if self.precision_filters && rule.has(Check::MeasureAim) && measure_aims(a, t) {
            return None;
        }
        // "يستهدف التطبيق طلاب الجامعات", "تستهدف الشركة السوق الصينية": "to target" with no
        // attack, weapon, casualty, armed party or security target in its sentence is "to aim at".
        // (The rule it reads says `checks: violent-context` in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::ViolentContext) && !violent_context(a, &self.lex, t) {
            return None;
        }
        // "هاجم الفنان الناقد في لقاء تلفزيوني", "المدرب يهاجم الحكم ويصفه بالمتحيز", "مخلوقات
        // تهاجم الأرض" in a film's plot: the one-word verb "to attack" with no attack, weapon,
        // casualty, armed party or security target in its sentence is a verbal attack, an animal's
        // or a story's, no assault. ("شن هجوما" names the attack itself and stays.)
        if self.precision_filters
            && rule.id == "assault.attack.verb"
            && t.w0 == t.w1
            && !violent_context(a, &self.lex, t)
            && !attacks_premises(a, t)
        {
            return None;
        }
        // "تحاصره الهموم", "10 فرق إطفاء تحاصر حريقا", "الزكاة تحاصر المتأخرين في السداد": the
        // one-word verb "to besiege, to surround" with no attack, weapon, casualty, armed party or
        // security force, no rebel and no protest in its sentence is a figure of speech (worries,
        // questions, a crisis, an authority's pressure) or a rescue crew's work, no siege (prec93).
        // The rule it reads says `checks: unarmed-siege` in data/dict/triggers (tidy62).
        if self.precision_filters && rule.has(Check::UnarmedSiege) && unarmed_siege_verb(a, &self.lex, t) {
            return None;
        }
        // "أدى الاضطراب إلى إغلاق المدارس", "أجبرت موجة حارة المسؤولين على إغلاق القبة", "أغلقته
        // الكثبان الرملية", "أدت العاصفة إلى قطع التيار": a closure, restriction, censoring cut or
        // withheld supply brought about by an event or a natural thing is imposed by no party
        // (prec114). The rules it reads say `checks: imposer` in data/dict/triggers (tidy61).
        if self.precision_filters && rule.has(Check::Imposer) && unimposed_restriction(a, t) {
            return None;
        }
        // "ودّعت الأسرة فقيدها", "ودع المنتخب البطولة", "ودعت الجمعية بكل حب المصابين": the
        // verb "ودّع" (to bid farewell, to go out of a contest) spelled like "و" + "دعت", no call
        // (prec94).
        // (`checks: farewell` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::Farewell) && farewell_not_call(a, s, t) {
            return None;
        }
        // "منشآت الإيواء السياحي", "قطاع الإيواء", "نسب الإيواء في الفنادق": the noun "إيواء" of a
        // lodging place, trade or measure names hotels and rooms, no sheltering of people (prec95).
        // (`checks: lodging` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::Lodging) && lodging_not_shelter(a, t) {
            return None;
        }
        // "وأشارت الصحيفة إلى أن الصفقة قد تتم", "وافق النادي على رحيله", "روما يتوصل لاتفاق مع
        // المهاجم" in sport news: a club's transfer or board decision, no agreement (prec96).
        if self.precision_filters && rule.event_type == "AGREE" && ctx.tells_sport() {
            return None;
        }
        // "قامت بإيواء مقاتلين", "وإيواء الهاربين من العدالة": harbouring fighters, fugitives or
        // wanted men is a charge, no humanitarian shelter (prec97). Kept as a vetoed topic, dropped
        // after merging: the aid mentions of the same deed that follow ("قبل تزويدهم بجوازات")
        // fold into it and go with it, and its doer stays the topic later pronouns take.
        // (`checks: harbouring` on its rule in data/dict/triggers, tidy62.)
        let harboured = self.precision_filters && rule.has(Check::Harbouring) && harbouring_not_shelter(a, t);
        vetoed |= harboured;
        // "تصل أبعادها إلى 25 مترا", "في ابعادها الدينية", "إبعادهم عن رفقاء السوء": أبعاد
        // ("dimensions") or an abstract "keeping away from" is no expulsion of people.
        if self.precision_filters && rule.mode.as_deref() == Some("deport") && dimensions_or_keeping_away(a, s, t) {
            return None;
        }
        // "يدرس بالجامعة 400 طالب", "15 ألف طالب وطالبة": "طالب" counted by a number or paired with
        // "وطالبة" is a student, not "demanded".
        // (`checks: counted-student` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::CountedStudent) && counted_student(a, t, nums) {
            return None;
        }
        // "ينظم الملتقى مجلس الشباب بالتعاون مع الغرفة التجارية", "حفل أقامته البلدية بالتنسيق مع
        // النادي": "in cooperation with" after a civic event or its organiser credits a
        // co-organiser; it reports no cooperation between parties.
        // (`checks: co-organiser` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::CoOrganiser) && co_organiser_credit(a, t) {
            return None;
        }
        // "تستضيف المدينة الشهر المقبل بطولة للكاراتيه", "الحفل الذي يستضيف نخبة من الأدباء": a host
        // verb whose guest is a game, a show or a team hosts an occasion, not a meeting of parties.
        // (`checks: hosts-show` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::HostsShow) && hosts_show(a, t) {
            return None;
        }
        // "استقبل الميناء ثلاث سفن", "يستقبل المركز الحالات المحولة": a reception whose object window
        // names no party and opens with a common noun receives things or the public, no visitor.
        if self.precision_filters && is_reception(a, &rule.id, t) && receives_no_party(a, &self.lex, t) {
            return None;
        }
        // "أطلقت الشركة مبادرة بالتعاون مع السفارة", "أعلنت الأمانة إغلاق الطريق بالتعاون مع المرور":
        // the adverbial "in cooperation with" is the manner of another act; outside a sentence of
        // armed force (a joint security operation) it reports no cooperation event.
        if self.precision_filters
            && rule.id == "cooperate.general.verb"
            && adverbial_cooperation(a, t)
            && !violent_context(a, &self.lex, t)
        {
            return None;
        }
        // "ملعب كوينز بارك", "هايد بارك", "الرئيس بارك أوباما": the bare "بارك" after a word of its
        // own clause is the name Park or Barack; the verb "blessed" opens its clause.
        // (`checks: park-name` on its rule in data/dict/triggers, tidy62.)
        if self.precision_filters && rule.has(Check::ParkName) && park_name(a, t) {
            return None;
        }
        // "للموافقة على الاتفاق أو رفضه", "لم تشارك في أي فعاليات أو تظاهرات": an act offered
        // as an alternative after "أو" is a choice or an item of a generic list, not a report.
        if self.precision_filters && t.w0 > 0 && a.word(t.w0 - 1) == "او" && !a.break_between(t.w0 - 1, t.w0) {
            return None;
        }
        // "أكد رفضه لأي تدخل أجنبي", "أدان كافة أشكال العنف", "عبّرن عن رفضهن لأسلوب القمع": a
        // refusal, condemnation or endorsement of anything of a kind states an opinion; it names
        // no act, proposal or party that it answers.
        if self.precision_filters
            && matches!(rule.event_type.as_str(), "REJECT" | "ACCUSE" | "SUPPORT")
            && generic_object(a, t)
        {
            return None;
        }
        // "ترحب المملكة بأي اتفاق", "استعداده للتعامل مع أي وساطة", "لصد أي هجوم": an act named
        // after "any" (`ANY_KIND_WORDS`) is a whole kind of act, welcomed, offered or guarded
        // against; it reports none (prec47). Under a negation or denial ("لم تعقد أي لقاءات",
        // "نفت أي اتهامات") it is read negated (status18) and stays. So is the act of the noun "any"
        // qualifies ("لأي محاولة اقتحام", "أي اتفاق يبرم"; prec91).
        if self.precision_filters && any_kind(a, t) {
            return None;
        }
        // "لماذا رفضت الوزارة الطلب؟", "هل تقبل إيران الاتفاق؟", "ألم يقصف النظام المدن؟": an act
        // inside a question (`QUESTION_WORDS` before it, a question mark ending it) is asked about,
        // in a column's rhetoric or an interviewer's line; the question reports no event (prec49).
        if self.precision_filters && in_question(a, t) {
            return None;
        }
        // "أقترح أن تقوم الدولة بتأسيس كلية", "وإنني أناشد المسؤولين": a first-person singular
        // verb with no speaker given is the writer's own view in a column, no party's act (prec90).
        if self.precision_filters
            && rule.pattern == Pattern::Verb
            && unvoiced_first_person(&self.lex, &self.imperfect_stems[t.rule as usize], a, s, t)
        {
            return None;
        }
        // "حيث تقتل الجيوش أطفالنا", "«يدمرون المساجد»": a present-tense act inside a quotation
        // is what the speaker says a party does, a claim about its conduct, not a reported event
        // (a present-tense speech act, "«ندين الهجوم»", is the statement itself and stays).
        // (A meeting or visit in a relative clause, "«زيارة … التي يستقبله خلالها الرئيس»", is
        // one under way or planned, as in the rule below.)
        if self.precision_filters
            && !is_speech_rule(&rule.event_type)
            && imperfect_verb(a, s, t)
            && in_quotation(s, t.start)
            && !(rule.event_type == "CONSULT" && t.w0 > 0 && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)))
        {
            return None;
        }
        // "روسيا التي تزود السوريين بالأسلحة", "التحالف الذي يقصف التنظيم": a present-tense act
        // in a relative clause describes what its subject keeps doing, not a new act (visits and
        // protests in a relative clause, "الوفد الذي يزور الإمارات حاليا", are under way and stay).
        if self.precision_filters
            && t.w0 > 0
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "AID" | "MOBILIZE" | "COOPERATE" | "SANCTION")
            && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1))
            && imperfect_verb(a, s, t)
        {
            return None;
        }
        // "فرقت الشرطة المتظاهرين دون اعتقالات", "انفجر الصاروخ دون وقوع إصابات", "سجنوا دون
        // محاكمة": an act named after "دون"/"بدون" qualifies an earlier act of the sentence; it is
        // not an event of its own, negated or not.
        if self.precision_filters
            && ti > 0
            && (1..=2).any(|d| t.w0 >= d && matches!(a.word(t.w0 - d), "دون" | "بدون" | "ودون" | "وبدون"))
            && !a.break_between(t.w0.saturating_sub(2), t.w0)
        {
            return None;
        }
        // "لم يسفر الهجوم عن وقوع إصابات", "لم ترد تقارير عن حدوث اشتباكات", "لعدم حدوث أي
        // اشتباكات": casualties or clashes said not to have happened are no event.
        if self.precision_filters && rule.event_type == "ASSAULT" && none_happened(a, t) {
            return None;
        }
        // "وافقت الوزارة على بيع صواريخ اعتراضية", "قرر نشر طائرات بدون طيار", "يمنعها من
        // امتلاك القنبلة النووية": a weapon that is made, owned, sold, shipped or deployed is a
        // thing handled; nothing is fired at anybody.
        if self.precision_filters && rule.event_type == "ASSAULT" && weapon_handled(a, rule, t) {
            return None;
        }
        // "ساد الحذر": the form with the article is another noun (caution), not this verb's
        // verbal noun.
        if rule.no_verbal_noun && t.article {
            return None;
        }
        // "بدأ مسيرته السياسية": the noun with an attached pronoun is another noun (a career), not
        // the rule's event.
        if rule.no_possessive && rule.pattern == Pattern::Noun && t.pronoun_object {
            return None;
        }
        // A threat noun read as a danger (`threat_as_predicate`) is a topic, dropped after merging.
        let mut danger = false;
        if self.precision_filters {
            // "رفض التعليق", "رافضا الإدلاء بأي تصريح": an idiom (declined to comment), not the
            // act the rule names.
            // In a verb-first clause the subject stands between ("رفض المتحدث باسم الجيش التعليق").
            let subject_end = a.entities.iter().find(|e| e.w0 == t.w1 + 1).map(|e| e.w1 + 1);
            // The object may also follow a subject the dictionary does not know ("أوقفت المحال
            // نشاطها"): the second word after the trigger counts too.
            // (Not when the first word starts a name: "ودعا حزب الله أنصاره", or is the `عبد`
            // of a compound name the dictionary lacks: "دعا عبد الله حمدان الحكومة إلى …".)
            let second = Some(t.w1 + 2)
                .filter(|_| !a.entities.iter().any(|e| e.w0 <= t.w1 + 1 && t.w1 < e.w1) && a.word(t.w1 + 1) != "عبد");
            let first = &self.rule_first[t.rule as usize];
            // A verb's subject of two or three words the dictionary does not know ("وأصيب سكان
            // القرية بالذعر", "رفض رئيس البلدية السابق التعليق"): the word after it counts too,
            // when no name or place covers it and it is no preposition (prec67).
            let far = (t.w1 + 3..=t.w1 + 4).filter(|&i| {
                !rule.unless_next.is_empty()
                    && rule.pattern != Pattern::Noun
                    && unknown_noun_phrase(a, t.w1 + 1, i)
                    && !a.entities.iter().any(|e| e.w0 <= i && i <= e.w1)
                    && !a.places.iter().any(|p| p.w0 <= i && i <= p.w1)
                    && !a.has_class(i, sentence::ROLE_PREP | sentence::LOC_PREP)
            });
            if std::iter::once(t.w1 + 1)
                .chain(second)
                .chain(subject_end)
                .chain(far)
                .any(|i| !a.break_between(t.w1, i) && any_form_in(a, i, &rule.unless_next, &first.unless_next))
                && !(rule.pattern == Pattern::Noun && concluded_in_relative_clause(a, t))
            {
                return None;
            }
            // "ما دعاهم إلى …", "مما دعا إلى …": "which prompted", a cause, not a call.
            if !rule.unless_prev.is_empty() && unless_prev_before(a, t.w0, &rule.unless_prev) {
                return None;
            }
            // "تشكل إيران تهديدا للمنطقة", "تعتبرها أنقرة تهديدا مباشرا", "بات تهديدا": a threat
            // noun as the predicate of a verb of constituting, considering or becoming names a
            // danger, even with the verb's subject or object between.
            // (It is kept as a topic mention, merge38: its restatements, "تهديد المتطرفين" later in
            // the article, still fold into it and go with it, instead of standing alone as the threat.)
            danger = rule.pattern == Pattern::Noun && threat_as_predicate(a, t, &rule.topic_unless_near);
            // "لمواجهة هذا التهديد", "وجاءت هذه التهديدات بعد …": a threat noun pointed back to is
            // one already told (its record stands) or a danger named; no threat of its own.
            if rule.event_type == "THREATEN" && rule.pattern == Pattern::Noun && threat_pointed_back(a, t) {
                return None;
            }
            // "نهبت منهم تحت تهديد السلاح", "وقوع تركيا تحت تهديد التنظيمات": a threat noun right
            // after "تحت" is the manner of the act around it or a standing danger, kept as a topic
            // like prec74's dangers so that its restatements go with it (prec76).
            if rule.event_type == "THREATEN" && rule.pattern == Pattern::Noun && threat_under(a, t) {
                danger = true;
            }
            // "واحتل سهم الإنماء المركز الأول": a place in a ranking behind a subject of several
            // words; the verb is "ranked", not "occupied".
            if rule.mode.as_deref() == Some("seize")
                && rule.pattern == Pattern::Verb
                && (t.w1 + 1..(t.w1 + 9).min(a.words.len()))
                    .take_while(|&i| !a.break_between(t.w1, i))
                    .any(|i| any_form_in(a, i, &RANK_PLACES, &fixed_lists_first().rank_places))
            {
                return None;
            }
            // "وهذا يعني دعمه للتنظيم": what something means or implies, not a report.
            if t.w0 > 0 && MEANING_VERBS.contains(&a.word(t.w0 - 1)) {
                return None;
            }
            // "حذر من مغبة …", "حذر … إذا …": a warning is a threat only when it names a
            // consequence or a condition; "حذر من خطورة الوضع" is an opinion.
            if !rule.needs.is_empty()
                && !(t.w1 + 1..(t.w1 + 1 + NEEDS_REACH).min(a.words.len()))
                    .any(|i| any_form_in(a, i, &rule.needs, &first.needs))
            {
                return None;
            }
            // `needs-near`: "حلقت الأسعار", "يحلق الشعراء في أفق", "في حلقه": a bare verb of
            // flying is an overflight only with a word of military aircraft near it in its
            // clause, before or after ("مروحيات عسكرية تحلق", "حلقت مقاتلات").
            if !rule.needs_near.is_empty() && t.w0 == t.w1 && !form_near(a, t, &rule.needs_near, &first.needs_near) {
                return None;
            }
            // `unless-near`: "استنفرت فرق الدفاع المدني", "حريق استنفر فرق الإطفاء": an alert of a
            // civil service, or one that weather or a fire calls, is service readiness, not a
            // mobilization; any form of the rule, a word before or after it in its clause.
            if !rule.unless_near.is_empty() && form_near(a, t, &rule.unless_near, &first.unless_near) {
                return None;
            }
            // "الحادث الذي وقع على طريق خريص", "وقع عليها الاختيار": «وقع على» as "happened on,
            // befell", not "signed" (prec105).
            // (`checks: happened-on` on its rule in data/dict/triggers, tidy62.)
            if rule.has(Check::HappenedOn) && happened_not_signed(a, t) {
                return None;
            }
            // "دعت مديرية الدفاع المدني المواطنين إلى توخي الحيطة والحذر", "أهابت بالمتقدمين إحضار
            // ملف": a request whose content is caution, compliance with instructions, reporting or
            // the use of a service is public advice or a notice, not an event (SPEC §4).
            if rule.event_type == "REQUEST"
                && content_in_clause(a, t, &ADVICE_CONTENT, &fixed_lists_first().advice_content)
            {
                return None;
            }
            // "حذرت الرئاسة العامة للأرصاد من أمطار غزيرة", "جددت الخارجية تحذير مواطنيها من
            // السفر": a warning whose source or content is weather, travel advice to one's own
            // citizens, disease or a warning device is an advisory, not a threat (SPEC §4). The
            // rules it reads say `checks: advisory` in data/dict/triggers (tidy61).
            if rule.has(Check::Advisory)
                && content_in_clause(a, t, &WARNING_PUBLIC, &fixed_lists_first().warning_public)
            {
                return None;
            }
            // "الأزمة تهدد الاقتصاد", "خطر يهدد المجتمعات", "بات يهدد الوجود": هدّد as
            // "endangers" is no threat by a party against a target (SPEC §4).
            // (`checks: endangers` on its rule in data/dict/triggers, tidy62.)
            if rule.has(Check::Endangers) && endangers(a, t) {
                return None;
            }
        }
        // "اعتقل المحتجون بعد رفضهم فض التجمع", "نظرا لرفض السلطات السماح لها": a refusal in a
        // temporal or causal adverbial is the background of another event, not news of its own.
        // "نزل الآلاف إلى الشارع رفضا للحوار": the accusative masdar after another event is
        // that event's motive ("in rejection of"), like "احتجاجا على".
        // So are "تضامنا مع الأسرى", "تنديدا بـ", "تأييدا لـ", "دعما لـ" after a march or a strike,
        // and "تلبية لدعوة" after a visit: they state why it was held.
        let motive = ti > 0 && {
            let w = a.word(t.w0);
            MOTIVE_MASDARS.contains(&w.strip_prefix('و').unwrap_or(w))
        };
        if self.precision_filters && (motive || (rule.event_type == "REJECT" && refusal_in_adverbial(a, t))) {
            return None;
        }
        // "أكد الوزيران … خلال أول زيارة يقوم بها …", "اعتقل خلال زيارته لليبيا": a visit named
        // as the time of another event of the sentence is a time adverbial; the visit, if it is
        // news, is reported in a sentence of its own.
        if self.precision_filters
            && ti > 0
            && rule.event_type == "CONSULT"
            && rule.mode.as_deref() == Some("visit")
            && rule.pattern == Pattern::Noun
            && t.w0 > 0
            && ((1..=2).any(|d| t.w0 >= d && matches!(a.word(t.w0 - d), "خلال" | "اثناء" | "ابان" | "وخلال"))
                // "أدت الحكومة اليمين قبل يومين من زيارة أوباما", "بعد ساعات على زيارة الرئيس",
                // "مع زيارة يقوم بها": the visit dates the earlier event ("بعد غد" is a date).
                || (1..=3).any(|d| {
                    t.w0 >= d
                        && matches!(a.word(t.w0 - d), "قبل" | "قبيل" | "بعد" | "عشيه" | "مع")
                        && a.word(t.w0 - d + 1) != "غد"
                        && !a.break_between(t.w0 - d, t.w0)
                }))
        {
            return None;
        }
        // "تعهدت قطر بتقديم 500 مليون دولار": a pledge of money or aid is a future AID event,
        // not an AGREE; if an aid word follows, that word codes it. (The rules it reads say
        // `checks: money-pledge` in data/dict/triggers, tidy63; the id once chose them.)
        let pledge = rule.has(Check::MoneyPledge);
        let money_pledge =
            pledge && (t.w1 + 1..(t.w1 + 9).min(a.words.len())).any(|i| in_list!(&MONEY_WORDS, a.word(i)));
        if pledge && !money_pledge && self.precision_filters {
            return None;
        }
        // An aid word right after a money pledge ("تعهدت الكويت بتقديم مساعدات") is that pledge.
        if rule.event_type == "AID" && !pledge {
            let after_pledge = a.triggers[..ti].iter().any(|p| {
                let pr = &self.lex.triggers[p.rule as usize];
                pr.has(Check::MoneyPledge) && t.w0 <= p.w1 + 8
            });
            if after_pledge {
                return None;
            }
        }
        // "رفع المتظاهرون لافتات تطالب برحيل الحكومة", "هتافات منددة بالغارات": what a banner or a
        // chant says is the protest's message, not an event of its own.
        if rule.event_type != "PROTEST" && in_slogan(a, t) {
            return None;
        }
        // "أيده الله", "بارك الله فيكم", "حذر الله منه": a verb whose subject is God right after it
        // is a prayer formula or a religious text, not an event.
        if self.precision_filters && a.word(t.w1 + 1) == "الله" {
            return None;
        }
        // "لبحث", "للمطالبة": a purpose clause of an earlier event in the sentence, not an event.
        if t.purpose
            && ti > 0
            && matches!(rule.event_type.as_str(), "REQUEST" | "CONSULT" | "ACCUSE" | "SUPPORT" | "REJECT")
        {
            return None;
        }
        // Trigger window: this clause, bounded by neighbouring triggers.
        // "الانتحاري الذي فجر نفسه": nor does one before it start this verb's clause.
        let prev_t = match ti.checked_sub(1).map(|i| &a.triggers[i]) {
            Some(p) if names_its_doer(a, &self.lex, p).is_some() => ti.checked_sub(2).map(|i| &a.triggers[i]),
            other => other,
        };
        let next_t = a.triggers.get(ti + 1);
        // A following trigger that repeats this one ("أدان واستنكر الأزهر") does not end its
        // window: the actor after the pair belongs to both.
        let repeats = |x: &TriggerMention| {
            let xr = &self.lex.triggers[x.rule as usize];
            xr.event_type == rule.event_type
                && x.w0 <= t.w1 + 2
                && !a.break_between(t.w1, x.w0)
                && xr.pattern == rule.pattern
        };
        // "هاجم الانتحاري مركز الشرطة": a following trigger that is itself a person noun (the
        // suicide bomber) is this verb's subject, not the start of another clause.
        let next_t = match next_t {
            Some(n) if repeats(n) || names_its_doer(a, &self.lex, n).is_some() => a.triggers.get(ti + 2),
            other => other,
        };
        let after_limit = next_t.map(|n| n.w0).unwrap_or(usize::MAX);
        let before_limit = prev_t.map(|p| p.w1 + 1).unwrap_or(0);

        let is_speech_type =
            matches!(rule.event_type.as_str(), "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT" | "THREATEN");
        // A complementizer ("أن", "إن", "بأن") between an entity and the trigger puts the entity
        // in the reporting clause: it is the source, not the actor (except of speech acts).
        let comp_between = |lo: usize, hi: usize| (lo + 1..hi).any(|i| COMPLEMENTIZERS.contains(&a.word(i)));
        // "هجوم شنته اسرائيل بينما أدانت روسيا الضربة": a contrasting clause names its own subject.
        let opener_between = |lo: usize, hi: usize| (lo + 1..hi).any(|i| CONTRAST_OPENERS.contains(&a.word(i)));
        // (Except the subject of a speech act: "اتهمت صحف أوروبية الحكومة", `source_subject`.)
        let usable = |e: &&EntityMention| {
            (!is_source(a, e) || (is_speech_type && rule.pattern == Pattern::Verb && source_subject(a, t, e)))
                && posted_to(a, e).is_none_or(|h| h >= t.w0 && h <= t.w1)
        };
        // "وتعهدت إيطاليا بتقديم مساعدات وأعلنت هولندا …": a later reporting verb opens a clause of
        // its own, whose subject is not this trigger's object.
        let speech_verb_between = |lo: usize, hi: usize| {
            (lo + 1..hi).any(|i| {
                let w = a.word(i);
                REPORTING_VERBS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
            })
        };
        let ents_after: Vec<&EntityMention> = a
            .entities
            .iter()
            .filter(usable)
            .filter(|e| e.w0 > t.w1 && e.w0 < after_limit && e.w0 <= t.w1 + if e.weak { 1 } else { 10 })
            .filter(|e| !speech_verb_between(t.w1, e.w0))
            .collect();
        // "أدان الأزهر الهجوم": the condemned act follows its condemner, who did not do it.
        let object_of_speech = ti.checked_sub(1).map(|i| &a.triggers[i]).is_some_and(|p| {
            let pr = &self.lex.triggers[p.rule as usize];
            matches!(pr.event_type.as_str(), "ACCUSE" | "SUPPORT" | "REJECT")
                && pr.event_type != rule.event_type
                && t.w0 <= p.w1 + 4
        });
        let ents_before: Vec<&EntityMention> = a
            .entities
            .iter()
            .filter(|_| !object_of_speech)
            .filter(usable)
            .filter(|e| {
                e.w1 < t.w0
                    && e.w0 >= before_limit
                    && t.w0 - e.w1 <= if e.weak { 1 } else { 6 }
                    && (!a.break_between(e.w1, t.w0)
                        || comma_closed_subject(a, rule.pattern, t, e)
                        || comma_cut_subject(a, t, e, &|w| {
                            SUBJECT_SHARING_VERBS.contains(&w) || LAUNCH_FORMS.contains(&w)
                        }))
                    && !comp_between(e.w1, t.w0)
                    && !opener_between(e.w1, t.w0)
            })
            .collect();
        let speech_before = a.cues.iter().rfind(|c| c.kind == CueKind::Speech && c.w1 < t.w0);

        let mut actor: Option<&EntityMention> = None;
        let mut recipient: Option<&EntityMention> = None;
        // (actors133) The party a verb of asking names after «من» is the one asked
        // (`asked_after_min`): it takes the role of a prepositional object below.
        let asked = (rule.pattern == Pattern::Verb).then(|| asked_after_min(a, t)).flatten().map(|e| e.w0);
        let is_role_prep = |e: &EntityMention| {
            e.prep
                .as_deref()
                .is_some_and(|p| matches!(p, "مع" | "علي" | "الي" | "ل" | "ضد" | "ب" | "تجاه" | "عن" | "من"))
                || asked == Some(e.w0)
        };
        // "للتنديد بتوقيف إسلاميين", "قامت السلطات باعتقال طبيب": a coercion verb form with a
        // glued بـ (one word, or with the article) is its verbal noun; with no subject before it,
        // the noun right after it is the one coerced (its object), not the doer.
        // (actors102) The same holds for the other acts done to a person (`PERSON_OBJECT_RULES`:
        // "ندد الحزب بخطف رئيس البلدية", "اتهم الجيش الحركة بقتل القائد"), and for a one-word form
        // right after the passive auxiliary in the perfect ("وتم طرد المحامي",
        // `IMPERSONAL_AUXILIARIES`): the auxiliary's verbal noun has no subject at all. Not when an object follows the noun after
        // it (`masdar_subject_object`): "بقتل الجيش للمدنيين" names its doer there.
        let person_object = PERSON_OBJECT_RULES.iter().any(|p| rule.id.starts_with(p));
        let aux_masdar = rule.pattern == Pattern::Verb
            && person_object
            && t.w0 == t.w1
            && !t.pronoun_object
            && t.w0 > 0
            && IMPERSONAL_AUXILIARIES.contains(&a.word(t.w0 - 1));
        let coerce_masdar = rule.pattern == Pattern::Verb
            && (rule.event_type == "COERCE" || person_object)
            && ((a.word(t.w0).starts_with('ب') && (t.w0 == t.w1 || a.word(t.w0).starts_with("بال"))) || aux_masdar)
            && !masdar_subject_object(a, t, &ents_after);
        // A verb form after a preposition ("في قصف", "بقصف") or with the article ("القصف",
        // "الرفض": verbs take no article) is the verbal noun.
        let pattern = if rule.pattern == Pattern::Verb
            && (t.purpose
                || t.article
                || (t.w0 > 0 && matches!(a.word(t.w0 - 1), "في" | "اثر" | "جراء" | "خلال" | "بعد" | "عقب")))
        {
            Pattern::Noun
        } else {
            rule.pattern
        };
        // "تم اعتقال", "جرى الإفراج عن": an event noun after "تم"/"جرى" is an impersonal passive;
        // the entity before it is not its doer (the speaker still may be: "أعلنت الوزارة أنه تم
        // اعتقال …").
        let impersonal_passive = t.w0 > 0
            && matches!(
                a.word(t.w0 - 1),
                "تم" | "وتم" | "يتم" | "ويتم" | "سيتم" | "وسيتم" | "جري" | "وجري" | "يجري" | "ويجري"
            );
        // A multi-word trigger that contains its subject ("قضت محكمة مصرية بإعدام 5 متهمين").
        // Not after a glued preposition: "بسحب قواتها" is a verbal noun and its object.
        let glued_prep = a.word(t.w0).starts_with('ب') || t.purpose;
        // (A noun with an attached pronoun is the object, not the subject: "تستدعي سفيرها", her
        // own ambassador.)
        let inside = a
            .entities
            .iter()
            .find(|e| e.w0 > t.w0 && e.w0 <= t.w1 && usable(e) && !e.possessed)
            .filter(|_| !glued_prep);
        let passive_read = pattern == Pattern::Verb
            && inside.is_none()
            && !ends_with_prep(a, t)
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "SANCTION")
            && ents_before.is_empty()
            && (passive_reading(a, s, t, nums) || victim_passive(a, &self.lex, t, nums, ents_after.first().copied()));
        // "إن الأجانب اعتقلوا يوم الثلاثاء": victims before an unmarked plural passive.
        let preverbal = if pattern == Pattern::Verb
            && inside.is_none()
            && !ends_with_prep(a, t)
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE")
        {
            preverbal_victim(a, &self.lex, t, ents_before.last().copied())
        } else {
            None
        };
        // "خلية تضم 8 أفراد تم توقيف 7 منهم", "مواطن تونسي تم القبض عليه": a trigger that begins
        // with the passive auxiliary (`impersonal_trigger`) has no subject; the noun right before
        // it is the one the act was done to.
        let own_impersonal = pattern == Pattern::Verb
            && inside.is_none()
            && !ends_with_prep(a, t)
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "SANCTION")
            && impersonal_trigger(a, t);
        let preverbal = if own_impersonal {
            // (Not across a "و" that opens a new clause: "مراقبي الوزارة وتم ضبط الملابس".)
            preverbal.or(ents_before
                .last()
                .copied()
                .filter(|e| e.w1 + 1 == t.w0 && e.prep.is_none() && !a.word(t.w0).starts_with(['و', 'ف'])))
        } else {
            preverbal
        };
        let passive_read = passive_read || preverbal.is_some() || own_impersonal;
        let violent = matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE");
        // "كشف مسؤول عراقي عن سقوط صاروخ": an unnamed official who reports an act is the
        // source of the report, not the doer of the act (except of speech acts). So is a
        // monitor, medium, medic or unarmed UN body who reports an assault or a coercion
        // (`unarmed_reporter`): "أفاد المرصد السوري عن مقتل سبعة أشخاص".
        let reporter = |e: &&EntityMention| {
            let generic = |x: &u32| {
                matches!(
                    self.lex.actors[*x as usize].id.as_str(),
                    "off.official" | "off.mil_official" | "off.sec_official"
                ) || (violent && unarmed_reporter(&self.lex.actors[*x as usize]))
            };
            !is_speech_type
                && e.actors.iter().any(generic)
                && e.actors.iter().all(|x| {
                    generic(x) || matches!(self.lex.actors[*x as usize].kind, ActorKind::Demonym | ActorKind::Country)
                })
        };
        let mut reported = false;
        // The speaker the speech fallback would have lent an attack noun but did not
        // (`speaker_outside_act`): it still keys the mention for merging.
        let mut cleared_speaker: Option<&EntityMention> = None;
        // (actors79) The first word of the reported clause's own subject, when it, not the armed
        // speaker, was made the doer (`reported_clause_subject`): the speaker is then kept as the
        // cleared one, for the topic and the merge key.
        let mut clause_doer: Option<usize> = None;
        // (actors82) The armed speaker was cleared from an attack its clause tells as suffered
        // (`suffered_in_clause`): the mention is a report, kept though it names nobody else.
        let mut suffered = false;
        // The first noun after a call verb is its addressee (`call_addressee`): the speaker may
        // come from a speech verb, but not from the topic.
        let mut addressee = false;
        // The object of a violent verb was read by `verb_object`: a speaker right after a speech
        // verb ("قال مسعفون إن …", "أكد المتحدث أن …") reports the act and is not lent it.
        let mut violent_object = false;
        let speaker =
            |e: &EntityMention| a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w1 < e.w0 && e.w0 <= c.w1 + 2);
        // The subject is a name the dictionary does not know (`bare_name_subject`): the actor
        // stays empty.
        let mut named_subject = false;
        // The subject is the pronoun of the complementizer before the verb
        // (`complementizer_subject`).
        let mut pronoun_subject = false;
        // The genitive of a prepositional phrase after the verb (`prep_genitive`): never the doer.
        let mut pp_genitive: Option<usize> = None;
        // "ندعو", "نطالب" (`first_person_verb`): the verb's subject is "we", the speaker; only a
        // speech verb's speaker may fill it, never the sentence's opening subject.
        let first_person = pattern == Pattern::Verb && first_person_verb(&self.imperfect_stems[t.rule as usize], a, t);
        // (The sentence opens after a dateline, "نيويورك (الأمم المتحدة) (ا ف ب) - رحب مجلس الأمن
        // …": its first words are counted from there, `report_start`.)
        let opening = if field == Field::Text && span.start == 0 { report_start(a, s) } else { 0 };
        let main_subject = || {
            a.entities.iter().filter(usable).find(|e| {
                e.w0 >= opening && e.w0 <= opening + 3 && e.w1 < t.w0 && e.prep.is_none() && !e.weak && !e.possessed
            })
        };
        let shared_subject = |b: Option<&EntityMention>| {
            let b = b?;
            main_subject()
                .filter(|m| m.w1 < b.w0 && !m.conj && !a.break_between(m.w1, t.w0) && !comp_between(m.w1, t.w0))
        };
        // The opening subject a coordinated verb shares, read once for the two arms below: with
        // the party before the verb right before it (`coordinated_object`), or, for an act that
        // governs an object, with no party before it and the party after it as its object
        // (`coordinated_verb_object`). Cheap tests first.
        let verb_pattern = pattern == Pattern::Verb;
        let shared_before = (verb_pattern && coordinated_object(a, rule.pattern, t, ents_before.last().copied()))
            .then(|| shared_subject(ents_before.last().copied()))
            .flatten();
        let shared_after = (verb_pattern
            && ents_before.is_empty()
            && object_verb_type(&rule.event_type)
            && coordinated_verb(a, rule.pattern, t))
        .then(|| {
            let f = ents_after.first()?;
            shared_subject(Some(f))
                .filter(|m| coordinated_verb_object(a, &self.lex, t, m, f, ents_after.get(1).copied()))
        })
        .flatten();
        // "قصفت طائرات التحالف الدولي مواقع التنظيم", "جراء قصف مقاتلات التحالف تمركزات": the
        // weapon platform right after an attack verb is its subject, and the party it belongs to
        // the doer (`platform_doer`).
        // A verbal noun takes it only for a shelling or an air raid ("جراء قصف طائرات التحالف"),
        // whose platform fires; "تدمير دبابات الجيش" destroys the platform. Not with a party right
        // before the verb (its subject: "الجيش استهدف دبابات المتمردين").
        let platform = (rule.event_type == "ASSAULT"
            && !passive_read
            && (verb_pattern || PLATFORM_NOUN_RULES.iter().any(|p| rule.id.starts_with(p)))
            && ents_before.last().is_none_or(|b| t.w0 - b.w1 > 2 || b.prep.is_some()))
        .then(|| platform_doer(a, t))
        .flatten();
        let platform_object = (rule.event_type == "ASSAULT"
            && !passive_read
            && (verb_pattern || PLATFORM_NOUN_RULES.iter().any(|p| rule.id.starts_with(p)))
            && ents_before.last().is_none_or(|b| t.w0 - b.w1 > 2 || b.prep.is_some()))
        .then(|| definite_platform_object(a, t))
        .flatten();
        let honorific = verb_pattern && inside.is_none() && honorific_subject(a, t);
        let prep_subject = (verb_pattern && !passive_read && inside.is_none())
            .then(|| preposition_object_subject(a, t, &ents_after, after_limit))
            .flatten();
        match pattern {
            Pattern::Verb if inside.is_some() => {
                actor = inside;
                recipient = ents_after.iter().copied().find(|e| Some(e.w0) != inside.map(|x| x.w0));
            }
            Pattern::Verb if ends_with_prep(a, t) => {
                // "ألقى القبض على X", "التقى مع X": the object follows, the subject precedes.
                actor = ents_before.last().copied();
                recipient = ents_after.first().copied();
            }
            // (actors111) "وطالب معاليه المجتمع الدولي بـ…": an honorific right after the verb is
            // its subject (`honorific_subject`); the party after it is the object. The doer is
            // the one honoured: the nearest party before the verb in the sentence introduced with
            // the same title ("فخامة الرئيس … وطلب فخامته", `honorific_antecedent`), else a
            // speaker before the verb or the sentence's opening subject, else the topic of the
            // sentences before when it is one person, an office or a body (below).
            Pattern::Verb if honorific => {
                recipient = ents_after.first().copied().filter(|_| !t.pronoun_object);
                actor = a
                    .entities
                    .iter()
                    .filter(usable)
                    .rfind(|e| e.w1 < t.w0 && !e.is_location && honorific_antecedent(a, a.word(t.w1 + 1), e));
                addressee = actor.is_none();
            }
            // "قتل ثلاثة مدنيين", "قُتل مدنيون": a number right after the verb, or a damma on its
            // first letter, reads the verb as passive: what follows is the recipient.
            Pattern::Verb if passive_read => {
                recipient = preverbal.or(ents_after.first().copied());
                let agent_cue = a.cues.iter().find(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit);
                if let Some(ac) = agent_cue {
                    actor = agent_after(a, &self.lex, ac);
                }
            }
            // (actors109) "وفي العراق سيطر المسلحون على …", "وقال البيان وافق المجلس على …": the
            // party between a verb and the preposition of its object is its subject, whatever
            // stands before the verb; the object follows the preposition.
            Pattern::Verb if prep_subject.is_some() => {
                if let Some((s, p)) = prep_subject {
                    actor = Some(s);
                    recipient = ents_after.iter().find(|n| n.w0 > p).copied();
                }
            }
            // "استقبل الوزير السفير الفرنسي وبحث معه": the party right before a verb with a glued
            // و is the object of the clause before it, not this verb's subject (`coordinated_object`):
            // the verb shares the subject that opens the sentence, with nothing between that
            // subject and the verb to end its clause (a break, a complementizer).
            Pattern::Verb if shared_before.is_some() => {
                actor = shared_before;
                recipient = ents_after.first().copied().filter(|_| !t.pronoun_object);
            }
            // "وأدانت الجامعة العربية الهجوم واتهمت إسرائيل": a coordinated verb with no party
            // before it in its clause shares the sentence's opening subject; the party after it
            // is its object (`coordinated_verb_object`).
            Pattern::Verb if shared_after.is_some() => {
                actor = shared_after;
                recipient = ents_after.first().copied();
            }
            Pattern::Verb => {
                // (actors88: not the one a speech cue before it addresses, "قال كارتر للصحفيين
                // «سألتقي …»"; the speech fallback below reads that sentence.)
                if let Some(b) = ents_before
                    .last()
                    .filter(|_| !aux_masdar)
                    .filter(|b| speech_before.is_none_or(|sp| sp.w1 < b.w0 && !speech_addressee(&self.lex, a, sp, b)))
                {
                    if let Some(s) =
                        ents_after.first().copied().filter(|e| nominative_plural_subject(a, &self.lex, t, e))
                    {
                        // "حين اقتحم مسلحون عددا من المباني": the plural in ـون is the subject
                        // (with the parties joined to it by و); the party before the verb
                        // belongs to the clause before.
                        actor = Some(s);
                        recipient = ents_after.iter().skip(1).find(|n| !n.conj).copied().filter(|_| !t.pronoun_object);
                    } else {
                        actor = Some(b);
                        recipient = ents_after.first().copied();
                    }
                } else {
                    let mut it = ents_after.iter();
                    // (actors83) "ودعت المديرية العامة للجوازات المقيمين", "وانسحب الأخير": a
                    // doer's noun phrase the dictionary lacks right after the verb is its subject;
                    // no party further on, no speaker and no topic is lent the act.
                    let agent_subject = if coerce_masdar { None } else { unknown_agent_subject(a, t, first_person) };
                    named_subject = agent_subject.is_some();
                    if let Some(first) = it.next() {
                        addressee = call_addressee(a, &self.lex, &rule.event_type, t, first);
                        if let Some(end) = agent_subject.filter(|&end| first.w0 > end) {
                            // The body the phrase belongs to is the doer (`subject_owner`); a party
                            // with a role preposition or right past the phrase is the object, one
                            // further on (inside the phrase's own chain: "المدير الإقليمي للحملة
                            // الوطنية السعودية") none.
                            addressee = false;
                            if subject_owner(a, end, first) {
                                actor = Some(first);
                                recipient = it.find(|n| !n.conj).copied().filter(|_| !t.pronoun_object);
                            } else if !t.pronoun_object
                                && (is_role_prep(first) || first.w0 <= end + 2)
                                && !nisba_party(a, first)
                            {
                                recipient = Some(first);
                            }
                        } else if is_role_prep(first) || coerce_masdar || addressee {
                            recipient = Some(first);
                            // (actors102) The verbal noun's doer is only one an agent phrase
                            // names after it ("بخطف الصحفي على يد مسلحين").
                            if coerce_masdar && !is_role_prep(first) {
                                actor = a
                                    .cues
                                    .iter()
                                    .find(|c| c.kind == CueKind::Agent && c.w0 > first.w1 && c.w0 < after_limit)
                                    .and_then(|ac| agent_after(a, &self.lex, ac));
                            }
                            // "والتقى أوغلو بنظيره": the name after the verb is the subject; no
                            // fallback lends the act to a speaker or a topic.
                            named_subject = bare_name_subject(a, &self.lex, t, first).is_some();
                        } else if let Some((head, prep)) = prep_genitive(a, t, first) {
                            // "وأشاد الديلمي بدور المملكة": the party is the genitive of a
                            // prepositional phrase, the object's side: the recipient when the
                            // phrase follows the verb or its one-word subject (a glued بـ/لـ only
                            // for speech acts, whose complement it is: "أشاد بدور", "طالب
                            // بتسليح"; not "تعليق الرحلات بمطار الملك خالد"). A word between the
                            // verb and the phrase (one word) is the unknown subject, and no
                            // fallback fills it. Otherwise only a speaker or the main clause's
                            // subject may fill it, as for an addressee ("وأشاد بدور الجيش"), and
                            // past more words only in a sentence with a speech verb and not for
                            // a violent act, whose speaker reports it ("قال الرئيس إنه سيستقيل
                            // إذا لم ينجح في تشكيل الحكومة").
                            let glued = matches!(prep, "ب" | "ل");
                            recipient = (PP_RECIPIENT_PREPS.contains(&prep)
                                && (!glued || is_speech_type)
                                && head <= t.w1 + 2
                                && !t.pronoun_object)
                                .then_some(*first);
                            named_subject = head == t.w1 + 2
                                || (head > t.w1 + 2
                                    && (speech_before.is_none()
                                        || matches!(
                                            rule.event_type.as_str(),
                                            "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE"
                                        )));
                            addressee = !named_subject;
                            pp_genitive = Some(first.w0);
                        } else if verb_object(a, &self.lex, t, first, first_person) {
                            // "قتلوا شرطيا": the subject is in the verb or before it; the noun
                            // after it is the object. The doer may come from a speech verb or
                            // the main clause's subject, as for a call verb's addressee.
                            recipient = Some(first);
                            addressee = true;
                            violent_object = matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE");
                        } else if complementizer_subject(a, t, first) {
                            // "قالت إنها أوقفت ناشطين": the subject is the complementizer's
                            // pronoun; the noun after the verb is its object.
                            recipient = Some(first);
                            pronoun_subject = true;
                        } else if let Some(object) = bare_name_subject(a, &self.lex, t, first) {
                            // "واتهم دربالة إسرائيل": an unknown name is the subject; the known
                            // entity after it is the object.
                            named_subject = true;
                            recipient = if t.pronoun_object { None } else { Some(object) };
                        } else if object_verb_type(&rule.event_type) && unknown_noun_subject(a, t, first) {
                            // "واتهمت اللجنة الحكومة": a definite noun the dictionary lacks is
                            // the subject; the party after it is the object.
                            named_subject = true;
                            recipient = if t.pronoun_object { None } else { Some(first) };
                        } else if owned_object_after_verb(a, t, first) {
                            // "استهدفت منزل قيادي": the party owns the object right after the
                            // verb. The subject is the verb's pronoun, mostly an act before it
                            // ("التفجير الذي استهدف مسجد …"): no speaker, main subject or topic
                            // is lent the act (one who condemns it is no doer).
                            named_subject = true;
                            recipient = if t.pronoun_object { None } else { Some(first) };
                        } else if let Some(object) =
                            coordinated_call_object(a, &rule.event_type, t, first, it.clone().next())
                        {
                            // "ودعا الغامدي المواطنين والمقيمين": an unknown subject stands between
                            // the call verb and a pair of parties, the pair its object.
                            named_subject = true;
                            recipient = if t.pronoun_object { None } else { Some(object) };
                        } else {
                            actor = Some(first);
                            let mut next = it.next().copied();
                            // "وانتقدت إسرائيل والجالية اليهودية الاتفاق": entities joined to the
                            // subject by و are more subjects, not the object. Not for acts done
                            // together or against each other ("التقى الرئيسان X وY"), nor for
                            // deployments, whose unknown subject leaves a coordinated object first
                            // ("وأرسل مئات الجنود وقوات"), nor for اتهم, whose accused are often a
                            // pair ("اتهم التقرير قوات وميليشيات"). A call's pair right after its verb
                            // (or an adverb) is its subject ("حثت بريطانيا وفرنسا الدول الأخرى"),
                            // unless the verb's form says the subject is elsewhere
                            // (`subject_outside_verb`); one further on is its object
                            // (`coordinated_call_object`).
                            if !matches!(
                                rule.event_type.as_str(),
                                "CONSULT" | "AGREE" | "COOPERATE" | "ASSAULT" | "MOBILIZE"
                            ) && rule.id != "accuse.allege.verb"
                                && !(rule.event_type == "REQUEST" && subject_outside_verb(a, t))
                            {
                                let mut end = first.w1;
                                while let Some(n) =
                                    next.filter(|n| n.conj && n.w0 <= end + 3 && !a.break_between(end, n.w0))
                                {
                                    end = n.w1;
                                    next = it.next().copied();
                                }
                            }
                            recipient = if t.pronoun_object { None } else { next };
                        }
                    }
                }
            }
            Pattern::Passive => {
                recipient = ents_after.first().copied();
                // "حكم على المتهم بالسجن", "حكم على 60 شخصا": the one sentenced stands within two
                // words after "على"; a party further on belongs to another phrase
                // (`split_verdict`, recall46; `checks: verdict`, tidy63).
                if rule.has(Check::Verdict) {
                    recipient = recipient.filter(|e| e.w0 <= t.w1 + 3);
                }
                // An agent after على يد / من قبل / برصاص.
                let agent_cue = a.cues.iter().find(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit);
                if let Some(ac) = agent_cue {
                    actor = agent_after(a, &self.lex, ac);
                    if recipient.map(|r| r.w0) == actor.map(|x| x.w0) {
                        recipient = None;
                    }
                }
            }
            Pattern::Noun => {
                // "قتل مدنيان في انفجار": an entity before a noun introduced by a preposition is
                // not its doer.
                // Not a mobilization noun with a glued بـ after a deploying verb in its clause: "دفع
                // الجيش بتعزيزات إلى الحدود" names the deployment's doer between them.
                let deploy_object = rule.event_type == "MOBILIZE"
                    && (t.w0.saturating_sub(4)..t.w0)
                        .any(|i| sentence::is_deploy_verb(a.word(i)) && !a.break_between(i, t.w0));
                let prep_before_noun = (a.word(t.w0).starts_with('ب') && !deploy_object)
                    || (t.w0 > 0 && matches!(a.word(t.w0 - 1), "في" | "اثر" | "جراء" | "خلال" | "بعد" | "عقب" | "منذ"));
                // "ووجهت النيابة للمتهمين اتهامات": an entity with a role preposition is the
                // object of something else, not the doer of the noun after it.
                // "وصل وزير الخارجية إلى بغداد في زيارة رسمية": a visit after "في" is the trip a
                // verb of travel before it tells, made by the traveller (`travel_visit_doer`).
                let traveller = if prep_before_noun && !impersonal_passive {
                    travel_visit_word(a, rule, t).and_then(|(j, _)| travel_visit_doer(a, &self.lex, t, j, &usable))
                } else {
                    None
                };
                let ents_before: Vec<&EntityMention> = if let Some(d) = traveller {
                    vec![d]
                } else if prep_before_noun || impersonal_passive {
                    Vec::new()
                } else {
                    ents_before.iter().copied().filter(|e| !is_role_prep(e)).collect()
                };
                // "زيارته", "اعتقالهم": an attached pronoun is the noun's genitive, so the entity
                // after it is not (it starts another phrase: "خلال زيارته لليبيا"). An indefinite
                // accusative ("بدأوا اعتصاما أمام الوزارة", "شنوا هجوما") has no genitive at all:
                // its doer is the verb's subject before it.
                let indefinite = rule.pattern == Pattern::Noun && t.w0 == t.w1 && {
                    let w = a.word(t.w1);
                    w.ends_with('ا') && w.chars().count() >= 4
                };
                let first_after =
                    ents_after.first().copied().filter(|e| e.w0 <= t.w1 + 3 && !t.pronoun_object && !indefinite);
                match rule.of {
                    // "أطلقت الشرطة الغاز المسيل للدموع على المحتجين": a weapon is the object of
                    // the firing verb; its user is the subject before it, its target follows.
                    Of::Instrument if !ents_before.is_empty() => {
                        actor = ents_before.last().copied();
                        recipient = ents_after
                            .iter()
                            .copied()
                            .find(|e| is_role_prep(e))
                            .or_else(|| ents_after.first().copied());
                    }
                    // "برصاص مسلحين", "صواريخ داعش": with no subject before it, the owner of the
                    // weapon follows it, as for a noun of its actor.
                    Of::Actor | Of::Instrument => {
                        // "مظاهرة للمعارضة", "اعتصام للعمال": a glued لـ right after a protest
                        // noun marks whose protest it is, not its target.
                        let lam_owner = |e: &&EntityMention| {
                            rule.event_type == "PROTEST" && e.prep.as_deref() == Some("ل") && e.w0 == t.w1 + 1
                        };
                        if let Some(f) = first_after.filter(|e| !is_role_prep(e) || lam_owner(e)) {
                            actor = Some(f);
                            recipient = ents_after.iter().copied().find(|e| e.w0 > f.w1 && is_role_prep(e));
                        } else {
                            actor = ents_before.last().copied();
                            recipient = ents_after.iter().copied().find(|e| is_role_prep(e));
                        }
                    }
                    Of::Recipient => {
                        recipient = first_after;
                        actor = ents_before.last().copied().filter(|e| recipient.is_none_or(|r| r.w0 != e.w0));
                        if actor.is_none() {
                            let agent_cue =
                                a.cues.iter().find(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit);
                            if let Some(ac) = agent_cue {
                                actor = agent_after(a, &self.lex, ac);
                            }
                        }
                    }
                }
            }
        }
        // (actors104) "ومداهمة منازل ناشطين", "وداهمت منزل القيادي", "الهجوم على مبنى الوزارة",
        // "استهدفت الفصائل المقاتلة مواقع القوات": a party read as the doer after a violent act,
        // right after a bare building or position noun that is the act's object
        // (`owned_target_after`), owns what was struck: it is the recipient. The doer is the
        // subject before the act in its clause (for a verb with a glued و, the sentence's opening
        // subject it shares), else nobody; no fallback lends the act.
        if matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "FIGHT") {
            if let Some(x) = actor.filter(|x| x.w0 > t.w1 && owned_target_after(a, t, x)) {
                recipient = Some(x);
                actor = if pattern == Pattern::Verb {
                    ents_before
                        .last()
                        .copied()
                        .filter(|b| b.prep.is_none())
                        .or_else(|| a.word(t.w0).starts_with('و').then(|| shared_subject(Some(x))).flatten())
                } else {
                    None
                };
                named_subject = true;
            }
        }
        // (actors112) "قصفت الطائرات المقاتلة التابعة للتحالف مواقع للمسلحين": the party after a
        // participle of affiliation that closes the verb's subject (`affiliated_subject`) owns
        // the doer; read as the recipient (or the participle itself read as one), it is not. The
        // doer is a party inside the subject phrase, else that owner; the recipient the first
        // party past the owner (no glued و, no place), else none. Only with no party read as the
        // doer before the verb (a subject before it makes the phrase the object).
        if pattern == Pattern::Verb && actor.is_none_or(|x| x.w0 >= t.w0) {
            if let Some((i, j)) = affiliated_subject(a, t) {
                let owner = a
                    .entities
                    .iter()
                    .filter(usable)
                    .find(|e| e.w0 == j + 1 && e.prep.as_deref() == Some("ل") && !e.is_location);
                if let Some(o) = owner.filter(|o| recipient.is_some_and(|r| r.w0 == o.w0 || (r.w0 >= i && r.w0 <= j))) {
                    let inner = a
                        .entities
                        .iter()
                        .filter(usable)
                        .find(|e| e.w0 >= t.w0 && e.w0 < j && e.w1 >= i && e.prep.is_none() && !e.is_location);
                    actor = inner.or(Some(o));
                    recipient = ents_after.iter().copied().find(|e| e.w0 > o.w1 && !e.conj && !e.is_location);
                    named_subject = true;
                }
            }
        }
        // "لدى استقباله وزير الخارجية": the party after a meeting or call noun with its doer's
        // pronoun is its object (`pronoun_doer_object`).
        if pattern == Pattern::Noun && recipient.is_none() {
            recipient = pronoun_doer_object(a, &self.lex, rule, t, ents_after.first().copied())
                .filter(|e| actor.is_none_or(|x| x.w0 != e.w0));
        }
        // "رفض الرئيس الصلح مع التنظيم", "رفضت الحكومة زيارة رجل الدين": the refused act
        // (`refused_act`) is no event of its own; the party it was to be with or by, named right
        // after it (its genitive, or after مع / لـ / ضد), is the refusal's recipient.
        if rule.event_type == "REJECT" && recipient.is_none() && self.precision_filters {
            if let Some(n) = a.triggers.get(ti + 1).filter(|n| refused_act(a, &self.lex, t, n)) {
                let limit = a.triggers.get(ti + 2).map_or(usize::MAX, |x| x.w0);
                recipient = a.entities.iter().filter(usable).find(|e| {
                    e.w0 > n.w1
                        && (e.w0 == n.w1 + 1
                            || (e.w0 <= n.w1 + 3
                                && (a.word(n.w1 + 1) == "مع"
                                    || e.prep.as_deref().is_some_and(|p| matches!(p, "مع" | "ل" | "ضد")))))
                        && e.w0 < limit
                        && actor.is_none_or(|x| x.w0 != e.w0)
                        && !a.break_between(n.w1, e.w0)
                        && !comp_between(n.w1, e.w0)
                });
            }
        }
        // "أدان الوزير الهجوم، مطالبا المجتمع الدولي بالتحرك": an accusative active participle
        // (a circumstantial clause: مطالبا، محذرا، مشيدا) has no subject of its own; its doer is
        // the subject of the main clause: a plain noun among the sentence's first words ("وأكد
        // الوزير", "وقال الجيش الحر"; not one deep in a quote or a genitive). What follows the
        // participle is its object (`main_subject`, defined before the role match).
        // (The participle rule of "متهما/متهمة/متهمين X بـ" is one in all its forms, ة and ين too.)
        // ("داعيا", the one accusative participle of a call verb without مـ, is one of them:
        // `BARE_ACCUSATIVE_PARTICIPLES`.) A rule of participles says `checks: accusing-participle`
        // (tidy63).
        let participle = accusative_participle(a.word(t.w0))
            || (t.w0 == t.w1 && BARE_ACCUSATIVE_PARTICIPLES.contains(&unconj(a.word(t.w0))));
        let accusing_participle = rule.has(Check::AccusingParticiple);
        if rule.pattern == Pattern::Verb && (participle || accusing_participle) {
            if let Some(m) = main_subject() {
                if recipient.is_none() {
                    recipient = actor.filter(|x| x.w0 > t.w1);
                }
                actor = Some(m);
                if recipient.is_some_and(|r| r.w0 == m.w0) {
                    recipient = None;
                }
            } else if accusing_participle {
                // "… متهمة الائتلاف الحاكم بالهيمنة" with no subject near the start: the entity
                // after the participle is the accused, never the accuser.
                if let Some(x) = actor.filter(|x| x.w0 > t.w1) {
                    recipient = recipient.or(Some(x));
                    actor = None;
                }
            } else {
                // "كما حذر من …، داعيا المجتمع الدولي إلى …", "مؤكدا …، داعيا المتنزهين والصيادين
                // إلى …": with no named subject near the start, the party after the participle
                // is still its object (before a later party read as the recipient), and a party
                // before it closes the clause before (an object or a genitive there), never the
                // participle's subject. Only a speaker of a speech verb may then fill the doer, as
                // for a call verb's addressee; not the topic (a doer the sentence had read wrong
                // is not replaced by a guess from elsewhere). With no party read as the doer the
                // fallbacks stand as they were.
                if let Some(x) = actor {
                    if x.w0 > t.w1 && recipient.is_none_or(|r| r.w0 > x.w0) {
                        recipient = Some(x);
                    }
                    actor = None;
                    addressee = true;
                }
            }
        }
        // "وجدد المبعوث أمس دعوته لوقف القتال", "وأكد المجلس في بيان استنكاره للهجوم": the pronoun
        // on a condemnation or call noun (`possessive_doer`) names its doer, the subject of
        // the main clause (not across a complementizer: "أشارت الجماعات إلى أن معتقلين احتجزوا
        // لمطالبتهم" is no demand of the groups').
        // So does a meeting or visit noun named as the time of the main clause ("وعد الرئيس
        // بتعزيز العلاقات خلال زيارته إلى باريس", `meeting_during`): whatever the main verb.
        if pattern == Pattern::Noun
            && actor.is_none()
            && !impersonal_passive
            && (possessive_doer(a, rule, t) || meeting_during(a, rule, pattern, t))
        {
            // (Nor across a relative pronoun, "النواب الذين جددوا دعوتهم", whose antecedent is the
            // doer; nor a place, a dateline's city; nor past another party, "تلقى الملك اتصالا من
            // أمير الكويت عبر فيه عن استنكاره", who is the nearer antecedent.)
            actor = main_subject().filter(|m| {
                !m.is_location
                    && !a.entities.iter().any(|e| e.w0 > m.w1 && e.w1 < t.w0 && !e.weak && !e.is_location)
                    && !comp_between(m.w1, t.w0)
                    && !(m.w1 + 1..t.w0).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
                    && recipient.is_none_or(|r| r.w0 != m.w0)
            });
        }
        // "وقام وفد من المجلس بزيارة للعاصمة", "قامت الشرطة بتفريق المتظاهرين": the subject of
        // قام does the act its بـ noun names; an entity read as the noun's genitive owner moves to
        // the recipient.
        if pattern == Pattern::Noun && !impersonal_passive && a.word(t.w0).starts_with('ب') {
            let qama = (t.w0.saturating_sub(8)..t.w0).rev().find(|&i| {
                let w = a.word(i);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                QAMA_FORMS.contains(&w)
            });
            let subject = qama
                .filter(|&q| !a.break_between(q, t.w0))
                .and_then(|q| a.entities.iter().filter(usable).find(|e| e.w0 > q && e.w1 < t.w0 && !is_role_prep(e)));
            if let Some(sub) = subject {
                if let Some(x) = actor.filter(|x| x.w0 > t.w1) {
                    if recipient.is_none() {
                        recipient = Some(x);
                    }
                }
                actor = Some(sub);
                if recipient.is_some_and(|r| r.w0 == sub.w0) {
                    recipient = None;
                }
            }
        }
        // Constructions that name the doer away from the trigger (section 5, "Light verbs,
        // relative clauses and exposure"): "أقدم مسلح على تفجير", "قيام السلطات باعتقال", "شنت
        // الحكومة غارات"; "الهجوم الذي استهدف السفارة" and "الهجوم الذي شنه مسلحون"; "تعرضت
        // القرية لقصف"; "القصف التركي".
        let mut relative_subject = false;
        if let Some(c) = construction_roles(a, &self.lex, rule, t, pattern, passive_read, impersonal_passive) {
            let ok = |e: &&EntityMention| usable(e);
            match c {
                Construction::Doer(d) if ok(&d) => {
                    if let Some(x) = actor.filter(|x| x.w0 > t.w1 && x.w0 != d.w0) {
                        if recipient.is_none() {
                            recipient = Some(x);
                        }
                    }
                    actor = Some(d);
                    if recipient.is_some_and(|r| r.w0 == d.w0) {
                        recipient = None;
                    }
                    // "العقوبات التي فرضها مجلس الأمن على كوريا": the object after the doer.
                    if recipient.is_none() && d.w0 > t.w1 {
                        recipient = a
                            .entities
                            .iter()
                            .filter(usable)
                            .find(|e| e.w0 > d.w1 && e.w0 <= d.w1 + 4 && e.w0 < after_limit && is_role_prep(e));
                    }
                }
                // "قبل أمانو دعوة من أعضاء مجلس الشيوخ": the party after من asks; the party
                // before the noun in its clause (the doer read there, or a plain entity near it)
                // acted at its request or received it and is its recipient.
                Construction::Requester(d) if ok(&d) => {
                    recipient = actor
                        .filter(|x| x.w1 < t.w0)
                        .or_else(|| ents_before.last().copied().filter(|e| !e.is_location && e.prep.is_none()));
                    recipient = recipient.filter(|x| x.w0 != d.w0);
                    actor = Some(d);
                }
                Construction::Victim(v) if ok(&v) => {
                    recipient = Some(v);
                    if actor.is_some_and(|x| x.w0 == v.w0) {
                        actor = None;
                    }
                }
                Construction::RelativeSubject(subject, object) => {
                    actor = subject.filter(ok);
                    recipient = object.filter(ok).filter(|o| actor.is_none_or(|x| x.w0 != o.w0));
                    relative_subject = true;
                }
                _ => {}
            }
        }
        // (actors131) "ترفض الحكومة اتهامات من المعارضة بأنها …": the party of an agent phrase after
        // an accusation noun accuses; the one accused is a party named after the noun (لـ, ضد),
        // else the subject before it in its clause (the one who rejects or is exposed to it).
        if let Some(d) = accuser_after_min(a, rule, pattern, t).filter(|d| usable(d)) {
            let before = actor
                .filter(|x| x.w1 < t.w0)
                .or_else(|| {
                    // (The subject of "ترفض"/"تعرضت" is often kept off as a speaker: read it here.)
                    a.entities.iter().rfind(|e| {
                        e.w1 < t.w0
                            && t.w0 - e.w1 <= 4
                            && !e.is_location
                            && e.prep.is_none()
                            && !comp_between(e.w1, t.w0)
                    })
                })
                .filter(|x| x.w0 != d.w0 && !a.break_between(x.w1, t.w0));
            recipient = recipient.filter(|r| r.w0 > t.w1 && r.w0 != d.w0).or(before);
            actor = Some(d);
        }
        // "استهدف هجوم انتحاري مركزا للشرطة": an attack noun that is a verb's subject; the
        // verb's object is the target, only the noun's own genitive its doer.
        if let Some((doer, target)) = event_noun_subject(a, &self.lex, t, pattern, passive_read) {
            actor = doer.filter(usable);
            recipient = target.filter(usable).filter(|r| actor.is_none_or(|x| x.w0 != r.w0));
            relative_subject = true;
        }
        // "قالت المنظمة إن نشطاء تعرضوا للتعذيب في السجن": a trigger that is itself an exposure
        // verb (`تعرض للتعذيب`) has its victim as subject; its doer is only an agent after على يد.
        if let Some(x) = actor.filter(|x| x.w1 < t.w0 && exposure_trigger(a, t)) {
            let agent = a
                .cues
                .iter()
                .find(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit)
                .and_then(|ac| agent_after(a, &self.lex, ac));
            recipient = Some(x);
            actor = agent.filter(|g| g.w0 != x.w0);
            relative_subject = true;
        }
        // "شيعوا الجندي الذي استشهد إثر إصابته بقذيفة", "الوحيشي الذي قتل في غارة": the antecedent
        // of a relative pronoun right before a casualty or arrest verb read as a passive is the
        // one who suffered it (`relative_victim`), never its doer; the doer is only an agent cue.
        // (Not when it is the recipient already, as a plural passive's victim: `preverbal_victim`.)
        if let Some(v) =
            relative_victim(a, s, rule, t).filter(usable).filter(|v| recipient.is_none_or(|r| r.w0 != v.w0))
        {
            if actor.is_some_and(|x| x.w0 == v.w0) {
                actor = a
                    .cues
                    .iter()
                    .find(|c| c.kind == CueKind::Agent && c.w0 > t.w1 && c.w0 < after_limit)
                    .and_then(|ac| agent_after(a, &self.lex, ac))
                    .filter(|g| g.w0 != v.w0);
            }
            recipient = Some(v);
            relative_subject = true;
        }
        // "قصفت طائرات التحالف الدولي مواقع التنظيم": the owner of the platform after the verb
        // is the doer (`platform_doer`); the first other party after it, the object.
        // "استهدفت الطائرات تنظيم داعش": the party after a definite platform is the object, and
        // the doer unnamed (`definite_platform_object`).
        let platform = platform.filter(|_| platform_object.is_none());
        if let Some(o) = platform_object.filter(|_| !t.pronoun_object) {
            actor = None;
            recipient = Some(o);
            relative_subject = true;
        }
        if let Some(p) = platform {
            actor = Some(p);
            recipient = ents_after
                .iter()
                .copied()
                .find(|n| n.w0 > p.w1 && !n.conj && !a.break_between(p.w1, n.w0))
                .filter(|_| !t.pronoun_object);
            relative_subject = true;
        }
        // "أسفر القصف عن مقتل جندي عراقي برصاص قناص من الجيش الحر": the victim named right
        // after an earlier casualty or arrest word is not the doer of a later act in the sentence
        // (`victim_of_earlier`).
        if let Some(x) = actor.filter(|x| x.w1 < t.w0 && victim_of_earlier(a, &self.lex, t, x)) {
            let armed = |e: &EntityMention| {
                e.actors.iter().any(|&i| {
                    let act = &self.lex.actors[i as usize];
                    act.kind != ActorKind::Demonym
                        && matches!(act.sector.as_deref(), Some("MIL" | "COP" | "SPY" | "REB" | "UAF"))
                })
            };
            if rule.event_type == "ASSAULT" && !rule.id.starts_with("assault.clash") {
                match recipient {
                    // The armed party after the trigger ("برصاص قناص من الجيش الحر") is the doer.
                    Some(r) if armed(r) => {
                        actor = Some(r);
                        recipient = Some(x);
                    }
                    Some(_) => actor = None,
                    None => {
                        actor = None;
                        recipient = Some(x);
                    }
                }
                relative_subject = true;
            } else if rule.event_type == "COERCE" {
                actor = None;
                relative_subject = true;
            }
        }
        // "كشف مسؤول عراقي عن سقوط صاروخ": the official right after the speech verb is the
        // subject of that verb, not of the event noun after it.
        if let Some(x) = actor {
            if reporter(&x) && a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w1 < x.w0 && x.w0 <= c.w1 + 2) {
                actor = None;
                reported = true;
            }
        }
        // "أعلن الحرس الثوري مقتل قائد", "أكدت مصادر الحزب مصرع ستة من مقاتليه": a toll the
        // subject of a reporting verb announces is no act of its (`announced_toll`).
        if let Some(x) = actor {
            if pattern == Pattern::Noun && casualty_rule(&rule.id) && announced_toll(a, t, x) {
                actor = None;
                reported = true;
            }
        }
        // (actors108) "وكانت الشرطة قد عثرت على جثة رجل", "أفاد بلاغ العثور على جثة": the party
        // before a trigger of a found body is its finder, not the killer (`body_finder`); the
        // doer is only an agent phrase after the trigger ("… قتل برصاص مسلحين").
        if let Some(x) = actor.filter(|x| x.w1 < t.w0 && body_finder(a, rule, t)) {
            actor = agent_in_own_phrase(a, &self.lex, t.w1, after_limit, x, recipient);
            reported = true;
            relative_subject = true;
        }
        // "فجر انتحاري نفسه", "أوضحت الوزارة هوية الانتحاري": a trigger that is itself a person
        // noun is its own doer; no other entity, speaker or topic stands in for it.
        // (It does not make a bare noun a report: the precision filter below still sees nobody.)
        let mut own_doer = false;
        if let Some(d) = names_its_doer(a, &self.lex, t).filter(usable) {
            own_doer = actor.is_none();
            actor = Some(d);
            if recipient.is_some_and(|r| r.w0 == d.w0) {
                recipient = None;
            }
        }
        // "استدعت سفيرها لدى طهران": the country an envoy named in the trigger is posted to is
        // the one the act is aimed at, never its doer (`posted_to`).
        if let Some(x) = actor.filter(|x| posted_to(a, x).is_some()) {
            actor = None;
            if recipient.is_none() {
                recipient = Some(x);
            }
        }
        // "وفي الدوحة يلتقي كيري بـ…", "يتوجه الرئيس إلى القاهرة للمشاركة في القمة", "يقوم بزيارة
        // القاهرة": a country or capital that is a meeting's venue or destination is not who
        // meets; a destination is the host (`venue_party`).
        if rule.event_type == "CONSULT" {
            if let Some((x, destination)) = actor.and_then(|x| Some((x, venue_party(&self.lex, rule, t, x)?))) {
                if recipient.is_none() && destination {
                    recipient = Some(x);
                }
                actor = None;
            }
        }
        // Reported speech: the speaker acts when the clause has no subject of its own.
        let mut actor_ent: Option<Entity> = None;
        // An assault verb read as a passive ("قُتل 3 جنود") or as a verbal noun ("جراء قصف") has
        // no subject of its own to supply: like an `of: recipient` noun, it takes neither the
        // speaker (who reports the attack, "أفاد المرصد") nor the topic.
        let subjectless = rule.event_type == "ASSAULT"
            && (passive_read || (rule.pattern == Pattern::Verb && pattern == Pattern::Noun));
        if actor.is_none()
            && !object_of_speech
            && !subjectless
            && !relative_subject
            && !named_subject
            && rule.pattern != Pattern::Passive
            && !(rule.pattern == Pattern::Noun && matches!(rule.of, Of::Recipient | Of::Instrument) && !is_speech_type)
        {
            if let Some(sp) = speech_before {
                let spoken_to = |e: &EntityMention| speech_addressee(&self.lex, a, sp, e);
                // The first party within four words after the cue, before the trigger: the speaker
                // or the one spoken to.
                let after_cue =
                    a.entities.iter().filter(usable).find(|e| e.w0 > sp.w1 && e.w0 <= sp.w1 + 4 && e.w1 < t.w0);
                // (Twelfth session: for every non-speech verb rule, not only the violent types:
                // "وأضافت أن محاميا تابعا للمنظمة التقى بالرجال" is no meeting of the speaker's.)
                let own_clause = (rule.pattern == Pattern::Verb && !is_speech_type)
                    || matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "MOBILIZE" | "SANCTION");
                if own_clause && own_subject_after_complementizer(a, s, sp.w1, t) {
                    reported = true;
                } else if let Some(e) = after_cue.filter(|e| !(violent_object && speaker(e))).filter(|e| !spoken_to(e))
                {
                    reported = reporter(&e);
                    if !reported {
                        actor = Some(e);
                    }
                } else if let Some(e) = a
                    .entities
                    .iter()
                    .filter(usable)
                    .rfind(|e| e.w1 < sp.w0 && sp.w0 - e.w1 <= 3)
                    .filter(|e| !reporter(e))
                {
                    actor = Some(e);
                }
                // (actors88) "وقال كارتر للصحفيين …": with the party after the cue the one spoken
                // to, a speaker named between them is one the dictionary does not know; it, not the
                // topic, is the doer (none here). "وأكد لقناة …" leaves the verb's own subject.
                if actor.is_none()
                    && after_cue.is_some_and(|e| spoken_to(e) && e.w0 > sp.w1 + 1 && a.word(sp.w1 + 1) != "في")
                {
                    reported = true;
                }
                // "وقال وزير النقل إن … بعد معارك عنيفة": an attack noun in the reported clause or
                // in a time or cause phrase is no act of an unarmed speaker (`speaker_outside_act`;
                // monitors, medics and the media are left to the reporter checks downstream).
                if let Some(x) = actor {
                    if rule.event_type == "ASSAULT"
                        && pattern == Pattern::Noun
                        && !armed_party(&self.lex, x)
                        && !x.actors.iter().any(|&i| unarmed_reporter(&self.lex.actors[i as usize]))
                        && speaker_outside_act(a, sp, t, x)
                    {
                        cleared_speaker = Some(x);
                        actor = None;
                        reported = true;
                    }
                }
                // (actors85) "وذكرت وسائل الإعلام أن …": the media that report a clause are no party
                // to it; the speaker is cleared and the act keeps no doer (`media_reports_clause`).
                if let Some(x) = actor {
                    if media_reports_clause(a, sp, t, x) {
                        cleared_speaker = Some(x);
                        actor = None;
                        reported = true;
                    }
                }
                // "وقال الجيش في بيان إن المسلحين …": an armed speaker may be a side of what it
                // reports, but a reported clause that opens with a party of its own names the doer
                // (`reported_clause_subject`).
                if let Some(x) = actor {
                    if rule.event_type == "ASSAULT" && armed_party(&self.lex, x) {
                        // (Not people named with no side or the victims, "أن شخصا … بعدما هاجمته",
                        // whom a report names for what befell them.)
                        let sideless = |e: &EntityMention| {
                            e.actors
                                .iter()
                                .any(|&i| matches!(self.lex.actors[i as usize].id.as_str(), PEOPLE_ID | VICTIMS_ID))
                        };
                        if let Some(s) = reported_clause_subject(a, sp, t, x)
                            .filter(usable)
                            .filter(|s| recipient.is_none_or(|r| r.w0 != s.w0) && !sideless(s))
                        {
                            cleared_speaker = Some(x);
                            clause_doer = Some(s.w0);
                            actor = Some(s);
                        }
                    }
                }
                // (actors82) "وقال الجيش إن دورية تعرضت لكمين", "قالت الشرطة إن تفجيرا انتحاريا …":
                // a clause that tells the attack as suffered, with no doer of its own, is no act of
                // the armed speaker; "إنهم تعرضوا لهجمات" makes the speaker its victim
                // (`suffered_in_clause`).
                if let Some(x) = actor.filter(|_| clause_doer.is_none()) {
                    if rule.event_type == "ASSAULT" && armed_party(&self.lex, x) {
                        if let Some(victim) = suffered_in_clause(&self.lex, a, rule, pattern == Pattern::Noun, sp, t, x)
                        {
                            cleared_speaker = Some(x);
                            actor = None;
                            reported = true;
                            suffered = true;
                            if recipient.is_none() {
                                recipient = victim;
                            }
                        }
                    }
                }
                // (status70) «وقال المتحدث باسم الشرطة إن "المسلحين …" … الهجوم»: an act noun in a
                // reported clause that opens on a party of another side is an act the speaker tells,
                // not his own; the speaker is cleared and the clause's party is not lent either
                // (`quoted_other_side`). Statement types stay the speaker's own acts.
                // (After the armed speakers' readings above, which name the clause's doer themselves.)
                if let Some(x) = actor.filter(|_| clause_doer.is_none() && !suffered) {
                    let opener = (pattern == Pattern::Noun && !is_speech_type)
                        .then(|| quoted_other_side(&self.lex, a, s, sp, t, x))
                        .flatten();
                    if let Some(e) = opener {
                        cleared_speaker = Some(x);
                        actor = None;
                        reported = true;
                        // The clause's party is lent to an attack only when it is armed and the act noun follows
                        // it closely (at most six words after its last word) with no other entity
                        // mention between, of any kind: a party, a place, one after a preposition
                        // ("إن الطيران الحربي نفذ 9 غارات"; not «إن الجيش في حلب …»); an unarmed
                        // one is as often the sufferer («إن السعودية عانت من التخريب»).
                        let close = t.w0 <= e.w1 + 6 && !a.entities.iter().any(|m| m.w0 > e.w1 && m.w1 < t.w0);
                        if rule.event_type == "ASSAULT"
                            && close
                            && armed_party(&self.lex, e)
                            && usable(&e)
                            && recipient.is_none_or(|r| r.w0 != e.w0)
                        {
                            clause_doer = Some(e.w0);
                            actor = Some(e);
                        }
                    }
                }
            }
            if actor.is_none() && rule.pattern == Pattern::Verb && !reported && !coerce_masdar && !addressee {
                // "أن تعلن المنظمة أنها تحمل …": the complementizer's pronoun refers to the party
                // before it, else to the topic.
                if pronoun_subject {
                    actor = pronoun_antecedent_before(a, t).filter(|m| recipient.is_none_or(|r| r.w0 != m.w0));
                }
                // (After a speech verb whose speaker the dictionary does not know, "وقال طاهر إنه
                // يناشد …", the pronoun is that speaker, not the topic of earlier sentences.)
                if actor.is_none() && !(pronoun_subject && speech_before.is_some()) {
                    actor_ent = topic.clone();
                }
            }
        }
        // "وكان الرئيس قد شدد على …، ودعا اليمنيين إلى …": a call verb whose subject is in the verb
        // shares the subject of the sentence's main clause (as an accusative participle does).
        if actor.is_none() && addressee && !reported && !first_person {
            actor = main_subject()
                .filter(|m| recipient.is_none_or(|r| r.w0 != m.w0) && pp_genitive != Some(m.w0))
                .filter(|m| !(violent_object && speaker(m)));
        }
        // (actors111) The one an honorific after the verb names, when this sentence does not
        // name him, is the topic of the sentences before if that is one person, an office or a
        // body; never a group of people («رجال», «وفد», «المعلمين»), whom no honorific names.
        if honorific && actor.is_none() && actor_ent.is_none() && !reported {
            actor_ent = topic.clone().filter(|e| {
                e.id.as_deref().is_some_and(|i| i.starts_with("per.") || i.starts_with("off.") || i.starts_with("org."))
            });
        }
        // "تعقد واشنطن وبغداد حوارا": for symmetric types, coordinated parties are actor and
        // recipient.
        if matches!(rule.event_type.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
            if let Some(x) = actor {
                let partner = a.entities.iter().find(|e| e.w0 == x.w1 + 1 && a.word(e.w0).starts_with('و'));
                let before = a.entities.iter().find(|e| e.w1 + 1 == x.w0 && a.word(x.w0).starts_with('و'));
                match (partner, before) {
                    (Some(p), _) if recipient.is_none() => recipient = Some(p),
                    (_, Some(b)) if recipient.is_none() => {
                        recipient = Some(x);
                        actor = Some(b);
                    }
                    _ => {}
                }
            }
        }
        // "اشتباكات بين قوات الأمن ومتظاهرين": the two parties of a clash are the ones named after
        // "بين", not the victims of a casualty phrase nearby; state forces take the actor's side.
        // (A clash that names both its parties so is no plain back-reference: `clash_pair`.)
        let mut clash_pair = false;
        if rule.id.starts_with("assault.clash") {
            let marker = clash_marker(a, t);
            let first = marker.and_then(|m| a.entities.iter().filter(usable).find(|e| e.w0 == m + 1));
            // (Not two allies that a "من جهة" after them sets on one side, `CLASH_SIDE_WORDS`.)
            // (One word, an adjective or a place, may stand between: "والكتائب الإسلامية من جهة".)
            let one_side = |y: &&EntityMention| {
                (y.w1 + 1..=y.w1 + 2).any(|i| a.word(i) == "من" && CLASH_SIDE_WORDS.contains(&a.word(i + 1)))
            };
            let second = first
                .and_then(|x| a.entities.iter().filter(usable).find(|e| clash_second_party(a, x, e)))
                .filter(|y| !one_side(y));
            clash_pair = second.is_some();
            let forces = |e: &EntityMention| {
                e.actors
                    .iter()
                    .any(|&i| matches!(self.lex.actors[i as usize].sector.as_deref(), Some("MIL" | "COP" | "SPY")))
            };
            match (first, second) {
                // "بين قوات الجيش والشرطة مع متشددين": two forces on one side; the other side
                // comes later and the window's reading stands.
                (Some(x), Some(y)) if forces(x) && forces(y) => {}
                (Some(x), Some(y)) if forces(y) && !forces(x) => (actor, recipient) = (Some(y), Some(x)),
                (Some(x), Some(y)) => (actor, recipient) = (Some(x), Some(y)),
                _ => {}
            }
        }
        // "محادثات بين الرئيس بوتين والرئيس أولاند", "اتفاق بين اليونان والدائنين": a meeting, a
        // deal or a cooperation with no recipient that names its two sides after "بين" has them
        // as its parties (actors70).
        if matches!(rule.event_type.as_str(), "CONSULT" | "AGREE" | "COOPERATE") && recipient.is_none() {
            if let Some((x, y)) = between_pair(a, &self.lex, t, &usable) {
                let countries = |e: &EntityMention| -> Vec<&str> {
                    e.actors.iter().filter_map(|&i| self.lex.actors[i as usize].country.as_deref()).collect()
                };
                let shares =
                    |p: &EntityMention, q: &EntityMention| countries(p).iter().any(|c| countries(q).contains(c));
                // ("وأكد الوزير أن الاتفاق بين …": a party before a complementizer is the speaker.)
                let speaker = |d: &EntityMention| comp_between(d.w1, t.w0);
                match actor {
                    Some(d) if d.w0 < x.w0 && !speaker(d) && shares(d, y) && !shares(d, x) => recipient = Some(x),
                    Some(d) if d.w0 < x.w0 && !speaker(d) => recipient = Some(y),
                    _ => (actor, recipient) = (Some(x), Some(y)),
                }
            }
        }
        // "تظاهرة حاشدة احتجاجا على سياسات الحكومة", "مسيرات ضد الحملات القمعية للسلطة": a
        // protest with no object of its own is aimed at the first entity after a following
        // "ضد" or "احتجاجا على" in its clause. A hostile event (attack, coercion, sanction,
        // accusation, threat) is likewise aimed at the party after "ضد" or "بحق" ("أحكام
        // بالإعدام بحق معارضين", "حملة اعتقالات ضد الناشطين").
        let is_protest = rule.event_type == "PROTEST";
        let hostile = matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "ACCUSE" | "THREATEN");
        if (is_protest || hostile) && recipient.is_none() {
            let marker = (t.w0..=t.w1 + 6).find(|&i| {
                let w = a.word(i);
                matches!(w, "ضد" | "وضد")
                    || (hostile && matches!(w, "بحق" | "وبحق"))
                    || (is_protest
                        && (matches!(w, "امام" | "وامام") || (w.starts_with("احتجاج") && a.word(i + 1) == "علي")))
            });
            // ("العقوبات ضد روسيا" after another trigger: the "ضد" phrase is that noun's.)
            let own = |m: usize| is_protest || !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w1 < m);
            if let Some(m) = marker.filter(|&m| !a.break_between(t.w1, m) && own(m)) {
                // "أصدرت أحكاما بالإعدام ضد 21 متهما": a party right after the hostile act's
                // "ضد"/"بحق" is its target, never its doer.
                let doer_after = actor.filter(|x| hostile && x.w0 > m && x.w0 <= m + 4 && !a.break_between(m, x.w0));
                if doer_after.is_some() {
                    actor = None;
                }
                recipient = doer_after.or_else(|| {
                    a.entities.iter().filter(usable).find(|e| {
                        e.w0 > m
                        && e.w0 <= m + 4
                        && !a.break_between(m, e.w0)
                        && actor.is_none_or(|x| x.w0 != e.w0)
                        && !speech_verb_between(t.w1, e.w0)
                        // ("احتجاجا على اعتقال نشطاء": the activists are the arrest's object)
                        && !a.triggers.iter().any(|x| x.w0 > m && x.w1 < e.w0)
                    })
                });
            }
        }
        // "مسيرة ضد سياسات الرئيس", "تجمع المئات أمام المحكمة", "وتجمع متظاهرون أمام البرلمان
        // وهتفوا": the party a protest is aimed at or staged before is never its doer, wherever the
        // window read it (`protest_target`); it is the protest's recipient when it has none.
        if let Some((x, m)) = actor.filter(|_| is_protest).and_then(|x| protest_target(a, x).map(|m| (x, m))) {
            actor = None;
            // ("احتجاجا على اعتقال نشطاء": the activists are the arrest's object, no target.)
            if recipient.is_none() && !a.triggers.iter().any(|y| y.w0 > m && y.w1 < x.w0) {
                recipient = Some(x);
            }
        }
        // "رهائن احتجزتهم الجبهة", "ملاحقة المتطرفين والقبض عليهم", "طرد العمال بعد اعتقالهم": a
        // plural object pronoun on a hostile act refers back to the people named last before it.
        // (Not the blamed or accused, who are parties more often than people: only the questioned.)
        let accusation = rule.event_type == "ACCUSE" && !rule.id.starts_with("accuse.investigate");
        if hostile && !accusation && recipient.is_none() && t.pronoun_object {
            recipient = pronoun_antecedent(a, &self.lex, t, pattern, actor).filter(usable);
        }
        if let (Some(x), Some(r)) = (actor, recipient) {
            if x.w0 == r.w0 {
                recipient = None;
            }
        }
        // "قصف الجيش الليبي التابع للحكومة سفينة", "رحب مسؤولون من المنظمة التابعة للأمم المتحدة":
        // the party after a word of belonging owns the noun before it; when that noun is the
        // doer's own phrase, the owner describes the doer and is not the one acted upon
        // (`owner_of_doer`, actors68). The verb's object may follow the doer's phrase ("هاجمت
        // الحركة التابعة للتنظيم قاعدة للجيش"): a party within four words after the owner, in its
        // clause, is the recipient.
        if let (Some(x), Some(r)) = (actor, recipient) {
            if owner_of_doer(a, t, x, r) {
                recipient = party_past_doer_phrase(a, r, after_limit, &usable, |_| true);
            }
        }
        // (actors113) "أدانت نقابة الصحفيين القرار", "تظاهر أنصار المعارضة", "إقرار برلمان
        // الاحتلال القانون": a doer read as a bare group, body or kin noun in construct
        // (`GENITIVE_GROUP_HEADS`) owns the party right after it; that genitive is the doer's
        // own phrase, never the one acted upon (`genitive_of_group_head`). The recipient is the
        // first party within four words past it in its clause, else none: no place, no
        // preposition but one of an object («على», «إلى», «ضد», «مع», «بـ»; not "المختطفين لدى
        // الجبهة"), nothing joined by و (a second doer, "مسلحو الحركة وقوات الرئيس …"), not a definite word right
        // after the genitive (its adjective, "أهالي العسكريين المختطفين"); an owner after a word
        // of belonging ("ناشطو الحركة التابعة للتنظيم") has «لـ» and is refused with the prepositions.
        if let (Some(x), Some(r)) = (actor, recipient) {
            if genitive_of_group_head(a, t, x, r) {
                recipient = party_past_doer_phrase(a, r, after_limit, &usable, |e| {
                    e.prep.as_deref().is_none_or(|p| matches!(p, "علي" | "الي" | "ضد" | "مع" | "ب"))
                        && !(e.w0 == r.w1 + 1 && a.word(e.w0).starts_with("ال"))
                        && !(r.w1 + 1..e.w0).any(|i| a.word(i).starts_with('و'))
                });
            }
        }
        // (actors99) "المهاجر قتل على يد القوات الفرنسية", "إصابات برصاص المتمردين", "حرق الطفل على
        // أيدي المستوطنين": the party an agent phrase names after the trigger, in its clause, is
        // the act's doer, never its object; the party the window read as the doer is then the one
        // who suffered it (`agent_phrase_party`).
        if let Some(g) = recipient.filter(|r| agent_phrase_party(a, &self.lex, t, r, after_limit)) {
            recipient = actor.filter(|x| x.w0 != g.w0 && x.w1 < g.w0);
            actor = Some(g);
        }

        // Place: nearest location after the trigger, else before; not a place the party came
        // or was launched from ("قادمين من أبين", "صاروخ أطلق من غزة") or was heading to
        // ("قافلة متجهة من سوريا إلى لبنان"), nor the situation a
        // meeting or statement is about ("بحث الأوضاع في سوريا").
        let at = |p: &&PlaceMention| {
            !geocode::is_origin(a, p, &rule.event_type)
                && !geocode::is_heading(a, p, &rule.event_type)
                && !geocode::is_topic(a, p, &rule.event_type)
                && !geocode::is_beneficiary(&self.lex, a, p, &rule.event_type, rule.mode.as_deref())
                && sentence::may_take_construct_venue(a, p, t.w1)
                && !statement_venue(a, p, t, &rule.event_type)
        };
        let pick = |titled: bool| {
            let at = |p: &&PlaceMention| {
                at(p)
                    && (titled
                        || !(geocode::in_office_title(a, p)
                            || geocode::from_base(a, p, &rule.event_type)
                            || geocode::movement_goal(a, p, &rule.event_type)))
            };
            let after_place = a
                .places
                .iter()
                .filter(|p| p.w0 > t.w1 && p.w0 <= t.w1 + 14 && p.w0 < after_limit.saturating_add(4))
                // ("قدم العزاء في الجندي، الذي قتل في نجران": not past another clause's trigger.)
                .filter(|p| !geocode::in_next_clause(a, p, t.w1, after_limit, &rule.event_type))
                .filter(at)
                .min_by_key(|p| p.w0);
            let place = after_place.or_else(|| {
                // (A court's town before the trigger places only the court's own act, the first
                // trigger after it: "جددت محكمة جنايات الإسماعيلية حبس متهم بتفجيرات …" is not a
                // bombing in Ismailia.)
                a.places
                    .iter()
                    .filter(|p| p.w1 < t.w0 && t.w0 - p.w1 <= 8)
                    .filter(|p| {
                        !sentence::is_court_town(a, p) || !a.triggers.iter().any(|x| x.w0 > p.w1 && x.w1 < t.w0)
                    })
                    .filter(at)
                    .max_by_key(|p| p.w1)
            });
            (after_place, place)
        };
        // Statements, demands and aid are rarely placed by the text; a nearby place name usually
        // belongs to what they are about, so these types get a place only when it follows closely.
        let statement = statement_type(&rule.event_type);
        // ("أبرم في 14 يوليو في فيينا", "وقع الاتفاق أمس في الرياض": a date between the trigger
        // and its venue does not count; `words_outside_dates`.)
        let kept = |p: &&PlaceMention| {
            !statement || (p.w0 > t.w1 && p.w0 <= t.w1 + 10 && words_outside_dates(a, dts, t.w1 + 1, p.w0) <= 2)
        };
        // "استقبل الرئيس محافظ البصرة في بغداد": a place of an office holder's title gives way to
        // another place of the sentence; it stands only when there is none (places79). So does
        // the base aircraft set off from ("أقلعت من قاعدة في قبرص وقصفت مواقع في سرت";
        // `geocode::from_base`, places85), and the place people or goods were deported, smuggled
        // or sent to ("القبض على شاب حاول تهريب أسلحة إلى سوريا"; `geocode::movement_goal`, places86).
        let (after_place, place) = match pick(false) {
            (after, Some(p)) if kept(&p) => (after, Some(p)),
            _ => pick(true),
        };
        let place = place.filter(kept);
        // "هاجم مسلحون تابعون لحزب كردي ليلة السبت، ثكنة عسكرية لجنود الحرس الثوري قرب مدينة
        // مريوان": a physical act its window leaves unplaced happened in the town its own clause
        // names past the window, when a settlement noun after «قرب» or «في» announces the town
        // and no other trigger stands between (`far_clause_town`, places97). Held apart and given
        // after the merge and the story's place are settled, to the record alone (`far_towns`):
        // placed at once, it moved merges and the story's town of the other records.
        let far_town = place
            .is_none()
            .then(|| geocode::is_physical(&rule.event_type).then(|| far_clause_town(&self.lex, a, t, after_limit)))
            .flatten()
            .flatten()
            .filter(at)
            .map(|p| self.place_record(a, self.located_mention(a, p), s, &ctx.main_countries));
        // (places103) Else a town right before a division its own sentence names before the
        // trigger, at any distance (the window reads eight words), with no other trigger
        // between: «… دورية راجلة من حرس الحدود كانت تؤدي مهامها المعتادة بقطاع الطوال بمنطقة جازان
        // … مما نتج عنه استشهاد أحد أفرادها» (the test's sentence) is at al-Tuwal, not only in Saudi
        // Arabia (`before_clause_town`, then `contained_before` as places47 does in the window). A
        // lone town there, with no division after it, is not taken: it was as often a speaker's
        // title, a list item or another act's place (12 worse of 60 judged).
        let far_town = far_town.or_else(|| {
            if place.is_some() || !geocode::is_physical(&rule.event_type) {
                return None;
            }
            let p = before_clause_town(&self.lex, a, t, |p| {
                at(p)
                    && !(geocode::in_office_title(a, p)
                        || geocode::from_base(a, p, &rule.event_type)
                        || geocode::movement_goal(a, p, &rule.event_type))
            })?;
            let m = self.located_mention(a, p);
            let l = self.place_record(a, m, s, &ctx.main_countries);
            let coarse = |l: &Place| matches!(l.precision.as_deref(), Some("country" | "admin1"));
            if !coarse(&l) {
                return None;
            }
            self.contained_before(a, m)
                .filter(at)
                .map(|q| self.place_record(a, self.located_mention(a, q), s, &ctx.main_countries))
                .filter(|inner| geocode::lies_in(&l, inner) && !coarse(inner))
        });
        // "وذكرت مديرية أمن الإسكندرية في بيان صحفي صدر مساء اليوم أن قوات الشرطة ألقت القبض على
        // خمسة متهمين": a local police's or civil defence's town before the trigger, however far,
        // places an act the sentence gives no other place (`geocode::security_body_town`); a
        // statement only when the body is its doer, and only in the article's own country, so a
        // homonym abroad ("السليمانية" in a Saudi story) does not pass; a body named by a word
        // that resolves only to its country ("شرطة محافظة العاصمة") leaves the record to the
        // story's town (places93). A name several towns of the country bear is left too, and a
        // city that bears its division's name gives the division ("شرطة مكة"; `body_town_place`,
        // places94).
        let body_town = if place.is_none() && !a.places.is_empty() {
            let body = |p: &PlaceMention| geocode::security_body_town(a, p);
            let doer = |h: usize| actor.is_some_and(|x| x.w0 <= h + 1 && h <= x.w1);
            a.places
                .iter()
                .all(|p| body(p).is_some())
                .then(|| a.places.iter().rfind(|p| p.w1 < t.w0))
                .flatten()
                .filter(|p| at(p) && body(p).is_some_and(|h| !statement || doer(h)))
                .and_then(|p| self.body_town_place(a, p, s, &ctx.main_countries, ctx.main_country.as_deref()))
        } else {
            None
        };
        let location = place.map(|p| {
            let m = self.located_mention(a, p);
            let l = self.place_record(a, m, s, &ctx.main_countries);
            // "دخل الجيش مدينة X الساحلية في اليمن بعد قتال", "في نقطة بقطاع X في منطقة Y قتل
            // جندي": the division or country nearest before the trigger only says where the
            // place named right before it lies (`geocode::contained_before`; places47).
            if after_place.is_none() && matches!(l.precision.as_deref(), Some("country" | "admin1")) {
                if let Some(inner) = self
                    .contained_before(a, m)
                    .filter(at)
                    .map(|q| self.place_record(a, self.located_mention(a, q), s, &ctx.main_countries))
                    .filter(|inner| geocode::lies_in(&l, inner))
                {
                    return inner;
                }
            }
            l
        });
        // "اشتباكات في مختلف أنحاء البلاد", "قتل 40 شخصا في مناطق مختلفة من سوريا": the country.
        let nationwide =
            self.nationwide(a, t.w0, t.w1, &rule.event_type, s, ctx.main_country.as_deref(), &ctx.main_countries);
        // "غارات فوق ليبيا": a state flown over is where the act was, not whose its parties are
        // (foreign aircraft fly there): it lends no country to them (places84).
        let flown_over = nationwide.is_none() && place.is_some_and(|p| sentence::airspace_country(a, p));
        let location = nationwide.or(location).or(body_town);
        let loc_country = location.as_ref().and_then(|l| l.country.clone()).filter(|_| !flown_over);

        // "نفت السفارة ... القبض على": the one who denies is not the doer of the denied act.
        if let Some(x) = actor {
            let denier = a.cues.iter().any(|c| {
                c.kind == CueKind::Denial
                    && c.w1 < t.w0
                    && ((x.w0 > c.w1 && x.w0 <= c.w1 + 3) || (x.w1 < c.w0 && c.w0 - x.w1 <= 2))
            });
            if denier && !matches!(rule.event_type.as_str(), "ACCUSE" | "REJECT") {
                actor = None;
            }
        }
        // "اقتحام جماعة مسلحة لمقر القناة", "مواساة الحكومة الألمانية للمملكة": the noun right
        // after a verbal noun, read as its object, is its doer when the object follows with لـ.
        // (`genitive_doer_noun` asked once: the filter and `genitive_doer` both read it.)
        let doer_noun = recipient.is_some() && genitive_doer_noun(a, t);
        if let Some((g, object)) = recipient
            .filter(|_| pattern == Pattern::Noun || doer_noun)
            .and_then(|r| genitive_doer(a, rule, t, r, doer_noun))
        {
            actor = Some(g);
            recipient = object;
        }
        // "أدانت الحكومة الأردنية التفجير الذي استهدف المسجد": the subject of a stance verb is not
        // the doer of the act it condemns, welcomes or demands; the act keeps only an agent named
        // in its own phrase ("على يد", "برصاص").
        if let Some(x) = actor.filter(|x| stance_subject(a, &self.lex, t, x, &rule.event_type)) {
            actor = agent_in_own_phrase(a, &self.lex, t.w1, after_limit, x, recipient);
        }
        // (actors130) "نفت الوزارة بشدة الاتهامات الموجهة إليها", "نفت الحكومة اتهامات المعارضة
        // لها": the denier of an accusation its denial takes as its object (status73) is the one
        // accused, its recipient (unless a recipient is named apart from it); the accuser is the
        // party in construct right after the noun, else none (`denied_accusation_denier`).
        if rule.event_type == "ACCUSE" && pattern == Pattern::Noun {
            // ("ونفت روسيا وقطر أي اتهامات": a party between the denial and the noun denies too;
            // "نفى الاتهامات بأن تركيا تساعد": a clause after the noun names the accused itself.)
            let content_clause = COMPLEMENTIZERS.contains(&a.word(t.w1 + 1));
            if let Some((c, d)) = denied_accusation_denier(a, rule, pattern, t, &usable) {
                if content_clause {
                    // (actors131) "ونفى الوزير بشدة الاتهامات بأن بلاده تدعم المتمردين": the clause
                    // names what is charged, never the accuser; the denier is not the accuser either
                    // (no accuser is named), and is the accused unless the clause names a party.
                    if let Some(x) = actor.filter(|x| x.w0 == d.w0 || (x.w0 > c && x.w1 < t.w0)) {
                        cleared_speaker = cleared_speaker.or(Some(x));
                        actor = None;
                        recipient = recipient.filter(|r| r.w0 != x.w0).or(Some(d));
                    }
                } else {
                    if let Some(x) = actor.filter(|x| x.w0 == d.w0 || (x.w0 > c && x.w1 < t.w0)) {
                        // (The denier, a speaker, still keys the mention and is the sentence's topic.)
                        cleared_speaker = cleared_speaker.or(Some(x));
                        actor = a.entities.iter().filter(usable).find(|e| e.w0 == t.w1 + 1 && e.prep.is_none());
                    }
                    if recipient.is_none_or(|r| r.w0 == d.w0) {
                        recipient = Some(d);
                    }
                }
            }
        }
        // "وصلت الدفعة الثانية من المعونة إلى المدينة مقدمة من الهيئة": aid "provided by" a party
        // later in its sentence has that party as its donor (`aid_donor`).
        // "إنفاذا لتوجيهات خادم الحرمين الشريفين … لتقديم المساعدات": an act of giving aid that
        // names no donor of its own has the giver of the directive it carries out
        // (`aid_directive_giver`; a verb rule only, not an aid noun: "توجيهات أوروبية … لضمان
        // الودائع").
        if rule.event_type == "AID" {
            if let Some(d) = aid_donor(a, t) {
                recipient = recipient.filter(|r| r.w0 != d.w0);
                actor = Some(d);
            } else if actor.is_none() && rule.pattern == Pattern::Verb {
                actor = aid_directive_giver(a, t).filter(|g| recipient.is_none_or(|r| r.w0 != g.w0));
            }
        }
        // "زيارة الرئيس الأمريكي لمصر", "بدأ الوزير زيارة رسمية إلى ألمانيا": a country word the
        // sentence reads as a place (after لـ or إلى) right after a visit noun and its doer names
        // the host state, the visit's partner (`visit_host`).
        let host = if recipient.is_none() && rule.mode.as_deref() == Some("visit") && pattern == Pattern::Noun {
            visit_host(a, t, actor.filter(|x| x.w0 > t.w1).map_or(t.w1, |x| x.w1), after_limit)
                // (Or right after the traveller of "وصل أوباما إلى كينيا في زيارة", `travel_visit_doer`.)
                .or_else(|| {
                    actor
                        .filter(|x| x.w1 + 1 < t.w0 && a.word(t.w0 - 1) == "في")
                        .and_then(|x| visit_host(a, t, x.w1, after_limit))
                })
        } else {
            None
        };
        let et = Some(rule.event_type.as_str());
        // A meeting or visit is usually placed in the host country, while a generic party
        // ("الوفد", "السفير", "نشطاء") is more often from the country the article is about: the
        // place gives the actor its country only when the article has none.
        let actor_fallback = if rule.event_type == "CONSULT" {
            ctx.main_country.as_deref().or(loc_country.as_deref())
        } else {
            loc_country.as_deref()
        };
        // "أعلن الجيش العراقي تقدمه. واعتقل 4 أشخاص في الرياض": the topic does not lend itself as
        // the doer of an act whose own place lies in another country.
        let own_place = place.is_some_and(|p| (p.w0 > t.w1 && p.w0 <= t.w1 + 6) || (p.w1 < t.w0 && t.w0 - p.w1 <= 3));
        let actor_ent = actor_ent.filter(|e| !(own_place && topic_abroad(e, loc_country.as_deref())));
        // (actors96) "تظاهر المئات للتنديد باعتقال قادتهم", "أغلقت تونس قنصليتها ردا على احتجاز
        // موظفيها": an act (a verbal noun, whatever form the rule matched) a motive or protest
        // word governs (`motive_governed`) takes no doer from before that word (the protesters, the responders) and no topic; only its own
        // genitive after it ("ردا على استهداف قوات الأسد للمدنيين"). Only a bare party, the clause's
        // subject or object: one after a preposition or a place ("انتماءه لتنظيم داعش", "بوسط
        // أثينا") was not read as the protest's party. Not a noun carrying its doer's
        // pronoun ("على خلفية توقيعهم"), which refers back to a party before.
        let motive_word = if t.pronoun_object { None } else { motive_governed(a, t) };
        let actor = actor.filter(|x| motive_word.is_none_or(|m| x.w0 > m || x.prep.is_some() || x.is_location));
        let actor_ent = actor_ent.filter(|_| motive_word.is_none());
        // (actors125) Nor is a victim-only entity the topic doer ("السياح" of a tourism feature).
        let actor_ent =
            actor_ent.filter(|e| !e.id.as_deref().is_some_and(|id| self.victim_ids.iter().any(|v| v == id)));
        // "خلفت قتلى وجرحى", "وسقط قتلى", "إن القتلى سقطوا في غارة": the dead and the wounded
        // (`casualty_persons`) are the victims of a hostile act, never its doer, wherever they
        // stand, in the trigger phrase too (they may speak: "طالب الجرحى"); an assault with no
        // other victim takes them as its recipient, so a strike told only through its dead
        // keeps a party and its mode for the merge.
        // "سيقدم إلى المحكمة طلبا", "مثل أمام القاضي": the party an act is brought to or done
        // before is its addressee, never its doer (`addressee_party`, actors80); the doer is the
        // subject of the clause before the preposition ("لجأ الزوار إلى الشرطة وقدموا بلاغا",
        // `addressee_clause_subject`, actors81), and with none an act before the party has no
        // named doer. Not
        // for an attack, whose party after «إلى» is mostly its doer named by attribution or a
        // relative clause ("هجوم نسبته أنقرة إلى التنظيم", "وجه تهمة إلى رجل هاجم السفير"), nor
        // for a coercion, whose party after «لدى» holds the captive ("معتقل لدى المخابرات").
        let hostile_holder = matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE");
        let actor = match actor.filter(|x| !hostile_holder && addressee_party(a, t, verb_pattern, x)) {
            // (With no subject found, an act told after the party keeps it: the clause's subject is
            // then mostly a name the dictionary lacks, "توجه مستوطنو القرية إلى المحكمة مطالبين",
            // and the act would go with its doer; an act before the party loses it.)
            Some(x) => addressee_clause_subject(a, t, x, opening)
                .filter(usable)
                .filter(|m| recipient.is_none_or(|r| r.w0 != m.w0))
                .or(Some(x).filter(|x| t.w0 > x.w1)),
            None => actor,
        };
        let victims_never_act =
            matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE" | "THREATEN");
        // (Such a recipient names no party of its own: its merge key takes any sector of its
        // country, so the strike still folds into the killing its dead belong to, "قتل خمسة
        // مدنيين … إن القتلى سقطوا في غارة".)
        // (actors125) A victim-only entity of the actor dictionary (`role: victim`: the wounded,
        // the dead, hostages, tourists) is never the doer of any act: "وشكر المصابون",
        // "الرهائن" held by a front, "السائحون" near a demand.
        let (actor, recipient, victims_only) = match actor.filter(|x| {
            (victims_never_act && casualty_persons(a, x))
                || (victim_entity(&self.lex, a, x) && !victim_voice(a, &rule.event_type, x))
        }) {
            Some(x) if recipient.is_none() && rule.event_type == "ASSAULT" => (None, Some(x), true),
            Some(_) => (None, recipient, false),
            None => (actor, recipient, false),
        };
        // (actors128) "الجيش الذي اتهم بعدم حماية السكان": an accusation verb read as a passive
        // (`passive_accusation`) names no accuser; the party read as its doer (its subject, the
        // relative's antecedent or the topic) is the accused, and a party inside the charge is none.
        let passive_charge = rule.event_type == "ACCUSE" && pattern == Pattern::Verb && passive_accusation(a, t);
        let (actor, recipient, actor_ent, accused_topic) = if passive_charge {
            (None, actor, None, if actor.is_none() { actor_ent } else { None })
        } else {
            (actor, recipient, actor_ent, None)
        };
        let topic_actor = actor.is_none() && actor_ent.is_some();
        let actor_mention = actor;
        // (An organisation speaks as itself only in a condemnation or accusation told by a
        // perfect verb, "أدانت الجامعة العربية": a call or a present "قرار يدين" of one body is
        // mostly another body's restatement or an aim.)
        let org_speaker = rule.event_type == "ACCUSE" && pattern == Pattern::Verb && !imperfect_verb(a, s, t);
        let speaker = actor
            .filter(|_| STATEMENT_TYPES.contains(&rule.event_type.as_str()))
            .and_then(|e| speaker_name(a, &self.lex, e, org_speaker));
        // "لجنة الشؤون الخارجية بمجلس الشيوخ الأميركي": a generic body takes the country named
        // further down its phrase before the place's or the article's (actors69).
        let actor = actor
            .map(|e| {
                let chain = chain_country(&self.lex, a, e);
                self.entity(e, s, ctx, chain.as_deref().or(actor_fallback), et)
            })
            .or(actor_ent);
        // (actors73) A speaker cleared as the doer of the attack it mentions still keys the mention
        // for merging, as it did when it was the doer: cleared, the mention would be compatible
        // with every record of its type and pull in mentions of other sentences, whose mode,
        // place and toll it would take from the records they named before.
        let speaker_kept = actor.is_none() || clause_doer.is_some_and(|w| actor_mention.is_some_and(|m| m.w0 == w));
        let cleared_speaker = cleared_speaker.filter(|_| speaker_kept).map(|e| {
            let chain = chain_country(&self.lex, a, e);
            self.entity(e, s, ctx, chain.as_deref().or(actor_fallback), et)
        });
        let cleared_key = cleared_speaker.as_ref().map(entity_key);
        let mut recipient = recipient
            .map(|e| {
                let chain = chain_country(&self.lex, a, e);
                self.entity_as(e, s, ctx, chain.as_deref().or(loc_country.as_deref()), et, true)
            })
            .or(accused_topic);
        if let Some(h) = host {
            let r = self.entity(&h, s, ctx, None, et);
            // (Only for a visit whose doer is known, from a state other than the host: a
            // domestic trip, "زيارة الرئيس المصري لمصر", has no foreign host, and a doerless visit
            // stays no record.)
            if r.country.is_some() && actor.as_ref().is_some_and(|x| x.country.is_some() && x.country != r.country) {
                recipient = Some(r);
            }
        }
        // "قصفت الطائرات الإسرائيلية مدينة غزة", "شنت غارات على بلدة بيت حانون": an attack, or an overflight, with no party as its object but a place is aimed
        // at that place's state or people: the recipient is the place's country, named by the
        // place's text, with no sector (`target_place`, actors78). (An overflight rule says
        // `checks: place-target`, tidy63.)
        // (It keys no merge: the place's people may be the soldiers, civilians or fighters another
        // mention names, of any side.)
        let mut place_target = false;
        if recipient.is_none() && (rule.event_type == "ASSAULT" || rule.has(Check::PlaceTarget)) {
            if let Some((w, country)) = self.target_place(
                a,
                t,
                pattern,
                actor_mention,
                after_limit,
                loc_country.as_ref().map(std::slice::from_ref),
            ) {
                let text = Some(s[w].to_string());
                recipient = Some(Entity { text, name: None, country: Some(country), sector: None, id: None });
                place_target = true;
            }
        }
        // Aid with no named beneficiary goes to the country the article is about (donor
        // conference reports name the donors, not the recipient, sentence after sentence).
        if (rule.event_type == "AID" || money_pledge) && recipient.is_none() {
            if let Some(main) =
                ctx.main_country.as_ref().filter(|m| actor.as_ref().and_then(|a| a.country.as_ref()) != Some(*m))
            {
                recipient = Some(Entity {
                    text: None,
                    name: None,
                    country: Some(main.clone()),
                    sector: Some("GOV".into()),
                    id: None,
                });
            }
        }

        // "قروض البنوك", "منحه العضوية", "وزير المياه هبة الله": loans, grants and deposits are AID
        // only between a state or an international body and another state, not in bank and
        // household finance, domestic programmes, sports clubs or names.
        if self.precision_filters
            && rule.event_type == "AID"
            && (rule.id.starts_with("aid.economic") || rule.id.ends_with(".noun"))
            && !money_pledge
            && !aid_between_states(actor.as_ref(), recipient.as_ref(), ctx.main_country.as_deref())
        {
            return None;
        }
        // "أوضح أن الطرفين اتفقا على …", "اتفاق البلدين على …": an agreement whose
        // subject is a dual of the parties (`DUAL_PARTY_NOUNS`) names none of them in its
        // sentence; they are the two parties of the last bilateral record the article told
        // (`dual_party_subject`, recall61). (Not a consultation: "والتقى الوزيران" retells the
        // meeting already coded, and folding it in moved that record's place and status.)
        // "التقى الوزير نظيره الأردني، حيث تم الاتفاق على …", "وتم الاتفاق خلال المباحثات على …":
        // an impersonal passive agreement has no subject; its parties are those of the meeting
        // told in its sentence before it, or of the last meeting when it says it was reached
        // during the talks (`impersonal_agreement`, recall64). Whatever names the role code found
        // around it are the content ("على قيام الدكتور قنديل بزيارة") or the speaker.
        let (actor, recipient) = match impersonal_agreement(a, rule, t) {
            Some(during) => match ctx.last_meeting.borrow().as_ref() {
                Some((x, r, f, st)) if during || (*f == field && *st == span.start_cp) => {
                    (Some(x.clone()), Some(r.clone()))
                }
                _ => (actor, recipient),
            },
            None => (actor, recipient),
        };
        let (actor, recipient) = match (actor, recipient) {
            (None, None) if rule.event_type == "AGREE" && dual_party_subject(a, rule, t) => {
                match ctx.last_pair.borrow().as_ref() {
                    Some((x, r)) => (Some(x.clone()), Some(r.clone())),
                    None => (None, None),
                }
            }
            x => x,
        };
        // Type-specific requirements keep precision up.
        let needs_party = !matches!(rule.event_type.as_str(), "ASSAULT" | "PROTEST" | "COERCE" | "MOBILIZE")
            && !partyless_meeting(a, rule, t)
            && !passive_conviction(a, rule, t)
            && !done_passive_act(a, rule, t);
        if self.precision_filters && needs_party && actor.is_none() && recipient.is_none() {
            return None;
        }
        // "وقعت الشركة عقدا مع …", "طالبت البورصة الشركة بـ…", "أغلقت الشركة فروعها": a company,
        // bank or businessman as a party of an agreement, meeting, statement or demand, or as the
        // doer of a closure or seizure, is business news (SPEC §4), not a political event. Acts
        // against a business (an attack, a raid, a sanction, a charge) and a state party's
        // meeting or agreement with one stay.
        if self.precision_filters
            && business_affair(&self.lex, a, t, &rule.event_type, actor.as_ref(), actor_mention, recipient.as_ref())
        {
            return None;
        }
        // "ورحبت الجامعة بالطالبات المشاركات في الدورات", "وتعاون النادي مع المدارس في المسابقة":
        // a meeting, deal, praise, cooperation or call between no state or political parties in
        // a sentence naming a university, school, club, forum, contest, course, product or company
        // is soft news, not a political event (prec52).
        if self.precision_filters && civic_affair(a, &rule.event_type, actor.as_ref(), recipient.as_ref()) {
            return None;
        }
        // "مشددا على ضرورة التزام جميع الطلاب بالزي المدرسي", "وأكد الطبيب ضرورة شرب الماء": a
        // stress on the need for an act that names no party, place or act of its own and is
        // addressed to no state or political party is a generic exhortation, not a demand (prec56).
        if self.precision_filters && generic_exhortation(&self.lex, a, &rule.id, t, recipient.as_ref()) {
            return None;
        }

        // "خرجت مظاهرة تطالب بالإفراج عن المعتقلين", "وطالب المتظاهرون بإسقاط الحكومة": what
        // protesters demand is the message of their protest, coded as the PROTEST itself.
        if self.precision_filters && rule.event_type == "REQUEST" {
            let by_protesters = actor
                .as_ref()
                .and_then(|e| e.text.as_deref())
                // ("المحتجزين", the detained, are not protesters)
                .is_some_and(|x| PROTESTER_WORDS.iter().any(|w| x.contains(w)) && !x.contains("محتجز"));
            let after_protest = a.triggers[..ti]
                .iter()
                .any(|p| self.lex.triggers[p.rule as usize].event_type == "PROTEST" && p.w1 < t.w0 && t.w0 - p.w1 <= 8);
            // "مظاهرة للمعارضة تطالب بالإفراج …": a demand right after the protest noun, in its
            // clause, describes that protest whoever its subject is.
            let describes_protest = a.triggers[..ti].iter().any(|p| {
                self.lex.triggers[p.rule as usize].event_type == "PROTEST"
                    && p.w1 < t.w0
                    && t.w0 - p.w1 <= 3
                    && !a.break_between(p.w1, t.w0)
            });
            // "تظاهرة حاشدة احتجاجا على الغلاء، ومطالبة السلطات بالإصلاح", "خرجوا مطالبين بـ…": a
            // participle or verbal noun after the protest states its motive.
            let motive_form = {
                let w = a.word(t.w0);
                let w = w.strip_prefix('و').unwrap_or(w);
                w.starts_with("مطالب") || w.starts_with("داعي")
            };
            if by_protesters || describes_protest || (after_protest && (actor.is_none() || motive_form)) {
                return None;
            }
        }

        // Date: the expression nearest the trigger in the sentence.
        let t_mid = t.start;
        // A date expression after a later trigger belongs to that trigger ("استنفار تحسبا
        // لمظاهرات يوم الخميس المقبل": Thursday dates the protests, not the alert).
        let word_dist = |dw: usize, x: &TriggerMention| if dw > x.w1 { dw - x.w1 } else { x.w0.saturating_sub(dw) };
        let noun_trigger = pattern == Pattern::Noun || t.article;
        let owned_by_later = |d: &DateMatch, dw: usize| {
            // (A day of the week or "أمس" dates the whole report, not one act's phrase.)
            let report_wide = d.precision == dates::DatePrecision::Day && d.relative != dates::Relation::Absolute;
            dw > t.w1
                && a.triggers[ti + 1..].iter().any(|x| {
                    x.w0 <= dw
                        && word_dist(dw, x) < word_dist(dw, t)
                        && !circumstance_of(a, t, x)
                        && (report_wide || !same_act_later(a, &self.lex, t, x, dw))
                        && !own_after_day(a, t, pattern == Pattern::Noun, x, d)
                        && !self.name_word_trigger(a, x)
                })
                && !in_own_relative_clause(a, t, noun_trigger, dw, OWN_CLAUSE_REACH)
                // (dates58) A month or a year told in the relative clause a trigger opens covers
                // its acts alike ("الذين اعتقلوا بعد حضورهم اجتماعا … هذا العام"); a day stays the
                // nearer act's.
                && !(d.precision != dates::DatePrecision::Day && in_opened_relative_clause(a, t, dw))
        };
        // "رحب المجلس بالدعوة إلى حوار وطني في 18 مارس المقبل وحذر …": a dated expression before a
        // verb that opens a new clause with "و", after another trigger, ends that earlier clause
        // (a relative day, "الجمعة", "أمس", still dates the whole report unless a clause break
        // separates it from the new clause: "بعد اغتياله الأربعاء الماضي، والقبض على …").
        let new_clause = a.word(t.w0).starts_with('و') && ti > 0;
        let owned_by_earlier = |dw: usize| new_clause && dw < t.w0 && a.triggers[..ti].iter().any(|x| x.w1 < dw);
        // "رفض الطلاب قرار استئناف الدراسة العام القادم": a perfect verb tells what was done; a
        // future expression after it ("المقبل", "القادم") dates its complement, not the verb.
        let perfect = pattern == Pattern::Verb && !t.future_prefix && perfect_form(a.word(t.w0));
        // "دانت الحكومة في بيان أمس الجمعة مقتل الطفل، وحملت إسرائيل المسؤولية": a recent day in
        // the clause of a verb that opens its clause dates the perfect verbs joined to it
        // by "و" after a comma, the next acts of the same telling (an event noun there, "والقبض
        // على …", keeps the break; a complementizer between starts another telling).
        let chained_verb_day = |d: &DateMatch, dw: usize| {
            perfect
                // ("والقاضي بسجن …": a participle with the article, no verb.)
                && !unconj(a.word(t.w0)).starts_with("ال")
                && d.precision == dates::DatePrecision::Day
                && !matches!(d.relative, dates::Relation::Absolute | dates::Relation::Future)
                && !(dw + 1..t.w0).any(|i| COMPLEMENTIZERS.contains(&a.word(i)))
                && a.triggers[..ti].iter().rev().find(|x| x.w1 < dw).is_some_and(|x| {
                    self.lex.triggers[x.rule as usize].pattern == Pattern::Verb
                        && !(x.future_prefix || x.purpose || x.article)
                        && (x.w0 == 0 || a.breaks[x.w0] || a.word(x.w0).starts_with(['و', 'ف']))
                        && !a.break_between(x.w1, dw)
                })
        };
        // "وقعت الحكومة اتفاقا لوقف إطلاق النار، الأحد، في الدوحة": the verb's object noun is in its
        // clause (so a day set off there dates it as it dates the verb, and the two stay one record).
        let in_perfect_clause = perfect
            || a.triggers[..ti].iter().any(|p| {
                p.w1 < t.w0
                    && t.w0 - p.w1 <= 4
                    && !a.break_between(p.w1, t.w0)
                    && self.lex.triggers[p.rule as usize].pattern == Pattern::Verb
                    && !(p.future_prefix || p.purpose || p.article)
                    && perfect_form(a.word(p.w0))
            });
        // "أغلق أفراد الشرطة المركز صباح اليوم السبت احتجاجا على مقتل زميلهم": a day before a
        // motive that governs the trigger dates the act the motive follows; the act it names
        // came before, so that day is not its own.
        let cause = earlier_cause(a, t, perfect && new_clause);
        let before_cause = |d: &DateMatch| cause.is_some_and(|m| word_index_of_byte(a, d.end.saturating_sub(1)) < m);
        let any_prayer_day = dts.iter().any(|d| prayer_day(a, d));
        let any_day_after = dts.iter().any(|d| told_after_in_clause(a, t, d));
        // Whether a clause break stands between the date's end and the trigger.
        let break_after_date = |d: &DateMatch| a.break_between(word_index_of_byte(a, d.end.saturating_sub(1)), t.w0);
        let pick_with = |skip_report: bool, skip_cause: bool, skip_denial: bool, skip_other_act: bool| {
            // (A closure, not a collected list: the candidates are walked again only for the rare
            // sentence with a prayer's weekday.)
            let found = || {
                dts.iter()
                    .filter(move |d| !(skip_cause && before_cause(d)))
                    .filter(|d| !(skip_denial && denial_day(a, d, t, ctx.published)))
                    .filter(|d| !(skip_other_act && other_act_clause_date(a, &self.lex, t, d)))
                    .filter(|d| !(perfect && d.start >= t.end && d.relative == dates::Relation::Future))
                    .filter(|d| {
                        // Relative day expressions ("أمس الاثنين") date the whole report; a year or a
                        // month far from the trigger usually dates another clause.
                        let dw = word_index_of_byte(a, d.start);
                        let dist = word_dist(dw, t);
                        // "تمكنوا في يونيو 2010 من الهرب من السجن عن طريق نفق حفروه بعد أن قتلوا شرطيا": a
                        // date with its own year before the trigger, with no other trigger between, dates
                        // it at any distance.
                        let dated_clause = d.relative == dates::Relation::Absolute
                            && dw < t.w0
                            && !break_after_date(d)
                            && !a.triggers.iter().any(|x| x.w0 > dw && x.w1 < t.w0);
                        (dist <= 12
                            || dated_clause
                            || (d.precision == dates::DatePrecision::Day && d.relative != dates::Relation::Absolute))
                            && !(owned_by_later(d, dw)
                                && !(in_perfect_clause && parenthetical_day(a, &self.lex, t, dts, d, dw)))
                            && !in_other_relative_clause(a, t, dw)
                            && !in_reason_clause(a, t, dw)
                            && !since_names_another(a, t, dw)
                            && !(skip_report && report_day(a, d, t, ctx.published))
                            && !(owned_by_earlier(dw)
                                && (matches!(d.relative, dates::Relation::Future | dates::Relation::Absolute)
                                    || (break_after_date(d) && !chained_verb_day(d, dw))))
                    })
            };
            // ("خلال صلاة الجمعة في 26 يونيو": the prayer's weekday gives way to a calendar date
            // outside the report's week, the finest first, dates29.)
            let prayer_gives_way = any_prayer_day
                && found().any(|d| prayer_day(a, d))
                && found().any(|d| !prayer_day(a, d) && !report_week_day(d, ctx.published));
            // ("اندلعت المواجهات في الثالث من شهر أبريل، ثم انتهت بتوقيع اتفاق في 9 أبريل": a day
            // told after the trigger in its clause ranks before a date of an earlier clause,
            // dates53.)
            // (Asked of all the dates first: most triggers have no such day, and `found` is dear.)
            let day_after = any_day_after && found().any(|d| told_after_in_clause(a, t, d));
            found().min_by_key(|d| {
                // "احتجاجا على اعتقال الزعيم في كينيا يوم 15 فبراير 1999": a date with its own year
                // after the trigger, in its clause, with no other trigger between, is its own.
                // (A range of years, "بين عامي 1983 و2005", is a period the act may lie in or
                // follow, as "بعد حرب دارت بين عامي 1983 و2005": it is no act's own year.)
                // ("أدانت الجماعة مساء اليوم الغارة التي شنتها الطائرات أمس": the date in the noun's
                // own relative clause is its own, before a nearer day of the clause governing it;
                // an own year still goes first, "في 11 سبتمبر أيلول عام 2001" reads as two, and
                // the clause's own verb does not stand between: "الاعتداءات التي استهدفت نيويورك
                // في 11 سبتمبر أيلول عام 2001".)
                let own_clause =
                    in_own_relative_clause(a, t, noun_trigger, word_index_of_byte(a, d.start), OWN_CLAUSE_REACH)
                        || in_opened_relative_clause(a, t, word_index_of_byte(a, d.start));
                let own_year_after =
                    d.start >= t.end && d.relative == dates::Relation::Absolute && !year_range(&s[d.start..d.end]) && {
                        let dw = word_index_of_byte(a, d.start);
                        !a.break_between(t.w1, dw)
                        && (own_clause || !a.triggers.iter().any(|x| x.w0 > t.w1 && x.w1 < dw))
                        // ("زيارة هي الأولى منذ استقلال الجزائر في 1962": the year dates what منذ names.)
                        && !since_between(a, t.w1 + 1, dw)
                    };
                let dist = if d.start >= t.end { d.start - t.end } else { t_mid.saturating_sub(d.end) * 2 };
                let precision = match d.precision {
                    dates::DatePrecision::Day => 0,
                    dates::DatePrecision::Month => 1,
                    dates::DatePrecision::Year => 2,
                };
                let earlier_clause = day_after && d.end <= t.start && break_after_date(d);
                (
                    prayer_gives_way && prayer_day(a, d),
                    if prayer_gives_way { precision } else { 0 },
                    !own_year_after,
                    !own_clause,
                    earlier_clause,
                    dist,
                )
            })
        };
        let pick = |skip_report: bool| pick_with(skip_report, true, false, false);
        // "قال مسؤول يوم الأحد إن أكثر من 100 قتلوا في هجوم يوم الجمعة": the day of the report
        // dates a reported act only when nothing else does and the act is told as done (not a
        // plan, a possibility or a denial: those stay undated). A statement act is part of the
        // report its day dates (data/gold/README.md, "Inherited dates").
        let report_only = !STATEMENT_TYPES.contains(&self.lex.triggers[t.rule as usize].event_type.as_str());
        let date = pick(report_only);
        // (A noun the day before its motive dated stays a report, not a topic word, for the
        // filter below: only its date moves.)
        let cause_dated = date.is_none() && cause.is_some() && pick_with(false, false, false, false).is_some();
        // "وفي العام 2013 تبنت المجموعة، …، هجوما انتحاريا": a year fronted at the head of the
        // sentence dates every act of it that no other expression dates.
        let date = date.or_else(|| fronted_year(a, dts));
        // Status.
        let mut status = Status::Occurred;
        // (A past cue that is the news's "earlier", "في وقت سابق" with no time of its own, is no
        // past cue here: dates49, `earlier_in_the_news`.)
        let near_before = |kind: CueKind, dist: usize| {
            a.cues.iter().any(|c| {
                c.kind == kind
                    && c.w1 < t.w0
                    && t.w0 - c.w1 <= dist
                    && !a.break_between(c.w1, t.w0)
                    && !earlier_in_the_news(a, c, dts)
            })
        };
        // ("لا صحة لإيقاف الاستقدام، وأن الجانب الآخر أبدى استعداده": a second "that" clause is
        // asserted, not denied.)
        // ("ونفت الوزارة الخبر وقالت إن الطائرات استهدفت …", "نفى الاتهام واتهم خصومه": a verb
        // of saying or accusing joined to the denial by "و", a participle of saying or "لكن"
        // (`DENIAL_END_WORDS`) at or before the trigger ends the denial; what follows is told,
        // status56. Not when the new clause negates again or reports a claim before the act:
        // "وقال: لا القيادة طلبت ذلك", "وقال إن الجانب الآخر يدعي وقوع هجوم".)
        let denial_ended = |c: &CueMention| {
            (c.w1 + 1..=t.w0).rev().find(|&i| DENIAL_END_WORDS.contains(&a.word(i))).is_some_and(|e| {
                !a.cues.iter().any(|n| matches!(n.kind, CueKind::Negation | CueKind::Denial) && n.w0 > e && n.w0 < t.w0)
                    && !(e + 1..t.w0).any(|i| DENIAL_KEPT_CLAIMS.contains(&a.word(i)))
            })
        };
        // "نفت الوزارة بشدة الاتهامات الموجهة إليها": an accusation noun a denial takes as its
        // object (at most eight words on, no other trigger or lead of `DENIED_ACCUSATION_LEADS`
        // between: "نفى توجيه اتهامات") is still reported; the denial is its own event (SPEC §4,
        // status73).
        let denied_accusation = |c: &CueMention| denial_takes_accusation(a, rule, pattern, t, c);
        let denial_near = |c: &CueMention| {
            c.kind == CueKind::Denial
                && c.w1 < t.w0
                && (t.w0 - c.w1 <= 20 || denied_truth_reaches(a, c.w1, t))
                && !(c.w1 + 1..t.w0).any(|i| matches!(a.word(i), "وان" | "وانه" | "وانها" | "وانهم"))
                && !denial_ended(c)
                && !denied_accusation(c)
        };
        // "قد" before an imperfect verb is "may"; before a perfect it only stresses the past.
        // The verb is the word right after "قد": the trigger itself, or the verb whose object the
        // trigger is ("قد تواجه تهديدات" may face threats; "قد اتخذت تدابير" had taken measures).
        let qad_may = (1..=2).any(|d| {
            t.w0 >= d && is_qad(a.word(t.w0 - d)) && {
                let w = unconj(a.word(t.w0 - d + 1));
                imperfect_prefixed(w) && !qad_past(a, t.w0 - d, w)
            }
        });
        // "وكان X قد فعل": pluperfect background.
        let pluperfect = pluperfect_opening(a) && (1..t.w0).any(|i| a.word(i) == "قد");
        // "وكانت الكتائب قد أشادت بالأسير … أمس": a pluperfect in a sentence dated by a recent
        // day ("أمس", "الاثنين") is news of the last days, not background.
        let recent_day = ctx.published.and_then(|p| {
            dts.iter().find(|d| {
                d.precision == dates::DatePrecision::Day
                    && d.relative != dates::Relation::Absolute
                    && d.first_day().is_some_and(|f| in_last_week(f, p))
            })
        });
        // That day then dates the pluperfect clause too.
        let pluperfect_day = if pluperfect && date.is_none() { recent_day.filter(|d| !before_cause(d)) } else { None };
        // (A day the report of the pluperfect clause was made, "وكانت الصحيفة قد قالت أمس إن …",
        // is the report's day: see `Candidate::report_dated`.)
        let mut report_dated = pluperfect_day.is_some_and(|d| report_day(a, d, t, ctx.published));
        let date = date.or(pluperfect_day);
        // "المقبل", "القادمة" follow the noun they date: after an earlier trigger of the clause
        // ("حوار وطني في مارس المقبل وحذر …") they date that trigger, not a later one.
        let future_before = a.cues.iter().any(|c| {
            c.kind == CueKind::Future
                && c.w1 < t.w0
                && t.w0 - c.w1 <= 8
                && !a.break_between(c.w1, t.w0)
                && !relative_perfect_between(a, c.w1, t)
                // "وعد الرئيس بدعم بلاده خلال زيارته إلى باريس": what is pledged is to come, not
                // the visit that is the pledge's time (`meeting_during`).
                && !(self.lex.cues[c.cue as usize].id == "fut.pledge" && meeting_during(a, rule, pattern, t))
                && !(matches!(a.word(c.w1), "المقبل" | "المقبله" | "القادم" | "القادمه")
                    && a.triggers[..ti].iter().any(|p| p.w1 < c.w0 && !a.break_between(p.w1, c.w0)))
        });
        // "رحب المجلس بالدعوة إلى حوار وطني … وحذر الرئيس": a perfect verb opening a new clause
        // with "و" is past, whatever was planned or called for earlier in the sentence.
        let perfect_new_clause = new_clause && perfect;
        let future_verb = future_verb_governs(a, t, perfect);
        // The status of a visit after "في" follows the verb of travel before it, not the noun.
        let travel = travel_visit_word(a, &self.lex.triggers[t.rule as usize], t);
        // "توقعت المصادر هجوما وشيكا": what is predicted is to come; "من غير المرجح أن يلتقي":
        // what is unlikely is hypothetical (status26).
        let predicted = predicted_before(a, &self.lex, ti, t);
        let aim =
            intended(a, &self.lex, ti, t) || desired_before(a, &self.lex, ti, t).is_some() || predicted == Some(false);
        let ready = readied(a, &self.lex, t);
        // "غير" negates only the word right after it ("غير طلب الدعم"); with a word between, it
        // negates that adjective ("غير كاف ويطالبون", "غير المبررة لاعتقال") or is "however"
        // ("غير أنه يشدد").
        // "لم توجه للرئيس أي اتهامات": after "أي" (`NEGATED_ANY_WORDS`) a negation reaches over
        // the verb and its subject to the noun, with no other trigger between.
        let any_before = t.w0 >= 1 && NEGATED_ANY_WORDS.contains(&a.word(t.w0 - 1));
        // A failure word ("فشل في", `neg.fail`) governs the verbal noun right after it, as "غير" its
        // word: "الفشل في كبح الهجمات" tells attacks that happened.
        // "لا تزال المواجهات مستمرة", "ما زالت قوات الأمن تطارد": a negation particle right
        // before a verb of remaining (`STILL_VERBS`) says "still", an act going on (status55).
        // "اعتذر لعدم الجاهزية وطلب الاستضافة", "بقيت دون تسلح ورفضت القتال": a perfect verb
        // with a glued "و" after the word a negation governs opens a clause of its own (no
        // negation but "ما" takes a perfect verb into its scope), status56.
        // "وما تفجير الجسر إلا دليل", "فما جدوى قتل …": a "ما" that is
        // "what" negates nothing (`what_ma`); nor does "ليس" before it ("هذا ليس ما تفاوضنا
        // عليه": the negotiation took place), status60.
        let joined_perfect = perfect && a.word(t.w0).starts_with('و');
        let negation_near = |c: &CueMention| {
            let id = self.lex.cues[c.cue as usize].id.as_str();
            let ghayr = matches!(id, "neg.ghayr" | "neg.fail");
            c.kind == CueKind::Negation
                && c.w1 < t.w0
                && !(joined_perfect && t.w0 - c.w1 >= 2 && id != "neg.ma")
                && !STILL_VERBS.contains(&a.word(c.w1 + 1))
                // "تصريحات لا مسؤولة واتهامات باطلة": "لا" makes one adjective with the word
                // after it (`LA_COMPOUND_WORDS`) and negates no trigger further on (status73).
                && !(id == "neg.la" && c.w1 + 1 < t.w0 && LA_COMPOUND_WORDS.contains(&a.word(c.w1 + 1)))
                && !(id == "neg.ma" && what_ma(a, c, t, pattern))
                && !(c.w1 + 1 < t.w0 && a.word(c.w1 + 1) == "ما" && MA_WHAT_HEADS.contains(&a.word(c.w1)))
                && !a.break_between(c.w1, t.w0)
                && (t.w0 - c.w1 <= if ghayr { 1 } else { 2 }
                    || (any_before
                        && !ghayr
                        && t.w0 - c.w1 <= 7
                        && !a.triggers.iter().any(|p| p.w0 > c.w1 && p.w0 < t.w0)))
        };
        // "إذا لم يتم التوصل إلى اتفاق", "ما لم ينسحب الجيش": "لم" after a condition word
        // (`CONDITION_NEGATION_HEADS`) states a condition, not an act that did not happen.
        // ("في حال فشلهم في التوصل إلى اتفاق": so does a failure word after one.)
        // ("في حال عدم التوصل إلى اتفاق": and "عدم", `neg.adam`; `condition_negation`.)
        let unless = |c: &CueMention| {
            let id = self.lex.cues[c.cue as usize].id.as_str();
            matches!(id, "neg.lam" | "neg.fail" | "neg.adam") && condition_negation(a, c.w0, id == "neg.lam")
        };
        // "تأكيد أو نفي مقتل القائد", "رفع أو عدم رفع الحظر": "or" before the negation or
        // denial (`ALTERNATIVE_NEGATION_HEADS`) names both alternatives, whether or not.
        let alternative = |c: &CueMention| c.w0 > 0 && ALTERNATIVE_NEGATION_HEADS.contains(&a.word(c.w0 - 1));
        let negation_before = a.cues.iter().any(|c| negation_near(c) && !unless(c) && !alternative(c));
        // "لم يتمكن من نشر قواته", "لا نستطيع أن نتهم", "لم يكن أحد يستطيع توقيف": a negation at
        // most three words before an ability word (`hyp.able`) that reaches the act says it could
        // not be done (negated, not hypothetical). Not "ما" ("تبذل ما بوسعها لتقديم": what it
        // can) nor "غير".
        let negated_ability = || {
            a.cues.iter().any(|h| {
                let able = &self.lex.cues[h.cue as usize];
                able.id == "hyp.able"
                    && h.w1 < t.w0
                    && t.w0 - h.w1 <= able.reach.unwrap_or(3)
                    && !a.break_between(h.w1, t.w0)
                    && a.cues.iter().any(|c| {
                        c.kind == CueKind::Negation
                            && c.w1 < h.w0
                            && h.w0 - c.w1 <= 3
                            && !matches!(self.lex.cues[c.cue as usize].id.as_str(), "neg.ma" | "neg.ghayr")
                            && !a.break_between(c.w1, h.w0)
                            && !unless(c)
                            && !alternative(c)
                    })
            })
        };
        // "لم تتمكن القوى السياسية من الاتفاق", "لم تنجح الوساطة في التوصل إلى اتفاق", "لن يستطيع
        // أحد أن يفرض" (status50): a negation right before an ability or success verb
        // (`ABILITY_GAP_HEADS`) whose first particle (`ABILITY_GAP_TAILS`) stands at most three
        // words further on reaches the act one or two words after that particle, with no
        // trigger, relative pronoun or clause break between: the act could not be done. "لم
        // يتمكن من الفرار بعد أن أطلق النار" keeps its shooting: "أن" is not the verb's particle.
        let negated_ability_gap = || {
            let tail = (t.w0.saturating_sub(2)..t.w0).find(|&k| ABILITY_GAP_TAILS.contains(&a.word(k)));
            let Some(tail) = tail else {
                return false;
            };
            (tail.saturating_sub(4)..tail).any(|h| {
                ABILITY_GAP_HEADS.contains(&a.word(h))
                    && h > 0
                    && (h + 1..tail).all(|k| !ABILITY_GAP_TAILS.contains(&a.word(k)))
                    && (h + 1..t.w0).all(|k| !RELATIVE_PRONOUNS.contains(&a.word(k)))
                    && !a.triggers.iter().any(|p| p.w0 > h && p.w0 < t.w0)
                    && !a.break_between(h, t.w0)
                    && a.cues.iter().any(|c| {
                        c.kind == CueKind::Negation
                            && c.w1 + 1 == h
                            && matches!(self.lex.cues[c.cue as usize].id.as_str(), "neg.lam" | "neg.lan" | "neg.la")
                            && !unless(c)
                            && !alternative(c)
                    })
            })
        };
        let denial_before = a.cues.iter().any(|c| denial_near(c) && !alternative(c));
        let unless_before = a
            .cues
            .iter()
            .any(|c| (negation_near(c) && (unless(c) || alternative(c))) || (denial_near(c) && alternative(c)));
        // "بعد إغلاقها لمدة شهر": the act of an "after" phrase came first (status58, below).
        let earlier_act = earlier_act_after(a, t, pattern);
        if negation_before
            || denial_before
            || negated_ability()
            || negated_ability_gap()
            || negated_occurrence(a, t, pattern)
            || unwanted(a, t)
            || gap_negated(a, &self.negation_gaps, t)
        {
            status = Status::Negated;
        } else if money_pledge
            || called_protest
            || aim
            || a.triggers.get(ti + 1).is_some_and(|n| n.future_prefix && agenda_verb(a, &self.lex, t, n))
        {
            // A pledge is aid to come; a protest called for is yet to happen; a meeting that
            // "will discuss" ("القمة ستناقش") is yet to meet.
            status = Status::Future;
        } else if (qad_may
            || unless_before
            || a.cues.iter().any(|c| {
                c.kind == CueKind::Hypothetical
                    && c.w1 < t.w0
                    && t.w0 - c.w1 <= self.lex.cues[c.cue as usize].reach.unwrap_or(3)
                    && !a.break_between(c.w1, t.w0)
                    && !state_of(a, c.w1)
            })
            || feared_or_wished(a, t)
            || conditional_clause(a, t)
            || predicted == Some(true)
            || guarded_any(a, t))
            // "إذا تم تطبيق الاتفاق", "احتمال فشل المفاوضات", "إذا استمرت بتمديد الاعتقال"
            // (status54): the condition or the possibility is about the act's fate; the act
            // itself stands.
            && !act_fate_head(a, t, &self.lex.triggers[t.rule as usize].event_type)
        {
            status = Status::Hypothetical;
        } else if travel.is_some_and(|(_, past)| past) {
            // "وصل وزير الخارجية الألماني إلى بغداد في زيارة يبحث خلالها": the visit a perfect
            // verb of travel tells has happened, whatever the phrase after the noun says.
        } else if earlier_act {
            // "ستفتح البورصة أبوابها الاثنين المقبل بعد إغلاقها لمدة شهر", "يبدأ غدا مشاوراته بعد
            // استقالة رئيس الحكومة": the act an "after" phrase names came first; the plan of the
            // clause it is attached to is not its own (status58).
        } else if travel.is_some_and(|(j, _)| a.word(j).starts_with('س'))
            || t.future_prefix
            // "سوف يتراجع الخطر الذي دعمته إيران": a perfect verb its own clause tells as done
            // is out of reach of a future cue before it.
            || (future_before && !(perfect && perfect_told_done(a, t)))
            || future_predicate(a, t, pattern)
            || future_verb.is_some()
            || plan_cue_after(a, &self.lex, t, pattern)
            // "تم الاتفاق على عقد اجتماع", "قررت السماح بشن غارات": the act agreed on or allowed
            // is still to come (status47).
            || agreed_or_allowed(a, &self.lex, t)
            // "الاتفاق ينص على الإفراج عن الأسرى", "تسوية تقضي بانسحاب المسلحين": what an agreement, a
            // plan or a law provides for is still to come (status57).
            || prescribed_act(a, t)
            // "أكد استعداد بلاده للتعاون": an act one is ready for is announced, not done
            // (status62); a condition right after it makes it hypothetical, below.
            || ready
            // "يزور الوزير القاهرة الأسبوع المقبل": an imperfect verb with a day to come in its
            // clause (status41).
            || own_future_time(a, t, pattern)
            // ("ودعت الجمعية الحكومة القادمة": after a perfect verb the cue describes its object.
            // "ما زالت تباشر تحقيقات وإنه سيتم نقل …": not over a clause break or a word that
            // opens a clause of its own, status64.)
            || (!perfect && future_after_in_clause(a, t, 3))
            || (!perfect_new_clause
                && a.cues.iter().any(|c| {
                    c.kind == CueKind::Future
                        && c.w1 < t.w0
                        && self.lex.cues[c.cue as usize].sentence
                        // "يتوقع أن يستغل زيارته بعد الاعتداء الذي استهدف السفارة": a perfect
                        // verb in a relative clause tells what has happened.
                        && !(perfect && perfect_told_done(a, t))
                        && !relative_perfect_between(a, c.w1, t)
                        // "دعا إلى إضراب احتجاجا على اعتقال ناشطين": the cause of what is planned
                        // has happened.
                        && !(c.w1 + 1..t.w0).any(|i| CAUSE_MARKERS.contains(&a.word(i)))
                        // "كان من المتوقع أن يصوت النواب، إلا أن المظاهرات جابت الشوارع": a
                        // contrast says what happened instead.
                        && !contrast_between(a, c.w1, t.w0)
                        // "كان من المقرر عقدها أمس، وبررت الغرفة رفضها": a past or newly reported
                        // clause after a break is out of the plan's reach.
                        && !plan_out_of_reach(a, c, t, dts, ctx.published, s)
                }))
        {
            status = Status::Future;
            // "وسوف يستقيل إذا لم ينجح": a condition right after a future act makes it
            // conditional (SPEC §4: hypothetical).
            let condition_after = a.cues.iter().any(|c| {
                c.kind == CueKind::Hypothetical
                    && c.w0 > t.w1
                    && c.w0 - t.w1 <= 4
                    && matches!(a.word(c.w0), "اذا" | "لو" | "ان" | "في")
                    && !a.break_between(t.w1, c.w0)
            });
            if condition_after {
                status = Status::Hypothetical;
            }
        }
        // "مقعد شغر إثر استقالة نائب وتجري الانتخابات في سبتمبر المقبل": the act a reply, a protest
        // or a consequence names has happened, so a date to come is not its own (dates38, below).
        let cause_act = names_cause_act(a, t);
        // "وقالت المؤسسة في بيان أمس إن القرار جاء عقب الزيارة التي قام بها وفد … خلال الفترة من 1
        // إلى 4 يونيو 2015": before the report's day is given to a reported act, a date with its
        // own year further on in the act noun's own relative clause is the act's.
        let date = if status == Status::Occurred && report_only {
            date.or_else(|| {
                let report = pick(false);
                let reported = report.filter(|r| report_day(a, r, t, ctx.published));
                let own = reported.and_then(|_| dts.iter().find(|d| far_own_clause_date(a, t, noun_trigger, d, s)));
                report_dated = own.is_none() && reported.is_some();
                own.or(report)
            })
        } else if status == Status::Negated && report_only && date.is_some_and(|d| denial_day(a, d, t, ctx.published)) {
            // "نفت السفارة يوم الجمعة صحة ما ورد في تقرير عن اعتقال ثلاثة": the day after a
            // denial is the denial's; the act it denies has no date of its own (dates35).
            pick_with(report_only, true, true, false).or_else(|| fronted_year(a, dts))
        } else if matches!(status, Status::Future | Status::Hypothetical)
            && date.is_some_and(|d| other_act_clause_date(a, &self.lex, t, d))
        {
            // "أعلن رغبته في تشكيل حكومة قبل نهاية الأسبوع المقبل، وسوف يستقيل إذا فشل": a date
            // across a clause break, in the clause of an act of another type, is that act's; an act
            // still to come or only possible with no date of its own is undated (dates39).
            pick_with(report_only, true, false, true)
        } else {
            date
        };
        // (The mark names the date kept: a branch above that picked another one clears it.)
        let report_dated = report_dated && date.is_some_and(|d| report_day(a, d, t, ctx.published));
        let governed_day = date.is_some_and(|d| governing_statement_day(a, &self.lex, t, d, ctx.published));
        let mut rec_date: Option<String> = None;
        let mut precision = DatePrecision::Unknown;
        let mut basis = None;
        let mut date_text = None;
        // "الحوثيون الذين سيطروا على صنعاء في سبتمبر", "محادثات جرت في موسكو في يناير": a bare
        // month its own clause tells as past is the last one, never the nearest one to come.
        let told_past = date.is_some_and(|d| {
            // ("سيطروا": a root with س, read with no future prefix, is a perfect too.)
            let done_verb =
                pattern == Pattern::Verb && !t.future_prefix && !unconj(a.word(t.w0)).starts_with(['ي', 'ت', 'ن']);
            month_told_past(a, d, t, done_verb && (perfect_told_done(a, t) || pluperfect_opening(a)))
                || month_in_done_clause(a, d, t)
        });
        let shifted =
            date.map(|d| if told_past { *d } else { nearest_bare_month(d, ctx.published, &s[d.start..d.end]) });
        // "على خلفية مظاهرات الجمعة الماضي", "اتفاق تم إبرامه عام 2014": a past day right after
        // the trigger, in its clause, tells when the act happened, whatever plan the sentence
        // tells elsewhere.
        if status == Status::Future
            && shifted.as_ref().is_some_and(|d| past_day_after_trigger(a, d, t, ctx.published, &s[d.start..d.end]))
        {
            status = Status::Occurred;
        }
        let date = shifted.as_ref();
        // "قال يوم السبت إن إيران ستعتبر أي هجوم على سوريا هجوما عليها": a day not told as to come
        // before the future verb that governs the act dates the report, not the act (and does not
        // roll to the next such day).
        let date = date.filter(|d| {
            !(status == Status::Future
                && d.relative != dates::Relation::Future
                && future_verb.is_some_and(|v| word_index_of_byte(a, d.end.saturating_sub(1)) < v))
        });
        let rolled;
        let date = match date {
            // ("محاكمة مرتكبي هجمات 11 سبتمبر": a day right after an event noun names that event,
            // which does not roll.)
            Some(d)
                if status == Status::Future
                    && !told_past
                    && !(pattern == Pattern::Noun
                        && word_index_of_byte(a, d.start) == t.w1 + 1
                        && bare_day_month(&ahdath_text::normalize_key(&s[d.start..d.end]))) =>
            {
                rolled = roll_forward(d, ctx.published, &s[d.start..d.end]);
                Some(&rolled)
            }
            other => other,
        };
        // "وصل الوزير أمس الأول وسيلتقي نظيره": a past day before the future cue of the trigger's
        // clause dates that earlier clause (the arrival, the saying), not the act to come, which
        // stays undated (SPEC §4).
        let date = date.filter(|d| !(status == Status::Future && past_day_before_future_cue(a, d, t, ctx.published)));
        // "ستكون أول زيارة له منذ توليه الحكم عام 2009": an act to come has not happened on a past
        // day; one told away from the trigger's own words dates another clause or a noun, and the
        // act stays undated (SPEC §4).
        let date = date.filter(|d| {
            !(status == Status::Future && !perfect && past_day_elsewhere(a, d, t, ctx.published, &s[d.start..d.end]))
        });
        // "تظاهروا الجمعة غداة مقتل فتى": the clause's day, told before "غداة", puts the event
        // noun right after it a day earlier ("عشية" a day later; "بعد يومين من" two days, dates25).
        // (Not when the noun tells its own date within four words, before a break: "غداة توقيع
        // الاتفاقيات في 1962"; nor when a relative pronoun stands between the day and the phrase,
        // which then counts from the relative clause's act: "جنازة جردات يوم الاثنين الذي توفي
        // بعد أسبوع من اعتقاله".)
        // (The phrase is looked for only when the clause's date has a day.)
        let moved = match date.filter(|d| d.day.is_some()).and_then(|d| day_step(a, t).map(|s| (d, s))) {
            Some((d, (w, step)))
                if {
                    let e = word_index_of_byte(a, d.end.saturating_sub(1));
                    e < w && !(e..w).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
                } && !dts.iter().any(|x| {
                    let i = word_index_of_byte(a, x.start);
                    i > t.w1 && i - t.w1 <= 4 && !a.break_between(t.w1, i)
                }) =>
            {
                d.first_day().and_then(|x| x.checked_add_signed(chrono::Duration::days(step))).map(|x| DateMatch {
                    year: x.year(),
                    month: Some(x.month()),
                    day: Some(x.day()),
                    ..*d
                })
            }
            _ => None,
        };
        let date = moved.as_ref().or(date);
        // "وافقت اللجنة على طلب عقد مؤتمر في سبتمبر المقبل": a perfect verb tells its act as done,
        // so a date still to come is another act's (the conference), not its own; the act keeps
        // no text date and is read as any undated perfect (status32). A bare month its clause
        // tells as past ("هاجمها مسلحون في يناير", read as the coming January) is the last one,
        // unless the trigger's own words name the act that month dates ("اقترح عقد مؤتمر في
        // سبتمبر": the conference's). So does an act a cause head names (`names_cause_act`,
        // dates38: "إثر هجمات سبتمبر" is the last September's), and the act of an "after" phrase
        // (`earlier_act_after`, status58: "ستفتح أبوابها الاثنين المقبل بعد إغلاقها").
        let last_year;
        let date = match date {
            Some(d)
                if status == Status::Occurred
                    && ((perfect && perfect_verb_shape(&s[t.start..t.end])) || cause_act || earlier_act)
                    && ctx.published.zip(d.first_day()).is_some_and(|(p, first)| {
                        first > p || (d.relative == dates::Relation::Future && d.last_day().is_some_and(|l| l >= p))
                    }) =>
            {
                if t.w0 == t.w1 && month_told_past(a, d, t, true) {
                    last_year = DateMatch { year: d.year - 1, ..*d };
                    Some(&last_year)
                } else {
                    None
                }
            }
            other => other,
        };
        // Dated by an early-year phrase (status44): made background only after merging.
        let mut early_year = false;
        if let Some(d) = date {
            let (ds, prec) = (d.iso(), precision_of(d));
            if let (Some(pubd), Some(start), Some(last)) = (ctx.published, d.first_day(), d.last_day()) {
                // "يستعد الطلاب لاعتصام الأحد المقبل في العاصمة التي كانت قد شهدت الثلاثاء الماضي
                // مظاهرة حاشدة": a day wholly before publication that is still the act's own after every
                // filter above (not rolled forward, not the report's, not another clause's) tells
                // the act as done; the future cue belongs to another act (status30). It is then
                // read as any occurred act with its date: news, or background when long past.
                // (Only a day that says it is past, or a month its clause tells as past: "اليوم"
                // of a report published the next morning is the writer's today. Not when the act
                // carries its own future mark, the prefix or a plan word or predicate after the
                // noun: "ونشرت الوزارة أمس تفاصيل زيارة الوزير المقررة" dates the report. A cue
                // after it counts only within its clause, as in the future step, status65.)
                if status == Status::Future
                    && last < pubd
                    && (told_past || marked_past(d, &s[d.start..d.end]))
                    && !past_day_elsewhere(a, d, t, ctx.published, &s[d.start..d.end])
                    && !t.future_prefix
                    && (perfect || !future_after_in_clause(a, t, 3))
                    && !plan_cue_after(a, &self.lex, t, pattern)
                    && !future_predicate(a, t, pattern)
                {
                    status = Status::Occurred;
                }
                if status == Status::Occurred {
                    // "الأسبوع المقبل" is at month precision, so its month may hold the
                    // publication day: the expression itself says it is to come.
                    if start > pubd || (d.relative == dates::Relation::Future && last >= pubd) {
                        status = Status::Future;
                    } else if is_background(d, pubd, last, &s[d.start..d.end]) {
                        status = Status::Historical;
                    } else if early_year_date(a, d, ctx.published) {
                        // "في وقت سابق من هذا العام", "مطلع العام الجاري": background, set after
                        // merging (status44, `Candidate::early_year`).
                        early_year = true;
                    }
                }
            }
            rec_date = Some(ds);
            precision = prec;
            basis = Some(DateBasis::Text);
            date_text = Some(s[d.start..d.end].to_string());
        } else if status == Status::Occurred
            // (A pluperfect alone, "وكانت الشرطة قد اعتقلت", is how news recalls the last days
            // as often as older background: without a date it stays occurred; SPEC §4 wants
            // background to be clearly before the news period.)
            && (near_before(CueKind::Past, 4)
                || past_period_near(a, t)
                || long_ago_near(a, t)
                // "اقترحت إنشاء الهيئة منذ عدة سنوات", "منذ عامين انفجر شهاب": a perfect verb with
                // "منذ" and a span of months or years tells an act of that long ago.
                || (perfect && since_span_near(a, t))
                // "وافق على تولي الوزارة في عهد مبارك", "إبان فرض العقوبات على طهران": a perfect
                // act or an event noun told in a phrase of an era long past (status29).
                || ((perfect || pattern != Pattern::Verb) && era_near(a, t))
                // "تمكنت الشرطة من القبض على الجاني وبإحالته إلى المحكمة صدر بحقه حكم": an act
                // told before the steps of a court case closed since (status38). Not the sentence
                // or its execution itself, the chain's end and the news ("نفذت الوزارة حكم
                // القتل في الجاني، حيث أسفر التحقيق … وبإحالته …").
                || (rule.event_type != "SANCTION" && court_chain_after(a, t))
                || (pluperfect && pluperfect_background(a, s, ctx.published, dts, t))
                || (pluperfect && dts.is_empty() && ctx.previous_dated_back.get())
                // "وكان الرجلان قد اغتيلا في يناير 2008. وأصدر القضاء أحكاما بالإعدام …": a deed
                // told on with "و" right after a sentence dated long ago goes on with that story
                // (status46); statements (calls, condemnations) are the news's own.
                || (ctx.narrative_after_dated_back.get()
                    && !STATEMENT_TYPES.contains(&rule.event_type.as_str())
                    && narrative_deed_opening(a, t, perfect && perfect_verb_shape(&s[t.start..t.end])))
                // "ففي صيف 2014 اقتحم المسلحون المدينة. وبعد يومين أعدموا عشرة من سكانها": a
                // sentence that opens on a time counted from the one before ("وبعد يومين", "وقبل
                // ذلك بعام", "وفي الفترة نفسها", "وتبعها"), when that one is dated long ago, tells
                // acts of that time (status63).
                || ctx.told_on_after_dated_back.get()
                // "وكانت الحكومة أطلقت الحوار في 2 يوليو 2011، … وأعلنت الوفاق انسحابها": "كان" +
                // a perfect without "قد" is a pluperfect too; with a date of long ago and no
                // recent day in the sentence it is background.
                || (pluperfect_opening(a)
                    && !pluperfect
                    && recent_day.is_none()
                    && dates_back(s, ctx.published, dts))
                // "منذ هجمات 11 سبتمبر": an event named by its day is one that has happened.
                || trigger_named_by_day(a, t, ctx.published))
        {
            status = Status::Historical;
        }
        // (dates58) An undated act told in the relative clause it opens, with a span of months or
        // years ago further on in that clause (`long_ago_in_opened_clause`), is background too:
        // made so after merging (dates59, `Candidate::long_ago_clause`), and a day a merged
        // mention lent it is dropped then ("الرجل الذي صفع امرأة قبل أربعة أشهر" is not of the
        // day a later mention of the assault tells).
        let long_ago_clause = date.is_none()
            && matches!(status, Status::Occurred | Status::Historical)
            && long_ago_in_opened_clause(a, t);
        // "أحيت المدينة الذكرى الخامسة والعشرين للقصف": the event an anniversary recalls is
        // background; a relative day dates the commemoration, not it.
        let mut recalled = false;
        if status == Status::Occurred && (anniversary_of(a, t) || anniversary_after(a, s, t)) {
            recalled = true;
            status = Status::Historical;
            if date.is_some_and(|d| d.relative != dates::Relation::Absolute) {
                (rec_date, precision, basis, date_text) = (None, DatePrecision::Unknown, None, None);
            }
        } else if matches!(status, Status::Future | Status::Historical) && anniversary_of(a, t) {
            // "مع قرب الذكرى الثانية لاحتجاجات 14 فبراير", "تحتفل بالذكرى العشرين لإقامة العلاقات"
            // in a sentence of a visit to come, "في نوفمبر 1992، خلال الذكرى الثانية لمقتله": the
            // act an anniversary recalls has happened, whatever the sentence plans, and a day or a
            // month of the sentence is the commemoration's, not its own (dates46). Only a date
            // with its own year told after the act and before publication stays ("الذكرى الثانية
            // لانطلاق الاحتجاجات في 14 فبراير 2011").
            (status, recalled) = (Status::Historical, true);
            let own = date.is_some_and(|d| {
                d.relative == dates::Relation::Absolute
                    && d.start >= t.end
                    && ctx.published.zip(d.last_day()).is_none_or(|(p, l)| l < p)
            });
            if !own {
                (rec_date, precision, basis, date_text) = (None, DatePrecision::Unknown, None, None);
            }
        }
        // "استقبل المتحف شابا أُدين بقتل ثلاثة أشخاص", "الرجل الذي أُدين بالتجسس": a passive
        // conviction in a clause that describes a person is background (status51); a relative day
        // of the sentence dates its news, not the conviction.
        if status == Status::Occurred && described_conviction(a, rule, t) {
            status = Status::Historical;
            if date.is_some_and(|d| d.relative != dates::Relation::Absolute) {
                (rec_date, precision, basis, date_text) = (None, DatePrecision::Unknown, None, None);
            }
        }
        // "أعدم أمس رجل أدين بقتل جاره", "المدانين بالاعتداء على رجال الأمن": the crime (an act of
        // force) a court convicted of is background to the news of the verdict or its execution
        // (status40); so is a crime on trial (status42) or the crime an execution punishes
        // ("نفذ حكم القتل قصاصا في رجل لإقدامه على قتل جاره", status43); a relative day ("أمس")
        // dates the verdict, not the crime.
        let court_crime = status == Status::Occurred
            && matches!(rule.event_type.as_str(), "ASSAULT" | "COERCE")
            && crime_of_a_verdict(a, t, || ctx.tells_execution());
        if court_crime {
            status = Status::Historical;
            if date.is_some_and(|d| d.relative != dates::Relation::Absolute && d.precision == dates::DatePrecision::Day)
            {
                (rec_date, precision, basis, date_text) = (None, DatePrecision::Unknown, None, None);
            }
        }
        // "قضت المحكمة أمس بسجن الرجل الذي صفع امرأة قبل أربعة أشهر": an act told in the relative
        // clause it opens, with a span of months or years ago after it there (`long_ago_phrase`),
        // lies long before the governing clause's day, which dates only the news (dates58): it is
        // background, undated, as it is with no day in the sentence (`long_ago_near` above).
        // (Also when the governing clause's date made it background already: "29 سبتمبر الماضي"
        // is the trial's, not that of the ban «التي حظرت السلطات نشاطها قبل عامين».)
        // (dates59) Made so after merging (`Candidate::long_ago_clause`), as with no day.
        let long_ago_clause = long_ago_clause
            || (matches!(status, Status::Occurred | Status::Historical)
                && rec_date.is_some()
                && relative_clause_verb(a, t).is_some_and(|p| {
                    date.is_some_and(|d| {
                        d.relative != dates::Relation::Absolute && word_index_of_byte(a, d.end.saturating_sub(1)) < p
                    })
                })
                && long_ago_in_opened_clause(a, t));
        // "اعتقلت الشرطة مؤخرا ثلاثة أشخاص", "وقعت الحكومة قبل أيام اتفاقا": an act told done
        // lately or an unstated span ago, with no expression that dates it, has a time the text
        // gives but no date (SPEC §4, the publication day only when there is no expression):
        // undated (date null, precision unknown, basis null), the expression kept as its text
        // (dates43).
        // "كشفت الصحيفة اليوم عن قيام السلطات قبل أيام باعتقال طبيب", "قال المسؤول أمس إن الأمانة
        // أغلقت خلال الفترة الماضية مشروعين": a day told before a vague time that stands at the
        // act is the report's or another clause's; the act has only the vague time, so it is
        // undated as above (dates48).
        let vague = if status == Status::Occurred && (rec_date.is_none() || basis == Some(DateBasis::Text)) {
            match rec_date {
                None => vague_past_near(a, t),
                Some(_) => vague_past_within(a, t, false)
                    .filter(|&(v0, _)| date.is_some_and(|d| dated_before_vague(a, d, v0, t))),
            }
        } else {
            None
        };
        let undated_by_vague = vague.is_some() && rec_date.is_some();
        if undated_by_vague {
            (rec_date, precision, basis) = (None, DatePrecision::Unknown, None);
            early_year = false;
        }
        let report_dated = report_dated && !undated_by_vague;
        let governed_day = governed_day && !undated_by_vague;
        if let Some((v0, v1)) = vague {
            let (ks, ke) = (a.words[v0].0, a.words[v1].1);
            let span = a.key.orig_byte_range(ks..ke);
            date_text = s.get(span).map(|x| x.trim().to_string());
        } else if rec_date.is_none() && status == Status::Occurred {
            if let Some(p) = ctx.published {
                rec_date = Some(p.format("%Y-%m-%d").to_string());
                precision = DatePrecision::Day;
                basis = Some(DateBasis::Publication);
            }
        }

        let dated_past = basis == Some(DateBasis::Text) && date.is_some_and(|d| wholly_past(d, ctx.published));
        let told_back = basis == Some(DateBasis::Text)
            && matches!(status, Status::Historical | Status::Occurred)
            && date.is_some_and(|d| {
                ctx.published.zip(d.first_day()).is_some_and(|(p, first)| (p - first).num_days() >= BACKGROUND_DAYS)
            });
        // Casualties, for violent events (none for the others).
        let Toll { dead: fatalities, hurt: injuries, none_told, lone: toll_lone, fix: toll_fix, period } =
            if rule.event_type == "ASSAULT" { casualties(a, &self.lex, nums, t) } else { Toll::default() };
        // "التقى الفريق بنظيره", "حمّل رئيس النادي المدرب مسؤولية الخسارة", "طرد اللاعب",
        // "استقالة رئيس النادي", "تعرض لإصابة" in sport news: a match, a club's, fan's or player's
        // affair, no PLOVER event (prec98). An arrest, a sentence, a toll or an armed, security,
        // judicial or legislative party keeps the record: the state's acts told in sport news.
        if self.precision_filters
            && sport_affair_record(
                &rule.event_type,
                rule.mode.as_deref(),
                actor.as_ref(),
                recipient.as_ref(),
                fatalities,
                injuries,
            )
            && ctx.tells_sport()
        {
            return None;
        }
        // "وتتهم المعارضة الحكومة منذ أشهر بالتزوير", "تحاصر القوات البلدة منذ 2013": a present-tense
        // verb with "منذ" and a span of months or years tells a stance or a state held over time,
        // not a new act (SPEC §4: standing positions are not events).
        if self.precision_filters
            && status == Status::Occurred
            && pattern == Pattern::Verb
            && imperfect_verb(a, s, t)
            && since_span_near(a, t)
        {
            return None;
        }
        // "أسفر النزاع عن مقتل 40 ألف شخص منذ 1984", "قتل 80 شخصا منذ بداية الاحتجاجات": a toll
        // counted since a year or the start of a conflict, or over past months or years, is an
        // aggregate, not an event (SPEC §4).
        if self.precision_filters
            && rule.event_type == "ASSAULT"
            && (fatalities.is_some()
                || injuries.is_some()
                // ("80 شخصا على الأقل قتلوا منذ بداية الاحتجاجات": the count before the verb)
                || nums.iter().any(|n| {
                    let w = word_index_of_byte(a, n.start);
                    !n.ordinal && w < t.w0 && t.w0 - w <= 4
                }))
            && (since_long_ago(a, t) || past_period_near(a, t))
        {
            return None;
        }
        // "قتلت القوات 161 مسلحا واعتقلت 309 آخرين خلال عام 2012", "لقي ألفا مهاجر حتفهم هذا العام",
        // "حصيلة القتلى منذ بدء المواجهات": an act of force or coercion with a count, governed by a
        // phrase of the period its count adds up over, is a tally of many acts, not one (prec58,
        // SPEC §4 aggregates). A denial ("لم يعتقل أحد حتى الآن") is left to its own status.
        if self.precision_filters
            && status != Status::Negated
            && match rule.event_type.as_str() {
                "ASSAULT" => fatalities.is_some() || injuries.is_some() || count_near(a, s, nums, dts, t, 4, 0),
                "COERCE" => count_near(a, s, nums, dts, t, 4, 6),
                _ => false,
            }
            && period_tally_near(a, t, rule.event_type == "ASSAULT")
        {
            return None;
        }
        // "قتل 750 شخصا في معارك المدينة خلال ثلاثة أشهر", "تعذيب وقتل الآلاف خلال فترة حكمه": a
        // count told over a span of weeks, months or years, or over a period, adds up many acts
        // (prec92, SPEC §4 aggregates). The span's own number is no count; a deadline to come
        // ("سيفرج عن 100 سجين خلال شهرين") is left to its status.
        if self.precision_filters
            && matches!(status, Status::Occurred | Status::Historical)
            && span_tally_near(a, nums, t).is_some_and(|(lo, hi)| {
                let outside: Vec<NumberMatch> =
                    nums.iter().filter(|n| !(lo..=hi).contains(&word_index_of_byte(a, n.start))).copied().collect();
                let counted = match rule.event_type.as_str() {
                    // (A tally is of many: "قتل فتاة … خلال فترة قياسية" is one act.)
                    "ASSAULT" => {
                        fatalities.is_some_and(|f| f >= 2)
                            || injuries.is_some_and(|f| f >= 2)
                            || count_near(a, s, &outside, dts, t, 4, 0)
                    }
                    "COERCE" => count_near(a, s, &outside, dts, t, 4, 6),
                    _ => false,
                };
                counted && !(t.w0.saturating_sub(5)..lo.max(t.w0)).any(|k| SINCE_SUPERLATIVES.contains(&a.word(k)))
            })
        {
            return None;
        }
        // (status68) "كما أشاد بما شاهده من مقتنيات": a praise of what the praiser saw is a
        // visitor's impression, not support of a party (`praise_of_the_seen`). The rules it reads say
        // `checks: praise-seen` in data/dict/triggers.
        if self.precision_filters && rule.has(Check::PraiseSeen) && praise_of_the_seen(a, t) {
            return None;
        }
        // "ورفع المواطن الشكر للقيادة على الثقة", "وقدم المحافظ شكره للعاملين على تنظيم الحفل": a
        // thanks that crosses no border is a courtesy of a ceremony or a local page, not a political
        // event (prec59). A thanks denied, or one to another state's party, stays. (The rule it reads
        // says `checks: courtesy-thanks` in data/dict/triggers, tidy63.)
        if self.precision_filters
            && status != Status::Negated
            && rule.has(Check::CourtesyThanks)
            && courtesy_thanks(a, t, actor.as_ref(), recipient.as_ref(), ctx.main_country.as_deref())
        {
            return None;
        }
        // "الصراع في سوريا الذي أودى بحياة 70 ألف شخص", "مقتل عشرات الآلاف": a toll in the
        // thousands next to the trigger is that of a war or a conflict, not of one event.
        if self.precision_filters
            && rule.event_type == "ASSAULT"
            && (fatalities.is_some_and(|f| f >= 1000)
                || injuries.is_some_and(|f| f >= 1000)
                || rule.id.starts_with("assault.kill."))
            && thousands_toll(a, s, nums, dts, t)
        {
            return None;
        }
        // An event noun with nobody, nowhere, no toll and no date attached is a topic word
        // ("المظاهرات"), not a report (an attack an armed speaker reports as suffered is one).
        if self.precision_filters
            && (rule.pattern == Pattern::Noun || t.article)
            && (actor.is_none() || own_doer)
            && !suffered
            && !done_passive_act(a, rule, t)
            && recipient.is_none()
            && location.is_none()
            && fatalities.is_none()
            && injuries.is_none()
            && basis != Some(DateBasis::Text)
            && !cause_dated
        {
            return None;
        }
        let trigger_text = s[t.start..t.end].to_string();
        let base_cp = span.start_cp;
        let cp = |b: usize| s[..b].chars().count();
        let evidence = Evidence {
            field,
            start: span.start_cp,
            end: span.end_cp,
            trigger_start: base_cp + cp(t.start),
            trigger_end: base_cp + cp(t.end),
            sentence: s.to_string(),
            other_mentions: Vec::new(),
        };
        let mut conf: f32 = 0.45;
        if actor.is_some() {
            conf += 0.15;
        }
        if recipient.is_some() {
            conf += 0.1;
        }
        if basis == Some(DateBasis::Text) {
            conf += 0.05;
        }
        if location.is_some() {
            conf += 0.05;
        }
        if rule.pattern == Pattern::Verb {
            conf += 0.05;
        }
        let actor_key = cleared_key.or_else(|| actor.as_ref().map(entity_key));
        let recipient_key = recipient.as_ref().filter(|_| !place_target).map(|e| {
            let sector = if victims_only { ANY_SECTOR } else { e.sector.as_deref().unwrap_or("?") };
            format!("{}/{}", entity_key(e), sector)
        });
        let specificity = (actor_key.is_some() as u32) * 4
            + ((recipient.is_some() && !place_target) as u32) * 3
            + (location.is_some() as u32) * 2
            + (fatalities.is_some() as u32) * 2
            + (basis == Some(DateBasis::Text)) as u32
            + (field == Field::Text) as u32;
        let id = pending_record_id(field, evidence.trigger_start, &rule.id);
        let censor = censored_medium(a, &rule.event_type, rule.mode.as_deref(), t);
        let rec = EventRecord {
            id,
            article_id: ctx.article.id.clone(),
            event_type: if money_pledge { "AID".into() } else { rule.event_type.clone() },
            mode: if money_pledge {
                None
            } else if censor {
                Some("censor".to_string())
            } else {
                rule.mode.as_deref().map(|m| drone_or(a, m).to_string())
            },
            // (as `coerce.censor.verb` states it)
            context: if censor { vec!["media".to_string()] } else { rule.context.clone() },
            status,
            date: if matches!(status, Status::Occurred) || basis == Some(DateBasis::Text) { rec_date } else { None },
            date_precision: if matches!(status, Status::Occurred) || basis == Some(DateBasis::Text) {
                precision
            } else {
                DatePrecision::Unknown
            },
            date_basis: if matches!(status, Status::Occurred) || basis == Some(DateBasis::Text) { basis } else { None },
            date_text,
            actor,
            recipient,
            location,
            // (A toll told as none is 0 only here: the filters above read a toll as a sign of
            // an event, and "دون وقوع إصابات" is none.)
            // (fatal12: a period's total is no toll of the record; the filters above still read it.)
            fatalities: fatalities.or(none_told.0.then_some(0)).filter(|_| !period[0]),
            injuries: injuries.or(none_told.1.then_some(0)).filter(|_| !period[1]),
            trigger: trigger_text,
            evidence,
            rule: rule.id.clone(),
            confidence: (conf.min(0.95) * 100.0).round() / 100.0,
        };
        let tw = a.word(t.w0);
        // A definite noun ("الاعتقال") or one with a possessive pronoun ("زيارته", "لمقتله")
        // names an event already known to the reader.
        let anaphoric = (rule.pattern == Pattern::Noun || t.article)
            && (t.pronoun_object || ["ال", "وال", "بال", "فال", "لل", "ولل"].iter().any(|p| tw.starts_with(p)));
        // "رداً على مقتل الأسير", "بتفجير المركز اليهودي": a bare event noun in construct with a
        // definite noun is itself definite, and usually names an event the article has reported.
        let construct = !anaphoric
            && pattern == Pattern::Noun
            && rule.of != Of::Instrument
            // (An article reports many distinct meetings and visits: "لقاء الرئيس مع …".)
            && rule.event_type != "CONSULT"
            && t.w0 == t.w1
            && !t.article
            && !t.pronoun_object
            && !a.break_between(t.w1, t.w1 + 1)
            && a.words.get(t.w1 + 1).is_some()
            && {
                let w = a.word(t.w1 + 1);
                // (not a relative pronoun, "إلى", "إلا", "اليوم" or "الآن", which start with the same letters)
                (w.starts_with("ال")
                    && !matches!(w, "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "الي" | "الا" | "اليوم" | "الان"))
                    // "اغتيال شكري بلعيد", "مقتل سليماني": a proper name is definite too.
                    || a.entities.iter().any(|e| {
                        e.w0 == t.w1 + 1
                            && e.prep.is_none()
                            && e.actors
                                .first()
                                .is_some_and(|&x| self.lex.actors[x as usize].kind == ActorKind::Person)
                    })
            };
        let verb = pattern == Pattern::Verb;
        let outcome = rule.event_type == "ASSAULT" && after_result_verb(a, &self.lex, t);
        let context_mode = if money_pledge || rule.mode.is_some() {
            None
        } else {
            mode_from_context(a, &self.lex, &rule.event_type, t, verb)
                .or_else(|| {
                    // (The cheap test of the verb first: the sentence before is read only for
                    // a verb that can share its doer. Both are pure, so the order changes nothing.)
                    (carries_air_doer(a, &self.lex, &rule.event_type, t, verb) && ctx.previous_air_doer())
                        .then_some("aerial")
                })
                .map(|m| drone_or(a, m))
        };
        // A blast (`explosives`, its entry's or its clause's) that its own clause tells as a suicide
        // bomber's (mode15: "يفجر نفسه", "التفجير الانتحاري") carries `suicide-attack` as a finer mode
        // of the same act, taken after merging (`finer_merged_mode`), so that merge decisions still
        // see `explosives` and the blast's other mentions fold into it as before.
        let blast = !money_pledge
            && rule.event_type == "ASSAULT"
            && (rule.mode.as_deref() == Some("explosives") || context_mode == Some("explosives"));
        let merged_modes =
            if blast && suicide_told(a, t, true) { vec!["suicide-attack".to_string()] } else { Vec::new() };
        let own_story = another_story(a);
        let toll_places = if rule.event_type == "ASSAULT" && (rec.fatalities.is_some() || rec.injuries.is_some()) {
            toll_places_of(a, &self.lex)
        } else {
            Vec::new()
        };
        let own_at = (rec.evidence.field, rec.evidence.start);
        Some(Candidate {
            rec,
            far_town,
            anaphoric,
            construct,
            clash_pair,
            actor_key,
            recipient_key,
            place_target,
            specificity,
            cleared_speaker,
            verb,
            motive_act: motive_word.is_some(),
            imperfect: verb && imperfect_verb(a, s, t),
            day_moved: moved.is_some(),
            outcome,
            gap_mode: None,
            gap_mode_at: None,
            lent_mode: None,
            merged_modes,
            merged_parts: Vec::new(),
            context_mode,
            topic_actor,
            clash_after_time: clash_after_time(a, rule, pattern, t),
            dated_past,
            report_dated,
            governed_day,
            told_back,
            recalled,
            told_on: status == Status::Historical && ctx.told_on_after_dated_back.get(),
            // ("وقد التقيا خلال دراسته": a perfect right after "قد" is told as done too, status41.)
            told_done: status == Status::Occurred
                && ((dated_past && !future_verb_before(a, t))
                    || travel.is_some_and(|(_, past)| past)
                    || (perfect && t.w0 > 0 && is_qad(a.word(t.w0 - 1)))),
            done_clause: status == Status::Occurred
                && ((perfect && !noun_read_as_perfect(&s[..t.start], &s[t.start..t.end])) || light_verb_done(a, t)),
            aim_future: (aim || ready)
                && !money_pledge
                && !called_protest
                && status == Status::Future
                && basis != Some(DateBasis::Text),
            own_story,
            // (Read only with `own_story`, by `same_spot_and_day`.)
            side_turn: own_story && side_turn(a),
            vague_plural: vague.is_some() && !verb && plural_acts_noun(a.word(t.w0)),
            another_act: another_act(a, pattern, t),
            speaker,
            first_person,
            toll_owned: false,
            toll_lone,
            background: rule.event_type == "ASSAULT" && background_told(a, t),
            points_back: t.w0 > 0 && TOLL_BACK_DEMONSTRATIVES.contains(&a.word(t.w0 - 1)),
            new_act: rule.event_type == "ASSAULT" && new_act_told(a, &self.lex),
            toll_places,
            toll_fix,
            protest_recipient: None,
            breaker_doer: None,
            // (fatal12) A period's total blocks the toll: its sentence counts as refused a lend, so
            // no mention of another sentence fills the record's toll in its place (`fill_gaps`).
            toll_refused: if period.contains(&true) { vec![own_at] } else { Vec::new() },
            // A topic drop is a precision filter (prec70): off in the lax coder of the tests.
            topic: danger
                || vetoed
                || (self.precision_filters && t.topic && !presented_near(a, t, &rule.topic_unless_near)),
            court_crime,
            early_year,
            long_ago_clause,
            danger,
            vetoed,
            harboured,
        })
    }

    /// Places coordinated with the event's place ("في حلب وحمص", "في حلب، حمص ودرعا"): the
    /// same kind of event happened in each.
    fn coordinated_places(&self, a: &Analysis, s: &str, c: &Candidate, prefer: &[String]) -> Vec<Place> {
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

    /// A toll split by place ("مقتل 228 شخصا … بواقع 118 في حلب و37 في دمشق"): one killing per
    /// place with its share (SPEC §4, two places are two events), in place of the sentence's kill
    /// mentions inside the list and of the summary toll before it when the shares add up to it
    /// (within a tenth) or a kill noun counts a part of them ("بينهم 13 طفلا"), or its toll is read
    /// off the first share ("قتلوا أمس بينهم 12 في إدلب"). The shares copy the type,
    /// mode, parties, status and date of the summary (else of the first kill mention).
    fn split_toll(
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

struct ArticleCtx<'a> {
    article: &'a Article,
    /// The organisation the article named last, which "التنظيم"/"الجماعة" refer back to.
    last_org: std::cell::RefCell<Option<Entity>>,
    /// The first mention of the foreign ministers of several states (`off.fms`, "وزراء خارجية
    /// دول مجلس التعاون"), which the bare plural «الوزراء» after it refers back to (actors110).
    several_ministers: std::cell::RefCell<Option<Entity>>,
    /// The actor and recipient of the last agreement, consultation or cooperation the article
    /// coded with both, which a dual of the parties ("الجانبان", "البلدين") refers back to
    /// (`dual_party_subject`, recall61).
    last_pair: std::cell::RefCell<Option<(Entity, Entity)>>,
    /// The actor and recipient of the last consultation the article coded with both, with the
    /// field and start of its sentence: the parties of an impersonal passive agreement told in
    /// that sentence or "during the talks" (`impersonal_agreement`, recall64).
    last_meeting: std::cell::RefCell<Option<(Entity, Entity, Field, usize)>>,
    published: Option<NaiveDate>,
    main_country: Option<String>,
    main_countries: Vec<String>,
    /// The sentence before the current one held a date clearly before the news period ("…
    /// بتاريخ 15 فبراير 1999"): it can govern a pluperfect sentence after it. Set only for an
    /// undated pluperfect sentence (`pluperfect_sentence`), false otherwise.
    previous_dated_back: std::cell::Cell<bool>,
    /// The current sentence has no date expression, opens on a glued "و" (no pluperfect) and the
    /// sentence before it, in the same field, tells a time long ago (`sentence_told_long_ago`): its
    /// told deeds may go on with that background (`narrative_deed_opening`, status46). False
    /// otherwise.
    narrative_after_dated_back: std::cell::Cell<bool>,
    /// The current sentence has no date expression, opens on a time phrase that points back to
    /// the sentence before it ("وبعد يومين", "وقبل ذلك بعام", "وفي الفترة نفسها", "وتبعها":
    /// `told_on_time_opening`), and that sentence, in the same field, is dated long ago and in the
    /// news period nowhere (`sentence_told_long_ago`, anywhere): its acts are of that time (status63).
    /// False otherwise.
    told_on_after_dated_back: std::cell::Cell<bool>,
    /// The sentence before the current one when it is in the same field and the current one
    /// opens on a link word or a glued و (`opens_on_carried_doer`): if it ends in a clause with
    /// an air doer, the current one's subjectless attack verb shares that doer (mode21). Read
    /// by [`ArticleCtx::previous_air_doer`] only when a verb asks.
    sentence_before: std::cell::Cell<Option<&'a Analysis>>,
    /// What [`ArticleCtx::previous_air_doer`] answered for the current sentence, once read.
    previous_air_doer_read: std::cell::Cell<Option<bool>>,
    /// The article's sentences, scanned by [`ArticleCtx::tells_execution`] only when a trigger
    /// asks (the scan of every word cost 3% of coding when it was made for every article).
    rows: &'a [SentenceRow<'a>],
    /// What [`ArticleCtx::tells_execution`] answered, once read.
    tells_execution: std::cell::OnceCell<bool>,
    /// What [`ArticleCtx::tells_sport`] answered, once read.
    tells_sport: std::cell::OnceCell<bool>,
}

impl ArticleCtx<'_> {
    /// A sentence of the article tells a punishment by death (`tells_execution`, status43): an
    /// act told after "لإقدامه على" or "أقدم فلان على" is the crime punished. Read once, when asked.
    fn tells_execution(&self) -> bool {
        *self.tells_execution.get_or_init(|| tells_execution(self.rows))
    }

    /// The article is sport news (`sport_article`, prec96): read once, when an agreement or a
    /// record with no armed or judicial party asks (`sport_affair_record`, prec98).
    fn tells_sport(&self) -> bool {
        *self.tells_sport.get_or_init(|| sport_article(self.rows))
    }

    /// The sentence before the current one lends its air doer (`previous_air_doer`, mode21):
    /// `ends_with_air_doer` of it, read once a sentence and only when asked. It was read for
    /// every sentence with triggers that opens on a link word or a glued و (12.8 k sentences of
    /// the first 5,000 bench60k articles, its last 20 words against the mode lists, about 1.8%
    /// of the run), though only an attack verb at the sentence's start that
    /// `carries_air_doer` passes uses it (speed35).
    fn previous_air_doer(&self) -> bool {
        if let Some(known) = self.previous_air_doer_read.get() {
            return known;
        }
        let known = self.sentence_before.get().is_some_and(ends_with_air_doer);
        self.previous_air_doer_read.set(Some(known));
        known
    }
}

/// The entity as written, without a glued conjunction ("ومتظاهرين" → "متظاهرين"): the "و"
/// joins the entity to the sentence, it is not part of its name.
/// actors103: a mention of the foreigners' group (`grp.foreigners`) with a word of
/// `FOREIGNER_WORDS` in it ("أجانب", "الرهائن الأجانب", behind a glued و/ف/ب/ل): people whom the
/// text calls foreign, so no country of the place or the article is theirs. Only mentions of that
/// group are read, so the key is folded only for them.
fn foreigners(lex: &Lexicon, e: &EntityMention, s: &str) -> bool {
    e.actors.iter().any(|&a| lex.actors[a as usize].id == "grp.foreigners")
        && s.get(e.start..e.end).is_some_and(|t| {
            ahdath_text::normalize_key(t).split(' ').any(|w| {
                FOREIGNER_WORDS.contains(&w)
                    || w.strip_prefix(['و', 'ف', 'ب', 'ل']).is_some_and(|x| FOREIGNER_WORDS.contains(&x))
            })
        })
}

fn entity_text(e: &EntityMention, s: &str) -> String {
    let t = &s[e.start..e.end];
    let t = if e.conj { t.strip_prefix(['و', 'ف']).unwrap_or(t) } else { t };
    t.to_string()
}

/// What must agree for two mentions to be one actor: the country (titles and sector nouns of
/// one state name the same party in different words), or the dictionary id for groups without one.
fn entity_key(e: &Entity) -> String {
    match (&e.country, &e.id) {
        (Some(c), _) => c.clone(),
        (None, Some(id)) => id.clone(),
        (None, None) => "?".into(),
    }
}

/// A month named without "الماضي"/"المقبل" is its occurrence nearest the publication date
/// ("في يونيو" in an April report is this June, in a September report the last one).
fn nearest_bare_month(d: &DateMatch, published: Option<NaiveDate>, text: &str) -> DateMatch {
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
fn month_told_past(a: &Analysis, d: &DateMatch, t: &TriggerMention, trigger_done: bool) -> bool {
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
fn month_in_done_clause(a: &Analysis, d: &DateMatch, t: &TriggerMention) -> bool {
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
fn earlier_act_after(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
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
fn wholly_past(d: &DateMatch, published: Option<NaiveDate>) -> bool {
    published.zip(d.last_day()).is_some_and(|(p, last)| last < p)
}

/// A date expression that says it is past: its own year, or "الماضي", "أمس" … in its text (a bare
/// "الإثنين" or "ديسمبر" in a future clause is the coming one).
fn marked_past(d: &DateMatch, text: &str) -> bool {
    d.relative == dates::Relation::Absolute || says_past(&ahdath_text::normalize_key(text), &["امس"])
}

/// A "منذ" (since) among the words `from..to`: a date after it names the start of something else.
fn since_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from..to).any(|i| matches!(a.word(i), "منذ" | "ومنذ"))
}

/// Whether a date after the trigger stands in a "since" phrase that names something else first
/// (status34): "منذ" after the trigger with at least two words between it and the date ("أطلقت
/// صواريخ … منذ الحرب على غزة في الصيف الماضي"): the date is that of the thing "since" names (the
/// war), not the act's, which follows it. A date right after "منذ" or one word on ("منذ منتصف
/// يوليو", "منذ عام 2004") is the start of the act's own span and is left to `since_span_near`.
fn since_names_another(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    dw > t.w1 + 3 && since_between(a, t.w1 + 1, dw - 2)
}

/// Whether a date that says it is past (its own year, "الماضي", "أمس") follows the trigger
/// within four words of its clause, with no other trigger, future cue or "منذ" between: it then
/// dates the trigger.
fn past_day_after_trigger(
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
fn unknown_noun_phrase(a: &Analysis, w0: usize, w1: usize) -> bool {
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
fn happened_not_signed(a: &Analysis, t: &TriggerMention) -> bool {
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
fn concluded_in_relative_clause(a: &Analysis, t: &TriggerMention) -> bool {
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
fn vague_past_near(a: &Analysis, t: &TriggerMention) -> Option<(usize, usize)> {
    vague_past_within(a, t, true)
}

/// `vague_past_near`, with dates47's far reach after the trigger (`vague_past_far_after`) only
/// when `far` is set: a text date gives way to the near reach alone (dates48), for past three
/// words the vague time may date the object ("وأشاد بصمود الأهالي طيلة الأشهر الماضية").
fn vague_past_within(a: &Analysis, t: &TriggerMention, far: bool) -> Option<(usize, usize)> {
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
fn dated_before_vague(a: &Analysis, d: &DateMatch, v0: usize, t: &TriggerMention) -> bool {
    word_index_of_byte(a, d.end.saturating_sub(1)) < v0.min(t.w0)
}

/// (merge44) Key word `w` is a sound feminine plural noun of acts, with or without a glued
/// clitic before it or a pronoun after it ("هجمات", "الزيارات", "لهجماته"), not a plural of talks
/// that names one meeting (`ONE_ACT_PLURALS`: "محادثات", "مفاوضات").
fn plural_acts_noun(w: &str) -> bool {
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

/// (status74) Whether a trigger a verb rule read as a perfect is a noun (raw text): its first word
/// has a noun's ending, past any object pronoun (`noun_ending_stem`: "قبل موافقة الكونغرس"), or «إن» with its hamza
/// (`INNA_WRITTEN_FORMS`, quotation marks trimmed: "“إن") stands right before it, which takes a
/// noun, not a verb ("إن رفض الكونغرس للاتفاق سيسبب").
fn noun_read_as_perfect(before: &str, raw: &str) -> bool {
    let w = raw.split_whitespace().next().unwrap_or("");
    let prev = before.split_whitespace().last().unwrap_or("");
    let prev = prev.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '«' | '»' | '„' | '‘' | '’'));
    noun_ending_stem(w).1 || INNA_WRITTEN_FORMS.contains(&prev)
}

/// The stem of a trigger word (raw text, a glued و or ف off, then the shortest stem of two letters
/// or more an `ANNIVERSARY_PRONOUNS` ending leaves) and whether it ends in «ة» or «ات», a verbal or
/// plural noun's ending, never a perfect verb's ("موافقة", "مقترحاتها").
fn noun_ending_stem(w: &str) -> (&str, bool) {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let stem = ANNIVERSARY_PRONOUNS
        .iter()
        .filter_map(|p| w.strip_suffix(p))
        .filter(|x| x.chars().count() >= 2)
        .min_by_key(|x| x.len())
        .unwrap_or(w);
    (stem, stem.ends_with('ة') || stem.ends_with("ات"))
}

/// (status74) Whether a perfect verb of doing (`DONE_LIGHT_VERBS`, as written or with a glued و or
/// ف stripped: "وجه" is the verb itself) stands within six words before the trigger with no other
/// trigger between (a comma is no bar: "عقد وزير الخارجية، أمس، اجتماعا"): the act noun is its object, told as done ("عقد وزير الخارجية،
/// أمس، اجتماعا", "بدأت الهيئة اليوم استجواب المتهمين").
fn light_verb_done(a: &Analysis, t: &TriggerMention) -> bool {
    for i in (t.w0.saturating_sub(6)..t.w0).rev() {
        if a.triggers.iter().any(|x| x.w0 <= i && i <= x.w1) {
            return false;
        }
        let w = a.word(i);
        let bare = w.strip_prefix(['و', 'ف']).filter(|x| x.chars().count() >= 2);
        if DONE_LIGHT_VERBS.contains(&w) || bare.is_some_and(|x| DONE_LIGHT_VERBS.contains(&x)) {
            return true;
        }
    }
    false
}

/// A perfect trigger verb that its own clause tells as done: right after a relative pronoun ("الخطر
/// الذي دعمته إيران") or a particle of the perfect (PERFECT_PARTICLES: قد), or with a past adverb
/// (PAST_ADVERBS: بالفعل، مؤخرا) within two words after it. A future cue before it then tells of
/// another act.
fn perfect_told_done(a: &Analysis, t: &TriggerMention) -> bool {
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
fn perfect_verb_shape(raw: &str) -> bool {
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
fn relative_perfect_between(a: &Analysis, cue_w1: usize, t: &TriggerMention) -> bool {
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
fn past_day_elsewhere(
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
fn own_future_time(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
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
fn plan_cue_after(a: &Analysis, lex: &Lexicon, t: &TriggerMention, pattern: Pattern) -> bool {
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
fn plan_out_of_reach(
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

/// The key of a date expression holds a word of `PAST_MARKERS` or of `more`.
fn says_past(key: &str, more: &[&str]) -> bool {
    PAST_MARKERS.iter().chain(more).any(|w| key.contains(w))
}

/// Whether a date wholly before the publication day stands before the future cue that makes
/// the trigger future (its "س" prefix, or a future cue between the two in the trigger's own
/// clause): the date then belongs to the clause that reports the plan, not to the planned act. (A
/// day before a governing verb with the future prefix is dropped earlier, in `candidate`.)
fn past_day_before_future_cue(a: &Analysis, d: &DateMatch, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
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
fn roll_forward(d: &DateMatch, published: Option<NaiveDate>, text: &str) -> DateMatch {
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
fn bare_day_month(k: &str) -> bool {
    !BARE_DAY_ANCHORS.iter().any(|w| k.contains(w))
}

/// A dated event is background (SPEC §4 `historical`) when its date lies clearly before the news
/// period: a day more than a month back, a month before the publication month ("الشهر الماضي"),
/// or an earlier year.
fn is_background(d: &DateMatch, published: NaiveDate, last: NaiveDate, text: &str) -> bool {
    use chrono::Datelike;
    // "الأسبوع الماضي" is given month precision but is news, not background.
    if ahdath_text::normalize_key(text).contains("اسبوع") {
        return false;
    }
    match d.precision {
        dates::DatePrecision::Day => (published - last).num_days() > HISTORICAL_DAYS,
        dates::DatePrecision::Month => (d.year, d.month.unwrap_or(12)) < (published.year(), published.month()),
        dates::DatePrecision::Year => d.year < published.year(),
    }
}

/// The trigger stands in the clause of a banner or chant, at most 12 words after it
/// ("لافتات تندد بالاعتقالات"). "لافتة إلى أن" is the participle "noting", not a banner.
fn in_slogan(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(12)..t.w0)
        .any(|i| in_list!(&SLOGAN_NOUNS, a.word(i)) && a.word(i + 1) != "الي" && !a.break_between(i, t.w0))
}

/// A span of months or years up to now ("خلال الشهرين الماضيين", "على مدى السنوات الأخيرة")
/// within 4 words before or after the trigger, in its clause: what happened over it is an
/// aggregate or background, not news of the day. Weeks and days are news ("خلال الأسبوعين
/// الماضيين" stays occurred).
fn past_period_near(a: &Analysis, t: &TriggerMention) -> bool {
    past_period_within(a, t, 4)
}

/// `past_period_near` with a phrase starting at most `after` words after the trigger.
fn past_period_within(a: &Analysis, t: &TriggerMention, after: usize) -> bool {
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
fn span_intro(w: &str) -> bool {
    LONG_SPAN_INTROS.contains(&w) || w.strip_prefix('و').is_some_and(|b| LONG_SPAN_INTROS.contains(&b))
}

/// A span phrase opened at word `i`: an opening word that passes `intro`, a noun of `nouns` right
/// after it and a word that passes `past` within three words after the noun ("خلال الأشهر الثلاثة
/// الماضية"); the index of that last word. Read by `past_period_within` and `long_span_tally`.
fn span_phrase_end(
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
fn pluperfect_background(
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
fn earlier_in_the_news(a: &Analysis, c: &CueMention, dts: &[DateMatch]) -> bool {
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
fn dates_back(s: &str, published: Option<NaiveDate>, dts: &[DateMatch]) -> bool {
    published.is_some_and(|p| dts.iter().any(|d| date_back(s, d, p)))
}

/// True when a noun or verb of fear, rumour or wish ends right before the trigger
/// ("خوفا من احتجاجات", "تمنيه أن تجتمع"; `HYPOTHETICAL_GOVERNORS`): the act is only feared or
/// hoped for, not told as done.
///
/// The forms are grouped once by their number of words, so each possible start word is read
/// once for all the forms of one length ([`any_form_at`] makes a word's clitic readings once per
/// call; called per form, it made them sixty times per trigger). Each group keeps the summary of
/// its forms' first words, so a start word that begins none of them is passed over unscanned.
fn feared_or_wished(a: &Analysis, t: &TriggerMention) -> bool {
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
fn state_of(a: &Analysis, w1: usize) -> bool {
    matches!(a.word(w1), "حاله" | "حال") && STATE_NOUNS.contains(&a.word(w1 + 1))
}

/// "قبل" + a span of months or years ("قبل أشهر", "قبل نحو سبع سنوات", "قبل عدة أسابيع", "قبل
/// فترة") within 4 words before or 6 after the trigger (a verb's subject and object may stand
/// between: "اتهمت صحف فرنسية الحكومة القطرية قبل فترة"), in its clause: the event lies clearly
/// before the news period (SPEC §4, historical). At most two words between "قبل" and the unit,
/// none of them a trigger; weeks count only as "عدة/بضعة أسابيع"; "قبل فترة قصيرة" and "قبل
/// عام 2011" ("before the year 2011") do not count.
fn long_ago_near(a: &Analysis, t: &TriggerMention) -> bool {
    long_ago_phrase(a, t, false, 6)
}

/// (dates58) In the relative clause `t` opens (`relative_clause_verb`), the clause's own span of
/// months or years ago may stand further on than `long_ago_near` reads, past its subject and
/// object ("الذي سيطر مع رجاله على البلدة المجاورة قبل سنة").
fn long_ago_in_opened_clause(a: &Analysis, t: &TriggerMention) -> bool {
    relative_clause_verb(a, t)
        .is_some_and(|p| long_ago_phrase(a, t, true, RELATIVE_VERB_REACH.saturating_sub(t.w1 - p)))
}

/// `long_ago_near` with `after` words of reach after the trigger, and with `after_only` only a
/// phrase told after it (dates58).
fn long_ago_phrase(a: &Analysis, t: &TriggerMention, after_only: bool, after: usize) -> bool {
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
fn early_year_date(a: &Analysis, d: &DateMatch, published: Option<NaiveDate>) -> bool {
    let (w, e) = (word_index_of_byte(a, d.start), word_index_of_byte(a, d.end.saturating_sub(1)));
    d.precision == dates::DatePrecision::Year
        && published.is_some_and(|p| p.year() == d.year)
        && early_year_background(published)
        && (w.saturating_sub(3)..=w).any(|i| early_year_phrase_at(a, i) == Some(e))
}

/// The trigger is the object of an anniversary: a word "ذكرى" at most five words before it, in
/// its clause, with no other trigger between ("إحياء ذكرى المذبحة", "الذكرى الثانية لانطلاق
/// الاحتجاجات"). What is commemorated happened long ago.
fn anniversary_of(a: &Analysis, t: &TriggerMention) -> bool {
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
fn anniversary_after(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
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
fn guarded_any(a: &Analysis, t: &TriggerMention) -> bool {
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
fn unwanted(a: &Analysis, t: &TriggerMention) -> bool {
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
fn condition_negation(a: &Analysis, w0: usize, verbal: bool) -> bool {
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
fn act_fate_head(a: &Analysis, t: &TriggerMention, event_type: &str) -> bool {
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

fn conditional_clause(a: &Analysis, t: &TriggerMention) -> bool {
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
fn gap_negated(a: &Analysis, gaps: &[(String, String)], t: &TriggerMention) -> bool {
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

/// The sentence opens with its only date expression, one with its own year, after "في", "وفي",
/// "ففي", "خلال" or "وخلال" ("وفي العام 2013 تبنت المجموعة …"), or as its first word with no
/// "و", the head of a chronology entry ("1950- الجامعة تحتج على …", status45): a fronted time
/// adverbial is the time of the whole sentence.
fn fronted_year<'d>(a: &Analysis, dts: &'d [DateMatch]) -> Option<&'d DateMatch> {
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
struct PeriodAnaphor {
    w0: usize,
    w1: usize,
    precision: dates::DatePrecision,
    next_day: bool,
    /// "في ذلك اليوم": with no earlier date to name, the phrase is still no date of today.
    demonstrative: bool,
}

/// The first phrase of the sentence that names the day, month or year of an earlier date: "اليوم
/// نفسه", "نفس الشهر", "ذات العام" (`SAME_WORDS`), "اليوم التالي", and after a preposition or a
/// time of day "ذلك اليوم", "تلك الليلة" (`PERIOD_DEMONSTRATIVES`, `PERIOD_DEMONSTRATIVE_HEADS`).
fn period_anaphor(a: &Analysis) -> Option<PeriodAnaphor> {
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
    // (A phrase starts only on a word of `period_anaphor_first`'s filter: the others are passed
    // over with one byte test, speed44.)
    let first = period_anaphor_first();
    (0..a.words.len().saturating_sub(1))
        .filter(|&i| first.may_hold(a.word(i)))
        .find_map(|i| at(i).filter(|_| !RELATIVE_PRONOUNS.contains(&a.word(i + 2))))
}

/// The period nouns of [`period_anaphor`] (key forms) with the precision each names.
const ANAPHOR_PERIODS: [(&str, dates::DatePrecision); 5] = [
    ("اليوم", dates::DatePrecision::Day),
    ("الليله", dates::DatePrecision::Day),
    ("الشهر", dates::DatePrecision::Month),
    ("العام", dates::DatePrecision::Year),
    ("السنه", dates::DatePrecision::Year),
];

/// A filter of the words a period phrase of [`period_anaphor`] can start on: a period noun,
/// bare or behind a glued و, a word of `PERIOD_DEMONSTRATIVES` or one of `SAME_WORDS`. The
/// phrase is sought on every word of a sentence with an event, and nearly every word is none.
fn period_anaphor_first() -> &'static sentence::WordFilter {
    static F: OnceLock<sentence::WordFilter> = OnceLock::new();
    F.get_or_init(|| {
        let nouns = ANAPHOR_PERIODS.iter().flat_map(|&(n, _)| [n.to_string(), format!("و{n}")]).collect::<Vec<_>>();
        let lists = PERIOD_DEMONSTRATIVES.iter().chain(SAME_WORDS.iter()).copied();
        sentence::WordFilter::of(nouns.iter().map(String::as_str).chain(lists))
    })
}

/// The date a period phrase at byte `start` names: the last date of at least its precision before
/// it in the sentence (`dts`), else in the nearest earlier sentence that has one (`back`, nearest
/// first), of the weekday of the day `named` right after the phrase if any, cut to the phrase's
/// precision, a day later for "اليوم التالي".
fn period_of_antecedent(
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
fn day_of_month_before(a: &Analysis, s: &str, p: &PeriodAnaphor) -> Option<(u32, usize)> {
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
fn day_in_month(m: DateMatch, day: u32, published: Option<NaiveDate>) -> Option<DateMatch> {
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
fn track_statement(
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
fn date_inherited_acts(cands: &mut [Candidate], (date, text): &(String, String), reported: bool) {
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
fn speaker_day(cands: &mut [Candidate], published: Option<NaiveDate>, recalled: &[(Field, usize)]) {
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
fn told_at_meeting(a: &Analysis) -> bool {
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
fn meeting_day(cands: &mut [Candidate], published: Option<NaiveDate>, story: &[StorySentence]) {
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
struct StorySentence {
    field: Field,
    start: usize,
    dated: bool,
    recall: bool,
    /// The sentence has triggers (only such a sentence can lend its day).
    events: bool,
    /// Undated, in a dated article, and tells its acts as done at a meeting told before
    /// (`told_at_meeting`).
    at_meeting: bool,
}

/// An occurred act (not a statement) told by a perfect verb or with a toll, dated only by
/// publication in a sentence that tells no date, takes the day of the last sentence before it (at
/// most three back, in the body) that tells one, when an occurred act there (not a statement) has
/// that day in the three days up to publication ("قتل … أمس الأحد" … "واعتقل المسلحون …"): the
/// later sentences of a report go on telling that day's story. Not across or from a sentence that
/// recalls earlier acts ("وكان …", "يذكر أن …") or turns to another story ("وفي سياق آخر").
fn story_day(cands: &mut [Candidate], published: Option<NaiveDate>, story: &[StorySentence]) {
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
fn another_story(a: &Analysis) -> bool {
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
fn side_turn(a: &Analysis) -> bool {
    another_story_with(a, |w| ANOTHER_SIDE_NOUNS.contains(&w))
}

/// An event noun whose next word is an adjective of "another" (`ANOTHER_ACT_ADJECTIVES`, merge45):
/// "وأضاف المصدر أن غارة أخرى دمرت مدفعا", "ووقع هجوم آخر في البلدة" tell a second strike or
/// attack, not the one of an earlier sentence. Only a noun read as such (a verb followed by "آخر"
/// names another person: "قتل جندي وأصيب آخر"; a verb rule's accusative noun, "اقتراحا آخر", is read
/// as the verb and left).
fn another_act(a: &Analysis, pattern: Pattern, t: &TriggerMention) -> bool {
    pattern == Pattern::Noun && ANOTHER_ACT_ADJECTIVES.contains(&a.word(t.w1 + 1))
}

/// The sentence turns to another story: a noun of `TOPIC_SHIFT_CUES` or a side noun of
/// `ANOTHER_SIDE_NOUNS` in its first four words ("وفي سياق متصل", "على صعيد آخر").
fn topic_shift(a: &Analysis) -> bool {
    (0..a.words.len().min(4)).any(|i| {
        let w = a.word(i);
        TOPIC_SHIFT_CUES.contains(&w) || ANOTHER_SIDE_NOUNS.contains(&w)
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
fn done_passive_act(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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

/// A multilateral meeting told by a noun phrase of two words or more with a word of its holding
/// (`MEETING_HELD_WORDS`) within three words before or after it ("انطلق الحوار الوطني في صنعاء",
/// "في ختام المؤتمر الدولي الذي عقد في الرياض", recall47): the summit, conference or dialogue is
/// the event even when the sentence names none of its parties, so it needs no actor or recipient.
/// Not a bare noun ("قمة" alone is as often a peak), nor a meeting only named ("الجلوس على طاولة
/// الحوار", "ضمانات مؤتمر الحوار الوطني").
fn partyless_meeting(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn dual_party_subject(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn impersonal_agreement(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> Option<bool> {
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

/// A conviction told by a passive verb (`PASSIVE_CONVICTION_VERBS`: "أُدين", "أُدينوا", a glued و
/// allowed) with its charge after it: a word within three words of the clause (past a name of at
/// most two words), that begins (after a glued ب or بال) with a stem of `CONVICTION_CHARGE_STEMS` ("بتهمة",
/// "بقتل", "في قضية", recall60). The passive leaves the court unsaid and its subject is most often
/// a person named by name, whom no actor dictionary holds, so the conviction needs no actor or
/// recipient. Without a charge the word may be a first person's "أدين" ("I condemn", "I owe",
/// "أدين بالفضل", "أدين بالإسلام"), which is no conviction.
fn passive_conviction(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn described_conviction(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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

/// The day `d` is publication day `p` or one of the seven days before it: news of the last days.
fn in_last_week(d: NaiveDate, p: NaiveDate) -> bool {
    d <= p && (p - d).num_days() <= 7
}

/// Whether party `x` before casualty noun `t` is the subject of a reporting verb right before it
/// (a speech cue at most two words before `x`) whose object is the toll: no word of doing or own
/// force (`ANNOUNCED_DOING_WORDS`: "تنفيذ", "تمكنه من", "قواته") between `x` and eight words after
/// the noun makes it the killer.
fn announced_toll(a: &Analysis, t: &TriggerMention, x: &EntityMention) -> bool {
    let doing = |i: usize| {
        let w = a.word(i);
        ANNOUNCED_DOING_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
    };
    x.w1 < t.w0
        && a.cues.iter().any(|c| c.kind == CueKind::Speech && c.w1 < x.w0 && x.w0 <= c.w1 + 2)
        && !(x.w1 + 1..(t.w1 + 9).min(a.words.len())).any(doing)
}

/// Whether ASSAULT trigger `t` tells a body found: its first word, a glued و/ف aside, is a verb
/// or verbal noun of finding (`BODY_FINDING_WORDS`: "عثرت على جثة", "العثور على جثث"). The
/// party before such a trigger found the body; it did not kill (SPEC §4, actors108).
fn body_finder(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn speaker_outside_act(a: &Analysis, sp: &CueMention, t: &TriggerMention, x: &EntityMention) -> bool {
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
fn praise_of_the_seen(a: &Analysis, t: &TriggerMention) -> bool {
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
fn reported_clause_subject<'a>(
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

/// Whether act trigger `t` lies in the clause speaker `x` of cue `sp` reports (a quotation he
/// stands outside of, or a clause after a bare complementizer) and that clause opens on a party
/// of another side than his, with no word of his own side (`QUOTED_OWN_SIDE`, or an attached
/// pronoun of `QUOTED_OWN_SIDE_ENDINGS` on the trigger, «نا») up to `t` (status70): that party, if
/// so. One side: a shared actor, one country where both are known, else both organs of states
/// (`QUOTED_STATE_SECTORS`) or both of one other sector; with neither known the sides are not told
/// apart.
fn quoted_other_side<'a>(
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
fn media_actor(x: &Entity) -> bool {
    x.id.as_deref().is_some_and(|id| MEDIA_ACTORS.contains(&id))
}

/// Whether speaker `x` of speech cue `sp` is the media as a body (its first word in
/// `MEDIA_REPORTER_HEADS`: "وسائل الإعلام", "الصحافة", "الصحف"), with no preposition, and a bare
/// complementizer between it and trigger `t` opens the reported clause ("وذكرت الصحافة أن قيمة
/// الصفقة …"): the media tell the act and do not do it. Only for the speaker proper.
fn media_reports_clause(a: &Analysis, sp: &CueMention, t: &TriggerMention, x: &EntityMention) -> bool {
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
fn speech_addressee(lex: &Lexicon, a: &Analysis, sp: &CueMention, e: &EntityMention) -> bool {
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
fn suffered_in_clause<'a>(
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
fn armed_party(lex: &Lexicon, e: &EntityMention) -> bool {
    e.actors.iter().any(|&i| {
        matches!(lex.actors[i as usize].sector.as_deref(), Some("MIL" | "COP" | "SPY" | "REB" | "UAF" | "CRM"))
    })
}

/// An actor that reports violence but does not wage it: a monitor or rights group, the media,
/// medics, refugee and aid bodies, and the UN's unarmed organs (SPEC §4: the doer of
/// a reported attack is the one the report names, not the reporter).
fn unarmed_reporter(act: &ahdath_lexicon::Actor) -> bool {
    matches!(act.sector.as_deref(), Some("NGO" | "JRN" | "MED" | "REF" | "IGO"))
        || (act.country.as_deref() == Some("UNO") && act.sector.as_deref() == Some("GOV"))
}

/// The word of travel (`VISIT_TRAVEL_WORDS`, `VISIT_TRAVEL_PAST`) that visit noun `t` right after
/// "في" tells the trip of: up to twelve words before it, with no reporting verb between, and the
/// visit no reception ("كان في استقباله"). Its position, and whether it is a perfect verb.
fn travel_visit_word(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> Option<(usize, bool)> {
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
fn travel_visit_doer<'a>(
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

/// A reporting verb (`REPORTING_VERBS`), bare or after "و" or "ف".
fn reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
}

/// A recall cue (`RECALL_CUES`: "وكان", "يذكر"), whole: the sentence recalls earlier words or acts.
fn recall_cue(w: &str) -> bool {
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
fn first_person_essay(text: &str, analyses: &[SentenceRow]) -> bool {
    // The first-person words must be there at all before anything else is read (one class bit a
    // word: this runs on every article).
    let in_text = |(field, _, _, _): &&SentenceRow| *field == Field::Text;
    let candidates: usize = analyses
        .iter()
        .filter(in_text)
        .map(|(_, _, a, _)| (0..a.words.len()).filter(|&i| a.has_class(i, sentence::ESSAY_FIRST_PERSON_WORD)).count())
        .sum();
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
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (b, c) in text.char_indices() {
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
const ESSAY_STATEMENT_TYPES: [&str; 8] =
    ["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "CONSULT", "THREATEN", "COOPERATE", "AGREE"];

/// True when the article's text runs to `ESSAY_MIN_WORDS` words or more and none of them is a
/// reporting verb or participle ("قال", "أكد", "مشيرا") or a `NEWS_ANCHOR_WORDS` word of a source
/// or a news day ("ذكرت", "بحسب", "بيان", "أمس", "اليوم", "الاثنين"), bare or behind one "و" or
/// "ف" (prec53). A news report names its source or its day within its first lines; a column, an
/// essay or a feature speaks in its writer's voice: "مساندة المملكة لمصر" or "ترفض الدول الكبرى
/// …" there is a view or a standing stance, not a reported act. Read only for long texts, and it
/// stops at the first anchor word (most reports have one in their first sentence).
fn unattributed_essay(analyses: &[SentenceRow]) -> bool {
    let text_rows = || analyses.iter().filter(|(field, _, _, _)| *field == Field::Text);
    if text_rows().map(|(_, _, a, _)| a.words.len()).sum::<usize>() < ESSAY_MIN_WORDS {
        return false;
    }
    !text_rows().any(|(_, _, a, _)| (0..a.words.len()).any(|i| news_anchor(a.word(i))))
}

/// `unattributed_essay`'s test of one word: a reporting verb or participle behind one "و" or "ف",
/// or a `NEWS_ANCHOR_WORDS` word bare or behind one. The test runs for every word of a long
/// article that has no anchor early (most of the non-news pages), so the three lists are one
/// hash table (a word's bits: `ANCHOR_BARE` when it counts behind a glued و/ف, `ANCHOR_AS_IS`
/// when it counts as written) with a [`sentence::WordFilter`] in front, not three list scans.
fn news_anchor(w: &str) -> bool {
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
fn continues_statement(a: &Analysis) -> bool {
    let w = a.word(0);
    w.strip_prefix('و').is_some_and(|x| REPORTING_VERBS.contains(&x) || CONTINUING_VERBS.contains(&x))
}

/// The day a statement was made, when the sentence tells it: a day expression within six words
/// after a reporting verb, before the reported clause ("قال مسؤول يوم الأحد إن …", "وقال الوزير في
/// تصريحات له أمس أن …"), or within six words after a statement noun that such a verb governs
/// (`statement_noun_day`), no later than publication and at most a week before it.
fn statement_day(a: &Analysis, s: &str, dts: &[DateMatch], published: Option<NaiveDate>) -> Option<(String, String)> {
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
fn statement_noun_day(a: &Analysis, dw: usize) -> bool {
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
fn report_day(a: &Analysis, d: &DateMatch, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
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
fn governing_statement_day(
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
fn other_act_clause_date(a: &Analysis, lex: &Lexicon, t: &TriggerMention, d: &DateMatch) -> bool {
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
fn denial_day(a: &Analysis, d: &DateMatch, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
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

/// Place `p` is where the statement that reports trigger `t` was made, not where the reported
/// physical act (`geocode::is_physical`) happened (places57): a reporting verb, within six words
/// after it a statement noun (`statement_noun`: "تصريح", "بيان") or a gathering noun ("مؤتمر
/// صحافي", "اجتماع"), `p` within six words after that noun, no complementizer from the verb to
/// `p`, and a complementizer after `p` opening the reported clause that holds `t` ("وقال الوزير في
/// مؤتمر صحافي عقده في أنقرة إن مسلحين هاجموا مركزا للشرطة"). As `report_day` reads the day of such
/// a phrase as the statement's day, its place is the statement's venue. A speaker's own place
/// ("مصادر محلية في تعز") is not one: local sources most often tell of their own town.
fn statement_venue(a: &Analysis, p: &PlaceMention, t: &TriggerMention, event_type: &str) -> bool {
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

/// A noun of a statement (`STATEMENT_NOUNS`: "تصريحات", "بيان", "مؤتمر"), bare or after "و", "ب",
/// "ل" or "ف": the day after it is the day the statement was made, as after a reporting verb.
fn statement_noun(w: &str) -> bool {
    STATEMENT_NOUNS.contains(&w) || w.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|x| STATEMENT_NOUNS.contains(&x))
}

/// The sentence opens with a past "كان" (`PLUPERFECT_OPENERS`: "وكان الجيش قد اقتحم …"), the
/// start of a pluperfect.
fn pluperfect_opening(a: &Analysis) -> bool {
    in_list!(&PLUPERFECT_OPENERS, a.word(0))
}

/// (fatal7) The trigger is told as background: the sentence opens as a recall
/// (`TOLL_BACKGROUND_OPENINGS`: "ويذكر أن", "وسبق أن") or a pluperfect ("وكان … قد" before the
/// trigger), or the trigger stands after a verb of "it comes" and an "after" head in one clause
/// ("ويأتي الهجوم بعد شهرين من هجوم استهدف المتحف": `TOLL_BACKGROUND_COMES`,
/// `TOLL_BACKGROUND_HEADS`). Such an act is an older one of the story: the toll another sentence
/// tells is mostly today's, and `fill_gaps` lends it no toll.
fn background_told(a: &Analysis, t: &TriggerMention) -> bool {
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
fn pluperfect_sentence(a: &Analysis) -> bool {
    pluperfect_opening(a) && (1..a.words.len()).any(|i| a.word(i) == "قد")
}

/// "وجد في إعلان القاهرة اتفاق نوايا، لأنه من أتباع الوحدة … بين مصر وسورية عام 58" (dates17): an
/// expression after the trigger that stands in a clause of reason (`REASON_CLAUSE_OPENERS`: لأن,
/// لأنه …) opened after the trigger dates what the reason tells, not the act.
fn in_reason_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    dw > t.w1 && (t.w1 + 1..dw).any(|i| REASON_CLAUSE_OPENERS.contains(&a.word(i)))
}

/// The date expression at word `dw`, after the trigger, stands in a relative clause that
/// describes another noun: a relative pronoun three or more words after the trigger, after a word
/// that is no trigger, with no clause break between it and the date ("دعت الجامعة العربية، التي
/// تعتبر قطر عضوا فيها منذ سنة 1971، تركيا إلى …": 1971 dates the membership, not the call). A
/// clause that opens with a verb of taking place ("اعتقال الزعيم التي جرت في …") is about the act,
/// unless the pronoun's noun is the object of a preposition of `OTHER_OBJECT_PREPOSITIONS` after the
/// trigger, two to four words before a pronoun with no "و" ("رفعت الجمعية دعوى ضد الإجراءات التي
/// جرت في عام 2010": the year is the measures', not the lawsuit's).
fn in_other_relative_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    dw > t.w1
        && (t.w1 + 3..dw).any(|i| {
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

/// The date expression at word `dw` stands in the relative clause of the event noun `t` itself:
/// the pronoun follows the noun at once or after one adjective with the article ("الغارة التي
/// شنتها الطائرات أمس", "الهجوم الانتحاري الذي وقع يوم الاثنين", "الاتفاق الذي تم التوصل إليه
/// يوم 14 يوليو"), and the date comes within `reach` words of it (`OWN_CLAUSE_REACH`, eight), with
/// no clause break or other pronoun between. The clause tells when the noun's act took place, so
/// the date is the act's.
fn in_own_relative_clause(a: &Analysis, t: &TriggerMention, noun: bool, dw: usize, reach: usize) -> bool {
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
const OWN_CLAUSE_REACH: usize = 8;

/// (dates58) `t` opens a relative clause: a relative pronoun (`RELATIVE_PRONOUNS`, not one with
/// «و») stands right before it ("النشطاء الذين اعتقلوا", "الرجل الذي صفع"). Returns the pronoun's
/// word. The clause tells what the pronoun's noun did or underwent, an act with a time of its own.
fn relative_clause_verb(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    let p = t.w0.checked_sub(1)?;
    (RELATIVE_PRONOUNS.contains(&a.word(p)) && !a.word(p).starts_with('و') && !a.break_between(p, t.w0)).then_some(p)
}

/// (dates58) The date expression at word `dw` is told in the relative clause `t` opens
/// (`relative_clause_verb`): after the trigger, within `RELATIVE_VERB_REACH` words of the pronoun,
/// with no clause break or other relative pronoun between ("النشطاء الذين اعتقلوا بعد حضورهم
/// اجتماعا مع المتمردين هذا العام"). The clause says when its own act took place, so a date of
/// the clause that governs it gives way.
fn in_opened_relative_clause(a: &Analysis, t: &TriggerMention, dw: usize) -> bool {
    relative_clause_verb(a, t).is_some_and(|p| {
        dw > t.w1
            && dw - p <= RELATIVE_VERB_REACH
            && !a.break_between(t.w1, dw)
            && !(t.w1 + 1..dw).any(|i| RELATIVE_PRONOUNS.contains(&a.word(i)))
    })
}

/// Words after the relative pronoun that opens a trigger's clause within which a date is the
/// clause's own (dates58): a verb's clause holds its subject and object before its time.
const RELATIVE_VERB_REACH: usize = 12;

/// Further reach of the noun's own relative clause for a date with its own year, read only when
/// the day of the report would otherwise date the reported act (dates24).
const OWN_CLAUSE_YEAR_REACH: usize = 20;

/// Date `d` has its own year (not a range of years) and stands after the event noun `t` in the
/// noun's own relative clause, up to `OWN_CLAUSE_YEAR_REACH` words past the pronoun, with no
/// "منذ" between ("الزيارة التي قام بها الوفد … خلال الفترة من 1 إلى 4
/// يونيو 2015": the visit's days, not those of the statement that mentions it).
fn far_own_clause_date(a: &Analysis, t: &TriggerMention, noun: bool, d: &DateMatch, s: &str) -> bool {
    d.start >= t.end && d.relative == dates::Relation::Absolute && !year_range(&s[d.start..d.end]) && {
        let dw = word_index_of_byte(a, d.start);
        in_own_relative_clause(a, t, noun, dw, OWN_CLAUSE_YEAR_REACH) && !since_between(a, t.w1 + 1, dw)
    }
}

/// A day and month with no year of its own right after a noun of `DAY_NAME_HEADS` ("ثورة 25 يناير",
/// "لحركة 6 أبريل", "قوى 14 آذار", "مدينة 6 أكتوبر") is a name, not the date of anything.
fn named_day(a: &Analysis, d: &DateMatch) -> bool {
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
fn event_named_day(a: &Analysis, d: &DateMatch, published: Option<NaiveDate>) -> bool {
    published.zip(d.first_day()).is_some_and(|(p, first)| first > p) && day_after_head(a, d, &EVENT_DAY_NAME_HEADS)
}

/// The trigger is itself a noun of `EVENT_DAY_NAME_HEADS` named by the day after it
/// (`event_named_day`): an event of the past whose year the text does not give (dates45).
fn trigger_named_by_day(a: &Analysis, t: &TriggerMention, published: Option<NaiveDate>) -> bool {
    head_behind_wlb(a.word(t.w1), &EVENT_DAY_NAME_HEADS)
        && a.numbers_and_dates(published)
            .1
            .iter()
            .any(|d| word_index_of_byte(a, d.start) == t.w1 + 1 && event_named_day(a, d, published))
}

/// A bare weekday (with "يوم" or not) right after a noun of `PRAYER_DAY_HEADS` ("بعد صلاة الجمعة",
/// "في خطبة يوم الجمعة") names a prayer or a sermon held every week, not a day the text sets: a
/// calendar date among the act's candidates outside the report's week dates it (dates29).
fn prayer_day(a: &Analysis, d: &DateMatch) -> bool {
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
fn report_week_day(d: &DateMatch, published: Option<NaiveDate>) -> bool {
    d.precision == dates::DatePrecision::Day
        && d.relative != dates::Relation::Absolute
        && published.zip(d.first_day()).is_some_and(|(p, f)| (p - f).num_days().abs() <= 7)
}

/// (recall56) "قبل يومين من زيارة أوباما", "قبل أربعة أيام من الافتتاح": a count of days back
/// followed by a word of `DAYS_BEFORE_ANCHORS` ("من", "على") and the act it counts from names the
/// time of one act relative to another, not a day counted back from publication, so it dates
/// nothing ("قبل يومين من الآن", with a word of `DAYS_BEFORE_NOW`, stays a date).
fn days_before_event(a: &Analysis, d: &DateMatch) -> bool {
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
fn ibb(s: &str, d: &DateMatch) -> bool {
    d.precision == dates::DatePrecision::Month && s[d.start..d.end].split_whitespace().next() == Some("إب")
}

/// A recent day set off by a comma in a perfect trigger verb's clause, with only event nouns between,
/// and followed by a party or a place ("استقبل مدير مركز الإغاثة، أمس، الوفد", "وقعت الحكومة
/// اتفاقا لوقف إطلاق النار، الأحد، في الدوحة"): the day stands inside the verb's clause, so it
/// dates the verb, not the nouns before it (they name its parties or its object). A party after
/// the day may be one the dictionary lacks, introduced by a title of `HONORIFIC_TITLES` ("، أمس،
/// الدكتورة …"), and with a party after it the day needs no comma when no event noun stands right
/// before it ("استقبل المشرف على مركز الإغاثة الدكتور فلان أمس وزيرة الإعلام").
fn parenthetical_day(
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

/// A motive (`MOTIVE_MARKERS`, also with a glued `و`) governs `t`: it stands before `t`, at most
/// twelve words away, in its clause (no break, no stop word of `CONTENT_STOPS` between), and `t`
/// is no verb opening a new clause with `و` (`new_clause_verb`). Returns the marker's word:
/// "احتجاجا على الهجمات التي قال إنها قتلت", "ردا على مقتل محتج".
fn earlier_cause(a: &Analysis, t: &TriggerMention, new_clause_verb: bool) -> Option<usize> {
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
fn protested_act_doer(cands: &[Candidate], p: usize) -> Option<usize> {
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

fn motive_governed(a: &Analysis, t: &TriggerMention) -> Option<usize> {
    (t.w0.saturating_sub(2)..t.w0).rev().find(|&m| {
        let w = a.word(m);
        let w = w.strip_prefix('و').unwrap_or(w);
        (MOTIVE_MARKERS.contains(&w) || PROTEST_PURPOSE_NOUNS.contains(&w)) && !a.break_between(m, t.w0)
    })
}

/// `t` names the act another act answers, protests or follows from: a head of `CAUSE_ACT_HEADS`
/// ("ردا", "احتجاجا", "إثر", also with a glued `و`) stands one to three words before it, in its
/// clause, with no other trigger and no "any" word (`NEGATED_ANY_WORDS`: "ردا على أي هجوم") between.
fn names_cause_act(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w0.saturating_sub(3)..t.w0).any(|m| {
        let w = a.word(m);
        CAUSE_ACT_HEADS.contains(&w.strip_prefix('و').unwrap_or(w))
            && !a.break_between(m, t.w0)
            && !(m + 1..t.w0).any(|i| NEGATED_ANY_WORDS.contains(&a.word(i)))
            && !a.triggers.iter().any(|x| x.w0 > m && x.w1 < t.w0)
    })
}

/// The later trigger hit `x` tells the same act as `t` (dates28b), so the date expression at
/// word `dw` that `x` owns is also `t`'s: `x` is of the same event type and follows `t` right
/// after it or after one linking preposition (`SAME_ACT_LINKS`: "هجوم بالقنابل على سائحين في
/// بلغاريا العام الماضي", "تم التوصل إلى الاتفاق الشهر الماضي"), and neither a clause break nor a
/// stop word of `CONTENT_STOPS` ("بعد", "منذ", "عندما" …) stands between `x` and the date.
fn same_act_later(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &TriggerMention, dw: usize) -> bool {
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
fn told_after_in_clause(a: &Analysis, t: &TriggerMention, d: &DateMatch) -> bool {
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
fn own_after_day(a: &Analysis, t: &TriggerMention, noun: bool, x: &TriggerMention, d: &DateMatch) -> bool {
    noun && !t.article
        && !unconj(a.word(t.w0)).starts_with("ال")
        && x.w0 == t.w1 + 1
        && a.word(x.w0).starts_with('ل')
        && told_after_in_clause(a, t, d)
}

/// The later trigger hit `x` names the circumstance of `t`: it follows "في", "خلال" or "أثناء"
/// within four words of `t`, in its clause ("اعتقل في عملية عين أميناس في يناير الماضي", "قتل جندي
/// خلال اشتباكات أمس"): a date it owns is also the time of `t`.
fn circumstance_of(a: &Analysis, t: &TriggerMention, x: &TriggerMention) -> bool {
    x.w0 > t.w1 + 1
        && x.w0 - t.w1 <= 5
        && CIRCUMSTANCE_PREPOSITIONS.contains(&a.word(x.w0 - 1))
        && !a.break_between(t.w1, x.w0)
}

/// The sentence holds a date expression clearly before the news period (`is_background`).
fn sentence_dated_back(a: &Analysis, s: &str, published: Option<NaiveDate>) -> bool {
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
fn sentence_told_long_ago(a: &Analysis, s: &str, published: Option<NaiveDate>, anywhere: bool) -> bool {
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
fn told_on_time_opening(a: &Analysis, published: Option<NaiveDate>) -> bool {
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
fn narrative_deed_opening(a: &Analysis, t: &TriggerMention, perfect: bool) -> bool {
    let o = usize::from(a.word(0) == "وقد");
    let verb = if o == 0 { a.word(0).strip_prefix('و').unwrap_or("") } else { a.word(1) };
    if o == 0 && !a.word(0).starts_with('و') || reporting_verb(verb) {
        return false;
    }
    let deed_verb = NARRATIVE_DEED_VERBS.contains(&verb);
    (t.w0 == o && (perfect || deed_verb)) || (deed_verb && t.w0 > o && t.w0 - o <= 4 && !a.break_between(o, t.w0))
}

/// "نفت الوزارة بشدة الاتهامات الموجهة إليها": an accusation noun a denial cue takes as its
/// object, at most eight words on, with no other trigger and no lead of `DENIED_ACCUSATION_LEADS`
/// between ("نفى توجيه اتهامات" denies the making of it) (status73).
fn denial_takes_accusation(
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
fn denied_accusation_denier<'a>(
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
fn denied_truth_reaches(a: &Analysis, cue_w1: usize, t: &TriggerMention) -> bool {
    (cue_w1 + 1..t.w0.min(cue_w1 + 16)).any(|i| TRUTH_NOUNS.contains(&a.word(i)) && t.w0 - i <= 20)
}

/// A verb with the future prefix (`س` + `ي ت ن`, five letters or more, not a noun in `ة` or `ات`
/// such as "سيارة", "سيارات") stands before the trigger in its clause: "ولو تعرض لثورة سيأمر
/// الإخوان بقتل شعبه" tells no killing done, whatever day the sentence names.
fn future_verb_before(a: &Analysis, t: &TriggerMention) -> bool {
    (0..t.w0).any(|i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        future_prefixed(w) && !w.ends_with(['ة', 'ه']) && !w.ends_with("ات") && !a.break_between(i, t.w0)
    })
}

/// The trigger is the complement of a verb told as to come ("ستطلق قريبا هجوما", "ستعمل الشركة
/// على توقيع اتفاقيات", "سيأمر الإخوان بقتل شعبه"): a verb with the future prefix (`س` + `ي ت
/// ن`, five letters or more) stands at most three words before it, in its clause, and is not a
/// noun of that shape (`FUTURE_SHAPED_NOUNS`, a name inside an entity or place, a word in `ة`,
/// `ات`, `ين` or `وا`) nor a verb of going on (`FUTURE_GOING_ON`: what will go on is going on).
/// Not through a relative pronoun or "ما", a complementizer, a cause or time head or "منذ", which
/// open words of their own tense ("سيترك منصبه في أعقاب القبض على …": the arrest happened), nor
/// past a nearer act, which is what the verb governs. Not for a perfect trigger verb, an act told
/// done by its own relative clause, the genitive of another noun, a topic after "عن"/"حول", or an
/// act pointed back to with a demonstrative. Returns the verb's word.
fn future_verb_governs(a: &Analysis, t: &TriggerMention, perfect: bool) -> Option<usize> {
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
            || (head && !future_prefixed(prev.strip_prefix(['و', 'ف']).unwrap_or(prev)))
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
    (t.w0.saturating_sub(4)..t.w0).rev().find(|&i| {
        let w = a.word(i);
        let w = w.strip_prefix(['و', 'ف']).filter(|r| future_prefixed(r)).unwrap_or(w);
        future_prefixed(w)
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

/// A future cue at most `dist` words after the trigger `t` reaches it (status64): no clause break
/// and no word that opens a clause of its own (`FUTURE_AFTER_CLAUSE_OPENERS`: «وإنه», «لكنه»;
/// `CONTRAST_OPENERS`: «لكن», «بينما») stands between. "اجتماع الأسبوع المقبل" is to come; in "ما زالت تباشر تحقيقات وإنه
/// سيتم نقل الموقوفين" and "دارت فيها معارك طويلة، ومن المنتظر أن يعود السكان" the cue belongs
/// to the clause after. A trigger with a glued «و» is a conjunct of the act before it ("لقصف
/// المواقع واستهداف القرى، وستكشف الأيام …"), read with that act: any cue in reach counts.
fn future_after_in_clause(a: &Analysis, t: &TriggerMention, dist: usize) -> bool {
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

/// A word of five letters or more opening with the future prefix and a person prefix (`س` + `ي ت
/// ن`: "ستختتم", "سيأمر"), the shape of a verb told as to come (nouns such as "سيارة" pass too;
/// callers that need it rule them out).
fn future_prefixed(w: &str) -> bool {
    let mut c = w.chars();
    c.next() == Some('س') && c.next().is_some_and(|p| matches!(p, 'ي' | 'ت' | 'ن')) && c.count() >= 3
}

/// A definite event noun is the subject of a verb with the future prefix right after it ("وقال
/// إن المحادثات ستختتم اليوم", "العقوبات سترفع"): a nominal sentence that says the event is to
/// come. Not after an adverbial head ("بعد هذه الصفقة سيمتلك الجيش": the deal is its time).
fn future_predicate(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    pattern == Pattern::Noun
        && t.article
        && future_prefixed(a.word(t.w1 + 1))
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
fn what_ma(a: &Analysis, c: &CueMention, t: &TriggerMention, pattern: Pattern) -> bool {
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
fn relative_ma_of_what(a: &Analysis, t: &TriggerMention) -> bool {
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
fn negated_occurrence(a: &Analysis, t: &TriggerMention, pattern: Pattern) -> bool {
    pattern == Pattern::Noun
        && (t.w1 + 1..=t.w1 + 3).any(|i| {
            matches!(a.word(i), "لن" | "لم" | "ولن" | "ولم")
                && OCCURRENCE_VERBS.contains(&a.word(i + 1))
                && !a.break_between(t.w1, i + 1)
        })
}

/// The coder's precision for a date expression.
fn precision_of(d: &DateMatch) -> DatePrecision {
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
fn day_step(a: &Analysis, t: &TriggerMention) -> Option<(usize, i64)> {
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

/// Deaths and injuries of trigger `t` from casualty phrases in the sentence: the number nearest a
/// kill or hurt word ("مقتل 5", "5 قتلى", "قتلت 10 من مسلحي"); a singular victim noun counts one.
/// A casualty word in another clause (`TOLL_CLAUSE_TURNS`: "فيما", "كما") that tells a violent
/// act of its own is that act's toll ("قتل 13 في مواجهات بمأرب، فيما استمرت الاشتباكات في تعز":
/// the 13 are not Taiz's); an act within two words of `t` is read as one phrase with it. A number
/// after a partitive word (`TOLL_PARTITIVES`: "بينهم", "منهم") counts a part: the toll is the
/// number before that word ("سقط 6 قتلى بينهم 4 أطفال" → 6).
///
/// The third value tells whether the sentence says, in a clause of `t`'s, that nobody was killed
/// or hurt (`told_no_toll`: "دون وقوع إصابات"), for a toll read as none: the caller gives such a
/// toll 0 (SPEC §2: null is "not known", never zero) once its filters, which read a toll as a
/// sign of an event, are passed.
fn casualties(a: &Analysis, lex: &Lexicon, nums: &[NumberMatch], t: &TriggerMention) -> Toll {
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
    // age or a duration, and one that counts a unit of distance or weight (`TOLL_MEASURE_UNITS`: "على
    // بعد 20 كلم") a measure: never a toll.
    let num_words: Vec<TollNumber> = nums
        .iter()
        .map(|n| {
            let k0 = word_index_of_byte(a, n.start);
            let k1 = word_index_of_byte(a, n.end.saturating_sub(1));
            // (A dual noun is its own counted noun: "جنديين".)
            (k0, k1, n.value, n.ordinal, n.noun == Some((n.start, n.end)))
        })
        .filter(|n| !TOLL_TIME_UNITS.contains(&a.word(n.1 + 1)) && !TOLL_MEASURE_UNITS.contains(&a.word(n.1 + 1)))
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
        let before = num_words.iter().rev().find(|n| n.1 < wi && wi - n.1 <= 2 && !n.3);
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
            _ => count_named_victims(a, lex, wi, a.words.len(), false).map(Some),
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
        // (fatal12) A toll counted over a period is no act's own. It is read as before, so that no
        // later casualty word of the sentence fills its place and the aggregate filters still see
        // it, and marked: the record keeps none of it and takes no toll lent in its place.
        let used = after.filter(|x| !(counted && opens_with_and(a, x.0))).or(before);
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
    let head = |i: usize| {
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
            (i == 0 || !a.break_between(i, lo)) && !a.triggers.iter().any(|o| o.w0 > i && o.w1 < lo) && head(i)
        });
    after || before
}

/// What `casualties` reads for a trigger (nothing, by default: a record of another type).
#[derive(Default)]
struct Toll {
    dead: Option<u32>,
    hurt: Option<u32>,
    /// Whether the sentence tells, in `t`'s clause, that nobody was killed or hurt.
    none_told: (bool, bool),
    /// Whether a toll is a lone victim read by its form (toll12).
    lone: bool,
    /// `Candidate::toll_fix`: for the dead and the hurt, the toll read and the one read without
    /// the phrases of an earlier clause's own act, when they differ.
    fix: [Option<(u32, Option<u32>)>; 2],
    /// (fatal12) For the dead and the hurt: whether the toll read is a period's total
    /// (`period_total`), which the record does not keep.
    period: [bool; 2],
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
fn relative_victims(a: &Analysis, nums: &[TollNumber], r: usize) -> Option<(bool, u64)> {
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
fn told_no_toll(a: &Analysis, i: usize) -> (bool, bool) {
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
type TollNumber = (usize, usize, Option<u64>, bool, bool);

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
fn named_before_group(a: &Analysis, lex: &Lexicon, wi: usize, x: &TollNumber) -> u64 {
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
fn casualty_word(w: &str) -> (bool, bool) {
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
fn casualty_word_of(w: &str) -> (bool, bool) {
    if !CASUALTY_TAILS.may_end(w.as_bytes()) {
        return (false, false);
    }
    casualty_table().0.get(strip_clitic(w)).copied().unwrap_or_default()
}

/// `casualty_word_of` as `casualties` reads it: also a kill or hurt verb after the conjunction «ف»
/// (fatal1, `TOLL_FA_VERBS`: "فتح النار فقتل شخصين" tells two dead), which `strip_clitic` leaves on.
/// Only a word `casualty_word_of` turns away that starts with «ف» is looked up in the list; its
/// tail filter turns away most of them first («في»): a listed form ends as the verb it stands for.
fn toll_casualty_word(w: &str) -> (bool, bool) {
    match casualty_word_of(w) {
        (false, false) if w.starts_with('ف') && TOLL_FA_VERBS.contains(&w) => casualty_word_of(&w['ف'.len_utf8()..]),
        c => c,
    }
}

/// The last three letters of `KILL_WORDS` and `HURT_WORDS`, made by the compiler (speed57): the
/// two-letter filter of the table let through every word ending as «اصابه» or «مقتل» do («ـبه»,
/// «ـتل», «ـين»); `strip_clitic` leaves a tail of the word, so a word turned away is in neither list.
static CASUALTY_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&KILL_WORDS).and_first_words(&HURT_WORDS);

/// The table behind `casualty_word` (each listed word's kill and hurt flags) and the tail filter
/// of its words.
type CasualtyTable = (HashMap<&'static str, (bool, bool), ahdath_text::FxBuildHasher>, sentence::TailFilter);

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
fn one_person_word(w: &str) -> bool {
    let definite = VICTIM_ARTICLE.iter().find_map(|p| w.strip_prefix(p));
    LONE_VICTIM_NOUNS.contains(&w)
        || definite.is_some_and(|r| LONE_VICTIM_NOUNS.contains(&r) || ONE_NOUNS.contains(&r))
        || KIN_STEMS.iter().any(|k| w.strip_prefix(k).is_some_and(|p| KIN_PRONOUNS.contains(&p)))
}

/// The rule id of the records `Coder::split_toll` makes, one per place of a split toll.
const TOLL_SHARE_RULE: &str = "assault.kill.toll-share";

/// "لقي 103 أشخاص مصرعهم الخميس … وسقط 25 قتيلا في دمشق، و21 في حلب …": a killing toll told in
/// another sentence that the article's place shares add up to (within a tenth) is their sum, not
/// an event of its own (data/gold/README.md, "Decomposition"); its date expression dates the shares
/// that have none.
fn fold_toll_summaries(cands: &mut Vec<Candidate>) {
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
fn casualty_rule(id: &str) -> bool {
    id.starts_with("assault.kill") || id.starts_with("assault.wound")
}

/// Marks a casualty mention of the body (rules `assault.kill.*`, `assault.wound.*`) whose sentence
/// holds a non-casualty, non-anaphoric assault mention with the same fatalities and injuries
/// ("وقتل ثلاثة أشخاص في قصف على البلدة"): the toll is that act's, and `fill_gaps` lends it to no
/// record of another sentence (toll5).
fn mark_owned_tolls(cands: &mut [Candidate]) {
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
struct TollShare {
    count: u32,
    places: (usize, usize),
    w0: usize,
    w1: usize,
    killed: bool,
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
fn toll_shares(a: &Analysis, nums: &[NumberMatch], dts: &[DateMatch]) -> Vec<TollShare> {
    // (Shares on two places need two place mentions: most sentences are done here.)
    if a.places.len() < 2 {
        return Vec::new();
    }
    let share_noun = |j: usize| in_list!(&TOLL_SHARE_NOUNS, a.word(j));
    let mut shares: Vec<TollShare> = Vec::new();
    let mut k = 0;
    for i in 0..a.words.len() {
        if shares.last().is_some_and(|s| i <= s.w1) {
            continue;
        }
        // The number starting at word i, if any (`nums` are in text order).
        while k < nums.len() && word_index_of_byte(a, nums[k].start) < i {
            k += 1;
        }
        let num = nums.get(k).filter(|n| word_index_of_byte(a, n.start) == i && !n.ordinal);
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

/// `p` is what the call `call` calls for: `call` is a `request.call` trigger and `p` follows it
/// in the same clause, right after it or introduced by "إلى"/a glued "لـ" within 8 words ("دعت
/// المعارضة إلى إضراب عام", "دعوة للعصيان المدني").
fn call_object(a: &Analysis, lex: &Lexicon, call: &TriggerMention, p: &TriggerMention) -> bool {
    lex.triggers[call.rule as usize].id.starts_with("request.call")
        && p.w0 > call.w1
        && !a.break_between(call.w1, p.w0)
        && (p.w0 <= call.w1 + 2 || (p.w0 <= call.w1 + 8 && (a.word(p.w0 - 1) == "الي" || p.purpose)))
}

/// A contrast marker ("إلا أن", "لكن", "غير أن", "بيد أن") between words `from` and `to`.
fn contrast_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to).any(|i| {
        let w = a.word(i);
        matches!(w, "لكن" | "ولكن" | "لكنه" | "لكنها" | "ولكنه" | "ولكنها")
            || (matches!(w, "الا" | "غير" | "بيد") && matches!(a.word(i + 1), "ان" | "انه" | "انها"))
    })
}

/// `verb` (a `consult.talks.verb` or `consult.talks.confer-verb` hit: "ناقش", "بحث") has the meeting noun `noun` as its subject:
/// the noun right after it, or the noun before it with at most one word, or one entity (its
/// genitive) and one more word, between: "اجتماع وزراء الخارجية العرب سيناقش"; same clause.
fn agenda_verb(a: &Analysis, lex: &Lexicon, noun: &TriggerMention, verb: &TriggerMention) -> bool {
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
fn speech_content(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
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
fn call_content_past_commas(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
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
fn content_gap(a: &Analysis, from: usize, to: usize) -> usize {
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
fn intended(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
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
fn readied(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn agreed_or_allowed(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn prescribed_act(a: &Analysis, t: &TriggerMention) -> bool {
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
fn law_content(a: &Analysis, t: &TriggerMention) -> bool {
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
fn plotted(a: &Analysis, t: &TriggerMention) -> bool {
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

/// A CONSULT party that is only a country or capital name read as a place: `Some(true)` for a
/// destination (after "إلى" or a glued لـ, or the noun right after a visit verb or noun: the host),
/// `Some(false)` for a venue (after "في" or a glued بـ), `None` for a party.
fn venue_party(lex: &Lexicon, rule: &ahdath_lexicon::Trigger, t: &TriggerMention, x: &EntityMention) -> Option<bool> {
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
fn visit_host(a: &Analysis, t: &TriggerMention, end: usize, after_limit: usize) -> Option<EntityMention> {
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
fn clash_marker(a: &Analysis, t: &TriggerMention) -> Option<usize> {
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
fn clash_second_party(a: &Analysis, x: &EntityMention, e: &EntityMention) -> bool {
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
fn between_pair<'a>(
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
fn target_here(sentence: &[Candidate], party: &Entity) -> bool {
    sentence
        .iter()
        .filter_map(|c| c.rec.recipient.as_ref())
        .any(|r| r.text == party.text || (r.id.is_some() && r.id == party.id))
}

/// The topic entity belongs to a state other than the country of the event's own place (a
/// topic with no state country, an organisation or an armed group, is never abroad).
fn topic_abroad(topic: &Entity, place_country: Option<&str>) -> bool {
    match (topic.country.as_deref(), place_country) {
        (Some(tc), Some(pc)) => tc != pc && !geocode::is_non_state_code(tc),
        _ => false,
    }
}

/// The trigger names the topic of a statement or a report: right after a topic preposition or a
/// news noun, or after a news noun and "عن".
fn topic_phrase(a: &Analysis, t: &TriggerMention) -> bool {
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
fn victim_of_earlier(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &EntityMention) -> bool {
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
fn relative_victim<'a>(
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

/// Whether the trigger's own first word is an exposure verb (`تعرض للتعذيب`, `تعرضوا للتعذيب`):
/// its subject suffers the act.
fn exposure_trigger(a: &Analysis, t: &TriggerMention) -> bool {
    t.w1 > t.w0 && EXPOSED_FORMS.contains(&unconj(a.word(t.w0)))
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
fn protest_as_object(cands: &mut [Candidate], a: &Analysis, s: &str) {
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
fn demo_object_form(w: &str) -> bool {
    let bare = unconj(w);
    let motive = bare.ends_with('ا') && !bare.starts_with("ال");
    !w.starts_with("وال") && !bare.starts_with('ب') && !motive
}

/// (actors116) The name of the protesters `protest_as_object` makes the recipient before their
/// state is known; the final pass replaces it with "protesters (state)".
const CROWD_NAME: &str = "protesters";

/// Welcoming, praising, backing and refusing rules whose recipient, like a condemnation's, is the
/// doer of the act noun they govern right after them ("رحب بزيارة الرئيس الفرنسي", "ترفض اتهامات
/// الوزير"): the party reacted to. (Not congratulations, condolences or solidarity, whose party is
/// the one honoured or mourned, nor a veto, cast against a draft rather than its sponsor.)
const REACTION_RULES: [&str; 8] = [
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
fn doer_in_phrase(r: &EventRecord) -> bool {
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
fn object_next(a: &Analysis, s: &str, r: &EventRecord, o: &EventRecord) -> bool {
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
fn genitive_doer_noun(a: &Analysis, t: &TriggerMention) -> bool {
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
fn genitive_doer<'a>(
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
fn event_noun_subject<'a>(
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
fn bare_name_subject<'a>(
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
fn speaker_name(a: &Analysis, lex: &Lexicon, e: &EntityMention, org: bool) -> Option<String> {
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
fn speakers_differ(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => !x.split(' ').any(|w| y.split(' ').any(|v| v == w)),
        _ => false,
    }
}

/// The trigger's words are exactly an entity of the actor dictionary: a noun that names the doer
/// by the act (`انتحاري`, the suicide bomber), not an act of somebody else.
/// Only the perpetrator nouns of `DOER_GROUPS`: a casualty or hostage noun (`قتلى`, `رهائن`) is
/// a trigger and an entity too, but names the victims.
fn names_its_doer<'a>(a: &'a Analysis, lex: &Lexicon, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn refused_act(a: &Analysis, lex: &Lexicon, p: &TriggerMention, t: &TriggerMention) -> bool {
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
fn governed_complement(c: &Candidate, o: &Candidate) -> bool {
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
fn stance_rule(rule_id: &str, target: &str) -> bool {
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
fn stance_subject(a: &Analysis, lex: &Lexicon, t: &TriggerMention, x: &EntityMention, target: &str) -> bool {
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

fn generic_object(a: &Analysis, t: &TriggerMention) -> bool {
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
fn any_kind(a: &Analysis, t: &TriggerMention) -> bool {
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
fn any_kind_head(a: &Analysis, t: &TriggerMention) -> Option<usize> {
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
fn in_question(a: &Analysis, t: &TriggerMention) -> bool {
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
fn standing_support(a: &Analysis, s: &str, t: &TriggerMention, rule_id: &str) -> bool {
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
fn standing_stance(a: &Analysis, s: &str, t: &TriggerMention, rule: &ahdath_lexicon::Trigger) -> bool {
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

/// Speech types: their present tense is the statement itself ("ندين", "تطالب").
fn is_speech_rule(event_type: &str) -> bool {
    matches!(event_type, "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT" | "THREATEN")
}

/// The trigger's first word is an imperfect (present-tense) verb: it starts with ي, ن or ت after
/// any و/ف, carries no future prefix, and is neither "تم", a perfect plural ("تظاهروا") nor a
/// verbal noun of the shapes تفعيل and تفعيلات ("تفجير", "تعزيزات"), one in ة or one with the
/// article.
fn imperfect_verb(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
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
fn in_quotation(s: &str, at: usize) -> bool {
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
fn obligation_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
    modal_word_before(a, lex, ti, t, sentence::OBLIGATION_WORD).is_some()
}

/// The word index of a word of the word class `class` (`sentence::OBLIGATION_WORD` or
/// `DESIRE_WORD`: a list word behind at most a glued و or ف) that governs the trigger `t` as
/// `obligation_before` reads it: at most three words before (a named entity counted as one), in
/// its clause, with no other trigger, relative pronoun or "قد" between, and `t` no verb with a
/// glued "و".
fn modal_word_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention, class: u64) -> Option<usize> {
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
fn desired_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> Option<bool> {
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
fn predicted_before(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> Option<bool> {
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
fn after_until(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
    t.w0 > 0 && a.word(t.w0 - 1) == "حتي" && imperfect_verb(a, s, t)
}

/// A phone or contact trigger with a press word (an agency, a newspaper, journalists) or a family
/// word (`CALL_NOT_DIPLOMACY`) three words before it or five after it, in the same clause: an
/// interview or a call home.
fn press_or_family_call(a: &Analysis, t: &TriggerMention) -> bool {
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
fn aim_of_effort(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
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
fn after_necessity(a: &Analysis, t: &TriggerMention) -> bool {
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
fn concessive_background(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn coordinated_content(a: &Analysis, lex: &Lexicon, ti: usize, t: &TriggerMention) -> bool {
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
fn since_long_ago(a: &Analysis, t: &TriggerMention) -> bool {
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
fn courtesy_thanks(
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
fn count_near(
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
fn period_tally_near(a: &Analysis, t: &TriggerMention, spans: bool) -> bool {
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
fn span_tally_near(a: &Analysis, nums: &[NumberMatch], t: &TriggerMention) -> Option<(usize, usize)> {
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
fn era_near(a: &Analysis, t: &TriggerMention) -> bool {
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
fn court_chain_after(a: &Analysis, t: &TriggerMention) -> bool {
    let n = a.words.len();
    (t.w1 + 1..n)
        .find(|&i| COURT_CHAIN_REFERRALS.contains(&a.word(i)))
        .is_some_and(|r| (r + 1..n).any(|j| COURT_CHAIN_VERDICTS.contains(&a.word(j))))
}

/// An act told as the crime of a verdict (status40): a trigger with "ب" right after a word of
/// conviction (`CONVICTED_OF`: "أدين بقتل", "المدانين بالاعتداء على"); without "ب" the noun is a
/// condemnation ("بعد إدانته مقتل الرضيع"). Or the crime of a trial (status42): see
/// `crime_on_trial`; or of an execution (status43): see `crime_of_an_execution`.
fn crime_of_a_verdict(a: &Analysis, t: &TriggerMention, tells_execution: impl Fn() -> bool) -> bool {
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
fn crime_of_an_execution(a: &Analysis, t: &TriggerMention, tells_execution: impl Fn() -> bool) -> bool {
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
fn sport_article(analyses: &[SentenceRow]) -> bool {
    let first = &fixed_lists_first().sport_article_words;
    let tails = &SPORT_FIRST_WORD_TAILS;
    // Stop as soon as the verdict is certain: enough sport sentences found, or too few sentences
    // left to find them (most articles are asked, and most are no sport news).
    let needed = sport_sentences_needed(analyses.len());
    let mut sport = 0;
    for (k, (_, _, a, _)) in analyses.iter().enumerate() {
        if sport + (analyses.len() - k) < needed {
            return false;
        }
        if (0..a.words.len()).any(|i| word_may_end(a, i, tails) && any_form_in(a, i, &SPORT_ARTICLE_WORDS, first)) {
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
fn sport_sentences_needed(sentences: usize) -> usize {
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
fn sport_affair_record(
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

/// The tails of `SPORT_ARTICLE_WORDS`' first words, three letters long (speed56). Every reading of
/// a word (without its clitics) ends as the word does, so a word whose last three letters end none
/// of them starts no sport form: `sport_article` reads every word of the article and skips the
/// list scan for nearly all. (speed32's two-letter filter let 158,501 words of a 5,000-article
/// sample through, 23,163 with three letters: «ـين», «ـات», «ـيه» end many words.)
static SPORT_FIRST_WORD_TAILS: sentence::LetterTailFilter =
    sentence::LetterTailFilter::of_first_words(&SPORT_ARTICLE_WORDS);

/// The tails of the first words of the lists `era_near` (`ERA_PHRASES`, `ERA_DECADES`,
/// `then_word_at`'s `ERA_THEN_WORDS`), `crime_of_an_execution` (`EXECUTED_FOR`) and `casualties`
/// (`ZERO_TOLL_NEGATORS`) test at every word of a span, made by the compiler like
/// `SPORT_FIRST_WORD_TAILS` (speed57); the short first words («في», «لم», «لا») are kept whole.
static ERA_PHRASE_TAILS: sentence::LetterTailFilter = sentence::LetterTailFilter::of_first_words(&ERA_PHRASES);
static ERA_DECADE_TAILS: sentence::LetterTailFilter = sentence::LetterTailFilter::of_first_words(&ERA_DECADES);
static ERA_THEN_TAILS: sentence::LetterTailFilter = sentence::LetterTailFilter::of_first_words(&ERA_THEN_WORDS);
static EXECUTED_FOR_TAILS: sentence::LetterTailFilter = sentence::LetterTailFilter::of_first_words(&EXECUTED_FOR);
static ZERO_TOLL_TAILS: sentence::LetterTailFilter = sentence::LetterTailFilter::of_first_words(&ZERO_TOLL_NEGATORS);

/// Whether word `i` of `a` may start a form of the list `tails` was made of: false when no tail of
/// the word is one of its first words (or there is no word `i`), so `any_form_in` would say no.
#[inline(always)]
fn word_may_end(a: &Analysis, i: usize, tails: &sentence::LetterTailFilter) -> bool {
    a.words.get(i).is_some_and(|&(s, e)| a.key.key.as_bytes().get(s..e).is_some_and(|w| tails.may_end(w)))
}

/// How many sentences of an article must hold a sport word for it to be sport news (prec96):
/// one is not enough ("الملعب" of a political rally, "الأندية" of literary clubs).
const SPORT_ARTICLE_MIN: usize = 2;
/// And at least one sentence in this many must (prec96): two mentions of a match in a political
/// report of thirty sentences do not make it sport news.
const SPORT_ARTICLE_SHARE: usize = 10;

fn tells_execution(analyses: &[SentenceRow]) -> bool {
    let first = &fixed_lists_first().execution_words;
    analyses.iter().any(|(_, _, a, _)| (0..a.words.len()).any(|i| any_form_in(a, i, &EXECUTION_WORDS, first)))
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
fn since_span_near(a: &Analysis, t: &TriggerMention) -> bool {
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
fn names_earlier_year(a: &Analysis, s: &str, published: NaiveDate) -> bool {
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

/// A count of a thousand or more (not a year or a date), or a vague count of thousands
/// ("عشرات الآلاف") after the trigger, stands within six words after the trigger or four before
/// it, in its clause.
fn thousands_toll(a: &Analysis, s: &str, nums: &[NumberMatch], dts: &[DateMatch], t: &TriggerMention) -> bool {
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

/// The trigger is introduced by a word of happening or of any amount (the word before it, or
/// its own first word when it has more), and a negator stands at most seven words before it in
/// its clause.
fn none_happened(a: &Analysis, t: &TriggerMention) -> bool {
    let introduced = (t.w0 > 0 && HAPPENING_WORDS.contains(&a.word(t.w0 - 1)))
        || (t.w1 > t.w0 && HAPPENING_WORDS.contains(&a.word(t.w0)));
    introduced
        && (1..=7).any(|d| t.w0 >= d && CLAUSE_NEGATORS.contains(&a.word(t.w0 - d)) && !a.break_between(t.w0 - d, t.w0))
}

/// A frequency adverb with "ما" (`HABITUAL_ADVERBS`: "غالبا ما", "عادة ما", "كثيرا ما") two to
/// six words before the trigger in its clause: the act is described as habitual (six since
/// prec99: "كثيرا ما يشن مقاتلو الحركة هجمات" puts a verb and its subject between).
fn habitual(a: &Analysis, t: &TriggerMention) -> bool {
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
fn long_standing(a: &Analysis, t: &TriggerMention) -> bool {
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
fn administrative_approval(a: &Analysis, t: &TriggerMention) -> bool {
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
fn long_span_tally(a: &Analysis, t: &TriggerMention) -> bool {
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
fn counted_cases(a: &Analysis, nums: &[NumberMatch], t: &TriggerMention) -> bool {
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
fn safety_advice(a: &Analysis, t: &TriggerMention) -> bool {
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
fn natural_force_word(w: &str) -> bool {
    in_list!(&NATURAL_FORCES, w) || in_list!(&ILLNESSES, w)
}

/// Whether natural-force key `w` carries a glued و ("وحريق", "والفيضانات"; not "وباء", a word of
/// its own): a noun joined to the one before it, not a new subject or object (fix57c).
fn natural_force_joined(w: &str) -> bool {
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
fn natural_force_act(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn animal_word(w: &str, next: &str, lam: bool) -> bool {
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
fn animal_object(a: &Analysis, noun: bool, t: &TriggerMention) -> bool {
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
fn repeated_act(a: &Analysis, t: &TriggerMention) -> bool {
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
fn generic_whoever(a: &Analysis, t: &TriggerMention) -> bool {
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
fn social_invitation(a: &Analysis, t: &TriggerMention) -> bool {
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
fn habit_told(a: &Analysis, t: &TriggerMention, stance: bool) -> bool {
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
fn habit_object(a: &Analysis, t: &TriggerMention, stance: bool) -> bool {
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
fn accident_caused(a: &Analysis) -> bool {
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

/// True when a word of the sentence, clitic-free (or after a glued ل), is an `ARSON_MARKERS`
/// word: the fire told is set on purpose, so the accident vetoes of `ARSON_VETO_CUES` do not
/// apply (recall58).
fn arson_marked(a: &Analysis) -> bool {
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
fn accident_word(w: &str) -> u8 {
    let (t, filter, _) = accident_table();
    if !filter.may_hold(w) {
        return 0;
    }
    t.get(w).copied().unwrap_or_default()
}

/// The table behind `accident_word` (each listed word's `ACC_*` bits), the filter in front of
/// it, and the tail filter of its words that `accident_caused` tests each written word with.
type AccidentTable =
    (HashMap<&'static str, u8, ahdath_text::FxBuildHasher>, sentence::WordFilter, sentence::TailFilter);

fn accident_table() -> &'static AccidentTable {
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
fn accident_lists() -> [(&'static [&'static str], u8); 7] {
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
fn accident_caused_by_scans(a: &Analysis) -> bool {
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
fn named_body(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn named_for_person(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn named_as_charge(a: &Analysis, t: &TriggerMention) -> bool {
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
fn weapon_handled(a: &Analysis, rule: &ahdath_lexicon::Trigger, t: &TriggerMention) -> bool {
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
fn measure_aims(a: &Analysis, t: &TriggerMention) -> bool {
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
fn attacks_premises(a: &Analysis, t: &TriggerMention) -> bool {
    (t.w1 + 1..(t.w1 + 6).min(a.words.len())).any(|i| in_list!(&ATTACKED_PREMISES, a.word(i)))
}

/// The sentence of trigger `t` speaks of armed violence: another ASSAULT trigger, a casualty
/// word, a word of `VIOLENT_WORDS`, or an armed party (military, police, intelligence, rebels,
/// militias, gunmen).
fn violent_context(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn unimposed_restriction(a: &Analysis, t: &TriggerMention) -> bool {
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

fn unarmed_siege_verb(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn farewell_not_call(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
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
fn lodging_not_shelter(a: &Analysis, t: &TriggerMention) -> bool {
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
fn harbouring_not_shelter(a: &Analysis, t: &TriggerMention) -> bool {
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
fn dimensions_or_keeping_away(a: &Analysis, s: &str, t: &TriggerMention) -> bool {
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

/// The one-word trigger "طالب" is the counted noun of a cardinal number ("400 طالب") or stands
/// before "وطالبه" ("طالب وطالبة"): a student.
fn counted_student(a: &Analysis, t: &TriggerMention, nums: &[NumberMatch]) -> bool {
    t.w0 == t.w1
        && a.word(t.w0) == "طالب"
        && (nums.iter().any(|n| !n.ordinal && n.noun.is_some_and(|(b, _)| word_index_of_byte(a, b) == t.w0))
            || (t.w1 + 1 < a.words.len() && a.word(t.w1 + 1) == "وطالبه"))
}

/// The trigger is written as the adverbial "بالتعاون مع"/"بالتنسيق مع" (its first word takes "ب" or
/// "وب"): the manner of another act, not a verb of cooperating.
fn adverbial_cooperation(a: &Analysis, t: &TriggerMention) -> bool {
    let w = a.word(t.w0);
    w.starts_with('ب') || w.starts_with("وب")
}

/// The trigger is an adverbial "بالتعاون مع"/"بالتنسيق مع" with a civic event or the verb that
/// organises it (`CIVIC_EVENTS`) among the twelve words before it, in its clause.
fn co_organiser_credit(a: &Analysis, t: &TriggerMention) -> bool {
    adverbial_cooperation(a, t)
        && (1..=12.min(t.w0))
            .take_while(|&d| !a.break_between(t.w0 - d, t.w0))
            .any(|d| in_list!(&CIVIC_EVENTS, a.word(t.w0 - d)))
}

/// The host verb's guest is a show, a game or a team: a `HOSTED_SHOWS` noun is the first of its
/// kind among the seven words after the verb (no `HOSTED_MEETINGS` noun before it), or stands among
/// the four words before a relative pronoun right before the verb ("الحفل الذي يستضيف").
fn hosts_show(a: &Analysis, t: &TriggerMention) -> bool {
    let show = |i: usize| in_list!(&HOSTED_SHOWS, a.word(i));
    let after = first_guest_noun(a, t).is_some_and(|w| HOSTED_SHOWS.contains(&w));
    let antecedent =
        t.w0 > 0 && RELATIVE_PRONOUNS.contains(&a.word(t.w0 - 1)) && (2..=5.min(t.w0)).any(|d| show(t.w0 - d));
    after || antecedent
}

/// The host verb's guest is a meeting: a `HOSTED_TALKS` noun (a summit, a meeting, talks) is the
/// first of its kind among the seven words after the verb, before any `HOSTED_SHOWS` or other
/// `HOSTED_MEETINGS` noun (a round, a dialogue, a delegation): the mirror of `hosts_show`.
fn hosts_meeting(a: &Analysis, t: &TriggerMention) -> bool {
    first_guest_noun(a, t).is_some_and(|w| HOSTED_TALKS.contains(&w))
}

/// The first `HOSTED_SHOWS` or `HOSTED_MEETINGS` noun (clitics stripped) among the seven words
/// after host verb `t`: what it hosts (`hosts_show`, `hosts_meeting`).
fn first_guest_noun<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a str> {
    (t.w1 + 1..(t.w1 + 8).min(a.words.len())).find_map(|i| {
        clitic_forms(a.word(i)).into_iter().find(|w| HOSTED_SHOWS.contains(w) || HOSTED_MEETINGS.contains(w))
    })
}

/// The trigger is a reception: the verb of `consult.visit.receive` or the noun استقبال of
/// `consult.visit.noun` (whose other forms are visits).
fn is_reception(a: &Analysis, rule_id: &str, t: &TriggerMention) -> bool {
    rule_id == "consult.visit.receive" || (rule_id == "consult.visit.noun" && a.word(t.w0).contains("استقبال"))
}

/// No party is received: the reception's object window — the ten words after its subject when an
/// institution (a state, body or group entity, no title or person) stands right after the verb
/// with no party right before it ("استقبلت الشركة …", "استقبل الميناء …"), else the ten words after
/// the verb — holds no entity of a state, office, organisation, person or non-civilian group (a
/// delegation, an army); and its first word is a common noun: no name (`BARE_NAMES`), no
/// `HONORIFIC_TITLES` word, not an indefinite word after a title or person right before the verb
/// (an office receiving a name the dictionary does not know).
fn receives_no_party(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
    let first = t.w1 + 1;
    if t.pronoun_object || first >= a.words.len() {
        return false;
    }
    let kind = |x: u32| &lex.actors[x as usize];
    let party = |e: &EntityMention| {
        !e.is_location
            && !e.weak
            && !e.people
            && e.actors.iter().any(|&x| {
                let x = kind(x);
                x.kind != ActorKind::Group
                    || !matches!(x.sector.as_deref(), None | Some("-" | "CVL" | "EDU" | "MED" | "BUS"))
            })
    };
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
fn park_name(a: &Analysis, t: &TriggerMention) -> bool {
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
fn refusal_in_adverbial(a: &Analysis, t: &TriggerMention) -> bool {
    let head = |i: usize| {
        let w = a.word(i);
        ADVERBIAL_HEADS.contains(&w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w))
    };
    if t.w0 == 0 {
        return false;
    }
    head(t.w0 - 1) || (t.w0 >= 2 && a.word(t.w0 - 1) == "ان" && head(t.w0 - 2))
}

/// How many words after a trigger a `needs:` form is looked for.
const NEEDS_REACH: usize = 25;
/// How many words before or after a one-word trigger a `needs-near:` form (or any trigger an
/// `unless-near:` form) is looked for.
const NEAR_REACH: usize = 8;

/// Whether one of `forms` (a rule's `needs-near:` or `unless-near:`) starts within
/// [`NEAR_REACH`] words before or after the trigger, outside it, in its clause.
/// (`first`: the summary of `forms`, `Coder::rule_first`.)
fn form_near(a: &Analysis, t: &TriggerMention, forms: &[String], first: &FirstWords) -> bool {
    sentence::near_window(t, a.words.len())
        .filter(|&i| !a.break_between(t.w0, i))
        .any(|i| any_form_in(a, i, forms, first))
}

/// How many words after a REQUEST or a warning trigger its content (`ADVICE_CONTENT`,
/// `WARNING_PUBLIC`) is looked for, in the trigger's clause: past the subject, the addressees or
/// the warning body's name ("أهاب العقيد العاصمي بالمواطنين والمقيمين بأخذ الحيطة", "حذرت
/// الرئاسة العامة للأرصاد وحماية البيئة من …").
const NOTICE_REACH: usize = 12;

/// Whether one of `forms` stands within `NOTICE_REACH` words after trigger `t`, in its clause:
/// the content of public advice or of a warning to the public.
/// (`first`: the summary of `forms`.)
fn content_in_clause(a: &Analysis, t: &TriggerMention, forms: &[&str], first: &FirstWords) -> bool {
    (t.w1 + 1..(t.w1 + 1 + NOTICE_REACH).min(a.words.len()))
        .take_while(|&i| !a.break_between(t.w1, i))
        .any(|i| any_form_in(a, i, forms, first))
}

/// The first-word summaries (`FirstWords`) of the fixed lists that rules scan over a span of
/// words, each made once: built at every call they would rescan the whole list per trigger.
struct FixedListsFirstWords {
    advice_content: FirstWords,
    warning_public: FirstWords,
    rank_places: FirstWords,
    aid_donor_cues: FirstWords,
    aid_directive_cues: FirstWords,
    /// `era_near` tests `ERA_PHRASES` at each of about seven words around every trigger
    /// (speed32).
    era_phrases: FirstWords,
    /// `era_near` tests `ERA_DECADES` at each of the five words after every trigger (status33).
    era_decades: FirstWords,
    era_then_words: FirstWords,
    /// `period_tally_near` tests `TALLY_PERIODS` at each of about fourteen words around an
    /// ASSAULT or COERCE trigger with a count (prec58).
    tally_periods: FirstWords,
    /// `casualties` tests `ZERO_TOLL_NEGATORS` at every word of an assault's sentence whose toll
    /// is not all read (toll8).
    zero_toll_negators: FirstWords,
    /// `crime_of_an_execution` tests `EXECUTED_FOR` at every word up to each occurred attack or
    /// coercion, and `tells_execution` `EXECUTION_WORDS` at every word of an article that asks
    /// (status43).
    executed_for: FirstWords,
    execution_words: FirstWords,
    sport_article_words: FirstWords,
}

fn fixed_lists_first() -> &'static FixedListsFirstWords {
    static F: OnceLock<FixedListsFirstWords> = OnceLock::new();
    F.get_or_init(|| FixedListsFirstWords {
        advice_content: FirstWords::of(&ADVICE_CONTENT),
        warning_public: FirstWords::of(&WARNING_PUBLIC),
        rank_places: FirstWords::of(&RANK_PLACES),
        aid_donor_cues: FirstWords::of(&AID_DONOR_CUES),
        aid_directive_cues: FirstWords::of(&AID_DIRECTIVE_CUES),
        era_phrases: FirstWords::of(&ERA_PHRASES),
        era_decades: FirstWords::of(&ERA_DECADES),
        era_then_words: FirstWords::of(&ERA_THEN_WORDS),
        tally_periods: FirstWords::of(&TALLY_PERIODS),
        zero_toll_negators: FirstWords::of(&ZERO_TOLL_NEGATORS),
        executed_for: FirstWords::of(&EXECUTED_FOR),
        execution_words: FirstWords::of(&EXECUTION_WORDS),
        sport_article_words: FirstWords::of(&SPORT_ARTICLE_WORDS),
    })
}

/// Whether the verb هدّد at `t` means "endangers" rather than "threatens" (prec30): a verb of
/// becoming or remaining right before it ("بات يهدد", "لم يعد يهددها"); a subject that is no party
/// one or two words before it, in its clause ("خطر يهدد", "أزمة اقتصادية ستهدد"); or an object of
/// harm right after it (`THREAT_HARM_OBJECTS`, which extends the older `ENDANGERED` check: "يهدد
/// أرواح المرضى", "تهدد الاقتصاد") unless a party's name stands right
/// before the verb as its subject ("المسلحون يهددون حياة الرهائن"; not after "و", whose verb
/// shares an earlier subject: "أن يقسم طالبان ويهدد محادثات السلام").
fn endangers(a: &Analysis, t: &TriggerMention) -> bool {
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

/// The donor of aid named after "provided by" (`AID_DONOR_CUES`: "مقدمة من", "المقدم من قبل")
/// within `DONOR_REACH` words after the aid word, in its sentence and with no complementizer
/// between (a new clause, "مضيفا أن التمويلات المقدمة من …", has its own noun): the party that
/// starts right after the cue's من (or قبل). Not a place.
fn aid_donor<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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
fn aid_directive_giver<'a>(a: &'a Analysis, t: &TriggerMention) -> Option<&'a EntityMention> {
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

/// Whether a CONSULT, AGREE, SUPPORT, COOPERATE or REQUEST record is a civic affair: neither
/// party is a state or political one (a government, army, police, intelligence, parliament, court,
/// party, rebel or militia, opposition, an international body or group, or an entity of unknown
/// sector) and the sentence names a `CIVIC_INSTITUTIONS` word (a university, a club, a forum, a
/// contest, a course, a product, a company): "ورحبت الجامعة بالطالبات المشاركات في الدورات".
fn civic_affair(a: &Analysis, event_type: &str, actor: Option<&Entity>, recipient: Option<&Entity>) -> bool {
    if !matches!(event_type, "CONSULT" | "AGREE" | "SUPPORT" | "COOPERATE" | "REQUEST") {
        return false;
    }
    if political_party(actor) || political_party(recipient) {
        return false;
    }
    (0..a.words.len()).any(|i| in_list!(&CIVIC_INSTITUTIONS, a.word(i)))
}

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
fn generic_exhortation(
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
fn business_affair(
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
fn contract_object(a: &Analysis, t: &TriggerMention) -> Option<usize> {
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

/// "لجنة الشؤون الخارجية بمجلس الشيوخ الأميركي", "رئيس هيئة الأركان المشتركة للقوات الأردنية",
/// "شرطة حرس الحدود الإسرائيلية": the country of a generic body `e` (titles and group nouns of no
/// country) named by the nationality adjective of the entity its phrase runs into (actors69). The
/// next entity must follow in the same clause, with no conjunction, bound either as a genitive
/// (right after an indefinite last word: a construct) or by a glued preposition of belonging
/// (`CHAIN_PREPS`) after a phrase of more than one word or an indefinite one, with at most one
/// definite adjective between; it must hold a noun and a nationality adjective. A single definite
/// word right before a bound party is mostly a verb's subject before its object ("ندد المجلس
/// بالحكومة …"), so it is left to the article's country.
fn chain_country(lex: &Lexicon, a: &Analysis, e: &EntityMention) -> Option<String> {
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
fn owner_of_doer(a: &Analysis, t: &TriggerMention, x: &EntityMention, r: &EntityMention) -> bool {
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
fn party_past_doer_phrase<'m>(
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
fn genitive_of_group_head(a: &Analysis, t: &TriggerMention, x: &EntityMention, r: &EntityMention) -> bool {
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
fn aid_between_states(actor: Option<&Entity>, recipient: Option<&Entity>, main: Option<&str>) -> bool {
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

/// True when the (possibly multi-word) match key `form` starts at word `i`; the first word may
/// carry a conjunction or a glued preposition ("وإلا", "بالقوة").
/// (It runs for every word in reach of a `needs:` trigger: the word is compared from its end,
/// so most words fail on one suffix test, and the form's first space is found by a byte scan.)
/// (The coder calls [`any_form_at`]; this one form at a time is its tests' reference.)
#[cfg(test)]
fn form_at(a: &Analysis, i: usize, form: &str) -> bool {
    let Some(&(s, e)) = a.words.get(i) else { return false };
    let (first, rest) = match form.bytes().position(|b| b == b' ') {
        Some(n) => (&form[..n], Some(&form[n + 1..])),
        None => (form, None),
    };
    let Some(clitics) = a.key.key[s..e].strip_suffix(first) else { return false };
    if !matches!(clitics, "" | "و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب" | "فل") {
        return false;
    }
    rest.is_none_or(|r| r.split(' ').enumerate().all(|(k, p)| a.word(i + 1 + k) == p))
}

/// `forms.iter().any(|f| form_at(a, i, f))`, cheaper: the word's readings without a clitic
/// (at most three: as written, without a one-letter and without a two-letter clitic) are made
/// once, and each form's first word is compared with them (mostly a length test), instead of
/// a suffix test and a scan of the form per form. It runs for every word in reach of a
/// `needs:` trigger against every form of the rule (half a million `form_at` calls per
/// thousand articles).
fn any_form_at<S: AsRef<str>>(a: &Analysis, i: usize, forms: &[S]) -> bool {
    sentence::form_at_words(&a.key.key, &a.words, i, forms)
}

/// `any_form_at` with the summary of the forms' first words (`FirstWords::of(forms)`), for a
/// list tested at each word of a span: the summary is made once, and a word none of whose
/// readings may start a form is passed over without a scan of the list.
fn any_form_in<S: AsRef<str>>(a: &Analysis, i: usize, forms: &[S], first: &FirstWords) -> bool {
    sentence::form_at_words_in(&a.key.key, &a.words, i, forms, first)
}

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
fn mode_from_context(
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
        "CONSULT" => find(&[(ML_MULTILATERAL_OBJECTS, "multilateral")], &mut gathering())
            .or_else(|| body_meeting(a, lex, t).then_some("multilateral"))
            .or_else(|| find(&[(ML_VISIT_OBJECTS, "visit")], &mut forward(8, false)))
            // (A visit named before the talks in their clause: "في زيارة لليمن يجري خلالها محادثات".)
            .or_else(|| {
                let mut back =
                    (t.w0.saturating_sub(6)..t.w0).rev().take_while(|&j| !a.break_between(j, j + 1) && !stop(j));
                find(&[(ML_VISIT_OBJECTS, "visit")], &mut back)
            })
            // (An arrival before the meeting in its sentence, across commas but not past a stop
            // word or a reporting verb: "وصل الوزير، فجر الاثنين، إلى الدوحة، للقاء".)
            .or_else(|| {
                let mut back =
                    (t.w0.saturating_sub(14)..t.w0).rev().take_while(|&j| !stop(j) && !reporting_verb(a.word(j)));
                // (Matched whole, after one glued و at most: "فيصل" is a name, not ف + يصل.)
                let arrival = |w: &str| {
                    MODE_ARRIVAL_VERBS.contains(&w.strip_prefix('و').unwrap_or(w)) || MODE_ARRIVAL_VERBS.contains(&w)
                };
                back.any(|j| arrival(a.word(j))).then_some("visit")
            }),
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
struct ModeWords<'a> {
    a: &'a Analysis,
    base: usize,
    /// The bits of word `base + k` as written, `MODE_UNREAD` until asked.
    plain: [Cell<u32>; MODE_WINDOW],
    /// The bits of word `base + k` without a glued و or ف, `MODE_UNREAD` until asked.
    bare: [Cell<u32>; MODE_WINDOW],
}

/// The words of a [`ModeWords`] window.
const MODE_WINDOW: usize = 64;
/// A word not read yet (no word is in every mode list).
const MODE_UNREAD: u32 = u32::MAX;

impl<'a> ModeWords<'a> {
    fn new(a: &'a Analysis, w0: usize) -> Self {
        ModeWords {
            a,
            base: w0.saturating_sub(24),
            plain: [const { Cell::new(MODE_UNREAD) }; MODE_WINDOW],
            bare: [const { Cell::new(MODE_UNREAD) }; MODE_WINDOW],
        }
    }

    /// The mode bits of word `j` as written.
    fn bits(&self, j: usize) -> u32 {
        Self::memo(&self.plain, j.wrapping_sub(self.base), || mode_bits(self.a.word(j)))
    }

    /// Word `j` as written is a form of a list of `bits`.
    fn is(&self, j: usize, bits: u32) -> bool {
        self.bits(j) & bits != 0
    }

    /// Word `j` without a glued و or ف is a form of a list of `bits` (as `is_mode_word` of
    /// `strip_conj_key` of the word).
    fn bare_is(&self, j: usize, bits: u32) -> bool {
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
fn suicide_told(a: &Analysis, t: &TriggerMention, blast: bool) -> bool {
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
fn drone_or<'m>(a: &Analysis, mode: &'m str) -> &'m str {
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
const FIREARM_REACH: usize = 14;

/// True when meeting noun `t` has in construct with it (or with ل) a body of several states ("اجتماع
/// مجلس الأمن", "اجتماعات الجامعة العربية") or plural officials of several states ("اجتماع وزراء
/// الخارجية العرب", "اجتماع قادة الاتحاد الأفريقي"): the meeting is `multilateral`. Not a meeting
/// on the sidelines of one ("على هامش اجتماعات الجمعية العامة"): that is the body's, not its own.
fn body_meeting(a: &Analysis, lex: &Lexicon, t: &TriggerMention) -> bool {
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
fn opens_on_carried_doer(a: &Analysis) -> bool {
    let w = a.word(0);
    w.starts_with('و')
        || MODE_CARRIED_DOER_OPENERS.contains(&w)
        || MODE_CARRIED_DOER_OPENERS.contains(&strip_conj_key(w))
}

/// Whether sentence `p` ends in a clause with an air doer: an air word (`MODE_AERIAL_WORDS`, not
/// after `MODE_AERIAL_NOT_AFTER`, without a glued و) in its last 20 words, back to a stop word
/// or a reporting verb, as mode11 reads the clause before a shared doer: "وواصل طيران التحالف
/// قصف مواقع في المدينة" (mode21).
fn ends_with_air_doer(p: &Analysis) -> bool {
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
fn carries_air_doer(a: &Analysis, lex: &Lexicon, event_type: &str, t: &TriggerMention, verb: bool) -> bool {
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
fn censored_medium(a: &Analysis, event_type: &str, mode: Option<&str>, t: &TriggerMention) -> bool {
    event_type == "COERCE"
        && mode == Some("restrict")
        && (t.w1 + 1..(t.w1 + 5).min(a.words.len()))
            .take_while(|&j| !a.break_between(j - 1, j) && !MODE_OBJECT_STOPS.contains(&strip_conj_key(a.word(j))))
            .any(|j| mode_bits(a.word(j)) & ML_CENSORED_MEDIA != 0)
}

/// Whether one of `forms` (a rule's `topic-unless-near`, merge35) stands within three words
/// before or after the trigger, in its clause, a glued "و" or "ف" aside: "قدمت مقترحات",
/// "المقترحات التي سيقدمها" present the proposals, which are then an act, not a topic.
fn presented_near(a: &Analysis, t: &TriggerMention, forms: &[String]) -> bool {
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
fn threat_as_predicate(a: &Analysis, t: &TriggerMention, making: &[String]) -> bool {
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
fn threat_pointed_back(a: &Analysis, t: &TriggerMention) -> bool {
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
fn threat_under(a: &Analysis, t: &TriggerMention) -> bool {
    t.w0 > 0 && t.w1 == t.w0 && THREAT_UNDER_WORDS.contains(&a.word(t.w0 - 1)) && !a.break_between(t.w0 - 1, t.w0)
}

/// A key word without one glued و or ف (when three letters remain).
fn strip_conj_key(w: &str) -> &str {
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
const MODE_WORD_LISTS: [(&[&str], u32); 30] = [
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
fn mode_bits(w: &str) -> u32 {
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
fn is_mode_word(w: &str, list: &[&str]) -> bool {
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

/// The mention names a victim-only entity (`role: victim` in data/dict/actors, actors125): its first
/// entry that is not a nationality is one ("الجرحى السوريون"; not "أهالي الضحايا", whose head is
/// the families), and no unit or kin noun stands right before it. Not one joined by "و" to a
/// party before it ("من الثوار والجرحى رفضوا"): it is then one of the doers, as for
/// `casualty_persons` (review61b).
fn victim_entity(lex: &Lexicon, a: &Analysis, x: &EntityMention) -> bool {
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
fn passive_accusation(a: &Analysis, t: &TriggerMention) -> bool {
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
fn victim_voice(a: &Analysis, event_type: &str, x: &EntityMention) -> bool {
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
fn casualty_persons(a: &Analysis, x: &EntityMention) -> bool {
    in_list!(&CASUALTY_PERSONS, a.word(x.w0)) && victims_on_their_own(a, x)
}

/// Victim mention `x` stands on its own, for `casualty_persons` and `victim_entity`: not joined by
/// "و" to a party before it ("الثوار والجرحى رفضوا", one of the doers), nor the genitive of a unit
/// or kin noun (`CASUALTY_OWNERS`: "أسر الشهداء", "لواء شهداء اليرموك", whose head acts).
fn victims_on_their_own(a: &Analysis, x: &EntityMention) -> bool {
    let owned = x.w0 > 0 && in_list!(&CASUALTY_OWNERS, a.word(x.w0 - 1));
    !(x.conj || owned)
}

/// The readings of word `w` a word list is asked about, the most literal first: the whole word (a
/// listed word may itself begin with و, ب or ال: "ورشة", "وزير", "برنامج", "ألعاب"), the word
/// without its clitics ([`strip_clitic`]: "والورشة" → "ورشة", "وقتل" → "قتل"), and the word
/// without a glued و alone ("وبرنامج" is و + "برنامج", which `strip_clitic` reads as وب + "رنامج").
/// Three slices of `w`: no allocation.
fn clitic_forms(w: &str) -> [&str; 3] {
    let s = strip_clitic(w);
    let o = w.strip_prefix('و').filter(|r| r.chars().nth(2).is_some()).unwrap_or(s);
    [w, s, o]
}

/// Word `w` is in `list` in one of its [`clitic_forms`].
///
/// One pass over the list, not one for each form: every form is a tail of `w`, so a listed word
/// is one of them exactly when its length is a form's and `w` ends with it. (Most words have no
/// clitic, and their three forms are one; the three scans of `contains` read the list three
/// times for them.)
/// [`in_list`] when `w` passes `tails`, the filter of `list` (`in_list!`).
#[inline]
fn in_listed(list: &[&str], tails: &sentence::TailFilter, w: &str) -> bool {
    tails.may_end(w) && in_list(list, w)
}

fn in_list(list: &[&str], w: &str) -> bool {
    let [_, s, o] = clitic_forms(w);
    let (lw, ls, lo) = (w.len(), s.len(), o.len());
    let b = w.as_bytes();
    list.iter().any(|x| {
        let l = x.len();
        (l == lw || l == ls || l == lo) && b[lw - l..] == *x.as_bytes()
    })
}

/// The prefixes [`strip_clitic`] takes off, longest first (also behind `sentence::TOLL_WORD`).
pub(crate) const STRIP_CLITIC_PREFIXES: [&str; 6] = ["وب", "وال", "بال", "ال", "و", "ب"];

fn strip_clitic(w: &str) -> &str {
    for p in STRIP_CLITIC_PREFIXES {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().nth(2).is_some() {
                return r;
            }
        }
    }
    w
}

/// A date expression that names two years, a range ("عامي 2012 و2014", "عام 1966 إلى 1981"):
/// two runs of four digits, in any digits ("بين عامي ٢٠١٢ و٢٠١٤": the key folds them to ASCII).
fn year_range(text: &str) -> bool {
    ahdath_text::normalize_key(text).split(|c: char| !c.is_ascii_digit()).filter(|r| r.len() == 4).count() >= 2
}

/// The word whose original span contains `orig_byte` (the last word starting at or before it).
fn word_index_of_byte(a: &Analysis, orig_byte: usize) -> usize {
    a.words.partition_point(|&(ks, _)| a.key.orig_byte(ks) <= orig_byte).saturating_sub(1)
}

/// Marks a record id not yet hashed (see [`record_id`]); no rule id holds it.
const ID_MARK: char = '\u{1}';

/// A record's id while it is coded: its field, trigger offset and rule id, written out between two
/// [`ID_MARK`]s (`"\u{1}x123:assault.attack.verb\u{1}"`), with any suffix a derived record adds
/// ("-arrest", "-2") after it. About half the candidates are dropped or merged before the article's
/// records are returned, and a SHA-256 cost some 3,800 instructions against a short format; so
/// [`finish_record_id`] hashes only the records kept, at the end of [`Coder::code`]. The written
/// key names the same inputs as the hash, so two records share a key exactly when they would
/// share a hash, and every id read in between (a map key, a derived id's base) is as unique.
fn pending_record_id(field: Field, trigger_start: usize, rule_id: &str) -> String {
    use std::fmt::Write;
    let mut id = String::with_capacity(rule_id.len() + 12);
    id.push(ID_MARK);
    id.push(if field == Field::Title { 't' } else { 'x' });
    let _ = write!(id, "{trigger_start}:{rule_id}");
    id.push(ID_MARK);
    id
}

/// The stable id of a kept record: [`record_id`] of its pending key, then the derived suffix.
/// (An id not written by [`pending_record_id`] is left as it is.)
fn finish_record_id(article: &str, id: &mut String) {
    let Some(rest) = id.strip_prefix(ID_MARK) else { return };
    let Some((key, suffix)) = rest.split_once(ID_MARK) else { return };
    let field = if key.starts_with('t') { Field::Title } else { Field::Text };
    let Some((offset, rule_id)) = key[1..].split_once(':') else { return };
    let Ok(offset) = offset.parse::<usize>() else { return };
    let mut done = record_id(article, field, offset, rule_id);
    done.push_str(suffix);
    *id = done;
}

/// Stable record id: a hash of the article id, field, trigger offset and rule id.
fn record_id(article: &str, field: Field, trigger_start: usize, rule_id: &str) -> String {
    let mut h = Sha256::new();
    h.update(article.as_bytes());
    h.update([0]);
    h.update(if field == Field::Title { b"t" } else { b"x" });
    h.update(trigger_start.to_le_bytes());
    h.update(rule_id.as_bytes());
    let d = h.finalize();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(16);
    for b in &d[..8] {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 15)]));
    }
    id
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
fn one_party_both_sides(r: &mut EventRecord) {
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
fn own_dead_as_doer(r: &mut EventRecord) {
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
fn fill_gaps(keep: &mut Candidate, other: &Candidate) {
    // A toll the act of the lender's own sentence carries is that act's (`toll_owned`), unless the
    // record already holds a mention of that sentence (one not refused a toll).
    let lender_at = (other.rec.evidence.field, other.rec.evidence.start);
    // Whether the lender was read from another sentence than the record.
    let other_sentence = lender_at != (keep.rec.evidence.field, keep.rec.evidence.start);
    // (fatal10) Whether the lender names only places apart from the record's own place, read
    // before this mention may lend one (`toll_placed_apart`).
    let placed_apart =
        other_sentence && keep.rec.location.as_ref().is_some_and(|h| toll_placed_apart(h, &other.toll_places));
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
    if r.fatalities.is_none() && lend_toll {
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
    }
    keep.court_crime |= other.court_crime;
    if !own_text_day {
        keep.long_ago_clause |= other.long_ago_clause;
    }
}

/// How many words after an attack's trigger may hold the object it hit (`act_object_told`):
/// the doer and a preposition ("غارات لطائرات التحالف على مواقع").
const ACT_OBJECT_REACH: usize = 5;

/// (actors132) Whether an attack (ASSAULT, not a two-sided fight) names in its trigger's own clause
/// the object it was aimed at: a word of `ACT_OBJECT_WORDS` ("مواقع", "مقرات", "مناطق") within
/// `ACT_OBJECT_REACH` words after the trigger, before any clause mark, and not after "في" (a
/// place the act was at: "قصفت الطائرات في مناطق متفرقة"), and not owned by a pronoun
/// (`ACT_OBJECT_PRONOUN_OWNERS`).
fn act_object_told(r: &EventRecord) -> bool {
    if r.event_type != "ASSAULT" || r.rule.starts_with("assault.clash") {
        return false;
    }
    let mut after_in = false;
    let mut words = geocode::after_trigger(&r.evidence).split_whitespace();
    for _ in 0..ACT_OBJECT_REACH {
        let Some(w) = words.next() else { break };
        let k = ahdath_text::normalize_key(w);
        let k = k.trim_matches(|c: char| !c.is_alphabetic());
        if !after_in && (ACT_OBJECT_WORDS.contains(&k) || ACT_OBJECT_WORDS.contains(&strip_conj_key(k))) {
            // (An owner told by a pronoun, "مواقع لهم" or "مواقع وتجمعات لهم", is a party named
            // elsewhere: not told here. actors134: looked for over the reach after the object, up
            // to a clause mark, not only in the next word.)
            if w.ends_with(|c: char| ",.،؛:;!?؟".contains(c)) {
                return true;
            }
            for n in words.by_ref().take(ACT_OBJECT_REACH) {
                let o = ahdath_text::normalize_key(n);
                if ACT_OBJECT_PRONOUN_OWNERS.contains(&o.trim_matches(|c: char| !c.is_alphabetic())) {
                    return false;
                }
                if n.ends_with(|c: char| ",.،؛:;!?؟".contains(c)) {
                    break;
                }
            }
            return true;
        }
        if w.ends_with(|c: char| ",.،؛:;!?؟".contains(c)) {
            return false;
        }
        after_in = k == "في";
    }
    false
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
fn own_side(event_type: &str, actor: Option<&Entity>, other: Option<&Entity>) -> bool {
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

/// Whether `inner` is the seat town of the first-level division `outer` read from the same name:
/// "محافظة لحج" (a division noun before it, or "ريف حلب") in one sentence and a bare "لحج" or
/// "بلحج" in another. A bare name of a governorate named after its capital is read as the city
/// (`geocode`), a default reading only; the division the other sentence names outright is the
/// surer one (places52).
fn seat_reading(outer: &Place, inner: &Place) -> bool {
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
fn contains_place(outer: &Place, inner: &Place) -> bool {
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
fn implied_protest(sentence: &[Candidate]) -> Option<Candidate> {
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
const ANY_SECTOR: &str = "*";

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
const VICTIMS_ID: &str = "grp.victims";
const PEOPLE_ID: &str = "grp.people_unspecified";
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
fn consult_kinds_apart(a: &EventRecord, b: &EventRecord) -> bool {
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
fn crowd_control_apart(a: &Candidate, b: &Candidate) -> bool {
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
fn press_with_anchor_apart(o: &Candidate, c: &Candidate) -> bool {
    o.rec.rule == PRESS_WITH_RULE && !shares_sentence(o, c)
}

/// Whether a definite event noun ("المعارك", "القصف", "الاشتباكات") plainly names another
/// happening than an earlier record of its type, so that it must not fold into it as a mention
/// referring back (twelfth session): both name a place the gazetteer knows and neither place is
/// the other or lies inside it (two towns of one battle report). "قصفت الطائرات الحربية بلدة
/// كفرنبل أمس. وفي مدينة حمص استمر القصف طوال الليل." → two assaults. (Two days named by the
/// text, or two different doers, were tried as well and dropped: see docs/coding.md §11.)
fn anaphor_apart(o: &Candidate, c: &Candidate) -> bool {
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
fn pair_apart(o: &Candidate, c: &Candidate) -> bool {
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
const BACKGROUND_DAYS: i64 = 365;

/// Whether mention `c`, an earlier act told as background in another sentence (`told_back`: a
/// year or more back), stays apart from record `o`, the day's act: one that happened and holds
/// no date of the text (merge34). "وفي عام 2013 قتل مسلحون من الحركة 67 شخصا" is not the killing
/// told as today's news before it, and "إحكام الرقابة … منذ إطلاق النظام عام 2016" not today's
/// import ban; folded in, the day's record took the old date and became `historical`. (A live
/// mention told after a background one still folds into it: "مكان القصف" after "قصف المصنع عام
/// 2010" is that bombing.)
fn background_apart(o: &Candidate, c: &Candidate) -> bool {
    c.told_back
        && o.rec.status == Status::Occurred
        && o.rec.date_basis != Some(DateBasis::Text)
        && !shares_sentence(o, c)
}

/// Whether mentions `o` and `c` of different sentences stay apart because one is an act told at a
/// time counted from the sentence before it (`Candidate::told_on`, status63): "ففي 18 يوليو 1994
/// فجر مسلحون شاحنة … وقبل عامين من ذلك، أسفر هجوم على السفارة عن سقوط 29 قتيلا" tells two
/// attacks; undated, the second would fold into the first or into any act of its type told later.
fn told_on_apart(o: &Candidate, c: &Candidate) -> bool {
    (o.told_on || c.told_on) && !shares_sentence(o, c)
}

/// Whether mentions `o` and `c` of different sentences stay apart because one is the act an
/// anniversary recalls, with no date of the text, and the other is not (dates46), in the merge and
/// for a definite noun that would refer back (merge step 1): undated after `anniversary_of`, the
/// recalled act would take the date and parties of any act of its type ("الذكرى الأولى لاختطاف
/// العسكريين" took the day of an assault to come in a later sentence, the killing an anniversary
/// recalls took the year and the place of a killing told in the paragraph before).
fn anniversary_apart(o: &Candidate, c: &Candidate) -> bool {
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
fn retold_court_crime(h: &Candidate, c: &Candidate) -> bool {
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
fn recalled_apart(o: &EventRecord, c: &EventRecord) -> bool {
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

/// Whether a mention's place was read from a weak cue (second round of `anaphor_apart`): neither
/// the word before the place's text nor the text's first word, without the clitics و, ف, ب and
/// ل, is a preposition of place or a place noun (`ANAPHOR_PLACE_CUES`), and the text is not "ب"
/// with the article ("بالقاهرة"). "القتيلة بريدا" (a name) and "الحرية لسوريا" are weak; "في
/// حمص", "بمحافظة بني سويف" and "حي الخالدية" are not. A place without a text is not weak.
fn weak_place(r: &EventRecord) -> bool {
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
fn quarter_of(outer: &Place, inner: &Place) -> bool {
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

fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
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
fn same_spot_and_day(o: &Candidate, c: &Candidate) -> bool {
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
fn fold_suffered_in(mut out: Vec<Candidate>) -> (Vec<Candidate>, Vec<bool>) {
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
const LEAD_SENTENCES: usize = 2;

/// (dedup42) SPEC: one happening mentioned several times in an article is one record, and the
/// headline mostly retells the lead. A headline act that a filter dropped («الرئيس يفوض
/// المحافظين في تخفيف أو إلغاء حظر التجول»: no candidate) becomes one more mention of each record
/// of its type told first in the lead sentences (`leads`, their starts), when no record of
/// that type holds a headline mention already.
fn title_mentions_lead(recs: &mut [EventRecord], dropped: &[(&str, Mention)], leads: &[usize]) {
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
fn merge_candidates(
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
                || background_apart(o, &c)
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
            r
        })
        .collect();
    (recs, gone, breakers)
}

/// The mode of a record whose own rule states none, after merging (mode11): the mode read from
/// its own trigger's context (`context_mode`) before the mode a merged mention lends
/// (`lent_mode`), for the kept sentence tells how its own act was done ("قتل … جراء قصف للطيران
/// الحربي" is `aerial`, not the `explosives` of a blast told in another sentence); a finer form
/// of it that a merged mention states is taken after, by [`finer_merged_mode`]. A CONSULT keeps
/// the lent mode first: its modes are not exclusive (a delegation's visit to prepare a summit is
/// a `visit`, though its talks are about the summit).
fn record_mode(event_type: &str, context: Option<&'static str>, lent: Option<String>) -> Option<String> {
    match (context, lent) {
        (Some(c), None) => Some(c.to_string()),
        (None, l) => l,
        (Some(_), Some(l)) if event_type == "CONSULT" => Some(l),
        (Some(c), Some(_)) => Some(c.to_string()),
    }
}

/// A finer form of the record's mode (`FINER_MODES`) that a merged mention of the happening
/// states (mode6): one attack told as "التفجير" and later as "انتحاري" is a `suicide-attack`, and
/// a strike told as "غارة" and as "طائرة مسيرة" a `drone`, whichever mention is kept or lent its
/// mode first. (Merely other modes are not finer: shelling and air strikes merged into one clash
/// are two acts, an exchange of fire and a suicide bombing told together are two.)
fn finer_merged_mode<'a>(mode: Option<&str>, merged: &'a [String]) -> Option<&'a str> {
    let mode = mode?;
    merged.iter().map(String::as_str).find(|&m| {
        FINER_MODES.iter().any(|p| p.split_once('>').is_some_and(|(c, f)| c.trim() == mode && f.trim() == m))
    })
}

/// The place of a record at a town after merging (places68): the first named quarter, area or
/// spot of that town ([`geocode::part_of_town`]) among the places its merged mentions of the same
/// status held, the most precise place they all agree with; `None` leaves the record's place.
fn finest_merged_place<'a>(place: Option<&Place>, merged: &'a [Place]) -> Option<&'a Place> {
    let town = place?;
    merged.iter().find(|p| geocode::part_of_town(p, town))
}

/// A MOBILIZE whose trigger's fixed mode names the other force than its actor: police forces
/// on alert are `police` ("استنفار مديرية الأمن"), an army's sweep is `troops` ("قامت قوات
/// الجيش بعملية تمشيط"), by the actor's sector (COP or MIL); and a non-state armed group's
/// reinforcements or sweep (sector REB or PRM) are `militia` ("أرسل الحوثيون تعزيزات").
fn mobilize_mode_by_sector(r: &mut EventRecord) {
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
fn armed_expulsion_is_seizure(r: &mut EventRecord) {
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

/// A town past the fourteen words after trigger `t` that the place window reads, up to
/// `FAR_TOWN_REACH` words, before the next trigger (`after_limit`), headed by a settlement noun
/// that a preposition of place announces (`FAR_TOWN_NOUNS` after `FAR_TOWN_PREPS`: «قرب مدينة
/// مريوان», «في بلدة سرمدا», «بالقرب من قرية …»; or the noun with a glued «ب»: «بمدينة كويتا»),
/// the first such that the gazetteer knows as a settlement (places97).
fn far_clause_town<'a>(
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
fn before_clause_town<'a>(
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
fn words_outside_dates(a: &Analysis, dts: &[DateMatch], w0: usize, w1: usize) -> usize {
    (w0..w1)
        .filter(|&i| {
            let r = a.key.orig_byte_range(a.words[i].0..a.words[i].1);
            !dts.iter().any(|d| d.start <= r.start && r.end <= d.end)
        })
        .count()
}

#[cfg(test)]
mod tests;
