//! Plain data used by every layer: newtype ids, validated strings and the records of the
//! directory. No I/O, no HTTP, no SQL; this module imports nothing else of ours.

mod api_key;
mod audit;
mod claim;
mod client;
mod group;
mod ids;
mod oidc;
mod page;
mod passkey;
mod signing_key;
mod user;

pub use api_key::{ApiKey, ApiKeySecret, ApiKeyState};
pub use audit::{Actor, AuditEntry, AuditRecord, RequestContext};
pub use claim::{ClaimKey, ClaimValue, CustomClaim};
pub use client::{
    Client, ClientGroup, ClientId, ClientSecret, ClientSecretInfo, RedirectUri, SigningAlg,
    is_loopback_http, parse_web_url,
};
pub use group::{Group, GroupName};
pub use ids::{ApiKeyId, ClientSecretId, GrantId, GroupId, PasskeyId, SessionId, UserId};
pub use oidc::{AuthorizationCode, CodeChallengeMethod, Grant, RefreshToken, Scope, ScopeSet};
pub use page::{Page, PageRequest};
pub use passkey::{
    BearerToken, Ceremony, EnrolmentKind, EnrolmentLink, Passkey, Session, SignInMethod, SignUpMode,
};
pub use signing_key::{
    EncryptionKey, KeyRotation, SigningKeyInfo, SigningKeyState, StoredSigningKey,
};
pub use user::{Email, PersonName, User, Username};

/// Why a string was refused as a validated value; the message names the rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidValue(pub String);
