//! A dictionary compiled into one character trie over match keys (a deterministic automaton:
//! one state per key prefix, edges sorted by character), walked from every word start of a
//! text's key with Arabic proclitics peeled off (و ف, ب ل ك, the future س, ال and لل) and
//! attached pronouns allowed after a form.

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
    values: Vec<Vec<Target>>,
    /// The state after reading "ال", where forms with the article continue.
    after_al: Option<u32>,
    /// Character class of every char below U+0800 (every one- and two-byte char: ASCII and the
    /// Arabic block, nearly all of a key); 0 = the char occurs in no key, so no walk can
    /// continue over it.
    class_low: Box<[u16; LOW_CHARS]>,
    /// Classes of the other chars that occur in keys, sorted by char.
    class_high: Vec<(char, u16)>,
    /// The char of each class (index 0, "no class", is unused).
    class_chars: Vec<char>,
    /// Dense transition rows, `class_chars.len()` entries each (`NO_STATE` = no edge), for the
    /// states with many edges: the root and the first letters of common prefixes, where a
    /// search through a long edge list was the costliest step of a walk. Their targets are
    /// offsets in `nodes`.
    dense: Vec<u32>,
    /// The automaton as the walks read it: per state, in state order, one record of
    /// `[value, row, n, class₁, target₁, …, classₙ, targetₙ]` (the edge list only for a state
    /// without a dense row; targets are the offsets of their records here). A state's value,
    /// row and edges share a cache line, and a chain of one-child states (the tail of a key)
    /// lies in a row, so a step of a walk touches one place in memory instead of two
    /// (a state's record, then its edges far from it): the walk waited on memory more than it
    /// computed.
    nodes: Vec<u32>,
    /// The state two Arabic letters below the root, by the letters' indexes in U+0620..U+065F
    /// (`first * LETTERS + second`, [`two_letters`]): `NO_STATE` when no key starts with the
    /// pair, `TWO_LETTERS_FALLBACK` when the first letter alone is a key (its end must be
    /// tested, so the walk steps letter by letter). Nearly every walk starts at the root on two
    /// Arabic letters, and this takes them in one load instead of two steps (two class lookups,
    /// two transitions, two value tests; speed30).
    start2: Box<[u32; LETTERS * LETTERS]>,
    /// Bit `o` is set when the state at record offset `o` has an edge on a char that is no word
    /// char (a space or a punctuation mark of a multi-word key): a walk that reaches a word's end
    /// in such a state may go on into the next word, so the word's hits depend on more than its
    /// own bytes: such an open word is memoised with the walks that go on past its end
    /// ([`WordMemo`], [`Cont`]; speed67, speed76).
    crossing: Vec<u64>,
    /// This matcher's number, which keys its thread's [`WordMemo`].
    id: u64,
}

/// Memoised words per thread and matcher: at most this many words each (the first ones met,
/// which hold the commonest words of a text; the rest are matched as before). (speed76: 65,536
/// filled within the first 5,000 articles of a run, and a word first met after that was walked
/// at every occurrence; the table then holds up to 262,144 slots of 56 bytes (`MemoSlot`), 14.7
/// MB per matcher and thread, besides the words' hits and walks.)
const MEMO_WORDS: usize = 1 << 17;

/// Matchers whose memos a thread keeps (the lexicon's two, and room for tests).
const MEMO_MATCHERS: usize = 4;

/// The byte spans of the maximal runs of word characters of `key`, in order.
fn word_spans(key: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (p, c) in key.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(p),
            (false, Some(s)) => {
                words.push((s, p));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, key.len()));
    }
    words
}

/// Drop hits nested inside a longer hit of the same category (`out` sorted by start). A hit's
/// fate depends only on the kept hits before it, and `retain` visits the hits in order, once each.
fn drop_nested(out: &mut Vec<Hit>) {
    // Per category: the span of the hit that reaches furthest so far.
    let mut reach = [(0usize, 0usize); 4];
    out.retain(|h| {
        let c = h.target.category();
        let (rs, re) = reach[c];
        let same_span = h.start == rs && h.end == re;
        if h.start < re && h.end <= re && !same_span {
            return false;
        }
        if h.end > re {
            reach[c] = (h.start, h.end);
        }
        true
    });
}

/// The hits of the words a thread has matched, by the word's key bytes, with offsets relative
/// to the word's start: all of a word's when its hits depend on its own bytes alone (speed67:
/// no walk over it reached the word's end in a state that could go on past it), and an open
/// word's hits within it with the walks that go on past its end ([`Cont`], speed76; not a word
/// whose walk read letters past it). Half of all matching was walks over words the matcher had
/// already walked in an earlier sentence.
///
/// An open-addressing table of the words' [`packed_word`] bytes (speed68): a word of up to 32
/// bytes (nearly every word; longer ones are walked each time) is compared as four `u64`s and
/// its length, with no `memcmp` call, and a word kept allocates nothing of its own: its hits
/// go to the end of `hits`. speed67's `HashMap<Box<[u8]>, Box<[Hit]>>` gave back about 40%
/// of what the memo saved in hashing, `memcmp` and the two allocations of every word kept.
#[derive(Default)]
struct WordMemo {
    /// Linear-probed slots, a power of two of them (none before the first word), at most half
    /// full; a slot of length 0 is free.
    slots: Vec<MemoSlot>,
    /// The words kept.
    words: usize,
    /// The hits of every word kept, each word's in one run.
    hits: Vec<Hit>,
    /// The walks of every open word kept that go on past its end, each word's in one run
    /// (speed76).
    conts: Vec<Cont>,
    /// Room for an open word's walks and hits within it while it is matched for the memo.
    scratch_conts: Vec<Cont>,
    scratch_hits: Vec<Hit>,
}

/// A walk over an open word (one whose walks may go on into the next word) that reached the
/// word's end in a state with an edge on a char no word holds (speed76): where it stands, and
/// offset of its form start from the word's start, with its clitics (`state` is `NO_STATE` for a
/// walk that read letters past the word: such a word is not kept).
/// The memo keeps such a word's hits within it and these walks; a word met again is answered by
/// going on with them from its end, not by walking it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cont {
    state: u32,
    from: u32,
    clitics: Clitics,
}

/// A word of [`WordMemo`]: its packed bytes and length, the run of its hits in `hits` and the
/// run of its walks past its end in `conts` (none for a word whose hits are its own alone).
#[derive(Clone, Copy, Default)]
struct MemoSlot {
    packed: [u64; 4],
    len: u32,
    first: u32,
    count: u32,
    cfirst: u32,
    ccount: u32,
}

/// The longest word [`WordMemo`] keeps, in bytes (what [`packed_word`] tells apart).
const MEMO_WORD_BYTES: usize = 32;

/// The slots of a [`WordMemo`] when it gets its first word.
const MEMO_FIRST_SLOTS: usize = 1 << 10;

/// Two words of the same length, up to 32 bytes, are equal when their packed values are: the
/// first and last eight bytes and, from sixteen bytes, the eight after the first eight and the
/// eight before the last eight (overlapping when shorter than 32); from four to seven bytes the
/// first and last four; two or three bytes, the first and last two; one byte, itself.
#[inline(always)]
fn packed_word(w: &[u8]) -> [u64; 4] {
    let n = w.len();
    let u8s = |i: usize| u64::from_le_bytes(w[i..i + 8].try_into().unwrap());
    let u4s = |i: usize| u64::from(u32::from_le_bytes(w[i..i + 4].try_into().unwrap()));
    let u2s = |i: usize| u64::from(u16::from_le_bytes(w[i..i + 2].try_into().unwrap()));
    match n {
        16.. => [u8s(0), u8s(8), u8s(n - 16), u8s(n - 8)],
        8..=15 => [u8s(0), u8s(n - 8), 0, 0],
        4..=7 => [u4s(0), u4s(n - 4), 0, 0],
        2..=3 => [u2s(0), u2s(n - 2), 0, 0],
        1 => [u64::from(w[0]), 0, 0, 0],
        _ => [0; 4],
    }
}

