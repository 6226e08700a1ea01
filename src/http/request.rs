//! What every request passes through: a request id and a tracing span, the client's address,
//! a cap on the body, security headers, and one JSON error shape on the admin API.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use ipnet::IpNet;
use poem::http::{HeaderValue, StatusCode, header};
use poem::web::RemoteAddr;
use poem::{
    Addr, Body, Endpoint, FromRequest, IntoResponse, Middleware, PathPattern, Request, RequestBody,
    Response,
};
use tracing::Instrument;

use super::errors::ApiError;
use super::metrics::Metrics;
use crate::api::REQUEST_ID_HEADER;
use crate::model::RequestContext;

/// Largest request body accepted. Admin requests are small; this keeps unauthenticated callers
/// from making the server buffer much.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

tokio::task_local! {
    static REQUEST_ID: String;
}

/// The id of the request being served on this task, or `-` outside of one.
pub fn current_request_id() -> String {
    REQUEST_ID
        .try_with(Clone::clone)
        .unwrap_or_else(|_| "-".to_owned())
}

/// Facts about a request established before any handler runs.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The request id.
    pub id: String,
    /// The client's address, through trusted proxies.
    pub client_ip: Option<IpAddr>,
    /// Whether it came in on the admin Unix socket.
    pub via_admin_socket: bool,
}

impl<'a> FromRequest<'a> for &'a RequestInfo {
    async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
        req.extensions()
            .get::<RequestInfo>()
            .ok_or_else(|| poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR))
    }
}

/// The audit context of a request: address, user agent and request id.
pub fn request_context(req: &Request) -> RequestContext {
    let info = req.extensions().get::<RequestInfo>();
    RequestContext {
        ip: info.and_then(|i| i.client_ip).map(|ip| ip.to_string()),
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(512).collect()),
        request_id: info.map(|i| i.id.clone()),
    }
}

/// The client's address: the peer, unless the peer is a trusted proxy, in which case the
/// right-most `X-Forwarded-For` entry that is not itself a trusted proxy.
pub fn client_ip(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[IpNet],
) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer?;
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let mut client = peer;
    for hop in forwarded_for.unwrap_or("").rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(&ip) {
                    break;
                }
            }
            // A malformed entry ends the chain that can be believed.
            Err(_) => break,
        }
    }
    Some(client)
}

/// The middleware that applies all of the above.
#[derive(Clone)]
pub struct RequestLayer {
    trusted_proxies: Arc<Vec<IpNet>>,
    via_admin_socket: bool,
    metrics: Option<Arc<Metrics>>,
}

impl RequestLayer {
    /// The layer for the TCP listener (`via_admin_socket = false`) or the admin socket.
    pub fn new(trusted_proxies: Arc<Vec<IpNet>>, via_admin_socket: bool) -> Self {
        Self {
            trusted_proxies,
            via_admin_socket,
            metrics: None,
        }
    }

    /// Counts every request, by the route pattern it matched, into `metrics`.
    pub fn counting_into(mut self, metrics: Arc<Metrics>) -> Self {
        self.metrics = Some(metrics);
        self
    }
}

impl<E: Endpoint> Middleware<E> for RequestLayer {
    type Output = RequestEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        RequestEndpoint {
            inner,
            layer: self.clone(),
        }
    }
}

/// [`RequestLayer`] around an endpoint.
pub struct RequestEndpoint<E> {
    inner: E,
    layer: RequestLayer,
}

fn peer_ip(remote: &RemoteAddr) -> Option<IpAddr> {
    match &remote.0 {
        Addr::SocketAddr(addr) => Some(addr.ip()),
        _ => None,
    }
}

/// Reads the body with a cap, so a body without `Content-Length` is bounded too.
async fn capped_body(req: &mut Request) -> Result<(), ApiError> {
    let too_large = || {
        ApiError::from_status(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > MAX_BODY_BYTES as u64) {
        return Err(too_large());
    }
    let body = req.take_body();
    let bytes = body
        .into_bytes_limit(MAX_BODY_BYTES)
        .await
        .map_err(|err| match err {
            poem::error::ReadBodyError::PayloadTooLarge => too_large(),
            other => ApiError::from_status(StatusCode::BAD_REQUEST, other.to_string()),
        })?;
    req.set_body(Body::from_bytes(bytes));
    Ok(())
}

/// The path as logged: link tokens are secrets until used, so their segment is replaced.
fn redacted_path(path: &str) -> std::borrow::Cow<'_, str> {
    for prefix in ["/invite/", "/setup/", "/signup/"] {
        if path.starts_with(prefix) && path.len() > prefix.len() {
            return format!("{prefix}…").into();
        }
    }
    path.into()
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"))
}

