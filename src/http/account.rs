//! The signed-in person's JSON endpoints behind the account page (`/account/…`), adding a
//! passkey while signed in, and signing in with a login code.

use poem::http::StatusCode;
use poem::web::{Data, Json, Path};
use poem::{IntoResponse, Request, Response, handler};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::RegisterPublicKeyCredential;

use super::errors::ApiError;
use super::rate_limit::Purpose;
use super::request::request_context;
use super::webauthn::{Finish, same_origin, signed_in_response, started};
use super::{AppState, RequestInfo, session_cookie};
use crate::api::ErrorCode;
use crate::domain::UserSession;

/// The signed-in person of a request, or 401.
pub async fn current(state: &AppState, req: &Request) -> Result<UserSession, ApiError> {
    let token = session_cookie::read(req, &state.config.public_url);
    let found = match token {
        Some(token) => state.domain.session(token).await?,
        None => None,
    };
    found.ok_or_else(|| {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "not signed in",
        )
    })
}

fn too_many(wait: u64) -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::RateLimited,
        format!("too many attempts; try again in {wait} seconds"),
    )
}

/// Counts a guessable request against the client's allowance; 429 past it.
pub fn limit(state: &AppState, req: &Request, purpose: Purpose) -> Result<(), ApiError> {
    let client = req
        .extensions()
        .get::<RequestInfo>()
        .and_then(|i| i.client_ip);
    state.limiter.check(purpose, client).map_err(too_many)
}

/// Counts a request about one passkey or link, wherever it comes from; 429 past the allowance.
pub fn limit_subject(state: &AppState, purpose: Purpose, subject: &str) -> Result<(), ApiError> {
    state
        .limiter
        .check_subject(purpose, subject.chars().take(128).collect())
        .map_err(too_many)
}

#[derive(Serialize)]
struct PasskeyView {
    id: String,
    name: String,
    synced: bool,
    created_at: chrono::DateTime<chrono::Utc>,
    last_used_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Serialize)]
struct SessionView {
    id: String,
    current: bool,
    method: &'static str,
    ip: Option<String>,
    user_agent: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
    last_seen_at: chrono::DateTime<chrono::Utc>,
}

/// `GET /account/passkeys`
#[handler]
pub async fn passkeys(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    let me = current(&state, req).await?;
    let items: Vec<PasskeyView> = state
        .domain
        .my_passkeys(&me)
        .await?
        .into_iter()
        .map(|p| PasskeyView {
            id: p.id.to_string(),
            name: p.name,
            synced: p.backup_state,
            created_at: p.created_at,
            last_used_at: p.last_used_at,
        })
        .collect();
    Ok(Json(serde_json::json!({ "items": items })).into_response())
}

/// Body of `PATCH /account/passkeys/{id}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rename {
    name: String,
}

/// `PATCH /account/passkeys/{id}`
#[handler]
pub async fn rename_passkey(
    state: Data<&AppState>,
    req: &Request,
    id: Path<String>,
    body: Json<Rename>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    let me = current(&state, req).await?;
    state
        .domain
        .rename_my_passkey(&me, &request_context(req), &id, &body.name)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `DELETE /account/passkeys/{id}`
#[handler]
pub async fn delete_passkey(
    state: Data<&AppState>,
    req: &Request,
    id: Path<String>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    let me = current(&state, req).await?;
    state
        .domain
        .delete_my_passkey(&me, &request_context(req), &id)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /webauthn/add/start`: options to register another passkey while signed in.
#[handler]
pub async fn add_start(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    let me = current(&state, req).await?;
    Ok(started(state.domain.start_adding_passkey(&me).await?))
}

/// `POST /webauthn/add/finish`
#[handler]
pub async fn add_finish(
    state: Data<&AppState>,
    req: &Request,
    body: Json<Finish<RegisterPublicKeyCredential>>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    let me = current(&state, req).await?;
    let passkey = state
        .domain
        .finish_adding_passkey(
            &me,
            &request_context(req),
            &body.ceremony_id,
            &body.credential,
        )
        .await?;
    Ok(
        Json(serde_json::json!({ "id": passkey.id.to_string(), "name": passkey.name }))
            .into_response(),
    )
}

/// `GET /account/sessions`
#[handler]
pub async fn sessions(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    let me = current(&state, req).await?;
    let items: Vec<SessionView> = state
        .domain
        .my_sessions(&me)
        .await?
        .into_iter()
        .map(|s| SessionView {
            current: s.id == me.session.id,
            id: s.id.to_string(),
            method: s.method.as_str(),
            ip: s.ip,
            user_agent: s.user_agent,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
        })
        .collect();
    Ok(Json(serde_json::json!({ "items": items })).into_response())
}

/// `DELETE /account/sessions/{id}`
#[handler]
pub async fn end_session(
    state: Data<&AppState>,
    req: &Request,
    id: Path<String>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    let me = current(&state, req).await?;
    state
        .domain
        .end_my_session(&me, &request_context(req), &id)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /account/sign-out-everywhere`: ends every session of mine, this one included.
#[handler]
pub async fn sign_out_everywhere(
    state: Data<&AppState>,
    req: &Request,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    let me = current(&state, req).await?;
    state
        .domain
        .sign_out_everywhere(&me, &request_context(req))
        .await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        poem::http::header::SET_COOKIE,
        session_cookie::clear(&state.config.public_url),
    );
    Ok(response)
}

/// Body of `POST /login/code`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeSignIn {
    code: String,
}

/// `POST /login/code`: signs in with a one-time login code.
#[handler]
pub async fn sign_in_with_code(
    state: Data<&AppState>,
    req: &Request,
    body: Json<CodeSignIn>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::LoginCode)?;
    let done = state
        .domain
        .sign_in_with_code(&request_context(req), &body.code)
        .await;
    state
        .metrics
        .sign_in(super::metrics::SignInMethod::LoginCode, done.is_ok());
    Ok(signed_in_response(&state, done?))
}

/// `PATCH /account/profile`: changes my names, email or username.
#[handler]
pub async fn update_profile(
    state: Data<&AppState>,
    req: &Request,
    body: Json<crate::api::UpdateUser>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    let me = current(&state, req).await?;
    let user = state
        .domain
        .update_my_profile(&me, &request_context(req), body.0)
        .await?;
    Ok(Json(serde_json::json!({
        "username": user.username.as_str(),
        "display_name": user.display_name(),
    }))
    .into_response())
}
