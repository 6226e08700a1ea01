//! `/users/{user}/claims` and `/groups/{group}/claims`: custom claims.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;

use super::responses::Done;
use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::domain::ClaimTarget;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// Custom claim operations.
pub struct ClaimsApi;

async fn list(
    state: &AppState,
    req: &Request,
    auth: AdminAuth,
    target: ClaimTarget<'_>,
) -> Result<Json<api::ClaimList>, ApiError> {
    let admin = auth.principal(&state.domain, req).await?;
    let claims = state.domain.list_claims(&admin, target).await?;
    Ok(Json(api::ClaimList {
        items: claims.iter().map(convert::claim).collect(),
    }))
}

async fn set(
    state: &AppState,
    req: &Request,
    auth: AdminAuth,
    target: ClaimTarget<'_>,
    key: &str,
    body: api::SetClaim,
) -> Result<Json<api::Claim>, ApiError> {
    let admin = auth.principal(&state.domain, req).await?;
    let claim = state
        .domain
        .set_claim(&admin, &request_context(req), target, key, body.value)
        .await?;
    Ok(Json(convert::claim(&claim)))
}

async fn unset(
    state: &AppState,
    req: &Request,
    auth: AdminAuth,
    target: ClaimTarget<'_>,
    key: &str,
) -> Result<Done, ApiError> {
    let admin = auth.principal(&state.domain, req).await?;
    state
        .domain
        .unset_claim(&admin, &request_context(req), target, key)
        .await?;
    Ok(Done::NoContent)
}

#[OpenApi(tag = "ApiTags::Claims")]
impl ClaimsApi {
    /// List a user's claims
    ///
    /// The user's own custom claims (not those of their groups), ordered by key.
    #[oai(
        path = "/users/:user/claims",
        method = "get",
        operation_id = "list_user_claims"
    )]
    async fn list_user(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::ClaimList>, ApiError> {
        list(&state, req, auth, ClaimTarget::User(&user.0)).await
    }

    /// Set a user's claim
    ///
    /// Creates or replaces the claim. Reserved names (`sub`, `email`, `groups`, …) are refused.
    #[oai(
        path = "/users/:user/claims/:key",
        method = "put",
        operation_id = "set_user_claim"
    )]
    async fn set_user(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        /// The claim name.
        key: Path<String>,
        body: Json<api::SetClaim>,
    ) -> Result<Json<api::Claim>, ApiError> {
        set(
            &state,
            req,
            auth,
            ClaimTarget::User(&user.0),
            &key.0,
            body.0,
        )
        .await
    }

    /// Remove a user's claim
    #[oai(
        path = "/users/:user/claims/:key",
        method = "delete",
        operation_id = "unset_user_claim"
    )]
    async fn unset_user(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        /// The claim name.
        key: Path<String>,
    ) -> Result<Done, ApiError> {
        unset(&state, req, auth, ClaimTarget::User(&user.0), &key.0).await
    }

    /// List a group's claims
    ///
    /// Claims every member of the group receives, ordered by key.
    #[oai(
        path = "/groups/:group/claims",
        method = "get",
        operation_id = "list_group_claims"
    )]
    async fn list_group(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
    ) -> Result<Json<api::ClaimList>, ApiError> {
        list(&state, req, auth, ClaimTarget::Group(&group.0)).await
    }

    /// Set a group's claim
    #[oai(
        path = "/groups/:group/claims/:key",
        method = "put",
        operation_id = "set_group_claim"
    )]
    async fn set_group(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
        /// The claim name.
        key: Path<String>,
        body: Json<api::SetClaim>,
    ) -> Result<Json<api::Claim>, ApiError> {
        set(
            &state,
            req,
            auth,
            ClaimTarget::Group(&group.0),
            &key.0,
            body.0,
        )
        .await
    }

    /// Remove a group's claim
    #[oai(
        path = "/groups/:group/claims/:key",
        method = "delete",
        operation_id = "unset_group_claim"
    )]
    async fn unset_group(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
        /// The claim name.
        key: Path<String>,
    ) -> Result<Done, ApiError> {
        unset(&state, req, auth, ClaimTarget::Group(&group.0), &key.0).await
    }
}
