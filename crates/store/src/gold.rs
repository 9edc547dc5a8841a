//! Scoring deduplication against a gold file: pairwise precision and recall.
//!
//! Gold format (JSON Lines, one cluster a line, as `../shared/corpus/dedup-dev.jsonl`):
//! `{"cluster", "kind", "event_type", "members": [{"article_id", "field", "sentence"}]}`, where a
//! member names the sentence either by its exact text (`sentence`) or by code point offsets
//! (`start`, `end`) into `field` (`title` or `text`) of the article.
//!
//! Each member is mapped to the records whose evidence sentence, or one of the other sentences the
//! coder folded into the record (`evidence.other_mentions`), overlaps its sentence (only those
//! of the cluster's event type when there are any), and through them to a set of canonical
//! events. Two members are predicted to report one happening when their event sets meet. Over
//! all pairs of members: a pair in one cluster is a true positive when predicted together (else a
//! false negative); a pair in different clusters predicted together is a false positive. Members
//! without any record (the coder missed them) can never be paired, so they count against recall;
//! the scores restricted to covered members are reported beside, to separate dedup from coding.

use ahdath_record::{Article, EventRecord, Field, Mention};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// Errors reading a gold file.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("line {line}: {msg}")]
    Line { line: usize, msg: String },
    #[error("reading gold: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldCluster {
    pub cluster: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub event_type: Option<String>,
    pub members: Vec<GoldMember>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldMember {
    pub article_id: String,
    pub field: Field,
    #[serde(default)]
    pub sentence: Option<String>,
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
}

/// Read a gold file; blank lines are skipped.
pub fn parse_gold(r: impl std::io::BufRead) -> Result<Vec<GoldCluster>, GoldError> {
    let mut out = Vec::new();
    for (i, line) in r.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let c: GoldCluster =
            serde_json::from_str(&line).map_err(|e| GoldError::Line { line: i + 1, msg: e.to_string() })?;
        for m in &c.members {
            if m.sentence.is_none() && (m.start.is_none() || m.end.is_none()) {
                return Err(GoldError::Line {
                    line: i + 1,
                    msg: format!("member {} has neither sentence nor start/end", m.article_id),
                });
            }
        }
        out.push(c);
    }
    Ok(out)
}

/// Pairwise scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DedupScore {
    pub clusters: usize,
    pub members: usize,
    /// Members mapped to at least one record.
    pub covered: usize,
    /// Members whose sentence could not be located in the article (gold or corpus mismatch).
    pub unlocated: usize,
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
    pub precision: f64,
    pub recall: f64,
    /// The same, over pairs of covered members only: the quality of clustering itself.
    pub covered_precision: f64,
    pub covered_recall: f64,
}

impl DedupScore {
    pub fn f1(&self) -> f64 {
        f1(self.precision, self.recall)
    }

    /// A short human-readable report.
    pub fn to_text(&self) -> String {
        format!(
            "clusters {}  members {}  covered by records {} ({:.0}%)  unlocated {}\n\
             pairs: TP {}  FP {}  FN {}\n\
             pairwise precision {:.3}  recall {:.3}  F1 {:.3}\n\
             covered members only: precision {:.3}  recall {:.3}\n",
            self.clusters,
            self.members,
            self.covered,
            100.0 * self.covered as f64 / self.members.max(1) as f64,
            self.unlocated,
            self.true_pos,
            self.false_pos,
            self.false_neg,
            self.precision,
            self.recall,
            self.f1(),
            self.covered_precision,
            self.covered_recall
        )
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Code point span of a member's sentence in its article, if it can be located.
pub fn member_span(m: &GoldMember, article: &Article) -> Option<(usize, usize)> {
    let field = match m.field {
        Field::Title => article.title.as_deref().unwrap_or(""),
        Field::Text => &article.text,
    };
    if let (Some(s), Some(e)) = (m.start, m.end) {
        return (s < e && e <= field.chars().count()).then_some((s, e));
    }
    let sentence = m.sentence.as_deref()?.trim();
    let at = field.find(sentence)?;
    let start = field[..at].chars().count();
    Some((start, start + sentence.chars().count()))
}

/// The records a member stands for, among its article's `records`: those of the cluster's
/// `event_type` whose evidence sentence, or another sentence folded into the record, overlaps the
/// member's `span` in its field; when there are none, records of any type read from that sentence.
pub fn member_records<'a, T>(
    m: &GoldMember,
    (start, end): (usize, usize),
    event_type: Option<&str>,
    records: &'a [(EventRecord, T)],
) -> Vec<&'a (EventRecord, T)> {
    let overlaps = |e: Mention| e.field == m.field && e.start < end && start < e.end;
    let typed: Vec<_> = records
        .iter()
        .filter(|(r, _)| Some(r.event_type.as_str()) == event_type && r.evidence.mentions().any(overlaps))
        .collect();
    if !typed.is_empty() {
        return typed;
    }
    // Failing that, a record of another type read from the member's sentence (the coder chose
    // another type for it); not one that merely refers back to its happening there ("condemned
    // the attack" is not the attack).
    records.iter().filter(|(r, _)| overlaps(r.evidence.mention())).collect()
}

