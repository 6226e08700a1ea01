//! The `passkeys` table.

use sea_orm::entity::prelude::*;

/// A row of `passkeys`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "passkeys")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Owner.
    pub user_id: String,
    /// Base64url credential id, unique.
    pub credential_id: String,
    /// Display name.
    pub name: String,
    /// Authenticator model.
    pub aaguid: Option<String>,
    /// Serialised verified credential.
    pub credential: String,
    /// BE flag.
    pub backup_eligible: bool,
    /// BS flag.
    pub backup_state: bool,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub last_used_at: Option<i64>,
}

/// Relations of `passkeys`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
