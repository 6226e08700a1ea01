//! `pocketctl keys …`: listing the token signing keys and rotating them. Rotation is safe for
//! signed-in apps (the old key stays published until its tokens expire) but still asks first.

use pocket_id::api::{KeyAlg, RotateSigningKeys, SigningKeyList};
use reqwest::Method;

use super::Context;
use crate::Error;
use crate::args::{KeysCommand, SigningAlg};
use crate::client::Reply;
use crate::output::table;

/// Runs a `keys` command.
pub async fn run(ctx: &Context, command: KeysCommand) -> Result<(), Error> {
    match command {
        KeysCommand::List => {
            let reply: Reply<SigningKeyList> = ctx.client.get(&["keys"], &[]).await?;
            ctx.output.reply(&reply, keys_table)
        }
        KeysCommand::Rotate { alg } => {
            let which = alg.map_or("every algorithm in use", SigningAlg::as_str);
            ctx.prompt.confirm(&format!(
                "Rotate the signing keys of {which}? The next key starts signing and the active \
                 one retires; tokens it signed stay valid until they expire."
            ))?;
            let body = RotateSigningKeys {
                alg: alg.map(|alg| match alg {
                    SigningAlg::Es256 => KeyAlg::Es256,
                    SigningAlg::Rs256 => KeyAlg::Rs256,
                }),
            };
            let reply: Reply<SigningKeyList> = ctx
                .client
                .send(Method::POST, &["keys", "rotate"], &body)
                .await?;
            ctx.output.reply(&reply, |list| {
                format!("Rotated the signing keys.\n\n{}", keys_table(list))
            })
        }
    }
}

/// The keys, one per row.
fn keys_table(list: &SigningKeyList) -> String {
    if list.items.is_empty() {
        return "No signing keys yet: the server makes them when it starts.".to_owned();
    }
    let rows = list.items.iter().map(|key| {
        vec![
            key.kid.clone(),
            key.alg.clone(),
            key.state.clone(),
            table::time(&key.created_at),
            table::maybe_time(key.activated_at.as_ref(), "-"),
            table::maybe_time(key.retired_at.as_ref(), "-"),
            table::maybe_time(key.published_until.as_ref(), "-"),
        ]
    });
    table::list(
        &[
            "kid",
            "alg",
            "state",
            "created",
            "activated",
            "retired",
            "published until",
        ],
        rows,
    )
}
