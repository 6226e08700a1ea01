//! The HTTP client of the admin API: builds URLs under `/api/v1`, authenticates, sends JSON, and
//! turns every way a request can fail into [`Error`]. It also fetches the provider's public
//! documents outside the API (the OpenID Connect discovery document), over the same connection.
//!
//! Successful bodies are returned both as the server's text (for `--output json`, which prints
//! exactly what the server said) and decoded into the shared wire types (for tables).

use std::time::Duration;

use pocket_id::api::{BASE_PATH, ErrorBody, REQUEST_ID_HEADER};
use reqwest::{Method, StatusCode, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::connection::Connection;
use crate::secret::Secret;

/// How long to wait for a connection before saying the server cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The server refused the request with its documented error body.
    #[error("{} (code {}, request {})", body.message, body.code, body.request_id)]
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The server's explanation.
        body: ErrorBody,
    },
    /// No connection could be made.
    #[error("cannot reach {target}: {reason}")]
    Unreachable {
        /// The server URL or socket path, as a phrase.
        target: String,
        /// The innermost cause, e.g. `Connection refused (os error 111)`.
        reason: String,
    },
    /// The connection broke or timed out during the exchange.
    #[error("the request to {target} failed: {reason}")]
    Transport {
        /// The server URL or socket path, as a phrase.
        target: String,
        /// The innermost cause.
        reason: String,
    },
    /// An error status without a Pocket ID error body: usually a proxy, or not Pocket ID at all.
    #[error(
        "{target} answered {status} to {url} without an error description: is it a Pocket ID \
         server, or is a proxy in the way?{}",
        request_id.as_deref().map(|id| format!(" (request {id})")).unwrap_or_default()
    )]
    UnexpectedStatus {
        /// The server URL or socket path, as a phrase.
        target: String,
        /// The URL requested.
        url: String,
        /// The HTTP status.
        status: StatusCode,
        /// The `x-request-id` header, when present.
        request_id: Option<String>,
    },
    /// A successful response that does not decode as the documented type.
    #[error("{target} sent a response pocketctl cannot read ({reason}); are both up to date?")]
    BadResponse {
        /// The server URL or socket path, as a phrase.
        target: String,
        /// The decoding error.
        reason: String,
    },
    /// A name or id that cannot be put into a URL path (empty, `.` or `..`).
    #[error("`{0}` is not a valid name or id")]
    InvalidSegment(String),
    /// The HTTP client could not be set up (no TLS provider, say).
    #[error("cannot set up the HTTP client: {0}")]
    Setup(#[source] reqwest::Error),
}

impl Error {
    /// Whether the request was refused before sending because of what was typed.
    pub fn is_usage(&self) -> bool {
        matches!(self, Self::InvalidSegment(_))
    }
}

/// A successful response body.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// The body decoded into its wire type.
    pub data: T,
    /// The body as the server sent it.
    pub raw: String,
}

/// A client of one server or admin socket.
#[derive(Debug, Clone)]
pub struct Client {
    /// The connection pool, routed through the socket when there is one.
    http: reqwest::Client,
    /// The server's base URL, to which the API's base path is appended.
    base: Url,
    /// The API key; none over the admin socket.
    token: Option<Secret>,
    /// "the server at …" or "the admin socket …", for error messages.
    target: String,
}

