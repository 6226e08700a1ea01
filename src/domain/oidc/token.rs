//! The token endpoint's rules: authenticating the client, and the three grants —
//! `authorization_code` (with PKCE), `refresh_token` (rotated on every use; a used token
//! presented again revokes its whole family) and `client_credentials`.
//!
//! Every exchange re-checks the person: a disabled user, or one no longer in the client's
//! allowed groups, gets nothing more.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::Digest;

use super::authorize::pkce_matches;
use super::{ID_TOKEN_LIFETIME, OAuthError, OAuthErrorCode, amr, may_use};
use crate::domain::{AuditTarget, Domain, secrets};
use crate::model::{
    Actor, Client, ClientId, Grant, RefreshToken, RequestContext, Scope, ScopeSet, User,
};
use crate::store::{Rotation, TakenCode};

/// How a client authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuthMethod {
    /// HTTP Basic with the client id and secret.
    Basic,
    /// `client_id` and `client_secret` in the form.
    Post,
    /// Only `client_id`: a public client.
    None,
}

/// The client's credentials as presented.
#[derive(Clone)]
pub struct ClientAuth {
    /// `client_id`.
    pub client_id: String,
    /// The secret, if one was sent.
    pub secret: Option<String>,
    /// How they were sent.
    pub method: ClientAuthMethod,
}

impl std::fmt::Debug for ClientAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientAuth")
            .field("client_id", &self.client_id)
            .field("method", &self.method)
            .finish_non_exhaustive()
    }
}

/// The form of a token request (client credentials apart).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TokenRequest {
    /// `grant_type`
    pub grant_type: Option<String>,
    /// `code`
    pub code: Option<String>,
    /// `redirect_uri`
    pub redirect_uri: Option<String>,
    /// `code_verifier`
    pub code_verifier: Option<String>,
    /// `refresh_token`
    pub refresh_token: Option<String>,
    /// `scope`
    pub scope: Option<String>,
}

/// A successful token response (RFC 6749 §5.1).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenResponse {
    /// The access token (a JWT, RFC 9068).
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// The scope granted.
    pub scope: String,
    /// The ID token, for `openid` requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The refresh token, with `offline_access`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

fn invalid_client() -> OAuthError {
    OAuthError::new(
        OAuthErrorCode::InvalidClient,
        "client authentication failed",
    )
}

fn required<'a>(value: &'a Option<String>, name: &str) -> Result<&'a str, OAuthError> {
    value
        .as_deref()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| OAuthError::request(format!("{name} is missing")))
}

/// `at_hash`: the left half of the SHA-256 of the access token, base64url (OIDC Core §3.1.3.6;
/// SHA-256 for both ES256 and RS256).
fn at_hash(access_token: &str) -> String {
    let digest = sha2::Sha256::digest(access_token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..16])
}

impl Domain {
    /// The client these credentials prove, or `invalid_client`.
    pub async fn authenticate_client(&self, auth: &ClientAuth) -> Result<Client, OAuthError> {
        let Ok(id) = ClientId::parse(&auth.client_id) else {
            return Err(invalid_client());
        };
        let Some(cached) = self.oauth_client(id.as_str()).await? else {
            return Err(invalid_client());
        };
        match (&auth.secret, cached.client.is_public) {
            (None, true) => Ok(cached.client.clone()),
            (Some(secret), false) => {
                if cached.secret_matches(&secrets::hash(secret), self.clock.now()) {
                    Ok(cached.client.clone())
                } else {
                    Err(invalid_client())
                }
            }
            // A public client has no secret to send; a confidential one must send its secret.
            _ => Err(invalid_client()),
        }
    }

    /// Answers a token request.
    pub async fn token(
        &self,
        auth: &ClientAuth,
        request: &TokenRequest,
        context: &RequestContext,
    ) -> Result<TokenResponse, OAuthError> {
        let grant_type = required(&request.grant_type, "grant_type")?;
        if !matches!(
            grant_type,
            "authorization_code" | "refresh_token" | "client_credentials"
        ) {
            return Err(OAuthError::new(
                OAuthErrorCode::UnsupportedGrantType,
                format!("grant_type `{grant_type}` is not supported"),
            ));
        }
        let client = self.authenticate_client(auth).await?;
        match grant_type {
            "authorization_code" => self.exchange_code(&client, request, context).await,
            "refresh_token" => self.refresh(&client, request, context).await,
            _ => self.client_credentials(&client, request).await,
        }
    }

