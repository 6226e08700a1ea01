//! `pocketctl api-keys …`: listing, creating and revoking API keys. A new key's secret is printed
//! once and never again.

use chrono::{Duration, Utc};
use pocket_id::api::{ApiKey, ApiKeyList, CreateApiKey, CreatedApiKey};
use reqwest::Method;

use super::{Context, expires_at};
use crate::Error;
use crate::args::ApiKeysCommand;
use crate::client::Reply;
use crate::output::table;

/// Runs an `api-keys` command.
pub async fn run(ctx: &Context, command: ApiKeysCommand) -> Result<(), Error> {
    match command {
        ApiKeysCommand::List => list(ctx).await,
        ApiKeysCommand::Create { name, expires } => create(ctx, name, expires).await,
        ApiKeysCommand::Revoke { key } => {
            ctx.prompt.confirm(&format!(
                "Revoke API key {key}? Programs using it stop working at once."
            ))?;
            ctx.client
                .no_content(Method::DELETE, &["api-keys", &key])
                .await?;
            ctx.output.note(&format!("Revoked API key {key}."))
        }
    }
}

/// `api-keys list`.
async fn list(ctx: &Context) -> Result<(), Error> {
    let reply: Reply<ApiKeyList> = ctx.client.get(&["api-keys"], &[]).await?;
    ctx.output.reply(&reply, |list| {
        if list.items.is_empty() {
            return "No API keys.".to_owned();
        }
        let rows = list.items.iter().map(|key| {
            vec![
                key.name.clone(),
                format!("{}…", key.prefix),
                status(key).to_owned(),
                table::maybe_time(key.expires_at.as_ref(), "never"),
                table::maybe_time(key.last_used_at.as_ref(), "never"),
                table::time(&key.created_at),
                key.created_by.clone(),
                key.id.clone(),
            ]
        });
        table::list(
            &[
                "name",
                "prefix",
                "status",
                "expires",
                "last used",
                "created",
                "created by",
                "id",
            ],
            rows,
        )
    })
}

/// `api-keys create`. With tables, only the secret goes to standard output, so that
/// `KEY=$(pocketctl api-keys create --name ci)` captures just the key; the notes go to stderr.
async fn create(ctx: &Context, name: String, expires: Option<Duration>) -> Result<(), Error> {
    let body = CreateApiKey {
        name,
        expires_at: expires_at(expires),
    };
    let reply: Reply<CreatedApiKey> = ctx.client.send(Method::POST, &["api-keys"], &body).await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let key = &reply.data.api_key;
    let expiry = match &key.expires_at {
        Some(at) => format!("expires {} UTC", table::time(at)),
        None => "never expires".to_owned(),
    };
    ctx.output.remark(&format!(
        "Created API key `{}` ({expiry}). Its secret:",
        key.name
    ));
    ctx.output.note(&reply.data.secret)?;
    ctx.output.remark(
        "This is the only time the secret is shown: store it now. Send it as \
         `Authorization: Bearer <secret>`, or save it with `pocketctl login --token`.",
    );
    Ok(())
}

/// `revoked`, `expired` or `active`.
fn status(key: &ApiKey) -> &'static str {
    if key.revoked_at.is_some() {
        "revoked"
    } else if key.expires_at.is_some_and(|at| at <= Utc::now()) {
        "expired"
    } else {
        "active"
    }
}
