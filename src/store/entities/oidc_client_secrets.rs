//! The `oidc_client_secrets` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_client_secrets`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_client_secrets")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The client.
    pub client_id: String,
    /// Hex SHA-256 of the secret.
    pub secret_hash: String,
    /// Start of the secret.
    pub prefix: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: Option<i64>,
}

/// Relations of `oidc_client_secrets`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
