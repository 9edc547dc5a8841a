//! Shared machinery for the number and date finders: a tokenizer over the match key and word
//! tables that accept Arabic proclitics.
//!
//! Both finders work on the key of [`crate::norm::normalize`] (so أ/إ/آ, ة/ه, ى/ي, tashkeel,
//! tatweel and digit scripts are already folded) and map their key spans back to the original
//! with the [`Normalized`] offset map. Nothing here allocates per character: the text is
//! tokenized once into a `Vec<Tok>`, and each token is looked up once in the date table and (a
//! word) once in the number table, when it is made.

use crate::dates::DateWord;
use crate::norm::{normalize_key, Normalized};
use crate::numbers::Atom;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A maximal run of alphabetic characters (Arabic or other letters).
    Word,
    /// A maximal run of ASCII digits (all digit scripts are ASCII in the key).
    Digits,
    /// Any other single non-space character.
    Punct,
}

/// A token: a byte range of the key, with its readings in the date and number word tables.
///
/// The readings are looked up once, when the key is tokenized: the date and number readers
/// consult each token several times (as a prefix, a core, the word before another), and these
/// hash lookups were half of their cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    /// The date table's reading of the token's text (looked up for every kind of token).
    pub date: Option<(DateWord, Clitics)>,
    /// The number word table's reading of a `Word` token (`None` for other kinds).
    pub atom: Option<(Atom, Clitics)>,
}

impl Tok {
    /// The token's text in the key.
    #[inline]
    pub fn text<'a>(&self, key: &'a str) -> &'a str {
        &key[self.start as usize..self.end as usize]
    }
}

/// `char::is_alphabetic` with a fast path for ASCII and the Arabic letters (the generic lookup
/// is a binary search and dominated the profile).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\0'..='\u{7F}' => false,
        c => c.is_alphabetic(),
    }
}

/// The token kind of the char at key byte `i` (`None` for a space) and its length in bytes.
/// ASCII and two-byte chars (the Arabic block) are classified from their bytes, without the
/// generic UTF-8 decoder: this runs for every char of every sentence.
#[inline(always)]
fn char_kind(key: &str, i: usize, letters: &[bool; 0x800]) -> (Option<TokKind>, usize) {
    let b = key.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        let kind = match b0 {
            b'0'..=b'9' => Some(TokKind::Digits),
            b'a'..=b'z' | b'A'..=b'Z' => Some(TokKind::Word),
            b' ' => None,
            _ => Some(TokKind::Punct),
        };
        return (kind, 1);
    }
    let (letter, len) = if b0 < 0xE0 {
        (letters[two_byte_code(b0, b[i + 1])], 2)
    } else {
        let c = key[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        (is_letter(c), c.len_utf8())
    };
    (Some(if letter { TokKind::Word } else { TokKind::Punct }), len)
}

/// The code point of the two-byte UTF-8 char with lead byte `b0` and continuation byte `b1` (an
/// index into `two_byte_letters`).
#[inline]
fn two_byte_code(b0: u8, b1: u8) -> usize {
    ((usize::from(b0) & 0x1F) << 6) | (usize::from(b1) & 0x3F)
}

/// `is_letter` of every char below U+0800 (the one- and two-byte chars of UTF-8), so that
/// `char_kind` classifies a two-byte char with one load (the tokenizer's loop takes the table
/// once, not per char).
fn two_byte_letters() -> &'static [bool; 0x800] {
    static T: std::sync::OnceLock<[bool; 0x800]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [false; 0x800];
        for (u, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(u as u32).is_some_and(is_letter);
        }
        t
    })
}

