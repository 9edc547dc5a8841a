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
    /// Per key byte, the original byte of the key char's origin, counted as if the key char's
    /// bytes were the original char's (so exact at each key char's first byte, which is what
    /// [`Normalized::orig_byte`] reads). Filled from `anchors` once the key is folded, a run of
    /// consecutive numbers between two anchors at a time: the coder asks for the origin of
    /// about 27 key bytes a sentence, and a search of the anchors at each cost more than the
    /// pushes it saved.
    bytes: Vec<u32>,
    /// The map back to the original, sparse: the key chars from one anchor up to the next came
    /// each from one original char of the same byte length, the original chars following one
    /// another with none dropped between them. So the key char at byte `a.key + d` came from the
    /// original char at byte `a.byte + d`, and the n-th key char after the anchor from code point
    /// `a.cp + n`. A new anchor is recorded where that stops holding: after a char the key drops
    /// (tashkeel, a quote, a collapsed space), after a fold that changes the byte length
    /// («،» → ",", «٣» → "3") and at each char of an NFKC expansion; a sentence holds three or
    /// four. Before, the fold pushed a (code point, byte) pair per key byte as it went, which
    /// cost as much as the folding itself.
    anchors: Vec<Anchor>,
    /// Number of code points in the original.
    orig_cps: u32,
    /// Number of bytes in the original.
    orig_bytes: u32,
}

/// A key byte and the (code point, byte) in the original of the char it came from: see
/// [`Normalized::anchors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    key: u32,
    cp: u32,
    byte: u32,
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
        c if is_dropped_quote(c) => return None,
        'A'..='Z' => c.to_ascii_lowercase(),
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

impl Normalized {
    /// Code point index in the original of key byte `b` (`b` may equal `key.len()`): that of the
    /// original char the key char holding `b` came from.
    pub fn orig_cp(&self, b: usize) -> usize {
        if b == self.key.len() {
            return self.orig_cps as usize;
        }
        let (a, c) = self.anchor_of(b);
        // (Counted only here: code points are asked for far less often than bytes.)
        a.cp as usize + self.key[a.key as usize..c].chars().count()
    }

    /// Byte index in the original of key byte `b` (`b` may equal `key.len()`): where the
    /// original char the key char holding `b` came from starts.
    #[inline]
    pub fn orig_byte(&self, b: usize) -> usize {
        if b == self.key.len() {
            return self.orig_bytes as usize;
        }
        self.bytes[self.char_start(b)] as usize
    }

    /// The first byte of the key char holding key byte `b` (`b < key.len()`).
    #[inline]
    fn char_start(&self, b: usize) -> usize {
        let k = self.key.as_bytes();
        let mut c = b;
        while k[c] & 0xC0 == 0x80 {
            c -= 1;
        }
        c
    }

    /// The last anchor at or before the key char holding key byte `b` (`b < key.len()`), and
    /// that char's first byte.
    fn anchor_of(&self, b: usize) -> (Anchor, usize) {
        let c = self.char_start(b);
        // (The key's first char always has an anchor.)
        (self.anchors[self.anchors.partition_point(|a| a.key as usize <= c) - 1], c)
    }

    /// `bytes` for `anchors` and a key of `len` bytes.
    fn origin_bytes(anchors: &[Anchor], len: usize) -> Vec<u32> {
        let mut bytes = Vec::with_capacity(len);
        for (j, a) in anchors.iter().enumerate() {
            let end = anchors.get(j + 1).map_or(len as u32, |next| next.key);
            bytes.extend(a.byte..a.byte + (end - a.key));
        }
        bytes
    }

    /// Original code point range covered by the key byte range `r`.
    ///
    /// The end maps to the original position just after the last key char in the range, so
    /// trailing ignorable marks (tashkeel) of the last letter are included.
    pub fn orig_cp_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.orig_cp(r.start);
        let end = if r.end == r.start { start } else { self.orig_cp(r.end) };
        start..end
    }

    /// Original byte range covered by the key byte range `r` (same end rule as `orig_cp_range`).
    pub fn orig_byte_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.orig_byte(r.start);
        let end = if r.end == r.start { start } else { self.orig_byte(r.end) };
        start..end
    }

    /// Number of code points of the original text.
    pub fn orig_len_cps(&self) -> usize {
        self.orig_cps as usize
    }
}

