//! Raw configuration: every input as it was given, layered but not yet validated.

use std::path::PathBuf;

use serde::Deserialize;

use super::validate::{ConfigError, ConfigErrors};

/// Configuration flags shared by every subcommand of `pocket-id`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ConfigArgs {
    /// A TOML configuration file (keys as in the README; environment and flags override it).
    #[arg(long, global = true, value_name = "FILE", env = "POCKET_ID_CONFIG")]
    pub config: Option<PathBuf>,
    /// Public URL of this server, e.g. https://id.example.com [env: POCKET_ID_PUBLIC_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub public_url: Option<String>,
    /// Address to serve HTTP on [default: 0.0.0.0:1411] [env: POCKET_ID_LISTEN]
    #[arg(long, global = true, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Directory for the database and the admin socket [default: ./data] [env: POCKET_ID_DATA_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<String>,
    /// Database URL: sqlite://PATH or postgres://… [default: the SQLite file in the data
    /// directory] [env: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE]
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,
    /// Path of the admin socket, or `off` [default: DATA_DIR/admin.sock] [env: POCKET_ID_ADMIN_SOCKET]
    #[arg(long, global = true, value_name = "PATH")]
    pub admin_socket: Option<String>,
    /// Log filter: error, warn, info, debug, trace, or tracing directives [default: info]
    /// [env: POCKET_ID_LOG_LEVEL]
    #[arg(long, global = true, value_name = "FILTER")]
    pub log_level: Option<String>,
    /// Log format: human or json [default: human] [env: POCKET_ID_LOG_FORMAT]
    #[arg(long, global = true, value_name = "FORMAT")]
    pub log_format: Option<String>,
    /// Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted
    /// [env: POCKET_ID_TRUSTED_PROXIES]
    #[arg(long, global = true, value_name = "LIST")]
    pub trusted_proxies: Option<String>,
    /// WebAuthn relying party id [default: the public URL's host] [env: POCKET_ID_RP_ID]
    #[arg(long, global = true, value_name = "DOMAIN")]
    pub rp_id: Option<String>,
    /// Origin passkey ceremonies must come from [default: the public URL] [env: POCKET_ID_RP_ORIGIN]
    #[arg(long, global = true, value_name = "URL")]
    pub rp_origin: Option<String>,
    /// How long a session lasts without use, like 12h [default: 24h] [env: POCKET_ID_SESSION_IDLE]
    #[arg(long, global = true, value_name = "DURATION")]
    pub session_idle: Option<String>,
    /// How long a session lasts at most, like 30d [default: 14d] [env: POCKET_ID_SESSION_LIFETIME]
    #[arg(long, global = true, value_name = "DURATION")]
    pub session_lifetime: Option<String>,
    /// Who may sign up: disabled, invite-only (with a sign-up link) or open [default: disabled]
    /// [env: POCKET_ID_SIGNUP]
    #[arg(long, global = true, value_name = "MODE")]
    pub signup: Option<String>,
    /// File holding the key that encrypts the token signing keys: 32 bytes as 64 hex digits or
    /// base64 [default: DATA_DIR/encryption.key, made on first start]
    /// [env: POCKET_ID_ENCRYPTION_KEY_FILE]
    #[arg(long, global = true, value_name = "FILE")]
    pub encryption_key_file: Option<String>,
    /// The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other
    /// local users can read flags in the process list [env: POCKET_ID_ENCRYPTION_KEY]
    #[arg(long, global = true, value_name = "KEY", hide = true)]
    pub encryption_key: Option<String>,
    /// How often token signing keys are rotated, like 30d, or `off` [default: 90d]
    /// [env: POCKET_ID_KEY_ROTATION]
    #[arg(long, global = true, value_name = "DURATION")]
    pub key_rotation: Option<String>,
    /// Serve Prometheus metrics at /metrics: on or off [default: off] [env: POCKET_ID_METRICS]
    #[arg(long, global = true, value_name = "on|off")]
    pub metrics: Option<String>,
    /// Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served
    /// only on the admin socket [env: POCKET_ID_METRICS_TOKEN]
    #[arg(long, global = true, value_name = "TOKEN", hide = true)]
    pub metrics_token: Option<String>,
    /// Limit sign-in ceremonies and login-code attempts per address and per passkey: on or off;
    /// off only for load tests [default: on] [env: POCKET_ID_RATE_LIMITS]
    #[arg(long, global = true, value_name = "on|off")]
    pub rate_limits: Option<String>,
}

