//! `pocketctl sessions …`: where a user is signed in, and signing them out.

use pocket_id::api::{SessionList, SessionSummary};
use reqwest::Method;

use super::Context;
use crate::Error;
use crate::args::SessionsCommand;
use crate::client::Reply;
use crate::output::table;

/// How much of a browser's `User-Agent` a table shows.
const USER_AGENT_WIDTH: usize = 40;

/// Runs a `sessions` command.
pub async fn run(ctx: &Context, command: SessionsCommand) -> Result<(), Error> {
    match command {
        SessionsCommand::List { user } => list(ctx, &user).await,
        // clap allows exactly one of SESSION and --all.
        SessionsCommand::Revoke { user, session, .. } => match session {
            Some(session) => revoke(ctx, &user, &session).await,
            None => revoke_all(ctx, &user).await,
        },
    }
}

/// `sessions list`.
async fn list(ctx: &Context, user: &str) -> Result<(), Error> {
    let reply: Reply<SessionList> = ctx.client.get(&["users", user, "sessions"], &[]).await?;
    ctx.output.reply(&reply, |list| {
        if list.items.is_empty() {
            return format!("{user} is not signed in anywhere.");
        }
        let count = table::count(list.items.len() as u64, "session", "sessions");
        format!("{}\n{count}.", sessions_table(&list.items))
    })
}

/// `sessions revoke USER SESSION`.
async fn revoke(ctx: &Context, user: &str, session: &str) -> Result<(), Error> {
    ctx.prompt.confirm(&format!(
        "Revoke session {session} of {user}? That browser is signed out at once."
    ))?;
    ctx.client
        .no_content(Method::DELETE, &["users", user, "sessions", session])
        .await?;
    ctx.output
        .note(&format!("Revoked session {session} of {user}."))
}

/// `sessions revoke --all`. The sessions are counted first, so the question says how many
/// browsers are signed out, and an unknown user fails before asking.
async fn revoke_all(ctx: &Context, user: &str) -> Result<(), Error> {
    let list: Reply<SessionList> = ctx.client.get(&["users", user, "sessions"], &[]).await?;
    let count = table::count(list.data.items.len() as u64, "session", "sessions");
    ctx.prompt.confirm(&format!(
        "Revoke all sessions of {user} ({count} now)? Every browser they are signed in on is \
         signed out at once."
    ))?;
    ctx.client
        .no_content(Method::DELETE, &["users", user, "sessions"])
        .await?;
    ctx.output.note(&format!("Revoked all sessions of {user}."))
}

/// The sessions as a table, one row each.
fn sessions_table(sessions: &[SessionSummary]) -> String {
    let rows = sessions.iter().map(|session| {
        vec![
            session.id.clone(),
            method(&session.method).to_owned(),
            table::or_dash(session.ip.as_deref()),
            table::or_dash(
                session
                    .user_agent
                    .as_deref()
                    .map(|agent| table::truncate(agent, USER_AGENT_WIDTH))
                    .as_deref(),
            ),
            table::time(&session.created_at),
            table::time(&session.last_seen_at),
            table::time(&session.expires_at),
        ]
    });
    table::list(
        &[
            "id",
            "method",
            "ip",
            "user agent",
            "created",
            "last seen",
            "expires",
        ],
        rows,
    )
}

/// How a sign-in method reads in a table; unknown methods as the server names them.
fn method(method: &str) -> &str {
    match method {
        "one_time_code" => "login code",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use pocket_id::api::SessionSummary;

    use super::sessions_table;

    #[test]
    fn long_user_agents_are_cut_and_missing_fields_dashed() {
        let session = SessionSummary {
            id: "s-1".into(),
            method: "one_time_code".into(),
            ip: None,
            user_agent: Some(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
                 Chrome/131.0.0.0 Safari/537.36"
                    .into(),
            ),
            created_at: Utc::now(),
            last_seen_at: Utc::now(),
            expires_at: Utc::now(),
        };
        let text = sessions_table(&[session]);
        let row = text.lines().nth(2).unwrap();
        assert!(row.contains("login code"), "{text}");
        assert!(row.contains("Mozilla/5.0") && row.contains('…'), "{text}");
        assert!(!row.contains("Safari"), "{text}");
        assert!(row.contains(" - "), "{text}");
    }
}
