use std::fs;
use std::io::{BufReader, Cursor, Write};
use std::path::{Path, PathBuf};

use ahdath_reader::{
    format_of, open_inputs, parse_article, read_jsonl, read_text, Format, Item, ReaderConfig, Reject, RejectReason,
};
use flate2::write::GzEncoder;
use flate2::Compression;

fn cfg() -> ReaderConfig {
    ReaderConfig::default()
}

/// A fresh empty temporary directory for one test, removed when the guard is dropped.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("ahdath-reader-{name}-")).tempdir().unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// Items as short strings: `A id@file:line` for articles, `R file:line: reason` for rejects.
fn summarize(items: impl Iterator<Item = Item>) -> Vec<String> {
    items
        .map(|item| match item {
            Item::Article { article, origin } => format!("A {}@{origin}", article.id),
            Item::Reject(r) => format!("R {r}"),
        })
        .collect()
}

fn rejects(items: Vec<Item>) -> Vec<Reject> {
    items
        .into_iter()
        .filter_map(|i| match i {
            Item::Reject(r) => Some(r),
            Item::Article { .. } => None,
        })
        .collect()
}

fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/seed-iraq-2020.txt")
}

#[test]
fn each_reject_reason_with_exact_line() {
    type Case = (&'static str, &'static [u8], RejectReason);
    let cases: &[Case] = &[
        ("not json", b"{\"id\":\"x\",\"text\":", RejectReason::NotJson(String::new())),
        ("not object", b"[1,2]", RejectReason::NotJson(String::new())),
        ("string", b"\"hello\"", RejectReason::NotJson(String::new())),
        ("no id", b"{\"text\":\"t\"}", RejectReason::MissingField("id")),
        ("null id", b"{\"id\":null,\"text\":\"t\"}", RejectReason::MissingField("id")),
        ("empty id", b"{\"id\":\"\",\"text\":\"t\"}", RejectReason::MissingField("id")),
        ("no text", b"{\"id\":\"a\"}", RejectReason::MissingField("text")),
        ("null text", b"{\"id\":\"a\",\"text\":null}", RejectReason::MissingField("text")),
        ("float id", b"{\"id\":1.5,\"text\":\"t\"}", RejectReason::WrongType("id")),
        ("bool id", b"{\"id\":true,\"text\":\"t\"}", RejectReason::WrongType("id")),
        ("text number", b"{\"id\":\"a\",\"text\":3}", RejectReason::WrongType("text")),
        ("title array", b"{\"id\":\"a\",\"text\":\"t\",\"title\":[]}", RejectReason::WrongType("title")),
        ("published number", b"{\"id\":\"a\",\"text\":\"t\",\"published\":2020}", RejectReason::WrongType("published")),
        ("bad utf8", b"{\"id\":\"a\",\"text\":\"\xff\xfe\"}", RejectReason::InvalidUtf8),
        ("too long", &[b'x'; 60], RejectReason::TooLong(60)),
    ];
    let small = ReaderConfig { max_line_bytes: 50, ..cfg() };
    for (label, line, want) in cases {
        // The bad line is line 3, after a good line and a blank line; a good line follows.
        let mut input = b"{\"id\":\"ok1\",\"text\":\"t\"}\n\n".to_vec();
        input.extend_from_slice(line);
        input.extend_from_slice(b"\n{\"id\":\"ok2\",\"text\":\"u\"}\n");
        let items: Vec<Item> = read_jsonl(Cursor::new(input), "in.jsonl", &small).collect();
        assert_eq!(items.len(), 3, "{label}: {:?}", summarize(items.clone().into_iter()));
        let rs = rejects(items.clone());
        assert_eq!(rs.len(), 1, "{label}");
        let r = &rs[0];
        assert_eq!((r.file.as_str(), r.line), ("in.jsonl", 3), "{label}");
        match (want, &r.reason) {
            (RejectReason::NotJson(_), RejectReason::NotJson(msg)) => assert!(!msg.is_empty()),
            (want, got) => assert_eq!(want, got, "{label}"),
        }
        assert_eq!(r.raw, *line, "{label}: raw line kept");
        match &items[2] {
            Item::Article { article, origin } => {
                assert_eq!(article.id, "ok2");
                assert_eq!(origin.line, 4);
            }
            other => panic!("{label}: {other:?}"),
        }
    }
}

