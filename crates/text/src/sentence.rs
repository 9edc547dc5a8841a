//! Sentence splitting over the original text, by byte and code point offsets.
//!
//! Splits on line breaks and on `.` `!` `?` `؟` followed by space or end, but not inside numbers
//! ("3.5"), not after a one-letter abbreviation ("د." for doctor, "م." for engineer), and keeps a
//! closing quote or bracket with the sentence it ends. A full stop glued to the next word splits
//! too when both sides are plain Arabic words ("الأمن.وقال"), not initials or a site name
//! ([`glued_end`]).

// The GLUED_STOP_* lists of data/grammar/text.txt (compiled in by build.rs at the crate root).
use crate::{GLUED_STOP_OPENERS, GLUED_STOP_SITE_WORDS, GLUED_STOP_TOLL_CONNECTIVES, GLUED_STOP_TOLL_NOUNS};

/// A sentence: its byte range and code point range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
    pub start_cp: usize,
    pub end_cp: usize,
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']' | '}')
}

/// The bytes the scan for a sentence end stops at: the ASCII stops and line breaks, the last byte
/// of "؟" (D8 9F), and the lead byte of "…" (E2 80 A6) and U+2029 (E2 80 A9). (Keying these two
/// on their last bytes, A6 and A9, stopped the scan at every "ة" (D8 A9) and "ئ" (D8 A6).)
const STOP_BYTES: [u8; 7] = [b'\n', b'\r', b'.', b'!', b'?', 0x9F, 0xE2];

/// Bytes tested at once by [`next_stop`].
const BLOCK: usize = 16;

/// The index of the first byte of `b` at or after `from` that is one of [`STOP_BYTES`].
///
/// A block of bytes is tested at once: the smallest `x ^ stop` over its bytes and the stops is
/// zero exactly when one byte is a stop, which the compiler computes with vector xor and min
/// instructions (about two instructions a byte). Only a block that holds a stop is read byte by
/// byte. A byte-by-byte table scan cost about seven instructions a byte of every text (speed27).
#[inline]
fn next_stop(b: &[u8], from: usize) -> Option<usize> {
    let is_stop = |x: &u8| STOP_BYTES.contains(x);
    let mut at = from;
    let mut blocks = b[from..].chunks_exact(BLOCK);
    for block in &mut blocks {
        let nearest = block.iter().fold(u8::MAX, |m, &x| STOP_BYTES.iter().fold(m, |m, &s| m.min(x ^ s)));
        if nearest == 0 {
            return block.iter().position(is_stop).map(|n| at + n);
        }
        at += BLOCK;
    }
    blocks.remainder().iter().position(is_stop).map(|n| at + n)
}

/// The Arabic letters U+0620..U+064A (and tatweel among them): all alphabetic, none numeric.
/// The sentence-end tests below answer them without `char`'s Unicode tables, whose search cost
/// about 490 instructions a call, once for nearly every full stop (speed27).
#[inline]
fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{064A}').contains(&c)
}

/// `char::is_alphabetic`, the Arabic letters first.
fn is_alphabetic(c: char) -> bool {
    is_arabic_letter(c) || c.is_alphabetic()
}

/// `char::is_numeric`, the Arabic letters first.
fn is_numeric(c: char) -> bool {
    !is_arabic_letter(c) && c.is_numeric()
}

