//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): ending the browser session and
//! the tokens it issued, then going back to the app only to an address registered for it.

use serde::Deserialize;
use serde_json::Value;

use super::authorize::PageError;
use crate::domain::{Domain, UserSession};
use crate::model::{Client, ClientId, RequestContext};

/// The parameters of a logout request.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct LogoutParams {
    /// `id_token_hint`
    pub id_token_hint: Option<String>,
    /// `client_id`
    pub client_id: Option<String>,
    /// `post_logout_redirect_uri`
    pub post_logout_redirect_uri: Option<String>,
    /// `state`
    pub state: Option<String>,
}

/// What happens next.
#[derive(Debug, Clone)]
pub enum LogoutStep {
    /// Ask the person whether to sign out (no trustworthy hint came with the request).
    Confirm {
        /// The app asking, if known.
        client_name: Option<String>,
    },
    /// Signed out: go to this URL (the app's registered address, with `state`), or show the
    /// signed-out page when `None`.
    Done(Option<String>),
}

struct CheckedLogout {
    client: Option<Client>,
    redirect: Option<String>,
    /// The hint's `sid` and `sub`, when a valid hint came.
    hint: Option<(Option<String>, String)>,
}

impl Domain {
    async fn check_logout(&self, params: &LogoutParams) -> Result<CheckedLogout, PageError> {
        let bad = |message: &str| PageError {
            title: "Cannot sign out from here",
            message: message.to_owned(),
        };
        let mut client_id = params
            .client_id
            .as_deref()
            .filter(|c| !c.is_empty())
            .map(str::to_owned);
        let mut hint = None;
        if let Some(token) = params.id_token_hint.as_deref().filter(|t| !t.is_empty()) {
            // An expired ID token is a fine hint: logout often comes long after sign-in.
            let verified = self
                .verify_jwt(token)
                .await?
                .filter(|t| t.typ.as_deref() != Some("at+jwt"))
                .filter(|t| t.claims.get("iss").and_then(Value::as_str) == Some(self.issuer()))
                .ok_or_else(|| bad("The app sent an ID token that was not issued here."))?;
            let aud = match verified.claims.get("aud") {
                Some(Value::String(aud)) => Some(aud.clone()),
                Some(Value::Array(auds)) => auds.first().and_then(Value::as_str).map(str::to_owned),
                _ => None,
            }
            .ok_or_else(|| bad("The app sent an ID token without an audience."))?;
            if client_id.as_ref().is_some_and(|id| *id != aud) {
                return Err(bad("The client_id does not match the ID token's audience."));
            }
            client_id = Some(aud);
            let sub = verified
                .claims
                .get("sub")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let sid = verified
                .claims
                .get("sid")
                .and_then(Value::as_str)
                .map(str::to_owned);
            hint = Some((sid, sub));
        }
        let client = match &client_id {
            Some(id) => match ClientId::parse(id) {
                Ok(id) => Some(
                    self.oauth_client_by_id(id.as_str())
                        .await?
                        .ok_or_else(|| bad("The app is not registered here."))?,
                ),
                Err(_) => return Err(bad("The app is not registered here.")),
            },
            None => None,
        };
        let redirect = match params
            .post_logout_redirect_uri
            .as_deref()
            .filter(|u| !u.is_empty())
        {
            None => None,
            Some(uri) => {
                let Some(client) = &client else {
                    return Err(bad(
                        "The app asked to be sent back after logout but did not say which app it is.",
                    ));
                };
                if !client
                    .post_logout_redirect_uris
                    .iter()
                    .any(|registered| registered.as_str() == uri)
                {
                    return Err(bad(
                        "The app asked to be sent back to an address that is not registered for it.",
                    ));
                }
                let mut url = uri.to_owned();
                if let Some(state) = params.state.as_deref().filter(|s| !s.is_empty()) {
                    let encoded = url::form_urlencoded::Serializer::new(String::new())
                        .append_pair("state", state)
                        .finish();
                    url.push(if url.contains('?') { '&' } else { '?' });
                    url.push_str(&encoded);
                }
                Some(url)
            }
        };
        Ok(CheckedLogout {
            client,
            redirect,
            hint,
        })
    }

    /// Handles a logout request. With a valid `id_token_hint` for the person signed in (or no
    /// one signed in), it signs out at once; otherwise it asks first.
    pub async fn end_session(
        &self,
        params: &LogoutParams,
        session: Option<(&UserSession, &str)>,
        context: &RequestContext,
    ) -> Result<LogoutStep, PageError> {
        let checked = self.check_logout(params).await?;
        let hint_matches = match (&checked.hint, session) {
            (Some(_), None) => true,
            (Some((_, sub)), Some((session, _))) => *sub == session.user.id.to_string(),
            (None, None) => true,
            (None, Some(_)) => false,
        };
        if !hint_matches {
            return Ok(LogoutStep::Confirm {
                client_name: checked.client.map(|c| c.name),
            });
        }
        if let Some((session, token)) = session {
            self.sign_out_with_tokens(session, token, context).await?;
        }
        Ok(LogoutStep::Done(checked.redirect))
    }

    /// Signs out after the person confirmed on the logout page.
    pub async fn confirm_end_session(
        &self,
        params: &LogoutParams,
        session: Option<(&UserSession, &str)>,
        context: &RequestContext,
    ) -> Result<LogoutStep, PageError> {
        let checked = self.check_logout(params).await?;
        if let Some((session, token)) = session {
            self.sign_out_with_tokens(session, token, context).await?;
        }
        Ok(LogoutStep::Done(checked.redirect))
    }

    /// Ends a browser session and revokes every grant made in it.
    async fn sign_out_with_tokens(
        &self,
        session: &UserSession,
        token: &str,
        context: &RequestContext,
    ) -> Result<(), crate::domain::Error> {
        self.store
            .revoke_grants_of_session(session.session.id, self.clock.now())
            .await?;
        self.sign_out(context, token).await
    }
}
