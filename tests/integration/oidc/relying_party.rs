//! A third-party relying party, the `openidconnect` crate, configured from nothing but the
//! discovery document: code + PKCE, ID-token verification against the JWKS, userinfo, refresh
//! with rotation, revocation and RP-initiated logout.

use std::future::Future;
use std::pin::Pin;

use openidconnect::core::{
    CoreAuthDisplay, CoreClaimName, CoreClaimType, CoreClient, CoreClientAuthMethod,
    CoreGenderClaim, CoreGrantType, CoreIdTokenClaims, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm, CoreJwsSigningAlgorithm,
    CoreResponseMode, CoreResponseType, CoreRevocableToken, CoreSubjectIdentifierType,
};
use openidconnect::{
    AdditionalProviderMetadata, AsyncHttpClient, AuthenticationFlow, AuthorizationCode, ClientId,
    ClientSecret, CsrfToken, EmptyAdditionalClaims, HttpClientError, HttpRequest, HttpResponse,
    IssuerUrl, LogoutProviderMetadata, LogoutRequest, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PostLogoutRedirectUrl, ProviderMetadata, RedirectUrl, RevocationUrl, Scope,
    TokenResponse, UserInfoClaims,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::support::{Provider, location, params_of};

/// The relying party's HTTP client: our reqwest, no redirects followed.
struct Http(reqwest::Client);

impl<'c> AsyncHttpClient<'c> for Http {
    type Error = HttpClientError<reqwest::Error>;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, Self::Error>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let response = self
                .0
                .request(parts.method, parts.uri.to_string())
                .headers(parts.headers)
                .body(body)
                .send()
                .await
                .map_err(Box::new)?;
            let mut builder = http::Response::builder().status(response.status());
            for (name, value) in response.headers() {
                builder = builder.header(name, value);
            }
            let body = response.bytes().await.map_err(Box::new)?;
            Ok(builder.body(body.to_vec())?)
        })
    }
}

/// The discovery fields beyond the core ones that this relying party uses.
#[derive(Clone, Debug, Deserialize, Serialize)]
struct Revocation {
    revocation_endpoint: String,
}

impl AdditionalProviderMetadata for Revocation {}

type Metadata = ProviderMetadata<
    LogoutProviderMetadata<Revocation>,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

#[derive(Debug, Deserialize, Serialize)]
struct GroupsClaim {
    #[serde(default)]
    groups: Vec<String>,
}

impl openidconnect::AdditionalClaims for GroupsClaim {}

