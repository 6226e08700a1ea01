//! The `pocketctl` binary: parses the command line, runs it, and turns the outcome into an exit
//! code. Everything else lives in the library so that it can be tested and reused.

use std::process::ExitCode;

use clap::Parser;
use pocketctl::args::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // reqwest is built without a TLS crypto provider of its own; https needs one installed
    // before the first client is built. An error means one is installed already, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    match pocketctl::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
