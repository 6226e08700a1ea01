//! `/audit`: reading the audit log.

use chrono::{DateTime, Utc};
use poem::Request;
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;

use super::{AdminAuth, ApiTags, convert};
use crate::api;
use crate::domain::page_request;
use crate::http::AppState;
use crate::http::errors::ApiError;
use crate::store::AuditFilter;

/// Audit log operations.
pub struct AuditApi;

#[OpenApi(tag = "ApiTags::Audit")]
impl AuditApi {
    /// List audit events
    ///
    /// Newest first, a page at a time; every filter given must match.
    #[oai(path = "/audit", method = "get", operation_id = "list_audit_events")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        req: &Request,
        auth: AdminAuth,
        /// An action (`user.create`), or a whole area ending in a dot (`user.`).
        action: Query<Option<String>>,
        /// The actor's name or id.
        actor: Query<Option<String>>,
        /// The target's name or id.
        target: Query<Option<String>>,
        /// Only events at or after this time (RFC 3339).
        since: Query<Option<DateTime<Utc>>>,
        /// Only events before this time (RFC 3339).
        until: Query<Option<DateTime<Utc>>>,
        /// Page number, from 1 (default 1).
        page: Query<Option<u32>>,
        /// Events per page, 1–500 (default 50).
        per_page: Query<Option<u32>>,
    ) -> Result<Json<api::AuditPage>, ApiError> {
        let admin = auth.principal(&state.domain, req).await?;
        let page = page_request(page.0, per_page.0)?;
        let filter = AuditFilter {
            action: action.0.filter(|s| !s.is_empty()),
            actor: actor.0.filter(|s| !s.is_empty()),
            target: target.0.filter(|s| !s.is_empty()),
            since: since.0,
            until: until.0,
        };
        let events = state.domain.list_audit(&admin, filter, page).await?;
        Ok(Json(convert::audit_page(events)))
    }
}
