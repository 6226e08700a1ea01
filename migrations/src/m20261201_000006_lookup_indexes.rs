//! Indexes that large databases need: a person's enrolment links and login codes (looked up,
//! replaced and cascaded by person), and the expiry of authorization codes and refresh tokens
//! (the hourly purge).
//!
//! Without the first two, making an invite scanned every link ever made, so enrolling 100,000
//! people slowed from hundreds a second to tens; without the others, the purge read a table of
//! a million refresh tokens while holding the write lock.

use sea_orm_migration::prelude::*;

/// Adds the indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EnrolmentLinks {
    Table,
    UserId,
}

#[derive(DeriveIden)]
enum LoginCodes {
    Table,
    UserId,
}

#[derive(DeriveIden)]
enum OidcAuthorizationCodes {
    Table,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OidcRefreshTokens {
    Table,
    ExpiresAt,
}

/// Each index: its name, table and column.
fn indexes() -> [(&'static str, DynIden, DynIden); 4] {
    [
        (
            "enrolment_links_user_id",
            EnrolmentLinks::Table.into_iden(),
            EnrolmentLinks::UserId.into_iden(),
        ),
        (
            "login_codes_user_id",
            LoginCodes::Table.into_iden(),
            LoginCodes::UserId.into_iden(),
        ),
        (
            "oidc_authorization_codes_expires_at",
            OidcAuthorizationCodes::Table.into_iden(),
            OidcAuthorizationCodes::ExpiresAt.into_iden(),
        ),
        (
            "oidc_refresh_tokens_expires_at",
            OidcRefreshTokens::Table.into_iden(),
            OidcRefreshTokens::ExpiresAt.into_iden(),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, column) in indexes() {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in indexes() {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