/// True for the quote marks that keys drop ([`fold_char`]) and shown spans are trimmed of.
pub fn is_dropped_quote(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '„' | '″' | '‘' | '’' | '"')
}

/// Shrinks the original byte range `r` of `text` so that it neither starts nor ends with a quote
/// mark. Keys drop quotes, so a key span ending at a word maps to an original span that runs up
/// to the next letter, over a closing "»" (`«قنديل»` would give `قنديل»`); names and triggers
/// shown to users should not carry them.
pub fn trim_quotes(text: &str, r: Range<usize>) -> Range<usize> {
    let span = &text[r.clone()];
    // (speed81) A span that starts and ends with an Arabic-block char (a lead byte D8..DB, nearly
    // every name and trigger) has nothing to trim: no quote mark and no whitespace is in that
    // block. Read from its first byte and from the lead byte of its last char (two bytes back:
    // D8..DB is never a continuation byte), without decoding chars from either end.
    let b = span.as_bytes();
    let arabic = |x: u8| (0xD8..=0xDB).contains(&x);
    if b.len() >= 2 && arabic(b[0]) && arabic(b[b.len() - 2]) {
        return r;
    }
    trim_quotes_walk(text, r)
}

/// `trim_quotes` char by char from both ends, for any span (the fast path's test compares with it).
fn trim_quotes_walk(text: &str, r: Range<usize>) -> Range<usize> {
    let span = &text[r.clone()];
    let trimmed_end = span.trim_end_matches(|c: char| is_dropped_quote(c) || c.is_whitespace());
    let trimmed = trimmed_end.trim_start_matches(|c: char| is_dropped_quote(c) || c.is_whitespace());
    if trimmed.is_empty() {
        return r;
    }
    let start = r.start + (trimmed_end.len() - trimmed.len());
    start..start + trimmed.len()
}

/// True for chars of the Arabic block whose NFKC form (alone) is themselves: all but the four
/// letters with a compatibility decomposition (U+0675..U+0678, high hamza forms).
#[inline]
fn is_nfkc_stable_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{0674}' | '\u{0679}'..='\u{06FF}')
}

/// What the fast path does with one char of ASCII or the Arabic block.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// The key char is the original char, and a word char ([`is_word_char`]): its bytes are
    /// copied with the run of such chars around it.
    Same,
    /// As `Same`, for a char that is no word char (and not whitespace): punctuation, signs.
    SameOther,
    /// As `SameOther`, for a clause break ([`is_break_char`]).
    SameBreak,
    /// Dropped from the key (tashkeel, tatweel, quotes).
    Drop,
    /// Folds to whitespace: a single space, runs collapsed.
    Space,
    /// Folds to another char (not whitespace).
    To(char),
    /// Not NFKC-stable: the slow path.
    Slow,
}

/// The fold of every ASCII char and every char of the Arabic block U+0600..U+06FF: nearly all
/// of a news text is folded by one lookup per char, and runs of chars that fold to themselves
/// are copied whole. Built from [`fold_char`], so both paths agree by construction.
struct FoldTables {
    ascii: [Fold; 128],
    arabic: [Fold; 256],
}

fn fold_tables() -> &'static FoldTables {
    static T: std::sync::OnceLock<FoldTables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let entry = |c: char| -> Fold {
            match fold_char(c) {
                None => Fold::Drop,
                Some(k) if k.is_whitespace() => Fold::Space,
                Some(k) if k == c && is_word_char(k) => Fold::Same,
                Some(k) if k == c && is_break_char(k) => Fold::SameBreak,
                Some(k) if k == c => Fold::SameOther,
                Some(k) => Fold::To(k),
            }
        };
        let mut t = FoldTables { ascii: [Fold::Slow; 128], arabic: [Fold::Slow; 256] };
        for (i, slot) in t.ascii.iter_mut().enumerate() {
            // ASCII is NFKC-stable.
            *slot = entry(char::from(i as u8));
        }
        for (i, slot) in t.arabic.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(0x0600 + i as u32).filter(|&c| is_nfkc_stable_arabic(c)) {
                *slot = entry(c);
            }
        }
        t
    })
}