/// Score `gold` given the stored articles and, per article id, its records with their event ids.
pub fn score(
    gold: &[GoldCluster],
    articles: &HashMap<String, Article>,
    records: &HashMap<String, Vec<(EventRecord, String)>>,
) -> DedupScore {
    let mut s = DedupScore { clusters: gold.len(), ..Default::default() };
    // (cluster index, events of the member)
    let mut mapped: Vec<(usize, BTreeSet<String>)> = Vec::new();
    for (ci, c) in gold.iter().enumerate() {
        for m in &c.members {
            s.members += 1;
            let span = articles.get(&m.article_id).and_then(|a| member_span(m, a));
            let Some((start, end)) = span else {
                s.unlocated += 1;
                mapped.push((ci, BTreeSet::new()));
                continue;
            };
            let recs = records.get(&m.article_id).map_or(&[][..], |v| v.as_slice());
            let events: BTreeSet<String> = member_records(m, (start, end), c.event_type.as_deref(), recs)
                .into_iter()
                .map(|(_, e)| e.clone())
                .collect();
            if !events.is_empty() {
                s.covered += 1;
            }
            mapped.push((ci, events));
        }
    }
    let (mut ctp, mut cfp, mut cfn) = (0, 0, 0);
    for i in 0..mapped.len() {
        for j in i + 1..mapped.len() {
            let (ci, ei) = &mapped[i];
            let (cj, ej) = &mapped[j];
            let together = ei.intersection(ej).next().is_some();
            let covered = !ei.is_empty() && !ej.is_empty();
            match (ci == cj, together) {
                (true, true) => {
                    s.true_pos += 1;
                    ctp += 1;
                }
                (true, false) => {
                    s.false_neg += 1;
                    cfn += usize::from(covered);
                }
                (false, true) => {
                    s.false_pos += 1;
                    cfp += 1;
                }
                (false, false) => {}
            }
        }
    }
    s.precision = ratio(s.true_pos, s.true_pos + s.false_pos);
    s.recall = ratio(s.true_pos, s.true_pos + s.false_neg);
    s.covered_precision = ratio(ctp, ctp + cfp);
    s.covered_recall = ratio(ctp, ctp + cfn);
    s
}

