//! The authorization endpoint's rules: validating a request, deciding whether the person must
//! sign in or consent first, remembering the request meanwhile, and issuing the code.
//!
//! Until the client and its redirect URI are known to be valid, every problem is shown to the
//! person ([`PageError`]) and nothing is sent anywhere: redirecting to an unchecked URI would make
//! this an open redirector. After that, problems go back to the client as OAuth errors in the
//! response mode it asked for, with `state` and `iss` (RFC 9207).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

use super::{
    CODE_LIFETIME, INTERACTION_LIFETIME, MAX_PARAM_CHARS, OAuthError, OAuthErrorCode, may_use,
};
use crate::domain::{AuditTarget, Domain, Error, UserSession, secrets};
use crate::model::{
    AuthorizationCode, Client, ClientId, CodeChallengeMethod, Grant, GrantId, RedirectUri,
    RequestContext, Scope, ScopeSet, is_loopback_http,
};

/// The parameters of an authorization request, as sent (query or form).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AuthorizeParams {
    /// `client_id`
    pub client_id: Option<String>,
    /// `redirect_uri`
    pub redirect_uri: Option<String>,
    /// `response_type`
    pub response_type: Option<String>,
    /// `response_mode`
    pub response_mode: Option<String>,
    /// `scope`
    pub scope: Option<String>,
    /// `state`
    pub state: Option<String>,
    /// `nonce`
    pub nonce: Option<String>,
    /// `code_challenge`
    pub code_challenge: Option<String>,
    /// `code_challenge_method`
    pub code_challenge_method: Option<String>,
    /// `prompt`
    pub prompt: Option<String>,
    /// `max_age`
    pub max_age: Option<String>,
    /// `login_hint`
    pub login_hint: Option<String>,
    /// `id_token_hint`
    pub id_token_hint: Option<String>,
    /// `request` (not supported)
    pub request: Option<String>,
    /// `request_uri` (not supported)
    pub request_uri: Option<String>,
}

/// How the response goes back to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseMode {
    /// In the redirect URI's query (the default for `code`).
    Query,
    /// In the redirect URI's fragment.
    Fragment,
    /// As a form the browser posts to the redirect URI.
    FormPost,
}

/// An authorization request that cannot go on: shown to the person, never redirected.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{title}: {message}")]
pub struct PageError {
    /// A short title.
    pub title: &'static str,
    /// What went wrong, for the person (and the app's developer).
    pub message: String,
}

impl PageError {
    fn new(title: &'static str, message: impl Into<String>) -> Self {
        Self {
            title,
            message: message.into(),
        }
    }
}

impl From<Error> for PageError {
    fn from(err: Error) -> Self {
        tracing::error!(error = %err, "authorization request failed");
        Self::new(
            "Something went wrong",
            "The server could not handle this sign-in. Try again in a moment.",
        )
    }
}

impl From<crate::store::StoreError> for PageError {
    fn from(err: crate::store::StoreError) -> Self {
        Error::from(err).into()
    }
}

/// What to send back to the client: parameters for its redirect URI, in its response mode.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationResponse {
    /// Where (the redirect URI as sent, already checked).
    pub redirect_uri: String,
    /// How.
    pub mode: ResponseMode,
    /// The parameters: `code` or `error` (+ `error_description`), `state`, `iss`.
    pub params: Vec<(&'static str, String)>,
}

impl AuthorizationResponse {
    /// The URL to redirect to, for the query and fragment modes.
    pub fn redirect_url(&self) -> String {
        let encoded = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.params.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        match self.mode {
            ResponseMode::Fragment => format!("{}#{encoded}", self.redirect_uri),
            ResponseMode::Query | ResponseMode::FormPost => {
                let separator = if self.redirect_uri.contains('?') {
                    '&'
                } else {
                    '?'
                };
                format!("{}{separator}{encoded}", self.redirect_uri)
            }
        }
    }
}