/// Every setting as given, before validation. Also the schema of the TOML file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// See [`ConfigArgs::public_url`].
    pub public_url: Option<String>,
    /// See [`ConfigArgs::listen`].
    pub listen: Option<String>,
    /// See [`ConfigArgs::data_dir`].
    pub data_dir: Option<String>,
    /// See [`ConfigArgs::database_url`].
    pub database_url: Option<String>,
    /// A file holding the database URL.
    pub database_url_file: Option<String>,
    /// See [`ConfigArgs::admin_socket`].
    pub admin_socket: Option<String>,
    /// See [`ConfigArgs::log_level`].
    pub log_level: Option<String>,
    /// See [`ConfigArgs::log_format`].
    pub log_format: Option<String>,
    /// See [`ConfigArgs::trusted_proxies`]; a list in the file.
    pub trusted_proxies: Option<Vec<String>>,
    /// See [`ConfigArgs::rp_id`].
    pub rp_id: Option<String>,
    /// See [`ConfigArgs::rp_origin`].
    pub rp_origin: Option<String>,
    /// See [`ConfigArgs::session_idle`].
    pub session_idle: Option<String>,
    /// See [`ConfigArgs::session_lifetime`].
    pub session_lifetime: Option<String>,
    /// See [`ConfigArgs::signup`].
    pub signup: Option<String>,
    /// See [`ConfigArgs::encryption_key_file`].
    pub encryption_key_file: Option<String>,
    /// See [`ConfigArgs::encryption_key`].
    pub encryption_key: Option<String>,
    /// See [`ConfigArgs::key_rotation`].
    pub key_rotation: Option<String>,
    /// See [`ConfigArgs::metrics`].
    pub metrics: Option<String>,
    /// See [`ConfigArgs::metrics_token`].
    pub metrics_token: Option<String>,
    /// See [`ConfigArgs::rate_limits`].
    pub rate_limits: Option<String>,
}

/// A setting: its key in the file and the environment variables that set it, first wins.
pub(super) struct Key {
    pub name: &'static str,
    pub env: &'static [&'static str],
}

pub(super) const PUBLIC_URL: Key = Key {
    name: "public_url",
    env: &["POCKET_ID_PUBLIC_URL", "PUBLIC_URL"],
};
pub(super) const LISTEN: Key = Key {
    name: "listen",
    env: &["POCKET_ID_LISTEN"],
};
pub(super) const DATA_DIR: Key = Key {
    name: "data_dir",
    env: &["POCKET_ID_DATA_DIR"],
};
pub(super) const DATABASE_URL: Key = Key {
    name: "database_url",
    env: &["POCKET_ID_DATABASE_URL"],
};
pub(super) const DATABASE_URL_FILE: Key = Key {
    name: "database_url_file",
    env: &["POCKET_ID_DATABASE_URL_FILE"],
};
pub(super) const ADMIN_SOCKET: Key = Key {
    name: "admin_socket",
    env: &["POCKET_ID_ADMIN_SOCKET"],
};
pub(super) const LOG_LEVEL: Key = Key {
    name: "log_level",
    env: &["POCKET_ID_LOG_LEVEL"],
};
pub(super) const LOG_FORMAT: Key = Key {
    name: "log_format",
    env: &["POCKET_ID_LOG_FORMAT"],
};
pub(super) const TRUSTED_PROXIES: Key = Key {
    name: "trusted_proxies",
    env: &["POCKET_ID_TRUSTED_PROXIES"],
};

pub(super) const RP_ID: Key = Key {
    name: "rp_id",
    env: &["POCKET_ID_RP_ID"],
};
pub(super) const RP_ORIGIN: Key = Key {
    name: "rp_origin",
    env: &["POCKET_ID_RP_ORIGIN"],
};
pub(super) const SESSION_IDLE: Key = Key {
    name: "session_idle",
    env: &["POCKET_ID_SESSION_IDLE"],
};
pub(super) const SESSION_LIFETIME: Key = Key {
    name: "session_lifetime",
    env: &["POCKET_ID_SESSION_LIFETIME"],
};

pub(super) const SIGNUP: Key = Key {
    name: "signup",
    env: &["POCKET_ID_SIGNUP"],
};

pub(super) const ENCRYPTION_KEY_FILE: Key = Key {
    name: "encryption_key_file",
    env: &["POCKET_ID_ENCRYPTION_KEY_FILE"],
};
pub(super) const ENCRYPTION_KEY: Key = Key {
    name: "encryption_key",
    env: &["POCKET_ID_ENCRYPTION_KEY"],
};
pub(super) const KEY_ROTATION: Key = Key {
    name: "key_rotation",
    env: &["POCKET_ID_KEY_ROTATION"],
};

pub(super) const METRICS: Key = Key {
    name: "metrics",
    env: &["POCKET_ID_METRICS"],
};
pub(super) const METRICS_TOKEN: Key = Key {
    name: "metrics_token",
    env: &["POCKET_ID_METRICS_TOKEN"],
};
pub(super) const RATE_LIMITS: Key = Key {
    name: "rate_limits",
    env: &["POCKET_ID_RATE_LIMITS"],
};

