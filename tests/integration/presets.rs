//! `pocketctl clients create --preset …` and `clients presets` against the real daemon: each
//! preset registers the client its app needs and prints settings made of the provider's real
//! discovery document and the new secret; refused presets and URLs create nothing.

use serde_json::Value;

use crate::support::{Daemon, client, failed, json, ok, ok_json, stdout_ok};

/// What each preset must register for an app at `url`.
struct Expected {
    preset: &'static str,
    url: &'static str,
    name: &'static str,
    redirect_uris: &'static [&'static str],
    public: bool,
    require_pkce: bool,
    alg: &'static str,
    /// A line the pasted snippet must contain.
    snippet_line: &'static str,
}

const EXPECTED: &[Expected] = &[
    Expected {
        preset: "grafana",
        url: "https://grafana.example.com/",
        name: "Grafana",
        redirect_uris: &["https://grafana.example.com/login/generic_oauth"],
        public: false,
        require_pkce: true,
        alg: "ES256",
        snippet_line: "[auth.generic_oauth]",
    },
    Expected {
        preset: "nextcloud",
        url: "https://cloud.example.com",
        name: "Nextcloud",
        redirect_uris: &[
            "https://cloud.example.com/apps/user_oidc/code",
            "https://cloud.example.com/index.php/apps/user_oidc/code",
        ],
        public: false,
        require_pkce: true,
        alg: "ES256",
        snippet_line: "php occ user_oidc:provider pocket-id \\",
    },
    Expected {
        preset: "immich",
        url: "https://photos.example.com",
        name: "Immich",
        redirect_uris: &[
            "https://photos.example.com/auth/login",
            "https://photos.example.com/user-settings",
            "app.immich:///oauth-callback",
        ],
        public: false,
        require_pkce: true,
        alg: "RS256",
        snippet_line: "Scope: openid profile email",
    },
    Expected {
        preset: "jellyfin",
        url: "https://media.example.com",
        name: "Jellyfin",
        redirect_uris: &[
            "https://media.example.com/sso/OID/redirect/pocket-id",
            "https://media.example.com/sso/OID/r/pocket-id",
        ],
        public: false,
        require_pkce: true,
        alg: "ES256",
        snippet_line: "Role Claim: groups",
    },
    Expected {
        preset: "proxmox",
        url: "https://pve.example.com:8006",
        name: "Proxmox VE",
        redirect_uris: &["https://pve.example.com:8006"],
        public: false,
        require_pkce: true,
        alg: "RS256",
        snippet_line: "pveum realm add pocket-id --type openid \\",
    },
    Expected {
        preset: "gitea",
        url: "https://git.example.com",
        name: "Forgejo",
        redirect_uris: &["https://git.example.com/user/oauth2/pocket-id/callback"],
        public: false,
        require_pkce: false,
        alg: "RS256",
        snippet_line: "  --provider openidConnect \\",
    },
    Expected {
        preset: "home-assistant",
        url: "https://ha.example.com",
        name: "Home Assistant",
        redirect_uris: &["https://ha.example.com/auth/oidc/callback"],
        public: true,
        require_pkce: true,
        alg: "RS256",
        snippet_line: "auth_oidc:",
    },
    Expected {
        preset: "oauth2-proxy",
        url: "https://app.example.com",
        name: "oauth2-proxy",
        redirect_uris: &["https://app.example.com/oauth2/callback"],
        public: false,
        require_pkce: true,
        alg: "ES256",
        snippet_line: "redirect_url = \"https://app.example.com/oauth2/callback\"",
    },
];

/// The daemon's discovery document, fetched directly.
async fn discovery(daemon: &Daemon) -> Value {
    let url = format!("{}/.well-known/openid-configuration", daemon.base);
    json(client("unused").get(url).send().await.unwrap(), 200).await
}

