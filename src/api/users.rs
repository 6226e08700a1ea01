//! Users: the people who sign in.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A person who can sign in.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct User {
    /// Stable identifier (a UUID); it is the `sub` of this person's tokens and never changes.
    pub id: String,
    /// Unique sign-in name, compared without regard to case. 1–50 characters: letters, digits and
    /// `_ . @ -`, starting and ending with a letter or digit.
    pub username: String,
    /// Email address, unique (compared without regard to case) when set.
    pub email: Option<String>,
    /// Whether an administrator set the email address (`email_verified` in tokens).
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub email_verified: bool,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Name shown to people; defaults to the first and last name, or the username.
    pub display_name: String,
    /// Whether this person administers the server.
    pub is_admin: bool,
    /// A disabled person cannot sign in and is refused new tokens.
    pub disabled: bool,
    /// When the user was created.
    pub created_at: DateTime<Utc>,
    /// When the user was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A new user.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// Unique sign-in name (see `User.username` for the rules).
    pub username: String,
    /// Email address; must be unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Name shown to people; derived from the names or the username when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Make the user an administrator (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
}

/// A change to a user: absent fields stay as they are; an empty string clears `email`,
/// `first_name` or `last_name`, and resets `display_name` to its derived value.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// New sign-in name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// New email address (empty string: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New given name (empty string: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// New family name (empty string: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// New display name (empty string: derive it again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Grant or withdraw administration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
}

/// One page of users, ordered by username.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct UserPage {
    /// The users on this page.
    pub items: Vec<User>,
    /// How many users match the query in all.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// The page size used.
    pub per_page: u32,
}

/// A list of users.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct UserList {
    /// The users, ordered by username.
    pub items: Vec<User>,
}
