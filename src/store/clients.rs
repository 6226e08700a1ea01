//! OpenID Connect clients, their secrets and allowed groups in the database.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::{groups, oidc_client_groups, oidc_client_secrets, oidc_clients};
use super::{
    Store, StoreError, StoreResult, UniqueField, audit, from_secs, is_unique_violation, to_secs,
};
use crate::model::{
    AuditRecord, Client, ClientGroup, ClientId, ClientSecretInfo, GroupName, RedirectUri,
    SigningAlg,
};

fn corrupt(detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        table: "oidc_clients",
        detail: detail.to_string(),
    }
}

fn uris_from_json(text: &str) -> StoreResult<Vec<RedirectUri>> {
    serde_json::from_str::<Vec<String>>(text)
        .map_err(corrupt)?
        .iter()
        .map(|uri| RedirectUri::parse(uri).map_err(corrupt))
        .collect()
}

fn uris_to_json(uris: &[RedirectUri]) -> String {
    serde_json::to_string(&uris.iter().map(RedirectUri::as_str).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".to_owned())
}

fn to_row(client: &Client) -> oidc_clients::ActiveModel {
    oidc_clients::ActiveModel {
        id: Set(client.id.as_str().to_owned()),
        name: Set(client.name.clone()),
        is_public: Set(client.is_public),
        redirect_uris: Set(uris_to_json(&client.redirect_uris)),
        post_logout_redirect_uris: Set(uris_to_json(&client.post_logout_redirect_uris)),
        skip_consent: Set(client.skip_consent),
        require_pkce: Set(client.require_pkce),
        allow_plain_pkce: Set(client.allow_plain_pkce),
        access_token_lifetime_secs: Set(client.access_token_lifetime_secs),
        refresh_token_lifetime_secs: Set(client.refresh_token_lifetime_secs),
        id_token_signing_alg: Set(client.id_token_signing_alg.as_str().to_owned()),
        logo_url: Set(client.logo_url.clone()),
        launch_url: Set(client.launch_url.clone()),
        created_at: Set(to_secs(client.created_at)),
        updated_at: Set(to_secs(client.updated_at)),
    }
}

fn secret_from_row(row: oidc_client_secrets::Model) -> StoreResult<ClientSecretInfo> {
    Ok(ClientSecretInfo {
        id: row.id.parse().map_err(corrupt)?,
        prefix: row.prefix,
        created_at: from_secs(row.created_at),
        expires_at: row.expires_at.map(from_secs),
    })
}

/// A client row with its groups and secrets.
async fn load(conn: &impl ConnectionTrait, row: oidc_clients::Model) -> StoreResult<Client> {
    Ok(load_with_hashes(conn, row).await?.0)
}

/// A client row with its groups and secrets, and the hash and expiry of each secret.
async fn load_with_hashes(
    conn: &impl ConnectionTrait,
    row: oidc_clients::Model,
) -> StoreResult<(Client, Vec<SecretHash>)> {
    let group_ids: Vec<String> = oidc_client_groups::Entity::find()
        .filter(oidc_client_groups::Column::ClientId.eq(row.id.clone()))
        .all(conn)
        .await?
        .into_iter()
        .map(|g| g.group_id)
        .collect();
    let allowed_groups = if group_ids.is_empty() {
        Vec::new()
    } else {
        groups::Entity::find()
            .filter(groups::Column::Id.is_in(group_ids))
            .order_by_asc(groups::Column::NameKey)
            .all(conn)
            .await?
            .into_iter()
            .map(|g| {
                Ok(ClientGroup {
                    id: g.id.parse().map_err(corrupt)?,
                    name: GroupName::parse(&g.name).map_err(corrupt)?,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?
    };
    let secret_rows = oidc_client_secrets::Entity::find()
        .filter(oidc_client_secrets::Column::ClientId.eq(row.id.clone()))
        .order_by_asc(oidc_client_secrets::Column::CreatedAt)
        .order_by_asc(oidc_client_secrets::Column::Id)
        .all(conn)
        .await?;
    let hashes = secret_rows
        .iter()
        .map(|s| SecretHash {
            hash: s.secret_hash.clone(),
            expires_at: s.expires_at.map(from_secs),
        })
        .collect();
    let secrets = secret_rows
        .into_iter()
        .map(secret_from_row)
        .collect::<StoreResult<Vec<_>>>()?;
    let client = Client {
        id: ClientId::parse(&row.id).map_err(corrupt)?,
        name: row.name,
        is_public: row.is_public,
        redirect_uris: uris_from_json(&row.redirect_uris)?,
        post_logout_redirect_uris: uris_from_json(&row.post_logout_redirect_uris)?,
        skip_consent: row.skip_consent,
        require_pkce: row.require_pkce,
        allow_plain_pkce: row.allow_plain_pkce,
        access_token_lifetime_secs: row.access_token_lifetime_secs,
        refresh_token_lifetime_secs: row.refresh_token_lifetime_secs,
        id_token_signing_alg: SigningAlg::parse(&row.id_token_signing_alg).map_err(corrupt)?,
        logo_url: row.logo_url,
        launch_url: row.launch_url,
        allowed_groups,
        secrets,
        created_at: from_secs(row.created_at),
        updated_at: from_secs(row.updated_at),
    };
    Ok((client, hashes))
}

/// The stored hash of a client secret and when it stops working.
#[derive(Debug, Clone)]
pub struct SecretHash {
    /// SHA-256 of the secret, hex.
    pub hash: String,
    /// When it stops working; never when absent.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Replaces the allowed groups of a client.
async fn set_groups(conn: &impl ConnectionTrait, client: &Client) -> StoreResult<()> {
    oidc_client_groups::Entity::delete_many()
        .filter(oidc_client_groups::Column::ClientId.eq(client.id.as_str()))
        .exec(conn)
        .await?;
    if client.allowed_groups.is_empty() {
        return Ok(());
    }
    oidc_client_groups::Entity::insert_many(client.allowed_groups.iter().map(|group| {
        oidc_client_groups::ActiveModel {
            client_id: Set(client.id.as_str().to_owned()),
            group_id: Set(group.id.to_string()),
        }
    }))
    .exec(conn)
    .await?;
    Ok(())
}

async fn insert_secret(
    conn: &impl ConnectionTrait,
    client: &ClientId,
    secret: &ClientSecretInfo,
    secret_hash: &str,
) -> StoreResult<()> {
    oidc_client_secrets::Entity::insert(oidc_client_secrets::ActiveModel {
        id: Set(secret.id.to_string()),
        client_id: Set(client.as_str().to_owned()),
        secret_hash: Set(secret_hash.to_owned()),
        prefix: Set(secret.prefix.clone()),
        created_at: Set(to_secs(secret.created_at)),
        expires_at: Set(secret.expires_at.map(to_secs)),
    })
    .exec(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Stores a new client with its allowed groups and, for a confidential client, the hash of
    /// its first secret.
    pub async fn insert_client(
        &self,
        client: &Client,
        secret: Option<(&ClientSecretInfo, &str)>,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        oidc_clients::Entity::insert(to_row(client))
            .exec(&txn)
            .await
            .map_err(|err| match is_unique_violation(&err) {
                Some(_) => StoreError::Conflict(UniqueField::ClientId),
                None => StoreError::Database(err),
            })?;
        set_groups(&txn, client).await?;
        if let Some((info, hash)) = secret {
            insert_secret(&txn, &client.id, info, hash).await?;
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes the fields and allowed groups of an existing client.
    pub async fn update_client(&self, client: &Client, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = oidc_clients::Entity::update_many()
            .set(to_row(client))
            .filter(oidc_clients::Column::Id.eq(client.id.as_str()))
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        set_groups(&txn, client).await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes a client with its secrets and group list.
    pub async fn delete_client(&self, id: &ClientId, record: &AuditRecord) -> StoreResult<()> {
        let txn = self.write().await?;
        let result = oidc_clients::Entity::delete_by_id(id.as_str().to_owned())
            .exec(&txn)
            .await?;
        if result.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Adds a secret to a client. Secrets still working at `now` stop working at `old_expire_at`
    /// at the latest; secrets that had stopped working before `now` are removed.
    pub async fn add_client_secret(
        &self,
        client: &ClientId,
        secret: &ClientSecretInfo,
        secret_hash: &str,
        now: DateTime<Utc>,
        old_expire_at: DateTime<Utc>,
        record: &AuditRecord,
    ) -> StoreResult<()> {
        let txn = self.write().await?;
        let mine = || oidc_client_secrets::Column::ClientId.eq(client.as_str());
        oidc_client_secrets::Entity::delete_many()
            .filter(mine())
            .filter(oidc_client_secrets::Column::ExpiresAt.lte(to_secs(now)))
            .exec(&txn)
            .await?;
        oidc_client_secrets::Entity::update_many()
            .col_expr(
                oidc_client_secrets::Column::ExpiresAt,
                Expr::value(to_secs(old_expire_at)),
            )
            .filter(mine())
            .filter(
                Condition::any()
                    .add(oidc_client_secrets::Column::ExpiresAt.is_null())
                    .add(oidc_client_secrets::Column::ExpiresAt.gt(to_secs(old_expire_at))),
            )
            .exec(&txn)
            .await?;
        insert_secret(&txn, client, secret, secret_hash).await?;
        oidc_clients::Entity::update_many()
            .col_expr(
                oidc_clients::Column::UpdatedAt,
                Expr::value(to_secs(record.at)),
            )
            .filter(oidc_clients::Column::Id.eq(client.as_str()))
            .exec(&txn)
            .await?;
        audit::insert(&txn, record).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The client with this id.
    pub async fn client_by_id(&self, id: &str) -> StoreResult<Option<Client>> {
        match oidc_clients::Entity::find_by_id(id.to_owned())
            .one(self.conn())
            .await?
        {
            Some(row) => Ok(Some(load(self.conn(), row).await?)),
            None => Ok(None),
        }
    }

    /// A client with the hashes of its secrets, for authenticating it.
    pub async fn client_with_secret_hashes(
        &self,
        id: &str,
    ) -> StoreResult<Option<(Client, Vec<SecretHash>)>> {
        match oidc_clients::Entity::find_by_id(id.to_owned())
            .one(self.conn())
            .await?
        {
            Some(row) => Ok(Some(load_with_hashes(self.conn(), row).await?)),
            None => Ok(None),
        }
    }

    /// The clients with exactly this name.
    pub async fn clients_by_name(&self, name: &str) -> StoreResult<Vec<Client>> {
        let rows = oidc_clients::Entity::find()
            .filter(oidc_clients::Column::Name.eq(name))
            .order_by_asc(oidc_clients::Column::Id)
            .all(self.conn())
            .await?;
        let mut clients = Vec::with_capacity(rows.len());
        for row in rows {
            clients.push(load(self.conn(), row).await?);
        }
        Ok(clients)
    }

    /// Every client, ordered by name.
    pub async fn list_clients(&self) -> StoreResult<Vec<Client>> {
        let rows = oidc_clients::Entity::find()
            .order_by_asc(oidc_clients::Column::Name)
            .order_by_asc(oidc_clients::Column::Id)
            .all(self.conn())
            .await?;
        let mut clients = Vec::with_capacity(rows.len());
        for row in rows {
            clients.push(load(self.conn(), row).await?);
        }
        Ok(clients)
    }
}
