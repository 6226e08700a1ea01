//! Passkey ceremonies: registering a passkey from an enrolment link, and signing in with a
//! discoverable passkey (no username). WebAuthn itself is webauthn-rs; this module decides who
//! may register what, keeps ceremony state in the store so any instance can finish what another
//! started, and turns a verified ceremony into a session.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use serde_json::json;
use webauthn_rs::prelude::{
    CreationChallengeResponse, DiscoverableAuthentication, Passkey as Credential,
    PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Url, Webauthn, WebauthnBuilder,
};
use webauthn_rs_proto::ResidentKeyRequirement;

use super::{AuditTarget, Domain, Error, Result, secrets};
use crate::model::{
    Actor, Ceremony, EnrolmentLink, Passkey, PasskeyId, RequestContext, Session, SignInMethod, User,
};

/// How long a browser has between the start and the finish of a ceremony.
const CEREMONY_TIMEOUT: Duration = Duration::minutes(5);

const REGISTER: &str = "register";
const AUTHENTICATE: &str = "authenticate";

/// How people sign in: the relying party and the session lifetimes.
pub struct AuthSettings {
    webauthn: Webauthn,
    /// The public URL, to build links.
    pub public_url: String,
    /// How long a session lasts without use.
    pub session_idle: Duration,
    /// How long a session lasts at most.
    pub session_lifetime: Duration,
    /// Who may sign up.
    pub signup_mode: crate::model::SignUpMode,
}

impl AuthSettings {
    /// Settings for the relying party `rp_id` at `rp_origin`.
    pub fn new(
        rp_id: &str,
        rp_origin: &str,
        public_url: &str,
        session_idle: Duration,
        session_lifetime: Duration,
        signup_mode: crate::model::SignUpMode,
    ) -> Result<Self, String> {
        let origin = Url::parse(rp_origin).map_err(|e| format!("`{rp_origin}`: {e}"))?;
        let webauthn = WebauthnBuilder::new(rp_id, &origin)
            .and_then(|builder| builder.rp_name("Pocket ID").build())
            .map_err(|e| format!("cannot set up WebAuthn for `{rp_id}` at `{rp_origin}`: {e}"))?;
        Ok(Self {
            webauthn,
            public_url: public_url.to_owned(),
            session_idle,
            session_lifetime,
            signup_mode,
        })
    }
}

/// A ceremony the browser must now complete: its id, to send back, and the options for
/// `navigator.credentials.create()` or `.get()`.
#[derive(Debug, Clone)]
pub struct CeremonyStart {
    /// The ceremony's id.
    pub ceremony_id: String,
    /// The options, as JSON for the browser.
    pub options: serde_json::Value,
}

/// The outcome of a successful sign-in: who, their new session and its secret token.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The person.
    pub user: User,
    /// Their new session.
    pub session: Session,
    /// The session's secret, for the cookie.
    pub token: super::SessionToken,
}

fn rejected(message: impl Into<String>) -> Error {
    Error::PasskeyRejected(message.into())
}

/// A verification failure: the library's reason goes to the log, a plain one to the person.
fn not_accepted(err: webauthn_rs::prelude::WebauthnError) -> Error {
    tracing::info!(reason = %err, "passkey not accepted");
    rejected("The passkey was not accepted. Try again, or use another passkey or a login code.")
}

fn expired_ceremony() -> Error {
    rejected("This sign-in attempt expired or was already used. Start again.")
}

fn credential_id(credential: &Credential) -> String {
    URL_SAFE_NO_PAD.encode(AsRef::<[u8]>::as_ref(credential.cred_id()))
}

impl Domain {
    async fn begin(
        &self,
        kind: &'static str,
        user: Option<&User>,
        state: String,
        context: serde_json::Value,
        options: serde_json::Value,
    ) -> Result<CeremonyStart> {
        let now = self.clock.now();
        let ceremony = Ceremony {
            id: secrets::random_token(),
            kind,
            user_id: user.map(|u| u.id),
            state,
            context,
            created_at: now,
            expires_at: now + CEREMONY_TIMEOUT,
        };
        self.store.insert_ceremony(&ceremony).await?;
        Ok(CeremonyStart {
            ceremony_id: ceremony.id,
            options,
        })
    }

    /// Starts registering a passkey with an enrolment link's token.
    pub async fn start_enrolment(&self, token: &str) -> Result<CeremonyStart> {
        let (link, user) = self.usable_link(token).await?;
        self.start_registration(&user, true, json!({ "link": link.id }))
            .await
    }

