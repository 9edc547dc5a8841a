//! Quantities in Arabic news text: digits of any script and number words, with the noun they
//! count.
//!
//! [`find_numbers`] reads:
//! - digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹) with thousands separators ("1,200",
//!   "1٬200"), optionally times a multiplier word ("20 ألف", "1.5 مليون"); a decimal without a
//!   multiplier ("3.5") is not a count and is skipped;
//! - cardinal words, masculine and feminine, in every case form (واحد … تسعة/تسع, عشرة/عشر,
//!   أحد عشر … تسعة عشر, عشرون/عشرين … تسعون/تسعين), compounds ("خمسة وعشرين", "مئة وخمسون",
//!   "ثلاثة آلاف وخمسمائة", "مليون ومئتا ألف"), hundreds (مئة/مائة/مئتان/ثلاثمائة), thousands and
//!   millions (ألف/ألفا/ألفين/آلاف, مليون/ملايين, مليار);
//! - ordinals (الأول/الأولى … العاشر, الحادي عشر … التاسع عشر, الخامس والعشرين) with
//!   `ordinal = true`; an ordinal never has a `noun` (it follows what it ranks);
//! - vague quantities with `value = None`: عشرات, مئات, آلاف, ملايين (alone), عدة, بضع/بضعة,
//!   العديد, "عدد من", English "several"; "عشرات الآلاف" is one vague match;
//! - أحد/إحدى as 1 only in teens or before a definite noun ("أحد الجنود"): "لم يصب أحد" (nobody
//!   was hurt) is not a count;
//! - a few dual nouns with a broken plural, so that the dual ending is unambiguous
//!   ("جنديين", "شخصين", "طفلين"): `value = Some(2)`, and `noun` is the word itself.
//!
//! Words may carry the proclitics و ف ب ل ك and the article ال. The span of a match excludes
//! the conjunction and preposition ("وثلاثة" → "ثلاثة") but keeps the article. Qualifiers such as
//! "نحو", "حوالي", "أكثر من" are not part of the match and do not change its value.
//!
//! Not counts, and so skipped: numbers inside numeric dates and times ("26/2/2013", "10:30",
//! "2013-02-26"), the day of a date ("26 فبراير", "26 من فبراير", "20 الشهر الجاري"), years
//! after عام/سنة or a month or season name, four-digit years 1900–2100 after
//! في/منذ/خلال/حتى/بحلول or an edge word (مطلع, نهاية …); digits glued to letters ("F16",
//! "كوفيد19"); the ordinal of a month name ("كانون الأول", "ربيع الثاني"); الأحد and الاثنين (the
//! weekdays); المئة (per cent). A function word after a number ("20 في المائة") is no `noun`.
//!
//! Readings chosen where Arabic is ambiguous: "ألفا" is the accusative 1000 (not the construct
//! dual); the article on tens ("العشرين") reads as a cardinal, since "الذكرى العشرين" (an
//! ordinal use) carries no casualty count.

use crate::dates::{DateWord, Period};
use crate::lex::{aligned, digits_value, tokenize, Art, Clitics, Tok, TokKind, WordTable};
use crate::norm::{normalize, Normalized};
use std::sync::OnceLock;

/// A quantity found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch {
    /// Byte offset of the start of the match in the input.
    pub start: usize,
    /// Byte offset of the end of the match in the input (exclusive).
    pub end: usize,
    /// The value; `None` for a vague quantity ("عشرات").
    pub value: Option<u64>,
    /// True for ordinals ("الثالث").
    pub ordinal: bool,
    /// Byte range in the input of the counted noun right after the number (skipping "من", as in
    /// "10 من مسلحي"), if the next token is a word.
    pub noun: Option<(usize, usize)>,
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Atom {
    /// 1..=9 (including the construct forms اثنا/اثنتا used in teens).
    Unit(u8),
    /// أحد/إحدى: 1 in teens ("أحد عشر") and as "one of" before a definite noun ("أحد الجنود");
    /// not a count otherwise ("لم يصب أحد", nobody was hurt). Reads as `Unit(1)` elsewhere.
    One,
    /// عشرة/عشر: 10 alone, or the second half of a teen.
    Ten,
    /// 20, 30, … 90.
    Tens(u8),
    /// 100..=900.
    Hundreds(u16),
    /// ألف, مليون, مليار: the value itself alone, a multiplier after a number.
    Mult(u64),
    /// ألفان/ألفين, مليونان: twice the multiplier.
    MultDual(u64),
    /// آلاف, ملايين: a multiplier after a number ("ثلاثة آلاف"), a vague quantity alone.
    MultPlural(u64),
    /// عشرات, مئات, عدة, بضع, العديد: a vague quantity.
    Vague,
    /// عدد: vague only when "من" follows ("عدد من").
    VagueNeedsMin,
    /// Ordinals 1..=10.
    Ord(u8),
    /// الحادي/الحادية: ordinal 1 only inside 11 ("الحادي عشر") or 21, 31, … ("الحادي والعشرين").
    OrdTeenOnly(u8),
    /// A dual noun ("جنديين"): two of them.
    Dual,
}