/// Split `text` into sentences. Leading and trailing whitespace is excluded from each span;
/// empty sentences are dropped.
///
/// Scans bytes for the few characters that can end a sentence and decodes around them only, so
/// long texts are not turned into a character vector.
pub fn split_sentences(text: &str) -> Vec<SentenceSpan> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut cps = CpCounter { text, byte: 0, cp: 0 };
    let mut start = 0usize; // byte offset of the current sentence
    let mut i = 0usize;
    while i < b.len() {
        // Skip to the next byte that can end a candidate: an ASCII stop or line break, the last
        // byte of "؟" (its lead byte D8 starts most Arabic letters) or the lead byte of "…" and
        // U+2029.
        match next_stop(b, i) {
            Some(n) => i = n,
            None => break,
        }
        let c = match b[i] {
            b'\n' | b'\r' | b'.' | b'!' | b'?' => b[i] as char,
            0x9F if i >= 1 && b[i - 1] == 0xD8 => {
                i -= 1;
                '؟'
            }
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA6 | 0xA9)) => {
                if b[i + 2] == 0xA6 {
                    '…'
                } else {
                    '\u{2029}'
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let after = i + c.len_utf8();
        let mut cut: Option<usize> = None; // exclusive byte offset of the sentence end
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            cut = Some(i);
        } else {
            let next = text[after..].chars().next();
            let mut before = text[..i].chars().rev();
            let prev = before.next();
            let prev2 = before.next();
            let in_number = c == '.' && prev.is_some_and(is_numeric) && next.is_some_and(is_numeric);
            // One-letter abbreviation: a single letter word right before the dot.
            // (`is_word_char` is `char::is_alphanumeric` by a table.)
            let abbrev = c == '.' && prev.is_some_and(is_alphabetic) && !prev2.is_some_and(crate::norm::is_word_char);
            if !in_number && !abbrev {
                let mut j = after;
                for d in text[after..].chars() {
                    if matches!(d, '.' | '!' | '?' | '؟') || is_closer(d) {
                        j += d.len_utf8();
                    } else {
                        break;
                    }
                }
                if j >= b.len() || text[j..].chars().next().is_some_and(char::is_whitespace) {
                    cut = Some(j);
                } else if c == '.' && j == after && glued_end(text, start, i, after) {
                    cut = Some(after);
                }
            }
        }
        if let Some(end) = cut {
            push_trimmed(text, &mut cps, start, end, &mut out);
            start = end;
            i = end.max(after);
            continue;
        }
        i = after;
    }
    push_trimmed(text, &mut cps, start, b.len(), &mut out);
    out
}

/// Whether a full stop at byte `stop` glued to the next word (`after` is the byte past it) ends a
/// sentence ("قتل 7 أشخاص.أما في …", "الأمن.وقال …"): wire copy often drops the space, and the
/// unsplit sentence lends its date, party or status cue to the next (status66). Both sides must be
/// plain Arabic words (diacritics allowed), the one before of at least three letters and the one
/// after of at least two, one of them at least four; neither may be a link of a dotted chain (a
/// word of at most three letters with a dot on its other side: the initials "بي.بي.سي",
/// "إف.جي.إي"), nor the word after a site word ("العربية.نت", `GLUED_STOP_SITE_WORDS`). A one-letter
/// abbreviation ("د.سلمان") and a doubled stop ("..") never reach here. Inside a quotation opened
/// since the sentence `start` the stop is left alone: the speech stays with its speaker, whom a
/// first-person verb after the stop ("حل دائم.وأرحب بـ…") would otherwise lose.
fn glued_end(text: &str, start: usize, stop: usize, after: usize) -> bool {
    let said = &text[start..stop];
    let count = |c: char| said.matches(c).count();
    if count('"') % 2 == 1 || count('«') > count('»') || count('“') > count('”') {
        return false;
    }
    let is_mark = |c: char| ('\u{064B}'..='\u{0652}').contains(&c);
    let in_word = |c: char| is_arabic_letter(c) || is_mark(c);
    // The word before: its letters, and the character before it.
    let mut back = text[..stop].chars().rev();
    let mut before_letters = 0;
    let mut before_edge = None;
    for c in back.by_ref() {
        if in_word(c) {
            before_letters += usize::from(!is_mark(c));
        } else {
            before_edge = Some(c);
            break;
        }
    }
    let word_end = text[after..].find(|c: char| !in_word(c)).map_or(text.len(), |n| after + n);
    let word = &text[after..word_end];
    let after_letters = word.chars().filter(|&c| !is_mark(c)).count();
    let after_edge = text[word_end..].chars().next();
    // A letter of another script or a digit glued to either word: no plain word.
    let foreign = |e: Option<char>| e.is_some_and(|c| crate::norm::is_word_char(c) && !in_word(c));
    let chain = |letters: usize, e: Option<char>| letters <= 3 && e == Some('.');
    // status67: the word after must open a sentence of news prose (a connective or a speech
    // verb, alone or with the word after it: «من جهته»), or follow a toll noun as a connective
    // («7 أشخاص.أما»); other glued fragments (photo credits, list items, headlines run together)
    // stay whole, since their records were mostly false.
    let key = crate::normalize_key(word);
    let next_word = text[word_end..].trim_start_matches(char::is_whitespace);
    let next_word = &next_word[..next_word.find(|c: char| !in_word(c)).unwrap_or(next_word.len())];
    let pair = format!("{key} {}", crate::normalize_key(next_word));
    let before_key = crate::normalize_key(
        &text[stop - text[..stop].chars().rev().take_while(|&c| in_word(c)).map(char::len_utf8).sum::<usize>()..stop],
    );
    let opens = GLUED_STOP_OPENERS.contains(&key.as_str())
        || GLUED_STOP_OPENERS.contains(&pair.as_str())
        || (GLUED_STOP_TOLL_NOUNS.contains(&before_key.as_str())
            && (GLUED_STOP_TOLL_CONNECTIVES.contains(&key.as_str())
                || GLUED_STOP_TOLL_CONNECTIVES.contains(&pair.as_str())));
    // Since status67 a cut needs an opener (or a toll noun and a connective), and no site word
    // or link of a dotted chain is one, so the last three guards decide nothing today; they stay
    // so that a wider opener list cannot cut «العربية.نت» or «إن.بي.سي».
    opens
        && before_letters >= 3
        && after_letters >= 2
        && before_letters.max(after_letters) >= 4
        && !foreign(before_edge)
        && !foreign(after_edge)
        && !chain(before_letters, before_edge)
        && !chain(after_letters, after_edge)
        && !GLUED_STOP_SITE_WORDS.contains(&crate::normalize_key(word).as_str())
}

