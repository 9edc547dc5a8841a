//! Build a database of the articles a dedup gold names (read from a corpus) and score it:
//! `cargo run --release -p ahdath-store --example dedup_dev -- GOLD CORPUS.jsonl.gz DB [threshold]`.
//! The threshold argument overrides the default clustering threshold, for tuning on the dev gold.

use ahdath_store::{dedup::Params, gold, Prepared, SqliteStore, Store};
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, gold_path, corpus, db, rest @ ..] = args.as_slice() else {
        return Err("usage: dedup_dev GOLD CORPUS DB [threshold]".into());
    };
    let gold = gold::parse_gold(std::io::BufReader::new(std::fs::File::open(gold_path)?))?;
    let want: std::collections::HashSet<String> =
        gold.iter().flat_map(|c| c.members.iter().map(|m| m.article_id.clone())).collect();
    let mut params = Params::default();
    if let Some(t) = rest.first() {
        params.threshold = t.parse()?;
    }
    let _ = std::fs::remove_file(db);
    let mut store = SqliteStore::open(std::path::Path::new(db))?.with_params(params);
    let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin()?);
    let code = |a: &ahdath_record::Article| coder.code(a);
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(corpus)?));
    let mut batch = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let a: ahdath_record::Article = serde_json::from_str(&line)?;
        if want.contains(&a.id) {
            batch.push(Prepared::new(a, Some(&code)));
        }
    }
    let counts = store.ingest_batch(batch, &code)?;
    eprintln!("{counts:?} {:?}", store.counts()?);
    if std::env::var_os("DEDUP_DEBUG").is_some() {
        debug(&store, &gold, &params)?;
    }
    let s = gold::evaluate_store(&store, &gold)?;
    print!("{}", s.to_text());
    Ok(())
}

/// Print, for each cluster, the records each member maps to and why pairs do or do not merge.
fn debug(store: &SqliteStore, gold: &[gold::GoldCluster], p: &Params) -> Result<(), Box<dyn std::error::Error>> {
    use ahdath_store::dedup::{score, veto, Sig};
    for c in gold {
        println!("== {} {:?} {:?}", c.cluster, c.kind, c.event_type);
        let mut sigs = Vec::new();
        for (i, m) in c.members.iter().enumerate() {
            let a = store.article(&m.article_id)?.ok_or("missing")?.article;
            let Some((s, e)) = gold::member_span(m, &a) else { continue };
            for (r, ev) in store.record_events(std::slice::from_ref(&m.article_id))? {
                if r.evidence.field == m.field
                    && r.evidence.start < e
                    && s < r.evidence.end
                    && Some(&r.event_type) == c.event_type.as_ref()
                {
                    let ent = |e: &Option<ahdath_record::Entity>| {
                        e.as_ref().map(|e| {
                            format!(
                                "{}/{}/{}",
                                e.country.as_deref().unwrap_or("-"),
                                e.sector.as_deref().unwrap_or("-"),
                                e.id.as_deref().unwrap_or("-")
                            )
                        })
                    };
                    println!(
                        "  m{i} {} {} {:?} {:?} {:?} A={:?} R={:?} L={:?} F={:?} {ev}",
                        m.article_id,
                        r.event_type,
                        r.mode,
                        r.status,
                        r.date,
                        ent(&r.actor),
                        ent(&r.recipient),
                        r.location.as_ref().map(|l| (
                            l.name.clone(),
                            l.admin1.clone(),
                            l.country.clone(),
                            l.feature.clone(),
                            l.precision.clone()
                        )),
                        r.fatalities
                    );
                    sigs.push((i, Sig::of(&r, i as i64)));
                }
            }
        }
        let evs: Vec<String> = c
            .members
            .iter()
            .map(|m| {
                let a = store.article(&m.article_id).ok().flatten().map(|a| a.article);
                let span = a.as_ref().and_then(|a| gold::member_span(m, a));
                let evs: Vec<String> = span
                    .map(|(s, e)| {
                        store
                            .record_events(std::slice::from_ref(&m.article_id))
                            .unwrap_or_default()
                            .into_iter()
                            .filter(|(r, _)| r.evidence.field == m.field && r.evidence.start < e && s < r.evidence.end)
                            .map(|(r, ev)| format!("{}:{}", r.event_type, &ev[3..9]))
                            .collect()
                    })
                    .unwrap_or_default();
                evs.join(",")
            })
            .collect();
        println!("  EVENTS {}", evs.join(" | "));
        for x in 0..sigs.len() {
            for y in x + 1..sigs.len() {
                let (a, b) = (&sigs[x].1, &sigs[y].1);
                if sigs[x].0 == sigs[y].0 {
                    continue;
                }
                println!(
                    "    m{}-m{}: veto {:?} score {:.2} sim {:.2}",
                    sigs[x].0,
                    sigs[y].0,
                    veto(a, b, p),
                    score(a, b, p),
                    ahdath_store::keys::jaccard(&a.words, &b.words)
                );
            }
        }
    }
    Ok(())
}
