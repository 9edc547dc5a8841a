//! Quality floors on the shared dev gold: the coder's precision, recall and status accuracy must
//! not fall below what it measured when these floors were set (see docs/evaluation.md for the
//! current figures). A floor, not a target: it catches regressions, it does not tune anything.

use ahdath_coder::Coder;
use ahdath_eval::{evaluate, parse_gold, EvalOptions, SysRecord};
use ahdath_lexicon::Lexicon;
use ahdath_record::Article;
use std::collections::HashSet;
use std::path::PathBuf;

fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(rel)
}

fn ids(file: &str) -> HashSet<String> {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/gold").join(file))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Code every gold article (found in the shared pool) with the built-in dictionaries.
fn code_gold_articles(gold: &[ahdath_eval::GoldArticle]) -> Vec<SysRecord> {
    let wanted: HashSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
    let coder = Coder::new(Lexicon::builtin().unwrap());
    let pool = std::fs::read_to_string(shared("corpus/dev-pool.jsonl")).expect("../shared/corpus/dev-pool.jsonl");
    let mut done = HashSet::new();
    let mut system = Vec::new();
    for line in pool.lines() {
        let a: Article = serde_json::from_str(line).unwrap();
        if wanted.contains(a.id.as_str()) && done.insert(a.id.clone()) {
            for r in coder.code(&a) {
                let v = serde_json::to_value(&r).unwrap();
                let event = ahdath_eval::Event::from_value(&v).unwrap();
                system.push(SysRecord { article_id: r.article_id.clone(), id: Some(r.id.clone()), event });
            }
        }
    }
    assert_eq!(done.len(), gold.len(), "every gold article found in the pool");
    system
}

#[test]
fn dev_gold_quality_floors() {
    let gold_text = std::fs::read_to_string(shared("corpus/dev-gold.jsonl")).expect("../shared/corpus/dev-gold.jsonl");
    let gold = parse_gold(gold_text.as_bytes()).unwrap();
    let system = code_gold_articles(&gold);
    for (split, min_f1, min_status) in [("dev-ids.txt", 0.65, 0.80), ("test-ids.txt", 0.50, 0.85)] {
        let report = evaluate(&gold, &system, &EvalOptions { only_ids: Some(ids(split)) });
        let f1 = report.overall.f1().unwrap_or(0.0);
        let status = report.fields.iter().find(|f| f.field == "status").and_then(|f| f.accuracy()).unwrap_or(0.0);
        assert!(f1 >= min_f1, "{split}: event F1 {f1:.3} fell below {min_f1}\n{}", report.to_text());
        assert!(status >= min_status, "{split}: status accuracy {status:.3} fell below {min_status}");
    }
}

/// The ahdath team's own gold sets, coded from the articles alone: `ahdath-gold.jsonl` (24 pool
/// articles) and `ahdath-test2.jsonl` (20 more), never used for tuning, and `ahdath-dev.jsonl` (27
/// more, a second tuning set).
#[test]
fn ahdath_gold_quality_floors() {
    for (file, min_f1) in [("ahdath-gold.jsonl", 0.48), ("ahdath-test2.jsonl", 0.42), ("ahdath-dev.jsonl", 0.61)] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/gold").join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let gold = parse_gold(text.as_bytes()).unwrap();
        let system = code_gold_articles(&gold);
        let report = evaluate(&gold, &system, &EvalOptions::default());
        let f1 = report.overall.f1().unwrap_or(0.0);
        assert!(f1 >= min_f1, "{file}: event F1 {f1:.3} fell below {min_f1}\n{}", report.to_text());
    }
}
