//! The settings written in each app's own format, ready to paste: one function per format, each
//! taking [`Settings`] and returning the text. Values are quoted for the format (shell words,
//! TOML and YAML strings), so that what is pasted is what was registered.

use super::settings::Settings;

/// How the apps show the provider on their sign-in pages.
const DISPLAY_NAME: &str = "Pocket ID";

/// `[auth.generic_oauth]` for `grafana.ini`, with `root_url`, which Grafana builds the redirect
/// URI from, and a role mapping from groups.
pub fn grafana_ini(s: &Settings) -> String {
    let mut lines = vec![
        "# Grafana builds its redirect URI from root_url: it must be the URL registered here."
            .to_owned(),
        "[server]".to_owned(),
        format!("root_url = {}", s.app_url),
        String::new(),
        "[auth.generic_oauth]".to_owned(),
        "enabled = true".to_owned(),
        format!("name = {DISPLAY_NAME}"),
        "allow_sign_up = true".to_owned(),
        format!("client_id = {}", s.client_id),
    ];
    if let Some(secret) = s.secret() {
        lines.push(format!("client_secret = {secret}"));
    }
    lines.extend([
        format!("scopes = {}", s.scope()),
        format!("auth_url = {}", s.authorization_endpoint),
        format!("token_url = {}", s.token_endpoint),
        format!("api_url = {}", s.userinfo_endpoint),
        "use_pkce = true".to_owned(),
        format!("login_attribute_path = {}", s.claims.username),
        format!("name_attribute_path = {}", s.claims.name),
        format!("email_attribute_path = {}", s.claims.email),
        format!("groups_attribute_path = {}", s.claims.groups),
        "# Roles from groups: members of grafana-admins become Admins, of grafana-editors Editors,"
            .to_owned(),
        "# everyone else Viewers (create the groups with `pocketctl groups create`).".to_owned(),
        format!(
            "role_attribute_path = contains({g}[*], 'grafana-admins') && 'Admin' || \
             contains({g}[*], 'grafana-editors') && 'Editor' || 'Viewer'",
            g = s.claims.groups
        ),
        "# Newer Grafana versions verify the ID token's signature with these; older ones ignore them."
            .to_owned(),
        "validate_id_token = true".to_owned(),
        format!("jwk_set_url = {}", s.jwks_uri),
    ]);
    lines.join("\n")
}

/// `occ user_oidc:provider …` for Nextcloud's user_oidc app.
pub fn nextcloud_occ(s: &Settings) -> String {
    let mut words = vec![
        format!("php occ user_oidc:provider {}", sh(&s.provider_name)),
        format!("--clientid={}", sh(&s.client_id)),
    ];
    if let Some(secret) = s.secret() {
        words.push(format!("--clientsecret={}", sh(secret)));
    }
    words.extend([
        format!("--discoveryuri={}", sh(&s.discovery_url)),
        format!("--scope={}", sh(&s.scope())),
        format!("--mapping-display-name={}", s.claims.name),
        format!("--mapping-email={}", s.claims.email),
        format!("--mapping-groups={}", s.claims.groups),
    ]);
    [
        "# As the web server's user, e.g. `sudo -u www-data php occ …`, or in Docker".to_owned(),
        "# `docker exec -u www-data <container> php occ …`:".to_owned(),
        command(&words),
        format!(
            "# Nextcloud's user ids come from `{}`, which never changes. For readable ids add",
            s.claims.user_id
        ),
        format!(
            "# --unique-uid=0 --mapping-uid={} (a renamed user then gets a new account).",
            s.claims.username
        ),
        "# To keep Nextcloud groups in step with the groups claim add --group-provisioning=1."
            .to_owned(),
    ]
    .join("\n")
}

