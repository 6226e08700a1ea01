//! What the OpenID Connect tests share: a daemon reachable at its own public URL, a signed-in
//! person, a registered client, and walking a browser through `/authorize`.

use serde_json::{Value, json};

use crate::account::{Browser, enrolled};
use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, json};

/// A daemon whose issuer is where it listens, with an admin key and a signed-in person.
pub struct Provider {
    /// The daemon.
    pub daemon: Daemon,
    /// An admin API client.
    pub admin: reqwest::Client,
    /// Alice's browser, signed in.
    pub browser: Browser,
    /// Alice's passkey.
    pub key: Authenticator,
}

impl Provider {
    /// Starts a daemon and signs `alice` in.
    pub async fn start() -> Self {
        let daemon = Daemon::start_reachable(&[]);
        let admin = client(&daemon.create_key("oidc-tests"));
        let mut key = Authenticator::new();
        let browser = enrolled(&daemon, &admin, "alice", &mut key).await;
        let response = admin
            .patch(daemon.api("/users/alice"))
            .json(&json!({"email": "alice@example.com", "first_name": "Alice", "last_name": "Liddell"}))
            .send()
            .await
            .unwrap();
        json(response, 200).await;
        Self {
            daemon,
            admin,
            browser,
            key,
        }
    }

    /// Signs alice in again with her passkey in the same browser (a fresh session).
    pub async fn sign_in_again(&mut self) {
        let started = json(
            self.browser
                .post("/webauthn/sign-in/start", json!({}))
                .await,
            200,
        )
        .await;
        let credential = self
            .key
            .authenticate(&started["options"], &self.daemon.public_url)
            .unwrap();
        json(
            self.browser
                .post(
                    "/webauthn/sign-in/finish",
                    json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
                )
                .await,
            200,
        )
        .await;
    }

    /// Registers a client; returns the API's answer (with `secret` for confidential ones).
    pub async fn client(&self, body: Value) -> Value {
        let response = self
            .admin
            .post(self.daemon.api("/clients"))
            .json(&body)
            .send()
            .await
            .unwrap();
        json(response, 201).await
    }

    /// The path and query of a URL on the daemon.
    pub fn path_of(&self, url: &str) -> String {
        let parsed = url::Url::parse(url).unwrap();
        match parsed.query() {
            Some(query) => format!("{}?{query}", parsed.path()),
            None => parsed.path().to_owned(),
        }
    }

    /// Sends the browser to an authorization URL and approves the consent page if one is
    /// shown; returns the final redirect's `Location`.
    pub async fn authorize(&mut self, url: &str) -> String {
        let path = self.path_of(url);
        let response = self.browser.get(&path).await;
        let response = if response.status() == 200 {
            let page = response.text().await.unwrap();
            let interaction = hidden_value(&page, "interaction").expect("a consent page");
            self.browser
                .post_form(
                    "/authorize/consent",
                    &[("interaction", &interaction), ("decision", "allow")],
                )
                .await
        } else {
            response
        };
        assert_eq!(response.status(), 303, "{:?}", response.text().await);
        location(&response)
    }
}

/// A redirect's target.
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .expect("a Location header")
        .to_str()
        .unwrap()
        .to_owned()
}

/// The value of the hidden input `name` in a page.
pub fn hidden_value(page: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker)? + marker.len();
    let end = page[start..].find('"')? + start;
    Some(
        page[start..end]
            .replace("&#x2b;", "+")
            .replace("&#43;", "+"),
    )
}

/// The query (or fragment) parameters of a redirect URL.
pub fn params_of(url: &str) -> std::collections::HashMap<String, String> {
    let parsed = url::Url::parse(url).unwrap();
    let source = parsed
        .fragment()
        .map(str::to_owned)
        .or_else(|| parsed.query().map(str::to_owned))
        .unwrap_or_default();
    url::form_urlencoded::parse(source.as_bytes())
        .into_owned()
        .collect()
}
