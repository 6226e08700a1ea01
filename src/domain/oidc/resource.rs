//! Using and checking tokens: userinfo (RFC 6750 bearer tokens), introspection (RFC 7662) and
//! revocation (RFC 7009).
//!
//! An access token is alive while its signature checks out with a published key, it has not
//! expired, its `jti` was not revoked, and — for a person's token — its grant stands and the
//! person may still use the client.

use serde_json::{Map, Value, json};

use super::{OAuthError, OAuthErrorCode, may_use};
use crate::domain::{AuditTarget, Domain, secrets};
use crate::model::{
    Actor, Client, ClientId, Grant, GrantId, RequestContext, Scope, ScopeSet, User,
};

/// The claims userinfo returns.
pub type UserInfo = Map<String, Value>;

/// An introspection answer: `{"active": false}` or the token's facts.
pub type Introspection = Value;

/// A live access token.
struct LiveAccessToken {
    claims: Map<String, Value>,
    client_id: ClientId,
    scope: ScopeSet,
    /// The grant and its person, for a person's token.
    person: Option<(Grant, User)>,
}

fn invalid_token(why: &str) -> OAuthError {
    OAuthError::new(OAuthErrorCode::InvalidToken, why)
}

impl Domain {
    /// The live access token `token`, or why not.
    async fn live_access_token(&self, token: &str) -> Result<LiveAccessToken, OAuthError> {
        let verified = self
            .verify_jwt(token)
            .await?
            .ok_or_else(|| invalid_token("the access token is not valid"))?;
        if verified.typ.as_deref() != Some("at+jwt") {
            return Err(invalid_token("the token is not an access token"));
        }
        let claims = verified.claims;
        let text = |name: &str| claims.get(name).and_then(Value::as_str);
        if text("iss") != Some(self.issuer()) {
            return Err(invalid_token("the access token is not valid"));
        }
        let exp = claims.get("exp").and_then(Value::as_i64).unwrap_or(0);
        if exp <= self.clock.now().timestamp() {
            return Err(invalid_token("the access token has expired"));
        }
        let (Some(jti), Some(client_id)) = (text("jti"), text("client_id")) else {
            return Err(invalid_token("the access token is not valid"));
        };
        let client_id = ClientId::parse(client_id)
            .map_err(|_| invalid_token("the access token is not valid"))?;
        let scope = ScopeSet::parse(text("scope").unwrap_or_default())
            .map_err(|_| invalid_token("the access token is not valid"))?;
        let person = match text("gid") {
            None => {
                if self.store.is_access_token_revoked(jti).await? {
                    return Err(invalid_token("the access token was revoked"));
                }
                None
            }
            Some(gid) => {
                let gone = || invalid_token("the access token was revoked");
                let gid: GrantId = gid.parse().map_err(|_| gone())?;
                let grant = self
                    .store
                    .grant_unless_revoked(gid, jti)
                    .await?
                    .ok_or_else(gone)?;
                if grant.revoked_at.is_some() || grant.client_id != client_id {
                    return Err(gone());
                }
                let user = self
                    .store
                    .user_by_id(grant.user_id)
                    .await?
                    .ok_or_else(gone)?;
                let client = self
                    .oauth_client_by_id(client_id.as_str())
                    .await?
                    .ok_or_else(gone)?;
                if !may_use(self, &user, &client).await? {
                    return Err(gone());
                }
                Some((grant, user))
            }
        };
        Ok(LiveAccessToken {
            claims,
            client_id,
            scope,
            person,
        })
    }

    /// The claims about the person an access token was issued for (OIDC Core §5.3).
    pub async fn userinfo(&self, access_token: &str) -> Result<UserInfo, OAuthError> {
        let token = self.live_access_token(access_token).await?;
        let Some((_, user)) = &token.person else {
            return Err(OAuthError::new(
                OAuthErrorCode::InsufficientScope,
                "the token was issued to a client for itself, not for a person",
            ));
        };
        if !token.scope.contains(Scope::OpenId) {
            return Err(OAuthError::new(
                OAuthErrorCode::InsufficientScope,
                "userinfo needs a token with the openid scope",
            ));
        }
        Ok(self.user_claims(user, &token.scope).await?)
    }

