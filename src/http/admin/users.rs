//! `/users`: listing, creating, changing, disabling and deleting users.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;

use super::responses::{Done, UserCreated};
use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::domain::page_request;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// User operations.
pub struct UsersApi;

#[OpenApi(tag = "ApiTags::Users")]
impl UsersApi {
    /// List users
    ///
    /// Users ordered by username, a page at a time. `search` matches part of the username,
    /// email, first, last or display name, without regard to case.
    #[oai(path = "/users", method = "get", operation_id = "list_users")]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// Text to look for.
        search: Query<Option<String>>,
        /// Page number, from 1 (default 1).
        page: Query<Option<u32>>,
        /// Users per page, 1–500 (default 50).
        per_page: Query<Option<u32>>,
    ) -> Result<Json<api::UserPage>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let page = page_request(page.0, per_page.0)?;
        let users = state
            .domain
            .list_users(&admin, search.0.as_deref(), page)
            .await?;
        Ok(Json(convert::user_page(users)))
    }

    /// Create a user
    ///
    /// The username must be unique without regard to case, and so must the email when given.
    #[oai(path = "/users", method = "post", operation_id = "create_user")]
    async fn create(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::CreateUser>,
    ) -> Result<UserCreated, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let user = state
            .domain
            .create_user(&admin, &request_context(req), body.0)
            .await?;
        Ok(UserCreated::Created(Json(convert::user(&user))))
    }

    /// Get a user
    #[oai(path = "/users/:user", method = "get", operation_id = "get_user")]
    async fn get(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::User>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let user = state.domain.find_user(&admin, &user.0).await?;
        Ok(Json(convert::user(&user)))
    }

    /// Change a user
    ///
    /// Only the fields present change. An empty string clears `email`, `first_name` or
    /// `last_name`, and makes `display_name` derived again.
    #[oai(path = "/users/:user", method = "patch", operation_id = "update_user")]
    async fn update(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
        body: Json<api::UpdateUser>,
    ) -> Result<Json<api::User>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let user = state
            .domain
            .update_user(&admin, &request_context(req), &user.0, body.0)
            .await?;
        Ok(Json(convert::user(&user)))
    }

    /// Disable a user
    ///
    /// A disabled user cannot sign in and is refused new tokens. Disabling twice is harmless.
    #[oai(
        path = "/users/:user/disable",
        method = "post",
        operation_id = "disable_user"
    )]
    async fn disable(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::User>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let user = state
            .domain
            .set_user_disabled(&admin, &request_context(req), &user.0, true)
            .await?;
        Ok(Json(convert::user(&user)))
    }

    /// Enable a user
    #[oai(
        path = "/users/:user/enable",
        method = "post",
        operation_id = "enable_user"
    )]
    async fn enable(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::User>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let user = state
            .domain
            .set_user_disabled(&admin, &request_context(req), &user.0, false)
            .await?;
        Ok(Json(convert::user(&user)))
    }

    /// Delete a user
    ///
    /// Removes the user with their group memberships and custom claims.
    #[oai(path = "/users/:user", method = "delete", operation_id = "delete_user")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .delete_user(&admin, &request_context(req), &user.0)
            .await?;
        Ok(Done::NoContent)
    }

    /// List a user's groups
    #[oai(
        path = "/users/:user/groups",
        method = "get",
        operation_id = "list_user_groups"
    )]
    async fn groups(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Json<api::GroupList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let groups = state.domain.groups_of_user(&admin, &user.0).await?;
        Ok(Json(api::GroupList {
            items: groups.iter().map(convert::group).collect(),
        }))
    }
}