/// The words of a match key, as [`normalize_words`] records them while it folds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyWords {
    /// Key byte spans (start, end) of the maximal runs of word chars ([`is_word_char`]), in order.
    pub spans: Vec<(usize, usize)>,
    /// Per word: a clause break (one of [`is_break_char`]) stands between it and the word before
    /// (or the key's start).
    pub breaks: Vec<bool>,
    /// The indices, ascending, of the words with a char that is not a two-byte letter
    /// ([`is_two_byte_letter`]: a digit, a Latin letter, a mark): every other word is a single
    /// letter token to the number and date tokenizer, which then need not test its chars
    /// (speed72). Few words are in it.
    pub mixed: Vec<u32>,
}

/// True for a char of two UTF-8 bytes that is a letter (`lex::is_letter`): the chars of a word
/// that is not in [`KeyWords::mixed`].
#[inline]
pub fn is_two_byte_letter(c: char) -> bool {
    c.len_utf8() == 2 && crate::lex::is_letter(c)
}

/// True for the key chars that break a clause: the word after one has its `KeyWords::breaks` set.
#[inline]
pub fn is_break_char(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '-' | '–' | '.' | '!' | '?' | '[' | ']')
}

/// The word split as the key is built (`WORDS` true): the open word and the pending break.
#[derive(Default)]
struct WordSplit {
    words: KeyWords,
    /// The last key char is a word char; its word started at key byte `start`.
    in_word: bool,
    start: usize,
    /// A break char came after the last word.
    pending_break: bool,
    /// The open word holds a char that is not a two-byte letter (`KeyWords::mixed`).
    mixed: bool,
}

impl WordSplit {
    /// A word char at key byte `at`.
    #[inline(always)]
    fn word_char(&mut self, at: usize) {
        if !self.in_word {
            self.start = at;
            self.words.breaks.push(self.pending_break);
            self.pending_break = false;
            self.in_word = true;
        }
    }

    /// A char at key byte `at` that is no word char; `brk` when it breaks a clause.
    #[inline(always)]
    fn other_char(&mut self, at: usize, brk: bool) {
        if self.in_word {
            self.end_word(at);
            self.in_word = false;
        }
        self.pending_break |= brk;
    }

    /// The open word ends at key byte `at` (its index noted in `mixed` when it is mixed).
    #[inline(always)]
    fn end_word(&mut self, at: usize) {
        if self.mixed {
            self.words.mixed.push(self.words.spans.len() as u32);
            self.mixed = false;
        }
        self.words.spans.push((self.start, at));
    }
}

/// The key being built: the folded text and, with `MAP`, the anchors of its map back to the
/// original ([`Normalized::anchors`]; [`normalize_key`] needs the key alone). With `WORDS` the
/// key's words are split as it grows (`split`), for [`normalize_words`].
struct KeyBuilder<const MAP: bool, const WORDS: bool> {
    key: String,
    anchors: Vec<Anchor>,
    /// The next key byte and the original char being folded are in step under the last anchor
    /// (a key char of the same byte length from it needs no anchor of its own).
    in_step: bool,
    /// The last key char is a space (or the key is empty): collapse runs, trim the start.
    last_space: bool,
    split: WordSplit,
}

impl<const MAP: bool, const WORDS: bool> KeyBuilder<MAP, WORDS> {
    /// Record that the original char being folded gives no key char (or that the next key char
    /// comes from the same original char as the last): the next key char needs an anchor.
    #[inline(always)]
    fn out_of_step(&mut self) {
        if MAP {
            self.in_step = false;
        }
    }

