//! Text keys shared by every backend: content hashes (to tell new, unchanged, changed and
//! duplicate articles apart) and the Arabic full-text keys.
//!
//! Full text is indexed on the text layer's match keys ([`ahdath_text::normalize_key`]: tashkeel
//! and tatweel removed, hamza/alef, ya and ta marbuta folded, digits ASCII), so "حَمرين" and
//! "حمرين" are one word. Arabic also glues proclitics to words ("بحمرين", "والموصل"); each indexed
//! word is therefore indexed together with its proclitic-stripped forms, and a query word matches
//! any of them. Queries are normalised the same way and only ever become quoted FTS5 strings, so
//! no user text is read as query syntax.

use ahdath_record::Article;
use ahdath_text::norm::is_word_char;
use sha2::{Digest, Sha256};

/// The two hashes of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleHashes {
    /// SHA-256 of everything stored about the article (title, text, published, source, url):
    /// equal means "unchanged".
    pub content: [u8; 32],
    /// The first 8 bytes of SHA-256 of the text alone, for finding duplicate texts under other
    /// ids (a hit is confirmed by comparing the texts).
    pub text: i64,
}

impl ArticleHashes {
    pub fn of(a: &Article) -> ArticleHashes {
        let mut h = Sha256::new();
        for (tag, v) in [
            ("title", a.title.as_deref()),
            ("text", Some(a.text.as_str())),
            ("published", a.published.as_deref()),
            ("source", a.source.as_deref()),
            ("url", a.url.as_deref()),
        ] {
            // Tag, presence and length prefix: no two different articles hash the same input.
            h.update(tag.as_bytes());
            match v {
                Some(v) => {
                    h.update([1u8]);
                    h.update((v.len() as u64).to_le_bytes());
                    h.update(v.as_bytes());
                }
                None => h.update([0u8]),
            }
        }
        let content: [u8; 32] = h.finalize().into();
        let t = Sha256::digest(a.text.as_bytes());
        let text = i64::from_le_bytes(t[..8].try_into().expect("8 bytes"));
        ArticleHashes { content, text }
    }
}

/// Lowercase hex of bytes.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The words of a match key.
fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// True if `w` may carry a proclitic (starts with و ف ب ك ل or ا of the article).
fn may_have_proclitic(w: &str) -> bool {
    matches!(w.chars().next(), Some('و' | 'ف' | 'ب' | 'ك' | 'ل' | 'ا'))
}

/// Call `f` with each form of a (normalised) word with its proclitics removed: conjunction و/ف,
/// preposition ب/ك/ل, article ال (and لل = ل + ال). Only removals that leave at least three
/// letters are made, so short words are not cut into noise. `w` itself is not passed; a form may
/// be passed twice.
pub fn for_each_variant(w: &str, mut f: impl FnMut(&str)) {
    if !may_have_proclitic(w) {
        return;
    }
    fn strip<'a>(s: &'a str, p: &str, min: usize) -> Option<&'a str> {
        s.strip_prefix(p).filter(|r| has_chars(r, min))
    }
    let mut buf = String::new();
    let conj = ["و", "ف"].iter().find_map(|c| strip(w, c, 3));
    for s in std::iter::once(w).chain(conj) {
        let emit = |x: &str, f: &mut dyn FnMut(&str)| {
            if x != w {
                f(x);
            }
            if let Some(r) = strip(x, "ال", 3) {
                f(r);
            }
        };
        emit(s, &mut f);
        if let Some(r) = strip(s, "لل", 2) {
            buf.clear();
            buf.push_str("ال");
            buf.push_str(r);
            emit(&buf, &mut f);
        }
        for c in ["ب", "ك", "ل"] {
            if let Some(r) = strip(s, c, 3) {
                emit(r, &mut f);
            }
        }
    }
}

/// True if `s` has at least `n` chars (it stops at the `n`-th instead of counting them all).
fn has_chars(s: &str, n: usize) -> bool {
    n == 0 || s.chars().nth(n - 1).is_some()
}

/// True if [`for_each_variant`] may pass `w` a form that is not a suffix of it: the ال form of a
/// لل word (`للحكومه` → `الحكومه`), after an optional و/ف. Every other form is a suffix.
fn may_have_lil(w: &str) -> bool {
    let w = w.as_bytes();
    let rest = if w.starts_with(&WAW) || w.starts_with(&FA) { &w[2..] } else { w };
    rest.starts_with(&LIL)
}

