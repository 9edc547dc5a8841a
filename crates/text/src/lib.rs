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

pub use dates::{find_dates, find_dates_in, parse_published, DateMatch, DatePrecision, Relation};
pub use norm::{normalize, normalize_key, Normalized};
pub use numbers::{find_numbers, find_numbers_in, NumberMatch};
pub use sentence::{split_sentences, SentenceSpan};
