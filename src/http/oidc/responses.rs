//! How the OAuth endpoints answer: JSON bodies that are never cached, errors with their RFC
//! status codes, and CORS for the endpoints browser apps call directly.

use poem::http::{HeaderValue, StatusCode, header};
use poem::{IntoResponse, Response};
use serde_json::json;

use crate::domain::oidc::{OAuthError, OAuthErrorCode};

/// A JSON answer with `Cache-Control: no-store` (RFC 6749 §5.1) and CORS for any origin.
pub fn json(status: StatusCode, body: &impl serde::Serialize) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::builder()
        .status(status)
        .content_type("application/json")
        .body(bytes);
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// The HTTP status of an OAuth error at the token, introspection and revocation endpoints.
fn status_of(code: OAuthErrorCode) -> StatusCode {
    match code {
        OAuthErrorCode::InvalidClient | OAuthErrorCode::InvalidToken => StatusCode::UNAUTHORIZED,
        OAuthErrorCode::InsufficientScope => StatusCode::FORBIDDEN,
        OAuthErrorCode::ServerError => StatusCode::INTERNAL_SERVER_ERROR,
        OAuthErrorCode::InvalidRequest
        | OAuthErrorCode::InvalidGrant
        | OAuthErrorCode::UnauthorizedClient
        | OAuthErrorCode::UnsupportedGrantType
        | OAuthErrorCode::InvalidScope
        | OAuthErrorCode::AccessDenied
        | OAuthErrorCode::UnsupportedResponseType
        | OAuthErrorCode::RequestNotSupported
        | OAuthErrorCode::RequestUriNotSupported
        | OAuthErrorCode::LoginRequired
        | OAuthErrorCode::ConsentRequired => StatusCode::BAD_REQUEST,
    }
}

/// An OAuth error as JSON (RFC 6749 §5.2). `basic` says the client tried HTTP Basic, which
/// RFC 6749 answers with a `WWW-Authenticate` challenge on `invalid_client`.
pub fn error(err: &OAuthError, basic: bool) -> Response {
    let mut response = json(
        status_of(err.code),
        &json!({ "error": err.code.as_str(), "error_description": err.description }),
    );
    if err.code == OAuthErrorCode::InvalidClient {
        let challenge = if basic {
            "Basic realm=\"pocket-id\""
        } else {
            "Basic realm=\"pocket-id\", error=\"invalid_client\""
        };
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static(challenge),
        );
    }
    response
}

/// An error of a protected resource (userinfo), with its Bearer challenge (RFC 6750 §3).
pub fn bearer_error(err: &OAuthError) -> Response {
    let status = status_of(err.code);
    let mut response = json(
        status,
        &json!({ "error": err.code.as_str(), "error_description": err.description }),
    );
    let challenge = match err.code {
        OAuthErrorCode::InvalidToken | OAuthErrorCode::InsufficientScope => format!(
            "Bearer realm=\"pocket-id\", error=\"{}\", error_description=\"{}\"",
            err.code.as_str(),
            err.description.replace('"', "'")
        ),
        _ => "Bearer realm=\"pocket-id\"".to_owned(),
    };
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// The answer to a CORS preflight for the endpoints apps call from a browser.
pub fn preflight() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Authorization, Content-Type"),
    );
    headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    response
}
