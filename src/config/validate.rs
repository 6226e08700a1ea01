//! Validation: raw settings in, one typed [`Config`] or every problem out.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use super::raw::{
    ADMIN_SOCKET, DATA_DIR, DATABASE_URL, DATABASE_URL_FILE, ENCRYPTION_KEY, ENCRYPTION_KEY_FILE,
    KEY_ROTATION, Key, LISTEN, LOG_FORMAT, LOG_LEVEL, METRICS, METRICS_TOKEN, PUBLIC_URL,
    RATE_LIMITS, RP_ID, RP_ORIGIN, RawConfig, SESSION_IDLE, SESSION_LIFETIME, SIGNUP,
    TRUSTED_PROXIES,
};
use super::{
    Config, DatabaseUrl, EncryptionKey, EncryptionKeySource, LogFormat, MetricsToken, SignUpMode,
};

/// One bad setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The key in the TOML file.
    pub key: &'static str,
    /// The environment variable.
    pub env: &'static str,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (env {}, flag --{}): {}; {}",
            self.key,
            self.env,
            self.key.replace('_', "-"),
            self.message,
            self.fix
        )
    }
}

/// Every bad setting found, in the order of the keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the configuration has {} problem{}:",
            self.0.len(),
            if self.0.len() == 1 { "" } else { "s" }
        )?;
        for error in &self.0 {
            writeln!(f, "  - {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Collects errors while validating.
#[derive(Default)]
struct Problems(Vec<ConfigError>);

impl Problems {
    fn add(&mut self, key: &Key, message: impl Into<String>, fix: impl Into<String>) {
        self.0.push(ConfigError {
            key: key.name,
            env: key.env[0],
            message: message.into(),
            fix: fix.into(),
        });
    }
}

const DEFAULT_PUBLIC_URL: &str = "http://localhost:1411";
const DEFAULT_LISTEN: &str = "0.0.0.0:1411";
const DEFAULT_DATA_DIR: &str = "./data";
/// The key file made in the data directory when no encryption key is configured.
pub const GENERATED_KEY_FILE: &str = "encryption.key";
const KEY_FIX: &str = "put 32 random bytes as 64 hex digits or base64 in the file (make one with \
                       `openssl rand -hex 32`); a key that already encrypts signing keys must not \
                       be replaced, or they cannot be opened";

/// The shortest metrics token accepted: long enough not to be guessed.
const MIN_METRICS_TOKEN_LEN: usize = 16;

/// Checks a public URL: http(s), a host, no path, query, fragment or credentials.
fn public_url(text: &str) -> Result<String, String> {
    let lowered = text.trim().to_ascii_lowercase();
    let trimmed = lowered.trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| format!("`{text}` is not an http:// or https:// URL"))?;
    if rest.is_empty() {
        return Err(format!("`{text}` has no host"));
    }
    if rest.contains(['/', '?', '#']) {
        return Err(format!(
            "`{text}` has a path, query or fragment; Pocket ID must be served at the root of its host"
        ));
    }
    if rest.contains('@') {
        return Err(format!("`{text}` must not contain credentials"));
    }
    // An IPv6 literal is bracketed and has colons of its own.
    let (host, port) = match rest.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((addr, "")) => (addr, None),
            Some((addr, tail)) => (addr, Some(tail.strip_prefix(':').unwrap_or(tail))),
            None => return Err(format!("`{text}` has an unclosed `[`")),
        },
        None => match rest.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        },
    };
    if let Some(port) = port
        && port.parse::<u16>().map_or(true, |p| p == 0)
    {
        return Err(format!("`{text}` has an invalid port `{port}`"));
    }
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok {
        return Err(format!("`{text}` has an invalid host `{host}`"));
    }
    Ok(trimmed.to_owned())
}

/// The same checks as the public URL, for another setting.
fn public_url_like(text: &str) -> Result<String, String> {
    public_url(text)
}

/// The host of a checked URL, without the port or IPv6 brackets.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    match rest.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default().to_owned(),
        None => rest
            .rsplit_once(':')
            .map_or(rest, |(host, _)| host)
            .to_owned(),
    }
}

