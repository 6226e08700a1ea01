//! Managing groups and their members.

use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result};
use crate::api::{CreateGroup, UpdateGroup};
use crate::model::{Group, GroupId, GroupName, PersonName, RequestContext, User};

fn parse_name(text: &str) -> Result<GroupName> {
    GroupName::parse(text.trim()).map_err(|e| Error::from_value("name", e))
}

fn parse_display_name(text: Option<&str>) -> Result<Option<PersonName>> {
    text.filter(|t| !t.trim().is_empty())
        .map(|t| {
            PersonName::parse("display_name", t).map_err(|e| Error::from_value("display_name", e))
        })
        .transpose()
}

impl Domain {
    pub(super) async fn resolve_group(&self, reference: &str) -> Result<Group> {
        if let Ok(id) = reference.parse::<GroupId>()
            && let Some(group) = self.store.group_by_id(id).await?
        {
            return Ok(group);
        }
        self.store
            .group_by_name(reference)
            .await?
            .ok_or_else(|| Error::not_found("group", reference))
    }

    /// Finds a group by id or name.
    pub async fn find_group(&self, _admin: &AdminPrincipal, reference: &str) -> Result<Group> {
        self.resolve_group(reference).await
    }

    /// Lists groups by name, optionally filtered by a search term.
    pub async fn list_groups(
        &self,
        _admin: &AdminPrincipal,
        search: Option<&str>,
    ) -> Result<Vec<Group>> {
        Ok(self.store.list_groups(search.map(str::trim)).await?)
    }

    /// Creates a group.
    pub async fn create_group(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        input: CreateGroup,
    ) -> Result<Group> {
        let now = self.clock.now();
        let group = Group {
            id: GroupId::new(),
            name: parse_name(&input.name)?,
            display_name: parse_display_name(input.display_name.as_deref())?,
            member_count: 0,
            created_at: now,
            updated_at: now,
        };
        let record = self.record(
            admin.actor(),
            context,
            "group.create",
            AuditTarget {
                kind: "group",
                id: group.id.to_string(),
                label: group.name.to_string(),
            },
            json!({ "name": group.name.as_str(), "display_name": group.display_name() }),
        );
        self.store.insert_group(&group, &record).await?;
        Ok(group)
    }

    /// Renames a group or changes its display name.
    pub async fn update_group(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
        change: UpdateGroup,
    ) -> Result<Group> {
        let mut group = self.resolve_group(reference).await?;
        let old_name = group.name.to_string();
        if let Some(name) = &change.name {
            group.name = parse_name(name)?;
        }
        if let Some(display_name) = &change.display_name {
            group.display_name = parse_display_name(Some(display_name))?;
        }
        group.updated_at = self.clock.now();
        let record = self.record(
            admin.actor(),
            context,
            "group.update",
            AuditTarget {
                kind: "group",
                id: group.id.to_string(),
                label: group.name.to_string(),
            },
            json!({ "old_name": old_name, "name": change.name, "display_name": change.display_name }),
        );
        self.store.update_group(&group, &record).await?;
        // Clients list their allowed groups by name.
        self.clients.clear();
        Ok(group)
    }

    /// Deletes a group; its members stay.
    pub async fn delete_group(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
    ) -> Result<()> {
        let group = self.resolve_group(reference).await?;
        let record = self.record(
            admin.actor(),
            context,
            "group.delete",
            AuditTarget {
                kind: "group",
                id: group.id.to_string(),
                label: group.name.to_string(),
            },
            json!({ "member_count": group.member_count }),
        );
        self.store.delete_group(group.id, &record).await?;
        self.clients.clear();
        Ok(())
    }

    /// The members of a group.
    pub async fn group_members(
        &self,
        _admin: &AdminPrincipal,
        reference: &str,
    ) -> Result<Vec<User>> {
        let group = self.resolve_group(reference).await?;
        Ok(self.store.members_of_group(group.id).await?)
    }

    /// Adds a user to a group; adding a member again changes nothing.
    pub async fn add_group_member(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        group_reference: &str,
        user_reference: &str,
    ) -> Result<()> {
        let group = self.resolve_group(group_reference).await?;
        let user = self.resolve_user(user_reference).await?;
        let record = self.record(
            admin.actor(),
            context,
            "group.member_add",
            AuditTarget {
                kind: "group",
                id: group.id.to_string(),
                label: group.name.to_string(),
            },
            json!({ "user_id": user.id.to_string(), "username": user.username.as_str() }),
        );
        self.store.add_member(group.id, user.id, &record).await?;
        Ok(())
    }

    /// Removes a user from a group; [`Error::NotFound`] when they were not a member.
    pub async fn remove_group_member(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        group_reference: &str,
        user_reference: &str,
    ) -> Result<()> {
        let group = self.resolve_group(group_reference).await?;
        let user = self.resolve_user(user_reference).await?;
        let record = self.record(
            admin.actor(),
            context,
            "group.member_remove",
            AuditTarget {
                kind: "group",
                id: group.id.to_string(),
                label: group.name.to_string(),
            },
            json!({ "user_id": user.id.to_string(), "username": user.username.as_str() }),
        );
        if !self.store.remove_member(group.id, user.id, &record).await? {
            return Err(Error::not_found(
                "membership",
                format!("{} in {}", user.username, group.name),
            ));
        }
        Ok(())
    }
}
