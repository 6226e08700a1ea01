//! `pocketctl`, the admin command-line client of Pocket ID.
//!
//! The crate owns the command line ([`args`]), where the connection comes from ([`config`],
//! [`connection`]), the HTTP client of the admin API ([`client`]), how results are shown
//! ([`output`]), prompts ([`prompt`]), the presets of common apps ([`presets`]) and one module
//! per command group ([`commands`]). It talks to the daemon only over HTTP and shares nothing
//! with it but the wire types in `pocket_id::api`.

pub mod args;
pub mod client;
pub mod commands;
pub mod config;
pub mod connection;
pub mod error;
pub mod output;
pub mod presets;
pub mod prompt;
pub mod secret;

pub use error::Error;

/// Runs one parsed command line to completion.
pub fn run(cli: args::Cli) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::Runtime)?;
    runtime.block_on(commands::run(cli))
}
