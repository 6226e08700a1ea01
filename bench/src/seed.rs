//! What the benchmark needs in the database: people with passkeys (enrolled over HTTP through
//! invite links, as real people are), confidential clients, and for the large run a million
//! refresh tokens written straight into the SQLite file.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use anyhow::{Context, bail};
use serde_json::{Value, json};
use soft_authenticator::Authenticator;
use sqlx::Connection as _;
use tokio::task::JoinSet;

use crate::http::Connection;

/// A person the benchmark signs in as.
pub struct Person {
    /// Their username.
    pub username: String,
    /// The authenticator holding their passkey.
    pub key: Mutex<Authenticator>,
}

/// A confidential client with its secret.
#[derive(Debug, Clone)]
pub struct App {
    /// The client id.
    pub id: String,
    /// The client secret.
    pub secret: String,
    /// Its one redirect URI.
    pub redirect_uri: String,
    /// `Authorization: Basic …` for it.
    pub basic: String,
}

/// Everyone and everything seeded.
pub struct Seeded {
    /// The people, in creation order.
    pub people: Vec<Arc<Person>>,
    /// The clients.
    pub apps: Vec<App>,
}

/// How many seeding requests run at once.
const SEED_CONCURRENCY: usize = 8;

/// Creates `users` people with a passkey each and `clients` clients, through the admin API.
pub async fn seed(
    addr: SocketAddr,
    public_url: &str,
    api_key: &str,
    users: usize,
    clients: usize,
) -> anyhow::Result<Seeded> {
    let host = host_of(public_url);
    let bearer = format!("Bearer {api_key}");
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = JoinSet::new();
    for _ in 0..SEED_CONCURRENCY.min(users.max(1)) {
        let (next, bearer, host, origin) = (
            next.clone(),
            bearer.clone(),
            host.clone(),
            public_url.to_owned(),
        );
        tasks.spawn(async move {
            let mut conn = Connection::new(addr, &host);
            let mut made = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= users {
                    return anyhow::Ok(made);
                }
                let username = format!("user{i:06}");
                let key = enrol(&mut conn, &bearer, &origin, &username)
                    .await
                    .with_context(|| format!("enrolling {username}"))?;
                made.push((
                    i,
                    Arc::new(Person {
                        username,
                        key: Mutex::new(key),
                    }),
                ));
            }
        });
    }
    let mut people = Vec::with_capacity(users);
    while let Some(done) = tasks.join_next().await {
        people.extend(done??);
    }
    people.sort_by_key(|(i, _)| *i);
    let people = people.into_iter().map(|(_, p)| p).collect();

    let mut conn = Connection::new(addr, &host);
    let mut apps = Vec::with_capacity(clients);
    for j in 0..clients {
        let redirect_uri = format!("https://app{j}.example.com/oauth/callback");
        let body = json!({
            "name": format!("App {j}"),
            "redirect_uris": [redirect_uri],
            "skip_consent": true,
        });
        let created = admin(&mut conn, &bearer, "POST", "/api/v1/clients", &body, 201).await?;
        let id = text(&created["client"]["id"])?;
        let secret = text(&created["secret"])?;
        let basic = format!(
            "Basic {}",
            base64_standard(format!("{id}:{secret}").as_bytes())
        );
        apps.push(App {
            id,
            secret,
            redirect_uri,
            basic,
        });
    }
    Ok(Seeded { people, apps })
}

/// Creates `username`, makes an invite link and enrols a new passkey through it.
async fn enrol(
    conn: &mut Connection,
    bearer: &str,
    origin: &str,
    username: &str,
) -> anyhow::Result<Authenticator> {
    admin(
        conn,
        bearer,
        "POST",
        "/api/v1/users",
        &json!({"username": username}),
        201,
    )
    .await?;
    let invite = admin(
        conn,
        bearer,
        "POST",
        &format!("/api/v1/users/{username}/invite"),
        &json!({}),
        200,
    )
    .await?;
    let url = text(&invite["url"])?;
    let token = url.rsplit('/').next().unwrap_or_default();
    let started = post_json(
        conn,
        "/webauthn/enrol/start",
        &[],
        &json!({"token": token}),
        200,
    )
    .await?;
    // A counter of zero, as most synced passkeys report: sign-ins may then come in any order.
    let mut key = Authenticator::new().with_zero_sign_count();
    let credential = key
        .register(&started["options"], origin)
        .map_err(|e| anyhow::anyhow!("the authenticator refused: {e}"))?;
    post_json(
        conn,
        "/webauthn/enrol/finish",
        &[],
        &json!({"ceremony_id": started["ceremony_id"], "credential": credential}),
        200,
    )
    .await?;
    Ok(key)
}

