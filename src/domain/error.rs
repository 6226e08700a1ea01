//! What can go wrong in a use case. The HTTP edge maps each variant to one status and code.

use crate::model::InvalidValue;
use crate::store::{StoreError, UniqueField};

/// Why a request's credentials were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthFailure {
    /// No credentials were sent.
    Missing,
    /// The credentials are not in the expected form.
    Malformed,
    /// No such key.
    Unknown,
    /// The key is past its expiry.
    Expired,
    /// The key was revoked.
    Revoked,
}

impl std::fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Missing => {
                "an API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`"
            }
            Self::Malformed => "the Authorization header must be `Bearer <key>`",
            Self::Unknown => "the API key is not valid",
            Self::Expired => "the API key has expired",
            Self::Revoked => "the API key has been revoked",
        })
    }
}

/// A use case's failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value breaks a rule.
    #[error("{message}")]
    Invalid {
        /// The offending field.
        field: &'static str,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The named thing does not exist.
    #[error("{kind} `{reference}` does not exist")]
    NotFound {
        /// What kind of thing.
        kind: &'static str,
        /// How it was named.
        reference: String,
    },
    /// A uniqueness rule would be broken.
    #[error("{message}")]
    Conflict {
        /// Which value.
        field: UniqueField,
        /// Which value is taken, for people.
        message: String,
    },
    /// Credentials were refused.
    #[error("{0}")]
    Unauthorized(AuthFailure),
    /// A passkey ceremony failed; the message says why, for people.
    #[error("{0}")]
    PasskeyRejected(String),
    /// An enrolment link cannot be used (any more).
    #[error(
        "this link is not valid any more: it was used, replaced by a newer one, or has expired; ask for a new one"
    )]
    LinkUnusable,
    /// A signing key could not be made, opened or used; details stay in the log.
    #[error(transparent)]
    Keys(#[from] super::keys::KeyError),
    /// The store failed; details stay in the log.
    #[error(transparent)]
    Store(StoreError),
}

/// Result of use cases.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A rule broken by `field`.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    /// A validation failure of `field`.
    pub fn from_value(field: &'static str, err: InvalidValue) -> Self {
        Self::invalid(field, err.0)
    }

    /// Nothing of `kind` is named `reference`.
    pub fn not_found(kind: &'static str, reference: impl Into<String>) -> Self {
        Self::NotFound {
            kind,
            reference: reference.into(),
        }
    }
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(field) => Self::Conflict {
                field,
                message: format!("that {field} is already taken"),
            },
            // The row vanished between lookup and change: a concurrent delete.
            StoreError::NotFound => Self::not_found("record", "it was removed meanwhile"),
            other => Self::Store(other),
        }
    }
}