    /// Starts a registration ceremony for `user`, part of `context`. A user who is not stored
    /// yet (`stored` false: a sign-up) is not tied to the ceremony row.
    pub(super) async fn start_registration(
        &self,
        user: &User,
        stored: bool,
        context: serde_json::Value,
    ) -> Result<CeremonyStart> {
        let existing = self.store.passkeys_of_user(user.id).await?;
        let exclude = existing
            .iter()
            .filter_map(|p| serde_json::from_str::<Credential>(&p.credential).ok())
            .map(|c| c.cred_id().clone())
            .collect::<Vec<_>>();
        let (mut options, state): (CreationChallengeResponse, PasskeyRegistration) = self
            .auth
            .webauthn
            .start_passkey_registration(
                user.id.as_uuid(),
                user.username.as_str(),
                &user.display_name(),
                Some(exclude),
            )
            .map_err(|e| rejected(format!("cannot start registration: {e}")))?;
        // Discoverable credentials, so that signing in needs no username.
        if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
            selection.resident_key = Some(ResidentKeyRequirement::Required);
            selection.require_resident_key = true;
        }
        let state = serde_json::to_string(&state).map_err(|e| rejected(e.to_string()))?;
        let options = serde_json::to_value(&options).map_err(|e| rejected(e.to_string()))?;
        self.begin(REGISTER, stored.then_some(user), state, context, options)
            .await
    }

    /// Takes a registration ceremony and verifies the browser's answer to it.
    pub(super) async fn verify_registration(
        &self,
        ceremony_id: &str,
        response: &RegisterPublicKeyCredential,
    ) -> Result<(Ceremony, Credential)> {
        let ceremony = self
            .store
            .take_ceremony(ceremony_id, REGISTER, self.clock.now())
            .await?
            .ok_or_else(expired_ceremony)?;
        let state: PasskeyRegistration =
            serde_json::from_str(&ceremony.state).map_err(|_| expired_ceremony())?;
        let credential = self
            .auth
            .webauthn
            .finish_passkey_registration(response, &state)
            .map_err(not_accepted)?;
        Ok((ceremony, credential))
    }

    /// The record of a newly verified credential of `user`, named after its authenticator
    /// model when that is known.
    pub(super) fn new_passkey(
        &self,
        user: &User,
        credential: &Credential,
        response: &RegisterPublicKeyCredential,
    ) -> Result<Passkey> {
        let now = self.clock.now();
        let facts = super::authenticator_data::facts(response.response.attestation_object.as_ref());
        Ok(Passkey {
            id: PasskeyId::new(),
            user_id: user.id,
            credential_id: credential_id(credential),
            name: super::authenticator_data::model_name(facts.aaguid.as_deref()).to_owned(),
            aaguid: facts.aaguid,
            credential: serde_json::to_string(credential).map_err(|e| rejected(e.to_string()))?,
            backup_eligible: facts.backup_eligible,
            backup_state: facts.backup_state,
            created_at: now,
            last_used_at: None,
        })
    }

    /// Finishes a registration: verifies the new credential, stores it, uses up the link and
    /// signs the person in.
    pub async fn finish_enrolment(
        &self,
        context: &RequestContext,
        ceremony_id: &str,
        response: &RegisterPublicKeyCredential,
    ) -> Result<SignedIn> {
        let (ceremony, credential) = self.verify_registration(ceremony_id, response).await?;
        let link_id = ceremony.context["link"]
            .as_str()
            .ok_or_else(expired_ceremony)?
            .to_owned();
        let user_id = ceremony.user_id.ok_or_else(expired_ceremony)?;
        let user = self
            .store
            .user_by_id(user_id)
            .await?
            .filter(|u| !u.disabled)
            .ok_or_else(|| rejected("this account is disabled or no longer exists"))?;
        let passkey = self.new_passkey(&user, &credential, response)?;
        let actor = Actor::User {
            id: user.id,
            username: user.username.to_string(),
        };
        let record = self.record(
            &actor,
            context,
            "passkey.add",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "passkey_id": passkey.id.to_string(), "via": "enrolment_link" }),
        );
        self.store
            .insert_passkey(&passkey, Some(&link_id), &record)
            .await
            .map_err(|err| match err {
                crate::store::StoreError::NotFound => Error::LinkUnusable,
                other => other.into(),
            })?;
        self.open_session(&user, SignInMethod::Passkey, context)
            .await
    }

    /// Starts a usernameless sign-in: the browser may offer any passkey for this site.
    pub async fn start_sign_in(&self) -> Result<CeremonyStart> {
        let (options, state): (RequestChallengeResponse, DiscoverableAuthentication) = self
            .auth
            .webauthn
            .start_discoverable_authentication()
            .map_err(|e| rejected(format!("cannot start sign-in: {e}")))?;
        let state = serde_json::to_string(&state).map_err(|e| rejected(e.to_string()))?;
        let options = serde_json::to_value(&options).map_err(|e| rejected(e.to_string()))?;
        self.begin(AUTHENTICATE, None, state, json!({}), options)
            .await
    }

    /// Finishes a sign-in: finds the passkey the browser chose, verifies the assertion and
    /// opens a session. Every failure is recorded in the audit log.
    pub async fn finish_sign_in(
        &self,
        context: &RequestContext,
        ceremony_id: &str,
        response: &PublicKeyCredential,
    ) -> Result<SignedIn> {
        match self.verify_sign_in(ceremony_id, response).await {
            Ok(user) => {
                self.open_session(&user, SignInMethod::Passkey, context)
                    .await
            }
            Err(err) => {
                if matches!(err, Error::PasskeyRejected(_)) {
                    let record = self.record(
                        &Actor::Anonymous,
                        context,
                        "session.sign_in_failed",
                        AuditTarget {
                            kind: "passkey",
                            id: response.id.clone(),
                            label: "passkey".into(),
                        },
                        json!({ "method": "passkey", "reason": err.to_string() }),
                    );
                    self.store.record(&record).await?;
                }
                Err(err)
            }
        }
    }

    async fn verify_sign_in(
        &self,
        ceremony_id: &str,
        response: &PublicKeyCredential,
    ) -> Result<User> {
        let now = self.clock.now();
        let ceremony = self
            .store
            .take_ceremony(ceremony_id, AUTHENTICATE, now)
            .await?
            .ok_or_else(expired_ceremony)?;
        let state: DiscoverableAuthentication =
            serde_json::from_str(&ceremony.state).map_err(|_| expired_ceremony())?;
        let (user_handle, raw_id) = self
            .auth
            .webauthn
            .identify_discoverable_authentication(response)
            .map_err(|e| rejected(format!("the passkey did not say whose it is: {e}")))?;
        let unknown =
            || rejected("This passkey is not registered here. Use another one, or a login code.");
        let passkey = self
            .store
            .passkey_by_credential_id(&URL_SAFE_NO_PAD.encode(raw_id))
            .await?
            .ok_or_else(unknown)?;
        if passkey.user_id.as_uuid() != user_handle {
            return Err(unknown());
        }
        let user = self
            .store
            .user_by_id(passkey.user_id)
            .await?
            .ok_or_else(unknown)?;
        if user.disabled {
            return Err(rejected("This account is disabled."));
        }
        let mut credential: Credential =
            serde_json::from_str(&passkey.credential).map_err(|e| {
                Error::Store(crate::store::StoreError::Corrupt {
                    table: "passkeys",
                    detail: e.to_string(),
                })
            })?;
        let result = self
            .auth
            .webauthn
            .finish_discoverable_authentication_v2(response, state, &credential)
            .map_err(not_accepted)?;
        credential.update_credential(&result);
        let stored = serde_json::to_string(&credential).map_err(|e| rejected(e.to_string()))?;
        self.store
            .record_passkey_use(passkey.id, &stored, result.backup_state(), now)
            .await?;
        Ok(user)
    }

    /// An enrolment link's token, checked: it exists, is unused and unexpired, and its user
    /// can sign in.
    pub(super) async fn usable_link(&self, token: &str) -> Result<(EnrolmentLink, User)> {
        let link = self
            .store
            .enrolment_link_by_hash(&secrets::hash(token))
            .await?
            .filter(|l| l.used_at.is_none() && l.expires_at > self.clock.now())
            .ok_or(Error::LinkUnusable)?;
        let user_id = link.user_id.ok_or(Error::LinkUnusable)?;
        let user = self
            .store
            .user_by_id(user_id)
            .await?
            .filter(|u| !u.disabled)
            .ok_or(Error::LinkUnusable)?;
        Ok((link, user))
    }
}