    /// Anchor key byte `at` to the original char at code point `cp`, byte `byte`, unless the
    /// two are in step already.
    #[inline(always)]
    fn anchor(&mut self, at: usize, cp: u32, byte: u32) {
        if MAP && !self.in_step {
            self.anchors.push(Anchor { key: at as u32, cp, byte });
            self.in_step = true;
        }
    }

    /// Append key char `k`, which came from the original char at code point `cp`, byte `byte`,
    /// `len` bytes long.
    #[inline(always)]
    fn push(&mut self, k: char, cp: u32, byte: u32, len: usize) {
        if WORDS {
            if is_word_char(k) {
                self.split.word_char(self.key.len());
                self.split.mixed |= !is_two_byte_letter(k);
            } else {
                self.split.other_char(self.key.len(), is_break_char(k));
            }
        }
        self.anchor(self.key.len(), cp, byte);
        self.key.push(k);
        // (A fold that changes the byte length puts the next char out of step.)
        if MAP && k.len_utf8() != len {
            self.in_step = false;
        }
    }

    /// Append key char `k`, collapsing runs of spaces (and dropping leading ones).
    #[inline(always)]
    fn emit(&mut self, k: char, cp: u32, byte: u32, len: usize) {
        if k == ' ' {
            if !self.last_space {
                self.push(' ', cp, byte, len);
            } else {
                self.out_of_step();
            }
            self.last_space = true;
        } else {
            self.push(k, cp, byte, len);
            self.last_space = false;
        }
    }

    /// Any char, through NFKC and [`fold_char`] (the slow path).
    #[cold]
    fn emit_nfkc(&mut self, c: char, cp: u32, byte: u32) {
        let mut one = [0u8; 4];
        let s: &str = c.encode_utf8(&mut one);
        let before = self.key.len();
        for d in s.nfkc() {
            // A second key char from one original char: an anchor of its own.
            if self.key.len() > before {
                self.out_of_step();
            }
            // NFKC may recompose into a char with marks; fold each output char.
            match fold_char(d) {
                Some(k) => self.emit(k, cp, byte, s.len()),
                None => self.out_of_step(),
            }
        }
        if self.key.len() == before {
            self.out_of_step();
        }
    }
}

/// Fold `text` into its match key, keeping the offset map.
///
/// Walks the bytes rather than the chars: ASCII and the two-byte Arabic block (U+0600..U+06FF,
/// lead bytes D8..DB), nearly all of a news text, are folded by a table lookup on the bytes, and
/// the key bytes of runs of chars that fold to themselves are copied from the text in one go.
pub fn normalize(text: &str) -> Normalized {
    fold::<true, false>(text).0
}

/// [`normalize`] and the key's words: its maximal runs of word chars and the clause breaks
/// between them, recorded while the key is folded (so that the key need not be scanned again).
pub fn normalize_words(text: &str) -> (Normalized, KeyWords) {
    fold::<true, true>(text)
}

