//! Maintenance queries: SQLite snapshots (`VACUUM INTO`), inspecting a database file before it
//! is restored, and the cheap counts and pool figures `/metrics` reports.
//!
//! Only SQL lives here; what counts as a usable backup is decided by the caller.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, Statement,
};

use super::entities::sessions;
use super::{Store, StoreResult, to_secs};

/// The table sea-orm-migration records applied migrations in.
const MIGRATIONS_TABLE: &str = "seaql_migrations";

/// What an SQLite file holds, as far as a restore cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqliteFileFacts {
    /// The rows of `PRAGMA integrity_check`: exactly `["ok"]` for a sound file.
    pub integrity: Vec<String>,
    /// The migrations recorded as applied, or `None` when there is no migrations table.
    pub applied_migrations: Option<Vec<String>>,
}

/// The connection pool's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    /// Connections open, busy or idle.
    pub open: u32,
    /// Connections open and idle.
    pub idle: u32,
    /// The most the pool opens.
    pub max: u32,
}

/// Most connections of the SQLite read pool; the writer has one more (see [`Store`]).
pub(super) const SQLITE_MAX_CONNECTIONS: u32 = 4;
/// Most connections of a PostgreSQL pool.
pub(super) const POSTGRES_MAX_CONNECTIONS: u32 = 16;

impl Store {
    /// Whether this store is an SQLite database.
    pub fn is_sqlite(&self) -> bool {
        self.db.get_database_backend() == DbBackend::Sqlite
    }

    /// Writes a consistent snapshot of the SQLite database to `target` with one `VACUUM INTO`
    /// statement. It reads in one transaction, so writers on other connections (the running
    /// server) carry on, and the snapshot holds exactly the transactions committed before it
    /// began. `target` must not exist or be an empty file.
    pub async fn vacuum_into(&self, target: &Path) -> StoreResult<()> {
        self.db
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [target.display().to_string().into()],
            ))
            .await?;
        Ok(())
    }

    /// Copies everything in the SQLite write-ahead log into the database file and empties the
    /// log, so the file alone holds the whole database.
    pub async fn checkpoint(&self) -> StoreResult<()> {
        self.db
            .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
        Ok(())
    }

    /// Opens the SQLite file at `path` on its own (never creating it, leaving its journal mode
    /// alone) and reports its integrity and the migrations applied to it. A file that is not an
    /// SQLite database fails with the database's error.
    pub async fn inspect_sqlite_file(path: &Path) -> StoreResult<SqliteFileFacts> {
        let mut options = ConnectOptions::new(format!("sqlite://{}?mode=rw", path.display()));
        options
            .sqlx_logging(false)
            .max_connections(1)
            .min_connections(0)
            .connect_timeout(Duration::from_secs(10))
            .map_sqlx_sqlite_opts(|o| o.create_if_missing(false));
        let db = Database::connect(options).await?;
        let facts = async {
            let integrity = db
                .query_all_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    "PRAGMA integrity_check",
                ))
                .await?
                .iter()
                .map(|row| row.try_get_by_index::<String>(0))
                .collect::<Result<Vec<_>, _>>()?;
            let has_table = db
                .query_one_raw(Statement::from_sql_and_values(
                    DbBackend::Sqlite,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                    [MIGRATIONS_TABLE.into()],
                ))
                .await?
                .is_some();
            let applied_migrations = if has_table {
                Some(
                    db.query_all_raw(Statement::from_string(
                        DbBackend::Sqlite,
                        format!("SELECT version FROM {MIGRATIONS_TABLE} ORDER BY version"),
                    ))
                    .await?
                    .iter()
                    .map(|row| row.try_get_by_index::<String>(0))
                    .collect::<Result<Vec<_>, _>>()?,
                )
            } else {
                None
            };
            Ok::<_, sea_orm::DbErr>(SqliteFileFacts {
                integrity,
                applied_migrations,
            })
        }
        .await;
        db.close().await.ok();
        Ok(facts?)
    }

    /// The names of the migrations this binary knows, in order.
    pub fn known_migrations() -> Vec<String> {
        Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect()
    }

    /// How many sessions are live at `now` (neither idle too long nor past their lifetime).
    pub async fn count_active_sessions(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let now = to_secs(now);
        Ok(sessions::Entity::find()
            .filter(sessions::Column::ExpiresAt.gt(now))
            .filter(sessions::Column::IdleExpiresAt.gt(now))
            .count(self.conn())
            .await?)
    }

    /// The connection pool's state.
    pub fn pool_stats(&self) -> PoolStats {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => {
                let (pool, writer) = (
                    self.db.get_sqlite_connection_pool(),
                    self.writer.get_sqlite_connection_pool(),
                );
                PoolStats {
                    open: pool.size() + writer.size(),
                    idle: u32::try_from(pool.num_idle() + writer.num_idle()).unwrap_or(u32::MAX),
                    max: SQLITE_MAX_CONNECTIONS + 1,
                }
            }
            _ => {
                let pool = self.db.get_postgres_connection_pool();
                PoolStats {
                    open: pool.size(),
                    idle: u32::try_from(pool.num_idle()).unwrap_or(u32::MAX),
                    max: POSTGRES_MAX_CONNECTIONS,
                }
            }
        }
    }
}
