//! `pocketctl` end to end against a real daemon: every command family in both output modes, its
//! exit codes and messages, the admin socket, `login` and its profile file, and where secrets
//! may and may not appear.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::{Value, json};

use crate::support::{Daemon, client, failed, ok, ok_json, stdout_ok};

/// `text` as JSON.
fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|err| panic!("not JSON ({err}): {text}"))
}

/// The request id quoted in an API error message (`… (code conflict, request ID)`).
fn request_id(stderr: &str) -> String {
    let (_, rest) = stderr
        .rsplit_once("request ")
        .unwrap_or_else(|| panic!("no request id in: {stderr}"));
    let id: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    assert!(id.len() >= 8, "a short request id `{id}` in: {stderr}");
    id
}

/// The usernames of a user list or page printed as JSON.
fn usernames(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items: {list}"))
        .iter()
        .map(|user| user["username"].as_str().unwrap())
        .collect()
}

/// Whether a default admin socket exists on this host, which would make "nothing configured"
/// impossible to test.
fn host_has_admin_socket() -> bool {
    Path::new("/run/pocket-id/admin.sock").exists()
}

#[test]
fn the_walkthrough_works_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &[]);
    let key = daemon.create_key("ops");

    let created = ok(
        &daemon,
        &key,
        &["users", "create", "alice", "--email", "alice@example.com"],
    );
    assert!(created.contains("Created user alice."), "{created}");
    let created = ok(&daemon, &key, &["groups", "create", "family"]);
    assert!(created.contains("Created group family."), "{created}");
    let added = ok(&daemon, &key, &["groups", "add-member", "family", "alice"]);
    assert!(added.contains("Added alice to group family."), "{added}");

    let table = ok(&daemon, &key, &["users", "list"]);
    let row = table
        .lines()
        .find(|line| line.contains("alice@example.com"))
        .unwrap_or_else(|| panic!("no row for alice: {table}"));
    assert!(row.trim_start().starts_with("alice "), "{table}");
    assert!(
        table.lines().next().unwrap().contains("username"),
        "{table}"
    );
    assert!(table.contains("1 of 1 user"), "{table}");

    let list = ok_json(&daemon, &key, &["users", "list"]);
    assert_eq!(list["items"][0]["username"], "alice", "{list}");
    assert_eq!(list["items"][0]["email"], "alice@example.com", "{list}");
    assert_eq!(list["items"][0]["is_admin"], false, "{list}");
    assert_eq!(list["items"][0]["disabled"], false, "{list}");
    assert!(list["items"][0]["created_at"].is_string(), "{list}");
    assert_eq!(list["total"], 1, "{list}");
    // The global flag works after the command as well.
    let after = parse(&ok(&daemon, &key, &["users", "list", "-o", "json"]));
    assert_eq!(after["items"], list["items"]);

    let shown = ok(&daemon, &key, &["groups", "show", "family"]);
    let members = shown
        .split_once("Members:")
        .unwrap_or_else(|| panic!("no members section: {shown}"))
        .1;
    assert!(members.contains("alice"), "{shown}");
    assert!(members.contains("alice@example.com"), "{shown}");
    let shown = ok_json(&daemon, &key, &["groups", "show", "family"]);
    assert_eq!(shown["group"]["name"], "family", "{shown}");
    assert_eq!(shown["group"]["member_count"], 1, "{shown}");
    assert_eq!(shown["members"][0]["username"], "alice", "{shown}");

    let status = daemon.stop();
    assert!(status.success(), "the daemon stopped with {status}");

    let daemon = Daemon::start_in(dir.path(), &[]);
    let table = ok(&daemon, &key, &["users", "list"]);
    assert!(table.contains("alice@example.com"), "{table}");
    let shown = ok_json(&daemon, &key, &["groups", "show", "family"]);
    assert_eq!(usernames(&json!({"items": shown["members"]})), ["alice"]);
}

