//! What the domain's unit tests share: a clock moved by hand and a domain over a fresh SQLite
//! file.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, SubsecRound, Utc};

use super::{AuthSettings, Clock, Domain, KeySettings};
use crate::model::EncryptionKey;
use crate::store::Store;

/// A clock the test moves by hand.
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// A migrated domain on a temporary SQLite file, its clock, and the directory to keep alive.
pub async fn domain() -> (Domain, Arc<ManualClock>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let clock = Arc::new(ManualClock(Mutex::new(Utc::now().trunc_subsecs(0))));
    let auth = AuthSettings::new(
        "localhost",
        "http://localhost:1411",
        "http://localhost:1411",
        Duration::hours(24),
        Duration::days(14),
        crate::model::SignUpMode::Disabled,
    )
    .unwrap();
    let domain = Domain::new(store, clock.clone(), auth, key_settings(TEST_KEK));
    domain.ensure_signing_keys().await.unwrap();
    (domain, clock, dir)
}

/// The key-encryption key of test domains.
pub const TEST_KEK: [u8; 32] = [7; 32];

/// Key settings with `kek` and the default rotation period of 90 days.
pub fn key_settings(kek: [u8; 32]) -> KeySettings {
    KeySettings::new(EncryptionKey::from_bytes(kek), Some(Duration::days(90)))
}
