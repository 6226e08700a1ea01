//! What the person sees between the app's request and the code: signing in again when the
//! app asks (`prompt=login`, `max_age`), consent asked once and remembered over scopes,
//! `login_hint`, the logout confirmation, and the page of apps.

use serde_json::{Value, json};

use super::support::{Provider, hidden_value, location, params_of};

const REDIRECT: &str = "https://notes.example.com/cb";

async fn notes(provider: &Provider, skip_consent: bool) -> String {
    let created = provider
        .client(json!({
            "name": "Notes",
            "redirect_uris": [REDIRECT],
            "post_logout_redirect_uris": ["https://notes.example.com/bye"],
            "skip_consent": skip_consent,
            "launch_url": "https://notes.example.com/",
        }))
        .await;
    created["client"]["id"].as_str().unwrap().to_owned()
}

fn url(client_id: &str, scope: &str, extra: &[(&str, &str)]) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("response_type", "code")
        .append_pair("scope", scope)
        .append_pair(
            "code_challenge",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        )
        .append_pair("code_challenge_method", "S256");
    for (name, value) in extra {
        query.append_pair(name, value);
    }
    format!("/authorize?{}", query.finish())
}

/// What `/authorize` answered: a code, the consent page's interaction, or the sign-in page.
#[derive(Debug, PartialEq)]
enum Answer {
    Code,
    Consent(String),
    SignIn(String),
}

async fn answer(response: reqwest::Response) -> Answer {
    match response.status().as_u16() {
        200 => {
            let page = response.text().await.unwrap();
            Answer::Consent(hidden_value(&page, "interaction").expect("a consent page"))
        }
        303 => {
            let to = location(&response);
            if to.starts_with("/login?") {
                Answer::SignIn(to)
            } else {
                assert!(params_of(&to).contains_key("code"), "{to}");
                Answer::Code
            }
        }
        other => panic!("unexpected {other}: {:?}", response.text().await),
    }
}