#[tokio::test]
async fn a_relying_party_signs_in_refreshes_revokes_and_logs_out() {
    let mut provider = Provider::start().await;
    let group = provider
        .admin
        .post(provider.daemon.api("/groups"))
        .json(&json!({"name": "family"}))
        .send()
        .await
        .unwrap();
    assert_eq!(group.status(), 201);
    let added = provider
        .admin
        .put(provider.daemon.api("/groups/family/members/alice"))
        .send()
        .await
        .unwrap();
    assert!(added.status().is_success(), "{:?}", added.text().await);
    let registered = provider
        .client(json!({
            "name": "Photos",
            "redirect_uris": ["https://photos.example.com/callback"],
            "post_logout_redirect_uris": ["https://photos.example.com/bye"],
        }))
        .await;
    let client_id = registered["client"]["id"].as_str().unwrap().to_owned();
    let secret = registered["secret"].as_str().unwrap().to_owned();

    let http = Http(
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    );
    let issuer = IssuerUrl::new(provider.daemon.public_url.clone()).unwrap();
    let metadata = Metadata::discover_async(issuer, &http).await.unwrap();
    let end_session = metadata
        .additional_metadata()
        .end_session_endpoint
        .clone()
        .expect("an end_session_endpoint");
    let revocation = metadata
        .additional_metadata()
        .additional_metadata
        .revocation_endpoint
        .clone();
    let revocation_url = RevocationUrl::new(revocation).unwrap().to_string();
    let rp = CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(client_id.clone()),
        Some(ClientSecret::new(secret.clone())),
    )
    .set_redirect_uri(RedirectUrl::new("https://photos.example.com/callback".into()).unwrap());

    // Sign-in: code + PKCE (S256), consent on first use.
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = rp
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("groups".into()))
        .add_scope(Scope::new("offline_access".into()))
        .set_pkce_challenge(challenge)
        .url();
    let back = provider.authorize(url.as_str()).await;
    assert!(
        back.starts_with("https://photos.example.com/callback?"),
        "{back}"
    );
    let params = params_of(&back);
    assert_eq!(params["state"], *state.secret());
    assert_eq!(params["iss"], provider.daemon.public_url);

    let tokens = rp
        .exchange_code(AuthorizationCode::new(params["code"].clone()))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .unwrap();
    let id_token = tokens.id_token().expect("an ID token").clone();
    let verifier = rp
        .id_token_verifier()
        .set_allowed_algs(vec![CoreJwsSigningAlgorithm::EcdsaP256Sha256]);
    let claims: &CoreIdTokenClaims = id_token.claims(&verifier, &nonce).unwrap();
    assert_eq!(
        claims.preferred_username().map(|u| u.as_str()),
        Some("alice")
    );
    assert_eq!(
        claims.email().map(|e| e.as_str()),
        Some("alice@example.com")
    );
    assert_eq!(claims.email_verified(), Some(true));
    assert!(claims.auth_time().is_some());
    let at_hash = claims.access_token_hash().expect("at_hash");
    let expected = openidconnect::AccessTokenHash::from_token(
        tokens.access_token(),
        id_token.signing_alg().unwrap(),
        id_token.signing_key(&verifier).unwrap(),
    )
    .unwrap();
    assert_eq!(*at_hash, expected);
    assert_eq!(claims.subject().as_str().len(), 36, "sub is the user id");

    // Userinfo says the same, groups included.
    let info: UserInfoClaims<GroupsClaim, CoreGenderClaim> = rp
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&http)
        .await
        .unwrap();
    assert_eq!(info.subject(), claims.subject());
    assert_eq!(info.additional_claims().groups, vec!["family".to_owned()]);

    // Refresh: a new refresh token each time; the ID token keeps the subject.
    let first_refresh = tokens.refresh_token().expect("a refresh token").clone();
    let refreshed = rp
        .exchange_refresh_token(&first_refresh)
        .unwrap()
        .request_async(&http)
        .await
        .unwrap();
    let second_refresh = refreshed.refresh_token().expect("a rotated token").clone();
    assert_ne!(second_refresh.secret(), first_refresh.secret());
    let refreshed_id = refreshed.id_token().expect("a fresh ID token");
    let refreshed_claims = refreshed_id
        .claims(&verifier, |_: Option<&Nonce>| Ok(()))
        .unwrap();
    assert_eq!(refreshed_claims.subject(), claims.subject());

    // Revocation ends the family: neither refresh token works any more.
    // The crate refuses to send revocations over plain http (the test daemon's scheme), so
    // this request is made by hand, exactly as it would send it: Basic auth and a form.
    let _ = CoreRevocableToken::from(second_refresh.clone());
    let revoked = reqwest::Client::new()
        .post(&revocation_url)
        .basic_auth(&client_id, Some(&secret))
        .form(&[
            ("token", second_refresh.secret().as_str()),
            ("token_type_hint", "refresh_token"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    for token in [&second_refresh, &first_refresh] {
        let refused = rp
            .exchange_refresh_token(token)
            .unwrap()
            .request_async(&http)
            .await;
        assert!(refused.is_err(), "a revoked refresh token still worked");
    }
    let info_after: Result<UserInfoClaims<GroupsClaim, CoreGenderClaim>, _> = rp
        .user_info(refreshed.access_token().clone(), None)
        .unwrap()
        .request_async(&http)
        .await;
    assert!(
        info_after.is_err(),
        "an access token of a revoked grant still worked"
    );

    // RP-initiated logout with the ID token as hint: straight back to the app, signed out.
    let logout = LogoutRequest::from(end_session)
        .set_id_token_hint(&id_token)
        .set_post_logout_redirect_uri(
            PostLogoutRedirectUrl::new("https://photos.example.com/bye".into()).unwrap(),
        )
        .set_state(CsrfToken::new("see-you".into()))
        .http_get_url();
    let path = provider.path_of(logout.as_str());
    let response = provider.browser.get(&path).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        "https://photos.example.com/bye?state=see-you"
    );
    assert!(
        provider.browser.cookie.is_none(),
        "the session cookie is cleared"
    );
    let session = provider.browser.get("/session").await;
    assert_eq!(session.status(), 401);

    // Signed out, the next sign-in asks for a passkey again.
    let again = provider.browser.get(&provider.path_of(url.as_str())).await;
    assert_eq!(again.status(), 303);
    assert!(location(&again).starts_with("/login?return_to="));
    let _ = EmptyAdditionalClaims {};
}
