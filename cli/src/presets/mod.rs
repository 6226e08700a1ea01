//! Presets for common self-hosted apps: what `clients create --preset grafana --url …` registers
//! (redirect URIs derived from the app's URL, public or confidential, the ID-token algorithm the
//! app verifies) and how the settings to paste into that app are written.
//!
//! Every app is one entry of [`PRESETS`], plain data. [`settings`] fills in the provider's real
//! endpoints and the new client; [`render`] writes them in the app's own format, one function per
//! format. This module does no I/O and knows nothing of the command line.

pub mod render;
pub mod settings;

use settings::Settings;

/// What `--provider-name` defaults to.
pub const DEFAULT_PROVIDER_NAME: &str = "pocket-id";

/// How a preset's settings are written out.
#[derive(Debug, Clone, Copy)]
pub struct Format {
    /// A short name of the format, such as `grafana.ini`.
    pub name: &'static str,
    /// Where the text goes, completing "Paste into …".
    pub paste_into: &'static str,
    /// Writes the settings in this format.
    pub render: fn(&Settings) -> String,
}

/// One app that `clients create --preset` knows.
#[derive(Debug)]
pub struct Preset {
    /// The name given to `--preset`.
    pub name: &'static str,
    /// Other names `--preset` accepts for it.
    pub aliases: &'static [&'static str],
    /// The app as people call it; also the client's default name.
    pub app: &'static str,
    /// The part of the app that speaks OpenID Connect.
    pub integration: &'static str,
    /// The redirect URIs, where `{url}` stands for the app's base URL (without a trailing slash)
    /// and `{provider}` for the provider name.
    pub redirect_uris: &'static [&'static str],
    /// Whether the app is a public client (no secret); otherwise it is confidential.
    pub public: bool,
    /// Whether the app sends PKCE, so that the client can insist on it.
    pub require_pkce: bool,
    /// How ID tokens are signed for it: `ES256` or `RS256`.
    pub alg: &'static str,
    /// The scopes the app is told to ask for.
    pub scopes: &'static [&'static str],
    /// What the provider name (`--provider-name`) names in the app, when the app uses one.
    pub provider_name: Option<&'static str>,
    /// The port the app serves on by itself, when leaving it out of `--url` is a likely mistake.
    pub usual_port: Option<u16>,
    /// How the settings are written.
    pub format: Format,
}

