//! The `oidc_clients` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_clients`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_clients")]
pub struct Model {
    /// The public `client_id`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Shown to people.
    pub name: String,
    /// No secret, PKCE always.
    pub is_public: bool,
    /// JSON array of strings.
    pub redirect_uris: String,
    /// JSON array of strings.
    pub post_logout_redirect_uris: String,
    /// No consent page.
    pub skip_consent: bool,
    /// PKCE required.
    pub require_pkce: bool,
    /// Accepts `plain` PKCE.
    pub allow_plain_pkce: bool,
    /// Seconds.
    pub access_token_lifetime_secs: i64,
    /// Seconds.
    pub refresh_token_lifetime_secs: i64,
    /// `ES256` or `RS256`.
    pub id_token_signing_alg: String,
    /// Logo URL.
    pub logo_url: Option<String>,
    /// Start page URL.
    pub launch_url: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

/// Relations of `oidc_clients`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
