//! End-to-end tests of the `ahdath` binary: run it as a user would (files, directories, stdin,
//! plain text, user dictionaries, `eval`, `bench`) and check what it prints against SPEC §1/§2.
//!
//! Tests that need real articles read them from `../shared/corpus/dev-pool.jsonl` (never copied
//! into the repository) and are skipped with a note when that file is absent.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
const SEED_TXT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples/seed-iraq-2020.txt");
const DEV_POOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev-pool.jsonl");

use ahdath_record::EVENT_TYPES;
const STATUSES: [&str; 5] = ["occurred", "future", "historical", "hypothetical", "negated"];
const PRECISIONS: [&str; 4] = ["day", "month", "year", "unknown"];
const RECORD_FIELDS: [&str; 19] = [
    "id",
    "article_id",
    "event_type",
    "mode",
    "context",
    "status",
    "date",
    "date_precision",
    "date_basis",
    "date_text",
    "actor",
    "recipient",
    "location",
    "fatalities",
    "injuries",
    "trigger",
    "evidence",
    "rule",
    "confidence",
];

// ---------------------------------------------------------------------------------------------
// Helpers

/// Run `ahdath ARGS`, feeding `stdin` if given (otherwise an empty stdin).
fn ahdath(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ahdath"))
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning ahdath");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.map(<[u8]>::to_vec).unwrap_or_default();
    // Write from another thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("waiting for ahdath");
    writer.join().unwrap();
    out
}

fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// Assert a zero exit, showing stderr otherwise.
fn ok(out: &Output) {
    assert!(out.status.success(), "ahdath failed with {}; stderr:\n{}", out.status, stderr(out));
}

/// Parse JSON Lines: every non-empty line must be one JSON object.
fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("line {} is not JSON ({e}): {l}", i + 1));
            assert!(v.is_object(), "line {} is not a JSON object: {l}", i + 1);
            v
        })
        .collect()
}

/// The run summary (`ahdath: N articles coded, R rejected, D duplicate texts, M event records in
/// S`) from the last non-empty line of stderr, as (N, R, M).
fn summary(err: &str) -> (usize, usize, usize) {
    let (n, r, _, m) = summary_with_duplicates(err);
    (n, r, m)
}

/// The run summary as (articles, rejected, duplicate texts, records).
fn summary_with_duplicates(err: &str) -> (usize, usize, usize, usize) {
    let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_else(|| panic!("empty stderr"));
    let rest = last.strip_prefix("ahdath: ").unwrap_or_else(|| panic!("last stderr line is not the summary: {last}"));
    let num = |s: &str, suffix: &str| -> (usize, String) {
        let (n, tail) = s.split_once(suffix).unwrap_or_else(|| panic!("summary {last:?} lacks {suffix:?}"));
        (n.trim().parse().unwrap_or_else(|_| panic!("summary {last:?}: {n:?} is not a number")), tail.to_string())
    };
    let (articles, rest) = num(rest, " articles coded, ");
    let (rejected, rest) = num(&rest, " rejected, ");
    let (duplicates, rest) = num(&rest, " duplicate texts, ");
    let (records, rest) = num(&rest, " event records in ");
    assert!(rest.ends_with('s'), "summary {last:?} does not end with a time in seconds");
    (articles, rejected, duplicates, records)
}

/// SPEC §1: a text repeated under another id is detected (reported with file and line, counted
/// in the summary) and still coded, so no article is lost.
#[test]
fn duplicate_texts_are_reported_and_still_coded() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl")).unwrap();
    let mut lines = String::new();
    let originals = src.lines().filter(|l| !l.trim().is_empty()).count();
    for l in src.lines().filter(|l| !l.trim().is_empty()) {
        let mut v: Value = serde_json::from_str(l).unwrap();
        lines.push_str(&v.to_string());
        lines.push('\n');
        v["id"] = Value::String(format!("{}-copy", v["id"].as_str().unwrap()));
        lines.push_str(&v.to_string());
        lines.push('\n');
    }
    let path = dir.path().join("dup.jsonl");
    std::fs::write(&path, lines).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ahdath")).arg("code").arg(&path).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let (n, rejected, dups, _) = summary_with_duplicates(&err);
    assert_eq!((n, rejected, dups), (2 * originals, 0, originals), "{err}");
    assert!(err.contains("dup.jsonl:2: text of article ex-001-copy repeats article ex-001"), "{err}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("\"article_id\":\"ex-001-copy\""), "duplicate text still coded");
}

fn read_articles(path: &str) -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    jsonl(&text).into_iter().map(|a| (a["id"].as_str().expect("article id").to_string(), a)).collect()
}

