//! Reading OAuth parameters from a query string or a form body, and client credentials from
//! the `Authorization` header or the form.
//!
//! Parsed by hand rather than by an extractor so every malformed request gets an OAuth error in
//! the endpoint's own shape, and so a repeated parameter is refused (RFC 6749 §3.1).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use poem::Request;
use poem::http::header;
use serde_json::{Map, Value};

use crate::domain::oidc::{ClientAuth, ClientAuthMethod, OAuthError, OAuthErrorCode, TokenRequest};

fn invalid(description: impl Into<String>) -> OAuthError {
    OAuthError::new(OAuthErrorCode::InvalidRequest, description)
}

/// Parameters as a JSON object of strings; empty values count as absent.
pub fn parse(encoded: &[u8]) -> Result<Map<String, Value>, OAuthError> {
    let mut params = Map::new();
    for (name, value) in url::form_urlencoded::parse(encoded) {
        if value.is_empty() {
            continue;
        }
        if params
            .insert(name.to_string(), Value::String(value.into_owned()))
            .is_some()
        {
            return Err(invalid(format!(
                "the parameter `{name}` was sent more than once"
            )));
        }
    }
    Ok(params)
}

/// A token request from its form body: the client's credentials and the typed parameters.
pub fn token_request(req: &Request, body: &[u8]) -> Result<(ClientAuth, TokenRequest), OAuthError> {
    let mut form = parse(body)?;
    let auth = client_auth(req, &mut form)?;
    Ok((auth, into(form)))
}

/// Deserialises parameters into a struct of optional strings.
pub fn into<T: serde::de::DeserializeOwned + Default>(params: Map<String, Value>) -> T {
    serde_json::from_value(Value::Object(params)).unwrap_or_default()
}

/// Whether the request's body is a form, as the OAuth endpoints require.
pub fn is_form(req: &Request) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// Reads a form body, refusing other content types.
pub async fn form(req: &Request, body: poem::Body) -> Result<Map<String, Value>, OAuthError> {
    parse(&form_body(req, body).await?)
}

/// The raw bytes of a form body, refusing other content types.
pub async fn form_body(req: &Request, body: poem::Body) -> Result<Vec<u8>, OAuthError> {
    if !is_form(req) {
        return Err(invalid(
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    body.into_vec()
        .await
        .map_err(|_| invalid("the body could not be read"))
}

fn decode(part: &str) -> Option<String> {
    // RFC 6749 §2.3.1: the id and secret are form-urlencoded before Basic encoding.
    let plus_as_space = part.replace('+', " ");
    percent_decode(&plus_as_space)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether the request tried HTTP Basic client authentication.
pub fn used_basic(req: &Request) -> bool {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.len() >= 6 && v[..6].eq_ignore_ascii_case("basic "))
}

/// The client's credentials from `Authorization: Basic` or the form (never both).
pub fn client_auth(req: &Request, form: &mut Map<String, Value>) -> Result<ClientAuth, OAuthError> {
    let mut take = |name: &str| match form.remove(name) {
        Some(Value::String(value)) => Some(value),
        _ => None,
    };
    let form_id = take("client_id");
    let form_secret = take("client_secret");
    let bad_client = || {
        OAuthError::new(
            OAuthErrorCode::InvalidClient,
            "client authentication failed",
        )
    };
    if used_basic(req) {
        if form_secret.is_some() {
            return Err(invalid("use one client authentication method, not two"));
        }
        let header = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let decoded = STANDARD
            .decode(header[6..].trim())
            .ok()
            .and_then(|raw| String::from_utf8(raw).ok())
            .ok_or_else(bad_client)?;
        let (id, secret) = decoded.split_once(':').ok_or_else(bad_client)?;
        let (id, secret) = (
            decode(id).ok_or_else(bad_client)?,
            decode(secret).ok_or_else(bad_client)?,
        );
        if form_id.as_ref().is_some_and(|form_id| *form_id != id) {
            return Err(invalid("client_id differs from the Basic credentials"));
        }
        return Ok(ClientAuth {
            client_id: id,
            secret: Some(secret),
            method: ClientAuthMethod::Basic,
        });
    }
    let Some(client_id) = form_id else {
        return Err(bad_client());
    };
    Ok(match form_secret {
        Some(secret) => ClientAuth {
            client_id,
            secret: Some(secret),
            method: ClientAuthMethod::Post,
        },
        None => ClientAuth {
            client_id,
            secret: None,
            method: ClientAuthMethod::None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::{decode, parse};

    #[test]
    fn repeated_parameters_are_refused_and_empty_ones_ignored() {
        assert!(parse(b"code=a&code=b").is_err());
        let params = parse(b"code=a&state=&scope=openid+email").unwrap();
        assert_eq!(params["scope"], "openid email");
        assert!(!params.contains_key("state"));
    }

    #[test]
    fn basic_credentials_are_form_decoded() {
        assert_eq!(decode("my%3Aclient+id").unwrap(), "my:client id");
        assert!(decode("%zz").is_none());
    }
}
