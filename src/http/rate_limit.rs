//! Rate limits on what can be guessed or hammered: sign-in ceremonies and login codes.
//!
//! A fixed window per (purpose, subject), kept in memory: each instance limits what it serves.
//! The subject is the client's address, or for sign-ins the passkey tried, so that one account
//! cannot be hammered from many addresses either. That bounds guessing well below what would matter for 40-bit codes that expire in
//! minutes, without a database write per attempt.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a limit protects, with its allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Passkey ceremonies (start and finish, sign-in and enrolment).
    Ceremony,
    /// Login code attempts.
    LoginCode,
    /// Sign-in attempts with one passkey, from anywhere.
    PasskeyAttempt,
    /// Uses of one enrolment or sign-up link, from anywhere.
    LinkAttempt,
}

impl Purpose {
    /// Requests allowed per window, and the window.
    fn allowance(self) -> (u32, Duration) {
        match self {
            Self::Ceremony => (60, Duration::from_secs(60)),
            Self::LoginCode => (10, Duration::from_secs(300)),
            Self::PasskeyAttempt => (20, Duration::from_secs(300)),
            Self::LinkAttempt => (20, Duration::from_secs(300)),
        }
    }
}

/// Windows beyond which the table is swept of stale entries.
const SWEEP_AT: usize = 10_000;

/// Who is counted: a purpose and its subject (an address, a passkey id, a link).
type Key = (Purpose, String);

/// The start of a client's current window and its requests in it.
type Window = (Instant, u32);

/// Counts requests per purpose and client.
#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<Key, Window>>,
    /// Lets everything through (`rate_limits = "off"`, for load tests).
    off: bool,
}

impl RateLimiter {
    /// A limiter that counts, or with `enabled` false one that lets everything through.
    pub fn new(enabled: bool) -> Self {
        Self {
            windows: Mutex::default(),
            off: !enabled,
        }
    }

    /// Counts one request from a client address; `Err` with the seconds to wait when over.
    pub fn check(&self, purpose: Purpose, client: Option<IpAddr>) -> Result<(), u64> {
        let subject = client.map_or_else(|| "local".to_owned(), |ip| ip.to_string());
        self.check_subject(purpose, subject)
    }

    /// Counts one request about `subject`; `Err` with the seconds to wait when over.
    pub fn check_subject(&self, purpose: Purpose, subject: String) -> Result<(), u64> {
        if self.off {
            return Ok(());
        }
        let (limit, window) = purpose.allowance();
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        if windows.len() >= SWEEP_AT {
            windows.retain(|(p, _), (start, _)| now.duration_since(*start) < p.allowance().1);
        }
        let entry = windows.entry((purpose, subject)).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        if entry.1 >= limit {
            let wait = window.saturating_sub(now.duration_since(entry.0));
            return Err(wait.as_secs().max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Purpose, RateLimiter};

    #[test]
    fn each_client_has_its_own_allowance() {
        let limiter = RateLimiter::default();
        let a = Some("192.0.2.1".parse().unwrap());
        let b = Some("192.0.2.2".parse().unwrap());
        for _ in 0..10 {
            limiter.check(Purpose::LoginCode, a).unwrap();
        }
        assert!(limiter.check(Purpose::LoginCode, a).is_err());
        assert!(limiter.check(Purpose::LoginCode, b).is_ok());
        assert!(limiter.check(Purpose::Ceremony, a).is_ok());
        for _ in 0..20 {
            limiter
                .check_subject(Purpose::PasskeyAttempt, "cred".into())
                .unwrap();
        }
        assert!(
            limiter
                .check_subject(Purpose::PasskeyAttempt, "cred".into())
                .is_err()
        );
        assert!(
            limiter
                .check_subject(Purpose::PasskeyAttempt, "other".into())
                .is_ok()
        );
    }

    #[test]
    fn an_unlimited_limiter_lets_everything_through() {
        let limiter = RateLimiter::new(false);
        let a = Some("192.0.2.1".parse().unwrap());
        for _ in 0..1_000 {
            limiter.check(Purpose::LoginCode, a).unwrap();
        }
        assert!(limiter.windows.lock().unwrap().is_empty());
        assert!(RateLimiter::new(true).check(Purpose::LoginCode, a).is_ok());
    }
}
