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

/// The change was made; there is nothing to return.
#[derive(ApiResponse)]
pub enum Done {
    /// Done.
    #[oai(status = 204)]
    NoContent,
}
