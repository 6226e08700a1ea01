//! Who is calling: the typed proof that an admin operation was authorised.

use crate::model::Actor;

/// An authenticated administrator. Admin use cases take one, so an unauthenticated call cannot
/// reach them; only [`crate::domain::Domain::authenticate_api_key`] and [`AdminPrincipal::local`]
/// make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminPrincipal {
    actor: Actor,
}

impl AdminPrincipal {
    /// The local administrator: a caller on the admin socket, or a command run on the host with
    /// access to the data directory.
    pub fn local() -> Self {
        Self {
            actor: Actor::LocalAdmin,
        }
    }

    /// A principal for an actor that was just authenticated.
    pub(super) fn authenticated(actor: Actor) -> Self {
        Self { actor }
    }

    /// Who it is, for the audit log.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }
}