    async fn exchange_code(
        &self,
        client: &Client,
        request: &TokenRequest,
        context: &RequestContext,
    ) -> Result<TokenResponse, OAuthError> {
        let code = required(&request.code, "code")?;
        let redirect_uri = required(&request.redirect_uri, "redirect_uri")?;
        let now = self.clock.now();
        let (code, grant) = match self.store.take_code(&secrets::hash(code), now).await? {
            TakenCode::Unknown => return Err(OAuthError::grant("the code is not valid")),
            TakenCode::Replayed(_, grant) => {
                // RFC 6749 §4.1.2: a code used twice revokes what it issued.
                if grant.client_id == client.id {
                    self.revoke_family(&grant, "oidc.code_replayed", context)
                        .await?;
                }
                return Err(OAuthError::grant("the code was already used"));
            }
            TakenCode::Taken(code, grant) => (code, grant),
        };
        if grant.client_id != client.id {
            return Err(OAuthError::grant("the code was issued to another client"));
        }
        if code.expires_at <= now {
            return Err(OAuthError::grant("the code has expired"));
        }
        if grant.revoked_at.is_some() {
            return Err(OAuthError::grant("the authorization was revoked"));
        }
        if code.redirect_uri != redirect_uri {
            return Err(OAuthError::grant(
                "redirect_uri differs from the one of the authorization request",
            ));
        }
        match (
            &code.code_challenge,
            code.code_challenge_method,
            request.code_verifier.as_deref(),
        ) {
            (Some(challenge), Some(method), Some(verifier)) => {
                if !pkce_matches(method, challenge, verifier) {
                    return Err(OAuthError::grant(
                        "code_verifier does not match the challenge",
                    ));
                }
            }
            (Some(_), _, None) => return Err(OAuthError::grant("code_verifier is missing")),
            // RFC 9700 §2.1.1: a verifier for a code issued without a challenge is a downgrade.
            (None, _, Some(_)) => {
                return Err(OAuthError::grant(
                    "code_verifier was sent but the authorization request had no code_challenge",
                ));
            }
            (None, _, None) => {}
            (Some(_), None, Some(_)) => return Err(OAuthError::grant("the code is not valid")),
        }
        let user = self.user_for_grant(&grant, client).await?;
        let scope = grant.scope.clone();
        self.issue_tokens(client, &grant, &user, &scope, code.nonce.as_deref(), true)
            .await
    }

    async fn refresh(
        &self,
        client: &Client,
        request: &TokenRequest,
        context: &RequestContext,
    ) -> Result<TokenResponse, OAuthError> {
        let presented = required(&request.refresh_token, "refresh_token")?;
        let hash = secrets::hash(presented);
        let now = self.clock.now();
        let invalid = || OAuthError::grant("the refresh token is not valid");
        let Some(token) = self.store.refresh_token(&hash).await? else {
            return Err(invalid());
        };
        let Some(grant) = self.store.grant(token.grant_id).await? else {
            return Err(invalid());
        };
        if grant.client_id != client.id {
            return Err(invalid());
        }
        if token.used_at.is_some() {
            self.revoke_family(&grant, "oidc.refresh_token_replayed", context)
                .await?;
            return Err(OAuthError::grant(
                "the refresh token was already used; every token of this authorization is now revoked",
            ));
        }
        if grant.revoked_at.is_some() {
            return Err(OAuthError::grant("the authorization was revoked"));
        }
        if token.expires_at <= now {
            return Err(OAuthError::grant("the refresh token has expired"));
        }
        let scope = match request.scope.as_deref().filter(|s| !s.is_empty()) {
            None => grant.scope.clone(),
            Some(text) => {
                let asked = ScopeSet::parse(text).map_err(|name| {
                    OAuthError::new(
                        OAuthErrorCode::InvalidScope,
                        format!("unknown scope `{name}`"),
                    )
                })?;
                if !grant.scope.covers(&asked) {
                    return Err(OAuthError::new(
                        OAuthErrorCode::InvalidScope,
                        "a refresh can only narrow the scope that was granted",
                    ));
                }
                asked
            }
        };
        let user = self.user_for_grant(&grant, client).await?;
        let (successor, next) = new_refresh_token(&grant, client, now);
        if self.store.rotate_refresh_token(&hash, &next, now).await? == Rotation::AlreadyUsed {
            // Another request used it first: one of the two is not the rightful holder.
            self.revoke_family(&grant, "oidc.refresh_token_replayed", context)
                .await?;
            return Err(OAuthError::grant("the refresh token was already used"));
        }
        // The rotation extended the grant to the new token's expiry.
        let grant = Grant {
            expires_at: grant.expires_at.max(next.expires_at),
            ..grant
        };
        let mut response = self
            .issue_tokens(client, &grant, &user, &scope, None, false)
            .await?;
        response.refresh_token = Some(successor);
        Ok(response)
    }