    /// Introspects `token` for `client` (RFC 7662): active only if it is alive and was issued
    /// to that client.
    pub async fn introspect(
        &self,
        client: &Client,
        token: &str,
    ) -> Result<Introspection, OAuthError> {
        let inactive = json!({ "active": false });
        if token.contains('.') {
            let Ok(live) = self.live_access_token(token).await else {
                return Ok(inactive);
            };
            if live.client_id != client.id {
                return Ok(inactive);
            }
            let mut answer = json!({
                "active": true,
                "token_type": "Bearer",
                "scope": live.scope.to_string(),
                "client_id": live.client_id.as_str(),
            });
            for name in ["sub", "aud", "iss", "exp", "iat", "jti", "auth_time"] {
                if let Some(value) = live.claims.get(name) {
                    answer[name] = value.clone();
                }
            }
            if let Some((_, user)) = &live.person {
                answer["username"] = json!(user.username.as_str());
            }
            return Ok(answer);
        }
        let Some(refresh) = self.store.refresh_token(&secrets::hash(token)).await? else {
            return Ok(inactive);
        };
        let Some(grant) = self.store.grant(refresh.grant_id).await? else {
            return Ok(inactive);
        };
        let now = self.clock.now();
        if grant.client_id != client.id
            || grant.revoked_at.is_some()
            || refresh.used_at.is_some()
            || refresh.expires_at <= now
        {
            return Ok(inactive);
        }
        let Some(user) = self.store.user_by_id(grant.user_id).await? else {
            return Ok(inactive);
        };
        if !may_use(self, &user, client).await? {
            return Ok(inactive);
        }
        Ok(json!({
            "active": true,
            "scope": grant.scope.to_string(),
            "client_id": client.id.as_str(),
            "username": user.username.as_str(),
            "sub": user.id.to_string(),
            "iss": self.issuer(),
            "exp": refresh.expires_at.timestamp(),
            "iat": refresh.created_at.timestamp(),
        }))
    }

    /// Revokes `token` if it was issued to `client` (RFC 7009). A refresh token takes its whole
    /// grant with it (RFC 7009 §2.1); an access token just itself. Unknown tokens and tokens of
    /// other clients are ignored, as the RFC asks, so the answer reveals nothing.
    pub async fn revoke_token(
        &self,
        client: &Client,
        token: &str,
        context: &RequestContext,
    ) -> Result<(), OAuthError> {
        if token.contains('.') {
            if let Ok(live) = self.live_access_token(token).await
                && live.client_id == client.id
                && let Some(jti) = live.claims.get("jti").and_then(Value::as_str)
            {
                let exp = live.claims.get("exp").and_then(Value::as_i64).unwrap_or(0);
                self.store
                    .revoke_access_token(
                        jti,
                        chrono::DateTime::from_timestamp(exp, 0).unwrap_or_default(),
                    )
                    .await?;
            }
            return Ok(());
        }
        let Some(refresh) = self.store.refresh_token(&secrets::hash(token)).await? else {
            return Ok(());
        };
        let Some(grant) = self.store.grant(refresh.grant_id).await? else {
            return Ok(());
        };
        if grant.client_id != client.id {
            return Ok(());
        }
        let record = self.record(
            &Actor::Anonymous,
            context,
            "oidc.revoke",
            AuditTarget {
                kind: "client",
                id: client.id.to_string(),
                label: client.name.clone(),
            },
            json!({ "grant_id": grant.id.to_string(), "user_id": grant.user_id.to_string() }),
        );
        self.store
            .revoke_grant(grant.id, self.clock.now(), Some(&record))
            .await?;
        Ok(())
    }
}
