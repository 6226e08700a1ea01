//! The maintenance subcommands of `pocket-id` that run without the server: each opens what it
//! needs from the configuration, does one thing, and reports on standard output.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use anyhow::Context;

use crate::cli::{ApiKeyCreateArgs, HealthcheckArgs};
use crate::config::Config;
use crate::domain::{AdminPrincipal, Domain, NewApiKey};
use crate::model::{RequestContext, SigningAlg, SigningKeyInfo};

/// `migrate status`: one line per migration.
pub async fn migrate_status(config: &Config) -> anyhow::Result<String> {
    let store = crate::store::Store::connect(config.database_url.expose())
        .await
        .with_context(|| {
            format!(
                "cannot open the database {}",
                config.database_url.redacted()
            )
        })?;
    let mut out = String::new();
    for migration in store.migration_status().await? {
        out.push_str(&format!(
            "{}  {}\n",
            if migration.applied {
                "applied"
            } else {
                "pending"
            },
            migration.name
        ));
    }
    Ok(out)
}

/// `setup-link`: a fresh setup link, or an error once an administrator exists.
pub async fn setup_link(config: &Config) -> anyhow::Result<String> {
    let store = crate::open_store(config).await?;
    let domain = crate::domain(config, store)?;
    match domain
        .create_setup_link()
        .await
        .map_err(|e| anyhow::anyhow!("cannot create the setup link: {e}"))?
    {
        Some(link) => Ok(link.url),
        None => anyhow::bail!(
            "an administrator already exists: sign in, or have an admin invite you (`pocketctl users invite`)"
        ),
    }
}

/// `api-key create`: a new admin key, written straight to the database; returns the secret.
pub async fn create_api_key(config: &Config, args: &ApiKeyCreateArgs) -> anyhow::Result<String> {
    let store = crate::open_store(config).await?;
    let domain = crate::domain(config, store)?;
    let expires_at = args.expires.map(|lifetime| domain.now() + lifetime);
    let context = RequestContext {
        user_agent: Some(format!(
            "pocket-id/{} api-key create",
            env!("CARGO_PKG_VERSION")
        )),
        ..RequestContext::default()
    };
    let (_, secret) = domain
        .create_api_key(
            &AdminPrincipal::local(),
            &context,
            NewApiKey {
                name: args.name.clone(),
                expires_at,
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("cannot create the API key: {e}"))?;
    Ok(secret.expose().to_owned())
}

/// A domain on the configured database whose signing keys open with the configured key.
async fn keys_domain(config: &Config) -> anyhow::Result<Domain> {
    let store = crate::open_store(config).await?;
    let domain = crate::domain(config, store)?;
    domain
        .ensure_signing_keys()
        .await
        .map_err(|err| crate::signing_keys_error(config, err))?;
    Ok(domain)
}

/// `keys list`: the signing keys as a table.
pub async fn list_keys(config: &Config) -> anyhow::Result<String> {
    let domain = keys_domain(config).await?;
    let keys = domain
        .list_signing_keys(&AdminPrincipal::local())
        .await
        .map_err(|e| anyhow::anyhow!("cannot list the signing keys: {e}"))?;
    Ok(keys_table(&keys))
}

/// `keys rotate`: rotates the signing keys of `alg`, or of every algorithm in use, straight in
/// the database; returns the keys afterwards as a table. Running servers pick the change up
/// within a minute.
pub async fn rotate_keys(config: &Config, alg: Option<SigningAlg>) -> anyhow::Result<String> {
    let domain = keys_domain(config).await?;
    let context = RequestContext {
        user_agent: Some(format!(
            "pocket-id/{} keys rotate",
            env!("CARGO_PKG_VERSION")
        )),
        ..RequestContext::default()
    };
    let keys = domain
        .rotate_signing_keys(&AdminPrincipal::local(), &context, alg)
        .await
        .map_err(|e| anyhow::anyhow!("cannot rotate the signing keys: {e}"))?;
    Ok(keys_table(&keys))
}

/// The signing keys in aligned columns.
fn keys_table(keys: &[SigningKeyInfo]) -> String {
    let time = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map_or_else(
            || "-".to_owned(),
            |at| at.format("%Y-%m-%d %H:%M").to_string(),
        )
    };
    let rows: Vec<[String; 7]> = keys
        .iter()
        .map(|key| {
            [
                key.kid.clone(),
                key.alg.as_str().to_owned(),
                key.state.as_str().to_owned(),
                time(Some(key.created_at)),
                time(key.activated_at),
                time(key.retired_at),
                time(key.published_until),
            ]
        })
        .collect();
    let header = [
        "kid",
        "alg",
        "state",
        "created",
        "activated",
        "retired",
        "published until",
    ]
    .map(str::to_owned);
    let mut widths = header.clone().map(|h| h.len());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:width$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The address a health check on this machine should reach for `listen`.
fn local_address(listen: SocketAddr) -> SocketAddr {
    let mut address = listen;
    if listen.ip().is_unspecified() {
        address.set_ip(if listen.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    address
}

/// `healthcheck`: GET /healthz over plain HTTP/1.1; Ok when the server answers 200.
///
/// Deliberately dependency-free: it runs in containers and systemd units every few seconds.
pub fn healthcheck(config: &Config, args: &HealthcheckArgs) -> anyhow::Result<()> {
    let (address, host) = match &args.url {
        Some(url) => {
            let rest = url
                .strip_prefix("http://")
                .context("--url must be an http:// URL (TLS ends at the proxy)")?;
            let authority = rest.split('/').next().unwrap_or(rest);
            let address = std::net::ToSocketAddrs::to_socket_addrs(authority)
                .with_context(|| format!("cannot resolve `{authority}`"))?
                .next()
                .with_context(|| format!("`{authority}` resolves to nothing"))?;
            (address, authority.to_owned())
        }
        None => {
            let address = local_address(config.listen);
            (address, address.to_string())
        }
    };
    let timeout = Duration::from_secs(args.timeout.max(1));
    let mut stream = TcpStream::connect_timeout(&address, timeout)
        .with_context(|| format!("cannot connect to {address}"))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    write!(
        stream,
        "GET /healthz HTTP/1.1\r\nHost: {host}\r\nUser-Agent: pocket-id-healthcheck\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.take(64 * 1024).read_to_string(&mut response)?;
    let status_line = response.lines().next().unwrap_or_default();
    if status_line.split_whitespace().nth(1) == Some("200") {
        Ok(())
    } else {
        anyhow::bail!("unhealthy: {address} answered `{status_line}`")
    }
}
