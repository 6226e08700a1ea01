//! What the OpenID Connect endpoints keep in the database: pending authorization requests,
//! consents, grants with their codes and refresh tokens, revoked access tokens, and the check of
//! a client's secret.
//!
//! Codes and refresh tokens are single use: taking one is an `UPDATE … WHERE used_at IS NULL`,
//! so of two concurrent exchanges exactly one wins, on any number of instances.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::entities::{
    oidc_authorization_codes as codes, oidc_consents, oidc_grants, oidc_interactions,
    oidc_refresh_tokens as refresh_tokens, oidc_revoked_tokens,
};
use super::{Store, StoreError, StoreResult, audit, from_secs, to_secs};
use crate::model::{
    AuditRecord, AuthorizationCode, ClientId, CodeChallengeMethod, Grant, GrantId, RefreshToken,
    ScopeSet, SessionId, SignInMethod, UserId,
};

fn corrupt(table: &'static str, detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table,
        detail: detail.to_string(),
    }
}

fn grant_from_row(row: oidc_grants::Model) -> StoreResult<Grant> {
    let bad = |detail: String| corrupt("oidc_grants", detail);
    Ok(Grant {
        id: row.id.parse().map_err(|e| bad(format!("{e}")))?,
        client_id: ClientId::parse(&row.client_id).map_err(|e| bad(e.0))?,
        user_id: row.user_id.parse().map_err(|e| bad(format!("{e}")))?,
        session_id: row
            .session_id
            .map(|id| id.parse())
            .transpose()
            .map_err(|e| bad(format!("{e}")))?,
        scope: ScopeSet::parse(&row.scope).map_err(|name| bad(format!("scope `{name}`")))?,
        auth_time: from_secs(row.auth_time),
        method: SignInMethod::parse(&row.amr).ok_or_else(|| bad(format!("amr `{}`", row.amr)))?,
        created_at: from_secs(row.created_at),
        expires_at: from_secs(row.expires_at),
        revoked_at: row.revoked_at.map(from_secs),
    })
}

fn grant_to_row(grant: &Grant) -> oidc_grants::ActiveModel {
    oidc_grants::ActiveModel {
        id: Set(grant.id.to_string()),
        client_id: Set(grant.client_id.as_str().to_owned()),
        user_id: Set(grant.user_id.to_string()),
        session_id: Set(grant.session_id.map(|id| id.to_string())),
        scope: Set(grant.scope.to_string()),
        auth_time: Set(to_secs(grant.auth_time)),
        amr: Set(grant.method.as_str().to_owned()),
        created_at: Set(to_secs(grant.created_at)),
        expires_at: Set(to_secs(grant.expires_at)),
        revoked_at: Set(grant.revoked_at.map(to_secs)),
    }
}

fn code_from_row(row: codes::Model) -> StoreResult<AuthorizationCode> {
    let bad = |detail: String| corrupt("oidc_authorization_codes", detail);
    Ok(AuthorizationCode {
        code_hash: row.code_hash,
        grant_id: row.grant_id.parse().map_err(|e| bad(format!("{e}")))?,
        redirect_uri: row.redirect_uri,
        nonce: row.nonce,
        code_challenge: row.code_challenge,
        code_challenge_method: row
            .code_challenge_method
            .map(|m| CodeChallengeMethod::parse(&m).ok_or_else(|| bad(format!("method `{m}`"))))
            .transpose()?,
        created_at: from_secs(row.created_at),
        expires_at: from_secs(row.expires_at),
        used_at: row.used_at.map(from_secs),
    })
}

fn refresh_from_row(row: refresh_tokens::Model) -> StoreResult<RefreshToken> {
    Ok(RefreshToken {
        token_hash: row.token_hash,
        grant_id: row
            .grant_id
            .parse()
            .map_err(|e| corrupt("oidc_refresh_tokens", e))?,
        created_at: from_secs(row.created_at),
        expires_at: from_secs(row.expires_at),
        used_at: row.used_at.map(from_secs),
    })
}

