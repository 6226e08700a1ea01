//! `pocketctl users …`: listing, showing, creating, changing, disabling and deleting users, and
//! the one-time invite links and login codes with which they get (back) in.

use chrono::Duration;
use pocket_id::api::{
    ClaimList, CreateInvite, CreateLoginCode, CreateUser, GroupList, Invite, LoginCode,
    MAX_PER_PAGE, UpdateUser, User, UserPage,
};
use reqwest::{Method, Url};

use super::claims::claims_table;
use super::{Context, expires_at};
use crate::Error;
use crate::args::{CreateUserArgs, PageArgs, UpdateUserArgs, UsersCommand};
use crate::client::Reply;
use crate::output::{json, table};

/// Runs a `users` command.
pub async fn run(ctx: &Context, command: UsersCommand) -> Result<(), Error> {
    match command {
        UsersCommand::List {
            search,
            paging,
            all,
        } => {
            if all {
                list_all(ctx, search, paging.per_page).await
            } else {
                list(ctx, search, paging).await
            }
        }
        UsersCommand::Show { user } => show(ctx, &user).await,
        UsersCommand::Create(args) => create(ctx, args).await,
        UsersCommand::Update(args) => update(ctx, args).await,
        UsersCommand::Disable { user } => set_enabled(ctx, &user, false).await,
        UsersCommand::Enable { user } => set_enabled(ctx, &user, true).await,
        UsersCommand::Delete { user } => delete(ctx, &user).await,
        UsersCommand::Invite { user, expires } => invite(ctx, &user, expires).await,
        UsersCommand::LoginCode { user, expires } => login_code(ctx, &user, expires).await,
    }
}

/// `users list`: one page.
async fn list(ctx: &Context, search: Option<String>, paging: PageArgs) -> Result<(), Error> {
    let mut query = search_query(search.as_deref());
    if let Some(page) = paging.page {
        query.push(("page", page.to_string()));
    }
    if let Some(per_page) = paging.per_page {
        query.push(("per_page", per_page.to_string()));
    }
    let reply: Reply<UserPage> = ctx.client.get(&["users"], &query).await?;
    ctx.output.reply(&reply, |page| {
        if page.items.is_empty() {
            return no_users(search.as_deref(), page);
        }
        let footer = table::page_footer(
            page.items.len(),
            page.total,
            page.page,
            page.per_page,
            ("user", "users"),
        );
        format!("{}\n{footer}", users_table(&page.items))
    })
}

/// `users list --all`: every page, joined into one page-shaped answer.
async fn list_all(
    ctx: &Context,
    search: Option<String>,
    per_page: Option<u32>,
) -> Result<(), Error> {
    let per_page = per_page.unwrap_or(MAX_PER_PAGE);
    let mut users = Vec::new();
    let mut raw_items = Vec::new();
    let mut total = 0;
    for page in 1.. {
        let mut query = search_query(search.as_deref());
        query.push(("page", page.to_string()));
        query.push(("per_page", per_page.to_string()));
        let reply: Reply<UserPage> = ctx.client.get(&["users"], &query).await?;
        total = reply.data.total;
        let received = reply.data.items.len();
        users.extend(reply.data.items);
        raw_items.extend(
            json::items(&reply.raw)
                .iter()
                .map(|item| item.get().to_owned()),
        );
        // Stop on an empty page too, in case users were deleted while paging.
        if received == 0 || users.len() as u64 >= total {
            break;
        }
    }
    if ctx.output.is_json() {
        let items = json::array(raw_items.iter().map(String::as_str));
        let count = users.len().to_string();
        return ctx.output.json(&json::object(&[
            ("items", &items),
            ("total", &total.to_string()),
            ("page", "1"),
            ("per_page", &count),
        ]));
    }
    if users.is_empty() {
        return ctx.output.note(&match search {
            Some(search) => format!("No users match `{search}`."),
            None => "No users.".to_owned(),
        });
    }
    let count = table::count(users.len() as u64, "user", "users");
    ctx.output
        .note(&format!("{}\n{count}.", users_table(&users)))
}

