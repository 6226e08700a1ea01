//! `/clients`: registering OpenID Connect clients and rotating their secrets.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;

use super::responses::{ClientCreated, ClientSecretCreated, Done};
use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// Client operations.
pub struct ClientsApi;

#[OpenApi(tag = "ApiTags::Clients")]
impl ClientsApi {
    /// List clients
    ///
    /// Every client, ordered by name. Secrets are listed by prefix only.
    #[oai(path = "/clients", method = "get", operation_id = "list_clients")]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
    ) -> Result<Json<api::ClientList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let clients = state.domain.list_clients(&admin).await?;
        Ok(Json(api::ClientList {
            items: clients.iter().map(convert::client).collect(),
        }))
    }

    /// Create a client
    ///
    /// A confidential client gets a secret, returned this once; only its hash is stored. A public
    /// client has no secret and always uses PKCE.
    #[oai(path = "/clients", method = "post", operation_id = "create_client")]
    async fn create(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::CreateClient>,
    ) -> Result<ClientCreated, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let (client, secret) = state
            .domain
            .create_client(&admin, &request_context(req), body.0)
            .await?;
        Ok(ClientCreated::Created(Json(api::CreatedClient {
            client: convert::client(&client),
            secret: secret.map(|s| s.expose().to_owned()),
        })))
    }

    /// Get a client
    #[oai(path = "/clients/:client", method = "get", operation_id = "get_client")]
    async fn get(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The client's id, or its exact name.
        client: Path<String>,
    ) -> Result<Json<api::Client>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let client = state.domain.find_client(&admin, &client.0).await?;
        Ok(Json(convert::client(&client)))
    }

    /// Change a client
    ///
    /// Fields left out stay as they are; lists given replace the old ones.
    #[oai(
        path = "/clients/:client",
        method = "patch",
        operation_id = "update_client"
    )]
    async fn update(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The client's id, or its exact name.
        client: Path<String>,
        body: Json<api::UpdateClient>,
    ) -> Result<Json<api::Client>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let client = state
            .domain
            .update_client(&admin, &request_context(req), &client.0, body.0)
            .await?;
        Ok(Json(convert::client(&client)))
    }

    /// Delete a client
    ///
    /// The app can no longer sign people in; its secrets go too.
    #[oai(
        path = "/clients/:client",
        method = "delete",
        operation_id = "delete_client"
    )]
    async fn delete(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The client's id, or its exact name.
        client: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .delete_client(&admin, &request_context(req), &client.0)
            .await?;
        Ok(Done::NoContent)
    }

    /// Rotate a client's secret
    ///
    /// Adds a new secret, returned this once, and lets the older ones keep working for a grace
    /// period (24 hours unless `keep_old_secs` says otherwise). A client has at most 5 working
    /// secrets. Public clients have no secret: asking for one is refused with 422.
    #[oai(
        path = "/clients/:client/secrets",
        method = "post",
        operation_id = "rotate_client_secret"
    )]
    async fn rotate_secret(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The client's id, or its exact name.
        client: Path<String>,
        body: Json<api::RotateClientSecret>,
    ) -> Result<ClientSecretCreated, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let (client, info, secret) = state
            .domain
            .rotate_client_secret(&admin, &request_context(req), &client.0, body.0)
            .await?;
        Ok(ClientSecretCreated::Created(Json(
            api::CreatedClientSecret {
                client_secret: convert::client_secret(&info),
                secret: secret.expose().to_owned(),
                client: convert::client(&client),
            },
        )))
    }
}
