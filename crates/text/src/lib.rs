//! The Arabic text layer of ahdath: pure functions, no I/O.
//!
//! The original text is never changed. [`norm`] derives lossy match keys that map back to the
//! original by offsets; [`sentence`] splits sentences by offsets.

pub mod norm;
pub mod sentence;

pub use norm::{normalize, normalize_key, Normalized};
pub use sentence::{split_sentences, SentenceSpan};
