//! OpenID Connect clients: registering the apps people sign in to, their redirect URIs, token
//! lifetimes, allowed groups and secrets.
//!
//! A confidential client's secret is `pic_` and 40 random letters and digits (about 238 bits),
//! shown once; only its SHA-256 is stored, as for API keys. Rotating adds a new secret and lets
//! the older ones expire after a grace period, so the app can be switched over without downtime.

use chrono::{DateTime, Duration, Utc};
use rand::RngExt;
use rand::distr::Alphanumeric;
use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result};
use crate::api::{CreateClient, RotateClientSecret, UpdateClient};
use crate::model::{
    Client, ClientGroup, ClientId, ClientSecret, ClientSecretId, ClientSecretInfo, RedirectUri,
    RequestContext, SigningAlg, parse_web_url,
};
use crate::store::UniqueField;

/// Random characters in a secret after its prefix.
const SECRET_LENGTH: usize = 40;
/// Most redirect URIs (of each kind) a client may have.
const MAX_REDIRECT_URIS: usize = 20;
/// Most secrets of a client that work at the same time.
const MAX_LIVE_SECRETS: usize = 5;
/// Longest name.
const MAX_NAME_CHARS: usize = 100;

/// Access token lifetimes allowed, in seconds: 60 s to a day.
const ACCESS_LIFETIME: (i64, i64) = (60, 86_400);
/// The longest an access token may live, in seconds: signing keys stay published that long
/// after they retire.
pub(super) const MAX_ACCESS_TOKEN_LIFETIME_SECS: i64 = ACCESS_LIFETIME.1;
/// Default access token lifetime: an hour.
const DEFAULT_ACCESS_LIFETIME: i64 = 3_600;
/// Refresh token lifetimes allowed, in seconds: a minute to 365 days.
const REFRESH_LIFETIME: (i64, i64) = (60, 365 * 86_400);
/// Default refresh token lifetime: 30 days.
const DEFAULT_REFRESH_LIFETIME: i64 = 30 * 86_400;
/// How long older secrets keep working after a rotation unless told otherwise: 24 hours.
const DEFAULT_KEEP_OLD: i64 = 86_400;
/// Longest grace period for older secrets: 30 days.
const MAX_KEEP_OLD: i64 = 30 * 86_400;

fn generate_secret() -> ClientSecret {
    let random: String = rand::rng()
        .sample_iter(Alphanumeric)
        .take(SECRET_LENGTH)
        .map(char::from)
        .collect();
    ClientSecret::new(format!("{}{random}", ClientSecret::PREFIX))
}

fn parse_name(text: &str) -> Result<String> {
    let name = text.trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(Error::invalid(
            "name",
            "a client's `name` must be 1–100 characters without control characters",
        ));
    }
    Ok(name.to_owned())
}

fn parse_uris(field: &'static str, uris: &[String]) -> Result<Vec<RedirectUri>> {
    if uris.len() > MAX_REDIRECT_URIS {
        return Err(Error::invalid(
            field,
            format!("`{field}` may list at most {MAX_REDIRECT_URIS} URIs"),
        ));
    }
    let mut parsed: Vec<RedirectUri> = Vec::with_capacity(uris.len());
    for uri in uris {
        let uri = RedirectUri::parse(uri.trim()).map_err(|e| Error::from_value(field, e))?;
        if !parsed.contains(&uri) {
            parsed.push(uri);
        }
    }
    Ok(parsed)
}

fn check_lifetime(
    field: &'static str,
    secs: i64,
    (min, max): (i64, i64),
    range: &str,
) -> Result<i64> {
    if !(min..=max).contains(&secs) {
        return Err(Error::invalid(
            field,
            format!("`{field}` must be {range} ({min} to {max} seconds), not {secs}"),
        ));
    }
    Ok(secs)
}

fn parse_alg(text: &str) -> Result<SigningAlg> {
    SigningAlg::parse(text).map_err(|e| Error::from_value("id_token_signing_alg", e))
}

fn parse_optional_url(field: &'static str, text: Option<&str>) -> Result<Option<String>> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| parse_web_url(field, t).map_err(|e| Error::from_value(field, e)))
        .transpose()
}

fn target(client: &Client) -> AuditTarget {
    AuditTarget {
        kind: "client",
        id: client.id.to_string(),
        label: client.name.clone(),
    }
}

