//! Token signing keys in the database: their sealed private keys, public JWKs and states.
//!
//! The store never sees a private key in the clear: the domain seals keys before they get here
//! and opens them after they are read.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::signing_keys::{self, Column, Entity};
use super::{
    Store, StoreError, StoreResult, UniqueField, audit, from_secs, is_unique_violation, to_secs,
};
use crate::model::{AuditRecord, KeyRotation, SigningAlg, SigningKeyState, StoredSigningKey};

fn corrupt(detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table: "signing_keys",
        detail: detail.to_string(),
    }
}

/// The unique slot of a key that is active or next: one of each per algorithm.
fn slot(alg: SigningAlg, state: SigningKeyState) -> Option<String> {
    match state {
        SigningKeyState::Active | SigningKeyState::Next => {
            Some(format!("{}/{}", alg.as_str(), state.as_str()))
        }
        SigningKeyState::Retired => None,
    }
}

fn from_row(row: signing_keys::Model) -> StoreResult<StoredSigningKey> {
    Ok(StoredSigningKey {
        alg: SigningAlg::parse(&row.alg).map_err(corrupt)?,
        state: SigningKeyState::parse(&row.state).map_err(corrupt)?,
        kid: row.kid,
        sealed_private_key: row.private_key,
        public_jwk: row.public_jwk,
        created_at: from_secs(row.created_at),
        activated_at: row.activated_at.map(from_secs),
        retired_at: row.retired_at.map(from_secs),
    })
}

/// A taken slot: another server made or rotated keys at the same moment.
fn slot_taken(err: sea_orm::DbErr) -> StoreError {
    match is_unique_violation(&err) {
        Some(_) => StoreError::Conflict(UniqueField::SigningKeySlot),
        None => StoreError::Database(err),
    }
}

async fn insert(conn: &impl ConnectionTrait, key: &StoredSigningKey) -> StoreResult<()> {
    Entity::insert(signing_keys::ActiveModel {
        kid: Set(key.kid.clone()),
        alg: Set(key.alg.as_str().to_owned()),
        state: Set(key.state.as_str().to_owned()),
        slot: Set(slot(key.alg, key.state)),
        private_key: Set(key.sealed_private_key.clone()),
        public_jwk: Set(key.public_jwk.clone()),
        created_at: Set(to_secs(key.created_at)),
        activated_at: Set(key.activated_at.map(to_secs)),
        retired_at: Set(key.retired_at.map(to_secs)),
    })
    .exec(conn)
    .await
    .map_err(slot_taken)?;
    Ok(())
}

/// Moves `kid` from `from` to retired at `at`; [`StoreError::NotFound`] when it is no longer in
/// `from`.
async fn retire(
    conn: &impl ConnectionTrait,
    kid: &str,
    from: SigningKeyState,
    at: DateTime<Utc>,
) -> StoreResult<()> {
    let result = Entity::update_many()
        .col_expr(
            Column::State,
            Expr::value(SigningKeyState::Retired.as_str()),
        )
        .col_expr(Column::Slot, Expr::value(Option::<String>::None))
        .col_expr(Column::RetiredAt, Expr::value(to_secs(at)))
        .filter(Column::Kid.eq(kid))
        .filter(Column::State.eq(from.as_str()))
        .exec(conn)
        .await?;
    if result.rows_affected == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

impl Store {
    /// Every signing key, newest first.
    pub async fn signing_keys(&self) -> StoreResult<Vec<StoredSigningKey>> {
        Entity::find()
            .order_by_desc(Column::CreatedAt)
            .order_by_asc(Column::Kid)
            .all(self.conn())
            .await?
            .into_iter()
            .map(from_row)
            .collect()
    }

    /// Stores fresh keys, with the audit record when there is one. A slot already taken (an
    /// active or next key of that algorithm exists) is [`StoreError::Conflict`] and stores
    /// nothing.
    pub async fn insert_signing_keys(
        &self,
        keys: &[StoredSigningKey],
        record: Option<&AuditRecord>,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        for key in keys {
            insert(&txn, key).await?;
        }
        if let Some(record) = record {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Applies rotations and their audit record in one transaction. When a key is no longer in
    /// the state the rotation expects (another server rotated first), nothing changes and the
    /// error is [`StoreError::NotFound`] or [`StoreError::Conflict`].
    pub async fn rotate_signing_keys(
        &self,
        rotations: &[KeyRotation],
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        for rotation in rotations {
            // Free the slots first, then fill them: the unique index checks every statement.
            for kid in &rotation.retire {
                retire(&txn, kid, SigningKeyState::Active, rotation.at).await?;
            }
            for kid in &rotation.discard_next {
                retire(&txn, kid, SigningKeyState::Next, rotation.at).await?;
            }
            if let Some(kid) = &rotation.activate {
                let result = Entity::update_many()
                    .col_expr(Column::State, Expr::value(SigningKeyState::Active.as_str()))
                    .col_expr(Column::Slot, Expr::value(slot_of(&txn, kid).await?))
                    .col_expr(Column::ActivatedAt, Expr::value(to_secs(rotation.at)))
                    .filter(Column::Kid.eq(kid.as_str()))
                    .filter(Column::State.eq(SigningKeyState::Next.as_str()))
                    .exec(&txn)
                    .await
                    .map_err(slot_taken)?;
                if result.rows_affected != 1 {
                    return Err(StoreError::NotFound);
                }
            }
            for key in &rotation.insert {
                insert(&txn, key).await?;
            }
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes the keys retired at or before `cutoff`; returns how many went.
    pub async fn delete_signing_keys_retired_before(
        &self,
        cutoff: DateTime<Utc>,
    ) -> StoreResult<u64> {
        Ok(Entity::delete_many()
            .filter(Column::State.eq(SigningKeyState::Retired.as_str()))
            .filter(Column::RetiredAt.lte(to_secs(cutoff)))
            .exec(self.writer())
            .await?
            .rows_affected)
    }
}

/// The active slot of the key `kid`'s algorithm.
async fn slot_of(conn: &impl ConnectionTrait, kid: &str) -> StoreResult<Option<String>> {
    let row = Entity::find_by_id(kid.to_owned())
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let alg = SigningAlg::parse(&row.alg).map_err(corrupt)?;
    Ok(slot(alg, SigningKeyState::Active))
}