/// `users show`: the user, its groups and its claims.
async fn show(ctx: &Context, user: &str) -> Result<(), Error> {
    let (user_path, groups_path, claims_path) = (
        ["users", user],
        ["users", user, "groups"],
        ["users", user, "claims"],
    );
    let (found, groups, claims) = tokio::try_join!(
        ctx.client.get::<User>(&user_path, &[]),
        ctx.client.get::<GroupList>(&groups_path, &[]),
        ctx.client.get::<ClaimList>(&claims_path, &[]),
    )?;
    if ctx.output.is_json() {
        return ctx.output.json(&json::object(&[
            ("user", &found.raw),
            ("groups", &json::items_of(&groups.raw)),
            ("claims", &json::items_of(&claims.raw)),
        ]));
    }
    let mut text = user_details(&found.data);
    text.push_str("\n\n");
    if groups.data.items.is_empty() {
        text.push_str("Groups: none.");
    } else {
        text.push_str("Groups:\n");
        let rows = groups
            .data
            .items
            .iter()
            .map(|group| vec![group.name.clone(), group.display_name.clone()]);
        text.push_str(&table::list(&["name", "display name"], rows));
    }
    text.push_str("\n\n");
    if claims.data.items.is_empty() {
        text.push_str("Custom claims: none.");
    } else {
        text.push_str("Custom claims:\n");
        text.push_str(&claims_table(&claims.data.items));
    }
    ctx.output.note(&text)
}

/// `users create`.
async fn create(ctx: &Context, args: CreateUserArgs) -> Result<(), Error> {
    let body = CreateUser {
        username: args.username,
        email: args.email,
        first_name: args.first_name,
        last_name: args.last_name,
        display_name: args.display_name,
        is_admin: args.admin.then_some(true),
    };
    let reply: Reply<User> = ctx.client.send(Method::POST, &["users"], &body).await?;
    ctx.output.reply(&reply, |user| {
        format!("Created user {}.\n\n{}", user.username, user_details(user))
    })
}

/// `users update`.
async fn update(ctx: &Context, args: UpdateUserArgs) -> Result<(), Error> {
    let unchanged = [
        &args.username,
        &args.email,
        &args.first_name,
        &args.last_name,
        &args.display_name,
    ]
    .iter()
    .all(|field| field.is_none());
    if unchanged && args.admin.is_none() {
        return Err(Error::usage(
            "nothing to change: pass at least one of --username, --email, --first-name, \
             --last-name, --display-name or --admin",
        ));
    }
    let body = UpdateUser {
        username: args.username,
        email: args.email,
        first_name: args.first_name,
        last_name: args.last_name,
        display_name: args.display_name,
        is_admin: args.admin,
    };
    let reply: Reply<User> = ctx
        .client
        .send(Method::PATCH, &["users", &args.user], &body)
        .await?;
    ctx.output.reply(&reply, |user| {
        format!("Updated user {}.\n\n{}", user.username, user_details(user))
    })
}

/// `users enable` and `users disable`.
async fn set_enabled(ctx: &Context, user: &str, enabled: bool) -> Result<(), Error> {
    let action = if enabled { "enable" } else { "disable" };
    let reply: Reply<User> = ctx.client.post_action(&["users", user, action]).await?;
    ctx.output.reply(&reply, |user| {
        let done = if enabled { "Enabled" } else { "Disabled" };
        format!("{done} user {}.", user.username)
    })
}

/// `users delete`.
async fn delete(ctx: &Context, user: &str) -> Result<(), Error> {
    ctx.prompt.confirm(&format!(
        "Delete user {user} and their passkeys? This cannot be undone."
    ))?;
    ctx.client
        .no_content(Method::DELETE, &["users", user])
        .await?;
    ctx.output.note(&format!("Deleted user {user}."))
}

