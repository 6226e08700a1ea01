//! Custom claims of users and groups in the database.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{group_claims, user_claims};
use super::{Store, StoreError, StoreResult, audit};
use crate::model::{AuditRecord, ClaimKey, ClaimValue, CustomClaim, GroupId, UserId};

/// Whose claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimOwner {
    /// A user's own claims.
    User(UserId),
    /// A group's claims, given to its members.
    Group(GroupId),
}

fn from_parts(key: String, value: String) -> StoreResult<CustomClaim> {
    let corrupt = |detail: String| StoreError::Corrupt {
        table: "claims",
        detail,
    };
    let json = serde_json::from_str(&value).map_err(|e| corrupt(e.to_string()))?;
    Ok(CustomClaim {
        key: ClaimKey::parse(&key).map_err(|e| corrupt(e.0))?,
        value: ClaimValue::new(json).map_err(|e| corrupt(e.0))?,
    })
}

impl Store {
    /// The claims of a user or group, ordered by key.
    pub async fn claims(&self, owner: ClaimOwner) -> StoreResult<Vec<CustomClaim>> {
        match owner {
            ClaimOwner::User(id) => user_claims::Entity::find()
                .filter(user_claims::Column::UserId.eq(id.to_string()))
                .order_by_asc(user_claims::Column::Key)
                .all(self.conn())
                .await?
                .into_iter()
                .map(|row| from_parts(row.key, row.value))
                .collect(),
            ClaimOwner::Group(id) => group_claims::Entity::find()
                .filter(group_claims::Column::GroupId.eq(id.to_string()))
                .order_by_asc(group_claims::Column::Key)
                .all(self.conn())
                .await?
                .into_iter()
                .map(|row| from_parts(row.key, row.value))
                .collect(),
        }
    }

    /// Sets a claim, replacing any value it had.
    pub async fn set_claim(
        &self,
        owner: ClaimOwner,
        claim: &CustomClaim,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let key = claim.key.as_str().to_owned();
        let value = claim.value.as_json().to_string();
        let txn = self.write().await?;
        match owner {
            ClaimOwner::User(id) => {
                user_claims::Entity::insert(user_claims::ActiveModel {
                    user_id: Set(id.to_string()),
                    key: Set(key),
                    value: Set(value),
                })
                .on_conflict(
                    OnConflict::columns([user_claims::Column::UserId, user_claims::Column::Key])
                        .update_column(user_claims::Column::Value)
                        .to_owned(),
                )
                .exec(&txn)
                .await?;
            }
            ClaimOwner::Group(id) => {
                group_claims::Entity::insert(group_claims::ActiveModel {
                    group_id: Set(id.to_string()),
                    key: Set(key),
                    value: Set(value),
                })
                .on_conflict(
                    OnConflict::columns([group_claims::Column::GroupId, group_claims::Column::Key])
                        .update_column(group_claims::Column::Value)
                        .to_owned(),
                )
                .exec(&txn)
                .await?;
            }
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Removes a claim; [`StoreError::NotFound`] when it was not set.
    pub async fn unset_claim(
        &self,
        owner: ClaimOwner,
        key: &ClaimKey,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = match owner {
            ClaimOwner::User(id) => {
                user_claims::Entity::delete_by_id((id.to_string(), key.as_str().to_owned()))
                    .exec(&txn)
                    .await?
            }
            ClaimOwner::Group(id) => {
                group_claims::Entity::delete_by_id((id.to_string(), key.as_str().to_owned()))
                    .exec(&txn)
                    .await?
            }
        };
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }
}