/// `pveum realm add … --type openid` for Proxmox VE.
pub fn proxmox_pveum(s: &Settings) -> String {
    // Proxmox asks for `openid` by itself; `--scopes` lists the others.
    let scopes: Vec<&str> = s
        .scopes
        .iter()
        .copied()
        .filter(|scope| *scope != "openid")
        .collect();
    let mut words = vec![
        format!("pveum realm add {} --type openid", sh(&s.provider_name)),
        format!("--issuer-url {}", sh(&s.issuer)),
        format!("--client-id {}", sh(&s.client_id)),
    ];
    if let Some(secret) = s.secret() {
        words.push(format!("--client-key {}", sh(secret)));
    }
    words.extend([
        // `username` is Proxmox's name for the preferred_username claim.
        "--username-claim username".to_owned(),
        format!("--scopes {}", sh(&scopes.join(" "))),
        "--autocreate 1".to_owned(),
    ]);
    [
        command(&words),
        format!(
            "# People sign in as <{}>@{}; the username claim cannot be changed later.",
            s.claims.username, s.provider_name
        ),
        format!(
            "# Newer Proxmox VE versions also take groups: --groups-claim {} --groups-autocreate 1",
            s.claims.groups
        ),
        format!(
            "# Then grant rights, e.g. `pveum acl modify / --users alice@{} --roles PVEAdmin`.",
            s.provider_name
        ),
    ]
    .join("\n")
}

/// `forgejo admin auth add-oauth …` (the same flags work for `gitea admin auth add-oauth`).
pub fn forgejo_command(s: &Settings) -> String {
    let mut words = vec![
        "forgejo admin auth add-oauth".to_owned(),
        format!("--name {}", sh(&s.provider_name)),
        "--provider openidConnect".to_owned(),
        format!("--key {}", sh(&s.client_id)),
    ];
    if let Some(secret) = s.secret() {
        words.push(format!("--secret {}", sh(secret)));
    }
    words.extend([
        format!("--auto-discover-url {}", sh(&s.discovery_url)),
        format!("--scopes {}", sh(&s.scope())),
        format!("--group-claim-name {}", s.claims.groups),
    ]);
    [
        "# As the user Forgejo runs as, e.g. `sudo -u git forgejo admin auth add-oauth …`;"
            .to_owned(),
        "# on Gitea run `gitea admin auth add-oauth` with the same flags.".to_owned(),
        command(&words),
        "# To make members of a group administrators add --admin-group forgejo-admins (admin"
            .to_owned(),
        "# rights then follow that group at every sign-in).".to_owned(),
        "# New accounts are made at first sign-in with ENABLE_AUTO_REGISTRATION = true in the"
            .to_owned(),
        "# [oauth2_client] section of app.ini.".to_owned(),
    ]
    .join("\n")
}

/// `auth_oidc:` for Home Assistant's `configuration.yaml`.
pub fn home_assistant_yaml(s: &Settings) -> String {
    let mut lines = vec![
        "# Needs the auth_oidc custom integration (hass-oidc-auth, e.g. from HACS).".to_owned(),
        "auth_oidc:".to_owned(),
        format!("  client_id: {}", quoted(&s.client_id)),
    ];
    if let Some(secret) = s.secret() {
        lines.push(format!("  client_secret: {}", quoted(secret)));
    }
    lines.extend([
        format!("  discovery_url: {}", quoted(&s.discovery_url)),
        format!("  display_name: {}", quoted(DISPLAY_NAME)),
        format!(
            "  id_token_signing_alg: {}",
            quoted(&s.id_token_signing_alg)
        ),
        "  claims:".to_owned(),
        format!("    username: {}", s.claims.username),
        format!("    display_name: {}", s.claims.name),
        format!("    groups: {}", s.claims.groups),
        "  roles:".to_owned(),
        "    # Members of this group become Home Assistant administrators.".to_owned(),
        "    admin: admins".to_owned(),
        "    # Uncomment to let only members of this group sign in:".to_owned(),
        "    # user: home-assistant".to_owned(),
        format!("# Sign in at {}/auth/oidc/welcome", s.app_url),
    ]);
    lines.join("\n")
}