fn refresh_to_row(token: &RefreshToken) -> refresh_tokens::ActiveModel {
    refresh_tokens::ActiveModel {
        token_hash: Set(token.token_hash.clone()),
        grant_id: Set(token.grant_id.to_string()),
        created_at: Set(to_secs(token.created_at)),
        expires_at: Set(to_secs(token.expires_at)),
        used_at: Set(token.used_at.map(to_secs)),
    }
}

/// Moves a grant's expiry later (never earlier).
async fn extend_grant(
    conn: &impl ConnectionTrait,
    grant: GrantId,
    until: DateTime<Utc>,
) -> StoreResult<()> {
    oidc_grants::Entity::update_many()
        .col_expr(oidc_grants::Column::ExpiresAt, Expr::value(to_secs(until)))
        .filter(oidc_grants::Column::Id.eq(grant.to_string()))
        .filter(oidc_grants::Column::ExpiresAt.lt(to_secs(until)))
        .exec(conn)
        .await?;
    Ok(())
}

/// What [`Store::take_code`] found.
#[derive(Debug, Clone)]
pub enum TakenCode {
    /// No such code.
    Unknown,
    /// The code was fresh and is now used.
    Taken(AuthorizationCode, Grant),
    /// The code had been used before: a replay.
    Replayed(AuthorizationCode, Grant),
}

/// What [`Store::rotate_refresh_token`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// The old token is used up and the new one stored.
    Rotated,
    /// The old token had been used already (by a concurrent request or a replay).
    AlreadyUsed,
}

