//! The claims about a person that go into ID tokens and userinfo, by scope.
//!
//! - `openid`: `sub`, the user's id, which never changes (usernames may).
//! - `profile`: `name`, `preferred_username`, `given_name`, `family_name`, and custom claims.
//! - `email`: `email` and `email_verified`.
//! - `groups`: `groups`, the names of the person's groups, sorted.
//!
//! Custom claims merge deterministically: the person's own value wins; otherwise the value of
//! the first group, in group-name order, that sets the claim.

use serde_json::{Map, Value};

use crate::domain::{Domain, Error};
use crate::model::{Scope, ScopeSet, User};
use crate::store::ClaimOwner;

impl Domain {
    /// The claims about `user` that `scope` releases, `sub` included.
    pub(super) async fn user_claims(
        &self,
        user: &User,
        scope: &ScopeSet,
    ) -> Result<Map<String, Value>, Error> {
        let mut claims = Map::new();
        claims.insert("sub".into(), Value::String(user.id.to_string()));
        let wants_groups = scope.contains(Scope::Groups);
        let wants_profile = scope.contains(Scope::Profile);
        if scope.contains(Scope::Email)
            && let Some(email) = &user.email
        {
            claims.insert("email".into(), Value::String(email.to_string()));
            claims.insert("email_verified".into(), Value::Bool(user.email_verified));
        }
        if !(wants_groups || wants_profile) {
            return Ok(claims);
        }
        let mut groups = self.store.groups_of_user(user.id).await?;
        groups.sort_by(|a, b| a.name.as_str().cmp(b.name.as_str()));
        if wants_profile {
            claims.insert("name".into(), Value::String(user.display_name()));
            claims.insert(
                "preferred_username".into(),
                Value::String(user.username.to_string()),
            );
            if let Some(first) = &user.first_name {
                claims.insert("given_name".into(), Value::String(first.as_str().into()));
            }
            if let Some(last) = &user.last_name {
                claims.insert("family_name".into(), Value::String(last.as_str().into()));
            }
            let mut custom = Map::new();
            for claim in self.store.claims(ClaimOwner::User(user.id)).await? {
                custom.insert(claim.key.as_str().to_owned(), claim.value.as_json().clone());
            }
            for group in &groups {
                for claim in self.store.claims(ClaimOwner::Group(group.id)).await? {
                    custom
                        .entry(claim.key.as_str().to_owned())
                        .or_insert_with(|| claim.value.as_json().clone());
                }
            }
            // Custom claim names never collide with the standard ones: they are reserved.
            for (key, value) in custom {
                claims.entry(key).or_insert(value);
            }
        }
        if wants_groups {
            claims.insert(
                "groups".into(),
                Value::Array(
                    groups
                        .iter()
                        .map(|g| Value::String(g.name.as_str().to_owned()))
                        .collect(),
                ),
            );
        }
        Ok(claims)
    }
}
