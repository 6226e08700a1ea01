//! The `api_keys` table.

use sea_orm::entity::prelude::*;

/// A row of `api_keys`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Unique among keys not revoked.
    pub name: String,
    /// Start of the secret.
    pub prefix: String,
    /// Hex SHA-256 of the secret.
    pub secret_hash: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Creator's label.
    pub created_by: String,
    /// Unix seconds.
    pub expires_at: Option<i64>,
    /// Unix seconds.
    pub last_used_at: Option<i64>,
    /// Unix seconds.
    pub revoked_at: Option<i64>,
}

/// Relations of `api_keys`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
