//! The `group_claims` table: custom claims of a group.

use sea_orm::entity::prelude::*;

/// A row of `group_claims`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_claims")]
pub struct Model {
    /// The owner.
    #[sea_orm(primary_key, auto_increment = false)]
    pub group_id: String,
    /// Claim name.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// JSON text.
    pub value: String,
}

/// Relations of `group_claims`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
