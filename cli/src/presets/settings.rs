//! The settings an app needs to sign people in with this provider: the provider's endpoints as
//! its discovery document states them, the client just registered, the scopes to ask for and the
//! claims to map. Built once, then written out by a format of [`super::render`], or as JSON.

use serde::{Deserialize, Serialize};

use super::Preset;
use crate::secret::Secret;

/// The path of the discovery document, relative to the issuer (OpenID Connect Discovery 1.0 §4).
pub const DISCOVERY_PATH: [&str; 2] = [".well-known", "openid-configuration"];

/// The part of the provider's discovery document that apps are configured with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discovery {
    /// The issuer: the `iss` of every token, and where the document lives.
    pub issuer: String,
    /// Where people are sent to sign in.
    pub authorization_endpoint: String,
    /// Where the app exchanges the code for tokens.
    pub token_endpoint: String,
    /// Where the app reads the user's claims with the access token.
    pub userinfo_endpoint: String,
    /// The provider's public keys, for verifying ID tokens.
    pub jwks_uri: String,
    /// Where people are sent to sign out, when the provider has one.
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
}

/// The names of the claims the provider sends, by what apps use them for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Claims {
    /// The stable, unique user id.
    pub user_id: &'static str,
    /// The sign-in name.
    pub username: &'static str,
    /// The display name.
    pub name: &'static str,
    /// The email address.
    pub email: &'static str,
    /// The group names, an array.
    pub groups: &'static str,
}

/// The provider's claim names.
pub const CLAIMS: Claims = Claims {
    user_id: "sub",
    username: "preferred_username",
    name: "name",
    email: "email",
    groups: "groups",
};

/// The client as it was registered, as far as the app's settings need it.
#[derive(Debug, Clone)]
pub struct RegisteredClient {
    /// The `client_id`.
    pub id: String,
    /// The secret, for a confidential client.
    pub secret: Option<Secret>,
    /// The redirect URIs as stored.
    pub redirect_uris: Vec<String>,
    /// How ID tokens are signed for it.
    pub id_token_signing_alg: String,
    /// Whether PKCE is required.
    pub require_pkce: bool,
}

/// Everything the app is told, ready to be written in its format.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    /// The preset's name.
    pub preset: &'static str,
    /// The app.
    pub app: &'static str,
    /// The app's base URL, as given.
    pub app_url: String,
    /// The name the app gives the provider (`--provider-name`).
    pub provider_name: String,
    /// The issuer.
    pub issuer: String,
    /// The discovery document's URL.
    pub discovery_url: String,
    /// The authorization endpoint.
    pub authorization_endpoint: String,
    /// The token endpoint.
    pub token_endpoint: String,
    /// The userinfo endpoint.
    pub userinfo_endpoint: String,
    /// The JWKS endpoint.
    pub jwks_uri: String,
    /// The end-session endpoint, when there is one.
    pub end_session_endpoint: Option<String>,
    /// The client id.
    pub client_id: String,
    /// The client secret, for a confidential client.
    pub client_secret: Option<Secret>,
    /// The registered redirect URIs.
    pub redirect_uris: Vec<String>,
    /// The scopes the app asks for.
    pub scopes: Vec<&'static str>,
    /// How ID tokens are signed.
    pub id_token_signing_alg: String,
    /// Whether the client must use PKCE (S256).
    pub pkce_required: bool,
    /// The claim names.
    pub claims: Claims,
}

impl Settings {
    /// The settings for `preset`'s app at `app_url`, from the provider's `discovery` document and
    /// the `client` just registered.
    pub fn new(
        preset: &'static Preset,
        app_url: &str,
        provider_name: &str,
        discovery: Discovery,
        client: RegisteredClient,
    ) -> Self {
        // The discovery URL is the issuer with the well-known path appended, as the spec
        // defines it, not the URL pocketctl used (which may be the admin socket).
        let discovery_url = format!(
            "{}/{}",
            discovery.issuer.trim_end_matches('/'),
            DISCOVERY_PATH.join("/")
        );
        Self {
            preset: preset.name,
            app: preset.app,
            app_url: app_url.to_owned(),
            provider_name: provider_name.to_owned(),
            issuer: discovery.issuer,
            discovery_url,
            authorization_endpoint: discovery.authorization_endpoint,
            token_endpoint: discovery.token_endpoint,
            userinfo_endpoint: discovery.userinfo_endpoint,
            jwks_uri: discovery.jwks_uri,
            end_session_endpoint: discovery.end_session_endpoint,
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: client.redirect_uris,
            scopes: preset.scopes.to_vec(),
            id_token_signing_alg: client.id_token_signing_alg,
            pkce_required: client.require_pkce,
            claims: CLAIMS,
        }
    }

    /// The scopes, space-separated as OAuth writes them.
    pub fn scope(&self) -> String {
        self.scopes.join(" ")
    }

    /// The secret, if the client has one.
    pub fn secret(&self) -> Option<&str> {
        self.client_secret.as_ref().map(Secret::expose)
    }

    /// The first redirect URI: the one an app that takes a single URI is given.
    pub fn redirect_uri(&self) -> &str {
        self.redirect_uris.first().map_or("", String::as_str)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{Discovery, RegisteredClient, Settings};
    use crate::presets::find;
    use crate::secret::Secret;

    /// A discovery document as the provider at `issuer` serves it.
    pub(crate) fn discovery(issuer: &str) -> Discovery {
        Discovery {
            issuer: issuer.to_owned(),
            authorization_endpoint: format!("{issuer}/authorize"),
            token_endpoint: format!("{issuer}/token"),
            userinfo_endpoint: format!("{issuer}/userinfo"),
            jwks_uri: format!("{issuer}/.well-known/jwks.json"),
            end_session_endpoint: Some(format!("{issuer}/end-session")),
        }
    }

    /// Settings for `preset` at `url`, as if the client had just been registered.
    pub(crate) fn settings(preset: &str, url: &str, secret: Option<&str>) -> Settings {
        let preset = find(preset).unwrap();
        Settings::new(
            preset,
            url,
            "pocket-id",
            discovery("https://id.example.com"),
            RegisteredClient {
                id: "client-1".into(),
                secret: secret.map(Secret::new),
                redirect_uris: preset.redirect_uris(url, "pocket-id"),
                id_token_signing_alg: preset.alg.into(),
                require_pkce: preset.require_pkce,
            },
        )
    }

    #[test]
    fn the_discovery_url_is_the_issuers() {
        let settings = settings("grafana", "https://grafana.example.com", Some("pic_x"));
        assert_eq!(
            settings.discovery_url,
            "https://id.example.com/.well-known/openid-configuration"
        );
        assert_eq!(settings.scope(), "openid profile email groups");
        assert_eq!(settings.secret(), Some("pic_x"));
        assert!(!format!("{settings:?}").contains("pic_x"));
    }

    #[test]
    fn settings_serialise_with_the_secret_for_scripts() {
        let settings = settings("immich", "https://photos.example.com", Some("pic_y"));
        let json = serde_json::to_value(&settings).unwrap();
        assert_eq!(json["client_secret"], "pic_y");
        assert_eq!(json["claims"]["groups"], "groups");
        assert_eq!(json["redirect_uris"][2], "app.immich:///oauth-callback");
        assert_eq!(json["id_token_signing_alg"], "RS256");
    }
}
