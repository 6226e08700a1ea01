//! The directory: users, groups, memberships, custom claims, admin API keys and the audit log.
//!
//! Times are Unix seconds in BIGINT columns, the same on every database. Names that must be unique
//! regardless of case have a lower-cased `*_key` twin that carries the unique index.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates the directory tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Username,
    UsernameKey,
    Email,
    EmailKey,
    FirstName,
    LastName,
    DisplayName,
    IsAdmin,
    Disabled,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Groups {
    Table,
    Id,
    Name,
    NameKey,
    DisplayName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    GroupId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserClaims {
    Table,
    UserId,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum GroupClaims {
    Table,
    GroupId,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    Id,
    Name,
    Prefix,
    SecretHash,
    CreatedAt,
    CreatedBy,
    ExpiresAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    At,
    ActorKind,
    ActorId,
    Actor,
    Action,
    TargetKind,
    TargetId,
    Target,
    Ip,
    UserAgent,
    RequestId,
    Details,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(string(Users::Id).primary_key())
                    .col(string(Users::Username))
                    .col(string_uniq(Users::UsernameKey))
                    .col(string_null(Users::Email))
                    .col(string_null(Users::EmailKey).unique_key())
                    .col(string_null(Users::FirstName))
                    .col(string_null(Users::LastName))
                    .col(string_null(Users::DisplayName))
                    .col(boolean(Users::IsAdmin))
                    .col(boolean(Users::Disabled))
                    .col(big_integer(Users::CreatedAt))
                    .col(big_integer(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Groups::Table)
                    .col(string(Groups::Id).primary_key())
                    .col(string(Groups::Name))
                    .col(string_uniq(Groups::NameKey))
                    .col(string_null(Groups::DisplayName))
                    .col(big_integer(Groups::CreatedAt))
                    .col(big_integer(Groups::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(GroupMembers::Table)
                    .col(string(GroupMembers::GroupId))
                    .col(string(GroupMembers::UserId))
                    .col(big_integer(GroupMembers::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(GroupMembers::GroupId)
                            .col(GroupMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(GroupMembers::Table, GroupMembers::GroupId)
                            .to(Groups::Table, Groups::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(GroupMembers::Table, GroupMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("group_members_user_id")
                    .table(GroupMembers::Table)
                    .col(GroupMembers::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(UserClaims::Table)
                    .col(string(UserClaims::UserId))
                    .col(string(UserClaims::Key))
                    .col(text(UserClaims::Value))
                    .primary_key(Index::create().col(UserClaims::UserId).col(UserClaims::Key))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UserClaims::Table, UserClaims::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(GroupClaims::Table)
                    .col(string(GroupClaims::GroupId))
                    .col(string(GroupClaims::Key))
                    .col(text(GroupClaims::Value))
                    .primary_key(
                        Index::create()
                            .col(GroupClaims::GroupId)
                            .col(GroupClaims::Key),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(GroupClaims::Table, GroupClaims::GroupId)
                            .to(Groups::Table, Groups::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiKeys::Table)
                    .col(string(ApiKeys::Id).primary_key())
                    .col(string(ApiKeys::Name))
                    .col(string(ApiKeys::Prefix))
                    .col(string_uniq(ApiKeys::SecretHash))
                    .col(big_integer(ApiKeys::CreatedAt))
                    .col(string(ApiKeys::CreatedBy))
                    .col(big_integer_null(ApiKeys::ExpiresAt))
                    .col(big_integer_null(ApiKeys::LastUsedAt))
                    .col(big_integer_null(ApiKeys::RevokedAt))
                    .to_owned(),
            )
            .await?;
        // A name is unique among the keys still in force; revoked keys keep theirs for the record.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL",
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(big_integer(AuditEvents::At))
                    .col(string(AuditEvents::ActorKind))
                    .col(string_null(AuditEvents::ActorId))
                    .col(string(AuditEvents::Actor))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::TargetKind))
                    .col(string_null(AuditEvents::TargetId))
                    .col(string_null(AuditEvents::Target))
                    .col(string_null(AuditEvents::Ip))
                    .col(text_null(AuditEvents::UserAgent))
                    .col(string_null(AuditEvents::RequestId))
                    .col(text(AuditEvents::Details))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("audit_events_at", AuditEvents::At),
            ("audit_events_action", AuditEvents::Action),
            ("audit_events_target_id", AuditEvents::TargetId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditEvents::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvents::Table.into_iden(),
            ApiKeys::Table.into_iden(),
            GroupClaims::Table.into_iden(),
            UserClaims::Table.into_iden(),
            GroupMembers::Table.into_iden(),
            Groups::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
