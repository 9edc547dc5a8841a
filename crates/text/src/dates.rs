//! Date expressions in Arabic news text, resolved against the publication date (SPEC §4).
//!
//! [`find_dates`] returns each expression with its whole span ("مطلع يناير الماضي", "صباح يوم
//! السبت", "الثلاثاء 26 فبراير 2013") and the date it names at day, month or year precision.
//! Relative expressions need the publication date; without one only absolute dates (with their
//! own year) are returned.
//!
//! Resolution rules:
//! - weekday alone ("السبت", "يوم الإثنين"): the most recent such day on or before publication;
//!   with الماضي/الفائت/المنصرم strictly before; with المقبل/القادم strictly after;
//! - أمس −1, أمس الأول / أول أمس / أول من أمس −2, اليوم/الليلة 0, الليلة الماضية / البارحة −1,
//!   الليلة قبل الماضية −2 (a night is dated by the evening it began: the night that ends on
//!   the publication morning is the day before; "قبل الماضي(ة)" after a weekday or a period
//!   goes one unit further back than "الماضي(ة)": "الجمعة قبل الماضية", "العام قبل الماضي"),
//!   غدا/الغد +1, بعد غد +2, "قبل يومين"/"منذ ثلاثة أيام"/"قبل 5 أيام" −N; "أمس الاثنين", "اليوم السبت" are one expression
//!   (a weekday one or two days before the relative day wins: "اليوم الثلاثاء" published on a
//!   Wednesday is that Tuesday; "غدا" never goes before publication); a time of day
//!   (صباح, مساء, فجر, ليلة, ليل, ظهر, عصر, عشية) and يوم may precede; "اليوم" followed by
//!   another definite word ("اليوم التالي", "اليوم العالمي") is not a date;
//! - a month name alone (Egyptian/Gulf يناير…ديسمبر, Levantine كانون الثاني…كانون الأول, and
//!   the Maghrebi names): the most recent such month on or before the publication month; with
//!   الماضي strictly before it, with المقبل/القادم strictly after, with الجاري/الحالي the
//!   publication year; with a year ("فبراير 2013", "فبراير من عام 2013", "يونيو من العام
//!   الماضي") that year. "كانون الثاني/يناير" and "شباط (فبراير)" are one expression. The
//!   ambiguous names مارس (also a verb), آب (أب, father), نيسان (the car maker) and ماي need
//!   context: a day, شهر, a year, a modifier, or a preposition or edge word before, and never
//!   carry a glued preposition without a year or modifier ("باب" is a door, not ب + آب);
//! - two weekdays joined by و ("يومي الأربعاء والخميس القادمين") are one expression dated by
//!   the first, with the plural modifier (الماضيين, القادمين, المقبلين) of both;
//! - a range of days ("يومي 6 و7 فبراير", "السادس والسابع من فبراير", "من 3 إلى 5 مارس",
//!   "1-4 يونيو", "22 - 24 يوليو") is dated by its first day (the second at most ten days
//!   later);
//! - a day and a month ("26 فبراير", "26 من فبراير", "الـ26 من فبراير", "الخامس من يونيو",
//!   "أول يناير", and "15 من الشهر الجاري" in the current, previous or next month): with a year, that date; with الماضي/المقبل the occurrence strictly before or
//!   after publication; with no year the occurrence in the window from 273 days before to 92
//!   days after publication (news reports mostly look back, but announce up to a few months
//!   ahead);
//! - numeric dates, day first as in the Arab press: "26/2/2013", "26-2-2013", "26.2.2013",
//!   "26/2/13", "2013-02-26"; a day-first reading that is invalid falls back to month first;
//!   "26/2" with no year is resolved like "26 فبراير";
//! - numeric Hijri dates, day or year first, glued or spaced, with a year 1300–1500 and a Hijri
//!   mark or none ("27/7/1436ه", "13 / 10 / 1436 هـ", "1436/7/27هـ") are converted with the
//!   Hijri calendar below at day precision; when "الموافق" and a Gregorian date follow ("…هـ
//!   الموافق 16/5/2015م"), the writer's Gregorian date wins and the span covers both; a weekday
//!   named before it ("يوم الجمعة 15/10/1436هـ") moves the day to that weekday if it is at most
//!   two days away (a sighted calendar can be off the computed one); after "وتاريخ" (a
//!   document's number and date) it is no date;
//! - Hijri months (محرم … ذو الحجة) are converted with the Umm al-Qura calendar of Saudi Arabia
//!   (the Gulf press's; month starts compiled in from data/calendar/umm-al-qura.tsv, years
//!   1343–1500), and outside its years with the tabular Islamic calendar (30-year cycle, leap
//!   years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; civil epoch 16 July 622 Julian); a sighted
//!   calendar may differ from either by a day or two. A month with a Hijri year
//!   ("رمضان 1434 هـ") or a day ("15 رمضان 1434") resolves exactly; a Hijri month with a
//!   Gregorian year ("رمضان 2013") is the one whose first day falls in that year; with no
//!   year, the occurrence whose first day is the latest on or before publication (with الماضي:
//!   the latest that ended before publication; with المقبل: the next to start); a day of a Hijri
//!   month with no year or modifier so resolved before publication also carries its next
//!   occurrence (`DateMatch::next`), which the coder gives an act to come. A Hijri month
//!   resolves to **month precision: the Gregorian month containing its first day**, an
//!   approximation since a Hijri month straddles two Gregorian months. A Hijri year alone
//!   ("عام 1435 هـ") resolves to the Gregorian year of its 1 Muharram. Single-word Hijri months
//!   are also names or words (رمضان, رجب, صفر = zero) and need context like the ambiguous
//!   months;
//! - edge words (مطلع, أوائل, بداية, مستهل, منتصف, أواسط, أواخر, نهاية, آخر) before a month, a
//!   year or a period keep its precision: "مطلع يناير الماضي" is the last January, "نهاية
//!   2019" is 2019, "منذ مطلع العام" is the publication year;
//! - an ordinal after a fraction (النصف, الربع, الثلث, الشطر, العشر) or "الأسبوع" counts parts,
//!   not days: "النصف الثاني من ديسمبر" is December, read from the month's own word;
//! - years: "عام 2017", "العام 2017", "سنة 2010", "لعام 2017", "2014م"; a bare four-digit year
//!   1900–2100 after في/منذ/خلال/حتى/بحلول/قبل/طوال (the span is the year alone); a range after
//!   a year word ("بين عامي 2012 و2014", the dual عامي/سنتي read only before digits) is dated by
//!   its first year; a year opening the text before a dash and a word, the head of a
//!   chronicle entry ("1945- قنبلة ذرية تدمر هيروشيما"), is that year; a year before "قبل
//!   الميلاد" is no date; a two-digit year 40–99 after
//!   عام/سنة ("عام 94", "في العام 86") is 19NN (not with a mark, per cent, or هذا العام);
//! - seasons (شتاء, ربيع, صيف, خريف) with a year ("صيف 2014") or a modifier ("الصيف الماضي",
//!   "هذا الصيف", "صيف العام الماضي") resolve at **year precision**: a season is a quarter that
//!   can straddle a year and is reported loosely, so no month is invented. The year of a
//!   relative season is the year of its middle month (January for winter). "الصيف الماضي" is the
//!   last summer that ended before the publication month. ربيع alone heads the Hijri months
//!   ربيع الأول/الآخر; before a Gregorian year 1900–2100 or a relative year ("في ربيع 2011",
//!   "ربيع العام الماضي") it is spring;
//! - "الأسبوع الماضي/الجاري/المقبل": the Monday–Sunday week before/of/after publication, at
//!   **month precision**: the month containing that week's Thursday (the ISO rule, so a week
//!   that straddles two months goes to the one holding most of its days). "الشهر الماضي" is the
//!   previous month, "العام الماضي/السنة الماضية" the previous year, and so on; "هذا
//!   العام/الشهر/الأسبوع" the current one.

use crate::lex::{aligned, digits_value, tokenize, Art, Clitics, Tok, TokKind, WordTable};
use crate::norm::{normalize, Normalized};
use crate::numbers::Reader;
use chrono::{Datelike, Days, NaiveDate};
use std::sync::OnceLock;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

/// How an expression was anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// Resolved against the publication date, to a date before it ("أمس", "السبت الماضي").
    Past,
    /// Resolved against the publication date, to a date after it ("غدا", "يونيو المقبل").
    Future,
    /// The publication day or period itself ("اليوم", "هذا العام", "الشهر الجاري").
    Present,
    /// The expression carries its own year ("26 فبراير 2013", "عام 2017"): no anchor needed.
    Absolute,
}

/// A date expression and the date it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the start of the expression in the input.
    pub start: usize,
    /// Byte offset of the end of the expression in the input (exclusive).
    pub end: usize,
    pub year: i32,
    /// Set for month and day precision.
    pub month: Option<u32>,
    /// Set for day precision.
    pub day: Option<u32>,
    pub precision: DatePrecision,
    pub relative: Relation,
    /// A day of a Hijri month read with no year of its own ("يوم الخميس 28 شوال") and resolved
    /// to its latest occurrence, which fell before publication: its next occurrence after
    /// publication. The year was inferred, so a clause that tells the act as to come may take
    /// this one (the coder decides). `None` for every other expression (a Gregorian day with no
    /// year is read in a window around publication, and the coder rolls it itself).
    pub next: Option<NaiveDate>,
}

impl DateMatch {
    /// The date in the SPEC's output form: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> Option<NaiveDate> {
        days_covered(self.year, self.month, self.day).map(|(first, _)| first)
    }

    /// The last day the date covers.
    pub fn last_day(&self) -> Option<NaiveDate> {
        days_covered(self.year, self.month, self.day).map(|(_, last)| last)
    }
}

/// The first and last day a date of year, month or day precision covers (a month is set for the
/// last two, a day for the last); `None` for a day or month that does not exist.
pub fn days_covered(year: i32, month: Option<u32>, day: Option<u32>) -> Option<(NaiveDate, NaiveDate)> {
    match (month, day) {
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year, m, d).map(|x| (x, x)),
        (Some(m), None) => {
            let (y, nm) = if m == 12 { (year + 1, 1) } else { (year, m + 1) };
            Some((NaiveDate::from_ymd_opt(year, m, 1)?, NaiveDate::from_ymd_opt(y, nm, 1)?.pred_opt()?))
        }
        _ => Some((NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?)),
    }
}

/// (fix65a) The first and last day of a date in the SPEC's output form (`YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`, as `DateMatch::iso` writes it); `None` if it is not one.
pub fn iso_days(date: &str) -> Option<(NaiveDate, NaiveDate)> {
    let mut parts = date.split('-').map(str::parse::<u32>);
    let year = i32::try_from(parts.next()?.ok()?).ok()?;
    let month = parts.next().transpose().ok()?;
    let day = parts.next().transpose().ok()?;
    days_covered(year, month, day)
}

/// Parse a publication date: `YYYY-MM-DD`, optionally followed by `T` or a space and a time
/// (RFC 3339, "2020-04-07T10:00:00+03:00"). The calendar date is taken as written, in the
/// publisher's time zone, not converted to UTC.
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = &b[r];
        if d.iter().all(u8::is_ascii_digit) {
            Some(d.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')))
        } else {
            None
        }
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// The heads of two-word month names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    Kanun,
    Tishrin,
    /// ربيع: Hijri month head, or spring.
    Rabi,
    Jumada,
    /// ذو / ذي / ذا (القعدة, الحجة).
    Dhu,
}

/// A calendar period named by a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    Week,
    Month,
    Year,
}

/// What a word means to the date reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// 0 = Monday … 6 = Sunday.
    Weekday(u8),
    /// A one-word Gregorian month; `true` when the word is ambiguous and needs context.
    Month(u8, bool),
    MonthHead(Head),
    /// A one-word Hijri month (always needs context).
    Hijri(u8),
    /// الماضي, المقبل, الجاري …
    Mod(Relation),
    /// أسبوع, شهر, عام, سنة (with or without the article: see the clitics).
    Period(Period),
    /// هذا, هذه.
    This,
    Yesterday,
    Today,
    Tonight,
    /// البارحة: last night, yesterday.
    LastNight,
    Tomorrow,
    /// بعد (in بعد غد).
    After,
    /// أول (أول أمس, أول يناير).
    First,
    /// مطلع, نهاية …: part of a month or year, same precision.
    Edge,
    /// صباح, مساء …: part of a day.
    Tod,
    /// يوم.
    Day,
    /// 0 winter, 1 spring, 2 summer, 3 autumn.
    Season(u8),
    /// الموافق: "corresponding to".
    Muwafiq,
    /// هـ, هجري, للهجرة.
    HijriMark,
    /// م, ميلادي, للميلاد.
    MiladiMark,
    /// في, منذ, خلال …: licenses a bare year and an ambiguous month name.
    Prep,
    /// The article alone, as in "الـ26".
    Article,
    /// النصف, الربع, الثلث, الشطر, العشر: a fraction of a month or year. The ordinal after it
    /// counts the parts, not the days ("النصف الثاني من ديسمبر" is no 2 December).
    Part,
}

