//! `pocketctl` for the ways people get in and stay in: invite links and login codes, passkeys
//! and sessions, against a real daemon with real ceremonies by the software authenticator.

use serde_json::{Value, json};

use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, failed, json, ok, ok_json, stdout_ok};

/// The daemon's default public URL, which is its WebAuthn origin.
const ORIGIN: &str = "http://localhost:1411";

/// A browser that names itself `agent` and keeps no cookies: the tests carry them by hand.
fn browser(agent: &str) -> reqwest::Client {
    crate::support::init();
    reqwest::Client::builder()
        .user_agent(agent)
        .build()
        .unwrap()
}

/// The invite token at the end of an invite link.
fn token_of(url: &str) -> String {
    assert!(url.starts_with(&format!("{ORIGIN}/invite/")), "{url}");
    url.rsplit('/').next().unwrap().to_owned()
}

/// `pocketctl users invite USER` in table mode: the link alone on stdout, a note on stderr.
fn invite(daemon: &Daemon, key: &str, user: &str) -> String {
    let output = daemon.pocketctl(key, &["users", "invite", user]);
    let stdout = stdout_ok(&output);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("expires") && stderr.contains("UTC"),
        "{stderr}"
    );
    token_of(stdout.trim_end())
}

async fn post(daemon: &Daemon, agent: &str, path: &str, body: Value) -> reqwest::Response {
    browser(agent)
        .post(format!("{}{path}", daemon.base))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// The session cookie a response sets, as `name=value`.
fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("set-cookie")
        .unwrap_or_else(|| panic!("no session cookie: {response:?}"))
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// Registers `authenticator` with the invite `token` from a browser named `agent`; returns the
/// new session's cookie.
async fn enrol(
    daemon: &Daemon,
    token: &str,
    authenticator: &mut Authenticator,
    agent: &str,
) -> String {
    let started = json(
        post(
            daemon,
            agent,
            "/webauthn/enrol/start",
            json!({"token": token}),
        )
        .await,
        200,
    )
    .await;
    let credential = authenticator.register(&started["options"], ORIGIN).unwrap();
    let finished = post(
        daemon,
        agent,
        "/webauthn/enrol/finish",
        json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
    )
    .await;
    let cookie = session_cookie(&finished);
    json(finished, 200).await;
    cookie
}

/// A usernameless sign-in with `authenticator` from a browser named `agent`; returns the finish
/// response.
async fn sign_in(
    daemon: &Daemon,
    authenticator: &mut Authenticator,
    agent: &str,
) -> reqwest::Response {
    let started = json(
        post(daemon, agent, "/webauthn/sign-in/start", json!({})).await,
        200,
    )
    .await;
    let credential = authenticator
        .authenticate(&started["options"], ORIGIN)
        .unwrap();
    post(
        daemon,
        agent,
        "/webauthn/sign-in/finish",
        json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
    )
    .await
}

/// The status of `GET /session` with `cookie`.
async fn session_status(daemon: &Daemon, cookie: &str) -> u16 {
    browser("check")
        .get(format!("{}/session", daemon.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// The id of the session listed with the user agent `agent`.
fn session_id(sessions: &Value, agent: &str) -> String {
    sessions["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|session| session["user_agent"] == agent)
        .unwrap_or_else(|| panic!("no session from {agent}: {sessions}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A daemon with an admin key and the user `alice`.
fn daemon_with_alice() -> (Daemon, String) {
    let daemon = Daemon::start();
    let key = daemon.create_key("ops");
    ok(&daemon, &key, &["users", "create", "alice"]);
    (daemon, key)
}

#[tokio::test]
async fn an_invite_link_enrols_and_the_passkey_and_session_are_listed() {
    let (daemon, key) = daemon_with_alice();

    // The longest lifetime the server allows is accepted as written.
    ok(
        &daemon,
        &key,
        &["users", "invite", "alice", "--expires", "31d"],
    );
    let first = invite(&daemon, &key, "alice");
    // JSON mode prints the API's answer; a newer invite replaces the first.
    let before = chrono::Utc::now();
    let second = ok_json(
        &daemon,
        &key,
        &["users", "invite", "alice", "--expires", "2h"],
    );
    let expires: chrono::DateTime<chrono::Utc> =
        second["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires - before;
    assert!(
        lifetime > chrono::Duration::minutes(119) && lifetime <= chrono::Duration::minutes(121),
        "{second}"
    );
    let second = token_of(second["url"].as_str().unwrap());
    let replaced = post(
        &daemon,
        "browser",
        "/webauthn/enrol/start",
        json!({"token": first}),
    )
    .await;
    assert_eq!(json(replaced, 410).await["code"], "link_unusable");

    let mut phone = Authenticator::new().with_backup(true, true);
    let cookie = enrol(&daemon, &second, &mut phone, "Phone Browser/1.0").await;
    assert_eq!(session_status(&daemon, &cookie).await, 200);
    // A sign-in gives the passkey a last use (and reports it synced again).
    let signed_in = sign_in(&daemon, &mut phone, "Phone Browser/1.0").await;
    json(signed_in, 200).await;

    let passkeys = ok_json(&daemon, &key, &["passkeys", "list", "alice"]);
    let items = passkeys["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{passkeys}");
    let id = items[0]["id"].as_str().unwrap();
    assert_eq!(items[0]["synced"], true, "{passkeys}");
    assert!(items[0]["created_at"].is_string(), "{passkeys}");
    assert!(items[0]["last_used_at"].is_string(), "{passkeys}");
    let table = ok(&daemon, &key, &["passkeys", "list", "alice"]);
    let header = table.lines().next().unwrap();
    for column in ["id", "name", "synced", "created", "last used"] {
        assert!(header.contains(column), "{table}");
    }
    let row = table
        .lines()
        .find(|line| line.contains(id))
        .unwrap_or_else(|| panic!("no row for {id}: {table}"));
    assert!(row.contains("yes") && !row.contains("never"), "{table}");
    assert!(table.contains("1 passkey."), "{table}");

    let sessions = ok_json(&daemon, &key, &["sessions", "list", "alice"]);
    assert_eq!(sessions["items"].as_array().unwrap().len(), 2, "{sessions}");
    let session = session_id(&sessions, "Phone Browser/1.0");
    assert_eq!(sessions["items"][0]["method"], "passkey", "{sessions}");
    assert!(sessions["items"][0]["expires_at"].is_string(), "{sessions}");
    let table = ok(&daemon, &key, &["sessions", "list", "alice"]);
    let header = table.lines().next().unwrap();
    for column in [
        "id",
        "method",
        "ip",
        "user agent",
        "created",
        "last seen",
        "expires",
    ] {
        assert!(header.contains(column), "{table}");
    }
    let row = table
        .lines()
        .find(|line| line.contains(&session))
        .unwrap_or_else(|| panic!("no row for {session}: {table}"));
    assert!(
        row.contains("passkey") && row.contains("Phone Browser/1.0"),
        "{table}"
    );

    // A user without passkeys or sessions says so.
    ok(&daemon, &key, &["users", "create", "bob"]);
    let none = ok(&daemon, &key, &["passkeys", "list", "bob"]);
    assert!(none.contains("bob has no passkeys"), "{none}");
    let none = ok(&daemon, &key, &["sessions", "list", "bob"]);
    assert!(none.contains("not signed in"), "{none}");
    assert_eq!(
        ok_json(&daemon, &key, &["sessions", "list", "bob"])["items"],
        json!([])
    );
}

#[tokio::test]
async fn sessions_are_revoked_one_at_a_time_or_all_at_once() {
    let (daemon, key) = daemon_with_alice();
    let token = invite(&daemon, &key, "alice");
    let mut phone = Authenticator::new();
    let laptop = enrol(&daemon, &token, &mut phone, "Laptop/1").await;
    let signed_in = sign_in(&daemon, &mut phone, "Tablet/2").await;
    let tablet = session_cookie(&signed_in);
    json(signed_in, 200).await;
    let signed_in = sign_in(&daemon, &mut phone, "Desktop/3").await;
    let desktop = session_cookie(&signed_in);
    json(signed_in, 200).await;

    let sessions = ok_json(&daemon, &key, &["sessions", "list", "alice"]);
    assert_eq!(sessions["items"].as_array().unwrap().len(), 3, "{sessions}");
    let tablet_id = session_id(&sessions, "Tablet/2");

    // Without --yes and without a terminal: a usage error, and nobody is signed out.
    let refused = failed(
        &daemon.pocketctl(&key, &["sessions", "revoke", "alice", &tablet_id]),
        2,
    );
    assert!(refused.contains("--yes"), "{refused}");
    let refused = failed(
        &daemon.pocketctl(&key, &["sessions", "revoke", "alice", "--all"]),
        2,
    );
    assert!(refused.contains("3 sessions"), "{refused}");
    for cookie in [&laptop, &tablet, &desktop] {
        assert_eq!(session_status(&daemon, cookie).await, 200);
    }

    // One session: only that browser is signed out.
    let done = ok(
        &daemon,
        &key,
        &["sessions", "revoke", "alice", &tablet_id, "--yes"],
    );
    assert!(done.contains("Revoked session"), "{done}");
    assert_eq!(session_status(&daemon, &tablet).await, 401);
    assert_eq!(session_status(&daemon, &laptop).await, 200);
    assert_eq!(session_status(&daemon, &desktop).await, 200);
    let sessions = ok_json(&daemon, &key, &["sessions", "list", "alice"]);
    assert_eq!(sessions["items"].as_array().unwrap().len(), 2, "{sessions}");
    // It is gone: revoking it again is an API error.
    failed(
        &daemon.pocketctl(&key, &["sessions", "revoke", "alice", &tablet_id, "-y"]),
        1,
    );

    // All of them.
    let done = ok(
        &daemon,
        &key,
        &["sessions", "revoke", "alice", "--all", "--yes"],
    );
    assert!(done.contains("Revoked all sessions of alice."), "{done}");
    assert_eq!(session_status(&daemon, &laptop).await, 401);
    assert_eq!(session_status(&daemon, &desktop).await, 401);
    let sessions = ok_json(&daemon, &key, &["sessions", "list", "alice"]);
    assert_eq!(sessions["items"], json!([]), "{sessions}");
    // JSON mode prints nothing for an answer without a body.
    let quiet = ok(
        &daemon,
        &key,
        &["-o", "json", "sessions", "revoke", "alice", "--all", "-y"],
    );
    assert!(quiet.is_empty(), "{quiet}");

    // The passkey still works after its sessions are gone.
    let signed_in = sign_in(&daemon, &mut phone, "Laptop/1").await;
    assert_eq!(signed_in.status(), 200);
}

#[tokio::test]
async fn a_deleted_passkey_stops_working_and_the_last_one_is_called_out() {
    let (daemon, key) = daemon_with_alice();
    let mut phone = Authenticator::new();
    let token = invite(&daemon, &key, "alice");
    enrol(&daemon, &token, &mut phone, "Phone").await;
    let listed = ok_json(&daemon, &key, &["passkeys", "list", "alice"]);
    let phone_id = listed["items"][0]["id"].as_str().unwrap().to_owned();

    // The only passkey: the question warns, and without --yes nothing is deleted.
    let refused = failed(
        &daemon.pocketctl(&key, &["passkeys", "delete", "alice", &phone_id]),
        2,
    );
    assert!(refused.contains("last passkey"), "{refused}");
    assert!(refused.contains("--yes"), "{refused}");

    // With a second passkey, the question does not say "last".
    let mut key_fob = Authenticator::new();
    let token = invite(&daemon, &key, "alice");
    enrol(&daemon, &token, &mut key_fob, "Laptop").await;
    let refused = failed(
        &daemon.pocketctl(&key, &["passkeys", "delete", "alice", &phone_id]),
        2,
    );
    assert!(!refused.contains("last passkey"), "{refused}");
    let listed = ok_json(&daemon, &key, &["passkeys", "list", "alice"]);
    assert_eq!(listed["items"].as_array().unwrap().len(), 2, "{listed}");
    assert_eq!(sign_in(&daemon, &mut phone, "Phone").await.status(), 200);

    let done = ok(
        &daemon,
        &key,
        &["passkeys", "delete", "alice", &phone_id, "--yes"],
    );
    assert!(done.contains("Deleted passkey"), "{done}");
    let listed = ok_json(&daemon, &key, &["passkeys", "list", "alice"]);
    let ids: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 1, "{listed}");
    assert_ne!(ids[0], phone_id);
    let refused = sign_in(&daemon, &mut phone, "Phone").await;
    assert_eq!(json(refused, 401).await["code"], "passkey_rejected");
    assert_eq!(sign_in(&daemon, &mut key_fob, "Laptop").await.status(), 200);

    // Deleting it again is an API error; the last one is deleted with a pointer to invites.
    failed(
        &daemon.pocketctl(&key, &["passkeys", "delete", "alice", &phone_id, "-y"]),
        1,
    );
    let done = ok(
        &daemon,
        &key,
        &["passkeys", "delete", "alice", ids[0], "-y"],
    );
    assert!(done.contains("users invite alice"), "{done}");
    let none = ok(&daemon, &key, &["passkeys", "list", "alice"]);
    assert!(none.contains("alice has no passkeys"), "{none}");
    let refused = sign_in(&daemon, &mut key_fob, "Laptop").await;
    assert_eq!(json(refused, 401).await["code"], "passkey_rejected");
}

#[tokio::test]
async fn a_login_code_is_printed_alone_and_signs_in_once() {
    let (daemon, key) = daemon_with_alice();

    // The longest lifetime the server allows is accepted as written.
    ok(
        &daemon,
        &key,
        &["users", "login-code", "alice", "--expires", "24h"],
    );
    let output = daemon.pocketctl(&key, &["users", "login-code", "alice"]);
    let stdout = stdout_ok(&output);
    let code = stdout.trim_end().to_owned();
    assert_eq!(stdout, format!("{code}\n"));
    assert!(is_login_code(&code), "not XXXX-XXXX: {code:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("{ORIGIN}/login/code")) && stderr.contains("UTC"),
        "{stderr}"
    );

    // JSON mode: the API's answer; a newer code replaces the first.
    let before = chrono::Utc::now();
    let second = ok_json(
        &daemon,
        &key,
        &["users", "login-code", "alice", "--expires", "1h"],
    );
    let newer = second["code"].as_str().unwrap().to_owned();
    assert!(is_login_code(&newer), "{second}");
    assert!(
        second["url"].as_str().unwrap().starts_with(ORIGIN),
        "{second}"
    );
    let expires: chrono::DateTime<chrono::Utc> =
        second["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires - before;
    assert!(
        lifetime > chrono::Duration::minutes(59) && lifetime <= chrono::Duration::minutes(61),
        "{second}"
    );

    // Redeeming it signs in once, and the session says how.
    let redeemed = post(&daemon, "Kiosk/1", "/login/code", json!({"code": newer})).await;
    assert_eq!(
        redeemed.status(),
        200,
        "POST /login/code: {:?}",
        redeemed.text().await
    );
    let cookie = session_cookie(&redeemed);
    assert_eq!(session_status(&daemon, &cookie).await, 200);
    let sessions = ok(&daemon, &key, &["sessions", "list", "alice"]);
    let row = sessions
        .lines()
        .find(|line| line.contains("Kiosk/1"))
        .unwrap_or_else(|| panic!("no session from the kiosk: {sessions}"));
    assert!(row.contains("login code"), "{sessions}");
    let again = post(&daemon, "Kiosk/1", "/login/code", json!({"code": newer})).await;
    assert!(again.status().is_client_error(), "{again:?}");
    let replaced = post(&daemon, "Kiosk/1", "/login/code", json!({"code": code})).await;
    assert!(replaced.status().is_client_error(), "{replaced:?}");
}

/// `XXXX-XXXX` with digits and capital letters.
fn is_login_code(code: &str) -> bool {
    let part = |p: &str| {
        p.len() == 4
            && p.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    matches!(code.split_once('-'), Some((a, b)) if part(a) && part(b))
}

#[tokio::test]
async fn unknown_users_and_bad_lifetimes_fail_with_their_exit_codes() {
    let (daemon, key) = daemon_with_alice();
    let admin = client(&key);

    for args in [
        &["users", "invite", "nobody"][..],
        &["users", "login-code", "nobody"],
        &["passkeys", "list", "nobody"],
        &[
            "passkeys",
            "delete",
            "nobody",
            "0b6c6e1e-9b8e-4b8a-8d0c-3c3c1f6b7a10",
        ],
        &["sessions", "list", "nobody"],
        &["sessions", "revoke", "nobody", "--all"],
        &["sessions", "revoke", "nobody", "--all", "--yes"],
        &["sessions", "revoke", "nobody", "some-session", "--yes"],
    ] {
        let stderr = failed(&daemon.pocketctl(&key, args), 1);
        assert!(stderr.contains("not_found"), "{args:?}: {stderr}");
    }
    // An unknown passkey or session of a known user.
    for args in [
        &[
            "passkeys",
            "delete",
            "alice",
            "0b6c6e1e-9b8e-4b8a-8d0c-3c3c1f6b7a10",
            "-y",
        ][..],
        &[
            "sessions",
            "revoke",
            "alice",
            "0b6c6e1e-9b8e-4b8a-8d0c-3c3c1f6b7a10",
            "-y",
        ],
    ] {
        failed(&daemon.pocketctl(&key, args), 1);
    }

    // Bad lifetimes are usage errors before anything is sent.
    for args in [
        &["users", "invite", "alice", "--expires", "tomorrow"][..],
        &["users", "invite", "alice", "--expires", "0h"],
        &["users", "login-code", "alice", "--expires", "15"],
        &["sessions", "revoke", "alice"],
        &["sessions", "revoke", "alice", "some-session", "--all"],
    ] {
        failed(&daemon.pocketctl(&key, args), 2);
    }
    // Lifetimes the server does not allow are its to refuse.
    let stderr = failed(
        &daemon.pocketctl(&key, &["users", "invite", "alice", "--expires", "32d"]),
        1,
    );
    assert!(stderr.contains("invalid_input"), "{stderr}");
    let stderr = failed(
        &daemon.pocketctl(&key, &["users", "login-code", "alice", "--expires", "25h"]),
        1,
    );
    assert!(stderr.contains("invalid_input"), "{stderr}");

    // None of it issued an invite.
    let audit = json(
        admin
            .get(daemon.api("/audit?action=user.invite"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 0, "{audit}");
}
