//! The scenarios: what one virtual user does per iteration, and what it prepares first
//! (a session, a refresh token, an access token) outside the measurement.

use std::sync::Arc;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use serde_json::json;

use crate::http::{Connection, form, query_param};
use crate::load::Recorder;
use crate::seed::{App, Person, post_json, text};

/// One kind of traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    /// `GET /.well-known/openid-configuration`.
    Discovery,
    /// `GET /.well-known/jwks.json`.
    Jwks,
    /// A passkey sign-in: start, the authenticator signs, finish.
    SignIn,
    /// `/authorize` with a session and PKCE, then the code exchanged at `/token`.
    CodeFlow,
    /// The refresh grant, rotating the token every time.
    Refresh,
    /// The client credentials grant.
    ClientCredentials,
    /// `GET /userinfo` with an access token.
    Userinfo,
    /// `POST /introspect` of an access token by its client.
    Introspection,
}

impl Scenario {
    /// Every scenario, in the order they run.
    pub const ALL: [Self; 8] = [
        Self::Discovery,
        Self::Jwks,
        Self::SignIn,
        Self::CodeFlow,
        Self::Refresh,
        Self::ClientCredentials,
        Self::Userinfo,
        Self::Introspection,
    ];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Discovery => "discovery",
            Self::Jwks => "jwks",
            Self::SignIn => "passkey sign-in",
            Self::CodeFlow => "code flow",
            Self::Refresh => "refresh",
            Self::ClientCredentials => "client_credentials",
            Self::Userinfo => "userinfo",
            Self::Introspection => "introspection",
        }
    }

    /// The requests of one iteration, in order.
    pub fn steps(self) -> &'static [&'static str] {
        match self {
            Self::Discovery => &["GET /.well-known/openid-configuration"],
            Self::Jwks => &["GET /.well-known/jwks.json"],
            Self::SignIn => &[
                "POST /webauthn/sign-in/start",
                "POST /webauthn/sign-in/finish",
            ],
            Self::CodeFlow => &["GET /authorize", "POST /token (code)"],
            Self::Refresh => &["POST /token (refresh)"],
            Self::ClientCredentials => &["POST /token (client_credentials)"],
            Self::Userinfo => &["GET /userinfo"],
            Self::Introspection => &["POST /introspect"],
        }
    }

    /// The step whose rate has a budget, and the budget in requests per second.
    pub fn budget(self) -> (usize, f64) {
        match self {
            Self::Discovery | Self::Jwks => (0, 50_000.0),
            Self::SignIn => (1, 3_000.0),
            Self::CodeFlow => (1, 4_000.0),
            Self::Refresh => (0, 4_000.0),
            Self::ClientCredentials => (0, 10_000.0),
            Self::Userinfo | Self::Introspection => (0, 15_000.0),
        }
    }
}

/// The daemon and what was seeded in it.
pub struct Target {
    /// Where it listens.
    pub addr: std::net::SocketAddr,
    /// `localhost:PORT`, the `Host` header.
    pub host: String,
    /// The public URL, the passkeys' origin.
    pub public_url: String,
    /// The people.
    pub people: Vec<Arc<Person>>,
    /// The clients.
    pub apps: Vec<App>,
    /// Virtual users in this run, to spread them over people.
    pub concurrency: usize,
}

/// What a virtual user carries between iterations.
enum Carried {
    Nothing,
    Session { cookie: String },
    Refresh { token: String },
    Access { token: String },
}

/// One virtual user: a connection of its own, a person and a client.
pub struct VirtualUser {
    index: usize,
    iteration: usize,
    conn: Connection,
    app: App,
    carried: Carried,
    rng: SystemRandom,
}

impl VirtualUser {
    /// Virtual user `index`, prepared for `scenario` (signed in, holding tokens) untimed.
    pub async fn prepare(
        target: &Target,
        scenario: Scenario,
        index: usize,
    ) -> anyhow::Result<Self> {
        let mut user = Self {
            index,
            iteration: 0,
            conn: Connection::new(target.addr, &target.host),
            app: target.apps[index % target.apps.len()].clone(),
            carried: Carried::Nothing,
            rng: SystemRandom::new(),
        };
        let person = &target.people[index % target.people.len()];
        // Preparing is not measured.
        let mut untimed = Recorder::untimed(2);
        user.carried = match scenario {
            Scenario::Discovery | Scenario::Jwks | Scenario::SignIn => Carried::Nothing,
            Scenario::ClientCredentials => Carried::Nothing,
            Scenario::CodeFlow => Carried::Session {
                cookie: user.sign_in(target, person, &mut untimed).await?,
            },
            Scenario::Refresh | Scenario::Userinfo | Scenario::Introspection => {
                let cookie = user.sign_in(target, person, &mut untimed).await?;
                let code = user
                    .authorize(&cookie, "openid profile email offline_access")
                    .await?;
                let tokens = user.exchange(&code.0, &code.1).await?;
                if scenario == Scenario::Refresh {
                    Carried::Refresh {
                        token: text(&tokens["refresh_token"])?,
                    }
                } else {
                    Carried::Access {
                        token: text(&tokens["access_token"])?,
                    }
                }
            }
        };
        Ok(user)
    }

    /// Signs `person` in with their passkey, timing the start and the finish as steps 0 and 1
    /// of `recorder`; returns the session cookie.
    async fn sign_in(
        &mut self,
        target: &Target,
        person: &Person,
        recorder: &mut Recorder,
    ) -> anyhow::Result<String> {
        let started = recorder.start();
        let result = post_json(
            &mut self.conn,
            "/webauthn/sign-in/start",
            &[],
            &json!({}),
            200,
        )
        .await;
        let options = recorder.finish(0, started, result)?;
        let credential = person
            .key
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .authenticate(&options["options"], &target.public_url)
            .map_err(|e| anyhow::anyhow!("the authenticator refused: {e}"))?;
        let body = serde_json::to_vec(
            &json!({"ceremony_id": options["ceremony_id"], "credential": credential}),
        )?;
        let started = recorder.start();
        let result = self
            .conn
            .post("/webauthn/sign-in/finish", &[], "application/json", &body)
            .await
            .and_then(|r| r.expect(200));
        let finished = recorder.finish(1, started, result)?;
        finished.cookie().context("no session cookie after sign-in")
    }

