//! The `oidc_revoked_tokens` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_revoked_tokens`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_revoked_tokens")]
pub struct Model {
    /// The revoked access token's `jti`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub jti: String,
    /// Unix seconds; after it the token is dead anyway.
    pub expires_at: i64,
}

/// Relations of `oidc_revoked_tokens`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
