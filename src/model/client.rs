//! OpenID Connect clients (the apps people sign in to), their ids, redirect URIs and secrets.

use std::fmt;

use chrono::{DateTime, Utc};
use url::{Host, Url};

use super::{ClientSecretId, GroupId, GroupName, InvalidValue};

/// A client's public identifier, the `client_id` it sends: 3–128 characters of `A–Z a–z 0–9 . _
/// ~ -` (the unreserved characters of RFC 3986), so it never needs escaping in a URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClientId(String);

impl ClientId {
    /// Validates a chosen client id.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let valid = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '~' | '-');
        if !(3..=128).contains(&text.len()) || !text.chars().all(valid) {
            return Err(InvalidValue(format!(
                "`{text}` is not a valid client id: use 3–128 letters, digits or `. _ ~ -`"
            )));
        }
        Ok(Self(text.to_owned()))
    }

    /// A fresh random client id (a UUID v4, so it reveals nothing about when it was made).
    pub fn generate() -> Self {
        Self(uuid::Uuid::new_v4().hyphenated().to_string())
    }

    /// The id as sent by the client.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A URI a client may be redirected to (after sign-in, or after logout).
///
/// It must be absolute, without a fragment and without wildcards, and one of:
/// - `https://…`;
/// - `http://` on a loopback host: `localhost`, `127.0.0.1` or `[::1]`. As RFC 8252 §7.3 asks for
///   native apps, any port will be accepted on loopback when a redirect is matched, so register it
///   with or without a port;
/// - a private-use scheme containing a dot, such as `com.example.app:/callback` (RFC 8252 §7.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectUri(String);

impl RedirectUri {
    /// Validates a redirect URI; the message says which rule it breaks.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let refuse = |why: &str| {
            Err(InvalidValue(format!(
                "`{text}` is not a valid redirect URI: {why}"
            )))
        };
        if text.is_empty() || text.len() > 2000 {
            return refuse("it must be 1–2000 characters");
        }
        if text.contains('*') {
            return refuse("wildcards are not allowed; list every URI exactly");
        }
        if text.contains('#') {
            return refuse("it must not have a fragment (`#…`)");
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return refuse("it must not contain spaces or control characters");
        }
        let url = match Url::parse(text) {
            Ok(url) => url,
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                return refuse("it must be absolute, like https://app.example.com/callback");
            }
            Err(err) => return refuse(&err.to_string()),
        };
        match url.scheme() {
            "https" => {
                if url.host().is_none() {
                    return refuse("an https URI needs a host");
                }
            }
            "http" => {
                if !is_loopback_http(&url) {
                    return refuse(
                        "plain http is allowed only on localhost, 127.0.0.1 or [::1]; use https",
                    );
                }
            }
            scheme if scheme.contains('.') => {}
            _ => {
                return refuse(
                    "use https, http on a loopback host, or an app's own scheme with a dot \
                     (like com.example.app:/callback)",
                );
            }
        }
        Ok(Self(text.to_owned()))
    }

    /// The URI as registered.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `url` is plain http on a loopback host: `localhost`, `127.0.0.1` or `[::1]`.
pub fn is_loopback_http(url: &Url) -> bool {
    url.scheme() == "http"
        && match url.host() {
            Some(Host::Domain(domain)) => domain == "localhost",
            Some(Host::Ipv4(ip)) => ip == std::net::Ipv4Addr::LOCALHOST,
            Some(Host::Ipv6(ip)) => ip == std::net::Ipv6Addr::LOCALHOST,
            None => false,
        }
}

/// Validates an https or http URL shown to people (a logo, an app's start page).
pub fn parse_web_url(field: &str, text: &str) -> Result<String, InvalidValue> {
    match Url::parse(text) {
        Ok(url)
            if matches!(url.scheme(), "https" | "http")
                && url.host().is_some()
                && text.len() <= 2000 =>
        {
            Ok(text.to_owned())
        }
        _ => Err(InvalidValue(format!(
            "`{field}` must be an absolute http or https URL of at most 2000 characters, not `{text}`"
        ))),
    }
}

/// How a client's ID tokens are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SigningAlg {
    /// ECDSA on P-256 with SHA-256.
    #[default]
    Es256,
    /// RSASSA-PKCS1-v1_5 with SHA-256, for apps that know nothing else.
    Rs256,
}