#[tokio::test]
async fn consent_is_asked_once_per_scope_set_and_again_when_the_app_insists() {
    let mut provider = Provider::start().await;
    let id = notes(&provider, false).await;

    let Answer::Consent(interaction) =
        answer(provider.browser.get(&url(&id, "openid", &[])).await).await
    else {
        panic!("consent was not asked");
    };
    let page = provider
        .browser
        .get(&url(&id, "openid", &[]))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Notes") && page.contains("https://notes.example.com"));
    let allowed = provider
        .browser
        .post_form(
            "/authorize/consent",
            &[("interaction", &interaction), ("decision", "allow")],
        )
        .await;
    assert!(params_of(&location(&allowed)).contains_key("code"));
    // The same interaction cannot be answered twice.
    let again = provider
        .browser
        .post_form(
            "/authorize/consent",
            &[("interaction", &interaction), ("decision", "allow")],
        )
        .await;
    assert_eq!(again.status(), 400);
    // From another site: refused.
    let forged = reqwest::Client::new()
        .post(format!("{}/authorize/consent", provider.daemon.base))
        .header("origin", "https://evil.example.com")
        .header("cookie", provider.browser.cookie.clone().unwrap())
        .form(&[("interaction", interaction.as_str()), ("decision", "allow")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    // Remembered for the same scopes, asked again for more, and again on prompt=consent.
    assert_eq!(
        answer(provider.browser.get(&url(&id, "openid", &[])).await).await,
        Answer::Code
    );
    assert!(matches!(
        answer(provider.browser.get(&url(&id, "openid email", &[])).await).await,
        Answer::Consent(_)
    ));
    assert!(matches!(
        answer(
            provider
                .browser
                .get(&url(&id, "openid", &[("prompt", "consent")]))
                .await
        )
        .await,
        Answer::Consent(_)
    ));

    // POST /authorize works like GET.
    let query = url(&id, "openid", &[]);
    let form: Vec<(String, String)> =
        url::form_urlencoded::parse(query.trim_start_matches("/authorize?").as_bytes())
            .into_owned()
            .collect();
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        answer(provider.browser.post_form("/authorize", &fields).await).await,
        Answer::Code
    );
}

#[tokio::test]
async fn prompt_login_and_max_age_need_a_fresh_sign_in() {
    let mut provider = Provider::start().await;
    let id = notes(&provider, true).await;
    assert_eq!(
        answer(
            provider
                .browser
                .get(&url(&id, "openid", &[("max_age", "3600")]))
                .await
        )
        .await,
        Answer::Code
    );

    for extra in [
        ("prompt", "login"),
        ("max_age", "0"),
        ("prompt", "select_account"),
    ] {
        let Answer::SignIn(login) =
            answer(provider.browser.get(&url(&id, "openid", &[extra])).await).await
        else {
            panic!("{extra:?} did not ask to sign in");
        };
        let resume = params_of(&format!("http://x{login}"))["return_to"].clone();
        // The session from before the request does not do.
        assert!(matches!(
            answer(provider.browser.get(&resume).await).await,
            Answer::SignIn(_)
        ));
        // After signing in again it does, once.
        provider.sign_in_again().await;
        assert_eq!(
            answer(provider.browser.get(&resume).await).await,
            Answer::Code,
            "{extra:?}"
        );
        assert_eq!(provider.browser.get(&resume).await.status(), 400);
    }

    // login_hint is carried to the sign-in page and fills the username.
    let mut stranger = crate::account::Browser::new(&provider.daemon);
    let Answer::SignIn(login) = answer(
        stranger
            .get(&url(&id, "openid", &[("login_hint", "alice")]))
            .await,
    )
    .await
    else {
        panic!("no sign-in");
    };
    let page = stranger.get(&login).await.text().await.unwrap();
    assert!(page.contains("value=\"alice\""), "{page}");
}

#[tokio::test]
async fn logout_without_a_hint_asks_first_and_checks_where_it_returns() {
    let mut provider = Provider::start().await;
    let id = notes(&provider, true).await;

    // An unregistered return address: an error page, still signed in.
    let bad = provider
        .browser
        .get(&format!(
            "/end-session?client_id={id}&post_logout_redirect_uri=https://evil.example.com/"
        ))
        .await;
    assert_eq!(bad.status(), 400);
    assert!(bad.headers().get("location").is_none());
    // No hint: a confirmation page, still signed in.
    let page = provider
        .browser
        .get(&format!(
            "/end-session?client_id={id}&post_logout_redirect_uri=https://notes.example.com/bye&state=s1"
        ))
        .await;
    assert_eq!(page.status(), 200);
    assert_eq!(provider.browser.get("/session").await.status(), 200);
    let confirmed = provider
        .browser
        .post_form(
            "/end-session/confirm",
            &[
                ("client_id", &id),
                ("post_logout_redirect_uri", "https://notes.example.com/bye"),
                ("state", "s1"),
            ],
        )
        .await;
    assert_eq!(
        location(&confirmed),
        "https://notes.example.com/bye?state=s1"
    );
    assert_eq!(provider.browser.get("/session").await.status(), 401);
}

#[tokio::test]
async fn apps_lists_what_the_person_may_launch() {
    let mut provider = Provider::start().await;
    notes(&provider, true).await;
    provider
        .client(json!({"name": "Hidden", "redirect_uris": ["https://h.example.com/cb"]}))
        .await;
    let group = provider
        .admin
        .post(provider.daemon.api("/groups"))
        .json(&json!({"name": "staff"}))
        .send()
        .await
        .unwrap();
    assert_eq!(group.status(), 201);
    provider
        .client(json!({
            "name": "Payroll",
            "redirect_uris": ["https://pay.example.com/cb"],
            "launch_url": "https://pay.example.com/",
            "allowed_groups": ["staff"],
        }))
        .await;
    let page = provider.browser.get("/apps").await.text().await.unwrap();
    assert!(page.contains("https://notes.example.com/") && page.contains("Notes"));
    assert!(!page.contains("Hidden") && !page.contains("Payroll"));
    let mut stranger = crate::account::Browser::new(&provider.daemon);
    let response = stranger.get("/apps").await;
    assert_eq!(location(&response), "/login?return_to=/apps");
    let _: Option<Value> = None;
}
