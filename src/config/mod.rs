//! Configuration in two phases: [`raw`] layers the inputs (defaults < TOML file < `POCKET_ID_*`
//! environment < flags) without judging them, and [`validate`] turns them into one typed
//! [`Config`], reporting every bad value at once with its key, its variable and the fix.
//!
//! Nothing here is global: the validated `Config` is passed to whoever needs it.

mod raw;
mod validate;

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

pub use raw::{ConfigArgs, RawConfig};
pub use validate::{ConfigError, ConfigErrors};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Readable lines for a terminal or the journal.
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

pub use crate::model::{EncryptionKey, SignUpMode};

/// Where the key that encrypts the signing keys comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncryptionKeySource {
    /// Set in the configuration: inline, or read from `encryption_key_file`.
    Given {
        /// The key.
        key: EncryptionKey,
        /// Where it was set, for messages: `encryption_key_file /etc/…` or `encryption_key`.
        origin: String,
    },
    /// Nothing set: the file `<data_dir>/encryption.key`, made with a random key on first start.
    DataDir(PathBuf),
}

impl EncryptionKeySource {
    /// Where the key comes from, for messages.
    pub fn origin(&self) -> String {
        match self {
            Self::Given { origin, .. } => origin.clone(),
            Self::DataDir(path) => format!("the generated key file `{}`", path.display()),
        }
    }
}

/// A database URL; redacted in `Debug` because it may hold a password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// The URL, to connect with.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether this is an SQLite database.
    pub fn is_sqlite(&self) -> bool {
        self.0.starts_with("sqlite:")
    }

    /// The file of an SQLite database, or `None` for PostgreSQL and in-memory databases.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        let rest = self.0.strip_prefix("sqlite:")?;
        let rest = rest.strip_prefix("//").unwrap_or(rest);
        let path = rest.split('?').next().unwrap_or_default();
        if path.is_empty() || path == ":memory:" || rest.contains("mode=memory") {
            None
        } else {
            Some(PathBuf::from(path))
        }
    }

    /// The URL with any password replaced, for logs.
    pub fn redacted(&self) -> String {
        match (self.0.find("://"), self.0.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let credentials = &self.0[scheme_end + 3..at];
                match credentials.split_once(':') {
                    Some((user, _)) => {
                        format!("{}{user}:***{}", &self.0[..scheme_end + 3], &self.0[at..])
                    }
                    None => self.0.clone(),
                }
            }
            _ => self.0.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

/// The validated configuration of the daemon.
#[derive(Debug, Clone)]
pub struct Config {
    /// The URL people and apps reach the server at: the issuer, and the origin of passkeys.
    /// Lower case, without a trailing slash or a path.
    pub public_url: String,
    /// Where HTTP is served.
    pub listen: SocketAddr,
    /// Where the database and the admin socket live by default.
    pub data_dir: PathBuf,
    /// The database.
    pub database_url: DatabaseUrl,
    /// The Unix socket for local administration without a key; `None` turns it off.
    pub admin_socket: Option<PathBuf>,
    /// A `tracing` filter directive (`info`, `pocket_id=debug,warn`, …).
    pub log_level: String,
    /// How logs are written.
    pub log_format: LogFormat,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The WebAuthn relying party id: the public URL's host or a parent domain of it.
    pub rp_id: String,
    /// The origin passkey ceremonies must come from.
    pub rp_origin: String,
    /// How long a session lasts without use.
    pub session_idle: chrono::Duration,
    /// How long a session lasts at most.
    pub session_lifetime: chrono::Duration,
    /// Who may sign up.
    pub signup: SignUpMode,
    /// The key that encrypts the token signing keys.
    pub encryption_key: EncryptionKeySource,
    /// How often signing keys are rotated automatically; never when `None`.
    pub key_rotation: Option<chrono::Duration>,
    /// Whether `/metrics` is served.
    pub metrics: bool,
    /// The bearer token `/metrics` needs over HTTP; without one it is served only on the admin
    /// socket.
    pub metrics_token: Option<MetricsToken>,
    /// Whether sign-in ceremonies and login codes are rate limited (always, but in load tests).
    pub rate_limits: bool,
}

/// The bearer token of `/metrics`; redacted in `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct MetricsToken(String);

impl MetricsToken {
    /// Wraps a validated token.
    pub(crate) fn new(token: String) -> Self {
        Self(token)
    }

    /// Whether `presented` is this token, compared in constant time (through digests, so the
    /// length leaks nothing either).
    pub fn matches(&self, presented: &str) -> bool {
        use sha2::Digest;
        let expected = sha2::Sha256::digest(self.0.as_bytes());
        let given = sha2::Sha256::digest(presented.as_bytes());
        expected
            .iter()
            .zip(given.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

impl fmt::Debug for MetricsToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MetricsToken(***)")
    }
}

impl Config {
    /// Reads and validates the configuration from `args`, the environment and the file `args`
    /// names.
    pub fn load(args: &ConfigArgs) -> Result<Self, ConfigErrors> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        let raw = RawConfig::layered(args, &env)?;
        raw.validate()
    }

    /// The configuration used when nothing is set, with `data_dir` in place of `./data`
    /// (for tests and tools).
    pub fn defaults_in(data_dir: PathBuf) -> Result<Self, ConfigErrors> {
        RawConfig {
            data_dir: Some(data_dir.display().to_string()),
            ..RawConfig::default()
        }
        .validate()
    }
}
