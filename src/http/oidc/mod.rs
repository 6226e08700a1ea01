//! The OpenID Connect and OAuth 2.0 endpoints: discovery, JWKS, authorization, token, userinfo,
//! introspection, revocation and logout. They speak the error codes of RFC 6749 and OpenID
//! Connect Core, not the admin API's.

pub mod discovery;