/// Code point offsets of increasing byte offsets, counted incrementally.
struct CpCounter<'a> {
    text: &'a str,
    byte: usize,
    cp: usize,
}

impl CpCounter<'_> {
    fn at(&mut self, byte: usize) -> usize {
        debug_assert!(byte >= self.byte);
        self.cp += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.cp
    }
}

fn push_trimmed(text: &str, cps: &mut CpCounter<'_>, s: usize, e: usize, out: &mut Vec<SentenceSpan>) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = s + lead;
    let end = start + trimmed.len();
    let start_cp = cps.at(start);
    let end_cp = cps.at(end);
    out.push(SentenceSpan { start, end, start_cp, end_cp });
}

/// Headings (as match keys) that news sites put above a list of links to their other stories.
const LINK_HEADINGS: [&str; 8] = [
    "اقرا ايضا",
    "اقرا ايضا علي",
    "اقرا كذلك",
    "اقرا المزيد",
    "شاهد ايضا",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "روابط ذات صله",
];

/// The byte ranges of `text.split_inclusive('\n')` (each line with its newline), found by the
/// memchr crate's search, which reads 32 bytes a step where `split_inclusive` reads eight; the
/// articles' lines are whole paragraphs, and every article's are walked (speed59).
fn line_ranges(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    let mut at = 0;
    ends.chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len())).map(move |end| {
        let r = at..end;
        at = end;
        r
    })
}

