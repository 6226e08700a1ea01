//! The one error type every command returns, and the exit code each kind of failure maps to.
//!
//! Exit codes: 1 when the server refused or could not be reached (or the work failed otherwise),
//! 2 when the command line or the local configuration is wrong, as clap does for its own errors.

use crate::{client, config, connection};

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something that cannot be done as written.
    #[error("{0}")]
    Usage(String),
    /// The profile file could not be found, read, parsed or written.
    #[error(transparent)]
    Config(#[from] config::Error),
    /// No usable server or socket could be worked out.
    #[error(transparent)]
    Connection(#[from] connection::Error),
    /// The server answered with an error, or could not be reached.
    #[error(transparent)]
    Client(#[from] client::Error),
    /// The person at the terminal declined a confirmation.
    #[error("aborted, nothing was changed")]
    Aborted,
    /// A prompt failed (the terminal went away, say).
    #[error("cannot prompt: {0}")]
    Prompt(#[from] dialoguer::Error),
    /// Results could not be written to standard output.
    #[error("cannot write the output: {0}")]
    Output(#[source] std::io::Error),
    /// The async runtime could not be started.
    #[error("cannot start: {0}")]
    Runtime(#[source] std::io::Error),
}

impl Error {
    /// A usage error with this message.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(message.into())
    }

    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) | Self::Connection(_) => 2,
            Self::Config(err) if err.is_usage() => 2,
            Self::Client(err) if err.is_usage() => 2,
            Self::Config(_)
            | Self::Client(_)
            | Self::Aborted
            | Self::Prompt(_)
            | Self::Output(_)
            | Self::Runtime(_) => 1,
        }
    }
}
