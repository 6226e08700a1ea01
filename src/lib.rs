//! Pocket ID: a passkey-only OpenID Connect provider.
//!
//! Without the `server` feature this crate is only [`api`], the admin API's wire types, which
//! `pocketctl` shares. With it (the default) it is the whole daemon; [`serve`] runs it on a
//! listener the caller binds, so tests can use `127.0.0.1:0`.
//!
//! Layers, with imports pointing one way: `http` → `domain` → `store`; every layer may use the
//! leaves `model` and `api`.

pub mod api;

#[cfg(feature = "server")]
pub mod backup;
#[cfg(feature = "server")]
pub mod cli;
#[cfg(feature = "server")]
pub mod commands;
#[cfg(feature = "server")]
pub mod config;
#[cfg(feature = "server")]
pub mod domain;
#[cfg(feature = "server")]
pub mod http;
#[cfg(feature = "server")]
pub mod logging;
#[cfg(feature = "server")]
pub mod model;
#[cfg(feature = "server")]
pub mod notify;
#[cfg(feature = "server")]
mod server;
#[cfg(feature = "server")]
pub mod store;

#[cfg(feature = "server")]
pub use server::{
    auth_settings, domain, key_settings, open_store, serve, shutdown_signal, signing_keys_error,
};
