//! `pocketctl claims …`: the custom claims of a user or a group, and how claim values are typed
//! on a command line (JSON when it is JSON, a string otherwise).

use pocket_id::api::{Claim, ClaimList, SetClaim};
use reqwest::Method;
use serde_json::Value;

use super::Context;
use crate::Error;
use crate::args::{ClaimOwnerArgs, ClaimsCommand};
use crate::client::Reply;
use crate::output::table;

/// Whose claims a command is about.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owner {
    /// A user, by username or id.
    User(String),
    /// A group, by name or id.
    Group(String),
}

impl Owner {
    /// The owner from `--user`/`--group`; clap already ensures exactly one is given.
    fn from_args(args: ClaimOwnerArgs) -> Result<Self, Error> {
        match (args.user, args.group) {
            (Some(user), None) => Ok(Self::User(user)),
            (None, Some(group)) => Ok(Self::Group(group)),
            _ => Err(Error::usage(
                "pass exactly one of --user USER and --group GROUP",
            )),
        }
    }

    /// The API path of the owner's claims.
    fn path(&self) -> [&str; 3] {
        match self {
            Self::User(user) => ["users", user, "claims"],
            Self::Group(group) => ["groups", group, "claims"],
        }
    }

    /// "user alice", "group admins".
    fn describe(&self) -> String {
        match self {
            Self::User(user) => format!("user {user}"),
            Self::Group(group) => format!("group {group}"),
        }
    }
}

/// Runs a `claims` command.
pub async fn run(ctx: &Context, command: ClaimsCommand) -> Result<(), Error> {
    match command {
        ClaimsCommand::List { owner } => {
            let owner = Owner::from_args(owner)?;
            let reply: Reply<ClaimList> = ctx.client.get(&owner.path(), &[]).await?;
            ctx.output.reply(&reply, |list| {
                if list.items.is_empty() {
                    format!("No custom claims on {}.", owner.describe())
                } else {
                    claims_table(&list.items)
                }
            })
        }
        ClaimsCommand::Set {
            owner,
            key,
            value,
            string,
        } => {
            let owner = Owner::from_args(owner)?;
            let value = parse_value(&value, string)?;
            let [area, name, claims] = owner.path();
            let reply: Reply<Claim> = ctx
                .client
                .send(
                    Method::PUT,
                    &[area, name, claims, &key],
                    &SetClaim { value },
                )
                .await?;
            ctx.output.reply(&reply, |claim| {
                format!(
                    "Set claim `{}` of {} to {}.",
                    claim.key,
                    owner.describe(),
                    show_value(&claim.value)
                )
            })
        }
        ClaimsCommand::Unset { owner, key } => {
            let owner = Owner::from_args(owner)?;
            let [area, name, claims] = owner.path();
            ctx.client
                .no_content(Method::DELETE, &[area, name, claims, &key])
                .await?;
            ctx.output
                .note(&format!("Removed claim `{key}` from {}.", owner.describe()))
        }
    }
}

/// Claims as a table of keys and values.
pub(super) fn claims_table(claims: &[Claim]) -> String {
    let rows = claims
        .iter()
        .map(|claim| vec![claim.key.clone(), show_value(&claim.value)]);
    table::list(&["key", "value"], rows)
}

/// A claim value as typed on the command line: JSON when it parses as JSON (`42`, `true`,
/// `["a"]`, `{"a":1}`, `"quoted"`), otherwise the text itself as a string; with `as_string`,
/// always the text as a string.
pub fn parse_value(text: &str, as_string: bool) -> Result<Value, Error> {
    if as_string {
        return Ok(Value::String(text.to_owned()));
    }
    match serde_json::from_str(text) {
        Ok(Value::Null) => Err(Error::usage(
            "a claim cannot be null: remove it with `pocketctl claims unset`, or pass --string \
             to set the text \"null\"",
        )),
        Ok(value) => Ok(value),
        Err(_) => Ok(Value::String(text.to_owned())),
    }
}

/// A claim value as it would be typed to set it again: strings bare unless they would read as
/// JSON (so `"42"` stays distinguishable from `42`), everything else as compact JSON.
pub fn show_value(value: &Value) -> String {
    match value {
        Value::String(text) if serde_json::from_str::<Value>(text).is_err() => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Owner, parse_value, show_value};
    use crate::args::ClaimOwnerArgs;

    #[test]
    fn json_values_are_taken_as_json() {
        assert_eq!(parse_value("42", false).unwrap(), json!(42));
        assert_eq!(parse_value("-1.5", false).unwrap(), json!(-1.5));
        assert_eq!(parse_value("true", false).unwrap(), json!(true));
        assert_eq!(
            parse_value(r#"["a","b"]"#, false).unwrap(),
            json!(["a", "b"])
        );
        assert_eq!(parse_value(r#"{"a":1}"#, false).unwrap(), json!({"a": 1}));
        assert_eq!(parse_value(r#""42""#, false).unwrap(), json!("42"));
    }

    #[test]
    fn anything_else_is_a_string() {
        assert_eq!(parse_value("hello", false).unwrap(), json!("hello"));
        assert_eq!(parse_value("", false).unwrap(), json!(""));
        assert_eq!(parse_value("[unclosed", false).unwrap(), json!("[unclosed"));
        assert_eq!(parse_value("a b", false).unwrap(), json!("a b"));
    }

    #[test]
    fn string_flag_forces_a_string() {
        assert_eq!(parse_value("42", true).unwrap(), json!("42"));
        assert_eq!(parse_value("null", true).unwrap(), json!("null"));
    }

    #[test]
    fn null_is_refused() {
        let err = parse_value("null", false).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn shown_values_read_back_as_the_same_value() {
        for value in [
            json!("hello"),
            json!("42"),
            json!("null"),
            json!(7),
            json!({"a": [1]}),
        ] {
            assert_eq!(parse_value(&show_value(&value), false).unwrap(), value);
        }
    }

    #[test]
    fn owners_name_their_claims_path() {
        let args = ClaimOwnerArgs {
            user: Some("alice".into()),
            group: None,
        };
        let owner = Owner::from_args(args).unwrap();
        assert_eq!(owner.path(), ["users", "alice", "claims"]);
        assert_eq!(owner.describe(), "user alice");
        let neither = ClaimOwnerArgs {
            user: None,
            group: None,
        };
        assert_eq!(Owner::from_args(neither).unwrap_err().exit_code(), 2);
    }
}
