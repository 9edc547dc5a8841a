//! Records of different articles whose evidence sentences are near copies (Jaccard of
//! [`ahdath_store::keys::sentence_words`] at least MIN, default 0.5) yet sit in different events
//! because a rule of `dedup.rs` vetoes them: counts per veto and one line per pair (tab-separated:
//! veto, similarity, the two records' fields and sentences), for reading which side's field is
//! wrong. `cargo run --release -p ahdath-store --example veto_audit -- DB [MIN] > pairs.tsv`.

use ahdath_record::EventRecord;
use ahdath_store::dedup::{judge, Params, Sig};
use ahdath_store::keys::jaccard;
use std::collections::HashMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).ok_or("usage: veto_audit DB [MIN]")?;
    let min: f32 = args.get(2).map_or(Ok(0.5), |s| s.parse())?;
    let conn = rusqlite::Connection::open(db)?;
    let mut st = conn.prepare("SELECT article, event, json FROM records ORDER BY rowid")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))?;
    let mut recs: Vec<(i64, EventRecord, Sig)> = Vec::new();
    for row in rows {
        let (article, event, json) = row?;
        let r: EventRecord = serde_json::from_str(&json)?;
        let s = Sig::of(&r, article);
        recs.push((event, r, s));
    }
    // The articles of each event: a pair whose record already shares an event with a record of
    // the other article (another record of that sentence, another type) is no missed join.
    let mut articles: HashMap<i64, std::collections::HashSet<i64>> = HashMap::new();
    for (ev, _, s) in &recs {
        articles.entry(*ev).or_default().insert(s.article);
    }
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, (_, _, s)) in recs.iter().enumerate() {
        for &w in &s.words {
            index.entry(w).or_default().push(i as u32);
        }
    }
    let p = Params::default();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut shared: HashMap<u32, u32> = HashMap::new();
    for (i, (ev, r, s)) in recs.iter().enumerate() {
        shared.clear();
        for w in &s.words {
            let post = &index[w];
            if post.len() > 3000 {
                continue;
            }
            for &j in post {
                if (j as usize) > i {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        for (&j, &n) in &shared {
            let (ev2, r2, s2) = &recs[j as usize];
            let (a, b) = (s.words.len() as f32, s2.words.len() as f32);
            if (n as f32) < min * a.max(b) * 0.5 || s.article == s2.article || ev == ev2 {
                continue;
            }
            if articles[ev].contains(&s2.article) || articles[ev2].contains(&s.article) {
                continue;
            }
            // Negated and hypothetical statements never merge, by design.
            if s.status == s2.status
                && !matches!(
                    r.status,
                    ahdath_record::Status::Occurred | ahdath_record::Status::Future | ahdath_record::Status::Historical
                )
            {
                continue;
            }
            let sim = jaccard(&s.words, &s2.words);
            if sim < min {
                continue;
            }
            let verdict = judge(s, s2, &p);
            let reason = match verdict {
                Err(v) => v,
                Ok(x) if x < p.threshold => "below threshold",
                Ok(_) => "passes (not compared or complete link)",
            };
            *counts.entry(reason).or_default() += 1;
            println!("{reason}\t{sim:.2}\t{}\t{}\t{ev}\t{ev2}", fields(r), fields(r2));
        }
    }
    let mut c: Vec<_> = counts.into_iter().collect();
    c.sort_by_key(|x| std::cmp::Reverse(x.1));
    for (k, v) in c {
        eprintln!("{v:7} {k}");
    }
    Ok(())
}

fn fields(r: &EventRecord) -> String {
    let ent = |e: &Option<ahdath_record::Entity>| {
        e.as_ref().map_or("-".to_string(), |e| {
            format!(
                "{}/{}/{}",
                e.country.as_deref().unwrap_or("-"),
                e.sector.as_deref().unwrap_or("-"),
                e.id.as_deref().unwrap_or("-")
            )
        })
    };
    let l = r.location.as_ref().map_or("-".to_string(), |l| {
        format!(
            "{}|{}|{}",
            l.name.as_deref().unwrap_or("-"),
            l.admin1.as_deref().unwrap_or("-"),
            l.country.as_deref().unwrap_or("-")
        )
    });
    format!(
        "{} {} {} {:?} {} A={} R={} L={} F={:?} trig={} «{}»",
        r.article_id,
        r.event_type,
        r.mode.as_deref().unwrap_or("-"),
        r.status,
        r.date.as_deref().unwrap_or("undated"),
        ent(&r.actor),
        ent(&r.recipient),
        l,
        r.fatalities,
        r.trigger,
        r.evidence.sentence.chars().take(160).collect::<String>()
    )
}
