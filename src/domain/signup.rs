//! People enrolling themselves: the first administrator with the setup link, and new people
//! with a sign-up link or, when sign-up is open, with none. The account and its first passkey
//! are created together when the passkey is verified, in one transaction that also uses up the
//! link, so a link never makes more accounts than it allows, even under concurrent use.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use webauthn_rs::prelude::RegisterPublicKeyCredential;

use super::{
    AdminPrincipal, AuditTarget, CeremonyStart, Domain, Error, Invite, Result, SignedIn, secrets,
};
use crate::model::{
    Actor, Email, EnrolmentKind, EnrolmentLink, GroupId, PersonName, RequestContext, SignInMethod,
    SignUpMode, User, UserId, Username,
};

/// How long a setup link works.
const SETUP_LINK_LIFETIME: Duration = Duration::hours(24);

/// How long a sign-up link works when the admin names no lifetime.
const DEFAULT_SIGNUP_LIFETIME: Duration = Duration::days(7);

/// What a person gives about themselves to sign up.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NewPerson {
    /// The username they want.
    pub username: String,
    /// Their email.
    pub email: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
}

/// How a person enrols themselves.
#[derive(Debug, Clone, Copy)]
pub enum SelfEnrolment<'a> {
    /// The first administrator, with the setup link's token.
    Setup(&'a str),
    /// A sign-up link's token.
    SignUpLink(&'a str),
    /// Open sign-up, without a link.
    Open,
}

/// A sign-up link just made, with its URL.
#[derive(Debug, Clone)]
pub struct NewSignupLink {
    /// The stored link.
    pub link: EnrolmentLink,
    /// The URL to hand out.
    pub url: String,
}

/// The ceremony context: who will be created, and from which link.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    via: String,
    link: Option<String>,
    user_id: String,
    person: NewPerson,
    is_admin: bool,
    group_ids: Vec<String>,
}

fn optional(field: &'static str, value: Option<&str>) -> Result<Option<PersonName>> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| PersonName::parse(field, v).map_err(|e| Error::from_value(field, e)))
        .transpose()
}

impl Domain {
    /// Makes a setup link for the first administrator, replacing an unused one; `None` once an
    /// administrator exists.
    pub async fn create_setup_link(&self) -> Result<Option<Invite>> {
        if self.store.has_admin().await? {
            return Ok(None);
        }
        let now = self.clock.now();
        let token = secrets::random_token();
        let link = EnrolmentLink {
            id: uuid::Uuid::now_v7().to_string(),
            kind: EnrolmentKind::Setup,
            user_id: None,
            expires_at: now + SETUP_LINK_LIFETIME,
            used_at: None,
            uses_left: None,
            group_ids: Vec::new(),
        };
        let record = self.record(
            &Actor::LocalAdmin,
            &RequestContext::default(),
            "setup.link",
            AuditTarget {
                kind: "setup",
                id: link.id.clone(),
                label: "setup link".into(),
            },
            json!({ "expires_at": link.expires_at }),
        );
        self.store
            .insert_enrolment_link(&link, &secrets::hash(&token), "local-admin", &record)
            .await?;
        Ok(Some(Invite {
            url: format!("{}/setup/{token}", self.auth.public_url),
            expires_at: link.expires_at,
        }))
    }

