//! The ahdath service: a JSON API over an event store and the map page, embedded in the binary.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive it without a socket
//! (`tower::ServiceExt::oneshot`). Storage sits behind [`ahdath_store::Store`]; the state holds
//! a small pool of read handles (SQLite allows many readers beside one writer in WAL mode) and
//! one writer for `POST /api/articles`. Database calls run on the blocking pool. Errors never
//! leak internals: a client sees a message about its request (400/401/404/413) or "internal
//! error" (500), and the details go to the server's log.

mod assets;
pub mod params;

use ahdath_export::{Exporter, Format};
use ahdath_record::{Article, EventRecord, StoredEvent};
use ahdath_store::{Filter, Prepared, Store, StoreError};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::timeout::TimeoutLayer;
use utoipa::OpenApi;

pub use params::{DEFAULT_LIMIT, MAX_LIMIT};

/// Largest accepted request body (`POST /api/articles`), in bytes.
pub const MAX_BODY_BYTES: usize = 16 << 20;
/// Longest time a request may take before the client gets 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A store handle the server may move between threads.
pub type BoxStore = Box<dyn Store + Send>;
/// The coder used to code posted articles.
pub type SharedCoder = Arc<dyn Fn(&Article) -> Vec<EventRecord> + Send + Sync>;

/// What the handlers share: read handles, the optional writer and coder, the access tokens.
pub struct AppState {
    readers: Vec<Mutex<BoxStore>>,
    /// One permit per read handle, taken before a query is handed to the blocking pool: waiting
    /// requests queue here, where a client that gives up (timeout, disconnect) costs nothing,
    /// instead of piling up database work nobody will read.
    read_permits: Arc<tokio::sync::Semaphore>,
    next_reader: AtomicUsize,
    writer: Option<(Mutex<BoxStore>, SharedCoder)>,
    write_token: Option<String>,
    private_reads: bool,
}

impl AppState {
    /// A read-only service over these store handles (at least one).
    pub fn new(readers: Vec<BoxStore>) -> AppState {
        assert!(!readers.is_empty(), "AppState needs at least one store handle");
        AppState {
            read_permits: Arc::new(tokio::sync::Semaphore::new(readers.len())),
            readers: readers.into_iter().map(Mutex::new).collect(),
            next_reader: AtomicUsize::new(0),
            writer: None,
            write_token: None,
            private_reads: false,
        }
    }

    /// Accept `POST /api/articles` from clients holding `token`, coding with `coder` and
    /// writing through `writer`.
    pub fn with_ingest(mut self, writer: BoxStore, coder: SharedCoder, token: String) -> AppState {
        self.writer = Some((Mutex::new(writer), coder));
        self.write_token = Some(token);
        self
    }

    /// Require the token for reads too (by default reads are public).
    pub fn with_private_reads(mut self, private: bool) -> AppState {
        self.private_reads = private;
        self
    }

    /// Run `f` on a free read handle (or wait for one), on the blocking pool.
    async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&dyn Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = self.clone();
        let permit = self
            .read_permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| ApiError::Internal(format!("reader pool closed: {e}")))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let n = state.readers.len();
            let start = state.next_reader.fetch_add(1, Ordering::Relaxed);
            for k in 0..n {
                if let Ok(guard) = state.readers[(start + k) % n].try_lock() {
                    return f(guard.as_ref());
                }
            }
            let guard = state.readers[start % n].lock().unwrap_or_else(|p| p.into_inner());
            f(guard.as_ref())
        })
        .await
        .map_err(|e| ApiError::Internal(format!("reader task failed: {e}")))?
        .map_err(ApiError::from)
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        let Some(token) = &self.write_token else { return false };
        let given =
            headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        // Compare without an early exit on the first differing byte.
        given.is_some_and(|g| {
            g.len() == token.len() && g.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
        })
    }
}

/// Errors as the client sees them.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("missing or wrong bearer token")]
    Unauthorised,
    #[error("{0}")]
    Forbidden(String),
    /// Logged, never shown.
    #[error("internal error")]
    Internal(String),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::BadCursor(c) => ApiError::BadRequest(format!("invalid parameter `cursor`: {c:?}")),
            StoreError::BadFilter(m) => ApiError::BadRequest(m),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unauthorised => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::Internal(detail) => {
                eprintln!("ahdath serve: internal error: {detail}");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut resp = (status, Json(json!({"error": self.to_string()}))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

type ApiResult<T> = Result<T, ApiError>;

fn query_pairs(raw: Option<String>) -> ApiResult<Vec<(String, String)>> {
    let raw = raw.unwrap_or_default();
    let mut out = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let dec = |s: &str| -> ApiResult<String> {
            percent_decode(&s.replace('+', " "))
                .ok_or_else(|| ApiError::BadRequest(format!("malformed query string near {s:?}")))
        };
        out.push((dec(k)?, dec(v)?));
    }
    Ok(out)
}

/// Decode `%XX` escapes; `None` for bad escapes or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn check_read(state: &AppState, headers: &HeaderMap) -> ApiResult<()> {
    if state.private_reads && !state.authorised(headers) {
        return Err(ApiError::Unauthorised);
    }
    Ok(())
}

