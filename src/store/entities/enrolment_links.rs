//! The `enrolment_links` table: invite and setup links.

use sea_orm::entity::prelude::*;

/// A row of `enrolment_links`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enrolment_links")]
pub struct Model {
    /// UUID.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// `invite`, `signup` or `setup`.
    pub kind: String,
    /// Hex SHA-256 of the token.
    pub token_hash: String,
    /// The user an invite enrols.
    pub user_id: Option<String>,
    /// Creator's label.
    pub created_by: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Unix seconds.
    pub used_at: Option<i64>,
    /// Sign-ups left on a sign-up link.
    pub uses_left: Option<i64>,
    /// JSON list of group ids a sign-up joins.
    pub group_ids: String,
}

/// Relations of `enrolment_links`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
