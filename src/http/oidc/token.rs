//! `POST /token`, `POST /introspect`, `POST /revoke`, `GET|POST /userinfo` and the JWKS.

use poem::http::{HeaderValue, StatusCode, header};
use poem::web::Data;
use poem::{Body, IntoResponse, Request, Response, handler};
use serde_json::{Value, json};

use super::params;
use super::responses::{bearer_error, error, json};
use crate::domain::oidc::{OAuthError, OAuthErrorCode};
use crate::http::AppState;
use crate::http::request::request_context;

/// `POST /token`
#[handler]
pub async fn token_endpoint(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let basic = params::used_basic(req);
    let mut grant_type = None;
    let answer = async {
        let (auth, request) = params::token_request(req, &params::form_body(req, body).await?)?;
        grant_type.clone_from(&request.grant_type);
        state
            .domain
            .token(&auth, &request, &request_context(req))
            .await
    }
    .await;
    match answer {
        Ok(tokens) => {
            state.metrics.token_issued(grant_type.as_deref());
            json(StatusCode::OK, &tokens)
        }
        Err(err) => error(&err, basic),
    }
}

/// The `token` parameter of introspection and revocation, after client authentication.
async fn authenticated_token(
    state: &AppState,
    req: &Request,
    body: Body,
) -> Result<(crate::model::Client, String), OAuthError> {
    let mut form = params::form(req, body).await?;
    let auth = params::client_auth(req, &mut form)?;
    let client = state.domain.authenticate_client(&auth).await?;
    match form.remove("token") {
        Some(Value::String(token)) => Ok((client, token)),
        _ => Err(OAuthError::new(
            OAuthErrorCode::InvalidRequest,
            "token is missing",
        )),
    }
}

/// `POST /introspect` (RFC 7662)
#[handler]
pub async fn introspect(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let basic = params::used_basic(req);
    let answer = async {
        let (client, presented) = authenticated_token(&state, req, body).await?;
        state.domain.introspect(&client, &presented).await
    }
    .await;
    match answer {
        Ok(facts) => json(StatusCode::OK, &facts),
        Err(err) => error(&err, basic),
    }
}

/// `POST /revoke` (RFC 7009)
#[handler]
pub async fn revoke(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let basic = params::used_basic(req);
    let answer = async {
        let (client, presented) = authenticated_token(&state, req, body).await?;
        state
            .domain
            .revoke_token(&client, &presented, &request_context(req))
            .await
    }
    .await;
    match answer {
        Ok(()) => json(StatusCode::OK, &json!({})),
        Err(err) => error(&err, basic),
    }
}

/// The bearer token of a userinfo request: the `Authorization` header, or the form field
/// `access_token` of a POST (RFC 6750 §2.2).
async fn bearer(req: &Request, body: Body) -> Result<String, OAuthError> {
    let missing = || OAuthError::new(OAuthErrorCode::InvalidToken, "an access token is required");
    if let Some(value) = req.headers().get(header::AUTHORIZATION) {
        let value = value.to_str().map_err(|_| missing())?;
        return match value.split_once(' ') {
            Some((scheme, token))
                if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
            {
                Ok(token.trim().to_owned())
            }
            _ => Err(OAuthError::new(
                OAuthErrorCode::InvalidRequest,
                "the Authorization header must be `Bearer <token>`",
            )),
        };
    }
    if req.method() == poem::http::Method::POST && params::is_form(req) {
        let mut form = params::form(req, body).await?;
        if let Some(Value::String(token)) = form.remove("access_token") {
            return Ok(token);
        }
    }
    Err(missing())
}

/// `GET|POST /userinfo`
#[handler]
pub async fn userinfo(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let answer = async {
        let token = bearer(req, body).await?;
        state.domain.userinfo(&token).await
    }
    .await;
    match answer {
        Ok(claims) => json(StatusCode::OK, &claims),
        Err(err) => bearer_error(&err),
    }
}

/// `GET /.well-known/jwks.json`
#[handler]
pub async fn jwks(state: Data<&AppState>) -> Response {
    match state.domain.jwks_json().await {
        Ok(keys) => {
            let mut response = Response::builder()
                .content_type("application/json")
                .body(keys.to_string());
            let headers = response.headers_mut();
            // Short enough that a new key is seen well before it signs anything.
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            );
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "JWKS failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
