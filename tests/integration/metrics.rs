//! `/metrics` on a real daemon: off it does not exist, on it needs its bearer token over HTTP
//! (the admin socket needs none), and its counters move with sign-ins, token grants and
//! requests, labelled by route pattern and never by a path holding a token.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::json;

use crate::account::{Browser, enrolled};
use crate::authenticator::Authenticator;
use crate::support::{Daemon, client, json};

const TOKEN: &str = "metrics-token-0123456789abcdef";
const REDIRECT: &str = "https://app.example.com/cb";
const VERIFIER: &str = "a-verifier-that-is-long-enough-to-be-valid-0123456789";

/// The samples of an exposition, `name{labels}` → value; panics on a malformed line.
fn parse(text: &str) -> HashMap<String, f64> {
    let mut samples = HashMap::new();
    for line in text.lines() {
        if line.is_empty() || line.starts_with('#') {
            assert!(
                line.is_empty() || line.starts_with("# HELP ") || line.starts_with("# TYPE "),
                "{line}"
            );
            continue;
        }
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("{line}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("{line}"));
        assert!(
            series.starts_with("pocket_id_"),
            "unexpected series {series}"
        );
        samples.insert(series.to_owned(), value);
    }
    samples
}

async fn scrape(daemon: &Daemon) -> (String, HashMap<String, f64>) {
    let response = reqwest::Client::new()
        .get(format!("{}/metrics", daemon.base))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = response.text().await.unwrap();
    let samples = parse(&text);
    (text, samples)
}

fn value(samples: &HashMap<String, f64>, series: &str) -> f64 {
    samples.get(series).copied().unwrap_or(0.0)
}

#[tokio::test]
async fn counters_move_and_carry_no_tokens() {
    let daemon = Daemon::start_reachable(&["--metrics", "on", "--metrics-token", TOKEN]);
    let admin = client(&daemon.create_key("ops"));
    let (_, first) = scrape(&daemon).await;
    assert_eq!(
        value(
            &first,
            "pocket_id_sign_ins_total{method=\"passkey\",outcome=\"success\"}"
        ),
        0.0
    );

    // Enrolment through an invite, then a passkey sign-in in a fresh browser.
    let mut key = Authenticator::new();
    let _enrolled = enrolled(&daemon, &admin, "alice", &mut key).await;
    let invite = json(
        admin
            .post(daemon.api("/users/alice/invite"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let invite_url = invite["url"].as_str().unwrap().to_owned();
    let invite_token = invite_url.rsplit('/').next().unwrap().to_owned();
    let mut browser = Browser::new(&daemon);
    let page = browser.get(&format!("/invite/{invite_token}")).await;
    assert_eq!(page.status(), 200);
    let started = json(
        browser.post("/webauthn/sign-in/start", json!({})).await,
        200,
    )
    .await;
    let credential = key
        .authenticate(&started["options"], &daemon.public_url)
        .unwrap();
    json(
        browser
            .post(
                "/webauthn/sign-in/finish",
                json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
            )
            .await,
        200,
    )
    .await;
    // A wrong login code is a failed sign-in.
    let mut stranger = Browser::new(&daemon);
    let refused = stranger
        .post("/login/code", json!({"code": "AAAA-BBBB"}))
        .await;
    assert_eq!(refused.status(), 401);

    // An app signs alice in: one authorization code grant.
    let created = json(
        admin
            .post(daemon.api("/clients"))
            .json(&json!({"name": "App", "redirect_uris": [REDIRECT], "skip_consent": true, "is_public": true}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let client_id = created["client"]["id"].as_str().unwrap().to_owned();
    let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        VERIFIER.as_bytes(),
    ));
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("client_id", &client_id)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("response_type", "code")
        .append_pair("scope", "openid")
        .append_pair("state", "st")
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256")
        .finish();
    let redirect = browser.get(&format!("/authorize?{query}")).await;
    assert_eq!(redirect.status(), 303);
    let location = redirect.headers()["location"].to_str().unwrap().to_owned();
    let code = url::Url::parse(&location)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("no code in {location}"));
    let tokens = reqwest::Client::new()
        .post(format!("{}/token", daemon.base))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
            ("client_id", &client_id),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(tokens.status(), 200, "{:?}", tokens.text().await);
    // A replayed code issues nothing.
    let replay = reqwest::Client::new()
        .post(format!("{}/token", daemon.base))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
            ("client_id", &client_id),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 400);
    let missing = reqwest::get(format!("{}/no/such/page/{invite_token}", daemon.base))
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);

    let (text, samples) = scrape(&daemon).await;
    for series in [
        "pocket_id_sign_ins_total{method=\"passkey\",outcome=\"success\"}",
        "pocket_id_sign_ins_total{method=\"login_code\",outcome=\"failure\"}",
        "pocket_id_tokens_issued_total{grant_type=\"authorization_code\"}",
        "pocket_id_http_requests_total{route=\"/invite/:token\",method=\"GET\",status=\"200\"}",
        "pocket_id_http_requests_total{route=\"/token\",method=\"POST\",status=\"200\"}",
        "pocket_id_http_requests_total{route=\"/token\",method=\"POST\",status=\"400\"}",
        "pocket_id_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"}",
    ] {
        assert_eq!(value(&samples, series), 1.0, "{series}:\n{text}");
    }
    assert_eq!(
        value(
            &samples,
            "pocket_id_http_request_duration_seconds_count{route=\"/token\"}"
        ),
        2.0
    );
    assert_eq!(
        value(
            &samples,
            "pocket_id_sign_ins_total{method=\"passkey\",outcome=\"failure\"}"
        ),
        0.0
    );
    assert_eq!(
        value(
            &samples,
            "pocket_id_tokens_issued_total{grant_type=\"refresh_token\"}"
        ),
        0.0
    );
    // Two browsers are signed in: the enrolled one and the one that used its passkey.
    assert_eq!(value(&samples, "pocket_id_active_sessions"), 2.0, "{text}");
    assert!(value(&samples, "pocket_id_db_pool_max_connections") >= 1.0);
    assert_eq!(
        value(
            &samples,
            &format!(
                "pocket_id_build_info{{version=\"{}\"}}",
                env!("CARGO_PKG_VERSION")
            )
        ),
        1.0
    );
    // The admin API is labelled by its patterns too.
    assert!(
        samples
            .keys()
            .any(|k| k.contains("route=\"/api/v1/users/:") && k.contains("status=\"200\"")),
        "{text}"
    );
    // Scrapes count themselves, so the second sees the first.
    assert!(
        value(
            &samples,
            "pocket_id_http_requests_total{route=\"/metrics\",method=\"GET\",status=\"200\"}"
        ) >= 1.0
    );
    for secret in [invite_token.as_str(), code.as_str(), TOKEN] {
        assert!(!text.contains(secret), "{secret} leaked:\n{text}");
    }
    assert!(!text.contains("/no/such"), "{text}");
}

#[tokio::test]
async fn metrics_are_off_by_default_and_guarded_when_on() {
    let off = Daemon::start();
    let response = reqwest::get(format!("{}/metrics", off.base)).await.unwrap();
    assert_eq!(response.status(), 404);
    drop(off);

    let guarded_dir = tempfile::tempdir().unwrap();
    let guarded = Daemon::start_in(
        guarded_dir.path(),
        &["--metrics", "on", "--metrics-token", TOKEN],
    );
    let url = format!("{}/metrics", guarded.base);
    let bare = reqwest::get(&url).await.unwrap();
    assert_eq!(bare.status(), 401);
    assert!(
        bare.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    let wrong = reqwest::Client::new()
        .get(&url)
        .bearer_auth("metrics-token-0123456789abcdeX")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert!(!wrong.text().await.unwrap().contains("pocket_id_"));

    // On without a token: the admin socket only.
    let local_dir = tempfile::tempdir().unwrap();
    let local = Daemon::start_in(local_dir.path(), &["--metrics", "on"]);
    let over_tcp = reqwest::get(format!("{}/metrics", local.base))
        .await
        .unwrap();
    assert_eq!(over_tcp.status(), 403);
    let socket = reqwest::Client::builder()
        .unix_socket(local.socket())
        .build()
        .unwrap();
    let scraped = socket.get("http://localhost/metrics").send().await.unwrap();
    assert_eq!(scraped.status(), 200);
    parse(&scraped.text().await.unwrap());

    // Bad settings are refused with the key named.
    let output = std::process::Command::new(crate::support::pocket_id_bin())
        .args([
            "--metrics",
            "maybe",
            "--metrics-token",
            "short",
            "check-config",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("env POCKET_ID_METRICS,"), "{stderr}");
    assert!(stderr.contains("POCKET_ID_METRICS_TOKEN"), "{stderr}");
    assert!(
        !stderr.contains("short"),
        "the token is not echoed: {stderr}"
    );
}
