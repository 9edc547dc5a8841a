//! Build a database of the articles a dedup gold names (read from a corpus) and score it:
//! `cargo run --release -p ahdath-store --example dedup_dev -- GOLD CORPUS.jsonl.gz DB [threshold]`.
//! The threshold argument overrides the default clustering threshold, for tuning on the dev gold;
//! `DEDUP_GUEST_SIMILARITY` sets [`Params::guest_similarity`] (0 turns dedup32's rule off);
//! `DEDUP_NO_PRELIMINARY` turns [`Params::preliminary_toll`] off (dedup34);
//! `DEDUP_NO_WEEKDAY` turns [`Params::undated_dated_weekday`] off (dedup37);
//! `DEDUP_CONTAINED` sets [`Params::contained_similarity`] (0 turns dedup35's rule off);
//! `DEDUP_REUSE` scores an existing DB (a whole-corpus ingest) instead of building one;
//! `DEDUP_DEBUG` lists each cluster's records and why its missed pairs are apart, and with
//! `DEDUP_WHOLE` an uncovered member's article's records of the cluster's type stand in for it;
//! `DEDUP_NOFLOOR` judges the listed pairs without the word floors (undated, undated against
//! dated, `min_similarity`): what place, parties, day and toll alone would score (dedup12).

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
    // DEDUP_GUEST_SIMILARITY: dedup32's word share for two named guests of one host (0: off).
    if let Some(g) = std::env::var_os("DEDUP_GUEST_SIMILARITY") {
        params.guest_similarity = g.to_str().ok_or("DEDUP_GUEST_SIMILARITY")?.parse()?;
    }
    // DEDUP_NO_PRELIMINARY: a preliminary toll is not a lower bound (dedup34 off).
    if std::env::var_os("DEDUP_NO_PRELIMINARY").is_some() {
        params.preliminary_toll = false;
    }
    // DEDUP_NO_WEEKDAY: an undated attack naming a weekday meets a dated one only as a copy.
    if std::env::var_os("DEDUP_NO_WEEKDAY").is_some() {
        params.undated_dated_weekday = false;
    }
    // DEDUP_CONTAINED: dedup35's share of the shorter sentence contained in the longer (0: off).
    if let Some(c) = std::env::var_os("DEDUP_CONTAINED") {
        params.contained_similarity = c.to_str().ok_or("DEDUP_CONTAINED")?.parse()?;
    }
    // DEDUP_REUSE: score (and debug) a database built already, such as a whole-corpus ingest.
    let reuse = std::env::var_os("DEDUP_REUSE").is_some();
    if !reuse {
        let _ = std::fs::remove_file(db);
    }
    let mut store = SqliteStore::open(std::path::Path::new(db))?.with_params(params);
    let coder = ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin()?);
    let code = |a: &ahdath_record::Article| coder.code(a);
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(corpus)?));
    let mut batch = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let a: ahdath_record::Article = serde_json::from_str(&line)?;
        if !reuse && want.contains(&a.id) {
            batch.push(Prepared::new(a, Some(&code)));
        }
    }
    let counts = store.ingest_batch(batch, &code)?;
    eprintln!("{counts:?} {:?}", store.counts()?);
    if std::env::var_os("DEDUP_DEBUG").is_some() {
        // DEDUP_NOFLOOR: the debug listing only; the database was clustered with the floors.
        let mut dp = params;
        if std::env::var_os("DEDUP_NOFLOOR").is_some() {
            dp.undated_similarity = 0.0;
            dp.undated_dated_similarity = 1e-6;
            dp.min_similarity = 0.0;
        }
        debug(&store, &gold, &dp)?;
    }
    let s = gold::evaluate_store(&store, &gold)?;
    print!("{}", s.to_text());
    Ok(())
}

