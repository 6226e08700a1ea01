//! Questions to the person at the terminal, and what happens when there is none.
//!
//! A prompt is shown only when standard input and standard output are both terminals, so that
//! nothing ever waits for input in a script or a pipe: every question has a flag that answers it.

use std::io::IsTerminal;

use crate::Error;

/// Whether and how questions may be asked.
#[derive(Debug, Clone, Copy)]
pub struct Prompter {
    /// Whether stdin and stdout are terminals.
    interactive: bool,
    /// `--yes`.
    assume_yes: bool,
}

impl Prompter {
    /// A prompter for this process: interactive when stdin and stdout are terminals; `assume_yes`
    /// is `--yes`.
    pub fn from_terminal(assume_yes: bool) -> Self {
        let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
        Self::new(interactive, assume_yes)
    }

    /// A prompter with explicit settings.
    pub fn new(interactive: bool, assume_yes: bool) -> Self {
        Self {
            interactive,
            assume_yes,
        }
    }

    /// Whether a person can be asked.
    pub fn is_interactive(&self) -> bool {
        self.interactive
    }

    /// Asks to confirm a destructive `action` (a question ending in `?`). Succeeds with `--yes`
    /// or a yes at the terminal; fails with [`Error::Aborted`] on a no, and with a usage error
    /// when nobody can be asked.
    pub fn confirm(&self, action: &str) -> Result<(), Error> {
        if self.assume_yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::usage(format!(
                "\"{action}\" needs confirmation and there is no terminal to ask on: pass --yes"
            )));
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(action)
            .default(false)
            .interact()?;
        if yes { Ok(()) } else { Err(Error::Aborted) }
    }

    /// Reads a secret without echoing it; `None` when nobody can be asked.
    pub fn secret(&self, prompt: &str) -> Result<Option<String>, Error> {
        if !self.interactive {
            return Ok(None);
        }
        let value = dialoguer::Password::new().with_prompt(prompt).interact()?;
        Ok(Some(value))
    }
}

#[cfg(test)]
mod tests {
    use super::Prompter;
    use crate::Error;

    #[test]
    fn yes_confirms_without_asking() {
        assert!(Prompter::new(false, true).confirm("Delete user a?").is_ok());
    }

    #[test]
    fn without_a_terminal_confirmation_needs_yes() {
        let err = Prompter::new(false, false)
            .confirm("Delete user a?")
            .unwrap_err();
        assert!(matches!(err, Error::Usage(_)));
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("--yes"), "{err}");
    }

    #[test]
    fn without_a_terminal_nothing_is_read() {
        assert_eq!(Prompter::new(false, false).secret("API key").unwrap(), None);
    }
}