#[test]
fn user_commands_work_in_both_output_modes() {
    let daemon = Daemon::start();
    let key = daemon.create_key("ops");

    let created = ok_json(
        &daemon,
        &key,
        &[
            "users",
            "create",
            "carol",
            "--first-name",
            "Carol",
            "--last-name",
            "Danvers",
            "--email",
            "carol@example.com",
        ],
    );
    assert_eq!(created["username"], "carol", "{created}");
    assert_eq!(created["display_name"], "Carol Danvers", "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    ok(&daemon, &key, &["users", "create", "dave", "--admin"]);

    // show: by name (any case) and by id, with groups and claims.
    let shown = ok(&daemon, &key, &["users", "show", "CAROL"]);
    for expected in [
        "carol@example.com",
        "Carol Danvers",
        "active",
        id.as_str(),
        "Groups: none.",
        "Custom claims: none.",
    ] {
        assert!(shown.contains(expected), "no `{expected}` in: {shown}");
    }
    let shown = ok_json(&daemon, &key, &["users", "show", &id]);
    assert_eq!(shown["user"]["username"], "carol", "{shown}");
    assert_eq!(shown["groups"], json!([]), "{shown}");
    assert_eq!(shown["claims"], json!([]), "{shown}");

    // list: search and --all.
    let found = ok_json(&daemon, &key, &["users", "list", "--search", "danv"]);
    assert_eq!(usernames(&found), ["carol"]);
    let none = ok(&daemon, &key, &["users", "list", "--search", "zzz"]);
    assert!(none.contains("No users match `zzz`."), "{none}");
    let all = ok_json(
        &daemon,
        &key,
        &["users", "list", "--all", "--per-page", "1"],
    );
    assert_eq!(usernames(&all), ["carol", "dave"], "{all}");
    assert_eq!(all["total"], 2, "{all}");
    let paged = ok(&daemon, &key, &["users", "list", "--per-page", "1"]);
    assert!(paged.contains("Next: --page 2."), "{paged}");
    let all = ok(
        &daemon,
        &key,
        &["users", "list", "--all", "--per-page", "1"],
    );
    assert!(all.contains("carol") && all.contains("dave"), "{all}");
    assert!(all.contains("2 users."), "{all}");

    // update.
    let updated = ok(
        &daemon,
        &key,
        &["users", "update", "carol", "--display-name", "Captain"],
    );
    assert!(updated.contains("Updated user carol."), "{updated}");
    assert!(updated.contains("Captain"), "{updated}");
    let updated = ok_json(
        &daemon,
        &key,
        &[
            "users",
            "update",
            "carol",
            "--email",
            "",
            "--admin",
            "true",
            "--username",
            "carol.d",
        ],
    );
    assert_eq!(updated["username"], "carol.d", "{updated}");
    assert_eq!(updated["email"], Value::Null, "{updated}");
    assert_eq!(updated["is_admin"], true, "{updated}");
    assert_eq!(updated["display_name"], "Captain", "{updated}");
    let reset = ok_json(
        &daemon,
        &key,
        &["users", "update", "carol.d", "--display-name", ""],
    );
    assert_eq!(reset["display_name"], "Carol Danvers", "{reset}");
    let nothing = failed(&daemon.pocketctl(&key, &["users", "update", "carol.d"]), 2);
    assert!(nothing.contains("nothing to change"), "{nothing}");

    // disable and enable.
    let disabled = ok(&daemon, &key, &["users", "disable", "carol.d"]);
    assert!(disabled.contains("Disabled user carol.d."), "{disabled}");
    let shown = ok_json(&daemon, &key, &["users", "show", "carol.d"]);
    assert_eq!(shown["user"]["disabled"], true, "{shown}");
    let table = ok(&daemon, &key, &["users", "list"]);
    assert!(table.contains("disabled"), "{table}");
    let enabled = ok_json(&daemon, &key, &["users", "enable", "carol.d"]);
    assert_eq!(enabled["disabled"], false, "{enabled}");
    let enabled = ok(&daemon, &key, &["users", "enable", "carol.d"]);
    assert!(enabled.contains("Enabled user carol.d."), "{enabled}");

    // delete, in both modes: JSON prints nothing for an operation without a body.
    let deleted = ok(&daemon, &key, &["users", "delete", "carol.d", "--yes"]);
    assert!(deleted.contains("Deleted user carol.d."), "{deleted}");
    let gone = failed(&daemon.pocketctl(&key, &["users", "show", "carol.d"]), 1);
    assert!(gone.contains("not_found"), "{gone}");
    let deleted = ok(
        &daemon,
        &key,
        &["--output", "json", "users", "delete", "-y", "dave"],
    );
    assert_eq!(deleted, "");
    let empty = ok(&daemon, &key, &["users", "list"]);
    assert!(empty.contains("No users."), "{empty}");
    let empty = ok_json(&daemon, &key, &["users", "list"]);
    assert_eq!(empty["items"], json!([]), "{empty}");
    assert_eq!(empty["total"], 0, "{empty}");
}

#[test]
fn group_commands_work_in_both_output_modes() {
    let daemon = Daemon::start();
    let key = daemon.create_key("ops");
    for user in ["alice", "bob"] {
        ok(&daemon, &key, &["users", "create", user]);
    }
    ok(
        &daemon,
        &key,
        &["groups", "create", "family", "--display-name", "The Family"],
    );
    ok(&daemon, &key, &["groups", "create", "friends"]);
    let added = ok(
        &daemon,
        &key,
        &["groups", "add-member", "family", "alice", "bob"],
    );
    assert!(
        added.contains("Added alice") && added.contains("Added bob"),
        "{added}"
    );

    let table = ok(&daemon, &key, &["groups", "list"]);
    let row = table
        .lines()
        .find(|line| line.contains("The Family"))
        .unwrap_or_else(|| panic!("no row for family: {table}"));
    assert!(row.contains("family") && row.contains(" 2 "), "{table}");
    let list = ok_json(&daemon, &key, &["groups", "list"]);
    let names: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["family", "friends"], "{list}");
    assert_eq!(list["items"][0]["member_count"], 2, "{list}");
    assert_eq!(list["items"][0]["display_name"], "The Family", "{list}");
    let found = ok_json(&daemon, &key, &["groups", "list", "--search", "fri"]);
    assert_eq!(found["items"].as_array().unwrap().len(), 1, "{found}");
    let none = ok(&daemon, &key, &["groups", "list", "--search", "zzz"]);
    assert!(none.contains("No groups match `zzz`."), "{none}");

    // The user sees the group.
    let shown = ok_json(&daemon, &key, &["users", "show", "alice"]);
    assert_eq!(shown["groups"][0]["name"], "family", "{shown}");

    // rename, in both modes.
    let renamed = ok(&daemon, &key, &["groups", "rename", "family", "kin"]);
    assert!(
        renamed.contains("Renamed group family to kin."),
        "{renamed}"
    );
    let renamed = ok_json(
        &daemon,
        &key,
        &[
            "groups",
            "rename",
            "kin",
            "clan",
            "--display-name",
            "The Clan",
        ],
    );
    assert_eq!(renamed["name"], "clan", "{renamed}");
    assert_eq!(renamed["display_name"], "The Clan", "{renamed}");
    let old = failed(&daemon.pocketctl(&key, &["groups", "show", "family"]), 1);
    assert!(old.contains("not_found"), "{old}");

    // remove-member.
    let removed = ok(&daemon, &key, &["groups", "remove-member", "clan", "alice"]);
    assert!(
        removed.contains("Removed alice from group clan."),
        "{removed}"
    );
    let removed = ok(
        &daemon,
        &key,
        &["-o", "json", "groups", "remove-member", "clan", "bob"],
    );
    assert_eq!(removed, "");
    let shown = ok_json(&daemon, &key, &["groups", "show", "clan"]);
    assert_eq!(shown["members"], json!([]), "{shown}");
    assert_eq!(shown["group"]["member_count"], 0, "{shown}");
    let shown = ok(&daemon, &key, &["groups", "show", "clan"]);
    assert!(shown.contains("Members: none."), "{shown}");

    // delete: the members stay.
    ok(&daemon, &key, &["groups", "add-member", "clan", "alice"]);
    let deleted = ok(&daemon, &key, &["groups", "delete", "clan", "--yes"]);
    assert!(deleted.contains("Deleted group clan."), "{deleted}");
    let deleted = ok(
        &daemon,
        &key,
        &["-o", "json", "-y", "groups", "delete", "friends"],
    );
    assert_eq!(deleted, "");
    let empty = ok_json(&daemon, &key, &["groups", "list"]);
    assert_eq!(empty["items"], json!([]), "{empty}");
    let empty = ok(&daemon, &key, &["groups", "list"]);
    assert!(empty.contains("No groups."), "{empty}");
    let shown = ok_json(&daemon, &key, &["users", "show", "alice"]);
    assert_eq!(shown["groups"], json!([]), "{shown}");
}

