//! The signed-in person's side over HTTP: pages, login codes, adding, renaming and deleting
//! passkeys, and ending sessions, plus the admin's view of passkeys and sessions.

use serde_json::{Value, json};

use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, expect_error, json};

const ORIGIN: &str = "http://localhost:1411";

/// A browser's view of the site: one cookie jar of one session, no redirects followed.
pub struct Browser {
    http: reqwest::Client,
    base: String,
    origin: String,
    /// The session cookie, `name=value`.
    pub cookie: Option<String>,
}

impl Browser {
    /// A browser with no session yet.
    pub fn new(daemon: &Daemon) -> Self {
        crate::support::init();
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: daemon.base.clone(),
            origin: daemon.public_url.clone(),
            cookie: None,
        }
    }

    /// Sends a request with the cookie, keeping any cookie set in answer.
    pub async fn send(
        &mut self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Response {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.keep_cookie(request).await
    }

    /// Sends `request` and keeps the session cookie it sets (or clears).
    async fn keep_cookie(&mut self, request: reqwest::RequestBuilder) -> reqwest::Response {
        let response = request.send().await.unwrap();
        if let Some(set) = response.headers().get("set-cookie") {
            let pair = set.to_str().unwrap().split(';').next().unwrap().to_owned();
            self.cookie = if pair.ends_with('=') {
                None
            } else {
                Some(pair)
            };
        }
        response
    }

    /// `POST` with a JSON body.
    pub async fn post(&mut self, path: &str, body: Value) -> reqwest::Response {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }

    /// `POST` of a form, as a page's `<form>` sends it (with our `Origin`).
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &self.origin)
            .body(body);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.unwrap();
        if let Some(set) = response.headers().get("set-cookie") {
            let pair = set.to_str().unwrap().split(';').next().unwrap().to_owned();
            self.cookie = if pair.ends_with('=') {
                None
            } else {
                Some(pair)
            };
        }
        response
    }

    /// `GET`.
    pub async fn get(&mut self, path: &str) -> reqwest::Response {
        self.send(reqwest::Method::GET, path, None).await
    }

    async fn register(
        &mut self,
        start: &str,
        body: Value,
        finish: &str,
        key: &mut Authenticator,
    ) -> reqwest::Response {
        let started = json(self.post(start, body).await, 200).await;
        let credential = key.register(&started["options"], &self.origin).unwrap();
        self.post(
            finish,
            json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
        )
        .await
    }
}

