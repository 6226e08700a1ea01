//! Wire types of the admin API under `/api/v1`: what goes over HTTP as JSON, and nothing else.
//!
//! These types are plain serde structs shared by the daemon and `pocketctl`. With the `server`
//! feature they also derive the poem-openapi traits, so the published spec is generated from them
//! (their `///` comments become the descriptions). This module imports nothing else of ours.

mod api_keys;
mod audit;
mod claims;
mod clients;
mod error;
mod groups;
mod invites;
mod keys;
mod lifetime;
mod sessions;
mod signup;
mod users;

pub use api_keys::{ApiKey, ApiKeyList, CreateApiKey, CreatedApiKey};
pub use audit::{AuditEvent, AuditPage};
pub use claims::{Claim, ClaimList, SetClaim};
pub use clients::{
    Client, ClientGroup, ClientList, ClientSecretInfo, CreateClient, CreatedClient,
    CreatedClientSecret, RotateClientSecret, UpdateClient,
};
pub use error::{ErrorBody, ErrorCode};
pub use groups::{CreateGroup, Group, GroupList, UpdateGroup};
pub use invites::{CreateInvite, Invite, PasskeyList, PasskeySummary};
pub use keys::{KeyAlg, RotateSigningKeys, SigningKey, SigningKeyList};
pub use lifetime::parse_lifetime;
pub use sessions::{CreateLoginCode, LoginCode, SessionList, SessionSummary};
pub use signup::{CreateSignupLink, SignupLink, SignupLinkList};
pub use users::{CreateUser, UpdateUser, User, UserList, UserPage};

/// Path prefix of every admin API operation.
pub const BASE_PATH: &str = "/api/v1";

/// Header carrying the request id on every response (and accepted on requests).
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Header an API key may be sent in, as an alternative to `Authorization: Bearer`.
pub const API_KEY_HEADER: &str = "x-api-key";

/// Largest page a list operation returns.
pub const MAX_PER_PAGE: u32 = 500;

/// Page size used when a list request names none.
pub const DEFAULT_PER_PAGE: u32 = 50;
