//! The audit log: who changed what, from where, and when.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One recorded event.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct AuditEvent {
    /// Increasing identifier: a later event has a larger id.
    pub id: i64,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What kind of actor did it: `api_key`, `local_admin`, `user`, `anonymous` (a failed sign-in)
    /// or `system` (the server on its own, rotating signing keys).
    pub actor_kind: String,
    /// The actor's id (an API key or user id); absent for the local administrator.
    pub actor_id: Option<String>,
    /// The actor's name at the time (a key name, a username, or `local-admin`).
    pub actor: String,
    /// What was done, as `area.verb`: `user.create`, `group.member_add`, `api_key.revoke`, …
    pub action: String,
    /// What kind of thing it was done to: `user`, `group`, `api_key`, …
    pub target_kind: String,
    /// The id of that thing.
    pub target_id: Option<String>,
    /// Its name at the time.
    pub target: Option<String>,
    /// The client's IP address (from `X-Forwarded-For` only behind a trusted proxy).
    pub ip: Option<String>,
    /// The client's `User-Agent`.
    pub user_agent: Option<String>,
    /// The id of the request that did it.
    pub request_id: Option<String>,
    /// Details of the change (the fields set, the claim key, …).
    pub details: serde_json::Value,
}

/// One page of audit events, newest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct AuditPage {
    /// The events on this page.
    pub items: Vec<AuditEvent>,
    /// How many events match the filters in all.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// The page size used.
    pub per_page: u32,
}
