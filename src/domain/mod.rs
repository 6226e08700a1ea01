//! The rules and use cases of the directory: who may do what, what a valid change is, and what
//! gets recorded. Handlers call one function here per request.
//!
//! The domain knows neither HTTP nor SQL: it must not import poem or sea-orm, and reaches the
//! database only through [`Store`]. It takes the admin API's wire types as input (they are a leaf
//! of the crate) and returns `model` types.

mod account;
mod api_keys;
mod audit;
mod authenticator_data;
mod claims;
mod client_cache;
mod clients;
mod clock;
mod enrolment;
mod error;
mod groups;
mod keys;
mod login_codes;
pub mod oidc;
mod passkeys;
mod principal;
mod secrets;
mod sessions;
mod signup;
#[cfg(test)]
mod test_support;
mod users;

use std::sync::Arc;

pub use api_keys::NewApiKey;
pub use claims::ClaimTarget;
pub use clock::{Clock, SystemClock};
pub use enrolment::Invite;
pub use error::{AuthFailure, Error, Result};
pub use keys::{
    KeyError, KeySettings, MIN_ROTATION_PERIOD, RETIRED_KEY_PUBLISHED_FOR, VerifiedJwt,
};
pub use login_codes::LoginCode;
pub use passkeys::{AuthSettings, CeremonyStart, SignedIn};
pub use principal::AdminPrincipal;
pub use sessions::{SessionToken, UserSession};
pub use signup::{NewPerson, NewSignupLink, SelfEnrolment};

use crate::model::{Actor, AuditRecord, PageRequest, RequestContext};
use crate::store::Store;

/// The directory's use cases over one store and one clock. Cheap to clone.
#[derive(Clone)]
pub struct Domain {
    store: Store,
    clock: Arc<dyn Clock>,
    auth: Arc<AuthSettings>,
    keys: Arc<keys::KeyCache>,
    clients: Arc<client_cache::ClientCache>,
}

impl Domain {
    /// A domain over `store`, telling time with `clock`, signing people in as `auth` says and
    /// keeping token signing keys as `keys` says.
    pub fn new(store: Store, clock: Arc<dyn Clock>, auth: AuthSettings, keys: KeySettings) -> Self {
        Self {
            store,
            clock,
            auth: Arc::new(auth),
            keys: Arc::new(keys::KeyCache::new(keys)),
            clients: Arc::default(),
        }
    }

    /// The client `id` with its secret hashes, from the cache or the store.
    async fn oauth_client(&self, id: &str) -> Result<Option<Arc<client_cache::CachedClient>>> {
        if let Some(cached) = self.clients.get(id) {
            return Ok(Some(cached));
        }
        let Some((client, secrets)) = self.store.client_with_secret_hashes(id).await? else {
            return Ok(None);
        };
        let cached = Arc::new(client_cache::CachedClient::new(client, secrets));
        self.clients.put(cached.clone());
        Ok(Some(cached))
    }

    /// The client `id` as the OAuth endpoints see it (cached, see [`client_cache`]).
    async fn oauth_client_by_id(&self, id: &str) -> Result<Option<crate::model::Client>> {
        Ok(self.oauth_client(id).await?.map(|c| c.client.clone()))
    }

    /// The store, for health checks and maintenance commands.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The current time.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Checks that the database answers.
    pub async fn health(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// The database connection pool's state, for monitoring.
    pub fn pool_stats(&self) -> crate::store::PoolStats {
        self.store.pool_stats()
    }

    /// An audit record of `action` by `actor` on `target`, at the current time.
    fn record(
        &self,
        actor: &Actor,
        context: &RequestContext,
        action: &'static str,
        target: AuditTarget,
        details: serde_json::Value,
    ) -> AuditRecord {
        AuditRecord {
            at: self.clock.now(),
            actor: actor.clone(),
            action,
            target_kind: target.kind,
            target_id: Some(target.id),
            target: Some(target.label),
            context: context.clone(),
            details,
        }
    }
}

/// What an audited action was done to.
struct AuditTarget {
    /// `user`, `group`, `api_key`.
    kind: &'static str,
    /// Its id.
    id: String,
    /// Its name at the time.
    label: String,
}

/// Validates paging parameters: page from 1, size from 1 to [`crate::api::MAX_PER_PAGE`].
pub fn page_request(page: Option<u32>, per_page: Option<u32>) -> Result<PageRequest> {
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(crate::api::DEFAULT_PER_PAGE);
    if page == 0 {
        return Err(Error::invalid("page", "`page` starts at 1"));
    }
    if per_page == 0 || per_page > crate::api::MAX_PER_PAGE {
        return Err(Error::invalid(
            "per_page",
            format!("`per_page` must be from 1 to {}", crate::api::MAX_PER_PAGE),
        ));
    }
    Ok(PageRequest { page, per_page })
}