/// The date word table: every date word with its proclitic forms (read through `lex::Readers`).
pub(crate) fn table() -> &'static WordTable<DateWord> {
    static T: OnceLock<WordTable<DateWord>> = OnceLock::new();
    T.get_or_init(|| {
        use Art::*;
        use DateWord::*;
        let mut t = WordTable::new();
        let days = [
            ("الاثنين", 0),
            ("الإثنين", 0),
            ("الثلاثاء", 1),
            ("الأربعاء", 2),
            ("الخميس", 3),
            ("الجمعة", 4),
            ("السبت", 5),
            ("الأحد", 6),
        ];
        for (f, d) in days {
            t.add(f, Weekday(d), Has);
        }
        let months: &[(&str, u8, bool)] = &[
            ("يناير", 1, false),
            ("جانفي", 1, false),
            ("فبراير", 2, false),
            ("فيفري", 2, false),
            ("شباط", 2, false),
            ("مارس", 3, true),
            ("آذار", 3, false),
            ("أبريل", 4, false),
            ("إبريل", 4, false),
            ("ابريل", 4, false),
            ("أفريل", 4, false),
            ("نيسان", 4, true),
            ("مايو", 5, false),
            ("ماي", 5, true),
            ("أيار", 5, false),
            ("يونيو", 6, false),
            ("يونيه", 6, false),
            ("جوان", 6, false),
            ("حزيران", 6, false),
            ("يوليو", 7, false),
            ("يوليه", 7, false),
            ("يوليوز", 7, false),
            ("جويلية", 7, false),
            ("تموز", 7, false),
            ("أغسطس", 8, false),
            ("اغسطس", 8, false),
            ("غشت", 8, false),
            ("أوت", 8, false),
            ("آب", 8, true),
            ("سبتمبر", 9, false),
            ("شتنبر", 9, false),
            ("أيلول", 9, false),
            ("أكتوبر", 10, false),
            ("اكتوبر", 10, false),
            ("نوفمبر", 11, false),
            ("نونبر", 11, false),
            ("ديسمبر", 12, false),
            ("دجنبر", 12, false),
            ("ديسيمبر", 12, false),
            ("نوفيمبر", 11, false),
        ];
        for &(f, m, amb) in months {
            t.add(f, Month(m, amb), No);
        }
        t.add("كانون", MonthHead(Head::Kanun), No);
        t.add("تشرين", MonthHead(Head::Tishrin), No);
        t.add("ربيع", MonthHead(Head::Rabi), No);
        t.add("جمادى", MonthHead(Head::Jumada), No);
        for f in ["ذو", "ذي", "ذا"] {
            t.add(f, MonthHead(Head::Dhu), No);
        }
        for (f, m) in [("محرم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10)]
        {
            t.add(f, Hijri(m), No);
        }
        for f in ["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "المنقضي", "السابق", "السابقة"]
        {
            t.add(f, Mod(Relation::Past), Has);
        }
        for f in ["المقبل", "المقبلة", "القادم", "القادمة", "الآتي"] {
            t.add(f, Mod(Relation::Future), Has);
        }
        for f in ["الجاري", "الجارية", "الحالي", "الحالية"] {
            t.add(f, Mod(Relation::Present), Has);
        }
        t.add("اليوم", Today, Has);
        t.add("الليلة", Tonight, Has);
        t.add("البارحة", LastNight, Has);
        t.add("أمس", Yesterday, Add);
        for f in ["غدا", "غد"] {
            t.add(f, Tomorrow, Add);
        }
        t.add("أسبوع", Period(self::Period::Week), Add);
        t.add("شهر", Period(self::Period::Month), Add);
        for f in ["عام", "سنة"] {
            t.add(f, Period(self::Period::Year), Add);
        }
        // The dual in construct before two years ("بين عامي 2012 و2014", "في سنتي 2011
        // و2012"): read only before digits, as the first year of the range.
        for f in ["عامي", "سنتي"] {
            t.add(f, Period(self::Period::Year), No);
        }
        for f in ["هذا", "هذه"] {
            t.add(f, This, No);
        }
        t.add("بعد", After, No);
        t.add("أول", First, No);
        for f in ["مطلع", "أوائل", "بداية", "بدايات", "مستهل", "منتصف", "أواسط", "أواخر", "نهاية", "نهايات", "آخر"]
        {
            t.add(f, Edge, No);
        }
        for f in ["صباح", "مساء", "ليلة", "ليل", "فجر", "ظهر", "ظهيرة", "عصر", "صبيحة", "عشية"]
        {
            t.add(f, Tod, No);
        }
        t.add("يوم", Day, No);
        for (f, s) in [("شتاء", 0), ("صيف", 2), ("خريف", 3)] {
            t.add(f, Season(s), Add);
        }
        t.add("الربيع", Season(1), Has);
        t.add("الموافق", Muwafiq, Has);
        for f in ["هـ", "هجري", "هجرية"] {
            t.add(f, HijriMark, No);
        }
        t.add("الهجرة", HijriMark, Has);
        for f in ["م", "ميلادي", "ميلادية"] {
            t.add(f, MiladiMark, No);
        }
        t.add("الميلاد", MiladiMark, Has);
        for f in ["في", "منذ", "خلال", "حتى", "بحلول", "قبل", "طوال", "طيلة", "إلى", "حلول"]
        {
            t.add(f, Prep, No);
        }
        t.add("ال", Article, No);
        for f in ["النصف", "الربع", "الثلث", "الشطر", "العشر"] {
            t.add(f, Part, Has);
        }
        t
    })
}

/// A month reference: Gregorian or Hijri month number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthRef {
    Greg(u32),
    Hijri(u32),
}

/// A year after a month, season or year word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearSpec {
    /// A written year, Hijri when marked or implied.
    Abs(i32, bool),
    /// "العام الماضي" (-1), "هذا العام" (0), "العام المقبل" (+1).
    Rel(i32),
}

/// A resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Res {
    Day(NaiveDate, Relation),
    /// A day of a Hijri month with no year, resolved into the past, and its next occurrence; also
    /// a day of the month with no month ("يوم 26", `bare_month_day`).
    HijriDay(NaiveDate, Relation, NaiveDate),
    Month(i32, u32, Relation),
    Year(i32, Relation),
}

/// A preposition glued to the word ("باب", "لمارس"): no context for an ambiguous month name.
fn glued_prep(w: Option<(DateWord, Clitics)>) -> bool {
    w.is_some_and(|(_, c)| c.prep.is_some())
}

/// Prefix words seen before the core of an expression.
#[derive(Debug, Clone, Copy, Default)]
struct Pre {
    edge: bool,
    tod: bool,
    day: bool,
    month_word: bool,
    /// The token before the expression is a preposition.
    prep: bool,
}

impl Pre {
    fn day_level(&self) -> bool {
        self.tod || self.day
    }
    fn context(&self) -> bool {
        self.edge || self.month_word || self.prep
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic.

/// Julian day number of 0001-01-01 (proleptic Gregorian) minus one.
const JDN_CE: i64 = 1_721_425;
/// Julian day number of 1 Muharram 1 AH (civil epoch).
const JDN_HIJRI_EPOCH: i64 = 1_948_440;

/// Julian day number of a tabular Hijri date.
fn hijri_jdn(y: i64, m: i64, d: i64) -> i64 {
    d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + JDN_HIJRI_EPOCH - 1
}

fn jdn_date(jdn: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - JDN_CE).ok()?)
}

fn date_jdn(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) + JDN_CE
}

/// Gregorian date of a Hijri date: by the Umm al-Qura calendar (`UMM_AL_QURA_FILE`) for the
/// years it lists, by the tabular calendar outside them. Day 30 of a 29-day month is the next
/// month's first day (a writer following a sighting may count one).
fn hijri_to_date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    match umm_al_qura().day_one(y, m) {
        Some(day1) => NaiveDate::from_num_days_from_ce_opt(day1 + d as i32 - 1),
        None => hijri_tabular(y, m, d),
    }
}

/// Gregorian date of a tabular (arithmetic) Hijri date.
fn hijri_tabular(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    jdn_date(hijri_jdn(i64::from(y), i64::from(m), i64::from(d)))
}

/// The Umm al-Qura month starts, compiled in (no file is read at run time).
const UMM_AL_QURA: &str = include_str!("../../../data/calendar/umm-al-qura.tsv");
/// Where `UMM_AL_QURA` comes from, for error messages.
const UMM_AL_QURA_FILE: &str = "data/calendar/umm-al-qura.tsv";

/// Umm al-Qura calendar: day 1 of each month of consecutive Hijri years, as days from the
/// common era (chrono's `num_days_from_ce`), one more entry ending the last month.
struct MonthStarts {
    first_year: i32,
    starts: Vec<i32>,
}

impl MonthStarts {
    /// Day 1 of Hijri month `m` of year `y`, when the table has that month.
    fn day_one(&self, y: i32, m: u32) -> Option<i32> {
        let i = usize::try_from((y - self.first_year) * 12 + m as i32 - 1).ok()?;
        // The last entry only ends the month before it.
        if i + 1 < self.starts.len() {
            Some(self.starts[i])
        } else {
            None
        }
    }

    /// Reads the table: comment lines (#), a header line "year month day1", then one line a
    /// month "year<TAB>month<TAB>YYYY-MM-DD", consecutive months of 28 to 31 days. Errors name
    /// the file and line.
    fn parse(text: &str, file: &str) -> Result<Self, String> {
        let mut table = MonthStarts { first_year: 0, starts: Vec::new() };
        let mut header = false;
        let mut prev: Option<(i32, u32, i32)> = None;
        for (n, line) in text.lines().enumerate() {
            let at = || format!("{file} line {}", n + 1);
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !header {
                if line.split('\t').collect::<Vec<_>>() != ["year", "month", "day1"] {
                    return Err(format!("{}: header \"year<TAB>month<TAB>day1\" expected", at()));
                }
                header = true;
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(y), Some(m), Some(g), None) = (fields.next(), fields.next(), fields.next(), fields.next()) else {
                return Err(format!("{}: three tab-separated fields expected: {line:?}", at()));
            };
            let y: i32 = y.parse().map_err(|_| format!("{}: bad year {y:?}", at()))?;
            let m: u32 =
                m.parse().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| format!("{}: bad month {m:?}", at()))?;
            let g = NaiveDate::parse_from_str(g, "%Y-%m-%d").map_err(|_| format!("{}: bad date {g:?}", at()))?;
            let day = g.num_days_from_ce();
            match prev {
                None => table.first_year = y,
                Some((py, pm, pday)) => {
                    let next = if pm == 12 { (py + 1, 1) } else { (py, pm + 1) };
                    if (y, m) != next {
                        return Err(format!("{}: {y}-{m} does not follow {py}-{pm}", at()));
                    }
                    // 29 or 30 days; the source's early years (1343–1364) have a few of 28 and 31.
                    if !(28..=31).contains(&(day - pday)) {
                        return Err(format!("{}: month {py}-{pm} would have {} days", at(), day - pday));
                    }
                }
            }
            if prev.is_none() && m != 1 {
                return Err(format!("{}: the table must start with month 1", at()));
            }
            table.starts.push(day);
            prev = Some((y, m, day));
        }
        if table.starts.len() < 2 {
            return Err(format!("{file}: no months"));
        }
        Ok(table)
    }
}

/// The compiled-in Umm al-Qura table (a malformed line fails `umm_al_qura_table_reads`).
fn umm_al_qura() -> &'static MonthStarts {
    static T: OnceLock<MonthStarts> = OnceLock::new();
    T.get_or_init(|| MonthStarts::parse(UMM_AL_QURA, UMM_AL_QURA_FILE).unwrap_or_else(|e| panic!("{e}")))
}

/// Years before the publication's Hijri year within which a bare year after «عام» reads as Hijri
/// (`Parser::bare_hijri_year`).
const BARE_HIJRI_BACK: i32 = 5;

/// The Hijri year containing a Gregorian date (approximately: ±1 is searched by callers).
fn hijri_year_of(d: NaiveDate) -> i32 {
    ((30 * (date_jdn(d) - JDN_HIJRI_EPOCH) + 10646).div_euclid(10631)) as i32
}

/// Hijri (month, day) occurrences: the latest with date ≤ `limit`.
fn hijri_latest_on_or_before(m: u32, d: u32, limit: NaiveDate) -> Option<NaiveDate> {
    let hy = hijri_year_of(limit);
    (hy - 2..=hy + 1).rev().filter_map(|y| hijri_to_date(y, m, d)).find(|x| *x <= limit)
}

/// Hijri (month, day) occurrences: the earliest with date > `limit`.
fn hijri_earliest_after(m: u32, d: u32, limit: NaiveDate) -> Option<NaiveDate> {
    let hy = hijri_year_of(limit);
    (hy - 1..=hy + 2).filter_map(|y| hijri_to_date(y, m, d)).find(|x| *x > limit)
}

/// Three digit groups of a numeric date as (year, month, day, year last): a four-digit year in
/// `years` first ("1436/7/27") or last ("27/7/1436"), the other two groups of one or two digits.
fn year_ordered(g: [&str; 3], years: std::ops::RangeInclusive<u64>) -> Option<(u64, u64, u64, bool)> {
    let (a, b, c) = (digits_value(g[0])?, digits_value(g[1])?, digits_value(g[2])?);
    let year = |s: &str, v: u64| s.len() == 4 && years.contains(&v);
    if year(g[0], a) && g[1].len() <= 2 && g[2].len() <= 2 {
        Some((a, b, c, false))
    } else if g[0].len() <= 2 && g[1].len() <= 2 && year(g[2], c) {
        Some((c, b, a, true))
    } else {
        None
    }
}