/// Split a key into tokens. Spaces separate tokens and are not tokens themselves; whether two
/// tokens touch is `a.end == b.start`.
pub(crate) fn tokenize(key: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(key.len() / 6 + 1);
    let mut cur: Option<(usize, TokKind)> = None;
    let bytes = key.as_bytes();
    let letters = two_byte_letters();
    let readers = readers();
    let mut next = 0;
    while next < bytes.len() {
        let i = next;
        let (kind, len) = char_kind(key, i, letters);
        next += len;
        if let Some((s, k)) = cur {
            if Some(k) != kind || k == TokKind::Punct {
                out.push(readers.tok(bytes, s, i, k));
                cur = None;
            }
        }
        if cur.is_none() {
            if let Some(k) = kind {
                cur = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = cur {
        out.push(readers.tok(bytes, s, key.len(), k));
    }
    out
}

/// [`tokenize`] of a key whose words (the maximal runs of [`crate::norm::is_word_char`] chars,
/// `KeyWords::spans` of [`crate::norm::normalize_words`]) are already known: the same tokens,
/// without classing the chars between words one by one when they are a single space.
///
/// A `Word` or `Digits` token lies inside one word (letters and digits are word chars); between
/// words every char is a space or a `Punct` token.
pub(crate) fn tokenize_words(key: &str, words: &[(usize, usize)], mixed: &[u32]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(words.len() + 8);
    // The next word of `mixed` (`KeyWords::mixed`) is `mixed[m]`.
    let mut m = 0;
    let bytes = key.as_bytes();
    let letters = two_byte_letters();
    let readers = readers();
    let mut gap = 0;
    for (j, &(s, e)) in words.iter().chain(std::iter::once(&(key.len(), key.len()))).enumerate() {
        // (Between two words, the commonest gap is one space.)
        if s - gap > 1 || (s - gap == 1 && bytes[gap] != b' ') {
            let mut i = gap;
            while i < s {
                let (kind, len) = char_kind(key, i, letters);
                if kind.is_some() {
                    out.push(readers.tok(bytes, i, i + len, TokKind::Punct));
                }
                i += len;
            }
        }
        gap = e;
        // A word of two-byte letters only (most Arabic words) is one `Word` token: the fold
        // that split the words noted the others in `mixed` (speed72), so its chars are not read.
        if mixed.get(m) != Some(&(j as u32)) {
            if s < e {
                out.push(readers.tok(bytes, s, e, TokKind::Word));
            }
            continue;
        }
        m += 1;
        let mut i = s;
        while i < e {
            let start = i;
            let (kind, len) = char_kind(key, i, letters);
            let kind = kind.unwrap_or(TokKind::Punct);
            i += len;
            if kind != TokKind::Punct {
                while i < e {
                    let (next, len) = char_kind(key, i, letters);
                    if next != Some(kind) {
                        break;
                    }
                    i += len;
                }
            }
            out.push(readers.tok(bytes, start, i, kind));
        }
    }
    out
}

/// The date and the number word table, with the union of their key filters: a token whose bit
/// is clear in it (most tokens) has neither reading and costs one filter bit and one load.
struct Readers {
    dates: &'static WordTable<DateWord>,
    numbers: &'static WordTable<Atom>,
    either: Box<[u64; FILTER_WORDS]>,
}

/// The shared [`Readers`], built on first use.
fn readers() -> &'static Readers {
    static T: std::sync::OnceLock<Readers> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let (dates, numbers) = (crate::dates::table(), crate::numbers::table());
        let mut either = Box::new([0; FILTER_WORDS]);
        for (e, (d, n)) in either.iter_mut().zip(dates.filter.iter().zip(numbers.filter.iter())) {
            *e = d | n;
        }
        Readers { dates, numbers, either }
    })
}

impl Readers {
    /// The token of kind `kind` over key bytes `start..end` (not empty), with its date reading
    /// and (a `Word`) its number reading: one filter bit serves both tables.
    #[inline(always)]
    fn tok(&self, key: &[u8], start: usize, end: usize, kind: TokKind) -> Tok {
        let w = &key[start..end];
        let bit = filter_bit(w);
        let (mut date, mut atom) = (None, None);
        if filter_has(&self.either, bit) {
            date = self.dates.get_at(w, bit);
            if kind == TokKind::Word {
                atom = self.numbers.get_at(w, bit);
            }
        }
        Tok { start: start as u32, end: end as u32, kind, date, atom }
    }
}

