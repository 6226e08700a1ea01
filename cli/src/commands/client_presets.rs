//! `pocketctl clients create --preset …` and `clients presets`: registering a common app from
//! its preset, then printing the settings to paste into that app (with the provider's endpoints
//! taken from its discovery document), and listing the presets.

use pocket_id::api::{Client, CreatedClient};
use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::Context;
use super::clients::{SECRET_ONCE, create_body, kind};
use crate::Error;
use crate::args::CreateClientArgs;
use crate::client::Reply;
use crate::output::{Output, json, table};
use crate::presets::settings::{DISCOVERY_PATH, Discovery, RegisteredClient, Settings};
use crate::presets::{self, DEFAULT_PROVIDER_NAME, PRESETS, Preset};
use crate::secret::Secret;

/// `clients create --preset`. The discovery document is fetched first, so that a provider
/// without one fails before a client (and its once-shown secret) is made.
///
/// With tables, the settings go to standard output and the notes to standard error; with JSON,
/// one object: the created `client`, its `secret`, and the `settings`.
pub async fn create(
    ctx: &Context,
    preset: &'static Preset,
    mut args: CreateClientArgs,
) -> Result<(), Error> {
    let url = presets::base_url(args.url.as_deref().unwrap_or_default());
    let provider_name = args
        .provider_name
        .take()
        .unwrap_or_else(|| DEFAULT_PROVIDER_NAME.to_owned());
    let confidential = args.confidential;

    let discovery: Reply<Discovery> = ctx.client.get_public(&DISCOVERY_PATH).await?;

    let mut body = create_body(args);
    if body.name.is_empty() {
        body.name = preset.app.to_owned();
    }
    if body.redirect_uris.is_empty() {
        body.redirect_uris = preset.redirect_uris(&url, &provider_name);
    }
    body.is_public = body.is_public || (preset.public && !confidential);
    // `--no-pkce` has already set `Some(false)`; a public client always uses PKCE.
    if !preset.require_pkce && !body.is_public {
        body.require_pkce = Some(false);
    }
    body.id_token_signing_alg
        .get_or_insert_with(|| preset.alg.to_owned());
    body.launch_url.get_or_insert_with(|| url.clone());

    if let Some(remark) = preset.port_remark(&url) {
        ctx.output.remark(&remark);
    }
    let reply: Reply<CreatedClient> = ctx.client.send(Method::POST, &["clients"], &body).await?;
    let client = &reply.data.client;
    let settings = Settings::new(
        preset,
        &url,
        &provider_name,
        discovery.data,
        registered(client, reply.data.secret.as_deref()),
    );
    let snippet = (preset.format.render)(&settings);

    if ctx.output.is_json() {
        return ctx
            .output
            .json(&json_result(&reply.raw, preset, &settings, &snippet));
    }
    ctx.output.remark(&format!(
        "Created {} client `{}` for {} ({}).",
        kind(client),
        client.name,
        preset.app,
        preset.integration
    ));
    ctx.output.note(&format!(
        "{}\n\nPaste into {}:\n\n{snippet}",
        settings_table(&settings),
        preset.format.paste_into
    ))?;
    if settings.client_secret.is_some() {
        ctx.output.remark(SECRET_ONCE);
    }
    Ok(())
}

/// `clients presets`: needs no server.
pub fn list(output: &Output) -> Result<(), Error> {
    if output.is_json() {
        let presets: Vec<PresetInfo> = PRESETS.iter().map(PresetInfo::from).collect();
        let text = serde_json::to_string(&presets).expect("presets always serialise");
        return output.json(&text);
    }
    let rows = PRESETS.iter().map(|preset| {
        let mut name = preset.name.to_owned();
        if !preset.aliases.is_empty() {
            name.push_str(&format!(" ({})", preset.aliases.join(", ")));
        }
        vec![
            name,
            preset.app.to_owned(),
            preset
                .redirect_uris
                .iter()
                .map(|t| template_for_people(t))
                .collect::<Vec<_>>()
                .join("\n"),
            if preset.public {
                "public"
            } else {
                "confidential"
            }
            .to_owned(),
            preset.alg.to_owned(),
            preset.needs(),
        ]
    });
    let text = table::list(
        &[
            "preset",
            "app",
            "redirect URIs",
            "type",
            "ID token alg",
            "needs",
        ],
        rows,
    );
    output.note(&format!(
        "{text}\n\n--provider-name defaults to {DEFAULT_PROVIDER_NAME}; where it is part of a redirect \
         URI, the app must be given the same name.\nExample: pocketctl clients create --preset \
         grafana --url https://grafana.example.com"
    ))
}