/// Every preset, in the order `clients presets` lists them.
///
/// The algorithm is ES256 (the provider's default) where the app is known to accept it, and
/// RS256 where the app verifies only RS256, defaults to it, or is not known to accept more.
pub static PRESETS: &[Preset] = &[
    Preset {
        name: "grafana",
        aliases: &[],
        app: "Grafana",
        integration: "generic OAuth",
        redirect_uris: &["{url}/login/generic_oauth"],
        public: false,
        // Sent when `use_pkce = true`, which the snippet sets.
        require_pkce: true,
        // Grafana reads the claims from userinfo and the ID token; when it verifies the ID token
        // (`validate_id_token` with `jwk_set_url`), go-jose accepts ES256.
        alg: "ES256",
        scopes: &["openid", "profile", "email", "groups"],
        provider_name: None,
        usual_port: None,
        format: Format {
            name: "grafana.ini",
            paste_into: "grafana.ini (or the matching GF_AUTH_GENERIC_OAUTH_* variables)",
            render: render::grafana_ini,
        },
    },
    Preset {
        name: "nextcloud",
        aliases: &[],
        app: "Nextcloud",
        integration: "the user_oidc app (OpenID Connect user backend)",
        // The second form is what Nextcloud sends without pretty URLs.
        redirect_uris: &[
            "{url}/apps/user_oidc/code",
            "{url}/index.php/apps/user_oidc/code",
        ],
        public: false,
        // user_oidc sends PKCE (S256) whenever the discovery document offers it, as ours does.
        require_pkce: true,
        // user_oidc verifies ID tokens against the JWKS with RS*, and ES256/384/512 on EC keys.
        alg: "ES256",
        scopes: &["openid", "profile", "email", "groups"],
        provider_name: Some("provider identifier"),
        usual_port: None,
        format: Format {
            name: "occ command",
            paste_into: "a shell on the Nextcloud host",
            render: render::nextcloud_occ,
        },
    },
    Preset {
        name: "immich",
        aliases: &[],
        app: "Immich",
        integration: "OAuth authentication",
        // The web app's login and account-linking pages, and the mobile app's own scheme.
        redirect_uris: &[
            "{url}/auth/login",
            "{url}/user-settings",
            "app.immich:///oauth-callback",
        ],
        // The Immich server exchanges the code for the web and the mobile app alike, with the
        // secret.
        public: false,
        require_pkce: true,
        // Immich's "Signing Algorithm" setting defaults to RS256; matching the default leaves one
        // setting less to get wrong. It can be switched to ES256 together with `--alg ES256`.
        alg: "RS256",
        scopes: &["openid", "profile", "email"],
        provider_name: None,
        usual_port: None,
        format: Format {
            name: "Immich OAuth settings",
            paste_into: "Immich: Administration > Settings > Authentication Settings > OAuth",
            render: render::immich_fields,
        },
    },
    Preset {
        name: "jellyfin",
        aliases: &[],
        app: "Jellyfin",
        integration: "the SSO-Auth plugin (9p4/jellyfin-plugin-sso)",
        // `/sso/OID/start/<name>` comes back to `/redirect/`, the short `/sso/OID/p/<name>` to
        // `/r/`: both are registered so that either sign-in link works.
        redirect_uris: &[
            "{url}/sso/OID/redirect/{provider}",
            "{url}/sso/OID/r/{provider}",
        ],
        public: false,
        // The plugin uses IdentityModel.OidcClient, which always sends PKCE.
        require_pkce: true,
        // IdentityModel.OidcClient's default policy accepts ES256 ID tokens.
        alg: "ES256",
        scopes: &["openid", "profile", "groups"],
        provider_name: Some("provider name in the plugin"),
        usual_port: None,
        format: Format {
            name: "Jellyfin SSO plugin settings",
            paste_into: "Jellyfin: Dashboard > Plugins > SSO-Auth > add an OpenID provider",
            render: render::jellyfin_fields,
        },
    },
    Preset {
        name: "proxmox",
        aliases: &["pve"],
        app: "Proxmox VE",
        integration: "an OpenID Connect realm",
        // Proxmox VE sends the page's origin (scheme, host and port) as the redirect URI.
        redirect_uris: &["{url}"],
        public: false,
        require_pkce: true,
        // Proxmox VE verifies ID tokens with the `openidconnect` crate, whose verifier accepts
        // only RS256 unless told otherwise; nothing shows that Proxmox tells it otherwise.
        alg: "RS256",
        scopes: &["openid", "profile", "email", "groups"],
        provider_name: Some("realm"),
        usual_port: Some(8006),
        format: Format {
            name: "pveum command",
            paste_into: "a shell on a Proxmox VE node",
            render: render::proxmox_pveum,
        },
    },
    Preset {
        name: "forgejo",
        aliases: &["gitea"],
        app: "Forgejo",
        integration: "an OpenID Connect authentication source",
        redirect_uris: &["{url}/user/oauth2/{provider}/callback"],
        public: false,
        // Forgejo sends PKCE, Gitea does not; one preset serves both, and the secret still
        // authenticates the code exchange.
        require_pkce: false,
        // Both take the ID token through goth's openidConnect provider; which algorithms it
        // accepts is not settled, and RS256 is what every provider offers.
        alg: "RS256",
        scopes: &["openid", "profile", "email", "groups"],
        provider_name: Some("authentication source name"),
        usual_port: None,
        format: Format {
            name: "forgejo command",
            paste_into: "a shell on the Forgejo host",
            render: render::forgejo_command,
        },
    },
    Preset {
        name: "home-assistant",
        aliases: &["hass"],
        app: "Home Assistant",
        integration: "the auth_oidc custom integration (hass-oidc-auth)",
        redirect_uris: &["{url}/auth/oidc/callback"],
        // The integration's recommended setup: a public client with PKCE (`--confidential`
        // makes a confidential one; the snippet then carries the secret).
        public: true,
        require_pkce: true,
        // `id_token_signing_alg` defaults to RS256 in the integration; the snippet names it
        // anyway.
        alg: "RS256",
        scopes: &["openid", "profile", "groups"],
        provider_name: None,
        usual_port: None,
        format: Format {
            name: "configuration.yaml",
            paste_into: "Home Assistant's configuration.yaml",
            render: render::home_assistant_yaml,
        },
    },
    Preset {
        name: "oauth2-proxy",
        aliases: &[],
        app: "oauth2-proxy",
        integration: "the oidc provider",
        redirect_uris: &["{url}/oauth2/callback"],
        public: false,
        // Sent with `code_challenge_method = "S256"`, which the snippet sets.
        require_pkce: true,
        // With discovery, oauth2-proxy verifies with the algorithms the discovery document
        // lists (go-oidc), ES256 among them.
        alg: "ES256",
        scopes: &["openid", "profile", "email", "groups"],
        provider_name: None,
        usual_port: None,
        format: Format {
            name: "oauth2-proxy.cfg",
            paste_into: "oauth2-proxy.cfg (or the matching command-line flags)",
            render: render::oauth2_proxy_cfg,
        },
    },
];

