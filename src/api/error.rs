//! The one error shape every admin API failure is answered with.

use serde::{Deserialize, Serialize};

/// Machine-readable error codes of the admin API. Clients match on these, never on messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Enum))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "server", oai(rename_all = "snake_case"))]
pub enum ErrorCode {
    /// The request body or parameters are malformed (bad JSON, unknown field, wrong type).
    BadRequest,
    /// A value is well-formed but breaks a rule (an invalid email, a reserved claim name…).
    InvalidInput,
    /// No credentials, or credentials that are unknown, expired or revoked.
    Unauthorized,
    /// The credentials are valid but do not allow this operation.
    Forbidden,
    /// The named resource does not exist.
    NotFound,
    /// A passkey ceremony failed: the passkey was refused, or the ceremony expired or was used.
    PasskeyRejected,
    /// An invite or setup link was used, replaced or has expired.
    LinkUnusable,
    /// The change would break a uniqueness rule (a taken username or email, a duplicate name…).
    Conflict,
    /// The method is not allowed on this path.
    MethodNotAllowed,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The request body is not `application/json`.
    UnsupportedMediaType,
    /// Too many requests; retry later.
    RateLimited,
    /// The server failed; the request id locates the details in its log.
    Internal,
    /// The server cannot serve right now (the database is unreachable, say).
    Unavailable,
}

impl ErrorCode {
    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BadRequest => "bad_request",
            Self::InvalidInput => "invalid_input",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::PasskeyRejected => "passkey_rejected",
            Self::LinkUnusable => "link_unusable",
            Self::Conflict => "conflict",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::PayloadTooLarge => "payload_too_large",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::RateLimited => "rate_limited",
            Self::Internal => "internal",
            Self::Unavailable => "unavailable",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The body of every error response of the admin API.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(poem_openapi::Object))]
pub struct ErrorBody {
    /// What went wrong, for programs.
    pub code: ErrorCode,
    /// What went wrong, for people: names the offending field or value and how to fix it.
    pub message: String,
    /// The id of the request, also sent as the `X-Request-Id` header; quote it when reporting a problem.
    pub request_id: String,
}
