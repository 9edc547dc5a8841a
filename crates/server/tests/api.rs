//! The API driven without a socket (`oneshot`), over a real SQLite store filled by the real
//! coder from the repository's example articles.

use ahdath_coder::Coder;
use ahdath_lexicon::Lexicon;
use ahdath_record::{Article, EventRecord};
use ahdath_server::{app, AppState, BoxStore, SharedCoder};
use ahdath_store::{Prepared, SqliteStore, Store};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

fn coder() -> SharedCoder {
    static C: OnceLock<Arc<Coder>> = OnceLock::new();
    let c = C.get_or_init(|| Arc::new(Coder::new(Lexicon::builtin().expect("lexicon")))).clone();
    Arc::new(move |a: &Article| c.code(a))
}

fn examples() -> Vec<Article> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles.jsonl");
    std::fs::read_to_string(p)
        .expect("examples/articles.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("example article"))
        .collect()
}

/// A database with the examples ingested, and a state with two readers and ingest enabled.
fn fixture() -> (tempfile::TempDir, Arc<AppState>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let code = coder();
    let f = |a: &Article| -> Vec<EventRecord> { code(a) };
    let mut w = SqliteStore::open(&path).unwrap();
    let batch = examples().into_iter().map(|a| Prepared::new(a, Some(&f))).collect();
    w.ingest_batch(batch, &f).unwrap();
    let readers: Vec<BoxStore> = (0..2).map(|_| Box::new(SqliteStore::open(&path).unwrap()) as BoxStore).collect();
    let state = AppState::new(readers).with_ingest(Box::new(w), coder(), "s3cret".into());
    (dir, Arc::new(state))
}

async fn call(state: &Arc<AppState>, req: Request<Body>) -> (StatusCode, Vec<u8>, axum::http::HeaderMap) {
    let resp = app(state.clone()).oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, body, headers)
}

async fn get(state: &Arc<AppState>, uri: &str) -> (StatusCode, Value) {
    let (s, b, _) = call(state, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::String(String::from_utf8_lossy(&b).into())))
}