/// The number word table: every number word with its proclitic forms (read through `lex::Readers`).
pub(crate) fn table() -> &'static WordTable<Atom> {
    static T: OnceLock<WordTable<Atom>> = OnceLock::new();
    T.get_or_init(|| {
        use Art::*;
        use Atom::*;
        let mut t = WordTable::new();
        // Ordinals first: their forms never collide with cardinals, but keep them explicit.
        let ords: [(&[&str], u8); 10] = [
            (&["أول", "أولى"], 1),
            (&["ثاني"], 2),
            (&["ثالث", "ثالثة"], 3),
            (&["رابع", "رابعة"], 4),
            (&["خامس", "خامسة"], 5),
            (&["سادس", "سادسة"], 6),
            (&["سابع", "سابعة"], 7),
            (&["ثامن", "ثامنة"], 8),
            (&["تاسع", "تاسعة"], 9),
            (&["عاشر", "عاشرة"], 10),
        ];
        for (forms, v) in ords {
            for f in forms {
                t.add(f, Ord(v), Add);
            }
        }
        // The feminine "ثانية" is also "a second": only with the article.
        t.add("الثانية", Ord(2), Has);
        for f in ["حادي", "حادية"] {
            t.add(f, OrdTeenOnly(1), Add);
        }
        // Cardinals. أحد/إحدى and اثنين never take the article here: الأحد and الاثنين are
        // weekdays.
        for f in ["واحد", "واحدة"] {
            t.add(f, Unit(1), Add);
        }
        for f in ["أحد", "إحدى"] {
            t.add(f, One, No);
        }
        for f in ["اثنان", "اثنتان", "اثنتين"] {
            t.add(f, Unit(2), Add);
        }
        for f in ["اثنين", "اثنا", "اثني", "اثنتا", "اثنتي"] {
            t.add(f, Unit(2), No);
        }
        let units: [(&[&str], u8); 7] = [
            (&["ثلاثة", "ثلاث"], 3),
            (&["أربعة", "أربع"], 4),
            (&["خمسة", "خمس"], 5),
            (&["ستة", "ست"], 6),
            (&["سبعة", "سبع"], 7),
            (&["ثمانية", "ثماني", "ثمان"], 8),
            (&["تسعة", "تسع"], 9),
        ];
        for (forms, v) in units {
            for f in forms {
                t.add(f, Unit(v), Add);
            }
        }
        for f in ["عشرة", "عشر"] {
            t.add(f, Ten, Add);
        }
        let tens: [(&str, &str, u8); 8] = [
            ("عشرون", "عشرين", 20),
            ("ثلاثون", "ثلاثين", 30),
            ("أربعون", "أربعين", 40),
            ("خمسون", "خمسين", 50),
            ("ستون", "ستين", 60),
            ("سبعون", "سبعين", 70),
            ("ثمانون", "ثمانين", 80),
            ("تسعون", "تسعين", 90),
        ];
        for (a, b, v) in tens {
            t.add(a, Tens(v), Add);
            t.add(b, Tens(v), Add);
        }
        // No article: "المئة" is "per cent" (في المئة, بالمئة).
        for f in ["مئة", "مائة", "مئه", "مائه"] {
            t.add(f, Hundreds(100), No);
        }
        for f in ["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"]
        {
            t.add(f, Hundreds(200), Add);
        }
        let stems: [(&str, u16); 8] =
            [("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)];
        for (s, v) in stems {
            for h in ["مئة", "مائة"] {
                t.add(&format!("{s}{h}"), Hundreds(v * 100), Add);
            }
        }
        for f in ["ألف", "ألفا"] {
            t.add(f, Mult(1_000), No);
        }
        t.add("الألف", Mult(1_000), Has);
        for f in ["ألفان", "ألفين", "ألفي"] {
            t.add(f, MultDual(1_000), No);
        }
        t.add("آلاف", MultPlural(1_000), No);
        t.add("الآلاف", MultPlural(1_000), Has);
        for f in ["مليون", "مليونا"] {
            t.add(f, Mult(1_000_000), Add);
        }
        for f in ["مليونان", "مليونين", "مليوني"] {
            t.add(f, MultDual(1_000_000), Add);
        }
        t.add("ملايين", MultPlural(1_000_000), Add);
        for f in ["مليار", "مليارا", "بليون"] {
            t.add(f, Mult(1_000_000_000), Add);
        }
        for f in ["ملياران", "مليارين"] {
            t.add(f, MultDual(1_000_000_000), Add);
        }
        for f in ["مليارات", "بلايين"] {
            t.add(f, MultPlural(1_000_000_000), Add);
        }
        for f in ["عشرات", "مئات", "مئآت"] {
            t.add(f, Vague, Add);
        }
        for f in ["بضعة", "بضع", "عدة", "عديد", "several"] {
            t.add(f, Vague, No);
        }
        t.add("العديد", Vague, Has);
        t.add("عدد", VagueNeedsMin, No);
        // Duals of nouns whose plural is broken, so -ين/-ان cannot be a sound plural.
        let duals = [
            "جنديين",
            "جنديان",
            "شخصين",
            "شخصان",
            "طفلين",
            "طفلان",
            "طفلتين",
            "طفلتان",
            "رجلين",
            "رجلان",
            "امرأتين",
            "امرأتان",
            "ضابطين",
            "ضابطان",
            "عنصرين",
            "عنصران",
            "شرطيين",
            "شرطيان",
            "قتيلين",
            "قتيلان",
            "جريحين",
            "جريحان",
            "شقيقين",
            "شقيقان",
            "شابين",
            "شابان",
            "حارسين",
            "حارسان",
            "صاروخين",
            "صاروخان",
            "ولدين",
            "ولدان",
        ];
        for f in duals {
            t.add(f, Dual, Add);
        }
        t
    })
}

/// The number word at token `i` (looked up when the key was tokenized).
#[inline]
pub(crate) fn atom_at(toks: &[Tok], i: usize) -> Option<(Atom, Clitics)> {
    toks.get(i)?.atom
}

/// A number read from tokens, before mapping to the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// Token index one past the last token of the number.
    pub end: usize,
    /// Key byte range of the number.
    pub ks: usize,
    pub ke: usize,
    pub value: Option<u64>,
    pub ordinal: bool,
    /// The number is a dual noun, which is its own noun.
    pub dual: bool,
}

