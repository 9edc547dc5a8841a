//! Match keys: a lossy, search-friendly form of Arabic text that always maps back to the
//! original. The original text is never modified; every key byte remembers the code point of the
//! original it came from, so a match in the key is a span in the original.
//!
//! Folding applied (each original char yields zero or more key chars):
//! - NFKC per character (presentation forms, ligatures such as ﻻ → لا);
//! - tashkeel (harakat, tanwin, shadda, sukun, superscript alef) and tatweel removed;
//! - أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
//! - Arabic-Indic and Persian digits → ASCII digits;
//! - Arabic comma, semicolon, question mark and percent → ASCII; guillemets, typographic quotes
//!   and the ASCII double quote dropped; Latin letters lower-cased; every Unicode whitespace → a
//!   single space.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// A match key string with its map back to the original text.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The folded text.
    pub key: String,
    /// For each byte of `key` (and one past the end): the code point index and the byte index in
    /// the original. One vector of pairs rather than two vectors: building it is the inner loop
    /// of normalisation.
    map: Vec<(u32, u32)>,
    /// Number of code points in the original.
    orig_cps: u32,
}

/// True for Arabic diacritics and tatweel: characters that carry no letter identity.
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{0640}' | '\u{200C}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{FEFF}')
}

/// Fold one already NFKC-decomposed character; `None` drops it.
fn fold_char(c: char) -> Option<char> {
    if is_ignorable(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ئ' => 'ي',
        'ؤ' => 'و',
        'ة' | 'ۃ' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '٪' => '%',
        // Quotes carry no letters and often split names ("تنظيم «داعش»"): dropped from keys.
        '«' | '»' | '“' | '”' | '„' | '″' | '‘' | '’' => return None,
        'A'..='Z' => c.to_ascii_lowercase(),
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

impl Normalized {
    /// Code point index in the original of key byte `b` (`b` may equal `key.len()`).
    pub fn orig_cp(&self, b: usize) -> usize {
        self.map[b].0 as usize
    }

    /// Byte index in the original of key byte `b` (`b` may equal `key.len()`).
    pub fn orig_byte(&self, b: usize) -> usize {
        self.map[b].1 as usize
    }

    /// Original code point range covered by the key byte range `r`.
    ///
    /// The end maps to the original position just after the last key char in the range, so
    /// trailing ignorable marks (tashkeel) of the last letter are included.
    pub fn orig_cp_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.orig_cp(r.start);
        let end = if r.end == r.start { start } else { self.end_cp_of(r.end) };
        start..end
    }

    /// Original byte range covered by the key byte range `r` (same end rule as `orig_cp_range`).
    pub fn orig_byte_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.orig_byte(r.start);
        let end = if r.end == r.start { start } else { self.end_byte_of(r.end) };
        start..end
    }

    fn end_cp_of(&self, key_end: usize) -> usize {
        self.map[key_end].0 as usize
    }

    fn end_byte_of(&self, key_end: usize) -> usize {
        self.map[key_end].1 as usize
    }

    /// Number of code points of the original text.
    pub fn orig_len_cps(&self) -> usize {
        self.orig_cps as usize
    }
}

/// True for chars of the Arabic block whose NFKC form (alone) is themselves: all but the four
/// letters with a compatibility decomposition (U+0675..U+0678, high hamza forms).
#[inline]
fn is_nfkc_stable_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{0674}' | '\u{0679}'..='\u{06FF}')
}

/// `fold_char` precomputed for the Arabic block U+0600..U+06FF (`'\0'` = dropped).
fn arabic_fold_table() -> &'static [char; 256] {
    static T: std::sync::OnceLock<[char; 256]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = ['\0'; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(0x0600 + i as u32) {
                *slot = fold_char(c).unwrap_or('\0');
            }
        }
        t
    })
}

/// The key being built: the folded text and, per key byte, its (code point, byte) origin.
struct KeyBuilder {
    key: String,
    map: Vec<(u32, u32)>,
    /// The last key char is a space (or the key is empty): collapse runs, trim the start.
    last_space: bool,
}

impl KeyBuilder {
    /// Append key char `k`, which came from the original char at code point `cp`, byte `byte`.
    #[inline(always)]
    fn push(&mut self, k: char, cp: u32, byte: u32) {
        self.key.push(k);
        let n = k.len_utf8();
        self.map.push((cp, byte));
        if n > 1 {
            self.map.push((cp, byte));
            for _ in 2..n {
                self.map.push((cp, byte));
            }
        }
    }

    /// Append key char `k`, collapsing runs of spaces (and dropping leading ones).
    #[inline(always)]
    fn emit(&mut self, k: char, cp: u32, byte: u32) {
        if k == ' ' {
            if !self.last_space {
                self.push(' ', cp, byte);
            }
            self.last_space = true;
        } else {
            self.push(k, cp, byte);
            self.last_space = false;
        }
    }

