//! The database schema of Pocket ID as an ordered, append-only list of migrations.
//!
//! A migration, once released, is never edited: a change to the schema is a new migration at the
//! end of [`Migrator::migrations`]. Migrations declare their own table and column names and never
//! import the daemon's entities, so they keep describing the schema as it was when they were
//! written. All SQL stays portable between SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod m20261201_000001_directory;
mod m20261201_000002_passkeys;
mod m20261201_000003_clients;
mod m20261201_000004_signing_keys;
mod m20261201_000005_oidc_grants;
mod m20261201_000006_lookup_indexes;

/// Runs the migrations in order; the daemon calls it at start-up.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261201_000001_directory::Migration),
            Box::new(m20261201_000002_passkeys::Migration),
            Box::new(m20261201_000003_clients::Migration),
            Box::new(m20261201_000004_signing_keys::Migration),
            Box::new(m20261201_000005_oidc_grants::Migration),
            Box::new(m20261201_000006_lookup_indexes::Migration),
        ]
    }
}

pub use sea_orm_migration::{MigrationTrait as Migration, MigratorTrait};
