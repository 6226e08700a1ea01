//! The browser's JSON endpoints for passkey ceremonies (`/webauthn/…`) and signing out.
//!
//! They change state, so each checks that the request comes from our own origin: browsers send
//! `Origin` on every cross-origin `POST`, and a JSON body cannot be posted by a plain form.

use poem::http::{StatusCode, header};
use poem::web::{Data, Json};
use poem::{IntoResponse, Request, Response, handler};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{PublicKeyCredential, RegisterPublicKeyCredential};

use super::account::{limit, limit_subject};
use super::errors::ApiError;
use super::rate_limit::Purpose;
use super::request::request_context;
use super::{AppState, session_cookie};
use crate::api::ErrorCode;
use crate::domain::{CeremonyStart, NewPerson, SelfEnrolment, SignedIn};

/// Body of `POST /webauthn/enrol/start`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolStart {
    /// The token of the enrolment link.
    pub token: String,
}

/// Body of the `…/finish` endpoints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finish<T> {
    /// The ceremony's id from `…/start`.
    pub ceremony_id: String,
    /// The browser's answer.
    pub credential: T,
}

/// Answer of the `…/start` endpoints.
#[derive(Debug, Serialize)]
struct Started {
    ceremony_id: String,
    options: serde_json::Value,
}

/// Answer of a successful ceremony.
#[derive(Debug, Serialize)]
struct Welcome {
    user_id: String,
    username: String,
    display_name: String,
}

/// Refuses requests whose `Origin` is another site's.
pub fn same_origin(req: &Request, state: &AppState) -> Result<(), ApiError> {
    match req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
    {
        Some(origin) if origin != state.config.rp_origin && origin != state.config.public_url => {
            Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                "cross-site request refused",
            ))
        }
        _ => Ok(()),
    }
}

pub fn started(start: CeremonyStart) -> Response {
    Json(Started {
        ceremony_id: start.ceremony_id,
        options: start.options,
    })
    .into_response()
}

pub fn signed_in_response(state: &AppState, signed_in: SignedIn) -> Response {
    let max_age = (signed_in.session.expires_at - signed_in.session.created_at).num_seconds();
    let mut response = Json(Welcome {
        user_id: signed_in.user.id.to_string(),
        username: signed_in.user.username.to_string(),
        display_name: signed_in.user.display_name(),
    })
    .into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie::set(&state.config.public_url, signed_in.token.expose(), max_age),
    );
    response
}

/// `POST /webauthn/enrol/start`: registration options for an enrolment link.
#[handler]
pub async fn enrol_start(
    state: Data<&AppState>,
    req: &Request,
    body: Json<EnrolStart>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    limit_subject(&state, Purpose::LinkAttempt, &body.token)?;
    Ok(started(state.domain.start_enrolment(&body.token).await?))
}

/// `POST /webauthn/enrol/finish`: stores the new passkey and signs the person in.
#[handler]
pub async fn enrol_finish(
    state: Data<&AppState>,
    req: &Request,
    body: Json<Finish<RegisterPublicKeyCredential>>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    let done = state
        .domain
        .finish_enrolment(&request_context(req), &body.ceremony_id, &body.credential)
        .await?;
    Ok(signed_in_response(&state, done))
}

/// `POST /webauthn/sign-in/start`: options for a usernameless sign-in.
#[handler]
pub async fn sign_in_start(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    Ok(started(state.domain.start_sign_in().await?))
}

/// `POST /webauthn/sign-in/finish`: verifies the assertion and signs the person in.
#[handler]
pub async fn sign_in_finish(
    state: Data<&AppState>,
    req: &Request,
    body: Json<Finish<PublicKeyCredential>>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    limit_subject(&state, Purpose::PasskeyAttempt, &body.credential.id)?;
    let done = state
        .domain
        .finish_sign_in(&request_context(req), &body.ceremony_id, &body.credential)
        .await;
    state
        .metrics
        .sign_in(super::metrics::SignInMethod::Passkey, done.is_ok());
    Ok(signed_in_response(&state, done?))
}

/// `GET /session`: who is signed in, or 401.
#[handler]
pub async fn current_session(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    let me = super::account::current(&state, req).await?;
    Ok(Json(serde_json::json!({
        "user_id": me.user.id.to_string(),
        "username": me.user.username.as_str(),
        "display_name": me.user.display_name(),
        "method": me.session.method.as_str(),
        "expires_at": me.session.expires_at,
    }))
    .into_response())
}

/// `POST /sign-out`: ends the session and removes the cookie.
#[handler]
pub async fn sign_out(state: Data<&AppState>, req: &Request) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    if let Some(token) = session_cookie::read(req, &state.config.public_url) {
        state.domain.sign_out(&request_context(req), token).await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        session_cookie::clear(&state.config.public_url),
    );
    Ok(response)
}

/// Body of `POST /webauthn/self-enrol/start`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfEnrolStart {
    /// `setup`, `signup` or `open`.
    pub via: String,
    /// The link's token (not for `open`).
    pub token: Option<String>,
    /// The username wanted.
    pub username: String,
    /// Email.
    pub email: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
}

/// `POST /webauthn/self-enrol/start`: checks the link and details, then passkey options.
#[handler]
pub async fn self_enrol_start(
    state: Data<&AppState>,
    req: &Request,
    body: Json<SelfEnrolStart>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    let body = body.0;
    let token = body.token.as_deref().unwrap_or_default();
    if !token.is_empty() {
        limit_subject(&state, Purpose::LinkAttempt, token)?;
    }
    let via = match body.via.as_str() {
        "setup" => SelfEnrolment::Setup(token),
        "signup" => SelfEnrolment::SignUpLink(token),
        "open" => SelfEnrolment::Open,
        _ => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidInput,
                "`via` must be setup, signup or open",
            ));
        }
    };
    let person = NewPerson {
        username: body.username,
        email: body.email,
        first_name: body.first_name,
        last_name: body.last_name,
    };
    Ok(started(
        state.domain.start_self_enrolment(via, person).await?,
    ))
}

/// `POST /webauthn/self-enrol/finish`: creates the account with its passkey and signs in.
#[handler]
pub async fn self_enrol_finish(
    state: Data<&AppState>,
    req: &Request,
    body: Json<Finish<RegisterPublicKeyCredential>>,
) -> Result<Response, ApiError> {
    same_origin(req, &state)?;
    limit(&state, req, Purpose::Ceremony)?;
    let done = state
        .domain
        .finish_self_enrolment(&request_context(req), &body.ceremony_id, &body.credential)
        .await?;
    Ok(signed_in_response(&state, done))
}