impl Client {
    /// Builds a client for `connection`.
    pub fn new(connection: &Connection) -> Result<Self, Error> {
        let builder = reqwest::Client::builder()
            .user_agent(concat!("pocketctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT);
        let (builder, base, token, target) = match connection {
            Connection::Server { url, token } => (
                builder,
                url.clone(),
                Some(token.clone()),
                format!("the server at {}", url.as_str().trim_end_matches('/')),
            ),
            Connection::Socket(path) => (
                unix_socket(builder, path),
                // The socket carries the requests; the host name is only for the HTTP request line.
                Url::parse("http://localhost").expect("a constant URL parses"),
                None,
                format!("the admin socket {}", path.display()),
            ),
        };
        Ok(Self {
            http: builder.build().map_err(Error::Setup)?,
            base,
            token,
            target,
        })
    }

    /// GET with query parameters.
    pub async fn get<T: DeserializeOwned>(
        &self,
        path: &[&str],
        query: &[(&str, String)],
    ) -> Result<Reply<T>, Error> {
        let raw = self
            .exchange(Method::GET, self.url(path)?, query, None)
            .await?;
        self.decode(raw)
    }

    /// GET of one of the provider's public documents outside the admin API, such as
    /// `.well-known/openid-configuration` (`path` is relative to the server's base URL). No API
    /// key is sent: the document is public.
    pub async fn get_public<T: DeserializeOwned>(&self, path: &[&str]) -> Result<Reply<T>, Error> {
        let url = self.url_under(&[], path)?;
        let raw = self
            .send_request(Method::GET, url, &[], None, false)
            .await?;
        self.decode(raw)
    }

    /// A request with a JSON body and a JSON answer (POST, PUT, PATCH).
    pub async fn send<B, T>(
        &self,
        method: Method,
        path: &[&str],
        body: &B,
    ) -> Result<Reply<T>, Error>
    where
        B: Serialize + ?Sized,
        T: DeserializeOwned,
    {
        let body = serde_json::to_vec(body).expect("wire types always serialise");
        let raw = self
            .exchange(method, self.url(path)?, &[], Some(body))
            .await?;
        self.decode(raw)
    }

    /// A POST without a body and with a JSON answer (`disable`, `enable`).
    pub async fn post_action<T: DeserializeOwned>(&self, path: &[&str]) -> Result<Reply<T>, Error> {
        let raw = self
            .exchange(Method::POST, self.url(path)?, &[], None)
            .await?;
        self.decode(raw)
    }

    /// A request without a body that is answered with 204 No Content (DELETE, PUT member).
    pub async fn no_content(&self, method: Method, path: &[&str]) -> Result<(), Error> {
        self.exchange(method, self.url(path)?, &[], None)
            .await
            .map(drop)
    }

    /// Sends one authenticated request to the admin API and returns the body of a successful
    /// response.
    async fn exchange(
        &self,
        method: Method,
        url: Url,
        query: &[(&str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<String, Error> {
        self.send_request(method, url, query, body, true).await
    }

    /// Sends one request, with the API key when `authenticate`, and returns the body of a
    /// successful response.
    async fn send_request(
        &self,
        method: Method,
        url: Url,
        query: &[(&str, String)],
        body: Option<Vec<u8>>,
        authenticate: bool,
    ) -> Result<String, Error> {
        let mut request = self
            .http
            .request(method, url.clone())
            .header(reqwest::header::ACCEPT, "application/json");
        if !query.is_empty() {
            request = request.query(query);
        }
        if let Some(token) = self.token.as_ref().filter(|_| authenticate) {
            request = request.bearer_auth(token.expose());
        }
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let response = request.send().await.map_err(|err| self.transport(&err))?;
        let status = response.status();
        let request_id = response
            .headers()
            .get(REQUEST_ID_HEADER)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let text = response.text().await.map_err(|err| self.transport(&err))?;
        if status.is_success() {
            return Ok(text);
        }
        match serde_json::from_str::<ErrorBody>(&text) {
            Ok(body) => Err(Error::Api { status, body }),
            Err(_) => Err(Error::UnexpectedStatus {
                target: self.target.clone(),
                url: url.to_string(),
                status,
                request_id,
            }),
        }
    }

    /// Decodes a successful body, keeping its text.
    fn decode<T: DeserializeOwned>(&self, raw: String) -> Result<Reply<T>, Error> {
        match serde_json::from_str(&raw) {
            Ok(data) => Ok(Reply { data, raw }),
            Err(err) => Err(Error::BadResponse {
                target: self.target.clone(),
                reason: err.to_string(),
            }),
        }
    }

    /// The URL of `path` under the API's base path, each segment percent-encoded.
    fn url(&self, path: &[&str]) -> Result<Url, Error> {
        let base: Vec<&str> = BASE_PATH.split('/').filter(|s| !s.is_empty()).collect();
        self.url_under(&base, path)
    }

    /// The URL of `prefix` then `path` under the server's base URL, each segment of `path`
    /// percent-encoded.
    fn url_under(&self, prefix: &[&str], path: &[&str]) -> Result<Url, Error> {
        // The url crate silently drops `.` and `..` segments, which would address another
        // resource; refuse them instead.
        if let Some(bad) = path.iter().find(|s| matches!(**s, "" | "." | "..")) {
            return Err(Error::InvalidSegment((*bad).to_owned()));
        }
        let mut url = self.base.clone();
        url.path_segments_mut()
            .expect("http(s) URLs always have a path")
            .pop_if_empty()
            .extend(prefix)
            .extend(path);
        Ok(url)
    }

    /// Classifies a failed exchange, keeping only the innermost cause: reqwest's own layers
    /// ("error sending request for url …") repeat what the message already says.
    fn transport(&self, err: &reqwest::Error) -> Error {
        let reason = if err.is_timeout() {
            "timed out".to_owned()
        } else {
            innermost_cause(err)
        };
        let target = self.target.clone();
        if err.is_connect() {
            Error::Unreachable { target, reason }
        } else {
            Error::Transport { target, reason }
        }
    }
}

/// Routes every connection of `builder` through the Unix socket at `path`.
#[cfg(unix)]
fn unix_socket(builder: reqwest::ClientBuilder, path: &std::path::Path) -> reqwest::ClientBuilder {
    builder.unix_socket(path)
}

/// Unix sockets need Unix; elsewhere the request fails to connect, which says as much.
#[cfg(not(unix))]
fn unix_socket(builder: reqwest::ClientBuilder, _path: &std::path::Path) -> reqwest::ClientBuilder {
    builder
}

/// The text of the deepest error in `err`'s source chain.
fn innermost_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = err;
    while let Some(source) = current.source() {
        current = source;
    }
    current.to_string()
}

#[cfg(test)]
mod tests {
    use pocket_id::api::{ErrorBody, ErrorCode};
    use reqwest::StatusCode;

    use super::{Client, Error};
    use crate::connection::{Connection, parse_server_url};
    use crate::secret::Secret;

    fn client(base: &str) -> Client {
        let _ = rustls::crypto::ring::default_provider().install_default();
        Client::new(&Connection::Server {
            url: parse_server_url(base).unwrap(),
            token: Secret::new("pid_x"),
        })
        .unwrap()
    }

    #[test]
    fn urls_are_under_the_base_path_and_encoded() {
        let root = client("https://id.example.com");
        let url = root.url(&["users", "a b/c@d", "claims", "x:y"]).unwrap();
        assert_eq!(
            url.as_str(),
            "https://id.example.com/api/v1/users/a%20b%2Fc@d/claims/x:y"
        );
        let prefixed = client("https://example.com/id/");
        assert_eq!(
            prefixed.url(&["groups"]).unwrap().as_str(),
            "https://example.com/id/api/v1/groups"
        );
        for bad in ["", ".", ".."] {
            assert!(root.url(&["users", bad]).is_err());
        }
    }

    #[test]
    fn public_documents_are_outside_the_api() {
        let discovery = [".well-known", "openid-configuration"];
        assert_eq!(
            client("https://id.example.com")
                .url_under(&[], &discovery)
                .unwrap()
                .as_str(),
            "https://id.example.com/.well-known/openid-configuration"
        );
        assert_eq!(
            client("https://example.com/id")
                .url_under(&[], &discovery)
                .unwrap()
                .as_str(),
            "https://example.com/id/.well-known/openid-configuration"
        );
    }

    #[test]
    fn api_errors_read_as_the_documented_line() {
        let err = Error::Api {
            status: StatusCode::NOT_FOUND,
            body: ErrorBody {
                code: ErrorCode::NotFound,
                message: "no user `bob`".into(),
                request_id: "r-1".into(),
            },
        };
        assert_eq!(
            err.to_string(),
            "no user `bob` (code not_found, request r-1)"
        );
    }
}