fn env_value(env: &[(String, String)], key: &Key) -> Option<String> {
    key.env
        .iter()
        .find_map(|name| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
}

/// Splits a comma-separated list, dropping blanks.
pub(super) fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl RawConfig {
    /// Reads the file named by `args` (if any), then lays the environment and then the flags
    /// over it.
    pub fn layered(args: &ConfigArgs, env: &[(String, String)]) -> Result<Self, ConfigErrors> {
        let mut raw = match &args.config {
            Some(path) => Self::from_file(path)?,
            None => Self::default(),
        };
        raw.overlay_env(env);
        raw.overlay_args(args);
        Ok(raw)
    }

    fn from_file(path: &std::path::Path) -> Result<Self, ConfigErrors> {
        let fail = |message: String| {
            ConfigErrors(vec![ConfigError {
                key: "config",
                env: "POCKET_ID_CONFIG",
                message,
                fix: "point --config at a readable TOML file with the keys listed in the README"
                    .into(),
            }])
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| fail(format!("cannot read `{}`: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| fail(format!("`{}` is not valid: {e}", path.display())))
    }

    fn overlay_env(&mut self, env: &[(String, String)]) {
        let set = |slot: &mut Option<String>, key: &Key| {
            if let Some(value) = env_value(env, key) {
                *slot = Some(value);
            }
        };
        set(&mut self.public_url, &PUBLIC_URL);
        set(&mut self.listen, &LISTEN);
        set(&mut self.data_dir, &DATA_DIR);
        // The URL and the URL file are one setting: a higher layer's choice replaces either.
        if let Some(url) = env_value(env, &DATABASE_URL) {
            self.database_url = Some(url);
            self.database_url_file = None;
        }
        if let Some(file) = env_value(env, &DATABASE_URL_FILE) {
            self.database_url_file = Some(file);
            if env_value(env, &DATABASE_URL).is_none() {
                self.database_url = None;
            }
        }
        set(&mut self.admin_socket, &ADMIN_SOCKET);
        set(&mut self.log_level, &LOG_LEVEL);
        set(&mut self.log_format, &LOG_FORMAT);
        set(&mut self.rp_id, &RP_ID);
        set(&mut self.rp_origin, &RP_ORIGIN);
        set(&mut self.session_idle, &SESSION_IDLE);
        set(&mut self.session_lifetime, &SESSION_LIFETIME);
        set(&mut self.signup, &SIGNUP);
        set(&mut self.key_rotation, &KEY_ROTATION);
        set(&mut self.metrics, &METRICS);
        set(&mut self.metrics_token, &METRICS_TOKEN);
        set(&mut self.rate_limits, &RATE_LIMITS);
        // The key and the key file are one setting, like the database URL and its file.
        if let Some(key) = env_value(env, &ENCRYPTION_KEY) {
            self.encryption_key = Some(key);
            self.encryption_key_file = None;
        }
        if let Some(file) = env_value(env, &ENCRYPTION_KEY_FILE) {
            self.encryption_key_file = Some(file);
            if env_value(env, &ENCRYPTION_KEY).is_none() {
                self.encryption_key = None;
            }
        }
        if let Some(list) = env_value(env, &TRUSTED_PROXIES) {
            self.trusted_proxies = Some(split_list(&list));
        }
    }

    fn overlay_args(&mut self, args: &ConfigArgs) {
        let set = |slot: &mut Option<String>, value: &Option<String>| {
            if let Some(value) = value {
                *slot = Some(value.clone());
            }
        };
        set(&mut self.public_url, &args.public_url);
        set(&mut self.listen, &args.listen);
        set(&mut self.data_dir, &args.data_dir);
        if args.database_url.is_some() {
            // A URL on the command line beats a URL file from anywhere else.
            self.database_url_file = None;
        }
        set(&mut self.database_url, &args.database_url);
        set(&mut self.admin_socket, &args.admin_socket);
        set(&mut self.log_level, &args.log_level);
        set(&mut self.log_format, &args.log_format);
        set(&mut self.rp_id, &args.rp_id);
        set(&mut self.rp_origin, &args.rp_origin);
        set(&mut self.session_idle, &args.session_idle);
        set(&mut self.session_lifetime, &args.session_lifetime);
        set(&mut self.signup, &args.signup);
        set(&mut self.key_rotation, &args.key_rotation);
        set(&mut self.metrics, &args.metrics);
        set(&mut self.metrics_token, &args.metrics_token);
        set(&mut self.rate_limits, &args.rate_limits);
        if args.encryption_key.is_some() {
            self.encryption_key_file = None;
        }
        if args.encryption_key_file.is_some() && args.encryption_key.is_none() {
            self.encryption_key = None;
        }
        set(&mut self.encryption_key, &args.encryption_key);
        set(&mut self.encryption_key_file, &args.encryption_key_file);
        if let Some(list) = &args.trusted_proxies {
            self.trusted_proxies = Some(split_list(list));
        }
    }
}