/// Print, for each cluster, the records each member maps to (as the scorer maps them) and, for
/// every pair of members of one cluster that ends in different events, why their records do not
/// merge; then the pairs of different clusters that were merged.
fn debug(store: &SqliteStore, gold: &[gold::GoldCluster], p: &Params) -> Result<(), Box<dyn std::error::Error>> {
    use ahdath_store::dedup::{judge, Sig};
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
    // (cluster index, member index, records with their events)
    type Mapped = (usize, usize, Vec<(ahdath_record::EventRecord, String)>);
    let mut all: Vec<Mapped> = Vec::new();
    for (ci, c) in gold.iter().enumerate() {
        println!("== {} {:?} {:?}", c.cluster, c.kind, c.event_type);
        for (i, m) in c.members.iter().enumerate() {
            let a = store.article(&m.article_id)?.ok_or("missing")?.article;
            let Some((s, e)) = gold::member_span(m, &a) else { continue };
            let stored = store.record_events(std::slice::from_ref(&m.article_id))?;
            let mut recs: Vec<_> =
                gold::member_records(m, (s, e), c.event_type.as_deref(), &stored).into_iter().cloned().collect();
            if recs.is_empty() {
                println!("  m{i} {} UNCOVERED", m.article_id);
                // DEDUP_WHOLE: the article's records of the cluster's type stand in for it, to ask
                // where its records went (debug output only; the score below maps as the scorer does).
                if std::env::var_os("DEDUP_WHOLE").is_some() {
                    let of_type =
                        |r: &ahdath_record::EventRecord| Some(r.event_type.as_str()) == c.event_type.as_deref();
                    recs = stored.iter().filter(|(r, _)| of_type(r)).cloned().collect();
                }
            }
            for (r, ev) in &recs {
                let l = r.location.as_ref().map_or("-".to_string(), |l| {
                    format!(
                        "{}|{}|{}|{}",
                        l.name.as_deref().unwrap_or("-"),
                        l.admin1.as_deref().unwrap_or("-"),
                        l.country.as_deref().unwrap_or("-"),
                        l.precision.as_deref().unwrap_or("-")
                    )
                });
                println!(
                    "  m{i} {} {} {} {:?} {} A={} R={} L={} F={:?} {}  «{}»",
                    m.article_id,
                    r.event_type,
                    r.mode.as_deref().unwrap_or("-"),
                    r.status,
                    r.date.as_deref().unwrap_or("undated"),
                    ent(&r.actor),
                    ent(&r.recipient),
                    l,
                    r.fatalities,
                    &ev[3..9],
                    r.evidence.sentence.chars().take(110).collect::<String>()
                );
            }
            all.push((ci, i, recs));
        }
    }
    let evs = |x: &[(ahdath_record::EventRecord, String)]| -> std::collections::BTreeSet<String> {
        x.iter().map(|(_, e)| e.clone()).collect()
    };
    println!("#### missed pairs");
    for x in 0..all.len() {
        for y in x + 1..all.len() {
            let (a, b) = (&all[x], &all[y]);
            if a.2.is_empty() || b.2.is_empty() {
                continue;
            }
            let together = evs(&a.2).intersection(&evs(&b.2)).next().is_some();
            let same = a.0 == b.0;
            if same == together {
                continue;
            }
            println!(
                "{} {} m{} - {} m{}",
                if same { "MISS" } else { "FALSE" },
                gold[a.0].cluster,
                a.1,
                gold[b.0].cluster,
                b.1
            );
            for (ra, ea) in &a.2 {
                for (rb, eb) in &b.2 {
                    let (sa, sb) = (Sig::of(ra, 1), Sig::of(rb, 2));
                    println!(
                        "    {}:{} {}:{} {:?} sim {:.2}",
                        ra.event_type,
                        &ea[3..9],
                        rb.event_type,
                        &eb[3..9],
                        judge(&sa, &sb, p),
                        ahdath_store::keys::jaccard(&sa.words, &sb.words)
                    );
                    if same && ea != eb && judge(&sa, &sb, p).is_ok_and(|s| s >= p.threshold) {
                        why_apart(store, (ra, ea), (rb, eb), p)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// For a pair that scores above the threshold yet sits in two events: each event's size and the
/// members of the other event that veto (or score below the threshold with) each record.
fn why_apart(
    store: &SqliteStore,
    (ra, ea): (&ahdath_record::EventRecord, &String),
    (rb, eb): (&ahdath_record::EventRecord, &String),
    p: &Params,
) -> Result<(), Box<dyn std::error::Error>> {
    use ahdath_store::dedup::{judge, Sig};
    let art = |r: &ahdath_record::EventRecord| {
        r.article_id.bytes().fold(7i64, |h, b| h.wrapping_mul(31).wrapping_add(i64::from(b)))
    };
    for (r, own, other) in [(ra, ea, eb), (rb, eb, ea)] {
        let Some((_, members)) = store.event(other)? else { continue };
        let own_members = store.event(own)?.map_or(Vec::new(), |(_, m)| m);
        let n_own = own_members.len();
        // vetoes between any member of one event and any member of the other
        let cross = own_members
            .iter()
            .flat_map(|a| members.iter().map(move |b| (a, b)))
            .filter(|(a, b)| {
                a.article_id != b.article_id && judge(&Sig::of(a, art(a)), &Sig::of(b, art(b)), p).is_err()
            })
            .count();
        let s = Sig::of(r, art(r));
        let mut vetoes = Vec::new();
        for m in &members {
            if let Err(v) = judge(&s, &Sig::of(m, art(m)), p) {
                vetoes.push(format!("{v}:{}", m.article_id));
            }
        }
        println!(
            "      {} (event of {n_own}) against event {} of {}: {} veto it {:?}; {cross} cross vetoes",
            r.article_id,
            &other[3..9],
            members.len(),
            vetoes.len(),
            vetoes.iter().take(6).collect::<Vec<_>>()
        );
    }
    Ok(())
}