#[test]
fn duplicate_id_is_rejected_with_its_line() {
    let input = "{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"b\",\"text\":\"2\"}\n{\"id\":\"a\",\"text\":\"3\"}\n";
    let got = summarize(read_jsonl(Cursor::new(input), "d.jsonl", &cfg()));
    assert_eq!(got, vec!["A a@d.jsonl:1", "A b@d.jsonl:2", "R d.jsonl:3: duplicate article id `a`"]);
}

#[test]
fn integer_ids_are_stringified_and_integer_and_string_ids_collide() {
    let input = "{\"id\":42,\"text\":\"t\"}\n{\"id\":\"42\",\"text\":\"u\"}\n{\"id\":-7,\"text\":\"v\"}\n";
    let got = summarize(read_jsonl(Cursor::new(input), "n", &cfg()));
    assert_eq!(got, vec!["A 42@n:1", "R n:2: duplicate article id `42`", "A -7@n:3"]);
}

#[test]
fn fields_are_read_and_unknown_fields_ignored() {
    let line = br#"{"id":"x","title":"T","text":"body","published":null,"source":"s","url":"u","extra":{"a":[1]}}"#;
    let a = parse_article(line).unwrap();
    assert_eq!(a.id, "x");
    assert_eq!(a.title.as_deref(), Some("T"));
    assert_eq!(a.text, "body");
    assert_eq!(a.published, None);
    assert_eq!(a.source.as_deref(), Some("s"));
    assert_eq!(a.url.as_deref(), Some("u"));
}

#[test]
fn crlf_bom_and_blank_lines() {
    let input = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n   \t\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n{\"id\":\"c\",\"text\":\"z\"}";
    let items: Vec<Item> = read_jsonl(Cursor::new(&input[..]), "w", &cfg()).collect();
    assert_eq!(summarize(items.clone().into_iter()), vec!["A a@w:1", "A b@w:4", "A c@w:5"]);
}

#[test]
fn too_long_line_is_skipped_in_small_chunks() {
    // A tiny BufReader capacity makes the long line arrive in many pieces.
    let mut input = b"{\"id\":\"a\",\"text\":\"x\"}\n".to_vec();
    input.extend(vec![b'y'; 200_000]);
    input.extend_from_slice(b"\n{\"id\":\"b\",\"text\":\"z\"}\n");
    input.extend(vec![b' '; 5_000]); // a long blank line is still blank
    input.extend_from_slice(b"\n");
    let small = ReaderConfig { max_line_bytes: 1000, ..cfg() };
    let reader = BufReader::with_capacity(7, Cursor::new(input));
    let items: Vec<Item> = read_jsonl(reader, "big", &small).collect();
    let got = summarize(items.clone().into_iter());
    assert_eq!(got, vec!["A a@big:1", "R big:2: line too long (200000 bytes)", "A b@big:3"]);
    let rs = rejects(items);
    assert_eq!(rs[0].raw.len(), ahdath_reader::RAW_LIMIT);
}

#[test]
fn reject_display_is_file_line_reason() {
    let r = Reject { file: "a/b.jsonl".into(), line: 12, reason: RejectReason::MissingField("text"), raw: vec![] };
    assert_eq!(r.to_string(), "a/b.jsonl:12: missing field `text`");
    assert_eq!(r.reason.kind(), "missing_field");
}

#[test]
fn format_by_name() {
    assert_eq!(format_of(Path::new("a.jsonl")), (Format::Jsonl, false));
    assert_eq!(format_of(Path::new("a.jsonl.gz")), (Format::Jsonl, true));
    assert_eq!(format_of(Path::new("a.TXT")), (Format::Text, false));
    assert_eq!(format_of(Path::new("a.txt.gz")), (Format::Text, true));
    assert_eq!(format_of(Path::new("noext")), (Format::Jsonl, false));
}

#[test]
fn gzip_files_including_multi_member() {
    let guard = temp_dir("gz");
    let dir = guard.path().to_path_buf();
    let mut data = gzip(b"{\"id\":\"g1\",\"text\":\"a\"}\n");
    data.extend(gzip(b"{\"id\":\"g2\",\"text\":\"b\"}\nnot json\n"));
    let path = dir.join("x.jsonl.gz");
    fs::write(&path, data).unwrap();
    let got = summarize(open_inputs(std::slice::from_ref(&path), &cfg()).unwrap());
    let name = path.display().to_string();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], format!("A g1@{name}:1"));
    assert_eq!(got[1], format!("A g2@{name}:2"));
    assert!(got[2].starts_with(&format!("R {name}:3: not JSON")), "{}", got[2]);
}

