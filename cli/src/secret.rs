//! A string that must not end up in logs or debug output: an API key or a client secret.

use serde::{Deserialize, Serialize};

/// A secret (an API key, a client secret). `Debug` prints a placeholder, so it cannot leak
/// through `{:?}`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn debug_does_not_show_the_secret() {
        let secret = Secret::new("pid_abcdef");
        assert!(!format!("{secret:?}").contains("abcdef"));
        assert_eq!(secret.expose(), "pid_abcdef");
    }
}