/// `oauth2-proxy.cfg` for oauth2-proxy's `oidc` provider.
pub fn oauth2_proxy_cfg(s: &Settings) -> String {
    let mut lines = vec![
        format!("provider = {}", quoted("oidc")),
        format!("provider_display_name = {}", quoted(DISPLAY_NAME)),
        format!("oidc_issuer_url = {}", quoted(&s.issuer)),
        format!("client_id = {}", quoted(&s.client_id)),
    ];
    if let Some(secret) = s.secret() {
        lines.push(format!("client_secret = {}", quoted(secret)));
    }
    lines.extend([
        format!("redirect_url = {}", quoted(s.redirect_uri())),
        format!("scope = {}", quoted(&s.scope())),
        format!("code_challenge_method = {}", quoted("S256")),
        format!("oidc_email_claim = {}", quoted(s.claims.email)),
        format!("oidc_groups_claim = {}", quoted(s.claims.groups)),
        "email_domains = [\"*\"]".to_owned(),
        "# Only let members of these groups through:".to_owned(),
        "# allowed_groups = [\"family\"]".to_owned(),
        "# 32 random bytes, e.g. from `openssl rand -base64 32 | tr -- '+/' '-_'`:".to_owned(),
        "cookie_secret = \"REPLACE-WITH-A-RANDOM-SECRET\"".to_owned(),
        "# oauth2-proxy signs people in by email: every user needs an email address, and one"
            .to_owned(),
        "# whose email_verified is false is refused unless insecure_oidc_allow_unverified_email"
            .to_owned(),
        "# = true.".to_owned(),
    ]);
    lines.join("\n")
}

/// The fields of Immich's OAuth settings page.
pub fn immich_fields(s: &Settings) -> String {
    fields(&[
        ("Enable", "on".to_owned()),
        ("Issuer URL", s.issuer.clone()),
        ("Client ID", s.client_id.clone()),
        ("Client Secret", secret_field(s)),
        ("Scope", s.scope()),
        ("Signing Algorithm", s.id_token_signing_alg.clone()),
        ("Profile Signing Algorithm", "none".to_owned()),
        ("Storage Label Claim", s.claims.username.to_owned()),
        (
            "Role Claim",
            "immich_role (give a group the claim: `pocketctl claims set --group \
             immich-admins immich_role admin`)"
                .to_owned(),
        ),
        ("Button Text", format!("Sign in with {DISPLAY_NAME}")),
        ("Auto Register", "on".to_owned()),
        (
            "Mobile Redirect URI Override",
            "off (app.immich:///oauth-callback is registered)".to_owned(),
        ),
    ])
}

/// The fields of an OpenID provider in Jellyfin's SSO-Auth plugin.
pub fn jellyfin_fields(s: &Settings) -> String {
    let mut text = fields(&[
        ("Name of the OpenID Provider", s.provider_name.clone()),
        ("OpenID Endpoint", s.issuer.clone()),
        ("OpenID Client ID", s.client_id.clone()),
        ("OpenID Secret", secret_field(s)),
        ("Enabled", "on".to_owned()),
        ("Enable Authorization by Plugin", "on".to_owned()),
        ("Enable All Folders", "on".to_owned()),
        (
            "Roles",
            "(empty: everyone allowed to use the client; or group names)".to_owned(),
        ),
        ("Admin Roles", "jellyfin-admins".to_owned()),
        ("Role Claim", s.claims.groups.to_owned()),
        ("Request Additional Scopes", "groups".to_owned()),
        ("Set default username claim", s.claims.username.to_owned()),
    ]);
    text.push_str(&format!(
        "\n\nSign-in link (for a button in the login disclaimer): {}/sso/OID/start/{}",
        s.app_url, s.provider_name
    ));
    text
}