/// The whole service: API, OpenAPI document, health check and the embedded page.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/articles", axum::routing::post(post_articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/stats", get(stats))
        .route("/api/openapi.json", get(openapi))
        .fallback(assets::serve)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .with_state(state)
}

/// Health: `ok` when the database answers.
#[utoipa::path(get, path = "/healthz", responses((status = 200, description = "the database answers"), (status = 503, description = "the database does not answer")))]
async fn healthz(State(state): State<Arc<AppState>>) -> Response {
    match state.read(|s| s.ping()).await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

/// Query parameters of `/api/events` and `/api/stats`, for the OpenAPI document.
#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct EventParams {
    /// Words to find in event sentences and articles (Arabic-normalised).
    q: Option<String>,
    /// PLOVER event type, e.g. ASSAULT.
    r#type: Option<String>,
    mode: Option<String>,
    /// occurred, future, historical, hypothetical or negated.
    status: Option<String>,
    /// Location country, ISO 3166-1 alpha-3.
    country: Option<String>,
    admin1: Option<String>,
    actor_country: Option<String>,
    actor_sector: Option<String>,
    actor_id: Option<String>,
    /// YYYY-MM-DD, YYYY-MM or YYYY.
    from: Option<String>,
    to: Option<String>,
    /// min_lon,min_lat,max_lon,max_lat.
    bbox: Option<String>,
    min_fatalities: Option<u32>,
    /// Outlet.
    source: Option<String>,
    /// Page size, 1 to 500 (default 50). Events only.
    limit: Option<usize>,
    /// The `next_cursor` of the previous page. Events only.
    cursor: Option<String>,
    /// json (default), csv or geojson. Events only.
    format: Option<String>,
}

/// Events matching the filters, newest first, one page at a time.
#[utoipa::path(get, path = "/api/events", params(EventParams),
    responses((status = 200, description = "{\"events\": [stored event], \"next_cursor\": string|null}; CSV or GeoJSON with `format`, the next cursor then in the X-Next-Cursor header"),
              (status = 400, description = "a parameter is invalid; the message names it")))]
async fn events(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    check_read(&state, &headers)?;
    let q = params::events_query(&query_pairs(raw)?).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let (filter, cursor, limit, format) = (q.filter, q.cursor, q.limit, q.format);
    let page = state.read(move |s| s.search(&filter, cursor, limit)).await?;
    let next = page.next.map(|c| c.to_string());
    match format {
        // Serialised straight from the events (not through a `serde_json::Value` tree): this is
        // the busiest response of the service.
        params::PageFormat::Json => Ok(Json(EventsPage { events: &page.items, next_cursor: next }).into_response()),
        params::PageFormat::Csv => export_page(&page.items, Format::Csv, "text/csv; charset=utf-8", next),
        params::PageFormat::GeoJson => export_page(&page.items, Format::GeoJson, "application/geo+json", next),
    }
}

/// The JSON body of `/api/events`.
#[derive(serde::Serialize)]
struct EventsPage<'a> {
    events: &'a [StoredEvent],
    next_cursor: Option<String>,
}

fn export_page(items: &[StoredEvent], format: Format, mime: &'static str, next: Option<String>) -> ApiResult<Response> {
    let mut ex = Exporter::new(format, Vec::new()).map_err(|e| ApiError::Internal(e.to_string()))?;
    for e in items {
        ex.write(e).map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    let (_, body) = ex.finish_into_inner().map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut resp = ([(header::CONTENT_TYPE, mime)], body).into_response();
    if let Some(n) = next.and_then(|n| HeaderValue::from_str(&n).ok()) {
        resp.headers_mut().insert("x-next-cursor", n);
    }
    Ok(resp)
}

/// One event with its sources and the records (with evidence) it merges.
#[utoipa::path(get, path = "/api/events/{id}", params(("id" = String, Path, description = "event id")),
    responses((status = 200, description = "{\"event\": stored event, \"records\": [record]}"), (status = 404, description = "no such event")))]
