//! Fuzz the whole text layer on arbitrary bytes (read as lossy UTF-8): normalisation,
//! sentence splitting, numbers and dates must never panic, and every offset they return must
//! slice the input on character boundaries.
#![no_main]

use ahdath_text::{dates, norm, numbers, sentence};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a publication date (or none), the rest is the text.
    let (published, body) = match data {
        [a, b, rest @ ..] => {
            let days = i64::from(u16::from_le_bytes([*a, *b]));
            let base = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
            let p = if days == 0 { None } else { base.checked_add_days(chrono::Days::new(days as u64 * 2)) };
            (p, rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body);
    let text: &str = &text;

    let n = norm::normalize(text);
    for (kb, c) in n.key.char_indices() {
        let r = n.orig_byte_range(kb..kb + c.len_utf8());
        assert!(r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }

    let mut prev = 0;
    for s in sentence::split_sentences(text) {
        assert!(prev <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prev = s.end;
    }

    for m in numbers::find_numbers(text) {
        assert!(m.start < m.end && m.end <= text.len());
        let again = numbers::find_numbers(&text[m.start..m.end]);
        assert_eq!(again.first().map(|x| x.value), Some(m.value));
    }
    assert_eq!(numbers::find_numbers(text), numbers::find_numbers_in(&n));

    for d in dates::find_dates(text, published) {
        assert!(d.start < d.end && d.end <= text.len());
        assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        assert!(d.first_day().is_some());
    }
    let _ = dates::parse_published(text);
});
