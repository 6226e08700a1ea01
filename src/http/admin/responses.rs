//! Response shapes shared by several operations.

use poem_openapi::ApiResponse;
use poem_openapi::payload::Json;

use crate::api;

/// A user was created.
#[derive(ApiResponse)]
pub enum UserCreated {
    /// The new user.
    #[oai(status = 201)]
    Created(Json<api::User>),
}

/// A group was created.
#[derive(ApiResponse)]
pub enum GroupCreated {
    /// The new group.
    #[oai(status = 201)]
    Created(Json<api::Group>),
}

/// An API key was created.
#[derive(ApiResponse)]
pub enum ApiKeyCreated {
    /// The new key with its secret, shown this once.
    #[oai(status = 201)]
    Created(Json<api::CreatedApiKey>),
}

/// A client was created.
#[derive(ApiResponse)]
pub enum ClientCreated {
    /// The new client, with its secret (shown this once) when it is confidential.
    #[oai(status = 201)]
    Created(Json<api::CreatedClient>),
}

/// A client secret was made.
#[derive(ApiResponse)]
pub enum ClientSecretCreated {
    /// The new secret, shown this once, and the client's secrets as they are now.
    #[oai(status = 201)]
    Created(Json<api::CreatedClientSecret>),
}

/// The change was made; there is nothing to return.
#[derive(ApiResponse)]
pub enum Done {
    /// Done.
    #[oai(status = 204)]
    NoContent,
}