/// What is shown on the consent page.
#[derive(Debug, Clone)]
pub struct ConsentView {
    /// The pending request to approve or deny.
    pub interaction: String,
    /// The app.
    pub client_name: String,
    /// Its logo.
    pub logo_url: Option<String>,
    /// Where it runs (the redirect URI's origin), so people can spot a look-alike.
    pub client_origin: String,
    /// Who is signed in.
    pub display_name: String,
    /// Their username.
    pub username: String,
    /// What the app asks for, in words.
    pub scopes: Vec<&'static str>,
}

/// The next step of an authorization request.
#[derive(Debug, Clone)]
pub enum AuthorizeStep {
    /// Send the person to sign in, then back to the pending request `interaction`.
    SignIn {
        /// The pending request's id.
        interaction: String,
        /// The `login_hint`, to prefill.
        login_hint: Option<String>,
    },
    /// Ask the person to consent.
    Consent(ConsentView),
    /// Go back to the client with a code or an error.
    Respond(AuthorizationResponse),
}

/// A validated request, kept while the person signs in or consents.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    client_id: String,
    redirect_uri: String,
    mode: ResponseMode,
    state: Option<String>,
    nonce: Option<String>,
    scope: String,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    login_hint: Option<String>,
    prompt_none: bool,
    /// The person must have signed in at or after this time (Unix seconds): `max_age`.
    signed_in_after: Option<i64>,
    /// The session that was there when a fresh sign-in was demanded (`prompt=login`,
    /// `select_account`, `max_age=0`, an `id_token_hint` naming someone else): it does not
    /// count, however recent. Times are whole seconds, so "created after" alone could not tell
    /// a sign-in a moment later from the session already there.
    #[serde(default)]
    stale_session: Option<String>,
    /// `prompt=consent`: ask even if consent was given before or the client skips it.
    force_consent: bool,
    /// The `sub` of the `id_token_hint`, when one was sent.
    expected_sub: Option<String>,
}

/// Scope descriptions on the consent page.
fn describe(scope: Scope) -> Option<&'static str> {
    match scope {
        Scope::OpenId => Some("Know who you are (your account id)"),
        Scope::Profile => Some("See your name, username and profile details"),
        Scope::Email => Some("See your email address"),
        Scope::Groups => Some("See which groups you are in"),
        Scope::OfflineAccess => Some("Keep access while you are away"),
    }
}

/// Whether a redirect URI the client sent matches a registered one: exactly, or on a loopback
/// `http` host with any port (RFC 8252 §7.3).
pub(super) fn redirect_matches(registered: &RedirectUri, sent: &str) -> bool {
    if registered.as_str() == sent {
        return true;
    }
    let (Ok(registered), Ok(sent)) = (Url::parse(registered.as_str()), Url::parse(sent)) else {
        return false;
    };
    is_loopback_http(&registered)
        && is_loopback_http(&sent)
        && registered.host() == sent.host()
        && registered.path() == sent.path()
        && registered.query() == sent.query()
        && registered.username() == sent.username()
        && registered.password().is_none()
        && sent.password().is_none()
        && sent.fragment().is_none()
}

/// The origin of a URL, for showing people where an app lives.
fn origin_of(uri: &str) -> String {
    match Url::parse(uri) {
        Ok(url) if url.host().is_some() => url.origin().ascii_serialization(),
        Ok(url) => format!("{}:", url.scheme()),
        Err(_) => uri.to_owned(),
    }
}

fn valid_pkce_value(text: &str) -> bool {
    (43..=128).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Whether `verifier` answers `challenge` made with `method` (RFC 7636 §4.6).
pub(super) fn pkce_matches(method: CodeChallengeMethod, challenge: &str, verifier: &str) -> bool {
    use sha2::Digest;
    if !valid_pkce_value(verifier) {
        return false;
    }
    let expected = match method {
        CodeChallengeMethod::S256 => URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier)),
        CodeChallengeMethod::Plain => verifier.to_owned(),
    };
    secrets::constant_time_eq(expected.as_bytes(), challenge.as_bytes())
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

impl Domain {
    /// The issuer: the public URL.
    pub fn issuer(&self) -> &str {
        &self.auth.public_url
    }