    /// `/authorize` with the session; returns the code and its PKCE verifier.
    async fn authorize(&mut self, cookie: &str, scope: &str) -> anyhow::Result<(String, String)> {
        let mut secret = [0u8; 32];
        self.rng
            .fill(&mut secret)
            .map_err(|_| anyhow::anyhow!("no randomness"))?;
        let verifier = URL_SAFE_NO_PAD.encode(secret);
        let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
            &ring::digest::SHA256,
            verifier.as_bytes(),
        ));
        let state = format!("s{}", self.iteration);
        let query = form(&[
            ("client_id", &self.app.id),
            ("redirect_uri", &self.app.redirect_uri),
            ("response_type", "code"),
            ("scope", scope),
            ("state", &state),
            ("nonce", &state),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ]);
        let response = self
            .conn
            .get(&format!("/authorize?{query}"), &[("cookie", cookie)])
            .await?
            .expect(303)?;
        let location = response.header("location").context("no Location")?;
        if !location.starts_with(&self.app.redirect_uri) {
            bail!("redirected elsewhere: {location}");
        }
        let code =
            query_param(location, "code").with_context(|| format!("no code in {location}"))?;
        Ok((code, verifier))
    }

    /// Exchanges a code at `/token`.
    async fn exchange(&mut self, code: &str, verifier: &str) -> anyhow::Result<serde_json::Value> {
        let body = form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &self.app.redirect_uri),
            ("code_verifier", verifier),
        ]);
        self.token(&body).await?.json()
    }

    /// A `POST /token` with the client's credentials.
    async fn token(&mut self, body: &str) -> anyhow::Result<crate::http::Response> {
        self.conn
            .post(
                "/token",
                &[("authorization", &self.app.basic)],
                "application/x-www-form-urlencoded",
                body.as_bytes(),
            )
            .await?
            .expect(200)
    }

    /// One iteration of `scenario`, each request timed into `recorder`.
    pub async fn iterate(
        &mut self,
        scenario: Scenario,
        target: &Target,
        recorder: &mut Recorder,
    ) -> anyhow::Result<()> {
        self.iteration += 1;
        match scenario {
            Scenario::Discovery => {
                let started = recorder.start();
                let result = self
                    .conn
                    .get("/.well-known/openid-configuration", &[])
                    .await;
                recorder.finish(0, started, result.and_then(|r| r.expect(200)))?;
            }
            Scenario::Jwks => {
                let started = recorder.start();
                let result = self.conn.get("/.well-known/jwks.json", &[]).await;
                recorder.finish(0, started, result.and_then(|r| r.expect(200)))?;
            }
            Scenario::SignIn => {
                let n = target.people.len();
                let person = &target.people[(self.index + self.iteration * target.concurrency) % n];
                self.sign_in(target, person, recorder).await?;
            }
            Scenario::CodeFlow => {
                let Carried::Session { cookie } = &self.carried else {
                    bail!("no session");
                };
                let cookie = cookie.clone();
                let started = recorder.start();
                let result = self.authorize(&cookie, "openid profile email").await;
                let (code, verifier) = recorder.finish(0, started, result)?;
                let started = recorder.start();
                let result = self.exchange(&code, &verifier).await.and_then(|tokens| {
                    tokens["id_token"].as_str().context("no ID token")?;
                    Ok(())
                });
                recorder.finish(1, started, result)?;
            }
            Scenario::Refresh => {
                let Carried::Refresh { token } = &self.carried else {
                    bail!("no refresh token");
                };
                let body = form(&[("grant_type", "refresh_token"), ("refresh_token", token)]);
                let started = recorder.start();
                let result = self
                    .token(&body)
                    .await
                    .and_then(|r| r.json())
                    .and_then(|tokens| text(&tokens["refresh_token"]));
                let token = recorder.finish(0, started, result)?;
                self.carried = Carried::Refresh { token };
            }
            Scenario::ClientCredentials => {
                let started = recorder.start();
                let result = self.token("grant_type=client_credentials").await;
                recorder.finish(0, started, result)?;
            }
            Scenario::Userinfo => {
                let Carried::Access { token } = &self.carried else {
                    bail!("no access token");
                };
                let bearer = format!("Bearer {token}");
                let started = recorder.start();
                let result = self
                    .conn
                    .get("/userinfo", &[("authorization", &bearer)])
                    .await
                    .and_then(|r| r.expect(200));
                recorder.finish(0, started, result)?;
            }
            Scenario::Introspection => {
                let Carried::Access { token } = &self.carried else {
                    bail!("no access token");
                };
                let body = form(&[("token", token)]);
                let started = recorder.start();
                let result = self
                    .conn
                    .post(
                        "/introspect",
                        &[("authorization", &self.app.basic)],
                        "application/x-www-form-urlencoded",
                        body.as_bytes(),
                    )
                    .await
                    .and_then(|r| r.expect(200))
                    .and_then(|r| {
                        if r.body.windows(13).any(|w| w == b"\"active\":true") {
                            Ok(())
                        } else {
                            bail!(
                                "the token is not active: {}",
                                String::from_utf8_lossy(&r.body)
                            )
                        }
                    });
                recorder.finish(0, started, result)?;
            }
        }
        Ok(())
    }
}
