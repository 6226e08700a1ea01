//! `/metrics`: counters kept in atomics while requests are served, written out in the
//! Prometheus text exposition format (version 0.0.4) when scraped.
//!
//! Requests are labelled by the route pattern poem matched (`/invite/:token`), never by the raw
//! path: paths carry one-time tokens, and raw paths would make a series per scanner guess.
//! Counts that live in the database (active sessions) are read at scrape time.
//!
//! Who may scrape: nobody unless `metrics = on`; then the admin socket always, and HTTP only
//! with `metrics_token` as a bearer token. Served off, the route does not exist (404).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use poem::http::{StatusCode, header};
use poem::web::Data;
use poem::{IntoResponse, Request, Response, handler};

use super::AppState;
use super::request::RequestInfo;

/// Upper bounds of the request duration histogram's buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The label of requests no route matched.
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// How someone signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInMethod {
    /// With a passkey.
    Passkey,
    /// With a one-time login code.
    LoginCode,
}

impl SignInMethod {
    const ALL: [Self; 2] = [Self::Passkey, Self::LoginCode];

    fn label(self) -> &'static str {
        match self {
            Self::Passkey => "passkey",
            Self::LoginCode => "login_code",
        }
    }
}

/// The grant types counted by name; anything else is `other`.
const GRANT_TYPES: [&str; 3] = ["authorization_code", "refresh_token", "other"];

/// One route's request durations.
#[derive(Default)]
struct Histogram {
    /// Observations per bucket (not cumulative); the last one is `+Inf`.
    buckets: [AtomicU64; BUCKETS.len() + 1],
    count: AtomicU64,
    /// The sum in microseconds.
    sum_micros: AtomicU64,
}

impl Histogram {
    fn observe(&self, elapsed: Duration) {
        let secs = elapsed.as_secs_f64();
        let slot = BUCKETS
            .iter()
            .position(|bound| secs <= *bound)
            .unwrap_or(BUCKETS.len());
        self.buckets[slot].fetch_add(1, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add(
            u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }
}

/// The labels of one request counter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct RequestKey {
    route: String,
    method: &'static str,
    status: u16,
}

/// Every counter of the process. Cheap to update from many tasks at once: a read lock and an
/// atomic add once a series exists.
#[derive(Default)]
pub struct Metrics {
    requests: RwLock<HashMap<RequestKey, AtomicU64>>,
    durations: RwLock<HashMap<String, Histogram>>,
    /// By [`SignInMethod::ALL`], then success and failure.
    sign_ins: [[AtomicU64; 2]; 2],
    /// By [`GRANT_TYPES`].
    tokens: [AtomicU64; GRANT_TYPES.len()],
}

/// A method name from a fixed set, so clients cannot mint label values.
fn method_label(method: &poem::http::Method) -> &'static str {
    use poem::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

impl Metrics {
    /// Counts a served request: `route` is the matched pattern, or `None` when nothing matched.
    pub fn request(
        &self,
        route: Option<&str>,
        method: &poem::http::Method,
        status: StatusCode,
        elapsed: Duration,
    ) {
        let route = route.unwrap_or(UNMATCHED_ROUTE);
        let key = RequestKey {
            route: route.to_owned(),
            method: method_label(method),
            status: status.as_u16(),
        };
        let counted = self
            .requests
            .read()
            .ok()
            .and_then(|map| map.get(&key).map(|c| c.fetch_add(1, Ordering::Relaxed)))
            .is_some();
        if !counted && let Ok(mut map) = self.requests.write() {
            map.entry(key).or_default().fetch_add(1, Ordering::Relaxed);
        }
        let observed = self
            .durations
            .read()
            .ok()
            .and_then(|map| map.get(route).map(|h| h.observe(elapsed)))
            .is_some();
        if !observed && let Ok(mut map) = self.durations.write() {
            map.entry(route.to_owned()).or_default().observe(elapsed);
        }
    }

    /// Counts a sign-in attempt that reached its verification.
    pub fn sign_in(&self, method: SignInMethod, succeeded: bool) {
        let row = SignInMethod::ALL
            .iter()
            .position(|m| *m == method)
            .unwrap_or(0);
        self.sign_ins[row][usize::from(!succeeded)].fetch_add(1, Ordering::Relaxed);
    }

