//! The `ceremonies` table: WebAuthn ceremonies in flight.

use sea_orm::entity::prelude::*;

/// A row of `ceremonies`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ceremonies")]
pub struct Model {
    /// Random id handed to the browser.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// `register` or `authenticate`.
    pub kind: String,
    /// The user a registration is for.
    pub user_id: Option<String>,
    /// Serialised library state.
    pub state: String,
    /// JSON: what the ceremony is part of (an enrolment link, a session).
    pub context: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Relations of `ceremonies`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
