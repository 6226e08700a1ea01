//! `pocketctl clients …`: listing, showing, registering, changing and deleting OpenID Connect
//! clients, and rotating their secrets. A secret is printed once and never again. Registering
//! from a preset, and listing the presets, is in [`super::client_presets`].

use chrono::{Duration, Utc};
use pocket_id::api::{
    Client, ClientList, CreateClient, CreatedClient, CreatedClientSecret, RotateClientSecret,
    UpdateClient,
};
use reqwest::Method;

use super::{Context, client_presets};
use crate::Error;
use crate::args::{ClientsCommand, CreateClientArgs, UpdateClientArgs};
use crate::client::Reply;
use crate::output::table;

/// Runs a `clients` command.
pub async fn run(ctx: &Context, command: ClientsCommand) -> Result<(), Error> {
    match command {
        ClientsCommand::List => list(ctx).await,
        ClientsCommand::Show { client } => {
            let reply: Reply<Client> = ctx.client.get(&["clients", &client], &[]).await?;
            ctx.output.reply(&reply, client_details)
        }
        ClientsCommand::Create(args) => match args.preset {
            Some(preset) => client_presets::create(ctx, preset, args).await,
            None => create(ctx, args).await,
        },
        ClientsCommand::Presets => client_presets::list(&ctx.output),
        ClientsCommand::Update(args) => update(ctx, args).await,
        ClientsCommand::Delete { client } => {
            ctx.prompt.confirm(&format!(
                "Delete client {client}? The app can no longer sign people in."
            ))?;
            ctx.client
                .no_content(Method::DELETE, &["clients", &client])
                .await?;
            ctx.output.note(&format!("Deleted client {client}."))
        }
        ClientsCommand::RotateSecret { client, keep_old } => {
            rotate_secret(ctx, &client, keep_old).await
        }
    }
}

/// `clients list`.
async fn list(ctx: &Context) -> Result<(), Error> {
    let reply: Reply<ClientList> = ctx.client.get(&["clients"], &[]).await?;
    ctx.output.reply(&reply, |list| {
        if list.items.is_empty() {
            return "No clients.".to_owned();
        }
        let rows = list.items.iter().map(|client| {
            vec![
                client.name.clone(),
                client.id.clone(),
                kind(client).to_owned(),
                client.redirect_uris.len().to_string(),
                groups(client),
                table::time(&client.created_at),
            ]
        });
        table::list(
            &[
                "name",
                "client id",
                "type",
                "redirect URIs",
                "groups",
                "created",
            ],
            rows,
        )
    })
}

/// `clients create`. With tables, the client id goes to standard output, then (for a
/// confidential client) the secret on its own line; the notes go to standard error.
async fn create(ctx: &Context, args: CreateClientArgs) -> Result<(), Error> {
    let reply: Reply<CreatedClient> = ctx
        .client
        .send(Method::POST, &["clients"], &create_body(args))
        .await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let client = &reply.data.client;
    ctx.output.remark(&format!(
        "Created {} client `{}`. Its client id:",
        kind(client),
        client.name
    ));
    ctx.output.note(&client.id)?;
    if let Some(secret) = &reply.data.secret {
        ctx.output.remark("Its client secret:");
        ctx.output.note(secret)?;
        ctx.output.remark(SECRET_ONCE);
    }
    Ok(())
}

/// What is said after a new secret is printed.
pub(super) const SECRET_ONCE: &str =
    "This is the only time the secret is shown: store it in the app's configuration now.";

/// The request `clients create` sends for its flags as given; a preset fills in what they leave
/// open. The name is empty when neither NAME nor --name was given.
pub(super) fn create_body(args: CreateClientArgs) -> CreateClient {
    CreateClient {
        name: args.name.or(args.name_flag).unwrap_or_default(),
        client_id: args.client_id,
        is_public: args.public,
        redirect_uris: args.redirect_uris,
        post_logout_redirect_uris: args.post_logout_uris,
        skip_consent: args.skip_consent,
        require_pkce: args.no_pkce.then_some(false),
        allow_plain_pkce: args.allow_plain_pkce,
        access_token_lifetime_secs: args.access_token_lifetime.map(|d| d.num_seconds()),
        refresh_token_lifetime_secs: args.refresh_token_lifetime.map(|d| d.num_seconds()),
        id_token_signing_alg: args.alg.map(|alg| alg.as_str().to_owned()),
        logo_url: args.logo_url,
        launch_url: args.launch_url,
        allowed_groups: args.groups,
    }
}