/// True when key range `ks..ke` starts and ends on original-character boundaries: it neither
/// starts nor ends inside the multi-character expansion of one original character (NFKC of a
/// ligature such as ﷺ or ¼). Only such spans map back to text whose own key is the span.
pub(crate) fn aligned(n: &Normalized, ks: usize, ke: usize) -> bool {
    let len = n.key.len();
    let start_ok = ks == 0 || n.orig_byte(ks - 1) < n.orig_byte(ks);
    let end_ok = ke >= len || n.orig_byte(ke) > n.orig_byte(ke - 1);
    start_ok && end_ok && ks < ke
}

/// Value of a digit run of the key, `None` when longer than 18 digits.
pub(crate) fn digits_value(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 18 {
        return None;
    }
    let mut v = 0u64;
    for b in s.bytes() {
        v = v * 10 + u64::from(b - b'0');
    }
    Some(v)
}

/// FxHash: a fast non-cryptographic hash for short static keys (rustc's hasher).
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

/// A `BuildHasher` for [`Fx`]: word tables keyed by short match-key words hash far faster with it
/// than with the default SipHash (no untrusted keys are involved).
pub type FxBuildHasher = BuildHasherDefault<Fx>;

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The proclitics of a looked-up word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Clitics {
    /// و or ف in front.
    pub conj: Option<char>,
    /// ب, ل or ك in front (after the conjunction).
    pub prep: Option<char>,
    /// The word carries the article ال (listed with it, or added by the table).
    pub al: bool,
    /// Bytes of the key word that are conjunction or preposition and so lie outside the span
    /// of the expression. A ل fused with the article (للعشرات) stays inside the span.
    pub skip: u8,
}

impl Clitics {
    /// No conjunction and no preposition (the article is allowed).
    pub fn bare(&self) -> bool {
        self.conj.is_none() && self.prep.is_none()
    }
    /// Exactly the conjunction و, nothing else: the joiner of compound numbers.
    pub fn wa_only(&self) -> bool {
        self.conj == Some('و') && self.prep.is_none()
    }
}

/// How a table form relates to the article ال.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Art {
    /// Indefinite form, no article variant (ألف, which merely starts with the letters ال).
    No,
    /// The form is written with the article (العشرات, السبت).
    Has,
    /// Indefinite form; also add it with the article (ثلاثة → الثلاثة).
    Add,
}

/// A word table keyed by match-key forms, with every proclitic combination pre-expanded so that
/// a lookup is one hash probe.
pub(crate) struct WordTable<T: Copy> {
    map: HashMap<Box<[u8]>, (T, Clitics), BuildHasherDefault<Fx>>,
    /// A 64K-bit filter over the keys: bit [`filter_bit`] of every key is set, so a word whose
    /// bit is clear is not in the table and is answered without hashing it (most words of a
    /// text are in neither the date nor the number table).
    filter: Box<[u64; FILTER_WORDS]>,
}

/// `u64` words of a [`WordTable`]'s filter (65,536 bits).
const FILTER_WORDS: usize = 1 << 10;

