//! Groups and memberships in the database.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entities::{group_members, groups};
use super::{
    Store, StoreError, StoreResult, UniqueField, audit, from_secs, is_unique_violation,
    like_pattern, to_secs,
};
use crate::model::{AuditRecord, Group, GroupId, GroupName, PersonName, User, UserId};

fn corrupt(detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table: "groups",
        detail: detail.to_string(),
    }
}

fn from_row(row: groups::Model, member_count: u64) -> StoreResult<Group> {
    Ok(Group {
        id: row.id.parse().map_err(corrupt)?,
        name: GroupName::parse(&row.name).map_err(corrupt)?,
        display_name: row
            .display_name
            .map(|n| PersonName::parse("display_name", &n))
            .transpose()
            .map_err(corrupt)?,
        member_count,
        created_at: from_secs(row.created_at),
        updated_at: from_secs(row.updated_at),
    })
}

fn to_row(group: &Group) -> groups::ActiveModel {
    groups::ActiveModel {
        id: Set(group.id.to_string()),
        name: Set(group.name.as_str().to_owned()),
        name_key: Set(group.name.key()),
        display_name: Set(group.display_name.as_ref().map(|n| n.as_str().to_owned())),
        created_at: Set(to_secs(group.created_at)),
        updated_at: Set(to_secs(group.updated_at)),
    }
}

fn conflict(err: sea_orm::DbErr) -> StoreError {
    match is_unique_violation(&err) {
        Some(_) => StoreError::Conflict(UniqueField::GroupName),
        None => StoreError::Database(err),
    }
}

#[derive(FromQueryResult)]
struct MemberCount {
    group_id: String,
    members: i64,
}

/// Member counts of the given groups.
async fn member_counts(
    conn: &impl ConnectionTrait,
    group_ids: Vec<String>,
) -> StoreResult<HashMap<String, u64>> {
    if group_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let counts = group_members::Entity::find()
        .select_only()
        .column(group_members::Column::GroupId)
        .column_as(
            Expr::expr(Func::count(Expr::col(group_members::Column::UserId))),
            "members",
        )
        .filter(group_members::Column::GroupId.is_in(group_ids))
        .group_by(group_members::Column::GroupId)
        .into_model::<MemberCount>()
        .all(conn)
        .await?;
    Ok(counts
        .into_iter()
        .map(|c| (c.group_id, u64::try_from(c.members).unwrap_or(0)))
        .collect())
}

/// Rows to groups, with their member counts.
async fn with_counts(
    conn: &impl ConnectionTrait,
    rows: Vec<groups::Model>,
) -> StoreResult<Vec<Group>> {
    let counts = member_counts(conn, rows.iter().map(|r| r.id.clone()).collect()).await?;
    rows.into_iter()
        .map(|row| {
            let count = counts.get(&row.id).copied().unwrap_or(0);
            from_row(row, count)
        })
        .collect()
}

impl Store {
    /// Inserts a new group.
    pub async fn insert_group(&self, group: &Group, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        groups::Entity::insert(to_row(group))
            .exec(&txn)
            .await
            .map_err(conflict)?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes the name fields of an existing group.
    pub async fn update_group(&self, group: &Group, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = groups::Entity::update_many()
            .set(to_row(group))
            .filter(groups::Column::Id.eq(group.id.to_string()))
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

    /// Deletes a group with its memberships and claims.
    pub async fn delete_group(&self, id: GroupId, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = groups::Entity::delete_by_id(id.to_string())
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Finds a group by id.
    pub async fn group_by_id(&self, id: GroupId) -> StoreResult<Option<Group>> {
        let row = groups::Entity::find_by_id(id.to_string())
            .one(self.conn())
            .await?;
        Ok(with_counts(self.conn(), row.into_iter().collect())
            .await?
            .pop())
    }

    /// Finds a group by name, without regard to case.
    pub async fn group_by_name(&self, name: &str) -> StoreResult<Option<Group>> {
        let row = groups::Entity::find()
            .filter(groups::Column::NameKey.eq(name.to_ascii_lowercase()))
            .one(self.conn())
            .await?;
        Ok(with_counts(self.conn(), row.into_iter().collect())
            .await?
            .pop())
    }

    /// Lists groups ordered by name; `search` matches part of the name or display name.
    pub async fn list_groups(&self, search: Option<&str>) -> StoreResult<Vec<Group>> {
        let mut query = groups::Entity::find();
        if let Some(search) = search.filter(|s| !s.is_empty()) {
            let like = || LikeExpr::new(like_pattern(search)).escape('\\');
            query =
                query.filter(groups::Column::NameKey.like(like()).or(
                    Expr::expr(Func::lower(Expr::col(groups::Column::DisplayName))).like(like()),
                ));
        }
        let rows = query
            .order_by_asc(groups::Column::NameKey)
            .all(self.conn())
            .await?;
        with_counts(self.conn(), rows).await
    }

    /// The groups a user is a member of, ordered by name.
    pub async fn groups_of_user(&self, user: UserId) -> StoreResult<Vec<Group>> {
        let ids: Vec<String> = group_members::Entity::find()
            .filter(group_members::Column::UserId.eq(user.to_string()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| m.group_id)
            .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = groups::Entity::find()
            .filter(groups::Column::Id.is_in(ids))
            .order_by_asc(groups::Column::NameKey)
            .all(self.conn())
            .await?;
        with_counts(self.conn(), rows).await
    }

    /// The members of a group, ordered by username.
    pub async fn members_of_group(&self, group: GroupId) -> StoreResult<Vec<User>> {
        let ids = group_members::Entity::find()
            .filter(group_members::Column::GroupId.eq(group.to_string()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        self.users_by_ids(self.conn(), ids).await
    }

    /// Adds a member; returns false (and records nothing) when the user already is one.
    pub async fn add_member(
        &self,
        group: GroupId,
        user: UserId,
        record: &AuditRecord,
    ) -> StoreResult<bool> {
        let txn = self.write().await?;
        let existing = group_members::Entity::find_by_id((group.to_string(), user.to_string()))
            .one(&txn)
            .await?;
        if existing.is_some() {
            return Ok(false);
        }
        group_members::Entity::insert(group_members::ActiveModel {
            group_id: Set(group.to_string()),
            user_id: Set(user.to_string()),
            created_at: Set(to_secs(record.at)),
        })
        .exec(&txn)
        .await?;
        touch_group(&txn, group, record).await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Removes a member; returns false (and records nothing) when the user was not one.
    pub async fn remove_member(
        &self,
        group: GroupId,
        user: UserId,
        record: &AuditRecord,
    ) -> StoreResult<bool> {
        let txn = self.write().await?;
        let result = group_members::Entity::delete_by_id((group.to_string(), user.to_string()))
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Ok(false);
        }
        touch_group(&txn, group, record).await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(true)
    }
}

/// Marks a group as changed now.
async fn touch_group(
    conn: &impl ConnectionTrait,
    group: GroupId,
    record: &AuditRecord,
) -> StoreResult<()> {
    groups::Entity::update_many()
        .col_expr(groups::Column::UpdatedAt, Expr::value(to_secs(record.at)))
        .filter(groups::Column::Id.eq(group.to_string()))
        .exec(conn)
        .await?;
    Ok(())
}
