//! Persistence: sea-orm entities and the queries the domain needs, converting rows to and from
//! `model` types. Every change is written together with its audit record in one transaction.
//!
//! The store knows SQL and nothing of the rules: it never calls `domain`, and no sea-orm type
//! leaves this module.

mod api_keys;
mod audit;
mod claims;
mod clients;
mod entities;
mod groups;
mod keys;
mod maintenance;
mod oidc;
mod passkeys;
mod users;

use std::time::Duration;

use chrono::{DateTime, Utc};
use migrations::Migrator;
use migrations::MigratorTrait;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

pub use audit::AuditFilter;
pub use claims::ClaimOwner;
pub use clients::SecretHash;
pub use maintenance::{PoolStats, SqliteFileFacts};
pub use oidc::{Rotation, TakenCode};

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule would be broken.
    #[error("{0} is already taken")]
    Conflict(UniqueField),
    /// A row the change refers to does not exist.
    #[error("not found")]
    NotFound,
    /// A stored value no longer passes validation (edited by hand?).
    #[error("corrupt row in {table}: {detail}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// What is wrong.
        detail: String,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

/// Which unique value a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UniqueField {
    /// A user's username.
    Username,
    /// A user's email.
    Email,
    /// A group's name.
    GroupName,
    /// An active API key's name.
    ApiKeyName,
    /// A passkey's credential id.
    CredentialId,
    /// An OpenID Connect client's id.
    ClientId,
    /// The active or next signing key of an algorithm (one of each).
    SigningKeySlot,
}

impl std::fmt::Display for UniqueField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Username => "username",
            Self::Email => "email",
            Self::GroupName => "group name",
            Self::ApiKeyName => "API key name",
            Self::CredentialId => "passkey",
            Self::ClientId => "client id",
            Self::SigningKeySlot => "signing key slot",
        })
    }
}

/// Result of store operations.
pub type StoreResult<T> = Result<T, StoreError>;

/// A migration and whether it has been applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationState {
    /// Its name.
    pub name: String,
    /// Applied to this database.
    pub applied: bool,
}

/// The database, shared by every request. Cheap to clone.
///
/// On SQLite, reads use a small pool and every write goes through one writer connection of
/// its own. SQLite lets one writer at a time; with several, a second one waits in SQLite's busy
/// handler, which sleeps in steps of up to 100 ms, so under load a write could take tens of
/// milliseconds while the database was idle most of that time. Queued for the one writer
/// connection, writers wait in the pool's fair queue and run back to back instead. WAL keeps
/// readers and the writer out of each other's way. On PostgreSQL both are the same pool.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
    writer: DatabaseConnection,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`). SQLite gets WAL, foreign keys,
    /// `synchronous = NORMAL` and a busy timeout, and the file is created when missing.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(10));
        if url.starts_with("sqlite:") {
            let sqlite = |o: SqliteConnectOptions| {
                o.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
            };
            // A pooled connection is by default pinged before each use, a second round trip to
            // the connection's thread for every query; an SQLite file cannot drop a connection.
            options.test_before_acquire(false);
            let mut writer = options.clone();
            options
                .max_connections(maintenance::SQLITE_MAX_CONNECTIONS)
                .min_connections(1)
                .map_sqlx_sqlite_opts(sqlite);
            writer
                .max_connections(1)
                .min_connections(1)
                .map_sqlx_sqlite_opts(sqlite);
            let db = Database::connect(options).await?;
            let writer = Database::connect(writer).await?;
            Ok(Self { db, writer })
        } else {
            options
                .max_connections(maintenance::POSTGRES_MAX_CONNECTIONS)
                .min_connections(1);
            let db = Database::connect(options).await?;
            Ok(Self {
                writer: db.clone(),
                db,
            })
        }
    }

    /// Applies the migrations not yet applied, in order.
    pub async fn migrate(&self) -> StoreResult<()> {
        Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Lists every migration this binary knows, and whether it is applied.
    pub async fn migration_status(&self) -> StoreResult<Vec<MigrationState>> {
        let applied: Vec<String> = match Migrator::get_applied_migrations(&self.db).await {
            Ok(list) => list.iter().map(|m| m.name().to_owned()).collect(),
            // No migration table yet: nothing is applied.
            Err(_) => Vec::new(),
        };
        Ok(Migrator::migrations()
            .iter()
            .map(|m| MigrationState {
                name: m.name().to_owned(),
                applied: applied.iter().any(|a| a == m.name()),
            })
            .collect())
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> StoreResult<()> {
        self.db.ping().await?;
        Ok(())
    }

    /// Closes the connection pool.
    pub async fn close(self) -> StoreResult<()> {
        let sqlite = self.is_sqlite();
        self.db.close().await?;
        if sqlite {
            self.writer.close().await?;
        }
        Ok(())
    }

    /// Starts a write transaction; on SQLite it takes the write lock at once (`BEGIN IMMEDIATE`)
    /// so two writers wait for each other instead of failing half-way.
    async fn write(&self) -> StoreResult<DatabaseTransaction> {
        Ok(self
            .writer
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }

    /// The connection for reads.
    fn conn(&self) -> &impl ConnectionTrait {
        &self.db
    }

    /// The connection for a write of one statement outside a transaction.
    fn writer(&self) -> &impl ConnectionTrait {
        &self.writer
    }
}

/// Unix seconds of a time.
fn to_secs(at: DateTime<Utc>) -> i64 {
    at.timestamp()
}

/// A time from Unix seconds (the epoch for values out of range, which never occur).
fn from_secs(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Whether a database error is a unique-constraint violation.
fn is_unique_violation(err: &DbErr) -> Option<String> {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) => Some(message),
        _ => None,
    }
}

/// Escapes `%`, `_` and `\` for a LIKE pattern and wraps it for a substring match.
fn like_pattern(search: &str) -> String {
    let mut pattern = String::with_capacity(search.len() + 2);
    pattern.push('%');
    for ch in search.to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(ch);
    }
    pattern.push('%');
    pattern
}
