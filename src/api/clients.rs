//! OpenID Connect clients: the apps people sign in to with Pocket ID.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A group allowed to use a client.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ClientGroup {
    /// The group's id.
    pub id: String,
    /// The group's name.
    pub name: String,
}

/// One of a client's secrets. The secret itself is shown only once, when it is made.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ClientSecretInfo {
    /// Stable identifier (a UUID).
    pub id: String,
    /// The first characters of the secret, to recognise it (`pic_ab12…`).
    pub prefix: String,
    /// When the secret was made.
    pub created_at: DateTime<Utc>,
    /// When the secret stops working; never when absent.
    pub expires_at: Option<DateTime<Utc>>,
}

/// An OpenID Connect client (a relying party).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct Client {
    /// The public `client_id` the app sends: chosen at creation or a generated UUID.
    pub id: String,
    /// Name shown to people, on the consent page for example.
    pub name: String,
    /// A public client (a single-page or native app) has no secret and always uses PKCE; a
    /// confidential one authenticates with a secret.
    pub is_public: bool,
    /// Where people may be sent back after signing in. A redirect must match one exactly, except
    /// that on loopback hosts any port will be accepted, as RFC 8252 asks for native apps.
    pub redirect_uris: Vec<String>,
    /// Where people may be sent after logging out.
    pub post_logout_redirect_uris: Vec<String>,
    /// Whether people are not asked to consent before their details go to the app.
    pub skip_consent: bool,
    /// Whether authorization requests must use PKCE (always true for public clients).
    pub require_pkce: bool,
    /// Whether the `plain` PKCE method is accepted; `S256` always is.
    pub allow_plain_pkce: bool,
    /// Lifetime of access tokens, in seconds.
    pub access_token_lifetime_secs: i64,
    /// Lifetime of refresh tokens, in seconds.
    pub refresh_token_lifetime_secs: i64,
    /// How ID tokens are signed: `ES256` or `RS256`.
    pub id_token_signing_alg: String,
    /// A logo shown to people; none when absent.
    pub logo_url: Option<String>,
    /// The app's start page; none when absent.
    pub launch_url: Option<String>,
    /// Groups whose members may use the client; everyone may when empty.
    pub allowed_groups: Vec<ClientGroup>,
    /// The client's secrets, oldest first, without the secrets themselves; empty for public clients.
    pub secrets: Vec<ClientSecretInfo>,
    /// When the client was created.
    pub created_at: DateTime<Utc>,
    /// When the client was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A new client.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct CreateClient {
    /// Name shown to people: 1–100 characters.
    pub name: String,
    /// The `client_id` to use: 3–128 letters, digits or `. _ ~ -`, unique; a random UUID when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Make a public client (no secret, PKCE always required) instead of a confidential one.
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub is_public: bool,
    /// Where people may be sent back after signing in, at most 20. Each must be absolute and
    /// without a fragment or wildcard: `https://…`, `http://` on `localhost`, `127.0.0.1` or
    /// `[::1]` (any port), or an app's own scheme with a dot such as `com.example.app:/callback`.
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub redirect_uris: Vec<String>,
    /// Where people may be sent after logging out, at most 20, by the same rules.
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub post_logout_redirect_uris: Vec<String>,
    /// Do not ask people to consent (for apps you run yourself).
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub skip_consent: bool,
    /// Require PKCE; public clients always do [default: true].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_pkce: Option<bool>,
    /// Accept the `plain` PKCE method, for old apps that cannot hash [default: false].
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub allow_plain_pkce: bool,
    /// Lifetime of access tokens in seconds, from 60 to 86400 [default: 3600].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_lifetime_secs: Option<i64>,
    /// Lifetime of refresh tokens in seconds, from 60 to 31536000 (365 days) [default: 2592000,
    /// 30 days].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_lifetime_secs: Option<i64>,
    /// How ID tokens are signed: `ES256` or `RS256` [default: ES256].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_signing_alg: Option<String>,
    /// A logo shown to people: an absolute http or https URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// The app's start page: an absolute http or https URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_url: Option<String>,
    /// Groups (ids or names) whose members may use the client; everyone may when empty.
    #[serde(default)]
    #[cfg_attr(feature = "server", oai(default))]
    pub allowed_groups: Vec<String>,
}

/// A change to a client: absent fields stay as they are. The id and whether the client is
/// public cannot change.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct UpdateClient {
    /// New name shown to people: 1–100 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New redirect URIs, replacing the old ones (rules as at creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// New post-logout redirect URIs, replacing the old ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
    /// Whether people are not asked to consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent: Option<bool>,
    /// Whether PKCE is required; cannot be turned off for public clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_pkce: Option<bool>,
    /// Whether the `plain` PKCE method is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_plain_pkce: Option<bool>,
    /// Lifetime of access tokens in seconds, from 60 to 86400.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_lifetime_secs: Option<i64>,
    /// Lifetime of refresh tokens in seconds, from 60 to 31536000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_lifetime_secs: Option<i64>,
    /// How ID tokens are signed: `ES256` or `RS256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_signing_alg: Option<String>,
    /// New logo URL (empty string: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// New start page URL (empty string: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_url: Option<String>,
    /// Groups (ids or names) allowed to use the client, replacing the old ones; empty: everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_groups: Option<Vec<String>>,
}

/// A client just created, with its secret when it is confidential. The secret is not stored and
/// cannot be shown again.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct CreatedClient {
    /// The client's record.
    pub client: Client,
    /// The client secret (`pic_…`), for confidential clients; absent for public ones.
    pub secret: Option<String>,
}

/// How to roll a confidential client over to a new secret.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct RotateClientSecret {
    /// How many seconds the older secrets keep working, from 0 (they stop at once) to 2592000
    /// (30 days); an older secret that expires sooner keeps its expiry [default: 86400, 24 hours].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_old_secs: Option<i64>,
}

/// A new client secret. It is not stored and cannot be shown again.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct CreatedClientSecret {
    /// The new secret's record.
    pub client_secret: ClientSecretInfo,
    /// The secret (`pic_…`).
    pub secret: String,
    /// The client with all its secrets as they are now.
    pub client: Client,
}

/// The clients, ordered by name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ClientList {
    /// The clients.
    pub items: Vec<Client>,
}