impl WordMemo {
    /// The hash of a packed word and its length (a multiply-rotate mix; the slot is taken from its upper half, bits 32 and up).
    #[inline(always)]
    fn hash(packed: &[u64; 4], len: usize) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut h = (len as u64).wrapping_mul(K);
        for &x in packed {
            h = (h.rotate_left(26) ^ x).wrapping_mul(K);
        }
        h
    }

    /// The slot of the packed word `key` of `len` bytes: the word's own or the free one where
    /// it would go (the table has slots).
    #[inline(always)]
    fn probe(&self, key: &[u64; 4], len: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (Self::hash(key, len) >> 32) as usize & mask;
        loop {
            let s = &self.slots[i];
            if s.len == 0 || (s.len as usize == len && s.packed == *key) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The hits kept for the word of `len` bytes packed as `key`, and its walks past its end,
    /// if it is kept.
    #[inline(always)]
    fn get(&self, key: &[u64; 4], len: usize) -> Option<(&[Hit], &[Cont])> {
        if self.slots.is_empty() {
            return None;
        }
        let s = &self.slots[self.probe(key, len)];
        if s.len == 0 {
            return None;
        }
        Some((
            &self.hits[s.first as usize..(s.first + s.count) as usize],
            &self.conts[s.cfirst as usize..(s.cfirst + s.ccount) as usize],
        ))
    }

    /// Keep `hits` (and `conts`, the walks past its end of an open word) for the word of `len`
    /// bytes (1 to [`MEMO_WORD_BYTES`]) packed as `key`, not yet kept.
    fn insert(&mut self, key: [u64; 4], len: usize, hits: impl Iterator<Item = Hit>, conts: &[Cont]) {
        if 2 * (self.words + 1) > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![MemoSlot::default(); (old.len() * 2).max(MEMO_FIRST_SLOTS)];
            for s in old.into_iter().filter(|s| s.len != 0) {
                let i = self.probe(&s.packed, s.len as usize);
                self.slots[i] = s;
            }
        }
        let first = self.hits.len();
        self.hits.extend(hits);
        let cfirst = self.conts.len();
        self.conts.extend_from_slice(conts);
        let i = self.probe(&key, len);
        self.slots[i] = MemoSlot {
            packed: key,
            len: len as u32,
            first: first as u32,
            count: (self.hits.len() - first) as u32,
            cfirst: cfirst as u32,
            ccount: conts.len() as u32,
        };
        self.words += 1;
    }

    /// The number of words kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.words
    }

    /// Whether the word `w` is kept.
    #[cfg(test)]
    fn holds(&self, w: &[u8]) -> bool {
        w.len() <= MEMO_WORD_BYTES && self.get(&packed_word(w), w.len()).is_some()
    }

    /// The walks past its end kept for the word `w` (none for a word not kept).
    #[cfg(test)]
    fn walks_on(&self, w: &[u8]) -> usize {
        self.get(&packed_word(w), w.len()).map_or(0, |(_, conts)| conts.len())
    }
}

thread_local! {
    /// Each thread's memos, by matcher id (oldest first).
    static WORD_MEMOS: std::cell::RefCell<Vec<(u64, WordMemo)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The next matcher's id.
static NEXT_MATCHER_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The trie as it is built, before it is laid out in `Matcher::nodes`; kept only while the
/// matcher is built (and by tests, which check the layout against it).
struct Trie {
    /// Per state: the range of its outgoing edges in `edges`, its dense row (if any) and its
    /// value (`NO_VALUE` if no key ends here).
    states: Vec<State>,
    /// All edges as (character class, target), grouped by source state and sorted by class
    /// within a group (classes are numbered in character order).
    edges: Vec<(u16, u32)>,
}

impl Trie {
    /// The outgoing edges of state `st`.
    fn edges_of(&self, st: State) -> &[(u16, u32)] {
        &self.edges[st.first_edge as usize..(st.first_edge + st.edge_count) as usize]
    }
}

/// Record layout in `Matcher::nodes`: the value, the dense row, the edge count, then the edges.
const NODE_VALUE: usize = 0;
const NODE_ROW: usize = 1;
const NODE_COUNT: usize = 2;
const NODE_EDGES: usize = 3;

const NO_STATE: u32 = u32::MAX;

/// `Matcher::start2`: the walk takes its first two letters one by one.
const TWO_LETTERS_FALLBACK: u32 = u32::MAX - 1;

/// The Arabic letters `Matcher::start2` is indexed by: U+0620..U+065F, every letter of a match key
/// (U+0621..U+064A) among them.
const FIRST_LETTER: u32 = 0x620;
const LETTERS: usize = 64;

/// The record offset of the root state in `Matcher::nodes`.
const ROOT: u32 = 0;

/// Chars below this have their class in `Matcher::class_low`: all that UTF-8 writes in one or
/// two bytes.
const LOW_CHARS: usize = 0x800;

/// States with more edges than this get a dense row; the others are searched linearly.
const DENSE_MIN_EDGES: u32 = 6;

#[derive(Debug, Clone, Copy)]
struct State {
    first_edge: u32,
    edge_count: u32,
    value: u32,
    /// Offset of the state's row in `dense`, or `NO_STATE`.
    row: u32,
}

const NO_VALUE: u32 = u32::MAX;

/// Best match so far in one category: (end, clitic bytes stripped, hit, value index).
type Best = (usize, usize, Hit, usize);

const PRONOUNS: [&str; 8] = ["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"];

fn is_word(c: char) -> bool {
    ahdath_text::norm::is_word_char(c)
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").field("keys", &self.values.len()).field("trie_words", &self.nodes.len()).finish()
    }
}

impl Matcher {
    /// Compile (key, target) pairs; keys must already be match keys.
    pub fn new(pairs: impl IntoIterator<Item = (String, Target)>) -> Matcher {
        Matcher::build(pairs).0
    }