impl Store {
    /// Stores a pending authorization request under the hash of its id.
    pub async fn insert_interaction(
        &self,
        id_hash: &str,
        request: &serde_json::Value,
        created_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        oidc_interactions::Entity::delete_many()
            .filter(oidc_interactions::Column::ExpiresAt.lte(to_secs(created_at)))
            .exec(&txn)
            .await?;
        oidc_interactions::Entity::insert(oidc_interactions::ActiveModel {
            id_hash: Set(id_hash.to_owned()),
            request: Set(request.to_string()),
            created_at: Set(to_secs(created_at)),
            expires_at: Set(to_secs(expires_at)),
        })
        .exec(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// A pending authorization request that has not expired at `now`, with its creation time.
    pub async fn interaction(
        &self,
        id_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<(serde_json::Value, DateTime<Utc>)>> {
        let Some(row) = oidc_interactions::Entity::find_by_id(id_hash.to_owned())
            .filter(oidc_interactions::Column::ExpiresAt.gt(to_secs(now)))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let request =
            serde_json::from_str(&row.request).map_err(|e| corrupt("oidc_interactions", e))?;
        Ok(Some((request, from_secs(row.created_at))))
    }

    /// Removes a pending authorization request; whether it was still there.
    pub async fn delete_interaction(&self, id_hash: &str) -> StoreResult<bool> {
        let result = oidc_interactions::Entity::delete_by_id(id_hash.to_owned())
            .exec(self.writer())
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// The scopes `user` has consented to for `client`.
    pub async fn consent(&self, user: UserId, client: &ClientId) -> StoreResult<ScopeSet> {
        let row = oidc_consents::Entity::find_by_id((user.to_string(), client.as_str().to_owned()))
            .one(self.conn())
            .await?;
        match row {
            Some(row) => ScopeSet::parse(&row.scope)
                .map_err(|name| corrupt("oidc_consents", format!("scope `{name}`"))),
            None => Ok(ScopeSet::default()),
        }
    }

    /// Records that `user` consents to `scope` (all of it, already merged) for `client`.
    pub async fn save_consent(
        &self,
        user: UserId,
        client: &ClientId,
        scope: &ScopeSet,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let now = to_secs(record.at);
        oidc_consents::Entity::insert(oidc_consents::ActiveModel {
            user_id: Set(user.to_string()),
            client_id: Set(client.as_str().to_owned()),
            scope: Set(scope.to_string()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([
                oidc_consents::Column::UserId,
                oidc_consents::Column::ClientId,
            ])
            .update_columns([
                oidc_consents::Column::Scope,
                oidc_consents::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec(&txn)
        .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Stores a new grant with its authorization code, and the audit record of the sign-in.
    pub async fn insert_grant_with_code(
        &self,
        grant: &Grant,
        code: &AuthorizationCode,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        oidc_grants::Entity::insert(grant_to_row(grant))
            .exec(&txn)
            .await?;
        codes::Entity::insert(codes::ActiveModel {
            code_hash: Set(code.code_hash.clone()),
            grant_id: Set(code.grant_id.to_string()),
            redirect_uri: Set(code.redirect_uri.clone()),
            nonce: Set(code.nonce.clone()),
            code_challenge: Set(code.code_challenge.clone()),
            code_challenge_method: Set(code.code_challenge_method.map(|m| m.as_str().to_owned())),
            created_at: Set(to_secs(code.created_at)),
            expires_at: Set(to_secs(code.expires_at)),
            used_at: Set(None),
        })
        .exec(&txn)
        .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Marks the code with this hash used at `now`, and says whether it was fresh.
    pub async fn take_code(&self, code_hash: &str, now: DateTime<Utc>) -> StoreResult<TakenCode> {
        // Marked used and returned by one statement; only when that finds nothing is the code
        // looked up again, to tell a replay from an unknown code.
        let taken_row = codes::Entity::update_many()
            .col_expr(codes::Column::UsedAt, Expr::value(to_secs(now)))
            .filter(codes::Column::CodeHash.eq(code_hash))
            .filter(codes::Column::UsedAt.is_null())
            .exec_with_returning(self.writer())
            .await?
            .pop();
        let taken = taken_row.is_some();
        let row = match taken_row {
            Some(row) => row,
            None => match codes::Entity::find_by_id(code_hash.to_owned())
                .one(self.conn())
                .await?
            {
                Some(row) => row,
                None => return Ok(TakenCode::Unknown),
            },
        };
        let code = code_from_row(row)?;
        let Some(grant) = self.grant(code.grant_id).await? else {
            return Ok(TakenCode::Unknown);
        };
        Ok(if taken {
            TakenCode::Taken(code, grant)
        } else {
            TakenCode::Replayed(code, grant)
        })
    }

    /// The grant with this id.
    pub async fn grant(&self, id: GrantId) -> StoreResult<Option<Grant>> {
        oidc_grants::Entity::find_by_id(id.to_string())
            .one(self.conn())
            .await?
            .map(grant_from_row)
            .transpose()
    }

    /// Keeps the grant until at least `until` (the expiry of a token just issued under it).
    pub async fn extend_grant(&self, id: GrantId, until: DateTime<Utc>) -> StoreResult<()> {
        extend_grant(self.writer(), id, until).await
    }

    /// Revokes a grant: every token issued under it stops working. Audited when `record` is
    /// given. Whether it was live before.
    pub async fn revoke_grant(
        &self,
        id: GrantId,
        now: DateTime<Utc>,
        record: Option<&AuditRecord>,
    ) -> StoreResult<bool> {
        let txn = self.write().await?;
        let revoked = oidc_grants::Entity::update_many()
            .col_expr(oidc_grants::Column::RevokedAt, Expr::value(to_secs(now)))
            .filter(oidc_grants::Column::Id.eq(id.to_string()))
            .filter(oidc_grants::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected
            > 0;
        if let Some(record) = record {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(revoked)
    }

    /// Revokes every live grant made in a browser session; how many.
    pub async fn revoke_grants_of_session(
        &self,
        session: SessionId,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        Ok(oidc_grants::Entity::update_many()
            .col_expr(oidc_grants::Column::RevokedAt, Expr::value(to_secs(now)))
            .filter(oidc_grants::Column::SessionId.eq(session.to_string()))
            .filter(oidc_grants::Column::RevokedAt.is_null())
            .exec(self.writer())
            .await?
            .rows_affected)
    }

    /// Stores a refresh token (the first of its grant) and keeps the grant as long as it.
    pub async fn insert_refresh_token(&self, token: &RefreshToken) -> StoreResult<()> {
        let txn = self.write().await?;
        refresh_tokens::Entity::insert(refresh_to_row(token))
            .exec(&txn)
            .await?;
        extend_grant(&txn, token.grant_id, token.expires_at).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The refresh token with this hash.
    pub async fn refresh_token(&self, token_hash: &str) -> StoreResult<Option<RefreshToken>> {
        refresh_tokens::Entity::find_by_id(token_hash.to_owned())
            .one(self.conn())
            .await?
            .map(refresh_from_row)
            .transpose()
    }

    /// Uses up the refresh token `old_hash` at `now` and stores its successor, in one
    /// transaction; refuses if the old one was used already.
    pub async fn rotate_refresh_token(
        &self,
        old_hash: &str,
        new: &RefreshToken,
        now: DateTime<Utc>,
    ) -> StoreResult<Rotation> {
        let txn = self.write().await?;
        let used = refresh_tokens::Entity::update_many()
            .col_expr(refresh_tokens::Column::UsedAt, Expr::value(to_secs(now)))
            .filter(refresh_tokens::Column::TokenHash.eq(old_hash))
            .filter(refresh_tokens::Column::UsedAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if used == 0 {
            return Ok(Rotation::AlreadyUsed);
        }
        refresh_tokens::Entity::insert(refresh_to_row(new))
            .exec(&txn)
            .await?;
        extend_grant(&txn, new.grant_id, new.expires_at).await?;
        txn.commit().await?;
        Ok(Rotation::Rotated)
    }

    /// Records an access token's `jti` as revoked until the token expires anyway.
    pub async fn revoke_access_token(
        &self,
        jti: &str,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        oidc_revoked_tokens::Entity::insert(oidc_revoked_tokens::ActiveModel {
            jti: Set(jti.to_owned()),
            expires_at: Set(to_secs(expires_at)),
        })
        .on_conflict_do_nothing()
        .exec(self.writer())
        .await?;
        Ok(())
    }

    /// The grant `id` unless it is missing or the access token `jti` issued under it was
    /// revoked: both checks of a person's access token in one query.
    pub async fn grant_unless_revoked(&self, id: GrantId, jti: &str) -> StoreResult<Option<Grant>> {
        let revoked = sea_orm::sea_query::Query::select()
            .expr(Expr::val(1))
            .from(oidc_revoked_tokens::Entity)
            .and_where(oidc_revoked_tokens::Column::Jti.eq(jti))
            .to_owned();
        oidc_grants::Entity::find_by_id(id.to_string())
            .filter(Expr::not_exists(revoked))
            .one(self.conn())
            .await?
            .map(grant_from_row)
            .transpose()
    }

    /// Whether the access token with this `jti` was revoked.
    pub async fn is_access_token_revoked(&self, jti: &str) -> StoreResult<bool> {
        Ok(oidc_revoked_tokens::Entity::find_by_id(jti.to_owned())
            .one(self.conn())
            .await?
            .is_some())
    }

    /// Removes grants, codes, refresh tokens, revocations and pending requests that can no
    /// longer matter at `now`; how many rows.
    pub async fn purge_expired_oidc(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let now = to_secs(now);
        let txn = self.write().await?;
        let mut gone = 0;
        gone += codes::Entity::delete_many()
            .filter(codes::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        gone += refresh_tokens::Entity::delete_many()
            .filter(refresh_tokens::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        gone += oidc_grants::Entity::delete_many()
            .filter(oidc_grants::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        gone += oidc_revoked_tokens::Entity::delete_many()
            .filter(oidc_revoked_tokens::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        gone += oidc_interactions::Entity::delete_many()
            .filter(oidc_interactions::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        txn.commit().await?;
        Ok(gone)
    }
}