    /// Starts an authorization request: validates it and decides the next step for the person
    /// signed in with `session` (if any).
    pub async fn authorize(
        &self,
        params: &AuthorizeParams,
        session: Option<&UserSession>,
        context: &RequestContext,
    ) -> Result<AuthorizeStep, PageError> {
        let (client, redirect_uri) = self.check_client_and_redirect(params).await?;
        let mode = match non_empty(&params.response_mode) {
            None | Some("query") => ResponseMode::Query,
            Some("fragment") => ResponseMode::Fragment,
            Some("form_post") => ResponseMode::FormPost,
            Some(_) => ResponseMode::Query,
        };
        let respond_error = |error: OAuthError| {
            AuthorizeStep::Respond(self.error_response(
                &redirect_uri,
                mode,
                params.state.clone(),
                &error,
            ))
        };
        match self
            .validate(params, &client, &redirect_uri, mode, session)
            .await
        {
            Ok(pending) => self.advance(pending, None, session, context).await,
            Err(error) => Ok(respond_error(error)),
        }
    }

    async fn check_client_and_redirect(
        &self,
        params: &AuthorizeParams,
    ) -> Result<(Client, String), PageError> {
        let Some(client_id) = non_empty(&params.client_id) else {
            return Err(PageError::new(
                "Unknown app",
                "The app did not say who it is (`client_id` is missing).",
            ));
        };
        let client = match ClientId::parse(client_id) {
            Ok(id) => self.oauth_client_by_id(id.as_str()).await?,
            Err(_) => None,
        };
        let Some(client) = client else {
            return Err(PageError::new(
                "Unknown app",
                "This app is not registered here. Ask the administrator to add it.",
            ));
        };
        let Some(redirect_uri) = non_empty(&params.redirect_uri) else {
            return Err(PageError::new(
                "Invalid request",
                format!(
                    "{} did not say where to return (`redirect_uri` is missing).",
                    client.name
                ),
            ));
        };
        if !client
            .redirect_uris
            .iter()
            .any(|registered| redirect_matches(registered, redirect_uri))
        {
            return Err(PageError::new(
                "Invalid redirect",
                format!(
                    "{} asked to return to an address that is not registered for it. \
                     The administrator can add it to the app's redirect URIs.",
                    client.name
                ),
            ));
        }
        Ok((client, redirect_uri.to_owned()))
    }

