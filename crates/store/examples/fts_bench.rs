//! Full-text indexing alone, for tuning FTS5 settings: index the articles of a JSON Lines file
//! into a fresh `article_fts` table (as the store does: documents built first, inserted at the
//! end of each batch of 256, one transaction a batch). Usage:
//! `fts_bench ARTICLES.jsonl DB [setting=value ...]` (settings: FTS5 `hashsize`, `automerge`,
//! `crisismerge`, `pgsz`).
use ahdath_record::Article;
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let docs: Vec<String> = std::io::BufReader::new(std::fs::File::open(&args[1]).unwrap())
        .lines()
        .map(|l| {
            let a: Article = serde_json::from_str(&l.unwrap()).unwrap();
            ahdath_store::keys::fts_document(a.title.as_deref(), &a.text)
        })
        .collect();
    let _ = std::fs::remove_file(&args[2]);
    let mut conn = rusqlite::Connection::open(&args[2]).unwrap();
    conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(())).unwrap();
    conn.execute_batch(
        "PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE article_fts USING fts5(doc, content='', \
         contentless_delete=1, tokenize='ascii', detail=none);",
    )
    .unwrap();
    for kv in &args[3..] {
        let (k, v) = kv.split_once('=').unwrap();
        conn.execute(
            "INSERT INTO article_fts(article_fts, rank) VALUES (?1, ?2)",
            rusqlite::params![k, v.parse::<i64>().unwrap()],
        )
        .unwrap();
    }
    let t = std::time::Instant::now();
    for (b, chunk) in docs.chunks(256).enumerate() {
        let tx = conn.transaction().unwrap();
        {
            let mut st = tx.prepare_cached("INSERT INTO article_fts (rowid, doc) VALUES (?1, ?2)").unwrap();
            for (i, d) in chunk.iter().enumerate() {
                st.execute(rusqlite::params![(b * 256 + i + 1) as i64, d]).unwrap();
            }
        }
        tx.commit().unwrap();
    }
    let n: i64 = conn.query_row("SELECT count(*) FROM article_fts_data", [], |r| r.get(0)).unwrap();
    eprintln!("{} docs in {:.2} s; {n} data rows", docs.len(), t.elapsed().as_secs_f64());
}