/// An admin API call answered with `status`, its JSON body.
async fn admin(
    conn: &mut Connection,
    bearer: &str,
    method: &str,
    path: &str,
    body: &Value,
    status: u16,
) -> anyhow::Result<Value> {
    let body = serde_json::to_vec(body)?;
    conn.send(
        method,
        path,
        &[("authorization", bearer)],
        Some(("application/json", &body)),
    )
    .await?
    .expect(status)
    .with_context(|| format!("{method} {path}"))?
    .json()
}

/// A JSON `POST` answered with `status`, its JSON body.
pub async fn post_json(
    conn: &mut Connection,
    path: &str,
    headers: &[(&str, &str)],
    body: &Value,
    status: u16,
) -> anyhow::Result<Value> {
    let body = serde_json::to_vec(body)?;
    conn.post(path, headers, "application/json", &body)
        .await?
        .expect(status)
        .with_context(|| format!("POST {path}"))?
        .json()
}

/// A JSON string, or an error naming what was there.
pub fn text(value: &Value) -> anyhow::Result<String> {
    value
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("expected a string, got {value}"))
}

/// `localhost:PORT` of `http://localhost:PORT`.
pub fn host_of(public_url: &str) -> String {
    public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest)
        .trim_end_matches('/')
        .to_owned()
}

fn base64_standard(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Numbers `?1` up to `?2`, each with an id shaped like the daemon's UUIDs and a token hash
/// like its SHA-256 hex digests.
const BATCH_SQL: &str = "CREATE TEMP TABLE bench_batch AS \
    WITH RECURSIVE n(k) AS (SELECT ?1 UNION ALL SELECT k + 1 FROM n WHERE k + 1 < ?2) \
    SELECT k, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || \
    substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || \
    hex(randomblob(6))) AS grant_id, lower(hex(randomblob(32))) AS token_hash FROM n";

/// A grant per number, round robin over clients (`?3` of them) and people (`?4`).
const GRANTS_SQL: &str = "INSERT INTO oidc_grants (id, client_id, user_id, session_id, scope, \
    auth_time, amr, created_at, expires_at, revoked_at) \
    SELECT b.grant_id, c.id, u.id, NULL, 'openid profile email offline_access', ?1, 'passkey', \
    ?1, ?2, NULL \
    FROM bench_batch b JOIN bench_clients c ON c.i = b.k % ?3 JOIN bench_users u ON u.i = b.k % ?4";

/// A live refresh token per grant.
const TOKENS_SQL: &str = "INSERT INTO oidc_refresh_tokens (token_hash, grant_id, created_at, \
    expires_at, used_at) SELECT token_hash, grant_id, ?1, ?2, NULL FROM bench_batch";

/// Rows written per transaction, so the daemon's own writes wait at most a moment.
const BULK_BATCH: u64 = 50_000;

/// Stores `count` refresh tokens, each in a grant of its own spread over every person and
/// client, straight into the SQLite file while the daemon runs (WAL lets both write). They
/// are never presented: they are there to make the tables and their indexes as large as on a
/// busy instance.
pub async fn bulk_refresh_tokens(database: &std::path::Path, count: u64) -> anyhow::Result<()> {
    let url = format!("sqlite://{}", database.display());
    let mut db = sqlx::SqliteConnection::connect(&url)
        .await
        .context("cannot open the database")?;
    sqlx::query("PRAGMA busy_timeout = 10000")
        .execute(&mut db)
        .await?;
    for table in [
        "CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM users",
        "CREATE TEMP TABLE bench_clients AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM oidc_clients",
    ] {
        sqlx::query(table).execute(&mut db).await?;
    }
    let (people,): (i64,) = sqlx::query_as("SELECT count(*) FROM bench_users")
        .fetch_one(&mut db)
        .await?;
    let (apps,): (i64,) = sqlx::query_as("SELECT count(*) FROM bench_clients")
        .fetch_one(&mut db)
        .await?;
    if people == 0 || apps == 0 {
        bail!("no people or no clients to give refresh tokens to");
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let now = i64::try_from(now)?;
    let expires = now + 30 * 86_400;
    let mut done = 0;
    while done < count {
        let batch = BULK_BATCH.min(count - done);
        let mut tx = db.begin().await?;
        sqlx::query("DROP TABLE IF EXISTS bench_batch")
            .execute(&mut *tx)
            .await?;
        sqlx::query(BATCH_SQL)
            .bind(i64::try_from(done)?)
            .bind(i64::try_from(done + batch)?)
            .execute(&mut *tx)
            .await?;
        sqlx::query(GRANTS_SQL)
            .bind(now)
            .bind(expires)
            .bind(apps)
            .bind(people)
            .execute(&mut *tx)
            .await?;
        sqlx::query(TOKENS_SQL)
            .bind(now)
            .bind(expires)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        done += batch;
    }
    db.close().await?;
    Ok(())
}