    async fn validate(
        &self,
        params: &AuthorizeParams,
        client: &Client,
        redirect_uri: &str,
        mode: ResponseMode,
        session: Option<&UserSession>,
    ) -> Result<Pending, OAuthError> {
        if let Some(other) = non_empty(&params.response_mode)
            && !matches!(other, "query" | "fragment" | "form_post")
        {
            return Err(OAuthError::request(format!(
                "response_mode `{other}` is not supported: use query, fragment or form_post"
            )));
        }
        match non_empty(&params.response_type) {
            Some("code") => {}
            None => return Err(OAuthError::request("response_type is missing; use `code`")),
            Some(other) => {
                return Err(OAuthError::new(
                    OAuthErrorCode::UnsupportedResponseType,
                    format!("response_type `{other}` is not supported; use `code`"),
                ));
            }
        }
        if params.request.is_some() {
            return Err(OAuthError::new(
                OAuthErrorCode::RequestNotSupported,
                "request objects are not supported",
            ));
        }
        if params.request_uri.is_some() {
            return Err(OAuthError::new(
                OAuthErrorCode::RequestUriNotSupported,
                "request_uri is not supported",
            ));
        }
        for (name, value) in [
            ("state", &params.state),
            ("nonce", &params.nonce),
            ("login_hint", &params.login_hint),
        ] {
            if value.as_ref().is_some_and(|v| v.len() > MAX_PARAM_CHARS) {
                return Err(OAuthError::request(format!(
                    "{name} is longer than {MAX_PARAM_CHARS} characters"
                )));
            }
        }
        // Scopes this provider does not know are ignored, as OpenID Connect Core §3.1.2.1 asks.
        let scope = ScopeSet::from_scopes(
            params
                .scope
                .as_deref()
                .unwrap_or_default()
                .split(' ')
                .filter_map(Scope::parse),
        );

        let method = match (
            non_empty(&params.code_challenge),
            non_empty(&params.code_challenge_method),
        ) {
            (None, None) => {
                if client.require_pkce || client.is_public {
                    return Err(OAuthError::request(
                        "this client must use PKCE: send code_challenge and code_challenge_method=S256",
                    ));
                }
                None
            }
            (None, Some(_)) => {
                return Err(OAuthError::request(
                    "code_challenge_method was sent without code_challenge",
                ));
            }
            (Some(challenge), method) => {
                // RFC 7636 §4.3: no method means `plain`.
                let method = method.unwrap_or("plain");
                let method = CodeChallengeMethod::parse(method).ok_or_else(|| {
                    OAuthError::request(format!(
                        "code_challenge_method `{method}` is not supported; use S256"
                    ))
                })?;
                if method == CodeChallengeMethod::Plain && !client.allow_plain_pkce {
                    return Err(OAuthError::request(
                        "the plain PKCE method is not allowed for this client; use S256",
                    ));
                }
                if !valid_pkce_value(challenge) {
                    return Err(OAuthError::request(
                        "code_challenge must be 43–128 characters of A–Z a–z 0–9 - . _ ~",
                    ));
                }
                Some(method)
            }
        };

        let prompts: Vec<&str> = params
            .prompt
            .as_deref()
            .unwrap_or_default()
            .split(' ')
            .filter(|p| !p.is_empty())
            .collect();
        if let Some(unknown) = prompts
            .iter()
            .find(|p| !matches!(**p, "none" | "login" | "consent" | "select_account"))
        {
            return Err(OAuthError::request(format!(
                "prompt `{unknown}` is not supported: use none, login, consent or select_account"
            )));
        }
        let prompt_none = prompts.contains(&"none");
        if prompt_none && prompts.len() > 1 {
            return Err(OAuthError::request(
                "prompt=none cannot be combined with other prompt values",
            ));
        }

        let now = self.clock.now();
        let mut signed_in_after: Option<DateTime<Utc>> = None;
        let mut fresh_sign_in = prompts.contains(&"login") || prompts.contains(&"select_account");
        if let Some(max_age) = non_empty(&params.max_age) {
            let max_age: i64 = max_age
                .parse()
                .ok()
                .filter(|secs: &i64| *secs >= 0)
                .ok_or_else(|| OAuthError::request("max_age must be a number of seconds"))?;
            if max_age == 0 {
                fresh_sign_in = true;
            } else {
                signed_in_after = Some(now - Duration::seconds(max_age.min(100 * 365 * 86_400)));
            }
        }

        let mut expected_sub = None;
        if let Some(hint) = non_empty(&params.id_token_hint) {
            let sub = self.id_token_hint_subject(hint, client).await?;
            match session {
                // Someone else is signed in: they must sign in as the person the app expects.
                Some(session) if session.user.id.to_string() != sub => {
                    if prompt_none {
                        return Err(OAuthError::new(
                            OAuthErrorCode::LoginRequired,
                            "the person signed in is not the one in id_token_hint",
                        ));
                    }
                    fresh_sign_in = true;
                }
                _ => expected_sub = Some(sub),
            }
        }

        Ok(Pending {
            client_id: client.id.to_string(),
            redirect_uri: redirect_uri.to_owned(),
            mode,
            state: params.state.clone(),
            nonce: non_empty(&params.nonce).map(str::to_owned),
            scope: scope.to_string(),
            code_challenge: method.and(non_empty(&params.code_challenge).map(str::to_owned)),
            code_challenge_method: method.map(|m| m.as_str().to_owned()),
            login_hint: non_empty(&params.login_hint).map(str::to_owned),
            prompt_none,
            signed_in_after: signed_in_after.map(|at| at.timestamp()),
            stale_session: session
                .filter(|_| fresh_sign_in)
                .map(|s| s.session.id.to_string()),
            force_consent: prompts.contains(&"consent"),
            expected_sub,
        })
    }

