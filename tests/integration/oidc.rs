//! The OpenID Connect provider against real relying parties: the `openidconnect` crate
//! configured only from the discovery document, and hand-made protocol requests for every
//! failure the RFCs name.

mod failures;
mod interaction;
mod relying_party;
mod support;
