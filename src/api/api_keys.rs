//! API keys: bearer credentials for scripts and `pocketctl`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// An admin API key. The secret itself is shown only once, when the key is created.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ApiKey {
    /// Stable identifier (a UUID).
    pub id: String,
    /// What the key is for, unique among keys that are not revoked.
    pub name: String,
    /// The first characters of the secret, to recognise it (`pid_ab12…`).
    pub prefix: String,
    /// When the key was created.
    pub created_at: DateTime<Utc>,
    /// Who created it (an API key's name, or `local-admin` for the admin socket and the host).
    pub created_by: String,
    /// When the key stops working; never when absent.
    pub expires_at: Option<DateTime<Utc>>,
    /// When the key was last used (to the minute); never when absent.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When the key was revoked; absent while it is usable.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A new API key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateApiKey {
    /// What the key is for: 1–64 characters, unique among keys that are not revoked.
    pub name: String,
    /// When the key stops working (must be in the future); never when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

/// A key just created, with its secret. The secret is not stored and cannot be shown again.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct CreatedApiKey {
    /// The key's record.
    pub api_key: ApiKey,
    /// The secret to send as `Authorization: Bearer <secret>` or `X-API-Key: <secret>`.
    pub secret: String,
}

/// The API keys, newest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ApiKeyList {
    /// The keys.
    pub items: Vec<ApiKey>,
}
