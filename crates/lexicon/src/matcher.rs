//! A dictionary compiled into one finite-state transducer over match keys, walked from every
//! word start of a text's key with Arabic proclitics peeled off (و ف, ب ل ك, the future س, ال
//! and لل) and attached pronouns allowed after a form.

use fst::raw::{Builder, Fst, Output};
use std::collections::BTreeMap;

/// What a form points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Actor(u32),
    Trigger(u32),
    Cue(u32),
    Place(u32),
}

impl Target {
    fn category(self) -> usize {
        match self {
            Target::Actor(_) => 0,
            Target::Trigger(_) => 1,
            Target::Cue(_) => 2,
            Target::Place(_) => 3,
        }
    }
}

/// The proclitics peeled off a word to make a match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clitics {
    /// `و` or `ف` in front.
    pub conj: Option<char>,
    /// `ب`, `ل`, `ك` or the future `س`.
    pub prep: Option<char>,
    /// The text has `ال` (or `لل`) that the form lacks, or the form's `ال` was matched by `لل`.
    pub article: bool,
}

/// One dictionary match in a key string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Key byte offset of the word start, clitics included.
    pub start: usize,
    /// Key byte offset where the form itself starts (after the clitics).
    pub core_start: usize,
    /// Key byte offset where the form ends (before any attached pronoun).
    pub end: usize,
    /// Key byte offset where the last word of the match ends (pronoun included).
    pub word_end: usize,
    pub target: Target,
    pub clitics: Clitics,
}

/// A compiled set of forms.
pub struct Matcher {
    fst: Fst<Vec<u8>>,
    values: Vec<Vec<Target>>,
}

/// Best match so far in one category: (end, clitic bytes stripped, hit, value index).
type Best = (usize, usize, Hit, usize);

const PRONOUNS: [&str; 8] = ["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"];

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").field("keys", &self.values.len()).finish()
    }
}

impl Matcher {
    /// Compile (key, target) pairs; keys must already be match keys.
    pub fn new(pairs: impl IntoIterator<Item = (String, Target)>) -> Matcher {
        let mut map: BTreeMap<String, Vec<Target>> = BTreeMap::new();
        for (k, t) in pairs {
            if k.is_empty() {
                continue;
            }
            let v = map.entry(k).or_default();
            if !v.contains(&t) {
                v.push(t);
            }
        }
        let mut b = Builder::memory();
        let mut values = Vec::with_capacity(map.len());
        for (k, v) in map {
            b.insert(k.as_bytes(), values.len() as u64).expect("sorted unique keys");
            values.push(v);
        }
        let fst = Fst::new(b.into_inner().expect("fst build")).expect("fst load");
        Matcher { fst, values }
    }

    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when no key was compiled.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Exact lookup of one key.
    pub fn get(&self, key: &str) -> &[Target] {
        match self.fst.get(key.as_bytes()) {
            Some(o) => &self.values[o.value() as usize],
            None => &[],
        }
    }

    /// All matches in `key`: at each word start and for each category (actor, trigger, cue,
    /// place), the longest form that matches; hits nested in a longer hit of the same category
    /// are dropped. Sorted by start.
    pub fn find(&self, key: &str) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        let mut prev_word = false;
        for (p, c) in key.char_indices() {
            let w = is_word(c);
            if w && !prev_word {
                self.match_at(key, p, &mut out);
            }
            prev_word = w;
        }
        // Drop hits nested inside a longer hit of the same category.
        let mut keep = vec![true; out.len()];
        // Per category: the span of the hit that reaches furthest so far.
        let mut reach = [(0usize, 0usize); 4];
        for (i, h) in out.iter().enumerate() {
            let c = h.target.category();
            let (rs, re) = reach[c];
            let same_span = h.start == rs && h.end == re;
            if h.start < re && h.end <= re && !same_span {
                keep[i] = false;
            } else if h.end > re {
                reach[c] = (h.start, h.end);
            }
        }
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        out
    }

    fn match_at(&self, key: &str, p: usize, out: &mut Vec<Hit>) {
        let mut best: [Option<Best>; 4] = [None; 4];
        let rest = &key[p..];
        let word_len = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let letters = word.chars().count();
        let mut conjs: Vec<(usize, Option<char>)> = vec![(0, None)];
        if letters > 2 {
            if let Some(c @ ('و' | 'ف')) = word.chars().next() {
                conjs.push((c.len_utf8(), Some(c)));
            }
        }
        for &(cl, conj) in &conjs {
            let w1 = &word[cl..];
            let mut preps: Vec<(usize, Option<char>)> = vec![(0, None)];
            let mut it = w1.chars();
            if let (Some(c), Some(n)) = (it.next(), it.next()) {
                if w1.chars().count() > 2 {
                    match c {
                        'ب' | 'ل' | 'ك' => preps.push((c.len_utf8(), Some(c))),
                        'س' if matches!(n, 'ي' | 'ت' | 'ن' | 'ا') => preps.push((c.len_utf8(), Some(c))),
                        _ => {}
                    }
                }
            }
            for &(pl, prep) in &preps {
                let q = p + cl + pl;
                let w2 = &key[q..p + word_len];
                let base = Clitics { conj, prep, article: false };
                // As written.
                self.walk(key, p, q, "", base, &mut best);
                // Text has ال that the form lacks.
                if w2.starts_with("ال") && w2.chars().count() > 3 {
                    self.walk(key, p, q + "ال".len(), "", Clitics { article: true, ..base }, &mut best);
                }
                // لل = ل + ال: the form's ال is matched virtually.
                if prep == Some('ل') && w2.starts_with('ل') && w2.chars().count() > 2 {
                    self.walk(key, p, q + 'ل'.len_utf8(), "ال", Clitics { article: true, ..base }, &mut best);
                }
            }
        }
        // One hit per target of the best key in each category.
        for (c, b) in best.iter().enumerate() {
            if let Some((_, _, h, idx)) = b {
                for &tg in &self.values[*idx] {
                    if tg.category() == c {
                        out.push(Hit { target: tg, ..*h });
                    }
                }
            }
        }
    }

    /// Walk the transducer over `virt` then `key[from..]`, recording every final state that
    /// ends at a word boundary (or before an attached pronoun).
    fn walk(&self, key: &str, start: usize, from: usize, virt: &str, clitics: Clitics, best: &mut [Option<Best>; 4]) {
        let fst = &self.fst;
        let mut node = fst.root();
        let mut out = Output::zero();
        for &b in virt.as_bytes() {
            match node.find_input(b) {
                Some(i) => {
                    let t = node.transition(i);
                    out = out.cat(t.out);
                    node = fst.node(t.addr);
                }
                None => return,
            }
        }
        let bytes = key.as_bytes();
        let mut pos = from;
        while pos < bytes.len() {
            let Some(i) = node.find_input(bytes[pos]) else { break };
            let t = node.transition(i);
            out = out.cat(t.out);
            node = fst.node(t.addr);
            pos += 1;
            if node.is_final() && key.is_char_boundary(pos) {
                if let Some(word_end) = boundary_after(key, pos) {
                    let idx = out.cat(node.final_output()).value() as usize;
                    let stripped = from - start;
                    for &tg in &self.values[idx] {
                        let c = tg.category();
                        let better = match best[c] {
                            None => true,
                            Some((e, s, _, _)) => pos > e || (pos == e && stripped < s),
                        };
                        if better {
                            best[c] = Some((pos, stripped, Hit { start, core_start: from, end: pos, word_end, target: tg, clitics }, idx));
                        }
                    }
                }
            }
        }
    }

}