    /// Counts tokens issued for a grant of `grant_type`.
    pub fn token_issued(&self, grant_type: Option<&str>) {
        let slot = GRANT_TYPES
            .iter()
            .position(|g| Some(*g) == grant_type)
            .unwrap_or(GRANT_TYPES.len() - 1);
        self.tokens[slot].fetch_add(1, Ordering::Relaxed);
    }

    /// The exposition of every metric, with the figures read from the database at scrape time.
    pub fn render(&self, live: &LiveFigures) -> String {
        let mut out = String::with_capacity(4096);
        let _ = self.write_all(&mut out, live);
        out
    }

    fn write_all(&self, out: &mut String, live: &LiveFigures) -> std::fmt::Result {
        header_lines(
            out,
            "pocket_id_build_info",
            "gauge",
            "The version of this server; always 1.",
        )?;
        writeln!(
            out,
            "pocket_id_build_info{{version=\"{}\"}} 1",
            escape(env!("CARGO_PKG_VERSION"))
        )?;

        header_lines(
            out,
            "pocket_id_http_requests_total",
            "counter",
            "HTTP requests served, by matched route pattern, method and status.",
        )?;
        if let Ok(map) = self.requests.read() {
            let mut rows: Vec<(&RequestKey, u64)> = map
                .iter()
                .map(|(k, v)| (k, v.load(Ordering::Relaxed)))
                .collect();
            rows.sort();
            for (key, value) in rows {
                writeln!(
                    out,
                    "pocket_id_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {value}",
                    escape(&key.route),
                    key.method,
                    key.status
                )?;
            }
        }

        header_lines(
            out,
            "pocket_id_http_request_duration_seconds",
            "histogram",
            "Time to answer HTTP requests, by matched route pattern.",
        )?;
        if let Ok(map) = self.durations.read() {
            let mut routes: Vec<&String> = map.keys().collect();
            routes.sort();
            for route in routes {
                let histogram = &map[route];
                let route = escape(route);
                let mut cumulative = 0;
                for (i, bound) in BUCKETS.iter().enumerate() {
                    cumulative += histogram.buckets[i].load(Ordering::Relaxed);
                    writeln!(
                        out,
                        "pocket_id_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                    )?;
                }
                let count = histogram.count.load(Ordering::Relaxed);
                writeln!(
                    out,
                    "pocket_id_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {count}"
                )?;
                let sum = histogram.sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
                writeln!(
                    out,
                    "pocket_id_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}"
                )?;
                writeln!(
                    out,
                    "pocket_id_http_request_duration_seconds_count{{route=\"{route}\"}} {count}"
                )?;
            }
        }

        header_lines(
            out,
            "pocket_id_sign_ins_total",
            "counter",
            "Sign-in attempts that reached verification, by method and outcome.",
        )?;
        for (row, method) in SignInMethod::ALL.iter().enumerate() {
            for (column, outcome) in ["success", "failure"].iter().enumerate() {
                writeln!(
                    out,
                    "pocket_id_sign_ins_total{{method=\"{}\",outcome=\"{outcome}\"}} {}",
                    method.label(),
                    self.sign_ins[row][column].load(Ordering::Relaxed)
                )?;
            }
        }

        header_lines(
            out,
            "pocket_id_tokens_issued_total",
            "counter",
            "Successful token endpoint responses, by grant type.",
        )?;
        for (slot, grant) in GRANT_TYPES.iter().enumerate() {
            writeln!(
                out,
                "pocket_id_tokens_issued_total{{grant_type=\"{grant}\"}} {}",
                self.tokens[slot].load(Ordering::Relaxed)
            )?;
        }

        if let Some(sessions) = live.active_sessions {
            header_lines(
                out,
                "pocket_id_active_sessions",
                "gauge",
                "Browser sessions neither expired nor idle too long.",
            )?;
            writeln!(out, "pocket_id_active_sessions {sessions}")?;
        }
        for (name, help, value) in [
            (
                "pocket_id_db_pool_connections",
                "Database connections open, busy or idle.",
                live.pool.open,
            ),
            (
                "pocket_id_db_pool_idle_connections",
                "Database connections open and idle.",
                live.pool.idle,
            ),
            (
                "pocket_id_db_pool_max_connections",
                "The most database connections the pool opens.",
                live.pool.max,
            ),
        ] {
            header_lines(out, name, "gauge", help)?;
            writeln!(out, "{name} {value}")?;
        }
        Ok(())
    }
}

/// Figures read when scraped rather than counted.
#[derive(Debug, Clone, Copy)]
pub struct LiveFigures {
    /// Live sessions; `None` when the database did not answer.
    pub active_sessions: Option<u64>,
    /// The connection pool.
    pub pool: crate::store::PoolStats,
}

fn header_lines(out: &mut String, name: &str, kind: &str, help: &str) -> std::fmt::Result {
    writeln!(out, "# HELP {name} {help}")?;
    writeln!(out, "# TYPE {name} {kind}")
}

/// Escapes a label value: backslash, double quote and line feed.
fn escape(value: &str) -> std::borrow::Cow<'_, str> {
    if value.contains(['\\', '"', '\n']) {
        value
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .into()
    } else {
        value.into()
    }
}

/// `GET /metrics` (registered only with `metrics = on`).
#[handler]
pub async fn metrics(state: Data<&AppState>, req: &Request, info: &RequestInfo) -> Response {
    if !info.via_admin_socket {
        let Some(expected) = &state.config.metrics_token else {
            return (
                StatusCode::FORBIDDEN,
                "metrics are served only on the admin socket: set metrics_token to scrape over HTTP\n",
            )
                .into_response();
        };
        let presented = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        if !presented.is_some_and(|token| expected.matches(token)) {
            return Response::builder()
                .status(StatusCode::UNAUTHORIZED)
                .header(header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")
                .body("a valid bearer token is required\n");
        }
    }
    let active_sessions = match state.domain.active_session_count().await {
        Ok(count) => Some(count),
        Err(err) => {
            tracing::warn!(error = %err, "cannot count the active sessions for /metrics");
            None
        }
    };
    let live = LiveFigures {
        active_sessions,
        pool: state.domain.pool_stats(),
    };
    Response::builder()
        .header(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(state.metrics.render(&live))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exposition_is_well_formed_and_cumulative() {
        let registry = Metrics::default();
        let get = poem::http::Method::GET;
        registry.request(
            Some("/invite/:token"),
            &get,
            StatusCode::OK,
            Duration::from_millis(3),
        );
        registry.request(
            Some("/invite/:token"),
            &get,
            StatusCode::OK,
            Duration::from_millis(300),
        );
        registry.request(None, &get, StatusCode::NOT_FOUND, Duration::from_millis(1));
        registry.sign_in(SignInMethod::LoginCode, false);
        registry.token_issued(Some("refresh_token"));
        registry.token_issued(Some("password"));
        let text = registry.render(&LiveFigures {
            active_sessions: Some(2),
            pool: crate::store::PoolStats {
                open: 1,
                idle: 1,
                max: 4,
            },
        });
        for line in [
            "pocket_id_http_requests_total{route=\"/invite/:token\",method=\"GET\",status=\"200\"} 2",
            "pocket_id_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1",
            "pocket_id_http_request_duration_seconds_bucket{route=\"/invite/:token\",le=\"0.005\"} 1",
            "pocket_id_http_request_duration_seconds_bucket{route=\"/invite/:token\",le=\"0.25\"} 1",
            "pocket_id_http_request_duration_seconds_bucket{route=\"/invite/:token\",le=\"0.5\"} 2",
            "pocket_id_http_request_duration_seconds_bucket{route=\"/invite/:token\",le=\"+Inf\"} 2",
            "pocket_id_http_request_duration_seconds_count{route=\"/invite/:token\"} 2",
            "pocket_id_sign_ins_total{method=\"login_code\",outcome=\"failure\"} 1",
            "pocket_id_sign_ins_total{method=\"passkey\",outcome=\"success\"} 0",
            "pocket_id_tokens_issued_total{grant_type=\"refresh_token\"} 1",
            "pocket_id_tokens_issued_total{grant_type=\"other\"} 1",
            "pocket_id_active_sessions 2",
            "pocket_id_db_pool_max_connections 4",
        ] {
            assert!(text.lines().any(|l| l == line), "missing {line}:\n{text}");
        }
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.rsplit_once(' ').unwrap().1;
            assert!(value.parse::<f64>().is_ok(), "{line}");
        }
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
