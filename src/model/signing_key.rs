//! Token signing keys as the layers hand them to each other: their states, their stored form
//! (the private key only ever sealed), and the key-encryption key that seals them. No
//! cryptography happens here.

use std::fmt;

use base64::Engine;
use chrono::{DateTime, Utc};

use super::{InvalidValue, SigningAlg};

/// Where a signing key is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SigningKeyState {
    /// Signs new tokens; one per algorithm.
    Active,
    /// Published in the JWKS ahead of time; becomes active at the next rotation.
    Next,
    /// Signs nothing any more; published until every token it signed has expired.
    Retired,
}

impl SigningKeyState {
    /// `active`, `next` or `retired`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Next => "next",
            Self::Retired => "retired",
        }
    }

    /// Parses [`SigningKeyState::as_str`]'s names.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        match text {
            "active" => Ok(Self::Active),
            "next" => Ok(Self::Next),
            "retired" => Ok(Self::Retired),
            _ => Err(InvalidValue(format!(
                "`{text}` is not a signing key state: use active, next or retired"
            ))),
        }
    }
}

/// What an administrator sees of a signing key: never any private material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningKeyInfo {
    /// The key id in token headers and the JWKS: the key's RFC 7638 thumbprint.
    pub kid: String,
    /// Its algorithm.
    pub alg: SigningAlg,
    /// Its state.
    pub state: SigningKeyState,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it started signing; `None` while it is the next key.
    pub activated_at: Option<DateTime<Utc>>,
    /// When it stopped signing; `None` unless retired.
    pub retired_at: Option<DateTime<Utc>>,
    /// When it leaves the JWKS (and is deleted): only retired keys have such a time.
    pub published_until: Option<DateTime<Utc>>,
}

/// A signing key as stored: its private key is sealed under the key-encryption key.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredSigningKey {
    /// The key id.
    pub kid: String,
    /// Its algorithm.
    pub alg: SigningAlg,
    /// Its state.
    pub state: SigningKeyState,
    /// The sealed PKCS#8 private key (base64url of version, nonce, ciphertext and tag).
    pub sealed_private_key: String,
    /// The public key as a JWK, JSON text.
    pub public_jwk: String,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it started signing.
    pub activated_at: Option<DateTime<Utc>>,
    /// When it stopped signing.
    pub retired_at: Option<DateTime<Utc>>,
}

impl fmt::Debug for StoredSigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredSigningKey")
            .field("kid", &self.kid)
            .field("alg", &self.alg)
            .field("state", &self.state)
            .field("sealed_private_key", &"<sealed>")
            .field("created_at", &self.created_at)
            .field("activated_at", &self.activated_at)
            .field("retired_at", &self.retired_at)
            .finish()
    }
}

/// One algorithm's rotation, as the store applies it in one transaction: every change is
/// guarded by the state the domain saw, so a concurrent rotation makes it fail instead of
/// doubling up.
#[derive(Debug, Clone)]
pub struct KeyRotation {
    /// When it happens.
    pub at: DateTime<Utc>,
    /// Active keys to retire (normally one).
    pub retire: Vec<String>,
    /// The next key to activate; `None` when a fresh active key is inserted instead.
    pub activate: Option<String>,
    /// Next keys that are dropped without ever signing (only when repairing a doubled state).
    pub discard_next: Vec<String>,
    /// Fresh keys: the new next key, and a new active one when there was no next key.
    pub insert: Vec<StoredSigningKey>,
}

/// The key-encryption key: 32 bytes for AES-256-GCM. Redacted in `Debug`.
///
/// Written as 64 hex digits (`openssl rand -hex 32`) or as 32 bytes in base64, standard or
/// url-safe, padded or not (`openssl rand -base64 32`); whitespace around it is ignored.
#[derive(Clone, PartialEq, Eq)]
pub struct EncryptionKey([u8; 32]);

impl EncryptionKey {
    /// Wraps 32 random bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Parses the hex or base64 text form.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        use base64::engine::general_purpose::{
            STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD,
        };
        let text = text.trim();
        let decoded = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex::decode(text).ok()
        } else {
            [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
                .iter()
                .find_map(|engine| engine.decode(text).ok())
        };
        match decoded.map(<[u8; 32]>::try_from) {
            Some(Ok(bytes)) => Ok(Self(bytes)),
            _ => Err(InvalidValue(
                "the encryption key must be 32 bytes written as 64 hex digits or in base64 \
                 (make one with `openssl rand -hex 32`)"
                    .into(),
            )),
        }
    }

    /// The text form written to a generated key file: 64 hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The key's bytes, to encrypt and decrypt with.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EncryptionKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::EncryptionKey;

    #[test]
    fn encryption_keys_are_hex_or_base64_of_32_bytes_and_redacted() {
        let hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let key = EncryptionKey::parse(&format!("  {hex}\n")).unwrap();
        assert_eq!(key.to_hex(), hex);
        assert_eq!(
            EncryptionKey::parse("ABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJmqu8zd7v8=").unwrap(),
            key
        );
        assert_eq!(
            EncryptionKey::parse("ABEiM0RVZneImaq7zN3u_wARIjNEVWZ3iJmqu8zd7v8").unwrap(),
            key
        );
        for bad in [
            "",
            "short",
            &hex[..62],
            "ABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJmqu8zd",
        ] {
            assert!(EncryptionKey::parse(bad).is_err(), "{bad}");
        }
        assert!(!format!("{key:?}").contains("0011"));
    }
}
