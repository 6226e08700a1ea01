//! The OpenID Connect provider's rules: authorization requests, consent, the token grants,
//! what tokens say, checking them, and logout.
//!
//! Failures here are OAuth errors ([`OAuthError`]) with the codes of RFC 6749, RFC 7009,
//! RFC 6750 and OpenID Connect Core, because the client must understand them; the HTTP edge only
//! chooses the status and the way back (a redirect, a JSON body or a page).

mod authorize;
mod claims;
mod logout;
mod resource;
mod token;

pub use authorize::{
    AuthorizationResponse, AuthorizeParams, AuthorizeStep, ConsentView, PageError, ResponseMode,
};
pub use logout::{LogoutParams, LogoutStep};
pub use resource::{Introspection, UserInfo};
pub use token::{ClientAuth, ClientAuthMethod, TokenRequest, TokenResponse};

use chrono::Duration;

use super::Error;
use crate::model::{Client, Grant, User};

/// How long an authorization code can be exchanged: long enough for a slow app, short enough
/// that a leaked code is useless soon (RFC 9700 asks for short-lived codes).
const CODE_LIFETIME: Duration = Duration::minutes(2);
/// How long an ID token is valid.
const ID_TOKEN_LIFETIME: Duration = Duration::hours(1);
/// How long a pending authorization request waits for a sign-in or consent.
const INTERACTION_LIFETIME: Duration = Duration::minutes(30);
/// Longest `state`, `nonce`, `login_hint` accepted.
const MAX_PARAM_CHARS: usize = 2048;

/// An OAuth 2.0 / OpenID Connect error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthErrorCode {
    /// The request is missing or repeats a parameter, or is otherwise malformed.
    InvalidRequest,
    /// Client authentication failed.
    InvalidClient,
    /// The code or refresh token is invalid, expired, revoked, used, or belongs to another client.
    InvalidGrant,
    /// The client may not use this grant type.
    UnauthorizedClient,
    /// The grant type is not supported.
    UnsupportedGrantType,
    /// The scope is invalid or exceeds what was granted.
    InvalidScope,
    /// The person or the rules refused.
    AccessDenied,
    /// Only `code` is supported.
    UnsupportedResponseType,
    /// `request` objects are not supported.
    RequestNotSupported,
    /// `request_uri` is not supported.
    RequestUriNotSupported,
    /// `prompt=none` but the person must sign in.
    LoginRequired,
    /// `prompt=none` but the person must consent.
    ConsentRequired,
    /// The access token is invalid, expired or revoked (RFC 6750).
    InvalidToken,
    /// The access token lacks a scope the resource needs (RFC 6750).
    InsufficientScope,
    /// Something failed on our side.
    ServerError,
}

impl OAuthErrorCode {
    /// The code on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidScope => "invalid_scope",
            Self::AccessDenied => "access_denied",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::RequestNotSupported => "request_not_supported",
            Self::RequestUriNotSupported => "request_uri_not_supported",
            Self::LoginRequired => "login_required",
            Self::ConsentRequired => "consent_required",
            Self::InvalidToken => "invalid_token",
            Self::InsufficientScope => "insufficient_scope",
            Self::ServerError => "server_error",
        }
    }
}

/// An OAuth error with a description for the developer of the client.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {description}", code.as_str())]
pub struct OAuthError {
    /// The code.
    pub code: OAuthErrorCode,
    /// What was wrong, in words (never a secret).
    pub description: String,
}

impl OAuthError {
    /// An error with this code and description.
    pub fn new(code: OAuthErrorCode, description: impl Into<String>) -> Self {
        Self {
            code,
            description: description.into(),
        }
    }

    fn request(description: impl Into<String>) -> Self {
        Self::new(OAuthErrorCode::InvalidRequest, description)
    }

    fn grant(description: impl Into<String>) -> Self {
        Self::new(OAuthErrorCode::InvalidGrant, description)
    }
}

impl From<Error> for OAuthError {
    fn from(err: Error) -> Self {
        tracing::error!(error = %err, "OpenID Connect request failed");
        Self::new(OAuthErrorCode::ServerError, "the server failed; try again")
    }
}

impl From<crate::store::StoreError> for OAuthError {
    fn from(err: crate::store::StoreError) -> Self {
        Error::from(err).into()
    }
}

/// Whether `user` may use `client`: enabled, and in one of its allowed groups if it has any.
async fn may_use(domain: &super::Domain, user: &User, client: &Client) -> Result<bool, Error> {
    if user.disabled {
        return Ok(false);
    }
    if client.allowed_groups.is_empty() {
        return Ok(true);
    }
    let groups = domain.store.groups_of_user(user.id).await?;
    Ok(groups.iter().any(|group| {
        client
            .allowed_groups
            .iter()
            .any(|allowed| allowed.id == group.id)
    }))
}

/// The `amr` values (RFC 8176 and the OpenID EAP profile) of how a grant's person signed in:
/// `phr` (phishing-resistant) and `hwk` for a passkey, `otp` for a one-time code.
fn amr(grant: &Grant) -> Vec<&'static str> {
    match grant.method {
        crate::model::SignInMethod::Passkey => vec!["phr", "hwk"],
        crate::model::SignInMethod::OneTimeCode => vec!["otp"],
    }
}

impl super::Domain {
    /// The clients `me` may use that have a launch URL, by name.
    pub async fn my_apps(&self, me: &super::UserSession) -> Result<Vec<Client>, Error> {
        let mut apps = Vec::new();
        for client in self.store.list_clients().await? {
            if client.launch_url.is_some() && may_use(self, &me.user, &client).await? {
                apps.push(client);
            }
        }
        Ok(apps)
    }
}

#[cfg(test)]
mod tests;
