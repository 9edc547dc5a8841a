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
use sentence::{
    is_numeral, person_or_office_id, Analysis, CueMention, EntityMention, FirstWords, PlaceMention, TriggerMention,
};
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

// The rule engine by concern (tidy64): each module's `//!` says what it holds; lib.rs keeps
// the `Coder`, `code_article` and the helpers every module shares.
mod candidate;
mod event_dates;
mod merge;
mod mode;
mod parties;
mod places;
mod status;
mod toll;

use event_dates::*;
use merge::*;
use mode::*;
use parties::*;
use places::*;
use status::*;
use toll::*;

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
    unless_right_after: FirstWords,
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
    /// (fatal15) The mention's own sentence tells its hurt by a vague count, with no number
    /// (`Toll::vague_hurt`): `fill_gaps` lends it only the hurt of a mention with its own dead.
    vague_hurt: bool,
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
    /// division). `fill_gaps` lends its toll to no record placed apart from all of them. Shared by
    /// the mentions of one sentence (`SentenceMemo`); `None` for every other mention.
    toll_places: Option<std::rc::Rc<toll::TollPlaces>>,
    /// (fatal19) For every ASSAULT mention: the places its own sentence names below a country
    /// (`toll_places_of`, shared with `toll_places`). `fill_gaps` takes no toll from a mention of
    /// another sentence placed apart from all of them (`lender_placed_apart`); `None` for others.
    own_places: Option<std::rc::Rc<toll::TollPlaces>>,
    /// (fatal3) For the dead and the hurt: a toll the record holds that `casualties` read from a
    /// phrase of an earlier clause with its own act (`lent_before`), and the toll read without it.
    /// The merge sees the first; the record, after it, takes the second (`merge_candidates`).
    toll_fix: [Option<(u32, Option<u32>)>; 2],
    /// (fatal17) For an execution mention of `sanction.convict.death` told by one word: the dead
    /// `casualties` reads for it ("أعدم التنظيم 11 شابا" → 11). A SANCTION keeps no toll; the
    /// record takes this one only when `armed_execution_is_assault` makes it an ASSAULT.
    execution_dead: Option<u32>,
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
    /// (dates61) A calendar day (date, text) a merged mention gave the happening within the
    /// record's own year or month (`finer_text_date`): set as the record's date only after
    /// merging, so the coarser date still decides which later mentions agree with it.
    finer_day: Option<(String, Option<String>)>,
    /// (dates58) Told in the relative clause it opens with a span of months or years ago there
    /// ("الشاب الذي قتل في اضطرابات … قبل 3 سنوات"): the record is made historical and undated after
    /// merging (dates59), so the mentions that fold into it as an occurred act still do, and take
    /// that reading (made before, the record stood apart and a mention folded into it before stood
    /// as a false record of its own). A mention folded in lends it to the record.
    long_ago_clause: bool,
    /// (status77) Made historical by a month or year told past as its own date in an article with
    /// no publication date (`undated_month_told_past`; since status79 also a day of a named month
    /// told past, "17 يونيو الماضي"): it stays apart from a mention of another status
    /// (`undated_month_apart`), as a dated article's differing dates keep it.
    undated_month: bool,
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