    /// Any char, through NFKC and [`fold_char`] (the slow path).
    #[cold]
    fn emit_nfkc(&mut self, c: char, cp: u32, byte: u32) {
        let mut one = [0u8; 4];
        let s: &str = c.encode_utf8(&mut one);
        for d in s.nfkc() {
            // NFKC may recompose into a char with marks; fold each output char.
            if let Some(k) = fold_char(d) {
                self.emit(k, cp, byte);
            }
        }
    }
}

/// Fold `text` into its match key, keeping the offset map.
///
/// Walks the bytes rather than the chars: ASCII and the two-byte Arabic block (U+0600..U+06FF,
/// lead bytes D8..DB), nearly all of a news text, are decoded and folded inline.
pub fn normalize(text: &str) -> Normalized {
    let bytes = text.as_bytes();
    let mut b = KeyBuilder {
        key: String::with_capacity(text.len()),
        map: Vec::with_capacity(text.len() + 1),
        last_space: true,
    };
    let mut cp = 0u32;
    let arabic = arabic_fold_table();
    let mut i = 0usize;
    while i < bytes.len() {
        let b0 = bytes[i];
        let byte = i as u32;
        if b0 < 0x80 {
            // ASCII needs no NFKC.
            i += 1;
            if b0 != b'"' {
                let c = char::from(b0);
                let k = if c.is_whitespace() { ' ' } else { c.to_ascii_lowercase() };
                b.emit(k, cp, byte);
            }
        } else if (0xD8..=0xDB).contains(&b0) {
            let c = ((u32::from(b0) & 0x1F) << 6) | (u32::from(bytes[i + 1]) & 0x3F);
            i += 2;
            let c = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
            if is_nfkc_stable_arabic(c) {
                // The Arabic block is NFKC-stable char by char (checked exhaustively in the
                // tests), and no char of it folds to whitespace.
                let k = arabic[(c as u32 - 0x0600) as usize];
                if k != '\0' {
                    b.push(k, cp, byte);
                    b.last_space = false;
                }
            } else {
                b.emit_nfkc(c, cp, byte);
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            i += c.len_utf8();
            b.emit_nfkc(c, cp, byte);
        }
        cp += 1;
    }
    // Sentinel: one past the end maps to the end of the original.
    b.map.push((cp, text.len() as u32));
    Normalized { key: b.key, map: b.map, orig_cps: cp }
}

/// Fold a dictionary pattern: the key alone, single spaces, trimmed.
pub fn normalize_key(s: &str) -> String {
    normalize(s).key.trim().to_string()
}

/// True for characters that form words in a key (letters and digits of any script).
///
/// Same answer as `char::is_alphanumeric`, with fast paths for ASCII and the Arabic block (the
/// generic Unicode lookup dominated the matcher's profile).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        // Arabic letters and digits; marks (U+064B–U+065F, U+0670) and punctuation are not.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}' | '\u{066F}' => true,
        '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06FC}' | '\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => c.is_alphanumeric(),
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_marks_and_digits() {
        let cases = [
            ("أحمد", "احمد"),
            ("إسلام", "اسلام"),
            ("مُحَمَّد", "محمد"),
            ("مـــصر", "مصر"),
            ("مستشفى", "مستشفي"),
            ("مدينة", "مدينه"),
            ("٢٠١٣", "2013"),
            ("۱۲", "12"),
            ("ﻻ", "لا"),
            ("«داعش»", "داعش"),
            ("تنظيم \"داعش\"", "تنظيم داعش"),
            ("قال،  إن", "قال, ان"),
            ("  Hello\tWorld ", "hello world "),
            // U+000B is Unicode whitespace, though not `is_ascii_whitespace`.
            ("a\u{0B}\u{0C}b\u{A0}\u{2003}c", "a b c"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).key, want, "input {input:?}");
        }
    }

    #[test]
    fn arabic_fast_path_agrees_with_nfkc() {
        for c in '\u{0600}'..='\u{06FF}' {
            let mut one = [0u8; 4];
            let nfkc: String = c.encode_utf8(&mut one).nfkc().collect();
            assert_eq!(is_nfkc_stable_arabic(c), nfkc == c.to_string(), "U+{:04X}", c as u32);
            // No Arabic-block char folds to whitespace, which the fast path does not handle.
            assert!(!matches!(fold_char(c), Some(k) if k.is_whitespace()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn word_char_agrees_with_unicode() {
        for cp in (0u32..0x800).chain(0xFB50..0xFF00) {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn offsets_map_back_with_marks() {
        let text = "قُتِلَ ثلاثة";
        let n = normalize(text);
        let k = n.key.find("ثلاثه").unwrap();
        let r = n.orig_cp_range(k..k + "ثلاثه".len());
        let s: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(s, "ثلاثة");
        let r = n.orig_cp_range(0.."قتل".len());
        let s: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(s, "قُتِلَ");
    }
}
