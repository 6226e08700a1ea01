//! People enrolling themselves: the first administrator's setup link, sign-up links, and open
//! sign-up, over HTTP against the real daemon.

use serde_json::{Value, json};

use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, expect_error, json, stdout_ok};

const ORIGIN: &str = "http://localhost:1411";

fn browser() -> reqwest::Client {
    crate::support::init();
    reqwest::Client::new()
}

async fn post(daemon: &Daemon, path: &str, body: Value) -> reqwest::Response {
    browser()
        .post(format!("{}{path}", daemon.base))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Starts a self-enrolment; returns the start response.
async fn start(
    daemon: &Daemon,
    via: &str,
    token: Option<&str>,
    username: &str,
) -> reqwest::Response {
    post(
        daemon,
        "/webauthn/self-enrol/start",
        json!({"via": via, "token": token, "username": username, "email": format!("{username}@example.com"), "first_name": "Test"}),
    )
    .await
}

async fn finish(daemon: &Daemon, started: &Value, key: &mut Authenticator) -> reqwest::Response {
    let credential = key.register(&started["options"], ORIGIN).unwrap();
    post(
        daemon,
        "/webauthn/self-enrol/finish",
        json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
    )
    .await
}

fn token_of(url: &str) -> String {
    url.trim().rsplit('/').next().unwrap().to_owned()
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
async fn the_setup_link_creates_the_first_administrator_exactly_once() {
    let daemon = Daemon::start();
    // The daemon logged a setup link at start; a fresh one replaces it.
    assert!(daemon.log_contains("/setup/"), "no setup link in the log");
    let logged = daemon
        .logs()
        .lines()
        .find_map(|l| {
            serde_json::from_str::<Value>(l)
                .ok()
                .and_then(|v| v["setup_url"].as_str().map(str::to_owned))
        })
        .expect("a setup_url field");
    let fresh = stdout_ok(&daemon.pocket_id(&["setup-link"]));
    assert_eq!(
        page_status(&daemon, &format!("/setup/{}", token_of(&logged))).await,
        410
    );
    let token = token_of(&fresh);
    assert_eq!(page_status(&daemon, &format!("/setup/{token}")).await, 200);

    // Two browsers race with the same link: exactly one account is made.
    let one = json(start(&daemon, "setup", Some(&token), "root").await, 200).await;
    let two = json(start(&daemon, "setup", Some(&token), "other").await, 200).await;
    let mut key_one = Authenticator::new();
    let mut key_two = Authenticator::new();
    let (a, b) = tokio::join!(
        finish(&daemon, &one, &mut key_one),
        finish(&daemon, &two, &mut key_two)
    );
    let statuses = [a.status().as_u16(), b.status().as_u16()];
    assert!(
        statuses.contains(&200) && statuses.contains(&410),
        "{statuses:?}"
    );

    let admin = client(&daemon.create_key("ops"));
    let users = json(admin.get(daemon.api("/users")).send().await.unwrap(), 200).await;
    assert_eq!(users["total"], 1, "{users}");
    assert_eq!(users["items"][0]["is_admin"], true);

    // Used up, and no new one while an administrator exists.
    expect_error(
        start(&daemon, "setup", Some(&token), "third").await,
        410,
        "link_unusable",
    )
    .await;
    let refused = daemon.pocket_id(&["setup-link"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already exists"));
}

#[tokio::test]
async fn sign_up_links_admit_as_many_people_as_they_allow() {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &["--signup", "invite-only"]);
    let admin = client(&daemon.create_key("ops"));
    json(
        admin
            .post(daemon.api("/groups"))
            .json(&json!({"name": "family"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    expect_error(
        admin
            .post(daemon.api("/signup-links"))
            .json(&json!({"uses": 0}))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_input",
    )
    .await;
    expect_error(
        admin
            .post(daemon.api("/signup-links"))
            .json(&json!({"groups": ["nope"]}))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    let link = json(
        admin
            .post(daemon.api("/signup-links"))
            .json(&json!({"uses": 2, "groups": ["family"]}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let token = token_of(link["url"].as_str().unwrap());
    assert_eq!(page_status(&daemon, &format!("/signup/{token}")).await, 200);
    // Open sign-up is off in invite-only mode.
    assert_eq!(page_status(&daemon, "/signup").await, 410);
    expect_error(
        start(&daemon, "open", None, "sneaky").await,
        410,
        "link_unusable",
    )
    .await;

    // Bad details are refused before any passkey is made.
    expect_error(
        start(&daemon, "signup", Some(&token), "-bad-").await,
        422,
        "invalid_input",
    )
    .await;
    let bad_email = post(
        &daemon,
        "/webauthn/self-enrol/start",
        json!({"via": "signup", "token": token, "username": "carol", "email": "carol@"}),
    )
    .await;
    expect_error(bad_email, 422, "invalid_input").await;

    for name in ["carol", "dave"] {
        let started = json(start(&daemon, "signup", Some(&token), name).await, 200).await;
        let welcome = json(
            finish(&daemon, &started, &mut Authenticator::new()).await,
            200,
        )
        .await;
        assert_eq!(welcome["username"], name);
    }
    expect_error(
        start(&daemon, "signup", Some(&token), "erin").await,
        410,
        "link_unusable",
    )
    .await;
    // A taken username is refused.
    let other = json(
        admin
            .post(daemon.api("/signup-links"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    expect_error(
        start(
            &daemon,
            "signup",
            Some(&token_of(other["url"].as_str().unwrap())),
            "CAROL",
        )
        .await,
        409,
        "conflict",
    )
    .await;

    let members = json(
        admin
            .get(daemon.api("/groups/family/members"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let names: Vec<&str> = members["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["carol", "dave"]);
    let carol = json(
        admin.get(daemon.api("/users/carol")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(carol["is_admin"], false);
    assert_eq!(carol["email"], "carol@example.com");

    let links = json(
        admin.get(daemon.api("/signup-links")).send().await.unwrap(),
        200,
    )
    .await;
    let first = links["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == link["id"])
        .unwrap();
    assert_eq!(first["uses_left"], 0);
    assert!(first["url"].is_null(), "a link's URL is shown only once");
    json(
        admin
            .delete(daemon.api(&format!("/signup-links/{}", other["id"].as_str().unwrap())))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    expect_error(
        admin
            .delete(daemon.api("/signup-links/nope"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    let audit = json(
        admin
            .get(daemon.api("/audit?action=user.sign_up"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 2);
    assert!(daemon.stop().success());

    // With sign-up disabled (the default), the same kind of link does nothing.
    let daemon = Daemon::start_in(dir.path(), &[]);
    let admin = client(&daemon.create_key("ops2"));
    let link = json(
        admin
            .post(daemon.api("/signup-links"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        page_status(
            &daemon,
            &format!("/signup/{}", token_of(link["url"].as_str().unwrap()))
        )
        .await,
        410
    );
}

#[tokio::test]
async fn open_sign_up_needs_no_link() {
    let daemon = Daemon::start_in(
        tempfile::tempdir().unwrap().keep().as_path(),
        &["--signup", "open"],
    );
    assert_eq!(page_status(&daemon, "/signup").await, 200);
    let started = json(start(&daemon, "open", None, "frank").await, 200).await;
    json(
        finish(&daemon, &started, &mut Authenticator::new()).await,
        200,
    )
    .await;
    expect_error(
        start(&daemon, "bogus", None, "gina").await,
        422,
        "invalid_input",
    )
    .await;
}