/// Byte ranges of "read also" blocks: a heading line such as "اقرأ أيضًا" and the headline lines
/// after it (at most five lines of at most 25 words, none ending like a sentence). The headlines
/// are other stories on the site, not what the article reports, so the coder skips them.
pub fn related_link_blocks(text: &str) -> Vec<std::ops::Range<usize>> {
    let trimmed = |r: &std::ops::Range<usize>| {
        text[r.clone()].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '«' | '»' | '"' | '-' | '–'))
    };
    // Only a short line starting like a heading is normalised and looked up.
    let is_heading = |line: &str| {
        line.len() <= 60
            && line.starts_with(['ا', 'أ', 'إ', 'ش', 'م', 'ر'])
            && LINK_HEADINGS.contains(&crate::normalize_key(line).as_str())
    };
    let mut lines = line_ranges(text).peekable();
    let mut blocks = Vec::new();
    while let Some(head) = lines.next() {
        if !is_heading(trimmed(&head)) {
            continue;
        }
        let mut end = head.end;
        let mut taken = 0;
        while let Some(next) = lines.peek().filter(|_| taken < 5) {
            let line = trimmed(next);
            if !line.is_empty() {
                if line.ends_with(['.', '!', '?', '؟', '…']) || line.split_whitespace().count() > 25 {
                    break;
                }
                end = next.end;
                taken += 1;
            }
            lines.next();
        }
        blocks.push(head.start..end);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// speed59: `line_ranges` (memchr's search) gives the ranges of `split_inclusive('\n')`.
    #[test]
    fn line_ranges_are_the_lines_split_inclusive_gives() {
        let pieces = ["", "\n", "\n\n", "اقرأ أيضا", "وقتل شخصان.", " ", "x", "\r\n"];
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let text = format!("{a}{b}{c}{d}");
                        let want: Vec<&str> = text.split_inclusive('\n').collect();
                        let got: Vec<&str> = line_ranges(&text).map(|r| &text[r]).collect();
                        assert_eq!(got, want, "{text:?}");
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, 4096);
    }

    proptest::proptest! {
        #[test]
        fn line_ranges_agree_on_any_text(text in "[a\n ب\r]{0,40}") {
            let want: Vec<&str> = text.split_inclusive('\n').collect();
            let got: Vec<&str> = line_ranges(&text).map(|r| &text[r]).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn read_also_blocks_cover_heading_and_headlines_only() {
        let text = "وصل الوفد إلى الخرطوم مساء الأربعاء.\nاقرأ أيضًا\n«الوزير» يزور جوبا الخميس لبحث التعاون\nاشتباكات أمام المقر والأمن يفرق المتظاهرين\nوتشهد الزيارة توقيع اتفاقيات بين الحزبين.\n";
        let blocks = related_link_blocks(text);
        assert_eq!(blocks.len(), 1);
        let b = &text[blocks[0].clone()];
        assert!(b.starts_with("اقرأ أيضًا") && b.contains("يفرق المتظاهرين"), "{b}");
        assert!(!b.contains("وتشهد"), "{b}");
        // Without the heading nothing is skipped; a heading word inside a sentence is no heading.
        assert!(related_link_blocks("اشتباكات أمام المقر\nوقتل شخصان.").is_empty());
        assert!(related_link_blocks("قال إن عليكم أن اقرأ أيضا هذا البيان.\nاشتباكات أمام المقر").is_empty());
        // "شاهد أيضا:" with a colon, followed directly by the article's next sentence.
        let t2 = "شاهد أيضا:\nواعتقلت الشرطة خمسة أشخاص.";
        assert_eq!(related_link_blocks(t2), vec![0..t2.find('\n').unwrap() + 1]);
    }

    fn texts(t: &str) -> Vec<&str> {
        split_sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(texts("قتل جندي. وأصيب آخر!\nالخبر الثاني"), vec!["قتل جندي.", "وأصيب آخر!", "الخبر الثاني"]);
    }

    #[test]
    fn keeps_numbers_abbreviations_and_quotes() {
        assert_eq!(texts("بلغت النسبة 3.5 بالمئة. وقال د. أحمد"), vec!["بلغت النسبة 3.5 بالمئة.", "وقال د. أحمد"]);
        assert_eq!(texts("قال \"انتهى الأمر.\" ثم غادر"), vec!["قال \"انتهى الأمر.\"", "ثم غادر"]);
    }

    /// status66: a full stop glued to the next word ends the sentence between two plain Arabic
    /// words; initials, a site name, a one-letter abbreviation, a number, a doubled stop and a
    /// stop inside a quotation stay whole.
    #[test]
    fn a_full_stop_glued_to_the_next_word_ends_a_sentence() {
        assert_eq!(
            texts("أغلقت البلدية سوق الخضار القديم.وقال المحافظ إنه سيعيد فتحه الشهر المقبل."),
            vec!["أغلقت البلدية سوق الخضار القديم.", "وقال المحافظ إنه سيعيد فتحه الشهر المقبل."]
        );
        assert_eq!(
            texts("أصيب أربعة حراس في الهجوم.أما في البلدة المجاورة فلم يصب أحد"),
            vec!["أصيب أربعة حراس في الهجوم.", "أما في البلدة المجاورة فلم يصب أحد"]
        );
        for whole in [
            "بثت قناة إن.بي.سي مقابلة مع المدرب الجديد",
            "نشر موقع العربية.نت تقريرا عن الحادث",
            "افتتح د.سامر العيادة الجديدة صباحا",
            "ارتفعت الأسعار 3.5 بالمئة.وقال التجار",
            "وصلت الوفود..والتقى الوزير ضيوفه",
            "قال الوزير: \"نحتاج إلى هدنة دائمة.وأرحب بالخطة الجديدة\"",
        ] {
            assert_eq!(texts(whole).len(), 1 + usize::from(whole.contains("3.5")), "{whole}");
        }
        assert_eq!(texts("ارتفعت الأسعار 3.5 بالمئة.وقال التجار")[0], "ارتفعت الأسعار 3.5 بالمئة.");
    }

    /// status67: a glued full stop ends the sentence only before a sentence opener (a connective
    /// or speech verb, or a plain connective after a toll noun); a photo credit or any other
    /// glued word stays with the sentence.
    #[test]
    fn a_glued_stop_ends_a_sentence_only_before_an_opener() {
        assert_eq!(texts("زار الوزير المعرض صباحا.من جهته رحب المدير بالزوار").len(), 2);
        assert_eq!(texts("جرح تسعة أشخاص.في حين فر المهاجمون نحو الجبال").len(), 2);
        for whole in
            ["استقبل الأمير ضيوفه مساء أمس.تصوير: خالد الناصر", "انتهت الجولة بفوز الفريق.وانطلق الجمهور إلى الشوارع"]
        {
            assert_eq!(texts(whole).len(), 1, "{whole}");
        }
    }

    #[test]
    fn block_scan_finds_the_first_stop_byte() {
        // Stops at every offset of the first blocks and past them, among "ة" and "ئ" (whose last
        // bytes the old scan keyed on) and curly quotes (lead byte E2, as "…").
        let text = "قالت الهيئة الإدارية «إن اللجنة» ستجتمع؟ ثم… “انتهى” 3.5!\nوالجلسة المقبلة\u{2029}غدا";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            let naive = b[from..].iter().position(|x| STOP_BYTES.contains(x)).map(|n| from + n);
            assert_eq!(next_stop(b, from), naive, "from {from}");
        }
        let long = "ة".repeat(40) + "." + &"ئ".repeat(9);
        for from in 0..long.len() {
            let want = if from <= 80 { Some(80) } else { None };
            assert_eq!(next_stop(long.as_bytes(), from), want, "from {from}");
        }
    }

    #[test]
    fn arabic_letters_answer_as_char_does() {
        for c in (0..0x800).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn ends_at_question_marks_ellipses_and_paragraph_separators() {
        assert_eq!(
            texts("هل انتهت الأزمة؟ لا أحد يعرف… لكن الحكومة مستقرة\u{2029}وقال د. سامي: نعم."),
            vec!["هل انتهت الأزمة؟", "لا أحد يعرف…", "لكن الحكومة مستقرة", "وقال د. سامي: نعم."]
        );
        // A "…" glued to a word is no sentence end; "”" after a stop stays with its sentence.
        assert_eq!(texts("قال “غادرنا.” ثم…عاد"), vec!["قال “غادرنا.”", "ثم…عاد"]);
    }

    #[test]
    fn code_points_match_bytes() {
        let t = "أ ب. ج د";
        for s in split_sentences(t) {
            let by_cp: String = t.chars().skip(s.start_cp).take(s.end_cp - s.start_cp).collect();
            assert_eq!(by_cp, &t[s.start..s.end]);
        }
    }
}
