//! sea-orm entities, one per table, mirroring the migrations. Only `store` sees them.

pub mod api_keys;
pub mod audit_events;
pub mod ceremonies;
pub mod enrolment_links;
pub mod group_claims;
pub mod group_members;
pub mod groups;
pub mod login_codes;
pub mod oidc_authorization_codes;
pub mod oidc_client_groups;
pub mod oidc_client_secrets;
pub mod oidc_clients;
pub mod oidc_consents;
pub mod oidc_grants;
pub mod oidc_interactions;
pub mod oidc_refresh_tokens;
pub mod oidc_revoked_tokens;
pub mod passkeys;
pub mod sessions;
pub mod signing_keys;
pub mod user_claims;
pub mod users;
