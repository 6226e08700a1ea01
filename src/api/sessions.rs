//! Sessions and login codes, as admins see them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A signed-in browser of a user.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SessionSummary {
    /// Stable identifier (a UUID; not the secret in the cookie).
    pub id: String,
    /// How it was signed in: `passkey` or `one_time_code`.
    pub method: String,
    /// The address it was signed in from.
    pub ip: Option<String>,
    /// The browser's `User-Agent`.
    pub user_agent: Option<String>,
    /// When it was signed in.
    pub created_at: DateTime<Utc>,
    /// When it was last used (to the minute).
    pub last_seen_at: DateTime<Utc>,
    /// When it ends at the latest.
    pub expires_at: DateTime<Utc>,
}

/// A user's sessions, newest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SessionList {
    /// The sessions.
    pub items: Vec<SessionSummary>,
}

/// A request for a one-time login code.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateLoginCode {
    /// When the code stops working: at most 24 hours ahead; 15 minutes from now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

/// A one-time login code: it signs the person in once, on the "use a login code" page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct LoginCode {
    /// The code, as `XXXX-XXXX`. It is not stored and cannot be shown again.
    pub code: String,
    /// A link to the code page with the code filled in.
    pub url: String,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
}
