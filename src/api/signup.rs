//! Sign-up links: for new people to create their own account and passkey.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A request for a sign-up link.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateSignupLink {
    /// How many people may sign up with it, 1–100 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses: Option<u32>,
    /// When it stops working: at most 31 days ahead; 7 days from now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    /// Groups (ids or names) that people who sign up with it join.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "server", oai(default))]
    pub groups: Vec<String>,
}

/// A sign-up link. Its URL is shown only when it is created.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SignupLink {
    /// Stable identifier.
    pub id: String,
    /// The link to hand out; only in the answer to its creation.
    pub url: Option<String>,
    /// Sign-ups it has left.
    pub uses_left: u32,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// Ids of the groups new people join.
    pub group_ids: Vec<String>,
}

/// The sign-up links, newest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SignupLinkList {
    /// The links.
    pub items: Vec<SignupLink>,
}
