//! The `oidc_consents` table.

use sea_orm::entity::prelude::*;

/// A row of `oidc_consents`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_consents")]
pub struct Model {
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: String,
    /// The app.
    #[sea_orm(primary_key, auto_increment = false)]
    pub client_id: String,
    /// Every scope consented to, space-separated.
    pub scope: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

/// Relations of `oidc_consents`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