    /// Makes a sign-up link for `uses` people (1–100), who join `groups`.
    pub async fn create_signup_link(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        uses: Option<u32>,
        expires_at: Option<DateTime<Utc>>,
        groups: &[String],
    ) -> Result<NewSignupLink> {
        let uses = uses.unwrap_or(1);
        if !(1..=100).contains(&uses) {
            return Err(Error::invalid("uses", "`uses` must be from 1 to 100"));
        }
        let now = self.clock.now();
        // Kept to the second, as stored.
        let expires_at = expires_at
            .map(|at| at.trunc_subsecs(0))
            .unwrap_or(now + DEFAULT_SIGNUP_LIFETIME);
        if expires_at <= now || expires_at > now + Duration::days(31) {
            return Err(Error::invalid(
                "expires_at",
                "`expires_at` must be in the future and at most 31 days ahead",
            ));
        }
        let mut group_ids = Vec::new();
        for group in groups {
            group_ids.push(self.resolve_group(group).await?.id);
        }
        let token = secrets::random_token();
        let link = EnrolmentLink {
            id: uuid::Uuid::now_v7().to_string(),
            kind: EnrolmentKind::SignUp,
            user_id: None,
            expires_at,
            used_at: None,
            uses_left: Some(uses),
            group_ids,
        };
        let record = self.record(
            admin.actor(),
            context,
            "signup_link.create",
            AuditTarget {
                kind: "signup_link",
                id: link.id.clone(),
                label: "sign-up link".into(),
            },
            json!({ "uses": uses, "expires_at": expires_at, "groups": groups }),
        );
        self.store
            .insert_enrolment_link(
                &link,
                &secrets::hash(&token),
                &admin.actor().label(),
                &record,
            )
            .await?;
        Ok(NewSignupLink {
            url: format!("{}/signup/{token}", self.auth.public_url),
            link,
        })
    }

    /// The sign-up links, newest first.
    pub async fn signup_links(&self, _admin: &AdminPrincipal) -> Result<Vec<EnrolmentLink>> {
        Ok(self.store.signup_links().await?)
    }

    /// Deletes a sign-up link.
    pub async fn delete_signup_link(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        id: &str,
    ) -> Result<()> {
        let record = self.record(
            admin.actor(),
            context,
            "signup_link.delete",
            AuditTarget {
                kind: "signup_link",
                id: id.to_owned(),
                label: "sign-up link".into(),
            },
            json!({}),
        );
        if self.store.delete_signup_link(id, &record).await? {
            Ok(())
        } else {
            Err(Error::not_found("sign-up link", id))
        }
    }

    /// The link behind a self-enrolment, checked: right kind, unexpired, uses left, and sign-up
    /// allowed by the configured mode.
    pub async fn self_enrolment_link(
        &self,
        via: SelfEnrolment<'_>,
    ) -> Result<Option<EnrolmentLink>> {
        let now = self.clock.now();
        let (token, kind) = match via {
            SelfEnrolment::Open => {
                return if self.auth.signup_mode == SignUpMode::Open {
                    Ok(None)
                } else {
                    Err(Error::LinkUnusable)
                };
            }
            SelfEnrolment::Setup(token) => (token, EnrolmentKind::Setup),
            SelfEnrolment::SignUpLink(token) => {
                if self.auth.signup_mode == SignUpMode::Disabled {
                    return Err(Error::LinkUnusable);
                }
                (token, EnrolmentKind::SignUp)
            }
        };
        let link = self
            .store
            .enrolment_link_by_hash(&secrets::hash(token))
            .await?
            .filter(|l| l.kind == kind && l.expires_at > now)
            .filter(|l| match kind {
                EnrolmentKind::SignUp => l.uses_left.unwrap_or(0) > 0,
                _ => l.used_at.is_none(),
            })
            .ok_or(Error::LinkUnusable)?;
        if kind == EnrolmentKind::Setup && self.store.has_admin().await? {
            return Err(Error::LinkUnusable);
        }
        Ok(Some(link))
    }

