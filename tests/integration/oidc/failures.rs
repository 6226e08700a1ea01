//! Protocol failures, each answered with its RFC error code and nothing issued: redirect URIs,
//! PKCE, replayed codes and refresh tokens, client authentication, `prompt=none`, allowed
//! groups, disabled users — and key rotation, which must not break live tokens.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::support::{Provider, location, params_of};

const REDIRECT: &str = "https://app.example.com/cb";
const VERIFIER: &str = "a-verifier-that-is-long-enough-to-be-valid-0123456789";

fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ))
}

struct App {
    id: String,
    secret: Option<String>,
}

async fn app(provider: &Provider, extra: Value) -> App {
    let mut body = json!({"name": "App", "redirect_uris": [REDIRECT], "skip_consent": true});
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let created = provider.client(body).await;
    App {
        id: created["client"]["id"].as_str().unwrap().to_owned(),
        secret: created["secret"].as_str().map(str::to_owned),
    }
}

fn authorize_url(app: &App, extra: &[(&str, &str)]) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("client_id", &app.id)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("response_type", "code")
        .append_pair("scope", "openid profile offline_access")
        .append_pair("state", "st")
        .append_pair("code_challenge", &challenge(VERIFIER))
        .append_pair("code_challenge_method", "S256");
    for (name, value) in extra {
        query.append_pair(name, value);
    }
    format!("/authorize?{}", query.finish())
}

/// Signs in to `app` and returns the code.
async fn code(provider: &mut Provider, app: &App) -> String {
    let response = provider.browser.get(&authorize_url(app, &[])).await;
    assert_eq!(response.status(), 303);
    let params = params_of(&location(&response));
    params
        .get("code")
        .unwrap_or_else(|| panic!("no code: {params:?}"))
        .clone()
}

async fn token(provider: &Provider, app: &App, form: &[(&str, &str)]) -> reqwest::Response {
    let mut request = reqwest::Client::new().post(format!("{}/token", provider.daemon.base));
    let mut fields: Vec<(&str, &str)> = form.to_vec();
    match &app.secret {
        Some(secret) => request = request.basic_auth(&app.id, Some(secret)),
        None => fields.push(("client_id", &app.id)),
    }
    request.form(&fields).send().await.unwrap()
}

async fn exchange(provider: &Provider, app: &App, code: &str, verifier: &str) -> reqwest::Response {
    token(
        provider,
        app,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier),
        ],
    )
    .await
}

/// Signs in to `app` and exchanges the code.
async fn signed_in_tokens(provider: &mut Provider, app: &App) -> Value {
    let code = code(provider, app).await;
    tokens(exchange(provider, app, &code, VERIFIER).await).await
}

async fn oauth_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    let got = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        (got, body["error"].as_str()),
        (status, Some(code)),
        "{body}"
    );
    body
}

async fn tokens(response: reqwest::Response) -> Value {
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    response.json().await.unwrap()
}