/// If `pos` is a word boundary, or the rest of the word is an attached pronoun, the word end.
fn boundary_after(key: &str, pos: usize) -> Option<usize> {
    let rest = &key[pos..];
    let wl = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
    if wl == 0 {
        return Some(pos);
    }
    if PRONOUNS.contains(&&rest[..wl]) {
        return Some(pos + wl);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use ahdath_text::normalize_key;

    fn m(forms: &[(&str, Target)]) -> Matcher {
        Matcher::new(forms.iter().map(|(f, t)| (normalize_key(f), *t)))
    }

    fn found(m: &Matcher, text: &str) -> Vec<(String, Target)> {
        let k = normalize_key(text);
        m.find(&k).into_iter().map(|h| (k[h.core_start..h.end].to_string(), h.target)).collect()
    }

    #[test]
    fn clitics_table() {
        let mx = m(&[
            ("الجيش", Target::Actor(1)),
            ("قوات الأمن", Target::Actor(2)),
            ("قتل", Target::Trigger(1)),
            ("يعقد", Target::Trigger(2)),
            ("مسلحين", Target::Actor(3)),
            ("بحث", Target::Trigger(3)),
            ("حث", Target::Trigger(4)),
        ]);
        let cases: &[(&str, &[(&str, Target)])] = &[
            ("الجيش", &[("الجيش", Target::Actor(1))]),
            ("وللجيش", &[("جيش", Target::Actor(1))]),
            ("بالجيش", &[("الجيش", Target::Actor(1))]),
            ("وقوات الأمن", &[("قوات الامن", Target::Actor(2))]),
            ("قتلهم", &[("قتل", Target::Trigger(1))]),
            ("مقتل", &[]),
            ("قتلى", &[]),
            ("سيعقد", &[("يعقد", Target::Trigger(2))]),
            ("المسلحين", &[("مسلحين", Target::Actor(3))]),
            ("بحث", &[("بحث", Target::Trigger(3))]),
            ("الجيشان", &[]),
        ];
        for (text, want) in cases {
            let got = found(&mx, text);
            let want: Vec<(String, Target)> = want.iter().map(|(s, t)| (normalize_key(s), *t)).collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }

    #[test]
    fn every_target_of_a_shared_form_is_reported() {
        let mx = m(&[("لندن", Target::Place(1)), ("لندن", Target::Place(2))]);
        let k = normalize_key("بلندن");
        let got: Vec<Target> = mx.find(&k).into_iter().map(|h| h.target).collect();
        assert_eq!(got, vec![Target::Place(1), Target::Place(2)]);
    }

    #[test]
    fn longest_wins_and_nested_dropped() {
        let mx = m(&[("وزير", Target::Actor(1)), ("وزير الخارجية", Target::Actor(2)), ("الخارجية", Target::Actor(3))]);
        let got = found(&mx, "قال وزير الخارجية");
        assert_eq!(got, vec![(normalize_key("وزير الخارجية"), Target::Actor(2))]);
    }
}
