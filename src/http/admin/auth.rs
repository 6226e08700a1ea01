//! Authentication of admin API callers: an API key in either header, or the admin socket.

use poem::Request;
use poem::http::header;
use poem_openapi::SecurityScheme;
use poem_openapi::auth::{ApiKey, Bearer};

use crate::domain::{AdminPrincipal, AuthFailure, Domain, Error};
use crate::model::ApiKeySecret;

use super::super::errors::ApiError;
use super::super::request::RequestInfo;

/// An admin API key sent as `Authorization: Bearer <key>`.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", bearer_format = "pid_…")]
pub struct BearerKey(Bearer);

/// An admin API key sent as `X-API-Key: <key>`.
#[derive(SecurityScheme)]
#[oai(ty = "api_key", key_name = "X-API-Key", key_in = "header")]
pub struct HeaderKey(ApiKey);

/// The credentials a request presented, if any. None are needed on the admin socket.
#[derive(SecurityScheme)]
pub enum AdminAuth {
    /// `Authorization: Bearer`.
    Bearer(BearerKey),
    /// `X-API-Key`.
    Header(HeaderKey),
    /// Nothing usable was sent.
    #[oai(fallback)]
    Absent,
}

impl AdminAuth {
    /// Resolves the credentials to an administrator, or the reason they are refused.
    pub async fn principal(
        self,
        domain: &Domain,
        req: &Request,
    ) -> Result<AdminPrincipal, ApiError> {
        if req
            .extensions()
            .get::<RequestInfo>()
            .is_some_and(|info| info.via_admin_socket)
        {
            return Ok(AdminPrincipal::local());
        }
        let secret = match self {
            Self::Bearer(BearerKey(bearer)) => bearer.token,
            Self::Header(HeaderKey(key)) => key.key,
            Self::Absent => {
                let failure = if req.headers().contains_key(header::AUTHORIZATION) {
                    AuthFailure::Malformed
                } else {
                    AuthFailure::Missing
                };
                return Err(Error::Unauthorized(failure).into());
            }
        };
        let secret = ApiKeySecret::new(secret.trim().to_owned());
        domain.authenticate_api_key(&secret).await.map_err(|err| {
            if matches!(err, Error::Unauthorized(_)) {
                tracing::info!(reason = %err, "API key refused");
            }
            ApiError::from(err)
        })
    }
}
