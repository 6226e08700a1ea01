//! The session cookie: its name, attributes, and reading it back.
//!
//! `HttpOnly` (no script reads it), `SameSite=Lax` (not sent on cross-site posts), and on https
//! the `__Host-` prefix with `Secure` (only this host, only over TLS, path `/`).

use poem::Request;
use poem::http::{HeaderValue, header};

/// The cookie's name for a public URL.
pub fn name(public_url: &str) -> &'static str {
    if public_url.starts_with("https://") {
        "__Host-pocket_id_session"
    } else {
        "pocket_id_session"
    }
}

/// A `Set-Cookie` value that stores `token` for `max_age_secs`.
pub fn set(public_url: &str, token: &str, max_age_secs: i64) -> HeaderValue {
    let secure = if public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let value = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}",
        name(public_url)
    );
    HeaderValue::from_str(&value).expect("a token is base64url, valid in a header")
}

/// A `Set-Cookie` value that removes the cookie.
pub fn clear(public_url: &str) -> HeaderValue {
    set(public_url, "", 0)
}

/// The session token the request carries, if any.
pub fn read<'a>(req: &'a Request, public_url: &str) -> Option<&'a str> {
    let wanted = name(public_url);
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, value)| *key == wanted && !value.is_empty())
        .map(|(_, value)| value)
}