/// What the audit log keeps of a client's settings (never a secret).
fn settings(client: &Client) -> serde_json::Value {
    json!({
        "name": client.name,
        "is_public": client.is_public,
        "redirect_uris": client.redirect_uris.iter().map(RedirectUri::as_str).collect::<Vec<_>>(),
        "post_logout_redirect_uris": client
            .post_logout_redirect_uris
            .iter()
            .map(RedirectUri::as_str)
            .collect::<Vec<_>>(),
        "skip_consent": client.skip_consent,
        "require_pkce": client.require_pkce,
        "allow_plain_pkce": client.allow_plain_pkce,
        "access_token_lifetime_secs": client.access_token_lifetime_secs,
        "refresh_token_lifetime_secs": client.refresh_token_lifetime_secs,
        "id_token_signing_alg": client.id_token_signing_alg.as_str(),
        "logo_url": client.logo_url,
        "launch_url": client.launch_url,
        "allowed_groups": client.allowed_groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(),
    })
}

fn new_secret_info(secret: &ClientSecret, now: DateTime<Utc>) -> ClientSecretInfo {
    ClientSecretInfo {
        id: ClientSecretId::new(),
        prefix: secret.display_prefix(),
        created_at: now,
        expires_at: None,
    }
}

impl Domain {
    async fn resolve_client(&self, reference: &str) -> Result<Client> {
        if let Some(client) = self.store.client_by_id(reference).await? {
            return Ok(client);
        }
        let mut named = self.store.clients_by_name(reference).await?;
        match named.len() {
            0 => Err(Error::not_found("client", reference)),
            1 => Ok(named.remove(0)),
            _ => Err(Error::invalid(
                "client",
                format!("several clients are named `{reference}`: name the one you mean by its id"),
            )),
        }
    }

    async fn resolve_client_groups(&self, references: &[String]) -> Result<Vec<ClientGroup>> {
        let mut groups: Vec<ClientGroup> = Vec::with_capacity(references.len());
        for reference in references {
            let group = self.resolve_group(reference.trim()).await?;
            if !groups.iter().any(|g| g.id == group.id) {
                groups.push(ClientGroup {
                    id: group.id,
                    name: group.name,
                });
            }
        }
        Ok(groups)
    }

    /// Every client, ordered by name.
    pub async fn list_clients(&self, _admin: &AdminPrincipal) -> Result<Vec<Client>> {
        Ok(self.store.list_clients().await?)
    }

    /// Finds a client by id or exact name.
    pub async fn find_client(&self, _admin: &AdminPrincipal, reference: &str) -> Result<Client> {
        self.resolve_client(reference).await
    }

    /// Registers a client. A confidential client is returned with its first secret, which is
    /// not stored and cannot be shown again.
    pub async fn create_client(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        input: CreateClient,
    ) -> Result<(Client, Option<ClientSecret>)> {
        let now = self.clock.now();
        let id = match input.client_id.as_deref() {
            Some(text) => ClientId::parse(text).map_err(|e| Error::from_value("client_id", e))?,
            None => ClientId::generate(),
        };
        let require_pkce = match (input.is_public, input.require_pkce) {
            (true, Some(false)) => {
                return Err(Error::invalid(
                    "require_pkce",
                    "public clients always require PKCE; leave `require_pkce` out or true",
                ));
            }
            (_, requested) => requested.unwrap_or(true),
        };
        let mut client = Client {
            id,
            name: parse_name(&input.name)?,
            is_public: input.is_public,
            redirect_uris: parse_uris("redirect_uris", &input.redirect_uris)?,
            post_logout_redirect_uris: parse_uris(
                "post_logout_redirect_uris",
                &input.post_logout_redirect_uris,
            )?,
            skip_consent: input.skip_consent,
            require_pkce,
            allow_plain_pkce: input.allow_plain_pkce,
            access_token_lifetime_secs: check_lifetime(
                "access_token_lifetime_secs",
                input
                    .access_token_lifetime_secs
                    .unwrap_or(DEFAULT_ACCESS_LIFETIME),
                ACCESS_LIFETIME,
                "from a minute to a day",
            )?,
            refresh_token_lifetime_secs: check_lifetime(
                "refresh_token_lifetime_secs",
                input
                    .refresh_token_lifetime_secs
                    .unwrap_or(DEFAULT_REFRESH_LIFETIME),
                REFRESH_LIFETIME,
                "from a minute to 365 days",
            )?,
            id_token_signing_alg: input
                .id_token_signing_alg
                .as_deref()
                .map(parse_alg)
                .transpose()?
                .unwrap_or_default(),
            logo_url: parse_optional_url("logo_url", input.logo_url.as_deref())?,
            launch_url: parse_optional_url("launch_url", input.launch_url.as_deref())?,
            allowed_groups: Vec::new(),
            secrets: Vec::new(),
            created_at: now,
            updated_at: now,
        };
        client.allowed_groups = self.resolve_client_groups(&input.allowed_groups).await?;
        if self.store.client_by_id(client.id.as_str()).await?.is_some() {
            return Err(Error::Conflict {
                field: UniqueField::ClientId,
                message: format!("the client id `{}` is already taken", client.id),
            });
        }
        let secret = (!client.is_public).then(generate_secret);
        let info = secret.as_ref().map(|s| new_secret_info(s, now));
        let mut details = settings(&client);
        details["secret_prefix"] = json!(info.as_ref().map(|i| i.prefix.clone()));
        let record = self.record(
            admin.actor(),
            context,
            "client.create",
            target(&client),
            details,
        );
        let hash = secret.as_ref().map(|s| super::secrets::hash(s.expose()));
        self.store
            .insert_client(&client, info.as_ref().zip(hash.as_deref()), &record)
            .await?;
        self.clients.clear();
        client.secrets.extend(info);
        Ok((client, secret))
    }