/// Creates `username` and enrols `key` for them through an invite; the browser is signed in.
pub async fn enrolled(
    daemon: &Daemon,
    admin: &reqwest::Client,
    username: &str,
    key: &mut Authenticator,
) -> Browser {
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
    let token = invite["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let mut browser = Browser::new(daemon);
    json(
        browser
            .register(
                "/webauthn/enrol/start",
                json!({"token": token}),
                "/webauthn/enrol/finish",
                key,
            )
            .await,
        200,
    )
    .await;
    browser
}

#[tokio::test]
async fn pages_render_with_a_strict_policy_and_no_open_redirects() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let mut anonymous = Browser::new(&daemon);

    for path in [
        "/login",
        "/login/code?code=ABCD-EFGH",
        "/login?return_to=/account",
    ] {
        let response = anonymous.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(response.headers()["x-frame-options"], "DENY");
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>"), "inline script on {path}");
        assert!(html.contains("/static/passkeys.js"));
    }
    let login = anonymous.get("/login").await.text().await.unwrap();
    assert!(
        login.contains(r#"autocomplete="username webauthn""#),
        "autofill is offered"
    );
    // A return URL elsewhere is replaced by the account page.
    for evil in [
        "//evil.example/x",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let html = anonymous
            .get(&format!("/login?return_to={}", urlencode(evil)))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains(r#"data-return-to="/account""#),
            "{evil}: {html}"
        );
    }
    let html = anonymous
        .get("/login/code?code=AB%22%3E%3Cscript%3E")
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>"), "the prefilled code is escaped");

    assert_eq!(anonymous.get("/static/passkeys.js").await.status(), 200);
    assert_eq!(anonymous.get("/static/app.css").await.status(), 200);
    let account = anonymous.get("/account").await;
    assert_eq!(account.status(), 303);
    assert_eq!(account.headers()["location"], "/login?return_to=/account");
    assert_eq!(anonymous.get("/").await.headers()["location"], "/login");

    let gone = anonymous.get("/invite/not-a-token").await;
    assert_eq!(gone.status(), 410);
    assert!(gone.text().await.unwrap().contains("no longer works"));
    assert!(daemon.log_contains("/invite/…"), "the request is logged");
    assert!(
        !daemon.logs().contains("not-a-token"),
        "a link token reached the log"
    );

    let mut key = Authenticator::new();
    let mut alice = enrolled(&daemon, &admin, "alice", &mut key).await;
    assert_eq!(alice.get("/").await.headers()["location"], "/account");
    let page = alice.get("/account").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("alice") && html.contains("(this browser)"),
        "{html}"
    );
    assert!(
        html.contains(r#"data-last="true""#),
        "the only passkey is marked last"
    );
}

fn urlencode(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[tokio::test]
async fn people_manage_their_own_passkeys_and_sessions() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let mut phone = Authenticator::new();
    let mut alice = enrolled(&daemon, &admin, "alice", &mut phone).await;

    // A second passkey, added while signed in.
    let mut laptop = Authenticator::new();
    let added = json(
        alice
            .register(
                "/webauthn/add/start",
                json!({}),
                "/webauthn/add/finish",
                &mut laptop,
            )
            .await,
        200,
    )
    .await;
    let list = json(alice.get("/account/passkeys").await, 200).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let id = added["id"].as_str().unwrap().to_owned();

    json(
        alice
            .send(
                reqwest::Method::PATCH,
                &format!("/account/passkeys/{id}"),
                Some(json!({"name": "Laptop"})),
            )
            .await,
        204,
    )
    .await;
    let list = json(alice.get("/account/passkeys").await, 200).await;
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Laptop")
    );
    expect_error(
        alice
            .send(
                reqwest::Method::PATCH,
                &format!("/account/passkeys/{id}"),
                Some(json!({"name": ""})),
            )
            .await,
        422,
        "invalid_input",
    )
    .await;

    // Someone else's passkey is not mine to touch.
    let mut bob_key = Authenticator::new();
    let mut bob = enrolled(&daemon, &admin, "bob", &mut bob_key).await;
    expect_error(
        bob.send(
            reqwest::Method::DELETE,
            &format!("/account/passkeys/{id}"),
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
    expect_error(
        bob.send(reqwest::Method::DELETE, "/account/passkeys/garbage", None)
            .await,
        404,
        "not_found",
    )
    .await;

    json(
        alice
            .send(
                reqwest::Method::DELETE,
                &format!("/account/passkeys/{id}"),
                None,
            )
            .await,
        204,
    )
    .await;
    let list = json(alice.get("/account/passkeys").await, 200).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    // The deleted passkey no longer signs in.
    let mut other = Browser::new(&daemon);
    let started = json(other.post("/webauthn/sign-in/start", json!({})).await, 200).await;
    let credential = laptop.authenticate(&started["options"], ORIGIN).unwrap();
    expect_error(
        other
            .post(
                "/webauthn/sign-in/finish",
                json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
            )
            .await,
        401,
        "passkey_rejected",
    )
    .await;

    // A second session (phone), ended from the first; then sign out everywhere.
    let mut second = Browser::new(&daemon);
    let started = json(second.post("/webauthn/sign-in/start", json!({})).await, 200).await;
    let credential = phone.authenticate(&started["options"], ORIGIN).unwrap();
    json(
        second
            .post(
                "/webauthn/sign-in/finish",
                json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
            )
            .await,
        200,
    )
    .await;
    let sessions = json(alice.get("/account/sessions").await, 200).await;
    let items = sessions["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 2);
    let other_session = items.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    json(
        alice
            .send(
                reqwest::Method::DELETE,
                &format!("/account/sessions/{other_session}"),
                None,
            )
            .await,
        204,
    )
    .await;
    expect_error(second.get("/session").await, 401, "unauthorized").await;
    json(alice.get("/session").await, 200).await;

    let admin_view = json(
        admin
            .get(daemon.api("/users/alice/sessions"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(admin_view["items"].as_array().unwrap().len(), 1);
    json(
        alice.post("/account/sign-out-everywhere", json!({})).await,
        204,
    )
    .await;
    assert!(alice.cookie.is_none(), "the cookie is cleared");
    let admin_view = json(
        admin
            .get(daemon.api("/users/alice/sessions"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(admin_view["items"], json!([]));
    expect_error(alice.get("/account/passkeys").await, 401, "unauthorized").await;
}

#[tokio::test]
async fn login_codes_sign_in_once_and_guessing_is_limited() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    json(
        admin
            .post(daemon.api("/users"))
            .json(&json!({"username": "alice"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let code = json(
        admin
            .post(daemon.api("/users/alice/login-code"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let text = code["code"].as_str().unwrap().to_owned();
    assert_eq!(text.len(), 9);
    assert!(
        code["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/login/code?code={text}"))
    );

    let mut browser = Browser::new(&daemon);
    // Typed loosely: lower case, no dash.
    let loose = text.replace('-', "").to_lowercase();
    let welcome = json(
        browser.post("/login/code", json!({"code": loose})).await,
        200,
    )
    .await;
    assert_eq!(welcome["username"], "alice");
    let me = json(browser.get("/session").await, 200).await;
    assert_eq!(me["method"], "one_time_code");

    // Used once only.
    let mut again = Browser::new(&daemon);
    expect_error(
        again.post("/login/code", json!({"code": text})).await,
        401,
        "passkey_rejected",
    )
    .await;
    // A newer code replaces an unused older one.
    let first = json(
        admin
            .post(daemon.api("/users/alice/login-code"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let second = json(
        admin
            .post(daemon.api("/users/alice/login-code"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    expect_error(
        again
            .post("/login/code", json!({"code": first["code"]}))
            .await,
        401,
        "passkey_rejected",
    )
    .await;
    // Bad lifetimes are refused.
    expect_error(
        admin
            .post(daemon.api("/users/alice/login-code"))
            .json(&json!({"expires_at": "2999-01-01T00:00:00Z"}))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_input",
    )
    .await;

    // Ten attempts per five minutes per address; the eleventh is refused even with the right code.
    for _ in 0..7 {
        expect_error(
            again
                .post("/login/code", json!({"code": "ZZZZ-ZZZZ"}))
                .await,
            401,
            "passkey_rejected",
        )
        .await;
    }
    let limited = again
        .post("/login/code", json!({"code": second["code"]}))
        .await;
    expect_error(limited, 429, "rate_limited").await;

    let failures = json(
        admin
            .get(daemon.api("/audit?action=session.sign_in_failed"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(failures["total"], 9);
    assert!(
        !daemon.logs().contains(&text),
        "a login code reached the log"
    );
}

#[tokio::test]
async fn admins_see_and_revoke_passkeys_and_sessions_and_disabling_ends_sessions() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let mut key = Authenticator::new();
    let mut alice = enrolled(&daemon, &admin, "alice", &mut key).await;

    let sessions = json(
        admin
            .get(daemon.api("/users/alice/sessions"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let session_id = sessions["items"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(sessions["items"][0]["method"], "passkey");
    json(
        admin
            .delete(daemon.api(&format!("/users/alice/sessions/{session_id}")))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    expect_error(alice.get("/session").await, 401, "unauthorized").await;
    expect_error(
        admin
            .delete(daemon.api(&format!("/users/alice/sessions/{session_id}")))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;

    // Signed in again, then disabled: the session ends at once, and stays gone when re-enabled.
    let started = json(alice.post("/webauthn/sign-in/start", json!({})).await, 200).await;
    let credential = key.authenticate(&started["options"], ORIGIN).unwrap();
    json(
        alice
            .post(
                "/webauthn/sign-in/finish",
                json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
            )
            .await,
        200,
    )
    .await;
    json(
        admin
            .post(daemon.api("/users/alice/disable"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    json(
        admin
            .post(daemon.api("/users/alice/enable"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    expect_error(alice.get("/session").await, 401, "unauthorized").await;
    let sessions = json(
        admin
            .get(daemon.api("/users/alice/sessions"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(sessions["items"], json!([]));

    let passkeys = json(
        admin
            .get(daemon.api("/users/alice/passkeys"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let passkey = passkeys["items"][0]["id"].as_str().unwrap().to_owned();
    expect_error(
        admin
            .delete(daemon.api("/users/alice/passkeys/not-an-id"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    json(
        admin
            .delete(daemon.api(&format!("/users/alice/passkeys/{passkey}")))
            .send()
            .await
            .unwrap(),
        204,
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
    assert_eq!(passkeys["items"], json!([]));
    let audit = json(
        admin
            .get(daemon.api("/audit?action=passkey.delete"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["items"][0]["actor"], "ops");
}

#[tokio::test]
async fn people_edit_their_own_profile_within_the_rules() {
    let daemon = Daemon::start();
    let admin = client(&daemon.create_key("ops"));
    let mut key = Authenticator::new();
    let mut alice = enrolled(&daemon, &admin, "alice", &mut key).await;
    json(
        admin
            .post(daemon.api("/users"))
            .json(&json!({"username": "bob", "email": "bob@example.com"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let patch = reqwest::Method::PATCH;

    let changed = json(
        alice
            .send(patch.clone(), "/account/profile", Some(json!({"first_name": "Alice", "last_name": "Liddell", "email": "alice@example.com"})))
            .await,
        200,
    )
    .await;
    assert_eq!(changed["display_name"], "Alice Liddell");
    let me = json(
        admin.get(daemon.api("/users/alice")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(me["email"], "alice@example.com");

    let before = json(
        admin.get(daemon.api("/users/alice")).send().await.unwrap(),
        200,
    )
    .await;
    for (body, status, code) in [
        (json!({"username": "BOB"}), 409, "conflict"),
        (json!({"email": "BOB@example.com"}), 409, "conflict"),
        (json!({"email": "not-an-email"}), 422, "invalid_input"),
        (json!({"username": "no spaces"}), 422, "invalid_input"),
        (json!({"is_admin": true}), 422, "invalid_input"),
        (json!({"shoe_size": 9}), 400, "bad_request"),
    ] {
        expect_error(
            alice
                .send(patch.clone(), "/account/profile", Some(body.clone()))
                .await,
            status,
            code,
        )
        .await;
    }
    let after = json(
        admin.get(daemon.api("/users/alice")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(before, after, "a refused change changed something");

    let cross = alice
        .http
        .patch(format!("{}/account/profile", daemon.base))
        .header("cookie", alice.cookie.clone().unwrap())
        .header("origin", "https://evil.example")
        .json(&json!({"first_name": "Mallory"}))
        .send()
        .await
        .unwrap();
    expect_error(cross, 403, "forbidden").await;

    // The account page shows the profile form with the current values, escaped.
    json(
        alice
            .send(
                patch,
                "/account/profile",
                Some(json!({"display_name": "<b>Al</b>"})),
            )
            .await,
        200,
    )
    .await;
    let html = alice.get("/account").await.text().await.unwrap();
    assert!(
        html.contains("&lt;b&gt;Al&lt;/b&gt;") || html.contains("&#60;b&#62;Al"),
        "{html}"
    );
    assert!(!html.contains("<b>Al</b>"));
    assert!(html.contains(r#"value="Liddell""#));
}