/// [`normalize`], with the offset map only when `MAP` (else `map` is empty), and the words only
/// when `WORDS` (else empty).
#[inline(always)]
fn fold<const MAP: bool, const WORDS: bool>(text: &str) -> (Normalized, KeyWords) {
    let bytes = text.as_bytes();
    // Arabic words average about ten key bytes with their space: this rarely regrows.
    let words = if WORDS { text.len() / 6 + 1 } else { 0 };
    let mut b = KeyBuilder::<MAP, WORDS> {
        key: String::with_capacity(text.len()),
        anchors: Vec::with_capacity(if MAP { 8 } else { 0 }),
        in_step: false,
        last_space: true,
        split: WordSplit {
            words: KeyWords { spans: Vec::with_capacity(words), breaks: Vec::with_capacity(words), mixed: Vec::new() },
            ..WordSplit::default()
        },
    };
    let mut cp = 0u32;
    let tables = fold_tables();
    let same = same_pairs();
    // `text[run..i]`: chars that fold to themselves, in step with the last anchor, whose bytes
    // are not yet in the key.
    let mut run = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b0 = bytes[i];
        let byte = i as u32;
        let (fold, len) = if b0 < 0x80 {
            // A single space after a non-space is kept as it is (the commonest case).
            if b0 == b' ' && !b.last_space {
                if WORDS {
                    b.split.other_char(b.key.len() + (i - run), false);
                }
                b.anchor(b.key.len() + (i - run), cp, byte);
                b.last_space = true;
                i += 1;
                cp += 1;
                continue;
            }
            (tables.ascii[usize::from(b0)], 1)
        } else if (0xD8..=0xDB).contains(&b0) {
            (tables.arabic[(usize::from(b0 & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F)], 2)
        } else {
            (Fold::Slow, 0)
        };
        // `matches!`, not `==`: comparing the whole enum also compared the `To` payload.
        if matches!(fold, Fold::Same | Fold::SameOther | Fold::SameBreak) {
            if WORDS {
                // (Inside a word, the commonest case, a word char changes nothing.)
                if matches!(fold, Fold::Same) {
                    if !b.split.in_word {
                        b.split.word_char(b.key.len() + (i - run));
                    }
                    // (An ASCII letter or digit; an Arabic-block `Same` char is a letter,
                    // `same_chars_are_two_byte_letters`.)
                    b.split.mixed |= len == 1;
                } else {
                    b.split.other_char(b.key.len() + (i - run), matches!(fold, Fold::SameBreak));
                }
            }
            b.anchor(b.key.len() + (i - run), cp, byte);
            b.last_space = false;
            i += len;
            cp += 1;
            if matches!(fold, Fold::Same) {
                // The rest of the word, and of the words after it that one space parts from it,
                // run by run: Arabic word chars that fold to themselves change neither the word
                // split nor `last_space`, and stay in step; a single space then such a char ends
                // one word and starts the next, as the outer loop would, with no break between.
                let mut end = same_arabic_run(bytes, i, same);
                loop {
                    // (Two bytes a char: the code points follow from the bytes.)
                    cp += ((end - i) / 2) as u32;
                    i = end;
                    if i < bytes.len() && bytes[i] == b' ' {
                        let next = same_arabic_run(bytes, i + 1, same);
                        if next > i + 1 {
                            if WORDS {
                                let at = b.key.len() + (i - run);
                                b.split.end_word(at);
                                b.split.words.breaks.push(false);
                                b.split.start = at + 1;
                            }
                            i += 1;
                            cp += 1;
                            end = next;
                            continue;
                        }
                    }
                    break;
                }
            }
            continue;
        }
        b.key.push_str(&text[run..i]);
        match fold {
            Fold::Drop => b.out_of_step(),
            Fold::Space => b.emit(' ', cp, byte, len),
            Fold::To(k) => b.emit(k, cp, byte, len),
            Fold::Same | Fold::SameOther | Fold::SameBreak | Fold::Slow => {
                // (Only here is the char decoded: the tables gave the others' length, and give
                // 0 for a char they do not hold.)
                let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                b.emit_nfkc(c, cp, byte);
                i += c.len_utf8() - len;
            }
        }
        i += len;
        run = i;
        cp += 1;
    }
    b.key.push_str(&text[run..]);
    let mut split = b.split;
    if WORDS && split.in_word {
        split.end_word(b.key.len());
    }
    let bytes = if MAP { Normalized::origin_bytes(&b.anchors, b.key.len()) } else { Vec::new() };
    (Normalized { key: b.key, bytes, anchors: b.anchors, orig_cps: cp, orig_bytes: text.len() as u32 }, split.words)
}

/// The end of the run of Arabic-block chars that fold to themselves as word chars
/// ([`Fold::Same`]) starting at byte `i` of `bytes` (`i` itself when there is none). A loop of
/// its own, kept out of [`fold`] (inlined there, its counters lived on the stack and each char
/// cost 27 instructions, a third of `normalize_words`), reading each char's two bytes as one
/// index of [`same_pairs`] (no lead-byte test, no masking).
#[inline(never)]
fn same_arabic_run(bytes: &[u8], i: usize, same: &[bool; 0x10000]) -> usize {
    let mut end = i;
    for pair in bytes[i..].chunks_exact(2) {
        if !same[usize::from(u16::from_be_bytes([pair[0], pair[1]]))] {
            break;
        }
        end += 2;
    }
    end
}