    /// Changes a client's settings.
    pub async fn update_client(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
        change: UpdateClient,
    ) -> Result<Client> {
        let mut client = self.resolve_client(reference).await?;
        if let Some(name) = &change.name {
            client.name = parse_name(name)?;
        }
        if let Some(uris) = &change.redirect_uris {
            client.redirect_uris = parse_uris("redirect_uris", uris)?;
        }
        if let Some(uris) = &change.post_logout_redirect_uris {
            client.post_logout_redirect_uris = parse_uris("post_logout_redirect_uris", uris)?;
        }
        if let Some(skip) = change.skip_consent {
            client.skip_consent = skip;
        }
        if let Some(require) = change.require_pkce {
            if client.is_public && !require {
                return Err(Error::invalid(
                    "require_pkce",
                    "public clients always require PKCE",
                ));
            }
            client.require_pkce = require;
        }
        if let Some(allow) = change.allow_plain_pkce {
            client.allow_plain_pkce = allow;
        }
        if let Some(secs) = change.access_token_lifetime_secs {
            client.access_token_lifetime_secs = check_lifetime(
                "access_token_lifetime_secs",
                secs,
                ACCESS_LIFETIME,
                "from a minute to a day",
            )?;
        }
        if let Some(secs) = change.refresh_token_lifetime_secs {
            client.refresh_token_lifetime_secs = check_lifetime(
                "refresh_token_lifetime_secs",
                secs,
                REFRESH_LIFETIME,
                "from a minute to 365 days",
            )?;
        }
        if let Some(alg) = &change.id_token_signing_alg {
            client.id_token_signing_alg = parse_alg(alg)?;
        }
        if let Some(url) = &change.logo_url {
            client.logo_url = parse_optional_url("logo_url", Some(url))?;
        }
        if let Some(url) = &change.launch_url {
            client.launch_url = parse_optional_url("launch_url", Some(url))?;
        }
        if let Some(groups) = &change.allowed_groups {
            client.allowed_groups = self.resolve_client_groups(groups).await?;
        }
        client.updated_at = self.clock.now();
        let record = self.record(
            admin.actor(),
            context,
            "client.update",
            target(&client),
            settings(&client),
        );
        self.store.update_client(&client, &record).await?;
        self.clients.clear();
        Ok(client)
    }

    /// Deletes a client with its secrets; apps using it can no longer sign people in.
    pub async fn delete_client(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
    ) -> Result<()> {
        let client = self.resolve_client(reference).await?;
        let record = self.record(
            admin.actor(),
            context,
            "client.delete",
            target(&client),
            json!({ "name": client.name, "is_public": client.is_public }),
        );
        self.store.delete_client(&client.id, &record).await?;
        self.clients.clear();
        Ok(())
    }

