//! Custom claims of users and groups.

use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result};
use crate::model::{ClaimKey, ClaimValue, CustomClaim, RequestContext};
use crate::store::ClaimOwner;

/// Whose claims a request is about, as named by the caller.
#[derive(Debug, Clone, Copy)]
pub enum ClaimTarget<'a> {
    /// A user, by id or username.
    User(&'a str),
    /// A group, by id or name.
    Group(&'a str),
}

fn parse_key(key: &str) -> Result<ClaimKey> {
    ClaimKey::parse(key).map_err(|e| Error::from_value("key", e))
}

impl Domain {
    /// Resolves a target to its owner, with its kind and label for the audit log.
    async fn claim_owner(&self, target: ClaimTarget<'_>) -> Result<(ClaimOwner, AuditTarget)> {
        Ok(match target {
            ClaimTarget::User(reference) => {
                let user = self.resolve_user(reference).await?;
                (
                    ClaimOwner::User(user.id),
                    AuditTarget {
                        kind: "user",
                        id: user.id.to_string(),
                        label: user.username.to_string(),
                    },
                )
            }
            ClaimTarget::Group(reference) => {
                let group = self.resolve_group(reference).await?;
                (
                    ClaimOwner::Group(group.id),
                    AuditTarget {
                        kind: "group",
                        id: group.id.to_string(),
                        label: group.name.to_string(),
                    },
                )
            }
        })
    }

    /// The custom claims of a user or group.
    pub async fn list_claims(
        &self,
        _admin: &AdminPrincipal,
        target: ClaimTarget<'_>,
    ) -> Result<Vec<CustomClaim>> {
        let (owner, ..) = self.claim_owner(target).await?;
        Ok(self.store.claims(owner).await?)
    }

    /// Sets a custom claim; a reserved or malformed key, or a null or oversized value, is refused.
    pub async fn set_claim(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        target: ClaimTarget<'_>,
        key: &str,
        value: serde_json::Value,
    ) -> Result<CustomClaim> {
        let claim = CustomClaim {
            key: parse_key(key)?,
            value: ClaimValue::new(value).map_err(|e| Error::from_value("value", e))?,
        };
        let (owner, audit_target) = self.claim_owner(target).await?;
        let record = self.record(
            admin.actor(),
            context,
            "claim.set",
            audit_target,
            json!({ "key": claim.key.as_str(), "value": claim.value.as_json() }),
        );
        self.store.set_claim(owner, &claim, &record).await?;
        Ok(claim)
    }

    /// Removes a custom claim; [`Error::NotFound`] when it was not set.
    pub async fn unset_claim(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        target: ClaimTarget<'_>,
        key: &str,
    ) -> Result<()> {
        let (owner, audit_target) = self.claim_owner(target).await?;
        let label = audit_target.label.clone();
        // A key that could never have been set is simply not there.
        let key = ClaimKey::parse(key).map_err(|_| Error::not_found("claim", key))?;
        let record = self.record(
            admin.actor(),
            context,
            "claim.unset",
            audit_target,
            json!({ "key": key.as_str() }),
        );
        self.store
            .unset_claim(owner, &key, &record)
            .await
            .map_err(|err| match err {
                crate::store::StoreError::NotFound => {
                    Error::not_found("claim", format!("{key} of {label}"))
                }
                other => other.into(),
            })
    }
}