/// The endpoints every preset's output names, from the discovery document.
fn endpoints(discovery: &Value) -> Vec<String> {
    [
        "issuer",
        "authorization_endpoint",
        "token_endpoint",
        "userinfo_endpoint",
        "jwks_uri",
    ]
    .iter()
    .map(|key| discovery[*key].as_str().unwrap().to_owned())
    .collect()
}

/// The value of a `label  value` line of the settings table.
fn field<'a>(printed: &'a str, label: &str) -> &'a str {
    printed
        .lines()
        .find_map(|line| line.trim_start().strip_prefix(label))
        .unwrap_or_else(|| panic!("no `{label}` in:\n{printed}"))
        .trim()
}

/// `text` with every run of spaces made one, to compare aligned lines.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The names of the clients that exist.
fn client_names(daemon: &Daemon, key: &str) -> Vec<String> {
    let list = ok_json(daemon, key, &["clients", "list"]);
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_preset_registers_what_its_app_needs_and_prints_real_settings() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let discovery = discovery(&daemon).await;
    let mut secrets = Vec::new();

    for expected in EXPECTED {
        let output = daemon.pocketctl(
            &key,
            &[
                "clients",
                "create",
                "--preset",
                expected.preset,
                "--url",
                expected.url,
            ],
        );
        let printed = stdout_ok(&output);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let what = expected.preset;

        let id = field(&printed, "client id");
        let shown = ok_json(&daemon, &key, &["clients", "show", id]);
        assert_eq!(shown["name"], expected.name, "{what}");
        assert_eq!(
            shown["redirect_uris"],
            serde_json::json!(expected.redirect_uris),
            "{what}"
        );
        assert_eq!(shown["is_public"], expected.public, "{what}");
        assert_eq!(shown["require_pkce"], expected.require_pkce, "{what}");
        assert_eq!(shown["id_token_signing_alg"], expected.alg, "{what}");
        assert_eq!(
            shown["launch_url"],
            expected.url.trim_end_matches('/'),
            "{what}"
        );

        for endpoint in endpoints(&discovery) {
            assert!(
                printed.contains(&endpoint),
                "{what}: no {endpoint} in:\n{printed}"
            );
        }
        let discovery_url = format!(
            "{}/.well-known/openid-configuration",
            discovery["issuer"].as_str().unwrap()
        );
        assert_eq!(field(&printed, "discovery URL"), discovery_url, "{what}");
        let (table, snippet) = printed
            .split_once("\nPaste into ")
            .unwrap_or_else(|| panic!("{what}: no snippet in:\n{printed}"));
        assert!(
            snippet
                .lines()
                .any(|line| squash(line) == squash(expected.snippet_line)),
            "{what}: no `{}` in:\n{snippet}",
            expected.snippet_line
        );
        assert!(
            snippet.contains(id),
            "{what}: the snippet lacks the client id"
        );

        if expected.public {
            assert_eq!(field(table, "client secret"), "none (public client)");
            assert!(shown["secrets"].as_array().unwrap().is_empty());
            assert!(!snippet.contains("pic_"), "{what}: {snippet}");
        } else {
            let secret = field(table, "client secret");
            assert!(secret.starts_with("pic_"), "{what}: {secret}");
            assert_eq!(shown["secrets"][0]["prefix"], &secret[..8], "{what}");
            assert!(
                snippet.contains(secret),
                "{what}: the snippet lacks the secret"
            );
            assert!(stderr.contains("only time the secret is shown"), "{stderr}");
            secrets.push(secret.to_owned());
        }
    }
    assert_eq!(client_names(&daemon, &key).len(), EXPECTED.len());
    // The last request is logged by now: it was answered.
    assert!(daemon.log_contains("/api/v1/clients"));
    let logs = daemon.logs();
    for secret in &secrets {
        assert!(!logs.contains(secret.as_str()), "a secret was logged");
    }
}

