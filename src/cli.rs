//! The command line of `pocket-id`: the daemon and its maintenance subcommands. Man pages and
//! shell completions are generated from this definition.

use clap::{Args, Parser, Subcommand};

use crate::config::ConfigArgs;

/// Pocket ID: a passkey-only OpenID Connect provider.
#[derive(Debug, Parser)]
#[command(name = "pocket-id", version, about, long_about = None)]
pub struct Cli {
    /// Configuration shared by every subcommand.
    #[command(flatten)]
    pub config: ConfigArgs,
    /// What to do; `serve` when absent.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Validate the configuration and exit: 0 when it is valid, 1 with every problem otherwise.
    CheckConfig,
    /// Inspect or apply database migrations.
    #[command(subcommand)]
    Migrate(MigrateCommand),
    /// Ask the running server whether it is healthy: exit 0 when it is, 1 otherwise.
    Healthcheck(HealthcheckArgs),
    /// Manage admin API keys directly in the database (works while the server runs).
    #[command(subcommand, name = "api-key")]
    ApiKey(ApiKeyCommand),
    /// List or rotate the token signing keys directly in the database (works while the server
    /// runs; servers pick a rotation up within a minute).
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Write a consistent snapshot of the SQLite database to a file (works while the server
    /// runs). Keep the key-encryption key too: the backup is useless without it.
    Backup(BackupArgs),
    /// Replace the SQLite database with a backup (the server must be stopped); the current
    /// database is kept beside it as pocket-id.db.before-restore-TIME.
    Restore(RestoreArgs),
    /// Print the admin API's OpenAPI spec as JSON.
    Openapi,
    /// Print a fresh one-time link to create the first administrator (none once one exists).
    SetupLink,
}

/// `pocket-id migrate …`
#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// List the migrations and whether each is applied.
    Status,
    /// Apply pending migrations (the server also does this at start).
    Up,
}

/// `pocket-id healthcheck`
#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// Base URL to check instead of the configured listen address, e.g. http://127.0.0.1:1411.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Seconds to wait for an answer.
    #[arg(long, default_value_t = 5, value_name = "SECONDS")]
    pub timeout: u64,
}

/// `pocket-id backup`
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write; it must not exist unless --force is given.
    #[arg(long, value_name = "FILE")]
    pub out: std::path::PathBuf,
    /// Replace FILE when it exists.
    #[arg(long)]
    pub force: bool,
}

/// `pocket-id restore`
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `pocket-id backup`.
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
}

/// `pocket-id api-key …`
#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Create an admin API key and print only its secret on standard output.
    Create(ApiKeyCreateArgs),
}

/// `pocket-id api-key create`
#[derive(Debug, Args)]
pub struct ApiKeyCreateArgs {
    /// What the key is for, unique among keys not revoked.
    #[arg(long)]
    pub name: String,
    /// Lifetime, like 30d, 12h or 1w; the key never expires when absent.
    #[arg(long, value_name = "DURATION", value_parser = parse_lifetime_arg)]
    pub expires: Option<chrono::Duration>,
}

/// `pocket-id keys …`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List the signing keys: active, next and retired, with when each leaves the JWKS.
    List,
    /// Rotate: the next key starts signing, the active one retires (its tokens stay valid) and
    /// a fresh next key is published.
    Rotate {
        /// Rotate only the keys of this algorithm: ES256 or RS256 [default: every algorithm in
        /// use].
        #[arg(long, value_name = "ALG", value_parser = parse_alg_arg)]
        alg: Option<crate::model::SigningAlg>,
    },
}

fn parse_alg_arg(text: &str) -> Result<crate::model::SigningAlg, String> {
    crate::model::SigningAlg::parse(text).map_err(|e| e.0)
}

fn parse_lifetime_arg(text: &str) -> Result<chrono::Duration, String> {
    crate::api::parse_lifetime(text)
}

/// The clap command, for man pages and completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
