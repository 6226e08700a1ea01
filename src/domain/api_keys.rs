//! Admin API keys: creation, authentication and revocation.
//!
//! A secret is `pid_` and 40 random letters and digits (about 238 bits). Only its SHA-256 is
//! stored: a fast hash is enough for a secret of that much entropy, and keeps every API request
//! to one indexed lookup.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use rand::RngExt;
use rand::distr::Alphanumeric;
use serde_json::json;

use super::{AdminPrincipal, AuditTarget, AuthFailure, Domain, Error, Result};
use crate::model::{Actor, ApiKey, ApiKeyId, ApiKeySecret, ApiKeyState, RequestContext};

/// How stale `last_used_at` may get before a use writes it again; saves a write per request.
const LAST_USED_RESOLUTION: Duration = Duration::seconds(60);

/// Random characters in a secret after its prefix.
const SECRET_LENGTH: usize = 40;

/// A key to create.
#[derive(Debug, Clone)]
pub struct NewApiKey {
    /// What it is for.
    pub name: String,
    /// When it stops working.
    pub expires_at: Option<DateTime<Utc>>,
}

fn generate_secret() -> ApiKeySecret {
    let random: String = rand::rng()
        .sample_iter(Alphanumeric)
        .take(SECRET_LENGTH)
        .map(char::from)
        .collect();
    ApiKeySecret::new(format!("{}{random}", ApiKeySecret::PREFIX))
}

fn hash_secret(secret: &str) -> String {
    super::secrets::hash(secret)
}

impl Domain {
    /// Creates a key and returns it with its secret, which is not stored and cannot be shown again.
    pub async fn create_api_key(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        input: NewApiKey,
    ) -> Result<(ApiKey, ApiKeySecret)> {
        let now = self.clock.now();
        let name = input.name.trim();
        if name.is_empty() || name.chars().count() > 64 || name.chars().any(char::is_control) {
            return Err(Error::invalid(
                "name",
                "an API key's `name` must be 1–64 characters without control characters",
            ));
        }
        if let Some(expires_at) = input.expires_at
            && expires_at <= now
        {
            return Err(Error::invalid(
                "expires_at",
                "`expires_at` must be in the future",
            ));
        }
        let secret = generate_secret();
        // Kept to the second, as the store keeps it, so the audit record says the same.
        let expires_at = input.expires_at.map(|at| at.trunc_subsecs(0));
        let key = ApiKey {
            id: ApiKeyId::new(),
            name: name.to_owned(),
            prefix: secret.display_prefix(),
            created_at: now,
            created_by: admin.actor().label(),
            expires_at,
            last_used_at: None,
            revoked_at: None,
        };
        let record = self.record(
            admin.actor(),
            context,
            "api_key.create",
            AuditTarget {
                kind: "api_key",
                id: key.id.to_string(),
                label: key.name.clone(),
            },
            json!({ "prefix": key.prefix, "expires_at": key.expires_at }),
        );
        self.store
            .insert_api_key(&key, &hash_secret(secret.expose()), &record)
            .await?;
        Ok((key, secret))
    }

    /// Checks a presented secret and, when it is a usable key, returns its principal.
    pub async fn authenticate_api_key(&self, secret: &ApiKeySecret) -> Result<AdminPrincipal> {
        if !secret.expose().starts_with(ApiKeySecret::PREFIX) {
            return Err(Error::Unauthorized(AuthFailure::Unknown));
        }
        let key = self
            .store
            .api_key_by_hash(&hash_secret(secret.expose()))
            .await?
            .ok_or(Error::Unauthorized(AuthFailure::Unknown))?;
        let now = self.clock.now();
        match key.state(now) {
            ApiKeyState::Active => {}
            ApiKeyState::Expired => return Err(Error::Unauthorized(AuthFailure::Expired)),
            ApiKeyState::Revoked => return Err(Error::Unauthorized(AuthFailure::Revoked)),
        }
        if key
            .last_used_at
            .is_none_or(|at| now - at >= LAST_USED_RESOLUTION)
        {
            self.store.touch_api_key(key.id, now).await?;
        }
        Ok(AdminPrincipal::authenticated(Actor::ApiKey {
            id: key.id,
            name: key.name,
        }))
    }

    /// Every key, newest first.
    pub async fn list_api_keys(&self, _admin: &AdminPrincipal) -> Result<Vec<ApiKey>> {
        Ok(self.store.list_api_keys().await?)
    }

    /// Revokes a key named by id or by the name of a key not yet revoked.
    pub async fn revoke_api_key(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
    ) -> Result<ApiKey> {
        let mut key = self
            .store
            .api_key_by_id_or_name(reference)
            .await?
            .filter(|k| k.revoked_at.is_none())
            .ok_or_else(|| Error::not_found("active API key", reference))?;
        let record = self.record(
            admin.actor(),
            context,
            "api_key.revoke",
            AuditTarget {
                kind: "api_key",
                id: key.id.to_string(),
                label: key.name.clone(),
            },
            json!({ "prefix": key.prefix }),
        );
        self.store.revoke_api_key(key.id, &record).await?;
        key.revoked_at = Some(record.at);
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::NewApiKey;
    use crate::domain::{AdminPrincipal, AuthFailure, Error};
    use crate::model::RequestContext;

    #[tokio::test]
    async fn keys_expire_on_time_and_record_their_last_use() {
        let (domain, clock, _dir) = crate::domain::test_support::domain().await;
        let start = domain.now();
        let admin = AdminPrincipal::local();

        let (_, secret) = domain
            .create_api_key(
                &admin,
                &RequestContext::default(),
                NewApiKey {
                    name: "ci".into(),
                    expires_at: Some(start + Duration::hours(1)),
                },
            )
            .await
            .unwrap();

        let principal = domain.authenticate_api_key(&secret).await.unwrap();
        assert_eq!(principal.actor().label(), "ci");
        let keys = domain.list_api_keys(&admin).await.unwrap();
        assert_eq!(keys[0].last_used_at, Some(start));

        clock.advance(Duration::minutes(59));
        domain.authenticate_api_key(&secret).await.unwrap();

        clock.advance(Duration::minutes(1));
        let refused = domain.authenticate_api_key(&secret).await.unwrap_err();
        assert!(matches!(refused, Error::Unauthorized(AuthFailure::Expired)));
        let keys = domain.list_api_keys(&admin).await.unwrap();
        assert_eq!(keys[0].last_used_at, Some(start + Duration::minutes(59)));
    }
}
