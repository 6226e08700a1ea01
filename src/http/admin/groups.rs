//! `/groups`: groups and their members.

use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;

use super::responses::{Done, GroupCreated};
use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::http::request::request_context;

/// Group operations.
pub struct GroupsApi;

#[OpenApi(tag = "ApiTags::Groups")]
impl GroupsApi {
    /// List groups
    ///
    /// Groups ordered by name; `search` matches part of the name or display name.
    #[oai(path = "/groups", method = "get", operation_id = "list_groups")]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// Text to look for.
        search: Query<Option<String>>,
    ) -> Result<Json<api::GroupList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let groups = state
            .domain
            .list_groups(&admin, search.0.as_deref())
            .await?;
        Ok(Json(api::GroupList {
            items: groups.iter().map(convert::group).collect(),
        }))
    }

    /// Create a group
    #[oai(path = "/groups", method = "post", operation_id = "create_group")]
    async fn create(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        body: Json<api::CreateGroup>,
    ) -> Result<GroupCreated, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let group = state
            .domain
            .create_group(&admin, &request_context(req), body.0)
            .await?;
        Ok(GroupCreated::Created(Json(convert::group(&group))))
    }

    /// Get a group
    #[oai(path = "/groups/:group", method = "get", operation_id = "get_group")]
    async fn get(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
    ) -> Result<Json<api::Group>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let group = state.domain.find_group(&admin, &group.0).await?;
        Ok(Json(convert::group(&group)))
    }

    /// Rename a group
    ///
    /// Changes the name (what apps see in the `groups` claim) or the display name.
    #[oai(
        path = "/groups/:group",
        method = "patch",
        operation_id = "update_group"
    )]
    async fn update(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
        body: Json<api::UpdateGroup>,
    ) -> Result<Json<api::Group>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let group = state
            .domain
            .update_group(&admin, &request_context(req), &group.0, body.0)
            .await?;
        Ok(Json(convert::group(&group)))
    }

    /// Delete a group
    ///
    /// The members stay; only their membership and the group's claims go.
    #[oai(
        path = "/groups/:group",
        method = "delete",
        operation_id = "delete_group"
    )]
    async fn delete(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .delete_group(&admin, &request_context(req), &group.0)
            .await?;
        Ok(Done::NoContent)
    }

    /// List a group's members
    #[oai(
        path = "/groups/:group/members",
        method = "get",
        operation_id = "list_group_members"
    )]
    async fn members(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
    ) -> Result<Json<api::UserList>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let users = state.domain.group_members(&admin, &group.0).await?;
        Ok(Json(api::UserList {
            items: users.iter().map(convert::user).collect(),
        }))
    }

    /// Add a member
    ///
    /// Adding someone who already is a member changes nothing.
    #[oai(
        path = "/groups/:group/members/:user",
        method = "put",
        operation_id = "add_group_member"
    )]
    async fn add_member(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .add_group_member(&admin, &request_context(req), &group.0, &user.0)
            .await?;
        Ok(Done::NoContent)
    }

    /// Remove a member
    #[oai(
        path = "/groups/:group/members/:user",
        method = "delete",
        operation_id = "remove_group_member"
    )]
    async fn remove_member(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// The group's id or name.
        group: Path<String>,
        /// The user's id or username.
        user: Path<String>,
    ) -> Result<Done, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        state
            .domain
            .remove_group_member(&admin, &request_context(req), &group.0, &user.0)
            .await?;
        Ok(Done::NoContent)
    }
}