    /// The `sub` of an ID token we issued to `client` (expired or not).
    async fn id_token_hint_subject(
        &self,
        hint: &str,
        client: &Client,
    ) -> Result<String, OAuthError> {
        let invalid = || OAuthError::request("id_token_hint is not an ID token issued here");
        let token = self.verify_jwt(hint).await?.ok_or_else(invalid)?;
        let claims = &token.claims;
        let audience_ok = match claims.get("aud") {
            Some(serde_json::Value::String(aud)) => aud == client.id.as_str(),
            Some(serde_json::Value::Array(auds)) => auds
                .iter()
                .any(|aud| aud.as_str() == Some(client.id.as_str())),
            _ => false,
        };
        if claims.get("iss").and_then(|v| v.as_str()) != Some(self.issuer())
            || !audience_ok
            || token.typ.as_deref() == Some("at+jwt")
        {
            return Err(invalid());
        }
        claims
            .get("sub")
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .ok_or_else(invalid)
    }

    /// Continues a pending request after the person signed in (`/authorize/resume`).
    pub async fn resume_authorization(
        &self,
        interaction: &str,
        session: Option<&UserSession>,
        context: &RequestContext,
    ) -> Result<AuthorizeStep, PageError> {
        let pending = self.pending(interaction).await?;
        self.advance(pending, Some(interaction.to_owned()), session, context)
            .await
    }

    /// Records the person's answer on the consent page and finishes the request.
    pub async fn decide_consent(
        &self,
        interaction: &str,
        approved: bool,
        session: &UserSession,
        context: &RequestContext,
    ) -> Result<AuthorizeStep, PageError> {
        let mut pending = self.pending(interaction).await?;
        let client = self.pending_client(&pending).await?;
        if !approved {
            self.store
                .delete_interaction(&secrets::hash(interaction))
                .await?;
            let error = OAuthError::new(OAuthErrorCode::AccessDenied, "the person declined");
            return Ok(AuthorizeStep::Respond(self.error_response(
                &pending.redirect_uri,
                pending.mode,
                pending.state.clone(),
                &error,
            )));
        }
        // The person must still be the one the request allows (their session may have changed
        // in another tab since the page was shown).
        if !self.signed_in_well_enough(&pending, session) {
            return self
                .advance(
                    pending,
                    Some(interaction.to_owned()),
                    Some(session),
                    context,
                )
                .await;
        }
        let requested = ScopeSet::parse(&pending.scope).unwrap_or_default();
        let merged = self
            .store
            .consent(session.user.id, &client.id)
            .await?
            .union(&requested);
        let record = self.record(
            &session.actor(),
            context,
            "oidc.consent",
            AuditTarget {
                kind: "client",
                id: client.id.to_string(),
                label: client.name.clone(),
            },
            json!({ "scope": merged.to_string() }),
        );
        self.store
            .save_consent(session.user.id, &client.id, &merged, &record)
            .await?;
        pending.force_consent = false;
        self.advance(
            pending,
            Some(interaction.to_owned()),
            Some(session),
            context,
        )
        .await
    }

    async fn pending(&self, interaction: &str) -> Result<Pending, PageError> {
        let expired = || {
            PageError::new(
                "Sign-in expired",
                "This sign-in request has expired or was already completed. Go back to the app and start again.",
            )
        };
        let Some((request, _)) = self
            .store
            .interaction(&secrets::hash(interaction), self.clock.now())
            .await?
        else {
            return Err(expired());
        };
        serde_json::from_value(request).map_err(|_| expired())
    }

    async fn pending_client(&self, pending: &Pending) -> Result<Client, PageError> {
        self.oauth_client_by_id(&pending.client_id)
            .await?
            .filter(|client| {
                client
                    .redirect_uris
                    .iter()
                    .any(|uri| redirect_matches(uri, &pending.redirect_uri))
            })
            .ok_or_else(|| {
                PageError::new(
                    "Unknown app",
                    "This app was removed or changed while you were signing in.",
                )
            })
    }

