//! The Arabic text layer of ahdath: pure functions, no I/O.
//!
//! The original text is never changed. [`norm`] derives lossy match keys that map back to the
//! original by offsets; [`sentence`] splits sentences by offsets; [`numbers`] reads quantities
//! and [`dates`] reads date expressions, both on the match key, reporting byte offsets into
//! the original. Callers that already hold a [`Normalized`] (one per sentence, say) should use
//! [`find_numbers_in`] and [`find_dates_in`] so that the text is normalised once, not once per
//! finder.

pub mod dates;
mod lex;
pub mod norm;
pub mod numbers;
pub mod sentence;

// The construction word lists of data/grammar/text.txt, compiled in by build.rs; at the root so
// that every module of the crate reads them (`sentence`, `dates`).
include!(concat!(env!("OUT_DIR"), "/grammar_text.rs"));

pub use dates::{find_dates, find_dates_in, parse_published, DateMatch, DatePrecision, Relation};
pub use lex::{Fx, FxBuildHasher};
pub use norm::{
    is_two_byte_letter, normalize, normalize_key, normalize_key_words, normalize_words, trim_quotes, KeyWords,
    Normalized,
};
pub use numbers::{find_numbers, find_numbers_in, NumberMatch};
pub use sentence::{related_link_blocks, split_sentences, SentenceSpan};

/// The numbers and the date expressions of an already normalised text: [`find_numbers_in`] and
/// [`find_dates_in`] with the key tokenized once for both.
pub fn find_numbers_and_dates_in(
    n: &Normalized,
    published: Option<chrono::NaiveDate>,
) -> (Vec<NumberMatch>, Vec<DateMatch>) {
    let toks = lex::tokenize(&n.key);
    (numbers::numbers_in_tokens(n, &toks), dates::dates_in_tokens(n, &toks, published))
}

/// [`find_numbers_and_dates_in`] of a key whose words are known (`KeyWords::spans` and
/// `KeyWords::mixed` of [`normalize_words`]): the key is tokenized from them.
pub fn find_numbers_and_dates_in_words(
    n: &Normalized,
    words: &[(usize, usize)],
    mixed: &[u32],
    published: Option<chrono::NaiveDate>,
) -> (Vec<NumberMatch>, Vec<DateMatch>) {
    let toks = lex::tokenize_words(&n.key, words, mixed);
    (numbers::numbers_in_tokens(n, &toks), dates::dates_in_tokens(n, &toks, published))
}

/// The tokens of a key that the number and date readers read (speed77): made once by
/// [`tokenize_words`] and read by [`numbers_and_dates_of`] and [`dates_of`] as often as asked, so
/// that a sentence whose dates are read for two days is tokenized once.
#[derive(Debug, Clone)]
pub struct Tokens(Vec<lex::Tok>);

/// The [`Tokens`] of a key whose words are known (`KeyWords::spans` and `KeyWords::mixed` of
/// [`normalize_words`]), as [`find_numbers_and_dates_in_words`] makes them.
pub fn tokenize_words(n: &Normalized, words: &[(usize, usize)], mixed: &[u32]) -> Tokens {
    Tokens(lex::tokenize_words(&n.key, words, mixed))
}

/// [`find_numbers_and_dates_in_words`] of the key `n` whose [`Tokens`] are `toks`.
pub fn numbers_and_dates_of(
    n: &Normalized,
    toks: &Tokens,
    published: Option<chrono::NaiveDate>,
) -> (Vec<NumberMatch>, Vec<DateMatch>) {
    (numbers::numbers_in_tokens(n, &toks.0), dates::dates_in_tokens(n, &toks.0, published))
}

/// The date expressions of [`numbers_and_dates_of`] without its numbers: the date reader does
/// not read the number reader's output, so the dates are the same.
pub fn dates_of(n: &Normalized, toks: &Tokens, published: Option<chrono::NaiveDate>) -> Vec<DateMatch> {
    dates::dates_in_tokens(n, &toks.0, published)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `dates_of` and `numbers_and_dates_of` over the `Tokens` of `tokenize_words` (speed77), read
    /// for two days, give what `find_numbers_and_dates_in_words` and `find_dates_in` read over the
    /// same key: glued digits, a date with slashes, a relative
    /// day, a Hijri month, a sentence with no date.
    #[test]
    fn dates_in_words_are_the_dates_of_numbers_and_dates() {
        let published = chrono::NaiveDate::from_ymd_opt(2023, 5, 20);
        let mut seen = 0;
        for s in [
            "وصل الوفد يوم 12/4/2023 إلى المدينة، وغادرها أمس بعد جولة دامت 3 أيام.",
            "قال المسؤول إن 250 عائلة عادت الأسبوع الماضي، و15 أخرى في الـ7 من مايو.",
            "بدأت الحملة في منتصف رمضان 1444 واستمرت حتى نهاية أبريل الماضي.",
            "نفى المتحدث وجود أي اتفاق بين الطرفين حول المعبر.",
            "اجتمع الوزراء اليوم الثلاثاء لبحث خطة ال2024.",
        ] {
            let (n, w) = normalize_words(s);
            let toks = tokenize_words(&n, &w.spans, &w.mixed);
            for p in [published, None] {
                let dts = dates_of(&n, &toks, p);
                let (nums, both) = find_numbers_and_dates_in_words(&n, &w.spans, &w.mixed, p);
                assert_eq!(dts, both, "{s}");
                assert_eq!(dts, find_dates_in(&n, p), "{s}");
                assert_eq!(numbers_and_dates_of(&n, &toks, p), (nums, both), "{s}");
                seen += dts.len();
            }
        }
        assert!(seen >= 6, "{seen}");
    }
}
