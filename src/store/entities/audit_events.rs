//! The `audit_events` table.

use sea_orm::entity::prelude::*;

/// A row of `audit_events`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    /// Increasing id.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// `local_admin`, `api_key`, `user`.
    pub actor_kind: String,
    /// Actor id.
    pub actor_id: Option<String>,
    /// Actor label.
    pub actor: String,
    /// `area.verb`.
    pub action: String,
    /// Target kind.
    pub target_kind: String,
    /// Target id.
    pub target_id: Option<String>,
    /// Target label.
    pub target: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Client user agent.
    pub user_agent: Option<String>,
    /// Request id.
    pub request_id: Option<String>,
    /// JSON text.
    pub details: String,
}

/// Relations of `audit_events`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
