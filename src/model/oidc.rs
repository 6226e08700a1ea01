//! What the OpenID Connect provider records: scopes, grants, authorization codes and refresh
//! tokens.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{ClientId, GrantId, SessionId, SignInMethod, UserId};

/// A scope this provider knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// An OpenID Connect request: an ID token and `sub`.
    OpenId,
    /// Names and custom claims.
    Profile,
    /// The email address.
    Email,
    /// The names of the person's groups.
    Groups,
    /// A refresh token, so the app keeps access while the person is away.
    OfflineAccess,
}

impl Scope {
    /// Every scope, in the order they are shown.
    pub const ALL: [Scope; 5] = [
        Self::OpenId,
        Self::Profile,
        Self::Email,
        Self::Groups,
        Self::OfflineAccess,
    ];

    /// The scope's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OpenId => "openid",
            Self::Profile => "profile",
            Self::Email => "email",
            Self::Groups => "groups",
            Self::OfflineAccess => "offline_access",
        }
    }

    /// The scope named `name`, if known.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|scope| scope.as_str() == name)
    }

    /// Whether the scope is about a person (and so meaningless for a client acting for itself).
    pub fn is_identity(self) -> bool {
        !matches!(self, Self::OfflineAccess)
    }
}

/// A set of scopes, always in [`Scope::ALL`] order so it compares and prints stably.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScopeSet(Vec<Scope>);

impl ScopeSet {
    /// Parses a space-separated scope string; unknown names are returned as the error.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut scopes = Vec::new();
        for name in text.split(' ').filter(|name| !name.is_empty()) {
            match Scope::parse(name) {
                Some(scope) => scopes.push(scope),
                None => return Err(name.to_owned()),
            }
        }
        Ok(Self::from_scopes(scopes))
    }

    /// The set of these scopes.
    pub fn from_scopes(scopes: impl IntoIterator<Item = Scope>) -> Self {
        let mut scopes: Vec<Scope> = scopes.into_iter().collect();
        scopes.sort();
        scopes.dedup();
        Self(scopes)
    }

    /// Whether `scope` is in the set.
    pub fn contains(&self, scope: Scope) -> bool {
        self.0.contains(&scope)
    }

    /// Whether every scope of `other` is in this set.
    pub fn covers(&self, other: &ScopeSet) -> bool {
        other.0.iter().all(|scope| self.contains(*scope))
    }

    /// Both sets together.
    pub fn union(&self, other: &ScopeSet) -> ScopeSet {
        Self::from_scopes(self.0.iter().chain(other.0.iter()).copied())
    }

    /// The scopes, in order.
    pub fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        self.0.iter().copied()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, scope) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(scope.as_str())?;
        }
        Ok(())
    }
}

/// How a PKCE challenge was derived from its verifier (RFC 7636).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeChallengeMethod {
    /// `BASE64URL(SHA256(verifier))`.
    S256,
    /// The verifier itself; only for clients registered to allow it.
    Plain,
}

impl CodeChallengeMethod {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::S256 => "S256",
            Self::Plain => "plain",
        }
    }

    /// The method named `name`, if known.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "S256" => Some(Self::S256),
            "plain" => Some(Self::Plain),
            _ => None,
        }
    }
}

/// One authorization of a client by a person: the scopes granted, how the person signed in,
/// and (through its id) every code and token issued under it, so revoking it ends them all.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    /// Stable id.
    pub id: GrantId,
    /// The app.
    pub client_id: ClientId,
    /// The person.
    pub user_id: UserId,
    /// The browser session that authorized it.
    pub session_id: Option<SessionId>,
    /// What was granted.
    pub scope: ScopeSet,
    /// When the person signed in.
    pub auth_time: DateTime<Utc>,
    /// How the person signed in.
    pub method: SignInMethod,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When nothing issued under it is alive any more (it can then be forgotten).
    pub expires_at: DateTime<Utc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An authorization code, as stored (its secret is only hashed).
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationCode {
    /// Hex SHA-256 of the code.
    pub code_hash: String,
    /// The grant it belongs to.
    pub grant_id: GrantId,
    /// The redirect URI it was sent to, which the exchange must repeat.
    pub redirect_uri: String,
    /// The `nonce` of the request, for the ID token.
    pub nonce: Option<String>,
    /// The PKCE challenge, if one was sent.
    pub code_challenge: Option<String>,
    /// Its method.
    pub code_challenge_method: Option<CodeChallengeMethod>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// When it was exchanged, if it was.
    pub used_at: Option<DateTime<Utc>>,
}

/// A refresh token, as stored (its secret is only hashed).
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshToken {
    /// Hex SHA-256 of the token.
    pub token_hash: String,
    /// The grant it belongs to.
    pub grant_id: GrantId,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// When it was exchanged for a new one, if it was; presenting it again is a replay.
    pub used_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::{Scope, ScopeSet};

    #[test]
    fn scope_sets_are_ordered_and_deduplicated() {
        let set = ScopeSet::parse("email openid  email groups").unwrap();
        assert_eq!(set.to_string(), "openid email groups");
        assert!(set.contains(Scope::Groups));
        assert!(!set.contains(Scope::Profile));
        assert_eq!(ScopeSet::parse("openid phone"), Err("phone".to_owned()));
        let more = ScopeSet::parse("profile openid").unwrap();
        assert_eq!(set.union(&more).to_string(), "openid profile email groups");
        assert!(set.union(&more).covers(&set));
        assert!(!set.covers(&more));
    }
}
