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