/// Turns any error response of the admin API that is not already our JSON into it.
async fn shape_api_error(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_json(&response) {
        return response;
    }
    let headers = response.headers().clone();
    let message = response.into_body().into_string().await.unwrap_or_default();
    let mut shaped = ApiError::from_status(status, message).into_response();
    if let Some(allow) = headers.get(header::ALLOW) {
        shaped.headers_mut().insert(header::ALLOW, allow.clone());
    }
    shaped
}

impl<E: Endpoint> Endpoint for RequestEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Self::Output> {
        let started = Instant::now();
        let id = uuid::Uuid::new_v4().simple().to_string();
        let forwarded_for = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let client_ip = client_ip(
            peer_ip(req.remote_addr()),
            forwarded_for.as_deref(),
            &self.layer.trusted_proxies,
        );
        req.extensions_mut().insert(RequestInfo {
            id: id.clone(),
            client_ip,
            via_admin_socket: self.layer.via_admin_socket,
        });
        let method = req.method().clone();
        let path = req.uri().path().to_owned();
        let logged_path = redacted_path(&path);
        // JSON endpoints: the admin API and the browser's ceremony calls.
        let is_api = path.starts_with("/api/")
            || path.starts_with("/webauthn/")
            || path.starts_with("/account/")
            || (method == poem::http::Method::POST && path == "/login/code")
            || path == "/session"
            || path == "/sign-out";
        let span = tracing::info_span!(
            "request",
            id = %id,
            method = %method,
            path = %logged_path,
            client = %client_ip.map(|ip| ip.to_string()).unwrap_or_else(|| "local".into()),
        );

        let inner = &self.inner;
        let metrics = self.layer.metrics.as_deref();
        let handle = async move {
            // The route pattern poem matched, for metrics: never the raw path, which can hold
            // link tokens.
            let mut route: Option<Arc<str>> = None;
            let response = match capped_body(&mut req).await {
                Err(err) => err.into_response(),
                Ok(()) => match inner.call(req).await {
                    Ok(output) => {
                        let response = output.into_response();
                        route = response.data::<PathPattern>().map(|p| p.0.clone());
                        response
                    }
                    Err(err) => {
                        route = err.data::<PathPattern>().map(|p| p.0.clone());
                        err.into_response()
                    }
                },
            };
            let mut response = if is_api {
                shape_api_error(response).await
            } else {
                response
            };
            let status = response.status();
            if let Some(metrics) = metrics {
                metrics.request(route.as_deref(), &method, status, started.elapsed());
            }
            if status.is_server_error() {
                tracing::warn!(
                    status = status.as_u16(),
                    elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
                    "request failed"
                );
            } else {
                tracing::info!(
                    status = status.as_u16(),
                    elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
                    "request"
                );
            }
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(&current_request_id()) {
                headers.insert(REQUEST_ID_HEADER, value);
            }
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            // `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null`
            // with a plain form post, and the consent and logout forms are checked by origin.
            // Other sites still learn nothing of our URLs (they carry link tokens).
            headers.insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            );
            headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
            if is_api {
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            response
        };
        Ok(REQUEST_ID.scope(id, handle).instrument(span).await)
    }
}

#[cfg(test)]
mod tests {
    use super::client_ip;

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let peer = |s: &str| Some(s.parse().unwrap());
        // An untrusted peer cannot claim another address.
        assert_eq!(
            client_ip(peer("203.0.113.9"), Some("1.2.3.4"), &trusted),
            peer("203.0.113.9")
        );
        // A trusted proxy's header is read from the right, skipping other trusted hops.
        assert_eq!(
            client_ip(
                peer("10.0.0.2"),
                Some("6.6.6.6, 198.51.100.7, 10.0.0.3"),
                &trusted
            ),
            peer("198.51.100.7")
        );
        // Garbage ends the believable chain.
        assert_eq!(
            client_ip(peer("10.0.0.2"), Some("junk"), &trusted),
            peer("10.0.0.2")
        );
    }
}
