//! One-time login codes: an admin issues one for a person who cannot use a passkey right now
//! (a new phone, say); it signs them in once and soon expires.
//!
//! A code is 8 characters of Crockford's base32 (40 bits), shown as `XXXX-XXXX`. That is short
//! enough to read out, and safe because codes expire within minutes, work once, and the HTTP
//! edge limits how often anyone may guess.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use rand::RngExt;
use serde_json::json;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result, SignedIn, secrets};
use crate::model::{Actor, RequestContext, SignInMethod};

/// Crockford's base32 alphabet: no I, L, O or U to misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// How long a code works when the admin names no lifetime.
pub const DEFAULT_CODE_LIFETIME: Duration = Duration::minutes(15);

/// A fresh login code.
#[derive(Debug, Clone)]
pub struct LoginCode {
    /// The code, as `XXXX-XXXX`.
    pub code: String,
    /// A link that opens the code page with the code filled in.
    pub url: String,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
}

/// The canonical form of a typed code: upper case, separators dropped, look-alikes mapped.
fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

impl Domain {
    /// Issues a login code for a user; their earlier unused code stops working.
    pub async fn create_login_code(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        user_reference: &str,
        expires_at: Option<DateTime<Utc>>,
    ) -> Result<LoginCode> {
        let user = self.resolve_user(user_reference).await?;
        if user.disabled {
            return Err(Error::invalid(
                "user",
                format!("{} is disabled; enable the account first", user.username),
            ));
        }
        let now = self.clock.now();
        // Kept to the second, as stored.
        let expires_at = expires_at
            .map(|at| at.trunc_subsecs(0))
            .unwrap_or(now + DEFAULT_CODE_LIFETIME);
        if expires_at <= now || expires_at > now + Duration::hours(24) {
            return Err(Error::invalid(
                "expires_at",
                "`expires_at` must be in the future and at most 24 hours ahead",
            ));
        }
        let raw: String = {
            let mut rng = rand::rng();
            (0..8)
                .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                .collect()
        };
        let record = self.record(
            admin.actor(),
            context,
            "user.login_code",
            AuditTarget {
                kind: "user",
                id: user.id.to_string(),
                label: user.username.to_string(),
            },
            json!({ "expires_at": expires_at }),
        );
        self.store
            .insert_login_code(user.id, &secrets::hash(&raw), expires_at, &record)
            .await?;
        let code = format!("{}-{}", &raw[..4], &raw[4..]);
        Ok(LoginCode {
            url: format!("{}/login/code?code={code}", self.auth.public_url),
            code,
            expires_at,
        })
    }

    /// Signs in with a login code. A wrong, used or expired code is refused the same way, and
    /// recorded.
    pub async fn sign_in_with_code(
        &self,
        context: &RequestContext,
        code: &str,
    ) -> Result<SignedIn> {
        let now = self.clock.now();
        let normalised = normalise(code);
        let user_id = if normalised.len() == 8 {
            self.store
                .redeem_login_code(&secrets::hash(&normalised), now)
                .await?
        } else {
            None
        };
        let user = match user_id {
            Some(id) => self.store.user_by_id(id).await?.filter(|u| !u.disabled),
            None => None,
        };
        let Some(user) = user else {
            let record = self.record(
                &Actor::Anonymous,
                context,
                "session.sign_in_failed",
                AuditTarget {
                    kind: "login_code",
                    id: String::new(),
                    label: "login code".into(),
                },
                json!({ "method": "one_time_code" }),
            );
            self.store.record(&record).await?;
            return Err(Error::PasskeyRejected(
                "that code is not valid: it may be mistyped, used or expired".into(),
            ));
        };
        self.open_session(&user, SignInMethod::OneTimeCode, context)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise("abcd-efgh"), "ABCDEFGH");
        assert_eq!(normalise(" o1il 2345 "), "01112345");
    }
}