/// Whether `host` is a domain name (as an RP ID must be) rather than an IP address.
fn is_domain_name(host: &str) -> bool {
    !host.is_empty()
        && host.parse::<std::net::IpAddr>().is_err()
        && host.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn database_url(text: &str) -> Result<DatabaseUrl, String> {
    let text = text.trim();
    if text.starts_with("sqlite:")
        || text.starts_with("postgres://")
        || text.starts_with("postgresql://")
    {
        Ok(DatabaseUrl(text.to_owned()))
    } else {
        Err("the database URL must start with sqlite:, postgres:// or postgresql://".into())
    }
}

impl RawConfig {
    /// Validates every setting, returning the typed configuration or all the problems.
    pub fn validate(self) -> Result<Config, ConfigErrors> {
        let mut problems = Problems::default();

        let public_url = public_url(self.public_url.as_deref().unwrap_or(DEFAULT_PUBLIC_URL))
            .unwrap_or_else(|message| {
                problems.add(
                    &PUBLIC_URL,
                    message,
                    "set it to the URL people open, like https://id.example.com",
                );
                String::new()
            });

        let listen_text = self.listen.as_deref().unwrap_or(DEFAULT_LISTEN);
        let listen = listen_text
            .trim()
            .parse::<SocketAddr>()
            .unwrap_or_else(|_| {
                problems.add(
                    &LISTEN,
                    format!("`{listen_text}` is not an IP address and port"),
                    "write it like 0.0.0.0:1411, 127.0.0.1:8080 or [::]:1411",
                );
                SocketAddr::from(([0, 0, 0, 0], 1411))
            });

        let data_dir_text = self.data_dir.as_deref().unwrap_or(DEFAULT_DATA_DIR);
        if data_dir_text.trim().is_empty() {
            problems.add(
                &DATA_DIR,
                "the data directory is empty",
                "set it to a writable directory, like /var/lib/pocket-id",
            );
        }
        let data_dir = PathBuf::from(data_dir_text.trim());

        let database_url_text = match (&self.database_url, &self.database_url_file) {
            (Some(_), Some(_)) => {
                problems.add(
                    &DATABASE_URL,
                    "both a database URL and a database URL file are set",
                    "set only one of database_url and database_url_file",
                );
                None
            }
            (Some(url), None) => Some(url.clone()),
            (None, Some(file)) => match std::fs::read_to_string(file) {
                Ok(text) => Some(text.trim().to_owned()),
                Err(e) => {
                    problems.add(
                        &DATABASE_URL_FILE,
                        format!("cannot read `{file}`: {e}"),
                        "point it at a readable file that holds the database URL",
                    );
                    None
                }
            },
            (None, None) => Some(format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("pocket-id.db").display()
            )),
        };
        let database_url = database_url_text
            .and_then(|text| {
                database_url(&text)
                    .map_err(|message| {
                        problems.add(
                            &DATABASE_URL,
                            message,
                            "use sqlite:///var/lib/pocket-id/pocket-id.db or postgres://user:password@host/db",
                        )
                    })
                    .ok()
            })
            .unwrap_or_else(|| DatabaseUrl(String::new()));

        let admin_socket = match self.admin_socket.as_deref().map(str::trim) {
            Some("off" | "false" | "none") => None,
            Some("") => {
                problems.add(
                    &ADMIN_SOCKET,
                    "the admin socket path is empty",
                    "set a path like /run/pocket-id/admin.sock, or `off`",
                );
                None
            }
            Some(path) => Some(PathBuf::from(path)),
            None => Some(data_dir.join("admin.sock")),
        };
        if let Some(path) = &admin_socket
            && path.as_os_str().len() > 100
        {
            problems.add(
                &ADMIN_SOCKET,
                format!("`{}` is too long for a Unix socket path", path.display()),
                "choose a path of at most 100 bytes",
            );
        }

        let log_level = self.log_level.unwrap_or_else(|| "info".into());
        if tracing_subscriber::EnvFilter::try_new(&log_level).is_err() {
            problems.add(
                &LOG_LEVEL,
                format!("`{log_level}` is not a log filter"),
                "use error, warn, info, debug or trace, or directives like pocket_id=debug,warn",
            );
        }

        let log_format = match self.log_format.as_deref().map(str::trim) {
            None | Some("human" | "text") => LogFormat::Human,
            Some("json") => LogFormat::Json,
            Some(other) => {
                problems.add(
                    &LOG_FORMAT,
                    format!("`{other}` is not a log format"),
                    "use human or json",
                );
                LogFormat::Human
            }
        };

        let mut trusted_proxies = Vec::new();
        for entry in self.trusted_proxies.unwrap_or_default() {
            let entry = entry.trim();
            let parsed = entry
                .parse::<ipnet::IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from));
            match parsed {
                Ok(net) => trusted_proxies.push(net),
                Err(_) => problems.add(
                    &TRUSTED_PROXIES,
                    format!("`{entry}` is not an IP address or CIDR range"),
                    "list addresses like 10.0.0.1 or ranges like 172.16.0.0/12, separated by commas",
                ),
            }
        }

        let rp_id = match self.rp_id.as_deref().map(str::trim) {
            Some(id) => id.to_ascii_lowercase(),
            None => host_of(&public_url),
        };
        if !public_url.is_empty() && !is_domain_name(&rp_id) {
            problems.add(
                &RP_ID,
                format!("`{rp_id}` cannot be a WebAuthn RP ID: passkeys need a domain name, not an IP address"),
                "give the public URL a host name (localhost works for testing), or set rp_id to the domain it is under",
            );
        }
        let rp_origin = match self.rp_origin.as_deref() {
            Some(origin) => public_url_like(origin).unwrap_or_else(|message| {
                problems.add(
                    &RP_ORIGIN,
                    message,
                    "set it to an origin like https://id.example.com",
                );
                String::new()
            }),
            None => public_url.clone(),
        };
        let origin_host = host_of(&rp_origin);
        if !rp_origin.is_empty()
            && is_domain_name(&rp_id)
            && origin_host != rp_id
            && !origin_host.ends_with(&format!(".{rp_id}"))
        {
            problems.add(
                &RP_ID,
                format!(
                    "`{rp_id}` is not the origin's host `{origin_host}` or a parent domain of it"
                ),
                "leave rp_id unset, or set it to the public URL's host or a parent domain",
            );
        }

        let mut lifetime = |key: &Key, value: Option<&str>, default: &str| {
            crate::api::parse_lifetime(value.unwrap_or(default)).unwrap_or_else(|message| {
                problems.add(key, message, "write a duration like 30m, 12h or 14d");
                chrono::Duration::hours(1)
            })
        };
        let session_idle = lifetime(&SESSION_IDLE, self.session_idle.as_deref(), "24h");
        let session_lifetime = lifetime(&SESSION_LIFETIME, self.session_lifetime.as_deref(), "14d");
        if session_idle > session_lifetime {
            problems.add(
                &SESSION_IDLE,
                "the idle lifetime is longer than the whole session lifetime",
                "make session_idle at most session_lifetime",
            );
        }

        let signup = match self.signup.as_deref().map(str::trim) {
            None | Some("disabled") => SignUpMode::Disabled,
            Some("invite-only") => SignUpMode::InviteOnly,
            Some("open") => SignUpMode::Open,
            Some(other) => {
                problems.add(
                    &SIGNUP,
                    format!("`{other}` is not a sign-up mode"),
                    "use disabled, invite-only or open",
                );
                SignUpMode::Disabled
            }
        };

        let encryption_key = match (&self.encryption_key, &self.encryption_key_file) {
            (Some(_), Some(_)) => {
                problems.add(
                    &ENCRYPTION_KEY,
                    "both an encryption key and an encryption key file are set",
                    "set only one of encryption_key and encryption_key_file (prefer the file)",
                );
                None
            }
            (Some(text), None) => EncryptionKey::parse(text)
                .map_err(|e| problems.add(&ENCRYPTION_KEY, e.0, KEY_FIX))
                .ok()
                .map(|key| EncryptionKeySource::Given {
                    key,
                    origin: "encryption_key".into(),
                }),
            (None, Some(file)) => match std::fs::read_to_string(file) {
                Ok(text) => EncryptionKey::parse(&text)
                    .map_err(|e| {
                        problems.add(&ENCRYPTION_KEY_FILE, format!("`{file}`: {}", e.0), KEY_FIX)
                    })
                    .ok()
                    .map(|key| EncryptionKeySource::Given {
                        key,
                        origin: format!("encryption_key_file `{file}`"),
                    }),
                Err(e) => {
                    problems.add(
                        &ENCRYPTION_KEY_FILE,
                        format!("cannot read `{file}`: {e}"),
                        "point it at a readable file that holds the key (make one with \
                         `openssl rand -hex 32 > FILE`), or leave it unset to use \
                         DATA_DIR/encryption.key",
                    );
                    None
                }
            },
            (None, None) => {
                let path = data_dir.join(GENERATED_KEY_FILE);
                // Made on first start; when it exists it must hold a key.
                if let Ok(text) = std::fs::read_to_string(&path)
                    && let Err(e) = EncryptionKey::parse(&text)
                {
                    problems.add(
                        &ENCRYPTION_KEY_FILE,
                        format!("`{}`: {}", path.display(), e.0),
                        "restore the file from a backup; it holds the key that encrypts the \
                         signing keys",
                    );
                }
                Some(EncryptionKeySource::DataDir(path))
            }
        }
        .unwrap_or_else(|| EncryptionKeySource::DataDir(PathBuf::new()));

        let key_rotation = match self.key_rotation.as_deref().map(str::trim) {
            Some("0" | "off" | "never" | "false") => None,
            value => match crate::api::parse_lifetime(value.unwrap_or("90d")) {
                Ok(period) if period < crate::domain::MIN_ROTATION_PERIOD => {
                    problems.add(
                        &KEY_ROTATION,
                        format!("`{}` is shorter than a day", value.unwrap_or_default()),
                        "rotate at most daily (1d or longer), or write `off`",
                    );
                    None
                }
                Ok(period) => Some(period),
                Err(message) => {
                    problems.add(
                        &KEY_ROTATION,
                        message,
                        "write a period like 30d or 90d, or `off` to rotate only by hand",
                    );
                    None
                }
            },
        };

        let metrics = on_off(self.metrics.as_deref(), false, &METRICS, &mut problems);
        let rate_limits = on_off(
            self.rate_limits.as_deref(),
            true,
            &RATE_LIMITS,
            &mut problems,
        );
        let metrics_token = match self.metrics_token.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(token)
                if token.len() < MIN_METRICS_TOKEN_LEN
                    || !token.chars().all(|c| c.is_ascii_graphic()) =>
            {
                problems.add(
                    &METRICS_TOKEN,
                    format!(
                        "the token must be at least {MIN_METRICS_TOKEN_LEN} printable characters \
                         without spaces"
                    ),
                    "make one with `openssl rand -hex 32`",
                );
                None
            }
            Some(token) => Some(MetricsToken::new(token.to_owned())),
        };

        if !problems.0.is_empty() {
            return Err(ConfigErrors(problems.0));
        }
        Ok(Config {
            public_url,
            listen,
            data_dir,
            database_url,
            admin_socket,
            log_level,
            log_format,
            trusted_proxies,
            rp_id,
            rp_origin,
            session_idle,
            session_lifetime,
            signup,
            encryption_key,
            key_rotation,
            metrics,
            metrics_token,
            rate_limits,
        })
    }
}