/// The hash of [`fts_document_of_words`]'s set of words and forms (speed48, speed50): a word of
/// up to sixteen bytes (most Arabic words and forms) is read as two overlapping eight-byte loads,
/// not byte by byte. The set is never iterated, so the document does not depend on the hash.
#[inline(always)]
fn word_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let load = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("eight bytes"));
    let mut h = b.len() as u64;
    if b.len() >= 8 {
        let mut rest = b;
        while rest.len() > 16 {
            h = (h.rotate_left(5) ^ load(&rest[..8])).wrapping_mul(K);
            rest = &rest[8..];
        }
        h = (h.rotate_left(5) ^ load(&rest[..8])).wrapping_mul(K);
        h = (h.rotate_left(5) ^ load(&rest[rest.len() - 8..])).wrapping_mul(K);
    } else {
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // The product's high bits are its best mixed: moved to where the table's index is taken.
    h.rotate_left(26)
}

/// [`fts_document_of_words`]'s set of written words and forms, each with whether its own forms
/// were made (speed52): open addressing with linear probes over a power-of-two table of entry
/// numbers, each entry keeping its word's full hash, so a probe compares the hash first and the
/// bytes only on a hash match, and an insert is a push and one slot written (no second probe, no
/// tag bytes, no call per lookup as `HashMap::entry` made). The table is kept at most half full.
struct SeenWords<'a> {
    /// Entry number + 1 in `entries`, 0 for a free slot; the length is a power of two.
    slots: Vec<u32>,
    entries: Vec<(u64, &'a str, bool)>,
}

