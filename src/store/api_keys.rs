//! Admin API keys in the database.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::entities::api_keys::{self, Column, Entity};
use super::{
    Store, StoreError, StoreResult, UniqueField, audit, from_secs, is_unique_violation, to_secs,
};
use crate::model::{ApiKey, ApiKeyId, AuditRecord};

fn from_row(row: api_keys::Model) -> StoreResult<ApiKey> {
    Ok(ApiKey {
        id: row
            .id
            .parse()
            .map_err(|e: uuid::Error| StoreError::Corrupt {
                table: "api_keys",
                detail: e.to_string(),
            })?,
        name: row.name,
        prefix: row.prefix,
        created_at: from_secs(row.created_at),
        created_by: row.created_by,
        expires_at: row.expires_at.map(from_secs),
        last_used_at: row.last_used_at.map(from_secs),
        revoked_at: row.revoked_at.map(from_secs),
    })
}

impl Store {
    /// Stores a new key with the hash of its secret.
    pub async fn insert_api_key(
        &self,
        key: &ApiKey,
        secret_hash: &str,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        Entity::insert(api_keys::ActiveModel {
            id: Set(key.id.to_string()),
            name: Set(key.name.clone()),
            prefix: Set(key.prefix.clone()),
            secret_hash: Set(secret_hash.to_owned()),
            created_at: Set(to_secs(key.created_at)),
            created_by: Set(key.created_by.clone()),
            expires_at: Set(key.expires_at.map(to_secs)),
            last_used_at: Set(None),
            revoked_at: Set(None),
        })
        .exec(&txn)
        .await
        .map_err(|err| match is_unique_violation(&err) {
            Some(_) => StoreError::Conflict(UniqueField::ApiKeyName),
            None => StoreError::Database(err),
        })?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The key whose secret has this hash, revoked or not.
    pub async fn api_key_by_hash(&self, secret_hash: &str) -> StoreResult<Option<ApiKey>> {
        Entity::find()
            .filter(Column::SecretHash.eq(secret_hash))
            .one(self.conn())
            .await?
            .map(from_row)
            .transpose()
    }

    /// The key with this id, or the key not yet revoked with this name.
    pub async fn api_key_by_id_or_name(&self, reference: &str) -> StoreResult<Option<ApiKey>> {
        Entity::find()
            .filter(
                Condition::any().add(Column::Id.eq(reference)).add(
                    Condition::all()
                        .add(Column::Name.eq(reference))
                        .add(Column::RevokedAt.is_null()),
                ),
            )
            .one(self.conn())
            .await?
            .map(from_row)
            .transpose()
    }

    /// Every key, newest first.
    pub async fn list_api_keys(&self) -> StoreResult<Vec<ApiKey>> {
        Entity::find()
            .order_by_desc(Column::CreatedAt)
            .order_by_desc(Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }

    /// Revokes a key that is not revoked yet; [`StoreError::NotFound`] otherwise.
    pub async fn revoke_api_key(&self, id: ApiKeyId, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = Entity::update_many()
            .col_expr(Column::RevokedAt, Expr::value(to_secs(record.at)))
            .filter(Column::Id.eq(id.to_string()))
            .filter(Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Notes that a key was used at `at`.
    pub async fn touch_api_key(&self, id: ApiKeyId, at: DateTime<Utc>) -> StoreResult<()> {
        Entity::update_many()
            .col_expr(Column::LastUsedAt, Expr::value(to_secs(at)))
            .filter(Column::Id.eq(id.to_string()))
            .exec(self.writer())
            .await?;
        Ok(())
    }
}
