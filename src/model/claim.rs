//! Custom claims: validated keys and JSON values.

use std::fmt;

use super::InvalidValue;

/// Claim names that OpenID Connect, JWT and OAuth define, or that Pocket ID sets itself: a custom
/// claim may not shadow them.
const RESERVED: &[&str] = &[
    // RFC 7519 registered claims
    "iss",
    "sub",
    "aud",
    "exp",
    "nbf",
    "iat",
    "jti",
    // OpenID Connect Core: ID token
    "auth_time",
    "nonce",
    "acr",
    "amr",
    "azp",
    "at_hash",
    "c_hash",
    "sid",
    "s_hash",
    // OpenID Connect Core: standard claims
    "name",
    "given_name",
    "family_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "picture",
    "website",
    "email",
    "email_verified",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "phone_number",
    "phone_number_verified",
    "address",
    "updated_at",
    "_claim_names",
    "_claim_sources",
    // OAuth access tokens, introspection, token exchange, DPoP
    "scope",
    "client_id",
    "cnf",
    "act",
    "may_act",
    "typ",
    "token_type",
    "active",
    "username",
    // Set by Pocket ID
    "groups",
];

/// A custom claim name: 1–64 characters of ASCII letters, digits and `_ . : -`, starting with a
/// letter, and not one of the reserved names (compared without regard to case).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClaimKey(String);

impl ClaimKey {
    /// Validates a claim key.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let valid = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-');
        if text.is_empty()
            || text.len() > 64
            || !text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            || !text.chars().all(valid)
        {
            return Err(InvalidValue(format!(
                "`{text}` is not a valid claim name: use 1–64 letters, digits or `_ . : -`, starting with a letter"
            )));
        }
        if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(text)) {
            return Err(InvalidValue(format!(
                "`{text}` is a reserved claim name that Pocket ID or OpenID Connect sets itself; choose another name"
            )));
        }
        Ok(Self(text.to_owned()))
    }

    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A claim value: any JSON value but `null`, at most 4 KiB serialised.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimValue(serde_json::Value);

impl ClaimValue {
    /// Largest serialised size of a value.
    pub const MAX_BYTES: usize = 4096;

    /// Validates a claim value.
    pub fn new(value: serde_json::Value) -> Result<Self, InvalidValue> {
        if value.is_null() {
            return Err(InvalidValue(
                "a claim value cannot be null; unset the claim instead".into(),
            ));
        }
        if value.to_string().len() > Self::MAX_BYTES {
            return Err(InvalidValue(format!(
                "a claim value may be at most {} bytes of JSON",
                Self::MAX_BYTES
            )));
        }
        Ok(Self(value))
    }

    /// The JSON value.
    pub fn as_json(&self) -> &serde_json::Value {
        &self.0
    }

    /// Consumes the value into its JSON.
    pub fn into_json(self) -> serde_json::Value {
        self.0
    }
}

/// One custom claim of a user or a group.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomClaim {
    /// Its name.
    pub key: ClaimKey,
    /// Its value.
    pub value: ClaimValue,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_names_are_refused_in_any_case() {
        for name in ["sub", "EMAIL", "Groups", "preferred_username", "iss"] {
            assert!(ClaimKey::parse(name).is_err(), "{name}");
        }
        for name in ["department", "org:team", "x-role", "shell.path"] {
            assert!(ClaimKey::parse(name).is_ok(), "{name}");
        }
        for name in ["", "1abc", "a b", "_x", &"a".repeat(65)] {
            assert!(ClaimKey::parse(name).is_err(), "{name}");
        }
    }

    #[test]
    fn values_are_bounded_and_not_null() {
        assert!(ClaimValue::new(serde_json::Value::Null).is_err());
        assert!(ClaimValue::new(serde_json::json!("x".repeat(5000))).is_err());
        assert!(ClaimValue::new(serde_json::json!({"a": [1, 2]})).is_ok());
    }
}
