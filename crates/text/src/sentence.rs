//! Sentence splitting over the original text, by byte and code point offsets.
//!
//! Splits on line breaks and on `.` `!` `?` `؟` followed by space or end, but not inside numbers
//! ("3.5"), not after a one-letter abbreviation ("د." for doctor, "م." for engineer), and keeps a
//! closing quote or bracket with the sentence it ends.

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

/// Split `text` into sentences. Leading and trailing whitespace is excluded from each span;
/// empty sentences are dropped.
pub fn split_sentences(text: &str) -> Vec<SentenceSpan> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize; // index into chars
    let mut i = 0usize;
    while i < chars.len() {
        let c = chars[i].1;
        let mut cut: Option<usize> = None; // exclusive char index of the sentence end
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            cut = Some(i);
        } else if matches!(c, '.' | '!' | '?' | '؟' | '…') {
            let next = chars.get(i + 1).map(|x| x.1);
            let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
            let in_number = c == '.' && prev.is_some_and(|p| p.is_numeric()) && next.is_some_and(|n| n.is_numeric());
            // One-letter abbreviation: a single letter word right before the dot.
            let abbrev =
                c == '.' && prev.is_some_and(|p| p.is_alphabetic()) && (i < 2 || !chars[i - 2].1.is_alphanumeric());
            if !in_number && !abbrev {
                let mut j = i + 1;
                while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?' | '؟') || is_closer(chars[j].1)) {
                    j += 1;
                }
                if j >= chars.len() || chars[j].1.is_whitespace() {
                    cut = Some(j);
                }
            }
        }
        if let Some(end) = cut {
            push_trimmed(&chars, text.len(), start, end, &mut out);
            start = end;
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(&chars, text.len(), start, chars.len(), &mut out);
    out
}

fn push_trimmed(chars: &[(usize, char)], text_len: usize, mut s: usize, mut e: usize, out: &mut Vec<SentenceSpan>) {
    while s < e && chars[s].1.is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].1.is_whitespace() {
        e -= 1;
    }
    if s < e {
        let byte = |k: usize| if k < chars.len() { chars[k].0 } else { text_len };
        out.push(SentenceSpan { start: byte(s), end: byte(e), start_cp: s, end_cp: e });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn code_points_match_bytes() {
        let t = "أ ب. ج د";
        for s in split_sentences(t) {
            let by_cp: String = t.chars().skip(s.start_cp).take(s.end_cp - s.start_cp).collect();
            assert_eq!(by_cp, &t[s.start..s.end]);
        }
    }
}