    fn signed_in_well_enough(&self, pending: &Pending, session: &UserSession) -> bool {
        pending
            .signed_in_after
            .is_none_or(|after| session.session.created_at.timestamp() >= after)
            && pending
                .stale_session
                .as_ref()
                .is_none_or(|stale| *stale != session.session.id.to_string())
            && pending
                .expected_sub
                .as_ref()
                .is_none_or(|sub| *sub == session.user.id.to_string())
    }

    /// Decides the next step of a validated request: sign in, consent, or a code.
    async fn advance(
        &self,
        mut pending: Pending,
        interaction: Option<String>,
        session: Option<&UserSession>,
        context: &RequestContext,
    ) -> Result<AuthorizeStep, PageError> {
        let client = self.pending_client(&pending).await?;
        let respond = |pending: &Pending, error: OAuthError| {
            AuthorizeStep::Respond(self.error_response(
                &pending.redirect_uri,
                pending.mode,
                pending.state.clone(),
                &error,
            ))
        };
        let session = match session {
            Some(session) if self.signed_in_well_enough(&pending, session) => session,
            other => {
                if pending.prompt_none {
                    return Ok(respond(
                        &pending,
                        OAuthError::new(OAuthErrorCode::LoginRequired, "the person must sign in"),
                    ));
                }
                // Someone other than the hinted person is signed in: whoever signs in next
                // decides, as a fresh sign-in.
                if let (Some(sub), Some(other)) = (&pending.expected_sub, other)
                    && *sub != other.user.id.to_string()
                {
                    pending.expected_sub = None;
                    pending.stale_session = Some(other.session.id.to_string());
                }
                let interaction = self.keep_pending(&pending, interaction).await?;
                return Ok(AuthorizeStep::SignIn {
                    interaction,
                    login_hint: pending.login_hint.clone(),
                });
            }
        };

        if !may_use(self, &session.user, &client).await? {
            return Ok(respond(
                &pending,
                OAuthError::new(
                    OAuthErrorCode::AccessDenied,
                    "this person is not allowed to use this app",
                ),
            ));
        }

        let requested = ScopeSet::parse(&pending.scope).unwrap_or_default();
        let needs_consent = pending.force_consent
            || (!client.skip_consent
                && !self
                    .store
                    .consent(session.user.id, &client.id)
                    .await?
                    .covers(&requested));
        if needs_consent {
            if pending.prompt_none {
                return Ok(respond(
                    &pending,
                    OAuthError::new(
                        OAuthErrorCode::ConsentRequired,
                        "the person must consent first",
                    ),
                ));
            }
            let interaction = self.keep_pending(&pending, interaction).await?;
            return Ok(AuthorizeStep::Consent(ConsentView {
                interaction,
                client_name: client.name.clone(),
                logo_url: client.logo_url.clone(),
                client_origin: origin_of(&pending.redirect_uri),
                display_name: session.user.display_name(),
                username: session.user.username.to_string(),
                scopes: requested.iter().filter_map(describe).collect(),
            }));
        }

        if let Some(interaction) = &interaction {
            // Once: a second resume of the same request finds nothing.
            if !self
                .store
                .delete_interaction(&secrets::hash(interaction))
                .await?
            {
                return Err(PageError::new(
                    "Sign-in expired",
                    "This sign-in request was already completed. Go back to the app and start again.",
                ));
            }
        }
        let code = self
            .issue_code(&pending, &client, requested, session, context)
            .await?;
        let mut params = vec![("code", code)];
        if let Some(state) = &pending.state {
            params.push(("state", state.clone()));
        }
        params.push(("iss", self.issuer().to_owned()));
        Ok(AuthorizeStep::Respond(AuthorizationResponse {
            redirect_uri: pending.redirect_uri.clone(),
            mode: pending.mode,
            params,
        }))
    }

    /// Stores the pending request (once) and returns its id.
    async fn keep_pending(
        &self,
        pending: &Pending,
        interaction: Option<String>,
    ) -> Result<String, Error> {
        let hash_of_new;
        let id = match interaction {
            Some(id) => {
                // Changed (a fresh sign-in now required): store the new version in its place.
                self.store.delete_interaction(&secrets::hash(&id)).await?;
                hash_of_new = secrets::hash(&id);
                id
            }
            None => {
                let id = secrets::random_token();
                hash_of_new = secrets::hash(&id);
                id
            }
        };
        let now = self.clock.now();
        let request = serde_json::to_value(pending).expect("a pending request serialises");
        self.store
            .insert_interaction(&hash_of_new, &request, now, now + INTERACTION_LIFETIME)
            .await?;
        Ok(id)
    }