/// `users invite`. With tables, only the link goes to standard output, so that
/// `URL=$(pocketctl users invite alice)` captures just the link; the note goes to stderr.
async fn invite(ctx: &Context, user: &str, expires: Option<Duration>) -> Result<(), Error> {
    let body = CreateInvite {
        expires_at: expires_at(expires),
    };
    let reply: Reply<Invite> = ctx
        .client
        .send(Method::POST, &["users", user, "invite"], &body)
        .await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    ctx.output.note(&reply.data.url)?;
    ctx.output.remark(&format!(
        "Invite link for {user}: it registers a passkey, works once and expires {} UTC. A newer \
         invite replaces it.",
        table::time(&reply.data.expires_at)
    ));
    Ok(())
}

/// `users login-code`. With tables, only the code goes to standard output; where to enter it
/// and until when go to stderr.
async fn login_code(ctx: &Context, user: &str, expires: Option<Duration>) -> Result<(), Error> {
    let body = CreateLoginCode {
        expires_at: expires_at(expires),
    };
    let reply: Reply<LoginCode> = ctx
        .client
        .send(Method::POST, &["users", user, "login-code"], &body)
        .await?;
    if ctx.output.is_json() {
        return ctx.output.json(&reply.raw);
    }
    let code = &reply.data;
    ctx.output.note(&code.code)?;
    ctx.output.remark(&format!(
        "Login code for {user}: enter it at {}, or open {} to have it filled in. It works once \
         and expires {} UTC.",
        code_page(&code.url),
        code.url,
        table::time(&code.expires_at)
    ));
    Ok(())
}

/// The page a login code is entered on: its link without the code filled in.
fn code_page(url: &str) -> String {
    match Url::parse(url) {
        Ok(mut page) => {
            page.set_query(None);
            page.set_fragment(None);
            page.to_string()
        }
        Err(_) => url.to_owned(),
    }
}

/// The `search` parameter, when there is one.
fn search_query(search: Option<&str>) -> Vec<(&'static str, String)> {
    search
        .map(|search| vec![("search", search.to_owned())])
        .unwrap_or_default()
}

/// What an empty page says.
fn no_users(search: Option<&str>, page: &UserPage) -> String {
    if page.total > 0 {
        return format!(
            "No users on page {} ({} in all).",
            page.page,
            table::count(page.total, "user", "users")
        );
    }
    match search {
        Some(search) => format!("No users match `{search}`."),
        None => "No users.".to_owned(),
    }
}

/// The users as a table, one row each.
pub(super) fn users_table(users: &[User]) -> String {
    let rows = users.iter().map(|user| {
        vec![
            user.username.clone(),
            user.display_name.clone(),
            table::or_dash(user.email.as_deref()),
            if user.is_admin { "yes" } else { "" }.to_owned(),
            status(user).to_owned(),
            table::time(&user.created_at),
            user.id.clone(),
        ]
    });
    table::list(
        &[
            "username",
            "display name",
            "email",
            "admin",
            "status",
            "created",
            "id",
        ],
        rows,
    )
}

/// One user, field by field.
fn user_details(user: &User) -> String {
    table::details(&[
        ("username", user.username.clone()),
        ("display name", user.display_name.clone()),
        ("email", table::or_dash(user.email.as_deref())),
        ("first name", table::or_dash(user.first_name.as_deref())),
        ("last name", table::or_dash(user.last_name.as_deref())),
        ("admin", table::yes_no(user.is_admin)),
        ("status", status(user).to_owned()),
        ("created", table::time(&user.created_at)),
        ("updated", table::time(&user.updated_at)),
        ("id", user.id.clone()),
    ])
}

/// `active` or `disabled`.
fn status(user: &User) -> &'static str {
    if user.disabled { "disabled" } else { "active" }
}

#[cfg(test)]
mod tests {
    use super::code_page;

    #[test]
    fn the_code_page_is_the_link_without_the_code() {
        assert_eq!(
            code_page("https://id.example.com/login/code?code=ABCD-1234"),
            "https://id.example.com/login/code"
        );
        assert_eq!(code_page("not a url"), "not a url");
    }
}
