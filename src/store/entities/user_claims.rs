//! The `user_claims` table: custom claims of a user.

use sea_orm::entity::prelude::*;

/// A row of `user_claims`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_claims")]
pub struct Model {
    /// The owner.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: String,
    /// Claim name.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// JSON text.
    pub value: String,
}

/// Relations of `user_claims`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