#[tokio::test]
async fn json_output_is_the_client_and_machine_readable_settings() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    ok(&daemon, &key, &["groups", "create", "admins"]);
    let discovery = discovery(&daemon).await;

    // Other flags still apply and win over the preset.
    let created = ok_json(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "--preset",
            "grafana",
            "--url",
            "https://grafana.example.com",
            "--name",
            "Grafana (home)",
            "--client-id",
            "grafana",
            "--alg",
            "RS256",
            "--group",
            "admins",
            "--skip-consent",
        ],
    );
    let keys: Vec<&String> = created.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["client", "secret", "settings"], "{created}");
    let client = &created["client"];
    assert_eq!(client["id"], "grafana");
    assert_eq!(client["name"], "Grafana (home)");
    assert_eq!(client["id_token_signing_alg"], "RS256");
    assert_eq!(client["skip_consent"], true);
    assert_eq!(client["allowed_groups"][0]["name"], "admins");
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("pic_"));

    let settings = &created["settings"];
    assert_eq!(settings["preset"], "grafana");
    assert_eq!(settings["client_id"], "grafana");
    assert_eq!(settings["client_secret"], secret);
    assert_eq!(settings["id_token_signing_alg"], "RS256");
    assert_eq!(settings["pkce_required"], true);
    for key in [
        "issuer",
        "authorization_endpoint",
        "token_endpoint",
        "userinfo_endpoint",
        "jwks_uri",
        "end_session_endpoint",
    ] {
        assert_eq!(settings[key], discovery[key], "{key}");
    }
    assert_eq!(
        settings["redirect_uris"],
        serde_json::json!(["https://grafana.example.com/login/generic_oauth"])
    );
    assert_eq!(settings["claims"]["groups"], "groups");
    assert_eq!(settings["claims"]["username"], "preferred_username");
    assert_eq!(settings["format"], "grafana.ini");
    let snippet = settings["snippet"].as_str().unwrap();
    assert!(
        snippet.contains(&format!("client_secret = {secret}")),
        "{snippet}"
    );

    // Flags that replace the preset's choices: redirect URIs, and public or confidential.
    let public = ok_json(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "--preset",
            "grafana",
            "--url",
            "https://grafana2.example.com",
            "--public",
            "--redirect-uri",
            "http://localhost:3000/login/generic_oauth",
        ],
    );
    assert_eq!(public["client"]["is_public"], true);
    assert!(public["secret"].is_null() && public["settings"]["client_secret"].is_null());
    assert_eq!(
        public["client"]["redirect_uris"],
        serde_json::json!(["http://localhost:3000/login/generic_oauth"])
    );
    let confidential = ok_json(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "--preset",
            "home-assistant",
            "--url",
            "https://ha.example.com",
            "--confidential",
        ],
    );
    assert_eq!(confidential["client"]["is_public"], false);
    let secret = confidential["secret"].as_str().unwrap();
    let snippet = confidential["settings"]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains(&format!("client_secret: \"{secret}\"")),
        "{snippet}"
    );

    // The provider name goes into the redirect URIs.
    let jellyfin = ok_json(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "--preset",
            "jellyfin",
            "--url",
            "https://media.example.com",
            "--provider-name",
            "Home",
        ],
    );
    assert_eq!(
        jellyfin["client"]["redirect_uris"][0],
        "https://media.example.com/sso/OID/redirect/Home"
    );
    assert_eq!(jellyfin["settings"]["provider_name"], "Home");
}

#[tokio::test]
async fn presets_work_over_the_admin_socket_with_the_public_endpoints() {
    let daemon = Daemon::start();
    let discovery = discovery(&daemon).await;
    let socket = daemon.socket();
    let output = daemon.pocketctl_with(
        &[
            "--output",
            "json",
            "clients",
            "create",
            "--preset",
            "oauth2-proxy",
            "--url",
            "https://app.example.com",
        ],
        &[("POCKETCTL_SOCKET", socket.to_str().unwrap())],
    );
    let created: Value = serde_json::from_str(&stdout_ok(&output)).unwrap();
    // The socket is only the way in: the settings name the public URLs.
    assert_eq!(created["settings"]["issuer"], discovery["issuer"]);
    assert_eq!(
        created["settings"]["token_endpoint"],
        discovery["token_endpoint"]
    );
    assert!(
        created["settings"]["discovery_url"]
            .as_str()
            .unwrap()
            .starts_with(discovery["issuer"].as_str().unwrap())
    );
}

