//! `/api-keys`: creating, listing and revoking admin API keys.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;

use super::responses::{ApiKeyCreated, Done};
use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::domain::NewApiKey;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// API key operations.
pub struct ApiKeysApi;

#[OpenApi(tag = "ApiTags::ApiKeys")]
impl ApiKeysApi {
    /// List API keys
    ///
    /// Every key, revoked ones included, newest first. Secrets are never shown again.
    #[oai(path = "/api-keys", method = "get", operation_id = "list_api_keys")]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
    ) -> Result<Json<api::ApiKeyList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let keys = state.domain.list_api_keys(&admin).await?;
        Ok(Json(api::ApiKeyList {
            items: keys.iter().map(convert::api_key).collect(),
        }))
    }

    /// Create an API key
    ///
    /// Returns the secret once; only its hash is stored.
    #[oai(path = "/api-keys", method = "post", operation_id = "create_api_key")]
    async fn create(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::CreateApiKey>,
    ) -> Result<ApiKeyCreated, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let (key, secret) = state
            .domain
            .create_api_key(
                &admin,
                &request_context(req),
                NewApiKey {
                    name: body.0.name,
                    expires_at: body.0.expires_at,
                },
            )
            .await?;
        Ok(ApiKeyCreated::Created(Json(api::CreatedApiKey {
            api_key: convert::api_key(&key),
            secret: secret.expose().to_owned(),
        })))
    }

    /// Revoke an API key
    ///
    /// The key stops working at once; its record stays in the list.
    #[oai(
        path = "/api-keys/:key",
        method = "delete",
        operation_id = "revoke_api_key"
    )]
    async fn revoke(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The key's id, or the name of a key not yet revoked.
        key: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .revoke_api_key(&admin, &request_context(req), &key.0)
            .await?;
        Ok(Done::NoContent)
    }
}
