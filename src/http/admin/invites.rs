//! `/users/{user}/invite` and `/users/{user}/passkeys`: enrolment and passkeys, for admins.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;

use super::{AdminAuth, ApiTags};
use crate::api;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// Invite and passkey operations.
pub struct PasskeysApi;

#[OpenApi(tag = "ApiTags::Users")]
impl PasskeysApi {
    /// Invite a user to register a passkey
    ///
    /// Returns a one-time link; any earlier unused invite of this user stops working.
    #[oai(
        path = "/users/:user/invite",
        method = "post",
        operation_id = "invite_user"
    )]
    async fn invite(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        body: Json<api::CreateInvite>,
    ) -> Result<Json<api::Invite>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let invite = state
            .domain
            .invite_user(&admin, &request_context(req), &user.0, body.0.expires_at)
            .await?;
        Ok(Json(api::Invite {
            url: invite.url,
            expires_at: invite.expires_at,
        }))
    }

    /// List a user's passkeys
    #[oai(
        path = "/users/:user/passkeys",
        method = "get",
        operation_id = "list_user_passkeys"
    )]
    async fn passkeys(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::PasskeyList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let passkeys = state.domain.passkeys_of_user(&admin, &user.0).await?;
        Ok(Json(api::PasskeyList {
            items: passkeys
                .into_iter()
                .map(|p| api::PasskeySummary {
                    id: p.id.to_string(),
                    name: p.name,
                    aaguid: p.aaguid,
                    synced: p.backup_state,
                    created_at: p.created_at,
                    last_used_at: p.last_used_at,
                })
                .collect(),
        }))
    }
}
