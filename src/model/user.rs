//! Users and the validated strings that describe them.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{InvalidValue, UserId};

/// A sign-in name: 1–50 characters of ASCII letters, digits and `_ . @ -`, starting and ending
/// with a letter or digit. Unique without regard to case; [`Username::key`] is the compared form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    /// Validates a username.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let valid_inner = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@' | '-');
        let ends_ok = text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && text
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if text.is_empty() || text.len() > 50 || !ends_ok || !text.chars().all(valid_inner) {
            return Err(InvalidValue(format!(
                "`{text}` is not a valid username: use 1–50 letters, digits or `_ . @ -`, starting and ending with a letter or digit"
            )));
        }
        Ok(Self(text.to_owned()))
    }

    /// The username as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form compared for uniqueness (lower case).
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address, checked for shape (one `@`, a local part, a domain of dot-separated labels).
/// Unique without regard to case; [`Email::key`] is the compared form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Validates an email address.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let invalid = || {
            InvalidValue(format!(
                "`{text}` is not a valid email address: expected something like alice@example.com"
            ))
        };
        if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = text.rsplit_once('@').ok_or_else(invalid)?;
        let label_ok = |label: &str| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        if local.is_empty()
            || local.len() > 64
            || local.contains('@')
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
            || !domain.split('.').all(label_ok)
        {
            return Err(invalid());
        }
        Ok(Self(text.to_owned()))
    }

    /// The address as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form compared for uniqueness (lower case).
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A name shown to people (first, last or display name): 1–100 characters, trimmed, no control
/// characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    /// Validates a name; `field` names it in the error.
    pub fn parse(field: &str, text: &str) -> Result<Self, InvalidValue> {
        let trimmed = text.trim();
        if trimmed.is_empty()
            || trimmed.chars().count() > 100
            || trimmed.chars().any(char::is_control)
        {
            return Err(InvalidValue(format!(
                "`{field}` must be 1–100 characters without control characters"
            )));
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person who can sign in.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Stable id.
    pub id: UserId,
    /// Sign-in name.
    pub username: Username,
    /// Email address, if any.
    pub email: Option<Email>,
    /// Whether an administrator set the email address; one the person typed themselves is not
    /// verified (`email_verified` in tokens).
    pub email_verified: bool,
    /// Given name.
    pub first_name: Option<PersonName>,
    /// Family name.
    pub last_name: Option<PersonName>,
    /// Display name set explicitly; when absent it is derived ([`User::display_name`]).
    pub display_name: Option<PersonName>,
    /// Administers the server.
    pub is_admin: bool,
    /// Cannot sign in.
    pub disabled: bool,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl User {
    /// The name to show: the explicit display name, else first and last name, else the username.
    pub fn display_name(&self) -> String {
        if let Some(name) = &self.display_name {
            return name.as_str().to_owned();
        }
        let parts: Vec<&str> = [&self.first_name, &self.last_name]
            .into_iter()
            .flatten()
            .map(PersonName::as_str)
            .collect();
        if parts.is_empty() {
            self.username.as_str().to_owned()
        } else {
            parts.join(" ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_rules() {
        for good in ["alice", "a", "alice.smith", "a_b-c@d", "Bob42"] {
            assert!(Username::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            ".alice",
            "alice-",
            "al ice",
            "älice",
            &"a".repeat(51),
            "a/b",
        ] {
            assert!(Username::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Username::parse("Alice").unwrap().key(), "alice");
    }

    #[test]
    fn emails_are_checked_for_shape() {
        for good in ["alice@example.com", "a.b+c@sub.example.org", "x@localhost"] {
            assert!(Email::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "alice",
            "@example.com",
            "alice@",
            "alice@@example.com",
            "al ice@example.com",
            "alice@exa_mple.com",
            "alice@.com",
            "alice..b@example.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }
}