#[test]
fn claims_of_users_and_groups_are_typed_as_written() {
    let daemon = Daemon::start();
    let key = daemon.create_key("ops");
    ok(&daemon, &key, &["users", "create", "alice"]);
    ok(&daemon, &key, &["groups", "create", "family"]);

    let set = ok(
        &daemon,
        &key,
        &["claims", "set", "--user", "alice", "level", "42"],
    );
    assert!(
        set.contains("Set claim `level` of user alice to 42."),
        "{set}"
    );
    let set = ok_json(
        &daemon,
        &key,
        &["claims", "set", "--user", "alice", "tags", r#"["a","b"]"#],
    );
    assert_eq!(set, json!({"key": "tags", "value": ["a", "b"]}));
    ok(
        &daemon,
        &key,
        &["claims", "set", "--user", "alice", "team", "blue team"],
    );
    ok(
        &daemon,
        &key,
        &["claims", "set", "--user", "alice", "code", "42", "--string"],
    );
    ok(
        &daemon,
        &key,
        &["claims", "set", "--user", "alice", "delta", "-5"],
    );

    let list = ok_json(&daemon, &key, &["claims", "list", "--user", "alice"]);
    assert_eq!(
        list["items"],
        json!([
            {"key": "code", "value": "42"},
            {"key": "delta", "value": -5},
            {"key": "level", "value": 42},
            {"key": "tags", "value": ["a", "b"]},
            {"key": "team", "value": "blue team"},
        ]),
        "{list}"
    );
    let table = ok(&daemon, &key, &["claims", "list", "--user", "alice"]);
    let value_of = |key: &str| {
        table
            .lines()
            .find(|line| line.split('|').next().unwrap().trim() == key)
            .unwrap_or_else(|| panic!("no row for {key}: {table}"))
            .split('|')
            .nth(1)
            .unwrap()
            .trim()
            .to_owned()
    };
    assert_eq!(value_of("code"), r#""42""#);
    assert_eq!(value_of("level"), "42");
    assert_eq!(value_of("tags"), r#"["a","b"]"#);
    assert_eq!(value_of("team"), "blue team");
    let shown = ok_json(&daemon, &key, &["users", "show", "alice"]);
    assert_eq!(shown["claims"], list["items"], "{shown}");

    let unset = ok(
        &daemon,
        &key,
        &["claims", "unset", "--user", "alice", "team"],
    );
    assert!(
        unset.contains("Removed claim `team` from user alice."),
        "{unset}"
    );
    let unset = ok(
        &daemon,
        &key,
        &["-o", "json", "claims", "unset", "--user", "alice", "delta"],
    );
    assert_eq!(unset, "");
    let list = ok_json(&daemon, &key, &["claims", "list", "--user", "alice"]);
    let keys: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|claim| claim["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["code", "level", "tags"], "{list}");

    // Groups have claims of their own.
    let empty = ok(&daemon, &key, &["claims", "list", "--group", "family"]);
    assert!(
        empty.contains("No custom claims on group family."),
        "{empty}"
    );
    let set = ok(
        &daemon,
        &key,
        &["claims", "set", "--group", "family", "tier", "gold"],
    );
    assert!(
        set.contains("Set claim `tier` of group family to gold."),
        "{set}"
    );
    ok(
        &daemon,
        &key,
        &[
            "claims",
            "set",
            "--group",
            "family",
            "quota",
            r#"{"gb":10}"#,
        ],
    );
    let list = ok_json(&daemon, &key, &["claims", "list", "--group", "family"]);
    assert_eq!(
        list["items"],
        json!([{"key": "quota", "value": {"gb": 10}}, {"key": "tier", "value": "gold"}]),
        "{list}"
    );
    ok(
        &daemon,
        &key,
        &["claims", "unset", "--group", "family", "tier"],
    );
    let table = ok(&daemon, &key, &["claims", "list", "--group", "family"]);
    assert!(
        table.contains("quota") && !table.contains("tier"),
        "{table}"
    );
    // The user's claims are untouched by the group's.
    let list = ok_json(&daemon, &key, &["claims", "list", "--user", "alice"]);
    assert_eq!(list["items"].as_array().unwrap().len(), 3, "{list}");

    // null is refused before anything is sent; a reserved name by the server.
    let null = failed(
        &daemon.pocketctl(&key, &["claims", "set", "--user", "alice", "x", "null"]),
        2,
    );
    assert!(null.contains("--string"), "{null}");
    let reserved = failed(
        &daemon.pocketctl(&key, &["claims", "set", "--group", "family", "sub", "x"]),
        1,
    );
    assert!(
        reserved.contains("sub") && reserved.contains("invalid_input"),
        "{reserved}"
    );
    request_id(&reserved);
}

#[test]
fn api_keys_are_created_listed_revoked_and_audited() {
    let daemon = Daemon::start();
    let admin = daemon.create_key("ops");

    // Table mode: stdout is the secret and nothing else, the remarks go to stderr.
    let output = daemon.pocketctl(
        &admin,
        &["api-keys", "create", "--name", "ci", "--expires", "1d"],
    );
    let stdout = stdout_ok(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let ci = stdout.trim().to_owned();
    assert!(ci.starts_with("pid_") && !ci.contains(' '), "{stdout}");
    assert!(stderr.contains("Created API key `ci`"), "{stderr}");
    assert!(!stderr.contains(&ci), "the secret went to stderr: {stderr}");

    // JSON mode: the whole response, secret included, and no remarks.
    let output = daemon.pocketctl(
        &admin,
        &["-o", "json", "api-keys", "create", "--name", "backup"],
    );
    let created = parse(&stdout_ok(&output));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(created["api_key"]["name"], "backup", "{created}");
    assert_eq!(created["api_key"]["created_by"], "ops", "{created}");
    assert_eq!(created["api_key"]["expires_at"], Value::Null, "{created}");
    let backup = created["secret"].as_str().unwrap().to_owned();
    assert!(backup.starts_with(created["api_key"]["prefix"].as_str().unwrap()));

    // Both keys work as tokens.
    let seen_by_ci = ok_json(&daemon, &ci, &["api-keys", "list"]);
    assert_eq!(
        seen_by_ci["items"].as_array().unwrap().len(),
        3,
        "{seen_by_ci}"
    );
    ok(&daemon, &backup, &["users", "create", "alice"]);

    let table = ok(&daemon, &admin, &["api-keys", "list"]);
    let row = table
        .lines()
        .find(|line| line.trim_start().starts_with("ci "))
        .unwrap_or_else(|| panic!("no row for ci: {table}"));
    assert!(row.contains(&format!("{}…", &ci[..8])), "{table}");
    assert!(row.contains("active") && row.contains("ops"), "{table}");
    let list = ok_json(&daemon, &admin, &["api-keys", "list"]);
    let ci_record = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["name"] == "ci")
        .unwrap_or_else(|| panic!("no ci: {list}"));
    assert!(ci_record["expires_at"].is_string(), "{list}");
    assert_eq!(ci_record["revoked_at"], Value::Null, "{list}");

    // Revoking needs --yes without a terminal; before it, the key still works.
    let refused = failed(&daemon.pocketctl(&admin, &["api-keys", "revoke", "ci"]), 2);
    assert!(refused.contains("--yes"), "{refused}");
    ok(&daemon, &ci, &["users", "list"]);
    let revoked = ok(&daemon, &admin, &["api-keys", "revoke", "ci", "--yes"]);
    assert!(revoked.contains("Revoked API key ci."), "{revoked}");
    let denied = failed(&daemon.pocketctl(&ci, &["users", "list"]), 1);
    assert!(
        denied.contains("unauthorized") && denied.contains("revoked"),
        "{denied}"
    );
    request_id(&denied);
    let list = ok_json(&daemon, &admin, &["api-keys", "list"]);
    let ci_record = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["name"] == "ci")
        .unwrap();
    assert!(ci_record["revoked_at"].is_string(), "{list}");
    let table = ok(&daemon, &admin, &["api-keys", "list"]);
    assert!(table.contains("revoked"), "{table}");
    // By id too.
    let id = ci_record["id"].as_str().unwrap().to_owned();
    let backup_id = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["name"] == "backup")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(&daemon, &admin, &["-y", "api-keys", "revoke", &backup_id]);
    failed(&daemon.pocketctl(&backup, &["users", "list"]), 1);

    // The audit log, filtered, in both modes.
    let events = ok_json(
        &daemon,
        &admin,
        &["audit", "list", "--action", "user.create"],
    );
    let items = events["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{events}");
    assert_eq!(items[0]["action"], "user.create", "{events}");
    assert_eq!(items[0]["actor"], "backup", "{events}");
    assert_eq!(items[0]["actor_kind"], "api_key", "{events}");
    assert_eq!(items[0]["target"], "alice", "{events}");
    assert_eq!(
        items[0]["user_agent"],
        format!("pocketctl/{}", env!("CARGO_PKG_VERSION"))
    );
    let table = ok(
        &daemon,
        &admin,
        &["audit", "list", "--action", "user.create"],
    );
    let row = table
        .lines()
        .find(|line| line.contains("user.create"))
        .unwrap_or_else(|| panic!("no user.create row: {table}"));
    assert!(
        row.contains("backup") && row.contains("user alice"),
        "{table}"
    );
    assert!(table.contains("1 of 1 event"), "{table}");

    let by_ops = ok_json(&daemon, &admin, &["audit", "list", "--actor", "ops"]);
    let actions: Vec<&str> = by_ops["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| {
            assert_eq!(event["actor"], "ops", "{by_ops}");
            event["action"].as_str().unwrap()
        })
        .collect();
    // Newest first: the two revocations, then the two creations.
    assert_eq!(
        actions,
        [
            "api_key.revoke",
            "api_key.revoke",
            "api_key.create",
            "api_key.create"
        ],
        "{by_ops}"
    );
    let on_ci = ok_json(&daemon, &admin, &["audit", "list", "--target", &id]);
    assert!(!on_ci["items"].as_array().unwrap().is_empty(), "{on_ci}");
    let future = ok(
        &daemon,
        &admin,
        &["audit", "list", "--since", "2999-01-01T00:00:00Z"],
    );
    assert!(future.contains("No audit events match."), "{future}");
    let paged = ok_json(
        &daemon,
        &admin,
        &["audit", "list", "--per-page", "2", "--page", "2"],
    );
    assert_eq!(paged["page"], 2, "{paged}");
    assert_eq!(paged["items"].as_array().unwrap().len(), 2, "{paged}");

    // Secrets are only ever printed by `create`: never by lists, the audit log or the logs.
    let secrets = [admin.as_str(), ci.as_str(), backup.as_str()];
    let outputs = [
        ok(&daemon, &admin, &["api-keys", "list"]),
        ok(&daemon, &admin, &["-o", "json", "api-keys", "list"]),
        ok(&daemon, &admin, &["audit", "list"]),
        ok(&daemon, &admin, &["-o", "json", "audit", "list"]),
        daemon.logs(),
    ];
    for output in &outputs {
        for secret in secrets {
            assert!(!output.contains(secret), "a secret in: {output}");
            // Nor the part after the prefix that lists show.
            assert!(!output.contains(&secret[8..]), "a secret in: {output}");
        }
    }
}

#[tokio::test]
async fn failures_have_the_documented_exit_codes_and_messages() {
    let daemon = Daemon::start();
    let key = daemon.create_key("ops");
    ok(&daemon, &key, &["users", "create", "alice"]);
    ok(&daemon, &key, &["groups", "create", "family"]);

    // An API error: exit 1, the server's own message and the request id, which the daemon
    // logged with the response.
    let http = client(&key);
    let body = crate::support::json(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "ALICE"}))
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    let message = body["message"].as_str().unwrap();
    let taken = failed(&daemon.pocketctl(&key, &["users", "create", "ALICE"]), 1);
    assert!(taken.contains(message), "no `{message}` in: {taken}");
    assert!(taken.contains("conflict"), "{taken}");
    let id = request_id(&taken);
    assert!(daemon.log_contains(&id), "request {id} is not in the log");

    let unknown = failed(&daemon.pocketctl(&key, &["users", "show", "nobody"]), 1);
    assert!(
        unknown.contains("nobody") && unknown.contains("not_found"),
        "{unknown}"
    );
    request_id(&unknown);
    // With JSON output too, the error goes to stderr and nothing to stdout.
    let unknown = failed(
        &daemon.pocketctl(
            &key,
            &["-o", "json", "groups", "add-member", "family", "nobody"],
        ),
        1,
    );
    assert!(unknown.contains("not_found"), "{unknown}");
    let reserved = failed(
        &daemon.pocketctl(&key, &["claims", "set", "--user", "alice", "sub", "x"]),
        1,
    );
    assert!(
        reserved.contains("reserved") && reserved.contains("invalid_input"),
        "{reserved}"
    );
    request_id(&reserved);
    // A name is sent as one path segment, never as a path.
    let slash = failed(
        &daemon.pocketctl(&key, &["users", "show", "alice/groups"]),
        1,
    );
    assert!(slash.contains("not_found"), "{slash}");

    // Usage errors: exit 2, before anything is sent.
    let unknown = failed(&daemon.pocketctl(&key, &["frobnicate"]), 2);
    assert!(unknown.contains("frobnicate"), "{unknown}");
    let missing = failed(&daemon.pocketctl(&key, &["users", "create"]), 2);
    assert!(missing.contains("<USERNAME>"), "{missing}");
    let expires = failed(
        &daemon.pocketctl(
            &key,
            &["api-keys", "create", "--name", "x", "--expires", "5x"],
        ),
        2,
    );
    assert!(expires.contains("5x"), "{expires}");
    let keys = ok_json(&daemon, &key, &["api-keys", "list"]);
    assert_eq!(keys["items"].as_array().unwrap().len(), 1, "{keys}");
    let owner = failed(
        &daemon.pocketctl(&key, &["claims", "set", "level", "42"]),
        2,
    );
    assert!(
        owner.contains("--user") && owner.contains("--group"),
        "{owner}"
    );
    let both = failed(
        &daemon.pocketctl(
            &key,
            &["claims", "list", "--user", "alice", "--group", "family"],
        ),
        2,
    );
    assert!(both.contains("--group"), "{both}");
    let dots = failed(&daemon.pocketctl(&key, &["users", "show", ".."]), 2);
    assert!(dots.contains("not a valid name"), "{dots}");
    let since = failed(
        &daemon.pocketctl(&key, &["audit", "list", "--since", "yesterday"]),
        2,
    );
    assert!(since.contains("RFC 3339"), "{since}");
    let server = failed(
        &daemon.pocketctl_with(
            &["users", "list"],
            &[("POCKETCTL_SERVER", "localhost:1411")],
        ),
        2,
    );
    assert!(server.contains("scheme"), "{server}");

    // Destructive commands without --yes and without a terminal: exit 2, nothing deleted.
    for args in [
        &["users", "delete", "alice"][..],
        &["groups", "delete", "family"],
        &["api-keys", "revoke", "ops"],
    ] {
        let refused = failed(&daemon.pocketctl(&key, args), 2);
        assert!(refused.contains("--yes"), "{refused}");
    }
    ok(&daemon, &key, &["users", "show", "alice"]);
    ok(&daemon, &key, &["groups", "show", "family"]);
    let audit = ok_json(&daemon, &key, &["audit", "list", "--per-page", "1"]);
    assert_eq!(audit["items"][0]["action"], "group.create", "{audit}");

    // A wrong key: exit 1, unauthorized.
    let wrong = failed(&daemon.pocketctl("pid_wrong", &["users", "list"]), 1);
    assert!(wrong.contains("unauthorized"), "{wrong}");
    request_id(&wrong);

    // A server without a key: exit 2, saying how to give one.
    let no_key = failed(
        &daemon.pocketctl_with(&["users", "list"], &[("POCKETCTL_SERVER", &daemon.base)]),
        2,
    );
    assert!(
        no_key.contains(&daemon.base) && no_key.contains("--token"),
        "{no_key}"
    );

    // Nothing listening: exit 1, naming the server.
    let down = failed(
        &daemon.pocketctl_with(
            &["users", "list"],
            &[
                ("POCKETCTL_SERVER", "http://127.0.0.1:1"),
                ("POCKETCTL_TOKEN", &key),
            ],
        ),
        1,
    );
    assert!(down.contains("http://127.0.0.1:1"), "{down}");

    // Something that is not the admin API: exit 1, pointing at a proxy.
    let prefix = format!("{}/not-pocket-id", daemon.base);
    let not_api = failed(
        &daemon.pocketctl_with(
            &["users", "list"],
            &[("POCKETCTL_SERVER", &prefix), ("POCKETCTL_TOKEN", &key)],
        ),
        1,
    );
    assert!(
        not_api.contains("404") && not_api.contains("proxy"),
        "{not_api}"
    );

    // Nothing configured at all: exit 2 with guidance.
    if !host_has_admin_socket() {
        let nothing = failed(&daemon.pocketctl_with(&["users", "list"], &[]), 2);
        for hint in [
            "pocketctl login",
            "--server",
            "POCKETCTL_SERVER",
            "admin socket",
        ] {
            assert!(nothing.contains(hint), "no `{hint}` in: {nothing}");
        }
    }
}