/// The day of weekday `w` (0 = Monday) at most two days from `d`, or `d` when none is: a
/// computed Hijri date ("الجمعة 15/10/1436") can fall a day or two off the sighted calendar the
/// writer's weekday follows.
fn nearest_weekday(d: NaiveDate, w: u8) -> NaiveDate {
    let ahead = (i64::from(w) - i64::from(d.weekday().num_days_from_monday())).rem_euclid(7);
    let shift = match ahead {
        0..=2 => ahead,
        5..=6 => ahead - 7,
        _ => 0,
    };
    add_days(d, shift).unwrap_or(d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn shift_month(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + delta;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// The offset from `p` of the day named `wd` (0 = Monday) one or two days before `p + offset`,
/// or `offset` itself when that day is not so named.
fn weekday_back(p: NaiveDate, offset: i64, wd: u8) -> i64 {
    let at = i64::from(p.weekday().num_days_from_monday()) + offset;
    match (at - i64::from(wd)).rem_euclid(7) {
        back @ (1 | 2) => offset - back,
        _ => offset,
    }
}

fn rel_of(offset: i64) -> Relation {
    match offset {
        0 => Relation::Present,
        x if x < 0 => Relation::Past,
        _ => Relation::Future,
    }
}

fn rel_of_date(d: NaiveDate, p: NaiveDate) -> Relation {
    rel_of((d - p).num_days())
}

fn month_rel(y: i32, m: u32, p: NaiveDate) -> Relation {
    rel_of(i64::from((y * 12 + m as i32) - (p.year() * 12 + p.month() as i32)))
}

/// The month of the Monday–Sunday week `weeks` weeks from the publication week, by its
/// Thursday.
fn week_month(p: NaiveDate, weeks: i64) -> Option<(i32, u32)> {
    let monday = add_days(p, -i64::from(p.weekday().num_days_from_monday()))?;
    let thursday = add_days(monday, 7 * weeks + 3)?;
    Some((thursday.year(), thursday.month()))
}

// ---------------------------------------------------------------------------------------------
// The reader.

struct Parser<'a> {
    key: &'a str,
    toks: &'a [Tok],
    pubd: Option<NaiveDate>,
    nums: Reader<'a>,
}

/// Offices (match keys) that "العام" follows as the adjective "general", never as "the year".
const GENERAL_OFFICES: &[&str] =
    &["المدعي", "النائب", "الامين", "المدير", "المفتش", "المراقب", "المنسق", "المحامي", "القائد", "المرشد"];

/// A parsed expression: token index after it and the date.
type Hit = (usize, Res);

/// The second day of a range of days ("يومي 6 و7", "1-4 يونيو") is later than the first by at
/// most this many days; a wider pair is two dates, or no range.
const MAX_RANGE_DAYS: u64 = 10;

/// Whether day `d2` can close a range of days that `d` opens (`range_end`, `dash_range`).
fn later_day_of_range(d: u64, d2: u64) -> bool {
    d2 > d && d2 - d <= MAX_RANGE_DAYS
}

impl<'a> Parser<'a> {
    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.key))
    }

    fn touch(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    fn word(&self, i: usize) -> Option<(DateWord, Clitics)> {
        // Looked up when the key was tokenized.
        self.toks.get(i).filter(|t| t.kind == TokKind::Word).and_then(|t| t.date)
    }

    /// The date word at `i` with no conjunction or preposition.
    fn bare(&self, i: usize) -> Option<(DateWord, Clitics)> {
        self.word(i).filter(|(_, c)| c.bare())
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.text(i) == w
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.text(i) == p
    }

    fn digits(&self, i: usize) -> Option<u64> {
        if self.kind(i) == Some(TokKind::Digits) {
            digits_value(self.text(i))
        } else {
            None
        }
    }

    /// Digits at `i` that are not glued by a separator to more digits (not part of "26/2").
    fn lone_digits(&self, i: usize) -> Option<u64> {
        let v = self.digits(i)?;
        // A separator at `p` touching digits at `q` on the side away from `i`.
        let glued = |p: usize, q: usize| {
            self.kind(p) == Some(TokKind::Punct)
                && matches!(self.text(p), "/" | "-" | "." | ":" | "," | "٬" | "٫")
                && self.kind(q) == Some(TokKind::Digits)
                && self.touch(p.min(q), p.max(q))
        };
        if (self.touch(i, i + 1) && glued(i + 1, i + 2)) || (i >= 2 && self.touch(i - 1, i) && glued(i - 1, i - 2)) {
            return None;
        }
        Some(v)
    }

    fn modifier(&self, i: usize) -> Option<Relation> {
        match self.bare(i) {
            Some((DateWord::Mod(r), _)) => Some(r),
            _ => None,
        }
    }

    /// "قبل الماضي(ة)" at `i`: the one before the last ("الليلة قبل الماضية", "الجمعة قبل
    /// الماضية", "العام قبل الماضي"), a unit further back than the modifier alone.
    fn before_last(&self, i: usize) -> bool {
        self.is_word(i, "قبل") && self.modifier(i + 1) == Some(Relation::Past)
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        match self.bare(i) {
            Some((DateWord::Weekday(w), _)) => Some(w),
            _ => None,
        }
    }

    /// Read one expression starting at token `i`: returns its key start and the hit.
    fn parse_at(&self, i: usize) -> Option<(usize, Hit)> {
        let t = self.toks.get(i)?;
        let mut ks = t.start as usize;
        let mut pre = Pre { prep: i > 0 && matches!(self.word(i - 1), Some((DateWord::Prep, _))), ..Pre::default() };
        let mut j = i;
        if t.kind == TokKind::Word {
            let (_, cl) = self.word(i).or_else(|| self.nums_clitics(i))?;
            ks += cl.skip as usize;
            if cl.prep.is_some() {
                pre.prep = true; // "بمطلع", "لشهر", "بالأمس"
            }
        }
        // Prefix words.
        while let Some((w, cl)) = self.word(j) {
            if j > i && !cl.bare() {
                break;
            }
            match w {
                DateWord::Edge if !pre.edge && !pre.day_level() => pre.edge = true,
                DateWord::Tod if !pre.tod && !pre.edge && !pre.day => pre.tod = true,
                DateWord::Day if !pre.day && !pre.edge => pre.day = true,
                DateWord::Period(Period::Month)
                    if !cl.al && !pre.month_word && self.month_name(j + 1, false).is_some() =>
                {
                    pre.month_word = true
                }
                _ => break,
            }
            j += 1;
        }
        let hit = self.core(j, j == i, pre)?;
        Some((ks, hit))
    }

    /// Clitics of a number word (for "والخامس من يونيو").
    fn nums_clitics(&self, i: usize) -> Option<(DateWord, Clitics)> {
        crate::numbers::atom_at(self.toks, i).map(|(_, c)| (DateWord::Article, c))
    }

    fn core(&self, j: usize, first: bool, pre: Pre) -> Option<Hit> {
        if self.kind(j)? == TokKind::Digits {
            return self.digits_core(j, pre);
        }
        let Some((w, cl)) = self.word(j) else {
            // An ordinal day: "الخامس من يونيو".
            if pre.edge || pre.month_word {
                return None;
            }
            return self.day_month(j);
        };
        if !first && !cl.bare() {
            return None;
        }
        let day_ok = !pre.edge && !pre.month_word;
        let period_ok = !pre.day_level();
        match w {
            DateWord::Article if day_ok => self.day_month(j),
            DateWord::Weekday(wd) if day_ok => self.weekday_core(j, wd),
            DateWord::Yesterday
            | DateWord::Today
            | DateWord::Tonight
            | DateWord::LastNight
            | DateWord::Tomorrow
            | DateWord::After
                if day_ok =>
            {
                self.rel_day(j, w)
            }
            DateWord::First => {
                if day_ok {
                    if let Some(h) = self.rel_day(j, w) {
                        return Some(h);
                    }
                    if let Some(h) = self.day_month(j) {
                        return Some(h);
                    }
                }
                if period_ok && !pre.edge {
                    // "أول العام": like an edge word.
                    return self.core(j + 1, false, Pre { edge: true, ..pre });
                }
                None
            }
            DateWord::MonthHead(Head::Rabi) if period_ok => {
                self.month_core(j, first, pre).or_else(|| self.rabi_season(j))
            }
            DateWord::Month(..) | DateWord::MonthHead(_) | DateWord::Hijri(_) if period_ok => {
                self.month_core(j, first, pre)
            }
            DateWord::Period(p) if period_ok => self.period_core(j, p, cl, pre),
            DateWord::This if period_ok => self.this_core(j),
            DateWord::Season(s) if period_ok => self.season_core(j, s),
            DateWord::Prep if day_ok && !pre.day_level() && matches!(self.text(j), "قبل" | "منذ") => {
                self.days_ago(j)
            }
            _ => None,
        }
    }

    fn digits_core(&self, j: usize, pre: Pre) -> Option<Hit> {
        if !pre.edge && !pre.month_word {
            if let Some(h) = self.hijri_numeric(j) {
                return Some(h);
            }
        }
        if self.touch(j, j + 1)
            && self.kind(j + 1) == Some(TokKind::Punct)
            && matches!(self.text(j + 1), "/" | "-" | ".")
            && self.kind(j + 2) == Some(TokKind::Digits)
            && self.touch(j + 1, j + 2)
        {
            if pre.edge || pre.month_word {
                return None;
            }
            // "1-4 يونيو": no numeric date, but a range of days before a month.
            return self.numeric(j).or_else(|| if self.text(j + 1) == "-" { self.day_month(j) } else { None });
        }
        if let Some(h) = self.chronicle_year(j) {
            return Some(h);
        }
        if let Some(h) = self.day_month(j) {
            return Some(h);
        }
        if pre.day && !pre.edge && !pre.month_word {
            if let Some(h) = self.bare_month_day(j) {
                return Some(h);
            }
        }
        // A bare year after an edge word or a preposition.
        if (pre.edge || (pre.prep && !pre.day_level() && !pre.month_word)) && self.text(j).len() == 4 {
            let y = self.lone_digits(j)? as i32;
            let (hijri, end) = self.year_mark(j + 1);
            if hijri {
                return self.hijri_year(y, end);
            }
            if (1900..=2100).contains(&y) {
                return Some((end, Res::Year(y, Relation::Absolute)));
            }
        }
        None
    }

    /// A year opening the text, then a dash and a word: the head of an entry of a chronicle
    /// («في مثل هذا اليوم» columns, one entry a line or a sentence: "1945- قنبلة ذرية تدمر
    /// هيروشيما"), the year of what the entry tells. Not a range ("2015 - 2017 خطة": digits after
    /// the dash), not a year after publication; years from 1000, as after «عام».
    fn chronicle_year(&self, j: usize) -> Option<Hit> {
        if j != 0 || self.text(j).len() != 4 {
            return None;
        }
        let dash = self.kind(j + 1) == Some(TokKind::Punct) && matches!(self.text(j + 1), "-" | "–");
        if !dash || self.kind(j + 2) != Some(TokKind::Word) {
            return None;
        }
        let y = self.lone_digits(j)? as i32;
        if !(1000..=2100).contains(&y) || self.pubd.is_some_and(|p| y > p.year()) {
            return None;
        }
        Some((j + 1, Res::Year(y, Relation::Absolute)))
    }

    /// A marker after a year: returns (is Hijri, token after).
    fn year_mark(&self, k: usize) -> (bool, usize) {
        match self.bare(k) {
            Some((DateWord::HijriMark, _)) => (true, k + 1),
            Some((DateWord::MiladiMark, _)) => (false, k + 1),
            _ => (false, k),
        }
    }

    /// (dates65) A year after «عام»/«سنة» with no mark of either calendar is Hijri when it lies
    /// within `BARE_HIJRI_BACK` years before the publication's Hijri year or one after it ("نهاية
    /// عام 1436" in a 2015 report): a Gregorian year six centuries back fits no such report's
    /// news, while Hijri years are written bare in Saudi and Gulf reports. A year further back
    /// ("عام 1395", "فتح القسطنطينية عام 1453") is left Gregorian, as history articles write them.
    fn bare_hijri_year(&self, y: i32) -> bool {
        self.pubd.is_some_and(|p| {
            let h = hijri_year_of(p);
            (h - BARE_HIJRI_BACK..=h + 1).contains(&y)
        })
    }

    fn hijri_year(&self, hy: i32, end: usize) -> Option<Hit> {
        let d = hijri_to_date(hy, 1, 1)?;
        Some((end, Res::Year(d.year(), Relation::Absolute)))
    }

    /// "26/2/2013", "2013-02-26", "26.2.13", "26/2".
    fn numeric(&self, j: usize) -> Option<Hit> {
        let sep = self.text(j + 1);
        let g = [self.text(j), self.text(j + 2)];
        let three = self.is_punct(j + 3, sep)
            && self.touch(j + 2, j + 3)
            && self.kind(j + 4) == Some(TokKind::Digits)
            && self.touch(j + 3, j + 4);
        if three {
            // A fourth group (an IP address, a version) is not a date.
            if self.touch(j + 4, j + 5)
                && self.kind(j + 5) == Some(TokKind::Punct)
                && self.kind(j + 6) == Some(TokKind::Digits)
                && self.touch(j + 5, j + 6)
            {
                return None;
            }
            let g2 = self.text(j + 4);
            let (a, b, c) = (digits_value(g[0])?, digits_value(g[1])?, digits_value(g2)?);
            let date = if g[0].len() == 4 {
                NaiveDate::from_ymd_opt(a as i32, b as u32, c as u32)?
            } else {
                if g[0].len() > 2 || g[1].len() > 2 || !(g2.len() == 2 || g2.len() == 4) {
                    return None;
                }
                let y = if g2.len() == 2 {
                    if c < 50 {
                        2000 + c
                    } else {
                        1900 + c
                    }
                } else {
                    c
                } as i32;
                NaiveDate::from_ymd_opt(y, b as u32, a as u32)
                    .or_else(|| NaiveDate::from_ymd_opt(y, a as u32, b as u32))?
            };
            if !(1900..=2100).contains(&date.year()) {
                return None;
            }
            return Some((j + 5, Res::Day(date, Relation::Absolute)));
        }
        if sep != "/" || g[0].len() > 2 || g[1].len() > 2 {
            return None;
        }
        // A following separator and digits would make this something else ("1/2/3/4").
        if self.touch(j + 2, j + 3)
            && self.kind(j + 3) == Some(TokKind::Punct)
            && self.kind(j + 4) == Some(TokKind::Digits)
            && self.touch(j + 3, j + 4)
        {
            return None;
        }
        if self.pair_not_a_date(j) {
            return None;
        }
        let (a, b) = (digits_value(g[0])? as u32, digits_value(g[1])? as u32);
        let (d, m) = if (1..=12).contains(&b) && (1..=31).contains(&a) { (a, b) } else { (b, a) };
        let date = self.window(m, d)?;
        let p = self.pubd?;
        Some((j + 3, Res::Day(date, rel_of_date(date, p))))
    }

    /// The pair of numbers "a/b" at `j` is no day and month: the tail of a longer group glued
    /// before it ("1436/10/28هـ"), the head of a date whose year follows after a space ("1/11
    /// /1436هـ"), or the number of an article, a decision or an item (`NUMBER_HEADS`: "المادة
    /// 3/14", "القرار رقم (4/2)").
    fn pair_not_a_date(&self, j: usize) -> bool {
        let digits_at = |k: usize| self.kind(k) == Some(TokKind::Digits);
        let sep_at = |k: usize| self.kind(k) == Some(TokKind::Punct) && matches!(self.text(k), "/" | "-" | ".");
        let glued_before =
            j >= 2 && sep_at(j - 1) && digits_at(j - 2) && self.touch(j - 2, j - 1) && self.touch(j - 1, j);
        let year_after = sep_at(j + 3) && digits_at(j + 4) && self.text(j + 4).len() == 4;
        glued_before || year_after || self.number_head_before(j)
    }

    /// A `NUMBER_HEADS` word right before `j`, or before an opening bracket there ("القرار رقم
    /// (4/2)").
    fn number_head_before(&self, j: usize) -> bool {
        self.head_word_before(j, NUMBER_HEADS)
    }

    /// A word of `heads` right before `j`, or before an opening bracket there.
    fn head_word_before(&self, j: usize, heads: &[&str]) -> bool {
        j.checked_sub(if j >= 1 && self.is_punct(j - 1, "(") { 2 } else { 1 })
            .is_some_and(|h| self.kind(h) == Some(TokKind::Word) && heads.contains(&self.text(h)))
    }

    /// Three digit groups from `j` joined by one separator ("/", "-", "."), each glued or
    /// spaced ("27/7/1436", "19 / 10 / 1436", "3 /6 /1435", "1436/7/27"), with no further group
    /// glued on either side by a separator: the three groups and the token after the last.
    fn three_groups(&self, j: usize) -> Option<([&'a str; 3], usize)> {
        let sep = self.text(j + 1);
        let digits_at = |k: usize| self.kind(k) == Some(TokKind::Digits);
        if !digits_at(j)
            || self.kind(j + 1) != Some(TokKind::Punct)
            || !matches!(sep, "/" | "-" | ".")
            || !digits_at(j + 2)
            || !self.is_punct(j + 3, sep)
            || !digits_at(j + 4)
        {
            return None;
        }
        let sep_digits = |p: usize, q: usize| {
            self.kind(p) == Some(TokKind::Punct)
                && matches!(self.text(p), "/" | "-" | "." | ":")
                && digits_at(q)
                && self.touch(p.min(q), p.max(q))
        };
        if (j >= 2 && self.touch(j - 1, j) && sep_digits(j - 1, j - 2))
            || (self.touch(j + 4, j + 5) && sep_digits(j + 5, j + 6))
        {
            return None;
        }
        Some(([self.text(j), self.text(j + 2), self.text(j + 4)], j + 5))
    }

    /// A numeric Hijri date: day first ("27/7/1436ه", "13/10/1436 هـ", "19 / 10 / 1436") or
    /// year first ("1436/7/27هـ"), with a year 1300–1500 (no Gregorian year a news report
    /// dates a day in) and a Hijri mark or none; not after a number head ("رقم 3/1/1435").
    /// Converted with `hijri_to_date` (Umm al-Qura) at day precision, unless "الموافق" and the
    /// Gregorian date follow ("… هـ الموافق 16/5/2015م"): the writer's own equivalent, read
    /// in one span.
    fn hijri_numeric(&self, j: usize) -> Option<Hit> {
        let (groups, k) = self.three_groups(j)?;
        let (y, m, d, _) = year_ordered(groups, 1300..=1500)?;
        let (mark, k) = match self.word(k) {
            Some((DateWord::HijriMark, c)) if c.conj.is_none() => (true, k + 1),
            Some((DateWord::MiladiMark, _)) => return None,
            _ => (false, k),
        };
        if (!mark && self.number_head_before(j)) || self.reference_date(j) {
            return None;
        }
        let date = hijri_to_date(y as i32, m as u32, d as u32)?;
        let after = if self.is_punct(k, ",") { k + 1 } else { k };
        if matches!(self.bare(after), Some((DateWord::Muwafiq, _))) {
            if let Some(h) = self.gregorian_equivalent(after + 1) {
                return Some(h);
            }
        }
        let date = match self.weekday_before(j) {
            Some(w) => nearest_weekday(date, w),
            None => date,
        };
        Some((k, Res::Day(date, Relation::Absolute)))
    }

    /// The date at `j` follows a `REFERENCE_DATE_HEADS` word, itself after a document's number
    /// ("القرار رقم (41 / 25) وتاريخ 10 / 6 / 1436هـ"): the document's reference, no event's day.
    fn reference_date(&self, j: usize) -> bool {
        self.head_word_before(j, REFERENCE_DATE_HEADS)
    }

    /// The weekday named right before a numeric date at `j`, perhaps with a modifier, a comma or
    /// "الموافق" between ("يوم الجمعة 15/10/1436", "الأحد القادم الموافق 24 / 10 / 1436هـ").
    fn weekday_before(&self, j: usize) -> Option<u8> {
        let mut k = j.checked_sub(1)?;
        if self.is_punct(k, ",") || matches!(self.bare(k), Some((DateWord::Muwafiq, _))) {
            k = k.checked_sub(1)?;
        }
        if self.modifier(k).is_some() {
            k = k.checked_sub(1)?;
        }
        self.weekday(k)
    }

    /// The Gregorian date after "الموافق": three groups glued or spaced with a year 1900–2100
    /// (day first, else month first; or year first) and an optional م, or a day, month name
    /// and year ("16 مايو 2015").
    fn gregorian_equivalent(&self, k: usize) -> Option<Hit> {
        if let Some((groups, end)) = self.three_groups(k) {
            let (y, m, d, year_last) = year_ordered(groups, 1900..=2100)?;
            // (Year last: day first, else month first.)
            let date = NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32)
                .or_else(|| year_last.then(|| NaiveDate::from_ymd_opt(y as i32, d as u32, m as u32)).flatten())?;
            let end = match self.year_mark(end) {
                (false, e) => e,
                (true, _) => return None,
            };
            return Some((end, Res::Day(date, Relation::Absolute)));
        }
        match self.day_month(k)? {
            h @ (_, Res::Day(_, Relation::Absolute)) => Some(h),
            _ => None,
        }
    }

    /// Day `d` of Gregorian month `m` with no year: the occurrence from 273 days before to 92
    /// days after publication.
    fn window(&self, m: u32, d: u32) -> Option<NaiveDate> {
        let p = self.pubd?;
        let lo = add_days(p, -273)?;
        let hi = add_days(p, 92)?;
        (p.year() - 1..=p.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)).find(|x| *x > lo && *x <= hi)
    }

    /// A fraction word or "الأسبوع" at `i`, whose ordinal after it is no day.
    fn counts_parts(&self, i: usize) -> bool {
        match self.word(i) {
            Some((DateWord::Part, _)) => true,
            Some((DateWord::Period(Period::Week), c)) => c.al,
            _ => false,
        }
    }

    /// A day of the month after «يوم» with no month of its own ("ارتكبت الشرطة يوم 26 مذبحة",
    /// "يوم 26 و 27": the first day), recall57: the latest such day on or before publication, of the
    /// publication month or the one before it. Not when a number, a glued separator, «من» or a
    /// word of month, period, era or modifier follows (a count, a numeric date, "يوم 3 من
    /// الإضراب", a month or era the other rules read or leave).
    fn bare_month_day(&self, j: usize) -> Option<Hit> {
        let p = self.pubd?;
        let (d, k) = self.day_number(j)?;
        let k = self.range_end(k, d).unwrap_or(k);
        if self.kind(k) == Some(TokKind::Digits)
            || (self.kind(k) == Some(TokKind::Punct)
                && self.touch(k - 1, k)
                && !matches!(self.text(k), "," | "،" | "." | "؛"))
            || self.is_word(k, "من")
            || matches!(
                self.word(k),
                Some((
                    DateWord::Month(..)
                        | DateWord::MonthHead(_)
                        | DateWord::Hijri(_)
                        | DateWord::Mod(_)
                        | DateWord::Period(_)
                        | DateWord::Season(_)
                        | DateWord::HijriMark
                        | DateWord::MiladiMark
                        | DateWord::Muwafiq,
                    _
                ))
            )
        {
            return None;
        }
        let (y, m) = if d <= p.day() { (p.year(), p.month()) } else { shift_month(p.year(), p.month(), -1) };
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        // (Its next occurrence, for a clause that tells the act as to come: "سيزور القاهرة يوم 26".)
        let (ny, nm) = if d > p.day() { (p.year(), p.month()) } else { shift_month(p.year(), p.month(), 1) };
        match NaiveDate::from_ymd_opt(ny, nm, d) {
            Some(next) if date < p => Some((k, Res::HijriDay(date, rel_of_date(date, p), next))),
            _ => Some((k, Res::Day(date, rel_of_date(date, p)))),
        }
    }

    /// A day number at `j`: digits 1–31, "الـ26", أول, or an ordinal word. Returns the day
    /// and the token after it.
    fn day_number(&self, j: usize) -> Option<(u32, usize)> {
        match self.kind(j)? {
            TokKind::Digits => {
                if self.text(j).len() > 2 {
                    return None;
                }
                let d = self.lone_digits(j)?;
                (1..=31).contains(&d).then_some((d as u32, j + 1))
            }
            TokKind::Word => {
                if let Some((DateWord::Article, _)) = self.word(j) {
                    if self.touch(j, j + 1) && self.kind(j + 1) == Some(TokKind::Digits) && self.text(j + 1).len() <= 2
                    {
                        let d = self.lone_digits(j + 1)?;
                        return (1..=31).contains(&d).then_some((d as u32, j + 2));
                    }
                    return None;
                }
                if let Some((DateWord::First, _)) = self.word(j) {
                    return Some((1, j + 1));
                }
                let p = self.nums.parse_at(j)?;
                let v = p.value?;
                (p.ordinal && (1..=31).contains(&v)).then_some((v as u32, p.end))
            }
            TokKind::Punct => None,
        }
    }

    /// The end of a range of days after the first day `d`: "و 27", "و27", "والسابع", "إلى 27",
    /// a later day of the same month; returns the token after its number.
    fn range_end(&self, k: usize, d: u32) -> Option<usize> {
        let (d2, k2) = if self.is_word(k, "و") || self.is_word(k, "الي") || self.is_word(k, "حتي") {
            self.day_number(k + 1)?
        } else if self.kind(k) == Some(TokKind::Word) && self.text(k).starts_with('و') {
            // An ordinal with a glued و ("والسابع"); not "و" glued to digits, read above.
            let p = self.nums.parse_at(k)?;
            let v = p.value?;
            if !p.ordinal || !(1..=31).contains(&v) {
                return None;
            }
            (v as u32, p.end)
        } else {
            return None;
        };
        later_day_of_range(u64::from(d), u64::from(d2)).then_some(k2)
    }

    /// Two day numbers joined by a dash at `j`, glued or spaced ("1-4 يونيو", "22- 24 يوليو",
    /// "4 - 6 أغسطس"), the second later by at most ten days, with no further separator and
    /// digits glued on either side (a numeric date, a score): the first day and the token after
    /// the second.
    fn dash_range(&self, j: usize) -> Option<(u32, usize)> {
        if !self.is_punct(j + 1, "-") || self.text(j).len() > 2 || self.text(j + 2).len() > 2 {
            return None;
        }
        let (d, d2) = (self.digits(j)?, self.digits(j + 2)?);
        let sep_digits = |p: usize, q: usize| {
            self.kind(p) == Some(TokKind::Punct)
                && matches!(self.text(p), "/" | "-" | "." | ":")
                && self.kind(q) == Some(TokKind::Digits)
                && self.touch(p.min(q), p.max(q))
        };
        let glued_before = j >= 2 && self.touch(j - 1, j) && sep_digits(j - 1, j - 2);
        let glued_after = self.touch(j + 2, j + 3) && sep_digits(j + 3, j + 4);
        if glued_before || glued_after || !(1..=31).contains(&d) || !later_day_of_range(d, d2) || d2 > 31 {
            return None;
        }
        Some((d as u32, j + 3))
    }

    /// A month name at `k`: the month, the token after it, and whether it needs context.
    fn month_name(&self, k: usize, clitics_ok: bool) -> Option<(MonthRef, usize, bool)> {
        let (w, cl) = self.word(k)?;
        if !clitics_ok && !cl.bare() {
            return None;
        }
        match w {
            DateWord::Month(m, amb) => Some((MonthRef::Greg(u32::from(m)), k + 1, amb)),
            DateWord::Hijri(m) => Some((MonthRef::Hijri(u32::from(m)), k + 1, true)),
            DateWord::MonthHead(h) => {
                if self.kind(k + 1) != Some(TokKind::Word) {
                    return None;
                }
                let m = match (h, self.text(k + 1)) {
                    (Head::Kanun, "الثاني" | "الاخر") => MonthRef::Greg(1),
                    (Head::Kanun, "الاول") => MonthRef::Greg(12),
                    (Head::Tishrin, "الاول") => MonthRef::Greg(10),
                    (Head::Tishrin, "الثاني" | "الاخر") => MonthRef::Greg(11),
                    (Head::Rabi, "الاول") => MonthRef::Hijri(3),
                    (Head::Rabi, "الثاني" | "الاخر") => MonthRef::Hijri(4),
                    (Head::Jumada, "الاولي" | "الاول") => MonthRef::Hijri(5),
                    (Head::Jumada, "الاخره" | "الثانيه" | "الاخر" | "الثاني") => {
                        MonthRef::Hijri(6)
                    }
                    (Head::Dhu, "القعده") => MonthRef::Hijri(11),
                    (Head::Dhu, "الحجه") => MonthRef::Hijri(12),
                    _ => return None,
                };
                Some((m, k + 2, false))
            }
            _ => None,
        }
    }

    /// A second name of the same month: "كانون الثاني/يناير", "شباط (فبراير)".
    fn alt_month(&self, k: usize, m: MonthRef) -> usize {
        let open = self.kind(k) == Some(TokKind::Punct) && matches!(self.text(k), "/" | "-" | "(");
        if !open {
            return k;
        }
        match self.month_name(k + 1, false) {
            Some((m2, k2, _)) if m2 == m => {
                if self.text(k) == "(" && self.is_punct(k2, ")") {
                    k2 + 1
                } else {
                    k2
                }
            }
            _ => k,
        }
    }

    /// A year after a month or season: "2013", "عام 2013", "من عام 2013", "1434 هـ", "من
    /// العام الماضي", "من هذا العام".
    fn year_part(&self, k: usize, hijri_ctx: bool) -> Option<(YearSpec, usize)> {
        let mut k = k;
        if self.is_word(k, "من") {
            k += 1;
        }
        let mut year_word = false;
        match self.bare(k) {
            Some((DateWord::This, _)) => {
                if let Some((DateWord::Period(Period::Year), c)) = self.bare(k + 1) {
                    if c.al {
                        return Some((YearSpec::Rel(0), k + 2));
                    }
                }
                return None;
            }
            Some((DateWord::Period(Period::Year), c)) => {
                if c.al {
                    if let Some(r) = self.modifier(k + 1) {
                        let off = match r {
                            Relation::Past => -1,
                            Relation::Future => 1,
                            _ => 0,
                        };
                        return Some((YearSpec::Rel(off), k + 2));
                    }
                }
                year_word = true;
                k += 1;
            }
            _ => {}
        }
        let len = self.text(k).len();
        let y = self.lone_digits(k)? as i32;
        let (mark, end) = self.year_mark(k + 1);
        let miladi = end > k + 1 && !mark;
        let hijri = mark || (hijri_ctx && !miladi && (1300..=1600).contains(&y));
        let ok = if hijri {
            (1..=1600).contains(&y)
        } else if year_word {
            (1000..=2999).contains(&y)
        } else {
            len == 4 && (1000..=2999).contains(&y)
        };
        ok.then_some((YearSpec::Abs(y, hijri), end))
    }

    fn weekday_core(&self, j: usize, wd: u8) -> Option<Hit> {
        let mut k = j + 1;
        let mut rel = self.modifier(k);
        // "الجمعة قبل الماضية": a week before "الجمعة الماضية".
        let mut further = 0;
        if rel.is_some() {
            k += 1;
        } else if self.before_last(k) {
            rel = Some(Relation::Past);
            further = 7;
            k += 2;
        } else if matches!(self.word(k), Some((DateWord::Weekday(_), c)) if c.conj == Some('و') && c.prep.is_none()) {
            // "يومي الأربعاء والخميس القادمين": two days, dated by the first, with the plural
            // modifier of both.
            k += 1;
            rel = match self.text(k) {
                "الماضيين" => Some(Relation::Past),
                "القادمين" | "المقبلين" => Some(Relation::Future),
                _ => None,
            };
            if rel.is_some() {
                k += 1;
            }
        }
        // "الثلاثاء 26 فبراير 2013", "الثلاثاء، 26 فبراير", "يوم الثلاثاء الموافق 26 فبراير".
        let mut d = k;
        if self.is_punct(d, ",") || matches!(self.bare(d), Some((DateWord::Muwafiq, _))) {
            d += 1;
        }
        if let Some(h) = self.day_month(d) {
            return Some(h);
        }
        // "يوم الخميس 14/10/1436هـ", "الجمعة الموافق 9/9/1436": the written date.
        if let Some(h) = self.hijri_numeric(d) {
            return Some(h);
        }
        let p = self.pubd?;
        let pw = i64::from(p.weekday().num_days_from_monday());
        let w = i64::from(wd);
        let back = (pw - w).rem_euclid(7);
        let offset = match rel {
            Some(Relation::Past) => -(if back == 0 { 7 } else { back }) - further,
            Some(Relation::Future) => {
                let f = (w - pw).rem_euclid(7);
                if f == 0 {
                    7
                } else {
                    f
                }
            }
            _ => -back,
        };
        let date = add_days(p, offset)?;
        Some((k, Res::Day(date, rel_of(offset))))
    }

    fn rel_day(&self, j: usize, w: DateWord) -> Option<Hit> {
        let mut k = j + 1;
        let offset: i64 = match w {
            DateWord::Yesterday => {
                // "في أمسّ الحاجة إلى …": the superlative, whose shadda the key drops, before a
                // need noun (`SUPERLATIVE_NEED_NOUNS`) is no yesterday (dates56), when a
                // preposition governs it: the word before is one of `SUPERLATIVE_LEAD_WORDS`, or
                // the token is a glued form of `SUPERLATIVE_GLUED_FORMS` («بأمس»). «أكد الوزير
                // أمس الحاجة إلى …» keeps its yesterday (fix62a).
                let governed = crate::SUPERLATIVE_GLUED_FORMS.contains(&self.text(j))
                    || j.checked_sub(1).is_some_and(|p| {
                        self.kind(p) == Some(TokKind::Word) && crate::SUPERLATIVE_LEAD_WORDS.contains(&self.text(p))
                    });
                if governed
                    && self.kind(k) == Some(TokKind::Word)
                    && crate::SUPERLATIVE_NEED_NOUNS.contains(&self.text(k))
                {
                    return None;
                }
                if self.is_word(k, "الاول") {
                    k += 1;
                    -2
                } else {
                    -1
                }
            }
            DateWord::First => {
                if self.is_word(k, "من") {
                    k += 1;
                }
                if !matches!(self.bare(k), Some((DateWord::Yesterday, c)) if !c.al) {
                    return None;
                }
                k += 1;
                -2
            }
            DateWord::Today => {
                if self.weekday(k).is_none() && self.blocks_today(k) {
                    return None;
                }
                0
            }
            DateWord::Tonight => match self.modifier(k) {
                Some(r) => {
                    k += 1;
                    match r {
                        Relation::Past => -1,
                        Relation::Future => 1,
                        _ => 0,
                    }
                }
                None if self.before_last(k) => {
                    k += 2;
                    -2
                }
                None => {
                    if self.weekday(k).is_none() && self.blocks_today(k) {
                        return None;
                    }
                    0
                }
            },
            DateWord::LastNight => -1,
            DateWord::Tomorrow => {
                // "حزب غد الثورة", "غد الأمة": غد before a definite noun (not a weekday) is the
                // first word of a construct, not tomorrow.
                if self.text(j).ends_with("غد")
                    && self.kind(j + 1) == Some(TokKind::Word)
                    && self.text(j + 1).starts_with("ال")
                    && self.weekday(j + 1).is_none()
                {
                    return None;
                }
                // "بغد أفضل" ("for a better tomorrow") and «بغد» mistyped for «بعد» ("after"):
                // tomorrow with a glued ب is no day («للغد», adjourned to tomorrow, is).
                if self.word(j).is_some_and(|(_, c)| c.prep == Some('ب')) {
                    return None;
                }
                1
            }
            DateWord::After => {
                if !matches!(self.bare(k), Some((DateWord::Tomorrow, c)) if !c.al) {
                    return None;
                }
                k += 1;
                2
            }
            _ => return None,
        };
        // "أمس الاثنين", "اليوم السبت", "غدا الأحد". The weekday is what the writer saw: when
        // the article is dated a day or two after it was written ("اليوم الثلاثاء" in a paper of
        // Wednesday), the named weekday one or two days before the relative day wins (never a
        // later day, and "غدا" never goes before the publication day).
        let mut offset = offset;
        if let Some(wd) = self.weekday(k) {
            k += 1;
            let back = weekday_back(self.pubd?, offset, wd);
            if offset <= 0 || back >= 0 {
                offset = back;
            }
        }
        let p = self.pubd?;
        Some((k, Res::Day(add_days(p, offset)?, rel_of(offset))))
    }

    /// "قبل يومين", "منذ ثلاثة أيام", "قبل 5 أيام", "قبل يوم": N days before publication.
    fn days_ago(&self, j: usize) -> Option<Hit> {
        let k = j + 1;
        let (n, end) = match self.text(k) {
            "يوم" => (1, k + 1),
            "يومين" => (2, k + 1),
            _ => {
                let p = self.nums.parse_at(k)?;
                let n = p.value?;
                if p.ordinal || !(1..=30).contains(&n) || !matches!(self.text(p.end), "ايام" | "يوما") {
                    return None;
                }
                (n, p.end + 1)
            }
        };
        let p = self.pubd?;
        Some((end, Res::Day(add_days(p, -(n as i64))?, Relation::Past)))
    }

    /// "اليوم التالي", "اليوم العالمي", "اليوم نفسه": اليوم is "the day", not today.
    fn blocks_today(&self, k: usize) -> bool {
        if self.kind(k) != Some(TokKind::Word) {
            return false;
        }
        let t = self.text(k);
        t.starts_with("ال") || matches!(t, "نفسه" | "ذاته" | "الذي" | "التي")
    }

    /// A day and a month from `j`: "26 فبراير 2013", "26 من فبراير", "الخامس من يونيو".
    fn day_month(&self, j: usize) -> Option<Hit> {
        // "النصف الثاني من ديسمبر", "الأسبوع الأول من يناير": the ordinal counts parts of the
        // month, not its days; the month alone is read from its own word.
        if j > 0 && self.counts_parts(j - 1) {
            return None;
        }
        // "يومي 6 و7 فبراير", "السادس والسابع من فبراير", "1-4 يونيو": a range of days dates
        // its first day.
        let (d, mut k) = match self.dash_range(j) {
            Some(x) => x,
            None => {
                let (d, k) = self.day_number(j)?;
                (d, self.range_end(k, d).unwrap_or(k))
            }
        };
        if self.is_word(k, "من") {
            k += 1;
        }
        // "الخامس من شهر مارس", "10 شهر أيار": a bare «شهر» before a month name only names what
        // follows, so the day reads through it (the name read once, here).
        let mut through = None;
        if let Some((DateWord::Period(Period::Month), c)) = self.bare(k) {
            through = if c.al { None } else { self.month_name(k + 1, false) };
            // "15 من الشهر الجاري", "الـ3 من الشهر الماضي".
            if through.is_none() {
                let off = match (c.al, self.modifier(k + 1)?) {
                    (false, _) => return None,
                    (_, Relation::Past) => -1,
                    (_, Relation::Future) => 1,
                    _ => 0,
                };
                let p = self.pubd?;
                let (y, m) = shift_month(p.year(), p.month(), off);
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((k + 2, Res::Day(date, rel_of_date(date, p))));
            }
        }
        let (m, k2, _) = match through {
            Some(x) => x,
            None => self.month_name(k, false)?,
        };
        let mut k = self.alt_month(k2, m);
        let p = self.pubd;
        match m {
            MonthRef::Greg(m) => {
                if let Some((ys, k3)) = self.year_part(k, false) {
                    let date = match ys {
                        YearSpec::Abs(y, false) => NaiveDate::from_ymd_opt(y, m, d)?,
                        YearSpec::Abs(_, true) => return None,
                        YearSpec::Rel(off) => NaiveDate::from_ymd_opt(p?.year() + off, m, d)?,
                    };
                    let rel = match ys {
                        YearSpec::Abs(..) => Relation::Absolute,
                        YearSpec::Rel(_) => rel_of_date(date, p?),
                    };
                    return Some((k3, Res::Day(date, rel)));
                }
                let p = p?;
                let date = match self.modifier(k) {
                    Some(Relation::Past) => {
                        k += 1;
                        (p.year() - 8..=p.year())
                            .rev()
                            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                            .find(|x| *x < p)?
                    }
                    Some(Relation::Future) => {
                        k += 1;
                        (p.year()..=p.year() + 8).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)).find(|x| *x > p)?
                    }
                    Some(Relation::Present) => {
                        k += 1;
                        NaiveDate::from_ymd_opt(p.year(), m, d)?
                    }
                    _ => self.window(m, d)?,
                };
                Some((k, Res::Day(date, rel_of_date(date, p))))
            }
            MonthRef::Hijri(m) => {
                if d > 30 {
                    return None;
                }
                if let Some((ys, k3)) = self.year_part(k, true) {
                    return match ys {
                        YearSpec::Abs(y, true) => Some((k3, Res::Day(hijri_to_date(y, m, d)?, Relation::Absolute))),
                        _ => None,
                    };
                }
                let p = p?;
                let modifier = self.modifier(k);
                let date = match modifier {
                    Some(Relation::Future) => {
                        k += 1;
                        hijri_earliest_after(m, d, p)?
                    }
                    Some(Relation::Past) => {
                        k += 1;
                        hijri_latest_on_or_before(m, d, add_days(p, -1)?)?
                    }
                    Some(_) => {
                        k += 1;
                        hijri_latest_on_or_before(m, d, p)?
                    }
                    None => hijri_latest_on_or_before(m, d, p)?,
                };
                // ("28 شوال" with no year and no modifier: the year was inferred.)
                if modifier.is_none() && date < p {
                    if let Some(next) = hijri_earliest_after(m, d, p) {
                        return Some((k, Res::HijriDay(date, rel_of_date(date, p), next)));
                    }
                }
                Some((k, Res::Day(date, rel_of_date(date, p))))
            }
        }
    }

    fn month_core(&self, j: usize, first: bool, pre: Pre) -> Option<Hit> {
        let (m, k, amb) = self.month_name(j, first)?;
        let mut k = self.alt_month(k, m);
        match m {
            MonthRef::Greg(m) => {
                if let Some((ys, k2)) = self.year_part(k, false) {
                    match ys {
                        YearSpec::Abs(y, false) => return Some((k2, Res::Month(y, m, Relation::Absolute))),
                        YearSpec::Rel(off) => {
                            let y = self.pubd?.year() + off;
                            return Some((k2, Res::Month(y, m, month_rel(y, m, self.pubd?))));
                        }
                        YearSpec::Abs(_, true) => {}
                    }
                }
                let rel = self.modifier(k);
                if rel.is_some() {
                    k += 1;
                } else if amb && (!pre.context() || glued_prep(self.word(j))) {
                    // ("من باب التحذير": ب + اب is a door, not August.)
                    return None;
                }
                let p = self.pubd?;
                let pm = p.month();
                let y = match rel {
                    Some(Relation::Past) => p.year() - i32::from(m >= pm),
                    Some(Relation::Future) => p.year() + i32::from(m <= pm),
                    Some(Relation::Present) => p.year(),
                    _ => p.year() - i32::from(m > pm),
                };
                Some((k, Res::Month(y, m, month_rel(y, m, p))))
            }
            MonthRef::Hijri(m) => {
                if let Some((ys, k2)) = self.year_part(k, true) {
                    let start = match ys {
                        YearSpec::Abs(y, true) => hijri_to_date(y, m, 1)?,
                        YearSpec::Abs(y, false) => {
                            // "رمضان 2013": the one whose first day falls in 2013.
                            let mid = NaiveDate::from_ymd_opt(y, 7, 1)?;
                            let hy = hijri_year_of(mid);
                            (hy - 1..=hy + 1).filter_map(|h| hijri_to_date(h, m, 1)).find(|d| d.year() == y)?
                        }
                        YearSpec::Rel(_) => return None,
                    };
                    return Some((k2, Res::Month(start.year(), start.month(), Relation::Absolute)));
                }
                let rel = self.modifier(k);
                if rel.is_some() {
                    k += 1;
                } else if amb && !pre.context() {
                    return None;
                }
                let p = self.pubd?;
                let start = match rel {
                    Some(Relation::Future) => hijri_earliest_after(m, 1, p)?,
                    Some(Relation::Past) => hijri_latest_on_or_before(m, 1, add_days(p, -30)?)?,
                    _ => hijri_latest_on_or_before(m, 1, p)?,
                };
                Some((k, Res::Month(start.year(), start.month(), month_rel(start.year(), start.month(), p))))
            }
        }
    }

    fn period_core(&self, j: usize, per: Period, cl: Clitics, pre: Pre) -> Option<Hit> {
        if per == Period::Year && self.kind(j + 1) == Some(TokKind::Digits) {
            // "عام 2017", "العام 2017", "سنة 1435 هـ".
            let y = self.lone_digits(j + 1)? as i32;
            let (hijri, end) = self.year_mark(j + 2);
            if hijri {
                return self.hijri_year(y, end);
            }
            if let Some(y2) = self.two_digit_year(j, cl, y, end) {
                return Some((end, Res::Year(y2, Relation::Absolute)));
            }
            if end == j + 2 && self.bare_hijri_year(y) {
                return self.hijri_year(y, end);
            }
            if !(1000..=2999).contains(&y) {
                return None;
            }
            let end2 = self.year_range_end(end, y);
            // "بين عامي 1304 و1237 قبل الميلاد": a year before Christ is no date we can write.
            let bc = |k: usize| self.is_word(k, "قبل") && matches!(self.bare(k + 1), Some((DateWord::MiladiMark, _)));
            if bc(end2) || (self.is_word(end, "و") && self.kind(end + 1) == Some(TokKind::Digits) && bc(end + 2)) {
                return None;
            }
            return Some((end2, Res::Year(y, Relation::Absolute)));
        }
        if !cl.al || (per == Period::Year && self.title_before(j)) {
            return None;
        }
        let (off, end) = match self.modifier(j + 1) {
            Some(r) => (
                match r {
                    Relation::Past => -1,
                    Relation::Future => 1,
                    _ => 0,
                },
                j + 2,
            ),
            None if self.before_last(j + 1) => (-2, j + 3),
            None if pre.edge && per != Period::Week => (0, j + 1),
            None => return None,
        };
        self.period_res(per, off, end)
    }

    /// The end of a range of years after the year `y` whose expression ends at `k`: "و2014",
    /// "و 2014", "- 2014", "إلى 2014", "حتى 2014" with a later year at most 50 on (and its
    /// mark); the range is dated by its first year, so only the span grows. Else `k`.
    fn year_range_end(&self, k: usize, y: i32) -> usize {
        let n = if self.is_word(k, "و") || self.is_word(k, "الي") || self.is_word(k, "حتي") || self.is_punct(k, "-")
        {
            k + 1
        } else {
            return k;
        };
        if self.kind(n) != Some(TokKind::Digits) || self.text(n).len() != 4 {
            return k;
        }
        match self.lone_digits(n) {
            Some(y2) if (y + 1..=y + 50).contains(&(y2 as i32)) => {
                let (hijri, end) = self.year_mark(n + 1);
                if hijri {
                    k
                } else {
                    end
                }
            }
            _ => k,
        }
    }

    /// A two-digit year after a year word (dates17): "عام 94", "سنة 52", "منذ عام 48",
    /// "في العام 86" read as 19NN. Only 40–99 (a year of the last century, never ahead of any
    /// publication date we read; a smaller number is as often an age, a count or a Hijri year),
    /// with no mark after it (`70م` is AD 70, `40 هـ` a Hijri year), the bare word `عام`/`سنة` or
    /// the article after a preposition ("في العام 86"; "هذا العام 88 في المائة", "مؤشر العام 51
    /// نقطة" are no years), and no per cent after the number ("قبل عام 40 بالمئة").
    fn two_digit_year(&self, j: usize, cl: Clitics, y: i32, end: usize) -> Option<i32> {
        let digits = self.text(j + 1).chars().count();
        if digits != 2 || !(40..=99).contains(&y) || end != j + 2 || self.title_before(j) {
            return None;
        }
        if cl.al && cl.prep.is_none() && !(j > 0 && matches!(self.bare(j - 1), Some((DateWord::Prep, _)))) {
            return None;
        }
        let per_cent = self.is_punct(end, "%")
            || matches!(self.text(end), "بالميه" | "بالمايه")
            || (self.is_word(end, "في") && matches!(self.text(end + 1), "الميه" | "المايه"));
        (!per_cent).then_some(1900 + y)
    }

    /// The word before `j` is an office that "العام" qualifies as "general" ("المدعي العام السابق",
    /// "الأمين العام السابق"): the former prosecutor general, not the previous year.
    fn title_before(&self, j: usize) -> bool {
        j > 0 && self.kind(j - 1) == Some(TokKind::Word) && {
            let w = self.text(j - 1);
            GENERAL_OFFICES.contains(&w.strip_prefix('و').unwrap_or(w))
        }
    }

    fn period_res(&self, per: Period, off: i32, end: usize) -> Option<Hit> {
        let p = self.pubd?;
        let rel = rel_of(i64::from(off));
        Some(match per {
            Period::Week => {
                let (y, m) = week_month(p, i64::from(off))?;
                (end, Res::Month(y, m, rel))
            }
            Period::Month => {
                let (y, m) = shift_month(p.year(), p.month(), off);
                (end, Res::Month(y, m, rel))
            }
            Period::Year => (end, Res::Year(p.year() + off, rel)),
        })
    }

    fn this_core(&self, j: usize) -> Option<Hit> {
        match self.bare(j + 1) {
            Some((DateWord::Period(per), c)) if c.al => self.period_res(per, 0, j + 2),
            Some((DateWord::Season(_), c)) if c.al => Some((j + 2, Res::Year(self.pubd?.year(), Relation::Present))),
            _ => None,
        }
    }

    /// ربيع that heads no Hijri month ("ربيع الأول", read first) is spring when a Gregorian
    /// year follows: "في ربيع 2011", "ربيع عام 2012", "ربيع العام الماضي". A year in the Hijri
    /// range or with a Hijri mark ("ربيع 1435 هـ") is no season.
    fn rabi_season(&self, j: usize) -> Option<Hit> {
        match self.season_core(j, 1)? {
            (_, Res::Year(y, Relation::Absolute)) if !(1900..=2100).contains(&y) => None,
            h => Some(h),
        }
    }

    fn season_core(&self, j: usize, s: u8) -> Option<Hit> {
        let k = j + 1;
        if let Some((ys, k2)) = self.year_part(k, false) {
            return match ys {
                YearSpec::Abs(y, false) => Some((k2, Res::Year(y, Relation::Absolute))),
                YearSpec::Rel(off) => {
                    let y = self.pubd?.year() + off;
                    Some((k2, Res::Year(y, rel_of(i64::from(off)))))
                }
                YearSpec::Abs(_, true) => None,
            };
        }
        if !self.word(j)?.1.al {
            return None; // "الصيف الماضي", not "صيف الماضي"
        }
        let rel = self.modifier(k)?;
        let p = self.pubd?;
        // Season s of year Y covers months (mid-1)..=(mid+1) of Y, mid = 1, 4, 7, 10.
        let mid = i32::from(s) * 3 + 1;
        let pidx = p.year() * 12 + p.month() as i32;
        let start = |y: i32| y * 12 + mid - 1;
        let end = |y: i32| y * 12 + mid + 1;
        let y = match rel {
            Relation::Past => (p.year() - 2..=p.year() + 1).rev().find(|&y| end(y) < pidx)?,
            Relation::Future => (p.year() - 1..=p.year() + 2).find(|&y| start(y) > pidx)?,
            _ => (p.year() - 1..=p.year() + 1).find(|&y| start(y) <= pidx && pidx <= end(y)).unwrap_or(p.year()),
        };
        Some((k + 1, Res::Year(y, rel)))
    }
}