impl Domain {
    /// The passkeys of a user.
    pub async fn passkeys_of_user(
        &self,
        _admin: &super::AdminPrincipal,
        user_reference: &str,
    ) -> Result<Vec<Passkey>> {
        let user = self.resolve_user(user_reference).await?;
        Ok(self.store.passkeys_of_user(user.id).await?)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::domain::Error;
    use crate::model::RequestContext;

    #[tokio::test]
    async fn a_challenge_is_refused_once_the_ceremony_has_expired() {
        let (domain, clock, _dir) = crate::domain::test_support::domain().await;
        let started = domain.start_sign_in().await.unwrap();
        clock.advance(Duration::minutes(5));
        // Any answer: the ceremony is checked before the credential is looked at.
        let answer = serde_json::from_value(serde_json::json!({
            "id": "AAAA",
            "rawId": "AAAA",
            "type": "public-key",
            "response": {
                "authenticatorData": "AAAA",
                "clientDataJSON": "AAAA",
                "signature": "AAAA",
                "userHandle": null
            },
            "extensions": {}
        }))
        .unwrap();
        let refused = domain
            .finish_sign_in(&RequestContext::default(), &started.ceremony_id, &answer)
            .await
            .unwrap_err();
        assert!(
            matches!(&refused, Error::PasskeyRejected(message) if message.contains("expired")),
            "{refused}"
        );
    }
}