/// Score the events of `store` against `gold`: the members' articles must have been ingested.
/// Members whose article is missing from the store count as unlocated.
pub fn evaluate_store(store: &dyn crate::Store, gold: &[GoldCluster]) -> crate::Result<DedupScore> {
    let ids: BTreeSet<&str> = gold.iter().flat_map(|c| c.members.iter().map(|m| m.article_id.as_str())).collect();
    let mut articles = HashMap::new();
    let mut records = HashMap::new();
    for id in ids {
        if let Some(a) = store.article(id)? {
            articles.insert(id.to_string(), a.article);
        }
        records.insert(id.to_string(), store.record_events(&[id.to_string()])?);
    }
    Ok(score(gold, &articles, &records))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ahdath_record::{DatePrecision, Evidence, Status};

    /// A bare record of type `t` at characters `start..end` of `article` (used by other
    /// modules' tests too).
    pub(crate) fn rec(article: &str, start: usize, end: usize, t: &str) -> EventRecord {
        EventRecord {
            id: format!("{article}-{start}"),
            article_id: article.into(),
            event_type: t.into(),
            mode: None,
            context: vec![],
            status: Status::Occurred,
            date: None,
            date_precision: DatePrecision::Unknown,
            date_basis: None,
            date_text: None,
            actor: None,
            recipient: None,
            location: None,
            fatalities: None,
            injuries: None,
            trigger: String::new(),
            evidence: Evidence {
                field: Field::Text,
                start,
                end,
                trigger_start: start,
                trigger_end: start,
                sentence: String::new(),
                other_mentions: Vec::new(),
            },
            rule: String::new(),
            confidence: 0.5,
        }
    }

    #[test]
    fn pairwise_scores_by_sentence_and_offsets() {
        let gold = parse_gold(
            r#"{"cluster":"a","event_type":"ASSAULT","members":[{"article_id":"1","field":"text","sentence":"ج د"},{"article_id":"2","field":"text","start":0,"end":3},{"article_id":"3","field":"text","sentence":"س"}]}
{"cluster":"b","event_type":"ASSAULT","members":[{"article_id":"4","field":"text","start":0,"end":1}]}
"#
            .as_bytes(),
        )
        .unwrap();
        let art =
            |id: &str, text: &str| (id.to_string(), Article { id: id.into(), text: text.into(), ..Default::default() });
        let articles: HashMap<_, _> = [art("1", "أ ب. ج د"), art("2", "ه و"), art("3", "س"), art("4", "ص")].into();
        let mut records: HashMap<String, Vec<(EventRecord, String)>> = HashMap::new();
        // 1: a typed record on the member sentence in E1 and an untyped one elsewhere in E9.
        records.insert(
            "1".into(),
            vec![(rec("1", 5, 8, "ASSAULT"), "E1".into()), (rec("1", 0, 4, "ASSAULT"), "E9".into())],
        );
        // 2: overlapping records of two types; only the typed one counts.
        records.insert(
            "2".into(),
            vec![(rec("2", 0, 3, "ACCUSE"), "E4".into()), (rec("2", 0, 3, "ASSAULT"), "E1".into())],
        );
        // 3: no record (coder missed it). 4: a different cluster wrongly merged into E1.
        records.insert("4".into(), vec![(rec("4", 0, 1, "ASSAULT"), "E1".into())]);
        let s = score(&gold, &articles, &records);
        assert_eq!((s.members, s.covered, s.unlocated), (4, 3, 0));
        // gold pairs: (1,2) (1,3) (2,3); predicted: (1,2) (1,4) (2,4).
        assert_eq!((s.true_pos, s.false_pos, s.false_neg), (1, 2, 2));
        assert!((s.precision - 1.0 / 3.0).abs() < 1e-9 && (s.recall - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.covered_recall - 1.0).abs() < 1e-9, "the missed pairs involve the uncovered member");
    }

    #[test]
    fn a_headline_member_finds_the_record_its_mention_was_folded_into() {
        let gold = parse_gold(
            r#"{"cluster":"a","event_type":"ASSAULT","members":[{"article_id":"1","field":"title","sentence":"هجوم"},{"article_id":"2","field":"text","sentence":"هجوم"}]}
"#
            .as_bytes(),
        )
        .unwrap();
        let art = |id: &str, title: &str, text: &str| {
            (
                id.to_string(),
                Article { id: id.into(), title: Some(title.into()), text: text.into(), ..Default::default() },
            )
        };
        let articles: HashMap<_, _> = [art("1", "عاجل: هجوم", "قتل اثنان في هجوم"), art("2", "", "هجوم")].into();
        // Article 1's body record carries the headline as another mention of the same happening.
        let mut folded = rec("1", 0, 17, "ASSAULT");
        let headline = Mention { field: Field::Title, start: 6, end: 10, trigger_start: 6, trigger_end: 10 };
        let mut records: HashMap<String, Vec<(EventRecord, String)>> = HashMap::new();
        records.insert("2".into(), vec![(rec("2", 0, 4, "ASSAULT"), "E1".into())]);
        records.insert("1".into(), vec![(folded.clone(), "E1".into())]);
        let unfolded = score(&gold, &articles, &records);
        assert_eq!((unfolded.covered, unfolded.true_pos), (1, 0), "the body span alone misses the title");
        folded.evidence.other_mentions.push(headline);
        records.insert("1".into(), vec![(folded, "E1".into())]);
        let s = score(&gold, &articles, &records);
        assert_eq!((s.covered, s.true_pos, s.false_neg), (2, 1, 0));
    }

    #[test]
    fn rejects_members_without_a_span() {
        let e = parse_gold(r#"{"cluster":"a","members":[{"article_id":"1","field":"text"}]}"#.as_bytes());
        assert!(matches!(e, Err(GoldError::Line { line: 1, .. })));
    }
}
