//! Passkeys, sign-in sessions and enrolment links.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{PasskeyId, SessionId, UserId};

/// A registered passkey. The verified credential (public key, counter, flags) is kept as the
/// WebAuthn library's serialised form in `credential`, opaque to everything but the domain.
#[derive(Debug, Clone, PartialEq)]
pub struct Passkey {
    /// Stable id.
    pub id: PasskeyId,
    /// Whose it is.
    pub user_id: UserId,
    /// The credential id, base64url as WebAuthn sends it.
    pub credential_id: String,
    /// A name the person chose or one derived from the authenticator.
    pub name: String,
    /// The authenticator model's AAGUID, when it told us.
    pub aaguid: Option<String>,
    /// The verified credential as serialised JSON.
    pub credential: String,
    /// The authenticator may sync it (a "synced passkey").
    pub backup_eligible: bool,
    /// It is synced now.
    pub backup_state: bool,
    /// When it was registered.
    pub created_at: DateTime<Utc>,
    /// When it last signed someone in.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// How a session was signed in, recorded for the audit log and the `amr` claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInMethod {
    /// A passkey ceremony.
    Passkey,
    /// A one-time login code or an enrolment link.
    OneTimeCode,
}

impl SignInMethod {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Passkey => "passkey",
            Self::OneTimeCode => "one_time_code",
        }
    }

    /// From its stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "passkey" => Some(Self::Passkey),
            "one_time_code" => Some(Self::OneTimeCode),
            _ => None,
        }
    }
}

/// A signed-in browser.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Stable id (not the secret token).
    pub id: SessionId,
    /// Who is signed in.
    pub user_id: UserId,
    /// How.
    pub method: SignInMethod,
    /// From where it was signed in.
    pub ip: Option<String>,
    /// With what browser.
    pub user_agent: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Last request seen.
    pub last_seen_at: DateTime<Utc>,
    /// When it ends without use.
    pub idle_expires_at: DateTime<Utc>,
    /// When it ends regardless.
    pub expires_at: DateTime<Utc>,
}

/// A secret token handed to a browser (session cookie, link token). Redacted in `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct BearerToken(String);

impl BearerToken {
    /// Wraps a token.
    pub fn new(token: String) -> Self {
        Self(token)
    }

    /// The token itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

/// What an enrolment link lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolmentKind {
    /// Register a passkey for an existing user.
    Invite,
    /// Create the first administrator.
    Setup,
    /// Sign up as a new person, a limited number of times.
    SignUp,
}

impl EnrolmentKind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invite => "invite",
            Self::Setup => "setup",
            Self::SignUp => "signup",
        }
    }
}

/// An enrolment link as stored (its token only as a hash).
#[derive(Debug, Clone, PartialEq)]
pub struct EnrolmentLink {
    /// Stable id.
    pub id: String,
    /// What it is for.
    pub kind: EnrolmentKind,
    /// The user it enrols (invites).
    pub user_id: Option<UserId>,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// When it was used (last used, for sign-up links).
    pub used_at: Option<DateTime<Utc>>,
    /// Sign-ups left (sign-up links).
    pub uses_left: Option<u32>,
    /// Groups a sign-up joins.
    pub group_ids: Vec<super::GroupId>,
}

/// A WebAuthn ceremony in flight: the library's state between start and finish.
#[derive(Debug, Clone, PartialEq)]
pub struct Ceremony {
    /// Random id the browser sends back with its answer.
    pub id: String,
    /// `register` or `authenticate`.
    pub kind: &'static str,
    /// The user a registration is for.
    pub user_id: Option<UserId>,
    /// The library's serialised state.
    pub state: String,
    /// JSON: what the ceremony belongs to (the enrolment link id, say).
    pub context: serde_json::Value,
    /// When it started.
    pub created_at: DateTime<Utc>,
    /// When its challenge stops being accepted.
    pub expires_at: DateTime<Utc>,
}

/// Who may create their own account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignUpMode {
    /// Nobody: admins create every account.
    Disabled,
    /// Holders of a sign-up link an admin made.
    InviteOnly,
    /// Anyone who can reach the sign-up page.
    Open,
}
