//! Admin API keys and their secrets.

use std::fmt;

use chrono::{DateTime, Utc};

use super::ApiKeyId;

/// The secret of an API key. Redacted in `Debug` so it never reaches a log.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKeySecret(String);

impl ApiKeySecret {
    /// The prefix every secret starts with, so leaked keys are easy to recognise and scan for.
    pub const PREFIX: &'static str = "pid_";

    /// Wraps a secret presented by a client or just generated.
    pub fn new(secret: String) -> Self {
        Self(secret)
    }

    /// The secret itself, to show once or to hash.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The part shown in listings: the prefix and the first four random characters.
    pub fn display_prefix(&self) -> String {
        self.0.chars().take(Self::PREFIX.len() + 4).collect()
    }
}

impl fmt::Debug for ApiKeySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKeySecret(<redacted>)")
    }
}

/// An admin API key as stored (its secret only as a hash, which never leaves the store).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKey {
    /// Stable id.
    pub id: ApiKeyId,
    /// What it is for.
    pub name: String,
    /// The recognisable start of the secret.
    pub prefix: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Who created it.
    pub created_by: String,
    /// When it stops working.
    pub expires_at: Option<DateTime<Utc>>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Whether a key can be used at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyState {
    /// Usable.
    Active,
    /// Past its expiry.
    Expired,
    /// Revoked by an administrator.
    Revoked,
}

impl ApiKey {
    /// The key's state at `now`.
    pub fn state(&self, now: DateTime<Utc>) -> ApiKeyState {
        if self.revoked_at.is_some() {
            ApiKeyState::Revoked
        } else if self.expires_at.is_some_and(|at| at <= now) {
            ApiKeyState::Expired
        } else {
            ApiKeyState::Active
        }
    }
}