    async fn client_credentials(
        &self,
        client: &Client,
        request: &TokenRequest,
    ) -> Result<TokenResponse, OAuthError> {
        if client.is_public {
            return Err(OAuthError::new(
                OAuthErrorCode::UnauthorizedClient,
                "public clients cannot use client_credentials",
            ));
        }
        // No person is involved, so scopes about a person are left out.
        let scope = ScopeSet::from_scopes(
            request
                .scope
                .as_deref()
                .unwrap_or_default()
                .split(' ')
                .filter_map(Scope::parse)
                .filter(|scope| !scope.is_identity() && *scope != Scope::OfflineAccess),
        );
        let now = self.clock.now();
        let lifetime = client.access_token_lifetime_secs;
        let claims = json!({
            "iss": self.issuer(),
            "sub": client.id.as_str(),
            "aud": client.id.as_str(),
            "client_id": client.id.as_str(),
            "scope": scope.to_string(),
            "iat": now.timestamp(),
            "exp": now.timestamp() + lifetime,
            "jti": uuid::Uuid::new_v4().to_string(),
        });
        let access_token = self
            .sign_jwt(client.id_token_signing_alg, "at+jwt", &claims)
            .await?;
        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: lifetime,
            scope: scope.to_string(),
            id_token: None,
            refresh_token: None,
        })
    }

    /// The grant's person, if they may still use the client.
    async fn user_for_grant(&self, grant: &Grant, client: &Client) -> Result<User, OAuthError> {
        let user = self.store.user_by_id(grant.user_id).await?;
        match user {
            Some(user) if may_use(self, &user, client).await? => Ok(user),
            _ => Err(OAuthError::grant(
                "the person is disabled or no longer allowed to use this app",
            )),
        }
    }

    /// Revokes a grant after a replay, and records it.
    async fn revoke_family(
        &self,
        grant: &Grant,
        action: &'static str,
        context: &RequestContext,
    ) -> Result<(), OAuthError> {
        tracing::warn!(grant = %grant.id, client = %grant.client_id, action, "token replay: revoking the authorization");
        let record = self.record(
            &Actor::Anonymous,
            context,
            action,
            AuditTarget {
                kind: "client",
                id: grant.client_id.to_string(),
                label: grant.client_id.to_string(),
            },
            json!({ "grant_id": grant.id.to_string(), "user_id": grant.user_id.to_string() }),
        );
        self.store
            .revoke_grant(grant.id, self.clock.now(), Some(&record))
            .await?;
        Ok(())
    }

    /// Signs the access token, the ID token (with `openid`) and, on a code exchange with
    /// `offline_access`, stores the first refresh token.
    async fn issue_tokens(
        &self,
        client: &Client,
        grant: &Grant,
        user: &User,
        scope: &ScopeSet,
        nonce: Option<&str>,
        first: bool,
    ) -> Result<TokenResponse, OAuthError> {
        let now = self.clock.now();
        let lifetime = client.access_token_lifetime_secs;
        let alg = client.id_token_signing_alg;
        let access_claims = json!({
            "iss": self.issuer(),
            "sub": user.id.to_string(),
            "aud": client.id.as_str(),
            "client_id": client.id.as_str(),
            "scope": scope.to_string(),
            "iat": now.timestamp(),
            "exp": now.timestamp() + lifetime,
            "auth_time": grant.auth_time.timestamp(),
            "jti": uuid::Uuid::new_v4().to_string(),
            "gid": grant.id.to_string(),
        });
        let access_token = self.sign_jwt(alg, "at+jwt", &access_claims).await?;

        // The first refresh token extends the grant to its own expiry as it is stored.
        let mut grant_until = grant.expires_at;
        let refresh_token = if first && scope.contains(Scope::OfflineAccess) {
            let (token, stored) = new_refresh_token(grant, client, now);
            self.store.insert_refresh_token(&stored).await?;
            grant_until = grant_until.max(stored.expires_at);
            Some(token)
        } else {
            None
        };
        // The grant must outlive the access token, which is checked against it; a write only
        // when it would not (a refresh has already extended it with its new token).
        let access_expires = now + Duration::seconds(lifetime);
        if grant_until < access_expires {
            self.store.extend_grant(grant.id, access_expires).await?;
        }

        let id_token = if scope.contains(Scope::OpenId) {
            let mut claims = self.user_claims(user, scope).await?;
            claims.insert("iss".into(), json!(self.issuer()));
            claims.insert("aud".into(), json!(client.id.as_str()));
            claims.insert("azp".into(), json!(client.id.as_str()));
            claims.insert("iat".into(), json!(now.timestamp()));
            claims.insert("exp".into(), json!((now + ID_TOKEN_LIFETIME).timestamp()));
            claims.insert("auth_time".into(), json!(grant.auth_time.timestamp()));
            claims.insert("amr".into(), json!(amr(grant)));
            claims.insert("at_hash".into(), json!(at_hash(&access_token)));
            claims.insert("jti".into(), json!(uuid::Uuid::new_v4().to_string()));
            if let Some(session) = grant.session_id {
                claims.insert("sid".into(), json!(session.to_string()));
            }
            if let Some(nonce) = nonce {
                claims.insert("nonce".into(), json!(nonce));
            }
            Some(self.sign_jwt(alg, "JWT", &Value::Object(claims)).await?)
        } else {
            None
        };

        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: lifetime,
            scope: scope.to_string(),
            id_token,
            refresh_token,
        })
    }
}

/// A fresh refresh token under `grant`, and what is stored of it.
fn new_refresh_token(
    grant: &Grant,
    client: &Client,
    now: chrono::DateTime<chrono::Utc>,
) -> (String, RefreshToken) {
    let token = secrets::random_token();
    let stored = RefreshToken {
        token_hash: secrets::hash(&token),
        grant_id: grant.id,
        created_at: now,
        expires_at: now + Duration::seconds(client.refresh_token_lifetime_secs),
        used_at: None,
    };
    (token, stored)
}
