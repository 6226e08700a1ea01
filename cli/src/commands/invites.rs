//! `pocketctl invites …`: sign-up links, with which new people create their own account and
//! passkey (and join the link's groups), only while the server's sign-up mode allows it.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use pocket_id::api::{CreateSignupLink, GroupList, SignupLink, SignupLinkList};
use reqwest::Method;

use super::{Context, expires_at};
use crate::Error;
use crate::args::InvitesCommand;
use crate::client::Reply;
use crate::output::table;

/// Runs an `invites` command.
pub async fn run(ctx: &Context, command: InvitesCommand) -> Result<(), Error> {
    match command {
        InvitesCommand::Create {
            uses,
            expires,
            groups,
        } => create(ctx, uses, expires, groups).await,
        InvitesCommand::List => list(ctx).await,
        InvitesCommand::Revoke { id } => revoke(ctx, &id).await,
    }
}

/// `invites create`. With tables, only the link goes to standard output, so that
/// `URL=$(pocketctl invites create)` captures just the link; the note goes to stderr.
///
/// The range of `--uses` is the server's to check, like the longest lifetime, so that its limits
/// live in one place.
async fn create(
    ctx: &Context,
    uses: Option<u32>,
    expires: Option<Duration>,
    groups: Vec<String>,
) -> Result<(), Error> {
    let body = CreateSignupLink {
        uses,
        expires_at: expires_at(expires),
        groups,
    };
    let reply: Reply<SignupLink> = ctx
        .client
        .send(Method::POST, &["signup-links"], &body)
        .await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let link = &reply.data;
    // The URL is in the answer to a creation; without it there is nothing to hand out.
    let Some(url) = link.url.as_deref() else {
        return Err(crate::client::Error::BadResponse {
            target: "the server".to_owned(),
            reason: "the new sign-up link has no url".to_owned(),
        }
        .into());
    };
    ctx.output.note(url)?;
    ctx.output.remark(&created_note(link, &body.groups));
    Ok(())
}

/// What `invites create` says on stderr about the new link: for how many, until when, which
/// groups (as they were given), and that the server must allow sign-up.
fn created_note(link: &SignupLink, groups: &[String]) -> String {
    let people = table::count(u64::from(link.uses_left), "person", "people");
    let joins = if groups.is_empty() {
        "They join no groups.".to_owned()
    } else {
        format!("They join {}.", groups.join(", "))
    };
    format!(
        "Sign-up link {} for {people}: it expires {} UTC. {joins} It works only while the \
         server's sign-up mode (--signup) is invite-only or open.",
        link.id,
        table::time(&link.expires_at)
    )
}

/// `invites list`: with tables, the groups by name, from one look at the group list.
async fn list(ctx: &Context) -> Result<(), Error> {
    let reply: Reply<SignupLinkList> = ctx.client.get(&["signup-links"], &[]).await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let links = &reply.data.items;
    if links.is_empty() {
        return ctx.output.note(
            "No sign-up links. `pocketctl invites create` makes one for new people to create \
             their own account.",
        );
    }
    let mut names = HashMap::new();
    if links.iter().any(|link| !link.group_ids.is_empty()) {
        // Names are only a nicety over the ids the links carry: show the ids if they cannot be
        // had, rather than nothing.
        match ctx.client.get::<GroupList>(&["groups"], &[]).await {
            Ok(groups) => {
                names.extend(
                    groups
                        .data
                        .items
                        .into_iter()
                        .map(|group| (group.id, group.name)),
                );
            }
            Err(err) => ctx
                .output
                .remark(&format!("Showing group ids: cannot list groups: {err}")),
        }
    }
    let count = table::count(links.len() as u64, "sign-up link", "sign-up links");
    ctx.output.note(&format!(
        "{}\n{count}.",
        links_table(links, &names, Utc::now())
    ))
}

/// `invites revoke`: asks first. The list is fetched first so the question can say what the link
/// still allows.
async fn revoke(ctx: &Context, id: &str) -> Result<(), Error> {
    let list: Reply<SignupLinkList> = ctx.client.get(&["signup-links"], &[]).await?;
    let found = list
        .data
        .items
        .iter()
        .find(|link| link.id.eq_ignore_ascii_case(id));
    ctx.prompt
        .confirm(&revoke_question(id, found, Utc::now()))?;
    ctx.client
        .no_content(Method::DELETE, &["signup-links", id])
        .await?;
    ctx.output.note(&format!(
        "Revoked sign-up link {id}. Accounts made with it stay."
    ))
}