async fn userinfo(provider: &Provider, access_token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}/userinfo", provider.daemon.base))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn bad_authorization_requests_are_shown_or_sent_back_with_their_codes() {
    let mut provider = Provider::start().await;
    let confidential = app(&provider, json!({})).await;
    let public = app(&provider, json!({"is_public": true})).await;

    // An unregistered redirect URI, or an unknown client: an error page, never a redirect.
    for path in [
        authorize_url(&confidential, &[]).replace("app.example.com", "evil.example.com"),
        authorize_url(&confidential, &[]).replace(&confidential.id, "no-such-client"),
    ] {
        let response = provider.browser.get(&path).await;
        assert_eq!(response.status(), 400);
        assert!(response.headers().get("location").is_none());
    }

    // Once the redirect URI is known, errors go back to it with state and iss.
    let cases: Vec<(String, &str)> = vec![
        (
            authorize_url(&confidential, &[]).replace("response_type=code", "response_type=token"),
            "unsupported_response_type",
        ),
        (
            authorize_url(&public, &[])
                .replace("code_challenge_method=S256", "")
                .replace(&format!("code_challenge={}", challenge(VERIFIER)), ""),
            "invalid_request",
        ),
        (
            authorize_url(&public, &[])
                .replace("code_challenge_method=S256", "code_challenge_method=plain"),
            "invalid_request",
        ),
        (
            authorize_url(&confidential, &[("prompt", "none login")]),
            "invalid_request",
        ),
        (
            authorize_url(&confidential, &[("max_age", "soon")]),
            "invalid_request",
        ),
        (
            authorize_url(&confidential, &[("request", "eyJ")]),
            "request_not_supported",
        ),
    ];
    for (path, expected) in cases {
        let response = provider.browser.get(&path).await;
        assert_eq!(response.status(), 303, "{path}");
        let back = location(&response);
        assert!(back.starts_with(REDIRECT), "{back}");
        let params = params_of(&back);
        assert_eq!(params["error"], expected, "{path}");
        assert_eq!(params["state"], "st");
        assert_eq!(params["iss"], provider.daemon.public_url);
        assert!(!params.contains_key("code"));
    }

    // prompt=none without a session: login_required.
    let mut stranger = crate::account::Browser::new(&provider.daemon);
    let response = stranger
        .get(&authorize_url(&confidential, &[("prompt", "none")]))
        .await;
    assert_eq!(params_of(&location(&response))["error"], "login_required");
    // Without prompt=none, the sign-in page, then back here.
    let response = stranger.get(&authorize_url(&confidential, &[])).await;
    let login = location(&response);
    assert!(
        login.starts_with("/login?return_to=%2Fauthorize%2Fresume"),
        "{login}"
    );

    // prompt=none when consent is needed: consent_required.
    let asks = app(&provider, json!({"skip_consent": false})).await;
    let response = provider
        .browser
        .get(&authorize_url(&asks, &[("prompt", "none")]))
        .await;
    assert_eq!(params_of(&location(&response))["error"], "consent_required");

    // Fragment and form_post response modes.
    let response = provider
        .browser
        .get(&authorize_url(
            &confidential,
            &[("response_mode", "fragment")],
        ))
        .await;
    let back = location(&response);
    assert!(back.starts_with(&format!("{REDIRECT}#code=")), "{back}");
    let response = provider
        .browser
        .get(&authorize_url(
            &confidential,
            &[("response_mode", "form_post")],
        ))
        .await;
    assert_eq!(response.status(), 200);
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("form-action 'self' https://app.example.com"),
        "{csp}"
    );
    let page = response.text().await.unwrap();
    assert!(page.contains(&format!("action=\"{REDIRECT}\"")));
    assert!(page.contains("name=\"code\""));
}

