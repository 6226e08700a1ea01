//! Integration tests: the real `pocket-id` daemon on 127.0.0.1:0 with a temporary data
//! directory, driven over HTTP, over its admin socket and with the real `pocketctl` binary.

mod account;
mod admin_api;
mod authenticator_checks;
mod backup;
mod bad_input;
mod cli;
mod cli_invites;
mod cli_passkeys;
mod clients;
mod daemon;
mod keys;
mod metrics;
mod notify;
mod oidc;
mod passkeys;
mod presets;
mod signup;
mod support;

/// The software authenticator, under the name the test modules use.
use soft_authenticator as authenticator;