#[test]
fn the_admin_socket_needs_no_key_and_is_private() {
    let daemon = Daemon::start();
    let socket = daemon.socket();
    let mode = std::fs::metadata(&socket).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "admin socket mode {mode:o}");

    let socket_env = socket.to_str().unwrap();
    let over_socket =
        |args: &[&str]| daemon.pocketctl_with(args, &[("POCKETCTL_SOCKET", socket_env)]);
    let created = stdout_ok(&over_socket(&["users", "create", "bob"]));
    assert!(created.contains("Created user bob."), "{created}");
    let events = parse(&stdout_ok(&over_socket(&[
        "--output",
        "json",
        "audit",
        "list",
        "--action",
        "user.create",
    ])));
    assert_eq!(events["items"][0]["actor"], "local-admin", "{events}");
    assert_eq!(events["items"][0]["actor_kind"], "local_admin", "{events}");
    assert_eq!(events["items"][0]["target"], "bob", "{events}");
    let table = stdout_ok(&over_socket(&["audit", "list", "--actor", "local-admin"]));
    assert!(table.contains("user bob"), "{table}");

    // A key made over the socket is created by local-admin and works over HTTP.
    let key = stdout_ok(&over_socket(&["api-keys", "create", "--name", "remote"]));
    let key = key.trim();
    let list = ok_json(&daemon, key, &["users", "list"]);
    assert_eq!(usernames(&list), ["bob"]);
    let keys = ok_json(&daemon, key, &["api-keys", "list"]);
    assert_eq!(keys["items"][0]["created_by"], "local-admin", "{keys}");

    // An explicit server wins over the socket.
    let down = failed(
        &daemon.pocketctl_with(
            &["users", "list"],
            &[
                ("POCKETCTL_SOCKET", socket_env),
                ("POCKETCTL_SERVER", "http://127.0.0.1:1"),
                ("POCKETCTL_TOKEN", key),
            ],
        ),
        1,
    );
    assert!(down.contains("127.0.0.1:1"), "{down}");

    // A socket that is not there: exit 1, naming it.
    let missing = daemon.data_dir.join("missing.sock");
    let missing = missing.to_str().unwrap();
    let gone = failed(
        &daemon.pocketctl_with(&["users", "list"], &[("POCKETCTL_SOCKET", missing)]),
        1,
    );
    assert!(gone.contains(missing), "{gone}");

    // With nothing configured, ./data/admin.sock is used.
    if !host_has_admin_socket() {
        let home = daemon.data_dir.join("home");
        std::fs::create_dir_all(&home).unwrap();
        std::os::unix::fs::symlink(&daemon.data_dir, home.join("data")).unwrap();
        let list = parse(&stdout_ok(
            &daemon.pocketctl_with(&["-o", "json", "users", "list"], &[]),
        ));
        assert_eq!(usernames(&list), ["bob"]);
    }
}