/// The first `n` lines of the shared dev pool, or `None` (with a note) when it is not there.
fn dev_pool_lines(n: usize) -> Option<Vec<String>> {
    let Ok(text) = std::fs::read_to_string(DEV_POOL) else {
        eprintln!("note: {DEV_POOL} is absent; skipping this test");
        return None;
    };
    let lines: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).take(n).map(str::to_string).collect();
    assert!(lines.len() >= n.min(50), "dev pool has only {} lines", lines.len());
    Some(lines)
}

/// Characters `start..end` (Unicode code points) of `s`, or `None` if out of range.
fn chars(s: &str, start: usize, end: usize) -> Option<String> {
    if start > end || end > s.chars().count() {
        return None;
    }
    Some(s.chars().skip(start).take(end - start).collect())
}

fn is_str_or_null(v: &Value) -> bool {
    v.is_string() || v.is_null()
}

fn is_date(s: &str, precision: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match precision {
        "day" => parts.len() == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2),
        "month" => parts.len() == 2 && digits(parts[0], 4) && digits(parts[1], 2),
        "year" => parts.len() == 1 && digits(parts[0], 4),
        _ => false,
    }
}

fn check_entity(rec: &Value, key: &str) {
    let e = &rec[key];
    if e.is_null() {
        return;
    }
    let obj = e.as_object().unwrap_or_else(|| panic!("{key} is neither an object nor null: {rec}"));
    for f in ["text", "name", "country", "sector"] {
        assert!(obj.contains_key(f), "{key} lacks `{f}`: {rec}");
        assert!(is_str_or_null(&obj[f]), "{key}.{f} is not a string or null: {rec}");
    }
    if let Some(id) = obj.get("id") {
        assert!(id.is_string(), "{key}.id is not a string: {rec}");
    }
}

fn check_place(rec: &Value) {
    let l = &rec["location"];
    if l.is_null() {
        return;
    }
    let obj = l.as_object().unwrap_or_else(|| panic!("location is neither an object nor null: {rec}"));
    for f in ["text", "name", "feature", "admin1", "admin2", "country", "precision"] {
        assert!(obj.contains_key(f), "location lacks `{f}`: {rec}");
        assert!(is_str_or_null(&obj[f]), "location.{f} is not a string or null: {rec}");
    }
    for f in ["lat", "lon"] {
        assert!(obj.contains_key(f), "location lacks `{f}`: {rec}");
        assert!(obj[f].is_null() || obj[f].is_f64() || obj[f].is_i64(), "location.{f} is not a number: {rec}");
    }
    if let Some(g) = obj.get("geonames_id") {
        assert!(g.is_null() || g.is_u64(), "location.geonames_id is not an integer: {rec}");
    }
}

