//! Writing and reading the audit log.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::entities::audit_events::{self, Column, Entity};
use super::{Store, StoreResult, from_secs, to_secs};
use crate::model::{AuditEntry, AuditRecord, Page, PageRequest, RequestContext};

/// Which audit events to list; every set field must match.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The action, exactly (`user.create`) or a whole area (`user.`).
    pub action: Option<String>,
    /// The actor's name or id.
    pub actor: Option<String>,
    /// The target's name or id.
    pub target: Option<String>,
    /// At or after.
    pub since: Option<DateTime<Utc>>,
    /// Before.
    pub until: Option<DateTime<Utc>>,
}

/// Appends one record; called inside the transaction of the change it describes.
pub(super) async fn insert(conn: &impl ConnectionTrait, record: &AuditRecord) -> StoreResult<()> {
    let row = audit_events::ActiveModel {
        id: NotSet,
        at: Set(to_secs(record.at)),
        actor_kind: Set(record.actor.kind().to_owned()),
        actor_id: Set(record.actor.id()),
        actor: Set(record.actor.label()),
        action: Set(record.action.to_owned()),
        target_kind: Set(record.target_kind.to_owned()),
        target_id: Set(record.target_id.clone()),
        target: Set(record.target.clone()),
        ip: Set(record.context.ip.clone()),
        user_agent: Set(record.context.user_agent.clone()),
        request_id: Set(record.context.request_id.clone()),
        details: Set(record.details.to_string()),
    };
    Entity::insert(row).exec(conn).await?;
    Ok(())
}

impl Store {
    /// Records an event that goes with no other change (a maintenance command, say).
    pub async fn record(&self, record: &AuditRecord) -> StoreResult<()> {
        insert(self.writer(), record).await
    }

    /// Lists audit events, newest first.
    pub async fn list_audit(
        &self,
        filter: &AuditFilter,
        page: PageRequest,
    ) -> StoreResult<Page<AuditEntry>> {
        let mut query = Entity::find();
        if let Some(action) = &filter.action {
            query = if action.ends_with('.') {
                query.filter(Column::Action.starts_with(action.as_str()))
            } else {
                query.filter(Column::Action.eq(action.as_str()))
            };
        }
        if let Some(actor) = &filter.actor {
            query = query.filter(
                Column::Actor
                    .eq(actor.as_str())
                    .or(Column::ActorId.eq(actor.as_str())),
            );
        }
        if let Some(target) = &filter.target {
            query = query.filter(
                Column::Target
                    .eq(target.as_str())
                    .or(Column::TargetId.eq(target.as_str())),
            );
        }
        if let Some(since) = filter.since {
            query = query.filter(Column::At.gte(to_secs(since)));
        }
        if let Some(until) = filter.until {
            query = query.filter(Column::At.lt(to_secs(until)));
        }
        let total = query.clone().count(self.conn()).await?;
        let rows = query
            .order_by_desc(Column::Id)
            .offset(page.offset())
            .limit(u64::from(page.per_page))
            .all(self.conn())
            .await?;
        let items = rows
            .into_iter()
            .map(|row| AuditEntry {
                id: row.id,
                at: from_secs(row.at),
                actor_kind: row.actor_kind,
                actor_id: row.actor_id,
                actor: row.actor,
                action: row.action,
                target_kind: row.target_kind,
                target_id: row.target_id,
                target: row.target,
                context: RequestContext {
                    ip: row.ip,
                    user_agent: row.user_agent,
                    request_id: row.request_id,
                },
                details: serde_json::from_str(&row.details).unwrap_or(serde_json::Value::Null),
            })
            .collect();
        Ok(Page {
            items,
            total,
            request: page,
        })
    }
}
