//! Newtype identifiers, so a user id can never be passed where a group id is expected.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh id; time-ordered (UUID v7) so new rows sort last.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            /// The id as a UUID.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// Identifies a user; it is the `sub` claim and never changes.
    UserId
);
uuid_id!(
    /// Identifies a group.
    GroupId
);
uuid_id!(
    /// Identifies an admin API key.
    ApiKeyId
);
uuid_id!(
    /// Identifies a passkey.
    PasskeyId
);
uuid_id!(
    /// Identifies a session (not its secret token).
    SessionId
);
uuid_id!(
    /// Identifies a client secret (not the secret itself).
    ClientSecretId
);
uuid_id!(
    /// Identifies a grant: one authorization of a client by a person (or by itself), and the
    /// family of tokens issued under it.
    GrantId
);
