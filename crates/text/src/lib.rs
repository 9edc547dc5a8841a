//! The Arabic text layer of ahdath: pure functions, no I/O.
//!
//! The original text is never changed. [`norm`] derives lossy match keys that map back to the
//! original by offsets; [`sentence`] splits sentences by offsets; [`numbers`] reads quantities
//! and [`dates`] reads date expressions, both on the match key, reporting byte offsets into
//! the original.

pub mod dates;
mod lex;
pub mod norm;
pub mod numbers;
pub mod sentence;

pub use dates::{find_dates, parse_published, DateMatch, DatePrecision, Relation};
pub use norm::{normalize, normalize_key, Normalized};
pub use numbers::{find_numbers, NumberMatch};
pub use sentence::{split_sentences, SentenceSpan};
