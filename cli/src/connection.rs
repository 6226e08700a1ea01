//! Which server to talk to and with which key: the precedence of flags, environment, profile and
//! the local admin socket, worked out without any I/O beyond "does this socket exist".
//!
//! Order: an explicit server (`--server`, then `POCKETCTL_SERVER`; clap applies flag over
//! environment), then an explicit socket, then the selected profile, then the first default
//! socket that exists. A profile's key is only ever sent to that profile's server.

use std::path::{Path, PathBuf};

use reqwest::Url;

use crate::config::Profile;
use crate::secret::Secret;

/// Where the admin socket is looked for when none is named, in order.
pub const DEFAULT_SOCKETS: [&str; 2] = ["/run/pocket-id/admin.sock", "./data/admin.sock"];

/// Where requests go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// A server over HTTP(S), authenticated with an API key.
    Server {
        /// Base URL of the server, without a trailing slash.
        url: Url,
        /// The API key sent as a bearer token.
        token: Secret,
    },
    /// The admin socket of a daemon on this host; the daemon trusts its caller, so no key.
    Socket(PathBuf),
}

/// What the command line and environment say about the connection.
#[derive(Debug, Clone, Default)]
pub struct Explicit {
    /// `--server` or `POCKETCTL_SERVER`.
    pub server: Option<Url>,
    /// `--token` or `POCKETCTL_TOKEN`.
    pub token: Option<Secret>,
    /// `--socket` or `POCKETCTL_SOCKET`.
    pub socket: Option<PathBuf>,
}

/// Why no connection could be worked out. All of these are usage errors.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing names a server and no admin socket exists.
    #[error(
        "no Pocket ID server configured: run `pocketctl login --server URL`, pass --server URL \
         with --token KEY (or set POCKETCTL_SERVER and POCKETCTL_TOKEN), or run pocketctl on the \
         server's host, where it uses the admin socket ({} or {}, or --socket PATH)",
        DEFAULT_SOCKETS[0],
        DEFAULT_SOCKETS[1]
    )]
    Unconfigured,
    /// A server is named but no key for it is known.
    #[error(
        "no API key for {0}: pass --token KEY, set POCKETCTL_TOKEN, or run `pocketctl login --server {0}`"
    )]
    MissingToken(String),
    /// The server saved in a profile is not a usable URL.
    #[error("profile `{profile}` has an invalid server: {reason}; run `pocketctl login` again")]
    BadProfileServer {
        /// The profile's name.
        profile: String,
        /// What is wrong with its URL.
        reason: String,
    },
}

/// Works out the connection. `profile` is the selected profile if the file has it, and `exists`
/// tells whether a default socket path exists (a parameter so tests need no files).
pub fn resolve(
    explicit: Explicit,
    profile: Option<(&str, &Profile)>,
    exists: impl Fn(&Path) -> bool,
) -> Result<Connection, Error> {
    let profile = profile
        .map(|(name, profile)| {
            parse_server_url(&profile.server)
                .map(|url| (url, profile.token.clone()))
                .map_err(|reason| Error::BadProfileServer {
                    profile: name.to_owned(),
                    reason,
                })
        })
        .transpose()?;

    if let Some(url) = explicit.server {
        // The profile's key belongs to the profile's server: never send it anywhere else.
        let token = explicit.token.or_else(|| {
            profile
                .filter(|(profile_url, _)| *profile_url == url)
                .map(|(_, token)| token)
        });
        return match token {
            Some(token) => Ok(Connection::Server { url, token }),
            None => Err(Error::MissingToken(
                url.as_str().trim_end_matches('/').to_owned(),
            )),
        };
    }
    if let Some(socket) = explicit.socket {
        return Ok(Connection::Socket(socket));
    }
    if let Some((url, token)) = profile {
        let token = explicit.token.unwrap_or(token);
        return Ok(Connection::Server { url, token });
    }
    DEFAULT_SOCKETS
        .iter()
        .map(PathBuf::from)
        .find(|path| exists(path))
        .map(Connection::Socket)
        .ok_or(Error::Unconfigured)
}

