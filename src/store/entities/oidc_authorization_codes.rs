//! The `oidc_authorization_codes` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_authorization_codes`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_authorization_codes")]
pub struct Model {
    /// Hex SHA-256 of the code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code_hash: String,
    /// The grant.
    pub grant_id: String,
    /// Where the code was sent.
    pub redirect_uri: String,
    /// The request's nonce.
    pub nonce: Option<String>,
    /// PKCE challenge.
    pub code_challenge: Option<String>,
    /// `S256` or `plain`.
    pub code_challenge_method: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Unix seconds.
    pub used_at: Option<i64>,
}

/// Relations of `oidc_authorization_codes`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