#[tokio::test]
async fn refused_presets_and_urls_create_nothing() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let create = |args: &[&str]| {
        let mut full = vec!["clients", "create"];
        full.extend_from_slice(args);
        daemon.pocketctl(&key, &full)
    };

    let unknown = failed(
        &create(&["--preset", "wordpress", "--url", "https://x.example.com"]),
        2,
    );
    assert!(unknown.contains("wordpress"), "{unknown}");
    for name in ["grafana", "nextcloud", "home-assistant", "oauth2-proxy"] {
        assert!(
            unknown.contains(name),
            "the presets are not listed: {unknown}"
        );
    }
    let no_url = failed(&create(&["--preset", "grafana"]), 2);
    assert!(no_url.contains("--url"), "{no_url}");
    let no_preset = failed(&create(&["--url", "https://grafana.example.com"]), 2);
    assert!(no_preset.contains("--preset"), "{no_preset}");
    let bad_name = failed(
        &create(&[
            "--preset",
            "jellyfin",
            "--url",
            "https://media.example.com",
            "--provider-name",
            "a/b",
        ]),
        2,
    );
    assert!(bad_name.contains("provider name"), "{bad_name}");
    let both = failed(
        &create(&[
            "--preset",
            "home-assistant",
            "--url",
            "https://ha.example.com",
            "--public",
            "--confidential",
        ]),
        2,
    );
    assert!(both.contains("--confidential"), "{both}");

    // The server's rules for redirect URIs still apply: its message, and no client.
    let refused = failed(&create(&["--preset", "grafana", "--url", "ftp://x"]), 1);
    assert!(
        refused.contains("ftp://x/login/generic_oauth") && refused.contains("redirect URI"),
        "{refused}"
    );
    let plain_http = failed(
        &create(&["--preset", "proxmox", "--url", "http://pve.lan:8006"]),
        1,
    );
    assert!(plain_http.contains("http"), "{plain_http}");

    assert!(client_names(&daemon, &key).is_empty());
    let audit = ok_json(
        &daemon,
        &key,
        &["audit", "list", "--action", "client.create"],
    );
    assert_eq!(audit["total"], 0, "{audit}");
}

#[tokio::test]
async fn presets_are_listed_without_a_server() {
    let daemon = Daemon::start();
    // No server, key or socket configured: the list is built in.
    let table = stdout_ok(&daemon.pocketctl_with(&["clients", "presets"], &[]));
    for expected in EXPECTED {
        let listed = if expected.preset == "gitea" {
            "forgejo (gitea)"
        } else {
            expected.preset
        };
        assert!(table.contains(listed), "{listed} is not listed:\n{table}");
    }
    assert!(
        table.contains("<url>/sso/OID/redirect/<provider-name>"),
        "{table}"
    );
    assert!(table.contains("--provider-name (realm)"), "{table}");

    let listed: Value = serde_json::from_str(&stdout_ok(
        &daemon.pocketctl_with(&["--output", "json", "clients", "presets"], &[]),
    ))
    .unwrap();
    let presets = listed.as_array().unwrap();
    assert_eq!(presets.len(), 8, "{listed}");
    let forgejo = presets.iter().find(|p| p["name"] == "forgejo").unwrap();
    assert_eq!(forgejo["aliases"], serde_json::json!(["gitea"]));
    assert_eq!(
        forgejo["redirect_uris"],
        serde_json::json!(["<url>/user/oauth2/<provider-name>/callback"])
    );
    assert_eq!(forgejo["id_token_signing_alg"], "RS256");
    let ha = presets
        .iter()
        .find(|p| p["name"] == "home-assistant")
        .unwrap();
    assert_eq!(ha["public"], true);
}