#[test]
fn corrupt_gzip_is_an_io_reject_and_the_run_goes_on() {
    let guard = temp_dir("badgz");
    let dir = guard.path().to_path_buf();
    let mut data = gzip(b"{\"id\":\"g1\",\"text\":\"a\"}\n{\"id\":\"g2\",\"text\":\"b\"}\n");
    let n = data.len();
    data.truncate(n - 6); // cut the trailer
    fs::write(dir.join("a.jsonl.gz"), data).unwrap();
    fs::write(dir.join("b.jsonl"), "{\"id\":\"b1\",\"text\":\"c\"}\n").unwrap();
    let items: Vec<Item> = open_inputs(std::slice::from_ref(&dir), &cfg()).unwrap().collect();
    let got = summarize(items.clone().into_iter());
    assert!(got.iter().any(|s| s.starts_with("R ") && s.contains("I/O error")), "{got:?}");
    assert!(got.last().unwrap().starts_with("A b1@"), "{got:?}");
}

#[test]
fn directory_is_walked_recursively_in_sorted_order() {
    let guard = temp_dir("dir");
    let dir = guard.path().to_path_buf();
    fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    fs::write(dir.join("b.jsonl"), "{\"id\":\"b\",\"text\":\"x\"}\n").unwrap();
    fs::write(dir.join("a.json"), "{\"id\":\"a\",\"text\":\"x\"}\n").unwrap();
    fs::write(dir.join("sub/c.jsonl.gz"), gzip(b"{\"id\":\"c\",\"text\":\"x\"}\n")).unwrap();
    fs::write(dir.join("sub/deeper/d.txt"), "Headline\nHeadline\n\nBody.\n").unwrap();
    fs::write(dir.join("sub/dup.jsonl"), "{\"id\":\"a\",\"text\":\"again\"}\n").unwrap();
    fs::write(dir.join("notes.md"), "ignored").unwrap();
    fs::write(dir.join("data.csv"), "ignored").unwrap();
    let inputs = open_inputs(std::slice::from_ref(&dir), &cfg()).unwrap();
    let names: Vec<String> =
        inputs.files().iter().map(|f| Path::new(f).strip_prefix(&dir).unwrap().display().to_string()).collect();
    assert_eq!(names, vec!["a.json", "b.jsonl", "sub/c.jsonl.gz", "sub/deeper/d.txt", "sub/dup.jsonl"]);
    let items: Vec<Item> = inputs.collect();
    let ids: Vec<String> = items
        .iter()
        .map(|i| match i {
            Item::Article { article, .. } => article.id.clone(),
            Item::Reject(r) => format!("reject:{}", r.reason.kind()),
        })
        .collect();
    assert_eq!(ids, vec!["a", "b", "c", "d#1", "reject:duplicate_id"]);
    let dup = rejects(items).pop().unwrap();
    assert_eq!(dup.line, 1);
    assert!(dup.file.ends_with("dup.jsonl"));
    assert_eq!(dup.raw, b"{\"id\":\"a\",\"text\":\"again\"}");
}

#[test]
fn missing_file_is_an_io_reject_and_the_run_goes_on() {
    let guard = temp_dir("missing");
    let dir = guard.path().to_path_buf();
    let good = dir.join("good.jsonl");
    fs::write(&good, "{\"id\":\"g\",\"text\":\"x\"}\n").unwrap();
    let missing = dir.join("nope.jsonl");
    let items: Vec<Item> = open_inputs(&[missing.clone(), good], &cfg()).unwrap().collect();
    assert_eq!(items.len(), 2);
    match &items[0] {
        Item::Reject(r) => {
            assert_eq!(r.file, missing.display().to_string());
            assert_eq!(r.line, 0);
            assert_eq!(r.reason.kind(), "io");
            assert!(r.to_string().starts_with(&format!("{}:0: I/O error", missing.display())));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[1], Item::Article { article, .. } if article.id == "g"));
}

