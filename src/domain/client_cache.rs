//! Clients as the OAuth endpoints see them, kept in memory for a few seconds.
//!
//! Every token, userinfo, introspection and authorization request needs its client and, for
//! confidential ones, the hashes of its secrets: three queries each time. Clients change
//! rarely, so they are cached. A change made through this instance clears the cache at once;
//! another instance on the same PostgreSQL database sees it within [`CLIENT_CACHE_TTL`].

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::model::Client;
use crate::store::SecretHash;

/// How long a cached client is used before it is read again.
pub const CLIENT_CACHE_TTL: Duration = Duration::from_secs(5);

/// Clients cached at most; past that the cache starts over (ids come from requests).
const MAX_CACHED: usize = 1_024;

/// A client and the hashes of its secrets.
#[derive(Debug)]
pub struct CachedClient {
    /// The client.
    pub client: Client,
    secrets: Vec<SecretHash>,
}

impl CachedClient {
    /// Wraps what the store returned.
    pub fn new(client: Client, secrets: Vec<SecretHash>) -> Self {
        Self { client, secrets }
    }

    /// Whether `secret_hash` is one of its secrets that still works at `now`.
    pub fn secret_matches(&self, secret_hash: &str, now: DateTime<Utc>) -> bool {
        self.secrets.iter().any(|s| {
            s.expires_at.is_none_or(|at| at > now)
                && super::secrets::constant_time_eq(s.hash.as_bytes(), secret_hash.as_bytes())
        })
    }
}

/// The cache.
#[derive(Debug, Default)]
pub struct ClientCache {
    entries: RwLock<HashMap<String, (Instant, Arc<CachedClient>)>>,
}

impl ClientCache {
    /// The cached client `id`, unless missing or older than the TTL.
    pub fn get(&self, id: &str) -> Option<Arc<CachedClient>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries
            .get(id)
            .filter(|(at, _)| at.elapsed() < CLIENT_CACHE_TTL)
            .map(|(_, client)| client.clone())
    }

    /// Caches `client`.
    pub fn put(&self, client: Arc<CachedClient>) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_CACHED {
            entries.clear();
        }
        entries.insert(
            client.client.id.as_str().to_owned(),
            (Instant::now(), client),
        );
    }

    /// Forgets every client, after any change to clients or groups.
    pub fn clear(&self) {
        self.entries
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }
}
