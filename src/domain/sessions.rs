//! Browser sessions: opened by a sign-in, looked up from the cookie on every request, ended by
//! signing out, by their lifetimes, or when the account is disabled.

use serde_json::json;

use super::{AuditTarget, Domain, Result, SignedIn, secrets};
use crate::model::{Actor, BearerToken, RequestContext, Session, SessionId, SignInMethod, User};

/// The secret in a session cookie.
pub type SessionToken = BearerToken;

/// A signed-in person: the typed proof that self-service functions require. Only
/// [`Domain::session`] makes one, from a live session of an enabled user.
#[derive(Debug, Clone)]
pub struct UserSession {
    /// The session.
    pub session: Session,
    /// Its user.
    pub user: User,
}

impl UserSession {
    /// The person as an audit actor.
    pub fn actor(&self) -> Actor {
        Actor::User {
            id: self.user.id,
            username: self.user.username.to_string(),
        }
    }
}

impl Domain {
    /// Opens a session for `user` and records the sign-in.
    pub(super) async fn open_session(
        &self,
        user: &User,
        method: SignInMethod,
        context: &RequestContext,
    ) -> Result<SignedIn> {
        let now = self.clock.now();
        let token = BearerToken::new(secrets::random_token());
        let session = Session {
            id: SessionId::new(),
            user_id: user.id,
            method,
            ip: context.ip.clone(),
            user_agent: context.user_agent.clone(),
            created_at: now,
            last_seen_at: now,
            idle_expires_at: (now + self.auth.session_idle).min(now + self.auth.session_lifetime),
            expires_at: now + self.auth.session_lifetime,
        };
        let actor = Actor::User {
            id: user.id,
            username: user.username.to_string(),
        };
        let record = self.record(
            &actor,
            context,
            "session.sign_in",
            AuditTarget {
                kind: "session",
                id: session.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "method": method.as_str() }),
        );
        self.store
            .insert_session(&session, &secrets::hash(token.expose()), &record)
            .await?;
        Ok(SignedIn {
            user: user.clone(),
            session,
            token,
        })
    }

    /// The live session and its user for a cookie's token; `None` when the token is unknown,
    /// the session has run out, or the user is disabled or gone. Extends the idle expiry.
    pub async fn session(&self, token: &str) -> Result<Option<UserSession>> {
        let now = self.clock.now();
        let Some(mut session) = self.store.session_by_hash(&secrets::hash(token)).await? else {
            return Ok(None);
        };
        if session.idle_expires_at <= now || session.expires_at <= now {
            self.store.delete_session(session.id, None).await?;
            return Ok(None);
        }
        let Some(user) = self
            .store
            .user_by_id(session.user_id)
            .await?
            .filter(|u| !u.disabled)
        else {
            return Ok(None);
        };
        // Writing on every request would make each page view a database write; once a minute
        // is precise enough for an idle lifetime measured in hours.
        if now - session.last_seen_at >= chrono::Duration::minutes(1) {
            session.last_seen_at = now;
            session.idle_expires_at = (now + self.auth.session_idle).min(session.expires_at);
            self.store
                .touch_session(session.id, now, session.idle_expires_at)
                .await?;
        }
        Ok(Some(UserSession { session, user }))
    }

    /// Ends the session of this token, if any.
    pub async fn sign_out(&self, context: &RequestContext, token: &str) -> Result<()> {
        if let Some(current) = self.session(token).await? {
            let record = self.record(
                &current.actor(),
                context,
                "session.sign_out",
                AuditTarget {
                    kind: "session",
                    id: current.session.id.to_string(),
                    label: current.user.username.to_string(),
                },
                json!({}),
            );
            self.store
                .delete_session(current.session.id, Some(&record))
                .await?;
        }
        Ok(())
    }
}

impl Domain {
    /// The sessions of a user, for an admin.
    pub async fn user_sessions(
        &self,
        _admin: &super::AdminPrincipal,
        user_reference: &str,
    ) -> Result<Vec<Session>> {
        let user = self.resolve_user(user_reference).await?;
        Ok(self.store.sessions_of_user(user.id).await?)
    }

    /// Ends sessions of a user for an admin: one by id, or all when `session` is `None`.
    pub async fn revoke_user_sessions(
        &self,
        admin: &super::AdminPrincipal,
        context: &RequestContext,
        user_reference: &str,
        session: Option<&str>,
    ) -> Result<u64> {
        let user = self.resolve_user(user_reference).await?;
        let target = AuditTarget {
            kind: "user",
            id: user.id.to_string(),
            label: user.username.to_string(),
        };
        match session {
            Some(reference) => {
                let not_found = || super::Error::not_found("session", reference);
                let id: SessionId = reference.parse().map_err(|_| not_found())?;
                let record = self.record(
                    admin.actor(),
                    context,
                    "session.revoke",
                    target,
                    json!({ "session_id": reference }),
                );
                if self.store.delete_user_session(user.id, id, &record).await? {
                    Ok(1)
                } else {
                    Err(not_found())
                }
            }
            None => {
                let record = self.record(
                    admin.actor(),
                    context,
                    "session.revoke_all",
                    target,
                    json!({}),
                );
                Ok(self
                    .store
                    .delete_sessions_of_user(user.id, None, Some(&record))
                    .await?)
            }
        }
    }
}

impl Domain {
    /// Removes expired sessions, ceremonies, codes and links, and retired signing keys that have
    /// left the JWKS; returns how many went.
    pub async fn purge_expired(&self) -> Result<u64> {
        let now = self.clock.now();
        let sign_in =
            self.store.purge_expired(now).await? + self.store.purge_expired_oidc(now).await?;
        Ok(sign_in + self.purge_retired_signing_keys().await?)
    }

    /// How many browser sessions are live now, for monitoring.
    pub async fn active_session_count(&self) -> Result<u64> {
        Ok(self.store.count_active_sessions(self.clock.now()).await?)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::api::CreateUser;
    use crate::domain::AdminPrincipal;
    use crate::model::{RequestContext, SignInMethod};

    #[tokio::test]
    async fn sessions_end_after_their_idle_and_absolute_lifetimes_and_are_purged() {
        let (domain, clock, _dir) = crate::domain::test_support::domain().await;
        let context = RequestContext::default();
        let user = domain
            .create_user(
                &AdminPrincipal::local(),
                &context,
                CreateUser {
                    username: "alice".into(),
                    ..CreateUser::default()
                },
            )
            .await
            .unwrap();

        // Used every 20 hours, a session outlives its 24-hour idle lifetime…
        let kept = domain
            .open_session(&user, SignInMethod::Passkey, &context)
            .await
            .unwrap();
        for _ in 0..3 {
            clock.advance(Duration::hours(20));
            assert!(domain.session(kept.token.expose()).await.unwrap().is_some());
        }
        // …but not its 14-day absolute one.
        for _ in 0..14 {
            clock.advance(Duration::hours(20));
            let _ = domain.session(kept.token.expose()).await.unwrap();
        }
        assert!(domain.session(kept.token.expose()).await.unwrap().is_none());

        // Left alone, a session ends after a day, and the sweep removes it.
        let idle = domain
            .open_session(&user, SignInMethod::Passkey, &context)
            .await
            .unwrap();
        clock.advance(Duration::hours(25));
        assert_eq!(domain.purge_expired().await.unwrap(), 1);
        assert!(domain.session(idle.token.expose()).await.unwrap().is_none());
    }
}
