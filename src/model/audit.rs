//! Audit records: who did what to which thing, from where.

use chrono::{DateTime, Utc};

use super::{ApiKeyId, UserId};

/// Who performs an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A caller on the admin Unix socket, or a maintenance command on the host.
    LocalAdmin,
    /// A caller with an admin API key.
    ApiKey {
        /// The key's id.
        id: ApiKeyId,
        /// The key's name.
        name: String,
    },
    /// A person acting for themselves (signing in, adding a passkey).
    User {
        /// Their id.
        id: UserId,
        /// Their username.
        username: String,
    },
    /// Someone not signed in (a failed sign-in).
    Anonymous,
    /// The server itself, on a schedule (rotating signing keys, say).
    System,
}

impl Actor {
    /// The kind, as recorded: `local_admin`, `api_key`, `user`, `anonymous` or `system`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::LocalAdmin => "local_admin",
            Self::ApiKey { .. } => "api_key",
            Self::User { .. } => "user",
            Self::Anonymous => "anonymous",
            Self::System => "system",
        }
    }

    /// The actor's id, when it has one.
    pub fn id(&self) -> Option<String> {
        match self {
            Self::LocalAdmin | Self::Anonymous | Self::System => None,
            Self::ApiKey { id, .. } => Some(id.to_string()),
            Self::User { id, .. } => Some(id.to_string()),
        }
    }

    /// The actor's name as people read it.
    pub fn label(&self) -> String {
        match self {
            Self::LocalAdmin => "local-admin".into(),
            Self::ApiKey { name, .. } => name.clone(),
            Self::User { username, .. } => username.clone(),
            Self::Anonymous => "anonymous".into(),
            Self::System => "system".into(),
        }
    }
}

/// Where a request came from, for the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestContext {
    /// The client's address.
    pub ip: Option<String>,
    /// The client's `User-Agent`.
    pub user_agent: Option<String>,
    /// The request id.
    pub request_id: Option<String>,
}

/// One event to record, written in the same transaction as the change it describes.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRecord {
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub actor: Actor,
    /// What, as `area.verb`.
    pub action: &'static str,
    /// The kind of thing acted on.
    pub target_kind: &'static str,
    /// Its id.
    pub target_id: Option<String>,
    /// Its name.
    pub target: Option<String>,
    /// From where.
    pub context: RequestContext,
    /// What changed.
    pub details: serde_json::Value,
}

/// A recorded event, as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// Increasing id.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// `local_admin`, `api_key` or `user`.
    pub actor_kind: String,
    /// The actor's id.
    pub actor_id: Option<String>,
    /// The actor's name.
    pub actor: String,
    /// What.
    pub action: String,
    /// Kind of thing acted on.
    pub target_kind: String,
    /// Its id.
    pub target_id: Option<String>,
    /// Its name.
    pub target: Option<String>,
    /// From where.
    pub context: RequestContext,
    /// What changed.
    pub details: serde_json::Value,
}
