//! `pocketctl passkeys …`: a user's passkeys, and deleting one of them.

use pocket_id::api::{PasskeyList, PasskeySummary};
use reqwest::Method;

use super::Context;
use crate::Error;
use crate::args::PasskeysCommand;
use crate::client::Reply;
use crate::output::table;

/// Runs a `passkeys` command.
pub async fn run(ctx: &Context, command: PasskeysCommand) -> Result<(), Error> {
    match command {
        PasskeysCommand::List { user } => list(ctx, &user).await,
        PasskeysCommand::Delete { user, passkey } => delete(ctx, &user, &passkey).await,
    }
}

/// `passkeys list`.
async fn list(ctx: &Context, user: &str) -> Result<(), Error> {
    let reply: Reply<PasskeyList> = ctx.client.get(&["users", user, "passkeys"], &[]).await?;
    ctx.output.reply(&reply, |list| {
        if list.items.is_empty() {
            return format!(
                "{user} has no passkeys. `pocketctl users invite {user}` makes a link to \
                 register one."
            );
        }
        let count = table::count(list.items.len() as u64, "passkey", "passkeys");
        format!("{}\n{count}.", passkeys_table(&list.items))
    })
}

/// `passkeys delete`: asks first, warning when the passkey is the user's last one. The list is
/// fetched first so the question can name the passkey, and an unknown user fails before asking.
async fn delete(ctx: &Context, user: &str, passkey: &str) -> Result<(), Error> {
    let list: Reply<PasskeyList> = ctx.client.get(&["users", user, "passkeys"], &[]).await?;
    let found = list
        .data
        .items
        .iter()
        .find(|p| p.id.eq_ignore_ascii_case(passkey));
    ctx.prompt.confirm(&delete_question(
        user,
        passkey,
        found,
        list.data.items.len(),
    ))?;
    ctx.client
        .no_content(Method::DELETE, &["users", user, "passkeys", passkey])
        .await?;
    let left = list.data.items.len().saturating_sub(1);
    let mut text = format!("Deleted passkey {passkey} of {user}.");
    if found.is_some() && left == 0 {
        text.push_str(&format!(
            " {user} has no passkeys left: `pocketctl users invite {user}` or `pocketctl users \
             login-code {user}` lets them in again."
        ));
    }
    ctx.output.note(&text)
}

/// The confirmation of `passkeys delete`. `found` is the passkey among the user's `count`.
fn delete_question(
    user: &str,
    passkey: &str,
    found: Option<&PasskeySummary>,
    count: usize,
) -> String {
    let Some(found) = found else {
        return format!("Delete passkey {passkey} of {user}? It stops working at once.");
    };
    let mut question = format!(
        "Delete passkey \"{}\" ({}) of {user}? It stops working at once.",
        found.name, found.id
    );
    if count == 1 {
        question.push_str(&format!(
            " It is {user}'s last passkey: they cannot sign in again without a new invite or a \
             login code."
        ));
    }
    question
}

/// The passkeys as a table, one row each.
fn passkeys_table(passkeys: &[PasskeySummary]) -> String {
    let rows = passkeys.iter().map(|passkey| {
        vec![
            passkey.id.clone(),
            passkey.name.clone(),
            table::yes_no(passkey.synced),
            table::time(&passkey.created_at),
            table::maybe_time(passkey.last_used_at.as_ref(), "never"),
        ]
    });
    table::list(&["id", "name", "synced", "created", "last used"], rows)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use pocket_id::api::PasskeySummary;

    use super::{delete_question, passkeys_table};

    fn passkey(name: &str) -> PasskeySummary {
        PasskeySummary {
            id: "0b6c6e1e-9b8e-4b8a-8d0c-3c3c1f6b7a10".into(),
            name: name.into(),
            aaguid: None,
            synced: true,
            created_at: Utc::now(),
            last_used_at: None,
        }
    }

    #[test]
    fn deleting_the_last_passkey_is_called_out() {
        let phone = passkey("Phone");
        let last = delete_question("alice", &phone.id, Some(&phone), 1);
        assert!(
            last.contains("\"Phone\"") && last.contains("last passkey"),
            "{last}"
        );
        let one_of_two = delete_question("alice", &phone.id, Some(&phone), 2);
        assert!(!one_of_two.contains("last passkey"), "{one_of_two}");
        let unknown = delete_question("alice", "nope", None, 1);
        assert!(
            unknown.starts_with("Delete passkey nope of alice?"),
            "{unknown}"
        );
    }

    #[test]
    fn the_table_says_what_it_knows() {
        let text = passkeys_table(&[passkey("Phone")]);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("last used"), "{text}");
        assert!(
            lines[2].contains("Phone") && lines[2].contains("never"),
            "{text}"
        );
    }
}