/// The confirmation of `invites revoke`. `found` is the link, when the list has it.
fn revoke_question(id: &str, found: Option<&SignupLink>, now: DateTime<Utc>) -> String {
    let state = match found.map(|link| (link, status(link, now))) {
        Some((link, Status::Active)) => format!(
            " ({} left, expires {} UTC)",
            table::count(u64::from(link.uses_left), "sign-up", "sign-ups"),
            table::time(&link.expires_at)
        ),
        Some((_, done)) => format!(" ({})", done.as_str()),
        None => String::new(),
    };
    format!(
        "Revoke sign-up link {id}{state}? It stops working at once; accounts made with it stay."
    )
}

/// Whether a link can still be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    /// Unexpired, with sign-ups left.
    Active,
    /// Past its expiry.
    Expired,
    /// No sign-ups left.
    UsedUp,
}

impl Status {
    /// As the table shows it.
    fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::UsedUp => "used up",
        }
    }
}

/// `link`'s status at `now`; a used-up link is called that even after it expires.
fn status(link: &SignupLink, now: DateTime<Utc>) -> Status {
    if link.uses_left == 0 {
        Status::UsedUp
    } else if link.expires_at <= now {
        Status::Expired
    } else {
        Status::Active
    }
}

/// The links as a table, one row each; groups by name where `names` (id to name) has them.
fn links_table(
    links: &[SignupLink],
    names: &HashMap<String, String>,
    now: DateTime<Utc>,
) -> String {
    let rows = links.iter().map(|link| {
        let groups: Vec<&str> = link
            .group_ids
            .iter()
            .map(|id| names.get(id).map_or(id.as_str(), String::as_str))
            .collect();
        vec![
            link.id.clone(),
            link.uses_left.to_string(),
            table::time(&link.expires_at),
            if groups.is_empty() {
                "-".to_owned()
            } else {
                groups.join(", ")
            },
            status(link, now).as_str().to_owned(),
        ]
    });
    table::list(&["id", "uses left", "expires", "groups", "status"], rows)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use chrono::{Duration, TimeZone, Utc};
    use pocket_id::api::SignupLink;

    use super::{Status, created_note, links_table, revoke_question, status};

    fn link(uses_left: u32, expires_in: Duration, group_ids: &[&str]) -> SignupLink {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        SignupLink {
            id: "0195f2a4-7c1e-7d3a-9b1f-2e4c6a8b0d12".into(),
            url: None,
            uses_left,
            expires_at: now + expires_in,
            group_ids: group_ids.iter().map(|id| (*id).to_owned()).collect(),
        }
    }

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap()
    }

    #[test]
    fn used_up_and_expired_links_are_marked() {
        assert_eq!(
            status(&link(2, Duration::days(1), &[]), now()),
            Status::Active
        );
        assert_eq!(
            status(&link(2, Duration::zero(), &[]), now()),
            Status::Expired
        );
        assert_eq!(
            status(&link(0, Duration::days(1), &[]), now()),
            Status::UsedUp
        );
        assert_eq!(
            status(&link(0, -Duration::days(1), &[]), now()),
            Status::UsedUp
        );
    }

    #[test]
    fn the_table_names_groups_and_falls_back_to_ids() {
        let names = HashMap::from([("g-1".to_owned(), "family".to_owned())]);
        let text = links_table(
            &[
                link(0, Duration::days(1), &["g-1", "g-2"]),
                link(3, Duration::days(1), &[]),
            ],
            &names,
            now(),
        );
        let lines: Vec<&str> = text.lines().collect();
        for column in ["id", "uses left", "expires", "groups", "status"] {
            assert!(lines[0].contains(column), "{text}");
        }
        assert!(
            lines[2].contains("family, g-2") && lines[2].contains("used up"),
            "{text}"
        );
        assert!(
            lines[3].contains(" - ") && lines[3].contains("active"),
            "{text}"
        );
    }

    #[test]
    fn the_note_and_the_question_say_what_the_link_allows() {
        let two = link(2, Duration::days(7), &["g-1"]);
        let note = created_note(&two, &["family".to_owned()]);
        assert!(
            note.contains("for 2 people")
                && note.contains("2026-03-08 12:00 UTC")
                && note.contains("They join family.")
                && note.contains("invite-only or open"),
            "{note}"
        );
        let one = created_note(&link(1, Duration::days(1), &[]), &[]);
        assert!(
            one.contains("for 1 person") && one.contains("no groups"),
            "{one}"
        );

        let question = revoke_question(&two.id, Some(&two), now());
        assert!(
            question.contains("(2 sign-ups left, expires 2026-03-08 12:00 UTC)"),
            "{question}"
        );
        let used = link(0, Duration::days(1), &[]);
        let question = revoke_question(&used.id, Some(&used), now());
        assert!(question.contains("(used up)"), "{question}");
        let unknown = revoke_question("nope", None, now());
        assert!(
            unknown.starts_with("Revoke sign-up link nope?"),
            "{unknown}"
        );
    }
}
