//! Token signing keys: the private keys that sign ID and access tokens, encrypted at rest, with
//! their public halves as published in the JWKS.
//!
//! A key's `kid` is its RFC 7638 thumbprint. `state` is `next` (published, not signing yet),
//! `active` (signing) or `retired` (published until tokens it signed have expired, never
//! signing). `private_key` is the PKCS#8 private key sealed with AES-256-GCM under the
//! key-encryption key, bound to the `kid`, in base64url; it is never stored in the clear.
//! `public_jwk` is the public key as a JSON Web Key. `slot` is `<alg>/active` or `<alg>/next` for
//! the keys in those states and NULL for retired ones: its unique index keeps one active and one
//! next key per algorithm even when several servers on one database change keys at the same
//! time (NULLs never collide, in SQLite and PostgreSQL alike). Times are Unix seconds in BIGINT
//! columns.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates the `signing_keys` table.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SigningKeys {
    Table,
    Kid,
    Alg,
    State,
    Slot,
    PrivateKey,
    PublicJwk,
    CreatedAt,
    ActivatedAt,
    RetiredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SigningKeys::Table)
                    .col(string(SigningKeys::Kid).primary_key())
                    .col(string(SigningKeys::Alg))
                    .col(string(SigningKeys::State))
                    .col(string_null(SigningKeys::Slot).unique_key())
                    .col(text(SigningKeys::PrivateKey))
                    .col(text(SigningKeys::PublicJwk))
                    .col(big_integer(SigningKeys::CreatedAt))
                    .col(big_integer_null(SigningKeys::ActivatedAt))
                    .col(big_integer_null(SigningKeys::RetiredAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SigningKeys::Table).to_owned())
            .await
    }
}
