//! The `users` table.

use sea_orm::entity::prelude::*;

/// A row of `users`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// As given.
    pub username: String,
    /// Lower-cased, unique.
    pub username_key: String,
    /// As given.
    pub email: Option<String>,
    /// Lower-cased, unique.
    pub email_key: Option<String>,
    /// Set by an administrator.
    pub email_verified: bool,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Explicit display name.
    pub display_name: Option<String>,
    /// Administrator.
    pub is_admin: bool,
    /// Cannot sign in.
    pub disabled: bool,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

/// Relations of `users`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
