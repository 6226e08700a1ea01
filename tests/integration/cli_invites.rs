//! `pocketctl invites`: sign-up links made, listed and revoked with the real `pocketctl`, and
//! used by new people with real ceremonies by the software authenticator.

use serde_json::{Value, json};

use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, failed, json, ok, ok_json, stdout_ok};

/// The daemon's default public URL, which is its WebAuthn origin.
const ORIGIN: &str = "http://localhost:1411";

/// A browser without cookies.
fn browser() -> reqwest::Client {
    crate::support::init();
    reqwest::Client::new()
}

/// The token at the end of a sign-up link.
fn token_of(url: &str) -> String {
    assert!(url.starts_with(&format!("{ORIGIN}/signup/")), "{url}");
    url.rsplit('/').next().unwrap().to_owned()
}

/// A daemon that lets people sign up with links, and an API key for it.
fn invite_only_daemon() -> (Daemon, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &["--signup", "invite-only"]);
    let key = daemon.create_key("ops");
    (daemon, key, dir)
}

async fn post(daemon: &Daemon, path: &str, body: Value) -> reqwest::Response {
    browser()
        .post(format!("{}{path}", daemon.base))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Starts a sign-up with the link `token` as `username`.
async fn start_signup(daemon: &Daemon, token: &str, username: &str) -> reqwest::Response {
    post(
        daemon,
        "/webauthn/self-enrol/start",
        json!({
            "via": "signup",
            "token": token,
            "username": username,
            "email": format!("{username}@example.com"),
        }),
    )
    .await
}

/// Signs `username` up with the link `token` and a new passkey; returns the finish response.
async fn sign_up(daemon: &Daemon, token: &str, username: &str) -> reqwest::Response {
    let started = json(start_signup(daemon, token, username).await, 200).await;
    let credential = Authenticator::new()
        .register(&started["options"], ORIGIN)
        .unwrap();
    post(
        daemon,
        "/webauthn/self-enrol/finish",
        json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
    )
    .await
}

async fn page_status(daemon: &Daemon, path: &str) -> u16 {
    browser()
        .get(format!("{}{path}", daemon.base))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_sign_up_link_admits_as_many_people_as_it_allows_into_its_groups() {
    let (daemon, key, _dir) = invite_only_daemon();
    let family = ok_json(&daemon, &key, &["groups", "create", "family"]);
    let family_id = family["id"].as_str().unwrap().to_owned();

    // Tables: the link alone on stdout; what it allows on stderr.
    let output = daemon.pocketctl(
        &key,
        &["invites", "create", "--uses", "2", "--group", "family"],
    );
    let stdout = stdout_ok(&output);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let token = token_of(stdout.trim_end());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for needle in ["2 people", "family", "UTC", "invite-only or open"] {
        assert!(stderr.contains(needle), "no {needle:?} in {stderr}");
    }
    assert_eq!(page_status(&daemon, &format!("/signup/{token}")).await, 200);

    // Two people sign up and land in the group; a third is turned away.
    for name in ["carol", "dave"] {
        let welcome = json(sign_up(&daemon, &token, name).await, 200).await;
        assert_eq!(welcome["username"], name, "{welcome}");
    }
    let refused = json(start_signup(&daemon, &token, "erin").await, 410).await;
    assert_eq!(refused["code"], "link_unusable", "{refused}");
    let members = ok_json(&daemon, &key, &["groups", "show", "family"]);
    let names: Vec<&str> = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|user| user["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["carol", "dave"], "{members}");

    // The list shows the link used up, with the group by name; JSON shows what the API says.
    let listed = ok_json(&daemon, &key, &["invites", "list"]);
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{listed}");
    let id = items[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(items[0]["uses_left"], 0, "{listed}");
    assert_eq!(items[0]["url"], Value::Null, "{listed}");
    assert_eq!(items[0]["group_ids"], json!([family_id]), "{listed}");
    let table = ok(&daemon, &key, &["invites", "list"]);
    let header = table.lines().next().unwrap();
    for column in ["id", "uses left", "expires", "groups", "status"] {
        assert!(header.contains(column), "{table}");
    }
    let row = table
        .lines()
        .find(|line| line.contains(&id))
        .unwrap_or_else(|| panic!("no row for {id}: {table}"));
    assert!(row.contains(" 0 "), "{table}");
    assert!(
        row.contains("family") && !row.contains(&family_id),
        "{table}"
    );
    assert!(row.contains("used up"), "{table}");
    assert!(table.contains("1 sign-up link."), "{table}");

    // JSON create: the API's answer, with the lifetime asked for (7 days when none is).
    let before = chrono::Utc::now();
    let second = ok_json(&daemon, &key, &["invites", "create", "--expires", "2d"]);
    let expires: chrono::DateTime<chrono::Utc> =
        second["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires - before;
    assert!(
        lifetime > chrono::Duration::hours(47) && lifetime <= chrono::Duration::hours(49),
        "{second}"
    );
    assert_eq!(second["uses_left"], 1, "{second}");
    assert_eq!(second["group_ids"], json!([]), "{second}");
    let second_id = second["id"].as_str().unwrap().to_owned();
    let second_token = token_of(second["url"].as_str().unwrap());
    let third = ok_json(&daemon, &key, &["invites", "create"]);
    let expires: chrono::DateTime<chrono::Utc> =
        third["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires - before;
    assert!(
        lifetime > chrono::Duration::days(7) - chrono::Duration::hours(1)
            && lifetime <= chrono::Duration::days(7) + chrono::Duration::hours(1),
        "{third}"
    );
    let table = ok(&daemon, &key, &["invites", "list"]);
    let row = table
        .lines()
        .find(|line| line.contains(&second_id))
        .unwrap_or_else(|| panic!("no row for {second_id}: {table}"));
    assert!(row.contains("active") && row.contains(" - "), "{table}");

    // Revoking asks first: without a terminal and without --yes nothing changes.
    let refused = failed(
        &daemon.pocketctl(&key, &["invites", "revoke", &second_id]),
        2,
    );
    assert!(
        refused.contains("--yes") && refused.contains("1 sign-up left"),
        "{refused}"
    );
    assert_eq!(
        page_status(&daemon, &format!("/signup/{second_token}")).await,
        200
    );
    let done = ok(&daemon, &key, &["invites", "revoke", &second_id, "--yes"]);
    assert!(done.contains("Revoked sign-up link"), "{done}");
    assert_eq!(
        page_status(&daemon, &format!("/signup/{second_token}")).await,
        410
    );
    let refused = json(start_signup(&daemon, &second_token, "frank").await, 410).await;
    assert_eq!(refused["code"], "link_unusable", "{refused}");
    let listed = ok_json(&daemon, &key, &["invites", "list"]);
    let ids: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|link| link["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2, "{listed}");
    assert!(!ids.contains(&second_id.as_str()), "{listed}");

    // Gone: revoking it again is the server's not-found. Accounts made with a link stay.
    let stderr = failed(
        &daemon.pocketctl(&key, &["invites", "revoke", &second_id, "--yes"]),
        1,
    );
    assert!(stderr.contains("not_found"), "{stderr}");
    ok(&daemon, &key, &["invites", "revoke", &id, "-y"]);
    ok(&daemon, &key, &["users", "show", "carol"]);
    // JSON mode prints nothing for an answer without a body.
    let third_id = third["id"].as_str().unwrap();
    let quiet = ok(
        &daemon,
        &key,
        &["-o", "json", "invites", "revoke", third_id, "-y"],
    );
    assert!(quiet.is_empty(), "{quiet}");
    let none = ok(&daemon, &key, &["invites", "list"]);
    assert!(none.starts_with("No sign-up links."), "{none}");
    assert_eq!(
        ok_json(&daemon, &key, &["invites", "list"])["items"],
        json!([])
    );
}

#[tokio::test]
async fn bad_sign_up_links_fail_with_their_exit_codes() {
    let (daemon, key, _dir) = invite_only_daemon();

    // The number of uses and the longest lifetime are the server's to refuse.
    for uses in ["0", "101"] {
        let stderr = failed(
            &daemon.pocketctl(&key, &["invites", "create", "--uses", uses]),
            1,
        );
        assert!(
            stderr.contains("`uses` must be from 1 to 100") && stderr.contains("invalid_input"),
            "{stderr}"
        );
    }
    let stderr = failed(
        &daemon.pocketctl(&key, &["invites", "create", "--expires", "32d"]),
        1,
    );
    assert!(stderr.contains("invalid_input"), "{stderr}");
    // Unknown groups too.
    let stderr = failed(
        &daemon.pocketctl(&key, &["invites", "create", "--group", "nope"]),
        1,
    );
    assert!(
        stderr.contains("not_found") && stderr.contains("nope"),
        "{stderr}"
    );

    // What is not a number or a lifetime is a usage error before anything is sent.
    for args in [
        &["invites", "create", "--expires", "tomorrow"][..],
        &["invites", "create", "--expires", "0h"],
        &["invites", "create", "--uses", "two"],
        &["invites", "revoke"],
    ] {
        failed(&daemon.pocketctl(&key, args), 2);
    }

    // An unknown link: with --yes the server says it does not exist; without, nothing is asked.
    let unknown = "0195f2a4-7c1e-7d3a-9b1f-2e4c6a8b0d12";
    let stderr = failed(
        &daemon.pocketctl(&key, &["invites", "revoke", unknown, "--yes"]),
        1,
    );
    assert!(stderr.contains("not_found"), "{stderr}");
    failed(&daemon.pocketctl(&key, &["invites", "revoke", unknown]), 2);

    // None of it made a link.
    let admin = client(&key);
    let audit = json(
        admin
            .get(daemon.api("/audit?action=signup_link.create"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 0, "{audit}");
    let listed = ok_json(&daemon, &key, &["invites", "list"]);
    assert_eq!(listed["items"], json!([]), "{listed}");
}
