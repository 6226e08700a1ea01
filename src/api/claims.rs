//! Custom claims: extra key/value pairs put into a user's tokens.

use serde::{Deserialize, Serialize};

/// One custom claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct Claim {
    /// The claim name: 1–64 characters of letters, digits and `_ . : -`, starting with a letter.
    /// Names that OpenID Connect or JWT define (`sub`, `email`, `groups`, …) are reserved.
    pub key: String,
    /// Any JSON value (string, number, boolean, array or object) of at most 4 KiB.
    pub value: serde_json::Value,
}

/// The custom claims of a user or a group, ordered by key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ClaimList {
    /// The claims.
    pub items: Vec<Claim>,
}

/// The value to set a claim to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
#[cfg_attr(feature = "server", oai(deny_unknown_fields))]
#[serde(deny_unknown_fields)]
pub struct SetClaim {
    /// Any JSON value except `null`, at most 4 KiB when serialised.
    pub value: serde_json::Value,
}
