//! `/keys`: listing the token signing keys and rotating them.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::payload::Json;

use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// Signing key operations.
pub struct SigningKeysApi;

#[OpenApi(tag = "ApiTags::SigningKeys")]
impl SigningKeysApi {
    /// List signing keys
    ///
    /// Every signing key with its state: by algorithm, the active key, the next key, then
    /// retired keys, newest first. Private keys are never shown.
    #[oai(path = "/keys", method = "get", operation_id = "list_signing_keys")]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
    ) -> Result<Json<api::SigningKeyList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let keys = state.domain.list_signing_keys(&admin).await?;
        Ok(Json(convert::signing_keys(&keys)))
    }

    /// Rotate signing keys
    ///
    /// For `alg`, or for every algorithm in use when the body is `{}`: the next key (already
    /// published in the JWKS) starts signing, the active key retires, and a fresh next key is
    /// published. Tokens signed by the retired key stay valid until they expire: it stays in the
    /// JWKS for 25 hours. Returns every key afterwards. Other servers on the same database pick
    /// the change up within a minute.
    #[oai(
        path = "/keys/rotate",
        method = "post",
        operation_id = "rotate_signing_keys"
    )]
    async fn rotate(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::RotateSigningKeys>,
    ) -> Result<Json<api::SigningKeyList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let keys = state
            .domain
            .rotate_signing_keys(
                &admin,
                &request_context(req),
                body.0.alg.map(convert::key_alg),
            )
            .await?;
        Ok(Json(convert::signing_keys(&keys)))
    }
}
