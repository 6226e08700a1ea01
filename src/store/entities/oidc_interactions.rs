//! The `oidc_interactions` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_interactions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_interactions")]
pub struct Model {
    /// Hex SHA-256 of the interaction id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    /// The validated authorization request, as JSON.
    pub request: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Relations of `oidc_interactions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
