//! Arbitrary bytes as a JSON Lines file and as a plain-text file: the readers must never panic,
//! and every non-blank line of a JSON Lines input yields exactly one article or one reject.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cfg = ahdath_reader::ReaderConfig { max_line_bytes: 256, published: None };
    let items = ahdath_reader::read_jsonl(std::io::BufReader::with_capacity(7, data), "fuzz", &cfg).count();
    let lines = data.split(|&b| b == b'\n').filter(|l| l.iter().any(|b| !b.is_ascii_whitespace())).count();
    assert_eq!(items, lines);
    let _ = ahdath_reader::read_text(data, "fuzz.txt", &cfg).count();
});