/// Check one output record against SPEC §2. With `articles`, also check that `article_id` is an
/// input id and that the evidence offsets slice the named field of that input article exactly.
fn check_record(rec: &Value, articles: Option<&BTreeMap<String, Value>>) {
    let obj = rec.as_object().unwrap();
    for f in RECORD_FIELDS {
        assert!(obj.contains_key(f), "record lacks `{f}`: {rec}");
    }
    assert!(rec["id"].as_str().is_some_and(|s| !s.is_empty()), "id: {rec}");
    let article_id = rec["article_id"].as_str().unwrap_or_else(|| panic!("article_id is not a string: {rec}"));
    let event_type = rec["event_type"].as_str().unwrap_or_else(|| panic!("event_type is not a string: {rec}"));
    assert!(EVENT_TYPES.contains(&event_type), "unknown event_type {event_type}: {rec}");
    assert!(is_str_or_null(&rec["mode"]), "mode: {rec}");
    let context = rec["context"].as_array().unwrap_or_else(|| panic!("context is not a list: {rec}"));
    assert!(context.iter().all(Value::is_string), "context has a non-string: {rec}");
    let status = rec["status"].as_str().unwrap_or_else(|| panic!("status is not a string: {rec}"));
    assert!(STATUSES.contains(&status), "unknown status {status}: {rec}");

    // Dates: the format follows the precision; `unknown` has no date and no basis.
    let precision = rec["date_precision"].as_str().unwrap_or_else(|| panic!("date_precision: {rec}"));
    assert!(PRECISIONS.contains(&precision), "unknown date_precision {precision}: {rec}");
    match (&rec["date"], precision) {
        (Value::Null, "unknown") => {
            assert!(rec["date_basis"].is_null(), "undated record with a date_basis: {rec}");
        }
        (Value::String(d), p) if p != "unknown" => assert!(is_date(d, p), "date {d:?} is not of precision {p}: {rec}"),
        _ => panic!("date and date_precision disagree: {rec}"),
    }
    match &rec["date_basis"] {
        Value::Null => {}
        Value::String(b) if b == "text" => {
            assert!(rec["date_text"].as_str().is_some_and(|t| !t.is_empty()), "basis text without date_text: {rec}")
        }
        Value::String(b) if b == "publication" => {
            assert!(rec["date_text"].is_null(), "basis publication with a date_text: {rec}")
        }
        other => panic!("date_basis {other} is not text/publication/null: {rec}"),
    }
    assert!(is_str_or_null(&rec["date_text"]), "date_text: {rec}");

    check_entity(rec, "actor");
    check_entity(rec, "recipient");
    check_place(rec);
    for f in ["fatalities", "injuries"] {
        assert!(rec[f].is_null() || rec[f].is_u64(), "{f} is not a non-negative integer or null: {rec}");
    }
    let trigger = rec["trigger"].as_str().unwrap_or_else(|| panic!("trigger is not a string: {rec}"));
    assert!(!trigger.is_empty(), "empty trigger: {rec}");
    assert!(rec["rule"].as_str().is_some_and(|s| !s.is_empty()), "rule: {rec}");
    let conf = rec["confidence"].as_f64().unwrap_or_else(|| panic!("confidence is not a number: {rec}"));
    assert!((0.0..=1.0).contains(&conf), "confidence {conf} outside [0, 1]: {rec}");

    // Evidence: offsets in code points into `field` of the input article.
    let ev = rec["evidence"].as_object().unwrap_or_else(|| panic!("evidence is not an object: {rec}"));
    let field = ev.get("field").and_then(Value::as_str).unwrap_or_else(|| panic!("evidence.field: {rec}"));
    assert!(field == "title" || field == "text", "evidence.field {field:?}: {rec}");
    let off = |k: &str| ev.get(k).and_then(Value::as_u64).unwrap_or_else(|| panic!("evidence.{k}: {rec}")) as usize;
    let (start, end, ts, te) = (off("start"), off("end"), off("trigger_start"), off("trigger_end"));
    let sentence = ev.get("sentence").and_then(Value::as_str).unwrap_or_else(|| panic!("evidence.sentence: {rec}"));
    assert!(start <= ts && ts < te && te <= end, "trigger span {ts}..{te} not inside sentence {start}..{end}: {rec}");
    assert_eq!(chars(sentence, ts - start, te - start).as_deref(), Some(trigger), "trigger offsets vs sentence: {rec}");
    if let Some(articles) = articles {
        let article = articles.get(article_id).unwrap_or_else(|| panic!("article_id {article_id} not in input: {rec}"));
        let text = article[field].as_str().unwrap_or_else(|| panic!("article {article_id} has no {field}"));
        assert_eq!(
            chars(text, start, end).as_deref(),
            Some(sentence),
            "evidence offsets do not slice the sentence: {rec}"
        );
        assert_eq!(chars(text, ts, te).as_deref(), Some(trigger), "trigger offsets do not slice the trigger: {rec}");
    }
}

fn ids(records: &[Value]) -> Vec<String> {
    records.iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

fn article_ids(records: &[Value]) -> BTreeSet<String> {
    records.iter().map(|r| r["article_id"].as_str().unwrap().to_string()).collect()
}

// ---------------------------------------------------------------------------------------------
// 1. The bundled examples

#[test]
fn code_examples_writes_spec_records() {
    let out = ahdath(&["code", EXAMPLES], None);
    ok(&out);
    let articles = read_articles(EXAMPLES);
    assert!(articles.len() >= 4, "the bundled examples");
    let records = jsonl(&stdout(&out));
    assert!(!records.is_empty(), "no records for the bundled examples");
    for r in &records {
        check_record(r, Some(&articles));
    }
    // Every bundled example reports at least one event.
    assert_eq!(article_ids(&records), articles.keys().cloned().collect());
    let (n, rejected, m) = summary(&stderr(&out));
    assert_eq!((n, rejected, m), (articles.len(), 0, records.len()), "summary: {}", stderr(&out));
    // The README's example: an ASSAULT with 4 killed and 6 wounded in the first article.
    assert!(
        records.iter().any(|r| r["article_id"] == "ex-001"
            && r["event_type"] == "ASSAULT"
            && r["fatalities"] == 4
            && r["injuries"] == 6),
        "no ASSAULT with fatalities 4, injuries 6 in ex-001"
    );
}

#[test]
fn code_output_option_writes_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.jsonl");
    let to_stdout = ahdath(&["code", EXAMPLES], None);
    ok(&to_stdout);
    let to_file = ahdath(&["code", EXAMPLES, "-o", p(&path)], None);
    ok(&to_file);
    assert!(to_file.stdout.is_empty(), "records went to stdout despite --output");
    assert_eq!(std::fs::read(&path).unwrap(), to_stdout.stdout);
}

