//! Property tests of the text layer: offsets always land on character boundaries, map back
//! consistently, and the finders never panic, on arbitrary text that mixes Arabic letters,
//! marks, tatweel, three digit scripts, presentation forms, punctuation and random Unicode, with
//! real number and date words thrown in so that the finders' paths are exercised.

use ahdath_text::dates::find_dates;
use ahdath_text::norm::{
    is_two_byte_letter, is_word_char, normalize, normalize_key, normalize_key_words, normalize_words, KeyWords,
    Normalized,
};
use ahdath_text::numbers::find_numbers;
use ahdath_text::sentence::split_sentences;
use chrono::NaiveDate;
use proptest::prelude::*;

/// Words that the number and date readers know, to be mixed into random text.
const VOCAB: &[&str] = &[
    "ثلاثة",
    "عشر",
    "عشرين",
    "وعشرين",
    "خمسة",
    "مئة",
    "مائتين",
    "ألف",
    "آلاف",
    "مليون",
    "الأول",
    "الثاني",
    "الحادي",
    "عشرات",
    "الآلاف",
    "عدد",
    "من",
    "بضعة",
    "العديد",
    "جنديين",
    "أحد",
    "اثنا",
    "ثلاثمائة",
    "ومئتا",
    "السبت",
    "الماضي",
    "المقبل",
    "أمس",
    "اليوم",
    "الليلة",
    "غدا",
    "بعد",
    "غد",
    "يوم",
    "صباح",
    "مطلع",
    "نهاية",
    "يناير",
    "فبراير",
    "مارس",
    "كانون",
    "تشرين",
    "الأول",
    "رمضان",
    "شهر",
    "ربيع",
    "ذو",
    "الحجة",
    "عام",
    "العام",
    "سنة",
    "في",
    "صيف",
    "الصيف",
    "هذا",
    "الأسبوع",
    "الشهر",
    "هـ",
    "م",
    "الـ",
    "الموافق",
    "أول",
    "2013",
    "26",
    "1434",
    "1,200",
    "1.5",
    "/",
    "-",
    ".",
    "(",
    ")",
    "،",
    "٬",
    "١٢",
    "۱۲",
    "ﻻ",
    "ﷺ",
    "¼",
    "\u{FC5E}",
    " ",
    "\n",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::char::range('\u{0621}', '\u{064A}').prop_map(String::from),
        2 => prop::char::range('\u{064B}', '\u{0652}').prop_map(String::from),
        1 => Just("\u{0640}".to_string()),
        1 => Just("\u{0670}".to_string()),
        2 => prop::char::range('0', '9').prop_map(String::from),
        2 => prop::char::range('٠', '٩').prop_map(String::from),
        1 => prop::char::range('۰', '۹').prop_map(String::from),
        3 => prop::sample::select(vec![" ", " ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2029}"]).prop_map(String::from),
        2 => prop::sample::select(vec![".", ",", "،", "؛", "؟", "!", ":", "/", "-", "«", "»", "\"", "(", ")", "…", "٫", "٬", "%"])
            .prop_map(String::from),
        2 => prop::char::range('\u{FE70}', '\u{FEFC}').prop_map(String::from),
        1 => prop::char::range('\u{FB50}', '\u{FDFF}').prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        6 => prop::sample::select(VOCAB).prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    // Half the pieces are followed by a space, so that multi-word expressions form.
    prop::collection::vec((piece(), any::<bool>()), 0..48).prop_map(|v| {
        let mut s = String::new();
        for (p, space) in v {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        1 => Just(None),
        4 => (1900i32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    ]
}

/// True when key range `a..b` starts and ends on original-character boundaries.
fn aligned(n: &Normalized, a: usize, b: usize) -> bool {
    (a == 0 || n.orig_byte(a - 1) < n.orig_byte(a)) && (b >= n.key.len() || n.orig_byte(b) > n.orig_byte(b - 1))
}

fn cps(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

/// `text()` with the clause-break chars that it lacks (`;`, `?`, `[`, `]`, `–`) and a few other
/// marks mixed in.
fn text_with_breaks() -> impl Strategy<Value = String> {
    let mark = prop::sample::select(vec![";", "?", "[", "]", "–", "'", "*", "\u{0640}", "ـ!"]);
    prop::collection::vec((text(), mark), 0..4)
        .prop_map(|v| v.into_iter().flat_map(|(t, m)| [t, m.to_string()]).collect())
}

/// Arabic words (one to six letters, a diacritic now and then) joined by glued full stops, dotted
/// initials, doubled dots, quotes and spaces: the shapes of the glued-stop test (status66).
fn glued_text() -> impl Strategy<Value = String> {
    let letter = prop_oneof![
        8 => prop::char::range('\u{0621}', '\u{064A}'),
        1 => prop::char::range('\u{064B}', '\u{0652}'),
    ];
    let random_word = prop::collection::vec(letter, 1..7).prop_map(|v| v.into_iter().collect::<String>());
    // Openers, toll nouns and connectives (review61b): without them random letters almost never
    // make a glued stop that `glued_end` cuts, and the tiling would go untested at a real cut.
    let listed_word =
        prop::sample::select(vec!["وقال", "وأضاف", "كما", "من", "جهته", "أشخاص", "قتلى", "في", "حين", "والتقى"])
            .prop_map(str::to_string);
    let word = prop_oneof![3 => random_word, 2 => listed_word];
    let joint = prop::sample::select(vec![".", ".", " ", ". ", "..", "\"", "«", "»", "!", "؟", "3.", "\n", "نت"]);
    prop::collection::vec((word, joint), 1..12)
        .prop_map(|v| v.into_iter().flat_map(|(w, j)| [w, j.to_string()]).collect())
}

/// The word split of a finished key, char by char: what `normalize_words` records while folding
/// (the split that the coder's sentence analysis ran over the key before it did).
fn split_key_words(k: &str) -> KeyWords {
    let mut w = KeyWords::default();
    let (mut in_word, mut pending_break, mut ws, mut mixed) = (false, false, 0, false);
    for (i, c) in k.char_indices() {
        let word = is_word_char(c);
        if word && !in_word {
            ws = i;
            w.breaks.push(pending_break);
            pending_break = false;
        } else if !word && in_word {
            if mixed {
                w.mixed.push(w.spans.len() as u32);
            }
            w.spans.push((ws, i));
        }
        // (A word with a char that is not a two-byte letter is noted in `mixed`.)
        mixed = word && ((in_word && mixed) || !is_two_byte_letter(c));
        if !word && matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '-' | '–' | '.' | '!' | '?' | '[' | ']') {
            pending_break = true;
        }
        in_word = word;
    }
    if in_word {
        if mixed {
            w.mixed.push(w.spans.len() as u32);
        }
        w.spans.push((ws, k.len()));
    }
    w
}

/// 2000 cases per property, or `PROPTEST_CASES` when set (for longer runs).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    ProptestConfig { cases, max_global_rejects: cases, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn words_recorded_while_folding_equal_a_split_of_the_key(t in text_with_breaks()) {
        let (n, words) = normalize_words(&t);
        prop_assert_eq!(&n.key, &normalize(&t).key);
        prop_assert_eq!(words, split_key_words(&n.key));
    }

    #[test]
    fn key_words_are_the_words_of_the_trimmed_key(t in text_with_breaks()) {
        let (key, words) = normalize_key_words(&t);
        prop_assert_eq!(key.trim(), normalize_key(&t));
        let got: Vec<&str> = words.spans.iter().map(|&(a, b)| &key[a..b]).collect();
        let k = normalize_key(&t);
        let want: Vec<&str> = k.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn normalize_maps_every_key_char_back(t in text()) {
        let n = normalize(&t);
        prop_assert_eq!(n.orig_len_cps(), t.chars().count());
        let mut prev_end = 0usize;
        let mut first = true;
        for (kb, c) in n.key.char_indices() {
            let r = n.orig_byte_range(kb..kb + c.len_utf8());
            prop_assert!(r.start <= r.end && r.end <= t.len(), "{:?} out of text", r);
            prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end), "{:?} not on boundaries", r);
            if first {
                first = false;
            } else {
                // Consecutive key chars tile the original: monotonic and contiguous.
                prop_assert_eq!(r.start, prev_end, "key char {:?} at {}", c, kb);
            }
            prev_end = r.end;
            let rc = n.orig_cp_range(kb..kb + c.len_utf8());
            prop_assert_eq!(rc.start, cps(&t, r.start));
            prop_assert_eq!(rc.end, cps(&t, r.end));
        }
        if !n.key.is_empty() {
            prop_assert_eq!(prev_end, t.len());
        }
        // The key never holds two spaces in a row nor starts with one.
        prop_assert!(!n.key.contains("  ") && !n.key.starts_with(' '), "{:?}", n.key);
    }

    /// status66: Arabic words glued by full stops, initials, dots and quotes (`glued_end`'s
    /// shapes): the spans stay ordered and char-aligned, their code points match, and together
    /// they hold every non-space character of the text once, in order.
    #[test]
    fn glued_stop_sentences_tile_the_text(t in glued_text()) {
        let spans = split_sentences(&t);
        let mut prev = 0usize;
        let mut kept = String::new();
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= t.len() && s.start >= prev);
            prop_assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            prop_assert_eq!(s.start_cp, cps(&t, s.start));
            prop_assert_eq!(s.end_cp, cps(&t, s.end));
            kept.extend(t[s.start..s.end].chars().filter(|c| !c.is_whitespace()));
            prev = s.end;
        }
        let all: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(kept, all);
    }

    #[test]
    fn sentences_are_ordered_char_aligned_spans(t in text()) {
        let mut prev = 0usize;
        for s in split_sentences(&t) {
            prop_assert!(s.start < s.end && s.end <= t.len());
            prop_assert!(s.start >= prev, "overlap at {}", s.start);
            prop_assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            prop_assert_eq!(s.start_cp, cps(&t, s.start));
            prop_assert_eq!(s.end_cp, cps(&t, s.end));
            let body = &t[s.start..s.end];
            prop_assert!(!body.starts_with(char::is_whitespace) && !body.ends_with(char::is_whitespace));
            prev = s.end;
        }
    }

    #[test]
    fn numbers_slice_and_reparse(t in text()) {
        let mut prev = 0usize;
        for m in find_numbers(&t) {
            prop_assert!(m.start < m.end && m.end <= t.len() && m.start >= prev);
            prop_assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
            if let Some((a, b)) = m.noun {
                prop_assert!(a < b && b <= t.len() && t.is_char_boundary(a) && t.is_char_boundary(b));
            }
            let slice = &t[m.start..m.end];
            let again = find_numbers(slice);
            prop_assert!(!again.is_empty(), "{:?} from {:?} does not re-read", slice, t);
            prop_assert_eq!((again[0].start, again[0].end), (0, slice.len()), "{:?} from {:?}", slice, t);
            prop_assert_eq!(again[0].value, m.value, "{:?}", slice);
            prop_assert_eq!(again[0].ordinal, m.ordinal, "{:?}", slice);
            prev = m.end;
            if std::env::var_os("PROPS_STATS").is_some() {
                eprintln!("NUM {:?} {:?}", slice, m.value);
            }
        }
    }

    #[test]
    fn dates_slice_on_boundaries(t in text(), p in published()) {
        let mut prev = 0usize;
        for d in find_dates(&t, p) {
            prop_assert!(d.start < d.end && d.end <= t.len() && d.start >= prev);
            prop_assert!(t.is_char_boundary(d.start) && t.is_char_boundary(d.end));
            prop_assert!(d.first_day().is_some() && d.last_day().is_some(), "{:?}", d);
            prev = d.end;
            if std::env::var_os("PROPS_STATS").is_some() {
                eprintln!("DATE {:?} {}", &t[d.start..d.end], d.iso());
            }
        }
    }

    #[test]
    fn pattern_matches_map_back_to_equal_keys(t in text(), a in 0usize..1000, len in 1usize..16) {
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        prop_assume!(!chars.is_empty());
        let a = a % chars.len();
        let b = (a + len).min(chars.len());
        let s = chars[a].0;
        let e = if b < chars.len() { chars[b].0 } else { t.len() };
        let pat = normalize_key(&t[s..e]);
        prop_assume!(!pat.is_empty());
        let n = normalize(&t);
        let mut found = false;
        for (k, _) in n.key.match_indices(pat.as_str()) {
            found = true;
            if !aligned(&n, k, k + pat.len()) {
                continue;
            }
            let r = n.orig_byte_range(k..k + pat.len());
            prop_assert_eq!(normalize_key(&t[r.clone()]), pat.clone(), "{:?} in {:?}", &t[r], t);
        }
        prop_assert!(found, "key of {:?} not found in key of {:?}", &t[s..e], t);
    }
}
