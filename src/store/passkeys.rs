//! Passkeys, ceremonies, enrolment links and sessions in the database.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{ceremonies, enrolment_links, login_codes, passkeys, sessions};
use super::{Store, StoreError, StoreResult, audit, from_secs, to_secs};
use crate::model::{
    AuditRecord, Ceremony, EnrolmentKind, EnrolmentLink, Passkey, PasskeyId, Session, SessionId,
    SignInMethod, UserId,
};

fn corrupt(table: &'static str, detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table,
        detail: detail.to_string(),
    }
}

fn passkey_from_row(row: passkeys::Model) -> StoreResult<Passkey> {
    Ok(Passkey {
        id: row.id.parse().map_err(|e| corrupt("passkeys", e))?,
        user_id: row.user_id.parse().map_err(|e| corrupt("passkeys", e))?,
        credential_id: row.credential_id,
        name: row.name,
        aaguid: row.aaguid,
        credential: row.credential,
        backup_eligible: row.backup_eligible,
        backup_state: row.backup_state,
        created_at: from_secs(row.created_at),
        last_used_at: row.last_used_at.map(from_secs),
    })
}

fn passkey_row(passkey: &Passkey) -> passkeys::ActiveModel {
    passkeys::ActiveModel {
        id: Set(passkey.id.to_string()),
        user_id: Set(passkey.user_id.to_string()),
        credential_id: Set(passkey.credential_id.clone()),
        name: Set(passkey.name.clone()),
        aaguid: Set(passkey.aaguid.clone()),
        credential: Set(passkey.credential.clone()),
        backup_eligible: Set(passkey.backup_eligible),
        backup_state: Set(passkey.backup_state),
        created_at: Set(to_secs(passkey.created_at)),
        last_used_at: Set(passkey.last_used_at.map(to_secs)),
    }
}

fn session_from_row(row: sessions::Model) -> StoreResult<Session> {
    Ok(Session {
        id: row.id.parse().map_err(|e| corrupt("sessions", e))?,
        user_id: row.user_id.parse().map_err(|e| corrupt("sessions", e))?,
        method: SignInMethod::parse(&row.method)
            .ok_or_else(|| corrupt("sessions", format!("unknown method {}", row.method)))?,
        ip: row.ip,
        user_agent: row.user_agent,
        created_at: from_secs(row.created_at),
        last_seen_at: from_secs(row.last_seen_at),
        idle_expires_at: from_secs(row.idle_expires_at),
        expires_at: from_secs(row.expires_at),
    })
}

fn link_from_row(row: enrolment_links::Model) -> StoreResult<EnrolmentLink> {
    let kind = match row.kind.as_str() {
        "invite" => EnrolmentKind::Invite,
        "setup" => EnrolmentKind::Setup,
        "signup" => EnrolmentKind::SignUp,
        other => return Err(corrupt("enrolment_links", format!("unknown kind {other}"))),
    };
    Ok(EnrolmentLink {
        id: row.id,
        kind,
        user_id: row
            .user_id
            .map(|id| id.parse())
            .transpose()
            .map_err(|e| corrupt("enrolment_links", e))?,
        expires_at: from_secs(row.expires_at),
        used_at: row.used_at.map(from_secs),
        uses_left: row.uses_left.map(|n| u32::try_from(n).unwrap_or(0)),
        group_ids: serde_json::from_str::<Vec<String>>(&row.group_ids)
            .map_err(|e| corrupt("enrolment_links", e))?
            .iter()
            .map(|id| id.parse())
            .collect::<Result<_, _>>()
            .map_err(|e| corrupt("enrolment_links", e))?,
    })
}