#[test]
fn duplicate_ids_across_files() {
    let guard = temp_dir("dupfiles");
    let dir = guard.path().to_path_buf();
    fs::write(dir.join("1.jsonl"), "{\"id\":\"x\",\"text\":\"a\"}\n").unwrap();
    fs::write(dir.join("2.jsonl"), "\n{\"id\":\"x\",\"text\":\"b\"}\n").unwrap();
    let got = summarize(open_inputs(&[dir.join("1.jsonl"), dir.join("2.jsonl")], &cfg()).unwrap());
    assert_eq!(got.len(), 2);
    assert!(got[1].ends_with("2.jsonl:2: duplicate article id `x`"), "{got:?}");
}

#[test]
fn seed_text_file_has_two_articles() {
    let path = seed_path();
    let raw = fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = raw.lines().collect();
    let published = ReaderConfig { published: Some("2020-04-07".into()), ..cfg() };
    let items: Vec<Item> = open_inputs(std::slice::from_ref(&path), &published).unwrap().collect();
    assert_eq!(items.len(), 2, "{:?}", summarize(items.clone().into_iter()));
    let articles: Vec<_> = items
        .into_iter()
        .map(|i| match i {
            Item::Article { article, origin } => (article, origin),
            Item::Reject(r) => panic!("{r}"),
        })
        .collect();
    let (a1, o1) = &articles[0];
    let (a2, o2) = &articles[1];
    assert_eq!(a1.id, "seed-iraq-2020#1");
    assert_eq!(a2.id, "seed-iraq-2020#2");
    assert_eq!(a1.title.as_deref(), Some(lines[0].trim()));
    assert_eq!(a2.title.as_deref(), Some(lines[19].trim()));
    assert_eq!(lines[19], lines[20]);
    assert_eq!((o1.line, o2.line), (1, 20));
    assert!(a1.title.as_deref().unwrap().contains("السجاربة"));
    assert!(a2.title.as_deref().unwrap().contains("يونيو"));
    for (a, first_body_line) in [(a1, 3), (a2, 22)] {
        assert_eq!(a.published.as_deref(), Some("2020-04-07"));
        let paragraphs: Vec<&str> = a.text.split('\n').collect();
        assert_eq!(paragraphs.len(), 8, "{}", a.id);
        assert_eq!(paragraphs[0], lines[first_body_line].trim());
        assert!(!a.text.contains(a.title.as_deref().unwrap()), "caption dropped");
        assert!(paragraphs.iter().all(|p| !p.trim().is_empty() && p.trim() == *p));
    }
    assert!(a1.text.contains("10 من مسلحي"));
}