/// A non-empty word's bit in a [`WordTable`]'s filter: a mix of its length and its second, last
/// and third-last bytes (the trailing bytes of its first, last and second-last chars when it is
/// Arabic; the proclitics change the first chars, so the end carries most of the information).
#[inline]
fn filter_bit(word: &[u8]) -> usize {
    let n = word.len();
    let x = (n as u32)
        | u32::from(word[n - 1]) << 8
        | u32::from(word[n.saturating_sub(3)]) << 16
        | u32::from(word[n.min(2) - 1]) << 24;
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Whether `bit` is set in a key filter.
#[inline]
fn filter_has(filter: &[u64; FILTER_WORDS], bit: usize) -> bool {
    filter[bit >> 6] & (1 << (bit & 63)) != 0
}

const CONJ: [Option<char>; 3] = [None, Some('و'), Some('ف')];
const PREP: [Option<char>; 4] = [None, Some('ب'), Some('ل'), Some('ك')];

impl<T: Copy> WordTable<T> {
    pub fn new() -> Self {
        WordTable { map: HashMap::default(), filter: Box::new([0; FILTER_WORDS]) }
    }

    /// Add `form` (natural spelling; it is normalised here) with its proclitic expansions.
    /// `art` says whether the form carries the article or should also be added with it. An
    /// existing entry is never overwritten, so add the more specific readings first.
    pub fn add(&mut self, form: &str, value: T, art: Art) {
        let k = normalize_key(form);
        if k.is_empty() {
            return;
        }
        match art {
            Art::No => self.add_with_prefixes(&k, value, false),
            Art::Has => self.add_with_prefixes(&k, value, true),
            Art::Add => {
                self.add_with_prefixes(&k, value, false);
                self.add_with_prefixes(&format!("ال{k}"), value, true);
            }
        }
    }

    fn add_with_prefixes(&mut self, k: &str, value: T, al: bool) {
        for conj in CONJ {
            for prep in PREP {
                let mut s = String::with_capacity(k.len() + 4);
                let mut skip = 0usize;
                if let Some(c) = conj {
                    s.push(c);
                    skip += c.len_utf8();
                }
                let body: &str = if prep == Some('ل') && al {
                    // ل + ال → لل: the lam of the preposition fuses with the article.
                    s.push('ل');
                    &k['ا'.len_utf8()..]
                } else {
                    if let Some(p) = prep {
                        s.push(p);
                        skip += p.len_utf8();
                    }
                    k
                };
                s.push_str(body);
                self.insert(s, value, Clitics { conj, prep, al, skip: skip as u8 });
            }
        }
    }

    fn insert(&mut self, k: String, value: T, cl: Clitics) {
        let bit = filter_bit(k.as_bytes());
        self.filter[bit >> 6] |= 1 << (bit & 63);
        self.map.entry(k.into_bytes().into_boxed_slice()).or_insert((value, cl));
    }

    /// Look a non-empty key word up, given its [`filter_bit`].
    #[inline]
    fn get_at(&self, word: &[u8], bit: usize) -> Option<(T, Clitics)> {
        if !filter_has(&self.filter, bit) {
            return None;
        }
        self.map.get(word).copied()
    }

    /// Look a key word up.
    #[cfg(test)]
    pub fn get(&self, word: &str) -> Option<(T, Clitics)> {
        let w = word.as_bytes();
        if w.is_empty() {
            return None;
        }
        self.get_at(w, filter_bit(w))
    }

    /// Every key of the table is found by [`WordTable::get`] (its filter bit is set).
    #[cfg(test)]
    pub fn finds_every_key(&self) -> bool
    where
        T: PartialEq,
    {
        self.map.iter().all(|(k, v)| self.get_at(k, filter_bit(k)) == Some(*v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// `tokenize_words` over the words that `normalize_words` records gives the tokens of
        /// `tokenize`: texts of Arabic and Latin letters, ASCII and Arabic-Indic digits,
        /// numeric signs (½ ² ٣), marks, tatweel, punctuation and runs of spaces.
        #[test]
        fn tokens_from_recorded_words_equal_tokenize(parts in prop::collection::vec(prop::sample::select(vec![
            "قتل", "ال", "و", "عشرين", "مارس", "abc", "Z", "20", "7", "٣", "½", "²", "ـ", "\u{064E}", "،", ",",
            ";", "/", "-", "–", "(", ")", "\"", "'", "*", ".", "?", "!", "[", "]", "%", "ﷺ", "Ⅻ", "ß",
            " ", " ", "  ", "\t", "\n", "\u{00A0}", "中", "😀", "é", "أ", "ة", "\u{0670}", "۳", "ک", "٫",
        ]), 0..24)) {
            let text: String = parts.concat();
            let (n, words) = crate::norm::normalize_words(&text);
            prop_assert_eq!(tokenize_words(&n.key, &words.spans, &words.mixed), tokenize(&n.key));
        }
    }

    /// A token whose bit is clear in the shared filter is in neither table, and the readings a
    /// token is made with are those of a plain lookup in both tables (a sentence of our own).
    #[test]
    fn shared_filter_turns_away_only_absent_words() {
        let r = readers();
        let key =
            normalize_key("وفي الثالث من مارس الماضي قتل عشرون جنديا وأصيب ثلاثة آخرون قرب الحدود يوم السبت، 2019.");
        let (mut turned_away, mut read) = (0, 0);
        for t in tokenize(&key) {
            let w = t.text(&key).as_bytes();
            let date = r.dates.map.get(w).copied();
            let atom = if t.kind == TokKind::Word { r.numbers.map.get(w).copied() } else { None };
            assert_eq!((t.date, t.atom), (date, atom), "{}", t.text(&key));
            read += usize::from(date.is_some() || atom.is_some());
            if !filter_has(&r.either, filter_bit(w)) {
                turned_away += 1;
                assert!(date.is_none() && !r.numbers.map.contains_key(w), "{}", t.text(&key));
            }
        }
        assert!(turned_away >= 5 && read >= 5, "turned away {turned_away}, read {read}");
        let mut keys = r.dates.map.keys().chain(r.numbers.map.keys());
        assert!(keys.all(|k| filter_has(&r.either, filter_bit(k))));
    }

    #[test]
    fn tokenizes_words_digits_punct() {
        let key = "قتل 20, و30 ال26/2 abc";
        let toks = tokenize(key);
        let got: Vec<(&str, TokKind)> = toks.iter().map(|t| (t.text(key), t.kind)).collect();
        use TokKind::*;
        assert_eq!(
            got,
            vec![
                ("قتل", Word),
                ("20", Digits),
                (",", Punct),
                ("و", Word),
                ("30", Digits),
                ("ال", Word),
                ("26", Digits),
                ("/", Punct),
                ("2", Digits),
                ("abc", Word)
            ]
        );
    }

    #[test]
    fn char_kind_agrees_with_char_classification() {
        // Every one-, two-, three- and four-byte region a key can hold, read from a string.
        let chars = ('\0'..='\u{07FF}').chain('\u{0800}'..='\u{0FFF}').chain('\u{FB50}'..='\u{FEFF}');
        for c in chars.chain(['\u{1D400}', '\u{1F600}', '\u{20000}']) {
            let want = if c.is_ascii_digit() {
                Some(TokKind::Digits)
            } else if is_letter(c) {
                Some(TokKind::Word)
            } else if c == ' ' {
                None
            } else {
                Some(TokKind::Punct)
            };
            let s = format!("a{c}b");
            assert_eq!(char_kind(&s, 1, two_byte_letters()), (want, c.len_utf8()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letter_fast_path_agrees() {
        for c in ('\0'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn table_expands_clitics() {
        let mut t = WordTable::new();
        t.add("ثلاثة", 3u8, Art::Add);
        t.add("العشرات", 9u8, Art::Has);
        t.add("ألف", 7u8, Art::No);
        // (word, Some((value, bytes skipped, definite)))
        type Case<'a> = (&'a str, Option<(u8, usize, bool)>);
        let cases: [Case; 10] = [
            ("لالف", Some((7, 2, false))),
            ("للف", None),
            ("ثلاثه", Some((3, 0, false))),
            ("وثلاثه", Some((3, 2, false))),
            ("بالثلاثه", Some((3, 2, true))),
            ("وللثلاثه", Some((3, 2, true))),
            ("للعشرات", Some((9, 0, true))),
            ("فبالعشرات", Some((9, 4, true))),
            ("عشرات", None),
            ("ثلاث", None),
        ];
        for (w, want) in cases {
            let got = t.get(w).map(|(v, c)| (v, c.skip as usize, c.al));
            assert_eq!(got, want, "{w}");
        }
    }
}