impl Store {
    /// The passkeys of a user, oldest first.
    pub async fn passkeys_of_user(&self, user: UserId) -> StoreResult<Vec<Passkey>> {
        passkeys::Entity::find()
            .filter(passkeys::Column::UserId.eq(user.to_string()))
            .order_by_asc(passkeys::Column::CreatedAt)
            .order_by_asc(passkeys::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(passkey_from_row)
            .collect()
    }

    /// The passkey with this credential id.
    pub async fn passkey_by_credential_id(
        &self,
        credential_id: &str,
    ) -> StoreResult<Option<Passkey>> {
        passkeys::Entity::find()
            .filter(passkeys::Column::CredentialId.eq(credential_id))
            .one(self.conn())
            .await?
            .map(passkey_from_row)
            .transpose()
    }

    /// Stores a new passkey; when it completes an enrolment link, the link is used up in the
    /// same transaction, and [`StoreError::NotFound`] means someone used it first.
    pub async fn insert_passkey(
        &self,
        passkey: &Passkey,
        used_link: Option<&str>,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        if let Some(link_id) = used_link {
            let used = enrolment_links::Entity::update_many()
                .col_expr(
                    enrolment_links::Column::UsedAt,
                    Expr::value(to_secs(record.at)),
                )
                .filter(enrolment_links::Column::Id.eq(link_id))
                .filter(enrolment_links::Column::UsedAt.is_null())
                .exec(&txn)
                .await?;
            if used.rows_affected != 1 {
                return Err(StoreError::NotFound);
            }
        }
        passkeys::Entity::insert(passkey_row(passkey))
            .exec(&txn)
            .await
            .map_err(|err| match super::is_unique_violation(&err) {
                Some(_) => StoreError::Conflict(super::UniqueField::CredentialId),
                None => StoreError::Database(err),
            })?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Records a sign-in with a passkey: its updated credential (counter, flags) and time.
    pub async fn record_passkey_use(
        &self,
        id: PasskeyId,
        credential: &str,
        backup_state: bool,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        passkeys::Entity::update_many()
            .col_expr(passkeys::Column::Credential, Expr::value(credential))
            .col_expr(passkeys::Column::BackupState, Expr::value(backup_state))
            .col_expr(passkeys::Column::LastUsedAt, Expr::value(to_secs(at)))
            .filter(passkeys::Column::Id.eq(id.to_string()))
            .exec(self.writer())
            .await?;
        Ok(())
    }

    /// Stores a ceremony. Expired ones are refused when taken and deleted by the hourly purge,
    /// so storing one is a single statement.
    pub async fn insert_ceremony(&self, ceremony: &Ceremony) -> StoreResult<()> {
        ceremonies::Entity::insert(ceremonies::ActiveModel {
            id: Set(ceremony.id.clone()),
            kind: Set(ceremony.kind.to_owned()),
            user_id: Set(ceremony.user_id.map(|id| id.to_string())),
            state: Set(ceremony.state.clone()),
            context: Set(ceremony.context.to_string()),
            created_at: Set(to_secs(ceremony.created_at)),
            expires_at: Set(to_secs(ceremony.expires_at)),
        })
        .exec(self.writer())
        .await?;
        Ok(())
    }

    /// Removes and returns a ceremony of `kind` that has not expired at `now`. A ceremony can be
    /// taken once: its challenge is never accepted twice.
    pub async fn take_ceremony(
        &self,
        id: &str,
        kind: &'static str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Ceremony>> {
        // One statement: taken by exactly one request, and one round trip to the database.
        let Some(row) = ceremonies::Entity::delete_by_id(id.to_owned())
            .exec_with_returning(self.writer())
            .await?
        else {
            return Ok(None);
        };
        if row.kind != kind || row.expires_at <= to_secs(now) {
            return Ok(None);
        }
        Ok(Some(Ceremony {
            id: row.id,
            kind,
            user_id: row
                .user_id
                .map(|id| id.parse())
                .transpose()
                .map_err(|e| corrupt("ceremonies", e))?,
            state: row.state,
            context: serde_json::from_str(&row.context).map_err(|e| corrupt("ceremonies", e))?,
            created_at: from_secs(row.created_at),
            expires_at: from_secs(row.expires_at),
        }))
    }

    /// Stores an enrolment link; a new invite replaces the user's unused ones.
    pub async fn insert_enrolment_link(
        &self,
        link: &EnrolmentLink,
        token_hash: &str,
        created_by: &str,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        // A new invite or setup link replaces the unused one before it; sign-up links coexist.
        if link.kind != EnrolmentKind::SignUp {
            let mut replaced = enrolment_links::Entity::delete_many()
                .filter(enrolment_links::Column::Kind.eq(link.kind.as_str()))
                .filter(enrolment_links::Column::UsedAt.is_null());
            replaced = match link.user_id {
                Some(user) => replaced.filter(enrolment_links::Column::UserId.eq(user.to_string())),
                None => replaced.filter(enrolment_links::Column::UserId.is_null()),
            };
            replaced.exec(&txn).await?;
        }
        enrolment_links::Entity::insert(enrolment_links::ActiveModel {
            id: Set(link.id.clone()),
            kind: Set(link.kind.as_str().to_owned()),
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(link.user_id.map(|id| id.to_string())),
            created_by: Set(created_by.to_owned()),
            created_at: Set(to_secs(record.at)),
            expires_at: Set(to_secs(link.expires_at)),
            used_at: Set(None),
            uses_left: Set(link.uses_left.map(i64::from)),
            group_ids: Set(serde_json::to_string(
                &link
                    .group_ids
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>(),
            )
            .unwrap_or_else(|_| "[]".into())),
        })
        .exec(&txn)
        .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The enrolment link whose token has this hash.
    pub async fn enrolment_link_by_hash(
        &self,
        token_hash: &str,
    ) -> StoreResult<Option<EnrolmentLink>> {
        enrolment_links::Entity::find()
            .filter(enrolment_links::Column::TokenHash.eq(token_hash))
            .one(self.conn())
            .await?
            .map(link_from_row)
            .transpose()
    }

    /// Stores a new session.
    pub async fn insert_session(
        &self,
        session: &Session,
        token_hash: &str,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        sessions::Entity::insert(sessions::ActiveModel {
            id: Set(session.id.to_string()),
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(session.user_id.to_string()),
            method: Set(session.method.as_str().to_owned()),
            ip: Set(session.ip.clone()),
            user_agent: Set(session.user_agent.clone()),
            created_at: Set(to_secs(session.created_at)),
            last_seen_at: Set(to_secs(session.last_seen_at)),
            idle_expires_at: Set(to_secs(session.idle_expires_at)),
            expires_at: Set(to_secs(session.expires_at)),
        })
        .exec(&txn)
        .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The session whose token has this hash.
    pub async fn session_by_hash(&self, token_hash: &str) -> StoreResult<Option<Session>> {
        sessions::Entity::find()
            .filter(sessions::Column::TokenHash.eq(token_hash))
            .one(self.conn())
            .await?
            .map(session_from_row)
            .transpose()
    }

    /// Extends a session's idle expiry after a request.
    pub async fn touch_session(
        &self,
        id: SessionId,
        seen_at: DateTime<Utc>,
        idle_expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        sessions::Entity::update_many()
            .col_expr(sessions::Column::LastSeenAt, Expr::value(to_secs(seen_at)))
            .col_expr(
                sessions::Column::IdleExpiresAt,
                Expr::value(to_secs(idle_expires_at)),
            )
            .filter(sessions::Column::Id.eq(id.to_string()))
            .exec(self.writer())
            .await?;
        Ok(())
    }

    /// Ends a session; false when there was none.
    pub async fn delete_session(
        &self,
        id: SessionId,
        record: Option<&AuditRecord>,
    ) -> StoreResult<bool> {
        let txn = self.write().await?;
        let result = sessions::Entity::delete_by_id(id.to_string())
            .exec(&txn)
            .await?;
        if let Some(record) = record.filter(|_| result.rows_affected > 0) {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(result.rows_affected > 0)
    }

    /// The sessions of a user, newest first.
    pub async fn sessions_of_user(&self, user: UserId) -> StoreResult<Vec<Session>> {
        sessions::Entity::find()
            .filter(sessions::Column::UserId.eq(user.to_string()))
            .order_by_desc(sessions::Column::CreatedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(session_from_row)
            .collect()
    }
}

impl Store {
    /// Deletes a user's passkey; [`StoreError::NotFound`] when they have none with this id.
    pub async fn delete_passkey(
        &self,
        user: UserId,
        id: PasskeyId,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = passkeys::Entity::delete_many()
            .filter(passkeys::Column::Id.eq(id.to_string()))
            .filter(passkeys::Column::UserId.eq(user.to_string()))
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Renames a user's passkey; [`StoreError::NotFound`] when they have none with this id.
    pub async fn rename_passkey(
        &self,
        user: UserId,
        id: PasskeyId,
        name: &str,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = passkeys::Entity::update_many()
            .col_expr(passkeys::Column::Name, Expr::value(name))
            .filter(passkeys::Column::Id.eq(id.to_string()))
            .filter(passkeys::Column::UserId.eq(user.to_string()))
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Ends every session of a user but `keep`; returns how many ended.
    pub async fn delete_sessions_of_user(
        &self,
        user: UserId,
        keep: Option<SessionId>,
        record: Option<&AuditRecord>,
    ) -> StoreResult<u64> {
        let txn = self.write().await?;
        let mut query =
            sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user.to_string()));
        if let Some(keep) = keep {
            query = query.filter(sessions::Column::Id.ne(keep.to_string()));
        }
        let result = query.exec(&txn).await?;
        if let Some(record) = record {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(result.rows_affected)
    }

    /// Ends one session of a user; false when they have none with this id.
    pub async fn delete_user_session(
        &self,
        user: UserId,
        id: SessionId,
        record: &AuditRecord,
    ) -> StoreResult<bool> {
        let txn = self.write().await?;
        let result = sessions::Entity::delete_many()
            .filter(sessions::Column::Id.eq(id.to_string()))
            .filter(sessions::Column::UserId.eq(user.to_string()))
            .exec(&txn)
            .await?;
        if result.rows_affected > 0 {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(result.rows_affected > 0)
    }

    /// Stores a login code (as a hash); the user's unused codes stop working.
    pub async fn insert_login_code(
        &self,
        user: UserId,
        code_hash: &str,
        expires_at: DateTime<Utc>,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        login_codes::Entity::delete_many()
            .filter(login_codes::Column::UserId.eq(user.to_string()))
            .filter(login_codes::Column::UsedAt.is_null())
            .exec(&txn)
            .await?;
        login_codes::Entity::insert(login_codes::ActiveModel {
            id: Set(uuid::Uuid::now_v7().to_string()),
            user_id: Set(user.to_string()),
            code_hash: Set(code_hash.to_owned()),
            created_at: Set(to_secs(record.at)),
            expires_at: Set(to_secs(expires_at)),
            used_at: Set(None),
        })
        .exec(&txn)
        .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Uses up the unexpired, unused code with this hash and returns its user. Atomic, so a
    /// code signs in at most once even when sent twice at the same time.
    pub async fn redeem_login_code(
        &self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<UserId>> {
        let txn = self.write().await?;
        let Some(row) = login_codes::Entity::find()
            .filter(login_codes::Column::CodeHash.eq(code_hash))
            .filter(login_codes::Column::UsedAt.is_null())
            .filter(login_codes::Column::ExpiresAt.gt(to_secs(now)))
            .one(&txn)
            .await?
        else {
            return Ok(None);
        };
        let used = login_codes::Entity::update_many()
            .col_expr(login_codes::Column::UsedAt, Expr::value(to_secs(now)))
            .filter(login_codes::Column::Id.eq(row.id.clone()))
            .filter(login_codes::Column::UsedAt.is_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        if used.rows_affected != 1 {
            return Ok(None);
        }
        Ok(Some(
            row.user_id.parse().map_err(|e| corrupt("login_codes", e))?,
        ))
    }
}

impl Store {
    /// Sign-up links, newest first.
    pub async fn signup_links(&self) -> StoreResult<Vec<EnrolmentLink>> {
        enrolment_links::Entity::find()
            .filter(enrolment_links::Column::Kind.eq(EnrolmentKind::SignUp.as_str()))
            .order_by_desc(enrolment_links::Column::CreatedAt)
            .order_by_desc(enrolment_links::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(link_from_row)
            .collect()
    }

    /// Deletes a sign-up link; false when there is none with this id.
    pub async fn delete_signup_link(&self, id: &str, record: &AuditRecord) -> StoreResult<bool> {
        let txn = self.write().await?;
        let result = enrolment_links::Entity::delete_many()
            .filter(enrolment_links::Column::Id.eq(id))
            .filter(enrolment_links::Column::Kind.eq(EnrolmentKind::SignUp.as_str()))
            .exec(&txn)
            .await?;
        if result.rows_affected > 0 {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(result.rows_affected > 0)
    }

    /// Whether any administrator exists.
    pub async fn has_admin(&self) -> StoreResult<bool> {
        use super::entities::users;
        Ok(users::Entity::find()
            .filter(users::Column::IsAdmin.eq(true))
            .one(self.conn())
            .await?
            .is_some())
    }

    /// Creates a person who enrolled themselves, with their first passkey and groups, in one
    /// transaction that also uses up the link: a setup link once, a sign-up link once per use.
    /// [`StoreError::NotFound`] means the link was used up first.
    pub async fn insert_enrolled_user(
        &self,
        user: &crate::model::User,
        passkey: &Passkey,
        link: Option<(&str, EnrolmentKind)>,
        group_ids: &[crate::model::GroupId],
        records: &[AuditRecord],
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let now = records.first().map_or_else(chrono::Utc::now, |r| r.at);
        if let Some((link_id, kind)) = link {
            let mut update = enrolment_links::Entity::update_many()
                .col_expr(enrolment_links::Column::UsedAt, Expr::value(to_secs(now)))
                .filter(enrolment_links::Column::Id.eq(link_id))
                .filter(enrolment_links::Column::ExpiresAt.gt(to_secs(now)));
            update = match kind {
                EnrolmentKind::SignUp => update
                    .col_expr(
                        enrolment_links::Column::UsesLeft,
                        Expr::col(enrolment_links::Column::UsesLeft).sub(1),
                    )
                    .filter(enrolment_links::Column::UsesLeft.gt(0)),
                EnrolmentKind::Setup | EnrolmentKind::Invite => {
                    update.filter(enrolment_links::Column::UsedAt.is_null())
                }
            };
            if update.exec(&txn).await?.rows_affected != 1 {
                return Err(StoreError::NotFound);
            }
        }
        super::users::insert_row(&txn, user).await?;
        passkeys::Entity::insert(passkey_row(passkey))
            .exec(&txn)
            .await?;
        for group in group_ids {
            super::entities::group_members::Entity::insert(
                super::entities::group_members::ActiveModel {
                    group_id: Set(group.to_string()),
                    user_id: Set(user.id.to_string()),
                    created_at: Set(to_secs(now)),
                },
            )
            .exec(&txn)
            .await?;
        }
        for record in records {
            audit::insert(&txn, record).await?;
        }
        txn.commit().await?;
        Ok(())
    }
}

impl Store {
    /// Deletes what can no longer be used: sessions past either lifetime, expired ceremonies,
    /// and login codes and enrolment links that are expired or used up. Returns the rows gone.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let now = to_secs(now);
        let txn = self.write().await?;
        let mut gone = 0;
        gone += sessions::Entity::delete_many()
            .filter(
                sea_orm::Condition::any()
                    .add(sessions::Column::ExpiresAt.lte(now))
                    .add(sessions::Column::IdleExpiresAt.lte(now)),
            )
            .exec(&txn)
            .await?
            .rows_affected;
        gone += ceremonies::Entity::delete_many()
            .filter(ceremonies::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        gone += login_codes::Entity::delete_many()
            .filter(
                sea_orm::Condition::any()
                    .add(login_codes::Column::ExpiresAt.lte(now))
                    .add(login_codes::Column::UsedAt.is_not_null()),
            )
            .exec(&txn)
            .await?
            .rows_affected;
        gone += enrolment_links::Entity::delete_many()
            .filter(enrolment_links::Column::ExpiresAt.lte(now))
            .exec(&txn)
            .await?
            .rows_affected;
        txn.commit().await?;
        Ok(gone)
    }
}
