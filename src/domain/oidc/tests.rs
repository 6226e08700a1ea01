//! Rules that need the clock moved: codes and pending requests expire.

use chrono::Duration;

use super::{
    AuthorizeParams, AuthorizeStep, ClientAuth, ClientAuthMethod, OAuthErrorCode, TokenRequest,
};
use crate::api::{CreateClient, CreateUser};
use crate::domain::AdminPrincipal;
use crate::model::{RequestContext, SignInMethod};

const REDIRECT: &str = "https://app.example.com/cb";
const VERIFIER: &str = "a-verifier-that-is-long-enough-to-be-valid-0123456789";

#[tokio::test]
async fn an_expired_code_is_refused_and_a_fresh_one_works() {
    use base64::Engine;
    use sha2::Digest;
    let (domain, clock, _dir) = crate::domain::test_support::domain().await;
    let context = RequestContext::default();
    let admin = AdminPrincipal::local();
    let user = domain
        .create_user(
            &admin,
            &context,
            CreateUser {
                username: "alice".into(),
                ..CreateUser::default()
            },
        )
        .await
        .unwrap();
    let (client, secret) = domain
        .create_client(
            &admin,
            &context,
            CreateClient {
                name: "App".into(),
                redirect_uris: vec![REDIRECT.into()],
                skip_consent: true,
                ..CreateClient::default()
            },
        )
        .await
        .unwrap();
    let signed_in = domain
        .open_session(&user, SignInMethod::Passkey, &context)
        .await
        .unwrap();
    let session = domain
        .session(signed_in.token.expose())
        .await
        .unwrap()
        .unwrap();
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(sha2::Sha256::digest(VERIFIER.as_bytes()));
    let params = AuthorizeParams {
        client_id: Some(client.id.to_string()),
        redirect_uri: Some(REDIRECT.into()),
        response_type: Some("code".into()),
        scope: Some("openid".into()),
        code_challenge: Some(challenge),
        code_challenge_method: Some("S256".into()),
        ..AuthorizeParams::default()
    };
    let auth = ClientAuth {
        client_id: client.id.to_string(),
        secret: secret.map(|s| s.expose().to_owned()),
        method: ClientAuthMethod::Basic,
    };
    let code = |step: AuthorizeStep| match step {
        AuthorizeStep::Respond(response) => response
            .params
            .iter()
            .find(|(name, _)| *name == "code")
            .map(|(_, value)| value.clone())
            .expect("a code"),
        other => panic!("expected a code, got {other:?}"),
    };
    let exchange = |code: String| TokenRequest {
        grant_type: Some("authorization_code".into()),
        code: Some(code),
        redirect_uri: Some(REDIRECT.into()),
        code_verifier: Some(VERIFIER.into()),
        ..TokenRequest::default()
    };

    let stale = code(
        domain
            .authorize(&params, Some(&session), &context)
            .await
            .unwrap(),
    );
    clock.advance(Duration::minutes(3));
    let refused = domain
        .token(&auth, &exchange(stale), &context)
        .await
        .unwrap_err();
    assert_eq!(refused.code, OAuthErrorCode::InvalidGrant);

    let session = domain
        .session(signed_in.token.expose())
        .await
        .unwrap()
        .unwrap();
    let fresh = code(
        domain
            .authorize(&params, Some(&session), &context)
            .await
            .unwrap(),
    );
    let tokens = domain
        .token(&auth, &exchange(fresh), &context)
        .await
        .unwrap();
    assert!(tokens.id_token.is_some());
    assert!(
        tokens.refresh_token.is_none(),
        "no offline_access, no refresh token"
    );
}