/// `clients update`.
async fn update(ctx: &Context, args: UpdateClientArgs) -> Result<(), Error> {
    let seconds = |d: Option<Duration>| d.map(|d| d.num_seconds());
    let body = UpdateClient {
        name: args.name,
        redirect_uris: (!args.redirect_uris.is_empty()).then_some(args.redirect_uris),
        post_logout_redirect_uris: if args.no_post_logout_uris {
            Some(Vec::new())
        } else {
            (!args.post_logout_uris.is_empty()).then_some(args.post_logout_uris)
        },
        skip_consent: args.skip_consent,
        require_pkce: args.require_pkce,
        allow_plain_pkce: args.allow_plain_pkce,
        access_token_lifetime_secs: seconds(args.access_token_lifetime),
        refresh_token_lifetime_secs: seconds(args.refresh_token_lifetime),
        id_token_signing_alg: args.alg.map(|alg| alg.as_str().to_owned()),
        logo_url: args.logo_url,
        launch_url: args.launch_url,
        allowed_groups: if args.all_groups {
            Some(Vec::new())
        } else {
            (!args.groups.is_empty()).then_some(args.groups)
        },
    };
    let reply: Reply<Client> = ctx
        .client
        .send(Method::PATCH, &["clients", &args.client], &body)
        .await?;
    ctx.output.reply(&reply, |client| {
        format!(
            "Updated client {}.\n\n{}",
            client.name,
            client_details(client)
        )
    })
}

/// `clients rotate-secret`. With tables, only the new secret goes to standard output.
async fn rotate_secret(
    ctx: &Context,
    client: &str,
    keep_old: Option<Duration>,
) -> Result<(), Error> {
    let body = RotateClientSecret {
        keep_old_secs: keep_old.map(|d| d.num_seconds()),
    };
    let reply: Reply<CreatedClientSecret> = ctx
        .client
        .send(Method::POST, &["clients", client, "secrets"], &body)
        .await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let old = reply
        .data
        .client
        .secrets
        .iter()
        .filter(|s| s.id != reply.data.client_secret.id)
        .filter_map(|s| s.expires_at)
        .max();
    let until = match old {
        Some(at) if at > Utc::now() => format!("older secrets work until {} UTC", table::time(&at)),
        Some(_) => "older secrets stopped working".to_owned(),
        None => "there were no older secrets".to_owned(),
    };
    ctx.output.remark(&format!(
        "New secret for client `{}` ({until}):",
        reply.data.client.name
    ));
    ctx.output.note(&reply.data.secret)?;
    ctx.output.remark(SECRET_ONCE);
    Ok(())
}

/// `public` or `confidential`.
pub(super) fn kind(client: &Client) -> &'static str {
    if client.is_public {
        "public"
    } else {
        "confidential"
    }
}

/// The allowed groups, or `everyone`.
fn groups(client: &Client) -> String {
    if client.allowed_groups.is_empty() {
        "everyone".to_owned()
    } else {
        client
            .allowed_groups
            .iter()
            .map(|g| g.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One client, field by field, with its secrets by prefix.
fn client_details(client: &Client) -> String {
    let lines = |uris: &[String]| {
        if uris.is_empty() {
            "-".to_owned()
        } else {
            uris.join("\n")
        }
    };
    let mut text = table::details(&[
        ("name", client.name.clone()),
        ("client id", client.id.clone()),
        ("type", kind(client).to_owned()),
        ("redirect URIs", lines(&client.redirect_uris)),
        ("post-logout URIs", lines(&client.post_logout_redirect_uris)),
        ("allowed groups", groups(client)),
        ("skip consent", table::yes_no(client.skip_consent)),
        ("require PKCE", table::yes_no(client.require_pkce)),
        ("plain PKCE allowed", table::yes_no(client.allow_plain_pkce)),
        (
            "access tokens",
            format!("{}s", client.access_token_lifetime_secs),
        ),
        (
            "refresh tokens",
            format!("{}s", client.refresh_token_lifetime_secs),
        ),
        ("ID token alg", client.id_token_signing_alg.clone()),
        ("logo", table::or_dash(client.logo_url.as_deref())),
        ("launch URL", table::or_dash(client.launch_url.as_deref())),
        ("created", table::time(&client.created_at)),
        ("updated", table::time(&client.updated_at)),
    ]);
    if !client.is_public {
        text.push_str("\n\n");
        if client.secrets.is_empty() {
            text.push_str("Secrets: none.");
        } else {
            text.push_str("Secrets:\n");
            let rows = client.secrets.iter().map(|secret| {
                vec![
                    format!("{}…", secret.prefix),
                    table::time(&secret.created_at),
                    table::maybe_time(secret.expires_at.as_ref(), "never"),
                    secret.id.clone(),
                ]
            });
            text.push_str(&table::list(&["prefix", "created", "expires", "id"], rows));
        }
    }
    text
}