/// A redirect URI template as `clients presets` shows it: `<url>` and `<provider-name>`.
fn template_for_people(template: &str) -> String {
    template
        .replace("{url}", "<url>")
        .replace("{provider}", "<provider-name>")
}

/// The new client, as far as the settings need it.
fn registered(client: &Client, secret: Option<&str>) -> RegisteredClient {
    RegisteredClient {
        id: client.id.clone(),
        secret: secret.map(Secret::new),
        redirect_uris: client.redirect_uris.clone(),
        id_token_signing_alg: client.id_token_signing_alg.clone(),
        require_pkce: client.require_pkce,
    }
}

/// The settings field by field, for people.
fn settings_table(s: &Settings) -> String {
    let claims = &s.claims;
    table::details(&[
        ("issuer", s.issuer.clone()),
        ("discovery URL", s.discovery_url.clone()),
        ("client id", s.client_id.clone()),
        (
            "client secret",
            s.secret()
                .map_or_else(|| "none (public client)".to_owned(), str::to_owned),
        ),
        ("authorization endpoint", s.authorization_endpoint.clone()),
        ("token endpoint", s.token_endpoint.clone()),
        ("userinfo endpoint", s.userinfo_endpoint.clone()),
        ("JWKS URI", s.jwks_uri.clone()),
        (
            "end-session endpoint",
            table::or_dash(s.end_session_endpoint.as_deref()),
        ),
        ("redirect URIs", s.redirect_uris.join("\n")),
        ("scopes", s.scope()),
        ("ID token alg", s.id_token_signing_alg.clone()),
        (
            "PKCE",
            if s.pkce_required {
                "required (S256)"
            } else {
                "optional (S256)"
            }
            .to_owned(),
        ),
        (
            "claims",
            format!(
                "user id {}, username {}, name {}, email {}, groups {}",
                claims.user_id, claims.username, claims.name, claims.email, claims.groups
            ),
        ),
    ])
}

/// The JSON of `clients create --preset`: the server's `client` and `secret` as it sent them,
/// and the `settings` with the snippet.
fn json_result(raw: &str, preset: &Preset, settings: &Settings, snippet: &str) -> String {
    /// The created client's response, unparsed member by member.
    #[derive(Deserialize)]
    struct Created<'a> {
        /// The client record.
        #[serde(borrow)]
        client: &'a RawValue,
        /// The secret, or `null`.
        #[serde(borrow)]
        secret: Option<&'a RawValue>,
    }
    /// The settings with how they are written for the app.
    #[derive(Serialize)]
    struct SettingsOut<'a> {
        /// Everything the app is told.
        #[serde(flatten)]
        settings: &'a Settings,
        /// The snippet's format.
        format: &'a str,
        /// The text to paste.
        snippet: &'a str,
    }
    let created: Created<'_> =
        serde_json::from_str(raw).expect("a decoded create response has client and secret");
    let settings = serde_json::to_string(&SettingsOut {
        settings,
        format: preset.format.name,
        snippet,
    })
    .expect("settings always serialise");
    json::object(&[
        ("client", created.client.get()),
        ("secret", created.secret.map_or("null", RawValue::get)),
        ("settings", &settings),
    ])
}

/// One preset as `clients presets --output json` lists it.
#[derive(Serialize)]
struct PresetInfo {
    /// The `--preset` name.
    name: &'static str,
    /// Other names it answers to.
    aliases: &'static [&'static str],
    /// The app.
    app: &'static str,
    /// The part of the app that speaks OpenID Connect.
    integration: &'static str,
    /// Redirect URI templates, with `<url>` and `<provider-name>`.
    redirect_uris: Vec<String>,
    /// Whether the client is public.
    public: bool,
    /// Whether PKCE is required.
    require_pkce: bool,
    /// The ID-token signing algorithm.
    id_token_signing_alg: &'static str,
    /// The scopes the app asks for.
    scopes: &'static [&'static str],
    /// What the provider name names in the app, if it uses one.
    provider_name: Option<&'static str>,
    /// The format of the printed settings.
    format: &'static str,
}

impl From<&'static Preset> for PresetInfo {
    fn from(preset: &'static Preset) -> Self {
        Self {
            name: preset.name,
            aliases: preset.aliases,
            app: preset.app,
            integration: preset.integration,
            redirect_uris: preset
                .redirect_uris
                .iter()
                .map(|t| template_for_people(t))
                .collect(),
            public: preset.public,
            require_pkce: preset.require_pkce,
            id_token_signing_alg: preset.alg,
            scopes: preset.scopes,
            provider_name: preset.provider_name,
            format: preset.format.name,
        }
    }
}