/// Reads numbers from a tokenized key.
pub(crate) struct Reader<'a> {
    pub key: &'a str,
    pub toks: &'a [Tok],
    /// Skip numbers that are part of a date (on for `find_numbers`, off when the date reader
    /// asks for the day of a date).
    pub skip_dates: bool,
}

/// Separators that may join digit groups without spaces.
fn is_sep(s: &str) -> bool {
    matches!(s, "," | "٬" | "." | "٫" | "/" | ":" | "-")
}

/// Prepositions, conjunctions and particles: never a counted noun ("20 في المائة").
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "في" | "علي"
            | "الي"
            | "عن"
            | "مع"
            | "منذ"
            | "خلال"
            | "حتي"
            | "بين"
            | "او"
            | "ثم"
            | "قد"
            | "لا"
            | "لم"
            | "لن"
            | "ما"
            | "ان"
            | "الذي"
            | "التي"
            | "الذين"
            | "هذا"
            | "هذه"
            | "بالمئه"
            | "بالمايه"
            | "and"
            | "of"
            | "in"
    )
}

/// True for a word that is nothing but proclitics (و, ب, وب, ال, بال, …): digits glued to it
/// are a number with clitics ("و20", "الـ26").
fn only_clitics(w: &str) -> bool {
    let w = w.strip_suffix("ال").unwrap_or(w);
    w.chars().count() <= 2 && w.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
}

