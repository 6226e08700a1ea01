//! `pocketctl audit …`: reading the audit log, filtered and paged.

use chrono::SecondsFormat;
use pocket_id::api::{AuditEvent, AuditPage};

use super::Context;
use crate::Error;
use crate::args::{AuditCommand, AuditListArgs};
use crate::client::Reply;
use crate::output::table;

/// Widest the details column gets before it is cut, so rows stay on one line.
const DETAILS_WIDTH: usize = 60;

/// Runs an `audit` command.
pub async fn run(ctx: &Context, command: AuditCommand) -> Result<(), Error> {
    match command {
        AuditCommand::List(args) => list(ctx, args).await,
    }
}

/// `audit list`.
async fn list(ctx: &Context, args: AuditListArgs) -> Result<(), Error> {
    let query = query(&args);
    let filtered = query
        .iter()
        .any(|(name, _)| !matches!(*name, "page" | "per_page"));
    let reply: Reply<AuditPage> = ctx.client.get(&["audit"], &query).await?;
    ctx.output.reply(&reply, |page| {
        if page.items.is_empty() {
            return if page.total > 0 {
                format!("No events on page {} ({} in all).", page.page, page.total)
            } else if filtered {
                "No audit events match.".to_owned()
            } else {
                "No audit events.".to_owned()
            };
        }
        let rows = page.items.iter().map(row);
        let footer = table::page_footer(
            page.items.len(),
            page.total,
            page.page,
            page.per_page,
            ("event", "events"),
        );
        let headers = ["id", "time", "actor", "action", "target", "ip", "details"];
        format!("{}\n{footer}", table::list(&headers, rows))
    })
}

/// The query parameters for the filters given.
fn query(args: &AuditListArgs) -> Vec<(&'static str, String)> {
    let time = |t: &chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    [
        ("action", args.action.clone()),
        ("actor", args.actor.clone()),
        ("target", args.target.clone()),
        ("since", args.since.as_ref().map(time)),
        ("until", args.until.as_ref().map(time)),
        ("page", args.paging.page.map(|n| n.to_string())),
        ("per_page", args.paging.per_page.map(|n| n.to_string())),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.map(|value| (name, value)))
    .collect()
}

/// One event as a table row.
fn row(event: &AuditEvent) -> Vec<String> {
    let target = event
        .target
        .as_deref()
        .or(event.target_id.as_deref())
        .map_or_else(
            || event.target_kind.clone(),
            |name| format!("{} {name}", event.target_kind),
        );
    let details = match &event.details {
        serde_json::Value::Null => "-".to_owned(),
        serde_json::Value::Object(map) if map.is_empty() => "-".to_owned(),
        other => table::truncate(&table::compact_json(other), DETAILS_WIDTH),
    };
    vec![
        event.id.to_string(),
        table::time(&event.at),
        event.actor.clone(),
        event.action.clone(),
        target,
        table::or_dash(event.ip.as_deref()),
        details,
    ]
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::query;
    use crate::args::{AuditListArgs, PageArgs};

    #[test]
    fn only_given_filters_are_sent_and_times_are_rfc3339() {
        let args = AuditListArgs {
            action: Some("user.create".into()),
            actor: None,
            target: None,
            since: Some(chrono::Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0).unwrap()),
            until: None,
            paging: PageArgs {
                page: Some(2),
                per_page: None,
            },
        };
        assert_eq!(
            query(&args),
            [
                ("action", "user.create".to_owned()),
                ("since", "2026-01-31T10:00:00Z".to_owned()),
                ("page", "2".to_owned()),
            ]
        );
    }
}
