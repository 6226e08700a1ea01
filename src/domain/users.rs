//! Managing users.

use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result};
use crate::api::{CreateUser, UpdateUser};
use crate::model::{
    Email, Group, Page, PageRequest, PersonName, RequestContext, User, UserId, Username,
};

/// A parser of the name field `field`.
fn name_parser(field: &'static str) -> impl Fn(&str) -> Result<PersonName> {
    move |text| PersonName::parse(field, text).map_err(|e| Error::from_value(field, e))
}

/// Parses an optional name field; `None` stays `None`.
fn optional_name(field: &'static str, value: Option<&str>) -> Result<Option<PersonName>> {
    value.map(name_parser(field)).transpose()
}

/// Applies a clearing update: absent keeps `current`, empty clears, anything else is parsed.
fn update_field<T>(
    current: Option<T>,
    change: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T>,
) -> Result<Option<T>> {
    match change {
        None => Ok(current),
        Some(text) if text.trim().is_empty() => Ok(None),
        Some(text) => parse(text).map(Some),
    }
}

fn parse_email(text: &str) -> Result<Email> {
    Email::parse(text.trim()).map_err(|e| Error::from_value("email", e))
}

impl Domain {
    /// Finds a user by id or, failing that, by username (without regard to case).
    pub async fn find_user(&self, _admin: &AdminPrincipal, reference: &str) -> Result<User> {
        self.resolve_user(reference).await
    }

    pub(super) async fn resolve_user(&self, reference: &str) -> Result<User> {
        if let Ok(id) = reference.parse::<UserId>()
            && let Some(user) = self.store.user_by_id(id).await?
        {
            return Ok(user);
        }
        self.store
            .user_by_username(reference)
            .await?
            .ok_or_else(|| Error::not_found("user", reference))
    }

    /// Lists users, ordered by username, optionally filtered by a search term.
    pub async fn list_users(
        &self,
        _admin: &AdminPrincipal,
        search: Option<&str>,
        page: PageRequest,
    ) -> Result<Page<User>> {
        Ok(self.store.list_users(search.map(str::trim), page).await?)
    }

    /// Creates a user.
    pub async fn create_user(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        input: CreateUser,
    ) -> Result<User> {
        let now = self.clock.now();
        let user = User {
            id: UserId::new(),
            username: Username::parse(input.username.trim())
                .map_err(|e| Error::from_value("username", e))?,
            email: input
                .email
                .as_deref()
                .filter(|e| !e.trim().is_empty())
                .map(parse_email)
                .transpose()?,
            email_verified: true,
            first_name: optional_name("first_name", input.first_name.as_deref())?,
            last_name: optional_name("last_name", input.last_name.as_deref())?,
            display_name: optional_name("display_name", input.display_name.as_deref())?,
            is_admin: input.is_admin.unwrap_or(false),
            disabled: false,
            created_at: now,
            updated_at: now,
        };
        let record = self.record(
            admin.actor(),
            context,
            "user.create",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({
                "username": user.username.as_str(),
                "email": user.email.as_ref().map(Email::as_str),
                "is_admin": user.is_admin,
            }),
        );
        self.store.insert_user(&user, &record).await?;
        Ok(user)
    }

    /// Changes a user's profile fields.
    pub async fn update_user(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
        change: UpdateUser,
    ) -> Result<User> {
        let user = self.resolve_user(reference).await?;
        self.apply_update(admin.actor(), context, user, change)
            .await
    }

    /// Changes my own profile: names, email and username, but never my admin flag.
    pub async fn update_my_profile(
        &self,
        me: &super::UserSession,
        context: &RequestContext,
        change: UpdateUser,
    ) -> Result<User> {
        if change.is_admin.is_some() {
            return Err(Error::invalid(
                "is_admin",
                "you cannot change your own administrator flag",
            ));
        }
        self.apply_update(&me.actor(), context, me.user.clone(), change)
            .await
    }

    async fn apply_update(
        &self,
        actor: &crate::model::Actor,
        context: &RequestContext,
        mut user: User,
        change: UpdateUser,
    ) -> Result<User> {
        if let Some(username) = &change.username {
            user.username =
                Username::parse(username.trim()).map_err(|e| Error::from_value("username", e))?;
        }
        if change.email.is_some() {
            // Vouched for when an administrator sets it; typed by the person, it is not.
            user.email_verified = !matches!(actor, crate::model::Actor::User { .. });
        }
        user.email = update_field(user.email, change.email.as_deref(), parse_email)?;
        user.first_name = update_field(
            user.first_name,
            change.first_name.as_deref(),
            name_parser("first_name"),
        )?;
        user.last_name = update_field(
            user.last_name,
            change.last_name.as_deref(),
            name_parser("last_name"),
        )?;
        user.display_name = update_field(
            user.display_name,
            change.display_name.as_deref(),
            name_parser("display_name"),
        )?;
        if let Some(is_admin) = change.is_admin {
            user.is_admin = is_admin;
        }
        user.updated_at = self.clock.now();
        let details = serde_json::to_value(&change).unwrap_or_default();
        let record = self.record(
            actor,
            context,
            "user.update",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            details,
        );
        self.store.update_user(&user, &record).await?;
        Ok(user)
    }

    /// Disables or enables a user. A disabled user cannot sign in.
    pub async fn set_user_disabled(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
        disabled: bool,
    ) -> Result<User> {
        let mut user = self.resolve_user(reference).await?;
        user.disabled = disabled;
        user.updated_at = self.clock.now();
        let record = self.record(
            admin.actor(),
            context,
            if disabled {
                "user.disable"
            } else {
                "user.enable"
            },
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({}),
        );
        self.store.update_user(&user, &record).await?;
        if disabled {
            self.store
                .delete_sessions_of_user(user.id, None, None)
                .await?;
        }
        Ok(user)
    }

    /// Deletes a user, with their memberships and claims.
    pub async fn delete_user(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
    ) -> Result<()> {
        let user = self.resolve_user(reference).await?;
        let record = self.record(
            admin.actor(),
            context,
            "user.delete",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "email": user.email.as_ref().map(Email::as_str) }),
        );
        self.store.delete_user(user.id, &record).await?;
        Ok(())
    }

    /// The groups a user is in.
    pub async fn groups_of_user(
        &self,
        _admin: &AdminPrincipal,
        reference: &str,
    ) -> Result<Vec<Group>> {
        let user = self.resolve_user(reference).await?;
        Ok(self.store.groups_of_user(user.id).await?)
    }
}