#[tokio::test]
async fn events_page_through_all_events_exactly_once() {
    let (_d, st) = fixture();
    let (s, all) = get(&st, "/api/events?limit=500").await;
    assert_eq!(s, StatusCode::OK);
    let total = all["events"].as_array().unwrap().len();
    assert!(total >= 3, "the examples code into events: {all}");
    let mut seen = std::collections::HashSet::new();
    let mut uri = "/api/events?limit=2".to_string();
    loop {
        let (s, page) = get(&st, &uri).await;
        assert_eq!(s, StatusCode::OK, "{page}");
        for e in page["events"].as_array().unwrap() {
            assert!(seen.insert(e["id"].as_str().unwrap().to_string()), "duplicate across pages");
        }
        match page["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/events?limit=2&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), total);
}

#[tokio::test]
async fn filters_narrow_and_event_detail_has_records_and_evidence() {
    let (_d, st) = fixture();
    let (_, all) = get(&st, "/api/events?limit=500").await;
    let events = all["events"].as_array().unwrap();
    let first = &events[0];
    let t = first["event_type"].as_str().unwrap();
    let (_, only) = get(&st, &format!("/api/events?limit=500&type={t}")).await;
    let only = only["events"].as_array().unwrap();
    assert!(!only.is_empty() && only.len() <= events.len());
    assert!(only.iter().all(|e| e["event_type"] == t));

    let id = first["id"].as_str().unwrap();
    let (s, detail) = get(&st, &format!("/api/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(detail["event"]["id"], id);
    let recs = detail["records"].as_array().unwrap();
    assert!(!recs.is_empty());
    let ev = &recs[0]["evidence"];
    assert!(ev["trigger_start"].as_u64() <= ev["trigger_end"].as_u64());
    let art = recs[0]["article_id"].as_str().unwrap();
    let (s, a) = get(&st, &format!("/api/articles/{art}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(a["id"], art);
    assert!(a["text"].as_str().unwrap().chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)));

    let (s, e) = get(&st, "/api/events/nope").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(e["error"].as_str().unwrap().contains("nope"));
}

#[tokio::test]
async fn stats_and_formats() {
    let (_d, st) = fixture();
    let (s, stats) = get(&st, "/api/stats").await;
    assert_eq!(s, StatusCode::OK);
    let by_type: u64 = stats["by_type"].as_array().unwrap().iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(by_type, stats["events"].as_u64().unwrap());

    let (s, body, h) = call(&st, Request::get("/api/events?format=csv&limit=3").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(h[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/csv"));
    let mut rdr = csv::Reader::from_reader(body.as_slice());
    assert!(rdr.headers().unwrap().iter().any(|c| c == "event_date"));
    assert!(rdr.records().count() <= 3);

    let (s, body, _) = call(&st, Request::get("/api/events?format=geojson").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    let gj: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(gj["type"], "FeatureCollection");
}

#[tokio::test]
async fn hostile_requests_get_clean_4xx_and_the_server_keeps_serving() {
    let (_d, st) = fixture();
    for uri in [
        "/api/events?limit=99999999999999999999999",
        "/api/events?from=2020-02-30",
        "/api/events?type=ASSAULT'%20OR%201=1--",
        "/api/events?cursor=9999999999999999999999.1",
        "/api/events?bbox=a,b,c,d",
        "/api/events?q=%FF%FE",
        "/api/events?what=1",
        "/api/stats?min_fatalities=-5",
    ] {
        let (s, body) = get(&st, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {body}");
        let msg = body["error"].as_str().unwrap();
        assert!(!msg.contains("rusqlite") && !msg.contains("SQL"), "{msg}");
    }
    // SQL fragments in a text query are just words.
    let (s, _) = get(&st, "/api/events?q=%27%3B%20DROP%20TABLE%20events%3B%20--").await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = get(&st, "/api/events").await;
    assert_eq!(s, StatusCode::OK);
    let (s, body) = get(&st, "/healthz").await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, Some("ok\n")));
}

#[tokio::test]
async fn posting_articles_needs_the_token_and_reports_bad_lines() {
    let (_d, st) = fixture();
    let body = concat!(
        r#"{"id":"p1","published":"2024-02-03","text":"قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش في مدينة الموصل أمس."}"#,
        "\n",
        "not json\n",
        r#"{"id":"p2","text":"اعتقلت الشرطة خمسة متظاهرين في بغداد."}"#,
        "\n"
    );
    let post = |auth: Option<&str>| {
        let mut r = Request::post("/api/articles").header(header::CONTENT_TYPE, "application/x-ndjson");
        if let Some(a) = auth {
            r = r.header(header::AUTHORIZATION, a);
        }
        r.body(Body::from(body)).unwrap()
    };
    let (s, _, h) = call(&st, post(None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(h[header::WWW_AUTHENTICATE], "Bearer");
    let (s, _, _) = call(&st, post(Some("Bearer wrong!"))).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, b, _) = call(&st, post(Some("Bearer s3cret"))).await;
    assert_eq!(s, StatusCode::OK);
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["rejected"][0]["line"], 2, "{v}");
    let (s, a) = get(&st, "/api/articles/p1").await;
    assert_eq!(s, StatusCode::OK, "{a}");
    // Posting again is idempotent.
    let (_, b, _) = call(&st, post(Some("Bearer s3cret"))).await;
    let again: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(again["new"], 0, "{again}");
}

#[tokio::test]
async fn read_only_servers_refuse_ingest_and_private_reads_need_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let path: &Path = &dir.path().join("r.db");
    SqliteStore::open(path).unwrap();
    let ro = Arc::new(AppState::new(vec![Box::new(SqliteStore::open(path).unwrap()) as BoxStore]));
    let (s, _, _) = call(&ro, Request::post("/api/articles").body(Body::from("{}")).unwrap()).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    let private = Arc::new(
        AppState::new(vec![Box::new(SqliteStore::open(path).unwrap()) as BoxStore])
            .with_ingest(Box::new(SqliteStore::open(path).unwrap()), coder(), "tok".into())
            .with_private_reads(true),
    );
    let (s, _) = get(&private, "/api/events").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let req = Request::get("/api/events").header(header::AUTHORIZATION, "Bearer tok").body(Body::empty()).unwrap();
    let (s, _, _) = call(&private, req).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn openapi_and_the_page_are_served() {
    let (_d, st) = fixture();
    let (s, doc) = get(&st, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["paths"]["/api/events"]["get"]["parameters"].as_array().unwrap().len() >= 14);
    let (s, body, h) = call(&st, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(h[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    assert!(String::from_utf8_lossy(&body).contains("<html") || String::from_utf8_lossy(&body).contains("<!doctype"));
    let (s, _) = get(&st, "/no/such/file.js").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let (_d, st) = fixture();
    let big = vec![b' '; ahdath_server::MAX_BODY_BYTES + 10];
    let req =
        Request::post("/api/articles").header(header::AUTHORIZATION, "Bearer s3cret").body(Body::from(big)).unwrap();
    let (s, _, _) = call(&st, req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
}