/// Labelled fields, one a line, the values aligned.
fn fields(rows: &[(&str, String)]) -> String {
    // The widest label and its colon.
    let width = rows
        .iter()
        .map(|(label, _)| label.len() + 1)
        .max()
        .unwrap_or(0);
    rows.iter()
        .map(|(label, value)| format!("{:<width$}  {value}", format!("{label}:")))
        .map(|line| line.trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The secret for a form field, or why there is none.
fn secret_field(s: &Settings) -> String {
    s.secret()
        .map_or_else(|| "(none: a public client)".to_owned(), str::to_owned)
}

/// A shell command of several words, one flag a line.
fn command(words: &[String]) -> String {
    words.join(" \\\n  ")
}

/// `text` as one shell word: as it is when it holds only characters no shell treats specially,
/// otherwise in single quotes.
fn sh(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// `text` as a double-quoted string, which TOML and YAML read alike.
fn quoted(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::{fields, quoted, sh};
    use crate::presets::settings::tests::settings;
    use crate::presets::{PRESETS, find};

    const SECRET: &str = "pic_s3cr3t-AbC_xyz";

    fn rendered(preset: &str, url: &str) -> String {
        let settings = settings(preset, url, Some(SECRET));
        (find(preset).unwrap().format.render)(&settings)
    }

    #[test]
    fn every_format_carries_the_client_and_the_provider() {
        for preset in PRESETS {
            let url = "https://app.example.com";
            let public = preset.public;
            let settings = settings(preset.name, url, (!public).then_some(SECRET));
            let text = (preset.format.render)(&settings);
            assert!(text.contains("client-1"), "{}: {text}", preset.name);
            assert!(text.contains("https://id.example.com"), "{}", preset.name);
            assert_eq!(text.contains(SECRET), !public, "{}: {text}", preset.name);
            assert!(!text.contains("{url}") && !text.contains("{provider}"));
        }
    }

    #[test]
    fn grafana_gets_its_endpoints_claims_and_roles() {
        let text = rendered("grafana", "https://grafana.example.com");
        for line in [
            "root_url = https://grafana.example.com",
            "[auth.generic_oauth]",
            "client_id = client-1",
            "client_secret = pic_s3cr3t-AbC_xyz",
            "scopes = openid profile email groups",
            "auth_url = https://id.example.com/authorize",
            "token_url = https://id.example.com/token",
            "api_url = https://id.example.com/userinfo",
            "use_pkce = true",
            "login_attribute_path = preferred_username",
            "groups_attribute_path = groups",
            "jwk_set_url = https://id.example.com/.well-known/jwks.json",
        ] {
            assert!(text.lines().any(|l| l == line), "no `{line}` in:\n{text}");
        }
        assert!(text.contains("role_attribute_path = contains(groups[*], 'grafana-admins')"));
    }

    #[test]
    fn nextcloud_gets_an_occ_command() {
        let text = rendered("nextcloud", "https://cloud.example.com");
        assert!(text.contains("php occ user_oidc:provider pocket-id \\\n  --clientid=client-1"));
        assert!(
            text.contains("--discoveryuri=https://id.example.com/.well-known/openid-configuration")
        );
        assert!(text.contains("--clientsecret=pic_s3cr3t-AbC_xyz"));
        assert!(text.contains("--scope='openid profile email groups'"));
        assert!(text.contains("--mapping-groups=groups"));
    }

    #[test]
    fn proxmox_gets_a_realm_without_the_implied_openid_scope() {
        let text = rendered("proxmox", "https://pve.example.com:8006");
        assert!(text.starts_with("pveum realm add pocket-id --type openid \\\n"));
        assert!(text.contains("--issuer-url https://id.example.com \\"));
        assert!(text.contains("--client-key pic_s3cr3t-AbC_xyz \\"));
        assert!(text.contains("--scopes 'profile email groups' \\"));
        assert!(text.contains("--username-claim username"));
    }

    #[test]
    fn forgejo_gets_an_auth_source_named_like_the_redirect() {
        let text = rendered("forgejo", "https://git.example.com");
        assert!(text.contains("forgejo admin auth add-oauth \\\n  --name pocket-id \\"));
        assert!(text.contains("--provider openidConnect"));
        assert!(text.contains("--key client-1 \\\n  --secret pic_s3cr3t-AbC_xyz"));
        assert!(text.contains(
            "--auto-discover-url https://id.example.com/.well-known/openid-configuration"
        ));
        assert!(text.contains("gitea admin auth add-oauth"));
    }

    #[test]
    fn home_assistant_gets_yaml_without_a_secret_when_public() {
        let public = settings("home-assistant", "https://ha.example.com", None);
        let text = super::home_assistant_yaml(&public);
        assert!(text.contains("auth_oidc:\n  client_id: \"client-1\"\n  discovery_url:"));
        assert!(!text.contains("client_secret"));
        assert!(text.contains("  id_token_signing_alg: \"RS256\""));
        let confidential = settings("home-assistant", "https://ha.example.com", Some(SECRET));
        let text = super::home_assistant_yaml(&confidential);
        assert!(text.contains("  client_secret: \"pic_s3cr3t-AbC_xyz\""));
    }

    #[test]
    fn oauth2_proxy_gets_its_config_file() {
        let text = rendered("oauth2-proxy", "https://app.example.com");
        for line in [
            "provider = \"oidc\"",
            "oidc_issuer_url = \"https://id.example.com\"",
            "client_secret = \"pic_s3cr3t-AbC_xyz\"",
            "redirect_url = \"https://app.example.com/oauth2/callback\"",
            "code_challenge_method = \"S256\"",
            "oidc_groups_claim = \"groups\"",
        ] {
            assert!(text.lines().any(|l| l == line), "no `{line}` in:\n{text}");
        }
    }

    #[test]
    fn the_ui_field_lists_name_the_fields() {
        let immich = rendered("immich", "https://photos.example.com");
        let field = |text: &str, label: &str, value: &str| {
            text.lines().any(|line| {
                line.strip_prefix(label)
                    .and_then(|rest| rest.strip_prefix(':'))
                    .is_some_and(|rest| rest.trim() == value)
            })
        };
        assert!(
            field(&immich, "Issuer URL", "https://id.example.com"),
            "{immich}"
        );
        assert!(field(&immich, "Signing Algorithm", "RS256"), "{immich}");
        assert!(field(&immich, "Client Secret", SECRET), "{immich}");
        let values: Vec<usize> = immich
            .lines()
            .map(|line| {
                line.find(": ").unwrap()
                    + line[line.find(": ").unwrap()..]
                        .find(|c: char| c != ':' && c != ' ')
                        .unwrap()
            })
            .collect();
        assert!(
            values.windows(2).all(|w| w[0] == w[1]),
            "values not aligned:\n{immich}"
        );
        let jellyfin = rendered("jellyfin", "https://media.example.com");
        assert!(
            field(&jellyfin, "Name of the OpenID Provider", "pocket-id"),
            "{jellyfin}"
        );
        assert!(field(&jellyfin, "Role Claim", "groups"), "{jellyfin}");
        assert!(jellyfin.contains("https://media.example.com/sso/OID/start/pocket-id"));
        let public = settings("jellyfin", "https://media.example.com", None);
        assert!(super::jellyfin_fields(&public).contains("(none: a public client)"));
    }

    #[test]
    fn values_are_quoted_for_their_format() {
        assert_eq!(sh("pic_abc-DEF"), "pic_abc-DEF");
        assert_eq!(sh("https://x.example/a?b=c"), "'https://x.example/a?b=c'");
        assert_eq!(sh("it's"), r"'it'\''s'");
        assert_eq!(sh(""), "''");
        assert_eq!(quoted("a\"b"), r#""a\"b""#);
        assert_eq!(
            fields(&[("a", "1".into()), ("long", "2".into())]),
            "a:     1\nlong:  2"
        );
    }
}
