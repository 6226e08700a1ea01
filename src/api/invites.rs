//! Invites: one-time links with which a person registers a passkey.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A request for an invite link.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateInvite {
    /// When the link stops working: at most 31 days ahead; 24 hours from now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

/// A one-time invite link. Opening it lets the person register a passkey; it works once, and a
/// newer invite for the same person replaces it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct Invite {
    /// The link to hand to the person. It is not stored and cannot be shown again.
    pub url: String,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
}

/// A registered passkey, as an admin sees it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct PasskeySummary {
    /// Stable identifier (a UUID).
    pub id: String,
    /// The name the person gave it.
    pub name: String,
    /// The authenticator model's AAGUID, when known.
    pub aaguid: Option<String>,
    /// Whether the passkey is synced between devices.
    pub synced: bool,
    /// When it was registered.
    pub created_at: DateTime<Utc>,
    /// When it last signed the person in.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A user's passkeys, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct PasskeyList {
    /// The passkeys.
    pub items: Vec<PasskeySummary>,
}