impl<'a> SeenWords<'a> {
    fn with_capacity(n: usize) -> SeenWords<'a> {
        SeenWords { slots: vec![0; (2 * n).next_power_of_two().max(16)], entries: Vec::with_capacity(n) }
    }

    /// The entry number of `w` (`Ok`) or the free slot where it would go (`Err`), with its hash.
    #[inline(always)]
    fn probe(&self, w: &str) -> (u64, Result<usize, usize>) {
        let h = word_hash(w.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return (h, Err(i));
            }
            let e = &self.entries[s as usize - 1];
            if e.0 == h && e.1 == w {
                return (h, Ok(s as usize - 1));
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `w` with hash `h` and `flag` at the free slot `slot` that [`SeenWords::probe`] gave.
    #[inline(always)]
    fn add(&mut self, h: u64, w: &'a str, flag: bool, slot: usize) {
        self.entries.push((h, w, flag));
        self.slots[slot] = self.entries.len() as u32;
        if 2 * self.entries.len() > self.slots.len() {
            self.grow();
        }
    }

    /// The flag of `w` replaced by `flag` when it is in the set (`Some(old flag)`); otherwise `w`
    /// is added with `flag` (`None`).
    #[inline(always)]
    fn insert_or_replace(&mut self, w: &'a str, flag: bool) -> Option<bool> {
        match self.probe(w) {
            (_, Ok(k)) => Some(std::mem::replace(&mut self.entries[k].2, flag)),
            (h, Err(slot)) => {
                self.add(h, w, flag, slot);
                None
            }
        }
    }

    /// Adds `w` (flag false) when it is not in the set; returns whether it was added.
    #[inline(always)]
    fn insert_new(&mut self, w: &'a str) -> bool {
        match self.probe(w) {
            (_, Ok(_)) => false,
            (h, Err(slot)) => {
                self.add(h, w, false, slot);
                true
            }
        }
    }

    /// Doubles the table and places every entry again (rare: the table is sized for the text).
    #[cold]
    fn grow(&mut self) {
        let n = self.slots.len() * 2;
        let mask = n - 1;
        let mut slots = vec![0u32; n];
        for (k, e) in self.entries.iter().enumerate() {
            let mut i = e.0 as usize & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = k as u32 + 1;
        }
        self.slots = slots;
    }
}

/// UTF-8 of the proclitic letters and pairs [`for_each_variant`] strips (each letter two bytes).
const WAW: [u8; 2] = [0xD9, 0x88];
const FA: [u8; 2] = [0xD9, 0x81];
const BA: [u8; 2] = [0xD8, 0xA8];
const KAF: [u8; 2] = [0xD9, 0x83];
const LAM: [u8; 2] = [0xD9, 0x84];
const ALEF: [u8; 2] = [0xD8, 0xA7];
const AL: [u8; 4] = [0xD8, 0xA7, 0xD9, 0x84];
const LIL: [u8; 4] = [0xD9, 0x84, 0xD9, 0x84];

/// [`has_chars`] on the bytes of a `str`: at least `n` bytes that start a char.
fn has_chars_at(b: &[u8], n: usize) -> bool {
    // A char is one to four bytes.
    if n == 0 || b.len() >= 4 * n {
        return true;
    }
    b.len() >= n && b.iter().filter(|&&x| x & 0xC0 != 0x80).nth(n - 1).is_some()
}

/// The forms [`for_each_variant`] passes for `w`, in the same order, as byte positions in `w`
/// read from its UTF-8 bytes (no char decoding, no sub-slices made): `(k, false)` is the suffix
/// `w[k..]`, `(k, true)` is ال + `w[k..]` (the ال form of a لل word, the one form that is no
/// suffix of `w`).
#[inline]
fn for_each_variant_at(w: &[u8], mut f: impl FnMut(usize, bool)) {
    let &[b0, b1, ..] = w else { return };
    let first = [b0, b1];
    if !matches!(first, WAW | FA | BA | KAF | LAM | ALEF) {
        return;
    }
    let conj = (matches!(first, WAW | FA) && has_chars_at(&w[2..], 3)).then_some(2);
    for s in std::iter::once(0).chain(conj) {
        let t = &w[s..];
        if s != 0 {
            f(s, false);
        }
        if t.starts_with(&AL) && has_chars_at(&t[4..], 3) {
            f(s + 4, false);
        }
        if t.starts_with(&LIL) && has_chars_at(&t[4..], 2) {
            f(s + 4, true);
            if has_chars_at(&t[4..], 3) {
                f(s + 4, false);
            }
        }
        if (t.starts_with(&BA) || t.starts_with(&KAF) || t.starts_with(&LAM)) && has_chars_at(&t[2..], 3) {
            f(s + 2, false);
            if t[2..].starts_with(&AL) && has_chars_at(&t[6..], 3) {
                f(s + 6, false);
            }
        }
    }
}

/// [`for_each_variant`] collected, without repeats.
pub fn proclitic_variants(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for_each_variant(w, |v| {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    });
    out
}

/// The full-text document of an article or sentence: its distinct match-key words and their
/// proclitic-stripped forms, each once, separated by spaces (in order of first occurrence).
///
/// Searches only ask whether a document contains a word (the SQLite index keeps no positions,
/// PostgreSQL's `strip`ped vectors neither), so a repeat adds nothing; leaving repeats out here,
/// on the coding workers, spares the single database writer tokenising and indexing them (an
/// article's words and forms repeat about twice on average).
pub fn fts_document(title: Option<&str>, text: &str) -> String {
    // The keys with their words as the fold records them (not split again here, which decoded
    // every char of the key a second time).
    let keys = [ahdath_text::normalize_key_words(title.unwrap_or("")), ahdath_text::normalize_key_words(text)];
    let words: Vec<&str> =
        keys.iter().flat_map(|(key, key_words)| key_words.spans.iter().map(move |&(a, b)| &key[a..b])).collect();
    fts_document_of_words(&words, text.len())
}

/// [`fts_document`] of an article's match-key words in text order (title first), as the coder
/// hands them out from its own folds ([`ahdath_coder::Coder::code_with_words`]), so that the
/// title and text are not folded a second time; `capacity` is the text's length in bytes.
pub fn fts_document_of_words(words: &[&str], capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    // Words and forms already written; every one is a slice of a word (a stripped form is a
    // suffix of its word), so nothing is allocated per word. Sized for the text at once (growing
    // it rehashed every word several times; about one and a half words and forms a word) and
    // hashed eight bytes at a step ([`word_hash`]).
    let distinct_guess = words.len() * 3 / 2 + 16;
    // Each written word or form, and whether its own forms were made (it occurred as a word).
    let mut seen = SeenWords::with_capacity(distinct_guess);
    let put = |w: &str, out: &mut String| {
        out.push_str(w);
        out.push(' ');
    };
    for &w in words {
        let expanded = match seen.insert_or_replace(w, true) {
            None => {
                put(w, &mut out);
                false
            }
            // Written as a form of an earlier word: its own forms are not made yet.
            Some(old) => old,
        };
        // A word whose forms were made before put each of its suffix forms in `seen` then,
        // so only its non-suffix forms (ال + the rest of a لل word) can be written again:
        // the forms of such a repeat (most repeats) are made only when it has one.
        if expanded && !may_have_lil(w) {
            continue;
        }
        // The forms as positions in the word's bytes (speed48): a suffix is looked up as it
        // is, ال + the rest of a لل word is not a slice of the key (a rare repeat is harmless).
        for_each_variant_at(w.as_bytes(), |k, al| {
            let v = &w[k..];
            if al {
                out.push_str("ال");
                put(v, &mut out);
            } else if seen.insert_new(v) {
                put(v, &mut out);
            }
        });
    }
    out
}

/// The words of a full-text query after normalisation (all of them must match), the same words
/// [`fts_query`] quotes; empty when the query has none. Backends without FTS5 pass these as
/// parameters.
pub fn fts_words(query: &str) -> Vec<String> {
    let key = ahdath_text::normalize_key(query);
    words(&key).map(str::to_string).collect()
}

/// An FTS5 query for the words of `query` (all required), or `None` when it has no words.
/// Every word is a quoted FTS5 string, so operators in user text are searched as words.
pub fn fts_query(query: &str) -> Option<String> {
    let terms: Vec<String> = fts_words(query).iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The content words of a sentence for similarity: normalised, proclitics removed (the shortest
/// form kept), words of three letters or more, as sorted distinct 64-bit hashes (FNV-1a, stable
/// across builds because backends store them).
pub fn sentence_words(sentence: &str) -> Vec<u64> {
    let (key, key_words) = ahdath_text::normalize_key_words(sentence);
    stem_hashes(key_words.spans.iter().map(|&(a, b)| &key[a..b]))
}

/// [`sentence_words`] of a sentence whose match-key words are `words` (as the coder's fold of the
/// sentence records them, [`ahdath_coder::ArticleWords::of_sentence`]), with no second fold.
pub fn sentence_words_of_words(words: &[&str]) -> Vec<u64> {
    stem_hashes(words.iter().copied())
}

/// The sorted, distinct hashes of the shortest forms of `words` that keep at least three chars.
fn stem_hashes<'a>(words: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut out: Vec<u64> = words
        .filter_map(|w| {
            let stem = shortest_form(w);
            has_chars(stem, 3).then(|| fnv1a(stem.as_bytes()))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The shortest of `w` and those forms of [`for_each_variant`] that are suffixes of `w` (every
/// form but ال + the rest of a لل word), made directly: the forms are nested removals, each
/// allowed only when it leaves at least three letters, so the shortest is the deepest removal
/// that is allowed. (Collecting it through `for_each_variant` made and compared every form.)
fn shortest_form(w: &str) -> &str {
    fn strip<'a>(s: &'a str, p: &str, min: usize) -> Option<&'a str> {
        s.strip_prefix(p).filter(|r| has_chars(r, min))
    }
    if !may_have_proclitic(w) {
        return w;
    }
    let mut best = w;
    let conj = ["و", "ف"].iter().find_map(|c| strip(w, c, 3));
    for s in std::iter::once(w).chain(conj) {
        let mut take = |v: &'_ str| {
            if v.len() < best.len() {
                best = &w[w.len() - v.len()..];
            }
        };
        take(s);
        if let Some(r) = strip(s, "ال", 3) {
            take(r);
        }
        // لل + rest: the form ال + rest is no suffix, but the rest itself (three letters or more) is.
        if let Some(r) = strip(s, "لل", 3) {
            take(r);
        }
        for c in ["ب", "ك", "ل"] {
            if let Some(r) = strip(s, c, 3) {
                take(r);
                if let Some(r) = strip(r, "ال", 3) {
                    take(r);
                }
            }
        }
    }
    best
}

fn fnv1a(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &x| (h ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3))
}

/// Word hashes as bytes (little-endian), for storage.
pub fn words_to_blob(w: &[u64]) -> Vec<u8> {
    w.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// Word hashes from [`words_to_blob`] bytes.
pub fn words_from_blob(b: &[u8]) -> Vec<u64> {
    b.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect()
}

/// Jaccard similarity of two sorted distinct word-hash lists.
pub fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    jaccard_of(common_words(a, b), a.len(), b.len())
}

/// [`jaccard`] from the count of shared words `common` ([`common_words`]) and the two lists'
/// lengths, so a caller that also needs the count (dedup's containment) merges the lists once
/// (tidy59). 0 when either list is empty.
pub fn jaccard_of(common: usize, la: usize, lb: usize) -> f32 {
    if la == 0 || lb == 0 {
        return 0.0;
    }
    common as f32 / (la + lb - common) as f32
}

/// How many words two sorted, distinct word-hash lists share (a merge of the two).
pub fn common_words(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// tidy59: `jaccard_of` on the shared count is `jaccard` on the lists.
    #[test]
    fn jaccard_of_matches_jaccard() {
        let lists: [&[u64]; 5] = [&[], &[3], &[1, 3, 5, 9], &[2, 3, 5, 7, 11], &[1, 3, 5, 9]];
        for a in lists {
            for b in lists {
                // (Counted apart, as sets: shared words over all words.)
                let (sa, sb): (HashSet<u64>, HashSet<u64>) = (a.iter().copied().collect(), b.iter().copied().collect());
                let union = sa.union(&sb).count();
                let want = if union == 0 { 0.0 } else { sa.intersection(&sb).count() as f32 / union as f32 };
                assert_eq!(jaccard(a, b), want, "{a:?} {b:?}");
                assert_eq!(jaccard_of(common_words(a, b), a.len(), b.len()), want, "{a:?} {b:?}");
            }
        }
        assert_eq!(jaccard_of(2, 4, 5), 2.0 / 7.0);
    }

    #[test]
    fn hashes_tell_content_and_text_apart() {
        let a = Article { id: "a".into(), text: "نص".into(), ..Default::default() };
        let mut b = a.clone();
        b.id = "b".into();
        assert_eq!(ArticleHashes::of(&a), ArticleHashes::of(&b), "the id is not content");
        b.published = Some("2020-01-01".into());
        let (ha, hb) = (ArticleHashes::of(&a), ArticleHashes::of(&b));
        assert_ne!(ha.content, hb.content);
        assert_eq!(ha.text, hb.text);
        // Moving text between title and body changes the content hash.
        let c = Article { id: "c".into(), title: Some("ab".into()), text: "c".into(), ..Default::default() };
        let d = Article { id: "d".into(), title: Some("a".into()), text: "bc".into(), ..Default::default() };
        assert_ne!(ArticleHashes::of(&c).content, ArticleHashes::of(&d).content);
    }

    #[test]
    fn proclitics_are_stripped_but_short_words_kept() {
        let v = proclitic_variants("بحمرين");
        assert!(v.contains(&"حمرين".to_string()), "{v:?}");
        let v = proclitic_variants("والموصل");
        assert!(v.contains(&"الموصل".to_string()) && v.contains(&"موصل".to_string()), "{v:?}");
        let v = proclitic_variants("للحكومه");
        assert!(v.contains(&"الحكومه".to_string()) && v.contains(&"حكومه".to_string()), "{v:?}");
        assert!(proclitic_variants("وطن").is_empty(), "two letters left is too short");
    }

    #[test]
    fn documents_and_queries_agree_across_spellings() {
        let doc = fts_document(Some("هجوم في منطقة حَمرين"), "قُتل 10 مسلحين بمحافظة ديالى");
        for w in ["حمرين", "محافظه", "ديالي", "10", "قتل"] {
            assert!(doc.split(' ').any(|t| t == w), "{w} not in {doc}");
        }
        assert_eq!(fts_query("  حَمْرين \"OR\" "), Some("\"حمرين\" AND \"or\"".to_string()));
        assert_eq!(fts_query(" ؟ "), None);
    }

    #[test]
    fn documents_hold_each_word_once() {
        let doc = fts_document(Some("قصف الموصل"), "قصف الجيش الموصل وقصف بالموصل");
        let words: Vec<&str> = doc.split(' ').filter(|w| !w.is_empty()).collect();
        let distinct: HashSet<&str> = words.iter().copied().collect();
        assert_eq!(words.len(), distinct.len(), "{doc}");
        // The forms of a لل word (ال + rest) may repeat; they are found all the same.
        let doc = fts_document(None, "للحكومه للحكومه");
        assert!(doc.split(' ').any(|t| t == "الحكومه") && doc.split(' ').any(|t| t == "حكومه"), "{doc}");
        for w in ["قصف", "الموصل", "موصل", "الجيش", "جيش", "وقصف", "بالموصل"] {
            assert!(distinct.contains(w), "{w} not in {doc}");
        }
    }

    /// The document as it was built before repeats skipped their forms (every word's forms made).
    fn fts_document_reference(title: Option<&str>, text: &str) -> String {
        let keys = [ahdath_text::normalize_key(title.unwrap_or("")), ahdath_text::normalize_key(text)];
        let mut out = String::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for key in &keys {
            for w in words(key) {
                if seen.insert(w) {
                    out.push_str(w);
                    out.push(' ');
                }
                for_each_variant(w, |v| {
                    if w.ends_with(v) {
                        if seen.insert(&w[w.len() - v.len()..]) {
                            out.push_str(v);
                            out.push(' ');
                        }
                    } else {
                        out.push_str(v);
                        out.push(' ');
                    }
                });
            }
        }
        out
    }

    /// `sentence_words` as it was built before the key's words came from the fold.
    fn sentence_words_reference(sentence: &str) -> Vec<u64> {
        let key = ahdath_text::normalize_key(sentence);
        stem_hashes(words(&key))
    }

    /// The full-text document and the dedup words read the words the fold records (speed41)
    /// and are those of a split of the finished key: texts with marks, tatweel, odd spaces,
    /// Latin, digits and other scripts, and the dev pool's articles when present.
    #[test]
    fn documents_and_sentence_words_from_the_folds_words() {
        let mut texts: Vec<String> = [
            "  وَقَصَفَ الجيشُ   بالموصل\u{00A0}مواقعَ ، والتقى الوزيرُ\tبنظيرهِ ",
            "ـــ للحكومة «الجديدة» (2024) قرارٌ… جديدٌ؛ ABC-Def x²y ﬁne 中文\u{3000}",
            "\u{2003}\u{2003}كتب المراسل: \"اجتمع\" الطرفان \u{0085}اليوم\u{2028}غدا ٣٤ ۵۶",
            "",
            " ",
            "،،، ... !!!",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let pool = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");
        if let Ok(f) = std::fs::read_to_string(pool) {
            texts.extend(f.lines().filter_map(|l| serde_json::from_str::<Article>(l).ok()).map(|a| a.text));
        }
        for (i, t) in texts.iter().enumerate() {
            let title = Some(texts[(i + 1) % texts.len()].as_str());
            assert_eq!(fts_document(title, t), fts_document_reference(title, t), "{t}");
            assert_eq!(fts_document(None, t), fts_document_reference(None, t), "{t}");
            assert_eq!(sentence_words(t), sentence_words_reference(t), "{t}");
        }
    }

    /// The document made from the coder's own folds (`Prepared::code`) is the one made by
    /// folding the title and text again: words in "read also" blocks (which the coder skips),
    /// between sentences and in the title included, on texts of our own and every dev-pool article.
    #[test]
    fn documents_from_the_coders_folds_are_those_of_a_second_fold() {
        let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin().expect("builtin lexicon"));
        let mut articles: Vec<(Option<String>, String)> = [
            (Some("وصل الوفد الى المدينه"), "وصل الوفد صباحا.ثم التقى المحافظ!\nاقرأ أيضًا\nمباراة الفريقين غدا\nطقس بارد في الشمال\n\nوعاد الوفد مساء"),
            (Some("   "), "  عنوان بلا نقطه  ؟؟ وكلمه أخرى… ثم سطر\u{2029}ABC 12.5 درجة"),
            (None, "للمدرسه طلاب كثيرون. والمدرسه كبيره؛ بالمدرسه مكتبه"),
            (Some("سطر"), ""),
        ]
        .iter()
        .map(|(t, x)| (t.map(str::to_string), x.to_string()))
        .collect();
        let pool = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");
        if let Ok(f) = std::fs::read_to_string(pool) {
            articles
                .extend(f.lines().filter_map(|l| serde_json::from_str::<Article>(l).ok()).map(|a| (a.title, a.text)));
        }
        for (title, text) in articles {
            let a = Article { title: title.clone(), text: text.clone(), ..Article::default() };
            let hashes = ArticleHashes::of(&a);
            let p = crate::Prepared::code(&coder, a, hashes);
            assert_eq!(p.fts.as_deref(), Some(fts_document(title.as_deref(), &text).as_str()), "{title:?} / {text}");
        }
    }

    /// The records' sentence words made from the coder's own folds (`Prepared::code`, speed50)
    /// are [`sentence_words`] of each record's sentence, and `Prepared::coded` (a second fold)
    /// gives the same keys: on texts of our own (two events in one sentence, a title's event) and
    /// every dev-pool article.
    #[test]
    fn record_words_from_the_coders_folds_are_those_of_a_second_fold() {
        let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin().expect("builtin lexicon"));
        let mut articles: Vec<Article> = [
            (
                Some("اشتباكات عنيفة بين الجيش ومسلحين في ريف حلب"),
                "قُتل سبعة مدنيين وجُرح عشرون في قصف مدفعي على بلدة حدودية فجر الأحد. وندد وزير الخارجية بالقصف.",
            ),
            (None, "اعتقلت قوات الأمن ثلاثة أشخاص واحتجزت سيارتهم في كربلاء.\nاقرأ أيضًا\nأخبار الرياضة اليوم"),
        ]
        .iter()
        .map(|(t, x)| Article {
            title: t.map(str::to_string),
            text: x.to_string(),
            published: Some("2022-05-01".into()),
            ..Article::default()
        })
        .collect();
        let pool = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");
        if let Ok(f) = std::fs::read_to_string(pool) {
            articles.extend(f.lines().filter_map(|l| serde_json::from_str::<Article>(l).ok()));
        }
        let mut n = 0;
        for a in articles {
            let hashes = ArticleHashes::of(&a);
            let p = crate::Prepared::code(&coder, a.clone(), hashes);
            let records = p.records.clone().expect("coded");
            let keys = p.record_keys.clone().expect("record keys");
            assert_eq!(keys.len(), records.len());
            for (r, k) in records.iter().zip(&keys) {
                assert_eq!(k.words, sentence_words(&r.evidence.sentence), "{}", r.evidence.sentence);
                n += 1;
            }
            let q = crate::Prepared::coded(a, hashes, records);
            assert_eq!(q.record_keys, p.record_keys);
            assert_eq!(q.fts, p.fts);
        }
        assert!(n >= 3, "{n} records");
    }

    /// The forms read from the word's bytes (speed48, speed50) are those of [`for_each_variant`],
    /// in the same order, on words of our own and every word of the dev pool.
    #[test]
    fn byte_forms_are_those_of_every_form() {
        let mut n = 0;
        for key in sample_keys() {
            for w in words(&key) {
                let mut want: Vec<String> = Vec::new();
                for_each_variant(w, |v| want.push(v.to_string()));
                let mut got: Vec<String> = Vec::new();
                for_each_variant_at(w.as_bytes(), |k, al| {
                    got.push(if al { format!("ال{}", &w[k..]) } else { w[k..].to_string() })
                });
                assert_eq!(got, want, "{w}");
                assert_eq!(may_have_lil(w), w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with("لل"), "{w}");
                n += 1;
            }
        }
        assert!(n > 40);
    }

    /// Skipping the forms of repeated words writes the same document, repeats of لل words
    /// (whose ال form is written again) included; `has_chars` is the char count it replaced.
    #[test]
    fn documents_are_those_of_every_words_forms() {
        let texts = [
            "قصف الجيش الموصل وقصف بالموصل ثم قصف الموصل والموصل بالموصل",
            "للحكومه للحكومه وللحكومه فللحكومه الحكومه حكومه للحكومه",
            "لله لله ولل لل للا للا وللا بالبيت بالبيت كالبيت لبيت لبيت",
            "اجتمع وزير الخارجيه بنظيره الفرنسي واجتمع الوزير بالرئيس ثم اجتمع الوزير مع الرئيس",
            "10 قتلى و 20 جريحا في 10 انفجارات ABC abc Abc للللل فللل وللل",
            // A word first written as a form of another has forms of its own: وزير → زير.
            "التقى بوزير الدفاع ثم وزير الخارجيه ووزير الداخليه وزير بالوزير الوزير وزير",
            "اعلن فوالد الطفل ان والد الطفل ووالده بوالد والد",
        ];
        for (i, t) in texts.iter().enumerate() {
            for title in [None, Some(texts[(i + 1) % texts.len()])] {
                assert_eq!(fts_document(title, t), fts_document_reference(title, t), "{title:?} / {t}");
            }
        }
        let long = texts.join(" . ");
        assert_eq!(fts_document(Some(&long), &long), fts_document_reference(Some(&long), &long));
        for s in ["", "ا", "ال", "حكم", "حكومه", "ab", "abc"] {
            for n in 0..7 {
                assert_eq!(has_chars(s, n), s.chars().count() >= n, "{s} {n}");
            }
        }
    }

    /// The open-addressing set of the document (speed52) answers as a `HashMap` does: on words
    /// of our own (one and two letters, seven to seventeen bytes, words over sixteen bytes that
    /// share their first and last eight, Latin and digits) and, when present, every dev-pool word,
    /// from a table of sixteen slots that has to grow many times.
    #[test]
    fn seen_words_answer_as_a_hash_map() {
        let own = "و ب في لا حكم ابوظبي المدينه بالمدينه والمدينه المستشفيات المستشفيات1 \
                   المستشفيات2 والمستشفيات المستشفياتالمستشفيات المستشفياتXالمستشفيات abc abcdefg \
                   abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq abcdefghXijklmnopq 10 100 1000";
        let mut keys = vec![ahdath_text::normalize_key(own)];
        keys.extend(sample_keys());
        let mut n = 0;
        for key in &keys {
            let mut seen = SeenWords::with_capacity(0);
            let mut reference: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
            for (i, w) in words(key).enumerate() {
                // Words and their forms alike: a replace (as a word) or an insert (as a form).
                let flag = i % 3 != 0;
                let forms: Vec<&str> = (0..w.len()).filter(|&k| w.is_char_boundary(k)).map(|k| &w[k..]).collect();
                for v in std::iter::once(w).chain(forms.into_iter().take(3)) {
                    if flag {
                        let want = reference.insert(v, true);
                        assert_eq!(seen.insert_or_replace(v, true), want, "{v}");
                    } else {
                        let want = !reference.contains_key(v);
                        if want {
                            reference.insert(v, false);
                        }
                        assert_eq!(seen.insert_new(v), want, "{v}");
                    }
                    n += 1;
                }
            }
            assert_eq!(seen.entries.len(), reference.len());
            assert!(2 * seen.entries.len() <= seen.slots.len());
        }
        assert!(n > 100, "{n}");
    }

    /// The shortest suffix form as [`sentence_words`] first collected it, through every form.
    fn shortest_form_reference(w: &str) -> &str {
        let mut stem = w;
        for_each_variant(w, |v| {
            if v.len() < stem.len() && w.ends_with(v) {
                stem = &w[w.len() - v.len()..];
            }
        });
        stem
    }

    /// Words written for this test (proclitic chains, short remainders, لل words, non-Arabic),
    /// and when the shared corpus is there every word of the dev pool's texts.
    fn sample_keys() -> Vec<String> {
        let mut texts: Vec<String> = [
            "وبالمدينه فالكتاب وللجيش للدوله لله ولله ولل للعم الله والله بال كال فبالقوات",
            "وكالمعتاد ببغداد كربلاء لبنان المتحدثين واشنطن فلسطين الف ولد بلد",
            "ḥamrīn CAFÉ abc123 ٣٤ x²y ﬁne 𝒳y 中文 naïve a_b-c/d.e",
            "",
            "   ,، ",
        ]
        .iter()
        .map(|t| ahdath_text::normalize_key(t))
        .collect();
        let pool = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");
        if let Ok(f) = std::fs::read_to_string(pool) {
            for line in f.lines() {
                if let Ok(a) = serde_json::from_str::<Article>(line) {
                    texts.push(ahdath_text::normalize_key(&a.text));
                }
            }
        }
        texts
    }

    #[test]
    fn shortest_form_is_that_of_every_form() {
        let cases = [
            ("وبالمدينه", "مدينه"),
            ("فالكتاب", "كتاب"),
            ("وللجيش", "جيش"),
            ("للدوله", "دوله"),
            ("لله", "لله"),
            ("ولله", "لله"),
            ("الله", "الله"),
            ("والله", "الله"),
            ("للعم", "لعم"),
            ("ببغداد", "بغداد"),
            ("ولد", "ولد"),
            ("ابل", "ابل"),
        ];
        for (w, want) in cases {
            assert_eq!(shortest_form(w), want, "{w}");
        }
        let mut n = 0;
        for key in sample_keys() {
            for w in words(&key) {
                assert_eq!(shortest_form(w), shortest_form_reference(w), "{w}");
                n += 1;
            }
        }
        assert!(n > 40);
    }

    #[test]
    fn similarity_of_reworded_sentences() {
        let a = sentence_words("لقي شخص مصرعه وأصيب آخرون في الانفجار الذي وقع الجمعة أمام السفارة الأمريكية بأنقرة");
        let b =
            sentence_words("لقي شخص مصرعه وأصيب آخرون في الانفجار الذي وقع اليوم الجمعة أمام السفارة الامريكية في انقرة");
        let c = sentence_words("وقعت الحكومة اتفاقا تجاريا مع الشركات");
        assert!(jaccard(&a, &b) > 0.7, "{}", jaccard(&a, &b));
        assert!(jaccard(&a, &c) < 0.1);
        assert_eq!(jaccard(&a, &a), 1.0);
    }
}