    /// [`Matcher::new`], with the trie the matcher was laid out from.
    fn build(pairs: impl IntoIterator<Item = (String, Target)>) -> (Matcher, Trie) {
        // Sorted by key; a stable sort keeps each key's targets in input order.
        let mut sorted: Vec<(String, Target)> = pairs.into_iter().filter(|(k, _)| !k.is_empty()).collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let mut map: Vec<(String, Vec<Target>)> = Vec::new();
        for (k, t) in sorted {
            match map.last_mut() {
                Some((last, v)) if *last == k => {
                    if !v.contains(&t) {
                        v.push(t);
                    }
                }
                _ => map.push((k, vec![t])),
            }
        }
        // Keys come sorted, so the trie is built along the previous key's path: a key shares its
        // nodes with the previous key up to their common prefix and creates the rest. Nodes are
        // numbered in creation order and each node's children are created in character order,
        // so grouping the edges by source node (stable sort) gives sorted edge arrays.
        let mut node_value: Vec<u32> = vec![NO_VALUE];
        let mut raw: Vec<(u32, char, u32)> = Vec::new();
        let mut values = Vec::with_capacity(map.len());
        let mut path: Vec<u32> = vec![0];
        let mut prev: Vec<char> = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        for (k, v) in map {
            chars.clear();
            chars.extend(k.chars());
            let common = prev.iter().zip(&chars).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &c in &chars[common..] {
                let next = node_value.len() as u32;
                node_value.push(NO_VALUE);
                raw.push((*path.last().unwrap(), c, next));
                path.push(next);
            }
            node_value[*path.last().unwrap() as usize] = values.len() as u32;
            values.push(v);
            std::mem::swap(&mut prev, &mut chars);
        }
        raw.sort_by_key(|e| e.0);
        // Classes in character order, so that edges sorted by char are sorted by class.
        let mut class_chars: Vec<char> = raw.iter().map(|e| e.1).collect();
        class_chars.sort_unstable();
        class_chars.dedup();
        class_chars.insert(0, '\0');
        let mut class_low = Box::new([0u16; LOW_CHARS]);
        let mut class_high = Vec::new();
        for (i, &c) in class_chars.iter().enumerate().skip(1) {
            let k = u16::try_from(i).expect("fewer than 65,536 distinct chars in keys");
            match class_low.get_mut(c as usize) {
                Some(slot) => *slot = k,
                None => class_high.push((c, k)),
            }
        }
        let mut states: Vec<State> =
            node_value.iter().map(|&value| State { first_edge: 0, edge_count: 0, value, row: NO_STATE }).collect();
        for (i, e) in raw.iter().enumerate().rev() {
            let st = &mut states[e.0 as usize];
            st.first_edge = i as u32;
            st.edge_count += 1;
        }
        for st in states.iter_mut().filter(|st| st.edge_count == 0) {
            st.first_edge = raw.len() as u32;
        }
        let mut m = Matcher {
            values,
            after_al: None,
            class_low,
            class_high,
            class_chars,
            dense: Vec::new(),
            nodes: Vec::new(),
            start2: Box::new([NO_STATE; LETTERS * LETTERS]),
            crossing: Vec::new(),
            id: NEXT_MATCHER_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        let edges = raw.into_iter().map(|(_, c, to)| (m.class_of(c), to)).collect();
        let mut trie = Trie { states, edges };
        let cols = m.class_chars.len();
        for i in 0..trie.states.len() {
            let st = trie.states[i];
            if i == 0 || st.edge_count > DENSE_MIN_EDGES {
                let row = m.dense.len();
                m.dense.resize(row + cols, NO_STATE);
                for &(k, to) in trie.edges_of(st) {
                    m.dense[row + k as usize] = to;
                }
                trie.states[i].row = u32::try_from(row).expect("dense rows fit in u32");
            }
        }
        // The walks' records: offsets first, then the records with their targets as offsets.
        let mut offset = Vec::with_capacity(trie.states.len());
        let mut len = 0usize;
        for st in &trie.states {
            offset.push(u32::try_from(len).expect("trie records fit in u32"));
            len += NODE_EDGES + if st.row == NO_STATE { 2 * st.edge_count as usize } else { 0 };
        }
        let mut nodes = Vec::with_capacity(len);
        for &st in &trie.states {
            nodes.push(st.value);
            nodes.push(st.row);
            if st.row == NO_STATE {
                nodes.push(st.edge_count);
                for &(k, to) in trie.edges_of(st) {
                    nodes.push(u32::from(k));
                    nodes.push(offset[to as usize]);
                }
            } else {
                nodes.push(0);
            }
        }
        for to in m.dense.iter_mut().filter(|to| **to != NO_STATE) {
            *to = offset[*to as usize];
        }
        m.nodes = nodes;
        // The states with an edge on a char that no word holds (see `Matcher::crossing`).
        m.crossing = vec![0; m.nodes.len().div_ceil(64)];
        for (i, &st) in trie.states.iter().enumerate() {
            if trie.edges_of(st).iter().any(|&(k, _)| !is_word(m.class_chars[k as usize])) {
                let o = offset[i] as usize;
                m.crossing[o / 64] |= 1 << (o % 64);
            }
        }
        m.after_al = m.step(ROOT, m.class_of('ا')).and_then(|s| m.step(s, m.class_of('ل')));
        m.start2 = m.two_letter_starts();
        (m, trie)
    }

    /// `Matcher::start2`, from the laid-out automaton.
    fn two_letter_starts(&self) -> Box<[u32; LETTERS * LETTERS]> {
        let letter = |i: usize| char::from_u32(FIRST_LETTER + i as u32).expect("U+0620..U+065F are chars");
        let mut t = Box::new([NO_STATE; LETTERS * LETTERS]);
        for (i, row) in t.chunks_exact_mut(LETTERS).enumerate() {
            let Some(s1) = self.step(ROOT, self.class_of(letter(i))) else { continue };
            if self.nodes[s1 as usize + NODE_VALUE] != NO_VALUE {
                row.fill(TWO_LETTERS_FALLBACK);
                continue;
            }
            for (j, to) in row.iter_mut().enumerate() {
                if let Some(s2) = self.step(s1, self.class_of(letter(j))) {
                    *to = s2;
                }
            }
        }
        t
    }

    /// The class of `c` (0 when no key contains it).
    #[inline(always)]
    fn class_of(&self, c: char) -> u16 {
        match self.class_low.get(c as usize) {
            Some(&k) => k,
            None => self.class_high.binary_search_by_key(&c, |e| e.0).map_or(0, |i| self.class_high[i].1),
        }
    }

    /// The class of the char at key byte `i` (a char boundary) and the char's length in bytes.
    /// One- and two-byte chars (ASCII and Arabic, nearly all of a key) index `class_low` with
    /// their code point straight from the bytes: this runs once per character of every walk.
    #[inline(always)]
    fn class_at(&self, key: &str, i: usize) -> (u16, usize) {
        let b = key.as_bytes();
        let b0 = b[i];
        if b0 < 0x80 {
            (self.class_low[usize::from(b0)], 1)
        } else if b0 < 0xE0 {
            let u = ((usize::from(b0) & 0x1F) << 6) | (usize::from(b[i + 1]) & 0x3F);
            (self.class_low[u & (LOW_CHARS - 1)], 2)
        } else {
            let (c, len) = char_at(key, i);
            (self.class_of(c), len)
        }
    }

    /// The state (record offset in `nodes`) reached from the state at offset `node` by a char
    /// of class `k`, if any. Always inlined: it runs once per character of every walk, and the
    /// call itself cost as much as the lookup.
    #[inline(always)]
    fn step(&self, node: u32, k: u16) -> Option<u32> {
        let o = node as usize;
        let row = self.nodes[o + NODE_ROW];
        if row != NO_STATE {
            let to = self.dense[row as usize + k as usize];
            return (to != NO_STATE).then_some(to);
        }
        let n = self.nodes[o + NODE_COUNT] as usize;
        let es = &self.nodes[o + NODE_EDGES..o + NODE_EDGES + 2 * n];
        es.chunks_exact(2).find(|e| e[0] == u32::from(k)).map(|e| e[1])
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
        let mut st = 0u32;
        for c in key.chars() {
            match self.step(st, self.class_of(c)) {
                Some(n) => st = n,
                None => return &[],
            }
        }
        match self.nodes[st as usize + NODE_VALUE] {
            NO_VALUE => &[],
            v => &self.values[v as usize],
        }
    }

    /// All matches in `key`: at each word start and for each category (actor, trigger, cue,
    /// place), the longest form that matches; hits nested in a longer hit of the same category
    /// are dropped. Sorted by start.
    pub fn find(&self, key: &str) -> Vec<Hit> {
        self.find_in_words(key, &word_spans(key))
    }

    /// [`Matcher::find`] with the word spans of `key` already known (byte ranges of maximal runs
    /// of word characters, in order).
    pub fn find_in_words(&self, key: &str, words: &[(usize, usize)]) -> Vec<Hit> {
        // (Room for a hit a word from the start: the vector grew two or three times a sentence,
        // and the caller adds its place hits to it. speed29.)
        let mut out: Vec<Hit> = Vec::with_capacity(words.len());
        self.with_memo(|memo| {
            for &(s, e) in words {
                self.match_word_memo(key, s, e, &mut out, memo);
            }
        });
        drop_nested(&mut out);
        out
    }

    /// Matches starting at the word that begins at key byte `p` (longest per category).
    pub fn find_at(&self, key: &str, p: usize) -> Vec<Hit> {
        let rest = &key[p..];
        let word_len = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        self.find_in_word(key, p, p + word_len)
    }

    /// [`Matcher::find_at`] with the end of the word (a maximal run of word characters that
    /// starts at `p`) already known, as the caller's word spans tell it.
    pub fn find_in_word(&self, key: &str, p: usize, word_end: usize) -> Vec<Hit> {
        let mut out = Vec::new();
        self.with_memo(|memo| self.match_word_memo(key, p, word_end, &mut out, memo));
        out
    }

    /// Run `f` with this thread's memo of this matcher.
    fn with_memo<R>(&self, f: impl FnOnce(&mut WordMemo) -> R) -> R {
        WORD_MEMOS.with(|cell| {
            let mut memos = cell.borrow_mut();
            let i = match memos.iter().position(|(id, _)| *id == self.id) {
                Some(i) => i,
                None => {
                    if memos.len() >= MEMO_MATCHERS {
                        memos.remove(0);
                    }
                    memos.push((self.id, WordMemo::default()));
                    memos.len() - 1
                }
            };
            f(&mut memos[i].1)
        })
    }

    /// [`Matcher::match_word`] through the memo: a word met before is answered from it; a word
    /// met first is matched and kept, with its walks that go on past its end when it is open
    /// (below; not when a walk read letters past it).
    ///
    /// (speed76) An open word, whose walks may go on into the next word, is kept too: its hits
    /// within it and the walks that reached its end in a state that may go on ([`Cont`]). Met
    /// again, only those walks are taken on from its end; a category in which one of them finds a
    /// key keeps that key (it reaches further than any key within the word), the others keep the
    /// word's own hits. The walks are taken on in the order the word's walks ran, so a tie is
    /// settled as before. (Open words, the heads of multi-word keys such as «وزاره» or «قوات», were
    /// walked in full at every occurrence: most of the words the matcher walked.)
    #[inline(always)]
    fn match_word_memo(&self, key: &str, p: usize, word_end: usize, out: &mut Vec<Hit>, memo: &mut WordMemo) {
        let w = &key.as_bytes()[p..word_end];
        let len = w.len();
        if len == 0 || len > MEMO_WORD_BYTES {
            self.match_word(key, p, word_end, out, &mut false);
            return;
        }
        let packed = packed_word(w);
        let shift = |h: &Hit| Hit {
            start: h.start + p,
            core_start: h.core_start + p,
            end: h.end + p,
            word_end: h.word_end + p,
            ..*h
        };
        if let Some((hits, conts)) = memo.get(&packed, len) {
            if conts.is_empty() {
                out.extend(hits.iter().map(shift));
                return;
            }
            let mut best: [Option<Best>; 4] = [None; 4];
            for c in conts {
                self.run(key, p, p + c.from as usize, word_end, c.state, c.clitics, &mut best, key.len());
            }
            for (cat, b) in best.iter().enumerate() {
                match b {
                    Some((_, _, h, idx)) => {
                        for &tg in &self.values[*idx] {
                            if tg.category() == cat {
                                out.push(Hit { target: tg, ..*h });
                            }
                        }
                    }
                    None => out.extend(hits.iter().filter(|h| h.target.category() == cat).map(shift)),
                }
            }
            return;
        }
        let first = out.len();
        let mut open = false;
        self.match_word(key, p, word_end, out, &mut open);
        if memo.words >= MEMO_WORDS {
            return;
        }
        let rel = |h: &Hit| Hit {
            start: h.start - p,
            core_start: h.core_start - p,
            end: h.end - p,
            word_end: h.word_end - p,
            ..*h
        };
        if !open {
            memo.insert(packed, len, out[first..].iter().map(rel), &[]);
            return;
        }
        // The open word again, its walks stopped at its end.
        let mut conts = std::mem::take(&mut memo.scratch_conts);
        let mut within = std::mem::take(&mut memo.scratch_hits);
        conts.clear();
        within.clear();
        self.match_word_in::<true>(key, p, word_end, &mut within, &mut false, &mut conts);
        if !conts.is_empty() && conts.iter().all(|c| c.state != NO_STATE) {
            memo.insert(packed, len, within.iter().map(rel), &conts);
        }
        memo.scratch_conts = conts;
        memo.scratch_hits = within;
    }

    /// Whether the state at record offset `n` has an edge on a char that is no word char.
    #[inline(always)]
    fn crosses(&self, n: u32) -> bool {
        let o = n as usize;
        self.crossing[o / 64] & (1 << (o % 64)) != 0
    }

    /// Matches for the word `key[p..word_end]` (multi-word forms may run past its end).
    ///
    /// The clitic readings are found on the word's bytes: every clitic letter is a two-byte
    /// Arabic letter, compared as its two bytes ([`pair_at`]), and a char count is a count of
    /// lead bytes ([`more_chars_than`]), made only for a word that begins with a clitic letter
    /// ([`conj_clitic`], [`prep_clitic`]). Decoding the word's first chars and slicing it as
    /// `str` (a char boundary check per slice) for each reading cost 1.4% of all instructions
    /// (speed23).
    ///
    /// Always inlined into its two callers, [`Matcher::find_in_words`] (every word of every
    /// sentence) and [`Matcher::find_in_word`]: as a call it saved six registers and copied a
    /// dozen of the matcher's fields to its stack frame for every word: about 25 instructions
    /// a word, of some 525 (speed55).
    #[inline(always)]
    ///
    /// `open` is set when a walk reached the word's end in a state that could go on past it (or
    /// read letters beyond it): the hits may then depend on the words after it.
    fn match_word(&self, key: &str, p: usize, word_end: usize, out: &mut Vec<Hit>, open: &mut bool) {
        self.match_word_in::<false>(key, p, word_end, out, open, &mut Vec::new());
    }

    /// [`Matcher::match_word`]; with `PREFIX` (speed76) every walk stops at the word's end, and
    /// those that reached it in a state that may go on are pushed to `conts` in the order they
    /// ran (`out` then gets the hits within the word).
    #[inline(always)]
    fn match_word_in<const PREFIX: bool>(
        &self,
        key: &str,
        p: usize,
        word_end: usize,
        out: &mut Vec<Hit>,
        open: &mut bool,
        conts: &mut Vec<Cont>,
    ) {
        let mut best: [Option<Best>; 4] = [None; 4];
        let b = key.as_bytes();
        let word = &b[p..word_end];
        let longer_than = more_chars_than;
        // Up to two conjunction readings (none, و/ف) and two preposition readings each.
        let mut conjs = [(0usize, None::<char>); 2];
        let mut n_conj = 1;
        if let Some(c) = conj_clitic(word) {
            conjs[1] = (2, Some(c));
            n_conj = 2;
        }
        for &(cl, conj) in &conjs[..n_conj] {
            let w1 = &word[cl..];
            let mut preps = [(0usize, None::<char>); 2];
            let mut n_prep = 1;
            if let Some(c) = prep_clitic(w1) {
                preps[1] = (2, Some(c));
                n_prep = 2;
            }
            for &(pl, prep) in &preps[..n_prep] {
                let q = p + cl + pl;
                let w2 = &b[q..word_end];
                let base = Clitics { conj, prep, article: false };
                // As written.
                self.walk::<PREFIX>(key, p, q, ROOT, base, &mut best, word_end, open, conts);
                // Text has ال that the form lacks.
                if w2.starts_with("ال".as_bytes()) && longer_than(w2, 3) {
                    self.walk::<PREFIX>(
                        key,
                        p,
                        q + "ال".len(),
                        ROOT,
                        Clitics { article: true, ..base },
                        &mut best,
                        word_end,
                        open,
                        conts,
                    );
                }
                // لل = ل + ال: the form's ال is matched from the state after "ال", and a form
                // without ال matches after it ("للمطالبة" → "مطالبة").
                if prep == Some('ل') && pair_at(w2, 0) == LAM && longer_than(w2, 2) {
                    let after = q + 'ل'.len_utf8();
                    if let Some(al) = self.after_al {
                        self.walk::<PREFIX>(
                            key,
                            p,
                            after,
                            al,
                            Clitics { article: true, ..base },
                            &mut best,
                            word_end,
                            open,
                            conts,
                        );
                    }
                    self.walk::<PREFIX>(
                        key,
                        p,
                        after,
                        ROOT,
                        Clitics { article: true, ..base },
                        &mut best,
                        word_end,
                        open,
                        conts,
                    );
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

    /// Walk the trie over `virt` then `key[from..]`, recording every key end that falls on a
    /// word boundary (or before an attached pronoun). Always inlined into [`Matcher::match_word`]:
    /// a walk takes about four steps, and the call (saving registers, loading the matcher's
    /// tables) cost a fifth of it.
    ///
    /// A walk from the root on two Arabic letters takes them in one load of `start2`.
    ///
    /// `open` is set when the walk reads past `word_end` (the end of the word it starts in) or
    /// stops at it in a state with an edge on a char no word holds ([`Matcher::crosses`]).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn walk<const PREFIX: bool>(
        &self,
        key: &str,
        start: usize,
        from: usize,
        state: u32,
        clitics: Clitics,
        best: &mut [Option<Best>; 4],
        word_end: usize,
        open: &mut bool,
        conts: &mut Vec<Cont>,
    ) {
        // `state` and `cur` are record offsets in `nodes`.
        let mut cur = state;
        let mut pos = from;
        let cont = |state: u32, pos: usize| Cont {
            state: if pos == word_end { state } else { NO_STATE },
            from: (from - start) as u32,
            clitics,
        };
        if state == ROOT {
            if let Some(i) = two_letters(key.as_bytes(), pos) {
                // (Two letters that run past the word: never in a key's words, kept exact.)
                if pos + 4 > word_end {
                    *open = true;
                    if PREFIX {
                        conts.push(cont(NO_STATE, pos));
                    }
                }
                match self.start2[i] {
                    // (Neither state holds a key end: the first holds none, the second no edge.)
                    NO_STATE => return,
                    TWO_LETTERS_FALLBACK => {}
                    s2 => {
                        cur = s2;
                        pos += 4;
                        self.visit(key, start, from, pos, cur, clitics, best);
                    }
                }
            }
        }
        let limit = if PREFIX { word_end } else { key.len() };
        (pos, cur) = self.run(key, start, from, pos, cur, clitics, best, limit);
        if pos > word_end || (pos == word_end && self.crosses(cur)) {
            *open = true;
            if PREFIX {
                conts.push(cont(cur, pos));
            }
        }
    }

    /// The steps of a walk (for the word at `start`, its form from `from`) from state `cur` at
    /// key byte `pos`, up to byte `limit`, each state visited; where it stopped.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn run(
        &self,
        key: &str,
        start: usize,
        from: usize,
        mut pos: usize,
        mut cur: u32,
        clitics: Clitics,
        best: &mut [Option<Best>; 4],
        limit: usize,
    ) -> (usize, u32) {
        while pos < limit {
            let (k, len) = self.class_at(key, pos);
            let Some(n) = self.step(cur, k) else { break };
            cur = n;
            pos += len;
            self.visit(key, start, from, pos, n, clitics, best);
        }
        (pos, cur)
    }

    /// A walk (from key byte `from`, for the word at `start`) reached state `n` at key byte
    /// `pos`: if a key ends there on a word boundary (or before an attached pronoun), it is the
    /// best of its category so far when it reaches further, or as far with fewer clitics.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn visit(
        &self,
        key: &str,
        start: usize,
        from: usize,
        pos: usize,
        n: u32,
        clitics: Clitics,
        best: &mut [Option<Best>; 4],
    ) {
        let value = self.nodes[n as usize + NODE_VALUE];
        if value == NO_VALUE {
            return;
        }
        if let Some(word_end) = boundary_after(key, pos) {
            let idx = value as usize;
            let stripped = from - start;
            for &tg in &self.values[idx] {
                let cat = tg.category();
                let better = match best[cat] {
                    None => true,
                    Some((e, s, _, _)) => pos > e || (pos == e && stripped < s),
                };
                if better {
                    best[cat] = Some((
                        pos,
                        stripped,
                        Hit { start, core_start: from, end: pos, word_end, target: tg, clitics },
                        idx,
                    ));
                }
            }
        }
    }
}

/// The index in `Matcher::start2` of the two chars at byte `pos` of `b`, when both are letters
/// U+0620..U+065F. Such a letter is two bytes, lead byte D8 or D9, and its index (code point less
/// U+0620) is the lead byte's low bit and the second byte's six low bits, less 0x20. The four
/// bytes are read as one little-endian `u32`: the lead bytes are its bytes 0 and 2.
#[inline(always)]
fn two_letters(b: &[u8], pos: usize) -> Option<usize> {
    let w: [u8; 4] = b.get(pos..pos + 4)?.try_into().ok()?;
    let x = u32::from_le_bytes(w);
    if x & 0x00FE_00FE != 0x00D8_00D8 {
        return None;
    }
    let first = (((x & 1) << 6) | ((x >> 8) & 0x3F)).wrapping_sub(0x20);
    let second = ((((x >> 16) & 1) << 6) | ((x >> 24) & 0x3F)).wrapping_sub(0x20);
    // (Below U+0620 the subtraction wraps: one test rejects both ends of the range.)
    ((first | second) < LETTERS as u32).then_some(first as usize * LETTERS + second as usize)
}

/// True when the UTF-8 bytes `w` (whole chars) hold more than `n` chars. A char takes one to
/// four bytes, so the byte length decides most words; the others step over their first `n`
/// chars by their lead bytes' lengths and ask whether a byte is left (`n` is two or three here:
/// a count of every lead byte was a vector loop over the whole word, speed55).
#[inline(always)]
fn more_chars_than(w: &[u8], n: usize) -> bool {
    if w.len() > 4 * n {
        return true;
    }
    let mut i = 0;
    for _ in 0..n {
        match w.get(i) {
            Some(&b) => i += utf8_len(b),
            None => return false,
        }
    }
    i < w.len()
}

/// The length of a UTF-8 char from its lead byte.
#[inline(always)]
fn utf8_len(b: u8) -> usize {
    match b {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The char at byte `i` of the UTF-8 bytes `w` when it is a two-byte char (the Arabic letters
/// among them: every clitic letter), else `None`; read straight from the bytes. (The clitic
/// tests read it before speed55; the tests keep it as their reference.)
#[cfg(test)]
fn letter_at(w: &[u8], i: usize) -> Option<char> {
    match (w.get(i), w.get(i + 1)) {
        (Some(&b0 @ 0xC0..=0xDF), Some(&b1)) => char::from_u32((u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F)),
        _ => None,
    }
}

/// The conjunction (و or ف) that word `w` (UTF-8 bytes, whole chars) may begin with, when it
/// has more than two chars. The letter is tested first: two bytes' compare turns away most
/// words before their chars are counted (speed55).
#[inline(always)]
fn conj_clitic(w: &[u8]) -> Option<char> {
    let c = match pair_at(w, 0) {
        WAW => 'و',
        FA => 'ف',
        _ => return None,
    };
    more_chars_than(w, 2).then_some(c)
}

/// The preposition (ب ل ك) or future س (before a letter of the imperfect: ي ت ن ا) that word
/// `w` may begin with, when it has more than two chars; the letters tested first, as in
/// [`conj_clitic`].
#[inline(always)]
fn prep_clitic(w: &[u8]) -> Option<char> {
    let c = match pair_at(w, 0) {
        BA => 'ب',
        LAM => 'ل',
        KAF => 'ك',
        SIN if matches!(pair_at(w, 2), YA | TA | NUN | ALIF) => 'س',
        _ => return None,
    };
    more_chars_than(w, 2).then_some(c)
}

/// The two bytes at byte `i` of `w` as one number, the first byte high (a two-byte char's
/// UTF-8: see [`utf8_pair`]), or 0 when fewer than two bytes are left. The clitic tests of
/// [`Matcher::match_word`] compare it with the clitic letters' pairs: no char is decoded.
#[inline(always)]
fn pair_at(w: &[u8], i: usize) -> u16 {
    match w.get(i..i + 2) {
        Some(&[b0, b1]) => u16::from_be_bytes([b0, b1]),
        _ => 0,
    }
}

/// The UTF-8 bytes of a two-byte char (U+0080..U+07FF, the Arabic letters among them) as
/// [`pair_at`] reads them.
const fn utf8_pair(c: char) -> u16 {
    let c = c as u32;
    assert!(c >= 0x80 && c < 0x800);
    (((0xC0 | (c >> 6)) << 8) | (0x80 | (c & 0x3F))) as u16
}

const WAW: u16 = utf8_pair('و');
const FA: u16 = utf8_pair('ف');
const BA: u16 = utf8_pair('ب');
const LAM: u16 = utf8_pair('ل');
const KAF: u16 = utf8_pair('ك');
const SIN: u16 = utf8_pair('س');
const YA: u16 = utf8_pair('ي');
const TA: u16 = utf8_pair('ت');
const NUN: u16 = utf8_pair('ن');
const ALIF: u16 = utf8_pair('ا');

/// The char at byte `i` of `s` (a char boundary) and its length in bytes (the rare chars of
/// three and four bytes; [`Matcher::class_at`] reads the others from their bytes).
fn char_at(s: &str, i: usize) -> (char, usize) {
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// If `pos` is a word boundary, or the rest of the word is an attached pronoun, the word end.
#[inline]
fn boundary_after(key: &str, pos: usize) -> Option<usize> {
    // (Most keys that end on a boundary end at a space or the key's end: no char to decode.)
    if matches!(key.as_bytes().get(pos), None | Some(b' ')) {
        return Some(pos);
    }
    let rest = &key[pos..];
    // Pronouns are at most three letters: look no further than four chars into the word.
    let mut wl = rest.len();
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if !is_word(c) {
            wl = i;
            break;
        }
        if n == 3 {
            return None;
        }
    }
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
    fn trie_built_from_sorted_keys_finds_exactly_its_keys() {
        // Keys sharing prefixes in every way: a key that is a prefix of another, siblings added
        // after a deeper branch, multi-byte and ASCII characters, unsorted input and duplicates.
        let keys = ["ب", "بغداد", "بغ", "ابو", "ابو غريب", "ابوظبي", "بصره", "ب ا", "z", "بغداد", "ا", "بغدادي"];
        let mx = Matcher::new(keys.iter().enumerate().map(|(i, k)| (k.to_string(), Target::Place(i as u32))));
        let distinct: std::collections::BTreeSet<&str> = keys.iter().copied().collect();
        assert_eq!(mx.len(), distinct.len());
        for (i, k) in keys.iter().enumerate() {
            assert!(mx.get(k).contains(&Target::Place(i as u32)), "{k}");
        }
        assert_eq!(mx.get("بغداد"), &[Target::Place(1), Target::Place(9)]);
        for k in ["", "بغد", "اب", "ابو غ", "بص", "زz", "ابوظ", "غ"] {
            assert!(mx.get(k).is_empty(), "{k:?}");
        }
        let empty = Matcher::new(Vec::<(String, Target)>::new());
        assert!(empty.get("ب").is_empty() && empty.is_empty());
    }

    use std::collections::BTreeMap;

    /// The trie as a map-per-node reference builds it: (edges per state, value per state).
    fn reference_trie(keys: &[String]) -> (Vec<Vec<(char, u32)>>, Vec<bool>) {
        let sorted: std::collections::BTreeSet<&String> = keys.iter().filter(|k| !k.is_empty()).collect();
        let mut children: Vec<BTreeMap<char, u32>> = vec![BTreeMap::new()];
        let mut has_value = vec![false];
        for k in sorted {
            let mut n = 0usize;
            for c in k.chars() {
                let next = children.len() as u32;
                let e = *children[n].entry(c).or_insert(next);
                if e == next {
                    children.push(BTreeMap::new());
                    has_value.push(false);
                }
                n = e as usize;
            }
            has_value[n] = true;
        }
        (children.iter().map(|m| m.iter().map(|(&c, &t)| (c, t)).collect()).collect(), has_value)
    }

    #[test]
    fn trie_of_the_builtin_gazetteer_equals_the_reference_construction() {
        let mut keys: Vec<String> = Vec::new();
        for (path, text) in crate::BUILTIN {
            if path.ends_with(".tsv") {
                for p in crate::entries::parse_places(path, text).unwrap() {
                    keys.extend(p.forms.iter().map(|f| ahdath_text::normalize_key(f)));
                }
            }
        }
        assert!(keys.len() > 5_000);
        let (mx, trie) = Matcher::build(keys.iter().map(|k| (k.clone(), Target::Place(0))));
        let (edges, has_value) = reference_trie(&keys);
        assert_eq!(trie.states.len(), edges.len());
        for (i, &st) in trie.states.iter().enumerate() {
            let got: Vec<(char, u32)> =
                trie.edges_of(st).iter().map(|&(k, to)| (mx.class_chars[k as usize], to)).collect();
            assert_eq!(got, edges[i], "state {i}");
            if st.row != NO_STATE {
                // The dense row agrees with the edge list.
                let row = &mx.dense[st.row as usize..st.row as usize + mx.class_chars.len()];
                let n = row.iter().filter(|&&to| to != NO_STATE).count();
                assert_eq!(n, got.len(), "state {i}");
            }
            assert_eq!(st.value != NO_VALUE, has_value[i], "state {i}");
        }
    }

    #[test]
    fn walk_records_hold_the_states_and_their_edges() {
        // Every state's record in `nodes` has its value and dense row, and (without a row) its
        // edges in order with the targets' record offsets; dense rows point at records too.
        let mut keys: Vec<String> = Vec::new();
        for (path, text) in crate::BUILTIN {
            if path.ends_with(".tsv") {
                for p in crate::entries::parse_places(path, text).unwrap() {
                    keys.extend(p.forms.iter().map(|f| ahdath_text::normalize_key(f)));
                }
            }
        }
        let (mx, trie) = Matcher::build(keys.iter().map(|k| (k.clone(), Target::Place(0))));
        let mut offset = Vec::new();
        let mut o = 0usize;
        for st in &trie.states {
            offset.push(o as u32);
            assert_eq!(mx.nodes[o + NODE_VALUE], st.value);
            assert_eq!(mx.nodes[o + NODE_ROW], st.row);
            o += NODE_EDGES + if st.row == NO_STATE { 2 * st.edge_count as usize } else { 0 };
        }
        assert_eq!(o, mx.nodes.len());
        let mut dense_edges = 0;
        for (i, &st) in trie.states.iter().enumerate() {
            let es = trie.edges_of(st);
            for &(k, to) in es {
                assert_eq!(mx.step(offset[i], k), Some(offset[to as usize]), "state {i}");
            }
            if st.row == NO_STATE {
                let rec = offset[i] as usize;
                assert_eq!(mx.nodes[rec + NODE_COUNT], st.edge_count, "state {i}");
            } else {
                dense_edges += es.len();
            }
        }
        assert_eq!(mx.dense.iter().filter(|&&to| to != NO_STATE).count(), dense_edges);
        assert!(mx.dense.iter().all(|to| *to == NO_STATE || offset.binary_search(to).is_ok()));
    }

    #[test]
    fn class_from_bytes_equals_class_of_the_char() {
        // Keys with chars of one to four bytes, including ones on both sides of U+0700/U+0800.
        // (Raw keys: normalising would fold some of these chars away.)
        let keys = [("قتل", Target::Trigger(1)), ("abc ٩", Target::Actor(1)), ("ݐ ࠀ ﻻ 𝐀", Target::Actor(2))];
        let mx = Matcher::new(keys.iter().map(|(k, t)| (k.to_string(), *t)));
        let chars = ('\0'..='\u{0FFF}').chain('\u{FB50}'..='\u{FEFF}');
        for c in chars.chain(['\u{1D400}', '\u{1F600}']) {
            let s = format!("a{c}b");
            assert_eq!(mx.class_at(&s, 1), (mx.class_of(c), c.len_utf8()), "U+{:04X}", c as u32);
        }
        assert_ne!(mx.class_of('ݐ'), 0);
        assert_ne!(mx.class_of('\u{1D400}'), 0);
    }

    #[test]
    fn find_in_word_with_a_known_end_equals_find_at() {
        let mx = m(&[("قوات الأمن", Target::Actor(1)), ("الجيش", Target::Actor(2)), ("قتل", Target::Trigger(1))]);
        let k = normalize_key("وقتلهم الجيش، وقوات الأمن بالجيش");
        let mut start = None;
        for (i, c) in k.char_indices().chain([(k.len(), ' ')]) {
            match (is_word(c), start) {
                (true, None) => start = Some(i),
                (false, Some(p)) => {
                    assert_eq!(mx.find_in_word(&k, p, i), mx.find_at(&k, p), "{}", &k[p..i]);
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(mx.find_in_word(&k, 0, "وقتلهم".len()).len(), 1);
    }

    #[test]
    fn clitic_pairs_answer_as_the_decoded_letters() {
        // speed55: the clitic tests compare the first letters' bytes before they count chars;
        // they answer as the tests before it (a char count, then the decoded letters), on every
        // word of up to five chars over the clitic letters, the imperfect's letters, another
        // Arabic letter and chars of one, three and four bytes; and the char count, which now
        // steps over the first chars by their lead bytes, answers as a count of `chars()`.
        let old_conj = |w: &[u8]| match (more_chars_than(w, 2), letter_at(w, 0)) {
            (true, Some(c @ ('و' | 'ف'))) => Some(c),
            _ => None,
        };
        let old_prep = |w: &[u8]| {
            if !more_chars_than(w, 2) {
                return None;
            }
            let c = letter_at(w, 0);
            let glued = match c {
                Some('ب' | 'ل' | 'ك') => true,
                Some('س') => matches!(letter_at(w, 2), Some('ي' | 'ت' | 'ن' | 'ا')),
                _ => false,
            };
            if glued {
                c
            } else {
                None
            }
        };
        let chars = ['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ي', 'ت', 'ن', 'ا', 'م', 'ة', 'a', '€', '𝐀', 'ٰ'];
        let mut words = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..5 {
            let next: Vec<String> = last.iter().flat_map(|w| chars.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(next.iter().cloned());
            last = next;
        }
        for w in &words {
            let b = w.as_bytes();
            assert_eq!(conj_clitic(b), old_conj(b), "{w:?}");
            assert_eq!(prep_clitic(b), old_prep(b), "{w:?}");
            // The char count that steps over lead bytes counts as `chars()` does.
            for n in 0..7 {
                assert_eq!(more_chars_than(b, n), w.chars().count() > n, "{w:?} {n}");
            }
        }
        assert_eq!(prep_clitic("سيقول".as_bytes()), Some('س'));
        assert_eq!(prep_clitic("سمع".as_bytes()), None);
        assert_eq!(conj_clitic("وب".as_bytes()), None);
    }

    #[test]
    fn byte_clitic_reads_equal_char_reads() {
        // speed23: the clitic tests read bytes; they agree with decoding the chars, for words of
        // one- to four-byte chars and every byte offset.
        for w in ["", "a", "وب", "فسيقول", "بالسوق", "كتبz", "سا", "x€y", "𝐀ب", "ﻻلل", "wall"]
        {
            for n in 0..6 {
                assert_eq!(more_chars_than(w.as_bytes(), n), w.chars().count() > n, "{w:?} {n}");
            }
            for i in 0..=w.len() {
                let want = w.get(i..).and_then(|r| r.chars().next()).filter(|c| c.len_utf8() == 2);
                assert_eq!(letter_at(w.as_bytes(), i), want, "{w:?} {i}");
            }
        }
    }

    #[test]
    fn two_letter_starts_are_two_steps() {
        // speed30: each entry of `start2` is the state two letters below the root, none where
        // the pair starts no key, and a fallback where the first letter alone is a key.
        let keys = ["و", "ولد", "ب", "بغداد", "ال", "القدس", "قتل", "ـ", "ؠ", "ٟ", "abc"];
        let mx = Matcher::new(keys.iter().enumerate().map(|(i, k)| (k.to_string(), Target::Place(i as u32))));
        let letter = |i: usize| char::from_u32(FIRST_LETTER + i as u32).unwrap();
        for i in 0..LETTERS {
            for j in 0..LETTERS {
                let s1 = mx.step(ROOT, mx.class_of(letter(i)));
                let want = match s1 {
                    None => NO_STATE,
                    Some(s) if mx.nodes[s as usize + NODE_VALUE] != NO_VALUE => TWO_LETTERS_FALLBACK,
                    Some(s) => mx.step(s, mx.class_of(letter(j))).unwrap_or(NO_STATE),
                };
                assert_eq!(mx.start2[i * LETTERS + j], want, "{}{}", letter(i), letter(j));
            }
        }
        assert_eq!(mx.start2[('و' as usize - 0x620) * LETTERS + ('ل' as usize - 0x620)], TWO_LETTERS_FALLBACK);
        assert_ne!(mx.start2[('ق' as usize - 0x620) * LETTERS + ('ت' as usize - 0x620)], NO_STATE);
        // The index is read from the bytes, for both lead bytes and nothing outside the range,
        // in either place of the pair.
        let index = |c: char| (0x620..0x660).contains(&(c as u32)).then(|| c as usize - 0x620);
        for c in ('\0'..='\u{07FF}').chain(['€', '𝐀']) {
            let b = index('ب').unwrap();
            let first = format!("{c}ب");
            assert_eq!(two_letters(first.as_bytes(), 0), index(c).map(|i| i * LETTERS + b), "U+{:04X}", c as u32);
            let second = format!("بب{c}");
            assert_eq!(two_letters(second.as_bytes(), 2), index(c).map(|i| b * LETTERS + i), "U+{:04X}", c as u32);
        }
        assert_eq!(two_letters("ب".as_bytes(), 0), None);
    }

    #[test]
    fn two_letter_starts_change_no_hit() {
        // The builtin dictionaries and gazetteer find the same hits whether a walk takes its first
        // two letters from `start2` or steps them one by one (every entry a fallback).
        let mut lex = crate::Lexicon::builtin().unwrap();
        let texts = [
            "وقالت وزارة الداخلية إن قوات الأمن اعتقلت ثلاثة مسلحين قرب بلدة الصفصاف الشمالية",
            "سيعقد المجلس البلدي اجتماعه بالعاصمة غداً، وللجيش بيان عن القصف وفي الخرطوم مظاهرات",
            "فالشرطة كالعادة لم تعلق؛ واتهمهم المتحدث باسمها بإطلاق النار على المحتجين في 12 مايو",
            "وزير الخارجية الأردني بحث مع نظيره المصري في القاهرة ولندن وبغداد ملف اللاجئين",
            "ق و ب لل ال ـ x AFP ولدهم بلادهما",
        ];
        let keys: Vec<String> = texts.iter().map(|t| normalize_key(t)).collect();
        let run = |lex: &crate::Lexicon| -> Vec<Vec<Hit>> {
            keys.iter().flat_map(|k| [lex.matcher.find(k), lex.place_matcher.find(k)]).collect()
        };
        let fast = run(&lex);
        assert!(fast.iter().map(Vec::len).sum::<usize>() > 20);
        lex.matcher.start2.fill(TWO_LETTERS_FALLBACK);
        lex.place_matcher.start2.fill(TWO_LETTERS_FALLBACK);
        // (The words are walked again, not read from the memo of the first run.)
        WORD_MEMOS.with(|m| m.borrow_mut().clear());
        assert_eq!(run(&lex), fast);
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

    /// `find_in_words` without the memo: every word walked, as before speed67.
    fn walked(mx: &Matcher, key: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        for (s, e) in word_spans(key) {
            mx.match_word(key, s, e, &mut out, &mut false);
        }
        drop_nested(&mut out);
        out
    }

    /// With the thread's word memo emptied first, `answer(i)` for the texts in each order must be
    /// `reference[i]`: the memo, filled in one order, answers as the walks in another.
    fn answers_in_orders<T: PartialEq + std::fmt::Debug>(
        texts: &[&str],
        reference: &[T],
        orders: [[usize; 5]; 3],
        answer: impl Fn(usize) -> T,
    ) {
        WORD_MEMOS.with(|m| m.borrow_mut().clear());
        for order in orders {
            for i in order {
                assert_eq!(answer(i), reference[i], "{}", texts[i]);
            }
        }
    }

    #[test]
    fn memoised_words_answer_as_the_walks() {
        // A word first met alone and later as the head of a longer key ("في" before "في وقت",
        // "قوات" before "قوات الامن", "ا" of a dotted abbreviation), with pronouns, clitics and the
        // article, in one order and then the reverse: the memo must never answer for a word
        // whose walks could go on into the next word.
        let mx = m(&[
            ("في وقت", Target::Cue(1)),
            ("وقت", Target::Cue(2)),
            ("قتل", Target::Trigger(1)),
            ("قتلى", Target::Actor(1)),
            ("قوات", Target::Actor(2)),
            ("قوات الامن", Target::Actor(3)),
            ("امن", Target::Place(1)),
            ("ابو ظبي", Target::Place(2)),
            ("ا.ف.ب", Target::Actor(4)),
            ("ا", Target::Cue(3)),
            ("بيان", Target::Trigger(2)),
        ]);
        let texts = [
            "في القرية سقط قتلى من قوات الجيش، وقتل آخرون",
            "قال متحدث في وقت لاحق إن قوات الأمن قتلت ثلاثة وقتلهم",
            "وأفادت وكالة أ.ف.ب وقوات الأمن بأن أبو ظبي أصدرت بيانها في وقت",
            "في قوات أمن قتلى؛ بيان أ، ثم بيان أ.ف.ب وقواتهم في",
            "أبو محمد في أبو ظبي، وقت قوات",
        ];
        let keys: Vec<String> = texts.iter().map(|t| normalize_key(t)).collect();
        let reference: Vec<Vec<Hit>> = keys.iter().map(|k| walked(&mx, k)).collect();
        assert!(reference.iter().all(|h| !h.is_empty()));
        answers_in_orders(&texts, &reference, [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [0, 1, 2, 3, 4]], |i| {
            mx.find(&keys[i])
        });
        // Words of both kinds were seen: some kept in the memo, some (the heads of longer keys) not.
        let kept = mx.with_memo(|memo| {
            // (speed76: the heads of longer keys are kept with their walks past their end.)
            assert!(memo.walks_on("في".as_bytes()) > 0);
            assert!(memo.walks_on("قوات".as_bytes()) > 0);
            assert!(memo.holds("قتلي".as_bytes()));
            assert_eq!(memo.walks_on("قتلي".as_bytes()), 0);
            memo.len()
        });
        assert!(kept > 10);
        // (fix60a) A word longer than `MEMO_WORD_BYTES` is walked each time, never kept.
        let long = normalize_key(&"قتلى".repeat(10));
        assert!(long.len() > MEMO_WORD_BYTES);
        let before = mx.with_memo(|memo| memo.len());
        assert_eq!(mx.find(&long), walked(&mx, &long));
        assert_eq!(mx.find(&long), walked(&mx, &long));
        assert_eq!(mx.with_memo(|memo| memo.len()), before);
        // The builtin dictionaries and gazetteer, on sentences of our own: each word's hits, from
        // the memo or walked, are the walks' hits (the second pass reads the memo).
        let lex = crate::Lexicon::builtin().unwrap();
        let texts = [
            "قالت وزارة الداخلية في بيان إن قوات الأمن اعتقلت خمسة مسلحين في مدينة الموصل",
            "وفي وقت لاحق، أعلن الجيش مقتل ثلاثة جنود في هجوم على نقطة تفتيش قرب بغداد",
            "التقى وزير الخارجية نظيره الفرنسي في باريس وبحثا الأوضاع في لبنان وسوريا",
            "للمطالبة بالإفراج عن المعتقلين خرجت مظاهرات في القاهرة والإسكندرية يوم الجمعة",
            "وقال الرئيس إن بلاده سترد على أي اعتداء، فيما دانت الأمم المتحدة الهجوم",
        ];
        for pass in 0..2 {
            for t in &texts {
                let k = normalize_key(t);
                assert_eq!(lex.matcher.find(&k), walked(&lex.matcher, &k), "pass {pass}: {t}");
                assert_eq!(lex.place_matcher.find(&k), walked(&lex.place_matcher, &k), "pass {pass}: {t}");
            }
        }
    }

    #[test]
    fn open_words_answer_from_the_memo_as_the_walks() {
        // speed76: a word whose walks may go on into the next word is kept with its hits within it
        // and the walks that reach its end; met again before other words, it must answer each word
        // as a walk of it does (before the nested hits are dropped): the longer key of a category
        // found past the end replaces the word's own, a category found only within the word keeps
        // it, and two keys as long and with as many clitics (the لل reading from the state after
        // «ال» and from the root) are settled in the order the walks ran.
        let mx = m(&[
            ("قوات", Target::Actor(2)),
            ("قوات الامن", Target::Actor(3)),
            ("قوات", Target::Cue(4)),
            ("قوات الجيش", Target::Place(5)),
            ("الامن العام", Target::Actor(6)),
            ("امن العام", Target::Actor(7)),
            ("امن", Target::Place(1)),
            ("في وقت", Target::Cue(1)),
            ("وقت", Target::Cue(2)),
        ]);
        let texts = [
            "قوات الامن في وقت",
            "قوات الجيش وقوات كثيرة، وقواتهم",
            "للأمن العام قوات؛ للأمن الوطني في",
            "في بيت قوات. قوات الأمن العام",
            "بقوات الجيش للأمن العامة في وقته",
        ];
        let keys: Vec<String> = texts.iter().map(|t| normalize_key(t)).collect();
        let per_word = |k: &str, memo: bool| -> Vec<Vec<Hit>> {
            word_spans(k)
                .into_iter()
                .map(|(s, e)| {
                    if memo {
                        mx.find_in_word(k, s, e)
                    } else {
                        let mut out = Vec::new();
                        mx.match_word(k, s, e, &mut out, &mut false);
                        out
                    }
                })
                .collect()
        };
        let reference: Vec<Vec<Vec<Hit>>> = keys.iter().map(|k| per_word(k, false)).collect();
        answers_in_orders(&texts, &reference, [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3]], |i| {
            per_word(&keys[i], true)
        });
        // The first text's «قوات» reads «قوات الامن» past its end and keeps its cue within it.
        let first = &reference[0][0];
        assert!(first.iter().any(|h| h.target == Target::Actor(3)) && first.iter().any(|h| h.target == Target::Cue(4)));
        // «للامن» reads «الامن العام» (the walk from the state after «ال», first) over «امن العام».
        let la = &reference[2][0];
        assert!(la.iter().any(|h| h.target == Target::Actor(6)) && !la.iter().any(|h| h.target == Target::Actor(7)));
        mx.with_memo(|memo| {
            for w in ["قوات", "للامن", "في", "بقوات"] {
                assert!(memo.walks_on(normalize_key(w).as_bytes()) > 0, "{w}");
            }
        });
    }

    #[test]
    fn word_memo_answers_each_word_with_its_own_hits() {
        // Words of every length from one byte to the longest kept, many of them alike but for
        // one byte (at its start, its tenth, its middle or its end, where the packing overlaps),
        // enough to grow the table several times: each is answered with its own hits and no
        // other; words never kept, and words alike but for their length, are not found.
        let hit = |i: usize, j: usize| Hit {
            start: 0,
            core_start: j,
            end: i % 29 + 1,
            word_end: i % 31 + 2,
            target: Target::Cue(i as u32),
            clitics: Clitics::default(),
        };
        let mut words: Vec<Vec<u8>> = Vec::new();
        for len in 1..=MEMO_WORD_BYTES {
            for at in [0, 9.min(len - 1), len / 2, len - 1] {
                for b in [b'a', b'b', b'c', 0xd8, 0xa7] {
                    let mut w = vec![b'x'; len];
                    w[at] = b;
                    if !words.contains(&w) {
                        words.push(w);
                    }
                }
            }
            words.push((0..len).map(|i| (i * 7 + len) as u8).collect());
        }
        for i in 0..4000usize {
            words.push(format!("w{i}y{}", i * 31 % 977).into_bytes());
        }
        let mut memo = WordMemo::default();
        for (i, w) in words.iter().enumerate() {
            assert!(!memo.holds(w));
            memo.insert(packed_word(w), w.len(), (0..i % 4).map(|j| hit(i, j)), &[]);
        }
        assert_eq!(memo.len(), words.len());
        assert!(memo.slots.len() >= 2 * words.len());
        for (i, w) in words.iter().enumerate() {
            let want: Vec<Hit> = (0..i % 4).map(|j| hit(i, j)).collect();
            assert_eq!(memo.get(&packed_word(w), w.len()).map(|(h, _)| h), Some(&want[..]), "{w:?}");
        }
        for w in [&b"xxxxxxxxxxxxxxxxxz"[..], b"q", b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", b"w1y3"] {
            assert!(!memo.holds(w), "{w:?}");
        }
        // The same bytes shorter or longer by one are other words.
        let w = &words[words.len() - 1];
        assert!(!memo.holds(&w[..w.len() - 1]));
        let mut longer = w.clone();
        longer.push(0);
        assert!(!memo.holds(&longer));
    }
}