/// Parses and normalises a server URL: http or https, no query or fragment, no trailing slash.
/// A path is kept, for servers behind a proxy under a prefix.
pub fn parse_server_url(text: &str) -> Result<Url, String> {
    if !text.contains("://") {
        return Err(format!(
            "`{text}` is not a server URL: write it with its scheme, like https://{text}"
        ));
    }
    let mut url = Url::parse(text).map_err(|err| format!("`{text}` is not a server URL: {err}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "`{text}` is not a server URL: use http:// or https://"
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "`{text}` is not a server URL: remove the part after `?` or `#`"
        ));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&path);
    Ok(url)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{Connection, DEFAULT_SOCKETS, Error, Explicit, parse_server_url, resolve};
    use crate::config::Profile;
    use crate::secret::Secret;

    fn profile(server: &str, token: &str) -> Profile {
        Profile {
            server: server.into(),
            token: Secret::new(token),
        }
    }

    fn server(url: &str, token: &str) -> Connection {
        Connection::Server {
            url: parse_server_url(url).unwrap(),
            token: Secret::new(token),
        }
    }

    fn no_socket(_: &Path) -> bool {
        false
    }

    #[test]
    fn explicit_server_and_token_win_over_the_profile() {
        let explicit = Explicit {
            server: Some(parse_server_url("https://b.example").unwrap()),
            token: Some(Secret::new("flag")),
            socket: Some("/tmp/s.sock".into()),
        };
        let saved = profile("https://a.example", "saved");
        let got = resolve(explicit, Some(("default", &saved)), no_socket).unwrap();
        assert_eq!(got, server("https://b.example", "flag"));
    }

    #[test]
    fn profile_token_is_used_only_for_the_profile_server() {
        let saved = profile("https://a.example/", "saved");
        let same = Explicit {
            server: Some(parse_server_url("https://a.example").unwrap()),
            ..Explicit::default()
        };
        let got = resolve(same, Some(("default", &saved)), no_socket).unwrap();
        assert_eq!(got, server("https://a.example", "saved"));

        let other = Explicit {
            server: Some(parse_server_url("https://evil.example").unwrap()),
            ..Explicit::default()
        };
        let err = resolve(other, Some(("default", &saved)), no_socket).unwrap_err();
        assert!(matches!(err, Error::MissingToken(_)));
    }

    #[test]
    fn explicit_token_overrides_the_profile_token() {
        let saved = profile("https://a.example", "saved");
        let explicit = Explicit {
            token: Some(Secret::new("env")),
            ..Explicit::default()
        };
        let got = resolve(explicit, Some(("default", &saved)), no_socket).unwrap();
        assert_eq!(got, server("https://a.example", "env"));
    }

    #[test]
    fn explicit_socket_beats_the_profile() {
        let saved = profile("https://a.example", "saved");
        let explicit = Explicit {
            socket: Some("/tmp/s.sock".into()),
            ..Explicit::default()
        };
        let got = resolve(explicit, Some(("default", &saved)), no_socket).unwrap();
        assert_eq!(got, Connection::Socket("/tmp/s.sock".into()));
    }

    #[test]
    fn default_sockets_are_tried_in_order_last() {
        let second = |path: &Path| path == Path::new(DEFAULT_SOCKETS[1]);
        let got = resolve(Explicit::default(), None, second).unwrap();
        assert_eq!(got, Connection::Socket(PathBuf::from(DEFAULT_SOCKETS[1])));

        let both = |_: &Path| true;
        let got = resolve(Explicit::default(), None, both).unwrap();
        assert_eq!(got, Connection::Socket(PathBuf::from(DEFAULT_SOCKETS[0])));

        let saved = profile("https://a.example", "saved");
        let got = resolve(Explicit::default(), Some(("p", &saved)), both).unwrap();
        assert_eq!(got, server("https://a.example", "saved"));
    }

    #[test]
    fn nothing_configured_says_how_to_configure() {
        let err = resolve(Explicit::default(), None, no_socket).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("pocketctl login"), "{message}");
        assert!(message.contains("--server"), "{message}");
        assert!(message.contains("admin socket"), "{message}");
    }

    #[test]
    fn server_urls_are_normalised_and_checked() {
        assert_eq!(
            parse_server_url("https://id.example.com/")
                .unwrap()
                .as_str(),
            "https://id.example.com/"
        );
        assert_eq!(
            parse_server_url("https://example.com/id/")
                .unwrap()
                .as_str(),
            "https://example.com/id"
        );
        for bad in ["id.example.com", "ftp://x", "https://x/?a=b", "http://"] {
            assert!(parse_server_url(bad).is_err(), "{bad} was accepted");
        }
    }
}
