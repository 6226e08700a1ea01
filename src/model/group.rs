//! Groups of users.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{GroupId, InvalidValue, PersonName};

/// A group name as apps see it in the `groups` claim: 1–64 ASCII letters, digits and `_ . -`,
/// starting with a letter or digit. Unique without regard to case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupName(String);

impl GroupName {
    /// Validates a group name.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let valid = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
        if text.is_empty()
            || text.len() > 64
            || !text
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
            || !text.chars().all(valid)
        {
            return Err(InvalidValue(format!(
                "`{text}` is not a valid group name: use 1–64 letters, digits or `_ . -`, starting with a letter or digit"
            )));
        }
        Ok(Self(text.to_owned()))
    }

    /// The name as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form compared for uniqueness (lower case).
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for GroupName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A group of users.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Stable id.
    pub id: GroupId,
    /// Unique name.
    pub name: GroupName,
    /// Display name set explicitly; the name when absent.
    pub display_name: Option<PersonName>,
    /// How many members it has.
    pub member_count: u64,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl Group {
    /// The name to show.
    pub fn display_name(&self) -> &str {
        self.display_name
            .as_ref()
            .map_or(self.name.as_str(), PersonName::as_str)
    }
}
