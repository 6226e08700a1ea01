//! Passkey ceremonies over HTTP against the real daemon, with the software authenticator:
//! enrolment from an invite link, usernameless sign-in, sessions, and every way they must fail.

use serde_json::{Value, json};

use crate::authenticator::{Authenticator, tamper_signature};
use crate::support::{Daemon, client, expect_error, json};

/// The daemon's default public URL, which is its WebAuthn origin.
const ORIGIN: &str = "http://localhost:1411";

/// A browser without cookies of its own: the tests carry the session cookie by hand.
fn browser() -> reqwest::Client {
    crate::support::init();
    reqwest::Client::new()
}

/// Creates `username` and returns an invite token for them.
async fn invited(daemon: &Daemon, admin: &reqwest::Client, username: &str) -> String {
    json(
        admin
            .post(daemon.api("/users"))
            .json(&json!({"username": username}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    invite(daemon, admin, username).await
}

async fn invite(daemon: &Daemon, admin: &reqwest::Client, username: &str) -> String {
    let invite = json(
        admin
            .post(daemon.api(&format!("/users/{username}/invite")))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let url = invite["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("{ORIGIN}/invite/")), "{url}");
    url.rsplit('/').next().unwrap().to_owned()
}

async fn start(daemon: &Daemon, path: &str, body: Value) -> reqwest::Response {
    browser()
        .post(format!("{}{path}", daemon.base))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Runs an enrolment with `authenticator` at `origin`; returns the finish response.
async fn enrol(
    daemon: &Daemon,
    token: &str,
    authenticator: &mut Authenticator,
    origin: &str,
) -> reqwest::Response {
    let started = json(
        start(daemon, "/webauthn/enrol/start", json!({"token": token})).await,
        200,
    )
    .await;
    let credential = authenticator.register(&started["options"], origin).unwrap();
    start(
        daemon,
        "/webauthn/enrol/finish",
        json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
    )
    .await
}

/// Starts a sign-in and returns (ceremony id, the authenticator's assertion).
async fn assertion(
    daemon: &Daemon,
    authenticator: &mut Authenticator,
    origin: &str,
) -> (Value, Value) {
    let started = json(
        start(daemon, "/webauthn/sign-in/start", json!({})).await,
        200,
    )
    .await;
    assert_eq!(
        started["options"]["publicKey"]["allowCredentials"]
            .as_array()
            .map_or(0, Vec::len),
        0
    );
    let credential = authenticator
        .authenticate(&started["options"], origin)
        .unwrap();
    (started["ceremony_id"].clone(), credential)
}

async fn finish_sign_in(
    daemon: &Daemon,
    ceremony_id: &Value,
    credential: &Value,
) -> reqwest::Response {
    start(
        daemon,
        "/webauthn/sign-in/finish",
        json!({"ceremony_id": ceremony_id, "credential": credential}),
    )
    .await
}

/// The session cookie set by a response, as `name=value`.
fn session_cookie(response: &reqwest::Response) -> String {
    let set = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(set.contains(attribute), "{set}");
    }
    set.split(';').next().unwrap().to_owned()
}

async fn whoami(daemon: &Daemon, cookie: &str) -> reqwest::Response {
    browser()
        .get(format!("{}/session", daemon.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_invited_person_enrols_and_signs_back_in_without_a_username() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let token = invited(&daemon, &admin, "alice").await;
    let mut phone = Authenticator::new();

    let enrolled = enrol(&daemon, &token, &mut phone, ORIGIN).await;
    let cookie = session_cookie(&enrolled);
    let welcome = json(enrolled, 200).await;
    assert_eq!(welcome["username"], "alice");
    let me = json(whoami(&daemon, &cookie).await, 200).await;
    assert_eq!(me["username"], "alice");
    assert_eq!(me["method"], "passkey");

    // Sign out: the cookie is cleared and the session is gone.
    let out = browser()
        .post(format!("{}/sign-out", daemon.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    expect_error(whoami(&daemon, &cookie).await, 401, "unauthorized").await;

    // Back in with no username: the browser offers the discoverable passkey.
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    let signed_in = finish_sign_in(&daemon, &ceremony, &credential).await;
    let cookie = session_cookie(&signed_in);
    assert_eq!(json(signed_in, 200).await["username"], "alice");
    assert_eq!(
        json(whoami(&daemon, &cookie).await, 200).await["username"],
        "alice"
    );

    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(passkeys["items"].as_array().unwrap().len(), 1);
    assert!(passkeys["items"][0]["last_used_at"].is_string());

    let audit = json(
        admin
            .get(daemon.api("/audit?target=alice"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "session.sign_in",
            "session.sign_out",
            "session.sign_in",
            "passkey.add",
            "user.invite",
            "user.create"
        ]
    );
    assert_eq!(audit["items"][0]["actor_kind"], "user");
    assert!(
        !daemon.logs().contains(&token),
        "the invite token reached the log"
    );
    assert!(
        !daemon.logs().contains(cookie.split('=').nth(1).unwrap()),
        "a session token reached the log"
    );
}

#[tokio::test]
async fn invite_links_work_once_expire_and_are_replaced() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let token = invited(&daemon, &admin, "alice").await;
    json(
        enrol(&daemon, &token, &mut Authenticator::new(), ORIGIN).await,
        200,
    )
    .await;
    // Used.
    expect_error(
        start(&daemon, "/webauthn/enrol/start", json!({"token": token})).await,
        410,
        "link_unusable",
    )
    .await;

    // Replaced by a newer invite.
    let first = invite(&daemon, &admin, "alice").await;
    let second = invite(&daemon, &admin, "alice").await;
    expect_error(
        start(&daemon, "/webauthn/enrol/start", json!({"token": first})).await,
        410,
        "link_unusable",
    )
    .await;
    // The new one still works, and adds a second passkey.
    json(
        enrol(&daemon, &second, &mut Authenticator::new(), ORIGIN).await,
        200,
    )
    .await;
    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(passkeys["items"].as_array().unwrap().len(), 2);

    // Expired.
    let soon = (chrono::Utc::now() + chrono::Duration::seconds(1)).to_rfc3339();
    let expiring = json(
        admin
            .post(daemon.api("/users/alice/invite"))
            .json(&json!({"expires_at": soon}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let expiring = expiring["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    expect_error(
        start(&daemon, "/webauthn/enrol/start", json!({"token": expiring})).await,
        410,
        "link_unusable",
    )
    .await;

    // Made-up tokens, and invites nobody can have asked for.
    expect_error(
        start(&daemon, "/webauthn/enrol/start", json!({"token": "nope"})).await,
        410,
        "link_unusable",
    )
    .await;
    expect_error(
        admin
            .post(daemon.api("/users/alice/invite"))
            .json(&json!({"expires_at": "2001-01-01T00:00:00Z"}))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_input",
    )
    .await;
    expect_error(
        admin
            .post(daemon.api("/users/nobody/invite"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;

    // The same link cannot be finished twice even when both ceremonies were started first.
    let token = invite(&daemon, &admin, "alice").await;
    let one = json(
        start(&daemon, "/webauthn/enrol/start", json!({"token": token})).await,
        200,
    )
    .await;
    let two = json(
        start(&daemon, "/webauthn/enrol/start", json!({"token": token})).await,
        200,
    )
    .await;
    let mut key = Authenticator::new();
    let first = key.register(&one["options"], ORIGIN).unwrap();
    let mut other = Authenticator::new();
    let second = other.register(&two["options"], ORIGIN).unwrap();
    json(
        start(
            &daemon,
            "/webauthn/enrol/finish",
            json!({"ceremony_id": one["ceremony_id"], "credential": first}),
        )
        .await,
        200,
    )
    .await;
    expect_error(
        start(
            &daemon,
            "/webauthn/enrol/finish",
            json!({"ceremony_id": two["ceremony_id"], "credential": second}),
        )
        .await,
        410,
        "link_unusable",
    )
    .await;
    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(passkeys["items"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn ceremonies_that_must_fail_do_and_sign_nobody_in() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));

    // Registration from another origin, or for another RP ID.
    let token = invited(&daemon, &admin, "alice").await;
    expect_error(
        enrol(
            &daemon,
            &token,
            &mut Authenticator::new(),
            "http://localhost:9999",
        )
        .await,
        401,
        "passkey_rejected",
    )
    .await;
    expect_error(
        enrol(
            &daemon,
            &token,
            &mut Authenticator::new().with_rp_id_override("evil.example"),
            ORIGIN,
        )
        .await,
        401,
        "passkey_rejected",
    )
    .await;
    // Without user verification, which is required.
    expect_error(
        enrol(
            &daemon,
            &token,
            &mut Authenticator::new().with_user_verification(false),
            ORIGIN,
        )
        .await,
        401,
        "passkey_rejected",
    )
    .await;
    // The link survives failed attempts.
    let mut phone = Authenticator::new();
    json(enrol(&daemon, &token, &mut phone, ORIGIN).await, 200).await;

    let before = json(
        admin
            .get(daemon.api("/audit?action=session.sign_in"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await["total"]
        .clone();

    // Wrong origin, wrong RP ID, tampered signature, missing user verification.
    let (ceremony, credential) = assertion(&daemon, &mut phone, "http://localhost:9999").await;
    expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    phone = std::mem::take(&mut phone).with_rp_id_override("evil.example");
    let started = json(
        start(&daemon, "/webauthn/sign-in/start", json!({})).await,
        200,
    )
    .await;
    let credential = phone.authenticate(&started["options"], ORIGIN).unwrap();
    phone = std::mem::take(&mut phone).with_rp_id_override("localhost");
    expect_error(
        finish_sign_in(&daemon, &started["ceremony_id"], &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    let (ceremony, mut credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    tamper_signature(&mut credential);
    expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    phone = std::mem::take(&mut phone).with_user_verification(false);
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    phone = std::mem::take(&mut phone).with_user_verification(true);

    // A replayed challenge: the ceremony was used up by the first finish.
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    json(finish_sign_in(&daemon, &ceremony, &credential).await, 200).await;
    expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    // An unknown ceremony.
    expect_error(
        finish_sign_in(&daemon, &json!("made-up"), &credential).await,
        401,
        "passkey_rejected",
    )
    .await;

    // An unknown credential: made by an authenticator for a registration never finished.
    let bob = invited(&daemon, &admin, "bob").await;
    let started = json(
        start(&daemon, "/webauthn/enrol/start", json!({"token": bob})).await,
        200,
    )
    .await;
    let mut stranger = Authenticator::new();
    stranger.register(&started["options"], ORIGIN).unwrap();
    let (ceremony, credential) = assertion(&daemon, &mut stranger, ORIGIN).await;
    expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;

    // A disabled user can neither sign in nor keep a session.
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    let signed_in = finish_sign_in(&daemon, &ceremony, &credential).await;
    let cookie = session_cookie(&signed_in);
    json(
        admin
            .post(daemon.api("/users/alice/disable"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    expect_error(whoami(&daemon, &cookie).await, 401, "unauthorized").await;
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    let refused = expect_error(
        finish_sign_in(&daemon, &ceremony, &credential).await,
        401,
        "passkey_rejected",
    )
    .await;
    assert!(
        refused["message"].as_str().unwrap().contains("disabled"),
        "{refused}"
    );

    // Cross-site requests are refused outright.
    let cross = browser()
        .post(format!("{}/webauthn/sign-in/start", daemon.base))
        .header("origin", "https://evil.example")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    expect_error(cross, 403, "forbidden").await;

    // Only the two good sign-ins happened; each failure is in the audit log.
    let after = json(
        admin
            .get(daemon.api("/audit?action=session.sign_in"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        after["total"].as_u64().unwrap(),
        before.as_u64().unwrap() + 2
    );
    let failures = json(
        admin
            .get(daemon.api("/audit?action=session.sign_in_failed"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(failures["total"], 8, "{failures}");
}

#[tokio::test]
async fn a_zero_sign_counter_is_accepted_as_synced_passkeys_send_it() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let token = invited(&daemon, &admin, "alice").await;
    let mut synced = Authenticator::new()
        .with_zero_sign_count()
        .with_backup(true, true);
    json(enrol(&daemon, &token, &mut synced, ORIGIN).await, 200).await;
    // The backup flags and the model are read from the registration itself.
    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(passkeys["items"][0]["synced"], true, "{passkeys}");
    assert_eq!(
        passkeys["items"][0]["aaguid"],
        "7e57a117-0000-4000-8000-000000000001"
    );
    assert_eq!(passkeys["items"][0]["name"], "Passkey");
    for _ in 0..2 {
        let (ceremony, credential) = assertion(&daemon, &mut synced, ORIGIN).await;
        json(finish_sign_in(&daemon, &ceremony, &credential).await, 200).await;
    }
    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(passkeys["items"][0]["synced"], true);
}

#[tokio::test]
async fn guessing_at_one_passkey_or_from_one_address_is_limited() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let token = invited(&daemon, &admin, "alice").await;
    let mut phone = Authenticator::new();
    json(enrol(&daemon, &token, &mut phone, ORIGIN).await, 200).await;

    // Twenty bad assertions for one passkey; the next is refused even when it is good.
    for _ in 0..20 {
        let (ceremony, mut credential) = assertion(&daemon, &mut phone, ORIGIN).await;
        tamper_signature(&mut credential);
        expect_error(
            finish_sign_in(&daemon, &ceremony, &credential).await,
            401,
            "passkey_rejected",
        )
        .await;
    }
    let (ceremony, credential) = assertion(&daemon, &mut phone, ORIGIN).await;
    let limited = finish_sign_in(&daemon, &ceremony, &credential).await;
    let body = expect_error(limited, 429, "rate_limited").await;
    assert!(
        body["message"].as_str().unwrap().contains("try again"),
        "{body}"
    );

    // Sixty ceremony calls a minute from one address; 43 were made above.
    let mut last = 0;
    for _ in 0..20 {
        last = start(&daemon, "/webauthn/sign-in/start", json!({}))
            .await
            .status()
            .as_u16();
    }
    assert_eq!(last, 429);
}
