//! How results reach standard output: the server's JSON for scripts, or tables and short
//! sentences for people. Commands decide what to show; this module decides how it is written.

pub mod json;
pub mod table;

use std::io::Write;

use crate::Error;
use crate::args::OutputFormat;
use crate::client::Reply;

/// The chosen output format; all writes to standard output go through it.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// Tables or JSON.
    format: OutputFormat,
}

impl Output {
    /// Output in `format`.
    pub fn new(format: OutputFormat) -> Self {
        Self { format }
    }

    /// Whether scripts asked for JSON.
    pub fn is_json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// Prints a response: its JSON as sent, or what `render` makes of it for people.
    pub fn reply<T>(
        &self,
        reply: &Reply<T>,
        render: impl FnOnce(&T) -> String,
    ) -> Result<(), Error> {
        if self.is_json() {
            self.json(&reply.raw)
        } else {
            write_stdout(&render(&reply.data))
        }
    }

    /// Prints JSON text (valid JSON, as the server sent it or joined from such) pretty-printed.
    pub fn json(&self, raw: &str) -> Result<(), Error> {
        write_stdout(&json::pretty(raw))
    }

    /// Prints text for people; prints nothing with JSON output, where a response without a body
    /// has nothing to show.
    pub fn note(&self, text: &str) -> Result<(), Error> {
        if self.is_json() {
            Ok(())
        } else {
            write_stdout(text)
        }
    }

    /// Prints a remark for people to standard error, so that standard output carries only the
    /// result (a new API key's secret, say). Nothing with JSON output.
    pub fn remark(&self, text: &str) {
        if !self.is_json() {
            eprintln!("{text}");
        }
    }
}

/// Writes `text` and a line break to standard output. A closed pipe (`pocketctl … | head`) is not
/// an error: the reader has all it wanted.
fn write_stdout(text: &str) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                stdout.write_all(b"\n")
            }
        })
        .and_then(|()| stdout.flush());
    match written {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Output(err)),
        _ => Ok(()),
    }
}
