//! `pocketctl groups …`: listing, showing, creating, renaming and deleting groups, and their
//! membership.

use pocket_id::api::{CreateGroup, Group, GroupList, UpdateGroup, UserList};
use reqwest::Method;

use super::Context;
use crate::Error;
use crate::args::GroupsCommand;
use crate::client::Reply;
use crate::output::{json, table};

/// Runs a `groups` command.
pub async fn run(ctx: &Context, command: GroupsCommand) -> Result<(), Error> {
    match command {
        GroupsCommand::List { search } => list(ctx, search).await,
        GroupsCommand::Show { group } => show(ctx, &group).await,
        GroupsCommand::Create { name, display_name } => {
            let body = CreateGroup { name, display_name };
            let reply: Reply<Group> = ctx.client.send(Method::POST, &["groups"], &body).await?;
            ctx.output.reply(&reply, |group| {
                format!("Created group {}.\n\n{}", group.name, group_details(group))
            })
        }
        GroupsCommand::Rename {
            group,
            new_name,
            display_name,
        } => {
            let body = UpdateGroup {
                name: Some(new_name),
                display_name,
            };
            let reply: Reply<Group> = ctx
                .client
                .send(Method::PATCH, &["groups", &group], &body)
                .await?;
            ctx.output.reply(&reply, |renamed| {
                format!(
                    "Renamed group {group} to {}.\n\n{}",
                    renamed.name,
                    group_details(renamed)
                )
            })
        }
        GroupsCommand::Delete { group } => {
            ctx.prompt.confirm(&format!(
                "Delete group {group}? Its members lose it and its claims."
            ))?;
            ctx.client
                .no_content(Method::DELETE, &["groups", &group])
                .await?;
            ctx.output.note(&format!("Deleted group {group}."))
        }
        GroupsCommand::AddMember { group, users } => {
            for user in &users {
                ctx.client
                    .no_content(Method::PUT, &["groups", &group, "members", user])
                    .await?;
                ctx.output
                    .note(&format!("Added {user} to group {group}."))?;
            }
            Ok(())
        }
        GroupsCommand::RemoveMember { group, users } => {
            for user in &users {
                ctx.client
                    .no_content(Method::DELETE, &["groups", &group, "members", user])
                    .await?;
                ctx.output
                    .note(&format!("Removed {user} from group {group}."))?;
            }
            Ok(())
        }
    }
}

/// `groups list`.
async fn list(ctx: &Context, search: Option<String>) -> Result<(), Error> {
    let query: Vec<(&str, String)> = search.iter().map(|s| ("search", s.clone())).collect();
    let reply: Reply<GroupList> = ctx.client.get(&["groups"], &query).await?;
    ctx.output.reply(&reply, |list| {
        if list.items.is_empty() {
            return match &search {
                Some(search) => format!("No groups match `{search}`."),
                None => "No groups.".to_owned(),
            };
        }
        let rows = list.items.iter().map(|group| {
            vec![
                group.name.clone(),
                group.display_name.clone(),
                group.member_count.to_string(),
                table::time(&group.created_at),
                group.id.clone(),
            ]
        });
        table::list(&["name", "display name", "members", "created", "id"], rows)
    })
}

/// `groups show`: the group and its members.
async fn show(ctx: &Context, group: &str) -> Result<(), Error> {
    let (group_path, members_path) = (["groups", group], ["groups", group, "members"]);
    let (found, members) = tokio::try_join!(
        ctx.client.get::<Group>(&group_path, &[]),
        ctx.client.get::<UserList>(&members_path, &[]),
    )?;
    if ctx.output.is_json() {
        return ctx.output.json(&json::object(&[
            ("group", &found.raw),
            ("members", &json::items_of(&members.raw)),
        ]));
    }
    let mut text = group_details(&found.data);
    text.push_str("\n\n");
    if members.data.items.is_empty() {
        text.push_str("Members: none.");
    } else {
        text.push_str("Members:\n");
        let rows = members.data.items.iter().map(|user| {
            vec![
                user.username.clone(),
                user.display_name.clone(),
                table::or_dash(user.email.as_deref()),
                if user.disabled { "disabled" } else { "active" }.to_owned(),
            ]
        });
        text.push_str(&table::list(
            &["username", "display name", "email", "status"],
            rows,
        ));
    }
    ctx.output.note(&text)
}

/// One group, field by field.
fn group_details(group: &Group) -> String {
    table::details(&[
        ("name", group.name.clone()),
        ("display name", group.display_name.clone()),
        ("members", group.member_count.to_string()),
        ("created", table::time(&group.created_at)),
        ("updated", table::time(&group.updated_at)),
        ("id", group.id.clone()),
    ])
}