/// The word without a glued و or ف.
fn unconj(w: &str) -> &str {
    w.strip_prefix(['و', 'ف']).unwrap_or(w)
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
                unless_right_after: FirstWords::of(&r.unless_right_after),
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
        // (speed82) Hashed by FxHash, not SipHash: only asked and counted, then sorted by a total
        // order (count, then code), so the hasher changes no answer.
        let mut country_votes: HashMap<String, u32, ahdath_text::FxBuildHasher> = HashMap::default();
        // The states of the parties the article names (no place, no father), for `sole_party_state`.
        let mut party_states: Vec<String> = Vec::new();
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
                // (speed82) Pushed into its row before it is read (callgrind counted the same
                // copies of the row as before: the move is not saved, only the order changed).
                analyses.push((field, span, Analysis::new(s, &self.lex), s));
                let a = &analyses[analyses.len() - 1].2;
                // (fix66a) Each entity's country is read once, for its vote and, the fathers' not,
                // for `party_states`.
                let fathers = a.patronyms.iter().map(|&x| (self.lex.actors[x as usize].country.clone(), 0, false));
                for (country, appositions, entity) in
                    a.entities.iter().map(|e| (self.entity_country(e), e.appositions, true)).chain(fathers)
                {
                    let Some(c) = country.filter(|c| is_state_code(c)) else { continue };
                    if entity && !party_states.contains(&c) {
                        party_states.push(c.clone());
                    }
                    *country_votes.entry(c).or_default() += 1 + appositions;
                }
                for p in &a.places {
                    // A village's name says little about the country (the same names recur).
                    if self.best_place(p, None).is_some_and(|pl| pl.feature == "village") {
                        continue;
                    }
                    // Nor does a gathering's venue ("بعد محادثات جنيف"): it says where others met.
                    if sentence::is_construct_venue(a, p) {
                        continue;
                    }
                    // Nor a name that large places of two countries share ("طرابلس" in Libya and
                    // Lebanon): its default row would outvote the article's own parties.
                    if geocode::shared_by_countries(&self.lex, p) {
                        continue;
                    }
                    // Nor a division named by a descriptive word ("بالشرقية": Egypt's Sharqia or
                    // Saudi Arabia's Eastern Province), which several states have (places80).
                    if geocode::descriptive_division(a, p) {
                        continue;
                    }
                    // Nor a place flown over ("فوق سوريا"): foreign aircraft fly there (places83).
                    if sentence::after_airspace_head(a, p) {
                        continue;
                    }
                    let weight = if sentence::names_capital(a, p) { 1 } else { 2 };
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
        // A column by its shape (prec125: a rhetorical title or the writer's contact footer) with
        // at most two anchor words: its statement records are dropped too, save those the text
        // dates itself (a column may retell a dated act). (The anchor count, read from the class
        // bits, goes first: most reports fail it, and the shape's footer search reads the whole
        // text of an article written as one line.)
        let shaped = self.precision_filters
            && !unattributed
            && shaped_essay(&analyses)
            && column_shape(article.title.as_deref(), article.text.as_str());
        // An interview by its shape (prec127: three or more bulleted questions, each answered):
        // the records of its questions and answers go, save those the text dates.
        let interview = if self.precision_filters { interview_body(article.text.as_str()) } else { None };
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
            sole_party_state: if party_states.len() == 1 { party_states.pop() } else { None },
            previous_dated_back: std::cell::Cell::new(false),
            narrative_after_dated_back: std::cell::Cell::new(false),
            told_on_after_dated_back: std::cell::Cell::new(false),
            sentence_before: std::cell::Cell::new(None),
            previous_air_doer_read: std::cell::Cell::new(None),
            rows: &analyses,
            tells_execution: std::cell::OnceCell::new(),
            tells_sport: std::cell::OnceCell::new(),
            toll_places: SentenceMemo::new(),
            undated_told_past: SentenceMemo::new(),
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
            // The last organisation the sentence names, which "the organisation" of the next
            // sentences refers back to: read from the end, so that the entities before it are not
            // built (`entity` reads nothing it changes; speed73).
            let org_here: Option<Entity> = a
                .entities
                .iter()
                .rev()
                .filter(|e| e.actors.iter().any(|&x| self.lex.actors[x as usize].kind == ActorKind::Org))
                .map(|e| self.entity(e, s, &ctx, None, None))
                // "the organisation" refers back to an armed group, party or movement, never to a
                // coalition, an army or an international body named after it (actors62).
                .find(|o| o.sector.as_deref().is_some_and(|x| ORG_ANAPHOR_SECTORS.contains(&x)));
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
                if let Some(o) = org_here {
                    *ctx.last_org.borrow_mut() = Some(o);
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
                    // (A topic equal to the one kept is not copied again: speed73.)
                    if target_here(&cands[sentence_first..], act) || media_actor(act) {
                        topic = None;
                    } else if topic.as_ref() != Some(act) {
                        topic = Some(act.clone());
                    }
                }
            } else if let Some(e) = a.entities.iter().find(|e| !e.weak && !is_source(a, e)) {
                topic = Some(self.entity(e, s, &ctx, None, None)).filter(|x| !media_actor(x));
            }
            if let Some(o) = org_here {
                *ctx.last_org.borrow_mut() = Some(o);
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
        // (status75) With no publication date, an act dated to a year well before the latest act
        // the article tells done is background (`before_latest_done`).
        if published.is_none() {
            before_latest_done(&mut recs);
        }
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
        // (speed82) The whole rest of a physical act's sentence (`geocode::TriggerTail`), read
        // here and again below for nearly the same records, is folded once a record.
        let mut tails: Vec<Option<geocode::TriggerTail>> = Vec::new();
        tails.resize_with(recs.len(), || None);
        for (r, tail) in recs.iter_mut().zip(tails.iter_mut()).filter(|(r, _)| r.location.is_some()) {
            let Some(region) = geocode::region_place(r, tail) else { continue };
            let held =
                r.location.as_ref().and_then(|l| l.country.clone()).filter(|c| region.states.contains(&c.as_str()));
            r.location = held.map(|c| self.country_place(&c));
        }
        // "وأعلنت القوات المسلحة التركية تعرض جنودها لهجومين في شرق البلاد": a physical act told
        // in a part of the country the article is about (`geocode::country_part`) whose place
        // its sentence does not name (the story's town, the dateline, a merged mention's place;
        // `geocode::lent_place`) is in that country
        // alone, unless the lent town lies on the named side of the country's centre (a town of
        // the east for an act "in the east" is kept) (places111). Read after the merge and
        // `fill_locations`: placing it before moved merges and the story's town (places53).
        //
        // "قتل عشرات في سلسلة تفجيرات طالت مناطق مختلفة في العراق": a physical act told
        // across a named country (`geocode::spread_land`) whose place its sentence does not name
        // is in that country alone (places113). `nationwide` reads this before the merge, which
        // may then give the record a merged mention's town. (The rest of the sentence is read
        // once a record for both, `geocode::TriggerTail`; a place the first makes the country's
        // is still one its sentence does not name.)
        let main = ctx.main_country.as_deref().map(|m| (m, self.country_place(m)));
        for (r, tail) in recs
            .iter_mut()
            .zip(tails.iter_mut())
            .filter(|(r, _)| r.location.is_some() && geocode::is_physical(&r.event_type))
        {
            if !geocode::lent_place(r) {
                continue;
            }
            let tail: &geocode::TriggerTail = tail.get_or_insert_with(|| geocode::TriggerTail::of(r));
            if let Some((main, country)) = &main {
                if let Some(part) = geocode::country_part(tail) {
                    let held = r.location.as_ref().is_some_and(|l| {
                        l.country.as_deref() == Some(*main)
                            && (l.precision.as_deref() == Some("country") || part.holds(country, l))
                    });
                    if !held {
                        r.location = Some(country.clone());
                    }
                }
            }
            let Some(land) = geocode::spread_land(tail).filter(|w| !geocode::is_country_word(w)) else { continue };
            let Some(iso3) = self.country_named(&land) else { continue };
            let held = r.location.as_ref().is_some_and(|l| {
                l.country.as_deref() == Some(iso3.as_str()) && l.precision.as_deref() == Some("country")
            });
            if !held {
                r.location = Some(self.country_place(&iso3));
            }
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
        } else if shaped {
            recs.retain(|r| {
                !ESSAY_STATEMENT_TYPES.contains(&r.event_type.as_str()) || r.date_basis == Some(DateBasis::Text)
            });
        }
        if let Some(body) = interview {
            // (A record also told in the title or the lead, above the questions, is the paper's news.)
            let above = |field: Field, start: usize| field == Field::Title || start < body;
            recs.retain(|r| {
                above(r.evidence.field, r.evidence.start)
                    || r.evidence.other_mentions.iter().any(|m| above(m.field, m.start))
                    || r.date_basis == Some(DateBasis::Text)
            });
        }
        // (Most articles have no dropped headline act: the lead's starts are read only for one.)
        if !dropped_titles.is_empty() {
            let leads: Vec<usize> =
                analyses.iter().filter(|r| r.0 == Field::Text).take(LEAD_SENTENCES).map(|r| r.1.start_cp).collect();
            title_mentions_lead(&mut recs, &dropped_titles, &leads);
        }
        // Only the records kept are hashed (`pending_record_id`).
        for r in recs.iter_mut() {
            finish_record_id(&article.id, &mut r.id);
        }
        if let Some(f) = words {
            hand_out_words(&pieces, &analyses, &recs, f);
        }
        recs
    }
}