impl SigningAlg {
    /// Parses `ES256` or `RS256`.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        match text {
            "ES256" => Ok(Self::Es256),
            "RS256" => Ok(Self::Rs256),
            _ => Err(InvalidValue(format!(
                "`{text}` is not a supported signing algorithm: use ES256 or RS256"
            ))),
        }
    }

    /// The JOSE name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Es256 => "ES256",
            Self::Rs256 => "RS256",
        }
    }
}

/// A client secret. Redacted in `Debug` so it never reaches a log.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientSecret(String);

impl ClientSecret {
    /// The prefix every client secret starts with, so leaked ones are easy to recognise.
    pub const PREFIX: &'static str = "pic_";

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

impl fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientSecret(<redacted>)")
    }
}

/// What is known of a stored client secret (never the secret or its hash).
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSecretInfo {
    /// Stable id.
    pub id: ClientSecretId,
    /// The recognisable start of the secret.
    pub prefix: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When it stops working; never when absent.
    pub expires_at: Option<DateTime<Utc>>,
}

impl ClientSecretInfo {
    /// Whether the secret still works at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_none_or(|at| at > now)
    }
}

/// A group allowed to use a client.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientGroup {
    /// The group's id.
    pub id: GroupId,
    /// Its name.
    pub name: GroupName,
}

/// An OpenID Connect client.
#[derive(Debug, Clone, PartialEq)]
pub struct Client {
    /// The public `client_id`.
    pub id: ClientId,
    /// Name shown to people.
    pub name: String,
    /// A public client (a SPA or native app) has no secret and always uses PKCE.
    pub is_public: bool,
    /// Where people may be sent back after sign-in.
    pub redirect_uris: Vec<RedirectUri>,
    /// Where people may be sent after logout.
    pub post_logout_redirect_uris: Vec<RedirectUri>,
    /// Whether people are not asked for consent.
    pub skip_consent: bool,
    /// Whether authorization requests must use PKCE.
    pub require_pkce: bool,
    /// Whether the `plain` PKCE method is accepted (for old apps that cannot hash); `S256` always is.
    pub allow_plain_pkce: bool,
    /// Lifetime of access tokens, in seconds.
    pub access_token_lifetime_secs: i64,
    /// Lifetime of refresh tokens, in seconds.
    pub refresh_token_lifetime_secs: i64,
    /// How ID tokens are signed.
    pub id_token_signing_alg: SigningAlg,
    /// A logo shown on the consent page.
    pub logo_url: Option<String>,
    /// The app's start page.
    pub launch_url: Option<String>,
    /// Groups allowed to use the client; everyone when empty.
    pub allowed_groups: Vec<ClientGroup>,
    /// Its secrets, oldest first (none for public clients).
    pub secrets: Vec<ClientSecretInfo>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::{ClientId, RedirectUri};

    #[test]
    fn accepts_https_loopback_and_native_redirects() {
        for good in [
            "https://app.example.com/callback",
            "https://app.example.com:8443/oauth2/callback?x=1",
            "http://localhost/callback",
            "http://localhost:8080/callback",
            "http://127.0.0.1:53682/",
            "http://[::1]:4000/cb",
            "com.example.app:/callback",
            "com.example.app://callback",
        ] {
            assert!(RedirectUri::parse(good).is_ok(), "{good} was refused");
        }
    }

    #[test]
    fn refuses_unsafe_or_malformed_redirects() {
        for bad in [
            "",
            "/callback",
            "app.example.com/callback",
            "https://app.example.com/callback#frag",
            "https://app.example.com/callback#",
            "http://app.example.com/callback",
            "http://127.0.0.2/callback",
            "http://localhost.example.com/cb",
            "https://*.example.com/callback",
            "https://app.example.com/*",
            "myapp:/callback",
            "javascript:alert(1)",
            "ftp://example.com/",
            "https://app.example.com/ callback",
        ] {
            assert!(RedirectUri::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn client_ids_are_unreserved_characters() {
        assert!(ClientId::parse("grafana").is_ok());
        assert!(ClientId::parse("my.app_1~x-y").is_ok());
        for bad in ["ab", "has space", "slash/y", "é-accent", &"a".repeat(129)] {
            assert!(ClientId::parse(bad).is_err(), "{bad} was accepted");
        }
        assert_eq!(ClientId::generate().as_str().len(), 36);
    }
}