/// Record ids name records: no two records of one run share an id (`sources.record_id` in the
/// store refers to them).
#[test]
fn record_ids_are_unique_within_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut inputs = vec![EXAMPLES.to_string()];
    if let Some(lines) = dev_pool_lines(300) {
        let pool = dir.path().join("pool.jsonl");
        std::fs::write(&pool, format!("{}\n", lines.join("\n"))).unwrap();
        inputs.push(p(&pool).to_string());
    }
    for input in &inputs {
        let out = ahdath(&["code", input], None);
        ok(&out);
        let records = jsonl(&stdout(&out));
        let mut seen: HashMap<String, &Value> = HashMap::new();
        for r in &records {
            if let Some(prev) = seen.insert(r["id"].as_str().unwrap().to_string(), r) {
                panic!("{input}: two records share the id {}:\n{prev}\n{r}", r["id"]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Stable ids and thread-count independence

#[test]
fn ids_are_stable_and_independent_of_input_order() {
    let first = ahdath(&["code", EXAMPLES], None);
    let second = ahdath(&["code", EXAMPLES], None);
    ok(&first);
    ok(&second);
    assert_eq!(first.stdout, second.stdout, "two runs on the same input differ");
    let a = jsonl(&stdout(&first));
    assert!(!a.is_empty());
    assert_eq!(ids(&a), ids(&jsonl(&stdout(&second))));

    // The same articles in reverse order give the same records (ids included) for each article.
    let text = std::fs::read_to_string(EXAMPLES).unwrap();
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.reverse();
    let reversed = ahdath(&["code", "-"], Some(format!("{}\n", lines.join("\n")).as_bytes()));
    ok(&reversed);
    let b = jsonl(&stdout(&reversed));
    let by_article = |recs: &[Value]| -> BTreeMap<String, Vec<Value>> {
        let mut m: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for r in recs {
            m.entry(r["article_id"].as_str().unwrap().to_string()).or_default().push(r.clone());
        }
        m
    };
    assert_eq!(by_article(&a), by_article(&b), "records depend on the position of the article in the input");
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let Some(lines) = dev_pool_lines(300) else { return };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pool.jsonl");
    std::fs::write(&input, format!("{}\n", lines.join("\n"))).unwrap();
    let run = |threads: &str| {
        let out = ahdath(&["code", "--threads", threads, p(&input)], None);
        ok(&out);
        out
    };
    let one = run("1");
    let one_again = run("1");
    let two = run("2");
    let three = run("3");
    let records = jsonl(&stdout(&one));
    assert!(records.len() > 300, "suspiciously few records ({}) for 300 real articles", records.len());
    assert_eq!(ids(&records), ids(&jsonl(&stdout(&one_again))), "ids differ between two runs");
    assert!(one.stdout == two.stdout, "output with --threads 2 differs from --threads 1");
    assert!(one.stdout == three.stdout, "output with --threads 3 differs from --threads 1");
    let (n, rejected, m) = summary(&stderr(&two));
    assert_eq!((n, rejected, m), (lines.len(), 0, records.len()));
    // Evidence offsets hold on real text too.
    let articles: BTreeMap<String, Value> = lines
        .iter()
        .map(|l| {
            let a: Value = serde_json::from_str(l).unwrap();
            (a["id"].as_str().unwrap().to_string(), a)
        })
        .collect();
    for r in &records {
        check_record(r, Some(&articles));
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Rejects

const GOOD_1: &str = r#"{"id": "good-1", "published": "2024-03-12", "text": "قتل أربعة جنود مصريين في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش."}"#;
const GOOD_2: &str = r#"{"id": "good-2", "published": "2024-03-12", "text": "تظاهر مئات السودانيين في الخرطوم للمطالبة بإسقاط الحكومة."}"#;

/// A file with good lines 1 and 7 and five bad lines in between (line 6 is over 200 bytes).
fn rejects_input() -> Vec<u8> {
    let long = format!(r#"{{"id": "long", "text": "{}"}}"#, "ب".repeat(150));
    assert!(long.len() > 200);
    let lines: Vec<Vec<u8>> = vec![
        GOOD_1.as_bytes().to_vec(),
        b"this is not json {".to_vec(),
        r#"{"text": "لا معرف لهذا السطر"}"#.as_bytes().to_vec(),
        br#"{"id": "no-text", "title": "x"}"#.to_vec(),
        b"{\"id\": \"bad-utf8\", \"text\": \"\xff\xfe\xd8\"}".to_vec(),
        long.into_bytes(),
        GOOD_2.as_bytes().to_vec(),
    ];
    // Only line 6 is over the 200-byte limit used with this input.
    let over: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.len() > 200).map(|(i, _)| i + 1).collect();
    assert_eq!(over, [6]);
    let mut out = lines.join(&b'\n');
    out.push(b'\n');
    out
}

#[test]
fn bad_lines_are_reported_counted_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("mixed.jsonl");
    let rejects = dir.path().join("rejects.jsonl");
    std::fs::write(&input, rejects_input()).unwrap();
    let name = p(&input);
    let out = ahdath(&["code", "--max-line-bytes", "200", "--rejects", p(&rejects), name], None);
    ok(&out);
    let err = stderr(&out);
    let records = jsonl(&stdout(&out));
    for r in &records {
        check_record(r, None);
    }
    assert_eq!(article_ids(&records), BTreeSet::from(["good-1".to_string(), "good-2".to_string()]));
    for line in 2..=6 {
        assert!(err.contains(&format!("{name}:{line}:")), "stderr does not name {name}:{line}:\n{err}");
    }
    for line in [1, 7] {
        assert!(!err.contains(&format!("{name}:{line}:")), "good line {line} reported as bad:\n{err}");
    }
    assert_eq!(summary(&err), (2, 5, records.len()), "summary: {err}");

    let kept = jsonl(&std::fs::read_to_string(&rejects).unwrap());
    assert_eq!(kept.len(), 5, "rejects file: {kept:?}");
    let expect = [(2, "JSON"), (3, "`id`"), (4, "`text`"), (5, "UTF-8"), (6, "too long")];
    for (r, (line, why)) in kept.iter().zip(expect) {
        assert_eq!(r["file"], name, "{r}");
        assert_eq!(r["line"], line, "{r}");
        let reason = r["reason"].as_str().unwrap_or_else(|| panic!("reason is not a string: {r}"));
        assert!(reason.contains(why), "line {line}: reason {reason:?} does not mention {why:?}");
    }
}

#[test]
fn strict_fails_but_still_prints_good_records() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("mixed.jsonl");
    std::fs::write(&input, rejects_input()).unwrap();
    let out = ahdath(&["code", "--strict", "--max-line-bytes", "200", p(&input)], None);
    assert!(!out.status.success(), "--strict with rejects exited 0");
    let records = jsonl(&stdout(&out));
    assert_eq!(article_ids(&records), BTreeSet::from(["good-1".to_string(), "good-2".to_string()]));
    assert_eq!(summary(&stderr(&out)).1, 5);

    // --strict without rejects succeeds.
    let clean = dir.path().join("clean.jsonl");
    std::fs::write(&clean, format!("{GOOD_1}\n{GOOD_2}\n")).unwrap();
    ok(&ahdath(&["code", "--strict", p(&clean)], None));
}

#[test]
fn duplicate_ids_are_rejected_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(&a, format!("{GOOD_1}\n")).unwrap();
    std::fs::write(&b, format!("{GOOD_2}\n\n{GOOD_1}\n")).unwrap();
    let out = ahdath(&["code", p(&a), p(&b)], None);
    ok(&out);
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:3:", p(&b))) && err.contains("good-1"), "duplicate id not reported:\n{err}");
    assert_eq!(summary(&err).0, 2);
    assert_eq!(summary(&err).1, 1);
}

// ---------------------------------------------------------------------------------------------
// 4. stdin, directories, plain text

#[test]
fn stdin_reads_json_lines() {
    let file = ahdath(&["code", EXAMPLES], None);
    ok(&file);
    let mut input = std::fs::read(EXAMPLES).unwrap();
    if input.last() != Some(&b'\n') {
        input.push(b'\n');
    }
    let good_lines = input.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
    input.extend_from_slice(b"not an article\n");
    let piped = ahdath(&["code", "-"], Some(&input));
    ok(&piped);
    assert_eq!(piped.stdout, file.stdout, "stdin and file input give different records");
    let err = stderr(&piped);
    let bad_line = input.split(|&b| b == b'\n').position(|l| l == b"not an article").unwrap() + 1;
    assert!(err.contains(&format!("<stdin>:{bad_line}:")), "stdin reject not named <stdin>:{bad_line}:\n{err}");
    assert_eq!(summary(&err).0, good_lines);
    assert_eq!(summary(&err).1, 1);
}

#[test]
fn directory_with_plain_and_gzip_files() {
    use flate2::{write::GzEncoder, Compression};
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("nested");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(dir.path().join("a.jsonl"), format!("{GOOD_1}\n")).unwrap();
    let gz_path = sub.join("b.jsonl.gz");
    let mut gz = GzEncoder::new(std::fs::File::create(&gz_path).unwrap(), Compression::default());
    gz.write_all(format!("{GOOD_2}\n").as_bytes()).unwrap();
    gz.finish().unwrap();
    // Not an input: must be ignored rather than rejected.
    std::fs::write(dir.path().join("README.md"), "not articles\n").unwrap();

    let out = ahdath(&["code", p(dir.path())], None);
    ok(&out);
    let records = jsonl(&stdout(&out));
    for r in &records {
        check_record(r, None);
    }
    assert_eq!(article_ids(&records), BTreeSet::from(["good-1".to_string(), "good-2".to_string()]));
    // Files are read in sorted path order: a.jsonl before nested/b.jsonl.gz.
    let first_b = records.iter().position(|r| r["article_id"] == "good-2").unwrap();
    assert!(records[..first_b].iter().all(|r| r["article_id"] == "good-1"), "directory order not kept");
    assert_eq!(summary(&stderr(&out)), (2, 0, records.len()));
}

#[test]
fn plain_text_layout_with_published_date() {
    if !Path::new(SEED_TXT).exists() {
        eprintln!("note: {SEED_TXT} is absent; skipping this test");
        return;
    }
    let out = ahdath(&["code", "--published", "2020-04-07", SEED_TXT], None);
    ok(&out);
    let records = jsonl(&stdout(&out));
    for r in &records {
        check_record(r, None);
    }
    assert_eq!(
        article_ids(&records),
        BTreeSet::from(["seed-iraq-2020#1".to_string(), "seed-iraq-2020#2".to_string()]),
        "the seed file holds two articles"
    );
    assert_eq!(summary(&stderr(&out)), (2, 0, records.len()));
    // "السبت الماضي ... قتلت 10 من مسلحي": the Saturday before Tuesday 2020-04-07, 10 killed.
    let assault = records
        .iter()
        .find(|r| r["event_type"] == "ASSAULT" && r["date"] == "2020-04-04" && r["fatalities"] == 10)
        .unwrap_or_else(|| panic!("no ASSAULT dated 2020-04-04 with 10 killed in:\n{}", stdout(&out)));
    assert_eq!(assault["date_precision"], "day");
    assert_eq!(assault["date_basis"], "text");
    assert_eq!(assault["status"], "occurred");
    // Undated records fall back on --published, never on some other date.
    for r in records.iter().filter(|r| r["date_basis"] == "publication") {
        assert_eq!(r["date"], "2020-04-07", "{r}");
    }

    // A --published the coder cannot read is refused, not silently ignored.
    let bad = ahdath(&["code", "--published", "07/04/2020", SEED_TXT], None);
    assert!(!bad.status.success(), "--published 07/04/2020 accepted");
    assert!(bad.stdout.is_empty());
    assert!(stderr(&bad).contains("--published"), "{}", stderr(&bad));
}

// ---------------------------------------------------------------------------------------------
// 5. User dictionaries

const EXTRA_TRIGGER: &str = "\
# Test rule: a made-up (but regular) Form V verb for gathering as a host.

id: protest.test.tajahfal
type: PROTEST
mode: demo
pattern: verb
forms: تجحفل ; تجحفلت ; تجحفلوا ; يتجحفل ; تتجحفل ; يتجحفلون
example: تجحفلت حركة النسيم الأخضر أمام مقر البرلمان.
";

const EXTRA_ACTOR: &str = "\
# Test actor: a made-up organisation.
org.test.green_breeze | org | JOR | OPP | Green Breeze Movement | حركة النسيم الأخضر
";

#[test]
fn user_dictionary_adds_rules_and_actors() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("dict");
    std::fs::create_dir_all(dict.join("triggers")).unwrap();
    std::fs::create_dir_all(dict.join("actors")).unwrap();
    std::fs::write(dict.join("triggers/extra.txt"), EXTRA_TRIGGER).unwrap();
    std::fs::write(dict.join("actors/extra.txt"), EXTRA_ACTOR).unwrap();
    let input = dir.path().join("in.jsonl");
    let article =
        r#"{"id": "dict-1", "published": "2024-05-01", "text": "تجحفلت حركة النسيم الأخضر أمام مقر البرلمان أمس."}"#;
    std::fs::write(&input, format!("{article}\n")).unwrap();

    // Without the user dictionary nothing knows the verb or the movement.
    let plain = ahdath(&["code", p(&input)], None);
    ok(&plain);
    let plain_out = stdout(&plain);
    assert!(!plain_out.contains("protest.test.tajahfal") && !plain_out.contains("org.test.green_breeze"));

    let out = ahdath(&["code", "--dict", p(&dict), p(&input)], None);
    ok(&out);
    let records = jsonl(&stdout(&out));
    let articles = read_articles(p(&input));
    for r in &records {
        check_record(r, Some(&articles));
    }
    let rec = records
        .iter()
        .find(|r| r["rule"] == "protest.test.tajahfal")
        .unwrap_or_else(|| panic!("no record from the user rule:\n{}", stdout(&out)));
    assert_eq!(rec["event_type"], "PROTEST");
    assert_eq!(rec["mode"], "demo");
    assert_eq!(rec["trigger"], "تجحفلت");
    assert_eq!(rec["actor"]["id"], "org.test.green_breeze", "{rec}");
    assert_eq!(rec["actor"]["country"], "JOR", "{rec}");
    assert_eq!(rec["actor"]["sector"], "OPP", "{rec}");
}

#[test]
fn broken_user_dictionary_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("dict");
    std::fs::create_dir_all(dict.join("triggers")).unwrap();
    std::fs::create_dir_all(dict.join("actors")).unwrap();
    // The block starting on line 3 has no `type`.
    let broken =
        "# broken rule\n\nid: protest.test.broken\nmode: demo\npattern: verb\nforms: تجحفل\nexample: تجحفل الناس.\n";
    std::fs::write(dict.join("triggers/broken.txt"), broken).unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{GOOD_1}\n")).unwrap();

    let out = ahdath(&["code", "--dict", p(&dict), p(&input)], None);
    assert!(!out.status.success(), "a broken dictionary was accepted");
    assert!(out.stdout.is_empty(), "records written despite a broken dictionary");
    let err = stderr(&out);
    let file = dict.join("triggers").join("broken.txt");
    assert!(err.contains(&format!("{}:3:", file.display())), "stderr does not name the block:\n{err}");
    assert!(err.contains("type"), "stderr does not say what is missing:\n{err}");

    // A second broken file (an actor line with too few fields) is reported too, with its line.
    std::fs::write(dict.join("actors/bad.txt"), "# bad actors\n\norg.test.x | org | JOR | OPP\n").unwrap();
    let out = ahdath(&["code", "--dict", p(&dict), p(&input)], None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:3:", file.display())), "{err}");
    assert!(err.contains(&format!("{}:3:", dict.join("actors").join("bad.txt").display())), "{err}");

    // bench loads dictionaries the same way.
    let out = ahdath(&["bench", "--dict", p(&dict), p(&input)], None);
    assert!(!out.status.success(), "bench accepted a broken dictionary");
}

// ---------------------------------------------------------------------------------------------
// 6. eval

const GOLD: &str = r#"{"id": "a1", "events": [{"event_type": "ASSAULT", "status": "occurred", "date": "2024-03-12", "date_precision": "day"}, {"event_type": "PROTEST", "status": "occurred"}], "notes": "hand-written"}
{"id": "a2", "events": [{"event_type": "CONSULT", "status": "future"}]}
"#;

// a1: ASSAULT matches (TP), ACCUSE is spurious (FP), PROTEST is missed (FN).
// a2: CONSULT matches (TP). The record for zz (not in the gold) is ignored.
const SYSTEM: &str = r#"{"id": "r1", "article_id": "a1", "event_type": "ASSAULT", "status": "occurred", "date": "2024-03-12", "date_precision": "day"}
{"id": "r2", "article_id": "a1", "event_type": "ACCUSE", "status": "occurred"}
{"id": "r3", "article_id": "a2", "event_type": "CONSULT", "status": "future"}
{"id": "r4", "article_id": "zz", "event_type": "AGREE", "status": "occurred"}
"#;

/// The counts of a row of the text report, by column name (`gold`, `system`, `TP`, `FP`, `FN`).
fn report_row(report: &str, name: &str) -> HashMap<String, String> {
    let header: Vec<&str> = report
        .lines()
        .find(|l| l.split_whitespace().next() == Some("type"))
        .unwrap_or_else(|| panic!("no table header in:\n{report}"))
        .split_whitespace()
        .collect();
    let row: Vec<&str> = report
        .lines()
        .find(|l| l.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("no {name} row in:\n{report}"))
        .split_whitespace()
        .collect();
    assert_eq!(header.len(), row.len(), "row {row:?} does not fit header {header:?}");
    header.iter().zip(row).map(|(h, v)| (h.to_string(), v.to_string())).collect()
}

fn counts(row: &HashMap<String, String>) -> [usize; 5] {
    ["gold", "system", "TP", "FP", "FN"].map(|k| row[k].parse().unwrap_or_else(|_| panic!("{k} = {:?}", row[k])))
}

#[test]
fn eval_reports_counts_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let sys = dir.path().join("sys.jsonl");
    std::fs::write(&gold, GOLD).unwrap();
    std::fs::write(&sys, SYSTEM).unwrap();

    let out = ahdath(&["eval", "--gold", p(&gold), p(&sys)], None);
    ok(&out);
    let report = stdout(&out);
    assert_eq!(counts(&report_row(&report, "ALL")), [3, 3, 2, 1, 1], "ALL row in:\n{report}");
    assert_eq!(counts(&report_row(&report, "PROTEST")), [1, 0, 0, 0, 1], "PROTEST row in:\n{report}");
    assert_eq!(counts(&report_row(&report, "ACCUSE")), [0, 1, 0, 1, 0], "ACCUSE row in:\n{report}");

    let out = ahdath(&["eval", "--json", "--gold", p(&gold), p(&sys)], None);
    ok(&out);
    let json: Value = serde_json::from_str(&stdout(&out)).expect("eval --json prints one JSON value");
    let overall = &json["overall"];
    let n = |k: &str| overall[k].as_u64().unwrap_or_else(|| panic!("overall.{k}: {overall}"));
    let (tp, fp, fn_) = (n("tp"), n("fp"), n("fn"));
    assert_eq!((tp, fp, fn_), (2, 1, 1), "{overall}");
    let precision = overall["precision"].as_f64().expect("overall.precision");
    let recall = overall["recall"].as_f64().expect("overall.recall");
    assert!((precision - tp as f64 / (tp + fp) as f64).abs() < 1e-9, "precision {precision} vs counts");
    assert!((recall - tp as f64 / (tp + fn_) as f64).abs() < 1e-9, "recall {recall} vs counts");
    if let Some(f1) = overall["f1"].as_f64() {
        assert!((f1 - 2.0 * precision * recall / (precision + recall)).abs() < 1e-9, "f1 {f1}");
    }
    assert_eq!(json["ignored_records"], 1, "{json}");

    // --ids restricts scoring to a split.
    let split = dir.path().join("ids.txt");
    std::fs::write(&split, "# split\na1\n").unwrap();
    let out = ahdath(&["eval", "--gold", p(&gold), "--ids", p(&split), p(&sys)], None);
    ok(&out);
    assert_eq!(counts(&report_row(&stdout(&out), "ALL")), [2, 2, 1, 1, 1], "{}", stdout(&out));
}

#[test]
fn eval_malformed_gold_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let sys = dir.path().join("sys.jsonl");
    std::fs::write(&sys, SYSTEM).unwrap();

    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, format!("{}\n{{\"id\": \"a3\", \"events\": [\n", GOLD.lines().next().unwrap())).unwrap();
    let out = ahdath(&["eval", "--gold", p(&gold), p(&sys)], None);
    assert!(!out.status.success(), "malformed gold accepted");
    assert!(out.stdout.is_empty(), "a report was printed for malformed gold");
    let err = stderr(&out);
    assert!(err.contains("line 2"), "stderr does not name line 2:\n{err}");

    // An event without event_type, on line 3 after a blank line.
    std::fs::write(
        &gold,
        format!("{}\n\n{{\"id\": \"a3\", \"events\": [{{\"status\": \"occurred\"}}]}}\n", GOLD.lines().next().unwrap()),
    )
    .unwrap();
    let out = ahdath(&["eval", "--gold", p(&gold), p(&sys)], None);
    assert!(!out.status.success(), "gold event without event_type accepted");
    assert!(stderr(&out).contains("line 3"), "stderr does not name line 3:\n{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// 7. bench

/// The number after `label` on its line of the bench report.
fn bench_value(report: &str, label: &str) -> f64 {
    let line = report
        .lines()
        .find(|l| l.starts_with(label) && l[label.len()..].starts_with(' '))
        .unwrap_or_else(|| panic!("no `{label}` line in:\n{report}"));
    let value = line[label.len()..].split_whitespace().next().unwrap_or("");
    value.parse().unwrap_or_else(|_| panic!("`{label}` value {value:?} is not a number in:\n{report}"))
}

#[test]
fn bench_reports_rates_and_memory() {
    let Some(lines) = dev_pool_lines(50) else { return };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("small.jsonl");
    std::fs::write(&input, format!("{}\n", lines.join("\n"))).unwrap();

    let out = ahdath(&["bench", "--threads", "2", p(&input)], None);
    ok(&out);
    let report = stdout(&out);
    assert_eq!(bench_value(&report, "articles"), lines.len() as f64, "{report}");
    for label in ["articles/s", "MB/s", "events/s"] {
        let v = bench_value(&report, label);
        assert!(v > 0.0 && v.is_finite(), "`{label}` is {v}:\n{report}");
    }
    if cfg!(target_os = "linux") {
        let rss = bench_value(&report, "peak RSS");
        assert!(rss > 0.0, "peak RSS is {rss}:\n{report}");
    }

    // --limit stops early.
    let out = ahdath(&["bench", "--limit", "20", p(&input)], None);
    ok(&out);
    assert_eq!(bench_value(&stdout(&out), "articles"), 20.0, "{}", stdout(&out));
}
