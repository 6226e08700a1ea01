//! The `signing_keys` table.

use sea_orm::entity::prelude::*;

/// A row of `signing_keys`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signing_keys")]
pub struct Model {
    /// RFC 7638 thumbprint of the public key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kid: String,
    /// `ES256` or `RS256`.
    pub alg: String,
    /// `next`, `active` or `retired`.
    pub state: String,
    /// `<alg>/active` or `<alg>/next`; NULL when retired. Unique.
    pub slot: Option<String>,
    /// The sealed PKCS#8 private key, base64url.
    pub private_key: String,
    /// The public JWK, JSON.
    pub public_jwk: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub activated_at: Option<i64>,
    /// Unix seconds.
    pub retired_at: Option<i64>,
}

/// Relations of `signing_keys`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
