//! Users in the database.

use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::entities::users::{self, Column, Entity};
use super::{
    Store, StoreError, StoreResult, UniqueField, audit, from_secs, is_unique_violation,
    like_pattern, to_secs,
};
use crate::model::{AuditRecord, Email, Page, PageRequest, PersonName, User, UserId, Username};

fn corrupt(detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table: "users",
        detail: detail.to_string(),
    }
}

/// Converts a row into a user, re-validating what it holds.
pub(super) fn from_row(row: users::Model) -> StoreResult<User> {
    let name = |field: &str, value: Option<String>| {
        value
            .map(|v| PersonName::parse(field, &v))
            .transpose()
            .map_err(corrupt)
    };
    Ok(User {
        id: row.id.parse().map_err(corrupt)?,
        username: Username::parse(&row.username).map_err(corrupt)?,
        email: row
            .email
            .map(|e| Email::parse(&e))
            .transpose()
            .map_err(corrupt)?,
        email_verified: row.email_verified,
        first_name: name("first_name", row.first_name)?,
        last_name: name("last_name", row.last_name)?,
        display_name: name("display_name", row.display_name)?,
        is_admin: row.is_admin,
        disabled: row.disabled,
        created_at: from_secs(row.created_at),
        updated_at: from_secs(row.updated_at),
    })
}

fn to_row(user: &User) -> users::ActiveModel {
    users::ActiveModel {
        id: Set(user.id.to_string()),
        username: Set(user.username.as_str().to_owned()),
        username_key: Set(user.username.key()),
        email: Set(user.email.as_ref().map(|e| e.as_str().to_owned())),
        email_key: Set(user.email.as_ref().map(Email::key)),
        email_verified: Set(user.email_verified),
        first_name: Set(user.first_name.as_ref().map(|n| n.as_str().to_owned())),
        last_name: Set(user.last_name.as_ref().map(|n| n.as_str().to_owned())),
        display_name: Set(user.display_name.as_ref().map(|n| n.as_str().to_owned())),
        is_admin: Set(user.is_admin),
        disabled: Set(user.disabled),
        created_at: Set(to_secs(user.created_at)),
        updated_at: Set(to_secs(user.updated_at)),
    }
}

/// Maps a unique violation on `users` to the field it concerns.
fn conflict(err: sea_orm::DbErr) -> StoreError {
    match is_unique_violation(&err) {
        Some(message) if message.contains("email") => StoreError::Conflict(UniqueField::Email),
        Some(_) => StoreError::Conflict(UniqueField::Username),
        None => StoreError::Database(err),
    }
}

/// Inserts a user row inside a caller's transaction.
pub(super) async fn insert_row(
    conn: &impl sea_orm::ConnectionTrait,
    user: &User,
) -> StoreResult<()> {
    Entity::insert(to_row(user))
        .exec(conn)
        .await
        .map_err(conflict)?;
    Ok(())
}

impl Store {
    /// Inserts a new user.
    pub async fn insert_user(&self, user: &User, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        insert_row(&txn, user).await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes every field of an existing user.
    pub async fn update_user(&self, user: &User, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = Entity::update_many()
            .set(to_row(user))
            .filter(Column::Id.eq(user.id.to_string()))
            .exec(&txn)
            .await
            .map_err(conflict)?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes a user with their memberships and claims.
    pub async fn delete_user(&self, id: UserId, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = Entity::delete_by_id(id.to_string()).exec(&txn).await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Finds a user by id.
    pub async fn user_by_id(&self, id: UserId) -> StoreResult<Option<User>> {
        Entity::find_by_id(id.to_string())
            .one(self.conn())
            .await?
            .map(from_row)
            .transpose()
    }

    /// Finds a user by username, without regard to case.
    pub async fn user_by_username(&self, username: &str) -> StoreResult<Option<User>> {
        Entity::find()
            .filter(Column::UsernameKey.eq(username.to_ascii_lowercase()))
            .one(self.conn())
            .await?
            .map(from_row)
            .transpose()
    }

    /// Lists users ordered by username; `search` matches part of the username, email or names,
    /// without regard to case.
    pub async fn list_users(
        &self,
        search: Option<&str>,
        page: PageRequest,
    ) -> StoreResult<Page<User>> {
        let mut query = Entity::find();
        if let Some(search) = search.filter(|s| !s.is_empty()) {
            let pattern = like_pattern(search);
            let like = || LikeExpr::new(pattern.clone()).escape('\\');
            let lower = |column: Column| Expr::expr(Func::lower(Expr::col(column)));
            query = query.filter(
                Condition::any()
                    .add(Column::UsernameKey.like(like()))
                    .add(Column::EmailKey.like(like()))
                    .add(lower(Column::DisplayName).like(like()))
                    .add(lower(Column::FirstName).like(like()))
                    .add(lower(Column::LastName).like(like())),
            );
        }
        let total = query.clone().count(self.conn()).await?;
        let rows = query
            .order_by_asc(Column::UsernameKey)
            .offset(page.offset())
            .limit(u64::from(page.per_page))
            .all(self.conn())
            .await?;
        Ok(Page {
            items: rows.into_iter().map(from_row).collect::<StoreResult<_>>()?,
            total,
            request: page,
        })
    }

    /// How many users there are.
    pub async fn count_users(&self) -> StoreResult<u64> {
        Ok(Entity::find().count(self.conn()).await?)
    }

    /// Users by ids, ordered by username.
    pub(super) async fn users_by_ids(
        &self,
        conn: &impl sea_orm::ConnectionTrait,
        ids: Vec<String>,
    ) -> StoreResult<Vec<User>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Entity::find()
            .filter(Column::Id.is_in(ids))
            .order_by_asc(Column::UsernameKey)
            .all(conn)
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }
}