/// Per pair of bytes (first byte high): the pair is the UTF-8 of an Arabic-block char whose fold
/// is [`Fold::Same`]. Read by [`same_arabic_run`]; only the rows D8..DB are ever touched.
fn same_pairs() -> &'static [bool; 0x10000] {
    static T: std::sync::OnceLock<Box<[bool; 0x10000]>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = Box::new([false; 0x10000]);
        let arabic = &fold_tables().arabic;
        for (i, &f) in arabic.iter().enumerate() {
            if matches!(f, Fold::Same) {
                let c = char::from_u32(0x0600 + i as u32).unwrap_or_default();
                let mut buf = [0u8; 4];
                let e = c.encode_utf8(&mut buf).as_bytes();
                t[usize::from(u16::from_be_bytes([e[0], e[1]]))] = true;
            }
        }
        t
    })
}

/// Fold a dictionary pattern: the key alone, single spaces, trimmed. (Built without the offset
/// map, and not copied when there is nothing to trim: the full-text keys of whole articles and
/// the dedup words of record sentences go through here.)
pub fn normalize_key(s: &str) -> String {
    let key = fold::<false, false>(s).0.key;
    let trimmed = key.trim();
    if trimmed.len() == key.len() {
        key
    } else {
        trimmed.to_string()
    }
}

/// [`normalize_key`] before its trim, with the key's words recorded while it is folded (the
/// spans of [`normalize_words`], without the offset map): for callers that only walk the words
/// (the full-text document, the dedup words), which then need not decode the key's chars again.
/// The words are those of the trimmed key (a trimmed char is no word char).
pub fn normalize_key_words(s: &str) -> (String, KeyWords) {
    let (n, words) = fold::<false, true>(s);
    (n.key, words)
}

/// True for characters that form words in a key (letters and digits of any script).
///
/// Same answer as `char::is_alphanumeric`, with a fast path for the Arabic letters
/// U+0620..U+064A (all alphanumeric) and a table for the rest of U+0000..U+06FF (the generic
/// Unicode lookup dominated the matcher's profile, and a chain of range tests measured slower
/// than the table).
#[inline]
pub fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if (0x0620..=0x064A).contains(&u) {
        return true;
    }
    match word_char_table().get(u as usize) {
        Some(&w) => w,
        None => c.is_alphanumeric(),
    }
}

