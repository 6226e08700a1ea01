//! Passkeys and everything around signing in: WebAuthn ceremonies in flight, enrolment links
//! (invites, sign-up links and the first-admin setup link), one-time login codes, and browser
//! sessions.
//!
//! Ceremony state lives here rather than in process memory, so that several instances can
//! share one database. Secrets (link tokens, session tokens) are stored only as SHA-256 hashes.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates the passkey and session tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Passkeys {
    Table,
    Id,
    UserId,
    CredentialId,
    Name,
    Aaguid,
    Credential,
    BackupEligible,
    BackupState,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum Ceremonies {
    Table,
    Id,
    Kind,
    UserId,
    State,
    Context,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum EnrolmentLinks {
    Table,
    Id,
    Kind,
    TokenHash,
    UserId,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    UsesLeft,
    GroupIds,
}

#[derive(DeriveIden)]
enum LoginCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    TokenHash,
    UserId,
    Method,
    Ip,
    UserAgent,
    CreatedAt,
    LastSeenAt,
    IdleExpiresAt,
    ExpiresAt,
}

fn user_fk(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Passkeys::Table)
                    .col(string(Passkeys::Id).primary_key())
                    .col(string(Passkeys::UserId))
                    .col(string_uniq(Passkeys::CredentialId))
                    .col(string(Passkeys::Name))
                    .col(string_null(Passkeys::Aaguid))
                    .col(text(Passkeys::Credential))
                    .col(boolean(Passkeys::BackupEligible))
                    .col(boolean(Passkeys::BackupState))
                    .col(big_integer(Passkeys::CreatedAt))
                    .col(big_integer_null(Passkeys::LastUsedAt))
                    .foreign_key(&mut user_fk(Passkeys::Table, Passkeys::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("passkeys_user_id")
                    .table(Passkeys::Table)
                    .col(Passkeys::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Ceremonies::Table)
                    .col(string(Ceremonies::Id).primary_key())
                    .col(string(Ceremonies::Kind))
                    .col(string_null(Ceremonies::UserId))
                    .col(text(Ceremonies::State))
                    .col(text(Ceremonies::Context))
                    .col(big_integer(Ceremonies::CreatedAt))
                    .col(big_integer(Ceremonies::ExpiresAt))
                    .foreign_key(&mut user_fk(Ceremonies::Table, Ceremonies::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ceremonies_expires_at")
                    .table(Ceremonies::Table)
                    .col(Ceremonies::ExpiresAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(EnrolmentLinks::Table)
                    .col(string(EnrolmentLinks::Id).primary_key())
                    .col(string(EnrolmentLinks::Kind))
                    .col(string_uniq(EnrolmentLinks::TokenHash))
                    .col(string_null(EnrolmentLinks::UserId))
                    .col(string(EnrolmentLinks::CreatedBy))
                    .col(big_integer(EnrolmentLinks::CreatedAt))
                    .col(big_integer(EnrolmentLinks::ExpiresAt))
                    .col(big_integer_null(EnrolmentLinks::UsedAt))
                    .col(big_integer_null(EnrolmentLinks::UsesLeft))
                    .col(text(EnrolmentLinks::GroupIds).default("[]"))
                    .foreign_key(&mut user_fk(EnrolmentLinks::Table, EnrolmentLinks::UserId))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginCodes::Table)
                    .col(string(LoginCodes::Id).primary_key())
                    .col(string(LoginCodes::UserId))
                    .col(string_uniq(LoginCodes::CodeHash))
                    .col(big_integer(LoginCodes::CreatedAt))
                    .col(big_integer(LoginCodes::ExpiresAt))
                    .col(big_integer_null(LoginCodes::UsedAt))
                    .foreign_key(&mut user_fk(LoginCodes::Table, LoginCodes::UserId))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(string(Sessions::Id).primary_key())
                    .col(string_uniq(Sessions::TokenHash))
                    .col(string(Sessions::UserId))
                    .col(string(Sessions::Method))
                    .col(string_null(Sessions::Ip))
                    .col(text_null(Sessions::UserAgent))
                    .col(big_integer(Sessions::CreatedAt))
                    .col(big_integer(Sessions::LastSeenAt))
                    .col(big_integer(Sessions::IdleExpiresAt))
                    .col(big_integer(Sessions::ExpiresAt))
                    .foreign_key(&mut user_fk(Sessions::Table, Sessions::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sessions_user_id")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Sessions::Table.into_iden(),
            LoginCodes::Table.into_iden(),
            EnrolmentLinks::Table.into_iden(),
            Ceremonies::Table.into_iden(),
            Passkeys::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