/// A switch: `on`/`true`/`yes` or `off`/`false`/`no`, `default` when unset.
fn on_off(value: Option<&str>, default: bool, key: &Key, problems: &mut Problems) -> bool {
    match value.map(str::trim) {
        None => default,
        Some("off" | "false" | "no") => false,
        Some("on" | "true" | "yes") => true,
        Some(other) => {
            problems.add(
                key,
                format!("`{other}` is neither on nor off"),
                "write on or off",
            );
            default
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ConfigArgs;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_are_valid() {
        let config = RawConfig::default().validate().unwrap();
        assert_eq!(config.public_url, "http://localhost:1411");
        assert_eq!(config.listen.port(), 1411);
        assert!(
            config
                .database_url
                .expose()
                .ends_with("pocket-id.db?mode=rwc")
        );
        assert_eq!(
            config.admin_socket,
            Some(PathBuf::from("./data/admin.sock"))
        );
    }

    #[test]
    fn flags_beat_environment_which_beats_defaults() {
        let args = ConfigArgs {
            listen: Some("127.0.0.1:9000".into()),
            ..ConfigArgs::default()
        };
        let raw = RawConfig::layered(
            &args,
            &env(&[
                ("POCKET_ID_LISTEN", "127.0.0.1:8000"),
                ("PUBLIC_URL", "https://ID.Example.com/"),
            ]),
        )
        .unwrap();
        let config = raw.validate().unwrap();
        assert_eq!(config.listen.port(), 9000);
        assert_eq!(config.public_url, "https://id.example.com");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let raw = RawConfig {
            public_url: Some("ftp://x".into()),
            listen: Some("nowhere".into()),
            log_format: Some("xml".into()),
            trusted_proxies: Some(vec!["10.0.0.0/8".into(), "bogus".into()]),
            database_url: Some("mysql://x".into()),
            ..RawConfig::default()
        };
        let errors = raw.validate().unwrap_err();
        let keys: Vec<&str> = errors.0.iter().map(|e| e.key).collect();
        assert_eq!(
            keys,
            [
                "public_url",
                "listen",
                "database_url",
                "log_format",
                "trusted_proxies"
            ]
        );
        let text = errors.to_string();
        assert!(text.contains("POCKET_ID_LISTEN"), "{text}");
        assert!(text.contains("`bogus`"), "{text}");
    }

    #[test]
    fn public_urls_are_checked() {
        assert_eq!(
            public_url("http://localhost:1411/").unwrap(),
            "http://localhost:1411"
        );
        for bad in [
            "localhost",
            "https://",
            "https://a/b",
            "https://a?x",
            "https://u:p@a",
            "https://a:0",
            "https://a:99999",
        ] {
            assert!(public_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_rp_id_comes_from_the_public_url_and_must_be_a_domain() {
        let config = RawConfig {
            public_url: Some("https://id.example.com:8443".into()),
            ..RawConfig::default()
        }
        .validate()
        .unwrap();
        assert_eq!(config.rp_id, "id.example.com");
        assert_eq!(config.rp_origin, "https://id.example.com:8443");
        for bad in ["http://127.0.0.1:1411", "http://[::1]:1411"] {
            let errors = RawConfig {
                public_url: Some(bad.into()),
                ..RawConfig::default()
            }
            .validate()
            .unwrap_err();
            assert_eq!(errors.0[0].key, "rp_id", "{bad}");
        }
        let parent = RawConfig {
            public_url: Some("https://id.example.com".into()),
            rp_id: Some("example.com".into()),
            ..RawConfig::default()
        };
        assert_eq!(parent.validate().unwrap().rp_id, "example.com");
        let unrelated = RawConfig {
            public_url: Some("https://id.example.com".into()),
            rp_id: Some("other.org".into()),
            ..RawConfig::default()
        };
        assert!(unrelated.validate().is_err());
    }

    #[test]
    fn signing_key_settings_are_checked() {
        let config = RawConfig::default().validate().unwrap();
        assert_eq!(config.key_rotation, Some(chrono::Duration::days(90)));
        assert_eq!(
            config.encryption_key,
            EncryptionKeySource::DataDir(PathBuf::from("./data/encryption.key"))
        );
        for off in ["0", "off"] {
            let raw = RawConfig {
                key_rotation: Some(off.into()),
                ..RawConfig::default()
            };
            assert_eq!(raw.validate().unwrap().key_rotation, None);
        }
        let hex = "ab".repeat(32);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("kek");
        std::fs::write(&file, format!("{hex}\n")).unwrap();
        let raw = RawConfig::layered(
            &ConfigArgs::default(),
            &env(&[
                ("POCKET_ID_ENCRYPTION_KEY_FILE", file.to_str().unwrap()),
                ("POCKET_ID_KEY_ROTATION", "30d"),
            ]),
        )
        .unwrap();
        let config = raw.validate().unwrap();
        assert_eq!(config.key_rotation, Some(chrono::Duration::days(30)));
        match &config.encryption_key {
            EncryptionKeySource::Given { key, origin } => {
                assert_eq!(key.to_hex(), hex);
                assert!(origin.contains("kek"), "{origin}");
            }
            other => panic!("{other:?}"),
        }
        assert!(!format!("{config:?}").contains(&hex));

        let raw = RawConfig {
            encryption_key: Some("too short".into()),
            key_rotation: Some("12h".into()),
            ..RawConfig::default()
        };
        let errors = raw.validate().unwrap_err();
        let keys: Vec<&str> = errors.0.iter().map(|e| e.key).collect();
        assert_eq!(keys, ["encryption_key", "key_rotation"]);
        let text = errors.to_string();
        assert!(text.contains("POCKET_ID_ENCRYPTION_KEY"), "{text}");
        assert!(text.contains("openssl rand -hex 32"), "{text}");
        assert!(!text.contains("too short"), "the key is not echoed: {text}");
        let both = RawConfig {
            encryption_key: Some(hex.clone()),
            encryption_key_file: Some(file.display().to_string()),
            ..RawConfig::default()
        };
        assert_eq!(both.validate().unwrap_err().0[0].key, "encryption_key");
    }

    #[test]
    fn the_sqlite_file_is_found_in_the_url() {
        let path = |url: &str| database_url(url).unwrap().sqlite_path();
        assert_eq!(
            path("sqlite:///var/lib/p/pocket-id.db?mode=rwc"),
            Some(PathBuf::from("/var/lib/p/pocket-id.db"))
        );
        assert_eq!(
            path("sqlite://./data/x.db"),
            Some(PathBuf::from("./data/x.db"))
        );
        assert_eq!(path("sqlite::memory:"), None);
        assert_eq!(path("postgres://u:p@h/db"), None);
    }

    #[test]
    fn metrics_are_off_by_default_and_their_token_is_checked() {
        let config = RawConfig::default().validate().unwrap();
        assert!(!config.metrics);
        assert!(config.metrics_token.is_none());
        let config = RawConfig {
            metrics: Some("on".into()),
            metrics_token: Some("a-long-enough-token-1234".into()),
            ..RawConfig::default()
        }
        .validate()
        .unwrap();
        assert!(config.metrics);
        let token = config.metrics_token.as_ref().unwrap();
        assert!(token.matches("a-long-enough-token-1234"));
        assert!(!token.matches("a-long-enough-token-1235"));
        assert!(!format!("{config:?}").contains("a-long-enough"));
        let errors = RawConfig {
            metrics: Some("sometimes".into()),
            metrics_token: Some("short".into()),
            ..RawConfig::default()
        }
        .validate()
        .unwrap_err();
        let keys: Vec<&str> = errors.0.iter().map(|e| e.key).collect();
        assert_eq!(keys, ["metrics", "metrics_token"]);
    }

    #[test]
    fn rate_limits_are_on_unless_turned_off() {
        assert!(RawConfig::default().validate().unwrap().rate_limits);
        let off = RawConfig {
            rate_limits: Some("off".into()),
            ..RawConfig::default()
        };
        assert!(!off.validate().unwrap().rate_limits);
        let errors = RawConfig {
            rate_limits: Some("later".into()),
            ..RawConfig::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors.0[0].key, "rate_limits");
    }

    #[test]
    fn database_url_is_redacted() {
        let url = database_url("postgres://pocket:hunter2@db/pocket").unwrap();
        assert!(!format!("{url:?}").contains("hunter2"));
    }
}