/// Find the date expressions of `text`, resolving relative ones against `published`.
/// Expressions are in text order and do not overlap.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMatch> {
    find_dates_in(&normalize(text), published)
}

/// "اليوم" in the names of the newspapers «المصري اليوم», «اليوم السابع» and «اليوم» is not today.
/// The first only when quoted (the key drops the quotes, so the original span is longer than the
/// key span): "قال الرئيس المصري اليوم" is today; the last only alone between quotes ("قال في
/// تصريح لـ«اليوم»", "حصلت «اليوم» على"): a quote that ends with "اليوم" is today.
fn outlet_name(n: &Normalized, toks: &[Tok], i: usize) -> bool {
    let key = n.key.as_str();
    let w = toks[i].text(key);
    let w = w.strip_prefix('و').unwrap_or(w);
    if w != "اليوم" {
        return false;
    }
    let next = toks.get(i + 1).map(|t| t.text(key)).unwrap_or("");
    if next == "السابع" {
        return true;
    }
    let (ws, we) = (toks[i].start as usize, toks[i].end as usize);
    // The original has a character the key dropped right before the word (after the space
    // before it, or at the start) and one right after it: the word is quoted alone.
    let dropped_before = match ws.checked_sub(1) {
        None => n.orig_byte(0) > 0,
        Some(b) => key.as_bytes()[b] == b' ' && n.orig_byte(ws) > n.orig_byte(b) + 1,
    };
    let w_orig = n.orig_byte_range(ws..we);
    if w == toks[i].text(key) && dropped_before && w_orig.end - w_orig.start > we - ws {
        return true;
    }
    let Some(p) = i.checked_sub(1).map(|j| toks[j]) else { return false };
    let (ks, ke) = (p.start as usize, toks[i].end as usize);
    // A closing quote right after "اليوم" falls inside the original range (its end maps to the
    // next key character), as does a quote or tatweel inside "لـ«المصري".
    let orig = n.orig_byte_range(ks..ke);
    p.text(key).ends_with("المصري") && orig.end - orig.start > ke - ks
}

