//! What the OpenID Connect endpoints remember: authorization requests waiting for a sign-in or
//! consent, the consent people gave, grants (one per authorization, the family of tokens it
//! issued), authorization codes, refresh tokens, and revoked access tokens.
//!
//! Codes, refresh tokens and interaction ids are stored only as hex SHA-256 hashes. Access
//! tokens are signed JWTs and not stored; revoking one records its `jti` until it expires. Times
//! are Unix seconds in BIGINT columns.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates the grant and token tables, lets clients allow `plain` PKCE, and records whether a
/// user's email address was vouched for by an administrator.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    EmailVerified,
}

#[derive(DeriveIden)]
enum OidcClients {
    Table,
    Id,
    AllowPlainPkce,
}

#[derive(DeriveIden)]
enum OidcInteractions {
    Table,
    IdHash,
    Request,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OidcConsents {
    Table,
    UserId,
    ClientId,
    Scope,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OidcGrants {
    Table,
    Id,
    ClientId,
    UserId,
    SessionId,
    Scope,
    AuthTime,
    Amr,
    CreatedAt,
    ExpiresAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum OidcAuthorizationCodes {
    Table,
    CodeHash,
    GrantId,
    RedirectUri,
    Nonce,
    CodeChallenge,
    CodeChallengeMethod,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum OidcRefreshTokens {
    Table,
    TokenHash,
    GrantId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum OidcRevokedTokens {
    Table,
    Jti,
    ExpiresAt,
}

fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn index(name: &str, table: impl IntoIden, column: impl IntoIden) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(table)
        .col(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Whether an administrator set the address (true) or the person typed it themselves.
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(boolean(Users::EmailVerified).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(OidcClients::Table)
                    .add_column(boolean(OidcClients::AllowPlainPkce).default(false))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcInteractions::Table)
                    .col(string(OidcInteractions::IdHash).primary_key())
                    .col(text(OidcInteractions::Request))
                    .col(big_integer(OidcInteractions::CreatedAt))
                    .col(big_integer(OidcInteractions::ExpiresAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcConsents::Table)
                    .col(string(OidcConsents::UserId))
                    .col(string(OidcConsents::ClientId))
                    .col(text(OidcConsents::Scope))
                    .col(big_integer(OidcConsents::CreatedAt))
                    .col(big_integer(OidcConsents::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(OidcConsents::UserId)
                            .col(OidcConsents::ClientId),
                    )
                    .foreign_key(&mut cascade(
                        (OidcConsents::Table, OidcConsents::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (OidcConsents::Table, OidcConsents::ClientId),
                        (OidcClients::Table, OidcClients::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "oidc_consents_client_id",
                OidcConsents::Table,
                OidcConsents::ClientId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcGrants::Table)
                    .col(string(OidcGrants::Id).primary_key())
                    .col(string(OidcGrants::ClientId))
                    .col(string(OidcGrants::UserId))
                    // No foreign key: a grant outlives the browser session that made it, and
                    // ending that session through logout revokes the grant by this id.
                    .col(string_null(OidcGrants::SessionId))
                    .col(text(OidcGrants::Scope))
                    .col(big_integer(OidcGrants::AuthTime))
                    .col(string(OidcGrants::Amr))
                    .col(big_integer(OidcGrants::CreatedAt))
                    .col(big_integer(OidcGrants::ExpiresAt))
                    .col(big_integer_null(OidcGrants::RevokedAt))
                    .foreign_key(&mut cascade(
                        (OidcGrants::Table, OidcGrants::ClientId),
                        (OidcClients::Table, OidcClients::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (OidcGrants::Table, OidcGrants::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("oidc_grants_client_id", OidcGrants::ClientId),
            ("oidc_grants_user_id", OidcGrants::UserId),
            ("oidc_grants_session_id", OidcGrants::SessionId),
            ("oidc_grants_expires_at", OidcGrants::ExpiresAt),
        ] {
            manager
                .create_index(index(name, OidcGrants::Table, column))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(OidcAuthorizationCodes::Table)
                    .col(string(OidcAuthorizationCodes::CodeHash).primary_key())
                    .col(string(OidcAuthorizationCodes::GrantId))
                    .col(text(OidcAuthorizationCodes::RedirectUri))
                    .col(text_null(OidcAuthorizationCodes::Nonce))
                    .col(string_null(OidcAuthorizationCodes::CodeChallenge))
                    .col(string_null(OidcAuthorizationCodes::CodeChallengeMethod))
                    .col(big_integer(OidcAuthorizationCodes::CreatedAt))
                    .col(big_integer(OidcAuthorizationCodes::ExpiresAt))
                    .col(big_integer_null(OidcAuthorizationCodes::UsedAt))
                    .foreign_key(&mut cascade(
                        (
                            OidcAuthorizationCodes::Table,
                            OidcAuthorizationCodes::GrantId,
                        ),
                        (OidcGrants::Table, OidcGrants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "oidc_authorization_codes_grant_id",
                OidcAuthorizationCodes::Table,
                OidcAuthorizationCodes::GrantId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcRefreshTokens::Table)
                    .col(string(OidcRefreshTokens::TokenHash).primary_key())
                    .col(string(OidcRefreshTokens::GrantId))
                    .col(big_integer(OidcRefreshTokens::CreatedAt))
                    .col(big_integer(OidcRefreshTokens::ExpiresAt))
                    .col(big_integer_null(OidcRefreshTokens::UsedAt))
                    .foreign_key(&mut cascade(
                        (OidcRefreshTokens::Table, OidcRefreshTokens::GrantId),
                        (OidcGrants::Table, OidcGrants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "oidc_refresh_tokens_grant_id",
                OidcRefreshTokens::Table,
                OidcRefreshTokens::GrantId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcRevokedTokens::Table)
                    .col(string(OidcRevokedTokens::Jti).primary_key())
                    .col(big_integer(OidcRevokedTokens::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OidcRevokedTokens::Table.into_iden(),
            OidcRefreshTokens::Table.into_iden(),
            OidcAuthorizationCodes::Table.into_iden(),
            OidcGrants::Table.into_iden(),
            OidcConsents::Table.into_iden(),
            OidcInteractions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(OidcClients::Table)
                    .drop_column(OidcClients::AllowPlainPkce)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::EmailVerified)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
