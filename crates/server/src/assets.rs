//! The map page's files, embedded at build time from `web/dist/` (see `build.rs`).

use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

fn mime(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Serve an embedded file; `/` is `index.html`. Unknown paths are 404.
pub async fn serve(uri: Uri) -> Response {
    let path = match uri.path() {
        "/" | "" => "/index.html",
        p => p,
    };
    match FILES.iter().find(|(p, _)| *p == path) {
        Some((p, bytes)) => {
            let cache = if p.ends_with(".html") { "no-cache" } else { "public, max-age=3600" };
            ([(header::CONTENT_TYPE, mime(p)), (header::CACHE_CONTROL, cache)], *bytes).into_response()
        }
        None if path == "/index.html" => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!doctype html><meta charset=utf-8><title>ahdath</title><p>The map page was not built into this binary (web/dist is missing). The API is at <a href=/api/events>/api/events</a>.",
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "application/json")], r#"{"error":"not found"}"#).into_response(),
    }
}
