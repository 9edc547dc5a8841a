//! Measure what the candidate blocks miss: records with neither a place country nor an actor
//! country are in no dedup block (`block_countries` in sqlite.rs), so no record is ever compared
//! with them and each founds an event of its own. This clusters them among themselves, as a
//! block keyed by the recipient's country (or by the type alone when no party has a country)
//! would, with the same rules (`dedup::best_event`, complete link, the 48 most recent members,
//! the 60 most recent undated records), and prints the joins for reading:
//! `cargo run --release -p ahdath-store --example dedup_orphans -- DB [SAMPLE_SEED]`. With
//! `ORPHANS_APPLY` set it also moves each joining record into its event in DB (use a copy), so
//! `ahdath dedup-eval` can score the change in context.

use ahdath_store::dedup::{best_event, Params, Sig};
use std::collections::HashMap;

/// One orphan record: its storage row, article id, sentence and signature.
struct Orphan {
    rowid: i64,
    article: String,
    sentence: String,
    sig: Sig,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, rest @ ..] = args.as_slice() else { return Err("usage: dedup_orphans DB [SEED]".into()) };
    let seed: u64 = rest.first().map_or(Ok(17), |s| s.parse())?;
    let apply = std::env::var_os("ORPHANS_APPLY").is_some();
    let conn = if apply {
        rusqlite::Connection::open(db)?
    } else {
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?
    };
    let mut st = conn.prepare(
        "SELECT r.rowid, r.article, a.id, r.json FROM records r JOIN articles a ON a.rowid = r.article \
         WHERE r.loc_country IS NULL AND r.actor_country IS NULL ORDER BY r.rowid",
    )?;
    let mut orphans = Vec::new();
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
    })?;
    for row in rows {
        let (rowid, article, aid, json) = row?;
        let rec: ahdath_record::EventRecord = serde_json::from_str(&json)?;
        let sig = Sig::of(&rec, article);
        orphans.push(Orphan { rowid, article: aid, sentence: rec.evidence.sentence.clone(), sig });
    }
    let p = Params::default();
    // Block: type and recipient country ("" when none); events: members' indexes into `orphans`.
    let mut events: Vec<Vec<usize>> = Vec::new();
    let mut blocks: HashMap<(String, String), Vec<usize>> = HashMap::new(); // block -> event ids
    let mut event_of = vec![usize::MAX; orphans.len()];
    let mut joins: Vec<(usize, usize, bool)> = Vec::new(); // (record, event's first member, has recipient country)
    for (i, o) in orphans.iter().enumerate() {
        let rc = o.sig.recipient.as_ref().and_then(|r| r.country.clone()).unwrap_or_default();
        let key = (o.sig.event_type.clone(), rc.clone());
        let block = blocks.entry(key).or_default();
        // Candidate events: dated records look at events with a member whose dates are within a
        // year and a day; undated ones at the events of the 60 most recent undated members.
        let mut cands: Vec<(usize, Vec<&Sig>)> = Vec::new();
        let mut undated_seen = 0;
        for &e in block.iter().rev() {
            let members = &events[e];
            let near = match (o.sig.day_lo, o.sig.day_hi) {
                (Some(lo), Some(hi)) => members.iter().any(|&m| {
                    let s = &orphans[m].sig;
                    s.day_lo.is_some_and(|x| x <= hi + 1) && s.day_hi.is_some_and(|y| y + 366 >= lo)
                }),
                _ => {
                    let u = members.iter().filter(|&&m| orphans[m].sig.day_lo.is_none()).count();
                    undated_seen += u;
                    u > 0 && undated_seen - u < 60
                }
            };
            if near {
                let recent: Vec<&Sig> = members.iter().rev().take(48).map(|&m| &orphans[m].sig).collect();
                cands.push((e, recent));
            }
        }
        match best_event(&o.sig, &cands, &p) {
            Some(e) => {
                joins.push((i, events[e][0], !rc.is_empty()));
                events[e].push(i);
                event_of[i] = e;
            }
            None => {
                events.push(vec![i]);
                event_of[i] = events.len() - 1;
                block.push(events.len() - 1);
            }
        }
    }
    let with_rc = joins.iter().filter(|j| j.2).count();
    println!(
        "orphans {}  events {}  joins {} (recipient-country blocks {}, type-only blocks {})",
        orphans.len(),
        events.len(),
        joins.len(),
        with_rc,
        joins.len() - with_rc
    );
    // A reproducible sample of 40 joins (xorshift on the seed), each with the event's first member.
    let mut x = seed.max(1);
    let mut picked = std::collections::BTreeSet::new();
    // ORPHANS_LOW: sample among the joins whose sentences are least alike (the riskiest tenth).
    let sim = |j: &(usize, usize, bool)| ahdath_store::keys::jaccard(&orphans[j.0].sig.words, &orphans[j.1].sig.words);
    let mut order: Vec<usize> = (0..joins.len()).collect();
    if std::env::var_os("ORPHANS_LOW").is_some() {
        order.sort_by(|&a, &b| sim(&joins[a]).total_cmp(&sim(&joins[b])));
        order.truncate(joins.len().div_ceil(10));
    }
    while picked.len() < 40.min(order.len()) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        picked.insert(order[(x % order.len() as u64) as usize]);
    }
    for (n, &j) in picked.iter().enumerate() {
        let (i, f, _) = joins[j];
        let (a, b) = (&orphans[i], &orphans[f]);
        let r = |s: &Sig| s.recipient.as_ref().map_or("-".into(), |r| format!("{:?}/{:?}", r.country, r.id));
        println!(
            "#{n} {} {} sim {:.2} R={} d={:?}|{:?}\n  A {} r{} «{}»\n  B {} r{} «{}»",
            a.sig.event_type,
            a.sig.mode.as_deref().unwrap_or("-"),
            sim(&joins[j]),
            r(&a.sig),
            a.sig.day_lo.map(ahdath_store::dedup::day_string),
            b.sig.day_lo.map(ahdath_store::dedup::day_string),
            a.article,
            a.rowid,
            a.sentence.chars().take(160).collect::<String>(),
            b.article,
            b.rowid,
            b.sentence.chars().take(160).collect::<String>()
        );
    }
    if apply {
        // The event of a joining record is its event's first member's (stored) event.
        let tx = conn.unchecked_transaction()?;
        let mut up =
            tx.prepare("UPDATE records SET event = (SELECT event FROM records WHERE rowid = ?2) WHERE rowid = ?1")?;
        for (i, o) in orphans.iter().enumerate() {
            let first = events[event_of[i]][0];
            if first != i {
                up.execute([o.rowid, orphans[first].rowid])?;
            }
        }
        drop(up);
        tx.commit()?;
    }
    Ok(())
}
