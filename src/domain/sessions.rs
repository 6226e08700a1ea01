//! Browser sessions: opened by a sign-in, looked up from the cookie on every request, ended by
//! signing out, by their lifetimes, or when the account is disabled.

use serde_json::json;

use super::{AuditTarget, Domain, Result, SignedIn, secrets};
use crate::model::{Actor, BearerToken, RequestContext, Session, SessionId, SignInMethod, User};

/// The secret in a session cookie.
pub type SessionToken = BearerToken;

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
    pub async fn session(&self, token: &str) -> Result<Option<(Session, User)>> {
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
        Ok(Some((session, user)))
    }

    /// Ends the session of this token, if any.
    pub async fn sign_out(&self, context: &RequestContext, token: &str) -> Result<()> {
        if let Some((session, user)) = self.session(token).await? {
            let actor = Actor::User {
                id: user.id,
                username: user.username.to_string(),
            };
            let record = self.record(
                &actor,
                context,
                "session.sign_out",
                AuditTarget {
                    kind: "session",
                    id: session.id.to_string(),
                    label: user.username.to_string(),
                },
                json!({}),
            );
            self.store.delete_session(session.id, Some(&record)).await?;
        }
        Ok(())
    }
}