impl<'a> Reader<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.toks[i].text(self.key)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The date table's reading of token `i` (looked up when the key was tokenized).
    fn date_at(&self, i: usize) -> Option<(DateWord, Clitics)> {
        self.toks[i].date
    }

    fn touch(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// The atom at `i`, with أحد/إحدى read as 1.
    fn atom(&self, i: usize) -> Option<(Atom, Clitics)> {
        atom_at(self.toks, i).map(|(a, c)| (if a == Atom::One { Atom::Unit(1) } else { a }, c))
    }

    /// The atom at `i` if it has no proclitic and no article: the continuation of a number.
    fn bare(&self, i: usize) -> Option<Atom> {
        self.atom(i).filter(|(_, c)| c.bare() && !c.al).map(|(a, _)| a)
    }

    /// The atom at `i` if it carries exactly the conjunction و (and no article).
    fn wa(&self, i: usize) -> Option<Atom> {
        self.atom(i).filter(|(_, c)| c.wa_only() && !c.al).map(|(a, _)| a)
    }

    /// The groups of a chain of digit runs joined by single separators with no spaces, from
    /// token `i`: returns the token index after the chain and the separators seen.
    fn chain(&self, i: usize) -> (usize, [Option<&'a str>; 2], usize) {
        let mut j = i + 1;
        let mut seps = [None, None];
        let mut n = 0usize;
        while self.kind(j) == Some(TokKind::Punct)
            && is_sep(self.text(j))
            && self.kind(j + 1) == Some(TokKind::Digits)
            && self.touch(j - 1, j)
            && self.touch(j, j + 1)
        {
            if n < 2 {
                seps[n] = Some(self.text(j));
            }
            n += 1;
            j += 2;
        }
        (j, seps, n)
    }

    /// Read a number starting at token `i`. Context before `i` only ever blocks a reading, so
    /// the text of a match re-reads to the same value on its own.
    pub fn parse_at(&self, i: usize) -> Option<Parsed> {
        match self.toks.get(i)?.kind {
            TokKind::Digits => self.digits_at(i),
            TokKind::Word => self.words_at(i),
            TokKind::Punct => None,
        }
    }

    fn digits_at(&self, i: usize) -> Option<Parsed> {
        // Mid-chain (the chain was rejected from its start) or glued to a word: not a count.
        if i > 0 && self.touch(i - 1, i) {
            let p = self.text(i - 1);
            match self.toks[i - 1].kind {
                TokKind::Word if !only_clitics(p) => return None,
                TokKind::Punct
                    if is_sep(p) && i > 1 && self.touch(i - 2, i - 1) && self.toks[i - 2].kind != TokKind::Punct =>
                {
                    return None;
                }
                _ => {}
            }
        }
        let (chain_end, seps, nsep) = self.chain(i);
        let g0 = self.text(i);
        let mut end = i + 1;
        let mut value: u64;
        let mut decimal: Option<(u64, u32)> = None;
        if nsep == 0 {
            value = digits_value(g0)?;
        } else {
            let all_thousands =
                (0..nsep).all(|k| matches!(self.text(i + 1 + 2 * k), "," | "٬") && self.text(i + 2 + 2 * k).len() == 3);
            if seps.iter().flatten().any(|s| matches!(*s, "/" | ":")) {
                return None; // a date, a time or a fraction
            } else if all_thousands && g0.len() <= 3 {
                value = digits_value(g0)?;
                for k in 0..nsep {
                    value = value.checked_mul(1000)?.checked_add(digits_value(self.text(i + 2 + 2 * k))?)?;
                }
                end = chain_end;
            } else if nsep >= 2 && seps.iter().flatten().any(|s| matches!(*s, "." | "-" | "٫")) {
                return None; // 26.2.2013, 2013-02-26, 1.2.3
            } else if nsep == 1 && matches!(seps[0], Some("." | "٫")) {
                let f = self.text(i + 2);
                if f.len() > 9 {
                    return None;
                }
                value = digits_value(g0)?;
                decimal = Some((digits_value(f)?, f.len() as u32));
                end = chain_end;
            } else {
                // A range ("20-30") or a list: the first group alone.
                value = digits_value(g0)?;
            }
        }
        // A multiplier word: "20 ألف", "1.5 مليون", "3 آلاف".
        let mut mult = None;
        if let Some(Atom::Mult(m) | Atom::MultPlural(m)) = self.bare(end) {
            mult = Some(m);
        }
        match (decimal, mult) {
            (Some((f, flen)), Some(m)) => {
                let whole = u128::from(value) * u128::from(m);
                let frac = u128::from(f) * u128::from(m) / 10u128.pow(flen);
                value = u64::try_from(whole + frac).ok()?;
                end += 1;
            }
            (Some(_), None) => return None,
            (None, Some(m)) => {
                value = value.checked_mul(m)?;
                end += 1;
            }
            (None, None) => {
                if self.date_part(i, end, g0.len() == 4 && (1900..=2100).contains(&value)) {
                    return None;
                }
            }
        }
        let ks = self.toks[i].start as usize;
        let ke = self.toks[end - 1].end as usize;
        Some(Parsed { end, ks, ke, value: Some(value), ordinal: false, dual: false })
    }

    /// True when the number at tokens `i..end` is part of a date: a year after عام/سنة, a
    /// month or a season, a plausible year after a preposition or edge word, or a day before a
    /// month name.
    fn date_part(&self, i: usize, end: usize, year_like: bool) -> bool {
        if !self.skip_dates {
            return false;
        }
        if i > 0 && self.kind(i - 1) == Some(TokKind::Word) {
            // Skip a clitic-only word glued to the digits ("بال26").
            let mut p = i - 1;
            if self.touch(p, i) && only_clitics(self.text(p)) && p > 0 {
                p -= 1;
            }
            if self.kind(p) == Some(TokKind::Word) {
                match self.date_at(p) {
                    Some((
                        DateWord::Period(Period::Year)
                        | DateWord::Month(..)
                        | DateWord::Hijri(_)
                        | DateWord::Season(_)
                        | DateWord::MonthHead(_),
                        _,
                    )) => return true,
                    Some((DateWord::Prep | DateWord::Edge, _)) if year_like => return true,
                    _ => {}
                }
                // The second word of a two-word month: "كانون الثاني 2020".
                if p > 0 && matches!(self.date_at(p - 1), Some((DateWord::MonthHead(_), _))) {
                    return true;
                }
            }
        }
        let mut j = end;
        if self.kind(j) == Some(TokKind::Word) && self.text(j) == "من" {
            j += 1;
        }
        self.kind(j) == Some(TokKind::Word)
            && match self.date_at(j) {
                Some((DateWord::Month(..) | DateWord::Hijri(_) | DateWord::MonthHead(_), c)) => c.bare(),
                // "20 الشهر الجاري", "3 من الشهر الماضي"
                Some((DateWord::Period(Period::Month), c)) => c.bare() && c.al,
                _ => false,
            }
    }

    fn words_at(&self, i: usize) -> Option<Parsed> {
        if let Some((Atom::One, _)) = atom_at(self.toks, i) {
            // "أحد" counts before عشر or a definite noun, or at the end of the text (so that a
            // match re-reads alone); "لم يصب أحد." and "أحد بأذى" are not counts.
            let ok = match self.kind(i + 1) {
                None => true,
                Some(TokKind::Word) => self.bare(i + 1) == Some(Atom::Ten) || self.text(i + 1).starts_with("ال"),
                Some(_) => false,
            };
            if !ok {
                return None;
            }
        }
        let (atom, cl) = self.atom(i)?;
        let ks = self.toks[i].start as usize + cl.skip as usize;
        let mk = |end: usize, value: Option<u64>, ordinal: bool, dual: bool| {
            Some(Parsed { end, ks, ke: self.toks[end - 1].end as usize, value, ordinal, dual })
        };
        match atom {
            Atom::Ord(u) | Atom::OrdTeenOnly(u) => {
                // "كانون الأول", "ربيع الثاني", "جمادى الأولى": part of a month name.
                if i > 0 {
                    if let Some((DateWord::MonthHead(_), _)) = self.date_at(i - 1) {
                        return None;
                    }
                }
                let teen_only = matches!(atom, Atom::OrdTeenOnly(_));
                let mut end = i + 1;
                let mut value = u64::from(u);
                if u < 10 && self.bare(i + 1) == Some(Atom::Ten) {
                    end = i + 2;
                    value += 10;
                } else if let (true, Some((Atom::Tens(t), c))) = (u < 10, self.atom(i + 1)) {
                    if c.wa_only() {
                        end = i + 2;
                        value += u64::from(t);
                    }
                }
                if teen_only && end == i + 1 {
                    return None;
                }
                if self.date_part(i, end, false) {
                    return None; // "الأول من يناير": the day of a date
                }
                mk(end, Some(value), true, false)
            }
            Atom::Vague => {
                let end = match self.bare_or_al(i + 1) {
                    Some(Atom::MultPlural(_) | Atom::Vague) => i + 2,
                    _ => i + 1,
                };
                mk(end, None, false, false)
            }
            Atom::VagueNeedsMin => {
                if self.kind(i + 1) == Some(TokKind::Word) && self.text(i + 1) == "من" {
                    mk(i + 2, None, false, false)
                } else {
                    None
                }
            }
            Atom::MultPlural(_) => mk(i + 1, None, false, false),
            Atom::Dual => mk(i + 1, Some(2), false, true),
            Atom::Unit(_)
            | Atom::One
            | Atom::Ten
            | Atom::Tens(_)
            | Atom::Hundreds(_)
            | Atom::Mult(_)
            | Atom::MultDual(_) => {
                let (value, end) = self.cardinal(i)?;
                if self.date_part(i, end, false) {
                    return None; // "خمسة يونيو"
                }
                mk(end, Some(value), false, false)
            }
        }
    }

    /// The atom at `i` with no proclitic, article allowed ("عشرات الآلاف").
    fn bare_or_al(&self, i: usize) -> Option<Atom> {
        self.atom(i).filter(|(_, c)| c.bare()).map(|(a, _)| a)
    }

    /// A group below 100 at `j` (the caller checked the clitics of `j`).
    fn sub99(&self, j: usize, a: Atom) -> Option<(u64, usize)> {
        match a {
            Atom::Unit(u) => {
                if self.bare(j + 1) == Some(Atom::Ten) {
                    Some((10 + u64::from(u), j + 2))
                } else if let Some(Atom::Tens(t)) = self.wa(j + 1) {
                    Some((u64::from(u) + u64::from(t), j + 2))
                } else {
                    Some((u64::from(u), j + 1))
                }
            }
            Atom::Ten => Some((10, j + 1)),
            Atom::Tens(t) => Some((u64::from(t), j + 1)),
            _ => None,
        }
    }

    /// A group below 1000 at `j`.
    fn small(&self, j: usize, a: Atom) -> Option<(u64, usize)> {
        let (mut v, mut k) = match a {
            Atom::Hundreds(h) => (u64::from(h), j + 1),
            Atom::Unit(u) if u >= 3 && self.bare(j + 1) == Some(Atom::Hundreds(100)) => (u64::from(u) * 100, j + 2),
            _ => return self.sub99(j, a),
        };
        if let Some(b @ (Atom::Unit(_) | Atom::Ten | Atom::Tens(_))) = self.wa(k) {
            let (s, k2) = self.sub99(k, b)?;
            v += s;
            k = k2;
        }
        Some((v, k))
    }

    /// A cardinal from `i`: groups joined by و in descending magnitude, each optionally times a
    /// multiplier ("ثلاثة آلاف وخمسمائة وعشرون").
    fn cardinal(&self, i: usize) -> Option<(u64, usize)> {
        let mut total = 0u64;
        let mut j = i;
        let mut last_mag = u64::MAX;
        let mut a = self.atom(i)?.0;
        loop {
            let mag;
            match a {
                Atom::Mult(m) if m < last_mag => {
                    total = total.checked_add(m)?;
                    j += 1;
                    mag = m;
                }
                Atom::MultDual(m) if m < last_mag => {
                    total = total.checked_add(2 * m)?;
                    j += 1;
                    mag = m;
                }
                Atom::Unit(_) | Atom::Ten | Atom::Tens(_) | Atom::Hundreds(_) => {
                    let (g, k) = self.small(j, a)?;
                    j = k;
                    match self.bare(j) {
                        Some(Atom::Mult(m) | Atom::MultPlural(m)) if m < last_mag => {
                            total = total.checked_add(g.checked_mul(m)?)?;
                            j += 1;
                            mag = m;
                        }
                        _ => {
                            total = total.checked_add(g)?;
                            mag = 1;
                        }
                    }
                }
                _ => break,
            }
            if mag == 1 {
                break;
            }
            last_mag = mag;
            match self.wa(j) {
                Some(
                    b @ (Atom::Unit(_)
                    | Atom::Ten
                    | Atom::Tens(_)
                    | Atom::Hundreds(_)
                    | Atom::Mult(_)
                    | Atom::MultDual(_)),
                ) => a = b,
                _ => break,
            }
        }
        if j == i {
            return None;
        }
        Some((total, j))
    }

    /// The noun counted by a number ending before token `end`: the next word, skipping "من".
    fn noun_after(&self, end: usize) -> Option<usize> {
        let mut j = end;
        if self.kind(j) == Some(TokKind::Word) && self.text(j) == "من" {
            j += 1;
        }
        if self.kind(j) != Some(TokKind::Word) || is_function_word(self.text(j)) {
            return None;
        }
        match self.atom(j) {
            Some((Atom::Dual, _)) | None => Some(j),
            Some(_) => None,
        }
    }
}

/// Find the numbers of `text`. Matches are in text order and do not overlap.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    find_numbers_in(&normalize(text))
}

