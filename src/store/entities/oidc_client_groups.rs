//! The `oidc_client_groups` table: which groups may use which clients.

use sea_orm::entity::prelude::*;

/// A row of `oidc_client_groups`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_client_groups")]
pub struct Model {
    /// The client.
    #[sea_orm(primary_key, auto_increment = false)]
    pub client_id: String,
    /// The group.
    #[sea_orm(primary_key, auto_increment = false)]
    pub group_id: String,
}

/// Relations of `oidc_client_groups`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