async fn event(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    check_read(&state, &headers)?;
    let wanted = id.clone();
    match state.read(move |s| s.event(&wanted)).await? {
        Some((event, records)) => Ok(Json(json!({"event": event, "records": records}))),
        None => Err(ApiError::NotFound(format!("no event {id:?}"))),
    }
}

/// One stored article.
#[utoipa::path(get, path = "/api/articles/{id}", params(("id" = String, Path, description = "article id")),
    responses((status = 200, description = "the article (id, title, text, published, source, url), its duplicate_of and record_ids"), (status = 404, description = "no such article")))]
async fn article(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    check_read(&state, &headers)?;
    let wanted = id.clone();
    match state.read(move |s| s.article(&wanted)).await? {
        Some(a) => {
            let mut v = serde_json::to_value(&a.article).map_err(|e| ApiError::Internal(e.to_string()))?;
            v["duplicate_of"] = json!(a.duplicate_of);
            v["record_ids"] = json!(a.record_ids);
            Ok(Json(v))
        }
        None => Err(ApiError::NotFound(format!("no article {id:?}"))),
    }
}

/// Counts for charts.
#[utoipa::path(get, path = "/api/stats", params(EventParams),
    responses((status = 200, description = "{\"events\": n, \"by_day\"|\"by_type\"|\"by_country\"|\"by_admin1\": [{\"key\", \"count\"}]}"), (status = 400, description = "a parameter is invalid")))]
async fn stats(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Value>> {
    check_read(&state, &headers)?;
    let filter: Filter = params::stats_filter(&query_pairs(raw)?).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let st = state.read(move |s| s.stats(&filter)).await?;
    let rows = |v: &[(String, u64)]| v.iter().map(|(k, c)| json!({"key": k, "count": c})).collect::<Vec<_>>();
    Ok(Json(json!({
        "events": st.events,
        "by_day": rows(&st.by_day),
        "by_type": rows(&st.by_type),
        "by_country": rows(&st.by_country),
        "by_admin1": rows(&st.by_admin1),
    })))
}

/// Ingest articles (JSON Lines, SPEC §1) with a bearer token; bad lines are reported by number
/// and the good ones are still stored.
#[utoipa::path(post, path = "/api/articles", request_body(content = String, content_type = "application/x-ndjson", description = "JSON Lines, one article a line"),
    responses((status = 200, description = "counts of new/unchanged/changed/duplicate articles, records, and the rejected lines"),
              (status = 401, description = "missing or wrong bearer token"), (status = 403, description = "ingest is not enabled on this server"),
              (status = 413, description = "body too large")),
    security(("bearer" = [])))]
async fn post_articles(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> ApiResult<Json<Value>> {
    if state.writer.is_none() {
        return Err(ApiError::Forbidden("ingest is not enabled on this server (start it with --token-file)".into()));
    }
    if !state.authorised(&headers) {
        return Err(ApiError::Unauthorised);
    }
    let mut articles = Vec::new();
    let mut rejected = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match ahdath_reader::parse_article(line) {
            Ok(a) if !seen.insert(a.id.clone()) => {
                rejected.push(json!({"line": i + 1, "error": format!("duplicate id {:?} in this request", a.id)}))
            }
            Ok(a) => articles.push(a),
            Err(e) => rejected.push(json!({"line": i + 1, "error": e.to_string()})),
        }
    }
    let st = state.clone();
    let counts = tokio::task::spawn_blocking(move || {
        let (writer, coder) = st.writer.as_ref().expect("checked above");
        let code = |a: &Article| coder(a);
        let batch: Vec<Prepared> = articles.into_iter().map(|a| Prepared::new(a, Some(&code))).collect();
        let mut w = writer.lock().unwrap_or_else(|p| p.into_inner());
        w.ingest_batch(batch, &code)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("ingest task failed: {e}")))?
    .map_err(ApiError::from)?;
    let mut v = serde_json::to_value(counts).map_err(|e| ApiError::Internal(e.to_string()))?;
    v["rejected"] = json!(rejected);
    Ok(Json(v))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ahdath",
        description = "Arabic news → PLOVER event data: search, events with their sources and evidence, stats, ingest."
    ),
    paths(healthz, events, event, article, stats, post_articles)
)]
struct ApiDoc;

/// The OpenAPI 3 document of this API, generated from the handlers.
pub fn openapi_document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi_document())
}

/// Serve `app(state)` on `addr` until Ctrl-C.
pub async fn serve(state: Arc<AppState>, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    eprintln!("ahdath: serving http://{}", listener.local_addr()?);
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