    async fn issue_code(
        &self,
        pending: &Pending,
        client: &Client,
        scope: ScopeSet,
        session: &UserSession,
        context: &RequestContext,
    ) -> Result<String, Error> {
        let now = self.clock.now();
        let grant = Grant {
            id: GrantId::new(),
            client_id: client.id.clone(),
            user_id: session.user.id,
            session_id: Some(session.session.id),
            scope,
            auth_time: session.session.created_at,
            method: session.session.method,
            created_at: now,
            expires_at: now + CODE_LIFETIME,
            revoked_at: None,
        };
        let code = secrets::random_token();
        let stored = AuthorizationCode {
            code_hash: secrets::hash(&code),
            grant_id: grant.id,
            redirect_uri: pending.redirect_uri.clone(),
            nonce: pending.nonce.clone(),
            code_challenge: pending.code_challenge.clone(),
            code_challenge_method: pending
                .code_challenge_method
                .as_deref()
                .and_then(CodeChallengeMethod::parse),
            created_at: now,
            expires_at: now + CODE_LIFETIME,
            used_at: None,
        };
        let record = self.record(
            &session.actor(),
            context,
            "oidc.authorize",
            AuditTarget {
                kind: "client",
                id: client.id.to_string(),
                label: client.name.clone(),
            },
            json!({ "scope": grant.scope.to_string(), "grant_id": grant.id.to_string() }),
        );
        self.store
            .insert_grant_with_code(&grant, &stored, &record)
            .await?;
        Ok(code)
    }

    fn error_response(
        &self,
        redirect_uri: &str,
        mode: ResponseMode,
        state: Option<String>,
        error: &OAuthError,
    ) -> AuthorizationResponse {
        let mut params = vec![
            ("error", error.code.as_str().to_owned()),
            ("error_description", error.description.clone()),
        ];
        if let Some(state) = state {
            params.push(("state", state));
        }
        params.push(("iss", self.issuer().to_owned()));
        AuthorizationResponse {
            redirect_uri: redirect_uri.to_owned(),
            mode,
            params,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{pkce_matches, redirect_matches};
    use crate::model::{CodeChallengeMethod, RedirectUri};

    #[test]
    fn loopback_redirects_match_on_any_port_and_others_exactly() {
        let registered = RedirectUri::parse("http://127.0.0.1/callback").unwrap();
        assert!(redirect_matches(
            &registered,
            "http://127.0.0.1:53682/callback"
        ));
        assert!(redirect_matches(&registered, "http://127.0.0.1/callback"));
        assert!(!redirect_matches(
            &registered,
            "http://127.0.0.1:53682/other"
        ));
        assert!(!redirect_matches(
            &registered,
            "http://localhost:53682/callback"
        ));
        assert!(!redirect_matches(
            &registered,
            "http://127.0.0.1:1/callback#x"
        ));
        let https = RedirectUri::parse("https://app.example.com/cb").unwrap();
        assert!(redirect_matches(&https, "https://app.example.com/cb"));
        assert!(!redirect_matches(&https, "https://app.example.com:8443/cb"));
        assert!(!redirect_matches(&https, "https://app.example.com/cb?x=1"));
        assert!(!redirect_matches(&https, "https://app.example.com/CB"));
    }

    #[test]
    fn pkce_s256_matches_the_rfc_7636_example() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert!(pkce_matches(CodeChallengeMethod::S256, challenge, verifier));
        assert!(!pkce_matches(
            CodeChallengeMethod::S256,
            challenge,
            &verifier.replace('d', "e")
        ));
        assert!(!pkce_matches(
            CodeChallengeMethod::Plain,
            challenge,
            verifier
        ));
        assert!(!pkce_matches(CodeChallengeMethod::S256, challenge, "short"));
    }
}