/// The preset called `name` (or one of its aliases).
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS
        .iter()
        .find(|preset| preset.name == name || preset.aliases.contains(&name))
}

/// The app's base URL as the redirect URIs are built from it: trimmed, without trailing slashes.
/// Whether it is a usable URL is the server's call, by its rules for redirect URIs.
pub fn base_url(text: &str) -> String {
    text.trim().trim_end_matches('/').to_owned()
}

/// Checks a provider name: it goes into URL paths and shell commands, so 1–64 characters,
/// starting with a letter, then letters, digits and `. _ -` (which also suits a Proxmox realm).
pub fn check_provider_name(text: &str) -> Result<String, String> {
    let mut chars = text.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if starts_well && rest_ok && text.len() <= 64 {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not a usable provider name: use 1–64 letters, digits or `. _ -`, \
             starting with a letter"
        ))
    }
}

impl Preset {
    /// The redirect URIs for an app at `base_url` (as [`base_url`] returns it).
    pub fn redirect_uris(&self, base_url: &str, provider_name: &str) -> Vec<String> {
        self.redirect_uris
            .iter()
            .map(|template| {
                template
                    .replace("{url}", base_url)
                    .replace("{provider}", provider_name)
            })
            .collect()
    }

    /// Whether any redirect URI contains the provider name.
    pub fn provider_name_in_redirects(&self) -> bool {
        self.redirect_uris.iter().any(|t| t.contains("{provider}"))
    }

    /// A remark when `base_url` has no port but the app normally serves on its own one, such as
    /// Proxmox VE on 8006: the redirect URI must match the URL in the browser exactly.
    pub fn port_remark(&self, base_url: &str) -> Option<String> {
        let port = self.usual_port?;
        let url = reqwest::Url::parse(base_url).ok()?;
        if url.port().is_some() {
            return None;
        }
        Some(format!(
            "Note: {} serves on port {port} unless a reverse proxy is in front. If people open \
             it as {}:{port}, register that URL instead (--url {}:{port}); the redirect URI \
             must match the address in the browser exactly.",
            self.app, base_url, base_url
        ))
    }

