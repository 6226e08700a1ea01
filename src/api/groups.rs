//! Groups: named sets of users, sent to apps in the `groups` claim.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A group of users.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct Group {
    /// Stable identifier (a UUID).
    pub id: String,
    /// Unique name, compared without regard to case; this is what apps see in the `groups` claim.
    /// 1–64 characters: letters, digits and `_ . -`, starting with a letter or digit.
    pub name: String,
    /// Name shown to people; defaults to `name`.
    pub display_name: String,
    /// How many users are members.
    pub member_count: u64,
    /// When the group was created.
    pub created_at: DateTime<Utc>,
    /// When the group was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A new group.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateGroup {
    /// Unique name (see `Group.name` for the rules).
    pub name: String,
    /// Name shown to people; `name` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// A change to a group: absent fields stay as they are.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct UpdateGroup {
    /// New unique name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New display name (empty string: use the name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// A list of groups, ordered by name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct GroupList {
    /// The groups.
    pub items: Vec<Group>,
}
