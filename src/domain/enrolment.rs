//! Enrolment links: an admin invites a person to register a passkey.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result, secrets};
use crate::model::{EnrolmentKind, EnrolmentLink, RequestContext};

/// How long an invite works when the admin names no lifetime.
pub const DEFAULT_INVITE_LIFETIME: Duration = Duration::hours(24);

/// A fresh invite: the link to hand to the person, and when it stops working.
#[derive(Debug, Clone)]
pub struct Invite {
    /// The one-time URL.
    pub url: String,
    /// When it expires.
    pub expires_at: DateTime<Utc>,
}

impl Domain {
    /// Makes a one-time link with which `user_reference` registers a passkey. Any unused invite
    /// of theirs stops working.
    pub async fn invite_user(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        user_reference: &str,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<Invite> {
        let user = self.resolve_user(user_reference).await?;
        if user.disabled {
            return Err(Error::invalid(
                "user",
                format!(
                    "{} is disabled; enable the account before inviting",
                    user.username
                ),
            ));
        }
        let now = self.clock.now();
        // Kept to the second, as stored.
        let expires_at = expires_at
            .map(|at| at.trunc_subsecs(0))
            .unwrap_or(now + DEFAULT_INVITE_LIFETIME);
        if expires_at <= now || expires_at > now + Duration::days(31) {
            return Err(Error::invalid(
                "expires_at",
                "`expires_at` must be in the future and at most 31 days ahead",
            ));
        }
        let token = secrets::random_token();
        let link = EnrolmentLink {
            id: uuid::Uuid::now_v7().to_string(),
            kind: EnrolmentKind::Invite,
            user_id: Some(user.id),
            expires_at,
            used_at: None,
            uses_left: None,
            group_ids: Vec::new(),
        };
        let record = self.record(
            admin.actor(),
            context,
            "user.invite",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "expires_at": link.expires_at }),
        );
        self.store
            .insert_enrolment_link(
                &link,
                &secrets::hash(&token),
                &admin.actor().label(),
                &record,
            )
            .await?;
        Ok(Invite {
            url: format!("{}/invite/{token}", self.auth.public_url),
            expires_at: link.expires_at,
        })
    }
}

impl Domain {
    /// Who an enrolment link is for, when it can still be used; the link is not used up.
    pub async fn enrolment_user(&self, token: &str) -> Result<crate::model::User> {
        Ok(self.usable_link(token).await?.1)
    }
}
