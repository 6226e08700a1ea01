//! Self-service for a signed-in person: their passkeys (add, rename, delete) and their
//! sessions (list, end one, end all others).

use serde_json::json;
use webauthn_rs::prelude::{Passkey as Credential, RegisterPublicKeyCredential};

use super::{AuditTarget, CeremonyStart, Domain, Error, Result, UserSession};
use crate::model::{Passkey, PasskeyId, RequestContext, Session, SessionId};

fn parse_passkey_id(reference: &str) -> Result<PasskeyId> {
    reference
        .parse()
        .map_err(|_| Error::not_found("passkey", reference))
}

fn passkey_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 50 || name.chars().any(char::is_control) {
        return Err(Error::invalid(
            "name",
            "a passkey name is 1–50 characters without control characters",
        ));
    }
    Ok(name.to_owned())
}

impl Domain {
    fn self_target(&self, me: &UserSession) -> AuditTarget {
        AuditTarget {
            kind: "user",
            id: me.user.id.to_string(),
            label: me.user.username.to_string(),
        }
    }

    /// My passkeys, oldest first.
    pub async fn my_passkeys(&self, me: &UserSession) -> Result<Vec<Passkey>> {
        Ok(self.store.passkeys_of_user(me.user.id).await?)
    }

    /// Renames one of my passkeys.
    pub async fn rename_my_passkey(
        &self,
        me: &UserSession,
        context: &RequestContext,
        passkey: &str,
        name: &str,
    ) -> Result<()> {
        let id = parse_passkey_id(passkey)?;
        let name = passkey_name(name)?;
        let record = self.record(
            &me.actor(),
            context,
            "passkey.rename",
            self.self_target(me),
            json!({ "passkey_id": passkey, "name": name }),
        );
        self.store
            .rename_passkey(me.user.id, id, &name, &record)
            .await
            .map_err(|_| Error::not_found("passkey", passkey))
    }

    /// Deletes one of my passkeys. Deleting the last one is allowed (the page asks first); the
    /// person then needs a new invite or a login code to sign in again.
    pub async fn delete_my_passkey(
        &self,
        me: &UserSession,
        context: &RequestContext,
        passkey: &str,
    ) -> Result<()> {
        let id = parse_passkey_id(passkey)?;
        let record = self.record(
            &me.actor(),
            context,
            "passkey.delete",
            self.self_target(me),
            json!({ "passkey_id": passkey }),
        );
        self.store
            .delete_passkey(me.user.id, id, &record)
            .await
            .map_err(|_| Error::not_found("passkey", passkey))
    }

    /// An admin deletes a user's passkey.
    pub async fn delete_user_passkey(
        &self,
        admin: &super::AdminPrincipal,
        context: &RequestContext,
        user_reference: &str,
        passkey: &str,
    ) -> Result<()> {
        let user = self.resolve_user(user_reference).await?;
        let id = parse_passkey_id(passkey)?;
        let record = self.record(
            admin.actor(),
            context,
            "passkey.delete",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "passkey_id": passkey }),
        );
        self.store
            .delete_passkey(user.id, id, &record)
            .await
            .map_err(|_| Error::not_found("passkey", passkey))
    }

    /// Starts registering another passkey for me.
    pub async fn start_adding_passkey(&self, me: &UserSession) -> Result<CeremonyStart> {
        self.start_registration(
            &me.user,
            true,
            json!({ "session": me.session.id.to_string() }),
        )
        .await
    }

    /// Finishes registering another passkey for me.
    pub async fn finish_adding_passkey(
        &self,
        me: &UserSession,
        context: &RequestContext,
        ceremony_id: &str,
        response: &RegisterPublicKeyCredential,
    ) -> Result<Passkey> {
        let (ceremony, credential): (_, Credential) =
            self.verify_registration(ceremony_id, response).await?;
        if ceremony.user_id != Some(me.user.id)
            || ceremony.context["session"].as_str() != Some(&me.session.id.to_string())
        {
            return Err(Error::PasskeyRejected(
                "this registration was started in another session; start again".into(),
            ));
        }
        let passkey = self.new_passkey(&me.user, &credential, response)?;
        let record = self.record(
            &me.actor(),
            context,
            "passkey.add",
            self.self_target(me),
            json!({ "passkey_id": passkey.id.to_string(), "via": "account" }),
        );
        self.store.insert_passkey(&passkey, None, &record).await?;
        Ok(passkey)
    }

    /// My sessions, newest first.
    pub async fn my_sessions(&self, me: &UserSession) -> Result<Vec<Session>> {
        Ok(self.store.sessions_of_user(me.user.id).await?)
    }

    /// Ends one of my sessions (possibly this one).
    pub async fn end_my_session(
        &self,
        me: &UserSession,
        context: &RequestContext,
        session: &str,
    ) -> Result<()> {
        let not_found = || Error::not_found("session", session);
        let id: SessionId = session.parse().map_err(|_| not_found())?;
        let record = self.record(
            &me.actor(),
            context,
            "session.sign_out",
            self.self_target(me),
            json!({ "session_id": session }),
        );
        if self
            .store
            .delete_user_session(me.user.id, id, &record)
            .await?
        {
            Ok(())
        } else {
            Err(not_found())
        }
    }

    /// Ends all my sessions, this one included: "sign out everywhere".
    pub async fn sign_out_everywhere(
        &self,
        me: &UserSession,
        context: &RequestContext,
    ) -> Result<u64> {
        let record = self.record(
            &me.actor(),
            context,
            "session.sign_out_everywhere",
            self.self_target(me),
            json!({}),
        );
        Ok(self
            .store
            .delete_sessions_of_user(me.user.id, None, Some(&record))
            .await?)
    }
}
