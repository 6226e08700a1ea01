//! The admin API under `/api/v1`, described with poem-openapi: each handler authenticates the
//! caller, calls one domain function and renders the result as a wire type from `api`.

mod api_keys;
mod audit;
mod auth;
mod claims;
mod clients;
mod convert;
mod groups;
mod invites;
mod keys;
mod responses;
mod users;

use poem_openapi::{OpenApiService, Tags};

pub use auth::AdminAuth;

/// Groups of operations in the spec.
#[derive(Tags)]
pub enum ApiTags {
    /// People who sign in.
    Users,
    /// Groups of users, sent to apps in the `groups` claim.
    Groups,
    /// Custom claims of users and groups, added to their tokens.
    Claims,
    /// OpenID Connect clients: the apps people sign in to, and their secrets.
    Clients,
    /// Admin API keys.
    ApiKeys,
    /// The keys that sign ID and access tokens, and their rotation.
    SigningKeys,
    /// Who changed what, and when.
    Audit,
}

/// Every admin API operation.
pub type AdminApis = (
    users::UsersApi,
    groups::GroupsApi,
    claims::ClaimsApi,
    clients::ClientsApi,
    api_keys::ApiKeysApi,
    keys::SigningKeysApi,
    audit::AuditApi,
    invites::PasskeysApi,
    invites::SessionsApi,
    invites::SignupLinksApi,
);

/// The admin API as a poem-openapi service, rooted at [`crate::api::BASE_PATH`].
pub fn service() -> OpenApiService<AdminApis, ()> {
    OpenApiService::new(
        (
            users::UsersApi,
            groups::GroupsApi,
            claims::ClaimsApi,
            clients::ClientsApi,
            api_keys::ApiKeysApi,
            keys::SigningKeysApi,
            audit::AuditApi,
            invites::PasskeysApi,
            invites::SessionsApi,
            invites::SignupLinksApi,
        ),
        "Pocket ID admin API",
        env!("CARGO_PKG_VERSION"),
    )
    .description(
        "Manage the users, groups, custom claims, OpenID Connect clients, API keys and token signing keys of a Pocket ID server, and read \
         its audit log. Authenticate with an admin API key as `Authorization: Bearer <key>` or \
         `X-API-Key: <key>`; on the server's admin Unix socket no key is needed. Every error is \
         answered with the same JSON body: a machine `code`, a `message` for people and the \
         `request_id`.",
    )
    .url_prefix(crate::api::BASE_PATH)
}

/// The spec as JSON, as served at `/api/v1/openapi.json`.
pub fn spec_json() -> String {
    service().spec()
}