/// Words before the date of a document whose number was just given ("رقم (41 / 25) وتاريخ
/// 10 / 6 / 1436هـ", "في عددها 5086 وتاريخ 27-12-1406"): a reference, not an event's day.
const REFERENCE_DATE_HEADS: &[&str] = &["وتاريخ"];

/// Words after which a number is the number of a text, a decision or an item, not a date (key
/// forms): "المادة 3/14", "القرار رقم 4/2".
const NUMBER_HEADS: &[&str] = &["رقم", "برقم", "الرقم", "الماده", "ماده", "البند", "بند", "الفقره", "فقره"];

/// [`find_dates`] on an already normalised text (offsets are still into the original).
pub fn find_dates_in(n: &Normalized, published: Option<NaiveDate>) -> Vec<DateMatch> {
    dates_in_tokens(n, &tokenize(&n.key), published)
}

/// [`find_dates_in`] on the key's tokens, so that the number reader can share them.
pub(crate) fn dates_in_tokens(n: &Normalized, toks: &[Tok], published: Option<NaiveDate>) -> Vec<DateMatch> {
    let parser = Parser { key: &n.key, toks, pubd: published, nums: Reader { key: &n.key, toks, skip_dates: false } };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((ks, (end, res))) = parser.parse_at(i) else {
            i += 1;
            continue;
        };
        let ke = toks[end - 1].end as usize;
        if end == i + 1 && outlet_name(n, toks, i) {
            i = end;
            continue;
        }
        if end > i && aligned(n, ks, ke) {
            let span = n.orig_byte_range(ks..ke);
            let next = match res {
                Res::HijriDay(_, _, nx) => Some(nx),
                _ => None,
            };
            let (year, month, day, precision, relative) = match res {
                Res::Day(d, r) | Res::HijriDay(d, r, _) => {
                    (d.year(), Some(d.month()), Some(d.day()), DatePrecision::Day, r)
                }
                Res::Month(y, m, r) => (y, Some(m), None, DatePrecision::Month, r),
                Res::Year(y, r) => (y, None, None, DatePrecision::Year, r),
            };
            out.push(DateMatch { start: span.start, end: span.end, year, month, day, precision, relative, next });
        }
        i = end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Relation::*;

    /// `iso_days` reads the three output forms into the days they cover (a leap February, a
    /// December whose last day is in the same year) and refuses what is none of them.
    #[test]
    fn iso_days_reads_the_output_forms() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let cases: &[(&str, Option<(NaiveDate, NaiveDate)>)] = &[
            ("2016", Some((d(2016, 1, 1), d(2016, 12, 31)))),
            ("2016-02", Some((d(2016, 2, 1), d(2016, 2, 29)))),
            ("2015-12", Some((d(2015, 12, 1), d(2015, 12, 31)))),
            ("2015-08-03", Some((d(2015, 8, 3), d(2015, 8, 3)))),
            ("2015-02-30", None),
            ("2015-13", None),
            ("اليوم", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(iso_days(text), *want, "{text}");
        }
    }

    /// The date table's key filter never turns away a key of the table.
    #[test]
    fn date_table_filter_passes_every_key() {
        assert!(table().finds_every_key());
    }

    fn d(s: &str) -> NaiveDate {
        parse_published(s).unwrap()
    }

    /// (expression text, ISO date, relation)
    fn run<'a>(text: &'a str, published: Option<&str>) -> Vec<(&'a str, String, Relation)> {
        find_dates(text, published.map(d)).into_iter().map(|m| (&text[m.start..m.end], m.iso(), m.relative)).collect()
    }

    /// (text, expected expressions)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str, Relation)]);

    fn check(published: Option<&str>, cases: &[Case]) {
        for (text, want) in cases {
            let want: Vec<(&str, String, Relation)> = want.iter().map(|(a, b, c)| (*a, b.to_string(), *c)).collect();
            assert_eq!(run(text, published), want, "{text} (published {published:?})");
        }
    }

    #[test]
    fn published_dates() {
        let cases = [
            ("2020-04-07", Some((2020, 4, 7))),
            ("2020-04-07T10:00:00+03:00", Some((2020, 4, 7))),
            ("2020-04-07 10:00", Some((2020, 4, 7))),
            (" 2013-02-26Z", None),
            ("2013-02-30", None),
            ("07/04/2020", None),
            ("", None),
            ("٢٠٢٠-٠٤-٠٧", None),
        ];
        for (s, want) in cases {
            let got = parse_published(s).map(|x| (x.year(), x.month(), x.day()));
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn weekdays_and_relative_days() {
        // 2020-04-07 is a Tuesday.
        check(
            Some("2020-04-07"),
            &[
                ("يوم السبت", &[("يوم السبت", "2020-04-04", Past)]),
                ("السبت الماضي", &[("السبت الماضي", "2020-04-04", Past)]),
                ("الثلاثاء", &[("الثلاثاء", "2020-04-07", Present)]),
                ("الثلاثاء الماضي", &[("الثلاثاء الماضي", "2020-03-31", Past)]),
                ("الإثنين", &[("الإثنين", "2020-04-06", Past)]),
                ("الاثنين", &[("الاثنين", "2020-04-06", Past)]),
                ("الأربعاء", &[("الأربعاء", "2020-04-01", Past)]),
                ("الأربعاء المقبل", &[("الأربعاء المقبل", "2020-04-08", Future)]),
                ("الثلاثاء القادم", &[("الثلاثاء القادم", "2020-04-14", Future)]),
                ("وفي يوم الجمعة", &[("يوم الجمعة", "2020-04-03", Past)]),
                ("والأحد", &[("الأحد", "2020-04-05", Past)]),
                ("صباح يوم السبت", &[("صباح يوم السبت", "2020-04-04", Past)]),
                ("أمس", &[("أمس", "2020-04-06", Past)]),
                ("بالأمس", &[("الأمس", "2020-04-06", Past)]),
                ("أمس الاثنين", &[("أمس الاثنين", "2020-04-06", Past)]),
                ("أمس الأول", &[("أمس الأول", "2020-04-05", Past)]),
                ("أول أمس", &[("أول أمس", "2020-04-05", Past)]),
                ("أول من أمس", &[("أول من أمس", "2020-04-05", Past)]),
                ("مساء أمس", &[("مساء أمس", "2020-04-06", Past)]),
                ("يوم أمس", &[("يوم أمس", "2020-04-06", Past)]),
                ("اليوم", &[("اليوم", "2020-04-07", Present)]),
                // Newspaper names, not today.
                ("نقلت صحيفة «المصري اليوم» عن مصدر", &[]),
                ("وقال المتحدث في تصريح لـ «اليوم» إن الطالب يدرس الهندسة", &[]),
                ("حصلت \"اليوم\" على نسخة من التقرير", &[]),
                ("وقال الوزير: «سنعلن النتائج اليوم»", &[("اليوم»", "2020-04-07", Present)]),
                ("وقال الوزير «اليوم الخميس» إن", &[("اليوم الخميس»", "2020-04-07", Present)]),
                ("ذكر موقع اليوم السابع أمس", &[("أمس", "2020-04-06", Past)]),
                ("قال الرئيس المصري اليوم", &[("اليوم", "2020-04-07", Present)]),
                ("اليوم الثلاثاء", &[("اليوم الثلاثاء", "2020-04-07", Present)]),
                // The named weekday wins over a publication date a day or two late.
                ("اليوم الاثنين", &[("اليوم الاثنين", "2020-04-06", Past)]),
                ("أمس الأحد", &[("أمس الأحد", "2020-04-05", Past)]),
                ("غدا الثلاثاء", &[("غدا الثلاثاء", "2020-04-07", Present)]),
                // Not one or two days before the relative day: the relative day stands.
                ("اليوم الجمعة", &[("اليوم الجمعة", "2020-04-07", Present)]),
                ("اليوم الأربعاء", &[("اليوم الأربعاء", "2020-04-07", Present)]),
                ("أمس الثلاثاء", &[("أمس الثلاثاء", "2020-04-06", Past)]),
                ("غدا الاثنين", &[("غدا الاثنين", "2020-04-08", Future)]),
                ("فجر اليوم", &[("فجر اليوم", "2020-04-07", Present)]),
                ("صباح اليوم", &[("صباح اليوم", "2020-04-07", Present)]),
                ("الليلة", &[("الليلة", "2020-04-07", Present)]),
                ("الليلة الماضية", &[("الليلة الماضية", "2020-04-06", Past)]),
                ("البارحة", &[("البارحة", "2020-04-06", Past)]),
                ("غدا", &[("غدا", "2020-04-08", Future)]),
                ("غداً الأربعاء", &[("غداً الأربعاء", "2020-04-08", Future)]),
                ("بعد غد", &[("بعد غد", "2020-04-09", Future)]),
                ("ووعد الحزب أنصاره بغد أفضل", &[]),
                ("اعتقلوا بغد عودتهم من الخارج", &[]),
                ("صباح الغد", &[("صباح الغد", "2020-04-08", Future)]),
                ("يوم غد الأربعاء", &[("يوم غد الأربعاء", "2020-04-08", Future)]),
                ("رئيس حزب غد الثورة", &[]),
                ("في اليوم التالي", &[]),
                ("اليوم العالمي للمرأة", &[]),
                ("الليلة الأولى", &[]),
                ("بعد ذلك", &[]),
                ("قبل يومين", &[("قبل يومين", "2020-04-05", Past)]),
                ("منذ ثلاثة أيام", &[("منذ ثلاثة أيام", "2020-04-04", Past)]),
                ("قبل 10 أيام", &[("قبل 10 أيام", "2020-03-28", Past)]),
                ("قبل يوم", &[("قبل يوم", "2020-04-06", Past)]),
                ("قبل ثلاثة أشهر", &[]),
                ("مساء الثلاثاء", &[("مساء الثلاثاء", "2020-04-07", Present)]),
                ("ليلة الجمعة الماضية", &[("ليلة الجمعة الماضية", "2020-04-03", Past)]),
            ],
        );
    }

    #[test]
    fn months() {
        check(
            Some("2020-04-07"),
            &[
                ("يناير", &[("يناير", "2020-01", Past)]),
                ("أبريل", &[("أبريل", "2020-04", Present)]),
                ("يونيو", &[("يونيو", "2019-06", Past)]),
                ("يونيو المقبل", &[("يونيو المقبل", "2020-06", Future)]),
                ("منتصف يونيو المقبل", &[("منتصف يونيو المقبل", "2020-06", Future)]),
                ("مطلع يناير الماضي", &[("مطلع يناير الماضي", "2020-01", Past)]),
                ("أبريل الماضي", &[("أبريل الماضي", "2019-04", Past)]),
                ("أبريل الجاري", &[("أبريل الجاري", "2020-04", Present)]),
                ("كانون الثاني", &[("كانون الثاني", "2020-01", Past)]),
                ("كانون الأول الماضي", &[("كانون الأول الماضي", "2019-12", Past)]),
                ("تشرين الأول", &[("تشرين الأول", "2019-10", Past)]),
                ("شباط 2013", &[("شباط 2013", "2013-02", Absolute)]),
                ("فبراير من عام 2013", &[("فبراير من عام 2013", "2013-02", Absolute)]),
                ("كانون الثاني/يناير 2020", &[("كانون الثاني/يناير 2020", "2020-01", Absolute)]),
                ("شباط (فبراير) الماضي", &[("شباط (فبراير) الماضي", "2020-02", Past)]),
                ("يونيو من العام الماضي", &[("يونيو من العام الماضي", "2019-06", Past)]),
                ("أواخر شهر مارس", &[("أواخر شهر مارس", "2020-03", Past)]),
                ("في مارس", &[("مارس", "2020-03", Past)]),
                ("مارس ضغوطا", &[]),
                ("آب 2014", &[("آب 2014", "2014-08", Absolute)]),
                ("زار أب وابنه", &[]),
                ("أطلق النار من باب التحذير", &[]),
                ("في آب", &[("آب", "2019-08", Past)]),
                ("سيارة نيسان", &[]),
                // An ordinal after a fraction or "الأسبوع" counts parts, not days.
                ("في النصف الثاني من ديسمبر الماضي", &[("ديسمبر الماضي", "2019-12", Past)]),
                ("خلال الأسبوع الأول من يناير", &[("يناير", "2020-01", Past)]),
                ("الربع الثالث من يناير 2019", &[("يناير 2019", "2019-01", Absolute)]),
            ],
        );
    }

    #[test]
    fn days_of_months_and_numeric() {
        check(
            Some("2020-04-07"),
            &[
                ("26 فبراير", &[("26 فبراير", "2020-02-26", Past)]),
                ("26 من فبراير", &[("26 من فبراير", "2020-02-26", Past)]),
                ("الـ26 من فبراير", &[("الـ26 من فبراير", "2020-02-26", Past)]),
                ("في 15 يونيو", &[("15 يونيو", "2020-06-15", Future)]),
                ("في 15 أغسطس", &[("15 أغسطس", "2019-08-15", Past)]),
                ("الخامس من يونيو", &[("الخامس من يونيو", "2020-06-05", Future)]),
                ("الأول من أبريل", &[("الأول من أبريل", "2020-04-01", Past)]),
                ("أول يناير", &[("أول يناير", "2020-01-01", Past)]),
                ("الثلاثاء 26 فبراير 2013", &[("الثلاثاء 26 فبراير 2013", "2013-02-26", Absolute)]),
                ("الثلاثاء، 26 فبراير 2013", &[("الثلاثاء، 26 فبراير 2013", "2013-02-26", Absolute)]),
                ("يوم الثلاثاء الموافق 26 فبراير", &[("يوم الثلاثاء الموافق 26 فبراير", "2020-02-26", Past)]),
                ("١٠ آذار ٢٠١٩", &[("١٠ آذار ٢٠١٩", "2019-03-10", Absolute)]),
                ("26 فبراير الماضي", &[("26 فبراير الماضي", "2020-02-26", Past)]),
                ("10 مايو المقبل", &[("10 مايو المقبل", "2020-05-10", Future)]),
                ("26/2/2013", &[("26/2/2013", "2013-02-26", Absolute)]),
                ("2013-02-26", &[("2013-02-26", "2013-02-26", Absolute)]),
                ("26-2-2013", &[("26-2-2013", "2013-02-26", Absolute)]),
                ("26.2.2013", &[("26.2.2013", "2013-02-26", Absolute)]),
                ("26/2/13", &[("26/2/13", "2013-02-26", Absolute)]),
                ("2/26/2013", &[("2/26/2013", "2013-02-26", Absolute)]),
                ("٢٦/٢/٢٠١٣", &[("٢٦/٢/٢٠١٣", "2013-02-26", Absolute)]),
                ("26/2", &[("26/2", "2020-02-26", Past)]),
                ("بتاريخ 15/3، على خلفية", &[("15/3", "2020-03-15", Past)]),
                ("وتنص المادة 3/14 في النظام", &[]),
                ("قرار مجلس الشورى رقم (4/2) وتاريخ", &[]),
                // A numeric Hijri date, day or year first, glued or spaced, with its mark
                // (dates29; before, "الموافق 1441/03/14هـ" and "في 1/11 /1441هـ" read nothing).
                ("الموافق 1441/03/14هـ", &[("1441/03/14هـ", "2019-11-11", Absolute)]),
                ("في 1/11 /1441هـ", &[("1/11 /1441هـ", "2020-06-22", Absolute)]),
                ("وقعت الاتفاقية في 12/4/1440ه بالرياض", &[("12/4/1440ه", "2018-12-19", Absolute)]),
                ("صدر القرار بتاريخ 7 / 11 / 1439 هـ وبدأ تطبيقه", &[("7 / 11 / 1439 هـ", "2018-07-20", Absolute)]),
                ("افتتح المعرض 1441/2/18هـ", &[("1441/2/18هـ", "2019-10-17", Absolute)]),
                ("أقيم الحفل 3 - 6 - 1438 هـ في جدة", &[("3 - 6 - 1438 هـ", "2017-03-02", Absolute)]),
                ("بدأ الصيام في 1/9/1440 للهجرة", &[("1/9/1440 للهجرة", "2019-05-06", Absolute)]),
                ("وصلت القافلة 20/1/1441", &[("20/1/1441", "2019-09-19", Absolute)]),
                // The Gregorian equivalent after "الموافق" is the writer's own: it wins.
                (
                    "اجتمع المجلس يوم الأحد 9 / 3 / 1440 هـ الموافق 17 / 11 / 2018م في القصر",
                    &[("يوم الأحد 9 / 3 / 1440 هـ الموافق 17 / 11 / 2018م", "2018-11-17", Absolute)],
                ),
                (
                    "في 20/1/1441هـ، الموافق 19 سبتمبر 2019م",
                    &[("20/1/1441هـ، الموافق 19 سبتمبر 2019م", "2019-09-19", Absolute)],
                ),
                ("يوم الخميس الموافق 14/7/1440 هـ", &[("يوم الخميس الموافق 14/7/1440 هـ", "2019-03-21", Absolute)]),
                // A number after a number head with no mark is a reference, not a date; so is
                // the date given with a document's number.
                ("صدر برقم 4/12/1438 من الديوان", &[]),
                ("بعد الاطلاع على قرار اللجنة رقم (12 / 7) وتاريخ 3 / 2 / 1439هـ وافق المجلس", &[]),
                // A weekday named with the date: the computed day moves to it (at most two days).
                ("افتتح الجسر يوم الأربعاء 11/4/1440هـ", &[("يوم الأربعاء 11/4/1440هـ", "2018-12-19", Absolute)]),
                (
                    "اليوم الأربعاء 11/4/1440هـ",
                    &[("اليوم الأربعاء", "2020-04-07", Present), ("11/4/1440هـ", "2018-12-19", Absolute)],
                ),
                ("الاثنين 11/4/1440هـ", &[("الاثنين 11/4/1440هـ", "2018-12-17", Absolute)]),
                ("2/26", &[("2/26", "2020-02-26", Past)]),
                ("192.168.1.1", &[]),
                ("في 15 من الشهر الجاري", &[("15 من الشهر الجاري", "2020-04-15", Future)]),
                ("الـ3 من الشهر الماضي", &[("الـ3 من الشهر الماضي", "2020-03-03", Past)]),
                ("يوم 26 فبراير", &[("يوم 26 فبراير", "2020-02-26", Past)]),
                ("السبت 4 أبريل/نيسان 2020", &[("السبت 4 أبريل/نيسان 2020", "2020-04-04", Absolute)]),
                ("2020/04/07", &[("2020/04/07", "2020-04-07", Absolute)]),
                ("3.5", &[]),
                ("يومي الأربعاء والخميس القادمين", &[("الأربعاء والخميس القادمين", "2020-04-08", Future)]),
                ("يومي السبت والأحد الماضيين", &[("السبت والأحد الماضيين", "2020-04-04", Past)]),
                ("السبت والأحد", &[("السبت والأحد", "2020-04-04", Past)]),
                // A range of days dates its first day.
                ("يومي 6 و7 فبراير", &[("6 و7 فبراير", "2020-02-06", Past)]),
                ("يوم 26 و 27 يناير", &[("يوم 26 و 27 يناير", "2020-01-26", Past)]),
                ("في السادس والسابع من مايو", &[("السادس والسابع من مايو", "2020-05-06", Future)]),
                ("من 3 إلى 5 مارس", &[("3 إلى 5 مارس", "2020-03-03", Past)]),
                ("بين 5 و 30 مارس", &[("30 مارس", "2020-03-30", Past)]),
                // A dash between the two days, glued or spaced (dates28).
                ("خلال الفترة 2-5 فبراير 2019", &[("2-5 فبراير 2019", "2019-02-02", Absolute)]),
                ("في الفترة من 11- 13 مارس", &[("11- 13 مارس", "2020-03-11", Past)]),
                ("ما بين 8 - 9 مايو المقبل", &[("8 - 9 مايو المقبل", "2020-05-08", Future)]),
                ("من 3 - 5 رجب 1441 هـ", &[("3 - 5 رجب 1441 هـ", "2020-02-27", Absolute)]),
                // A dash with a second day not later, or more than ten days on: as before.
                ("فاز 3-1 يوم 2 مارس", &[("يوم 2 مارس", "2020-03-02", Past)]),
                ("بين 2 - 25 مارس", &[("25 مارس", "2020-03-25", Past)]),
                ("2020-5-6", &[("2020-5-6", "2020-05-06", Absolute)]),
            ],
        );
    }

    #[test]
    fn a_day_reads_through_a_bare_shahr_before_the_month() {
        // dates53: «شهر» with no article between the day and the month's name.
        check(
            Some("2020-04-07"),
            &[
                ("في الخامس من شهر مارس", &[("الخامس من شهر مارس", "2020-03-05", Past)]),
                ("منذ 10 شهر أيار الماضي", &[("10 شهر أيار الماضي", "2019-05-10", Past)]),
                ("في 14 من شهر فبراير 2018", &[("14 من شهر فبراير 2018", "2018-02-14", Absolute)]),
                ("في الثالث والعشرين من شهر مارس", &[("الثالث والعشرين من شهر مارس", "2020-03-23", Past)]),
                // Left alone: a part of the month, and the month with the article.
                ("النصف الثاني من شهر مارس", &[("شهر مارس", "2020-03", Past)]),
            ],
        );
    }

    #[test]
    fn the_superlative_amassa_before_a_need_noun_is_no_yesterday() {
        // dates56: «أمسّ» ("direst") loses its shadda in the key; before a need noun it dates nothing.
        check(
            Some("2020-04-07"),
            &[
                ("المزارعون في أمسّ الحاجة إلى المياه", &[]),
                ("القرى بأمس الحاجة لمساعدات عاجلة", &[]),
                ("وهو من أمس حاجته إلى الدعم", &[]),
                ("هم في أمس الحاجات إلى الغذاء", &[]),
                // Yesterday still reads before a weekday, a clause or the end.
                ("وصلت القافلة أمس الاثنين", &[("أمس الاثنين", "2020-04-06", Past)]),
                ("قال الوزير أمس إن الحاجة ملحة", &[("أمس", "2020-04-06", Past)]),
                // fix62a: with no preposition before it, «أمس» before a need noun is yesterday.
                ("أكد الوزير أمس الحاجة إلى الدعم", &[("أمس", "2020-04-06", Past)]),
                ("أكد الوزير أمس الحاجات الملحة للسكان", &[("أمس", "2020-04-06", Past)]),
                ("عاد الوفد أمس", &[("أمس", "2020-04-06", Past)]),
            ],
        );
    }

    #[test]
    fn two_years_named_by_a_dual() {
        // "عامي"/"سنتي" before two years: the range is dated by its first year.
        check(
            Some("2015-08-01"),
            &[
                ("بين عامي 2012 و2014", &[("عامي 2012 و2014", "2012", Absolute)]),
                ("في عامي 2011 و 2012", &[("عامي 2011 و 2012", "2011", Absolute)]),
                ("خلال سنتي 2013 و2014م", &[("سنتي 2013 و2014م", "2013", Absolute)]),
                ("لعامي 2016 و2017", &[("عامي 2016 و2017", "2016", Absolute)]),
                // A second number that is no later year stays out of the span.
                ("عام 2012 و300 شخص", &[("عام 2012", "2012", Absolute)]),
                // Years before Christ are no dates.
                ("بين عامي 1304 و1237 قبل الميلاد", &[]),
                ("عام 500 قبل الميلاد", &[]),
                // The dual alone is no date ("عامي" is also "colloquial").
                ("باللهجة العامية والعامي", &[]),
            ],
        );
    }

    #[test]
    fn the_one_before_the_last() {
        // dates21: "قبل الماضي(ة)" goes one unit further back than "الماضي(ة)"; "الليلة" was
        // read alone as tonight and the weekday as the last one. Published on a Tuesday.
        check(
            Some("2015-08-04"),
            &[
                ("أغار الطيران الليلة قبل الماضية على القرية", &[("الليلة قبل الماضية", "2015-08-02", Past)]),
                ("في ساعة متأخرة من الليلة قبل الماضية", &[("الليلة قبل الماضية", "2015-08-02", Past)]),
                ("أغار الطيران الليلة الماضية على القرية", &[("الليلة الماضية", "2015-08-03", Past)]),
                ("خرجت المسيرة الجمعة قبل الماضية", &[("الجمعة قبل الماضية", "2015-07-24", Past)]),
                ("خرجت المسيرة السبت قبل الماضي", &[("السبت قبل الماضي", "2015-07-25", Past)]),
                ("خرجت المسيرة الجمعة الماضية", &[("الجمعة الماضية", "2015-07-31", Past)]),
                ("وقع الاتفاق في العام قبل الماضي", &[("العام قبل الماضي", "2013", Past)]),
                ("زار الوفد المدينة الشهر قبل الماضي", &[("الشهر قبل الماضي", "2015-06", Past)]),
            ],
        );
    }

    #[test]
    fn two_digit_years_of_the_last_century() {
        // dates17: a two-digit year 40–99 after a year word is 19NN.
        check(
            Some("2015-08-04"),
            &[
                ("عرض عليه رئاسة الحكومة عام 94 فرفضها", &[("عام 94", "1994", Absolute)]),
                ("سنة 52، وهو الانقلاب", &[("سنة 52", "1952", Absolute)]),
                ("وحدة البلدين عام ٥٨، ثم انفصالهما", &[("عام ٥٨", "1958", Absolute)]),
                ("في العام 86، وذلك", &[("العام 86", "1986", Absolute)]),
                // A smaller number is an age, a count or a Hijri year.
                ("العام 11 يوما", &[]),
                ("عام 26", &[]),
                // A mark after it: AD 70 (a Hijri mark reads the Hijri year, as before).
                ("عام 70م", &[]),
                // Per cent, and the article with no preposition: no year.
                ("وكانت النسبة قبل عام 40 بالمئة", &[]),
                ("ارتفع صافي ربحها من هذا العام 88 في المائة", &[("هذا العام", "2015", Present)]),
                ("فقد مؤشر العام 51 نقطة", &[]),
            ],
        );
    }

    #[test]
    fn years_periods_seasons() {
        check(
            Some("2020-04-07"),
            &[
                ("عام 2017", &[("عام 2017", "2017", Absolute)]),
                ("العام 2017", &[("العام 2017", "2017", Absolute)]),
                ("لعام 2017", &[("عام 2017", "2017", Absolute)]),
                ("سنة 2010", &[("سنة 2010", "2010", Absolute)]),
                ("في 2014", &[("2014", "2014", Absolute)]),
                ("منذ 2003", &[("2003", "2003", Absolute)]),
                ("في 2014م", &[("2014م", "2014", Absolute)]),
                ("قتل 2014 شخصا", &[]),
                ("نهاية 2019", &[("نهاية 2019", "2019", Absolute)]),
                ("مطلع عام 2020", &[("مطلع عام 2020", "2020", Absolute)]),
                ("صيف 2014", &[("صيف 2014", "2014", Absolute)]),
                ("شتاء عام 2015", &[("شتاء عام 2015", "2015", Absolute)]),
                ("الصيف الماضي", &[("الصيف الماضي", "2019", Past)]),
                ("الشتاء الماضي", &[("الشتاء الماضي", "2020", Past)]),
                ("الخريف المقبل", &[("الخريف المقبل", "2020", Future)]),
                ("هذا الصيف", &[("هذا الصيف", "2020", Present)]),
                ("صيف العام الماضي", &[("صيف العام الماضي", "2019", Past)]),
                ("الربيع العربي", &[]),
                // ربيع before a Gregorian year is spring, not a Hijri month (dates28).
                ("تظاهروا في ربيع 2016", &[("ربيع 2016", "2016", Absolute)]),
                ("منذ ربيع عام 2009", &[("ربيع عام 2009", "2009", Absolute)]),
                ("في ربيع العام الماضي", &[("ربيع العام الماضي", "2019", Past)]),
                ("ربيع 1441 هـ", &[]),
                ("ربيع 1441", &[]),
                ("زارنا ربيع أمس", &[("أمس", "2020-04-06", Past)]),
                ("صيف الماضي", &[]),
                ("في 1441 هـ", &[("1441 هـ", "2019", Absolute)]),
                ("الأسبوع الماضي", &[("الأسبوع الماضي", "2020-04", Past)]),
                ("الأسبوع المقبل", &[("الأسبوع المقبل", "2020-04", Future)]),
                ("الشهر الماضي", &[("الشهر الماضي", "2020-03", Past)]),
                ("الشهر الجاري", &[("الشهر الجاري", "2020-04", Present)]),
                ("هذا الشهر", &[("هذا الشهر", "2020-04", Present)]),
                ("الشهر المقبل", &[("الشهر المقبل", "2020-05", Future)]),
                ("العام الماضي", &[("العام الماضي", "2019", Past)]),
                ("السنة الماضية", &[("السنة الماضية", "2019", Past)]),
                ("العام المقبل", &[("العام المقبل", "2021", Future)]),
                ("هذا العام", &[("هذا العام", "2020", Present)]),
                ("منذ مطلع العام", &[("مطلع العام", "2020", Present)]),
                ("نهاية العام الماضي", &[("نهاية العام الماضي", "2019", Past)]),
                ("أول العام", &[("أول العام", "2020", Present)]),
                ("العام", &[]),
                // "العام" after an office is "general": the former prosecutor general.
                ("اعتقال المدعي العام السابق", &[]),
                ("والأمين العام السابق للحزب", &[]),
                ("خلال العام السابق", &[("العام السابق", "2019", Past)]),
                // The year heading a chronicle entry (dates34).
                ("1962- استقلال بلد افريقي عن فرنسا", &[("1962", "1962", Absolute)]),
                ("1871 – سقوط حكومة في اوروبا", &[("1871", "1871", Absolute)]),
                ("2009 - 2012 سنوات صعبة", &[]),
                ("2031- افتتاح المطار", &[]),
                ("قال إن 1962- استقلال", &[]),
            ],
        );
        // A week straddling two months goes to the month of its Thursday.
        check(Some("2020-04-02"), &[("الأسبوع الماضي", &[("الأسبوع الماضي", "2020-03", Past)])]);
        check(Some("2020-04-09"), &[("الأسبوع الماضي", &[("الأسبوع الماضي", "2020-04", Past)])]);
    }

    #[test]
    fn hijri() {
        assert_eq!(hijri_tabular(1400, 1, 1), NaiveDate::from_ymd_opt(1979, 11, 21));
        assert_eq!(hijri_to_date(1400, 1, 1), NaiveDate::from_ymd_opt(1979, 11, 20)); // Umm al-Qura
        assert_eq!(hijri_to_date(1, 1, 1), NaiveDate::from_ymd_opt(622, 7, 19)); // 16 July Julian
        for hy in [1, 700, 1400, 1434, 1445, 1500] {
            for m in 1..=12 {
                let d = hijri_to_date(hy, m, 15).unwrap();
                assert_eq!(hijri_year_of(d), hy, "{hy}-{m}");
            }
        }
        check(
            Some("2013-08-20"),
            &[
                ("رمضان 1434 هـ", &[("رمضان 1434 هـ", "2013-07", Absolute)]),
                ("15 رمضان 1434", &[("15 رمضان 1434", "2013-07-23", Absolute)]),
                ("شهر رمضان", &[("شهر رمضان", "2013-07", Past)]),
                ("في رمضان", &[("رمضان", "2013-07", Past)]),
                ("رمضان المقبل", &[("رمضان المقبل", "2014-06", Future)]),
                ("رمضان الماضي", &[("رمضان الماضي", "2013-07", Past)]),
                ("رمضان 2013", &[("رمضان 2013", "2013-07", Absolute)]),
                ("ذي الحجة", &[("ذي الحجة", "2012-10", Past)]),
                ("ربيع الأول 1435", &[("ربيع الأول 1435", "2014-01", Absolute)]),
                ("عام 1435 هـ", &[("عام 1435 هـ", "2013", Absolute)]),
                ("قال رمضان", &[]),
                ("صفر", &[]),
                ("محافظة ذي قار", &[]),
            ],
        );
    }

    /// (dates65) A bare year after «عام» within five years before the publication's Hijri year or
    /// one after it is Hijri; a year with «م», a year further back, or one with no publication
    /// day stays Gregorian.
    #[test]
    fn a_bare_year_near_the_hijri_year_of_publication_is_hijri() {
        check(
            Some("2016-03-01"),
            &[
                ("افتتح المستشفى مطلع عام 1435 في المدينة", &[("مطلع عام 1435", "2013", Absolute)]),
                ("تنتهي الخطة بنهاية العام 1437", &[("نهاية العام 1437", "2015", Absolute)]),
                ("ولد الرحالة عام 1433م في البندقية", &[("عام 1433م", "1433", Absolute)]),
                ("سقطت المدينة عام 1402 بعد حصار طويل", &[("عام 1402", "1402", Absolute)]),
            ],
        );
        check(None, &[("افتتح المستشفى مطلع عام 1435 في المدينة", &[("مطلع عام 1435", "1435", Absolute)])]);
    }

    /// The Umm al-Qura calendar (dates30): known Saudi days, where the tabular calendar is a
    /// day late; outside the table's years the tabular calendar stands.
    #[test]
    fn umm_al_qura_days() {
        check(
            Some("2023-01-10"),
            &[
                // Eid al-Fitr 1436 fell on Friday 17 July 2015 (tabular: the 18th).
                ("صلى الأهالي العيد في 1/10/1436هـ بالساحة", &[("1/10/1436هـ", "2015-07-17", Absolute)]),
                // The day of Arafah 1443: Friday 8 July 2022 (tabular: the 9th).
                ("وقف الحجيج بعرفة في 9 / 12 / 1443 هـ", &[("9 / 12 / 1443 هـ", "2022-07-08", Absolute)]),
                // Eid al-Adha 1440: Sunday 11 August 2019, with the month's name.
                ("نحر المضحون أضاحيهم في 10 ذي الحجة 1440 هـ", &[("10 ذي الحجة 1440 هـ", "2019-08-11", Absolute)]),
                // A month whose first day is the last of a Gregorian month (tabular: the next).
                ("زار الوفد المدينة في رجب 1435 هـ", &[("رجب 1435 هـ", "2014-04", Absolute)]),
                ("بدأ العام الدراسي في محرم 1441", &[("محرم 1441", "2019-08", Absolute)]),
            ],
        );
        // Outside the table's years (1343–1500): the tabular calendar.
        assert_eq!(hijri_to_date(1342, 6, 10), hijri_tabular(1342, 6, 10));
        assert_eq!(hijri_to_date(1501, 2, 3), hijri_tabular(1501, 2, 3));
        assert_eq!(hijri_to_date(1343, 1, 1), NaiveDate::from_ymd_opt(1924, 8, 1));
        assert_eq!(hijri_to_date(1500, 12, 29), NaiveDate::from_ymd_opt(2077, 11, 15));
    }

    /// The one date `text` holds (published on `published`): its ISO form and its next occurrence.
    fn only_date_and_next(text: &str, published: &str) -> (String, Option<NaiveDate>) {
        let found = find_dates(text, parse_published(published));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].iso(), found[0].next)
    }

    /// A day of a Hijri month with no year is its latest occurrence on or before publication;
    /// when that fell before publication the reader also gives the next one (the year was
    /// inferred: the coder moves an act to come there). Not with a modifier or a year of its own,
    /// nor for a Gregorian day (read in a window around publication).
    #[test]
    fn a_yearless_hijri_day_knows_its_next_occurrence() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let one = |text: &str| only_date_and_next(text, "2023-05-20");
        // 1 Shawwal 1444 = 2023-04-21, 1 Shawwal 1445 = 2024-04-10.
        assert_eq!(one("يفتتح المحافظ السوق الشعبية يوم 20 شوال"), ("2023-05-10".into(), day(2024, 4, 29)));
        assert_eq!(one("تنطلق الدورة التدريبية يوم السبت 25 شوال"), ("2023-05-15".into(), day(2024, 5, 4)));
        // A day ten days ahead is still read as last year's (the latest on or before
        // publication), with this year's as the next.
        assert_eq!(one("تنطلق الدورة التدريبية في 10 ذي القعدة"), ("2022-06-09".into(), day(2023, 5, 30)));
        assert_eq!(one("أقيمت الدورة التدريبية في 20 شوال الماضي"), ("2023-05-10".into(), None));
        assert_eq!(one("تنطلق الدورة التدريبية في 20 شوال 1445 هـ"), ("2024-04-29".into(), None));
        assert_eq!(one("تنطلق الدورة التدريبية في 3 مايو"), ("2023-05-03".into(), None));
    }

    /// recall57: "يوم N" with no month is the latest day N on or before publication, with its next
    /// occurrence; not a count or a numeric date, and a month after it is read as before.
    #[test]
    fn a_day_number_after_yawm_with_no_month() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let one = |text: &str| only_date_and_next(text, "2013-03-04");
        assert_eq!(one("سقط القتلى يوم 27 في الساحة"), ("2013-02-27".into(), day(2013, 3, 27)));
        assert_eq!(one("سقط القتلى يوم 2، وفق الأطباء"), ("2013-03-02".into(), day(2013, 4, 2)));
        assert_eq!(one("سقط القتلى يوم 20 و21 في الساحة"), ("2013-02-20".into(), day(2013, 3, 20)));
        assert_eq!(one("سقط القتلى يوم 27 فبراير في الساحة"), ("2013-02-27".into(), None));
        assert!(find_dates("دخل الإضراب يوم 12 من أيامه", parse_published("2013-03-04")).is_empty());
    }

    /// The compiled-in table reads; malformed lines are reported with file and line.
    #[test]
    fn umm_al_qura_table_reads() {
        let t = MonthStarts::parse(UMM_AL_QURA, UMM_AL_QURA_FILE).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.first_year, 1343);
        assert_eq!(t.starts.len(), (1500 - 1343 + 1) * 12 + 1);
        let bad = [
            (
                "year\tmonth\tday1\n1400\t1\t1979-11-20\n1400\t3\t1980-01-18\n",
                "f line 3: 1400-3 does not follow 1400-1",
            ),
            (
                "year\tmonth\tday1\n1400\t1\t1979-11-20\n1400\t2\t1979-12-31\n",
                "f line 3: month 1400-1 would have 41 days",
            ),
            ("# c\nyear\tmonth\tday1\n1400\t1\t1979-11-31\n", "f line 3: bad date \"1979-11-31\""),
            (
                "year\tmonth\tday1\n1400 1 1979-11-20\n",
                "f line 2: three tab-separated fields expected: \"1400 1 1979-11-20\"",
            ),
            ("1400\t1\t1979-11-20\n", "f line 1: header \"year<TAB>month<TAB>day1\" expected"),
        ];
        for (text, want) in bad {
            assert_eq!(MonthStarts::parse(text, "f").err().as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn without_publication_only_absolute() {
        check(
            None,
            &[
                ("السبت الماضي وعام 2017", &[("عام 2017", "2017", Absolute)]),
                ("أمس في 26/2/2013", &[("26/2/2013", "2013-02-26", Absolute)]),
                ("يناير الماضي", &[]),
                ("26 فبراير 2013", &[("26 فبراير 2013", "2013-02-26", Absolute)]),
            ],
        );
    }

    #[test]
    fn in_sentences() {
        check(
            Some("2020-04-07"),
            &[
                ("قتل 10 من مسلحي داعش في منطقة حمرين يوم السبت الماضي", &[("يوم السبت الماضي", "2020-04-04", Past)]),
                (
                    "ستعقد المحادثات منتصف يونيو المقبل، بعد اغتيال سليماني في يناير الماضي",
                    &[("منتصف يونيو المقبل", "2020-06", Future), ("يناير الماضي", "2020-01", Past)],
                ),
                ("سيطر التنظيم على ثلث العراق صيف 2014.", &[("صيف 2014", "2014", Absolute)]),
            ],
        );
    }
}