    /// Starts a self-enrolment: checks the link and the person's details, then asks the browser
    /// for a passkey. Nothing is stored but the ceremony until the passkey is verified.
    pub async fn start_self_enrolment(
        &self,
        via: SelfEnrolment<'_>,
        person: NewPerson,
    ) -> Result<CeremonyStart> {
        let link = self.self_enrolment_link(via).await?;
        let now = self.clock.now();
        let username = Username::parse(person.username.trim())
            .map_err(|e| Error::from_value("username", e))?;
        let email = person
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|e| Email::parse(e).map_err(|err| Error::from_value("email", err)))
            .transpose()?;
        if self
            .store
            .user_by_username(username.as_str())
            .await?
            .is_some()
        {
            return Err(Error::Conflict {
                field: crate::store::UniqueField::Username,
                message: "that username is already taken".into(),
            });
        }
        let user = User {
            id: UserId::new(),
            username,
            email,
            email_verified: false,
            first_name: optional("first_name", person.first_name.as_deref())?,
            last_name: optional("last_name", person.last_name.as_deref())?,
            display_name: None,
            is_admin: matches!(via, SelfEnrolment::Setup(_)),
            disabled: false,
            created_at: now,
            updated_at: now,
        };
        let pending = Pending {
            via: match via {
                SelfEnrolment::Setup(_) => "setup",
                SelfEnrolment::SignUpLink(_) => "signup",
                SelfEnrolment::Open => "open",
            }
            .into(),
            link: link.as_ref().map(|l| l.id.clone()),
            user_id: user.id.to_string(),
            person,
            is_admin: user.is_admin,
            group_ids: link
                .map(|l| l.group_ids.iter().map(ToString::to_string).collect())
                .unwrap_or_default(),
        };
        let context =
            serde_json::to_value(&pending).map_err(|e| Error::PasskeyRejected(e.to_string()))?;
        self.start_registration(&user, false, json!({ "self_enrolment": context }))
            .await
    }

    /// Finishes a self-enrolment: verifies the passkey, then creates the account, its passkey
    /// and memberships and uses up the link, all at once, and signs the person in.
    pub async fn finish_self_enrolment(
        &self,
        context: &RequestContext,
        ceremony_id: &str,
        response: &RegisterPublicKeyCredential,
    ) -> Result<SignedIn> {
        let (ceremony, credential) = self.verify_registration(ceremony_id, response).await?;
        let expired = || Error::PasskeyRejected("this sign-up expired; start again".into());
        let pending: Pending = serde_json::from_value(ceremony.context["self_enrolment"].clone())
            .map_err(|_| expired())?;
        let now = self.clock.now();
        let person = &pending.person;
        let user = User {
            id: pending.user_id.parse().map_err(|_| expired())?,
            username: Username::parse(person.username.trim()).map_err(|_| expired())?,
            email: person
                .email
                .as_deref()
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(Email::parse)
                .transpose()
                .map_err(|_| expired())?,
            email_verified: false,
            first_name: optional("first_name", person.first_name.as_deref())?,
            last_name: optional("last_name", person.last_name.as_deref())?,
            display_name: None,
            is_admin: pending.is_admin,
            disabled: false,
            created_at: now,
            updated_at: now,
        };
        let group_ids: Vec<GroupId> = pending
            .group_ids
            .iter()
            .filter_map(|id| id.parse().ok())
            .collect();
        let passkey = self.new_passkey(&user, &credential, response)?;
        let actor = Actor::User {
            id: user.id,
            username: user.username.to_string(),
        };
        let target = || AuditTarget {
            kind: "user",
            id: user.id.to_string(),
            label: user.username.to_string(),
        };
        let records = [
            self.record(
                &actor,
                context,
                "user.sign_up",
                target(),
                json!({ "via": pending.via, "is_admin": user.is_admin, "groups": pending.group_ids }),
            ),
            self.record(
                &actor,
                context,
                "passkey.add",
                target(),
                json!({ "passkey_id": passkey.id.to_string(), "via": pending.via }),
            ),
        ];
        let link = pending.link.as_deref().map(|id| {
            let kind = if pending.via == "setup" {
                EnrolmentKind::Setup
            } else {
                EnrolmentKind::SignUp
            };
            (id, kind)
        });
        self.store
            .insert_enrolled_user(&user, &passkey, link, &group_ids, &records)
            .await
            .map_err(|err| match err {
                crate::store::StoreError::NotFound => Error::LinkUnusable,
                other => other.into(),
            })?;
        self.open_session(&user, SignInMethod::Passkey, context)
            .await
    }
}