    /// The flags this preset needs, for `clients presets`: `--url`, and `--provider-name` with
    /// what it names where the app uses one.
    pub fn needs(&self) -> String {
        match self.provider_name {
            Some(what) => format!("--url, --provider-name ({what})"),
            None => "--url".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{PRESETS, base_url, check_provider_name, find};

    fn uris(name: &str, url: &str) -> Vec<String> {
        find(name)
            .unwrap()
            .redirect_uris(&base_url(url), "pocket-id")
    }

    #[test]
    fn every_app_asked_for_is_there_with_its_aliases() {
        for name in [
            "grafana",
            "nextcloud",
            "immich",
            "jellyfin",
            "proxmox",
            "forgejo",
            "gitea",
            "home-assistant",
            "oauth2-proxy",
        ] {
            assert!(find(name).is_some(), "{name} is missing");
        }
        assert_eq!(find("gitea").unwrap().name, "forgejo");
        assert!(find("Grafana").is_none() && find("wordpress").is_none());
    }

    #[test]
    fn names_are_unique_and_the_data_is_consistent() {
        let mut seen = HashSet::new();
        for preset in PRESETS {
            for name in std::iter::once(&preset.name).chain(preset.aliases) {
                assert!(seen.insert(*name), "{name} is used twice");
            }
            assert!(matches!(preset.alg, "ES256" | "RS256"), "{}", preset.name);
            assert!(preset.scopes.first() == Some(&"openid"), "{}", preset.name);
            assert!(!preset.redirect_uris.is_empty(), "{}", preset.name);
            assert!(preset.require_pkce || !preset.public, "{}", preset.name);
            assert!(
                preset.provider_name.is_some() || !preset.provider_name_in_redirects(),
                "{} puts a provider name in a redirect URI without saying what it is",
                preset.name
            );
        }
    }

    #[test]
    fn redirect_uris_are_derived_from_the_base_url() {
        assert_eq!(
            uris("grafana", "https://grafana.example.com/"),
            ["https://grafana.example.com/login/generic_oauth"]
        );
        assert_eq!(
            uris("nextcloud", " https://cloud.example.com "),
            [
                "https://cloud.example.com/apps/user_oidc/code",
                "https://cloud.example.com/index.php/apps/user_oidc/code"
            ]
        );
        assert_eq!(
            uris("immich", "https://photos.example.com"),
            [
                "https://photos.example.com/auth/login",
                "https://photos.example.com/user-settings",
                "app.immich:///oauth-callback"
            ]
        );
        assert_eq!(
            uris("proxmox", "https://pve.example.com:8006/"),
            ["https://pve.example.com:8006"]
        );
        assert_eq!(
            uris("home-assistant", "https://ha.example.com"),
            ["https://ha.example.com/auth/oidc/callback"]
        );
        assert_eq!(
            uris("oauth2-proxy", "https://app.example.com//"),
            ["https://app.example.com/oauth2/callback"]
        );
        // A path prefix is kept.
        assert_eq!(
            uris("grafana", "https://example.com/grafana/"),
            ["https://example.com/grafana/login/generic_oauth"]
        );
    }

    #[test]
    fn the_provider_name_goes_where_the_app_puts_it() {
        let jellyfin = find("jellyfin").unwrap();
        assert_eq!(
            jellyfin.redirect_uris("https://media.example.com", "home"),
            [
                "https://media.example.com/sso/OID/redirect/home",
                "https://media.example.com/sso/OID/r/home"
            ]
        );
        let forgejo = find("gitea").unwrap();
        assert_eq!(
            forgejo.redirect_uris("https://git.example.com", "pocket-id"),
            ["https://git.example.com/user/oauth2/pocket-id/callback"]
        );
        assert!(jellyfin.needs().contains("--provider-name"));
        assert!(!find("grafana").unwrap().needs().contains("--provider-name"));
    }

    #[test]
    fn derived_redirect_uris_stay_on_the_app_or_its_own_scheme() {
        // The server's rules are checked for real by the integration tests; here: every URI is
        // under the app's URL, or a private-use scheme with a dot.
        for preset in PRESETS {
            for uri in preset.redirect_uris("https://app.example.com", "pocket-id") {
                let on_app =
                    uri == "https://app.example.com" || uri.starts_with("https://app.example.com/");
                let native = uri
                    .split_once(':')
                    .is_some_and(|(scheme, _)| scheme.contains('.') && !scheme.starts_with("http"));
                assert!(on_app || native, "{}: {uri}", preset.name);
                assert!(!uri.contains('{'), "{}: {uri}", preset.name);
            }
        }
    }

    #[test]
    fn provider_names_are_checked() {
        for good in ["pocket-id", "PocketID", "id.home_2"] {
            assert_eq!(check_provider_name(good).unwrap(), good);
        }
        for bad in ["", "-x", "1abc", "a b", "a/b", "é", &"a".repeat(65)] {
            assert!(check_provider_name(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn a_missing_port_is_pointed_out_where_the_app_has_its_own() {
        let proxmox = find("proxmox").unwrap();
        let remark = proxmox.port_remark("https://pve.example.com").unwrap();
        assert!(remark.contains("https://pve.example.com:8006"), "{remark}");
        assert!(
            proxmox
                .port_remark("https://pve.example.com:8006")
                .is_none()
        );
        assert!(
            find("grafana")
                .unwrap()
                .port_remark("https://grafana.example.com")
                .is_none()
        );
    }
}
