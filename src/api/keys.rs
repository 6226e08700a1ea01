//! Token signing keys: the keys that sign ID and access tokens, their states, and rotating them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A token signing algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Enum))]
pub enum KeyAlg {
    /// ECDSA on P-256 with SHA-256 (the default for every client).
    #[serde(rename = "ES256")]
    #[cfg_attr(feature = "server", oai(rename = "ES256"))]
    Es256,
    /// RSASSA-PKCS1-v1_5 with SHA-256, for clients that accept nothing else.
    #[serde(rename = "RS256")]
    #[cfg_attr(feature = "server", oai(rename = "RS256"))]
    Rs256,
}

impl KeyAlg {
    /// The JOSE name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Es256 => "ES256",
            Self::Rs256 => "RS256",
        }
    }
}

/// A signing key. Its private half never leaves the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SigningKey {
    /// The key id in token headers and the JWKS (the key's RFC 7638 thumbprint).
    pub kid: String,
    /// Its algorithm: `ES256` or `RS256`.
    pub alg: String,
    /// `active` (signs new tokens), `next` (published, signs from the next rotation) or
    /// `retired` (signs nothing; published until the tokens it signed have expired).
    pub state: String,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it started signing; absent for the next key.
    pub activated_at: Option<DateTime<Utc>>,
    /// When it stopped signing; absent unless retired.
    pub retired_at: Option<DateTime<Utc>>,
    /// When it leaves the JWKS and is deleted (25 hours after it retired); absent unless
    /// retired.
    pub published_until: Option<DateTime<Utc>>,
}

/// The signing keys: by algorithm, the active key, the next key, then retired keys, newest
/// first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct SigningKeyList {
    /// The keys.
    pub items: Vec<SigningKey>,
}

/// Which keys to rotate.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct RotateSigningKeys {
    /// Rotate only this algorithm's keys (making its first ones if it has none); every algorithm
    /// in use when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<KeyAlg>,
}