/// `char::is_alphanumeric` for U+0000..U+06FF.
fn word_char_table() -> &'static [bool; 0x700] {
    static T: std::sync::OnceLock<[bool; 0x700]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [false; 0x700];
        for (u, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(u as u32).is_some_and(char::is_alphanumeric);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold's fast paths note no Arabic-block `Same` char as mixed: each must be a two-byte
    /// letter. And `KeyWords::mixed` holds exactly the words with a digit, an ASCII letter or a
    /// folded digit, in a sentence of my own (speed72).
    #[test]
    fn same_chars_are_two_byte_letters_and_mixed_words_are_noted() {
        for (i, &f) in fold_tables().arabic.iter().enumerate() {
            let c = char::from_u32(0x0600 + i as u32).unwrap_or_default();
            if matches!(f, Fold::Same) {
                assert!(is_two_byte_letter(c), "{:?} is Same but no two-byte letter", c);
            }
        }
        let (n, w) = normalize_words("أفادت وكالة AFP أن ٣ قتلى سقطوا في 12مايو قرب الحدود، وأصيب 2 آخرون");
        let words: Vec<&str> = w.spans.iter().map(|&(a, b)| &n.key[a..b]).collect();
        let mixed: Vec<&str> = w.mixed.iter().map(|&i| words[i as usize]).collect();
        assert_eq!(mixed, ["afp", "3", "12مايو", "2"]);
        // A word of folded letters only (أ → ا, ة → ه) is not mixed.
        let (_, w) = normalize_words("أفادت وكالة الأنباء");
        assert!(w.mixed.is_empty());
    }

    #[test]
    fn key_spans_map_to_original_spans_without_quotes() {
        // (text, key needle) → the original text the span should show.
        let cases = [
            ("يزور «قنديل» جنوب السودان", "قنديل", "قنديل"),
            ("صحيفة \"الوطن الكويتية\" قالت", "الوطن الكويتيه", "الوطن الكويتية"),
            ("تنظيم “داعش” الإرهابي", "داعش", "داعش"),
            ("قال «البشير»", "البشير", "البشير"),
            ("مُحَمَّدٌ قال", "محمد", "مُحَمَّدٌ"),
        ];
        for (text, needle, want) in cases {
            let n = normalize(text);
            let at = n.key.find(needle).unwrap_or_else(|| panic!("{needle} in {}", n.key));
            let r = trim_quotes(text, n.orig_byte_range(at..at + needle.len()));
            assert_eq!(&text[r], want, "{text}");
        }
        // A span of quotes alone is left as it is.
        assert_eq!(trim_quotes("«»", 0..4), 0..4);
    }

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

    /// The key of `text` and the (code point, byte) origin of each key byte (and one past the
    /// end) built through the slow path alone (NFKC and `fold_char` for every char, a map entry
    /// per key byte): what the table-driven fast path and its sparse map must reproduce.
    fn normalize_slow(text: &str) -> (String, Vec<(usize, usize)>) {
        let (mut key, mut map) = (String::new(), Vec::new());
        let mut cp = 0;
        for (i, c) in text.char_indices() {
            let mut one = [0u8; 4];
            for d in c.encode_utf8(&mut one).nfkc() {
                match fold_char(d) {
                    Some(' ') if key.is_empty() || key.ends_with(' ') => {}
                    Some(k) => {
                        key.push(k);
                        map.extend(std::iter::repeat_n((cp, i), k.len_utf8()));
                    }
                    None => {}
                }
            }
            cp += 1;
        }
        map.push((cp, text.len()));
        (key, map)
    }

    /// The origin of every key byte (and one past the end) as `n` answers it.
    fn dense_map(n: &Normalized) -> Vec<(usize, usize)> {
        (0..=n.key.len()).map(|b| (n.orig_cp(b), n.orig_byte(b))).collect()
    }

    #[test]
    fn fast_path_agrees_with_slow_path() {
        // Every char below U+0700 and some beyond, alone, doubled, between letters and spaces.
        let mut texts: Vec<String> = Vec::new();
        for c in ('\0'..'\u{0700}').chain(['\u{2003}', '«', '»', 'ﻻ', 'ﷺ', '¼', 'é', 'Ⅻ', 'ﬀ', '㎏', '\u{00A0}'])
        {
            texts.push(format!("{c}"));
            texts.push(format!("ب{c}{c}ت {c} ة{c}"));
            texts.push(format!("  {c}\n{c}a"));
        }
        texts.push("قُتِلَ  ثلاثة\t«جنود» في \"مدينة\" ٢٠١٣، Hello".to_string());
        texts.push("ﻻ أحد، ﷺ  ٣ قتلى ¼ «» \u{00A0}x\u{2003}ة ﬀ".to_string());
        for t in &texts {
            let (fast, (key, map)) = (normalize(t), normalize_slow(t));
            assert_eq!(fast.key, key, "{t:?}");
            assert_eq!(dense_map(&fast), map, "{t:?}");
            assert_eq!(fast.orig_len_cps(), t.chars().count(), "{t:?}");
            // The key and map recorded with the words are the same.
            let (with_words, _) = normalize_words(t);
            assert_eq!(with_words.key, key, "{t:?}");
            assert_eq!(dense_map(&with_words), map, "{t:?}");
            // The key alone (no offset map) is the same key.
            assert_eq!(normalize_key(t), key.trim(), "{t:?}");
        }
    }

    #[test]
    fn sparse_map_anchors_only_where_key_and_original_part() {
        // Same-length folds (ة → ه, أ → ا) keep key and original in step: one anchor.
        assert_eq!(normalize("قالت أمينة المدرسة").anchors.len(), 1);
        // A dropped mark, a shortened comma and a dropped quote each start a new one.
        let text = "قالَ، «لا»";
        let n = normalize(text);
        assert_eq!(n.key, "قال, لا");
        assert_eq!(n.anchors.len(), 4);
        let want: Vec<(usize, usize)> = vec![
            (0, 0),
            (0, 0),
            (1, 2),
            (1, 2),
            (2, 4),
            (2, 4),  // قال
            (4, 8),  // ,
            (5, 10), // space
            (7, 13),
            (7, 13),
            (8, 15),
            (8, 15),  // لا
            (10, 19), // end
        ];
        assert_eq!(dense_map(&n), want);
    }

    /// speed39: the pair table of the Arabic run loop holds exactly the UTF-8 of the chars of
    /// the Arabic block that fold to themselves as word chars.
    #[test]
    fn same_pairs_agree_with_fold_table() {
        let same = same_pairs();
        for w in 0..=0xFFFFu16 {
            let [b0, b1] = w.to_be_bytes();
            let want = std::str::from_utf8(&[b0, b1]).ok().and_then(|s| s.chars().next()).is_some_and(|c| {
                ('\u{0600}'..='\u{06FF}').contains(&c)
                    && matches!(fold_tables().arabic[c as usize - 0x0600], Fold::Same)
            });
            assert_eq!(same[usize::from(w)], want, "{w:04X}");
        }
        // A run stops at the first other char, and at an odd last byte.
        let text = "كتب أحمد";
        assert_eq!(same_arabic_run(text.as_bytes(), 0, same), "كتب".len());
        assert_eq!(same_arabic_run(text.as_bytes(), "كتب ".len(), same), "كتب ".len());
        assert_eq!(same_arabic_run(&text.as_bytes()[..5], 0, same), 4);
    }

    #[test]
    fn word_char_agrees_with_unicode() {
        for cp in (0u32..0x800).chain(0xFB50..0xFF00) {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{cp:04X}");
            }
        }
    }

    /// speed81: `trim_quotes` with its fast path for spans that start and end with an Arabic-block
    /// char gives the old answer for every span between two char boundaries of a sentence of my
    /// own (guillemets, typographic and ASCII quotes, a comma, a tatweel, a Latin word, spaces);
    /// and a span with Arabic letters at both ends comes back whole.
    #[test]
    fn trim_quotes_fast_path_agrees_with_the_char_walk() {
        let text = "قال «المتحدث» إن “الوفد” وصل، ثم غادر \"سريعاً\" مع Reuters ـ  والبقية";
        let cuts: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        for (i, &s) in cuts.iter().enumerate() {
            for &e in &cuts[i..] {
                assert_eq!(trim_quotes(text, s..e), trim_quotes_walk(text, s..e), "{s}..{e}");
            }
        }
        let s = text.find("المتحدث").unwrap();
        assert_eq!(trim_quotes(text, s..s + "المتحدث".len()), s..s + "المتحدث".len());
        let s = text.find("«").unwrap();
        let e = text.find("»").unwrap() + "»".len();
        assert_eq!(&text[trim_quotes(text, s..e)], "المتحدث");
    }

    /// speed81: the map filled run by run in place (`origin_bytes`) is the map the dense slow
    /// fold gives, for sentences of my own with tashkeel, a dropped quote, a collapsed space,
    /// Arabic-Indic digits and a ligature: every key char's first byte maps to its original.
    #[test]
    fn origin_bytes_tile_the_key() {
        for text in ["قُتِلَ «ثلاثة»  جنود في ٢٠٢٣، ﻻ أكثر", "  بدأ الاجتماع", "x", ""]
        {
            let n = normalize(text);
            assert_eq!(n.bytes.len(), n.key.len());
            assert!(n.anchors.first().is_none_or(|a| a.key == 0), "{text}");
            let (key, slow) = normalize_slow(text);
            assert_eq!(n.key, key);
            for (b, _) in n.key.char_indices() {
                assert_eq!(n.orig_byte(b), slow[b].1, "{text} at key byte {b}");
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