/// Whether a country code is a state's (three capitals, none of PLOVER's non-state codes).
fn is_state_code(c: &str) -> bool {
    c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()) && !geocode::is_non_state_code(c)
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
    /// The one state of all the parties the article names with a state of their own (a
    /// dictionary country or a nationality; places and unnamed bodies do not count), or none when
    /// they name two states or none: an unnamed body there is that state's (prec121,
    /// `home_cooperation`).
    sole_party_state: Option<String>,
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
    /// The toll places (`toll_places_of`) of the last sentence whose ASSAULT mention with a toll
    /// asked: one read for all the mentions of a sentence (speed73).
    toll_places: SentenceMemo<toll::TollPlaces>,
    /// What `undated_pluperfect_told_past` answered for the last sentence that asked: it reads
    /// the sentence's dates again, and its answer is the same for every mention there (status76).
    undated_told_past: SentenceMemo<bool>,
}

/// A value read from one sentence's analysis, kept for the next mention of the same sentence:
/// the mentions of a sentence are built one after the other (`Coder::candidate`), so the last
/// sentence asked is the only one kept. (fix65a) Not always: for a trigger right before a surname
/// alias (`surname_aliases`), the alias row's analysis and the plain row's are asked in turn, so
/// there each is read again, once a trigger; the value stays right, only the reuse is lost. The
/// analysis is known by its address, which no other analysis of the article shares while the
/// article is coded (all of them, the alias rows' too, live until its end).
struct SentenceMemo<T> {
    last: std::cell::RefCell<Option<(*const Analysis, std::rc::Rc<T>)>>,
}

impl<T> SentenceMemo<T> {
    fn new() -> Self {
        SentenceMemo { last: std::cell::RefCell::new(None) }
    }

    /// The value for `a`: the one kept when `a` was the last sentence asked, else `read(a)`.
    fn get_or(&self, a: &Analysis, read: impl FnOnce(&Analysis) -> T) -> std::rc::Rc<T> {
        let mut last = self.last.borrow_mut();
        if let Some((at, v)) = last.as_ref() {
            if std::ptr::eq(*at, a) {
                return v.clone();
            }
        }
        let v = std::rc::Rc::new(read(a));
        *last = Some((a as *const Analysis, v.clone()));
        v
    }
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

#[cfg(test)]
mod tests;
