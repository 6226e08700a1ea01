//! From `model` records to `api` wire types.

use crate::api;
use crate::model::{
    ApiKey, AuditEntry, Client, ClientSecretInfo, CustomClaim, Group, Page, RedirectUri,
    SigningAlg, SigningKeyInfo, User,
};

/// A user on the wire.
pub fn user(user: &User) -> api::User {
    api::User {
        id: user.id.to_string(),
        username: user.username.to_string(),
        email: user.email.as_ref().map(ToString::to_string),
        email_verified: user.email_verified,
        first_name: user.first_name.as_ref().map(|n| n.as_str().to_owned()),
        last_name: user.last_name.as_ref().map(|n| n.as_str().to_owned()),
        display_name: user.display_name(),
        is_admin: user.is_admin,
        disabled: user.disabled,
        created_at: user.created_at,
        updated_at: user.updated_at,
    }
}

/// A page of users on the wire.
pub fn user_page(page: Page<User>) -> api::UserPage {
    api::UserPage {
        items: page.items.iter().map(user).collect(),
        total: page.total,
        page: page.request.page,
        per_page: page.request.per_page,
    }
}

/// A group on the wire.
pub fn group(group: &Group) -> api::Group {
    api::Group {
        id: group.id.to_string(),
        name: group.name.to_string(),
        display_name: group.display_name().to_owned(),
        member_count: group.member_count,
        created_at: group.created_at,
        updated_at: group.updated_at,
    }
}

/// A claim on the wire.
pub fn claim(claim: &CustomClaim) -> api::Claim {
    api::Claim {
        key: claim.key.to_string(),
        value: claim.value.as_json().clone(),
    }
}

/// An API key on the wire.
pub fn api_key(key: &ApiKey) -> api::ApiKey {
    api::ApiKey {
        id: key.id.to_string(),
        name: key.name.clone(),
        prefix: key.prefix.clone(),
        created_at: key.created_at,
        created_by: key.created_by.clone(),
        expires_at: key.expires_at,
        last_used_at: key.last_used_at,
        revoked_at: key.revoked_at,
    }
}

/// A client secret's record on the wire (never the secret).
pub fn client_secret(secret: &ClientSecretInfo) -> api::ClientSecretInfo {
    api::ClientSecretInfo {
        id: secret.id.to_string(),
        prefix: secret.prefix.clone(),
        created_at: secret.created_at,
        expires_at: secret.expires_at,
    }
}

/// A client on the wire.
pub fn client(client: &Client) -> api::Client {
    let uris = |uris: &[RedirectUri]| uris.iter().map(|u| u.as_str().to_owned()).collect();
    api::Client {
        id: client.id.to_string(),
        name: client.name.clone(),
        is_public: client.is_public,
        redirect_uris: uris(&client.redirect_uris),
        post_logout_redirect_uris: uris(&client.post_logout_redirect_uris),
        skip_consent: client.skip_consent,
        require_pkce: client.require_pkce,
        allow_plain_pkce: client.allow_plain_pkce,
        access_token_lifetime_secs: client.access_token_lifetime_secs,
        refresh_token_lifetime_secs: client.refresh_token_lifetime_secs,
        id_token_signing_alg: client.id_token_signing_alg.as_str().to_owned(),
        logo_url: client.logo_url.clone(),
        launch_url: client.launch_url.clone(),
        allowed_groups: client
            .allowed_groups
            .iter()
            .map(|g| api::ClientGroup {
                id: g.id.to_string(),
                name: g.name.to_string(),
            })
            .collect(),
        secrets: client.secrets.iter().map(client_secret).collect(),
        created_at: client.created_at,
        updated_at: client.updated_at,
    }
}

/// The algorithm a request names.
pub fn key_alg(alg: api::KeyAlg) -> SigningAlg {
    match alg {
        api::KeyAlg::Es256 => SigningAlg::Es256,
        api::KeyAlg::Rs256 => SigningAlg::Rs256,
    }
}

/// The signing keys on the wire (never private material).
pub fn signing_keys(keys: &[SigningKeyInfo]) -> api::SigningKeyList {
    api::SigningKeyList {
        items: keys
            .iter()
            .map(|key| api::SigningKey {
                kid: key.kid.clone(),
                alg: key.alg.as_str().to_owned(),
                state: key.state.as_str().to_owned(),
                created_at: key.created_at,
                activated_at: key.activated_at,
                retired_at: key.retired_at,
                published_until: key.published_until,
            })
            .collect(),
    }
}

/// A page of audit events on the wire.
pub fn audit_page(page: Page<AuditEntry>) -> api::AuditPage {
    api::AuditPage {
        items: page
            .items
            .into_iter()
            .map(|e| api::AuditEvent {
                id: e.id,
                at: e.at,
                actor_kind: e.actor_kind,
                actor_id: e.actor_id,
                actor: e.actor,
                action: e.action,
                target_kind: e.target_kind,
                target_id: e.target_id,
                target: e.target,
                ip: e.context.ip,
                user_agent: e.context.user_agent,
                request_id: e.context.request_id,
                details: e.details,
            })
            .collect(),
        total: page.total,
        page: page.request.page,
        per_page: page.request.per_page,
    }
}