#[tokio::test]
async fn codes_are_single_use_and_bound_to_pkce_redirect_and_client() {
    let mut provider = Provider::start().await;
    let app1 = app(&provider, json!({})).await;
    let app2 = app(&provider, json!({})).await;

    // Wrong verifier, no verifier, other client, other redirect: invalid_grant, and the code is
    // used up (nothing is issued for it afterwards either).
    let wrong = code(&mut provider, &app1).await;
    oauth_error(
        exchange(&provider, &app1, &wrong, &format!("{VERIFIER}x")).await,
        400,
        "invalid_grant",
    )
    .await;
    oauth_error(
        exchange(&provider, &app1, &wrong, VERIFIER).await,
        400,
        "invalid_grant",
    )
    .await;
    let missing = code(&mut provider, &app1).await;
    let response = token(
        &provider,
        &app1,
        &[
            ("grant_type", "authorization_code"),
            ("code", &missing),
            ("redirect_uri", REDIRECT),
        ],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
    let other_client = code(&mut provider, &app1).await;
    oauth_error(
        exchange(&provider, &app2, &other_client, VERIFIER).await,
        400,
        "invalid_grant",
    )
    .await;
    let other_redirect = code(&mut provider, &app1).await;
    let response = token(
        &provider,
        &app1,
        &[
            ("grant_type", "authorization_code"),
            ("code", &other_redirect),
            ("redirect_uri", "https://app.example.com/other"),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;

    // A code used twice: the second use fails and revokes what the first one issued.
    let good = code(&mut provider, &app1).await;
    let issued = tokens(exchange(&provider, &app1, &good, VERIFIER).await).await;
    let access = issued["access_token"].as_str().unwrap();
    assert_eq!(userinfo(&provider, access).await.status(), 200);
    oauth_error(
        exchange(&provider, &app1, &good, VERIFIER).await,
        400,
        "invalid_grant",
    )
    .await;
    let refused = userinfo(&provider, access).await;
    assert_eq!(refused.status(), 401);
    assert!(
        refused.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("invalid_token")
    );
    let refresh = issued["refresh_token"].as_str().unwrap();
    let response = token(
        &provider,
        &app1,
        &[("grant_type", "refresh_token"), ("refresh_token", refresh)],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_replay_revokes_the_family() {
    let mut provider = Provider::start().await;
    let app1 = app(&provider, json!({})).await;
    let first = signed_in_tokens(&mut provider, &app1).await;
    let r1 = first["refresh_token"].as_str().unwrap().to_owned();
    let second = tokens(
        token(
            &provider,
            &app1,
            &[("grant_type", "refresh_token"), ("refresh_token", &r1)],
        )
        .await,
    )
    .await;
    let r2 = second["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(r1, r2);
    assert!(second["id_token"].is_string());

    // Narrowing the scope works; widening does not.
    let response = token(
        &provider,
        &app1,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &r2),
            ("scope", "openid email"),
        ],
    )
    .await;
    oauth_error(response, 400, "invalid_scope").await;

    // r1 again: refused, and r2 (its successor) dies with it.
    let response = token(
        &provider,
        &app1,
        &[("grant_type", "refresh_token"), ("refresh_token", &r1)],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
    let response = token(
        &provider,
        &app1,
        &[("grant_type", "refresh_token"), ("refresh_token", &r2)],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
    assert_eq!(
        userinfo(&provider, second["access_token"].as_str().unwrap())
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn client_authentication_and_grant_types_are_enforced() {
    let mut provider = Provider::start().await;
    let confidential = app(&provider, json!({})).await;
    let public = app(&provider, json!({"is_public": true})).await;

    // Wrong secret: 401 invalid_client with a Basic challenge, nothing issued.
    let impostor = App {
        id: confidential.id.clone(),
        secret: Some("pic_wrong".into()),
    };
    let c = code(&mut provider, &confidential).await;
    let response = exchange(&provider, &impostor, &c, VERIFIER).await;
    assert!(
        response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Basic")
    );
    oauth_error(response, 401, "invalid_client").await;
    // The code was not consumed by the failed attempt: the rightful client still gets tokens.
    tokens(exchange(&provider, &confidential, &c, VERIFIER).await).await;
    // A confidential client without its secret, and secrets sent twice.
    let bare = App {
        id: confidential.id.clone(),
        secret: None,
    };
    oauth_error(
        token(&provider, &bare, &[("grant_type", "client_credentials")]).await,
        401,
        "invalid_client",
    )
    .await;

    // Grant types.
    oauth_error(
        token(&provider, &confidential, &[("grant_type", "password")]).await,
        400,
        "unsupported_grant_type",
    )
    .await;
    oauth_error(
        token(&provider, &confidential, &[]).await,
        400,
        "invalid_request",
    )
    .await;
    oauth_error(
        token(&provider, &public, &[("grant_type", "client_credentials")]).await,
        400,
        "unauthorized_client",
    )
    .await;
    let machine = tokens(
        token(
            &provider,
            &confidential,
            &[("grant_type", "client_credentials"), ("scope", "openid")],
        )
        .await,
    )
    .await;
    assert!(machine.get("refresh_token").is_none() && machine.get("id_token").is_none());
    assert_eq!(machine["scope"], "");
    // A machine token is no person: userinfo refuses it, introspection describes it.
    assert_eq!(
        userinfo(&provider, machine["access_token"].as_str().unwrap())
            .await
            .status(),
        403
    );

    // Introspection: active for the owner, inactive for others; revocation of an access token.
    let introspect = |app: &App, presented: String| {
        let request = reqwest::Client::new()
            .post(format!("{}/introspect", provider.daemon.base))
            .basic_auth(&app.id, app.secret.as_deref())
            .form(&[("token", presented)]);
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let access = machine["access_token"].as_str().unwrap().to_owned();
    let other = app(&provider, json!({})).await;
    assert_eq!(
        introspect(&confidential, access.clone()).await["active"],
        true
    );
    assert_eq!(introspect(&other, access.clone()).await["active"], false);
    let revoked = reqwest::Client::new()
        .post(format!("{}/revoke", provider.daemon.base))
        .basic_auth(&confidential.id, confidential.secret.as_deref())
        .form(&[("token", access.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    assert_eq!(introspect(&confidential, access).await["active"], false);
    // The original Pocket ID's token path answers the same.
    let response = reqwest::Client::new()
        .post(format!("{}/api/oidc/token", provider.daemon.base))
        .basic_auth(&confidential.id, confidential.secret.as_deref())
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    tokens(response).await;
    // Unsupported content type: invalid_request.
    let response = reqwest::Client::new()
        .post(format!("{}/token", provider.daemon.base))
        .json(&json!({"grant_type": "client_credentials"}))
        .send()
        .await
        .unwrap();
    oauth_error(response, 400, "invalid_request").await;
}

#[tokio::test]
async fn groups_and_disabled_people_are_checked_at_every_step() {
    let mut provider = Provider::start().await;
    for name in ["admins", "family"] {
        let response = provider
            .admin
            .post(provider.daemon.api("/groups"))
            .json(&json!({"name": name}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
    }
    let restricted = app(&provider, json!({"allowed_groups": ["admins"]})).await;
    let response = provider.browser.get(&authorize_url(&restricted, &[])).await;
    let params = params_of(&location(&response));
    assert_eq!(params["error"], "access_denied");
    assert!(!params.contains_key("code"));

    let member = provider
        .admin
        .put(provider.daemon.api("/groups/admins/members/alice"))
        .send()
        .await
        .unwrap();
    assert!(member.status().is_success());
    let issued = signed_in_tokens(&mut provider, &restricted).await;
    let refresh = issued["refresh_token"].as_str().unwrap();

    // Out of the group: the refresh is refused and the access token stops working.
    let removed = provider
        .admin
        .delete(provider.daemon.api("/groups/admins/members/alice"))
        .send()
        .await
        .unwrap();
    assert!(removed.status().is_success());
    let response = token(
        &provider,
        &restricted,
        &[("grant_type", "refresh_token"), ("refresh_token", refresh)],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
    assert_eq!(
        userinfo(&provider, issued["access_token"].as_str().unwrap())
            .await
            .status(),
        401
    );

    // Disabled: refresh refused.
    let open = app(&provider, json!({})).await;
    let issued = signed_in_tokens(&mut provider, &open).await;
    let disabled = provider
        .admin
        .post(provider.daemon.api("/users/alice/disable"))
        .send()
        .await
        .unwrap();
    assert!(
        disabled.status().is_success(),
        "{:?}",
        disabled.text().await
    );
    let response = token(
        &provider,
        &open,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", issued["refresh_token"].as_str().unwrap()),
        ],
    )
    .await;
    oauth_error(response, 400, "invalid_grant").await;
}

#[tokio::test]
async fn rotating_keys_keeps_live_tokens_valid() {
    let mut provider = Provider::start().await;
    let app1 = app(&provider, json!({})).await;
    let issued = signed_in_tokens(&mut provider, &app1).await;
    let kid_of = |jwt: &str| -> String {
        let header = URL_SAFE_NO_PAD
            .decode(jwt.split('.').next().unwrap())
            .unwrap();
        serde_json::from_slice::<Value>(&header).unwrap()["kid"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let old_kid = kid_of(issued["id_token"].as_str().unwrap());
    let jwks_kids = |provider: &Provider| {
        let url = format!("{}/.well-known/jwks.json", provider.daemon.base);
        async move {
            let keys: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
            keys["keys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["kid"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    let before = jwks_kids(&provider).await;
    assert!(before.contains(&old_kid));
    assert!(
        before.len() >= 2,
        "the next key is published before it is used: {before:?}"
    );

    let rotated = provider
        .admin
        .post(provider.daemon.api("/keys/rotate"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert!(rotated.status().is_success(), "{:?}", rotated.text().await);
    let after = jwks_kids(&provider).await;
    assert!(
        after.contains(&old_kid),
        "the retired key stays published: {after:?}"
    );
    // A token signed before the rotation still works; new ones use the new key, which was
    // already published before.
    assert_eq!(
        userinfo(&provider, issued["access_token"].as_str().unwrap())
            .await
            .status(),
        200
    );
    let fresh = signed_in_tokens(&mut provider, &app1).await;
    let new_kid = kid_of(fresh["id_token"].as_str().unwrap());
    assert_ne!(new_kid, old_kid);
    assert!(before.contains(&new_kid));
}

#[tokio::test]
async fn garbage_gets_a_clear_error_never_a_server_error() {
    let mut provider = Provider::start().await;
    let app1 = app(&provider, json!({})).await;
    let base = provider.daemon.base.clone();
    let http = reqwest::Client::new();
    let form = "application/x-www-form-urlencoded";
    let cases: Vec<(reqwest::RequestBuilder, u16, &str)> = vec![
        (
            http.post(format!("{base}/token"))
                .header("authorization", "Basic !!!not-base64")
                .header("content-type", form)
                .body("grant_type=client_credentials"),
            401,
            "invalid_client",
        ),
        (
            http.post(format!("{base}/token"))
                .header("content-type", form)
                .body("grant_type=authorization_code&grant_type=refresh_token"),
            400,
            "invalid_request",
        ),
        (
            http.post(format!("{base}/token"))
                .header("content-type", form)
                .body(format!(
                    "grant_type=authorization_code&client_id={}&client_secret=x&code=%FF%FE",
                    app1.id
                )),
            401,
            "invalid_client",
        ),
        (
            http.get(format!("{base}/userinfo")).bearer_auth("a.b.c"),
            401,
            "invalid_token",
        ),
        (
            http.get(format!("{base}/userinfo"))
                .header("authorization", "Basic eA=="),
            400,
            "invalid_request",
        ),
        (http.get(format!("{base}/userinfo")), 401, "invalid_token"),
        (
            http.post(format!("{base}/introspect"))
                .header("content-type", form)
                .body("token=x"),
            401,
            "invalid_client",
        ),
        (
            http.post(format!("{base}/revoke"))
                .basic_auth(&app1.id, app1.secret.as_deref())
                .header("content-type", form)
                .body(""),
            400,
            "invalid_request",
        ),
    ];
    for (request, status, code) in cases {
        oauth_error(request.send().await.unwrap(), status, code).await;
    }
    // Pages: a forged hint, a broken query, an unknown interaction.
    for path in [
        "/end-session?id_token_hint=eyJhbGciOiJub25lIn0.e30.".to_owned(),
        "/authorize?client_id=%FF".to_owned(),
        "/authorize/resume?interaction=nope".to_owned(),
        "/authorize/resume".to_owned(),
        format!("/authorize?client_id={}&client_id={}", app1.id, app1.id),
    ] {
        let response = provider.browser.get(&path).await;
        assert_eq!(response.status(), 400, "{path}");
    }
    let code = code(&mut provider, &app1).await;
    tokens(exchange(&provider, &app1, &code, VERIFIER).await).await;
}

/// Clients are cached by the token endpoint; a change made through the admin API must still
/// count at once: a secret ended by rotation, and a deleted client.
#[tokio::test]
async fn client_changes_take_effect_at_once_despite_the_cache() {
    let provider = Provider::start().await;
    let app = app(&provider, json!({})).await;
    let grant = [("grant_type", "client_credentials")];
    // Cached now.
    tokens(token(&provider, &app, &grant).await).await;

    let rotated = provider
        .admin
        .post(provider.daemon.api(&format!("/clients/{}/secrets", app.id)))
        .json(&json!({"keep_old_secs": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(rotated.status(), 201);
    let rotated: Value = rotated.json().await.unwrap();
    oauth_error(token(&provider, &app, &grant).await, 401, "invalid_client").await;
    let renewed = App {
        id: app.id.clone(),
        secret: rotated["secret"].as_str().map(str::to_owned),
    };
    tokens(token(&provider, &renewed, &grant).await).await;

    let deleted = provider
        .admin
        .delete(provider.daemon.api(&format!("/clients/{}", app.id)))
        .send()
        .await
        .unwrap();
    assert!(deleted.status().is_success(), "{}", deleted.status());
    oauth_error(
        token(&provider, &renewed, &grant).await,
        401,
        "invalid_client",
    )
    .await;
}