/// [`find_numbers`] on an already normalised text (offsets are still into the original).
pub fn find_numbers_in(n: &Normalized) -> Vec<NumberMatch> {
    numbers_in_tokens(n, &tokenize(&n.key))
}

/// [`find_numbers_in`] on the key's tokens, so that the date reader can share them.
pub(crate) fn numbers_in_tokens(n: &Normalized, toks: &[Tok]) -> Vec<NumberMatch> {
    let r = Reader { key: &n.key, toks, skip_dates: true };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(p) = r.parse_at(i) else {
            i += 1;
            continue;
        };
        if aligned(n, p.ks, p.ke) {
            let span = n.orig_byte_range(p.ks..p.ke);
            let noun = if p.dual {
                Some((span.start, span.end))
            } else if p.ordinal {
                None
            } else {
                r.noun_after(p.end).and_then(|j| {
                    let (a, b) = (toks[j].start as usize, toks[j].end as usize);
                    aligned(n, a, b).then(|| {
                        let o = n.orig_byte_range(a..b);
                        (o.start, o.end)
                    })
                })
            };
            out.push(NumberMatch { start: span.start, end: span.end, value: p.value, ordinal: p.ordinal, noun });
        }
        i = p.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number table's key filter never turns away a key of the table.
    #[test]
    fn number_table_filter_passes_every_key() {
        assert!(table().finds_every_key());
    }

    /// (matched text, value, ordinal, noun text)
    type Row<'a> = (&'a str, Option<u64>, bool, Option<&'a str>);

    fn run(text: &str) -> Vec<Row<'_>> {
        find_numbers(text)
            .into_iter()
            .map(|m| (&text[m.start..m.end], m.value, m.ordinal, m.noun.map(|(a, b)| &text[a..b])))
            .collect()
    }

    #[test]
    fn digits() {
        let cases: &[(&str, &[Row])] = &[
            ("قتل 10 من مسلحي داعش", &[("10", Some(10), false, Some("مسلحي"))]),
            ("مقتل ١٥ شخصا", &[("١٥", Some(15), false, Some("شخصا"))]),
            ("مقتل ۱۲ شخصا", &[("۱۲", Some(12), false, Some("شخصا"))]),
            ("نزوح 1,200 عائلة", &[("1,200", Some(1200), false, Some("عائلة"))]),
            ("نزوح ١٬٢٠٠ عائلة", &[("١٬٢٠٠", Some(1200), false, Some("عائلة"))]),
            ("نحو 20 قتيلا", &[("20", Some(20), false, Some("قتيلا"))]),
            ("حوالي 20 جريحا", &[("20", Some(20), false, Some("جريحا"))]),
            ("أكثر من 20 مدنيا", &[("20", Some(20), false, Some("مدنيا"))]),
            ("و20 آخرين", &[("20", Some(20), false, Some("آخرين"))]),
            ("نزوح 20 ألف شخص", &[("20 ألف", Some(20_000), false, Some("شخص"))]),
            ("نزوح 1.5 مليون لاجئ", &[("1.5 مليون", Some(1_500_000), false, Some("لاجئ"))]),
            ("نزوح 3 آلاف أسرة", &[("3 آلاف", Some(3_000), false, Some("أسرة"))]),
            ("بنسبة 3.5 بالمئة و20 في المائة", &[("20", Some(20), false, None)]),
            ("في 26/2/2013 و10:30 و2013-02-26 و26.2.2013", &[]),
            ("طائرات F16 و كوفيد19", &[]),
            ("بين 20-30 قتيلا", &[("20", Some(20), false, None)]),
            ("مقتل 5.", &[("5", Some(5), false, None)]),
            ("في 26 فبراير قتل 3", &[("3", Some(3), false, None)]),
            ("عام 2014 و في 2015 و صيف 2016", &[]),
            ("قتل 2014 شخصا", &[("2014", Some(2014), false, Some("شخصا"))]),
        ];
        for (text, want) in cases {
            assert_eq!(run(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn cardinal_words() {
        let cases: &[(&str, &[Row])] = &[
            ("مقتل ثلاثة جنود", &[("ثلاثة", Some(3), false, Some("جنود"))]),
            ("مقتل ثلاث نساء", &[("ثلاث", Some(3), false, Some("نساء"))]),
            ("وثلاثة آخرين", &[("ثلاثة", Some(3), false, Some("آخرين"))]),
            ("الجنود الثلاثة", &[("الثلاثة", Some(3), false, None)]),
            ("مقتل عشرة من المسلحين", &[("عشرة", Some(10), false, Some("المسلحين"))]),
            ("مقتل اثنين من الجنود", &[("اثنين", Some(2), false, Some("الجنود"))]),
            ("قتل إثنان", &[("إثنان", Some(2), false, None)]),
            ("اثنتين", &[("اثنتين", Some(2), false, None)]),
            ("واحد", &[("واحد", Some(1), false, None)]),
            ("أحد الجنود", &[("أحد", Some(1), false, Some("الجنود"))]),
            ("لم يصب أحد بأذى ولم يقتل أحد.", &[]),
            ("في 20 الشهر الجاري و3 من الشهر الماضي", &[]),
            ("أحد عشر جنديا", &[("أحد عشر", Some(11), false, Some("جنديا"))]),
            ("إحدى عشرة امرأة", &[("إحدى عشرة", Some(11), false, Some("امرأة"))]),
            ("اثنا عشر", &[("اثنا عشر", Some(12), false, None)]),
            ("ثلاثة عشر شخصا", &[("ثلاثة عشر", Some(13), false, Some("شخصا"))]),
            ("تسعة عشر", &[("تسعة عشر", Some(19), false, None)]),
            ("عشرين مدنيا", &[("عشرين", Some(20), false, Some("مدنيا"))]),
            ("تسعون", &[("تسعون", Some(90), false, None)]),
            ("خمسة وعشرين شخصا", &[("خمسة وعشرين", Some(25), false, Some("شخصا"))]),
            ("خَمْسَةٌ وَعِشْرُونَ", &[("خَمْسَةٌ وَعِشْرُونَ", Some(25), false, None)]),
            ("مئة شخص", &[("مئة", Some(100), false, Some("شخص"))]),
            ("مائة وخمسون", &[("مائة وخمسون", Some(150), false, None)]),
            ("مائتين", &[("مائتين", Some(200), false, None)]),
            ("ثلاثمائة", &[("ثلاثمائة", Some(300), false, None)]),
            ("ثلاث مئة", &[("ثلاث مئة", Some(300), false, None)]),
            ("ألف جندي", &[("ألف", Some(1000), false, Some("جندي"))]),
            ("ألفين", &[("ألفين", Some(2000), false, None)]),
            ("ثلاثة آلاف", &[("ثلاثة آلاف", Some(3000), false, None)]),
            ("ثلاثة آلاف وخمسمائة وعشرون", &[("ثلاثة آلاف وخمسمائة وعشرون", Some(3520), false, None)]),
            ("خمسة وعشرين ألفا", &[("خمسة وعشرين ألفا", Some(25_000), false, None)]),
            ("مليون ومئتا ألف", &[("مليون ومئتا ألف", Some(1_200_000), false, None)]),
            ("مليون", &[("مليون", Some(1_000_000), false, None)]),
            ("ثلاثة وأربعة", &[("ثلاثة", Some(3), false, None), ("أربعة", Some(4), false, None)]),
            ("للثلاثة", &[("للثلاثة", Some(3), false, None)]),
        ];
        for (text, want) in cases {
            assert_eq!(run(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn ordinals_vague_duals() {
        let cases: &[(&str, &[Row])] = &[
            ("الهجوم الأول", &[("الأول", Some(1), true, None)]),
            ("المرة الأولى", &[("الأولى", Some(1), true, None)]),
            ("الثاني", &[("الثاني", Some(2), true, None)]),
            ("الثالثة", &[("الثالثة", Some(3), true, None)]),
            ("العاشر", &[("العاشر", Some(10), true, None)]),
            ("الحادي عشر", &[("الحادي عشر", Some(11), true, None)]),
            ("الثانية عشرة", &[("الثانية عشرة", Some(12), true, None)]),
            ("الخامس والعشرين", &[("الخامس والعشرين", Some(25), true, None)]),
            ("الحادي", &[]),
            ("كانون الأول وتشرين الثاني", &[]),
            ("عشرات القتلى", &[("عشرات", None, false, Some("القتلى"))]),
            ("العشرات من الجرحى", &[("العشرات", None, false, Some("الجرحى"))]),
            ("مئات المدنيين", &[("مئات", None, false, Some("المدنيين"))]),
            ("المئات", &[("المئات", None, false, None)]),
            ("آلاف النازحين", &[("آلاف", None, false, Some("النازحين"))]),
            ("الآلاف", &[("الآلاف", None, false, None)]),
            ("عشرات الآلاف من اللاجئين", &[("عشرات الآلاف", None, false, Some("اللاجئين"))]),
            ("عدد من الجنود", &[("عدد من", None, false, Some("الجنود"))]),
            ("ارتفع عدد القتلى", &[]),
            ("بضعة أيام وبضع ساعات", &[("بضعة", None, false, Some("أيام")), ("بضع", None, false, Some("ساعات"))]),
            ("عدة مناطق", &[("عدة", None, false, Some("مناطق"))]),
            ("العديد من المدنيين", &[("العديد", None, false, Some("المدنيين"))]),
            ("several soldiers", &[("several", None, false, Some("soldiers"))]),
            ("مقتل جنديين", &[("جنديين", Some(2), false, Some("جنديين"))]),
            ("إصابة شخصين", &[("شخصين", Some(2), false, Some("شخصين"))]),
            ("يوم الأحد والاثنين", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(run(text), want.to_vec(), "{text}");
        }
    }
}