#[test]
fn login_saves_a_private_profile_that_later_commands_use() {
    let daemon = Daemon::start();
    let key = daemon.create_key("laptop");
    ok(&daemon, &key, &["users", "create", "alice"]);
    let config_dir = daemon.data_dir.join("home/.config/pocketctl");
    let config = config_dir.join("config.toml");

    // A wrong key is refused and nothing is written.
    let refused = failed(
        &daemon.pocketctl_with(
            &["login", "--server", &daemon.base, "--token", "pid_wrong"],
            &[],
        ),
        1,
    );
    assert!(refused.contains("unauthorized"), "{refused}");
    assert!(
        !config.exists(),
        "a refused login wrote {}",
        config.display()
    );
    // Without a key and without a terminal: a usage error.
    let no_key = failed(
        &daemon.pocketctl_with(&["login", "--server", &daemon.base], &[]),
        2,
    );
    assert!(no_key.contains("--token"), "{no_key}");
    assert!(!config.exists());

    let output = daemon.pocketctl_with(&["login", "--server", &daemon.base, "--token", &key], &[]);
    let said = stdout_ok(&output);
    assert!(
        said.contains("Logged in to") && said.contains("default"),
        "{said}"
    );
    assert!(!said.contains(&key), "{said}");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&config), 0o600);
    assert_eq!(mode(&config_dir), 0o700);
    let saved = std::fs::read_to_string(&config).unwrap();
    assert!(
        saved.contains(&daemon.base) && saved.contains(&key),
        "{saved}"
    );

    // Commands now need no flags or environment.
    let list = parse(&stdout_ok(
        &daemon.pocketctl_with(&["--output", "json", "users", "list"], &[]),
    ));
    assert_eq!(usernames(&list), ["alice"]);
    let table = stdout_ok(&daemon.pocketctl_with(&["users", "list"], &[]));
    assert!(table.contains("alice"), "{table}");

    // Logging in again with a wrong key keeps the saved profile.
    failed(
        &daemon.pocketctl_with(&["login", "--token", "pid_wrong"], &[]),
        1,
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), saved);

    // The profile's key goes only to the profile's server.
    let elsewhere = failed(
        &daemon.pocketctl_with(
            &["users", "list"],
            &[("POCKETCTL_SERVER", "http://127.0.0.1:1")],
        ),
        2,
    );
    assert!(elsewhere.contains("no API key"), "{elsewhere}");
    // A profile that is not in the file is a usage error.
    let unknown = failed(
        &daemon.pocketctl_with(&["--profile", "work", "users", "list"], &[]),
        2,
    );
    assert!(unknown.contains("work"), "{unknown}");

    // A second profile, by flag, kept beside the first.
    let other = daemon.create_key("work");
    stdout_ok(&daemon.pocketctl_with(
        &["login", "--profile", "work", "--server", &daemon.base],
        &[("POCKETCTL_TOKEN", &other)],
    ));
    let saved = std::fs::read_to_string(&config).unwrap();
    assert!(saved.contains(&key) && saved.contains(&other), "{saved}");
    assert_eq!(mode(&config), 0o600);
    stdout_ok(&daemon.pocketctl_with(&["users", "list"], &[("POCKETCTL_PROFILE", "work")]));

    // Once the saved key is revoked, commands fail with exit 1.
    ok(&daemon, &other, &["api-keys", "revoke", "laptop", "--yes"]);
    let revoked = failed(&daemon.pocketctl_with(&["users", "list"], &[]), 1);
    assert!(revoked.contains("unauthorized"), "{revoked}");
}
