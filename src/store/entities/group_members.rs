//! The `group_members` table: which users are in which groups.

use sea_orm::entity::prelude::*;

/// A row of `group_members`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_members")]
pub struct Model {
    /// The group.
    #[sea_orm(primary_key, auto_increment = false)]
    pub group_id: String,
    /// The member.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: String,
    /// Unix seconds.
    pub created_at: i64,
}

/// Relations of `group_members`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
