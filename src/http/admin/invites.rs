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

fn session_summary(session: crate::model::Session) -> api::SessionSummary {
    api::SessionSummary {
        id: session.id.to_string(),
        method: session.method.as_str().to_owned(),
        ip: session.ip,
        user_agent: session.user_agent,
        created_at: session.created_at,
        last_seen_at: session.last_seen_at,
        expires_at: session.expires_at,
    }
}

/// Session and login-code operations.
pub struct SessionsApi;

#[OpenApi(tag = "ApiTags::Users")]
impl SessionsApi {
    /// Delete a user's passkey
    ///
    /// The passkey stops working at once. Deleting the last one leaves the user needing an
    /// invite or a login code to sign in again.
    #[oai(
        path = "/users/:user/passkeys/:passkey",
        method = "delete",
        operation_id = "delete_user_passkey"
    )]
    async fn delete_passkey(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        /// The passkey's id.
        passkey: Path<String>,
    ) -> Result<super::responses::Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .delete_user_passkey(&admin, &request_context(req), &user.0, &passkey.0)
            .await?;
        Ok(super::responses::Done::NoContent)
    }

    /// List a user's sessions
    #[oai(
        path = "/users/:user/sessions",
        method = "get",
        operation_id = "list_user_sessions"
    )]
    async fn sessions(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::SessionList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let sessions = state.domain.user_sessions(&admin, &user.0).await?;
        Ok(Json(api::SessionList {
            items: sessions.into_iter().map(session_summary).collect(),
        }))
    }

    /// Revoke a user's session
    #[oai(
        path = "/users/:user/sessions/:session",
        method = "delete",
        operation_id = "revoke_user_session"
    )]
    async fn revoke(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        /// The session's id.
        session: Path<String>,
    ) -> Result<super::responses::Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .revoke_user_sessions(&admin, &request_context(req), &user.0, Some(&session.0))
            .await?;
        Ok(super::responses::Done::NoContent)
    }

    /// Revoke all of a user's sessions
    #[oai(
        path = "/users/:user/sessions",
        method = "delete",
        operation_id = "revoke_user_sessions"
    )]
    async fn revoke_all(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<super::responses::Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .revoke_user_sessions(&admin, &request_context(req), &user.0, None)
            .await?;
        Ok(super::responses::Done::NoContent)
    }

    /// Issue a login code
    ///
    /// A one-time code with which the user signs in on the "use a login code" page, once, within
    /// its lifetime. A newer code replaces an unused older one.
    #[oai(
        path = "/users/:user/login-code",
        method = "post",
        operation_id = "create_login_code"
    )]
    async fn login_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        body: Json<api::CreateLoginCode>,
    ) -> Result<Json<api::LoginCode>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let code = state
            .domain
            .create_login_code(&admin, &request_context(req), &user.0, body.0.expires_at)
            .await?;
        Ok(Json(api::LoginCode {
            code: code.code,
            url: code.url,
            expires_at: code.expires_at,
        }))
    }
}

fn signup_link(link: crate::model::EnrolmentLink, url: Option<String>) -> api::SignupLink {
    api::SignupLink {
        id: link.id,
        url,
        uses_left: link.uses_left.unwrap_or(0),
        expires_at: link.expires_at,
        group_ids: link.group_ids.iter().map(ToString::to_string).collect(),
    }
}

/// Sign-up link operations.
pub struct SignupLinksApi;

#[OpenApi(tag = "ApiTags::Users")]
impl SignupLinksApi {
    /// Create a sign-up link
    ///
    /// New people open it to create their own account and passkey; it works `uses` times
    /// until it expires, and only while the server's sign-up mode is `invite-only` or `open`.
    #[oai(
        path = "/signup-links",
        method = "post",
        operation_id = "create_signup_link"
    )]
    async fn create(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::CreateSignupLink>,
    ) -> Result<Json<api::SignupLink>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let created = state
            .domain
            .create_signup_link(
                &admin,
                &request_context(req),
                body.0.uses,
                body.0.expires_at,
                &body.0.groups,
            )
            .await?;
        Ok(Json(signup_link(created.link, Some(created.url))))
    }

    /// List sign-up links
    #[oai(
        path = "/signup-links",
        method = "get",
        operation_id = "list_signup_links"
    )]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
    ) -> Result<Json<api::SignupLinkList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let links = state.domain.signup_links(&admin).await?;
        Ok(Json(api::SignupLinkList {
            items: links.into_iter().map(|l| signup_link(l, None)).collect(),
        }))
    }

    /// Delete a sign-up link
    #[oai(
        path = "/signup-links/:id",
        method = "delete",
        operation_id = "delete_signup_link"
    )]
    async fn delete(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The link's id.
        id: Path<String>,
    ) -> Result<super::responses::Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .delete_signup_link(&admin, &request_context(req), &id.0)
            .await?;
        Ok(super::responses::Done::NoContent)
    }
}
