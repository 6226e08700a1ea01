//! OpenID Connect clients: the apps that may send people here to sign in, their secrets and the
//! groups allowed to use them.
//!
//! A client's id is the public `client_id` it sends. Redirect URIs are JSON arrays of strings.
//! Secrets are stored only as hex SHA-256 hashes; a client may have several at once while it
//! rolls over to a new one. Times are Unix seconds in BIGINT columns.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates the client tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Groups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OidcClients {
    Table,
    Id,
    Name,
    IsPublic,
    RedirectUris,
    PostLogoutRedirectUris,
    SkipConsent,
    RequirePkce,
    AccessTokenLifetimeSecs,
    RefreshTokenLifetimeSecs,
    IdTokenSigningAlg,
    LogoUrl,
    LaunchUrl,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OidcClientSecrets {
    Table,
    Id,
    ClientId,
    SecretHash,
    Prefix,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OidcClientGroups {
    Table,
    ClientId,
    GroupId,
}

fn client_fk(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(OidcClients::Table, OidcClients::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OidcClients::Table)
                    .col(string(OidcClients::Id).primary_key())
                    .col(string(OidcClients::Name))
                    .col(boolean(OidcClients::IsPublic))
                    .col(text(OidcClients::RedirectUris).default("[]"))
                    .col(text(OidcClients::PostLogoutRedirectUris).default("[]"))
                    .col(boolean(OidcClients::SkipConsent))
                    .col(boolean(OidcClients::RequirePkce))
                    .col(big_integer(OidcClients::AccessTokenLifetimeSecs))
                    .col(big_integer(OidcClients::RefreshTokenLifetimeSecs))
                    .col(string(OidcClients::IdTokenSigningAlg))
                    .col(text_null(OidcClients::LogoUrl))
                    .col(text_null(OidcClients::LaunchUrl))
                    .col(big_integer(OidcClients::CreatedAt))
                    .col(big_integer(OidcClients::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcClientSecrets::Table)
                    .col(string(OidcClientSecrets::Id).primary_key())
                    .col(string(OidcClientSecrets::ClientId))
                    .col(string_uniq(OidcClientSecrets::SecretHash))
                    .col(string(OidcClientSecrets::Prefix))
                    .col(big_integer(OidcClientSecrets::CreatedAt))
                    .col(big_integer_null(OidcClientSecrets::ExpiresAt))
                    .foreign_key(&mut client_fk(
                        OidcClientSecrets::Table,
                        OidcClientSecrets::ClientId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("oidc_client_secrets_client_id")
                    .table(OidcClientSecrets::Table)
                    .col(OidcClientSecrets::ClientId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OidcClientGroups::Table)
                    .col(string(OidcClientGroups::ClientId))
                    .col(string(OidcClientGroups::GroupId))
                    .primary_key(
                        Index::create()
                            .col(OidcClientGroups::ClientId)
                            .col(OidcClientGroups::GroupId),
                    )
                    .foreign_key(&mut client_fk(
                        OidcClientGroups::Table,
                        OidcClientGroups::ClientId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OidcClientGroups::Table, OidcClientGroups::GroupId)
                            .to(Groups::Table, Groups::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("oidc_client_groups_group_id")
                    .table(OidcClientGroups::Table)
                    .col(OidcClientGroups::GroupId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OidcClientGroups::Table.into_iden(),
            OidcClientSecrets::Table.into_iden(),
            OidcClients::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
