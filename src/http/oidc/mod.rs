//! The OpenID Connect and OAuth 2.0 endpoints: discovery, JWKS, authorization, token, userinfo,
//! introspection, revocation and logout. They speak the error codes of RFC 6749 and OpenID
//! Connect Core, not the admin API's.

pub mod authorize;
pub mod discovery;
pub mod logout;
pub mod params;
pub mod responses;
pub mod token;

/// `OPTIONS` on the endpoints browser apps call directly: a CORS preflight.
#[poem::handler]
pub fn cors_preflight() -> poem::Response {
    responses::preflight()
}
