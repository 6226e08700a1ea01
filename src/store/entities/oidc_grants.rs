//! The `oidc_grants` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_grants`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_grants")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The app.
    pub client_id: String,
    /// The person.
    pub user_id: String,
    /// The browser session that authorized it.
    pub session_id: Option<String>,
    /// Granted scopes, space-separated.
    pub scope: String,
    /// Unix seconds.
    pub auth_time: i64,
    /// How the person signed in (`passkey`, `one_time_code`).
    pub amr: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Unix seconds.
    pub revoked_at: Option<i64>,
}

/// Relations of `oidc_grants`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