    /// Adds a new secret to a confidential client; the older ones stop working after the grace
    /// period. Returns the client as it is now, the new secret's record and the secret.
    pub async fn rotate_client_secret(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        reference: &str,
        input: RotateClientSecret,
    ) -> Result<(Client, ClientSecretInfo, ClientSecret)> {
        let mut client = self.resolve_client(reference).await?;
        if client.is_public {
            return Err(Error::invalid(
                "client",
                format!(
                    "`{}` is a public client: public clients have no secret",
                    client.name
                ),
            ));
        }
        let keep_old = input.keep_old_secs.unwrap_or(DEFAULT_KEEP_OLD);
        if !(0..=MAX_KEEP_OLD).contains(&keep_old) {
            return Err(Error::invalid(
                "keep_old_secs",
                format!("`keep_old_secs` must be from 0 to {MAX_KEEP_OLD} seconds (30 days)"),
            ));
        }
        let now = self.clock.now();
        let old_expire_at = now + Duration::seconds(keep_old);
        // With no grace period the older secrets stop now and do not count.
        let still_live = if keep_old == 0 {
            0
        } else {
            client.secrets.iter().filter(|s| s.is_live(now)).count()
        };
        if still_live + 1 > MAX_LIVE_SECRETS {
            return Err(Error::invalid(
                "client",
                format!(
                    "`{}` already has {still_live} working secrets and may have at most \
                     {MAX_LIVE_SECRETS}: wait for older ones to expire, or rotate with \
                     `keep_old_secs` 0 to end them at once",
                    client.name
                ),
            ));
        }
        let secret = generate_secret();
        let info = new_secret_info(&secret, now);
        let record = self.record(
            admin.actor(),
            context,
            "client.rotate_secret",
            target(&client),
            json!({ "prefix": info.prefix, "old_secrets_expire_at": old_expire_at }),
        );
        self.store
            .add_client_secret(
                &client.id,
                &info,
                &super::secrets::hash(secret.expose()),
                now,
                old_expire_at,
                &record,
            )
            .await?;
        self.clients.clear();
        client.secrets.retain(|s| s.is_live(now));
        for old in &mut client.secrets {
            if old.expires_at.is_none_or(|at| at > old_expire_at) {
                old.expires_at = Some(old_expire_at);
            }
        }
        client.secrets.push(info.clone());
        client.updated_at = record.at;
        Ok((client, info, secret))
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::api::{CreateClient, RotateClientSecret};
    use crate::domain::{AdminPrincipal, Error};
    use crate::model::RequestContext;

    #[tokio::test]
    async fn rotation_lets_old_secrets_expire_and_caps_live_ones() {
        let (domain, clock, _dir) = crate::domain::test_support::domain().await;
        let admin = AdminPrincipal::local();
        let context = RequestContext::default();
        let (client, secret) = domain
            .create_client(
                &admin,
                &context,
                CreateClient {
                    name: "Grafana".into(),
                    redirect_uris: vec!["https://grafana.example.com/login/generic_oauth".into()],
                    ..CreateClient::default()
                },
            )
            .await
            .unwrap();
        assert!(secret.unwrap().expose().starts_with("pic_"));
        assert_eq!(client.secrets.len(), 1);

        let start = domain.now();
        let (rotated, _, _) = domain
            .rotate_client_secret(&admin, &context, "Grafana", RotateClientSecret::default())
            .await
            .unwrap();
        assert_eq!(rotated.secrets.len(), 2);
        assert_eq!(
            rotated.secrets[0].expires_at,
            Some(start + Duration::hours(24))
        );
        assert_eq!(rotated.secrets[1].expires_at, None);
        let stored = domain.find_client(&admin, "Grafana").await.unwrap();
        assert_eq!(stored.secrets, rotated.secrets);

        for _ in 0..3 {
            domain
                .rotate_client_secret(&admin, &context, "Grafana", RotateClientSecret::default())
                .await
                .unwrap();
        }
        let refused = domain
            .rotate_client_secret(&admin, &context, "Grafana", RotateClientSecret::default())
            .await
            .unwrap_err();
        assert!(matches!(refused, Error::Invalid { .. }), "{refused:?}");

        clock.advance(Duration::hours(25));
        let (rotated, _, _) = domain
            .rotate_client_secret(
                &admin,
                &context,
                "Grafana",
                RotateClientSecret {
                    keep_old_secs: Some(0),
                },
            )
            .await
            .unwrap();
        let stored = domain.find_client(&admin, "Grafana").await.unwrap();
        assert_eq!(stored.secrets, rotated.secrets);
        assert_eq!(stored.secrets.len(), 2);
        assert_eq!(stored.secrets[0].expires_at, Some(domain.now()));
    }
}