#[test]
fn text_without_repeated_line_is_one_article() {
    let input = "Title line\nFirst paragraph.\n\n  Second paragraph.  \r\n\n";
    let got: Vec<Item> = read_text(Cursor::new(input), "dir/plain.txt", &cfg()).collect();
    assert_eq!(got.len(), 1);
    match &got[0] {
        Item::Article { article, origin } => {
            assert_eq!(article.id, "plain#1");
            assert_eq!(article.title.as_deref(), Some("Title line"));
            assert_eq!(article.text, "First paragraph.\nSecond paragraph.");
            assert_eq!(article.published, None);
            assert_eq!((origin.file.as_str(), origin.line), ("dir/plain.txt", 1));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn text_preamble_then_repeated_headlines() {
    let input = "\n\nLoose intro\nmore\n\nH1\nH1\n\np1\n\np2\nH2\r\nH2\n\nq1\n";
    let got = summarize(read_text(Cursor::new(input), "f.txt", &cfg()));
    assert_eq!(got, vec!["A f#1@f.txt:3", "A f#2@f.txt:6", "A f#3@f.txt:12"]);
    let arts: Vec<_> = read_text(Cursor::new(input), "f.txt", &cfg())
        .filter_map(|i| match i {
            Item::Article { article, .. } => Some((article.title.unwrap(), article.text)),
            Item::Reject(_) => None,
        })
        .collect();
    assert_eq!(arts[0], ("Loose intro".to_string(), "more".to_string()));
    assert_eq!(arts[1], ("H1".to_string(), "p1\np2".to_string()));
    assert_eq!(arts[2], ("H2".to_string(), "q1".to_string()));
}

#[test]
fn text_bad_lines_are_rejected_and_skipped() {
    let input = b"H\nH\n\ngood\n\xff bad\nalso good\n";
    let got = summarize(read_text(Cursor::new(&input[..]), "t.txt.gz", &cfg()));
    assert_eq!(got, vec!["R t.txt.gz:5: invalid UTF-8", "A t#1@t.txt.gz:1"]);
}

#[test]
fn text_gz_and_empty_text_file() {
    let guard = temp_dir("textgz");
    let dir = guard.path().to_path_buf();
    fs::write(dir.join("a.txt.gz"), gzip("عنوان\nعنوان\n\nنص.\n".as_bytes())).unwrap();
    fs::write(dir.join("b.txt"), "\n \n").unwrap();
    let items: Vec<Item> = open_inputs(&[dir], &cfg()).unwrap().collect();
    assert_eq!(items.len(), 1);
    match &items[0] {
        Item::Article { article, .. } => {
            assert_eq!(article.id, "a#1");
            assert_eq!(article.title.as_deref(), Some("عنوان"));
            assert_eq!(article.text, "نص.");
        }
        other => panic!("{other:?}"),
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn line_strategy() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..80),
            "[ \t\r]{0,4}".prop_map(|s| s.into_bytes()),
            (0u8..5, "[a-z0-9]{0,6}", "[a-zA-Z \\\\\"é]{0,20}").prop_map(|(shape, id, text)| {
                match shape {
                    0 => format!("{{\"id\":\"{id}\",\"text\":\"{text}\"}}"),
                    1 => format!("{{\"id\":{},\"text\":\"{text}\"}}", id.len()),
                    2 => format!("{{\"id\":\"{id}\"}}"),
                    3 => format!("{{\"id\":\"{id}\",\"text\":\"{text}\",\"title\":{}}}", id.len()),
                    _ => format!("{{\"id\":\"{id}\",\"text\":\"{text}\"\r"),
                }
                .into_bytes()
            }),
        ]
    }

    fn expected_items(data: &[u8]) -> usize {
        let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
        if data.is_empty() || data.ends_with(b"\n") {
            lines.pop();
        }
        lines
            .iter()
            .enumerate()
            .filter(|(i, line)| {
                let line = if *i == 0 { line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line) } else { line };
                !line.iter().all(u8::is_ascii_whitespace)
            })
            .count()
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..2000), cap in 1usize..64, max in 1usize..200) {
            let cfg = ReaderConfig { max_line_bytes: max, published: None };
            let n = read_jsonl(BufReader::with_capacity(cap, Cursor::new(&data)), "p", &cfg).count();
            prop_assert_eq!(n, expected_items(&data));
            let n = read_text(BufReader::with_capacity(cap, Cursor::new(&data)), "p.txt", &cfg).count();
            prop_assert!(n <= data.len());
        }

        #[test]
        fn one_item_per_non_blank_line(lines in proptest::collection::vec(line_strategy(), 0..40), cap in 1usize..64, max in 20usize..100) {
            let data = lines.join(&b'\n');
            let cfg = ReaderConfig { max_line_bytes: max, published: None };
            let items: Vec<Item> = read_jsonl(BufReader::with_capacity(cap, Cursor::new(&data)), "p", &cfg).collect();
            prop_assert_eq!(items.len(), expected_items(&data));
            let mut last = 0;
            for item in &items {
                let line = match item {
                    Item::Article { origin, .. } => origin.line,
                    Item::Reject(r) => r.line,
                };
                prop_assert!(line > last, "lines strictly increase");
                last = line;
            }
        }
    }
}

#[test]
fn inputs_can_move_to_a_reader_thread() {
    fn assert_send<T: Send>() {}
    assert_send::<ahdath_reader::Inputs>();
    assert_send::<Item>();
}
